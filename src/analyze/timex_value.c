/* timex_value.c - values of temporal expressions: arithmetic on calendar
 * points (a week back, a year ahead, a day's quarter), the year a
 * year-less month or day means given the tense, the day a weekday means,
 * the anchor "a year earlier" refers to, and the TIMEX3 strings ("1989-Q3",
 * "1998-SU", "P2Y6M", "PT1M30S").  It reads no words. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/timex.h"
#include "util/calendar.h"

int bc__tx_today(const struct an *a, struct tx_point *p)
{
  memset(p, 0, sizeof *p);
  if (a->ref_y <= 0)
    return 0;
  p->y = a->ref_y;
  p->sub = a->ref_m;
  p->d = a->ref_d;
  p->grain = a->ref_d ? TG_DAY : a->ref_m ? TG_MONTH : TG_YEAR;
  return 1;
}

/* Day number of the Thursday of ISO week w of ISO year y: the day that
 * says which year and month the week belongs to. */
static long week_thursday(int y, int w)
{
  return bc__cal_iso_week_start(y, w) + 3;
}

static void set_day(struct tx_point *p, long n)
{
  bc__cal_from_day_number(n, &p->y, &p->sub, &p->d);
}

static void set_week(struct tx_point *p, long thursday)
{
  int y, m, d, wy;
  bc__cal_from_day_number(thursday, &y, &m, &d);
  p->sub = bc__cal_iso_week(y, m, d, &wy);
  p->y = wy;
}

