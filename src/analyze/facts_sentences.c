/* facts_sentences.c - the analyzer's sentence splitter as public API, for
 * the stages after it (the narrator) that see only public headers.  The
 * splitting rules stay in sentences.c. */
#include "analyze/analyze.h"
#include "briefcast/facts.h"

bc_status bc_facts_sentences(const char *text, size_t len, struct bc_span **out,
                             size_t *n_out, struct bc_error *err)
{
  return bc__analyze_sentences(text, len, out, n_out, err);
}
