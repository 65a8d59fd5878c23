/* fuzz_html.c - libFuzzer target for the HTML reader: charset detection,
 * libxml2 parsing, extraction, metadata and post splitting.  The first
 * byte picks the options (split or not, an HTTP charset or none). */
#include <stddef.h>
#include <stdint.h>

#include "ingest/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const char *const charsets[] = {NULL,     "utf-8",    "ISO-8859-1",
                                         "koi8-r", "utf-16le", "bogus"};
  struct bc_ingest_opts opts = BC_INGEST_OPTS_INIT;
  struct bc_doclist out = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  const char *charset;
  if (size < 1)
    return 0;
  opts.split_posts = data[0] & 1;
  charset = charsets[(data[0] >> 1) % 6];
  if (bc__html_parse((const char *)data + 1, size - 1, "fuzz.html", charset,
                     &opts, &out, &err) == BC_OK) {
    for (size_t i = 0; i < out.n; i++) {
      const struct bc_doc *d = out.docs[i];
      /* the invariants later stages rely on */
      for (size_t b = 0; b < d->n_blocks; b++)
        if (d->blocks[b].span.end > d->text_len ||
            d->blocks[b].span.start >= d->blocks[b].span.end)
          __builtin_trap();
    }
  }
  bc_doclist_release(&out);
  return 0;
}
