/* fragment.c - HTML that is already the article (a feed entry's content, an
 * HTML block inside Markdown) turned into blocks in full.  Unlike the page
 * reader it removes nothing but scripts and styles: there is no boilerplate
 * to find, so any dropped text would be lost prose. */

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "briefcast/limits.h"
#include "ingest/html_int.h"
#include "ingest/ingest.h"

static int name_is(const xmlNode *n, const char *name)
{
  return strcmp((const char *)n->name, name) == 0;
}

/* Append the text below n verbatim (for <pre>). */
/* Past BC_MAX_HTML_DEPTH the fragment is refused rather than cut: the
 * text below would be lost prose. */
static int too_deep(struct bc__docb *b, const xmlNode *n, int depth)
{
  if (!n || depth < BC_MAX_HTML_DEPTH)
    return 0;
  if (b->rc == BC_OK)
    b->rc = BC_ERR_LIMIT;
  return 1;
}

static void raw_walk(struct bc__docb *b, const xmlNode *n, int depth)
{
  if (too_deep(b, n, depth))
    return;
  for (; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content)
        bc__docb_raw(b, (const char *)n->content,
                     strlen((const char *)n->content));
    } else if (n->type == XML_ELEMENT_NODE) {
      if (name_is(n, "br"))
        bc__docb_raw(b, "\n", 1);
      else
        raw_walk(b, n->children, depth + 1);
    }
  }
}

static int is_block(const xmlNode *n)
{
  static const char *const names[] = {
      "p",      "div", "tr",   "section", "article", "figcaption", "dd",
      "dt",     "ul",  "ol",   "table",   "header",  "footer",     "address",
      "figure", "dl",  "main", "details", "summary"};
  for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
    if (name_is(n, names[i]))
      return 1;
  return 0;
}

/* Whitespace-only text node (between tags). */
static int blank_text(const xmlNode *n)
{
  const char *t = (const char *)n->content;
  return n->type == XML_TEXT_NODE && (!t || strspn(t, " \t\r\n") == strlen(t));
}

static void walk(struct bc__docb *b, const xmlNode *n, int depth)
{
  if (too_deep(b, n, depth))
    return;
  for (; n; n = n->next) {
    const char *name = (const char *)n->name;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      const char *t = (const char *)n->content;
      if (t)
        bc__docb_text(b, t, strlen(t));
      continue;
    }
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (name_is(n, "script") || name_is(n, "style") || name_is(n, "noscript") ||
        name_is(n, "template"))
      continue;
    if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2]) {
      bc__docb_begin(b, BC_BLOCK_HEADING, name[1] - '0');
      walk(b, n->children, depth + 1);
      bc__docb_end(b);
    } else if (name_is(n, "li")) {
      bc__docb_begin(b, BC_BLOCK_LIST_ITEM, 1);
      walk(b, n->children, depth + 1);
      bc__docb_end(b);
    } else if (name_is(n, "blockquote")) {
      bc__docb_begin(b, BC_BLOCK_QUOTE, 0);
      walk(b, n->children, depth + 1);
      bc__docb_end(b);
    } else if (name_is(n, "pre")) {
      bc__docb_begin(b, BC_BLOCK_CODE, 0);
      raw_walk(b, n->children, depth + 1);
      bc__docb_end(b);
    } else if (is_block(n)) {
      /* Inside a list item or quote the text stays in that block. */
      int own = !b->open || b->kind == BC_BLOCK_PARAGRAPH;
      if (own)
        bc__docb_begin(b, BC_BLOCK_PARAGRAPH, 0);
      walk(b, n->children, depth + 1);
      if (own)
        bc__docb_end(b);
    } else if (name_is(n, "br")) {
      /* Two line breaks in a row separate paragraphs (Blogger's style). */
      const xmlNode *nx = n->next;
      while (nx && blank_text(nx))
        nx = nx->next;
      if (nx && nx->type == XML_ELEMENT_NODE && name_is(nx, "br")) {
        enum bc_block_kind kind = b->open ? b->kind : BC_BLOCK_PARAGRAPH;
        int level = b->open ? b->level : 0;
        bc__docb_begin(b, kind, level);
        n = nx;
      } else {
        bc__docb_text(b, " ", 1);
      }
    } else if (name_is(n, "img")) {
      continue; /* alt text is not prose */
    } else {
      walk(b, n->children, depth + 1);
    }
  }
}

bc_status bc__html_fragment(const char *html, size_t len, struct bc__docb *b)
{
  htmlDocPtr d;
  int nomem = 0;
  if (len > 0x7fffffff)
    return BC_ERR_LIMIT;
  d = bc__html_read_flat(html, len,
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                             HTML_PARSE_NOWARNING | HTML_PARSE_NONET,
                         &nomem);
  if (nomem)
    return BC_ERR_NOMEM;
  if (!d)
    return len == 0 ? BC_OK : BC_ERR_PARSE;
  walk(b, xmlDocGetRootElement(d), 0);
  bc__docb_end(b);
  xmlFreeDoc(d);
  return b->rc;
}
