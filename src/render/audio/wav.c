/* wav.c - the RIFF/WAVE writer: 16-bit PCM, mono, little-endian whatever
 * the host.  It only encodes; the caller writes the bytes atomically. */
#include <stdlib.h>
#include <string.h>

#include "render/audio/audio_int.h"
#include "util/alloc.h"

static void le32(unsigned char *p, uint32_t v)
{
  p[0] = (unsigned char)(v & 0xff);
  p[1] = (unsigned char)((v >> 8) & 0xff);
  p[2] = (unsigned char)((v >> 16) & 0xff);
  p[3] = (unsigned char)((v >> 24) & 0xff);
}

static void le16(unsigned char *p, uint16_t v)
{
  p[0] = (unsigned char)(v & 0xff);
  p[1] = (unsigned char)((v >> 8) & 0xff);
}

void bc__wav_header(unsigned char h[44], size_t n, int rate)
{
  uint32_t data = (uint32_t)(n * 2);
  memcpy(h, "RIFF", 4);
  le32(h + 4, 36 + data);
  memcpy(h + 8, "WAVEfmt ", 8);
  le32(h + 16, 16);                 /* fmt chunk size */
  le16(h + 20, 1);                  /* PCM */
  le16(h + 22, 1);                  /* channels */
  le32(h + 24, (uint32_t)rate);     /* sample rate */
  le32(h + 28, (uint32_t)rate * 2); /* byte rate */
  le16(h + 32, 2);                  /* block align */
  le16(h + 34, 16);                 /* bits per sample */
  memcpy(h + 36, "data", 4);
  le32(h + 40, data);
}

bc_status bc__wav_encode(const int16_t *s, size_t n, int rate, char **out,
                         size_t *len, struct bc_error *err)
{
  unsigned char *b, *d;
  size_t data;
  if (rate <= 0)
    return bc_error_set(err, BC_ERR_USAGE, "bad sample rate %d", rate);
  /* RIFF sizes are 32-bit: a mono 16-bit file holds at most ~2^31 samples */
  if (n > (UINT32_MAX - 44) / 2)
    return bc_error_set(err, BC_ERR_LIMIT, "audio too long for a WAV file");
  data = n * 2;
  b = bc__malloc(44 + data);
  if (!b)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory encoding WAV");
  bc__wav_header(b, n, rate);
  d = b + 44;
  for (size_t i = 0; i < n; i++)
    le16(d + 2 * i, (uint16_t)s[i]);
  *out = (char *)b;
  *len = 44 + data;
  return BC_OK;
}
