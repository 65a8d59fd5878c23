/* html_meta.c - a page's title, author, publication date and canonical URL
 * from <head> (OpenGraph, article:*, Dublin Core, rel=canonical), JSON-LD
 * and visible markup (<h1>, <time>, bylines).  Dates are normalized to ISO
 * 8601; a date that cannot be read unambiguously is left out rather than
 * guessed. */
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "ingest/html_int.h"
#include "util/alloc.h"
#include "util/json.h"

/* --- strings ------------------------------------------------------------- */

static int lc(int c)
{
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int isdig(int c)
{
  return c >= '0' && c <= '9';
}

char *bc__html_squash(const char *s)
{
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 20);
  int space = 0;
  if (!s)
    return NULL;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = b.len > 0;
      continue;
    }
    if (c == 0xC2 && (unsigned char)s[1] == 0xA0) {
      space = b.len > 0;
      s++;
      continue;
    }
    if (space)
      bc_buf_addc(&b, ' ');
    space = 0;
    bc_buf_addc(&b, (char)c);
  }
  if (b.len == 0) {
    bc_buf_release(&b);
    return NULL;
  }
  return bc_buf_take(&b, NULL);
}

/* --- the metadata walk ---------------------------------------------------- */

enum { P_NONE = 0, P_LOW = 1, P_MID = 2, P_HIGH = 3, P_TOP = 4 };
/* Date sources, weakest first. */
enum {
  D_LINE = 1, /* a line holding only a date, at the top of the text */
  D_URL,      /* /2019/06/14/ in the canonical URL */
  D_VISIBLE,  /* text of an element classed as a date */
  D_META,     /* meta name=date, dc.date and kin */
  D_TIME,     /* <time datetime> */
  D_TIME_PUB, /* <time> marked as the publication date */
  D_JSONLD,   /* JSON-LD datePublished */
  D_OG        /* article:published_time */
};
/* Author sources, weakest first. */
enum {
  A_VISIBLE = 1, /* a short unclassed line "By Jane Doe" */
  A_BYLINE,      /* an element classed byline or author */
  A_REL,         /* <a rel=author> */
  A_JSONLD,      /* JSON-LD author.name */
  A_ARTICLE,     /* article:author, dc.creator and kin */
  A_META         /* meta name=author */
};

struct field {
  char *val;
  int prio;
};

/* Keep v (a libxml2 string, consumed) when it outranks what is there. */
static void offer(struct field *f, xmlChar *v, int prio)
{
  char *s;
  if (!v)
    return;
  /* Metadata is optional: a value that is empty after squashing, or that
   * finds no memory, is simply not kept. */
  if (prio > f->prio && (s = bc__html_squash((const char *)v)) != NULL) {
    free(f->val);
    f->val = s;
    f->prio = prio;
  }
  xmlFree(v);
}

/* A page's own address (rel=canonical, og:url) is kept only when it is
 * absolute: "/" or "post.html" names nothing without the address the page
 * came from, which ingest supplies itself when it fetched the page. */
