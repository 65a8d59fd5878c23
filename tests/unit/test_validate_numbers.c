/* test_validate_numbers.c - the number checker (check_numbers.c and
 * check_ratios.c): when two quantities are the same (units, signs, bounds,
 * approximations, tolerances, percentage points), small sources against
 * one-line summaries (what counts the same thing, faithful paraphrases,
 * ordinals, ratios, ranges, rounded values), the repairs it offers, and
 * the numbers of the fact sheet an LLM is given. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/facts.h"
#include "briefcast/validate.h"
#include "summarize/llm.h"
#include "validate/validate_internal.h"
#include "test_validate_common.h"

/* One side of an equivalence case: value, high end, unit, count (1: the
 * unit is the counted noun), approx, bound, tolerance. */
struct q {
  double v, hi;
  const char *unit;
  int count, approx, bound;
  double tol;
};

static void numbers_table(void **state)
{
  static const struct {
    struct q c, s;
    int same;
    const char *why;
  } cases[] = {
      {{2.5, 2.5, "years", 0, 0, 0, 0},
       {2.5, 2.5, "years", 0, 1, 0, 0},
       1,
       "two and a half years"},
      {{6000, 6000, "volunteers", 1, 1, 0, 0},
       {6500, 6500, "volunteers", 1, 1, 0, 0},
       0,
       "about 6,000 for about 6,500, which rounds to 7,000"},
      {{7000, 7000, "volunteers", 1, 1, 0, 0},
       {6500, 6500, "volunteers", 1, 1, 0, 0},
       1,
       "about 7,000 for about 6,500"},
      {{6000, 6000, "volunteers", 1, 1, 0, 0},
       {6200, 6200, "volunteers", 1, 0, 0, 0},
       1,
       "about 6,000 for 6,200"},
      {{100, 100, "volunteers", 1, 1, 0, 0},
       {94, 94, "volunteers", 1, 0, 0, 0},
       1,
       "about 100 for 94, rounded to the claim's hundreds"},
      {{30, 30, "months", 0, 0, 0, 0},
       {2.5, 2.5, "years", 0, 0, 0, 0},
       1,
       "the same duration"},
      {{18, 18, "months", 0, 0, 0, 0},
       {1.5, 1.5, "years", 0, 0, 0, 0},
       1,
       "a year and a half"},
      {{120000, 120000, "", 0, 0, 0, 0},
       {120000, 120000, "customers", 1, 1, 1, 0},
       1,
       "120,000+ customers"},
      {{120000, 120000, "customers", 1, 0, 0, 0},
       {120000, 120000, "customers", 1, 1, 1, 0},
       1,
       "the + dropped"},
      {{3, 5, "seconds", 0, 0, 0, 0},
       {3, 5, "seconds", 0, 1, 0, 0},
       1,
       "3 to 5"},
      {{2300000, 2300000, "", 0, 1, 0, 0},
       {2312000, 2312000, "requests", 1, 0, 0, 0},
       1,
       "about 2.3 million"},
      {{2300000, 2300000, "", 0, 0, 0, 0},
       {2312000, 2312000, "", 0, 0, 0, 0},
       1,
       "rounding"},
      {{2300000, 2300000, "users", 1, 0, 0, 0},
       {2300000, 2300000, "users", 1, 0, 0, 0},
       1,
       "2.3 million for 2,300,000"},
      {{0.5, 0.5, "", 0, 1, 0, 0}, {50, 50, "%", 0, 0, 0, 0}, 1, "half"},
      {{12, 12, "eggs", 1, 0, 0, 0},
       {12, 12, "eggs", 1, 0, 0, 0},
       1,
       "a dozen"},
      {{4, 6, "sessions", 1, 0, 0, 0},
       {4, 6, "sessions", 1, 0, 0, 0},
       1,
       "four to six sessions"},
      {{300, 300, "engineers", 1, 1, 0, 0},
       {290, 290, "engineers", 1, 0, 0, 0},
       1,
       "nearly 300 engineers"},
      {{5, 5, "months", 0, 0, 0, 0},
       {5, 5, "years", 0, 0, 0, 0},
       0,
       "months are not years"},
      {{150000, 150000, "employees", 1, 0, 0, 0},
       {120000, 120000, "employees", 1, 0, 0, 0},
       0,
       "another count"},
      {{25, 25, "minutes", 0, 0, 0, 0},
       {35, 35, "minutes", 0, 0, 0, 0},
       0,
       "another duration"},
      {{2, 2, "million", 0, 0, 0, 0},
       {2.3, 2.3, "million", 0, 0, 0, 0},
       0,
       "one digit, exact"},
      {{27, 27, "%", 0, 0, 0, 0}, {72, 72, "%", 0, 0, 0, 0}, 0, "digits"},
      {{14000, 14000, "handwritten pages", 1, 0, 0, 0},
       {14000, 14000, "pages", 1, 0, 0, 0},
       1,
       "nouns vary: the value decides"},
      {{5, 5, "USD", 0, 0, 0, 0}, {5, 5, "EUR", 0, 0, 0, 0}, 0, "currencies"},
      {{13.5e6, 13.5e6, "EUR", 0, 0, 0, 0},
       {13550830.56, 13550830.56, "EUR", 0, 0, 0, 0},
       1,
       "an exact sum cut short to three digits"},
      {{13.4e6, 13.4e6, "EUR", 0, 0, 0, 0},
       {13550830.56, 13550830.56, "EUR", 0, 0, 0, 0},
       0,
       "a wrong third digit"},
      {{13.6e6, 13.6e6, "EUR", 0, 0, 0, 0},
       {13.55e6, 13.55e6, "EUR", 0, 0, 0, 0},
       1,
       "rounded up"},
      {{24, 24, "%", 0, 0, 0, 0},
       {24.9, 24.9, "%", 0, 0, 0, 0},
       0,
       "two digits are never cut short"},
      /* Signs. */
      {{4, 4, "\302\260C", 0, 0, 0, 0},
       {-4, -4, "\302\260C", 0, 0, 0, 0},
       0,
       "a lost minus sign"},
      {{-4, -4, "degrees", 0, 0, 0, 0},
       {-4, -4, "\302\260C", 0, 0, 0, 0},
       1,
       "minus 4 degrees"},
      {{-2, -7, "\xe2\x80\xb0", 0, 0, 0, 0},
       {-7, -2, "\xe2\x80\xb0", 0, 0, 0, 0},
       0,
       "a range is low to high"},
      /* Units of measurement. */
      {{7200, 7200, "K", 0, 0, 0, 0},
       {7200, 7200, "\302\260C", 0, 0, 0, 0},
       0,
       "kelvin is not celsius"},
      {{25, 25, "\302\260F", 0, 0, 0, 0},
       {-4, -4, "\302\260C", 0, 0, 0, 0},
       1,
       "converted, rounded"},
      {{30, 30, "\302\260F", 0, 0, 0, 0},
       {-4, -4, "\302\260C", 0, 0, 0, 0},
       0,
       "converted wrongly"},
      {{5, 5, "km", 0, 0, 0, 0},
       {5000, 5000, "metres", 0, 0, 0, 0},
       1,
       "kilometres"},
      {{2890, 2890, "MB/s", 0, 0, 0, 0},
       {2890, 2890, "megabytes per second", 0, 0, 0, 0},
       1,
       "a rate abbreviated or spelled out"},
      {{2890, 2890, "GB/s", 0, 0, 0, 0},
       {2890, 2890, "megabytes per second", 0, 0, 0, 0},
       0,
       "a rate of another scale"},
      {{3, 3, "metres per second", 0, 0, 0, 0},
       {3, 3, "m/min", 0, 0, 0, 0},
       0,
       "a rate over another time"},
      {{5, 5, "km", 0, 0, 0, 0}, {5, 5, "miles", 0, 0, 0, 0}, 0, "miles"},
      {{4.8, 4.8, "PB", 0, 0, 0, 0},
       {4.8, 4.8, "petabytes", 0, 0, 0, 0},
       1,
       "a symbol for a word"},
      {{250, 250, "gigabytes", 0, 1, -1, 0},
       {250, 250, "GB per team", 0, 0, 0, 0},
       1,
       "an amount shared out"},
      {{250, 250, "mg/L", 0, 0, 0, 0},
       {250, 250, "mg/dL", 0, 0, 0, 0},
       0,
       "units the table does not know, compared as written"},
      /* Percentages and percentage points. */
      {{3, 3, "percentage points", 0, 0, 0, 0},
       {3, 3, "%", 0, 0, 0, 0},
       1,
       "points"},
      {{3, 3, "points", 0, 0, 0, 0}, {3, 3, "pp", 0, 0, 0, 0}, 1, "pp"},
      {{0.5, 0.5, "percentage points", 0, 0, 0, 0},
       {50, 50, "basis points", 0, 0, 0, 0},
       1,
       "basis points"},
      {{5, 5, "wt%", 0, 0, 0, 0}, {5, 5, "%", 0, 0, 0, 0}, 1, "wt%"},
      {{5, 5, "wt.%", 0, 0, 0, 0},
       {5, 5, "vol%", 0, 0, 0, 0},
       0,
       "mass is not volume"},
      {{36, 36, "points", 1, 0, 0, 0},
       {36, 36, "%", 0, 0, 0, 0},
       0,
       "points scored are counted"},
      /* Bounds. */
      {{300, 300, "", 0, 1, 1, 0},
       {312, 312, "", 0, 0, 0, 0},
       1,
       "over 300 for 312"},
      {{300, 300, "", 0, 1, 1, 0},
       {250, 250, "", 0, 0, 0, 0},
       0,
       "over 300 for 250"},
      {{300, 300, "", 0, 1, 1, 0},
       {450, 450, "", 0, 0, 0, 0},
       0,
       "over 300 for 450: a writer says over 400"},
      {{75, 75, "%", 0, 1, 1, 0},
       {77.8, 77.8, "%", 0, 0, 0, 0},
       1,
       "more than 75%"},
      {{14, 14, "people", 1, 1, 1, 0},
       {16, 16, "people", 1, 0, 0, 0},
       0,
       "at least 14 for 16"},
      {{200, 200, "people", 1, 1, 1, 0},
       {210, 210, "people", 1, 1, 1, 0},
       1,
       "more than 200 for more than 210"},
      {{300, 300, "people", 1, 1, 1, 0},
       {200, 200, "people", 1, 1, 1, 0},
       0,
       "300+ for more than 200"},
      {{300, 300, "people", 1, 1, 1, 0},
       {250, 300, "engineers", 1, 0, 0, 0},
       0,
       "300+ for 250-300"},
      {{200, 200, "engineers", 1, 1, 1, 0},
       {250, 300, "engineers", 1, 0, 0, 0},
       1,
       "over 200 for 250-300"},
      {{5, 5, "hours", 0, 1, 1, 0},
       {5, 5, "hours", 0, 1, -1, 0},
       0,
       "at least 5 is not at most 5"},
      {{5, 5, "hours", 0, 1, -1, 0},
       {5, 5, "hours", 0, 1, -1, 0},
       1,
       "at most 5 twice"},
      {{4, 4, "days", 0, 1, -1, 0},
       {48, 48, "hours", 0, 1, -1, 0},
       0,
       "within four days for within 48 hours"},
      {{2, 2, "days", 0, 1, -1, 0},
       {48, 48, "hours", 0, 1, -1, 0},
       1,
       "within two days for within 48 hours"},
      {{250, 250, "GB", 0, 1, -1, 0},
       {100, 250, "GB", 0, 0, 0, 0},
       1,
       "up to 250 for 100 to 250"},
      {{2, 2, "decades", 0, 1, 1, 0},
       {22, 22, "years", 0, 0, 0, 0},
       1,
       "more than two decades for 22 years"},
      /* Approximations. */
      {{300, 300, "", 0, 1, 0, 0},
       {312, 312, "", 0, 0, 0, 0},
       1,
       "about 300 for 312"},
      {{300, 300, "", 0, 1, 0, 0},
       {250, 250, "", 0, 0, 0, 0},
       0,
       "about 300 for 250"},
      {{300, 300, "", 0, 0, 0, 0},
       {312, 312, "", 0, 0, 0, 0},
       0,
       "300 for 312 without about"},
      /* An approximate source is no ground for a more precise claim. */
      {{38, 38, "%", 0, 0, 0, 0},
       {40, 40, "%", 0, 1, 0, 0},
       0,
       "38% for about 40%"},
      {{38, 38, "%", 0, 1, 0, 0},
       {40, 40, "%", 0, 1, 0, 0},
       1,
       "nearly 38% for about 40%"},
      {{300, 300, "", 0, 0, 0, 0},
       {310, 310, "", 0, 1, 0, 0},
       1,
       "300 for about 310"},
      /* Tolerances: the centres, and two tolerances must agree. */
      {{69, 69, "\xc2\xb0", 0, 1, 0, 3},
       {69, 69, "\xc2\xb0", 0, 0, 0, 0},
       1,
       "69 ± 3° for 69°"},
      {{69, 69, "\xc2\xb0", 0, 0, 0, 0},
       {69, 69, "\xc2\xb0", 0, 1, 0, 3},
       1,
       "69° for 69 ± 3°"},
      {{70, 70, "\xc2\xb0", 0, 0, 0, 0},
       {69, 69, "\xc2\xb0", 0, 1, 0, 3},
       0,
       "inside the tolerance is not the value"},
      {{69, 69, "\xc2\xb0", 0, 1, 0, 5},
       {69, 69, "\xc2\xb0", 0, 1, 0, 3},
       0,
       "another tolerance"},
      {{25, 30, "times", 0, 0, 0, 0},
       {25, 30, "times", 0, 1, 1, 0},
       1,
       "at least 25 to 30, the bound dropped"},
      {{20, 25, "times", 0, 0, 0, 0},
       {25, 30, "times", 0, 1, 1, 0},
       0,
       "a range shifted from a bounded one"},
      {{25, 25, "times", 0, 0, 0, 0},
       {25, 30, "times", 0, 1, 1, 0},
       1,
       "the bounded range's low end"},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_number_fact c, s;
    memset(&c, 0, sizeof c);
    memset(&s, 0, sizeof s);
    c.value = cases[i].c.v;
    c.value_hi = cases[i].c.hi;
    c.unit = (char *)cases[i].c.unit;
    c.noun = cases[i].c.count ? (char *)cases[i].c.unit : (char *)"";
    c.count = cases[i].c.count;
    c.approx = cases[i].c.approx;
    c.bound = cases[i].c.bound;
    c.tol = cases[i].c.tol;
    s.value = cases[i].s.v;
    s.value_hi = cases[i].s.hi;
    s.unit = (char *)cases[i].s.unit;
    s.noun = cases[i].s.count ? (char *)cases[i].s.unit : (char *)"";
    s.count = cases[i].s.count;
    s.approx = cases[i].s.approx;
    s.bound = cases[i].s.bound;
    s.tol = cases[i].s.tol;
    if (bc__validate_numbers_equiv(&c, &s) != cases[i].same)
      fail_msg("case %zu (%s): %g %s vs %g %s: expected %d", i, cases[i].why,
               c.value, c.unit, s.value, s.unit, cases[i].same);
  }
  assert_int_equal(bc__validate_sig_digits(2300000), 2);
  assert_int_equal(bc__validate_sig_digits(4.5), 2);
  assert_int_equal(bc__validate_sig_digits(120000), 2);
  assert_int_equal(bc__validate_sig_digits(2312000), 4);
}

