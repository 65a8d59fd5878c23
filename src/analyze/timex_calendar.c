/* timex_calendar.c - calendar dates as people write them: 2021-02-17,
 * 3 March 2019, June 14th, 06/14, Q1 2018, the third quarter, the 1990s,
 * fiscal 1989, June 2012 to March 2016, each with its value.  A four-digit
 * number is a year only in a year-like context, so "2019 employees" and
 * "$2019" stay numbers.  A day, month or quarter written without a year
 * takes it from the reference date and the tense (bc__tx_year_for).  Dates
 * said relative to the reference date ("last year", "Friday") are
 * timex_relative.c's. */
#include <stdio.h>
#include <string.h>

#include "analyze/timex.h"
#include "analyze/units.h"
#include "util/calendar.h"

struct dt {
  enum bc_date_kind kind;
  int y, m, d, q, decade;
  int d_hi;    /* last day of a day range ("June 14-16"), else 0 */
  size_t s, e; /* token range [s, e) */
  int guessed; /* the year comes from the reference date and the tense */
};

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
  if (bc__tx_adj(a, i) && bc__an_tok_in(a, i, suf))
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

static const char *const determiners[] = {
    "a",   "an",   "the",  "its",   "their", "his",  "her",
    "our", "this", "that", "whose", "my",    "your", NULL};

/* Words that label a number rather than date it: "page 1990", "room
 * 2019", "flight 1549", "version 2000", "No. 1984". */
static const char *const labels[] = {
    "apartment", "apt",    "chapter", "episode", "exit",   "figure",
    "flight",    "gate",   "highway", "issue",   "lesson", "level",
    "no",        "number", "p",       "page",    "pages",  "part",
    "platform",  "pp",     "rank",    "room",    "route",  "section",
    "step",      "suite",  "table",   "track",   "unit",   "version",
    "vol",       "volume", NULL};

/* A unit of measurement at token e, after a number or a range of them
 * ("1000 K", "1300 m s−1", "1065–1280 cm−1", "before 1200 °C"): the
 * number measures, it is no year.  A unit of time ("2019 years") says
 * nothing either way. */
static int measured(const struct an *a, size_t e)
{
  struct an_unit u;
  return bc__an_unit(a, e, &u) && u.kind != AN_U_TIME;
}

static const char *const pixels[] = {"pixels", "px", NULL};

/* The number of three or four digits at token i, else 0. */
static int short_int(const struct an *a, size_t i)
{
  return bc__tx_digits(a, i, 3)   ? bc__tx_small_int(a, i, 3)
         : bc__tx_digits(a, i, 4) ? bc__tx_small_int(a, i, 4)
                                  : 0;
}

/* The token of B where the number at l opens a size "A x B", "A by B
 * pixels", "A pixels by B pixels", else 0.  "A by B" alone is a size only
 * where it reads as none of the other things: not a count by a later year
 * ("to 1500 by 2025"), nor a margin, a count of things ("in 2019 by 300
 * votes"). */
static size_t size_pair(const struct an *a, size_t l)
{
  size_t k = l + 1, r;
  int unit = bc__an_tok_in(a, k, pixels), times, x, y;
  k += (size_t)unit;
  times = bc__an_tok_is(a, k, "x") || bc__an_is_punct(a, k, 0xD7);
  r = k + 1;
  if (!(times || bc__an_tok_is(a, k, "by")) || r >= a->ntok ||
      a->tok[r].type != AN_NUM)
    return 0;
  if (times || unit || bc__an_tok_in(a, r + 1, pixels))
    return r;
  x = short_int(a, l);
  y = short_int(a, r);
  if (!x || !y || (y >= 1900 && x < y) ||
      (r + 1 < a->ntok && a->tok[r + 1].type == AN_WORD &&
       a->t[a->tok[r + 1].e - 1] == 's' && !bc__an_is_function_word(a, r + 1)))
    return 0;
  return r;
}

/* Whether token i is a side of a size ("1920 by 1080", "1080 pixels by
 * 1920 pixels"), not a year. */
static int size_side(const struct an *a, size_t i)
{
  size_t l;
  if (size_pair(a, i))
    return 1;
  if (i < 2)
    return 0;
  l = i - 2;
  if (l > 0 && bc__an_tok_in(a, l, pixels))
    l--;
  return a->tok[l].type == AN_NUM && size_pair(a, l) == i;
}

