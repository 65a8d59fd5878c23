/* llm.c - the driver every LLM provider shares: it renders prompts, splits
 * long documents and maps the chunks concurrently, reduces the partial
 * summaries to one, gives an invalid answer one retry that says what was
 * wrong, grounds evidence in the source, runs the repair round, and keeps
 * the cache and the usage ledger.  The wire formats live in openai.c,
 * anthropic.c and gemini.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "briefcast/limits.h"
#include "summarize/llm.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/http.h"
#include "util/json.h"

extern const char bc_embedded_prices_tsv[];

#define DEFAULT_JOBS 4
#define DEFAULT_ATTEMPTS 4
#define DEFAULT_TIMEOUT_MS 120000L
#define FACTS_MAX_BYTES ((size_t)24 * 1024)
#define EXCERPTS_MAX_BYTES ((size_t)8 * 1024)
#define API_MESSAGE_MAX 160

/* ---- small helpers --------------------------------------------------- */

char *bc__llm_header(const char *name, const char *value)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_LINE_BYTES);
  bc_buf_addf(&b, "%s: %s", name, value);
  return bc_buf_take(&b, NULL);
}

void bc__llm_call_release(struct bc__llm_call *c)
{
  free(c->url);
  for (size_t i = 0; i < sizeof(c->headers) / sizeof(c->headers[0]); i++)
    free(c->headers[i]);
  free(c->body);
  memset(c, 0, sizeof(*c));
}

void bc__llm_answer_release(struct bc__llm_answer *a)
{
  free(a->text);
  free(a->refusal);
  memset(a, 0, sizeof(*a));
}

/* The API's own words from an error body: error.message (OpenAI, Gemini,
 * Anthropic all nest it so), else a plain "message", else the start of the
 * body when it is short text. */
char *bc__llm_api_message(const char *body, size_t len)
{
  cJSON *root = NULL;
  const char *m = NULL;
  char *out;
  if (body && len && bc__json_parse(body, len, "answer", &root, NULL) == 0) {
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(root, "error");
    if (cJSON_IsObject(e))
      m = bc__json_get_str(e, "message");
    else if (cJSON_IsString(e))
      m = e->valuestring;
    if (!m)
      m = bc__json_get_str(root, "message");
  }
  if (!m && body && len && len < 200 && body[0] != '<' && body[0] != '{')
    m = body;
  out = bc_strndup(m ? m : "", m ? strlen(m) : 0);
  cJSON_Delete(root);
  if (out) {
    /* One line, bounded: messages end up in a 256-byte error. */
    for (char *p = out; *p; p++)
      if (*p == '\n' || *p == '\r' || *p == '\t')
        *p = ' ';
    if (strlen(out) > API_MESSAGE_MAX)
      memcpy(out + API_MESSAGE_MAX - 3, "...", 4);
  }
  return out;
}

static void scrub(char *s, const char *secret)
{
  char *hit;
  size_t n;
  if (!s || !secret || !*secret)
    return;
  n = strlen(secret);
  while ((hit = strstr(s, secret)) != NULL)
    memset(hit, '*', n);
}

static void add_usage(struct bc__llm *llm, size_t requests, size_t hits,
                      size_t in, size_t out, size_t dropped)
{
  pthread_mutex_lock(&llm->lock);
  llm->usage.requests += requests;
  llm->usage.cache_hits += hits;
  llm->usage.input_tokens += in;
  llm->usage.output_tokens += out;
  llm->usage.evidence_dropped += dropped;
  pthread_mutex_unlock(&llm->lock);
}

/* ---- one request, with the schema retry ------------------------------ */

/* The error of a non-200 answer, in the API's own words. */
static bc_status http_error(const struct bc__llm *llm,
                            const struct bc__http_response *resp,
                            struct bc_error *err)
{
  char *m = bc__llm_api_message(resp->body, resp->body_len);
  const char *name = llm->wire->name, *sep = m && *m ? ": " : "";
  const char *msg = m ? m : "";
  long st = resp->status;
  int n = resp->attempts;
  bc_status rc;
  scrub(m, llm->key);
  if (st == 401 || st == 403)
    rc = bc_error_set(err, BC_ERR_PROVIDER,
                      "%s refused the request (HTTP %ld)%s%s; check %s", name,
                      st, sep, msg, llm->wire->key_env);
  else if (st == 429)
    rc = bc_error_set(err, BC_ERR_PROVIDER,
                      "%s: rate limit or quota exhausted (HTTP 429, %d "
                      "attempt%s)%s%s",
                      name, n, n == 1 ? "" : "s", sep, msg);
  else if (st >= 500)
    rc = bc_error_set(err, BC_ERR_PROVIDER,
                      "%s: server error (HTTP %ld, %d attempt%s)%s%s", name, st,
                      n, n == 1 ? "" : "s", sep, msg);
  else if (st == 400 || st == 404 || st == 422)
    rc = bc_error_set(err, BC_ERR_PROVIDER, "%s: %s (HTTP %ld, model '%s')",
                      name, *msg ? msg : "bad request", st, llm->model);
  else
    rc = bc_error_set(err, BC_ERR_PROVIDER, "%s: unexpected HTTP %ld%s%s", name,
                      st, sep, msg);
  free(m);
  return rc;
}

