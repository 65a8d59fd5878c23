/* test_pdf.c - the PDF renderer read back the way a reader would: page
 * count and metadata with pdfinfo, text with pdftotext (every key point the
 * page claims to show is there in full), word boxes with pdftotext -bbox
 * (inside the margins, never overlapping), and pixels with pdftoppm. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "briefcast/buf.h"
#include "briefcast/pdf.h"
#include "render/pdf/pdf_doc.h"
#include "util/alloc.h"

#include "testutil.h"

static char *dir;

/* ---- building summaries in memory -------------------------------------- */

static const char *const vocab[] = {
    "reliability", "the",      "team",      "measured", "a",
    "recovery",    "budget",   "incident",  "in",       "2024",
    "objective",   "services", "engineers", "of",       "deployment",
    "latency",     "on-call",  "customers", "weekly",   "error"};

/* n words of deterministic prose; seed varies the order. */
static char *prose(size_t n, size_t seed)
{
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 24);
  for (size_t i = 0; i < n; i++) {
    const char *w = vocab[(i * 7 + seed * 3 + i / 20) % 20];
    if (i)
      bc_buf_addc(&b, ' ');
    if (i == 0)
      bc_buf_addc(&b, (char)(w[0] >= 'a' && w[0] <= 'z' ? w[0] - 32 : w[0])),
          w++;
    bc_buf_adds(&b, w);
  }
  bc_buf_addc(&b, '.');
  assert_int_equal(bc_buf_status(&b), BC_OK);
  return bc_buf_take(&b, NULL);
}

static char *sdup(const char *s)
{
  char *p = bc__strdup(s);
  assert_non_null(p);
  return p;
}

struct shape {
  size_t key_points, kp_words, timeline, glossary, quotes, tldr_words;
};

static struct bc_summary *make_summary(const struct shape *sh)
{
  struct bc_summary *s = bc_summary_new();
  assert_non_null(s);
  s->title = sdup("Error budgets in practice: a year of SLOs");
  s->source.title = sdup(s->title);
  s->source.author = sdup("Jane M\xc3\xbcller");
  s->source.date = sdup("2025-09-10");
  s->source.url = sdup("https://example.com/blog/error-budgets");
  s->source.sha256 = sdup("0123456789abcdef0123456789abcdef");
  s->provider = sdup("local");
  s->tldr = prose(sh->tldr_words, 1);
  s->n_key_points = sh->key_points;
  s->key_points = bc__calloc(sh->key_points + 1, sizeof *s->key_points);
  for (size_t i = 0; i < sh->key_points; i++) {
    char *p = prose(sh->kp_words + i % 5, i);
    struct bc_buf b = BC_BUF_INIT((size_t)1 << 24);
    /* A unique tag per point so the text check knows which one it saw. */
    bc_buf_addf(&b, "KP%zu %s", i + 1, p);
    free(p);
    s->key_points[i].text = bc_buf_take(&b, NULL);
  }
  s->n_timeline = sh->timeline;
  s->timeline = bc__calloc(sh->timeline + 1, sizeof *s->timeline);
  for (size_t i = 0; i < sh->timeline; i++) {
    s->timeline[i].date = sdup("30 May 2025");
    s->timeline[i].iso = sdup("2025-05-30");
    s->timeline[i].event = prose(12, i + 7);
  }
  s->n_glossary = sh->glossary;
  s->glossary = bc__calloc(sh->glossary + 1, sizeof *s->glossary);
  for (size_t i = 0; i < sh->glossary; i++) {
    s->glossary[i].term = sdup("SLO");
    s->glossary[i].definition = sdup("Service Level Objective");
  }
  s->n_quotes = sh->quotes;
  s->quotes = bc__calloc(sh->quotes + 1, sizeof *s->quotes);
  for (size_t i = 0; i < sh->quotes; i++) {
    s->quotes[i].text = prose(18, i + 11);
    s->quotes[i].speaker = sdup("Jane M\xc3\xbcller");
  }
  return s;
}

/* ---- running poppler --------------------------------------------------- */

static char *run(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *run(const char *fmt, ...)
{
  char cmd[1024];
  va_list ap;
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 26);
  FILE *p;
  char chunk[4096];
  size_t n;
  va_start(ap, fmt);
  vsnprintf(cmd, sizeof cmd, fmt, ap);
  va_end(ap);
  p = popen(cmd, "r");
  assert_non_null(p);
  while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
    bc_buf_add(&b, chunk, n);
  pclose(p);
  assert_int_equal(bc_buf_status(&b), BC_OK);
  return bc_buf_take(&b, NULL);
}

static int pages(const char *pdf)
{
  char *out = run("pdfinfo '%s' 2>/dev/null", pdf);
  char *p = strstr(out, "Pages:");
  int n = p ? (int)strtol(p + 6, NULL, 10) : -1;
  free(out);
  return n;
}

/* Text with all white space and hyphens removed, so that line breaks and
 * hyphenation do not matter when looking for an item "in full". */
static char *squash(const char *s)
{
  char *o = bc__malloc(strlen(s) + 1), *q = o;
  assert_non_null(o);
  for (; *s; s++)
    if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '-' && *s != '\f')
      *q++ = *s;
  *q = '\0';
  return o;
}

static int contains_squashed(const char *hay, const char *needle)
{
  char *n = squash(needle);
  int r = strstr(hay, n) != NULL;
  free(n);
  return r;
}

struct box {
  double x0, y0, x1, y1;
  char word[64];
};

/* Parse the word boxes of pdftotext -bbox. */
static struct box *boxes(const char *pdf, size_t *n, double *W, double *H)
{
  char *out = run("pdftotext -bbox '%s' - 2>/dev/null", pdf), *p;
  struct box *b = NULL;
  size_t cap = 0;
  *n = 0;
  p = strstr(out, "<page width=\"");
  assert_non_null(p);
  *W = strtod(p + 13, NULL);
  p = strstr(p, "height=\"");
  *H = strtod(p + 8, NULL);
  while ((p = strstr(p, "<word xMin=\"")) != NULL) {
    struct box x;
    char *e;
    x.x0 = strtod(p + 12, &e);
    x.y0 = strtod(strstr(e, "yMin=\"") + 6, &e);
    x.x1 = strtod(strstr(e, "xMax=\"") + 6, &e);
    x.y1 = strtod(strstr(e, "yMax=\"") + 6, &e);
    e = strchr(e, '>') + 1;
    {
      size_t k = 0;
      while (e[k] && e[k] != '<' && k < sizeof x.word - 1) {
        x.word[k] = e[k];
        k++;
      }
      x.word[k] = '\0';
    }
    if (*n == cap) {
      cap = cap ? cap * 2 : 256;
      b = realloc(b, cap * sizeof *b);
      assert_non_null(b);
    }
    b[(*n)++] = x;
    p = e;
  }
  free(out);
  return b;
}

