/* timex_time.c - times of day: "5 p.m. EST Nov. 9", "noon Saturday",
 * "around 7:15 p.m.", "10 p.m. Wednesday", "this morning", "tonight",
 * "last night", "overnight", "Friday evening", "yesterday afternoon".  A
 * time without a day is taken on the reference day, as TimeBank does; a
 * day written out after a clock time ("5 p.m. Nov. 9") gives the time its
 * value but stays a calendar date of its own.  A
 * bare "3:30" is a time only after "at", "by", "until" and the like, since
 * scores and ratios look the same. */
#include <stdio.h>
#include <string.h>

#include "analyze/timex.h"

/* Time zones written after a clock time (matched case-blind). */
static const char *const zones[] = {"bst", "cdt", "cet", "cst", "edt",
                                    "est", "gmt", "mdt", "mst", "pdt",
                                    "pst", "utc", NULL};

/* "a.m." / "p.m." / "am" / "PM" at i: 1 am, 2 pm; *e after it. */
static int meridiem(const struct an *a, size_t i, size_t *e)
{
  int m;
  if (bc__an_tok_is(a, i, "am"))
    m = 1;
  else if (bc__an_tok_is(a, i, "pm"))
    m = 2;
  else if ((bc__an_tok_is(a, i, "a") || bc__an_tok_is(a, i, "p")) &&
           bc__an_is_punct(a, i + 1, '.') && bc__tx_adj(a, i + 1) &&
           bc__an_tok_is(a, i + 2, "m") && bc__tx_adj(a, i + 2)) {
    m = bc__an_tok_is(a, i, "a") ? 1 : 2;
    *e = i + 3;
    /* the closing full stop belongs to the abbreviation */
    if (bc__an_is_punct(a, i + 3, '.') && bc__tx_adj(a, i + 3))
      *e = i + 4;
    return m;
  } else {
    return 0;
  }
  *e = i + 1;
  return m;
}

/* A number token "5.30" at i read as a clock's hour, its minutes in *mi:
 * one or two digits, a full stop and two digits of minutes below 60; -1
 * when it is not so written. */
static int dotted_clock(const struct an *a, size_t i, int *mi)
{
  const char *p;
  size_t n, d;
  if (i >= a->ntok || a->tok[i].type != AN_NUM)
    return -1;
  p = a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  for (d = 0; d < n && p[d] >= '0' && p[d] <= '9'; d++)
    ;
  if (d < 1 || d > 2 || n != d + 3 || p[d] != '.' || p[d + 1] < '0' ||
      p[d + 1] > '5' || p[d + 2] < '0' || p[d + 2] > '9')
    return -1;
  *mi = (p[d + 1] - '0') * 10 + (p[d + 2] - '0');
  return d == 1 ? p[0] - '0' : (p[0] - '0') * 10 + (p[1] - '0');
}

/* How a clock time may be written (clock_at): after a word that
 * introduces it ("at 14:30"), after a day ("2012-05-01 14:30"), or in ISO
 * 8601 after its "T" ("2012-05-01T14:30Z"). */
enum { CK_INTRO, CK_AFTER_DAY, CK_ISO };

/* A zone written after a clock time: "EST", "UTC", or in ISO 8601 glued
 * to it, "Z", "+02:00", "-0500" (elsewhere "10:00-11:00" is a range of
 * times).  Returns the token after it, or j when there is none. */
static size_t zone(const struct an *a, size_t j, int mode)
{
  if (j < a->ntok && bc__an_is_cap(a, j) && bc__an_tok_in(a, j, zones))
    return j + 1;
  if (mode != CK_ISO)
    return j;
  if (bc__tx_adj(a, j) && bc__an_tok_is(a, j, "z") && bc__an_is_cap(a, j) &&
      !bc__tx_adj(a, j + 1))
    return j + 1;
  if (bc__tx_adj(a, j) &&
      (bc__an_is_punct(a, j, '+') || bc__an_is_punct(a, j, '-') ||
       bc__an_is_punct(a, j, 0x2212)) &&
      bc__tx_adj(a, j + 1) &&
      (bc__tx_digits(a, j + 1, 2) || bc__tx_digits(a, j + 1, 4))) {
    size_t k = j + 2;
    if (bc__tx_digits(a, j + 1, 2) && bc__an_is_punct(a, k, ':') &&
        bc__tx_adj(a, k) && bc__tx_digits(a, k + 1, 2) && bc__tx_adj(a, k + 1))
      k += 2;
    if (!(bc__tx_adj(a, k) && a->tok[k].type != AN_PUNCT))
      return k;
  }
  return j;
}

/* A clock time at i: see bc__tx_clock.  mode: CK_INTRO, "14:30" needs a
 * word that introduces it; after a day or a "T" it needs none.  *ss gets
 * the seconds plus one when written ("10:00:30"), else 0. */
