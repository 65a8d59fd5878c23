/* check_dates_hour.c - a time of day a claim states ("at around 9 pm")
 * against the source's times of day: stated when the source gives that
 * time (within a quarter of an hour, half an hour where either says "around"),
 * wrong when it does not and another of its times stands in the claim's words
 * ("around 23:00hrs they heard him scream").  The source's times are read
 * once per check and sorted by the minute of the day, so that a stated
 * time is a binary search.  Which day a time falls on is
 * check_dates_clock.c's; no time is read here (the analyzer does). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "validate/validate_internal.h"

/* How far apart two times may be and still be one, in minutes: as
 * written, and where either says "around" or "about". */
#define EXACT 15
#define LOOSE 30

/* How many claim times a check weighs against every time of the source
 * (the times the source does not give): enough for any summary, and a
 * bound on the work a text of thousands of wrong times asks. */
#define WEIGHED 64

/* How many of the claim's times on each side of one are asked whether
 * they are stated beside it. */
#define BESIDE 8

#define DAY_MINUTES 1440
#define HALF_DAY 720

struct bc__hour {
  int minute;  /* of the day */
  int approx;  /* "around 23:00" */
  int copy;    /* twelve hours on, the half of the day left open */
  size_t fact; /* index in the source's facts->times */
};

/* Does t[0..n) say which half of the day its hour is in: a 24-hour clock
 * past noon or at its zero, "a.m.", "pm", "noon", "in the evening"?  A bare
 * "4:25" or "at 11" may be either. */
static int half_known(const char *t, size_t n, int minute)
{
  static const char *const words[] = {"afternoon", "evening", "hrs", "midnight",
                                      "morning",   "night",   "noon"};
  size_t i, k;
  if (minute >= 13 * 60 || minute < 60)
    return 1;
  for (i = 0; i < n; i++) {
    if ((t[i] == 'a' || t[i] == 'p' || t[i] == 'A' || t[i] == 'P') &&
        (i == 0 || !bc__check_is_alnum((unsigned char)t[i - 1]) ||
         (t[i - 1] >= '0' && t[i - 1] <= '9'))) {
      size_t j = i + 1;
      if (j < n && t[j] == '.')
        j++;
      if (j < n && (t[j] == 'm' || t[j] == 'M') &&
          (j + 1 == n || !bc__check_is_alnum((unsigned char)t[j + 1])))
        return 1;
    }
    for (k = 0; k < sizeof words / sizeof words[0]; k++) {
      size_t wn = strlen(words[k]);
      if (i + wn <= n && strncasecmp(t + i, words[k], wn) == 0)
        return 1;
    }
  }
  return 0;
}

/* The minute of the day a clock time t[s) writes with its meridiem ("3pm",
 * "5.30 p.m.", "11:15am"), -1 for none. */
static int written_minute(const char *t, struct bc_span s)
{
  size_t i = s.start;
  int h = 0, mi = 0, d = 0;
  while (i < s.end && t[i] >= '0' && t[i] <= '9' && d < 3)
    h = h * 10 + (t[i++] - '0'), d++;
  if (d == 0 || d > 2 || h < 1 || h > 12)
    return -1;
  if (i + 2 < s.end && (t[i] == '.' || t[i] == ':') && t[i + 1] >= '0' &&
      t[i + 1] <= '5' && t[i + 2] >= '0' && t[i + 2] <= '9') {
    mi = (t[i + 1] - '0') * 10 + (t[i + 2] - '0');
    i += 3;
  }
  while (i < s.end && t[i] == ' ')
    i++;
  if (i >= s.end || (t[i] != 'a' && t[i] != 'A' && t[i] != 'p' && t[i] != 'P'))
    return -1;
  if (t[i] == 'p' || t[i] == 'P')
    h = h % 12 + 12;
  else
    h %= 12;
  i++;
  if (i < s.end && t[i] == '.')
    i++;
  if (i >= s.end || (t[i] != 'm' && t[i] != 'M'))
    return -1;
  return h * 60 + mi;
}

/* The minute of the day fact f of text t names, -1 for none (a range,
 * midnight).  A time no reference date gave a value ("3pm" in an undated
 * text) is read from its words. */
