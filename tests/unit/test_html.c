/* test_html.c - the HTML reader on pages a user would save: the article
 * text is kept and each kind of boilerplate is not, metadata is read,
 * archive pages split into dated posts, charsets are honoured, and broken,
 * binary, empty, deep and huge inputs end in a result or a clear error. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "ingest/html.h"
#include "ingest/html_int.h"
#include "util/alloc.h"
#include "util/fs.h"

static char *fixture(const char *name, size_t *len)
{
  char path[512];
  char *data = NULL;
  struct bc_error err = BC_ERROR_INIT;
  snprintf(path, sizeof path, "%s/tests/fixtures/html/%s", BC_SOURCE_DIR, name);
  assert_int_equal(bc__fs_read(path, (size_t)1 << 24, &data, len, &err), BC_OK);
  return data;
}

/* Read a fixture (or memory) into docs; returns the status. */
static bc_status parse_mem(const char *data, size_t len, const char *name,
                           const char *charset, int split,
                           struct bc_doclist *out, struct bc_error *err)
{
  struct bc_ingest_opts opts = BC_INGEST_OPTS_INIT;
  opts.split_posts = split;
  return bc__html_parse(data, len, name, charset, &opts, out, err);
}

static void parse_fixture(const char *name, const char *charset, int split,
                          struct bc_doclist *out)
{
  size_t len;
  char *data = fixture(name, &len);
  struct bc_error err = BC_ERROR_INIT;
  bc_status rc = parse_mem(data, len, name, charset, split, out, &err);
  if (rc)
    fail_msg("%s: %s", name, err.msg);
  free(data);
}

/* Every block's span lies inside the text, holds no edge white space and
 * blocks are separated by exactly "\n\n". */
static void check_spans(const struct bc_doc *d)
{
  assert_int_equal(strlen(d->text), d->text_len);
  for (size_t i = 0; i < d->n_blocks; i++) {
    const struct bc_span *s = &d->blocks[i].span;
    assert_true(s->start < s->end);
    assert_true(s->end <= d->text_len);
    assert_false(d->text[s->start] == ' ' || d->text[s->start] == '\n');
    assert_false(d->text[s->end - 1] == ' ' || d->text[s->end - 1] == '\n');
    if (i == 0)
      assert_int_equal(s->start, 0);
    else
      assert_int_equal(s->start, d->blocks[i - 1].span.end + 2);
    assert_memory_equal(d->text + s->start - (i ? 2 : 0), i ? "\n\n" : "",
                        i ? 2 : 0);
    for (size_t k = s->start; k + 1 < s->end; k++)
      assert_false(d->text[k] == '\n' && d->text[k + 1] == '\n');
  }
  if (d->n_blocks)
    assert_int_equal(d->blocks[d->n_blocks - 1].span.end, d->text_len);
}

static const struct bc_block *find_block(const struct bc_doc *d,
                                         const char *prefix)
{
  for (size_t i = 0; i < d->n_blocks; i++)
    if (!strncmp(d->text + d->blocks[i].span.start, prefix, strlen(prefix)))
      return &d->blocks[i];
  return NULL;
}

/* --- the blog post: article in, boilerplate out -------------------------- */

static const char *const blog_keep[] = {
    "Street trees lower the surface temperature",
    "the plan costs \xE2\x82\xAC"
    "12 million a year.",
    "What the trees cost",
    "for its first three years.\nAfter that, maintenance",
    "Planting and three years of watering",
    "\xE2\x80\x9C"
    "A tree is the only piece of infrastructure",
    "for street in streets:\n    print(street.temperature)",
    "both programmes are funded, it says, from different budgets.",
};

static const char *const blog_drop[] = {
    "We use cookies",      /* cookie banner */
    "Accept all cookies",  /* its button */
    "About us",            /* navigation */
    "Cities \xC2\xBB",     /* breadcrumb */
    "Share on Twitter",    /* share buttons */
    "Tagged:",             /* post footer */
    "weekly newsletter",   /* newsletter box */
    "Green roofs are not", /* related posts */
    "Rooftop bees",        /* teasers: linked headline and blurb */
    "fish bicycles, bottles",
    "More from the Ledger",
    "underestimate how much water", /* comments */
    "3 comments",
    "urban ecology", /* sidebar author box */
    "Ten cities that got it right",
    "All rights reserved", /* site footer */
    "dataLayer",           /* script */
    "position: fixed",     /* style */
    "console.log",
};

static void test_blog_post(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  const struct bc_doc *d;
  const struct bc_block *b;
  (void)state;
  parse_fixture("blog_post.html", NULL, 0, &l);
  assert_int_equal(l.n, 1);
  d = l.docs[0];
  check_spans(d);
  for (size_t i = 0; i < sizeof blog_keep / sizeof blog_keep[0]; i++)
    if (!strstr(d->text, blog_keep[i]))
      fail_msg("missing article text: %s", blog_keep[i]);
  for (size_t i = 0; i < sizeof blog_drop / sizeof blog_drop[0]; i++)
    if (strstr(d->text, blog_drop[i]))
      fail_msg("boilerplate kept: %s", blog_drop[i]);
  assert_string_equal(d->title, "Why Cities Plant Trees");
  assert_string_equal(d->author, "Maria Okafor");
  assert_string_equal(d->date, "2021-03-14");
  assert_string_equal(
      d->url, "https://green-ledger.example/2021/03/why-cities-plant-trees");
  assert_string_equal(d->source, "blog_post.html");
  assert_int_equal(d->format, BC_FORMAT_HTML);
  /* the document model: each kind of block where the page has it */
  b = find_block(d, "What the trees cost");
  assert_non_null(b);
  assert_int_equal(b->kind, BC_BLOCK_HEADING);
  assert_int_equal(b->level, 2);
  b = find_block(d, "Maintenance after year three");
  assert_non_null(b);
  assert_int_equal(b->kind, BC_BLOCK_LIST_ITEM);
  assert_int_equal(b->level, 1);
  b = find_block(d, "\xE2\x80\x9C"
                    "A tree");
  assert_non_null(b);
  assert_int_equal(b->kind, BC_BLOCK_QUOTE);
  b = find_block(d, "for street");
  assert_non_null(b);
  assert_int_equal(b->kind, BC_BLOCK_CODE);
  b = find_block(d, "Street trees");
  assert_int_equal(b->kind, BC_BLOCK_PARAGRAPH);
  /* soft hyphens and zero-width spaces vanish, a word stays one word */
  assert_non_null(strstr(d->text, "cooperate with the council"));
  /* entities decoded, no-break spaces folded */
  assert_non_null(strstr(d->text, "30 percent"));
  assert_null(strstr(d->text, "&nbsp;"));
  bc_doclist_release(&l);
}

/* --- metadata from inline pages ------------------------------------------ */

