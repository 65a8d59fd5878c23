/* batch_expand.c - from the inputs a user names (files, directories, URLs,
 * feeds, list files) to the list of documents a batch or a run works on,
 * each with a folder name and a stable key.  It ingests but never runs the
 * pipeline, and one bad input never stops the others. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "briefcast/batch.h"
#include "briefcast/limits.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/http.h"
#include "util/sha256.h"
#include "util/strmap.h"

/* A growable array of owned strings. */
struct strv {
  char **v;
  size_t n;
};

static void strv_release(struct strv *s)
{
  for (size_t i = 0; i < s->n; i++)
    free(s->v[i]);
  free(s->v);
  s->v = NULL;
  s->n = 0;
}

/* Append s (taken over; freed on failure).  -1 on out-of-memory. */
static int strv_push(struct strv *s, char *str)
{
  char **grown;
  if (!str)
    return -1;
  grown = bc__realloc(s->v, (s->n + 1) * sizeof(char *));
  if (!grown) {
    free(str);
    return -1;
  }
  s->v = grown;
  s->v[s->n++] = str;
  return 0;
}

/* The folder names given so far: owned strings, and a map over them so a
 * batch of n documents costs O(n) to name, not O(n^2). */
struct names {
  struct strv v;
  struct bc__strmap map;
};

static int names_has(const struct names *u, const char *s)
{
  return bc__strmap_get(&u->map, s) != NULL;
}

/* Record s (taken over); -1 on out-of-memory. */
static int names_add(struct names *u, char *s)
{
  if (strv_push(&u->v, s))
    return -1;
  return bc__strmap_put(&u->map, u->v.v[u->v.n - 1], 0);
}

static void names_release(struct names *u)
{
  bc__strmap_release(&u->map);
  strv_release(&u->v);
}

static int by_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_doc_name(const char *name)
{
  static const char *const exts[] = {".md", ".markdown", ".txt", ".html",
                                     ".htm"};
  const char *dot = strrchr(name, '.');
  if (!dot)
    return 0;
  for (size_t i = 0; i < sizeof(exts) / sizeof(exts[0]); i++)
    if (strcmp(dot, exts[i]) == 0)
      return 1;
  return 0;
}

/* Nonzero if path/name begins with marker within its first bytes: a file
 * briefcast wrote (its schema id comes first). */
static int written_by_us(const char *dir, const char *name, const char *marker)
{
  char head[512], *path = bc__fs_join(dir, name);
  size_t n = 0;
  FILE *f = path ? fopen(path, "rb") : NULL;
  free(path);
  if (!f)
    return 0;
  n = fread(head, 1, sizeof(head) - 1, f);
  fclose(f);
  head[n] = '\0';
  return strstr(head, marker) != NULL;
}

/* A folder briefcast wrote: a batch's output (its manifest) or one
 * document's (its summary.json).  Its brief.md and brief.html are ours,
 * not sources: `batch in -o in/out` and then `batch in -o in/out2` must
 * not summarize the first run's briefs. */
static int output_folder(const char *dir)
{
  return written_by_us(dir, "manifest.json", "\"briefcast.manifest/") ||
         written_by_us(dir, "summary.json", "\"briefcast.summary/");
}

/* Every document file below dir into files (unsorted).  A subdirectory
 * that cannot be read is skipped silently only when it is not dir itself:
 * the user named dir, so that one is an error.  Returns BC_OK,
 * BC_ERR_IO or BC_ERR_NOMEM. */
static bc_status walk(const char *dir, const struct stat *skip, int top,
                      struct strv *files, struct bc_error *err)
{
  DIR *d = opendir(dir);
  struct dirent *de;
  bc_status rc = BC_OK;
  if (!d)
    return top ? bc_error_set(err, BC_ERR_IO, "cannot read directory '%s'", dir)
               : BC_OK;
  while (!rc && (de = readdir(d)) != NULL) {
    struct stat st;
    char *path;
    if (de->d_name[0] == '.')
      continue; /* ".", "..", and hidden files such as .git */
    path = bc__fs_join(dir, de->d_name);
    if (!path) {
      rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
      break;
    }
    /* lstat: a symbolic link to a directory could loop; one to a file is
     * followed. */
    if (lstat(path, &st) != 0 ||
        (S_ISLNK(st.st_mode) &&
         (stat(path, &st) != 0 || !S_ISREG(st.st_mode)))) {
      free(path);
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      if ((skip && st.st_dev == skip->st_dev && st.st_ino == skip->st_ino) ||
          output_folder(path))
        free(path);
      else {
        rc = walk(path, skip, 0, files, err);
        free(path);
      }
    } else if (S_ISREG(st.st_mode) && is_doc_name(de->d_name)) {
      if (strv_push(files, path))
        rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    } else {
      free(path);
    }
  }
  closedir(d);
  return rc;
}

