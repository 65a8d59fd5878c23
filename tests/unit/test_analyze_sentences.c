/* test_analyze_sentences.c - sentence segmentation: abbreviations, initials,
 * decimals, quotes, list items and headings without final punctuation, and
 * block boundaries that no sentence may cross. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_analyze_common.h"
#include "util/alloc.h"

struct sent_case {
  const char *text;
  const char *want[6]; /* the sentences, in order; NULL-terminated */
};

static const struct sent_case cases[] = {
    {"Dr. Smith arrived. He sat down.", {"Dr. Smith arrived.", "He sat down."}},
    {"Use tools, e.g. grep and sed. Then stop.",
     {"Use tools, e.g. grep and sed.", "Then stop."}},
    {"Bring fruit, i.e. apples. Done.", {"Bring fruit, i.e. apples.", "Done."}},
    {"We bought apples, pears, etc. The rest waited.",
     {"We bought apples, pears, etc.", "The rest waited."}},
    {"We bought apples, pears, etc. and more.",
     {"We bought apples, pears, etc. and more."}},
    {"She moved to the U.S. in 2010. It rained.",
     {"She moved to the U.S. in 2010.", "It rained."}},
    {"She moved to the U.S. The weather was fine.",
     {"She moved to the U.S.", "The weather was fine."}},
    {"It took 4.5 years. Then 2.3 more.",
     {"It took 4.5 years.", "Then 2.3 more."}},
    {"J. R. R. Tolkien wrote it. People read it.",
     {"J. R. R. Tolkien wrote it.", "People read it."}},
    {"He said \"Stop.\" Then he left.", {"He said \"Stop.\"", "Then he left."}},
    {"He said “Stop now.” Then he left.",
     {"He said “Stop now.”", "Then he left."}},
    {"Really? Yes! Fine.", {"Really?", "Yes!", "Fine."}},
    {"Wait... What happened?", {"Wait...", "What happened?"}},
    {"Acme Inc. The company grew.", {"Acme Inc.", "The company grew."}},
    {"Acme Inc. makes tools.", {"Acme Inc. makes tools."}},
    {"Steps:\n- install it\n- run it\nThat is all.",
     {"Steps:", "install it", "run it", "That is all."}},
    {"Steps:\n1. install it\n2. run it", {"Steps:", "install it", "run it"}},
    {"Why Faithfulness Matters\nSummaries lose facts.",
     {"Why Faithfulness Matters", "Summaries lose facts."}},
    {"a line that wraps\nin the middle of a sentence.",
     {"a line that wraps\nin the middle of a sentence."}},
    {"No punctuation at the end", {"No punctuation at the end"}},
    {"Prof. Ng and Mr. Lee met at 5 p.m. on Friday.",
     {"Prof. Ng and Mr. Lee met at 5 p.m. on Friday."}},
    {"See Fig. 3 for details. Done.", {"See Fig. 3 for details.", "Done."}},
    {"The score was 3-2. We won.", {"The score was 3-2.", "We won."}},
    {"Paragraph one ends here.\n\nParagraph two",
     {"Paragraph one ends here.", "Paragraph two"}},
    {"Attitudes change slowly. [1] Economies follow.",
     {"Attitudes change slowly. [1]", "Economies follow."}},
    {"\"I ducked my head. ... Then I saw smoke.\"",
     {"\"I ducked my head. ...", "Then I saw smoke.\""}},
    {"Intro\n***\nBody text here.", {"Intro", "Body text here."}},
    /* sentences a scrape ran together */
    {"It killed 14 people in December.A judge agreed to wait.",
     {"It killed 14 people in December.", "A judge agreed to wait."}},
    {"It ended in 2015.The rest followed.",
     {"It ended in 2015.", "The rest followed."}},
    {"He saw it from his eye.\"Within seconds, it burned,\" she said.",
     {"He saw it from his eye.", "\"Within seconds, it burned,\" she said."}},
    {"He saw it from his eye.\" Within seconds, it burned,\" she said.",
     {"He saw it from his eye.", "\" Within seconds, it burned,\" she said."}},
    {"We must \"reflect and remember.\"A service followed.",
     {"We must \"reflect and remember.\"", "A service followed."}},
    {"Some were internet \"addicts\".About half agreed.",
     {"Some were internet \"addicts\".", "About half agreed."}},
    {"She said \"we must all change\"The plan failed.",
     {"She said \"we must all change\"", "The plan failed."}},
    {"Listen: Dennis on loyalty & mentalityThe slump started in 2013.",
     {"Listen: Dennis on loyalty & mentality", "The slump started in 2013."}},
    {"She cried.Then she left!Nobody knew why?Really.",
     {"She cried.", "Then she left!", "Nobody knew why?", "Really."}},
    {"She was found with a towel on her face An 86-year-old nun died.",
     {"She was found with a towel on her face", "An 86-year-old nun died."}},
    {"He drank until 02:00 BST.Harry's mother wept.",
     {"He drank until 02:00 BST.", "Harry's mother wept."}},
    {"Prices rose in the UK.The rest fell.",
     {"Prices rose in the UK.", "The rest fell."}},
    {"They saw no \"clear basis\".NRW said it disagreed.",
     {"They saw no \"clear basis\".", "NRW said it disagreed."}},
    /* ... and what only looks run together */
    {"He told The Associated Press and read The Times in a bar.",
     {"He told The Associated Press and read The Times in a bar."}},
    {"He uses java.util.List in code.", {"He uses java.util.List in code."}},
    {"LinkedIn and PlayStation grew. FaceTime too.",
     {"LinkedIn and PlayStation grew.", "FaceTime too."}},
    {"Visit www.bbc.co.uk today. ASP.NET runs.",
     {"Visit www.bbc.co.uk today.", "ASP.NET runs."}},
    {"We use ASP.Net and VB.Net at work.",
     {"We use ASP.Net and VB.Net at work."}},
    {"Mr.Smith and Dr.Jones met at 5 p.m.Nothing else.",
     {"Mr.Smith and Dr.Jones met at 5 p.m.Nothing else."}},
    {"Media playback is not supported on this deviceDel Potro won.",
     {"Media playback is not supported on this device", "Del Potro won."}},
    {"Call getElementById or setTimeout and YouTube, WhatsApp or iPhone.",
     {"Call getElementById or setTimeout and YouTube, WhatsApp or iPhone."}},
    {"Read more news from EssexA man who lives nearby saw it.",
     {"Read more news from Essex", "A man who lives nearby saw it."}},
    {"Photos: the fair at 40Her stall sold out.",
     {"Photos: the fair at 40", "Her stall sold out."}},
    /* a number in words the number extractor read as part of the word:
     * a sentence opened there would state a number the source lacks */
    {"Details of the celebrationsTen stamps were released.",
     {"Details of the celebrationsTen stamps were released."}},
    {"Buy PlanA now or a 4G phone at 90Min speed on TypeA Plus.",
     {"Buy PlanA now or a 4G phone at 90Min speed on TypeA Plus."}},
    {"Sets the top speed a team can reach.Increases/reduces the pace of "
     "shots.",
     {"Sets the top speed a team can reach.",
      "Increases/reduces the pace of shots."}},
    {"See example.Com/path and www.bbc.co.Uk/news today.",
     {"See example.Com/path and www.bbc.co.Uk/news today."}},
    {"Hereford expelled from Football ConferenceAnd former boss Foyle "
     "spoke.",
     {"Hereford expelled from Football Conference",
      "And former boss Foyle spoke."}},
    {"He was fined by Acme Ltd.Mr Reed was paid.",
     {"He was fined by Acme Ltd.", "Mr Reed was paid."}},
    {"He was fined by Acme Ltd. Mr Reed was paid.",
     {"He was fined by Acme Ltd.", "Mr Reed was paid."}},
    {"He was fined by Acme Ltd. Reed was paid.",
     {"He was fined by Acme Ltd. Reed was paid."}},
    {"Node.js and Vue.js run. Use README.Md files.",
     {"Node.js and Vue.js run.", "Use README.Md files."}},
    {"", {NULL}},
    {"   \n\n  ", {NULL}},
};

