/* test_analyze_dates.c - the temporal tagger: dates in the forms people
 * write them, resolved to ISO 8601 against the reference date; relative
 * dates, times, durations and sets with TIMEX3 values, mods and flags;
 * the year of a year-less date chosen by the tense of its sentence; what
 * only looks like a date; and numbers that must stay numbers. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_analyze_common.h"

struct date_case {
  const char *text;
  const char *ref;
  const char *span; /* the date as written */
  enum bc_date_kind kind;
  const char *iso;
};

static const struct date_case cases[] = {
    {"Released on 2021-02-17 to all users.", NULL, "2021-02-17", BC_DATE_DAY,
     "2021-02-17"},
    {"It happened on 3 March 2019 at noon.", NULL, "3 March 2019", BC_DATE_DAY,
     "2019-03-03"},
    {"It was Friday, 3 March 2019 when we met.", NULL, "Friday, 3 March 2019",
     BC_DATE_DAY, "2019-03-03"},
    {"Since March 3, 2019 we grew.", NULL, "March 3, 2019", BC_DATE_DAY,
     "2019-03-03"},
    {"Since Sept. 3, 2019 we grew.", NULL, "Sept. 3, 2019", BC_DATE_DAY,
     "2019-09-03"},
    {"We shipped on the 3rd of March 2019.", NULL, "3rd of March 2019",
     BC_DATE_DAY, "2019-03-03"},
    {"The launch is on 14th June.", "2019-07-20", "14th June", BC_DATE_DAY,
     "2019-06-14"},
    {"The launch is on June 14th.", "2019-07-20", "June 14th", BC_DATE_DAY,
     "2019-06-14"},
    {"The launch is on June 14th.", NULL, "June 14th", BC_DATE_PARTIAL,
     "--06-14"},
    {"We released it on 06/14 after tests.", "2019-07-20", "06/14", BC_DATE_DAY,
     "2019-06-14"},
    {"The outage on 11/02 lasted an hour.", "2019-12-01", "11/02", BC_DATE_DAY,
     "2019-11-02"},
    /* far after the reference date: the previous year */
    {"The freeze started 12/20 and ended in January.", "2020-01-10", "12/20",
     BC_DATE_DAY, "2019-12-20"},
    /* shortly after: the same year (an upcoming date) */
    {"The next review is on 09/01.", "2019-07-20", "09/01", BC_DATE_DAY,
     "2019-09-01"},
    {"On 5/30 we cut the release.", "2025-09-10", "5/30", BC_DATE_DAY,
     "2025-05-30"},
    {"Signed 06/14/2019 by both.", NULL, "06/14/2019", BC_DATE_DAY,
     "2019-06-14"},
    {"Signed 6/14/19 by both.", NULL, "6/14/19", BC_DATE_DAY, "2019-06-14"},
    {"Signed 25/12/2019 in Paris.", NULL, "25/12/2019", BC_DATE_DAY,
     "2019-12-25"},
    {"Revenue grew in Q1 2018 again.", NULL, "Q1 2018", BC_DATE_QUARTER,
     "2018-Q1"},
    {"Revenue grew in the first quarter of 2018.", NULL,
     "the first quarter of 2018", BC_DATE_QUARTER, "2018-Q1"},
    {"Revenue grew in Q3, as planned.", "2019-07-20", "Q3", BC_DATE_QUARTER,
     "2019-Q3"},
    {"Revenue grew in Q3, as planned.", NULL, "Q3", BC_DATE_PARTIAL, "Q3"},
    {"In 2019 we moved.", NULL, "2019", BC_DATE_YEAR, "2019"},
    {"The year 1850 was hard.", NULL, "1850", BC_DATE_YEAR, "1850"},
    {"Back in 1776, things differed.", NULL, "1776", BC_DATE_YEAR, "1776"},
    {"We moved to Berlin in June 2012.", NULL, "June 2012", BC_DATE_MONTH,
     "2012-06"},
    {"The plan for 2019-06 slipped.", NULL, "2019-06", BC_DATE_MONTH,
     "2019-06"},
    {"I worked there from June 2012 to March 2016.", NULL,
     "June 2012 to March 2016", BC_DATE_RANGE, "2012-06/2016-03"},
    {"I worked there between 2008 and June 2012.", NULL, "2008 and June 2012",
     BC_DATE_RANGE, "2008/2012-06"},
    {"The 2019–2021 period was odd.", NULL, "2019–2021", BC_DATE_RANGE,
     "2019/2021"},
    {"The 2019-21 period was odd.", NULL, "2019-21", BC_DATE_RANGE,
     "2019/2021"},
    {"The hardest years were 1983-1987, in the end.", NULL, "1983-1987",
     BC_DATE_RANGE, "1983/1987"},
    {"It pays for the years 2021-2024 to hire nurses.", NULL, "2021-2024",
     BC_DATE_RANGE, "2021/2024"},
    {"It ran from 2010 to 2015 without a break.", NULL, "2010 to 2015",
     BC_DATE_RANGE, "2010/2015"},
    {"Music of the 1990s was loud.", NULL, "1990s", BC_DATE_DECADE, "1990s"},
    {"Music of the '90s was loud.", NULL, "'90s", BC_DATE_DECADE, "1990s"},
    {"Music of the ’90s was loud.", NULL, "’90s", BC_DATE_DECADE, "1990s"},
    {"Growth in the 2010s was fast.", NULL, "2010s", BC_DATE_DECADE, "2010s"},
    {"We started last year and kept going.", NULL, "last year",
     BC_DATE_RELATIVE, ""},
    {"It broke two weeks ago, again.", NULL, "two weeks ago", BC_DATE_RELATIVE,
     ""},
    {"It broke 3 days ago, again.", NULL, "3 days ago", BC_DATE_RELATIVE, ""},
    {"I fixed it yesterday.", NULL, "yesterday", BC_DATE_RELATIVE, ""},
    {"We plan to ship next quarter.", NULL, "next quarter", BC_DATE_RELATIVE,
     ""},
    {"Growth slowed in mid-2019 and recovered.", NULL, "mid-2019", BC_DATE_YEAR,
     "2019"},
    {"Sales rose in Q4 of 2015.", NULL, "Q4 of 2015", BC_DATE_QUARTER,
     "2015-Q4"},
    {"We met in the summer of 2019 there.", NULL, "the summer of 2019",
     BC_DATE_SEASON, "2019-SU"},
    /* a past sentence in July: the last fourth quarter, 2018's */
    {"It was launched in the fourth quarter.", "2019-07-20",
     "the fourth quarter", BC_DATE_QUARTER, "2018-Q4"},
    {"It will launch in the fourth quarter.", "2019-07-20",
     "the fourth quarter", BC_DATE_QUARTER, "2019-Q4"},
    {"The grant ran 2015–16 in total.", NULL, "2015–16", BC_DATE_RANGE,
     "2015/2016"},
    {"Prices held from March 2019 until June 2019.", NULL,
     "March 2019 until June 2019", BC_DATE_RANGE, "2019-03/2019-06"},
    {"Tickets sold out (2018) quickly.", NULL, "2018", BC_DATE_YEAR, "2018"},
    {"The talk on December 10 2002 went well.", NULL, "December 10 2002",
     BC_DATE_DAY, "2002-12-10"},
    {"Filed on 2019/06/14 by mail.", NULL, "2019/06/14", BC_DATE_DAY,
     "2019-06-14"},
    /* later than nothing written before: TimeML tags the amount */
    {"Two years later we moved.", NULL, "Two years", BC_DATE_DURATION, "P2Y"},
    {"The summit ran June 14-16, 2019 in Oslo.", NULL, "June 14-16, 2019",
     BC_DATE_RANGE, "2019-06-14/2019-06-16"},
    {"The summit ran 3–5 March 2019 in Oslo.", NULL, "3–5 March 2019",
     BC_DATE_RANGE, "2019-03-03/2019-03-05"},
    {"The summit ran June 14-16 in Oslo.", "2019-07-20", "June 14-16",
     BC_DATE_RANGE, "2019-06-14/2019-06-16"},
    {"Feb 29, 2020 was a leap day.", NULL, "Feb 29, 2020", BC_DATE_DAY,
     "2020-02-29"},
    /* a decade written short takes the century of a full one before it
     * in the sentence */
    {"The canal was dug in the 1820s and widened in the '50s.", NULL, "'50s",
     BC_DATE_DECADE, "1850s"},
    {"It was dug in the 1820s and '50s.", NULL, "1820s", BC_DATE_DECADE,
     "1820s"},
    /* an ISO day with its time of day: the day is a date of its own */
    {"It was released on 2012-05-01T10:00 to all.", NULL, "2012-05-01",
     BC_DATE_DAY, "2012-05-01"},
    {"It was released on 2012-05-01 10:00 to all.", NULL, "2012-05-01",
     BC_DATE_DAY, "2012-05-01"},
    /* "1/10" is a date after a word that introduces one */
    {"On 1/10 we shipped.", "2019-07-20", "1/10", BC_DATE_DAY, "2019-01-10"},
    /* a margin, a count by a year: no size */
    {"The bill passed in 2015 by 300 votes.", NULL, "2015", BC_DATE_YEAR,
     "2015"},
    {"Staff grew to 300 by 2015 in all.", NULL, "2015", BC_DATE_YEAR, "2015"},
};

