/* check_counterparts.c - the rule the phrase checkers share (factors,
 * time limits, parts of a whole): a claim's phrase is wrong when the source
 * states another value in the claim's words and its own value nowhere as
 * near.  What a phrase is and which phrases may stand for each other is
 * each checker's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"
#include "util/alloc.h"
#include "validate/validate_internal.h"

static int same_value(const struct bc__pval *a, const struct bc__pval *b)
{
  return bc__analyze_number_equal(a->x, b->x) &&
         bc__analyze_number_equal(a->y, b->y);
}

/* The words of the clause around at in t[0..len): in a sentence holding
 * two spans ("launched his bid less than three months before the
 * caucuses, with the first votes less than 100 days away"), each clause's
 * words say which statement of the source its span was taken from. */
static void clause_words(const char *t, size_t len, struct bc_span at,
                         struct bc__context *out)
{
  size_t a = at.start, b = at.end;
  while (a > 0 && !strchr(",;:.!?\n", t[a - 1]))
    a--;
  while (b < len && !strchr(",;:.!?\n", t[b]))
    b++;
  bc__validate_context(t + a, b - a, (struct bc_span){at.start - a, at.end - a},
                       out);
}

static void counterparts(struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc__pval *cp, size_t nc,
                         const struct bc__pval *sp, size_t ns,
                         int (*kin)(const struct bc__pval *,
                                    const struct bc__pval *),
                         const char *what)
{
  size_t i, j;
  for (i = 0; i < nc && !v->rc; i++) {
    struct bc__context ctx, sctx, cctx;
    size_t same_ov = 0, diff_ov = 0, diff = (size_t)-1, same_cl = 0,
           diff_cl = 0;
    int same = 0;
    v->r->checked.numbers++;
    bc__validate_context(c->text, c->len, cp[i].at, &ctx);
    clause_words(c->text, c->len, cp[i].at, &cctx);
    for (j = 0; j < ns; j++) {
      size_t ov, cl;
      bc__wordtab_context(&v->words, sp[j].at, &sctx);
      ov = bc__validate_overlap(&ctx, &sctx);
      cl = bc__validate_overlap(&cctx, &sctx);
      if (same_value(&sp[j], &cp[i])) {
        same = 1;
        if (ov > same_ov)
          same_ov = ov;
        if (cl > same_cl)
          same_cl = cl;
      } else if (ov > diff_ov && (!kin || kin(&cp[i], &sp[j]))) {
        diff_ov = ov;
        diff = j;
        diff_cl = cl;
      }
    }
    /* Stated in the words of the claim's own clause, as near as the other
     * value is to them: the clause was taken from there. */
    if (same && same_cl >= 2 && same_cl >= diff_cl)
      continue;
    if (diff != (size_t)-1 && diff_ov >= 2 && (!same || diff_ov > same_ov)) {
      char *says = bc__check_source_text(v, sp[diff].at);
      char msg[240];
      if (!says) {
        v->rc = BC_ERR_NOMEM;
        return;
      }
      snprintf(msg, sizeof msg, "%s %s", what, says);
      bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, cp[i].at, says,
                    sp[diff].at, NULL, msg);
      free(says);
    }
  }
}

const struct bc__pval *bc__check_source_phrases(
    struct bc__vstate *v, int k,
    size_t (*scan)(const struct bc__wordtab *w, size_t from, size_t to,
                   struct bc__pval *out, size_t max),
    size_t *n)
{
  if (!(v->phr_made & (1u << k))) {
    v->phr_made |= 1u << k;
    v->phr[k] = bc__calloc(BC__SOURCE_PHRASES, sizeof *v->phr[k]);
    if (!v->phr[k]) {
      v->rc = BC_ERR_NOMEM;
      return NULL;
    }
    v->n_phr[k] = scan(&v->words, 0, v->words.n, v->phr[k], BC__SOURCE_PHRASES);
  }
  *n = v->n_phr[k];
  return *n ? v->phr[k] : NULL;
}

void bc__check_phrases(struct bc__vstate *v, const struct bc__claim *c,
                       const struct bc__phrase_checker *pc)
{
  struct bc__pval cp[BC__CLAIM_PHRASES];
  const struct bc__pval *sp;
  size_t nc, ns;
  if (!c->words.t || v->rc)
    return;
  nc = pc->scan(&c->words, 0, c->words.n, cp, BC__CLAIM_PHRASES);
  if (nc && (sp = bc__check_source_phrases(v, pc->kind, pc->scan, &ns)))
    counterparts(v, c, cp, nc, sp, ns, pc->kin, pc->what);
}
