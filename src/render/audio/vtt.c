/* vtt.c - caption documents: WebVTT and SubRip from timed cues.  Cue times
 * come from the caller (real sample counts); this file only formats them. */
#include <math.h>

#include "render/audio/audio_int.h"

static void stamp(struct bc_buf *b, double t, char frac_sep)
{
  long long ms = llround(t * 1000.0);
  if (ms < 0)
    ms = 0;
  bc_buf_addf(b, "%02lld:%02lld:%02lld%c%03lld", ms / 3600000,
              (ms / 60000) % 60, (ms / 1000) % 60, frac_sep, ms % 1000);
}

/* Cue text may not hold a blank line or "-->"; speech text never does, but
 * a summary is external input, so both are flattened to spaces. */
static void text(struct bc_buf *b, const char *t)
{
  for (const char *p = t; *p; p++) {
    if (*p == '\n' || *p == '\r')
      bc_buf_addc(b, ' ');
    else if (p[0] == '-' && p[1] == '-' && p[2] == '>') {
      bc_buf_adds(b, "->");
      p += 2;
    } else
      bc_buf_addc(b, *p);
  }
}

bc_status bc__vtt_format(const struct bc__cue *c, size_t n, struct bc_buf *b)
{
  bc_buf_adds(b, "WEBVTT\n");
  for (size_t i = 0; i < n; i++) {
    bc_buf_addf(b, "\n%zu\n", i + 1);
    stamp(b, c[i].start, '.');
    bc_buf_adds(b, " --> ");
    stamp(b, c[i].end, '.');
    bc_buf_addc(b, '\n');
    text(b, c[i].text);
    bc_buf_addc(b, '\n');
  }
  return bc_buf_status(b);
}

bc_status bc__srt_format(const struct bc__cue *c, size_t n, struct bc_buf *b)
{
  for (size_t i = 0; i < n; i++) {
    bc_buf_addf(b, "%s%zu\n", i ? "\n" : "", i + 1);
    stamp(b, c[i].start, ',');
    bc_buf_adds(b, " --> ");
    stamp(b, c[i].end, ',');
    bc_buf_addc(b, '\n');
    text(b, c[i].text);
    bc_buf_addc(b, '\n');
  }
  return bc_buf_status(b);
}
