/* audio_opus.c - narration.opus: Ogg Opus encoding through libopusenc
 * (which also resamples to Opus's 48 kHz), with Vorbis comments for the
 * title, artist, date, album and source URL and the CHAPTERxxx chapter
 * comments.  Opt-in (bc_audio_opts.opus).  The only file that includes
 * libopusenc; it never sees the narration before it is mastered. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <opusenc.h>

#include "briefcast/limits.h"
#include "render/audio/audio_int.h"
#include "util/alloc.h"
#include "util/fs.h"

/* The narration is flite speech synthesized at 16 kHz, so nothing above
 * 8 kHz is in it: 32 kbit/s VBR is ample for wideband speech and half the
 * MP3's 64 kbit/s.  Complexity stays at libopus's default (10, the best):
 * this is an offline encode, about 75x real time on one core. */
#define OPUS_BPS 32000
#define CHUNK 65536
#define MAX_CHAPTERS BC_MAX_OPUS_CHAPTERS
#define COMMENT_MAX BC_MAX_AUDIO_TAG_BYTES

/* Where the pages go: our own stdio file, so that a write or close error
 * is ours to report and the file is closed exactly once, by us. */
struct sink {
  FILE *f;
  int failed; /* the errno of the first failed write */
};

static int sink_write(void *ctx, const unsigned char *p, opus_int32 len)
{
  struct sink *s = ctx;
  if (!s->failed && fwrite(p, 1, (size_t)len, s->f) != (size_t)len)
    s->failed = errno ? errno : EIO;
  return s->failed != 0;
}

/* libopusenc "closes" the stream when it writes the last page; the file
 * itself is closed by bc__opus_write, which checks fclose. */
static int sink_close(void *ctx)
{
  struct sink *s = ctx;
  if (!s->failed && s->f && fflush(s->f) != 0)
    s->failed = errno ? errno : EIO;
  return s->failed != 0;
}

