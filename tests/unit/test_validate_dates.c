/* test_validate_dates.c - the date checker (check_dates.c,
 * check_dates_source.c, the date rules of equivalence.c, the timeline's iso
 * values in check_evidence.c and date repairs in repair.c), as tables: what
 * values parse, when a source value supports a claimed one and how near it
 * is, then small sources against one-line summaries (faithful paraphrases
 * that must pass, planted errors that must be caught, with what the source
 * says and the fix), timeline iso values, and repairs of whole summaries. */
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

/* --- values ----------------------------------------------------------------
 */

static void parse_table(void **state)
{
  static const struct {
    const char *iso;
    int ok;
    enum bc_date_kind kind;
    int y, m, d, q, sub;
  } cases[] = {
      {"2019-06-14", 1, BC_DATE_DAY, 2019, 6, 14, 0, 0},
      {"2019-06", 1, BC_DATE_MONTH, 2019, 6, 0, 0, 0},
      {"2019", 1, BC_DATE_YEAR, 2019, 0, 0, 0, 0},
      {"2018-Q1", 1, BC_DATE_QUARTER, 2018, 0, 0, 1, 0},
      {"1989-H2", 1, BC_DATE_HALF, 1989, 0, 0, 0, 2},
      {"1998-SU", 1, BC_DATE_SEASON, 1998, 0, 0, 0, 2},
      {"2024-WI", 1, BC_DATE_SEASON, 2024, 0, 0, 0, 4},
      {"1989-W44", 1, BC_DATE_WEEK, 1989, 0, 0, 0, 44},
      {"1989-W43-WE", 1, BC_DATE_WEEK, 1989, 0, 0, 0, 43},
      {"2010s", 1, BC_DATE_DECADE, 2010, 0, 0, 0, 0},
      {"197", 1, BC_DATE_DECADE, 1970, 0, 0, 0, 0}, /* TIMEX3's decade */
      {"19", 1, BC_DATE_CENTURY, 1900, 0, 0, 0, 0},
      {"--06-14", 1, BC_DATE_PARTIAL, 0, 6, 14, 0, 0},
      {"XXXX-04", 1, BC_DATE_PARTIAL, 0, 4, 0, 0, 0},
      {"XXXX-02-29", 1, BC_DATE_PARTIAL, 0, 2, 29, 0, 0},
      {"Q3", 1, BC_DATE_PARTIAL, 0, 0, 0, 3, 0},
      {"XXXX-Q3", 1, BC_DATE_PARTIAL, 0, 0, 0, 3, 0},
      {"1989-11-09T17:00", 1, BC_DATE_DAY, 1989, 11, 9, 0, 0},
      {"2019-13", 0, BC_DATE_DAY, 0, 0, 0, 0, 0},
      {"2019-02-30", 0, BC_DATE_DAY, 0, 0, 0, 0, 0},
      {"2019-Q5", 0, BC_DATE_DAY, 0, 0, 0, 0, 0},
      {"PRESENT_REF", 0, BC_DATE_DAY, 0, 0, 0, 0, 0},
      {"P3M", 0, BC_DATE_DAY, 0, 0, 0, 0, 0},
      {"XXXX-WXX-4", 0, BC_DATE_DAY, 0, 0, 0, 0, 0},
      {"XXXX-XX-XX", 0, BC_DATE_DAY, 0, 0, 0, 0, 0},
      {"", 0, BC_DATE_DAY, 0, 0, 0, 0, 0},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc__dval lo, hi;
    int ok = bc__validate_date_value(cases[i].iso, &lo, &hi);
    if (ok != cases[i].ok)
      fail_msg("%s: parsed %d", cases[i].iso, ok);
    if (ok &&
        (lo.kind != cases[i].kind || lo.y != cases[i].y || lo.m != cases[i].m ||
         lo.d != cases[i].d || lo.q != cases[i].q || lo.sub != cases[i].sub))
      fail_msg("%s: kind %d %d-%d-%d q%d sub%d", cases[i].iso, (int)lo.kind,
               lo.y, lo.m, lo.d, lo.q, lo.sub);
  }
  /* A fact's kind decides too: relative dates, durations and sets are no
   * calendar values for bc__validate_date_parse, whatever their iso. */
  {
    struct bc__dval lo, hi;
    assert_false(bc__validate_date_parse(BC_DATE_RELATIVE, "2023", &lo, &hi));
    assert_false(
        bc__validate_date_parse(BC_DATE_TIME, "1989-11-09T17:00", &lo, &hi));
    assert_true(bc__validate_date_parse(BC_DATE_SEASON, "2026-SP", &lo, &hi));
    assert_true(
        bc__validate_date_parse(BC_DATE_RANGE, "2012-06/2016-03", &lo, &hi));
    assert_int_equal(hi.y, 2016);
    assert_int_equal(hi.m, 3);
  }
}

static void supports_table(void **state)
{
  static const struct {
    const char *claim, *src;
    int support;
  } cases[] = {
      {"2019-06-14", "2019-06-14", 2},
      {"2019", "2019-03-03", 2},
      {"2019-03", "2019-03-14", 2},
      {"2018-Q1", "2018-Q1", 2},
      {"2018-Q1", "2018-02", 2},
      {"2019-06-14", "--06-14", 2},
      {"2010s", "2014", 2},
      {"201", "2014", 2}, /* "the 2010s" as TIMEX3 writes it */
      {"2014", "2012-06/2016-03", 1},
      {"2012-06", "2012-06/2016-03", 2},
      {"2020-06-14", "2019-06-14", 0},
      {"2023", "2024", 0},
      {"2018-Q2", "2018-02", 0},
      {"2019-05", "2019-03-14", 0},
      /* "early 2016" is 2016 (mod START) for January 2016 */
      {"2016", "2016-01", 2},
      {"2024-Q3", "2024-Q3", 2},
      {"2024-SP", "2024-04", 2}, /* "last spring" for April */
      {"2024-SU", "2024-04", 0},
      {"2024-H1", "2024-03", 2},
      {"2024-H1", "2024-Q2", 2},
      {"2024-H2", "2024-Q2", 0},
      {"2024-W22", "2024-05-29", 2},
      {"2024-05", "2024-W21", 2},
      {"2024-05", "2024-W22", 0}, /* 27 May to 2 June lies in no month */
      {"2024", "2024-W22", 2},
      {"19", "1950s", 2}, /* the 20th century */
      {"20", "1950s", 0},
      {"195", "19", 0},       /* a century does not state a decade */
      {"2023", "2023-WI", 0}, /* winter spans two years */
      {"2023-WI", "2023-01", 2},
      {"2023-WI", "2022-12", 2},
      /* Without a year on one side: what both give. */
      {"--06-14", "2019-06-14", 2},
      {"--06-14", "2019-06", 0},
      {"XXXX-04", "2019-04-02", 2},
      {"XXXX-04", "2019-04", 2},
      {"XXXX-04", "2019-05", 0},
      {"Q3", "2024-08", 2},
      {"Q3", "2024-Q3", 2},
      {"Q3", "Q3", 2},
      {"Q2", "2024-08", 0},
      {"2024-04", "XXXX-04", 2},
      {"2024-04-02", "XXXX-04", 0}, /* a day is more than the month */
      {"2024-Q3", "Q3", 2},
      {"2024", "--06-14", 0},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc__dval lo, hi, slo, shi;
    int got;
    assert_true(bc__validate_date_value(cases[i].claim, &lo, &hi));
    assert_true(bc__validate_date_value(cases[i].src, &slo, &shi));
    got = bc__validate_dval_supports(&lo, &slo, &shi,
                                     strchr(cases[i].src, '/') != NULL);
    if (got != cases[i].support)
      fail_msg("%s against %s: %d, expected %d", cases[i].claim, cases[i].src,
               got, cases[i].support);
  }
}

/* Which source value is named for an unsupported claim. */
static void nearness_table(void **state)
{
  static const struct {
    const char *claim, *src;
    int rank;
  } cases[] = {
      {"2023-Q3", "2024-Q3", 1}, /* the same quarter in another year */
      {"2024-05-30", "2025-05-30", 1},
      {"2023-Q3", "2024-08", 2}, /* in the same quarter of another year */
      {"2023-Q3", "2023", 3},
      {"2023-Q3", "2023-Q1", 3},
      {"2023", "2024", 4},
      {"2023", "2024-Q3", 4},
      {"2023", "2019", 9},
      {"2023-SU", "2024-SU", 1},
      {"2023-H1", "2021-H1", 1},
      {"1950s", "1960s", 4},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc__dval lo, hi, slo, shi;
    long dist;
    int got;
    assert_true(bc__validate_date_value(cases[i].claim, &lo, &hi));
    assert_true(bc__validate_date_value(cases[i].src, &slo, &shi));
    got = bc__validate_dval_nearness(&lo, &slo, &shi, &dist);
    if (got != cases[i].rank)
      fail_msg("%s near %s: %d, expected %d", cases[i].claim, cases[i].src, got,
               cases[i].rank);
  }
}

