/* facts_text.c - the analyzer on a bare text (no document, no date) as
 * public API, for the stages after it (the narrator, the slide deck) that
 * see only public headers.  The rules stay in sentences.c and analyze.c. */
#include <string.h>

#include "analyze/analyze.h"
#include "briefcast/facts.h"

bc_status bc_facts_sentences(const char *text, size_t len, struct bc_span **out,
                             size_t *n_out, struct bc_error *err)
{
  return bc__analyze_sentences(text, len, out, n_out, err);
}

bc_status bc_facts_of_text(const char *text, size_t len, struct bc_facts **out,
                           struct bc_error *err)
{
  struct bc__analyze_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  return bc__analyze_text(text, len, &ctx, out, err);
}