static int minute_of(const char *t, const struct bc_date_fact *f)
{
  if (f->type != BC_TIMEX_TIME || strchr(f->iso, '/'))
    return -1;
  if (f->iso[0] == '\0' && t)
    return written_minute(t, f->span);
  return bc__check_clock_minute(f->iso);
}

/* The hour written bare before a time as the start of its range
 * ("between 12 and 8 p.m.", "from 9 to 11:30"), which the analyzer does
 * not read as a time: its minute of the day, -1 for none. */
static int range_start(const char *t, size_t at)
{
  size_t k = at, e;
  int h = 0, mi = 0, digits = 0;
  while (k > 0 && t[k - 1] == ' ')
    k--;
  if (k >= 3 && strncasecmp(t + k - 3, "and", 3) == 0)
    k -= 3;
  else if (k >= 2 && strncasecmp(t + k - 2, "to", 2) == 0)
    k -= 2;
  else if (k >= 1 && t[k - 1] == '-')
    k -= 1;
  else if (k >= 3 && memcmp(t + k - 3, "\xe2\x80\x93", 3) == 0)
    k -= 3;
  else
    return -1;
  while (k > 0 && t[k - 1] == ' ')
    k--;
  e = k;
  while (k > 0 && ((t[k - 1] >= '0' && t[k - 1] <= '9') || t[k - 1] == ':'))
    k--;
  if (k == e || (k > 0 && bc__check_is_alnum((unsigned char)t[k - 1])))
    return -1;
  for (; k < e && t[k] != ':'; k++, digits++)
    h = h * 10 + (t[k] - '0');
  if (k < e) { /* ":30" */
    if (e - k != 3)
      return -1;
    mi = (t[k + 1] - '0') * 10 + (t[k + 2] - '0');
  }
  if (digits < 1 || digits > 2 || h < 1 || h > 12 || mi >= 60)
    return -1;
  return h * 60 + mi;
}

/* Adds the source's time m of fact i, and twelve hours on where t[0..n)
 * leaves the half of the day open; copy for a time that is no place of
 * its own to weigh words at. */
static void add_hour(struct bc__vstate *v, int m, int approx, int copy,
                     size_t i, const char *t, size_t n)
{
  struct bc__hour *h = &v->hours[v->n_hours++];
  h->minute = m;
  h->approx = approx;
  h->copy = copy;
  h->fact = i;
  if (!half_known(t, n, m)) {
    v->hours[v->n_hours] = *h;
    v->hours[v->n_hours].copy = 1;
    v->hours[v->n_hours++].minute = (m + HALF_DAY) % DAY_MINUTES;
  }
}

static int by_minute(const void *x, const void *y)
{
  const struct bc__hour *a = x, *b = y;
  if (a->minute != b->minute)
    return a->minute < b->minute ? -1 : 1;
  return (a->fact > b->fact) - (a->fact < b->fact);
}

/* Reads the source's times of day once: each at its minute and, where the
 * source leaves the half of the day open, twelve hours on too.  1 with
 * v->rc set on out-of-memory. */
static int read_hours(struct bc__vstate *v)
{
  const struct bc_facts *F = v->facts;
  const char *t = v->doc->text;
  size_t i;
  v->hours_made = 1;
  if (!t || !F->n_times)
    return 0;
  v->hours = bc__calloc(4 * F->n_times, sizeof *v->hours);
  if (!v->hours) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  for (i = 0; i < F->n_times; i++) {
    const struct bc_date_fact *f = &F->times[i];
    int m = minute_of(t, f);
    if (m < 0 || f->span.end > v->doc->text_len)
      continue;
    add_hour(v, m, f->mod != BC_MOD_NONE, 0, i, t + f->span.start,
             f->span.end - f->span.start);
    if ((m = range_start(t, f->span.start)) >= 0)
      add_hour(v, m, 0, 1, i, "", 0);
  }
  qsort(v->hours, v->n_hours, sizeof *v->hours, by_minute);
  return 0;
}

/* The first of the source's times at or after minute m. */
static size_t first_at(const struct bc__vstate *v, int m)
{
  size_t lo = 0, hi = v->n_hours;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v->hours[mid].minute < m)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Does the source give minute m (give or take EXACT, LOOSE where either
 * side is approximate)?  The times within LOOSE of m are read from the
 * sorted list, wrapping round midnight. */
