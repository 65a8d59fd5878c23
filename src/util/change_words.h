/* change_words.h - the one home of the English words that say a quantity
 * changed and which way: verbs and adverbs ("rose", "fell", "up") and
 * nouns ("a rise", "a loss", "profit").  The analyzer asks whether a word
 * is one (to read "fell 1.62 to 45.10" as a change and the level it
 * reached); the checker asks which way it goes.  Pure data over words
 * given as bytes; it knows nothing of numbers, tokens or sentences. */
#ifndef BC_UTIL_CHANGE_WORDS_H
#define BC_UTIL_CHANGE_WORDS_H

#include <stddef.h>

/* +1 when w[0..n) is a verb or adverb of a rise or gain ("rose",
 * "gained", "increased", "up", "higher"), -1 of a fall or loss ("fell",
 * "lost", "down", "lower"), 0 for any other word; ASCII case-blind. */
int bc__change_verb_dir(const char *w, size_t n);

/* The same for a noun of change or of a gain or loss: +1 "rise",
 * "increase", "profit", "growth"; -1 "drop", "decline", "loss",
 * "deficit"; 0 otherwise. */
int bc__change_noun_dir(const char *w, size_t n);

/* As bc__change_verb_dir, for a word that says a level moved ("rose",
 * "declined", "fell"), 0 for one that says something was earned or won
 * ("earned", "won"): what a number's clause says happened to what the
 * number counts ("90 percent saw their incomes fall"). */
int bc__change_level_dir(const char *w, size_t n);

#endif
