/* audio.h - the audio renderer: speech normalization, flite synthesis of the
 * narration script, and the episode files (WAV, MP3, Opus, WebVTT
 * transcript). */
#ifndef BRIEFCAST_AUDIO_H
#define BRIEFCAST_AUDIO_H

#include <stddef.h>

#include "briefcast/error.h"
#include "briefcast/facts.h"
#include "briefcast/progress.h"
#include "briefcast/summary.h"

/* What speech normalization knows about the source. All borrowed. */
struct bc_speech_ctx {
  const char *doc_date;         /* resolves "06/14"; NULL if unknown */
  const struct bc_facts *facts; /* acronym definitions; may be NULL */
  const char *lexicon_path;     /* user pronunciation lexicon; may be NULL */
};
#define BC_SPEECH_CTX_INIT                                                     \
  {                                                                            \
    .doc_date = NULL, .facts = NULL, .lexicon_path = NULL                      \
  }

/* A speech normalizer: ctx (copied; what it points to is borrowed until
 * bc_speech_free) and the lexicon it names, read and parsed once here.
 * Errors: those of reading the lexicon (BC_ERR_IO, BC_ERR_LIMIT,
 * BC_ERR_PARSE), BC_ERR_NOMEM. */
struct bc_speech;
bc_status bc_speech_new(const struct bc_speech_ctx *ctx, struct bc_speech **out,
                        struct bc_error *err);
/* Rewrite text the way a person reads it aloud, as plain ASCII words that
 * flite pronounces correctly.  *out belongs to the caller. */
bc_status bc_speech_say(const struct bc_speech *sp, const char *text,
                        char **out, struct bc_error *err);
void bc_speech_free(struct bc_speech *sp);

/* bc_speech_new, bc_speech_say and bc_speech_free in one call, for one
 * text (say --dry-run). */
bc_status bc_speech_normalize(const char *text, const struct bc_speech_ctx *ctx,
                              char **out, struct bc_error *err);

struct bc_audio_opts {
  const char *voices; /* comma list, one per speaker in order of first
                         appearance; NULL = "rms,slt" (awb, kal16 too) */
  int sample_rate;    /* output rate; 0 = default (22050) */
  int mp3;            /* also write narration.mp3 (LAME, ID3v2.4 tags) */
  int opus;           /* also write narration.opus (Ogg Opus, 32 kbit/s VBR,
                         Vorbis comments and chapters); default 0 = off */
  struct bc_speech_ctx speech;
  const char *style;       /* NULL: speak summary->narration as written
                              (or "brief" when minutes is set);
                              "brief": one narrator built from the summary;
                              "deep-dive": two hosts alternating */
  double minutes;          /* target length (within 15% when the summary
                              holds enough words; see available_words);
                              0 = the style's own */
  int workers;             /* synthesis processes: 0 = one per available CPU,
                              1 = speak in the calling process */
  bc_progress_fn progress; /* stage "speaking": sentences spoken; or NULL */
  void *progress_ctx;
};
#define BC_AUDIO_OPTS_INIT                                                     \
  {                                                                            \
    .voices = NULL, .speech = BC_SPEECH_CTX_INIT, .style = NULL,               \
    .progress = NULL                                                           \
  }

struct bc_audio_stats {
  double seconds;       /* duration of the audio written */
  double synth_seconds; /* wall time spent waiting for synthesis */
  size_t words;         /* words spoken */
  int sample_rate;
  size_t cues;
  double requested_seconds; /* from opts->minutes; 0 when none asked */
  double lufs;              /* integrated loudness after normalization */
  double true_peak_db;      /* true peak after normalization, dBTP */
  size_t chapters;
  double total_seconds; /* wall time of the whole audio stage */
  size_t workers;       /* synthesis processes used (0: the caller's) */
  /* Words of the summary a styled script can speak (intro and outro
   * included); when seconds falls short of requested_seconds and words
   * reaches this, all of it was spoken: nothing is invented to fill time. */
  size_t available_words;
  /* Chapters narration.opus names (0 without it): all of them, or the
   * first BC_MAX_OPUS_CHAPTERS, as Vorbis chapter comments number theirs
   * 001 to 999; chapters.json, chapters.vtt and video.mp4 name them all.
   * The caller should say so when this is less than chapters. */
  size_t opus_chapters;
};

/* Speak summary->narration (or the script opts->style builds from the
 * summary) into OUTDIR/narration.wav, OUTDIR/transcript.vtt,
 * OUTDIR/transcript.srt, OUTDIR/chapters.json (Podcasting 2.0) and
 * OUTDIR/chapters.vtt (a WebVTT chapters track), plus OUTDIR/narration.mp3
 * when opts->mp3 and OUTDIR/narration.opus when opts->opus; each is written
 * to a temporary file, then renamed.  Cue times come from the real sample
 * counts.  The audio is mono, resampled to opts->sample_rate and normalized
 * to -16 LUFS with a true peak at most -1 dBTP.  stats may be NULL.
 * Errors: BC_ERR_USAGE (unknown voice or style), BC_ERR_INPUT (nothing to
 * speak), BC_ERR_RENDER, BC_ERR_OUTPUT, BC_ERR_NOMEM. */
bc_status bc_audio_render(const struct bc_summary *summary,
                          const struct bc_audio_opts *opts, const char *outdir,
                          struct bc_audio_stats *stats, struct bc_error *err);

/* Speak text with the first voice of opts->voices into one WAV file at
 * wav_path (temporary file, then rename); opts->style, opts->mp3 and
 * opts->opus are ignored.  stats may be NULL. */
bc_status bc_audio_say(const char *text, const struct bc_audio_opts *opts,
                       const char *wav_path, struct bc_audio_stats *stats,
                       struct bc_error *err);

#endif