/* Texts in which no date may be found. */
static const char *const no_dates[] = {
    "We had 2019 employees at the peak.",
    "The bill came to $2019 in total.",
    "Half of them, 1/2, agreed; 3/4 of the rest did too.",
    "Our budget split is 60/30/10 across teams.",
    "It is open 24/7 for everyone.",
    "Version 3.11.2 ships with fixes.",
    "A fleet of 1500 trucks and 1999 cars.",
    "The answer may vary; we march on.",
    "He scored 2000 points.",
    "Call 555-1234 for details.",
    "Feb 30 does not exist, nor does April 31.",
    "Growth was 13/14 percent.",
    "The ratio 45/55 held.",
    "Call me at 2019-555-0100 please.",
    "The price rose by 1999.99 dollars.",
    "Room 1204 is on the left.",
    /* a rate, not a date: TimeML leaves "24/7/365" alone */
    "We are open 24/7/365 for you.",
    "See page 1990 of the report.",
    "It ran on Windows 2000 for years.",
    "Nineteen hundred commits came from 287 people.",
    "Two thousand people came.",
    "The fall of Rome took centuries.",
    "Prices began to fall further.",
    "Sun Microsystems and Wed Corp. merged.",
    "May I ask a question?",
    "He is in his mid-forties and fit.",
    "Tickets for over-sixties are free.",
    "She is 52 years old.",
    "A 136-year-old bank was sold.",
    "Half of the fund, a quarter of the staff.",
    /* measurements, not years: a unit after the number or the range */
    "We set a temperature of 1000 K at the base.",
    "Winds peak at around 1300 m s−1 near the pole.",
    "Bands lie in the region 1065–1280 cm−1 of the spectrum.",
    "It corresponds to Mw~1500–2000 g mol−1 in all.",
    "The powder decomposes before 1200 °C in air.",
    "The model is cooler by 1000–2000 K at altitude.",
    "It rose from 1500 to 2000 g mol−1 after curing.",
    /* a fraction, not January 10: what a comparison or measure makes */
    "The level was still 1/10 that of untreated cells.",
    "Each slide holds 1/10 of the material.",
    /* "fall" the verb: no season, and no year after it */
    "Prices could fall 2000 points in all.",
    /* a side of a size, not a year */
    "The photo is 1080 pixels by 1920 pixels in all.",
    "It shows 1920 by 1080 on the big display.",
    "A 1920 x 1080 panel and a 1920\xc3\x97"
    "1080 one.",
    "Its screen runs at 1920 by 1080.",
    /* "May." ends a sentence; it is no abbreviation of a day "May. 5" */
    "Prices fell. It opened in May. 5 people came.",
};

/* One temporal expression: where it is (dates or times), its kind, type,
 * value, mod and flags. */
struct timex_case {
  const char *text;
  const char *ref;
  const char *span;
  int in_times; /* 0: facts->dates, 1: facts->times */
  enum bc_date_kind kind;
  enum bc_timex_type type;
  const char *iso;
  enum bc_timex_mod mod;
  int relative, guessed; /* -1: either */
};

#define D BC_TIMEX_DATE
#define T BC_TIMEX_TIME
#define DU BC_TIMEX_DURATION
#define S BC_TIMEX_SET
#define NOMOD BC_MOD_NONE