struct meta_case {
  const char *html;
  const char *title, *author, *date, *url;
};

#define BODY                                                                   \
  "<p>The committee met on Tuesday and agreed, after a long debate, to "       \
  "publish the full minutes of every meeting from now on.</p>"

static const struct meta_case meta_cases[] = {
    /* <title> with a site suffix, byline, <time>, og:url */
    {"<html><head><title>Minutes go public | City Times</title>"
     "<meta property=\"og:url\" content=\"https://t.example/m\"></head><body>"
     "<article><p class=\"byline\">By Jo Park \xC2\xB7 Feb 3</p><time "
     "datetime=\"2020-02-03\">"
     "Feb 3</time>" BODY "</article></body></html>",
     "Minutes go public", "Jo Park", "2020-02-03", "https://t.example/m"},
    /* JSON-LD in a @graph, author as an array; og:title wins over <title> */
    {"<html><head><title>x - y</title><meta property=\"og:title\" "
     "content=\"Open minutes\"><script type=\"application/ld+json\">"
     "{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\", "
     "\"datePublished\": \"2019-11-30T23:00:00-05:00\", \"author\": "
     "[{\"name\": \"Ana Lima\"}]}]}</script></head><body><article>" BODY
     "</article></body></html>",
     "Open minutes", "Ana Lima", "2019-11-30", NULL},
    /* <h1> inside the article beats <title>; Dublin Core date; rel=author;
     * rel=canonical beats og:url */
    {"<html><head><title>Home</title><meta name=\"DC.date\" "
     "content=\"2018-07-01\"><link rel=\"canonical\" href=\"https://c.example/"
     "a\"><meta property=\"og:url\" content=\"https://c.example/b\"></head>"
     "<body><div class=\"post\"><h1>The long debate</h1><a rel=\"author\" "
     "href=\"/u\">Sam Roe</a>" BODY BODY "</div></body></html>",
     "The long debate", "Sam Roe", "2018-07-01", "https://c.example/a"},
    /* A site logo in an <h1> never becomes the title, but it names the
     * site, whose name then leaves og:title */
    {"<html><head><meta property=\"og:title\" content=\"Rain all week | "
     "The Weather Blog\"></head><body><h1>The Weather Blog</h1><article>" BODY
     "</article></body></html>",
     "Rain all week", NULL, NULL, NULL},
    {"<html><head><title>Rain all week long - The Weather Blog</title></head>"
     "<body><h1>Rain all week long</h1><article>" BODY
     "</article></body></html>",
     "Rain all week long", NULL, NULL, NULL},
    /* "Site | Title" and "Title \xC2\xB7 Site", where the page names the
     * site */
    {"<html><head><meta property=\"og:site_name\" content=\"City Times\">"
     "<meta property=\"og:title\" content=\"City Times | Minutes go "
     "public\"></head><body><article>" BODY "</article></body></html>",
     "Minutes go public", NULL, NULL, NULL},
    {"<html><head><title>Minutes go public \xC2\xB7 City Times</title>"
     "<link rel=\"canonical\" href=\"https://www.citytimes.example/m\">"
     "</head><body>" BODY "</body></html>",
     "Minutes go public", NULL, NULL, "https://www.citytimes.example/m"},
    /* the visible headline wins where og:title is another title of the
     * story; not where the <h1> is some other heading */
    {"<html><head><meta property=\"og:title\" content=\"Council to publish "
     "minutes, ending years of secrecy\"></head><body><article><h1>The "
     "minutes go public</h1>" BODY "</article></body></html>",
     "The minutes go public", NULL, NULL, NULL},
    {"<html><head><meta property=\"og:title\" content=\"Council votes to "
     "publish its minutes\"></head><body><article><h1>Ask me</h1>" BODY
     "</article></body></html>",
     "Council votes to publish its minutes", NULL, NULL, NULL},
    /* an <h1> that is wholly a link to another page is a "read also"
     * card, not the headline */
    {"<html><head><link rel=\"canonical\" href=\"https://n.example/"
     "minutes/\"><meta property=\"og:title\" content=\"Minutes go public"
     "\"></head><body><article>" BODY "<p>See also</p><h1><a href=\""
     "https://n.example/archive-minutes/\">Old minutes of the council go "
     "online</a></h1>" BODY "</article></body></html>",
     "Minutes go public", NULL, NULL, "https://n.example/minutes/"},
    /* a status line or a bare date is no title; "Posted by" is no name */
    {"<html><head><title>Showing posts with label Council. Show all "
     "posts</title><meta property=\"og:title\" content=\"2023-08-30\">"
     "</head><body><article><h2>Minutes go public</h2><p class=\"byline\">"
     "Posted by Jo Park</p>" BODY "</article></body></html>",
     "Minutes go public", "Jo Park", NULL, NULL},
    /* an author meta that is a URL is not an author; no date at all */
    {"<html><head><meta property=\"article:author\" content=\"https://fb."
     "example/x\"></head><body>" BODY "</body></html>",
     NULL, NULL, NULL, NULL},
    /* an unclassed "By" line names the author; "By 2030" does not */
    {"<html><body><article><p>By 2030, things will change.</p><p>By Lee "
     "van Dam</p>" BODY "</article></body></html>",
     NULL, "Lee van Dam", NULL, NULL},
    {"<html><body><article><p class=\"author\">Joe S.</p>" BODY
     "</article></body></html>",
     NULL, "Joe S.", NULL, NULL},
    {"<html><body><article><p>By the way, nobody knows.</p>" BODY
     "</article></body></html>",
     NULL, NULL, NULL, NULL},
    /* an <h1> that only labels the section ("Motor News") is no headline
     * beside a <title> that shares none of its words */
    {"<html><head><title>Lexa shows its open-top coupe at the Leipzig show "
     "| Wheels Daily</title></head><body><article><h1>Motor News</h1>" BODY
     "</article></body></html>",
     "Lexa shows its open-top coupe at the Leipzig show", NULL, NULL, NULL},
    /* "Article by" whose name sits in a link the page left empty names
     * nobody; "Story by" names who follows it */
    {"<html><body><article><p class=\"byline\">Article by <a "
     "href=\"/u\"></a></p>" BODY "</article></body></html>",
     NULL, NULL, NULL, NULL},
    {"<html><body><article><p class=\"author\">Story by Ana Lima</p>" BODY
     "</article></body></html>",
     NULL, "Ana Lima", NULL, NULL},
    /* a reader's name in the comments below the article is not the
     * page's author: a comment's author box, a "says:" head, a Disqus
     * thread, a Comment in JSON-LD */
    {"<html><body><article>" BODY "</article><ol class=\"commentlist\"><li>"
     "<div class=\"comment-author vcard\"><cite class=\"fn\">Chris "
     "Anamani</cite></div> <span class=\"says\">says:</span><p>Great read."
     "</p></li></ol></body></html>",
     NULL, NULL, NULL, NULL},
    {"<html><body><article>" BODY "</article><div id=\"respond\"><p>By "
     "Chris Anamani</p></div><div id=\"disqus_thread\"><a rel=\"author\" "
     "href=\"/u/c\">Chris Anamani</a></div></body></html>",
     NULL, NULL, NULL, NULL},
    {"<html><head><script type=\"application/ld+json\">{\"@graph\": "
     "[{\"@type\": \"BlogPosting\", \"headline\": \"x\"}, {\"@type\": "
     "\"Comment\", \"author\": {\"name\": \"Chris Anamani\"}}]}</script>"
     "</head><body><article>" BODY "</article></body></html>",
     NULL, NULL, NULL, NULL},
    {"<html><body><article><p class=\"byline\">By Jo Park</p>" BODY
     "</article><div class=\"comments\"><p class=\"comment-author\">Chris "
     "Anamani</p></div></body></html>",
     NULL, "Jo Park", NULL, NULL},
    /* a page first published in 2010 and rewritten since, whose text is
     * about 2019 and never names 2010, is dated by its last change; one
     * whose text still names its first year keeps it */
    {"<html><head><meta property=\"article:published_time\" "
     "content=\"2010-10-22T10:00:00Z\"><meta property=\"article:modified_"
     "time\" content=\"2019-11-25T08:00:00Z\"></head><body><article><p>"
     "The final standings of the 2019 season put the champion five points "
     "clear after the last race of the year.</p>" BODY
     "</article></body></html>",
     NULL, NULL, "2019-11-25", NULL},
    {"<html><head><meta property=\"article:published_time\" "
     "content=\"2010-10-22T10:00:00Z\"><meta property=\"article:modified_"
     "time\" content=\"2019-11-25T08:00:00Z\"></head><body><article><p>"
     "The club was founded in 2010 and has grown every year since, to 300 "
     "members by 2019.</p>" BODY "</article></body></html>",
     NULL, NULL, "2010-10-22", NULL},
    /* the date of the last change is not the publication date */
    {"<html><body><article><p class=\"date\">Updated: 2023-11-09</p><p "
     "class=\"date\">Written: 2023-11-07 / Updated: 2023-11-09</p>" BODY
     "</article></body></html>",
     NULL, NULL, "2023-11-07", NULL},
    {"<html><body><article><time class=\"updated\" datetime=\"2020-05-05\">"
     "May 5</time><time datetime=\"2020-04-01\">April 1</time>" BODY
     "</article></body></html>",
     NULL, NULL, "2020-04-01", NULL},
    /* an ambiguous numeric date is not guessed */
    {"<html><head><meta name=\"date\" content=\"03/04/2019\"></head><body>" BODY
     "</body></html>",
     NULL, NULL, NULL, NULL},
    /* a line holding only a date, at the top of the text or just before
     * it, dates a page that has no date markup */
    {"<html><body><article>March 2005<br><br>" BODY "</article></body></html>",
     NULL, NULL, "2005-03", NULL},
    {"<html><body><article><h1>Minutes</h1><p>Posted on 5 March 2005</p>" BODY
     "</article></body></html>",
     NULL, NULL, "2005-03-05", NULL},
    {"<html><body><p class=\"x\">March 5, 2005</p><article>" BODY
     "</article></body></html>",
     NULL, NULL, "2005-03-05", NULL},
    {"<html><body><article><div>Published: 2005-03-05</div>" BODY
     "</article></body></html>",
     NULL, NULL, "2005-03-05", NULL},
    /* a revision note after the date: the first date is the publication */
    {"<html><body><article>April 2001, rev. April 2003<br><br>" BODY
     "</article></body></html>",
     NULL, NULL, "2001-04", NULL},
    /* a date of a change only; a date inside a sentence; a date line after
     * the text; an archive's month links: none dates the page */
    {"<html><body><article><p>Updated March 2005</p>" BODY
     "</article></body></html>",
     NULL, NULL, NULL, NULL},
    {"<html><body><article><p>In March 2005 we moved.</p>" BODY
     "</article></body></html>",
     NULL, NULL, NULL, NULL},
    {"<html><body><article>" BODY "<p>March 2005</p></article></body></html>",
     NULL, NULL, NULL, NULL},
    {"<html><body><ul><li><a href=\"/a\">March 2005</a></li></ul><article>" BODY
     "</article></body></html>",
     NULL, NULL, NULL, NULL},
    /* a relative canonical or og:url names no address without the page's
     * own; it is no url (a page saved with href="/" gave "/") */
    {"<html><head><link rel=\"canonical\" href=\"/\"><meta property=\""
     "og:url\" content=\"post.html\"></head><body><article>" BODY
     "</article></body></html>",
     NULL, NULL, NULL, NULL},
    /* date markup beats a date line */
    {"<html><head><meta name=\"date\" content=\"2018-07-01\"></head><body>"
     "<article>March 2005<br><br>" BODY "</article></body></html>",
     NULL, NULL, "2018-07-01", NULL},
};

