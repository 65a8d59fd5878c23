/* test_validate_numbers.c - the number checker (check_numbers.c and
 * check_ratios.c): when two quantities are the same, and small sources
 * against one-line summaries (ratios, ranges, rounded values, counts). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/facts.h"
#include "briefcast/validate.h"
#include "validate/validate_internal.h"
#include "test_validate_common.h"

static void numbers_table(void **state)
{
  static const struct {
    double c, c_hi;
    const char *cu;
    int c_approx;
    double s, s_hi;
    const char *su;
    int s_approx;
    int same;
  } cases[] = {
      {2.5, 2.5, "years", 0, 2.5, 2.5, "years", 1, 1}, /* two and a half */
      {30, 30, "months", 0, 2.5, 2.5, "years", 0, 1},  /* same duration */
      {18, 18, "months", 0, 1.5, 1.5, "years", 0, 1},
      {120000, 120000, "", 0, 120000, 120000, "customers", 1, 1},
      {3, 5, "seconds", 0, 3, 5, "seconds", 1, 1}, /* 3 to 5 / ±3-5 */
      {2300000, 2300000, "", 1, 2312000, 2312000, "requests", 0, 1},
      {2300000, 2300000, "", 0, 2312000, 2312000, "", 0, 1}, /* rounding */
      {0.5, 0.5, "", 1, 50, 50, "%", 0, 1},                  /* half */
      {5, 5, "months", 0, 5, 5, "years", 0, 0},
      {150000, 150000, "employees", 0, 120000, 120000, "employees", 0, 0},
      {25, 25, "minutes", 0, 35, 35, "minutes", 0, 0},
      {2, 2, "million", 0, 2.3, 2.3, "million", 0, 0}, /* 1 digit, exact */
      {27, 27, "%", 0, 72, 72, "%", 0, 0},
      {14000, 14000, "handwritten pages", 0, 14000, 14000, "pages", 0, 1},
      {5, 5, "USD", 0, 5, 5, "EUR", 0, 0},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_number_fact c, s;
    memset(&c, 0, sizeof c);
    memset(&s, 0, sizeof s);
    c.value = cases[i].c;
    c.value_hi = cases[i].c_hi;
    c.unit = (char *)cases[i].cu;
    c.approx = cases[i].c_approx;
    s.value = cases[i].s;
    s.value_hi = cases[i].s_hi;
    s.unit = (char *)cases[i].su;
    s.approx = cases[i].s_approx;
    if (bc__validate_numbers_equiv(&c, &s) != cases[i].same)
      fail_msg("case %zu: %g %s vs %g %s: expected %d", i, cases[i].c,
               cases[i].cu, cases[i].s, cases[i].su, cases[i].same);
  }
  assert_int_equal(bc__validate_sig_digits(2300000), 2);
  assert_int_equal(bc__validate_sig_digits(4.5), 2);
  assert_int_equal(bc__validate_sig_digits(120000), 2);
  assert_int_equal(bc__validate_sig_digits(2312000), 4);
}

/* Small sources checked against one-line summaries. */
static void source_summary_table(void **state)
{
  static const struct pair_case cases[] = {
      /* Ratios: part for part; one part as a percentage is faithful. */
      {"We keep a 70/20/10 split of stocks, bonds and cash.", NULL,
       "They keep 70% in stocks, 20% in bonds and 10% cash.", NULL},
      {"We keep a 70/20/10 split of stocks, bonds and cash.", NULL,
       "Their split is seventy-twenty-ten.", NULL},
      {"We keep a 70/20/10 split of stocks, bonds and cash.", NULL,
       "Their split is 70/15/15 across stocks, bonds and cash.", "70/15/15"},
      {"We keep a 70/20/10 split of stocks, bonds and cash.", NULL,
       "Their split is sixty-thirty-ten.", "sixty-thirty-ten"},
      /* A range end matched only by a rounded number of something else. */
      {"We bake 140 loaves a day instead of 80. We gave away 412 buns.", NULL,
       "They went from 80 to 410 loaves a day.", "80 to 410 loaves"},
      {"We bake 140 loaves a day instead of 80.", NULL,
       "They went from 80 to 140 loaves a day.", NULL},
      /* "between X and Y" is one range. */
      {"Estimates of the losses range from 20,000 to 40,000 sheep.", NULL,
       "Between 20,000 and 45,000 sheep were lost.", "20,000 and 45,000"},
      {"Estimates of the losses range from 20,000 to 40,000 sheep.", NULL,
       "Between 20,000 and 40,000 sheep were lost.", NULL},
      {"Visits run between 2 pm and 4 pm on weekdays.", NULL,
       "Visits run between 2 and 4 pm on weekdays.", NULL},
      /* Percentage points. */
      {"We rebalance when a class drifts ±2-4 percentage points.", NULL,
       "They rebalance within a 2-4 point band.", NULL},
      /* One count of a noun in the source, another value in the summary. */
      {"The choir was founded by 12 singers in a church hall. Today it has "
       "about 300 members and sings twice a month.",
       NULL, "The choir now has about 3,000 members.", "3,000 members"},
      {"The choir was founded by 12 singers in a church hall. Today it has "
       "about 300 members and sings twice a month.",
       NULL, "The choir now has about 300 members.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(numbers_table),
      cmocka_unit_test(source_summary_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
