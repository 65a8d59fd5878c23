/* wordtab.c - the source's words read once per check, so that the context
 * of each source fact (bc__validate_context) is a walk over a few words
 * already hashed rather than a fresh scan of up to 800 bytes: a hostile
 * source of one 2 MB line holds a number every few words.  It gives the
 * same contexts bc__validate_context gives, word for word; it decides
 * nothing itself. */
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

/* Does the word t[st..st+n) count for a context?  As bc__validate_context
 * reads it: not a function word, not a number. */
static int content(const char *t, size_t st, size_t n)
{
  return !bc__lex_is_skippable(t + st, n) && !(t[st] >= '0' && t[st] <= '9');
}

/* Does the context keep the table's word j? */
static int kept(const struct bc__wordtab *w, size_t j)
{
  return w->hash[j] ||
         (w->zero_hash && content(w->t, w->start[j], w->end[j] - w->start[j]));
}

/* The kept words' hashes in a row, and per word the kept ones before it:
 * a context takes the kept words of a run of the table in one copy. */
static bc_status kept_words(struct bc__wordtab *w)
{
  size_t j, m = 0;
  w->kept_before = bc__calloc(w->n + 1, sizeof *w->kept_before);
  w->kept_hash = bc__calloc(w->n ? w->n : 1, sizeof *w->kept_hash);
  if (!w->kept_before || !w->kept_hash) {
    bc__wordtab_release(w);
    return BC_ERR_NOMEM;
  }
  for (j = 0; j < w->n; j++) {
    w->kept_before[j] = m;
    if (kept(w, j))
      w->kept_hash[m++] = w->hash[j];
  }
  w->kept_before[w->n] = m;
  return BC_OK;
}

bc_status bc__wordtab_init(struct bc__wordtab *w, const char *t, size_t len,
                           const struct bc__marks *ends)
{
  size_t pos = 0, st, n, cap = 0;
  memset(w, 0, sizeof *w);
  w->t = t;
  w->len = len;
  w->ends = ends;
  w->finger = bc__calloc(1, sizeof *w->finger);
  if (!w->finger)
    return BC_ERR_NOMEM;
  while ((n = bc__validate_next_word(t, len, &pos, &st)) > 0) {
    if (w->n == cap) {
      size_t nc = cap ? 2 * cap : 256;
      size_t *s2 = bc__realloc(w->start, nc * sizeof *s2);
      size_t *e2 = s2 ? bc__realloc(w->end, nc * sizeof *e2) : NULL;
      uint32_t *h2 = e2 ? bc__realloc(w->hash, nc * sizeof *h2) : NULL;
      if (s2)
        w->start = s2;
      if (e2)
        w->end = e2;
      if (!h2) {
        bc__wordtab_release(w);
        return BC_ERR_NOMEM;
      }
      w->hash = h2;
      cap = nc;
    }
    w->start[w->n] = st;
    w->end[w->n] = st + n;
    /* 0 marks a word the context leaves out; a content word whose hash
     * happens to be 0 is kept apart by the flag below. */
    if (content(t, st, n)) {
      w->hash[w->n] = bc__validate_stem_hash(t + st, n);
      if (w->hash[w->n] == 0)
        w->zero_hash = 1;
    } else {
      w->hash[w->n] = 0;
    }
    w->n++;
  }
  return kept_words(w);
}

void bc__wordtab_release(struct bc__wordtab *w)
{
  free(w->start);
  free(w->end);
  free(w->hash);
  free(w->finger);
  free(w->kept_before);
  free(w->kept_hash);
  memset(w, 0, sizeof *w);
}

/* The first index of the ascending a[0..n) whose value is at or past at
 * (bc__marks_before's answer), searched outward from index h in steps
 * that double and then by halves: a few steps when the answer is near h,
 * never more than twice a plain binary search. */
static size_t search_near(const size_t *a, size_t n, size_t at, size_t h)
{
  size_t lo, hi, step = 1;
  if (h > n)
    h = n;
  if (h < n && a[h] < at) {
    /* Past h: every index below lo is before at. */
    lo = hi = h + 1;
    while (hi < n && a[hi] < at) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi > n)
      hi = n;
  } else {
    /* At or before h: hi is n or at or past at. */
    lo = hi = h;
    while (lo > 0 && a[lo - 1] >= at) {
      hi = lo - 1;
      lo = lo > step ? lo - step : 0;
      step *= 2;
    }
  }
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a[mid] < at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The first word starting at or after pos. */
static size_t first_from(const struct bc__wordtab *w, size_t pos)
{
  size_t j;
  if (!w->finger) {
    struct bc__marks starts = {w->start, w->n};
    return bc__marks_before(&starts, pos);
  }
  j = search_near(w->start, w->n, pos, *w->finger);
  *w->finger = j;
  return j;
}

/* The words a context keeps of t[pos..limit), as bc__validate_next_word
 * reads them with that limit, into a walk.  A scan that starts at pos
 * agrees with the table from the first word the table starts or ends at
 * pos: both then read the same bytes the same way, up to the words that
 * end within two bytes of the limit (next_word looks two bytes ahead for
 * punctuation, and the limit cuts a word).  Before and after that the
 * text is scanned as bc__validate_context scans it. */
