/* batch_manifest.c - the batch manifest: what became of each document, in
 * DIR/manifest.json (or one file per shard), read to resume and merged
 * when shards are done.  It records outcomes; it never decides what to
 * run (that is the caller's policy). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/batch.h"
#include "briefcast/limits.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/json.h"

#define SCHEMA "briefcast.manifest/1"

static const char *const state_names[] = {"ok", "failed", "timeout"};
static const char *const time_names[BC_BATCH_N_TIMES] = {
    "total", "analyze", "summarize", "validate", "text", "pdf", "audio"};

static void entry_release(struct bc_batch_entry *e)
{
  free(e->key);
  free(e->input);
  free(e->folder);
  free(e->error);
  free(e->verdict);
}

void bc_manifest_release(struct bc_manifest *m)
{
  if (!m)
    return;
  for (size_t i = 0; i < m->n; i++)
    entry_release(&m->entries[i]);
  free(m->entries);
  m->entries = NULL;
  m->n = 0;
}

const struct bc_batch_entry *bc_manifest_find(const struct bc_manifest *m,
                                              const char *key)
{
  for (size_t i = 0; i < m->n; i++)
    if (strcmp(m->entries[i].key, key) == 0)
      return &m->entries[i];
  return NULL;
}

bc_status bc_manifest_put(struct bc_manifest *m, const struct bc_batch_entry *e,
                          struct bc_error *err)
{
  struct bc_batch_entry c = *e, *slot;
  int bad = 0;
  c.key = bc_strdup_checked(e->key, &bad);
  c.input = bc_strdup_checked(e->input, &bad);
  c.folder = bc_strdup_checked(e->folder, &bad);
  c.error = bc_strdup_checked(e->error, &bad);
  c.verdict = bc_strdup_checked(e->verdict, &bad);
  if (bad || !c.key)
    goto nomem;
  slot = (struct bc_batch_entry *)bc_manifest_find(m, e->key);
  if (slot) {
    entry_release(slot);
    *slot = c;
    return BC_OK;
  }
  slot = bc_realloc(m->entries, (m->n + 1) * sizeof(*slot));
  if (!slot)
    goto nomem;
  m->entries = slot;
  m->entries[m->n++] = c;
  return BC_OK;
nomem:
  entry_release(&c);
  return bc_error_set(err, BC_ERR_NOMEM, "cannot record '%s': out of memory",
                      e->key ? e->key : "");
}

char *bc_manifest_name(unsigned k, unsigned n)
{
  char name[64];
  if (n == 0)
    return bc_strdup("manifest.json");
  snprintf(name, sizeof(name), "manifest-%u-of-%u.json", k, n);
  return bc_strdup(name);
}

/* --- writing ------------------------------------------------------------ */

static int by_key(const void *a, const void *b)
{
  return strcmp(((const struct bc_batch_entry *)a)->key,
                ((const struct bc_batch_entry *)b)->key);
}

/* Seconds with millisecond precision: enough for timings, and stable text. */
static cJSON *add_secs(cJSON *obj, const char *key, double s)
{
  return cJSON_AddNumberToObject(
      obj, key, (double)(long long)(s * 1000.0 + 0.5) / 1000.0);
}

static int entry_json(cJSON *arr, const struct bc_batch_entry *e)
{
  cJSON *o = cJSON_CreateObject(), *t;
  if (!o || !cJSON_AddItemToArray(arr, o))
    return cJSON_Delete(o), -1;
  if (!bc__json_add_str(o, "key", e->key) ||
      !bc__json_add_str(o, "input", e->input) ||
      !(e->folder ? bc__json_add_str(o, "folder", e->folder)
                  : cJSON_AddNullToObject(o, "folder")) ||
      !bc__json_add_str(o, "sha256", e->sha256) ||
      !bc__json_add_str(o, "status", state_names[e->state]) ||
      !cJSON_AddNumberToObject(o, "exit_code", e->exit_code) ||
      !(e->error ? bc__json_add_str(o, "error", e->error)
                 : cJSON_AddNullToObject(o, "error")) ||
      !(e->verdict ? bc__json_add_str(o, "verdict", e->verdict)
                   : cJSON_AddNullToObject(o, "verdict")) ||
      !bc__json_add_size(o, "errors", e->errors) ||
      !bc__json_add_size(o, "warnings", e->warnings) ||
      !add_secs(o, "audio_seconds", e->audio_seconds) ||
      !bc__json_add_str(o, "finished", e->finished) ||
      !(t = cJSON_AddObjectToObject(o, "seconds")))
    return -1;
  for (int i = 0; i < BC_BATCH_N_TIMES; i++)
    if (!add_secs(t, time_names[i], e->times[i]))
      return -1;
  return 0;
}

