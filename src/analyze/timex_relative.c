/* timex_relative.c - dates said relative to the reference date or to a date
 * written before them: yesterday, now, recently, soon, last year, this
 * week, next quarter, the latest quarter, the year-ago quarter, Friday, in
 * August, this summer, that year, the following month.  Their values come
 * from the reference date (and, for a year-less month or weekday, the
 * tense) or from the anchor.  Times of day, durations and sets are in
 * their own files; "two years ago" is a duration turned into a date by the
 * driver. */
#include <stdio.h>
#include <string.h>

#include "analyze/timex.h"
#include "analyze/units.h"
#include "util/calendar.h"

static size_t ref_value(struct tx *x, size_t e, const char *v)
{
  snprintf(x->iso, sizeof x->iso, "%s", v);
  x->p.grain = TG_NONE;
  x->e = e;
  return e;
}

/* The weekday (1-7) a capitalized word names in full, also as "Friday's";
 * "Sun" and "Wed" alone are too often something else. */
int bc__tx_weekday_word(const struct an *a, size_t i)
{
  size_t n;
  if (i >= a->ntok || a->tok[i].type != AN_WORD || !bc__an_is_cap(a, i))
    return 0;
  n = bc__tx_stem(a, i);
  if (n < 6)
    return 0;
  return bc__cal_weekday_of(a->t + a->tok[i].s, n);
}

/* The month (1-12) a capitalized word names, also as "August's". */
static int month_word(const struct an *a, size_t i)
{
  if (i >= a->ntok || a->tok[i].type != AN_WORD || !bc__an_is_cap(a, i))
    return 0;
  return bc__cal_month_of(a->t + a->tok[i].s, bc__tx_stem(a, i));
}

/* --- the present, the past, the future as a whole ------------------------ */

static size_t general_ref(struct an *a, size_t i, struct tx *x)
{
  static const char *const present[] = {"currently", "nowadays", "presently",
                                        NULL};
  /* "previously" and "formerly" mostly qualify a verb ("a previously
   * announced plan") rather than name a time, and TimeBank leaves them;
   * "recent" and "future" before a noun likewise ("the recent moves",
   * "future payments"). */
  if (bc__an_tok_is(a, i, "now")) {
    if (i > 0 && bc__an_tok_is(a, i - 1, "right"))
      x->s = i - 1;
    return ref_value(x, i + 1, "PRESENT_REF");
  }
  if (bc__an_tok_in(a, i, present))
    return ref_value(x, i + 1, "PRESENT_REF");
  if (bc__an_tok_is(a, i, "these") && bc__an_tok_is(a, i + 1, "days"))
    return ref_value(x, i + 2, "PRESENT_REF");
  if (bc__an_tok_is(a, i, "recently") || bc__an_tok_is(a, i, "lately")) {
    if (i > 0 && bc__an_tok_is(a, i - 1, "more") && bc__an_is_cap(a, i - 1))
      x->s = i - 1; /* "More recently" */
    return ref_value(x, i + 1, "PAST_REF");
  }
  if (bc__an_tok_is(a, i, "the") && bc__an_tok_is(a, i + 1, "past") &&
      (i + 2 >= a->ntok || a->tok[i + 2].type == AN_PUNCT ||
       bc__an_is_function_word(a, i + 2)) &&
      !bc__an_tok_is(a, i + 2, "few") && !bc__an_tok_is(a, i + 2, "several"))
    return ref_value(x, i + 2, "PAST_REF");
  /* "Earlier, ..." opening a sentence */
  if (bc__an_tok_is(a, i, "earlier") && a->tok[i].sent &&
      bc__an_is_punct(a, i + 1, ','))
    return ref_value(x, i + 1, "PAST_REF");
  if (bc__an_tok_is(a, i, "soon")) {
    /* "as soon as they arrive" and "soon after the war" relate two
     * times; "as soon as possible" and "soon" are times. */
    if (i > 0 && bc__an_tok_is(a, i - 1, "as") &&
        bc__an_tok_is(a, i + 1, "as")) {
      if (bc__an_tok_is(a, i + 2, "possible")) {
        x->s = i - 1;
        return ref_value(x, i + 3, "FUTURE_REF");
      }
      return 0;
    }
    if (bc__an_tok_is(a, i + 1, "after") || bc__an_tok_is(a, i + 1, "before"))
      return 0;
    return ref_value(x, i + 1, "FUTURE_REF");
  }
  if (bc__an_tok_is(a, i, "the") &&
      (bc__an_tok_is(a, i + 1, "near") || bc__an_tok_is(a, i + 1, "short") ||
       bc__an_tok_is(a, i + 1, "long")) &&
      (bc__an_tok_is(a, i + 2, "term") || bc__an_tok_is(a, i + 2, "future")) &&
      !bc__tx_hyphen(a, i + 3))
    return ref_value(x, i + 3, "FUTURE_REF");
  if (bc__an_tok_is(a, i, "the") && bc__an_tok_is(a, i + 1, "future") &&
      !bc__an_tok_is(a, i + 2, "of"))
    return ref_value(x, i + 2, "FUTURE_REF");
  return 0;
}

/* --- deictic days: yesterday, today, tomorrow ----------------------------- */

static size_t deictic_day(struct an *a, size_t i, struct tx *x)
{
  long n;
  struct tx_point p;
  if (bc__tx_word(a, i, "yesterday"))
    n = -1;
  else if (bc__tx_word(a, i, "today"))
    n = 0;
  else if (bc__tx_word(a, i, "tomorrow"))
    n = 1;
  else
    return 0;
  /* "the people of tomorrow", "today's youth" stay dates; a quoted
   * title does not come up here. */
  if (bc__tx_rel_point(a, 'D', n, &p))
    x->p = p;
  else
    x->p.grain = TG_DAY;
  x->e = i + 1;
  return x->e;
}

