/* test_validate.c - the checker as a whole: a summary (every text field,
 * evidence spans, timeline iso values) with faithful and planted facts,
 * repair, pruning for the renderers, report.json, free text with line
 * numbers, the document's metadata as source facts, and out-of-memory at
 * every allocation.  Each kind of fact has its own test_validate_<kind>.c. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "briefcast/facts.h"
#include "briefcast/summary.h"
#include "briefcast/validate.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "test_validate_common.h"

/* --- a whole summary -------------------------------------------------------
 */

static struct bc_span span_of(const struct bc_doc *d, const char *quote)
{
  const char *p = strstr(d->text, quote);
  struct bc_span s = {0, 0};
  assert_non_null(p);
  s.start = (size_t)(p - d->text);
  s.end = s.start + strlen(quote);
  return s;
}

static void *grow(void *arr, size_t n, size_t size)
{
  void *p = realloc(arr, (n + 1) * size);
  assert_non_null(p);
  memset((char *)p + n * size, 0, size);
  return p;
}

static void add_kp(struct bc_summary *s, const struct bc_doc *d,
                   const char *text, const char *quote)
{
  struct bc_key_point *k;
  s->key_points = grow(s->key_points, s->n_key_points, sizeof *k);
  k = &s->key_points[s->n_key_points++];
  k->text = strdup(text);
  k->evidence = calloc(1, sizeof *k->evidence);
  k->n_evidence = 1;
  k->evidence[0].span = span_of(d, quote);
  k->evidence[0].quote = strdup(quote);
}

static void add_tl(struct bc_summary *s, const char *date, const char *iso,
                   const char *event)
{
  struct bc_timeline_entry *t;
  s->timeline = grow(s->timeline, s->n_timeline, sizeof *t);
  t = &s->timeline[s->n_timeline++];
  t->date = strdup(date);
  t->iso = strdup(iso);
  t->event = strdup(event);
}

static void add_gl(struct bc_summary *s, const char *term, const char *def)
{
  struct bc_glossary_entry *g;
  s->glossary = grow(s->glossary, s->n_glossary, sizeof *g);
  g = &s->glossary[s->n_glossary++];
  g->term = strdup(term);
  g->definition = strdup(def);
}

static void add_turn(struct bc_summary *s, const char *text)
{
  struct bc_turn *t;
  s->narration = grow(s->narration, s->n_narration, sizeof *t);
  t = &s->narration[s->n_narration++];
  t->speaker = strdup("narrator");
  t->text = strdup(text);
}

static void add_slide(struct bc_summary *s, const char *title, const char *b0,
                      const char *b1)
{
  struct bc_slide *sl;
  s->slides = grow(s->slides, s->n_slides, sizeof *sl);
  sl = &s->slides[s->n_slides++];
  sl->title = strdup(title);
  sl->notes = strdup("");
  sl->bullets = calloc(2, sizeof(char *));
  sl->bullets[0] = strdup(b0);
  sl->bullets[1] = strdup(b1);
  sl->n_bullets = 2;
}

static struct bc_summary *faithful(const struct bc_doc *d)
{
  struct bc_summary *s = bc_summary_new();
  assert_non_null(s);
  s->title = strdup("Moving 4.5 million users to a new billing system");
  s->tldr = strdup("From February 2023 to June 2024 the team moved 4.5 "
                   "million users off a billing system built in 2014.");
  add_kp(s, d, "Users moved in waves of 250,000, each taking about 2.5 weeks.",
         "We moved users in waves of 250,000");
  add_kp(s, d, "MTTR (Mean Time to Recovery) fell from 4 hours to 35 minutes.",
         "which fell from 4 hours to 35 minutes");
  add_kp(s, d, "The project cost $2.1 million, 15% under budget.",
         "The total cost of the project was $2.1 million");
  add_tl(s, "1 February 2023", "2023-02-01", "The migration started.");
  add_tl(s, "15 July 2024", "2024-07-15", "The old system was retired.");
  add_gl(s, "MTTR", "Mean Time To Recovery");
  add_slide(s, "Results", "Payment failures fell by 72%",
            "Invoice tickets fell from about 1,800 to 400 a month");
  add_turn(s, "The team grew from 9 to 16 engineers. A rounding bug on 30 May "
              "2025 double-charged 1,214 customers, all refunded within 48 "
              "hours.");
  return s;
}

