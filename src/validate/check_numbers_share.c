/* check_numbers_share.c - a share written as a fraction in words, against
 * the source's fraction in words for the same whole: "roughly
 * three-quarters of the state's electorate" where the source's voters are
 * "roughly two-thirds of the state's electorate".  The claim's share is
 * read as a percentage by the number checker; the source's fraction is a
 * bare number there, so the two are compared here, in their words. */
#include <math.h>
#include <string.h>

#include "validate/validate_internal.h"

/* Words a share must share with the source's to be the same share of the
 * same whole: a fraction is said of many things. */
#define SHARE_WORDS 3

/* Is the source's number s a fraction in words followed by "of"? */
static int share_in_words(const char *t, size_t len,
                          const struct bc_number_fact *s)
{
  size_t i, e = s->span.end;
  for (i = s->span.start; i < s->span.end; i++)
    if (t[i] >= '0' && t[i] <= '9')
      return 0;
  while (e < len && t[e] == ' ')
    e++;
  return e + 3 <= len && strncmp(t + e, "of", 2) == 0 && t[e + 2] == ' ';
}

size_t bc__check_share_rival(const struct bc__vstate *v,
                             const struct bc_number_fact *nf,
                             const struct bc__context *ctx)
{
  const char *t = v->doc->text;
  size_t i, best = (size_t)-1, best_ov = 0;
  int tie = 0;
  if (!t)
    return (size_t)-1;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    size_t ov;
    if (v->num_unit[i].cls != BC__UNIT_NONE || s->value != s->value_hi ||
        s->value <= 0 || s->value >= 1 ||
        !share_in_words(t, v->doc->text_len, s))
      continue;
    ov = bc__validate_overlap(ctx, &v->num_ctx[i]);
    if (ov < SHARE_WORDS || ov < best_ov)
      continue;
    /* The claim's own share, in these words or as near: no rival. */
    if (fabs(s->value * 100 - nf->value) < 0.5) {
      if (ov >= best_ov)
        return (size_t)-1;
      continue;
    }
    tie = ov == best_ov && best != (size_t)-1;
    best = i;
    best_ov = ov;
  }
  return tie ? (size_t)-1 : best;
}