/* A four-digit year token at i in a year-like context. */
static int year_at(const struct an *a, size_t i, int loose)
{
  int v = bc__tx_digits(a, i, 4) ? bc__tx_small_int(a, i, 4) : -1;
  size_t n = i + 1;
  int prefixed;
  if (v < 1000 || v > 2100 || measured(a, n) || size_side(a, i))
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
  if (i > 0 && (AN_IN(a, i - 1, labels) || (bc__an_is_punct(a, i - 1, '.') &&
                                            i > 1 && AN_IN(a, i - 2, labels))))
    return 0;
  /* "Windows 2000", "Orion 1980": a number after a name is part of it */
  bc__tx_loose_read(a);
  if (!loose && i > 0 && a->tok[i].sp && bc__an_is_cap(a, i - 1) &&
      !a->tok[i - 1].sent && !a->tok[i - 1].month && !a->tok[i - 1].wday &&
      bc__tx_stem(a, i - 1) == bc__an_toklen(a, i - 1) &&
      !bc__an_tok_in(a, i - 1, year_preps) && !bc__an_tok_is(a, i - 1, "fy"))
    return 0;
  if (bc__tx_adj(a, n)) {
    /* "2019%", "2019/20", "2019:12"; a colon ending a clause is fine */
    if (a->tok[n].type != AN_PUNCT || a->tok[n].cp == '%' ||
        a->tok[n].cp == '+' || a->tok[n].cp == '/' ||
        (a->tok[n].cp == ':' && bc__tx_adj(a, n + 1)) || a->tok[n].cp == '$' ||
        a->tok[n].cp == '@' || a->tok[n].cp == '_' || a->tok[n].cp == 0xB0)
      return 0;
    if (a->tok[n].cp == '.' && bc__tx_adj(a, n + 1) &&
        a->tok[n + 1].type == AN_NUM)
      return 0;
  }
  /* 2019-555-0100 is a phone number; 2019-21 and 2019-2021 are ranges. */
  if (bc__tx_adj(a, n) && bc__an_is_dash(a, n) && bc__tx_adj(a, n + 1) &&
      n + 1 < a->ntok && a->tok[n + 1].type == AN_NUM &&
      bc__an_toklen(a, n + 1) != 2 && bc__an_toklen(a, n + 1) != 4)
    return 0;
  if (loose)
    return 1;
  {
    /* "in 2019", "summer 2019", but not "could fall 2000 points" */
    int strong = prefixed || (i > 0 && ((bc__an_tok_in(a, i - 1, year_preps) &&
                                         !bc__tx_season_verb(a, i - 1)) ||
                                        bc__an_is_punct(a, i - 1, '(')));
    int weak = i > 0 && bc__an_tok_in(a, i - 1, weak_preps);
    int noun = n < a->ntok && a->tok[n].type == AN_WORD &&
               !bc__an_is_cap(a, n) && !bc__an_is_function_word(a, n) &&
               !bc__an_tok_in(a, n, year_follow);
    if (v < 1800 && !strong && !weak)
      return 0;
    if (noun) {
      /* "a 2010 raid", "the 1988 second quarter", "Ford's 1990 budget": a
       * year between an article and a singular noun modifies the noun;
       * "the 1500 workers" counts them. */
      const char *w = a->t + a->tok[n].s;
      size_t wl = bc__an_toklen(a, n);
      /* "the", "Ford's", or one adjective after them ("his
       * unsuccessful 1996 campaign") */
      int det = i > 0 && (bc__an_tok_in(a, i - 1, determiners) ||
                          bc__tx_stem(a, i - 1) < bc__an_toklen(a, i - 1) ||
                          (i > 1 && bc__an_is_lower(a, i - 1) &&
                           !bc__an_is_function_word(a, i - 1) &&
                           (bc__an_tok_in(a, i - 2, determiners) ||
                            bc__tx_stem(a, i - 2) < bc__an_toklen(a, i - 2))));
      int plural = wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's';
      if (strong)
        return 1;
      return v >= 1900 && v <= 2099 && det && !plural;
    }
    if (strong || weak)
      return 1;
    if (n < a->ntok && a->tok[n].type == AN_NUM)
      return 0;
    return 1;
  }
}

/* The full stop of "Sept. 3": after an abbreviated month, before a number
 * ("in May. 5 people came" is two sentences). */
static int abbr_dot(const struct an *a, size_t j)
{
  return j > 0 && bc__an_is_punct(a, j, '.') && bc__tx_adj(a, j) &&
         bc__tx_abbrev(a, j - 1) && j + 1 < a->ntok &&
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
    if (k > e && bc__tx_digits(a, k, 4) && bc__an_tok_is(a, e, "of") &&
        year_at(a, k, 1))
      return bc__tx_small_int(a, k, 4);
    return 0;
  }
  return 0;
}

/* "on 06/05 two years ago": how many years before the reference year the
 * day lies; 0 when no such words follow. */
static int years_ago_after(const struct an *a, size_t e)
{
  double v = 0;
  int pl = 0;
  size_t k = bc__tx_cardinal(a, e, &v, TXN_A);
  if (!k || v < 1 || v > 200 || v != (double)(int)v)
    return 0;
  if (bc__tx_unit(a, k, &pl) != 'Y' || !bc__an_tok_is(a, k + 1, "ago"))
    return 0;
  return (int)v;
}

static void resolve_partial(struct an *a, struct dt *d)
{
  int y = year_after(a, d->e);
  if (!y)
    y = bc__tx_sentence_year(a, d->s);
  if (!y) {
    /* "until 5 p.m. EST Nov. 9": the words before the time of day say
     * what the day is */
    size_t s = bc__tx_clock_before(a, d->s);
    int ago, sy;
    y = bc__tx_year_for(a, TG_DAY, d->m, d->d, bc__tx_tense(a, s, d->e));
    if (y && (ago = years_ago_after(a, d->e)) != 0)
      y -= ago;
    else if ((sy = bc__tx_story_year(a, d->s, d->m, d->d, y)) != 0)
      y = sy;
  }
  d->guessed = 1;
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
  v = bc__tx_small_int(a, j + 1, 2);
  if (v <= d || !valid_day(0, m, v) ||
      (bc__tx_adj(a, j + 2) && a->tok[j + 2].type != AN_PUNCT))
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
  if (bc__tx_digits(a, k, 4) && year_at(a, k, 1)) {
    d->y = bc__tx_small_int(a, k, 4);
    d->kind = BC_DATE_DAY;
    return k + 1;
  }
  return j;
}

/* The year after a quarter ("Q3 2018", "the third quarter of 2018", "Q4
 * '15", "the first quarter of next year"); without one, the year the
 * tense points to.  j: the token after the quarter. */
static size_t quarter_year(struct an *a, size_t j, struct dt *d)
{
  size_t k = j;
  int tense;
  d->kind = BC_DATE_QUARTER;
  d->e = j;
  if (bc__an_tok_is(a, k, "of") || bc__an_is_punct(a, k, ','))
    k++;
  if (bc__tx_digits(a, k, 4) && year_at(a, k, 1)) {
    d->y = bc__tx_small_int(a, k, 4);
    d->e = k + 1;
    return d->e;
  }
  if (bc__tx_adj(a, k) && is_apos(a, k) && bc__tx_digits(a, k + 1, 2) &&
      bc__tx_adj(a, k + 1)) {
    d->y = 2000 + bc__tx_small_int(a, k + 1, 2);
    d->e = k + 2;
    return d->e;
  }
  /* "of last year", "of this year", "of next year" */
  if (bc__an_tok_is(a, j, "of") && bc__an_tok_is(a, j + 2, "year") &&
      a->ref_y) {
    int dy = bc__an_tok_is(a, j + 1, "last")   ? -1
             : bc__an_tok_is(a, j + 1, "this") ? 0
             : bc__an_tok_is(a, j + 1, "next") ? 1
                                               : 2;
    if (dy != 2) {
      d->y = a->ref_y + dy;
      d->e = j + 3;
      return d->e;
    }
  }
  tense = bc__tx_tense(a, d->s, j);
  d->y = bc__tx_year_for(a, TG_QUARTER, d->q, 0, tense);
  d->guessed = 1;
  if (!d->y)
    d->kind = BC_DATE_PARTIAL;
  return d->e;
}