/* Create the folder path is in, as the first document of a batch may not
 * have done yet. */
static bc_status mkdir_of(const char *path, struct bc_error *err)
{
  const char *slash = strrchr(path, '/');
  char *dir;
  bc_status rc;
  if (!slash || slash == path)
    return BC_OK;
  if (!(dir = bc_strndup(path, (size_t)(slash - path))))
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  rc = bc__fs_mkdirs(dir, err);
  free(dir);
  return rc;
}

bc_status bc_manifest_save(const struct bc_manifest *m, const char *path,
                           struct bc_error *err)
{
  cJSON *root = cJSON_CreateObject(), *arr;
  struct bc_batch_entry *sorted = NULL;
  char *text = NULL;
  bc_status rc;
  if (!root || !bc__json_add_str(root, "schema", SCHEMA))
    goto nomem;
  if (m->shard_n) {
    char shard[48];
    snprintf(shard, sizeof(shard), "%u/%u", m->shard_k, m->shard_n);
    if (!bc__json_add_str(root, "shard", shard))
      goto nomem;
  }
  if (!cJSON_AddBoolToObject(root, "complete", m->complete) ||
      !(arr = cJSON_AddArrayToObject(root, "documents")))
    goto nomem;
  /* Sorted by key, so the file diffs cleanly from run to run whatever
   * order the documents finished in. */
  if (m->n) {
    if (!(sorted = bc_malloc(m->n * sizeof(*sorted))))
      goto nomem;
    memcpy(sorted, m->entries, m->n * sizeof(*sorted));
    qsort(sorted, m->n, sizeof(*sorted), by_key);
  }
  for (size_t i = 0; i < m->n; i++)
    if (entry_json(arr, &sorted[i]))
      goto nomem;
  if (!(text = bc__json_print(root)))
    goto nomem;
  rc = mkdir_of(path, err);
  if (!rc)
    rc = bc__fs_write_atomic(path, text, strlen(text), err);
  free(text);
  free(sorted);
  cJSON_Delete(root);
  return rc;
nomem:
  free(sorted);
  cJSON_Delete(root);
  return bc_error_set(err, BC_ERR_NOMEM, "cannot write '%s': out of memory",
                      path);
}

/* --- reading ------------------------------------------------------------ */

static double num(const cJSON *o, const char *key)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsNumber(v) ? v->valuedouble : 0.0;
}

static bc_status entry_parse(const cJSON *o, const char *path,
                             struct bc_manifest *m, struct bc_error *err)
{
  struct bc_batch_entry e;
  const char *key = bc__json_get_str(o, "key"),
             *status = bc__json_get_str(o, "status"),
             *sha = bc__json_get_str(o, "sha256");
  const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "seconds");
  int state = -1;
  memset(&e, 0, sizeof(e));
  for (int i = 0; status && i < 3; i++)
    if (strcmp(status, state_names[i]) == 0)
      state = i;
  if (!key || !*key || state < 0 || !sha || strlen(sha) >= sizeof(e.sha256))
    return bc_error_set(err, BC_ERR_SCHEMA,
                        "cannot read '%s': a document without key, status "
                        "or sha256",
                        path);
  e.key = (char *)key;
  e.input = (char *)bc__json_get_str(o, "input");
  e.folder = (char *)bc__json_get_str(o, "folder");
  e.error = (char *)bc__json_get_str(o, "error");
  e.verdict = (char *)bc__json_get_str(o, "verdict");
  snprintf(e.sha256, sizeof(e.sha256), "%s", sha);
  e.state = (enum bc_batch_state)state;
  e.exit_code = (int)num(o, "exit_code");
  e.errors = (size_t)num(o, "errors");
  e.warnings = (size_t)num(o, "warnings");
  e.audio_seconds = num(o, "audio_seconds");
  snprintf(e.finished, sizeof(e.finished), "%s",
           bc__json_get_str(o, "finished") ? bc__json_get_str(o, "finished")
                                           : "");
  for (int i = 0; cJSON_IsObject(t) && i < BC_BATCH_N_TIMES; i++)
    e.times[i] = num(t, time_names[i]);
  return bc_manifest_put(m, &e, err);
}

