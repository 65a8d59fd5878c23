/* check_acronyms_internal.h - what the files of the acronym checker
 * (src/validate/check_acronyms*.c) share: how a claim gives an expansion,
 * the run of capitalised words the phrase rules read, and the helpers each
 * file offers the others.  Private to those files. */
#ifndef BC_VALIDATE_CHECK_ACRONYMS_INTERNAL_H
#define BC_VALIDATE_CHECK_ACRONYMS_INTERNAL_H

#include <stddef.h>

#include "briefcast/facts.h"
#include "validate/validate_internal.h"

struct bc__known_acronym;

/* ch in lower case, ASCII letters only. */
static inline int bc__acr_lower(int ch)
{
  return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
}

/* How a claim gives an expansion. */
enum bc__acr_how {
  HOW_FITS,      /* a definition whose initials spell the acronym */
  HOW_LETTERS,   /* one whose letters spell it from inside words as well
                    ("polysomnography (PSG)") */
  HOW_LOOSE,     /* words given as an expansion that do not spell it */
  HOW_IMPLICIT,  /* a capitalised phrase with the initials of a source
                    acronym, no definition around it, where the source has
                    its expansion */
  HOW_ELSEWHERE, /* such a phrase elsewhere in a summary that writes the
                    acronym: no repair, since the phrase may name another
                    thing than the acronym does */
  HOW_NEAR       /* a capitalised phrase that is the source's expansion
                    with one word changed ("Bioimpedance Spectrometry" for
                    "Bioimpedance Spectroscopy (BIS)") */
};

/* A run of a claim's capitalised words, function words between (cap 0),
 * that the phrase rules read: each word's span and whether it has a
 * capital. */
#define RUN_WORDS 16

struct bc__acr_run {
  size_t s[RUN_WORDS], e[RUN_WORDS];
  unsigned char cap[RUN_WORDS];
  size_t n;
};

/* How a finding says words are a name with one word changed. */
#define SLIPPED "are that name with one word changed"

/* The most words of an expansion a near miss or a known slip weighs. */
#define NEAR_WORDS 16

/* --- check_acronyms_words.c: shared word helpers (see there for each one's
 * contract). */
size_t bc__acr_letters_of(const char *acr);
const struct bc_acronym_fact *bc__acr_source_def(const struct bc__vstate *v,
                                                 const char *acr);
size_t bc__acr_last_word(const char *s, size_t n, size_t *ws);
size_t bc__acr_initial_hits(const char *acr, const char *t, size_t s, size_t e,
                            size_t *words, size_t *caps);
int bc__acr_shares_word(const char *t, size_t s, size_t e, const char *def);
int bc__acr_same_words(const char *acr, const char *p, size_t n,
                       const char *def);
int bc__acr_record(struct bc__claim *c, size_t es, size_t ee);
void bc__acr_error_at(struct bc__vstate *v, struct bc__claim *c, size_t s,
                      size_t e, const char *said, const char *fix,
                      const char *msg);
int bc__acr_word_class(const char *w, size_t n);
int bc__acr_joins(const char *t, size_t a, size_t b);
int bc__acr_writes(const char *t, size_t len, const char *acr);
void bc__acr_sentence_at(const char *t, size_t len, size_t at, size_t *s,
                         size_t *e);
int bc__acr_loosely_in_source(const struct bc__vstate *v, const char *p,
                              size_t n);
int bc__acr_taken_as(const struct bc__claim *c, size_t s, size_t e,
                     int implicit_free);
int bc__acr_taken(const struct bc__claim *c, size_t s, size_t e);
int bc__acr_content_word(const char *w, size_t n);
int bc__acr_capital_in_source(const struct bc__vstate *v, const char *w,
                              size_t n);
int bc__acr_source_expansion(const struct bc__vstate *v, const char *p,
                             size_t n);

/* --- check_acronyms_expansion.c: one expansion judged (see there for each
 * one's contract). */
char *bc__acr_fix_for(const char *claim, size_t cn, const char *def);
int bc__acr_reported(struct bc__vstate *v, const struct bc__claim *c, size_t at,
                     char **fix);
void bc__acr_check_expansion(struct bc__vstate *v, struct bc__claim *c,
                             const char *acr, size_t es, size_t ee,
                             enum bc__acr_how how);

