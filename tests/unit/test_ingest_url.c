/* test_ingest_url.c - bc_ingest on http:// inputs against the local test
 * server (tests/integration/httpserver.py on 127.0.0.1): content types pick
 * the reader, redirects are followed and recorded, and failures map to
 * BC_ERR_HTTP, BC_ERR_LIMIT and BC_ERR_INPUT. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "briefcast/doc.h"

static pid_t server_pid;
static int server_out = -1, server_in = -1;
static char base[64];

/* Start the server with a pipe on its stdout for the port and one on its
 * stdin whose closing stops it (--until-eof), so it cannot outlive us. */
static int setup(void **state)
{
  int out[2], in[2];
  char line[32] = {0};
  ssize_t n;
  (void)state;
  if (pipe(out) || pipe(in))
    return -1;
  server_pid = fork();
  if (server_pid < 0)
    return -1;
  if (server_pid == 0) {
    dup2(out[1], 1);
    dup2(in[0], 0);
    close(out[0]);
    close(in[1]);
    execl("/usr/bin/python3", "python3",
          BC_SOURCE_DIR "/tests/integration/httpserver.py", "--root",
          BC_SOURCE_DIR "/tests/fixtures/ingest", "--until-eof", (char *)NULL);
    _exit(127);
  }
  close(out[1]);
  close(in[0]);
  /* The pipes stay open until teardown: closing the read end early could
   * hand the server a SIGPIPE on a late write. */
  n = read(out[0], line, sizeof(line) - 1);
  server_out = out[0];
  server_in = in[1];
  if (n <= 0)
    return -1;
  line[strcspn(line, "\n")] = '\0';
  snprintf(base, sizeof(base), "http://127.0.0.1:%s", line);
  return 0;
}

static int teardown(void **state)
{
  (void)state;
  close(server_in); /* --until-eof: the server stops by itself */
  kill(server_pid, SIGTERM);
  waitpid(server_pid, NULL, 0);
  close(server_out);
  return 0;
}

static void url(char *buf, size_t n, const char *path)
{
  snprintf(buf, n, "%s%s", base, path);
}

struct ok_case {
  const char *path;
  enum bc_format format;
  size_t n_docs;
  const char *title;
  const char *final_path; /* doc->url, after redirects */
};

static void test_fetch_ok(void **state)
{
  static const struct ok_case cases[] = {
      {"/files/essay.md", BC_FORMAT_MARKDOWN, 1, "Notes on Error Budgets",
       "/files/essay.md"},
      {"/files/essay.md?gzip=1", BC_FORMAT_MARKDOWN, 1,
       "Notes on Error Budgets", "/files/essay.md?gzip=1"},
      {"/files/atom.xml", BC_FORMAT_FEED, 3, "Capacity planning in 2020", NULL},
      {"/files/rss2.xml?ct=text/plain", BC_FORMAT_FEED, 3,
       "Why We Moved to SRE", NULL},
      {"/redirect?n=2&to=/files/essay.md", BC_FORMAT_MARKDOWN, 1,
       "Notes on Error Budgets", "/files/essay.md"},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    char u[256], want[256];
    bc_status rc;
    url(u, sizeof(u), cases[i].path);
    rc = bc_ingest(u, NULL, &l, &err);
    if (rc)
      fprintf(stderr, "%s: %s\n", u, err.msg);
    assert_int_equal(rc, BC_OK);
    assert_int_equal(l.n, cases[i].n_docs);
    assert_int_equal(l.docs[0]->format, cases[i].format);
    assert_string_equal(l.docs[0]->title, cases[i].title);
    if (cases[i].format != BC_FORMAT_FEED)
      assert_string_equal(l.docs[0]->source, u);
    if (cases[i].final_path) {
      url(want, sizeof(want), cases[i].final_path);
      assert_string_equal(l.docs[0]->url, want);
    }
    bc_doclist_release(&l);
  }
}

struct bad_case {
  const char *path;
  long timeout_ms;
  size_t max_bytes;
  bc_status want;
  const char *msg_part;
};

static void test_fetch_failures(void **state)
{
  static const struct bad_case cases[] = {
      {"/files/missing.html", 0, 0, BC_ERR_HTTP, "HTTP status 404"},
      {"/status/503", 0, 0, BC_ERR_HTTP, "503"},
      {"/redirect?n=9&to=/files/essay.md", 0, 0, BC_ERR_HTTP, "redirect"},
      {"/loop", 0, 0, BC_ERR_HTTP, "redirect"},
      {"/files/essay.md?delay=10", 500, 0, BC_ERR_HTTP, "timed out"},
      {"/files/page.html", 0, 200, BC_ERR_LIMIT, ""},
      {"/big?mb=2&chunked=1", 0, 1024 * 1024, BC_ERR_LIMIT, ""},
      {"/files/essay.md?ct=application/pdf", 0, 0, BC_ERR_INPUT,
       "unsupported content type 'application/pdf'"},
      {"/files/bomb.xml", 0, 0, BC_ERR_PARSE, "declares XML entities"},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    struct bc_ingest_opts o = BC_INGEST_OPTS_INIT;
    char u[256];
    bc_status rc;
    url(u, sizeof(u), cases[i].path);
    o.timeout_ms = cases[i].timeout_ms;
    o.max_bytes = cases[i].max_bytes;
    rc = bc_ingest(u, &o, &l, &err);
    if (rc != cases[i].want || !strstr(err.msg, cases[i].msg_part))
      fprintf(stderr, "%s: rc %d '%s'\n", u, rc, err.msg);
    assert_int_equal(rc, cases[i].want);
    assert_non_null(strstr(err.msg, cases[i].msg_part));
    assert_int_equal(l.n, 0);
  }
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fetch_ok),
      cmocka_unit_test(test_fetch_failures),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