static const struct timex_case timex_cases[] = {
    /* relative to the reference date: values by arithmetic; in dates as
     * BC_DATE_RELATIVE (the checker leaves them alone) */
    {"Sales rose 5% last year.", "2019-07-20", "last year", 0, BC_DATE_RELATIVE,
     D, "2018", NOMOD, 1, 0},
    {"We will open a store next year.", "2019-07-20", "next year", 0,
     BC_DATE_RELATIVE, D, "2020", NOMOD, 1, 0},
    {"The shop opened yesterday.", "2019-07-20", "yesterday", 0,
     BC_DATE_RELATIVE, D, "2019-07-19", NOMOD, 1, 0},
    {"Today's prices are high.", "2019-07-20", "Today", 0, BC_DATE_RELATIVE, D,
     "2019-07-20", NOMOD, 1, 0},
    {"Sales fell last month.", "2019-07-20", "last month", 0, BC_DATE_RELATIVE,
     D, "2019-06", NOMOD, 1, 0},
    {"Sales will recover next quarter.", "2019-07-20", "next quarter", 0,
     BC_DATE_RELATIVE, D, "2019-Q4", NOMOD, 1, 0},
    {"It closed five years ago.", "2019-07-20", "five years ago", 0,
     BC_DATE_RELATIVE, D, "2014", NOMOD, 1, 0},
    {"It closed about two years ago.", "2019-07-20", "about two years ago", 0,
     BC_DATE_RELATIVE, D, "2017", BC_MOD_APPROX, 1, 0},
    {"It closed more than a year ago.", "2019-07-20", "more than a year ago", 0,
     BC_DATE_RELATIVE, D, "2018", BC_MOD_BEFORE, 1, 0},
    {"It broke two weeks ago.", "2019-07-20", "two weeks ago", 1, BC_DATE_WEEK,
     D, "2019-W27", NOMOD, 1, 0},
    {"Traffic fell last week.", "2019-07-20", "last week", 1, BC_DATE_WEEK, D,
     "2019-W28", NOMOD, 1, 0},
    /* counted back from the text itself, as "ago" counts */
    {"It broke two weeks before this report.", "2019-07-20",
     "two weeks before this report", 1, BC_DATE_WEEK, D, "2019-W27", NOMOD, 1,
     0},
    {"The plan changed this week.", "2019-07-20", "this week", 1, BC_DATE_WEEK,
     D, "2019-W29", NOMOD, 1, 0},
    {"Last February sales fell.", "1998-03-01", "Last February", 0,
     BC_DATE_RELATIVE, D, "1997-02", NOMOD, 1, 0},
    {"Last April sales fell.", "1989-10-26", "Last April", 0, BC_DATE_RELATIVE,
     D, "1989-04", NOMOD, 1, 0},
    {"It rose in July last year.", "1998-02-19", "July last year", 0,
     BC_DATE_RELATIVE, D, "1997-07", NOMOD, 1, 0},
    {"It will end by the end of the year.", "2019-07-20", "the end of the year",
     0, BC_DATE_RELATIVE, D, "2019", BC_MOD_END, 1, 0},
    {"Earlier this month prices fell.", "1989-10-27", "Earlier this month", 0,
     BC_DATE_RELATIVE, D, "1989-10", BC_MOD_START, 1, 0},
    {"It will pay early next year.", "1989-10-26", "early next year", 0,
     BC_DATE_RELATIVE, D, "1990", BC_MOD_START, 1, 0},
    {"The deal closes by year-end.", "1989-11-02", "year-end", 0,
     BC_DATE_RELATIVE, D, "1989", BC_MOD_END, 1, 0},
    /* the present, the past and the future as a whole */
    {"Prices are high now.", "2019-07-20", "now", 0, BC_DATE_RELATIVE, D,
     "PRESENT_REF", NOMOD, 1, 0},
    {"Prices rose recently.", "2019-07-20", "recently", 0, BC_DATE_RELATIVE, D,
     "PAST_REF", NOMOD, 1, 0},
    {"Prices will fall soon.", "2019-07-20", "soon", 0, BC_DATE_RELATIVE, D,
     "FUTURE_REF", NOMOD, 1, 0},
    {"We think of the future often.", "2019-07-20", "the future", 0,
     BC_DATE_RELATIVE, D, "FUTURE_REF", NOMOD, 1, 0},
    /* no reference date: relative dates have no value */
    {"Sales rose 5% last year.", NULL, "last year", 0, BC_DATE_RELATIVE, D, "",
     NOMOD, 1, 0},
    /* weekdays by tense: said Friday is the Friday before, will report on
     * Friday the one after; the present speaks of every week */
    {"The company said Friday that it lost money.", "2019-07-20", "Friday", 1,
     BC_DATE_DAY, D, "2019-07-19", NOMOD, 1, 1},
    {"The company will report on Friday.", "2019-07-20", "Friday", 1,
     BC_DATE_DAY, D, "2019-07-26", NOMOD, 1, 1},
    /* the verb of a relative clause after the weekday is not its tense */
    {"The council passed a levy on Monday that will fund two parks.",
     "2021-03-10", "Monday", 1, BC_DATE_DAY, D, "2021-03-08", NOMOD, 1, 1},
    {"Friday's purchases lifted the index.", "1989-10-30", "Friday", 1,
     BC_DATE_DAY, D, "1989-10-27", NOMOD, 1, 1},
    {"Anything merged by Monday is shipped.", "2025-09-10", "Monday", 1,
     BC_DATE_DAY, D, "XXXX-WXX-1", NOMOD, 1, 1},
    {"Shares fell last Monday.", "1989-10-30", "last Monday", 0,
     BC_DATE_RELATIVE, D, "1989-10-23", NOMOD, 1, 0},
    /* months, seasons and quarters without a year, by tense */
    {"The plant closed in August.", "2019-07-20", "August", 1, BC_DATE_MONTH, D,
     "2018-08", NOMOD, 1, 1},
    /* a participle after a comma tells of a noun, not the clause's tense */
    {"Apple will hold an event in January, reportedly devoted to apps.",
     "2019-11-19", "January", 1, BC_DATE_MONTH, D, "2020-01", NOMOD, 1, 1},
    /* inside a relative clause, the clause's own verb: it ends at a dash
     * or a comma, and the main clause's tense is not the date's */
    {"The campaign, which will be in its third year in January, did "
     "research.",
     "2019-11-19", "January", 1, BC_DATE_MONTH, D, "2020-01", NOMOD, 1, 1},
    {"The plant, which closed in August, will reopen.", "2019-07-20", "August",
     1, BC_DATE_MONTH, D, "2018-08", NOMOD, 1, 1},
    /* a relative clause in the present says nothing of when: the
     * sentence's verb does */
    {"The band will play again on the tour, which opens June 9th in Miami.",
     "2019-11-19", "June 9th", 0, BC_DATE_DAY, D, "2020-06-09", NOMOD, 1, 1},
    {"The plant will reopen in August.", "2019-07-20", "August", 1,
     BC_DATE_MONTH, D, "2019-08", NOMOD, 1, 1},
    {"It will double its flights by August.", "1998-02-13", "August", 1,
     BC_DATE_MONTH, D, "1998-08", NOMOD, 1, 1},
    {"Sales rose in December.", "1998-02-06", "December", 1, BC_DATE_MONTH, D,
     "1997-12", NOMOD, 1, 1},
    {"It grew in early December.", "2019-07-20", "early December", 1,
     BC_DATE_MONTH, D, "2018-12", BC_MOD_START, 1, 1},
    {"Rates held until mid-November.", "1989-10-27", "mid-November", 1,
     BC_DATE_MONTH, D, "1989-11", BC_MOD_MID, 1, 1},
    {"It is hot this summer.", "1998-03-22", "this summer", 1, BC_DATE_SEASON,
     D, "1998-SU", NOMOD, 1, 0},
    {"Profit rose in the second quarter.", "2019-07-20", "the second quarter",
     0, BC_DATE_QUARTER, D, "2019-Q2", NOMOD, 1, 1},
    {"Profit fell in the fourth quarter.", "1998-01-26", "the fourth quarter",
     0, BC_DATE_QUARTER, D, "1997-Q4", NOMOD, 1, 1},
    {"It expects to report third-quarter profit.", "1989-10-26",
     "third-quarter", 0, BC_DATE_QUARTER, D, "1989-Q3", NOMOD, 1, 1},
    {"Profit rose in the latest quarter.", "1989-10-26", "the latest quarter",
     0, BC_DATE_RELATIVE, D, "1989-Q3", NOMOD, 1, 0},
    {"Profit rose 5% in the third quarter of 2018.", "2019-07-20",
     "the third quarter of 2018", 0, BC_DATE_QUARTER, D, "2018-Q3", NOMOD, 0,
     0},
    {"Profit rose in the 1988 second quarter.", "1989-11-02",
     "the 1988 second quarter", 0, BC_DATE_QUARTER, D, "1988-Q2", NOMOD, 0, 0},
    {"The survey ran in the last 6 months of 2016.", NULL,
     "the last 6 months of 2016", 1, BC_DATE_HALF, D, "2016-H2", NOMOD, 0, 0},
    {"Sales fell in the first three months of 2015.", NULL,
     "the first three months of 2015", 0, BC_DATE_QUARTER, D, "2015-Q1", NOMOD,
     0, 0},
    {"Profit rose in the first half of 2018.", "2019-07-20",
     "the first half of 2018", 1, BC_DATE_HALF, D, "2018-H1", NOMOD, 0, 0},
    /* days without a year: within 92 days ahead of a report, else by
     * tense; "payable", "effective" look ahead */
    {"The dividend is payable Dec. 7.", "1989-10-27", "Dec. 7", 0, BC_DATE_DAY,
     D, "1989-12-07", NOMOD, 1, 1},
    {"The post is effective Feb. 1.", "1989-10-26", "Feb. 1", 0, BC_DATE_DAY, D,
     "1990-02-01", NOMOD, 1, 1},
    {"In the fiscal year ended Jan. 31, sales rose.", "1989-10-31", "Jan. 31",
     0, BC_DATE_DAY, D, "1989-01-31", NOMOD, 1, 1},
    {"The offer was extended to Nov. 20.", "1989-11-02", "Nov. 20", 0,
     BC_DATE_DAY, D, "1989-11-20", NOMOD, 1, 1},
    {"It said it will pay on March eighth.", "1998-03-05", "March eighth", 0,
     BC_DATE_DAY, D, "1998-03-08", NOMOD, 1, 1},
    {"It happened on Saturday, April 25: the court ruled.", "1998-04-24",
     "Saturday, April 25", 0, BC_DATE_DAY, D, "1998-04-25", NOMOD, 1, 1},
    /* a year that frames the sentence dates its year-less days */
    {"In 1995 the firm moved, and on March 3 it opened a plant.", "2019-07-20",
     "March 3", 0, BC_DATE_DAY, D, "1995-03-03", NOMOD, -1, 1},
    {"In 2015 a partner ran a sale in late November.", "2025-03-02",
     "late November", 1, BC_DATE_MONTH, D, "2015-11", BC_MOD_END, 1, 1},
    /* anchors: "that year", "a year earlier" after a quarter */
    {"The project began in 2010. That year was hard.", "2019-07-20",
     "That year", 0, BC_DATE_RELATIVE, D, "2010", NOMOD, 0, 1},
    {"Third-quarter profit rose to $5 million from $4 million a year "
     "earlier.",
     "2019-07-20", "a year earlier", 0, BC_DATE_RELATIVE, D, "2018-Q3", NOMOD,
     0, 1},
    {"Profit rose in the year-ago quarter.", "1989-10-26",
     "the year-ago quarter", 0, BC_DATE_RELATIVE, D, "1988-Q3", NOMOD, 0, 1},
    /* written out: years in words, centuries, decades, fiscal years, mods */
    {"It happened in nineteen ninety-six in Atlanta.", "2019-07-20",
     "nineteen ninety-six", 0, BC_DATE_YEAR, D, "1996", NOMOD, 0, 0},
    {"We aim to finish by the year two thousand.", "1998-02-05",
     "the year two thousand", 0, BC_DATE_YEAR, D, "2000", NOMOD, 0, 0},
    {"The 20th century was violent.", "2019-07-20", "The 20th century", 1,
     BC_DATE_CENTURY, D, "19", NOMOD, 0, 0},
    {"Music of the nineties was loud.", "1998-03-03", "the nineties", 0,
     BC_DATE_DECADE, D, "1990s", NOMOD, 0, 0},
    {"It peaked in the early 1980s.", "1989-11-02", "the early 1980s", 0,
     BC_DATE_DECADE, D, "1980s", BC_MOD_START, 0, 0},
    {"Revenue rose in H1 2024.", NULL, "H1 2024", 1, BC_DATE_HALF, D, "2024-H1",
     NOMOD, 0, 0},
    {"Costs fell in FY2024.", NULL, "FY2024", 0, BC_DATE_YEAR, D, "2024", NOMOD,
     0, 0},
    {"Revenue fell in fiscal 2018.", "2019-07-20", "fiscal 2018", 0,
     BC_DATE_YEAR, D, "2018", NOMOD, 0, 0},
    {"A 2010 raid changed it.", "2019-07-20", "2010", 0, BC_DATE_YEAR, D,
     "2010", NOMOD, 0, 0},
    {"The talks collapsed in late 2015.", "2019-07-20", "late 2015", 0,
     BC_DATE_YEAR, D, "2015", BC_MOD_END, 0, 0},
    {"Costs rose in 1990 and beyond.", "2019-07-20", "1990 and beyond", 0,
     BC_DATE_YEAR, D, "1990", BC_MOD_ON_OR_AFTER, 0, 0},
    {"We moved there in summer 2016.", "2019-07-20", "summer 2016", 1,
     BC_DATE_SEASON, D, "2016-SU", NOMOD, 0, 0},
    {"It was released on 2012-05-01.", "2019-07-20", "2012-05-01", 0,
     BC_DATE_DAY, D, "2012-05-01", NOMOD, 0, 0},
    {"Between April and December 2018 pages fell.", NULL,
     "April and December 2018", 0, BC_DATE_RANGE, D, "2018-04/2018-12", NOMOD,
     0, 0},
    /* durations: amounts of time; their numbers stay number facts */
    {"It took three months.", "2019-07-20", "three months", 1, BC_DATE_DURATION,
     DU, "P3M", NOMOD, 0, 0},
    {"It took 2 1/2 years.", NULL, "2 1/2 years", 1, BC_DATE_DURATION, DU,
     "P2Y6M", NOMOD, 0, 0},
    {"It took a minute and a half.", NULL, "a minute and a half", 1,
     BC_DATE_DURATION, DU, "PT1M30S", NOMOD, 0, 0},
    {"A two-week trip was planned.", NULL, "two-week", 1, BC_DATE_DURATION, DU,
     "P2W", NOMOD, 0, 0},
    {"It has been a 10-year slog.", NULL, "10-year", 1, BC_DATE_DURATION, DU,
     "P10Y", NOMOD, 0, 0},
    {"Stocks hit a five year low.", NULL, "five year", 1, BC_DATE_DURATION, DU,
     "P5Y", NOMOD, 0, 0},
    {"Sales grew in the past five years.", NULL, "the past five years", 1,
     BC_DATE_DURATION, DU, "P5Y", NOMOD, 0, 0},
    {"It took several years.", NULL, "several years", 1, BC_DATE_DURATION, DU,
     "PXY", NOMOD, 0, 0},
    {"It took nearly two years.", NULL, "nearly two years", 1, BC_DATE_DURATION,
     DU, "P2Y", BC_MOD_LESS_THAN, 0, 0},
    {"It took more than four hours.", NULL, "more than four hours", 1,
     BC_DATE_DURATION, DU, "PT4H", BC_MOD_MORE_THAN, 0, 0},
    {"It took at least 30 days.", NULL, "at least 30 days", 1, BC_DATE_DURATION,
     DU, "P30D", BC_MOD_EQUAL_OR_MORE, 0, 0},
    {"It will happen within 18 months.", NULL, "18 months", 1, BC_DATE_DURATION,
     DU, "P18M", BC_MOD_EQUAL_OR_LESS, 0, 0},
    {"It takes two to three weeks.", NULL, "two to three weeks", 1,
     BC_DATE_DURATION, DU, "P2W", BC_MOD_EQUAL_OR_MORE, 0, 0},
    {"It took two decades.", NULL, "two decades", 1, BC_DATE_DURATION, DU,
     "P20Y", NOMOD, 0, 0},
    /* holidays: fixed, and the ones that move */
    {"We met at Christmas.", "1998-12-10", "Christmas", 1, BC_DATE_DAY, D,
     "1997-12-25", NOMOD, 1, 1},
    {"Sales rose over Thanksgiving.", "1998-12-10", "Thanksgiving", 1,
     BC_DATE_DAY, D, "1998-11-26", NOMOD, 1, 1},
    {"We will ship by Christmas 1999.", "1998-12-10", "Christmas 1999", 0,
     BC_DATE_DAY, D, "1999-12-25", NOMOD, 0, 0},
    {"Easter Sunday was cold.", "1998-12-10", "Easter Sunday", 1, BC_DATE_DAY,
     D, "1998-04-12", NOMOD, 1, 1},
    {"It closed a decade ago.", "1998-12-10", "a decade ago", 0,
     BC_DATE_RELATIVE, D, "1988", NOMOD, 1, 0},
    /* sets */
    {"The fund paid out every Thursday.", NULL, "every Thursday", 1,
     BC_DATE_SET, S, "XXXX-WXX-4", NOMOD, 0, 0},
    {"The parade runs each July.", NULL, "each July", 1, BC_DATE_SET, S,
     "XXXX-07", NOMOD, 0, 0},
    {"They meet twice a month.", NULL, "twice a month", 1, BC_DATE_SET, S,
     "P1M", NOMOD, 0, 0},
    {"We met each year.", NULL, "each year", 1, BC_DATE_SET, S, "P1Y", NOMOD, 0,
     0},
    {"The train leaves every Tuesday at 10:00.", NULL, "every Tuesday at 10:00",
     1, BC_DATE_SET, S, "XXXX-WXX-2T10:00", NOMOD, 0, 0},
    {"Flights leave on Tuesday nights.", NULL, "Tuesday nights", 1, BC_DATE_SET,
     S, "XXXX-WXX-2TNI", NOMOD, 0, 0},
    /* times of day */
    {"The offer expires at 5 p.m. EST Nov. 9.", "1989-11-02", "5 p.m. EST", 1,
     BC_DATE_TIME, T, "1989-11-09T17:00", NOMOD, 1, 1},
    {"It ended around 7:15 p.m. that day.", "1998-02-12", "around 7:15 p.m.", 1,
     BC_DATE_TIME, T, "1998-02-12T19:15", BC_MOD_APPROX, 1, 0},
    {"We met this morning.", "1989-10-26", "this morning", 1, BC_DATE_TIME, T,
     "1989-10-26TMO", NOMOD, 1, 0},
    {"We met last night.", "1998-01-20", "last night", 1, BC_DATE_TIME, T,
     "1998-01-19TNI", NOMOD, 1, 0},
    {"It began as planned Saturday night.", "1991-02-25", "Saturday night", 1,
     BC_DATE_TIME, T, "1991-02-23TNI", NOMOD, 1, 1},
    {"It was due to expire at midnight Friday.", "1989-10-30",
     "midnight Friday", 1, BC_DATE_TIME, T, "1989-10-27T24:00", NOMOD, 1, 1},
    /* a month or weekday ending a sentence ends before its full stop; an
     * abbreviation keeps its own, mid-sentence or not */
    {"The plant closed in May.", "2019-07-20", "May", 1, BC_DATE_MONTH, D,
     "2019-05", NOMOD, 1, 1},
    /* a month ending the text (a sanitizer run reads nothing past it) */
    {"The plant closed in May", "2019-07-20", "May", 1, BC_DATE_MONTH, D,
     "2019-05", NOMOD, 1, 1},
    {"The plant closed in July. It reopened.", "2019-08-20", "July", 1,
     BC_DATE_MONTH, D, "2019-07", NOMOD, 1, 1},
    {"Sales fell in Jan. and rose in Feb.", "2019-07-20", "Jan.", 1,
     BC_DATE_MONTH, D, "2019-01", NOMOD, 1, 1},
    {"Sales fell in Jan. and rose in Feb.", "2019-07-20", "Feb.", 1,
     BC_DATE_MONTH, D, "2019-02", NOMOD, 1, 1},
    {"The company said it lost money on Friday.", "2019-07-20", "Friday", 1,
     BC_DATE_DAY, D, "2019-07-19", NOMOD, 1, 1},
    /* a season with its year and no word before it */
    {"Spring 2026", NULL, "Spring 2026", 1, BC_DATE_SEASON, D, "2026-SP", NOMOD,
     0, 0},
    {"Summer 2025 was dry.", "2026-01-10", "Summer 2025", 1, BC_DATE_SEASON, D,
     "2025-SU", NOMOD, 0, 0},
    {"Timeline: spring 2026, launch.", NULL, "spring 2026", 1, BC_DATE_SEASON,
     D, "2026-SP", NOMOD, 0, 0},
    /* a month before a capitalised name, after a word that times it */
    {"He was held in February Alshammari had been charged.", "2019-07-20",
     "February", 1, BC_DATE_MONTH, D, "2019-02", NOMOD, 1, 1},
    {"Rates held until August Busch sold.", "2019-07-20", "August", 1,
     BC_DATE_MONTH, D, "2019-08", NOMOD, 1, 1},
    /* a possessive ends a name: the month's own event */
    {"I went to October's Money 20/20 conference.", "2019-11-14", "October", 1,
     BC_DATE_MONTH, D, "2019-10", NOMOD, 1, 1},
    /* holidays: one expression; without a year no calendar day */
    {"The garden opened on Easter Monday.", "2019-07-20", "Easter Monday", 1,
     BC_DATE_DAY, D, "2019-04-22", NOMOD, 1, 1},
    {"The garden opened on Easter Monday.", NULL, "Easter Monday", 1,
     BC_DATE_DAY, D, "XXXX-XX-XX", NOMOD, 1, 0},
    {"It rained at Easter.", NULL, "Easter", 1, BC_DATE_DAY, D, "XXXX-XX-XX",
     NOMOD, 1, 0},
    {"It closed on Good Friday.", "1998-12-10", "Good Friday", 1, BC_DATE_DAY,
     D, "1998-04-10", NOMOD, 1, 1},
    {"We met at Thanksgiving.", NULL, "Thanksgiving", 1, BC_DATE_DAY, D,
     "XXXX-11-XX", NOMOD, 1, 0},
    /* a possessive century, and a decade of it */
    {"By the 20th century's last decade, cities had grown.", NULL,
     "the 20th century", 1, BC_DATE_CENTURY, D, "19", NOMOD, 0, 0},
    {"By the 20th century's last decade, cities had grown.", "2019-07-20",
     "last decade", 0, BC_DATE_RELATIVE, D, "199", NOMOD, 0, 1},
    {"In the twentieth century's first decade cities grew.", "2019-07-20",
     "first decade", 0, BC_DATE_RELATIVE, D, "190", NOMOD, 0, 1},
    {"In the century's last decade it grew.", "2019-07-20", "last decade", 0,
     BC_DATE_RELATIVE, D, "", NOMOD, 0, 1},
    /* "over" before an amount: during it after a verb of activity, more
     * than it after one of lasting or taking */
    {"Prices fell over eight weeks.", NULL, "eight weeks", 1, BC_DATE_DURATION,
     DU, "P8W", NOMOD, 0, 0},
    {"The drug was used over three years.", NULL, "three years", 1,
     BC_DATE_DURATION, DU, "P3Y", NOMOD, 0, 0},
    {"The tour is likely to last over a week.", NULL, "over a week", 1,
     BC_DATE_DURATION, DU, "P1W", BC_MOD_MORE_THAN, 0, 0},
    {"It took over eight weeks.", NULL, "over eight weeks", 1, BC_DATE_DURATION,
     DU, "P8W", BC_MOD_MORE_THAN, 0, 0},
    {"He led it for over a decade.", NULL, "over a decade", 1, BC_DATE_DURATION,
     DU, "P10Y", BC_MOD_MORE_THAN, 0, 0},
    /* a rate is not, but an amount after a verb is */
    {"The move comes barely a month after the vote.", NULL, "a month", 1,
     BC_DATE_DURATION, DU, "P1M", NOMOD, 0, 0},
    {"He spoke in a talk lasting nearly an hour.", NULL, "nearly an hour", 1,
     BC_DATE_DURATION, DU, "PT1H", BC_MOD_LESS_THAN, 0, 0},
    /* a time of day after its day takes the day's value */
    {"It was released on 2012-05-01T10:00 to all.", NULL, "T10:00", 1,
     BC_DATE_TIME, T, "2012-05-01T10:00", NOMOD, 0, 0},
    {"It was released on 2012-05-01 10:00 to all.", NULL, "10:00", 1,
     BC_DATE_TIME, T, "2012-05-01T10:00", NOMOD, 0, 0},
    {"Meet at 10:00-11:00 on the day.", "2019-07-20", "10:00", 1, BC_DATE_TIME,
     T, "2019-07-20T10:00", NOMOD, 1, 0},
    {"Logged 2012-05-01T10:00:30Z by the bot.", NULL, "T10:00:30Z", 1,
     BC_DATE_TIME, T, "2012-05-01T10:00:30", NOMOD, 0, 0},
    /* a limit before the time of day is the day's too */
    {"It extended its offer until 5 p.m. EST Nov. 9.", "1989-11-02",
     "5 p.m. EST", 1, BC_DATE_TIME, T, "1989-11-09T17:00", NOMOD, 1, 1},
    {"It extended its offer until 5 p.m. EST Nov. 9.", "1989-11-02", "Nov. 9",
     0, BC_DATE_DAY, D, "1989-11-09", NOMOD, 1, 1},
    {"The offer expires Nov. 9 at 5 p.m. sharp.", "1989-11-02", "5 p.m.", 1,
     BC_DATE_TIME, T, "1989-11-09T17:00", NOMOD, 1, 1},
    /* a month heading names the section's subject: "last year" and a
     * weekday under it count from the document's date; a day heading
     * dates what follows; without a document date a month heading does */
    {"## March 2018\n\nSales rose last year.", "2019-11-19", "last year", 0,
     BC_DATE_RELATIVE, D, "2018", NOMOD, 1, 0},
    {"## March 2018\n\nThe fire started on Tuesday.", "2019-11-21", "Tuesday",
     1, BC_DATE_DAY, D, "2019-11-19", NOMOD, -1, -1},
    {"## 3 May 2021\n\nSales rose yesterday.", "2019-11-19", "yesterday", 0,
     BC_DATE_RELATIVE, D, "2021-05-02", NOMOD, 1, 0},
    {"## March 2018\n\nSales rose last year.", NULL, "last year", 0,
     BC_DATE_RELATIVE, D, "2017", NOMOD, 1, 0},
    /* "the next day", "the following morning": after the last day named,
     * however far back, and a day reached so anchors the next step;
     * with no day named, after the reference day */
    {"No checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m. the following "
     "morning.",
     "2019-11-19", "6:30 a.m. the following morning", 1, BC_DATE_TIME, T,
     "2019-08-10T06:30", NOMOD, -1, 1},
    {"No checks were made on Aug. 9. The next morning they found him.",
     "2019-11-19", "The next morning", 1, BC_DATE_TIME, T, "2019-08-10TMO",
     NOMOD, -1, 1},
    {"They found him the next morning.", "2019-11-19", "the next morning", 1,
     BC_DATE_TIME, T, "2019-11-20TMO", NOMOD, 1, 1},
    /* "that night", "that same evening": that part of the last day named;
     * no day of its own where none is named */
    {"No checks were made on Aug. 9. That night they found him.", "2019-11-19",
     "That night", 1, BC_DATE_TIME, T, "2019-08-09TNI", NOMOD, -1, 1},
    {"The guards left on March 3, 2019. They returned that same evening.",
     "2019-11-19", "that same evening", 1, BC_DATE_TIME, T, "2019-03-03TEV",
     NOMOD, -1, 1},
    {"The guards left on March 3, 2019. They rested. They ate. The next day "
     "they returned.",
     "2019-11-19", "The next day", 0, BC_DATE_RELATIVE, D, "2019-03-04", NOMOD,
     -1, 1},
    {"The guards left on March 3, 2019. The next day they returned. They met "
     "again the following day.",
     "2019-11-19", "the following day", 0, BC_DATE_RELATIVE, D, "2019-03-05",
     NOMOD, -1, 1},
    {"She returned on December 27, 2010 and planned to meet a friend at "
     "8pm the next day.",
     "2012-04-17", "8pm the next day", 1, BC_DATE_TIME, T, "2010-12-28T20:00",
     NOMOD, -1, 1},
    /* a clock time that names no day is no day named */
    {"The guards left on March 3, 2019. They met at 8pm. The next day they "
     "returned.",
     "2019-11-19", "The next day", 0, BC_DATE_RELATIVE, D, "2019-03-04", NOMOD,
     -1, 1},
    /* a year-less day takes the year of its story: that of the last day
     * written in full, when it lies at most two months after it */
    {"The boiler was fitted on December 16, 2010. She spent Christmas with "
     "her mother.",
     "2012-04-17", "Christmas", 1, BC_DATE_DAY, D, "2010-12-25", NOMOD, -1, 1},
    {"She spent Christmas with her mother.", "2012-04-17", "Christmas", 1,
     BC_DATE_DAY, D, "2011-12-25", NOMOD, -1, 1},
    {"The plumber started work on December 15, 2010. He returned on "
     "December 27.",
     "2019-11-19", "December 27", 0, BC_DATE_DAY, D, "2010-12-27", NOMOD, 1, 1},
    {"The plumber started work on December 15, 2010. He sent the bill on "
     "January 3.",
     "2019-11-19", "January 3", 0, BC_DATE_DAY, D, "2011-01-03", NOMOD, 1, 1},
    {"The plumber started work on December 15, 2010. He returned on "
     "December 27.",
     NULL, "December 27", 0, BC_DATE_DAY, D, "2010-12-27", NOMOD, 1, 1},
    {"The deal closed on March 3, 2010. Shares rose on September 5.",
     "2019-11-19", "September 5", 0, BC_DATE_DAY, D, "2019-09-05", NOMOD, 1, 1},
};

