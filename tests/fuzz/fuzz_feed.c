/* fuzz_feed.c - libFuzzer target for the feed reader (RSS, Atom, WXR) and
 * the format sniffer in front of it: any bytes must give documents with
 * valid spans or a clean error, never a crash, a leak or a hang. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "briefcast/doc.h"

static void check(const struct bc_doclist *l)
{
  for (size_t i = 0; i < l->n; i++) {
    const struct bc_doc *d = l->docs[i];
    if (strlen(d->text) != d->text_len)
      __builtin_trap();
    for (size_t k = 0; k < d->n_blocks; k++)
      if (d->blocks[k].span.start >= d->blocks[k].span.end ||
          d->blocks[k].span.end > d->text_len)
        __builtin_trap();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct bc_ingest_opts o = BC_INGEST_OPTS_INIT;
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  o.format = BC_FORMAT_FEED;
  if (bc_ingest_memory((const char *)data, size, "fuzz.xml", NULL, &o, &l,
                       &err) == BC_OK)
    check(&l);
  bc_doclist_release(&l);
  return 0;
}
