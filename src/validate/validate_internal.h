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
#include "model/report_int.h"

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
  BC__UNIT_PERCENT, /* %, percent, per cent, percentage points, wt% */
  BC__UNIT_TIMES,   /* x, times, fold */
  BC__UNIT_MONEY,   /* one currency per canonical name */
  BC__UNIT_NOUN,    /* a count: the counted noun */
  BC__UNIT_MEASURE, /* a unit of measurement: "°C", "km", "mmol/L" */
  BC__UNIT_AGE      /* an age: "a 94-year-old", "aged 62" (the checker
                       sets it; the analyzer reads "94-year" as years) */
};

/* Classify a unit as written; *scale converts a value to the class's base
 * (days for time, metres for lengths, grams, litres, ...; else 1).  canon
 * receives the name two units must share to be compared ("day", "m",
 * "%", "usd") or, for a unit the table does not know, the unit case-folded
 * and singular, at most cap - 1 bytes (longer units are cut, which only
 * matters for equality of two very long nouns).  Without the fact, an
 * unknown unit is taken for a counted noun (BC__UNIT_NOUN). */
enum bc__unit_class bc__validate_unit(const char *unit, double *scale,
                                      char *canon, size_t cap);

/* A number's unit classified once (the checker compares each claim with
 * every source number): class, scale and canonical name as
 * bc__validate_unit gives them, and the noun the number counts or
 * measures, case-folded and singular ("outage" for "a 31-hour outage"; ""
 * if none). */
struct bc__unit {
  enum bc__unit_class cls;
  double scale;
  char canon[48];
  char noun[48];
  uint32_t left, right; /* the checker's: stem hashes of the content words
                           right before and after the number in its
                           sentence (0 if none) */
  double per;           /* a rate's period in days ("$16,000 a month": 30.44;
                           "14 million passengers a year": 365.24); 0 if none */
  size_t per_end;       /* the checker's: where the words of the period end in
                           the number's text ("a month"); 0 if none */
};

/* The unit of a number fact: a count (f->count) is BC__UNIT_NOUN with its
 * noun as canon; any other unit the table does not know is a measure
 * (BC__UNIT_MEASURE), compared by name ("7200 K" is not "7200 °C"). */
void bc__validate_number_info(const struct bc_number_fact *f,
                              struct bc__unit *u);

/* Nonzero when numbers in units a and b can be compared: the same class
 * and canonical name (counted nouns may differ: the checker weighs them);
 * "%" fits "wt%" and percentage points; "degrees" any temperature or
 * angle; °C and °F each other; an empty unit fits anything. */
int bc__validate_units_match(const struct bc__unit *a,
                             const struct bc__unit *b);

/* bc__validate_numbers_equiv with both units classified. */
int bc__validate_numbers_equiv_u(const struct bc_number_fact *claim,
                                 const struct bc__unit *cu,
                                 const struct bc_number_fact *src,
                                 const struct bc__unit *su);

/* Nonzero when claim states the same quantity as src, signs included:
 * equal values after unit scaling (°F for °C within a degree), a range
 * with the same ends, a single value at one end of a source range,
 * rounding to fewer significant digits ("2.3 million" for 2,312,000),
 * approximate words ("about", "nearly") within 10%, a fraction for a
 * percentage, the same centre for a tolerance ("69 ± 3°" for 69°), and
 * bounds by what they say: "over 300" for 312 but not for 250, "more than
 * 200" for "more than 210" but not "300+" for "200+", "at least 5" never
 * for "at most 5"; a bare value for a bound only at its value ("120,000
 * customers" for "120,000+"). */
int bc__validate_numbers_equiv(const struct bc_number_fact *claim,
                               const struct bc_number_fact *src);

/* Significant digits of v as written in decimal (2300000 -> 2, 4.5 -> 2). */
int bc__validate_sig_digits(double v);

/* --- dates ---------------------------------------------------------------- */

/* One point or period of the calendar: fields 0 when unknown.  kind is DAY,
 * MONTH, YEAR, QUARTER, HALF, SEASON, WEEK, DECADE or CENTURY (y is then
 * the first year), or PARTIAL for a value without its year: a day and
 * month (m, d), a month (m) or a quarter (q). */
struct bc__dval {
  enum bc_date_kind kind;
  int y, m, d, q;
  int sub; /* HALF 1-2; SEASON 1-4 spring, summer, fall, winter; WEEK 1-53 */
};

/* Parse a TIMEX3 value of any kind of date into lo and hi (equal unless it
 * is an interval "a/b"): the forms of parse_point in equivalence.c.
 * Returns 0 when iso holds no calendar value ("PRESENT_REF", "P3M",
 * "XXXX-WXX-4", garbage). */
int bc__validate_date_value(const char *iso, struct bc__dval *lo,
                            struct bc__dval *hi);

/* bc__validate_date_value for a fact of that kind; 0 for the kinds a
 * checker does not read as a calendar value (RELATIVE, DURATION, SET,
 * TIME), whatever their iso. */
int bc__validate_date_parse(enum bc_date_kind kind, const char *iso,
                            struct bc__dval *lo, struct bc__dval *hi);

/* The first and last day of a period as day numbers (bc__cal_day_number);
 * 0 for a value without a year. */
int bc__validate_date_days(const struct bc__dval *v, long *first, long *last);

/* The period of kind k holding all of v ("August 2024" in a quarter is
 * 2024-Q3, in a year 2024); 0 when v spans more than one such period or
 * has no year. */
int bc__validate_date_coarsen(const struct bc__dval *v, enum bc_date_kind k,
                              struct bc__dval *out);

/* How the source value lo..hi (range: an interval, else lo == hi) supports
 * the point claim: 2 = states it (the same value, or the claim is a coarser
 * period that holds it: "2019" or "March 2019" for 2019-03-14, a quarter
 * for a month in it, "the 2010s" for 2014; without a year on either side,
 * what both give: "June 14" for 2019-06-14), 1 = the claim lies strictly
 * inside a source interval, 0 = not at all. */
int bc__validate_dval_supports(const struct bc__dval *claim,
                               const struct bc__dval *lo,
                               const struct bc__dval *hi, int range);
/* The same for a source fact (parsed by bc__validate_date_parse). */
int bc__validate_date_supports(const struct bc__dval *claim,
                               const struct bc_date_fact *src);

/* How near a source value is to an unsupported claim, for "the source
 * says": 1 = the same kind and part of a year in another year ("Q3 2024"
 * for "Q3 2023", 30 May 2025 for 30 May 2024), 2 = a finer value in such
 * a period ("August 2024" for "Q3 2023"), 3 = the same year, 4 = a year
 * (decade, century) off, 9 = further.  *distance (days between middles)
 * orders ties. */
int bc__validate_dval_nearness(const struct bc__dval *claim,
                               const struct bc__dval *lo,
                               const struct bc__dval *hi, long *distance);
int bc__validate_date_nearness(const struct bc__dval *claim,
                               const struct bc_date_fact *src, long *distance);