/* Send one request (or take its answer from the cache). */
static bc_status send_one(struct bc__llm *llm, const char *user,
                          size_t max_tokens, int skip_cache,
                          struct bc__llm_answer *ans, char key[65],
                          int *from_cache, struct bc_error *err)
{
  struct bc__llm_call call;
  struct bc__http_request req;
  struct bc__http_response resp;
  bc_status rc;

  memset(&call, 0, sizeof(call));
  memset(&resp, 0, sizeof(resp));
  memset(ans, 0, sizeof(*ans));
  *from_cache = 0;
  rc = llm->wire->build(llm, llm->tpl.text[BC_TPL_SYSTEM], user, max_tokens,
                        &call, err);
  if (rc)
    goto out;
  /* Hashing a large request costs more than everything else the client
   * does for it, so only with a cache. */
  key[0] = '\0';
  if (llm->cache_dir)
    bc__llm_cache_key(llm->wire->name, llm->model, llm->tpl.version, call.body,
                      call.body_len, key);
  if (llm->cache_dir && !llm->refresh && !skip_cache &&
      bc__llm_cache_get(llm->cache_dir, key, ans)) {
    *from_cache = 1;
    goto out;
  }
  memset(&req, 0, sizeof(req));
  req.method = "POST";
  req.url = call.url;
  req.headers = (const char *const *)call.headers;
  req.body = call.body;
  req.body_len = call.body_len;
  req.timeout_ms = llm->timeout_ms;
  req.max_attempts = llm->max_attempts;
  req.max_redirects = -1; /* an API that redirects a POST is misconfigured */
  req.redact = llm->key;
  req.backoff_ms = llm->backoff_ms;
  req.client = llm->http;
  rc = bc__http_perform(&req, &resp, err);
  if (rc)
    goto out;
  if (resp.status != 200) {
    add_usage(llm, (size_t)resp.attempts, 0, 0, 0, 0);
    rc = http_error(llm, &resp, err);
    goto out;
  }
  rc = llm->wire->parse(resp.body, resp.body_len, ans, err);
  add_usage(llm, (size_t)resp.attempts, 0, rc ? 0 : ans->input_tokens,
            rc ? 0 : ans->output_tokens, 0);
out:
  bc__http_response_release(&resp);
  bc__llm_call_release(&call);
  return rc;
}

/* Nonzero when the server reports far fewer prompt tokens than we sent.
 * Tokenizers read English at about four bytes a token and count the schema
 * on top, so under half the estimate means the prompt was cut. */
static int read_too_little(const struct bc__llm *llm, const char *user,
                           const struct bc__llm_answer *ans)
{
  size_t est =
      bc__llm_tokens(strlen(llm->tpl.text[BC_TPL_SYSTEM]) + strlen(user));
  return ans->input_tokens > 0 && est > 1000 && ans->input_tokens * 2 < est;
}

/* Local models asked for JSON sometimes wrap it in a Markdown code fence
 * anyway; the fence is packaging, not content, so it goes.  The JSON
 * inside is still parsed strictly. */
static void unfence(const char **j, size_t *len)
{
  const char *p = *j, *end = *j + *len, *nl;
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  while (end > p && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\r' ||
                     end[-1] == '\t'))
    end--;
  if (end - p < 6 || memcmp(p, "```", 3) != 0 || memcmp(end - 3, "```", 3))
    return;
  nl = memchr(p, '\n', (size_t)(end - p));
  if (!nl || nl >= end - 3)
    return;
  *j = nl + 1;
  *len = (size_t)(end - 3 - (nl + 1));
}

struct ask {
  const char *user; /* the rendered user prompt */
  const char *what; /* "chunk 3/40" for messages, or "" */
  size_t max_tokens;
  const struct bc_doc *doc;
  const struct bc_facts *facts;
  struct bc_span def_span; /* where the evidence should be */
};

/* Ask for a summary; an answer that is not JSON or breaks the schema gets
 * one retry whose prompt says what was wrong. */
static bc_status ask(struct bc__llm *llm, const struct ask *a,
                     struct bc_summary **out, struct bc_error *err)
{
  struct bc_buf user = BC_BUF_INIT(BC_MAX_PROMPT_BYTES);
  struct bc__llm_answer ans;
  struct bc_summary *s = NULL;
  struct bc_error perr = BC_ERROR_INIT;
  char key[65];
  int cached = 0, skip_cache = 0;
  size_t dropped = 0;
  bc_status rc;

  memset(&ans, 0, sizeof(ans));
  rc = bc_buf_adds(&user, a->user);
  if (rc)
    return bc_error_set(err, rc, "out of memory");
  for (int attempt = 0; attempt < 2;) {
    bc__llm_answer_release(&ans);
    rc = send_one(llm, bc_buf_str(&user), a->max_tokens, skip_cache, &ans, key,
                  &cached, err);
    if (rc)
      goto out;
    if (cached)
      add_usage(llm, 0, 1, 0, 0, 0);
    else if (read_too_little(llm, bc_buf_str(&user), &ans)) {
      /* Local servers (Ollama, llama.cpp) cut a prompt longer than their
       * context without a word: a brief of half a document must not pass
       * for a brief of all of it. */
      rc = bc_error_set(
          err, BC_ERR_PROVIDER,
          "%s read only %zu of about %zu prompt tokens%s%s: "
          "the server's context is smaller than the request; "
          "set --context-tokens to it",
          llm->label, ans.input_tokens,
          bc__llm_tokens(strlen(llm->tpl.text[BC_TPL_SYSTEM]) + user.len),
          *a->what ? " for " : "", a->what);
      goto out;
    }
    if (ans.refusal) {
      scrub(ans.refusal, llm->key);
      rc = bc_error_set(err, BC_ERR_PROVIDER, "%s declined%s%s: %.160s",
                        llm->label, *a->what ? " " : "", a->what, ans.refusal);
      goto out;
    }
    if (ans.truncated) {
      rc = bc_error_set(err, BC_ERR_PROVIDER,
                        "%s: the answer%s%s was cut at the token limit "
                        "(%zu); try --length short",
                        llm->label, *a->what ? " to " : "", a->what,
                        a->max_tokens);
      goto out;
    }
    {
      const char *j = ans.text ? ans.text : "";
      size_t jl = strlen(j);
      unfence(&j, &jl);
      rc = bc_summary_from_json(j, jl, "answer", &s, &perr);
    }
    if (rc == BC_OK)
      break;
    if (rc == BC_ERR_NOMEM) {
      rc = bc_error_set(err, rc, "out of memory");
      goto out;
    }
    if (cached) {
      /* A stale entry (say the schema changed): ask for real instead. */
      skip_cache = 1;
      continue;
    }
    if (++attempt == 1) {
      struct bc__llm_var v[] = {{"error", perr.msg}};
      rc =
          bc__llm_render(llm->tpl.text[BC_TPL_RETRY],
                         bc__llm_template_name(BC_TPL_RETRY), v, 1, &user, err);
      if (rc)
        goto out;
    }
  }
  if (!s) {
    rc = bc_error_set(err, BC_ERR_SCHEMA,
                      "%s answered%s%s twice with JSON that does not fit the "
                      "summary schema: %.150s",
                      llm->label, *a->what ? " " : "", a->what, perr.msg);
    goto out;
  }
  rc = bc__llm_ground(s, a->doc, a->facts, a->def_span, llm->label, &dropped,
                      err);
  if (rc)
    goto out;
  add_usage(llm, 0, 0, 0, 0, dropped);
  if (llm->cache_dir && !cached) {
    /* The cache only saves money: a cache that cannot be written must not
     * fail a summary that succeeded. */
    bc__llm_cache_put(llm->cache_dir, key, &ans, NULL);
  }
  *out = s;
  s = NULL;
out:
  bc_summary_free(s);
  bc__llm_answer_release(&ans);
  bc_buf_release(&user);
  return rc;
}

