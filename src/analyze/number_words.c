/* number_words.c - numbers spelled out in words: "two", "twenty-five",
 * "a dozen", "two and a half", "four hundred and twelve thousand", "one
 * point two billion", "two thirds".  Only the value; what the number counts
 * and whether it is a quantity at all is decided in numbers.c. */
#include "analyze/number_words.h"

static int adj(const struct an *a, size_t i)
{
  return i < a->ntok && !a->tok[i].sp;
}

static const char *const time_units[] = {
    "century", "day",    "decade", "hour", "minute", "month",
    "quarter", "second", "week",   "year", NULL};

double bc__an_scale_word(const struct an *a, size_t i)
{
  if (bc__an_tok_is(a, i, "hundred"))
    return 1e2;
  if (bc__an_tok_is(a, i, "thousand"))
    return 1e3;
  if (bc__an_tok_is(a, i, "million") || bc__an_tok_is(a, i, "mln"))
    return 1e6;
  if (bc__an_tok_is(a, i, "billion") || bc__an_tok_is(a, i, "bn"))
    return 1e9;
  if (bc__an_tok_is(a, i, "trillion"))
    return 1e12;
  return 0;
}

/* The denominator of a fraction word: "half" 2, "thirds" 3; else 0. */
static int denominator(const struct an *a, size_t i)
{
  static const struct {
    const char *w;
    int d;
  } den[] = {{"half", 2},    {"halves", 2},   {"third", 3}, {"thirds", 3},
             {"quarter", 4}, {"quarters", 4}, {"fifth", 5}, {"fifths", 5},
             {"tenth", 10},  {"tenths", 10}};
  size_t k;
  for (k = 0; k < sizeof den / sizeof den[0]; k++)
    if (bc__an_tok_is(a, i, den[k].w))
      return den[k].d;
  return 0;
}

/* One group below a thousand in words at i: "four", "twenty-five", "two
 * hundred eighty-seven", "four hundred and twelve", "eighteen hundred and
 * forty", "a hundred and forty".  Returns the token after it, or 0. */
size_t bc__an_word_group(const struct an *a, size_t i, double *v)
{
  int w = bc__an_word_number(a, i);
  size_t j = i + 1;
  double x;
  if ((bc__an_tok_is(a, i, "a") || bc__an_tok_is(a, i, "an")) &&
      bc__an_tok_is(a, i + 1, "hundred"))
    w = 1;
  else if (w < 0)
    return 0;
  x = w;
  if (w >= 20 && w % 10 == 0 && bc__an_is_punct(a, j, '-') && adj(a, j) &&
      adj(a, j + 1)) {
    int u = bc__an_word_number(a, j + 1);
    if (u >= 1 && u <= 9) {
      x += u;
      j += 2;
    }
  }
  if (x >= 1 && x < 100 && bc__an_tok_is(a, j, "hundred")) {
    size_t r = j + 1;
    int t;
    x *= 100;
    j++;
    if (bc__an_tok_is(a, r, "and"))
      r++;
    t = bc__an_word_number(a, r);
    if (t >= 1 && t < 100 && !bc__an_tok_is(a, r, "dozen")) {
      x += t;
      j = r + 1;
      if (t >= 20 && t % 10 == 0 && bc__an_is_punct(a, j, '-') && adj(a, j) &&
          adj(a, j + 1)) {
        int u = bc__an_word_number(a, j + 1);
        if (u >= 1 && u <= 9) {
          x += u;
          j += 2;
        }
      }
    }
  }
  *v = x;
  return j;
}

/* "one" before the singular noun it counts: "one allograft", "at least
 * one ear"; not "the one", "no one", "one another", "one thinks", nor the
 * one that things are merged into ("bundles five plans into one
 * contract"), which counts nothing the source could count. */
static int one_counts(const struct an *a, size_t i)
{
  static const char *const det[] = {"any",  "each",  "every", "into",
                                    "no",   "some",  "that",  "the",
                                    "this", "which", "what",  NULL};
  size_t j = i + 1, n;
  const char *p;
  if (i > 0 && bc__an_tok_in(a, i - 1, det))
    return 0;
  if (j >= a->ntok || a->tok[j].type != AN_WORD || !a->tok[j].sp ||
      a->tok[j].used || !bc__an_is_lower(a, j) ||
      bc__an_is_function_word(a, j) || bc__an_word_number(a, j) >= 0 ||
      bc__an_tok_is(a, j, "another") || bc__an_tok_is(a, j, "other"))
    return 0;
  p = a->t + a->tok[j].s;
  n = bc__an_toklen(a, j);
  /* A verb ("one thinks") or an adverb ("one hardly"). */
  if (p[n - 1] == 's' || (n > 2 && p[n - 2] == 'l' && p[n - 1] == 'y') ||
      (n > 2 && p[n - 2] == 'e' && p[n - 1] == 'd'))
    return 0;
  return 1;
}