#undef D
#undef T
#undef DU
#undef S
#undef NOMOD

static const struct bc_date_fact *find(const struct bc_facts *f,
                                       const char *text, const char *span)
{
  size_t k;
  for (k = 0; k < f->n_dates; k++)
    if (span_is(text, f->dates[k].span, span))
      return &f->dates[k];
  for (k = 0; k < f->n_times; k++)
    if (span_is(text, f->times[k].span, span))
      return &f->times[k];
  return NULL;
}

static void dates_table(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const struct date_case *c = &cases[i];
    struct bc_facts *f = analyze(c->text, c->ref);
    const struct bc_date_fact *d;
    assert_non_null(f);
    d = find(f, c->text, c->span);
    if (!d || d->kind != c->kind || strcmp(d->iso, c->iso) != 0) {
      fprintf(stderr, "case %zu: '%s' want '%s' kind %d iso '%s'\n", i, c->text,
              c->span, c->kind, c->iso);
      for (k = 0; k < f->n_dates; k++) {
        fprintf(stderr, "  got kind %d iso '%s'", f->dates[k].kind,
                f->dates[k].iso);
        print_span("span", c->text, f->dates[k].span);
      }
    }
    assert_non_null(d);
    assert_int_equal(d->kind, c->kind);
    assert_string_equal(d->iso, c->iso);
    bc_facts_free(f);
  }
}

