/* test_validate_opposites.c - words of direction turned the other way
 * (check_opposites.c): "slightly above average" where the source says
 * "slightly below average" in the same words; paraphrases, and phrases the
 * source states both ways, pass. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_validate_common.h"

static void opposites_table(void **state)
{
  static const char rain[] =
      "The weather office said rainfall this spring was slightly below "
      "average compared to the last 30 years.\n\nThe survey recorded a "
      "sharp increase from the previous year in river flooding, and well "
      "above average storms on the coast.\n";
  static const struct pair_case cases[] = {
      /* the direction turned, in the source's words */
      {rain, "2021-05-04",
       "Rainfall this spring was slightly above average compared to the "
       "last 30 years, the weather office said.",
       "slightly above average"},
      {rain, "2021-05-04",
       "River flooding showed a sharp decrease from the previous year, the "
       "survey recorded.",
       "decrease"},
      /* the same direction, in other words */
      {rain, "2021-05-04",
       "Spring rainfall was a little under the 30-year average, the weather "
       "office said.",
       NULL},
      {rain, "2021-05-04",
       "River flooding rose sharply from the previous year, the survey "
       "recorded.",
       NULL},
      /* the source's own phrase */
      {rain, "2021-05-04", "Coastal storms were well above average.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A verb of change against the source's verb of the other direction on
 * the same thing, whichever words each uses: "slowed the curing" for
 * "accelerated the curing"; "sped up the curing" passes, and so does a
 * claim the source states both ways. */
static void change_verbs_table(void **state)
{
  static const char site[] =
      "Engineers said the new additive accelerated the curing of the "
      "concrete on the bridge deck, while the cold snap delayed the opening "
      "of the bridge by a week.\n\nIn the tunnel, the pumps first raised "
      "the water level and later cut the water level again.\n";
  static const struct pair_case cases[] = {
      {site, "2021-05-04",
       "According to the engineers, the new additive slowed the curing of "
       "the concrete on the deck.",
       "slowed the curing"},
      {site, "2021-05-04",
       "The cold snap hastened the opening of the bridge, the engineers said.",
       "hastened the opening"},
      {site, "2021-05-04",
       "According to the engineers, the new additive sped up the curing of "
       "the concrete on the deck.",
       NULL},
      {site, "2021-05-04", "In the tunnel the pumps lowered the water level.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(opposites_table),
      cmocka_unit_test(change_verbs_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