/* Every word of page (0 = all) inside the margins mx (left and right), top
 * and bottom, and no two word boxes overlapping. */
static void check_geometry_page(const char *pdf, int page, double mx,
                                double top, double bottom)
{
  size_t n;
  double W, H;
  struct box *b;
  char path[1024];
  if (page) {
    char *out = run("pdfseparate -f %d -l %d '%s' '%s.p%d' 2>/dev/null", page,
                    page, pdf, pdf, page);
    free(out);
    snprintf(path, sizeof path, "%s.p%d", pdf, page);
  } else {
    snprintf(path, sizeof path, "%s", pdf);
  }
  b = boxes(path, &n, &W, &H);
  assert_true(n > 0);
  for (size_t i = 0; i < n; i++) {
    if (b[i].x0 < mx - 0.5 || b[i].x1 > W - mx + 0.5 || b[i].y0 < top - 0.5 ||
        b[i].y1 > H - bottom + 0.5)
      fail_msg("word '%s' at (%.1f,%.1f)-(%.1f,%.1f) outside the margins of "
               "%.0fx%.0f",
               b[i].word, b[i].x0, b[i].y0, b[i].x1, b[i].y1, W, H);
    for (size_t j = i + 1; j < n; j++) {
      double ox = fmin(b[i].x1, b[j].x1) - fmax(b[i].x0, b[j].x0);
      double oy = fmin(b[i].y1, b[j].y1) - fmax(b[i].y0, b[j].y0);
      if (ox > 0.5 && oy > 0.5)
        fail_msg("words '%s' and '%s' overlap", b[i].word, b[j].word);
    }
  }
  free(b);
}

static void check_geometry(const char *pdf)
{
  check_geometry_page(pdf, 0, 54, 40, 40);
}

/* Inked pixels (grey < 200) in the horizontal band [top, bottom) of the page,
 * given as fractions of its height, rendered at 30 dpi in grey. */
static size_t dark_in_band(const char *pdf, double top, double bottom)
{
  char *out = run("pdftoppm -gray -r 30 -singlefile '%s' 2>/dev/null", pdf);
  char *p = out;
  long w, h;
  size_t n = 0;
  assert_memory_equal(p, "P5", 2);
  w = strtol(p + 2, &p, 10);
  h = strtol(p, &p, 10);
  strtol(p, &p, 10); /* maxval */
  p++;               /* the single white space before the raster */
  for (long y = (long)(top * (double)h); y < (long)(bottom * (double)h); y++)
    for (long x = 0; x < w; x++)
      n += (unsigned char)p[y * w + x] < 200;
  free(out);
  return n;
}

static char *path_in_dir(const char *name)
{
  struct bc_buf b = BC_BUF_INIT(4096);
  bc_buf_addf(&b, "%s/%s", dir, name);
  return bc_buf_take(&b, NULL);
}

static const struct bc_report pass_report = {
    {12, 5, 3, 7, 4}, NULL, 0, 0, BC_VERDICT_PASS};

/* ---- the brief fits one page whatever the length ----------------------- */

struct fit_case {
  const char *name;
  struct shape shape;
  int expect_left_out;
};

static const struct fit_case fit_cases[] = {
    {"100-word note", {1, 60, 0, 0, 0, 30}, 0},
    {"typical essay", {6, 25, 5, 4, 2, 60}, 0},
    {"long timeline, short glossary", {4, 20, 12, 1, 1, 40}, 0},
    {"long essay", {30, 35, 25, 20, 12, 150}, 1},
    {"20,000-word essay", {400, 45, 300, 250, 150, 400}, 1},
};

/* How many of a kind the page says it left out ("To fit one page, these
 * were left out: 12 key points, 3 quotes."). */
static size_t said_left_out(const char *sq, const char *what)
{
  const char *p = strstr(sq, "Tofitonepage,thesewereleftout:"), *e;
  if (!p)
    return 0;
  e = strchr(p, '.');
  for (const char *q = p; q && q < e; q++) {
    if (*q >= '0' && *q <= '9') {
      char *end;
      unsigned long v = strtoul(q, &end, 10);
      if (!strncmp(end, what, strlen(what)))
        return v;
      q = end - 1;
    }
  }
  return 0;
}

static void test_brief_fits_one_page(void **state)
{
  (void)state;
  for (size_t c = 0; c < sizeof fit_cases / sizeof fit_cases[0]; c++) {
    const struct fit_case *fc = &fit_cases[c];
    struct bc_summary *s = make_summary(&fc->shape);
    struct bc_error err = BC_ERROR_INIT;
    char *out = path_in_dir("fit.pdf"), *text, *sq;
    size_t dropped, shown;
    assert_int_equal(bc_pdf_brief(s, &pass_report, NULL, out, &err), BC_OK);
    if (pages(out) != 1)
      fail_msg("%s: %d pages", fc->name, pages(out));
    text = run("pdftotext '%s' - 2>/dev/null", out);
    sq = squash(text);
    assert_true(contains_squashed(sq, s->title));
    assert_true(contains_squashed(sq, "Checked against the source"));
    dropped = said_left_out(sq, "keypoint");
    if (fc->expect_left_out != (strstr(sq, "leftout:") != NULL))
      fail_msg("%s: left-out note %s", fc->name,
               fc->expect_left_out ? "missing" : "unexpected");
    shown = s->n_key_points - dropped;
    assert_true(shown >= 1);
    for (size_t i = 0; i < s->n_key_points; i++) {
      char tag[32];
      snprintf(tag, sizeof tag, "KP%zu", i + 1);
      if (i < shown && !contains_squashed(sq, s->key_points[i].text))
        fail_msg("%s: key point %zu not shown in full", fc->name, i + 1);
      if (i >= shown && contains_squashed(sq, s->key_points[i].text))
        fail_msg("%s: key point %zu shown but counted out", fc->name, i + 1);
    }
    check_geometry(out);
    free(text);
    free(sq);
    free(out);
    bc_summary_free(s);
  }
}

/* One enormous key point and tl;dr are cut with an ellipsis and the page
 * says so, instead of overflowing. */
