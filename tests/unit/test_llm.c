/* test_llm.c - the LLM providers end to end against the loopback stand-in
 * (real wire formats, real HTTP): valid answers grounded in the source,
 * the schema retry, rate limits, server errors, timeouts, refusals, key
 * handling, the cache, long documents in chunks, the repair round and the
 * dry-run plan; plus the pieces underneath (templates, chunking, evidence
 * matching, prices, schema rewriting). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "briefcast/facts.h"
#include "briefcast/validate.h"
#include "summarize/llm.h"
#include "test_llm_standin.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/http.h"
#include "util/json.h"

#include "testutil.h"

#define KEY "sk-test-0123456789abcdef"

static struct standin srv;

static const char essay[] =
    "How we built the pipeline\n\n"
    "The Retrieval Augmented Generation Engine (RAGE) is the name of our "
    "pipeline. We started the project in 2023 with a team of four "
    "engineers.\n\n"
    "The first version shipped in March 2024 after eleven months of work. "
    "It answered 1.5 million questions in its first quarter.\n\n"
    "Latency was the hardest problem we faced. We cut the median answer "
    "time from 900 ms to 240 ms by caching embeddings.\n\n"
    "Next year we want to open the code to everyone. The team believes "
    "that a faithful system matters more than a fast one.";

static int setup(void **state)
{
  const char *args[] = {"--key", KEY, NULL};
  (void)state;
  if (bc__http_global_init() != BC_OK)
    return -1;
  /* A proxy in the environment must not stand between the tests and the
   * loopback stand-in. */
  setenv("no_proxy", "127.0.0.1,localhost", 1);
  return standin_start(&srv, args);
}

static int teardown(void **state)
{
  (void)state;
  standin_stop(&srv);
  return 0;
}

/* POST to a control endpoint of the stand-in; returns the answer body. */
static char *control(const char *what, const char *body)
{
  char url[128];
  const char *hdrs[] = {"Content-Type: application/json", NULL};
  struct bc__http_request req = {0};
  struct bc__http_response resp;
  struct bc_error err = BC_ERROR_INIT;
  char *out;
  snprintf(url, sizeof(url), "%s/_control/%s", srv.base, what);
  req.method = body ? "POST" : "GET";
  req.url = url;
  req.headers = hdrs;
  req.body = body;
  req.body_len = body ? strlen(body) : 0;
  assert_int_equal(bc__http_perform(&req, &resp, &err), BC_OK);
  assert_int_equal(resp.status, 200);
  out = resp.body;
  resp.body = NULL;
  bc__http_response_release(&resp);
  return out;
}

static void script(const char *json)
{
  free(control("reset", "{}"));
  free(control("script", json));
}

/* The requests the stand-in saw, as parsed JSON. */
static cJSON *seen(void)
{
  char *log = control("log", NULL);
  cJSON *root = cJSON_Parse(log);
  free(log);
  assert_non_null(root);
  return root;
}

static int count_seen(void)
{
  cJSON *l = seen();
  int n = cJSON_GetArraySize(l);
  cJSON_Delete(l);
  return n;
}

struct fixture {
  struct bc_doc *doc;
  struct bc_facts *facts;
};

static void fixture_make(struct fixture *f, const char *text)
{
  struct bc_error err = BC_ERROR_INIT;
  assert_int_equal(bc_doc_new_text(text, strlen(text), &f->doc, &err), BC_OK);
  assert_int_equal(bc_facts_analyze(f->doc, &f->facts, &err), BC_OK);
}

static void fixture_free(struct fixture *f)
{
  bc_facts_free(f->facts);
  bc_doc_free(f->doc);
}

static const struct bc_provider_ops *ops_named(const char *name)
{
  if (strcmp(name, "openai") == 0)
    return &bc__provider_openai;
  if (strcmp(name, "anthropic") == 0)
    return &bc__provider_anthropic;
  return &bc__provider_gemini;
}

static char base_buf[128];

static struct bc_provider_config config(const char *name)
{
  struct bc_provider_config c = BC_PROVIDER_CONFIG_INIT;
  c.name = name;
  snprintf(base_buf, sizeof(base_buf), "%s%s", srv.base,
           strcmp(name, "openai") == 0 ? "/v1" : "");
  c.base_url = base_buf;
  c.api_key = KEY;
  c.max_attempts = 3;
  c.timeout_ms = 10000;
  return c;
}

/* Create, summarize, and return the status; *out and usage on the side. */
static bc_status run(const struct bc_provider_config *c, struct fixture *f,
                     struct bc_summary **out, struct bc_usage *u,
                     struct bc_error *err)
{
  const struct bc_provider_ops *ops = ops_named(c->name);
  struct bc_summarize_opts o = BC_SUMMARIZE_OPTS_INIT;
  void *self = NULL;
  bc_status rc = ops->create(c, &self, err);
  *out = NULL;
  if (rc)
    return rc;
  rc = ops->summarize(self, f->doc, f->facts, &o, out, err);
  if (u)
    ops->usage(self, u);
  ops->destroy(self);
  return rc;
}

/* Every evidence span of s holds exactly its quote in the source. */
static void assert_grounded(const struct bc_summary *s, const struct bc_doc *d)
{
  size_t i, j, n = 0;
  for (i = 0; i < s->n_key_points; i++)
    for (j = 0; j < s->key_points[i].n_evidence; j++) {
      const struct bc_evidence *e = &s->key_points[i].evidence[j];
      assert_true(e->span.end <= d->text_len);
      assert_true(e->span.start < e->span.end);
      assert_int_equal(strlen(e->quote), e->span.end - e->span.start);
      assert_memory_equal(d->text + e->span.start, e->quote,
                          e->span.end - e->span.start);
      n++;
    }
  assert_true(n > 0);
}

/* ---- the pieces ------------------------------------------------------- */

static void templates_render_and_reject_unknown(void **state)
{
  struct bc__llm_var v[] = {{"title", "T"}, {"text", "body"}};
  static const struct {
    const char *tpl;
    bc_status rc;
    const char *want;
  } cases[] = {
      {"[{{title}}] {{text}}", BC_OK, "[T] body"},
      {"no placeholders", BC_OK, "no placeholders"},
      {"{{title}}{{title}}", BC_OK, "TT"},
      {"unclosed {{title", BC_OK, "unclosed {{title"},
      {"{{titel}}", BC_ERR_USAGE, "unknown placeholder {{titel}}"},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_buf b = BC_BUF_INIT(1024);
    struct bc_error err = BC_ERROR_INIT;
    bc_status rc = bc__llm_render(cases[i].tpl, "x.txt", v, 2, &b, &err);
    assert_int_equal(rc, cases[i].rc);
    if (rc == BC_OK)
      assert_string_equal(bc_buf_str(&b), cases[i].want);
    else
      assert_non_null(strstr(err.msg, cases[i].want));
    bc_buf_release(&b);
  }
}

