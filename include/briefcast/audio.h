/* audio.h - the audio renderer: speech normalization, flite synthesis of the
 * narration script, and the episode files (WAV, MP3, WebVTT transcript). */
#ifndef BRIEFCAST_AUDIO_H
#define BRIEFCAST_AUDIO_H

#include <stddef.h>

#include "briefcast/error.h"
#include "briefcast/facts.h"
#include "briefcast/summary.h"

/* What speech normalization knows about the source. All borrowed. */
struct bc_speech_ctx {
  const char *doc_date;        /* resolves "06/14"; NULL if unknown */
  const struct bc_facts *facts;/* acronym definitions; may be NULL */
  const char *lexicon_path;    /* user pronunciation lexicon; may be NULL */
};
#define BC_SPEECH_CTX_INIT {NULL, NULL, NULL}

/* Rewrite text the way a person reads it aloud, as plain ASCII words that
 * flite pronounces correctly.  *out belongs to the caller. */
bc_status bc_speech_normalize(const char *text,
                              const struct bc_speech_ctx *ctx, char **out,
                              struct bc_error *err);

struct bc_audio_opts {
  const char *voices;   /* comma list, one per speaker; NULL = default */
  int sample_rate;      /* output rate; 0 = default */
  int mp3;              /* also write MP3 when available */
  struct bc_speech_ctx speech;
};
#define BC_AUDIO_OPTS_INIT {NULL, 0, 0, BC_SPEECH_CTX_INIT}

struct bc_audio_stats {
  double seconds;        /* duration of the audio written */
  double synth_seconds;  /* wall time spent synthesizing */
  size_t words;          /* words spoken */
  int sample_rate;
  size_t cues;
};

/* Speak summary->narration into OUTDIR/narration.wav and
 * OUTDIR/transcript.vtt (each written to a temporary file, then renamed).
 * stats may be NULL. */
bc_status bc_audio_render(const struct bc_summary *summary,
                          const struct bc_audio_opts *opts, const char *outdir,
                          struct bc_audio_stats *stats, struct bc_error *err);

#endif
