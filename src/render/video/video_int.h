/* video_int.h - what the files of the video renderer share: the deck's
 * pages as pictures (video_slides.c, poppler + cairo) and the MP4 writer
 * (video_mux.c, libavformat/libavcodec/libswscale).  Not public: poppler,
 * cairo and libav* types never leave src/render/video_*.c. */
#ifndef BC_RENDER_VIDEO_INT_H
#define BC_RENDER_VIDEO_INT_H

#include <stddef.h>
#include <stdint.h>

#include "briefcast/error.h"

/* ---- the deck as pictures (video_slides.c) ------------------------------ */

struct bc__deck;

/* Open the PDF at path for drawing pages into w x h BGRA pictures.  Errors:
 * BC_ERR_IO (missing), BC_ERR_PARSE (not a PDF poppler reads, or no
 * pages), BC_ERR_NOMEM. */
bc_status bc__deck_open(const char *path, int w, int h, struct bc__deck **out,
                        struct bc_error *err);
size_t bc__deck_pages(const struct bc__deck *d);
/* The title of the bookmark that points at page (0-based), or "" when none
 * does.  Borrowed from the deck. */
const char *bc__deck_title(const struct bc__deck *d, size_t page);
/* Draw page (0-based), scaled to fit and centred, into the picture. */
bc_status bc__deck_draw_page(struct bc__deck *d, size_t page,
                             struct bc_error *err);
/* Draw a title card: the chapter's title on the deck's own background and
 * accent colour (read from the title slide). */
bc_status bc__deck_draw_card(struct bc__deck *d, const char *title,
                             struct bc_error *err);
/* Draw caption text over the page or card drawn last, in a band at the
 * bottom: at most three lines a part, so a long cue is shown as *parts
 * consecutive parts; part (0-based) picks which.  text NULL or "" shows
 * the page alone again. */
bc_status bc__deck_draw_caption(struct bc__deck *d, const char *text,
                                size_t part, size_t *parts,
                                struct bc_error *err);
/* The picture: BGRA rows of *stride bytes. */
const unsigned char *bc__deck_pixels(const struct bc__deck *d, int *stride);
void bc__deck_close(struct bc__deck *d);

/* ---- the MP4 writer (video_mux.c) --------------------------------------- */

struct bc__mp4;

struct bc__mp4_chapter {
  int64_t start_ms, end_ms;
  const char *title; /* borrowed */
};

struct bc__mp4_info {
  int width, height;
  int sample_rate; /* of the mono 16-bit narration */
  const char *title, *author, *date, *source, *description; /* may be NULL */
  const struct bc__mp4_chapter *chapters;
  size_t n_chapters;
};

/* Start writing path (a temporary file beside it, renamed by
 * bc__mp4_finish): an H.264 stream, an AAC stream, a mov_text stream,
 * chapters and metadata.  Errors: BC_ERR_OUTPUT (cannot create the file),
 * BC_ERR_RENDER (no encoder, encoder refused the settings), BC_ERR_NOMEM. */
bc_status bc__mp4_open(const char *path, const struct bc__mp4_info *info,
                       struct bc__mp4 **out, struct bc_error *err);
/* Convert a BGRA picture (width x height, rows of stride bytes) into the
 * frame that the next bc__mp4_frame calls send. */
bc_status bc__mp4_picture(struct bc__mp4 *m, const unsigned char *bgra,
                          int stride, struct bc_error *err);
/* Encode the current picture shown from pts_ms for dur_ms; key forces a
 * key frame (a new slide). */
bc_status bc__mp4_frame(struct bc__mp4 *m, int64_t pts_ms, int64_t dur_ms,
                        int key, struct bc_error *err);
/* Samples of audio to encode, in order; any count. */
bc_status bc__mp4_audio(struct bc__mp4 *m, const int16_t *s, size_t n,
                        struct bc_error *err);
/* One caption cue, in order of start. */
bc_status bc__mp4_caption(struct bc__mp4 *m, int64_t start_ms, int64_t end_ms,
                          const char *text, struct bc_error *err);
/* Flush the encoders, write the index at the front (faststart) and rename
 * the file into place; *bytes gets its size.  m is freed either way. */
bc_status bc__mp4_finish(struct bc__mp4 *m, size_t *bytes,
                         struct bc_error *err);
/* Give up: remove the temporary file and free m (may be NULL). */
void bc__mp4_abort(struct bc__mp4 *m);
/* Video frames sent so far. */
size_t bc__mp4_frames(const struct bc__mp4 *m);

#endif