static size_t clock_at(const struct an *a, size_t i, int *hh, int *mi, int *ss,
                       int mode)
{
  int h, m = 0, sec = 0, mer;
  size_t j, e;
  if (bc__an_tok_is(a, i, "noon") || bc__an_tok_is(a, i, "midday")) {
    *hh = 12;
    *mi = *ss = 0;
    return i + 1;
  }
  if (bc__an_tok_is(a, i, "midnight")) {
    *hh = 24;
    *mi = *ss = 0;
    return i + 1;
  }
  h = bc__tx_small_int(a, i, 2);
  if (h < 0 && (h = dotted_clock(a, i, &m)) >= 0) {
    /* "5.30pm", "7.45 a.m.": the British clock, read only with its
     * meridiem, for a bare "5.30" is a number */
    if (i > 0 && !a->tok[i].sp && a->tok[i - 1].type != AN_PUNCT)
      return 0;
    if (!(mer = meridiem(a, i + 1, &e)) || h < 1 || h > 12)
      return 0;
    if (mer == 1 && h == 12)
      h = 0;
    else if (mer == 2 && h != 12)
      h += 12;
    *hh = h;
    *mi = m;
    *ss = 0;
    return e;
  }
  if (h < 0 || (i > 0 && !a->tok[i].sp && a->tok[i - 1].type != AN_PUNCT &&
                mode != CK_ISO))
    return 0;
  j = i + 1;
  if (bc__an_is_punct(a, j, ':') && bc__tx_adj(a, j) &&
      bc__tx_digits(a, j + 1, 2) && bc__tx_adj(a, j + 1)) {
    m = bc__tx_small_int(a, j + 1, 2);
    j += 2;
    if (m > 59)
      return 0;
    /* "10:00:30"; "1:20:3" and "10:00:30:5" are no times */
    if (bc__an_is_punct(a, j, ':') && bc__tx_adj(a, j)) {
      if (!bc__tx_digits(a, j + 1, 2) || !bc__tx_adj(a, j + 1) ||
          (sec = bc__tx_small_int(a, j + 1, 2)) > 59 ||
          (bc__an_is_punct(a, j + 2, ':') && bc__tx_adj(a, j + 2)))
        return 0;
      sec++;
      j += 2;
    }
  } else if (bc__tx_adj(a, j) && a->tok[j].type != AN_WORD) {
    return 0;
  }
  mer = meridiem(a, j, &e);
  if (mer) {
    if (h < 1 || h > 12)
      return 0;
    if (mer == 1 && h == 12)
      h = 0;
    else if (mer == 2 && h != 12)
      h += 12;
    j = e;
  } else {
    /* "14:30" needs minutes and a word that introduces a time */
    static const char *const intro[] = {"at",     "by",    "until",  "till",
                                        "around", "about", "before", "after",
                                        "from",   NULL};
    if (j == i + 1 || h > 23 ||
        (mode == CK_INTRO && (i == 0 || !bc__an_tok_in(a, i - 1, intro))))
      return 0;
  }
  *hh = h;
  *mi = m;
  *ss = sec;
  return zone(a, j, mode);
}

size_t bc__tx_clock(const struct an *a, size_t i, int *hh, int *mi)
{
  int ss;
  return clock_at(a, i, hh, mi, &ss, CK_INTRO);
}

size_t bc__tx_clock_before(const struct an *a, size_t i)
{
  size_t end = i, k;
  int hh, mi, ss;
  if (end > 0 &&
      (bc__an_is_punct(a, end - 1, ',') || bc__an_tok_is(a, end - 1, "on")))
    end--;
  /* a clock time with its zone is at most seven tokens: "7 : 15 p . m . EST" */
  for (k = end >= 8 ? end - 8 : 0; k < end; k++)
    if (clock_at(a, k, &hh, &mi, &ss, CK_INTRO) == end)
      return k;
  return i;
}

int bc__tx_iso_t(const struct an *a, size_t i)
{
  return i < a->ntok && bc__tx_adj(a, i) && bc__an_toklen(a, i) == 1 &&
         a->t[a->tok[i].s] == 'T' && bc__tx_adj(a, i + 1) &&
         bc__tx_digits(a, i + 1, 2) && bc__an_is_punct(a, i + 2, ':') &&
         bc__tx_adj(a, i + 2) && bc__tx_digits(a, i + 3, 2) &&
         bc__tx_adj(a, i + 3);
}

/* A day that a clock time or part of the day may name after or before
 * it: "Nov. 9", "Saturday", "yesterday".  Fills p (grain TG_DAY) and the
 * flags; returns the token after it, or 0. */