static void templates_load_overrides_and_version(void **state)
{
  struct bc__llm_templates a, b;
  struct bc_error err = BC_ERROR_INIT;
  char *dir = bc_test_tmpdir("prompts"), *path;
  (void)state;
  assert_int_equal(bc__llm_templates_load(NULL, &a, &err), BC_OK);
  assert_non_null(strstr(a.text[BC_TPL_SUMMARIZE], "{{text}}"));
  assert_non_null(strstr(a.text[BC_TPL_SUMMARIZE], "<<<DOCUMENT"));
  assert_int_equal(strlen(a.version), 16);
  assert_non_null(dir);
  path = bc__fs_join(dir, "system.txt");
  assert_int_equal(bc__fs_write_atomic(path, "Be brief.", 9, &err), BC_OK);
  assert_int_equal(bc__llm_templates_load(dir, &b, &err), BC_OK);
  assert_string_equal(b.text[BC_TPL_SYSTEM], "Be brief.");
  /* the others stay the embedded ones */
  assert_string_equal(b.text[BC_TPL_REDUCE], a.text[BC_TPL_REDUCE]);
  /* and the version (part of the cache key) changes */
  assert_string_not_equal(a.version, b.version);
  bc__llm_templates_release(&a);
  bc__llm_templates_release(&b);
  free(path);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

static void chunks_cover_everything_within_budget(void **state)
{
  static const size_t budgets[] = {64, 120, 200, 400, 100000};
  struct fixture f;
  (void)state;
  fixture_make(&f, essay);
  for (size_t k = 0; k < sizeof(budgets) / sizeof(budgets[0]); k++) {
    struct bc_span *c = NULL;
    size_t n = 0, covered = 0;
    struct bc_error err = BC_ERROR_INIT;
    assert_int_equal(bc__llm_chunk(f.doc, f.facts, budgets[k], &c, &n, &err),
                     BC_OK);
    assert_true(n >= 1);
    for (size_t i = 0; i < n; i++) {
      assert_true(c[i].end - c[i].start <= budgets[k]);
      assert_true(c[i].start < c[i].end);
      if (i)
        assert_true(c[i].start >= c[i - 1].end);
      /* nothing but blank lines between chunks */
      for (size_t t = i ? c[i - 1].end : 0; t < c[i].start; t++)
        assert_true(f.doc->text[t] == '\n' || f.doc->text[t] == ' ');
      covered += c[i].end - c[i].start;
    }
    assert_int_equal(c[n - 1].end, f.doc->blocks[f.doc->n_blocks - 1].span.end);
    if (budgets[k] == 100000)
      assert_int_equal(n, 1);
    else
      assert_true(n > 1);
    assert_true(covered > 0);
    free(c);
  }
  fixture_free(&f);
}

static void evidence_is_located_in_the_source(void **state)
{
  static const char text[] =
      "The team shipped in \xE2\x80\x9C"
      "March 2024\xE2\x80\x9D after work.\n"
      "It answered 1.5  million\nquestions in its first quarter. "
      "Latency was hard \xE2\x80\x94 very hard.";
  static const struct {
    const char *quote;
    int found;
    const char *span_text;
  } cases[] = {
      {"It answered 1.5  million", 1, "It answered 1.5  million"},
      /* whitespace runs and line breaks */
      {"answered 1.5 million questions", 1, "answered 1.5  million\nquestions"},
      /* straight quotes for curly ones, and case */
      {"the team shipped in \"March 2024\"", 1,
       "The team shipped in \xE2\x80\x9C"
       "March 2024"},
      /* a dash for an em dash; wrapping quotes trimmed */
      {"\"Latency was hard - very hard.\"", 1,
       "Latency was hard \xE2\x80\x94 very hard."},
      {"The team shipped in April 2024", 0, NULL},
      {"It", 0, NULL}, /* too short to prove anything */
      {"", 0, NULL},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_span sp = {0, 0};
    int found = bc__llm_locate(text, strlen(text), cases[i].quote, 0,
                               strlen(text), &sp);
    assert_int_equal(found, cases[i].found);
    if (found) {
      assert_int_equal(sp.end - sp.start, strlen(cases[i].span_text));
      assert_memory_equal(text + sp.start, cases[i].span_text,
                          sp.end - sp.start);
    }
  }
}

static void prices_match_exact_prefix_and_star(void **state)
{
  static const char tsv[] = "# comment\n"
                            "openai\tgpt-4o\t2.50\t10.00\n"
                            "openai\tgpt-4o-mini\t0.15\t0.60\n"
                            "local\t*\t0\t0\n"
                            "gemini\tbroken\tx\t1\n";
  static const struct {
    const char *prov, *model;
    int rc;
    double in, out;
  } cases[] = {
      {"openai", "gpt-4o-mini", 0, 0.15, 0.60},
      {"openai", "gpt-4o-mini-2024-07-18", 0, 0.15, 0.60},
      {"openai", "gpt-4o", 0, 2.50, 10.00},
      {"openai", "llama3", -1, 0, 0},
      {"local", "anything", 0, 0, 0},
      {"gemini", "broken", -1, 0, 0},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    double in = -1, out = -1;
    assert_int_equal(
        bc__llm_price(tsv, cases[i].prov, cases[i].model, &in, &out),
        cases[i].rc);
    if (cases[i].rc == 0) {
      assert_true(in == cases[i].in);
      assert_true(out == cases[i].out);
    }
  }
}

static int has_key(const cJSON *n, const char *key)
{
  const cJSON *c;
  if (!n)
    return 0;
  for (c = n->child; c; c = c->next) {
    if (c->string && strcmp(c->string, key) == 0 &&
        !(n->string && strcmp(n->string, "properties") == 0))
      return 1;
    if (has_key(c, key))
      return 1;
  }
  return 0;
}

static void schemas_fit_each_api(void **state)
{
  static const struct {
    const char *provider;
    const char *absent[5];
    const char *present;
  } cases[] = {
      {"openai",
       {"$ref", "$defs", "const", "minimum", NULL},
       "additionalProperties"},
      {"anthropic",
       {"$ref", "$defs", "const", NULL, NULL},
       "additionalProperties"},
      {"gemini",
       {"$ref", "$defs", "const", "additionalProperties", "minimum"},
       "propertyOrdering"},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_provider_config c = config(cases[i].provider);
    const struct bc_provider_ops *ops = ops_named(cases[i].provider);
    struct bc_error err = BC_ERROR_INIT;
    struct bc__llm *llm = NULL;
    cJSON *s, *span;
    assert_int_equal(ops->create(&c, (void **)&llm, &err), BC_OK);
    s = cJSON_Parse(llm->schema);
    assert_non_null(s);
    for (int k = 0; k < 5 && cases[i].absent[k]; k++)
      assert_false(has_key(s, cases[i].absent[k]));
    assert_true(has_key(s, cases[i].present));
    /* the $ref to a span was inlined where it was used */
    span = cJSON_GetObjectItem(
        cJSON_GetObjectItem(
            cJSON_GetObjectItem(
                cJSON_GetObjectItem(
                    cJSON_GetObjectItem(cJSON_GetObjectItem(s, "properties"),
                                        "sections"),
                    "items"),
                "properties"),
            "span"),
        "properties");
    assert_non_null(cJSON_GetObjectItem(span, "start"));
    /* "schema": const became a one-value enum */
    {
      cJSON *sch =
          cJSON_GetObjectItem(cJSON_GetObjectItem(s, "properties"), "schema");
      cJSON *en = cJSON_GetObjectItem(sch, "enum");
      assert_int_equal(cJSON_GetArraySize(en), 1);
      assert_string_equal(cJSON_GetArrayItem(en, 0)->valuestring,
                          "briefcast.summary/1");
      if (strcmp(cases[i].provider, "gemini") == 0) {
        assert_string_equal(cJSON_GetObjectItem(sch, "type")->valuestring,
                            "STRING");
        assert_string_equal(cJSON_GetObjectItem(sch, "format")->valuestring,
                            "enum");
      }
    }
    cJSON_Delete(s);
    ops->destroy(llm);
  }
}

/* ---- against the stand-in --------------------------------------------- */

static void each_provider_summarizes_grounded(void **state)
{
  static const char *const names[] = {"openai", "anthropic", "gemini"};
  struct fixture f;
  (void)state;
  fixture_make(&f, essay);
  for (size_t i = 0; i < 3; i++) {
    struct bc_provider_config c = config(names[i]);
    struct bc_summary *s = NULL;
    struct bc_usage u;
    struct bc_error err = BC_ERROR_INIT;
    char label[64];
    cJSON *log;
    script("{\"script\": []}");
    if (run(&c, &f, &s, &u, &err) != BC_OK)
      fail_msg("%s", err.msg);
    assert_grounded(s, f.doc);
    snprintf(label, sizeof(label), "%s:", names[i]);
    assert_memory_equal(s->provider, label, strlen(label));
    assert_string_equal(s->source.sha256, f.doc->sha256);
    /* the glossary uses the source's own expansion */
    assert_true(s->n_glossary >= 1);
    assert_string_equal(s->glossary[0].term, "RAGE");
    assert_string_equal(s->glossary[0].definition,
                        "Retrieval Augmented Generation Engine");
    assert_int_equal(u.requests, 1);
    assert_int_equal(u.chunks, 1);
    assert_int_equal(u.chunks_covered, 1);
    assert_true(u.input_tokens > 100);
    assert_true(u.output_tokens > 10);
    /* the fact sheet went into the prompt */
    log = seen();
    assert_int_equal(cJSON_GetArraySize(log), 1);
    assert_non_null(strstr(
        cJSON_GetObjectItem(cJSON_GetArrayItem(log, 0), "body")->valuestring,
        "RAGE = Retrieval Augmented Generation Engine"));
    cJSON_Delete(log);
    bc_summary_free(s);
  }
  fixture_free(&f);
}

static void failures_give_clear_errors(void **state)
{
  static const struct {
    const char *provider;
    const char *script;
    const char *model;
    const char *key;
    int attempts;
    bc_status rc;
    const char *msg;
    int requests; /* seen by the stand-in */
  } cases[] = {
      {"openai", "[]", NULL, "sk-wrong-key-0000", 3, BC_ERR_PROVIDER,
       "openai refused the request (HTTP 401)", 1},
      {"anthropic", "[]", NULL, "wrong-key-1111", 3, BC_ERR_PROVIDER,
       "anthropic refused the request (HTTP 401)", 1},
      {"openai", "[]", "no-such-model", KEY, 3, BC_ERR_PROVIDER,
       "does not exist", 1},
      {"gemini", "[]", "no-such-model", KEY, 3, BC_ERR_PROVIDER,
       "gemini has no model 'no-such-model' (HTTP 404", 1},
      /* the old default, retired: the model named, --model suggested */
      {"anthropic", "[]", "claude-3-5-haiku-latest", KEY, 3, BC_ERR_PROVIDER,
       "anthropic has no model 'claude-3-5-haiku-latest' (HTTP 404: model: "
       "claude-3-5-haiku-latest); choose one with --model (the default is "
       "claude-haiku-5-5)",
       1},
      /* Gemini answers a wrong key with 400 API_KEY_INVALID */
      {"gemini", "[]", NULL, "wrong-key-2222", 3, BC_ERR_PROVIDER,
       "gemini refused the request (HTTP 400): API key not valid. Please "
       "pass a valid API key.; check GEMINI_API_KEY",
       1},
      {"openai", "[\"429:0\", \"429:0\"]", NULL, KEY, 2, BC_ERR_PROVIDER,
       "rate limit or quota exhausted (HTTP 429, 2 attempts)", 2},
      {"anthropic", "[\"500\", \"500\"]", NULL, KEY, 2, BC_ERR_PROVIDER,
       "server error (HTTP 500, 2 attempts)", 2},
      {"openai", "[\"refusal\"]", NULL, KEY, 1, BC_ERR_PROVIDER, "declined", 1},
      {"gemini", "[\"refusal\"]", NULL, KEY, 1, BC_ERR_PROVIDER,
       "gave no answer: finishReason SAFETY", 1},
      {"anthropic", "[\"maxtokens\"]", NULL, KEY, 1, BC_ERR_PROVIDER,
       "cut at the token limit", 1},
      {"openai", "[\"malformed\", \"malformed\"]", NULL, KEY, 1, BC_ERR_SCHEMA,
       "twice with JSON that does not fit", 2},
      {"gemini", "[\"schema\", \"schema\"]", NULL, KEY, 1, BC_ERR_SCHEMA,
       "twice with JSON that does not fit", 2},
      {"openai", "[\"badbody\"]", NULL, KEY, 1, BC_ERR_PROVIDER,
       "the answer is not JSON", 1},
  };
  struct fixture f;
  (void)state;
  fixture_make(&f, essay);
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_provider_config c = config(cases[i].provider);
    struct bc_summary *s = NULL;
    struct bc_error err = BC_ERROR_INIT;
    char js[128];
    snprintf(js, sizeof(js), "{\"script\": %s}", cases[i].script);
    script(js);
    c.model = cases[i].model;
    c.api_key = cases[i].key;
    c.max_attempts = cases[i].attempts;
    assert_int_equal(run(&c, &f, &s, NULL, &err), cases[i].rc);
    assert_null(s);
    if (!strstr(err.msg, cases[i].msg))
      fail_msg("case %zu: '%s' lacks '%s'", i, err.msg, cases[i].msg);
    /* the key never shows, even when the API echoes it */
    assert_null(strstr(err.msg, cases[i].key));
    assert_int_equal(count_seen(), cases[i].requests);
  }
  fixture_free(&f);
}

