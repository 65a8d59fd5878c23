/* check_ranks_list.c - ranks in a ranked list.  Where the source numbers a
 * list of names ("24. Kurt Cobain", "No. 56 Joan Jett") or ties a rank to a
 * name in its prose ("Freddy Mercury at #6"), a rank the claim ties to one
 * of those names ("Kurt Cobain at 24", "Joan Jett sits at number 56",
 * "Bruce Dickinson is seventh", "Ray Gillen in the hundredth spot") must be
 * the rank the source gives that name.  check_ordinals.c weighs bare ranks
 * ("finished 12th") by the words around them; this file weighs only ranks
 * written right after a name, against the name's own entry.
 *
 * Left alone: a name the source ranks nowhere, or ranks at different
 * places (two "Scott"s); a rank the source gives the name anywhere; a rank
 * counted from the other end ("third from the bottom", "second to last");
 * an age or a quantity ("at 24 years", "at 27%"); "first" and "second"
 * without a rank word before them ("Plant first sang ..."). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
#include "util/calendar.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

#define NAME_MAX_WORDS 4
#define FILLER_MAX 3
#define LIST_MIN 3 /* numbered lines before a text is a ranked list */

enum { TK_WORD, TK_PUNCT, TK_LINE };

struct tok {
  size_t start, len;
  int kind;
};

/* A rank tied to a name: the name's last word (its key) and the word
 * before it when there is one, the rank, and the span from name to rank. */
struct rank_pair {
  const char *text;                    /* the text the spans are in */
  struct bc_span name_last, name_prev; /* name_prev.end == 0: none */
  struct bc_span whole;
  double value;
  size_t seq; /* a source's pair: its place in reading order, list first */
};

struct toks {
  struct tok *t;
  size_t n, cap;
};

static int word_byte(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

/* Words (letters, digits, non-ASCII bytes, inner apostrophes and
 * hyphens: "twenty-four", "Stewart's"), line breaks and other marks, one a
 * token; spaces dropped.  Returns nonzero on out-of-memory. */
static int tokenize(const char *s, size_t len, struct toks *out)
{
  size_t i = 0;
  while (i < len) {
    struct tok k;
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      i++;
      continue;
    }
    k.start = i;
    if (word_byte(c)) {
      while (i < len && (word_byte((unsigned char)s[i]) ||
                         ((s[i] == '\'' || s[i] == '-') && i + 1 < len &&
                          word_byte((unsigned char)s[i + 1]) && i > k.start)))
        i++;
      k.kind = TK_WORD;
    } else {
      i++;
      k.kind = c == '\n' ? TK_LINE : TK_PUNCT;
    }
    k.len = i - k.start;
    if (out->n == out->cap) {
      size_t cap = out->cap ? out->cap * 2 : 256;
      struct tok *nt = realloc(out->t, cap * sizeof *nt);
      if (!nt)
        return 1;
      out->t = nt;
      out->cap = cap;
    }
    out->t[out->n++] = k;
  }
  return 0;
}

static int is(const char *s, const struct tok *k, const char *w)
{
  return k->kind == TK_WORD && strlen(w) == k->len &&
         strncasecmp(s + k->start, w, k->len) == 0;
}

static int is_any(const char *s, const struct tok *k, const char *const *ws,
                  size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (is(s, k, ws[i]))
      return 1;
  return 0;
}

static int punct(const char *s, const struct tok *k, char c)
{
  return k->kind == TK_PUNCT && s[k->start] == c;
}

/* The value of an ordinal word ("seventh", "twenty-fourth", "hundredth"),
 * or 0. */
