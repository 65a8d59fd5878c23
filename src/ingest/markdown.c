/* markdown.c - the Markdown reader: md4c parses (CommonMark plus GitHub's
 * tables and strikethrough) and this file turns its events into blocks,
 * reducing emphasis and links to their text and dropping raw HTML and image
 * alt text.  YAML front matter gives title, date and author; only simple
 * "key: value" lines are read, not YAML in general. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <md4c.h>

#include "ingest/ingest.h"
#include "util/alloc.h"

#define MD_PAD 64 /* zero bytes after md4c's input */

struct md_state {
  struct bc__docb b;
  int list_depth;     /* nesting of UL/OL */
  int quote_depth;    /* nesting of blockquotes */
  int li_open;        /* innermost list item still owns the open block */
  int img_depth;      /* inside an image: its alt text is not prose */
  int in_html;        /* inside a raw HTML block */
  struct bc_buf html; /* the raw HTML block's source */
  const char *in_start, *in_end; /* the bytes given to md_parse */
  int cells;                     /* cells seen in the current table row */
};

static enum bc_block_kind flow_kind(const struct md_state *st, int *level)
{
  if (st->list_depth > 0) {
    *level = st->list_depth;
    return BC_BLOCK_LIST_ITEM;
  }
  *level = 0;
  return st->quote_depth > 0 ? BC_BLOCK_QUOTE : BC_BLOCK_PARAGRAPH;
}

static int enter_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
  struct md_state *st = ud;
  int level;
  enum bc_block_kind kind;
  switch (type) {
  case MD_BLOCK_UL:
  case MD_BLOCK_OL:
    /* A nested list ends the text of the item that holds it. */
    bc__docb_end(&st->b);
    st->list_depth++;
    break;
  case MD_BLOCK_LI:
    bc__docb_begin(&st->b, BC_BLOCK_LIST_ITEM, st->list_depth);
    st->li_open = 1;
    break;
  case MD_BLOCK_QUOTE:
    bc__docb_end(&st->b);
    st->quote_depth++;
    break;
  case MD_BLOCK_H:
    bc__docb_begin(&st->b, BC_BLOCK_HEADING,
                   (int)((MD_BLOCK_H_DETAIL *)detail)->level);
    break;
  case MD_BLOCK_CODE: bc__docb_begin(&st->b, BC_BLOCK_CODE, 0); break;
  case MD_BLOCK_HTML:
    bc__docb_end(&st->b);
    bc_buf_reset(&st->html);
    st->in_html = 1;
    break;
  case MD_BLOCK_P:
    /* The first paragraph of a loose list item is the item's text; later
     * ones become items of their own at the same depth. */
    if (st->li_open && bc__docb_open_len(&st->b) == 0)
      break;
    kind = flow_kind(st, &level);
    bc__docb_begin(&st->b, kind, level);
    break;
  case MD_BLOCK_TR:
    kind = flow_kind(st, &level);
    bc__docb_begin(&st->b, kind, level);
    st->cells = 0;
    break;
  case MD_BLOCK_TH:
  case MD_BLOCK_TD:
    if (st->cells++ > 0)
      bc__docb_text(&st->b, " | ", 3);
    break;
  default: break;
  }
  return st->b.rc ? 1 : 0;
}

static int leave_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
  struct md_state *st = ud;
  (void)detail;
  switch (type) {
  case MD_BLOCK_UL:
  case MD_BLOCK_OL:
    bc__docb_end(&st->b);
    st->list_depth--;
    break;
  case MD_BLOCK_LI:
    bc__docb_end(&st->b);
    st->li_open = 0;
    break;
  case MD_BLOCK_QUOTE:
    bc__docb_end(&st->b);
    st->quote_depth--;
    break;
  case MD_BLOCK_HTML:
    /* An HTML block is the author's prose in another markup: keep its
     * text (bc__html_fragment drops only scripts, styles and alt text);
     * markup libxml2 cannot parse at all holds no prose to keep. */
    st->in_html = 0;
    if (bc_buf_status(&st->html))
      st->b.rc = bc_buf_status(&st->html);
    else if (st->html.len > 0)
      (void)bc__html_fragment(st->html.ptr, st->html.len, &st->b);
    break;
  case MD_BLOCK_H:
  case MD_BLOCK_CODE:
  case MD_BLOCK_TR: bc__docb_end(&st->b); break;
  case MD_BLOCK_P:
    if (!st->li_open)
      bc__docb_end(&st->b);
    else
      st->li_open = 0; /* later paragraphs of the item open their own */
    break;
  default: break;
  }
  return st->b.rc ? 1 : 0;
}

