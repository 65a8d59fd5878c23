/* audio_master.c - the streaming end of the audio stage: a loudness meter
 * (libebur128), a look-ahead peak limiter, and the master pass that reads
 * the spooled speech in chunks, applies gain and limiting, resamples
 * (libsamplerate) and writes the WAV file while measuring it.  Memory stays
 * flat whatever the narration's length. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ebur128.h>
#include <samplerate.h>

#include "render/audio/audio_int.h"
#include "util/alloc.h"

#define CHUNK 32768

int bc__le16_write(FILE *f, const int16_t *s, size_t n)
{
  unsigned char b[4096];
  while (n) {
    size_t k = n < sizeof b / 2 ? n : sizeof b / 2;
    for (size_t i = 0; i < k; i++) {
      uint16_t u = (uint16_t)s[i];
      b[2 * i] = (unsigned char)(u & 0xff);
      b[2 * i + 1] = (unsigned char)(u >> 8);
    }
    if (fwrite(b, 2, k, f) != k)
      return -1;
    s += k;
    n -= k;
  }
  return 0;
}

size_t bc__le16_read(FILE *f, int16_t *s, size_t n)
{
  unsigned char b[4096];
  size_t got = 0;
  while (got < n) {
    size_t want = n - got < sizeof b / 2 ? n - got : sizeof b / 2;
    size_t k = fread(b, 2, want, f);
    for (size_t i = 0; i < k; i++)
      s[got + i] = (int16_t)(uint16_t)(b[2 * i] | b[2 * i + 1] << 8);
    got += k;
    if (k < want)
      break;
  }
  return got;
}

void *bc__meter_new(int rate, int true_peak)
{
  return ebur128_init(1, (unsigned long)rate,
                      EBUR128_MODE_I |
                          (true_peak ? EBUR128_MODE_TRUE_PEAK : 0));
}

bc_status bc__meter_add(void *m, const int16_t *s, size_t n,
                        struct bc_error *err)
{
  int e = ebur128_add_frames_short(m, s, n);
  if (e == EBUR128_ERROR_NOMEM)
    return bc_error_set(err, BC_ERR_NOMEM,
                        "cannot measure loudness: out of memory");
  if (e != EBUR128_SUCCESS)
    return bc_error_set(err, BC_ERR_RENDER, "cannot measure loudness");
  return BC_OK;
}

double bc__meter_lufs(void *m)
{
  double l = -HUGE_VAL;
  if (ebur128_loudness_global(m, &l) != EBUR128_SUCCESS)
    return -HUGE_VAL;
  return l;
}

double bc__meter_peak_db(void *m)
{
  double tp = 0;
  if (ebur128_true_peak(m, 0, &tp) != EBUR128_SUCCESS || tp <= 0)
    return -HUGE_VAL;
  return 20 * log10(tp);
}

void bc__meter_free(void *m)
{
  ebur128_state *st = m;
  if (st)
    ebur128_destroy(&st);
}

/* A look-ahead limiter: samples above the ceiling get a gain envelope
 * with a linear attack that ends at the peak (computed backwards over the
 * chunk and its look-ahead) and a 50 ms release (forwards, carried across
 * chunks).  Speech peaks are rare and short, so this is inaudible. */
struct limiter {
  double g, atk, rel, ceiling;
  size_t look; /* samples of look-ahead; longer than the attack */
  float *att;
};

static int limiter_init(struct limiter *l, int rate, double ceiling)
{
  l->g = 1.0;
  l->look = (size_t)rate / 250 + 2;        /* 4 ms */
  l->atk = 1.0 / ((double)rate / 500 + 1); /* 2 ms */
  l->rel = 1.0 / (0.05 * rate);
  l->ceiling = ceiling;
  l->att = bc__malloc((CHUNK + l->look) * sizeof *l->att);
  return l->att ? 0 : -1;
}

