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

#include "testutil.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One private folder per fuzzing process under $TMPDIR (else /tmp), made
 * on the first input and removed with everything in it when the process
 * exits: never a fixed name in /tmp that another user could plant. */
static char *dir, *in, *out;

static void remove_workdir(void)
{
  bc_test_tmpdir_remove(dir);
  free(in);
  free(out);
}

static char *in_dir(const char *name)
{
  size_t n = strlen(dir) + strlen(name) + 2;
  char *p = malloc(n);
  if (!p)
    abort();
  snprintf(p, n, "%s/%s", dir, name);
  return p;
}

static void make_workdir(void)
{
  if (!(dir = bc_test_tmpdir("fuzz-manifest")))
    abort();
  in = in_dir("manifest.json");
  out = in_dir("out.json");
  atexit(remove_workdir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct bc_manifest m = BC_MANIFEST_INIT, back = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  FILE *f;
  bc_status rc;
  if (!dir)
    make_workdir();
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
    if (!b || b->state != m.entries[i].state || b->code != m.entries[i].code ||
        b->signal != m.entries[i].signal ||
        strcmp(b->sha256, m.entries[i].sha256) != 0)
      abort();
  }
  bc_manifest_release(&m);
  bc_manifest_release(&back);
  unlink(out);
  return 0;
}