static void duration_table(void **state)
{
  static const struct {
    const char *iso;
    double days; /* 0: no amount */
  } cases[] = {
      {"P3M", 3 * 365.2425 / 12},
      {"P2Y6M", 2.5 * 365.2425},
      {"PT45M", 45.0 / 1440},
      {"PT1M30S", 90.0 / 86400},
      {"P2Q", 365.2425 / 2},
      {"P8W", 56},
      {"P20Y", 20 * 365.2425},
      {"P1E", 3652.425},
      {"PXY", 0},
      {"P", 0},
      {"3M", 0},
      {"P3", 0},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    double d = 0;
    int ok = bc__validate_duration_days(cases[i].iso, &d);
    if (ok != (cases[i].days > 0) ||
        (ok && (d - cases[i].days > 1e-9 || cases[i].days - d > 1e-9)))
      fail_msg("%s: %d %.9f", cases[i].iso, ok, d);
  }
}

/* --- sources against one-line summaries ------------------------------------
 */

/* A post the date rules below are checked against, dated 1 June 2024. */
static const char post[] =
    "# The garden, two years on\n\n"
    "In Q3 2024 we piloted the model with 40 managers. The first workshop "
    "ran on 30 May 2025 in Tromsø, and more than 1000 people asked for "
    "tickets. In April 2024 we planted the garden. He joined the club in "
    "January 2016. He led the rowing team from June 2012 to March 2016. By "
    "2023 the company was growing fast. Last year we moved the office to "
    "Oslo. We bought a boat in 2021. Next year we will sail to Bergen. The "
    "house was built in the 1950s, late in the 20th century. "
    "The repairs took 18 months.\n";
#define POST_DATE "2024-06-01"

/* Events told two to a sentence. */
#define BAKERY                                                                 \
  "In 2015 and 2016 the bakery grew quickly and hired twelve bakers. The "     \
  "owners bought a second oven in 2017, while a flood closed the shop for a "  \
  "month in 2018.\n\nSales rose 9% in the third quarter of 2019, after a "     \
  "flat second quarter of 2019 when the street was dug up. In March 2020 "     \
  "the pandemic closed the shop for eleven weeks, and Ada Brooks left the "    \
  "bakery in June 2020."

/* Two events of one person in two months of one year. */
#define TOOLING                                                                \
  "Gregory joined Larchmont in March 2015 and spent his first year on the "    \
  "payments service. In September 2016 Gregory wrote a custom module "         \
  "importer that replaced the old loader and cut start-up time in half.\n\n"   \
  "In June 2016 the team moved the whole build to a new server in the "        \
  "basement, which Gregory had asked for since 2015."

/* A timeline whose entries a scrape glued into one sentence. */
#define TIMELINE                                                               \
  "The plant has a long history.Jan 2006 - Government proposes nuclear as "    \
  "part of future energy mixMar 2013 - Construction of Hinkley Point "         \
  "approvedOct 2013 - UK government agrees a price of double the market rate."

/* A forecast glued to the sentences around it, one of which shares the
 * forecast's words. */
#define FLEET                                                                  \
  "The electric fleet will climb steadily over the next 30 years, to "         \
  "40million cars Without any change in current trade policy, by 2025 the "    \
  "total electric fleet in the United States will reach 12.4 per cent, the "   \
  "highest share ever recorded in American history The electric fleet will "   \
  "grow three times faster than the petrol fleet and will reach 20.5 per "     \
  "cent of the nation's cars by 2035, 31.2 per cent by 2045 and 44.9 per "     \
  "cent by 2065 In 2000, electric cars accounted for just 0.1 per cent of "    \
  "U.S."

/* A weekday under a dated heading of a text dated later. */
#define COURT                                                                  \
  "# Delhi air\n\n## 3 November 2019\n\nOfficials banned firecrackers and "    \
  "shut brick kilns across the region.\n\nIndia's Supreme Court on Monday "    \
  "also issued an injunction against crop burning."

/* A weekday under a heading that dates a month only. */
#define HUNTER                                                                 \
  "# Plague\n\n## November 2019\n\nThe man ate the rabbit meat on "            \
  "November 5.\n\nHe was admitted to hospital on Saturday, where he was "      \
  "given antibiotics."

/* A weekday with a part of the day. */
#define OVERTIME                                                               \
  "Brock Nelson scored in overtime to lift the Islanders over the Penguins "   \
  "5-4 Tuesday night."

/* A dateline, and a weekday named alone for the event. */
#define ASSANGE                                                                \
  "Published November 20th, 2019 - 07:50 GMT\n\nSweden's deputy director of "  \
  "public prosecutions, Eva-Marie Persson, said on Tuesday that the rape "     \
  "investigation was dropped."

/* A day named as the day before another. */
/* A length of time counted from an event ("two weeks earlier") is checked
 * against the offset the source gives that event, a length with its
 * direction ("a week earlier") or a step of one unit ("last week"); a year
 * used as a modifier ("the 2018 top charities") against the year the
 * source gives that thing; a year against the date of the one sentence
 * that writes the claim's count ("303,417 new vehicles").  Each catching case
 * has a faithful paraphrase beside it. */
