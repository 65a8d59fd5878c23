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

/* Spans read after "by" and "more than", and lengths written as one
 * word: each against the source's span of the same sort. */
static void within_spans(void **state)
{
  static const char clinic[] =
      "Her cough eased within a week, and by six months she was breathing "
      "normally again.\n\nThe pumps at the plant ran without a pause for "
      "more than a year before the first repair.\n\nThe two ministers met "
      "for an hourlong interview on the evening news, and a three-month "
      "review of the treaty followed.\n";
  static const struct pair_case cases[] = {
      /* another span of the same sort for the same event */
      {clinic, "2021-05-04",
       "By three months she was breathing normally again.", "By three months"},
      {clinic, "2021-05-04",
       "The plant's pumps ran without a pause for more than a month before "
       "the first repair.",
       "more than a month"},
      {clinic, "2021-05-04",
       "The ministers met for a half-hour interview on the evening news.",
       "half-hour"},
      /* the same spans, written otherwise */
      {clinic, "2021-05-04",
       "She was breathing normally again by 6 months; her cough had eased "
       "within a week.",
       NULL},
      {clinic, "2021-05-04",
       "The ministers met for an hour-long interview on the evening news.",
       NULL},
      {clinic, "2021-05-04",
       "The plant's pumps ran without a pause for more than 12 months "
       "before the first repair.",
       NULL},
      /* "N-month" names a thing as often as a span: not read */
      {clinic, "2021-05-04",
       "The ministers met for an hour-long interview; a three-month review "
       "of the treaty followed, like the earlier six-month review.",
       NULL},
      /* a bound is no limit: another sort of span is not compared */
      {clinic, "2021-05-04",
       "Her cough eased in more than a day, and she was breathing normally "
       "again later.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A sentence holding two spans: each is weighed by the words of its own
 * clause, so a span stated where those words are is not held against the
 * other span's statement, whose words the whole sentence shares more. */
static void within_two_clauses(void **state)
{
  static const char race[] =
      "But the former judge is keen to win their attention - and their "
      "votes.\n\nOpening her campaign for mayor less than three months before "
      "the city primary, Ortiz is wagering that she can win over a wide "
      "group of residents.\n\nClaiming that residents are only now starting "
      "to tune in, with the first ballots less than 100 days away, Ortiz has "
      "said she will be seen when the public is really paying attention.\n";
  static const struct pair_case cases[] = {
      {race, "2021-05-04",
       "She opened her campaign less than three months before the city "
       "primary, and she argues that residents are only now starting to pay "
       "attention, with the first ballots less than 100 days away.",
       NULL},
      {race, "2021-05-04",
       "She opened her campaign less than three months before the city "
       "primary, and she argues that residents are only now starting to pay "
       "attention, with the first ballots less than 200 days away.",
       "less than 200 days"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(within_table),
      cmocka_unit_test(within_spans),
      cmocka_unit_test(within_two_clauses),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