/* --- last year, this week, next quarter ... ------------------------------ */

enum { W_NONE, W_SHIFT, W_LATEST, W_ANAPHOR };

/* The word that places a period: "last" -1, "this" 0, "next" +1, "the
 * previous" (-1 from the anchor), "the latest".  Returns the token after
 * it, or 0; *how and *n say what it does. */
static size_t placer(const struct an *a, size_t i, int *how, int *n)
{
  int the = bc__an_tok_is(a, i, "the");
  size_t j = the ? i + 1 : i;
  *how = W_SHIFT;
  if (bc__an_tok_is(a, j, "this") && !the) {
    if (bc__an_tok_is(a, j + 1, "past")) {
      *n = -1;
      return j + 2;
    }
    if (bc__an_tok_is(a, j + 1, "coming")) {
      *n = 1;
      return j + 2;
    }
    *n = 0;
    return j + 1;
  }
  if (bc__an_tok_is(a, j, "last") || bc__an_tok_is(a, j, "past")) {
    *n = -1;
    return j + 1;
  }
  if ((bc__an_tok_is(a, j, "next") && !the) || bc__an_tok_is(a, j, "coming") ||
      bc__an_tok_is(a, j, "upcoming")) {
    *n = 1;
    return j + 1;
  }
  if (bc__an_tok_is(a, j, "current") || bc__an_tok_is(a, j, "present")) {
    *n = 0;
    return j + 1;
  }
  if (the &&
      (bc__an_tok_is(a, j, "latest") ||
       (bc__an_tok_is(a, j, "most") && bc__an_tok_is(a, j + 1, "recent")) ||
       bc__an_tok_is(a, j, "recent"))) {
    *how = W_LATEST;
    *n = -1;
    return bc__an_tok_is(a, j, "most") ? j + 2 : j + 1;
  }
  if (the && (bc__an_tok_is(a, j, "previous") || bc__an_tok_is(a, j, "prior") ||
              bc__an_tok_is(a, j, "preceding"))) {
    *how = W_ANAPHOR;
    *n = -1;
    return j + 1;
  }
  if (the && (bc__an_tok_is(a, j, "following") || bc__an_tok_is(a, j, "next") ||
              bc__an_tok_is(a, j, "succeeding"))) {
    *how = W_ANAPHOR;
    *n = 1;
    return j + 1;
  }
  if (the && bc__an_tok_is(a, j, "same")) {
    *how = W_ANAPHOR;
    *n = 0;
    return j + 1;
  }
  if (!the && bc__an_tok_is(a, j, "that")) {
    *how = W_ANAPHOR;
    *n = 0;
    return j + 1;
  }
  return 0;
}

/* A unit a placer can place: "year", "fiscal year", "weekend", "period"
 * (a quarter, in "the latest period").  Returns the token after it (0:
 * none); *unit gets 'Y', 'M', 'W', 'Q', 'D', 'E', 'C', or 'K' for the
 * weekend. */
static size_t placed_unit(const struct an *a, size_t j, char *unit)
{
  int pl = 0;
  char u;
  if (bc__an_tok_is(a, j, "fiscal") &&
      (bc__tx_word(a, j + 1, "year") ||
       (bc__tx_hyphen(a, j + 1) && bc__tx_word(a, j + 2, "year")))) {
    *unit = 'Y';
    return bc__tx_word(a, j + 1, "year") ? j + 2 : j + 3;
  }
  if (bc__tx_word(a, j, "weekend")) {
    *unit = 'K';
    return j + 1;
  }
  if (bc__tx_word(a, j, "period")) {
    *unit = 'P';
    return j + 1;
  }
  u = bc__tx_unit(a, j, &pl);
  if (!u || pl || u == 'S' || u == 'I' || u == 'H' || u == 'L')
    return 0;
  /* "this year-end", "last year-ago" are other words */
  if (bc__tx_hyphen(a, j + 1))
    return 0;
  *unit = u;
  return j + 1;
}

/* The last quarter to have ended by the reference date: what a story
 * about results calls "the latest quarter". */
static int latest_quarter(const struct an *a, struct tx_point *p)
{
  int y, q = bc__tx_ref_quarter(a, &y);
  memset(p, 0, sizeof *p);
  p->grain = TG_QUARTER;
  if (!q)
    return 0;
  p->y = y;
  p->sub = q;
  bc__tx_shift(p, 'Q', -1);
  return 1;
}

/* The quarter spoken of in "the quarter": the last quarter written before
 * it, else the last one to have ended (news reports on it), or the
 * current one in a sentence about what is to come.  2 when it came from
 * the text. */
static int quarter_spoken_of(struct an *a, size_t i, struct tx_point *p)
{
  if (bc__tx_anchor_quarter(a, i, p))
    return 2;
  if (!latest_quarter(a, p))
    return 0;
  if (bc__tx_tense(a, i, i + 1) == TT_FUTURE)
    bc__tx_shift(p, 'Q', 1);
  return 1;
}

/* After "last year", "this year", "next year" written "year's": "year's
 * third quarter", "year's quarter".  x holds the year; e is the token
 * after "year's". */