/* A document of headings only (a feed entry that carries just its title,
 * a Markdown file with one heading) has nothing to summarize. */
static int has_body(const struct bc_doc *doc)
{
  for (size_t i = 0; i < doc->n_blocks; i++)
    if (doc->blocks[i].kind != BC_BLOCK_HEADING)
      return 1;
  return 0;
}

/* The document's slug, made unique among used ("-2", "-3"); recorded in
 * used.  NULL on out-of-memory. */
static char *unique_folder(const struct bc_doc *doc, struct names *used)
{
  char *slug = bc_doc_slug(doc), *name;
  size_t n;
  if (!slug)
    return NULL;
  n = strlen(slug) + 24;
  name = bc__malloc(n);
  if (!name) {
    free(slug);
    return NULL;
  }
  snprintf(name, n, "%s", slug);
  for (unsigned k = 2; names_has(used, name); k++)
    snprintf(name, n, "%s-%u", slug, k);
  free(slug);
  if (names_add(used, name))
    return NULL;
  return bc__strdup(name);
}

/* One more item; the array doubles (its capacity is implied by n: a
 * power of two from 8 up), so n items cost O(n) to collect. */
static struct bc_batch_item *grow(struct bc_batch_list *l)
{
  struct bc_batch_item *it;
  if (l->n < 8 || (l->n & (l->n - 1)) == 0) {
    size_t cap = l->n < 8 ? 8 : l->n * 2;
    it = bc__realloc(l->items, cap * sizeof(struct bc_batch_item));
    if (!it)
      return NULL;
    l->items = it;
  }
  it = &l->items[l->n++];
  memset(it, 0, sizeof(*it));
  return it;
}

/* The input as a manifest, a message or a key may show it: a URL without
 * its user:password or secret query values.  New string; NULL on OOM. */
static char *shown_input(const char *input)
{
  if (strncasecmp(input, "http://", 7) == 0 ||
      strncasecmp(input, "https://", 8) == 0)
    return bc__http_public_url(input);
  return bc__strdup(input);
}

/* Ingest one input (a file, URL, feed or list: arg as given) and append
 * its documents, or one failed item, known by input (arg as shown). */
static bc_status add_docs(const char *arg, const char *input,
                          const struct bc_ingest_opts *o, struct names *used,
                          struct bc_batch_list *out)
{
  struct bc_doclist docs = BC_DOCLIST_INIT;
  struct bc_error e = BC_ERROR_INIT;
  struct bc_batch_item *it;
  bc_status rc = bc_ingest(arg, o, &docs, &e);
  if (rc) {
    if (rc == BC_ERR_NOMEM || !(it = grow(out)))
      return BC_ERR_NOMEM;
    it->error = e;
    if (!(it->input = bc__strdup(input)) || !(it->key = bc__strdup(input)))
      return BC_ERR_NOMEM;
    return BC_OK;
  }
  for (size_t d = 0; d < docs.n; d++) {
    struct bc_doc *doc = docs.docs[d];
    size_t klen;
    if (!(it = grow(out)) || !(it->input = bc__strdup(input)))
      goto nomem;
    if (!has_body(doc)) {
      bc_error_set(&it->error, BC_ERR_INPUT,
                   "cannot summarize '%s': '%s' has a title but no text", input,
                   doc->title ? doc->title : "");
      if (!(it->key = bc__strdup(input)))
        goto nomem;
      continue;
    }
    if (!(it->folder = unique_folder(doc, used)))
      goto nomem;
    /* One document per input is known by the input; several (a feed's
     * entries) each by input and folder, and by their own text's digest,
     * so editing one entry of a feed redoes only that entry. */
    if (docs.n == 1) {
      it->key = bc__strdup(input);
      memcpy(it->sha256, doc->sha256, sizeof(it->sha256));
    } else {
      klen = strlen(input) + strlen(it->folder) + 2;
      if ((it->key = bc__malloc(klen)) != NULL)
        snprintf(it->key, klen, "%s#%s", input, it->folder);
      bc__sha256_hex(doc->text, doc->text_len, it->sha256);
    }
    if (!it->key)
      goto nomem;
    it->doc = doc;
    docs.docs[d] = NULL;
  }
  bc_doclist_release(&docs);
  return BC_OK;
nomem:
  bc_doclist_release(&docs);
  return BC_ERR_NOMEM;
}

