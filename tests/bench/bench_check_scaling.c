/* bench_check_scaling.c - whether the fact checker's time grows in
 * proportion to its input (issue 16, "Hostile input"): the sample essay
 * repeated 1, 10, 100 and 1000 times as the source of a fixed summary, the
 * sample checked against itself, then each hostile shape of the issue at
 * 1x, 4x and 16x: 500 numbers with units in one sentence, a date clause
 * repeated 1,000 times, 375 clauses of one sentence each with its own
 * date (4x is 1,500), clock times beside days and a 20 KB line of random
 * words without a full stop (each checked against itself), and a 550 KB
 * line as the source of a 300-byte summary cut from it (4x is the issue's
 * 2.2 MB, 16x 8.8 MB).  Each row prints the analysis of the source and the
 * check apart, and the check's time per unit of input (CPU time of the
 * process); each shape ends with the growth of its time over 1x (4 and 16
 * is linear, 16 and 256 quadratic) and the exponent that implies.  It
 * prints figures; it asserts nothing.  bench_hostile_times.py times the
 * same shapes through the binary.
 * Usage: bench_check_scaling [SAMPLE] [MAX_REPEAT] */
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "briefcast/buf.h"
#include "briefcast/doc.h"
#include "briefcast/facts.h"
#include "briefcast/validate.h"

/* The process's CPU time: the machine the bench runs on may be shared,
 * and a wall clock would count the other processes' turns. */
static double now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Analyze src, check sum against it, print one row: per is the input's
 * size in units (what the last column divides by).  1 on failure. */
static int row(const char *label, const char *src, size_t src_len,
               const char *sum, double per, const char *unit, double *total)
{
  struct bc_error err = BC_ERROR_INIT;
  struct bc_doc *d = NULL;
  struct bc_facts *f = NULL;
  struct bc_report *r = NULL;
  double t0, t_an, t_check;
  if (bc_doc_new_text(src, src_len, &d, &err)) {
    fprintf(stderr, "bench_check_scaling: %s\n", err.msg);
    return 1;
  }
  t0 = now_ms();
  if (bc_facts_analyze(d, &f, &err)) {
    /* A limit of the analyzer (BC_MAX_SENTENCES), not a failure. */
    printf("%-34s %9.1f KB  not analyzed: %s\n", label, src_len / 1024.0,
           err.msg);
    bc_doc_free(d);
    return err.code == BC_ERR_NOMEM;
  }
  t_an = now_ms() - t0;
  t0 = now_ms();
  if (bc_validate_text(d, f, sum, strlen(sum), NULL, &r, &err)) {
    fprintf(stderr, "bench_check_scaling: %s\n", err.msg);
    bc_facts_free(f);
    bc_doc_free(d);
    return 1;
  }
  t_check = now_ms() - t0;
  if (total)
    *total = t_an + t_check;
  printf("%-34s %9.1f KB %8zu num %7zu dat  analyze %9.1f ms  check %9.1f "
         "ms  %8.3f ms/%s  %zu findings, %s\n",
         label, src_len / 1024.0, r->checked.numbers, r->checked.dates, t_an,
         t_check, t_check / per, unit, r->n_findings,
         bc_verdict_name(r->verdict));
  fflush(stdout);
  bc_report_free(r);
  bc_facts_free(f);
  bc_doc_free(d);
  return 0;
}

static char *repeat(const char *s, size_t n, size_t times, const char *sep)
{
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 30);
  size_t i;
  for (i = 0; i < times; i++) {
    bc_buf_add(&b, s, n);
    bc_buf_add(&b, sep, strlen(sep));
  }
  return bc_buf_take(&b, NULL);
}

