/* html_score.c - which element of a page holds the article: every element
 * gets its tag's class and the hints of its class, id, role and itemprop,
 * then a weight from the text it holds (long, punctuated, link-poor
 * paragraphs count for, link lists and short fragments against), rolled
 * up the tree.  Teaser lists and lists of alike posts are told apart here
 * too.  It emits nothing (html_emit.c does). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "ingest/html_tree.h"
#include "ingest/ingest.h"
#include "util/alloc.h"

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
 * only describes the page's state ("has-sidebar", "no-comments") or the
 * arrangement of what the element holds ("fixed-sidebar-layout": the
 * article beside a sidebar) says nothing about the element. */
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
          strncmp(low, "show-", 5) && !has_sub(low, n, "layout")) {
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
        for (size_t a = 0; a <= n;) {
          size_t b = a;
          while (b < n && low[b] != '-' && low[b] != '_')
            b++;
          if (word_eq(low + a, b - a, "title") ||
              word_eq(low + a, b - a, "headline"))
            f |= F_TITLE;
          a = b + 1;
        }
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

/* Characters a title block may hold to head a teaser. */
#define TITLE_MAX 120

bc_status bc__html_build_tree(xmlNode *root, struct bc__html_tree *t)
{
  size_t n = 0, i = 0;
  xmlNode *x;
  for (x = root; x; x = bc__html_next_node(x, root, 0))
    if (x->type == XML_ELEMENT_NODE)
      n++;
  t->v = bc__calloc(n ? n : 1, sizeof *t->v);
  if (!t->v)
    return BC_ERR_NOMEM;
  t->n = n;
  for (x = root; x; x = bc__html_next_node(x, root, 0)) {
    if (x->type != XML_ELEMENT_NODE)
      continue;
    struct bc__html_ninfo *ni = &t->v[i];
    struct bc__html_ninfo *pi = info(t, x->parent);
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
void bc__html_score_tree(struct bc__html_tree *t, xmlNode *root, int use_hints,
                         size_t protect)
{
  size_t i;
  for (i = 0; i < t->n; i++) {
    struct bc__html_ninfo *ni = &t->v[i];
    ni->own = ni->own_link = 0;
    ni->own_punct = 0;
    ni->text = ni->link = ni->good = ni->bad = 0;
    ni->lh = ni->lt = ni->hd = 0;
    ni->maxunit = ni->unitsum = 0;
    ni->last = i;
    ni->flags &= ~(F_REMOVED | F_HASPOS);
  }
  /* Which elements the hints remove: boilerplate hints on an element
   * holding no article marker (<article>, <main>, itemprop=articleBody);
   * a weak hint is also outweighed by an article-like class name. */
  for (i = t->n; i-- > 0;) {
    struct bc__html_ninfo *ni = &t->v[i];
    if (((ni->cls & T_ARTICLE) || (ni->flags & F_STRONG)) &&
        !(ni->flags & F_NEG))
      ni->flags |= F_HASPOS;
    if (ni->parent != SIZE_MAX && (ni->flags & F_HASPOS))
      t->v[ni->parent].flags |= F_HASPOS;
  }
  for (i = protect; i != SIZE_MAX && i < t->n; i = t->v[i].parent)
    t->v[i].flags |= F_HASPOS;
  for (i = 0; i < t->n; i++) {
    struct bc__html_ninfo *ni = &t->v[i];
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
      struct bc__html_ninfo *ni = info(t, x);
      skip = ni && (ni->flags & (F_SKIP | F_REMOVED));
    } else if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
      struct bc__html_ninfo *pi = info(t, x->parent);
      if (pi && x->content) {
        struct bc__html_ninfo *b = &t->v[pi->blk];
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
    struct bc__html_ninfo *ni = &t->v[i];
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
      /* a linked heading, or a block its class calls a title that is a
       * short link ('<div class="title"><a href=...>Protein diet</a>'):
       * the head of a teaser */
      if ((ni->cls & T_HEADING) && ld > 0.5)
        ni->lh++;
      else if ((ni->flags & F_TITLE) && len <= TITLE_MAX && ld > 0.5)
        ni->lt++;
      else if (ni->cls & T_HEADING)
        ni->hd++;
    }
    if (ni->parent != SIZE_MAX) {
      struct bc__html_ninfo *p = &t->v[ni->parent];
      p->lh += ni->lh;
      p->lt += ni->lt;
      p->hd += ni->hd;
      if ((ni->lh || ni->lt) && ni->good > p->maxunit)
        p->maxunit = ni->good;
      if (ni->lh || ni->lt)
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

int bc__html_inside(const xmlNode *x, const xmlNode *anc)
{
  for (; x; x = x->parent)
    if (x == anc)
      return 1;
  return 0;
}

static double select_score(const struct bc__html_ninfo *ni)
{
  double s = ni->good - ni->bad;
  if (ni->flags & F_STRONG)
    s *= 1.3;
  else if ((ni->cls & T_ARTICLE) ||
           ((ni->flags & F_POS) && !(ni->flags & F_NEG)))
    s *= 1.1;
  return s;
}

size_t bc__html_pick_best(struct bc__html_tree *t, double *score)
{
  size_t best = SIZE_MAX;
  double bs = 0;
  for (size_t i = t->n; i-- > 0;) {
    struct bc__html_ninfo *ni = &t->v[i];
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

/* <article> elements inside element c: two or more make a page of posts. */
size_t bc__html_count_articles(const struct bc__html_tree *t, size_t c)
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
int bc__html_is_teaser(const struct bc__html_tree *t,
                       const struct bc__html_ninfo *ni)
{
  /* one linked heading, among siblings that are all small: a list of
   * teasers, not a page of posts */
  return ni->lh + ni->lt == 1 && ni->parent != SIZE_MAX &&
         t->v[ni->parent].lh + t->v[ni->parent].lt >= 2 &&
         t->v[ni->parent].maxunit <= t->teaser_max;
}

int bc__html_has_teasers(struct bc__html_tree *t, size_t c)
{
  double teaser = 0;
  /* a teaser is a headline and a blurb, small beside the article */
  t->teaser_max = 0.25 * t->v[c].good;
  for (size_t i = c + 1; i <= t->v[c].last && i < t->n; i++) {
    const struct bc__html_ninfo *ni = &t->v[i];
    if (bc__html_is_teaser(t, ni) && !(ni->flags & (F_SKIP | F_REMOVED)))
      teaser += ni->good;
  }
  return t->v[c].lh + t->v[c].lt >= 2 && teaser < 0.8 * t->v[c].good;
}

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
size_t bc__html_post_list(struct bc__html_tree *t, size_t best)
{
  size_t u = best;
  for (int depth = 0; depth < 12 && u != SIZE_MAX; depth++) {
    size_t p = t->v[u].parent, units = 0;
    if (p == SIZE_MAX)
      break;
    /* Judged by text alone: a weak hint ("date-outer") must not hide a
     * post, only a strong one ("comment") may. */
    for (xmlNode *c = t->v[p].node->children; c; c = c->next) {
      struct bc__html_ninfo *ci =
          c->type == XML_ELEMENT_NODE && c->_private ? &t->v[idx_of(c)] : NULL;
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