void bc__opus_chapter_time(double seconds, char out[BC__CHAPTER_TIME_MAX])
{
  unsigned long long ms;
  if (!(seconds > 0)) /* also NaN */
    seconds = 0;
  if (seconds > 1e9) /* about 31 years: keeps the text bounded */
    seconds = 1e9;
  ms = (unsigned long long)llround(seconds * 1000);
  snprintf(out, BC__CHAPTER_TIME_MAX, "%02llu:%02llu:%02llu.%03llu",
           ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
}

size_t bc__opus_named(size_t n_ch)
{
  return n_ch < MAX_CHAPTERS ? n_ch : MAX_CHAPTERS;
}

/* A 31-bit FNV-1a hash of the title and date as the Ogg serial number
 * instead of libopusenc's rand(), so identical audio gives an identical
 * file. */
static opus_int32 serial_of(const char *a, const char *b)
{
  uint32_t h = 2166136261u;
  for (const char *s = a ? a : ""; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  h *= 16777619u; /* a zero byte between the two */
  for (const char *s = b ? b : ""; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return (opus_int32)(h & 0x7fffffffu);
}

/* Add tag=val unless val is empty; nonzero on out-of-memory. */
static int comment(OggOpusComments *c, const char *tag, const char *val)
{
  if (!val || !*val)
    return 0;
  return ope_comments_add(c, tag, val) != OPE_OK;
}

static int add_comments(OggOpusComments *c, const struct bc_summary *s,
                        const struct bc__chapter *ch, size_t n_ch)
{
  const char *title = s->title && *s->title ? s->title : s->source.title;
  char tag[32], val[BC__CHAPTER_TIME_MAX];
  int bad =
      comment(c, "TITLE", title) || comment(c, "ARTIST", s->source.author) ||
      comment(c, "ALBUM", "briefcast") || comment(c, "DATE", s->source.date);
  if (!bad && s->source.url && *s->source.url) {
    struct bc_buf b = BC_BUF_INIT(COMMENT_MAX);
    /* The same text as the MP3's COMM frame, and the bare URL. */
    bc_buf_adds(&b, "Source: ");
    bc_buf_adds(&b, s->source.url);
    bad = bc_buf_status(&b) || comment(c, "COMMENT", b.ptr) ||
          comment(c, "URL", s->source.url);
    bc_buf_release(&b);
  }
  n_ch = bc__opus_named(n_ch);
  for (size_t i = 0; i < n_ch && !bad; i++) {
    snprintf(tag, sizeof tag, "CHAPTER%03zu", i + 1);
    bc__opus_chapter_time(ch[i].start, val);
    bad = comment(c, tag, val);
    snprintf(tag, sizeof tag, "CHAPTER%03zuNAME", i + 1);
    if (!bad)
      bad = comment(c, tag, ch[i].title);
  }
  return bad;
}

bc_status bc__opus_write(const struct bc_summary *s, FILE *wav, size_t n,
                         int rate, const struct bc__chapter *ch, size_t n_ch,
                         const char *outdir, struct bc_error *err)
{
  static const OpusEncCallbacks cb = {sink_write, sink_close};
  OggOpusComments *com = NULL;
  OggOpusEnc *enc = NULL;
  struct sink sk = {NULL, 0};
  int16_t *pcm = NULL;
  char *path = NULL, *tmp = NULL;
  bc_status rc = BC_OK;
  int e = OPE_OK;

  path = bc__fs_join(outdir, "narration.opus");
  pcm = bc__malloc(CHUNK * sizeof *pcm);
  com = ope_comments_create();
  if (!path || !pcm || !com || add_comments(com, s, ch, n_ch)) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory encoding Opus");
    goto out;
  }
  sk.f = bc__fs_temp_open(path, &tmp, err);
  if (!sk.f) {
    rc = err ? err->code : BC_ERR_OUTPUT;
    goto out;
  }
  if (fseek(wav, 44, SEEK_SET) != 0)
    goto ioerr;
  enc = ope_encoder_create_callbacks(&cb, &sk, com, rate, 1, 0, &e);
  if (!enc)
    goto encerr;
  /* Application stays OPUS_APPLICATION_AUDIO (libopusenc's choice): this
   * is finished, mastered audio played back, not a call, and VOIP mode's
   * intelligibility shaping is for live microphones.  The voice hint
   * steers the mode decision towards SILK/hybrid, which suits speech. */
  e = ope_encoder_ctl(enc,
                      OPE_SET_SERIALNO(serial_of(s->title, s->source.date)));
  if (e == OPE_OK)
    e = ope_encoder_ctl(enc, OPUS_SET_BITRATE(OPUS_BPS));
  if (e == OPE_OK)
    e = ope_encoder_ctl(enc, OPUS_SET_VBR(1));
  if (e == OPE_OK)
    e = ope_encoder_ctl(enc, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
  if (e != OPE_OK)
    goto encerr;
  for (size_t i = 0; i < n; i += CHUNK) {
    size_t m = n - i < CHUNK ? n - i : CHUNK;
    if (bc__le16_read(wav, pcm, m) != m)
      goto ioerr;
    e = ope_encoder_write(enc, pcm, (int)m);
    if (e != OPE_OK)
      goto encerr;
  }
  e = ope_encoder_drain(enc);
  if (e != OPE_OK)
    goto encerr;
  if (sk.failed)
    goto ioerr;
  rc = bc__fs_commit(sk.f, tmp, path, err);
  sk.f = NULL;
  goto out;
encerr:
  if (e == OPE_ALLOC_FAIL) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory encoding Opus");
    goto out;
  }
  if (e != OPE_WRITE_FAIL && e != OPE_CLOSE_FAIL && !sk.failed) {
    rc = bc_error_set(err, BC_ERR_RENDER, "Opus encoding failed at %d Hz: %s",
                      rate, ope_strerror(e));
    goto out;
  }
ioerr:
  e = sk.failed ? sk.failed : errno ? errno : EIO;
  rc = bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s",
                    path ? path : "narration.opus", strerror(e));
out:
  if (enc)
    ope_encoder_destroy(enc);
  if (sk.f)
    bc__fs_abort(sk.f, tmp);
  free(tmp);
  if (com)
    ope_comments_destroy(com);
  free(pcm);
  free(path);
  return rc;
}
