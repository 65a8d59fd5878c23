/* validate_internal.h - what the files of the validator share: the rules of
 * equivalence (when two ways of writing a word, an expansion, a number or a
 * date say the same thing), word contexts, report bookkeeping, and the
 * checker's state with one entry point per kind of fact (check_*.c).  The
 * equivalence rules are pure functions so tests can drive them as tables.
 * Nothing outside src/validate/ includes it but the unit tests. */
#ifndef BC_VALIDATE_INTERNAL_H
#define BC_VALIDATE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "briefcast/doc.h"
#include "briefcast/facts.h"
#include "briefcast/validate.h"

/* --- words ---------------------------------------------------------------- */

/* Next word of s[0..len) at or after *pos: letters, digits, non-ASCII bytes
 * and inner apostrophes.  Sets *start, returns its length (0 at the end) and
 * moves *pos past it.  Hyphens and slashes separate words. */
size_t bc__validate_next_word(const char *s, size_t len, size_t *pos,
                              size_t *start);

/* Nonzero when two words are the same word written differently: case,
 * inflection, a possessive, British/American spelling ("Recognise" and
 * "recognize", "Harbour" and "Harbor", "Centre" and "Center"), the short
 * form organisations use ("Corp", "Intl"). */
int bc__validate_words_match(const char *a, size_t an, const char *b,
                             size_t bn);

/* A hash of a word's crude stem (case folded, inflection stripped). */
uint32_t bc__validate_stem_hash(const char *w, size_t n);

/* --- acronyms ------------------------------------------------------------- */

/* Nonzero when the words of phrase[0..len) spell acronym by their initials:
 * bc__analyze_acronym_fit's BC_ACR_FIT_INITIALS (every content word gives
 * its initial, camel-case capitals and hyphenated parts may give more,
 * function words may give theirs or not, a digit may be a number word). */
int bc__validate_fits_acronym(const char *acronym, const char *phrase,
                              size_t len);

/* Nonzero when two expansions are the same words in the same order, ignoring
 * case, punctuation, hyphenation, function words ("and" before the last
 * word), plurals and British/American spelling. */
int bc__validate_expansions_match(const char *a, size_t an, const char *b,
                                  size_t bn);

/* Nonzero when the words of expansion a occur in b one after another, as
 * bc__validate_expansions_match compares them, with more words around:
 * "Centers for Disease Control" in "Centers for Disease Control and
 * Prevention".  An empty a is within anything. */
int bc__validate_expansion_within(const char *a, size_t an, const char *b,
                                  size_t bn);

/* --- numbers -------------------------------------------------------------- */

enum bc__unit_class {
  BC__UNIT_NONE,    /* no unit */
  BC__UNIT_TIME,    /* durations, compared in days */
  BC__UNIT_PERCENT, /* %, percent, per cent */
  BC__UNIT_TIMES,   /* x, times, fold */
  BC__UNIT_MONEY,   /* one currency per canonical name */
  BC__UNIT_NOUN     /* anything else: the counted noun */
};

/* Classify a unit; *scale converts a value to the class's base (days for
 * time, else 1).  canon receives a case-folded singular form, at most
 * cap - 1 bytes (longer units are cut, which only matters for equality of
 * two very long nouns). */
enum bc__unit_class bc__validate_unit(const char *unit, double *scale,
                                      char *canon, size_t cap);

/* Nonzero when units a and b can be compared (same class and, for nouns and
 * money, the same canonical name; an empty unit matches anything). */
int bc__validate_units_compatible(const char *a, const char *b);

/* A unit classified once (the checker compares each claim with every
 * source number). */
struct bc__unit {
  enum bc__unit_class cls;
  double scale;
  char canon[48];
};
void bc__validate_unit_info(const char *unit, struct bc__unit *u);

/* bc__validate_numbers_equiv with both units classified. */
int bc__validate_numbers_equiv_u(const struct bc_number_fact *claim,
                                 const struct bc__unit *cu,
                                 const struct bc_number_fact *src,
                                 const struct bc__unit *su);

/* Nonzero when claim states the same quantity as src: equal values after
 * unit scaling, a range with the same ends, a single value at one end of a
 * source range, rounding to fewer significant digits ("2.3 million" for
 * 2,312,000), approximate words within 10%, a fraction for a percentage. */
int bc__validate_numbers_equiv(const struct bc_number_fact *claim,
                               const struct bc_number_fact *src);

/* Significant digits of v as written in decimal (2300000 -> 2, 4.5 -> 2). */
int bc__validate_sig_digits(double v);

/* --- dates ---------------------------------------------------------------- */

/* One point of a date: fields 0 when unknown. */
struct bc__dval {
  enum bc_date_kind kind; /* DAY, MONTH, YEAR, QUARTER, DECADE, PARTIAL */
  int y, m, d, q;
};

/* Parse a fact's iso value into lo and hi (equal unless kind is a range).
 * Returns 0 when iso cannot be read (relative dates, garbage). */
