/* buf.h - the one growable byte buffer of briefcast (after curl's dynbuf and
 * git's strbuf).  Invariants: ptr is NULL or NUL-terminated, len < cap, and
 * len never exceeds max.  A failed append releases the buffer, so a chain of
 * appends needs one check at the end. */
#ifndef BRIEFCAST_BUF_H
#define BRIEFCAST_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "briefcast/error.h"

struct bc_buf {
  char *ptr;  /* owned; NULL until the first append */
  size_t len; /* bytes used, excluding the NUL */
  size_t cap; /* bytes allocated */
  size_t max; /* hard cap on len; appends beyond it fail with BC_ERR_LIMIT */
  int failed; /* set once an append failed; later appends are no-ops */
};

#define BC_BUF_INIT(maxlen)                                                    \
  {                                                                            \
    .ptr = NULL, .len = 0, .cap = 0, .max = (maxlen), .failed = 0              \
  }

/* Start b empty with a cap of max bytes (as BC_BUF_INIT(max) does). */
void bc_buf_init(struct bc_buf *b, size_t max);
/* Free the storage and reset to empty; max is kept. */
void bc_buf_release(struct bc_buf *b);
/* Keep the storage but set len to 0 (and clear the failed flag). */
void bc_buf_reset(struct bc_buf *b);

/* Append len bytes of data, the string s, the byte c, or printf-style text.
 * Errors: BC_ERR_NOMEM, BC_ERR_LIMIT (past max); after one, b is released
 * and every later append returns that error (bc_buf_status). */
bc_status bc_buf_add(struct bc_buf *b, const void *data, size_t len);
bc_status bc_buf_adds(struct bc_buf *b, const char *s);
bc_status bc_buf_addc(struct bc_buf *b, char c);
bc_status bc_buf_addf(struct bc_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
bc_status bc_buf_vaddf(struct bc_buf *b, const char *fmt, va_list ap);

/* Status of the chain so far: BC_OK, or the error of the first failure. */
bc_status bc_buf_status(const struct bc_buf *b);

/* Hand the string over to the caller (who frees it) and leave b empty.
 * Returns an empty allocated string for a buffer that was never written,
 * NULL if the buffer failed or the allocation fails. */
char *bc_buf_take(struct bc_buf *b, size_t *len_out);

/* Replace b's contents with all of path ("-" = stdin), up to b->max bytes
 * (git's strbuf_read_file).  Errors: BC_ERR_IO (missing, unreadable),
 * BC_ERR_NOTFILE (a directory), BC_ERR_LIMIT (over b->max), BC_ERR_NOMEM;
 * the message names path.  b is left empty on failure. */
bc_status bc_buf_read_file(struct bc_buf *b, const char *path,
                           struct bc_error *err);

/* NUL-terminated contents, "" when empty; borrowed. */
const char *bc_buf_str(const struct bc_buf *b);

#endif
