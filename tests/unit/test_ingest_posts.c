/* test_ingest_posts.c - pages of several posts in text and Markdown, the
 * end of a post (footers, comments, an appended Q&A), titles when a format
 * names none, and what a scrape leaves that the author did not write:
 * footnote marks, glued datelines and sentences, share boxes, asides.
 * Every text here is written for the test. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/doc.h"
#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/fs.h"

/* Every block's span lies inside the text, blocks are separated by exactly
 * "\n\n", and no span starts or ends with white space. */
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
  }
  if (d->n_blocks)
    assert_int_equal(d->blocks[d->n_blocks - 1].span.end, d->text_len);
}

static bc_status ingest(const char *text, const char *name, int split,
                        struct bc_doclist *out)
{
  struct bc_error err = BC_ERROR_INIT;
  struct bc_ingest_opts o = BC_INGEST_OPTS_INIT;
  bc_status rc;
  o.split_posts = split;
  rc = bc_ingest_memory(text, strlen(text), name, NULL, &o, out, &err);
  if (rc)
    print_error("%s: %s\n", name, err.msg);
  for (size_t i = 0; !rc && i < out->n; i++)
    check_spans(out->docs[i]);
  return rc;
}

static char *fixture(const char *name)
{
  char path[512];
  char *data = NULL;
  size_t len;
  struct bc_error err = BC_ERROR_INIT;
  snprintf(path, sizeof path, "%s/tests/fixtures/ingest/%s", BC_SOURCE_DIR,
           name);
  assert_int_equal(bc__fs_read(path, (size_t)1 << 20, &data, &len, &err),
                   BC_OK);
  return data;
}

/* --- short lines ------------------------------------------------------- */

static void test_line_date(void **state)
{
  static const struct {
    const char *s;
    const char *iso; /* NULL: no date line */
  } cases[] = {
      {"Wednesday, August 30, 2023", "2023-08-30"},
      {"August 30, 2023 by Tomasz", "2023-08-30"},
      {"Posted on 3 May 2021 by Jo Park | 2 comments", "2021-05-03"},
      {"Mar 3, 2021 \xC2\xB7 4 min read", "2021-03-03"},
      {"2023-08-30", "2023-08-30"},
      {"Published: 12 June 2019 at 9:14 pm", "2019-06-12"},
      {"April 2021", "2021-04"},
      /* a change date, a sentence, a title with a date in it */
      {"Updated: March 5, 2021", NULL},
      {"On 3 March 2021 we moved to the new office.", NULL},
      {"The crash of October 19, 1987", NULL},
      {"Elections on March 3, 2020", NULL},
      {"Notes on retail, warehouses and the people who work in them.", NULL},
  };
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char iso[11];
    int got = bc__line_date(cases[i].s, strlen(cases[i].s), iso);
    if (got != (cases[i].iso != NULL))
      fail_msg("'%s': %s", cases[i].s, got ? "a date line" : "no date line");
    if (got)
      assert_string_equal(iso, cases[i].iso);
  }
}

static void test_line_kinds(void **state)
{
  static const struct {
    const char *s;
    enum bc__line_kind kind;
  } cases[] = {
      {"Showing posts with label Amazon. Show all posts", BC__LINE_STATUS},
      {"Blog Archive", BC__LINE_STATUS},
      {"You might also like:", BC__LINE_STATUS},
      {"Home", BC__LINE_STATUS},
      {"Posted by Marta K. at 9:14 PM", BC__LINE_FOOTER},
      {"Labels: Amazon, work", BC__LINE_FOOTER},
      {"Posted in Beans | Leave a comment", BC__LINE_FOOTER},
      {"Email ThisBlogThis!Share to XShare to Facebook", BC__LINE_FOOTER},
      {"4 comments:", BC__LINE_COMMENTS},
      {"No comments:", BC__LINE_COMMENTS},
      {"12 Responses to \xE2\x80\x9C"
       "Beans at last\xE2\x80\x9D",
       BC__LINE_COMMENTS},
      {"Leave a Reply", BC__LINE_COMMENTS},
      {"Q&A", BC__LINE_COMMENTS},
      {"Questions and answers", BC__LINE_COMMENTS},
      {"The scanner decides", BC__LINE_NONE},
      {"Comments on the draft budget", BC__LINE_NONE},
      {"Home is where the work is", BC__LINE_NONE},
  };
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    if (bc__line_boiler(cases[i].s, strlen(cases[i].s)) != cases[i].kind)
      fail_msg("'%s': kind %d, want %d", cases[i].s,
               (int)bc__line_boiler(cases[i].s, strlen(cases[i].s)),
               (int)cases[i].kind);
  assert_true(bc__line_byline("By Jane Roe", 11));
  assert_true(bc__line_byline("Posted by Marta K.", 18));
  assert_false(bc__line_byline("By the end of 2019, nothing was left", 36));
}

