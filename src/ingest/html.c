/* html.c - main-content extraction: parse a page with libxml2's HTML parser
 * (it already parses the feeds, recovers from any tag soup, is fast,
 * maintained and in Debian; no regular expression ever reads the markup),
 * choose the element that holds the article (html_score.c), emit it as
 * blocks (html_emit.c) with its posts marked (html_posts.c), and read the
 * page's metadata (html_meta.c). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "ingest/html_tree.h"
#include "ingest/ingest.h"
#include "util/alloc.h"

/* --- the page ------------------------------------------------------------ */

/* Start tags: '<' followed by a letter (a bound, not a parse). */
static size_t count_tags(const char *s, size_t len)
{
  size_t n = 0;
  const char *p = s, *end = s + len;
  while ((p = memchr(p, '<', (size_t)(end - p))) != NULL && p + 1 < end) {
    unsigned char c = (unsigned char)p[1];
    n += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    p++;
  }
  return n;
}

/* --- nesting ------------------------------------------------------------- */

/* libxml2 stops building the tree at 256 levels (xmlParserMaxDepth; 2048
 * with XML_PARSE_HUGE) and silently drops the rest of the page: 400
 * paragraphs each opened with an unclosed <div> or <font> gave their first
 * 253.  Browsers have no such limit.  So the tree builder is fed through
 * these two SAX hooks, which leave out elements past a depth instead:
 * their text still lands, in order, in the deepest element kept.  Blocks
 * that carry structure (paragraphs, headings, list items) are kept a
 * little longer than wrappers (div, font, span), since tag soup nests the
 * wrappers and the parser closes the blocks itself. */
#define DEPTH_WRAPPERS 160 /* past it, only structure is built */
#define DEPTH_ALL 220      /* past it, nothing: text joins the parent */

struct flat {
  startElementSAXFunc start;
  endElementSAXFunc end;
  unsigned char *built; /* per open element: was its node made */
  size_t n, cap;
  int nomem;
};

static int structural(const xmlChar *name)
{
  static const char *const names[] = {"p",  "h1", "h2",  "h3", "h4", "h5",
                                      "h6", "li", "pre", "br", "hr", "img",
                                      "td", "th", "tr",  "dt", "dd"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (xmlStrcasecmp(name, BAD_CAST names[i]) == 0)
      return 1;
  return 0;
}

static void flat_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
  htmlParserCtxtPtr c = ctx;
  struct flat *f = c->_private;
  int build =
      c->nodeNr < DEPTH_WRAPPERS || (c->nodeNr < DEPTH_ALL && structural(name));
  if (f->n == f->cap) {
    size_t cap = f->cap ? f->cap * 2 : 256;
    unsigned char *p = bc__realloc(f->built, cap);
    if (!p) {
      f->nomem = 1;
      xmlStopParser(c);
      return;
    }
    f->built = p;
    f->cap = cap;
  }
  f->built[f->n++] = (unsigned char)build;
  if (build)
    f->start(ctx, name, atts);
}

static void flat_end(void *ctx, const xmlChar *name)
{
  htmlParserCtxtPtr c = ctx;
  struct flat *f = c->_private;
  if (f->n && !f->built[--f->n])
    return;
  f->end(ctx, name);
}

/* libxml2's allocator is process-wide: set once, when the library is
 * loaded, before any parse, and its globals made at once so that an
 * out-of-memory test never fails their one-time set-up.  It goes through
 * the seam's bc__lib_* functions (see alloc.h for why). */
__attribute__((constructor)) static void xml_hooks(void)
{
  xmlMemSetup(bc__free, bc__lib_malloc, bc__lib_realloc, bc__lib_strdup);
  xmlInitParser();
}

xmlDoc *bc__html_read_flat(const char *u8, size_t len, int options, int *nomem)
{
  long failed = bc__alloc_failures();
  htmlParserCtxtPtr c = htmlNewParserCtxt();
  struct flat f = {NULL, NULL, NULL, 0, 0, 0};
  xmlDoc *doc;
  *nomem = !c;
  if (!c)
    return NULL;
  f.start = c->sax->startElement;
  f.end = c->sax->endElement;
  c->sax->startElement = flat_start;
  c->sax->endElement = flat_end;
  c->_private = &f;
  doc = htmlCtxtReadMemory(c, u8, (int)len, NULL, "UTF-8", options);
  /* In recovery mode libxml2 may hand back what it built before an
   * allocation failed: a document with text missing, never to be used. */
  if (f.nomem || c->errNo == XML_ERR_NO_MEMORY ||
      bc__alloc_failures() != failed) {
    xmlFreeDoc(doc);
    doc = NULL;
    *nomem = 1;
  }
  free(f.built);
  htmlFreeParserCtxt(c);
  return doc;
}

