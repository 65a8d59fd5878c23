/* buf.c - the growable, capped byte buffer (see buf.h for invariants). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "util/alloc.h"

void bc_buf_init(struct bc_buf *b, size_t max)
{
  b->ptr = NULL;
  b->len = 0;
  b->cap = 0;
  b->max = max;
  b->failed = 0;
}

void bc_buf_release(struct bc_buf *b)
{
  free(b->ptr);
  b->ptr = NULL;
  b->len = 0;
  b->cap = 0;
  b->failed = 0;
}

void bc_buf_reset(struct bc_buf *b)
{
  b->len = 0;
  if (b->ptr)
    b->ptr[0] = '\0';
  b->failed = 0;
}

/* A failure frees the storage and remembers the reason, so that a chain of
 * appends can be checked once at its end. */
static bc_status fail(struct bc_buf *b, bc_status rc)
{
  free(b->ptr);
  b->ptr = NULL;
  b->len = 0;
  b->cap = 0;
  b->failed = (int)rc;
  return rc;
}

static bc_status grow(struct bc_buf *b, size_t extra)
{
  size_t need, cap;
  char *p;
  if (extra > b->max || b->len > b->max - extra)
    return fail(b, BC_ERR_LIMIT);
  need = b->len + extra + 1;
  if (need <= b->cap)
    return BC_OK;
  cap = b->cap ? b->cap : 64;
  while (cap < need)
    cap = cap > ((size_t)-1) / 2 ? need : cap * 2;
  p = bc__realloc(b->ptr, cap);
  if (!p)
    return fail(b, BC_ERR_NOMEM);
  b->ptr = p;
  b->cap = cap;
  return BC_OK;
}

bc_status bc_buf_add(struct bc_buf *b, const void *data, size_t len)
{
  bc_status rc;
  if (b->failed)
    return (bc_status)b->failed;
  rc = grow(b, len);
  if (rc)
    return rc;
  if (len)
    memcpy(b->ptr + b->len, data, len);
  b->len += len;
  b->ptr[b->len] = '\0';
  return BC_OK;
}

bc_status bc_buf_adds(struct bc_buf *b, const char *s)
{
  return bc_buf_add(b, s, strlen(s));
}

bc_status bc_buf_addc(struct bc_buf *b, char c)
{
  return bc_buf_add(b, &c, 1);
}

bc_status bc_buf_vaddf(struct bc_buf *b, const char *fmt, va_list ap)
{
  va_list ap2;
  int n;
  bc_status rc;
  if (b->failed)
    return (bc_status)b->failed;
  va_copy(ap2, ap);
  n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0)
    return fail(b, BC_ERR_INTERNAL);
  rc = grow(b, (size_t)n);
  if (rc)
    return rc;
  vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
  return BC_OK;
}

bc_status bc_buf_addf(struct bc_buf *b, const char *fmt, ...)
{
  va_list ap;
  bc_status rc;
  va_start(ap, fmt);
  rc = bc_buf_vaddf(b, fmt, ap);
  va_end(ap);
  return rc;
}

bc_status bc_buf_status(const struct bc_buf *b)
{
  return (bc_status)b->failed;
}

char *bc_buf_take(struct bc_buf *b, size_t *len_out)
{
  char *p;
  if (b->failed) {
    b->failed = 0;
    return NULL;
  }
  p = b->ptr;
  if (!p) {
    p = bc__malloc(1);
    if (!p)
      return NULL;
    p[0] = '\0';
  }
  if (len_out)
    *len_out = b->len;
  b->ptr = NULL;
  b->len = 0;
  b->cap = 0;
  return p;
}

const char *bc_buf_str(const struct bc_buf *b)
{
  return b->ptr ? b->ptr : "";
}
