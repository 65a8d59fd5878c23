/* check_within.c - a span of time said of an event: the limit of "within
 * an hour", "within 30 minutes", "within half a day"; the point of "by six
 * months"; the bound of "more than a year", "less than a week"; the length
 * of a "half-hour" or "hourlong" meeting ("10-year" and the like are not
 * read: too often the name of a thing, "the 10-year note").  A claim's
 * span must be the one the source gives for the same event, told by the
 * words around it, in the same sort of phrase (a bound is no limit).  A
 * span the source gives in other words ("in under an hour") is not read,
 * so a paraphrase is never held against it. */
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

enum { SPAN_WITHIN, SPAN_BY, SPAN_BOUND, SPAN_LENGTH };

/* The sort of span the lead word t[s..s+n) opens (p: the word before it),
 * else -1. */
static int lead_kind(const struct bc__wordtab *w, size_t s, size_t n, size_t ps,
                     size_t pn)
{
  const char *t = w->t;
  if (word_is(t + s, n, "within"))
    return SPAN_WITHIN;
  if (word_is(t + s, n, "by"))
    return SPAN_BY;
  if (word_is(t + s, n, "than") && pn &&
      (word_is(t + ps, pn, "more") || word_is(t + ps, pn, "less") ||
       word_is(t + ps, pn, "fewer")))
    return SPAN_BOUND;
  return -1;
}

/* The length of "hourlong", "weeklong", "yearlong" in minutes, else 0. */
static double long_word(const char *w, size_t n)
{
  if (n < 7 || strncasecmp(w + n - 4, "long", 4) != 0)
    return 0;
  return unit_minutes(w, n - 4);
}

/* The spans of w's words [wi, to) (a phrase reader): a lead word, then
 * "half a" or a count, then the unit; or a length: "half-hour",
 * "hourlong", "hour-long". */
static size_t limits(const struct bc__wordtab *w, size_t wi, size_t to,
                     struct bc__pval *out, size_t max)
{
  const char *t = w->t;
  size_t s0, n0, ps = 0, pn = 0, k = 0;
  while (k < max && (n0 = bc__wordtab_next(w, &wi, to, &s0)) > 0) {
    size_t p = wi, s[3], n[3] = {0, 0, 0}, i;
    double x = 0, u;
    int kind = lead_kind(w, s0, n0, ps, pn);
    size_t lead = kind == SPAN_BOUND ? ps : s0;
    ps = s0;
    pn = n0;
    for (i = 0; i < 3; i++)
      n[i] = bc__wordtab_next(w, &p, to, &s[i]);
    if (kind < 0) {
      /* a length: one word, or two joined by a hyphen */
      int hy = n[0] && s[0] == s0 + n0 + 1 && t[s0 + n0] == '-';
      kind = SPAN_LENGTH;
      i = 0;
      if ((x = long_word(t + s0, n0)) > 0)
        n[0] = 0; /* "hourlong" */
      else if (hy && word_is(t + s[0], n[0], "long"))
        x = unit_minutes(t + s0, n0); /* "hour-long" */
      else if (hy && (u = unit_minutes(t + s[0], n[0])) > 0 &&
               (t[s[0] + n[0] - 1] | 32) != 's') {
        if (word_is(t + s0, n0, "half"))
          x = 0.5 * u; /* "half-hour" */
      }
      if (x <= 0)
        continue;
      out[k].x = x;
      out[k].y = 0;
      out[k].kind = kind;
      out[k].at.start = s0;
      out[k].at.end = n[0] ? s[0] + n[0] : s0 + n0;
      k++;
      continue;
    }
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
    out[k].kind = kind;
    out[k].at.start = lead;
    out[k].at.end = s[i] + n[i];
    k++;
  }
  return k;
}

/* Spans of one sort stand for each other. */
static int same_sort(const struct bc__pval *a, const struct bc__pval *b)
{
  return a->kind == b->kind;
}

void bc__check_within(struct bc__vstate *v, const struct bc__claim *c)
{
  /* "died within an hour of being exposed" where the source's died
   * "within 30 minutes of being exposed". */
  static const struct bc__phrase_checker limit = {
      BC__PHR_LIMITS, limits, same_sort, "the source gives the time as"};
  bc__check_phrases(v, c, &limit);
}
