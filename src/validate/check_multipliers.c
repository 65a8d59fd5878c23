/* check_multipliers.c - the factor of a change or a comparison:
 * "doubled", "tripled", "quadrupled", "halved", "tenfold", "10-fold",
 * "12x", "2-3x" (a range), "twice as", "five times as", "half as much",
 * "a third as many".  A claim's factor must be the one the source gives in
 * the same words; the amounts around it are left to the number checker.
 * "N times" alone is not read (too often a count of events: "three times a
 * week"); only "N times as" is. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/lexicon.h"
#include "validate/validate_internal.h"

static int word_is(const char *w, size_t n, const char *s)
{
  return strlen(s) == n && strncasecmp(w, s, n) == 0;
}

/* The factor a verb of multiplying says, else 0. */
static double verb_factor(const char *w, size_t n)
{
  static const struct {
    const char *w;
    double x;
  } verbs[] = {{"doubled", 2},     {"doubling", 2},    {"tripled", 3},
               {"tripling", 3},    {"trebled", 3},     {"trebling", 3},
               {"quadrupled", 4},  {"quadrupling", 4}, {"quintupled", 5},
               {"quintupling", 5}, {"halved", 0.5},    {"halving", 0.5}};
  size_t k;
  if (n < 6 || n > 11)
    return 0;
  for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
    if (verbs[k].w[0] == (w[0] | 32) && word_is(w, n, verbs[k].w))
      return verbs[k].x;
  return 0;
}

/* The factor of a verb's plain form ("double", "triple") after a word
 * that makes it a verb ("will double", "more than double", "to treble"),
 * not an adjective ("a double room"); else 0. */
static double plain_verb_factor(const char *w, size_t n, const char *p,
                                size_t pn)
{
  static const char *const before[] = {"will",   "would",   "could", "may",
                                       "might",  "to",      "than",  "nearly",
                                       "almost", "roughly", "set",   "should"};
  static const struct {
    const char *w;
    double x;
  } verbs[] = {{"double", 2},
               {"triple", 3},
               {"treble", 3},
               {"quadruple", 4},
               {"halve", 0.5}};
  size_t k;
  int verb = 0;
  for (k = 0; pn && k < sizeof before / sizeof before[0]; k++)
    verb |= word_is(p, pn, before[k]);
  for (k = 0; verb && k < sizeof verbs / sizeof verbs[0]; k++)
    if (word_is(w, n, verbs[k].w))
      return verbs[k].x;
  return 0;
}

double bc__check_count_word(const char *w, size_t n)
{
  size_t k;
  double x = 0;
  int c;
  if (n == 0 || n > 9)
    return 0;
  if (w[0] >= '0' && w[0] <= '9') {
    for (k = 0; k < n; k++) {
      if (w[k] < '0' || w[k] > '9')
        return 0;
      x = x * 10 + (w[k] - '0');
    }
    return x;
  }
  if (word_is(w, n, "hundred"))
    return 100;
  if (word_is(w, n, "thousand"))
    return 1000;
  c = bc__lex_cardinal(w, n);
  return c > 1 ? c : 0;
}

/* The factor of "12x" (digits then one x), else 0. */
static double x_factor(const char *w, size_t n)
{
  if (n < 2 || (w[n - 1] | 32) != 'x')
    return 0;
  return bc__check_count_word(w, n - 1);
}

/* The low end of a range of factors: a count, or "one". */
static double low_count(const char *w, size_t n)
{
  return word_is(w, n, "one") ? 1 : bc__check_count_word(w, n);
}

/* The fraction "half", "third", "quarter", "fifth" stands for, else 0. */
static double fraction_word(const char *w, size_t n)
{
  if (word_is(w, n, "half"))
    return 0.5;
  if (word_is(w, n, "third"))
    return 1.0 / 3;
  if (word_is(w, n, "quarter"))
    return 0.25;
  if (word_is(w, n, "fifth"))
    return 0.2;
  return 0;
}

