/* test_summary.c - the summary model: JSON round trip, strict schema checks
 * with field paths in the messages, the text walk used by the validator,
 * deep copies, and every out-of-memory path of parsing and copying. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "briefcast/summary.h"
#include "util/alloc.h"
#include "util/fs.h"

static char *xdup(const char *s)
{
  char *d = strdup(s);
  assert_non_null(d);
  return d;
}

static struct bc_span sp(size_t a, size_t b)
{
  struct bc_span s = {a, b};
  return s;
}

/* A summary with every kind of entry, two of most, and text that needs
 * escaping (quotes, backslash, newline, non-ASCII). */
static struct bc_summary *sample(void)
{
  struct bc_summary *s = bc_summary_new();
  size_t i;
  assert_non_null(s);
  s->title = xdup("The \"RAGE\" model \\ notes");
  s->source.title = xdup("On RAGE");
  s->source.author = xdup("Ada Lovelace");
  s->source.date = xdup("2025-09-10");
  s->source.url = xdup("samples/rage.md");
  s->source.sha256 = xdup("ab12");
  s->provider = xdup("local");
  s->tldr = xdup("Caf\xc3\xa9 culture\nchanged in 2023.");
  s->n_key_points = 2;
  s->key_points = calloc(2, sizeof *s->key_points);
  for (i = 0; i < 2; i++) {
    s->key_points[i].text = xdup(i ? "Second point." : "First point.");
    s->key_points[i].n_evidence = 2;
    s->key_points[i].evidence = calloc(2, sizeof(struct bc_evidence));
    s->key_points[i].evidence[0].span = sp(10 * i, 10 * i + 5);
    s->key_points[i].evidence[0].quote = xdup("abcde");
    s->key_points[i].evidence[1].span = sp(100, 103);
    s->key_points[i].evidence[1].quote = xdup("xyz");
  }
  s->n_sections = 1;
  s->sections = calloc(1, sizeof *s->sections);
  s->sections[0].heading = xdup("Background");
  s->sections[0].summary = xdup("It began in 2019.");
  s->sections[0].span = sp(0, 200);
  s->n_timeline = 1;
  s->timeline = calloc(1, sizeof *s->timeline);
  s->timeline[0].date = xdup("14 June 2019");
  s->timeline[0].iso = xdup("2019-06-14");
  s->timeline[0].event = xdup("The launch happened on 14 June 2019.");
  s->timeline[0].span = sp(20, 32);
  s->n_glossary = 1;
  s->glossary = calloc(1, sizeof *s->glossary);
  s->glossary[0].term = xdup("SLO");
  s->glossary[0].definition = xdup("Service Level Objective");
  s->glossary[0].span = sp(40, 43);
  s->n_quotes = 1;
  s->quotes = calloc(1, sizeof *s->quotes);
  s->quotes[0].text = xdup("Ship it.");
  s->quotes[0].speaker = xdup("");
  s->quotes[0].span = sp(50, 58);
  s->n_slides = 2;
  s->slides = calloc(2, sizeof *s->slides);
  for (i = 0; i < 2; i++) {
    s->slides[i].title = xdup(i ? "Details" : "Overview");
    s->slides[i].n_bullets = 2;
    s->slides[i].bullets = calloc(2, sizeof(char *));
    s->slides[i].bullets[0] = xdup("one");
    s->slides[i].bullets[1] = xdup("two");
    s->slides[i].notes = xdup("say this");
  }
  s->n_narration = 2;
  s->narration = calloc(2, sizeof *s->narration);
  s->narration[0].speaker = xdup("narrator");
  s->narration[0].text = xdup("Welcome.");
  s->narration[1].speaker = xdup("narrator");
  s->narration[1].text = xdup("Goodbye.");
  return s;
}

static void round_trip_is_byte_identical(void **state)
{
  struct bc_summary *s = sample(), *back = NULL;
  struct bc_error err = BC_ERROR_INIT;
  char *a, *b;
  (void)state;
  a = bc_summary_to_json(s);
  assert_non_null(a);
  assert_int_equal(bc_summary_from_json(a, strlen(a), "a.json", &back, &err),
                   BC_OK);
  assert_string_equal(back->title, s->title);
  assert_string_equal(back->tldr, s->tldr);
  assert_int_equal(back->key_points[1].evidence[0].span.start, 10);
  assert_int_equal(back->key_points[1].evidence[0].span.end, 15);
  assert_string_equal(back->slides[1].bullets[1], "two");
  assert_string_equal(back->timeline[0].iso, "2019-06-14");
  b = bc_summary_to_json(back);
  assert_string_equal(a, b);
  free(a);
  free(b);
  bc_summary_free(s);
  bc_summary_free(back);
}

