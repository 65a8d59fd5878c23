/* date_span_index.c - the source's dates indexed by their days, per
 * sentence, so that "do two dates of one sentence lie this far apart?"
 * (bc__check_dates_span) looks up the few dates at that distance instead of
 * weighing every pair.  It answers exactly what the pairwise rule answers:
 * the index only finds candidates, and each is weighed by that rule.  It
 * reads no words. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "validate/validate_internal.h"

/* One date that may be the second of a pair: a date the source says, no
 * range, with days; sent is its sentence, at its place in v->dates. */
struct bc__dspan_ent {
  size_t sent, at;
  long d0, d1;
};

static int by_d0(const void *x, const void *y)
{
  const struct bc__dspan_ent *a = x, *b = y;
  if (a->sent != b->sent)
    return a->sent < b->sent ? -1 : 1;
  if (a->d0 != b->d0)
    return a->d0 < b->d0 ? -1 : 1;
  return a->at < b->at ? -1 : a->at > b->at;
}

static int by_d1(const void *x, const void *y)
{
  const struct bc__dspan_ent *a = x, *b = y;
  if (a->sent != b->sent)
    return a->sent < b->sent ? -1 : 1;
  if (a->d1 != b->d1)
    return a->d1 < b->d1 ? -1 : 1;
  return a->at < b->at ? -1 : a->at > b->at;
}

/* Builds v->dspan; 0 when there is no room (the caller then weighs every
 * pair). */
static int build(struct bc__vstate *v)
{
  struct bc__dspan_index *x = &v->dspan;
  size_t i, n = 0;
  x->made = 1;
  x->by_d0 = bc__calloc(v->n_dates ? v->n_dates : 1, sizeof *x->by_d0);
  x->by_d1 = bc__calloc(v->n_dates ? v->n_dates : 1, sizeof *x->by_d1);
  if (!x->by_d0 || !x->by_d1) {
    bc__dspan_release(x);
    x->made = 1;
    return 0;
  }
  for (i = 0; i < v->n_dates; i++) {
    const struct bc__sdate *b = &v->date_val[i];
    long b0, b1;
    if (!(b->use & BC__SD_SAYS) || b->range ||
        !bc__validate_date_days(&b->lo, &b0, &b1))
      continue;
    x->by_d0[n].sent = bc__marks_before(&v->sents, v->dates[i].span.start);
    x->by_d0[n].at = i;
    x->by_d0[n].d0 = b0;
    x->by_d0[n].d1 = b1;
    n++;
  }
  memcpy(x->by_d1, x->by_d0, n * sizeof *x->by_d0);
  qsort(x->by_d0, n, sizeof *x->by_d0, by_d0);
  qsort(x->by_d1, n, sizeof *x->by_d1, by_d1);
  x->n = n;
  x->ok = 1;
  return 1;
}

/* A day bound from a double, one day wider than it and kept inside what
 * a long holds: the window only finds candidates, the rule decides. */
static long day_floor(double d)
{
  if (d != d || d < -1e15)
    return (long)-1e15;
  if (d > 1e15)
    return (long)1e15;
  return (long)floor(d) - 1;
}

static long day_ceil(double d)
{
  if (d != d || d > 1e15)
    return (long)1e15;
  if (d < -1e15)
    return (long)-1e15;
  return (long)ceil(d) + 1;
}

/* The first entry of e[0..n) at or after (sent, day) in the order of
 * d0 (use1 = 0) or d1 (use1 = 1). */
static size_t lower(const struct bc__dspan_ent *e, size_t n, size_t sent,
                    long day, int use1)
{
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    long d = use1 ? e[mid].d1 : e[mid].d0;
    if (e[mid].sent < sent || (e[mid].sent == sent && d < day))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The pairwise rule of bc__check_dates_span for source date a (days
 * a0..a1) and b (days b0..b1). */
static int apart(long a0, long a1, long b0, long b1, double days, double tol)
{
  return fabs(fabs((double)(b1 - a0)) + 1 - days) <= tol ||
         fabs(fabs((double)(a1 - b0)) + 1 - days) <= tol ||
         fabs(fabs((double)(b0 - a0)) - days) <= tol;
}

/* Is there, in date a's sentence, a second date b of the index whose day
 * (d0 or d1 by use1) lies in lo..hi and which the rule pairs with a?  A
 * pair of two dates that are no range is weighed the same either way
 * round (the rule is symmetric in them), so such a b may stand before a;
 * for a range a, b must come after it, as the pairwise walk has it. */
static int window(const struct bc__vstate *v, size_t ai, size_t sent, long a0,
                  long a1, int range, int use1, long lo, long hi, double days,
                  double tol)
{
  const struct bc__dspan_ent *e = use1 ? v->dspan.by_d1 : v->dspan.by_d0;
  size_t k = lower(e, v->dspan.n, sent, lo, use1);
  for (; k < v->dspan.n && e[k].sent == sent; k++) {
    if ((use1 ? e[k].d1 : e[k].d0) > hi)
      break;
    if (e[k].at == ai || (range && e[k].at < ai))
      continue;
    if (apart(a0, a1, e[k].d0, e[k].d1, days, tol))
      return 1;
  }
  return 0;
}

int bc__dspan_apart(struct bc__vstate *v, size_t ai, long a0, long a1,
                    double days, double tol)
{
  size_t sent;
  int range = v->date_val[ai].range;
  double lo3 = days - tol, hi3 = days + tol;         /* |b0 - a0| */
  double lo1 = days - 1 - tol, hi1 = days - 1 + tol; /* |b1 - a0|, |a1 - b0| */
  if (!v->dspan.made)
    build(v);
  if (!v->dspan.ok)
    return -1;
  sent = bc__marks_before(&v->sents, v->dates[ai].span.start);
  return window(v, ai, sent, a0, a1, range, 0, day_floor(a0 + lo3),
                day_ceil(a0 + hi3), days, tol) ||
         window(v, ai, sent, a0, a1, range, 0, day_floor(a0 - hi3),
                day_ceil(a0 - lo3), days, tol) ||
         window(v, ai, sent, a0, a1, range, 0, day_floor(a1 + lo1),
                day_ceil(a1 + hi1), days, tol) ||
         window(v, ai, sent, a0, a1, range, 0, day_floor(a1 - hi1),
                day_ceil(a1 - lo1), days, tol) ||
         window(v, ai, sent, a0, a1, range, 1, day_floor(a0 + lo1),
                day_ceil(a0 + hi1), days, tol) ||
         window(v, ai, sent, a0, a1, range, 1, day_floor(a0 - hi1),
                day_ceil(a0 - lo1), days, tol);
}

void bc__dspan_release(struct bc__dspan_index *x)
{
  free(x->by_d0);
  free(x->by_d1);
  x->by_d0 = x->by_d1 = NULL;
  x->n = 0;
  x->made = x->ok = 0;
}