/* ---- prompts ------------------------------------------------------------ */

/* Every template may use every placeholder; the ones a template has no use
 * for render empty, and a misspelt one fails loudly. */
enum {
  V_TITLE,
  V_AUTHOR,
  V_DATE,
  V_SOURCE,
  V_LENGTH,
  V_AUDIENCE,
  V_FACTS,
  V_TEXT,
  V_PART,
  V_PARTS,
  V_PARTS_TOTAL,
  V_SUMMARY,
  V_FINDINGS,
  V_EXCERPTS,
  V_ERROR,
  V_COUNT
};

static void vars_init(struct bc__llm_var v[V_COUNT], const struct bc_doc *doc,
                      const struct bc_summarize_opts *o, const char *facts)
{
  static const char *const names[V_COUNT] = {
      "title",       "author",  "date",     "source",   "length",
      "audience",    "facts",   "text",     "part",     "parts",
      "parts_total", "summary", "findings", "excerpts", "error"};
  for (int i = 0; i < V_COUNT; i++) {
    v[i].name = names[i];
    v[i].value = "";
  }
  v[V_TITLE].value = doc->title && *doc->title ? doc->title : "(untitled)";
  v[V_AUTHOR].value = doc->author && *doc->author ? doc->author : "(unknown)";
  v[V_DATE].value = doc->date && *doc->date ? doc->date : "(unknown)";
  v[V_SOURCE].value = doc->url ? doc->url : doc->source ? doc->source : "";
  v[V_LENGTH].value = bc__llm_length_text(o ? o->length : BC_LENGTH_MEDIUM);
  v[V_AUDIENCE].value = o && o->audience && *o->audience
                            ? o->audience
                            : "a general reader who has not read the source";
  v[V_FACTS].value = facts;
}

static bc_status render(const struct bc__llm *llm, enum bc__llm_tpl which,
                        const struct bc__llm_var v[V_COUNT], char **out,
                        size_t *len, struct bc_error *err)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_PROMPT_BYTES);
  bc_status rc = bc__llm_render(
      llm->tpl.text[which], bc__llm_template_name(which), v, V_COUNT, &b, err);
  if (rc)
    return rc;
  *out = bc_buf_take(&b, len);
  if (!*out)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  return BC_OK;
}

static char *facts_text(const struct bc_doc *doc, const struct bc_facts *facts,
                        size_t start, size_t end)
{
  struct bc_buf b = BC_BUF_INIT(FACTS_MAX_BYTES + 256);
  if (bc__llm_facts_text(doc, facts, start, end, FACTS_MAX_BYTES, &b)) {
    bc_buf_release(&b);
    return NULL;
  }
  return bc_buf_take(&b, NULL);
}

/* A partial summary as one line of compact JSON for the reduce prompt:
 * only what the merge needs, so the parts of a long document stay small. */
static char *part_line(const struct bc_summary *s)
{
  cJSON *o = cJSON_CreateObject(), *arr, *it, *ev, *q;
  char *line = NULL;
  size_t i, j;
  if (!o)
    return NULL;
  if (!bc__json_add_str(o, "title", s->title) ||
      !bc__json_add_str(o, "tldr", s->tldr))
    goto out;
  if (!(arr = cJSON_AddArrayToObject(o, "key_points")))
    goto out;
  for (i = 0; i < s->n_key_points; i++) {
    if (!(it = cJSON_CreateObject()))
      goto out;
    cJSON_AddItemToArray(arr, it);
    if (!bc__json_add_str(it, "text", s->key_points[i].text) ||
        !(ev = cJSON_AddArrayToObject(it, "evidence")))
      goto out;
    for (j = 0; j < s->key_points[i].n_evidence; j++) {
      if (!(q = cJSON_CreateObject()))
        goto out;
      cJSON_AddItemToArray(ev, q);
      if (!bc__json_add_size(q, "start", 0) ||
          !bc__json_add_size(q, "end", 0) ||
          !bc__json_add_str(q, "quote", s->key_points[i].evidence[j].quote))
        goto out;
    }
  }
  if (!(arr = cJSON_AddArrayToObject(o, "sections")))
    goto out;
  for (i = 0; i < s->n_sections; i++) {
    if (!(it = cJSON_CreateObject()))
      goto out;
    cJSON_AddItemToArray(arr, it);
    if (!bc__json_add_str(it, "heading", s->sections[i].heading) ||
        !bc__json_add_str(it, "summary", s->sections[i].summary))
      goto out;
  }
  if (!(arr = cJSON_AddArrayToObject(o, "timeline")))
    goto out;
  for (i = 0; i < s->n_timeline; i++) {
    if (!(it = cJSON_CreateObject()))
      goto out;
    cJSON_AddItemToArray(arr, it);
    if (!bc__json_add_str(it, "date", s->timeline[i].date) ||
        !bc__json_add_str(it, "iso", s->timeline[i].iso) ||
        !bc__json_add_str(it, "event", s->timeline[i].event))
      goto out;
  }
  if (!(arr = cJSON_AddArrayToObject(o, "glossary")))
    goto out;
  for (i = 0; i < s->n_glossary; i++) {
    if (!(it = cJSON_CreateObject()))
      goto out;
    cJSON_AddItemToArray(arr, it);
    if (!bc__json_add_str(it, "term", s->glossary[i].term) ||
        !bc__json_add_str(it, "definition", s->glossary[i].definition))
      goto out;
  }
  if (!(arr = cJSON_AddArrayToObject(o, "quotes")))
    goto out;
  for (i = 0; i < s->n_quotes; i++) {
    if (!(it = cJSON_CreateObject()))
      goto out;
    cJSON_AddItemToArray(arr, it);
    if (!bc__json_add_str(it, "text", s->quotes[i].text) ||
        !bc__json_add_str(it, "speaker", s->quotes[i].speaker))
      goto out;
  }
  line = cJSON_PrintUnformatted(o);
out:
  cJSON_Delete(o);
  return line;
}

