/* test_ingest.c - the ingest front door and the plain-text reader: bad
 * inputs get their own status, text gets paragraphs, headings and list
 * items with exact spans, and documents serialize and name themselves
 * safely. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "briefcast/doc.h"
#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/json.h"
#include "util/sha256.h"

#include "testutil.h"

static char *tmpdir;

static char *write_file(const char *name, const char *data, size_t len)
{
  char *path = malloc(strlen(tmpdir) + strlen(name) + 2);
  FILE *f;
  assert_non_null(path);
  snprintf(path, strlen(tmpdir) + strlen(name) + 2, "%s/%s", tmpdir, name);
  f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(data, 1, len, f), len);
  fclose(f);
  return path;
}

static int setup(void **state)
{
  (void)state;
  tmpdir = bc_test_tmpdir("test-ingest");
  return tmpdir ? 0 : -1;
}

static int teardown(void **state)
{
  int rc;
  (void)state;
  rc = bc_test_tmpdir_remove(tmpdir);
  tmpdir = NULL;
  return rc;
}

/* Every block span lies inside the text, blocks are in order and separated
 * by exactly "\n\n", and no span starts or ends with whitespace. */
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

static char *block_text(const struct bc_doc *d, size_t i)
{
  static char buf[4096];
  size_t n = d->blocks[i].span.end - d->blocks[i].span.start;
  assert_true(n < sizeof(buf));
  memcpy(buf, d->text + d->blocks[i].span.start, n);
  buf[n] = '\0';
  return buf;
}

static void ingest_text_ok(const char *text, struct bc_doclist *out)
{
  struct bc_error err = BC_ERROR_INIT;
  struct bc_ingest_opts o = BC_INGEST_OPTS_INIT;
  o.format = BC_FORMAT_TEXT;
  assert_int_equal(
      bc_ingest_memory(text, strlen(text), "t.txt", NULL, &o, out, &err),
      BC_OK);
  assert_int_equal(out->n, 1);
  check_spans(out->docs[0]);
}

struct block_case {
  enum bc_block_kind kind;
  int level;
  const char *text;
};

static void expect_blocks(const struct bc_doc *d, const struct block_case *bc,
                          size_t n)
{
  if (d->n_blocks != n) {
    for (size_t i = 0; i < d->n_blocks; i++)
      fprintf(stderr, "block %zu kind %d: [%s]\n", i, d->blocks[i].kind,
              block_text(d, i));
  }
  assert_int_equal(d->n_blocks, n);
  for (size_t i = 0; i < n; i++) {
    assert_int_equal(d->blocks[i].kind, bc[i].kind);
    assert_int_equal(d->blocks[i].level, bc[i].level);
    assert_string_equal(block_text(d, i), bc[i].text);
  }
}

static void test_text_structure(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  static const char *src = "Why We Moved to SRE\r\n"
                           "\r\n"
                           "In 2019 the team   paged\tall night.\r\n"
                           "Lines wrap softly\r\n"
                           "and join.\r\n"
                           "\r\n"
                           "\r\n"
                           "LESSONS\r\n"
                           "We learned three things:\r\n"
                           "\r\n"
                           "- keep runbooks\r\n"
                           "  short and current\r\n"
                           "* measure MTTR\r\n"
                           "1. blameless reviews\r\n"
                           "\r\n"
                           "The Outcome\r\n"
                           "===========\r\n"
                           "Fewer pages.\r\n";
  static const struct block_case want[] = {
      {BC_BLOCK_HEADING, 1, "Why We Moved to SRE"},
      {BC_BLOCK_PARAGRAPH, 0,
       "In 2019 the team paged all night. Lines wrap softly and join."},
      {BC_BLOCK_HEADING, 2, "LESSONS"},
      {BC_BLOCK_PARAGRAPH, 0, "We learned three things:"},
      {BC_BLOCK_LIST_ITEM, 1, "keep runbooks short and current"},
      {BC_BLOCK_LIST_ITEM, 1, "measure MTTR"},
      {BC_BLOCK_LIST_ITEM, 1, "blameless reviews"},
      {BC_BLOCK_HEADING, 1, "The Outcome"},
      {BC_BLOCK_PARAGRAPH, 0, "Fewer pages."}};
  (void)state;
  ingest_text_ok(src, &l);
  expect_blocks(l.docs[0], want, sizeof(want) / sizeof(want[0]));
  assert_string_equal(l.docs[0]->title, "Why We Moved to SRE");
  assert_int_equal(l.docs[0]->format, BC_FORMAT_TEXT);
  assert_null(strchr(l.docs[0]->text, '\r'));
  bc_doclist_release(&l);
}

