/* summary_int.h - the summary model's own helpers shared by its files
 * (summary.c, repair.c): what one list item owns, released in one place so
 * that freeing a summary and pruning an item cannot disagree. */
#ifndef BC_MODEL_SUMMARY_INT_H
#define BC_MODEL_SUMMARY_INT_H

#include "briefcast/summary.h"

/* Free the strings and arrays one item owns, not the item itself. */
void bc__summary_key_point_release(struct bc_key_point *k);
void bc__summary_timeline_release(struct bc_timeline_entry *t);
void bc__summary_glossary_release(struct bc_glossary_entry *g);
void bc__summary_quote_release(struct bc_quote *q);
void bc__summary_turn_release(struct bc_turn *t);

#endif