/* --- check_acronyms_known.c: well-known acronyms (see there for each one's
 * contract). */
int bc__acr_one_word_off(const char *a, size_t an, const char *b, size_t bn);
int bc__acr_near_known(const char *acr, const char *p, size_t n);
int bc__acr_loose_name(const char *acr, const char *t, size_t s, size_t e);
int bc__acr_words_among(const char *a, size_t an, const char *b, size_t bn);
int bc__acr_check_known(struct bc__vstate *v, struct bc__claim *c,
                        const char *acr, size_t es, size_t ee,
                        enum bc__acr_how how);
const struct bc__known_acronym *
bc__acr_known_for_words(const struct bc__known_acronym *k, const char *p,
                        size_t n);
int bc__acr_mislabelled(struct bc__vstate *v, struct bc__claim *c,
                        const struct bc_acronym_fact *a);
int bc__acr_known_slip(const struct bc_acronym_fact *d, const char *t, size_t s,
                       size_t e);
void bc__acr_known_slips(struct bc__vstate *v, struct bc__claim *c,
                         const struct bc__acr_run *r);

/* --- check_acronyms_implicit.c: implicit expansions (see there for each one's
 * contract). */
int bc__acr_shares_name(const struct bc__claim *c, size_t s, size_t e,
                        const struct bc__vstate *v, struct bc_span span);
int bc__acr_same_place(const struct bc__claim *c, size_t s, size_t e,
                       const struct bc__vstate *v,
                       const struct bc_acronym_fact *d);
int bc__acr_implicit_claim(struct bc__vstate *v, struct bc__claim *c,
                           const struct bc_acronym_fact *d, size_t s, size_t e,
                           int written);
void bc__acr_try_run(struct bc__vstate *v, struct bc__claim *c,
                     const struct bc__acr_run *r);

/* --- check_acronyms_near.c: near misses (see there for each one's contract).
 */
int bc__acr_similar_words(const char *a, size_t an, const char *b, size_t bn);
int bc__acr_one_changed(const char *t, const struct bc__acr_run *r, size_t i,
                        size_t n, const char *x, const size_t *ws,
                        const size_t *wn, size_t *diff, size_t *content,
                        size_t *matched);
void bc__acr_near_misses(struct bc__vstate *v, struct bc__claim *c,
                         const struct bc__acr_run *r);

/* --- check_acronyms_slips.c: slips of names the source uses by initials (see
 * there for each one's contract). */
void bc__acr_name_finding(struct bc__vstate *v, struct bc__claim *c, size_t s,
                          size_t e, struct bc_span sp, const char *it,
                          const char *how, const char *acr, const char *what,
                          int rec);
void bc__acr_long_form_slips(struct bc__vstate *v, struct bc__claim *c,
                             const struct bc__acr_run *r);
int bc__acr_slip_of_source_name(const struct bc__vstate *v, const char *t,
                                size_t es, size_t ee, const char *acr,
                                struct bc_span *sp);
void bc__acr_bracket_misfit(struct bc__vstate *v, struct bc__claim *c,
                            const struct bc__acr_run *r);

/* --- check_acronyms_swapped.c: a title of another well-known acronym. */
void bc__acr_swapped_titles(struct bc__vstate *v, struct bc__claim *c);

/* --- check_acronyms_inplace.c: an acronym the source never writes, put
 * where the source writes other words. */
void bc__acr_in_place(struct bc__vstate *v, struct bc__claim *c);

/* --- check_acronyms_labels.c: a degree or a review label the source gives
 * otherwise: the source's read once, then each claim's. */
bc_status bc__acr_labels_prepare(struct bc__vstate *v);
void bc__acr_labels(struct bc__vstate *v, struct bc__claim *c);

/* --- check_acronyms.c: the driver (see there for each one's contract). */
/* --- check_acronyms_padded.c: an expansion padded past its letters ("IS,
 * which stands for Islamic State of Syria" where the source writes IS and
 * "Islamic State"): reported, and nonzero. */
int bc__acr_padded(struct bc__vstate *v, struct bc__claim *c,
                   const struct bc_acronym_fact *a);

enum bc__acr_how bc__acr_how_given(const struct bc_acronym_fact *a);
int bc__acr_implicit_fact(const char *t, const struct bc_acronym_fact *a);

#endif