static void test_text_no_false_headings(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  /* A one-line sentence paragraph and a closing line stay paragraphs. */
  static const char *src = "We measured everything.\n\n"
                           "It took two years to get there, and it was "
                           "worth every week of it. We moved in\n"
                           "2019. The budget grew to item\n"
                           "3. of the plan.\n\nThanks, Jane\n";
  static const struct block_case want[] = {
      {BC_BLOCK_PARAGRAPH, 0, "We measured everything."},
      {BC_BLOCK_PARAGRAPH, 0,
       "It took two years to get there, and it was worth every week of it. "
       "We moved in 2019. The budget grew to item 3. of the plan."},
      {BC_BLOCK_PARAGRAPH, 0, "Thanks, Jane"}};
  (void)state;
  ingest_text_ok(src, &l);
  expect_blocks(l.docs[0], want, 3);
  /* No heading: the title is the first sentence, without its full stop. */
  assert_string_equal(l.docs[0]->title, "We measured everything");
  bc_doclist_release(&l);
}

struct header_case {
  const char *src, *author, *date;
  size_t n_blocks;
};

static void test_text_header(void **state)
{
  static const struct header_case cases[] = {
      {"Why We Moved\nBy Jane Roe\nSaturday, July 20, 2019\n\nBody text "
       "here.\n",
       "Jane Roe", "2019-07-20", 4},
      {"Why We Moved\n\nAuthor: Sam Poe\nDate: 2020-01-02\n\nBody.\n",
       "Sam Poe", "2020-01-02", 4},
      {"Title Here\n\nBy the end of 2019 we had moved everything.\n\n"
       "July 20, 2019 was the day the last service moved over.\n",
       NULL, NULL, 3},
      {"Posted on 3 March 2021\n\nBody text here.\n", NULL, "2021-03-03", 2},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    ingest_text_ok(cases[i].src, &l);
    if (cases[i].author)
      assert_string_equal(l.docs[0]->author, cases[i].author);
    else
      assert_null(l.docs[0]->author);
    if (cases[i].date)
      assert_string_equal(l.docs[0]->date, cases[i].date);
    else
      assert_null(l.docs[0]->date);
    assert_int_equal(l.docs[0]->n_blocks, cases[i].n_blocks);
    bc_doclist_release(&l);
  }
}

static void test_text_bom_and_nbsp(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  (void)state;
  ingest_text_ok("\xEF\xBB\xBF"
                 "Caf\xC3\xA9 au\xC2\xA0lait is good.\n",
                 &l);
  assert_string_equal(l.docs[0]->text, "Caf\xC3\xA9 au lait is good.");
  /* The digest is of the raw bytes, BOM included. */
  {
    char hex[65];
    const char *raw = "\xEF\xBB\xBF"
                      "Caf\xC3\xA9 au\xC2\xA0lait is good.\n";
    bc__sha256_hex(raw, strlen(raw), hex);
    assert_string_equal(l.docs[0]->sha256, hex);
  }
  bc_doclist_release(&l);
}

/* UTF-8 that was read as Windows-1252 and encoded again comes back as the
 * author wrote it, in plain text and in HTML; words that really hold Â, Ã
 * or â stay as they are. */
