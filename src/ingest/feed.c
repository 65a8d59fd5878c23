/* feed.c - RSS 2.0/1.0, Atom (Blogger's export included) and WordPress WXR
 * feeds become one document per published post.  XML is read with libxml2
 * with network access off and entities never substituted; a document that
 * declares entities is refused outright, which rules out billion-laughs
 * bombs and external entities.  Entry HTML is read in full by a small
 * block walker here, not by the page extractor: a feed entry is already the
 * article, and boilerplate removal could only drop some of its prose. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "ingest/ingest.h"
#include "util/alloc.h"

#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_WP "http://wordpress.org/export/"

/* Never NOENT (substitution), DTDLOAD or HUGE: entities stay unexpanded,
 * nothing is fetched, and libxml2's size limits hold. */
#define FEED_XML_FLAGS                                                         \
  (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |                 \
   XML_PARSE_NOCDATA)

/* Local name and namespace test; ns NULL matches any namespace, and an ns
 * ending in '/' matches every version below it (WordPress's export/1.2/). */
static int is(const xmlNode *n, const char *name, const char *ns)
{
  if (!n || n->type != XML_ELEMENT_NODE ||
      strcmp((const char *)n->name, name) != 0)
    return 0;
  if (!ns)
    return 1;
  return n->ns && n->ns->href &&
         strncmp((const char *)n->ns->href, ns, strlen(ns)) == 0;
}

static xmlNode *child(const xmlNode *parent, const char *name, const char *ns)
{
  for (xmlNode *c = parent ? parent->children : NULL; c; c = c->next)
    if (is(c, name, ns))
      return c;
  return NULL;
}

/* Text of an element as a new string (entity references cannot occur:
 * documents declaring entities are refused).  NULL if absent or blank. */
static char *text_of(int *oom, const xmlNode *n)
{
  xmlChar *c;
  char *out = NULL;
  size_t a = 0, b;
  if (!n)
    return NULL;
  c = xmlNodeGetContent(n);
  if (!c)
    return NULL;
  b = strlen((const char *)c);
  while (a < b && strchr(" \t\r\n", c[a]))
    a++;
  while (b > a && strchr(" \t\r\n", c[b - 1]))
    b--;
  if (b > a && !(out = bc__strndup((const char *)c + a, b - a)))
    *oom = 1;
  xmlFree(c);
  return out;
}

static char *attr(int *oom, const xmlNode *n, const char *name)
{
  xmlChar *v = n ? xmlGetProp(n, (const xmlChar *)name) : NULL;
  char *out = v ? bc__strdup((const char *)v) : NULL;
  if (v && !out)
    *oom = 1;
  xmlFree(v);
  return out;
}

/* One entry, before it becomes a document. */
struct entry {
  char *title, *author, *date, *link;
  char *body; /* HTML or plain text */
  int body_html;
  int oom; /* an allocation failed while reading the entry */
};

static void entry_release(struct entry *e)
{
  free(e->title);
  free(e->author);
  free(e->date);
  free(e->link);
  free(e->body);
  memset(e, 0, sizeof(*e));
}

/* Fold runs of white space (U+00A0 included) in a one-line value. */
static void squash(char *s)
{
  size_t r = 0, w = 0;
  int space = 0;
  if (!s)
    return;
  for (; s[r]; r++) {
    int ws = s[r] == ' ' || s[r] == '\t' || s[r] == '\n' || s[r] == '\r';
    if ((unsigned char)s[r] == 0xC2 && (unsigned char)s[r + 1] == 0xA0) {
      ws = 1;
      r++;
    }
    if (ws) {
      space = w > 0;
      continue;
    }
    if (space)
      s[w++] = ' ';
    space = 0;
    s[w++] = s[r];
  }
  s[w] = '\0';
}

static void set_date(struct entry *e, const xmlNode *n)
{
  char iso[BC_DATE_ISO_SIZE];
  xmlChar *raw;
  if (e->date || !n)
    return;
  raw = xmlNodeGetContent(n);
  /* A broken date leaves the date unknown; it is not an error. */
  if (raw &&
      bc__date_iso_buf((const char *)raw, strlen((const char *)raw), iso) &&
      !(e->date = bc__strdup(iso)))
    e->oom = 1;
  xmlFree(raw);
}

/* "editor@example.org (Jane Roe)" -> "Jane Roe"; plain names unchanged. */
static void tidy_author(char *a)
{
  char *open, *close;
  if (!a || !strchr(a, '@'))
    return;
  open = strchr(a, '(');
  close = open ? strrchr(open, ')') : NULL;
  if (open && close && close > open + 1) {
    size_t n = (size_t)(close - open - 1);
    memmove(a, open + 1, n);
    a[n] = '\0';
  }
}

