/* check_numbers_all.c - "all five participants" where the source says
 * "four of the five participants": the whole is right, but the claim
 * gives all of it what the source gives a part.  A claim's count after
 * "all" ("all five", "all of the five", "all the 12") is an error when
 * an equal count of the source is the whole of a part of it ("K of the
 * N", K below N) in words the claim shares, and none is said of all. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "validate/validate_internal.h"

static int is_letter(char ch)
{
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* The start of the word ending right before t[at] (spaces skipped), and
 * its length in *n; *n is 0 when there is none. */
static size_t word_before(const char *t, size_t at, size_t *n)
{
  size_t e = at, b;
  while (e > 0 && t[e - 1] == ' ')
    e--;
  b = e;
  while (b > 0 && (is_letter(t[b - 1]) || (t[b - 1] >= '0' && t[b - 1] <= '9')))
    b--;
  if (b > 0 && is_letter(t[b - 1]))
    b = e;
  *n = e - b;
  return b;
}

static int is_word(const char *t, size_t at, size_t n, const char *w)
{
  return n == strlen(w) && strncasecmp(t + at, w, n) == 0;
}

/* Does "all" come before t[at], with "of" and "the" between or not? */
static int all_before(const char *t, size_t at)
{
  size_t n, b = word_before(t, at, &n);
  if (n && is_word(t, b, n, "the"))
    b = word_before(t, b, &n);
  if (n && is_word(t, b, n, "of"))
    b = word_before(t, b, &n);
  return n && is_word(t, b, n, "all");
}

/* The part K of "K of the N" or "K of N" before t[at] (N starting at at),
 * its start in *from; 0 when there is none. */
static double part_before(const char *t, size_t at, size_t *from)
{
  size_t n, b = word_before(t, at, &n);
  if (n && is_word(t, b, n, "the"))
    b = word_before(t, b, &n);
  if (!n || !is_word(t, b, n, "of"))
    return 0;
  b = word_before(t, b, &n);
  *from = b;
  return n ? bc__check_count_word(t + b, n) : 0;
}

int bc__check_all_of(struct bc__vstate *v, const struct bc__claim *c,
                     const struct bc_number_fact *nf)
{
  const char *st = v->doc->text;
  size_t i, part = (size_t)-1, from = 0, best_ov = 0;
  double k = 0;
  struct bc__context ctx;
  if (nf->value != nf->value_hi || nf->value < 2 || nf->bound ||
      !all_before(c->text, nf->span.start))
    return 0;
  bc__validate_context(c->text, c->len, nf->span, &ctx);
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    size_t f = 0;
    double p;
    if (s->value != nf->value || s->value_hi != nf->value_hi)
      continue;
    if (all_before(st, s->span.start))
      return 0; /* the source says all too */
    p = part_before(st, s->span.start, &f);
    if (p >= s->value)
      return 0; /* "five of the five" */
    /* The part said in words of the claim's: "predict the choices". */
    if (p > 0 && bc__validate_overlap(&ctx, &v->num_ctx[i]) > best_ov) {
      best_ov = bc__validate_overlap(&ctx, &v->num_ctx[i]);
      part = i;
      from = f;
      k = p;
    }
  }
  if (part == (size_t)-1)
    return 0;
  {
    struct bc_span ss = {from, v->nums[part].span.end};
    char *says = bc__check_source_text(v, ss);
    char msg[200];
    if (!says) {
      v->rc = BC_ERR_NOMEM;
      return 1;
    }
    snprintf(msg, sizeof msg, "the source says %s: %.0f, not all of them", says,
             k);
    bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, nf->span, says, ss,
                  NULL, msg);
    free(says);
  }
  return 1;
}