static void test_dateline(void **state)
{
  static const struct {
    const char *s;
    const char *dateline; /* NULL: none */
    const char *story;
  } cases[] = {
      {"London (CNN)It was a cold morning.", "London (CNN)",
       "It was a cold morning."},
      {"(CNN)They may not be here yet.", "(CNN)", "They may not be here yet."},
      {"WASHINGTON (AP) \xE2\x80\x94 The Senate voted.",
       "WASHINGTON (AP) \xE2\x80\x94", "The Senate voted."},
      {"New Delhi, India (CNN) -- Rain fell.", "New Delhi, India (CNN) --",
       "Rain fell."},
      {"(The Hollywood Reporter)A director died.", "(The Hollywood Reporter)",
       "A director died."},
      /* a company's ticker, a name in brackets, lower case after it */
      {"Microsoft (MSFT) Chief Executive Satya Nadella spoke.", NULL, NULL},
      {"The All Progressives Congress (APC) won 19 posts.", NULL, NULL},
      {"(CNN)and then nothing", NULL, NULL},
  };
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    size_t rest = 0, n = strlen(cases[i].s);
    size_t dl = bc__line_dateline(cases[i].s, n, &rest);
    if (!cases[i].dateline) {
      if (dl && rest < n)
        fail_msg("'%s': a dateline of %zu bytes", cases[i].s, dl);
      continue;
    }
    assert_int_equal(dl, strlen(cases[i].dateline));
    assert_memory_equal(cases[i].s, cases[i].dateline, dl);
    assert_string_equal(cases[i].s + rest, cases[i].story);
  }
}

static void test_tidy_refs(void **state)
{
  static const struct {
    const char *in, *out;
  } cases[] = {
      {"and get nothing if it fails. [ 2 ] So naturally",
       "and get nothing if it fails. So naturally"},
      {"the three points[9], and more", "the three points, and more"},
      {"See the report [ 3 ] and the appendix [4].",
       "See the report and the appendix."},
      {"as one said [12][13] in 2019.", "as one said in 2019."},
      {"a link to nothing [] here", "a link to nothing here"},
      /* a note keeps its label, tightened */
      {"[ 1 ] The first note.", "[1] The first note."},
      /* years, indexes, words in brackets and bracketed asides stay */
      {"It was built in [2019] or so.", "It was built in [2019] or so."},
      {"Use args[1] to get the name.", "Use args[1] to get the name."},
      {"The [citation needed] mark.", "The [citation needed] mark."},
      {"Values (in [1] above) hold.", "Values (in above) hold."},
  };
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char buf[256];
    size_t n = strlen(cases[i].in);
    memcpy(buf, cases[i].in, n + 1);
    n = bc__tidy_refs(buf, n);
    buf[n] = '\0';
    assert_string_equal(buf, cases[i].out);
  }
}

/* A month glued to the lower-case word before it, or a day glued to the
 * month before it, where a scrape joined list lines, is set apart; names,
 * words and code-like forms stay. */