static size_t year_possessive(struct an *a, size_t e, struct tx *x)
{
  size_t k = e;
  int q = 0;
  struct tx_point an;
  if (bc__tx_stem(a, e - 1) == bc__an_toklen(a, e - 1))
    return e;
  if (bc__an_tok_is(a, k, "first"))
    q = 1;
  else if (bc__an_tok_is(a, k, "second"))
    q = 2;
  else if (bc__an_tok_is(a, k, "third"))
    q = 3;
  else if (bc__an_tok_is(a, k, "fourth"))
    q = 4;
  if (q) {
    if (bc__tx_word(a, k + 1, "quarter"))
      k += 2;
    else if (bc__tx_hyphen(a, k + 1) && bc__tx_word(a, k + 2, "quarter"))
      k += 3;
    else
      return e;
  } else if (bc__tx_word(a, k, "quarter") || bc__tx_word(a, k, "period")) {
    if (!bc__tx_anchor_quarter(a, x->s, &an))
      return e;
    q = an.sub;
    k++;
    x->guessed = 1;
  } else {
    return e;
  }
  x->p.grain = TG_QUARTER;
  x->p.sub = q;
  x->e = k;
  return k;
}

static size_t shifted(struct an *a, size_t i, struct tx *x)
{
  int how = W_NONE, n = 0, wd, m, s;
  size_t j = placer(a, i, &how, &n), e;
  char unit = 0;
  struct tx_point p;
  /* "the last Friday", "the next year" were read from the article */
  if (!j ||
      (i > 0 && bc__an_tok_is(a, i - 1, "the") && !bc__an_tok_is(a, i, "the")))
    return 0;
  /* "last Friday", "next Tuesday", "this coming Sunday"; "the last
   * Friday before Christmas" is no deictic */
  if ((wd = bc__tx_weekday_word(a, j)) != 0 && how == W_SHIFT &&
      !bc__an_tok_is(a, i, "the")) {
    int step = n < 0 ? -1 : n > 0 ? 1 : 0;
    int tense = step ? TT_NONE : bc__tx_tense(a, i, j + 1);
    if (bc__tx_weekday(a, wd, tense, step, &p))
      x->p = p;
    else
      x->p.grain = TG_DAY;
    x->guessed = step == 0;
    x->e = j + 1;
    return x->e;
  }
  if (how == W_ANAPHOR && (wd = bc__tx_weekday_word(a, j)) != 0 && n) {
    /* "the previous Friday": the one before the anchor, else before the
     * reference date. */
    if (bc__tx_weekday(a, wd, TT_NONE, n, &p))
      x->p = p;
    else
      x->p.grain = TG_DAY;
    if (bc__tx_anchor(a, i, &p, 0) && p.grain == TG_DAY && p.y) {
      long dn = bc__cal_day_number(p.y, p.sub, p.d);
      int w = bc__cal_weekday(p.y, p.sub, p.d);
      int delta = n < 0 ? (w - wd + 7) % 7 : (wd - w + 7) % 7;
      if (!delta)
        delta = 7;
      bc__cal_from_day_number(dn + n * delta, &x->p.y, &x->p.sub, &x->p.d);
      x->p.grain = TG_DAY;
      x->anchored = 1;
    }
    x->guessed = 1;
    x->e = j + 1;
    return x->e;
  }
  /* "last April", "this September", "next March".  "Last February" said in
   * March is a year ago: the month just gone is "last month". */
  if ((m = month_word(a, j)) != 0 && how == W_SHIFT && a->ref_y && a->ref_m) {
    int y = a->ref_y;
    if (n < 0)
      y = m < a->ref_m - 1 ? y : y - 1;
    else if (n > 0)
      y = m > a->ref_m ? y : y + 1;
    memset(&x->p, 0, sizeof x->p);
    x->p.grain = TG_MONTH;
    x->p.y = y;
    x->p.sub = m;
    x->e = j + 1;
    return x->e;
  }
  /* "last spring", "this summer", "the past winter"; with no reference
   * date, a season of no year known, which a checker can still weigh
   * against the source's "last spring" */
  if ((s = bc__tx_season(a, j)) != 0 && how == W_SHIFT &&
      !(a->ref_y && a->ref_m)) {
    memset(&x->p, 0, sizeof x->p);
    x->p.grain = TG_SEASON;
    x->p.sub = s;
    x->e = j + 1;
    return x->e;
  }
  if ((s = bc__tx_season(a, j)) != 0 && how == W_SHIFT && a->ref_y &&
      a->ref_m) {
    int y = a->ref_y;
    int rs = a->ref_m <= 2 ? 0 : a->ref_m == 12 ? 4 : (a->ref_m - 3) / 3 + 1;
    if (n < 0)
      y = s < rs ? y : y - 1;
    else if (n > 0)
      y = s > rs ? y : y + 1;
    memset(&x->p, 0, sizeof x->p);
    x->p.grain = TG_SEASON;
    x->p.y = y;
    x->p.sub = s;
    x->e = j + 1;
    return x->e;
  }
  e = placed_unit(a, j, &unit);
  if (!e)
    return 0;
  /* "the last week of March", "the past year of growth": a part of
   * something else */
  if (bc__an_tok_is(a, e, "of") &&
      !(bc__an_tok_is(a, e + 1, "this") || bc__an_tok_is(a, e + 1, "last") ||
        bc__an_tok_is(a, e + 1, "next")))
    return 0;
  /* "last" and "this" need no article; "past" and "previous" do, and a
   * bare "next day" or "past week" stays as written. */
  if (!bc__an_tok_is(a, i, "the") &&
      !(bc__an_tok_is(a, i, "last") || bc__an_tok_is(a, i, "this") ||
        bc__an_tok_is(a, i, "next") || bc__an_tok_is(a, i, "that") ||
        bc__an_tok_is(a, i, "coming") || bc__an_tok_is(a, i, "current")))
    return 0;
  x->e = e;
  if (unit == 'P') {
    /* "the latest period", "the current period": a quarter, in the news;
     * "the previous period" and "that period" are too vague. */
    if (how == W_LATEST)
      latest_quarter(a, &p);
    else if (how == W_SHIFT && n == 0 && bc__tx_rel_point(a, 'Q', 0, &p))
      ;
    else
      return 0;
    x->p = p;
    return e;
  }
  if (unit == 'Q' && (how == W_LATEST || how == W_SHIFT)) {
    /* "the latest quarter": the last to have ended; "the current quarter",
     * "this quarter": the reference date's; "last quarter", "next
     * quarter" one off. */
    if (how == W_LATEST) {
      latest_quarter(a, &p);
    } else if (!bc__tx_rel_point(a, 'Q', n, &p)) {
      memset(&p, 0, sizeof p);
      p.grain = TG_QUARTER;
    }
    x->p = p;
    return e;
  }
  if (how == W_LATEST) {
    /* "the latest fiscal year", "the latest week": the last to have
     * ended */
    if (unit == 'K' || !bc__tx_rel_point(a, unit, -1, &p))
      return 0;
    x->p = p;
    return e;
  }
  if (how == W_ANAPHOR) {
    /* "the following year", "that quarter", "the same month": from the
     * anchor; without one, "the previous year" is the reference date's. */
    int g = unit == 'K' ? TG_WEEKEND : bc__tx_unit_grain(unit);
    if (unit == 'Q' && bc__tx_anchor_quarter(a, i, &p)) {
      bc__tx_shift(&p, 'Q', n);
      x->p = p;
      x->guessed = x->anchored = 1;
      x->relative = 0;
      return e;
    }
    /* "the next day" counts from the last day the text names, however
     * far back: a story's days run on from one another. */
    if (bc__tx_anchor(a, i, &p, g == TG_DAY) && p.grain >= g && p.y) {
      bc__tx_coarsen(&p, g);
      bc__tx_shift(&p, unit == 'K' ? 'W' : unit, n);
      x->p = p;
      x->guessed = x->anchored = 1;
      x->relative = 0;
      return e;
    }
    if (n == 0)
      return 0; /* "that year" with nothing to point at */
    if (!bc__tx_rel_point(a, unit == 'K' ? 'W' : unit, n, &p)) {
      memset(&p, 0, sizeof p);
      p.grain = g;
    }
    x->p = p;
    x->guessed = 1;
    return e;
  }
  if (unit == 'K') {
    if (bc__tx_rel_point(a, 'W', n, &p)) {
      x->p = p;
      x->p.grain = TG_WEEKEND;
    } else {
      x->p.grain = TG_WEEKEND;
    }
    return e;
  }
  if (!bc__tx_rel_point(a, unit, n, &p)) {
    memset(&p, 0, sizeof p);
    p.grain = bc__tx_unit_grain(unit);
  }
  x->p = p;
  if (unit == 'Y')
    return year_possessive(a, e, x);
  return e;
}