/* Properties appear in the schema's order and the schema id comes first. */
static void json_follows_schema_order(void **state)
{
  static const char *const order[] = {"\"schema\":\t\"briefcast.summary/1\"",
                                      "\"title\"",
                                      "\"source\"",
                                      "\"author\"",
                                      "\"sha256\"",
                                      "\"provider\"",
                                      "\"tldr\"",
                                      "\"key_points\"",
                                      "\"evidence\"",
                                      "\"quote\"",
                                      "\"sections\"",
                                      "\"timeline\"",
                                      "\"glossary\"",
                                      "\"quotes\"",
                                      "\"slides\"",
                                      "\"bullets\"",
                                      "\"narration\""};
  struct bc_summary *s = sample();
  char *j = bc_summary_to_json(s);
  const char *at = j;
  size_t i;
  (void)state;
  assert_non_null(j);
  assert_int_equal(j[strlen(j) - 1], '\n');
  for (i = 0; i < sizeof order / sizeof order[0]; i++) {
    const char *p = strstr(at, order[i]);
    if (!p)
      fail_msg("'%s' missing or out of order", order[i]);
    at = p;
  }
  free(j);
  bc_summary_free(s);
}

static void null_strings_print_as_empty(void **state)
{
  struct bc_summary *s = bc_summary_new(), *back = NULL;
  char *j;
  (void)state;
  j = bc_summary_to_json(s);
  assert_non_null(j);
  assert_non_null(strstr(j, "\"tldr\":\t\"\""));
  assert_non_null(strstr(j, "\"key_points\":\t[]"));
  assert_int_equal(bc_summary_from_json(j, strlen(j), "e", &back, NULL), BC_OK);
  assert_string_equal(back->title, "");
  assert_int_equal(back->n_slides, 0);
  free(j);
  bc_summary_free(s);
  bc_summary_free(back);
}

/* ---- schema violations ------------------------------------------------ */

/* Resolve "a.b[2].c" in a cJSON tree. */
static cJSON *at_path(cJSON *root, const char *path)
{
  char key[64];
  cJSON *cur = root;
  const char *p = path;
  while (*p && cur) {
    size_t n = 0;
    if (*p == '.')
      p++;
    if (*p == '[') {
      cur = cJSON_GetArrayItem(cur, (int)strtol(p + 1, NULL, 10));
      p = strchr(p, ']') + 1;
      continue;
    }
    while (p[n] && p[n] != '.' && p[n] != '[')
      n++;
    assert_true(n < sizeof key);
    memcpy(key, p, n);
    key[n] = '\0';
    cur = cJSON_GetObjectItemCaseSensitive(cur, key);
    p += n;
  }
  assert_non_null(cur);
  return cur;
}

enum op { SET, DEL, ADD };

