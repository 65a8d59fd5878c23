/* html_emit.c - the chosen element as blocks of normalized text: headings,
 * paragraphs, list items, quotes and code, with what is below it and is
 * not the article left out (junk, hinted boilerplate, link lists, empty
 * wrappers, footnote marks), sub-headings written in bold kept as
 * headings, and a news dateline glued to the story set apart.  Every walk
 * is iterative, so nesting depth costs no stack. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "ingest/html_tree.h"
#include "ingest/ingest.h"
#include "util/alloc.h"

static void context_kind(struct bc__html_emit *e)
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
static int first_text(const struct bc__html_emit *e)
{
  for (size_t i = 0; i < e->n; i++)
    if (e->blocks[i].kind != BC_BLOCK_HEADING)
      return 0;
  return 1;
}

/* A short line in bold and nothing else ("<p><b>1. Single Founder</b></p>",
 * "<b>Notes</b><br><br>"): a sub-heading written without heading tags. */
static int bold_heading(const struct bc__html_emit *e)
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

static void push_block(struct bc__html_emit *e, size_t start, size_t end);

static void close_block(struct bc__html_emit *e)
{
  size_t n, dl, rest;
  if (!e->started)
    return;
  e->started = 0;
  e->pending = 0;
  if (!e->text.ptr || e->nomem)
    return;
  if (e->kind != BC_BLOCK_CODE) {
    e->text.len = e->start +
                  bc__tidy_refs(e->text.ptr + e->start, e->text.len - e->start);
    e->text.ptr[e->text.len] = '\0';
    if (bc__tidy_months(&e->text, e->start) != BC_OK) {
      e->nomem = 1;
      return;
    }
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

static void push_block(struct bc__html_emit *e, size_t start, size_t end)
{
  if (e->n == e->cap) {
    size_t cap = e->cap ? e->cap * 2 : 32;
    struct bc_block *nb = bc__realloc(e->blocks, cap * sizeof *nb);
    unsigned char *np;
    size_t *nc;
    if (!nb) {
      e->nomem = 1;
      return;
    }
    e->blocks = nb;
    np = bc__realloc(e->post, cap);
    if (!np) {
      e->nomem = 1;
      return;
    }
    e->post = np;
    nc = bc__realloc(e->cont, cap * sizeof *nc);
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

static void put_bytes(struct bc__html_emit *e, const char *s, size_t n)
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
static void add_text(struct bc__html_emit *e, const char *s)
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

/* Whether a small wrapper around a heading heads text: the element after
 * it holds sentences, and the heading is no boilerplate ("You might also
 * like:" over a list of links is not a sub-heading). */
static int heads_text(const struct bc__html_tree *t,
                      const struct bc__html_ninfo *ni)
{
  xmlNode *n = ni->node->next;
  xmlChar *h;
  int ok;
  while (n && n->type != XML_ELEMENT_NODE)
    n = n->next;
  if (!n || !n->_private)
    return 0;
  {
    const struct bc__html_ninfo *ni2 = &t->v[idx_of(n)];
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
static int leave_out(const struct bc__html_tree *t,
                     const struct bc__html_ninfo *ni, int strict)
{
  if (ni->flags & (F_SKIP | F_REMOVED))
    return 1;
  if (!strict)
    return 0;
  if ((strict & E_POSTS) && (ni->cls & T_BOILER) && ni->node->name[0] == 'h')
    return 0; /* a post's <header>: its title */
  if ((strict & E_POSTS) && ni->lh && ni->text <= 300 && !(ni->flags & F_NEG))
    return 0; /* a link around a post's title ("<a><h2>...</h2></a>") */
  if ((strict & E_TEASERS) && bc__html_is_teaser(t, ni))
    return 1;
  if ((strict & E_TEASERS) && ni->lh + ni->lt >= 2 &&
      ni->maxunit <= t->teaser_max && ni->good <= 1.2 * ni->unitsum)
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
static int footnote_ref(const struct bc__html_emit *e, xmlNode *x)
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
      linked |=
          href && xmlStrchr(href, '#') && href[xmlStrlen(href) - 1] != '#';
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

static void enter(struct bc__html_emit *e, const struct bc__html_ninfo *ni)
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

static void leave(struct bc__html_emit *e, const struct bc__html_ninfo *ni)
{
  unsigned c = ni->cls;
  if (is_bold(ni->node) && e->bold_depth)
    e->bold_depth--;
  if (!(c & T_BLOCK))
    return;
  close_block(e);
  if (c & T_HEADING)
    bc__html_heading_done(e, ni->node);
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

void bc__html_emit_tree(struct bc__html_emit *e, struct bc__html_tree *t,
                        xmlNode *root, int strict)
{
  xmlNode *x = root;
  context_kind(e);
  while (x) {
    int descend = 0;
    if (x->type == XML_ELEMENT_NODE) {
      struct bc__html_ninfo *ni = info(t, x);
      char iso[11];
      if (ni && !leave_out(t, ni, x != root ? strict : 0) &&
          !footnote_ref(e, x)) {
        enter(e, ni);
        if (!(ni->cls & T_HEADING) && ni->text < 60 &&
            xmlStrcmp(x->name, BAD_CAST "p") && bc__html_element_date(x, iso))
          bc__html_date_marker(e, iso, x);
        descend = x->children != NULL;
        if (!descend)
          leave(e, ni);
      } else if (ni && !(ni->flags & F_SKIP)) {
        bc__html_scan_dates(e, x);
      }
    } else if ((x->type == XML_TEXT_NODE ||
                x->type == XML_CDATA_SECTION_NODE) &&
               x->content) {
      struct bc__html_ninfo *pi = info(t, x->parent);
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
        struct bc__html_ninfo *pi = info(t, x);
        if (pi)
          leave(e, pi);
      }
    }
    x = x && x != root ? x->next : NULL;
  }
  close_block(e);
  bc__html_date_last(e, root);
}

void bc__html_emit_release(struct bc__html_emit *e)
{
  for (size_t i = 0; i < e->n; i++)
    free(e->blocks[i].date);
  free(e->blocks);
  free(e->post);
  free(e->cont);
  bc_buf_release(&e->text);
  xmlFree(e->title_class);
}

/* Good text directly under the container, for deciding whether the
 * emitted result holds an article at all. */
double bc__html_emitted_words(const struct bc__html_emit *e)
{
  double w = 0;
  for (size_t i = 0; i < e->n; i++)
    if (e->blocks[i].kind != BC_BLOCK_HEADING)
      w += (double)(e->blocks[i].span.end - e->blocks[i].span.start);
  return w;
}

void bc__html_emit_init(struct bc__html_emit *e)
{
  memset(e, 0, sizeof *e);
  bc_buf_init(&e->text, (size_t)-1 / 2);
  e->last_heading = -1;
}