/* "the 20th century's last decade", "the century's first year": the
 * first or last decade or year of the century named just before, in the
 * possessive (1990s, "199"); its value comes from that century, not from
 * the reference date.  Without the century's number ("the century's last
 * decade") it has no value. */
static size_t part_of_century(struct an *a, size_t i, struct tx *x)
{
  struct tx_point c;
  int last, pl = 0;
  char u;
  if (i == 0 || !bc__tx_word(a, i - 1, "century") ||
      bc__tx_stem(a, i - 1) == bc__an_toklen(a, i - 1))
    return 0;
  if (bc__an_tok_is(a, i, "first") || bc__an_tok_is(a, i, "opening"))
    last = 0;
  else if (bc__an_tok_is(a, i, "last") || bc__an_tok_is(a, i, "final") ||
           bc__an_tok_is(a, i, "closing"))
    last = 1;
  else
    return 0;
  u = bc__tx_unit(a, i + 1, &pl);
  if (pl || (u != 'E' && u != 'Y') || bc__tx_hyphen(a, i + 2))
    return 0;
  memset(&x->p, 0, sizeof x->p);
  x->p.grain = u == 'E' ? TG_DECADE : TG_YEAR;
  if (bc__tx_century_before(a, i, &c) && c.y)
    x->p.y = c.y + (last ? (u == 'E' ? 90 : 99) : 0);
  x->anchored = x->guessed = 1;
  x->relative = 0;
  x->e = i + 2;
  return x->e;
}

/* "year-end", "year end", "year's end", "the end of the year" is a
 * position prefix: the end of the reference year. */
static size_t year_end(struct an *a, size_t i, struct tx *x)
{
  size_t e;
  struct tx_point p;
  if (bc__an_tok_is(a, i, "year") && bc__tx_hyphen(a, i + 1) &&
      bc__an_tok_is(a, i + 2, "end"))
    e = i + 3;
  else if ((bc__an_tok_is(a, i, "year") || bc__tx_word(a, i, "year")) &&
           bc__tx_word(a, i + 1, "end") && !bc__tx_hyphen(a, i + 2))
    e = i + 2;
  else
    return 0;
  if (bc__tx_rel_point(a, 'Y', 0, &p))
    x->p = p;
  else
    x->p.grain = TG_YEAR;
  x->mod = BC_MOD_END;
  x->e = e;
  return e;
}

/* "the year before" or "the year after" at i, "before"/"after" at e, that
 * ends its clause ("compared with the year before, the firm said"): the
 * year before or after the last year the text names, however far back
 * (the text is still on that year).  Not "the year before the war", and
 * nothing without a year to count from. */
static int year_next_to_anchor(const struct an *a, size_t i, size_t e,
                               struct tx *x)
{
  struct tx_point p;
  if (!(e + 1 >= a->ntok || a->tok[e + 1].nl ||
        bc__an_is_punct(a, e + 1, ',') || bc__an_is_punct(a, e + 1, '.') ||
        bc__an_is_punct(a, e + 1, ';') || bc__an_is_punct(a, e + 1, ')')))
    return 0;
  if (!bc__tx_anchor(a, i, &p, 1) || p.grain < TG_YEAR || !p.y)
    return 0;
  bc__tx_coarsen(&p, TG_YEAR);
  bc__tx_shift(&p, 'Y', bc__an_tok_is(a, e, "before") ? -1 : 1);
  x->p = p;
  x->guessed = x->anchored = 1;
  x->relative = 0;
  x->e = e + 1;
  return 1;
}