static void transient_trouble_is_retried(void **state)
{
  static const struct {
    const char *provider;
    const char *script;
    int requests;
  } cases[] = {
      {"openai", "[\"429:1\"]", 2}, /* waits the Retry-After second */
      {"anthropic", "[\"500\"]", 2},
      {"openai", "[\"schema\"]", 2}, /* the schema retry */
      {"anthropic", "[\"malformed\"]", 2},
      {"openai", "[\"fenced\"]", 1}, /* a code fence is only packaging */
  };
  struct fixture f;
  (void)state;
  fixture_make(&f, essay);
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_provider_config c = config(cases[i].provider);
    struct bc_summary *s = NULL;
    struct bc_usage u;
    struct bc_error err = BC_ERROR_INIT;
    char js[128];
    snprintf(js, sizeof(js), "{\"script\": %s}", cases[i].script);
    script(js);
    if (run(&c, &f, &s, &u, &err) != BC_OK)
      fail_msg("%s", err.msg);
    assert_grounded(s, f.doc);
    assert_int_equal(count_seen(), cases[i].requests);
    assert_int_equal(u.requests, (size_t)cases[i].requests);
    bc_summary_free(s);
  }
  fixture_free(&f);
}

static void schema_retry_says_what_was_wrong(void **state)
{
  struct bc_provider_config c = config("openai");
  struct bc_summary *s = NULL;
  struct bc_error err = BC_ERROR_INIT;
  struct fixture f;
  cJSON *log;
  const char *second;
  (void)state;
  fixture_make(&f, essay);
  script("{\"script\": [\"schema\"]}");
  assert_int_equal(run(&c, &f, &s, NULL, &err), BC_OK);
  log = seen();
  assert_int_equal(cJSON_GetArraySize(log), 2);
  second = cJSON_GetObjectItem(cJSON_GetArrayItem(log, 1), "body")->valuestring;
  assert_non_null(strstr(second, "Your previous answer was rejected"));
  assert_non_null(strstr(second, "tldr") ? strstr(second, "rejected")
                                         : strstr(second, "key_points"));
  cJSON_Delete(log);
  bc_summary_free(s);
  fixture_free(&f);
}

