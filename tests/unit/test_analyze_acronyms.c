/* test_analyze_acronyms.c - acronyms with the expansion the source gives,
 * in every way a writer defines one, and parentheticals that define
 * nothing. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_analyze_common.h"

struct acr_case {
  const char *text;
  const char *acronym;
  const char *expansion;
};

static const struct acr_case cases[] = {
    {"Each Service Level Objective (SLO) is reviewed.", "SLO",
     "Service Level Objective"},
    {"Each SLO (service level objective) is reviewed.", "SLO",
     "service level objective"},
    {"We track MTTR (mean time to recovery) weekly.", "MTTR",
     "mean time to recovery"},
    {"We track Mean Time To Recovery, or MTTR, weekly.", "MTTR",
     "Mean Time To Recovery"},
    {"We track mean time to recovery, or MTTR, weekly.", "MTTR",
     "mean time to recovery"},
    {"JSON stands for JavaScript Object Notation.", "JSON",
     "JavaScript Object Notation"},
    {"The HTTP (Hypertext Transfer Protocol) spec is long.", "HTTP",
     "Hypertext Transfer Protocol"},
    {"GROW stands for Goal, Reality, Options, Will.", "GROW",
     "Goal, Reality, Options, Will"},
    {"Our method, SPARK, stands for Sense, Plan, Act, Review and Keep.",
     "SPARK", "Sense, Plan, Act, Review and Keep"},
    {"Use Site Reliability Engineering, also known as SRE, daily.", "SRE",
     "Site Reliability Engineering"},
    {"Use SRE, also known as site reliability engineering, daily.", "SRE",
     "site reliability engineering"},
    {"Use SRE aka site reliability engineering daily.", "SRE",
     "site reliability engineering"},
    {"Use site reliability engineering aka SRE daily.", "SRE",
     "site reliability engineering"},
    {"Here OKR means objectives and key results.", "OKR",
     "objectives and key results"},
    {"The Department of Defense (DoD) paid.", "DoD", "Department of Defense"},
    {"All Application Programming Interfaces (APIs) are versioned.", "API",
     "Application Programming Interfaces"},
    {"The Bureau of Labor Statistics (BLS) reports monthly.", "BLS",
     "Bureau of Labor Statistics"},
    {"We use continuous integration and delivery (CI/CD).", NULL, NULL},
    {"A Network Operations Center (NOC) watches it.", "NOC",
     "Network Operations Center"},
    {"Return on investment, which we call ROI, fell.", "ROI",
     "Return on investment"},
    {"ROI is short for return on investment.", "ROI", "return on investment"},
    {"The platform team (PT) owns it.", "PT", "platform team"},
    {"We track Mean Time To Recovery across services (MTTR) weekly.", "MTTR",
     "Mean Time To Recovery"},
    {"The time to market for new releases (TTM) fell.", "TTM",
     "time to market"},
};

/* Parentheticals and phrases that must define nothing. */
static const char *const no_acronyms[] = {
    "The team (NASA) flew.",
    "We met (OK) and left.",
    "Revenue (USD) rose.",
    "The report (see PDF) is long.",
    "SLO means we keep our promise.",
    "They said the GPU (a big chip) was hot.",
    "Prices (in EUR) rose 3%.",
    "Our CEO (Jane) spoke.",
    "We paid (ABC Corp) late.",
    "RAGE is the name of the method.",
};

static void acronyms_table(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const struct acr_case *c = &cases[i];
    struct bc_facts *f = analyze(c->text, NULL);
    const struct bc_acronym_fact *x;
    assert_non_null(f);
    if (!c->acronym) {
      assert_int_equal(f->n_acronyms, 0);
      bc_facts_free(f);
      continue;
    }
    x = bc_facts_find_acronym(f, c->acronym);
    if (!x || strcmp(x->expansion, c->expansion) != 0) {
      fprintf(stderr, "case %zu: '%s'\n", i, c->text);
      for (k = 0; k < f->n_acronyms; k++)
        fprintf(stderr, "  got %s = '%s'\n", f->acronyms[k].acronym,
                f->acronyms[k].expansion);
    }
    assert_non_null(x);
    assert_string_equal(x->expansion, c->expansion);
    assert_true(span_is(c->text, x->expansion_span, c->expansion));
    assert_int_equal(x->span.end - x->span.start >= strlen(c->acronym), 1);
    assert_int_equal(
        memcmp(c->text + x->span.start, c->acronym, strlen(c->acronym)), 0);
    bc_facts_free(f);
  }
}

