/* test_render_text.c - brief.md and brief.html: every part of the summary
 * and of the validation report shows up, source text is escaped (a hostile
 * essay cannot inject markup), only web URLs become links, and running out
 * of memory gives NULL, never half a page. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/render.h"
#include "briefcast/summary.h"
#include "briefcast/validate.h"
#include "util/alloc.h"

static char *xdup(const char *s)
{
  char *d = strdup(s);
  assert_non_null(d);
  return d;
}

static struct bc_summary *sample(const char *url)
{
  struct bc_summary *s = bc_summary_new();
  assert_non_null(s);
  s->title = xdup("Tags <script>alert(1)</script> & *stars*");
  s->source.title = xdup("The \"Harbor\" essay");
  s->source.author = xdup("Ines Okafor");
  s->source.date = xdup("2024-07-20");
  s->source.url = xdup(url);
  s->source.sha256 = xdup("");
  s->provider = xdup("local");
  s->tldr = xdup("The platform grew from 1 server to 14 machines.");
  s->n_key_points = 2;
  s->key_points = calloc(2, sizeof *s->key_points);
  s->key_points[0].text = xdup("# Not a heading, and 3 < 4.");
  s->key_points[0].n_evidence = 1;
  s->key_points[0].evidence = calloc(1, sizeof(struct bc_evidence));
  /* the local provider's evidence: the point's words without its stop */
  s->key_points[0].evidence[0].quote = xdup("# Not a heading, and 3 < 4");
  s->key_points[1].text = xdup("Recovery got faster.");
  s->key_points[1].n_evidence = 1;
  s->key_points[1].evidence = calloc(1, sizeof(struct bc_evidence));
  s->key_points[1].evidence[0].quote =
      xdup("Mean time to recovery fell from 31 hours to 2.5 hours.");
  s->n_sections = 1;
  s->sections = calloc(1, sizeof *s->sections);
  s->sections[0].heading = xdup("The first cluster");
  s->sections[0].summary = xdup("Between 2014 and June 2016 it grew.");
  s->n_timeline = 1;
  s->timeline = calloc(1, sizeof *s->timeline);
  s->timeline[0].date = xdup("3 March 2014");
  s->timeline[0].iso = xdup("2014-03-03");
  s->timeline[0].event = xdup("The platform started on 3 March 2014.");
  s->n_glossary = 1;
  s->glossary = calloc(1, sizeof *s->glossary);
  s->glossary[0].term = xdup("MTTR");
  s->glossary[0].definition = xdup("mean time to recovery");
  s->n_quotes = 1;
  s->quotes = calloc(1, sizeof *s->quotes);
  s->quotes[0].text = xdup("Every shortcut came back as an outage.");
  s->quotes[0].speaker = xdup("Dr. Ana Ferreira");
  return s;
}

static struct bc_report *report(void)
{
  struct bc_report *r = calloc(1, sizeof *r);
  assert_non_null(r);
  r->checked.evidence = 2;
  r->checked.dates = 3;
  r->checked.acronyms = 1;
  r->verdict = BC_VERDICT_FAIL;
  r->n_findings = 1;
  r->findings = calloc(1, sizeof *r->findings);
  r->findings[0].kind = xdup(BC_FINDING_ACRONYM);
  r->findings[0].severity = BC_SEV_ERROR;
  r->findings[0].field = xdup("glossary[0].definition");
  r->findings[0].claim = xdup("mean time <to> repair");
  r->findings[0].source_says = xdup("mean time to recovery");
  r->findings[0].span.start = 10;
  r->findings[0].span.end = 31;
  r->findings[0].message = xdup("MTTR is expanded as \"mean time to repair\"");
  return r;
}

static void report_free(struct bc_report *r)
{
  free(r->findings[0].kind);
  free(r->findings[0].field);
  free(r->findings[0].claim);
  free(r->findings[0].source_says);
  free(r->findings[0].message);
  free(r->findings);
  free(r);
}