/* ---- bounded concurrency -------------------------------------------- */

struct pool {
  size_t n, next, done;
  bc_status (*run)(struct pool *p, size_t i, struct bc_error *err);
  void *ctx;
  const struct bc_summarize_opts *opts;
  pthread_mutex_t mu;
  bc_status rc;
  struct bc_error err;
};

static void *worker(void *arg)
{
  struct pool *p = arg;
  for (;;) {
    struct bc_error e = BC_ERROR_INIT;
    size_t i;
    bc_status rc;
    pthread_mutex_lock(&p->mu);
    if (p->rc || p->next >= p->n) {
      pthread_mutex_unlock(&p->mu);
      return NULL;
    }
    i = p->next++;
    pthread_mutex_unlock(&p->mu);
    rc = p->run(p, i, &e);
    pthread_mutex_lock(&p->mu);
    p->done++;
    if (rc && !p->rc) {
      p->rc = rc;
      p->err = e;
    }
    if (p->opts && p->opts->progress)
      p->opts->progress(p->opts->progress_ctx, "summarize", p->done, p->n);
    pthread_mutex_unlock(&p->mu);
  }
}

/* Run p->run for 0..n-1 on at most jobs threads (the caller's included);
 * the first failure stops new work and is returned. */
static bc_status pool_run(struct pool *p, int jobs, struct bc_error *err)
{
  pthread_t th[64];
  size_t started = 0, want, i;
  p->next = p->done = 0;
  p->rc = BC_OK;
  memset(&p->err, 0, sizeof(p->err));
  if (pthread_mutex_init(&p->mu, NULL) != 0)
    return bc_error_set(err, BC_ERR_INTERNAL, "cannot create a mutex");
  want = jobs > 0 ? (size_t)jobs : 1;
  if (want > p->n)
    want = p->n;
  if (want > 64)
    want = 64;
  /* Fewer threads than asked is only slower, never wrong. */
  for (i = 1; i < want; i++)
    if (pthread_create(&th[started], NULL, worker, p) == 0)
      started++;
  worker(p);
  for (i = 0; i < started; i++)
    pthread_join(th[i], NULL);
  pthread_mutex_destroy(&p->mu);
  if (p->rc && err)
    *err = p->err;
  return p->rc;
}

/* ---- summarize: map, then reduce ------------------------------------ */

struct job {
  struct bc__llm *llm;
  const struct bc_doc *doc;
  const struct bc_facts *facts;
  const struct bc_summarize_opts *opts;
  const struct bc_span *chunks;
  size_t n_chunks;
  size_t max_tokens;
  struct bc_summary **parts;
  size_t skipped;
  struct bc_error skip_err;
  pthread_mutex_t *mu; /* the pool's, for skipped */
};

static bc_status map_one(struct pool *p, size_t i, struct bc_error *err)
{
  struct job *j = p->ctx;
  struct bc__llm_var v[V_COUNT];
  struct bc_span sp = j->chunks[i];
  char *facts = NULL, *text = NULL, *user = NULL, part[160], what[48];
  struct ask a;
  size_t len;
  bc_status rc;

  facts = facts_text(j->doc, j->facts, sp.start, sp.end);
  text = bc_strndup(j->doc->text + sp.start, sp.end - sp.start);
  if (!facts || !text) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  vars_init(v, j->doc, j->opts, facts);
  v[V_TEXT].value = text;
  if (j->n_chunks > 1) {
    snprintf(part, sizeof(part),
             " (part %zu of %zu of a longer document: summarize this part "
             "only)",
             i + 1, j->n_chunks);
    v[V_PART].value = part;
  }
  rc = render(j->llm, BC_TPL_SUMMARIZE, v, &user, &len, err);
  if (rc)
    goto out;
  free(text);
  text = NULL;
  snprintf(what, sizeof(what), "chunk %zu/%zu", i + 1, j->n_chunks);
  a.user = user;
  a.what = j->n_chunks > 1 ? what : "";
  a.max_tokens = j->max_tokens;
  a.doc = j->doc;
  a.facts = j->facts;
  a.def_span = sp;
  rc = ask(j->llm, &a, &j->parts[i], err);
  if (rc == BC_ERR_SCHEMA && j->n_chunks > 1) {
    /* One unusable chunk does not sink a long document; the ledger says
     * how many chunks made it into the summary. */
    pthread_mutex_lock(&p->mu);
    if (j->skipped++ == 0)
      j->skip_err = *err;
    pthread_mutex_unlock(&p->mu);
    rc = BC_OK;
  }
out:
  free(facts);
  free(text);
  free(user);
  return rc;
}

struct budget {
  size_t answer;   /* tokens for the answer */
  size_t overhead; /* tokens of the prompt around the text */
  size_t text;     /* tokens left for text */
};

static bc_status make_budget(const struct bc__llm *llm,
                             const struct bc_summarize_opts *o,
                             enum bc__llm_tpl which, size_t facts_len,
                             struct budget *b, struct bc_error *err)
{
  size_t over = strlen(llm->tpl.text[BC_TPL_SYSTEM]) +
                strlen(llm->tpl.text[which]) + facts_len + strlen(llm->schema) +
                1024;
  size_t need;
  b->answer = bc__llm_answer_tokens(o ? o->length : BC_LENGTH_MEDIUM);
  b->overhead = bc__llm_tokens(over);
  need = b->answer + b->overhead;
  /* Keep a tenth of the context spare: four bytes a token is an estimate. */
  if (llm->context_tokens < need + need / 10 + 256)
    return bc_error_set(err, BC_ERR_USAGE,
                        "--context-tokens %zu leaves no room for the document "
                        "(prompt and answer need about %zu tokens)",
                        llm->context_tokens, need + need / 10 + 256);
  b->text = llm->context_tokens - need - llm->context_tokens / 10;
  return BC_OK;
}

