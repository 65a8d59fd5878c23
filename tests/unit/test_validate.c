/* test_validate.c - the fact checker case by case: the equivalence rules as
 * tables, a whole summary (every text field, evidence spans) with faithful
 * and planted facts, repair, pruning for the renderers, report.json, free
 * text with line numbers, and out-of-memory at every allocation. */
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
#include "validate/validate_internal.h"

/* --- equivalence tables ----------------------------------------------------
 */

static void words_match_table(void **state)
{
  static const struct {
    const char *a, *b;
    int same;
  } cases[] = {
      {"Recognise", "recognize", 1},  {"Goals", "Goal", 1},
      {"Objective", "Objectives", 1}, {"Analyse", "analysis", 1},
      {"Act", "Action", 1},           {"Reality", "Recognise", 0},
      {"Supply", "Supported", 0},     {"Goal", "Gold", 0},
      {"Repair", "Recovery", 0},      {"Level", "level", 1},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int got = bc__validate_words_match(cases[i].a, strlen(cases[i].a),
                                       cases[i].b, strlen(cases[i].b));
    if (got != cases[i].same)
      fail_msg("'%s' vs '%s': got %d", cases[i].a, cases[i].b, got);
  }
}

static void acronym_table(void **state)
{
  static const struct {
    const char *acr, *phrase;
    int fits;
  } fits[] = {
      {"RAGE", "Recognise, Act, Guide, Evaluate", 1},
      {"RAGE", "Reality, Aspirations, Goals and Expectations", 1},
      {"SLO", "Service Level Objective", 1},
      {"JSON", "JavaScript Object Notation", 1},
      {"SaaS", "Software as a Service", 1},
      {"P2P", "peer to peer", 1},
      {"OKR", "Objectives and Key Results", 1},
      {"MTTR", "Mean Time To Recovery", 1},
      {"SRE", "the team", 0},
      {"RAGE", "Recognise, Act, Guide", 0},
  };
  static const struct {
    const char *a, *b;
    int same;
  } exps[] = {
      {"Recognise, Act, Guide, Evaluate", "recognize, act, guide and evaluate",
       1},
      {"Service Level Objectives", "service-level objective", 1},
      {"Mean Time To Recovery", "Mean Time to Repair", 0},
      {"Community Supported Bakery", "Community Supply Bakery", 0},
      {"Reality, Aspirations, Goals, Expectations",
       "Recognise, Act, Guide, Evaluate", 0},
      {"Objectives and Key Results", "Objectives & Key Results", 1},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof fits / sizeof fits[0]; i++)
    if (bc__validate_fits_acronym(fits[i].acr, fits[i].phrase,
                                  strlen(fits[i].phrase)) != fits[i].fits)
      fail_msg("%s / '%s': expected %d", fits[i].acr, fits[i].phrase,
               fits[i].fits);
  for (i = 0; i < sizeof exps / sizeof exps[0]; i++)
    if (bc__validate_expansions_match(exps[i].a, strlen(exps[i].a), exps[i].b,
                                      strlen(exps[i].b)) != exps[i].same)
      fail_msg("'%s' vs '%s': expected %d", exps[i].a, exps[i].b, exps[i].same);
}

static void numbers_table(void **state)
{
  static const struct {
    double c, c_hi;
    const char *cu;
    int c_approx;
    double s, s_hi;
    const char *su;
    int s_approx;
    int same;
  } cases[] = {
      {2.5, 2.5, "years", 0, 2.5, 2.5, "years", 1, 1}, /* two and a half */
      {30, 30, "months", 0, 2.5, 2.5, "years", 0, 1},  /* same duration */
      {18, 18, "months", 0, 1.5, 1.5, "years", 0, 1},
      {120000, 120000, "", 0, 120000, 120000, "customers", 1, 1},
      {3, 5, "seconds", 0, 3, 5, "seconds", 1, 1}, /* 3 to 5 / ±3-5 */
      {2300000, 2300000, "", 1, 2312000, 2312000, "requests", 0, 1},
      {2300000, 2300000, "", 0, 2312000, 2312000, "", 0, 1}, /* rounding */
      {0.5, 0.5, "", 1, 50, 50, "%", 0, 1},                  /* half */
      {5, 5, "months", 0, 5, 5, "years", 0, 0},
      {150000, 150000, "employees", 0, 120000, 120000, "employees", 0, 0},
      {25, 25, "minutes", 0, 35, 35, "minutes", 0, 0},
      {2, 2, "million", 0, 2.3, 2.3, "million", 0, 0}, /* 1 digit, exact */
      {27, 27, "%", 0, 72, 72, "%", 0, 0},
      {14000, 14000, "handwritten pages", 0, 14000, 14000, "pages", 0, 1},
      {5, 5, "USD", 0, 5, 5, "EUR", 0, 0},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_number_fact c, s;
    memset(&c, 0, sizeof c);
    memset(&s, 0, sizeof s);
    c.value = cases[i].c;
    c.value_hi = cases[i].c_hi;
    c.unit = (char *)cases[i].cu;
    c.approx = cases[i].c_approx;
    s.value = cases[i].s;
    s.value_hi = cases[i].s_hi;
    s.unit = (char *)cases[i].su;
    s.approx = cases[i].s_approx;
    if (bc__validate_numbers_equiv(&c, &s) != cases[i].same)
      fail_msg("case %zu: %g %s vs %g %s: expected %d", i, cases[i].c,
               cases[i].cu, cases[i].s, cases[i].su, cases[i].same);
  }
  assert_int_equal(bc__validate_sig_digits(2300000), 2);
  assert_int_equal(bc__validate_sig_digits(4.5), 2);
  assert_int_equal(bc__validate_sig_digits(120000), 2);
  assert_int_equal(bc__validate_sig_digits(2312000), 4);
}

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