/* "the quarter" (the one spoken of), "the year", "the full year", "the
 * fiscal year" (the reference year, or an amount of a year: "for the year
 * ended March 31"), "the month", "the week", "the weekend". */
static size_t the_period(struct an *a, size_t i, struct tx *x)
{
  struct tx_point p;
  size_t j = i + 1, e;
  if (!bc__an_tok_is(a, i, "the"))
    return 0;
  if (bc__tx_word(a, j, "quarter") && !bc__tx_hyphen(a, j + 1) &&
      !bc__an_tok_is(a, j + 1, "of") && !bc__an_is_cap(a, j + 1)) {
    if (!quarter_spoken_of(a, i, &p)) {
      memset(&p, 0, sizeof p);
      p.grain = TG_QUARTER;
    }
    x->p = p;
    x->guessed = 1;
    x->e = j + 1;
    return x->e;
  }
  if (bc__an_tok_is(a, j, "full") || bc__an_tok_is(a, j, "fiscal") ||
      bc__an_tok_is(a, j, "calendar"))
    j++;
  if (bc__tx_word(a, j, "year") && !bc__tx_hyphen(a, j + 1)) {
    e = j + 1;
    if (bc__an_tok_is(a, e, "ended") || bc__an_tok_is(a, e, "ending") ||
        bc__an_tok_is(a, e, "through") || bc__an_tok_is(a, e, "to")) {
      x->is_dur = 1;
      x->type = BC_TIMEX_DURATION;
      x->kind = BC_DATE_DURATION;
      x->relative = 0;
      x->dur.n = 1;
      x->dur.unit = 'Y';
      x->e = e;
      return e;
    }
    if ((bc__an_tok_is(a, e, "before") || bc__an_tok_is(a, e, "after")) &&
        year_next_to_anchor(a, i, e, x))
      return x->e;
    if (bc__an_tok_is(a, e, "before") || bc__an_tok_is(a, e, "after") ||
        bc__an_tok_is(a, e, "when") || bc__an_tok_is(a, e, "that") ||
        bc__an_tok_is(a, e, "in") || bc__an_tok_is(a, e, "two") ||
        bc__an_tok_is(a, e, "of") || bc__an_tok_is(a, e, "nineteen"))
      return 0; /* "the year before", "the year two thousand" */
    if (!bc__tx_rel_point(a, 'Y', 0, &p)) {
      memset(&p, 0, sizeof p);
      p.grain = TG_YEAR;
    }
    x->p = p;
    x->e = e;
    return e;
  }
  if (j == i + 1 && (bc__tx_word(a, j, "month") || bc__tx_word(a, j, "week")) &&
      !bc__tx_hyphen(a, j + 1) && !bc__an_tok_is(a, j + 1, "of") &&
      !bc__an_tok_is(a, j + 1, "before") && !bc__an_tok_is(a, j + 1, "after") &&
      !bc__an_tok_is(a, j + 1, "following") &&
      !bc__an_tok_is(a, j + 1, "when")) {
    char u = bc__tx_word(a, j, "month") ? 'M' : 'W';
    if (!bc__tx_rel_point(a, u, 0, &p)) {
      memset(&p, 0, sizeof p);
      p.grain = bc__tx_unit_grain(u);
    }
    x->p = p;
    x->guessed = 1;
    x->e = j + 1;
    return x->e;
  }
  if (j == i + 1 && bc__tx_word(a, j, "weekend")) {
    int tense = bc__tx_tense(a, i, j + 1);
    if (bc__tx_rel_point(a, 'D', 0, &p)) {
      /* The weekend before the reference date, or after it in a
       * sentence about what is to come. */
      int wd = bc__cal_weekday(p.y, p.sub, p.d);
      long back = wd >= 6 ? 0 : wd;
      if (tense == TT_FUTURE)
        back = wd >= 6 ? 0 : -(6 - wd);
      bc__tx_shift(&p, 'D', -back);
      bc__tx_coarsen(&p, TG_WEEKEND);
      x->guessed = 1;
    } else {
      memset(&p, 0, sizeof p);
      p.grain = TG_WEEKEND;
    }
    x->p = p;
    x->e = j + 1;
    return x->e;
  }
  return 0;
}

/* "the year-ago quarter", "the year-earlier period", "year-earlier
 * results", "last year's quarter": the period spoken of, a year before. */
