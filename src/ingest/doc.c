/* doc.c - the document model: building text and blocks together (so every
 * span is exact by construction), freeing, JSON serialization and the safe
 * folder name.  Parsing of any input format lives elsewhere. */

#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/json.h"
#include "util/sha256.h"
#include "util/utf8.h"

void bc__docb_init(struct bc__docb *b, size_t max_bytes)
{
  memset(b, 0, sizeof(*b));
  bc_buf_init(&b->text, max_bytes ? max_bytes : BC_MAX_DOC_BYTES);
}

void bc__docb_release(struct bc__docb *b)
{
  size_t max = b->text.max;
  bc_buf_release(&b->text);
  free(b->blocks);
  memset(b, 0, sizeof(*b));
  b->text.max = max;
}

static void fail(struct bc__docb *b, bc_status rc)
{
  if (!b->rc)
    b->rc = rc;
}

void bc__docb_begin(struct bc__docb *b, enum bc_block_kind kind, int level)
{
  if (b->open)
    bc__docb_end(b);
  b->open = 1;
  b->started = 0;
  b->pending_space = 0;
  b->kind = kind;
  b->level = level;
}

/* The first visible byte of a block emits the separator from the previous
 * block, so empty blocks never leave stray blank lines behind. */
static void start_content(struct bc__docb *b)
{
  if (!b->open)
    bc__docb_begin(b, BC_BLOCK_PARAGRAPH, 0);
  if (!b->started) {
    if (b->text.len > 0 && bc_buf_add(&b->text, "\n\n", 2))
      fail(b, bc_buf_status(&b->text));
    b->start = b->text.len;
    b->started = 1;
    b->pending_space = 0;
  } else if (b->pending_space) {
    if (bc_buf_addc(&b->text, ' '))
      fail(b, bc_buf_status(&b->text));
    b->pending_space = 0;
  }
}

void bc__docb_text(struct bc__docb *b, const char *s, size_t len)
{
  size_t i = 0, run = 0;
  if (b->rc)
    return;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    size_t ws = 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v')
      ws = 1;
    else if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
      ws = 2; /* U+00A0 no-break space */
    if (ws) {
      if (run) {
        start_content(b);
        if (bc_buf_add(&b->text, s + i - run, run))
          fail(b, bc_buf_status(&b->text));
        run = 0;
      }
      b->pending_space = 1;
      i += ws;
      continue;
    }
    if (run == 0 && b->open && b->started && b->pending_space) {
      if (bc_buf_addc(&b->text, ' '))
        fail(b, bc_buf_status(&b->text));
      b->pending_space = 0;
    }
    run++;
    i++;
  }
  if (run) {
    start_content(b);
    if (bc_buf_add(&b->text, s + len - run, run))
      fail(b, bc_buf_status(&b->text));
  }
  if (b->rc)
    return;
}

void bc__docb_raw(struct bc__docb *b, const char *s, size_t len)
{
  for (size_t i = 0; i < len && !b->rc; i++) {
    char c = s[i];
    if (c == '\r')
      continue;
    if (c == '\n') {
      /* Keep single newlines; a blank line inside code would read as a
       * block separator, and a leading newline is meaningless. */
      if (b->started && b->text.len > b->start &&
          b->text.ptr[b->text.len - 1] != '\n' && bc_buf_addc(&b->text, '\n'))
        fail(b, bc_buf_status(&b->text));
      continue;
    }
    if (!b->started) {
      b->pending_space = 0;
      start_content(b);
    }
    if (bc_buf_addc(&b->text, c))
      fail(b, bc_buf_status(&b->text));
  }
}

size_t bc__docb_open_len(const struct bc__docb *b)
{
  return b->open && b->started ? b->text.len - b->start : 0;
}

