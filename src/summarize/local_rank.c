/* local_rank.c - sentence centrality for the local provider: stemmed content
 * words, tf-idf vectors, and a TextRank-style power iteration over the
 * cosine-similarity graph (LexRank's continuous variant).  It knows nothing
 * of summaries; local.c turns the scores into one. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "briefcast/buf.h"
#include "summarize/local.h"
#include "util/alloc.h"

/* Common English function words carry no topic; sorted for bsearch. */
static const char *const stopwords[] = {
    "about", "above", "after",   "again", "against", "all",     "also",
    "am",    "an",    "and",     "any",   "are",     "as",      "at",
    "be",    "been",  "before",  "being", "below",   "between", "both",
    "but",   "by",    "can",     "could", "did",     "do",      "does",
    "doing", "down",  "during",  "each",  "even",    "every",   "few",
    "for",   "from",  "further", "had",   "has",     "have",    "having",
    "he",    "her",   "here",    "hers",  "him",     "his",     "how",
    "if",    "in",    "into",    "is",    "it",      "its",     "itself",
    "just",  "me",    "more",    "most",  "much",    "must",    "my",
    "no",    "nor",   "not",     "now",   "of",      "off",     "on",
    "once",  "one",   "only",    "or",    "other",   "our",     "ours",
    "out",   "over",  "own",     "same",  "she",     "should",  "so",
    "some",  "such",  "than",    "that",  "the",     "their",   "them",
    "then",  "there", "these",   "they",  "this",    "those",   "through",
    "to",    "too",   "under",   "until", "up",      "us",      "very",
    "was",   "we",    "were",    "what",  "when",    "where",   "which",
    "while", "who",   "whom",    "why",   "will",    "with",    "would",
    "you",   "your"};

/* Normalized tokens longer than this are cut; cutting only merges freak
 * tokens (URLs, hashes) and keeps the key buffer bounded. */
#define TOKEN_MAX 48

static int cmp_stop(const void *a, const void *b)
{
  return strcmp((const char *)a, *(const char *const *)b);
}

static int is_stopword(const char *w)
{
  return bsearch(w, stopwords, sizeof stopwords / sizeof stopwords[0],
                 sizeof stopwords[0], cmp_stop) != NULL;
}

static int word_byte(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

/* A light suffix stripper: enough to join "release"/"releases" and
 * "deploying"/"deployed" without a full Porter stemmer. */
static size_t stem(char *w, size_t n)
{
  if (n > 4 && memcmp(w + n - 3, "ies", 3) == 0) {
    w[n - 3] = 'y';
    return n - 2;
  }
  if (n > 5 && memcmp(w + n - 3, "ing", 3) == 0)
    return n - 3;
  if (n > 4 && memcmp(w + n - 2, "ed", 2) == 0)
    return n - 2;
  if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
      w[n - 2] != 'i')
    return n - 1;
  return n;
}

/* The vocabulary: an open-addressing hash table of normalized tokens kept in
 * one pool buffer. */
struct vocab {
  struct bc_buf pool;
  uint32_t *hash;
  size_t *off;
  size_t *len;
  unsigned *id; /* slot -> term id + 1; 0 = empty */
  size_t cap;
  size_t count;
};

