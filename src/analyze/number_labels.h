/* number_labels.h - numbers that label or refer rather than count
 * (number_labels.c), for the number extractor.  Not for use outside
 * src/analyze. */
#ifndef BC_ANALYZE_NUMBER_LABELS_H
#define BC_ANALYZE_NUMBER_LABELS_H

#include <stddef.h>

#include "analyze/an.h"

/* Is the number at token i a label by the word before it: "Fig. 2",
 * "Table 1", "phase 3", "Eq. (3)", "No. 10", "#2" (1), "day 14" (2: a
 * label only if the number counts nothing, "week 300 users" is a count)?
 * 0 when not. */
int bc__an_label_before(const struct an *a, size_t i);

/* Is the number at token i part of a name, mid-sentence: "Voyager 1",
 * "ISO 1183", "OMRON HEM 907"?  (Not at a sentence start, not after a
 * possessive, not in a heading in title case: "We Hired 40 Engineers".) */
int bc__an_name_before(const struct an *a, size_t i);

/* The token after a list of labels that starts at the number at i: "2 and
 * 3", "3, 5, and 7", "1G and 1H", "10–11", "(9.2) and (9.10)". */
size_t bc__an_label_list_end(const struct an *a, size_t i);

/* A reference or an equation number in brackets starting at token i
 * ("[14–17]", "[25,14]", "(22)", "(4,35–38,44)", "{111}"): integers and
 * separators only.  Returns the token after the closing bracket, or 0. */
size_t bc__an_citation(const struct an *a, size_t i);

#endif