static void push_block(struct bc__docb *b, size_t start, size_t end)
{
  if (b->n_blocks == b->cap_blocks) {
    size_t ncap = b->cap_blocks ? b->cap_blocks * 2 : 16;
    struct bc_block *nb = bc__realloc(b->blocks, ncap * sizeof(*nb));
    if (!nb) {
      fail(b, BC_ERR_NOMEM);
      return;
    }
    b->blocks = nb;
    b->cap_blocks = ncap;
  }
  b->blocks[b->n_blocks].kind = b->kind;
  b->blocks[b->n_blocks].level = b->level;
  b->blocks[b->n_blocks].span.start = start;
  b->blocks[b->n_blocks].span.end = end;
  b->blocks[b->n_blocks].date = NULL;
  b->blocks[b->n_blocks].aside = 0;
  b->n_blocks++;
}

/* Whether every block so far is a heading: the open one is the text's
 * first paragraph. */
static int first_text(const struct bc__docb *b)
{
  for (size_t i = 0; i < b->n_blocks; i++)
    if (b->blocks[i].kind != BC_BLOCK_HEADING)
      return 0;
  return 1;
}

void bc__docb_end(struct bc__docb *b)
{
  int started = b->started;
  size_t n, dl, rest;
  if (!b->open)
    return;
  b->open = 0;
  b->started = 0;
  b->pending_space = 0;
  if (!started || b->rc)
    return;
  /* Raw text may end in a newline or spaces; the span excludes them. */
  while (b->text.len > b->start && (b->text.ptr[b->text.len - 1] == '\n' ||
                                    b->text.ptr[b->text.len - 1] == ' ' ||
                                    b->text.ptr[b->text.len - 1] == '\t')) {
    b->text.len--;
    b->text.ptr[b->text.len] = '\0';
  }
  if (b->kind != BC_BLOCK_CODE && b->text.len > b->start) {
    bc_status rc;
    b->text.len = b->start +
                  bc__tidy_refs(b->text.ptr + b->start, b->text.len - b->start);
    b->text.ptr[b->text.len] = '\0';
    if ((rc = bc__tidy_months(&b->text, b->start)) != BC_OK) {
      fail(b, rc);
      return;
    }
  }
  if (b->text.len == b->start) {
    /* Only whitespace: take the separator back too. */
    size_t cut = b->start >= 2 ? b->start - 2 : 0;
    b->text.len = cut;
    if (b->text.ptr)
      b->text.ptr[cut] = '\0';
    return;
  }
  n = b->text.len - b->start;
  if (b->kind == BC_BLOCK_PARAGRAPH && first_text(b) &&
      (dl = bc__line_dateline(b->text.ptr + b->start, n, &rest)) != 0 &&
      rest < n) {
    /* "London (CNN)It was ...": the dateline is a line of its own, so the
     * story's first sentence starts with its first word. */
    size_t need = dl + 2 + (n - rest);
    if (need > n && bc_buf_add(&b->text, "  ", need - n)) {
      fail(b, bc_buf_status(&b->text));
      return;
    }
    memmove(b->text.ptr + b->start + dl + 2, b->text.ptr + b->start + rest,
            n - rest);
    memcpy(b->text.ptr + b->start + dl, "\n\n", 2);
    b->text.len = b->start + need;
    b->text.ptr[b->text.len] = '\0';
    push_block(b, b->start, b->start + dl);
    push_block(b, b->start + dl + 2, b->text.len);
    return;
  }
  push_block(b, b->start, b->text.len);
}

void bc__docb_add(struct bc__docb *b, enum bc_block_kind kind, int level,
                  const char *s, size_t len)
{
  bc__docb_begin(b, kind, level);
  bc__docb_text(b, s, len);
  bc__docb_end(b);
}

bc_status bc__docb_finish(struct bc__docb *b, const char *name,
                          struct bc_doc **out, struct bc_error *err)
{
  struct bc_doc *doc = NULL;
  bc__docb_end(b);
  if (b->rc == BC_ERR_LIMIT)
    return bc_error_set(err, BC_ERR_LIMIT,
                        "cannot read '%s': its text is over the %zu MiB limit",
                        name, b->text.max / (1024 * 1024));
  if (b->rc)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                        name);
  doc = bc__calloc(1, sizeof(*doc));
  if (!doc)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                        name);
  doc->text = bc_buf_take(&b->text, &doc->text_len);
  if (!doc->text) {
    free(doc);
    return bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                        name);
  }
  doc->blocks = b->blocks;
  doc->n_blocks = b->n_blocks;
  b->blocks = NULL;
  b->n_blocks = b->cap_blocks = 0;
  *out = doc;
  return BC_OK;
}

