/* html.c - main-content extraction: parse a page with libxml2's HTML parser,
 * score its elements by the text they hold (long, punctuated, link-poor
 * paragraphs count for, link lists and short fragments against) and emit the
 * best container's headings, paragraphs, list items, quotes and code as
 * blocks of normalized text.  Every walk over the tree is iterative, so
 * nesting depth costs no stack.  libxml2 rather than gumbo or lexbor: it
 * already parses the feeds, recovers from any tag soup, is fast, maintained
 * and in Debian; no regular expression ever reads the markup. */
#include <stdint.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "ingest/html_int.h"
#include "util/alloc.h"
#include "util/utf8.h"

/* Tag classes. */
enum {
  T_INLINE = 0,
  T_BLOCK = 1,   /* starts a new block of text */
  T_JUNK = 2,    /* never content: script, style, forms controls, media */
  T_BOILER = 4,  /* structural boilerplate: nav, footer, aside, header */
  T_ARTICLE = 8, /* article, main */
  T_HEADING = 16,
  T_LIST = 32, /* ul, ol, dl, menu */
  T_PRE = 64,
  T_QUOTE = 128,
  T_LI = 256,
  T_BR = 512,
  T_A = 1024
};

struct tagclass {
  const char *name;
  unsigned cls;
};

/* Sorted by name for bsearch. */
static const struct tagclass tags[] = {
    {"a", T_A},
    {"address", T_BLOCK},
    {"applet", T_JUNK},
    {"article", T_BLOCK | T_ARTICLE},
    {"aside", T_BLOCK | T_BOILER},
    {"audio", T_JUNK},
    {"blockquote", T_BLOCK | T_QUOTE},
    {"body", T_BLOCK},
    {"br", T_BR},
    {"button", T_JUNK},
    {"canvas", T_JUNK},
    {"caption", T_BLOCK},
    {"center", T_BLOCK},
    {"dd", T_BLOCK},
    {"details", T_BLOCK},
    {"dialog", T_JUNK},
    {"dir", T_BLOCK | T_LIST},
    {"div", T_BLOCK},
    {"dl", T_BLOCK | T_LIST},
    {"dt", T_BLOCK},
    {"embed", T_JUNK},
    {"fieldset", T_BLOCK},
    {"figcaption", T_BLOCK},
    {"figure", T_BLOCK},
    {"footer", T_BLOCK | T_BOILER},
    {"form", T_BLOCK},
    {"frame", T_JUNK},
    {"frameset", T_JUNK},
    {"h1", T_BLOCK | T_HEADING},
    {"h2", T_BLOCK | T_HEADING},
    {"h3", T_BLOCK | T_HEADING},
    {"h4", T_BLOCK | T_HEADING},
    {"h5", T_BLOCK | T_HEADING},
    {"h6", T_BLOCK | T_HEADING},
    {"head", T_JUNK},
    {"header", T_BLOCK | T_BOILER},
    {"hgroup", T_BLOCK},
    {"hr", T_BLOCK},
    {"html", T_BLOCK},
    {"iframe", T_JUNK},
    {"img", T_INLINE},
    {"input", T_JUNK},
    {"label", T_JUNK},
    {"legend", T_BLOCK},
    {"li", T_BLOCK | T_LI},
    {"link", T_JUNK},
    {"main", T_BLOCK | T_ARTICLE},
    {"map", T_JUNK},
    {"math", T_JUNK},
    {"menu", T_BLOCK | T_LIST | T_BOILER},
    {"meta", T_JUNK},
    {"nav", T_BLOCK | T_BOILER},
    {"noembed", T_JUNK},
    {"noframes", T_JUNK},
    {"noscript", T_BLOCK}, /* what a reader without JavaScript sees */
    {"object", T_JUNK},
    {"ol", T_BLOCK | T_LIST},
    {"optgroup", T_JUNK},
    {"option", T_JUNK},
    {"p", T_BLOCK},
    {"picture", T_INLINE},
    {"pre", T_BLOCK | T_PRE},
    {"script", T_JUNK},
    {"section", T_BLOCK},
    {"select", T_JUNK},
    {"style", T_JUNK},
    {"summary", T_BLOCK},
    {"svg", T_JUNK},
    {"table", T_BLOCK},
    {"tbody", T_BLOCK},
    {"td", T_BLOCK},
    {"template", T_JUNK},
    {"textarea", T_JUNK},
    {"tfoot", T_BLOCK},
    {"th", T_BLOCK},
    {"thead", T_BLOCK},
    {"title", T_JUNK},
    {"tr", T_BLOCK},
    {"ul", T_BLOCK | T_LIST},
    {"video", T_JUNK},
};

static int tagcmp(const void *k, const void *e)
{
  return strcmp(k, ((const struct tagclass *)e)->name);
}

static unsigned tag_class(const xmlNode *n)
{
  const struct tagclass *t;
  if (!n->name)
    return T_INLINE;
  t = bsearch(n->name, tags, sizeof tags / sizeof tags[0], sizeof tags[0],
              tagcmp);
  return t ? t->cls : T_INLINE;
}

/* Per-element facts, reached through node->_private (an index + 1). */
enum {
  F_SKIP = 1,     /* junk or hidden: never emitted, never counted */
  F_NEG = 2,      /* class/id/role says boilerplate */
  F_POS = 4,      /* class/id/itemprop says article */
  F_LINK = 8,     /* inside <a> */
  F_HASPOS = 16,  /* an article marker (F_POS or article/main) below */
  F_REMOVED = 32, /* dropped as boilerplate by the hint pass */
  F_STRONG = 64,  /* a strong positive marker (itemprop=articleBody) */
  F_WEAK = 128,   /* class/id hints at boilerplate, but less surely */
  F_UNIT = 256    /* one of a list of alike posts (see post_list) */
};

struct ninfo {
  xmlNode *node;
  size_t parent; /* index, or SIZE_MAX at the root */
  size_t blk;    /* nearest block element (self when a block) */
  unsigned cls;
  unsigned flags;
  double own, own_link; /* characters of text directly in this block */
  unsigned own_punct;   /* sentence punctuation and commas in it */
  double text, link;    /* characters in the subtree (not removed parts) */
  double good, bad;     /* the subtree's weighed text */
  unsigned lh;          /* headings below that are mostly a link */
  unsigned hd;          /* headings below that are not */
  double maxunit;       /* good text of the largest child holding such one */
  double unitsum;       /* good text of all those children */
  double good0;         /* good text when scored without hints */
  size_t last;          /* the last element of the subtree */
};

struct tree {
  struct ninfo *v;
  size_t n;
  double teaser_max; /* good text of the largest unit taken for a teaser */
};

static size_t idx_of(const xmlNode *n)
{
  return (size_t)(uintptr_t)n->_private - 1;
}

static struct ninfo *info(struct tree *t, const xmlNode *n)
{
  if (!n || n->type != XML_ELEMENT_NODE || !n->_private)
    return NULL;
  return &t->v[idx_of(n)];
}

xmlNode *bc__html_next_node(xmlNode *n, const xmlNode *root, int skip_children)
{
  if (!skip_children && n->children)
    return n->children;
  while (n && n != root) {
    if (n->next)
      return n->next;
    n = n->parent;
  }
  return NULL;
}

/* --- class/id hints ------------------------------------------------------ */

/* Whether w occurs in s[0..n); compares only where the first letters
 * match, since this runs for every class name on the page. */
static int has_sub(const char *s, size_t n, const char *w)
{
  size_t wl = strlen(w);
  for (size_t i = 0; i + wl <= n; i++)
    if (s[i] == w[0] && memcmp(s + i + 1, w + 1, wl - 1) == 0)
      return 1;
  return 0;
}