static size_t day_at(struct an *a, size_t i, struct tx *d)
{
  size_t e;
  if (i >= a->ntok)
    return 0;
  if ((e = bc__tx_calendar_at(a, i, d, 1)) != 0 &&
      (d->kind == BC_DATE_DAY ||
       (d->kind == BC_DATE_PARTIAL && d->p.grain == TG_DAY)))
    return e;
  if ((e = bc__tx_relative_at(a, i, d)) != 0 && d->p.grain == TG_DAY &&
      !d->iso[0] &&
      (bc__tx_weekday_word(a, i) || bc__an_tok_is(a, i, "yesterday") ||
       bc__an_tok_is(a, i, "today") || bc__an_tok_is(a, i, "tomorrow")))
    return e;
  return 0;
}

size_t bc__tx_time_after_day(struct an *a, const struct tx *d, struct tx *x)
{
  size_t k = d->e, s, e;
  int hh, mi, ss;
  if (d->is_dur || d->p.grain != TG_DAY || d->kind == BC_DATE_RANGE ||
      d->iso[0] || k >= a->ntok)
    return 0;
  if (bc__tx_iso_t(a, k)) {
    /* ISO 8601 writes the time of day "T10:00" */
    s = k;
    e = clock_at(a, k + 1, &hh, &mi, &ss, CK_ISO);
  } else {
    if (bc__an_is_punct(a, k, ','))
      k++;
    if (bc__an_tok_is(a, k, "at"))
      k++;
    s = k;
    e = clock_at(a, k, &hh, &mi, &ss, CK_AFTER_DAY);
  }
  if (!e || a->tok[s].used)
    return 0;
  memset(x, 0, sizeof *x);
  x->s = s;
  x->e = e;
  x->type = BC_TIMEX_TIME;
  x->p = d->p;
  x->p.grain = TG_CLOCK;
  x->p.hh = hh;
  x->p.mi = mi;
  x->p.ss = ss;
  x->relative = d->relative || d->kind == BC_DATE_RELATIVE;
  x->guessed = d->guessed;
  x->kind = d->kind == BC_DATE_RELATIVE ? BC_DATE_RELATIVE : BC_DATE_TIME;
  return e;
}

static void take_day(struct tx *x, const struct tx *d)
{
  x->p.y = d->p.y;
  x->p.sub = d->p.sub;
  x->p.d = d->p.d;
  x->relative = d->relative || d->kind == BC_DATE_RELATIVE;
  x->guessed = d->guessed;
  x->kind = d->kind == BC_DATE_RELATIVE ? BC_DATE_RELATIVE : BC_DATE_TIME;
}

/* The reference day, for a time said without one. */
static void ref_day(struct an *a, struct tx *x)
{
  struct tx_point p;
  x->kind = BC_DATE_RELATIVE;
  x->relative = 1;
  if (bc__tx_rel_point(a, 'D', 0, &p)) {
    x->p.y = p.y;
    x->p.sub = p.sub;
    x->p.d = p.d;
  }
}

/* x falls on the day p, reached from a day the text names. */
static void on_anchor_day(struct tx *x, const struct tx_point *p)
{
  x->p.y = p->y;
  x->p.sub = p->sub;
  x->p.d = p->d;
  x->kind = BC_DATE_TIME;
  x->guessed = x->anchored = 1;
  x->relative = 0;
}

/* "the next morning", "the following night", "next evening" (and after a
 * clock time, or_day, "the next day"): that part of the day after the last day
 * the text names before it (a story's night runs into its next morning however
 * many sentences lie between), else of the day after the reference day.  Fills
 * x's day and *pod; returns the token after it, or 0. */
static size_t next_pod(struct an *a, size_t i, struct tx *x, int *pod,
                       int or_day)
{
  struct tx_point p;
  size_t j = i;
  if (bc__an_tok_is(a, j, "the"))
    j++;
  if (!(bc__an_tok_is(a, j, "following") || bc__an_tok_is(a, j, "next")) ||
      (!(*pod = bc__tx_pod(a, j + 1)) &&
       !(or_day && bc__an_tok_is(a, j + 1, "day"))))
    return 0;
  if (bc__tx_anchor(a, i, &p, 1) && p.grain == TG_DAY && p.y) {
    bc__tx_shift(&p, 'D', 1);
    on_anchor_day(x, &p);
    return j + 2;
  }
  ref_day(a, x);
  if (x->p.y && bc__tx_rel_point(a, 'D', 1, &p)) {
    x->p.y = p.y;
    x->p.sub = p.sub;
    x->p.d = p.d;
  }
  x->guessed = 1;
  return j + 2;
}

/* "that night", "that same morning": that part of the day the story has
 * just told of, the last day the text names before it.  None where no
 * such day is written: the phrase names no day of its own. */