static void faithful_summary_passes(void **state)
{
  struct fx *f = *state;
  struct bc_summary *s = faithful(f->doc);
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  size_t i;
  assert_int_equal(bc_validate_summary(f->doc, f->facts, s, NULL, &r, &err),
                   BC_OK);
  for (i = 0; i < r->n_findings; i++)
    if (r->findings[i].severity == BC_SEV_ERROR)
      fail_msg("false alarm in %s: '%s': %s", r->findings[i].field,
               r->findings[i].claim, r->findings[i].message);
  assert_true(r->verdict != BC_VERDICT_FAIL);
  assert_int_equal(r->checked.evidence, 3 + 2 + 1);
  assert_true(r->checked.dates >= 4);
  assert_true(r->checked.numbers >= 10);
  assert_true(r->checked.acronyms >= 2);
  bc_report_free(r);
  bc_summary_free(s);
}

/* The faithful summary with one planted error per field kind. */
static struct bc_summary *planted(const struct bc_doc *d)
{
  struct bc_summary *s = faithful(d);
  free(s->key_points[0].text);
  s->key_points[0].text = strdup("Users moved in waves of 520,000.");
  free(s->timeline[1].date);
  s->timeline[1].date = strdup("15 July 2023");
  free(s->glossary[0].definition);
  s->glossary[0].definition = strdup("Mean Time To Repair");
  free(s->slides[0].bullets[0]);
  s->slides[0].bullets[0] = strdup("Payment failures fell by 27%");
  free(s->narration[0].text);
  s->narration[0].text = strdup("The team grew from 9 to 16 engineers. A "
                                "rounding bug on 30 May 2024 double-charged "
                                "1,214 customers.");
  /* Evidence: a quote that is not the source text at its span, and a span
   * past the end of the source. */
  free(s->key_points[1].evidence[0].quote);
  s->key_points[1].evidence[0].quote = strdup("MTTR fell to 35 minutes");
  s->key_points[2].evidence[0].span.end = d->text_len + 10;
  return s;
}

static const struct {
  const char *field, *kind;
} planted_expect[] = {
    {"key_points[0].text", BC_FINDING_NUMBER},
    {"timeline[1].date", BC_FINDING_DATE},
    {"glossary[0].definition", BC_FINDING_ACRONYM},
    {"slides[0].bullets[0]", BC_FINDING_NUMBER},
    {"narration[0].text", BC_FINDING_DATE},
    {"key_points[1].evidence[0]", BC_FINDING_EVIDENCE},
    {"key_points[2].evidence[0]", BC_FINDING_EVIDENCE},
};
#define N_PLANTED (sizeof planted_expect / sizeof planted_expect[0])

