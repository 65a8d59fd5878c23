/* speech_int.h - what the files of the speech normalizer share (speech.c
 * the token rules, speech_translit.c, speech_words.c, speech_lexicon.c);
 * the number-reading helpers are shared with the script builder and tests. */
#ifndef BC_RENDER_SPEECH_INT_H
#define BC_RENDER_SPEECH_INT_H

#include <stddef.h>
#include <stdint.h>

#include "briefcast/buf.h"
#include "briefcast/error.h"

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

#endif
