/* error.h - status codes and error detail shared by every briefcast module.
 * The library never prints or exits; it returns a bc_status and, when the
 * caller passes one, fills a struct bc_error with a one-line message. */
#ifndef BRIEFCAST_ERROR_H
#define BRIEFCAST_ERROR_H

#include <stddef.h>

typedef enum {
  BC_OK = 0,
  BC_ERR_NOMEM,    /* an allocation failed */
  BC_ERR_USAGE,    /* the caller passed invalid options or arguments */
  BC_ERR_IO,       /* an input cannot be opened or read (missing, denied) */
  BC_ERR_NOTFILE,  /* an input path is a directory or not a regular file */
  BC_ERR_INPUT,    /* the input holds no usable content (empty, no article) */
  BC_ERR_BINARY,   /* the input is binary data, not text */
  BC_ERR_ENCODING, /* the input is not valid UTF-8 (or its declared charset) */
  BC_ERR_PARSE,    /* a document, feed or JSON text is malformed */
  BC_ERR_HTTP,     /* network, TLS, timeout or a non-success HTTP answer */
  BC_ERR_PROVIDER, /* the summarizer/LLM refused or answered unusably */
  BC_ERR_SCHEMA,   /* JSON does not fit the expected schema */
  BC_ERR_VALIDATE, /* validation failed and the caller asked for strictness */
  BC_ERR_OUTPUT,   /* writing an output failed (unwritable dir, disk full) */
  BC_ERR_RENDER,   /* a renderer (flite, libharu) failed */
  BC_ERR_LIMIT,    /* an input exceeded a named limit */
  BC_ERR_INTERNAL  /* a bug: an invariant did not hold */
} bc_status;

#define BC_ERROR_MSG_MAX 256

/* Detail for the last failure. msg is one line, lower case, subject quoted:
 * "cannot read 'essay.txt': no such file or directory". */
struct bc_error {
  bc_status code;
  char msg[BC_ERROR_MSG_MAX];
};

#define BC_ERROR_INIT                                                          \
  {                                                                            \
    .code = BC_OK, .msg = { 0 }                                                \
  }

/* Static English description of a status; never NULL. */
const char *bc_strerror(bc_status code);

/* The status's own name, as the enum spells it ("BC_OK", "BC_ERR_INPUT"):
 * a stable word for files that record outcomes (a batch's manifest.json),
 * which a number would not be if a status were ever added in between.
 * Static; NULL for a value that is no bc_status. */
const char *bc_status_name(bc_status code);

/* Record code and a printf-style message in err (which may be NULL) and
 * return code, so call sites read: return bc_error_set(err, BC_ERR_IO, ...). */
bc_status bc_error_set(struct bc_error *err, bc_status code, const char *fmt,
                       ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#endif
