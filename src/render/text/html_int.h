/* html_int.h - what the HTML renderers (the reader page, the archive index)
 * share: escaping, the compiled-in assets and the Content-Security-Policy
 * hashes of inline style sheets and scripts. */
#ifndef BC_RENDER_HTML_INT_H
#define BC_RENDER_HTML_INT_H

#include <stddef.h>

#include "briefcast/buf.h"
#include "briefcast/doc.h"
#include "briefcast/render.h"
#include "briefcast/summary.h"
#include "briefcast/report.h"

/* The pages' style sheets and scripts: src/render/assets/, compiled in by
 * CMake (.ci/embed.cmake), NUL-terminated. */
extern const char bc__embedded_reader_css[];
extern const char bc__embedded_reader_js[];
extern const char bc__embedded_index_css[];
extern const char bc__embedded_index_js[];

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

/* --- the source pane (html_source.c) ---------------------------------- */

/* The distinct source spans the page points at, sorted by (start, end); a
 * span's index is its id ("s-K" in the page).  shown[k] says whether the
 * source pane holds it, so no link points at nothing.  Sorting, binary
 * search and a sweep over the source keep the page O(n log n) in spans
 * and linear in the source, whatever a summary holds. */
struct bc__html_spans {
  struct bc_span *v;
  unsigned char *shown;
  size_t n, cap;
  size_t *active, n_active; /* spans open at the sweep's position */
  size_t next;              /* the first span not yet opened */
  size_t at;                /* the sweep's position */
  int nomem;
};

/* Collect the valid spans of summary s and report r (may be NULL) over
 * doc; S starts zeroed.  Sets S->nomem on out-of-memory. */
void bc__html_spans_collect(struct bc__html_spans *S, const struct bc_doc *doc,
                            const struct bc_summary *s,
                            const struct bc_report *r);
/* The source pane: doc's text block by block with every span marked;
 * marks the spans it shows. */
void bc__html_source_pane(struct bc_buf *b, struct bc__html_spans *S,
                          const struct bc_doc *doc);
/* The id of span sp when the source pane shows it, else -1. */
long bc__html_shown_id(const struct bc__html_spans *S, struct bc_span sp);
void bc__html_spans_release(struct bc__html_spans *S);

/* --- the player (html_player.c) ---------------------------------------- */

/* The player for o->video_href or o->audio_href, with the chapters and the
 * transcript of o as cue lists. */
void bc__html_player(struct bc_buf *b, const struct bc_html_opts *o);

#endif