int bc__validate_date_parse(enum bc_date_kind kind, const char *iso,
                            struct bc__dval *lo, struct bc__dval *hi);

/* How src supports the point claim: 2 = states it (same date, or the claim
 * is a coarser form: "2019" or "March 2019" for 2019-03-14, a quarter for a
 * month in it), 1 = the claim lies strictly inside a source range,
 * 0 = not at all. */
int bc__validate_date_supports(const struct bc__dval *claim,
                               const struct bc_date_fact *src);

/* How near src is to an unsupported claim, for "the source says": 1 = same
 * day and month in another year, 2 = same month, other day, 3 = same year,
 * 4 = a year off, 9 = further.  *distance orders ties (months apart). */
int bc__validate_date_nearness(const struct bc__dval *claim,
                               const struct bc_date_fact *src, long *distance);

/* --- context -------------------------------------------------------------- */

#define BC__CTX_WORDS 24

/* The content words around a fact: stem hashes of up to BC__CTX_WORDS words
 * of its sentence nearest to it, the fact's own words excluded. */
struct bc__context {
  uint32_t h[BC__CTX_WORDS];
  size_t n;
};

void bc__validate_context(const char *text, size_t len, struct bc_span fact,
                          struct bc__context *out);

/* Nonzero when t[i] ends a sentence for a fact's context: a line break, or
 * . ! ? ; before a space, a line break or the end of the text. */
int bc__validate_sentence_end(const char *t, size_t i, size_t len);

/* Words two contexts share. */
size_t bc__validate_overlap(const struct bc__context *a,
                            const struct bc__context *b);

/* --- report --------------------------------------------------------------- */

/* Append a finding (strings copied; source_says and fix may be NULL).  Sets
 * the status in *rc on out-of-memory and then does nothing. */
void bc__report_add(struct bc_report *r, bc_status *rc, const char *kind,
                    enum bc_severity sev, const char *field, const char *claim,
                    size_t claim_len, const char *source_says,
                    struct bc_span span, const char *fix, size_t claim_offset,
                    const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 12, 13)))
#endif
    ;

/* Verdict from the findings: fail on an unrepaired error, warn on a
 * warning, else pass. */
void bc__report_verdict(struct bc_report *r);

/* --- the checker ------------------------------------------------------------
 * One check (bc_validate_summary or bc_validate_text) reads the source once
 * into a bc__vstate, then hands every text field, read by the analyzer as a
 * bc__claim, to the checker of each kind of fact.  Checkers report through
 * bc__check_add() and keep going; the first failure (out of memory, an
 * analyzer error) is kept in rc, after which every checker returns at once.
 */

/* A ratio written in text ("60/30/10"): its parts p[0..n) and its span
 * s..e. */
struct bc__ratio {
  int p[8];
  size_t n, s, e;
};

/* The source's ratios a check reads (the first ones). */
#define BC__SOURCE_RATIOS 16

struct bc__vstate {
  const struct bc_doc *doc;
  const struct bc_facts *facts;
  const struct bc_validate_opts *opts;
  struct bc_report *r;
  bc_status rc;
  struct bc_error *err;
  struct bc_date_fact *dates; /* source dates, plus bare years */
  size_t n_dates;
  struct bc__context *date_ctx; /* one per dates */
  struct bc_number_fact *nums;  /* source numbers, durations merged */
  size_t n_nums;
  struct bc__context *num_ctx; /* one per nums */
  struct bc__unit *num_unit;   /* one per nums */
  char *norm;                  /* " word word ... " of the source */
  char *numtok;                /* " 120000 4.5 ... " of the source */
  struct bc__ratio ratios[BC__SOURCE_RATIOS]; /* the source's */
  size_t n_ratios;
  int per_line;            /* free text: fields are "line N" */
  unsigned char *acr_used; /* one per facts->acronyms: the summary (any
                              field) writes that acronym; NULL when the
                              source defines none */
};

/* One text field being checked. */
struct bc__claim {
  const struct bc_facts *f; /* what the analyzer read in text */
  struct bc_span *exp;      /* acronym expansions checked in text */
  size_t n_exp;
  const char *field; /* as reported */
  const char *text;  /* the field's whole text */
  size_t len;
  struct bc__ratio ratios[8]; /* its ratios (the first ones) */
  size_t n_ratios;
};

/* Each kind's checker (check_<kind>.c), in the order the driver runs them
 * on a field, read by the analyzer in claims mode (ctx.claims = 1, so that
 * expansions whose letters do not fit are read too).  The name checker
 * skips what the acronym checker recorded in c->exp, so it runs last. */
void bc__check_dates(struct bc__vstate *v, const struct bc__claim *c);
void bc__check_numbers(struct bc__vstate *v, const struct bc__claim *c);
void bc__check_ratios(struct bc__vstate *v, const struct bc__claim *c);
void bc__check_acronyms(struct bc__vstate *v, struct bc__claim *c);
void bc__check_names(struct bc__vstate *v, const struct bc__claim *c);