static void has(const char *doc, const char *want)
{
  if (!strstr(doc, want))
    fail_msg("missing '%s' in:\n%s", want, doc);
}

static void lacks(const char *doc, const char *bad)
{
  if (strstr(doc, bad))
    fail_msg("unexpected '%s' in:\n%s", bad, doc);
}

static void markdown_has_every_part(void **state)
{
  struct bc_summary *s = sample("https://example.org/harbor post");
  struct bc_report *r = report();
  char *md = bc_render_markdown(s, r);
  (void)state;
  assert_non_null(md);
  /* title and source line, escaped */
  has(md, "# Tags \\<script\\>alert(1)\\</script\\> \\& \\*stars\\*\n");
  has(md,
      "*Source:* [The \"Harbor\" essay](<https://example.org/harbor%20post>)");
  has(md, "by Ines Okafor");
  has(md, "2024-07-20");
  has(md, "summarized by local");
  has(md, "**TL;DR:** The platform grew from 1 server to 14 machines.");
  has(md, "## Key points\n\n- \\# Not a heading, and 3 \\< 4.\n");
  /* evidence shown only where it differs from the point */
  has(md, "  - *Source:* \xe2\x80\x9cMean time to recovery fell from 31 "
          "hours to 2.5 hours.\xe2\x80\x9d");
  lacks(md, "*Source:* \xe2\x80\x9c\\# Not"); /* the point carries it */
  has(md, "### The first cluster\n\nBetween 2014 and June 2016 it grew.");
  has(md, "- **3 March 2014** (2014-03-03): The platform started on 3 March "
          "2014.");
  has(md, "- **MTTR**: mean time to recovery");
  has(md, "> \xe2\x80\x9c"
          "Every shortcut came back as an outage.\xe2\x80\x9d\n> "
          "\xe2\x80\x94 Dr. Ana Ferreira");
  has(md, "## Checked against the source");
  has(md, "Verdict: **fail**. Checked 2 evidence spans, 3 dates, 1 acronym, "
          "0 numbers and 0 names; 1 finding.");
  has(md, "- **error** (acronym) in `glossary[0].definition`: MTTR is "
          "expanded as \"mean time to repair\" The source says: "
          "\xe2\x80\x9cmean time to recovery\xe2\x80\x9d (bytes 10");
  free(md);
  /* without a report there is no check section */
  md = bc_render_markdown(s, NULL);
  lacks(md, "Checked against the source");
  free(md);
  bc_summary_free(s);
  report_free(r);
}

static void only_web_urls_become_links(void **state)
{
  static const char *const bad[] = {"javascript:alert(1)", "/home/x/essay.md",
                                    "data:text/html,hi"};
  size_t i;
  (void)state;
  for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    struct bc_summary *s = sample(bad[i]);
    char *md = bc_render_markdown(s, NULL);
    char *html = bc_render_html(s, NULL, NULL);
    lacks(md, "](");
    lacks(html, "href=\"javascript");
    lacks(html, "href=\"/home");
    lacks(html, "href=\"data:");
    bc_summary_free(s);
    free(md);
    free(html);
  }
}