struct walk {
  uint32_t *h;
  size_t n, cap;
  int ring; /* keep the last cap words (the left side), else the first */
};

static int take(struct walk *k, uint32_t h)
{
  if (k->ring) {
    k->h[k->n++ % k->cap] = h;
    return 0;
  }
  k->h[k->n++] = h;
  return k->n >= k->cap;
}

/* The first word from j on that ends within two bytes of limit or past
 * it (the words end in ascending order). */
static size_t ends_before(const struct bc__wordtab *w, size_t j, size_t limit)
{
  size_t e = 0;
  if (limit >= 2) {
    struct bc__marks ends = {w->end, w->n};
    e = w->finger ? search_near(w->end, w->n, limit - 2, j)
                  : bc__marks_before(&ends, limit - 2);
  }
  return e > j ? e : j;
}

static void walk(const struct bc__wordtab *w, size_t pos, size_t limit,
                 struct walk *k)
{
  const char *t = w->t;
  size_t st, n, j;
  if (!k->ring && k->n >= k->cap)
    return;
  for (;;) {
    j = first_from(w, pos);
    if (pos == 0 || (j < w->n && w->start[j] == pos) ||
        (j > 0 && w->end[j - 1] == pos))
      break; /* in step with the table */
    n = bc__validate_next_word(t, limit, &pos, &st);
    if (n == 0)
      return;
    if (content(t, st, n) && take(k, bc__validate_stem_hash(t + st, n)))
      return;
  }
  {
    /* The table's words from j up to those ending within two bytes of
     * limit, their kept ones in one run of kept_hash.  Only the last cap
     * of them matter on the left (the ring is read from its last word
     * back). */
    size_t e = ends_before(w, j, limit), q = w->kept_before[j],
           to = w->kept_before[e];
    if (k->ring && to - q > k->cap)
      q = to - k->cap;
    for (; q < to; q++)
      if (take(k, w->kept_hash[q]))
        return;
    if (e > j)
      pos = w->end[e - 1];
  }
  while ((n = bc__validate_next_word(t, limit, &pos, &st)) > 0)
    if (content(t, st, n) && take(k, bc__validate_stem_hash(t + st, n)))
      return;
}

/* Where a scan back from at stops, byte by byte: after a sentence end,
 * reach bytes back, or at the text's start. */
static size_t back_to(const struct bc__wordtab *w, size_t at, size_t reach)
{
  size_t lo = at >= reach ? at - reach : 0;
  size_t k = bc__marks_before(w->ends, at);
  return k > 0 && w->ends->at[k - 1] + 1 > lo ? w->ends->at[k - 1] + 1 : lo;
}

void bc__wordtab_context(const struct bc__wordtab *w, struct bc_span fact,
                         struct bc__context *out)
{
  bc__wordtab_context_within(w, fact, 0, (size_t)-1, out);
}

void bc__wordtab_context_within(const struct bc__wordtab *w,
                                struct bc_span fact, size_t lo, size_t hi,
                                struct bc__context *out)
{
  size_t a, b, k;
  uint32_t lh[BC__CTX_WORDS], rh[BC__CTX_WORDS];
  struct walk left = {lh, 0, BC__CTX_WORDS, 1};
  struct walk right = {rh, 0, BC__CTX_WORDS, 0};
  if (fact.start > fact.end || fact.end > w->len || !w->ends) {
    bc__validate_context(w->t, w->len, fact, out);
    return;
  }
  /* The bounds bc__validate_context finds byte by byte: the sentence
   * around the fact, at most 400 bytes each way. */
  a = back_to(w, fact.start, 400);
  b = fact.end + 400 < w->len ? fact.end + 400 : w->len;
  k = bc__marks_before(w->ends, fact.end);
  if (k < w->ends->n && w->ends->at[k] < b)
    b = w->ends->at[k];
  if (a < lo)
    a = lo < fact.start ? lo : fact.start;
  if (b > hi)
    b = hi > fact.end ? hi : fact.end;
  walk(w, a, fact.start, &left);
  walk(w, fact.end, b, &right);
  bc__validate_context_fill(lh, left.n, rh, right.n, out);
}

int bc__wordtab_word_before(const struct bc__wordtab *w, const char *t,
                            size_t len, size_t at, size_t *start, size_t *n)
{
  size_t j, pos = 0, st, wl;
  int found = 0;
  if (w->t) {
    j = first_from(w, at);
    if (j == 0)
      return 0;
    *start = w->start[j - 1];
    *n = w->end[j - 1] - w->start[j - 1];
    return 1;
  }
  while ((wl = bc__validate_next_word(t, len, &pos, &st)) > 0 && st < at) {
    *start = st;
    *n = wl;
    found = 1;
  }
  return found;
}

uint32_t bc__wordtab_last_word(const struct bc__wordtab *w, size_t at,
                               size_t reach)
{
  uint32_t h = 0;
  struct walk k = {&h, 0, 1, 1};
  if (at > w->len || !w->ends) {
    /* Not a place in the table's text: as a scan would, from at. */
    return 0;
  }
  walk(w, back_to(w, at, reach), at, &k);
  return h;
}
