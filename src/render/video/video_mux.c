/* video_mux.c - the MP4 writer: H.264 (libx264 through libavcodec), AAC,
 * mov_text captions, chapter marks and metadata, muxed by libavformat with
 * the index at the front (faststart).  It encodes what it is given, in the
 * order given; what to show when is decided by video.c.
 *
 * The file is created the one way outputs are (bc__fs_temp_open: O_EXCL,
 * O_NOFOLLOW, renamed by bc__fs_commit); libavformat writes it through a
 * custom AVIOContext on that descriptor.  Only faststart's second pass
 * opens the temporary file again by name, to read it back. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>

#include "render/video/video_int.h"
#include "util/alloc.h"
#include "util/fs.h"

#define IO_BUF 65536
#define AUDIO_BITRATE 48000
/* A key frame at least this often (in frames), so a player seeks within a
 * slide without decoding from its start. */
#define GOP_FRAMES 10

/* A minimal ASS header: the mov_text encoder reads its styles from it. */
static const char ass_header[] =
    "[Script Info]\r\nScriptType: v4.00+\r\nPlayResX: 384\r\nPlayResY: "
    "288\r\n\r\n[V4+ Styles]\r\nFormat: Name, Fontname, Fontsize, "
    "PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, "
    "Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, "
    "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, "
    "Encoding\r\nStyle: "
    "Default,DejaVu Sans,16,&Hffffff,&Hffffff,&H0,&H0,0,0,0,0,100,100,0,0,"
    "1,1,0,2,10,10,10,0\r\n\r\n[Events]\r\nFormat: Layer, Start, End, "
    "Style, Name, MarginL, MarginR, MarginV, Effect, Text\r\n";

struct bc__mp4 {
  AVFormatContext *fc;
  AVCodecContext *venc, *aenc, *senc;
  AVStream *vst, *ast, *sst;
  struct SwsContext *sws;
  AVFrame *vframe, *aframe;
  AVPacket *pkt;
  AVIOContext *io;
  FILE *f;
  char *tmp, *path;
  int fd, w, h;
  int afill;     /* samples in aframe */
  int64_t apts;  /* samples sent to the AAC encoder */
  int64_t *vdur; /* durations of frames sent, not yet out of the encoder */
  size_t vhead, vn, vcap;
  size_t frames;
};

static bc_status av_fail(struct bc_error *err, int e, const char *what)
{
  char msg[AV_ERROR_MAX_STRING_SIZE] = {0};
  av_strerror(e, msg, sizeof msg);
  if (e == AVERROR(ENOMEM))
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory %s", what);
  return bc_error_set(err, BC_ERR_RENDER, "cannot %s: %s", what, msg);
}

static int io_write(void *opaque, uint8_t *buf, int size)
{
  struct bc__mp4 *m = opaque;
  int left = size;
  while (left > 0) {
    ssize_t n = write(m->fd, buf, (size_t)left);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return AVERROR(errno);
    }
    buf += n;
    left -= (int)n;
  }
  return size;
}

static int io_read(void *opaque, uint8_t *buf, int size)
{
  struct bc__mp4 *m = opaque;
  ssize_t n;
  do
    n = read(m->fd, buf, (size_t)size);
  while (n < 0 && errno == EINTR);
  if (n < 0)
    return AVERROR(errno);
  return n ? (int)n : AVERROR_EOF;
}

static int64_t io_seek(void *opaque, int64_t off, int whence)
{
  struct bc__mp4 *m = opaque;
  off_t r;
  if (whence & AVSEEK_SIZE) {
    struct stat st;
    return fstat(m->fd, &st) ? AVERROR(errno) : (int64_t)st.st_size;
  }
  r = lseek(m->fd, (off_t)off, whence & ~AVSEEK_FORCE);
  return r < 0 ? AVERROR(errno) : (int64_t)r;
}

