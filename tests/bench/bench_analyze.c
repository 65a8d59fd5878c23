/* bench_analyze.c - how fast the analyzer reads a source: for each file
 * given (default: every file in samples/, run from the source tree), the
 * median time of bc_facts_analyze over several runs, with the word count
 * and how many facts of each kind it found.
 * Usage: bench_analyze [FILE...] */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "briefcast/doc.h"
#include "briefcast/facts.h"

#define REPS 21

static double now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static size_t words(const char *s, size_t n)
{
  size_t i, w = 0;
  int in = 0;
  for (i = 0; i < n; i++) {
    int c = !(s[i] == ' ' || s[i] == '\n' || s[i] == '\t');
    w += c && !in;
    in = c;
  }
  return w;
}

static int bench(const char *path)
{
  struct bc_doclist docs = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  double t[REPS];
  size_t i, d, nw = 0;
  struct bc_facts *f = NULL;
  if (bc_ingest(path, NULL, &docs, &err)) {
    fprintf(stderr, "bench_analyze: %s\n", err.msg);
    return 1;
  }
  for (i = 0; i < REPS; i++) {
    double t0 = now_ms();
    for (d = 0; d < docs.n; d++) {
      if (bc_facts_analyze(docs.docs[d], &f, &err)) {
        fprintf(stderr, "bench_analyze: %s\n", err.msg);
        bc_doclist_release(&docs);
        return 1;
      }
      if (i + 1 < REPS || d + 1 < docs.n)
        bc_facts_free(f);
    }
    t[i] = now_ms() - t0;
  }
  qsort(t, REPS, sizeof t[0], cmp_double);
  for (d = 0; d < docs.n; d++)
    nw += words(docs.docs[d]->text, docs.docs[d]->text_len);
  printf("%-32s %7zu words %8.3f ms (median of %d; min %.3f)  sentences %zu "
         "dates %zu acronyms %zu numbers %zu names %zu quotes %zu\n",
         path, nw, t[REPS / 2], REPS, t[0], f->n_sentences, f->n_dates,
         f->n_acronyms, f->n_numbers, f->n_names, f->n_quotes);
  bc_facts_free(f);
  bc_doclist_release(&docs);
  return 0;
}

int main(int argc, char **argv)
{
  int i, rc = 0;
  if (argc > 1) {
    for (i = 1; i < argc; i++)
      rc |= bench(argv[i]);
    return rc;
  } else {
    DIR *dir = opendir("samples");
    struct dirent *e;
    char path[4096];
    if (!dir) {
      fprintf(stderr, "bench_analyze: cannot open 'samples' (run from the "
                      "source tree or name files)\n");
      return 1;
    }
    while ((e = readdir(dir)) != NULL) {
      if (e->d_name[0] == '.')
        continue;
      struct stat st;
      snprintf(path, sizeof path, "samples/%s", e->d_name);
      if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        continue;
      rc |= bench(path);
    }
    closedir(dir);
  }
  return rc;
}