static void offer_url(struct field *f, xmlChar *v, int prio)
{
  const char *u = (const char *)v;
  while (u && (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r'))
    u++;
  if (u && (!strncasecmp(u, "http://", 7) || !strncasecmp(u, "https://", 8)))
    offer(f, v, prio);
  else
    xmlFree(v);
}

static void offer_str(struct field *f, const char *v, int prio)
{
  char *s;
  if (!v || prio <= f->prio)
    return;
  s = bc__html_squash(v);
  if (!s)
    return;
  free(f->val);
  f->val = s;
  f->prio = prio;
}

static void offer_date(struct field *f, const char *v, int prio)
{
  char iso[11];
  if (!v || prio <= f->prio)
    return;
  if (bc__date_parse(v, strlen(v), 0, iso))
    offer_str(f, iso, prio);
}

static int looks_like_url(const char *s)
{
  return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8) ||
         !strncmp(s, "//", 2);
}

struct meta_walk {
  struct field title, h1, logo, title_tag, headline, author, date, url, site;
  struct field modified; /* when the page was last changed */
};

/* JSON-LD: the first Article-like object's datePublished, author.name and
 * headline; @graph arrays and top-level arrays are searched too. */
static void jsonld_item(struct meta_walk *w, const cJSON *o, int depth)
{
  const cJSON *it;
  if (!o || depth > 4)
    return;
  if (cJSON_IsArray(o)) {
    cJSON_ArrayForEach(it, o) jsonld_item(w, it, depth + 1);
    return;
  }
  if (!cJSON_IsObject(o))
    return;
  it = cJSON_GetObjectItemCaseSensitive(o, "@graph");
  if (it)
    jsonld_item(w, it, depth + 1);
  it = cJSON_GetObjectItemCaseSensitive(o, "headline");
  if (cJSON_IsString(it))
    offer_str(&w->headline, it->valuestring, P_MID);
  it = cJSON_GetObjectItemCaseSensitive(o, "datePublished");
  if (cJSON_IsString(it))
    offer_date(&w->date, it->valuestring, D_JSONLD);
  it = cJSON_GetObjectItemCaseSensitive(o, "dateModified");
  if (cJSON_IsString(it))
    offer_date(&w->modified, it->valuestring, D_JSONLD);
  it = cJSON_GetObjectItemCaseSensitive(o, "@type");
  if (cJSON_IsString(it) && (!strcmp(it->valuestring, "Comment") ||
                             !strcmp(it->valuestring, "Answer")))
    return; /* a reader's comment: its author is not the page's */
  it = cJSON_GetObjectItemCaseSensitive(o, "author");
  if (cJSON_IsArray(it))
    it = cJSON_GetArrayItem(it, 0);
  if (cJSON_IsObject(it))
    it = cJSON_GetObjectItemCaseSensitive(it, "name");
  if (cJSON_IsString(it) && !looks_like_url(it->valuestring))
    offer_str(&w->author, it->valuestring, A_JSONLD);
}

static void jsonld(struct meta_walk *w, xmlNode *script)
{
  xmlChar *body = xmlNodeGetContent(script);
  cJSON *root = NULL;
  if (!body)
    return;
  if (bc__json_parse((const char *)body, (size_t)xmlStrlen(body), "json-ld",
                     &root, NULL) == BC_OK) {
    jsonld_item(w, root, 0);
    cJSON_Delete(root);
  }
  xmlFree(body);
}

static void meta_tag(struct meta_walk *w, xmlNode *x)
{
  xmlChar *key = xmlGetProp(x, BAD_CAST "property");
  xmlChar *content;
  if (!key)
    key = xmlGetProp(x, BAD_CAST "name");
  if (!key)
    key = xmlGetProp(x, BAD_CAST "itemprop");
  if (!key)
    return;
  content = xmlGetProp(x, BAD_CAST "content");
  if (!content) {
    xmlFree(key);
    return;
  }
  if (!xmlStrcasecmp(key, BAD_CAST "og:title"))
    offer(&w->title, xmlStrdup(content), P_TOP);
  else if (!xmlStrcasecmp(key, BAD_CAST "twitter:title"))
    offer(&w->title, xmlStrdup(content), P_HIGH);
  else if (!xmlStrcasecmp(key, BAD_CAST "og:site_name") ||
           !xmlStrcasecmp(key, BAD_CAST "application-name"))
    offer(&w->site, xmlStrdup(content), P_LOW);
  else if (!xmlStrcasecmp(key, BAD_CAST "og:url"))
    offer_url(&w->url, xmlStrdup(content), P_MID);
  else if (!xmlStrcasecmp(key, BAD_CAST "article:published_time"))
    offer_date(&w->date, (const char *)content, D_OG);
  else if (!xmlStrcasecmp(key, BAD_CAST "article:modified_time") ||
           !xmlStrcasecmp(key, BAD_CAST "og:updated_time"))
    offer_date(&w->modified, (const char *)content, D_OG);
  else if (!xmlStrcasecmp(key, BAD_CAST "dateModified") ||
           !xmlStrcasecmp(key, BAD_CAST "last-modified") ||
           !xmlStrcasecmp(key, BAD_CAST "dcterms.modified"))
    offer_date(&w->modified, (const char *)content, D_META);
  else if (!xmlStrcasecmp(key, BAD_CAST "datePublished") ||
           !xmlStrcasecmp(key, BAD_CAST "date") ||
           !xmlStrcasecmp(key, BAD_CAST "dc.date") ||
           !xmlStrcasecmp(key, BAD_CAST "dc.date.issued") ||
           !xmlStrcasecmp(key, BAD_CAST "dcterms.date") ||
           !xmlStrcasecmp(key, BAD_CAST "dcterms.created") ||
           !xmlStrcasecmp(key, BAD_CAST "citation_publication_date") ||
           !xmlStrcasecmp(key, BAD_CAST "pubdate") ||
           !xmlStrcasecmp(key, BAD_CAST "publish-date") ||
           !xmlStrcasecmp(key, BAD_CAST "parsely-pub-date") ||
           !xmlStrcasecmp(key, BAD_CAST "sailthru.date"))
    offer_date(&w->date, (const char *)content, D_META);
  else if ((!xmlStrcasecmp(key, BAD_CAST "author") ||
            !xmlStrcasecmp(key, BAD_CAST "article:author") ||
            !xmlStrcasecmp(key, BAD_CAST "dc.creator") ||
            !xmlStrcasecmp(key, BAD_CAST "parsely-author") ||
            !xmlStrcasecmp(key, BAD_CAST "citation_author")) &&
           !looks_like_url((const char *)content))
    offer(&w->author, xmlStrdup(content),
          !xmlStrcasecmp(key, BAD_CAST "author") ? A_META : A_ARTICLE);
  xmlFree(content);
  xmlFree(key);
}

/* Case-insensitive (ASCII) comparison of at most n bytes. */
static int strncasecmp_(const char *a, const char *b, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    int x = lc((unsigned char)a[i]), y = lc((unsigned char)b[i]);
    if (x != y)
      return x - y;
    if (!x)
      return 0;
  }
  return 0;
}

/* The name in a byline: after a leading "By ", up to the first separator,
 * digit or " on "/" at " ("By Jo Park \xC2\xB7 March 3" -> "Jo Park").
 * Returns 1 and the name in out when it looks like a name (2-6 words,
 * each capitalised or a short particle such as "de"). */
static int byline_name(const char *s, int need_by, char *out, size_t cap)
{
  static const char *const stops[] = {
      ",",   "|",    "\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94",
      " - ", " on ", " at ",     " in ",         " for ",        "\n",
      "("};
  size_t n, words = 0, label;
  const char *p = s;
  while (*p == ' ')
    p++;
  /* "By", "Posted by", "Article by": the name follows */
  label = bc__line_by_label(p, strlen(p));
  if (label)
    p += label;
  else if (need_by)
    return 0;
  while (*p == ' ')
    p++;
  n = strlen(p);
  for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++) {
    const char *q = strstr(p, stops[i]);
    if (q && (size_t)(q - p) < n)
      n = (size_t)(q - p);
  }
  for (size_t i = 0; i < n; i++)
    if (isdig((unsigned char)p[i]))
      n = i;
  while (n && (p[n - 1] == ' ' || p[n - 1] == '.')) {
    /* keep the dot of an initial: "Joe S." */
    if (p[n - 1] == '.' && n >= 3 && p[n - 3] == ' ' && p[n - 2] >= 'A' &&
        p[n - 2] <= 'Z')
      break;
    n--;
  }
  if (n < 3 || n >= cap)
    return 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && p[j] != ' ')
      j++;
    /* capitalised, or a short particle ("van", "de") after the first;
     * "by" is a label's ("Article by" with the name in a link the text
     * left out), never part of a name */
    if (!((p[i] >= 'A' && p[i] <= 'Z') || (unsigned char)p[i] >= 0xC0 ||
          (words > 0 && j - i <= 3 && p[i] >= 'a' && p[i] <= 'z')) ||
        (j - i == 2 && (p[i] | 0x20) == 'b' && p[i + 1] == 'y'))
      return 0;
    words++;
    i = j;
    while (i < n && p[i] == ' ')
      i++;
  }
  if (words < 2 || words > 6)
    return 0;
  memcpy(out, p, n);
  out[n] = '\0';
  return 1;
}