static void test_brief_shortens_giant_items(void **state)
{
  struct shape sh = {3, 20, 2, 2, 1, 3000};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  char *out = path_in_dir("giant.pdf"), *text, *sq;
  (void)state;
  free(s->key_points[1].text);
  s->key_points[1].text = prose(2500, 5);
  free(s->title);
  s->title = prose(200, 3);
  assert_int_equal(bc_pdf_brief(s, NULL, NULL, out, &err), BC_OK);
  assert_int_equal(pages(out), 1);
  text = run("pdftotext '%s' - 2>/dev/null", out);
  sq = squash(text);
  assert_non_null(strstr(sq, "shortened"));
  assert_non_null(strstr(sq, "\xe2\x80\xa6"));
  assert_true(contains_squashed(sq, s->key_points[0].text));
  assert_true(contains_squashed(sq, s->key_points[2].text));
  assert_non_null(strstr(sq, "Notcheckedagainstthesource"));
  check_geometry(out);
  free(text);
  free(sq);
  free(out);
  bc_summary_free(s);
}

/* ---- text the font must keep intact, or replace visibly ----------------- */

static void test_brief_non_ascii(void **state)
{
  struct shape sh = {2, 10, 1, 1, 1, 20};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  char *out = path_in_dir("utf8.pdf"), *text;
  (void)state;
  free(s->key_points[0].text);
  s->key_points[0].text =
      sdup("Caf\xc3\xa9 \xe2\x80\x94 \xe2\x80\x9cna\xc3\xafve\xe2\x80\x9d "
           "\xc2\xb1"
           "3% for \xe2\x82\xac"
           "1.5M r\xc3\xa9sum\xc3\xa9");
  free(s->key_points[1].text);
  s->key_points[1].text =
      sdup("Smile \xf0\x9f\x99\x82 and \xf0\x9d\x84\x9e end");
  assert_int_equal(bc_pdf_brief(s, &pass_report, NULL, out, &err), BC_OK);
  text = run("pdftotext '%s' - 2>/dev/null", out);
  assert_non_null(strstr(text, s->key_points[0].text));
  /* The emoji and a character outside the BMP become visible replacements
   * (a CJK one is drawn by the fallback face). */
  assert_non_null(strstr(text, "Smile \xef\xbf\xbd and \xef\xbf\xbd end"));
  assert_null(strstr(text, "\xf0\x9f\x99\x82"));
  free(text);
  free(out);
  bc_summary_free(s);
}

/* A font without a character: the second font draws it; without a second
 * font it becomes a visible replacement.  Only needed fonts are embedded. */
static void test_brief_fallback_font(void **state)
{
  struct shape sh = {1, 10, 0, 0, 0, 10};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  struct bc_pdf_opts o = BC_PDF_OPTS_INIT;
  char *out = path_in_dir("fallback.pdf"), *text, *fonts;
  (void)state;
  free(s->key_points[0].text);
  /* DejaVuSansMono lacks U+01FA and U+0222; DejaVuSans has both. */
  s->key_points[0].text = sdup("\xc7\xba"
                               "ngstr\xc3\xb6m \xc8\xa2 costs "
                               "\xe2\x82\xac"
                               "5 \xf0\x9f\x99\x82 done");
  o.font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";
  assert_int_equal(bc_pdf_brief(s, NULL, &o, out, &err), BC_OK);
  text = run("pdftotext '%s' - 2>/dev/null", out);
  assert_non_null(strstr(text, "\xc7\xba"
                               "ngstr\xc3\xb6m \xc8\xa2 costs "
                               "\xe2\x82\xac"
                               "5 \xef\xbf\xbd done"));
  free(text);
  fonts = run("pdffonts '%s' 2>/dev/null", out);
  assert_non_null(strstr(fonts, "DejaVuSansMono"));
  assert_non_null(strstr(fonts, "DejaVuSans,Book"));
  free(fonts);
  check_geometry(out);

  o.fallback_font_path = ""; /* none */
  assert_int_equal(bc_pdf_brief(s, NULL, &o, out, &err), BC_OK);
  text = run("pdftotext '%s' - 2>/dev/null", out);
  assert_non_null(strstr(text, "\xef\xbf\xbd"
                               "ngstr\xc3\xb6m \xef\xbf\xbd costs"));
  free(text);

  /* The default font needs no second one: one font embedded. */
  assert_int_equal(bc_pdf_brief(s, NULL, NULL, out, &err), BC_OK);
  fonts = run("pdffonts '%s' 2>/dev/null | grep -c TrueType", out);
  assert_int_equal((int)strtol(fonts, NULL, 10), 1);
  free(fonts);
  free(out);
  bc_summary_free(s);
}

/* ---- metadata, link, paper, reproducible bytes -------------------------- */

static void test_brief_metadata_and_reproducible(void **state)
{
  struct shape sh = {3, 12, 2, 2, 1, 20};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  struct bc_pdf_opts o = BC_PDF_OPTS_INIT;
  char *a = path_in_dir("a.pdf"), *b = path_in_dir("b.pdf"), *info, *raw;
  size_t la, lb;
  char *da, *db;
  (void)state;
  o.created = 1700000000; /* 2023-11-14T22:13:20Z */
  o.paper = BC_PAPER_LETTER;
  assert_int_equal(bc_pdf_brief(s, &pass_report, &o, a, &err), BC_OK);
  assert_int_equal(bc_pdf_brief(s, &pass_report, &o, b, &err), BC_OK);
  da = run("cat '%s'", a);
  db = run("cat '%s'", b);
  la = strlen(da);
  lb = strlen(db);
  assert_int_equal(la, lb);
  assert_memory_equal(da, db, la);
  info = run("pdfinfo '%s' 2>/dev/null", a);
  assert_non_null(strstr(info, "Title:           Error budgets in practice"));
  assert_non_null(strstr(info, "Author:          Jane M\xc3\xbcller"));
  assert_non_null(strstr(info, "Creator:         briefcast"));
  assert_non_null(strstr(info, "Keywords:        briefcast, SLO\n"));
  assert_non_null(strstr(info, "Subject:         One-page brief"));
  assert_non_null(strstr(info, "Nov 14 22:13:20 2023 UTC"));
  assert_non_null(strstr(info, "612 x 792 pts (letter)"));
  raw = run("strings '%s'", a);
  assert_non_null(strstr(
      raw, "/URI (https:\\057\\057example.com\\057blog\\057error-budgets)"));
  free(raw);
  free(info);
  free(da);
  free(db);
  free(a);
  free(b);
  bc_summary_free(s);
}

/* ---- the page is drawn where it should be -------------------------------- */

static void test_brief_regions_not_blank(void **state)
{
  struct shape sh = {6, 25, 5, 4, 2, 60};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  char *out = path_in_dir("png.pdf");
  (void)state;
  assert_int_equal(bc_pdf_brief(s, &pass_report, NULL, out, &err), BC_OK);
  assert_true(dark_in_band(out, 0.05, 0.13) > 50);   /* title */
  assert_true(dark_in_band(out, 0.25, 0.50) > 200);  /* key points */
  assert_true(dark_in_band(out, 0.55, 0.75) > 100);  /* timeline, glossary */
  assert_true(dark_in_band(out, 0.88, 0.95) > 30);   /* checked panel */
  assert_int_equal(dark_in_band(out, 0.0, 0.03), 0); /* top margin */
  free(out);
  bc_summary_free(s);
}

