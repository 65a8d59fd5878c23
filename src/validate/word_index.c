/* word_index.c - the one home of a text's words looked up by their
 * spelling: each word, case folded (ASCII), maps to the sorted places it
 * is written at, so that "where does the source write this word?" costs
 * the word's own occurrences, not a pass over the whole text.  It is built
 * once per text in one pass and answers lookups only; what a word means
 * and which place counts is the rules' to decide.
 */
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "validate/validate_internal.h"

static unsigned char fold(unsigned char c)
{
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* Is c a byte of a word, as the index of kind k reads words? */
static int word_byte(int k, unsigned char c)
{
  if (k == BC__WORDS_ALNUM)
    return bc__check_is_alnum(c);
  return c != ' ';
}

/* FNV-1a of w[0..n) case folded. */
static uint64_t hash(const char *w, size_t n)
{
  uint64_t h = 14695981039346656037ULL;
  size_t i;
  for (i = 0; i < n; i++) {
    h ^= fold((unsigned char)w[i]);
    h *= 1099511628211ULL;
  }
  return h;
}

static int same(const char *a, const char *b, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (fold((unsigned char)a[i]) != fold((unsigned char)b[i]))
      return 0;
  return 1;
}

/* The slot of w[0..n) with hash h: the one holding its entry, or the
 * empty one where it would go. */
static size_t probe(const struct bc__word_index *x, const char *w, size_t n,
                    uint64_t h)
{
  size_t s = (size_t)h & x->mask;
  for (;;) {
    size_t e = x->slot[s];
    if (e == 0)
      return s;
    e--;
    if (x->ent_hash[e] == h && x->len[x->first[e]] == n &&
        same(x->t + x->start[x->first[e]], w, n))
      return s;
    s = (s + 1) & x->mask;
  }
}

bc_status bc__word_index_init(struct bc__word_index *x, const char *t,
                              size_t len, int kind)
{
  size_t i = 0, cap = 0, n_ent = 0, k, *word_ent = NULL;
  memset(x, 0, sizeof *x);
  x->t = t;
  x->kind = kind;
  /* the words, in order */
  while (i < len) {
    size_t b;
    if (!word_byte(kind, (unsigned char)t[i])) {
      i++;
      continue;
    }
    for (b = i; b < len && word_byte(kind, (unsigned char)t[b]); b++)
      ;
    if (x->n == cap) {
      size_t nc = cap ? 2 * cap : 256;
      size_t *s2 = bc__realloc(x->start, nc * sizeof *s2);
      size_t *l2 = s2 ? bc__realloc(x->len, nc * sizeof *l2) : NULL;
      if (s2)
        x->start = s2;
      if (!l2)
        goto nomem;
      x->len = l2;
      cap = nc;
    }
    x->start[x->n] = i;
    x->len[x->n++] = b - i;
    i = b;
  }
  /* a table at most half full, of entries numbered from 1 */
  for (k = 16; k < 2 * x->n; k *= 2)
    ;
  x->mask = k - 1;
  x->slot = bc__calloc(k, sizeof *x->slot);
  x->ent_hash = bc__calloc(x->n ? x->n : 1, sizeof *x->ent_hash);
  x->first = bc__calloc(x->n ? x->n : 1, sizeof *x->first);
  x->count = bc__calloc(x->n ? x->n : 1, sizeof *x->count);
  word_ent = bc__calloc(x->n ? x->n : 1, sizeof *word_ent);
  x->pos = bc__calloc(x->n ? x->n : 1, sizeof *x->pos);
  if (!x->slot || !x->ent_hash || !x->first || !x->count || !word_ent ||
      !x->pos)
    goto nomem;
  for (i = 0; i < x->n; i++) {
    const char *w = t + x->start[i];
    uint64_t h = hash(w, x->len[i]);
    size_t s = probe(x, w, x->len[i], h);
    if (x->slot[s] == 0) {
      x->ent_hash[n_ent] = h;
      x->first[n_ent] = i;
      x->slot[s] = ++n_ent;
    }
    word_ent[i] = x->slot[s] - 1;
    x->count[word_ent[i]]++;
  }
  /* Each entry's places in one run of pos, in the text's order: first[e]
   * becomes where its run starts (the entry's first word is pos's first
   * of the run). */
  {
    size_t at = 0, e;
    for (e = 0; e < n_ent; e++) {
      size_t c = x->count[e];
      x->first[e] = at;
      at += c;
      x->count[e] = 0;
    }
    for (i = 0; i < x->n; i++) {
      e = word_ent[i];
      x->pos[x->first[e] + x->count[e]++] = i;
    }
  }
  x->n_ent = n_ent;
  free(word_ent);
  return BC_OK;
nomem:
  free(word_ent);
  bc__word_index_release(x);
  return BC_ERR_NOMEM;
}

const size_t *bc__word_index_find(const struct bc__word_index *x, const char *w,
                                  size_t n, size_t *count)
{
  uint64_t h;
  size_t s, i;
  *count = 0;
  if (!x->slot || n == 0)
    return NULL;
  h = hash(w, n);
  for (s = (size_t)h & x->mask; x->slot[s]; s = (s + 1) & x->mask) {
    size_t e = x->slot[s] - 1;
    if (x->ent_hash[e] != h)
      continue;
    i = x->pos[x->first[e]];
    if (x->len[i] == n && same(x->t + x->start[i], w, n)) {
      *count = x->count[e];
      return x->pos + x->first[e];
    }
  }
  return NULL;
}

void bc__word_index_release(struct bc__word_index *x)
{
  free(x->start);
  free(x->len);
  free(x->slot);
  free(x->ent_hash);
  free(x->first);
  free(x->count);
  free(x->pos);
  memset(x, 0, sizeof *x);
}

const struct bc__word_index *bc__source_words(struct bc__vstate *v)
{
  const char *t = v->doc->text;
  if (!v->src_words_made) {
    if (bc__word_index_init(&v->src_words, t ? t : "", t ? v->doc->text_len : 0,
                            BC__WORDS_ALNUM))
      return NULL;
    v->src_words_made = 1;
  }
  return &v->src_words;
}

int bc__source_may_hold(struct bc__vstate *v, const char *p, size_t n)
{
  const struct bc__word_index *x = bc__source_words(v);
  size_t i = 0, b, c;
  if (!x)
    return 1;
  /* A run of letters and digits with a byte of p before and after it is
   * a whole word wherever the source holds p: squeezing white space
   * changes none of its bytes nor their neighbours' kind. */
  while (i < n) {
    if (!bc__check_is_alnum((unsigned char)p[i])) {
      i++;
      continue;
    }
    for (b = i; b < n && bc__check_is_alnum((unsigned char)p[b]); b++)
      ;
    if (i > 0 && b < n && !bc__word_index_find(x, p + i, b - i, &c))
      return 0;
    i = b;
  }
  return 1;
}
