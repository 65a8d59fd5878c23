/* bench_pdf.c - prints how long the PDF renderer takes and how big its files
 * are: the one-page brief (a typical summary and a 20,000-word essay's, one
 * embedded font or two) and a 30-slide deck.  Figures only; no assertions.
 * Run: build/tests/bench_pdf [runs]   (default 20 runs, median reported) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "briefcast/buf.h"
#include "briefcast/pdf.h"
#include "util/alloc.h"

#include "testutil.h"

static const char *const vocab[] = {
    "reliability", "the",      "team",      "measured", "a",
    "recovery",    "budget",   "incident",  "in",       "2024",
    "objective",   "services", "engineers", "of",       "deployment",
    "latency",     "on-call",  "customers", "weekly",   "error"};

static char *prose(size_t n, size_t seed)
{
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 24);
  for (size_t i = 0; i < n; i++) {
    if (i)
      bc_buf_addc(&b, ' ');
    bc_buf_adds(&b, vocab[(i * 7 + seed * 3 + i / 20) % 20]);
  }
  bc_buf_addc(&b, '.');
  return bc_buf_take(&b, NULL);
}

static char *str(const char *s)
{
  return bc__strdup(s);
}

static struct bc_summary *make(size_t kp, size_t kp_words, size_t tl, size_t gl,
                               size_t q, size_t slides)
{
  struct bc_summary *s = bc_summary_new();
  if (!s)
    return NULL;
  s->title = str("Error budgets in practice: a year of SLOs");
  s->source.author = str("Jane M\xc3\xbcller");
  s->source.date = str("2025-09-10");
  s->source.url = str("https://example.com/blog/error-budgets");
  s->source.sha256 = str("0123456789abcdef");
  s->provider = str("local");
  s->tldr = prose(60, 1);
  s->key_points = bc__calloc(kp + 1, sizeof *s->key_points);
  s->timeline = bc__calloc(tl + 1, sizeof *s->timeline);
  s->glossary = bc__calloc(gl + 1, sizeof *s->glossary);
  s->quotes = bc__calloc(q + 1, sizeof *s->quotes);
  s->slides = bc__calloc(slides + 1, sizeof *s->slides);
  if (!s->key_points || !s->timeline || !s->glossary || !s->quotes ||
      !s->slides) {
    bc_summary_free(s);
    return NULL;
  }
  for (; s->n_key_points < kp; s->n_key_points++)
    s->key_points[s->n_key_points].text = prose(kp_words, s->n_key_points);
  for (; s->n_timeline < tl; s->n_timeline++) {
    struct bc_timeline_entry *e = &s->timeline[s->n_timeline];
    e->date = str("30 May 2025");
    e->iso = str("2025-05-30");
    e->event = prose(12, s->n_timeline + 3);
  }
  for (; s->n_glossary < gl; s->n_glossary++) {
    s->glossary[s->n_glossary].term = str("SLO");
    s->glossary[s->n_glossary].definition = str("Service Level Objective");
  }
  for (; s->n_quotes < q; s->n_quotes++) {
    s->quotes[s->n_quotes].text = prose(18, s->n_quotes + 9);
    s->quotes[s->n_quotes].speaker = str("Jane M\xc3\xbcller");
  }
  for (; s->n_slides < slides; s->n_slides++) {
    struct bc_slide *sl = &s->slides[s->n_slides];
    sl->title = str("Section heading");
    sl->notes = str("");
    sl->bullets = bc__calloc(4, sizeof *sl->bullets);
    if (!sl->bullets)
      break;
    for (; sl->n_bullets < 4; sl->n_bullets++)
      sl->bullets[sl->n_bullets] = prose(14, sl->n_bullets + s->n_slides);
  }
  return s;
}

/* Wall time, and this process's CPU time: on a shared, loaded machine the
 * CPU time is the figure that says what the renderer costs. */
static double clock_s(clockid_t id)
{
  struct timespec t;
  clock_gettime(id, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

typedef bc_status (*render_fn)(const struct bc_summary *,
                               const struct bc_report *,
                               const struct bc_pdf_opts *, const char *,
                               struct bc_error *);

static void bench(const char *name, render_fn fn, const struct bc_summary *s,
                  const struct bc_pdf_opts *o, const char *path, int runs)
{
  static const struct bc_report r = {
      {12, 5, 3, 7, 4}, NULL, 0, 0, BC_VERDICT_PASS};
  double *t = calloc((size_t)runs, sizeof *t);
  double *c = calloc((size_t)runs, sizeof *c);
  struct bc_error err = BC_ERROR_INIT;
  struct stat st;
  char cmd[512];
  int pages = -1;
  FILE *p;
  if (!t || !c) {
    free(t);
    free(c);
    return;
  }
  for (int i = 0; i < runs; i++) {
    double t0 = clock_s(CLOCK_MONOTONIC);
    double c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    if (fn(s, &r, o, path, &err)) {
      fprintf(stderr, "%s: %s\n", name, err.msg);
      free(t);
      free(c);
      return;
    }
    c[i] = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
    t[i] = clock_s(CLOCK_MONOTONIC) - t0;
  }
  qsort(t, (size_t)runs, sizeof *t, cmp);
  qsort(c, (size_t)runs, sizeof *c, cmp);
  snprintf(cmd, sizeof cmd,
           "pdfinfo '%s' 2>/dev/null | sed -n 's/^Pages: *//p'", path);
  p = popen(cmd, "r");
  if (p) {
    if (fscanf(p, "%d", &pages) != 1)
      pages = -1;
    pclose(p);
  }
  stat(path, &st);
  printf("%-34s %3d page%s  wall median %6.1f ms  cpu median %6.1f ms  "
         "%7.1f KB\n",
         name, pages, pages == 1 ? " " : "s", t[runs / 2] * 1e3,
         c[runs / 2] * 1e3, (double)st.st_size / 1024.0);
  free(t);
  free(c);
}

int main(int argc, char **argv)
{
  int runs = argc > 1 ? (int)strtol(argv[1], NULL, 10) : 20;
  char *dir = bc_test_tmpdir("bench-pdf"), path[1024];
  struct bc_pdf_opts one = BC_PDF_OPTS_INIT, two = BC_PDF_OPTS_INIT;
  struct bc_pdf_opts nohy = BC_PDF_OPTS_INIT;
  struct bc_summary *typical = make(6, 25, 5, 4, 2, 0);
  struct bc_summary *huge = make(400, 45, 300, 250, 150, 0);
  struct bc_summary *deck = make(40, 22, 12, 12, 0, 24);
  if (runs < 1)
    runs = 1;
  if (!typical || !huge || !deck || !dir)
    return 1;
  nohy.hyphen_path = "/nonexistent/no-hyphenation.dic";
  two.bold_font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
  printf("bench_pdf: %d runs each\n", runs);
  snprintf(path, sizeof path, "%s/brief.pdf", dir);
  bench("brief, typical, one font", bc_pdf_brief, typical, &one, path, runs);
  bench("brief, typical, regular + bold", bc_pdf_brief, typical, &two, path,
        runs);
  bench("brief, typical, no hyphenation", bc_pdf_brief, typical, &nohy, path,
        runs);
  bench("brief, 20,000-word essay", bc_pdf_brief, huge, &one, path, runs);
  snprintf(path, sizeof path, "%s/slides.pdf", dir);
  bench("deck, 24 sections + timeline, ...", bc_pdf_slides, deck, &one, path,
        runs);
  bc_summary_free(typical);
  bc_summary_free(huge);
  bc_summary_free(deck);
  bc_test_tmpdir_remove(dir);
  return 0;
}
