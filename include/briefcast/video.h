/* video.h - the video renderer: the slide deck in sync with the narration
 * as an MP4 (H.264 + AAC, mov_text captions, chapter marks, metadata),
 * made from the files the PDF and audio renderers wrote. */
#ifndef BRIEFCAST_VIDEO_H
#define BRIEFCAST_VIDEO_H

#include <stddef.h>

#include "briefcast/error.h"
#include "briefcast/summary.h"

struct bc_video_opts {
  int width, height; /* frame size; 0 = 1280x720 (even, 16..7680) */
  int burn_captions; /* 1 = draw the captions into the frames too (the soft
                        caption track is written either way) */
};
#define BC_VIDEO_OPTS_INIT                                                     \
  {                                                                            \
    .width = 0, .height = 0, .burn_captions = 0                                \
  }

struct bc_video_stats {
  double seconds;        /* duration of the video */
  size_t frames;         /* video frames encoded */
  size_t chapters;       /* chapter marks */
  size_t cues;           /* caption cues */
  size_t slides;         /* chapters shown as a page of the deck */
  size_t cards;          /* chapters with no page, shown as a title card */
  size_t bytes;          /* size of the file written */
  double encode_seconds; /* wall time of the whole video stage */
};

/* Write the narrated deck to path (temporary file, then rename) from what
 * dir holds: slides.pdf, narration.wav, transcript.vtt and chapters.json
 * (as bc_pdf_slides and bc_audio_render write them).  Each chapter shows
 * the deck's page whose title is the chapter's (a chapter spanning several
 * pages shows each for an equal share); the first chapter shows the title
 * slide, an "Outro" chapter the closing slide, and a chapter no page names
 * a title card.  summary gives the metadata (title, author, date, source)
 * and may be NULL.  opts may be NULL (defaults); stats may be NULL.
 * Errors: BC_ERR_USAGE (bad size), BC_ERR_IO (an input is missing),
 * BC_ERR_PARSE (an input is malformed), BC_ERR_RENDER (poppler, cairo or
 * libav*), BC_ERR_OUTPUT, BC_ERR_NOMEM. */
bc_status bc_video_render(const struct bc_summary *summary, const char *dir,
                          const struct bc_video_opts *opts, const char *path,
                          struct bc_video_stats *stats, struct bc_error *err);

/* Whether narration at rate Hz can go into video.mp4: its AAC track takes
 * 8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 64000,
 * 88200 or 96000 Hz.  Errors: BC_ERR_USAGE with a message naming the
 * rates. */
bc_status bc_video_check_rate(int rate, struct bc_error *err);

/* Parse "WxH" (e.g. "1280x720") into *w and *h: both even, 16 to 7680.
 * Errors: BC_ERR_USAGE with a message naming text. */
bc_status bc_video_parse_size(const char *text, int *w, int *h,
                              struct bc_error *err);

#endif