/* One merge: lines[from..to) into one summary. */
static bc_status merge(struct bc__llm *llm, const struct bc_doc *doc,
                       const struct bc_facts *facts,
                       const struct bc_summarize_opts *o, const char *facts_s,
                       char *const *lines, size_t from, size_t to,
                       size_t max_tokens, struct bc_summary **out,
                       struct bc_error *err)
{
  struct bc_buf parts = BC_BUF_INIT(BC_MAX_PROMPT_BYTES);
  struct bc__llm_var v[V_COUNT];
  struct bc_span all = {0, doc->text_len};
  char *user = NULL, cnt[32];
  size_t ulen;
  struct ask a;
  bc_status rc;
  for (size_t t = from; t < to; t++) {
    bc_buf_adds(&parts, lines[t]);
    if (t + 1 < to)
      bc_buf_addc(&parts, '\n');
  }
  if (bc_buf_status(&parts))
    return bc_error_set(err, BC_ERR_LIMIT,
                        "the partial summaries of '%s' are too large to merge",
                        doc->source ? doc->source : "document");
  vars_init(v, doc, o, facts_s);
  snprintf(cnt, sizeof(cnt), "%zu", to - from);
  v[V_PARTS].value = bc_buf_str(&parts);
  v[V_PARTS_TOTAL].value = cnt;
  rc = render(llm, BC_TPL_REDUCE, v, &user, &ulen, err);
  bc_buf_release(&parts);
  if (rc)
    return rc;
  a.user = user;
  a.what = "merge";
  a.max_tokens = max_tokens;
  a.doc = doc;
  a.facts = facts;
  a.def_span = all;
  rc = ask(llm, &a, out, err);
  free(user);
  return rc;
}

struct level {
  struct bc__llm *llm;
  const struct bc_doc *doc;
  const struct bc_facts *facts;
  const struct bc_summarize_opts *opts;
  const char *facts_s;
  char **lines;
  const size_t *from; /* group g is lines[from[g]..from[g + 1]) */
  char **merged;      /* one line per group */
  size_t max_tokens;
};

static bc_status merge_one(struct pool *p, size_t g, struct bc_error *err)
{
  struct level *l = p->ctx;
  struct bc_summary *s = NULL;
  bc_status rc;
  if (l->from[g + 1] - l->from[g] == 1) {
    /* A part alone waits for the next level as it is. */
    l->merged[g] = l->lines[l->from[g]];
    l->lines[l->from[g]] = NULL;
    return BC_OK;
  }
  rc = merge(l->llm, l->doc, l->facts, l->opts, l->facts_s, l->lines,
             l->from[g], l->from[g + 1], l->max_tokens, &s, err);
  if (rc)
    return rc;
  l->merged[g] = part_line(s);
  bc_summary_free(s);
  if (!l->merged[g])
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  return BC_OK;
}

/* Merge the parts' lines (owned by the caller, freed and replaced here)
 * into one summary.  When they do not fit one request, runs of lines that
 * fit are merged concurrently first, level by level. */
static bc_status reduce(struct bc__llm *llm, const struct bc_doc *doc,
                        const struct bc_facts *facts,
                        const struct bc_summarize_opts *o, const char *facts_s,
                        char **lines, size_t n, struct bc_summary **out,
                        struct bc_error *err)
{
  struct budget b;
  size_t cap, i, k, groups, total;
  size_t *from = NULL;
  char **merged = NULL;
  bc_status rc = make_budget(llm, o, BC_TPL_REDUCE, strlen(facts_s), &b, err);
  if (rc)
    return rc;
  cap = b.text * 4;
  for (;;) {
    struct level l;
    struct pool pool;
    for (i = 0, total = 0; i < n; i++)
      total += strlen(lines[i]) + 1;
    if (total <= cap || n == 1)
      return merge(llm, doc, facts, o, facts_s, lines, 0, n, b.answer, out,
                   err);
    from = bc_calloc(n + 1, sizeof(*from));
    merged = bc_calloc(n, sizeof(*merged));
    if (!from || !merged) {
      rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
      goto out;
    }
    for (i = 0, groups = 0; i < n; i = k) {
      size_t len = 0;
      for (k = i; k < n && (k == i || len + strlen(lines[k]) + 1 <= cap); k++)
        len += strlen(lines[k]) + 1;
      from[groups++] = i;
    }
    from[groups] = n;
    if (groups == n) {
      rc = bc_error_set(err, BC_ERR_LIMIT,
                        "--context-tokens %zu is too small to merge the "
                        "summaries of %zu parts",
                        llm->context_tokens, n);
      goto out;
    }
    memset(&l, 0, sizeof(l));
    l.llm = llm;
    l.doc = doc;
    l.facts = facts;
    l.opts = o;
    l.facts_s = facts_s;
    l.lines = lines;
    l.from = from;
    l.merged = merged;
    l.max_tokens = b.answer;
    memset(&pool, 0, sizeof(pool));
    pool.n = groups;
    pool.run = merge_one;
    pool.ctx = &l;
    rc = pool_run(&pool, llm->jobs, err);
    if (rc)
      goto out;
    for (i = 0; i < n; i++) {
      free(lines[i]);
      lines[i] = NULL;
    }
    for (i = 0; i < groups; i++)
      lines[i] = merged[i];
    n = groups;
    free(merged);
    free(from);
    merged = NULL;
    from = NULL;
  }
out:
  for (i = 0; merged && i < n; i++)
    free(merged[i]);
  free(merged);
  free(from);
  return rc;
}

static bc_status llm_summarize(void *self, const struct bc_doc *doc,
                               const struct bc_facts *facts,
                               const struct bc_summarize_opts *opts,
                               struct bc_summary **out, struct bc_error *err)
{
  struct bc__llm *llm = self;
  struct bc_span *chunks = NULL;
  struct bc_summary **parts = NULL;
  char **lines = NULL, *facts_s = NULL;
  size_t n = 0, i, nl = 0;
  struct budget b;
  struct pool pool;
  struct job job;
  bc_status rc;