static uint32_t fnv1a(const char *s, size_t n)
{
  uint32_t h = 2166136261u;
  size_t i;
  for (i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

static void vocab_release(struct vocab *v)
{
  bc_buf_release(&v->pool);
  free(v->hash);
  free(v->off);
  free(v->len);
  free(v->id);
  memset(v, 0, sizeof *v);
}

static int vocab_grow(struct vocab *v)
{
  size_t ncap = v->cap ? v->cap * 2 : 1024, i;
  uint32_t *nh = bc__calloc(ncap, sizeof *nh);
  size_t *no = bc__calloc(ncap, sizeof *no);
  size_t *nl = bc__calloc(ncap, sizeof *nl);
  unsigned *ni = bc__calloc(ncap, sizeof *ni);
  if (!nh || !no || !nl || !ni) {
    free(nh);
    free(no);
    free(nl);
    free(ni);
    return -1;
  }
  for (i = 0; i < v->cap; i++) {
    size_t j;
    if (!v->id[i])
      continue;
    j = v->hash[i] & (ncap - 1);
    while (ni[j])
      j = (j + 1) & (ncap - 1);
    nh[j] = v->hash[i];
    no[j] = v->off[i];
    nl[j] = v->len[i];
    ni[j] = v->id[i];
  }
  free(v->hash);
  free(v->off);
  free(v->len);
  free(v->id);
  v->hash = nh;
  v->off = no;
  v->len = nl;
  v->id = ni;
  v->cap = ncap;
  return 0;
}

/* Term id of w[0..n), added if new; -1 on out-of-memory. */
static long vocab_id(struct vocab *v, const char *w, size_t n)
{
  uint32_t h = fnv1a(w, n);
  size_t j;
  if ((v->count + 1) * 2 > v->cap && vocab_grow(v))
    return -1;
  j = h & (v->cap - 1);
  while (v->id[j]) {
    if (v->hash[j] == h && v->len[j] == n &&
        memcmp(v->pool.ptr + v->off[j], w, n) == 0)
      return (long)v->id[j] - 1;
    j = (j + 1) & (v->cap - 1);
  }
  v->off[j] = v->pool.len;
  if (bc_buf_add(&v->pool, w, n))
    return -1;
  v->hash[j] = h;
  v->len[j] = n;
  v->id[j] = (unsigned)++v->count;
  return (long)v->count - 1;
}

/* Collect the term ids of text[sp) into *ids (grown as needed), returning
 * the number of terms, or -1 on out-of-memory.  *words counts every word. */
static long terms_of(struct vocab *v, const char *text, struct bc_span sp,
                     unsigned **ids, size_t *cap, size_t *words)
{
  size_t i = sp.start, n = 0;
  char w[TOKEN_MAX + 1];
  *words = 0;
  while (i < sp.end) {
    size_t s, k = 0;
    long id;
    while (i < sp.end && !word_byte((unsigned char)text[i]))
      i++;
    s = i;
    while (i < sp.end && word_byte((unsigned char)text[i]))
      i++;
    if (i == s)
      break;
    (*words)++;
    for (; s < i && k < TOKEN_MAX; s++, k++) {
      char c = text[s];
      w[k] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    w[k] = '\0';
    if (k < 2 || is_stopword(w))
      continue;
    k = stem(w, k);
    id = vocab_id(v, w, k);
    if (id < 0)
      return -1;
    if (n == *cap) {
      size_t ncap = *cap ? *cap * 2 : 64;
      unsigned *t = bc__realloc(*ids, ncap * sizeof **ids);
      if (!t)
        return -1;
      *ids = t;
      *cap = ncap;
    }
    (*ids)[n++] = (unsigned)id;
  }
  return (long)n;
}

static int cmp_uint(const void *a, const void *b)
{
  unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
  return x < y ? -1 : x > y;
}

/* A sparse vector: sorted unique term ids with weights (tf for now). */
struct svec {
  unsigned *term;
  double *weight;
  size_t n;
};

static double dot(const unsigned *ta, const double *wa, size_t na,
                  const unsigned *tb, const double *wb, size_t nb)
{
  size_t i = 0, j = 0;
  double s = 0;
  while (i < na && j < nb) {
    if (ta[i] < tb[j])
      i++;
    else if (ta[i] > tb[j])
      j++;
    else
      s += wa[i++] * wb[j++];
  }
  return s;
}

double bc__local_cosine(const struct bc__rank *r, size_t i, size_t j)
{
  size_t a = r->vstart[i], b = r->vstart[j];
  return dot(r->term + a, r->weight + a, r->vstart[i + 1] - a, r->term + b,
             r->weight + b, r->vstart[j + 1] - b);
}

void bc__local_rank_release(struct bc__rank *r)
{
  free(r->centrality);
  free(r->title_sim);
  free(r->head_sim);
  free(r->words);
  free(r->vstart);
  free(r->term);
  free(r->weight);
  memset(r, 0, sizeof *r);
}

/* Sort ids[0..n) and fold repeats into (term, count) pairs in place;
 * returns the number of unique terms. */
static size_t fold(unsigned *ids, double *tf, size_t n)
{
  size_t i, u = 0;
  /* A sentence with no terms (a lone step number) comes with ids == NULL
   * when it is the first; qsort's pointer must not be null even for n == 0. */
  if (!n)
    return 0;
  qsort(ids, n, sizeof *ids, cmp_uint);
  for (i = 0; i < n; i++) {
    if (u && ids[u - 1] == ids[i]) {
      tf[u - 1] += 1;
      continue;
    }
    ids[u] = ids[i];
    tf[u] = 1;
    u++;
  }
  return u;
}

static void normalize(double *w, size_t n)
{
  double s = 0;
  size_t i;
  for (i = 0; i < n; i++)
    s += w[i] * w[i];
  if (s <= 0)
    return;
  s = sqrt(s);
  for (i = 0; i < n; i++)
    w[i] /= s;
}

/* A query vector (title, heading) over the same vocabulary and idf; terms
 * the sentences never use cannot match and are dropped. */
static long query_vec(struct vocab *v, const char *text, struct bc_span sp,
                      const double *idf, size_t n_terms, unsigned **ids,
                      size_t *cap, double **w, size_t *wcap)
{
  size_t words, u, k, i;
  long n = terms_of(v, text, sp, ids, cap, &words);
  if (n < 0)
    return -1;
  if ((size_t)n > *wcap) {
    double *t = bc__realloc(*w, (size_t)n * sizeof **w);
    if (!t)
      return -1;
    *w = t;
    *wcap = (size_t)n;
  }
  u = fold(*ids, *w, (size_t)n);
  for (i = 0, k = 0; i < u; i++) {
    if ((*ids)[i] >= n_terms)
      continue;
    (*ids)[k] = (*ids)[i];
    (*w)[k] = (1 + log((*w)[i])) * idf[(*ids)[i]];
    k++;
  }
  normalize(*w, k);
  return (long)k;
}

/* Power iteration on the weighted similarity graph.  Edges are kept as a
 * dense upper-triangle-free list of (i, j, w) pairs with w above a small
 * floor; both directions are used. */
struct edge {
  unsigned a, b;
  double w;
};

static int graph_rank(struct bc__rank *r)
{
  size_t n = r->n, ne = 0, cap = 0, i, j, it;
  struct edge *e = NULL;
  double *out = NULL, *pr = NULL, *nx = NULL;
  int rc = -1;
  for (i = 0; i < n; i++)
    for (j = i + 1; j < n; j++) {
      double w = bc__local_cosine(r, i, j);
      if (w < 0.05)
        continue;
      if (ne == cap) {
        size_t ncap = cap ? cap * 2 : 256;
        struct edge *t = bc__realloc(e, ncap * sizeof *e);
        if (!t)
          goto out;
        e = t;
        cap = ncap;
      }
      e[ne].a = (unsigned)i;
      e[ne].b = (unsigned)j;
      e[ne].w = w;
      ne++;
    }
  out = bc__calloc(n, sizeof *out);
  pr = bc__calloc(n, sizeof *pr);
  nx = bc__calloc(n, sizeof *nx);
  if (!out || !pr || !nx)
    goto out;
  for (i = 0; i < ne; i++) {
    out[e[i].a] += e[i].w;
    out[e[i].b] += e[i].w;
  }
  for (i = 0; i < n; i++)
    pr[i] = 1.0 / (double)n;
  /* A fixed number of iterations keeps the result bit-identical from run
   * to run; 50 is far past convergence for graphs of this size. */
  for (it = 0; it < BC__LOCAL_ITERATIONS; it++) {
    double dangling = 0, base;
    for (i = 0; i < n; i++)
      if (out[i] == 0)
        dangling += pr[i];
    base = (1 - BC__LOCAL_DAMPING) / (double)n +
           BC__LOCAL_DAMPING * dangling / (double)n;
    for (i = 0; i < n; i++)
      nx[i] = base;
    for (i = 0; i < ne; i++) {
      nx[e[i].b] += BC__LOCAL_DAMPING * pr[e[i].a] * e[i].w / out[e[i].a];
      nx[e[i].a] += BC__LOCAL_DAMPING * pr[e[i].b] * e[i].w / out[e[i].b];
    }
    memcpy(pr, nx, n * sizeof *pr);
  }
  for (i = 0; i < n; i++)
    r->centrality[i] = pr[i] * (double)n;
  rc = 0;
out:
  free(e);
  free(out);
  free(pr);
  free(nx);
  return rc;
}

/* Above BC__LOCAL_GRAPH_MAX sentences: similarity to the centroid, scaled
 * to mean 1 like the graph score. */
static int centroid_rank(struct bc__rank *r, size_t n_terms)
{
  double *c = bc__calloc(n_terms ? n_terms : 1, sizeof *c), sum = 0;
  size_t i, k;
  if (!c)
    return -1;
  for (i = 0; i < r->n; i++)
    for (k = r->vstart[i]; k < r->vstart[i + 1]; k++)
      c[r->term[k]] += r->weight[k];
  for (i = 0; i < r->n; i++) {
    double s = 0;
    for (k = r->vstart[i]; k < r->vstart[i + 1]; k++)
      s += r->weight[k] * c[r->term[k]];
    r->centrality[i] = s;
    sum += s;
  }
  for (i = 0; i < r->n; i++)
    r->centrality[i] = sum > 0 ? r->centrality[i] * (double)r->n / sum : 1.0;
  free(c);
  return 0;
}

bc_status bc__local_rank(const char *text, const struct bc_span *spans,
                         const struct bc_span *heads, size_t n,
                         const char *title, struct bc__rank *out,
                         struct bc_error *err)
{
  struct vocab v;
  struct bc__rank r;
  unsigned *ids = NULL, *qids = NULL;
  size_t cap = 0, qcap = 0, total = 0, tcap = 0, i, k, wcap = 0;
  double *idf = NULL, *qw = NULL;
  size_t *df = NULL;
  bc_status rc = BC_ERR_NOMEM;

  memset(&v, 0, sizeof v);
  memset(&r, 0, sizeof r);
  bc_buf_init(&v.pool, BC_MAX_RANK_POOL_BYTES);
  r.n = n;
  r.centrality = bc__calloc(n ? n : 1, sizeof *r.centrality);
  r.title_sim = bc__calloc(n ? n : 1, sizeof *r.title_sim);
  r.head_sim = bc__calloc(n ? n : 1, sizeof *r.head_sim);
  r.words = bc__calloc(n ? n : 1, sizeof *r.words);
  r.vstart = bc__calloc(n + 1, sizeof *r.vstart);
  if (!r.centrality || !r.title_sim || !r.head_sim || !r.words || !r.vstart)
    goto out;

  /* Pass 1: terms of every sentence, folded to (term, tf). */
  for (i = 0; i < n; i++) {
    long m = terms_of(&v, text, spans[i], &ids, &cap, &r.words[i]);
    size_t u;
    if (m < 0)
      goto out;
    if (total + (size_t)m > tcap) {
      size_t ncap = tcap ? tcap : 1024;
      unsigned *t;
      double *w;
      while (ncap < total + (size_t)m)
        ncap *= 2;
      t = bc__realloc(r.term, ncap * sizeof *t);
      if (!t)
        goto out;
      r.term = t;
      w = bc__realloc(r.weight, ncap * sizeof *w);
      if (!w)
        goto out;
      r.weight = w;
      tcap = ncap;
    }
    if (m)
      memcpy(r.term + total, ids, (size_t)m * sizeof *ids);
    u = fold(r.term + total, r.weight + total, (size_t)m);
    r.vstart[i] = total;
    total += u;
  }
  r.vstart[n] = total;

  /* Pass 2: idf, then unit-length tf-idf vectors. */
  df = bc__calloc(v.count ? v.count : 1, sizeof *df);
  idf = bc__calloc(v.count ? v.count : 1, sizeof *idf);
  if (!df || !idf)
    goto out;
  for (k = 0; k < total; k++)
    df[r.term[k]]++;
  for (k = 0; k < v.count; k++)
    idf[k] = df[k] ? log((double)(n + 1) / (double)df[k]) + 1e-3 : 0;
  for (i = 0; i < n; i++) {
    for (k = r.vstart[i]; k < r.vstart[i + 1]; k++)
      r.weight[k] = (1 + log(r.weight[k])) * idf[r.term[k]];
    normalize(r.weight + r.vstart[i], r.vstart[i + 1] - r.vstart[i]);
  }

  /* Cues: similarity to the title and to the sentence's heading.  The
   * vocabulary stops growing meaningfully here: new query terms get ids
   * past the sentence terms and are dropped by query_vec. */
  {
    size_t n_terms = v.count;
    if (title && *title) {
      struct bc_span ts = {0, strlen(title)};
      long q = query_vec(&v, title, ts, idf, n_terms, &qids, &qcap, &qw, &wcap);
      if (q < 0)
        goto out;
      for (i = 0; i < n; i++)
        r.title_sim[i] =
            dot(r.term + r.vstart[i], r.weight + r.vstart[i],
                r.vstart[i + 1] - r.vstart[i], qids, qw, (size_t)q);
    }
    for (i = 0; heads && i < n; i++) {
      long q;
      if (heads[i].end <= heads[i].start)
        continue;
      q = query_vec(&v, text, heads[i], idf, n_terms, &qids, &qcap, &qw, &wcap);
      if (q < 0)
        goto out;
      r.head_sim[i] = dot(r.term + r.vstart[i], r.weight + r.vstart[i],
                          r.vstart[i + 1] - r.vstart[i], qids, qw, (size_t)q);
    }
    if (n && (n <= BC__LOCAL_GRAPH_MAX ? graph_rank(&r)
                                       : centroid_rank(&r, n_terms)))
      goto out;
  }
  *out = r;
  memset(&r, 0, sizeof r);
  rc = BC_OK;
out:
  bc__local_rank_release(&r);
  vocab_release(&v);
  free(ids);
  free(qids);
  free(qw);
  free(df);
  free(idf);
  if (rc)
    bc_error_set(err, rc, "cannot rank sentences: out of memory");
  return rc;
}