/* Words whose presence anywhere in a class name marks boilerplate; the
 * strong ones even on an element that also looks like the article. */
static const char *const strong_sub[] = {"comment",
                                         "sidebar",
                                         "footer",
                                         "share",
                                         "social",
                                         "related",
                                         "cookie",
                                         "newsletter",
                                         "subscribe",
                                         "breadcrumb",
                                         "pagination",
                                         "navbar",
                                         "navigation",
                                         "disqus",
                                         "outbrain",
                                         "taboola",
                                         "popup",
                                         "modal",
                                         "gdpr",
                                         "consent",
                                         "menu",
                                         "skip-link",
                                         "screen-reader",
                                         "sr-only",
                                         "visually-hidden",
                                         "trending",
                                         "most-popular",
                                         "recommend",
                                         "signup",
                                         "masthead",
                                         "advert",
                                         "sponsor"};
static const char *const weak_sub[] = {
    "promo",      "byline",    "dateline",   "author-bio",
    "toolbar",    "jump-link", "banner",     "pager",
    "header",     "tag-list",  "read-more",  "readmore",
    "print-only", "hidden",    "disclaimer", "disclosure"};
/* Whole class names (or their dash/underscore parts) that mark boilerplate. */
static const char *const strong_word[] = {"nav",   "ad",  "ads",
                                          "share", "rss", "login"};
static const char *const weak_word[] = {
    "tags",       "tag",          "meta",      "foot",    "aside",  "hide",
    "extra",      "supplemental", "copyright", "credits", "author", "caption",
    "date",       "timestamp",    "tools",     "utility", "topics", "keywords",
    "categories", "cats",         "more",      "next",    "prev",   "previous",
    "links",      "bio",          "cta"};
static const char *const pos_sub[] = {"article", "content", "entry", "post",
                                      "story",   "body",    "text",  "blog",
                                      "prose",   "main"};

static int word_eq(const char *s, size_t n, const char *w)
{
  return strlen(w) == n && memcmp(s, w, n) == 0;
}

static unsigned word_hint(const char *w, size_t n)
{
  for (size_t i = 0; i < sizeof strong_word / sizeof strong_word[0]; i++)
    if (word_eq(w, n, strong_word[i]))
      return F_NEG;
  for (size_t i = 0; i < sizeof weak_word / sizeof weak_word[0]; i++)
    if (word_eq(w, n, weak_word[i]))
      return F_WEAK;
  return 0;
}

/* Classify one attribute value into F_NEG / F_POS bits.  A class name that
 * only describes the page's state ("has-sidebar", "no-comments") says
 * nothing about the element. */
static unsigned hint_value(const char *v)
{
  unsigned f = 0;
  char low[64];
  while (*v) {
    size_t n = 0;
    while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')
      v++;
    while (v[n] && v[n] != ' ' && v[n] != '\t' && v[n] != '\n' && v[n] != '\r')
      n++;
    if (!n)
      break;
    if (n < sizeof low) {
      for (size_t i = 0; i < n; i++)
        low[i] = (char)((v[i] >= 'A' && v[i] <= 'Z') ? v[i] + 32 : v[i]);
      low[n] = '\0';
      if (strncmp(low, "has-", 4) && strncmp(low, "with-", 5) &&
          strncmp(low, "no-", 3) && strncmp(low, "is-", 3) &&
          strncmp(low, "show-", 5)) {
        for (size_t i = 0; i < sizeof strong_sub / sizeof strong_sub[0]; i++)
          if (has_sub(low, n, strong_sub[i]))
            f |= F_NEG;
        for (size_t i = 0; i < sizeof weak_sub / sizeof weak_sub[0]; i++)
          if (has_sub(low, n, weak_sub[i]))
            f |= F_WEAK;
        for (size_t i = 0; i < sizeof pos_sub / sizeof pos_sub[0]; i++)
          if (has_sub(low, n, pos_sub[i]))
            f |= F_POS;
        /* the parts between - and _, and the whole name */
        for (size_t a = 0; a <= n;) {
          size_t b = a;
          while (b < n && low[b] != '-' && low[b] != '_')
            b++;
          f |= word_hint(low + a, b - a);
          a = b + 1;
        }
        f |= word_hint(low, n);
        if (strncmp(low, "widget", 6) == 0)
          f |= F_WEAK; /* a sidebar widget; "x-widget-y" is a page builder */
      }
    }
    v += n;
  }
  return f;
}