  if (llm->dry_run)
    return bc_error_set(err, BC_ERR_USAGE,
                        "dry run: nothing is sent to %s (see the plan)",
                        llm->wire->name);
  facts_s = facts_text(doc, facts, 0, doc->text_len);
  if (!facts_s)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  rc = make_budget(llm, opts, BC_TPL_SUMMARIZE, strlen(facts_s), &b, err);
  if (rc)
    goto out;
  if (doc->text_len <= b.text * 4) {
    chunks = bc_malloc(sizeof(*chunks));
    if (!chunks) {
      rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
      goto out;
    }
    chunks[0].start = 0;
    chunks[0].end = doc->text_len;
    n = 1;
  } else {
    rc = bc__llm_chunk(doc, facts, b.text * 4, &chunks, &n, err);
    if (rc)
      goto out;
  }
  parts = bc_calloc(n, sizeof(*parts));
  if (!parts) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  memset(&job, 0, sizeof(job));
  job.llm = llm;
  job.doc = doc;
  job.facts = facts;
  job.opts = opts;
  job.chunks = chunks;
  job.n_chunks = n;
  job.max_tokens = b.answer;
  job.parts = parts;
  memset(&pool, 0, sizeof(pool));
  pool.n = n;
  pool.run = map_one;
  pool.ctx = &job;
  pool.opts = opts;
  rc = pool_run(&pool, llm->jobs, err);
  if (rc)
    goto out;
  pthread_mutex_lock(&llm->lock);
  llm->usage.chunks += n;
  llm->usage.chunks_covered += n - job.skipped;
  pthread_mutex_unlock(&llm->lock);
  if (job.skipped == n) {
    if (err)
      *err = job.skip_err;
    rc = job.skip_err.code ? job.skip_err.code : BC_ERR_SCHEMA;
    goto out;
  }
  if (n == 1) {
    *out = parts[0];
    parts[0] = NULL;
    goto out;
  }
  lines = bc_calloc(n, sizeof(*lines));
  if (!lines) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  for (i = 0; i < n; i++) {
    if (!parts[i])
      continue;
    lines[nl] = part_line(parts[i]);
    bc_summary_free(parts[i]);
    parts[i] = NULL;
    if (!lines[nl++]) {
      rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
      goto out;
    }
  }
  rc = reduce(llm, doc, facts, opts, facts_s, lines, nl, out, err);
out:
  for (i = 0; parts && i < n; i++)
    bc_summary_free(parts[i]);
  free(parts);
  for (i = 0; lines && i < n; i++)
    free(lines[i]);
  free(lines);
  free(chunks);
  free(facts_s);
  return rc;
}

/* ---- repair ------------------------------------------------------------ */

static int add_finding_line(struct bc_buf *b, const struct bc_finding *f)
{
  cJSON *o = cJSON_CreateObject();
  char *s = NULL;
  int ok = o && bc__json_add_str(o, "field", f->field) &&
           bc__json_add_str(o, "kind", f->kind) &&
           bc__json_add_str(o, "claim", f->claim) &&
           bc__json_add_str(o, "source_says", f->source_says) &&
           bc__json_add_str(o, "message", f->message) &&
           (s = cJSON_PrintUnformatted(o)) != NULL;
  if (ok) {
    bc_buf_adds(b, s);
    bc_buf_addc(b, '\n');
  }
  free(s);
  cJSON_Delete(o);
  return ok ? 0 : -1;
}

/* The sentence around a finding's span, so the model sees the truth. */
static void add_excerpt(struct bc_buf *b, const struct bc_doc *doc,
                        const struct bc_facts *facts, struct bc_span sp)
{
  size_t s = sp.start, e = sp.end, i;
  if (sp.end <= sp.start || sp.end > doc->text_len)
    return;
  for (i = 0; facts && i < facts->n_sentences; i++)
    if (facts->sentences[i].start <= sp.start &&
        facts->sentences[i].end >= sp.end) {
      s = facts->sentences[i].start;
      e = facts->sentences[i].end;
      break;
    }
  if (e - s > 600) {
    s = sp.start > 150 ? sp.start - 150 : 0;
    e = sp.end + 150 < doc->text_len ? sp.end + 150 : doc->text_len;
  }
  if (b->len + (e - s) + 8 > EXCERPTS_MAX_BYTES)
    return;
  bc_buf_adds(b, "- \"");
  for (i = s; i < e; i++)
    bc_buf_addc(b, doc->text[i] == '\n' ? ' ' : doc->text[i]);
  bc_buf_adds(b, "\"\n");
}

static char *compact(const char *json)
{
  cJSON *root = NULL;
  char *s;
  if (!json || bc__json_parse(json, strlen(json), "summary", &root, NULL))
    return NULL;
  s = cJSON_PrintUnformatted(root);
  cJSON_Delete(root);
  return s;
}

static bc_status llm_repair(void *self, const struct bc_doc *doc,
                            const struct bc_facts *facts,
                            const struct bc_report *report,
                            struct bc_summary *summary, struct bc_error *err)
{
  struct bc__llm *llm = self;
  struct bc_buf fl = BC_BUF_INIT(BC_MAX_PROMPT_BYTES / 4);
  struct bc_buf ex = BC_BUF_INIT(EXCERPTS_MAX_BYTES + 1024);
  struct bc__llm_var v[V_COUNT];
  struct bc_summary *fresh = NULL, tmp;
  struct bc_span all = {0, doc->text_len};
  struct bc_error e = BC_ERROR_INIT;
  char *pretty = NULL, *json = NULL, *facts_s = NULL, *user = NULL;
  size_t i, n = 0, len;
  struct ask a;
  bc_status rc = BC_OK;