/* A TIMEX3 duration ("P3M", "P2Y6M", "PT45M", "P2Q") in days; 0 when it
 * is no known amount ("PXY" several years). */
int bc__validate_duration_days(const char *iso, double *days);

/* --- context -------------------------------------------------------------- */

#define BC__CTX_WORDS 24

/* The content words around a fact: stem hashes of up to BC__CTX_WORDS words
 * of its sentence nearest to it, the fact's own words excluded.  h[0..n)
 * nearest first; u[0..nu) the same words each once, ascending, and sig one
 * bit per word, both made once per fact by bc__validate_context so that
 * bc__validate_overlap, asked of every pair of facts, is a merge and not a
 * product.  A context filled by hand holds h and n only and must not be
 * given to bc__validate_overlap. */
struct bc__context {
  uint32_t h[BC__CTX_WORDS];
  size_t n;
  uint32_t u[BC__CTX_WORDS];
  size_t nu;
  uint64_t sig;
};

void bc__validate_context(const char *text, size_t len, struct bc_span fact,
                          struct bc__context *out);

/* The context from the content words' stem hashes: lh[0..left) of the
 * fact's left in text order, kept as a ring of BC__CTX_WORDS (the last
 * ones), rh[0..right) of its right, nearest first. */
void bc__validate_context_fill(const uint32_t *lh, size_t left,
                               const uint32_t *rh, size_t right,
                               struct bc__context *out);

/* Nonzero when t[i] ends a sentence for a fact's context: a line break, or
 * . ! ? ; before a space, a line break or the end of the text. */
int bc__validate_sentence_end(const char *t, size_t i, size_t len);

/* Sorted offsets of a text, found once per text so that what is asked of
 * every pair of facts ("are they in one sentence?", "where does this line
 * start?") is a binary search, not a scan: a hostile text may hold one
 * sentence of 100,000 numbers.  at[0..n) ascending; at is NULL when n is 0.
 * Caller-owned: zero it, fill it with one of the _init functions, free it
 * with bc__marks_release. */
struct bc__marks {
  size_t *at;
  size_t n;
};

/* Every i below len where bc__validate_sentence_end(t, i, len) holds; every
 * line break; every sentence end but ";" (clauses joined by ";" read as one
 * sentence).  BC_ERR_NOMEM (m is then empty). */
bc_status bc__marks_sentence_ends(const char *t, size_t len,
                                  struct bc__marks *m);
bc_status bc__marks_lines(const char *t, size_t len, struct bc__marks *m);
bc_status bc__marks_stops(const char *t, size_t len, struct bc__marks *m);
void bc__marks_release(struct bc__marks *m);

/* How many marks lie before offset at: for sentence ends, the number of the
 * sentence holding t[at]. */
size_t bc__marks_before(const struct bc__marks *m, size_t at);

/* Date spans sorted by start, each with the furthest end up to it, so that
 * "does [s, e) overlap one of them?" is a binary search, not a pass over
 * every date per digit or per year of a long source.  Caller-owned: zero
 * it, fill it with bc__span_index_init from the dates a[0..na) and
 * b[0..nb), free it with bc__span_index_release.  BC_ERR_NOMEM. */
struct bc__span_index {
  size_t *start;
  size_t *max_end;
  size_t n;
};

bc_status bc__span_index_init(struct bc__span_index *x,
                              const struct bc_date_fact *a, size_t na,
                              const struct bc_date_fact *b, size_t nb);
int bc__span_index_overlaps(const struct bc__span_index *x, size_t s, size_t e);
void bc__span_index_release(struct bc__span_index *x);

/* The words of a text read once (wordtab.c): start, end and, for a word a
 * context keeps, its stem hash (0 for one it leaves out), so that the
 * context of each of many facts (bc__wordtab_context, the same as
 * bc__validate_context) costs a walk over its words.  ends: the text's
 * sentence ends (bc__marks_sentence_ends), borrowed.  Caller-owned:
 * bc__wordtab_init, bc__wordtab_release.  BC_ERR_NOMEM. */
struct bc__wordtab {
  const char *t;
  size_t len;
  const struct bc__marks *ends;
  size_t *start, *end;
  uint32_t *hash;
  size_t n;
  int zero_hash; /* a kept word's hash is 0 */
  /* Where the last search for a word by its place ended: facts are asked
   * about in the order of the text, so the next is found a few words on
   * (a cache; the table is otherwise read only). */
  size_t *finger;
  /* The hashes of the kept words in order, and per word (and one past
   * the last) how many kept words come before it. */
  uint32_t *kept_hash;
  size_t *kept_before;
};

bc_status bc__wordtab_init(struct bc__wordtab *w, const char *t, size_t len,
                           const struct bc__marks *ends);
void bc__wordtab_context(const struct bc__wordtab *w, struct bc_span fact,
                         struct bc__context *out);
/* The same, of the words of the fact's sentence within [lo, hi) alone
 * (a clause of a sentence that holds two facts). */
void bc__wordtab_context_within(const struct bc__wordtab *w,
                                struct bc_span fact, size_t lo, size_t hi,
                                struct bc__context *out);
void bc__wordtab_release(struct bc__wordtab *w);
/* The word at index *i of w, if below to: its start in *start, its
 * length returned, *i moved on; 0 past to. */
static inline size_t bc__wordtab_next(const struct bc__wordtab *w, size_t *i,
                                      size_t to, size_t *start)
{
  if (*i >= to || *i >= w->n)
    return 0;
  *start = w->start[*i];
  return w->end[(*i)++] - *start;
}
/* The stem hash of the last word a context keeps before at, in at's
 * sentence and at most reach bytes back (a scan back byte by byte to a
 * sentence end, then word by word up to at); 0 when there is none. */
uint32_t bc__wordtab_last_word(const struct bc__wordtab *w, size_t at,
                               size_t reach);
/* The last word of t[0..len) that starts before at, as a scan of the whole
 * text reads it: *start, *n; 0 when there is none.  w is t's table, or an
 * empty one (t NULL), and then t is scanned. */
int bc__wordtab_word_before(const struct bc__wordtab *w, const char *t,
                            size_t len, size_t at, size_t *start, size_t *n);

/* A text's words by their spelling (word_index.c): each word, ASCII case
 * folded, with the sorted indices of the places it is written at, so that
 * a rule finds a word's places without reading the text.  A word is a
 * longest run of ASCII letters and digits (BC__WORDS_ALNUM, as
 * bc__check_is_alnum reads one) or of bytes but the space
 * (BC__WORDS_SPACED, for bc__check_normalize's " w1 w2 ... ").  Word i is
 * t[start[i]..start[i]+len[i]).  Caller-owned: zero it or
 * bc__word_index_init it, bc__word_index_release it.  BC_ERR_NOMEM. */
enum { BC__WORDS_ALNUM, BC__WORDS_SPACED };
/* A place of the source where it writes one to four words in the place of
 * a summary's acronym (check_acronyms_inplace.c): ps..pe, and how many
 * words. */
struct bc__acr_place {
  size_t ps, pe, words;
};
/* The most letters of a run like "U.S.A." the acronym-in-place rule
 * keeps: as many as an acronym it reads has. */