static void timeouts_are_network_errors(void **state)
{
  struct bc_provider_config c = config("anthropic");
  struct bc_summary *s = NULL;
  struct bc_error err = BC_ERROR_INIT;
  struct fixture f;
  (void)state;
  fixture_make(&f, essay);
  script("{\"script\": [\"slow:2\"]}");
  c.timeout_ms = 400;
  c.max_attempts = 1;
  assert_int_equal(run(&c, &f, &s, NULL, &err), BC_ERR_HTTP);
  assert_non_null(strstr(err.msg, "timed out"));
  assert_non_null(strstr(err.msg, "/v1/messages"));
  fixture_free(&f);
}

static void missing_key_is_a_usage_error(void **state)
{
  static const struct {
    const char *provider;
    int default_base;
    bc_status rc;
    const char *msg;
  } cases[] = {
      {"openai", 1, BC_ERR_USAGE,
       "OPENAI_API_KEY is not set (needed by --provider openai)"},
      {"anthropic", 0, BC_ERR_USAGE,
       "ANTHROPIC_API_KEY is not set (needed by --provider anthropic)"},
      {"gemini", 0, BC_ERR_USAGE,
       "GEMINI_API_KEY is not set (needed by --provider gemini)"},
      /* a local OpenAI-compatible server needs no key */
      {"openai", 0, BC_OK, NULL},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_provider_config c = config(cases[i].provider);
    const struct bc_provider_ops *ops = ops_named(cases[i].provider);
    struct bc_error err = BC_ERROR_INIT;
    void *self = NULL;
    c.api_key = NULL;
    if (cases[i].default_base)
      c.base_url = NULL;
    assert_int_equal(ops->create(&c, &self, &err), cases[i].rc);
    if (cases[i].msg)
      assert_string_equal(err.msg, cases[i].msg);
    if (self)
      ops->destroy(self);
  }
}

static void unknown_quotes_are_dropped_and_counted(void **state)
{
  struct bc_provider_config c = config("gemini");
  struct bc_summary *s = NULL;
  struct bc_usage u;
  struct bc_error err = BC_ERROR_INIT;
  struct fixture f;
  (void)state;
  fixture_make(&f, essay);
  script("{\"script\": [\"badquote\"]}");
  if (run(&c, &f, &s, &u, &err) != BC_OK)
    fail_msg("%s", err.msg);
  assert_true(s->n_key_points > 0);
  for (size_t i = 0; i < s->n_key_points; i++)
    assert_int_equal(s->key_points[i].n_evidence, 0);
  assert_int_equal(u.evidence_dropped, s->n_key_points);
  bc_summary_free(s);
  fixture_free(&f);
}

static void answers_are_cached(void **state)
{
  char *dir = bc_test_tmpdir("cache");
  struct fixture f;
  static const struct {
    const char *model;
    int refresh;
    size_t requests, hits;
  } runs[] = {
      {NULL, 0, 1, 0},           /* first run: a request */
      {NULL, 0, 0, 1},           /* again: from the cache, costs nothing */
      {NULL, 1, 1, 0},           /* --refresh: asks again */
      {"gpt-4.1-mini", 0, 1, 0}, /* another model: a miss */
  };
  (void)state;
  assert_non_null(dir);
  fixture_make(&f, essay);
  for (size_t i = 0; i < sizeof(runs) / sizeof(runs[0]); i++) {
    struct bc_provider_config c = config("openai");
    struct bc_summary *s = NULL;
    struct bc_usage u;
    struct bc_error err = BC_ERROR_INIT;
    script("{\"script\": []}");
    c.cache_dir = dir;
    c.model = runs[i].model;
    c.refresh = runs[i].refresh;
    if (run(&c, &f, &s, &u, &err) != BC_OK)
      fail_msg("%s", err.msg);
    assert_grounded(s, f.doc);
    assert_int_equal(u.requests, runs[i].requests);
    assert_int_equal(u.cache_hits, runs[i].hits);
    assert_int_equal(count_seen(), (int)runs[i].requests);
    bc_summary_free(s);
  }
  /* the dry-run plan knows what is cached: nothing left to pay for */
  {
    struct bc_provider_config c = config("openai");
    struct bc_summarize_opts o = BC_SUMMARIZE_OPTS_INIT;
    struct bc_error err = BC_ERROR_INIT;
    struct bc_plan plan;
    void *self = NULL;
    c.cache_dir = dir;
    c.dry_run = 1;
    assert_int_equal(bc__provider_openai.create(&c, &self, &err), BC_OK);
    assert_int_equal(
        bc__provider_openai.plan(self, f.doc, f.facts, &o, &plan, &err), BC_OK);
    assert_int_equal(plan.requests, 1);
    assert_int_equal(plan.cached, 1);
    assert_int_equal(plan.input_tokens, 0);
    assert_true(plan.cost_usd == 0);
    bc__provider_openai.destroy(self);
  }
  fixture_free(&f);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

/* A long document: paragraphs with a sentence each that says its number. */
static char *long_doc(size_t paragraphs)
{
  struct bc_buf b = BC_BUF_INIT(1 << 24);
  bc_buf_adds(&b, "A long essay\n\n");
  for (size_t i = 0; i < paragraphs; i++)
    bc_buf_addf(&b,
                "Paragraph %zu tells a story about the workshop in town. "
                "The carpenters there built %zu chairs for the school. "
                "Everyone agreed the work was careful and slow.\n\n",
                i + 1, i + 3);
  return bc_buf_take(&b, NULL);
}

static void long_documents_map_and_reduce(void **state)
{
  char *text = long_doc(300);
  struct fixture f;
  static const struct {
    const char *provider;
    size_t context;
    int jobs;
  } cases[] = {
      {"openai", 16000, 4}, /* gpt-6-luna reasons: 4096 more tokens */
      {"anthropic", 12000, 1},
      {"gemini", 14000, 3},
  };
  (void)state;
  fixture_make(&f, text);
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_provider_config c = config(cases[i].provider);
    struct bc_summary *s = NULL;
    struct bc_usage u;
    struct bc_error err = BC_ERROR_INIT;
    script("{\"script\": []}");
    c.context_tokens = cases[i].context;
    c.jobs = cases[i].jobs;
    if (run(&c, &f, &s, &u, &err) != BC_OK)
      fail_msg("%s", err.msg);
    assert_true(u.chunks > 1);
    assert_int_equal(u.chunks_covered, u.chunks);
    /* one request per chunk and at least one merge */
    assert_true(u.requests >= u.chunks + 1);
    assert_int_equal(count_seen(), (int)u.requests);
    assert_grounded(s, f.doc);
    bc_summary_free(s);
  }
  fixture_free(&f);
  free(text);
}

static void many_parts_merge_in_levels(void **state)
{
  char *text = long_doc(1200);
  struct bc_provider_config c = config("anthropic");
  struct bc_summary *s = NULL;
  struct bc_usage u;
  struct bc_error err = BC_ERROR_INIT;
  struct fixture f;
  (void)state;
  fixture_make(&f, text);
  script("{\"script\": []}");
  c.context_tokens = 12000;
  c.jobs = 8;
  if (run(&c, &f, &s, &u, &err) != BC_OK)
    fail_msg("%s", err.msg);
  assert_true(u.chunks > 12);
  assert_int_equal(u.chunks_covered, u.chunks);
  /* the parts did not fit one merge: merged in groups, then together */
  assert_true(u.requests >= u.chunks + 3);
  assert_grounded(s, f.doc);
  bc_summary_free(s);
  fixture_free(&f);
  free(text);
}

