/* lexicon.h - the one home of English word lists that more than one stage
 * asks about, each named by what it is for, and one case-blind lookup in a
 * sorted list.  Pure data and pure functions over words given as bytes; it
 * knows nothing of tokens, sentences or facts (calendar words live in
 * util/calendar.h). */
#ifndef BC_UTIL_LEXICON_H
#define BC_UTIL_LEXICON_H

#include <stddef.h>

/* Nonzero when w[0..n) is one of the n_list words of list, comparing ASCII
 * letters case-blind.  list is sorted by strcmp and holds lower-case ASCII
 * words; a binary search, for the long lists asked about every word. */
int bc__lex_in_sorted(const char *const *list, size_t n_list, const char *w,
                      size_t n);
#define BC__LEX_IN(list, w, n)                                                 \
  bc__lex_in_sorted((list), sizeof(list) / sizeof((list)[0]), (w), (n))

/* Nonzero for a function word a phrase may leave out without naming
 * something else ("the", "and", "of", "for", ...; 73 words): the letters of
 * an acronym may skip it ("Objectives and Key Results"), two expansions are
 * compared without it, and the words around a fact are read without it. */
int bc__lex_is_skippable(const char *w, size_t n);

/* Nonzero for a small English function word ("a", "the", "of", "would",
 * "through", ...; 110 words): the analyzer's word class that keeps such
 * words out of names, expansions and units.  A superset of the skippable
 * words but "one". */
int bc__lex_is_function_word(const char *w, size_t n);

/* The value of a spelled-out cardinal: "zero" to "twenty", the tens
 * "thirty" to "ninety", and "dozen" (12); ASCII case-blind; -1 for any
 * other word. */
int bc__lex_cardinal(const char *w, size_t n);

#endif