void bc_doc_free(struct bc_doc *doc)
{
  if (!doc)
    return;
  free(doc->title);
  free(doc->author);
  free(doc->date);
  free(doc->source);
  free(doc->url);
  free(doc->text);
  for (size_t i = 0; i < doc->n_blocks; i++)
    free(doc->blocks[i].date);
  free(doc->blocks);
  free(doc);
}

void bc_doclist_release(struct bc_doclist *list)
{
  if (!list)
    return;
  for (size_t i = 0; i < list->n; i++)
    bc_doc_free(list->docs[i]);
  free(list->docs);
  list->docs = NULL;
  list->n = 0;
}

bc_status bc__doclist_push(struct bc_doclist *list, struct bc_doc *doc,
                           const char *name, struct bc_error *err)
{
  struct bc_doc **nd;
  if (list->n >= BC_MAX_FEED_ENTRIES) {
    bc_doc_free(doc);
    return bc_error_set(err, BC_ERR_LIMIT,
                        "cannot read '%s': more than %d entries", name,
                        BC_MAX_FEED_ENTRIES);
  }
  /* Grow in powers of two; n is a power of two exactly when full. */
  if ((list->n & (list->n - 1)) == 0) {
    size_t ncap = list->n ? list->n * 2 : 1;
    nd = bc__realloc(list->docs, ncap * sizeof(*nd));
    if (!nd) {
      bc_doc_free(doc);
      return bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                          name);
    }
    list->docs = nd;
  }
  list->docs[list->n++] = doc;
  return BC_OK;
}

bc_status bc__doclist_move(struct bc_doclist *dst, struct bc_doclist *src,
                           const char *name, struct bc_error *err)
{
  size_t need = dst->n + src->n, cap = 1;
  struct bc_doc **nd;
  if (src->n == 0)
    goto done;
  if (need > BC_MAX_FEED_ENTRIES) {
    bc_doclist_release(src);
    return bc_error_set(err, BC_ERR_LIMIT,
                        "cannot read '%s': more than %d entries", name,
                        BC_MAX_FEED_ENTRIES);
  }
  /* Keep bc__doclist_push's invariant: capacity is the power of two at or
   * above n.  Reserving first makes the move all or nothing. */
  while (cap < need)
    cap *= 2;
  nd = bc__realloc(dst->docs, cap * sizeof(*nd));
  if (!nd) {
    bc_doclist_release(src);
    return bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                        name);
  }
  dst->docs = nd;
  memcpy(dst->docs + dst->n, src->docs, src->n * sizeof(*nd));
  dst->n = need;
done:
  free(src->docs);
  src->docs = NULL;
  src->n = 0;
  return BC_OK;
}

