/* audio_pcm.c - PCM buffers and the signal steps of the audio renderer:
 * resampling (libsamplerate) and loudness normalization (libebur128).  It
 * knows nothing about speech or files. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <ebur128.h>
#include <samplerate.h>

#include "render/audio_int.h"
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
  s = bc_realloc(p->s, cap * sizeof *s);
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
  in = bc_malloc(p->n * sizeof *in);
  outf = bc_malloc(outn * sizeof *outf);
  s = bc_malloc(outn * sizeof *s);
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
    rc = bc_error_set(err, BC_ERR_RENDER, "cannot resample audio: %s",
                      src_strerror(e));
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

static bc_status measure(const struct bc__pcm *p, int rate, double *lufs,
                         double *peak_db, struct bc_error *err)
{
  ebur128_state *st;
  double l = -HUGE_VAL, tp = 0;
  st = ebur128_init(1, (unsigned long)rate,
                    EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
  if (!st)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory measuring loudness");
  if (ebur128_add_frames_short(st, p->s, p->n) != EBUR128_SUCCESS ||
      ebur128_loudness_global(st, &l) != EBUR128_SUCCESS ||
      ebur128_true_peak(st, 0, &tp) != EBUR128_SUCCESS) {
    ebur128_destroy(&st);
    return bc_error_set(err, BC_ERR_RENDER, "cannot measure loudness");
  }
  ebur128_destroy(&st);
  *lufs = l;
  if (peak_db)
    *peak_db = tp > 0 ? 20 * log10(tp) : -HUGE_VAL;
  return BC_OK;
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

/* Samples above the ceiling get a gain envelope: a linear 2 ms attack
 * ramp ending at the peak (a backward pass) and a 50 ms release (a forward
 * pass).  Peaks in speech are rare and short, so this is inaudible, and it
 * is O(n). */
static bc_status limit_peaks(struct bc__pcm *p, int rate, double ceiling)
{
  float *att = bc_malloc(p->n * sizeof *att);
  double atk = 1.0 / ((double)rate / 500 + 1), rel = 1.0 / (0.05 * rate);
  double g = 1.0;
  if (!att)
    return BC_ERR_NOMEM;
  for (size_t i = p->n; i-- > 0;) {
    double a = fabs((double)p->s[i]);
    double req = a > ceiling ? ceiling / a : 1.0;
    double next = i + 1 < p->n ? att[i + 1] + atk : 1.0;
    att[i] = (float)(req < next ? req : next);
  }
  for (size_t i = 0; i < p->n; i++) {
    g = g + rel < att[i] ? g + rel : att[i];
    if (g > 1.0)
      g = 1.0;
    p->s[i] = (int16_t)lrint(p->s[i] * g);
  }
  free(att);
  return BC_OK;
}

bc_status bc__audio_loudnorm(struct bc__pcm *p, int rate, double target_lufs,
                             double peak_db, double *lufs_out, double *peak_out,
                             struct bc_error *err)
{
  double l, gain_db, gain, ceiling;
  int16_t peak = 0;
  bc_status rc;
  *lufs_out = -HUGE_VAL;
  *peak_out = -HUGE_VAL;
  if (p->n == 0)
    return BC_OK;
  rc = measure(p, rate, &l, NULL, err);
  if (rc)
    return rc;
  if (!isfinite(l))
    return BC_OK; /* silence: nothing to normalize */
  gain_db = target_lufs - l;
  gain = pow(10, gain_db / 20);
  /* Limit before the gain, so that nothing clips in 16 bits: the sample
   * ceiling sits 1.2 dB under the true-peak target because inter-sample
   * peaks exceed sample peaks. */
  ceiling = 32767.0 * pow(10, (peak_db - 1.2) / 20) / gain;
  for (size_t i = 0; i < p->n; i++) {
    int16_t a = p->s[i] < 0
                    ? (int16_t)(p->s[i] == INT16_MIN ? INT16_MAX : -p->s[i])
                    : p->s[i];
    if (a > peak)
      peak = a;
  }
  if (peak > ceiling && limit_peaks(p, rate, ceiling))
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory limiting peaks");
  apply_gain(p, gain);
  return bc__audio_measure(p, rate, lufs_out, peak_out, err);
}

bc_status bc__audio_measure(const struct bc__pcm *p, int rate, double *lufs,
                            double *peak_db, struct bc_error *err)
{
  *lufs = -HUGE_VAL;
  *peak_db = -HUGE_VAL;
  if (p->n == 0)
    return BC_OK;
  return measure(p, rate, lufs, peak_db, err);
}

bc_status bc__audio_limit(struct bc__pcm *p, int rate, double ceiling_db,
                          struct bc_error *err)
{
  if (limit_peaks(p, rate, 32767.0 * pow(10, ceiling_db / 20)))
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory limiting peaks");
  return BC_OK;
}

bc_status bc__audio_gain(struct bc__pcm *p, double gain_db)
{
  apply_gain(p, pow(10, gain_db / 20));
  return BC_OK;
}

bc_status bc__audio_gain_range(struct bc__pcm *p, int rate, size_t from,
                               size_t to, double target_lufs,
                               struct bc_error *err)
{
  struct bc__pcm part;
  double l;
  bc_status rc;
  if (to <= from || to - from < (size_t)rate / 2)
    return BC_OK; /* under 0.5 s: too short for a gated measurement */
  part.s = p->s + from;
  part.n = to - from;
  part.cap = part.n;
  part.max = part.n;
  rc = measure(&part, rate, &l, NULL, err);
  if (rc)
    return rc;
  if (!isfinite(l))
    return BC_OK;
  apply_gain(&part, pow(10, (target_lufs - l) / 20));
  return BC_OK;
}
