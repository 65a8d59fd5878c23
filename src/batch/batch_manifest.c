/* batch_manifest.c - the batch manifest: what became of each document, in
 * DIR/manifest.json (or one file per shard), read to resume and merged
 * when shards are done.  It records outcomes; it never decides what to
 * run (that is the caller's policy). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "briefcast/batch.h"
#include "briefcast/limits.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/json.h"
#include "util/strmap.h"

#define SCHEMA "briefcast.manifest/2"
/* The schema before entries recorded their bc_status: its "exit_code" was
 * a caller's number, which still reads (see code_of). */
#define SCHEMA_1 "briefcast.manifest/1"

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

static struct bc__strmap *index_of(const struct bc_manifest *m)
{
  return (struct bc__strmap *)m->index;
}

void bc_manifest_release(struct bc_manifest *m)
{
  if (!m)
    return;
  for (size_t i = 0; i < m->n; i++)
    entry_release(&m->entries[i]);
  free(m->entries);
  if (m->index) {
    bc__strmap_release(index_of(m));
    free(m->index);
  }
  m->entries = NULL;
  m->index = NULL;
  m->n = m->cap = m->journaled = 0;
}

const struct bc_batch_entry *bc_manifest_find(const struct bc_manifest *m,
                                              const char *key)
{
  const size_t *i = m->index ? bc__strmap_get(index_of(m), key) : NULL;
  return i ? &m->entries[*i] : NULL;
}

bc_status bc_manifest_put(struct bc_manifest *m, const struct bc_batch_entry *e,
                          struct bc_error *err)
{
  struct bc_batch_entry c = *e, *slot;
  int bad = 0;
  c.key = bc__strdup_checked(e->key, &bad);
  c.input = bc__strdup_checked(e->input, &bad);
  c.folder = bc__strdup_checked(e->folder, &bad);
  c.error = bc__strdup_checked(e->error, &bad);
  c.verdict = bc__strdup_checked(e->verdict, &bad);
  if (bad || !c.key)
    goto nomem;
  if (!m->index && !(m->index = bc__calloc(1, sizeof(struct bc__strmap))))
    goto nomem;
  slot = (struct bc_batch_entry *)bc_manifest_find(m, e->key);
  if (slot) {
    /* The map holds the key's string: the new copy's from now (put while
     * the old one is still alive to compare with). */
    if (bc__strmap_put(index_of(m), c.key, (size_t)(slot - m->entries)))
      goto nomem;
    entry_release(slot);
    *slot = c;
    return BC_OK;
  }
  /* The array doubles and the map finds a key in O(1), so recording n
   * documents costs O(n), not O(n^2). */
  if (m->n == m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 16;
    slot = bc__realloc(m->entries, cap * sizeof(*slot));
    if (!slot)
      goto nomem;
    m->entries = slot;
    m->cap = cap;
  }
  if (bc__strmap_put(index_of(m), c.key, m->n))
    goto nomem;
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
    return bc__strdup("manifest.json");
  snprintf(name, sizeof(name), "manifest-%u-of-%u.json", k, n);
  return bc__strdup(name);
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
      !bc__json_add_str(o, "code",
                        bc_status_name(e->code) ? bc_status_name(e->code)
                                                : "BC_ERR_INTERNAL") ||
      !cJSON_AddNumberToObject(o, "signal", e->signal) ||
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
  if (!(dir = bc__strndup(path, (size_t)(slash - path))))
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  rc = bc__fs_mkdirs(dir, err);
  free(dir);
  return rc;
}

/* "PATH.journal": the entries recorded since PATH was last written, one
 * JSON object a line.  New string; NULL on out-of-memory. */
static char *journal_path(const char *path)
{
  size_t n = strlen(path) + sizeof(".journal");
  char *j = bc__malloc(n);
  if (j)
    snprintf(j, n, "%s.journal", path);
  return j;
}