static long floor_div(long a, long b)
{
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* Shift a month index (y * 12 + m - 1) back into y and m. */
static void set_month(struct tx_point *p, long idx)
{
  p->y = (int)floor_div(idx, 12);
  p->sub = (int)(idx - (long)p->y * 12) + 1;
}

void bc__tx_shift(struct tx_point *p, char unit, long n)
{
  long months = unit == 'M'   ? n
                : unit == 'Q' ? 3 * n
                : unit == 'H' ? 6 * n
                : unit == 'Y' ? 12 * n
                : unit == 'E' ? 120 * n
                : unit == 'C' ? 1200 * n
                              : 0;
  switch (p->grain) {
  case TG_DAY:
  case TG_POD:
  case TG_CLOCK:
    if (unit == 'D' || unit == 'W') {
      set_day(p, bc__cal_day_number(p->y, p->sub, p->d) +
                     (unit == 'W' ? 7 * n : n));
    } else if (months) {
      int dim;
      set_month(p, (long)p->y * 12 + p->sub - 1 + months);
      dim = bc__cal_days_in_month(p->y, p->sub);
      if (p->d > dim)
        p->d = dim;
    }
    break;
  case TG_WEEK:
  case TG_WEEKEND:
    if (unit == 'W' || unit == 'D')
      set_week(p, week_thursday(p->y, p->sub) + (unit == 'W' ? 7 * n : n));
    else if (months)
      set_week(p, week_thursday(p->y, p->sub) +
                      (long)floor(months * BC__CAL_DAYS_PER_MONTH + 0.5));
    break;
  case TG_MONTH: set_month(p, (long)p->y * 12 + p->sub - 1 + months); break;
  case TG_QUARTER:
  case TG_HALF: {
    long per = p->grain == TG_QUARTER ? 4 : 2;
    long idx = (long)p->y * per + p->sub - 1 + months * per / 12;
    p->y = (int)floor_div(idx, per);
    p->sub = (int)(idx - (long)p->y * per) + 1;
    break;
  }
  case TG_SEASON:
  case TG_YEAR:
  case TG_DECADE:
  case TG_CENTURY: p->y += (int)(months / 12); break;
  default: break;
  }
}

void bc__tx_coarsen(struct tx_point *p, int grain)
{
  int fine_day;
  if (grain >= p->grain)
    return;
  if ((p->grain == TG_WEEK || p->grain == TG_WEEKEND) && grain < TG_WEEK) {
    /* A week belongs to the month, quarter or year of its Thursday. */
    set_day(p, week_thursday(p->y, p->sub));
    p->grain = TG_DAY;
  }
  fine_day = p->grain >= TG_DAY;
  switch (grain) {
  case TG_WEEK:
  case TG_WEEKEND:
    if (fine_day) {
      int wy;
      p->sub = bc__cal_iso_week(p->y, p->sub, p->d, &wy);
      p->y = wy;
    }
    break;
  case TG_SEASON:
    if (p->grain >= TG_MONTH && p->sub)
      p->sub = p->sub <= 2 || p->sub == 12 ? 4 : (p->sub - 3) / 3 + 1;
    break;
  case TG_QUARTER:
    if (p->grain >= TG_MONTH && p->sub)
      p->sub = (p->sub - 1) / 3 + 1;
    break;
  case TG_HALF:
    if (p->grain == TG_QUARTER)
      p->sub = (p->sub - 1) / 2 + 1;
    else if (p->grain >= TG_MONTH && p->sub)
      p->sub = (p->sub - 1) / 6 + 1;
    break;
  case TG_YEAR: p->sub = 0; break;
  case TG_DECADE:
    p->sub = 0;
    p->y -= p->y % 10;
    break;
  case TG_CENTURY:
    p->sub = 0;
    p->y -= p->y % 100;
    break;
  default: break;
  }
  if (grain < TG_DAY)
    p->d = 0;
  p->pod = p->hh = p->mi = p->ss = 0;
  p->grain = grain;
}

/* How far period (grain, sub, d) of year y lies from the reference date,
 * in units of the grain (days, months, quarters ...). */
static long offset(const struct an *a, int grain, int y, int sub, int d)
{
  switch (grain) {
  case TG_DAY:
    return bc__cal_day_number(y, sub, d) -
           bc__cal_day_number(a->ref_y, a->ref_m, a->ref_d ? a->ref_d : 15);
  case TG_MONTH: return ((long)y * 12 + sub) - ((long)a->ref_y * 12 + a->ref_m);
  case TG_QUARTER:
    return ((long)y * 4 + sub) - ((long)a->ref_y * 4 + (a->ref_m - 1) / 3 + 1);
  case TG_HALF:
    return ((long)y * 2 + sub) - ((long)a->ref_y * 2 + (a->ref_m - 1) / 6 + 1);
  case TG_SEASON: {
    /* Seasons start in March, June, September and December; January's
     * winter began the December before. */
    long start = (long)y * 12 + sub * 3 - 1;
    long ref = (long)a->ref_y * 12 + a->ref_m - 1;
    long rstart = ref - (ref + 1) % 3;
    return (start - rstart) / 3;
  }
  default: return 0;
  }
}

/* How far ahead of the reference date a period may lie and still be what
 * a reported sentence means ("said it will close on Dec. 7", "said in
 * January" in a story of October), and how far behind for a future one
 * ("will report third-quarter results" after the quarter ended).  A
 * plain past ("ended Jan. 31", "rose in December") lies behind. */
static long ahead_ok(int grain)
{
  return grain == TG_DAY ? 92 : grain == TG_MONTH ? 3 : 0;
}

static long behind_ok(int grain)
{
  return grain == TG_DAY ? 7 : grain == TG_QUARTER ? 1 : 0;
}

int bc__tx_year_for(const struct an *a, int grain, int sub, int d, int tense)
{
  int y, best = 0;
  long bo = 0;
  if (a->ref_y <= 0)
    return 0;
  if (a->ref_m <= 0 || (grain == TG_DAY && !bc__cal_valid(0, sub, d)))
    return a->ref_y;
  /* after a verb of saying, the historical rule: this year, unless that
   * puts the day more than 92 days ahead */
  if (grain == TG_DAY && tense == TT_REPORTED &&
      bc__cal_valid(a->ref_y, sub, d))
    return bc__analyze_resolve_year(a->ref_y, a->ref_m, a->ref_d, sub, d);
  for (y = a->ref_y - 1; y <= a->ref_y + 1; y++) {
    long o;
    if (grain == TG_DAY && !bc__cal_valid(y, sub, d))
      continue; /* February 29 */
    o = offset(a, grain, y, sub, d);
    if (tense == TT_PAST || tense == TT_REPORTED) {
      long ok = tense == TT_REPORTED ? ahead_ok(grain) : 0;
      if (o <= ok && (!best || o > bo))
        best = y, bo = o;
    } else if (tense == TT_FUTURE) {
      if (o >= -behind_ok(grain) && (!best || o < bo))
        best = y, bo = o;
    } else {
      /* nearest; on a tie the reference year */
      long ao = o < 0 ? -o : o, ab = bo < 0 ? -bo : bo;
      if (!best || ao < ab || (ao == ab && y == a->ref_y))
        best = y, bo = o;
    }
  }
  return best ? best : a->ref_y;
}

int bc__tx_weekday(const struct an *a, int wd, int tense, int step,
                   struct tx_point *out)
{
  long r;
  int rw, delta;
  if (a->ref_y <= 0 || a->ref_m <= 0 || a->ref_d <= 0 || wd < 1 || wd > 7)
    return 0;
  r = bc__cal_day_number(a->ref_y, a->ref_m, a->ref_d);
  rw = bc__cal_weekday(a->ref_y, a->ref_m, a->ref_d);
  memset(out, 0, sizeof *out);
  out->grain = TG_DAY;
  /* News tells of the days just gone: a weekday goes back unless the
   * sentence speaks of what is to come. */
  if (step > 0 || (step == 0 && tense == TT_FUTURE)) {
    delta = (wd - rw + 7) % 7;
    if (step > 0 && delta == 0)
      delta = 7;
    set_day(out, r + delta);
  } else {
    delta = (rw - wd + 7) % 7;
    if (step < 0 && delta == 0)
      delta = 7;
    set_day(out, r - delta);
  }
  return 1;
}

int bc__tx_unit_grain(char unit)
{
  switch (unit) {
  case 'D': return TG_DAY;
  case 'W': return TG_WEEK;
  case 'M': return TG_MONTH;
  case 'Q': return TG_QUARTER;
  case 'Y': return TG_YEAR;
  case 'E': return TG_DECADE;
  case 'C': return TG_CENTURY;
  default: return TG_NONE;
  }
}

int bc__tx_rel_point(const struct an *a, char unit, long n, struct tx_point *p)
{
  int g = bc__tx_unit_grain(unit);
  if (g == TG_NONE || !bc__tx_today(a, p))
    return 0;
  /* A reference date without its day cannot say which week it is. */
  if ((g > TG_MONTH && p->grain < TG_DAY) ||
      (g >= TG_QUARTER && g <= TG_MONTH && p->grain < TG_MONTH))
    return 0;
  bc__tx_coarsen(p, g);
  bc__tx_shift(p, unit == 'E' ? 'E' : unit == 'C' ? 'C' : unit, n);
  return 1;
}

int bc__tx_ref_quarter(const struct an *a, int *y)
{
  *y = a->ref_y;
  return a->ref_m ? (a->ref_m - 1) / 3 + 1 : 0;
}

int bc__tx_anchor(const struct an *a, size_t i, struct tx_point *p, int far)
{
  size_t k = i, seen = 0;
  if (!a->anchor.grain || i >= a->ntok || a->anchor.at >= a->tok[i].s)
    return 0;
  if (far)
    k = 0;
  /* Back to the start of the sentence before this one (bounded, so that
   * the tagger stays linear on sentences without end). */
  while (!far && k > 0 && seen < 2 && i - k < 200) {
    if (a->tok[k].sent)
      seen++;
    if (seen < 2)
      k--;
  }
  if (!far && a->anchor.at < a->tok[k].s)
    return 0;
  memset(p, 0, sizeof *p);
  p->grain = a->anchor.grain;
  p->y = a->anchor.y;
  p->sub = a->anchor.sub;
  p->d = a->anchor.d;
  return 1;
}

int bc__tx_sentence_year(const struct an *a, size_t i)
{
  size_t k = i, f;
  if (!a->anchor_y.grain || i >= a->ntok || a->anchor_y.at >= a->tok[i].s)
    return 0;
  while (k > 0 && !a->tok[k].sent && i - k < 200)
    k--;
  /* Only a year that frames the sentence ("In 2015 a partner ran a
   * promotion in late November"): one written further on may date
   * something else ("shares bought since 1987 through Sept. 29"). */
  f = k + 3 < a->ntok ? k + 3 : a->ntok - 1;
  return a->anchor_y.at >= a->tok[k].s && a->anchor_y.at <= a->tok[f].s
             ? a->anchor_y.y
             : 0;
}

/* How far after the last day written in full a year-less day may lie and
 * still be of its story. */
#define STORY_DAYS 62

int bc__tx_story_year(const struct an *a, size_t i, int m, int d, int y)
{
  const struct an_anchor *s = &a->anchor_day;
  long at, day, guess;
  int sy;
  if (!s->grain || i >= a->ntok || s->at >= a->tok[i].s)
    return 0;
  at = bc__cal_day_number(s->y, s->sub, s->d);
  guess = y && bc__cal_valid(y, m, d) ? bc__cal_day_number(y, m, d) : 0;
  if (guess && labs(guess - at) <= STORY_DAYS)
    return 0; /* the tense's year already keeps it in the story */
  sy = s->y;
  if (!bc__cal_valid(sy, m, d) || (day = bc__cal_day_number(sy, m, d)) < at) {
    sy++;
    if (!bc__cal_valid(sy, m, d))
      return 0;
    day = bc__cal_day_number(sy, m, d);
  }
  return day - at <= STORY_DAYS ? sy : 0;
}

int bc__tx_anchor_quarter(const struct an *a, size_t i, struct tx_point *p)
{
  if (!a->anchor_q.grain || i >= a->ntok || a->anchor_q.at >= a->tok[i].s)
    return 0;
  memset(p, 0, sizeof *p);
  p->grain = TG_QUARTER;
  p->y = a->anchor_q.y;
  p->sub = a->anchor_q.sub;
  return 1;
}

static const char *const seasons[] = {"", "SP", "SU", "FA", "WI"};
static const char *const pods[] = {"", "MO", "AF", "EV", "NI", "DT"};

void bc__tx_format_point(const struct tx_point *p, char *buf, size_t n)
{
  char ys[12], ds[24];
  if (p->y)
    snprintf(ys, sizeof ys, "%04d", p->y);
  else
    snprintf(ys, sizeof ys, "XXXX");
  /* A day of a known month but unknown day ("Thanksgiving" without its
   * year) keeps its month: "XXXX-11-XX". */
  if (p->sub && p->d)
    snprintf(ds, sizeof ds, "%s-%02d-%02d", ys, p->sub, p->d);
  else if (p->sub >= 1 && p->sub <= 12)
    snprintf(ds, sizeof ds, "%s-%02d-XX", ys, p->sub);
  else
    snprintf(ds, sizeof ds, "%s-XX-XX", ys);
  switch (p->grain) {
  case TG_CENTURY:
    if (p->y)
      snprintf(buf, n, "%02d", p->y / 100);
    else
      snprintf(buf, n, "XX");
    break;
  case TG_DECADE:
    if (p->y)
      snprintf(buf, n, "%03d", p->y / 10);
    else
      snprintf(buf, n, "XXX");
    break;
  case TG_YEAR: snprintf(buf, n, "%s", ys); break;
  case TG_HALF: snprintf(buf, n, "%s-H%d", ys, p->sub); break;
  case TG_QUARTER:
    if (p->unknown_sub || !p->sub)
      snprintf(buf, n, "%s-QX", ys);
    else
      snprintf(buf, n, "%s-Q%d", ys, p->sub);
    break;
  case TG_SEASON:
    snprintf(buf, n, "%s-%s", ys,
             seasons[p->sub >= 1 && p->sub <= 4 ? p->sub : 0]);
    break;
  case TG_MONTH:
    if (p->sub)
      snprintf(buf, n, "%s-%02d", ys, p->sub);
    else
      snprintf(buf, n, "%s-XX", ys);
    break;
  case TG_WEEK:
  case TG_WEEKEND:
    if (p->unknown_sub || !p->sub)
      snprintf(buf, n, "%s-WXX%s", ys, p->grain == TG_WEEKEND ? "-WE" : "");
    else
      snprintf(buf, n, "%s-W%02d%s", ys, p->sub,
               p->grain == TG_WEEKEND ? "-WE" : "");
    break;
  case TG_DAY: snprintf(buf, n, "%s", ds); break;
  case TG_POD:
    snprintf(buf, n, "%sT%s", ds,
             pods[p->pod >= 1 && p->pod <= 5 ? p->pod : 0]);
    break;
  case TG_CLOCK:
    if (p->ss)
      snprintf(buf, n, "%sT%02d:%02d:%02d", ds, p->hh, p->mi, p->ss - 1);
    else
      snprintf(buf, n, "%sT%02d:%02d", ds, p->hh, p->mi);
    break;
  default: buf[0] = '\0'; break;
  }
}

/* One duration part: n of unit, with the "T" before the first time unit. */
static size_t dur_part(char *buf, size_t n, double v, char unit, int *t_done)
{
  const char *u = unit == 'I' ? "M" : NULL;
  char us[2] = {unit, '\0'};
  int timeu = unit == 'H' || unit == 'I' || unit == 'S';
  int w;
  if (!u)
    u = us;
  if (timeu && !*t_done) {
    *t_done = 1;
    if (v < 0)
      w = snprintf(buf, n, "TX%s", u);
    else if (v == floor(v))
      w = snprintf(buf, n, "T%.0f%s", v, u);
    else
      w = snprintf(buf, n, "T%g%s", v, u);
  } else if (v < 0) {
    w = snprintf(buf, n, "X%s", u);
  } else if (v == floor(v)) {
    w = snprintf(buf, n, "%.0f%s", v, u);
  } else {
    w = snprintf(buf, n, "%g%s", v, u);
  }
  return w < 0 ? 0 : (size_t)w < n ? (size_t)w : n - 1;
}

/* The next smaller unit and how many of it make one of unit. */
static char smaller(char unit, double *per)
{
  switch (unit) {
  case 'Y': *per = 12; return 'M';
  case 'Q': *per = 3; return 'M';
  case 'M': *per = 30; return 'D';
  case 'W': *per = 7; return 'D';
  case 'D': *per = 24; return 'H';
  case 'H': *per = 60; return 'I';
  case 'I': *per = 60; return 'S';
  default: *per = 0; return 0;
  }
}

static void format_dur(const struct tx_dur *d, char *buf, size_t n)
{
  double v = d->n;
  char unit = d->unit;
  size_t w = 1;
  int t_done = 0;
  if (n < 2)
    return;
  buf[0] = 'P';
  buf[1] = '\0';
  /* Decades and centuries read as years when counted ("two decades" is
   * P20Y); an unknown number of them keeps the unit ("decades" PXE). */
  if (v >= 0 && (unit == 'E' || unit == 'C' || unit == 'L')) {
    v *= unit == 'E' ? 10 : unit == 'C' ? 100 : 1000;
    unit = 'Y';
  }
  if (v > 0 && v != floor(v)) {
    double per, whole = floor(v);
    char u2 = smaller(unit, &per);
    double rest = (v - whole) * per;
    if (u2 && fabs(rest - floor(rest + 0.5)) < 1e-9) {
      if (whole > 0)
        w += dur_part(buf + w, n - w, whole, unit, &t_done);
      dur_part(buf + w, n - w, floor(rest + 0.5), u2, &t_done);
      return;
    }
  }
  dur_part(buf + w, n - w, v, unit, &t_done);
}

void bc__tx_format(struct tx *x)
{
  if (x->iso[0])
    return;
  if (x->is_dur) {
    format_dur(&x->dur, x->iso, sizeof x->iso);
    return;
  }
  if (x->kind == BC_DATE_DECADE && x->p.y) {
    snprintf(x->iso, sizeof x->iso, "%04ds", x->p.y - x->p.y % 10);
    return;
  }
  if (x->kind == BC_DATE_PARTIAL) {
    if (x->p.grain == TG_QUARTER)
      snprintf(x->iso, sizeof x->iso, "Q%d", x->p.sub);
    else
      snprintf(x->iso, sizeof x->iso, "--%02d-%02d", x->p.sub, x->p.d);
    return;
  }
  if (x->kind == BC_DATE_RELATIVE && !x->p.y && x->p.grain != TG_NONE) {
    /* Without a reference date a relative date has no value; its grain
     * says what it would be (struct bc_date_fact.grain). */
    x->iso[0] = '\0';
    return;
  }
  bc__tx_format_point(&x->p, x->iso, sizeof x->iso);
}
