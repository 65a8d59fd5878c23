/* test_calendar.c - the shared calendar rules: leap years, month lengths,
 * day numbers both ways, weekdays, ISO weeks, names and the ISO reader. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "util/calendar.h"

static void month_lengths(void **state)
{
  (void)state;
  assert_int_equal(bc__cal_days_in_month(2023, 2), 28);
  assert_int_equal(bc__cal_days_in_month(2024, 2), 29);
  assert_int_equal(bc__cal_days_in_month(1900, 2), 28);
  assert_int_equal(bc__cal_days_in_month(2000, 2), 29);
  /* A day written without its year: February 29 is a real day. */
  assert_int_equal(bc__cal_days_in_month(0, 2), 29);
  assert_int_equal(bc__cal_days_in_month(2023, 4), 30);
  assert_int_equal(bc__cal_days_in_month(2023, 13), 0);
  assert_int_equal(bc__cal_days_in_month(2023, 0), 0);
  assert_true(bc__cal_valid(2024, 2, 29));
  assert_false(bc__cal_valid(2023, 2, 29));
  assert_false(bc__cal_valid(2023, 6, 31));
  assert_false(bc__cal_valid(2023, 6, 0));
}

static void day_numbers_round_trip(void **state)
{
  long n;
  (void)state;
  assert_int_equal(bc__cal_day_number(1970, 1, 1), 0);
  assert_int_equal(
      bc__cal_day_number(2000, 3, 1) - bc__cal_day_number(2000, 2, 28), 2);
  assert_int_equal(bc__cal_day_number(1969, 12, 31), -1);
  for (n = -800000; n <= 800000; n += 997) {
    int y, m, d;
    bc__cal_from_day_number(n, &y, &m, &d);
    assert_true(bc__cal_valid(y, m, d));
    assert_int_equal(bc__cal_day_number(y, m, d), n);
  }
}

static void weekdays_and_weeks(void **state)
{
  int wy = 0;
  (void)state;
  assert_int_equal(bc__cal_weekday(1970, 1, 1), 4);   /* Thursday */
  assert_int_equal(bc__cal_weekday(2025, 9, 10), 3);  /* Wednesday */
  assert_int_equal(bc__cal_weekday(1969, 12, 28), 7); /* Sunday */
  assert_int_equal(bc__cal_iso_week(2025, 9, 10, &wy), 37);
  assert_int_equal(wy, 2025);
  /* 2021-01-03 is a Sunday in the last week of 2020. */
  assert_int_equal(bc__cal_iso_week(2021, 1, 3, &wy), 53);
  assert_int_equal(wy, 2020);
  /* 2024-12-30 is a Monday in week 1 of 2025. */
  assert_int_equal(bc__cal_iso_week(2024, 12, 30, &wy), 1);
  assert_int_equal(wy, 2025);
  /* and back: the Monday a week starts on */
  assert_int_equal(bc__cal_iso_week_start(2025, 1),
                   bc__cal_day_number(2024, 12, 30));
  assert_int_equal(bc__cal_iso_week_start(1989, 44),
                   bc__cal_day_number(1989, 10, 30));
  assert_int_equal(bc__cal_iso_week_start(2020, 53),
                   bc__cal_day_number(2020, 12, 28));
  {
    long n;
    for (n = -3000; n <= 30000; n += 13) {
      int y, m, d, w;
      bc__cal_from_day_number(n, &y, &m, &d);
      w = bc__cal_iso_week(y, m, d, &wy);
      assert_true(n >= bc__cal_iso_week_start(wy, w) &&
                  n < bc__cal_iso_week_start(wy, w) + 7);
    }
  }
}