static void one_bad_chunk_is_reported_not_hidden(void **state)
{
  char *text = long_doc(150);
  struct bc_provider_config c = config("openai");
  struct bc_summary *s = NULL;
  struct bc_usage u;
  struct bc_error err = BC_ERROR_INIT;
  struct fixture f;
  (void)state;
  fixture_make(&f, text);
  /* jobs 1 so the first chunk gets both bad answers */
  script("{\"script\": [\"schema\", \"schema\"]}");
  c.context_tokens = 16000;
  c.jobs = 1;
  if (run(&c, &f, &s, &u, &err) != BC_OK)
    fail_msg("%s", err.msg);
  assert_true(u.chunks > 1);
  assert_int_equal(u.chunks_covered, u.chunks - 1);
  bc_summary_free(s);
  fixture_free(&f);
  free(text);
}

static void a_prompt_cut_by_the_server_is_an_error(void **state)
{
  char *text = long_doc(60);
  struct bc_provider_config c = config("openai");
  struct bc_summary *s = NULL;
  struct bc_error err = BC_ERROR_INIT;
  struct fixture f;
  (void)state;
  fixture_make(&f, text);
  script("{\"script\": [\"shortctx\"]}");
  assert_int_equal(run(&c, &f, &s, NULL, &err), BC_ERR_PROVIDER);
  assert_null(s);
  assert_non_null(strstr(err.msg, "read only 512 of about"));
  assert_non_null(strstr(err.msg, "set --context-tokens"));
  fixture_free(&f);
  free(text);
}

static void context_too_small_is_a_usage_error(void **state)
{
  struct bc_provider_config c = config("openai");
  struct bc_summary *s = NULL;
  struct bc_error err = BC_ERROR_INIT;
  struct fixture f;
  (void)state;
  fixture_make(&f, essay);
  c.context_tokens = 2000;
  assert_int_equal(run(&c, &f, &s, NULL, &err), BC_ERR_USAGE);
  assert_non_null(strstr(err.msg, "--context-tokens 2000 leaves no room"));
  fixture_free(&f);
}

static void repair_fixes_planted_errors(void **state)
{
  static const char *const names[] = {"openai", "anthropic", "gemini"};
  struct fixture f;
  (void)state;
  fixture_make(&f, essay);
  for (size_t i = 0; i < 3; i++) {
    struct bc_provider_config c = config(names[i]);
    const struct bc_provider_ops *ops = ops_named(names[i]);
    struct bc_summarize_opts o = BC_SUMMARIZE_OPTS_INIT;
    struct bc_summary *s = NULL;
    struct bc_error err = BC_ERROR_INIT;
    struct bc_finding fd[2];
    struct bc_report rep;
    void *self = NULL;
    cJSON *log;
    const char *body;
    script("{\"script\": [\"planted\"]}");
    assert_int_equal(ops->create(&c, &self, &err), BC_OK);
    assert_int_equal(ops->summarize(self, f.doc, f.facts, &o, &s, &err), BC_OK);
    assert_string_equal(s->glossary[0].definition,
                        "Really Augmented Generation Engine");
    assert_string_equal(s->timeline[0].iso, "2024");
    /* What the validator would report for the two planted errors. */
    memset(fd, 0, sizeof(fd));
    memset(&rep, 0, sizeof(rep));
    fd[0].kind = "acronym";
    fd[0].severity = BC_SEV_ERROR;
    fd[0].field = "glossary[0].definition";
    fd[0].claim = "Really Augmented Generation Engine";
    fd[0].source_says = "Retrieval Augmented Generation Engine";
    fd[0].span.start = 0;
    fd[0].span.end = 10;
    fd[0].message = "RAGE is defined otherwise by the source";
    fd[1].kind = "date";
    fd[1].severity = BC_SEV_ERROR;
    fd[1].field = "timeline[0].event";
    fd[1].claim = "2024";
    fd[1].source_says = "2023";
    fd[1].message = "the source says 2023";
    rep.findings = fd;
    rep.n_findings = 2;
    rep.verdict = BC_VERDICT_FAIL;
    script("{\"script\": []}");
    assert_int_equal(ops->repair(self, f.doc, f.facts, &rep, s, &err), BC_OK);
    assert_string_equal(s->glossary[0].definition,
                        "Retrieval Augmented Generation Engine");
    assert_string_equal(s->timeline[0].iso, "2023");
    assert_grounded(s, f.doc);
    /* the findings were sent, one JSON object per line */
    log = seen();
    assert_int_equal(cJSON_GetArraySize(log), 1);
    body = cJSON_GetObjectItem(cJSON_GetArrayItem(log, 0), "body")->valuestring;
    assert_non_null(strstr(body, "<<<FINDINGS"));
    assert_non_null(strstr(body, "source_says"));
    cJSON_Delete(log);
    /* a repair whose answer is unusable leaves the summary as it was */
    script("{\"script\": [\"malformed\", \"malformed\"]}");
    assert_int_equal(ops->repair(self, f.doc, f.facts, &rep, s, &err), BC_OK);
    assert_string_equal(s->timeline[0].iso, "2023");
    bc_summary_free(s);
    ops->destroy(self);
  }
  fixture_free(&f);
}

static void dry_run_plans_without_calling(void **state)
{
  char *text = long_doc(300);
  struct fixture f, g;
  static const struct {
    const char *provider;
    const char *model;
    int longdoc;
    size_t chunks_min, chunks_max;
    int price_known;
  } cases[] = {
      {"openai", NULL, 0, 1, 1, 1},
      {"openai", "my-local-llama", 0, 1, 1, 0},
      {"anthropic", NULL, 1, 2, 100, 1},
      {"gemini", NULL, 1, 2, 100, 1},
  };
  (void)state;
  fixture_make(&f, essay);
  fixture_make(&g, text);
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_provider_config c = config(cases[i].provider);
    const struct bc_provider_ops *ops = ops_named(cases[i].provider);
    struct bc_summarize_opts o = BC_SUMMARIZE_OPTS_INIT;
    struct fixture *x = cases[i].longdoc ? &g : &f;
    struct bc_summary *s = NULL;
    struct bc_error err = BC_ERROR_INIT;
    struct bc_plan plan;
    void *self = NULL;
    script("{\"script\": []}");
    c.dry_run = 1;
    c.api_key = NULL; /* planning needs no key */
    c.model = cases[i].model;
    c.context_tokens = 16000;
    assert_int_equal(ops->create(&c, &self, &err), BC_OK);
    assert_int_equal(ops->plan(self, x->doc, x->facts, &o, &plan, &err), BC_OK);
    assert_true(plan.chunks >= cases[i].chunks_min);
    assert_true(plan.chunks <= cases[i].chunks_max);
    if (plan.chunks == 1)
      assert_int_equal(plan.requests, 1);
    else
      assert_true(plan.requests >= plan.chunks + 1);
    assert_true(plan.input_tokens > 0);
    assert_int_equal(plan.price_known, cases[i].price_known);
    assert_true(cases[i].price_known ? plan.cost_usd > 0 : plan.cost_usd == 0);
    assert_int_equal(ops->summarize(self, x->doc, x->facts, &o, &s, &err),
                     BC_ERR_USAGE);
    assert_int_equal(count_seen(), 0);
    ops->destroy(self);
  }
  fixture_free(&f);
  fixture_free(&g);
  free(text);
}

