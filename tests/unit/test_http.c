/* test_http.c - the libcurl client against the loopback stand-in: bodies,
 * headers, redirects, size caps, retries honouring Retry-After, timeouts,
 * truncation, gzip, and secrets kept out of messages. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "test_llm_standin.h"
#include "util/http.h"

static struct standin srv;

static int setup(void **state)
{
  (void)state;
  if (bc__http_global_init() != BC_OK)
    return -1;
  /* A proxy in the environment must not stand between the tests and the
   * loopback stand-in. */
  setenv("no_proxy", "127.0.0.1,localhost", 1);
  return standin_start(&srv, NULL);
}

static int teardown(void **state)
{
  (void)state;
  standin_stop(&srv);
  return 0;
}

static char *url(const char *path)
{
  size_t n = strlen(srv.base) + strlen(path) + 1;
  char *u = malloc(n);
  assert_non_null(u);
  snprintf(u, n, "%s%s", srv.base, path);
  return u;
}

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* GET a path with the given tweaks; returns the status code of perform. */
static bc_status get(const char *path, struct bc__http_request *req,
                     struct bc__http_response *resp, struct bc_error *err)
{
  char *u = url(path);
  bc_status rc;
  req->method = req->method ? req->method : "GET";
  req->url = u;
  rc = bc__http_perform(req, resp, err);
  free(u);
  req->url = NULL;
  return rc;
}

static void get_returns_body_type_and_url(void **state)
{
  struct bc__http_request req = {0};
  struct bc__http_response resp;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_int_equal(get("/_test/redirect/0", &req, &resp, &err), BC_OK);
  assert_int_equal(resp.status, 200);
  assert_string_equal(resp.body, "landed");
  assert_int_equal(resp.body_len, 6);
  assert_string_equal(resp.content_type, "text/plain; charset=utf-8");
  assert_non_null(strstr(resp.effective_url, "/_test/redirect/0"));
  assert_int_equal(resp.attempts, 1);
  bc__http_response_release(&resp);
}

static void post_sends_body_and_headers_without_expect(void **state)
{
  /* Over 1 MiB, where libcurl would add "Expect: 100-continue". */
  size_t n = 2 * 1024 * 1024;
  char *body = malloc(n + 1);
  const char *hdrs[] = {"Content-Type: application/json", "X-Probe: yes", NULL};
  struct bc__http_request req = {0};
  struct bc__http_response resp;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_non_null(body);
  memset(body, 'a', n);
  body[n] = '\0';
  req.method = "POST";
  req.headers = hdrs;
  req.body = body;
  req.body_len = n;
  assert_int_equal(get("/_test/echo", &req, &resp, &err), BC_OK);
  assert_int_equal(resp.status, 200);
  assert_non_null(strstr(resp.body, "\"method\": \"POST\""));
  assert_non_null(strstr(resp.body, "\"x-probe\": \"yes\""));
  assert_non_null(strstr(resp.body, "\"user-agent\": \"briefcast/"));
  assert_null(strstr(resp.body, "\"expect\""));
  /* The whole body arrived: the echo holds n 'a's in a row. */
  assert_non_null(strstr(resp.body, body + n - 1024 * 1024));
  bc__http_response_release(&resp);
  free(body);
}

/* The client port the stand-in saw for one GET of /_test/echo. */
static long peer_port(struct bc__http_client *client)
{
  struct bc__http_request req = {0};
  struct bc__http_response resp;
  struct bc_error err = BC_ERROR_INIT;
  const char *p;
  long port;
  req.client = client;
  assert_int_equal(get("/_test/echo", &req, &resp, &err), BC_OK);
  p = strstr(resp.body, "\"peer\": ");
  assert_non_null(p);
  port = strtol(p + 8, NULL, 10);
  bc__http_response_release(&resp);
  return port;
}

static void a_client_reuses_its_connection(void **state)
{
  struct bc__http_client *c = bc__http_client_new();
  long a, b;
  (void)state;
  assert_non_null(c);
  a = peer_port(c);
  b = peer_port(c);
  assert_true(a > 0);
  assert_int_equal(a, b); /* one connection for both */
  bc__http_client_free(c);
  /* without a client, each request connects anew */
  a = peer_port(NULL);
  b = peer_port(NULL);
  assert_int_not_equal(a, b);
}

static void proxy_variables_are_honoured(void **state)
{
  struct bc__http_request req = {0};
  struct bc__http_response resp;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  /* The host does not exist: only a proxy can answer. */
  assert_int_equal(setenv("http_proxy", srv.base, 1), 0);
  req.method = "GET";
  req.url = "http://briefcast-test.invalid/_test/echo";
  assert_int_equal(bc__http_perform(&req, &resp, &err), BC_OK);
  unsetenv("http_proxy");
  assert_int_equal(resp.status, 200);
  assert_non_null(strstr(resp.body, "GET http://briefcast-test.invalid/"));
  bc__http_response_release(&resp);
}

