/* html_int.h - what the HTML renderers (the reader page, the archive index)
 * share: escaping, the compiled-in assets and the Content-Security-Policy
 * hashes of inline style sheets and scripts. */
#ifndef BC_RENDER_HTML_INT_H
#define BC_RENDER_HTML_INT_H

#include <stddef.h>

#include "briefcast/buf.h"

/* The pages' style sheets and scripts: src/render/assets/, compiled in by
 * CMake (.ci/embed.cmake), NUL-terminated. */
extern const char bc_embedded_reader_css[];
extern const char bc_embedded_reader_js[];
extern const char bc_embedded_index_css[];
extern const char bc_embedded_index_js[];

/* Text content and attribute values: the five HTML specials escaped.  s may
 * be NULL (nothing is added). */
void bc__html_esc(struct bc_buf *b, const char *s);
void bc__html_esc_n(struct bc_buf *b, const char *s, size_t n);

/* s as a JSON string literal that is also safe inside <script>: '<', '>'
 * and '&' and U+2028/9 are written as \u escapes. */
void bc__html_json_str(struct bc_buf *b, const char *s);

/* Append "'sha256-BASE64'" of text, for a CSP source list. */
void bc__html_hash(struct bc_buf *b, const char *text);

/* The page head up to and including <style>...</style></head>: charset,
 * viewport, a CSP that allows nothing remote (only the given style sheet
 * and script by their hashes, media from the page's own folder), and the
 * escaped title. */
void bc__html_head(struct bc_buf *b, const char *title, const char *css,
                   const char *js);

#endif
