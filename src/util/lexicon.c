/* lexicon.c - English word lists shared by the analyzer, the checker and
 * the narrator (see lexicon.h).  The lists are data; a list searched with
 * bc__lex_in_sorted must stay sorted, and test_lexicon.c looks up each of
 * its words. */
#include <string.h>

#include "util/lexicon.h"

/* The index of w[0..n) in the sorted list, or -1.  The word is folded to
 * lower case once, and one outside the list's first letters fails before
 * any search: the checker asks about every word of a long source, numbers
 * among them. */
static long find_sorted(const char *const *list, size_t n_list, const char *w,
                        size_t n)
{
  unsigned char low[64];
  size_t lo = 0, hi = n_list, k;
  /* No word of a list runs to 64 bytes: a longer word is none of them. */
  if (n == 0 || n_list == 0 || n > sizeof low)
    return -1;
  for (k = 0; k < n; k++) {
    unsigned char x = (unsigned char)w[k];
    low[k] = x >= 'A' && x <= 'Z' ? (unsigned char)(x - 'A' + 'a') : x;
  }
  if (low[0] < (unsigned char)list[0][0] ||
      low[0] > (unsigned char)list[n_list - 1][0])
    return -1;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const unsigned char *e = (const unsigned char *)list[mid];
    int c = 0;
    for (k = 0; k < n; k++) {
      if (!e[k]) {
        c = 1; /* the word is longer than e */
        break;
      }
      if (low[k] != e[k]) {
        c = low[k] > e[k] ? 1 : -1;
        break;
      }
    }
    if (!c && e[n])
      c = -1; /* the word is a prefix of e */
    if (!c)
      return (long)mid;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return -1;
}

int bc__lex_in_sorted(const char *const *list, size_t n_list, const char *w,
                      size_t n)
{
  return find_sorted(list, n_list, w, n) >= 0;
}

/* Sorted for bc__lex_in_sorted, lower case. */
static const char *const skippable[] = {
    "a",    "about", "after", "all",   "also", "an",   "and",   "are",
    "as",   "at",    "be",    "been",  "but",  "by",   "can",   "did",
    "do",   "for",   "from",  "had",   "has",  "have", "he",    "her",
    "his",  "how",   "i",     "if",    "in",   "into", "is",    "it",
    "its",  "more",  "most",  "my",    "no",   "not",  "of",    "on",
    "one",  "or",    "our",   "out",   "over", "she",  "so",    "some",
    "than", "that",  "the",   "their", "them", "then", "there", "these",
    "they", "this",  "those", "to",    "up",   "was",  "we",    "were",
    "what", "when",  "which", "who",   "will", "with", "would", "you",
    "your"};

int bc__lex_is_skippable(const char *w, size_t n)
{
  return BC__LEX_IN(skippable, w, n);
}

/* Sorted for bc__lex_in_sorted, lower case: the analyzer's word class of
 * small English function words (pronouns, determiners, auxiliaries,
 * prepositions, conjunctions, a few adverbs). */
static const char *const function_words[] = {
    "a",     "about", "after", "again",   "all",    "also",  "an",     "and",
    "any",   "are",   "as",    "at",      "be",     "been",  "before", "being",
    "but",   "by",    "can",   "could",   "did",    "do",    "does",   "during",
    "each",  "every", "for",   "from",    "had",    "has",   "have",   "he",
    "her",   "here",  "him",   "his",     "how",    "i",     "if",     "in",
    "into",  "is",    "it",    "its",     "just",   "less",  "may",    "me",
    "might", "more",  "most",  "must",    "my",     "no",    "nor",    "not",
    "of",    "off",   "on",    "only",    "onto",   "or",    "our",    "out",
    "over",  "per",   "shall", "she",     "should", "since", "so",     "some",
    "than",  "that",  "the",   "their",   "them",   "then",  "there",  "these",
    "they",  "this",  "those", "through", "to",     "too",   "under",  "until",
    "up",    "us",    "very",  "via",     "was",    "we",    "were",   "what",
    "when",  "where", "which", "while",   "who",    "whom",  "whose",  "why",
    "will",  "with",  "would", "yet",     "you",    "your",
};

int bc__lex_is_function_word(const char *w, size_t n)
{
  return BC__LEX_IN(function_words, w, n);
}

/* Spelled-out cardinals, sorted for find_sorted, and their values. */
static const char *const cardinals[] = {
    "dozen",    "eight",   "eighteen", "eighty", "eleven",    "fifteen",
    "fifty",    "five",    "forty",    "four",   "fourteen",  "nine",
    "nineteen", "ninety",  "one",      "seven",  "seventeen", "seventy",
    "six",      "sixteen", "sixty",    "ten",    "thirteen",  "thirty",
    "three",    "twelve",  "twenty",   "two",    "zero"};
static const signed char cardinal_values[] = {
    12, 8,  18, 80, 11, 15, 50, 5,  40, 4, 14, 9,  19, 90, 1,
    7,  17, 70, 6,  16, 60, 10, 13, 30, 3, 12, 20, 2,  0};
_Static_assert(sizeof cardinals / sizeof cardinals[0] ==
                   sizeof cardinal_values / sizeof cardinal_values[0],
               "one value per cardinal");

int bc__lex_cardinal(const char *w, size_t n)
{
  long k;
  unsigned char c0;
  /* The checker asks about every word of a source: most fail on their
   * length or first letter before any search. */
  if (n < 3 || n > 9)
    return -1;
  c0 = (unsigned char)w[0];
  if (c0 >= 'A' && c0 <= 'Z')
    c0 = (unsigned char)(c0 - 'A' + 'a');
  if (!memchr("defnostz", c0, 8))
    return -1;
  k = find_sorted(cardinals, sizeof cardinals / sizeof cardinals[0], w, n);
  return k < 0 ? -1 : cardinal_values[k];
}
