/* posts.c - pages that hold several dated posts (a blog's front page, an
 * archive or label page, a text scrape of one): finding the posts in a
 * document's blocks, where each post ends (its footer, its comments or an
 * appended Q&A are not the post), and cutting the page into one document
 * per post.  It reads blocks as any reader made them, so plain text,
 * Markdown and HTML pages without post markup go through the same rules;
 * the HTML reader's own post marks (html.c) are used when it has them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/alloc.h"

static const char *btext(const struct bc_doc *d, size_t i, size_t *n)
{
  *n = d->blocks[i].span.end - d->blocks[i].span.start;
  return d->text + d->blocks[i].span.start;
}

static size_t blen(const struct bc_doc *d, size_t i)
{
  return d->blocks[i].span.end - d->blocks[i].span.start;
}

/* A date line: a heading or a paragraph of its own. */
static int is_date(const struct bc_doc *d, size_t i, char iso[11])
{
  size_t n;
  const char *s = btext(d, i, &n);
  char tmp[11];
  if (d->blocks[i].kind != BC_BLOCK_HEADING &&
      d->blocks[i].kind != BC_BLOCK_PARAGRAPH)
    return 0;
  return bc__line_date(s, n, iso ? iso : tmp);
}

static int is_byline(const struct bc_doc *d, size_t i)
{
  size_t n;
  const char *s = btext(d, i, &n);
  return bc__line_byline(s, n);
}

static int is_meta(const struct bc_doc *d, size_t i)
{
  size_t n;
  const char *s = btext(d, i, &n);
  return bc__line_boiler(s, n) != BC__LINE_NONE || bc__line_byline(s, n);
}

/* A post's title: a heading, or a short line that does not end like a
 * sentence; neither a date line nor boilerplate. */
static int is_title(const struct bc_doc *d, size_t i)
{
  size_t n, words = 0;
  const char *s = btext(d, i, &n);
  unsigned char c0 = (unsigned char)s[0], last = (unsigned char)s[n - 1];
  if (is_date(d, i, NULL) || is_meta(d, i))
    return 0;
  if (d->blocks[i].kind == BC_BLOCK_HEADING)
    return 1;
  if (d->blocks[i].kind != BC_BLOCK_PARAGRAPH || n > 150)
    return 0;
  if (strchr(".,;:", last))
    return 0;
  if (!((c0 >= 'A' && c0 <= 'Z') || (c0 >= '0' && c0 <= '9') || c0 == '"' ||
        c0 == '\'' || c0 >= 0xC2))
    return 0;
  for (size_t k = 0; k < n; k++)
    if (s[k] != ' ' && (k == 0 || s[k - 1] == ' '))
      words++;
  return words <= 18;
}

/* Text of the post proper: not a heading, a date line or boilerplate. */
static int is_body(const struct bc_doc *d, size_t i)
{
  return d->blocks[i].kind != BC_BLOCK_HEADING && !is_date(d, i, NULL) &&
         !is_meta(d, i);
}

/* Where the comments, the related posts or the sidebar start, when that is
 * a line of its own. */
static int ends_post(const struct bc_doc *d, size_t i)
{
  size_t n;
  const char *s = btext(d, i, &n);
  enum bc__line_kind k = bc__line_boiler(s, n);
  return k == BC__LINE_COMMENTS || k == BC__LINE_STATUS;
}

size_t bc__post_end(const struct bc_doc *doc, size_t b0, size_t b1, int whole)
{
  size_t first_body = SIZE_MAX, start, total;
  if (b1 > doc->n_blocks)
    b1 = doc->n_blocks;
  if (b0 + 1 >= b1)
    return b1;
  start = doc->blocks[b0].span.start;
  total = doc->blocks[b1 - 1].span.end - start;
  for (size_t i = b0; i < b1; i++) {
    if (first_body == SIZE_MAX) {
      if (is_body(doc, i) && blen(doc, i) >= 40)
        first_body = i;
      continue;
    }
    if (ends_post(doc, i) &&
        (!whole ||
         (double)(doc->blocks[i].span.start - start) >= 0.4 * (double)total)) {
      b1 = i;
      break;
    }
  }
  /* the footer lines that trail the text */
  while (b1 > b0 + 1 && (first_body == SIZE_MAX || b1 - 1 > first_body)) {
    size_t n;
    const char *s = btext(doc, b1 - 1, &n);
    enum bc__line_kind k = bc__line_boiler(s, n);
    if (k == BC__LINE_NONE && !bc__line_promo(s, n) &&
        (whole || !(is_date(doc, b1 - 1, NULL) || bc__line_byline(s, n))))
      break;
    b1--;
  }
  return b1;
}