static void holidays(void **state)
{
  int m = 0, d = 0;
  (void)state;
  /* Thanksgiving: the fourth Thursday of November */
  assert_int_equal(bc__cal_nth_weekday(1998, 11, 4, 4), 26);
  assert_int_equal(bc__cal_nth_weekday(2024, 11, 4, 4), 28);
  /* Memorial Day: the last Monday of May */
  assert_int_equal(bc__cal_nth_weekday(2024, 5, 1, -1), 27);
  assert_int_equal(bc__cal_nth_weekday(2021, 5, 1, -1), 31);
  /* no fifth Monday in February 2023 */
  assert_int_equal(bc__cal_nth_weekday(2023, 2, 1, 5), 0);
  bc__cal_easter(2024, &m, &d);
  assert_int_equal(m * 100 + d, 331);
  bc__cal_easter(1998, &m, &d);
  assert_int_equal(m * 100 + d, 412);
  bc__cal_easter(2019, &m, &d);
  assert_int_equal(m * 100 + d, 421);
  bc__cal_easter(2038, &m, &d);
  assert_int_equal(m * 100 + d, 425);
}

static void names(void **state)
{
  static const struct {
    const char *w;
    int month, weekday;
  } cases[] = {
      {"January", 1, 0}, {"jan", 1, 0},   {"SEPT", 9, 0}, {"Sep", 9, 0},
      {"may", 5, 0},     {"Ma", 0, 0},    {"Janu", 0, 0}, {"Monday", 0, 1},
      {"tues", 0, 2},    {"Thurs", 0, 4}, {"sun", 0, 7},  {"Sundays", 0, 0},
      {"", 0, 0},
  };
  size_t k;
  (void)state;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    assert_int_equal(bc__cal_month_of(cases[k].w, strlen(cases[k].w)),
                     cases[k].month);
    assert_int_equal(bc__cal_weekday_of(cases[k].w, strlen(cases[k].w)),
                     cases[k].weekday);
  }
  assert_string_equal(bc__cal_month_name(9), "September");
  assert_string_equal(bc__cal_month_abbr(12), "Dec");
  assert_string_equal(bc__cal_month_name(0), "");
  assert_string_equal(bc__cal_weekday_name(1), "Monday");
  assert_string_equal(bc__cal_weekday_abbr(7), "Sun");
}

/* A month as running text writes one: capitalised, the rest lower case;
 * "may" and "march" are words, "MARCH" a shout. */
static void capitalised_months(void **state)
{
  static const struct {
    const char *w;
    int month;
  } cases[] = {
      {"March", 3}, {"Mar", 3},  {"Sept", 9},  {"Sep", 9},
      {"May", 5},   {"may", 0},  {"march", 0}, {"MARCH", 0},
      {"MaRch", 0}, {"Marc", 0}, {"Ma", 0},    {"", 0},
  };
  (void)state;
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
    if (bc__cal_month_capitalised(cases[k].w, strlen(cases[k].w)) !=
        cases[k].month)
      fail_msg("'%s': want %d", cases[k].w, cases[k].month);
  assert_int_equal(bc__cal_month_capitalised(NULL, 0), 0);
}

static void iso_reader(void **state)
{
  int y = -1, m = -1, d = -1;
  (void)state;
  assert_true(bc__cal_parse_iso("2019-06-14", &y, &m, &d));
  assert_int_equal(y * 10000 + m * 100 + d, 20190614);
  assert_true(bc__cal_parse_iso("2019-06", &y, &m, &d));
  assert_int_equal(d, 0);
  assert_true(bc__cal_parse_iso("2019", &y, &m, &d));
  assert_int_equal(m, 0);
  assert_true(bc__cal_parse_iso("2019-06-14T10:00", &y, &m, &d));
  assert_int_equal(d, 14);
  assert_false(bc__cal_parse_iso("2019-13-01", &y, &m, &d));
  assert_false(bc__cal_parse_iso("2019-02-30", &y, &m, &d));
  assert_false(bc__cal_parse_iso("june", &y, &m, &d));
  assert_false(bc__cal_parse_iso(NULL, &y, &m, &d));
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(month_lengths),
      cmocka_unit_test(day_numbers_round_trip),
      cmocka_unit_test(weekdays_and_weeks),
      cmocka_unit_test(holidays),
      cmocka_unit_test(names),
      cmocka_unit_test(capitalised_months),
      cmocka_unit_test(iso_reader),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
