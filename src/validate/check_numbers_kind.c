/* check_numbers_kind.c - the source's multiplier written as a percentage,
 * or the other way: "18 percent more tuft cells" where the source's mice
 * had "18 times the number of tuft cells", "a 40% rise" for "rose 40-fold".
 * The digits are the source's and so are the words, but 18 times as many
 * is 1,700 % more, not 18 %.  The unit checks elsewhere compare units of
 * one class only; these two classes are the ones a writer swaps. */
#include "analyze/analyze.h"
#include "validate/validate_internal.h"

/* Words a swapped figure must share with the source's: the claim's own
 * digits are often said of other things in other words. */
#define KIND_WORDS 2

size_t bc__check_swapped_kind(const struct bc__vstate *v,
                              const struct bc_number_fact *nf,
                              const struct bc__unit *cu,
                              const struct bc__context *ctx)
{
  size_t i, best = (size_t)-1, best_ov = 0;
  enum bc__unit_class other;
  if (cu->cls == BC__UNIT_PERCENT)
    other = BC__UNIT_TIMES;
  else if (cu->cls == BC__UNIT_TIMES)
    other = BC__UNIT_PERCENT;
  else
    return (size_t)-1;
  if (nf->value != nf->value_hi || nf->value <= 1)
    return (size_t)-1;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    size_t ov;
    if (v->num_unit[i].cls != other || s->value != s->value_hi ||
        !bc__analyze_number_equal(s->value, nf->value))
      continue;
    ov = bc__validate_overlap(ctx, &v->num_ctx[i]);
    if (ov >= KIND_WORDS && ov > best_ov) {
      best = i;
      best_ov = ov;
    }
  }
  return best;
}