static const struct violation {
  enum op op;
  const char *path; /* object holding key (DEL/ADD) or the value (SET) */
  const char *key;
  const char *value; /* JSON */
  bc_status rc;
  const char *msg;
} violations[] = {
    {DEL, "", "tldr", NULL, BC_ERR_SCHEMA, "tldr: missing required property"},
    {ADD, "", "extra", "1", BC_ERR_SCHEMA, "extra: unexpected property"},
    {ADD, "", "title", "\"again\"", BC_ERR_SCHEMA, "title: duplicate property"},
    {SET, "schema", NULL, "\"briefcast.summary/2\"", BC_ERR_SCHEMA,
     "schema: expected \"briefcast.summary/1\""},
    {SET, "title", NULL, "7", BC_ERR_SCHEMA, "title: expected a string"},
    {DEL, "source", "sha256", NULL, BC_ERR_SCHEMA,
     "source.sha256: missing required property"},
    {SET, "source", NULL, "\"x\"", BC_ERR_SCHEMA, "source: expected an object"},
    {SET, "key_points", NULL, "{}", BC_ERR_SCHEMA,
     "key_points: expected an array"},
    {SET, "key_points[1].evidence[0].start", NULL, "-1", BC_ERR_SCHEMA,
     "key_points[1].evidence[0].start: expected a non-negative integer"},
    {SET, "key_points[1].evidence[0].start", NULL, "1.5", BC_ERR_SCHEMA,
     "key_points[1].evidence[0].start: expected a non-negative integer"},
    {SET, "key_points[1].evidence[1].end", NULL, "\"103\"", BC_ERR_SCHEMA,
     "key_points[1].evidence[1].end: expected a non-negative integer"},
    {SET, "key_points[0].evidence[1].end", NULL, "1e400", BC_ERR_SCHEMA,
     "key_points[0].evidence[1].end: expected a non-negative integer"},
    {SET, "key_points[0].evidence[0].start", NULL, "9", BC_ERR_SCHEMA,
     "key_points[0].evidence[0]: start 9 is after end 5"},
    {DEL, "key_points[1].evidence[1]", "quote", NULL, BC_ERR_SCHEMA,
     "key_points[1].evidence[1].quote: missing required property"},
    {ADD, "sections[0].span", "len", "3", BC_ERR_SCHEMA,
     "sections[0].span.len: unexpected property"},
    {SET, "sections[0].span.end", NULL, "null", BC_ERR_SCHEMA,
     "sections[0].span.end: expected a non-negative integer"},
    {SET, "timeline[0].iso", NULL, "null", BC_ERR_SCHEMA,
     "timeline[0].iso: expected a string"},
    {SET, "timeline[0].span.start", NULL, "33", BC_ERR_SCHEMA,
     "timeline[0].span: start 33 is after end 32"},
    {SET, "glossary[0]", NULL, "[]", BC_ERR_SCHEMA,
     "glossary[0]: expected an object"},
    {DEL, "quotes[0]", "speaker", NULL, BC_ERR_SCHEMA,
     "quotes[0].speaker: missing required property"},
    {SET, "slides[1].bullets[1]", NULL, "5", BC_ERR_SCHEMA,
     "slides[1].bullets[1]: expected a string"},
    {SET, "slides[0].bullets", NULL, "\"one\"", BC_ERR_SCHEMA,
     "slides[0].bullets: expected an array"},
    {ADD, "narration[1]", "voice", "\"kal\"", BC_ERR_SCHEMA,
     "narration[1].voice: unexpected property"},
    {SET, "narration[0].speaker", NULL, "true", BC_ERR_SCHEMA,
     "narration[0].speaker: expected a string"},
};

static void schema_violations_name_the_field(void **state)
{
  struct bc_summary *s = sample();
  char *base = bc_summary_to_json(s);
  size_t i;
  (void)state;
  for (i = 0; i < sizeof violations / sizeof violations[0]; i++) {
    const struct violation *v = &violations[i];
    cJSON *root = cJSON_Parse(base), *val = NULL;
    struct bc_summary *out = NULL;
    struct bc_error err = BC_ERROR_INIT;
    char *text;
    bc_status rc;
    assert_non_null(root);
    if (v->value) {
      val = cJSON_Parse(v->value);
      assert_non_null(val);
    }
    if (v->op == SET) {
      /* replace the value at path: find its parent and key/index */
      const char *dot = strrchr(v->path, '.');
      const char *br = strrchr(v->path, '[');
      if (br && (!dot || br > dot)) {
        char parent[128];
        snprintf(parent, sizeof parent, "%.*s", (int)(br - v->path), v->path);
        cJSON_ReplaceItemInArray(at_path(root, parent),
                                 (int)strtol(br + 1, NULL, 10), val);
      } else if (dot) {
        char parent[128];
        snprintf(parent, sizeof parent, "%.*s", (int)(dot - v->path), v->path);
        cJSON_ReplaceItemInObjectCaseSensitive(at_path(root, parent), dot + 1,
                                               val);
      } else {
        cJSON_ReplaceItemInObjectCaseSensitive(root, v->path, val);
      }
    } else if (v->op == DEL) {
      cJSON_DeleteItemFromObjectCaseSensitive(at_path(root, v->path), v->key);
    } else {
      cJSON_AddItemToObject(at_path(root, v->path), v->key, val);
    }
    text = cJSON_Print(root);
    rc = bc_summary_from_json(text, strlen(text), "bad.json", &out, &err);
    if (rc != v->rc || !strstr(err.msg, v->msg))
      fail_msg("case %zu: got %d '%s', want '%s'", i, rc, err.msg, v->msg);
    assert_null(out);
    assert_non_null(strstr(err.msg, "'bad.json'"));
    free(text);
    cJSON_Delete(root);
  }
  free(base);
  bc_summary_free(s);
}