static void timex_table(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof timex_cases / sizeof timex_cases[0]; i++) {
    const struct timex_case *c = &timex_cases[i];
    struct bc_facts *f = analyze(c->text, c->ref);
    const struct bc_date_fact *d = NULL, *arr;
    size_t n;
    assert_non_null(f);
    arr = c->in_times ? f->times : f->dates;
    n = c->in_times ? f->n_times : f->n_dates;
    for (k = 0; k < n && !d; k++)
      if (span_is(c->text, arr[k].span, c->span))
        d = &arr[k];
    if (!d || d->kind != c->kind || d->type != c->type ||
        strcmp(d->iso, c->iso) != 0 || d->mod != c->mod ||
        (c->relative >= 0 && d->relative != c->relative) ||
        (c->guessed >= 0 && d->guessed != c->guessed)) {
      fprintf(stderr, "case %zu: '%s' want '%s' in %s kind %d iso '%s'\n", i,
              c->text, c->span, c->in_times ? "times" : "dates", c->kind,
              c->iso);
      for (k = 0; k < f->n_dates; k++) {
        fprintf(stderr,
                "  dates: kind %d type %d iso '%s' mod %d rel %d "
                "guess %d",
                f->dates[k].kind, f->dates[k].type, f->dates[k].iso,
                f->dates[k].mod, f->dates[k].relative, f->dates[k].guessed);
        print_span("span", c->text, f->dates[k].span);
      }
      for (k = 0; k < f->n_times; k++) {
        fprintf(stderr,
                "  times: kind %d type %d iso '%s' mod %d rel %d "
                "guess %d",
                f->times[k].kind, f->times[k].type, f->times[k].iso,
                f->times[k].mod, f->times[k].relative, f->times[k].guessed);
        print_span("span", c->text, f->times[k].span);
      }
    }
    assert_non_null(d);
    assert_int_equal(d->kind, c->kind);
    assert_int_equal(d->type, c->type);
    assert_string_equal(d->iso, c->iso);
    assert_int_equal(d->mod, c->mod);
    if (c->relative >= 0)
      assert_int_equal(d->relative, c->relative);
    if (c->guessed >= 0)
      assert_int_equal(d->guessed, c->guessed);
    bc_facts_free(f);
  }
}

