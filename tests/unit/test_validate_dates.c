/* test_validate_dates.c - the date checker (check_dates.c and
 * check_dates_source.c): when a source date supports a claimed one, and
 * small sources against one-line summaries (mix-ups, yearless dates under
 * post headings, ranges, short decades, the publication date). */
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

static void dates_table(void **state)
{
  static const struct {
    enum bc_date_kind ck;
    const char *claim;
    enum bc_date_kind sk;
    const char *src;
    int support;
  } cases[] = {
      {BC_DATE_DAY, "2019-06-14", BC_DATE_DAY, "2019-06-14", 2},
      {BC_DATE_YEAR, "2019", BC_DATE_DAY, "2019-03-03", 2},
      {BC_DATE_MONTH, "2019-03", BC_DATE_DAY, "2019-03-14", 2},
      {BC_DATE_QUARTER, "2018-Q1", BC_DATE_QUARTER, "2018-Q1", 2},
      {BC_DATE_QUARTER, "2018-Q1", BC_DATE_MONTH, "2018-02", 2},
      {BC_DATE_DAY, "2019-06-14", BC_DATE_PARTIAL, "--06-14", 2},
      {BC_DATE_DECADE, "2010s", BC_DATE_YEAR, "2014", 2},
      {BC_DATE_YEAR, "2014", BC_DATE_RANGE, "2012-06/2016-03", 1},
      {BC_DATE_MONTH, "2012-06", BC_DATE_RANGE, "2012-06/2016-03", 2},
      {BC_DATE_DAY, "2020-06-14", BC_DATE_DAY, "2019-06-14", 0},
      {BC_DATE_YEAR, "2023", BC_DATE_YEAR, "2024", 0},
      {BC_DATE_QUARTER, "2018-Q2", BC_DATE_MONTH, "2018-02", 0},
      {BC_DATE_MONTH, "2019-05", BC_DATE_DAY, "2019-03-14", 0},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc__dval lo, hi;
    struct bc_date_fact s;
    memset(&s, 0, sizeof s);
    s.kind = cases[i].sk;
    snprintf(s.iso, sizeof s.iso, "%s", cases[i].src);
    assert_true(bc__validate_date_parse(cases[i].ck, cases[i].claim, &lo, &hi));
    if (bc__validate_date_supports(&lo, &s) != cases[i].support)
      fail_msg("%s against %s: expected %d", cases[i].claim, cases[i].src,
               cases[i].support);
  }
}

/* Small sources checked against one-line summaries. */
static void source_summary_table(void **state)
{
  static const struct pair_case cases[] = {
      /* A date the source states is not a mix-up because another date's
       * sentence shares more words with the claim. */
      {"The founders launched the first app in 2019 for three pilot "
       "teams. Version 2 reaches all paid teams on September 19, 2023.",
       "2023-09-12",
       "The founders' new version launches for all paid teams and pilot "
       "teams on September 19, 2023.",
       NULL},
      /* Yearless dates under dated post headings. */
      {"# Garden log\n\n## 9 April 2018\n\nOn 04/02 the greenhouse "
       "arrived.\n\n## 20 June 2022\n\nWe first planted here on 06/05 "
       "two years ago. Yields fell in March and May. The shop opens on 1 "
       "July.\n",
       NULL, "The greenhouse arrived on April 2, 2019.", "April 2, 2019"},
      {"# Garden log\n\n## 9 April 2018\n\nOn 04/02 the greenhouse "
       "arrived.\n",
       NULL, "The greenhouse arrived on 2 April 2018.", NULL},
      {"# Garden log\n\n## 20 June 2022\n\nWe first planted here on "
       "06/05 two years ago. Yields fell in March and May.\n",
       NULL, "They first planted on June 5, 2020; yields fell in May 2022.",
       NULL},
      {"# Garden log\n\n## 20 June 2022\n\nWe first planted here on "
       "06/05 two years ago.\n",
       NULL, "They first planted on June 5, 2021.", "June 5, 2021"},
      {"# Garden log\n\n## 20 June 2022\n\nThe shop opens on 1 July.\n", NULL,
       "The shop opens on July 1, 2022, the post of June 2022 says.", NULL},
      /* A date range with one end moved. */
      {"Most of the track was laid between 2011 and 2014; 2015 was lost to "
       "a strike.",
       NULL, "The track was laid between 2011 and 2015.", "2011 and 2015"},
      {"Most of the track was laid between 2011 and 2014; 2015 was lost to "
       "a strike.",
       NULL, "The track was laid from 2011 to 2014.", NULL},
      /* Short decades. */
      {"The canal was dug in the 1820s and widened in the 1830s; a lock was "
       "added in 1902.",
       NULL, "It was dug and widened in the 1820s and '30s.", NULL},
      {"The canal was dug in the 1820s and widened in the 1830s.", NULL,
       "It was dug and widened in the 1820s and '50s.", "'50s"},
      /* The publication date is no event to mix up with another. */
      {"We published our first post on this blog on 3 March 2014.",
       "2024-07-20", "The post on this blog was published on 20 July 2024.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(dates_table),
      cmocka_unit_test(source_summary_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