void bc__html_page_release(struct bc__html_page *p)
{
  if (!p)
    return;
  for (size_t i = 0; i < p->n_blocks; i++)
    free(p->blocks[i].date);
  free(p->blocks);
  free(p->post_start);
  free(p->text);
  free(p->title);
  free(p->author);
  free(p->date);
  free(p->url);
  memset(p, 0, sizeof *p);
}

bc_status bc__html_extract(const char *data, size_t len, const char *charset,
                           const char *name, struct bc__html_page *page,
                           struct bc_error *err)
{
  char *u8 = NULL;
  size_t u8len = 0;
  xmlDoc *doc = NULL;
  xmlNode *root;
  struct bc__html_tree t = {NULL, 0, 0};
  struct bc__html_emit e;
  struct bc__html_meta meta = {NULL, NULL, NULL, NULL};
  size_t best, protect = SIZE_MAX;
  double without_score;
  bc_status rc;

  memset(page, 0, sizeof *page);
  bc__html_emit_init(&e);
  if (!name)
    name = "page";
  if (len > BC_MAX_HTML_BYTES) {
    rc = bc_error_set(err, BC_ERR_LIMIT, "cannot read '%s': page too large",
                      name);
    goto out;
  }
  /* NUL bytes mean binary data, unless the page is UTF-16 or UTF-32 (by
   * its BOM or the HTTP header) */
  if (len >= 2 && !(data[0] == '\xFF' && data[1] == '\xFE') &&
      !(data[0] == '\xFE' && data[1] == '\xFF') &&
      !(charset &&
        (xmlStrncasecmp(BAD_CAST charset, BAD_CAST "utf-16", 6) == 0 ||
         xmlStrncasecmp(BAD_CAST charset, BAD_CAST "utf-32", 6) == 0)) &&
      memchr(data, '\0', len < 65536 ? len : 65536)) {
    rc = bc_error_set(err, BC_ERR_BINARY,
                      "cannot read '%s': binary data, not HTML", name);
    goto out;
  }
  /* libxml2 spends about 120 bytes per node, and so do we: a page of
   * millions of empty tags would cost gigabytes, so it meets a limit. */
  if (count_tags(data, len) > BC_MAX_HTML_TAGS) {
    rc = bc_error_set(err, BC_ERR_LIMIT, "cannot read '%s': more than %d tags",
                      name, BC_MAX_HTML_TAGS);
    goto out;
  }
  rc = bc__html_to_utf8(data, len, charset, &u8, &u8len);
  if (rc) {
    rc = bc_error_set(err, rc, "cannot convert '%s' to UTF-8", name);
    goto out;
  }
  /* The text is UTF-8 now, so libxml2 must not switch encodings on a
   * <meta> it meets (IGNORE_ENC).  RECOVER keeps whatever a broken page
   * holds; NONET forbids fetching anything; blank text nodes are kept
   * (no NOBLANKS) because the space between two inline elements is a word
   * break; COMPACT stores short text inside the node. */
  if (u8len > 0 && u8len < (size_t)1 << 31 && memchr(u8, '\0', u8len) == NULL) {
    int nomem = 0;
    doc = bc__html_read_flat(u8, u8len,
                             HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                 HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                 HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT,
                             &nomem);
    if (nomem) {
      rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                        name);
      goto out;
    }
  }
  free(u8);
  u8 = NULL;
  root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (!root) {
    rc = bc_error_set(err, BC_ERR_INPUT, "no article text found in '%s'", name);
    goto out;
  }
  rc = bc__html_build_tree(root, &t);
  if (rc) {
    rc = bc_error_set(err, rc, "cannot read '%s': out of memory", name);
    goto out;
  }
  /* First with the class/id hints; if they removed the article itself
   * (a wrapper named like boilerplate), again without them. */
  /* Choose with and without the class/id hints.  When the hints removed
   * the article itself (a wrapper named like boilerplate), the best element
   * with hints lies outside the best one without them and scores far
   * lower; then that element is kept whole, and the hints still apply
   * inside it. */
  {
    double with, without;
    size_t b1, b2;
    bc__html_score_tree(&t, root, 0, SIZE_MAX);
    b2 = bc__html_pick_best(&t, &without);
    bc__html_score_tree(&t, root, 1, SIZE_MAX);
    b1 = bc__html_pick_best(&t, &with);
    best = b1;
    if (b2 != SIZE_MAX &&
        (b1 == SIZE_MAX || (without > 2 * with + 100 &&
                            !bc__html_inside(t.v[b1].node, t.v[b2].node)))) {
      protect = b2;
      bc__html_score_tree(&t, root, 1, protect);
      best = b2;
    }
  }
  if (best != SIZE_MAX) {
    int mode = E_STRICT;
    if (bc__html_count_articles(&t, best) >= 2) {
      bc__html_score_tree(&t, root, 2, protect);
      mode |= E_POSTS;
    } else {
      size_t list = bc__html_post_list(&t, best);
      if (list != SIZE_MAX) {
        /* The best element is one post of several: take them all when
         * they read as dated posts, each with text of its own. */
        bc__html_score_tree(&t, root, 2, protect);
        bc__html_emit_tree(&e, &t, t.v[list].node, E_STRICT | E_POSTS);
        if (!e.nomem)
          bc__html_merge_flat_posts(&e, &t);
        if (!e.nomem && bc__html_real_posts(&e) >= 2) {
          best = list;
          mode |= E_POSTS;
        } else {
          for (size_t i = 0; i < t.n; i++)
            t.v[i].flags &= ~(unsigned)F_UNIT;
          bc__html_score_tree(&t, root, 1, protect);
        }
        bc__html_emit_release(&e);
        bc__html_emit_init(&e);
      }
    }
    if (bc__html_has_teasers(&t, best))
      mode |= E_TEASERS;
    bc__html_emit_tree(&e, &t, t.v[best].node, mode);
    if (bc__html_emitted_words(&e) < 1 && !e.nomem) {
      /* Everything in it was left out: take the best element by text
       * alone, without hints, and keep all of it. */
      bc__html_emit_release(&e);
      bc__html_emit_init(&e);
      bc__html_score_tree(&t, root, 0, SIZE_MAX);
      best = bc__html_pick_best(&t, &without_score);
      if (best != SIZE_MAX)
        bc__html_emit_tree(&e, &t, t.v[best].node, 0);
    }
  } else {
    /* No paragraph anywhere: a page of short lines.  Take all of the body
     * that is not junk or boilerplate. */
    xmlNode *body = root;
    for (xmlNode *c = root->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE && !xmlStrcmp(c->name, BAD_CAST "body"))
        body = c;
    bc__html_emit_tree(&e, &t, body, 0);
  }
  if (e.nomem || bc_buf_status(&e.text)) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                      name);
    goto out;
  }
  if (e.n == 0 || bc__html_emitted_words(&e) < 1) {
    rc = bc_error_set(err, BC_ERR_INPUT, "no article text found in '%s'", name);
    goto out;
  }
  rc = bc__html_meta_read(doc, best != SIZE_MAX ? t.v[best].node : NULL, &meta);
  if (rc) {
    rc = bc_error_set(err, rc, "cannot read '%s': out of memory", name);
    goto out;
  }
  page->text = bc_buf_take(&e.text, &page->len);
  if (!page->text) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                      name);
    goto out;
  }
  bc__html_merge_flat_posts(&e, &t);
  if (bc__html_real_posts(&e) < 2)
    memset(e.post, 0, e.n); /* one post and some headings: one piece */
  page->blocks = e.blocks;
  page->post_start = e.post;
  page->n_blocks = e.n;
  e.blocks = NULL;
  e.post = NULL;
  e.n = 0;
  for (size_t i = 0; i < page->n_blocks; i++)
    page->n_posts += page->post_start[i] != 0;
  page->title = meta.title;
  page->author = meta.author;
  page->date = meta.date;
  page->url = meta.url;
  memset(&meta, 0, sizeof meta);
out:
  bc__html_meta_release(&meta);
  bc__html_emit_release(&e);
  free(t.v);
  free(u8);
  if (doc)
    xmlFreeDoc(doc);
  return rc;
}

bc_status bc__html_extract_text(const char *data, size_t len,
                                const char *charset, char **text,
                                struct bc_error *err)
{
  struct bc__html_page p;
  bc_status rc = bc__html_extract(data, len, charset, NULL, &p, err);
  if (!rc) {
    *text = p.text;
    p.text = NULL;
  }
  bc__html_page_release(&p);
  return rc;
}