static size_t that_pod(struct an *a, size_t i, struct tx *x, int *pod)
{
  struct tx_point p;
  size_t j = i + 1;
  if (!bc__an_tok_is(a, i, "that"))
    return 0;
  if (bc__an_tok_is(a, j, "same"))
    j++;
  if (!(*pod = bc__tx_pod(a, j)) || !bc__tx_anchor(a, i, &p, 1) ||
      p.grain != TG_DAY || !p.y)
    return 0;
  on_anchor_day(x, &p);
  return j + 1;
}

size_t bc__tx_time(struct an *a, size_t i, struct tx *x)
{
  size_t e, k;
  int hh = 0, mi = 0, pod;
  struct tx d;
  if (i >= a->ntok || a->tok[i].used)
    return 0;
  memset(x, 0, sizeof *x);
  x->s = i;
  x->type = BC_TIMEX_TIME;
  /* 5 p.m. [EST] [,|on] [Nov. 9 | Saturday | yesterday] */
  if ((e = bc__tx_clock(a, i, &hh, &mi)) != 0) {
    x->p.grain = TG_CLOCK;
    x->p.hh = hh;
    x->p.mi = mi;
    k = e;
    if (bc__an_is_punct(a, k, ',') || bc__an_tok_is(a, k, "on"))
      k++;
    /* "6:30 a.m. the following morning": one time, on that day */
    if ((k = next_pod(a, k, x, &pod, 1)) != 0) {
      x->p.grain = TG_CLOCK;
      x->e = k;
      return k;
    }
    k = e;
    if (bc__an_is_punct(a, k, ',') || bc__an_tok_is(a, k, "on"))
      k++;
    if ((k = day_at(a, k, &d)) != 0) {
      take_day(x, &d);
      /* A day written out ("Nov. 9") is a calendar date of its own, which
       * the checker compares: the time ends before it and takes its
       * value.  "noon Saturday" is one expression. */
      x->e = d.kind == BC_DATE_RELATIVE ? k : e;
      return x->e;
    }
    ref_day(a, x);
    x->no_day = 1;
    x->e = e;
    return e;
  }
  if ((e = next_pod(a, i, x, &pod, 0)) != 0 ||
      (e = that_pod(a, i, x, &pod)) != 0) {
    x->p.grain = TG_POD;
    x->p.pod = pod;
    x->e = e;
    return e;
  }
  /* tonight, overnight, last night, this morning */
  if (bc__an_tok_is(a, i, "tonight") || bc__an_tok_is(a, i, "overnight")) {
    ref_day(a, x);
    if (bc__an_tok_is(a, i, "overnight") && x->p.y) {
      struct tx_point p;
      if (bc__tx_rel_point(a, 'D', -1, &p)) {
        x->p.y = p.y;
        x->p.sub = p.sub;
        x->p.d = p.d;
      }
    }
    x->p.grain = TG_POD;
    x->p.pod = TP_NI;
    x->e = i + 1;
    return x->e;
  }
  if ((bc__an_tok_is(a, i, "this") || bc__an_tok_is(a, i, "last")) &&
      (pod = bc__tx_pod(a, i + 1)) != 0) {
    ref_day(a, x);
    if (bc__an_tok_is(a, i, "last")) {
      struct tx_point p;
      if (pod != TP_NI)
        return 0; /* "last morning"? */
      if (bc__tx_rel_point(a, 'D', -1, &p)) {
        x->p.y = p.y;
        x->p.sub = p.sub;
        x->p.d = p.d;
      }
    }
    x->p.grain = TG_POD;
    x->p.pod = pod;
    x->e = i + 2;
    return x->e;
  }
  /* afternoon yesterday; "mid afternoon", "late morning": that part of
   * the reference day */
  if ((pod = bc__tx_pod(a, i)) != 0) {
    if ((e = day_at(a, i + 1, &d)) != 0 && d.kind == BC_DATE_RELATIVE) {
      take_day(x, &d);
      x->p.grain = TG_POD;
      x->p.pod = pod;
      x->e = e;
      return e;
    }
    if (i > 0 &&
        (bc__an_tok_is(a, i - 1, "mid") || bc__an_tok_is(a, i - 1, "late") ||
         bc__an_tok_is(a, i - 1, "early") ||
         (bc__tx_hyphen(a, i - 1) && bc__an_tok_is(a, i - 2, "mid")))) {
      ref_day(a, x);
      x->p.grain = TG_POD;
      x->p.pod = pod;
      x->e = i + 1;
      return x->e;
    }
  }
  /* Friday evening, yesterday afternoon, Nov. 9 morning */
  if ((e = day_at(a, i, &d)) != 0 && (pod = bc__tx_pod(a, e)) != 0) {
    take_day(x, &d);
    x->p.grain = TG_POD;
    x->p.pod = pod;
    x->e = e + 1;
    return x->e;
  }
  return 0;
}