static void sentences_table(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const struct sent_case *c = &cases[i];
    struct bc_facts *f = analyze(c->text, NULL);
    size_t n = 0;
    int ok = 1;
    assert_non_null(f);
    while (c->want[n])
      n++;
    if (f->n_sentences != n)
      ok = 0;
    for (k = 0; ok && k < n; k++)
      if (!span_is(c->text, f->sentences[k], c->want[k]))
        ok = 0;
    if (!ok) {
      fprintf(stderr, "case %zu: '%s'\n", i, c->text);
      for (k = 0; k < f->n_sentences; k++)
        print_span("got", c->text, f->sentences[k]);
    }
    assert_true(ok);
    bc_facts_free(f);
  }
}

/* bc__analyze_sentences (the narrator's splitter) gives exactly the spans
 * of the fact sheet, and NULL for text without a sentence. */
static void sentences_alone(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *t = cases[i].text;
    struct bc_facts *f = analyze(t, NULL);
    struct bc_span *sp = NULL;
    size_t n = 99;
    struct bc_error err = BC_ERROR_INIT;
    assert_non_null(f);
    assert_int_equal(bc__analyze_sentences(t, strlen(t), &sp, &n, &err), BC_OK);
    assert_int_equal(n, f->n_sentences);
    for (k = 0; k < n; k++)
      assert_memory_equal(&sp[k], &f->sentences[k], sizeof sp[k]);
    if (n == 0)
      assert_null(sp);
    free(sp);
    bc_facts_free(f);
  }
}