enum { HEAD_DATE_FIRST = 1, HEAD_TITLE_FIRST = 2 };

struct head {
  struct bc__post p;
  size_t end; /* the first block after the head (date, title, byline) */
  int layout;
};

static int push(struct head **v, size_t *n, size_t *cap, const struct head *h)
{
  if (*n == *cap) {
    size_t nc = *cap ? *cap * 2 : 8;
    struct head *nv = bc__realloc(*v, nc * sizeof *nv);
    if (!nv)
      return -1;
    *v = nv;
    *cap = nc;
  }
  (*v)[(*n)++] = *h;
  return 0;
}

/* The bytes of post text between a head and the next post. */
static size_t body_bytes(const struct bc_doc *d, size_t from, size_t to)
{
  size_t sum = 0;
  for (size_t i = from; i < to; i++)
    if (is_body(d, i))
      sum += blen(d, i);
  return sum;
}

/* The length of a separator at s[0..n): a space or ASCII punctuation that
 * parts a date from a title, a middle dot, a bullet or a dash; else 0. */
static size_t sep_at(const char *s, size_t n)
{
  const unsigned char *u = (const unsigned char *)s;
  if (n >= 1 && strchr(" :-|(),", s[0]) && s[0])
    return 1;
  if (n >= 2 && u[0] == 0xC2 && u[1] == 0xB7)
    return 2;
  if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] == 0x93 || u[2] == 0x94 || u[2] == 0xA2))
    return 3;
  return 0;
}

/* The same, for a separator that ends s[0..n). */
static size_t sep_before(const char *s, size_t n)
{
  if (n >= 1 && sep_at(s + n - 1, 1))
    return 1;
  if (n >= 2 && sep_at(s + n - 2, 2) == 2)
    return 2;
  if (n >= 3 && sep_at(s + n - 3, 3) == 3)
    return 3;
  return 0;
}

/* A heading that holds a post's date and title, the date first or last
 * ("2023-08-30 \xC2\xB7 The heron is back", "The heron is back (30 August
 * 2023)"): the title's bytes go to *title.  A full date only: "July 1969:
 * The landing" is a section of an essay. */
static int dated_title(const struct bc_doc *d, size_t i, struct bc_span *title,
                       char iso[11])
{
  size_t n, a, e, t0, t1;
  const char *s = btext(d, i, &n);
  if (d->blocks[i].kind != BC_BLOCK_HEADING || n > 200 ||
      !bc__date_find(s, n, &a, &e, iso) || strlen(iso) != 10 ||
      bc__line_date(s, n, iso))
    return 0;
  if (bc__date_skip_weekday(s, n, 0) == a) {
    t0 = e;
    t1 = n;
  } else if (e == n || (e + 1 == n && s[e] == ')')) {
    t0 = 0;
    t1 = a;
  } else {
    return 0;
  }
  /* the separator between them: " \xC2\xB7 ", ": ", " - ", " | ", "(" */
  while (t0 < t1 && sep_at(s + t0, t1 - t0))
    t0 += sep_at(s + t0, t1 - t0);
  while (t1 > t0 && sep_before(s + t0, t1 - t0))
    t1 -= sep_before(s + t0, t1 - t0);
  if (t1 <= t0 + 1 || bc__title_bad(s + t0, t1 - t0))
    return 0;
  title->start = d->blocks[i].span.start + t0;
  title->end = d->blocks[i].span.start + t1;
  return 1;
}