/* The body of the last request the stand-in saw, parsed. */
static cJSON *last_body(void)
{
  cJSON *l = seen(), *body;
  int n = cJSON_GetArraySize(l);
  const char *b;
  assert_true(n > 0);
  b = bc__json_get_str(cJSON_GetArrayItem(l, n - 1), "body");
  assert_non_null(b);
  body = cJSON_Parse(b);
  cJSON_Delete(l);
  assert_non_null(body);
  return body;
}

/* Every documented stop reason that carries no answer is an error naming
 * the API's reason, after exactly one request: never a second, billed
 * request that ends the same way (issue 17, case 4). */
static void stop_reasons_without_an_answer_are_named(void **state)
{
  static const struct {
    const char *provider, *step, *msg;
  } cases[] = {
      {"openai", "stop:content_filter",
       "gave no answer: finish_reason content_filter (OpenAI's content "
       "filter withheld the answer)"},
      {"openai", "stop:tool_calls",
       "gave no answer: finish_reason tool_calls (the model called a tool"},
      {"openai", "stop:function_call",
       "gave no answer: finish_reason function_call"},
      {"openai", "maxtokens",
       "was cut at the token limit (finish_reason "
       "length"},
      {"openai", "refusal", "declined: I can't help with that."},
      {"anthropic", "stop:refusal",
       "declined: This request may enable harm. (stop_reason refusal)"},
      {"anthropic", "stop:pause_turn",
       "gave no answer: stop_reason pause_turn"},
      {"anthropic", "stop:model_context_window_exceeded",
       "gave no answer: stop_reason model_context_window_exceeded (the "
       "prompt and the answer do not fit the model's context window"},
      {"anthropic", "maxtokens",
       "cut at the token limit (stop_reason "
       "max_tokens"},
      {"gemini", "stop:SPII",
       "gave no answer: finishReason SPII (the answer may hold sensitive "
       "personal information)"},
      {"gemini", "stop:OTHER", "gave no answer: finishReason OTHER"},
      {"gemini", "stop:LANGUAGE",
       "gave no answer: finishReason LANGUAGE (the text is in a language"},
      {"gemini", "stop:MALFORMED_FUNCTION_CALL",
       "gave no answer: finishReason MALFORMED_FUNCTION_CALL"},
      {"gemini", "stop:RECITATION", "finishReason RECITATION"},
      {"gemini", "stop:BLOCKLIST", "finishReason BLOCKLIST"},
      {"gemini", "stop:PROHIBITED_CONTENT", "finishReason PROHIBITED_CONTENT"},
      {"gemini", "stop:UNEXPECTED_TOOL_CALL",
       "finishReason UNEXPECTED_TOOL_CALL"},
      {"gemini", "stop:TOO_MANY_TOOL_CALLS",
       "finishReason TOO_MANY_TOOL_CALLS"},
      {"gemini", "stop:MALFORMED_RESPONSE", "finishReason MALFORMED_RESPONSE"},
      {"gemini", "stop:FINISH_REASON_UNSPECIFIED",
       "finishReason FINISH_REASON_UNSPECIFIED"},
      {"gemini", "stop:IMAGE_SAFETY", "finishReason IMAGE_SAFETY"},
      {"gemini", "stop:CONTINUATION", "cut at the token limit"},
      {"gemini", "stop:SOMETHING_NEW",
       "finishReason SOMETHING_NEW (not a documented finish reason)"},
      {"gemini", "blocked:PROHIBITED_CONTENT",
       "gave no answer: blockReason PROHIBITED_CONTENT (Gemini blocked the "
       "prompt)"},
      {"gemini", "blocked:JAILBREAK", "blockReason JAILBREAK"},
  };
  struct fixture f;
  (void)state;
  fixture_make(&f, essay);
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_provider_config c = config(cases[i].provider);
    struct bc_summary *s = NULL;
    struct bc_error err = BC_ERROR_INIT;
    char js[128];
    snprintf(js, sizeof(js), "{\"script\": [\"%s\"]}", cases[i].step);
    script(js);
    assert_int_equal(run(&c, &f, &s, NULL, &err), BC_ERR_PROVIDER);
    assert_null(s);
    if (!strstr(err.msg, cases[i].msg))
      fail_msg("%s %s: '%s' lacks '%s'", cases[i].provider, cases[i].step,
               err.msg, cases[i].msg);
    if (count_seen() != 1)
      fail_msg("%s %s: %d requests", cases[i].provider, cases[i].step,
               count_seen());
  }
  fixture_free(&f);
}

/* Thinking is set for each model family, leaves the answer its whole
 * budget, and is counted in the ledger (issue 17, cases 2 and 5). */
static void thinking_is_set_and_counted(void **state)
{
  static const struct {
    const char *provider, *model;
    const char *path[3]; /* where the setting is in the request */
    const char *str;     /* its string value, or NULL */
    double num;          /* else its number; -1: absent */
    int max_out;         /* generationConfig.maxOutputTokens, or 0 */
    size_t thinking;     /* tokens the stand-in reports */
  } cases[] = {
      {"gemini",
       NULL,
       {"generationConfig", "thinkingConfig", "thinkingLevel"},
       "MINIMAL",
       0,
       6000 + 2048,
       64},
      {"gemini",
       "gemini-3.8-flash",
       {"generationConfig", "thinkingConfig", "thinkingLevel"},
       "LOW",
       0,
       6000 + 8192,
       512},
      {"gemini",
       "gemini-2.5-flash",
       {"generationConfig", "thinkingConfig", "thinkingBudget"},
       NULL,
       0,
       6000,
       0},
      {"gemini",
       "gemini-2.5-pro",
       {"generationConfig", "thinkingConfig", "thinkingBudget"},
       NULL,
       1024,
       6000 + 1024,
       300},
      {"openai", NULL, {"reasoning_effort", NULL, NULL}, "low", 0, 0, 128},
      {"openai",
       "gpt-4.1-mini",
       {"reasoning_effort", NULL, NULL},
       NULL,
       -1,
       0,
       0},
      {"anthropic", NULL, {"thinking", "type", NULL}, "disabled", 0, 0, 0},
      {"anthropic",
       "claude-sonnet-5-5",
       {"thinking", NULL, NULL},
       NULL,
       -1,
       0,
       0},
      {"anthropic",
       NULL,
       {"tool_choice", "disable_parallel_tool_use", NULL},
       NULL,
       1,
       0,
       0},
  };
  struct fixture f;
  (void)state;
  fixture_make(&f, essay);
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_provider_config c = config(cases[i].provider);
    struct bc_summary *s = NULL;
    struct bc_usage u;
    struct bc_error err = BC_ERROR_INIT;
    cJSON *body;
    const cJSON *v;
    script("{\"script\": []}");
    c.model = cases[i].model;
    if (run(&c, &f, &s, &u, &err) != BC_OK)
      fail_msg("case %zu: %s", i, err.msg);
    bc_summary_free(s);
    body = last_body();
    v = body;
    for (int k = 0; k < 3 && cases[i].path[k]; k++)
      v = cJSON_GetObjectItemCaseSensitive(v, cases[i].path[k]);
    if (cases[i].str)
      assert_string_equal(cJSON_GetStringValue(v), cases[i].str);
    else if (cases[i].num < 0)
      assert_null(v);
    else if (cJSON_IsBool(v))
      assert_true(cJSON_IsTrue(v));
    else
      assert_true(cJSON_IsNumber(v) && v->valuedouble == cases[i].num);
    if (cases[i].max_out)
      assert_int_equal(
          cJSON_GetObjectItemCaseSensitive(
              cJSON_GetObjectItemCaseSensitive(body, "generationConfig"),
              "maxOutputTokens")
              ->valueint,
          cases[i].max_out);
    assert_int_equal(u.thinking_tokens, cases[i].thinking);
    assert_true(u.output_tokens > u.thinking_tokens);
    cJSON_Delete(body);
  }
  fixture_free(&f);
}