/* Not a temporal expression: shows and titles, generic weekdays. */
static void timex_negatives(void **state)
{
  static const struct {
    const char *text, *not_span;
  } neg[] = {
      {"Baker said on ABC's \"This Week,\" that talks failed.", "This Week"},
      {"Baker spoke on This Week With David Brinkley.", "This Week"},
      {"This is VOA Today.", "Today"},
      {"It came on a Tuesday in June.", "Tuesday"},
      {"Load peaks on the last Friday before Christmas.", "Friday"},
      {"Load peaks on the last Friday before Christmas.", "last Friday"},
      {"We pay $5 a year for it.", "a year"},
      {"They sell four flights a week.", "a week"},
      {"The results were previously announced.", "previously"},
      {"It was a recent move.", "recent"},
      {"Future payments are due.", "Future"},
      {"As soon as they arrive, we go.", "soon"},
      {"Payment failures fell by nearly a quarter.", "nearly a quarter"},
      {"The Reuters veteran, 52 years old, retired.", "52 years"},
      /* rates: an amount per unit of time is no duration */
      {"The next tier cost $38,000 a month.", "a month"},
      {"It costs thirty-eight thousand dollars a month.", "a month"},
      {"They signed a $38,000-a-month lease.", "a-month"},
      {"It moved 120000+ messages per second.", "second"},
      {"She ran a mile a day.", "a day"},
      {"They paid five hundred dollars a month.", "a month"},
      {"Over 300 people came.", "300 people"},
      /* a full stop after a full month name ends the sentence */
      {"The plant closed in May. It reopened.", "May."},
      /* names, verbs */
      {"We met in August Busch's office.", "August"},
      {"He met April Smith in June.", "April"},
      {"It began in the October Revolution of 1917.", "October"},
      {"Prices could fall 2000 points.", "fall 2000"},
      /* "before" another report relates two times */
      {"It broke two weeks before the report came out.",
       "two weeks before the report"},
  };
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof neg / sizeof neg[0]; i++) {
    struct bc_facts *f = analyze(neg[i].text, "2019-07-20");
    assert_non_null(f);
    for (k = 0; k < f->n_dates; k++)
      if (span_is(neg[i].text, f->dates[k].span, neg[i].not_span))
        fail_msg("case %zu: '%s' read as a date", i, neg[i].not_span);
    for (k = 0; k < f->n_times; k++)
      if (span_is(neg[i].text, f->times[k].span, neg[i].not_span))
        fail_msg("case %zu: '%s' read as a time", i, neg[i].not_span);
    bc_facts_free(f);
  }
}