static bc_status add_input(const char *arg, const struct bc_ingest_opts *o,
                           struct names *used, struct bc_batch_list *out)
{
  char *input = shown_input(arg);
  bc_status rc;
  if (!input)
    return BC_ERR_NOMEM;
  rc = add_docs(arg, input, o, used, out);
  free(input);
  return rc;
}

bc_status bc_batch_expand(const char *const *inputs, size_t n,
                          const struct bc_ingest_opts *opts, int dirs,
                          const char *skip, struct bc_batch_list *out,
                          struct bc_error *err)
{
  struct bc_batch_list l = BC_BATCH_LIST_INIT;
  struct names used = {{NULL, 0}, BC__STRMAP_INIT};
  struct stat skip_st, st;
  bc_status rc = BC_OK;
  int have_skip = skip && stat(skip, &skip_st) == 0;

  for (size_t i = 0; i < n && !rc; i++) {
    struct strv files = {NULL, 0};
    struct bc_error e = BC_ERROR_INIT;
    if (!dirs || stat(inputs[i], &st) != 0 || !S_ISDIR(st.st_mode)) {
      rc = add_input(inputs[i], opts, &used, &l);
      continue;
    }
    rc = walk(inputs[i], have_skip ? &skip_st : NULL, 1, &files, &e);
    if (rc == BC_ERR_IO || (rc == BC_OK && files.n == 0)) {
      struct bc_batch_item *it = grow(&l);
      if (!it) {
        rc = BC_ERR_NOMEM;
      } else {
        if (rc == BC_OK)
          bc_error_set(&e, BC_ERR_INPUT,
                       "'%s' holds no .md, .markdown, .txt, .html or .htm "
                       "file",
                       inputs[i]);
        it->error = e;
        rc = (it->input = bc__strdup(inputs[i])) &&
                     (it->key = bc__strdup(inputs[i]))
                 ? BC_OK
                 : BC_ERR_NOMEM;
      }
    }
    if (files.n)
      qsort(files.v, files.n, sizeof(char *), by_str);
    for (size_t f = 0; f < files.n && !rc; f++) {
      rc = add_input(files.v[f], opts, &used, &l);
      if (!rc && l.n > BC_MAX_BATCH_DOCS)
        rc = BC_ERR_LIMIT;
    }
    strv_release(&files);
    if (!rc && l.n > BC_MAX_BATCH_DOCS)
      rc = BC_ERR_LIMIT;
  }
  names_release(&used);
  if (rc) {
    bc_batch_list_release(&l);
    if (rc == BC_ERR_LIMIT)
      return bc_error_set(err, BC_ERR_LIMIT,
                          "cannot list the inputs: more than %d documents "
                          "(split them into several batches)",
                          BC_MAX_BATCH_DOCS);
    return bc_error_set(err, BC_ERR_NOMEM,
                        "cannot list the inputs: out of "
                        "memory");
  }
  *out = l;
  return BC_OK;
}

/* Nonzero if name is slug itself or slug-N: a folder of that document's
 * family. */
static int of_family(const char *name, const char *slug)
{
  size_t n = strlen(slug);
  if (strncmp(name, slug, n) != 0)
    return 0;
  if (!name[n])
    return 1;
  if (name[n] != '-' || !name[n + 1])
    return 0;
  for (const char *p = name + n + 1; *p; p++)
    if (*p < '0' || *p > '9')
      return 0;
  return 1;
}

/* Nonzero if outdir/name holds something no manifest accounts for: a
 * folder with files (an earlier run's outputs whose record is gone), or
 * anything that is not a folder.  An empty folder is free (a run stopped
 * before the document wrote anything). */
static int busy(const char *outdir, const char *name)
{
  char *path = bc__fs_join(outdir, name);
  struct stat st;
  int taken = 1;
  if (!path)
    return 1;
  if (lstat(path, &st) != 0) {
    taken = errno != ENOENT;
  } else if (S_ISDIR(st.st_mode)) {
    DIR *d = opendir(path);
    struct dirent *de;
    taken = !d;
    while (d && (de = readdir(d)) != NULL)
      if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
        taken = 1;
        break;
      }
    if (d)
      closedir(d);
  }
  free(path);
  return taken;
}