/* A byline element's text, bounded like visible_date. */
static int short_text(xmlNode *x, char *buf, size_t cap)
{
  size_t n = 0;
  for (xmlNode *c = x; c; c = bc__html_next_node(c, x, 0)) {
    size_t l;
    if (c->type != XML_TEXT_NODE || !c->content)
      continue;
    l = strlen((const char *)c->content);
    if (n + l >= cap)
      return 0;
    memcpy(buf + n, c->content, l);
    n += l;
  }
  buf[n] = '\0';
  return n > 0;
}

/* A visible byline: an element classed as one (prio A_BYLINE, "By "
 * optional), or any short element reading "By Jane Doe" (A_VISIBLE). */
static void byline(struct meta_walk *w, xmlNode *x, int prio)
{
  char buf[160], name[64];
  char *sq;
  if (!short_text(x, buf, sizeof buf))
    return;
  sq = bc__html_squash(buf);
  if (!sq)
    return;
  if (byline_name(sq, prio == A_VISIBLE, name, sizeof name))
    offer_str(&w->author, name, prio);
  free(sq);
}

/* <a rel=author>: its text, or the name after "by" in "View all posts by
 * Jane Doe". */
static void rel_author(struct meta_walk *w, xmlNode *x)
{
  char buf[160];
  char *sq, *p, *by;
  if (w->author.prio >= A_REL || !short_text(x, buf, sizeof buf))
    return;
  sq = bc__html_squash(buf);
  if (!sq)
    return;
  p = sq;
  while ((by = strstr(p, " by ")) != NULL)
    p = by + 4;
  if (strlen(p) >= 2)
    offer_str(&w->author, p, A_REL);
  free(sq);
}

static int class_has(xmlNode *x, const char *word)
{
  xmlChar *c = xmlGetProp(x, BAD_CAST "class");
  int r = c && xmlStrstr(c, BAD_CAST word) != NULL;
  xmlFree(c);
  return r;
}

/* The part of an address that names the page: no scheme, no "www.", no
 * fragment, no trailing "/"; a path ("/a/b") is matched against the
 * page's own path.  Returns the length kept from *u. */
static size_t page_key(const char **u)
{
  const char *s = *u;
  size_t n;
  if (!strncasecmp(s, "https://", 8))
    s += 8;
  else if (!strncasecmp(s, "http://", 7))
    s += 7;
  if (!strncasecmp(s, "www.", 4))
    s += 4;
  n = strcspn(s, "#");
  while (n && s[n - 1] == '/')
    n--;
  *u = s;
  return n;
}

/* Whether heading h is wholly a link to another page than page_url (an
 * absolute address): a "read also" card that names another article, in
 * any language.  A heading linking to the page itself (a permalink) is
 * still the page's headline; without the page's address nothing is
 * known. */
static int links_elsewhere(xmlNode *h, const char *page_url)
{
  xmlNode *a = h->children;
  xmlChar *href;
  int other = 0;
  while (a && a->type == XML_TEXT_NODE && xmlIsBlankNode(a))
    a = a->next;
  if (!page_url || !a || a->type != XML_ELEMENT_NODE ||
      xmlStrcasecmp(a->name, BAD_CAST "a"))
    return 0;
  for (xmlNode *r = a->next; r; r = r->next)
    if (!(r->type == XML_TEXT_NODE && xmlIsBlankNode(r)))
      return 0; /* text outside the link */
  href = xmlGetProp(a, BAD_CAST "href");
  if (href) {
    const char *hu = (const char *)href, *pu = page_url;
    size_t hn, pn = page_key(&pu);
    if (*hu == '/' && hu[1] != '/') {
      size_t host = strcspn(pu, "/");
      pu += host;
      pn -= host < pn ? host : pn;
      hn = strcspn(hu, "#");
      while (hn && hu[hn - 1] == '/')
        hn--;
      other = hn != pn || strncmp(hu, pu, pn) != 0;
    } else if (!strncasecmp(hu, "http", 4)) {
      hn = page_key(&hu);
      other = hn != pn || strncasecmp(hu, pu, pn) != 0;
    }
  }
  xmlFree(href);
  return other;
}

static int inside(xmlNode *x, xmlNode *anc)
{
  for (; x; x = x->parent)
    if (x == anc)
      return 1;
  return 0;
}

static int attr_type_jsonld(xmlNode *x)
{
  xmlChar *t = xmlGetProp(x, BAD_CAST "type");
  int r = t && !xmlStrcasecmp(t, BAD_CAST "application/ld+json");
  xmlFree(t);
  return r;
}

/* Whether x sits in a comment, a sidebar, a footer or a list of related
 * stories, whose dates are not the page's (ancestors checked up to 40
 * levels, which covers real pages). */