static int stated(const struct bc__vstate *v, int m, int approx)
{
  int from = m - LOOSE, to = m + LOOSE, part;
  for (part = 0; part < 3; part++) {
    int a = from, b = to, shift = 0;
    size_t k;
    if (part == 1) { /* the window's part before midnight */
      if (from >= 0)
        continue;
      a = from + DAY_MINUTES;
      b = DAY_MINUTES - 1;
      shift = DAY_MINUTES;
    } else if (part == 2) { /* its part after the next midnight */
      if (to < DAY_MINUTES)
        continue;
      a = 0;
      b = to - DAY_MINUTES;
      shift = -DAY_MINUTES;
    }
    for (k = first_at(v, a < 0 ? 0 : a);
         k < v->n_hours && v->hours[k].minute <= b; k++) {
      int d = abs(v->hours[k].minute - shift - m);
      if (d <= (approx || v->hours[k].approx ? LOOSE : EXACT))
        return 1;
    }
  }
  return 0;
}

/* Does the claim's sentence state another time the source gives ("between
 * noon and 8 p.m.")?  Then the claim tells of hours the source sets out,
 * and the words it shares with one of them are the schedule's, not a
 * sign that its time was moved. */
static int stated_beside(const struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_date_fact *df)
{
  size_t at = (size_t)(df - c->f->times), i, lo, hi;
  /* The claim's times are in text order: its sentence's are beside it
   * (a few of them are enough). */
  lo = at > BESIDE ? at - BESIDE : 0;
  hi = at + BESIDE < c->f->n_times ? at + BESIDE + 1 : c->f->n_times;
  for (i = lo; i < hi; i++) {
    const struct bc_date_fact *o = &c->f->times[i];
    int m = minute_of(c->text, o);
    if (i == at || m < 0 ||
        !bc__check_same_sentence_m(&c->sents, o->span.start, df->span.start))
      continue;
    if (stated(v, m, o->mod != BC_MOD_NONE))
      return 1;
  }
  return 0;
}

int bc__check_claim_hour(struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_date_fact *df)
{
  struct bc__context ctx;
  size_t k, best = (size_t)-1, best_ov = 0;
  int m = minute_of(c->text, df), approx = df->mod != BC_MOD_NONE;
  char *says, *msg;
  struct bc_buf mb = BC_BUF_INIT(512);
  const struct bc_date_fact *sf;
  if (m < 0 || c->about)
    return 0;
  if (!v->hours_made && read_hours(v))
    return 1;
  if (!v->n_hours)
    return 0;
  v->r->checked.dates++;
  if (stated(v, m, approx) || (!half_known(c->text + df->span.start,
                                           df->span.end - df->span.start, m) &&
                               stated(v, (m + HALF_DAY) % DAY_MINUTES, approx)))
    return 1;
  if (stated_beside(v, c, df) || v->hours_weighed >= WEIGHED)
    return 1;
  v->hours_weighed++;
  /* Not given: wrong where one of the source's times stands in the
   * claim's words, clearly (three of them, or most). */
  bc__validate_context(c->text, c->len, df->span, &ctx);
  for (k = 0; k < v->n_hours; k++) {
    size_t ov;
    struct bc__context sc;
    if (v->hours[k].copy)
      continue;
    bc__wordtab_context(&v->words, v->facts->times[v->hours[k].fact].span, &sc);
    ov = bc__validate_overlap(&ctx, &sc);
    if (ov > best_ov) {
      best_ov = ov;
      best = k;
    }
  }
  if (best == (size_t)-1 || best_ov < 3 ||
      !bc__check_mixed_up(0, best_ov, ctx.n))
    return 1;
  sf = &v->facts->times[v->hours[best].fact];
  says = bc__check_source_text(v, sf->span);
  if (says)
    bc_buf_addf(&mb, "the source gives %s for this, not this time of day",
                says);
  msg = bc_buf_take(&mb, NULL);
  if (says && msg)
    bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says, sf->span,
                  NULL, msg);
  else
    v->rc = BC_ERR_NOMEM;
  free(says);
  free(msg);
  return 1;
}
