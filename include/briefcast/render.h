/* render.h - text renderers: the brief as Markdown and as an HTML page. */
#ifndef BRIEFCAST_RENDER_H
#define BRIEFCAST_RENDER_H

#include "briefcast/error.h"
#include "briefcast/summary.h"
#include "briefcast/report.h"

/* The brief as Markdown; report may be NULL.  Caller frees the result;
 * NULL on out-of-memory. */
char *bc_render_markdown(const struct bc_summary *summary,
                         const struct bc_report *report);

/* What the reader page shows besides the summary; every member may be
 * NULL (0 for withhold).  Borrowed for the call. */
struct bc_html_opts {
  const struct bc_doc *doc;       /* the source: shown beside the brief,
                                     with every evidence span marked */
  const struct bc_summary *shown; /* the summary as published, failed
                                     sentences cut from running text (see
                                     bc_validate_drop_failed); NULL = the
                                     summary itself */
  const char *audio_href;         /* "narration.mp3": the player */
  const char *video_href;         /* "video.mp4": played instead, with
                                     the transcript following it */
  const char *vtt_href;           /* "transcript.vtt": a captions track */
  const char *transcript_vtt;     /* WebVTT text: the transcript that
                                     follows playback, a cue to click */
  const char *chapters_vtt;       /* WebVTT text of the chapters */
  int withhold; /* 1: a list item with an unrepaired error finding is shown
                   as withheld (what the pipeline publishes) */
};
#define BC_HTML_OPTS_INIT                                                      \
  {                                                                            \
    .doc = NULL, .shown = NULL, .withhold = 1                                  \
  }

/* The reader page (brief.html): one self-contained HTML file, no network
 * at view time (a Content-Security-Policy forbids it), with the brief
 * beside the source text, each key point, timeline entry, glossary term
 * and quote linked to its span highlighted in the source, each finding of
 * report (may be NULL) at the statement it concerns, and the player with
 * the transcript and chapters.  summary is the full summary as checked
 * (findings' field paths index it).  Caller frees; NULL on out-of-memory
 * or when summary is NULL. */
char *bc_render_reader(const struct bc_summary *summary,
                       const struct bc_report *report,
                       const struct bc_html_opts *opts);

/* bc_render_reader with only an audio player for audio_href (may be NULL)
 * and no source pane.  Caller frees; NULL on out-of-memory. */
char *bc_render_html(const struct bc_summary *summary,
                     const struct bc_report *report, const char *audio_href);

#endif
