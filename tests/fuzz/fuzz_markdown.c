/* fuzz_markdown.c - libFuzzer target for the Markdown and plain-text
 * readers (the first input byte picks which): any bytes must give a
 * document whose blocks are ordered, inside the text and separated by blank
 * lines, or a clean error. */
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
    for (size_t k = 0; k < d->n_blocks; k++) {
      const struct bc_span *s = &d->blocks[k].span;
      if (s->start >= s->end || s->end > d->text_len)
        __builtin_trap();
      if (k > 0 && s->start != d->blocks[k - 1].span.end + 2)
        __builtin_trap();
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct bc_ingest_opts o = BC_INGEST_OPTS_INIT;
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  if (size == 0)
    return 0;
  o.format = data[0] & 1 ? BC_FORMAT_TEXT : BC_FORMAT_MARKDOWN;
  if (bc_ingest_memory((const char *)data + 1, size - 1, "fuzz.md", NULL, &o,
                       &l, &err) == BC_OK)
    check(&l);
  bc_doclist_release(&l);
  return 0;
}
