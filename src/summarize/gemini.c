/* gemini.c - the Google Gemini generateContent wire format: JSON output
 * through responseMimeType and a responseSchema in Gemini's OpenAPI subset,
 * with thinking set explicitly for each model family.  The key travels in
 * the x-goog-api-key header, never in the URL.
 *
 * Relied on (@google/genai 3.1.0, dist/genai.d.ts): GenerationConfig
 * (maxOutputTokens, thinkingConfig), ThinkingConfig ("thinkingBudget ...
 * 0 is DISABLED"; thinkingLevel), enum ThinkingLevel, Schema (no
 * additionalProperties), enum FinishReason and enum BlockedReason, and
 * GenerateContentResponseUsageMetadata (thoughtsTokenCount apart from
 * candidatesTokenCount; promptTokenCount includes cachedContentTokenCount).
 */
#include <stdio.h>
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

/* Thinking, per model family.  Left unset, Gemini 2.5 thinks dynamically
 * and its thoughts use up maxOutputTokens, so the answer comes back empty
 * with MAX_TOKENS.  Gemini 2.5 takes a token budget (0 turns it off on
 * Flash and Flash-Lite; 2.5 Pro cannot turn it off, its least is 128);
 * Gemini 3 and later take a level instead (sending both is an error):
 * MINIMAL is Flash-Lite's own default, LOW the least every Gemini 3 model
 * accepts (3 Pro takes only LOW and HIGH).  reserve is what maxOutputTokens
 * gets on top of the answer's budget: a level caps nothing, so it is an
 * allowance, and MAX_TOKENS then names the thinking it used. */
struct thinking {
  int budget;        /* thinkingBudget, or -2 for none */
  const char *level; /* thinkingLevel, or NULL */
  size_t reserve;
};

static struct thinking thinking_for(const char *model)
{
  struct thinking t = {-2, NULL, 0};
  unsigned major = 0, minor = 0;
  if (strncmp(model, "models/", 7) == 0)
    model += 7;
  if (sscanf(model, "gemini-%u.%u", &major, &minor) < 1)
    return t; /* not a Gemini name (a tuned model): leave it be */
  if (major >= 3) {
    int lite = strstr(model, "flash-lite") != NULL;
    t.level = lite ? "MINIMAL" : "LOW";
    t.reserve = lite ? 2048 : 8192;
  } else if (major == 2 && minor >= 5) {
    int pro = strstr(model, "-pro") != NULL;
    t.budget = pro ? 1024 : 0;
    t.reserve = pro ? 1024 : 0;
  }
  return t;
}

static size_t thinking(const char *model)
{
  return thinking_for(model).reserve;
}

