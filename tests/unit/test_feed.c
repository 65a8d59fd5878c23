/* test_feed.c - feeds and exports become one document per published post
 * with title, date, author and link; drafts, pages, comments and settings
 * are left out; entity bombs and external entities are refused quickly. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "briefcast/doc.h"
#include "util/alloc.h"

#include "testutil.h"

#define FIX BC_SOURCE_DIR "/tests/fixtures/ingest/"

struct entry_case {
  const char *title, *date, *author, *url;
  const char *contains;     /* text the body must hold */
  const char *not_contains; /* text it must not hold, or NULL */
};

struct feed_case {
  const char *file;
  size_t n;
  struct entry_case e[3];
};
/* contains NULL: a headline-only entry, its title the whole text. */

static void check_doc(const struct bc_doc *d, const struct entry_case *w)
{
  assert_string_equal(d->title, w->title);
  if (w->date)
    assert_string_equal(d->date, w->date);
  else
    assert_null(d->date);
  if (w->author)
    assert_string_equal(d->author, w->author);
  else
    assert_null(d->author);
  if (w->url)
    assert_string_equal(d->url, w->url);
  else
    assert_null(d->url);
  if (!w->contains) {
    assert_string_equal(d->text, w->title);
    assert_int_equal(d->n_blocks, 1);
    return;
  }
  if (!strstr(d->text, w->contains))
    fprintf(stderr, "text of '%s': [%s]\n", d->title, d->text);
  assert_non_null(strstr(d->text, w->contains));
  if (w->not_contains)
    assert_null(strstr(d->text, w->not_contains));
  assert_int_equal(d->format, BC_FORMAT_FEED);
  assert_int_equal(strlen(d->sha256), 64);
  /* The entry title leads the text as its first heading. */
  assert_true(d->n_blocks >= 2);
  assert_int_equal(d->blocks[0].kind, BC_BLOCK_HEADING);
  assert_memory_equal(d->text, w->title, strlen(w->title));
  for (size_t i = 0; i < d->n_blocks; i++)
    assert_true(d->blocks[i].span.end <= d->text_len &&
                d->blocks[i].span.start < d->blocks[i].span.end);
}

static void test_feeds(void **state)
{
  static const struct feed_case cases[] = {
      {"rss2.xml",
       3,
       {{"Why We Moved to SRE", "2019-07-20", "Jane Roe",
         "https://notes.example.org/2019/07/why-we-moved-to-sre",
         "error budget of 43 minutes a month & a pager rotation",
         "A short teaser"},
        {"A Note on Mean Time To Recovery", NULL, "Sam Poe",
         "https://notes.example.org/2019/08/mttr",
         "Mean Time To Recovery (MTTR) fell from 4 hours to 40 minutes.\n\n"
         "We stopped counting",
         NULL},
        {"Headline only", NULL, NULL,
         "https://notes.example.org/2019/09/headline", NULL, NULL}}},
      {"atom.xml",
       3,
       {{"Capacity planning in 2020", "2020-03-01", "Ada Quill",
         "https://atom.example.org/2020/03/capacity",
         "We doubled the fleet to 240 servers in March 2020.\n\nCosts rose",
         "<p>"},
        {"XHTML entry", "2020-04-10", NULL,
         "https://atom.example.org/2020/04/xhtml", "Written in XHTML directly.",
         "<em>"},
        {"Plain summary", NULL, NULL, NULL,
         "Only a summary, in plain text & nothing else.", NULL}}},
      {"blogger-export.xml",
       1,
       {{"Planting the Orchard", "2011-05-14", "Olive Grove",
         "http://orchard.example.org/2011/05/planting-orchard.html",
         "We planted 36 apple trees on the north slope.\n\nThe soil test",
         "Visit my shop"}}},
      {"wordpress-export.xml",
       1,
       {{"The Bridge Opened", "2018-11-06", "rivers",
         "https://press.example.org/2018/11/bridge",
         "opened on 5 November 2018 after 26 months", "Tolls"}}},
      /* Not well-formed (HTML entity, bare ampersands): recovered. */
      {"sloppy.rss",
       1,
       {{"Fish & Chips Night", "2015-03-13", NULL,
         "https://sloppy.example.org/fish?a=1&b=2",
         "We fried 200 portions of fish & chips in one evening.", NULL}}},
      {"rss1.rdf",
       1,
       {{"Old School", "2004-02-29", NULL, "https://rdf.example.org/1",
         "RSS 1.0 still works in 2004.", NULL}}},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    char path[512];
    bc_status rc;
    snprintf(path, sizeof(path), FIX "%s", cases[i].file);
    rc = bc_ingest(path, NULL, &l, &err);
    if (rc)
      fprintf(stderr, "%s: %s\n", cases[i].file, err.msg);
    assert_int_equal(rc, BC_OK);
    if (l.n != cases[i].n)
      for (size_t k = 0; k < l.n; k++)
        fprintf(stderr, "%s: entry '%s'\n", cases[i].file, l.docs[k]->title);
    assert_int_equal(l.n, cases[i].n);
    for (size_t k = 0; k < l.n; k++) {
      check_doc(l.docs[k], &cases[i].e[k]);
      assert_string_equal(l.docs[k]->source, path);
    }
    bc_doclist_release(&l);
  }
}

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void test_hostile_feeds(void **state)
{
  static const char *files[] = {"bomb.xml", "external-entity.xml"};
  (void)state;
  for (size_t i = 0; i < 2; i++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    char path[512];
    double t0 = now_s();
    snprintf(path, sizeof(path), FIX "%s", files[i]);
    assert_int_equal(bc_ingest(path, NULL, &l, &err), BC_ERR_PARSE);
    assert_non_null(strstr(err.msg, "declares XML entities"));
    assert_int_equal(l.n, 0);
    /* Not a timing assertion on speed, a hang guard: a bomb expanded even
     * partly takes minutes. */
    assert_true(now_s() - t0 < 30.0);
  }
}

