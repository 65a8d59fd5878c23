/* bench_local.c - how the local summarizer scales: the long sample's text
 * repeated 1, 4, 16 and 64 times (about 5,000 to 326,000 words), timing the
 * analysis and the local summary in CPU milliseconds (median of several
 * runs).  Up to BC__LOCAL_GRAPH_MAX sentences the ranking is an all-pairs
 * graph; above it the linear centroid score takes over, which this shows.
 * Usage: bench_local [FILE] (default: samples/long-essay.md, run from the
 * source tree). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "briefcast/doc.h"
#include "briefcast/facts.h"
#include "briefcast/provider.h"
#include "briefcast/summary.h"

#define REPS 7

/* CPU time of this process: on a busy shared machine wall time measures
 * the neighbours as much as the code. */
static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static size_t words(const char *s)
{
  size_t n = 0;
  int in = 0;
  for (; *s; s++) {
    int w = !(*s == ' ' || *s == '\n' || *s == '\t');
    n += w && !in;
    in = w;
  }
  return n;
}

int main(int argc, char **argv)
{
  const char *path = argc > 1 ? argv[1] : "samples/long-essay.md";
  struct bc_doclist src = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_provider *p = NULL;
  struct bc_ingest_opts in = BC_INGEST_OPTS_INIT;
  static const int factors[] = {1, 4, 16, 64};
  size_t f;

  if (bc_ingest(path, NULL, &src, &err) || src.n < 1 ||
      bc_provider_new(NULL, &p, &err)) {
    fprintf(stderr, "bench_local: %s\n", err.msg);
    return 1;
  }
  in.format = BC_FORMAT_MARKDOWN;
  printf("%-8s %9s %9s %12s %12s %12s\n", "repeat", "words", "sentences",
         "analyze_cpu", "summary_cpu", "json_cpu");
  for (f = 0; f < sizeof factors / sizeof factors[0]; f++) {
    const struct bc_doc *d0 = src.docs[0];
    size_t len = d0->text_len, i;
    char *text = malloc(len * (size_t)factors[f] + 2 * (size_t)factors[f] + 1);
    struct bc_doclist docs = BC_DOCLIST_INIT;
    double ta[REPS], ts[REPS], tj[REPS];
    size_t n_sent = 0;
    if (!text)
      return 1;
    for (i = 0; i < (size_t)factors[f]; i++) {
      memcpy(text + i * (len + 2), d0->text, len);
      memcpy(text + i * (len + 2) + len, "\n\n", 2);
    }
    text[(size_t)factors[f] * (len + 2)] = '\0';
    if (bc_ingest_memory(text, strlen(text), "bench.md", NULL, &in, &docs,
                         &err)) {
      fprintf(stderr, "bench_local: %s\n", err.msg);
      return 1;
    }
    for (i = 0; i < REPS; i++) {
      struct bc_facts *facts = NULL;
      struct bc_summary *s = NULL;
      struct bc_summarize_opts o = BC_SUMMARIZE_OPTS_INIT;
      char *json;
      double t0 = now_s(), t1, t2;
      if (bc_facts_analyze(docs.docs[0], &facts, &err)) {
        fprintf(stderr, "bench_local: %s\n", err.msg);
        return 1;
      }
      t1 = now_s();
      if (bc_provider_summarize(p, docs.docs[0], facts, &o, &s, &err)) {
        fprintf(stderr, "bench_local: %s\n", err.msg);
        return 1;
      }
      t2 = now_s();
      json = bc_summary_to_json(s);
      tj[i] = (now_s() - t2) * 1e3;
      ta[i] = (t1 - t0) * 1e3;
      ts[i] = (t2 - t1) * 1e3;
      n_sent = facts->n_sentences;
      free(json);
      bc_summary_free(s);
      bc_facts_free(facts);
    }
    qsort(ta, REPS, sizeof(double), cmp_double);
    qsort(ts, REPS, sizeof(double), cmp_double);
    qsort(tj, REPS, sizeof(double), cmp_double);
    printf("%-8d %9zu %9zu %12.2f %12.2f %12.2f\n", factors[f],
           words(docs.docs[0]->text), n_sent, ta[REPS / 2], ts[REPS / 2],
           tj[REPS / 2]);
    bc_doclist_release(&docs);
    free(text);
  }
  bc_provider_free(p);
  bc_doclist_release(&src);
  return 0;
}
