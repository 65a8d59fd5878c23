/* test_analyze_numbers.c - numbers with what they count: digits, separators,
 * decimals, words, scales, currencies, approximations, ranges, percentages,
 * ratios, multipliers and ordinals; and what must not be a number. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_analyze_common.h"

struct num_case {
  const char *text;
  const char *span;
  double value, value_hi;
  const char *unit;
  int approx, ordinal;
};

static const struct num_case cases[] = {
    {"It took 4.5 years to finish.", "4.5 years", 4.5, 4.5, "years", 0, 0},
    {"We have 290000+ employees now.", "290000+ employees", 290000, 290000,
     "employees", 1, 0},
    {"We have 120,000+ employees now.", "120,000+ employees", 120000, 120000,
     "employees", 1, 0},
    {"There are 1,234,567 users.", "1,234,567 users", 1234567, 1234567, "users",
     0, 0},
    {"Some 2.3 million people came.", "2.3 million people", 2.3e6, 2.3e6,
     "people", 1, 0},
    {"We store 1.5M rows.", "1.5M rows", 1.5e6, 1.5e6, "rows", 0, 0},
    {"We hired 20k engineers.", "20k engineers", 20e3, 20e3, "engineers", 0, 0},
    {"A ticket costs $20 today.", "$20", 20, 20, "USD", 0, 0},
    {"They raised €3.5 billion last round.", "€3.5 billion", 3.5e9, 3.5e9,
     "EUR", 0, 0},
    {"It sold for £12 in London.", "£12", 12, 12, "GBP", 0, 0},
    {"Teams of 40-60 people work here.", "40-60 people", 40, 60, "people", 0,
     0},
    {"Teams of 40–60 people work here.", "40–60 people", 40, 60, "people", 0,
     0},
    {"It takes 3 to 5 days.", "3 to 5 days", 3, 5, "days", 0, 0},
    {"Expect ±3-5 points of drift.", "±3-5 points", 3, 5, "points", 1, 0},
    {"Growth was 12.5% this year.", "12.5%", 12.5, 12.5, "%", 0, 0},
    {"Growth was 12 percent this year.", "12 percent", 12, 12, "percent", 0, 0},
    {"Margins of 40-60% are normal.", "40-60%", 40, 60, "%", 0, 0},
    {"Use a 60/30/10 split.", "60/30/10", 60, 60, "ratio", 0, 0},
    {"It is 5X faster.", "5X", 5, 5, "X", 0, 0},
    {"It is 5x faster.", "5x", 5, 5, "x", 0, 0},
    {"It is four times faster.", "four times", 4, 4, "times", 0, 0},
    {"It is twice as fast.", "twice", 2, 2, "x", 0, 0},
    {"It took two and a half years.", "two and a half years", 2.5, 2.5, "years",
     0, 0},
    {"Buy a dozen eggs.", "a dozen eggs", 12, 12, "eggs", 0, 0},
    {"It closed at four hundred and twelve thousand dollars.",
     "four hundred and twelve thousand dollars", 412000, 412000, "USD", 0, 0},
    {"The plan costs one point two billion euros.",
     "one point two billion euros", 1.2e9, 1.2e9, "EUR", 0, 0},
    {"Work from two hundred eighty-seven contributors.",
     "two hundred eighty-seven contributors", 287, 287, "contributors", 0, 0},
    {"They hired six hundred and fifty specialists.",
     "six hundred and fifty specialists", 650, 650, "specialists", 0, 0},
    {"It fell to eighteen hundred and forty dollars.",
     "eighteen hundred and forty dollars", 1840, 1840, "USD", 0, 0},
    {"It cost fourteen point six million pounds.",
     "fourteen point six million pounds", 14.6e6, 14.6e6, "GBP", 0, 0},
    {"The rye is three pounds twenty a loaf.", "three pounds twenty", 3.2, 3.2,
     "GBP", 0, 0},
    {"It went from nine minutes fifty-two down.", "nine minutes", 9, 9,
     "minutes", 0, 0},
    {"From eighty to a hundred and forty loaves.",
     "eighty to a hundred and forty loaves", 80, 140, "loaves", 0, 0},
    {"We hired twenty-five engineers.", "twenty-five engineers", 25, 25,
     "engineers", 0, 0},
    {"We hired three engineers.", "three engineers", 3, 3, "engineers", 0, 0},
    {"About 40 people came.", "40 people", 40, 40, "people", 1, 0},
    {"More than 100 cases were seen.", "100 cases", 100, 100, "cases", 1, 0},
    {"Latency is 100ms at p50.", "100ms", 100, 100, "ms", 0, 0},
    {"We had 2019 employees at the peak.", "2019 employees", 2019, 2019,
     "employees", 0, 0},
    {"The bill was $2019 in total.", "$2019", 2019, 2019, "USD", 0, 0},
    {"Half, or 1/2, agreed.", "1/2", 0.5, 0.5, "", 0, 0},
    {"It cost $1.2 billion.", "$1.2 billion", 1.2e9, 1.2e9, "USD", 0, 0},
    {"Over 300 GPUs were used.", "300 GPUs", 300, 300, "GPUs", 1, 0},
    {"It took two years and six months.", "two years and six months", 2.5, 2.5,
     "years", 0, 0},
    {"It took one year.", "one year", 1, 1, "year", 0, 0},
    {"He played for 8½ hours.", "8½ hours", 8.5, 8.5, "hours", 0, 0},
    {"A 31-hour outage followed.", "31-hour", 31, 31, "hour", 0, 0},
    {"The move cost 3.4 million euros.", "3.4 million euros", 3.4e6, 3.4e6,
     "EUR", 0, 0},
    {"The move cost €3.4m in total.", "€3.4m", 3.4e6, 3.4e6, "EUR", 0, 0},
    {"They paid 20 dollars each.", "20 dollars", 20, 20, "USD", 0, 0},
    {"About two thirds of users stayed.", "two thirds", 2.0 / 3, 2.0 / 3, "", 1,
     0},
    {"A quarter of the staff left.", "A quarter", 0.25, 0.25, "", 0, 0},
    {"Roughly one half agreed.", "one half", 0.5, 0.5, "", 1, 0},
    {"It took 1 year and 3 months.", "1 year and 3 months", 1.25, 1.25, "year",
     0, 0},
};

/* Texts in which no number may be found. */
static const char *const no_numbers[] = {
    "We run K8s on COVID-19 era hardware.",
    "Version 3.11.2 shipped at 10:30 sharp.",
    "Released on 2021-02-17 and on 3 March 2019.",
    "In 2019 we moved; the 1990s were different.",
    "One of them left.",
    "Two of us agreed.",
    "It is a one-off.",
    "They help one another, as one thinks they should.",
    "Attitudes change slowly. [1] Economies follow.",
};

