/* llm_ask.c - one summary request, start to end: build it with the wire,
 * take it from the cache or send it, read the API's answer or its error,
 * decide what a stop reason means (an answer, one retry that says what was
 * wrong, or an error naming the reason), and ground the summary in the
 * source.  It does not split documents or merge parts (llm_mapreduce.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "summarize/llm.h"
#include "util/alloc.h"
#include "util/http.h"
#include "util/json.h"
#include "util/secret.h"

/* ---- errors in the API's own words ----------------------------------- */

/* The API's machine-readable word for an error, when it gives one: Google's
 * error.details[].reason ("API_KEY_INVALID", from google.rpc.ErrorInfo),
 * OpenAI's error.code ("model_not_found", "invalid_api_key"), Anthropic's
 * error.type ("not_found_error", "authentication_error"), Google's
 * error.status ("NOT_FOUND").  Copied into out ("" when none). */
static void api_reason(const char *body, size_t len, char *out, size_t n)
{
  cJSON *root = NULL;
  const cJSON *e, *d;
  const char *r = NULL;
  out[0] = '\0';
  if (!body || !len || bc__json_parse(body, len, "answer", &root, NULL))
    return;
  e = cJSON_GetObjectItemCaseSensitive(root, "error");
  cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(e, "details"))
  {
    if ((r = bc__json_get_str(d, "reason")) != NULL)
      break;
  }
  if (!r)
    r = bc__json_get_str(e, "code");
  if (!r)
    r = bc__json_get_str(e, "type");
  if (!r)
    r = bc__json_get_str(e, "status");
  if (r)
    snprintf(out, n, "%s", r);
  cJSON_Delete(root);
}

static int is_any(const char *s, const char *const *list)
{
  for (; *list; list++)
    if (strcmp(s, *list) == 0)
      return 1;
  return 0;
}

/* The error of a non-200 answer, in the API's own words, with what to do
 * about it where briefcast can tell. */
static bc_status http_error(const struct bc__llm *llm, const char *url,
                            const struct bc__http_response *resp,
                            struct bc_error *err)
{
  static const char *const key_words[] = {"API_KEY_INVALID", "invalid_api_key",
                                          "authentication_error", NULL};
  static const char *const model_words[] = {
      "model_not_found", "not_found_error", "NOT_FOUND", NULL};
  char *m = bc__llm_api_message(resp->body, resp->body_len);
  const char *name = llm->wire->name, *sep = m && *m ? ": " : "";
  const char *msg = m ? m : "";
  char reason[64], *shown = bc__http_display_url(url);
  long st = resp->status;
  int n = resp->attempts;
  bc_status rc;
  bc__llm_scrub(m, llm->key);
  api_reason(resp->body, resp->body_len, reason, sizeof(reason));
  if (st == 401 || st == 403 || is_any(reason, key_words))
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
  else if ((st == 404 || st == 400) &&
           (is_any(reason, model_words) || strstr(msg, llm->model)))
    /* A retired or misspelt model: the most common way a working setup
     * breaks, since providers retire models on a schedule. */
    rc = bc_error_set(err, BC_ERR_PROVIDER,
                      "%s has no model '%.60s' (HTTP %ld%s%.90s); choose one "
                      "with --model (the default is %s)",
                      name, llm->model, st, sep, msg, llm->wire->default_model);
  else if (st == 404)
    rc = bc_error_set(err, BC_ERR_PROVIDER,
                      "%s: nothing at '%.80s' (HTTP 404%s%.60s); check "
                      "--base-url",
                      name, shown ? shown : "", sep, msg);
  else if (st == 400 || st == 422)
    rc = bc_error_set(err, BC_ERR_PROVIDER, "%s: %s (HTTP %ld, model '%s')",
                      name, *msg ? msg : "bad request", st, llm->model);
  else
    rc = bc_error_set(err, BC_ERR_PROVIDER, "%s: unexpected HTTP %ld%s%s", name,
                      st, sep, msg);
  free(m);
  free(shown);
  return rc;
}