static int looks_html(const char *s)
{
  return strchr(s, '<') != NULL;
}

/* Serialize the children of an Atom type="xhtml" content element. */
static char *xhtml_of(xmlNode *n)
{
  xmlBuffer *buf = xmlBufferCreate();
  char *out = NULL;
  xmlNode *div = n, *c;
  if (!buf)
    return NULL;
  for (c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) {
      div = c;
      break;
    }
  for (c = div->children; c; c = c->next)
    xmlNodeDump(buf, n->doc, c, 0, 0);
  out = bc__strdup((const char *)xmlBufferContent(buf));
  xmlBufferFree(buf);
  return out;
}

static void read_rss_item(xmlNode *it, struct entry *e)
{
  xmlNode *n;
  e->title = text_of(&e->oom, child(it, "title", NULL));
  e->link = text_of(&e->oom, child(it, "link", NULL));
  if (!e->link) {
    n = child(it, "guid", NULL);
    if (n) {
      char *perma = attr(&e->oom, n, "isPermaLink");
      if (!perma || strcmp(perma, "false") != 0)
        e->link = text_of(&e->oom, n);
      free(perma);
    }
  }
  e->author = text_of(&e->oom, child(it, "creator", NS_DC));
  if (!e->author)
    e->author = text_of(&e->oom, child(it, "author", NULL));
  tidy_author(e->author);
  set_date(e, child(it, "pubDate", NULL));
  set_date(e, child(it, "date", NS_DC));
  set_date(e, child(it, "post_date", NS_WP));
  e->body = text_of(&e->oom, child(it, "encoded", NS_CONTENT));
  if (e->body) {
    e->body_html = 1;
  } else if ((e->body = text_of(&e->oom, child(it, "description", NULL)))) {
    e->body_html = looks_html(e->body);
  }
}

/* WordPress exports pages, attachments, menu items and drafts as items
 * too; only published posts are articles. */
static int wxr_skip(int *oom, xmlNode *it)
{
  char *type = text_of(oom, child(it, "post_type", NS_WP));
  char *status = text_of(oom, child(it, "status", NS_WP));
  int skip = 0;
  if (type && strcmp(type, "post") != 0)
    skip = 1;
  if (status && strcmp(status, "publish") != 0)
    skip = 1;
  free(type);
  free(status);
  return skip;
}

/* Blogger's export mixes posts, comments, settings and the template; the
 * kind category tells them apart.  Returns -1 no kind, 0 post, 1 other. */
static int blogger_kind(int *oom, xmlNode *en)
{
  for (xmlNode *c = en->children; c; c = c->next) {
    char *scheme, *term;
    int kind = -1;
    if (!is(c, "category", NULL))
      continue;
    scheme = attr(oom, c, "scheme");
    term = attr(oom, c, "term");
    if (scheme && term && strstr(scheme, "#kind")) {
      size_t n = strlen(term);
      kind = n >= 5 && strcmp(term + n - 5, "#post") == 0 ? 0 : 1;
    }
    free(scheme);
    free(term);
    if (kind >= 0)
      return kind;
  }
  return -1;
}

static int atom_draft(int *oom, xmlNode *en)
{
  xmlNode *ctl = child(en, "control", NULL);
  char *d = text_of(oom, child(ctl, "draft", NULL));
  int draft = d && strcmp(d, "yes") == 0;
  free(d);
  return draft;
}

static void read_atom_entry(xmlNode *en, struct entry *e)
{
  xmlNode *n, *a;
  char *type;
  e->title = text_of(&e->oom, child(en, "title", NULL));
  a = child(en, "author", NULL);
  e->author = text_of(&e->oom, child(a, "name", NULL));
  set_date(e, child(en, "published", NULL));
  set_date(e, child(en, "updated", NULL));
  for (n = en->children; n; n = n->next) {
    char *rel;
    if (!is(n, "link", NULL))
      continue;
    rel = attr(&e->oom, n, "rel");
    if (!rel || strcmp(rel, "alternate") == 0) {
      free(e->link);
      e->link = attr(&e->oom, n, "href");
      free(rel);
      break;
    }
    free(rel);
  }
  n = child(en, "content", NULL);
  if (!n || (!n->children))
    n = child(en, "summary", NULL);
  if (!n)
    return;
  type = attr(&e->oom, n, "type");
  if (type && strcmp(type, "xhtml") == 0) {
    if (!(e->body = xhtml_of(n)))
      e->oom = 1;
    e->body_html = 1;
  } else {
    e->body = text_of(&e->oom, n);
    e->body_html =
        type && (strcmp(type, "html") == 0 || strstr(type, "html") != NULL);
  }
  free(type);
}

