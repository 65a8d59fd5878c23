/* check_acronyms.c - the acronym checker.  Every expansion a summary gives
 * for an acronym, in whichever form the analyzer reads it in claims mode
 * ("X (...)", "(...) X", "X, which stands for ...", "X is short for ...",
 * "X = ...", "X, or ...", "..., aka X", "It stands for ...", a capitalised
 * phrase whose initials spell an acronym the text uses), and every
 * capitalised phrase that has the initials of an acronym the source
 * defines, where the summary writes that acronym or puts the phrase where
 * the source puts its expansion, is compared with the source's definition
 * on the fact sheet; so is a capitalised phrase that is a source
 * expansion with one word changed ("Bioimpedance Spectrometry"), or a name
 * the source writes out and then uses by its initials without defining
 * them, with one word changed to another of the same initial ("Pacific
 * Gas & Energy" for "Pacific Gas & Electric ... PG&E").  What is
 * a definition is the analyzer's call; only for an acronym the fact sheet
 * leaves undefined does it read the source's words for it (in parentheses
 * after it, or words that spell it).  When two expansions say the same is
 * equivalence.c's. */
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

static void implicit_expansions(struct bc__vstate *v, struct bc__claim *c)
{
  struct bc__acr_run r;
  size_t pos = 0, st, wl;
  r.n = 0;
  for (;;) {
    int cls = 0;
    wl = bc__validate_next_word(c->text, c->len, &pos, &st);
    if (wl)
      cls = bc__acr_word_class(c->text + st, wl);
    if (wl && cls && r.n > 0 && r.n < RUN_WORDS &&
        bc__acr_joins(c->text, r.e[r.n - 1], st)) {
      r.s[r.n] = st;
      r.e[r.n] = st + wl;
      r.cap[r.n++] = cls == 1;
      continue;
    }
    while (r.n > 0 && !r.cap[r.n - 1])
      r.n--;
    if (r.n >= 2) {
      bc__acr_long_form_slips(v, c, &r);
      if (!v->rc)
        bc__acr_bracket_misfit(v, c, &r);
      if (v->facts->n_acronyms) {
        bc__acr_try_run(v, c, &r);
        bc__acr_near_misses(v, c, &r);
      }
      if (!v->rc)
        bc__acr_known_slips(v, c, &r);
    }
    if (!wl || v->rc)
      return;
    r.n = 0;
    if (cls == 1) {
      r.s[0] = st;
      r.e[0] = st + wl;
      r.cap[0] = 1;
      r.n = 1;
    }
  }
}

/* --- the checker ------------------------------------------------------------
 */

/* Does an acronym in capitals and small letters ("GaN", "DoD") have
 * its capitals alone, two or more, as the initials of the words p[0..n)
 * ("gallium nitride")?  Its small letters come from inside them. */
static int capitals_fit(const char *acr, const char *p, size_t n)
{
  char caps[16];
  size_t k, m = 0, small = 0;
  for (k = 0; acr[k]; k++) {
    if (acr[k] >= 'A' && acr[k] <= 'Z') {
      if (m + 1 >= sizeof caps)
        return 0;
      caps[m++] = acr[k];
    } else if (acr[k] >= 'a' && acr[k] <= 'z') {
      small++;
    } else {
      return 0;
    }
  }
  caps[m] = '\0';
  return m >= 2 && small > 0 && bc__validate_fits_acronym(caps, p, n);
}

/* How the analyzer's definition a spells its acronym. */
enum bc__acr_how bc__acr_how_given(const struct bc_acronym_fact *a)
{
  size_t n = strlen(a->expansion);
  if (a->loose)
    return HOW_LOOSE;
  return bc__validate_fits_acronym(a->acronym, a->expansion, n) ||
                 capitals_fit(a->acronym, a->expansion, n)
             ? HOW_FITS
             : HOW_LETTERS;
}

/* Is a an implicit definition, a capitalised phrase the analyzer took for
 * the acronym written later ("a Customer Success Architect ... the CSA
 * role"), rather than one the words around it give ("..., also known as
 * CSA", "... (CSA)")?  The phrase comes first, and a sentence's end or a
 * word other than those that link a name to its acronym lies between. */
int bc__acr_implicit_fact(const char *t, const struct bc_acronym_fact *a)
{
  static const char *const link[] = {
      "a",        "abbreviated", "aka",         "also",       "as",
      "better",   "by",          "call",        "called",     "denoted",
      "e",        "hereafter",   "hereinafter", "henceforth", "i",
      "ie",       "just",        "k",           "known",      "or",
      "referred", "simply",      "termed",      "the",        "to",
      "we",       "which"};
  size_t k, e = a->expansion_span.end, s = a->span.start, pos, st, wl;
  if (a->loose || e > s)
    return 0;
  for (k = e; k < s; k++) {
    if (t[k] == '(' || t[k] == '[')
      return 0;
    if (bc__validate_sentence_end(t, k, s + 1))
      return 1;
  }
  pos = e;
  while ((wl = bc__validate_next_word(t, s, &pos, &st)) > 0) {
    for (k = 0; k < sizeof link / sizeof link[0]; k++)
      if (strlen(link[k]) == wl && strncasecmp(t + st, link[k], wl) == 0)
        break;
    if (k == sizeof link / sizeof link[0])
      return 1;
  }
  return 0;
}