static size_t year_ago(struct an *a, size_t i, struct tx *x)
{
  size_t j = i, k;
  int q = 0;
  struct tx_point p;
  if (bc__an_tok_is(a, j, "the")) {
    j++;
    if (bc__an_tok_is(a, j, "comparable") ||
        bc__an_tok_is(a, j, "corresponding") || bc__an_tok_is(a, j, "same"))
      j++;
  }
  if (!bc__an_tok_is(a, j, "year") || !bc__tx_hyphen(a, j + 1) ||
      !(bc__an_tok_is(a, j + 2, "ago") || bc__an_tok_is(a, j + 2, "earlier") ||
        bc__an_tok_is(a, j + 2, "before")))
    return 0;
  k = j + 3;
  if (bc__an_tok_is(a, k, "first"))
    q = 1;
  else if (bc__an_tok_is(a, k, "second"))
    q = 2;
  else if (bc__an_tok_is(a, k, "third"))
    q = 3;
  else if (bc__an_tok_is(a, k, "fourth"))
    q = 4;
  if (q && bc__tx_word(a, k + 1, "quarter"))
    k += 2;
  else if (q && bc__tx_hyphen(a, k + 1) && bc__tx_word(a, k + 2, "quarter"))
    k += 3;
  else if (bc__tx_word(a, k, "quarter") || bc__tx_word(a, k, "period"))
    k++, q = 0;
  else if (j > i)
    return 0; /* "the year-earlier nine months" is a duration */
  else
    k = j + 3, q = -1;
  x->e = k;
  x->guessed = x->anchored = 1;
  x->relative = 0;
  memset(&p, 0, sizeof p);
  if (q > 0) {
    p.grain = TG_QUARTER;
    p.sub = q;
    p.y = bc__tx_year_for(a, TG_QUARTER, q, 0, TT_PAST);
  } else if (!quarter_spoken_of(a, i, &p) && q < 0) {
    /* "year-earlier results" with no quarter in sight: last year */
    if (!bc__tx_rel_point(a, 'Y', 0, &p)) {
      memset(&p, 0, sizeof p);
      p.grain = TG_YEAR;
    }
  }
  if (p.y)
    bc__tx_shift(&p, 'Y', -1);
  x->p = p;
  return k;
}

/* --- Friday, August, summer ----------------------------------------------- */

/* Words before a month name that make it a time ("in May", "since
 * March"): a month name is also a name, a verb and a modal. */
static const char *const month_preps[] = {
    "a",       "about",      "after", "an",     "and",   "around",
    "before",  "between",    "by",    "during", "early", "for",
    "from",    "in",         "last",  "late",   "mid",   "next",
    "of",      "on",         "or",    "since",  "the",   "this",
    "through", "throughout", "till",  "to",     "until", NULL};
/* Words before a month that make it a time whatever follows: "since
 * April", "until August". */
static const char *const time_only[] = {"during", "early", "late",
                                        "mid",    "since", "throughout",
                                        "till",   "until", NULL};
/* Prepositions that put a month in time: "in February", "by March". */
static const char *const time_preps[] = {
    "after", "before",  "by",         "during", "from",  "in",
    "since", "through", "throughout", "till",   "until", NULL};

/* Months that are also given names ("April Smith", "August Busch"). */
static int given_name(int m)
{
  return m == 4 || m == 5 || m == 6 || m == 8;
}

/* "last year", "this year", "the past year" at k (a placer): that year
 * counted from the text's own year in *y; the token after it, or 0. */
static size_t year_of_ref(const struct an *a, size_t k, int *y)
{
  int how, n;
  size_t j = placer(a, k, &how, &n);
  if (!j || how != W_SHIFT || !bc__tx_word(a, j, "year") ||
      bc__tx_hyphen(a, j + 1))
    return 0;
  *y = a->ref_y + n;
  return j + 1;
}

/* Words before a season that make it one: "to fall" is a verb. */
static const char *const season_preps[] = {
    "after", "before", "by",   "during",  "early",      "in",    "late",
    "mid",   "since",  "this", "through", "throughout", "until", NULL};

/* A season at i with its year written right after it, no word before it
 * to make it a time: "Spring 2026" as a heading or a timeline's date,
 * "summer 2025 was dry", "Summer of 2025".  Not the verb "fall" ("to fall
 * 2000 points"): not after a word that leads into a verb, and not before
 * a word that the number counts or measures. */
static int season_of_year(const struct an *a, size_t i)
{
  size_t k = i + 1;
  struct an_unit u;
  if (bc__tx_season_verb(a, i))
    return 0;
  if (bc__an_tok_is(a, k, "of") || bc__an_is_punct(a, k, ','))
    k++;
  if (!bc__tx_digits(a, k, 4) || bc__tx_small_int(a, k, 4) < 1000 ||
      bc__tx_small_int(a, k, 4) > 2100 || !bc__tx_free_after(a, k + 1))
    return 0;
  if (k + 1 < a->ntok && a->tok[k + 1].type == AN_WORD &&
      bc__an_is_lower(a, k + 1) && !bc__an_is_function_word(a, k + 1) &&
      !a->tok[k + 1].nl)
    return 0;
  return !bc__an_unit(a, k + 1, &u) || u.kind == AN_U_TIME;
}