/* Anthropic: prompt tokens read from the cache are prompt tokens (no
 * false "the server cut the prompt"), and one tool call comes back. */
static void anthropic_cache_and_one_tool_call(void **state)
{
  char *text = long_doc(60);
  static const char *const steps[] = {"cacheread", "paralleltools"};
  struct fixture f;
  (void)state;
  fixture_make(&f, text);
  for (size_t i = 0; i < 2; i++) {
    struct bc_provider_config c = config("anthropic");
    struct bc_summary *s = NULL;
    struct bc_usage u;
    struct bc_error err = BC_ERROR_INIT;
    char js[64];
    snprintf(js, sizeof(js), "{\"script\": [\"%s\"]}", steps[i]);
    script(js);
    if (run(&c, &f, &s, &u, &err) != BC_OK)
      fail_msg("%s: %s", steps[i], err.msg);
    assert_true(u.input_tokens > 1000);
    assert_int_equal(count_seen(), 1);
    assert_grounded(s, f.doc);
    bc_summary_free(s);
  }
  fixture_free(&f);
  free(text);
}

/* A request that was sent but not answered (timed out, connection cut)
 * was probably carried out and billed: it is sent again only as often as
 * --retries says (issue 17, case 3). */
static void unanswered_requests_are_resent_only_when_asked(void **state)
{
  static const struct {
    const char *provider, *script;
    long timeout_ms;
    int retries;
    bc_status rc;
    int requests;
  } cases[] = {
      {"anthropic", "[\"slow:2\", \"slow:2\"]", 400, 0, BC_ERR_HTTP, 1},
      {"anthropic", "[\"slow:2\", \"slow:2\"]", 400, 1, BC_ERR_HTTP, 2},
      {"anthropic", "[\"slow:2\"]", 400, 1, BC_OK, 2},
      {"gemini", "[\"truncated\"]", 10000, 0, BC_ERR_HTTP, 1},
      {"gemini", "[\"truncated\"]", 10000, 2, BC_OK, 2},
      {"openai", "[\"500\"]", 10000, 0, BC_OK, 2}, /* no work was done */
  };
  struct fixture f;
  (void)state;
  fixture_make(&f, essay);
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_provider_config c = config(cases[i].provider);
    struct bc_summary *s = NULL;
    struct bc_error err = BC_ERROR_INIT;
    char js[128];
    snprintf(js, sizeof(js), "{\"script\": %s}", cases[i].script);
    script(js);
    c.timeout_ms = cases[i].timeout_ms;
    c.retries = cases[i].retries;
    if (run(&c, &f, &s, NULL, &err) != cases[i].rc)
      fail_msg("case %zu: %s", i, err.msg);
    if (cases[i].rc == BC_ERR_HTTP && i < 2)
      assert_non_null(strstr(err.msg, "timed out"));
    bc_summary_free(s);
    if (count_seen() != cases[i].requests)
      fail_msg("case %zu: %d requests, want %d", i, count_seen(),
               cases[i].requests);
  }
  fixture_free(&f);
}

/* The default timeout follows the requested output: the SDKs' ten minutes
 * at least, more for a larger budget; --timeout overrides it. */
static void timeouts_scale_with_the_answer(void **state)
{
  struct bc_provider_config c = config("gemini");
  struct bc_error err = BC_ERROR_INIT;
  struct bc__llm *llm;
  void *self = NULL;
  (void)state;
  c.timeout_ms = 0;
  c.model = "gemini-2.5-flash"; /* thinking off */
  assert_int_equal(bc__provider_gemini.create(&c, &self, &err), BC_OK);
  llm = self;
  assert_int_equal(bc__llm_timeout_ms(llm, 3000), 600000);
  assert_int_equal(bc__llm_timeout_ms(llm, 8000), 600000);
  /* 2 x 3600 s per 128k tokens: 56.25 ms a token */
  assert_int_equal(bc__llm_timeout_ms(llm, 100000), 5625000);
  assert_true(bc__llm_timeout_ms(llm, 60000) > bc__llm_timeout_ms(llm, 40000));
  bc__provider_gemini.destroy(self);
  /* the thinking allowance is output too: 8000 + 8192 tokens */
  c.model = "gemini-3.8-flash";
  assert_int_equal(bc__provider_gemini.create(&c, &self, &err), BC_OK);
  assert_int_equal(bc__llm_timeout_ms(self, 8000), (long)(16192 * 56.25));
  bc__provider_gemini.destroy(self);
  c.timeout_ms = 5000;
  assert_int_equal(bc__provider_gemini.create(&c, &self, &err), BC_OK);
  assert_int_equal(bc__llm_timeout_ms(self, 100000), 5000);
  bc__provider_gemini.destroy(self);
}

/* --dry-run plans exactly the requests the run sends, or fails the same
 * way before anything is sent (issue 17, case 7). */
static void the_plan_is_what_the_run_does(void **state)
{
  static const struct {
    const char *provider, *model;
    size_t paragraphs, context;
    enum bc_length length;
  } cases[] = {
      {"anthropic", NULL, 400, 12000, BC_LENGTH_MEDIUM},
      {"anthropic", NULL, 600, 12000, BC_LENGTH_MEDIUM},
      {"openai", "gpt-4.1-mini", 400, 12000, BC_LENGTH_MEDIUM},
      {"openai", NULL, 400, 16000, BC_LENGTH_SHORT},
      {"gemini", NULL, 300, 14000, BC_LENGTH_MEDIUM},
      {"gemini", NULL, 1200, 40000, BC_LENGTH_LONG},
      {"openai", NULL, 400, 12000, BC_LENGTH_MEDIUM}, /* no room: both fail */
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    char *text = long_doc(cases[i].paragraphs);
    struct bc_provider_config c = config(cases[i].provider);
    const struct bc_provider_ops *ops = ops_named(cases[i].provider);
    struct bc_summarize_opts o = BC_SUMMARIZE_OPTS_INIT;
    struct bc_summary *s = NULL;
    struct bc_error perr = BC_ERROR_INIT, rerr = BC_ERROR_INIT;
    struct bc_plan plan;
    struct bc_usage u;
    struct fixture f;
    void *self = NULL;
    bc_status prc, rrc;
    fixture_make(&f, text);
    c.model = cases[i].model;
    c.context_tokens = cases[i].context;
    c.jobs = 4;
    o.length = cases[i].length;
    c.dry_run = 1;
    assert_int_equal(ops->create(&c, &self, &perr), BC_OK);
    prc = ops->plan(self, f.doc, f.facts, &o, &plan, &perr);
    ops->destroy(self);
    c.dry_run = 0;
    script("{\"script\": []}");
    assert_int_equal(ops->create(&c, &self, &rerr), BC_OK);
    rrc = ops->summarize(self, f.doc, f.facts, &o, &s, &rerr);
    ops->usage(self, &u);
    ops->destroy(self);
    if (prc != rrc)
      fail_msg("case %zu: plan '%s', run '%s'", i, perr.msg, rerr.msg);
    if (prc == BC_OK) {
      if (plan.requests != u.requests || (int)u.requests != count_seen())
        fail_msg("case %zu: planned %zu requests, sent %d", i, plan.requests,
                 count_seen());
      assert_int_equal(plan.chunks, u.chunks);
      if (plan.chunks < 2)
        fail_msg("case %zu: one chunk", i);
      assert_grounded(s, f.doc);
    } else {
      assert_string_equal(perr.msg, rerr.msg);
      assert_int_equal(count_seen(), 0);
    }
    bc_summary_free(s);
    fixture_free(&f);
    free(text);
  }
}