static void planted_summary_fails(void **state)
{
  struct fx *f = *state;
  struct bc_summary *s = planted(f->doc);
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  size_t i, j, errors = 0;
  assert_int_equal(bc_validate_summary(f->doc, f->facts, s, NULL, &r, &err),
                   BC_OK);
  assert_int_equal(r->verdict, BC_VERDICT_FAIL);
  for (i = 0; i < N_PLANTED; i++) {
    for (j = 0; j < r->n_findings; j++)
      if (strcmp(r->findings[j].field, planted_expect[i].field) == 0 &&
          strcmp(r->findings[j].kind, planted_expect[i].kind) == 0 &&
          r->findings[j].severity == BC_SEV_ERROR)
        break;
    if (j == r->n_findings)
      fail_msg("no %s error in %s", planted_expect[i].kind,
               planted_expect[i].field);
  }
  for (j = 0; j < r->n_findings; j++)
    if (r->findings[j].severity == BC_SEV_ERROR)
      errors++;
  assert_int_equal(errors, N_PLANTED);
  /* What the source says, and where. */
  for (j = 0; j < r->n_findings; j++)
    if (strcmp(r->findings[j].field, "glossary[0].definition") == 0) {
      const struct bc_finding *g = &r->findings[j];
      assert_string_equal(g->claim, "Mean Time To Repair");
      assert_string_equal(g->source_says, "Mean Time To Recovery");
      assert_memory_equal(f->doc->text + g->span.start, "Mean Time To Recovery",
                          21);
    }
  bc_report_free(r);
  bc_summary_free(s);
}

static void repair_then_recheck(void **state)
{
  struct fx *f = *state;
  struct bc_summary *s = planted(f->doc);
  struct bc_report *r = NULL, *r2 = NULL;
  struct bc_error err = BC_ERROR_INIT;
  size_t j;
  assert_int_equal(bc_validate_summary(f->doc, f->facts, s, NULL, &r, &err),
                   BC_OK);
  assert_int_equal(bc_validate_repair(f->doc, f->facts, s, r, &err), BC_OK);
  /* The acronym and the year of 30 May are unambiguous in the source. */
  assert_string_equal(s->glossary[0].definition, "Mean Time To Recovery");
  assert_non_null(strstr(s->narration[0].text, "30 May 2025"));
  assert_string_equal(s->timeline[1].date, "15 July 2024");
  assert_true(r->n_repaired >= 3);
  for (j = 0; j < r->n_findings; j++)
    if (r->findings[j].repaired_to)
      assert_non_null(r->findings[j].fix);
  /* Checked again, the repaired fields are clean. */
  assert_int_equal(bc_validate_summary(f->doc, f->facts, s, NULL, &r2, &err),
                   BC_OK);
  for (j = 0; j < r2->n_findings; j++) {
    const char *fd = r2->findings[j].field;
    if (r2->findings[j].severity == BC_SEV_ERROR)
      assert_true(strcmp(fd, "glossary[0].definition") != 0 &&
                  strcmp(fd, "narration[0].text") != 0 &&
                  strcmp(fd, "timeline[1].date") != 0);
  }
  bc_report_free(r);
  bc_report_free(r2);
  bc_summary_free(s);
}

/* The iso value of a timeline entry is checked against its date as
 * written: a year the date does not write is an error. */
static void timeline_iso_matches_its_date(void **state)
{
  struct fx *f = *state;
  struct bc_summary *s = faithful(f->doc);
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  size_t i, bad = 0;
  free(s->timeline[0].iso);
  s->timeline[0].iso = strdup("2032-02-01"); /* written "1 February 2023" */
  assert_int_equal(bc_validate_summary(f->doc, f->facts, s, NULL, &r, &err),
                   BC_OK);
  for (i = 0; i < r->n_findings; i++)
    if (r->findings[i].severity == BC_SEV_ERROR) {
      assert_string_equal(r->findings[i].field, "timeline[0].iso");
      assert_string_equal(r->findings[i].claim, "2032-02-01");
      assert_string_equal(r->findings[i].source_says, "1 February 2023");
      bad++;
    }
  assert_int_equal(bad, 1);
  assert_int_equal(r->verdict, BC_VERDICT_FAIL);
  bc_report_free(r);
  bc_summary_free(s);
}