/* ---- failures: clear errors, no output ----------------------------------- */

static void test_brief_errors(void **state)
{
  struct shape sh = {2, 10, 0, 0, 0, 10};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  struct bc_pdf_opts o = BC_PDF_OPTS_INIT;
  char *out = path_in_dir("nofont.pdf");
  struct stat st;
  (void)state;
  o.font_path = "/nonexistent/Font.ttf";
  assert_int_equal(bc_pdf_brief(s, NULL, &o, out, &err), BC_ERR_IO);
  assert_non_null(strstr(err.msg, "cannot load font '/nonexistent/Font.ttf'"));
  assert_int_not_equal(stat(out, &st), 0);
  o.font_path = "/etc/hostname"; /* not a font at all */
  assert_int_equal(bc_pdf_brief(s, NULL, &o, out, &err), BC_ERR_IO);
  assert_int_not_equal(stat(out, &st), 0);
  assert_int_equal(
      bc_pdf_brief(s, NULL, NULL, "/nonexistent-dir/brief.pdf", &err),
      BC_ERR_OUTPUT);
  assert_non_null(strstr(err.msg, "'/nonexistent-dir/brief.pdf'"));
  assert_int_equal(bc_pdf_brief(NULL, NULL, NULL, out, &err), BC_ERR_USAGE);
  free(out);
  bc_summary_free(s);
}

/* ---- line breaking --------------------------------------------------------
 * Internal, but each case is something a reader sees on the page. */

struct wrap_fixture {
  struct bc__pdf *pdf;
};

static struct bc__pdf *open_ctx(void)
{
  static const struct bc_pdf_opts o = BC_PDF_OPTS_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc__pdf *pdf = bc__calloc(1, sizeof *pdf);
  assert_non_null(pdf);
  if (setjmp(pdf->jump))
    fail_msg("libharu error 0x%04lX", pdf->hpdf_error);
  assert_int_equal(bc__pdf_open(pdf, &o, &err), BC_OK);
  return pdf;
}

/* The text of line i, with hyphens that the breaking added. */
static char *line_text(const struct bc__pdf_lines *l, size_t i)
{
  struct bc_buf b = BC_BUF_INIT(1 << 20);
  const struct bc__pdf_line *ln = &l->lines[i];
  for (size_t k = 0; k < ln->n; k++) {
    const struct bc__pdf_word *w = &l->words[ln->first + k];
    if (k && !w->glue)
      bc_buf_addc(&b, ' ');
    bc_buf_add(&b, w->p, w->len);
    if (w->hyph)
      bc_buf_addc(&b, '-');
  }
  return bc_buf_take(&b, NULL);
}

static void test_wrap(void **state)
{
  struct bc__pdf *pdf = open_ctx();
  struct bc__pdf_para para = {0};
  struct bc__pdf_lines l = {0};
  char long_e[2 * 150 + 1];
  (void)state;

  /* Lines never exceed the width; a line does not end in "a". */
  assert_int_equal(bc__pdf_para_add(pdf, &para,
                                    "We measured it in a comprehensive "
                                    "way and a remarkable result emerged "
                                    "for a reliability team",
                                    0),
                   BC_OK);
  for (double w = 60; w < 300; w += 7) {
    assert_int_equal(bc__pdf_wrap(pdf, &para, 10, w, 0, 0, &l), BC_OK);
    for (size_t i = 0; i < l.n; i++) {
      char *t = line_text(&l, i);
      size_t n = strlen(t);
      assert_true(l.lines[i].width <= w + 0.01);
      /* Avoidable: "a" and the next line's first word fit together. */
      if (i + 1 < l.n && n >= 2 && t[n - 2] == ' ' && t[n - 1] == 'a') {
        const struct bc__pdf_word *nx = &l.words[l.lines[i + 1].first];
        double both = (pdf->space_w + bc__pdf_width(pdf, "a", 1, 0) + nx->w) *
                      10 / 1000.0;
        if (both <= w)
          fail_msg("width %.0f: line '%s' ends in a dangling 'a'", w, t);
      }
      free(t);
    }
  }
  bc__pdf_para_release(&para);

  /* A long word of two-byte characters breaks on character boundaries. */
  for (size_t i = 0; i < 150; i++)
    memcpy(long_e + 2 * i, "\xc3\xa9", 2);
  long_e[300] = '\0';
  assert_int_equal(bc__pdf_para_add(pdf, &para, long_e, 0), BC_OK);
  assert_int_equal(bc__pdf_wrap(pdf, &para, 10, 100, 0, 0, &l), BC_OK);
  assert_true(l.n > 5);
  {
    size_t total = 0;
    for (size_t i = 0; i < l.n; i++) {
      const struct bc__pdf_word *w = &l.words[l.lines[i].first];
      assert_int_equal(w->len % 2, 0);
      assert_true(l.lines[i].width <= 100.01);
      total += w->len;
    }
    assert_int_equal(total, 300);
  }
  bc__pdf_para_release(&para);

  /* A URL breaks after a slash, not in the middle of a path segment. */
  assert_int_equal(
      bc__pdf_para_add(pdf, &para,
                       "https://example.com/alpha/beta/gamma/delta/epsilon", 0),
      BC_OK);
  assert_int_equal(bc__pdf_wrap(pdf, &para, 10, 120, 0, 0, &l), BC_OK);
  assert_true(l.n >= 2);
  {
    char *t = line_text(&l, 0);
    assert_int_equal(t[strlen(t) - 1], '/');
    free(t);
  }
  bc__pdf_para_release(&para);

  /* Words joined by an em dash break after the dash. */
  assert_int_equal(bc__pdf_para_add(pdf, &para,
                                    "we want reliability\xe2\x80\x94"
                                    "availability",
                                    0),
                   BC_OK);
  assert_int_equal(bc__pdf_wrap(pdf, &para, 10, 120, 0, 0, &l), BC_OK);
  assert_int_equal(l.n, 2);
  {
    char *t = line_text(&l, 0);
    assert_string_equal(t, "we want reliability\xe2\x80\x94");
    free(t);
  }
  bc__pdf_para_release(&para);

  /* In a narrow column a long word is hyphenated where libhyphen allows. */
  assert_int_equal(bc__pdf_para_add(pdf, &para,
                                    "the infrastructure was comprehensively "
                                    "reorganized",
                                    0),
                   BC_OK);
  assert_int_equal(bc__pdf_wrap(pdf, &para, 10, 90, 1, 0, &l), BC_OK);
  {
    int hyphenated = 0;
    struct bc_buf all = BC_BUF_INIT(4096);
    for (size_t i = 0; i < l.n; i++) {
      char *t = line_text(&l, i);
      size_t n = strlen(t);
      if (n && t[n - 1] == '-') {
        hyphenated = 1;
        t[n - 1] = '\0';
        bc_buf_adds(&all, t);
      } else {
        bc_buf_adds(&all, t);
        bc_buf_addc(&all, ' ');
      }
      assert_true(l.lines[i].width <= 90.01);
      free(t);
    }
    assert_true(hyphenated);
    assert_string_equal(bc_buf_str(&all),
                        "the infrastructure was comprehensively reorganized ");
    bc_buf_release(&all);
  }

  /* max_lines cuts with an ellipsis. */
  assert_int_equal(bc__pdf_wrap(pdf, &para, 10, 80, 0, 2, &l), BC_OK);
  assert_int_equal(l.n, 2);
  assert_true(l.shortened);
  {
    char *t = line_text(&l, 1);
    assert_non_null(strstr(t, "\xe2\x80\xa6"));
    free(t);
  }
  bc__pdf_para_release(&para);
  bc__pdf_lines_release(&l);
  bc__pdf_close(pdf);
}

