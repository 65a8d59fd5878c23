/* fuzz_speech.c - libFuzzer target for the speech normalizer, which reads
 * whatever text a summary or `briefcast say` hands it: any bytes give
 * either an error or plain printable ASCII words for flite (with and
 * without a document date, which changes how "3/4" is read), and the
 * output never balloons beyond a fixed multiple of the input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/audio.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const char *text, size_t len, const char *date)
{
  struct bc_speech_ctx ctx = BC_SPEECH_CTX_INIT;
  struct bc_error err = BC_ERROR_INIT;
  char *out = NULL;
  ctx.doc_date = date;
  if (bc_speech_normalize(text, &ctx, &out, &err)) {
    if (out)
      abort();
    return;
  }
  if (!out)
    abort();
  for (const char *p = out; *p; p++)
    if ((unsigned char)*p > 126 || ((unsigned char)*p < 32 && *p != '\n'))
      abort(); /* flite drops what is not printable ASCII */
  /* the longest readings ("one hundred twenty-three thousand ...") stay
   * within a few dozen characters per input byte */
  if (strlen(out) > 64 * len + 64)
    abort();
  free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char *text = malloc(size + 1);
  if (!text)
    return 0;
  memcpy(text, data, size);
  text[size] = '\0';
  check(text, size, NULL);
  check(text, size, "2019-07-20");
  free(text);
  return 0;
}