static void drop_failed_leaves_no_error(void **state)
{
  struct fx *f = *state;
  struct bc_summary *s = planted(f->doc);
  struct bc_report *r = NULL, *r2 = NULL;
  struct bc_error err = BC_ERROR_INIT;
  size_t removed = 0, j;
  assert_int_equal(bc_validate_summary(f->doc, f->facts, s, NULL, &r, &err),
                   BC_OK);
  assert_int_equal(bc_validate_drop_failed(s, r, &removed, &err), BC_OK);
  assert_int_equal(removed, N_PLANTED);
  assert_int_equal(s->n_key_points, 0); /* all three carried an error */
  assert_int_equal(s->n_timeline, 1);
  assert_int_equal(s->n_glossary, 0);
  assert_int_equal(s->slides[0].n_bullets, 1);
  /* The narration keeps its true sentence and loses the wrong one. */
  assert_string_equal(s->narration[0].text,
                      "The team grew from 9 to 16 engineers.");
  assert_int_equal(bc_validate_summary(f->doc, f->facts, s, NULL, &r2, &err),
                   BC_OK);
  for (j = 0; j < r2->n_findings; j++)
    assert_int_not_equal(r2->findings[j].severity, BC_SEV_ERROR);
  bc_report_free(r);
  bc_report_free(r2);
  bc_summary_free(s);
}

static void report_json_shape(void **state)
{
  struct fx *f = *state;
  struct bc_summary *s = planted(f->doc);
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  char *a, *b;
  cJSON *root, *counts, *findings, *first;
  assert_int_equal(bc_validate_summary(f->doc, f->facts, s, NULL, &r, &err),
                   BC_OK);
  a = bc_report_to_json(r);
  b = bc_report_to_json(r);
  assert_non_null(a);
  assert_string_equal(a, b); /* deterministic */
  root = cJSON_Parse(a);
  assert_non_null(root);
  assert_string_equal(cJSON_GetObjectItem(root, "schema")->valuestring,
                      "briefcast.validation/1");
  assert_string_equal(cJSON_GetObjectItem(root, "verdict")->valuestring,
                      "fail");
  counts = cJSON_GetObjectItem(root, "counts");
  assert_int_equal(cJSON_GetObjectItem(counts, "errors")->valueint,
                   (int)N_PLANTED);
  assert_int_equal(cJSON_GetObjectItem(counts, "repaired")->valueint, 0);
  findings = cJSON_GetObjectItem(root, "findings");
  assert_int_equal(cJSON_GetArraySize(findings), (int)r->n_findings);
  first = cJSON_GetArrayItem(findings, 0);
  assert_non_null(cJSON_GetObjectItem(first, "span"));
  assert_null(cJSON_GetObjectItem(first, "repaired_to"));
  cJSON_Delete(root);
  free(a);
  free(b);
  bc_report_free(r);
  bc_summary_free(s);
}

static void free_text_lines(void **state)
{
  struct fx *f = *state;
  static const char text[] = "# A transcript\n"
                             "\n"
                             "Host: the migration ended on 30 June 2023.\n"
                             "Guest: and MTTR, Mean Time To Repair, fell.\n";
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  assert_int_equal(
      bc_validate_text(f->doc, f->facts, text, strlen(text), NULL, &r, &err),
      BC_OK);
  /* Speaker labels ("Host:") are not names to check. */
  assert_int_equal(r->n_findings, 2);
  assert_string_equal(r->findings[0].kind, BC_FINDING_DATE);
  assert_string_equal(r->findings[0].field, "line 3");
  assert_string_equal(r->findings[0].claim, "30 June 2023");
  assert_non_null(strstr(r->findings[0].source_says, "30 June 2024"));
  assert_string_equal(r->findings[1].kind, BC_FINDING_ACRONYM);
  assert_string_equal(r->findings[1].field, "line 4");
  assert_string_equal(r->findings[1].claim, "Mean Time To Repair");
  assert_int_equal(r->checked.evidence, 0);
  bc_report_free(r);
}