/* Hidden by attribute or inline style (display:none, visibility:hidden). */
static int is_hidden(xmlNode *n)
{
  xmlAttr *a;
  for (a = n->properties; a; a = a->next) {
    const char *an = (const char *)a->name;
    if (strcmp(an, "hidden") == 0)
      return 1;
    if (strcmp(an, "style") == 0 || strcmp(an, "aria-hidden") == 0) {
      xmlChar *v = xmlNodeGetContent((xmlNode *)a);
      int hide = 0;
      if (v) {
        char squeezed[96];
        size_t k = 0;
        for (const xmlChar *p = v; *p && k + 1 < sizeof squeezed; p++)
          if (*p != ' ' && *p != '\t')
            squeezed[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
        squeezed[k] = '\0';
        if (an[0] == 'a')
          hide = strcmp(squeezed, "true") == 0;
        else
          hide = strstr(squeezed, "display:none") ||
                 strstr(squeezed, "visibility:hidden");
        xmlFree(v);
      }
      if (hide)
        return 1;
    }
  }
  return 0;
}

static unsigned hints(xmlNode *n, unsigned cls)
{
  unsigned f = 0;
  xmlAttr *a;
  if (cls & T_BOILER)
    f |= n->name[0] == 'h' ? F_WEAK : F_NEG;
  if (cls & T_ARTICLE)
    f |= F_POS;
  for (a = n->properties; a; a = a->next) {
    const char *an = (const char *)a->name;
    if (strcmp(an, "class") && strcmp(an, "id") && strcmp(an, "role") &&
        strcmp(an, "itemprop"))
      continue;
    xmlChar *v = xmlNodeGetContent((xmlNode *)a);
    if (!v)
      continue;
    if (an[0] == 'r') {
      const char *s = (const char *)v;
      if (!strcmp(s, "navigation") || !strcmp(s, "banner") ||
          !strcmp(s, "contentinfo") || !strcmp(s, "complementary") ||
          !strcmp(s, "dialog") || !strcmp(s, "alert") || !strcmp(s, "menu") ||
          !strcmp(s, "menubar"))
        f |= F_NEG;
      else if (!strcmp(s, "main") || !strcmp(s, "article"))
        f |= F_POS;
    } else if (an[0] == 'i' && an[1] == 't') {
      if (xmlStrcasecmp(v, (const xmlChar *)"articleBody") == 0)
        f |= F_POS | F_STRONG;
    } else {
      f |= hint_value((const char *)v);
    }
    xmlFree(v);
  }
  return f;
}

/* --- counting text ------------------------------------------------------- */

struct tcount {
  double chars;
  unsigned punct;
};

/* Characters (code points that are not white space) and punctuation that
 * ends or splits sentences. */
static struct tcount count_text(const unsigned char *s)
{
  struct tcount c = {0, 0};
  for (; *s; s++) {
    unsigned char b = *s;
    if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f')
      continue;
    if ((b & 0xC0) == 0x80)
      continue;
    c.chars += 1;
    if (b == '.' || b == ',' || b == '!' || b == '?' || b == ';')
      c.punct++;
    else if (b == 0xE3 && s[1] == 0x80 && (s[2] == 0x82 || s[2] == 0x81))
      c.punct++; /* 。 、 */
  }
  return c;
}

/* --- the scoring passes -------------------------------------------------- */

static bc_status build_tree(xmlNode *root, struct tree *t)
{
  size_t n = 0, i = 0;
  xmlNode *x;
  for (x = root; x; x = bc__html_next_node(x, root, 0))
    if (x->type == XML_ELEMENT_NODE)
      n++;
  t->v = bc_calloc(n ? n : 1, sizeof *t->v);
  if (!t->v)
    return BC_ERR_NOMEM;
  t->n = n;
  for (x = root; x; x = bc__html_next_node(x, root, 0)) {
    if (x->type != XML_ELEMENT_NODE)
      continue;
    struct ninfo *ni = &t->v[i];
    struct ninfo *pi = info(t, x->parent);
    x->_private = (void *)(uintptr_t)(i + 1);
    ni->node = x;
    ni->parent = pi ? (size_t)(pi - t->v) : SIZE_MAX;
    ni->cls = tag_class(x);
    ni->flags = hints(x, ni->cls);
    if ((ni->cls & T_JUNK) || is_hidden(x))
      ni->flags |= F_SKIP;
    if (ni->cls & T_A)
      ni->flags |= F_LINK;
    if (pi) {
      ni->flags |= pi->flags & (F_SKIP | F_LINK);
    }
    ni->blk = (ni->cls & T_BLOCK) || !pi ? i : pi->blk;
    i++;
  }
  return BC_OK;
}

/* Sum the text of each block and weigh it (use_hints: 0 ignores class/id
 * hints, 1 applies them, 2 also keeps <header>s, for pages of posts whose
 * titles sit in them; protect, unless SIZE_MAX, is an element that stays
 * with its ancestors whatever their hints); then roll the sums up the tree.
 * Elements are numbered in document order, so walking the numbers
 * backwards visits children before their parents. */
static void score_tree(struct tree *t, xmlNode *root, int use_hints,
                       size_t protect)
{
  size_t i;
  for (i = 0; i < t->n; i++) {
    struct ninfo *ni = &t->v[i];
    ni->own = ni->own_link = 0;
    ni->own_punct = 0;
    ni->text = ni->link = ni->good = ni->bad = 0;
    ni->lh = ni->hd = 0;
    ni->maxunit = ni->unitsum = 0;
    ni->last = i;
    ni->flags &= ~(F_REMOVED | F_HASPOS);
  }
  /* Which elements the hints remove: boilerplate hints on an element
   * holding no article marker (<article>, <main>, itemprop=articleBody);
   * a weak hint is also outweighed by an article-like class name. */
  for (i = t->n; i-- > 0;) {
    struct ninfo *ni = &t->v[i];
    if (((ni->cls & T_ARTICLE) || (ni->flags & F_STRONG)) &&
        !(ni->flags & F_NEG))
      ni->flags |= F_HASPOS;
    if (ni->parent != SIZE_MAX && (ni->flags & F_HASPOS))
      t->v[ni->parent].flags |= F_HASPOS;
  }
  for (i = protect; i != SIZE_MAX && i < t->n; i = t->v[i].parent)
    t->v[i].flags |= F_HASPOS;
  for (i = 0; i < t->n; i++) {
    struct ninfo *ni = &t->v[i];
    int root_like =
        ni->parent == SIZE_MAX || !xmlStrcmp(ni->node->name, BAD_CAST "body");
    if (ni->parent != SIZE_MAX && (t->v[ni->parent].flags & F_REMOVED))
      ni->flags |= F_REMOVED;
    else if (use_hints == 2 && ni->node->name[0] == 'h' &&
             (ni->cls & T_BOILER) && !(ni->flags & F_NEG))
      continue; /* a post's <header>, with its title */
    else if (use_hints && !root_like && !(ni->flags & F_HASPOS) &&
             ((ni->flags & F_NEG) ||
              ((ni->flags & F_WEAK) && !(ni->flags & F_POS) &&
               !(ni->cls & T_HEADING) && ni->good0 < 0.25 * t->v[0].good0 &&
               !(use_hints == 2 && (ni->flags & F_UNIT)))))
      ni->flags |= F_REMOVED; /* a weak hint never takes most of a page,
                                 nor a heading (a post's date heading) */
  }
  for (xmlNode *x = root; x;) {
    int skip = 0;
    if (x->type == XML_ELEMENT_NODE) {
      struct ninfo *ni = info(t, x);
      skip = ni && (ni->flags & (F_SKIP | F_REMOVED));
    } else if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
      struct ninfo *pi = info(t, x->parent);
      if (pi && x->content) {
        struct ninfo *b = &t->v[pi->blk];
        struct tcount c = count_text(x->content);
        b->own += c.chars;
        b->own_punct += c.punct;
        if (pi->flags & F_LINK)
          b->own_link += c.chars;
      }
    }
    x = bc__html_next_node(x, root, skip);
  }
  for (i = t->n; i-- > 0;) {
    struct ninfo *ni = &t->v[i];
    if (ni->flags & (F_SKIP | F_REMOVED))
      continue;
    if (ni->own > 0) {
      double len = ni->own, ld = ni->own_link / ni->own;
      ni->text += len;
      ni->link += ni->own_link;
      if (ld > 0.5)
        ni->bad += len;
      else if (len >= 80 || (len >= 30 && ni->own_punct >= 1))
        ni->good += len - ni->own_link;
      else
        ni->bad += 0.3 * len;
      if ((ni->cls & T_HEADING) && ld > 0.5)
        ni->lh++;
      else if (ni->cls & T_HEADING)
        ni->hd++;
    }
    if (ni->parent != SIZE_MAX) {
      struct ninfo *p = &t->v[ni->parent];
      p->lh += ni->lh;
      p->hd += ni->hd;
      if (ni->lh && ni->good > p->maxunit)
        p->maxunit = ni->good;
      if (ni->lh)
        p->unitsum += ni->good;
      if (ni->last > p->last)
        p->last = ni->last;
      p->text += ni->text;
      p->link += ni->link;
      p->good += ni->good;
      p->bad += ni->bad;
    }
  }
  if (!use_hints)
    for (i = 0; i < t->n; i++)
      t->v[i].good0 = t->v[i].good;
}

static int inside(const xmlNode *x, const xmlNode *anc)
{
  for (; x; x = x->parent)
    if (x == anc)
      return 1;
  return 0;
}

static double select_score(const struct ninfo *ni)
{
  double s = ni->good - ni->bad;
  if (ni->flags & F_STRONG)
    s *= 1.3;
  else if ((ni->cls & T_ARTICLE) ||
           ((ni->flags & F_POS) && !(ni->flags & F_NEG)))
    s *= 1.1;
  return s;
}

static size_t pick_best(struct tree *t, double *score)
{
  size_t best = SIZE_MAX;
  double bs = 0;
  for (size_t i = t->n; i-- > 0;) {
    struct ninfo *ni = &t->v[i];
    if (ni->flags & (F_SKIP | F_REMOVED))
      continue;
    double s = select_score(ni);
    if (s > bs) {
      bs = s;
      best = i;
    }
  }
  *score = bs;
  return best;
}

/* --- emitting blocks ----------------------------------------------------- */