/* Units as written, classified. */
static void units_table(void **state)
{
  static const struct {
    const char *unit;
    enum bc__unit_class cls;
    const char *canon;
  } cases[] = {
      {"years", BC__UNIT_TIME, "day"},
      {"ms", BC__UNIT_TIME, "day"},
      {"%", BC__UNIT_PERCENT, "%"},
      {"per cent", BC__UNIT_PERCENT, "%"},
      {"percentage points", BC__UNIT_PERCENT, "%"},
      {"wt.%", BC__UNIT_PERCENT, "wt%"},
      {"vol%", BC__UNIT_PERCENT, "vol%"},
      {"fold", BC__UNIT_TIMES, "x"},
      {"NOK", BC__UNIT_MONEY, "nok"},
      {"\xc2\xa3", BC__UNIT_MONEY, "gbp"},
      {"kilometres", BC__UNIT_MEASURE, "m"},
      {"degrees Celsius", BC__UNIT_MEASURE, "\302\260c"},
      {"\302\272C", BC__UNIT_MEASURE, "\302\260c"},
      {"degrees", BC__UNIT_MEASURE, "\xc2\xb0"},
      {"people", BC__UNIT_NOUN, "people"},
      {"companies", BC__UNIT_NOUN, "company"},
      {"buses", BC__UNIT_NOUN, "buse"},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char canon[48];
    double scale;
    enum bc__unit_class k =
        bc__validate_unit(cases[i].unit, &scale, canon, sizeof canon);
    if (k != cases[i].cls || strcmp(canon, cases[i].canon) != 0)
      fail_msg("'%s': class %d canon '%s', want %d '%s'", cases[i].unit, (int)k,
               canon, (int)cases[i].cls, cases[i].canon);
  }
}

/* Three counts of people, one of them with no noun of its own. */
#define OUTAGE                                                                 \
  "The utility said about 375,000 people in 18 counties would lose power on "  \
  "Wednesday. It trimmed the count from an original estimate of about "        \
  "660,000 based on updated forecasts and weather conditions. During the "     \
  "October outages, more than 450,000 people were without phone service, a "   \
  "group of rural counties said."

/* Two cars' times to 60 mph in two sentences. */
#define CARS                                                                   \
  "The hybrid system will take the car from zero to 60 mph (97 kph) in 5.8 "   \
  "seconds, two seconds faster than the old model. The electric crossover "    \
  "was shown on Sunday before the show opened. A performance GT version "      \
  "will be able to go from zero to 60 mph (97 kph) in about 3.5 seconds."

/* Two rises in one paragraph, one given with its ends. */
#define DRINK                                                                  \
  "In adults over 26, the number who had used the drug in the past month "     \
  "rose by 23 percent against other states. Problem drinking rose by 37 "      \
  "percent, from 0.90 percent to 1.23 percent, after the change in law."

/* A price stated of "this configuration", named the sentence before; a
 * rival price whose sentence shares some of the claim's words. */
#define LAPTOP_SPEC                                                            \
  "For this review, we tested the 2.4GHz laptop with 512GB of flash "          \
  "storage, 32GB of RAM and the Radeon 5500M graphics. "
#define LAPTOP_RIVAL                                                           \
  " Plug an older dock into the review unit with the $49 adapter for the "     \
  "graphics."
#define LAPTOP_THIS                                                            \
  LAPTOP_SPEC "The retail price on this configuration is $3,299." LAPTOP_RIVAL
#define LAPTOP_PLAIN                                                           \
  LAPTOP_SPEC "Shops list a retail price of $3,299." LAPTOP_RIVAL