/* The document's own author, date and title are facts of the source. */
static void metadata_is_source(void **state)
{
  (void)state;
  check_pair("We walked 12 km along the river in 2023. In 2022 we walked the "
             "river path 9 km.",
             "2024-07-20", "Mira Kovacs", "Our 2023 river review",
             "Mira Kovacs walked 12 km in 2023, she wrote on 20 July 2024 "
             "(2024-07-20).",
             NULL);
  /* The title is the source's words too: a headline's number or month
   * that the body gives otherwise is still the source's. */
  check_pair("The bank raised its rate four times this year. The next "
             "meeting is in June 2018.",
             "2018-03-01", "", "Bank raises rates twice before September 2018",
             "The bank raises rates twice before September 2018.", NULL);
}

/* A quotation is the source's words whatever punctuation the source puts
 * around them: guillemets and other non-ASCII marks separate words. */
static void quote_inside_guillemets(void **state)
{
  static const char src[] =
      "\xD0\x9E\xD0\xBD \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0"
      "\xD0\xBB: \xC2\xAB\xD0\x9D\xD0\xB0\xD0\xB4\xD0\xBE "
      "\xD0\xBB\xD1\x8E\xD0\xB1\xD0\xB8\xD1\x82\xD1\x8C\xC2\xBB, "
      "and \xE2\x80\x9Cwe ship on Tuesdays\xE2\x80\xA6\xE2\x80\x9D\n";
  static const char *const quotes[] = {
      "\xD0\x9D\xD0\xB0\xD0\xB4\xD0\xBE "
      "\xD0\xBB\xD1\x8E\xD0\xB1\xD0\xB8\xD1\x82\xD1\x8C",
      "we ship on Tuesdays"};
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_summary *s = bc_summary_new();
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  size_t i;
  (void)state;
  assert_non_null(s);
  assert_int_equal(bc_doc_new_text(src, strlen(src), &doc, &err), BC_OK);
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  s->quotes = calloc(2, sizeof *s->quotes);
  assert_non_null(s->quotes);
  s->n_quotes = 2;
  for (i = 0; i < 2; i++)
    s->quotes[i].text = strdup(quotes[i]);
  assert_int_equal(bc_validate_summary(doc, facts, s, NULL, &r, &err), BC_OK);
  for (i = 0; i < r->n_findings; i++)
    fail_msg("%s: %s", r->findings[i].field, r->findings[i].message);
  bc_report_free(r);
  bc_summary_free(s);
  bc_facts_free(facts);
  bc_doc_free(doc);
}

/* Every allocation of a check may fail: the result is BC_ERR_NOMEM and no
 * leak (ASan/valgrind), or success. */
static void out_of_memory(void **state)
{
  struct fx *f = *state;
  struct bc_summary *s = planted(f->doc);
  long n;
  int failed = 0;
  for (n = 1; n < 100000; n++) {
    struct bc_report *r = NULL;
    struct bc_error err = BC_ERROR_INIT;
    bc_status rc;
    bc__alloc_fail_after(n);
    rc = bc_validate_summary(f->doc, f->facts, s, NULL, &r, &err);
    bc__alloc_fail_after(0);
    if (rc == BC_OK) {
      char *js;
      bc__alloc_fail_after(1);
      js = bc_report_to_json(r);
      bc__alloc_fail_after(0);
      free(js);
      bc_report_free(r);
      break;
    }
    assert_int_equal(rc, BC_ERR_NOMEM);
    assert_null(r);
    failed++;
  }
  assert_true(failed > 10);
  bc_summary_free(s);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(faithful_summary_passes, setup, teardown),
      cmocka_unit_test_setup_teardown(planted_summary_fails, setup, teardown),
      cmocka_unit_test_setup_teardown(repair_then_recheck, setup, teardown),
      cmocka_unit_test_setup_teardown(timeline_iso_matches_its_date, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(drop_failed_leaves_no_error, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(report_json_shape, setup, teardown),
      cmocka_unit_test_setup_teardown(free_text_lines, setup, teardown),
      cmocka_unit_test(metadata_is_source),
      cmocka_unit_test(quote_inside_guillemets),
      cmocka_unit_test_setup_teardown(out_of_memory, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
