/* fuzz_analyze.c - libFuzzer target for the analyzer: any bytes, with and
 * without blocks (some of them dated, some out of range), must give a fact
 * sheet whose every span lies inside the text and whose JSON prints. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"
#include "briefcast/facts.h"

static void check_span(struct bc_span sp, size_t len)
{
  if (sp.start > sp.end || sp.end > len)
    abort();
}

static void check(const struct bc_facts *f, const char *text, size_t len)
{
  size_t k;
  struct bc_doc doc;
  char *js;
  for (k = 0; k < f->n_sentences; k++) {
    check_span(f->sentences[k], len);
    if (k && f->sentences[k].start < f->sentences[k - 1].end)
      abort(); /* sentences never overlap */
  }
  for (k = 0; k < f->n_dates; k++)
    check_span(f->dates[k].span, len);
  for (k = 0; k < f->n_times; k++)
    check_span(f->times[k].span, len);
  for (k = 0; k < f->n_acronyms; k++) {
    check_span(f->acronyms[k].span, len);
    check_span(f->acronyms[k].expansion_span, len);
    if (!f->acronyms[k].acronym || !f->acronyms[k].expansion)
      abort();
  }
  for (k = 0; k < f->n_numbers; k++) {
    const struct bc_number_fact *n = &f->numbers[k];
    check_span(n->span, len);
    check_span(n->whole, len);
    /* The whole quantity holds its number; quantities are no ordinals. */
    if (!n->unit || !n->noun || n->value_hi < n->value || n->ordinal ||
        n->whole.start > n->span.start || n->whole.end < n->span.end)
      abort();
  }
  for (k = 0; k < f->n_ordinals; k++) {
    check_span(f->ordinals[k].span, len);
    if (!f->ordinals[k].ordinal || !f->ordinals[k].unit)
      abort();
  }
  for (k = 0; k < f->n_names; k++)
    check_span(f->names[k].span, len);
  for (k = 0; k < f->n_quotes; k++)
    check_span(f->quotes[k].span, len);
  memset(&doc, 0, sizeof doc);
  doc.text = (char *)text;
  doc.text_len = len;
  js = bc_facts_to_json(f, &doc);
  free(js);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char *text = malloc(size + 1);
  struct bc_block blocks[16];
  struct bc__analyze_ctx ctx = {"2019-07-20", NULL, 0, 0};
  struct bc_facts *f = NULL;
  char date[] = "2021-03-04";
  size_t nb = 0, i, start = 0;
  if (!text)
    return 0;
  memcpy(text, data, size);
  text[size] = '\0';

  if (bc__analyze_text(text, size, &ctx, &f, NULL) == BC_OK) {
    check(f, text, size);
    bc_facts_free(f);
    f = NULL;
  }

  /* Blocks at blank lines; every third dated; the last one overruns. */
  memset(blocks, 0, sizeof blocks);
  for (i = 0; i + 1 < size && nb < 15; i++)
    if (text[i] == '\n' && text[i + 1] == '\n') {
      blocks[nb].kind = (enum bc_block_kind)(nb % 5);
      blocks[nb].span.start = start;
      blocks[nb].span.end = i;
      blocks[nb].date = nb % 3 == 0 ? date : NULL;
      nb++;
      start = i + 2;
    }
  blocks[nb].kind = BC_BLOCK_PARAGRAPH;
  blocks[nb].span.start = start;
  blocks[nb].span.end = size + (size & 7);
  nb++;
  ctx.blocks = blocks;
  ctx.n_blocks = nb;
  ctx.ref_date = size & 1 ? NULL : "2020-02";
  ctx.claims = (size & 2) != 0;
  if (bc__analyze_text(text, size, &ctx, &f, NULL) == BC_OK) {
    check(f, text, size);
    bc_facts_free(f);
  }
  free(text);
  return 0;
}