  if (llm->dry_run || !report)
    return BC_OK;
  for (i = 0; i < report->n_findings; i++) {
    const struct bc_finding *f = &report->findings[i];
    if (f->severity != BC_SEV_ERROR || f->repaired_to)
      continue;
    if (add_finding_line(&fl, f))
      goto oom;
    add_excerpt(&ex, doc, facts, f->span);
    n++;
  }
  if (n == 0)
    goto out;
  pretty = bc_summary_to_json(summary);
  json = compact(pretty);
  facts_s = facts_text(doc, facts, 0, doc->text_len);
  if (!json || !facts_s || bc_buf_status(&fl) || bc_buf_status(&ex))
    goto oom;
  vars_init(v, doc, NULL, facts_s);
  v[V_FINDINGS].value = bc_buf_str(&fl);
  v[V_EXCERPTS].value = ex.len ? bc_buf_str(&ex) : "(none)";
  v[V_SUMMARY].value = json;
  rc = render(llm, BC_TPL_REPAIR, v, &user, &len, err);
  if (rc)
    goto out;
  a.user = user;
  a.what = "repair";
  a.max_tokens = bc__llm_answer_tokens(BC_LENGTH_LONG);
  a.doc = doc;
  a.facts = facts;
  a.def_span = all;
  rc = ask(llm, &a, &fresh, &e);
  if (rc == BC_ERR_NOMEM) {
    bc_error_set(err, rc, "%s", e.msg);
    goto out;
  }
  if (rc) {
    /* A failed repair leaves the summary as it was: the validator's report
     * still shows every finding, so nothing wrong passes silently, and the
     * summary the user already paid for is not thrown away. */
    rc = BC_OK;
    goto out;
  }
  /* Swap contents so the caller's pointer now holds the repaired summary. */
  tmp = *summary;
  *summary = *fresh;
  *fresh = tmp;
  goto out;
oom:
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  bc_summary_free(fresh);
  bc_buf_release(&fl);
  bc_buf_release(&ex);
  free(pretty);
  free(json);
  free(facts_s);
  free(user);
  return rc;
}

/* ---- plan, usage, life cycle --------------------------------------------- */

static bc_status llm_plan(void *self, const struct bc_doc *doc,
                          const struct bc_facts *facts,
                          const struct bc_summarize_opts *opts,
                          struct bc_plan *out, struct bc_error *err)
{
  struct bc__llm *llm = self;
  struct bc_span *chunks = NULL;
  struct budget b, rb;
  char *facts_s = NULL;
  size_t n = 0, i;
  struct bc_plan plan;
  bc_status rc;

  memset(&plan, 0, sizeof(plan));
  facts_s = facts_text(doc, facts, 0, doc->text_len);
  if (!facts_s)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  rc = make_budget(llm, opts, BC_TPL_SUMMARIZE, strlen(facts_s), &b, err);
  if (!rc)
    rc = make_budget(llm, opts, BC_TPL_REDUCE, strlen(facts_s), &rb, err);
  if (rc)
    goto out;
  if (doc->text_len <= b.text * 4) {
    n = 1;
  } else {
    rc = bc__llm_chunk(doc, facts, b.text * 4, &chunks, &n, err);
    if (rc)
      goto out;
  }
  /* Each map request is built exactly as it would be sent, so its size
   * and its cache entry are the real ones. */
  for (i = 0; i < n; i++) {
    struct bc__llm_var v[V_COUNT];
    struct bc_span sp = chunks ? chunks[i] : (struct bc_span){0, doc->text_len};
    struct bc__llm_call call;
    struct bc__llm_answer ans;
    char *f = facts_text(doc, facts, sp.start, sp.end), key[65], part[160];
    char *text = bc_strndup(doc->text + sp.start, sp.end - sp.start);
    char *user = NULL;
    size_t len;
    if (!f || !text) {
      free(f);
      free(text);
      rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
      goto out;
    }
    vars_init(v, doc, opts, f);
    v[V_TEXT].value = text;
    if (n > 1) {
      snprintf(part, sizeof(part),
               " (part %zu of %zu of a longer document: summarize this part "
               "only)",
               i + 1, n);
      v[V_PART].value = part;
    }
    rc = render(llm, BC_TPL_SUMMARIZE, v, &user, &len, err);
    free(f);
    free(text);
    if (rc)
      goto out;
    memset(&call, 0, sizeof(call));
    rc = llm->wire->build(llm, llm->tpl.text[BC_TPL_SYSTEM], user, b.answer,
                          &call, err);
    free(user);
    if (rc)
      goto out;
    plan.requests++;
    plan.input_tokens += bc__llm_tokens(call.body_len);
    plan.output_tokens += b.answer / 3;
    bc__llm_cache_key(llm->wire->name, llm->model, llm->tpl.version, call.body,
                      call.body_len, key);
    if (llm->cache_dir && !llm->refresh &&
        bc__llm_cache_get(llm->cache_dir, key, &ans)) {
      plan.cached++;
      plan.input_tokens -= bc__llm_tokens(call.body_len);
      plan.output_tokens -= b.answer / 3;
      bc__llm_answer_release(&ans);
    }
    bc__llm_call_release(&call);
  }
  if (n > 1) {
    /* Merges: a part's summary, without slides and narration, is about a
     * tenth of the answer budget; parts that do not fit one merge are
     * merged in groups first. */
    size_t parts_tokens = n * (b.answer / 10);
    size_t merges = 1;
    if (rb.text > 0 && parts_tokens > rb.text)
      merges += (parts_tokens + rb.text - 1) / rb.text;
    plan.requests += merges;
    plan.input_tokens += merges * rb.overhead + parts_tokens;
    plan.output_tokens += merges * (b.answer / 3);
  }
  plan.chunks = n;
  if (llm->price_in >= 0) {
    plan.price_known = 1;
    plan.cost_usd = (double)plan.input_tokens * llm->price_in / 1e6 +
                    (double)plan.output_tokens * llm->price_out / 1e6;
  }
  *out = plan;
out:
  free(chunks);
  free(facts_s);
  return rc;
}

static void llm_usage(void *self, struct bc_usage *out)
{
  struct bc__llm *llm = self;
  pthread_mutex_lock(&llm->lock);
  *out = llm->usage;
  pthread_mutex_unlock(&llm->lock);
  if (llm->price_in >= 0)
    out->cost_usd = (double)out->input_tokens * llm->price_in / 1e6 +
                    (double)out->output_tokens * llm->price_out / 1e6;
}