static int in_aside(xmlNode *x)
{
  static const char *const words[] = {"comment", "related", "sidebar",
                                      "footer",  "widget",  "recommend",
                                      "popular", "trending"};
  int depth = 0;
  for (xmlNode *a = x->parent; a && a->type == XML_ELEMENT_NODE && depth < 40;
       a = a->parent, depth++) {
    xmlChar *v[2];
    int hit = 0;
    if (!xmlStrcmp(a->name, BAD_CAST "footer") ||
        !xmlStrcmp(a->name, BAD_CAST "aside"))
      return 1;
    v[0] = xmlGetProp(a, BAD_CAST "class");
    v[1] = xmlGetProp(a, BAD_CAST "id");
    for (int k = 0; k < 2; k++)
      for (size_t i = 0; v[k] && !hit && i < sizeof words / sizeof words[0];
           i++)
        hit = xmlStrcasestr(v[k], BAD_CAST words[i]) != NULL;
    xmlFree(v[0]);
    xmlFree(v[1]);
    if (hit)
      return 1;
  }
  return 0;
}

/* Whether x, or an element around it below <body>, holds the readers'
 * comments (class or id naming comment, reply, respond or disqus): a name
 * there is a commenter's, never the page's author.  Class names that only
 * describe a state ("no-comments", "has-comments") say nothing. */
static int in_comments(xmlNode *x)
{
  static const char *const words[] = {"comment", "reply", "respond", "disqus"};
  static const char *const attrs[] = {"class", "id"};
  int depth = 0;
  for (xmlNode *a = x; a && a->type == XML_ELEMENT_NODE && depth < 40 &&
                       xmlStrcmp(a->name, BAD_CAST "body");
       a = a->parent, depth++)
    for (size_t k = 0; k < 2; k++) {
      xmlChar *v = xmlGetProp(a, BAD_CAST attrs[k]);
      const char *p = (const char *)v;
      int hit = 0;
      while (p && *p && !hit) {
        char tok[64];
        size_t n = strcspn(p, " \t\n\r");
        if (n && n < sizeof tok) {
          memcpy(tok, p, n);
          tok[n] = '\0';
          if (strncasecmp_(tok, "no-", 3) && strncasecmp_(tok, "has-", 4) &&
              strncasecmp_(tok, "is-", 3))
            for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
              hit |= xmlStrcasestr(BAD_CAST tok, BAD_CAST words[i]) != NULL;
        }
        p += n;
        p += strspn(p, " \t\n\r");
      }
      xmlFree(v);
      if (hit)
        return 1;
    }
  return 0;
}

static int attr_has(xmlNode *x, const char *name, const char *val)
{
  xmlChar *v = xmlGetProp(x, BAD_CAST name);
  int r = v && !xmlStrcasecmp(v, BAD_CAST val);
  xmlFree(v);
  return r;
}

/* A date of the last change, not of publication: <time class="updated">,
 * itemprop=dateModified. */
static int modified(xmlNode *x)
{
  return class_has(x, "update") || class_has(x, "modified") ||
         class_has(x, "edited") || attr_has(x, "itemprop", "dateModified");
}

static int dated_class(xmlNode *x)
{
  xmlChar *c = xmlGetProp(x, BAD_CAST "class");
  xmlChar *ip = xmlGetProp(x, BAD_CAST "itemprop");
  int r =
      (c &&
       (xmlStrstr(c, BAD_CAST "date") || xmlStrstr(c, BAD_CAST "publish") ||
        xmlStrstr(c, BAD_CAST "posted") || xmlStrstr(c, BAD_CAST "time"))) ||
      (ip && !xmlStrcasecmp(ip, BAD_CAST "datePublished"));
  xmlFree(c);
  xmlFree(ip);
  return r;
}

/* A date written in an element classed as one ("post-date"), when its text
 * is short enough to be a dateline rather than a paragraph. */
static void visible_date(struct meta_walk *w, xmlNode *x)
{
  char buf[128], iso[11];
  const xmlChar *at;
  size_t n = 0;
  /* gather at most sizeof buf bytes of the element's text */
  for (xmlNode *c = x; c; c = bc__html_next_node(c, x, 0)) {
    size_t l;
    if (c->type != XML_TEXT_NODE || !c->content)
      continue;
    l = strlen((const char *)c->content);
    if (n + l >= sizeof buf)
      return;
    memcpy(buf + n, c->content, l);
    n += l;
  }
  buf[n] = '\0';
  /* "Written: May 2 / Updated: June 3": only what precedes "updated" or
   * "modified" tells when the page was published */
  at = xmlStrcasestr(BAD_CAST buf, BAD_CAST "update");
  if (at)
    n = (size_t)(at - BAD_CAST buf);
  at = xmlStrcasestr(BAD_CAST buf, BAD_CAST "modif");
  if (at && (size_t)(at - BAD_CAST buf) < n)
    n = (size_t)(at - BAD_CAST buf);
  if (n && !modified(x) && bc__date_parse(buf, n, 0, iso) && strlen(iso) == 10)
    offer_str(&w->date, iso, D_VISIBLE);
}

/* /2019/06/14/ in the canonical URL's path. */
static void url_date(struct meta_walk *w)
{
  const char *u = w->url.val;
  char iso[11];
  for (const char *p = strchr(u, '/'); p; p = strchr(p + 1, '/')) {
    if (strlen(p) >= 12 && p[5] == '/' && p[8] == '/' &&
        (p[11] == '/' || p[11] == '\0' || p[11] == '-' || p[11] == '.')) {
      char tmp[11];
      memcpy(tmp, p + 1, 10);
      tmp[10] = '\0';
      if (bc__date_parse(tmp, 10, 1, iso) && strlen(iso) == 10) {
        offer_str(&w->date, iso, D_URL);
        return;
      }
    }
  }
}

/* --- a visible date line ------------------------------------------------- */

/* A page without date markup often shows its date as a line of its own at
 * the top of the article ("March 2005<br><br>The essay...") or just above
 * it.  The page is read as lines (a <br> or a block element ends one) up to
 * the first few lines of the main content. */

