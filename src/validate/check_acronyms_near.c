/* check_acronyms_near.c - near misses.
 * "Bioimpedance Spectrometry" where the source defines "Bioimpedance
 * Spectroscopy (BIS)", "... Parents of Americans and Legal Permanent
 * Residents" for its "... and Lawful Permanent Residents": a capitalised
 * phrase of the claim that is the source's expansion word for word, as
 * long, but for one content word.  The initials need not spell anything;
 * what makes it the same named thing is that every other word is the
 * source's, and that the source names nothing else with the changed word.
 */
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

/* Two words that begin alike: the changed word is a slip for the source's
 * ("Spectrometry" for "Spectroscopy"), not another thing. */
int bc__acr_similar_words(const char *a, size_t an, const char *b, size_t bn)
{
  size_t k = 0, m = an < bn ? an : bn;
  while (k < m && bc__acr_lower((unsigned char)a[k]) ==
                      bc__acr_lower((unsigned char)b[k]))
    k++;
  return k >= 4 && 2 * k >= m;
}

/* Does the source write the acronym the capitalised words of r[i..i+n)
 * spell ("WTO" for "World Trade Organization" beside the source's "World
 * Health Organization (WHO)")?  Then the phrase names that, unless that
 * is own, the acronym of the expansion it misses: then it only keeps the
 * initials of the name it changes. */
static int spells_source_acronym(const struct bc__vstate *v, const char *t,
                                 const struct bc__acr_run *r, size_t i,
                                 size_t n, const char *own)
{
  char acr[RUN_WORDS + 1];
  size_t k, m = 0;
  for (k = i; k < i + n; k++)
    if (r->cap[k])
      acr[m++] = t[r->s[k]];
  acr[m] = '\0';
  return m >= 2 && strcmp(acr, own) != 0 && v->doc->text &&
         bc__acr_writes(v->doc->text, v->doc->text_len, acr);
}

/* The run's words r[i..i+n) against the n words of x at ws/wn: 1 when
 * they are x's but for one content word, capitalised in the run, whose
 * place goes in *diff; *content counts x's content words, *matched those
 * the run keeps. */
int bc__acr_one_changed(const char *t, const struct bc__acr_run *r, size_t i,
                        size_t n, const char *x, const size_t *ws,
                        const size_t *wn, size_t *diff, size_t *content,
                        size_t *matched)
{
  size_t j;
  *diff = RUN_WORDS;
  *content = *matched = 0;
  for (j = 0; j < n; j++) {
    const char *cw = t + r->s[i + j];
    size_t cl = r->e[i + j] - r->s[i + j];
    int dc = bc__acr_content_word(x + ws[j], wn[j]);
    *content += dc;
    if (bc__validate_words_match(cw, cl, x + ws[j], wn[j])) {
      *matched += dc;
      continue;
    }
    if (*diff != RUN_WORDS || !dc || !r->cap[i + j] ||
        !bc__acr_content_word(cw, cl))
      return 0;
    *diff = j;
  }
  return *diff != RUN_WORDS && *content >= 2;
}

/* The run's words r[i..i+n) against d's expansion, whose n words are
 * ws/wn: checked and 1 when they are a near miss. */
static int near_miss(struct bc__vstate *v, struct bc__claim *c,
                     const struct bc__acr_run *r, size_t i, size_t n,
                     const struct bc_acronym_fact *d, const size_t *ws,
                     const size_t *wn)
{
  const char *t = c->text;
  size_t diff, content, matched, s, e;
  int similar;
  if (!bc__acr_one_changed(t, r, i, n, d->expansion, ws, wn, &diff, &content,
                           &matched))
    return 0;
  s = r->s[i];
  e = r->e[i + n - 1];
  if (bc__acr_taken(c, s, e) ||
      bc__check_plainly_in_source(v, t + s, e - s, NULL) ||
      bc__acr_loosely_in_source(v, t + s, e - s) ||
      bc__acr_source_expansion(v, t + s, e - s) ||
      spells_source_acronym(v, t, r, i, n, d->acronym) ||
      bc__acr_capital_in_source(v, t + r->s[i + diff],
                                r->e[i + diff] - r->s[i + diff]))
    return 0;
  similar =
      bc__acr_similar_words(t + r->s[i + diff], r->e[i + diff] - r->s[i + diff],
                            d->expansion + ws[diff], wn[diff]);
  /* Two words with one changed are another name unless the changed word
   * is a slip; from three on, the others say it is the same name when
   * three of them match, or the claim says it where the source does, or
   * the changed word keeps the initials of the source's acronym ("Summer
   * Funding Program" for its "Summer Founders Program (SFP)"): a name
   * with the letters the source gives it is the source's name. */
  if (content == 2
          ? !similar
          : !(matched >= 3 || similar || bc__acr_same_place(c, s, e, v, d) ||
              bc__acr_known_slip(d, t, s, e) ||
              bc__validate_fits_acronym(d->acronym, t + s, e - s)))
    return 0;
  bc__acr_check_expansion(v, c, d->acronym, s, e, HOW_NEAR);
  return 1;
}

void bc__acr_near_misses(struct bc__vstate *v, struct bc__claim *c,
                         const struct bc__acr_run *r)
{
  const struct bc_facts *F = v->facts;
  size_t k, i;
  for (k = 0; k < F->n_acronyms && !v->rc; k++) {
    const struct bc_acronym_fact *d = &F->acronyms[k];
    size_t ws[NEAR_WORDS], wn[NEAR_WORDS], n = 0, pos = 0, st, wl;
    size_t xn = strlen(d->expansion);
    if (d->loose || bc__acr_source_def(v, d->acronym) != d)
      continue;
    while (n <= r->n && n < NEAR_WORDS &&
           (wl = bc__validate_next_word(d->expansion, xn, &pos, &st)) > 0) {
      ws[n] = st;
      wn[n++] = wl;
    }
    if (n < 2 || n > r->n ||
        bc__validate_next_word(d->expansion, xn, &pos, &st) > 0)
      continue;
    for (i = 0; i + n <= r->n && !v->rc; i++)
      if (r->cap[i] && r->cap[i + n - 1] && near_miss(v, c, r, i, n, d, ws, wn))
        break;
  }
}