/* The whole manifest as text; NULL on out-of-memory. */
static char *manifest_text(const struct bc_manifest *m)
{
  cJSON *root = cJSON_CreateObject(), *arr;
  struct bc_batch_entry *sorted = NULL;
  char *text = NULL;
  if (!root || !bc__json_add_str(root, "schema", SCHEMA))
    goto out;
  if (m->shard_n) {
    char shard[48];
    snprintf(shard, sizeof(shard), "%u/%u", m->shard_k, m->shard_n);
    if (!bc__json_add_str(root, "shard", shard))
      goto out;
  }
  if (!cJSON_AddBoolToObject(root, "complete", m->complete) ||
      !(arr = cJSON_AddArrayToObject(root, "documents")))
    goto out;
  /* Sorted by key, so the file diffs cleanly from run to run whatever
   * order the documents finished in. */
  if (m->n) {
    if (!(sorted = bc__malloc(m->n * sizeof(*sorted))))
      goto out;
    memcpy(sorted, m->entries, m->n * sizeof(*sorted));
    qsort(sorted, m->n, sizeof(*sorted), by_key);
  }
  for (size_t i = 0; i < m->n; i++)
    if (entry_json(arr, &sorted[i]))
      goto out;
  text = bc__json_print(root);
out:
  free(sorted);
  cJSON_Delete(root);
  return text;
}

bc_status bc_manifest_save(const struct bc_manifest *m, const char *path,
                           struct bc_error *err)
{
  char *text = manifest_text(m), *j;
  size_t len;
  bc_status rc;
  if (!text)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot write '%s': out of memory",
                        path);
  len = strlen(text);
  if (len > BC_MAX_MANIFEST_BYTES) {
    /* Never write what the next run could not read. */
    free(text);
    return bc_error_set(err, BC_ERR_LIMIT,
                        "cannot write '%s': %zu documents make it larger "
                        "than the %zu MiB limit",
                        path, m->n, BC_MAX_MANIFEST_BYTES >> 20);
  }
  rc = mkdir_of(path, err);
  if (!rc)
    rc = bc__fs_write_atomic(path, text, len, err);
  free(text);
  if (rc)
    return rc;
  /* Everything the journal held is in the manifest now. */
  if ((j = journal_path(path)) != NULL)
    unlink(j);
  free(j);
  return BC_OK;
}

static double mono_now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Append e as one line to path's journal and flush it to disk. */
static bc_status journal_append(const struct bc_batch_entry *e,
                                const char *path, struct bc_error *err)
{
  cJSON *arr = cJSON_CreateArray();
  char *line = NULL, *j = journal_path(path);
  bc_status rc = BC_OK;
  int fd = -1, e_no = 0;
  if (!arr || !j || entry_json(arr, e) ||
      !(line = cJSON_PrintUnformatted(cJSON_GetArrayItem(arr, 0)))) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "cannot record '%s': out of memory",
                      e->key);
    goto out;
  }
  rc = mkdir_of(path, err);
  if (rc)
    goto out;
  /* Never through a symbolic link, and never blocked on a FIFO planted
   * at the name: only a regular file is appended to. */
  fd = open(j,
            O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC,
            0644);
  if (fd >= 0) {
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      close(fd);
      fd = -1;
      errno = EINVAL;
      rc = bc_error_set(err, BC_ERR_OUTPUT,
                        "cannot write '%s': it is not a regular file", j);
      goto out;
    }
  }
  if (fd < 0) {
    e_no = errno;
  } else {
    size_t len = strlen(line);
    line[len] = '\n'; /* replaces the NUL: written by length */
    for (size_t done = 0; done < len + 1 && !e_no;) {
      ssize_t w = write(fd, line + done, len + 1 - done);
      if (w < 0 && errno != EINTR)
        e_no = errno;
      else if (w > 0)
        done += (size_t)w;
    }
    if (!e_no && fdatasync(fd) != 0 && errno != EINVAL)
      e_no = errno;
    if (close(fd) != 0 && !e_no)
      e_no = errno;
  }
  if (e_no)
    rc = bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", j,
                      strerror(e_no));