static void redirects_are_bounded(void **state)
{
  static const struct {
    const char *path;
    int max_redirects;
    bc_status rc;
    long status;
    const char *msg;
  } cases[] = {
      {"/_test/redirect/3", 0, BC_OK, 200, NULL},
      {"/_test/redirect/5", 0, BC_OK, 200, NULL},
      {"/_test/redirect/6", 0, BC_ERR_HTTP, 0, "too many redirects"},
      {"/_test/redirect/2", 1, BC_ERR_HTTP, 0, "too many redirects"},
      {"/_test/redirect/2", -1, BC_OK, 302, NULL},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc__http_request req = {0};
    struct bc__http_response resp;
    struct bc_error err = BC_ERROR_INIT;
    req.max_redirects = cases[i].max_redirects;
    assert_int_equal(get(cases[i].path, &req, &resp, &err), cases[i].rc);
    if (cases[i].rc == BC_OK) {
      assert_int_equal(resp.status, cases[i].status);
      bc__http_response_release(&resp);
    } else {
      assert_non_null(strstr(err.msg, cases[i].msg));
      assert_non_null(strstr(err.msg, cases[i].path));
    }
  }
}

static void body_cap_is_enforced(void **state)
{
  struct bc__http_request req = {0};
  struct bc__http_response resp;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  req.max_body = 1000;
  assert_int_equal(get("/_test/big/1000", &req, &resp, &err), BC_OK);
  assert_int_equal(resp.body_len, 1000);
  bc__http_response_release(&resp);
  assert_int_equal(get("/_test/big/1001", &req, &resp, &err), BC_ERR_LIMIT);
  assert_non_null(strstr(err.msg, "is larger than 1000 bytes"));
  assert_non_null(strstr(err.msg, "/_test/big/1001"));
  req.max_body = 1024 * 1024;
  assert_int_equal(get("/_test/big/2000000", &req, &resp, &err), BC_ERR_LIMIT);
  assert_non_null(strstr(err.msg, "is larger than 1 MiB"));
}

static void retries_until_success_or_attempts_run_out(void **state)
{
  static const struct {
    const char *path;
    int attempts;
    long status;
    int made;
  } cases[] = {
      {"/_test/flaky/2?id=a", 3, 200, 3},
      {"/_test/flaky/2?id=b&code=429", 3, 200, 3},
      {"/_test/flaky/5?id=c", 2, 503, 2},
      {"/_test/flaky/1?id=d&code=500", 1, 500, 1},
      /* 404 is the caller's business, never retried */
      {"/_test/status/404", 4, 404, 1},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc__http_request req = {0};
    struct bc__http_response resp;
    struct bc_error err = BC_ERROR_INIT;
    req.max_attempts = cases[i].attempts;
    req.backoff_ms = 10;
    assert_int_equal(get(cases[i].path, &req, &resp, &err), BC_OK);
    assert_int_equal(resp.status, cases[i].status);
    assert_int_equal(resp.attempts, cases[i].made);
    bc__http_response_release(&resp);
  }
}

static void retry_after_is_honoured(void **state)
{
  static const struct {
    const char *path;
    long max_wait_ms;
    long status;
    int made;
    double min_s; /* a lower bound only: sleeping never ends early */
  } cases[] = {
      /* seconds form: wait at least 1 s although the backoff is 10 ms */
      {"/_test/flaky/1?id=e&code=429&retry_after=1", 0, 200, 2, 0.95},
      /* HTTP-date form, 2 s ahead (1-2 s after rounding) */
      {"/_test/flaky/1?id=f&code=503&date=1", 0, 200, 2, 0.9},
      /* asks for longer than we wait: the 429 comes back, one attempt */
      {"/_test/flaky/1?id=g&code=429&retry_after=120", 5000, 429, 1, 0},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc__http_request req = {0};
    struct bc__http_response resp;
    struct bc_error err = BC_ERROR_INIT;
    double t0 = now_s(), dt;
    req.max_attempts = 3;
    req.backoff_ms = 10;
    req.max_wait_ms = cases[i].max_wait_ms;
    assert_int_equal(get(cases[i].path, &req, &resp, &err), BC_OK);
    dt = now_s() - t0;
    assert_int_equal(resp.status, cases[i].status);
    assert_int_equal(resp.attempts, cases[i].made);
    assert_true(dt >= cases[i].min_s);
    if (cases[i].status == 429)
      assert_true(resp.retry_after_s == 120);
    bc__http_response_release(&resp);
  }
}

