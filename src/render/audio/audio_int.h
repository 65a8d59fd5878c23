/* audio_int.h - what the files of the audio renderer share: PCM buffers, the
 * flite wrapper, the WAV/MP3/Opus writers and caption formatting.  Not
 * public: flite, LAME and libopusenc types never leave src/render/audio_*.c.
 */
#ifndef BC_RENDER_AUDIO_INT_H
#define BC_RENDER_AUDIO_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "briefcast/audio.h"
#include "briefcast/buf.h"
#include "briefcast/limits.h"

/* libsamplerate's SRC_ERR_MALLOC_FAILED (its common.h, not its public
 * header): an allocation failed, which is out of memory, not a
 * rendering failure. */
#define BC__SRC_ERR_NOMEM 1

/* Growable 16-bit mono PCM with a sample cap. */
struct bc__pcm {
  int16_t *s;
  size_t n, cap;
  size_t max; /* hard cap on n; appends beyond it fail with BC_ERR_LIMIT */
};

bc_status bc__pcm_add(struct bc__pcm *p, const int16_t *s, size_t n);
bc_status bc__pcm_silence(struct bc__pcm *p, size_t n);
void bc__pcm_release(struct bc__pcm *p);

/* Voices linked into the binary, in preference order. */
#define BC__VOICE_NAMES "rms, slt, awb, kal16"

/* Nonzero when name is a linked voice. */
int bc__tts_has_voice(const char *name);

/* Every linked voice speaks at 16 kHz; the stage works at this rate. */
#define BC__SPEECH_RATE 16000

/* Initialize flite and register the voices (once per process; later calls
 * only report the first one's outcome).  Errors: BC_ERR_RENDER. */
bc_status bc__tts_init(struct bc_error *err);

/* Synthesize ASCII text (already normalized, tokens capped) with the voice,
 * appending samples to out at the voice's own rate (*rate).  Text is
 * tokenized by flite's streaming token interface, so long text is cheap.
 * Thread-safe once any call has returned (initialization runs once). */
bc_status bc__tts_speak(const char *voice, const char *text,
                        struct bc__pcm *out, int *rate, struct bc_error *err);

/* ---- synthesis on every core (audio_synth.c) ---------------------------- */

/* One sentence to speak: normalized ASCII text and a linked voice's name. */
struct bc__speak {
  const char *voice;
  const char *text;
};
struct bc__synth;

/* Start speaking jobs[0, n) (borrowed until bc__synth_end), delivered at
 * `rate` Hz, in `workers`
 * forked processes (0: one per available CPU; at most 8, at most n).  With
 * one worker, or when no process can be forked, each sentence is spoken in
 * this process when it is taken.  *out must be ended even on error.
 * Errors: BC_ERR_RENDER (flite cannot start), BC_ERR_NOMEM. */
bc_status bc__synth_begin(const struct bc__speak *jobs, size_t n, int rate,
                          int workers, struct bc__synth **out,
                          struct bc_error *err);
/* Replace out's samples with sentence i's, at the rate begun with.  Sentences
 * are taken in order 0, 1, 2...  Errors: those of bc__tts_speak, and
 * BC_ERR_RENDER when a worker died (named with its signal). */
bc_status bc__synth_take(struct bc__synth *s, size_t i, struct bc__pcm *out,
                         struct bc_error *err);
/* Worker processes in use (0: synthesis runs in this process). */
size_t bc__synth_workers(const struct bc__synth *s);
/* Stop the workers (killing any still running) and free s; s may be NULL. */
void bc__synth_end(struct bc__synth *s);

/* The 44-byte RIFF header of n 16-bit mono samples at rate. */
void bc__wav_header(unsigned char h[44], size_t n, int rate);

/* A WAV file image (RIFF, 16-bit PCM, mono) of the samples; caller frees. */
bc_status bc__wav_encode(const int16_t *s, size_t n, int rate, char **out,
                         size_t *len, struct bc_error *err);

/* One caption: [start, end) in seconds and its text. */
struct bc__cue {
  double start, end;
  const char *text; /* borrowed */
};

/* WebVTT / SubRip documents for the cues (appended to b). */
bc_status bc__vtt_format(const struct bc__cue *c, size_t n, struct bc_buf *b);
bc_status bc__srt_format(const struct bc__cue *c, size_t n, struct bc_buf *b);

/* Resample mono PCM from rate "from" to "to" (libsamplerate). */
bc_status bc__audio_resample(struct bc__pcm *p, int from, int to,
                             struct bc_error *err);

/* Apply one gain to p->s[from, to) so that range measures target LUFS
 * (ranges too short or silent to measure are left alone). */
bc_status bc__audio_gain_range(struct bc__pcm *p, int rate, size_t from,
                               size_t to, double target_lufs,
                               struct bc_error *err);

/* ---- streaming: spool files, the meter and the master pass -------------- */

/* Samples as little-endian 16-bit; write returns 0 or -1, read returns the
 * samples read. */
int bc__le16_write(FILE *f, const int16_t *s, size_t n);
size_t bc__le16_read(FILE *f, int16_t *s, size_t n);

/* An incremental loudness meter (libebur128); NULL on out-of-memory. */
void *bc__meter_new(int rate, int true_peak);
bc_status bc__meter_add(void *m, const int16_t *s, size_t n,
                        struct bc_error *err);
double bc__meter_lufs(void *m);    /* -HUGE_VAL for silence */
double bc__meter_peak_db(void *m); /* dBTP; only with true_peak */
void bc__meter_free(void *m);

