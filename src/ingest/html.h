/* html.h - internal interface of the HTML reader (libxml2's HTML parser plus
 * main-content extraction).  ingest.c calls bc__html_parse; the extraction
 * benchmark and the tests call the lower-level bc__html_extract. */
#ifndef BC_INGEST_HTML_H
#define BC_INGEST_HTML_H

#include <stddef.h>

#include "briefcast/doc.h"
#include "briefcast/error.h"

/* Parse an HTML page into one document (or one per post when
 * opts->split_posts and the page holds several dated posts), appending to
 * out.  charset is the HTTP header's charset or NULL; name is used in
 * messages and as doc->source.  The returned documents have text, blocks,
 * title, author, date and url filled as far as the page gives them; the
 * caller sets sha256.  Split posts carry their own title and date (and no
 * author: a page's byline may name only one of them); text before the
 * first post is left out.  Errors: BC_ERR_BINARY (NUL bytes), BC_ERR_INPUT ("no
 * article text found in 'x.html'"), BC_ERR_LIMIT (more than
 * BC_MAX_HTML_TAGS start tags, or over 1 GiB), BC_ERR_NOMEM.
 * On failure out is untouched. */
bc_status bc__html_parse(const char *data, size_t len, const char *name,
                         const char *charset, const struct bc_ingest_opts *opts,
                         struct bc_doclist *out, struct bc_error *err);

/* Main-content text only (for the extraction benchmark): the article's
 * blocks joined by blank lines.  Caller frees *text.  Errors as above. */
bc_status bc__html_extract_text(const char *data, size_t len,
                                const char *charset, char **text,
                                struct bc_error *err);

/* The whole result of reading one page, before it becomes documents.
 * blocks[i].span indexes text; a block's date is set on dated post
 * headings.  post_start[i] is nonzero where a new post begins. */
struct bc__html_page {
  char *text; /* NUL-terminated; blocks joined by "\n\n" */
  size_t len;
  struct bc_block *blocks;
  unsigned char *post_start;
  size_t n_blocks;
  size_t n_posts; /* blocks with post_start set */
  char *title, *author, *date, *url;
};

/* Read a page: charset, parse, extraction, metadata.  name is for messages
 * only.  Release page with bc__html_page_release even after a failure. */
bc_status bc__html_extract(const char *data, size_t len, const char *charset,
                           const char *name, struct bc__html_page *page,
                           struct bc_error *err);
void bc__html_page_release(struct bc__html_page *page);

#endif