static int ordinal_word(const char *w, size_t n)
{
  static const char *const ones[] = {
      "first",     "second",      "third",      "fourth",     "fifth",
      "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
      "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
  static const char *const tens[] = {"twentieth", "thirtieth", "fortieth",
                                     "fiftieth",  "sixtieth",  "seventieth",
                                     "eightieth", "ninetieth"};
  size_t i;
  const char *h = memchr(w, '-', n);
  if (h) { /* "twenty-fourth" */
    int t = bc__lex_cardinal(w, (size_t)(h - w));
    int o = ordinal_word(h + 1, n - (size_t)(h - w) - 1);
    return t >= 20 && t % 10 == 0 && o >= 1 && o <= 9 ? t + o : 0;
  }
  for (i = 0; i < sizeof ones / sizeof *ones; i++)
    if (strlen(ones[i]) == n && strncasecmp(w, ones[i], n) == 0)
      return (int)i + 1;
  for (i = 0; i < sizeof tens / sizeof *tens; i++)
    if (strlen(tens[i]) == n && strncasecmp(w, tens[i], n) == 0)
      return (int)(i + 2) * 10;
  if (n == 9 && strncasecmp(w, "hundredth", 9) == 0)
    return 100;
  return 0;
}

/* The rank a word writes: "24", "05", "24th", "five", "twenty-four",
 * "seventh"; *ord set when written as an ordinal.  0 if none. */
static int rank_value(const char *w, size_t n, int *ord)
{
  size_t i = 0;
  int v = 0;
  *ord = 0;
  while (i < n && i < 4 && w[i] >= '0' && w[i] <= '9')
    v = v * 10 + (w[i++] - '0');
  if (i > 0) {
    if (i == n)
      return i <= 3 ? v : 0;
    if (n - i == 2 &&
        (strncasecmp(w + i, "st", 2) == 0 || strncasecmp(w + i, "nd", 2) == 0 ||
         strncasecmp(w + i, "rd", 2) == 0 ||
         strncasecmp(w + i, "th", 2) == 0)) {
      *ord = 1;
      return i <= 3 ? v : 0;
    }
    return 0;
  }
  if ((v = ordinal_word(w, n)) > 0) {
    *ord = 1;
    return v;
  }
  {
    const char *h = memchr(w, '-', n);
    if (h) {
      int t = bc__lex_cardinal(w, (size_t)(h - w));
      int o = bc__lex_cardinal(h + 1, n - (size_t)(h - w) - 1);
      return t >= 20 && t % 10 == 0 && o >= 1 && o <= 9 ? t + o : 0;
    }
  }
  if (n == 7 && strncasecmp(w, "hundred", 7) == 0)
    return 0; /* "a hundred": a count */
  if (n == 5 && strncasecmp(w, "dozen", 5) == 0)
    return 0;
  v = bc__lex_cardinal(w, n);
  return v > 0 ? v : 0;
}

/* A word of a name: capitalised, no function word, month or weekday. */
static int name_word(const char *s, const struct tok *k)
{
  size_t n = k->len;
  if (k->kind != TK_WORD || s[k->start] < 'A' || s[k->start] > 'Z')
    return 0;
  if (n > 2 && s[k->start + n - 2] == '\'' && s[k->start + n - 1] == 's')
    n -= 2;
  return n >= 2 && !bc__lex_is_function_word(s + k->start, n) &&
         !bc__cal_month_of(s + k->start, n) &&
         !bc__cal_weekday_of(s + k->start, n) &&
         !(s[k->start + 1] >= 'A' && s[k->start + 1] <= 'Z'); /* "HOST" */
}

/* The word's span without a possessive "'s". */
static struct bc_span bare(const char *s, const struct tok *k)
{
  struct bc_span sp = {k->start, k->start + k->len};
  if (k->len > 2 && s[sp.end - 2] == '\'' && s[sp.end - 1] == 's')
    sp.end -= 2;
  return sp;
}

/* The name that ends at token j (inclusive), read backwards: its first
 * token index, or (size_t)-1 when t[j] is not a name word. */
static size_t name_back(const char *s, const struct toks *tk, size_t j)
{
  size_t first = j, k = 0;
  if (!name_word(s, &tk->t[j]))
    return (size_t)-1;
  while (first > 0 && k + 1 < NAME_MAX_WORDS &&
         name_word(s, &tk->t[first - 1])) {
    first--;
    k++;
  }
  return first;
}

static void set_name(const char *s, const struct toks *tk, size_t first,
                     size_t last, struct rank_pair *p)
{
  p->text = s;
  p->name_last = bare(s, &tk->t[last]);
  p->name_prev.start = p->name_prev.end = 0;
  if (last > first)
    p->name_prev = bare(s, &tk->t[last - 1]);
  p->whole.start = tk->t[first].start;
}

/* Is the rank at token k followed by words that make it something else: an
 * age, a share, a count ("at 24 years", "at 27%", "at 56 points"), or a
 * rank counted from the other end ("third from the bottom", "second to
 * last", "second-last")? */
static int not_a_plain_rank(const char *s, const struct toks *tk, size_t k)
{
  static const char *const ok_next[] = {
      "and",    "but",      "with",    "while",    "spot",
      "place",  "position", "overall", "on",       "in",
      "behind", "ahead",    "just",    "followed", "for"};
  const struct tok *w = &tk->t[k];
  if (w->len > 5 && (strncasecmp(s + w->start + w->len - 5, "-last", 5) == 0))
    return 1;
  if (k + 1 >= tk->n)
    return 0;
  if (tk->t[k + 1].kind == TK_LINE)
    return 0;
  if (tk->t[k + 1].kind == TK_PUNCT)
    return punct(s, &tk->t[k + 1], '%') || punct(s, &tk->t[k + 1], '-') ||
           punct(s, &tk->t[k + 1], '/');
  if (!is_any(s, &tk->t[k + 1], ok_next, sizeof ok_next / sizeof *ok_next))
    return 1;
  if (k + 2 < tk->n &&
      (is(s, &tk->t[k + 1], "from") || is(s, &tk->t[k + 1], "to")))
    return 1;
  return 0;
}

/* Ranks tied to names in the prose of s: "NAME at 24", "NAME (is|sits|
 * landing ...) at number five", "NAME's appearance, at No. 62", "NAME is
 * seventh", "NAME eighth,", "NAME in the hundredth spot".  Appends to *out
 * (growing it); returns nonzero on out-of-memory. */
static int prose_pairs(const char *s, const struct toks *tk,
                       struct rank_pair **out, size_t *n, size_t *cap)
{
  static const char *const filler[] = {
      "is",         "was",      "sits",    "sat",     "sitting",  "lands",
      "landed",     "landing",  "land",    "comes",   "came",     "coming",
      "ranked",     "ranks",    "placed",  "appears", "appeared", "appearing",
      "appearance", "ranking",  "listed",  "just",    "only",     "then",
      "finished",   "finishes", "slots",   "slotted", "also",     "checks",
      "weighs",     "come",     "placing", "spot",    "entry",    "in",
      "at"};
  size_t k;
  for (k = 1; k < tk->n; k++) {
    int ord, v, marker = 0, fillers = 0, commas = 0;
    size_t j, first;
    const struct tok *w = &tk->t[k];
    if (w->kind != TK_WORD || !(v = rank_value(s + w->start, w->len, &ord)))
      continue;
    j = k - 1;
    /* The rank's marker: "#", "number", "No.", "at", "the". */
    if (punct(s, &tk->t[j], '#') && tk->t[j].start + 1 == w->start) {
      marker = 1;
      if (j == 0)
        continue;
      j--;
    } else if (is(s, &tk->t[j], "number") ||
               (punct(s, &tk->t[j], '.') && j > 0 &&
                is(s, &tk->t[j - 1], "No"))) {
      marker = 1;
      j -= is(s, &tk->t[j], "number") ? 1 : 2;
      if (j == (size_t)-1)
        continue;
    } else if (ord && is(s, &tk->t[j], "the")) {
      if (k + 1 >= tk->n ||
          !(is(s, &tk->t[k + 1], "spot") || is(s, &tk->t[k + 1], "place") ||
            is(s, &tk->t[k + 1], "position")))
        continue;
      marker = 1;
      if (j == 0)
        continue;
      j--;
    }
    if (!marker && !ord && !is(s, &tk->t[j], "at"))
      continue; /* a bare cardinal after a name is no rank */
    if (!marker && ord && v < 3)
      continue; /* "Plant first sang": an order of telling */
    if (not_a_plain_rank(s, tk, k))
      continue;
    /* Words between the name and its rank. */
    for (;;) {
      if (tk->t[j].kind == TK_WORD &&
          is_any(s, &tk->t[j], filler, sizeof filler / sizeof *filler) &&
          fillers < FILLER_MAX)
        fillers++;
      else if (punct(s, &tk->t[j], ',') && commas == 0 && fillers > 0)
        commas++;
      else
        break;
      if (j == 0)
        break;
      j--;
    }
    if (is(s, &tk->t[j], "died") || is(s, &tk->t[j], "aged") ||
        is(s, &tk->t[j], "age"))
      continue;
    if ((first = name_back(s, tk, j)) == (size_t)-1)
      continue;
    /* "at 24" right after a name with nothing between: an age as often
     * as a rank, but for a ranked list ("Kurt Cobain at 24,"), which the
     * caller asks of the source. */
    if (*n == *cap) {
      size_t nc = *cap ? *cap * 2 : 16;
      struct rank_pair *np = realloc(*out, nc * sizeof *np);
      if (!np)
        return 1;
      *out = np;
      *cap = nc;
    }
    set_name(s, tk, first, j, &(*out)[*n]);
    (*out)[*n].whole.end = w->start + w->len;
    (*out)[*n].value = v;
    (*n)++;
  }
  return 0;
}

/* The source's numbered lines: "24. Kurt Cobain", "No. 56 Joan Jett",
 * "#3 Steven Tyler", "7) Bruce Dickinson", at a line's start.  Appends;
 * returns how many were read, or (size_t)-1 on out-of-memory. */
static size_t list_pairs(const char *s, const struct toks *tk,
                         struct rank_pair **out, size_t *n, size_t *cap)
{
  size_t k, got = 0;
  for (k = 0; k < tk->n; k++) {
    size_t j = k, first, last;
    int ord, v;
    if (k > 0 && tk->t[k - 1].kind != TK_LINE)
      continue;
    if (punct(s, &tk->t[j], '-') || punct(s, &tk->t[j], '*'))
      j++;
    if (j < tk->n && punct(s, &tk->t[j], '#'))
      j++;
    else if (j + 1 < tk->n && is(s, &tk->t[j], "No") &&
             punct(s, &tk->t[j + 1], '.'))
      j += 2;
    if (j + 1 >= tk->n || tk->t[j].kind != TK_WORD)
      continue;
    v = rank_value(s + tk->t[j].start, tk->t[j].len, &ord);
    if (v <= 0 || (s[tk->t[j].start] < '0' || s[tk->t[j].start] > '9'))
      continue;
    first = j + 1;
    if (punct(s, &tk->t[first], '.') || punct(s, &tk->t[first], ')') ||
        punct(s, &tk->t[first], ':'))
      first++;
    if (first >= tk->n || !name_word(s, &tk->t[first]))
      continue;
    for (last = first; last + 1 < tk->n && last + 1 - first < NAME_MAX_WORDS &&
                       name_word(s, &tk->t[last + 1]);
         last++)
      ;
    if (*n == *cap) {
      size_t nc = *cap ? *cap * 2 : 64;
      struct rank_pair *np = realloc(*out, nc * sizeof *np);
      if (!np)
        return (size_t)-1;
      *out = np;
      *cap = nc;
    }
    set_name(s, tk, first, last, &(*out)[*n]);
    (*out)[*n].whole.start = tk->t[k].start;
    (*out)[*n].whole.end = tk->t[last].start + tk->t[last].len;
    (*out)[*n].value = v;
    (*n)++;
    got++;
  }
  return got;
}

static int span_eq(const char *a, struct bc_span x, const char *b,
                   struct bc_span y)
{
  return x.end - x.start == y.end - y.start &&
         memcmp(a + x.start, b + y.start, x.end - x.start) == 0;
}

/* Does the source's name q name the claim's p: the same last word, and the
 * same word before it where both have one? */
static int same_name(const char *ct, const struct rank_pair *p, const char *st,
                     const struct rank_pair *q)
{
  if (!span_eq(ct, p->name_last, st, q->name_last))
    return 0;
  return p->name_prev.end == 0 || q->name_prev.end == 0 ||
         span_eq(ct, p->name_prev, st, q->name_prev);
}

/* The source's ranked names, read on the first claim that ties a rank to
 * a name and kept for the check: sorted by the name's last word, so that
 * each claim looks its names up instead of reading the source again. */
struct bc__rankidx {
  struct rank_pair *sp;
  size_t n_sp;
  int listed; /* the source numbers a list of LIST_MIN lines or more */
};

static int cmp_last(const char *a, struct bc_span x, const char *b,
                    struct bc_span y)
{
  size_t nx = x.end - x.start, ny = y.end - y.start;
  int d = memcmp(a + x.start, b + y.start, nx < ny ? nx : ny);
  return d ? d : (nx > ny) - (nx < ny);
}

static int by_last_word(const void *a, const void *b)
{
  const struct rank_pair *p = a, *q = b;
  int d = cmp_last(p->text, p->name_last, q->text, q->name_last);
  /* Ties in reading order, the list's entries first: the one quoted. */
  return d ? d : (p->seq > q->seq) - (p->seq < q->seq);
}

static struct bc__rankidx *source_ranks(struct bc__vstate *v)
{
  struct toks st = {NULL, 0, 0};
  struct bc__rankidx *x;
  size_t cap = 0, n_list;
  if (v->rankidx)
    return v->rankidx;
  x = bc__calloc(1, sizeof *x);
  if (!x || tokenize(v->doc->text, v->doc->text_len, &st))
    goto nomem;
  n_list = list_pairs(v->doc->text, &st, &x->sp, &x->n_sp, &cap);
  if (n_list == (size_t)-1)
    goto nomem;
  x->listed = n_list >= LIST_MIN;
  if (x->listed && prose_pairs(v->doc->text, &st, &x->sp, &x->n_sp, &cap))
    goto nomem;
  for (size_t k = 0; k < x->n_sp; k++)
    x->sp[k].seq = k;
  if (x->n_sp > 1)
    qsort(x->sp, x->n_sp, sizeof *x->sp, by_last_word);
  free(st.t);
  v->rankidx = x;
  return x;
nomem:
  free(st.t);
  if (x)
    free(x->sp);
  free(x);
  v->rc = BC_ERR_NOMEM;
  return NULL;
}

void bc__check_ranks_release(struct bc__vstate *v)
{
  if (!v->rankidx)
    return;
  free(v->rankidx->sp);
  free(v->rankidx);
  v->rankidx = NULL;
}

void bc__check_ranks_list(struct bc__vstate *v, const struct bc__claim *c)
{
  struct toks ct = {NULL, 0, 0};
  struct rank_pair *cp = NULL;
  const struct bc__rankidx *x;
  size_t n_cp = 0, cap_cp = 0, i, j;
  const char *t = v->doc->text;
  if (!t || !c->len)
    return;
  if (tokenize(c->text, c->len, &ct) ||
      prose_pairs(c->text, &ct, &cp, &n_cp, &cap_cp)) {
    v->rc = BC_ERR_NOMEM;
    goto out;
  }
  if (n_cp == 0 || !(x = source_ranks(v)) || !x->listed)
    goto out; /* no ranked list: "at 24" may be an age */
  for (i = 0; i < n_cp && !v->rc; i++) {
    size_t other = (size_t)-1, lo = 0, hi = x->n_sp;
    int agree = 1, given = 0;
    /* The first of the source's names with the claim's last word. */
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (cmp_last(t, x->sp[mid].name_last, c->text, cp[i].name_last) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (j = lo; j < x->n_sp &&
                 span_eq(c->text, cp[i].name_last, t, x->sp[j].name_last);
         j++) {
      const struct rank_pair *q = &x->sp[j];
      if (!same_name(c->text, &cp[i], t, q))
        continue;
      if (q->value == cp[i].value)
        given = 1;
      else if (other == (size_t)-1)
        other = j;
      else if (x->sp[other].value != q->value)
        agree = 0;
    }
    if (given || other == (size_t)-1 || !agree)
      continue;
    v->r->checked.numbers++;
    if (!bc__check_error_within(v, c, cp[i].whole))
      bc__check_source_says(v, c, cp[i].whole, x->sp[other].whole, NULL, 0);
  }
out:
  free(ct.t);
  free(cp);
}
