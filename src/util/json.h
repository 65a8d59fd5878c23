/* json.h - the JSON layer: the only place briefcast touches cJSON directly
 * for parsing policy.  Parsing is strict (no trailing garbage, bounded size)
 * and printing is deterministic. */
#ifndef BC_UTIL_JSON_H
#define BC_UTIL_JSON_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "briefcast/error.h"

/* Parse exactly one JSON value from text[0..len).  Errors: BC_ERR_PARSE with
 * "cannot parse 'NAME': ... at byte N", BC_ERR_LIMIT above
 * BC_MAX_JSON_BYTES.  *out belongs to the caller (cJSON_Delete). */
bc_status bc__json_parse(const char *text, size_t len, const char *name,
                         cJSON **out, struct bc_error *err);
/* The same with a cap of max bytes instead of BC_MAX_JSON_BYTES (for a
 * batch manifest, which grows with the batch). */
bc_status bc__json_parse_max(const char *text, size_t len, const char *name,
                             size_t max, cJSON **out, struct bc_error *err);

/* Pretty-printed text with a trailing newline; caller frees with free().
 * NULL on out-of-memory. */
char *bc__json_print(const cJSON *root);

/* Add a string (NULL becomes ""); returns the new item or NULL on OOM. */
cJSON *bc__json_add_str(cJSON *obj, const char *key, const char *val);

/* Add an integer-valued number (sizes, offsets). */
cJSON *bc__json_add_size(cJSON *obj, const char *key, size_t val);

/* Typed lookups; NULL when absent or of another type. */
const char *bc__json_get_str(const cJSON *obj, const char *key);

#endif