static void check_str(const char *got, const char *want, size_t i,
                      const char *what)
{
  if (!want && got)
    fail_msg("case %zu: %s should be unknown, got '%s'", i, what, got);
  if (want && (!got || strcmp(got, want)))
    fail_msg("case %zu: %s '%s', want '%s'", i, what, got ? got : "(null)",
             want);
}

static void test_metadata(void **state)
{
  (void)state;
  for (size_t i = 0; i < sizeof meta_cases / sizeof meta_cases[0]; i++) {
    const struct meta_case *c = &meta_cases[i];
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    assert_int_equal(
        parse_mem(c->html, strlen(c->html), "m.html", NULL, 0, &l, &err),
        BC_OK);
    assert_int_equal(l.n, 1);
    if (c->title)
      check_str(l.docs[0]->title, c->title, i, "title");
    check_str(l.docs[0]->author, c->author, i, "author");
    check_str(l.docs[0]->date, c->date, i, "date");
    check_str(l.docs[0]->url, c->url, i, "url");
    assert_non_null(strstr(l.docs[0]->text, "publish the full minutes"));
    bc_doclist_release(&l);
  }
}

/* --- dates ---------------------------------------------------------------- */

struct date_case {
  const char *s;
  int whole;
  const char *want; /* NULL = refused */
};

