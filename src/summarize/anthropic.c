/* anthropic.c - the Anthropic Messages wire format: structured output as a
 * forced tool call whose input schema is the summary schema, with the
 * x-api-key and anthropic-version headers.
 *
 * Relied on (@anthropic-ai/sdk 1.10.0, src/resources/messages/messages.ts):
 * MessageCreateParams (max_tokens required; ToolChoiceTool's
 * disable_parallel_tool_use "the model will output exactly one tool use";
 * ThinkingConfigDisabled), Message.stop_reason ('end_turn' | 'max_tokens' |
 * 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal' |
 * 'model_context_window_exceeded') and stop_details, and Usage ("total
 * input tokens in a request is the summation of input_tokens,
 * cache_creation_input_tokens, and cache_read_input_tokens";
 * output_tokens_details.thinking_tokens is part of output_tokens). */
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "summarize/llm.h"
#include "util/alloc.h"
#include "util/json.h"

#define TOOL_NAME "write_summary"

static bc_status schema(cJSON *s, struct bc_error *err)
{
  return bc__llm_schema_rewrite(s, NULL, 0, err);
}

/* A forced tool call cannot be combined with thinking, and thinking would
 * eat max_tokens besides (Claude Haiku 5.5's "what's new": thinking tokens
 * count toward max_tokens).  Haiku models take thinking {"type":
 * "disabled"}; models whose thinking is always on reject it, so they get
 * no thinking setting at all. */
static int turn_thinking_off(const char *model)
{
  return strncmp(model, "claude-haiku-", 13) == 0;
}

static size_t thinking(const char *model)
{
  (void)model;
  return 0;
}