static void numbers_table(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const struct num_case *c = &cases[i];
    struct bc_facts *f = analyze(c->text, NULL);
    const struct bc_number_fact *n = NULL;
    assert_non_null(f);
    for (k = 0; k < f->n_numbers; k++)
      if (span_is(c->text, f->numbers[k].span, c->span))
        n = &f->numbers[k];
    if (!n || !bc__analyze_number_equal(n->value, c->value) ||
        !bc__analyze_number_equal(n->value_hi, c->value_hi) ||
        strcmp(n->unit, c->unit) != 0 || n->approx != c->approx ||
        n->ordinal != c->ordinal) {
      fprintf(stderr, "case %zu: '%s' want '%s'\n", i, c->text, c->span);
      for (k = 0; k < f->n_numbers; k++) {
        fprintf(stderr, "  got %g..%g unit '%s' approx %d ord %d",
                f->numbers[k].value, f->numbers[k].value_hi, f->numbers[k].unit,
                f->numbers[k].approx, f->numbers[k].ordinal);
        print_span("span", c->text, f->numbers[k].span);
      }
    }
    assert_non_null(n);
    assert_true(bc__analyze_number_equal(n->value, c->value));
    assert_true(bc__analyze_number_equal(n->value_hi, c->value_hi));
    assert_string_equal(n->unit, c->unit);
    assert_int_equal(n->approx, c->approx);
    assert_int_equal(n->ordinal, c->ordinal);
    bc_facts_free(f);
  }
}

static void numbers_negatives(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof no_numbers / sizeof no_numbers[0]; i++) {
    struct bc_facts *f = analyze(no_numbers[i], NULL);
    assert_non_null(f);
    if (f->n_numbers) {
      fprintf(stderr, "case '%s':\n", no_numbers[i]);
      for (k = 0; k < f->n_numbers; k++)
        print_span("number", no_numbers[i], f->numbers[k].span);
    }
    assert_int_equal(f->n_numbers, 0);
    bc_facts_free(f);
  }
}

static void number_equality(void **state)
{
  (void)state;
  assert_true(bc__analyze_number_equal(2.3e6, 2300000));
  assert_true(bc__analyze_number_equal(0.1 + 0.2, 0.3));
  assert_false(bc__analyze_number_equal(4.5, 4.6));
  assert_false(bc__analyze_number_equal(2019, 2020));
  assert_true(bc__analyze_number_equal(0, 0));
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(numbers_table),
      cmocka_unit_test(numbers_negatives),
      cmocka_unit_test(number_equality),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