/* Copy the blocks of a parsed document after what b holds. */
static void append_doc(struct bc__docb *b, const struct bc_doc *d)
{
  for (size_t i = 0; i < d->n_blocks; i++) {
    const struct bc_block *bl = &d->blocks[i];
    bc__docb_begin(b, bl->kind, bl->level);
    if (bl->kind == BC_BLOCK_CODE)
      bc__docb_raw(b, d->text + bl->span.start, bl->span.end - bl->span.start);
    else
      bc__docb_text(b, d->text + bl->span.start, bl->span.end - bl->span.start);
    bc__docb_end(b);
  }
}

/* Turn an entry into a document: its title as the first heading, then the
 * body.  A headline-only entry (no content, as in link feeds) is still a
 * document, of one heading; an entry with neither title nor body text is
 * skipped (*out stays NULL). */
static bc_status entry_doc(struct entry *e, const char *name,
                           const struct bc_ingest_opts *opts,
                           struct bc_doc **out, struct bc_error *err)
{
  struct bc__docb b;
  struct bc_doclist parsed = BC_DOCLIST_INIT;
  struct bc_ingest_opts sub = *opts;
  struct bc_doc *doc = NULL;
  bc_status rc = BC_OK;
  *out = NULL;
  if (!e->body && !e->title)
    return BC_OK;
  bc__docb_init(&b, opts->max_bytes);
  if (e->title)
    bc__docb_add(&b, BC_BLOCK_HEADING, 1, e->title, strlen(e->title));
  if (!e->body) {
    /* Headline only. */
  } else if (e->body_html) {
    /* Append failures are reported by bc__docb_finish below. */
    if (bc__html_fragment(e->body, strlen(e->body), &b) == BC_ERR_PARSE) {
      rc = BC_ERR_PARSE;
      goto fail;
    }
  } else {
    rc = bc__text_parse(e->body, strlen(e->body), name, &sub, &parsed, err);
    if (rc)
      goto out;
    if (parsed.n > 0)
      append_doc(&b, parsed.docs[0]);
  }
  bc__docb_end(&b);
  if (b.rc == BC_OK && b.text.len == 0)
    goto out; /* neither title nor body text */
  rc = bc__docb_finish(&b, name, &doc, err);
  if (rc)
    goto out;
  doc->format = BC_FORMAT_FEED;
  doc->title = e->title;
  doc->author = e->author;
  doc->date = e->date;
  doc->url = e->link;
  e->title = e->author = e->date = e->link = NULL;
  *out = doc;
  goto out;
fail:
  rc = bc_error_set(err, rc, "cannot read an entry of '%s'", name);
out:
  bc_doclist_release(&parsed);
  bc__docb_release(&b);
  return rc;
}

/* Adds the entry's document to out; *bodies counts entries with content. */
static bc_status add_entry(struct entry *e, const char *name,
                           const struct bc_ingest_opts *opts,
                           struct bc_doclist *out, size_t *bodies,
                           struct bc_error *err)
{
  struct bc_doc *doc = NULL;
  bc_status rc;
  if (e->body)
    (*bodies)++;
  squash(e->title);
  squash(e->author);
  if (e->oom) {
    entry_release(e);
    return bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                        name);
  }
  rc = entry_doc(e, name, opts, &doc, err);
  entry_release(e);
  if (rc || !doc)
    return rc;
  return bc__doclist_push(out, doc, name, err);
}

/* Append data[0..len) with the characters XML 1.0 forbids (C0 controls
 * but tab, newline and return; U+FFFE, U+FFFF) as spaces: one of them
 * sends libxml2 into recovery, which then drops the '<' and '>' of every
 * escaped tag that follows ("&lt;p&gt;Hello" read as "pHello"). */
static void add_xml_chars(struct bc_buf *b, const char *data, size_t len)
{
  size_t from = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)data[i];
    size_t bad = 0;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
      bad = 1;
    else if (c == 0xEF && i + 2 < len && (unsigned char)data[i + 1] == 0xBF &&
             ((unsigned char)data[i + 2] == 0xBE ||
              (unsigned char)data[i + 2] == 0xBF))
      bad = 3;
    if (!bad)
      continue;
    bc_buf_add(b, data + from, i - from);
    bc_buf_addc(b, ' ');
    i += bad - 1;
    from = i + 1;
  }
  bc_buf_add(b, data + from, len - from);
}

