/* check_dates_clock.c - a day pinned to a clock time: the source's clock
 * times written next to a day ("10:30 p.m. Aug. 9", "Aug. 9 at 10:30
 * p.m."), kept once per check sorted by time and day, so that a claim
 * pinning that clock time to another day ("from 10:30 p.m. on August 10")
 * is caught even where the claim's day is stated elsewhere of something
 * else.  It reads no date itself (the analyzer does) and weighs no words
 * (check_dates.c does). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "validate/validate_internal.h"

struct bc__clock_day {
  int minute; /* of the day, 0 .. 1439 */
  int m, d;   /* the day's month and day */
  size_t day; /* the day's index in the source's facts->dates */
};

int bc__check_clock_minute(const char *iso)
{
  const char *t = strchr(iso, 'T');
  int h, mi;
  if (!t || strlen(t) < 6 || t[3] != ':')
    return -1;
  if (!strchr("0123456789", t[1]) || !strchr("0123456789", t[2]) ||
      !strchr("0123456789", t[4]) || !strchr("0123456789", t[5]))
    return -1;
  h = (t[1] - '0') * 10 + t[2] - '0';
  mi = (t[4] - '0') * 10 + t[5] - '0';
  if (h >= 24 || mi >= 60 || (h == 0 && mi == 0))
    return -1;
  return h * 60 + mi;
}

/* Does t[a..b) join a time to a day: spaces, commas and "on" or "at"? */
static int joins(const char *t, size_t a, size_t b)
{
  size_t i = a;
  if (b < a || b - a > 6)
    return 0;
  while (i < b) {
    if (t[i] == ' ' || t[i] == ',') {
      i++;
      continue;
    }
    if (i + 2 <= b &&
        (strncasecmp(t + i, "on", 2) == 0 ||
         strncasecmp(t + i, "at", 2) == 0) &&
        (i + 2 == b || t[i + 2] == ' ')) {
      i += 2;
      continue;
    }
    return 0;
  }
  return 1;
}

/* The day (an index in dates, sorted by start) written right before or
 * after the time at s; n when none is. */
static size_t day_beside(const char *t, const struct bc_date_fact *dates,
                         size_t n, struct bc_span s)
{
  size_t lo = 0, hi = n;
  while (lo < hi) { /* the first date starting at or after s.end */
    size_t mid = lo + (hi - lo) / 2;
    if (dates[mid].span.start < s.end)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < n && dates[lo].kind == BC_DATE_DAY &&
      joins(t, s.end, dates[lo].span.start))
    return lo;
  if (lo > 0 && dates[lo - 1].kind == BC_DATE_DAY &&
      dates[lo - 1].span.end <= s.start &&
      joins(t, dates[lo - 1].span.end, s.start))
    return lo - 1;
  return n;
}

static int day_of(const struct bc_date_fact *f, int *m, int *d)
{
  struct bc__dval lo, hi;
  if (!bc__validate_date_parse(f->kind, f->iso, &lo, &hi) || !lo.m || !lo.d)
    return 0;
  *m = lo.m;
  *d = lo.d;
  return 1;
}

static int by_clock(const void *x, const void *y)
{
  const struct bc__clock_day *a = x, *b = y;
  if (a->minute != b->minute)
    return a->minute < b->minute ? -1 : 1;
  if (a->m != b->m)
    return a->m < b->m ? -1 : 1;
  return (a->d > b->d) - (a->d < b->d);
}

bc_status bc__check_clocks_prepare(struct bc__vstate *v)
{
  const struct bc_facts *F = v->facts;
  const char *t = v->doc->text;
  size_t i, k;
  if (!t || !F->n_times || !F->n_dates)
    return BC_OK;
  v->clocks = bc__calloc(F->n_times, sizeof *v->clocks);
  if (!v->clocks)
    return BC_ERR_NOMEM;
  for (i = 0; i < F->n_times; i++) {
    struct bc__clock_day *cd = &v->clocks[v->n_clocks];
    if (F->times[i].type != BC_TIMEX_TIME ||
        (cd->minute = bc__check_clock_minute(F->times[i].iso)) < 0)
      continue;
    k = day_beside(t, F->dates, F->n_dates, F->times[i].span);
    if (k < F->n_dates && day_of(&F->dates[k], &cd->m, &cd->d)) {
      cd->day = k;
      v->n_clocks++;
    }
  }
  qsort(v->clocks, v->n_clocks, sizeof *v->clocks, by_clock);
  return BC_OK;
}

int bc__check_day_by_clock(struct bc__vstate *v, const struct bc__claim *c,
                           const struct bc_date_fact *df)
{
  const struct bc_facts *f = c->f;
  size_t lo = 0, hi, k, other;
  struct bc__clock_day key;
  int minute = -1, m, d;
  char *says, *msg;
  struct bc_buf mb = BC_BUF_INIT(512);
  if (!v->n_clocks || df->kind != BC_DATE_DAY || !day_of(df, &m, &d))
    return 0;
  /* The claim's time written beside this day: the times are sorted by
   * start, so the one just before or just after the day is it. */
  hi = f->n_times;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (f->times[mid].span.start < df->span.end)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (k = lo > 0 ? lo - 1 : lo; k <= lo && k < f->n_times && minute < 0; k++) {
    const struct bc_date_fact *tf = &f->times[k];
    if (tf->type != BC_TIMEX_TIME ||
        !(k == lo ? joins(c->text, df->span.end, tf->span.start)
                  : tf->span.end <= df->span.start &&
                        joins(c->text, tf->span.end, df->span.start)))
      continue;
    minute = bc__check_clock_minute(tf->iso);
  }
  if (minute < 0)
    return 0;
  /* The source's days at that clock time, sorted by day: the claim's own
   * is found by a binary search, any other is the first of them. */
  key.minute = minute;
  key.m = m;
  key.d = d;
  lo = 0;
  hi = v->n_clocks;
  while (lo < hi) { /* the first pair at or after (minute, m, d) */
    size_t mid = lo + (hi - lo) / 2;
    if (by_clock(&v->clocks[mid], &key) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < v->n_clocks && by_clock(&v->clocks[lo], &key) == 0)
    return 0;
  if (lo < v->n_clocks && v->clocks[lo].minute == minute)
    other = lo;
  else if (lo > 0 && v->clocks[lo - 1].minute == minute)
    other = lo - 1;
  else
    return 0;
  says = bc__check_source_text(v, v->facts->dates[v->clocks[other].day].span);
  if (says)
    bc_buf_addf(&mb, "the source gives this time of day on %s, not this day",
                says);
  msg = bc_buf_take(&mb, NULL);
  if (says && msg)
    bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says,
                  v->facts->dates[v->clocks[other].day].span, NULL, msg);
  else
    v->rc = BC_ERR_NOMEM;
  free(says);
  free(msg);
  return 1;
}