#define BC__DOTTED_MAX 10
struct bc__word_index {
  const char *t; /* borrowed */
  int kind;
  size_t *start, *len; /* per word */
  size_t n;
  /* The hash table: slot holds an entry number plus one (0: empty); per
   * entry its hash, where its run of pos starts and how many it holds. */
  size_t *slot, mask;
  uint64_t *ent_hash;
  size_t *first, *count;
  size_t n_ent;
  size_t *pos; /* word indices, by entry, each entry's ascending */
};

bc_status bc__word_index_init(struct bc__word_index *x, const char *t,
                              size_t len, int kind);
/* The ascending indices of the words spelt w[0..n) (case blind), their
 * number in *count; NULL and 0 when the text never writes it. */
const size_t *bc__word_index_find(const struct bc__word_index *x, const char *w,
                                  size_t n, size_t *count);
void bc__word_index_release(struct bc__word_index *x);
struct bc__vstate;
/* The index of v's source text (v->src_words, BC__WORDS_ALNUM), made on
 * the first call; NULL when out of memory. */
const struct bc__word_index *bc__source_words(struct bc__vstate *v);
/* Could the source hold p[0..n) as holds_exactly (check_text.c) reads
 * it?  0 when a word of p with other bytes on both sides of it is no
 * word of the source (then it cannot); 1 otherwise, or when the index is
 * out of memory. */
int bc__source_may_hold(struct bc__vstate *v, const char *p, size_t n);

/* Words two contexts share. */
size_t bc__validate_overlap(const struct bc__context *a,
                            const struct bc__context *b);

/* Facts grouped by what a pure comparison reads of them (pair_memo.c), so
 * that a claim fact asks it once per group, not once per source fact:
 * rep[i] is the first of the n facts whose key is byte for byte i's, and
 * first[0..n_first) every group's first fact, in ascending order.  Keys
 * are key_size bytes each, padding zeroed.  Caller-owned: zero it, fill it
 * with one of the _by_ functions, free it with bc__groups_release.
 * BC_ERR_NOMEM. */
struct bc__groups {
  size_t *rep;
  size_t n;
  size_t *first;
  size_t n_first;
};

bc_status bc__groups_by_key(struct bc__groups *g, const void *keys, size_t n,
                            size_t key_size);
/* By what bc__validate_overlap reads of each context. */
bc_status bc__groups_by_context(struct bc__groups *g,
                                const struct bc__context *ctx, size_t n);
/* By a's group, b's group and tag[i] at once: the facts that every
 * question asked through a and b, and of the tag, answers alike.  a and b
 * group the same n facts. */
bc_status bc__groups_joint(struct bc__groups *g, const struct bc__groups *a,
                           const struct bc__groups *b, const unsigned *tag,
                           size_t n);
void bc__groups_release(struct bc__groups *g);

/* One answer per group for the question being asked (a claim fact): now
 * names the question, and a new one (now++) forgets every answer at
 * once.  Caller-owned: bc__answers_init for n groups, then
 * bc__answers_release.  BC_ERR_NOMEM. */
struct bc__answers {
  size_t *stamp;
  long *val;
  size_t now;
};

bc_status bc__answers_init(struct bc__answers *a, size_t n);
/* The answer kept for group g in *out; 0 when there is none yet. */
int bc__answers_get(const struct bc__answers *a, size_t g, long *out);
void bc__answers_set(struct bc__answers *a, size_t g, long val);
/* bc__validate_overlap(ctx, &src[i]) asked once per group of src's
 * contexts g (bc__groups_by_context), with the answers a. */
size_t bc__answers_overlap(struct bc__answers *a, const struct bc__groups *g,
                           const struct bc__context *ctx,
                           const struct bc__context *src, size_t i);
void bc__answers_release(struct bc__answers *a);

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

/* How the date checker may use a source date (bc__sdate.use). */
enum {
  BC__SD_STATES = 1, /* it supports a claim of its value */
  BC__SD_SAYS = 2,   /* it may be named as what the source says instead of
                        a claim, and be what a claim was mixed up with */
  BC__SD_WEAK = 4,   /* its value rests on the reference date or a guess:
                        a mix-up only where the claim's words are clearly
                        those of its sentence, and no repair from it */
  BC__SD_HEADING = 8 /* a post's dated heading: it names the post */
};

/* A source date parsed once: lo..hi (range set for an interval); sent: the
 * index of its sentence in the fact sheet's sentences (n_sentences when it
 * lies in none), which tells the places of two dates apart. */
struct bc__sdate {
  struct bc__dval lo, hi;
  int range;
  unsigned use;
  size_t sent;
};

/* A source date's lo coarsened to kind (bc__validate_date_coarsen): its
 * answer ok and value val, once asked. */
struct bc__coarse {
  struct bc__dval val;
  enum bc_date_kind kind;
  int ok, asked;
};

/* The source's dates that may be the second of a pair in
 * bc__check_dates_span (said, no range, with days), sorted by sentence and
 * first day (by_d0) and by sentence and last day (by_d1); built on first
 * use (date_span_index.c).  ok: built; made: tried. */
struct bc__dspan_ent;
struct bc__vstate;
struct bc__dspan_index {
  struct bc__dspan_ent *by_d0, *by_d1;
  size_t n;
  int made, ok;
};

/* Is there a second source date in the sentence of source date ai (days
 * a0..a1) that bc__check_dates_span's rule pairs with it for days within
 * tol?  1 or 0; -1 when there is no room for the index (the caller weighs
 * the pairs itself). */
int bc__dspan_apart(struct bc__vstate *v, size_t ai, long a0, long a1,
                    double days, double tol);
void bc__dspan_release(struct bc__dspan_index *x);

/* A source date's lo and hi as days (bc__validate_date_days): first and
 * last day of each, whether each has days, once made. */
struct bc__sdays {
  long lo_a, lo_b, hi_a, hi_b;
  unsigned char lo_ok, hi_ok, made;
};

/* A weekday the source names alone ("on Saturday", "Tuesday night"): its
 * weekday wd (1 Monday .. 7 Sunday), the day number the analyzer read it
 * as (BC__NO_DAY where no reference date of a day gave it one), its
 * sentence and its words. */
#define BC__NO_DAY (-2147483647L - 1)
struct bc__sweekday {
  struct bc_span span;
  int wd;
  long day;
  size_t sent;
  struct bc__context ctx;
  size_t anchor; /* for a day one away from a date (v->steps): its index
                    in v->dates */
  struct bc__context actx; /* for a step: the words of its anchor it is
                              weighed against (the anchor's own clause when
                              the two share a sentence) */
};

struct bc__nframe;
struct bc__rowidx;
struct bc__rankidx;
struct bc__pairidx;
struct bc__pval;
struct bc__known_acronym;
struct bc__label;
struct bc__hour;
struct bc__role_bind;

/* A label the source gives (check_acronyms_labels.c): a degree after a
 * person's name (key: the name's last word) or the value of a review's
 * label line (key: the label's words); offsets into the source's text. */