static void non_json_is_a_parse_error(void **state)
{
  static const char *const texts[] = {"", "{", "{\"schema\": }", "nope",
                                      "{} trailing"};
  size_t i;
  (void)state;
  for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    struct bc_summary *out = NULL;
    struct bc_error err = BC_ERROR_INIT;
    assert_int_equal(
        bc_summary_from_json(texts[i], strlen(texts[i]), "x.json", &out, &err),
        BC_ERR_PARSE);
    assert_null(out);
    assert_non_null(strstr(err.msg, "'x.json'"));
  }
  {
    struct bc_error err = BC_ERROR_INIT;
    struct bc_summary *out = NULL;
    assert_int_equal(bc_summary_from_json("[1]", 3, "x.json", &out, &err),
                     BC_ERR_SCHEMA);
    assert_non_null(strstr(err.msg, "expected an object"));
  }
}

/* ---- the text walk ------------------------------------------------------ */

struct seen {
  char paths[64][48];
  const char *texts[64];
  size_t n;
  size_t stop_after;
};

static int record(void *ctx, const char *field, const char *text)
{
  struct seen *s = ctx;
  assert_true(s->n < 64);
  snprintf(s->paths[s->n], sizeof s->paths[0], "%s", field);
  s->texts[s->n] = text;
  s->n++;
  return s->stop_after && s->n >= s->stop_after;
}

static void each_text_visits_every_text(void **state)
{
  static const char *const want[] = {
      "title",
      "tldr",
      "key_points[0].text",
      "key_points[1].text",
      "sections[0].heading",
      "sections[0].summary",
      "timeline[0].date",
      "timeline[0].event",
      "glossary[0].term",
      "glossary[0].definition",
      "quotes[0].text",
      "quotes[0].speaker",
      "slides[0].title",
      "slides[0].bullets[0]",
      "slides[0].bullets[1]",
      "slides[0].notes",
      "slides[1].title",
      "slides[1].bullets[0]",
      "slides[1].bullets[1]",
      "slides[1].notes",
      "narration[0].text",
      "narration[1].text",
  };
  struct bc_summary *s = sample();
  struct seen seen;
  size_t i;
  (void)state;
  memset(&seen, 0, sizeof seen);
  bc_summary_each_text(s, record, &seen);
  assert_int_equal(seen.n, sizeof want / sizeof want[0]);
  for (i = 0; i < seen.n; i++) {
    char **slot;
    assert_string_equal(seen.paths[i], want[i]);
    /* every path leads back to the same string */
    slot = bc_summary_field(s, want[i]);
    assert_non_null(slot);
    assert_ptr_equal(*slot, seen.texts[i]);
  }
  memset(&seen, 0, sizeof seen);
  seen.stop_after = 3;
  bc_summary_each_text(s, record, &seen);
  assert_int_equal(seen.n, 3);
  bc_summary_free(s);
}

static void field_replaces_and_rejects_unknown(void **state)
{
  struct bc_summary *s = sample();
  char **slot;
  (void)state;
  slot = bc_summary_field(s, "glossary[0].definition");
  assert_non_null(slot);
  free(*slot);
  *slot = xdup("Service Level Obligation");
  assert_string_equal(s->glossary[0].definition, "Service Level Obligation");
  assert_null(bc_summary_field(s, "key_points[2].text"));
  assert_null(bc_summary_field(s, "slides[0].bullets[2]"));
  assert_null(bc_summary_field(s, "source.title"));
  assert_null(bc_summary_field(s, ""));
  bc_summary_free(s);
}

static void dup_is_deep_and_equal(void **state)
{
  struct bc_summary *s = sample(), *d;
  char *a, *b;
  (void)state;
  d = bc_summary_dup(s);
  assert_non_null(d);
  assert_ptr_not_equal(d->slides[0].bullets[0], s->slides[0].bullets[0]);
  a = bc_summary_to_json(s);
  b = bc_summary_to_json(d);
  assert_string_equal(a, b);
  free(a);
  free(b);
  bc_summary_free(s);
  bc_summary_free(d);
  bc_summary_free(NULL);
}

/* Every allocation of parsing and copying may fail: the result is then
 * BC_ERR_NOMEM / NULL, nothing leaks (ASan), and with enough memory the
 * same call succeeds. */