static const struct date_case date_cases[] = {
    {"Friday, June 14, 2019", 1, "2019-06-14"},
    {"14 June 2019", 1, "2019-06-14"},
    {"14th of June, 2019", 1, "2019-06-14"},
    {"Jun. 14, 2019 10:30 AM", 1, "2019-06-14"},
    {"2019-06-14T10:00:00Z", 1, "2019-06-14"},
    {"2019/06/14", 1, "2019-06-14"},
    {"June 2019", 1, "2019-06"},
    {"31/12/2019", 1, "2019-12-31"},
    {"12/31/2019", 1, "2019-12-31"},
    {"03/04/2019", 1, NULL},        /* March 4 or 3 April: refused */
    {"February 30, 2019", 1, NULL}, /* no such day */
    {"2019-02-29", 1, NULL},
    {"2020-02-29", 1, "2020-02-29"},
    {"The swifts are back", 1, NULL},
    {"June 14, 2019 and more words", 1, NULL},
    {"Posted on June 14, 2019 by Lena", 0, "2019-06-14"},
    {"arrived on 06/14, three days later", 0, NULL},
    {"version 2019-13-01", 0, NULL},
};

static void test_dates(void **state)
{
  (void)state;
  for (size_t i = 0; i < sizeof date_cases / sizeof date_cases[0]; i++) {
    const struct date_case *c = &date_cases[i];
    char iso[11] = "";
    int ok = bc__date_parse(c->s, strlen(c->s), c->whole, iso);
    if (c->want && (!ok || strcmp(iso, c->want)))
      fail_msg("'%s': got %s, want %s", c->s, ok ? iso : "nothing", c->want);
    if (!c->want && ok)
      fail_msg("'%s': got %s, want nothing", c->s, iso);
  }
}

/* --- pages of several posts ----------------------------------------------- */

struct post_want {
  const char *title, *date, *text;
};

static void test_blogger_archive(void **state)
{
  static const struct post_want want[] = {
      {"The swifts are back", "2019-06-14", "forty-two of them"},
      {"A heron on the canal", "2019-06-14", "grey heron"},
      {"First cuckoo of the year", "2019-05-20", "grandfather's notebook"},
  };
  struct bc_doclist l = BC_DOCLIST_INIT;
  const struct bc_doc *d;
  const struct bc_block *b;
  (void)state;

  /* One document: each post heading carries its date. */
  parse_fixture("archive_blogger.html", NULL, 0, &l);
  assert_int_equal(l.n, 1);
  d = l.docs[0];
  check_spans(d);
  assert_null(d->date); /* a page of posts has no single date */
  for (size_t i = 0; i < 3; i++) {
    b = find_block(d, want[i].title);
    assert_non_null(b);
    assert_int_equal(b->kind, BC_BLOCK_HEADING);
    assert_non_null(b->date);
    assert_string_equal(b->date, want[i].date);
  }
  assert_non_null(strstr(d->text, "on 06/14, three days"));
  assert_null(strstr(d->text, "Older Posts"));
  assert_null(strstr(d->text, "Labels"));
  assert_null(strstr(d->text, "Sign in"));
  assert_null(strstr(d->text, "Posted by"));          /* post footers */
  assert_null(strstr(d->text, "naturalist's diary")); /* blog header */
  b = find_block(d, "The first swifts");
  assert_null(b->date);
  bc_doclist_release(&l);

  /* Split: one document per post, each with its title and date. */
  parse_fixture("archive_blogger.html", NULL, 1, &l);
  assert_int_equal(l.n, 3);
  for (size_t i = 0; i < 3; i++) {
    d = l.docs[i];
    check_spans(d);
    assert_string_equal(d->title, want[i].title);
    assert_string_equal(d->date, want[i].date);
    assert_non_null(strstr(d->text, want[i].text));
    assert_null(strstr(d->text, "Posted by"));
    assert_null(d->author); /* one byline does not sign every post */
    for (size_t j = 0; j < 3; j++)
      if (j != i)
        assert_null(strstr(d->text, want[j].text));
  }
  bc_doclist_release(&l);
}

static void test_article_archive(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  parse_fixture("archive_articles.html", NULL, 1, &l);
  assert_int_equal(l.n, 2);
  assert_string_equal(l.docs[0]->title, "Caches lie, sometimes");
  assert_string_equal(l.docs[0]->date, "2020-04-28");
  assert_non_null(strstr(l.docs[0]->text, "silent and expensive"));
  assert_string_equal(l.docs[1]->title, "Read the logs first");
  assert_string_equal(l.docs[1]->date, "2020-04-09");
  assert_null(strstr(l.docs[1]->text, "silent and expensive"));
  assert_null(strstr(l.docs[1]->text, "CC BY"));
  bc_doclist_release(&l);
}

/* Dates in post footers, after the text: each dates its own post, never
 * the next one. */
static void test_footer_dates(void **state)
{
  static const struct post_want want[] = {
      {"Sharpening chisels by hand", "2022-03-10", "fine stone"},
      {"Why the bench is always too low", "2022-02-21", "ten centimetres"},
      {"Glue is stronger than wood", "2022-01-30", "clamping pressure"},
  };
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  parse_fixture("archive_footer_dates.html", NULL, 1, &l);
  assert_int_equal(l.n, 3);
  for (size_t i = 0; i < 3; i++) {
    check_spans(l.docs[i]);
    assert_string_equal(l.docs[i]->title, want[i].title);
    assert_string_equal(l.docs[i]->date, want[i].date);
    assert_non_null(strstr(l.docs[i]->text, want[i].text));
    assert_null(strstr(l.docs[i]->text, "Posted on"));
  }
  bc_doclist_release(&l);
}

/* A flat page where a date line could close one post or open the next:
 * no post gets a date it may not have. */
static void test_flat_dates(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  const struct bc_block *b;
  (void)state;
  parse_fixture("archive_flat.html", NULL, 0, &l);
  assert_int_equal(l.n, 1);
  b = find_block(l.docs[0], "The bridge is closed");
  assert_non_null(b);
  assert_true(b->date == NULL || strcmp(b->date, "2021-03-03") != 0);
  b = find_block(l.docs[0], "Rain again");
  assert_non_null(b);
  assert_true(b->date == NULL || strcmp(b->date, "2021-03-04") != 0);
  bc_doclist_release(&l);
}

/* A Blogger label page whose four posts have no <article>, the first one
 * long: every post is kept, and split into four. */
