/* render.h - text renderers: the brief as Markdown and as an HTML page. */
#ifndef BRIEFCAST_RENDER_H
#define BRIEFCAST_RENDER_H

#include "briefcast/error.h"
#include "briefcast/summary.h"
#include "briefcast/validate.h"

/* The brief as Markdown; report may be NULL.  Caller frees the result;
 * NULL on out-of-memory. */
char *bc_render_markdown(const struct bc_summary *summary,
                         const struct bc_report *report);

/* A self-contained HTML page with the brief, an audio player for audio_href
 * (may be NULL) and the findings.  Caller frees; NULL on out-of-memory. */
char *bc_render_html(const struct bc_summary *summary,
                     const struct bc_report *report, const char *audio_href);

#endif
