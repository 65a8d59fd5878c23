/* bench_pipeline.c - time each stage of the pipeline on each sample and
 * print the figures (issue 2's "measured, not timed").  Analysis, local
 * summary and checks are repeated and the median is printed; rendering runs
 * once.  Usage: bench_pipeline [SAMPLE...] (default: the samples folder). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "briefcast/batch.h"
#include "briefcast/doc.h"
#include "briefcast/facts.h"
#include "briefcast/provider.h"
#include "briefcast/validate.h"

#include "testutil.h"

#define REPS 21

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, size_t n)
{
  qsort(v, n, sizeof(double), cmp_double);
  return v[n / 2];
}

static size_t count_words(const char *s)
{
  size_t n = 0;
  int in = 0;
  for (; *s; s++) {
    int sp = *s == ' ' || *s == '\n' || *s == '\t';
    if (!sp && !in)
      n++;
    in = !sp;
  }
  return n;
}

static int bench_one(const char *path, struct bc_provider *p)
{
  struct bc_ingest_opts in = BC_INGEST_OPTS_INIT;
  struct bc_doclist docs = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  double ta[REPS], ts[REPS], tv[REPS], tt[REPS], t;
  struct bc_pipeline_opts po = BC_PIPELINE_OPTS_INIT;
  struct bc_pipeline_result res;
  char *outdir = NULL;

  if (bc_ingest(path, &in, &docs, &err)) {
    fprintf(stderr, "bench: %s\n", err.msg);
    return 1;
  }
  for (int r = 0; r < REPS; r++) {
    struct bc_facts *facts = NULL;
    struct bc_summary *s = NULL;
    struct bc_report *rep = NULL;
    double t0 = now_s();
    if (bc_facts_analyze(docs.docs[0], &facts, &err))
      goto fail;
    t = now_s();
    ta[r] = t - t0;
    if (bc_provider_summarize(p, docs.docs[0], facts, &po.summarize, &s, &err))
      goto fail;
    ts[r] = now_s() - t;
    t = now_s();
    if (bc_validate_summary(docs.docs[0], facts, s, &po.validate, &rep, &err))
      goto fail;
    tv[r] = now_s() - t;
    tt[r] = now_s() - t0;
    bc_report_free(rep);
    bc_summary_free(s);
    bc_facts_free(facts);
    continue;
  fail:
    fprintf(stderr, "bench: %s\n", err.msg);
    bc_summary_free(s);
    bc_facts_free(facts);
    bc_doclist_release(&docs);
    return 1;
  }
  if (!(outdir = bc_test_tmpdir("bench"))) {
    perror("bench: temporary folder");
    bc_doclist_release(&docs);
    return 1;
  }
  po.audio.mp3 = 1;
  t = now_s();
  if (bc_pipeline_run(docs.docs[0], p, &po, outdir, &res, &err)) {
    fprintf(stderr, "bench: %s\n", err.msg);
    bc_test_tmpdir_remove(outdir);
    bc_doclist_release(&docs);
    return 1;
  }
  t = now_s() - t;
  printf("%-22s %6zu words | analyze %7.2f ms  summarize %7.2f ms  validate "
         "%7.2f ms  = %7.2f ms | pdf+slides %6.1f ms  audio %6.2f s for "
         "%6.1f s (RTF %.4f, %.0fx real time) | whole run %.2f s\n",
         strrchr(path, '/') ? strrchr(path, '/') + 1 : path,
         count_words(docs.docs[0]->text), 1e3 * median(ta, REPS),
         1e3 * median(ts, REPS), 1e3 * median(tv, REPS), 1e3 * median(tt, REPS),
         1e3 * res.t_pdf, res.t_audio, res.audio.seconds,
         res.audio.seconds > 0 ? res.t_audio / res.audio.seconds : 0.0,
         res.t_audio > 0 ? res.audio.seconds / res.t_audio : 0.0, t);
  if (bc_test_rmtree(outdir) != 0)
    fprintf(stderr, "bench: could not remove %s\n", outdir);
  free(outdir);
  bc_doclist_release(&docs);
  return 0;
}

int main(int argc, char **argv)
{
  struct bc_provider_config cfg = BC_PROVIDER_CONFIG_INIT;
  struct bc_provider *p = NULL;
  struct bc_error err = BC_ERROR_INIT;
  int rc = 0;
  if (bc_provider_new(&cfg, &p, &err)) {
    fprintf(stderr, "bench: %s\n", err.msg);
    return 1;
  }
  printf("briefcast pipeline benchmark (local provider; medians of %d runs "
         "for analyze/summarize/validate; one run for rendering)\n",
         REPS);
  if (argc > 1) {
    for (int i = 1; i < argc; i++)
      rc |= bench_one(argv[i], p);
  } else {
    const char *dir = BC_SOURCE_DIR "/samples";
    struct dirent **names;
    int n = scandir(dir, &names, NULL, alphasort);
    for (int i = 0; i < n; i++) {
      const char *nm = names[i]->d_name;
      size_t l = strlen(nm);
      if (l > 3 &&
          (strcmp(nm + l - 3, ".md") == 0 || strcmp(nm + l - 4, ".txt") == 0)) {
        char path[4096];
        snprintf(path, sizeof(path), "%s/%s", dir, nm);
        rc |= bench_one(path, p);
      }
      free(names[i]);
    }
    free(names);
  }
  bc_provider_free(p);
  return rc;
}
