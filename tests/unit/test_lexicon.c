/* test_lexicon.c - the shared word lists (util/lexicon.c): the sorted-list
 * lookup at its edges, every skippable word found and near misses not, and
 * the spelled-out cardinals. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "util/change_words.h"
#include "util/lexicon.h"

static void in_sorted_edges(void **state)
{
  static const char *const list[] = {"and", "at", "the", "to"};
  static const struct {
    const char *w;
    size_t n; /* 0: strlen */
    int in;
  } cases[] = {
      {"and", 0, 1},  {"AND", 0, 1},      {"To", 0, 1}, {"at", 0, 1},
      {"an", 0, 0},   {"ands", 0, 0},     {"a", 0, 0},  {"", 0, 0},
      {"them", 0, 0}, {"then", 3, 1}, /* "the" of "then" */
      {"zz", 0, 0},   {"\xc3\xa0", 0, 0},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t n = cases[i].n ? cases[i].n : strlen(cases[i].w);
    if (BC__LEX_IN(list, cases[i].w, n) != cases[i].in)
      fail_msg("'%.*s': expected %d", (int)n, cases[i].w, cases[i].in);
  }
  assert_int_equal(bc__lex_in_sorted(list, 0, "and", 3), 0);
}

static void skippable_words(void **state)
{
  /* The whole list, in order: a word out of order would be missed. */
  static const char *const all[] = {
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
  static const char *const not_in[] = {"objective", "key", "service", "de",
                                       "la",        "x",   "thee",    "ab",
                                       "yours",     "",    "Level"};
  size_t i;
  (void)state;
  for (i = 0; i < sizeof all / sizeof all[0]; i++) {
    assert_true(bc__lex_is_skippable(all[i], strlen(all[i])));
    if (i > 0)
      assert_true(strcmp(all[i - 1], all[i]) < 0);
  }
  assert_true(bc__lex_is_skippable("The", 3));
  assert_true(bc__lex_is_skippable("WITH", 4));
  for (i = 0; i < sizeof not_in / sizeof not_in[0]; i++)
    assert_false(bc__lex_is_skippable(not_in[i], strlen(not_in[i])));
}

static void function_words(void **state)
{
  /* Every skippable word but "one" is a function word too, so the checker
   * and the analyzer never disagree about what an acronym may skip. */
  static const char *const skippable_but_one[] = {
      "a", "about", "and", "are", "be", "of", "the", "with", "would", "your"};
  static const char *const more[] = {"through", "whose",  "via",  "onto",
                                     "until",   "should", "Those"};
  static const char *const not_in[] = {"one", "dozen",    "expectations",
                                       "th",  "througho", ""};
  size_t i;
  (void)state;
  for (i = 0; i < sizeof skippable_but_one / sizeof skippable_but_one[0]; i++)
    assert_true(bc__lex_is_function_word(skippable_but_one[i],
                                         strlen(skippable_but_one[i])));
  for (i = 0; i < sizeof more / sizeof more[0]; i++)
    assert_true(bc__lex_is_function_word(more[i], strlen(more[i])));
  for (i = 0; i < sizeof not_in / sizeof not_in[0]; i++)
    assert_false(bc__lex_is_function_word(not_in[i], strlen(not_in[i])));
}

static void cardinals(void **state)
{
  static const char *const ones[] = {
      "zero",    "one",     "two",       "three",    "four",
      "five",    "six",     "seven",     "eight",    "nine",
      "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static const char *const tens[] = {"twenty", "thirty",  "forty",  "fifty",
                                     "sixty",  "seventy", "eighty", "ninety"};
  static const struct {
    const char *w;
    int v;
  } cases[] = {
      {"zero", 0},     {"one", 1},        {"Ten", 10},    {"fifteen", 15},
      {"TWENTY", 20},  {"thirty", 30},    {"ninety", 90}, {"dozen", 12},
      {"hundred", -1}, {"twentyone", -1}, {"on", -1},     {"", -1},
      {"first", -1},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof ones / sizeof ones[0]; i++)
    assert_int_equal(bc__lex_cardinal(ones[i], strlen(ones[i])), (int)i);
  for (i = 0; i < sizeof tens / sizeof tens[0]; i++)
    assert_int_equal(bc__lex_cardinal(tens[i], strlen(tens[i])),
                     (int)(20 + 10 * i));
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
    if (bc__lex_cardinal(cases[i].w, strlen(cases[i].w)) != cases[i].v)
      fail_msg("'%s': expected %d", cases[i].w, cases[i].v);
}

/* The words of change (util/change_words.c): a word from each stretch of
 * the sorted table, so that one out of order is missed; verbs and nouns
 * apart; case-blind; words near them that say no change. */
static void change_words(void **state)
{
  static const struct {
    const char *w;
    int verb, noun;
  } cases[] = {
      {"accelerated", 1, 0},
      {"added", 1, 0},
      {"boost", 1, 1},
      {"climbed", 1, 0},
      {"cut", -1, -1},
      {"decline", -1, -1},
      {"deficit", 0, -1},
      {"down", -1, 0},
      {"dropped", -1, 0},
      {"earnings", 0, 1},
      {"Fell", -1, 0},
      {"gained", 1, 0},
      {"growth", 0, 1},
      {"higher", 1, 0},
      {"INCREASED", 1, 0},
      {"jumped", 1, 0},
      {"loss", 0, -1},
      {"lower", -1, 0},
      {"narrowed", -1, 0},
      {"plunged", -1, 0},
      {"profit", 0, 1},
      {"reduction", 0, -1},
      {"rise", 1, 1},
      {"rose", 1, 0},
      {"sank", -1, 0},
      {"slipped", -1, 0},
      {"soared", 1, 0},
      {"surplus", 0, 1},
      {"tumbled", -1, 0},
      {"up", 1, 0},
      {"widened", 1, 0},
      {"won", 1, 0},
      {"writedown", 0, -1},
      {"ros", 0, 0},
      {"rosen", 0, 0},
      {"made", 0, 0},
      {"", 0, 0},
      {"a", 0, 0},
      {"zzz", 0, 0},
      {"accelerateddd", 0, 0},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t n = strlen(cases[i].w);
    if (bc__change_verb_dir(cases[i].w, n) != cases[i].verb ||
        bc__change_noun_dir(cases[i].w, n) != cases[i].noun)
      fail_msg("'%s': expected %d/%d, got %d/%d", cases[i].w, cases[i].verb,
               cases[i].noun, bc__change_verb_dir(cases[i].w, n),
               bc__change_noun_dir(cases[i].w, n));
  }
  /* A level moved, or something earned or won. */
  assert_int_equal(bc__change_level_dir("declined", 8), -1);
  assert_int_equal(bc__change_level_dir("Rose", 4), 1);
  assert_int_equal(bc__change_level_dir("earned", 6), 0);
  assert_int_equal(bc__change_level_dir("won", 3), 0);
  assert_int_equal(bc__change_verb_dir("won", 3), 1);
  /* "rose" inside "roses": only the length given counts. */
  assert_int_equal(bc__change_verb_dir("roses", 4), 1);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(in_sorted_edges), cmocka_unit_test(skippable_words),
      cmocka_unit_test(function_words),  cmocka_unit_test(cardinals),
      cmocka_unit_test(change_words),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