/* The checks of a summary's structure rather than its text: evidence spans
 * and quotes (check_evidence.c), glossary entries as acronym definitions
 * (check_acronyms.c), timeline iso values against their dates
 * (check_evidence.c; run after the text checks, whose findings it reads). */
void bc__check_evidence(struct bc__vstate *v, const struct bc_summary *s);
void bc__check_glossary(struct bc__vstate *v, const struct bc_summary *s);
void bc__check_timeline_iso(struct bc__vstate *v, const struct bc_summary *s);

/* Read the source's side once per check: its dates with their contexts
 * (check_dates_source.c), its numbers with contexts, units and numeric
 * tokens (check_numbers.c), its ratios (check_ratios.c); the summary's
 * uses of the source's acronyms (check_acronyms.c).  BC_ERR_NOMEM; what
 * was allocated stays in v for the driver to free. */
bc_status bc__check_dates_prepare(struct bc__vstate *v);
bc_status bc__check_numbers_prepare(struct bc__vstate *v);
void bc__check_ratios_prepare(struct bc__vstate *v);
/* Which acronyms the source defines the summary s (or the free text) writes
 * anywhere, into v->acr_used (check_acronyms.c).  BC_ERR_NOMEM. */
bc_status bc__check_acronyms_prepare(struct bc__vstate *v,
                                     const struct bc_summary *s,
                                     const char *text);

/* Between the kinds.  A bare four-digit year at span at of the claim that
 * the analyzer did not read as a date, checked as one (check_dates.c). */
void bc__check_year_claim(struct bc__vstate *v, const struct bc__claim *c,
                          struct bc_span at);
/* Nonzero when val is a year the source states or writes (check_dates.c). */
int bc__check_year_supported(struct bc__vstate *v, double val);
/* Nonzero when a date as written holds a year ("2019", "'19"). */
int bc__check_writes_year(const char *t, size_t n);
/* Nonzero when the date at span s of t is a post's dated heading: a "#"
 * line, or alone on its line (check_dates_source.c). */
int bc__check_heading_date(const char *t, size_t len, struct bc_span s);
/* Read the claim's ratios once, for the number and ratio checkers; a
 * percentage that is one part of a ratio the source gives; whether span s
 * of the claim is part of one of its ratios (check_ratios.c). */
void bc__check_claim_ratios(struct bc__claim *c);
int bc__check_ratio_member(const struct bc__vstate *v, double val);
int bc__check_in_ratio(const struct bc__claim *c, struct bc_span s);

/* Text helpers (check_text.c). */

/* ASCII letter or digit, whatever the locale. */
static inline int bc__check_is_alnum(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}
int bc__check_has_digit(const char *s, size_t n);

/* s as " w1 w2 ... " in lower case (see bc__validate_next_word), so that a
 * phrase is found with strstr; the caller frees it.  NULL on
 * out-of-memory. */
char *bc__check_normalize(const char *s, size_t len);

/* Nonzero when the phrase occurs in the source (or its title or author)
 * word for word; also nonzero once v->rc is set. */
int bc__check_in_source(struct bc__vstate *v, const char *p, size_t n);

/* Nonzero when the phrase occurs in the source's text outside a sentence
 * that contrasts it with another reading; with acr set, also right beside
 * the acronym. */
int bc__check_plainly_in_source(struct bc__vstate *v, const char *p, size_t n,
                                const char *acr);

/* A copy of the source's text at s ("" for a span outside it); NULL on
 * out-of-memory. */
char *bc__check_source_text(const struct bc__vstate *v, struct bc_span s);

/* Nonzero when t[a] and t[b] (both below len) are in one sentence (or
 * line): no bc__validate_sentence_end between them. */
int bc__check_same_sentence(const char *t, size_t len, size_t a, size_t b);

/* The mix-up rule shared by dates and numbers: a fact the source states,
 * but of something else.  sup, conf: context words the claim shares with
 * the best place that states its value and with the best place of another
 * value; n: the claim's context size. */
int bc__check_mixed_up(size_t sup, size_t conf, size_t n);

/* The year of a four-digit year standing alone at t[i..i+4), else 0. */
int bc__check_bare_year(const char *t, size_t len, size_t i);

/* An ISO date "2024-01-19" standing alone at t[i..i+10): fills y, m, d and
 * returns nonzero. */
int bc__check_iso_at(const char *t, size_t len, size_t i, int *y, int *m,
                     int *d);
/* Nonzero when t[at] is inside an ISO date. */
int bc__check_in_iso(const char *t, size_t len, size_t at);

/* Add a finding about the claim text at span at (its field named as the
 * summary's path, or "line N" of free text).  says, fix may be "" or NULL
 * as for bc__report_add; out-of-memory goes to v->rc. */
void bc__check_add(struct bc__vstate *v, const struct bc__claim *c,
                   const char *kind, enum bc_severity sev, struct bc_span at,
                   const char *says, struct bc_span src, const char *fix,
                   const char *msg);

#endif
