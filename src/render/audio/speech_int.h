/* speech_int.h - what the files of the speech normalizer share: speech.c
 * (the token dispatcher, the line rewriter, the object), one file per kind
 * of token (speech_numbers.c, speech_dates.c, speech_caps.c, speech_web.c),
 * speech_tables.c, speech_translit.c, speech_words.c and speech_lexicon.c;
 * the number-reading helpers are shared with the script builder and tests.
 * Nothing outside src/render/audio/ includes it. */
#ifndef BC_RENDER_SPEECH_INT_H
#define BC_RENDER_SPEECH_INT_H

#include <stddef.h>
#include <stdint.h>

#include "briefcast/audio.h"
#include "briefcast/buf.h"
#include "briefcast/error.h"

/* Currency signs that are not ASCII become these bytes after
 * transliteration (speech_translit.c), so the number rules see "<sign>20"
 * as one token. */
#define CUR_EURO '\x01'
#define CUR_POUND '\x02'
#define CUR_YEN '\x03'
#define CUR_RUPEE '\x04'

/* Append v in words ("one hundred twenty thousand") to b. */
void bc__speech_cardinal(struct bc_buf *b, uint64_t v);
/* Append a year as spoken ("twenty twenty-four", "two thousand five"). */
void bc__speech_year(struct bc_buf *b, unsigned y);

/* speech_words.c: a space before the next word unless b ends in one. */
void bc__speech_sep(struct bc_buf *b);
/* Append each digit of s[0..n) as a word ("42" -> "four two"). */
void bc__speech_digits(struct bc_buf *b, const char *s, size_t n);
/* Rewrite the last word of b as an ordinal ("twenty-one" -> "twenty-first"). */
void bc__speech_ordinalize(struct bc_buf *b);
/* Rewrite the last word of b as its plural ("ninety" -> "nineties"). */
void bc__speech_pluralize(struct bc_buf *b);

/* speech_translit.c: append in (UTF-8) to b as ASCII. */
bc_status bc__speech_to_ascii(const char *in, struct bc_buf *b);

/* speech_lexicon.c: the user's lexicon, TERM -> SAY. */
struct bc__speech_lex {
  char **term, **say;
  size_t n, cap;
};
void bc__speech_lex_release(struct bc__speech_lex *l);
/* Load path's TERM<TAB>SAY lines ('#' comments, blank lines skipped). */
bc_status bc__speech_lex_load(struct bc__speech_lex *l, const char *path,
                              struct bc_error *err);
/* What to say for t[0..n): an exact match first, then case-blind; NULL if none.
 */
const char *bc__speech_lex_find(const struct bc__speech_lex *l, const char *t,
                                size_t n);

/* ---- speech.c: the state of one rewrite, and what every rule uses ------ */
struct bc__speech_norm {
  struct bc_buf *out;
  const struct bc__speech_lex *lex; /* the speaker's, loaded once */
  const struct bc_speech_ctx *ctx;
  int shout;        /* the current line is written all in capitals */
  int prev_num;     /* the previous token was a number */
  const char *next; /* the token after the current one, or NULL */
  size_t next_n;
};
/* Append one word (s[0..n)) to the output, after a space. */
void bc__speech_word(struct bc__speech_norm *z, const char *s, size_t n);
/* Read one token without surrounding punctuation; the rules call it back
 * for the parts of a token ("7-9", "GitHub"). */
void bc__speech_token(struct bc__speech_norm *z, const char *s, size_t n);
/* Whether s[0..n) is capitals and digits with a capital; digits only. */
int bc__speech_all_upper(const char *s, size_t n);
int bc__speech_all_digits(const char *s, size_t n);
/* The value of the digits s[0..n) (the first nine). */
unsigned bc__speech_num_of(const char *s, size_t n);

/* ---- speech_tables.c --------------------------------------------------- */
/* An acronym people say as a word (NASA, GIF). */
int bc__speech_is_word_acronym(const char *s, size_t n);
/* The built-in reading of a term or abbreviation ("e.g." -> "for
 * example"), or NULL. */
const char *bc__speech_builtin_find(const char *s, size_t n);
/* What a unit symbol says ("GHz" -> "gigahertz"), or NULL. */
const char *bc__speech_unit_find(const char *s, size_t n);
/* A letter's spoken plural ('F' -> "effs"); letter is A-Z or a-z. */
const char *bc__speech_letter_plural(char letter);
/* A common word in capitals that is never an acronym (NOT, WHAT), and a
 * three-letter word read as a word only in a heading (LOG, RUN). */
int bc__speech_is_caps_word(const char *s, size_t n);
int bc__speech_is_heading_word(const char *s, size_t n);

/* ---- the rules: each returns nonzero when it read s[0..n) -------------- */
/* speech_caps.c: an acronym (plural_s: with a spoken plural s), a word in
 * capitals, and whether the line [s, e) is written in capitals. */
void bc__speech_acronym(struct bc__speech_norm *z, const char *s, size_t n,
                        int plural_s);
int bc__speech_caps_as_word(const struct bc__speech_norm *z, const char *s,
                            size_t n);
int bc__speech_shouting(const char *s, const char *e);
/* speech_web.c */
int bc__speech_url(struct bc__speech_norm *z, const char *s, size_t n);
int bc__speech_email(struct bc__speech_norm *z, const char *s, size_t n);
/* speech_dates.c; the pair rules read the next token too (*consumed). */
int bc__speech_date(struct bc__speech_norm *z, const char *s, size_t n);
int bc__speech_clock(struct bc__speech_norm *z, const char *s, size_t n);
int bc__speech_meridiem(struct bc__speech_norm *z, const char *s, size_t n);
int bc__speech_quarter(struct bc__speech_norm *z, const char *s, size_t n,
                       const char *next, size_t nn, int *consumed);
int bc__speech_pair_date(struct bc__speech_norm *z, const char *s, size_t n,
                         const char *next, size_t nn, int *consumed);
/* Whether s[0..n) is a month's abbreviation with its period ("Jan."). */
int bc__speech_month_abbrev_dot(const char *s, size_t n);
/* speech_numbers.c */
int bc__speech_number(struct bc__speech_norm *z, const char *s, size_t n);
int bc__speech_range(struct bc__speech_norm *z, const char *s, size_t n);
int bc__speech_pair_money(struct bc__speech_norm *z, const char *s, size_t n,
                          const char *next, size_t nn, int *consumed);
int bc__speech_mixed_unit(struct bc__speech_norm *z, const char *s, size_t n);
int bc__speech_fraction(struct bc__speech_norm *z, const char *s, size_t n);
int bc__speech_split(struct bc__speech_norm *z, const char *s, size_t n);
/* Digits and dots read part by part ("2.4.1"); always reads. */
void bc__speech_dotted(struct bc__speech_norm *z, const char *s, size_t n);

#endif