static void test_tidy_months(void **state)
{
  static const struct {
    const char *in, *out;
  } cases[] = {
      {"part of future energy mixMar 2013 - Construction approvedOct 2013 - "
       "UK government agrees",
       "part of future energy mix Mar 2013 - Construction approved Oct 2013 - "
       "UK government agrees"},
      {"the final deal was signedSept. 21, 2016 - Work began",
       "the final deal was signed Sept. 21, 2016 - Work began"},
      {"the plan was publishedJanuary 2019 and revisedJune 3rd, 2020.",
       "the plan was published January 2019 and revised June 3rd, 2020."},
      /* no month, no day or year after it, or no lower-case word before */
      {"She bought an iPhone 6 and an iMac 2013 model.",
       "She bought an iPhone 6 and an iMac 2013 model."},
      {"McDonald 2019 and eBay 2020 reported.",
       "McDonald 2019 and eBay 2020 reported."},
      {"the dismayMayor 2019 race", "the dismayMayor 2019 race"},
      {"a camelCaseMarch function", "a camelCaseMarch function"},
      {"set aMay 5 flag", "set aMay 5 flag"},
      {"the eBayMar 2013 sale and McDonaldMay 5 menu",
       "the eBayMar 2013 sale and McDonaldMay 5 menu"},
      {"a scrape of LondonOct 2013 - Talks", "a scrape of London Oct 2013 - "
                                             "Talks"},
      {"their showMay 40 times", "their showMay 40 times"},
      {"the rowJun 20134 ids", "the rowJun 20134 ids"},
      {"in 2012Mar 2013", "in 2012Mar 2013"},
      /* a day glued to the month before it, another date after it */
      {"Published 12 June10 June by the desk",
       "Published 12 June 10 June by the desk"},
      {"dates: 3 Mar21 Apr and more", "dates: 3 Mar 21 Apr and more"},
      /* no month before it, or no month after it */
      {"runs Win10 Pro and an mp3 June player",
       "runs Win10 Pro and an mp3 June player"},
      {"the June10 build and a May2 plan", "the June10 build and a May2 plan"},
      {"in June40 June", "in June40 June"},
  };
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_buf b = BC_BUF_INIT(1 << 20);
    assert_int_equal(bc_buf_adds(&b, "xx"), BC_OK);
    assert_int_equal(bc_buf_adds(&b, cases[i].in), BC_OK);
    assert_int_equal(bc__tidy_months(&b, 2), BC_OK);
    assert_string_equal(b.ptr + 2, cases[i].out);
    assert_int_equal(b.len, 2 + strlen(cases[i].out));
    bc_buf_release(&b);
  }
}

/* --- titles ------------------------------------------------------------ */

static void test_guess_title(void **state)
{
  static const struct {
    const char *text, *title;
  } cases[] = {
      /* a status line and a bare date are no title */
      {"Showing posts with label Amazon. Show all posts\n\n"
       "Where the returns go\n\n"
       "Returned parcels are opened at a separate station and sorted.\n",
       "Where the returns go"},
      {"2023-08-30\n\nThe tram runs again after two years of works on the "
       "bridge, and the first one was full before it left the depot.\n",
       "The tram runs again after two years of works on the bridge"},
      /* a sub-heading after the text has begun is not the title */
      {"The council closed the bridge this morning. Buses go round.\n\n"
       "What happens next\n\n"
       "Nobody knows yet how long the repairs will take.\n",
       "The council closed the bridge this morning"},
      /* the first sentence of a dateline story, without the dateline */
      {"London (CNN)It was a cold morning when the council voted to close "
       "the bridge. Nobody expected it.\n",
       "It was a cold morning when the council voted to close the bridge"},
      /* a long sentence loses whole clauses, never a phrase cut in the
       * middle: a relative clause after its subject ... */
      {"The committee, which has met every Tuesday since the floods of 2016 "
       "and has never once agreed on anything that mattered, agreed today "
       "to rebuild the weir.\n",
       "The committee agreed today to rebuild the weir"},
      /* ... a clause after a comma, once the opening phrase is past */
      {"For many people with severe disabilities, their families and "
       "carers, a trip to town means planning every stop, because most "
       "public toilets are too small.\n",
       "For many people with severe disabilities, their families and "
       "carers, a trip to town means planning every stop"},
      /* ... and a long sentence with no such place stays whole */
      {"It says something for the way the team have fallen from past "
       "greatness that the result was seen as a small triumph by everyone "
       "at the factory in Woking on Sunday night.\n",
       "It says something for the way the team have fallen from past "
       "greatness that the result was seen as a small triumph by everyone "
       "at the factory in Woking on Sunday night"},
      /* a scrape that ran the sentences together; an opening "But" */
      {"The striker has cancelled his contract by mutual consent to join "
       "the club.He scored twice.\n",
       "The striker has cancelled his contract by mutual consent to join "
       "the club"},
      /* ... or before a word that opens a clause without a comma */
      {"Lee Clark admitted Blackpool face a challenge to win back their "
       "stay-away fans after an evening in which their relegation was marked "
       "by protests against the chairman.\n",
       "Lee Clark admitted Blackpool face a challenge to win back their "
       "stay-away fans"},
      {"But VR can also be embedded in reality.\"It is new,\" he said.\n",
       "VR can also be embedded in reality"},
      {"Why We Moved to SRE\n\nIt took two years.\n", "Why We Moved to SRE"},
  };
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    assert_int_equal(ingest(cases[i].text, "t.txt", 1, &l), BC_OK);
    assert_int_equal(l.n, 1);
    assert_string_equal(l.docs[0]->title, cases[i].title);
    bc_doclist_release(&l);
  }
  /* a post titled by its date in front matter takes its text's title */
  {
    static const char md[] = "---\ntitle: \"2023-08-30\"\ndate: 2023-08-30\n"
                             "---\n\nThe tram runs again after two years of "
                             "works on the bridge. Everyone was pleased.\n";
    struct bc_doclist l = BC_DOCLIST_INIT;
    assert_int_equal(ingest(md, "post.md", 1, &l), BC_OK);
    assert_string_equal(l.docs[0]->title,
                        "The tram runs again after two years of works on "
                        "the bridge");
    assert_string_equal(l.docs[0]->date, "2023-08-30");
    bc_doclist_release(&l);
  }
  assert_true(
      bc__title_bad("Showing posts with label Amazon. Show all posts", 47));
  assert_true(bc__title_bad("Wednesday, August 30, 2023", 26));
  assert_true(bc__title_bad("2023-08-30", 10));
  assert_false(bc__title_bad("Where the returns go", 20));
}