static size_t named(struct an *a, size_t i, struct tx *x)
{
  int wd, m, s, tense;
  struct tx_point p;
  if ((wd = bc__tx_weekday_word(a, i)) != 0) {
    /* "Fridays" recur (a set) */
    const char *w = a->t + a->tok[i].s;
    size_t n = bc__an_toklen(a, i);
    if (w[n - 1] == 's' && bc__tx_stem(a, i) == n &&
        bc__cal_weekday_of(w, n - 1))
      return 0;
    /* "on a Tuesday", "any Monday", "the last Friday before Christmas":
     * no day in particular */
    if ((i > 1 && bc__an_tok_is(a, i - 2, "the") &&
         (bc__an_tok_is(a, i - 1, "last") || bc__an_tok_is(a, i - 1, "first") ||
          bc__an_tok_is(a, i - 1, "second") ||
          bc__an_tok_is(a, i - 1, "third"))) ||
        (i > 0 &&
         (bc__an_tok_is(a, i - 1, "a") || bc__an_tok_is(a, i - 1, "an") ||
          bc__an_tok_is(a, i - 1, "any") || bc__an_tok_is(a, i - 1, "one") ||
          bc__an_tok_is(a, i - 1, "every") || bc__an_tok_is(a, i - 1, "each"))))
      return 0;
    tense = bc__tx_tense(a, i, i + 1);
    x->guessed = 1;
    x->e = i + 1;
    /* "goes out on Tuesday morning", "gives us Wednesday": the present
     * tells what happens every week; "Friday's purchases" happened */
    x->named_day = 1;
    if (tense == TT_PRESENT && bc__tx_stem(a, i) == n) {
      snprintf(x->iso, sizeof x->iso, "XXXX-WXX-%d", wd);
      x->p.grain = TG_DAY;
      return x->e;
    }
    if (bc__tx_weekday(a, wd, tense, 0, &p))
      x->p = p;
    else
      x->p.grain = TG_DAY;
    x->named_day = 1;
    return x->e;
  }
  if ((m = month_word(a, i)) != 0) {
    size_t n = bc__tx_stem(a, i), k;
    int y;
    int ambiguous = m == 3 || m == 4 || m == 5 || m == 6 || m == 8 || n <= 4;
    int prep = i > 0 && (bc__an_tok_in(a, i - 1, month_preps) ||
                         bc__an_is_dash(a, i - 1) ||
                         bc__tx_stem(a, i - 1) < bc__an_toklen(a, i - 1));
    size_t e = i + 1;
    /* "Jan.", but not the full stop after "May." or "July." */
    if (bc__tx_abbrev(a, i) && bc__an_is_punct(a, e, '.') && bc__tx_adj(a, e))
      e++;
    if (ambiguous && !prep)
      return 0;
    /* "August Busch", "April Smith": a capitalized word after it makes
     * it a name, unless what comes before makes it a time.  A word that
     * only times things ("since", "until", "early") does so for every
     * month; a preposition ("in", "by") for a month that is no given
     * name, where the capital opens a clause whose comma the writer left
     * out, or a sentence the splitter missed ("in February Alshammari
     * had been charged"); "the October Revolution" stays a name.  A
     * possessive ends a name: "October's Money 20/20 conference". */
    if (e == i + 1 && bc__tx_stem(a, i) == bc__an_toklen(a, i) &&
        bc__an_is_cap(a, e) && !a->tok[e].sent && !month_word(a, e) &&
        !bc__tx_weekday_word(a, e) &&
        !(i > 0 &&
          (bc__an_tok_in(a, i - 1, time_only) || bc__an_is_dash(a, i - 1))) &&
        !(i > 0 && bc__an_tok_in(a, i - 1, time_preps) && !given_name(m)))
      return 0;
    memset(&x->p, 0, sizeof x->p);
    x->p.grain = TG_MONTH;
    x->p.sub = m;
    x->e = e;
    /* "June last year", "January this year", "March next year" */
    if (a->ref_y && (k = year_of_ref(a, e, &y)) != 0) {
      x->p.y = y;
      x->e = k;
      return x->e;
    }
    tense = bc__tx_tense(a, i, e);
    x->p.y = bc__tx_sentence_year(a, i);
    if (!x->p.y)
      x->p.y = bc__tx_year_for(a, TG_MONTH, m, 0, tense);
    x->guessed = 1;
    x->named_month = 1;
    return x->e;
  }
  /* "the summer", "in spring", "summer 1998", "the summer of 1998" */
  {
    size_t j = i, k, e;
    int the = bc__an_tok_is(a, i, "the"), y = 0, prep;
    if (the)
      j++;
    s = bc__tx_season(a, j);
    if (!s || bc__tx_hyphen(a, j + 1))
      return 0;
    prep = the || (i > 0 && (bc__an_tok_in(a, i - 1, season_preps) ||
                             bc__an_is_dash(a, i - 1)));
    if (!prep && !season_of_year(a, i))
      return 0;
    memset(&x->p, 0, sizeof x->p);
    x->p.grain = TG_SEASON;
    x->p.sub = s;
    x->e = j + 1;
    k = j + 1;
    if (bc__an_tok_is(a, k, "of") || bc__an_is_punct(a, k, ','))
      k++;
    if (bc__tx_digits(a, k, 4)) {
      y = bc__tx_small_int(a, k, 4);
      if (y < 1000 || y > 2100 || !bc__tx_free_after(a, k + 1))
        y = 0;
      else
        k++;
    } else if (bc__an_tok_is(a, j + 1, "of") && a->ref_y &&
               (e = year_of_ref(a, k, &y)) != 0) {
      /* "the spring of last year": that season of the year the text
       * counts from its own date */
      k = e;
      x->p.y = y;
      x->e = k;
      return x->e;
    } else if ((k = bc__tx_spelled_year(a, k, &y)) == 0) {
      y = 0;
    }
    if (y) {
      x->p.y = y;
      x->kind = BC_DATE_SEASON;
      x->relative = 0;
      x->e = k;
      return x->e;
    }
    if (bc__an_tok_is(a, j + 1, "of"))
      return 0; /* "the fall of Rome" */
    tense = bc__tx_tense(a, i, j + 1);
    x->p.y = bc__tx_sentence_year(a, i);
    if (!x->p.y)
      x->p.y = bc__tx_year_for(a, TG_SEASON, s, 0, tense);
    x->guessed = 1;
    return x->e;
  }
}

/* --- holidays ------------------------------------------------------------ */

/* Easter Sunday of year y moved by delta days ("Good Friday" -2, "Easter
 * Monday" +1): *m, *d; both 0 without a year, since the day of Easter (in
 * March or April) depends on it. */
static void easter(int y, int delta, int *m, int *d)
{
  int em, ed, yy;
  if (!y) {
    *m = *d = 0;
    return;
  }
  bc__cal_easter(y, &em, &ed);
  bc__cal_from_day_number(bc__cal_day_number(y, em, ed) + delta, &yy, m, d);
}

/* A holiday by name: its month and day in year y (*m, *d), and the token
 * after its name; 0 when none starts at i.  Fixed days, and the ones that
 * move: Thanksgiving (the fourth Thursday of November), Memorial Day (the
 * last Monday of May), Labor Day (the first Monday of September), Easter
 * with Good Friday and Easter Monday.  Without a year a moving holiday
 * has no day (*d 0), and Easter no month either. */
