/* test_local_timeline.c - the local provider's timeline on real text: each
 * case ingests a page, runs the real analyzer and the local summarizer, and
 * states which entries a reader gets and in what order.  (test_local.c
 * covers the same code on fact sheets built by hand.) */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/doc.h"
#include "briefcast/facts.h"
#include "briefcast/provider.h"
#include "briefcast/summary.h"

/* The long summary of the page src (HTML when it starts with '<', else
 * Markdown). */
static struct bc_summary *summarize(const char *src)
{
  struct bc_ingest_opts io = BC_INGEST_OPTS_INIT;
  struct bc_doclist list = BC_DOCLIST_INIT;
  struct bc_provider_config cfg = BC_PROVIDER_CONFIG_INIT;
  struct bc_summarize_opts opts = BC_SUMMARIZE_OPTS_INIT;
  struct bc_provider *p = NULL;
  struct bc_summary *s = NULL;
  struct bc_facts *f = NULL;
  struct bc_error err = BC_ERROR_INIT;
  io.format = src[0] == '<' ? BC_FORMAT_HTML : BC_FORMAT_MARKDOWN;
  if (bc_ingest_memory(src, strlen(src), "page", NULL, &io, &list, &err) ||
      list.n != 1)
    fail_msg("ingest: %s", err.msg);
  if (bc_facts_analyze(list.docs[0], &f, &err))
    fail_msg("analyze: %s", err.msg);
  assert_int_equal(bc_provider_new(&cfg, &p, &err), BC_OK);
  opts.length = BC_LENGTH_LONG;
  if (bc_provider_summarize(p, list.docs[0], f, &opts, &s, &err))
    fail_msg("summarize: %s", err.msg);
  bc_provider_free(p);
  bc_facts_free(f);
  bc_doclist_release(&list);
  return s;
}

/* The entry whose date is written as date, or NULL. */
static const struct bc_timeline_entry *entry(const struct bc_summary *s,
                                             const char *date)
{
  size_t i;
  for (i = 0; i < s->n_timeline; i++)
    if (!strcmp(s->timeline[i].date, date))
      return &s->timeline[i];
  return NULL;
}

/* An HTML page dated 20 November 2019 holding body (paragraphs). */
#define PAGE(body)                                                             \
  "<html><head><title>Davis Cup</title><meta "                                 \
  "property=\"article:published_time\" content=\"2019-11-20T10:00:00Z\">"      \
  "</head><body><article><h1>The new Davis Cup</h1>" body                      \
  "</article></body></html>"

/* A page's boilerplate dates no event: "throughout the year" (the page's
 * year by the analyzer), "the issues we face today", a copyright line, a
 * byline and links to other posts.  The real event stays. */
static void boilerplate_makes_no_entry(void **state)
{
  struct bc_summary *s = summarize(PAGE(
      "<p>By Jane Doe and Tom Lee, tennis correspondents, 20 November "
      "2019</p>"
      "<p>The new Davis Cup Finals opened in Madrid on Monday, 18 November "
      "2019, with thin crowds in the stands.</p>"
      "<p>These are the issues we face today, and they keep coming "
      "back.</p>"
      "<p>The Tennis Podcast is produced weekly throughout the year by an "
      "independent team of three.</p>"
      "<p>Next post: a preview of the ATP Finals in London, 10 November "
      "2019.</p>"
      "<p>Copyright \xc2\xa9 2019 Telegraph Media Group Limited, all "
      "rights reserved.</p>"));
  (void)state;
  assert_int_equal(s->n_timeline, 1);
  assert_string_equal(s->timeline[0].iso, "2019-11-18");
  bc_summary_free(s);
}

/* "today" of a deed done on the page's date is an entry. */
static void today_of_a_deed_stays(void **state)
{
  struct bc_summary *s = summarize(
      PAGE("<p>The federation voted today to keep the new format for two "
           "more years.</p>"
           "<p>The new Davis Cup Finals opened in Madrid on Monday, 18 "
           "November 2019, with thin crowds in the stands.</p>"));
  const struct bc_timeline_entry *t = entry(s, "today");
  (void)state;
  assert_non_null(t);
  assert_string_equal(t->iso, "2019-11-20");
  bc_summary_free(s);
}

/* A day told again without its year is the same entry, shown once with
 * its first mention; a month's entry that only repeats a day of that
 * month goes, one that tells its own event stays. */
static void one_entry_per_event(void **state)
{
  struct bc_summary *s = summarize(
      "# Davis Cup notes\n\n"
      "The finals opened in Madrid on 18 November 2019 after a long "
      "wait.\n\n"
      "The new owners signed a deal with the federation in August 2018.\n\n"
      "The finals were held in Madrid in November 2019 with 18 teams.\n\n"
      "The finals on 18 November drew fewer fans than the owners had "
      "hoped.\n\n"
      "In November 2019 the players also voted on new rules for the "
      "tour.\n");
  (void)state;
  assert_int_equal(s->n_timeline, 3);
  assert_string_equal(s->timeline[0].iso, "2018-08");
  assert_string_equal(s->timeline[1].iso, "2019-11");
  assert_non_null(strstr(s->timeline[1].event, "players also voted"));
  assert_string_equal(s->timeline[2].iso, "2019-11-18");
  assert_non_null(strstr(s->timeline[2].event, "after a long wait"));
  bc_summary_free(s);
}

