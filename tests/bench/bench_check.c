/* bench_check.c - how long the fact checker takes on a long source: the
 * 5,000-word sample against a 1,000-word summary, both as free text (one
 * field) and as a summary.json-shaped summary (40 key points and narration
 * turns, each analyzed apart).  Prints medians; the target is under
 * 20 ms on one core.  Usage: bench_check [SOURCE] [RUNS] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "briefcast/buf.h"
#include "briefcast/doc.h"
#include "briefcast/facts.h"
#include "briefcast/summary.h"
#include "briefcast/validate.h"

static double now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static size_t words(const char *s, size_t n)
{
  size_t i, w = 0;
  int in = 0;
  for (i = 0; i < n; i++) {
    int sp = s[i] == ' ' || s[i] == '\n' || s[i] == '\t';
    if (!sp && !in)
      w++;
    in = !sp;
  }
  return w;
}

int main(int argc, char **argv)
{
  const char *path =
      argc > 1 ? argv[1] : BC_SOURCE_DIR "/samples/long-essay.md";
  long runs_l = argc > 2 ? strtol(argv[2], NULL, 10) : 50;
  int runs = (int)runs_l, i;
  struct bc_doclist docs = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_facts *facts = NULL;
  struct bc_buf text = BC_BUF_INIT((size_t)1 << 24);
  struct bc_summary *s;
  struct bc_doc *d;
  double *t_text, *t_sum, *t_an, t0;
  size_t k, sw, kp = 0;
  char *summary_text;

  if (bc_ingest(path, NULL, &docs, &err)) {
    fprintf(stderr, "bench_check: %s\n", err.msg);
    return 1;
  }
  if (runs_l < 1 || runs_l > 100000) {
    fprintf(stderr, "bench_check: RUNS must be 1 to 100000, not '%s'\n",
            argv[2]);
    return 2;
  }
  d = docs.docs[0];
  t_text = calloc((size_t)runs, sizeof *t_text);
  t_sum = calloc((size_t)runs, sizeof *t_sum);
  t_an = calloc((size_t)runs, sizeof *t_an);
  s = bc_summary_new();
  if (!t_text || !t_sum || !t_an || !s)
    return 1;
  for (i = 0; i < runs; i++) {
    t0 = now_ms();
    if (bc_facts_analyze(d, &facts, &err)) {
      fprintf(stderr, "bench_check: %s\n", err.msg);
      return 1;
    }
    t_an[i] = now_ms() - t0;
    if (i + 1 < runs)
      bc_facts_free(facts);
  }

  /* A 1,000-word summary: every fourth sentence of the source, the way an
   * extractive summary reads, as one text and as 40 key points. */
  s->key_points = calloc(facts->n_sentences, sizeof *s->key_points);
  for (k = 0; k < facts->n_sentences &&
              words(text.ptr ? text.ptr : "", text.len) < 1000;
       k += 4) {
    struct bc_span sp = facts->sentences[k];
    bc_buf_add(&text, d->text + sp.start, sp.end - sp.start);
    bc_buf_addc(&text, '\n');
    s->key_points[kp].text = strndup(d->text + sp.start, sp.end - sp.start);
    kp++;
  }
  s->n_key_points = kp;
  summary_text = bc_buf_take(&text, NULL);
  if (!summary_text)
    return 1;
  sw = words(summary_text, strlen(summary_text));

  for (i = 0; i < runs; i++) {
    struct bc_report *r = NULL;
    t0 = now_ms();
    if (bc_validate_text(d, facts, summary_text, strlen(summary_text), NULL, &r,
                         &err))
      return 1;
    t_text[i] = now_ms() - t0;
    bc_report_free(r);
    t0 = now_ms();
    if (bc_validate_summary(d, facts, s, NULL, &r, &err))
      return 1;
    t_sum[i] = now_ms() - t0;
    if (i == 0)
      printf("checked: %zu dates, %zu numbers, %zu acronyms, %zu names; "
             "%zu findings, verdict %s\n",
             r->checked.dates, r->checked.numbers, r->checked.acronyms,
             r->checked.names, r->n_findings, bc_verdict_name(r->verdict));
    bc_report_free(r);
  }
  qsort(t_an, (size_t)runs, sizeof *t_an, cmp_double);
  qsort(t_text, (size_t)runs, sizeof *t_text, cmp_double);
  qsort(t_sum, (size_t)runs, sizeof *t_sum, cmp_double);
  printf("source %s: %zu words, %zu dates, %zu numbers, %zu acronyms\n", path,
         words(d->text, d->text_len), facts->n_dates, facts->n_numbers,
         facts->n_acronyms);
  printf("analyze source (median of %d):              %.2f ms\n", runs,
         t_an[runs / 2]);
  printf("check %zu-word summary as text:              %.2f ms\n", sw,
         t_text[runs / 2]);
  printf("check %zu-word summary as %zu key points:     %.2f ms "
         "(target < 20 ms)\n",
         sw, kp, t_sum[runs / 2]);
  free(summary_text);
  free(t_text);
  free(t_sum);
  free(t_an);
  bc_summary_free(s);
  bc_facts_free(facts);
  bc_doclist_release(&docs);
  return 0;
}