enum { LINE_CAP = 96, LINES_IN = 4, LINES_BEFORE = 2 };

struct line_scan {
  xmlNode *content;
  char cur[LINE_CAP];
  size_t n;
  int over;   /* the line is too long to be a date line */
  int listed; /* part of it sits in a list, a menu or an aside */
  int in;     /* the walk has reached the content */
  int done;
  int seen_in;                   /* non-empty lines seen inside the content */
  int n_before;                  /* valid entries of before[], nearest first */
  char before[LINES_BEFORE][11]; /* a line's date, or "" */
  int before_long[LINES_BEFORE];
  char found[11];
};

static int line_block(const xmlChar *n)
{
  static const char *const names[] = {
      "p",      "div",        "h1",      "h2",   "h3",   "h4",      "h5",
      "h6",     "li",         "ul",      "ol",   "dl",   "dt",      "dd",
      "table",  "tr",         "td",      "th",   "pre",  "article", "section",
      "header", "blockquote", "address", "hr",   "main", "figure",  "center",
      "nav",    "aside",      "footer",  "body", "form", "caption", "tbody"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (!xmlStrcasecmp(n, BAD_CAST names[i]))
      return 1;
  return 0;
}

static int line_junk(const xmlChar *n)
{
  return !xmlStrcasecmp(n, BAD_CAST "script") ||
         !xmlStrcasecmp(n, BAD_CAST "style") ||
         !xmlStrcasecmp(n, BAD_CAST "noscript") ||
         !xmlStrcasecmp(n, BAD_CAST "template") ||
         !xmlStrcasecmp(n, BAD_CAST "select") ||
         !xmlStrcasecmp(n, BAD_CAST "head");
}

/* Text in a list item, a menu or an aside: an archive's "March 2005" link,
 * not the page's date. */
static int in_list(xmlNode *x)
{
  int depth = 0;
  for (xmlNode *a = x->parent; a && a->type == XML_ELEMENT_NODE && depth < 40;
       a = a->parent, depth++)
    if (!xmlStrcasecmp(a->name, BAD_CAST "li") ||
        !xmlStrcasecmp(a->name, BAD_CAST "nav") ||
        !xmlStrcasecmp(a->name, BAD_CAST "option"))
      return 1;
  return in_aside(x);
}

/* Whether s (squashed) is a line holding just a date, optionally labelled
 * "Posted"/"Published" and followed by a revision note ("April 2001, rev.
 * April 2003", "..., updated June 2"); the first date, when the page was
 * published, goes to iso.  A line that names only a change ("Updated March
 * 2005") is not a publication date. */
static int date_line(const char *s, char iso[11])
{
  static const char *const labels[] = {"posted on", "published on", "posted",
                                       "published", "date",         "on"};
  static const char *const after[] = {"rev", "updat", "modif", "last", "edit"};
  size_t len = strlen(s), i = 0, end = 0;
  for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
    size_t l = strlen(labels[k]);
    if (len > l && !strncasecmp_(s, labels[k], l) &&
        (s[l] == ' ' || s[l] == ':')) {
      i = l;
      while (i < len && (s[i] == ' ' || s[i] == ':'))
        i++;
      break;
    }
  }
  i = bc__date_skip_weekday(s, len, i);
  if (i >= len || !bc__date_at(s, len, i, &end, iso))
    return 0;
  while (end < len && strchr(" ,.;:(|-", s[end]))
    end++;
  if (end == len)
    return 1;
  for (size_t k = 0; k < sizeof after / sizeof after[0]; k++)
    if (!strncasecmp_(s + end, after[k], strlen(after[k])))
      return 1;
  return 0;
}

/* The current line is complete: judge it. */
static void line_end(struct line_scan *s)
{
  char iso[11];
  char *sq;
  int over = s->over, listed = s->listed;
  s->cur[s->n] = '\0';
  s->n = 0;
  s->over = s->listed = 0;
  sq = over ? NULL : bc__html_squash(s->cur);
  if (!over && !sq)
    return; /* blank, or no memory: no line */
  if (!sq || listed || !date_line(sq, iso))
    iso[0] = '\0';
  free(sq);
  if (!s->in) {
    /* keep the nearest lines before the content */
    memmove(s->before[1], s->before[0], sizeof s->before[0]);
    memcpy(s->before[0], iso, sizeof iso);
    s->before_long[1] = s->before_long[0];
    s->before_long[0] = over;
    if (s->n_before < LINES_BEFORE)
      s->n_before++;
    return;
  }
  s->seen_in++;
  if (iso[0]) {
    memcpy(s->found, iso, sizeof iso);
    s->done = 1;
  } else if (over || s->seen_in >= LINES_IN) {
    s->done = 1; /* the text has begun */
  }
}

static int blank(const char *t)
{
  for (; *t; t++)
    if (!strchr(" \t\r\n\f", *t))
      return 0;
  return 1;
}

static void line_add(struct line_scan *s, xmlNode *t)
{
  size_t l;
  if (!t->content)
    return;
  l = strlen((const char *)t->content);
  if (s->over)
    return;
  if (s->n + l >= LINE_CAP) {
    /* whitespace between tags must not make a short line long */
    char *sq = bc__html_squash((const char *)t->content);
    l = sq ? strlen(sq) + 1 : 0;
    if (s->n + l >= LINE_CAP) {
      s->over = 1;
    } else if (sq) {
      s->cur[s->n++] = ' ';
      memcpy(s->cur + s->n, sq, l - 1);
      s->n += l - 1;
    }
    free(sq);
  } else {
    memcpy(s->cur + s->n, t->content, l);
    s->n += l;
  }
  if (!s->listed && !blank((const char *)t->content) && in_list(t))
    s->listed = 1;
}

/* The date of a date line at the top of content, else of one of the two
 * lines just before it; "" when there is none. */