/* --- pages of posts ---------------------------------------------------- */

struct post_want {
  const char *title, *date, *text;
};

static void expect_posts(const struct bc_doclist *l,
                         const struct post_want *want, size_t n,
                         const char *const *never, size_t n_never)
{
  assert_int_equal(l->n, n);
  for (size_t i = 0; i < n; i++) {
    const struct bc_doc *d = l->docs[i];
    assert_string_equal(d->title, want[i].title);
    assert_string_equal(d->date, want[i].date);
    assert_int_equal(d->post, i + 1);
    assert_int_equal(d->n_posts, n);
    if (!strstr(d->text, want[i].text))
      fail_msg("post %zu lacks '%s'", i + 1, want[i].text);
    for (size_t j = 0; j < n; j++)
      if (j != i && strstr(d->text, want[j].text))
        fail_msg("post %zu holds post %zu's '%s'", i + 1, j + 1, want[j].text);
    for (size_t k = 0; k < n_never; k++)
      if (strstr(d->text, never[k]))
        fail_msg("post %zu keeps '%s'", i + 1, never[k]);
  }
}

static void test_text_blogger(void **state)
{
  static const struct post_want want[] = {
      {"What the night shift taught me", "2023-08-30", "outside Leipzig"},
      {"Prime Day, seen from the loading dock", "2023-07-17", "41 lorries"},
      {"The robots in hall B", "2023-06-02", "whole shelves"},
  };
  static const char *const never[] = {
      "Showing posts", "Posted by", "Labels:",      "comments:",
      "Older Posts",   "Subscribe", "Blog Archive", "Shelf Life"};
  char *text = fixture("posts_blogger.txt");
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  assert_int_equal(ingest(text, "blog.txt", 1, &l), BC_OK);
  expect_posts(&l, want, 3, never, sizeof never / sizeof never[0]);
  /* each post keeps its own sub-heading */
  assert_non_null(strstr(l.docs[0]->text, "The scanner decides"));
  bc_doclist_release(&l);

  /* Kept whole: every post, and nothing after the last one's text. */
  assert_int_equal(ingest(text, "blog.txt", 0, &l), BC_OK);
  assert_int_equal(l.n, 1);
  assert_int_equal(l.docs[0]->n_posts, 0);
  assert_string_equal(l.docs[0]->title, "Shelf Life");
  for (size_t i = 0; i < 3; i++)
    assert_non_null(strstr(l.docs[0]->text, want[i].text));
  assert_null(strstr(l.docs[0]->text, "Blog Archive"));
  assert_null(strstr(l.docs[0]->text, "Subscribe"));
  bc_doclist_release(&l);
  free(text);
}