static void test_blogger_label(void **state)
{
  static const struct post_want want[] = {
      {"What the night shift taught me", "2023-08-30", "outside Leipzig"},
      {"Prime Day, seen from the loading dock", "2023-07-17", "41 lorries"},
      {"The robots in hall B", "2023-06-02", "whole shelves"},
      {"Where the returns go", "2023-04-11", "three bins"},
  };
  static const char *const never[] = {
      "Showing posts", "Posted by",   "Labels",        "comments:",
      "Share to",      "Older Posts", "Popular Posts", "Blog Archive"};
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  parse_fixture("archive_blogger_label.html", NULL, 1, &l);
  assert_int_equal(l.n, 4);
  for (size_t i = 0; i < 4; i++) {
    const struct bc_doc *d = l.docs[i];
    check_spans(d);
    assert_string_equal(d->title, want[i].title);
    assert_string_equal(d->date, want[i].date);
    assert_int_equal(d->post, i + 1);
    assert_int_equal(d->n_posts, 4);
    assert_non_null(strstr(d->text, want[i].text));
    for (size_t j = 0; j < 4; j++)
      if (j != i)
        assert_null(strstr(d->text, want[j].text));
    for (size_t k = 0; k < sizeof never / sizeof never[0]; k++)
      if (strstr(d->text, never[k]))
        fail_msg("post %zu keeps '%s'", i + 1, never[k]);
  }
  /* the long post keeps its sub-headings */
  assert_non_null(find_block(l.docs[0], "The scanner decides"));
  bc_doclist_release(&l);

  /* Whole: all four posts, not the longest alone. */
  parse_fixture("archive_blogger_label.html", NULL, 0, &l);
  assert_int_equal(l.n, 1);
  check_spans(l.docs[0]);
  for (size_t i = 0; i < 4; i++)
    assert_non_null(strstr(l.docs[0]->text, want[i].text));
  assert_string_equal(l.docs[0]->author, "Marta K.");
  bc_doclist_release(&l);
}

/* A WordPress front page without <article> elements, a page of plain
 * markup whose dates are lines of text ("Mar 3, 2021 \xC2\xB7 4 min read"),
 * a Medium profile whose titles sit in links, and a Ghost post feed. */
static void test_posts_without_article(void **state)
{
  static const struct post_want wp[] = {
      {"Beans at last", "2023-08-30", "runner beans"},
      {"The water butt question", "2023-08-12", "twenty new water butts"},
      {"A truce with the slugs", "2023-07-28", "sacrificial marigolds"},
  };
  static const struct post_want plain[] = {
      {"Sharpening with a cheap stone", "2021-03-03", "combination stone"},
      {"The bench height argument", "2021-02-14", "bench height"},
      {"Glue is stronger than wood", "2021-01-30", "glue line"},
  };
  static const struct post_want medium[] = {
      {"Why the night bus matters", "2021-03-03", "night bus"},
      {"Counting the walkers", "2021-02-10", "counted people"},
  };
  static const struct post_want ghost[] = {
      {"Why cities plant trees", "2021-03-14", "Street trees"},
      {"Where the rain goes", "2021-02-20", "paved square metre"},
  };
  static const struct {
    const char *file;
    const struct post_want *want;
    size_t n;
  } pages[] = {{"archive_wordpress.html", wp, 3},
               {"archive_plain.html", plain, 3},
               {"archive_medium.html", medium, 2},
               {"archive_ghost.html", ghost, 2}};
  (void)state;
  for (size_t p = 0; p < sizeof pages / sizeof pages[0]; p++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    parse_fixture(pages[p].file, NULL, 1, &l);
    if (l.n != pages[p].n)
      fail_msg("%s: %zu posts", pages[p].file, l.n);
    for (size_t i = 0; i < pages[p].n; i++) {
      check_spans(l.docs[i]);
      assert_string_equal(l.docs[i]->title, pages[p].want[i].title);
      assert_string_equal(l.docs[i]->date, pages[p].want[i].date);
      assert_non_null(strstr(l.docs[i]->text, pages[p].want[i].text));
      assert_null(strstr(l.docs[i]->text, "Posted in"));
      assert_null(strstr(l.docs[i]->text, "Recent Posts"));
    }
    bc_doclist_release(&l);
  }
}

/* What extraction must not leave: footnote marks glued to words or in
 * brackets, sub-headings lost with their wrappers or written in bold, a
 * dateline glued to the story; the notes are an aside, not a section. */
static void test_artefacts(void **state)
{
  static const char page[] =
      "<html><head><title>x</title></head><body><article>"
      "<h1>How the river came back</h1>"
      "<p>London (CNN)For thirty years the river ran brown through the "
      "middle of the town, and nobody remembers swimming in it.</p>"
      "<p>That changed in 2009, when the council closed the last of the "
      "outfalls from the old tannery.</p>"
      "<div class=\"section-title\"><h2>The first fish</h2></div>"
      "<p>The first trout were seen again in 2014, two kilometres below the "
      "bridge, by a retired teacher walking the path.</p>"
      "<p><strong>Who paid</strong></p>"
      "<p>Two thirds came from the regional government, and the rest from a "
      "levy on every water bill in the valley.</p>"
      "<p>Points one and two<sup>1</sup> were contested, and the "
      "third<sup><a href=\"#fn2\">2</a></sup> was not. The area is 12 "
      "km<sup>2</sup> and 10<sup>6</sup> fish live in it.</p>"
      "<p>See the report [<a href=\"#n3\">3</a>] and the appendix [4].</p>"
      "<p><b>Notes</b></p>"
      "<p>[ 1 ] The first note says where the numbers come from.</p>"
      "<p>[2] The second note is about the levy and how it was set.</p>"
      "</article></body></html>";
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  const struct bc_doc *d;
  const struct bc_block *b;
  (void)state;
  assert_int_equal(parse_mem(page, strlen(page), "a.html", NULL, 1, &l, &err),
                   BC_OK);
  assert_int_equal(l.n, 1);
  d = l.docs[0];
  check_spans(d);
  assert_string_equal(d->title, "How the river came back");
  b = find_block(d, "London (CNN)");
  assert_non_null(b);
  assert_int_equal(b->span.end - b->span.start, 12);
  assert_non_null(find_block(d, "For thirty years"));
  b = find_block(d, "The first fish");
  assert_non_null(b);
  assert_int_equal(b->kind, BC_BLOCK_HEADING);
  b = find_block(d, "Who paid");
  assert_non_null(b);
  assert_int_equal(b->kind, BC_BLOCK_HEADING);
  assert_non_null(find_block(d, "Two thirds came")); /* a paragraph again */
  assert_int_equal(find_block(d, "Two thirds came")->kind, BC_BLOCK_PARAGRAPH);
  assert_non_null(strstr(d->text, "Points one and two were contested, and "
                                  "the third was not. The area is 12 km2 and "
                                  "106 fish"));
  assert_non_null(strstr(d->text, "See the report and the appendix."));
  b = find_block(d, "Notes");
  assert_non_null(b);
  assert_int_equal(b->kind, BC_BLOCK_PARAGRAPH); /* no section */
  assert_true(b->aside);
  b = find_block(d, "[1] The first note");
  assert_non_null(b);
  assert_true(b->aside);
  assert_true(find_block(d, "[2] The second note")->aside);
  assert_false(find_block(d, "Two thirds came")->aside);
  bc_doclist_release(&l);
}

/* A single article is never split, even when asked. */
static void test_split_single(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  parse_fixture("blog_post.html", NULL, 1, &l);
  assert_int_equal(l.n, 1);
  assert_string_equal(l.docs[0]->date, "2021-03-14");
  bc_doclist_release(&l);
}