static bc_status meta(AVDictionary **d, const char *key, const char *value)
{
  if (!value || !*value)
    return BC_OK;
  return av_dict_set(d, key, value, 0) < 0 ? BC_ERR_NOMEM : BC_OK;
}

static bc_status add_chapters(struct bc__mp4 *m, const struct bc__mp4_info *in)
{
  AVFormatContext *fc = m->fc;
  if (!in->n_chapters)
    return BC_OK;
  fc->chapters = av_calloc(in->n_chapters, sizeof *fc->chapters);
  if (!fc->chapters)
    return BC_ERR_NOMEM;
  for (size_t i = 0; i < in->n_chapters; i++) {
    AVChapter *c = av_mallocz(sizeof *c);
    if (!c)
      return BC_ERR_NOMEM;
    fc->chapters[fc->nb_chapters++] = c;
    c->id = (int64_t)i + 1;
    c->time_base = (AVRational){1, 1000};
    c->start = in->chapters[i].start_ms;
    c->end = in->chapters[i].end_ms;
    if (meta(&c->metadata, "title", in->chapters[i].title))
      return BC_ERR_NOMEM;
  }
  return BC_OK;
}

static bc_status open_video(struct bc__mp4 *m, struct bc_error *err)
{
  const AVCodec *c = avcodec_find_encoder_by_name("libx264");
  AVDictionary *o = NULL;
  int e;
  if (!c)
    return bc_error_set(err, BC_ERR_RENDER,
                        "cannot encode video: this libavcodec has no libx264");
  m->venc = avcodec_alloc_context3(c);
  m->vst = avformat_new_stream(m->fc, NULL);
  if (!m->venc || !m->vst)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  m->venc->width = m->w;
  m->venc->height = m->h;
  m->venc->pix_fmt = AV_PIX_FMT_YUV420P;
  m->venc->time_base = (AVRational){1, 1000};
  /* A still picture needs few frames: one every two seconds, repeated
   * cheaply (a repeated picture costs a few bytes as a P frame). */
  m->venc->framerate = (AVRational){1, 2};
  m->venc->gop_size = GOP_FRAMES;
  m->venc->max_b_frames = 0; /* packets leave in the order frames came */
  m->venc->colorspace = AVCOL_SPC_BT709;
  m->venc->color_primaries = AVCOL_PRI_BT709;
  m->venc->color_trc = AVCOL_TRC_BT709;
  m->venc->color_range = AVCOL_RANGE_MPEG;
  m->venc->thread_count = 2;
  if (m->fc->oformat->flags & AVFMT_GLOBALHEADER)
    m->venc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  av_dict_set(&o, "preset", "veryfast", 0);
  av_dict_set(&o, "tune", "stillimage", 0);
  av_dict_set(&o, "crf", "20", 0);
  av_dict_set(&o, "forced-idr", "1", 0); /* a new slide is a seek point */
  av_dict_set(&o, "x264-params", "rc-lookahead=4", 0);
  e = avcodec_open2(m->venc, c, &o);
  av_dict_free(&o);
  if (e < 0)
    return av_fail(err, e, "open the H.264 encoder");
  e = avcodec_parameters_from_context(m->vst->codecpar, m->venc);
  if (e < 0)
    return av_fail(err, e, "set up the video stream");
  m->vst->time_base = m->venc->time_base;
  m->vframe = av_frame_alloc();
  if (!m->vframe)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  m->vframe->format = AV_PIX_FMT_YUV420P;
  m->vframe->width = m->w;
  m->vframe->height = m->h;
  e = av_frame_get_buffer(m->vframe, 0);
  if (e < 0)
    return av_fail(err, e, "allocate a video frame");
  m->sws = sws_getContext(m->w, m->h, AV_PIX_FMT_BGRA, m->w, m->h,
                          AV_PIX_FMT_YUV420P, SWS_BICUBIC, NULL, NULL, NULL);
  if (!m->sws)
    return bc_error_set(err, BC_ERR_RENDER,
                        "cannot convert pictures for H.264");
  {
    /* The stream says BT.709, limited range: convert with that matrix. */
    const int *cs = sws_getCoefficients(SWS_CS_ITU709);
    sws_setColorspaceDetails(m->sws, cs, 1, cs, 0, 0, 1 << 16, 1 << 16);
  }
  return BC_OK;
}

