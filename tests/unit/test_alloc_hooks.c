/* test_alloc_hooks.c - cJSON and libxml2 allocate through the allocation
 * seam, so a failed allocation inside a JSON parse or an HTML parse is an
 * out-of-memory error, cleanly: never a crash, never "malformed input",
 * never a document with text missing. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "briefcast/doc.h"
#include "ingest/html_int.h"
#include "util/alloc.h"
#include "util/json.h"

static const char json[] =
    "{\"title\":\"Ferry pier\",\"points\":[{\"text\":\"It opened on 3 March "
    "2025.\",\"n\":1},{\"text\":\"It cost 4.2 million pounds.\",\"n\":2}],"
    "\"nested\":{\"a\":[true,false,null,1.5e3]}}";

static const char html[] =
    "<!doctype html><html><head><title>Ferry pier</title></head><body>"
    "<article><h1>Ferry pier opens</h1><p>The Harbour Trust (HT) opened a "
    "new ferry pier on 3 March 2025.</p><p>It cost 4.2 million pounds and "
    "took 14 months to build.</p><ul><li>1,200 passengers a day</li>"
    "<li>two new berths</li></ul><p>The trust expects more by the "
    "summer.</p></article></body></html>";

/* A parse that allocates nothing through the seam would make the torture
 * below pass without reaching the library: count first. */
static void cjson_allocates_through_the_seam(void **state)
{
  cJSON *root = NULL;
  long before;
  (void)state;
  bc__alloc_fail_after(0);
  before = bc__alloc_count();
  assert_int_equal(bc__json_parse(json, strlen(json), "t.json", &root, NULL),
                   BC_OK);
  assert_true(bc__alloc_count() - before >= 10);
  cJSON_Delete(root);
}

static void cjson_parse_out_of_memory_is_clean(void **state)
{
  long total, n;
  (void)state;
  {
    cJSON *root = NULL;
    bc__alloc_fail_after(0);
    assert_int_equal(bc__json_parse(json, strlen(json), "t.json", &root, NULL),
                     BC_OK);
    total = bc__alloc_count();
    cJSON_Delete(root);
  }
  for (n = 1; n <= total; n++) {
    struct bc_error err = BC_ERROR_INIT;
    cJSON *root = NULL;
    bc_status rc;
    bc__alloc_fail_after(n);
    rc = bc__json_parse(json, strlen(json), "t.json", &root, &err);
    bc__alloc_fail_after(0);
    if (rc != BC_ERR_NOMEM)
      fail_msg("failing allocation %ld of %ld: status %d (%s)", n, total,
               (int)rc, err.msg);
    assert_null(root);
    assert_non_null(strstr(err.msg, "out of memory"));
    assert_non_null(strstr(err.msg, "t.json"));
  }
}

/* libxml2 2.9 is not safe against a failed allocation: it can crash or
 * loop forever (in its error reporting above all).  So libxml2 takes part
 * in fault injection only when asked (bc__alloc_library_faults), and each
 * trial runs in a process of its own: one libxml2 kills is its defect,
 * counted and shown; one that returns must have returned cleanly.  One
 * allocation fails and the later ones succeed (a transient shortage). */

enum { WHOLE = 0, NOMEM = 1, WRONG = 2 };

static const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET;

/* The text of a parsed HTML document, to compare a parse under memory
 * pressure with a full one.  NULL when it cannot be read. */
static char *doc_text(xmlDoc *d)
{
  xmlChar *t = xmlNodeGetContent(xmlDocGetRootElement(d));
  char *s = t ? strdup((const char *)t) : NULL;
  xmlFree(t);
  return s;
}

static int parse_trial(const char *full)
{
  int nomem = 0;
  xmlDoc *d = bc__html_read_flat(html, strlen(html), opts, &nomem);
  char *t;
  int r;
  if (!d)
    return nomem ? NOMEM : WRONG;
  bc__alloc_fail_nth(0);
  t = doc_text(d);
  r = !nomem && t && strcmp(t, full) == 0 ? WHOLE : WRONG;
  free(t);
  xmlFreeDoc(d);
  return r;
}