/* With blocks given, a sentence never crosses a block boundary even when
 * the first block has no final punctuation; code blocks hold no sentences. */
static void blocks_bound_sentences(void **state)
{
  const char *t = "A heading without a stop\n\nsome text that continues. "
                  "More.\n\nint x = 1; y. Z.\n\n- item with no stop";
  struct bc_block b[4];
  struct bc__analyze_ctx ctx = {NULL, NULL, 0, 0};
  struct bc_facts *f = NULL;
  size_t k;
  const char *p;
  (void)state;
  memset(b, 0, sizeof b);
  b[0].kind = BC_BLOCK_HEADING;
  b[0].span.end = 24;
  b[1].kind = BC_BLOCK_PARAGRAPH;
  b[1].span.start = 26;
  p = strstr(t, "More.");
  b[1].span.end = (size_t)(p - t) + 5;
  b[2].kind = BC_BLOCK_CODE;
  b[2].span.start = b[1].span.end + 2;
  b[2].span.end = (size_t)(strstr(t, "Z.") - t) + 2;
  b[3].kind = BC_BLOCK_LIST_ITEM;
  b[3].span.start = (size_t)(strstr(t, "item") - t);
  b[3].span.end = strlen(t);
  ctx.ref_date = NULL;
  ctx.blocks = b;
  ctx.n_blocks = 4;
  assert_int_equal(bc__analyze_text(t, strlen(t), &ctx, &f, NULL), BC_OK);
  assert_int_equal(f->n_sentences, 4);
  assert_true(span_is(t, f->sentences[0], "A heading without a stop"));
  assert_true(span_is(t, f->sentences[1], "some text that continues."));
  assert_true(span_is(t, f->sentences[2], "More."));
  assert_true(span_is(t, f->sentences[3], "item with no stop"));
  for (k = 0; k < f->n_sentences; k++)
    assert_true(f->sentences[k].end <= b[0].span.end ||
                f->sentences[k].start >= b[1].span.start);
  bc_facts_free(f);
}

/* Blocks out of range or out of order are clamped and sorted, not trusted. */
static void hostile_blocks(void **state)
{
  const char *t = "One. Two.";
  struct bc_block b[2];
  struct bc__analyze_ctx ctx = {NULL, NULL, 0, 0};
  struct bc_facts *f = NULL;
  (void)state;
  memset(b, 0, sizeof b);
  b[0].span.start = 5;
  b[0].span.end = 500;
  b[1].span.start = 0;
  b[1].span.end = 4;
  ctx.ref_date = "not a date";
  ctx.blocks = b;
  ctx.n_blocks = 2;
  assert_int_equal(bc__analyze_text(t, strlen(t), &ctx, &f, NULL), BC_OK);
  assert_int_equal(f->n_sentences, 2);
  assert_true(span_is(t, f->sentences[0], "One."));
  assert_true(span_is(t, f->sentences[1], "Two."));
  bc_facts_free(f);
}