/* The head of a post at block i, if one starts there. */
static int head_at(const struct bc_doc *d, size_t i, struct head *h)
{
  size_t n = d->n_blocks, j;
  char iso[11];
  memset(h, 0, sizeof *h);
  h->p.b0 = i;
  if (dated_title(d, i, &h->p.title, iso)) {
    /* "2023-08-30 \xC2\xB7 The heron is back": date and title in one
     * heading */
    memcpy(h->p.date, iso, sizeof iso);
    h->end = i + 1;
    h->layout = HEAD_TITLE_FIRST;
  } else if (is_date(d, i, iso)) {
    /* date, [byline,] title: Blogger's date header, most themes */
    j = i + 1;
    if (j < n && is_byline(d, j))
      j++;
    if (j < n && is_title(d, j)) {
      h->p.title = d->blocks[j].span;
      h->end = j + 1;
    } else if (j < n && is_body(d, j) &&
               d->blocks[i].kind == BC_BLOCK_HEADING) {
      h->end = j; /* a date heading over the text: the date is the title */
    } else {
      return 0;
    }
    memcpy(h->p.date, iso, sizeof iso);
    h->layout = HEAD_DATE_FIRST;
  } else if (is_title(d, i)) {
    /* title, [byline,] date, and then the text (not another title: then
     * the date belongs to the title under it) */
    j = i + 1;
    if (j < n && is_byline(d, j))
      j++;
    if (j >= n || !is_date(d, j, iso))
      return 0;
    if (j + 1 < n && is_title(d, j + 1) &&
        !(j + 2 < n && is_date(d, j + 2, NULL)))
      return 0;
    h->p.title = d->blocks[i].span;
    memcpy(h->p.date, iso, sizeof iso);
    h->end = j + 1;
    h->layout = HEAD_TITLE_FIRST;
  } else {
    return 0;
  }
  /* more of the head: a byline, a second date line ("Posted by X on ...") */
  while (h->end < n && h->end < i + 6 &&
         (is_date(d, h->end, NULL) || is_byline(d, h->end)))
    h->end++;
  return 1;
}

bc_status bc__posts_find(const struct bc_doc *doc, struct bc__post **posts,
                         size_t *n_out)
{
  struct head *heads = NULL;
  size_t nh = 0, cap = 0, i = 0, n = doc->n_blocks, last_date = SIZE_MAX;
  size_t with_body = 0, pre = 0;
  int trailing = 0, comments = 0;
  *posts = NULL;
  *n_out = 0;
  while (i < n) {
    struct head h;
    size_t len;
    const char *s = btext(doc, i, &len);
    enum bc__line_kind kind = bc__line_boiler(s, len);
    if (nh > 0 && kind == BC__LINE_STATUS &&
        body_bytes(doc, heads[nh - 1].end, i))
      break; /* related posts, the sidebar: no more posts */
    if (kind == BC__LINE_COMMENTS) {
      comments = 1;
      i++;
      continue;
    }
    if (!head_at(doc, i, &h)) {
      if (comments && is_body(doc, i))
        comments = 2; /* a comment's text: what follows are comments */
      i++;
      continue;
    }
    /* A commenter's name and date, not a post: after a comment's text,
     * or dated after the post (a page lists its posts newest first). */
    if (comments == 2 ||
        (comments && nh > 0 && h.p.date[0] && heads[nh - 1].p.date[0] &&
         strcmp(h.p.date, heads[nh - 1].p.date) > 0)) {
      comments = 2;
      i = h.end;
      continue;
    }
    comments = 0;
    if (push(&heads, &nh, &cap, &h)) {
      free(heads);
      return BC_ERR_NOMEM;
    }
    i = h.end;
  }
  if (nh < 2)
    goto none;
  /* Dates that close posts rather than open them ("title, text, date"):
   * the last date line of the page has no post after it.  Which post such
   * a date belongs to cannot be told from the lines alone, so those pages
   * are left whole. */
  for (i = 0; i < n; i++)
    if (is_date(doc, i, NULL))
      last_date = i;
  if (last_date != SIZE_MAX && heads[nh - 1].end <= last_date &&
      body_bytes(doc, last_date + 1, n) < 40)
    trailing = 1;
  if (trailing) {
    size_t k = 0;
    for (i = 0; i < nh; i++)
      if (heads[i].layout != HEAD_DATE_FIRST)
        heads[k++] = heads[i];
    nh = k;
    if (nh < 2)
      goto none;
  }
  /* Posts have text; a list of titles and dates is an index. */
  for (i = 0; i < nh; i++) {
    size_t to = i + 1 < nh ? heads[i + 1].p.b0 : n;
    to = bc__post_end(doc, heads[i].p.b0, to, 0);
    with_body += body_bytes(doc, heads[i].end, to) >= 100;
  }
  if (with_body < 2 || 2 * with_body < nh)
    goto none;
  /* A page of posts opens with little more than its name. */
  pre = body_bytes(doc, 0, heads[0].p.b0);
  if (pre > 500 && pre * 4 > doc->text_len)
    goto none;
  *posts = bc__calloc(nh, sizeof **posts);
  if (!*posts) {
    free(heads);
    return BC_ERR_NOMEM;
  }
  for (i = 0; i < nh; i++)
    (*posts)[i] = heads[i].p;
  *n_out = nh;
none:
  free(heads);
  return BC_OK;
}

