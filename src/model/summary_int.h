/* summary_int.h - the summary model's own helpers shared by its files
 * (summary.c, repair.c) and the renderers: what one list item owns, released in
 * one place so that freeing a summary and pruning an item cannot disagree. */
#ifndef BC_MODEL_SUMMARY_INT_H
#define BC_MODEL_SUMMARY_INT_H

#include "briefcast/summary.h"

/* Free the strings and arrays one item owns, not the item itself. */
void bc__summary_key_point_release(struct bc_key_point *k);
void bc__summary_timeline_release(struct bc_timeline_entry *t);
void bc__summary_glossary_release(struct bc_glossary_entry *g);
void bc__summary_quote_release(struct bc_quote *q);
void bc__summary_turn_release(struct bc_turn *t);

/* Whether key point k's evidence j is worth showing under it: it has
 * words and the point does not already carry them verbatim.  A point
 * copied from its source (the local provider's, whole or shortened by
 * clauses) quotes every piece of its evidence, and a reader sees the
 * same words twice; an LLM's paraphrase does not. */
int bc__summary_evidence_differs(const struct bc_key_point *k, size_t j);

#endif