bc_status bc_batch_claim_folders(struct bc_batch_list *l,
                                 const struct bc_manifest *const *ms,
                                 size_t n_ms, const char *outdir,
                                 struct bc_error *err)
{
  struct bc__strmap owner = BC__STRMAP_INIT; /* folder -> manifest entry */
  struct names used = {{NULL, 0}, BC__STRMAP_INIT};
  const struct bc_batch_entry **ents = NULL;
  size_t n_ents = 0, total = 0;
  char *slug = NULL, *name = NULL;
  bc_status rc = BC_OK;

  for (size_t k = 0; k < n_ms; k++)
    total += ms[k] ? ms[k]->n : 0;
  if (total && !(ents = bc__calloc(total, sizeof(*ents))))
    goto nomem;
  /* The run's own manifest first: for a folder in several, it wins. */
  for (size_t k = 0; k < n_ms; k++)
    for (size_t i = 0; ms[k] && i < ms[k]->n; i++) {
      const struct bc_batch_entry *e = &ms[k]->entries[i];
      if (!e->folder || bc__strmap_get(&owner, e->folder))
        continue;
      ents[n_ents] = e;
      if (bc__strmap_put(&owner, e->folder, n_ents++))
        goto nomem;
    }
  for (size_t i = 0; i < l->n; i++) {
    struct bc_batch_item *it = &l->items[i];
    const struct bc_batch_entry *rec = NULL;
    const size_t *o;
    size_t room;
    if (!it->folder || !it->doc)
      continue;
    for (size_t k = 0; !rec && k < n_ms; k++)
      rec = ms[k] ? bc_manifest_find(ms[k], it->key) : NULL;
    if (!(slug = bc_doc_slug(it->doc)))
      goto nomem;
    room = strlen(slug) + 24;
    if (!(name = bc__malloc(room)))
      goto nomem;
    /* The folder an earlier run gave this document, if it is still its
     * own: a re-run finds its outputs there (and skips it). */
    if (rec && rec->folder && of_family(rec->folder, slug) &&
        !names_has(&used, rec->folder) &&
        (o = bc__strmap_get(&owner, rec->folder)) != NULL &&
        strcmp(ents[*o]->key, it->key) == 0) {
      snprintf(name, room, "%s", rec->folder);
    } else {
      /* Else the first name of its family that this run has not given,
       * no manifest gives another document, and nothing unrecorded
       * occupies: never another document's folder, from this run or an
       * earlier one. */
      for (unsigned k = 1;; k++) {
        if (k == 1)
          snprintf(name, room, "%s", slug);
        else
          snprintf(name, room, "%s-%u", slug, k);
        if (names_has(&used, name))
          continue;
        o = bc__strmap_get(&owner, name);
        if (o ? strcmp(ents[*o]->key, it->key) != 0 : busy(outdir, name))
          continue;
        break;
      }
    }
    free(slug);
    slug = NULL;
    if (strcmp(name, it->folder) != 0) {
      char *copy = bc__strdup(name);
      if (!copy)
        goto nomem;
      free(it->folder);
      it->folder = copy;
    }
    if (names_add(&used, name)) {
      name = NULL;
      goto nomem;
    }
    name = NULL;
  }
  goto out;
nomem:
  rc =
      bc_error_set(err, BC_ERR_NOMEM, "cannot name the folders: out of memory");
out:
  free(slug);
  free(name);
  free(ents);
  bc__strmap_release(&owner);
  names_release(&used);
  return rc;
}

void bc_batch_list_release(struct bc_batch_list *list)
{
  if (!list)
    return;
  for (size_t i = 0; i < list->n; i++) {
    struct bc_batch_item *it = &list->items[i];
    free(it->input);
    free(it->key);
    free(it->folder);
    bc_doc_free(it->doc);
  }
  free(list->items);
  list->items = NULL;
  list->n = 0;
}

int bc_batch_in_shard(const char *key, unsigned k, unsigned n)
{
  /* FNV-1a, 64 bits: simple, fixed forever, and well spread for keys that
   * differ in a few characters (post-01.md, post-02.md). */
  unsigned long long h = 1469598103934665603ULL;
  for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
    h ^= *p;
    h *= 1099511628211ULL;
  }
  return n > 0 && k >= 1 && k <= n && h % n == k - 1;
}
