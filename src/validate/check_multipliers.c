/* check_multipliers.c - the factor of a change written as a word:
 * "doubled", "tripled", "quadrupled", "halved", "tenfold", "10-fold".  A
 * claim's factor must be the one the source gives in the same words; the
 * amounts around it are left to the number checker.  "N times" is not read
 * (too often a count of events: "three times a week"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
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
  for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
    if (word_is(w, n, verbs[k].w))
      return verbs[k].x;
  return 0;
}

double bc__check_count_word(const char *w, size_t n)
{
  size_t k;
  double x = 0;
  int c;
  if (n && w[0] >= '0' && w[0] <= '9') {
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

/* The factors of t[0..len), at most max of them, in out; returns how many. */
static size_t factors(const char *t, size_t len, struct bc__pval *out,
                      size_t max)
{
  size_t pos = 0, s, n, ps = 0, pn = 0, k = 0;
  while (k < max && (n = bc__validate_next_word(t, len, &pos, &s)) > 0) {
    double x = verb_factor(t + s, n);
    struct bc_span at = {s, s + n};
    if (!x && n > 4 && strncasecmp(t + s + n - 4, "fold", 4) == 0)
      x = bc__check_count_word(t + s, n - 4); /* "tenfold", "hundredfold" */
    if (!x && word_is(t + s, n, "fold") && pn && joined(t, ps + pn, s)) {
      x = bc__check_count_word(t + ps, pn); /* "10-fold", "ten fold" */
      at.start = ps;
    }
    if (x) {
      out[k].x = x;
      out[k].y = 0;
      out[k].at = at;
      k++;
    }
    ps = s;
    pn = n;
  }
  return k;
}

#define MAX_FACTORS 64

void bc__check_multipliers(struct bc__vstate *v, const struct bc__claim *c)
{
  struct bc__pval cm[MAX_FACTORS], *sm = NULL;
  size_t nc = factors(c->text, c->len, cm, MAX_FACTORS), ns;
  if (!nc || v->rc || !v->doc->text)
    return;
  sm = bc__calloc(MAX_FACTORS * 4, sizeof *sm);
  if (!sm) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  ns = factors(v->doc->text, v->doc->text_len, sm, MAX_FACTORS * 4);
  /* "increased fivefold" where the source's land-bird populations
   * "increased tenfold". */
  bc__check_counterparts(v, c, cm, nc, sm, ns, NULL,
                         "the source gives the factor as");
  free(sm);
}
