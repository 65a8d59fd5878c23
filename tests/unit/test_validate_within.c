/* test_validate_within.c - time limits written "within an hour", "within
 * 30 minutes" (check_within.c): a claim's limit against the source's for
 * the same event; the same limit in other words, and limits of other
 * events, pass. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_validate_common.h"

static void within_table(void **state)
{
  static const char ward[] =
      "The nurse said the patient recovered within 30 minutes of receiving "
      "the antidote.\n\nThe hospital must file its report to the regulator "
      "within two weeks, and the family was told within a day.\n";
  static const struct pair_case cases[] = {
      /* another limit for the same event */
      {ward, "2021-05-04",
       "The patient recovered within an hour of receiving the antidote.",
       "within an hour"},
      {ward, "2021-05-04",
       "Its report to the regulator is due within a month, the hospital "
       "said.",
       "within a month"},
      /* the same limit, written otherwise */
      {ward, "2021-05-04",
       "The patient recovered within half an hour of receiving the "
       "antidote.",
       NULL},
      {ward, "2021-05-04",
       "The hospital has to send the regulator its report within 14 days.",
       NULL},
      /* a limit of another event of the source */
      {ward, "2021-05-04", "The family was told within one day.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(within_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