static void html_is_escaped_and_complete(void **state)
{
  struct bc_summary *s = sample("https://example.org/a?b=1&c=\"2\"");
  struct bc_report *r = report();
  char *h = bc_render_html(s, r, "narration \"1\".wav");
  (void)state;
  assert_non_null(h);
  has(h, "<!DOCTYPE html>");
  has(h, "<meta charset=\"utf-8\">");
  has(h, "<meta http-equiv=\"Content-Security-Policy\" "
         "content=\"default-src 'none'; style-src 'sha256-");
  lacks(h, "<script>alert");
  lacks(h, "<link");
  lacks(h, "unsafe-inline");
  has(h, "<title>Tags &lt;script&gt;alert(1)&lt;/script&gt; &amp; *stars*"
         "</title>");
  has(h, "<a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">The "
         "&quot;Harbor&quot; essay</a>");
  has(h, "<audio id=\"player\" controls preload=\"metadata\" "
         "src=\"narration &quot;1&quot;.wav\">");
  has(h, "<p># Not a heading, and 3 &lt; 4.</p>");
  lacks(h, "Source: <q># Not"); /* the point carries its evidence */
  has(h, "Source: <q>Mean time to recovery fell");
  has(h, "<h3>The first cluster</h3>");
  has(h, "<time datetime=\"2014-03-03\">3 March 2014</time></dt>");
  /* the glossary entry has an unrepaired error: withheld, the finding at
   * its place with what the source says, the wrong words nowhere */
  has(h, "<dt id=\"gl-0\">MTTR</dt><dd><p class=\"withheld\">Withheld");
  lacks(h, "<dd>mean time to repair");
  lacks(h, "mean time &lt;to&gt; repair");
  has(h, "The source says: <q>mean time to recovery</q>");
  has(h, "<footer>&mdash; Dr. Ana Ferreira</footer>");
  has(h, "<span class=\"badge fail\">fail</span>");
  has(h, "<a href=\"#f-0\">error in glossary[0].definition</a>: MTTR is "
         "expanded as &quot;mean time to repair&quot;");
  has(h, "</html>\n");
  free(h);
  h = bc_render_html(s, NULL, NULL);
  lacks(h, "<audio");
  lacks(h, "Checked against");
  free(h);
  bc_summary_free(s);
  report_free(r);
}

static void empty_summary_renders(void **state)
{
  struct bc_summary *s = bc_summary_new();
  char *md, *h;
  (void)state;
  md = bc_render_markdown(s, NULL);
  h = bc_render_html(s, NULL, "");
  assert_non_null(md);
  assert_non_null(h);
  has(md, "# Untitled\n");
  lacks(md, "## Key points");
  has(h, "<h1>Untitled</h1>");
  lacks(h, "<audio");
  free(md);
  free(h);
  bc_summary_free(s);
  assert_null(bc_render_markdown(NULL, NULL));
  assert_null(bc_render_html(NULL, NULL, NULL));
}

/* The reader page with its source: evidence spans marked in the source and
 * linked from the point; a span that is not a well-formed part of the
 * source gets no link; the source text is escaped; the transcript's cues
 * become seek buttons. */