enum { LABEL_DEGREE, LABEL_LINE };
struct bc__acr_label {
  int kind;
  size_t ks, ke, vs, ve;
};

/* The phrase checkers whose source phrases a check keeps (check_
 * counterparts.c). */
enum { BC__PHR_FACTORS, BC__PHR_LIMITS, BC__PHR_PAIRS, BC__PHRASE_KINDS };

struct bc__vstate {
  const struct bc_doc *doc;
  const struct bc_facts *facts;
  const struct bc_validate_opts *opts;
  const struct bc_summary *summary; /* NULL when checking free text */
  struct bc_report *r;
  bc_status rc;
  struct bc_error *err;
  /* The claim numbers weighed so far against the source's (validate.c's
   * number_budget): each number of a claim against each of the source's,
   * up to BC_MAX_CHECK_PAIRS in one check. */
  double pairs;
  /* The source bytes read so far for acronyms in another's place (check_
   * acronyms_inplace.c), up to BC_MAX_CHECK_SCAN in one check. */
  double scanned;
  /* What that rule looks words up in, made on its first acronym
   * (acr_words_made): the source's words and its normalized text's
   * (v->norm), the letters of its runs of letters each with a full stop
   * after ("U.S.A."), sorted, and per well-known acronym (util/known_
   * acronyms.h's table) whether the source writes one of its meanings
   * (0 not yet asked, 1 no, 2 yes). */
  struct bc__word_index norm_words;
  int acr_words_made;
  /* The source's words by their spelling (bc__source_words), read on
   * first use (src_words_made). */
  struct bc__word_index src_words;
  int src_words_made;
  char (*dotted)[BC__DOTTED_MAX + 1];
  size_t n_dotted;
  unsigned char *acr_meaning;
  /* The source's places between the last two words asked (pl_left and
   * pl_right, their copies) that the rule weighs, first of each kind
   * (check_acronyms_inplace.c's places_between). */
  struct bc__acr_place *places;
  size_t n_places;
  char *pl_left, *pl_right;
  size_t pl_ln, pl_rn;
  /* The source's calendar dates as the date checker reads them (check_
   * dates_source.c): the analyzer's dates and the times that name a
   * period (months, seasons, halves, weeks, centuries, weekdays), plus
   * bare years it did not take as dates. */
  struct bc_date_fact *dates;
  size_t n_dates;
  struct bc__context *date_ctx; /* one per dates */
  struct bc__sdate *date_val;   /* one per dates */
  /* Each date's lo coarsened to the kind last asked (check_dates.c's
   * same_grain), made on first use. */
  struct bc__coarse *date_coarse;
  /* Each date's days (check_dates.c's date_support), made on first use. */
  struct bc__sdays *date_days;
  /* Each date's words in its own part of its sentence (check_dates.c's
   * cell_context), made on first use: cell_made[i] says date_cell[i] is. */
  struct bc__context *date_cell;
  unsigned char *cell_made;
  /* The dates in the order of their starts in the text (by_pos), and
   * where each stands in it (pos_rank[i]): the neighbours of a date in
   * its sentence without a scan of all dates. */
  size_t *date_by_pos, *date_pos_rank;
  struct bc__sweekday *wdays; /* the source's weekdays named alone */
  size_t n_wdays;
  struct bc__sweekday *steps; /* "the day before", "the next day" */
  size_t n_steps;
  struct bc_date_fact *durs; /* the source's durations */
  size_t n_durs;
  struct bc__context *dur_ctx; /* one per durs */
  /* bc__validate_duration_days of each durs, made on first use
   * (check_dates.c): days, and whether it parsed. */
  double *dur_days;
  unsigned char *dur_days_ok;
  int dur_days_made;
  struct bc__dspan_index dspan; /* date_span_index.c */
  /* The source's relative dates that nothing resolves ("this year" in an
   * undated source): a claim's year may be theirs. */
  struct bc_span *unres;
  struct bc__context *unres_ctx;
  size_t n_unres;
  struct bc_number_fact *nums; /* source numbers, durations merged,
                                  then n_ords ordinals */
  size_t n_nums;
  size_t n_ords;                /* source ordinals, at nums + n_nums */
  struct bc__context *num_ctx;  /* one per nums, then one per ordinal */
  struct bc__unit *num_unit;    /* one per nums */
  struct bc__nframe *num_frame; /* one per nums (check_numbers_frame.c) */
  uint32_t *caps; /* name hashes of the words the source capitalises
                     inside a sentence, sorted */
  size_t n_caps;
  char *norm;        /* " word word ... " of the source */
  char *numtok;      /* " 120000 4.5 ... " of the source */
  size_t *numtok_at; /* where each of them is in its text */
  size_t n_numtok;
  struct bc__ratio ratios[BC__SOURCE_RATIOS]; /* the source's */
  size_t n_ratios;
  int per_line; /* free text: fields are "line N" */
  /* The source's phrases of each phrase checker (bc__check_source_phrases),
   * read on first use: phr_made bit k says phr[k] is. */
  struct bc__pval *phr[BC__PHRASE_KINDS];
  size_t n_phr[BC__PHRASE_KINDS];
  unsigned phr_made;
  /* Years the source writes short with an apostrophe ("since '57"), by
   * their last two digits; read on first use (short_years_made). */
  unsigned char short_years[100];
  int short_years_made;
  unsigned char *acr_used; /* one per facts->acronyms: the summary (any
                              field) writes that acronym; NULL when the
                              source defines none */
  /* The well-known acronyms (util/known_acronyms.h) the source writes
   * without defining them ("SDNY", "CCHQ"), each once. */
  const struct bc__known_acronym **src_known;
  size_t n_src_known;
  struct bc__acr_label *acr_labels; /* the source's degrees and label
                                       lines */
  size_t n_acr_labels;
  struct bc__marks sents;           /* the source's sentence ends */
  struct bc__marks lines;           /* the source's line breaks */
  struct bc__marks stops;           /* its sentence ends but ";" */
  struct bc__span_index date_spans; /* the spans of dates */
  struct bc__wordtab words;         /* the source's words */
  struct bc__unit *num_info; /* one per nums: bc__validate_number_info's, as
                                bc__validate_numbers_equiv reads them */
  /* The source's numbers grouped by context and by value and unit, and
   * the answers of one claim number per group (check_numbers.c). */
  struct bc__groups num_ctx_grp, num_val_grp;
  struct bc__answers num_ov, num_eq;
  /* The same of the source's dates, for one claim date (check_dates.c). */
  struct bc__groups date_ctx_grp, date_val_grp;
  struct bc__answers date_ov, date_sup;
  /* The days of the claim date date_sup now asks of (check_dates.c's
   * supports): sup_days_ok says it has days, made for sup_days_now. */
  long sup_days_a, sup_days_b;
  size_t sup_days_now;
  int sup_days_ok, sup_days_made;
  /* The dates by value, context and use together: a claim date weighs
   * the first of each group alone, the others adding nothing to what it
   * keeps (check_dates.c's weigh). */
  struct bc__groups date_grp;
  /* The source's clock times written beside a day (check_dates_clock.c),
   * sorted by time and day. */
  struct bc__clock_day *clocks;
  size_t n_clocks;
  /* The source's offsets ("a week earlier", "the next day"), read once on
   * the first claim offset that asks (check_dates_offset.c). */
  struct bc__date_offset *offs;
  size_t n_offs;
  int offs_made;
  /* The roles the source binds to names ("Director_Oh Kyeong Taek", "Jane
   * Roe, defending"), read once on the first claim that asks (check_
   * names_roles.c). */
  struct bc__role_bind *roles;
  size_t n_roles;
  int roles_made;
  /* The days of the week the source names, read once on the first claim
   * weekday that asks (check_dates_weekday.c). */
  struct bc__weekday_place *wd_places;
  size_t n_wd_places;
  int wd_places_made;
  unsigned wd_given; /* the weekdays it gives anywhere, once made */
  int wd_given_made;
  size_t wd_para_weighed; /* claim weekdays weighed by paragraph */
  /* The source's times of day, sorted by minute, read once on the first
   * claim time that asks (check_dates_hour.c). */
  struct bc__hour *hours;
  size_t n_hours;
  int hours_made;
  size_t hours_weighed; /* claim times weighed against all of them */
  /* The days the source writes as compact timestamps (YYYYMMDD...),
   * sorted, read once on the first claim day that asks (check_dates.c). */
  long *stamps;
  size_t n_stamps;
  int stamps_made;
  /* The numbers the source writes inside names ("Week 13", "BT-7274"),
   * sorted by name, read on the first claim (check_numbers_label.c). */
  struct bc__label *labels;
  size_t n_labels;
  int labels_made;
  /* The source's capitalised words and numbers by place, read on the
   * first table row that asks (check_numbers_row.c). */
  struct bc__rowidx *rowidx;
  struct bc__pairidx *pairidx; /* check_numbers_paired.c */
  /* The source's ranked names, read on the first claim that ties a rank
   * to a name (check_ranks_list.c). */
  struct bc__rankidx *rankidx;
};