static void test_double_encoded_text_repaired(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_ingest_opts o = BC_INGEST_OPTS_INIT;
  const char *html =
      "<html><body><article><p>The rink\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s "
      "roof cost \xC3\x82\xC2\xA3"
      "2.4m and the ice stays at \xC3\x82\xC2\xB0"
      "C below zero, the caf\xC3\x83\xC2\xA9 owner said.</p></article>"
      "</body></html>";
  (void)state;
  ingest_text_ok(
      "A new bakery will open for \xC3\x82\xC2\xA3"
      "40,000 next spring.\n\n"
      "\xC3\xA2\xE2\x82\xAC\xC5\x93We are ready,\xC3\xA2\xE2\x82\xAC"
      "\xC2\x9D said the baker \xC3\xA2\xE2\x82\xAC\xE2\x80\x9C "
      "a p\xC3\xA2t\xC3\xA9 fan from S\xC3\x83O Paulo and \xC3\x82ge.\n",
      &l);
  assert_string_equal(l.docs[0]->text,
                      "A new bakery will open for \xC2\xA3"
                      "40,000 next spring.\n\n"
                      "\xE2\x80\x9CWe are ready,\xE2\x80\x9D said the baker "
                      "\xE2\x80\x93 a p\xC3\xA2t\xC3\xA9 fan from S\xC3\x83O "
                      "Paulo and \xC3\x82ge.");
  bc_doclist_release(&l);
  o.format = BC_FORMAT_HTML;
  assert_int_equal(
      bc_ingest_memory(html, strlen(html), "r.html", NULL, &o, &l, &err),
      BC_OK);
  assert_non_null(strstr(l.docs[0]->text,
                         "rink\xE2\x80\x99s roof cost \xC2\xA3"
                         "2.4m and the ice stays at \xC2\xB0"
                         "C below zero, the caf\xC3\xA9 owner"));
  bc_doclist_release(&l);
}

struct bad_case {
  const char *name;
  const char *data;
  size_t len;
  bc_status want;
  const char *msg_part;
};

static void test_bad_inputs(void **state)
{
  static const struct bad_case cases[] = {
      {"empty.txt", "", 0, BC_ERR_INPUT, "/empty.txt' is empty"},
      {"blank.txt", " \n\t\r\n  \n", 8, BC_ERR_INPUT, "is empty"},
      {"bom.txt", "\xEF\xBB\xBF\n", 4, BC_ERR_INPUT, "is empty"},
      {"nul.txt", "abc\0def", 7, BC_ERR_BINARY, "binary data"},
      {"doc.pdf", "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj", 23, BC_ERR_BINARY,
       "a PDF file"},
      {"latin1.txt", "Caf\xE9 society\n", 13, BC_ERR_ENCODING, "(byte 3)"},
      {"overlong.md", "# T\n\nx\xC0\xAF", 8, BC_ERR_ENCODING, "(byte 6)"},
      {"utf16.txt", "\xFF\xFEh\0i\0", 6, BC_ERR_ENCODING, "UTF-16"},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    char *path = write_file(cases[i].name, cases[i].data, cases[i].len);
    bc_status rc = bc_ingest(path, NULL, &l, &err);
    if (rc != cases[i].want || !strstr(err.msg, cases[i].msg_part))
      fprintf(stderr, "case %s: rc %d msg '%s'\n", cases[i].name, rc, err.msg);
    assert_int_equal(rc, cases[i].want);
    assert_non_null(strstr(err.msg, cases[i].msg_part));
    assert_int_equal(l.n, 0);
    free(path);
  }
}