static void llm_destroy(void *self)
{
  struct bc__llm *llm = self;
  if (!llm)
    return;
  free(llm->model);
  free(llm->base);
  free(llm->key);
  free(llm->cache_dir);
  free(llm->label);
  free(llm->schema);
  bc__http_client_free(llm->http);
  bc__llm_templates_release(&llm->tpl);
  pthread_mutex_destroy(&llm->lock);
  free(llm);
}

/* The price table: the user's copy in the prompts directory, else the
 * embedded one. */
static void load_prices(struct bc__llm *llm, const char *dir)
{
  char *path = dir ? bc__fs_join(dir, "prices.tsv") : NULL, *data = NULL;
  struct stat st;
  size_t len;
  const char *tsv = bc_embedded_prices_tsv;
  llm->price_in = llm->price_out = -1;
  if (path && stat(path, &st) == 0 &&
      bc__fs_read(path, BC_MAX_LINE_BYTES, &data, &len, NULL) == BC_OK)
    tsv = data;
  if (bc__llm_price(tsv, llm->wire->name, llm->model, &llm->price_in,
                    &llm->price_out) != 0)
    llm->price_in = llm->price_out = -1;
  free(data);
  free(path);
}

static bc_status llm_create(const struct bc__llm_wire *wire,
                            const struct bc_provider_config *cfg, void **self,
                            struct bc_error *err)
{
  struct bc__llm *llm;
  cJSON *schema = NULL;
  const char *s = bc_summary_schema();
  int bad = 0;
  size_t n;
  bc_status rc;

  if (!cfg->dry_run &&
      (wire->key_required == 1 ||
       (wire->key_required == 2 && (!cfg->base_url || !*cfg->base_url))) &&
      (!cfg->api_key || !*cfg->api_key))
    return bc_error_set(err, BC_ERR_USAGE,
                        "%s is not set (needed by --provider %s)",
                        wire->key_env, wire->name);
  llm = bc_calloc(1, sizeof(*llm));
  if (!llm)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  if (pthread_mutex_init(&llm->lock, NULL) != 0) {
    free(llm);
    return bc_error_set(err, BC_ERR_INTERNAL, "cannot create a mutex");
  }
  llm->wire = wire;
  llm->model = bc_strdup_checked(
      cfg->model && *cfg->model ? cfg->model : wire->default_model, &bad);
  llm->base = bc_strdup_checked(
      cfg->base_url && *cfg->base_url ? cfg->base_url : wire->default_base,
      &bad);
  llm->key = bc_strdup_checked(
      cfg->api_key && *cfg->api_key ? cfg->api_key : NULL, &bad);
  llm->cache_dir = bc_strdup_checked(
      cfg->cache_dir && *cfg->cache_dir ? cfg->cache_dir : NULL, &bad);
  if (bad) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto fail;
  }
  n = strlen(llm->base);
  while (n > 0 && llm->base[n - 1] == '/')
    llm->base[--n] = '\0';
  {
    struct bc_buf b = BC_BUF_INIT(4096);
    bc_buf_addf(&b, "%s:%s", wire->name, llm->model);
    llm->label = bc_buf_take(&b, NULL);
    if (!llm->label) {
      rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
      goto fail;
    }
  }
  llm->refresh = cfg->refresh;
  llm->dry_run = cfg->dry_run;
  llm->jobs = cfg->jobs > 0 ? cfg->jobs : DEFAULT_JOBS;
  llm->max_attempts =
      cfg->max_attempts > 0 ? cfg->max_attempts : DEFAULT_ATTEMPTS;
  llm->timeout_ms = cfg->timeout_ms > 0 ? cfg->timeout_ms : DEFAULT_TIMEOUT_MS;
  llm->context_tokens =
      cfg->context_tokens ? cfg->context_tokens : wire->default_context;
  rc = bc__llm_templates_load(cfg->prompts_dir, &llm->tpl, err);
  if (rc)
    goto fail;
  /* libcurl's global setup, before any of the map threads exist. */
  if (bc__http_global_init() != BC_OK) {
    rc = bc_error_set(err, BC_ERR_HTTP, "cannot initialise libcurl");
    goto fail;
  }
  llm->http = bc__http_client_new();
  if (!llm->http) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto fail;
  }
  rc = bc__json_parse(s, strlen(s), "summary.schema.json", &schema, err);
  if (rc)
    goto fail;
  rc = wire->schema(schema, err);
  if (rc)
    goto fail;
  llm->schema = cJSON_PrintUnformatted(schema);
  if (!llm->schema) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto fail;
  }
  cJSON_Delete(schema);
  load_prices(llm, cfg->prompts_dir);
  *self = llm;
  return BC_OK;
fail:
  cJSON_Delete(schema);
  llm_destroy(llm);
  return rc;
}

void bc__llm_read_usage(const cJSON *usage, const char *in_key,
                        const char *out_key, struct bc__llm_answer *out)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(usage, in_key);
  if (cJSON_IsNumber(v) && v->valuedouble > 0)
    out->input_tokens = (size_t)v->valuedouble;
  v = cJSON_GetObjectItemCaseSensitive(usage, out_key);
  if (cJSON_IsNumber(v) && v->valuedouble > 0)
    out->output_tokens = (size_t)v->valuedouble;
}

/* One provider table per wire format. */
#define BC__LLM_OPS(table, wire, provider_name)                                \
  static bc_status create_##wire(const struct bc_provider_config *cfg,         \
                                 void **self, struct bc_error *err)            \
  {                                                                            \
    return llm_create(&wire, cfg, self, err);                                  \
  }                                                                            \
  const struct bc_provider_ops table = {                                       \
      .name = provider_name,                                                   \
      .create = create_##wire,                                                 \
      .summarize = llm_summarize,                                              \
      .repair = llm_repair,                                                    \
      .usage = llm_usage,                                                      \
      .destroy = llm_destroy,                                                  \
      .plan = llm_plan,                                                        \
  }

BC__LLM_OPS(bc__provider_openai, bc__wire_openai, "openai");
BC__LLM_OPS(bc__provider_anthropic, bc__wire_anthropic, "anthropic");
BC__LLM_OPS(bc__provider_gemini, bc__wire_gemini, "gemini");