struct emit {
  struct bc_buf text;
  struct bc_block *blocks;
  unsigned char *post;
  size_t *cont;       /* per block: the element holding its first text */
  size_t text_cont;   /* that element for the text being added */
  size_t block_cont;  /* and for the open block */
  size_t n, cap;
  int started;  /* the current block has text */
  size_t start; /* its first byte */
  enum bc_block_kind kind;
  int level;
  int pending; /* 0 none, 1 space, 2 line break */
  int list_depth, quote_depth, pre_depth, li_depth;
  int bold_depth;      /* inside <b> or <strong> */
  size_t bold, plain;  /* the open block's bytes inside and outside them */
  int nomem;
  /* posts */
  char cur_date[11];
  char pend_date[11];       /* a date seen since the last heading */
  const xmlChar *title_tag; /* tag and class of the first post title */
  xmlChar *title_class;
  int last_heading; /* index of the last heading block, or -1 */
  xmlNode *last_heading_node;
  int blocks_since_heading;
  xmlNode *pend_node; /* the element that stated pend_date */
  int next_is_post;   /* the next heading starts a post */
  int post_level;     /* heading level of post titles, 0 = unknown */
};

static void context_kind(struct emit *e)
{
  e->level = 0;
  if (e->pre_depth)
    e->kind = BC_BLOCK_CODE;
  else if (e->quote_depth)
    e->kind = BC_BLOCK_QUOTE;
  else if (e->li_depth) {
    e->kind = BC_BLOCK_LIST_ITEM;
    e->level = e->list_depth ? e->list_depth : 1;
  } else
    e->kind = BC_BLOCK_PARAGRAPH;
}

/* Whether every block emitted so far is a heading. */
static int first_text(const struct emit *e)
{
  for (size_t i = 0; i < e->n; i++)
    if (e->blocks[i].kind != BC_BLOCK_HEADING)
      return 0;
  return 1;
}

/* A short line in bold and nothing else ("<p><b>1. Single Founder</b></p>",
 * "<b>Notes</b><br><br>"): a sub-heading written without heading tags. */
static int bold_heading(const struct emit *e)
{
  size_t n = e->text.len - e->start, words = 0;
  const char *s = e->text.ptr + e->start;
  if (e->kind != BC_BLOCK_PARAGRAPH || e->plain || !e->bold || n > 120 ||
      strchr(".,;:", s[n - 1]))
    return 0;
  for (size_t k = 0; k < n; k++) {
    if (s[k] == '\n')
      return 0;
    if (s[k] != ' ' && (k == 0 || s[k - 1] == ' '))
      words++;
  }
  return words <= 15;
}

static void push_block(struct emit *e, size_t start, size_t end);

static void close_block(struct emit *e)
{
  size_t n, dl, rest;
  if (!e->started)
    return;
  e->started = 0;
  e->pending = 0;
  if (!e->text.ptr || e->nomem)
    return;
  if (e->kind != BC_BLOCK_CODE) {
    e->text.len = e->start + bc__tidy_refs(e->text.ptr + e->start,
                                           e->text.len - e->start);
    e->text.ptr[e->text.len] = '\0';
  }
  n = e->text.len - e->start;
  if (n == 0) {
    /* only a reference mark: take the separator back */
    e->text.len = e->start >= 2 ? e->start - 2 : 0;
    e->text.ptr[e->text.len] = '\0';
    return;
  }
  if (bold_heading(e)) {
    /* this block only: the text after it is a paragraph again */
    enum bc_block_kind kind = e->kind;
    int level = e->level;
    e->kind = BC_BLOCK_HEADING;
    e->level = 3;
    push_block(e, e->start, e->text.len);
    e->kind = kind;
    e->level = level;
    return;
  }
  if (e->kind == BC_BLOCK_PARAGRAPH && first_text(e) &&
      (dl = bc__line_dateline(e->text.ptr + e->start, n, &rest)) != 0 &&
      rest < n) {
    /* "London (CNN)It was ...": the dateline is a line of its own, so the
     * story's first sentence starts with its first word. */
    size_t need = dl + 2 + (n - rest);
    if (need > n && bc_buf_add(&e->text, "  ", need - n)) {
      e->nomem = 1;
      return;
    }
    memmove(e->text.ptr + e->start + dl + 2, e->text.ptr + e->start + rest,
            n - rest);
    memcpy(e->text.ptr + e->start + dl, "\n\n", 2);
    e->text.len = e->start + need;
    e->text.ptr[e->text.len] = '\0';
    push_block(e, e->start, e->start + dl);
    push_block(e, e->start + dl + 2, e->text.len);
    return;
  }
  push_block(e, e->start, e->text.len);
}

static void push_block(struct emit *e, size_t start, size_t end)
{
  if (e->n == e->cap) {
    size_t cap = e->cap ? e->cap * 2 : 32;
    struct bc_block *nb = bc_realloc(e->blocks, cap * sizeof *nb);
    unsigned char *np;
    size_t *nc;
    if (!nb) {
      e->nomem = 1;
      return;
    }
    e->blocks = nb;
    np = bc_realloc(e->post, cap);
    if (!np) {
      e->nomem = 1;
      return;
    }
    e->post = np;
    nc = bc_realloc(e->cont, cap * sizeof *nc);
    if (!nc) {
      e->nomem = 1;
      return;
    }
    e->cont = nc;
    e->cap = cap;
  }
  e->cont[e->n] = e->block_cont;
  e->blocks[e->n].kind = e->kind;
  e->blocks[e->n].level = e->level;
  e->blocks[e->n].span.start = start;
  e->blocks[e->n].span.end = end;
  e->blocks[e->n].date = NULL;
  e->blocks[e->n].aside = 0;
  e->post[e->n] = 0;
  e->n++;
  e->blocks_since_heading++;
}

static void put_bytes(struct emit *e, const char *s, size_t n)
{
  if (!e->started) {
    if (e->text.len)
      bc_buf_add(&e->text, "\n\n", 2);
    e->start = e->text.len;
    e->started = 1;
    e->pending = 0;
    e->bold = e->plain = 0;
    e->block_cont = e->text_cont;
  } else if (e->pending) {
    bc_buf_addc(&e->text, e->pending == 2 ? '\n' : ' ');
    e->pending = 0;
  }
  bc_buf_add(&e->text, s, n);
  if (e->bold_depth)
    e->bold += n;
  else
    e->plain += n;
}

/* Length of the white-space character at s, 0 if none: ASCII space,
 * no-break and narrow no-break space. */
static size_t ws_len(const char *str)
{
  const unsigned char *s = (const unsigned char *)str;
  if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f')
    return 1;
  if (s[0] == 0xC2 && s[1] == 0xA0)
    return 2;
  if (s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xAF)
    return 3;
  return 0;
}

/* Length of an invisible character that only hints at line breaking (soft
 * hyphen, zero-width space, a stray BOM): dropped, so "co\u00ADoperate"
 * reads as one word. */