/* Nonzero when only spaces or one hyphen lie between t[a] and t[b]. */
static int joined(const char *t, size_t a, size_t b)
{
  int hy = 0;
  for (; a < b; a++) {
    if (t[a] == '-' && !hy)
      hy = 1;
    else if (t[a] != ' ')
      return 0;
  }
  return 1;
}

/* The factors of w's words [i, to) (a phrase reader). */
static size_t factors(const struct bc__wordtab *w, size_t i, size_t to,
                      struct bc__pval *out, size_t max)
{
  const char *t = w->t;
  size_t s, n, ps = 0, pn = 0, pps = 0, ppn = 0, qs = 0, qn = 0, k = 0;
  while (k < max && (n = bc__wordtab_next(w, &i, to, &s)) > 0) {
    double x = verb_factor(t + s, n), y = 0, f;
    struct bc_span at = {s, s + n};
    if (!x)
      x = plain_verb_factor(t + s, n, t + ps, pn);
    size_t p = i, s2, n2 = bc__wordtab_next(w, &p, to, &s2);
    int as_next = n2 && word_is(t + s2, n2, "as");
    if (!x && n > 4 && strncasecmp(t + s + n - 4, "fold", 4) == 0)
      x = bc__check_count_word(t + s, n - 4); /* "tenfold", "hundredfold" */
    if (!x && word_is(t + s, n, "fold") && pn && joined(t, ps + pn, s)) {
      x = bc__check_count_word(t + ps, pn); /* "10-fold", "ten fold" */
      at.start = ps;
    }
    if (!x && (x = x_factor(t + s, n)) > 0 && pn && s == ps + pn + 1 &&
        t[ps + pn] == '-' && bc__check_count_word(t + ps, pn) > 0) {
      y = x; /* "2-3x" */
      x = bc__check_count_word(t + ps, pn);
      at.start = ps;
    } else if (x && pn && s == ps + pn + 1 && t[ps + pn] == '.' &&
               x_factor(t + s, n) > 0) {
      x = 0; /* "1.5x": not read */
    }
    if (!x && as_next && word_is(t + s, n, "twice"))
      x = 2;
    if (!x && as_next && word_is(t + s, n, "times") && pn &&
        (x = bc__check_count_word(t + ps, pn)) > 0) {
      at.start = ps; /* "five times as" */
      if (qn && ppn &&
          (word_is(t + pps, ppn, "to") || word_is(t + pps, ppn, "or")) &&
          low_count(t + qs, qn) > 0) {
        y = x; /* "one to two times as" */
        x = low_count(t + qs, qn);
        at.start = qs;
      } else if (ppn && s == ps + pn + 1 && ps == pps + ppn + 1 &&
                 t[pps + ppn] == '-' &&
                 bc__check_count_word(t + pps, ppn) > 0) {
        y = x; /* "2-3 times as" */
        x = bc__check_count_word(t + pps, ppn);
        at.start = pps;
      }
    }
    if (!x && as_next && (f = fraction_word(t + s, n)) > 0) {
      if (f == 0.5 ||
          (pn && (word_is(t + ps, pn, "a") || word_is(t + ps, pn, "one")))) {
        x = f; /* "half as much", "a third as many" */
        size_t s3, n3 = bc__wordtab_next(w, &p, to, &s3);
        if (f != 0.5)
          at.start = ps;
        if (word_is(t + s3, n3, "much") || word_is(t + s3, n3, "many"))
          at.end = s3 + n3;
      }
    }
    if (x) {
      out[k].x = x;
      out[k].y = y;
      out[k].at = at;
      k++;
    }
    qs = pps;
    qn = ppn;
    pps = ps;
    ppn = pn;
    ps = s;
    pn = n;
  }
  return k;
}

void bc__check_multipliers(struct bc__vstate *v, const struct bc__claim *c)
{
  /* "increased fivefold" where the source's land-bird populations
   * "increased tenfold". */
  static const struct bc__phrase_checker factor = {
      BC__PHR_FACTORS, factors, NULL, "the source gives the factor as"};
  bc__check_phrases(v, c, &factor);
}
