/* fuzz_summary_json.c - libFuzzer target for the summary parser, which
 * reads untrusted JSON (LLM answers, files given to `check`): any bytes
 * either fail with a parse, schema, size or encoding error, or give a
 * summary that prints and parses back to the same bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/summary.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct bc_summary *s = NULL, *back = NULL;
  struct bc_error err = BC_ERROR_INIT;
  char *a, *b;
  bc_status rc =
      bc_summary_from_json((const char *)data, size, "fuzz", &s, &err);
  if (rc) {
    if (s || (rc != BC_ERR_PARSE && rc != BC_ERR_SCHEMA && rc != BC_ERR_LIMIT &&
              rc != BC_ERR_ENCODING))
      abort();
    return 0;
  }
  a = bc_summary_to_json(s);
  if (!a)
    abort();
  if (bc_summary_from_json(a, strlen(a), "again", &back, &err))
    abort();
  b = bc_summary_to_json(back);
  if (!b || strcmp(a, b) != 0)
    abort();
  free(a);
  free(b);
  bc_summary_free(s);
  bc_summary_free(back);
  return 0;
}