static void line_date(xmlNode *root, xmlNode *content, char iso[11])
{
  struct line_scan s;
  xmlNode *x = root;
  memset(&s, 0, sizeof s);
  s.content = content;
  iso[0] = '\0';
  while (x && !s.done) {
    int down = 0;
    if (x == content) {
      line_end(&s);
      s.in = 1;
    }
    if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
      line_add(&s, x);
    } else if (x->type == XML_ELEMENT_NODE && !line_junk(x->name)) {
      if (!xmlStrcasecmp(x->name, BAD_CAST "br") || line_block(x->name))
        line_end(&s);
      down = x->children != NULL;
    }
    if (down) {
      x = x->children;
      continue;
    }
    /* leave the elements that end here */
    for (;;) {
      if (x->type == XML_ELEMENT_NODE && line_block(x->name))
        line_end(&s);
      if (x == content || x == root) {
        line_end(&s);
        x = NULL;
        break;
      }
      if (x->next) {
        x = x->next;
        break;
      }
      x = x->parent;
      if (!x)
        break;
    }
  }
  if (s.found[0]) {
    memcpy(iso, s.found, sizeof s.found);
    return;
  }
  if (!s.in)
    return;
  /* the nearest line before the content, or the one before it when the
   * nearest is not a date (a heading between date and text) */
  for (int k = 0; k < s.n_before && !s.before_long[k]; k++)
    if (s.before[k][0]) {
      memcpy(iso, s.before[k], 11);
      return;
    }
}

/* --- the title ----------------------------------------------------------- */

/* The separators pages put between a title and the site's name. */
static const char *const title_seps[] = {" | ",
                                         " - ",
                                         " \xE2\x80\x94 ",
                                         " \xE2\x80\x93 ",
                                         " \xC2\xB7 ",
                                         " \xE2\x80\xA2 ",
                                         " :: ",
                                         " \xC2\xBB ",
                                         " // ",
                                         " ~ "};

/* Letters and digits of s[0..n), lower-cased, into out (at most cap - 1
 * bytes): "The Verge" and "theverge" read the same. */
static size_t fold(const char *s, size_t n, char *out, size_t cap)
{
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < cap; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
      out[k++] = (char)c;
    else if (c >= 'A' && c <= 'Z')
      out[k++] = (char)(c + 32);
  }
  out[k] = '\0';
  return k;
}

/* The name a host stands for: "www.the-verge.com" -> "theverge". */
static void host_name(const char *url, char *out, size_t cap)
{
  const char *h, *e, *dot, *last = NULL, *prev = NULL;
  out[0] = '\0';
  if (!url || !(h = strstr(url, "//")))
    return;
  h += 2;
  e = h + strcspn(h, "/:?#");
  /* the label before the public suffix: the last but one, or the one
   * before a two-letter country code under a short second level
   * ("bbc.co.uk") */
  for (dot = h; dot < e; dot++)
    if (*dot == '.') {
      prev = last;
      last = dot;
    }
  if (!last)
    return;
  {
    const char *a = prev ? prev + 1 : h, *b = last;
    if (prev && e - last == 3 && b - a <= 3) {
      const char *pp = NULL;
      for (dot = h; dot < prev; dot++)
        if (*dot == '.')
          pp = dot;
      a = pp ? pp + 1 : h;
      b = prev;
    }
    fold(a, (size_t)(b - a), out, cap);
  }
}

/* Whether part of a title names the site: a name the page gives for it
 * (og:site_name, a logo <h1>), or its host. */
static int names_site(const char *part, size_t n, const char *const *sites,
                      size_t n_sites, const char *host)
{
  char a[128], b[128];
  if (fold(part, n, a, sizeof a) < 2)
    return 0;
  for (size_t i = 0; i < n_sites; i++)
    if (sites[i] && fold(sites[i], strlen(sites[i]), b, sizeof b) &&
        !strcmp(a, b))
      return 1;
  return host && host[0] &&
         (!strcmp(a, host) ||
          (strlen(a) >= 4 && strstr(host, a) && strlen(a) * 2 >= strlen(host)));
}

static size_t words_in(const char *s, size_t n)
{
  size_t w = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
      w++;
  return w;
}

/* "Site | Title", "Title - Site", "Title · Site": the site's name dropped
 * from either end, where the page names the site or its host does.  With
 * guess set and no such name, a short part after the last separator (or
 * before the first " | ") goes too when the rest is clearly longer. */
static void strip_site(char *t, const char *const *sites, size_t n_sites,
                       const char *host, int guess)
{
  for (int again = 0; again < 2; again++) {
    size_t tl = strlen(t);
    const char *first = NULL, *last = NULL;
    size_t first_l = 0, last_l = 0;
    for (size_t i = 0; i < sizeof title_seps / sizeof title_seps[0]; i++) {
      size_t l = strlen(title_seps[i]);
      const char *p = strstr(t, title_seps[i]), *q = NULL;
      if (p && (!first || p < first)) {
        first = p;
        first_l = l;
      }
      while (p) {
        q = p;
        p = strstr(p + 1, title_seps[i]);
      }
      if (q && (!last || q > last)) {
        last = q;
        last_l = l;
      }
    }
    if (!last)
      return;
    /* the end */
    if (names_site(last + last_l, tl - (size_t)(last + last_l - t), sites,
                   n_sites, host) ||
        bc__title_bad(last + last_l, tl - (size_t)(last + last_l - t)) ||
        (guess && strlen(last + last_l) < (size_t)(last - t) &&
         words_in(last + last_l, strlen(last + last_l)) <= 4)) {
      t[last - t] = '\0';
      continue;
    }
    /* the start */
    if (names_site(t, (size_t)(first - t), sites, n_sites, host) ||
        bc__title_bad(t, (size_t)(first - t)) ||
        (guess && first_l == 3 && first[1] == '|' &&
         (size_t)(first - t) * 2 < tl - (size_t)(first - t) &&
         words_in(t, (size_t)(first - t)) <= 3)) {
      memmove(t, first + first_l, strlen(first + first_l) + 1);
      continue;
    }
    return;
  }
}