static void offsets_and_modifiers_table(void **state)
{
  static const char swap[] =
      "Two hostages were released on Tuesday in a prisoner swap. When the "
      "president first announced the potential exchange last week, he said "
      "the freed militants would not return to the front line.\n";
  static const char plant[] =
      "The paper mill closed on May 9, 2019. The union had warned of the "
      "closure a week earlier, at a meeting in the town hall.\n";
  static const char mayor[] =
      "The mayor resigned on March 3, 2019. The council had censured him two "
      "years earlier over the harbour budget, and the previous week over "
      "the ferry contract.\n";
  static const char storm[] =
      "The storm hit the coast on June 4, 2019. Power returned the next day "
      "to most of the town. The bridge reopened hours later.\n";
  static const char charity[] =
      "In July 2018 we recommended a grant to the incubator to develop "
      "potential GiveWell top charities by testing programs.\n\n"
      "If the incubator fails to find programs more cost-effective than "
      "GiveWell's 2017 top charities, the grant will have failed.\n";
  static const char revenue[] =
      "The firm opened its first shop in 2016. Revenue for 2018 rose to $5 "
      "million. The firm posted 2017 revenue of $4 million.\n";
  static const char dealers[] =
      "Consumers bought 208,560 new vehicles this year. Dealers last year "
      "sold 303,417 new vehicles, up 4 percent from the previous year. "
      "Nationally, dealers sold nearly 17.3 million new vehicles last year, "
      "an increase of just 0.3 percent from 2017.\n";
  static const struct pair_case cases[] = {
      /* a number of the claim that the source writes only beside another
       * date pins the claim's event to that date */
      {dealers, "2019-11-20",
       "Houston dealers sold 303,417 new vehicles in 2017, a 4 percent gain.",
       "2017"},
      {dealers, "2019-11-20",
       "Houston dealers sold 303,417 new vehicles in 2018, a 4 percent gain.",
       NULL},
      {"The platform launched in March 2014. By the end of 2021 it handled "
       "120,000 events per second.\n",
       "2022-01-10",
       "Launched in March 2014, the platform grew to handle 120,000 events "
       "per second.",
       NULL},
      {"Amazon last year pledged to be net zero carbon by 2040 and ordered "
       "100,000 electric vans.\n",
       "2020-01-16",
       "Amazon pledged in 2019 to be net zero carbon by 2040 and to buy "
       "100,000 electric vans.",
       NULL},
      {swap, "2019-11-19",
       "The president, who had announced the potential exchange two weeks "
       "earlier, said the freed militants would not return to the front "
       "line.",
       "two weeks earlier"},
      {swap, "2019-11-19",
       "The president, who had announced the potential exchange a week "
       "earlier, said the freed militants would not return to the front "
       "line.",
       NULL},
      {plant, "2019-06-01",
       "The union warned of the closure two weeks earlier at a meeting in "
       "the town hall.",
       "two weeks earlier"},
      {plant, "2019-06-01",
       "The union warned of the closure seven days before, at a meeting in "
       "the town hall.",
       NULL},
      {plant, "2019-06-01",
       "The union warned of the closure a week later, at a meeting in the "
       "town hall.",
       "a week later"},
      /* the source's offsets, read once, serve every claim offset after
       * the first */
      {plant, "2019-06-01",
       "The union warned of the closure seven days before, at a meeting in "
       "the town hall. The union warned of the closure two weeks earlier at "
       "a meeting in the town hall.",
       "two weeks earlier"},
      /* a length something lasts is no offset */
      {plant, "2019-06-01",
       "The union warned of the closure at a meeting in the town hall, and "
       "the mill stayed shut for two weeks after the vote.",
       NULL},
      {mayor, "2020-01-10",
       "The mayor resigned on March 3, 2019; the council had censured him a "
       "year earlier over the harbour budget.",
       "a year earlier"},
      {mayor, "2020-01-10",
       "The mayor resigned on March 3, 2019; the council had censured him "
       "two years before over the harbour budget.",
       NULL},
      {mayor, "2020-01-10",
       "The mayor resigned on March 3, 2019; the council had censured him "
       "the previous month over the ferry contract.",
       "the previous month"},
      {mayor, "2020-01-10",
       "The mayor resigned on March 3, 2019; the council had censured him "
       "the week before over the ferry contract.",
       NULL},
      {storm, "2020-01-10",
       "The storm hit the coast on June 4, 2019, and power returned the same "
       "day to most of the town.",
       "the same day"},
      {storm, "2020-01-10",
       "The storm hit the coast on June 4, 2019, and the bridge reopened the "
       "same day.",
       NULL},
      {charity, "2018-10-09",
       "Unless the incubator finds programs better than GiveWell's 2018 top "
       "charities, the grant will have failed.",
       "2018"},
      {charity, "2018-10-09",
       "Unless the incubator finds programs better than GiveWell's 2017 top "
       "charities, the grant will have failed.",
       NULL},
      {revenue, "2019-03-01", "The firm's 2018 revenue rose to $5 million.",
       NULL},
      {revenue, "2019-03-01", "The firm posted 2016 revenue of $4 million.",
       "2016"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

#define CLINCHED                                                               \
  "On Monday, Switzerland and Denmark clinched. The day before, Portugal "     \
  "made it as Bruno Fernandes scored the winner."

/* Small sources checked against one-line summaries. */
static void source_summary_table(void **state)
{
  static const struct pair_case cases[] = {
      /* a year the source writes short, "since '57" (a decade, "the
       * '50s", is no year) */
      {"The next day I went to school in shock. Buddy hadn't had a big hit "
       "on the charts since '57. Rock music of the '50s was a fad.\n",
       "2015-04-08", "Buddy hadn't had a big hit since 1957.", NULL},
      {"The next day I went to school in shock. Buddy hadn't had a big hit "
       "on the charts since '57. Rock music of the '50s was a fad.\n",
       "2015-04-08", "Buddy hadn't had a big hit since 1950.", "1950"},
      /* A date the source states is not a mix-up because another date's
       * sentence shares more words with the claim. */
      {"The founders launched the first app in 2019 for three pilot "
       "teams. Version 2 reaches all paid teams on September 19, 2023.",
       "2023-09-12",
       "The founders' new version launches for all paid teams and pilot "
       "teams on September 19, 2023.",
       NULL},
      /* A year that names an event the source names so is not dated by
       * the other dates of the claim's sentence. */
      {"The harbour master is campaigning ahead of the 2026 city council "
       "election. On March 3 the harbour master met the ferry union to "
       "discuss the port tax.",
       "2025-03-05",
       "The harbour master, who is running in the 2026 city council "
       "election, met the ferry union to discuss the port tax.",
       NULL},
      /* A span of years with the century left out, spelt out. */
      {"Analysts expect the brewer's earnings to grow 15% a year over "
       "FY2024-26.",
       "2023-11-02",
       "Analysts expect the brewer's earnings to grow 15% a year over fiscal "
       "2024 to 2026.",
       NULL},
      {"Analysts expect the brewer's earnings to grow 15% a year over "
       "FY2024-26.",
       "2023-11-02",
       "Analysts expect the brewer's earnings to grow 15% a year over fiscal "
       "2024 to 2028.",
       "2028"},
      /* The noun a relative clause tells of goes with the clause's date,
       * not the date before it. */
      {"After a late March thaw, the crews have a few weeks to ready the "
       "slopes for spring barley, which is usually sown mid-April.",
       "2024-03-10",
       "Crews ready the slopes before sowing spring barley mid-April.", NULL},
      /* An interval the source gives, counted from the text's present. */
      {"The survey was finished five years before the agency plans to "
       "launch its lunar rover, which is due to land in 2031.",
       "2024-05-01",
       "The lunar rover launches five years from now and lands in 2031.", NULL},
      {"The survey was finished five years before the agency plans to "
       "launch its lunar rover, which is due to land in 2031.",
       "2024-05-01",
       "The lunar rover launches eight years from now and lands in 2031.",
       "eight years from now"},
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
      /* A date the source gives for another event: the words the claim
       * shares with the sentence stating its value ("Gregory") are that
       * event's too, while the other event's sentence has many more. */
      {TOOLING, NULL,
       "In June 2016 Gregory wrote a custom module importer that cut "
       "start-up time in half.",
       "June 2016"},
      {TOOLING, NULL,
       "Gregory wrote the custom module importer in June 2016, halving "
       "start-up time.",
       "June 2016"},
      /* ... or a year the event is dated by. */
      {"Gregory joined Larchmont in March 2015. In June 2016 Gregory moved "
       "the whole build to a new server in the basement. Gregory wrote a "
       "custom module importer in 2017 that cut start-up time in half.",
       NULL,
       "In June 2016 Gregory wrote a custom module importer that cut "
       "start-up time in half.",
       "June 2016"},
      {"In June 2016 the team moved the whole build to a new server in the "
       "basement. In the fall of 2016 Gregory wrote a custom module importer "
       "that cut start-up time in half.",
       NULL,
       "In June 2016 Gregory wrote a custom module importer that cut "
       "start-up time in half.",
       "June 2016"},
      {"In June 2016 the team moved the whole build to a new server in the "
       "basement. In the fall of 2016 Gregory wrote a custom module importer "
       "that cut start-up time in half.",
       NULL,
       "In the autumn of 2016 Gregory wrote a custom module importer that cut "
       "start-up time in half.",
       NULL},
      /* Faithful: each date with its own event, gathered in one sentence
       * or told apart by the event's own words. */
      {TOOLING, NULL,
       "In the autumn of 2016 Gregory wrote a custom module importer that cut "
       "start-up time in half.",
       NULL},
      {TOOLING, NULL,
       "In June 2016 Gregory's team moved the build to a new server; in "
       "September he wrote a custom module importer.",
       NULL},
      {TOOLING, NULL,
       "Gregory, who wrote a custom module importer in September 2016, saw "
       "the build move to a basement server in June 2016.",
       NULL},
      {TOOLING, NULL, "In June 2016 the build moved to a new server.", NULL},
      {TOOLING, NULL,
       "Gregory joined in March 2015; in June 2016 the team moved the build, "
       "and his importer halved start-up time.",
       NULL},
      /* A quarter without its year, said of another quarter's event. */
      {"Orders at the Tacoma plant rose 14% in the third quarter, the best "
       "result since it opened. In the second quarter the company hired "
       "forty engineers for its software group.",
       NULL, "Orders at the Tacoma plant rose 14% in the second quarter.",
       "second quarter"},
      {"Orders at the Tacoma plant rose 14% in the third quarter of this "
       "year, the best result since it opened. In the second quarter the "
       "company hired forty engineers for its software group.",
       "2019-11-01",
       "Orders at the Tacoma plant rose 14% in the second quarter of this "
       "year.",
       "second quarter"},
      {"Orders at the Tacoma plant rose 14% in the third quarter, the best "
       "result since it opened. In the second quarter the company hired "
       "forty engineers for its software group.",
       NULL,
       "Orders rose 14% in the third quarter; the company hired forty "
       "engineers in the second quarter.",
       NULL},
      /* Two events of one sentence, each with its own clause: the words
       * of the clause tell them apart; dates joined by "and" share them. */
      {BAKERY, NULL, "A flood closed the shop for a month in 2017.", "2017"},
      {BAKERY, NULL, "The owners bought a second oven in 2018.", "2018"},
      {BAKERY, NULL,
       "In June 2020 the pandemic closed the shop for eleven weeks.",
       "June 2020"},
      {BAKERY, NULL, "Sales rose 9% in the second quarter of 2019.",
       "second quarter of 2019"},
      {BAKERY, NULL, "The bakery hired twelve bakers in 2015.", NULL},
      {BAKERY, NULL, "In 2016 the bakery grew quickly.", NULL},
      {BAKERY, NULL,
       "A flood closed the shop for a month in 2018, a year after the "
       "owners bought a second oven.",
       NULL},
      {BAKERY, NULL,
       "Sales were flat in the second quarter of 2019 while the street was "
       "dug up.",
       NULL},
      {BAKERY, NULL,
       "The pandemic closed the shop for eleven weeks from March 2020.", NULL},
      {BAKERY, NULL,
       "Ada Brooks left in June 2020, after the pandemic closed the shop for "
       "eleven weeks.",
       NULL},
      /* A quarter of a game, which the source tells otherwise. */
      {"The Giants scored twice late in the game to win 24-20.", NULL,
       "The Giants scored twice in the fourth quarter to win 24-20.", NULL},
      /* A range written without its year, one end moved. */
      {"The Lisbon summit ran from May 5 to May 12 and drew four thousand "
       "people. On May 9 the organisers named next year's venue.",
       "2019-06-01", "The Lisbon summit ran between May 5 and May 9.",
       "May 5 and May 9"},
      {"The Lisbon summit ran from May 5 to May 12 and drew four thousand "
       "people. On May 9 the organisers named next year's venue.",
       "2019-06-01",
       "The Lisbon summit ran from May 5 to May 12; on May 9 the organisers "
       "named a venue.",
       NULL},
      /* The publication date is no event to mix up with another. */
      {"We published our first post on this blog on 3 March 2014.",
       "2024-07-20", "The post on this blog was published on 20 July 2024.",
       NULL},
      /* A claim that dates the text itself is checked against the text's
       * date, not against the dates of its events: a month of publication,
       * a "Source:" line with the text's weekday. */
      {"A survey from 2013 found that one in three adults in the US take "
       "a multivitamin every day.",
       "2020-06-12",
       "A feature published in June 2020 says one in three adults take a "
       "multivitamin every day.",
       NULL},
      {"A survey from 2013 found that one in three adults in the US take "
       "a multivitamin every day.",
       "2020-06-12",
       "A feature published in June 2021 says one in three adults take a "
       "multivitamin every day.",
       "June 2021"},
      {"Speaking with Kaieteur News on Thursday, the sister of the hunter "
       "said he left home to go hunting.",
       "2022-05-06", "**Source:** Kaieteur News, Friday, May 6, 2022", NULL},
      {"Speaking with Kaieteur News on Thursday, the sister of the hunter "
       "said he left home to go hunting.",
       "2022-05-06", "**Source:** Kaieteur News, Saturday, May 7, 2022",
       "Saturday, May 7, 2022"},
      {"Speaking with Kaieteur News on Thursday, the sister of the hunter "
       "said he left home to go hunting.",
       "2022-05-06",
       "Kaieteur News spoke with the sister on Friday, May 6, 2022.",
       "Friday, May 6, 2022"},
      /* A day read out of a compact timestamp the source writes; another
       * day is still not given. */
      {"Nightly builds carry the commit time, for example "
       "0.0.0-20180720214833-f61e0f7.",
       "2022-04-22", "The example build is a commit from July 20, 2018.", NULL},
      {"Nightly builds carry the commit time, for example "
       "0.0.0-20180720214833-f61e0f7.",
       "2022-04-22", "The example build is a commit from July 21, 2018.",
       "July 21, 2018"},
      {"Nightly builds carry the order number 1201807201.", "2022-04-22",
       "The example build is a commit from July 20, 2018.", "July 20, 2018"},
      /* A relative date told to the audience counts from the show's own
       * time; the same words said of the source's event are checked. */
      {"On November 8, 1923, the party met in a beer hall in Munich.",
       "2023-11-05", "HOST A: History rhymes. See you next week.", NULL},
      {"On November 8, 1923, the party met in a beer hall in Munich.",
       "2023-11-05",
       "HOST A: The party met in a beer hall in Munich next week.",
       "next week"},

      /* Faithful paraphrases in the forms the tagger reads. */
      {post, POST_DATE,
       "In the third quarter of 2024 they piloted the model with 40 "
       "managers.",
       NULL},
      {post, POST_DATE, "Last spring they planted the garden.", NULL},
      {post, POST_DATE, "In the first half of 2024 they planted the garden.",
       NULL},
      {post, POST_DATE, "He joined the club in early 2016.", NULL},
      {post, POST_DATE, "He led the rowing team for nearly four years.", NULL},
      {post, POST_DATE, "He led the rowing team for almost four years.", NULL},
      {post, POST_DATE, "The company kept growing into the 2020s.", NULL},
      {post, POST_DATE, "The house dates from the 20th century.", NULL},
      {post, POST_DATE, "The house was built in the mid-20th century.", NULL},
      {post, POST_DATE, "The repairs took a year and a half.", NULL},
      {post, POST_DATE, "The repairs took more than a year.", NULL},
      /* "last year" in a post of 2024 is 2023, and said so in a summary. */
      {post, POST_DATE, "In 2023 they moved the office to Oslo.", NULL},
      {post, POST_DATE, "Last year they moved the office to Oslo.", NULL},
      {post, POST_DATE, "In 2025 they will sail to Bergen.", NULL},
      /* Under a post's dated heading "last year" counts from the post; a
       * summary that repeats it says what the source says. */
      {"## 3 March 2019\n\nLast year we moved to Oslo.\n", POST_DATE,
       "Last year they moved to Oslo.", NULL},
      {"## 3 March 2019\n\nLast year we moved to Oslo.\n", POST_DATE,
       "In 2018 they moved to Oslo.", NULL},
      {"## 3 March 2019\n\nLast year we moved to Oslo.\n", POST_DATE,
       "In 2023 they moved to Oslo.", "2023"},
      /* The present is the source's present. */
      {post, POST_DATE, "Today the office is in Oslo.", NULL},
      /* A correct date never draws an error, whatever numbers surround it. */
      {post, POST_DATE,
       "The first workshop ran on 30 May 2025 in Tromsø, where more than "
       "1000 people asked for tickets.",
       NULL},
      /* A half or a quarter named by its months, and the count of months
       * in it, which is a number as well. */
      {"The club ran its trial in the first 6 months of 2022, with 30 "
       "volunteers.",
       NULL, "The club ran its trial in the first half of 2022.", NULL},
      {"The club ran its trial in the first 6 months of 2022, with 30 "
       "volunteers.",
       NULL, "The club's six-month trial ran in 2022.", NULL},
      {"Repairs filled the last three months of 2021.", NULL,
       "Repairs filled the fourth quarter of 2021.", NULL},
      {"The club ran its trial in the first 6 months of 2022, with 30 "
       "volunteers.",
       NULL, "The club ran its trial in the second half of 2022.",
       "the second half of 2022"},
      /* A quarter the source names in the claim's words, against one
       * that only holds the document's date. */
      {"The bakery reported on Monday. Sales grew 4% in Q3. \"Leaving out "
       "the flood, we think Q3 margins would have been nearer 9%,\" the "
       "owner wrote.",
       "2021-11-12",
       "Ignore those costs, she argues, and Q4 margins would have been "
       "nearer 9%.",
       "Q4"},
      {"The bakery reported on Monday. Sales grew 4% in Q3. \"Leaving out "
       "the flood, we think Q3 margins would have been nearer 9%,\" the "
       "owner wrote.",
       "2021-11-12",
       "Ignore those costs, she argues, and Q3 margins would have been "
       "nearer 9%.",
       NULL},
      /* A holiday moves from year to year: no day to check. */
      {post, POST_DATE, "The garden opened on Easter Monday.", NULL},
      /* A month the source never gives, with no other month in its words:
       * no error (a warning). */
      {post, POST_DATE, "The boat was bought in August.", NULL},

      /* An undated source that says "this year": the claim's year may be
       * it (a warning); with the source's date it is not. */
      {"Rosberg could win his first world title this year, the team said.",
       NULL, "Rosberg may win the 2016 world title.", NULL},
      {"Rosberg could win his first world title this year, the team said.",
       "2024-06-01", "Rosberg may win the 2016 world title.", "2016"},

      /* Planted errors. */
      {post, POST_DATE, "In Q3 2023 they piloted the model with 40 managers.",
       "Q3 2023"},
      {post, POST_DATE, "The first workshop ran on 30 May 2024 in Tromsø.",
       "30 May 2024"},
      {post, POST_DATE, "In 2022 they moved the office to Oslo.", "2022"},
      {post, POST_DATE, "In 2023 they bought a boat.", "2023"},
      {post, POST_DATE, "They planted the garden in May.", "May"},
      {post, POST_DATE, "Last spring they moved the office to Oslo.",
       "Last spring"},
      {post, POST_DATE, "The house was built in the 19th century.",
       "19th century"},
      /* A timeline scraped into one sentence: each date labels the words
       * after its dash, up to the next date. */
      {TIMELINE, NULL,
       "In January 2006 the government proposed nuclear as part of the "
       "future energy mix.",
       NULL},
      {TIMELINE, NULL,
       "In March 2013 the government proposed nuclear as part of the future "
       "energy mix.",
       "March 2013"},
      {TIMELINE, NULL,
       "Construction of Hinkley Point was approved in January 2006.",
       "January 2006"},
      /* Years placed together as one sentence of the source places them,
       * though another sentence shares the claim's words. */
      {FLEET, NULL,
       "Without a change in trade policy, the share keeps climbing: 20.5 per "
       "cent by 2035, 31.2 per cent by 2045 and 44.9 per cent by 2065.",
       NULL},
      {FLEET, NULL,
       "Without a change in trade policy, the share keeps climbing: 20.5 per "
       "cent by 2035, 31.2 per cent by 2055 and 44.9 per cent by 2065.",
       "2055"},
      /* A weekday named alone, which the analyzer dated from a post's
       * heading, is the one of the document's own week for a claim. */
      {COURT, "2019-11-08",
       "On Monday, 4 November, the Supreme Court ordered a halt to crop "
       "burning.",
       NULL},
      {COURT, "2019-11-08",
       "On Monday, 11 November, the Supreme Court ordered a halt to crop "
       "burning.",
       "Monday, 11 November"},
      {COURT, "2019-11-08",
       "On Tuesday, 5 November, the Supreme Court ordered a halt to crop "
       "burning.",
       "Tuesday, 5 November"},
      /* A weekday the analyzer could give no day (the heading above it
       * dates a month only) counts from the document's date. */
      {HUNTER, "2019-11-18",
       "He was admitted to hospital on Saturday (November 16) and treated "
       "with antibiotics.",
       NULL},
      {HUNTER, "2019-11-18",
       "He was admitted to hospital on November 9 and treated with "
       "antibiotics.",
       "November 9"},
      /* A weekday with a part of the day ("Tuesday night") states its day;
       * a claim that names the weekday beside the day resolved it. */
      {OVERTIME, "2019-11-20",
       "The Islanders beat the Penguins in overtime on November 19.", NULL},
      {OVERTIME, "2019-11-20", "Tuesday night, November 19.", NULL},
      {OVERTIME, "2019-11-20", "Monday night, November 18.", "November 18"},
      {OVERTIME, "2019-11-20",
       "The Islanders beat the Penguins in overtime on November 12.",
       "November 12"},
      /* A weekday written with a day the calendar puts on another weekday
       * is wrong, with or without its year, unless the source pairs them
       * so itself. */
      {"Tickets go on sale to the public starting Friday, December 6th, at "
       "10 a.m. local time.",
       "2019-11-18", "Tickets go on sale on Saturday, December 6.",
       "Saturday, December 6"},
      {"Tickets go on sale to the public starting Friday, December 6th, at "
       "10 a.m. local time.",
       "2019-11-18", "Tickets go on sale on Friday, December 6.", NULL},
      {"On one of those nights, April 26, 2016, the telescope picked up a "
       "strong signal of water vapour.",
       NULL,
       "On Thursday, April 26, 2016, the telescope picked up a signal of "
       "water vapour.",
       "Thursday, April 26, 2016"},
      {"On one of those nights, April 26, 2016, the telescope picked up a "
       "strong signal of water vapour.",
       NULL,
       "On Tuesday, April 26, 2016, the telescope picked up a signal of "
       "water vapour.",
       NULL},
      {"The fair opens on Saturday, March 3, 2020, in the old market hall.",
       NULL, "The fair opens on Saturday, March 3, 2020.", NULL},
      /* A weekday's short name may be a name: "the Vancouver Sun". */
      {"Microsoft said on 16 January 2020 that it will be carbon negative "
       "by 2030.",
       "2020-01-16",
       "Reuters, via the Vancouver Sun, 16 January 2020: Microsoft will be "
       "carbon negative by 2030.",
       NULL},
      /* The text's own date named for an event the source gives another
       * weekday, unless the claim says, in the date's clause, that it
       * dates the text. */
      {ASSANGE, "2019-11-20",
       "Deputy prosecutor Eva-Marie Persson announced on Wednesday, "
       "November 20, that the rape investigation was dropped.",
       "Wednesday, November 20"},
      {ASSANGE, "2019-11-20",
       "Deputy prosecutor Eva-Marie Persson announced on Tuesday, November "
       "19, that the rape investigation was dropped.",
       NULL},
      {ASSANGE, "2019-11-20",
       "In a report dated Wednesday, November 20, 2019, deputy prosecutor "
       "Eva-Marie Persson said the rape investigation was dropped.",
       NULL},
      {ASSANGE, "2019-11-20",
       "In an analysis published by the Local on Wednesday, November 20, "
       "2019, the writer says the rape investigation was dropped.",
       NULL},
      {ASSANGE, "2019-11-20",
       "Prosecutors published no report, and deputy prosecutor Eva-Marie "
       "Persson announced on Wednesday, November 20, that the rape "
       "investigation was dropped.",
       "Wednesday, November 20"},
      /* "The day before" counts from the day before it. */
      {CLINCHED, "2019-11-19",
       "On Sunday, November 17, Portugal qualified as Bruno Fernandes "
       "scored.",
       NULL},
      {CLINCHED, "2019-11-19",
       "On Sunday, November 17, Switzerland and Denmark clinched their "
       "places.",
       "Sunday, November 17"},
      /* A part of a period shifted ("late" for "mid-"). */
      {"NASA is developing a mission called Europa Clipper, which is "
       "scheduled to launch in the mid-2020s.",
       NULL, "Europa Clipper is scheduled to launch in the late 2020s.",
       "late 2020s"},
      {"NASA is developing a mission called Europa Clipper, which is "
       "scheduled to launch in the mid-2020s.",
       NULL, "Europa Clipper is scheduled to launch in the mid-2020s.", NULL},
      {"NASA is developing a mission called Europa Clipper, which is "
       "scheduled to launch in the 2020s.",
       NULL, "Europa Clipper is scheduled to launch in the late 2020s.", NULL},
      /* A relative date the source writes as a possessive. */
      {"Twenty teams have booked their spots in next summer's tournament.",
       "2019-11-19", "Twenty teams will play next summer.", NULL},
      {post, POST_DATE, "He led the rowing team from June 2013 to March 2016.",
       "June 2013"},
      {post, POST_DATE, "In H2 2024 they planted the garden.", "H2 2024"},
      {post, POST_DATE, "The first workshop ran in summer 2025.",
       "summer 2025"},
      {post, POST_DATE, "The repairs took two decades.", "two decades"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* What a wrong date's finding says: the source value of its own kind, and
 * the fix where the source makes it unambiguous. */
static void says_and_fix_table(void **state)
{
  static const struct {
    const char *src, *sum, *claim, *says, *fix; /* fix NULL: withheld */
  } cases[] = {
      {post, "In Q3 2023 they piloted the model with 40 managers.", "Q3 2023",
       "Q3 2024", "Q3 2024"},
      {post, "The first workshop ran on 30 May 2024 in Tromsø.", "30 May 2024",
       "30 May 2025", "30 May 2025"},
      {post, "The first workshop ran on May 30th, 2024.", "May 30th, 2024",
       "30 May 2025", "May 30th, 2025"},
      {post, "In the third quarter of 2023 they piloted the model.",
       "the third quarter of 2023", "Q3 2024", "the third quarter of 2024"},
      /* A mix-up: the year stated elsewhere, the claim's words those of
       * another date's sentence. */
      {post, "In 2023 they bought a boat.", "2023", "2021", "2021"},
      /* Not the bare year of another sentence: the quarter's own kind. */
      {"In 2023 I started writing the model down. In Q3 2024 we piloted "
       "it with 40 managers.",
       "The model was piloted in Q3 2023.", "Q3 2023", "Q3 2024", "Q3 2024"},
      /* Two quarters of the claim's kind, neither in its words: withheld. */
      {"In Q3 2022 the mill closed. In Q3 2024 the bakery reopened. We "
       "hired 12 bakers in 2023.",
       "Something happened in Q3 2023.", "Q3 2023", NULL, NULL},
      /* A year from "last year" names what the source says, repairs
       * nothing. */
      {post, "In 2022 they moved the office to Oslo.", "2022", "Last year",
       NULL},
  };
  size_t i, j;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_doc *doc = NULL;
    struct bc_facts *facts = NULL;
    struct bc_report *r = NULL;
    struct bc_error err = BC_ERROR_INIT;
    const struct bc_finding *hit = NULL;
    assert_int_equal(
        bc_doc_new_text(cases[i].src, strlen(cases[i].src), &doc, &err), BC_OK);
    doc->date = strdup(POST_DATE);
    assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
    assert_int_equal(bc_validate_text(doc, facts, cases[i].sum,
                                      strlen(cases[i].sum), NULL, &r, &err),
                     BC_OK);
    for (j = 0; j < r->n_findings; j++) {
      const struct bc_finding *f = &r->findings[j];
      if (f->severity != BC_SEV_ERROR)
        continue;
      if (strcmp(f->kind, BC_FINDING_DATE) != 0 ||
          strcmp(f->claim, cases[i].claim) != 0)
        fail_msg("'%s': unexpected %s error on '%s'", cases[i].sum, f->kind,
                 f->claim);
      hit = f;
    }
    if (!hit)
      fail_msg("'%s': no error on '%s'", cases[i].sum, cases[i].claim);
    if (cases[i].says && strcmp(hit->source_says, cases[i].says) != 0)
      fail_msg("'%s': source_says '%s', want '%s'", cases[i].sum,
               hit->source_says, cases[i].says);
    if (cases[i].says && strncmp(doc->text + hit->span.start, hit->source_says,
                                 strlen(hit->source_says)) != 0)
      fail_msg("'%s': the span does not hold '%s'", cases[i].sum,
               hit->source_says);
    if (!cases[i].fix != !hit->fix ||
        (cases[i].fix && strcmp(hit->fix, cases[i].fix) != 0))
      fail_msg("'%s': fix '%s', want '%s'", cases[i].sum,
               hit->fix ? hit->fix : "(none)",
               cases[i].fix ? cases[i].fix : "(none)");
    bc_report_free(r);
    bc_facts_free(facts);
    bc_doc_free(doc);
  }
}

/* --- whole summaries: the timeline and repairs -----------------------------
 */

static void add_timeline(struct bc_summary *s, const char *date,
                         const char *iso, const char *event)
{
  struct bc_timeline_entry *t =
      realloc(s->timeline, (s->n_timeline + 1) * sizeof *t);
  assert_non_null(t);
  s->timeline = t;
  t = &s->timeline[s->n_timeline++];
  memset(t, 0, sizeof *t);
  t->date = strdup(date);
  t->iso = strdup(iso);
  t->event = strdup(event);
}

static struct bc_report *check_summary(const char *src,
                                       const struct bc_summary *s,
                                       struct bc_doc **doc_out,
                                       struct bc_facts **facts_out)
{
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  assert_int_equal(bc_doc_new_text(src, strlen(src), &doc, &err), BC_OK);
  doc->date = strdup(POST_DATE);
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  assert_int_equal(bc_validate_summary(doc, facts, s, NULL, &r, &err), BC_OK);
  *doc_out = doc;
  *facts_out = facts;
  return r;
}

static size_t errors_on(const struct bc_report *r, const char *field)
{
  size_t j, n = 0;
  for (j = 0; j < r->n_findings; j++)
    if (r->findings[j].severity == BC_SEV_ERROR &&
        !r->findings[j].repaired_to &&
        (!field || strcmp(r->findings[j].field, field) == 0))
      n++;
  return n;
}

/* A timeline entry's iso value must agree with its date as written, in any
 * of the value forms; a decade is never flagged against itself. */
static void timeline_iso_table(void **state)
{
  static const char src[] =
      "The mill opened in the 1970s. In Q3 2024 the bakery reopened. The "
      "garden should bloom in the spring of 2026. He led the team from June "
      "2012 to March 2016. In 2023 the shop moved. The first workshop ran on "
      "30 May 2025. The bakery grew through the 2020s. The fair opens on "
      "06/14. Prices rose between 2014 and June 2016. Yesterday the shop "
      "reopened.\n";
  static const struct {
    const char *date, *iso;
    int bad;
  } cases[] = {
      {"1970s", "1970s", 0},
      {"1970s", "197", 0},
      {"1970s", "1970", 0},
      {"the 1970s", "1970/1979", 0},
      {"1970s", "1980s", 1},
      {"Q3 2024", "2024-Q3", 0},
      {"Q3 2024", "2024-07-01", 0},
      {"Q3 2024", "2024-07", 0},
      {"Q3 2024", "2023-Q3", 1},
      {"Q3 2024", "2024-10", 1},
      {"the spring of 2026", "2026-SP", 0},
      {"the spring of 2026", "2026-04", 0},
      {"the spring of 2026", "2026-SU", 1},
      {"June 2012 to March 2016", "2012-06/2016-03", 0},
      {"June 2012 to March 2016", "2012/2016", 0},
      {"June 2012 to March 2016", "2012-06/2017-03", 1},
      {"2023", "2023", 0},
      {"2023", "2032", 1},
      {"30 May 2025", "2025-05-30", 0},
      {"30 May 2025", "2025-05-31", 1},
      {"the 2020s", "202", 0},
      {"the 2020s", "2020s", 0},
      /* A short decade lifted out of "the 90s": read with its article. */
      {"90s", "1990s", 0},
      {"80's", "1980s", 0},
      {"90s", "1980s", 1},
      {"June 14", "2024-06-14", 0},
      {"June 14", "2023-06-14", 0}, /* its year is the event's */
      {"June 14", "2024-06-15", 1},
      {"2014 and June 2016", "2014/2016-06", 0},
      {"2014 and June 2016", "2014/2017-06", 1},
      /* A date said relative to another ("yesterday", "this year") has no
       * value to compare without its event. */
      {"yesterday", "2024-05-31", 0},
      {"this year", "2024", 0},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_summary *s = bc_summary_new();
    struct bc_doc *doc;
    struct bc_facts *facts;
    struct bc_report *r;
    size_t bad;
    assert_non_null(s);
    add_timeline(s, cases[i].date, cases[i].iso, "Something happened.");
    r = check_summary(src, s, &doc, &facts);
    if (errors_on(r, "timeline[0].date"))
      fail_msg("%s: the date itself drew an error", cases[i].date);
    bad = errors_on(r, "timeline[0].iso");
    if ((bad != 0) != cases[i].bad)
      fail_msg("%s with iso %s: %zu errors", cases[i].date, cases[i].iso, bad);
    bc_report_free(r);
    bc_facts_free(facts);
    bc_doc_free(doc);
    bc_summary_free(s);
  }
}

/* A timeline entry whose date and event are copied from the source draws
 * nothing, whatever the checker makes of the source's glued text around
 * them; the same entry with its date changed draws an error. */
static void timeline_copied_verbatim(void **state)
{
  static const char src[] =
      "The league gave the club until Thursday, 5 June to pay its creditors. "
      "That deadline was extended three times, to Friday, 6 June, then to "
      "Saturday, 7 June and a third time until Thursday, 12 June. 5 June - "
      "The club fails to meet the deadline to pay its creditors6 June - The "
      "club meets the league board and is given a new deadline. The deadline "
      "is moved to 9 June, then 12 June10 June - The club is expelled from "
      "the leagueAnd the former manager, now at a rival club, signed another "
      "player from the same squad on that day, who left as he was still owed "
      "part of his salary. Fans were angry.";
  static const char *const event[] = {
      "The deadline is moved to 9 June, then 12 June10 June - The club is "
      "expelled from the leagueAnd the former manager, now at a rival club, "
      "signed another player from the same squad on that day, who left as he "
      "was still owed part of his salary.",
      "The deadline is moved to 8 June, then 12 June10 June - The club is "
      "expelled from the leagueAnd the former manager, now at a rival club, "
      "signed another player from the same squad on that day, who left as he "
      "was still owed part of his salary."};
  static const char *const date[] = {"9 June", "8 June"};
  size_t i;
  (void)state;
  for (i = 0; i < 2; i++) {
    struct bc_summary *s = bc_summary_new();
    struct bc_doc *doc;
    struct bc_facts *facts;
    struct bc_report *r;
    char iso[16];
    assert_non_null(s);
    snprintf(iso, sizeof iso, "XXXX-06-0%c", date[i][0]);
    add_timeline(s, date[i], iso, event[i]);
    r = check_summary(src, s, &doc, &facts);
    if (errors_on(r, "timeline[0].date") != i)
      fail_msg("%s: %zu errors on the date", date[i],
               errors_on(r, "timeline[0].date"));
    bc_report_free(r);
    bc_facts_free(facts);
    bc_doc_free(doc);
    bc_summary_free(s);
  }
}

static void set_text(char **slot, const char *text)
{
  free(*slot);
  *slot = strdup(text);
  assert_non_null(*slot);
}

/* A wrong quarter and a wrong day are repaired to the source's values in
 * every field they appear in, the timeline's iso with its date, and the
 * check of the repaired summary confirms it. */
static void repair_everywhere(void **state)
{
  struct bc_summary *s = bc_summary_new();
  struct bc_doc *doc;
  struct bc_facts *facts;
  struct bc_report *r, *r2;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_non_null(s);
  set_text(&s->tldr, "The model was piloted in Q3 2023 and first taught on "
                     "30 May 2024.");
  s->key_points = calloc(1, sizeof *s->key_points);
  s->n_key_points = 1;
  set_text(&s->key_points[0].text,
           "In Q3 2023 they piloted the model with 40 managers.");
  s->slides = calloc(1, sizeof *s->slides);
  s->n_slides = 1;
  set_text(&s->slides[0].title, "The pilot");
  s->slides[0].bullets = calloc(1, sizeof(char *));
  s->slides[0].n_bullets = 1;
  set_text(&s->slides[0].bullets[0], "Piloted with 40 managers in Q3 2023");
  s->narration = calloc(1, sizeof *s->narration);
  s->n_narration = 1;
  set_text(&s->narration[0].speaker, "narrator");
  set_text(&s->narration[0].text,
           "The first workshop ran on 30 May 2024 in Tromsø.");
  add_timeline(s, "30 May 2024", "2024-05-30", "First workshop in Tromsø.");

  r = check_summary(post, s, &doc, &facts);
  assert_true(errors_on(r, NULL) >= 6);
  assert_int_equal(bc_validate_repair(doc, facts, s, r, &err), BC_OK);
  assert_string_equal(s->tldr, "The model was piloted in Q3 2024 and first "
                               "taught on 30 May 2025.");
  assert_string_equal(s->key_points[0].text,
                      "In Q3 2024 they piloted the model with 40 managers.");
  assert_string_equal(s->slides[0].bullets[0],
                      "Piloted with 40 managers in Q3 2024");
  assert_string_equal(s->narration[0].text,
                      "The first workshop ran on 30 May 2025 in Tromsø.");
  assert_string_equal(s->timeline[0].date, "30 May 2025");
  assert_string_equal(s->timeline[0].iso, "2025-05-30");
  assert_int_equal(errors_on(r, NULL), 0);
  assert_int_equal(bc_validate_summary(doc, facts, s, NULL, &r2, &err), BC_OK);
  assert_int_equal(errors_on(r2, NULL), 0);
  bc_report_free(r2);
  bc_report_free(r);
  bc_facts_free(facts);
  bc_doc_free(doc);
  bc_summary_free(s);
}

/* Where the source has two values of the claim's kind and the claim's
 * words point at neither, nothing is repaired. */
static void repair_withheld_when_ambiguous(void **state)
{
  static const char src[] = "In Q3 2022 the mill closed. In Q3 2024 the "
                            "bakery reopened.\n";
  struct bc_summary *s = bc_summary_new();
  struct bc_doc *doc;
  struct bc_facts *facts;
  struct bc_report *r;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_non_null(s);
  set_text(&s->tldr, "Something happened in Q3 2023.");
  add_timeline(s, "Q3 2023", "2023-Q3", "Something happened.");
  r = check_summary(src, s, &doc, &facts);
  assert_int_equal(errors_on(r, "tldr"), 1);
  assert_int_equal(errors_on(r, "timeline[0].date"), 1);
  assert_int_equal(bc_validate_repair(doc, facts, s, r, &err), BC_OK);
  assert_string_equal(s->tldr, "Something happened in Q3 2023.");
  assert_string_equal(s->timeline[0].date, "Q3 2023");
  assert_string_equal(s->timeline[0].iso, "2023-Q3");
  assert_int_equal(r->n_repaired, 0);
  bc_report_free(r);
  bc_facts_free(facts);
  bc_doc_free(doc);
  bc_summary_free(s);
}

/* A finding quotes the date, not the article the analyzer read with it:
 * "Q1" of "the Q1 results season". */
static void finding_quotes_the_date(void **state)
{
  static const char src[] = "In the second quarter (Q2) results season, "
                            "the brewers' beats outnumbered their misses.\n";
  static const char sum[] = "In the Q1 results season, the brewers' beats "
                            "outnumbered their misses.";
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  size_t j, n = 0;
  (void)state;
  assert_int_equal(bc_doc_new_text(src, strlen(src), &doc, &err), BC_OK);
  doc->date = strdup("2024-11-20");
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  assert_int_equal(
      bc_validate_text(doc, facts, sum, strlen(sum), NULL, &r, &err), BC_OK);
  for (j = 0; j < r->n_findings; j++)
    if (r->findings[j].severity == BC_SEV_ERROR) {
      assert_true(strncmp(r->findings[j].claim, "Q1", 2) == 0);
      n++;
    }
  assert_int_equal(n, 1);
  bc_report_free(r);
  bc_facts_free(facts);
  bc_doc_free(doc);
}

/* A day the source writes without its year belongs to the story its
 * text tells; a day one away from it in its own sentence is weighed on its
 * own clause; a day counted from an event is one the source does not give;
 * a month the analyzer put after the text's date may be read a year
 * earlier.  Each rule passes the faithful claim and still catches a wrong
 * one. */
static void story_dates_table(void **state)
{
  static const char ferry[] =
      "The ferry engine was serviced on March 3, 2015.\n\n"
      "The crew left port on March 20 and planned to refuel at noon the "
      "next day, but the pump failed.\n\n"
      "The captain had visited the yard on the day before the service.\n";
  static const struct pair_case cases[] = {
      {ferry, "2017-06-01", "The crew left port on March 20, 2015.", NULL},
      {ferry, "2017-06-01", "The crew left port on March 22, 2015.",
       "March 22, 2015"},
      {ferry, "2017-06-01",
       "On March 21, 2015 the crew planned to refuel at noon.", NULL},
      {ferry, "2017-06-01", "The crew left port on March 21, 2015.",
       "March 21, 2015"},
      {ferry, "2017-06-01",
       "The captain visited the yard on March 2, 2015, the day before the "
       "service.",
       NULL},
      {ferry, "2017-06-01", "The ferry engine was serviced on March 2, 2015.",
       "March 2, 2015"},
      {"Importers are unsure whether a levy imposed on shoes in September "
       "would remain in place.",
       "2019-11-18", "A levy was imposed on shoes in September 2019.", NULL},
      {"Importers are unsure whether a levy imposed on shoes in September "
       "would remain in place.",
       "2019-11-18", "A levy was imposed on shoes in September 2018.",
       "September 2018"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A day the claim writes beside a clock time that the source writes beside
 * another day is wrong, even where the source names the claim's day for
 * something else; the same time beside the same day, or a time the source
 * writes on both days, passes. */
static void day_by_clock_table(void **state)
{
  static const char guard[] =
      "No checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m. the "
      "following morning. The guards found the prisoner on Aug. 10 and "
      "called a doctor.\n";
  static const char two[] =
      "The ferry left at 9:15 a.m. on May 3. It left again on May 4 at 9:15 "
      "a.m. after repairs.\n";
  static const struct pair_case cases[] = {
      {guard, "2019-11-19",
       "No checks were made from 10:30 p.m. on August 10 until the morning.",
       "August 10"},
      {guard, "2019-11-19",
       "No checks were made from 10:30 p.m. on August 9 until the morning.",
       NULL},
      {guard, "2019-11-19",
       "On August 9 at 10:30 p.m. the checks stopped; the guards found the "
       "prisoner on August 10.",
       NULL},
      {two, "2019-06-01", "The ferry left on May 4 at 9:15 a.m.", NULL},
      {two, "2019-06-01", "The ferry left at 9:15 a.m. on May 3.", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* Periods the source counts from its own date or from a year it names:
 * "spring of last year", "compared with the year before" (the year before
 * the last one named), but not "the year before the war".  A day so
 * stated, which lies in a period the claim's words date it by ("last
 * week when the company launched"), is no mix-up with a coarser date of
 * other words; a claim in those other words still is.  The faithful reading
 * passes; another year still fails. */
static void counted_periods_table(void **state)
{
  static const char petition[] =
      "We filed a petition in the European Court of Human Rights in spring "
      "of last year, and in July the Court granted our case priority.\n";
  static const char emissions[] =
      "Just a week into the new year, the first estimate of the emissions "
      "of last year is in. It is not a report card to be proud of.\n\n"
      "Total emissions fell 2 percent compared with the year before, "
      "according to the Rhodium Group.\n";
  static const char war[] = "The plant opened in 1996. Output fell in the "
                            "year before the war.\n";
  static const char launch[] =
      "Walt Disney executive Kevin Mayer said overwhelming demand and a "
      "coding glitch led to problems last week when the company launched "
      "Disney+.\n\n"
      "The company struggled with the 10 million users who activated their "
      "accounts last Tuesday.\n\n"
      "Mayer was named chairman of Disney's streaming division in March 2018 "
      "after years as an executive at the company.\n";
  static const struct pair_case cases[] = {
      {launch, "2019-11-19",
       "Disney executive Kevin Mayer says overwhelming demand and a coding "
       "glitch caused the rocky Disney+ launch on Tuesday, November 12, "
       "2019.",
       NULL},
      {launch, "2019-11-19",
       "Kevin Mayer was named chairman of the streaming division on "
       "Tuesday, November 12, 2019.",
       "November 12, 2019"},
      {emissions, "2020-01-10",
       "Emissions fell about 2% in 2019 compared with 2018.", NULL},
      {emissions, "2020-01-10",
       "Emissions fell about 2% in 2019 compared with 2017.", "2017"},
      {war, "2020-01-10", "Output fell in 1995.", "1995"},
      {petition, "2020-01-15",
       "The foundation filed the petition in the spring of 2019.", NULL},
      {petition, "2020-01-15",
       "The foundation filed the petition in the spring of 2018.", "2018"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

/* A time counted ahead from the present, a weekday a claim names alone
 * ("on Sunday", "Monday night", "Sunday's launch"), or a month without its
 * year, against the weekday the source gives
 * the same event: by name, by a day written out, or by a time of a day ("last
 * night"); a weekday named beside a day the source's one resolves to, whatever
 * year another clause names; and a reference list's year, cut from its entry by
 * the journal's abbreviation, dating the work its line names.  Each catching
 * case has a faithful paraphrase beside it. */
static void weekdays_months_and_references_table(void **state)
{
  static const char meth[] =
      "Gov. Kristi Noem launched the anti-meth campaign on Monday with "
      "billboards and TV commercials across South Dakota. Critics mocked "
      "the slogan on Tuesday.\n";
  static const char night[] =
      "Last night Tanaiste Leo Varadkar said NPHET had no answers for the "
      "people who would lose their jobs. He said NPHET's advice had landed "
      "on a Sunday night without consultation.\n";
  static const char council[] = "The council voted on November 18, 2019 to "
                                "close the harbour bridge for repairs until "
                                "spring.\n";
  static const char games[] =
      "The Lakers beat the Thunder in Oklahoma City on Tuesday night, with "
      "Anthony Davis scoring 34 points. These teams meet again in Oklahoma "
      "City in three days.\n";
  static const char hopeful[] =
      "About a dozen shop owners were gathered in a shared workspace on "
      "Tuesday night for a networking event when they were told the newest "
      "2020 presidential hopeful, Deval Patrick, would stop by. Sowers did "
      "not know Patrick was coming to Tuesday's networking gathering.\n";
  static const char refs[] =
      "References\n\nSmith J, Lee K. Frost damage in alpine meadows: a "
      "survey of all published records, 1950\xe2\x80\x93"
      "2012. Ecol Lett. 2013;16(4):201\xe2\x80\x93"
      "9.\n\nBrown A, Ortiz M. Seed dormancy and snow cover in high "
      "pastures. In Annals of mountain botany. 1996.\n\nKim S. Alpine "
      "meadows under a warming climate. Ecol Lett. 2015;18(2):33\xe2\x80\x93"
      "41.\n";
  static const char border[] =
      "In October, Rep. David McKinley visited the U.S.-Mexico border near "
      "McAllen, Texas, and argued for more border agents. The drug data were "
      "published in October 2018 by the DEA.\n";
  static const char event[] =
      "Apple is holding a surprise event in NYC next month, and it will be "
      "all about apps and games. The tech giant is holding the event on "
      "December 2 to highlight the best apps and games of the year.\n";
  static const char beta[] =
      "Apple added eye contact correction to FaceTime in the latest iOS 13 "
      "developer beta. The feature should arrive in the public-facing beta "
      "next week.\n";
  static const char storm[] =
      "The storm hit the coast on Tuesday, June 4, 2019. That night the "
      "swollen river rose over the old stone bridge.\n";
  static const struct pair_case cases[] = {
      /* "That night" is the night of the day the story told of. */
      {storm, "2019-06-10",
       "The swollen river rose over the old stone bridge on Wednesday night.",
       "Wednesday"},
      {storm, "2019-06-10",
       "The swollen river rose over the old stone bridge on Tuesday night.",
       NULL},
      /* A time counted ahead from the present ("in two weeks") against the
       * one the source counts ahead ("next week"); not a time something
       * took. */
      {beta, "2019-07-03",
       "It is expected to reach the public beta in two weeks.", "in two weeks"},
      {beta, "2019-07-03", "It is expected to reach the public beta next week.",
       NULL},
      {beta, "2019-07-03",
       "Apple built eye contact correction for the public beta in two weeks.",
       NULL},
      /* A month named without its year against the month the source gives
       * the event: across a title's full stop ("Rep. David McKinley"), and
       * whatever coarser date ("of the year") the claim also writes. */
      {border, NULL,
       "After visiting the U.S.-Mexico border near McAllen, Texas, in "
       "September, Congressman David McKinley argued for more border agents.",
       "September"},
      {border, NULL,
       "After visiting the U.S.-Mexico border near McAllen, Texas, in "
       "October, Congressman David McKinley argued for more border agents.",
       NULL},
      {event, "2019-11-19",
       "Apple will hold a surprise event in New York City in January, "
       "devoted to the best apps and games of the year.",
       "January"},
      {event, "2019-11-19",
       "Apple will hold a surprise event in New York City in December, "
       "devoted to the best apps and games of the year.",
       NULL},
      {meth, "2019-11-19",
       "Governor Kristi Noem launched the anti-meth campaign on Sunday with "
       "billboards across South Dakota.",
       "Sunday"},
      {meth, "2019-11-19",
       "Governor Kristi Noem launched the anti-meth campaign on Monday with "
       "billboards across South Dakota.",
       NULL},
      {meth, "2019-11-19",
       "Sunday's launch of the anti-meth campaign by Governor Kristi Noem "
       "put billboards and TV commercials across South Dakota.",
       "Sunday"},
      {night, "2020-10-06",
       "Tanaiste Leo Varadkar said on Saturday night that NPHET had no "
       "answers for the people who would lose their jobs.",
       "Saturday"},
      {night, "2020-10-06",
       "Tanaiste Leo Varadkar said on Monday night that NPHET had no answers "
       "for the people who would lose their jobs, and that its advice "
       "landed on a Sunday night without consultation.",
       NULL},
      {council, "2019-11-20",
       "The council voted on Sunday to close the harbour bridge for repairs "
       "until spring.",
       "Sunday"},
      {council, "2019-11-20",
       "The council voted on Monday to close the harbour bridge for repairs "
       "until spring.",
       NULL},
      /* A weekday counted from another event is that event's. */
      {games, "2019-11-20",
       "The Lakers beat the Thunder in Oklahoma City on Tuesday night. The "
       "Lakers and the Thunder meet again in Oklahoma City three days "
       "later, on Friday.",
       NULL},
      {hopeful, "2019-11-20",
       "Deval Patrick, the newest presidential hopeful, dropped in on a "
       "networking event for shop owners in a shared workspace on Tuesday "
       "night, November 19, 2019.",
       NULL},
      {hopeful, "2019-11-20",
       "Deval Patrick, the newest presidential hopeful, dropped in on a "
       "networking event for shop owners in a shared workspace on Monday "
       "night, November 18, 2019.",
       "November 18, 2019"},
      {refs, "2017-01-30",
       "The survey of frost damage in alpine meadows by Smith and Lee, "
       "published in 2013, covers all published records from 1950 to 2012.",
       NULL},
      {refs, "2017-01-30",
       "Brown and Ortiz described seed dormancy and snow cover in high "
       "pastures in 1986.",
       "1986"},
      {refs, "2017-01-30",
       "Brown and Ortiz described seed dormancy and snow cover in high "
       "pastures in 1996.",
       NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(parse_table),
      cmocka_unit_test(supports_table),
      cmocka_unit_test(nearness_table),
      cmocka_unit_test(duration_table),
      cmocka_unit_test(source_summary_table),
      cmocka_unit_test(says_and_fix_table),
      cmocka_unit_test(timeline_iso_table),
      cmocka_unit_test(timeline_copied_verbatim),
      cmocka_unit_test(repair_everywhere),
      cmocka_unit_test(repair_withheld_when_ambiguous),
      cmocka_unit_test(finding_quotes_the_date),
      cmocka_unit_test(story_dates_table),
      cmocka_unit_test(day_by_clock_table),
      cmocka_unit_test(counted_periods_table),
      cmocka_unit_test(offsets_and_modifiers_table),
      cmocka_unit_test(weekdays_months_and_references_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