/* A copy of data where what breaks XML in real feeds is mended: HTML
 * named entities become numeric references, a bare '&' becomes &amp;,
 * and characters XML forbids become spaces.  Only used after the strict
 * parse failed.  NULL on out-of-memory. */
static char *mend(const char *data, size_t len, size_t *out_len)
{
  struct bc_buf b = BC_BUF_INIT(len * 2 + 16);
  size_t i = 0;
  while (i < len) {
    const char *amp = memchr(data + i, '&', len - i);
    size_t at = amp ? (size_t)(amp - data) : len, k;
    uint32_t cp;
    add_xml_chars(&b, data + i, at - i);
    if (!amp)
      break;
    k = at + 1;
    if (k < len && data[k] == '#') {
      k++;
      while (k < len && k - at < 12 &&
             ((data[k] >= '0' && data[k] <= '9') || data[k] == 'x' ||
              (data[k] >= 'a' && data[k] <= 'f') ||
              (data[k] >= 'A' && data[k] <= 'F')))
        k++;
    } else {
      while (k < len && k - at < 12 &&
             ((data[k] >= 'a' && data[k] <= 'z') ||
              (data[k] >= 'A' && data[k] <= 'Z') ||
              (data[k] >= '0' && data[k] <= '9')))
        k++;
    }
    if (k < len && data[k] == ';' && k > at + 1) {
      size_t nl = k - at - 1;
      const char *nm = data + at + 1;
      int xml = nm[0] == '#' || (nl == 3 && (!memcmp(nm, "amp", 3))) ||
                (nl == 2 && (!memcmp(nm, "lt", 2) || !memcmp(nm, "gt", 2))) ||
                (nl == 4 && (!memcmp(nm, "quot", 4) || !memcmp(nm, "apos", 4)));
      if (xml && nm[0] == '#')
        bc_buf_add(&b, data + at, k + 1 - at);
      else if (xml)
        /* As a character reference: once libxml2 has found an error, its
         * recovery drops every entity reference, predefined ones too, but
         * still reads character references. */
        bc_buf_addf(&b, "&#%d;",
                    nm[0] == 'a' && nm[1] == 'm' ? '&'
                    : nm[0] == 'l'               ? '<'
                    : nm[0] == 'g'               ? '>'
                    : nm[0] == 'q'               ? '"'
                                                 : '\'');
      else if ((cp = bc__html_entity(nm, nl)) != 0)
        bc_buf_addf(&b, "&#%u;", (unsigned)cp);
      else
        bc_buf_adds(&b, "&amp;");
      /* An unknown name stays as text: "&foo;" reads "&foo;". */
      i = xml || cp ? k + 1 : at + 1;
      continue;
    }
    bc_buf_adds(&b, "&amp;");
    i = at + 1;
  }
  return bc_buf_take(&b, out_len);
}

/* Refuse DTDs that declare entities: nothing legitimate in a feed needs
 * them, and expanding them is how entity bombs work. */
static int declares_entities(const char *data, size_t len)
{
  static const char needle[] = "<!ENTITY";
  size_t n = sizeof(needle) - 1;
  for (size_t i = 0; i + n <= len; i++)
    if (data[i] == '<' && memcmp(data + i, needle, n) == 0)
      return 1;
  return 0;
}