/* The waveform's value halfway between s[i] and s[i + 1] (cubic
 * interpolation; the ends of the buffer repeat the edge sample). */
static double midpoint(const int16_t *s, size_t m, size_t i)
{
  double a = s[i], b = i + 1 < m ? s[i + 1] : a;
  double p = i > 0 ? s[i - 1] : a, q = i + 2 < m ? s[i + 2] : b;
  return (9 * (a + b) - (p + q)) / 16;
}

/* Limit s[0, n) using s[n, n + look) as look-ahead (left unchanged). */
static void limiter_run(struct limiter *l, int16_t *s, size_t n, size_t look)
{
  size_t m = n + look;
  /* How far the waveform around s[i] swings: the sample or either of its
   * midpoints (each midpoint is computed once and serves both of its
   * samples).  Speech resampled from 16 kHz has energy close to Nyquist,
   * where peaks between samples exceed the samples by a decibel or more. */
  double right = m ? fabs(midpoint(s, m, m - 1)) : 0;
  for (size_t i = m; i-- > 0;) {
    double left = i > 0 ? fabs(midpoint(s, m, i - 1)) : 0;
    double a = fabs((double)s[i]);
    if (right > a)
      a = right;
    if (left > a)
      a = left;
    right = left;
    double req = a > l->ceiling ? l->ceiling / a : 1.0;
    double next = i + 1 < m ? l->att[i + 1] + l->atk : 1.0;
    l->att[i] = (float)(req < next ? req : next);
  }
  for (size_t i = 0; i < n; i++) {
    l->g = l->g + l->rel < l->att[i] ? l->g + l->rel : l->att[i];
    if (l->g > 1.0)
      l->g = 1.0;
    if (l->g < 1.0)
      s[i] = (int16_t)lrint(s[i] * l->g);
  }
}

/* Run fn over the WAV data in place, chunk by chunk with look-ahead. */
static bc_status in_place(FILE *f, size_t n, struct limiter *lim, double gain,
                          int16_t *buf)
{
  size_t pos = 0;
  while (pos < n) {
    size_t want = n - pos < CHUNK + lim->look ? n - pos : CHUNK + lim->look;
    size_t k, got;
    if (fseek(f, (long)(44 + 2 * pos), SEEK_SET) != 0)
      return BC_ERR_OUTPUT;
    got = bc__le16_read(f, buf, want);
    if (got != want)
      return BC_ERR_OUTPUT;
    k = got > CHUNK ? CHUNK : got;
    if (pos + k < n && k < got)
      limiter_run(lim, buf, k, got - k);
    else
      limiter_run(lim, buf, k, 0);
    if (gain != 1.0)
      for (size_t i = 0; i < k; i++)
        buf[i] = (int16_t)lrint(buf[i] * gain);
    if (fseek(f, (long)(44 + 2 * pos), SEEK_SET) != 0 ||
        bc__le16_write(f, buf, k))
      return BC_ERR_OUTPUT;
    pos += k;
  }
  return fflush(f) == 0 ? BC_OK : BC_ERR_OUTPUT;
}

/* Measure the n samples of the WAV file on fd (from byte 44) with pread,
 * which leaves the file position alone: another thread may read the same
 * file through its own stream meanwhile.  lufs may be NULL. */
static bc_status measure_fd(int fd, size_t n, int rate, double *lufs,
                            double *tp, struct bc_error *err)
{
  void *m = bc__meter_new(rate, 1);
  unsigned char *raw = bc__malloc(CHUNK * 2);
  int16_t *buf = bc__malloc(CHUNK * sizeof *buf);
  size_t pos = 0;
  bc_status rc = BC_OK;
  if (!m || !raw || !buf) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory measuring audio");
    goto out;
  }
  while (pos < n) {
    size_t want = n - pos < CHUNK ? n - pos : CHUNK;
    ssize_t got = pread(fd, raw, want * 2, (off_t)(44 + 2 * pos));
    if (got != (ssize_t)(want * 2)) {
      rc = bc_error_set(err, BC_ERR_RENDER, "cannot read back the audio");
      goto out;
    }
    for (size_t i = 0; i < want; i++)
      buf[i] = (int16_t)(uint16_t)(raw[2 * i] | raw[2 * i + 1] << 8);
    rc = bc__meter_add(m, buf, want, err);
    if (rc)
      goto out;
    pos += want;
  }
  if (lufs)
    *lufs = bc__meter_lufs(m);
  *tp = bc__meter_peak_db(m);