/* Ranges stay ranges: two days without a year (on a dated page and on an
 * undated one), two seasons with theirs, and a start that takes the
 * year its end states. */
static void ranges_stay_ranges(void **state)
{
  static const char *const body =
      "<p>Between 10 November and 30 December the ticket office was open "
      "for the public.</p>"
      "<p>He lived in Paris from the summer of 1998 to the summer of 1999 "
      "and then moved to London.</p>"
      "<p>The exhibition ran from 3 October to 12 January 2020 in the "
      "north wing of the museum.</p>";
  char page[2048], md[1024];
  struct bc_summary *s;
  const struct bc_timeline_entry *t;
  (void)state;
  snprintf(page, sizeof page, PAGE("%s"), body);
  snprintf(md, sizeof md, "# Notes\n\n%s",
           "Between 10 November and 30 December the ticket office was open "
           "for the public.\n");
  s = summarize(page);
  t = entry(s, "10 November and 30 December");
  assert_non_null(t);
  assert_string_equal(t->iso, "XXXX-11-10/XXXX-12-30");
  t = entry(s, "the summer of 1998 to the summer of 1999");
  assert_non_null(t);
  assert_string_equal(t->iso, "1998-SU/1999-SU");
  t = entry(s, "3 October to 12 January 2020");
  assert_non_null(t);
  assert_string_equal(t->iso, "2019-10-03/2020-01-12");
  assert_int_equal(s->n_timeline, 3);
  bc_summary_free(s);
  s = summarize(md);
  assert_int_equal(s->n_timeline, 1);
  assert_string_equal(s->timeline[0].iso, "XXXX-11-10/XXXX-12-30");
  bc_summary_free(s);
}

/* Paragraphs run together with no space ("the Scottish SPCA.Mrs
 * Nisbett said"), as a page or a corpus that drops its line breaks
 * prints them, are two sentences: an entry tells its own, never the next
 * one's words, nor the one before ("late 1970s.A veteran"). */
static void entry_not_glued_to_the_next_sentence(void **state)
{
  struct bc_summary *s =
      summarize("# Notes\n\n"
                "The cat was found badly hurt in a garden in Fife on 3 May "
                "2016 and taken to the Scottish SPCA.Mrs Nisbett said the "
                "animal had been shot twice with an air gun.\n\n"
                "He began racing in the club's colours in the late "
                "1970s.A veteran of the sport, he turned professional in "
                "1980 with a French team.\n");
  const struct bc_timeline_entry *t;
  (void)state;
  t = entry(s, "3 May 2016");
  assert_non_null(t);
  assert_string_equal(t->event, "The cat was found badly hurt in a garden in "
                                "Fife on 3 May 2016 and taken to the "
                                "Scottish SPCA.");
  t = entry(s, "1980");
  assert_non_null(t);
  assert_null(strstr(t->event, "1970s"));
  assert_int_equal(strncmp(t->event, "A veteran of the sport", 22), 0);
  bc_summary_free(s);
}

/* Sorted by value: "late 2015" after "March 2015", a season at its first
 * month; days and months of an undated text that no year places in the
 * order of the calendar, not of the text. */
static void sorted_by_value(void **state)
{
  struct bc_summary *s =
      summarize("# Notes\n\n"
                "Late 2015 brought a long quiet spell for the whole team.\n\n"
                "In March 2015 the team grew to forty engineers.\n\n"
                "The office moved to Leeds in the spring of 2015.\n");
  size_t i;
  (void)state;
  assert_int_equal(s->n_timeline, 3);
  assert_string_equal(s->timeline[0].date, "March 2015");
  assert_string_equal(s->timeline[1].date, "the spring of 2015");
  assert_string_equal(s->timeline[2].date, "Late 2015");
  bc_summary_free(s);
  s = summarize("# Notes\n\n"
                "Southgate took temporary charge in September after the "
                "manager left the post.\n\n"
                "England beat Scotland 3-0 at Wembley on 11 November in a "
                "qualifier.\n\n"
                "The new league season began on 14 August with a win for the "
                "champions.\n");
  assert_int_equal(s->n_timeline, 3);
  for (i = 0; i < 3; i++)
    assert_int_equal(strncmp(s->timeline[i].iso, "XXXX", 4), 0);
  assert_string_equal(s->timeline[0].date, "14 August");
  assert_string_equal(s->timeline[1].date, "September");
  assert_string_equal(s->timeline[2].date, "11 November");
  bc_summary_free(s);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(boilerplate_makes_no_entry),
      cmocka_unit_test(today_of_a_deed_stays),
      cmocka_unit_test(one_entry_per_event),
      cmocka_unit_test(ranges_stay_ranges),
      cmocka_unit_test(sorted_by_value),
      cmocka_unit_test(entry_not_glued_to_the_next_sentence),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