/* A claim's values grouped by sentence, and per source fact the sentence
 * last answered (claim_memo.c): what check_dates.c and check_numbers.c
 * keep for one claim while they ask whether the claim's own sentence
 * states a source value.  Each value is elem bytes and starts with a
 * struct bc__memo_key. */
struct bc__memo_key {
  size_t sent; /* its sentence's number in the claim */
  size_t i;    /* which of the claim's facts */
};

struct bc__claim_memo {
  void *val; /* n values, by sentence once sorted */
  size_t n, elem;
  size_t *asked; /* per source fact: 1 + the sentence answered, or 0 */
  size_t n_src;
};

/* Room for n_claim values of elem bytes and n_src source facts; nonzero
 * on out-of-memory (nothing left to release). */
int bc__claim_memo_init(struct bc__claim_memo *m, size_t n_claim, size_t elem,
                        size_t n_src);
/* The next value, its key set; the caller fills the rest. */
void *bc__claim_memo_push(struct bc__claim_memo *m, size_t sent, size_t i);
/* Sort the values by sentence, then by fact. */
void bc__claim_memo_sort(struct bc__claim_memo *m);
const void *bc__claim_memo_at(const struct bc__claim_memo *m, size_t j);
/* The index of the first value in sentence sent or after (m->n: none). */
size_t bc__claim_memo_first(const struct bc__claim_memo *m, size_t sent);
/* Was source fact k last answered for sentence sent?  If not, it is
 * marked so, and the caller works the answer out and keeps it. */
int bc__claim_memo_asked(struct bc__claim_memo *m, size_t k, size_t sent);
void bc__claim_memo_release(struct bc__claim_memo *m);

struct bc__nic_memo;
struct bc__dic_memo;

/* One text field being checked. */
struct bc__claim {
  const struct bc_facts *f; /* what the analyzer read in text */
  struct bc_span *exp;      /* acronym expansions checked in text */
  size_t n_exp;
  const char *field; /* as reported */
  const char *text;  /* the field's whole text */
  size_t len;
  /* Words that say what a field holding only a date is about (a timeline
   * entry's event for its date); NULL when the field speaks for itself. */
  const char *about;
  struct bc__ratio ratios[8]; /* its ratios (the first ones) */
  size_t n_ratios;
  struct bc__marks sents;   /* its sentence ends */
  struct bc__wordtab words; /* its words; empty (t NULL) when not read */
  /* What the number and date checkers found of the claim's own facts, kept
   * while they run on it (check_numbers.c, check_dates.c); NULL outside. */
  struct bc__nic_memo *nic;
  struct bc__dic_memo *dic;
};

/* Each kind's checker (check_<kind>.c), in the order the driver runs them
 * on a field, read by the analyzer in claims mode (ctx.claims = 1, so that
 * expansions whose letters do not fit are read too).  The name checker
 * skips what the acronym checker recorded in c->exp, so it runs last. */
void bc__check_dates(struct bc__vstate *v, const struct bc__claim *c);
/* The claim's dates and times as the date checker compares them with the
 * source's, read once per claim into c->dic before any checker runs (the
 * number checker asks them too, of the bare years it hands over), freed
 * after the last.  BC_ERR_NOMEM (c->dic is then NULL). */
bc_status bc__check_dates_memo(struct bc__vstate *v, struct bc__claim *c);
void bc__check_dates_memo_free(struct bc__claim *c);
/* A claim's length of time counted from an event ("two weeks earlier")
 * that the source counts otherwise for the same event ("last week"):
 * reported, and nonzero (check_dates_offset.c). */
int bc__check_date_offset(struct bc__vstate *v, const struct bc__claim *c,
                          const struct bc_date_fact *df);
/* Is one of the words words before the claim's offset at, with none of
 * the characters stops between, a word is() holds (check_dates.c)? */
int bc__check_word_before(const struct bc__claim *c, size_t at, size_t words,
                          const char *stops, int (*is)(const char *, size_t));
/* The weekday t[s] names alone, as its first word with nothing after it
 * but a part of the day ("Saturday", "Tuesday night"); 0 for a date written
 * out ("Friday, December 6th"), a shifted weekday ("last Friday") or
 * anything else (check_dates_source.c). */
int bc__check_weekday_alone(const char *t, struct bc_span s);
/* A weekday the claim names alone ("on Sunday", "Monday night") where the
 * source gives the same event another weekday and never the claim's:
 * reported, and nonzero (check_dates_weekday.c). */
int bc__check_claim_weekday(struct bc__vstate *v, const struct bc__claim *c,
                            const struct bc_date_fact *df);
/* A person the claim gives a role ("Director: Jane Roe") that the source
 * gives someone else, while giving the claim's person another role:
 * reported (check_names_roles.c). */
void bc__check_name_roles(struct bc__vstate *v, const struct bc__claim *c);
/* A season the claim counts from its present with no year known ("last
 * autumn") where the source counts another season the same way for the
 * same event ("last spring") and never the claim's: reported, and nonzero
 * (check_dates_season.c). */