static bc_status open_audio(struct bc__mp4 *m, int rate, struct bc_error *err)
{
  const AVCodec *c = avcodec_find_encoder(AV_CODEC_ID_AAC);
  int e;
  if (!c)
    return bc_error_set(err, BC_ERR_RENDER,
                        "cannot encode audio: this libavcodec has no AAC "
                        "encoder");
  m->aenc = avcodec_alloc_context3(c);
  m->ast = avformat_new_stream(m->fc, NULL);
  if (!m->aenc || !m->ast)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  m->aenc->sample_fmt = AV_SAMPLE_FMT_FLTP;
  m->aenc->sample_rate = rate;
  av_channel_layout_default(&m->aenc->ch_layout, 1);
  m->aenc->bit_rate = AUDIO_BITRATE;
  m->aenc->time_base = (AVRational){1, rate};
  if (m->fc->oformat->flags & AVFMT_GLOBALHEADER)
    m->aenc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  {
    /* The "fast" coder: on a 5-minute narration it cut the whole video
     * stage's CPU time from 3.8 s to 1.7 s against the default two-loop
     * coder (tests/bench/bench_video.py). */
    AVDictionary *o = NULL;
    av_dict_set(&o, "aac_coder", "fast", 0);
    e = avcodec_open2(m->aenc, c, &o);
    av_dict_free(&o);
  }
  if (e < 0)
    return av_fail(err, e, "open the AAC encoder");
  e = avcodec_parameters_from_context(m->ast->codecpar, m->aenc);
  if (e < 0)
    return av_fail(err, e, "set up the audio stream");
  m->ast->time_base = m->aenc->time_base;
  m->aframe = av_frame_alloc();
  if (!m->aframe)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  m->aframe->format = AV_SAMPLE_FMT_FLTP;
  m->aframe->sample_rate = rate;
  m->aframe->nb_samples = m->aenc->frame_size;
  e = av_channel_layout_copy(&m->aframe->ch_layout, &m->aenc->ch_layout);
  if (e >= 0)
    e = av_frame_get_buffer(m->aframe, 0);
  if (e < 0)
    return av_fail(err, e, "allocate an audio frame");
  return BC_OK;
}

static bc_status open_captions(struct bc__mp4 *m, struct bc_error *err)
{
  const AVCodec *c = avcodec_find_encoder(AV_CODEC_ID_MOV_TEXT);
  int e;
  if (!c)
    return bc_error_set(err, BC_ERR_RENDER,
                        "cannot encode captions: this libavcodec has no "
                        "mov_text encoder");
  m->senc = avcodec_alloc_context3(c);
  m->sst = avformat_new_stream(m->fc, NULL);
  if (!m->senc || !m->sst)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  m->senc->time_base = (AVRational){1, 1000};
  m->senc->subtitle_header = (uint8_t *)av_strdup(ass_header);
  if (!m->senc->subtitle_header)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  m->senc->subtitle_header_size = (int)strlen(ass_header);
  e = avcodec_open2(m->senc, c, NULL);
  if (e < 0)
    return av_fail(err, e, "open the caption encoder");
  e = avcodec_parameters_from_context(m->sst->codecpar, m->senc);
  if (e < 0)
    return av_fail(err, e, "set up the caption stream");
  m->sst->time_base = m->senc->time_base;
  if (av_dict_set(&m->sst->metadata, "language", "eng", 0) < 0)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  return BC_OK;
}

