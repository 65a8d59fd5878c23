/* check_numbers_lone.c - a measurement in a unit the source measures one
 * thing in: "161 PS" where the source's only figure in PS (or hp) is "151
 * PS".  A unit of measurement that a text uses for one value names what
 * that value measures nearly as well as shared words do, so a claim in
 * that unit with another value near it is the same measurement, slipped.
 * Counts, money, durations and percentages are said of many things and
 * are left to the number checker's word tests. */
#include <math.h>
#include <string.h>

#include "validate/validate_internal.h"

/* How far a slipped value may lie from the source's, as a ratio: a
 * measurement that far off is more likely another thing in that unit. */
#define LONE_RATIO 2.0

size_t bc__check_lone_measure(const struct bc__vstate *v,
                              const struct bc_number_fact *nf,
                              const struct bc__unit *cu)
{
  size_t i, found = (size_t)-1;
  double a = nf->value;
  if (cu->cls != BC__UNIT_MEASURE || nf->value != nf->value_hi || a <= 0)
    return (size_t)-1;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    const struct bc__unit *su = &v->num_unit[i];
    if (su->cls != BC__UNIT_MEASURE || !bc__validate_units_match(cu, su) ||
        (cu->noun[0] && su->noun[0] && strcmp(cu->noun, su->noun) != 0))
      continue;
    /* A second value in the unit: which one the claim slipped from is
     * for the shared words to tell. */
    if (found != (size_t)-1 && v->nums[found].value != s->value)
      return (size_t)-1;
    if (s->value != s->value_hi)
      return (size_t)-1;
    found = i;
  }
  if (found == (size_t)-1)
    return found;
  {
    double b = v->nums[found].value * v->num_unit[found].scale;
    double c = a * cu->scale;
    if (b <= 0 || c / b >= LONE_RATIO || b / c >= LONE_RATIO)
      return (size_t)-1;
  }
  return found;
}