/* Every allocation failure is reported as BC_ERR_NOMEM and leaks nothing
 * (the sanitizer build checks the leaks). */
static void allocation_failures(void **state)
{
  const char *t =
      "The Service Level Objective (SLO) was met on 3 March 2019. Dr. Jane "
      "Smith of Acme Corp said “we cut costs by 40% in Q1 2018” and hired "
      "290000+ employees in London.\n\nMTTR (mean time to recovery) fell "
      "from 4.5 hours to 2 hours between 2018 and 2020.";
  long n;
  (void)state;
  for (n = 1; n < 100000; n++) {
    struct bc_facts *f = NULL;
    struct bc_error err = BC_ERROR_INIT;
    bc_status rc;
    bc__alloc_fail_after(n);
    rc = bc__analyze_text(t, strlen(t), NULL, &f, &err);
    bc__alloc_fail_after(0);
    if (rc == BC_OK) {
      assert_non_null(f);
      assert_true(f->n_acronyms == 2 && f->n_quotes == 1);
      bc_facts_free(f);
      break;
    }
    assert_int_equal(rc, BC_ERR_NOMEM);
    assert_int_equal(err.code, BC_ERR_NOMEM);
    assert_null(f);
  }
  assert_true(n > 5);
}

/* More sentences than BC_MAX_SENTENCES is a named limit, not a crash. */
static void sentence_limit(void **state)
{
  size_t n = 200001, k;
  char *t = malloc(n * 4 + 1);
  struct bc_facts *f = NULL;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_non_null(t);
  for (k = 0; k < n; k++)
    memcpy(t + 4 * k, "Go. ", 4);
  t[4 * n] = '\0';
  assert_int_equal(bc__analyze_text(t, 4 * n, NULL, &f, &err), BC_ERR_LIMIT);
  assert_null(f);
  assert_non_null(strstr(err.msg, "sentences"));
  free(t);
}

/* Allocation failures with blocks and dated headings, and in the JSON. */
static void allocation_failures_blocks(void **state)
{
  const char *t = "Post one\n\nWe shipped on 06/14 with 40 engineers.\n\n"
                  "Post two\n\nThe Service Level Objective (SLO) held.";
  struct bc_block b[4];
  struct bc__analyze_ctx ctx = {NULL, NULL, 0, 0};
  char d1[] = "2019-07-20";
  long n;
  (void)state;
  memset(b, 0, sizeof b);
  b[0].span.end = 8;
  b[0].date = d1;
  b[1].span.start = 10;
  b[1].span.end = (size_t)(strstr(t, "engineers.") - t) + 10;
  b[2].span.start = (size_t)(strstr(t, "Post two") - t);
  b[2].span.end = b[2].span.start + 8;
  b[3].span.start = b[2].span.end + 2;
  b[3].span.end = strlen(t);
  ctx.ref_date = NULL;
  ctx.blocks = b;
  ctx.n_blocks = 4;
  for (n = 1; n < 100000; n++) {
    struct bc_facts *f = NULL;
    bc_status rc;
    bc__alloc_fail_after(n);
    rc = bc__analyze_text(t, strlen(t), &ctx, &f, NULL);
    bc__alloc_fail_after(0);
    if (rc == BC_OK) {
      assert_int_equal(f->n_dates, 1);
      assert_string_equal(f->dates[0].iso, "2019-06-14");
      bc_facts_free(f);
      break;
    }
    assert_int_equal(rc, BC_ERR_NOMEM);
    assert_null(f);
  }
  assert_true(n > 3);
  bc_facts_free(NULL);
  assert_null(bc_facts_to_json(NULL, NULL));
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(sentences_table),
      cmocka_unit_test(sentences_alone),
      cmocka_unit_test(blocks_bound_sentences),
      cmocka_unit_test(hostile_blocks),
      cmocka_unit_test(allocation_failures),
      cmocka_unit_test(allocation_failures_blocks),
      cmocka_unit_test(sentence_limit),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