/* --- a whole summary -------------------------------------------------------
 */

struct fx {
  struct bc_doc *doc;
  struct bc_facts *facts;
};

static char *read_fixture(const char *name, size_t *len)
{
  char path[512];
  char *data = NULL;
  struct bc_error err = BC_ERROR_INIT;
  snprintf(path, sizeof path, "%s/tests/fixtures/check/%s", BC_SOURCE_DIR,
           name);
  if (bc__fs_read(path, 1 << 20, &data, len, &err) != BC_OK)
    fail_msg("%s", err.msg);
  return data;
}

static int setup(void **state)
{
  struct fx *f = calloc(1, sizeof *f);
  size_t len;
  char *text = read_fixture("migration.md", &len);
  struct bc_error err = BC_ERROR_INIT;
  assert_non_null(f);
  assert_int_equal(bc_doc_new_text(text, len, &f->doc, &err), BC_OK);
  f->doc->date = strdup("2025-09-10");
  assert_int_equal(bc_facts_analyze(f->doc, &f->facts, &err), BC_OK);
  free(text);
  *state = f;
  return 0;
}

static int teardown(void **state)
{
  struct fx *f = *state;
  bc_facts_free(f->facts);
  bc_doc_free(f->doc);
  free(f);
  return 0;
}

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

static void names_table(void **state)
{
  struct fx *f = *state;
  static const struct {
    const char *text;
    int warns;
  } cases[] = {
      {"According to Priya Raman, the move took 17 months.", 0},
      {"Raman, Priya wrote the post.", 0},
      {"According to John Whitfield, the move took 17 months.", 1},
      {"The team worked with Contoso Bank on the refunds.", 1},
  };
  size_t i, j;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_report *r = NULL;
    struct bc_error err = BC_ERROR_INIT;
    int warns = 0;
    assert_int_equal(bc_validate_text(f->doc, f->facts, cases[i].text,
                                      strlen(cases[i].text), NULL, &r, &err),
                     BC_OK);
    for (j = 0; j < r->n_findings; j++) {
      assert_int_not_equal(r->findings[j].severity, BC_SEV_ERROR);
      if (strcmp(r->findings[j].kind, BC_FINDING_NAME) == 0)
        warns = 1;
    }
    if (warns != cases[i].warns)
      fail_msg("'%s': name warning %d, expected %d", cases[i].text, warns,
               cases[i].warns);
    bc_report_free(r);
  }
}

/* Small sources checked against one-line summaries: the definitions and
 * number forms real posts and transcripts use.  err is the claim an error
 * must name, or NULL when the line must draw no error at all. */
