/* audio_mp3.c - narration.mp3: LAME encoding (mono, constant bit rate, so
 * players compute the duration without a Xing header) behind an ID3v2.4 tag
 * written here: title, artist, date, album, a comment with the source URL,
 * and CTOC/CHAP chapter frames.  The only file that includes LAME. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lame/lame.h>

#include "briefcast/limits.h"
#include "render/audio/audio_int.h"
#include "util/alloc.h"
#include "util/fs.h"

#define MP3_KBPS 64
#define TAG_MAX BC_MAX_AUDIO_TAG_BYTES

static void be32(struct bc_buf *b, uint32_t v)
{
  char c[4] = {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};
  bc_buf_add(b, c, 4);
}

static void syncsafe(char *p, uint32_t v)
{
  p[0] = (char)((v >> 21) & 0x7f);
  p[1] = (char)((v >> 14) & 0x7f);
  p[2] = (char)((v >> 7) & 0x7f);
  p[3] = (char)(v & 0x7f);
}

/* Append a frame whose body is body[0..len). */
static void frame(struct bc_buf *b, const char *id, const char *body,
                  size_t len)
{
  char h[10];
  memcpy(h, id, 4);
  syncsafe(h + 4, (uint32_t)len);
  h[8] = h[9] = 0;
  bc_buf_add(b, h, 10);
  bc_buf_add(b, body, len);
}

/* A UTF-8 text frame (encoding byte 3). */
static void text_frame(struct bc_buf *b, const char *id, const char *text)
{
  struct bc_buf f = BC_BUF_INIT(TAG_MAX);
  if (!text || !*text)
    return;
  bc_buf_addc(&f, 3);
  bc_buf_adds(&f, text);
  if (bc_buf_status(&f)) {
    b->failed = 1;
  } else {
    frame(b, id, f.ptr, f.len);
  }
  bc_buf_release(&f);
}

/* A CTOC frame counts its entries in one byte: more chapters than that
 * go into child tables listed by the top one (ID3v2 chapter addendum). */
#define TOC_ENTRIES ((size_t)255)
#define TOC_TOP 0x02
#define TOC_ORDERED 0x01
/* chapters follow the deck's parts (and an introduction and an outro) */
_Static_assert(BC_MAX_SLIDES + 2 <= 255 * 255,
               "a two-level table of contents names every chapter");

/* A CTOC frame `id` listing the n elements PREFIX<first> ... in order;
 * nothing for none.  f is scratch, left empty. */
static void toc_frame(struct bc_buf *b, struct bc_buf *f, const char *id,
                      int flags, const char *prefix, size_t first, size_t n)
{
  if (!n)
    return;
  bc_buf_adds(f, id);
  bc_buf_addc(f, 0);
  bc_buf_addc(f, (char)flags);
  bc_buf_addc(f, (char)n);
  for (size_t i = first; i < first + n; i++) {
    bc_buf_addf(f, "%s%zu", prefix, i);
    bc_buf_addc(f, 0);
  }
  if (!bc_buf_status(f))
    frame(b, "CTOC", f->ptr, f->len);
  else
    b->failed = 1;
  bc_buf_reset(f);
}

bc_status bc__id3_tag(const struct bc_summary *s, double seconds,
                      const struct bc__chapter *ch, size_t n_ch, char **out,
                      size_t *len)
{
  struct bc_buf b = BC_BUF_INIT(TAG_MAX), f = BC_BUF_INIT(TAG_MAX);
  const char *title = s->title && *s->title ? s->title : s->source.title;
  char *res;
  size_t n;
  /* the header, its size patched at the end */
  bc_buf_add(&b, "ID3\x04\x00\x00\x00\x00\x00\x00", 10);
  text_frame(&b, "TIT2", title);
  text_frame(&b, "TPE1", s->source.author);
  text_frame(&b, "TALB", "briefcast");
  text_frame(&b, "TDRC", s->source.date);
  if (s->source.url && *s->source.url) {
    bc_buf_addc(&f, 3);
    bc_buf_add(&f, "eng", 3);
    bc_buf_addc(&f, 0); /* empty description */
    bc_buf_adds(&f, "Source: ");
    bc_buf_adds(&f, s->source.url);
    if (!bc_buf_status(&f))
      frame(&b, "COMM", f.ptr, f.len);
    else
      b.failed = 1;
    bc_buf_reset(&f);
  }
  if (n_ch > TOC_ENTRIES * TOC_ENTRIES)
    n_ch = TOC_ENTRIES * TOC_ENTRIES; /* unreachable: see above */
  if (n_ch <= TOC_ENTRIES) {
    toc_frame(&b, &f, "toc", TOC_TOP | TOC_ORDERED, "chp", 0, n_ch);
  } else {
    /* the top table lists tables of TOC_ENTRIES chapters each */
    size_t groups = (n_ch + TOC_ENTRIES - 1) / TOC_ENTRIES;
    toc_frame(&b, &f, "toc", TOC_TOP | TOC_ORDERED, "toc", 0, groups);
    for (size_t g = 0; g < groups; g++) {
      char id[32];
      size_t first = g * TOC_ENTRIES;
      snprintf(id, sizeof id, "toc%zu", g);
      toc_frame(&b, &f, id, TOC_ORDERED, "chp", first,
                n_ch - first < TOC_ENTRIES ? n_ch - first : TOC_ENTRIES);
    }
  }
  for (size_t i = 0; i < n_ch; i++) {
    double end = i + 1 < n_ch ? ch[i + 1].start : seconds;
    struct bc_buf sub = BC_BUF_INIT(TAG_MAX);
    bc_buf_addf(&f, "chp%zu", i);
    bc_buf_addc(&f, 0);
    be32(&f, (uint32_t)(ch[i].start * 1000 + 0.5));
    be32(&f, (uint32_t)(end * 1000 + 0.5));
    be32(&f, 0xFFFFFFFFu);
    be32(&f, 0xFFFFFFFFu);
    text_frame(&sub, "TIT2", ch[i].title);
    if (bc_buf_status(&sub))
      f.failed = 1;
    else
      bc_buf_add(&f, sub.ptr ? sub.ptr : "", sub.len);
    bc_buf_release(&sub);
    if (!bc_buf_status(&f))
      frame(&b, "CHAP", f.ptr, f.len);
    else
      b.failed = 1;
    bc_buf_reset(&f);
  }
  bc_buf_release(&f);
  if (bc_buf_status(&b)) {
    bc_buf_release(&b);
    return BC_ERR_NOMEM;
  }
  syncsafe(b.ptr + 6, (uint32_t)(b.len - 10));
  res = bc_buf_take(&b, &n);
  if (!res)
    return BC_ERR_NOMEM;
  *out = res;
  *len = n;
  return BC_OK;
}