static void survives_every_allocation_failure(void **state)
{
  struct bc_summary *s = sample();
  char *j = bc_summary_to_json(s);
  long n;
  int parsed = 0, copied = 0;
  (void)state;
  for (n = 1; n < 1000 && !(parsed && copied); n++) {
    struct bc_summary *out = NULL, *d;
    struct bc_error err = BC_ERROR_INIT;
    bc_status rc;
    bc__alloc_fail_after(n);
    rc = bc_summary_from_json(j, strlen(j), "t.json", &out, &err);
    bc__alloc_fail_after(0);
    if (rc == BC_OK) {
      parsed = 1;
      bc_summary_free(out);
    } else {
      assert_int_equal(rc, BC_ERR_NOMEM);
      assert_null(out);
    }
    bc__alloc_fail_after(n);
    d = bc_summary_dup(s);
    bc__alloc_fail_after(0);
    if (d)
      copied = 1;
    bc_summary_free(d);
  }
  assert_true(parsed && copied);
  free(j);
  bc_summary_free(s);
}

static void embedded_schema_is_the_file(void **state)
{
  char *file = NULL;
  size_t len = 0;
  const char *schema = bc_summary_schema();
  const cJSON *props, *id;
  cJSON *root;
  int same;
  (void)state;
  assert_int_equal(bc__fs_read(BC_SOURCE_DIR "/prompts/summary.schema.json",
                               1 << 20, &file, &len, NULL),
                   BC_OK);
  same = strcmp(schema, file) == 0;
  free(file);
  assert_true(same);
  root = cJSON_Parse(schema);
  assert_non_null(root);
  /* the schema pins the id every summary carries */
  props = cJSON_GetObjectItemCaseSensitive(root, "properties");
  id = cJSON_GetObjectItemCaseSensitive(
      cJSON_GetObjectItemCaseSensitive(props, "schema"), "const");
  same =
      cJSON_IsString(id) && strcmp(id->valuestring, BC_SUMMARY_SCHEMA_ID) == 0;
  cJSON_Delete(root);
  assert_true(same);
}

/* The files in tests/fixtures/summary/ (see its README): the valid one
 * reads back to the same bytes, each broken one fails naming its field. */
static void fixture_files(void **state)
{
  static const struct {
    const char *file;
    bc_status rc;
    const char *msg;
  } cases[] = {
      {"short-note.json", BC_OK, NULL},
      {"bad-schema-id.json", BC_ERR_SCHEMA,
       "schema: expected \"briefcast.summary/1\""},
      {"bad-span-order.json", BC_ERR_SCHEMA,
       "key_points[1].evidence[0]: start 301 is after end 300"},
      {"extra-property.json", BC_ERR_SCHEMA,
       "timeline[0].confidence: unexpected property"},
      {"missing-narration.json", BC_ERR_SCHEMA,
       "narration: missing required property"},
      {"null-bullet.json", BC_ERR_SCHEMA,
       "slides[0].bullets[0]: expected a string"},
      {"truncated.json", BC_ERR_PARSE, "'truncated.json'"},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char path[512], *text = NULL, *again;
    size_t len = 0;
    struct bc_summary *s = NULL;
    struct bc_error err = BC_ERROR_INIT;
    bc_status rc;
    snprintf(path, sizeof path, "%s/tests/fixtures/summary/%s", BC_SOURCE_DIR,
             cases[i].file);
    assert_int_equal(bc__fs_read(path, 1 << 20, &text, &len, NULL), BC_OK);
    rc = bc_summary_from_json(text, len, cases[i].file, &s, &err);
    if (rc != cases[i].rc || (cases[i].msg && !strstr(err.msg, cases[i].msg)))
      fail_msg("%s: got %d '%s'", cases[i].file, rc, err.msg);
    if (rc == BC_OK) {
      again = bc_summary_to_json(s);
      assert_string_equal(again, text);
      free(again);
      assert_string_equal(s->provider, "local");
      assert_true(s->n_key_points > 0);
    }
    bc_summary_free(s);
    free(text);
  }
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(round_trip_is_byte_identical),
      cmocka_unit_test(json_follows_schema_order),
      cmocka_unit_test(null_strings_print_as_empty),
      cmocka_unit_test(schema_violations_name_the_field),
      cmocka_unit_test(non_json_is_a_parse_error),
      cmocka_unit_test(each_text_visits_every_text),
      cmocka_unit_test(field_replaces_and_rejects_unknown),
      cmocka_unit_test(dup_is_deep_and_equal),
      cmocka_unit_test(survives_every_allocation_failure),
      cmocka_unit_test(embedded_schema_is_the_file),
      cmocka_unit_test(fixture_files),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