/* Small sources checked against one-line summaries. */
#define LEAGUE                                                                 \
  "Teams through: Norway (Group A): 9th appearance. Chile (Group B): 4th "     \
  "appearance. Peru (Group C): 2nd appearance.\n\nPeru beat Chile 2-0 to "     \
  "take the 20th place on Sunday."

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
      {"Turnout rose by 3 percentage points to 61%.", NULL,
       "Turnout rose 3 points to 61 percent.", NULL},
      {"Turnout rose by 3 percentage points to 61%.", NULL,
       "Turnout rose by 5 percentage points to 61%.", "5 percentage points"},
      {"Turnout rose by 5 percentage points to 61%.", NULL,
       "Turnout rose 3 points to 61%.", "3 points"},
      {"Curry scored 36 points in the final.", NULL,
       "Curry scored 36 points as turnout hit 61%.", NULL},
      /* One count of a noun in the source, another value in the summary. */
      {"The choir was founded by 12 singers in a church hall. Today it has "
       "about 300 members and sings twice a month.",
       NULL, "The choir now has about 3,000 members.", "3,000 members"},
      {"The choir was founded by 12 singers in a church hall. Today it has "
       "about 300 members and sings twice a month.",
       NULL, "The choir now has about 300 members.", NULL},
      /* A share of a compound's modifier is the compound's share. */
      {"The plant is expected to provide 7% of the UK's total electricity "
       "requirement.",
       NULL,
       "The plant is supposed to provide 17 percent of the UK's total "
       "electricity.",
       "17 percent"},
      {"The plant is expected to provide 7% of the UK's total electricity "
       "requirement.",
       NULL,
       "The plant is supposed to provide 7 percent of the UK's total "
       "electricity.",
       NULL},
      /* "about 40 percent" of a thing is not the writer's "38 percent". */
      {"These lands intersect with about 40 percent of all protected "
       "terrestrial areas and 37 percent of remaining natural lands.",
       NULL,
       "The lands intersect with 38 percent of all protected terrestrial "
       "areas.",
       "38 percent"},
      {"These lands intersect with about 40 percent of all protected "
       "terrestrial areas and 37 percent of remaining natural lands.",
       NULL,
       "The lands intersect with roughly 40 percent of all protected "
       "terrestrial areas.",
       NULL},
      /* What a number counts: "300+ people" is not supported by "250-300
       * engineers" and is contradicted by "more than 200 people". */
      {"At Contoso I supported a platform group of 250-300 engineers. More "
       "than 200 people came to the talks that afternoon.",
       NULL, "More than 300 people came to the talks.", "300 people"},
      {"At Contoso I supported a platform group of 250-300 engineers. More "
       "than 200 people came to the talks that afternoon.",
       NULL, "Over 200 people came to the talks.", NULL},
      {"At Contoso I supported a platform group of 250-300 engineers.", NULL,
       "He supported about 300 people at Contoso.", NULL},
      {"The pilot ran with 40 managers at three companies.", NULL,
       "The pilot had 40 participants.", NULL},
      /* Signs: lost, and written in words. */
      {"It was a cold week, and the temperature dropped to \xe2\x88\x92"
       "4 \302\260C on the first morning.\n\n"
       "A session has four parts:\n\n1. Reality\n2. Goals\n3. Plans\n4. "
       "Expectations",
       NULL, "The temperature fell to 4 \302\260C on the first morning.",
       "4 \302\260C"},
      {"It was a cold week, and the temperature dropped to \xe2\x88\x92"
       "4 \302\260C on the first morning.",
       NULL, "The temperature fell to minus 4 degrees on the first morning.",
       NULL},
      {"It was a cold week, and the temperature dropped to \xe2\x88\x92"
       "4 \302\260C on the first morning.",
       NULL, "It was 4 degrees below zero on the first morning.", NULL},
      /* A fall written with a minus sign, as a table of moves writes it. */
      {"The harbour index lost 0.47% on Friday, while the mining index "
       "gained 1.3%.",
       NULL,
       "| Harbour index | \xe2\x88\x92"
       "0.47% |",
       NULL},
      {"The harbour index gained 0.47% on Friday, while the mining index "
       "lost 1.3%.",
       NULL,
       "| Harbour index | \xe2\x88\x92"
       "0.47% |",
       "0.47%"},
      {"The sample was held at -20 \302\260C for a week.", NULL,
       "The sample was held at 20 \302\260C for a week.", "20 \302\260C"},
      /* Units of the same kind are not interchangeable. */
      {"The star's surface is about 7200 K.", NULL,
       "The star's surface is about 7200 \302\260C.", "7200"},
      /* A range at another scale, both ends kept. */
      {"The ministry expects $30-45 billion in yearly grain imports.", NULL,
       "The ministry expects $30 to 45 million a year in grain imports.",
       "$30 to 45 million"},
      {"The ministry expects $30-45 billion in yearly grain imports.", NULL,
       "The ministry expects $30 to 45 billion a year in grain imports.", NULL},
      /* Energy with its hyphen: "megawatt-hours" is one unit. */
      {"The smelter used 4.2 gigawatt-hours of power last winter.", NULL,
       "The smelter used 4,200 megawatt-hours of power last winter.", NULL},
      {"The smelter used 4.2 gigawatt-hours of power last winter.", NULL,
       "The smelter used 4.2 megawatt-hours of power last winter.",
       "4.2 megawatt-hours"},
      /* Tons are measured, whatever word stands between ("metric"). */
      {"The port handled 2.4 metric tons of spices in June.", NULL,
       "The port handled 2,400 kilograms of spices in June.", NULL},
      {"The port handled 2.4 metric tons of spices in June.", NULL,
       "The port handled 2.4 kilograms of spices in June.", "2.4 kilograms"},
      /* A speed is not a length; "miles per hour" is "mph". */
      {"Gusts of 55 mph are expected overnight, after 50.8 millimetres of "
       "rain.",
       NULL, "Gusts up to 55 miles per hour are expected overnight.", NULL},
      {"The storm left 52 millimetres of rain on the coast.", NULL,
       "Gusts reached 52 kilometres per hour on the coast during the storm.",
       NULL},
      {"Gusts of 60 mph are expected overnight.", NULL,
       "Gusts of 75 miles per hour are expected overnight.",
       "75 miles per hour"},
      {"The route is 5 km long and climbs 300 m.", NULL,
       "The 5,000-metre route climbs 300 metres.", NULL},
      /* Bounds and approximations as a careful fact-checker reads them. */
      {"The club has 312 members.", NULL, "The club has over 300 members.",
       NULL},
      {"The club has 312 members.", NULL, "The club has about 300 members.",
       NULL},
      {"The club has 250 members.", NULL, "The club has over 300 members.",
       "300 members"},
      {"Each shift lasts at most 5 hours.", NULL,
       "Each shift lasts at least 5 hours.", "5 hours"},
      {"Refunds went out within 48 hours.", NULL,
       "Refunds went out within four days.", "four days"},
      {"The angle was 69 \xc2\xb1 3\xc2\xb0 in every run.", NULL,
       "The angle was 69\xc2\xb0 in every run.", NULL},
      /* Faithful paraphrases. */
      {"We hired 290 engineers last year.", NULL,
       "They hired nearly 300 engineers last year.", NULL},
      {"The farm sells 12 eggs a box.", NULL,
       "The farm sells a dozen eggs a box.", NULL},
      {"The city had 2,300,000 residents in the census.", NULL,
       "The city had 2.3 million residents in the census.", NULL},
      {"Sales fell 50% in the first year.", NULL,
       "Sales fell by half in the first year.", NULL},
      {"Each client gets 4-6 sessions.", NULL,
       "Each client gets four to six sessions.", NULL},
      {"Support tickets fell from roughly 1,800 to 400 a month.", NULL,
       "Support tickets dropped by more than 75%.", NULL},
      {"The median salary rose from \302\24331,000 to \302\24334,500.", NULL,
       "The median salary rose by about 11%.", NULL},
      {"Each batch holds 250 samples; we processed 40 batches.", NULL,
       "They processed 10,000 samples in 40 batches.", NULL},
      {"The plant produces 400 MW, enough for 300,000 homes.", NULL,
       "The 400-megawatt plant can power 300,000 homes.", NULL},
      {"The park covers 1,200 hectares.", NULL,
       "The park covers 12 square kilometres.", NULL},
      {"The migration ran from 1 February 2023 to 30 June 2024.", NULL,
       "The migration took 17 months.", NULL},
      {"The migration ran from 1 February 2023 to 30 June 2024.", NULL,
       "The migration took about 27 months.", "27 months"},
      /* Worked out from two numbers the source gives. */
      {"The first workshop had 22 participants and the second 34 "
       "participants.",
       NULL, "The two workshops drew 56 participants in all.", NULL},
      {"The first workshop had 22 participants and the second 34 "
       "participants.",
       NULL, "The two workshops drew 60 participants in all.",
       "60 participants"},
      {"The team grew from 9 engineers to 16 engineers.", NULL,
       "The team grew by seven engineers.", NULL},
      {"At the end, 31 of the 40 managers said they would keep using it.", NULL,
       "About 78% of the managers said they would keep using it.", NULL},
      /* An age is not a duration. */
      {"Jan Novak, 94, survived six days in the camp.", NULL,
       "A 94-year-old man survived the camp.", NULL},
      /* A bare number of the source in the claim's words. */
      {"A team of 6 archivists and 40 volunteers scanned 870,000 of them. "
       "In 2017 volunteers scanned 41,000 pages in six weeks.",
       NULL, "Volunteers scanned 780,000 pages.", "780,000 pages"},
      /* A count of another noun: the writer's word, the digits slipped. */
      {"The survey reached 1,214 households in Leeds last spring.", NULL,
       "The survey reached 1,412 families in Leeds.", "1,412 families"},
      {"The survey reached 1,214 households in Leeds last spring.", NULL,
       "The survey reached 1,214 families in Leeds.", NULL},
      {"The survey reached 1,214 households in Leeds last spring.", NULL,
       "The survey reached 96 families in Leeds.", NULL},
      /* A date is never a plain number's counterpart. */
      {"The hall holds 1000 people. The first workshop ran on 30 May 2025.",
       NULL, "The workshop ran on 30 May 2025 and drew 1,000 people.", NULL},
      {"A coup in 2000 shook the islands.", NULL,
       "The 800 islands were shaken by a coup.", NULL},
      {"The first workshop ran on 30 May 2025 with 300 guests. The venue "
       "seats 2,500 guests.",
       NULL, "The first workshop had 2,025 guests.", "2,025 guests"},
      /* Ordinals: a position of the same thing, only where it is clear. */
      {"The second workshop ran in Oslo on 12 June with 40 managers.", NULL,
       "The third workshop ran in Oslo with 40 managers.", "third"},
      {"The second workshop ran in Oslo on 12 June with 40 managers.", NULL,
       "The second workshop ran in Oslo with 40 managers.", NULL},
      {"For the first time this season Manor had both cars in qualifying.",
       NULL, "Rosberg was slower than Hamilton for the third time this season.",
       NULL},
      /* Two places giving the same position are one position. */
      {"The council held its second open meeting on the ferry tax on "
       "Monday. Residents packed the hall, and the council closed its "
       "second open meeting after midnight.",
       NULL,
       "The council held the third open meeting on the ferry tax, which "
       "residents packed.",
       "third"},
      {"She won her 17th world title in the road race.", NULL,
       "It was the third gold of the championships.", NULL},
      /* The position the source gives the names of the claim's sentence,
       * among the positions it gives others. */
      {LEAGUE, NULL,
       "Norway, making its 10th appearance, is the most experienced side.",
       "10th"},
      {LEAGUE, NULL, "Norway, on its ninth appearance, leads the field.", NULL},
      {LEAGUE, NULL, "Chile makes its fourth appearance and Peru its second.",
       NULL},
      {LEAGUE, NULL,
       "Chile lost 0-2; Peru, under a new coach, took the 19th place with "
       "that win.",
       "19th"},
      {LEAGUE, NULL, "Peru took the 20th place with a 2-0 win over Chile.",
       NULL},
      /* A count stated only in words that share none of the claim's, where
       * a number with no noun of its own sits in the claim's words. */
      {OUTAGE, NULL,
       "The utility trimmed the count from an original estimate of about "
       "450,000 people thanks to updated forecasts.",
       "450,000"},
      {OUTAGE, NULL,
       "The utility trimmed the count from an original estimate of about "
       "660,000 thanks to updated forecasts.",
       NULL},
      {OUTAGE, NULL,
       "In October more than 450,000 people lost phone service, the rural "
       "counties said.",
       NULL},
      /* A value stated in another sentence, in words that the claim shares
       * with the rival's sentence too, while the rival's tell it apart. */
      {CARS, NULL,
       "The crossover was shown on Sunday before the show; the performance "
       "GT version does 0-60 mph in about 5.8 seconds.",
       "5.8 seconds"},
      {CARS, NULL,
       "The crossover was shown on Sunday before the show; the performance "
       "GT version does 0-60 mph in about 3.5 seconds.",
       NULL},
      {CARS, NULL, "The hybrid system takes the car to 60 mph in 5.8 seconds.",
       NULL},
      /* A change given with both its ends must be the change they make. */
      {DRINK, NULL,
       "Problem drinking rose by 23%, from 0.90% to 1.23%, after the change "
       "in law.",
       "23%"},
      {DRINK, NULL,
       "Problem drinking rose by 37%, from 0.90% to 1.23%, after the change "
       "in law.",
       NULL},
      {DRINK, NULL, "Past-month use rose by 23% against other states.", NULL},
      /* A place that refers back ("this configuration") has the words of
       * the sentence before it; without the reference, the rival's words
       * still point elsewhere. */
      {LAPTOP_THIS, NULL,
       "The review unit had the 2.4GHz chip with 32GB of RAM, 512GB of "
       "storage and the Radeon 5500M graphics, at $3,299.",
       NULL},
      {LAPTOP_PLAIN, NULL,
       "The review unit had the 2.4GHz chip with 32GB of RAM, 512GB of "
       "storage and the Radeon 5500M graphics, at $3,299.",
       "$3,299"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* The finding on want in sum checked against src: its source_says and
 * its fix (NULL: none offered). */
static void check_fix(const char *src, const char *sum, const char *want,
                      const char *says, const char *fix)
{
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  size_t j;
  assert_int_equal(bc_doc_new_text(src, strlen(src), &doc, &err), BC_OK);
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  assert_int_equal(
      bc_validate_text(doc, facts, sum, strlen(sum), NULL, &r, &err), BC_OK);
  for (j = 0; j < r->n_findings; j++)
    if (r->findings[j].severity == BC_SEV_ERROR &&
        strstr(r->findings[j].claim, want))
      break;
  if (j == r->n_findings)
    fail_msg("'%s': no error on '%s'", sum, want);
  if (strcmp(r->findings[j].source_says, says) != 0)
    fail_msg("'%s': source_says '%s', want '%s'", sum,
             r->findings[j].source_says, says);
  if (!fix != !r->findings[j].fix ||
      (fix && strcmp(fix, r->findings[j].fix) != 0))
    fail_msg("'%s': fix '%s', want '%s'", sum,
             r->findings[j].fix ? r->findings[j].fix : "(none)",
             fix ? fix : "(none)");
  bc_report_free(r);
  bc_facts_free(facts);
  bc_doc_free(doc);
}

/* What the finding quotes and what a repair would write: the source's
 * whole quantity, fitted to the claim's sentence; no repair when the
 * source gives two candidates in words as near the claim's. */
static void findings_quote_and_repair(void **state)
{
  static const char talks[] =
      "At Contoso I supported a platform group of 250-300 engineers.\n\n"
      "The first public workshop ran on 30 May 2025. More than 200 people "
      "came to the talks that afternoon.";
  static const char sessions[] =
      "Each manager held four sessions with each of their reports over "
      "eight weeks. Most managers need three sessions before it feels "
      "natural.";
  static const char two[] = "The team ran 4 sessions in May and 6 sessions "
                            "in June.";
  (void)state;
  check_fix(talks, "The workshop drew 300+ people to the talks.", "300+ people",
            "more than 200 people", "more than 200 people");
  check_fix(talks, "300+ people came to the talks.", "300+ people",
            "more than 200 people", "More than 200 people");
  check_fix(sessions, "Each manager held five sessions with each report.",
            "five sessions", "four sessions", "four sessions");
  check_fix(two, "The team ran 5 sessions.", "5 sessions", "4 sessions", NULL);
  check_fix("The choir has about 300 members.",
            "The choir has about 3,000 members.", "about 3,000 members",
            "about 300 members", "about 300 members");
  check_fix("It dropped to \342\210\2224 \302\260C on Monday.",
            "It fell to 4 \302\260C on Monday.", "4 \302\260C",
            "\342\210\2224 \302\260C", "\342\210\2224 \302\260C");
  check_fix("The second workshop ran in Oslo on 12 June.",
            "The third workshop ran in Oslo.", "third", "second", "second");
}

/* A date's digits never support a count: "2,025 guests" is not in "30
 * May 2025" (a warning, the number being nowhere in the source), while
 * "300 guests" is; a year the source writes is no count when the analyzer
 * reads the next word as what it counts ("the 2020 Olympics"). */
static void dates_are_not_numbers(void **state)
{
  static const char workshop[] = "The first workshop ran on 30 May 2025 in "
                                 "Oslo. It had 300 guests.";
  static const char games[] = "Badminton lost its funding before the Olympics "
                              "in 2020 in Tokyo.";
  static const struct {
    const char *src, *sum;
    int found;
  } cases[] = {
      {workshop, "The first workshop had 2,025 guests.", 1},
      {workshop, "The first workshop had 300 guests.", 0},
      {games, "Badminton lost its funding for the 2020 olympics.", 0},
  };
  size_t i, j;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_doc *doc = NULL;
    struct bc_facts *facts = NULL;
    struct bc_report *r = NULL;
    struct bc_error err = BC_ERROR_INIT;
    const char *src = cases[i].src;
    int found = 0;
    assert_int_equal(bc_doc_new_text(src, strlen(src), &doc, &err), BC_OK);
    assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
    assert_int_equal(bc_validate_text(doc, facts, cases[i].sum,
                                      strlen(cases[i].sum), NULL, &r, &err),
                     BC_OK);
    for (j = 0; j < r->n_findings; j++)
      found |= strcmp(r->findings[j].kind, BC_FINDING_NUMBER) == 0;
    if (found != cases[i].found)
      fail_msg("'%s': number finding %d, want %d", cases[i].sum, found,
               cases[i].found);
    bc_report_free(r);
    bc_facts_free(facts);
    bc_doc_free(doc);
  }
}