bc_status bc__feed_parse(const char *data, size_t len, const char *name,
                         const struct bc_ingest_opts *opts,
                         struct bc_doclist *out, struct bc_error *err)
{
  xmlParserCtxtPtr ctxt = NULL;
  xmlDocPtr doc = NULL;
  xmlNode *root, *chan, *n;
  struct bc_doclist tmp = BC_DOCLIST_INIT;
  struct entry e;
  bc_status rc = BC_OK;
  int any_kind = 0, oom = 0;
  char strict_msg[160] = {0};
  size_t bodies = 0;
  char *mended = NULL;
  size_t mended_len = 0;
  memset(&e, 0, sizeof(e));
  if (len > (size_t)0x7fffffff)
    return bc_error_set(err, BC_ERR_LIMIT, "cannot parse '%s': too large",
                        name);
  if (declares_entities(data, len))
    return bc_error_set(err, BC_ERR_PARSE,
                        "cannot parse '%s': the feed declares XML entities, "
                        "which are refused",
                        name);
  ctxt = xmlNewParserCtxt();
  if (!ctxt)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot parse '%s': out of memory",
                        name);
  doc = xmlCtxtReadMemory(ctxt, data, (int)len, NULL, NULL, FEED_XML_FLAGS);
  if (!doc || !(root = xmlDocGetRootElement(doc))) {
    /* Real feeds carry HTML entities (&nbsp;) and bare ampersands.  Keep
     * the strict parser's message, and try libxml2's recovery: if it finds
     * a feed with content, that is the sensible result. */
    const xmlError *xe = xmlCtxtGetLastError(ctxt);
    if (xe && xe->message) {
      size_t ml = strcspn(xe->message, "\n");
      snprintf(strict_msg, sizeof(strict_msg), "%.*s at line %d",
               (int)(ml > 120 ? 120 : ml), xe->message, xe->line);
      if (strict_msg[0] >= 'A' && strict_msg[0] <= 'Z')
        strict_msg[0] = (char)(strict_msg[0] - 'A' + 'a');
    } else {
      snprintf(strict_msg, sizeof(strict_msg), "not well-formed XML");
    }
    xmlFreeDoc(doc);
    xmlCtxtReset(ctxt);
    mended = mend(data, len, &mended_len);
    if (!mended) {
      rc = bc_error_set(err, BC_ERR_NOMEM, "cannot parse '%s': out of memory",
                        name);
      goto out;
    }
    doc = xmlCtxtReadMemory(ctxt, mended, (int)mended_len, NULL, NULL,
                            FEED_XML_FLAGS);
    if (!doc || !xmlDocGetRootElement(doc)) {
      xmlFreeDoc(doc);
      xmlCtxtReset(ctxt);
      doc = xmlCtxtReadMemory(ctxt, mended, (int)mended_len, NULL, NULL,
                              FEED_XML_FLAGS | XML_PARSE_RECOVER);
    }
    root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root || !(is(root, "rss", NULL) || is(root, "RDF", NULL) ||
                   is(root, "feed", NULL))) {
      rc = bc_error_set(err, BC_ERR_PARSE, "cannot parse '%s': %s", name,
                        strict_msg);
      goto out;
    }
  }
  if (doc->intSubset && doc->intSubset->entities) {
    rc = bc_error_set(err, BC_ERR_PARSE,
                      "cannot parse '%s': the feed declares XML entities, "
                      "which are refused",
                      name);
    goto out;
  }
  if (is(root, "rss", NULL) || is(root, "RDF", NULL)) {
    /* RSS 2.0 keeps items in <channel>; RSS 1.0 (RDF) beside it. */
    chan = child(root, "channel", NULL);
    for (int pass = 0; pass < 2; pass++) {
      xmlNode *parent = pass == 0 ? chan : root;
      for (n = parent ? parent->children : NULL; n; n = n->next) {
        if (!is(n, "item", NULL))
          continue;
        if (wxr_skip(&oom, n))
          continue;
        read_rss_item(n, &e);
        rc = add_entry(&e, name, opts, &tmp, &bodies, err);
        if (rc)
          goto out;
      }
    }
  } else if (is(root, "feed", NULL)) {
    for (n = root->children; n; n = n->next)
      if (is(n, "entry", NULL) && blogger_kind(&oom, n) >= 0)
        any_kind = 1;
    for (n = root->children; n; n = n->next) {
      if (!is(n, "entry", NULL))
        continue;
      if ((any_kind && blogger_kind(&oom, n) != 0) || atom_draft(&oom, n))
        continue;
      read_atom_entry(n, &e);
      rc = add_entry(&e, name, opts, &tmp, &bodies, err);
      if (rc)
        goto out;
    }
  } else {
    rc = bc_error_set(err, BC_ERR_PARSE,
                      "cannot parse '%s': <%s> is not an RSS or Atom feed",
                      name, (const char *)root->name);
    goto out;
  }
  if (oom) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                      name);
    goto out;
  }
  /* A recovered parse must have found real content to count as a feed;
   * headlines salvaged from broken XML are not worth the doubt. */
  if (strict_msg[0] && bodies == 0) {
    rc = bc_error_set(err, BC_ERR_PARSE, "cannot parse '%s': %s", name,
                      strict_msg);
    goto out;
  }
  if (tmp.n == 0) {
    rc = bc_error_set(err, BC_ERR_INPUT, "'%s' has no entries", name);
    goto out;
  }
  rc = bc__doclist_move(out, &tmp, name, err);
out:
  free(mended);
  entry_release(&e);
  bc_doclist_release(&tmp);
  xmlFreeDoc(doc);
  xmlFreeParserCtxt(ctxt);
  return rc;
}