static void test_text_wordpress(void **state)
{
  static const struct post_want want[] = {
      {"Beans at last", "2023-08-30", "runner beans"},
      {"The water butt question", "2023-08-12", "twenty new water butts"},
  };
  static const char *const never[] = {"Posted in", "Recent Posts", "Menu",
                                      "Archives", "Leave a comment"};
  char *text = fixture("posts_wordpress.txt");
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  assert_int_equal(ingest(text, "diary.txt", 1, &l), BC_OK);
  expect_posts(&l, want, 2, never, sizeof never / sizeof never[0]);
  bc_doclist_release(&l);
  free(text);
}

static void test_markdown_posts(void **state)
{
  static const struct post_want want[] = {
      {"The heron is back", "2023-08-30", "grey heron"},
      {"Counting swifts", "2023-08-12", "Forty-two swifts"},
  };
  char *text = fixture("posts.md");
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  assert_int_equal(ingest(text, "notes.md", 1, &l), BC_OK);
  expect_posts(&l, want, 2, NULL, 0);
  assert_int_equal(l.docs[0]->format, BC_FORMAT_MARKDOWN);
  assert_non_null(l.docs[0]->blocks[0].date);
  bc_doclist_release(&l);
  free(text);
}

/* Pages that hold one piece, or whose dates cannot be placed, stay whole. */
static void test_not_posts(void **state)
{
  static const char *const cases[] = {
      /* dates after each text: whose they are cannot be told */
      "Rain again\n\nIt rained for the fourth day in a row, and the river is "
      "higher than in the flood of 2016.\n\nMarch 3, 2021\n\n"
      "The bridge is closed\n\nThe council closed the old bridge this "
      "morning, after the water reached the arches.\n\nMarch 4, 2021\n",
      /* one dated article with a list of related posts after it */
      "March 3, 2021\n\nThe bridge is closed\n\nThe council closed the old "
      "bridge this morning, after the water reached the arches, and the bus "
      "now takes the long way round through the hills and the villages. The "
      "repairs will take the whole summer, the engineer said, and cost more "
      "than the bridge did when it was built in 1911. Nobody in the village "
      "remembers a flood this high, and the oldest of them is ninety-four. "
      "The school has closed for the week, since half its pupils live on "
      "the other side, and the shop has run out of bread twice.\n\n"
      "Related posts\n\nRain again\n\nFebruary 2, 2021\n\nIt rained for the "
      "fourth day in a row, and the river is higher than ever before.\n\n"
      "Snow at last\n\nJanuary 9, 2021\n\nThe first snow of the winter fell "
      "overnight and closed the school for two days.\n",
      /* a list of titles and dates: an index, not posts */
      "Archive\n\nRain again\n\nMarch 3, 2021\n\nThe bridge is closed\n\n"
      "March 4, 2021\n\nSnow at last\n\nJanuary 9, 2021\n",
      /* one dated post */
      "Rain again\n\nMarch 3, 2021\n\nIt rained for the fourth day in a row, "
      "and the river is higher than in the flood of 2016.\n",
  };
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    assert_int_equal(ingest(cases[i], "page.txt", 1, &l), BC_OK);
    if (l.n != 1)
      fail_msg("case %zu: split into %zu", i, l.n);
    bc_doclist_release(&l);
  }
}

/* A post's comments are not the post, and commenters' dated names are
 * no posts; neither is an appended Q&A. */
