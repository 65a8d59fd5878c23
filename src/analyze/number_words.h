/* number_words.h - numbers spelled out in words (number_words.c), for the
 * number extractor.  Not for use outside src/analyze. */
#ifndef BC_ANALYZE_NUMBER_WORDS_H
#define BC_ANALYZE_NUMBER_WORDS_H

#include <stddef.h>

#include "analyze/an.h"

/* The multiplier of a scale word at i: "hundred" 100, "million" 1e6,
 * "bn" 1e9; 0 when token i is none. */
double bc__an_scale_word(const struct an *a, size_t i);

/* One group below a thousand in words at i: "four", "twenty-five", "two
 * hundred eighty-seven", "a hundred and forty".  Returns the token after
 * it, or 0; *v gets its value. */
size_t bc__an_word_group(const struct an *a, size_t i, double *v);

/* A spelled-out number at i: "two", "twenty-five", "a dozen", "two and a
 * half", "four hundred and twelve thousand", "one point two billion", "two
 * thirds" (*frac set).  "one" counts only where it is not a pronoun.
 * Returns the token after it, or 0; *v gets its value. */
size_t bc__an_word_value(const struct an *a, size_t i, double *v, int *frac);

#endif