static void release(struct bc__mp4 *m)
{
  if (m->fc) {
    if (m->io) {
      av_freep(&m->io->buffer);
      avio_context_free(&m->io);
    }
    m->fc->pb = NULL;
    avformat_free_context(m->fc);
  }
  avcodec_free_context(&m->venc);
  avcodec_free_context(&m->aenc);
  avcodec_free_context(&m->senc);
  sws_freeContext(m->sws);
  av_frame_free(&m->vframe);
  av_frame_free(&m->aframe);
  av_packet_free(&m->pkt);
  free(m->vdur);
  free(m->tmp);
  free(m->path);
  free(m);
}

void bc__mp4_abort(struct bc__mp4 *m)
{
  if (!m)
    return;
  if (m->f)
    bc__fs_abort(m->f, m->tmp);
  release(m);
}

bc_status bc__mp4_open(const char *path, const struct bc__mp4_info *in,
                       struct bc__mp4 **out, struct bc_error *err)
{
  struct bc__mp4 *m = bc__calloc(1, sizeof *m);
  AVDictionary **md;
  unsigned char *iobuf = NULL;
  char *url = NULL;
  bc_status rc = BC_OK;
  int e;

  if (!m)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  m->w = in->width;
  m->h = in->height;
  m->fd = -1;
  av_log_set_level(AV_LOG_ERROR);
  m->path = bc__strdup(path);
  if (!m->path) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto fail;
  }
  if (!strcmp(path, "-")) {
    /* Standard output cannot be seeked back for the index at the front. */
    rc = bc_error_set(err, BC_ERR_USAGE,
                      "cannot write an MP4 to standard output: name a file");
    goto fail;
  }
  m->f = bc__fs_temp_open(path, &m->tmp, err);
  if (!m->f) {
    rc = err ? err->code : BC_ERR_OUTPUT;
    goto fail;
  }
  m->fd = fileno(m->f);
  /* faststart reads the file back by this name ("file:" so that a ':' in
   * the path is not read as a protocol). */
  url = av_malloc(strlen(m->tmp) + 6);
  if (url)
    snprintf(url, strlen(m->tmp) + 6, "file:%s", m->tmp);
  e = url ? avformat_alloc_output_context2(&m->fc, NULL, "mp4", NULL)
          : AVERROR(ENOMEM);
  if (e < 0) {
    av_free(url);
    rc = av_fail(err, e, "set up the MP4 muxer");
    goto fail;
  }
  m->fc->url = url;
  iobuf = av_malloc(IO_BUF);
  m->io = iobuf ? avio_alloc_context(iobuf, IO_BUF, 1, m, io_read, io_write,
                                     io_seek)
                : NULL;
  m->pkt = av_packet_alloc();
  if (!m->io || !m->pkt) {
    if (!m->io)
      av_free(iobuf);
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto fail;
  }
  m->fc->pb = m->io;
  m->fc->flags |= AVFMT_FLAG_CUSTOM_IO;

  if ((rc = open_video(m, err)) || (rc = open_audio(m, in->sample_rate, err)) ||
      (rc = open_captions(m, err)))
    goto fail;

  md = &m->fc->metadata;
  if (meta(md, "title", in->title) || meta(md, "artist", in->author) ||
      meta(md, "date", in->date) || meta(md, "comment", in->source) ||
      meta(md, "description", in->description) ||
      add_chapters(m, in) != BC_OK) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto fail;
  }
  {
    AVDictionary *o = NULL;
    av_dict_set(&o, "movflags", "+faststart", 0);
    e = avformat_write_header(m->fc, &o);
    av_dict_free(&o);
    if (e < 0) {
      rc = e == AVERROR(ENOSPC) || e == AVERROR(EIO)
               ? bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                              strerror(AVUNERROR(e)))
               : av_fail(err, e, "start the MP4");
      goto fail;
    }
  }
  *out = m;
  return BC_OK;
fail:
  bc__mp4_abort(m);
  return rc;
}