/* "Site: Title" where the page names the site. */
static void strip_site_colon(char *t, const char *const *sites, size_t n_sites)
{
  const char *c = strstr(t, ": ");
  if (c && names_site(t, (size_t)(c - t), sites, n_sites, NULL))
    memmove(t, c + 2, strlen(c + 2) + 1);
}

/* Whether a and b say the same once case, punctuation and spaces are
 * set aside, or one holds all of the other ("Headline" in "Headline:
 * live updates"): then they do not differ in any way a reader cares
 * about. */
static int same_title(const char *a, const char *b)
{
  char fa[512], fb[512];
  fold(a, strlen(a), fa, sizeof fa);
  fold(b, strlen(b), fb, sizeof fb);
  return fa[0] && fb[0] && (strstr(fa, fb) || strstr(fb, fa));
}

/* Whether a and b share a word of four letters or more: two titles of
 * the same story do, a gallery caption or a widget's heading in an <h1>
 * ("Ask me") and the story's title do not. */
static int share_word(const char *a, const char *b)
{
  for (const char *p = a; *p;) {
    char wa[64], wb[64];
    size_t n = 0, la;
    while (*p && !((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
      p++;
    while (p[n] && (((p[n] | 0x20) >= 'a' && (p[n] | 0x20) <= 'z')))
      n++;
    la = fold(p, n, wa, sizeof wa);
    p += n;
    if (la < 4)
      continue;
    for (const char *q = b; *q;) {
      size_t m = 0;
      while (*q && !((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z'))
        q++;
      while (q[m] && (((q[m] | 0x20) >= 'a' && (q[m] | 0x20) <= 'z')))
        m++;
      if (fold(q, m, wb, sizeof wb) == la && !strcmp(wa, wb))
        return 1;
      q += m;
    }
  }
  return 0;
}

/* Whether s starts with a separator (": ", " | ", " - ", " \u2014 ", ...):
 * what follows a headline there is decoration, not more of it. */
static int after_sep(const char *s)
{
  if (s[0] == ':' || s[0] == '|')
    return 1;
  if (s[0] != ' ')
    return 0;
  for (size_t i = 0; i < sizeof title_seps / sizeof title_seps[0]; i++)
    if (!strncmp(s, title_seps[i], strlen(title_seps[i])))
      return 1;
  return 0;
}

/* Free *t and set it to NULL when it can be no title. */
static void drop_bad(char **t)
{
  if (*t && bc__title_bad(*t, strlen(*t))) {
    free(*t);
    *t = NULL;
  }
}

/* The title: the visible headline (the article's <h1>) where it and the
 * page's og:title differ in more than decoration, else og:title, JSON-LD's
 * headline or <title>; site names dropped at either end, and boilerplate
 * or a bare date never kept.  Takes the strings it returns. */
static char *choose_title(struct meta_walk *w, const char *logo)
{
  char host[64];
  const char *sites[3] = {w->site.val, logo, NULL};
  char **cands[3] = {&w->title.val, &w->headline.val, &w->title_tag.val};
  char *h1 = w->h1.prio == P_HIGH ? w->h1.val : NULL, *t;
  host_name(w->url.val, host, sizeof host);
  for (size_t i = 0; i < 3; i++) {
    if (!*cands[i])
      continue;
    strip_site(*cands[i], sites, 2, host, i == 2);
    strip_site_colon(*cands[i], sites, 2);
    drop_bad(cands[i]);
  }
  if (h1) {
    strip_site(h1, sites, 2, host, 0);
    if (bc__title_bad(h1, strlen(h1)) ||
        names_site(h1, strlen(h1), sites, 2, host))
      h1 = NULL;
  }
  t = w->title.val      ? w->title.val
      : w->headline.val ? w->headline.val
                        : w->title_tag.val;
  if (h1) {
    size_t hl = strlen(h1), tl = t ? strlen(t) : 0;
    int take;
    if (!t)
      take = 1;
    else if (t == w->title_tag.val)
      /* the article's own <h1> beats <title>, unless it is a section's
       * label ("Auto News"): two words or fewer, none of them the
       * title's */
      take = words_in(h1, hl) >= 3 || share_word(h1, t);
    else if (same_title(t, h1))
      /* "Headline | Site" or "Headline: live updates" beside "Headline":
       * the headline without the decoration; but a short <h1> inside a
       * much longer title is a label, not the headline */
      take = tl > hl && hl >= 8 &&
             ((!strncmp(t, h1, hl) && after_sep(t + hl)) || tl <= 2 * hl);
    else
      /* Two titles of the story: the one the reader sees wins over the
       * one written for sharing or search.  An <h1> of two words, or one
       * that shares no word with the title, is some other heading. */
      take = words_in(h1, hl) >= 3 && share_word(h1, t);
    if (take) {
      w->h1.val = NULL;
      return h1;
    }
  }
  if (t == w->title.val)
    w->title.val = NULL;
  else if (t == w->headline.val)
    w->headline.val = NULL;
  else if (t == w->title_tag.val)
    w->title_tag.val = NULL;
  if (!t && w->h1.val && !bc__title_bad(w->h1.val, strlen(w->h1.val)) &&
      !names_site(w->h1.val, strlen(w->h1.val), sites, 2, host)) {
    t = w->h1.val; /* an <h1> outside the article, for want of better */
    w->h1.val = NULL;
  }
  return t;
}

/* Whether the text t names the year of iso as a word of its own ("in
 * 2019", "2019-20", "22/10/2019"), not inside a longer number. */
static int names_year(const char *t, const char *iso)
{
  char y[5];
  memcpy(y, iso, 4);
  y[4] = '\0';
  for (const char *p = strstr(t, y); p; p = strstr(p + 1, y))
    if ((p == t || !isdig((unsigned char)p[-1])) && !isdig((unsigned char)p[4]))
      return 1;
  return 0;
}

/* A page first published years before it was last changed, whose text
 * names the year of the change but never the year it was first published
 * (a standings table, a price list or a guide rewritten each season under
 * one address), holds the later page: the first date would date what the
 * reader sees years too early.  The date then is the change's. */
static void revised_date(struct meta_walk *w, xmlNode *content)
{
  xmlChar *text;
  if (!w->date.val || !w->modified.val || strlen(w->date.val) < 4 ||
      strlen(w->modified.val) < 4 ||
      strncmp(w->modified.val, w->date.val, 4) <= 0)
    return;
  text = xmlNodeGetContent(content);
  if (!text)
    return;
  if (names_year((const char *)text, w->modified.val) &&
      !names_year((const char *)text, w->date.val)) {
    free(w->date.val);
    w->date.val = w->modified.val;
    w->modified.val = NULL;
  }
  xmlFree(text);
}

/* Whether a would-be author is the site itself, a handle or a
 * placeholder. */
static int fake_author(const char *a, const char *site)
{
  return a[0] == '@' || (site && !strncasecmp_(a, site, strlen(site) + 1)) ||
         !strncasecmp_(a, "no author", 10) || !strncasecmp_(a, "admin", 6);
}

bc_status bc__html_meta_read(xmlDoc *doc, xmlNode *content,
                             struct bc__html_meta *meta)
{
  struct meta_walk w;
  xmlNode *root = xmlDocGetRootElement(doc), *x;
  memset(&w, 0, sizeof w);
  for (x = root; x;) {
    int skip = 0;
    if (x->type == XML_ELEMENT_NODE) {
      const char *n = (const char *)x->name;
      if (!strcmp(n, "meta")) {
        meta_tag(&w, x);
      } else if (!strcmp(n, "title") && !w.title_tag.val) {
        offer(&w.title_tag, xmlNodeGetContent(x), P_LOW);
        skip = 1;
      } else if (!strcmp(n, "link")) {
        xmlChar *rel = xmlGetProp(x, BAD_CAST "rel");
        if (rel && !xmlStrcasecmp(rel, BAD_CAST "canonical"))
          offer_url(&w.url, xmlGetProp(x, BAD_CAST "href"), P_HIGH);
        xmlFree(rel);
      } else if (!strcmp(n, "script")) {
        if (attr_type_jsonld(x))
          jsonld(&w, x);
        skip = 1;
      } else if (!strcmp(n, "style")) {
        skip = 1;
      } else if (!strcmp(n, "h1")) {
        int in = content && inside(x, content);
        if (!links_elsewhere(x, w.url.val))
          offer(&w.h1, xmlNodeGetContent(x), in ? P_HIGH : P_LOW);
        if (!in)
          offer(&w.logo, xmlNodeGetContent(x), P_LOW); /* the site's */
        skip = 1;
      } else if (!strcmp(n, "time")) {
        xmlChar *dt = xmlGetProp(x, BAD_CAST "datetime");
        int pub = xmlHasProp(x, BAD_CAST "pubdate") ||
                  class_has(x, "publish") || class_has(x, "entry-date");
        if (dt && !in_aside(x) && !modified(x))
          offer_date(&w.date, (const char *)dt, pub ? D_TIME_PUB : D_TIME);
        else if (dt && !in_aside(x))
          offer_date(&w.modified, (const char *)dt, D_TIME);
        xmlFree(dt);
      } else if (!strcmp(n, "a")) {
        xmlChar *rel = xmlGetProp(x, BAD_CAST "rel");
        if (rel && !xmlStrcasecmp(rel, BAD_CAST "author") && !in_comments(x))
          rel_author(&w, x);
        xmlFree(rel);
      } else {
        /* a commenter's name is not the page's author */
        if (w.author.prio < A_BYLINE &&
            (class_has(x, "byline") || class_has(x, "author")) &&
            !in_comments(x))
          byline(&w, x, A_BYLINE);
        else if (w.author.prio < A_VISIBLE &&
                 (!strcmp(n, "p") || !strcmp(n, "span") || !strcmp(n, "div") ||
                  !strcmp(n, "address")) &&
                 !in_comments(x))
          byline(&w, x, A_VISIBLE);
        if (w.date.prio < D_VISIBLE && dated_class(x))
          visible_date(&w, x);
      }
    }
    x = bc__html_next_node(x, root, skip || x->type != XML_ELEMENT_NODE);
  }
  if (w.author.val && fake_author(w.author.val, w.site.val)) {
    free(w.author.val);
    w.author.val = NULL;
  }
  meta->title = choose_title(&w, w.logo.val);
  if (!w.date.val && w.url.val)
    url_date(&w);
  if (!w.date.val && content) {
    char iso[11];
    line_date(root, content, iso);
    if (iso[0])
      offer_str(&w.date, iso, D_LINE);
  }
  if (content)
    revised_date(&w, content);
  free(w.modified.val);
  meta->author = w.author.val;
  meta->date = w.date.val;
  meta->url = w.url.val;
  free(w.title.val);
  free(w.h1.val);
  free(w.logo.val);
  free(w.title_tag.val);
  free(w.headline.val);
  free(w.site.val);
  return BC_OK;
}

void bc__html_meta_release(struct bc__html_meta *meta)
{
  if (!meta)
    return;
  free(meta->title);
  free(meta->author);
  free(meta->date);
  free(meta->url);
  memset(meta, 0, sizeof *meta);
}