/* The century of a decade written short ("'50s", "the 90s") at token i,
 * v its two digits: that of a decade written in full before it in the
 * same sentence ("the 1820s and '50s"), else the last century for 30 and
 * up and this one below.  The look back is bounded, so that a sentence
 * without end costs no more than a fixed amount per decade. */
static int decade_century(const struct an *a, size_t i, int v)
{
  size_t k = i, steps = 0;
  while (k > 0 && !a->tok[k].sent && steps++ < 60) {
    k--;
    if (bc__tx_digits(a, k, 4) && a->t[a->tok[k].e - 1] == '0') {
      size_t j = k + 1;
      if (is_apos(a, j) && bc__tx_adj(a, j))
        j++;
      if (bc__an_tok_is(a, j, "s") && bc__tx_adj(a, j)) {
        int full = bc__tx_small_int(a, k, 4);
        if (full >= 1000 && full <= 2100)
          return full - full % 100;
      }
    }
  }
  return v >= 30 ? 1900 : 2000;
}

/* Numeric forms starting at a number token. */
static size_t num_date(struct an *a, size_t i, struct dt *d, int loose)
{
  int v1, v2, v3;
  size_t j;
  memset(d, 0, sizeof *d);
  d->s = i;
  /* 2021-02-17, 2019-06 */
  if (bc__tx_digits(a, i, 4) && bc__an_is_punct(a, i + 1, '-') &&
      bc__tx_adj(a, i + 1) && bc__tx_digits(a, i + 2, 2) &&
      bc__tx_adj(a, i + 2)) {
    d->y = bc__tx_small_int(a, i, 4);
    v2 = bc__tx_small_int(a, i + 2, 2);
    if (bc__an_is_punct(a, i + 3, '-') && bc__tx_adj(a, i + 3) &&
        bc__tx_digits(a, i + 4, 2) && bc__tx_adj(a, i + 4)) {
      v3 = bc__tx_small_int(a, i + 4, 2);
      if (d->y >= 1000 && valid_day(d->y, v2, v3) &&
          (bc__tx_free_after(a, i + 5) || bc__tx_iso_t(a, i + 5))) {
        d->m = v2;
        d->d = v3;
        d->kind = BC_DATE_DAY;
        d->e = i + 5;
        return d->e;
      }
      return 0;
    }
    if (a->t[a->tok[i + 2].s] == '0' && v2 >= 1 && v2 <= 12 && d->y >= 1000 &&
        d->y <= 2100 &&
        !(bc__tx_adj(a, i + 3) && a->tok[i + 3].type != AN_PUNCT)) {
      d->m = v2;
      d->kind = BC_DATE_MONTH;
      d->e = i + 3;
      return d->e;
    }
  }
  /* 2019/06/14 */
  if (bc__tx_digits(a, i, 4) && bc__an_is_punct(a, i + 1, '/') &&
      bc__tx_adj(a, i + 1) && bc__tx_digits(a, i + 2, 2) &&
      bc__tx_adj(a, i + 2) && bc__an_is_punct(a, i + 3, '/') &&
      bc__tx_adj(a, i + 3) && bc__tx_digits(a, i + 4, 2) &&
      bc__tx_adj(a, i + 4) &&
      !(bc__tx_adj(a, i + 5) && a->tok[i + 5].type != AN_PUNCT)) {
    d->y = bc__tx_small_int(a, i, 4);
    d->m = bc__tx_small_int(a, i + 2, 2);
    d->d = bc__tx_small_int(a, i + 4, 2);
    if (d->y >= 1000 && valid_day(d->y, d->m, d->d)) {
      d->kind = BC_DATE_DAY;
      d->e = i + 5;
      return d->e;
    }
    return 0;
  }
  /* 06/14, 06/14/2019, 6/14/19 (US order; day-first when the first part
   * cannot be a month). */
  v1 = bc__tx_small_int(a, i, 2);
  if (v1 > 0 && bc__an_is_punct(a, i + 1, '/') && bc__tx_adj(a, i + 1) &&
      bc__tx_adj(a, i + 2) && (v2 = bc__tx_small_int(a, i + 2, 2)) > 0 &&
      !(i > 0 && !a->tok[i].sp &&
        (bc__an_is_punct(a, i - 1, '/') || is_currency(a, i - 1)))) {
    int m = v1, dd = v2, y = 0;
    j = i + 3;
    if (bc__an_is_punct(a, j, '/') && bc__tx_adj(a, j) &&
        bc__tx_adj(a, j + 1)) {
      if (bc__tx_digits(a, j + 1, 4)) {
        y = bc__tx_small_int(a, j + 1, 4);
      } else if (bc__tx_digits(a, j + 1, 2)) {
        y = bc__tx_small_int(a, j + 1, 2);
        y += y <= 50 ? 2000 : 1900;
      } else {
        return 0;
      }
      j += 2;
      if (bc__tx_adj(a, j) &&
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
    if (bc__tx_adj(a, j) &&
        (bc__an_is_punct(a, j, '/') || bc__an_is_punct(a, j, '%') ||
         a->tok[j].type != AN_PUNCT))
      return 0;
    /* Without a year, "1/2" and "3/4" are fractions: demand a two-digit
     * part or a preposition that introduces a date.  A fraction is also
     * what a comparison or a measure makes of a pair written without a
     * leading zero ("06/14" is a date's way): "1/10 that of", "1/10 of
     * the dose", "1/10 the size", "1/10 as much", "1/10 mL". */
    if (!valid_day(0, m, dd))
      return 0;
    {
      int intro = i > 0 && (bc__an_tok_is(a, i - 1, "on") ||
                            bc__an_tok_is(a, i - 1, "by") ||
                            bc__an_tok_is(a, i - 1, "since") ||
                            bc__an_tok_is(a, i - 1, "until") ||
                            bc__an_tok_is(a, i - 1, "before") ||
                            bc__an_tok_is(a, i - 1, "after"));
      int zero = a->t[a->tok[i].s] == '0' || a->t[a->tok[i + 2].s] == '0';
      if (bc__an_toklen(a, i) < 2 && bc__an_toklen(a, i + 2) < 2 && !intro)
        return 0;
      if (!intro && !zero &&
          (bc__an_tok_is(a, j, "of") || bc__an_tok_is(a, j, "that") ||
           bc__an_tok_is(a, j, "the") || bc__an_tok_is(a, j, "as") ||
           bc__an_tok_is(a, j, "those") || measured(a, j)))
        return 0;
    }
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
  if ((bc__tx_digits(a, i, 4) || bc__tx_digits(a, i, 2)) &&
      a->t[a->tok[i].e - 1] == '0') {
    j = i + 1;
    if (is_apos(a, j) && bc__tx_adj(a, j))
      j++;
    if (bc__an_tok_is(a, j, "s") && bc__tx_adj(a, j) &&
        !(bc__tx_adj(a, j + 1) && a->tok[j + 1].type != AN_PUNCT)) {
      int v = bc__tx_small_int(a, i, 4);
      if (bc__an_toklen(a, i) == 2) {
        int apos = i > 0 && is_apos(a, i - 1) && bc__tx_adj(a, i);
        if (!apos && !(i > 0 && (bc__an_tok_is(a, i - 1, "the") ||
                                 bc__an_tok_is(a, i - 1, "early") ||
                                 bc__an_tok_is(a, i - 1, "late") ||
                                 bc__an_tok_is(a, i - 1, "mid"))))
          return 0;
        if (apos)
          d->s = i - 1;
        v += decade_century(a, i, v);
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
    d->y = bc__tx_small_int(a, i, 4);
    d->kind = BC_DATE_YEAR;
    d->e = i + 1;
    return d->e;
  }
  return 0;

quarter_year:
  return quarter_year(a, j, d);
}

/* Forms that start with a word. */
static size_t word_date(struct an *a, size_t i, struct dt *d)
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
        /* "Saturday, April 25" written without a year: the year in which
         * April 25 is a Saturday, of the three around the one chosen */
        int wd = bc__cal_weekday_of(a->t + a->tok[i].s, bc__an_toklen(a, i));
        if (d->kind == BC_DATE_DAY && d->guessed && wd &&
            bc__cal_weekday(d->y, d->m, d->d) != wd) {
          if (bc__cal_valid(d->y + 1, d->m, d->d) &&
              bc__cal_weekday(d->y + 1, d->m, d->d) == wd)
            d->y++;
          else if (bc__cal_valid(d->y - 1, d->m, d->d) &&
                   bc__cal_weekday(d->y - 1, d->m, d->d) == wd)
            d->y--;
        }
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
      if (bc__tx_digits(a, k, 4) && year_at(a, k, 1)) {
        d->y = bc__tx_small_int(a, k, 4);
        d->m = m;
        d->kind = BC_DATE_MONTH;
        d->e = k + 1;
        return d->e;
      }
      /* "January nineteen ninety-seven" */
      if ((k = bc__tx_spelled_year(a, k, &v)) != 0) {
        d->y = v;
        d->m = m;
        d->kind = BC_DATE_MONTH;
        d->e = k;
        return d->e;
      }
    }
    /* "March eighth", "June the first" */
    {
      size_t k = bc__an_tok_is(a, j, "the") ? j + 1 : j, e2 = 0;
      /* a month ending the text has nothing after it to read */
      v = k < a->ntok && a->tok[k].type == AN_WORD ? bc__tx_ordinal(a, k, &e2)
                                                   : 0;
      if (v && valid_day(0, m, v)) {
        d->m = m;
        d->d = v;
        d->e = opt_year(a, e2, d);
        if (d->e == e2)
          resolve_partial(a, d);
        else if (!valid_day(d->y, m, v))
          return 0;
        return d->e;
      }
    }
    /* June 14th, 2019 */
    v = bc__tx_small_int(a, j, 2);
    if (v >= 1 && v <= 31 && valid_day(0, m, v) &&
        !(bc__tx_adj(a, j + 1) && a->tok[j + 1].type == AN_PUNCT &&
          (a->tok[j + 1].cp == '%' || a->tok[j + 1].cp == '/' ||
           (a->tok[j + 1].cp == ':' && bc__tx_adj(a, j + 2) &&
            j + 2 < a->ntok && a->tok[j + 2].type == AN_NUM) ||
           (a->tok[j + 1].cp == '.' && bc__tx_adj(a, j + 2))))) {
      size_t k = ord_suffix(a, j + 1);
      if (bc__tx_adj(a, k) && a->tok[k].type == AN_WORD)
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
  if ((bc__an_tok_is(a, i, "q")) && bc__tx_adj(a, i + 1) &&
      (v = bc__tx_small_int(a, i + 1, 1)) >= 1 && v <= 4 &&
      !(bc__tx_adj(a, i + 2) && a->tok[i + 2].type != AN_PUNCT)) {
    d->q = v;
    j = i + 2;
    d->kind = BC_DATE_QUARTER;
    goto quarter_year;
  }
  /* the first quarter of 2018, third-quarter */
  if ((v = quarter_word(a, i)) && bc__an_tok_is(a, i + 1, "quarter")) {
    d->q = v;
    j = i + 2;
    d->kind = BC_DATE_QUARTER;
    goto quarter_year;
  }
  if ((v = quarter_word(a, i)) && bc__tx_hyphen(a, i + 1) &&
      bc__an_tok_is(a, i + 2, "quarter")) {
    d->q = v;
    j = i + 3;
    d->kind = BC_DATE_QUARTER;
    goto quarter_year;
  }
  return 0;

quarter_year:
  return quarter_year(a, j, d);
}

static size_t one_date(struct an *a, size_t i, struct dt *d, int loose)
{
  if (i >= a->ntok || a->tok[i].used)
    return 0;
  if (a->tok[i].type == AN_NUM)
    return num_date(a, i, d, loose);
  if (a->tok[i].type == AN_WORD)
    return word_date(a, i, d);
  if (is_apos(a, i) && bc__tx_digits(a, i + 1, 2) && bc__tx_adj(a, i + 1)) {
    size_t e = num_date(a, i + 1, d, 0);
    if (e && d->kind == BC_DATE_DECADE)
      return e;
  }
  return 0;
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

static void point_of(const struct dt *d, struct tx_point *p)
{
  memset(p, 0, sizeof *p);
  p->y = d->kind == BC_DATE_DECADE ? d->decade : d->y;
  switch (d->kind) {
  case BC_DATE_DAY:
    p->grain = TG_DAY;
    p->sub = d->m;
    p->d = d->d;
    break;
  case BC_DATE_MONTH:
    p->grain = TG_MONTH;
    p->sub = d->m;
    break;
  case BC_DATE_YEAR: p->grain = TG_YEAR; break;
  case BC_DATE_QUARTER:
    p->grain = TG_QUARTER;
    p->sub = d->q;
    break;
  case BC_DATE_DECADE: p->grain = TG_DECADE; break;
  case BC_DATE_PARTIAL:
    p->grain = d->q ? TG_QUARTER : TG_DAY;
    p->sub = d->q ? d->q : d->m;
    p->d = d->d;
    break;
  default: break;
  }
}

static void to_tx(const struct dt *d, struct tx *x)
{
  memset(x, 0, sizeof *x);
  x->s = d->s;
  x->e = d->e;
  x->kind = d->kind;
  x->type = BC_TIMEX_DATE;
  x->guessed = (unsigned char)(d->guessed && d->kind != BC_DATE_PARTIAL);
  x->relative = x->guessed;
  point_of(d, &x->p);
}

/* out = "a/b", the ISO 8601 interval (cut at the end of a part when it
 * does not fit, which no real pair of dates does). */
static void join_iso(char *out, size_t n, const char *x, const char *y)
{
  size_t lx = strlen(x), ly = strlen(y);
  if (lx + 1 + ly >= n)
    lx = ly = 0;
  memcpy(out, x, lx);
  out[lx] = '/';
  memcpy(out + lx + 1, y, ly);
  out[lx + 1 + ly] = '\0';
}

/* A date, or a range of two: "June 2012 to March 2016", "2019-21",
 * "June 14-16", "between 2008 and June 2012". */
static size_t range_or_date(struct an *a, size_t i, struct tx *x, int loose)
{
  struct dt d1, d2;
  size_t e, c, e2 = 0;
  char iso1[sizeof x->iso];
  struct tx t2;
  e = one_date(a, i, &d1, loose);
  if (!e) {
    /* "from 2010 to 2015": a bare year followed by a range connector and
     * another year is a year even without other context. */
    if (bc__tx_digits(a, i, 4) && year_at(a, i, 1) &&
        (bc__an_is_dash(a, i + 1) || bc__an_tok_is(a, i + 1, "to") ||
         bc__an_tok_is(a, i + 1, "through")) &&
        bc__tx_digits(a, i + 2, 4) && year_at(a, i + 2, 1) &&
        bc__tx_small_int(a, i + 2, 4) > bc__tx_small_int(a, i, 4)) {
      memset(&d1, 0, sizeof d1);
      d1.kind = BC_DATE_YEAR;
      d1.y = bc__tx_small_int(a, i, 4);
      d1.s = i;
      d1.e = e = i + 1;
    } else if (bc__an_month(a, i) && bc__an_is_cap(a, i) &&
               (bc__an_is_dash(a, i + 1) || bc__an_tok_is(a, i + 1, "to") ||
                bc__an_tok_is(a, i + 1, "through") ||
                bc__an_tok_is(a, i + 1, "until") ||
                (bc__an_tok_is(a, i + 1, "and") && i > 0 &&
                 bc__an_tok_is(a, i - 1, "between")))) {
      /* "between April and December 2018": the first month takes the
       * year written after the second (or the one before, for "November
       * to February 2019"). */
      memset(&d1, 0, sizeof d1);
      d1.kind = BC_DATE_MONTH;
      d1.m = bc__an_month(a, i);
      d1.s = i;
      d1.e = e = i + 1;
      if (!one_date(a, i + 2, &d2, 1) || d2.kind != BC_DATE_MONTH || d2.guessed)
        return 0;
      d1.y = d1.m <= d2.m ? d2.y : d2.y - 1;
    } else {
      return 0;
    }
  }
  to_tx(&d1, x);
  if (d1.d_hi && d1.kind == BC_DATE_DAY) {
    struct dt last = d1;
    last.d = d1.d_hi;
    to_tx(&last, &t2);
    bc__tx_format(x);
    bc__tx_format(&t2);
    memcpy(iso1, x->iso, sizeof iso1);
    join_iso(x->iso, sizeof x->iso, iso1, t2.iso);
    x->kind = BC_DATE_RANGE;
    return e;
  }
  /* A range: D1 (to|until|through|-|–|and after "between") D2. */
  c = d1.e;
  if (!rangeable(&d1) || c + 1 >= a->ntok ||
      !(bc__an_is_dash(a, c) || bc__an_tok_is(a, c, "to") ||
        bc__an_tok_is(a, c, "until") || bc__an_tok_is(a, c, "till") ||
        bc__an_tok_is(a, c, "through") || bc__an_tok_is(a, c, "thru") ||
        (bc__an_tok_is(a, c, "and") && d1.s > 0 &&
         bc__an_tok_is(a, d1.s - 1, "between"))))
    return e;
  /* "by 1000–2000 K", "from 1500 to 2000 g mol−1": measurements */
  if (d1.kind == BC_DATE_YEAR && a->tok[c + 1].type == AN_NUM &&
      measured(a, c + 2))
    return 0;
  if (d1.kind == BC_DATE_YEAR && bc__an_is_dash(a, c) && bc__tx_adj(a, c) &&
      bc__tx_adj(a, c + 1) && bc__tx_digits(a, c + 1, 2) &&
      !(bc__tx_adj(a, c + 2) && a->tok[c + 2].type != AN_PUNCT)) {
    /* 2019-21 */
    memset(&d2, 0, sizeof d2);
    d2.kind = BC_DATE_YEAR;
    d2.y = d1.y / 100 * 100 + bc__tx_small_int(a, c + 1, 2);
    d2.s = c + 1;
    d2.e = e2 = c + 2;
    if (d2.y <= d1.y)
      e2 = 0;
  } else if (d1.kind == BC_DATE_YEAR && bc__an_is_dash(a, c) &&
             bc__tx_digits(a, c + 1, 4) &&
             bc__tx_small_int(a, c + 1, 4) > d1.y &&
             bc__tx_small_int(a, c + 1, 4) < d1.y + 200) {
    /* 1983-1987, 2021–2024: a year after a year and a dash. */
    memset(&d2, 0, sizeof d2);
    d2.kind = BC_DATE_YEAR;
    d2.y = bc__tx_small_int(a, c + 1, 4);
    d2.s = c + 1;
    d2.e = e2 = c + 2;
  } else {
    e2 = one_date(a, c + 1, &d2, 1);
  }
  if (!e2 || !rangeable(&d2) || start_key(&d2) <= start_key(&d1))
    return e;
  /* "1065–1280 cm−1", "1500–2000 g mol−1": a range of measurements */
  if (d1.kind == BC_DATE_YEAR && d2.kind == BC_DATE_YEAR && measured(a, e2))
    return 0;
  to_tx(&d2, &t2);
  bc__tx_format(x);
  bc__tx_format(&t2);
  memcpy(iso1, x->iso, sizeof iso1);
  join_iso(x->iso, sizeof x->iso, iso1, t2.iso);
  x->kind = BC_DATE_RANGE;
  x->e = e2;
  x->guessed |= t2.guessed;
  x->relative |= t2.relative;
  return e2;
}

/* "H1 2024", "H2 2019": a half year written as in a report. */
static size_t h_half(struct an *a, size_t i, struct tx *x)
{
  int h;
  size_t k = i + 2;
  if (!bc__an_tok_is(a, i, "h") || !bc__an_is_cap(a, i) ||
      !bc__tx_adj(a, i + 1) || (h = bc__tx_small_int(a, i + 1, 1)) < 1 ||
      h > 2 || !bc__tx_free_after(a, i + 2))
    return 0;
  if (bc__an_is_punct(a, k, ','))
    k++;
  if (!bc__tx_digits(a, k, 4) || !year_at(a, k, 1))
    return 0;
  memset(x, 0, sizeof *x);
  x->s = i;
  x->e = k + 1;
  x->kind = BC_DATE_HALF;
  x->type = BC_TIMEX_DATE;
  x->p.grain = TG_HALF;
  x->p.sub = h;
  x->p.y = bc__tx_small_int(a, k, 4);
  return x->e;
}

/* "first half", "second-half", "the last half": 1 or 2, *e after it. */
static int half_word(const struct an *a, size_t i, size_t *e)
{
  int h = bc__an_tok_is(a, i, "first")    ? 1
          : bc__an_tok_is(a, i, "second") ? 2
          : bc__an_tok_is(a, i, "last")   ? 2
          : bc__an_tok_is(a, i, "latter") ? 2
                                          : 0;
  if (!h)
    return 0;
  if (bc__an_tok_is(a, i + 1, "half")) {
    *e = i + 2;
    return h;
  }
  if (bc__tx_hyphen(a, i + 1) && bc__an_tok_is(a, i + 2, "half")) {
    *e = i + 3;
    return -h; /* the adjective: "first-half profit" */
  }
  return 0;
}

/* A half year: "the first half of 1989", "the second half of next year",
 * "first-half results" (its year from the reference date and tense). */
static size_t half_year(struct an *a, size_t i, struct tx *x)
{
  size_t j, e;
  int h = half_word(a, i, &j), dy = 2;
  if (!h)
    return 0;
  memset(x, 0, sizeof *x);
  x->s = i;
  x->kind = BC_DATE_HALF;
  x->type = BC_TIMEX_DATE;
  x->p.grain = TG_HALF;
  x->p.sub = h < 0 ? -h : h;
  if (bc__an_tok_is(a, j, "of")) {
    if (bc__tx_digits(a, j + 1, 4) && year_at(a, j + 1, 1)) {
      x->p.y = bc__tx_small_int(a, j + 1, 4);
      x->e = j + 2;
      return x->e;
    }
    e = j + 1;
    if (bc__an_tok_is(a, e, "the") && bc__an_tok_is(a, e + 1, "year"))
      dy = 0;
    else if (bc__an_tok_is(a, e + 1, "year"))
      dy = bc__an_tok_is(a, e, "last")   ? -1
           : bc__an_tok_is(a, e, "this") ? 0
           : bc__an_tok_is(a, e, "next") ? 1
                                         : 2;
    if (dy == 2 || !a->ref_y)
      return 0;
    x->p.y = a->ref_y + dy;
    x->relative = 1;
    x->kind = BC_DATE_RELATIVE;
    x->e = e + 2;
    return x->e;
  }
  if (h > 0)
    return 0; /* "the first half" of what? */
  x->e = j;
  x->p.y = bc__tx_year_for(a, TG_HALF, x->p.sub, 0, bc__tx_tense(a, i, j));
  x->relative = x->guessed = 1;
  x->kind = BC_DATE_RELATIVE;
  return x->e;
}

/* "first 6 months of 2017" at i: 3 or 6 with the end of the year it
 * counts from (0 the start, 1 the end); 0 when the words are not that. */
static int months_count(const struct an *a, size_t i, int *end)
{
  int n;
  *end = bc__an_tok_is(a, i, "first")   ? 0
         : bc__an_tok_is(a, i, "last")  ? 1
         : bc__an_tok_is(a, i, "final") ? 1
                                        : -1;
  if (*end < 0)
    return 0;
  n = bc__tx_small_int(a, i + 1, 1);
  if (n < 0)
    n = bc__an_word_number(a, i + 1);
  if ((n != 3 && n != 6) || !bc__an_tok_is(a, i + 2, "months") ||
      !bc__an_tok_is(a, i + 3, "of") || !bc__tx_digits(a, i + 4, 4))
    return 0;
  return n;
}

size_t bc__tx_months_count(const struct an *a, size_t s, size_t e)
{
  int end;
  if (bc__an_tok_is(a, s, "the"))
    s++;
  return s + 5 == e && months_count(a, s, &end) ? s + 1 : 0;
}

/* "the last 6 months of 2017", "the first three months of 2020": a
 * writer's other name for a half or a quarter of a named year.  Other
 * counts of months are no calendar period and stay a duration. */
static size_t months_of_year(struct an *a, size_t i, struct tx *x)
{
  int end, n = months_count(a, i, &end);
  size_t k = i + 1;
  if (!n || !year_at(a, k + 3, 1))
    return 0;
  memset(x, 0, sizeof *x);
  x->s = i;
  x->e = k + 4;
  x->type = BC_TIMEX_DATE;
  x->p.y = bc__tx_small_int(a, k + 3, 4);
  if (n == 6) {
    x->kind = BC_DATE_HALF;
    x->p.grain = TG_HALF;
    x->p.sub = end ? 2 : 1;
  } else {
    x->kind = BC_DATE_QUARTER;
    x->p.grain = TG_QUARTER;
    x->p.sub = end ? 4 : 1;
  }
  return x->e;
}

/* "fiscal 1989", "fiscal year 1989", "FY 1989": the year, its span with
 * the words. */
static size_t fiscal_year(struct an *a, size_t i, struct tx *x)
{
  size_t k = i + 1;
  if (!bc__an_tok_is(a, i, "fiscal") && !bc__an_tok_is(a, i, "fy"))
    return 0;
  if (bc__tx_hyphen(a, k) && bc__an_tok_is(a, k + 1, "year"))
    k += 2;
  else if (bc__an_tok_is(a, k, "year"))
    k++;
  /* "FY2024" is glued, "fiscal 1989" is not */
  if (!bc__tx_digits(a, k, 4) ||
      (k == i + 1 && bc__tx_adj(a, k)
           ? bc__tx_small_int(a, k, 4) < 1900 || !bc__tx_free_after(a, k + 1)
           : !year_at(a, k, 1)))
    return 0;
  memset(x, 0, sizeof *x);
  x->s = i;
  x->e = k + 1;
  x->kind = BC_DATE_YEAR;
  x->type = BC_TIMEX_DATE;
  x->p.grain = TG_YEAR;
  x->p.y = bc__tx_small_int(a, k, 4);
  return x->e;
}

/* After a year used as a modifier: "1988 second quarter", "1989's third
 * quarter", "1990 first half", "the 1988 period".  x holds the year. */
static size_t year_modifier(struct an *a, struct tx *x)
{
  size_t k = x->e, j;
  int q;
  struct tx_point an;
  if (bc__tx_adj(a, k) && is_apos(a, k) && bc__an_tok_is(a, k + 1, "s"))
    k += 2;
  if ((q = quarter_word(a, k)) != 0) {
    if (bc__an_tok_is(a, k + 1, "quarter"))
      j = k + 2;
    else if (bc__tx_hyphen(a, k + 1) && bc__an_tok_is(a, k + 2, "quarter"))
      j = k + 3;
    else
      j = 0;
    if (j) {
      x->kind = BC_DATE_QUARTER;
      x->p.grain = TG_QUARTER;
      x->p.sub = q;
      x->e = j;
      return j;
    }
  }
  if (half_word(a, k, &j)) {
    int h = half_word(a, k, &j);
    x->kind = BC_DATE_HALF;
    x->p.grain = TG_HALF;
    x->p.sub = h < 0 ? -h : h;
    x->e = j;
    return j;
  }
  /* "the 1988 quarter", "the 1989 period": the quarter spoken of, in
   * that year. */
  if (k == x->e &&
      (bc__an_tok_is(a, k, "quarter") || bc__an_tok_is(a, k, "period"))) {
    if (bc__tx_anchor_quarter(a, x->s, &an)) {
      x->kind = BC_DATE_QUARTER;
      x->p.grain = TG_QUARTER;
      x->p.sub = an.sub;
      x->guessed = x->anchored = 1;
    }
    x->e = k + 1;
    return x->e;
  }
  return x->e;
}

/* "the 20th century", "twentieth-century", "the 19th and 20th centuries"
 * (the first), "the 20th century's": the century, "19" for 1900-1999. */
static size_t century(const struct an *a, size_t i, struct tx *x)
{
  size_t e = 0, k;
  int n = bc__tx_ordinal(a, i, &e);
  if (!n || n > 21)
    return 0;
  k = e;
  if (bc__tx_hyphen(a, k))
    k++;
  if (!bc__tx_word(a, k, "century") &&
      !(bc__an_tok_is(a, k, "centuries") && k == e))
    return 0;
  memset(x, 0, sizeof *x);
  x->s = i;
  x->e = k + 1;
  x->kind = BC_DATE_CENTURY;
  x->type = BC_TIMEX_DATE;
  x->p.grain = TG_CENTURY;
  x->p.y = (n - 1) * 100;
  return x->e;
}

int bc__tx_century_before(const struct an *a, size_t i, struct tx_point *p)
{
  size_t s;
  struct tx c;
  if (i < 2 || !bc__tx_word(a, i - 1, "century") ||
      bc__tx_stem(a, i - 1) == bc__an_toklen(a, i - 1))
    return 0;
  /* "20th century's", "twentieth-century's", "20th-century's" */
  for (s = i >= 4 ? i - 4 : 0; s + 1 < i; s++)
    if (century(a, s, &c) == i) {
      *p = c.p;
      return 1;
    }
  return 0;
}

/* "the nineties", "the eighties": the decade of that name last reached by
 * the reference year (the 1990s in 1998, the 2020s in 2024).  Only with
 * the article: "in his forties" is an age. */
static size_t decade_word(struct an *a, size_t i, struct tx *x)
{
  static const char *const w[] = {"twenties", "thirties", "forties",
                                  "fifties",  "sixties",  "seventies",
                                  "eighties", "nineties"};
  size_t k;
  int ref = a->ref_y ? a->ref_y : 1999, y;
  for (k = 0; k < 8; k++)
    if (bc__an_tok_is(a, i, w[k]))
      break;
  /* "the nineties", "the late eighties", "the mid-seventies"; "his
   * mid-forties" and "the over-sixties" are ages */
  if (k == 8 || i == 0)
    return 0;
  if (!bc__an_tok_is(a, i - 1, "the") &&
      !(i > 1 && bc__an_tok_is(a, i - 2, "the") &&
        (bc__an_tok_is(a, i - 1, "early") ||
         bc__an_tok_is(a, i - 1, "late"))) &&
      !(i > 2 && bc__an_tok_is(a, i - 3, "the") &&
        bc__an_tok_is(a, i - 2, "mid") && bc__an_is_dash(a, i - 1)))
    return 0;
  y = ref - ref % 100 + 20 + (int)k * 10;
  if (y > ref)
    y -= 100;
  memset(x, 0, sizeof *x);
  x->s = bc__an_tok_is(a, i - 1, "the") ? i - 1 : i;
  x->e = i + 1;
  x->kind = BC_DATE_DECADE;
  x->type = BC_TIMEX_DATE;
  x->p.grain = TG_DECADE;
  x->p.y = y;
  return x->e;
}

/* A year in words: "nineteen ninety-six" anywhere but before a noun it
 * counts ("nineteen ninety-six people"), "nineteen hundred" and "two
 * thousand" only after a word that introduces a year ("in two thousand
 * and one", "the year two thousand"): "Nineteen hundred commits" counts. */
static size_t year_in_words(struct an *a, size_t i, struct tx *x)
{
  static const char *const intro[] = {"in",    "since",  "by",      "until",
                                      "of",    "from",   "to",      "before",
                                      "after", "during", "through", NULL};
  size_t j = i, e;
  int y = 0, the = 0, hundreds;
  if (bc__an_tok_is(a, i, "the") && bc__an_tok_is(a, i + 1, "year")) {
    j = i + 2;
    the = 1;
  }
  if ((e = bc__tx_spelled_year(a, j, &y)) == 0)
    return 0;
  hundreds = y % 100 == 0 || bc__an_word_number(a, j) < 10;
  if (!the && hundreds && !(j > 0 && bc__an_tok_in(a, j - 1, intro)))
    return 0;
  /* "a nineteen ninety-seven attack" is dated by it */
  if (!the && e < a->ntok && a->tok[e].type == AN_WORD &&
      !bc__an_is_function_word(a, e) && !bc__an_is_cap(a, e) &&
      !bc__tx_unit(a, e, NULL) &&
      !(i > 0 && bc__an_tok_in(a, i - 1, determiners) &&
        a->t[a->tok[e].e - 1] != 's'))
    return 0;
  memset(x, 0, sizeof *x);
  x->s = i;
  x->e = e;
  x->kind = BC_DATE_YEAR;
  x->type = BC_TIMEX_DATE;
  x->p.grain = TG_YEAR;
  x->p.y = y;
  return e;
}

size_t bc__tx_calendar(struct an *a, size_t i, struct tx *x, int loose)
{
  size_t e;
  if (i >= a->ntok || a->tok[i].used)
    return 0;
  if ((e = century(a, i, x)) != 0 || (e = decade_word(a, i, x)) != 0 ||
      (e = year_in_words(a, i, x)) != 0)
    return e;
  if ((e = fiscal_year(a, i, x)) != 0)
    return year_modifier(a, x);
  if ((e = half_year(a, i, x)) != 0 || (e = h_half(a, i, x)) != 0 ||
      (e = months_of_year(a, i, x)) != 0)
    return e;
  /* "the third quarter", "the 1988 period": TimeML keeps the article of a
   * period named by a noun; "the Nov. 6 deadline" is a day.  A decade
   * keeps the span it always had ("1990s"), which is what the checker
   * quotes back. */
  if (bc__an_tok_is(a, i, "the")) {
    size_t k = i + 1;
    if (bc__an_tok_is(a, k, "fiscal") && !bc__tx_digits(a, k + 1, 4) &&
        !bc__an_tok_is(a, k + 1, "year"))
      k++; /* "the fiscal first quarter" */
    if ((e = half_year(a, k, x)) != 0 || (e = months_of_year(a, k, x)) != 0) {
      x->s = i;
      return e;
    }
    e = bc__tx_calendar(a, k, x, loose);
    if (!e)
      return 0;
    if (x->kind == BC_DATE_QUARTER && bc__tx_hyphen(a, x->s + 1)) {
      /* "the third-quarter loss": the adjective is the timex */
      return e;
    }
    if (x->kind == BC_DATE_CENTURY) {
      x->s = i;
      return e;
    }
    if (x->kind == BC_DATE_QUARTER ||
        (x->kind == BC_DATE_PARTIAL && x->p.grain == TG_QUARTER) ||
        x->kind == BC_DATE_HALF || (x->kind == BC_DATE_YEAR && e > k + 1)) {
      x->s = i;
      return e;
    }
    /* Keep the date without the article. */
    return 0;
  }
  e = range_or_date(a, i, x, loose);
  if (e && x->kind == BC_DATE_YEAR)
    e = year_modifier(a, x);
  return e;
}