out:
  bc__meter_free(m);
  free(raw);
  free(buf);
  return rc;
}

/* The input side of the master: spooled samples in chunks, limited (with
 * look-ahead across chunks) and scaled, as floats for the resampler. */
struct feed {
  FILE *in;
  int16_t *buf; /* CHUNK + look */
  size_t avail;
  int eof, limit, failed;
  struct limiter *lim;
  double gain;
  float *fin; /* CHUNK */
};

static long feed_next(void *ctx, float **data)
{
  struct feed *f = ctx;
  size_t look = f->lim->look, n;
  if (f->avail == 0 && !f->eof) {
    f->avail = bc__le16_read(f->in, f->buf, CHUNK + look);
    f->eof = f->avail < CHUNK + look;
    if (f->eof && ferror(f->in))
      f->failed = 1;
  }
  if (f->avail == 0)
    return 0;
  /* At most one chunk: at the end of the input the last chunk and its
   * look-ahead may both be waiting, and the rest goes out next time. */
  n = f->avail < CHUNK ? f->avail : CHUNK;
  if (f->limit)
    limiter_run(f->lim, f->buf, n, f->avail - n);
  for (size_t i = 0; i < n; i++)
    f->fin[i] = (float)(f->buf[i] * f->gain / 32768.0);
  memmove(f->buf, f->buf + n, (f->avail - n) * sizeof *f->buf);
  f->avail -= n;
  if (!f->eof) {
    size_t want = CHUNK + look - f->avail;
    size_t got = bc__le16_read(f->in, f->buf + f->avail, want);
    f->eof = got < want;
    if (f->eof && ferror(f->in))
      f->failed = 1;
    f->avail += got;
  }
  *data = f->fin;
  return (long)n;
}

