/* anthropic.c - the Anthropic Messages wire format: structured output as a
 * forced tool call whose input schema is the summary schema, with the
 * x-api-key and anthropic-version headers. */
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

static bc_status build(const struct bc__llm *llm, const char *system,
                       const char *user, size_t max_tokens,
                       struct bc__llm_call *call, struct bc_error *err)
{
  cJSON *root = cJSON_CreateObject(), *msgs, *m, *tools, *t, *tc, *sc = NULL;
  struct bc_buf url = BC_BUF_INIT(8192);
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
      !bc__json_add_str(tc, "name", TOOL_NAME))
    goto oom;
  call->body = cJSON_PrintUnformatted(root);
  if (!call->body)
    goto oom;
  call->body_len = strlen(call->body);
  bc_buf_addf(&url, "%s/v1/messages", llm->base);
  call->url = bc_buf_take(&url, NULL);
  call->headers[0] = bc__llm_header("Content-Type", "application/json");
  call->headers[1] = bc__llm_header("anthropic-version", "2023-06-01");
  call->headers[2] = bc__llm_header("x-api-key", llm->key ? llm->key : "");
  if (!call->url || !call->headers[0] || !call->headers[1] || !call->headers[2])
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
  const cJSON *content, *block, *input = NULL;
  const char *stop, *text = NULL;
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
  cJSON_ArrayForEach(block, content)
  {
    const char *type = bc__json_get_str(block, "type");
    if (!type)
      continue;
    if (strcmp(type, "tool_use") == 0 && !input)
      input = cJSON_GetObjectItemCaseSensitive(block, "input");
    else if (strcmp(type, "text") == 0 && !text)
      text = bc__json_get_str(block, "text");
  }
  stop = bc__json_get_str(root, "stop_reason");
  memset(out, 0, sizeof(*out));
  out->truncated = stop && strcmp(stop, "max_tokens") == 0;
  if (stop && strcmp(stop, "refusal") == 0) {
    if (!(out->refusal = bc_strdup(text ? text : "refused")))
      goto oom;
  } else if (input) {
    if (!(out->text = cJSON_PrintUnformatted(input)))
      goto oom;
  } else if (text) {
    /* No tool call: hand the text on, so the schema retry explains. */
    if (!(out->text = bc_strdup(text)))
      goto oom;
  }
  bc__llm_read_usage(cJSON_GetObjectItemCaseSensitive(root, "usage"),
                     "input_tokens", "output_tokens", out);
  goto out;
oom:
  bc__llm_answer_release(out);
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  cJSON_Delete(root);
  return rc;
}

const struct bc__llm_wire bc__wire_anthropic = {"anthropic",
                                                "claude-3-5-haiku-latest",
                                                "https://api.anthropic.com",
                                                "ANTHROPIC_API_KEY",
                                                1,
                                                200000,
                                                schema,
                                                build,
                                                parse};