/* Write every packet the encoder has ready. */
static bc_status drain(struct bc__mp4 *m, AVCodecContext *c, AVStream *st,
                       struct bc_error *err)
{
  for (;;) {
    int e = avcodec_receive_packet(c, m->pkt);
    if (e == AVERROR(EAGAIN) || e == AVERROR_EOF)
      return BC_OK;
    if (e < 0)
      return av_fail(err, e, "encode");
    if (c == m->venc && m->vhead < m->vn)
      m->pkt->duration = m->vdur[m->vhead++];
    av_packet_rescale_ts(m->pkt, c->time_base, st->time_base);
    m->pkt->stream_index = st->index;
    e = av_interleaved_write_frame(m->fc, m->pkt);
    if (e < 0)
      return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", m->path,
                          av_err2str(e));
  }
}

bc_status bc__mp4_picture(struct bc__mp4 *m, const unsigned char *bgra,
                          int stride, struct bc_error *err)
{
  const uint8_t *src[1] = {bgra};
  int ss[1] = {stride};
  int e = av_frame_make_writable(m->vframe);
  if (e < 0)
    return av_fail(err, e, "prepare a video frame");
  sws_scale(m->sws, src, ss, 0, m->h, m->vframe->data, m->vframe->linesize);
  return BC_OK;
}

bc_status bc__mp4_frame(struct bc__mp4 *m, int64_t pts_ms, int64_t dur_ms,
                        int key, struct bc_error *err)
{
  int e;
  if (m->vn == m->vcap) {
    size_t nc = m->vcap ? m->vcap * 2 : 256;
    int64_t *p = bc__realloc(m->vdur, nc * sizeof *p);
    if (!p)
      return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    m->vdur = p;
    m->vcap = nc;
  }
  /* Durations of frames already out are dropped from the front. */
  if (m->vhead > 0 && m->vhead == m->vn)
    m->vhead = m->vn = 0;
  m->vdur[m->vn++] = dur_ms;
  m->vframe->pts = pts_ms;
  m->vframe->pict_type = key ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE;
  e = avcodec_send_frame(m->venc, m->vframe);
  if (e < 0)
    return av_fail(err, e, "encode a video frame");
  m->frames++;
  return drain(m, m->venc, m->vst, err);
}

static bc_status send_audio(struct bc__mp4 *m, struct bc_error *err)
{
  int e;
  m->aframe->nb_samples = m->afill;
  m->aframe->pts = m->apts;
  e = avcodec_send_frame(m->aenc, m->aframe);
  if (e < 0)
    return av_fail(err, e, "encode audio");
  m->apts += m->afill;
  m->afill = 0;
  return drain(m, m->aenc, m->ast, err);
}

bc_status bc__mp4_audio(struct bc__mp4 *m, const int16_t *s, size_t n,
                        struct bc_error *err)
{
  while (n > 0) {
    float *d;
    size_t k;
    bc_status rc;
    if (m->afill == 0) {
      int e = av_frame_make_writable(m->aframe);
      if (e < 0)
        return av_fail(err, e, "prepare an audio frame");
      m->aframe->nb_samples = m->aenc->frame_size;
    }
    d = (float *)m->aframe->data[0];
    k = (size_t)(m->aenc->frame_size - m->afill);
    if (k > n)
      k = n;
    for (size_t i = 0; i < k; i++)
      d[m->afill + (int)i] = (float)s[i] / 32768.0f;
    m->afill += (int)k;
    s += k;
    n -= k;
    if (m->afill == m->aenc->frame_size && (rc = send_audio(m, err)) != BC_OK)
      return rc;
  }
  return BC_OK;
}

/* The cue as an ASS event for the mov_text encoder; "\n" and "{\" would be
 * read as ASS codes, so a backslash there becomes a look-alike. */