static void source_summary_table(void **state)
{
  static const struct {
    const char *src, *date, *sum, *err;
  } cases[] = {
      /* A house definition contrasted with the usual reading. */
      {"We track every build in the BRT. In our shop BRT stands for Build "
       "Readiness Tracker. It is not a bus rapid transit system.",
       NULL, "The bus rapid transit (BRT) list grew.", "bus rapid transit"},
      {"We track every build in the BRT. In our shop BRT stands for Build "
       "Readiness Tracker.",
       NULL, "The Build Readiness Tracker (BRT) list grew.", NULL},
      {"Our team keeps a KPL, which in our office stands for Known Problem "
       "List, and we review it weekly.",
       NULL, "They review the KPL (key performance log) weekly.",
       "key performance log"},
      {"Last year we finally tamed our MSR. Most firms use MSR for minimum "
       "salary requirement. Here it means Monthly Snack Reserve, and it "
       "fell to $90.",
       NULL, "Their minimum salary requirement (MSR) fell to $90.",
       "minimum salary requirement"},
      {"The DLB was the Daily Loss Book: a ledger of broken cups. Today most "
       "people read the letters as dynamic load balancing.",
       NULL, "The DLB (dynamic load balancing) book lists cups.",
       "dynamic load balancing"},
      {"The first headline feature is the RTQ. Here RTQ means Remote Task "
       "Queue, and most readers take it as real-time quote.",
       NULL, "The headline is the RTQ, the real-time quote engine.",
       "real-time quote"},
      {"Everyone wore our PSM. In this trial PSM refers to the portable sleep "
       "monitor, not to the lab polysomnography the letters often mean.",
       NULL, "Sleep was tracked with polysomnography (PSM) bands.",
       "polysomnography"},
      {"He had to pass the CRA. At the club CRA means Catch Readiness "
       "Assessment.",
       NULL, "He passed the CRA first, the Critical Rowing Assessment.",
       "Critical Rowing Assessment"},
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
      /* A date range with one end moved. */
      {"Most of the track was laid between 2011 and 2014; 2015 was lost to "
       "a strike.",
       NULL, "The track was laid between 2011 and 2015.", "2011 and 2015"},
      {"Most of the track was laid between 2011 and 2014; 2015 was lost to "
       "a strike.",
       NULL, "The track was laid from 2011 to 2014.", NULL},
      /* "between X and Y" is one range. */
      {"Estimates of the losses range from 20,000 to 40,000 sheep.", NULL,
       "Between 20,000 and 45,000 sheep were lost.", "20,000 and 45,000"},
      {"Estimates of the losses range from 20,000 to 40,000 sheep.", NULL,
       "Between 20,000 and 40,000 sheep were lost.", NULL},
      {"Visits run between 2 pm and 4 pm on weekdays.", NULL,
       "Visits run between 2 and 4 pm on weekdays.", NULL},
      /* Short decades and percentage points. */
      {"The canal was dug in the 1820s and widened in the 1830s; a lock was "
       "added in 1902.",
       NULL, "It was dug and widened in the 1820s and '30s.", NULL},
      {"The canal was dug in the 1820s and widened in the 1830s.", NULL,
       "It was dug and widened in the 1820s and '50s.", "'50s"},
      {"We rebalance when a class drifts ±2-4 percentage points.", NULL,
       "They rebalance within a 2-4 point band.", NULL},
      /* The document's own author, date and title are source facts. */
      {"We walked 12 km along the river in 2023. In 2022 we walked the "
       "river path 9 km.",
       "2024-07-20",
       "Mira Kovacs walked 12 km in 2023, she wrote on 20 July 2024 "
       "(2024-07-20).",
       NULL},
      /* One count of a noun in the source, another value in the summary. */
      {"The choir was founded by 12 singers in a church hall. Today it has "
       "about 300 members and sings twice a month.",
       NULL, "The choir now has about 3,000 members.", "3,000 members"},
      {"The choir was founded by 12 singers in a church hall. Today it has "
       "about 300 members and sings twice a month.",
       NULL, "The choir now has about 300 members.", NULL},
      /* The publication date is no event to mix up with another. */
      {"We published our first post on this blog on 3 March 2014.",
       "2024-07-20", "The post on this blog was published on 20 July 2024.",
       NULL},
  };
  size_t i, j;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_doc *doc = NULL;
    struct bc_facts *facts = NULL;
    struct bc_report *r = NULL;
    struct bc_error err = BC_ERROR_INIT;
    const char *got = NULL;
    assert_int_equal(
        bc_doc_new_text(cases[i].src, strlen(cases[i].src), &doc, &err), BC_OK);
    if (cases[i].date)
      doc->date = strdup(cases[i].date);
    if (cases[i].date && strcmp(cases[i].date, "2024-07-20") == 0) {
      doc->author = strdup("Mira Kovacs"); /* the metadata case */
      doc->title = strdup("Our 2023 river review");
    }
    assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
    assert_int_equal(bc_validate_text(doc, facts, cases[i].sum,
                                      strlen(cases[i].sum), NULL, &r, &err),
                     BC_OK);
    for (j = 0; j < r->n_findings; j++)
      if (r->findings[j].severity == BC_SEV_ERROR) {
        got = r->findings[j].claim;
        if (cases[i].err && strstr(got, cases[i].err))
          break;
      }
    if (!cases[i].err && got)
      fail_msg("'%s': unexpected error on '%s'", cases[i].sum, got);
    if (cases[i].err && j == r->n_findings)
      fail_msg("'%s': no error on '%s'", cases[i].sum, cases[i].err);
    bc_report_free(r);
    bc_facts_free(facts);
    bc_doc_free(doc);
  }
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
      cmocka_unit_test(words_match_table),
      cmocka_unit_test(acronym_table),
      cmocka_unit_test(numbers_table),
      cmocka_unit_test(dates_table),
      cmocka_unit_test_setup_teardown(faithful_summary_passes, setup, teardown),
      cmocka_unit_test_setup_teardown(planted_summary_fails, setup, teardown),
      cmocka_unit_test_setup_teardown(repair_then_recheck, setup, teardown),
      cmocka_unit_test_setup_teardown(timeline_iso_matches_its_date, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(drop_failed_leaves_no_error, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(report_json_shape, setup, teardown),
      cmocka_unit_test_setup_teardown(free_text_lines, setup, teardown),
      cmocka_unit_test_setup_teardown(names_table, setup, teardown),
      cmocka_unit_test(source_summary_table),
      cmocka_unit_test_setup_teardown(out_of_memory, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