/* The period of a rate written after a number, and what is no rate. */
static void rates_table(void **state)
{
  static const struct {
    const char *text; /* the number ends at '|' */
    double days;
    const char *rest; /* the text after the period's words */
  } cases[] = {
      {"$16,000| a month, the company said", 30.436875, ", the company said"},
      {"$16,000| per month", 30.436875, ""},
      {"$16,000| monthly", 30.436875, ""},
      {"$40|/yr", 365.2425, ""},
      {"14 million passengers| a year", 365.2425, ""},
      {"52 hours| a week after the cuts", 7, " after the cuts"},
      {"18.3 million passengers| in 2023, a record", 365.2425, ", a record"},
      {"$812 million| last year", 365.2425, ""},
      {"a loss of $3m| in the third quarter", 91.310625, ""},
      {"$118.2 million| a year earlier", 0, NULL},
      {"rose 5 percent| a month ago", 0, NULL},
      {"12 eggs| a box", 0, NULL},
      {"5 km| away", 0, NULL},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char buf[128];
    const char *bar = strchr(cases[i].text, '|');
    size_t at = (size_t)(bar - cases[i].text), end = 0, len;
    double d;
    snprintf(buf, sizeof buf, "%.*s%s", (int)at, cases[i].text, bar + 1);
    len = strlen(buf);
    d = bc__check_rate_after(buf, len, at, &end);
    if (fabs(d - cases[i].days) > 1e-6 ||
        (cases[i].rest && strcmp(buf + end, cases[i].rest) != 0))
      fail_msg("'%s': %g days, rest '%s'; want %g, '%s'", cases[i].text, d,
               end ? buf + end : "", cases[i].days,
               cases[i].rest ? cases[i].rest : "");
  }
  {
    static const char t[] = "an annual fee of $40";
    assert_true(fabs(bc__check_rate_before(t, 17) - 365.2425) < 1e-6);
  }
  {
    /* A period adjective before the sum's noun, no "of": the sum is a
     * rate; a count after such a noun is not. */
    static const char t[] = "with monthly rent up to $3,664";
    static const char u[] = "the weekly meeting 20 people";
    assert_true(fabs(bc__check_rate_before(t, 18) - 30.436875) < 1e-6);
    assert_true(bc__check_rate_before(u, 19) == 0);
  }
  {
    static const struct pair_case rent[] = {
        {"Agents rented apartments with monthly rent up to $3,664.\n",
         "2021-05-04", "Rent ran up to $3,664 a week.", "$3,664"},
        {"Agents rented apartments with monthly rent up to $3,664.\n",
         "2021-05-04", "Rent ran up to $3,664 a month.", NULL},
    };
    check_pairs(rent, sizeof rent / sizeof rent[0]);
  }
}

/* The direction of a change as written around a number. */
static void directions_table(void **state)
{
  static const struct {
    const char *text; /* the number is between '[' and ']' */
    int dir;
  } cases[] = {
      {"Lowe's fell [1.62] to 45.10", -1},
      {"shares rose by nearly [5%] on Monday", 1},
      {"volume was down [39 percent] from Tuesday", -1},
      {"a loss of [$304.7 million] for the quarter", -1},
      {"posted a net profit of [$12m]", 1},
      {"a [$304.7 million] loss", -1},
      {"a [39 percent] drop in volume", -1},
      {"prices were [5%] higher", 1},
      {"cut its forecast by [5 percent]", -1},
      {"raised prices by [3 percent]", 1},
      {"the Dow gave up [42 points]", -1},
      {"protected areas make up [9 percent]", 0},
      {"it signed up [500 members]", 0},
      {"unemployment fell to [4.1 percent]", 0},
      {"rent of $2,100, up from [$1,750]", 0},
      {"revenue of [$4.3 billion]", 0},
      /* a noun of a gain in a phrase of a loss is what was lost */
      {"a fall in the U.K. farm income of [$2 billion]", -1},
      {"the flood meant lost profit of [$80,000] a week", -1},
      {"higher household income of [$900] a year", 1},
      {"exports slumped. Income of [$5 million] came in", 1},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char buf[128];
    const char *o = strchr(cases[i].text, '['), *c = strchr(cases[i].text, ']');
    struct bc_span w, at = {0, 0};
    int d;
    snprintf(buf, sizeof buf, "%.*s%.*s%s", (int)(o - cases[i].text),
             cases[i].text, (int)(c - o - 1), o + 1, c + 1);
    w.start = (size_t)(o - cases[i].text);
    w.end = w.start + (size_t)(c - o - 1);
    d = bc__check_direction(buf, strlen(buf), w, w.end, &at);
    if (d != cases[i].dir)
      fail_msg("'%s': direction %d, want %d", cases[i].text, d, cases[i].dir);
  }
}

/* What a number is attached to: its scale, its rate's period, the
 * direction of the change it is, and whose it is.  Planted errors of each
 * kind and faithful paraphrases, in small sources written for the test. */