static char *ass_event(const char *text)
{
  size_t len = strlen(text), o = 0;
  char *s = bc__malloc(len * 3 + 32);
  if (!s)
    return NULL;
  memcpy(s, "0,0,Default,,0,0,0,,", 20);
  o = 20;
  for (size_t i = 0; i < len; i++) {
    char c = text[i];
    if (c == '\\' &&
        (strchr("nNh", text[i + 1]) || (i && text[i - 1] == '{'))) {
      memcpy(s + o, "\xe2\x88\x96", 3); /* U+2216 SET MINUS */
      o += 3;
    } else {
      s[o++] = c == '\n' || c == '\r' ? ' ' : c;
    }
  }
  s[o] = '\0';
  return s;
}

bc_status bc__mp4_caption(struct bc__mp4 *m, int64_t start_ms, int64_t end_ms,
                          const char *text, struct bc_error *err)
{
  AVSubtitleRect rect;
  AVSubtitleRect *rects[1] = {&rect};
  AVSubtitle sub;
  size_t cap = strlen(text) * 4 + 1024;
  uint8_t *buf;
  int n, e;

  memset(&rect, 0, sizeof rect);
  memset(&sub, 0, sizeof sub);
  rect.type = SUBTITLE_ASS;
  rect.ass = ass_event(text);
  buf = bc__malloc(cap);
  if (!rect.ass || !buf || cap > INT32_MAX) {
    free(rect.ass);
    free(buf);
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  }
  sub.num_rects = 1;
  sub.rects = rects;
  sub.pts = av_rescale_q(start_ms, (AVRational){1, 1000}, AV_TIME_BASE_Q);
  sub.end_display_time = (uint32_t)(end_ms - start_ms);
  n = avcodec_encode_subtitle(m->senc, buf, (int)cap, &sub);
  free(rect.ass);
  if (n < 0) {
    free(buf);
    return av_fail(err, n, "encode a caption");
  }
  e = av_new_packet(m->pkt, n);
  if (e < 0) {
    free(buf);
    return av_fail(err, e, "encode a caption");
  }
  memcpy(m->pkt->data, buf, (size_t)n);
  free(buf);
  m->pkt->pts = m->pkt->dts = start_ms;
  m->pkt->duration = end_ms - start_ms;
  m->pkt->stream_index = m->sst->index;
  av_packet_rescale_ts(m->pkt, m->senc->time_base, m->sst->time_base);
  e = av_interleaved_write_frame(m->fc, m->pkt);
  if (e < 0)
    return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", m->path,
                        av_err2str(e));
  return BC_OK;
}

size_t bc__mp4_frames(const struct bc__mp4 *m)
{
  return m->frames;
}

bc_status bc__mp4_finish(struct bc__mp4 *m, size_t *bytes, struct bc_error *err)
{
  bc_status rc = BC_OK;
  struct stat st;
  int e;

  if (m->afill)
    rc = send_audio(m, err);
  if (!rc && (e = avcodec_send_frame(m->aenc, NULL)) < 0)
    rc = av_fail(err, e, "finish the audio");
  if (!rc)
    rc = drain(m, m->aenc, m->ast, err);
  if (!rc && (e = avcodec_send_frame(m->venc, NULL)) < 0)
    rc = av_fail(err, e, "finish the video");
  if (!rc)
    rc = drain(m, m->venc, m->vst, err);
  if (!rc && (e = av_write_trailer(m->fc)) < 0)
    rc = bc_error_set(err, BC_ERR_OUTPUT, "cannot finish '%s': %s", m->path,
                      av_err2str(e));
  if (!rc) {
    avio_flush(m->io);
    if (m->io->error < 0)
      rc = bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", m->path,
                        av_err2str(m->io->error));
  }
  if (rc) {
    bc__mp4_abort(m);
    return rc;
  }
  if (bytes)
    *bytes = fstat(m->fd, &st) ? 0 : (size_t)st.st_size;
  rc = bc__fs_commit(m->f, m->tmp, m->path, err);
  m->f = NULL;
  release(m);
  return rc;
}
