/* check_ratios.c - ratios ("60/30/10", "80/20", "seventy-twenty-ten"):
 * parts that add up to a hundred, so dates ("02/26") and fractions are not
 * read as ratios.  A claim's ratio must be one the source gives, part for
 * part; the number checker asks here whether a number is part of one. */
#include <stdio.h>
#include <stdlib.h>

#include "util/lexicon.h"
#include "validate/validate_internal.h"

/* One ratio: its parts p[0..n) and its span s..e of the text. */
struct ratio {
  int p[8];
  size_t n, s, e;
};

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
static int ratio_at(const char *t, size_t len, size_t i, struct ratio *r)
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
static size_t ratios_in(const char *t, size_t len, struct ratio *out,
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
  struct ratio r[16];
  size_t n = ratios_in(v->doc->text, v->doc->text_len, r, 16), i, k;
  for (i = 0; i < n; i++)
    for (k = 0; k < r[i].n; k++)
      if ((double)r[i].p[k] == val)
        return 1;
  return 0;
}

/* Each ratio of the claim must be one the source gives, part for part. */
void bc__check_ratios(struct bc__vstate *v, const struct bc__claim *c)
{
  struct ratio cr[8], sr[16];
  size_t nc = ratios_in(c->text, c->len, cr, 8);
  size_t ns = nc ? ratios_in(v->doc->text, v->doc->text_len, sr, 16) : 0;
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

/* Is the number at span s part of a ratio of text t? */
int bc__check_in_ratio(const char *t, size_t len, struct bc_span s)
{
  struct ratio r[8];
  size_t n = ratios_in(t, len, r, 8), i;
  for (i = 0; i < n; i++)
    if (s.start < r[i].e && r[i].s < s.end)
      return 1;
  return 0;
}