/* Parse a spelled-out number at i: "two", "twenty-five", "a dozen", "two
 * and a half", "two million", "four hundred and twelve thousand", "one
 * point two billion".  Returns the token after it, or 0. */
size_t bc__an_word_value(const struct an *a, size_t i, double *v, int *frac)
{
  int w = bc__an_word_number(a, i);
  size_t j = i + 1, k;
  double x, total = 0, s;
  *frac = 0;
  /* a third, two thirds, two-thirds, a quarter, one half; but "a third
   * case" and "a fifth one" are positions: a singular fraction other than
   * a half stands before "of" or at the end of a phrase. */
  if ((w >= 1 && w <= 10) || bc__an_tok_is(a, i, "a")) {
    size_t dj = i + 1;
    int d;
    if (bc__an_is_punct(a, dj, '-') && adj(a, dj) && adj(a, dj + 1))
      dj++;
    d = denominator(a, dj);
    if (d && (w > 0 ? w : 1) < d &&
        (d == 2 || a->t[a->tok[dj].e - 1] == 's' ||
         bc__an_tok_is(a, dj + 1, "of") || dj + 1 >= a->ntok ||
         a->tok[dj + 1].type == AN_PUNCT)) {
      *v = (double)(w > 0 ? w : 1) / d;
      *frac = 1;
      return dj + 1;
    }
  }
  if ((bc__an_tok_is(a, i, "a") || bc__an_tok_is(a, i, "an")) &&
      !bc__an_tok_is(a, i + 1, "hundred")) {
    if (bc__an_tok_is(a, i + 1, "dozen")) {
      *v = 12;
      return i + 2;
    }
    if (bc__an_scale_word(a, i + 1) > 0) {
      *v = bc__an_scale_word(a, i + 1);
      return i + 2;
    }
    return 0;
  }
  if (w < 0 && !bc__an_tok_is(a, i, "a") && !bc__an_tok_is(a, i, "an"))
    return 0;
  /* The tail of "fifty-two" is not a number of its own. */
  if (i >= 2 && bc__an_is_punct(a, i - 1, '-') && adj(a, i - 1) && adj(a, i) &&
      bc__an_word_number(a, i - 2) >= 20)
    return 0;
  /* "one" is mostly a pronoun ("one another", "one thinks"); it counts
   * as "one hundred", "one and a half", "one point two", "one day" and
   * before the singular thing it counts ("one allograft"). */
  if (w == 1 && !bc__an_scale_word(a, j) && !bc__an_tok_is(a, j, "and") &&
      !bc__an_tok_is(a, j, "point") && !AN_IN(a, j, time_units) &&
      !(bc__an_is_punct(a, j, '-') && adj(a, j) && adj(a, j + 1) &&
        AN_IN(a, j + 1, time_units)) &&
      !one_counts(a, i))
    return 0;
  if (w == 12 && bc__an_tok_is(a, i, "dozen"))
    x = 12;
  else if (!(j = bc__an_word_group(a, i, &x)))
    return 0;
  /* "two dozen", "three dozen eggs": dozens of the count before. */
  if (x >= 1 && x < 100 && x == (double)(long)x &&
      bc__an_tok_is(a, j, "dozen")) {
    x *= 12;
    j++;
  }
  for (;;) {
    /* one point two, fourteen point six */
    if (bc__an_tok_is(a, j, "point") && bc__an_word_number(a, j + 1) >= 0 &&
        bc__an_word_number(a, j + 1) <= 9) {
      double d = 0.1;
      j++;
      while (bc__an_word_number(a, j) >= 0 && bc__an_word_number(a, j) <= 9 &&
             !bc__an_tok_is(a, j, "dozen")) {
        x += bc__an_word_number(a, j) * d;
        d /= 10;
        j++;
      }
    }
    /* two and a half */
    if (bc__an_tok_is(a, j, "and") && bc__an_tok_is(a, j + 1, "a") &&
        bc__an_tok_is(a, j + 2, "half")) {
      x += 0.5;
      j += 3;
    }
    s = bc__an_scale_word(a, j);
    if (s < 1e3 || (total > 0 && x * s >= total))
      break;
    total += x * s;
    x = 0;
    j++;
    /* "... thousand and forty", "... million, three hundred" */
    k = bc__an_tok_is(a, j, "and") ? j + 1 : j;
    {
      double g = 0;
      size_t r = bc__an_word_group(a, k, &g);
      if (!r || g >= s ||
          (g == 1 && !bc__an_scale_word(a, r) &&
           !bc__an_tok_is(a, r, "hundred")))
        break;
      if (bc__an_tok_is(a, k, "a") || bc__an_tok_is(a, k, "an"))
        break;
      x = g;
      j = r;
    }
  }
  *v = total + x;
  return j;
}
