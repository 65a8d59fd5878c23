/* check_within.c - the time limit of "within an hour", "within 30
 * minutes", "within half a day": a claim's limit must be the one the
 * source gives for the same event, told by the words around it.  A limit
 * the source gives in other words ("in under an hour") is not read, so a
 * paraphrase is never held against it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "validate/validate_internal.h"

static int word_is(const char *w, size_t n, const char *s)
{
  return strlen(s) == n && strncasecmp(w, s, n) == 0;
}

/* Minutes in the unit word t[0..n), singular or plural, else 0. */
static double unit_minutes(const char *w, size_t n)
{
  static const struct {
    const char *w;
    double min;
  } units[] = {{"minute", 1},     {"hour", 60},         {"day", 1440},
               {"week", 10080},   {"fortnight", 20160}, {"month", 43829.1},
               {"year", 525949.2}};
  size_t k;
  if (n > 1 && (w[n - 1] == 's' || w[n - 1] == 'S'))
    n--;
  for (k = 0; k < sizeof units / sizeof units[0]; k++)
    if (word_is(w, n, units[k].w))
      return units[k].min;
  return 0;
}

/* The count word of a limit: "a", "an", "one", "30", "two", else 0. */
static double count_of(const char *w, size_t n)
{
  if (word_is(w, n, "a") || word_is(w, n, "an") || word_is(w, n, "one") ||
      word_is(w, n, "1"))
    return 1;
  return bc__check_count_word(w, n);
}

/* The limits of w's words [wi, to) (a phrase reader): "within", then
 * "half a" or a count, then the unit. */
static size_t limits(const struct bc__wordtab *w, size_t wi, size_t to,
                     struct bc__pval *out, size_t max)
{
  const char *t = w->t;
  size_t s0, n0, k = 0;
  while (k < max && (n0 = bc__wordtab_next(w, &wi, to, &s0)) > 0) {
    size_t p = wi, s[3], n[3] = {0, 0, 0}, i;
    double x, u;
    if (n0 != 6 || (t[s0] | 32) != 'w' || !word_is(t + s0, n0, "within"))
      continue;
    for (i = 0; i < 3; i++)
      n[i] = bc__wordtab_next(w, &p, to, &s[i]);
    if (n[2] && word_is(t + s[0], n[0], "half") &&
        (word_is(t + s[1], n[1], "a") || word_is(t + s[1], n[1], "an")) &&
        (u = unit_minutes(t + s[2], n[2])) > 0) {
      x = 0.5 * u;
      i = 2;
    } else if (n[1] && (x = count_of(t + s[0], n[0])) > 0 &&
               (u = unit_minutes(t + s[1], n[1])) > 0) {
      x *= u;
      i = 1;
    } else {
      continue;
    }
    out[k].x = x;
    out[k].y = 0;
    out[k].at.start = s0;
    out[k].at.end = s[i] + n[i];
    k++;
  }
  return k;
}

#define MAX_LIMITS 64

void bc__check_within(struct bc__vstate *v, const struct bc__claim *c)
{
  struct bc__pval cl[MAX_LIMITS];
  const struct bc__pval *sl;
  size_t nc, ns;
  if (!c->words.t || v->rc)
    return;
  nc = limits(&c->words, 0, c->words.n, cl, MAX_LIMITS);
  if (!nc || !(sl = bc__check_source_phrases(v, BC__PHR_LIMITS, limits, &ns)))
    return;
  /* "died within an hour of being exposed" where the source's died
   * "within 30 minutes of being exposed". */
  bc__check_counterparts(v, c, cl, nc, sl, ns, NULL,
                         "the source gives the time as");
}
