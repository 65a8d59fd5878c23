/* check_ratios.c - ratios ("60/30/10", "80/20", "seventy-twenty-ten"):
 * parts that add up to a hundred, so dates ("02/26") and fractions are not
 * read as ratios.  A claim's ratio must be one the source gives, part for
 * part; the number checker asks here whether a number is part of one. */
#include <stdio.h>
#include <stdlib.h>

#include "util/lexicon.h"
#include "validate/validate_internal.h"

/* A part of a ratio at t[i]: digits, or a tens word ("seventy") or five or
 * fifteen; returns its end. */
static size_t ratio_part(const char *t, size_t len, size_t i, int *val)
{
  size_t j = i;
  int v;
  if (i < len && t[i] >= '0' && t[i] <= '9') {
    int x = 0;
    while (j < len && t[j] >= '0' && t[j] <= '9' && j - i < 3)
      x = x * 10 + (t[j++] - '0');
    if (j < len && (bc__check_is_alnum((unsigned char)t[j]) || t[j] == '.'))
      return 0;
    *val = x;
    return j;
  }
  while (j < len &&
         ((t[j] >= 'a' && t[j] <= 'z') || (t[j] >= 'A' && t[j] <= 'Z')))
    j++;
  v = bc__lex_cardinal(t + i, j - i);
  if (v == 5 || v == 15 || (v >= 10 && v <= 90 && v % 10 == 0)) {
    *val = v;
    return j;
  }
  return 0;
}

/* The ratio starting at t[i], if any. */
static int ratio_at(const char *t, size_t len, size_t i, struct bc__ratio *r)
{
  size_t j, total = 0, k;
  int digits = t[i] >= '0' && t[i] <= '9', x;
  if (i > 0 &&
      (bc__check_is_alnum((unsigned char)t[i - 1]) || t[i - 1] == '/' ||
       t[i - 1] == '-' || t[i - 1] == '.' || t[i - 1] == ','))
    return 0;
  r->n = 0;
  r->s = i;
  j = i;
  for (;;) {
    size_t e = ratio_part(t, len, j, &x);
    if (!e || ((t[j] >= '0' && t[j] <= '9') != digits) || r->n == 8)
      return 0;
    r->p[r->n++] = x;
    j = e;
    if (j + 1 < len && (t[j] == '/' || (!digits && t[j] == '-')) &&
        bc__check_is_alnum((unsigned char)t[j + 1]))
      j++;
    else
      break;
  }
  r->e = j;
  for (k = 0; k < r->n; k++)
    total += (size_t)r->p[k];
  return r->n >= 2 && total >= 99 && total <= 101;
}

/* Every ratio of t (at most cap). */
static size_t ratios_in(const char *t, size_t len, struct bc__ratio *out,
                        size_t cap)
{
  size_t i, n = 0;
  for (i = 0; t && i < len && n < cap; i++)
    if (bc__check_is_alnum((unsigned char)t[i]) &&
        ratio_at(t, len, i, &out[n])) {
      i = out[n].e;
      n++;
    }
  return n;
}

/* A percentage that is one part of a ratio the source gives ("60% stocks"
 * for a 60/30/10 split). */
int bc__check_ratio_member(const struct bc__vstate *v, double val)
{
  const struct bc__ratio *r = v->ratios;
  size_t i, k;
  for (i = 0; i < v->n_ratios; i++)
    for (k = 0; k < r[i].n; k++)
      if ((double)r[i].p[k] == val)
        return 1;
  return 0;
}

/* Each ratio of the claim must be one the source gives, part for part. */
void bc__check_ratios(struct bc__vstate *v, const struct bc__claim *c)
{
  const struct bc__ratio *cr = c->ratios, *sr = v->ratios;
  size_t nc = c->n_ratios, ns = v->n_ratios;
  size_t i, j, k, best = (size_t)-1, best_same = 0;
  for (i = 0; i < nc && !v->rc; i++) {
    best = (size_t)-1;
    best_same = 0;
    for (j = 0; j < ns; j++) {
      size_t same = 0;
      if (sr[j].n != cr[i].n)
        continue;
      for (k = 0; k < sr[j].n; k++)
        same += sr[j].p[k] == cr[i].p[k];
      if (same == sr[j].n)
        break;
      if (best == (size_t)-1 || same > best_same) {
        best = j;
        best_same = same;
      }
    }
    v->r->checked.numbers++;
    if (j < ns || best == (size_t)-1)
      continue;
    {
      char *says =
          bc__check_source_text(v, (struct bc_span){sr[best].s, sr[best].e});
      char msg[160];
      if (!says) {
        v->rc = BC_ERR_NOMEM;
        return;
      }
      snprintf(msg, sizeof msg, "the source gives the split as %s", says);
      bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR,
                    (struct bc_span){cr[i].s, cr[i].e}, says,
                    (struct bc_span){sr[best].s, sr[best].e}, says, msg);
      free(says);
    }
  }
}

/* Is the number at span s of the claim part of one of its ratios? */
int bc__check_in_ratio(const struct bc__claim *c, struct bc_span s)
{
  size_t i;
  for (i = 0; i < c->n_ratios; i++)
    if (s.start < c->ratios[i].e && c->ratios[i].s < s.end)
      return 1;
  return 0;
}

void bc__check_claim_ratios(struct bc__claim *c)
{
  c->n_ratios = ratios_in(c->text, c->len, c->ratios,
                          sizeof c->ratios / sizeof c->ratios[0]);
}

void bc__check_ratios_prepare(struct bc__vstate *v)
{
  v->n_ratios =
      ratios_in(v->doc->text, v->doc->text_len, v->ratios, BC__SOURCE_RATIOS);
}