struct bad_case {
  const char *data;
  bc_status want;
  const char *msg_part;
};

static void test_malformed(void **state)
{
  static const struct bad_case cases[] = {
      {"<rss><channel><item><title>Unclosed", BC_ERR_PARSE, "at line 1"},
      {"<?xml version=\"1.0\"?><opml><body/></opml>", BC_ERR_PARSE,
       "<opml> is not an RSS or Atom feed"},
      {"<rss version=\"2.0\"><channel><item><link>http://x/</link></item>"
       "</channel></rss>",
       BC_ERR_INPUT, "has no entries"},
      {"<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", BC_ERR_INPUT,
       "has no entries"},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    struct bc_ingest_opts o = BC_INGEST_OPTS_INIT;
    bc_status rc;
    o.format = BC_FORMAT_FEED;
    rc = bc_ingest_memory(cases[i].data, strlen(cases[i].data), "f.xml", NULL,
                          &o, &l, &err);
    if (rc != cases[i].want || !strstr(err.msg, cases[i].msg_part))
      fprintf(stderr, "case %zu: rc %d '%s'\n", i, rc, err.msg);
    assert_int_equal(rc, cases[i].want);
    assert_non_null(strstr(err.msg, cases[i].msg_part));
    assert_int_equal(l.n, 0);
  }
}

static void test_sniffed_as_feed(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  static const char *rss =
      "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item>"
      "<title>T</title><description>Body words.</description></item>"
      "</channel></rss>";
  (void)state;
  /* No extension, no content type: the content says feed. */
  assert_int_equal(
      bc_ingest_memory(rss, strlen(rss), "-", NULL, NULL, &l, &err), BC_OK);
  assert_int_equal(l.n, 1);
  assert_int_equal(l.docs[0]->format, BC_FORMAT_FEED);
  assert_string_equal(l.docs[0]->source, "-");
  bc_doclist_release(&l);
  assert_int_equal(bc_ingest_memory(rss, strlen(rss), "http://h/feed",
                                    "application/rss+xml; charset=utf-8", NULL,
                                    &l, &err),
                   BC_OK);
  assert_int_equal(l.n, 1);
  bc_doclist_release(&l);
}

static void test_list(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  char *dir = bc_test_tmpdir("test-feed"), path[512];
  FILE *f;
  (void)state;
  assert_non_null(dir);
  snprintf(path, sizeof(path), "%s/a.md", dir);
  f = fopen(path, "w");
  assert_non_null(f);
  fputs("# Alpha\n\nFirst essay.\n", f);
  fclose(f);
  snprintf(path, sizeof(path), "%s/b.txt", dir);
  f = fopen(path, "w");
  assert_non_null(f);
  fputs("Beta words only.\n", f);
  fclose(f);
  snprintf(path, sizeof(path), "%s/reading.list", dir);
  f = fopen(path, "w");
  assert_non_null(f);
  fputs("# my reading list\n\na.md\n  b.txt  \n" FIX "rss2.xml\n", f);
  fclose(f);
  assert_int_equal(bc_ingest(path, NULL, &l, &err), BC_OK);
  assert_int_equal(l.n, 5);
  assert_string_equal(l.docs[0]->title, "Alpha");
  assert_int_equal(l.docs[0]->format, BC_FORMAT_MARKDOWN);
  assert_string_equal(l.docs[1]->text, "Beta words only.");
  assert_string_equal(l.docs[2]->title, "Why We Moved to SRE");
  bc_doclist_release(&l);
  /* A missing entry names the entry and the line. */
  f = fopen(path, "a");
  assert_non_null(f);
  fputs("missing.txt\n", f);
  fclose(f);
  assert_int_equal(bc_ingest(path, NULL, &l, &err), BC_ERR_IO);
  assert_non_null(strstr(err.msg, "missing.txt"));
  assert_non_null(strstr(err.msg, "line 6 of"));
  assert_int_equal(l.n, 0);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

/* Out-of-memory anywhere in a feed fails cleanly (leaks are checked by
 * the sanitizers). */
static void test_alloc_failures(void **state)
{
  long total;
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  bc__alloc_fail_after(0);
  assert_int_equal(bc_ingest(FIX "atom.xml", NULL, &l, NULL), BC_OK);
  total = bc__alloc_count();
  bc_doclist_release(&l);
  for (long n = 1; n <= total; n += 1) {
    struct bc_error err = BC_ERROR_INIT;
    bc_status rc;
    bc__alloc_fail_after(n);
    rc = bc_ingest(FIX "atom.xml", NULL, &l, &err);
    bc__alloc_fail_after(0);
    if (rc == BC_OK) {
      /* Failures inside the HTML extractor fall back to the plain reader,
       * which keeps the content. */
      assert_int_equal(l.n, 3);
      bc_doclist_release(&l);
      continue;
    }
    if (rc != BC_ERR_NOMEM)
      fprintf(stderr, "alloc %ld: %d %s\n", n, rc, err.msg);
    assert_int_equal(rc, BC_ERR_NOMEM);
    assert_int_equal(l.n, 0);
  }
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_feeds),     cmocka_unit_test(test_hostile_feeds),
      cmocka_unit_test(test_malformed), cmocka_unit_test(test_sniffed_as_feed),
      cmocka_unit_test(test_list),      cmocka_unit_test(test_alloc_failures),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