static void test_comments(void **state)
{
  static const char *const never[] = {"Jonas",          "Anonymous",
                                      "Post a Comment", "Newer Post",
                                      "3 comments",     "Posted by"};
  static const char qa[] =
      "The talk\n\nThe first part of the talk was about why the old tram "
      "line closed in 1961, and the second about what it would cost to "
      "build it again along the same streets.\n\nThe answer was 40 million "
      "euros, most of it for the new bridge over the river, which has to "
      "carry a tram and two lanes of cars at once.\n\nThe council has not "
      "decided yet, and will not before the elections in the spring.\n\n"
      "Q&A\n\nSomeone asked whether buses would not be cheaper. They would "
      "be, said the speaker, but nobody moves house to live near a bus.\n";
  static const char early[] =
      "Comments\n\nThis page collects the comments the council received on "
      "the draft plan for the tram, sorted by street.\n\nMost of the "
      "comments were about the bridge, and most of those were in favour.\n";
  char *text = fixture("post_comments.txt");
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  assert_int_equal(ingest(text, "post.txt", 1, &l), BC_OK);
  assert_int_equal(l.n, 1);
  assert_non_null(strstr(l.docs[0]->text, "160 items an hour"));
  for (size_t k = 0; k < sizeof never / sizeof never[0]; k++)
    if (strstr(l.docs[0]->text, never[k]))
      fail_msg("kept '%s'", never[k]);
  assert_string_equal(l.docs[0]->date, "2023-08-30");
  bc_doclist_release(&l);
  free(text);

  assert_int_equal(ingest(qa, "talk.txt", 1, &l), BC_OK);
  assert_non_null(strstr(l.docs[0]->text, "before the elections"));
  assert_null(strstr(l.docs[0]->text, "buses"));
  bc_doclist_release(&l);

  /* a "Comments" heading over the text is the text's own */
  assert_int_equal(ingest(early, "comments.txt", 1, &l), BC_OK);
  assert_non_null(strstr(l.docs[0]->text, "in favour"));
  bc_doclist_release(&l);
}

/* --- what a scrape leaves behind --------------------------------------- */

static void test_scrape_artefacts(void **state)
{
  static const char glued[] =
      "The party won 19 of the 28 posts in the elections.It is the biggest "
      "defeat since 1999.It lost the poll last month.APC leader Ann Bee "
      "spoke. See www.Example.com and the U.S.Army site.\n";
  static const char colon[] =
      "The plan names three aims for the harbour:On the question of cost, "
      "the council gave no figure. Read more at http://Example.org/x.\n";
  static const char timeline[] =
      "Power was to be part of the energy mixMar 2013 - Construction "
      "approvedOct 2013 - The government agrees a price.\n";
  static const char timeline_html[] =
      "<html><body><article><p>Power was to be part of the energy "
      "mix<span>Mar 2013 - Construction approved</span></p></article>"
      "</body></html>";
  static const char box[] =
      "Share this withEmailFacebookMessengerTwitterCopy this linkResearchers "
      "found that four out of five children had tried new food at school.\n";
  static const char dateline[] =
      "London (CNN)It was a cold morning when the council voted to close "
      "the bridge.\n\nThe repairs will take the whole summer.\n";
  struct bc_doclist l = BC_DOCLIST_INIT;
  const struct bc_doc *d;
  (void)state;
  assert_int_equal(ingest(glued, "g.txt", 1, &l), BC_OK);
  assert_string_equal(l.docs[0]->text,
                      "The party won 19 of the 28 posts in the elections. It "
                      "is the biggest defeat since 1999. It lost the poll last "
                      "month. APC leader Ann Bee spoke. See www.Example.com "
                      "and the U.S.Army site.");
  bc_doclist_release(&l);

  /* a colon whose list the scrape dropped ends the block */
  assert_int_equal(ingest(colon, "c.txt", 1, &l), BC_OK);
  assert_string_equal(l.docs[0]->text,
                      "The plan names three aims for the harbour:\n\nOn the "
                      "question of cost, the council gave no figure. Read "
                      "more at http://Example.org/x.");
  assert_int_equal(l.docs[0]->n_blocks, 2);
  bc_doclist_release(&l);

  assert_int_equal(ingest(timeline, "t.txt", 1, &l), BC_OK);
  assert_string_equal(l.docs[0]->text,
                      "Power was to be part of the energy mix Mar 2013 - "
                      "Construction approved Oct 2013 - The government "
                      "agrees a price.");
  bc_doclist_release(&l);
  assert_int_equal(ingest(timeline_html, "t.html", 1, &l), BC_OK);
  assert_non_null(
      strstr(l.docs[0]->text, "energy mix Mar 2013 - Construction"));
  bc_doclist_release(&l);

  assert_int_equal(ingest(box, "b.txt", 1, &l), BC_OK);
  assert_true(strncmp(l.docs[0]->text, "Researchers found", 17) == 0);
  bc_doclist_release(&l);

  /* the dateline is a block of its own; the story's words are untouched */
  assert_int_equal(ingest(dateline, "d.txt", 1, &l), BC_OK);
  d = l.docs[0];
  assert_int_equal(d->n_blocks, 3);
  assert_memory_equal(d->text, "London (CNN)\n\nIt was a cold", 27);
  assert_string_equal(d->title, "It was a cold morning when the council voted "
                                "to close the bridge");
  bc_doclist_release(&l);
}