bc_status bc_doc_new_text(const char *text, size_t len, struct bc_doc **out,
                          struct bc_error *err)
{
  struct bc_doc *doc;
  size_t i = 0;
  doc = bc__calloc(1, sizeof(*doc));
  if (!doc)
    goto nomem;
  doc->format = BC_FORMAT_TEXT;
  doc->text = bc__strndup(text, len);
  if (!doc->text)
    goto nomem;
  doc->text_len = len;
  bc__sha256_hex(text, len, doc->sha256);
  /* One paragraph per run of text between blank lines; spans trimmed. */
  while (i < len) {
    size_t s, e, j;
    struct bc_block *nb;
    while (i < len && (text[i] == '\n' || text[i] == ' ' || text[i] == '\t'))
      i++;
    if (i >= len)
      break;
    s = i;
    while (i < len && !(text[i] == '\n' && i + 1 < len && text[i + 1] == '\n'))
      i++;
    e = i;
    while (e > s &&
           (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t'))
      e--;
    j = doc->n_blocks;
    nb = bc__realloc(doc->blocks, (j + 1) * sizeof(*nb));
    if (!nb)
      goto nomem;
    doc->blocks = nb;
    nb[j].kind = BC_BLOCK_PARAGRAPH;
    nb[j].level = 0;
    nb[j].span.start = s;
    nb[j].span.end = e;
    nb[j].date = NULL;
    nb[j].aside = 0;
    doc->n_blocks++;
  }
  *out = doc;
  return BC_OK;
nomem:
  bc_doc_free(doc);
  return bc_error_set(err, BC_ERR_NOMEM,
                      "cannot build document: out of memory");
}

bc_status bc__doc_slice(const struct bc_doc *src, size_t b0, size_t b1,
                        struct bc_doc **out)
{
  struct bc_doc *d;
  size_t base, end;
  if (b0 >= b1 || b1 > src->n_blocks)
    return BC_ERR_INPUT;
  base = src->blocks[b0].span.start;
  end = src->blocks[b1 - 1].span.end;
  d = bc__calloc(1, sizeof *d);
  if (!d)
    return BC_ERR_NOMEM;
  d->format = src->format;
  d->text = bc__strndup(src->text + base, end - base);
  d->text_len = end - base;
  d->blocks = bc__calloc(b1 - b0, sizeof *d->blocks);
  if (!d->text || !d->blocks ||
      (src->source && !(d->source = bc__strdup(src->source))))
    goto nomem;
  for (size_t i = b0; i < b1; i++) {
    struct bc_block *nb = &d->blocks[i - b0];
    *nb = src->blocks[i];
    nb->span.start -= base;
    nb->span.end -= base;
    nb->date = NULL;
    d->n_blocks++;
    if (src->blocks[i].date && !(nb->date = bc__strdup(src->blocks[i].date)))
      goto nomem;
  }
  *out = d;
  return BC_OK;
nomem:
  bc_doc_free(d);
  return BC_ERR_NOMEM;
}

void bc__doc_trim(struct bc_doc *doc, size_t b0, size_t b1)
{
  size_t base, end;
  if (b1 > doc->n_blocks)
    b1 = doc->n_blocks;
  if (b0 >= b1 || (b0 == 0 && b1 == doc->n_blocks))
    return;
  base = doc->blocks[b0].span.start;
  end = doc->blocks[b1 - 1].span.end;
  for (size_t i = 0; i < doc->n_blocks; i++)
    if (i < b0 || i >= b1)
      free(doc->blocks[i].date);
  memmove(doc->text, doc->text + base, end - base);
  doc->text_len = end - base;
  doc->text[doc->text_len] = '\0';
  memmove(doc->blocks, doc->blocks + b0, (b1 - b0) * sizeof *doc->blocks);
  doc->n_blocks = b1 - b0;
  for (size_t i = 0; i < doc->n_blocks; i++) {
    doc->blocks[i].span.start -= base;
    doc->blocks[i].span.end -= base;
  }
}

const char *bc_format_name(enum bc_format format)
{
  switch (format) {
  case BC_FORMAT_AUTO: return "auto";
  case BC_FORMAT_TEXT: return "text";
  case BC_FORMAT_MARKDOWN: return "markdown";
  case BC_FORMAT_HTML: return "html";
  case BC_FORMAT_FEED: return "feed";
  case BC_FORMAT_LIST: return "list";
  }
  return "unknown";
}

static const char *kind_name(enum bc_block_kind k)
{
  switch (k) {
  case BC_BLOCK_HEADING: return "heading";
  case BC_BLOCK_PARAGRAPH: return "paragraph";
  case BC_BLOCK_LIST_ITEM: return "list_item";
  case BC_BLOCK_QUOTE: return "quote";
  case BC_BLOCK_CODE: return "code";
  }
  return "unknown";
}

/* NULL metadata serializes as JSON null, so consumers can tell "unknown"
 * from an empty string. */
static int add_opt(cJSON *obj, const char *key, const char *val)
{
  cJSON *item = val ? cJSON_CreateString(val) : cJSON_CreateNull();
  if (!item)
    return -1;
  cJSON_AddItemToObject(obj, key, item);
  return 0;
}

char *bc_doc_to_json(const struct bc_doc *doc)
{
  cJSON *root = NULL, *blocks, *b;
  char *out = NULL, *piece = NULL;
  root = cJSON_CreateObject();
  if (!root)
    goto out;
  if (add_opt(root, "title", doc->title) ||
      add_opt(root, "author", doc->author) ||
      add_opt(root, "date", doc->date) ||
      add_opt(root, "source", doc->source) || add_opt(root, "url", doc->url) ||
      !bc__json_add_str(root, "sha256", doc->sha256) ||
      !bc__json_add_str(root, "format", bc_format_name(doc->format)) ||
      !bc__json_add_str(root, "text", doc->text) ||
      !bc__json_add_size(root, "text_bytes", doc->text_len))
    goto out;
  /* which post of a page of several, when it is one */
  if (doc->n_posts
          ? !bc__json_add_size(root, "post", doc->post) ||
                !bc__json_add_size(root, "posts", doc->n_posts)
          : add_opt(root, "post", NULL) || add_opt(root, "posts", NULL))
    goto out;
  blocks = cJSON_AddArrayToObject(root, "blocks");
  if (!blocks)
    goto out;
  for (size_t i = 0; i < doc->n_blocks; i++) {
    const struct bc_block *bl = &doc->blocks[i];
    b = cJSON_CreateObject();
    if (!b)
      goto out;
    cJSON_AddItemToArray(blocks, b);
    piece =
        bc__strndup(doc->text + bl->span.start, bl->span.end - bl->span.start);
    if (!piece || !bc__json_add_str(b, "kind", kind_name(bl->kind)) ||
        !bc__json_add_size(b, "level",
                           (size_t)(bl->level > 0 ? bl->level : 0)) ||
        !bc__json_add_size(b, "start", bl->span.start) ||
        !bc__json_add_size(b, "end", bl->span.end) ||
        add_opt(b, "date", bl->date) ||
        !cJSON_AddBoolToObject(b, "aside", bl->aside != 0) ||
        !bc__json_add_str(b, "text", piece))
      goto out;
    free(piece);
    piece = NULL;
  }
  out = bc__json_print(root);
out:
  free(piece);
  cJSON_Delete(root);
  return out;
}

/* Append the ASCII-folded, lowercased words of s to b as a-z0-9 runs joined
 * by single dashes, stopping before max bytes at a word boundary. */
static void slug_words(struct bc_buf *b, const char *s, size_t max)
{
  size_t i = 0, n = s ? strlen(s) : 0;
  int dash = b->len > 0;
  while (i < n) {
    size_t w = i, wl;
    while (w < n &&
           !((s[w] >= 'a' && s[w] <= 'z') || (s[w] >= 'A' && s[w] <= 'Z') ||
             (s[w] >= '0' && s[w] <= '9')))
      w++;
    i = w;
    while (i < n &&
           ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
            (s[i] >= '0' && s[i] <= '9')))
      i++;
    wl = i - w;
    if (!wl)
      break;
    if (wl > max)
      wl = max; /* a single very long word is cut */
    if (b->len + (dash ? 1 : 0) + wl > max)
      break;
    if (dash)
      bc_buf_addc(b, '-');
    for (size_t k = 0; k < wl; k++) {
      char c = s[w + k];
      bc_buf_addc(b, (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
    dash = 1;
  }
}

char *bc_doc_slug(const struct bc_doc *doc)
{
  struct bc_buf b = BC_BUF_INIT(256);
  const char *words = doc->title;
  char *out;
  if (doc->date) {
    /* Only the digits and dashes of an ISO date. */
    for (const char *p = doc->date; *p && b.len < 10; p++)
      if ((*p >= '0' && *p <= '9') || (*p == '-' && b.len > 0))
        bc_buf_addc(&b, *p);
    while (b.len > 0 && b.ptr[b.len - 1] == '-')
      b.ptr[--b.len] = '\0';
  }
  if (!words || !*words)
    words = doc->source;
  if (words && !doc->title) {
    /* A path or URL: its last component without the extension. */
    const char *slash = strrchr(words, '/');
    if (slash && slash[1])
      words = slash + 1;
  }
  slug_words(&b, words, 60);
  if (b.len == 0)
    bc_buf_adds(&b, "untitled");
  out = bc_buf_take(&b, NULL);
  return out;
}