static void attachment_table(void **state)
{
  static const char grid[] =
      "Northvale Power will spend $6.5 billion over the next decade on its "
      "grid, adding 1,200 miles of lines. Last year it earned $812 million "
      "on revenue of $6.1 billion. Line workers earn up to $16,000 a month.";
  static const char rail[] =
      "Ministers approved the \302\24318bn rail link, which will carry 14 "
      "million passengers a year. Costs have risen by \302\2432.4bn.";
  static const char motors[] =
      "Halden Motors reported a loss of $304.7 million for the quarter, "
      "against a profit of $118.2 million a year earlier. Revenue fell 9 "
      "percent to $4.3 billion. Sales of sport utility vehicles rose 12.3 "
      "percent, while sedan sales dropped 21.6 percent. Its shares closed "
      "at $27.15, down 4.8 percent.";
  static const char stocks[] =
      "Lowe's fell 1.62 to 45.10, while Home Depot rose 0.85 to 61.40. "
      "Volume was 1.1 billion shares, down 39 percent from Tuesday.";
  static const char makers[] =
      "It took Hewlett-Packard 47 years to reach $50 billion in sales, "
      "while Dell needed 13 years and Apple 28 years. Dell started in 1984 "
      "with $1,000.";
  static const char land[] =
      "About 38 percent of the land is used for farming, and forests cover "
      "22 percent. Protected areas make up 9 percent.";
  static const char fund[] =
      "The fund received 1.3 million euros from Germany and 800,000 euros "
      "from France. The Royal Bank of Scotland gave 200,000 euros.";
  static const char vote[] =
      "Marta Vidal won 31.4 percent of the vote and Paolo Reyes 25.2 "
      "percent.";
  static const char ferry[] =
      "Ferry trips rose from 310 a day in June to 462 a day in August, the "
      "port said.";
  static const char suit[] =
      "The firm has been stuck in the patent lawsuit for 18 years and "
      "counting. Its founder ran the firm from 2001 to 2016.";
  static const char gallery[] =
      "The show opens on Friday with forty paintings.\n\nA panel chose forty "
      "paintings from hundreds sent in. This year painters and sculptors "
      "from twelve different regions take part.";
  static const char flood[] =
      "Known as the great flood of the ninth century, it caused more than 20 "
      "million deaths across the delta. Last week 300 people were moved to "
      "higher ground.";
  static const char clinics[] =
      "The county reports 31 \"open cases\" in care homes. Seven of those "
      "were new this week.\n\nThere are 25 \"open cases\" in other settings, "
      "including 10 in shelters.";
  static const char wages[] =
      "Between 1980 and 2010 the top 10 percent took most of the gains. The "
      "remaining 90 percent saw a decline in real wages, and 40 percent of "
      "firms raised prices.";
  static const char roof[] =
      "The roof carries 4,450 solar panels. Unemployment in the town is 7 "
      "percent, and 17 countries buy its goods.";
  static const char rye[] =
      "For the regulars: the rye stays at \302\2433.20. The rye goes to "
      "\302\2433.50 from 1 December.";
  static const char orlen[] =
      "Quarterly profit dropped to $48 million from $61 million. The "
      "jobless rate fell to 4.1 percent.";
  static const char power[] =
      "Solvik said its wind farm off Norfolk would cost \302\2434.2bn and "
      "power 1.1 million homes. A solar park planned by Brightfield near "
      "Cambridge will cost \302\243380m and supply 90,000 homes.";
  static const char city[] =
      "Mayor Lena Ortiz won re-election with 57 percent of the vote; Moss "
      "had 38 percent.";
  static const char builds[] =
      "The old cluster took 42 minutes per build and cost $18,000 a month. "
      "Now builds take 11 minutes and the bill dropped to $7,400 a month.";
  static const char disk[] =
      "Today's platters store 1.3Tb per square inch; the lab hopes to reach "
      "4Tb per square inch by 2030.";
  static const char shop[] =
      "The chain's sales rose 8 percent to a record of $12.4 billion. Its "
      "operating profit rose 14.5 percent to $1.1 billion.";
  static const char index[] =
      "Retail stocks slipped. Home Depot shares are up 39 percent this "
      "year, while the S&P 500 is up 24.5 percent.";
  static const char vans[] =
      "Electric vans are the cheapest to run, followed by hybrid vans, which "
      "are 15% more expensive to run. Hybrids make up 40% of the fleet.";
  static const char levy[] =
      "Duties on imported steel went up from 10% to 25% in March. An "
      "institute expects the duties to shrink output by 0.25 percent.";
  static const struct pair_case cases[] = {
      /* A change and the value it reached: the source's change to the
       * same value is another amount. */
      {shop, NULL,
       "Sales climbed 14.5 percent to a record $12.4 billion, and profit "
       "reached $1.1 billion.",
       "14.5 percent"},
      {shop, NULL,
       "Sales climbed 8 percent to a record $12.4 billion, and operating "
       "profit rose 14.5 percent to $1.1 billion.",
       NULL},
      /* A comparison's amount belongs to its comparison. */
      {vans, NULL, "Hybrid vans come second, 40% more expensive to run.",
       "40%"},
      {vans, NULL, "Hybrid vans come second, 15% more expensive to run.", NULL},
      /* The start of a change given as its end. */
      {"Wool exports fell to $2.2 billion in 2020, down from $3.6 billion "
       "the year before.",
       NULL, "Wool exports fell to $3.6 billion in 2020.", "$3.6 billion"},
      {"Wool exports fell to $2.2 billion in 2020, down from $3.6 billion "
       "the year before.",
       NULL, "Wool exports fell from $3.6 billion to $2.2 billion.", NULL},
      /* A change the claim reverses: its end the source's start. */
      {ferry, NULL, "Ferry trips fell from 462 to 310 a day over the summer.",
       "fell from 462 to 310"},
      {ferry, NULL, "Daily ferry trips dropped to 310 by August.", "310"},
      {ferry, NULL, "Daily trips went from 310 in June to 462 in August.",
       NULL},
      {ferry, NULL, "Ferry trips climbed from 310 to 462 a day.", NULL},
      /* A fraction of a percent is that many percent, not a share. */
      {levy, NULL,
       "The duties may shrink output by a quarter of a percent, the "
       "institute expects.",
       NULL},
      {levy, NULL,
       "The duties may shrink output by three quarters of a percent, the "
       "institute expects.",
       "three quarters of a percent"},
      /* Scale and unit changed, digits kept. */
      {disk, NULL, "The lab hopes to reach 4 gigabits per square inch.",
       "4 gigabits"},
      {disk, NULL, "The lab hopes to reach 4 terabits per square inch.", NULL},
      {grid, NULL, "Northvale will spend $6.5 million on its grid.",
       "6.5 million"},
      {grid, NULL, "Northvale will spend $6.5bn on its grid.", NULL},
      {grid, NULL, "It earned $812 billion last year.", "812 billion"},
      {rail, NULL, "Ministers approved an eighteen million pound rail link.",
       "eighteen million pound"},
      {rail, NULL, "Ministers approved an eighteen billion pound rail link.",
       NULL},
      {rail, NULL, "Costs have risen by \302\2432.4bn.", NULL},
      /* A rate's period. */
      {grid, NULL, "Line workers earn up to $16,000 a year.", "16,000"},
      {grid, NULL, "Line workers earn as much as $16,000 per month.", NULL},
      {grid, NULL, "Line workers earn up to $192,000 a year.", NULL},
      {rail, NULL, "The link will carry 14 million passengers a month.",
       "14 million"},
      {rail, NULL, "The link will carry 14 million passengers annually.", NULL},
      /* The direction of a change. */
      {motors, NULL, "Halden Motors reported a profit of $304.7 million.",
       "304.7"},
      {motors, NULL, "Halden Motors earned $304.7 million in the quarter.",
       "304.7"},
      {motors, NULL,
       "Halden lost $304.7 million after a $118.2 million "
       "profit a year earlier.",
       NULL},
      {motors, NULL, "Revenue rose 9 percent to $4.3 billion.", "9 percent"},
      {motors, NULL, "Revenue declined 9% to $4.3 billion.", NULL},
      {motors, NULL, "Halden shares rose 4.8 percent.", "4.8 percent"},
      {motors, NULL, "Halden shares slid 4.8%.", NULL},
      {stocks, NULL, "Lowe's gained 1.62.", "1.62"},
      /* A ticker's signed change said in words. */
      {"Quotes\n\nLOWE'S COMPANIES INC.\n\n113.40\n\n-1.62\n\n-1.41%\n", NULL,
       "Rival Lowe's gained 1.62 to 113.40.", "1.62"},
      {"Quotes\n\nLOWE'S COMPANIES INC.\n\n113.40\n\n-1.62\n\n-1.41%\n", NULL,
       "Rival Lowe's slipped 1.62 to 113.40.", NULL},
      {stocks, NULL, "Lowe's dropped 1.62 to 45.10.", NULL},
      /* A table's signed cell for a fall the source says in words, past a
       * bracketed restatement. */
      {"Prices\n\nHomes near a depot were 3 per cent (\xc2\xa3"
       "5,910) lower "
       "than the region's, and homes near a quay cost 2 per cent cheaper.\n",
       NULL,
       "| Near | Difference |\n|---|---|\n| depot | -3 per cent |\n"
       "| quay | -2 per cent |\n",
       NULL},
      {stocks, NULL, "Volume was up 39 percent from Tuesday.", "39 percent"},
      {stocks, NULL, "Volume fell 39 percent to 1.1 billion shares.", NULL},
      {orlen, NULL, "Quarterly profit rose to $48 million.", "48 million"},
      {orlen, NULL, "Profit fell from $61 million to $48 million.", NULL},
      {orlen, NULL, "Profit rose from $61 million to $48 million.",
       "48 million"},
      {orlen, NULL, "The jobless rate rose to 4.1 percent.", "4.1 percent"},
      {orlen, NULL, "Unemployment dropped to 4.1%.", NULL},
      /* A value of another subject. */
      {index, NULL, "The S&P 500 is up 39 percent this year.", "39 percent"},
      {index, NULL, "The S&P 500 has gained 24.5 percent this year.", NULL},
      {makers, NULL, "Hewlett-Packard took 13 years to reach $50 billion.",
       "13 years"},
      {makers, NULL, "HP took 13 years to reach $50 billion.", "13 years"},
      {makers, NULL, "Apple needed 47 years.", "47 years"},
      {makers, NULL,
       "Dell reached $50 billion in 13 years, far faster than "
       "HP's 47 years.",
       NULL},
      {makers, NULL, "Apple took 28 years to reach $50 billion in sales.",
       NULL},
      {land, NULL, "Forests cover 38 percent of the land.", "38 percent"},
      {land, NULL, "Protected areas make up 22 percent of the land.",
       "22 percent"},
      {land, NULL, "Farming uses about 38% of the land and forests 22%.", NULL},
      {motors, NULL, "Sedan sales rose 12.3 percent.", "12.3 percent"},
      {motors, NULL, "SUV sales grew 12.3% while sedan sales fell 21.6%.",
       NULL},
      {motors, NULL, "Shares fell 4.8 percent.", NULL},
      {fund, NULL, "France gave 1.3 million euros to the fund.", "1.3 million"},
      {fund, NULL, "Germany gave 1.3 million euros and France 800,000.", NULL},
      {fund, NULL, "RBS gave 200,000 euros.", NULL},
      {vote, NULL, "Marta Vidal won 25.2 percent of the vote.", "25.2"},
      {vote, NULL, "Reyes took 31.4% of the vote.", "31.4%"},
      {vote, NULL, "Vidal led with 31.4 percent, ahead of Reyes on 25.2.",
       NULL},
      {rye, NULL, "The rye goes from \302\2433.20 to \302\2433.50.", NULL},
      {city, NULL, "Moss won re-election with 57 percent of the vote.",
       "57 percent"},
      {city, NULL, "Moss got 38 percent in the March election.", NULL},
      {builds, NULL, "Builds used to take 42 hours.", "42 hours"},
      {builds, NULL, "Builds used to take 42 minutes and now take 11.", NULL},
      {builds, NULL, "The bill dropped to $7,400 a year.", "7,400"},
      {builds, NULL, "The monthly bill went from $18,000 to $7,400.", NULL},
      {motors, NULL, "Halden reported net income of $304.7 million.", "304.7"},
      {power, NULL, "Brightfield's park will power 1.1 million homes.",
       "1.1 million"},
      {power, NULL, "Brightfield's park will supply 90,000 homes.", NULL},
      /* A length worked out from a range of other matters is no support
       * where the source states the claim's own length otherwise. */
      {suit, NULL,
       "The firm has been stuck in the patent lawsuit for 15 years.",
       "15 years"},
      {suit, NULL, "Its founder ran the firm for 15 years.", NULL},
      {suit, NULL, "The patent lawsuit has dragged on for 18 years.", NULL},
      /* The claim's digits counting another noun, a thousand times
       * away. */
      {flood, NULL,
       "The great flood of the ninth century drowned more than 20,000 "
       "people across the delta.",
       "20,000 people"},
      {flood, NULL,
       "The ninth-century flood caused more than 20 million deaths across "
       "the delta.",
       NULL},
      {flood, NULL, "Some 300 people were moved to higher ground.", NULL},
      /* A value stated, but in words that fit another number better. */
      {clinics, NULL, "There are 25 open cases in care homes.",
       "25 open cases"},
      {clinics, NULL, "Care homes have 31 open cases.", NULL},
      {clinics, NULL, "Another 25 open cases are in other settings.", NULL},
      {clinics, NULL, "There are 25 open cases in shelters and other settings.",
       NULL},
      {gallery, NULL,
       "Forty paintings, chosen by a panel from hundreds sent in, by "
       "painters and sculptors from forty different regions.",
       "forty different regions"},
      {gallery, NULL,
       "Forty paintings by painters and sculptors from twelve different "
       "regions.",
       NULL},
      /* A verb of having says no direction; the comparative after the
       * number does. */
      {"Hourly pay for women was 18 percent lower than for men in 1990.", NULL,
       "Women earned 18 percent less per hour than men in 1990.", NULL},
      {"Hourly pay for women was 18 percent lower than for men in 1990.", NULL,
       "Women earned 18 percent more per hour than men in 1990.", "18 percent"},
      /* The change the clause says after the number. */
      {wages, NULL, "The remaining 90 percent saw their real wages rise.",
       "90 percent saw their real wages rise"},
      {wages, NULL, "The other 90 percent saw real wages decline.", NULL},
      {wages, NULL, "For the remaining 90 percent, real wages fell.", NULL},
      {wages, NULL, "The remaining 90 percent earned lower real wages.", NULL},
      {wages, NULL, "About 40 percent of firms cut prices.",
       "40 percent of firms cut"},
      {wages, NULL, "About 40 percent of firms put their prices up.", NULL},
      /* Rounded values next to an approximation. */
      {roof, NULL, "The roof has around 4,500 solar panels.", NULL},
      {roof, NULL, "About 4,400 panels cover the roof.", NULL},
      {roof, NULL, "The roof carries about 5,450 panels.", "5,450"},
      {roof, NULL, "About 17 percent of the town is unemployed.", "17 percent"},
      {roof, NULL, "Its goods sell in about 17 countries.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* The value a finding quotes for a number the source gives nowhere is
 * the one it gives the claim's subject. */
static void attachment_says(void **state)
{
  static const char makers[] =
      "It took Hewlett-Packard 47 years to reach $50 billion in sales, "
      "while Dell needed 13 years and Apple 28 years.";
  static const char land[] =
      "About 38 percent of the land is used for farming, and forests cover "
      "22 percent.";
  (void)state;
  check_fix(makers, "Apple needed 20 years to reach $50 billion.", "20 years",
            "28 years", NULL);
  check_fix(land, "Farming uses about 17 percent of the land.",
            "about 17 percent", "about 38 percent", NULL);
  check_fix(makers, "Hewlett-Packard took 13 years to reach $50 billion.",
            "13 years", "47 years", "47 years");
}

/* A number the source states only of other names draws a warning: the
 * claim's name is the source's, but not of this value. */
static void attachment_warning(void **state)
{
  static const char germany[] = "Germany pledged 1.3 million euros to the "
                                "fund. France sent doctors.";
  /* "Key" opens the claim's sentence; the source says "the key travel"
   * before the value, and capitalises "Key" elsewhere. */
  static const char keys[] = "The Escape Key is back. The key travel on the "
                             "new MacBook Pro keyboard is one millimeter.";
  /* Written in lower case after the value, the word is not its owner. */
  static const char after[] = "Germany pledged 1.3 million euros to help "
                              "france. France sent doctors.";
  static const struct {
    const char *src, *sum;
    int warned;
  } cases[] = {
      {germany, "France pledged 1.3 million euros.", 1},
      {germany, "Germany pledged 1.3 million euros.", 0},
      {keys, "Key travel is one millimetre.", 0},
      {after, "France pledged 1.3 million euros.", 1},
  };
  size_t i, j;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *src = cases[i].src;
    const char *const *sums = &cases[i].sum;
    struct bc_doc *doc = NULL;
    struct bc_facts *facts = NULL;
    struct bc_report *r = NULL;
    struct bc_error err = BC_ERROR_INIT;
    int warned = 0, errors = 0;
    assert_int_equal(bc_doc_new_text(src, strlen(src), &doc, &err), BC_OK);
    assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
    assert_int_equal(
        bc_validate_text(doc, facts, sums[0], strlen(sums[0]), NULL, &r, &err),
        BC_OK);
    for (j = 0; j < r->n_findings; j++) {
      warned |= r->findings[j].severity == BC_SEV_WARNING &&
                strcmp(r->findings[j].kind, BC_FINDING_NUMBER) == 0;
      errors += r->findings[j].severity == BC_SEV_ERROR;
    }
    assert_int_equal(errors, 0);
    if (warned != cases[i].warned)
      fail_msg("'%s': warning %d", sums[0], warned);
    bc_report_free(r);
    bc_facts_free(facts);
    bc_doc_free(doc);
  }
}

/* The numbers an LLM is told to reuse: real quantities with their sign,
 * bound, unit or noun; no bare list numbers. */
static void fact_sheet_numbers(void **state)
{
  static const char src[] =
      "A session has four parts:\n\n1. Reality\n2. Goals\n\n"
      "More than 200 people came. It dropped to \xe2\x88\x92"
      "4 \302\260C. We had 250-300 engineers. At the end, 31 of the 40 "
      "managers stayed, and the score was 7.";
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_buf b = BC_BUF_INIT(1 << 16);
  char *s;
  (void)state;
  assert_int_equal(bc_doc_new_text(src, strlen(src), &doc, &err), BC_OK);
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  assert_int_equal(
      bc__llm_facts_text(doc, facts, 0, doc->text_len, 1 << 16, &b), BC_OK);
  s = bc_buf_take(&b, NULL);
  assert_non_null(s);
  assert_non_null(strstr(s, "\"More than 200 people\" -> \xe2\x89\xa5"
                            "200 people"));
  assert_non_null(strstr(s, "-> -4 \302\260C"));
  assert_non_null(strstr(s, "-> 250 to 300 engineers"));
  assert_non_null(strstr(s, "\"31\" -> 31"));
  assert_null(strstr(s, "\"1\""));
  assert_null(strstr(s, "\"7\""));
  free(s);
  bc_facts_free(facts);
  bc_doc_free(doc);
}

/* Dollars of another country, written with its letters before the sign
 * ("HK$") or its name before the word, are their own currency: the same
 * amount in words is the claim's, a US dollar figure never is. */
static void local_dollars_table(void **state)
{
  static const char ipo[] =
      "Kestrel Foods is set to raise up to $9.4bn from its listing in Hong "
      "Kong.\n\nAt the set price, the listing would raise at least 64 "
      "billion Hong Kong dollars, a lucky total, and each share costs 152 "
      "Hong Kong dollars.\n\nThe deal could raise up to $9.4bn if an option "
      "is used.\n";
  static const struct pair_case cases[] = {
      {ipo, "2021-05-04", "Lucky total: a raise of at least HK$64bn.", NULL},
      {ipo, "2021-05-04", "Each share costs HK$152.", NULL},
      {ipo, "2021-05-04", "Each share costs HK$125.", "HK$125"},
      {ipo, "2021-05-04", "Kestrel Foods could raise up to $8.4bn.", "$8.4bn"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A list's item numbers ("13. Increase your protein intake 14. Plan
 * meals") are labels, not counts, even beside words another number of the
 * source is stated with; a count in the same words is still checked. */
static void list_numbers_table(void **state)
{
  static const char tips[] =
      "Ways to eat better\n\n1. Drink water\n\nOne review of 3 studies "
      "found that water keeps you full.\n\n2. Increase your protein "
      "intake\n\nOne study in 19 people showed that increasing protein "
      "intake cut daily calories.\n\n3. Plan meals\n\nA plan saves "
      "money.\n\n4. Sleep\n\nSleep helps.\n";
  static const struct pair_case cases[] = {
      {tips, "2021-05-04",
       "1. Drink water 2. Increase your protein intake 3. Plan meals 4. "
       "Sleep",
       NULL},
      {tips, "2021-05-04",
       "A study in 12 people found that more protein intake cut calories.",
       "12"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A sum of money whose digits the source gives only as a count of
 * something else: the count does not support the sum. */
static void money_not_count_table(void **state)
{
  static const char ads[] =
      "The ad campaign cost the state roughly $449,000, the paper "
      "reported.\n\nAbout 964,000 people reported a use disorder in "
      "2017.\n";
  static const struct pair_case cases[] = {
      {ads, "2021-05-04",
       "The ad campaign cost the state roughly $964,000, the paper reported.",
       "$964,000"},
      {ads, "2021-05-04",
       "The paper reported the campaign cost the state about $449,000.", NULL},
      {ads, "2021-05-04", "Some 964,000 people reported a use disorder.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A measured value written without a unit, a decimal: another value in
 * the same words is wrong, a rounding of it and a whole number pass. */
static void measured_values_table(void **state)
{
  static const char car[] =
      "Clever airflow guidance over the roof brings the coefficient of drag "
      "down to 0.24 on the new wagon.\n\nThe wagon seats 5 adults.\n";
  static const struct pair_case cases[] = {
      {car, "2021-05-04",
       "Airflow guidance over the roof brings the wagon's drag coefficient "
       "down to 0.28.",
       "0.28"},
      {car, "2021-05-04",
       "Airflow guidance over the roof brings the wagon's drag coefficient "
       "down to about 0.2.",
       NULL},
      {car, "2021-05-04",
       "Airflow guidance over the roof gives the wagon a drag coefficient of "
       "0.24.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A count of a noun the source counts once, in the claim's words, with
 * another value: wrong, though the claim's digits stand in the source as
 * a measure of something else; the source's count passes. */
static void moved_count_table(void **state)
{
  static const char lab[] =
      "The experiment needed more than 1,000 desktop computers plus a dozen "
      "machines running specialised graphics chips for several months.\n\n"
      "Data centres use about 200 terawatt hours of power a year.\n";
  static const struct pair_case cases[] = {
      {lab, "2021-05-04",
       "To learn the task, the robotic hand needed more than 1,000 desktop "
       "computers plus 200 machines running specialised graphics chips for "
       "several months.",
       "200 machines"},
      {lab, "2021-05-04",
       "It needed over 1,000 desktop computers plus 12 machines running "
       "specialised graphics chips for months.",
       NULL},
      {lab, "2021-05-04",
       "Data centres use some 200 terawatt hours of power each year.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* Counts of one noun told apart by what they share: the words set between
 * the number and the noun ("four rooftop bars" for "three rooftop bars"),
 * an approximation to the source's own precision ("around 3,300 steel
 * cables" for "around 3,200"); a value stated of another thing, in a long
 * claim whose words are nearly all the rival's ("borrowed £1,500 from a
 * local bank" where the £1,500 paid for a roof); and not when the claim
 * keeps the figure the source writes beside the value ("about 1,800 tons
 * (1,630 metric tons)").  A range with one end moved is caught whichever
 * apostrophe each text's possessive takes, and a part of a group named by
 * its owner counts the group ("four of our largest animal shelters"); a
 * sum of two counts supports no claim that names the kind of only one
 * ("three rural clinics" from two rural clinics and one mobile clinic). */
static void count_kin_table(void **state)
{
  static const char hotel[] =
      "The harbour hotel has 120 rooms, two pools and three rooftop bars. "
      "Its bridge to the island is held up by around 3,200 steel cables.\n";
  static const char shelter[] =
      "Shelter notes\n\nThe charity paid £1,500 for the new roof last "
      "spring.\n\nLater that spring, after a hard winter, the trustees "
      "borrowed £15,000 from a local bank to keep the animal shelter "
      "open.\n";
  static const char smog[] =
      "Smog report\n\nDepending on the season, trucks cause 40 to 80 percent "
      "of the city\xE2\x80\x99s total pollution.\n";
  static const char fund[] =
      "Annual letter\n\nThe foundation, based in Leeds, runs two of our "
      "largest animal shelters and funds a clinic.\n";
  static const char clinics[] =
      "Field report\n\nIn Kenya the charity runs two of its rural clinics "
      "and one mobile clinic.\n";
  static const char wreck[] =
      "Salvage report\n\nDivers put the wreck cargo at about 1,800 tons "
      "(1,630 metric tons), according to the salvage firm.\n\nThat is "
      "almost enough to fill a large grain silo (which holds about 2,200 "
      "tons, or 2,000 metric tons, of wheat).\n";
  static const struct pair_case cases[] = {
      {hotel, "2021-05-04", "There are four rooftop bars.",
       "four rooftop bars"},
      {hotel, "2021-05-04", "There are three rooftop bars.", NULL},
      {hotel, "2021-05-04",
       "The island bridge hangs from around 3,300 steel cables.",
       "around 3,300 steel cables"},
      {hotel, "2021-05-04",
       "The island bridge hangs from roughly 3,200 steel cables.", NULL},
      {hotel, "2021-05-04",
       "The island bridge hangs from about 3,000 steel cables.", NULL},
      {shelter, "2021-05-04",
       "Despite mounting vet bills and rising feed prices across the whole "
       "county, that spring after a hard winter the trustees borrowed "
       "£1,500 from a local bank.",
       "£1,500"},
      {shelter, "2021-05-04",
       "The charity paid £1,500 for a new roof, and later that spring the "
       "trustees borrowed £15,000 from a local bank.",
       NULL},
      {smog, "2021-05-04",
       "Trucks can be 40 to 60 percent of the city's pollution.",
       "40 to 60 percent"},
      {smog, "2021-05-04",
       "Trucks can be 40 to 80 percent of the city's pollution.", NULL},
      {fund, "2021-05-04",
       "The Leeds foundation runs four of our largest animal shelters.",
       "four of our largest animal shelters"},
      {fund, "2021-05-04",
       "The Leeds foundation runs two of our largest animal shelters.", NULL},
      {clinics, "2021-05-04",
       "In Kenya the charity runs three of its rural clinics.",
       "three of its rural clinics"},
      {clinics, "2021-05-04", "In Kenya the charity runs three clinics.", NULL},
      {wreck, "2021-05-04",
       "There was about 1,800 tons (1,630 metric tons) of it, almost enough "
       "to fill a large grain silo with wheat.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* Engine power in horsepower, before the noun it describes or after it:
 * the rear motor's figure is not the car's total. */
static void engine_power_table(void **state)
{
  static const char car[] =
      "A 275 horsepower electric motor is mounted at the rear of the "
      "wagon.\n\nAdd a second drive at the front and the total comes to 335 "
      "horsepower.\n";
  static const struct pair_case cases[] = {
      {car, "2021-05-04",
       "The wagon has a 335 horsepower electric motor mounted at the rear.",
       "335 horsepower"},
      {car, "2021-05-04", "The rear motor of the wagon makes 275 hp.", NULL},
      {car, "2021-05-04", "With a second drive the total is 335 hp.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A measurement in a unit the source gives one value in: another value
 * near it is that measurement slipped, in whatever words it is put; the
 * source's value, also converted to a unit of the same kind (151 PS is
 * 149 hp), passes, and so does a value in a unit the source measures two
 * things in, which the words must tell apart. */
static void lone_measure_table(void **state)
{
  static const char car[] =
      "The new engine puts out 151 PS along with 197 Nm of torque.\n\n"
      "The boot holds 475 litres, or 510 litres with the floor lowered.\n";
  static const struct pair_case cases[] = {
      {car, "2021-05-04", "| Power | 161 PS |", "161 PS"},
      {car, "2021-05-04", "Torque: 190 Nm.", "190 Nm"},
      {car, "2021-05-04", "| Power | 151 PS |", NULL},
      {car, "2021-05-04", "The engine makes 149 hp.", NULL},
      {car, "2021-05-04", "Its luggage space reaches 500 litres.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A value alone in its clause ("StockX, $2,330 to $3,200") is named by
 * the clause before the comma, and the source states it where that name
 * is, two sentences up the paragraph: no mix-up with the name's other
 * price further on. */
static void listed_label_table(void **state)
{
  static const char sellers[] =
      "eBay: a seller on eBay has the card for as little as $2,499.\n\n"
      "stockX: Like eBay, stockX sells cards after launch. The site is known "
      "for sneakers, and prices range from $2,330 to $3,200.\n\n"
      "stockX: A single older unit is listed on stockX for $899.\n";
  static const struct pair_case cases[] = {
      {sellers, "2021-05-04",
       "On eBay, as little as $2,499; StockX, $2,330 to $3,200.", NULL},
      {sellers, "2021-05-04", "StockX lists the older unit for $2,499.",
       "$2,499"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A multiplier written as a percentage with the same digits, or the
 * other way round: 18 times as many is not 18 % more.  The source's own
 * figure passes in either wording of the multiplier. */
static void swapped_kind_table(void **state)
{
  static const char gut[] =
      "Cells that sense danger\n\nIn mice fed the diet, the team counted 18 "
      "times the number of tuft cells seen in earlier work.\n\nThe lining "
      "grew 40% thicker over the same weeks.\n";
  static const struct pair_case cases[] = {
      {gut, "2021-05-04",
       "The mice had 18 percent more tuft cells than earlier work had seen.",
       "18 percent"},
      {gut, "2021-05-04", "Over those weeks the lining grew 40 times thicker.",
       "40 times"},
      {gut, "2021-05-04",
       "The mice had 18 times as many tuft cells as earlier work had seen.",
       NULL},
      {gut, "2021-05-04", "The lining grew 40 percent thicker.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* Dozens counted in words: "two dozen" is 24, not the source's dozen;
 * twelve, or a dozen, in other words passes. */
static void dozens_table(void **state)
{
  static const char meet[] =
      "Notes from the road\n\nAbout a dozen shop owners were gathered in a "
      "shared workspace on Tuesday night for a networking event.\n";
  static const struct pair_case cases[] = {
      {meet, "2021-05-04",
       "About two dozen shop owners had gathered in a shared workspace for a "
       "networking event.",
       "two dozen"},
      {meet, "2021-05-04",
       "Roughly twelve shop owners were gathered in a shared workspace for "
       "the networking event.",
       NULL},
      {meet, "2021-05-04", "A dozen shop owners met in a shared workspace.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A share written as a fraction in words against the source's fraction
 * of the same whole: another fraction is wrong; the same one, or the same
 * share as a percentage, passes, and so does a share of another whole in
 * fewer of the same words. */
static void word_shares_table(void **state)
{
  static const char county[] =
      "County notes\n\nTo win the county, she needs the rural voters who make "
      "up roughly two-thirds of the county's registered electorate.\n\nA "
      "third of the county's land is forest.\n";
  static const char page[] =
      "Page audit\n\nThe mayor boasts two-thirds of a million Facebook likes. "
      "Auditors reported that at least 7 per cent of them listed Lagos, "
      "Nigeria as their hometown.\n";
  static const struct pair_case cases[] = {
      {county, "2021-05-04",
       "Rural voters make up roughly three-quarters of the county's "
       "registered electorate.",
       "three-quarters"},
      {county, "2021-05-04",
       "Rural voters make up about two-thirds of the county's registered "
       "electorate.",
       NULL},
      {county, "2021-05-04",
       "Rural voters are roughly 67% of the county's registered electorate.",
       NULL},
      {county, "2021-05-04", "Half of the county's land is farmland.", NULL},
      /* a fraction of a million is a quantity, no share to compare with
       * the source's percentage */
      {page, "2021-05-04",
       "The mayor has about two-thirds of a million Facebook likes, and "
       "auditors reported that at least 7 percent list Lagos, Nigeria as "
       "their hometown.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A count followed by the list of what it counts: a list of another
 * length is a miscount; the right count, a partial list ("including")
 * and an open one ("and others") pass. */
static void list_count_table(void **state)
{
  static const char drugs[] =
      "Seizures\n\nThe agency priced the year's seizures of cocaine, heroin, "
      "marijuana, methamphetamine and fentanyl by weight.\n";
  static const struct pair_case cases[] = {
      {drugs, "2021-05-04",
       "The agency priced seizures of six drug types: cocaine, heroin, "
       "marijuana, methamphetamine and fentanyl.",
       "six drug types"},
      {drugs, "2021-05-04",
       "The agency priced seizures of five drug types: cocaine, heroin, "
       "marijuana, methamphetamine, and fentanyl.",
       NULL},
      {drugs, "2021-05-04",
       "The agency priced seizures of five drug types: cocaine, heroin and "
       "others.",
       NULL},
      {drugs, "2021-05-04",
       "The agency priced seizures of five drug types, including cocaine, "
       "heroin and fentanyl.",
       NULL},
      /* a breakdown of the count, not a list of kinds */
      {drugs, "2021-05-04",
       "Five seizures from those two ports: Laredo had three and Nogales two.",
       NULL},
      /* a list in parentheses after the count's noun */
      {drugs, "2021-05-04",
       "The agency priced seizures of four drug types (cocaine, heroin, "
       "marijuana, methamphetamine and fentanyl).",
       "four drug types"},
      {drugs, "2021-05-04",
       "The agency priced seizures of five drug types (cocaine, heroin, "
       "marijuana, methamphetamine and fentanyl).",
       NULL},
      {drugs, "2021-05-04",
       "The agency priced seizures of five drug types (including cocaine "
       "and heroin).",
       NULL},
      /* an aside in parentheses, and two names joined there */
      {drugs, "2021-05-04",
       "Three reports (in Science, Nature and Cell) priced the seizures.",
       NULL},
      {drugs, "2021-05-04",
       "Three reports (Science and Nature) priced the seizures.", NULL},
      /* the list ends at the comma after its last item */
      {drugs, "2021-05-04",
       "The agency took six drug types: cocaine, heroin, marijuana, "
       "methamphetamine and fentanyl, and priced them.",
       "six drug types"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A number inside a name ("Week 13", "BT-7274") that the source writes
 * with that name only with another number: the claim names something the
 * source does not.  The source's own label, a label the source never
 * writes (the source's at a sentence's or heading's start too), a count
 * after a capitalised word at a sentence's start and a source's "Pixel 4a"
 * for "Pixel 4" pass. */
static void label_numbers_table(void **state)
{
  static const char games[] =
      "Schedule\n\nThe league moved the teams' Week 13 rematch in Pittsburgh "
      "to the afternoon. The robot BT-7274 returns in the sequel, and the "
      "Pixel 4a sold well. About 40 fans waited outside.\n";
  /* A tutorial's labels: one inside a sentence, the others opening their
   * heading or sentence. */
  static const char tutorial[] =
      "Font sizes in R\n\nIn Example 1, I show how to change every font "
      "size.\n\nExample 2: Change Font Size of Axis Text\n\nExample 2 "
      "shows how to change the axis labels.\n";
  static const struct pair_case cases[] = {
      {games, "2021-05-04",
       "The league moved the Week 12 rematch in Pittsburgh.", "Week 12"},
      {games, "2021-05-04",
       "The league moved the Week 13 rematch in Pittsburgh.", NULL},
      {games, "2021-05-04", "The sequel brings back BT-7724.", "BT-7724"},
      {games, "2021-05-04", "The sequel brings back BT-7274.", NULL},
      {games, "2021-05-04", "The sequel runs on Route 66.", NULL},
      {games, "2021-05-04", "The team said the Pixel 4 sold well.", NULL},
      {games, "2021-05-04", "About 40 fans waited outside.", NULL},
      {tutorial, "2021-05-04",
       "Next, Example 2 shows how to change the axis labels.", NULL},
      {tutorial, "2021-05-04",
       "Next, Example 3 shows how to change the axis labels.", "Example 3"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A count of kinds counts what they are kinds of: "three types of update
 * channels" is a count of channels, which "four update channels", even in
 * words, contradicts; the same count, and a count of another noun, pass. */
static void kinds_count_table(void **state)
{
  static const char docs[] =
      "Releases\n\nThe engine has three types of update channels, stable, "
      "test and nightly. Each release gets patches for seven months.\n";
  static const struct pair_case cases[] = {
      {docs, "2021-05-04", "Releases flow through four update channels.",
       "four update channels"},
      {docs, "2021-05-04", "Releases flow through three update channels.",
       NULL},
      {docs, "2021-05-04", "Releases flow through four build servers.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* "all five participants" where the source says "four of the five
 * participants": the whole given all of what a part did.  The whole
 * itself, and "all" where the source says it too, pass. */
static void all_of_table(void **state)
{
  static const char study[] =
      "Study\n\nThe study had five participants. The team could predict "
      "the choices of four of the five participants. All 12 rooms were "
      "booked.\n";
  static const struct pair_case cases[] = {
      {study, "2021-05-04",
       "The team could predict the choices of all five participants.",
       "five participants"},
      {study, "2021-05-04", "The study had five participants.", NULL},
      {study, "2021-05-04", "All 12 rooms were booked.", NULL},
      /* a part of the whole in other words */
      {study, "2021-05-04", "All five participants were paid.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* Inches are a length however written ("5.5-inches", "6.5-inch",
 * "14 cm"): another value is caught, the same one in centimetres is not. */
static void inches_table(void **state)
{
  static const char lite[] =
      "Handhelds\n\nThe screen has been shrunk to 5.5-inches and the dock "
      "is gone.\n";
  static const struct pair_case cases[] = {
      {lite, "2021-05-04", "It has a 6.5-inch screen and no dock.", "6.5-inch"},
      {lite, "2021-05-04", "It has a 5.5-inch screen and no dock.", NULL},
      {lite, "2021-05-04", "It has a 14 cm screen and no dock.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* Pixel densities glued to their unit ("226ppi", "300 dpi") are
 * measures, so a range of them is read whole: one end moved is caught. */
static void pixel_density_table(void **state)
{
  static const char panel[] =
      "Display\n\nThe new panel raises pixel density from 220 to 226ppi, "
      "and prints come out at 300 dpi.\n";
  static const struct pair_case cases[] = {
      {panel, "2021-05-04", "Pixel density rose from 220 to 236ppi.",
       "220 to 236ppi"},
      {panel, "2021-05-04", "Pixel density rose from 220 to 226ppi.", NULL},
      {panel, "2021-05-04", "Prints come out at 300dpi.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A count whose noun the source puts in quotes (two "choice targets") is
 * a count of that noun: another count of it is caught. */
static void quoted_noun_table(void **state)
{
  static const char dots[] =
      "Study\n\nThe display also had two \xe2\x80\x9c"
      "choice "
      "targets\xe2\x80\x9d, left or right, and a clock.\n";
  static const struct pair_case cases[] = {
      {dots, "2021-05-04", "There were four choice targets on the display.",
       "four choice targets"},
      {dots, "2021-05-04", "There were two choice targets on the display.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A multiplier in words before "the": "more than triple the MSRP" for the
 * source's "more than double the MSRP". */
static void multiplier_words_table(void **state)
{
  static const char resale[] =
      "Resale\n\nResellers are selling the cards at inflated prices that are "
      "more than double the MSRP.\n";
  static const struct pair_case cases[] = {
      {resale, "2021-05-04",
       "Resellers are charging more than triple the MSRP for the cards.",
       "triple"},
      {resale, "2021-05-04",
       "Resellers are charging more than double the MSRP for the cards.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A page's table reaches the checker one cell to a line: a value stated
 * in a row that names the claim's subject is the source's, however many
 * words a number elsewhere shares; a value moved to another row's subject
 * is still wrong. */
static void table_cells_table(void **state)
{
  static const char game[] =
      "Player\n\nSnaps\n\n%\n\nLarry Ogunjobi\n\n63\n\n85%\n\n"
      "1 tackle, 1 sack.\n\nMyles Garrett\n\n57\n\n77%\n\n2 tackles.\n\n"
      "Sione Takitaki played 6 snaps on defense, staying ahead of Adarius "
      "Taylor on the depth chart.\n";
  static const struct pair_case cases[] = {
      {game, "2021-05-04",
       "Ogunjobi played 63 snaps, 85 percent, and had a sack.", NULL},
      {game, "2021-05-04", "Takitaki played 63 snaps on defense.", "63 snaps"},
      {game, "2021-05-04", "Ogunjobi played 57 snaps.", "57 snaps"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A value on a summary's table row is checked against the values the
 * source writes beside the row's name: a value the source gives to
 * another name is wrong on this row, the row's own value is right, and a
 * share needs its column's word near the source's value. */
static void table_rows_table(void **state)
{
  static const char laps[] =
      "Qualifying: 1. Ann Lee (Chile) Alpha 1:35.782 2. Bo Park (Korea) "
      "Alpha 1:35.824 3. Cy Dunn (Peru) Beta 1:36.954 4. Di Ross (Fiji) "
      "Beta 1:37.143.\n";
  static const char shares[] =
      "Anna Berg's audience is 25 per cent fake, along with 21 per cent of "
      "Senator Carl Moss's.\n"
      "Only 44 per cent of Dora Kent's followers are real.\n";
  static const struct pair_case cases[] = {
      {laps, "2021-05-04", "| 3 | Cy Dunn | Beta | 1:37.143 |", "1:37.143"},
      {laps, "2021-05-04", "| 3 | Cy Dunn | Beta | 1:36.954 |", NULL},
      {laps, "2021-05-04", "| 2 | Bo Park | Alpha | 1:35.842 |", "1:35.842"},
      {shares, "2021-05-04",
       "| Account | Share fake |\n|---|---|\n| Carl Moss | 25% |", "25%"},
      {shares, "2021-05-04",
       "| Account | Share fake |\n|---|---|\n| Carl Moss | 21% |", NULL},
      {shares, "2021-05-04",
       "| Account | Share fake |\n|---|---|\n| Dora Kent | 15% |", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A count the source gives of a near noun in the claim's own words ("nine
 * state charges of aggravated kidnapping") supports it against another
 * count of the claim's noun ("six counts of aggravated sexual assault"),
 * as that one would: the words right around both count alike. */
static void charges_counts_table(void **state)
{
  static const char court[] =
      "Smith, 45, faces nine state charges of aggravated kidnapping, six "
      "counts of aggravated sexual assault of a child and two counts of "
      "indecency with a child.\n";
  static const struct pair_case cases[] = {
      {court, "2021-05-04", "- nine counts of aggravated kidnapping;", NULL},
      {court, "2021-05-04",
       "- seven counts of aggravated sexual assault of a child;",
       "seven counts"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A long sentence listing several sellers, each with its prices, where
 * the source gives each seller's prices in a paragraph of its own, and a
 * seller's bare "Prices range from ..." after the sentence naming it:
 * every value is stated where the words of its own clause point, though
 * the whole sentence's words fit another seller's dearer range better.
 * A price moved to a seller whose own range is another is still caught. */
static void listed_prices_table(void **state)
{
  static const char shops[] =
      "Harbour Cycles has road bikes from Orbea, Giant and Trek, with prices "
      "ranging from $2,199.99 to $2,740.50 depending on frame and maker. "
      "Alerts are sent by email.\n\n"
      "The city model is the cheapest of the new range, with a steel frame "
      "for prices starting at $349.00.\n\n"
      "Millbrook Sports lists the maker's own edition, but you can't order "
      "ahead. Prices vary from $349 to $399 depending on colour.\n\n"
      "Harbour Cycles has two city models on its shelves, both from Giant. "
      "One costs $429 and the other costs $469, and you can ask to be told "
      "when they come in.\n\n"
      "Ridgeway Outdoor has city model listings from Trek and Giant. Prices "
      "range from $379 to $619.\n";
  static const struct pair_case cases[] = {
      {shops, "2021-05-04",
       "Millbrook Sports lists it at $349 to $399, Harbour Cycles has two "
       "Giant models at $429 and $469, and Ridgeway Outdoor ranges from $379 "
       "to $619.",
       NULL},
      {shops, "2021-05-04",
       "Harbour Cycles sells Giant road bikes from $349 to $399.",
       "from $349 to $399"},
      /* A seller named before a comma, prices of another after it. */
      {shops, "2021-05-04",
       "The city model starts at $349; Harbour Cycles, $349 to $399.",
       "$349 to $399"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A difference ("$60 less") is what another thing costs less by, not
 * its price: the price the claim gives beside it is no swap of it.  A
 * price whose sentence says "It" is the price of what the sentence
 * before names. */
static void difference_not_price_table(void **state)
{
  static const char pads[] =
      "Gift guide\n\nHarbour's recently introduced 3-in-1 Wireless Charging "
      "Pad has a dedicated spot for charging a watch, earbuds and a phone. "
      "It's not cheap at $140, but it's very nice to own.\n\nHarbour also "
      "makes a similar 2-in-1 wireless charging mat with a USB-A port for "
      "charging a third device over the wire for $60 less.\n";
  /* the price's sentence names the pad by a pronoun */
  static const char bricks[] =
      "Gift guide\n\nHarbour's recently introduced 3-in-1 Wireless Charging "
      "Pad has a dedicated spot for charging a watch, earbuds and a phone. "
      "It's not cheap at $140, but it's very nice to own.\n\nRidge's wall "
      "charger is my go-to solution. The $49 charging brick charges a phone "
      "or a watch in one place and regularly goes on sale.\n";
  static const struct pair_case cases[] = {
      {bricks, "2021-05-04",
       "Harbour's 3-in-1 Wireless Charging Pad, at $140, charges a watch, "
       "earbuds and a phone in one place.",
       NULL},
      {pads, "2021-05-04",
       "Harbour's 3-in-1 Wireless Charging Pad, at $140, charges a watch, "
       "earbuds and a phone in one place; a 2-in-1 version without the watch "
       "spot costs $60 less.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A number in the source's own phrase with another value ("He was 86."
 * for "He was 88.", "the top 20 markets" for "the top 25 markets") is
 * caught; the source's value, or a value it gives elsewhere, is not. */
static void same_phrase_table(void **state)
{
  static const char obit[] =
      "Obituary\n\nThe satirist Stan Freberg has died. He was 88. His son "
      "said he died of natural causes. JetBlue operates in 10 of the top 25 "
      "markets included in the study. He made 86 records.\n";
  static const struct pair_case cases[] = {
      {obit, "2015-04-08", "Stan Freberg has died. He was 87.", "87"},
      {obit, "2015-04-08", "Stan Freberg has died. He was 88.", NULL},
      /* 86 is the source's, of his records: not this rule's to judge */
      {obit, "2015-04-08", "Stan Freberg has died. He was 86.", NULL},
      {obit, "2015-04-08",
       "JetBlue operates in 10 of the top 20 markets the study looked at.",
       "20 markets"},
      {obit, "2015-04-08",
       "JetBlue operates in 10 of the top 25 markets the study looked at.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A count in words with no noun of its own ("a father of three,") that
 * the source gives in the same words with another value is caught, by
 * the words before it or by those after it; the source's own value and a
 * capitalised count (a name's) are not. */
static void bare_counts_table(void **state)
{
  static const char choir[] =
      "Choir\n\nThe conductor, Ilse Marn, a 52-year-old mother of four, "
      "founded the choir in a disused mill. Last spring it sang eleven in "
      "one evening at the harbour festival, and it sent 9 of the best "
      "recordings to a radio station. She leads the Big Four of the harbour.\n";
  static const char ranked[] = "Harbour singers\n\nThe ten best, as voted:\n"
                               "01. Ada Quill\n02. Rob Halden\n"
                               "03. Mira Tolk\n04. Ian Sorrel\n";
  static const struct pair_case cases[] = {
      {choir, "2020-05-01", "Ilse Marn, a mother of three, founded the choir.",
       "three"},
      {choir, "2020-05-01", "Ilse Marn, a mother of four, founded the choir.",
       NULL},
      {choir, "2020-05-01",
       "The choir once sang twelve in one evening at the festival.", "twelve"},
      {choir, "2020-05-01",
       "The choir sang eleven in one evening at the festival.", NULL},
      {choir, "2020-05-01",
       "The choir sent a dozen songs to the radio; it sent two dozen of the "
       "best recordings.",
       "two dozen"},
      /* a capitalised count is a name's */
      {choir, "2020-05-01", "Marn also leads the Big Three of the harbour.",
       NULL},
      /* a frame stops at a line's end: "Rob Halden" over "03." is no
       * "Rob Halden 03." */
      {ranked, "2020-05-01",
       "Ada Quill is number one, Rob Halden two, Mira Tolk three.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A value a bracketed list gives to another name ("Delta scored 66" for
 * "Delta (70), American (66)") is caught and the finding quotes the
 * source's pair; the name's own value, or a value the source says of the
 * name in other words too, is not. */
static void paired_values_table(void **state)
{
  static const char scores[] =
      "Airlines\n\nSouthwest had the highest satisfaction score (86), "
      "followed by JetBlue (85), Delta (70), American (66) and United "
      "(63).\n";
  static const char hubs[] =
      "Airlines\n\nSouthwest had the highest satisfaction score (86), "
      "followed by JetBlue (85), Delta (70), American (66) and United "
      "(63). Delta has 66 gates at its hub.\n";
  static const struct pair_case cases[] = {
      {scores, "2015-04-28", "Southwest scored 86 and Delta scored 66.", "66"},
      {scores, "2015-04-28", "Southwest scored 86 and Delta scored 70.", NULL},
      {scores, "2015-04-28", "American scored 66, United 63.", NULL},
      {hubs, "2015-04-28", "Southwest scored 86 and Delta scored 66.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A couple of values, one in brackets ("7 per cent ($18,786)"), is one
 * value said twice: a claim coupling one with another couple's partner
 * ("7 per cent, or $17,125") is caught; the source's own couples are
 * not. */
static void coupled_values_table(void **state)
{
  static const char homes[] =
      "Homes\n\nTesco came in next, with a premium of 8 per cent "
      "($17,125), followed by Marks & Spencer, on 7 per cent ($18,786).\n";
  static const struct pair_case cases[] = {
      {homes, "2015-04-28",
       "Marks and Spencer came in at 7 per cent, or $17,125.",
       "7 per cent, or $17,125"},
      {homes, "2015-04-28",
       "Marks and Spencer came in at 7 per cent, or $18,786.", NULL},
      {homes, "2015-04-28", "Tesco came in at 8 per cent ($17,125).", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(numbers_table),
      cmocka_unit_test(units_table),
      cmocka_unit_test(source_summary_table),
      cmocka_unit_test(findings_quote_and_repair),
      cmocka_unit_test(dates_are_not_numbers),
      cmocka_unit_test(rates_table),
      cmocka_unit_test(directions_table),
      cmocka_unit_test(attachment_table),
      cmocka_unit_test(local_dollars_table),
      cmocka_unit_test(list_numbers_table),
      cmocka_unit_test(engine_power_table),
      cmocka_unit_test(lone_measure_table),
      cmocka_unit_test(table_cells_table),
      cmocka_unit_test(table_rows_table),
      cmocka_unit_test(list_count_table),
      cmocka_unit_test(label_numbers_table),
      cmocka_unit_test(kinds_count_table),
      cmocka_unit_test(all_of_table),
      cmocka_unit_test(inches_table),
      cmocka_unit_test(pixel_density_table),
      cmocka_unit_test(quoted_noun_table),
      cmocka_unit_test(multiplier_words_table),
      cmocka_unit_test(word_shares_table),
      cmocka_unit_test(dozens_table),
      cmocka_unit_test(swapped_kind_table),
      cmocka_unit_test(listed_label_table),
      cmocka_unit_test(charges_counts_table),
      cmocka_unit_test(moved_count_table),
      cmocka_unit_test(listed_prices_table),
      cmocka_unit_test(difference_not_price_table),
      cmocka_unit_test(count_kin_table),
      cmocka_unit_test(measured_values_table),
      cmocka_unit_test(money_not_count_table),
      cmocka_unit_test(attachment_says),
      cmocka_unit_test(attachment_warning),
      cmocka_unit_test(fact_sheet_numbers),
      cmocka_unit_test(same_phrase_table),
      cmocka_unit_test(bare_counts_table),
      cmocka_unit_test(paired_values_table),
      cmocka_unit_test(coupled_values_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