static bc_status build(const struct bc__llm *llm, const char *system,
                       const char *user, size_t max_tokens,
                       struct bc__llm_call *call, struct bc_error *err)
{
  cJSON *root = cJSON_CreateObject(), *si, *parts, *p, *contents, *c, *gc, *tc,
        *sc = NULL;
  struct bc_buf url = BC_BUF_INIT(8192);
  const char *model = llm->model;
  const char *pairs[] = {"x-goog-api-key", llm->key ? llm->key : "", NULL};
  struct thinking th = thinking_for(model);
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
  /* Thinking shares maxOutputTokens with the answer: the answer keeps its
   * whole budget. */
  if (!bc__json_add_size(gc, "maxOutputTokens", max_tokens + th.reserve))
    goto oom;
  if (th.level || th.budget >= 0) {
    if (!(tc = cJSON_AddObjectToObject(gc, "thinkingConfig")))
      goto oom;
    if (th.level && !bc__json_add_str(tc, "thinkingLevel", th.level))
      goto oom;
    if (!th.level && !cJSON_AddNumberToObject(tc, "thinkingBudget", th.budget))
      goto oom;
  }
  bc_buf_addf(&url, "%s/v1beta/models/%s:generateContent", llm->base, model);
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

/* finishReason: every value of enum FinishReason. */
static const struct {
  const char *value;
  enum bc__llm_stop stop;
  const char *why;
} finish_table[] = {
    {"STOP", BC__LLM_ANSWERED, NULL},
    {"MAX_TOKENS", BC__LLM_CUT, NULL},
    {"CONTINUATION", BC__LLM_CUT,
     "the answer reached the per-request token limit"},
    {"SAFETY", BC__LLM_BLOCKED, "the answer may break a safety policy"},
    {"RECITATION", BC__LLM_BLOCKED, "the answer recited other text"},
    {"BLOCKLIST", BC__LLM_BLOCKED, "the answer holds forbidden terms"},
    {"PROHIBITED_CONTENT", BC__LLM_BLOCKED,
     "the answer may hold prohibited content"},
    {"SPII", BC__LLM_BLOCKED,
     "the answer may hold sensitive personal information"},
    {"IMAGE_SAFETY", BC__LLM_BLOCKED, "an image may break a safety policy"},
    {"IMAGE_PROHIBITED_CONTENT", BC__LLM_BLOCKED,
     "an image may hold prohibited content"},
    {"IMAGE_RECITATION", BC__LLM_BLOCKED, "an image recited other work"},
    {"LANGUAGE", BC__LLM_NO_ANSWER,
     "the text is in a language the model does not support"},
    {"MALFORMED_FUNCTION_CALL", BC__LLM_NO_ANSWER,
     "the model tried a malformed tool call; none was offered"},
    {"UNEXPECTED_TOOL_CALL", BC__LLM_NO_ANSWER,
     "the model tried a tool call; none was offered"},
    {"TOO_MANY_TOOL_CALLS", BC__LLM_NO_ANSWER,
     "the model tried too many tool calls; none was offered"},
    {"MALFORMED_RESPONSE", BC__LLM_NO_ANSWER, "the response was malformed"},
    {"OTHER", BC__LLM_NO_ANSWER, "Gemini gives no reason"},
    {"FINISH_REASON_UNSPECIFIED", BC__LLM_NO_ANSWER, "Gemini gives no reason"},
    {"IMAGE_OTHER", BC__LLM_NO_ANSWER, "an image failed"},
    {"NO_IMAGE", BC__LLM_NO_ANSWER, "an image was expected"},
};

static void read_finish(const char *finish, int has_text,
                        struct bc__llm_answer *out)
{
  for (size_t i = 0; finish && i < sizeof(finish_table) / sizeof(finish_table[0]);
       i++)
    if (strcmp(finish, finish_table[i].value) == 0) {
      bc__llm_set_stop(out, finish_table[i].stop, "finishReason", finish,
                       finish_table[i].why);
      return;
    }
  if (!finish && has_text) {
    bc__llm_set_stop(out, BC__LLM_ANSWERED, "finishReason", NULL, NULL);
    return;
  }
  bc__llm_set_stop(out, has_text ? BC__LLM_ANSWERED : BC__LLM_NO_ANSWER,
                   "finishReason", finish, "not a documented finish reason");
}

static bc_status parse(const char *body, size_t len, struct bc__llm_answer *out,
                       struct bc_error *err)
{
  cJSON *root = NULL;
  const cJSON *cand, *parts, *part, *fb, *usage;
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
  if (block) {
    /* enum BlockedReason: the prompt itself was blocked, so there is no
     * candidate at all. */
    bc__llm_set_stop(out, BC__LLM_BLOCKED, "blockReason", block,
                     "Gemini blocked the prompt");
    goto tokens;
  }
  if (!cand) {
    rc = bc_error_set(err, BC_ERR_PROVIDER,
                      "gemini: the answer has no candidates");
    goto out;
  }
  /* Thought parts (thought: true) are the model's thinking, not its
   * answer; they come only with includeThoughts, which briefcast does not
   * set, but are skipped all the same. */
  parts = cJSON_GetObjectItemCaseSensitive(
      cJSON_GetObjectItemCaseSensitive(cand, "content"), "parts");
  cJSON_ArrayForEach(part, parts)
  {
    const char *t = bc__json_get_str(part, "text");
    if (t && !cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(part, "thought")))
      bc_buf_adds(&text, t);
  }
  if (bc_buf_status(&text))
    goto oom;
  read_finish(finish, text.len > 0, out);
  out->text = bc_buf_take(&text, NULL);
  if (!out->text)
    goto oom;
tokens:
  usage = cJSON_GetObjectItemCaseSensitive(root, "usageMetadata");
  bc__llm_add_count(usage, "promptTokenCount", &out->input_tokens);
  bc__llm_add_count(usage, "candidatesTokenCount", &out->output_tokens);
  /* Thoughts are billed as output but counted apart. */
  bc__llm_add_count(usage, "thoughtsTokenCount", &out->output_tokens);
  bc__llm_add_count(usage, "thoughtsTokenCount", &out->thinking_tokens);
  goto out;
oom:
  bc__llm_answer_release(out);
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  bc_buf_release(&text);
  cJSON_Delete(root);
  return rc;
}

/* gemini-3.5-flash-lite: gemini-2.5-flash, the old default, is deprecated,
 * and Google's model page calls 3.5 Flash-Lite "a suitable replacement
 * model for Gemini 2.5 Flash" (1M context, 64k output, minimal thinking by
 * default). */
const struct bc__llm_wire bc__wire_gemini = {
    .name = "gemini",
    .default_model = "gemini-3.5-flash-lite",
    .default_base = "https://generativelanguage.googleapis.com",
    .key_env = "GEMINI_API_KEY",
    .key_required = 1,
    .default_context = 1000000,
    .schema = schema,
    .thinking = thinking,
    .build = build,
    .parse = parse,
};