void bc__check_acronyms(struct bc__vstate *v, struct bc__claim *c)
{
  const struct bc_facts *f = c->f;
  const struct bc_acronym_fact *d;
  size_t i;
  for (i = 0; i < f->n_acronyms && !v->rc; i++) {
    const struct bc_acronym_fact *a = &f->acronyms[i];
    if (a->expansion_span.end > c->len ||
        a->expansion_span.start >= a->expansion_span.end)
      continue;
    if (bc__acr_implicit_fact(c->text, a)) {
      /* A name written out and shortened later claims no definition of
       * an acronym the source never expands ("the World Health
       * Organization ... WHO"). */
      if ((d = bc__acr_source_def(v, a->acronym)) == NULL)
        continue;
      if (!bc__acr_record(c, a->expansion_span.start, a->expansion_span.end))
        v->rc = BC_ERR_NOMEM;
      else
        bc__acr_implicit_claim(v, c, d, a->expansion_span.start,
                               a->expansion_span.end, 1);
      continue;
    }
    if (bc__acr_padded(v, c, a))
      continue;
    if (!bc__acr_mislabelled(v, c, a))
      bc__acr_check_expansion(v, c, a->acronym, a->expansion_span.start,
                              a->expansion_span.end, bc__acr_how_given(a));
  }
  if (!v->rc)
    implicit_expansions(v, c);
  if (!v->rc)
    bc__acr_swapped_titles(v, c);
  if (!v->rc)
    bc__acr_labels(v, c);
  if (!v->rc)
    bc__acr_in_place(v, c);
}

/* Mark the source's acronyms that text writes. */
static void mark_used(struct bc__vstate *v, const char *text)
{
  size_t k, len = strlen(text);
  for (k = 0; k < v->facts->n_acronyms; k++)
    if (!v->acr_used[k] &&
        bc__acr_writes(text, len, v->facts->acronyms[k].acronym))
      v->acr_used[k] = 1;
}

static int mark_field(void *ctx, const char *field, const char *text)
{
  (void)field;
  if (text)
    mark_used(ctx, text);
  return 0;
}

/* Is t[a..b) a word of capitals alone, three or more, that is no
 * well-known acronym: part of a title or a shout ("ALL THE FIRE"), where
 * capitals say nothing of an acronym? */
static int shouted(const char *t, size_t a, size_t b)
{
  size_t k;
  if (b - a < 3)
    return 0;
  for (k = a; k < b; k++)
    if (t[k] < 'A' || t[k] > 'Z')
      return 0;
  return bc__known_acronym_find(t + a, b - a) == NULL;
}

/* The word next to t[a..b) on either side, across one space: shouted? */
static int beside_shout(const char *t, size_t len, size_t a, size_t b)
{
  size_t s, e;
  if (a >= 2 && t[a - 1] == ' ') {
    for (s = a - 1; s > 0 && bc__check_is_alnum((unsigned char)t[s - 1]); s--)
      ;
    if (shouted(t, s, a - 1))
      return 1;
  }
  if (b + 1 < len && t[b] == ' ') {
    for (e = b + 1; e < len && bc__check_is_alnum((unsigned char)t[e]); e++)
      ;
    if (shouted(t, b + 1, e))
      return 1;
  }
  return 0;
}

/* The well-known acronyms the source writes and does not define, each
 * once, into v->src_known: words of two capitals or more, capitals at
 * least half their letters ("SDNY", "PG&E", "ApJ"), not in a shout. */
static bc_status source_known(struct bc__vstate *v)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, a = 0, cap = 0;
  while (a < len) {
    size_t b = a, caps = 0, letters = 0, k;
    const struct bc__known_acronym *kn;
    char acr[17];
    if (!bc__check_is_alnum((unsigned char)t[a]) ||
        (a > 0 && bc__check_is_alnum((unsigned char)t[a - 1]))) {
      a++;
      continue;
    }
    while (b < len && (bc__check_is_alnum((unsigned char)t[b]) ||
                       (t[b] == '&' && b + 1 < len &&
                        bc__check_is_alnum((unsigned char)t[b + 1])))) {
      caps += t[b] >= 'A' && t[b] <= 'Z';
      letters += (t[b] >= 'A' && t[b] <= 'Z') || (t[b] >= 'a' && t[b] <= 'z');
      b++;
    }
    if (caps < 2 || 2 * caps < letters || b - a >= sizeof acr ||
        beside_shout(t, len, a, b) ||
        !(kn = bc__known_acronym_find(t + a, b - a))) {
      a = b;
      continue;
    }
    memcpy(acr, t + a, b - a);
    acr[b - a] = '\0';
    a = b;
    for (k = 0; k < v->n_src_known && v->src_known[k] != kn; k++)
      ;
    if (k < v->n_src_known || bc__acr_source_def(v, acr) ||
        bc__acr_source_def(v, kn->acronym))
      continue;
    if (v->n_src_known == cap) {
      const struct bc__known_acronym **grown;
      cap = cap ? 2 * cap : 8;
      grown = bc__realloc(v->src_known, cap * sizeof *grown);
      if (!grown)
        return BC_ERR_NOMEM;
      v->src_known = grown;
    }
    v->src_known[v->n_src_known++] = kn;
  }
  return BC_OK;
}

bc_status bc__check_acronyms_prepare(struct bc__vstate *v,
                                     const struct bc_summary *s,
                                     const char *text)
{
  bc_status rc = source_known(v);
  if (!rc)
    rc = bc__acr_labels_prepare(v);
  if (rc || !v->facts->n_acronyms)
    return rc;
  v->acr_used = bc__calloc(v->facts->n_acronyms, 1);
  if (!v->acr_used)
    return BC_ERR_NOMEM;
  if (s)
    bc_summary_each_text(s, mark_field, v);
  if (text)
    mark_used(v, text);
  return BC_OK;
}