static int ingest_trial(const char *full)
{
  struct bc_ingest_opts in = BC_INGEST_OPTS_INIT;
  struct bc_doclist l = BC_DOCLIST_INIT;
  bc_status rc = bc_ingest_memory(html, strlen(html), "pier.html", "text/html",
                                  &in, &l, NULL);
  int r = rc == BC_ERR_NOMEM && l.n == 0 ? NOMEM
          : rc == BC_OK && l.n == 1 && strcmp(l.docs[0]->text, full) == 0
              ? WHOLE
              : WRONG;
  bc_doclist_release(&l);
  return r;
}

/* Fail allocation n (1..total) in a child running trial; the counts of
 * each outcome in seen[WHOLE..WRONG] and of children that died. */
static void torture(int (*trial)(const char *), const char *full, long total,
                    long seen[3], long *died)
{
  seen[WHOLE] = seen[NOMEM] = seen[WRONG] = 0;
  *died = 0;
  for (long n = 1; n <= total; n++) {
    int st;
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
      /* cmocka's handlers would carry a crash back into the test run */
      static const int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
      for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
        signal(sigs[i], SIG_DFL);
      alarm(10);
      bc__alloc_library_faults(1);
      bc__alloc_fail_nth(n);
      _exit(trial(full));
    }
    assert_int_equal(waitpid(pid, &st, 0), pid);
    if (WIFEXITED(st) && WEXITSTATUS(st) <= WRONG) {
      seen[WEXITSTATUS(st)]++;
      if (WEXITSTATUS(st) == WRONG)
        fail_msg("failing allocation %ld of %ld: a wrong result", n, total);
    } else {
      ++*died;
      print_message("libxml2 died (%s %d) when allocation %ld of %ld "
                    "failed\n",
                    WIFSIGNALED(st) ? "signal" : "exit",
                    WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st), n, total);
    }
  }
}

static void html_parse_out_of_memory_is_clean(void **state)
{
  long before, total, seen[3], died;
  int nomem = 0;
  xmlDoc *d;
  char *full;
  (void)state;
  bc__alloc_library_faults(1);
  bc__alloc_fail_after(0);
  before = bc__alloc_count();
  d = bc__html_read_flat(html, strlen(html), opts, &nomem);
  total = bc__alloc_count() - before;
  bc__alloc_library_faults(0);
  assert_non_null(d);
  assert_int_equal(nomem, 0);
  /* libxml2's own allocations are counted: many more than read_flat's */
  assert_true(total >= 20);
  full = doc_text(d);
  assert_non_null(full);
  xmlFreeDoc(d);
  torture(parse_trial, full, total, seen, &died);
  print_message("HTML parse: %ld allocations failed one at a time: %ld whole, "
                "%ld out of memory, %ld killed libxml2\n",
                total, seen[WHOLE], seen[NOMEM], died);
  assert_true(seen[NOMEM] > 0);
  assert_true(seen[WHOLE] + seen[NOMEM] > died);
  free(full);
}

/* Through the public ingest call: BC_ERR_NOMEM or, when the failure hit
 * nothing that mattered, the same document. */
static void html_ingest_out_of_memory_is_clean(void **state)
{
  struct bc_ingest_opts in = BC_INGEST_OPTS_INIT;
  struct bc_doclist full = BC_DOCLIST_INIT;
  long total, seen[3], died;
  (void)state;
  bc__alloc_library_faults(1);
  bc__alloc_fail_after(0);
  assert_int_equal(bc_ingest_memory(html, strlen(html), "pier.html",
                                    "text/html", &in, &full, NULL),
                   BC_OK);
  total = bc__alloc_count();
  bc__alloc_library_faults(0);
  assert_int_equal(full.n, 1);
  torture(ingest_trial, full.docs[0]->text, total, seen, &died);
  print_message("HTML ingest: %ld allocations failed one at a time: %ld whole, "
                "%ld out of memory, %ld killed libxml2\n",
                total, seen[WHOLE], seen[NOMEM], died);
  assert_true(seen[NOMEM] > 0);
  assert_true(seen[WHOLE] + seen[NOMEM] > died);
  bc_doclist_release(&full);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(cjson_allocates_through_the_seam),
      cmocka_unit_test(cjson_parse_out_of_memory_is_clean),
      cmocka_unit_test(html_parse_out_of_memory_is_clean),
      cmocka_unit_test(html_ingest_out_of_memory_is_clean),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
