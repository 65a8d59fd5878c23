/* html_posts.c - the posts of a page of several, as the emitter meets
 * them: dated headings (a date heading over titles, a <time> under a
 * title, a date in a post's footer), which post a date between two of them
 * belongs to, and the checks that a page really holds several posts.
 * Cutting a page into documents is html_doc.c's and posts.c's. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "ingest/html_tree.h"
#include "ingest/ingest.h"
#include "util/alloc.h"

static int block_is(struct bc__html_emit *e, size_t b,
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

static void set_block_date(struct bc__html_emit *e, size_t b, const char *iso)
{
  if (e->blocks[b].date || !iso[0])
    return;
  e->blocks[b].date = bc__strdup(iso);
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
static void date_post(struct bc__html_emit *e, size_t b, const char *iso)
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
static int post_level_ok(const struct bc__html_emit *e, size_t b)
{
  return !e->post_level || e->blocks[b].level <= e->post_level;
}

/* A heading block was just closed: decide whether it starts a post. */
void bc__html_heading_done(struct bc__html_emit *e, xmlNode *h)
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
void bc__html_date_marker(struct bc__html_emit *e, const char *iso, xmlNode *x)
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
void bc__html_date_last(struct bc__html_emit *e, xmlNode *root)
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
int bc__html_element_date(xmlNode *x, char iso[11])
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
void bc__html_scan_dates(struct bc__html_emit *e, xmlNode *root)
{
  char iso[11];
  for (xmlNode *x = root; x;) {
    int skip = 0;
    if (x->type == XML_ELEMENT_NODE && bc__html_element_date(x, iso)) {
      bc__html_date_marker(e, iso, x);
      return;
    }
    if (x->type != XML_ELEMENT_NODE)
      skip = 1;
    x = bc__html_next_node(x, root, skip);
  }
}

/* Posts in an emitted result that have some text of their own (100
 * characters or more): a list of linked titles and dates does not count. */
size_t bc__html_real_posts(const struct bc__html_emit *e)
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

/* The element that holds a block's text and its siblings' (the parent of
 * a <p>; a <div> of text held directly, as old blogs write posts). */
static size_t holder(const struct bc__html_tree *t, size_t blk)
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
void bc__html_merge_flat_posts(struct bc__html_emit *e,
                               const struct bc__html_tree *t)
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
