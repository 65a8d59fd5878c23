/* openai.c - the OpenAI Chat Completions wire format, also spoken by
 * OpenAI-compatible servers (Ollama, llama.cpp server, vLLM, LM Studio,
 * OpenRouter): structured output through response_format json_schema in
 * strict mode.  The key is optional so local servers work without one. */
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "summarize/llm.h"
#include "util/alloc.h"
#include "util/json.h"

static bc_status schema(cJSON *s, struct bc_error *err)
{
  /* Strict mode wants every object closed and fully required, which the
   * summary schema already is; older compatible servers reject numeric
   * bounds, which do not matter since spans are recomputed anyway. */
  static const char *const drop[] = {"minimum", NULL};
  return bc__llm_schema_rewrite(s, drop, 0, err);
}

static bc_status build(const struct bc__llm *llm, const char *system,
                       const char *user, size_t max_tokens,
                       struct bc__llm_call *call, struct bc_error *err)
{
  cJSON *root = cJSON_CreateObject(), *msgs, *m, *rf, *js, *sc = NULL;
  struct bc_buf url = BC_BUF_INIT(8192);
  int h = 0;
  (void)max_tokens; /* compatible servers disagree on its name; unset */
  if (!root)
    goto oom;
  sc = cJSON_Parse(llm->schema);
  if (!sc || !bc__json_add_str(root, "model", llm->model) ||
      !(msgs = cJSON_AddArrayToObject(root, "messages")))
    goto oom;
  if (!(m = cJSON_CreateObject()))
    goto oom;
  cJSON_AddItemToArray(msgs, m);
  if (!bc__json_add_str(m, "role", "system") ||
      !bc__json_add_str(m, "content", system))
    goto oom;
  if (!(m = cJSON_CreateObject()))
    goto oom;
  cJSON_AddItemToArray(msgs, m);
  if (!bc__json_add_str(m, "role", "user") ||
      !bc__json_add_str(m, "content", user))
    goto oom;
  if (!(rf = cJSON_AddObjectToObject(root, "response_format")) ||
      !bc__json_add_str(rf, "type", "json_schema") ||
      !(js = cJSON_AddObjectToObject(rf, "json_schema")) ||
      !bc__json_add_str(js, "name", "briefcast_summary") ||
      !cJSON_AddTrueToObject(js, "strict"))
    goto oom;
  if (!cJSON_AddItemToObject(js, "schema", sc))
    goto oom;
  sc = NULL;
  call->body = cJSON_PrintUnformatted(root);
  if (!call->body)
    goto oom;
  call->body_len = strlen(call->body);
  bc_buf_addf(&url, "%s/chat/completions", llm->base);
  call->url = bc_buf_take(&url, NULL);
  call->headers[h++] = bc__llm_header("Content-Type", "application/json");
  if (llm->key) {
    struct bc_buf b = BC_BUF_INIT(8192);
    bc_buf_addf(&b, "Bearer %s", llm->key);
    call->headers[h] = bc__llm_header("Authorization", bc_buf_str(&b));
    bc_buf_release(&b);
    if (!call->headers[h++])
      goto oom;
  }
  if (!call->url || !call->headers[0])
    goto oom;
  cJSON_Delete(root);
  return BC_OK;
oom:
  cJSON_Delete(root);
  cJSON_Delete(sc);
  bc_buf_release(&url);
  bc__llm_call_release(call);
  return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
}

static bc_status parse(const char *body, size_t len, struct bc__llm_answer *out,
                       struct bc_error *err)
{
  cJSON *root = NULL;
  const cJSON *choice, *msg;
  const char *content, *refusal, *finish;
  bc_status rc = BC_OK;
  if (bc__json_parse(body, len, "answer", &root, NULL))
    return bc_error_set(err, BC_ERR_PROVIDER,
                        "openai: the answer is not JSON (%zu bytes)", len);
  choice =
      cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(root, "choices"), 0);
  msg = cJSON_GetObjectItemCaseSensitive(choice, "message");
  if (!cJSON_IsObject(msg)) {
    rc = bc_error_set(err, BC_ERR_PROVIDER,
                      "openai: the answer has no choices[0].message");
    goto out;
  }
  content = bc__json_get_str(msg, "content");
  refusal = bc__json_get_str(msg, "refusal");
  finish = bc__json_get_str(choice, "finish_reason");
  memset(out, 0, sizeof(*out));
  if (refusal && *refusal && !(out->refusal = bc_strdup(refusal)))
    goto oom;
  if (content && !(out->text = bc_strdup(content)))
    goto oom;
  out->truncated = finish && strcmp(finish, "length") == 0;
  bc__llm_read_usage(cJSON_GetObjectItemCaseSensitive(root, "usage"),
                     "prompt_tokens", "completion_tokens", out);
  goto out;
oom:
  bc__llm_answer_release(out);
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  cJSON_Delete(root);
  return rc;
}

const struct bc__llm_wire bc__wire_openai = {"openai",
                                             "gpt-4o-mini",
                                             "https://api.openai.com/v1",
                                             "OPENAI_API_KEY",
                                             2,
                                             128000,
                                             schema,
                                             build,
                                             parse};
