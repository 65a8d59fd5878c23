/* llm_schema.c - fit the summary JSON Schema to what each API accepts for
 * structured output: OpenAI's strict mode and Anthropic's tool input take
 * plain JSON Schema without references, Gemini an OpenAPI subset without
 * additionalProperties, $defs or const.  The meaning stays the same; the
 * answer is always checked against the full schema afterwards. */
#include <ctype.h>
#include <string.h>

#include "briefcast/limits.h"
#include "summarize/llm.h"

static bc_status rewrite(cJSON *node, const cJSON *defs,
                         const char *const *drop, int upper, int depth,
                         struct bc_error *err);

/* Replace a {"$ref": "#/$defs/x"} node's members with a copy of x's. */
static bc_status resolve_ref(cJSON *node, const cJSON *defs,
                             struct bc_error *err)
{
  const cJSON *ref = cJSON_GetObjectItemCaseSensitive(node, "$ref");
  const cJSON *def;
  cJSON *copy, *it;
  if (!cJSON_IsString(ref))
    return BC_OK;
  if (strncmp(ref->valuestring, "#/$defs/", 8) != 0 ||
      !(def = cJSON_GetObjectItemCaseSensitive(defs, ref->valuestring + 8)))
    return bc_error_set(err, BC_ERR_SCHEMA,
                        "summary schema: cannot resolve '%.80s'",
                        ref->valuestring);
  cJSON_DeleteItemFromObjectCaseSensitive(node, "$ref");
  copy = cJSON_Duplicate(def, 1);
  if (!copy)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  while ((it = copy->child) != NULL) {
    cJSON_DetachItemViaPointer(copy, it);
    cJSON_AddItemToObject(node, it->string, it);
  }
  cJSON_Delete(copy);
  return BC_OK;
}

static bc_status rewrite(cJSON *node, const cJSON *defs,
                         const char *const *drop, int upper, int depth,
                         struct bc_error *err)
{
  cJSON *c, *next, *props, *type;
  bc_status rc;
  if (!cJSON_IsObject(node))
    return BC_OK;
  if (depth > BC_MAX_SCHEMA_DEPTH)
    return bc_error_set(err, BC_ERR_SCHEMA, "summary schema nests too deep");
  rc = resolve_ref(node, defs, err);
  if (rc)
    return rc;
  /* const -> enum of one value (with its type, which Gemini needs). */
  c = cJSON_GetObjectItemCaseSensitive(node, "const");
  if (c) {
    cJSON *arr = cJSON_CreateArray(), *v = cJSON_Duplicate(c, 1);
    if (!arr || !v) {
      cJSON_Delete(arr);
      cJSON_Delete(v);
      return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    }
    cJSON_AddItemToArray(arr, v);
    cJSON_DeleteItemFromObjectCaseSensitive(node, "const");
    cJSON_AddItemToObject(node, "enum", arr);
    if (!cJSON_GetObjectItemCaseSensitive(node, "type") && cJSON_IsString(v))
      cJSON_AddStringToObject(node, "type", "string");
  }
  for (c = node->child; c; c = next) {
    next = c->next;
    for (int i = 0; drop && drop[i]; i++)
      if (strcmp(c->string, drop[i]) == 0) {
        cJSON_Delete(cJSON_DetachItemViaPointer(node, c));
        c = NULL;
        break;
      }
  }
  type = cJSON_GetObjectItemCaseSensitive(node, "type");
  if (upper && cJSON_IsString(type))
    for (char *p = type->valuestring; *p; p++)
      *p = (char)toupper((unsigned char)*p);
  /* Gemini takes string enums as {"type": "STRING", "format": "enum"}. */
  if (upper && cJSON_IsString(type) &&
      strcmp(type->valuestring, "STRING") == 0 &&
      cJSON_GetObjectItemCaseSensitive(node, "enum") &&
      !cJSON_GetObjectItemCaseSensitive(node, "format") &&
      !cJSON_AddStringToObject(node, "format", "enum"))
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  props = cJSON_GetObjectItemCaseSensitive(node, "properties");
  if (cJSON_IsObject(props)) {
    cJSON *order = upper ? cJSON_CreateArray() : NULL;
    for (c = props->child; c; c = c->next) {
      rc = rewrite(c, defs, drop, upper, depth + 1, err);
      if (rc) {
        cJSON_Delete(order);
        return rc;
      }
      if (order)
        cJSON_AddItemToArray(order, cJSON_CreateString(c->string));
    }
    if (order)
      cJSON_AddItemToObject(node, "propertyOrdering", order);
  }
  c = cJSON_GetObjectItemCaseSensitive(node, "items");
  if (c) {
    rc = rewrite(c, defs, drop, upper, depth + 1, err);
    if (rc)
      return rc;
  }
  return BC_OK;
}

bc_status bc__llm_schema_rewrite(cJSON *schema, const char *const *drop,
                                 int upper_types, struct bc_error *err)
{
  cJSON *defs = cJSON_DetachItemFromObjectCaseSensitive(schema, "$defs");
  bc_status rc;
  cJSON_DeleteItemFromObjectCaseSensitive(schema, "$schema");
  cJSON_DeleteItemFromObjectCaseSensitive(schema, "$id");
  rc = rewrite(schema, defs, drop, upper_types, 0, err);
  cJSON_Delete(defs);
  return rc;
}
