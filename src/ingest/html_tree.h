/* html_tree.h - what the passes of the HTML extractor share: the facts
 * kept per element (tag class, hints, text counts), the emitter that turns
 * the chosen element into blocks, and the entry points of the scoring
 * (html_score.c), emitting (html_emit.c) and post-finding (html_posts.c)
 * files.  Only html*.c include it; libxml2's types stay inside. */
#ifndef BC_INGEST_HTML_TREE_H
#define BC_INGEST_HTML_TREE_H

#include <stddef.h>
#include <stdint.h>

#include "briefcast/buf.h"
#include "ingest/html_int.h"

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
  F_UNIT = 256,   /* one of a list of alike posts (see post_list) */
  F_TITLE = 512   /* class/id names a title ("title", "item-headline") */
};

struct bc__html_ninfo {
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
  unsigned lt;          /* blocks below that a class calls a title and
                           that are a short link: a teaser's head too */
  unsigned hd;          /* headings below that are not */
  double maxunit;       /* good text of the largest child holding such one */
  double unitsum;       /* good text of all those children */
  double good0;         /* good text when scored without hints */
  size_t last;          /* the last element of the subtree */
};

struct bc__html_tree {
  struct bc__html_ninfo *v;
  size_t n;
  double teaser_max; /* good text of the largest unit taken for a teaser */
};

static inline size_t idx_of(const xmlNode *n)
{
  return (size_t)(uintptr_t)n->_private - 1;
}

static inline struct bc__html_ninfo *info(struct bc__html_tree *t,
                                          const xmlNode *n)
{
  if (!n || n->type != XML_ELEMENT_NODE || !n->_private)
    return NULL;
  return &t->v[idx_of(n)];
}

/* The emitter: blocks of normalized text built from the chosen element,
 * and what the post finder learns on the way. */
struct bc__html_emit {
  struct bc_buf text;
  struct bc_block *blocks;
  unsigned char *post;
  size_t *cont;      /* per block: the element holding its first text */
  size_t text_cont;  /* that element for the text being added */
  size_t block_cont; /* and for the open block */
  size_t n, cap;
  int started;  /* the current block has text */
  size_t start; /* its first byte */
  enum bc_block_kind kind;
  int level;
  int pending; /* 0 none, 1 space, 2 line break */
  int list_depth, quote_depth, pre_depth, li_depth;
  int bold_depth;     /* inside <b> or <strong> */
  size_t bold, plain; /* the open block's bytes inside and outside them */
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

/* Emitting modes: below the chosen element, leave out what holds no
 * sentence (E_STRICT), lists of teasers (E_TEASERS), and keep the posts'
 * <header>s (E_POSTS). */
enum { E_STRICT = 1, E_TEASERS = 2, E_POSTS = 4 };

/* --- scoring (html_score.c) --- */

/* Number the elements below root in document order (node->_private holds
 * the index + 1) and record their tag class and hints.  Errors:
 * BC_ERR_NOMEM. */
bc_status bc__html_build_tree(xmlNode *root, struct bc__html_tree *t);
/* Weigh the text of every element, with the class/id hints (use_hints 1),
 * without them (0), or with them but keeping posts' <header>s and alike
 * units (2); protect, unless SIZE_MAX, stays with its ancestors whatever
 * their hints. */
void bc__html_score_tree(struct bc__html_tree *t, xmlNode *root, int use_hints,
                         size_t protect);
/* The element holding the most good text (SIZE_MAX if none), its score. */
size_t bc__html_pick_best(struct bc__html_tree *t, double *score);
/* Whether x is anc or lies below it. */
int bc__html_inside(const xmlNode *x, const xmlNode *anc);
/* <article> elements inside element c: two or more make a page of posts. */
size_t bc__html_count_articles(const struct bc__html_tree *t, size_t c);
/* Whether element ni is one teaser of a list of them (a linked headline
 * and a blurb), and whether element c holds such a list that is not most
 * of it (sets t->teaser_max). */
int bc__html_is_teaser(const struct bc__html_tree *t,
                       const struct bc__html_ninfo *ni);
int bc__html_has_teasers(struct bc__html_tree *t, size_t c);
/* When best is one unit of a list of alike units (a blog's posts), the
 * list's element, with the units marked F_UNIT; SIZE_MAX otherwise. */
size_t bc__html_post_list(struct bc__html_tree *t, size_t best);

/* --- emitting (html_emit.c) --- */

void bc__html_emit_init(struct bc__html_emit *e);
void bc__html_emit_release(struct bc__html_emit *e);
/* Emit the blocks of root and what is below it, in mode strict (E_*). */
void bc__html_emit_tree(struct bc__html_emit *e, struct bc__html_tree *t,
                        xmlNode *root, int strict);
/* Bytes of text in the emitted blocks that are not headings. */
double bc__html_emitted_words(const struct bc__html_emit *e);

/* --- posts (html_posts.c) --- */

/* A heading block was just closed for element h: whether it starts a
 * post, and with which date. */
void bc__html_heading_done(struct bc__html_emit *e, xmlNode *h);
/* A date stated in markup by element x: it dates the heading just before
 * it when no paragraph came between, else the next. */
void bc__html_date_marker(struct bc__html_emit *e, const char *iso, xmlNode *x);
/* At the end of root: a date after the last post's text belongs to it. */
void bc__html_date_last(struct bc__html_emit *e, xmlNode *root);
/* The date element x states (<time datetime>, a date-classed element, an
 * element whose whole text is a date line) into iso; 1 on success. */
int bc__html_element_date(xmlNode *x, char iso[11]);
/* The first date in a subtree the emitter leaves out (a post's footer). */
void bc__html_scan_dates(struct bc__html_emit *e, xmlNode *root);
/* Posts with 100 characters of text or more. */
size_t bc__html_real_posts(const struct bc__html_emit *e);
/* Undo post starts whose text shares its element with the post before. */
void bc__html_merge_flat_posts(struct bc__html_emit *e,
                               const struct bc__html_tree *t);

#endif
