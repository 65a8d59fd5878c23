/* html_doc.c - turn an extracted page into documents: one for the page, or
 * one per dated post when the caller asks to split a blog's archive page
 * (the posts html.c marked, else those posts.c finds in the blocks).
 * Extraction itself lives in html.c; this file only copies and hands on. */
#include <string.h>

#include "ingest/html_int.h"
#include "ingest/ingest.h"
#include "util/alloc.h"

static int is_date_heading(const struct bc__html_page *p, size_t i)
{
  char iso[11];
  const struct bc_span *sp = &p->blocks[i].span;
  return p->blocks[i].kind == BC_BLOCK_HEADING &&
         bc__date_parse(p->text + sp->start, sp->end - sp->start, 1, iso);
}

/* The page as one document, with the page's metadata. */
static bc_status page_doc(const struct bc__html_page *p, const char *name,
                          struct bc_doc **out)
{
  struct bc_doc *d = bc__calloc(1, sizeof *d);
  if (!d)
    return BC_ERR_NOMEM;
  d->format = BC_FORMAT_HTML;
  d->text = bc__strndup(p->text, p->len);
  d->text_len = p->len;
  d->blocks = bc__calloc(p->n_blocks ? p->n_blocks : 1, sizeof *d->blocks);
  d->source = bc__strdup(name);
  if (!d->text || !d->blocks || !d->source)
    goto nomem;
  for (size_t i = 0; i < p->n_blocks; i++) {
    d->blocks[i] = p->blocks[i];
    d->blocks[i].date = NULL;
    d->n_blocks++;
    if (p->blocks[i].date &&
        !(d->blocks[i].date = bc__strdup(p->blocks[i].date)))
      goto nomem;
  }
  if ((p->title && !(d->title = bc__strdup(p->title))) ||
      (p->author && !(d->author = bc__strdup(p->author))) ||
      (p->url && !(d->url = bc__strdup(p->url))))
    goto nomem;
  /* A page of several posts has no one date: each post heading carries
   * its own. */
  if (p->date && p->n_posts < 2 && !(d->date = bc__strdup(p->date)))
    goto nomem;
  for (size_t i = 0; i < p->n_blocks && !d->date && p->n_posts == 1; i++)
    if (p->blocks[i].date && !(d->date = bc__strdup(p->blocks[i].date)))
      goto nomem;
  if (!d->title && d->n_blocks && !(d->title = bc__doc_guess_title(d)))
    goto nomem;
  *out = d;
  return BC_OK;
nomem:
  bc_doc_free(d);
  return BC_ERR_NOMEM;
}

/* The posts the HTML reader marked: each starts at a marked block, with
 * the first heading under it that is not a date as its title.  *posts is
 * owned by the caller; -1 on out-of-memory. */
static int marked_posts(const struct bc__html_page *p, struct bc__post **posts,
                        size_t *n)
{
  size_t k = 0;
  *n = 0;
  *posts = NULL;
  if (p->n_posts < 2)
    return 0;
  *posts = bc__calloc(p->n_posts, sizeof **posts);
  if (!*posts)
    return -1;
  for (size_t i = 0; i < p->n_blocks; i++) {
    if (p->post_start[i]) {
      struct bc__post *q = &(*posts)[k++];
      q->b0 = i;
      if (p->blocks[i].date)
        memcpy(q->date, p->blocks[i].date, strlen(p->blocks[i].date) + 1);
    }
    if (k && (*posts)[k - 1].title.end == 0 &&
        p->blocks[i].kind == BC_BLOCK_HEADING && !is_date_heading(p, i))
      (*posts)[k - 1].title = p->blocks[i].span;
  }
  *n = k;
  return 0;
}

bc_status bc__html_parse(const char *data, size_t len, const char *name,
                         const char *charset, const struct bc_ingest_opts *opts,
                         struct bc_doclist *out, struct bc_error *err)
{
  struct bc__html_page p;
  struct bc_doclist tmp = BC_DOCLIST_INIT;
  struct bc__post *posts = NULL;
  struct bc_doc *d = NULL;
  size_t n_posts = 0;
  int split = opts && opts->split_posts;
  bc_status rc;

  if (!name)
    name = "-";
  rc = bc__html_extract(data, len, charset, name, &p, err);
  if (rc)
    goto out;
  if (page_doc(&p, name, &d) || marked_posts(&p, &posts, &n_posts))
    goto nomem;
  rc = bc__posts_take(d, split, posts, n_posts, name, &tmp, err);
  d = NULL;
  if (rc)
    goto out;
  rc = bc__doclist_move(out, &tmp, name, err);
  goto out;
nomem:
  rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory", name);
out:
  bc_doc_free(d);
  free(posts);
  bc_doclist_release(&tmp);
  bc__html_page_release(&p);
  return rc;
}
