/* html.h - internal interface of the HTML reader (libxml2's HTML parser plus
 * main-content extraction).  ingest.c calls it; nothing else does. */
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
 * caller sets sha256. */
bc_status bc__html_parse(const char *data, size_t len, const char *name,
                         const char *charset,
                         const struct bc_ingest_opts *opts,
                         struct bc_doclist *out, struct bc_error *err);

/* Main-content text only (for the extraction benchmark): the article's
 * blocks joined by blank lines.  Caller frees *text. */
bc_status bc__html_extract_text(const char *data, size_t len,
                                const char *charset, char **text,
                                struct bc_error *err);

#endif