/* A duration is also a number fact ("three months": 3 months), which is
 * how the checker compares it: the tagger must not claim its tokens. */
static void durations_stay_numbers(void **state)
{
  const char *t = "The migration took 27 months and three weeks.";
  struct bc_facts *f = analyze(t, "2019-07-20");
  size_t k, found = 0;
  (void)state;
  assert_non_null(f);
  assert_int_equal(f->n_dates, 0);
  assert_int_equal(f->n_times, 2);
  for (k = 0; k < f->n_numbers; k++)
    if (span_is(t, f->numbers[k].span, "27 months") ||
        span_is(t, f->numbers[k].span, "three weeks"))
      found++;
  assert_int_equal(found, 2);
  bc_facts_free(f);
}

/* The same text as a summary's claims and as the source gives the same
 * dates (the checker reads both with one analyzer), and a relative date
 * keeps the kind the checker leaves alone. */
static void relative_dates_stay_relative_for_the_checker(void **state)
{
  static const char *const texts[] = {
      "Sales rose 5% last year and fell two weeks ago.",
      "The firm said Friday that profit rose in August.",
      "Profit rose from $4 million a year earlier.",
  };
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    struct bc_facts *f = analyze(texts[i], "2019-07-20");
    assert_non_null(f);
    for (k = 0; k < f->n_dates; k++)
      assert_true(f->dates[k].kind == BC_DATE_RELATIVE ||
                  !f->dates[k].relative);
    bc_facts_free(f);
  }
}

static void dates_negatives(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof no_dates / sizeof no_dates[0]; i++) {
    struct bc_facts *f = analyze(no_dates[i], "2019-07-20");
    assert_non_null(f);
    if (f->n_dates) {
      fprintf(stderr, "case '%s': unexpected dates\n", no_dates[i]);
      for (k = 0; k < f->n_dates; k++)
        print_span("date", no_dates[i], f->dates[k].span);
    }
    assert_int_equal(f->n_dates, 0);
    bc_facts_free(f);
  }
}

/* A number inside a date is not a number fact. */
static void date_numbers_are_not_numbers(void **state)
{
  const char *t = "On 3 March 2019 we hired 40 people; in 2020 we had 90.";
  struct bc_facts *f = analyze(t, NULL);
  size_t k;
  (void)state;
  assert_non_null(f);
  assert_int_equal(f->n_dates, 2);
  for (k = 0; k < f->n_numbers; k++) {
    assert_false(span_is(t, f->numbers[k].span, "3"));
    assert_false(span_is(t, f->numbers[k].span, "2019"));
    assert_false(span_is(t, f->numbers[k].span, "2020"));
  }
  assert_int_equal(f->n_numbers, 2);
  bc_facts_free(f);
}