/* ---- the slide deck ------------------------------------------------------ */

static size_t count(const char *hay, const char *needle)
{
  size_t n = 0;
  for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
    n++;
  return n;
}

static void test_slides(void **state)
{
  struct shape sh = {14, 30, 9, 8, 0, 60};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  struct bc_pdf_opts o = BC_PDF_OPTS_INIT;
  char *out = path_in_dir("deck.pdf"), *all, *sq, *raw;
  int n;
  (void)state;
  s->n_sections = 2;
  s->sections = bc__calloc(2, sizeof *s->sections);
  assert_non_null(s->sections);
  s->sections[0].heading = sdup("Why budgets");
  s->sections[0].summary = prose(40, 2);
  s->sections[1].heading = sdup("How we measure");
  s->sections[1].summary = prose(50, 3);
  assert_int_equal(bc_pdf_slides(s, &pass_report, &o, out, &err), BC_OK);
  n = pages(out);
  /* Title, at least 3 key point slides (14 / 6), 2 sections, 2 timeline
   * (9 / 6), 2 glossary (8 / 6) and the closing slide. */
  assert_true(n >= 1 + 3 + 2 + 2 + 2 + 1);
  all = run("pdftotext '%s' - 2>/dev/null", out);
  sq = squash(all);
  for (size_t i = 0; i < s->n_key_points; i++)
    if (!contains_squashed(sq, s->key_points[i].text))
      fail_msg("key point %zu missing from the deck", i + 1);
  for (size_t i = 0; i < s->n_timeline; i++)
    assert_true(contains_squashed(sq, s->timeline[i].event));
  assert_true(contains_squashed(sq, s->sections[1].summary));
  /* A clean pass has no slide of its own: nothing there for a reader. */
  assert_null(strstr(all, "What was checked"));
  assert_null(strstr(all, "PASS"));
  for (int p = 1; p <= n; p++) {
    char *t = run("pdftotext -f %d -l %d '%s' - 2>/dev/null", p, p, out);
    char num[32];
    snprintf(num, sizeof num, "%d / %d", p, n);
    if (!strstr(t, num))
      fail_msg("slide %d has no number '%s'", p, num);
    if (count(t, "\xe2\x80\xa2") > 6)
      fail_msg("slide %d has more than six bullets", p);
    free(t);
    check_geometry_page(out, p, 64, 20, 10);
  }
  /* One bookmark per slide. */
  raw = run("strings '%s' | grep -c '/Dest '", out);
  assert_int_equal((int)strtol(raw, NULL, 10), n);
  free(raw);
  /* 16:9 and the dark theme is dark. */
  raw = run("pdfinfo '%s' 2>/dev/null", out);
  assert_non_null(strstr(raw, "960 x 540 pts"));
  free(raw);
  /* The band holds 400 x 90 pixels at 30 dpi. */
  assert_true(dark_in_band(out, 0.3, 0.7) < 9000);
  o.theme = BC_THEME_DARK;
  assert_int_equal(bc_pdf_slides(s, NULL, &o, out, &err), BC_OK);
  assert_true(dark_in_band(out, 0.3, 0.7) > 27000);
  free(all);
  free(sq);
  free(out);
  bc_summary_free(s);
}

/* The text of the deck's key figures slide (a "Key points" page without
 * bullets), or NULL when the deck has none. */
static char *figures_page(const char *pdf)
{
  int n = pages(pdf);
  for (int p = 1; p <= n; p++) {
    char *t = run("pdftotext -f %d -l %d '%s' - 2>/dev/null", p, p, pdf);
    if (!strncmp(t, "Key points", 10) && !strstr(t, "\xe2\x80\xa2"))
      return t;
    free(t);
  }
  return NULL;
}

static void set_points(struct bc_summary *s, const char *const *kp, size_t n)
{
  for (size_t i = 0; i < s->n_key_points; i++)
    free(s->key_points[i].text);
  free(s->key_points);
  s->n_key_points = n;
  s->key_points = bc__calloc(n + 1, sizeof *s->key_points);
  assert_non_null(s->key_points);
  for (size_t i = 0; i < n; i++)
    s->key_points[i].text = sdup(kp[i]);
}

/* A key figure is a quantity that means something alone, with a unit or
 * a counted noun, shown over its whole sentence: never a year, a piece of
 * a compound word, a count of a few things, a jersey number, or a figure
 * whose sentence leans on one before it; and a lone figure makes no
 * slide. */
