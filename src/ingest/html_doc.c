/* html_doc.c - turn an extracted page into documents: one for the page, or
 * one per dated post when the caller asks to split a blog's archive page.
 * Extraction itself lives in html.c; this file only cuts and copies. */
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

/* A document holding blocks [b0, b1) of the page, spans rebased. */
static bc_status make_doc(const struct bc__html_page *p, size_t b0, size_t b1,
                          const char *name, int whole, struct bc_doc **out)
{
  struct bc_doc *d = bc_calloc(1, sizeof *d);
  size_t base = p->blocks[b0].span.start, end = p->blocks[b1 - 1].span.end;
  if (!d)
    return BC_ERR_NOMEM;
  d->format = BC_FORMAT_HTML;
  d->text = bc_strndup(p->text + base, end - base);
  d->text_len = end - base;
  d->blocks = bc_calloc(b1 - b0, sizeof *d->blocks);
  d->source = bc_strdup(name);
  if (!d->text || !d->blocks || !d->source)
    goto nomem;
  d->n_blocks = b1 - b0;
  for (size_t i = b0; i < b1; i++) {
    struct bc_block *nb = &d->blocks[i - b0];
    *nb = p->blocks[i];
    nb->span.start -= base;
    nb->span.end -= base;
    nb->date = NULL;
    if (p->blocks[i].date && !(nb->date = bc_strdup(p->blocks[i].date)))
      goto nomem;
  }
  if (whole) {
    if ((p->title && !(d->title = bc_strdup(p->title))) ||
        (p->author && !(d->author = bc_strdup(p->author))) ||
        (p->url && !(d->url = bc_strdup(p->url))))
      goto nomem;
    /* A page of several posts has no one date: each post heading carries
     * its own. */
    if (p->date && p->n_posts < 2 && !(d->date = bc_strdup(p->date)))
      goto nomem;
    for (size_t i = b0; i < b1 && !d->date && p->n_posts == 1; i++)
      if (p->blocks[i].date && !(d->date = bc_strdup(p->blocks[i].date)))
        goto nomem;
  } else {
    for (size_t i = b0; i < b1; i++) {
      const struct bc_span *sp = &p->blocks[i].span;
      if (!d->date && p->blocks[i].date &&
          !(d->date = bc_strdup(p->blocks[i].date)))
        goto nomem;
      if (!d->title && p->blocks[i].kind == BC_BLOCK_HEADING &&
          !is_date_heading(p, i) &&
          !(d->title = bc_strndup(p->text + sp->start, sp->end - sp->start)))
        goto nomem;
    }
    /* no author: the page's byline names one post's author at best */
  }
  if (!d->title)
    d->title = bc__doc_guess_title(d); /* NULL is acceptable here */
  *out = d;
  return BC_OK;
nomem:
  bc_doc_free(d);
  return BC_ERR_NOMEM;
}

bc_status bc__html_parse(const char *data, size_t len, const char *name,
                         const char *charset, const struct bc_ingest_opts *opts,
                         struct bc_doclist *out, struct bc_error *err)
{
  struct bc__html_page p;
  struct bc_doclist tmp = BC_DOCLIST_INIT;
  struct bc_doc *d = NULL;
  bc_status rc;

  if (!name)
    name = "-";
  rc = bc__html_extract(data, len, charset, name, &p, err);
  if (rc)
    goto out;
  if (opts && opts->split_posts && p.n_posts >= 2) {
    size_t b0 = 0;
    while (b0 < p.n_blocks && !p.post_start[b0])
      b0++;
    while (b0 < p.n_blocks) {
      size_t b1 = b0 + 1;
      while (b1 < p.n_blocks && !p.post_start[b1])
        b1++;
      rc = make_doc(&p, b0, b1, name, 0, &d);
      if (rc)
        goto nomem;
      rc = bc__doclist_push(&tmp, d, name, err);
      if (rc)
        goto out;
      b0 = b1;
    }
  } else {
    rc = make_doc(&p, 0, p.n_blocks, name, 1, &d);
    if (rc)
      goto nomem;
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
  bc__html_page_release(&p);
  return rc;
}