out:
  free(line);
  free(j);
  cJSON_Delete(arr);
  return rc;
}

bc_status bc_manifest_record(struct bc_manifest *m,
                             const struct bc_batch_entry *e, const char *path,
                             struct bc_error *err)
{
  size_t every;
  double t;
  bc_status rc = bc_manifest_put(m, e, err);
  if (rc)
    return rc;
  rc = journal_append(e, path, err);
  if (rc)
    return rc;
  m->journaled++;
  /* The whole file is rewritten after a fixed fraction of the entries, so
   * n documents cost O(n) writing in all, and after a pause long against
   * the last rewrite's own cost, so it is never far behind yet never more
   * than a tenth of the run. */
  every = m->n / 8 > 16 ? m->n / 8 : 16;
  t = mono_now();
  if (m->saved_at == 0)
    m->saved_at = t; /* the clock starts at the first record */
  if (m->journaled < every &&
      (t - m->saved_at < 5.0 || t - m->saved_at < 10.0 * m->save_seconds))
    return BC_OK;
  rc = bc_manifest_save(m, path, err);
  if (!rc) {
    m->journaled = 0;
    m->saved_at = mono_now();
    m->save_seconds = m->saved_at - t;
  }
  return rc;
}

/* --- reading ------------------------------------------------------------ */

static double num(const cJSON *o, const char *key)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsNumber(v) ? v->valuedouble : 0.0;
}

/* The outcome an entry records: its "code" (a bc_status_name) and
 * "signal".  An entry of a briefcast.manifest/1 file (or of a journal it
 * left) has a caller's "exit_code" instead, whose one documented rule was
 * 128+N for a process killed by signal N: it reads as BC_OK when ok, else
 * as BC_ERR_INTERNAL, and so does a name this version does not know. */