static void reader_marks_evidence_in_source(void **state)
{
  static const char text[] = "MTTR <fell> to 9 minutes.\n\nTeams shipped "
                             "\xc3\xa9 12 releases.";
  struct bc_block blocks[2];
  struct bc_doc doc;
  struct bc_summary *s = bc_summary_new();
  struct bc_html_opts o = BC_HTML_OPTS_INIT;
  char *h;
  (void)state;
  memset(&doc, 0, sizeof doc);
  memset(blocks, 0, sizeof blocks);
  doc.text = (char *)text;
  doc.text_len = sizeof text - 1;
  blocks[0].kind = BC_BLOCK_PARAGRAPH;
  blocks[0].span.start = 0;
  blocks[0].span.end = 25;
  blocks[1].kind = BC_BLOCK_PARAGRAPH;
  blocks[1].span.start = 27;
  blocks[1].span.end = doc.text_len;
  doc.blocks = blocks;
  doc.n_blocks = 2;
  assert_non_null(s);
  s->title = xdup("T");
  s->n_key_points = 2;
  s->key_points = calloc(2, sizeof *s->key_points);
  s->key_points[0].text = xdup("Recovery fell.");
  s->key_points[0].n_evidence = 1;
  s->key_points[0].evidence = calloc(1, sizeof(struct bc_evidence));
  s->key_points[0].evidence[0].span.start = 5;
  s->key_points[0].evidence[0].span.end = 11;
  s->key_points[0].evidence[0].quote = xdup("<fell>");
  s->key_points[1].text = xdup("Bad span.");
  s->key_points[1].n_evidence = 1;
  s->key_points[1].evidence = calloc(1, sizeof(struct bc_evidence));
  s->key_points[1].evidence[0].span.start = 42; /* inside the two-byte e */
  s->key_points[1].evidence[0].span.end = 50;
  s->key_points[1].evidence[0].quote = xdup("x");
  o.doc = &doc;
  o.audio_href = "narration.mp3";
  o.transcript_vtt = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500\nHello "
                     "<there>.\n\n2\n00:00:02.500 --> 00:01:05.250\nSecond "
                     "cue.\n";
  h = bc_render_reader(s, NULL, &o);
  assert_non_null(h);
  has(h, "<p>MTTR <span id=\"s-0\"></span><span class=\"ev\" "
         "data-s=\"0\">&lt;fell&gt;</span> to 9 minutes.</p>");
  has(h, "<a href=\"#s-0\" data-span=\"0\">Evidence 1");
  lacks(h, "data-span=\"1\"");
  has(h, "<button type=\"button\" data-t=\"0.000\" data-e=\"2.500\">"
         "<span class=\"t\">0:00</span>Hello &lt;there&gt;.</button>");
  has(h, "data-t=\"2.500\" data-e=\"65.250\">");
  free(h);

  /* Overlapping spans: the shared run carries both ids. */
  s->key_points[1].evidence[0].span.start = 0;
  s->key_points[1].evidence[0].span.end = 8;
  h = bc_render_reader(s, NULL, &o);
  assert_non_null(h);
  has(h, "<p><span id=\"s-0\"></span><span class=\"ev\" data-s=\"0\">MTTR "
         "</span><span id=\"s-1\"></span><span class=\"ev\" "
         "data-s=\"0 1\">&lt;fe</span><span class=\"ev\" "
         "data-s=\"1\">ll&gt;</span> to 9 minutes.</p>");
  has(h, "<a href=\"#s-1\" data-span=\"1\">Evidence 1");

  /* Out of memory at any allocation: NULL, or the same page. */
  {
    long n;
    int whole = 0;
    for (n = 1; n < 400 && !whole; n++) {
      char *again;
      bc__alloc_fail_after(n);
      again = bc_render_reader(s, NULL, &o);
      bc__alloc_fail_after(0);
      if (again) {
        assert_string_equal(again, h);
        whole = 1;
      }
      free(again);
    }
    assert_true(whole);
  }
  free(h);

  /* A video is played instead of the narration, which stays a link. */
  o.video_href = "video \"1\".mp4";
  h = bc_render_reader(s, NULL, &o);
  assert_non_null(h);
  has(h, "<h2 id=\"listen-h\">Watch</h2>\n<video id=\"player\" controls "
         "preload=\"metadata\" src=\"video &quot;1&quot;.mp4\">");
  has(h, "<a href=\"narration.mp3\">The narration alone</a>");
  lacks(h, "<audio");
  free(h);
  bc_summary_free(s);
}

/* Tens of thousands of spans over a long source render in linear time
 * (sorted spans, one sweep), not in time spans x segments. */
static void reader_many_spans(void **state)
{
  enum { N = 40000 };
  struct bc_summary *s = bc_summary_new();
  struct bc_html_opts o = BC_HTML_OPTS_INIT;
  struct bc_doc doc;
  struct bc_block blk;
  char *text = malloc(N * 10 + 1), *h;
  size_t i;
  (void)state;
  assert_non_null(text);
  for (i = 0; i < N; i++)
    memcpy(text + i * 10, "word word ", 10);
  text[N * 10] = 0;
  memset(&doc, 0, sizeof doc);
  memset(&blk, 0, sizeof blk);
  doc.text = text;
  doc.text_len = N * 10;
  blk.kind = BC_BLOCK_PARAGRAPH;
  blk.span.end = doc.text_len;
  doc.blocks = &blk;
  doc.n_blocks = 1;
  s->title = xdup("Many");
  s->n_key_points = 1;
  s->key_points = calloc(1, sizeof *s->key_points);
  s->key_points[0].text = xdup("all of it");
  s->key_points[0].n_evidence = N;
  s->key_points[0].evidence = calloc(N, sizeof(struct bc_evidence));
  for (i = 0; i < N; i++) {
    s->key_points[0].evidence[i].span.start = i * 10;
    s->key_points[0].evidence[i].span.end = i * 10 + 9;
    s->key_points[0].evidence[i].quote = xdup("word word");
  }
  o.doc = &doc;
  h = bc_render_reader(s, NULL, &o);
  assert_non_null(h);
  has(h, "<a href=\"#s-39999\" data-span=\"39999\">Evidence 40000");
  free(h);
  bc_summary_free(s);
  free(text);
}

