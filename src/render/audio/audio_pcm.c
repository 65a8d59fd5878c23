/* audio_pcm.c - in-memory PCM buffers and the signal steps applied to one
 * turn or sentence: resampling (libsamplerate) and loudness matching
 * (through the meter of audio_master.c).  It knows nothing about speech or
 * files; the streaming master pass lives in audio_master.c. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <samplerate.h>

#include "render/audio/audio_int.h"
#include "util/alloc.h"

static bc_status grow(struct bc__pcm *p, size_t more)
{
  size_t need, cap;
  int16_t *s;
  if (more > p->max || p->n > p->max - more)
    return BC_ERR_LIMIT;
  need = p->n + more;
  if (need <= p->cap)
    return BC_OK;
  cap = p->cap ? p->cap : 16384;
  while (cap < need)
    cap = cap > SIZE_MAX / 4 ? need : cap * 2;
  s = bc__realloc(p->s, cap * sizeof *s);
  if (!s)
    return BC_ERR_NOMEM;
  p->s = s;
  p->cap = cap;
  return BC_OK;
}

bc_status bc__pcm_add(struct bc__pcm *p, const int16_t *s, size_t n)
{
  bc_status rc = grow(p, n);
  if (rc)
    return rc;
  if (n)
    memcpy(p->s + p->n, s, n * sizeof *s);
  p->n += n;
  return BC_OK;
}

bc_status bc__pcm_silence(struct bc__pcm *p, size_t n)
{
  bc_status rc = grow(p, n);
  if (rc)
    return rc;
  if (n)
    memset(p->s + p->n, 0, n * sizeof *p->s);
  p->n += n;
  return BC_OK;
}

void bc__pcm_release(struct bc__pcm *p)
{
  free(p->s);
  p->s = NULL;
  p->n = p->cap = 0;
}

bc_status bc__audio_resample(struct bc__pcm *p, int from, int to,
                             struct bc_error *err)
{
  float *in = NULL, *outf = NULL;
  int16_t *s = NULL;
  SRC_DATA d;
  size_t outn;
  int e;
  bc_status rc = BC_OK;

  if (from == to || p->n == 0)
    return BC_OK;
  if (from <= 0 || to <= 0)
    return bc_error_set(err, BC_ERR_USAGE, "cannot resample from %d to %d Hz",
                        from, to);
  outn = (size_t)((double)p->n * to / from) + 16;
  if (outn > p->max)
    return bc_error_set(err, BC_ERR_LIMIT, "audio too long to resample");
  in = bc__malloc(p->n * sizeof *in);
  outf = bc__malloc(outn * sizeof *outf);
  s = bc__malloc(outn * sizeof *s);
  if (!in || !outf || !s) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory resampling audio");
    goto out;
  }
  src_short_to_float_array(p->s, in, (int)p->n);
  memset(&d, 0, sizeof d);
  d.data_in = in;
  d.input_frames = (long)p->n;
  d.data_out = outf;
  d.output_frames = (long)outn;
  d.src_ratio = (double)to / from;
  d.end_of_input = 1;
  e = src_simple(&d, SRC_SINC_FASTEST, 1);
  if (e) {
    rc =
        bc_error_set(err, e == BC__SRC_ERR_NOMEM ? BC_ERR_NOMEM : BC_ERR_RENDER,
                     "cannot resample audio: %s", src_strerror(e));
    goto out;
  }
  src_float_to_short_array(outf, s, (int)d.output_frames_gen);
  free(p->s);
  p->s = s;
  s = NULL;
  p->n = (size_t)d.output_frames_gen;
  p->cap = outn;
out:
  free(in);
  free(outf);
  free(s);
  return rc;
}

/* Integrated loudness of p (-HUGE_VAL for silence). */
static bc_status measure(const struct bc__pcm *p, int rate, double *lufs,
                         struct bc_error *err)
{
  void *m = bc__meter_new(rate, 0);
  bc_status rc;
  if (!m)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory measuring loudness");
  rc = bc__meter_add(m, p->s, p->n, err);
  *lufs = bc__meter_lufs(m);
  bc__meter_free(m);
  return rc;
}

static void apply_gain(struct bc__pcm *p, double gain)
{
  for (size_t i = 0; i < p->n; i++) {
    double v = p->s[i] * gain;
    if (v > 32767)
      v = 32767;
    if (v < -32768)
      v = -32768;
    p->s[i] = (int16_t)lrint(v);
  }
}

bc_status bc__audio_gain_range(struct bc__pcm *p, int rate, size_t from,
                               size_t to, double target_lufs,
                               struct bc_error *err)
{
  struct bc__pcm part;
  double l = -HUGE_VAL;
  bc_status rc;
  if (to <= from || to - from < (size_t)rate / 2)
    return BC_OK; /* under 0.5 s: too short for a gated measurement */
  part.s = p->s + from;
  part.n = to - from;
  part.cap = part.n;
  part.max = part.n;
  rc = measure(&part, rate, &l, err);
  if (rc)
    return rc;
  if (!isfinite(l))
    return BC_OK;
  apply_gain(&part, pow(10, (target_lufs - l) / 20));
  return BC_OK;
}