/* Every allocation of the grounding, chunking, fact sheet, rendering and
 * answer reading paths may fail: each failure is an error, never a crash
 * or a leak (the sanitizer build checks the leaks). */
static void survives_allocation_failures(void **state)
{
  struct bc_provider_config c = config("openai");
  struct bc_summary *s0 = NULL;
  struct bc_error err = BC_ERROR_INIT;
  struct fixture f;
  char *json, *body;
  cJSON *root, *choice, *msg, *arr;
  long n;
  (void)state;
  fixture_make(&f, essay);
  script("{\"script\": []}");
  if (run(&c, &f, &s0, NULL, &err) != BC_OK)
    fail_msg("%s", err.msg);
  json = bc_summary_to_json(s0);
  assert_non_null(json);
  root = cJSON_CreateObject();
  arr = cJSON_AddArrayToObject(root, "choices");
  choice = cJSON_CreateObject();
  cJSON_AddItemToArray(arr, choice);
  msg = cJSON_AddObjectToObject(choice, "message");
  cJSON_AddStringToObject(msg, "content", json);
  cJSON_AddStringToObject(choice, "finish_reason", "stop");
  body = cJSON_PrintUnformatted(root);
  cJSON_Delete(root);
  assert_non_null(body);
  for (n = 1; n < 100000; n++) {
    struct bc__llm_answer ans;
    struct bc_summary *s = NULL;
    struct bc_span *chunks = NULL, all = {0, f.doc->text_len};
    struct bc_buf fb = BC_BUF_INIT(1 << 20), rb = BC_BUF_INIT(1 << 20);
    struct bc__llm_var v[] = {{"title", "T"}, {"text", f.doc->text}};
    size_t nc = 0, dropped = 0;
    int ok = 1;
    memset(&ans, 0, sizeof(ans));
    bc__alloc_fail_after(n);
    ok &= bc__wire_openai.parse(body, strlen(body), &ans, &err) == BC_OK;
    if (ok)
      ok &= bc_summary_from_json(ans.text, strlen(ans.text), "answer", &s,
                                 &err) == BC_OK;
    if (ok)
      ok &= bc__llm_ground(s, f.doc, f.facts, all, "openai:x", &dropped,
                           &err) == BC_OK;
    ok &= bc__llm_chunk(f.doc, f.facts, 100, &chunks, &nc, &err) == BC_OK;
    ok &= bc__llm_facts_text(f.doc, f.facts, 0, f.doc->text_len, 1 << 16,
                             &fb) == BC_OK;
    ok &= bc__llm_render("{{title}}: {{text}}", "t", v, 2, &rb, &err) == BC_OK;
    bc__alloc_fail_after(0);
    if (ok) {
      assert_int_equal(dropped, 0);
      assert_grounded(s, f.doc);
    }
    bc_summary_free(s);
    bc__llm_answer_release(&ans);
    free(chunks);
    bc_buf_release(&fb);
    bc_buf_release(&rb);
    if (ok)
      break;
  }
  assert_true(n > 5);
  assert_true(n < 100000);
  free(body);
  free(json);
  bc_summary_free(s0);
  fixture_free(&f);
}

/* The fact sheet lists dates with their values and says where a value
 * came from; what has no calendar value ("now", "three months", "every
 * Tuesday") or is no date at all ("24/7/365") is left off. */
static void fact_sheet_lists_real_dates(void **state)
{
  static const char text[] =
      "We opened on 3 March 2019 and stay open 24/7/365. Last year sales "
      "rose, and we said Friday that three months of work remain. Now we "
      "ship every Tuesday.";
  struct bc_doc doc;
  struct bc_facts *f = NULL;
  struct bc_buf b = BC_BUF_INIT(1 << 16);
  char *sheet;
  (void)state;
  memset(&doc, 0, sizeof doc);
  doc.text = (char *)text;
  doc.text_len = sizeof text - 1;
  doc.date = (char *)"2025-09-10";
  assert_int_equal(bc_facts_analyze(&doc, &f, NULL), BC_OK);
  assert_int_equal(bc__llm_facts_text(&doc, f, 0, doc.text_len, 1 << 16, &b),
                   BC_OK);
  sheet = bc_buf_take(&b, NULL);
  assert_non_null(sheet);
  assert_non_null(strstr(sheet, "\"3 March 2019\" -> 2019-03-03\n"));
  assert_non_null(strstr(
      sheet, "\"Last year\" -> 2024 (counted from the document's date)"));
  assert_null(strstr(sheet, "24/7/365\" ->"));
  assert_null(strstr(sheet, "2036"));
  assert_null(strstr(sheet, "PRESENT_REF"));
  assert_null(strstr(sheet, "P3M"));
  assert_null(strstr(sheet, "Tuesday"));
  assert_null(strstr(sheet, "Friday"));
  free(sheet);
  bc_facts_free(f);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(templates_render_and_reject_unknown),
      cmocka_unit_test(templates_load_overrides_and_version),
      cmocka_unit_test(chunks_cover_everything_within_budget),
      cmocka_unit_test(evidence_is_located_in_the_source),
      cmocka_unit_test(prices_match_exact_prefix_and_star),
      cmocka_unit_test(schemas_fit_each_api),
      cmocka_unit_test(each_provider_summarizes_grounded),
      cmocka_unit_test(failures_give_clear_errors),
      cmocka_unit_test(transient_trouble_is_retried),
      cmocka_unit_test(schema_retry_says_what_was_wrong),
      cmocka_unit_test(timeouts_are_network_errors),
      cmocka_unit_test(missing_key_is_a_usage_error),
      cmocka_unit_test(unknown_quotes_are_dropped_and_counted),
      cmocka_unit_test(answers_are_cached),
      cmocka_unit_test(long_documents_map_and_reduce),
      cmocka_unit_test(many_parts_merge_in_levels),
      cmocka_unit_test(one_bad_chunk_is_reported_not_hidden),
      cmocka_unit_test(a_prompt_cut_by_the_server_is_an_error),
      cmocka_unit_test(context_too_small_is_a_usage_error),
      cmocka_unit_test(repair_fixes_planted_errors),
      cmocka_unit_test(dry_run_plans_without_calling),
      cmocka_unit_test(stop_reasons_without_an_answer_are_named),
      cmocka_unit_test(thinking_is_set_and_counted),
      cmocka_unit_test(anthropic_cache_and_one_tool_call),
      cmocka_unit_test(unanswered_requests_are_resent_only_when_asked),
      cmocka_unit_test(timeouts_scale_with_the_answer),
      cmocka_unit_test(the_plan_is_what_the_run_does),
      cmocka_unit_test(survives_allocation_failures),
      cmocka_unit_test(fact_sheet_lists_real_dates),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