static void test_missing_dir_and_limit(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_ingest_opts o = BC_INGEST_OPTS_INIT;
  char *path;
  (void)state;
  assert_int_equal(bc_ingest("/nonexistent/essay.txt", NULL, &l, &err),
                   BC_ERR_IO);
  assert_non_null(strstr(err.msg, "'/nonexistent/essay.txt'"));
  assert_int_equal(bc_ingest(tmpdir, NULL, &l, &err), BC_ERR_NOTFILE);
  path = write_file("big.txt", "0123456789 0123456789 0123456789\n", 33);
  o.max_bytes = 16;
  assert_int_equal(bc_ingest(path, &o, &l, &err), BC_ERR_LIMIT);
  o.max_bytes = 0;
  assert_int_equal(bc_ingest(path, &o, &l, &err), BC_OK);
  assert_int_equal(l.n, 1);
  assert_string_equal(l.docs[0]->source, path);
  bc_doclist_release(&l);
  free(path);
}

static void test_charset_conversion(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_ingest_opts o = BC_INGEST_OPTS_INIT;
  static const char latin1[] = "Caf\xE9 society, \x93quoted\x94.\n";
  (void)state;
  o.charset = "windows-1252";
  assert_int_equal(
      bc_ingest_memory(latin1, strlen(latin1), "w.txt", NULL, &o, &l, &err),
      BC_OK);
  assert_string_equal(l.docs[0]->text,
                      "Caf\xC3\xA9 society, \xE2\x80\x9Cquoted\xE2\x80\x9D.");
  bc_doclist_release(&l);
  /* A charset declared by a server counts as declared. */
  assert_int_equal(bc_ingest_memory(latin1, strlen(latin1), "http://x/a",
                                    "text/plain; charset=ISO-8859-1", NULL, &l,
                                    &err),
                   BC_OK);
  assert_non_null(strstr(l.docs[0]->text, "Caf\xC3\xA9"));
  bc_doclist_release(&l);
  o.charset = "no-such-charset";
  assert_int_equal(
      bc_ingest_memory(latin1, strlen(latin1), "w.txt", NULL, &o, &l, &err),
      BC_ERR_ENCODING);
  assert_non_null(strstr(err.msg, "no-such-charset"));
}

static void test_unsupported_content_type(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_int_equal(bc_ingest_memory("%PDF-1.4 ...", 12, "http://h/r.pdf",
                                    "application/pdf", NULL, &l, &err),
                   BC_ERR_INPUT);
  assert_string_equal(err.msg, "cannot summarize 'http://h/r.pdf': "
                               "unsupported content type 'application/pdf'");
  assert_int_equal(
      bc_ingest_memory("GIF89a", 6, "http://h/i", "image/gif", NULL, &l, &err),
      BC_ERR_INPUT);
}

struct sniff_case {
  const char *name;
  const char *content_type;
  const char *data;
  enum bc_format want;
};

static void test_sniffing(void **state)
{
  static const struct sniff_case cases[] = {
      {"a.md", NULL, "Plain words here.\n", BC_FORMAT_MARKDOWN},
      {"a.txt", NULL, "# Not markdown here\n\ntext\n", BC_FORMAT_TEXT},
      {"-", NULL, "# Title\n\nBody text.\n", BC_FORMAT_MARKDOWN},
      {"-", NULL, "---\ntitle: X\n---\nBody.\n", BC_FORMAT_MARKDOWN},
      {"-", NULL, "Just a note.\n\nAnother.\n", BC_FORMAT_TEXT},
      {"-", NULL,
       "<!-- saved -->\n<article><h1>T</h1><p>Body text of a "
       "saved fragment, long enough to be an article.</p></article>\n",
       BC_FORMAT_HTML},
      {"-", NULL, "<3 is a heart.\n", BC_FORMAT_TEXT},
      {"http://h/page", "text/markdown", "Words.\n", BC_FORMAT_MARKDOWN},
      {"http://h/x.txt?a=b", "text/plain", "Words.\n", BC_FORMAT_TEXT},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    assert_int_equal(bc_ingest_memory(cases[i].data, strlen(cases[i].data),
                                      cases[i].name, cases[i].content_type,
                                      NULL, &l, &err),
                     BC_OK);
    if (l.docs[0]->format != cases[i].want)
      fprintf(stderr, "case %zu: format %d\n", i, l.docs[0]->format);
    assert_int_equal(l.docs[0]->format, cases[i].want);
    bc_doclist_release(&l);
  }
}

