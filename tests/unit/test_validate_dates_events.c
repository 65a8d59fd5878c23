/* test_validate_dates_events.c - the date rules that tie a claim's time to
 * the source's event rather than to a date it writes: a time of day
 * (check_dates_hour.c), a weekday the source never gives whose event the
 * source dates in the next sentence of its paragraph
 * (check_dates_weekday.c), a span counted back from the text itself ("a
 * week before this report"), and a length written as a modifier ("a
 * 16-hour day", check_dates_modifier.c).  Each catching case has a
 * faithful paraphrase beside it. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_validate_common.h"

static void hours_table(void **state)
{
  static const char hike[] =
      "The two hikers said they set out from the lodge around 20:00 on "
      "Thursday. Around 23:00 they heard the guide fire his rifle and then "
      "scream in the dark.\n";
  static const char game[] =
      "The league moved the rematch in Denver from a 4:25 kickoff to a 1 "
      "p.m. start.\n";
  static const char vote[] =
      "Residents can vote in person at the community hall between 12 and 8 "
      "p.m. On the first day, hours at the hall run from 10 a.m. to 9 "
      "p.m.\n";
  static const struct pair_case cases[] = {
      /* Another hour for the event the source times: whatever other time
       * of the source lies near it (20:00 is the departure). */
      {hike, "2022-05-06",
       "At about 9 pm the hikers heard the guide fire his rifle and scream.",
       "9 pm"},
      {hike, "2022-05-06",
       "At about 11 pm the hikers heard the guide fire his rifle and scream.",
       NULL},
      {hike, "2022-05-06",
       "The hikers set out from the lodge at around 8 p.m. on Thursday.", NULL},
      /* A time without its half of the day may be either half. */
      {game, "2019-11-19",
       "The league moved the Denver rematch to 1 p.m. from a 4:25 p.m. "
       "kickoff.",
       NULL},
      /* The bare start of a range ("between 12 and 8 p.m.") is a time. */
      {vote, "2023-11-08",
       "Residents can vote in person at the community hall from noon.", NULL},
      {vote, "2023-11-08",
       "Residents can vote in person at the community hall from 3 p.m.",
       "3 p.m."},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

static void weekdays_by_paragraph_table(void **state)
{
  static const char mayor[] =
      "The mayor chose to comment on Tuesday's flood on Thursday. He said "
      "the dam operator should answer for the damage to the town.\n\nThe "
      "council met again.\n";
  static const struct pair_case cases[] = {
      /* The retold sentence names no day; the sentence before it in its
       * paragraph does, and the source never names the claim's. */
      {mayor, "2019-11-22",
       "Speaking on Sunday, the mayor said the dam operator should answer "
       "for the damage to the town.",
       "Sunday"},
      {mayor, "2019-11-22",
       "Speaking on Thursday, the mayor said the dam operator should answer "
       "for the damage to the town.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

static void spans_from_the_text_table(void **state)
{
  static const char forest[] =
      "On Monday, relatives went into the forest with the police and found "
      "the remains.\n";
  static const char lastweek[] =
      "Last week, relatives went into the forest with the police and found "
      "the remains.\n";
  static const struct pair_case cases[] = {
      /* Counted back from the text's date of Friday 6 May 2022: the week
       * before, not the Monday of this week. */
      {forest, "2022-05-06",
       "Relatives found the remains in the forest a week before this "
       "report.",
       "a week before this report"},
      {lastweek, "2022-05-06",
       "Relatives found the remains in the forest a week before this "
       "report.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

static void lengths_as_modifiers_table(void **state)
{
  static const char shoot[] =
      "All the extras who packed into the concert hall for the 12-hour shoot "
      "stayed until dawn. The film took almost a decade to make.\n";
  static const char hunter[] =
      "The hunter, a 54-year-old farmer, left home at night.\n";
  static const struct pair_case cases[] = {
      /* Another length in the same unit for the same thing; "almost a
       * decade" bounds the film, not the shoot. */
      {shoot, NULL,
       "The scene was shot over a 16-hour day in the concert hall with all "
       "the extras.",
       "16-hour"},
      {shoot, NULL,
       "The scene was shot over a 12-hour day in the concert hall with all "
       "the extras.",
       NULL},
      /* An age is a number, not a length of time. */
      {hunter, NULL, "The hunter, a 54-year-old farmer, left home at night.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(hours_table),
      cmocka_unit_test(weekdays_by_paragraph_table),
      cmocka_unit_test(spans_from_the_text_table),
      cmocka_unit_test(lengths_as_modifiers_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
