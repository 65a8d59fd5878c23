/* fuzz_manifest.c - libFuzzer target for the batch manifest reader: a
 * manifest.json may be hand-edited, truncated by a full disk or left by
 * another version.  Any bytes either fail with a clear error or load into
 * a manifest that saves and loads back with the same entries. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "briefcast/batch.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static char in[64], out[64];
  struct bc_manifest m = BC_MANIFEST_INIT, back = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  FILE *f;
  bc_status rc;
  if (!in[0]) {
    snprintf(in, sizeof in, "/tmp/bc-fuzz-manifest-%ld.json", (long)getpid());
    snprintf(out, sizeof out, "/tmp/bc-fuzz-manifest-%ld-out.json",
             (long)getpid());
  }
  f = fopen(in, "wb");
  if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
    abort();
  rc = bc_manifest_load(in, &m, &err);
  if (rc) {
    if (m.n ||
        (rc != BC_ERR_PARSE && rc != BC_ERR_SCHEMA && rc != BC_ERR_LIMIT &&
         rc != BC_ERR_INPUT && rc != BC_ERR_ENCODING && rc != BC_ERR_BINARY))
      abort();
    return 0;
  }
  if (bc_manifest_save(&m, out, &err) || bc_manifest_load(out, &back, &err) ||
      back.n != m.n)
    abort();
  /* saving sorts by key, so entries are matched by key, not position */
  for (size_t i = 0; i < m.n; i++) {
    const struct bc_batch_entry *b = bc_manifest_find(&back, m.entries[i].key);
    if (!b || b->state != m.entries[i].state ||
        b->exit_code != m.entries[i].exit_code ||
        strcmp(b->sha256, m.entries[i].sha256) != 0)
      abort();
  }
  bc_manifest_release(&m);
  bc_manifest_release(&back);
  unlink(out);
  return 0;
}
