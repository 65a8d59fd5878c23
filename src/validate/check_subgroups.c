/* check_subgroups.c - a part of a whole written "ten of the 18 staffers",
 * "4 of 7", "three out of five": the pair is one fact.  A claim's pair must
 * be the one the source gives in the same words ("ten of the 20 staffers"
 * where the source has "Ten of the 18" on that shift and "six of the 20"
 * on another is wrong), and a pair the source states as it is supports
 * both its numbers, whatever else the source counts with them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "validate/validate_internal.h"

static int word_is(const char *w, size_t n, const char *s)
{
  return strlen(s) == n && strncasecmp(w, s, n) == 0;
}

/* The value of a count: digits (thousands groups are not read: a part of
 * a whole this size is written in words or small digits), "one", "ten". */
static double count_of(const char *w, size_t n)
{
  if (word_is(w, n, "one") || word_is(w, n, "1"))
    return 1;
  return bc__check_count_word(w, n);
}

/* A word of letters only. */
static int letters(const char *w, size_t n)
{
  size_t k;
  for (k = 0; k < n; k++)
    if (!((w[k] >= 'a' && w[k] <= 'z') || (w[k] >= 'A' && w[k] <= 'Z')))
      return 0;
  return n > 0;
}

static int digit(char ch)
{
  return ch >= '0' && ch <= '9';
}

/* Is the word t[s..s+n) of a text of len bytes a count on its own, not a
 * piece of a longer number: "5" and "19" of "4.5% of its 19.7 million" are
 * a decimal's digits, a percentage's, or a group of "1,500". */
static int whole_word(const char *t, size_t len, size_t s, size_t n)
{
  size_t e = s + n;
  if (s >= 2 && (t[s - 1] == '.' || t[s - 1] == ',') && digit(t[s - 2]))
    return 0;
  if (e < len && t[e] == '%')
    return 0;
  return !(e + 1 < len && (t[e] == '.' || t[e] == ',') && digit(t[e + 1]));
}

/* The pairs of w's words [wi, to) (a phrase reader). */
static size_t pairs(const struct bc__wordtab *w, size_t wi, size_t to,
                    struct bc__pval *out, size_t max)
{
  const char *t = w->t;
  size_t s0, n0, k = 0;
  while (k < max && (n0 = bc__wordtab_next(w, &wi, to, &s0)) > 0) {
    size_t p = wi, s[5], n[5], i = 0, j;
    double a = count_of(t + s0, n0), b;
    if (a <= 0 || !whole_word(t, w->len, s0, n0))
      continue;
    for (j = 0; j < 5; j++)
      n[j] = bc__wordtab_next(w, &p, to, &s[j]);
    /* "N of M", "N of the M", "N out of M" */
    if (n[0] && word_is(t + s[0], n[0], "out"))
      i = 1;
    if (!n[i] || !word_is(t + s[i], n[i], "of"))
      continue;
    j = i + 1;
    if (n[j] &&
        (word_is(t + s[j], n[j], "the") || word_is(t + s[j], n[j], "its") ||
         word_is(t + s[j], n[j], "their")))
      j++;
    if (j >= 4 || !n[j] || (b = count_of(t + s[j], n[j])) <= a ||
        !whole_word(t, w->len, s[j], n[j]))
      continue;
    out[k].x = a;
    out[k].y = b;
    out[k].at.start = s0;
    out[k].at.end = s[j] + n[j];
    /* with the noun counted, when it follows at once: "of the 18 staffers" */
    if (n[j + 1] && s[j + 1] == out[k].at.end + 1 && t[out[k].at.end] == ' ' &&
        letters(t + s[j + 1], n[j + 1]))
      out[k].at.end = s[j + 1] + n[j + 1];
    k++;
  }
  return k;
}

/* How many words before a claim's number its pair may start. */
#define PAIR_WORDS 6

int bc__check_pair_stated(struct bc__vstate *v, const struct bc__claim *c,
                          struct bc_span at)
{
  struct bc__pval cp[8];
  const struct bc__pval *sp;
  const struct bc__wordtab *w = &c->words;
  size_t lo = 0, hi = w->n, to, nc, ns, i, j;
  int found = 0;
  if (!w->t)
    return 0;
  /* Only the words around the number are read (a check asks this of every
   * number of a long text): from a few words before it. */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (w->start[mid] < at.start)
      lo = mid + 1;
    else
      hi = mid;
  }
  lo = lo > PAIR_WORDS ? lo - PAIR_WORDS : 0;
  to = lo + 2 * PAIR_WORDS < w->n ? lo + 2 * PAIR_WORDS : w->n;
  nc = pairs(w, lo, to, cp, 8);
  for (i = 0; i < nc; i++)
    if (cp[i].at.start <= at.start && at.start < cp[i].at.end)
      break;
  if (i == nc || !(sp = bc__check_source_phrases(v, BC__PHR_PAIRS, pairs, &ns)))
    return 0;
  for (j = 0; j < ns && !found; j++)
    found = sp[j].x == cp[i].x && sp[j].y == cp[i].y;
  return found;
}

/* Pairs that keep one number: pairs that share none are other facts. */
static int kin(const struct bc__pval *a, const struct bc__pval *b)
{
  return a->x == b->x || a->y == b->y;
}

void bc__check_subgroups(struct bc__vstate *v, const struct bc__claim *c)
{
  /* "ten of the 20 staffers on the midnight shift" where the source's
   * midnight shift had "Ten of the 18". */
  static const struct bc__phrase_checker part = {BC__PHR_PAIRS, pairs, kin,
                                                 "the source says"};
  bc__check_phrases(v, c, &part);
}
