/* llm.c - what every LLM provider shares besides the summarize, plan and
 * repair rounds (llm_mapreduce.c, llm_repair.c) and the one-request logic
 * (llm_ask.c): the provider's life cycle, prices, the usage ledger,
 * timeouts, and small helpers for the wire formats (openai.c, anthropic.c,
 * gemini.c).  It does not know any API's wire format. */
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
#include "util/secret.h"

extern const char bc__embedded_prices_tsv[];

#define DEFAULT_JOBS 4
#define DEFAULT_ATTEMPTS 4
#define API_MESSAGE_MAX 160

/* Timeouts.  Both official SDKs (openai-node and anthropic-sdk-typescript,
 * client.ts: DEFAULT_TIMEOUT = 600000) wait ten minutes for an answer, and
 * the Anthropic SDK plans a non-streaming request at 60 * 60 * max_tokens
 * / 128000 seconds (_calculateNonstreamingTimeout, about 28 ms a token).
 * briefcast waits twice that for the whole output (answer and thinking),
 * and never less than ten minutes. */
#define TIMEOUT_FLOOR_MS 600000L
#define TIMEOUT_MS_PER_128K_TOKENS (2 * 3600L * 1000L)

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

int bc__llm_call_finish(struct bc__llm_call *call, const cJSON *root,
                        struct bc_buf *url, const char *const *pairs)
{
  size_t h = 0, max = sizeof(call->headers) / sizeof(call->headers[0]) - 1;
  call->body = cJSON_PrintUnformatted(root);
  call->url = bc_buf_take(url, NULL);
  if (!call->body || !call->url)
    return -1;
  call->body_len = strlen(call->body);
  if (!(call->headers[h++] =
            bc__llm_header("Content-Type", "application/json")))
    return -1;
  for (size_t i = 0; pairs && pairs[i] && pairs[i + 1] && h < max; i += 2)
    if (!(call->headers[h++] = bc__llm_header(pairs[i], pairs[i + 1])))
      return -1;
  return 0;
}

void bc__llm_answer_release(struct bc__llm_answer *a)
{
  free(a->text);
  free(a->refusal);
  memset(a, 0, sizeof(*a));
}

void bc__llm_set_stop(struct bc__llm_answer *a, enum bc__llm_stop stop,
                      const char *field, const char *value, const char *why)
{
  a->stop = stop;
  a->why = why;
  snprintf(a->reason, sizeof(a->reason), "%s %.40s", field,
           value ? value : "none");
}

void bc__llm_add_count(const cJSON *obj, const char *key, size_t *n)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
  if (cJSON_IsNumber(v) && v->valuedouble > 0 && v->valuedouble < 1e15)
    *n += (size_t)v->valuedouble;
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
  out = bc__strndup(m ? m : "", m ? strlen(m) : 0);
  cJSON_Delete(root);
  if (out) {
    /* One line, bounded: messages end up in a 256-byte error.  Anything
     * shaped like a key goes before the cut, which could leave a piece of
     * it no longer recognisable. */
    bc__secret_scrub(out, NULL);
    for (char *p = out; *p; p++)
      if (*p == '\n' || *p == '\r' || *p == '\t')
        *p = ' ';
    if (strlen(out) > API_MESSAGE_MAX)
      memcpy(out + API_MESSAGE_MAX - 3, "...", 4);
  }
  return out;
}

void bc__llm_scrub(char *s, const char *secret)
{
  bc__secret_scrub(s, secret);
}

void bc__llm_add_usage(struct bc__llm *llm, size_t requests, size_t hits,
                       const struct bc__llm_answer *ans, size_t dropped)
{
  pthread_mutex_lock(&llm->lock);
  llm->usage.requests += requests;
  llm->usage.cache_hits += hits;
  if (ans) {
    llm->usage.input_tokens += ans->input_tokens;
    llm->usage.output_tokens += ans->output_tokens;
    llm->usage.thinking_tokens += ans->thinking_tokens;
  }
  llm->usage.evidence_dropped += dropped;
  pthread_mutex_unlock(&llm->lock);
}

long bc__llm_timeout_ms(const struct bc__llm *llm, size_t max_tokens)
{
  double out = (double)max_tokens + (double)llm->thinking, ms;
  if (llm->timeout_ms > 0)
    return llm->timeout_ms;
  ms = out * (double)TIMEOUT_MS_PER_128K_TOKENS / 128000.0;
  if (ms < (double)TIMEOUT_FLOOR_MS)
    return TIMEOUT_FLOOR_MS;
  if (ms > 86400000.0)
    return 86400000L;
  return (long)ms;
}

/* ---- usage, life cycle ----------------------------------------------- */

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
  const char *tsv = bc__embedded_prices_tsv;
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
  llm = bc__calloc(1, sizeof(*llm));
  if (!llm)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  if (pthread_mutex_init(&llm->lock, NULL) != 0) {
    free(llm);
    return bc_error_set(err, BC_ERR_INTERNAL, "cannot create a mutex");
  }
  llm->wire = wire;
  llm->model = bc__strdup_checked(
      cfg->model && *cfg->model ? cfg->model : wire->default_model, &bad);
  llm->base = bc__strdup_checked(
      cfg->base_url && *cfg->base_url ? cfg->base_url : wire->default_base,
      &bad);
  llm->key = bc__strdup_checked(
      cfg->api_key && *cfg->api_key ? cfg->api_key : NULL, &bad);
  llm->cache_dir = bc__strdup_checked(
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
  llm->retries = cfg->retries > 0 ? cfg->retries : 0;
  llm->timeout_ms = cfg->timeout_ms > 0 ? cfg->timeout_ms : 0;
  llm->context_tokens =
      cfg->context_tokens ? cfg->context_tokens : wire->default_context;
  llm->thinking = wire->thinking ? wire->thinking(llm->model) : 0;
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
      .summarize = bc__llm_summarize,                                          \
      .repair = bc__llm_repair,                                                \
      .usage = llm_usage,                                                      \
      .destroy = llm_destroy,                                                  \
      .plan = bc__llm_plan,                                                    \
  }

BC__LLM_OPS(bc__provider_openai, bc__wire_openai, "openai");
BC__LLM_OPS(bc__provider_anthropic, bc__wire_anthropic, "anthropic");
BC__LLM_OPS(bc__provider_gemini, bc__wire_gemini, "gemini");
