/* openai.c - the OpenAI Chat Completions wire format, also spoken by
 * OpenAI-compatible servers (Ollama, llama.cpp server, vLLM, LM Studio,
 * OpenRouter): structured output through response_format json_schema in
 * strict mode.  The key is optional so local servers work without one.
 *
 * Relied on (openai-node 7.55.0, src/resources/chat/completions and
 * shared.ts): ChatCompletionCreateParams (reasoning_effort: 'none' |
 * 'minimal' | 'low' | ...), ChatCompletion.Choice.finish_reason ('stop' |
 * 'length' | 'tool_calls' | 'content_filter' | 'function_call'),
 * ChatCompletionMessage.refusal, CompletionUsage (completion_tokens
 * includes completion_tokens_details.reasoning_tokens; prompt_tokens
 * includes prompt_tokens_details.cached_tokens). */
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "summarize/llm.h"
#include "util/alloc.h"
#include "util/json.h"

/* Thinking allowance of a reasoning model at effort "low".  OpenAI counts
 * reasoning in completion_tokens but briefcast sets no output cap here
 * (compatible servers disagree on its name), so this only widens the
 * context budget and the timeout. */
#define REASONING_TOKENS 4096

static bc_status schema(cJSON *s, struct bc_error *err)
{
  /* Strict mode wants every object closed and fully required, which the
   * summary schema already is; older compatible servers reject numeric
   * bounds, which do not matter since spans are recomputed anyway. */
  static const char *const drop[] = {"minimum", NULL};
  return bc__llm_schema_rewrite(s, drop, 0, err);
}

/* OpenAI's reasoning models (o1, o3, o4-mini, gpt-5 and later) think before
 * they answer, at effort "medium" unless told (gpt-6-luna's model page);
 * a brief needs little, and "low" is a value every one of them accepts.
 * Other models reject the parameter, and compatible servers' own models
 * (gpt-oss, llama...) are not matched. */
static int reasoning_model(const char *m)
{
  if (strstr(m, "chat"))
    return 0; /* gpt-5-chat-latest and the like answer directly */
  if (m[0] == 'o' && m[1] >= '1' && m[1] <= '9')
    return 1;
  return strncmp(m, "gpt-", 4) == 0 && m[4] >= '5' && m[4] <= '9';
}

static size_t thinking(const char *model)
{
  return reasoning_model(model) ? REASONING_TOKENS : 0;
}

static bc_status build(const struct bc__llm *llm, const char *system,
                       const char *user, size_t max_tokens,
                       struct bc__llm_call *call, struct bc_error *err)
{
  cJSON *root = cJSON_CreateObject(), *msgs, *m, *rf, *js, *sc = NULL;
  struct bc_buf url = BC_BUF_INIT(8192), auth = BC_BUF_INIT(8192);
  const char *pairs[3] = {NULL, NULL, NULL};
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
  if (reasoning_model(llm->model) &&
      !bc__json_add_str(root, "reasoning_effort", "low"))
    goto oom;
  bc_buf_addf(&url, "%s/chat/completions", llm->base);
  if (llm->key) {
    bc_buf_addf(&auth, "Bearer %s", llm->key);
    pairs[0] = "Authorization";
    pairs[1] = bc_buf_str(&auth);
  }
  if (bc_buf_status(&auth) || bc__llm_call_finish(call, root, &url, pairs))
    goto oom;
  bc_buf_release(&auth);
  cJSON_Delete(root);
  return BC_OK;
oom:
  cJSON_Delete(root);
  cJSON_Delete(sc);
  bc_buf_release(&url);
  bc_buf_release(&auth);
  bc__llm_call_release(call);
  return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
}

/* finish_reason: what each documented value means for briefcast. */
static void read_finish(const char *finish, const cJSON *msg,
                        struct bc__llm_answer *out)
{
  static const struct {
    const char *value;
    enum bc__llm_stop stop;
    const char *why;
  } table[] = {
      {"stop", BC__LLM_ANSWERED, NULL},
      {"length", BC__LLM_CUT, NULL},
      {"content_filter", BC__LLM_BLOCKED,
       "OpenAI's content filter withheld the answer"},
      {"tool_calls", BC__LLM_NO_ANSWER,
       "the model called a tool instead of answering; none was offered"},
      {"function_call", BC__LLM_NO_ANSWER,
       "the model called a function instead of answering; none was offered"},
  };
  for (size_t i = 0; finish && i < sizeof(table) / sizeof(table[0]); i++)
    if (strcmp(finish, table[i].value) == 0) {
      bc__llm_set_stop(out, table[i].stop, "finish_reason", finish,
                       table[i].why);
      return;
    }
  /* An undocumented value (a compatible server's own): an answer if there
   * is one. */
  bc__llm_set_stop(out,
                   bc__json_get_str(msg, "content") ? BC__LLM_ANSWERED
                                                    : BC__LLM_NO_ANSWER,
                   "finish_reason", finish, "not a documented finish reason");
}

static bc_status parse(const char *body, size_t len, struct bc__llm_answer *out,
                       struct bc_error *err)
{
  cJSON *root = NULL;
  const cJSON *choice, *msg, *usage;
  const char *content, *refusal;
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
  memset(out, 0, sizeof(*out));
  read_finish(bc__json_get_str(choice, "finish_reason"), msg, out);
  if (refusal && *refusal) {
    out->stop = BC__LLM_DECLINED;
    if (!(out->refusal = bc__strdup(refusal)))
      goto oom;
  }
  if (content && !(out->text = bc__strdup(content)))
    goto oom;
  usage = cJSON_GetObjectItemCaseSensitive(root, "usage");
  bc__llm_add_count(usage, "prompt_tokens", &out->input_tokens);
  bc__llm_add_count(usage, "completion_tokens", &out->output_tokens);
  bc__llm_add_count(
      cJSON_GetObjectItemCaseSensitive(usage, "completion_tokens_details"),
      "reasoning_tokens", &out->thinking_tokens);
  goto out;
oom:
  bc__llm_answer_release(out);
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  cJSON_Delete(root);
  return rc;
}

/* gpt-6-luna: the replacement OpenAI's deprecations page names for
 * gpt-4o-mini, gpt-4o, gpt-4.1 and gpt-4.1-mini (shut down 2027-01-14);
 * 1,050,000-token context, 128,000 output, structured outputs on Chat
 * Completions (its model page).  The context budget stays at 128k so a
 * request stays well below the 272k-token step where the price doubles. */
const struct bc__llm_wire bc__wire_openai = {
    .name = "openai",
    .default_model = "gpt-6-luna",
    .default_base = "https://api.openai.com/v1",
    .key_env = "OPENAI_API_KEY",
    .key_required = 2,
    .default_context = 128000,
    .schema = schema,
    .thinking = thinking,
    .build = build,
    .parse = parse,
};