/* The single line: random words of one sentence, no full stop. */
static char *random_line(size_t bytes)
{
  static const char *w[] = {"the",    "team", "met", "on",      "3",
                            "March",  "2024", "and", "shipped", "40",
                            "builds", "in",   "Q3",  "2024",    "while",
                            "costs",  "rose", "12",  "percent"};
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 30);
  unsigned long x = 1;
  while (b.len < bytes) {
    x = x * 6364136223846793005UL + 1442695040888963407UL;
    if (b.len)
      bc_buf_addc(&b, ' ');
    bc_buf_add(&b, w[(x >> 33) % 19], strlen(w[(x >> 33) % 19]));
  }
  bc_buf_addc(&b, '\n');
  return bc_buf_take(&b, NULL);
}

static char *numbers_sentence(size_t n)
{
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 30);
  size_t i;
  bc_buf_add(&b, "The parts weigh ", 16);
  for (i = 0; i < n; i++)
    bc_buf_addf(&b, "%s%zu kg", i ? ", " : "", i + 3);
  bc_buf_add(&b, ".\n", 2);
  return bc_buf_take(&b, NULL);
}

/* The 2.2 MB line as the source of a 300-byte summary cut from
 * its start. */
static char *line_summary(const char *line)
{
  size_t cut = 300;
  char *s;
  while (cut > 0 && line[cut] != ' ')
    cut--;
  s = malloc(cut + 3);
  if (!s)
    return NULL;
  memcpy(s, line, cut);
  memcpy(s + cut, ".\n", 3);
  return s;
}

/* Clauses of one sentence, each with its own day and a build number
 * (from 1,000 on, numbers that read as years): "on 1 January 1950 the
 * team shipped build 0 and on 2 January 1951 ...". */
static char *dated_clauses(size_t n)
{
  static const char *mon[] = {"January",   "February", "March",    "April",
                              "May",       "June",     "July",     "August",
                              "September", "October",  "November", "December"};
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 30);
  size_t i;
  for (i = 0; i < n; i++)
    bc_buf_addf(&b, "%son %zu %s %zu the team shipped build %zu",
                i ? " and " : "", i % 28 + 1, mon[(i / 28) % 12], 1950 + i % 70,
                i);
  bc_buf_add(&b, ".\n", 2);
  return bc_buf_take(&b, NULL);
}

static char *date_clauses(size_t n)
{
  const char *c = "We met on 3 March 2024 and ";
  return repeat(c, strlen(c), n, "");
}

/* Clock times written beside days ("10:30 p.m. on 3 March"): each of the
 * claim's days is looked up among the source's time-day pairs
 * (check_dates_clock.c). */
static char *clock_days(size_t n)
{
  const char *c = "We met at 10:30 p.m. on 3 March 2024 and ";
  return repeat(c, strlen(c), n, "");
}

/* Days without their year after one written in full: each takes its
 * story's year from the full day before it. */
static char *yearless_days(size_t n)
{
  const char *c = "we met again on December 27 and ";
  char *days = repeat(c, strlen(c), n, ""), *s;
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 30);
  if (!days)
    return NULL;
  bc_buf_adds(&b, "On December 16, 2010 we met, and ");
  bc_buf_adds(&b, days);
  free(days);
  s = bc_buf_take(&b, NULL);
  return s;
}

static char *kb_line(size_t kb)
{
  return random_line(kb * 1024);
}

/* A hostile shape: its source for size n, its summary (NULL: the source
 * itself), and the size at 1x. */
struct shape {
  const char *what, *unit;
  char *(*make)(size_t n);
  int own_summary;
  size_t base;
};

static const struct shape shapes[] = {
    {"numbers with units, one sentence", "numbers", numbers_sentence, 0, 500},
    {"date clause repeated", "clauses", date_clauses, 0, 1000},
    {"dated clauses, one sentence", "clauses", dated_clauses, 0, 375},
    {"year-less days after a full one", "days", yearless_days, 1, 10000},
    {"clock times beside days", "clauses", clock_days, 0, 1000},
    {"KB line of random words", "KB", kb_line, 0, 20},
    {"KB line, 300-byte summary", "KB", kb_line, 1, 550},
};