static void out_of_memory_gives_null(void **state)
{
  struct bc_summary *s = sample("https://example.org/");
  struct bc_report *r = report();
  char *full_md = bc_render_markdown(s, r),
       *full_html = bc_render_html(s, r, "a.wav");
  long n;
  int md_ok = 0, html_ok = 0;
  (void)state;
  for (n = 1; n < 200 && !(md_ok && html_ok); n++) {
    char *md, *h;
    bc__alloc_fail_after(n);
    md = bc_render_markdown(s, r);
    bc__alloc_fail_after(n);
    h = bc_render_html(s, r, "a.wav");
    bc__alloc_fail_after(0);
    if (md) {
      assert_string_equal(md, full_md);
      md_ok = 1;
    }
    if (h) {
      assert_string_equal(h, full_html);
      html_ok = 1;
    }
    free(md);
    free(h);
  }
  assert_true(md_ok && html_ok);
  free(full_md);
  free(full_html);
  bc_summary_free(s);
  report_free(r);
}

/* A timeline value with a year the text leaves out ("XXXX-12") is no
 * reading aid: brief.md shows the date as written, and brief.html gives
 * <time> only values HTML can read (a day without its year as "MM-DD"). */
static void partial_timeline_values_stay_out_of_sight(void **state)
{
  static const char *const iso[] = {"XXXX-12", "XXXX-03-10", "2019-Q3",
                                    "2019-12"};
  static const char *const date[] = {"December", "10 March",
                                     "the third quarter", "last December"};
  struct bc_summary *s = sample("https://example.org/partial");
  char *md, *h;
  (void)state;
  for (size_t i = 0; i < s->n_timeline; i++) {
    free(s->timeline[i].date);
    free(s->timeline[i].iso);
    free(s->timeline[i].event);
  }
  free(s->timeline);
  s->n_timeline = 4;
  s->timeline = calloc(4, sizeof *s->timeline);
  assert_non_null(s->timeline);
  for (size_t i = 0; i < 4; i++) {
    s->timeline[i].date = xdup(date[i]);
    s->timeline[i].iso = xdup(iso[i]);
    s->timeline[i].event = xdup("Something happened.");
  }
  md = bc_render_markdown(s, NULL);
  assert_non_null(md);
  lacks(md, "XXXX");
  has(md, "- **December**: Something happened.");
  has(md, "- **last December** (2019-12): Something happened.");
  h = bc_render_html(s, NULL, NULL);
  assert_non_null(h);
  lacks(h, "datetime=\"XXXX");
  lacks(h, "datetime=\"2019-Q3");
  has(h, "<time datetime=\"03-10\">10 March</time>");
  has(h, "<time datetime=\"2019-12\">last December</time>");
  free(md);
  free(h);
  bc_summary_free(s);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(markdown_has_every_part),
      cmocka_unit_test(partial_timeline_values_stay_out_of_sight),
      cmocka_unit_test(only_web_urls_become_links),
      cmocka_unit_test(html_is_escaped_and_complete),
      cmocka_unit_test(empty_summary_renders),
      cmocka_unit_test(reader_marks_evidence_in_source),
      cmocka_unit_test(reader_many_spans),
      cmocka_unit_test(out_of_memory_gives_null),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
