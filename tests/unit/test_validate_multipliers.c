/* test_validate_multipliers.c - factors of change written as words
 * (check_multipliers.c): a claim's "doubled", "fivefold" or "10-fold"
 * against the source's factor in the same words; faithful paraphrases and
 * other factors of other things pass. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_validate_common.h"

static void multipliers_table(void **state)
{
  static const char seals[] =
      "After the traps were cleared, seal numbers on the reef had increased "
      "tenfold within two years.\n\nThe harbour fee can be tripled to $900 "
      "for ships that dump ballast water.\n\nVisitor numbers doubled over "
      "the same period.\n";
  static const struct pair_case cases[] = {
      /* a verb's plain form after "will", "than": "will more than double";
       * the source's other factor ("three times as fast") is of another
       * thing */
      {"The minority population will more than double by 2050, and it will "
       "grow nearly three times as fast as the rest.\n",
       "2021-05-04",
       "The minority population is set for more than doubling "
       "by 2050.",
       NULL},
      {"The minority population will more than double by 2050, and it will "
       "grow nearly three times as fast as the rest.\n",
       "2021-05-04",
       "The minority population is set for more than quadrupling "
       "by 2050.",
       "quadrupling"},
      /* the factor changed, in the source's words */
      {seals, "2021-05-04",
       "Within two years seal numbers on the reef had increased fivefold.",
       "fivefold"},
      {seals, "2021-05-04",
       "A harbour fee can be doubled for ships that dump ballast water.",
       "doubled"},
      {seals, "2021-05-04",
       "Seal numbers on the reef rose 4-fold after the traps were cleared.",
       "4-fold"},
      /* the same factor, written otherwise */
      {seals, "2021-05-04",
       "Seal numbers on the reef grew 10-fold in two years.", NULL},
      {seals, "2021-05-04",
       "Ships dumping ballast water may see the harbour fee tripled.", NULL},
      /* a factor of another thing the source gives */
      {seals, "2021-05-04", "Visitor numbers doubled too.", NULL},
      /* a blindfold is no factor */
      {seals, "2021-05-04",
       "Seal numbers on the reef had increased tenfold; divers wore a "
       "blindfold.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* Factors of a comparison: "9x", "1-2x", "N times as", "half as much". */
static void multipliers_compared(void **state)
{
  static const char grant[] =
      "Our best guess is that the grant is about ~9x as cost-effective as "
      "cash transfers.\n\nThere is a 40% chance the fund finds a program "
      "that is 1-2x as cost-effective as our current picks.\n\nThe mill "
      "now burns half as much coal as it did in 2009, and its new kiln is "
      "three times as efficient as the old one.\n";
  static const struct pair_case cases[] = {
      /* another factor for the same comparison */
      {grant, "2021-05-04",
       "Best guess: the grant is roughly 12x as cost-effective as cash "
       "transfers.",
       "12x"},
      {grant, "2021-05-04",
       "The fund may find a program 2-3x as cost-effective as the current "
       "picks.",
       "2-3x"},
      {grant, "2021-05-04",
       "The mill burns a third as much coal as it did in 2009.",
       "a third as much"},
      {grant, "2021-05-04",
       "Its new kiln is five times as efficient as the old one.", "five times"},
      /* the same factors, written otherwise */
      {grant, "2021-05-04",
       "The best guess puts the grant at 9x as cost-effective as cash "
       "transfers.",
       NULL},
      {grant, "2021-05-04",
       "The fund might find a program 1-2x as cost-effective as its "
       "current picks.",
       NULL},
      {grant, "2021-05-04",
       "The mill burns half as much coal as in 2009; the new kiln is 3 "
       "times as efficient as the old one.",
       NULL},
      {grant, "2021-05-04",
       "A program one to two times as cost-effective as the current picks "
       "may be found.",
       NULL},
      {grant, "2021-05-04",
       "A program four to five times as cost-effective as the current "
       "picks may be found.",
       "four to five times"},
      /* "twice" as a count is no factor */
      {grant, "2021-05-04",
       "Reviewed twice, the grant is about 9x as cost-effective as cash "
       "transfers.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(multipliers_table),
      cmocka_unit_test(multipliers_compared),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