int bc__check_claim_season(struct bc__vstate *v, const struct bc__claim *c,
                           const struct bc_date_fact *df);
/* A year the analyzer read as a count of the noun after it ("posted 2016
 * revenue"), at span at (its four digits), that the source writes before
 * that noun only with another year: reported, and nonzero
 * (check_dates.c). */
int bc__check_year_modifier(struct bc__vstate *v, const struct bc__claim *c,
                            struct bc_span at);
/* The source's clock times beside days, once per check; and whether the
 * claim's day df, written beside a clock time the source writes beside
 * another day only, was reported so (check_dates_clock.c). */
bc_status bc__check_clocks_prepare(struct bc__vstate *v);
/* The minute of the day a time's value names ("2019-08-09T22:30" 1350);
 * -1 for none, and for midnight, whose day writers count either way
 * (check_dates_clock.c). */
int bc__check_clock_minute(const char *iso);
/* Does the source's amount s (days, with its mod) bear out the claim's
 * amount d (check_dates.c)? */
int bc__check_durations_agree(double d, enum bc_timex_mod dm, double s,
                              enum bc_timex_mod sm);
/* The days of the source's duration i (v->durs), parsed once per check;
 * 0 when its value is none (check_dates.c). */
int bc__check_dur_days(struct bc__vstate *v, size_t i, double *days);
/* Does one of the source's numbers of time units ("12 hours") bear out
 * the claim's amount days (check_dates.c)? */
int bc__check_time_number_agrees(const struct bc__vstate *v, double days,
                                 enum bc_timex_mod mod);
/* A length of time written as a modifier of a noun ("a 16-hour day") that
 * the source gives otherwise in the claim's words ("the 12-hour shoot"):
 * reported (check_dates_modifier.c). */
void bc__check_duration_modifier(struct bc__vstate *v,
                                 const struct bc__claim *c,
                                 const struct bc_date_fact *df);
/* A time of day the claim states that the source does not, where another
 * of the source's times stands in the claim's words: reported.  Nonzero
 * when the claim's time was weighed here (check_dates_hour.c). */
int bc__check_claim_hour(struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_date_fact *df);
int bc__check_day_by_clock(struct bc__vstate *v, const struct bc__claim *c,
                           const struct bc_date_fact *df);
void bc__check_numbers(struct bc__vstate *v, const struct bc__claim *c);
/* Numbers inside the claim's names ("the Week 12 rematch") that the source
 * writes with that name only with other numbers (check_numbers_label.c);
 * bc__check_numbers calls it. */
void bc__check_labels(struct bc__vstate *v, const struct bc__claim *c);
/* Match scores ("the 3-3 draw") the source gives otherwise
 * (check_scores.c); bc__check_numbers calls it. */
void bc__check_scores(struct bc__vstate *v, const struct bc__claim *c);
/* Counts in words with no noun ("a mother of three,") that the source
 * gives in the same words with another value (check_numbers_bare.c);
 * bc__check_numbers calls it. */
void bc__check_bare_counts(struct bc__vstate *v, const struct bc__claim *c);
/* The claim's ordinals (check_ordinals.c); bc__check_numbers calls it. */
void bc__check_ordinals(struct bc__vstate *v, const struct bc__claim *c);
/* Ranks tied to names, against the source's ranked list
 * (check_ranks_list.c). */
void bc__check_ranks_list(struct bc__vstate *v, const struct bc__claim *c);
/* Free what bc__check_ranks_list kept of the source. */
void bc__check_ranks_release(struct bc__vstate *v);
/* Age bands and decades against the source's (check_ages.c). */
void bc__check_ages(struct bc__vstate *v, const struct bc__claim *c);
int bc__check_error_within(const struct bc__vstate *v,
                           const struct bc__claim *c, struct bc_span at);
void bc__check_ratios(struct bc__vstate *v, const struct bc__claim *c);
/* A value a phrase states ("tenfold", "within an hour", "ten of the
 * 18"): x, and y for a second one (0 when none), at span at. */
struct bc__pval {
  double x, y;
  struct bc_span at;
  int kind; /* the reader's own sort of phrase, for its kin test (0 when
               it has none) */
};

/* A phrase checker (factors, time limits, parts of a whole): its kind
 * (BC__PHR_*), its reader scan (the phrases of w's words [from, to), at
 * most max, into out; returns how many), which source phrases may stand
 * for a claim's (kin; NULL: any), and the words before the source's in its
 * message. */
struct bc__phrase_checker {
  int kind;
  size_t (*scan)(const struct bc__wordtab *w, size_t from, size_t to,
                 struct bc__pval *out, size_t max);
  int (*kin)(const struct bc__pval *claim, const struct bc__pval *source);
  const char *what;
};
/* The rule the phrase checkers share (check_counterparts.c): each of the
 * claim's phrases (at most BC__CLAIM_PHRASES) is an error, "<what>
 * <source's words>", when a source phrase of another value that may stand
 * for it shares two or more of its words and more than every source
 * phrase of its own value.  Each counts as a checked number. */
#define BC__CLAIM_PHRASES 64
void bc__check_phrases(struct bc__vstate *v, const struct bc__claim *c,
                       const struct bc__phrase_checker *pc);
/* The source's phrases of kind k, read with scan on first use and kept
 * for the check, at most BC__SOURCE_PHRASES of them: *n of them; NULL
 * when none (or on out-of-memory, in v->rc). */
#define BC__SOURCE_PHRASES 256
const struct bc__pval *bc__check_source_phrases(
    struct bc__vstate *v, int k,
    size_t (*scan)(const struct bc__wordtab *w, size_t from, size_t to,
                   struct bc__pval *out, size_t max),
    size_t *n);
/* Factors of change written as words, "doubled", "tenfold"
 * (check_multipliers.c). */
void bc__check_multipliers(struct bc__vstate *v, const struct bc__claim *c);
/* The value of a count written as digits or a word above one ("10",
 * "ten", "hundred"), else 0 (check_multipliers.c). */
double bc__check_count_word(const char *w, size_t n);
/* Durations of "within an hour", "within 30 minutes" against the source's
 * "within" of the same event (check_within.c). */
void bc__check_within(struct bc__vstate *v, const struct bc__claim *c);
/* Parts of a whole, "ten of the 18 staffers", against the source's pair
 * in the same words (check_subgroups.c); bc__check_pair_stated: the
 * claim's number at is part of such a pair that the source states as it
 * is. */
void bc__check_subgroups(struct bc__vstate *v, const struct bc__claim *c);
int bc__check_pair_stated(struct bc__vstate *v, const struct bc__claim *c,
                          struct bc_span at);
/* The source's bare decimal value that a claim's bare decimal nf (unit
 * cu, words ctx) measures the same thing as, with another value; (size_t)
 * -1 when none (check_measured.c). */
size_t bc__check_measured_rival(const struct bc__vstate *v,
                                const struct bc__claim *c,
                                const struct bc_number_fact *nf,
                                const struct bc__unit *cu,
                                const struct bc__context *ctx);