static void network_failures_are_http_errors(void **state)
{
  static const struct {
    const char *path;
    long timeout_ms;
    int attempts;
    const char *msg;
  } cases[] = {
      {"/_test/slow/3", 300, 1, "timed out (300 ms, 1 attempt)"},
      {"/_test/slow/3", 200, 2, "timed out (200 ms, 2 attempts)"},
      {"/_test/truncated", 0, 1, "cannot fetch '"},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc__http_request req = {0};
    struct bc__http_response resp;
    struct bc_error err = BC_ERROR_INIT;
    req.timeout_ms = cases[i].timeout_ms;
    req.max_attempts = cases[i].attempts;
    req.backoff_ms = 10;
    assert_int_equal(get(cases[i].path, &req, &resp, &err), BC_ERR_HTTP);
    assert_non_null(strstr(err.msg, cases[i].msg));
  }
}

static void refused_connection_and_other_schemes_fail(void **state)
{
  struct bc__http_request req = {0};
  struct bc__http_response resp;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  req.method = "GET";
  req.url = "http://127.0.0.1:9/nothing";
  req.max_attempts = 2;
  req.backoff_ms = 10;
  assert_int_equal(bc__http_perform(&req, &resp, &err), BC_ERR_HTTP);
  assert_non_null(strstr(err.msg, "cannot fetch 'http://127.0.0.1:9/nothing'"));
  assert_non_null(strstr(err.msg, "after 2 attempts"));
  req.url = "file:///etc/passwd";
  req.max_attempts = 1;
  assert_int_equal(bc__http_perform(&req, &resp, &err), BC_ERR_HTTP);
}

static void gzip_answers_are_decoded(void **state)
{
  struct bc__http_request req = {0};
  struct bc__http_response resp;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_int_equal(get("/_test/gzip", &req, &resp, &err), BC_OK);
  assert_int_equal(resp.body_len, 11 * 200);
  assert_memory_equal(resp.body, "compressed compressed ", 22);
  bc__http_response_release(&resp);
}

static void secrets_never_reach_messages(void **state)
{
  struct bc__http_request req = {0};
  struct bc__http_response resp;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  req.method = "GET";
  req.url =
      "http://user:hunter2@127.0.0.1:9/v1beta/models/m?key=SeCrEt123&alt=x";
  req.redact = "sk-abcdef";
  assert_int_equal(bc__http_perform(&req, &resp, &err), BC_ERR_HTTP);
  assert_null(strstr(err.msg, "SeCrEt123"));
  assert_null(strstr(err.msg, "hunter2"));
  assert_non_null(strstr(err.msg, "key=***&alt=x"));
  /* a secret the caller names is scrubbed wherever it appears */
  req.url = "http://127.0.0.1:9/path/sk-abcdef/x";
  assert_int_equal(bc__http_perform(&req, &resp, &err), BC_ERR_HTTP);
  assert_null(strstr(err.msg, "sk-abcdef"));
  assert_non_null(strstr(err.msg, "/path/*********/x"));
}

static void display_urls_hide_secrets(void **state)
{
  static const struct {
    const char *in, *out;
  } cases[] = {
      {"https://example.org/a?b=1", "https://example.org/a?b=1"},
      {"https://u:p@example.org/a", "https://***@example.org/a"},
      {"https://h/x?key=abc", "https://h/x?key=***"},
      {"https://h/x?q=1&api_key=abc&Token=t#frag",
       "https://h/x?q=1&api_key=***&Token=***#frag"},
      {"https://h/x?monkey=1", "https://h/x?monkey=1"},
      {"no scheme?sig=zz", "no scheme?sig=***"},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    char *d = bc__http_display_url(cases[i].in);
    assert_non_null(d);
    assert_string_equal(d, cases[i].out);
    free(d);
  }
}

static void retry_after_values_parse(void **state)
{
  /* 1445412480 is Wed, 21 Oct 2015 07:28:00 GMT */
  static const struct {
    const char *v;
    long long now;
    double want;
  } cases[] = {
      {"120", 0, 120},
      {" 7 ", 0, 7},
      {"Wed, 21 Oct 2015 07:28:00 GMT", 1445412480LL - 10, 10},
      {"Wed, 21 Oct 2015 07:28:00 GMT", 1445412480LL + 10, 0},
      {"soon", 0, -1},
      {"", 0, -1},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    assert_true(bc__http_parse_retry_after(cases[i].v, cases[i].now) ==
                cases[i].want);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(get_returns_body_type_and_url),
      cmocka_unit_test(post_sends_body_and_headers_without_expect),
      cmocka_unit_test(a_client_reuses_its_connection),
      cmocka_unit_test(proxy_variables_are_honoured),
      cmocka_unit_test(redirects_are_bounded),
      cmocka_unit_test(body_cap_is_enforced),
      cmocka_unit_test(retries_until_success_or_attempts_run_out),
      cmocka_unit_test(retry_after_is_honoured),
      cmocka_unit_test(network_failures_are_http_errors),
      cmocka_unit_test(refused_connection_and_other_schemes_fail),
      cmocka_unit_test(gzip_answers_are_decoded),
      cmocka_unit_test(secrets_never_reach_messages),
      cmocka_unit_test(display_urls_hide_secrets),
      cmocka_unit_test(retry_after_values_parse),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
