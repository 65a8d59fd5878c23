/* check_measured.c - a measured value written without a unit ("a drag
 * coefficient of 0.28", "a ratio of 1.7"): the number checker holds no bare
 * number against another, so a decimal value is compared here with the
 * source's decimal values in the same words.  Whole numbers (scores,
 * ranks, counts) are left alone, and a rounding of the source's value
 * passes. */
#include <math.h>
#include <string.h>

#include "validate/validate_internal.h"

/* Decimals written after a point in t[0..n), or -1 when it has no point
 * followed by a digit. */
static int decimals(const char *t, size_t n)
{
  const char *p = memchr(t, '.', n);
  size_t k, d = 0;
  if (!p)
    return -1;
  for (k = (size_t)(p - t) + 1; k < n && t[k] >= '0' && t[k] <= '9'; k++)
    d++;
  return d ? (int)d : -1;
}

/* Words a bare decimal must share with its counterpart: most of a
 * sentence's content words name what is measured. */
#define MEASURE_WORDS 3

size_t bc__check_measured_rival(const struct bc__vstate *v,
                                const struct bc__claim *c,
                                const struct bc_number_fact *nf,
                                const struct bc__unit *cu,
                                const struct bc__context *ctx)
{
  const char *src = v->doc->text;
  size_t i, best = (size_t)-1, best_ov = 0;
  int tie = 0, dc;
  double a = nf->value;
  if (cu->cls != BC__UNIT_NONE || nf->value != nf->value_hi || a <= 0 || !src)
    return (size_t)-1;
  dc = decimals(c->text + nf->span.start, nf->span.end - nf->span.start);
  if (dc < 0)
    return (size_t)-1;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    double b = s->value;
    size_t ov;
    if (v->num_unit[i].cls != BC__UNIT_NONE || s->value != s->value_hi ||
        b <= 0 || a / b >= 10 || b / a >= 10 ||
        decimals(src + s->span.start, s->span.end - s->span.start) < 0)
      continue;
    /* "0.2" for "0.24": a rounding, not another value. */
    if (fabs(a - b) <= 0.5 * pow(10, -dc) + 1e-12)
      continue;
    ov = bc__validate_overlap(ctx, &v->num_ctx[i]);
    if (ov < MEASURE_WORDS || ov < best_ov)
      continue;
    tie = ov == best_ov && best != (size_t)-1 && v->nums[best].value != b;
    best = i;
    best_ov = ov;
  }
  return tie ? (size_t)-1 : best;
}
