/* test_markdown.c - the Markdown reader: structure becomes blocks with the
 * right kinds and levels, markup disappears but its words stay, and front
 * matter fills the metadata. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/doc.h"

struct block_case {
  enum bc_block_kind kind;
  int level;
  const char *text;
};

static struct bc_doc *md(const char *src, struct bc_doclist *l)
{
  struct bc_error err = BC_ERROR_INIT;
  bc_status rc =
      bc_ingest_memory(src, strlen(src), "post.md", NULL, NULL, l, &err);
  if (rc)
    fprintf(stderr, "ingest: %s\n", err.msg);
  assert_int_equal(rc, BC_OK);
  assert_int_equal(l->n, 1);
  assert_int_equal(l->docs[0]->format, BC_FORMAT_MARKDOWN);
  return l->docs[0];
}

static void expect(const struct bc_doc *d, const struct block_case *want,
                   size_t n)
{
  for (size_t i = 0; i < d->n_blocks; i++) {
    const struct bc_span *s = &d->blocks[i].span;
    assert_true(s->start < s->end && s->end <= d->text_len);
    if (i > 0)
      assert_memory_equal(d->text + d->blocks[i - 1].span.end, "\n\n", 2);
  }
  if (d->n_blocks != n)
    for (size_t i = 0; i < d->n_blocks; i++)
      fprintf(stderr, "%zu: kind %d level %d [%.*s]\n", i, d->blocks[i].kind,
              d->blocks[i].level,
              (int)(d->blocks[i].span.end - d->blocks[i].span.start),
              d->text + d->blocks[i].span.start);
  assert_int_equal(d->n_blocks, n);
  for (size_t i = 0; i < n; i++) {
    size_t len = d->blocks[i].span.end - d->blocks[i].span.start;
    assert_int_equal(d->blocks[i].kind, want[i].kind);
    assert_int_equal(d->blocks[i].level, want[i].level);
    if (len != strlen(want[i].text) ||
        memcmp(d->text + d->blocks[i].span.start, want[i].text, len) != 0)
      fprintf(stderr, "block %zu: [%.*s]\n", i, (int)len,
              d->text + d->blocks[i].span.start);
    assert_int_equal(len, strlen(want[i].text));
    assert_memory_equal(d->text + d->blocks[i].span.start, want[i].text, len);
  }
}

static void test_structure(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  static const char *src =
      "# Why We Moved to *SRE*\n"
      "\n"
      "In **2019** we read [the book](https://example.org/sre \"t\") and\n"
      "changed `on-call` &mdash; slowly &amp; carefully.\n"
      "\n"
      "## What changed\n"
      "\n"
      "- Error budgets\n"
      "  - per service\n"
      "- Blameless reviews\n"
      "\n"
      "1. First\n"
      "\n"
      "   still first\n"
      "2. Second\n"
      "\n"
      "> Hope is not a strategy.\n"
      "\n"
      "```sh\n"
      "make   check\n"
      "\n"
      "echo done\n"
      "```\n"
      "\n"
      "![diagram of the pager](pager.png)\n"
      "\n"
      "<div class=\"note\">Written on a <b>train</b>.<script>x()</script>"
      "</div>\n"
      "\n"
      "<!-- a comment -->\n"
      "\n"
      "| Year | Pages |\n"
      "|------|-------|\n"
      "| 2019 | 120   |\n";
  static const struct block_case want[] = {
      {BC_BLOCK_HEADING, 1, "Why We Moved to SRE"},
      {BC_BLOCK_PARAGRAPH, 0,
       "In 2019 we read the book and changed on-call \xE2\x80\x94 slowly & "
       "carefully."},
      {BC_BLOCK_HEADING, 2, "What changed"},
      {BC_BLOCK_LIST_ITEM, 1, "Error budgets"},
      {BC_BLOCK_LIST_ITEM, 2, "per service"},
      {BC_BLOCK_LIST_ITEM, 1, "Blameless reviews"},
      {BC_BLOCK_LIST_ITEM, 1, "First"},
      {BC_BLOCK_LIST_ITEM, 1, "still first"},
      {BC_BLOCK_LIST_ITEM, 1, "Second"},
      {BC_BLOCK_QUOTE, 0, "Hope is not a strategy."},
      {BC_BLOCK_CODE, 0, "make   check\necho done"},
      {BC_BLOCK_PARAGRAPH, 0, "Written on a train."},
      {BC_BLOCK_PARAGRAPH, 0, "Year | Pages"},
      {BC_BLOCK_PARAGRAPH, 0, "2019 | 120"},
  };
  struct bc_doc *d;
  (void)state;
  d = md(src, &l);
  expect(d, want, sizeof(want) / sizeof(want[0]));
  assert_string_equal(d->title, "Why We Moved to SRE");
  assert_null(strstr(d->text, "x()"));
  assert_null(strstr(d->text, "diagram"));
  bc_doclist_release(&l);
}

struct fm_case {
  const char *src;
  const char *title, *author, *date, *first_block;
};

static void test_front_matter(void **state)
{
  static const struct fm_case cases[] = {
      {"---\ntitle: \"Moving to SRE: a retrospective\"\nauthor: Jane Roe\n"
       "date: 2019-07-20T08:00:00Z\ntags: [sre]\n---\n\nBody text.\n",
       "Moving to SRE: a retrospective", "Jane Roe", "2019-07-20",
       "Body text."},
      {"---\r\ntitle: 'Quoted'\r\ndate: July 4, 2021\r\n---\r\n# Heading\r\n",
       "Quoted", NULL, "2021-07-04", "Heading"},
      /* A broken date is left unknown, not an error. */
      {"---\ntitle: T\ndate: someday\n---\nText.\n", "T", NULL, NULL, "Text."},
      /* No closing fence: the dashes are a thematic break, no metadata. */
      {"---\ntitle: T\n\nJust text.\n", "title: T", NULL, NULL, "title: T"},
      /* Hugo's TOML front matter and the common aliases. */
      {"+++\ntitle = \"Toml Post\"\npublished = 2018-03-04T10:00:00Z\n"
       "authors = [\"Ann Bee\", \"Cy Dee\"]\n+++\nBody.\n",
       "Toml Post", "Ann Bee", "2018-03-04", "Body."},
      {"---\ntitle: Listed\nauthors:\n  - Dee Eff\n  - Gee\n"
       "pubDate: \"Mar 5, 2017\"\n---\nBody.\n",
       "Listed", "Dee Eff", "2017-03-05", "Body."},
      /* Without front matter the heading on top is the title; one that
       * comes after the text has begun is a sub-heading, not the title. */
      {"# Top\n\nIntro line.\n\n## Later Heading\n", "Top", NULL, NULL, "Top"},
      {"Intro line.\n\n## Later Heading\n", "Intro line", NULL, NULL,
       "Intro line."},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_doc *d = md(cases[i].src, &l);
    size_t n = d->blocks[0].span.end - d->blocks[0].span.start;
    assert_string_equal(d->title, cases[i].title);
    if (cases[i].author)
      assert_string_equal(d->author, cases[i].author);
    else
      assert_null(d->author);
    if (cases[i].date)
      assert_string_equal(d->date, cases[i].date);
    else
      assert_null(d->date);
    assert_int_equal(n, strlen(cases[i].first_block));
    assert_memory_equal(d->text + d->blocks[0].span.start, cases[i].first_block,
                        n);
    bc_doclist_release(&l);
  }
}

static void test_markup_only_is_empty(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  static const char *src = "---\ntitle: Only metadata\n---\n\n![img](a.png)\n"
                           "<!-- comment -->\n";
  (void)state;
  assert_int_equal(
      bc_ingest_memory(src, strlen(src), "e.md", NULL, NULL, &l, &err),
      BC_ERR_INPUT);
  assert_non_null(strstr(err.msg, "'e.md' has no text"));
  assert_int_equal(l.n, 0);
}

/* Found by fuzz_markdown: text after a closed block must not leave a
 * space behind the previous block's span. */
static void test_html_block_edges(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  static const struct block_case want[] = {{BC_BLOCK_PARAGRAPH, 0, "a b"},
                                           {BC_BLOCK_PARAGRAPH, 0, "b<"}};
  (void)state;
  expect(md("<div>a<bp><br>b</div>\n\n<preCx\n\ny<<br>b<", &l), want, 2);
  assert_int_equal(l.docs[0]->text_len, 7);
  bc_doclist_release(&l);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_structure),
      cmocka_unit_test(test_front_matter),
      cmocka_unit_test(test_markup_only_is_empty),
      cmocka_unit_test(test_html_block_edges),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