static void test_slides_key_figures_worth_a_card(void **state)
{
  static const char *const kp[] = {
      "The festival returned in 2016 after a long break in the town.",
      "The 19-year-old striker joined the club from a rival in the summer.",
      "The side scored three points in the final minute of the game.",
      "The number 10 shirt went to the youngest player in the squad.",
      "The van was parked outside 3170 W. County Road for a whole week.",
      "The walk to the summit was a 45 minute climb over loose rocks.",
      "He said the deal was worth 600 million dollars to the firm.",
      "The council spent 4.5 million pounds on the new bridge over the river.",
      "The museum drew 250,000 visitors in its first year of opening."};
  struct shape sh = {1, 20, 0, 0, 0, 30};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  char *out = path_in_dir("figures.pdf"), *t;
  (void)state;
  set_points(s, kp, sizeof kp / sizeof kp[0]);
  assert_int_equal(bc_pdf_slides(s, &pass_report, NULL, out, &err), BC_OK);
  t = figures_page(out);
  assert_non_null(t);
  assert_non_null(strstr(t, "250,000 visitors"));
  assert_non_null(strstr(t, "4.5 million pounds"));
  /* each under its whole sentence */
  assert_non_null(strstr(t, "first year of opening"));
  assert_non_null(strstr(t, "over the river"));
  assert_null(strstr(t, "2016"));
  assert_null(strstr(t, "19-year"));
  assert_null(strstr(t, "three points"));
  assert_null(strstr(t, "10 shirt"));
  assert_null(strstr(t, "600 million"));
  assert_null(strstr(t, "3170"));
  assert_null(strstr(t, "45 minute"));
  free(t);
  /* one figure worth a card alone: no slide of one big number */
  set_points(s, kp, 8);
  assert_int_equal(bc_pdf_slides(s, &pass_report, NULL, out, &err), BC_OK);
  t = figures_page(out);
  assert_null(t);
  free(out);
  bc_summary_free(s);
}

/* One slide a quote, the summary's first two only: four quote slides
 * in a row read as filler. */
static void test_slides_two_quote_slides_at_most(void **state)
{
  struct shape sh = {3, 12, 0, 0, 4, 20};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  char *out = path_in_dir("quotes.pdf"), *all, *sq, *q0, *q1;
  int n, quote_pages = 0;
  (void)state;
  assert_int_equal(bc_pdf_slides(s, NULL, NULL, out, &err), BC_OK);
  n = pages(out);
  for (int p = 1; p <= n; p++) {
    char *t = run("pdftotext -f %d -l %d '%s' - 2>/dev/null", p, p, out);
    quote_pages += !strncmp(t, "Quotes", 6);
    free(t);
  }
  assert_int_equal(quote_pages, 2);
  all = run("pdftotext '%s' - 2>/dev/null", out);
  sq = squash(all);
  q0 = s->quotes[0].text;
  q1 = s->quotes[1].text;
  assert_true(contains_squashed(sq, q0) && contains_squashed(sq, q1));
  free(all);
  free(sq);
  free(out);
  bc_summary_free(s);
}

/* No slide of one bullet: a section the provider made no slide of and
 * whose summary is one sentence is left out of the deck (the brief has
 * it), one of two sentences gets its slide; the agenda lists exactly the
 * sections shown; a glossary of one term makes neither a slide nor a
 * bullet among the key points (a term is no key point: the brief has it). */
static void test_slides_no_one_bullet_filler(void **state)
{
  static const char *const heads[] = {"Harbour works", "Ferry timetable",
                                      "Lonely corner", "Paired notes"};
  static const char *const sums[] = {
      "The harbour wall was raised by a metre. Cranes worked all winter.",
      "Ferries run every hour. The last one leaves at ten.",
      "A single remark stands here.",
      "The first note is short. The second note is short too."};
  struct shape sh = {3, 12, 0, 1, 0, 20};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  char *out = path_in_dir("filler.pdf"), *agenda = NULL, *kp = NULL;
  int n, lone = 0, paired = 0, gloss = 0;
  (void)state;
  s->n_sections = 4;
  s->sections = bc__calloc(4, sizeof *s->sections);
  for (size_t i = 0; i < 4; i++) {
    s->sections[i].heading = sdup(heads[i]);
    s->sections[i].summary = sdup(sums[i]);
  }
  s->n_slides = 4;
  s->slides = bc__calloc(4, sizeof *s->slides);
  s->slides[0].title = sdup(s->title);
  s->slides[1].title = sdup(heads[0]);
  s->slides[2].title = sdup(heads[1]);
  s->slides[3].title = sdup("Key points");
  for (size_t i = 0; i < 4; i++)
    s->slides[i].bullets = bc__calloc(4, sizeof(char *));
  s->slides[0].bullets[0] = sdup(heads[0]);
  s->slides[0].bullets[1] = sdup(heads[1]);
  s->slides[0].n_bullets = 2;
  for (size_t i = 1; i < 3; i++) {
    s->slides[i].bullets[0] = sdup("A first line of the slide.");
    s->slides[i].bullets[1] = sdup("A second line of the slide.");
    s->slides[i].n_bullets = 2;
  }
  for (size_t i = 0; i < 3; i++)
    s->slides[3].bullets[i] = sdup(s->key_points[i].text);
  s->slides[3].n_bullets = 3;
  assert_int_equal(bc_pdf_slides(s, NULL, NULL, out, &err), BC_OK);
  n = pages(out);
  for (int p = 1; p <= n; p++) {
    char *t = run("pdftotext -f %d -l %d '%s' - 2>/dev/null", p, p, out);
    lone += !strncmp(t, "Lonely corner", 13);
    paired += !strncmp(t, "Paired notes", 12);
    gloss += !strncmp(t, "Glossary", 8);
    if (!agenda && strstr(t, "Ferry timetable") && strstr(t, "Harbour works") &&
        !strstr(t, "first line"))
      agenda = t;
    else if (!kp && !strncmp(t, "Key points", 10))
      kp = t;
    else
      free(t);
  }
  assert_int_equal(lone, 0);
  assert_int_equal(paired, 1);
  assert_int_equal(gloss, 0);
  assert_non_null(agenda);
  assert_non_null(strstr(agenda, "Paired notes"));
  assert_null(strstr(agenda, "Lonely corner"));
  assert_non_null(kp);
  assert_null(strstr(kp, "Service Level Objective"));
  free(agenda);
  free(kp);
  free(out);
  bc_summary_free(s);
}

/* On the drawn timeline an entry without a year ("XXXX-05") stays where
 * the summary put it, after the dated entry before it, and a dated entry
 * the summary gives later is not drawn before it. */
static void test_slides_timeline_keeps_year_less_place(void **state)
{
  struct shape sh = {3, 12, 3, 0, 0, 20};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  char *out = path_in_dir("tl-order.pdf"), *all, *may, *nov, *late;
  (void)state;
  free(s->timeline[0].date);
  free(s->timeline[0].iso);
  s->timeline[0].date = sdup("May");
  s->timeline[0].iso = sdup("XXXX-05");
  free(s->timeline[1].date);
  free(s->timeline[1].iso);
  s->timeline[1].date = sdup("Nov. 18");
  s->timeline[1].iso = sdup("XXXX-11-18");
  free(s->timeline[2].date);
  free(s->timeline[2].iso);
  s->timeline[2].date = sdup("2031");
  s->timeline[2].iso = sdup("2031");
  assert_int_equal(bc_pdf_slides(s, NULL, NULL, out, &err), BC_OK);
  all = run("pdftotext -layout '%s' - 2>/dev/null", out);
  assert_non_null(strstr(all, "Timeline"));
  may = strstr(strstr(all, "Timeline"), "May");
  nov = strstr(strstr(all, "Timeline"), "Nov. 18");
  late = strstr(strstr(all, "Timeline"), "2031");
  assert_non_null(may);
  assert_non_null(nov);
  assert_non_null(late);
  assert_true(may < nov && nov < late);
  free(all);
  free(out);
  bc_summary_free(s);
}