static size_t invisible_len(const char *str)
{
  const unsigned char *s = (const unsigned char *)str;
  if (s[0] == 0xC2 && s[1] == 0xAD)
    return 2;
  if (s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x8B)
    return 3;
  if (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
    return 3;
  return 0;
}

/* Append a text node: white space runs become one space (or stay as they
 * are inside <pre>), non-breaking spaces included. */
static void add_text(struct emit *e, const char *s)
{
  size_t i = 0;
  while (s[i]) {
    size_t j = i;
    if (e->pre_depth) {
      /* Preformatted: spaces kept, line ends become line breaks, and runs
       * of blank lines fold into one so "\n\n" still only separates
       * blocks. */
      if (s[j] == '\n' || s[j] == '\r') {
        if (e->started)
          e->pending = 2;
        i = j + 1;
        continue;
      }
      while (s[j] && s[j] != '\n' && s[j] != '\r')
        j++;
      put_bytes(e, s + i, j - i);
      i = j;
      continue;
    }
    while (s[j] && ws_len(s + j))
      j += ws_len(s + j);
    if (j > i) {
      if (e->started && !e->pending)
        e->pending = 1;
      i = j;
      continue;
    }
    if (invisible_len(s + j)) {
      i = j + invisible_len(s + j);
      continue;
    }
    while (s[j] && !ws_len(s + j) && !invisible_len(s + j))
      j++;
    put_bytes(e, s + i, j - i);
    i = j;
  }
}

static int block_is(struct emit *e, size_t b,
                    int (*pred)(const char *, size_t, char *))
{
  char iso[11];
  const struct bc_span *sp = &e->blocks[b].span;
  if (!e->text.ptr)
    return 0;
  return pred(e->text.ptr + sp->start, sp->end - sp->start, iso);
}

static int whole_date(const char *s, size_t n, char *iso)
{
  return n < 64 && bc__date_parse(s, n, 1, iso);
}

static void set_block_date(struct emit *e, size_t b, const char *iso)
{
  if (e->blocks[b].date || !iso[0])
    return;
  e->blocks[b].date = bc_strdup(iso);
  if (!e->blocks[b].date)
    e->nomem = 1;
}

static int same_class(xmlNode *x, const xmlChar *cls)
{
  xmlChar *c = xmlGetProp(x, BAD_CAST "class");
  int r = (!c && !cls) || (c && cls && xmlStrcmp(c, cls) == 0);
  xmlFree(c);
  return r;
}

/* Depth of the deepest common ancestor of a and b, or -1 when they are
 * deeper than the walk allows (then no date is assigned by position). */
static int common_depth(const xmlNode *a, const xmlNode *b)
{
  enum { MAX_WALK = 1000 };
  int da = 0, db = 0;
  const xmlNode *x;
  if (!a || !b)
    return -1;
  for (x = a; x->parent && da < MAX_WALK; x = x->parent)
    da++;
  for (x = b; x->parent && db < MAX_WALK; x = x->parent)
    db++;
  if (da >= MAX_WALK || db >= MAX_WALK)
    return -1;
  for (; da > db; da--)
    a = a->parent;
  for (; db > da; db--)
    b = b->parent;
  while (a != b) {
    a = a->parent;
    b = b->parent;
    da--;
  }
  return da;
}

/* Give heading block b a post's date and make it start a post. */
static void date_post(struct emit *e, size_t b, const char *iso)
{
  set_block_date(e, b, iso);
  e->post[b] = 1;
  memcpy(e->cur_date, iso, 11);
  if (!e->post_level)
    e->post_level = e->blocks[b].level;
}

/* Posts are titled at one heading level: once the first dated post title
 * sets it, a deeper heading (a section of the post, "Related articles")
 * never starts a post. */
static int post_level_ok(const struct emit *e, size_t b)
{
  return !e->post_level || e->blocks[b].level <= e->post_level;
}

/* A heading block was just closed: decide whether it starts a post. */
static void heading_done(struct emit *e, xmlNode *h)
{
  size_t b;
  char iso[11];
  if (!e->n || e->blocks[e->n - 1].kind != BC_BLOCK_HEADING)
    return;
  b = e->n - 1;
  if (block_is(e, b, whole_date)) {
    /* A date heading over the posts of that day (Blogger's date-header). */
    const struct bc_span *sp = &e->blocks[b].span;
    bc__date_parse(e->text.ptr + sp->start, sp->end - sp->start, 1, iso);
    memcpy(e->cur_date, iso, sizeof iso);
    set_block_date(e, b, iso);
    e->post[b] = 1;
    e->next_is_post = 2; /* the title under it belongs to this post */
    if (!e->post_level)
      e->post_level = e->blocks[b].level;
    e->pend_date[0] = '\0';
    e->last_heading = -1;
    e->last_heading_node = NULL;
    e->blocks_since_heading = 0;
    return;
  }
  if (e->next_is_post == 2) {
    /* the post title right under a date heading */
    set_block_date(e, b, e->cur_date);
    e->next_is_post = 0;
    if (!e->title_tag) {
      e->title_tag = h->name;
      e->title_class = xmlGetProp(h, BAD_CAST "class");
    }
  } else if (e->pend_date[0] && post_level_ok(e, b)) {
    /* A date between two posts belongs to the one it shares the deeper
     * container with.  In a flat page (title, text, date, title, ...) it
     * may close one post or open the next: that cannot be told, so it
     * dates neither, rather than maybe the wrong one. */
    int dn = common_depth(e->pend_node, h);
    int dp = e->last_heading >= 0 && !e->blocks[e->last_heading].date &&
                     post_level_ok(e, (size_t)e->last_heading)
                 ? common_depth(e->pend_node, e->last_heading_node)
                 : -1;
    if (dp > dn)
      date_post(e, (size_t)e->last_heading, e->pend_date);
    else if (dn > dp)
      date_post(e, b, e->pend_date);
    e->pend_date[0] = '\0';
  } else if (e->title_tag && xmlStrcmp(h->name, e->title_tag) == 0 &&
             same_class(h, e->title_class) && e->cur_date[0]) {
    /* another post of the same day, titled like the first one */
    set_block_date(e, b, e->cur_date);
    e->post[b] = 1;
  }
  e->last_heading = (int)b;
  e->last_heading_node = h;
  e->blocks_since_heading = 0;
}

/* A date in markup (<time>, an element classed as a date): it dates the
 * heading just before it when no paragraph came between, else the next. */
static void date_marker(struct emit *e, const char *iso, xmlNode *x)
{
  if (e->last_heading >= 0 && e->blocks_since_heading == 0 &&
      !e->blocks[e->last_heading].date &&
      post_level_ok(e, (size_t)e->last_heading)) {
    date_post(e, (size_t)e->last_heading, iso);
    return;
  }
  if (e->pend_date[0])
    return; /* the first date after a post's text counts */
  memcpy(e->pend_date, iso, 11);
  e->pend_node = x;
}

/* At the end: a date after the last post's text belongs to it when they
 * share a container below the extracted element. */
static void date_last(struct emit *e, xmlNode *root)
{
  if (e->pend_date[0] && e->last_heading >= 0 &&
      !e->blocks[e->last_heading].date &&
      post_level_ok(e, (size_t)e->last_heading) &&
      common_depth(e->pend_node, e->last_heading_node) >
          common_depth(root, root))
    date_post(e, (size_t)e->last_heading, e->pend_date);
  e->pend_date[0] = '\0';
}

/* Whether x's class names contain one of words. */
static int class_says(xmlNode *x, const char *const *words)
{
  xmlChar *c = xmlGetProp(x, BAD_CAST "class");
  int r = 0;
  for (; c && *words && !r; words++)
    r = xmlStrstr(c, BAD_CAST * words) != NULL;
  xmlFree(c);
  return r;
}

/* Read the date an element states: <time datetime> or the text of an
 * element classed as a date (at most 200 bytes of it, so a big container
 * named "date-wrapper" costs nothing).  Dates of the last change
 * ("updated", "modified") are not post dates. */
static int element_date(xmlNode *x, char iso[11])
{
  static const char *const dated[] = {"date", "publish", "posted", "timestamp",
                                      NULL};
  static const char *const changed[] = {"update", "modified", NULL};
  char buf[200];
  size_t n = 0;
  const xmlChar *at;
  int line = 0; /* no class says it: only a line that is a date counts */
  if (!xmlStrcmp(x->name, BAD_CAST "time")) {
    xmlChar *v = xmlGetProp(x, BAD_CAST "datetime");
    int ok = 0;
    if (class_says(x, changed)) {
      xmlFree(v);
      return 0;
    }
    if (v)
      ok = bc__date_parse((const char *)v, (size_t)xmlStrlen(v), 0, iso);
    xmlFree(v);
    if (ok)
      return 1;
  } else if (class_says(x, changed)) {
    return 0;
  } else if (!class_says(x, dated)) {
    line = 1;
  }
  for (xmlNode *c = x; c; c = bc__html_next_node(c, x, 0)) {
    size_t l;
    if (c->type != XML_TEXT_NODE || !c->content)
      continue;
    l = strlen((const char *)c->content);
    if (n + l >= sizeof buf)
      return 0;
    memcpy(buf + n, c->content, l);
    n += l;
  }
  buf[n] = '\0';
  if (line) {
    /* "Mar 3, 2021 \xC2\xB7 4 min read" in an element of its own */
    char *sq = n < 100 ? bc__html_squash(buf) : NULL;
    int ok = sq && bc__line_date(sq, strlen(sq), iso) && strlen(iso) == 10;
    free(sq);
    return ok;
  }
  at = xmlStrcasestr(BAD_CAST buf, BAD_CAST "update");
  if (at)
    n = (size_t)(at - BAD_CAST buf);
  at = xmlStrcasestr(BAD_CAST buf, BAD_CAST "modif");
  if (at && (size_t)(at - BAD_CAST buf) < n)
    n = (size_t)(at - BAD_CAST buf);
  return n > 0 && bc__date_parse(buf, n, 0, iso);
}

/* Dates inside a subtree the emitter skips (a byline block, a post's
 * footer): only the first counts. */
static void scan_dates(struct emit *e, xmlNode *root)
{
  char iso[11];
  for (xmlNode *x = root; x;) {
    int skip = 0;
    if (x->type == XML_ELEMENT_NODE && element_date(x, iso)) {
      date_marker(e, iso, x);
      return;
    }
    if (x->type != XML_ELEMENT_NODE)
      skip = 1;
    x = bc__html_next_node(x, root, skip);
  }
}

/* Generic wrappers, which may be dropped whole when they hold no sentence
 * (tables, lists and paragraphs are kept: short rows and items are content
 * when they sit inside the article). */
static int is_wrapper(const xmlNode *x)
{
  static const char *const w[] = {"div",    "section", "header",  "footer",
                                  "aside",  "nav",     "form",    "figure",
                                  "center", "address", "details", "fieldset",
                                  "span",   "article", "main",    "noscript"};
  for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
    if (!strcmp((const char *)x->name, w[i]))
      return 1;
  return 0;
}

/* <article> elements inside element c: two or more make a page of posts. */
static size_t count_articles(const struct tree *t, size_t c)
{
  size_t n = 0;
  for (size_t i = c + 1; i <= t->v[c].last && i < t->n; i++)
    n += !xmlStrcmp(t->v[i].node->name, BAD_CAST "article") &&
         !(t->v[i].flags & F_SKIP);
  return n;
}

/* Teasers: a list of items each under a heading that links elsewhere
 * ("more from us", "related stories").  Inside the chosen container they
 * are left out, unless they are most of it (a blog's archive page, whose
 * post titles link to the posts). */
static int is_teaser(const struct tree *t, const struct ninfo *ni)
{
  /* one linked heading, among siblings that are all small: a list of
   * teasers, not a page of posts */
  return ni->lh == 1 && ni->parent != SIZE_MAX && t->v[ni->parent].lh >= 2 &&
         t->v[ni->parent].maxunit <= t->teaser_max;
}

static int has_teasers(struct tree *t, size_t c)
{
  double teaser = 0;
  /* a teaser is a headline and a blurb, small beside the article */
  t->teaser_max = 0.25 * t->v[c].good;
  for (size_t i = c + 1; i <= t->v[c].last && i < t->n; i++) {
    const struct ninfo *ni = &t->v[i];
    if (is_teaser(t, ni) && !(ni->flags & (F_SKIP | F_REMOVED)))
      teaser += ni->good;
  }
  return t->v[c].lh >= 2 && teaser < 0.8 * t->v[c].good;
}

enum { E_STRICT = 1, E_TEASERS = 2, E_POSTS = 4 };

/* Whether two elements are the same kind of thing on the page: the same
 * tag, and class names of which at least half are shared (a blog engine
 * gives each post "post-12 post hentry", "post-13 post hentry"). */
static int alike(xmlNode *a, xmlNode *b)
{
  xmlChar *ca, *cb;
  size_t na = 0, nb = 0, shared = 0;
  int r;
  if (xmlStrcmp(a->name, b->name))
    return 0;
  ca = xmlGetProp(a, BAD_CAST "class");
  cb = xmlGetProp(b, BAD_CAST "class");
  if (!ca || !cb) {
    r = !ca && !cb;
    goto out;
  }
  for (const xmlChar *p = ca; *p;) {
    size_t l;
    while (*p == ' ')
      p++;
    l = strcspn((const char *)p, " ");
    if (!l)
      break;
    na++;
    for (const xmlChar *q = cb; *q;) {
      size_t m;
      while (*q == ' ')
        q++;
      m = strcspn((const char *)q, " ");
      if (!m)
        break;
      if (m == l && !memcmp(p, q, l)) {
        shared++;
        break;
      }
      q += m;
    }
    p += l;
  }
  for (const xmlChar *q = cb; *q;) {
    size_t m;
    while (*q == ' ')
      q++;
    m = strcspn((const char *)q, " ");
    if (!m)
      break;
    nb++;
    q += m;
  }
  r = 2 * shared >= (na > nb ? na : nb);
out:
  xmlFree(ca);
  xmlFree(cb);
  return r;
}

/* When the best element is one unit of a list of alike units (a blog's
 * posts, which the biggest post can outscore all together once their
 * footers and share buttons weigh in), the list: the parent of the
 * nearest unit around best that has an alike sibling with text of its
 * own.  SIZE_MAX when there is none within a few levels. */
static size_t post_list(struct tree *t, size_t best)
{
  size_t u = best;
  for (int depth = 0; depth < 12 && u != SIZE_MAX; depth++) {
    size_t p = t->v[u].parent, units = 0;
    if (p == SIZE_MAX)
      break;
    /* Judged by text alone: a weak hint ("date-outer") must not hide a
     * post, only a strong one ("comment") may. */
    for (xmlNode *c = t->v[p].node->children; c; c = c->next) {
      struct ninfo *ci = c->type == XML_ELEMENT_NODE && c->_private
                             ? &t->v[idx_of(c)]
                             : NULL;
      if (ci && !(ci->flags & (F_SKIP | F_NEG)) && ci->good0 >= 80 &&
          (c == t->v[u].node || alike(c, t->v[u].node))) {
        ci->flags |= F_UNIT;
        units++;
      }
    }
    if (units >= 2)
      return p;
    for (xmlNode *c = t->v[p].node->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE && c->_private)
        t->v[idx_of(c)].flags &= ~(unsigned)F_UNIT;
    u = p;
  }
  return SIZE_MAX;
}

/* Posts in an emitted result that have some text of their own (100
 * characters or more): a list of linked titles and dates does not count. */
static size_t real_posts(const struct emit *e)
{
  size_t n = 0, text = 0;
  int in = 0;
  for (size_t i = 0; i <= e->n; i++) {
    if (i == e->n || e->post[i]) {
      n += in && text >= 100;
      in = i < e->n;
      text = 0;
      continue;
    }
    if (e->blocks[i].kind != BC_BLOCK_HEADING)
      text += e->blocks[i].span.end - e->blocks[i].span.start;
  }
  return n;
}

/* Whether a small wrapper around a heading heads text: the element after
 * it holds sentences, and the heading is no boilerplate ("You might also
 * like:" over a list of links is not a sub-heading). */
static int heads_text(const struct tree *t, const struct ninfo *ni)
{
  xmlNode *n = ni->node->next;
  xmlChar *h;
  int ok;
  while (n && n->type != XML_ELEMENT_NODE)
    n = n->next;
  if (!n || !n->_private)
    return 0;
  {
    const struct ninfo *ni2 = &t->v[idx_of(n)];
    if (ni2->good < 60 || ni2->hd || ni2->link * 2 > ni2->text ||
        (ni2->flags & (F_SKIP | F_REMOVED)))
      return 0;
  }
  h = xmlNodeGetContent(ni->node);
  if (!h)
    return 0;
  {
    char *sq = bc__html_squash((const char *)h);
    ok = sq && bc__line_boiler(sq, strlen(sq)) == BC__LINE_NONE;
    free(sq);
  }
  xmlFree(h);
  return ok;
}

/* Whether the emitter leaves out an element below the chosen container:
 * junk, hint-removed, link lists, and containers holding no sentence. */
static int leave_out(const struct tree *t, const struct ninfo *ni, int strict)
{
  if (ni->flags & (F_SKIP | F_REMOVED))
    return 1;
  if (!strict)
    return 0;
  if ((strict & E_POSTS) && (ni->cls & T_BOILER) && ni->node->name[0] == 'h')
    return 0; /* a post's <header>: its title */
  if ((strict & E_TEASERS) && is_teaser(t, ni))
    return 1;
  if ((strict & E_TEASERS) && ni->lh >= 2 && ni->maxunit <= t->teaser_max &&
      ni->good <= 1.2 * ni->unitsum)
    return 1; /* the list of teasers itself, with its heading */
  if (ni->text > 0 && ni->link / ni->text > 0.5 && !(ni->cls & T_HEADING))
    return 1;
  /* a wrapper around a sub-heading ("<div class=section-title><h2>") is
   * the heading's, and the heading is the article's */
  if (ni->good <= 0 && ni->text > 0 && is_wrapper(ni->node) &&
      !(ni->hd && ni->text <= 200 && heads_text(t, ni)))
    return 1;
  return 0;
}

static int is_bold(const xmlNode *x)
{
  return !xmlStrcmp(x->name, BAD_CAST "b") ||
         !xmlStrcmp(x->name, BAD_CAST "strong");
}

/* A footnote reference: a link into the page ("#fn2") or a superscript
 * whose text is a number of 1-3 digits or a footnote sign, after a word
 * or punctuation ("points<sup>1</sup>", "third<a href=#fn2>2</a>").  A
 * superscript after a digit or a one- or two-letter word is an exponent
 * or a unit ("10<sup>6</sup>", "km<sup>2</sup>", "mc<sup>2</sup>") and
 * stays; at a block's start it is a note's label and stays too. */
static int footnote_ref(const struct emit *e, xmlNode *x)
{
  char buf[16];
  size_t n = 0, a, b, w = 0;
  int link = !xmlStrcmp(x->name, BAD_CAST "a"), sup, linked = 0;
  unsigned char last;
  sup = !xmlStrcmp(x->name, BAD_CAST "sup");
  if ((!link && !sup) || !e->started || !e->text.ptr || e->pre_depth)
    return 0;
  for (xmlNode *c = x; c; c = bc__html_next_node(c, x, 0)) {
    if (c->type == XML_ELEMENT_NODE && !xmlStrcmp(c->name, BAD_CAST "a")) {
      xmlChar *href = xmlGetProp(c, BAD_CAST "href");
      linked |= href && xmlStrchr(href, '#') && href[xmlStrlen(href) - 1] != '#';
      xmlFree(href);
    }
    if (c->type == XML_TEXT_NODE && c->content) {
      size_t l = strlen((const char *)c->content);
      if (n + l >= sizeof buf)
        return 0;
      memcpy(buf + n, c->content, l);
      n += l;
    }
  }
  if (link && !linked)
    return 0;
  /* the mark: digits, maybe in brackets, or one footnote sign */
  for (a = 0; a < n && strchr(" \t\n\r[(", buf[a]); a++)
    ;
  for (b = n; b > a && strchr(" \t\n\r])", buf[b - 1]); b--)
    ;
  if (b == a)
    return 0;
  {
    size_t d = a;
    while (d < b && buf[d] >= '0' && buf[d] <= '9')
      d++;
    if (!(d == b && b - a <= 3) && !(b - a == 1 && buf[a] == '*') &&
        !(b - a == 3 && !memcmp(buf + a, "\xE2\x80\xA0", 3)) && /* dagger */
        !(b - a == 3 && !memcmp(buf + a, "\xE2\x80\xA1", 3)))
      return 0;
  }
  last = (unsigned char)e->text.ptr[e->text.len - 1];
  if (last >= '0' && last <= '9')
    return 0;
  if (linked)
    return 1;
  if (strchr(".,;:!?)\"'", last) || last >= 0x80)
    return 1;
  for (size_t k = e->text.len; k > e->start; k--) {
    unsigned char c = (unsigned char)e->text.ptr[k - 1];
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
      break;
    w++;
  }
  return w >= 3 && e->pending == 0;
}

static void enter(struct emit *e, const struct ninfo *ni)
{
  unsigned c = ni->cls;
  if (is_bold(ni->node))
    e->bold_depth++;
  if (c & T_BR) {
    /* one <br> breaks the line; two in a row end a paragraph, as old
     * blogs write them */
    if (e->started && e->pending == 2 && !e->pre_depth)
      close_block(e);
    else if (e->started)
      e->pending = 2;
    return;
  }
  if (!(c & T_BLOCK))
    return;
  close_block(e);
  if (c & T_LIST)
    e->list_depth++;
  if (c & T_LI)
    e->li_depth++;
  if (c & T_QUOTE)
    e->quote_depth++;
  if (c & T_PRE)
    e->pre_depth++;
  context_kind(e);
  if (c & T_HEADING) {
    e->kind = BC_BLOCK_HEADING;
    e->level = ni->node->name[1] - '0';
  }
}

static void leave(struct emit *e, const struct ninfo *ni)
{
  unsigned c = ni->cls;
  if (is_bold(ni->node) && e->bold_depth)
    e->bold_depth--;
  if (!(c & T_BLOCK))
    return;
  close_block(e);
  if (c & T_HEADING)
    heading_done(e, ni->node);
  if ((c & T_LIST) && e->list_depth)
    e->list_depth--;
  if ((c & T_LI) && e->li_depth)
    e->li_depth--;
  if ((c & T_QUOTE) && e->quote_depth)
    e->quote_depth--;
  if ((c & T_PRE) && e->pre_depth)
    e->pre_depth--;
  context_kind(e);
}

static void emit_tree(struct emit *e, struct tree *t, xmlNode *root, int strict)
{
  xmlNode *x = root;
  context_kind(e);
  while (x) {
    int descend = 0;
    if (x->type == XML_ELEMENT_NODE) {
      struct ninfo *ni = info(t, x);
      char iso[11];
      if (ni && !leave_out(t, ni, x != root ? strict : 0) &&
          !footnote_ref(e, x)) {
        enter(e, ni);
        if (!(ni->cls & T_HEADING) && ni->text < 60 &&
            xmlStrcmp(x->name, BAD_CAST "p") && element_date(x, iso))
          date_marker(e, iso, x);
        descend = x->children != NULL;
        if (!descend)
          leave(e, ni);
      } else if (ni && !(ni->flags & F_SKIP)) {
        scan_dates(e, x);
      }
    } else if ((x->type == XML_TEXT_NODE ||
                x->type == XML_CDATA_SECTION_NODE) &&
               x->content) {
      struct ninfo *pi = info(t, x->parent);
      e->text_cont = pi ? pi->blk : SIZE_MAX;
      add_text(e, (const char *)x->content);
    }
    if (descend) {
      x = x->children;
      continue;
    }
    /* climb: leave every element whose children are done */
    while (x && x != root && !x->next) {
      x = x->parent;
      if (x && x->type == XML_ELEMENT_NODE) {
        struct ninfo *pi = info(t, x);
        if (pi)
          leave(e, pi);
      }
    }
    x = x && x != root ? x->next : NULL;
  }
  close_block(e);
  date_last(e, root);
}

static void emit_release(struct emit *e)
{
  for (size_t i = 0; i < e->n; i++)
    free(e->blocks[i].date);
  free(e->blocks);
  free(e->post);
  free(e->cont);
  bc_buf_release(&e->text);
  xmlFree(e->title_class);
}

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

/* Good text directly under the container, for deciding whether the
 * emitted result holds an article at all. */
static double emitted_words(const struct emit *e)
{
  double w = 0;
  for (size_t i = 0; i < e->n; i++)
    if (e->blocks[i].kind != BC_BLOCK_HEADING)
      w += (double)(e->blocks[i].span.end - e->blocks[i].span.start);
  return w;
}

static void emit_init(struct emit *e)
{
  memset(e, 0, sizeof *e);
  bc_buf_init(&e->text, (size_t)-1 / 2);
  e->last_heading = -1;
}

/* The element that holds a block's text and its siblings' (the parent of
 * a <p>; a <div> of text held directly, as old blogs write posts). */
static size_t holder(const struct tree *t, size_t blk)
{
  static const char *const leaves[] = {"p",  "li", "blockquote", "pre", "h1",
                                       "h2", "h3", "h4",         "h5",  "h6",
                                       "dd", "dt", "figcaption", "td"};
  if (blk == SIZE_MAX || blk >= t->n)
    return SIZE_MAX;
  for (size_t i = 0; i < sizeof leaves / sizeof leaves[0]; i++)
    if (!xmlStrcmp(t->v[blk].node->name, BAD_CAST leaves[i]))
      return t->v[blk].parent;
  return blk;
}

/* Posts are separate containers on a page of posts.  Where the text of a
 * "post" sits in the same element as the text of the one before it (a
 * single article whose "Conclusion" heading happens to sit by a date),
 * it is a section of that post, not a post of its own. */
static void merge_flat_posts(struct emit *e, const struct tree *t)
{
  size_t prev0 = SIZE_MAX; /* the start of the previous post */
  for (size_t i = 0; i < e->n; i++) {
    size_t end;
    int flat = 0;
    if (!e->post[i])
      continue;
    if (prev0 == SIZE_MAX) {
      prev0 = i;
      continue;
    }
    for (end = i + 1; end < e->n && !e->post[end]; end++)
      ;
    for (size_t a = prev0; a < i && !flat; a++) {
      size_t ha;
      if (e->blocks[a].kind == BC_BLOCK_HEADING)
        continue;
      ha = holder(t, e->cont[a]);
      for (size_t b = i; b < end && !flat; b++)
        flat = e->blocks[b].kind != BC_BLOCK_HEADING && ha != SIZE_MAX &&
               holder(t, e->cont[b]) == ha;
    }
    if (flat)
      e->post[i] = 0; /* part of the post before */
    else
      prev0 = i;
  }
}

bc_status bc__html_extract(const char *data, size_t len, const char *charset,
                           const char *name, struct bc__html_page *page,
                           struct bc_error *err)
{
  char *u8 = NULL;
  size_t u8len = 0;
  xmlDoc *doc = NULL;
  xmlNode *root;
  struct tree t = {NULL, 0, 0};
  struct emit e;
  struct bc__html_meta meta = {NULL, NULL, NULL, NULL};
  size_t best, protect = SIZE_MAX;
  double without_score;
  bc_status rc;

  memset(page, 0, sizeof *page);
  emit_init(&e);
  if (!name)
    name = "page";
  if (len > (size_t)1 << 30) {
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
  if (u8len > 0 && u8len < (size_t)1 << 31 && memchr(u8, '\0', u8len) == NULL)
    doc = htmlReadMemory(u8, (int)u8len, NULL, "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                             HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                             HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
  free(u8);
  u8 = NULL;
  root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (!root) {
    rc = bc_error_set(err, BC_ERR_INPUT, "no article text found in '%s'", name);
    goto out;
  }
  rc = build_tree(root, &t);
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
    score_tree(&t, root, 0, SIZE_MAX);
    b2 = pick_best(&t, &without);
    score_tree(&t, root, 1, SIZE_MAX);
    b1 = pick_best(&t, &with);
    best = b1;
    if (b2 != SIZE_MAX &&
        (b1 == SIZE_MAX ||
         (without > 2 * with + 100 && !inside(t.v[b1].node, t.v[b2].node)))) {
      protect = b2;
      score_tree(&t, root, 1, protect);
      best = b2;
    }
  }
  if (best != SIZE_MAX) {
    int mode = E_STRICT;
    if (count_articles(&t, best) >= 2) {
      score_tree(&t, root, 2, protect);
      mode |= E_POSTS;
    } else {
      size_t list = post_list(&t, best);
      if (list != SIZE_MAX) {
        /* The best element is one post of several: take them all when
         * they read as dated posts, each with text of its own. */
        score_tree(&t, root, 2, protect);
        emit_tree(&e, &t, t.v[list].node, E_STRICT | E_POSTS);
        if (!e.nomem)
          merge_flat_posts(&e, &t);
        if (!e.nomem && real_posts(&e) >= 2) {
          best = list;
          mode |= E_POSTS;
        } else {
          for (size_t i = 0; i < t.n; i++)
            t.v[i].flags &= ~(unsigned)F_UNIT;
          score_tree(&t, root, 1, protect);
        }
        emit_release(&e);
        emit_init(&e);
      }
    }
    if (has_teasers(&t, best))
      mode |= E_TEASERS;
    emit_tree(&e, &t, t.v[best].node, mode);
    if (emitted_words(&e) < 1 && !e.nomem) {
      /* Everything in it was left out: take the best element by text
       * alone, without hints, and keep all of it. */
      emit_release(&e);
      emit_init(&e);
      score_tree(&t, root, 0, SIZE_MAX);
      best = pick_best(&t, &without_score);
      if (best != SIZE_MAX)
        emit_tree(&e, &t, t.v[best].node, 0);
    }
  } else {
    /* No paragraph anywhere: a page of short lines.  Take all of the body
     * that is not junk or boilerplate. */
    xmlNode *body = root;
    for (xmlNode *c = root->children; c; c = c->next)
      if (c->type == XML_ELEMENT_NODE && !xmlStrcmp(c->name, BAD_CAST "body"))
        body = c;
    emit_tree(&e, &t, body, 0);
  }
  if (e.nomem || bc_buf_status(&e.text)) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                      name);
    goto out;
  }
  if (e.n == 0 || emitted_words(&e) < 1) {
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
  merge_flat_posts(&e, &t);
  if (real_posts(&e) < 2)
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
  emit_release(&e);
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