/* A post's title and date (see bc__posts_split); -1 on out-of-memory. */
static int post_meta(const struct bc_doc *page, const struct bc__post *p,
                     size_t b1, struct bc_doc *d)
{
  if (p->title.end > p->title.start &&
      p->title.end <= page->blocks[b1 - 1].span.end &&
      !(d->title = bc__strndup(page->text + p->title.start,
                               p->title.end - p->title.start)))
    return -1;
  for (size_t i = 0; i < d->n_blocks && !d->title; i++) {
    const struct bc_span *sp = &d->blocks[i].span;
    char iso[11];
    if (d->blocks[i].kind == BC_BLOCK_HEADING &&
        !bc__line_date(d->text + sp->start, sp->end - sp->start, iso) &&
        !(d->title = bc__strndup(d->text + sp->start, sp->end - sp->start)))
      return -1;
  }
  if (!d->title && d->n_blocks > 0 && !(d->title = bc__doc_guess_title(d)))
    return -1;
  if (p->date[0] && !(d->date = bc__strdup(p->date)))
    return -1;
  /* the post's head carries its date, as the HTML reader marks it */
  if (p->date[0] && d->n_blocks > 0 && !d->blocks[0].date &&
      !(d->blocks[0].date = bc__strdup(p->date)))
    return -1;
  for (size_t i = 0; i < d->n_blocks && !d->date; i++)
    if (d->blocks[i].date && !(d->date = bc__strdup(d->blocks[i].date)))
      return -1;
  return 0;
}

bc_status bc__posts_split(const struct bc_doc *doc,
                          const struct bc__post *posts, size_t n,
                          const char *name, struct bc_doclist *out,
                          struct bc_error *err)
{
  struct bc_doclist tmp = BC_DOCLIST_INIT;
  bc_status rc = BC_OK;
  for (size_t k = 0; k < n; k++) {
    size_t b0 = posts[k].b0;
    size_t b1 = k + 1 < n ? posts[k + 1].b0 : doc->n_blocks;
    struct bc_doc *d = NULL;
    b1 = bc__post_end(doc, b0, b1, 0);
    rc = bc__doc_slice(doc, b0, b1, &d);
    if (rc)
      goto nomem;
    d->post = k + 1;
    d->n_posts = n;
    bc__doc_asides(d);
    if (post_meta(doc, &posts[k], b1, d)) {
      bc_doc_free(d);
      goto nomem;
    }
    rc = bc__doclist_push(&tmp, d, name, err);
    if (rc)
      goto out;
  }
  rc = bc__doclist_move(out, &tmp, name, err);
  goto out;
nomem:
  rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory", name);
out:
  bc_doclist_release(&tmp);
  return rc;
}