/* The closing "what was checked" slide is there when the check has
 * something a reader should know (a warning left standing, no check at
 * all) and only then; its verdict and the finding's words are on it. */
static void test_slides_checked_only_when_worth_it(void **state)
{
  struct shape sh = {4, 20, 2, 0, 0, 30};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  struct bc_finding f = {0};
  struct bc_report warn = {{12, 5, 3, 7, 4}, &f, 1, 0, BC_VERDICT_WARN};
  char *out = path_in_dir("checked.pdf"), *all;
  int clean, warned;
  (void)state;
  f.kind = "name";
  f.severity = BC_SEV_WARNING;
  f.message = "the source never names this";
  f.claim = "Zorblax";
  assert_int_equal(bc_pdf_slides(s, &pass_report, NULL, out, &err), BC_OK);
  clean = pages(out);
  all = run("pdftotext '%s' - 2>/dev/null", out);
  assert_null(strstr(all, "What was checked"));
  free(all);
  assert_int_equal(bc_pdf_slides(s, &warn, NULL, out, &err), BC_OK);
  warned = pages(out);
  all = run("pdftotext '%s' - 2>/dev/null", out);
  assert_non_null(strstr(all, "What was checked"));
  assert_non_null(strstr(all, "WARN"));
  assert_non_null(strstr(all, "Zorblax"));
  assert_true(warned > clean);
  free(all);
  /* a warning that was repaired leaves nothing to tell */
  f.repaired_to = "Zorb";
  warn.verdict = BC_VERDICT_PASS;
  assert_int_equal(bc_pdf_slides(s, &warn, NULL, out, &err), BC_OK);
  assert_int_equal(pages(out), clean);
  /* no check at all is told */
  assert_int_equal(bc_pdf_slides(s, NULL, NULL, out, &err), BC_OK);
  all = run("pdftotext '%s' - 2>/dev/null", out);
  assert_non_null(strstr(all, "not checked against its source"));
  free(all);
  free(out);
  bc_summary_free(s);
}

/* Long labels are shown whole, never cut: a title of seventy words on the
 * title slide, a section heading of forty words as its slide's title, and
 * a timeline entry of forty-five words under its date.  (No label of the
 * deck goes through a buffer of a fixed size; this is the user's view.) */
static void test_slides_long_labels_whole(void **state)
{
  struct shape sh = {3, 12, 3, 0, 0, 20};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  char *out = path_in_dir("long-labels.pdf"), *all, *sq;
  (void)state;
  free(s->title);
  s->title = prose(70, 5);
  s->n_sections = 1;
  s->sections = bc__calloc(1, sizeof *s->sections);
  assert_non_null(s->sections);
  s->sections[0].heading = prose(40, 6);
  s->sections[0].summary = prose(30, 2);
  free(s->timeline[1].event);
  s->timeline[1].event = prose(45, 9);
  assert_true(strlen(s->title) > 400);
  assert_true(strlen(s->sections[0].heading) > 240);
  assert_int_equal(bc_pdf_slides(s, NULL, NULL, out, &err), BC_OK);
  all = run("pdftotext '%s' - 2>/dev/null", out);
  sq = squash(all);
  if (!contains_squashed(sq, s->title))
    fail_msg("the long title is not whole in the deck");
  if (!contains_squashed(sq, s->sections[0].heading))
    fail_msg("the long section heading is not whole on its slide");
  if (!contains_squashed(sq, s->timeline[1].event))
    fail_msg("the long timeline entry is not whole");
  assert_null(strstr(all, "\xe2\x80\xa6")); /* nothing cut */
  free(all);
  free(sq);
  free(out);
  bc_summary_free(s);
}

/* ---- report.json read back --------------------------------------------------
 */

static void test_report_read(void **state)
{
  struct bc_report r = {{3, 2, 1, 4, 5}, NULL, 0, 1, BC_VERDICT_WARN};
  struct bc_finding f[2];
  struct bc_report *back = NULL;
  struct bc_error err = BC_ERROR_INIT;
  char *json;
  static const struct {
    const char *json;
    bc_status rc;
  } bad[] = {
      {"not json", BC_ERR_PARSE},
      {"{\"schema\":\"briefcast.summary/1\"}", BC_ERR_SCHEMA},
      {"{\"schema\":\"briefcast.validation/1\",\"verdict\":\"ok\"}",
       BC_ERR_SCHEMA},
      {"{\"schema\":\"briefcast.validation/1\",\"verdict\":\"pass\","
       "\"checked\":{\"evidence\":1,\"dates\":-1,\"acronyms\":0,\"numbers\":0,"
       "\"names\":0},\"findings\":[]}",
       BC_ERR_SCHEMA},
  };
  (void)state;
  memset(f, 0, sizeof f);
  f[0].kind = "date";
  f[0].severity = BC_SEV_ERROR;
  f[0].field = "tldr";
  f[0].claim = "2023";
  f[0].source_says = "2024";
  f[0].message = "the source says 2024";
  f[1] = f[0];
  f[1].severity = BC_SEV_WARNING;
  r.findings = f;
  r.n_findings = 2;
  json = bc_report_to_json(&r);
  assert_non_null(json);
  assert_int_equal(
      bc_pdf_report_read(json, strlen(json), "report.json", &back, &err),
      BC_OK);
  assert_int_equal(back->checked.evidence, 3);
  assert_int_equal(back->checked.names, 5);
  assert_int_equal(back->verdict, BC_VERDICT_WARN);
  assert_int_equal(back->n_findings, 2);
  assert_int_equal(back->findings[0].severity, BC_SEV_ERROR);
  assert_int_equal(back->findings[1].severity, BC_SEV_WARNING);
  assert_string_equal(back->findings[0].message, "the source says 2024");
  bc_report_free(back);
  free(json);
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    back = NULL;
    assert_int_equal(bc_pdf_report_read(bad[i].json, strlen(bad[i].json),
                                        "r.json", &back, &err),
                     bad[i].rc);
    assert_null(back);
    assert_non_null(strstr(err.msg, "'r.json'"));
  }
}

/* ---- hostile text: invalid UTF-8, controls, giant tokens ------------------
 */

