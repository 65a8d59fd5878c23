/* batch_expand.c - from the inputs a user names (files, directories, URLs,
 * feeds, list files) to the list of documents a batch or a run works on,
 * each with a folder name and a stable key.  It ingests but never runs the
 * pipeline, and one bad input never stops the others. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "briefcast/batch.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/sha256.h"

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
  grown = bc_realloc(s->v, (s->n + 1) * sizeof(char *));
  if (!grown) {
    free(str);
    return -1;
  }
  s->v = grown;
  s->v[s->n++] = str;
  return 0;
}

static int strv_has(const struct strv *s, const char *str)
{
  for (size_t i = 0; i < s->n; i++)
    if (strcmp(s->v[i], str) == 0)
      return 1;
  return 0;
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
      if (skip && st.st_dev == skip->st_dev && st.st_ino == skip->st_ino)
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
static char *unique_folder(const struct bc_doc *doc, struct strv *used)
{
  char *slug = bc_doc_slug(doc), *name;
  size_t n;
  if (!slug)
    return NULL;
  n = strlen(slug) + 24;
  name = bc_malloc(n);
  if (!name) {
    free(slug);
    return NULL;
  }
  snprintf(name, n, "%s", slug);
  for (unsigned k = 2; strv_has(used, name); k++)
    snprintf(name, n, "%s-%u", slug, k);
  free(slug);
  if (strv_push(used, name))
    return NULL;
  return bc_strdup(name);
}

static struct bc_batch_item *grow(struct bc_batch_list *l)
{
  struct bc_batch_item *it =
      bc_realloc(l->items, (l->n + 1) * sizeof(struct bc_batch_item));
  if (!it)
    return NULL;
  l->items = it;
  it = &l->items[l->n++];
  memset(it, 0, sizeof(*it));
  return it;
}

/* Ingest one input (a file, URL, feed or list) and append its documents,
 * or one failed item. */
static bc_status add_input(const char *input, const struct bc_ingest_opts *o,
                           struct strv *used, struct bc_batch_list *out)
{
  struct bc_doclist docs = BC_DOCLIST_INIT;
  struct bc_error e = BC_ERROR_INIT;
  struct bc_batch_item *it;
  bc_status rc = bc_ingest(input, o, &docs, &e);
  if (rc) {
    if (rc == BC_ERR_NOMEM || !(it = grow(out)))
      return BC_ERR_NOMEM;
    it->error = e;
    if (!(it->input = bc_strdup(input)) || !(it->key = bc_strdup(input)))
      return BC_ERR_NOMEM;
    return BC_OK;
  }
  for (size_t d = 0; d < docs.n; d++) {
    struct bc_doc *doc = docs.docs[d];
    size_t klen;
    if (!(it = grow(out)) || !(it->input = bc_strdup(input)))
      goto nomem;
    if (!has_body(doc)) {
      bc_error_set(&it->error, BC_ERR_INPUT,
                   "cannot summarize '%s': '%s' has a title but no text", input,
                   doc->title ? doc->title : "");
      if (!(it->key = bc_strdup(input)))
        goto nomem;
      continue;
    }
    if (!(it->folder = unique_folder(doc, used)))
      goto nomem;
    /* One document per input is known by the input; several (a feed's
     * entries) each by input and folder, and by their own text's digest,
     * so editing one entry of a feed redoes only that entry. */
    if (docs.n == 1) {
      it->key = bc_strdup(input);
      memcpy(it->sha256, doc->sha256, sizeof(it->sha256));
    } else {
      klen = strlen(input) + strlen(it->folder) + 2;
      if ((it->key = bc_malloc(klen)) != NULL)
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

bc_status bc_batch_expand(const char *const *inputs, size_t n,
                          const struct bc_ingest_opts *opts, int dirs,
                          const char *skip, struct bc_batch_list *out,
                          struct bc_error *err)
{
  struct bc_batch_list l = BC_BATCH_LIST_INIT;
  struct strv used = {NULL, 0};
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
        rc = (it->input = bc_strdup(inputs[i])) &&
                     (it->key = bc_strdup(inputs[i]))
                 ? BC_OK
                 : BC_ERR_NOMEM;
      }
    }
    if (files.n)
      qsort(files.v, files.n, sizeof(char *), by_str);
    for (size_t f = 0; f < files.n && !rc; f++)
      rc = add_input(files.v[f], opts, &used, &l);
    strv_release(&files);
  }
  strv_release(&used);
  if (rc) {
    bc_batch_list_release(&l);
    return bc_error_set(err, BC_ERR_NOMEM,
                        "cannot list the inputs: out of "
                        "memory");
  }
  *out = l;
  return BC_OK;
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
