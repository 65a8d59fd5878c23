/* bench_extract.c - run the HTML extractor over saved pages and print its
 * speed (CPU time of this process, so other load does not count) and peak
 * memory; with --out it also writes each page's text (and a
 * .meta file with title, author, date) for score_extract.py to score.
 * Usage: bench_extract [--out DIR] [--repeat N] FILE...  Not a test. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "ingest/html.h"
#include "util/fs.h"

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *base_name(const char *p)
{
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

static void save(const char *dir, const char *file, const char *ext,
                 const char *data, size_t len)
{
  size_t n = strlen(dir) + strlen(file) + strlen(ext) + 2;
  char *path = malloc(n);
  FILE *f;
  if (!path)
    return;
  snprintf(path, n, "%s/%s%s", dir, file, ext);
  f = fopen(path, "wb");
  if (f) {
    fwrite(data, 1, len, f);
    fclose(f);
  }
  free(path);
}

int main(int argc, char **argv)
{
  const char *out = NULL;
  int repeat = 1, first = 1, failed = 0, pages = 0;
  double total = 0, bytes = 0, biggest = 0;
  struct rusage ru;

  while (first < argc && argv[first][0] == '-') {
    if (!strcmp(argv[first], "--out") && first + 1 < argc) {
      out = argv[first + 1];
      first += 2;
    } else if (!strcmp(argv[first], "--repeat") && first + 1 < argc) {
      repeat = (int)strtol(argv[first + 1], NULL, 10);
      first += 2;
    } else {
      fprintf(stderr,
              "usage: bench_extract [--out DIR] [--repeat N] FILE...\n");
      return 2;
    }
  }
  for (int i = first; i < argc; i++) {
    char *data = NULL;
    size_t len = 0;
    struct bc_error err = BC_ERROR_INIT;
    if (bc__fs_read(argv[i], (size_t)1 << 30, &data, &len, &err)) {
      fprintf(stderr, "%s\n", err.msg);
      failed++;
      continue;
    }
    if ((double)len > biggest)
      biggest = (double)len;
    for (int r = 0; r < repeat; r++) {
      struct bc__html_page page;
      double t0 = now();
      bc_status rc = bc__html_extract(data, len, NULL, argv[i], &page, &err);
      total += now() - t0;
      bytes += (double)len;
      pages++;
      if (rc && r == 0) {
        fprintf(stderr, "%s\n", err.msg);
        failed++;
      }
      if (!rc && out && r == 0) {
        char meta[1024];
        int n = snprintf(
            meta, sizeof meta, "title\t%s\nauthor\t%s\ndate\t%s\nposts\t%zu\n",
            page.title ? page.title : "", page.author ? page.author : "",
            page.date ? page.date : "", page.n_posts);
        save(out, base_name(argv[i]), ".txt", page.text, page.len);
        if (n > 0)
          save(out, base_name(argv[i]), ".meta", meta,
               (size_t)n < sizeof meta ? (size_t)n : sizeof meta - 1);
      }
      bc__html_page_release(&page);
    }
    free(data);
  }
  getrusage(RUSAGE_SELF, &ru);
  printf("pages %d  failed %d  seconds %.3f  pages/s %.1f  MB/s %.1f\n", pages,
         failed, total, total > 0 ? pages / total : 0,
         total > 0 ? bytes / total / 1e6 : 0);
  printf("largest page %.1f MB  peak RSS %.1f MB\n", biggest / 1e6,
         (double)ru.ru_maxrss / 1024.0);
  return 0;
}
