/* check_acronyms_implicit.c - implicit expansions.
 * "a former Customer Success Architect at Contoso" where the source's CSA
 * is "Cloud Solution Architect": a run of capitalised words (function
 * words between, hyphens inside) whose initials spell an acronym the
 * source defines. */
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

/* Is the sentence around t[at] written in Title Case, like a heading or a
 * slide title, where capitals say nothing of an acronym? */
static int title_case_sentence(const char *t, size_t len, size_t at)
{
  size_t s = at, e = at, pos, st, wl, content = 0, caps = 0;
  while (s > 0 && !bc__validate_sentence_end(t, s - 1, len))
    s--;
  while (e < len && !bc__validate_sentence_end(t, e, len))
    e++;
  pos = s;
  while ((wl = bc__validate_next_word(t, e, &pos, &st)) > 0) {
    if (bc__lex_is_skippable(t + st, wl))
      continue;
    content++;
    caps += t[st] >= 'A' && t[st] <= 'Z';
  }
  return content >= 3 && caps == content;
}

/* Does the claim's sentence around t[s..e) share a name (a capitalised
 * word that does not open the sentence) with the source's sentence around
 * span?  "a former Customer Success Architect at Contoso" and "4.5 years
 * at Contoso as a Cloud Solution Architect". */
int bc__acr_shares_name(const struct bc__claim *c, size_t s, size_t e,
                        const struct bc__vstate *v, struct bc_span span)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, cs, ce, ss, se, pos, st, wl;
  if (span.start >= len)
    return 0;
  bc__acr_sentence_at(c->text, c->len, s, &cs, &ce);
  bc__acr_sentence_at(t, len, span.start, &ss, &se);
  pos = cs;
  while ((wl = bc__validate_next_word(c->text, ce, &pos, &st)) > 0) {
    size_t p = ss, sw, sst;
    if (st == cs || (st >= s && st < e) ||
        bc__acr_word_class(c->text + st, wl) != 1)
      continue;
    while ((sw = bc__validate_next_word(t, se, &p, &sst)) > 0)
      if (sw == wl && memcmp(t + sst, c->text + st, wl) == 0)
        return 1;
  }
  return 0;
}

/* Does the claim put t[s..e) where the source puts d: two content words,
 * or a name, of its sentence shared with the source's sentence around the
 * expansion or the acronym? */
int bc__acr_same_place(const struct bc__claim *c, size_t s, size_t e,
                       const struct bc__vstate *v,
                       const struct bc_acronym_fact *d)
{
  struct bc__context cc, sc;
  const char *t = v->doc->text;
  size_t len = v->doc->text_len;
  if (!t)
    return 0;
  bc__validate_context(c->text, c->len, (struct bc_span){s, e}, &cc);
  bc__validate_context(t, len, d->expansion_span, &sc);
  if (bc__validate_overlap(&cc, &sc) >= 2)
    return 1;
  bc__validate_context(t, len, d->span, &sc);
  return bc__validate_overlap(&cc, &sc) >= 2 ||
         bc__acr_shares_name(c, s, e, v, d->expansion_span) ||
         bc__acr_shares_name(c, s, e, v, d->span);
}

/* The phrase t[s..e) of the claim, whose initials spell d's acronym,
 * read as its expansion: 1 when it was checked or is the source's words,
 * 0 when nothing says it stands for the acronym.  written: the summary
 * writes the acronym, where the phrase counts unless it is in a title
 * (whose every word has a capital) that does not write it too. */
int bc__acr_implicit_claim(struct bc__vstate *v, struct bc__claim *c,
                           const struct bc_acronym_fact *d, size_t s, size_t e,
                           int written)
{
  const char *t = c->text;
  if (bc__acr_same_words(d->acronym, t + s, e - s, d->expansion) ||
      bc__check_plainly_in_source(v, t + s, e - s, NULL) ||
      bc__acr_loosely_in_source(v, t + s, e - s))
    return 1;
  if (bc__acr_same_place(c, s, e, v, d)) {
    bc__acr_check_expansion(v, c, d->acronym, s, e, HOW_IMPLICIT);
    return 1;
  }
  if (!written)
    return 0;
  if (title_case_sentence(t, c->len, s)) {
    size_t ss, se;
    bc__acr_sentence_at(t, c->len, s, &ss, &se);
    if (!bc__acr_writes(t + ss, se - ss, d->acronym))
      return 0;
  }
  bc__acr_check_expansion(v, c, d->acronym, s, e, HOW_ELSEWHERE);
  return 1;
}

/* The phrase r[i..j] against each acronym the source defines; 1 when it
 * was read as one's expansion. */
static int try_phrase(struct bc__vstate *v, struct bc__claim *c,
                      const struct bc__acr_run *r, size_t i, size_t j)
{
  const struct bc_facts *F = v->facts;
  const char *t = c->text;
  size_t s = r->s[i], e = r->e[j], k, caps = 0;
  if (e - s > 2 && t[e - 2] == '\'' && t[e - 1] == 's')
    e -= 2; /* a possessive: "Department of Homeland Security's" */
  if (bc__acr_taken(c, s, e))
    return 0;
  for (k = i; k <= j; k++)
    caps += r->cap[k];
  for (k = 0; k < F->n_acronyms && !v->rc; k++) {
    const struct bc_acronym_fact *d = &F->acronyms[k];
    size_t n = bc__acr_letters_of(d->acronym), m;
    if (n < 3 || caps > n ||
        bc__acr_lower((unsigned char)d->acronym[0]) !=
            bc__acr_lower((unsigned char)t[s]))
      continue;
    /* Only the first definition of each acronym is the source's. */
    for (m = 0; m < k; m++)
      if (strcmp(F->acronyms[m].acronym, d->acronym) == 0)
        break;
    if (m < k || !bc__validate_fits_acronym(d->acronym, t + s, e - s) ||
        bc__acr_source_def(v, d->acronym) != d)
      continue;
    if (bc__acr_implicit_claim(v, c, d, s, e, v->acr_used && v->acr_used[k]))
      return 1;
  }
  return 0;
}

/* Each phrase of the run, longest first. */
void bc__acr_try_run(struct bc__vstate *v, struct bc__claim *c,
                     const struct bc__acr_run *r)
{
  size_t i, j;
  for (i = 0; i < r->n && !v->rc; i++) {
    if (!r->cap[i])
      continue;
    for (j = r->n; j-- > i + 1;)
      if (r->cap[j] && try_phrase(v, c, r, i, j)) {
        i = j;
        break;
      }
  }
}
