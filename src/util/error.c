/* error.c - status names and the one helper that fills struct bc_error. */
#include <stdarg.h>
#include <stdio.h>

#include "briefcast/error.h"

const char *bc_strerror(bc_status code)
{
  switch (code) {
  case BC_OK: return "success";
  case BC_ERR_NOMEM: return "out of memory";
  case BC_ERR_USAGE: return "invalid usage";
  case BC_ERR_IO: return "input/output error";
  case BC_ERR_NOTFILE: return "not a regular file";
  case BC_ERR_INPUT: return "no usable content";
  case BC_ERR_BINARY: return "binary data, not text";
  case BC_ERR_ENCODING: return "invalid text encoding";
  case BC_ERR_PARSE: return "malformed input";
  case BC_ERR_HTTP: return "network or HTTP error";
  case BC_ERR_PROVIDER: return "summarizer error";
  case BC_ERR_SCHEMA: return "does not fit the schema";
  case BC_ERR_VALIDATE: return "validation failed";
  case BC_ERR_OUTPUT: return "cannot write output";
  case BC_ERR_RENDER: return "rendering failed";
  case BC_ERR_LIMIT: return "size limit exceeded";
  case BC_ERR_INTERNAL: return "internal error";
  }
  return "unknown error";
}

const char *bc_status_name(bc_status code)
{
  switch (code) {
  case BC_OK: return "BC_OK";
  case BC_ERR_NOMEM: return "BC_ERR_NOMEM";
  case BC_ERR_USAGE: return "BC_ERR_USAGE";
  case BC_ERR_IO: return "BC_ERR_IO";
  case BC_ERR_NOTFILE: return "BC_ERR_NOTFILE";
  case BC_ERR_INPUT: return "BC_ERR_INPUT";
  case BC_ERR_BINARY: return "BC_ERR_BINARY";
  case BC_ERR_ENCODING: return "BC_ERR_ENCODING";
  case BC_ERR_PARSE: return "BC_ERR_PARSE";
  case BC_ERR_HTTP: return "BC_ERR_HTTP";
  case BC_ERR_PROVIDER: return "BC_ERR_PROVIDER";
  case BC_ERR_SCHEMA: return "BC_ERR_SCHEMA";
  case BC_ERR_VALIDATE: return "BC_ERR_VALIDATE";
  case BC_ERR_OUTPUT: return "BC_ERR_OUTPUT";
  case BC_ERR_RENDER: return "BC_ERR_RENDER";
  case BC_ERR_LIMIT: return "BC_ERR_LIMIT";
  case BC_ERR_INTERNAL: return "BC_ERR_INTERNAL";
  }
  return NULL;
}

bc_status bc_error_set(struct bc_error *err, bc_status code, const char *fmt,
                       ...)
{
  if (err) {
    va_list ap;
    err->code = code;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    va_end(ap);
  }
  return code;
}