/* A plain essay page: a table layout, a promo line, then the date line and
 * the essay; the month is the page's date. */
static void test_essay_dateline(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  parse_fixture("essay_dateline.html", NULL, 0, &l);
  assert_int_equal(l.n, 1);
  assert_non_null(l.docs[0]->date);
  assert_string_equal(l.docs[0]->date, "2004-11");
  assert_non_null(strstr(l.docs[0]->text, "When the mill closed in 1987"));
  check_spans(l.docs[0]);
  bc_doclist_release(&l);
}

/* --- character sets ------------------------------------------------------- */

struct charset_case {
  const char *file, *header, *want, *not_want;
};

#define CAFE                                                                   \
  "The caf\xC3\xA9 on the corner charges \xE2\x82\xAC"                         \
  "3"
#define QUOTE "says \xE2\x80\x9Cprices will not rise this year\xE2\x80\x9D"
static const struct charset_case charset_cases[] = {
    {"cp1252_meta.html", NULL, CAFE, NULL},
    {"cp1252_meta.html", NULL, QUOTE, NULL},
    {"cp1252_nodecl.html", NULL, QUOTE, NULL}, /* not UTF-8: windows-1252 */
    {"utf8_bom.html", NULL, CAFE, "\xC3\x83"}, /* the BOM beats <meta> */
    /* the same UTF-8 bytes: as declared in <meta>, or as the HTTP header's
     * ISO-8859-1 says, which wins: the characters read twice come back
     * ("caf\xC3\xA9"), except the closing quote whose last byte
     * Windows-1252 lacks, which shows the header was followed */
    {"latin1_header.html", NULL, CAFE, NULL},
    {"latin1_header.html", "ISO-8859-1",
     "this year\xC3\xA2\xE2\x82\xAC\xEF\xBF\xBD", "this year\xE2\x80\x9D"},
    {"koi8r_meta.html", NULL,
     "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, "
     "\xD0\xBC\xD0\xB8\xD1\x80!",
     NULL},
    /* an unknown charset name falls back to UTF-8 */
    {"latin1_header.html", "x-no-such-charset", CAFE, NULL},
};

static void test_charsets(void **state)
{
  (void)state;
  for (size_t i = 0; i < sizeof charset_cases / sizeof charset_cases[0]; i++) {
    const struct charset_case *c = &charset_cases[i];
    struct bc_doclist l = BC_DOCLIST_INIT;
    parse_fixture(c->file, c->header, 0, &l);
    assert_int_equal(l.n, 1);
    if (!strstr(l.docs[0]->text, c->want))
      fail_msg("case %zu (%s): '%s' not in '%s'", i, c->file, c->want,
               l.docs[0]->text);
    if (c->not_want && strstr(l.docs[0]->text, c->not_want))
      fail_msg("case %zu (%s): '%s' found", i, c->file, c->not_want);
    check_spans(l.docs[0]);
    bc_doclist_release(&l);
  }
}

/* UTF-16 as the HTTP header declares it, with or without a BOM. */
static void test_utf16(void **state)
{
  static const char ascii[] =
      "<html><body><p>Sixteen bits per character, and still a paragraph "
      "long enough to count as the article.</p></body></html>";
  char page[2 * sizeof ascii + 2];
  size_t n = 0;
  (void)state;
  for (int bom = 0; bom < 2; bom++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    n = 0;
    if (bom) {
      page[n++] = '\xFF';
      page[n++] = '\xFE';
    }
    for (size_t i = 0; i + 1 < sizeof ascii; i++) {
      page[n++] = ascii[i];
      page[n++] = '\0';
    }
    assert_int_equal(
        parse_mem(page, n, "u16.html", bom ? NULL : "UTF-16LE", 0, &l, &err),
        BC_OK);
    assert_non_null(strstr(l.docs[0]->text, "Sixteen bits per character"));
    bc_doclist_release(&l);
  }
}

/* --- bad inputs ----------------------------------------------------------- */

struct bad_case {
  const char *data;
  size_t len;
  bc_status want;
  const char *msg;
};

static void test_bad_inputs(void **state)
{
  static const char bin[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  static const struct bad_case cases[] = {
      {"", 0, BC_ERR_INPUT, "no article text found in 'x.html'"},
      {"   \n\t ", 6, BC_ERR_INPUT, "no article text found in 'x.html'"},
      {bin, sizeof bin - 1, BC_ERR_BINARY, "binary"},
      {"<html><body><script>var a = 'Long enough text, with punctuation, "
       "that lives only in a script.';</script></body></html>",
       0, BC_ERR_INPUT, "no article text found"},
      {"<", 1, BC_ERR_INPUT, "no article text found"},
      {"<!-- never closed", 0, BC_ERR_INPUT, "no article text found"},
  };
  size_t len;
  char *empty = fixture("empty_article.html", &len);
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_int_equal(
      parse_mem(empty, len, "empty_article.html", NULL, 0, &l, &err),
      BC_ERR_INPUT);
  assert_string_equal(err.msg, "no article text found in 'empty_article.html'");
  assert_int_equal(l.n, 0);
  free(empty);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const struct bad_case *c = &cases[i];
    size_t n = c->len ? c->len : strlen(c->data);
    err.msg[0] = '\0';
    assert_int_equal(parse_mem(c->data, n, "x.html", NULL, 0, &l, &err),
                     c->want);
    if (!strstr(err.msg, c->msg))
      fail_msg("case %zu: message '%s'", i, err.msg);
    assert_int_equal(l.n, 0);
  }
}

static void test_malformed(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  parse_fixture("malformed.html", NULL, 0, &l);
  assert_int_equal(l.n, 1);
  check_spans(l.docs[0]);
  assert_non_null(strstr(l.docs[0]->text, "bold text nests badly and whose"));
  assert_non_null(strstr(l.docs[0]->text, "with a comma, and a full stop."));
  assert_non_null(strstr(l.docs[0]->text, "Text after stray closing tags"));
  bc_doclist_release(&l);
}

/* Old blogs separate paragraphs with <br><br>: those become blocks, a
 * single <br> stays a line break inside one. */
static void test_br_paragraphs(void **state)
{
  static const char page[] =
      "<html><body><div class=\"post\">The first paragraph of an old blog "
      "post, long enough to count, with a comma.<br>Its second line.<br>"
      "<br>\n<br>The second paragraph, also long enough to count as text, "
      "ends here.<br /><br />The third one closes the post, with a full "
      "stop.</div></body></html>";
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  const struct bc_doc *d;
  (void)state;
  assert_int_equal(
      parse_mem(page, sizeof page - 1, "br.html", NULL, 0, &l, &err), BC_OK);
  d = l.docs[0];
  check_spans(d);
  assert_int_equal(d->n_blocks, 3);
  assert_non_null(strstr(d->text, "with a comma.\nIts second line.\n\nThe "
                                  "second paragraph"));
  bc_doclist_release(&l);
}