/* One shape at 1x, 4x and 16x, then the growth of its time over 1x and
 * the exponent it implies (1 linear, 2 quadratic). */
static int grow(const struct shape *sh)
{
  double t[3] = {0, 0, 0};
  size_t i;
  char label[64];
  for (i = 0; i < 3; i++) {
    size_t n = sh->base << (2 * i);
    char *src = sh->make(n), *sum = NULL;
    int bad;
    if (!src)
      return 1;
    if (sh->own_summary && !(sum = line_summary(src))) {
      free(src);
      return 1;
    }
    snprintf(label, sizeof label, "%zu %s", n, sh->what);
    bad = row(label, src, strlen(src), sum ? sum : src, (double)n, sh->unit,
              &t[i]);
    free(sum);
    free(src);
    if (bad)
      return 1;
  }
  printf("  growth of %-30s 1x %8.1f ms   4x %6.2f   16x %7.2f   "
         "exponent %.2f\n",
         sh->what, t[0], t[1] / t[0], t[2] / t[0],
         t[0] > 0 && t[2] > 0 ? log(t[2] / t[0]) / log(16.0) : 0.0);
  return 0;
}

int main(int argc, char **argv)
{
  const char *path =
      argc > 1 ? argv[1] : BC_SOURCE_DIR "/samples/long-essay.md";
  long max_rep = argc > 2 ? strtol(argv[2], NULL, 10) : 1000;
  struct bc_doclist docs = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_facts *f = NULL;
  struct bc_buf sb = BC_BUF_INIT((size_t)1 << 24);
  const struct bc_doc *d;
  char *summary, *s, label[64];
  size_t k, words = 0;
  long rep;
  int rc = 0;

  if (bc_ingest(path, NULL, &docs, &err) || docs.n == 0) {
    fprintf(stderr, "bench_check_scaling: %s\n", err.msg);
    return 1;
  }
  d = docs.docs[0];
  if (bc_facts_analyze(d, &f, &err)) {
    fprintf(stderr, "bench_check_scaling: %s\n", err.msg);
    return 1;
  }
  /* A fixed summary: every fourth sentence of the sample, about 1,000
   * words, as bench_check makes it. */
  for (k = 0; k < f->n_sentences && words < 1000; k += 4) {
    struct bc_span sp = f->sentences[k];
    const char *p;
    bc_buf_add(&sb, d->text + sp.start, sp.end - sp.start);
    bc_buf_addc(&sb, '\n');
    for (p = d->text + sp.start; p < d->text + sp.end; p++)
      words += *p == ' ';
  }
  bc_facts_free(f);
  summary = bc_buf_take(&sb, NULL);
  if (!summary)
    return 1;

  printf("== the sample repeated as the source of a fixed %zu-word "
         "summary (%s) ==\n",
         words, path);
  for (rep = 1; rep <= max_rep && !rc; rep *= 10) {
    s = repeat(d->text, d->text_len, (size_t)rep, "\n\n");
    snprintf(label, sizeof label, "sample x%ld", rep);
    rc = !s || row(label, s, strlen(s), summary, (double)rep, "copy", NULL);
    free(s);
  }
  printf("== the sample checked against itself ==\n");
  for (rep = 1; rep <= 10 && !rc; rep *= 10) {
    s = repeat(d->text, d->text_len, (size_t)rep, "\n\n");
    snprintf(label, sizeof label, "sample x%ld, summary = source", rep);
    rc = !s || row(label, s, strlen(s), s, (double)rep, "copy", NULL);
    free(s);
  }

  printf("== the hostile shapes of issue 16 at 1x, 4x and 16x: the time "
         "(analysis and check) and its growth over 1x; 4 and 16 is linear, "
         "16 and 256 quadratic ==\n");
  for (k = 0; k < sizeof shapes / sizeof shapes[0] && !rc; k++)
    rc = grow(&shapes[k]);
  free(summary);
  summary = NULL;
  free(summary);
  bc_doclist_release(&docs);
  return rc;
}
