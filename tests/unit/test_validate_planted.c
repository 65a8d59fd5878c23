/* test_validate_planted.c - the checker against planted errors and faithful
 * paraphrases written the way LLM summaries are written.  Each source in
 * tests/fixtures/check/NAME.md has NAME.claims: "#date ISO" (the post's
 * date), then one claim per line, "OK<TAB>sentence" for a faithful
 * paraphrase (must draw no error) or "E KIND<TAB>sentence" for a planted
 * error (must draw an error finding of that kind).  Goal from issue 4:
 * recall >= 0.95 on planted errors and no error on a paraphrase. */
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
#include "util/fs.h"

static const char *const sources[] = {"coaching",  "migration", "observability",
                                      "bakery",    "archive",   "dense-facts",
                                      "long-essay"};

struct tally {
  size_t planted, caught, paraphrases, false_alarms;
};

static char *fixture(const char *name, const char *ext, size_t *len)
{
  char path[512];
  char *data = NULL;
  struct bc_error err = BC_ERROR_INIT;
  snprintf(path, sizeof path, "%s/tests/fixtures/check/%s.%s", BC_SOURCE_DIR,
           name, ext);
  if (bc__fs_read(path, 1 << 20, &data, len, &err) != BC_OK)
    fail_msg("%s", err.msg);
  return data;
}

static void run_source(const char *name, struct tally *t)
{
  size_t slen, clen;
  char *claims = fixture(name, "claims", &clen);
  char *src;
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_error err = BC_ERROR_INIT;
  char *line = claims, *next;
  /* "#source PATH" (from the top of the tree) names a source outside the
   * fixtures, such as the samples. */
  if (strncmp(claims, "#source ", 8) == 0) {
    char path[512];
    size_t cut = strcspn(claims, "\n");
    assert_int_equal(claims[cut], '\n');
    claims[cut] = '\0';
    snprintf(path, sizeof path, "%s/%s", BC_SOURCE_DIR, claims + 8);
    if (bc__fs_read(path, 1 << 22, &src, &slen, &err) != BC_OK)
      fail_msg("%s", err.msg);
    line = claims + cut + 1;
  } else {
    src = fixture(name, "md", &slen);
  }
  assert_int_equal(bc_doc_new_text(src, slen, &doc, &err), BC_OK);
  for (; line && *line; line = next) {
    char *tab, *nl = strchr(line, '\n');
    next = nl ? nl + 1 : NULL;
    if (nl)
      *nl = '\0';
    if (strncmp(line, "#date ", 6) == 0) {
      free(doc->date);
      doc->date = strdup(line + 6);
      continue;
    }
    if (!*line || line[0] == '#')
      continue;
    if (!facts)
      assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
    tab = strchr(line, '\t');
    assert_non_null(tab);
    *tab = '\0';
    {
      const char *text = tab + 1;
      const char *kind = line[0] == 'E' ? line + 2 : NULL;
      struct bc_report *r = NULL;
      size_t i, errors = 0, of_kind = 0;
      assert_int_equal(
          bc_validate_text(doc, facts, text, strlen(text), NULL, &r, &err),
          BC_OK);
      for (i = 0; i < r->n_findings; i++)
        if (r->findings[i].severity == BC_SEV_ERROR) {
          errors++;
          if (kind && strcmp(r->findings[i].kind, kind) == 0)
            of_kind++;
        }
      if (kind) {
        t->planted++;
        if (of_kind)
          t->caught++;
        else
          printf("  missed %s error: %s\n", kind, text);
      } else {
        t->paraphrases++;
        if (errors) {
          t->false_alarms++;
          printf("  false alarm (%s: %s): %s\n", r->findings[0].kind,
                 r->findings[0].message, text);
        }
      }
      bc_report_free(r);
    }
  }
  bc_facts_free(facts);
  bc_doc_free(doc);
  free(src);
  free(claims);
}

static void planted_errors_and_paraphrases(void **state)
{
  struct tally t = {0, 0, 0, 0};
  size_t i;
  (void)state;
  for (i = 0; i < sizeof sources / sizeof sources[0]; i++)
    run_source(sources[i], &t);
  printf("planted errors caught: %zu/%zu (recall %.3f); paraphrases with an "
         "error: %zu/%zu\n",
         t.caught, t.planted, t.planted ? (double)t.caught / t.planted : 0.0,
         t.false_alarms, t.paraphrases);
  assert_true(t.planted >= 40);
  assert_true(t.paraphrases >= 30);
  assert_true((double)t.caught >= 0.95 * (double)t.planted);
  assert_int_equal(t.false_alarms, 0);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(planted_errors_and_paraphrases),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
