/* test_validate_subgroups.c - parts of a whole, "ten of the 18 staffers"
 * (check_subgroups.c): a claim's pair against the source's pair in the
 * same words; the source's own pair, in other words, passes, and so do
 * both its numbers where the source counts the same noun otherwise. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_validate_common.h"

static void subgroups_table(void **state)
{
  static const char ward[] =
      "Seven of the 12 nurses on the night shift at the clinic were agency "
      "staff, the report found.\n\nOn the day shift, three of the 20 nurses "
      "were agency staff.\n";
  static const char fares[] =
      "Skyline offered the most reward seats, 6.5% of 103.1 million seats. "
      "Harbour offered 2.5 of its 10.5 million seats, and 4.5% of its total "
      "19.7 million seats went to the carrier's members. Skyline sold 1,500 "
      "of 2,400 seats.\n";
  static const struct pair_case cases[] = {
      /* the whole moved from another shift */
      {ward, "2021-05-04",
       "The report found seven of the 20 nurses on the night shift at the "
       "clinic were agency staff.",
       "seven of the 20"},
      /* the part changed */
      {ward, "2021-05-04",
       "Five of the 12 nurses on the clinic's night shift were agency staff, "
       "the report found.",
       "Five of the 12"},
      /* the source's pairs, in other words */
      {ward, "2021-05-04",
       "At the clinic, 7 out of 12 night-shift nurses came from an agency.",
       NULL},
      {ward, "2021-05-04",
       "On the night shift seven of the 12 nurses were agency staff; on the "
       "day shift, three of the 20.",
       NULL},
      /* decimals and percentages are no parts of a whole: "5 of 19" is
       * not read out of "4.5% of its 19.7 million" */
      {fares, "2015-04-28",
       "The carrier offered 4.5% of its 19.7 million seats as award tickets.",
       NULL},
      {fares, "2015-04-28",
       "Harbour offered 2.5 of its 10.5 million seats, Skyline 1,500 of 2,400.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(subgroups_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
