/* test_analyze_dates.c - dates in the forms people write them, resolved to
 * ISO 8601 against the reference date, and numbers that must stay numbers. */
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
};

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
      cmocka_unit_test(date_numbers_are_not_numbers),
      cmocka_unit_test(dated_headings_reset_reference),
      cmocka_unit_test(year_resolution),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
