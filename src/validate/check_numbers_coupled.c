/* check_numbers_coupled.c - two values given as one, a value and the same
 * thing in another unit beside it: "8 per cent (£17,125)", "7 per cent
 * (£18,786)".  A claim that couples one of them with the other's partner
 * ("7 per cent, or £17,125") has moved one value from its neighbour: the
 * source gives each value of the claim's couple, but with other
 * partners, and never the two together.  Single values are the number
 * checker's to weigh. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "validate/validate_internal.h"

#define NONE ((size_t)-1)

static const char *unit_of(const struct bc_number_fact *f)
{
  return f->unit ? f->unit : "";
}

/* Do a and b, a right before b in t, stand as a couple: "A (B)", and in
 * a claim also "A, or B" and "A or B"?  Their units must differ: "3 (4)"
 * is a correction or a count, not one value said twice. */
static int couple_at(const char *t, size_t len, const struct bc_number_fact *a,
                     const struct bc_number_fact *b, int claim)
{
  size_t e = a->span.end, s = b->span.start;
  if (s <= e || !*unit_of(a) || !*unit_of(b) ||
      strcasecmp(unit_of(a), unit_of(b)) == 0 || a->value != a->value_hi ||
      b->value != b->value_hi)
    return 0;
  if (s - e == 2 && memcmp(t + e, " (", 2) == 0)
    return b->span.end < len && t[b->span.end] == ')';
  if (!claim)
    return 0;
  return (s - e == 5 && memcmp(t + e, ", or ", 5) == 0) ||
         (s - e == 4 && memcmp(t + e, " or ", 4) == 0);
}

static int same_value(const struct bc_number_fact *x,
                      const struct bc_number_fact *y)
{
  return x->value == y->value && strcasecmp(unit_of(x), unit_of(y)) == 0;
}

int bc__check_coupled(struct bc__vstate *v, const struct bc__claim *c,
                      const struct bc_number_fact *m, size_t n, size_t i)
{
  const char *st = v->doc->text;
  size_t slen = v->doc->text_len, k, a_other = NONE, b_other = NONE;
  const struct bc_number_fact *a, *b;
  if (!st || i + 1 >= n || !couple_at(c->text, c->len, &m[i], &m[i + 1], 1))
    return 0;
  a = &m[i];
  b = &m[i + 1];
  for (k = 0; k + 1 < v->n_nums; k++) {
    const struct bc_number_fact *sa = &v->nums[k], *sb = &v->nums[k + 1];
    int ha, hb;
    if (sb->span.end > slen || !couple_at(st, slen, sa, sb, 0))
      continue;
    ha = same_value(sa, a);
    hb = same_value(sb, b);
    if (ha && hb)
      return 0; /* the source's own couple */
    if (ha && strcasecmp(unit_of(sb), unit_of(b)) == 0 && a_other == NONE)
      a_other = k;
    if (hb && strcasecmp(unit_of(sa), unit_of(a)) == 0 && b_other == NONE)
      b_other = k;
  }
  if (a_other == NONE || b_other == NONE)
    return 0;
  {
    const struct bc_number_fact *sa = &v->nums[a_other];
    const struct bc_number_fact *ob = &v->nums[b_other];
    struct bc_span sw = {sa->span.start, v->nums[a_other + 1].span.end + 1};
    struct bc_span cw = {a->span.start, b->span.end};
    char *says = bc__check_quote_source(v, sw);
    bc__check_number_error(
        v, c, cw, says, sw, "the source says %s; it gives %.*s with %.*s", says,
        (int)(b->span.end - b->span.start), c->text + b->span.start,
        (int)(ob->span.end - ob->span.start), st + ob->span.start);
    free(says);
  }
  return 1;
}
