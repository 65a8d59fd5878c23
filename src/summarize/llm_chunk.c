/* llm_chunk.c - split a long document into chunks that fit a model's
 * context, at the most natural boundary available: sections, then
 * paragraphs, then sentences, then spaces.  Chunks cover every block in
 * order; nothing is dropped or truncated. */
#include <stdlib.h>
#include <string.h>

#include "summarize/llm.h"
#include "util/alloc.h"
#include "util/utf8.h"

struct unit {
  struct bc_span span;
  int heading;
};

struct units {
  struct unit *v;
  size_t n, cap;
};

static int push(struct units *u, size_t start, size_t end, int heading)
{
  if (u->n == u->cap) {
    size_t cap = u->cap ? u->cap * 2 : 64;
    struct unit *v = bc__realloc(u->v, cap * sizeof(*v));
    if (!v)
      return -1;
    u->v = v;
    u->cap = cap;
  }
  u->v[u->n].span.start = start;
  u->v[u->n].span.end = end;
  u->v[u->n].heading = heading;
  u->n++;
  return 0;
}

/* Where to cut [pos, limit) of a block too big for one chunk: after the
 * last sentence that ends in the second half, else at the last space in
 * the second half, else at a character boundary. */
static size_t cut_at(const struct bc_doc *doc, const struct bc_facts *facts,
                     size_t pos, size_t limit)
{
  size_t half = pos + (limit - pos) / 2, i, best = 0;
  if (facts) {
    for (i = 0; i < facts->n_sentences; i++) {
      size_t e = facts->sentences[i].end;
      if (e > half && e <= limit && e > best)
        best = e;
    }
    if (best)
      return best;
  }
  for (i = limit; i > half; i--)
    if (doc->text[i - 1] == ' ' || doc->text[i - 1] == '\n')
      return i;
  i = bc__utf8_floor(doc->text, limit);
  return i > pos ? i : limit;
}

static int split_block(struct units *u, const struct bc_doc *doc,
                       const struct bc_facts *facts, struct bc_span sp,
                       int heading, size_t max)
{
  size_t pos = sp.start;
  while (sp.end - pos > max) {
    size_t cut = cut_at(doc, facts, pos, pos + max);
    if (push(u, pos, cut, heading))
      return -1;
    heading = 0;
    pos = cut;
  }
  if (pos < sp.end && push(u, pos, sp.end, heading))
    return -1;
  return 0;
}

static int push_chunk(struct bc_span **out, size_t *n, size_t *cap,
                      size_t start, size_t end)
{
  if (*n == *cap) {
    size_t c = *cap ? *cap * 2 : 16;
    struct bc_span *v = bc__realloc(*out, c * sizeof(*v));
    if (!v)
      return -1;
    *out = v;
    *cap = c;
  }
  (*out)[*n].start = start;
  (*out)[*n].end = end;
  (*n)++;
  return 0;
}

bc_status bc__llm_chunk(const struct bc_doc *doc, const struct bc_facts *facts,
                        size_t max_bytes, struct bc_span **out, size_t *n,
                        struct bc_error *err)
{
  struct units u = {NULL, 0, 0};
  struct bc_span *chunks = NULL;
  size_t nc = 0, cap = 0, i, start, end;
  bc_status rc = BC_OK;

  if (max_bytes < 64)
    max_bytes = 64;
  if (doc->n_blocks == 0) {
    struct bc_span all = {0, doc->text_len};
    if (split_block(&u, doc, facts, all, 0, max_bytes))
      goto oom;
  }
  for (i = 0; i < doc->n_blocks; i++) {
    struct bc_span sp = doc->blocks[i].span;
    if (sp.end > doc->text_len || sp.start >= sp.end)
      continue;
    if (split_block(&u, doc, facts, sp, doc->blocks[i].kind == BC_BLOCK_HEADING,
                    max_bytes))
      goto oom;
  }
  if (u.n == 0) {
    if (push_chunk(&chunks, &nc, &cap, 0, doc->text_len))
      goto oom;
    goto done;
  }
  /* Greedy packing; a heading closes a chunk that is already half full, so
   * sections stay whole when they can. */
  start = u.v[0].span.start;
  end = u.v[0].span.end;
  for (i = 1; i < u.n; i++) {
    size_t would = u.v[i].span.end - start;
    if (would > max_bytes || (u.v[i].heading && end - start >= max_bytes / 2)) {
      if (push_chunk(&chunks, &nc, &cap, start, end))
        goto oom;
      start = u.v[i].span.start;
    }
    end = u.v[i].span.end;
  }
  if (push_chunk(&chunks, &nc, &cap, start, end))
    goto oom;
done:
  free(u.v);
  *out = chunks;
  *n = nc;
  return rc;
oom:
  free(u.v);
  free(chunks);
  return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
}