bc_status bc__posts_take(struct bc_doc *doc, int split,
                         const struct bc__post *known, size_t n_known,
                         const char *name, struct bc_doclist *out,
                         struct bc_error *err)
{
  struct bc__post *found = NULL;
  size_t n = 0;
  bc_status rc;
  if (split && n_known >= 2) {
    rc = bc__posts_split(doc, known, n_known, name, out, err);
    bc_doc_free(doc);
    return rc;
  }
  if (split && doc->n_blocks > 0) {
    rc = bc__posts_find(doc, &found, &n);
    if (rc) {
      bc_doc_free(doc);
      return bc_error_set(err, rc, "cannot read '%s': out of memory", name);
    }
    if (n >= 2) {
      rc = bc__posts_split(doc, found, n, name, out, err);
      free(found);
      bc_doc_free(doc);
      return rc;
    }
  }
  free(found);
  found = NULL;
  /* Kept whole: without the comments or the Q&A after it, or, for a page
   * of posts, after its last post. */
  if (!split && n_known < 2 && doc->n_blocks > 0) {
    rc = bc__posts_find(doc, &found, &n);
    if (rc) {
      bc_doc_free(doc);
      return bc_error_set(err, rc, "cannot read '%s': out of memory", name);
    }
  }
  if (n_known >= 2)
    bc__doc_trim(doc, 0,
                 bc__post_end(doc, known[n_known - 1].b0, doc->n_blocks, 0));
  else if (n >= 2)
    bc__doc_trim(doc, 0, bc__post_end(doc, found[n - 1].b0, doc->n_blocks, 0));
  else if (doc->n_blocks > 0) {
    size_t b0 = 0;
    /* a promo or navigation line over the piece ("Like to build things?
     * Try Hacker News.", "Skip to content") */
    while (b0 < 2 && b0 + 1 < doc->n_blocks) {
      size_t len;
      const char *s = btext(doc, b0, &len);
      if (!bc__line_promo(s, len) && bc__line_boiler(s, len) != BC__LINE_STATUS)
        break;
      b0++;
    }
    bc__doc_trim(doc, b0, bc__post_end(doc, b0, doc->n_blocks, 1));
  }
  free(found);
  bc__doc_asides(doc);
  return bc__doclist_push(out, doc, name, err);
}

/* "[1] The note ...": a footnote's own text. */
static int note_block(const struct bc_doc *d, size_t i)
{
  size_t n, k = 1;
  const char *s = btext(d, i, &n);
  if (n < 4 || s[0] != '[')
    return 0;
  while (k < n && k < 5 && s[k] >= '0' && s[k] <= '9')
    k++;
  return k > 1 && k + 1 < n && s[k] == ']' && s[k + 1] == ' ';
}

static int thanks_line(const char *s, size_t n)
{
  static const char *const heads[] = {"Thanks to ", "Thanks also to ",
                                      "Thank you to ", "Many thanks to ",
                                      "Thanks for reading"};
  for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
    if (n >= strlen(heads[i]) && !memcmp(s, heads[i], strlen(heads[i])))
      return 1;
  return 0;
}

void bc__doc_asides(struct bc_doc *doc)
{
  size_t n = doc->n_blocks, half = doc->text_len / 2;
  for (size_t i = 0; i < n; i++) {
    struct bc_block *b = &doc->blocks[i];
    size_t len;
    const char *s = btext(doc, i, &len);
    int late = b->span.start >= half;
    if ((b->kind == BC_BLOCK_HEADING || b->kind == BC_BLOCK_PARAGRAPH) &&
        bc__line_aside_head(s, len) &&
        (late || (i + 1 < n && note_block(doc, i + 1)))) {
      /* the section under it, up to a heading as high that is not one */
      int level = b->kind == BC_BLOCK_HEADING ? b->level : 7;
      size_t j = i + 1;
      b->aside = 1;
      b->kind = BC_BLOCK_PARAGRAPH;
      b->level = 0;
      for (; j < n; j++) {
        struct bc_block *c = &doc->blocks[j];
        size_t cl;
        const char *cs = btext(doc, j, &cl);
        if (c->kind == BC_BLOCK_HEADING && c->level <= level &&
            !bc__line_aside_head(cs, cl))
          break;
        c->aside = 1;
        if (c->kind == BC_BLOCK_HEADING && bc__line_aside_head(cs, cl)) {
          c->kind = BC_BLOCK_PARAGRAPH;
          c->level = 0;
        }
      }
      i = j - 1;
      continue;
    }
    if ((b->kind == BC_BLOCK_PARAGRAPH &&
         ((late && note_block(doc, i)) ||
          (b->span.start >= doc->text_len * 6 / 10 && thanks_line(s, len)))) ||
        bc__line_promo(s, len))
      b->aside = 1;
  }
}
