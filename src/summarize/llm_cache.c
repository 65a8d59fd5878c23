/* llm_cache.c - the on-disk answer cache and the price table.  An entry is
 * a small JSON file named by the sha256 of everything that shapes the
 * answer (provider, the URL it goes to, model, prompt template version,
 * the request body), so
 * a re-run costs nothing and any change misses.  Only answers that passed
 * the schema are stored. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "summarize/llm.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/json.h"
#include "util/sha256.h"

#define CACHE_FORMAT "briefcast-llm-cache/1"

void bc__llm_cache_key(const char *provider, const char *url, const char *model,
                       const char *tpl_version, const char *body, size_t len,
                       char hex[65])
{
  struct bc__sha256 h;
  unsigned char d[32];
  bc__sha256_init(&h);
  bc__sha256_update(&h, CACHE_FORMAT, sizeof(CACHE_FORMAT));
  bc__sha256_update(&h, provider, strlen(provider) + 1);
  bc__sha256_update(&h, url ? url : "", url ? strlen(url) + 1 : 1);
  bc__sha256_update(&h, model, strlen(model) + 1);
  bc__sha256_update(&h, tpl_version, strlen(tpl_version) + 1);
  bc__sha256_update(&h, body, len);
  bc__sha256_final(&h, d);
  for (int i = 0; i < 32; i++)
    snprintf(hex + 2 * i, 3, "%02x", d[i]);
}

/* dir/llm/ab/abcdef....json; caller frees. */
static char *entry_path(const char *dir, const char *key, char **subdir)
{
  size_t n = strlen(dir) + strlen(key) + 16;
  char *p = bc__malloc(n), *d = bc__malloc(n);
  if (!p || !d) {
    free(p);
    free(d);
    return NULL;
  }
  snprintf(d, n, "%s/llm/%.2s", dir, key);
  snprintf(p, n, "%s/%s.json", d, key);
  if (subdir)
    *subdir = d;
  else
    free(d);
  return p;
}

int bc__llm_cache_get(const char *dir, const char *key,
                      struct bc__llm_answer *ans)
{
  char *path = entry_path(dir, key, NULL), *data = NULL;
  cJSON *root = NULL;
  const cJSON *in, *out;
  const char *text;
  size_t len;
  int hit = 0;
  if (!path)
    return 0;
  /* A missing, unreadable or damaged entry is a miss, never an error: the
   * cache only saves money. */
  if (bc__fs_read(path, BC_MAX_JSON_BYTES, &data, &len, NULL) != BC_OK)
    goto out;
  if (bc__json_parse(data, len, path, &root, NULL) != BC_OK)
    goto out;
  text = bc__json_get_str(root, "answer");
  in = cJSON_GetObjectItemCaseSensitive(root, "input_tokens");
  out = cJSON_GetObjectItemCaseSensitive(root, "output_tokens");
  if (!text || !cJSON_IsNumber(in) || !cJSON_IsNumber(out))
    goto out;
  memset(ans, 0, sizeof(*ans));
  ans->text = bc__strdup(text);
  if (!ans->text)
    goto out;
  ans->input_tokens = in->valuedouble > 0 ? (size_t)in->valuedouble : 0;
  ans->output_tokens = out->valuedouble > 0 ? (size_t)out->valuedouble : 0;
  hit = 1;
out:
  cJSON_Delete(root);
  free(data);
  free(path);
  return hit;
}

bc_status bc__llm_cache_put(const char *dir, const char *key,
                            const struct bc__llm_answer *ans,
                            struct bc_error *err)
{
  char *sub = NULL, *path = entry_path(dir, key, &sub), *text = NULL;
  cJSON *root = NULL;
  bc_status rc;
  if (!path) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  rc = bc__fs_mkdirs(sub, err);
  if (rc)
    goto out;
  root = cJSON_CreateObject();
  if (!root || !bc__json_add_str(root, "format", CACHE_FORMAT) ||
      !bc__json_add_str(root, "answer", ans->text) ||
      !bc__json_add_size(root, "input_tokens", ans->input_tokens) ||
      !bc__json_add_size(root, "output_tokens", ans->output_tokens) ||
      !(text = bc__json_print(root))) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  rc = bc__fs_write_atomic(path, text, strlen(text), err);
out:
  free(text);
  cJSON_Delete(root);
  free(path);
  free(sub);
  return rc;
}

/* ---- prices ---------------------------------------------------------- */

/* Next tab-separated field of line [*p, end); sets *len. */
static const char *field(const char **p, const char *end, size_t *len)
{
  const char *s = *p, *t = s;
  while (t < end && *t != '\t')
    t++;
  *len = (size_t)(t - s);
  *p = t < end ? t + 1 : t;
  return s;
}

static int parse_price(const char *s, size_t len, double *v)
{
  char tmp[32], *end;
  if (len == 0 || len >= sizeof(tmp))
    return -1;
  memcpy(tmp, s, len);
  tmp[len] = '\0';
  *v = strtod(tmp, &end);
  while (*end == ' ' || *end == '\r')
    end++;
  return *end || *v < 0 ? -1 : 0;
}

int bc__llm_price(const char *tsv, const char *provider, const char *model,
                  double *in_per_m, double *out_per_m)
{
  const char *p = tsv;
  size_t best = 0, plen = strlen(provider), mlen = strlen(model);
  int found = -1;
  while (p && *p) {
    const char *eol = strchr(p, '\n'), *end = eol ? eol : p + strlen(p);
    const char *q = p, *prov, *mod, *pin, *pout;
    size_t lp, lm, li, lo;
    double vi, vo;
    p = eol ? eol + 1 : end;
    if (*q == '#' || q == end)
      continue;
    prov = field(&q, end, &lp);
    mod = field(&q, end, &lm);
    pin = field(&q, end, &li);
    pout = field(&q, end, &lo);
    if (lp != plen || memcmp(prov, provider, lp) != 0)
      continue;
    if (parse_price(pin, li, &vi) || parse_price(pout, lo, &vo))
      continue;
    /* Exact name, else the longest listed prefix, else "*". */
    if (lm == 1 && mod[0] == '*') {
      if (found < 0) {
        *in_per_m = vi;
        *out_per_m = vo;
        found = 0;
      }
      continue;
    }
    if (lm <= mlen && memcmp(mod, model, lm) == 0 && lm + 1 > best) {
      best = lm + 1;
      *in_per_m = vi;
      *out_per_m = vo;
      found = 0;
    }
  }
  return found;
}