static void test_asides(void **state)
{
  static const char text[] =
      "Want to start a startup? Get funded by a fund.\n\nMay 2005\n\n"
      "The cost of starting a company has fallen so far that most people "
      "who want to can now afford to try it [1], and many more will.\n\n"
      "What was once a matter of raising money is now a matter of nerve, "
      "and nerve is much more evenly spread than money ever was.\n\n"
      "Notes\n\n[ 1 ] Not everyone, of course: rent still costs money.\n\n"
      "Thanks to Jo Park for reading drafts of this.\n\n"
      "Japanese Translation, Spanish Translation\n";
  struct bc_doclist l = BC_DOCLIST_INIT;
  const struct bc_doc *d;
  size_t notes = 0, asides = 0;
  (void)state;
  assert_int_equal(ingest(text, "essay.txt", 1, &l), BC_OK);
  d = l.docs[0];
  /* the promo lines above and below are left out, the footnote mark too */
  assert_true(strncmp(d->text, "May 2005", 8) == 0);
  assert_null(strstr(d->text, "Translation"));
  assert_non_null(strstr(d->text, "try it, and many more"));
  for (size_t i = 0; i < d->n_blocks; i++) {
    const char *s = d->text + d->blocks[i].span.start;
    if (!strncmp(s, "Notes", 5)) {
      notes++;
      assert_int_equal(d->blocks[i].kind, BC_BLOCK_PARAGRAPH);
    }
    if (!strncmp(s, "[1] Not everyone", 16) || !strncmp(s, "Notes", 5) ||
        !strncmp(s, "Thanks to", 9))
      asides += d->blocks[i].aside != 0;
    else
      assert_false(d->blocks[i].aside);
  }
  assert_int_equal(notes, 1);
  assert_int_equal(asides, 3);
  bc_doclist_release(&l);
}

/* Every allocation failure while finding and cutting posts is reported as
 * BC_ERR_NOMEM and leaks nothing. */
static void test_alloc_failures(void **state)
{
  char *text = fixture("posts_blogger.txt");
  long total;
  (void)state;
  bc__alloc_fail_after(0);
  {
    struct bc_doclist l = BC_DOCLIST_INIT;
    assert_int_equal(ingest(text, "blog.txt", 1, &l), BC_OK);
    assert_int_equal(l.n, 3);
    total = bc__alloc_count();
    bc_doclist_release(&l);
  }
  for (long n = 1; n <= total; n++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    struct bc_ingest_opts o = BC_INGEST_OPTS_INIT;
    bc_status rc;
    o.split_posts = 1;
    bc__alloc_fail_after(n);
    rc = bc_ingest_memory(text, strlen(text), "blog.txt", NULL, &o, &l, &err);
    bc__alloc_fail_after(0);
    assert_int_equal(rc, BC_ERR_NOMEM);
    assert_int_equal(l.n, 0);
  }
  free(text);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_line_date),
      cmocka_unit_test(test_line_kinds),
      cmocka_unit_test(test_dateline),
      cmocka_unit_test(test_tidy_refs),
      cmocka_unit_test(test_tidy_months),
      cmocka_unit_test(test_guess_title),
      cmocka_unit_test(test_text_blogger),
      cmocka_unit_test(test_text_wordpress),
      cmocka_unit_test(test_markdown_posts),
      cmocka_unit_test(test_not_posts),
      cmocka_unit_test(test_comments),
      cmocka_unit_test(test_scrape_artefacts),
      cmocka_unit_test(test_asides),
      cmocka_unit_test(test_alloc_failures),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