static size_t holiday(const struct an *a, size_t i, int y, int *m, int *d)
{
  size_t e = i + 1;
  if (!bc__an_is_cap(a, i))
    return 0;
  if (bc__tx_word(a, i, "christmas")) {
    *m = 12;
    *d = 25;
    if (bc__tx_word(a, e, "eve") && bc__an_is_cap(a, e))
      *d = 24, e++;
    else if (bc__tx_word(a, e, "day") && bc__an_is_cap(a, e))
      e++;
    return e;
  }
  if (bc__an_tok_is(a, i, "new") && bc__tx_word(a, e, "year") &&
      bc__an_is_cap(a, e) && bc__tx_stem(a, e) < bc__an_toklen(a, e) &&
      bc__an_is_cap(a, e + 1) &&
      (bc__tx_word(a, e + 1, "day") || bc__tx_word(a, e + 1, "eve"))) {
    *m = bc__tx_word(a, e + 1, "day") ? 1 : 12;
    *d = *m == 1 ? 1 : 31;
    return e + 2;
  }
  if (bc__tx_word(a, i, "halloween")) {
    *m = 10;
    *d = 31;
    return e;
  }
  if (bc__tx_stem(a, i) < bc__an_toklen(a, i) &&
      bc__an_tok_is(a, i, "valentine's") && bc__tx_word(a, e, "day")) {
    *m = 2;
    *d = 14;
    return e + 1;
  }
  if (bc__tx_word(a, i, "thanksgiving")) {
    *m = 11;
    *d = y ? bc__cal_nth_weekday(y, 11, 4, 4) : 0;
    return bc__tx_word(a, e, "day") && bc__an_is_cap(a, e) ? e + 1 : e;
  }
  if ((bc__an_tok_is(a, i, "memorial") || bc__an_tok_is(a, i, "labor")) &&
      bc__tx_word(a, e, "day") && bc__an_is_cap(a, e)) {
    *m = bc__an_tok_is(a, i, "memorial") ? 5 : 9;
    *d = !y        ? 0
         : *m == 5 ? bc__cal_nth_weekday(y, 5, 1, -1)
                   : bc__cal_nth_weekday(y, 9, 1, 1);
    return e + 1;
  }
  if (bc__an_tok_is(a, i, "good") && bc__tx_word(a, e, "friday") &&
      bc__an_is_cap(a, e)) {
    easter(y, -2, m, d);
    return e + 1;
  }
  if (bc__tx_word(a, i, "easter")) {
    /* "Easter Monday" is one day, the day after Easter Sunday */
    int monday = bc__tx_word(a, e, "monday") && bc__an_is_cap(a, e);
    easter(y, monday, m, d);
    return (monday || bc__tx_word(a, e, "sunday")) && bc__an_is_cap(a, e)
               ? e + 1
               : e;
  }
  return 0;
}

/* "Christmas", "Thanksgiving 1998", "last Christmas": the day, its year
 * written after it, or by the tense like a year-less day. */
static size_t holiday_date(struct an *a, size_t i, struct tx *x)
{
  int m = 0, d = 0, y = 0, dir = 0;
  size_t s = i, e;
  if (bc__an_tok_is(a, i, "last") || bc__an_tok_is(a, i, "next") ||
      bc__an_tok_is(a, i, "this")) {
    dir = bc__an_tok_is(a, i, "last") ? -1 : bc__an_tok_is(a, i, "next");
    i++;
  }
  /* Its day in the reference year, to choose the year by */
  e = holiday(a, i, a->ref_y, &m, &d);
  if (!e)
    return 0;
  if (bc__tx_digits(a, e, 4) && bc__tx_free_after(a, e + 1)) {
    y = bc__tx_small_int(a, e, 4);
    e++;
    x->relative = 0;
    x->kind = BC_DATE_DAY;
  } else {
    /* a fixed holiday of a story ("returned a week later to spend
     * Christmas") is in the story's year, as a year-less day is */
    int tense = dir < 0 ? TT_PAST : dir > 0 ? TT_FUTURE : bc__tx_tense(a, s, e);
    int sy = 0;
    if (a->ref_y)
      y = bc__tx_year_for(a, TG_DAY, m, d, tense);
    if (!dir && d)
      sy = bc__tx_story_year(a, s, m, d, y);
    if (sy)
      y = sy;
    x->guessed = y != 0;
    x->named_day = 1;
  }
  if (y)
    holiday(a, i, y, &m, &d);
  memset(&x->p, 0, sizeof x->p);
  x->p.grain = TG_DAY;
  x->p.y = y;
  x->p.sub = m;
  x->p.d = d;
  x->s = s;
  x->e = e;
  return e;
}

size_t bc__tx_relative(struct an *a, size_t i, struct tx *x)
{
  size_t e;
  if (i >= a->ntok || a->tok[i].type != AN_WORD || a->tok[i].used)
    return 0;
  memset(x, 0, sizeof *x);
  x->s = i;
  x->type = BC_TIMEX_DATE;
  x->kind = BC_DATE_RELATIVE;
  x->relative = 1;
  if ((e = general_ref(a, i, x)) != 0 || (e = deictic_day(a, i, x)) != 0 ||
      (e = year_ago(a, i, x)) != 0 || (e = part_of_century(a, i, x)) != 0 ||
      (e = year_end(a, i, x)) != 0 || (e = holiday_date(a, i, x)) != 0 ||
      (e = shifted(a, i, x)) != 0 || (e = the_period(a, i, x)) != 0 ||
      (e = named(a, i, x)) != 0)
    return e;
  return 0;
}
