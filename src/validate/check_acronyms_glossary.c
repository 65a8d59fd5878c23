/* check_acronyms_glossary.c - a summary's glossary entries read as acronym
 * definitions ("SLO" -> "Service Level Objective, ...") and checked like
 * those of its text.  How an expansion is judged is
 * check_acronyms_expansion.c's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/analyze.h"
#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/known_acronyms.h"
#include "util/lexicon.h"
#include "validate/check_acronyms_internal.h"
#include "validate/validate_internal.h"

/* The acronym-like first word of s (at most 16 bytes) into acr; 0 when
 * there is none. */
static size_t first_acronym(const char *s, char *acr)
{
  size_t n = strcspn(s, " ,:;()"), k, up = 0;
  for (k = 0; k < n; k++)
    up += s[k] >= 'A' && s[k] <= 'Z';
  if (up < 2 || n > 16 || up * 2 < n)
    return 0;
  memcpy(acr, s, n);
  acr[n] = '\0';
  return n;
}

/* Read entry (a glossary entry rewritten as a definition) in claims mode
 * and check each expansion it gives that lies in claim, the field's text,
 * found at entry[off..). */
static void glossary_definition(struct bc__vstate *v, const char *field,
                                const char *entry, size_t n, const char *claim,
                                size_t off)
{
  struct bc__analyze_ctx actx;
  struct bc_facts *f = NULL;
  struct bc__claim c;
  size_t k;
  memset(&actx, 0, sizeof actx);
  actx.ref_date = v->doc->date;
  actx.claims = 1;
  v->rc = bc__analyze_text(entry, n, &actx, &f, v->err);
  memset(&c, 0, sizeof c);
  c.field = field;
  c.text = claim;
  c.len = strlen(claim);
  for (k = 0; !v->rc && k < f->n_acronyms; k++) {
    const struct bc_acronym_fact *a = &f->acronyms[k];
    struct bc_span x = a->expansion_span;
    if (x.start < off || x.end > off + c.len || x.end <= x.start ||
        (a->span.start >= off && a->span.start < off + c.len))
      continue;
    bc__acr_check_expansion(v, &c, a->acronym, x.start - off, x.end - off,
                            bc__acr_how_given(a));
  }
  bc_facts_free(f);
  free(c.exp);
}

/* A glossary entry is a definition: "SLO" -> "Service Level Objective, the
 * target ..." read as "SLO: Service Level Objective, the target ...", and
 * "Cloud Solution Architect" -> "CSA, his role" as "Cloud Solution
 * Architect (CSA)"; unless the definition defines the term itself ("RAGE
 * stands for ..."), which the text checks have read. */
void bc__check_glossary(struct bc__vstate *v, const struct bc_summary *s)
{
  size_t i;
  char fb[64], acr[17];
  for (i = 0; i < s->n_glossary && !v->rc; i++) {
    const struct bc_glossary_entry *g = &s->glossary[i];
    struct bc_buf b = BC_BUF_INIT((size_t)-1);
    size_t tn, n, off;
    const char *claim;
    char *entry;
    if (!g->term || !g->definition || !*g->definition || !*g->term)
      continue;
    if ((tn = first_acronym(g->term, acr)) != 0) {
      const struct bc_acronym_fact *src = bc_facts_find_acronym(v->facts, acr);
      size_t lead = strcspn(g->definition, ",;(");
      /* The term's first word reads as an acronym ("RAGE model"). */
      if (bc__acr_writes(g->definition, strlen(g->definition), acr))
        continue;
      /* The definition, or its leading phrase, is the source's expansion:
       * the entry states the definition whole, which no shorter reading of
       * it may contradict ("Five-hundred-meter Aperture Spherical Radio
       * Telescope", whose "Radio" gives no letter). */
      if (src && src->expansion &&
          (bc__validate_expansions_match(g->definition, lead, src->expansion,
                                         strlen(src->expansion)) ||
           bc__validate_expansions_match(g->definition, strlen(g->definition),
                                         src->expansion,
                                         strlen(src->expansion)))) {
        v->r->checked.acronyms++;
        continue;
      }
      bc_buf_adds(&b, acr);
      bc_buf_adds(&b, ": ");
      off = tn + 2;
      bc_buf_adds(&b, g->definition);
      claim = g->definition;
      snprintf(fb, sizeof fb, "glossary[%zu].definition", i);
    } else if (first_acronym(g->definition, acr) != 0) {
      /* The definition opens with the acronym of the term. */
      if (bc__acr_writes(g->term, strlen(g->term), acr))
        continue;
      bc_buf_adds(&b, g->term);
      bc_buf_addf(&b, " (%s)", acr);
      off = 0;
      claim = g->term;
      snprintf(fb, sizeof fb, "glossary[%zu].term", i);
    } else {
      continue;
    }
    entry = bc_buf_take(&b, &n);
    if (!entry) {
      v->rc = BC_ERR_NOMEM;
      return;
    }
    glossary_definition(v, fb, entry, n, claim, off);
    free(entry);
  }
}