struct slug_case {
  const char *title, *date, *source, *want;
};

static void test_slug(void **state)
{
  static const struct slug_case cases[] = {
      {"Why We Moved to SRE", "2019-07-20", NULL,
       "2019-07-20-why-we-moved-to-sre"},
      {"Why We Moved to SRE", NULL, NULL, "why-we-moved-to-sre"},
      {"../../etc/passwd", NULL, NULL, "etc-passwd"},
      {"..", NULL, NULL, "untitled"},
      {"\xE6\x97\xA5\xE6\x9C\xAC", "2020-01", NULL, "2020-01"},
      {NULL, NULL, "/home/u/notes/My Essay.md", "my-essay-md"},
      {"", NULL, NULL, "untitled"},
      {"A very long title that keeps going and going well past sixty "
       "characters of text",
       "2021-03-04", NULL,
       "2021-03-04-a-very-long-title-that-keeps-going-and-going-well"},
      {"Supercalifragilisticexpialidocious-Supercalifragilisticexpialidocious"
       "Supercalifragilisticexpialidocious",
       NULL, NULL, "supercalifragilisticexpialidocious"},
      {"Pneumonoultramicroscopicsilicovolcanoconiosis"
       "Pneumonoultramicroscopicsilicovolcanoconiosis",
       NULL, NULL,
       "pneumonoultramicroscopicsilicovolcanoconiosispneumonoultrami"},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    struct bc_doc d;
    char *s;
    memset(&d, 0, sizeof(d));
    d.title = (char *)cases[i].title;
    d.date = (char *)cases[i].date;
    d.source = (char *)cases[i].source;
    s = bc_doc_slug(&d);
    assert_non_null(s);
    if (strcmp(s, cases[i].want) != 0)
      fprintf(stderr, "slug case %zu: got '%s'\n", i, s);
    assert_true(strlen(s) <= 60 && strlen(s) > 0);
    assert_int_equal(strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-"),
                     strlen(s));
    assert_string_equal(s, cases[i].want);
    free(s);
  }
}

struct date_case {
  const char *in, *want; /* want NULL: rejected */
};

static void test_dates(void **state)
{
  static const struct date_case cases[] = {
      {"2019-07-20", "2019-07-20"},
      {"2019-07-20T23:30:00-05:00", "2019-07-20"},
      {"2019-07-20 10:00:00", "2019-07-20"},
      {"2019/07/20", "2019-07-20"},
      {"2019-07", "2019-07"},
      {"Sat, 20 Jul 2019 10:00:00 +0000", "2019-07-20"},
      {"Sat, 20 Jul 2019 23:59:59 -1100", "2019-07-20"},
      {"20 July 2019", "2019-07-20"},
      {"July 20, 2019", "2019-07-20"},
      {"Saturday, July 20th, 2019", "2019-07-20"},
      {"Sept 3, 2020", "2020-09-03"},
      {"March 2019", "2019-03"},
      {" \"2019-07-20\"", "2019-07-20"},
      {"2019-02-29", NULL},
      {"2020-02-29", "2020-02-29"},
      {"2019-13-01", NULL},
      {"Sat, 32 Jul 2019", NULL},
      {"yesterday", NULL},
      {"", NULL},
      {"20190720", NULL},
      {"Foo 20, 2019", NULL},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    char *got = bc__date_iso(cases[i].in, strlen(cases[i].in));
    if (cases[i].want == NULL) {
      if (got)
        fprintf(stderr, "date '%s' gave '%s'\n", cases[i].in, got);
      assert_null(got);
    } else {
      if (!got)
        fprintf(stderr, "date '%s' rejected\n", cases[i].in);
      assert_non_null(got);
      assert_string_equal(got, cases[i].want);
    }
    free(got);
  }
}