/* A post rendered by script, with a <noscript> copy for readers without
 * JavaScript: the copy is read, the template and the notice are not. */
static void test_noscript(void **state)
{
  static const char page[] =
      "<html><body><div class=\"post-body\"><script type=\"text/template\">"
      "<p>Template copy of the post, which must not be doubled.</p></script>"
      "<noscript><p>The post itself, as a reader without JavaScript sees it, "
      "with enough words and a comma to count.</p><p>Its second paragraph "
      "follows here, just as long and just as plain.</p></noscript></div>"
      "<div class=\"comments\"><noscript>Please enable JavaScript to view "
      "the comments.</noscript></div></body></html>";
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_int_equal(
      parse_mem(page, sizeof page - 1, "ns.html", NULL, 0, &l, &err), BC_OK);
  assert_non_null(strstr(l.docs[0]->text, "The post itself"));
  assert_non_null(strstr(l.docs[0]->text, "Its second paragraph"));
  assert_null(strstr(l.docs[0]->text, "Template copy"));
  assert_null(strstr(l.docs[0]->text, "enable JavaScript"));
  bc_doclist_release(&l);
}

/* Random bytes (no NULs) and truncations of a real page: any result or a
 * clear error, never a crash (ASan and valgrind watch this). */
static void test_garbage(void **state)
{
  size_t len;
  char *page = fixture("blog_post.html", &len);
  char *junk = malloc(65536);
  uint32_t x = 12345;
  (void)state;
  assert_non_null(junk);
  for (int round = 0; round < 20; round++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    size_t n = 1000 + (size_t)round * 3000;
    for (size_t i = 0; i < n; i++) {
      x = x * 1103515245u + 12345u;
      junk[i] = (char)(1 + (x >> 16) % 255);
      if (round % 2 && i % 7 == 0)
        junk[i] = "<>/=\"' pa"[(x >> 8) % 9];
    }
    bc_status rc = parse_mem(junk, n, "junk.html", NULL, 0, &l, &err);
    assert_true(rc == BC_OK || rc == BC_ERR_INPUT);
    if (rc == BC_OK)
      check_spans(l.docs[0]);
    bc_doclist_release(&l);
    rc = parse_mem(page, len * (size_t)round / 20, "cut.html", NULL, round % 2,
                   &l, &err);
    assert_true(rc == BC_OK || rc == BC_ERR_INPUT);
    bc_doclist_release(&l);
  }
  free(junk);
  free(page);
}

/* Deep nesting: the walks are iterative, so depth costs no stack. */
static void test_deep_nesting(void **state)
{
  static const char *const tags[] = {"div", "b", "li"};
  (void)state;
  for (size_t t = 0; t < 3; t++) {
    struct bc_buf b = BC_BUF_INIT((size_t)64 << 20);
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    bc_status rc;
    bc_buf_adds(&b, "<html><body>");
    for (int i = 0; i < 100000; i++)
      bc_buf_addf(&b, "<%s>", tags[t]);
    bc_buf_adds(&b, "<p>Deep inside the nesting sits a paragraph, long "
                    "enough and punctuated, that should survive.</p>");
    assert_int_equal(bc_buf_status(&b), BC_OK);
    rc = parse_mem(b.ptr, b.len, "deep.html", NULL, 0, &l, &err);
    assert_true(rc == BC_OK || rc == BC_ERR_INPUT);
    if (rc == BC_OK)
      check_spans(l.docs[0]);
    bc_doclist_release(&l);
    bc_buf_release(&b);
  }
}

/* A page of millions of tags meets a named limit instead of taking
 * gigabytes. */
static void test_tag_bomb(void **state)
{
  size_t n = 2 * (size_t)BC_MAX_HTML_TAGS;
  char *page = malloc(3 * n + 1);
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_non_null(page);
  for (size_t i = 0; i < n; i++)
    memcpy(page + 3 * i, "<p>", 3);
  assert_int_equal(parse_mem(page, 3 * n, "bomb.html", NULL, 0, &l, &err),
                   BC_ERR_LIMIT);
  assert_string_equal(err.msg,
                      "cannot read 'bomb.html': more than 1000000 tags");
  assert_int_equal(l.n, 0);
  free(page);
}

/* A 20 MB page: one article of many paragraphs between boilerplate. */
static void test_huge_page(void **state)
{
  struct bc_buf b = BC_BUF_INIT((size_t)64 << 20);
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  size_t paras = 0;
  (void)state;
  bc_buf_adds(&b, "<html><head><title>Big</title></head><body><nav><a "
                  "href=/>Home</a></nav><article>");
  while (b.len < (size_t)20 << 20) {
    bc_buf_addf(&b,
                "<p>Paragraph %zu of a very long report, which goes on and "
                "on, with commas, numbers like %zu and full stops.</p>\n",
                paras, paras * 7);
    paras++;
  }
  bc_buf_adds(&b, "</article><footer>All rights reserved</footer></body>");
  assert_int_equal(bc_buf_status(&b), BC_OK);
  assert_int_equal(parse_mem(b.ptr, b.len, "big.html", NULL, 0, &l, &err),
                   BC_OK);
  assert_int_equal(l.n, 1);
  assert_int_equal(l.docs[0]->n_blocks, paras);
  assert_null(strstr(l.docs[0]->text, "All rights reserved"));
  assert_non_null(strstr(l.docs[0]->text, "Paragraph 0 of"));
  bc_doclist_release(&l);
  bc_buf_release(&b);
}

/* Every allocation of ours may fail: the reader reports BC_ERR_NOMEM and
 * leaks nothing (ASan's leak checker watches). */
static void test_out_of_memory(void **state)
{
  size_t len;
  char *page = fixture("archive_blogger.html", &len);
  long n;
  (void)state;
  for (n = 1; n < 10000; n++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    bc_status rc;
    bc__alloc_fail_after(n);
    rc = parse_mem(page, len, "a.html", NULL, 1, &l, &err);
    bc__alloc_fail_after(0);
    if (rc == BC_OK) {
      assert_int_equal(l.n, 3);
      bc_doclist_release(&l);
      break;
    }
    assert_int_equal(rc, BC_ERR_NOMEM);
    assert_int_equal(l.n, 0);
  }
  assert_true(n > 5 && n < 10000);
  free(page);
}

/* The benchmark's entry point gives the same text as the document. */
static void test_extract_text(void **state)
{
  size_t len;
  char *page = fixture("blog_post.html", &len);
  char *text = NULL;
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_int_equal(bc__html_extract_text(page, len, NULL, &text, &err), BC_OK);
  assert_int_equal(parse_mem(page, len, "p.html", NULL, 0, &l, &err), BC_OK);
  assert_string_equal(text, l.docs[0]->text);
  free(text);
  bc_doclist_release(&l);
  free(page);
}