/* A page of dated posts: each post's "06/14" resolves against its own
 * heading's date, not the page's. */
static void dated_headings_reset_reference(void **state)
{
  const char *t = "Post one\n\nWe shipped on 06/14 as promised.\n\n"
                  "Post two\n\nWe shipped on 06/14 as promised.";
  struct bc_block blocks[4];
  struct bc__analyze_ctx ctx = {NULL, NULL, 0, 0};
  struct bc_facts *f = NULL;
  char d1[] = "2019-07-20", d2[] = "2021-07-01";
  const char *p;
  (void)state;
  memset(blocks, 0, sizeof blocks);
  p = t;
  blocks[0].kind = BC_BLOCK_HEADING;
  blocks[0].span.start = 0;
  blocks[0].span.end = 8;
  blocks[0].date = d1;
  blocks[1].kind = BC_BLOCK_PARAGRAPH;
  blocks[1].span.start = 10;
  blocks[1].span.end = (size_t)(strstr(p, "promised.") - p) + 9;
  blocks[2].kind = BC_BLOCK_HEADING;
  blocks[2].span.start = (size_t)(strstr(p, "Post two") - p);
  blocks[2].span.end = blocks[2].span.start + 8;
  blocks[2].date = d2;
  blocks[3].kind = BC_BLOCK_PARAGRAPH;
  blocks[3].span.start = blocks[2].span.end + 2;
  blocks[3].span.end = strlen(t);
  ctx.ref_date = "2000-01-01";
  ctx.blocks = blocks;
  ctx.n_blocks = 4;
  assert_int_equal(bc__analyze_text(t, strlen(t), &ctx, &f, NULL), BC_OK);
  assert_int_equal(f->n_dates, 2);
  assert_string_equal(f->dates[0].iso, "2019-06-14");
  assert_string_equal(f->dates[1].iso, "2021-06-14");
  assert_true(f->dates[0].span.start < blocks[1].span.end);
  assert_true(f->dates[1].span.start >= blocks[3].span.start);
  bc_facts_free(f);
}

/* Without a reference date a relative date has no value, and its grain
 * says what it would name; a value that names no period has none. */
static void unresolved_relative_dates_keep_their_grain(void **state)
{
  static const struct {
    const char *text, *span;
    enum bc_date_kind grain;
  } ucases[] = {
      {"We started this year and kept going.", "this year", BC_DATE_YEAR},
      {"Traffic fell last week.", "last week", BC_DATE_WEEK},
      {"I fixed it yesterday.", "yesterday", BC_DATE_DAY},
      {"We plan to ship next quarter.", "next quarter", BC_DATE_QUARTER},
      {"It broke two months ago.", "two months ago", BC_DATE_MONTH},
      {"Prices are high now.", "now", BC_DATE_RELATIVE},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof ucases / sizeof ucases[0]; i++) {
    struct bc_facts *f = analyze(ucases[i].text, NULL);
    const struct bc_date_fact *d;
    assert_non_null(f);
    d = find(f, ucases[i].text, ucases[i].span);
    if (!d)
      fail_msg("case %zu: '%s' not found", i, ucases[i].span);
    assert_int_equal(d->kind, BC_DATE_RELATIVE);
    if (ucases[i].grain != BC_DATE_RELATIVE)
      assert_string_equal(d->iso, "");
    assert_int_equal(d->grain, ucases[i].grain);
    bc_facts_free(f);
  }
}

/* Every fact names the grain of its value. */
static void facts_name_their_grain(void **state)
{
  const char *t = "On 3 March 2019 we met; in Q1 2018 and in summer 2016 it "
                  "rained for three months, every Thursday.";
  static const struct {
    const char *span;
    enum bc_date_kind grain;
  } want[] = {{"3 March 2019", BC_DATE_DAY},
              {"Q1 2018", BC_DATE_QUARTER},
              {"summer 2016", BC_DATE_SEASON},
              {"three months", BC_DATE_DURATION},
              {"every Thursday", BC_DATE_SET}};
  struct bc_facts *f = analyze(t, "2019-07-20");
  size_t i;
  (void)state;
  assert_non_null(f);
  for (i = 0; i < sizeof want / sizeof want[0]; i++) {
    const struct bc_date_fact *d = find(f, t, want[i].span);
    if (!d)
      fail_msg("'%s' not found", want[i].span);
    assert_int_equal(d->grain, want[i].grain);
  }
  bc_facts_free(f);
}

/* "over 300 people" is a number with its modifier, no time. */
static void over_a_count_is_no_time(void **state)
{
  const char *t = "Over 300 people came, and over 2000 people left.";
  struct bc_facts *f = analyze(t, "2019-07-20");
  (void)state;
  assert_non_null(f);
  assert_int_equal(f->n_dates, 0);
  assert_int_equal(f->n_times, 0);
  assert_int_equal(f->n_numbers, 2);
  bc_facts_free(f);
}

/* A unit after a four-digit number makes it a measurement, which stays
 * a number fact. */
static void measurements_stay_numbers(void **state)
{
  static const struct {
    const char *text, *number;
  } ucases[] = {
      {"We set a temperature of 1000 K at the base.", "1000 K"},
      {"The model is cooler by 1000–2000 K at altitude.", "1000–2000 K"},
      {"Bands lie in the region 1065–1280 cm−1 of it.", "1065–1280 cm−1"},
  };
  size_t i, k, found;
  (void)state;
  for (i = 0; i < sizeof ucases / sizeof ucases[0]; i++) {
    struct bc_facts *f = analyze(ucases[i].text, NULL);
    assert_non_null(f);
    assert_int_equal(f->n_dates, 0);
    for (k = 0, found = 0; k < f->n_numbers; k++)
      found += span_is(ucases[i].text, f->numbers[k].span, ucases[i].number);
    if (found != 1)
      fail_msg("case %zu: no number '%s'", i, ucases[i].number);
    bc_facts_free(f);
  }
}

static void year_resolution(void **state)
{
  (void)state;
  assert_int_equal(bc__analyze_resolve_year(2019, 7, 20, 6, 14), 2019);
  assert_int_equal(bc__analyze_resolve_year(2020, 1, 10, 12, 20), 2019);
  assert_int_equal(bc__analyze_resolve_year(2019, 7, 0, 12, 1), 2018);
  assert_int_equal(bc__analyze_resolve_year(2019, 0, 0, 12, 1), 2019);
  assert_int_equal(bc__analyze_resolve_year(0, 0, 0, 12, 1), 0);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(dates_table),
      cmocka_unit_test(dates_negatives),
      cmocka_unit_test(timex_table),
      cmocka_unit_test(timex_negatives),
      cmocka_unit_test(durations_stay_numbers),
      cmocka_unit_test(relative_dates_stay_relative_for_the_checker),
      cmocka_unit_test(date_numbers_are_not_numbers),
      cmocka_unit_test(dated_headings_reset_reference),
      cmocka_unit_test(unresolved_relative_dates_keep_their_grain),
      cmocka_unit_test(facts_name_their_grain),
      cmocka_unit_test(over_a_count_is_no_time),
      cmocka_unit_test(measurements_stay_numbers),
      cmocka_unit_test(year_resolution),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