/* ---- one request ----------------------------------------------------- */

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
    bc__llm_cache_key(llm->wire->name, call.url, llm->model, llm->tpl.version,
                      call.body, call.body_len, key);
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
  req.timeout_ms = bc__llm_timeout_ms(llm, max_tokens);
  req.max_attempts = llm->max_attempts + llm->retries;
  /* A generation that timed out was probably carried out, and billed:
   * another try is another bill, so only as many as the user asked. */
  req.unanswered_attempts = 1 + llm->retries;
  req.max_redirects = -1; /* an API that redirects a POST is misconfigured */
  req.redact = llm->key;
  req.backoff_ms = llm->backoff_ms;
  req.client = llm->http;
  rc = bc__http_perform(&req, &resp, err);
  if (rc)
    goto out;
  /* A server may echo the key (a 401 body, an answer that quotes its
   * request): it goes here, before any message, summary or cache entry
   * is made of the body. */
  bc__secret_mask(resp.body, resp.body_len, llm->key);
  if (resp.status != 200) {
    bc__llm_add_usage(llm, (size_t)resp.attempts, 0, NULL, 0);
    rc = http_error(llm, call.url, &resp, err);
    goto out;
  }
  rc = llm->wire->parse(resp.body, resp.body_len, ans, err);
  bc__llm_add_usage(llm, (size_t)resp.attempts, 0, rc ? NULL : ans, 0);
out:
  bc__http_response_release(&resp);
  bc__llm_call_release(&call);
  return rc;
}

/* Nonzero when the server reports far fewer prompt tokens than we sent.
 * Tokenizers read English at about four bytes a token and count the schema
 * on top, so under half the estimate means the prompt was cut.  The count
 * must include cached prompt tokens (each wire adds them in), or a prompt
 * served from the provider's cache would look cut. */
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

static int blank(const char *s)
{
  for (; s && *s; s++)
    if (*s != ' ' && *s != '\n' && *s != '\r' && *s != '\t')
      return 0;
  return 1;
}

/* The error for a turn that ended without an answer.  Asking again would
 * bill a second generation that ends the same way, so it is never done;
 * the message names the API's reason and, where there is one, the fix. */
static bc_status no_answer(const struct bc__llm *llm,
                           const struct bc__llm_ask *a,
                           struct bc__llm_answer *ans, struct bc_error *err)
{
  const char *sp = *a->what ? " " : "", *to = *a->what ? " to " : "";
  const char *why = ans->why ? ans->why : "";
  switch (ans->stop) {
  case BC__LLM_DECLINED:
    bc__llm_scrub(ans->refusal, llm->key);
    return bc_error_set(err, BC_ERR_PROVIDER, "%s declined%s%s: %.120s (%s)",
                        llm->label, sp, a->what,
                        ans->refusal && *ans->refusal ? ans->refusal : why,
                        ans->reason);
  case BC__LLM_CUT:
    if (ans->thinking_tokens * 2 > ans->output_tokens)
      return bc_error_set(err, BC_ERR_PROVIDER,
                          "%s: the answer%s%s was cut at the token limit "
                          "(%s): %zu of its %zu output tokens went to "
                          "thinking",
                          llm->label, to, a->what, ans->reason,
                          ans->thinking_tokens, ans->output_tokens);
    return bc_error_set(err, BC_ERR_PROVIDER,
                        "%s: the answer%s%s was cut at the token limit (%s, "
                        "%zu output tokens for a budget of %zu); try "
                        "--length short",
                        llm->label, to, a->what, ans->reason,
                        ans->output_tokens, a->max_tokens);
  case BC__LLM_BLOCKED:
  case BC__LLM_NO_ANSWER:
    return bc_error_set(err, BC_ERR_PROVIDER, "%s gave no answer%s%s: %s%s%s%s",
                        llm->label, sp, a->what, ans->reason, *why ? " (" : "",
                        why, *why ? ")" : "");
  case BC__LLM_ANSWERED:
  default:
    return bc_error_set(err, BC_ERR_PROVIDER,
                        "%s gave an empty answer%s%s (%s)", llm->label, sp,
                        a->what, ans->reason);
  }
}

bc_status bc__llm_ask(struct bc__llm *llm, const struct bc__llm_ask *a,
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
      bc__llm_add_usage(llm, 0, 1, NULL, 0);
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
    if (ans.stop != BC__LLM_ANSWERED || blank(ans.text)) {
      rc = no_answer(llm, a, &ans, err);
      goto out;
    }
    {
      const char *j = ans.text;
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
      /* The model finished, but its answer does not fit: one more try
       * that tells it what was wrong. */
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
  bc__llm_add_usage(llm, 0, 0, NULL, dropped);
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