static bc_status code_of(const cJSON *o, enum bc_batch_state state, int *sig)
{
  const char *name = bc__json_get_str(o, "code");
  double old = num(o, "exit_code");
  if (name) {
    double n = num(o, "signal");
    *sig = n > 0 && n < 128 ? (int)n : 0;
    for (int c = BC_OK; c <= BC_ERR_INTERNAL; c++)
      if (strcmp(name, bc_status_name((bc_status)c)) == 0)
        return (bc_status)c;
  } else {
    *sig = old > 128 && old < 256 ? (int)old - 128 : 0;
  }
  return state == BC_BATCH_OK ? BC_OK : BC_ERR_INTERNAL;
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
  e.code = code_of(o, e.state, &e.signal);
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

/* Apply path's journal (the entries recorded after the manifest was last
 * written) to l.  A last line cut short (the run died while appending) is
 * dropped: its document simply runs again. */
static bc_status journal_replay(const char *path, struct bc_manifest *l,
                                struct bc_error *err)
{
  char *j = journal_path(path), *text = NULL;
  size_t len = 0, i = 0, lineno = 0;
  struct stat st;
  bc_status rc = BC_OK;
  if (!j)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                        path);
  if (lstat(j, &st) != 0) {
    free(j);
    return BC_OK;
  }
  /* The journal is ours to append to: anything but a regular file there
   * (a link, a FIFO that would block the read) is refused. */
  rc = bc__fs_check_target(j, err);
  if (!rc)
    rc = bc__fs_read(j, BC_MAX_MANIFEST_BYTES, &text, &len, err);
  while (!rc && i < len) {
    size_t e = i;
    cJSON *obj = NULL;
    while (e < len && text[e] != '\n')
      e++;
    lineno++;
    if (e > i) {
      struct bc_error perr = BC_ERROR_INIT;
      if (bc__json_parse(text + i, e - i, j, &obj, &perr) ||
          !cJSON_IsObject(obj)) {
        cJSON_Delete(obj);
        if (e < len)
          rc = bc_error_set(err, BC_ERR_PARSE,
                            "cannot read '%s': line %zu is not a manifest "
                            "entry",
                            j, lineno);
        break; /* else the torn last line */
      }
      rc = entry_parse(obj, j, l, err);
      cJSON_Delete(obj);
      l->complete = 0;
    }
    i = e + 1;
  }
  free(text);
  free(j);
  return rc;
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
  struct stat st;
  bc_status rc;
  bc_manifest_release(m);
  *m = l;
  if (lstat(path, &st) != 0)
    return journal_replay(path, m, err); /* nothing saved yet */
  /* A manifest is read to be replaced: a link or FIFO planted at its name
   * is refused before it is opened (a FIFO would block the read). */
  rc = bc__fs_check_target(path, err);
  if (!rc)
    rc = bc__fs_read(path, BC_MAX_MANIFEST_BYTES, &text, &len, err);
  if (!rc)
    rc = bc__json_parse_max(text, len, path, BC_MAX_MANIFEST_BYTES, &root, err);
  free(text);
  if (rc)
    return rc;
  schema = bc__json_get_str(root, "schema");
  docs = cJSON_GetObjectItemCaseSensitive(root, "documents");
  if (!schema || (strcmp(schema, SCHEMA) && strcmp(schema, SCHEMA_1)) ||
      !cJSON_IsArray(docs)) {
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
  rc = journal_replay(path, &l, err);
  if (rc) {
    bc_manifest_release(&l);
    return rc;
  }
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

/* DIR/.briefcast-merge.lock, held (flock, waiting for it); the
 * descriptor, or -1 with err set. */
static int merge_lock(const char *dir, struct bc_error *err)
{
  char *path = bc__fs_join(dir, ".briefcast-merge.lock");
  int fd =
      path ? open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC,
                  0644)
           : -1;
  struct stat st;
  if (fd >= 0 && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
    close(fd);
    fd = -1;
    errno = EINVAL;
  }
  if (!path) {
    bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    return -1;
  }
  if (fd < 0)
    bc_error_set(err, BC_ERR_OUTPUT, "cannot lock '%s': %s", path,
                 strerror(errno));
  while (fd >= 0 && flock(fd, LOCK_EX) != 0) {
    if (errno == EINTR)
      continue;
    bc_error_set(err, BC_ERR_OUTPUT, "cannot lock '%s': %s", path,
                 strerror(errno));
    close(fd);
    fd = -1;
  }
  free(path);
  return fd;
}

/* A shard manifest's name, "manifest-K-of-N.json": K and N, or 0. */
static int shard_name(const char *name, unsigned *k, unsigned *n)
{
  char tail[8];
  return sscanf(name, "manifest-%u-of-%u.%7s", k, n, tail) == 3 &&
         strcmp(tail, "json") == 0 && *k >= 1 && *k <= *n &&
         *n <= BC_MAX_SHARDS;
}

struct shard_file {
  unsigned k, n;
  char *name;
};

static int shard_cmp(const void *a, const void *b)
{
  const struct shard_file *x = a, *y = b;
  if (x->n != y->n)
    return x->n < y->n ? -1 : 1;
  return x->k < y->k ? -1 : x->k > y->k;
}

/* The shard manifests in d, sorted by split and shard (so that a merge
 * reads them in the same order on every machine, whatever readdir
 * returns), in *out; *n_out of them.  Errors: BC_ERR_NOMEM. */
static bc_status shard_files(DIR *d, struct shard_file **out, size_t *n_out)
{
  struct shard_file *v = NULL;
  size_t n = 0, cap = 0;
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    unsigned k, sn;
    if (!shard_name(de->d_name, &k, &sn))
      continue;
    if (n == cap) {
      size_t c = cap ? cap * 2 : 8;
      struct shard_file *nv = bc__realloc(v, c * sizeof(*v));
      if (!nv)
        goto nomem;
      v = nv;
      cap = c;
    }
    if (!(v[n].name = bc__strdup(de->d_name)))
      goto nomem;
    v[n].k = k;
    v[n].n = sn;
    n++;
  }
  if (n)
    qsort(v, n, sizeof(*v), shard_cmp);
  *out = v;
  *n_out = n;
  return BC_OK;
nomem:
  while (n)
    free(v[--n].name);
  free(v);
  return BC_ERR_NOMEM;
}