/* A class that names the arrangement around an element ("sidebar
 * layout": an article beside a sidebar) marks nothing as a sidebar: the
 * article inside it is kept, not only the teasers of suggested reads next
 * to it. */
static void test_layout_class_is_no_sidebar(void **state)
{
  static const char html[] =
      "<html><head><title>Moths at the Lamp</title></head><body>"
      "<div class=\"grid sidebar-layout--wide\"><div class=\"col\">"
      "<article class=\"story\"><h1>Moths at the Lamp</h1>"
      "<div class=\"row left-sidebar-layout\"><div class=\"story-main\">"
      "<p>Every summer night the porch lamp draws dozens of moths, and the "
      "children count them before bed, writing each kind in a notebook.</p>"
      "<p>This year they found a hawk moth as long as a thumb, resting on "
      "the screen door until morning, when it flew into the hedge.</p>"
      "<p>Their grandmother says the moths were twice as many when she was "
      "young, and she wonders whether the new street lights are the "
      "reason.</p>"
      "<p>A neighbour who studies insects lent them a field guide, and the "
      "notebook now holds forty names, some of them in Latin, with a sketch "
      "beside each one.</p>"
      "<p>On the last night of August they left the lamp off for an hour to "
      "see whether the moths would wait, and most of them drifted away into "
      "the dark garden.</p>"
      "<p>Next summer they plan to hang a white sheet under the lamp, as the "
      "guide suggests, so that the moths settle where they can be counted "
      "and photographed.</p></div></div></article></div>"
      "<div class=\"slider\"><h3>Suggested reads</h3>"
      "<div class=\"cards\"><article class=\"card\"><h2><a href=\"/a\">Bats "
      "over the river</a></h2><p>Why the colony moved upstream, and what "
      "the wardens learned from counting them at dusk.</p></article>"
      "<article class=\"card\"><h2><a href=\"/b\">Frogs in the ditch</a></h2>"
      "<p>A wet spring brought the loudest chorus in years, and the "
      "neighbours are not all pleased about it.</p></article>"
      "<article class=\"card\"><h2><a href=\"/c\">Owls in the barn</a></h2>"
      "<p>The barn owls returned after a decade away, and the farmer has "
      "left the loft door open for them.</p></article></div></div>"
      "</div></body></html>";
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_int_equal(
      parse_mem(html, sizeof html - 1, "moths.html", NULL, 0, &l, &err), BC_OK);
  assert_int_equal(l.n, 1);
  assert_non_null(strstr(l.docs[0]->text, "hawk moth as long as a thumb"));
  assert_non_null(strstr(l.docs[0]->text, "new street lights"));
  bc_doclist_release(&l);
}

/* A block of "popular" teasers inside the article's container, each a
 * picture, a title that is a link (a div its class calls a title, no
 * heading) and a short blurb with figures, is left out with its heading:
 * the blurbs tell of other pages, not of this one. */
static void test_title_teasers_left_out(void **state)
{
  static const char html[] =
      "<html><head><title>Slow bread</title></head><body>"
      "<div id=\"content\"><h1>Slow bread</h1>"
      "<p>A dough left overnight in a cool kitchen rises slowly, and the "
      "long wait gives the crumb its open, glossy look and a mild sour "
      "taste.</p>"
      "<p>Most bakers at home use less yeast than a recipe asks for, then "
      "fold the dough every half hour for the first two hours.</p>"
      "<p>The crust darkens best in a heavy pot with its lid on for the "
      "first twenty minutes, and off for the last twenty.</p>"
      "<p>A loaf made this way keeps for several days in a cloth bag, "
      "longer than a quick loaf from the same flour.</p>"
      "<div id=\"popblock\"><h2>Most read recipes</h2>"
      "<div class=\"tile\"><div class=\"pic\"><a href=\"/a\"><img "
      "src=\"a.jpg\" alt=\"Rye\"></a></div><div class=\"title\"><a "
      "href=\"/a\">Dark rye</a></div><div class=\"body\">A dense loaf. "
      "Ready in 3 hours, keeps for 9 days.</div></div>"
      "<div class=\"tile\"><div class=\"pic\"><a href=\"/b\"><img "
      "src=\"b.jpg\" alt=\"Buns\"></a></div><div class=\"title\"><a "
      "href=\"/b\">Sweet buns</a></div><div class=\"body\">Soft buns for "
      "breakfast. Makes 12 in 40 minutes.</div></div>"
      "<div class=\"tile\"><div class=\"pic\"><a href=\"/c\"><img "
      "src=\"c.jpg\" alt=\"Flatbread\"></a></div><div class=\"title\"><a "
      "href=\"/c\">Flatbread</a></div><div class=\"body\">No oven needed. "
      "Cooks in 5 minutes in a pan.</div></div>"
      "</div></div></body></html>";
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_int_equal(
      parse_mem(html, sizeof html - 1, "bread.html", NULL, 0, &l, &err), BC_OK);
  assert_int_equal(l.n, 1);
  assert_non_null(strstr(l.docs[0]->text, "fold the dough every half hour"));
  assert_non_null(strstr(l.docs[0]->text, "longer than a quick loaf"));
  assert_null(strstr(l.docs[0]->text, "Ready in 3 hours"));
  assert_null(strstr(l.docs[0]->text, "Makes 12 in 40 minutes"));
  assert_null(strstr(l.docs[0]->text, "Most read recipes"));
  bc_doclist_release(&l);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_blog_post),
      cmocka_unit_test(test_title_teasers_left_out),
      cmocka_unit_test(test_metadata),
      cmocka_unit_test(test_dates),
      cmocka_unit_test(test_blogger_archive),
      cmocka_unit_test(test_article_archive),
      cmocka_unit_test(test_footer_dates),
      cmocka_unit_test(test_flat_dates),
      cmocka_unit_test(test_split_single),
      cmocka_unit_test(test_blogger_label),
      cmocka_unit_test(test_posts_without_article),
      cmocka_unit_test(test_artefacts),
      cmocka_unit_test(test_essay_dateline),
      cmocka_unit_test(test_charsets),
      cmocka_unit_test(test_layout_class_is_no_sidebar),
      cmocka_unit_test(test_utf16),
      cmocka_unit_test(test_bad_inputs),
      cmocka_unit_test(test_malformed),
      cmocka_unit_test(test_br_paragraphs),
      cmocka_unit_test(test_noscript),
      cmocka_unit_test(test_garbage),
      cmocka_unit_test(test_deep_nesting),
      cmocka_unit_test(test_tag_bomb),
      cmocka_unit_test(test_huge_page),
      cmocka_unit_test(test_out_of_memory),
      cmocka_unit_test(test_extract_text),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