static bc_status build(const struct bc__llm *llm, const char *system,
                       const char *user, size_t max_tokens,
                       struct bc__llm_call *call, struct bc_error *err)
{
  cJSON *root = cJSON_CreateObject(), *msgs, *m, *tools, *t, *tc, *th,
        *sc = NULL;
  struct bc_buf url = BC_BUF_INIT(8192);
  const char *pairs[] = {"anthropic-version", "2023-06-01", "x-api-key",
                         llm->key ? llm->key : "", NULL};
  if (!root)
    goto oom;
  sc = cJSON_Parse(llm->schema);
  if (!sc || !bc__json_add_str(root, "model", llm->model) ||
      !bc__json_add_size(root, "max_tokens", max_tokens) ||
      !bc__json_add_str(root, "system", system) ||
      !(msgs = cJSON_AddArrayToObject(root, "messages")) ||
      !(m = cJSON_CreateObject()))
    goto oom;
  cJSON_AddItemToArray(msgs, m);
  if (!bc__json_add_str(m, "role", "user") ||
      !bc__json_add_str(m, "content", user) ||
      !(tools = cJSON_AddArrayToObject(root, "tools")) ||
      !(t = cJSON_CreateObject()))
    goto oom;
  cJSON_AddItemToArray(tools, t);
  if (!bc__json_add_str(t, "name", TOOL_NAME) ||
      !bc__json_add_str(t, "description",
                        "Record the brief of the document, in the summary "
                        "schema.") ||
      !cJSON_AddItemToObject(t, "input_schema", sc))
    goto oom;
  sc = NULL;
  if (!(tc = cJSON_AddObjectToObject(root, "tool_choice")) ||
      !bc__json_add_str(tc, "type", "tool") ||
      !bc__json_add_str(tc, "name", TOOL_NAME) ||
      !cJSON_AddTrueToObject(tc, "disable_parallel_tool_use"))
    goto oom;
  if (turn_thinking_off(llm->model) &&
      (!(th = cJSON_AddObjectToObject(root, "thinking")) ||
       !bc__json_add_str(th, "type", "disabled")))
    goto oom;
  bc_buf_addf(&url, "%s/v1/messages", llm->base);
  if (bc__llm_call_finish(call, root, &url, pairs))
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

/* stop_reason: what each documented value means when briefcast forced one
 * tool call. */
static void read_stop(const char *stop, int n_tools, struct bc__llm_answer *out)
{
  static const struct {
    const char *value;
    enum bc__llm_stop stop;
    const char *why;
  } table[] = {
      {"tool_use", BC__LLM_ANSWERED, NULL},
      /* A text answer instead of the forced tool call: the schema retry
       * tells the model what was wrong. */
      {"end_turn", BC__LLM_ANSWERED, NULL},
      {"stop_sequence", BC__LLM_ANSWERED, NULL},
      {"max_tokens", BC__LLM_CUT, NULL},
      {"refusal", BC__LLM_DECLINED, "a safety classifier declined"},
      {"pause_turn", BC__LLM_NO_ANSWER,
       "the API paused a long-running turn; briefcast uses no server tools, "
       "so there is nothing to resume"},
      {"model_context_window_exceeded", BC__LLM_NO_ANSWER,
       "the prompt and the answer do not fit the model's context window; a "
       "lower --context-tokens splits the document into smaller parts"},
  };
  for (size_t i = 0; stop && i < sizeof(table) / sizeof(table[0]); i++)
    if (strcmp(stop, table[i].value) == 0) {
      bc__llm_set_stop(out, table[i].stop, "stop_reason", stop, table[i].why);
      break;
    }
  if (!out->reason[0])
    bc__llm_set_stop(out, BC__LLM_NO_ANSWER, "stop_reason", stop,
                     "not a documented stop reason");
  if (out->stop == BC__LLM_ANSWERED && n_tools > 1)
    /* disable_parallel_tool_use promises exactly one; picking one of
     * several would be a guess. */
    bc__llm_set_stop(out, BC__LLM_NO_ANSWER, "stop_reason", stop,
                     "several tool calls came back where exactly one was "
                     "asked for");
}

static bc_status parse(const char *body, size_t len, struct bc__llm_answer *out,
                       struct bc_error *err)
{
  cJSON *root = NULL;
  const cJSON *content, *block, *input = NULL, *usage, *details;
  const char *text = NULL, *explanation;
  int n_tools = 0;
  bc_status rc = BC_OK;
  if (bc__json_parse(body, len, "answer", &root, NULL))
    return bc_error_set(err, BC_ERR_PROVIDER,
                        "anthropic: the answer is not JSON (%zu bytes)", len);
  content = cJSON_GetObjectItemCaseSensitive(root, "content");
  if (!cJSON_IsArray(content)) {
    rc = bc_error_set(err, BC_ERR_PROVIDER,
                      "anthropic: the answer has no content");
    goto out;
  }
  /* Blocks are chosen by type, never by position: thinking blocks may
   * come first. */
  cJSON_ArrayForEach(block, content)
  {
    const char *type = bc__json_get_str(block, "type");
    const char *name = bc__json_get_str(block, "name");
    if (!type)
      continue;
    if (strcmp(type, "tool_use") == 0 && name && strcmp(name, TOOL_NAME) == 0) {
      n_tools++;
      input = cJSON_GetObjectItemCaseSensitive(block, "input");
    } else if (strcmp(type, "tool_use") == 0)
      n_tools++;
    else if (strcmp(type, "text") == 0 && !text)
      text = bc__json_get_str(block, "text");
  }
  memset(out, 0, sizeof(*out));
  read_stop(bc__json_get_str(root, "stop_reason"), n_tools, out);
  if (out->stop == BC__LLM_DECLINED) {
    details = cJSON_GetObjectItemCaseSensitive(root, "stop_details");
    explanation = bc__json_get_str(details, "explanation");
    if (!explanation)
      explanation = text;
    if (explanation && !(out->refusal = bc__strdup(explanation)))
      goto oom;
  } else if (input) {
    if (!(out->text = cJSON_PrintUnformatted(input)))
      goto oom;
  } else if (text) {
    /* No tool call: hand the text on, so the schema retry explains. */
    if (!(out->text = bc__strdup(text)))
      goto oom;
  }
  usage = cJSON_GetObjectItemCaseSensitive(root, "usage");
  bc__llm_add_count(usage, "input_tokens", &out->input_tokens);
  bc__llm_add_count(usage, "cache_creation_input_tokens", &out->input_tokens);
  bc__llm_add_count(usage, "cache_read_input_tokens", &out->input_tokens);
  bc__llm_add_count(usage, "output_tokens", &out->output_tokens);
  bc__llm_add_count(
      cJSON_GetObjectItemCaseSensitive(usage, "output_tokens_details"),
      "thinking_tokens", &out->thinking_tokens);
  goto out;
oom:
  bc__llm_answer_release(out);
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  cJSON_Delete(root);
  return rc;
}

/* claude-haiku-5-5: the current Haiku (released 2026-10-07; 1M context,
 * 128k output, $0.10/$0.50 per million tokens for prompts up to 100,000
 * tokens and five times that above; its model overview).  The context
 * budget stays at 100,000 tokens so every request is billed at the lower
 * rate.  claude-3-5-haiku-latest, the old default, is retired. */
const struct bc__llm_wire bc__wire_anthropic = {
    .name = "anthropic",
    .default_model = "claude-haiku-5-5",
    .default_base = "https://api.anthropic.com",
    .key_env = "ANTHROPIC_API_KEY",
    .key_required = 1,
    .default_context = 100000,
    .schema = schema,
    .thinking = thinking,
    .build = build,
    .parse = parse,
};
