/* pair_memo.c - the source's facts grouped by what a pure comparison reads
 * of them (the same context words, the same value and unit), once per
 * check, and per claim fact one answer per group: a claim fact is compared
 * with every source fact, and a long source repeats the same few values
 * and contexts.  What a key holds and what an answer means is the
 * checker's (check_dates.c, check_numbers.c); this file only groups and
 * keeps the answers. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "validate/validate_internal.h"

/* A hash of a key read eight bytes at a time (keys run to a hundred
 * bytes, one per source fact). */
static uint64_t key_hash(const unsigned char *k, size_t n)
{
  uint64_t h = 0x9E3779B97F4A7C15ULL, x;
  size_t i;
  for (i = 0; i + 8 <= n; i += 8) {
    memcpy(&x, k + i, 8);
    h = (h ^ x) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 29;
  }
  for (; i < n; i++)
    h = (h ^ k[i]) * 1099511628211ULL;
  return h ^ (h >> 32);
}

bc_status bc__groups_by_key(struct bc__groups *g, const void *keys, size_t n,
                            size_t key_size)
{
  const unsigned char *k = keys;
  size_t cap = 16, i, *slot;
  memset(g, 0, sizeof *g);
  while (cap < 2 * n)
    cap *= 2;
  g->rep = bc__calloc(n ? n : 1, sizeof *g->rep);
  slot = bc__calloc(cap, sizeof *slot); /* 1 + a representative, or 0 */
  if (!g->rep || !slot) {
    free(slot);
    bc__groups_release(g);
    return BC_ERR_NOMEM;
  }
  g->n = n;
  /* Open addressing: the first fact of each key stands for the others. */
  for (i = 0; i < n; i++) {
    size_t at = (size_t)key_hash(k + i * key_size, key_size) & (cap - 1);
    while (slot[at] && memcmp(k + (slot[at] - 1) * key_size, k + i * key_size,
                              key_size) != 0)
      at = (at + 1) & (cap - 1);
    if (!slot[at])
      slot[at] = i + 1;
    g->rep[i] = slot[at] - 1;
    g->n_first += g->rep[i] == i;
  }
  free(slot);
  g->first = bc__calloc(g->n_first ? g->n_first : 1, sizeof *g->first);
  if (!g->first) {
    bc__groups_release(g);
    return BC_ERR_NOMEM;
  }
  g->n_first = 0;
  for (i = 0; i < n; i++)
    if (g->rep[i] == i)
      g->first[g->n_first++] = i;
  return BC_OK;
}

/* What bc__validate_overlap reads of a context: its distinct words (and
 * their filter, made from them), zero past the last. */
struct ctx_key {
  uint64_t sig;
  uint64_t nu;
  uint32_t u[BC__CTX_WORDS];
};

/* Group by the n keys made for it (NULL: they could not be), and free
 * them. */
static bc_status by_keys_made(struct bc__groups *g, void *keys, size_t n,
                              size_t key_size)
{
  bc_status rc;
  if (!keys) {
    memset(g, 0, sizeof *g);
    return BC_ERR_NOMEM;
  }
  rc = bc__groups_by_key(g, keys, n, key_size);
  free(keys);
  return rc;
}

bc_status bc__groups_by_context(struct bc__groups *g,
                                const struct bc__context *ctx, size_t n)
{
  struct ctx_key *keys = bc__calloc(n ? n : 1, sizeof *keys);
  size_t i;
  for (i = 0; keys && i < n; i++) {
    keys[i].sig = ctx[i].sig;
    keys[i].nu = ctx[i].nu;
    memcpy(keys[i].u, ctx[i].u, ctx[i].nu * sizeof ctx[i].u[0]);
  }
  return by_keys_made(g, keys, n, sizeof *keys);
}

bc_status bc__groups_joint(struct bc__groups *g, const struct bc__groups *a,
                           const struct bc__groups *b, const unsigned *tag,
                           size_t n)
{
  struct joint_key {
    size_t a, b, tag;
  } *keys = bc__calloc(n ? n : 1, sizeof *keys);
  size_t i;
  for (i = 0; keys && i < n; i++) {
    keys[i].a = a->rep[i];
    keys[i].b = b->rep[i];
    keys[i].tag = tag[i];
  }
  return by_keys_made(g, keys, n, sizeof *keys);
}

void bc__groups_release(struct bc__groups *g)
{
  free(g->rep);
  free(g->first);
  memset(g, 0, sizeof *g);
}

bc_status bc__answers_init(struct bc__answers *a, size_t n)
{
  memset(a, 0, sizeof *a);
  a->stamp = bc__calloc(n ? n : 1, sizeof *a->stamp);
  a->val = bc__calloc(n ? n : 1, sizeof *a->val);
  if (!a->stamp || !a->val) {
    bc__answers_release(a);
    return BC_ERR_NOMEM;
  }
  a->now = 1;
  return BC_OK;
}

int bc__answers_get(const struct bc__answers *a, size_t g, long *out)
{
  if (a->stamp[g] != a->now)
    return 0;
  *out = a->val[g];
  return 1;
}

void bc__answers_set(struct bc__answers *a, size_t g, long val)
{
  a->stamp[g] = a->now;
  a->val[g] = val;
}

size_t bc__answers_overlap(struct bc__answers *a, const struct bc__groups *g,
                           const struct bc__context *ctx,
                           const struct bc__context *src, size_t i)
{
  size_t r = g->rep[i];
  long ov;
  if (!bc__answers_get(a, r, &ov)) {
    ov = (long)bc__validate_overlap(ctx, &src[r]);
    bc__answers_set(a, r, ov);
  }
  return (size_t)ov;
}

void bc__answers_release(struct bc__answers *a)
{
  free(a->stamp);
  free(a->val);
  memset(a, 0, sizeof *a);
}
