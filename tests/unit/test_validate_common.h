/* test_validate_common.h - helpers shared by the checker's unit tests
 * (test_validate*.c): the migration post as a fixture, and a runner for
 * tables of small sources checked against one-line summaries.  Include it
 * after <cmocka.h>. */
#ifndef TEST_VALIDATE_COMMON_H
#define TEST_VALIDATE_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/facts.h"
#include "briefcast/validate.h"
#include "util/fs.h"

/* The source every fixture test checks against, analyzed once per test. */
struct fx {
  struct bc_doc *doc;
  struct bc_facts *facts;
};

static inline char *read_fixture(const char *name, size_t *len)
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

/* tests/fixtures/check/migration.md, dated 2025-09-10. */
static inline int setup(void **state)
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

static inline int teardown(void **state)
{
  struct fx *f = *state;
  bc_facts_free(f->facts);
  bc_doc_free(f->doc);
  free(f);
  return 0;
}

/* Check the summary line sum against a small source src.  err is the
 * claim an error must name, or NULL when the line must draw no error at
 * all; date, author and title are the source's metadata, NULL when it has
 * none. */
static inline void check_pair(const char *src, const char *date,
                              const char *author, const char *title,
                              const char *sum, const char *want)
{
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  const char *got = NULL;
  size_t j;
  assert_int_equal(bc_doc_new_text(src, strlen(src), &doc, &err), BC_OK);
  if (date)
    doc->date = strdup(date);
  if (author)
    doc->author = strdup(author);
  if (title)
    doc->title = strdup(title);
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  assert_int_equal(
      bc_validate_text(doc, facts, sum, strlen(sum), NULL, &r, &err), BC_OK);
  for (j = 0; j < r->n_findings; j++)
    if (r->findings[j].severity == BC_SEV_ERROR) {
      got = r->findings[j].claim;
      if (want && strstr(got, want))
        break;
    }
  if (!want && got)
    fail_msg("'%s': unexpected error on '%s'", sum, got);
  if (want && j == r->n_findings)
    fail_msg("'%s': no error on '%s'", sum, want);
  bc_report_free(r);
  bc_facts_free(facts);
  bc_doc_free(doc);
}

/* A table of small sources (with an optional document date) checked
 * against one-line summaries, as check_pair. */
struct pair_case {
  const char *src, *date, *sum, *err;
};

static inline void check_pairs(const struct pair_case *cases, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    check_pair(cases[i].src, cases[i].date, NULL, NULL, cases[i].sum,
               cases[i].err);
}

#endif
