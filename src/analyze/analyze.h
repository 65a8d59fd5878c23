/* analyze.h - internal interface of the analyzer, shared with the validator
 * so that a summary's claims are read by exactly the same extractors as the
 * source's facts.
 *
 * NOTE FOR THE VALIDATOR: run bc__analyze_text() on each summary field with
 * ctx.ref_date = the source's date (no blocks) and ctx.claims = 1 to read its
 * claims with the same extractors; compare dates by their iso strings
 * (bc__cal_parse_iso in util/calendar.h splits one), numbers with
 * bc__analyze_number_equal (relative 1e-9) after checking units (units are
 * as written, "hour" or "hours", "°C", "mg/L", "m s−1": compare them
 * case-insensitively and without a plural s; a count's unit is the noun it
 * counts, also in .noun, with .count set; currencies are codes, USD EUR GBP
 * JPY INR, whether written as symbols, codes or words; multipliers are "x",
 * "X", "×", "times" or "fold", percentages "%", "percent", "per cent",
 * "pct" or "wt%"; signs are kept: "−4 °C" is -4; ordinals are in
 * f->ordinals, not among the numbers; .whole spans the quantity with its
 * word modifiers, "about 40 people", for messages), acronyms with
 * bc_facts_find_acronym
 * (which also finds "API" for "APIs").  Year resolution of "06/14" and "14th
 * June": by the tense of the sentence (see bc_facts_analyze in facts.h); a
 * claim's year-less day is best compared by month and day only.  Dates of
 * kind BC_DATE_RELATIVE carry a value in iso ("last year" "2024") but rest
 * on the reference date; without one their iso is "" and .grain says what
 * they would name ("this year": BC_DATE_YEAR).  The checker reads
 * facts->times as well as facts->dates: times holds the temporal
 * expressions that are no calendar date the historical way (durations,
 * sets, times of day) and the calendar periods of the newer kinds, which
 * the checker compares too: months named without their year ("in
 * August"), seasons ("1998-SU"), half years ("1989-H2"), weeks
 * ("1989-W44"), centuries ("19"), and weekdays ("Friday").  It uses
 * .guessed to tell a value resting on a guess (the year of a year-less
 * month or day, the week of a weekday, a value taken from a date written
 * before) from one written out or worked out by arithmetic (.relative
 * alone): only what is written is held against a guessed value.  See
 * facts.h. */
#ifndef BC_ANALYZE_ANALYZE_H
#define BC_ANALYZE_ANALYZE_H

#include <stddef.h>

#include "briefcast/error.h"
#include "briefcast/facts.h"

struct bc__analyze_ctx {
  const char *ref_date; /* ISO date that resolves "06/14" and "14th June";
                           NULL when unknown */
  const struct bc_block *blocks; /* dated post headings refine ref_date per
                                    block; may be NULL */
  size_t n_blocks;
  int claims; /* reading a summary's claims: also record "ACR (words)",
                 "words (ACR)" and "ACR stands for words" whose letters do
                 not spell ACR (marked loose), so that a wrong expansion such
                 as "MTTR (mean time between failures)" is seen; appositions
                 "the RTQ, the real-time quote engine"; and every
                 definition of an acronym, not only the first */
};

/* Extract facts from any UTF-8 text; spans are into text.  Used for the
 * source (via bc_facts_analyze) and for each text field of a summary.
 * With blocks, each block is analysed on its own (code blocks skipped) and
 * a block with a date resets the reference date for itself and the blocks
 * after it; without blocks, paragraphs (blank-line separated) are the
 * units.  Errors: BC_ERR_NOMEM, BC_ERR_LIMIT. */
bc_status bc__analyze_text(const char *text, size_t len,
                           const struct bc__analyze_ctx *ctx,
                           struct bc_facts **out, struct bc_error *err);

/* The sentences of plain text as byte spans into it, in order: split
 * exactly as bc__analyze_text splits text without blocks (paragraphs are
 * the units; a list item or a short heading-like line is a sentence of its
 * own, its list marker left out).  For the narrator, so that captions and
 * utterances break where the fact sheet does.  *out (NULL when there is no
 * sentence) belongs to the caller.  Errors: BC_ERR_NOMEM, BC_ERR_LIMIT. */
bc_status bc__analyze_sentences(const char *text, size_t len,
                                struct bc_span **out, size_t *n_out,
                                struct bc_error *err);

/* How well the words of phrase[0..len) spell acronym[0..an): the one rule
 * of the analyzer and the checker (src/analyze/acronym_fit.c).
 * BC_ACR_FIT_INITIALS: every letter is an initial of a word, of a
 * hyphenated part or a capital inside a word ("JavaScript"), every word but
 * function words gives one, function words may ("SaaS"), a digit may be a
 * number word ("P2P"); leading function words may stand outside.
 * BC_ACR_FIT_LETTERS: letters from inside words too, good enough for the
 * analyzer to report ("methotrexate" for MTX).  BC_ACR_FIT_WEAK: the
 * letters are there in order, no more.  BC_ACR_FIT_NONE otherwise. */
enum {
  BC_ACR_FIT_NONE = 0,
  BC_ACR_FIT_WEAK = 1,
  BC_ACR_FIT_LETTERS = 2,
  BC_ACR_FIT_INITIALS = 3
};
int bc__analyze_acronym_fit(const char *acronym, size_t an, const char *phrase,
                            size_t len);

/* The year of month m, day d written without a year, given the reference
 * date (ref_m, ref_d may be 0): the reference year, or the year before
 * when that puts the date more than 92 days after the reference date; 0
 * when ref_y is unknown.  The historical rule, which the tagger still
 * applies after a verb of saying; a plain past or future now decides by
 * tense. */
int bc__analyze_resolve_year(int ref_y, int ref_m, int ref_d, int m, int d);
/* Nonzero when a and b are the same number (relative tolerance 1e-9). */
int bc__analyze_number_equal(double a, double b);

#endif
