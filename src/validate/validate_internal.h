/* validate_internal.h - what the files of the validator share: the rules of
 * equivalence (when two ways of writing a word, an expansion, a number or a
 * date say the same thing), word contexts, and report bookkeeping.  The
 * equivalence rules are pure functions so tests can drive them as tables. */
#ifndef BC_VALIDATE_INTERNAL_H
#define BC_VALIDATE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "briefcast/facts.h"
#include "briefcast/validate.h"

/* --- words ---------------------------------------------------------------- */

/* Next word of s[0..len) at or after *pos: letters, digits, non-ASCII bytes
 * and inner apostrophes.  Sets *start, returns its length (0 at the end) and
 * moves *pos past it.  Hyphens and slashes separate words. */
size_t bc__validate_next_word(const char *s, size_t len, size_t *pos,
                              size_t *start);

/* Nonzero for a function word ("the", "and", "of", ...), ASCII case-blind. */
int bc__validate_is_stopword(const char *w, size_t n);

/* Nonzero when two words are the same word written differently: case,
 * plural, British/American spelling ("Recognise"/"recognize"). */
int bc__validate_words_match(const char *a, size_t an, const char *b,
                             size_t bn);

/* A hash of a word's crude stem (case folded, inflection stripped). */
uint32_t bc__validate_stem_hash(const char *w, size_t n);

/* --- acronyms ------------------------------------------------------------- */

/* Nonzero when the words of phrase[0..len) spell acronym: each content word
 * gives its initial (camel-case capitals may give more), function words may
 * give theirs or not, "2"/"4" may stand for "to"/"for". */
int bc__validate_fits_acronym(const char *acronym, const char *phrase,
                              size_t len);

/* Nonzero when two expansions are the same words in the same order, ignoring
 * case, punctuation, function words, plurals and spelling variants. */
int bc__validate_expansions_match(const char *a, size_t an, const char *b,
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

#endif