bc_status bc_manifest_merge(const char *dir, int require_complete,
                            size_t *shards_seen, int *all_complete,
                            struct bc_error *err)
{
  struct bc_manifest all = BC_MANIFEST_INIT, one = BC_MANIFEST_INIT;
  struct shard_file *files = NULL;
  size_t n_files = 0, complete = 0;
  unsigned split = 0;
  unsigned char *have = NULL;
  char *path = NULL;
  bc_status rc = BC_OK;
  int whole = 0, ok;
  DIR *d = opendir(dir);
  int lock;
  if (!d)
    return bc_error_set(err, BC_ERR_IO, "cannot read directory '%s': %s", dir,
                        strerror(errno));
  /* One merge at a time: two shards that end together both merge, and
   * each must read what the other wrote. */
  lock = merge_lock(dir, err);
  if (lock < 0) {
    closedir(d);
    return err ? err->code : BC_ERR_OUTPUT;
  }
  rc = shard_files(d, &files, &n_files);
  closedir(d);
  if (rc)
    goto nomem;
  /* Every shard file must belong to one split: shards of two splits
   * would each count the other's documents, and neither set says whether
   * the batch is whole. */
  if (n_files) {
    split = files[0].n;
    if (files[n_files - 1].n != split) {
      rc = bc_error_set(err, BC_ERR_INPUT,
                        "cannot merge '%s': it holds shard manifests of "
                        "different splits (%s and %s); remove the old ones",
                        dir, files[0].name, files[n_files - 1].name);
      goto out;
    }
    if (!(have = bc__calloc(split, 1)))
      goto nomem;
  }
  if (!(path = bc__fs_join(dir, "manifest.json")))
    goto nomem;
  rc = bc_manifest_load(path, &all, err);
  whole = all.n > 0;
  all.shard_k = all.shard_n = 0;
  for (size_t i = 0; !rc && i < n_files; i++) {
    free(path);
    if (!(path = bc__fs_join(dir, files[i].name)))
      goto nomem;
    rc = bc_manifest_load(path, &one, err);
    if (!rc)
      rc = absorb(&all, &one, err);
    if (!rc && one.complete && !have[files[i].k - 1]) {
      have[files[i].k - 1] = 1;
      complete++;
    }
  }
  bc_manifest_release(&one);
  ok = split > 0 && complete == split;
  if (!rc && !n_files && !whole)
    rc = bc_error_set(err, BC_ERR_INPUT, "no manifest in '%s'", dir);
  if (!rc && (ok || !require_complete)) {
    all.complete = ok || (!n_files && all.complete);
    free(path);
    if (!(path = bc__fs_join(dir, "manifest.json")))
      goto nomem;
    rc = bc_manifest_save(&all, path, err);
  }
  if (!rc) {
    if (shards_seen)
      *shards_seen = n_files;
    if (all_complete)
      *all_complete = ok;
  }
  goto out;
nomem:
  rc = bc_error_set(err, BC_ERR_NOMEM,
                    "cannot merge manifests in '%s': out of memory", dir);
out:
  close(lock);
  while (n_files)
    free(files[--n_files].name);
  free(files);
  free(have);
  free(path);
  bc_manifest_release(&all);
  bc_manifest_release(&one);
  return rc;
}