static char *garbage(unsigned *seed, size_t n)
{
  char *g = bc__malloc(n + 1);
  assert_non_null(g);
  for (size_t i = 0; i < n; i++) {
    *seed = *seed * 1103515245u + 12345u;
    /* Mostly letters and spaces, some raw bytes of every value. */
    unsigned r = (*seed >> 16) % 100;
    g[i] = r < 60   ? (char)('a' + (*seed >> 8) % 26)
           : r < 75 ? ' '
                    : (char)(1 + (*seed >> 8) % 255);
  }
  g[n] = '\0';
  return g;
}

static void test_hostile_text(void **state)
{
  struct shape sh = {8, 10, 4, 4, 2, 10};
  unsigned seed = 7;
  (void)state;
  for (int round = 0; round < 4; round++) {
    struct bc_summary *s = make_summary(&sh);
    struct bc_error err = BC_ERROR_INIT;
    char *out = path_in_dir("hostile.pdf");
    free(s->title);
    s->title = garbage(&seed, 300);
    for (size_t i = 0; i < s->n_key_points; i++) {
      free(s->key_points[i].text);
      s->key_points[i].text = garbage(&seed, 40 + 400 * (i % 3));
    }
    free(s->source.url);
    s->source.url = garbage(&seed, 700); /* one long token, mostly */
    free(s->glossary[0].term);
    s->glossary[0].term = garbage(&seed, 200);
    assert_int_equal(bc_pdf_brief(s, NULL, NULL, out, &err), BC_OK);
    assert_int_equal(pages(out), 1);
    check_geometry(out);
    assert_int_equal(bc_pdf_slides(s, NULL, NULL, out, &err), BC_OK);
    assert_true(pages(out) >= 5);
    free(out);
    bc_summary_free(s);
  }
}

/* ---- out of memory at every allocation ---------------------------------- */

static void torture(bc_status (*fn)(const struct bc_summary *,
                                    const struct bc_report *,
                                    const struct bc_pdf_opts *, const char *,
                                    struct bc_error *),
                    const char *name)
{
  struct shape sh = {4, 12, 3, 3, 1, 20};
  struct bc_summary *s = make_summary(&sh);
  struct bc_error err = BC_ERROR_INIT;
  char *out = path_in_dir(name);
  struct stat st;
  long total, step;
  bc__alloc_fail_after(0);
  assert_int_equal(fn(s, &pass_report, NULL, out, &err), BC_OK);
  total = bc__alloc_count();
  assert_true(total > 10);
  remove(out);
  /* Every allocation from the n-th on fails; about 120 runs in all. */
  step = total / 120 + 1;
  for (long n = 1; n <= total; n += step) {
    bc_status rc;
    bc__alloc_fail_after(n);
    rc = fn(s, &pass_report, NULL, out, &err);
    bc__alloc_fail_after(0);
    if (rc != BC_ERR_NOMEM)
      fail_msg("%s: allocation %ld of %ld failing gave status %d", name, n,
               total, (int)rc);
    if (stat(out, &st) == 0)
      fail_msg("%s: output left behind when allocation %ld failed", name, n);
  }
  free(out);
  bc_summary_free(s);
}

static void test_out_of_memory(void **state)
{
  (void)state;
  torture(bc_pdf_brief, "oom-brief.pdf");
  torture(bc_pdf_slides, "oom-slides.pdf");
}

/* A summary with nothing but a title still makes one honest page. */
static void test_empty_summary(void **state)
{
  struct bc_summary *s = bc_summary_new();
  struct bc_error err = BC_ERROR_INIT;
  char *out = path_in_dir("empty.pdf"), *text;
  (void)state;
  assert_non_null(s);
  assert_int_equal(bc_pdf_brief(s, NULL, NULL, out, &err), BC_OK);
  assert_int_equal(pages(out), 1);
  text = run("pdftotext '%s' - 2>/dev/null", out);
  assert_non_null(strstr(text, "Untitled"));
  assert_non_null(strstr(text, "Not checked against the source"));
  free(text);
  assert_int_equal(bc_pdf_slides(s, NULL, NULL, out, &err), BC_OK);
  assert_int_equal(pages(out), 2); /* title and what was checked */
  /* a source address with nothing to show ("/", a folder) is no error */
  s->source.url = sdup("/");
  assert_int_equal(bc_pdf_slides(s, NULL, NULL, out, &err), BC_OK);
  free(s->source.url);
  s->source.url = sdup("notes/");
  assert_int_equal(bc_pdf_slides(s, NULL, NULL, out, &err), BC_OK);
  /* nor is a file's name a source to show ("Source: source.txt") */
  free(s->source.url);
  s->source.url = sdup("/tmp/in/source.txt");
  assert_int_equal(bc_pdf_slides(s, NULL, NULL, out, &err), BC_OK);
  text = run("pdftotext '%s' - 2>/dev/null", out);
  assert_null(strstr(text, "source.txt"));
  assert_null(strstr(text, "Source:"));
  free(text);
  assert_int_equal(bc_pdf_brief(s, NULL, NULL, out, &err), BC_OK);
  text = run("pdftotext '%s' - 2>/dev/null", out);
  assert_null(strstr(text, "source.txt"));
  free(text);
  free(out);
  bc_summary_free(s);
}

static int setup(void **state)
{
  (void)state;
  dir = bc_test_tmpdir("test-pdf");
  return dir ? 0 : -1;
}

static int teardown(void **state)
{
  int rc;
  (void)state;
  rc = bc_test_tmpdir_remove(dir);
  dir = NULL;
  return rc;
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_wrap),
      cmocka_unit_test(test_brief_fits_one_page),
      cmocka_unit_test(test_brief_shortens_giant_items),
      cmocka_unit_test(test_brief_non_ascii),
      cmocka_unit_test(test_brief_fallback_font),
      cmocka_unit_test(test_brief_metadata_and_reproducible),
      cmocka_unit_test(test_brief_regions_not_blank),
      cmocka_unit_test(test_brief_errors),
      cmocka_unit_test(test_slides),
      cmocka_unit_test(test_slides_checked_only_when_worth_it),
      cmocka_unit_test(test_slides_key_figures_worth_a_card),
      cmocka_unit_test(test_slides_timeline_keeps_year_less_place),
      cmocka_unit_test(test_slides_two_quote_slides_at_most),
      cmocka_unit_test(test_slides_no_one_bullet_filler),
      cmocka_unit_test(test_slides_long_labels_whole),
      cmocka_unit_test(test_report_read),
      cmocka_unit_test(test_hostile_text),
      cmocka_unit_test(test_out_of_memory),
      cmocka_unit_test(test_empty_summary),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