static void acronyms_negatives(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof no_acronyms / sizeof no_acronyms[0]; i++) {
    struct bc_facts *f = analyze(no_acronyms[i], NULL);
    assert_non_null(f);
    if (f->n_acronyms) {
      fprintf(stderr, "case '%s':\n", no_acronyms[i]);
      for (k = 0; k < f->n_acronyms; k++)
        fprintf(stderr, "  got %s = '%s'\n", f->acronyms[k].acronym,
                f->acronyms[k].expansion);
    }
    assert_int_equal(f->n_acronyms, 0);
    bc_facts_free(f);
  }
}

/* Defined in one post, the definition stands for the whole document; the
 * first definition wins and later uses define nothing new. */
static void definition_across_posts(void **state)
{
  const char *t = "First post\n\nWe measure Mean Time To Recovery (MTTR) "
                  "carefully.\n\nSecond post\n\nMTTR fell again. The MTTR "
                  "(monthly total trouble reports) is a different thing.";
  struct bc_facts *f = analyze(t, NULL);
  const struct bc_acronym_fact *x;
  (void)state;
  assert_non_null(f);
  assert_int_equal(f->n_acronyms, 1);
  x = bc_facts_find_acronym(f, "MTTR");
  assert_non_null(x);
  assert_string_equal(x->expansion, "Mean Time To Recovery");
  assert_null(bc_facts_find_acronym(f, "RAGE"));
  assert_non_null(bc_facts_find_acronym(f, "MTTRs"));
  assert_null(bc_facts_find_acronym(NULL, "MTTR"));
  bc_facts_free(f);
}

/* The JSON names each acronym with its expansion and both spans. */
static void acronyms_in_json(void **state)
{
  const char *t = "The Service Level Objective (SLO) held.";
  struct bc_doc doc;
  struct bc_facts *f = analyze(t, NULL);
  char *js;
  (void)state;
  memset(&doc, 0, sizeof doc);
  doc.text = (char *)t;
  doc.text_len = strlen(t);
  assert_non_null(f);
  js = bc_facts_to_json(f, &doc);
  assert_non_null(js);
  assert_non_null(strstr(js, "\"acronym\":\t\"SLO\"")
                      ? js
                      : strstr(js, "\"acronym\": \"SLO\""));
  assert_non_null(strstr(js, "Service Level Objective"));
  assert_non_null(strstr(js, "\"expansion_start\""));
  free(js);
  bc_facts_free(f);
}

/* Claims mode (a summary read by the validator): expansions whose letters
 * do not spell the acronym are recorded, marked loose; descriptions are
 * not; the source's own reading (claims off) never records them. */
static void claims_mode(void **state)
{
  static const struct {
    const char *text, *acronym, *expansion;
  } claims[] = {
      {"We track MTTR (mean time between failures) weekly.", "MTTR",
       "mean time between failures"},
      {"We track mean time between failures (MTTR) weekly.", "MTTR",
       "mean time between failures"},
      {"RAGE stands for Reality, Aspirations, Goals and Expectations.", "RAGE",
       "Reality, Aspirations, Goals and Expectations"},
      {"The SLO (a reliability target) held.", NULL, NULL},
      {"The SLO (service level objective) held.", "SLO",
       "service level objective"},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof claims / sizeof claims[0]; i++) {
    struct bc__analyze_ctx ctx = {NULL, NULL, 0, 1};
    struct bc_facts *f = NULL;
    const struct bc_acronym_fact *x;
    const char *t = claims[i].text;
    assert_int_equal(bc__analyze_text(t, strlen(t), &ctx, &f, NULL), BC_OK);
    if (!claims[i].acronym) {
      assert_int_equal(f->n_acronyms, 0);
      bc_facts_free(f);
      continue;
    }
    x = bc_facts_find_acronym(f, claims[i].acronym);
    if (!x)
      fprintf(stderr, "case %zu: '%s' found nothing\n", i, t);
    assert_non_null(x);
    assert_string_equal(x->expansion, claims[i].expansion);
    assert_true(span_is(t, x->expansion_span, claims[i].expansion));
    bc_facts_free(f);
    /* The same text read as a source defines nothing loose. */
    f = analyze(t, NULL);
    assert_non_null(f);
    x = bc_facts_find_acronym(f, claims[i].acronym);
    assert_true(!x || !x->loose);
    bc_facts_free(f);
  }
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(acronyms_table),
      cmocka_unit_test(acronyms_negatives),
      cmocka_unit_test(definition_across_posts),
      cmocka_unit_test(acronyms_in_json),
      cmocka_unit_test(claims_mode),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