bc_status bc__mp3_write(const struct bc_summary *s, FILE *wav, size_t n,
                        int rate, const struct bc__chapter *ch, size_t n_ch,
                        const char *outdir, struct bc_error *err)
{
  lame_global_flags *gf = NULL;
  unsigned char *mp3 = NULL;
  int16_t *pcm = NULL;
  char *tag = NULL, *path = NULL, *tmp = NULL;
  FILE *f = NULL;
  size_t tag_len = 0, chunk = 65536, cap = chunk * 5 / 4 + 7200;
  bc_status rc = BC_OK;
  int k;

  rc = bc__id3_tag(s, (double)n / rate, ch, n_ch, &tag, &tag_len);
  if (rc) {
    rc = bc_error_set(err, rc, "out of memory writing ID3 tags");
    goto out;
  }
  path = bc__fs_join(outdir, "narration.mp3");
  gf = lame_init();
  mp3 = bc__malloc(cap);
  pcm = bc__malloc(chunk * sizeof *pcm);
  if (!gf || !mp3 || !pcm || !path) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory encoding MP3");
    goto out;
  }
  lame_set_in_samplerate(gf, rate);
  lame_set_out_samplerate(gf, rate);
  lame_set_num_channels(gf, 1);
  lame_set_mode(gf, MONO);
  lame_set_brate(gf, MP3_KBPS);
  lame_set_VBR(gf, vbr_off);
  lame_set_bWriteVbrTag(gf, 0);
  lame_set_write_id3tag_automatic(gf, 0);
  lame_set_quality(gf, 7);
  if (lame_init_params(gf) < 0) {
    rc = bc_error_set(err, BC_ERR_RENDER,
                      "cannot set up the MP3 encoder for %d Hz", rate);
    goto out;
  }
  f = bc__fs_temp_open(path, &tmp, err);
  if (!f) {
    rc = err ? err->code : BC_ERR_OUTPUT;
    goto out;
  }
  if (fwrite(tag, 1, tag_len, f) != tag_len || fseek(wav, 44, SEEK_SET) != 0)
    goto ioerr;
  for (size_t i = 0; i < n; i += chunk) {
    size_t m = n - i < chunk ? n - i : chunk;
    if (bc__le16_read(wav, pcm, m) != m)
      goto ioerr;
    k = lame_encode_buffer(gf, pcm, pcm, (int)m, mp3, (int)cap);
    if (k < 0) {
      rc = bc_error_set(err, BC_ERR_RENDER, "MP3 encoding failed (%d)", k);
      goto out;
    }
    if (fwrite(mp3, 1, (size_t)k, f) != (size_t)k)
      goto ioerr;
  }
  k = lame_encode_flush(gf, mp3, (int)cap);
  if (k < 0) {
    rc = bc_error_set(err, BC_ERR_RENDER, "MP3 encoding failed (%d)", k);
    goto out;
  }
  if (fwrite(mp3, 1, (size_t)k, f) != (size_t)k)
    goto ioerr;
  rc = bc__fs_commit(f, tmp, path, err);
  f = NULL;
  goto out;
ioerr:
  k = errno;
  rc = bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s",
                    path ? path : "narration.mp3", strerror(k ? k : EIO));
out:
  if (f)
    bc__fs_abort(f, tmp);
  free(tmp);
  if (gf)
    lame_close(gf);
  free(mp3);
  free(pcm);
  free(tag);
  free(path);
  return rc;
}