static int enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
  struct md_state *st = ud;
  (void)detail;
  if (type == MD_SPAN_IMG)
    st->img_depth++;
  return 0;
}

static int leave_span(MD_SPANTYPE type, void *detail, void *ud)
{
  struct md_state *st = ud;
  (void)detail;
  if (type == MD_SPAN_IMG)
    st->img_depth--;
  return 0;
}

/* Encode code point cp as UTF-8 into out (4 bytes); returns the length. */
static size_t put_utf8(uint32_t cp, char *out)
{
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
    cp = 0xFFFD;
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* The named entities prose actually uses; others stay as written. */
static const struct {
  const char *name;
  uint32_t cp;
} entities[] = {
    {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
    {"apos", '\''},     {"nbsp", 0xA0},    {"mdash", 0x2014}, {"ndash", 0x2013},
    {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122},
    {"eacute", 0xE9},   {"euro", 0x20AC},  {"pound", 0xA3},   {"deg", 0xB0},
    {"times", 0xD7},    {"middot", 0xB7},  {"laquo", 0xAB},   {"raquo", 0xBB}};

uint32_t bc__html_entity(const char *name, size_t len)
{
  for (size_t k = 0; k < sizeof(entities) / sizeof(entities[0]); k++)
    if (strlen(entities[k].name) == len &&
        memcmp(name, entities[k].name, len) == 0)
      return entities[k].cp;
  return 0;
}

static void entity(struct md_state *st, const char *s, size_t len)
{
  char out[4];
  uint32_t cp = 0;
  /* md4c hands over "&name;", "&#123;" or "&#x1F4A9;". */
  if (len >= 4 && s[1] == '#') {
    size_t i = 2;
    int hex = s[2] == 'x' || s[2] == 'X';
    if (hex)
      i++;
    for (; i < len - 1 && cp <= 0x10FFFF; i++) {
      char c = s[i];
      int v = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : 0;
      cp = cp * (hex ? 16 : 10) + (uint32_t)v;
    }
    bc__docb_text(&st->b, out, put_utf8(cp, out));
    return;
  }
  if (len >= 3 && (cp = bc__html_entity(s + 1, len - 2)) != 0) {
    bc__docb_text(&st->b, out, put_utf8(cp, out));
    return;
  }
  bc__docb_text(&st->b, s, len);
}

static int text(MD_TEXTTYPE type, const MD_CHAR *s, MD_SIZE size, void *ud)
{
  struct md_state *st = ud;
  /* md4c 0.4.8 was seen (under the fuzzer) handing over a range that ends
   * past its input; never read beyond it.  Only source text is clamped:
   * entity and NUL events are decoded separately. */
  if ((type == MD_TEXT_NORMAL || type == MD_TEXT_HTML ||
       type == MD_TEXT_CODE) &&
      s >= st->in_start && s <= st->in_end && size > (MD_SIZE)(st->in_end - s))
    size = (MD_SIZE)(st->in_end - s);
  if (st->in_html) {
    bc_buf_add(&st->html, s, size);
    return 0;
  }
  if (st->img_depth > 0)
    return 0;
  switch (type) {
  case MD_TEXT_NORMAL:
  case MD_TEXT_LATEXMATH: bc__docb_text(&st->b, s, size); break;
  case MD_TEXT_CODE:
    if (st->b.open && st->b.kind == BC_BLOCK_CODE)
      bc__docb_raw(&st->b, s, size);
    else
      bc__docb_text(&st->b, s, size);
    break;
  case MD_TEXT_ENTITY: entity(st, s, size); break;
  case MD_TEXT_NULLCHAR: bc__docb_text(&st->b, "\xEF\xBF\xBD", 3); break;
  case MD_TEXT_BR:
  case MD_TEXT_SOFTBR: bc__docb_text(&st->b, " ", 1); break;
  case MD_TEXT_HTML: break; /* inline tags carry no prose */
  }
  return st->b.rc ? 1 : 0;
}

/* Trim and unquote a front matter value in place; 0 when it is empty. */
static int fm_unquote(const char **v, size_t *n)
{
  while (*n > 0 && (**v == ' ' || **v == '\t')) {
    (*v)++;
    (*n)--;
  }
  while (*n > 0 && ((*v)[*n - 1] == ' ' || (*v)[*n - 1] == '\t'))
    (*n)--;
  if (*n >= 2 && ((*v)[0] == '"' || (*v)[0] == '\'') &&
      (*v)[*n - 1] == (*v)[0]) {
    (*v)++;
    *n -= 2;
  }
  return *n > 0;
}

/* Which metadata slot a front matter key fills, or NULL. */
static char **fm_slot(struct bc_doc *meta, const char *k, size_t kl)
{
  static const struct {
    const char *key;
    int which; /* 0 title, 1 author, 2 date */
  } keys[] = {{"title", 0},       {"author", 1},    {"authors", 1},
              {"date", 2},        {"published", 2}, {"pubDate", 2},
              {"publishDate", 2}, {"created", 2}};
  for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
    if (strlen(keys[i].key) != kl || memcmp(k, keys[i].key, kl) != 0)
      continue;
    return keys[i].which == 0   ? &meta->title
           : keys[i].which == 1 ? &meta->author
                                : &meta->date;
  }
  return NULL;
}

/* One line of the block at data[i..]: sets *ls and *n (without CR or LF)
 * and returns the offset of the next line. */
static size_t fm_line(const char *data, size_t len, size_t i, size_t *ls,
                      size_t *n)
{
  size_t le = i;
  while (le < len && data[le] != '\n')
    le++;
  *ls = i;
  *n = le - i;
  if (*n > 0 && data[i + *n - 1] == '\r')
    (*n)--;
  return le < len ? le + 1 : le;
}

/* Front matter at the very start: YAML between "---" fences ("key: value")
 * or TOML between "+++" fences ("key = value").  Reads title, author and
 * date (with their common aliases) into meta and sets *body past the
 * closing fence.  Returns 0 (none or found), -1 on out-of-memory.  An
 * unreadable date is left NULL, not an error; a YAML list of authors gives
 * its first entry. */
static int front_matter(const char *data, size_t len, size_t *body,
                        struct bc_doc *meta)
{
  size_t i, ls, n;
  char fence, sep;
  if (len < 4 || (memcmp(data, "---", 3) != 0 && memcmp(data, "+++", 3) != 0) ||
      (data[3] != '\n' && data[3] != '\r'))
    return 0;
  fence = data[0];
  sep = fence == '-' ? ':' : '=';
  i = fm_line(data, len, 0, &ls, &n);
  while (i < len) {
    size_t kl, vl;
    const char *colon, *v;
    char **slot;
    i = fm_line(data, len, i, &ls, &n);
    if (n == 3 && ((data[ls] == fence && data[ls + 1] == fence &&
                    data[ls + 2] == fence) ||
                   (fence == '-' && memcmp(data + ls, "...", 3) == 0))) {
      *body = i;
      return 0;
    }
    colon = memchr(data + ls, sep, n);
    if (!colon || n == 0 || data[ls] == ' ' || data[ls] == '\t')
      continue;
    kl = (size_t)(colon - (data + ls));
    while (kl > 0 && (data[ls + kl - 1] == ' ' || data[ls + kl - 1] == '\t'))
      kl--;
    v = colon + 1;
    vl = n - (size_t)(colon - (data + ls)) - 1;
    slot = fm_slot(meta, data + ls, kl);
    if (!slot || *slot)
      continue;
    if (!fm_unquote(&v, &vl) && fence == '-' && i < len) {
      /* "authors:" followed by "  - Jane Roe" lines. */
      size_t l2, n2, k = 0;
      (void)fm_line(data, len, i, &l2, &n2);
      while (k < n2 && (data[l2 + k] == ' ' || data[l2 + k] == '\t'))
        k++;
      if (k > 0 && k + 1 < n2 && data[l2 + k] == '-' &&
          data[l2 + k + 1] == ' ') {
        v = data + l2 + k + 2;
        vl = n2 - k - 2;
        fm_unquote(&v, &vl);
      }
    }
    if (vl >= 2 && v[0] == '[' && v[vl - 1] == ']') {
      /* An inline list: keep its first entry. */
      const char *comma = memchr(v, ',', vl);
      vl = (size_t)((comma ? comma : v + vl - 1) - v) - 1;
      v++;
      fm_unquote(&v, &vl);
    }
    if (vl == 0)
      continue;
    if (slot == &meta->date) {
      char iso[BC_DATE_ISO_SIZE];
      if (bc__date_iso_buf(v, vl, iso) && !(*slot = bc__strdup(iso)))
        return -1;
    } else if (!(*slot = bc__strndup(v, vl))) {
      return -1;
    }
  }
  /* No closing fence: not front matter after all. */
  free(meta->title);
  free(meta->author);
  free(meta->date);
  meta->title = meta->author = meta->date = NULL;
  return 0;
}

bc_status bc__markdown_parse(const char *data, size_t len, const char *name,
                             const struct bc_ingest_opts *opts,
                             struct bc_doclist *out, struct bc_error *err)
{
  struct md_state st;
  struct bc_doc meta, *doc = NULL;
  char *copy = NULL;
  size_t body = 0;
  MD_PARSER parser;
  bc_status rc;
  int mrc;
  memset(&st, 0, sizeof(st));
  memset(&meta, 0, sizeof(meta));
  memset(&parser, 0, sizeof(parser));
  bc__docb_init(&st.b, opts && opts->max_bytes ? opts->max_bytes : 0);
  bc_buf_init(&st.html, len + 1);
  if (front_matter(data, len, &body, &meta)) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                      name);
    goto out;
  }
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH |
                 MD_FLAG_PERMISSIVEURLAUTOLINKS |
                 MD_FLAG_PERMISSIVEWWWAUTOLINKS;
  parser.enter_block = enter_block;
  parser.leave_block = leave_block;
  parser.enter_span = enter_span;
  parser.leave_span = leave_span;
  parser.text = text;
  /* md4c may look a few bytes past the end of its input while closing an
   * HTML block; a zero-padded copy keeps those reads inside memory we own
   * and their result deterministic. */
  copy = bc__malloc(len - body + MD_PAD);
  if (!copy) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                      name);
    goto out;
  }
  memcpy(copy, data + body, len - body);
  memset(copy + (len - body), 0, MD_PAD);
  st.in_start = copy;
  st.in_end = copy + (len - body);
  mrc = md_parse(copy, (MD_SIZE)(len - body), &parser, &st);
  if (mrc != 0 && !st.b.rc) {
    rc = bc_error_set(err, BC_ERR_PARSE, "cannot parse '%s' as markdown", name);
    goto out;
  }
  rc = bc__docb_finish(&st.b, name, &doc, err);
  if (rc)
    goto out;
  doc->format = BC_FORMAT_MARKDOWN;
  doc->title = meta.title;
  doc->author = meta.author;
  doc->date = meta.date;
  meta.title = meta.author = meta.date = NULL;
  rc = bc__doclist_push(out, doc, name, err);
out:
  free(meta.title);
  free(meta.author);
  free(meta.date);
  free(copy);
  bc__docb_release(&st.b);
  bc_buf_release(&st.html);
  return rc;
}