/* The source's one value in the unit a claim's measurement nf (unit cu)
 * is in, when it is another value within a factor of two; (size_t)-1
 * otherwise (check_numbers_lone.c). */
size_t bc__check_lone_measure(const struct bc__vstate *v,
                              const struct bc_number_fact *nf,
                              const struct bc__unit *cu);
/* The source number whose phrase a claim's number nf stands in, with
 * another value: the same two words before and word or mark after ("He
 * was 86." for "He was 88."), the claim's value given nowhere in the
 * source; (size_t)-1 when none (check_numbers_phrase.c). */
size_t bc__check_same_phrase(const struct bc__vstate *v,
                             const struct bc__claim *c,
                             const struct bc_number_fact *nf);
/* Report a claim's number nf said of a name ("Delta scored 66") whose
 * bracketed value in a source's list is another ("Delta (70)"), the list
 * giving nf's value to another name ("American (66)") and never to the
 * claim's; nonzero when reported (check_numbers_paired.c).  The source's
 * brackets are read on first use and freed by bc__check_pairs_release. */
int bc__check_paired_moved(struct bc__vstate *v, const struct bc__claim *c,
                           const struct bc_number_fact *nf);
void bc__check_pairs_release(struct bc__vstate *v);
/* Report a claim's couple m[i], m[i + 1] ("7 per cent, or £17,125") whose
 * values the source gives, each coupled with another ("7 per cent
 * (£18,786)", "8 per cent (£17,125)"), never together; nonzero when
 * reported (check_numbers_coupled.c). */
int bc__check_coupled(struct bc__vstate *v, const struct bc__claim *c,
                      const struct bc_number_fact *m, size_t n, size_t i);
/* Nonzero when the source gives nf's value alone in a table cell whose
 * row names a capitalised word of the claim: "Ogunjobi played 63 snaps"
 * for the row "Larry Ogunjobi | 63" (check_numbers_cells.c). */
int bc__check_cell_stated(const struct bc__vstate *v, const struct bc__claim *c,
                          const struct bc_number_fact *nf);
/* A number on a table row of the summary ("| Joe Biden | 25% |") that
 * the source states only away from the row's name, the numbers of its
 * kind beside that name being others: reported, nonzero returned
 * (check_numbers_row.c). */
int bc__check_row_value(struct bc__vstate *v, const struct bc__claim *c,
                        const struct bc_number_fact *nf,
                        const struct bc__unit *cu);
void bc__check_rows_release(struct bc__vstate *v);
/* The source's multiplier with the digits of a claim's percentage nf (or
 * its percentage, for a claim's multiplier) in two or more of the claim's
 * words ctx; (size_t)-1 when none (check_numbers_kind.c). */
size_t bc__check_swapped_kind(const struct bc__vstate *v,
                              const struct bc_number_fact *nf,
                              const struct bc__unit *cu,
                              const struct bc__context *ctx);
/* The source's fraction in words ("two-thirds of") of the same whole as
 * a claim's share nf (read as a percentage), in three or more of the
 * claim's words ctx, with another value; (size_t)-1 when none
 * (check_numbers_share.c). */
size_t bc__check_share_rival(const struct bc__vstate *v,
                             const struct bc_number_fact *nf,
                             const struct bc__context *ctx);
/* A count of kinds ("three types of update channels") made a count of
 * what they are kinds of: u's noun becomes the head of the phrase after
 * "of" (check_numbers_kinds.c). */
void bc__check_kind_noun(const char *t, size_t len,
                         const struct bc_number_fact *f, struct bc__unit *u);
/* Does f count kinds ("three types of ...")?  A total the source states,
 * which a count in words ("four update channels") may contradict. */
int bc__check_kinds_count(const struct bc_number_fact *f);
/* A claim's count nf followed by a colon and a plain list of another
 * number of items ("six drug types: cocaine, heroin, ... and fentanyl"):
 * reports it and returns nonzero (check_numbers_list.c). */
int bc__check_list_count(struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_number_fact *nf);
/* A claim's count after "all" ("all five participants") that the source
 * gives only as the whole of a part ("four of the five participants"):
 * reports it and returns nonzero (check_numbers_all.c). */
int bc__check_all_of(struct bc__vstate *v, const struct bc__claim *c,
                     const struct bc_number_fact *nf);
/* Words of direction turned the other way in the source's own phrase,
 * "slightly above average" for "slightly below average"
 * (check_opposites.c). */
void bc__check_opposites(struct bc__vstate *v, const struct bc__claim *c);
void bc__check_acronyms(struct bc__vstate *v, struct bc__claim *c);
void bc__check_names(struct bc__vstate *v, const struct bc__claim *c);
/* check_names_framing.c: words around a name that name nothing the source
 * must (see there for each one's contract). */
int bc__name_lead_word(const struct bc__vstate *v, const char *text, size_t s,
                       size_t e, const char *w, size_t n);
int bc__name_is_publisher(const struct bc__vstate *v, const char *p, size_t n);
int bc__name_show_label(const struct bc__claim *c, size_t s, size_t e);

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

/* Is t[0..n) a word that says a date is the text's own ("published",
 * "dated", "updated", "posted", "written")? */
/* Does t[a..b) hold a run of four digits (a year written out)? */
int bc__check_has_year_digits(const char *t, size_t a, size_t b);
int bc__check_dating_word(const char *t, size_t n);
bc_status bc__check_numbers_prepare(struct bc__vstate *v);
void bc__check_ratios_prepare(struct bc__vstate *v);
/* Which acronyms the source defines the summary s (or the free text) writes
 * anywhere, into v->acr_used, and the well-known ones the source writes
 * without defining, into v->src_known (check_acronyms.c).  BC_ERR_NOMEM. */
bc_status bc__check_acronyms_prepare(struct bc__vstate *v,
                                     const struct bc_summary *s,
                                     const char *text);

/* Between the kinds.  A bare four-digit year at span at of the claim that
 * the analyzer did not read as a date, checked as one (check_dates.c). */
void bc__check_year_claim(struct bc__vstate *v, const struct bc__claim *c,
                          struct bc_span at);
/* Nonzero when val is a year the source states or writes (check_dates.c). */
int bc__check_year_supported(struct bc__vstate *v, double val);
/* Nonzero when two of the source's dates (a range, or two dates of one
 * sentence) lie days apart, within tol days: a duration worked out from
 * them ("nearly four years" from "June 2012 to March 2016") is faithful
 * (check_dates.c). */
int bc__check_dates_span(struct bc__vstate *v, double days, double tol);
/* Read the claim's ratios once, for the number and ratio checkers; a
 * percentage that is one part of a ratio the source gives; whether span s
 * of the claim is part of one of its ratios (check_ratios.c). */
void bc__check_claim_ratios(struct bc__claim *c);
int bc__check_ratio_member(const struct bc__vstate *v, double val);
int bc__check_in_ratio(const struct bc__claim *c, struct bc_span s);

