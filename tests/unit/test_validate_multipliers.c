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

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(multipliers_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
