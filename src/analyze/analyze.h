/* analyze.h - internal interface of the analyzer, shared with the validator
 * so that a summary's claims are read by exactly the same extractors as the
 * source's facts. */
#ifndef BC_ANALYZE_ANALYZE_H
#define BC_ANALYZE_ANALYZE_H

#include <stddef.h>

#include "briefcast/error.h"
#include "briefcast/facts.h"

struct bc__analyze_ctx {
  const char *ref_date; /* ISO date that resolves "06/14" and "14th June";
                           NULL when unknown */
  const struct bc_block *blocks; /* dated post headings refine ref_date per
                                    block; may be NULL */
  size_t n_blocks;
};

/* Extract facts from any UTF-8 text; spans are into text.  Used for the
 * source (via bc_facts_analyze) and for each text field of a summary. */
bc_status bc__analyze_text(const char *text, size_t len,
                           const struct bc__analyze_ctx *ctx,
                           struct bc_facts **out, struct bc_error *err);

#endif