/* Shared by the number and ordinal checkers (check_numbers.c).  The
 * ordinals of text t: the analyzer's in f, then "second" after a
 * determiner, which the analyzer leaves out; *n gets the count; the array
 * belongs to the caller (NULL when there are none, or on out-of-memory,
 * with v->rc set).  Whether span s overlaps one of f's dates.  The
 * source's text at s on one line, its first letter lowered when only the
 * start of its sentence capitalised it (caller frees; NULL on
 * out-of-memory).  Whether t[at] starts a sentence, list item or line. */
struct bc_number_fact *bc__check_ordinals_of(struct bc__vstate *v,
                                             const char *t, size_t len,
                                             const struct bc_facts *f,
                                             size_t *n);
int bc__check_overlaps_date(const struct bc_facts *f, struct bc_span s);
char *bc__check_quote_source(const struct bc__vstate *v, struct bc_span s);
int bc__check_starts_sentence(const char *t, size_t at);

/* What a writer attaches to a number besides its unit, read from the words
 * around it (check_numbers_frame.c). */
#define BC__FRAME_WORDS 12
#define BC__FRAME_NAMES 6
struct bc__nframe {
  int dir;               /* +1 a rise or gain ("rose 5%", "a profit of
                            $3m", "5% higher"), -1 a fall or loss ("fell
                            1.62", "down 39 percent", "a $3m loss"), 0 */
  struct bc_span dir_at; /* the words that say so with the number */
  int dirto;             /* the direction of the change that reached it:
                            +1 "rose to 4.1 percent", -1 "fell from $61
                            million to $48 million", 0 */
  struct bc_span dirto_at;
  int dirafter; /* the change its clause says after it, of what
                   it counts or measures: +1 "90 percent saw
                   their incomes rise", -1 "90 percent saw a
                   decline in their income", 0 */
  struct bc_span dirafter_at;
  /* Stem hashes of content words of the clause the number stands in,
   * names left out: before it (left), after it (right), and all of them
   * with those of the clause's subject said before a comma or another
   * number (words). */
  uint32_t left[BC__FRAME_WORDS];
  size_t n_left;
  uint32_t first; /* the first of them in the text: where a clause names
                     its subject ("sedan" of "sedan sales rose") */
  int from;       /* "from" stands right before it: the start of a change */
  uint32_t right[BC__FRAME_WORDS];
  size_t n_right;
  uint32_t words[2 * BC__FRAME_WORDS];
  size_t n_words;
  /* Whose number it is, by name hashes: the names of its clause (names;
   * after it only in its first words: "800,000 euros from France"), the
   * names of the extended left (xnames), and its owner: the clause's
   * names, or when it names no one the nearest name before it ("Dell was
   * shipping 37 million computers, 18.2 percent of the market": Dell);
   * none when a pronoun stands first ("she married 10 men": pron).  name:
   * a word of the owner as written, for messages. */
  uint32_t names[BC__FRAME_NAMES];
  size_t n_names;
  uint32_t xnames[BC__FRAME_NAMES];
  size_t n_xnames;
  uint32_t owner[BC__FRAME_NAMES];
  size_t n_owner;
  uint32_t inits[BC__FRAME_NAMES]; /* initials of names written in a row:
                                      "RBS" for "Royal Bank of Scotland" */
  size_t n_inits;
  int pron;
  int subject;  /* a name of its clause is its subject: before it, or
                   after "from" or "by" right after it */
  int compound; /* that name is one of several joined by "and" or "or" */
  struct bc_span name;
};

/* The frames of the numbers nums[0..n) of text t (in text order; source:
 * t is the source's), into out[0..n).  Names are words capitalised inside a
 * sentence, acronyms, and words at a sentence's start that the source
 * capitalises inside one or the analyzer found in its names (v->caps).
 * BC_ERR_NOMEM. */
bc_status bc__check_number_frames(const struct bc__vstate *v, const char *t,
                                  size_t len, const struct bc_number_fact *nums,
                                  size_t n, int source, struct bc__nframe *out);
/* Whether one of the name hashes names[0..n) is a name the source
 * capitalises inside a sentence; whether one is written in the source's
 * sentence around offset at. */
int bc__check_names_known(const struct bc__vstate *v, const uint32_t *names,
                          size_t n);
int bc__check_names_near(const struct bc__vstate *v, size_t at,
                         const uint32_t *names, size_t n);
/* The source's capitalised words and the words of its names into
 * v->caps.  BC_ERR_NOMEM. */
bc_status bc__check_caps_prepare(struct bc__vstate *v);
/* The period of a rate written after a number ending at t[at] ("a month",
 * "per year", "monthly", "/yr"; not "a year earlier"), or of the calendar
 * period an amount is of ("in 2023", "last year", "in the third
 * quarter"): its days, and *end where its words end; 0 when there is
 * none. */
double bc__check_rate_after(const char *t, size_t len, size_t at, size_t *end);
/* The period of a rate written before a number at t[at]: "an annual fee
 * of $40"; 0 when none. */
double bc__check_rate_before(const char *t, size_t at);
/* The direction of a change said by the words around a number (whole: its
 * whole span, end: the end of its unit or noun): +1, -1 or 0, and in *at
 * the words that say it with the number. */
int bc__check_direction(const char *t, size_t len, struct bc_span whole,
                        size_t end, struct bc_span *at);
/* Is the number ending at t[end] a difference, a comparative after it:
 * "$60 less", "3 per cent (£5,910) lower", "500 fewer"? */
int bc__check_difference(const char *t, size_t len, size_t end);
/* +1 or -1 for a verb or adverb of change ("rose", "down"), else 0. */
int bc__check_direction_word(const char *w, size_t n);

/* Text helpers (check_text.c). */

/* ASCII letter or digit, whatever the locale. */
static inline int bc__check_is_alnum(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}
int bc__check_has_digit(const char *s, size_t n);
/* Is w[0..n) one of the k words of list (case-insensitive)? */
int bc__check_word_listed(const char *w, size_t n, const char *const *list,
                          size_t k);

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
/* The same from the text's sentence ends, found once (bc__marks_sentence_
 * ends): O(log n). */
int bc__check_same_sentence_m(const struct bc__marks *ends, size_t a, size_t b);

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
/* An error finding about the number at `at`: the source's quote says
 * (NULL when quoting it ran out of memory, which goes to v->rc, as does a
 * message that cannot be made) at src, and a message made from fmt. */
void bc__check_number_error(struct bc__vstate *v, const struct bc__claim *c,
                            struct bc_span at, const char *says,
                            struct bc_span src, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
/* An error finding about the number at `at` that the source gives
 * otherwise at src: "the source says <its words><what>" (what may be NULL),
 * and with fixable the source's words as the repair (capitalised where the
 * claim's number starts a sentence).  Out-of-memory goes to v->rc. */
void bc__check_source_says(struct bc__vstate *v, const struct bc__claim *c,
                           struct bc_span at, struct bc_span src,
                           const char *what, int fixable);
/* A warning that the claim's values at `at` were not read (the checker's
 * limits), added whatever the source's title or wording: a value left
 * unread is never passed for copied. */
void bc__check_add_unread(struct bc__vstate *v, const struct bc__claim *c,
                          const char *kind, struct bc_span at, const char *msg);

#endif