struct bc__master {
  FILE *in; /* raw samples at in_rate, read from the start */
  size_t in_n;
  int in_rate;
  int16_t in_peak; /* largest magnitude in the input */
  double gain_db;  /* gain to the loudness target */
  double peak_db;  /* true-peak ceiling, dBTP */
  FILE *out;       /* receives a complete WAV file at out_rate */
  int out_rate;
  size_t out_n;              /* out: samples written */
  double lufs, true_peak_db; /* out: measured on what was written */
};

/* Gain, limit, resample and write in chunks, measuring the loudness of
 * what is written (m->lufs; m->true_peak_db is left unknown: HUGE_VAL).
 * Errors: BC_ERR_OUTPUT (write failed; the caller names the file),
 * BC_ERR_RENDER, BC_ERR_NOMEM. */
bc_status bc__audio_master(struct bc__master *m, struct bc_error *err);
/* Measure the true peak of the WAV m->out into m->true_peak_db.  It reads
 * with pread, so another thread may read m->out's file meanwhile through
 * its own stream.  Errors: BC_ERR_RENDER, BC_ERR_NOMEM. */
bc_status bc__audio_peaks(struct bc__master *m, struct bc_error *err);
/* When m->true_peak_db is above m->peak_db: limit the WAV again in place,
 * then cut its gain if still needed, and measure m->lufs and
 * m->true_peak_db anew.  Errors: BC_ERR_OUTPUT, BC_ERR_RENDER,
 * BC_ERR_NOMEM. */
bc_status bc__audio_fix_peaks(struct bc__master *m, struct bc_error *err);

/* ---- the script: what is spoken, by whom, in which chapter -------------- */

struct bc__seg {
  char *speaker; /* owned */
  char *text;    /* owned; written text, normalized later per sentence */
  char *chapter; /* owned; non-NULL when a chapter starts here */
};

struct bc__script {
  struct bc__seg *seg;
  size_t n, cap;
  size_t available_words; /* a style's: every word it could speak */
};

/* Build the script, in every style "Introduction", one chapter per part of
 * the slide deck in its order (pdf_outline.h) titled as the part, then
 * "Outro": chapter N is part N of the deck.  Style NULL speaks
 * summary->narration as written, its turns moved to the parts they
 * announce, and a part no turn announces announced with one sentence of
 * its own the narration does not say; "brief" and "deep-dive" build the
 * whole script from the summary's own text, sized to minutes (0 = the
 * style's default).
 * Errors: BC_ERR_USAGE (unknown style), BC_ERR_NOMEM. */
bc_status bc__script_build(const struct bc_summary *s, const char *style,
                           double minutes, struct bc__script *out,
                           struct bc_error *err);
void bc__script_release(struct bc__script *sc);

/* The utterances of a text, each spoken and captioned on its own: its
 * sentences as the analyzer splits them (bc__analyze_sentences), with line
 * breaks and tabs turned into spaces, and a sentence of more than about 60
 * words cut at a comma or semicolon (at 90 words, at a space) so a cue
 * stays readable and flite gets bounded input.  The caller frees each and
 * the array.  Errors: BC_ERR_NOMEM, BC_ERR_LIMIT. */
bc_status bc__script_sentences(const char *text, char ***out, size_t *n_out,
                               struct bc_error *err);

/* Words per minute of the finished audio: limits.h's one figure. */
#define BC__FLITE_WPM BC_NARRATION_WORDS_PER_MINUTE

/* ---- MP3 ---------------------------------------------------------------- */

struct bc__chapter {
  const char *title; /* borrowed */
  double start;      /* seconds */
};

/* Encode OUTDIR/narration.mp3 (LAME, mono) from the n samples of the WAV
 * file wav (read from byte 44 on), with an ID3v2.4 tag: TIT2, TPE1, TDRC,
 * TALB, COMM (source URL), and CTOC/CHAP frames for the chapters. */
bc_status bc__mp3_write(const struct bc_summary *s, FILE *wav, size_t n,
                        int rate, const struct bc__chapter *ch, size_t n_ch,
                        const char *outdir, struct bc_error *err);

/* The ID3v2.4 tag alone (exposed for tests); caller frees *out. */
bc_status bc__id3_tag(const struct bc_summary *s, double seconds,
                      const struct bc__chapter *ch, size_t n_ch, char **out,
                      size_t *len);

/* ---- Opus ---------------------------------------------------------------- */

/* Encode OUTDIR/narration.opus (Ogg Opus via libopusenc, mono, 32 kbit/s
 * VBR) from the n samples at rate of the WAV file wav (read from byte 44
 * on), with Vorbis comments TITLE, ARTIST, DATE, ALBUM, COMMENT and URL
 * (source URL) and CHAPTERxxx/CHAPTERxxxNAME chapters: the first
 * bc__opus_named(n_ch) of them.  Temporary file, then rename.  Errors:
 * BC_ERR_OUTPUT, BC_ERR_RENDER, BC_ERR_NOMEM. */
bc_status bc__opus_write(const struct bc_summary *s, FILE *wav, size_t n,
                         int rate, const struct bc__chapter *ch, size_t n_ch,
                         const char *outdir, struct bc_error *err);

/* How many of n chapters narration.opus names: the chapter comments number
 * their chapters with three digits, 001 to BC_MAX_OPUS_CHAPTERS (999), so
 * any past that are left out, and the caller says so (stats). */
size_t bc__opus_named(size_t n_ch);

/* A chapter start as the Vorbis chapter comments write it, HH:MM:SS.mmm
 * (rounded to the millisecond like chapters.json; negative or NaN gives
 * 00:00:00.000). */
#define BC__CHAPTER_TIME_MAX 32
void bc__opus_chapter_time(double seconds, char out[BC__CHAPTER_TIME_MAX]);

#endif
