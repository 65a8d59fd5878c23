/* gemini.c - the Google Gemini generateContent wire format: JSON output
 * through responseMimeType and a responseSchema in Gemini's OpenAPI subset.
 * The key travels in the x-goog-api-key header, never in the URL. */
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "summarize/llm.h"
#include "util/alloc.h"
#include "util/json.h"

static bc_status schema(cJSON *s, struct bc_error *err)
{
  static const char *const drop[] = {"additionalProperties", "minimum", "title",
                                     NULL};
  return bc__llm_schema_rewrite(s, drop, 1, err);
}

/* A model name goes into the URL path, so it must be a plain name. */
static int plain_name(const char *m)
{
  for (; *m; m++)
    if (!((*m >= 'a' && *m <= 'z') || (*m >= 'A' && *m <= 'Z') ||
          (*m >= '0' && *m <= '9') || *m == '-' || *m == '.' || *m == '_'))
      return 0;
  return 1;
}

static bc_status build(const struct bc__llm *llm, const char *system,
                       const char *user, size_t max_tokens,
                       struct bc__llm_call *call, struct bc_error *err)
{
  cJSON *root = cJSON_CreateObject(), *si, *parts, *p, *contents, *c, *gc,
        *sc = NULL;
  struct bc_buf url = BC_BUF_INIT(8192);
  const char *model = llm->model;
  if (strncmp(model, "models/", 7) == 0)
    model += 7;
  if (!plain_name(model)) {
    cJSON_Delete(root);
    return bc_error_set(err, BC_ERR_USAGE, "gemini: invalid model name '%.80s'",
                        llm->model);
  }
  if (!root)
    goto oom;
  sc = cJSON_Parse(llm->schema);
  if (!sc || !(si = cJSON_AddObjectToObject(root, "systemInstruction")) ||
      !(parts = cJSON_AddArrayToObject(si, "parts")) ||
      !(p = cJSON_CreateObject()))
    goto oom;
  cJSON_AddItemToArray(parts, p);
  if (!bc__json_add_str(p, "text", system) ||
      !(contents = cJSON_AddArrayToObject(root, "contents")) ||
      !(c = cJSON_CreateObject()))
    goto oom;
  cJSON_AddItemToArray(contents, c);
  if (!bc__json_add_str(c, "role", "user") ||
      !(parts = cJSON_AddArrayToObject(c, "parts")) ||
      !(p = cJSON_CreateObject()))
    goto oom;
  cJSON_AddItemToArray(parts, p);
  if (!bc__json_add_str(p, "text", user) ||
      !(gc = cJSON_AddObjectToObject(root, "generationConfig")) ||
      !bc__json_add_str(gc, "responseMimeType", "application/json") ||
      !cJSON_AddItemToObject(gc, "responseSchema", sc))
    goto oom;
  sc = NULL;
  if (!bc__json_add_size(gc, "maxOutputTokens", max_tokens))
    goto oom;
  call->body = cJSON_PrintUnformatted(root);
  if (!call->body)
    goto oom;
  call->body_len = strlen(call->body);
  bc_buf_addf(&url, "%s/v1beta/models/%s:generateContent", llm->base, model);
  call->url = bc_buf_take(&url, NULL);
  call->headers[0] = bc__llm_header("Content-Type", "application/json");
  call->headers[1] = bc__llm_header("x-goog-api-key", llm->key ? llm->key : "");
  if (!call->url || !call->headers[0] || !call->headers[1])
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
  const cJSON *cand, *parts, *part, *fb;
  const char *finish, *block = NULL;
  struct bc_buf text = BC_BUF_INIT(BC_MAX_JSON_BYTES);
  bc_status rc = BC_OK;
  if (bc__json_parse(body, len, "answer", &root, NULL))
    return bc_error_set(err, BC_ERR_PROVIDER,
                        "gemini: the answer is not JSON (%zu bytes)", len);
  memset(out, 0, sizeof(*out));
  fb = cJSON_GetObjectItemCaseSensitive(root, "promptFeedback");
  block = bc__json_get_str(fb, "blockReason");
  cand = cJSON_GetArrayItem(
      cJSON_GetObjectItemCaseSensitive(root, "candidates"), 0);
  finish = bc__json_get_str(cand, "finishReason");
  if (block || (finish && (strcmp(finish, "SAFETY") == 0 ||
                           strcmp(finish, "RECITATION") == 0 ||
                           strcmp(finish, "PROHIBITED_CONTENT") == 0 ||
                           strcmp(finish, "BLOCKLIST") == 0))) {
    struct bc_buf b = BC_BUF_INIT(256);
    bc_buf_addf(&b, "blocked (%s)", block ? block : finish);
    out->refusal = bc_buf_take(&b, NULL);
    if (!out->refusal)
      goto oom;
    goto tokens;
  }
  if (!cand) {
    rc = bc_error_set(err, BC_ERR_PROVIDER,
                      "gemini: the answer has no candidates");
    goto out;
  }
  out->truncated = finish && strcmp(finish, "MAX_TOKENS") == 0;
  parts = cJSON_GetObjectItemCaseSensitive(
      cJSON_GetObjectItemCaseSensitive(cand, "content"), "parts");
  cJSON_ArrayForEach(part, parts)
  {
    const char *t = bc__json_get_str(part, "text");
    if (t)
      bc_buf_adds(&text, t);
  }
  if (bc_buf_status(&text))
    goto oom;
  out->text = bc_buf_take(&text, NULL);
  if (!out->text)
    goto oom;
tokens:
  bc__llm_read_usage(cJSON_GetObjectItemCaseSensitive(root, "usageMetadata"),
                     "promptTokenCount", "candidatesTokenCount", out);
  goto out;
oom:
  bc__llm_answer_release(out);
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  bc_buf_release(&text);
  cJSON_Delete(root);
  return rc;
}

const struct bc__llm_wire bc__wire_gemini = {
    "gemini",
    "gemini-2.5-flash",
    "https://generativelanguage.googleapis.com",
    "GEMINI_API_KEY",
    1,
    1000000,
    schema,
    build,
    parse};
