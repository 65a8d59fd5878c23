/* dates.c - dates as people write them (2021-02-17, 3 March 2019, June 14th,
 * 06/14, Q1 2018, the 1990s, June 2012 to March 2016, last year), each
 * normalized to ISO 8601.  A four-digit number is a year only in a year-like
 * context, so "2019 employees" and "$2019" stay numbers.  Day and month
 * without a year take the reference date's year (see
 * bc__analyze_resolve_year). */
#include <stdio.h>
#include <string.h>

#include "analyze/an.h"
#include "util/calendar.h"

struct dt {
  enum bc_date_kind kind;
  int y, m, d, q, decade;
  int d_hi;    /* last day of a day range ("June 14-16"), else 0 */
  size_t s, e; /* token range [s, e) */
};

static int tok_digits(const struct an *a, size_t i, size_t n)
{
  return i < a->ntok && a->tok[i].type == AN_NUM && bc__an_toklen(a, i) == n;
}

static int small_int(const struct an *a, size_t i, int maxlen)
{
  size_t n, k;
  int v = 0;
  if (i >= a->ntok || a->tok[i].type != AN_NUM)
    return -1;
  n = bc__an_toklen(a, i);
  if (n > (size_t)maxlen)
    return -1;
  for (k = 0; k < n; k++) {
    char c = a->t[a->tok[i].s + k];
    if (c < '0' || c > '9')
      return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

static int adj(const struct an *a, size_t i)
{
  return i < a->ntok && !a->tok[i].sp;
}

static int is_currency(const struct an *a, size_t i)
{
  return bc__an_is_punct(a, i, '$') || bc__an_is_punct(a, i, 0x20AC) ||
         bc__an_is_punct(a, i, 0xA3) || bc__an_is_punct(a, i, 0xA5) ||
         bc__an_is_punct(a, i, '#');
}

static int valid_day(int y, int m, int d)
{
  return m >= 1 && m <= 12 && d >= 1 && d <= bc__cal_days_in_month(y, m);
}

static int is_apos(const struct an *a, size_t i)
{
  return bc__an_is_punct(a, i, '\'') || bc__an_is_punct(a, i, 0x2019) ||
         bc__an_is_punct(a, i, 0x2018);
}

/* Ordinal suffix right after a day number: "14th". Returns its index+1 or
 * the index itself when there is none. */
static size_t ord_suffix(const struct an *a, size_t i)
{
  static const char *const suf[] = {"st", "nd", "rd", "th", NULL};
  if (adj(a, i) && bc__an_tok_in(a, i, suf))
    return i + 1;
  return i;
}

/* Words after which a four-digit number is a year even before a noun
 * ("in 2019 employees left"), and weaker ones after which it is a year only
 * when no noun follows ("a fleet of 1500 trucks"). */
static const char *const year_preps[] = {
    "in",     "since",   "by",         "from",   "until",  "till", "during",
    "before", "after",   "around",     "circa",  "early",  "late", "mid",
    "year",   "between", "through",    "spring", "summer", "fall", "autumn",
    "winter", "fy",      "throughout", "c",      "ca",     NULL};
static const char *const weak_preps[] = {"of", "to", "and",  "or",     "for",
                                         "as", "at", "into", "within", NULL};

static const char *const year_follow[] = {
    "saw",   "brought", "marked", "began", "ended",  "was",     "is",
    "and",   "or",      "to",     "when",  "where",  "that",    "which",
    "the",   "a",       "we",     "i",     "he",     "she",     "they",
    "it",    "will",    "had",    "has",   "onward", "onwards", "through",
    "until", "on",      "in",     "with",  NULL};

/* A four-digit year token at i in a year-like context. */
static int year_at(const struct an *a, size_t i, int loose)
{
  int v = tok_digits(a, i, 4) ? small_int(a, i, 4) : -1;
  size_t n = i + 1;
  int prefixed;
  if (v < 1000 || v > 2100)
    return 0;
  /* mid-2019, pre-2000 */
  prefixed =
      i > 1 && !a->tok[i].sp && bc__an_is_punct(a, i - 1, '-') &&
      !a->tok[i - 1].sp &&
      (bc__an_tok_is(a, i - 2, "mid") || bc__an_tok_is(a, i - 2, "pre") ||
       bc__an_tok_is(a, i - 2, "post") || bc__an_tok_is(a, i - 2, "early") ||
       bc__an_tok_is(a, i - 2, "late"));
  if (i > 0 && !a->tok[i].sp && !prefixed &&
      (a->tok[i - 1].type != AN_PUNCT || is_currency(a, i - 1) ||
       bc__an_is_punct(a, i - 1, '+') || bc__an_is_punct(a, i - 1, '/') ||
       bc__an_is_punct(a, i - 1, '.') || bc__an_is_punct(a, i - 1, ':') ||
       bc__an_is_punct(a, i - 1, '-') || bc__an_is_punct(a, i - 1, '#')))
    return 0;
  if (i > 0 && is_currency(a, i - 1))
    return 0;
  if (adj(a, n)) {
    if (a->tok[n].type != AN_PUNCT || a->tok[n].cp == '%' ||
        a->tok[n].cp == '+' || a->tok[n].cp == '/' || a->tok[n].cp == ':' ||
        a->tok[n].cp == '$' || a->tok[n].cp == '@' || a->tok[n].cp == '_' ||
        a->tok[n].cp == 0xB0)
      return 0;
    if (a->tok[n].cp == '.' && adj(a, n + 1) && a->tok[n + 1].type == AN_NUM)
      return 0;
  }
  /* 2019-555-0100 is a phone number; 2019-21 and 2019-2021 are ranges. */
  if (adj(a, n) && bc__an_is_dash(a, n) && adj(a, n + 1) && n + 1 < a->ntok &&
      a->tok[n + 1].type == AN_NUM && bc__an_toklen(a, n + 1) != 2 &&
      bc__an_toklen(a, n + 1) != 4)
    return 0;
  if (loose)
    return 1;
  {
    int strong = prefixed || (i > 0 && (bc__an_tok_in(a, i - 1, year_preps) ||
                                        bc__an_is_punct(a, i - 1, '(')));
    int weak = i > 0 && bc__an_tok_in(a, i - 1, weak_preps);
    int noun = n < a->ntok && a->tok[n].type == AN_WORD &&
               !bc__an_is_cap(a, n) && !bc__an_is_function_word(a, n) &&
               !bc__an_tok_in(a, n, year_follow);
    if (v < 1800 && !strong && !weak)
      return 0;
    if (noun)
      return strong;
    if (strong || weak)
      return 1;
    if (n < a->ntok && a->tok[n].type == AN_NUM)
      return 0;
    return 1;
  }
}

/* The full stop of "Sept. 3": after an abbreviated month, before a number. */
static int abbr_dot(const struct an *a, size_t j)
{
  return j > 0 && bc__an_is_punct(a, j, '.') && adj(a, j) &&
         bc__an_toklen(a, j - 1) <= 4 && !bc__an_tok_is(a, j - 1, "june") &&
         !bc__an_tok_is(a, j - 1, "july") && j + 1 < a->ntok &&
         a->tok[j + 1].type == AN_NUM;
}

static int quarter_word(const struct an *a, size_t i)
{
  static const char *const q[] = {"first", "second", "third", "fourth"};
  size_t k;
  for (k = 0; k < 4; k++)
    if (bc__an_tok_is(a, i, q[k]))
      return (int)k + 1;
  return 0;
}

/* "On 06/14 of that year, 2015": a year named right after a day and month
 * written without one is its year. */
static int year_after(const struct an *a, size_t e)
{
  static const char *const skip[] = {"of", "that", "the", "same", "year", NULL};
  size_t k;
  for (k = e; k < a->ntok && k < e + 5; k++) {
    if (a->tok[k].sent)
      return 0;
    if (bc__an_tok_in(a, k, skip) || bc__an_is_punct(a, k, ','))
      continue;
    if (k > e && tok_digits(a, k, 4) && bc__an_tok_is(a, e, "of") &&
        year_at(a, k, 1))
      return small_int(a, k, 4);
    return 0;
  }
  return 0;
}

static void resolve_partial(const struct an *a, struct dt *d)
{
  int y = year_after(a, d->e);
  if (!y)
    y = bc__analyze_resolve_year(a->ref_y, a->ref_m, a->ref_d, d->m, d->d);
  if (y && valid_day(y, d->m, d->d)) {
    d->y = y;
    d->kind = BC_DATE_DAY;
  } else {
    d->kind = BC_DATE_PARTIAL;
  }
}

/* "-16" or "–16" after a day: the last day of a range of days; returns
 * the token after it, or j when there is none. */
static size_t day_range(const struct an *a, size_t j, int m, int d, int *d_hi)
{
  int v;
  if (!bc__an_is_dash(a, j) || j + 1 >= a->ntok)
    return j;
  v = small_int(a, j + 1, 2);
  if (v <= d || !valid_day(0, m, v) ||
      (adj(a, j + 2) && a->tok[j + 2].type != AN_PUNCT))
    return j;
  *d_hi = v;
  return ord_suffix(a, j + 2);
}

/* An optional ", 2019" / " 2019" after a day and month. */
static size_t opt_year(const struct an *a, size_t j, struct dt *d)
{
  size_t k = j;
  if (bc__an_is_punct(a, k, ','))
    k++;
  if (tok_digits(a, k, 4) && year_at(a, k, 1)) {
    d->y = small_int(a, k, 4);
    d->kind = BC_DATE_DAY;
    return k + 1;
  }
  return j;
}

/* Numeric forms starting at a number token. */
static size_t num_date(const struct an *a, size_t i, struct dt *d, int loose)
{
  int v1, v2, v3;
  size_t j;
  memset(d, 0, sizeof *d);
  d->s = i;
  /* 2021-02-17, 2019-06 */
  if (tok_digits(a, i, 4) && bc__an_is_punct(a, i + 1, '-') && adj(a, i + 1) &&
      tok_digits(a, i + 2, 2) && adj(a, i + 2)) {
    d->y = small_int(a, i, 4);
    v2 = small_int(a, i + 2, 2);
    if (bc__an_is_punct(a, i + 3, '-') && adj(a, i + 3) &&
        tok_digits(a, i + 4, 2) && adj(a, i + 4)) {
      v3 = small_int(a, i + 4, 2);
      if (d->y >= 1000 && valid_day(d->y, v2, v3) && !adj(a, i + 5)) {
        d->m = v2;
        d->d = v3;
        d->kind = BC_DATE_DAY;
        d->e = i + 5;
        return d->e;
      }
      return 0;
    }
    if (a->t[a->tok[i + 2].s] == '0' && v2 >= 1 && v2 <= 12 && d->y >= 1000 &&
        d->y <= 2100 && !(adj(a, i + 3) && a->tok[i + 3].type != AN_PUNCT)) {
      d->m = v2;
      d->kind = BC_DATE_MONTH;
      d->e = i + 3;
      return d->e;
    }
  }
  /* 2019/06/14 */
  if (tok_digits(a, i, 4) && bc__an_is_punct(a, i + 1, '/') && adj(a, i + 1) &&
      tok_digits(a, i + 2, 2) && adj(a, i + 2) &&
      bc__an_is_punct(a, i + 3, '/') && adj(a, i + 3) &&
      tok_digits(a, i + 4, 2) && adj(a, i + 4) &&
      !(adj(a, i + 5) && a->tok[i + 5].type != AN_PUNCT)) {
    d->y = small_int(a, i, 4);
    d->m = small_int(a, i + 2, 2);
    d->d = small_int(a, i + 4, 2);
    if (d->y >= 1000 && valid_day(d->y, d->m, d->d)) {
      d->kind = BC_DATE_DAY;
      d->e = i + 5;
      return d->e;
    }
    return 0;
  }
  /* 06/14, 06/14/2019, 6/14/19 (US order; day-first when the first part
   * cannot be a month). */
  v1 = small_int(a, i, 2);
  if (v1 > 0 && bc__an_is_punct(a, i + 1, '/') && adj(a, i + 1) &&
      adj(a, i + 2) && (v2 = small_int(a, i + 2, 2)) > 0 &&
      !(i > 0 && !a->tok[i].sp &&
        (bc__an_is_punct(a, i - 1, '/') || is_currency(a, i - 1)))) {
    int m = v1, dd = v2, y = 0;
    j = i + 3;
    if (bc__an_is_punct(a, j, '/') && adj(a, j) && adj(a, j + 1)) {
      if (tok_digits(a, j + 1, 4)) {
        y = small_int(a, j + 1, 4);
      } else if (tok_digits(a, j + 1, 2)) {
        y = small_int(a, j + 1, 2);
        y += y <= 50 ? 2000 : 1900;
      } else {
        return 0;
      }
      j += 2;
      if (adj(a, j) &&
          (bc__an_is_punct(a, j, '/') || a->tok[j].type != AN_PUNCT))
        return 0;
      if (m > 12 && dd <= 12) {
        m = v2;
        dd = v1;
      }
      if (!valid_day(y, m, dd) || y < 1000)
        return 0;
      d->y = y;
      d->m = m;
      d->d = dd;
      d->kind = BC_DATE_DAY;
      d->e = j;
      return j;
    }
    if (adj(a, j) && (bc__an_is_punct(a, j, '/') ||
                      bc__an_is_punct(a, j, '%') || a->tok[j].type != AN_PUNCT))
      return 0;
    /* Without a year, "1/2" and "3/4" are fractions: demand a two-digit
     * part or a preposition that introduces a date. */
    if (!valid_day(0, m, dd))
      return 0;
    if (bc__an_toklen(a, i) < 2 && bc__an_toklen(a, i + 2) < 2 &&
        !(i > 0 &&
          (bc__an_tok_is(a, i - 1, "on") || bc__an_tok_is(a, i - 1, "by") ||
           bc__an_tok_is(a, i - 1, "since") ||
           bc__an_tok_is(a, i - 1, "until") ||
           bc__an_tok_is(a, i - 1, "before") ||
           bc__an_tok_is(a, i - 1, "after"))))
      return 0;
    d->m = m;
    d->d = dd;
    d->e = j;
    resolve_partial(a, d);
    return j;
  }
  /* 14th June [2019], 3 March 2019, 3rd of March */
  if (v1 >= 1 && v1 <= 31) {
    size_t r;
    int hi = 0;
    j = ord_suffix(a, i + 1);
    /* 3-5 March 2019: the range of days comes before the month */
    r = day_range(a, j, 1, v1, &hi);
    if (r > j && bc__an_month(a, r) && bc__an_is_cap(a, r))
      j = r;
    else
      hi = 0;
    if (bc__an_tok_is(a, j, "of"))
      j++;
    if (bc__an_month(a, j) && bc__an_is_cap(a, j)) {
      int m = bc__an_month(a, j);
      d->d_hi = hi;
      if (hi && !valid_day(0, m, hi))
        return 0;
      j++;
      if (abbr_dot(a, j))
        j++;
      if (!valid_day(0, m, v1))
        return 0;
      d->m = m;
      d->d = v1;
      d->e = opt_year(a, j, d);
      if (d->e == j)
        resolve_partial(a, d);
      else if (!valid_day(d->y, m, v1))
        return 0;
      return d->e;
    }
    /* 1st quarter of 2018 */
    j = ord_suffix(a, i + 1);
    if (j > i + 1 && v1 <= 4 && bc__an_tok_is(a, j, "quarter")) {
      d->q = v1;
      j++;
      goto quarter_year;
    }
  }
  /* 1990s, 1990's, 90s after "the" */
  if ((tok_digits(a, i, 4) || tok_digits(a, i, 2)) &&
      a->t[a->tok[i].e - 1] == '0') {
    j = i + 1;
    if (is_apos(a, j) && adj(a, j))
      j++;
    if (bc__an_tok_is(a, j, "s") && adj(a, j) &&
        !(adj(a, j + 1) && a->tok[j + 1].type != AN_PUNCT)) {
      int v = small_int(a, i, 4);
      if (bc__an_toklen(a, i) == 2) {
        int apos = i > 0 && is_apos(a, i - 1) && adj(a, i);
        if (!apos && !(i > 0 && (bc__an_tok_is(a, i - 1, "the") ||
                                 bc__an_tok_is(a, i - 1, "early") ||
                                 bc__an_tok_is(a, i - 1, "late") ||
                                 bc__an_tok_is(a, i - 1, "mid"))))
          return 0;
        if (apos)
          d->s = i - 1;
        v += v >= 30 ? 1900 : 2000;
      }
      if (v < 1000 || v > 2100)
        return 0;
      d->decade = v;
      d->kind = BC_DATE_DECADE;
      d->e = j + 1;
      return d->e;
    }
  }
  /* A bare year. */
  if (year_at(a, i, loose)) {
    d->y = small_int(a, i, 4);
    d->kind = BC_DATE_YEAR;
    d->e = i + 1;
    return d->e;
  }
  return 0;

quarter_year:
  d->kind = BC_DATE_QUARTER;
  d->e = j;
  {
    size_t k = j;
    if (bc__an_tok_is(a, k, "of") || bc__an_is_punct(a, k, ','))
      k++;
    if (tok_digits(a, k, 4) && year_at(a, k, 1)) {
      d->y = small_int(a, k, 4);
      d->e = k + 1;
      return d->e;
    }
  }
  d->y = a->ref_y;
  if (!d->y)
    d->kind = BC_DATE_PARTIAL;
  return d->e;
}

/* Forms that start with a word. */
static size_t word_date(const struct an *a, size_t i, struct dt *d)
{
  int m, v;
  size_t j;
  memset(d, 0, sizeof *d);
  d->s = i;
  /* Friday, 3 March 2019 / Friday, March 3, 2019 */
  if (bc__an_weekday(a, i) && bc__an_is_cap(a, i)) {
    j = i + 1;
    if (bc__an_is_punct(a, j, ','))
      j++;
    if (j < a->ntok && (a->tok[j].type == AN_NUM || bc__an_month(a, j))) {
      size_t e =
          a->tok[j].type == AN_NUM ? num_date(a, j, d, 0) : word_date(a, j, d);
      if (e && (d->kind == BC_DATE_DAY || d->kind == BC_DATE_PARTIAL) &&
          d->s == j) {
        d->s = i;
        return e;
      }
    }
    memset(d, 0, sizeof *d);
    return 0;
  }
  m = bc__an_month(a, i);
  if (m && bc__an_is_cap(a, i)) {
    j = i + 1;
    if (abbr_dot(a, j))
      j++;
    /* June 2012, June of 2012 */
    {
      size_t k = j;
      if (bc__an_tok_is(a, k, "of") || bc__an_is_punct(a, k, ','))
        k++;
      if (tok_digits(a, k, 4) && year_at(a, k, 1)) {
        d->y = small_int(a, k, 4);
        d->m = m;
        d->kind = BC_DATE_MONTH;
        d->e = k + 1;
        return d->e;
      }
    }
    /* June 14th, 2019 */
    v = small_int(a, j, 2);
    if (v >= 1 && v <= 31 && valid_day(0, m, v) &&
        !(adj(a, j + 1) && a->tok[j + 1].type == AN_PUNCT &&
          (a->tok[j + 1].cp == '%' || a->tok[j + 1].cp == '/' ||
           a->tok[j + 1].cp == ':' ||
           (a->tok[j + 1].cp == '.' && adj(a, j + 2))))) {
      size_t k = ord_suffix(a, j + 1);
      if (adj(a, k) && a->tok[k].type == AN_WORD)
        return 0;
      d->m = m;
      d->d = v;
      k = day_range(a, k, m, v, &d->d_hi);
      d->e = opt_year(a, k, d);
      if (d->e == k)
        resolve_partial(a, d);
      else if (!valid_day(d->y, m, v) ||
               (d->d_hi && !valid_day(d->y, m, d->d_hi)))
        return 0;
      return d->e;
    }
    return 0;
  }
  /* Q1 2018, Q3 */
  if ((bc__an_tok_is(a, i, "q")) && adj(a, i + 1) &&
      (v = small_int(a, i + 1, 1)) >= 1 && v <= 4 &&
      !(adj(a, i + 2) && a->tok[i + 2].type != AN_PUNCT)) {
    d->q = v;
    j = i + 2;
    d->kind = BC_DATE_QUARTER;
    goto quarter_year;
  }
  /* the first quarter of 2018 */
  if ((v = quarter_word(a, i)) && bc__an_tok_is(a, i + 1, "quarter")) {
    d->q = v;
    j = i + 2;
    d->kind = BC_DATE_QUARTER;
    goto quarter_year;
  }
  return 0;

quarter_year : {
  size_t k = j;
  d->kind = BC_DATE_QUARTER;
  d->e = j;
  if (bc__an_tok_is(a, k, "of") || bc__an_is_punct(a, k, ','))
    k++;
  if (tok_digits(a, k, 4) && year_at(a, k, 1)) {
    d->y = small_int(a, k, 4);
    d->e = k + 1;
    return d->e;
  }
  if (adj(a, k) && is_apos(a, k) && tok_digits(a, k + 1, 2) && adj(a, k + 1)) {
    d->y = 2000 + small_int(a, k + 1, 2);
    d->e = k + 2;
    return d->e;
  }
  d->y = a->ref_y;
  if (!d->y)
    d->kind = BC_DATE_PARTIAL;
  return d->e;
}
}

static size_t one_date(const struct an *a, size_t i, struct dt *d, int loose)
{
  if (i >= a->ntok || a->tok[i].used)
    return 0;
  if (a->tok[i].type == AN_NUM)
    return num_date(a, i, d, loose);
  if (a->tok[i].type == AN_WORD)
    return word_date(a, i, d);
  if (is_apos(a, i) && tok_digits(a, i + 1, 2) && adj(a, i + 1)) {
    size_t e = num_date(a, i + 1, d, 0);
    if (e && d->kind == BC_DATE_DECADE)
      return e;
  }
  return 0;
}

/* Relative phrases: yesterday, last year, two weeks ago. */
static size_t relative(const struct an *a, size_t i)
{
  static const char *const which[] = {"last",     "next",   "this", "past",
                                      "previous", "coming", NULL};
  static const char *const units[] = {
      "year", "month",  "week",   "quarter", "decade", "spring",  "summer",
      "fall", "autumn", "winter", "weekend", "night",  "century", NULL};
  static const char *const plural[] = {
      "day",    "days",    "week",    "weeks",     "month", "months",
      "year",   "years",   "decade",  "decades",   "hour",  "hours",
      "minute", "minutes", "century", "centuries", NULL};
  size_t j;
  if (bc__an_tok_is(a, i, "yesterday") || bc__an_tok_is(a, i, "tomorrow"))
    return i + 1;
  if (bc__an_tok_in(a, i, which) &&
      (bc__an_tok_in(a, i + 1, units) || bc__an_weekday(a, i + 1)))
    return i + 2;
  j = i;
  if (bc__an_tok_is(a, j, "a") && bc__an_tok_is(a, j + 1, "few"))
    j += 2;
  else if (bc__an_tok_is(a, j, "a") || bc__an_tok_is(a, j, "an") ||
           bc__an_tok_is(a, j, "several") || bc__an_tok_is(a, j, "many") ||
           bc__an_word_number(a, j) > 0 ||
           (j < a->ntok && a->tok[j].type == AN_NUM && !a->tok[j].used))
    j++;
  else
    return 0;
  if (bc__an_tok_in(a, j, plural) &&
      (bc__an_tok_is(a, j + 1, "ago") || bc__an_tok_is(a, j + 1, "later") ||
       bc__an_tok_is(a, j + 1, "earlier")))
    return j + 2;
  return 0;
}

static void iso_of(const struct dt *d, char *buf, size_t n)
{
  switch (d->kind) {
  case BC_DATE_DAY: snprintf(buf, n, "%04d-%02d-%02d", d->y, d->m, d->d); break;
  case BC_DATE_MONTH: snprintf(buf, n, "%04d-%02d", d->y, d->m); break;
  case BC_DATE_YEAR: snprintf(buf, n, "%04d", d->y); break;
  case BC_DATE_QUARTER: snprintf(buf, n, "%04d-Q%d", d->y, d->q); break;
  case BC_DATE_DECADE: snprintf(buf, n, "%04ds", d->decade); break;
  case BC_DATE_PARTIAL:
    if (d->q)
      snprintf(buf, n, "Q%d", d->q);
    else
      snprintf(buf, n, "--%02d-%02d", d->m, d->d);
    break;
  default: buf[0] = '\0'; break;
  }
}

/* Chronological start of a date, for checking that a range runs forward. */
static long start_key(const struct dt *d)
{
  int m = d->m ? d->m : (d->q ? d->q * 3 - 2 : 1);
  int y = d->kind == BC_DATE_DECADE ? d->decade : d->y;
  return (long)y * 400 + m * 32 + d->d;
}

static int rangeable(const struct dt *d)
{
  return d->kind == BC_DATE_DAY || d->kind == BC_DATE_MONTH ||
         d->kind == BC_DATE_YEAR || d->kind == BC_DATE_QUARTER;
}

static bc_status emit(struct an *a, size_t ts, size_t te,
                      enum bc_date_kind kind, const char *iso)
{
  struct bc_date_fact *f;
  size_t k;
  f = bc__an_push((void **)&a->f->dates, &a->f->n_dates, &a->cap_dates,
                  sizeof *f);
  if (!f)
    return BC_ERR_NOMEM;
  f->span.start = a->tok[ts].s;
  f->span.end = a->tok[te - 1].e;
  f->kind = kind;
  snprintf(f->iso, sizeof f->iso, "%.*s", (int)sizeof f->iso - 1, iso);
  for (k = ts; k < te; k++)
    a->tok[k].used = 1;
  return BC_OK;
}

bc_status bc__an_dates(struct an *a)
{
  size_t i = 0;
  bc_status rc;
  while (i < a->ntok) {
    struct dt d1, d2;
    size_t e, c;
    char iso1[24], iso2[24], iso[48];
    if (a->tok[i].used) {
      i++;
      continue;
    }
    e = relative(a, i);
    if (e) {
      rc = emit(a, i, e, BC_DATE_RELATIVE, "");
      if (rc)
        return rc;
      i = e;
      continue;
    }
    e = one_date(a, i, &d1, 0);
    if (!e) {
      /* "from 2010 to 2015": a bare year followed by a range connector and
       * another year is a year even without other context. */
      if (tok_digits(a, i, 4) && year_at(a, i, 1) &&
          (bc__an_is_dash(a, i + 1) || bc__an_tok_is(a, i + 1, "to") ||
           bc__an_tok_is(a, i + 1, "through")) &&
          tok_digits(a, i + 2, 4) && year_at(a, i + 2, 1) &&
          small_int(a, i + 2, 4) > small_int(a, i, 4)) {
        memset(&d1, 0, sizeof d1);
        d1.kind = BC_DATE_YEAR;
        d1.y = small_int(a, i, 4);
        d1.s = i;
        d1.e = e = i + 1;
      } else {
        i++;
        continue;
      }
    }
    iso_of(&d1, iso1, sizeof iso1);
    if (d1.d_hi && d1.kind == BC_DATE_DAY) {
      struct dt last = d1;
      last.d = d1.d_hi;
      iso_of(&last, iso2, sizeof iso2);
      snprintf(iso, sizeof iso, "%s/%s", iso1, iso2);
      rc = emit(a, d1.s, e, BC_DATE_RANGE, iso);
      if (rc)
        return rc;
      i = e;
      continue;
    }
    /* A range: D1 (to|until|through|-|–|and after "between") D2. */
    c = d1.e;
    if (rangeable(&d1) && c + 1 < a->ntok &&
        (bc__an_is_dash(a, c) || bc__an_tok_is(a, c, "to") ||
         bc__an_tok_is(a, c, "until") || bc__an_tok_is(a, c, "till") ||
         bc__an_tok_is(a, c, "through") || bc__an_tok_is(a, c, "thru") ||
         (bc__an_tok_is(a, c, "and") && d1.s > 0 &&
          bc__an_tok_is(a, d1.s - 1, "between")))) {
      size_t e2 = 0;
      if (d1.kind == BC_DATE_YEAR && bc__an_is_dash(a, c) && adj(a, c) &&
          adj(a, c + 1) && tok_digits(a, c + 1, 2) &&
          !(adj(a, c + 2) && a->tok[c + 2].type != AN_PUNCT)) {
        /* 2019-21 */
        memset(&d2, 0, sizeof d2);
        d2.kind = BC_DATE_YEAR;
        d2.y = d1.y / 100 * 100 + small_int(a, c + 1, 2);
        d2.s = c + 1;
        d2.e = e2 = c + 2;
        if (d2.y <= d1.y)
          e2 = 0;
      } else if (d1.kind == BC_DATE_YEAR && bc__an_is_dash(a, c) &&
                 tok_digits(a, c + 1, 4) && small_int(a, c + 1, 4) > d1.y &&
                 small_int(a, c + 1, 4) < d1.y + 200) {
        /* 1983-1987, 2021–2024: a year after a year and a dash. */
        memset(&d2, 0, sizeof d2);
        d2.kind = BC_DATE_YEAR;
        d2.y = small_int(a, c + 1, 4);
        d2.s = c + 1;
        d2.e = e2 = c + 2;
      } else {
        e2 = one_date(a, c + 1, &d2, 1);
      }
      if (e2 && rangeable(&d2) && start_key(&d2) > start_key(&d1)) {
        iso_of(&d2, iso2, sizeof iso2);
        snprintf(iso, sizeof iso, "%s/%s", iso1, iso2);
        rc = emit(a, d1.s, e2, BC_DATE_RANGE, iso);
        if (rc)
          return rc;
        i = e2;
        continue;
      }
    }
    rc = emit(a, d1.s, e, d1.kind, iso1);
    if (rc)
      return rc;
    i = e;
  }
  return BC_OK;
}
