/* bench_llm.c - the LLM client against the loopback stand-in: wall time of
 * a 40-chunk document at 1 s latency per request with --jobs 8 (ideal 5 s
 * of map rounds), client CPU per request, and peak memory against the
 * number of chunks.  Run from the source tree:
 *   build/tests/bench_llm            (prints figures; asserts nothing) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef BC_SOURCE_DIR
#define BC_SOURCE_DIR "."
#endif
#include "../unit/test_llm_standin.h"

#include "briefcast/buf.h"
#include "briefcast/facts.h"
#include "summarize/llm.h"
#include "util/http.h"

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_s(void)
{
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
         (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

static struct bc_doc *make_doc(size_t paragraphs)
{
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 28);
  struct bc_doc *doc = NULL;
  struct bc_error err = BC_ERROR_INIT;
  char *text;
  size_t len;
  bc_buf_adds(&b, "A long archive\n\n");
  for (size_t i = 0; i < paragraphs; i++)
    bc_buf_addf(&b,
                "Entry %zu records a day at the harbour in some detail. The "
                "crew loaded %zu crates before noon and rested after. Nobody "
                "complained about the weather that week.\n\n",
                i + 1, i % 97 + 2);
  text = bc_buf_take(&b, &len);
  if (!text || bc_doc_new_text(text, len, &doc, &err)) {
    fprintf(stderr, "bench: cannot build the document: %s\n", err.msg);
    exit(1);
  }
  free(text);
  return doc;
}

static struct bc_provider_config config(const char *base, size_t context,
                                        int jobs)
{
  struct bc_provider_config c = BC_PROVIDER_CONFIG_INIT;
  c.name = "openai";
  c.base_url = base;
  c.api_key = "sk-bench";
  c.context_tokens = context;
  c.jobs = jobs;
  c.timeout_ms = 60000;
  return c;
}

/* Paragraphs needed for want chunks at this context (by the plan). */
static size_t paragraphs_for(const char *base, size_t context, size_t want,
                             const struct bc_facts *facts)
{
  /* About 170 bytes a paragraph and 4 bytes a token bound the search. */
  size_t lo = 1, hi = want * (context / 40 + 1) + 64;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    struct bc_provider_config c = config(base, context, 1);
    struct bc_summarize_opts o = BC_SUMMARIZE_OPTS_INIT;
    struct bc_error err = BC_ERROR_INIT;
    struct bc_doc *doc = make_doc(mid);
    struct bc_plan plan;
    void *self = NULL;
    c.dry_run = 1;
    if (bc__provider_openai.create(&c, &self, &err) ||
        bc__provider_openai.plan(self, doc, facts, &o, &plan, &err)) {
      fprintf(stderr, "bench: plan failed: %s\n", err.msg);
      exit(1);
    }
    bc__provider_openai.destroy(self);
    bc_doc_free(doc);
    if (plan.chunks < want)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static int run(const char *base, struct bc_doc *doc,
               const struct bc_facts *facts, size_t context, int jobs,
               struct bc_usage *u, double *wall, double *cpu)
{
  struct bc_provider_config c = config(base, context, jobs);
  struct bc_summarize_opts o = BC_SUMMARIZE_OPTS_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_summary *s = NULL;
  void *self = NULL;
  double t0, c0;
  if (bc__provider_openai.create(&c, &self, &err))
    goto fail;
  t0 = now_s();
  c0 = cpu_s();
  if (bc__provider_openai.summarize(self, doc, facts, &o, &s, &err))
    goto fail;
  *wall = now_s() - t0;
  *cpu = cpu_s() - c0;
  bc__provider_openai.usage(self, u);
  bc__provider_openai.destroy(self);
  bc_summary_free(s);
  return 0;
fail:
  fprintf(stderr, "bench: summarize failed: %s\n", err.msg);
  return 1;
}

int main(void)
{
  const char *slow_args[] = {"--latency", "1.0", NULL};
  struct standin slow, fast;
  struct bc_facts facts; /* empty: the bench measures the client only */
  char base[96];
  struct bc_usage u;
  double wall, cpu;
  size_t paras;
  struct bc_doc *doc;
  static const size_t sizes[] = {10, 40, 160};

  memset(&facts, 0, sizeof(facts));
  bc__http_global_init();
  if (standin_start(&slow, slow_args) || standin_start(&fast, NULL)) {
    fprintf(stderr, "bench: cannot start the stand-in (run from the source "
                    "tree)\n");
    return 1;
  }

  /* 1. 40 chunks, 1 s per request, 8 jobs.  A large context keeps the 40
   * partial summaries within one merge request. */
  snprintf(base, sizeof(base), "%s/v1", slow.base);
  paras = paragraphs_for(base, 32000, 40, &facts);
  doc = make_doc(paras);
  if (run(base, doc, &facts, 32000, 8, &u, &wall, &cpu))
    return 1;
  printf("latency 1 s, jobs 8: %zu chunks (%zu bytes), %zu requests, wall "
         "%.2f s = %.2fx the 5 s ideal of the map rounds (%.2fx of 6 s with "
         "the merge)\n",
         u.chunks, doc->text_len, u.requests, wall, wall / 5.0, wall / 6.0);
  printf("client CPU: %.1f ms total, %.3f ms per request\n", cpu * 1e3,
         cpu * 1e3 / (double)u.requests);
  /* The same document without latency: what the stand-in and the client
   * spend besides waiting. */
  snprintf(base, sizeof(base), "%s/v1", fast.base);
  if (run(base, doc, &facts, 32000, 8, &u, &wall, &cpu))
    return 1;
  printf("same document, no latency: wall %.2f s (stand-in + client work)\n",
         wall);
  bc_doc_free(doc);
  fflush(stdout);

  /* 2. Peak memory against the number of chunks, each in a fresh child. */
  snprintf(base, sizeof(base), "%s/v1", fast.base);
  for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
    pid_t pid;
    int st;
    paras = paragraphs_for(base, 12000, sizes[k], &facts);
    pid = fork();
    if (pid == 0) {
      struct rusage ru;
      struct bc_doc *d = make_doc(paras);
      size_t bytes = d->text_len;
      if (run(base, d, &facts, 12000, 8, &u, &wall, &cpu))
        _exit(1);
      bc_doc_free(d);
      getrusage(RUSAGE_SELF, &ru);
      printf("%zu chunks (%zu requests, doc %zu KiB): peak RSS %ld KiB, "
             "wall %.2f s, CPU %.3f ms per request\n",
             u.chunks, u.requests, bytes / 1024, ru.ru_maxrss, wall,
             cpu * 1e3 / (double)u.requests);
      fflush(stdout);
      _exit(0);
    }
    waitpid(pid, &st, 0);
  }
  standin_stop(&slow);
  standin_stop(&fast);
  return 0;
}
