/* local.h - internals of the local (extractive) provider shared between
 * local.c, which builds the summary, and local_rank.c, which scores
 * sentences on a similarity graph.  Nothing outside src/summarize/ uses it. */
#ifndef BC_SUMMARIZE_LOCAL_H
#define BC_SUMMARIZE_LOCAL_H

#include <stddef.h>

#include "briefcast/doc.h"
#include "briefcast/error.h"

/* Graph ranking is exact (all pairs) up to this many sentences; above it the
 * score is similarity to the document's centroid, which is linear. */
#define BC__LOCAL_GRAPH_MAX 1500
#define BC__LOCAL_DAMPING 0.85
#define BC__LOCAL_ITERATIONS 50

/* Sentence ranking over n sentences of text.  Vectors are unit-length
 * tf-idf over stemmed content words, stored as sorted term ids. */
struct bc__rank {
  size_t n;
  double *centrality; /* graph score, mean 1.0 */
  double *title_sim;  /* cosine with the title (0 when no title) */
  double *head_sim;   /* cosine with the sentence's own heading */
  size_t *words;      /* words in each sentence (all words, not just terms) */
  size_t *vstart;     /* n + 1 offsets into term/weight */
  unsigned *term;
  double *weight;
};

/* Rank spans[0..n) of text.  heads[i] is the span of sentence i's heading
 * ({0,0} for none); title may be NULL.  Errors: BC_ERR_NOMEM. */
bc_status bc__local_rank(const char *text, const struct bc_span *spans,
                         const struct bc_span *heads, size_t n,
                         const char *title, struct bc__rank *out,
                         struct bc_error *err);

/* Cosine similarity of sentences i and j, in [0, 1]. */
double bc__local_cosine(const struct bc__rank *r, size_t i, size_t j);

void bc__local_rank_release(struct bc__rank *r);

#endif