static void test_json(void **state)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  cJSON *root = NULL, *blocks, *b0;
  char *json;
  (void)state;
  ingest_text_ok("Title Line\n\nBody \"quoted\" text.\n", &l);
  json = bc_doc_to_json(l.docs[0]);
  assert_non_null(json);
  assert_int_equal(bc__json_parse(json, strlen(json), "doc", &root, &err),
                   BC_OK);
  assert_string_equal(bc__json_get_str(root, "title"), "Title Line");
  assert_string_equal(bc__json_get_str(root, "format"), "text");
  assert_true(cJSON_IsNull(cJSON_GetObjectItem(root, "date")));
  assert_string_equal(bc__json_get_str(root, "text"),
                      "Title Line\n\nBody \"quoted\" text.");
  blocks = cJSON_GetObjectItem(root, "blocks");
  assert_int_equal(cJSON_GetArraySize(blocks), 2);
  b0 = cJSON_GetArrayItem(blocks, 1);
  assert_string_equal(bc__json_get_str(b0, "kind"), "paragraph");
  assert_int_equal(cJSON_GetObjectItem(b0, "start")->valuedouble, 12);
  assert_int_equal(cJSON_GetObjectItem(b0, "end")->valuedouble, 31);
  assert_string_equal(bc__json_get_str(b0, "text"), "Body \"quoted\" text.");
  cJSON_Delete(root);
  free(json);
  bc_doclist_release(&l);
}

static void test_new_text(void **state)
{
  struct bc_doc *d = NULL;
  struct bc_error err = BC_ERROR_INIT;
  static const char t[] = "First para.\n\nSecond para\nwith two lines.\n\n\n";
  (void)state;
  assert_int_equal(bc_doc_new_text(t, strlen(t), &d, &err), BC_OK);
  assert_memory_equal(d->text, t, strlen(t));
  assert_int_equal(d->n_blocks, 2);
  assert_int_equal(d->blocks[1].span.start, 13);
  assert_int_equal(d->blocks[1].span.end, 40);
  bc_doc_free(d);
}

/* Every allocation failure in ingest is reported as BC_ERR_NOMEM and leaks
 * nothing (ASan and valgrind check the leaks). */
static void test_alloc_failures(void **state)
{
  static const char *md = "---\ntitle: T\ndate: 2020-01-02\n---\n# H\n\n"
                          "Para *em* [link](http://x).\n\n- a\n- b\n";
  long total;
  (void)state;
  bc__alloc_fail_after(0);
  {
    struct bc_doclist l = BC_DOCLIST_INIT;
    assert_int_equal(
        bc_ingest_memory(md, strlen(md), "a.md", NULL, NULL, &l, NULL), BC_OK);
    total = bc__alloc_count();
    bc_doclist_release(&l);
  }
  for (long n = 1; n <= total; n++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    bc_status rc;
    bc__alloc_fail_after(n);
    rc = bc_ingest_memory(md, strlen(md), "a.md", NULL, NULL, &l, &err);
    bc__alloc_fail_after(0);
    assert_int_equal(rc, BC_ERR_NOMEM);
    assert_int_equal(l.n, 0);
  }
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_text_structure),
      cmocka_unit_test(test_text_no_false_headings),
      cmocka_unit_test(test_text_header),
      cmocka_unit_test(test_text_bom_and_nbsp),
      cmocka_unit_test(test_double_encoded_text_repaired),
      cmocka_unit_test(test_bad_inputs),
      cmocka_unit_test(test_missing_dir_and_limit),
      cmocka_unit_test(test_charset_conversion),
      cmocka_unit_test(test_unsupported_content_type),
      cmocka_unit_test(test_sniffing),
      cmocka_unit_test(test_slug),
      cmocka_unit_test(test_dates),
      cmocka_unit_test(test_json),
      cmocka_unit_test(test_new_text),
      cmocka_unit_test(test_alloc_failures),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