bc_status bc_manifest_load(const char *path, struct bc_manifest *m,
                           struct bc_error *err)
{
  struct bc_manifest l = BC_MANIFEST_INIT;
  char *text = NULL;
  size_t len;
  cJSON *root = NULL;
  const cJSON *docs, *d, *c;
  const char *schema, *shard;
  bc_status rc;
  FILE *probe = fopen(path, "rb");
  bc_manifest_release(m);
  *m = l;
  if (!probe)
    return BC_OK; /* nothing done yet */
  fclose(probe);
  rc = bc__fs_read(path, BC_MAX_JSON_BYTES, &text, &len, err);
  if (!rc)
    rc = bc__json_parse(text, len, path, &root, err);
  free(text);
  if (rc)
    return rc;
  schema = bc__json_get_str(root, "schema");
  docs = cJSON_GetObjectItemCaseSensitive(root, "documents");
  if (!schema || strcmp(schema, SCHEMA) != 0 || !cJSON_IsArray(docs)) {
    cJSON_Delete(root);
    return bc_error_set(err, BC_ERR_SCHEMA,
                        "cannot read '%s': not a " SCHEMA " manifest", path);
  }
  shard = bc__json_get_str(root, "shard");
  if (shard && sscanf(shard, "%u/%u", &l.shard_k, &l.shard_n) != 2)
    l.shard_k = l.shard_n = 0;
  c = cJSON_GetObjectItemCaseSensitive(root, "complete");
  l.complete = cJSON_IsTrue(c);
  cJSON_ArrayForEach(d, docs)
  {
    rc = entry_parse(d, path, &l, err);
    if (rc) {
      bc_manifest_release(&l);
      cJSON_Delete(root);
      return rc;
    }
  }
  cJSON_Delete(root);
  *m = l;
  return BC_OK;
}

/* --- merging shards ----------------------------------------------------- */

/* Take every entry of from into to; for a key in both, the one finished
 * later wins (the ISO UTC times compare as strings). */
static bc_status absorb(struct bc_manifest *to, const struct bc_manifest *from,
                        struct bc_error *err)
{
  for (size_t i = 0; i < from->n; i++) {
    const struct bc_batch_entry *have =
        bc_manifest_find(to, from->entries[i].key);
    bc_status rc;
    if (have && strcmp(have->finished, from->entries[i].finished) > 0)
      continue;
    rc = bc_manifest_put(to, &from->entries[i], err);
    if (rc)
      return rc;
  }
  return BC_OK;
}

bc_status bc_manifest_merge(const char *dir, int require_complete,
                            size_t *shards_seen, int *all_complete,
                            struct bc_error *err)
{
  struct bc_manifest all = BC_MANIFEST_INIT, one = BC_MANIFEST_INIT;
  unsigned split = 0;
  size_t seen = 0, complete = 0;
  unsigned char *have = NULL;
  char *path = NULL;
  struct dirent *de;
  bc_status rc = BC_OK;
  int whole = 0, ok;
  DIR *d = opendir(dir);
  if (!d)
    return bc_error_set(err, BC_ERR_IO, "cannot read directory '%s'", dir);
  if (!(path = bc__fs_join(dir, "manifest.json")))
    goto nomem;
  rc = bc_manifest_load(path, &all, err);
  whole = all.n > 0;
  all.shard_k = all.shard_n = 0;
  /* A shard file says which split it belongs to; only shards of one split
   * (the one with the most files seen first) make a complete set. */
  while (!rc && (de = readdir(d)) != NULL) {
    unsigned k, n;
    char tail[8];
    if (sscanf(de->d_name, "manifest-%u-of-%u.%7s", &k, &n, tail) != 3 ||
        strcmp(tail, "json") != 0 || k < 1 || k > n || n > 100000)
      continue;
    free(path);
    if (!(path = bc__fs_join(dir, de->d_name)))
      goto nomem;
    rc = bc_manifest_load(path, &one, err);
    if (rc)
      break;
    seen++;
    rc = absorb(&all, &one, err);
    if (split == 0) {
      split = n;
      if (!(have = bc_calloc(n, 1)))
        goto nomem;
    }
    if (n == split && one.complete && !have[k - 1]) {
      have[k - 1] = 1;
      complete++;
    }
  }
  closedir(d);
  d = NULL;
  bc_manifest_release(&one);
  ok = split > 0 && complete == split;
  if (!rc && !seen && !whole)
    rc = bc_error_set(err, BC_ERR_INPUT, "no manifest in '%s'", dir);
  if (!rc && (ok || !require_complete)) {
    all.complete = ok || (!seen && all.complete);
    free(path);
    if (!(path = bc__fs_join(dir, "manifest.json")))
      goto nomem;
    rc = bc_manifest_save(&all, path, err);
  }
  if (!rc) {
    if (shards_seen)
      *shards_seen = seen;
    if (all_complete)
      *all_complete = ok;
  }
  free(have);
  free(path);
  bc_manifest_release(&all);
  return rc;
nomem:
  if (d)
    closedir(d);
  free(have);
  free(path);
  bc_manifest_release(&all);
  bc_manifest_release(&one);
  return bc_error_set(err, BC_ERR_NOMEM,
                      "cannot merge manifests in '%s': out "
                      "of memory",
                      dir);
}