bc_status bc__audio_master(struct bc__master *m, struct bc_error *err)
{
  struct limiter lim = {0, 0, 0, 0, 0, NULL};
  struct feed fd;
  SRC_STATE *src = NULL;
  void *meter = NULL;
  int16_t *obuf = NULL;
  float *fout = NULL;
  unsigned char h[44];
  double gain = pow(10, m->gain_db / 20), ratio;
  int e = 0;
  bc_status rc = BC_OK;

  memset(&fd, 0, sizeof fd);
  ratio = (double)m->out_rate / m->in_rate;
  /* the sample ceiling sits 1.2 dB under the true-peak target because
   * inter-sample peaks exceed sample peaks */
  if (limiter_init(&lim, m->in_rate,
                   32767.0 * pow(10, (m->peak_db - 1.2) / 20) / gain))
    goto nomem;
  fd.in = m->in;
  fd.lim = &lim;
  fd.limit = m->in_peak > lim.ceiling;
  fd.gain = gain;
  fd.buf = bc__malloc((CHUNK + lim.look) * sizeof *fd.buf);
  fd.fin = bc__malloc(CHUNK * sizeof *fd.fin);
  fout = bc__malloc(CHUNK * sizeof *fout);
  obuf = bc__malloc(CHUNK * sizeof *obuf);
  meter = bc__meter_new(m->out_rate, 0);
  if (!fd.buf || !fd.fin || !fout || !obuf || !meter)
    goto nomem;
  if (m->out_rate != m->in_rate) {
    src = src_callback_new(feed_next, SRC_SINC_FASTEST, 1, &e, &fd);
    if (!src) {
      rc = bc_error_set(err,
                        e == BC__SRC_ERR_NOMEM ? BC_ERR_NOMEM : BC_ERR_RENDER,
                        "cannot resample audio: %s", src_strerror(e));
      goto out;
    }
  }
  bc__wav_header(h, 0, m->out_rate);
  rewind(m->in);
  rewind(m->out);
  if (fwrite(h, 1, 44, m->out) != 44)
    goto ioerr;
  m->out_n = 0;
  for (;;) {
    long got;
    float *f = fout;
    if (src) {
      got = src_callback_read(src, ratio, CHUNK, fout);
      if (got < 0 || (got == 0 && src_error(src))) {
        rc = bc_error_set(
            err,
            src_error(src) == BC__SRC_ERR_NOMEM ? BC_ERR_NOMEM : BC_ERR_RENDER,
            "cannot resample audio: %s", src_strerror(src_error(src)));
        goto out;
      }
    } else {
      got = feed_next(&fd, &f);
    }
    if (got <= 0)
      break;
    src_float_to_short_array(f, obuf, (int)got);
    if (bc__le16_write(m->out, obuf, (size_t)got))
      goto ioerr;
    rc = bc__meter_add(meter, obuf, (size_t)got, err);
    if (rc)
      goto out;
    m->out_n += (size_t)got;
  }
  if (fd.failed) {
    rc = bc_error_set(err, BC_ERR_RENDER, "cannot read back the spooled audio");
    goto out;
  }
  m->lufs = bc__meter_lufs(meter);
  m->true_peak_db = HUGE_VAL; /* unknown until bc__audio_peaks */
  bc__wav_header(h, m->out_n, m->out_rate);
  if (fseek(m->out, 0, SEEK_SET) != 0 || fwrite(h, 1, 44, m->out) != 44 ||
      fflush(m->out) != 0)
    goto ioerr;
  goto out;
ioerr:
  rc = BC_ERR_OUTPUT;
  goto out;
nomem:
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory mastering audio");
out:
  if (src)
    src_delete(src);
  bc__meter_free(meter);
  free(lim.att);
  free(fd.buf);
  free(fd.fin);
  free(fout);
  free(obuf);
  return rc;
}

bc_status bc__audio_peaks(struct bc__master *m, struct bc_error *err)
{
  return measure_fd(fileno(m->out), m->out_n, m->out_rate, NULL,
                    &m->true_peak_db, err);
}

/* Peaks that slipped past the master's limiter (it sees samples and their
 * midpoints, not the 4x oversampled waveform) are limited again in place;
 * a last-resort gain cut guarantees the ceiling. */
bc_status bc__audio_fix_peaks(struct bc__master *m, struct bc_error *err)
{
  bc_status rc = BC_OK;
  for (int pass = 0; pass < 2 && m->true_peak_db > m->peak_db; pass++) {
    struct limiter l2 = {0, 0, 0, 0, 0, NULL};
    double cut =
        pass ? pow(10, (m->peak_db - 0.05 - m->true_peak_db) / 20) : 1.0;
    int16_t *b2;
    if (limiter_init(&l2, m->out_rate,
                     pass ? 40000.0
                          : 32767.0 * pow(10, (m->peak_db - 1.2) / 20)))
      return bc_error_set(err, BC_ERR_NOMEM, "out of memory mastering audio");
    b2 = bc__malloc((CHUNK + l2.look) * sizeof *b2);
    if (!b2) {
      free(l2.att);
      return bc_error_set(err, BC_ERR_NOMEM, "out of memory mastering audio");
    }
    rc = in_place(m->out, m->out_n, &l2, cut, b2);
    if (!rc)
      rc = measure_fd(fileno(m->out), m->out_n, m->out_rate, &m->lufs,
                      &m->true_peak_db, err);
    free(b2);
    free(l2.att);
    if (rc)
      return rc;
  }
  return BC_OK;
}
