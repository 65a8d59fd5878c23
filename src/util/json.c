/* json.c - strict parsing and deterministic printing over cJSON.  cJSON's own
 * error pointer is a process global; we use the thread-safe end pointer of
 * cJSON_ParseWithLengthOpts instead.  cJSON allocates through the
 * allocation seam (util/alloc.h), so out-of-memory tests reach it. */
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "util/alloc.h"
#include "util/json.h"

/* cJSON's allocator is process-wide: set once, when the library is
 * loaded, before any JSON is made.  The seam's functions are malloc and
 * free unless a test injects failures. */
__attribute__((constructor)) static void json_hooks(void)
{
  cJSON_Hooks h = {bc__malloc, bc__free};
  cJSON_InitHooks(&h);
}

bc_status bc__json_parse(const char *text, size_t len, const char *name,
                         cJSON **out, struct bc_error *err)
{
  return bc__json_parse_max(text, len, name, BC_MAX_JSON_BYTES, out, err);
}

bc_status bc__json_parse_max(const char *text, size_t len, const char *name,
                             size_t max, cJSON **out, struct bc_error *err)
{
  const char *end = NULL;
  cJSON *root;
  size_t i;
  long failed;
  if (len > max)
    return bc_error_set(err, BC_ERR_LIMIT, "cannot parse '%s': over %zu MiB",
                        name, max / (1024 * 1024));
  failed = bc__alloc_failures();
  root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
  if (!root && bc__alloc_failures() != failed)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot parse '%s': out of memory",
                        name);
  if (!root) {
    size_t at = end && end >= text ? (size_t)(end - text) : 0;
    return bc_error_set(err, BC_ERR_PARSE,
                        "cannot parse '%s': invalid JSON at byte %zu", name,
                        at);
  }
  /* cJSON stops after the first value; anything but whitespace after it is
   * an error, not something to ignore. */
  i = end ? (size_t)(end - text) : len;
  while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' ||
                     text[i] == '\t' || text[i] == '\0'))
    i++;
  if (i < len) {
    cJSON_Delete(root);
    return bc_error_set(err, BC_ERR_PARSE,
                        "cannot parse '%s': unexpected data after JSON at "
                        "byte %zu",
                        name, i);
  }
  *out = root;
  return BC_OK;
}

char *bc__json_print(const cJSON *root)
{
  char *s = cJSON_Print(root);
  size_t n;
  char *t;
  if (!s)
    return NULL;
  n = strlen(s);
  t = bc__realloc(s, n + 2);
  if (!t) {
    free(s);
    return NULL;
  }
  t[n] = '\n';
  t[n + 1] = '\0';
  return t;
}

cJSON *bc__json_add_str(cJSON *obj, const char *key, const char *val)
{
  return cJSON_AddStringToObject(obj, key, val ? val : "");
}

cJSON *bc__json_add_size(cJSON *obj, const char *key, size_t val)
{
  return cJSON_AddNumberToObject(obj, key, (double)val);
}

const char *bc__json_get_str(const cJSON *obj, const char *key)
{
  const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);
  return cJSON_IsString(it) ? it->valuestring : NULL;
}
