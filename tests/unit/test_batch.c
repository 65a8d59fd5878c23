/* test_batch.c - the batch layer's own rules, without running a pipeline:
 * golden shard assignments that every machine must agree on, the manifest
 * (put, save and load, the journal, merging shards), and the library half
 * of the resume rule: what a re-run sees for a document that is unchanged,
 * edited, new or failed; and whole runs through bc_batch_run (the resume
 * rule and the shard filter, with the local provider in real child
 * processes). */
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

#include "briefcast/batch.h"
#include "briefcast/doc.h"
#include "briefcast/provider.h"

#include "testutil.h"

/* ---- shards ------------------------------------------------------------ */

/* The shard (1-based) each key must land in for n = 1, 2, 3, 7, 16 and
 * 1000.  Computed with an independent FNV-1a 64 (offset basis
 * 0xcbf29ce484222325, prime 0x100000001b3) over the key's bytes: h % n + 1.
 * Changing any of these moves finished documents between machines. */
static const unsigned shard_ns[] = {1, 2, 3, 7, 16, 1000};
static const struct {
  const char *key;
  unsigned long long fnv; /* for the reader: the hash itself */
  unsigned shard[6];
} golden[] = {
    {"post-01.md", 0x3c2338f39b2ce6d6ULL, {1, 1, 3, 7, 7, 663}},
    {"post-02.md", 0x6a3ee8fa8e4349f9ULL, {1, 2, 3, 3, 10, 442}},
    {"essays/a.md", 0x22ff0b71e137c896ULL, {1, 1, 3, 2, 7, 519}},
    {"https://example.com/feed.xml#why-we-moved",
     0x9c4d29cdd3ffcb19ULL,
     {1, 2, 1, 5, 10, 274}},
    {"samples/short-note.md", 0x6c18521c300981b1ULL, {1, 2, 3, 1, 2, 146}},
    {"", 0x14650fb0739d0383ULL, {1, 2, 2, 4, 4, 604}},
    {"\xc3\xa9t\xc3\xa9.txt", 0xc94fe05d6ec3a73fULL, {1, 2, 2, 2, 16, 408}},
    {"x", 0x44bda3d473cdc381ULL, {1, 2, 2, 4, 2, 642}},
};

static void shard_golden_values(void **state)
{
  (void)state;
  for (size_t i = 0; i < sizeof(golden) / sizeof(golden[0]); i++)
    for (size_t j = 0; j < sizeof(shard_ns) / sizeof(shard_ns[0]); j++) {
      unsigned n = shard_ns[j], hits = 0;
      for (unsigned k = 1; k <= n; k++) {
        int in = bc_batch_in_shard(golden[i].key, k, n);
        if (in && k != golden[i].shard[j])
          fail_msg("'%s' in shard %u of %u, want %u", golden[i].key, k, n,
                   golden[i].shard[j]);
        hits += in != 0;
      }
      if (hits != 1)
        fail_msg("'%s' in %u shards of %u, want exactly 1", golden[i].key, hits,
                 n);
    }
}

static void shard_out_of_range_is_no_shard(void **state)
{
  (void)state;
  assert_false(bc_batch_in_shard("post-01.md", 0, 3));
  assert_false(bc_batch_in_shard("post-01.md", 4, 3));
  assert_false(bc_batch_in_shard("post-01.md", 1, 0));
  assert_false(bc_batch_in_shard("post-01.md", 0, 0));
}

/* ---- manifests --------------------------------------------------------- */

static struct bc_batch_entry entry(const char *key, const char *folder,
                                   enum bc_batch_state st, const char *sha,
                                   const char *finished)
{
  struct bc_batch_entry e;
  memset(&e, 0, sizeof(e));
  e.key = (char *)key;
  e.input = (char *)key;
  e.folder = (char *)folder;
  e.state = st;
  e.code = st == BC_BATCH_OK ? BC_OK : BC_ERR_PARSE;
  e.error = st == BC_BATCH_OK ? NULL : (char *)"it broke";
  e.verdict = st == BC_BATCH_OK ? (char *)"pass" : NULL;
  snprintf(e.sha256, sizeof(e.sha256), "%s", sha);
  snprintf(e.finished, sizeof(e.finished), "%s", finished);
  return e;
}

static char *in_dir(const char *dir, const char *name)
{
  size_t n = strlen(dir) + strlen(name) + 2;
  char *p = malloc(n);
  assert_non_null(p);
  snprintf(p, n, "%s/%s", dir, name);
  return p;
}

static void write_file(const char *dir, const char *name, const char *text)
{
  char *p = in_dir(dir, name);
  FILE *f = fopen(p, "w");
  assert_non_null(f);
  fputs(text, f);
  assert_int_equal(fclose(f), 0);
  free(p);
}

static void save_shard(const char *dir, unsigned k, unsigned n, int complete,
                       const struct bc_batch_entry *es, size_t count)
{
  struct bc_manifest m = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  char *name = bc_manifest_name(k, n), *path;
  assert_non_null(name);
  path = in_dir(dir, name);
  for (size_t i = 0; i < count; i++)
    assert_int_equal(bc_manifest_put(&m, &es[i], &err), BC_OK);
  m.shard_k = k;
  m.shard_n = n;
  m.complete = complete;
  assert_int_equal(bc_manifest_save(&m, path, &err), BC_OK);
  bc_manifest_release(&m);
  free(path);
  free(name);
}

static void manifest_names(void **state)
{
  char *a = bc_manifest_name(0, 0), *b = bc_manifest_name(3, 12);
  (void)state;
  assert_string_equal(a, "manifest.json");
  assert_string_equal(b, "manifest-3-of-12.json");
  free(a);
  free(b);
}

static void manifest_put_replaces_and_round_trips(void **state)
{
  char *dir = bc_test_tmpdir("batch"), *path;
  struct bc_manifest m = BC_MANIFEST_INIT, back = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_batch_entry e;
  const struct bc_batch_entry *got;
  (void)state;
  assert_non_null(dir);
  path = in_dir(dir, "manifest.json");
  /* a missing file is an empty manifest */
  assert_int_equal(bc_manifest_load(path, &m, &err), BC_OK);
  assert_int_equal(m.n, 0);
  e = entry("b.md", "bee", BC_BATCH_FAILED, "11", "2026-01-01T00:00:00Z");
  assert_int_equal(bc_manifest_put(&m, &e, &err), BC_OK);
  e = entry("c.md", "see", BC_BATCH_TIMEOUT, "44", "2026-01-01T00:00:03Z");
  e.code = BC_ERR_INTERNAL;
  e.signal = 15;
  assert_int_equal(bc_manifest_put(&m, &e, &err), BC_OK);
  e = entry("a.md", "ay", BC_BATCH_OK, "22", "2026-01-01T00:00:01Z");
  e.times[BC_BATCH_T_TOTAL] = 1.5;
  e.errors = 2;
  e.warnings = 3;
  assert_int_equal(bc_manifest_put(&m, &e, &err), BC_OK);
  /* the same key again replaces, it does not add */
  e = entry("b.md", "bee", BC_BATCH_OK, "33", "2026-01-01T00:00:02Z");
  assert_int_equal(bc_manifest_put(&m, &e, &err), BC_OK);
  assert_int_equal(m.n, 3);
  got = bc_manifest_find(&m, "b.md");
  assert_non_null(got);
  assert_int_equal(got->state, BC_BATCH_OK);
  assert_int_equal(got->code, BC_OK);
  assert_string_equal(got->sha256, "33");
  assert_null(bc_manifest_find(&m, "d.md"));
  m.complete = 1;
  assert_int_equal(bc_manifest_save(&m, path, &err), BC_OK);

  assert_int_equal(bc_manifest_load(path, &back, &err), BC_OK);
  assert_int_equal(back.n, 3);
  assert_int_equal(back.complete, 1);
  assert_int_equal(back.shard_n, 0);
  got = bc_manifest_find(&back, "a.md");
  assert_non_null(got);
  assert_string_equal(got->folder, "ay");
  assert_string_equal(got->verdict, "pass");
  assert_int_equal(got->errors, 2);
  assert_int_equal(got->warnings, 3);
  assert_true(got->times[BC_BATCH_T_TOTAL] == 1.5);
  assert_string_equal(got->finished, "2026-01-01T00:00:01Z");
  got = bc_manifest_find(&back, "c.md");
  assert_non_null(got);
  assert_int_equal(got->state, BC_BATCH_TIMEOUT);
  assert_int_equal(got->code, BC_ERR_INTERNAL);
  assert_int_equal(got->signal, 15);
  bc_manifest_release(&back);
  bc_manifest_release(&m);
  bc_manifest_release(&m); /* twice: harmless */
  free(path);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

/* A record is durable at once (the journal) though the manifest file is
 * rewritten only now and then; a torn last journal line is dropped. */
static void manifest_journal_keeps_every_record(void **state)
{
  char *dir = bc_test_tmpdir("batch"), *path, *journal;
  struct bc_manifest m = BC_MANIFEST_INIT, back = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct stat st;
  FILE *f;
  (void)state;
  assert_non_null(dir);
  path = in_dir(dir, "manifest.json");
  journal = in_dir(dir, "manifest.json.journal");
  for (int i = 0; i < 3; i++) {
    char key[16];
    struct bc_batch_entry e;
    snprintf(key, sizeof(key), "doc-%d.md", i);
    e = entry(key, key, BC_BATCH_OK, "44", "2026-01-01T00:00:00Z");
    assert_int_equal(bc_manifest_record(&m, &e, path, &err), BC_OK);
  }
  assert_int_equal(stat(journal, &st), 0);
  assert_int_equal(bc_manifest_load(path, &back, &err), BC_OK);
  assert_int_equal(back.n, 3);
  assert_int_equal(back.complete, 0);
  assert_non_null(bc_manifest_find(&back, "doc-2.md"));
  /* the run died while appending: the cut line's document just reruns */
  f = fopen(journal, "a");
  assert_non_null(f);
  fputs("{\"key\":\"doc-3.md\",\"sta", f);
  assert_int_equal(fclose(f), 0);
  assert_int_equal(bc_manifest_load(path, &back, &err), BC_OK);
  assert_int_equal(back.n, 3);
  assert_null(bc_manifest_find(&back, "doc-3.md"));
  /* a save folds the journal in and removes it */
  assert_int_equal(bc_manifest_save(&back, path, &err), BC_OK);
  assert_int_equal(stat(journal, &st), -1);
  assert_int_equal(bc_manifest_load(path, &m, &err), BC_OK);
  assert_int_equal(m.n, 3);
  bc_manifest_release(&m);
  bc_manifest_release(&back);
  free(journal);
  free(path);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

/* A manifest of schema briefcast.manifest/1 recorded a caller's exit_code
 * instead of the library's outcome: it still reads (a batch folder of an
 * older briefcast resumes), ok as BC_OK, a failure as BC_ERR_INTERNAL, and
 * 128+N as killed by signal N; saved again, it is of the new schema. */
static void manifest_reads_older_schema(void **state)
{
  char *dir = bc_test_tmpdir("batch"), *path, *text;
  struct bc_manifest m = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  const struct bc_batch_entry *e;
  (void)state;
  assert_non_null(dir);
  write_file(dir, "manifest.json",
             "{\"schema\":\"briefcast.manifest/1\",\"complete\":true,"
             "\"documents\":["
             "{\"key\":\"a.md\",\"folder\":\"a\",\"sha256\":\"01\","
             "\"status\":\"ok\",\"exit_code\":0,\"verdict\":\"pass\"},"
             "{\"key\":\"b.md\",\"folder\":null,\"sha256\":\"02\","
             "\"status\":\"failed\",\"exit_code\":6,\"error\":\"binary\"},"
             "{\"key\":\"c.md\",\"folder\":\"c\",\"sha256\":\"03\","
             "\"status\":\"failed\",\"exit_code\":137,\"error\":\"killed\"}"
             "]}");
  path = in_dir(dir, "manifest.json");
  if (bc_manifest_load(path, &m, &err))
    fail_msg("%s", err.msg);
  assert_int_equal(m.n, 3);
  assert_int_equal(m.complete, 1);
  e = bc_manifest_find(&m, "a.md");
  assert_int_equal(e->state, BC_BATCH_OK);
  assert_int_equal(e->code, BC_OK);
  assert_int_equal(e->signal, 0);
  e = bc_manifest_find(&m, "b.md");
  assert_int_equal(e->state, BC_BATCH_FAILED);
  assert_int_equal(e->code, BC_ERR_INTERNAL);
  assert_int_equal(e->signal, 0);
  e = bc_manifest_find(&m, "c.md");
  assert_int_equal(e->code, BC_ERR_INTERNAL);
  assert_int_equal(e->signal, 9);
  assert_int_equal(bc_manifest_save(&m, path, &err), BC_OK);
  text = bc_test_slurp(path);
  assert_non_null(text);
  assert_non_null(strstr(text, "briefcast.manifest/2"));
  assert_null(strstr(text, "exit_code"));
  free(text);
  bc_manifest_release(&m);
  free(path);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

static void manifest_load_refuses_other_files(void **state)
{
  static const char *const bad[] = {
      "{\"schema\":\"briefcast.summary/1\",\"documents\":[]}",
      "{\"schema\":\"briefcast.manifest/1\"}",
      "{\"schema\":\"briefcast.manifest/1\",\"documents\":[{\"key\":\"a\"}]}",
      "{\"schema\":\"briefcast.manifest/1\",\"documents\":[{\"key\":\"a\","
      "\"status\":\"maybe\",\"sha256\":\"00\"}]}",
  };
  char *dir = bc_test_tmpdir("batch"), *path;
  struct bc_manifest m = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_non_null(dir);
  path = in_dir(dir, "manifest.json");
  for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(bad[i], f);
    assert_int_equal(fclose(f), 0);
    if (bc_manifest_load(path, &m, &err) != BC_ERR_SCHEMA)
      fail_msg("case %zu: %s", i, err.msg);
    assert_non_null(strstr(err.msg, "manifest.json"));
    assert_int_equal(m.n, 0);
  }
  {
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("{\"schema\":", f);
    assert_int_equal(fclose(f), 0);
    assert_int_equal(bc_manifest_load(path, &m, &err), BC_ERR_PARSE);
  }
  bc_manifest_release(&m);
  free(path);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

/* Three shards of one split merge into manifest.json; for a key in
 * several files the entry finished last wins; the set is complete only
 * when every shard 1..N finished. */
static void manifest_merge_shards(void **state)
{
  char *dir = bc_test_tmpdir("batch"), *path;
  struct bc_manifest m = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  size_t seen = 99;
  int complete = 99;
  struct bc_batch_entry s1[2], s2[1], s3[2], whole[1];
  const struct bc_batch_entry *got;
  struct stat st;
  (void)state;
  assert_non_null(dir);
  path = in_dir(dir, "manifest.json");

  /* no manifest at all */
  assert_int_equal(bc_manifest_merge(dir, 0, &seen, &complete, &err),
                   BC_ERR_INPUT);
  assert_int_equal(seen, 99); /* untouched on error */

  /* an earlier whole run knew a.md as failed */
  whole[0] = entry("a.md", "a", BC_BATCH_FAILED, "aa", "2026-01-01T09:00:00Z");
  {
    struct bc_manifest w = BC_MANIFEST_INIT;
    assert_int_equal(bc_manifest_put(&w, &whole[0], &err), BC_OK);
    assert_int_equal(bc_manifest_save(&w, path, &err), BC_OK);
    bc_manifest_release(&w);
  }
  s1[0] = entry("a.md", "a", BC_BATCH_OK, "aa", "2026-01-02T09:00:00Z");
  s1[1] = entry("b.md", "b", BC_BATCH_OK, "bb", "2026-01-02T09:00:01Z");
  s2[0] = entry("c.md", "c", BC_BATCH_TIMEOUT, "cc", "2026-01-02T09:00:02Z");
  /* shard 3 also holds an older b.md (a stale copy): the later one wins */
  s3[0] = entry("b.md", "b", BC_BATCH_FAILED, "b0", "2026-01-01T00:00:00Z");
  s3[1] = entry("d.md", "d", BC_BATCH_OK, "dd", "2026-01-02T09:00:03Z");
  save_shard(dir, 1, 3, 1, s1, 2);
  save_shard(dir, 3, 3, 1, s3, 2);

  /* two of three: nothing written when completeness is required */
  assert_int_equal(bc_manifest_merge(dir, 1, &seen, &complete, &err), BC_OK);
  assert_int_equal(seen, 2);
  assert_int_equal(complete, 0);
  assert_int_equal(bc_manifest_load(path, &m, &err), BC_OK);
  assert_int_equal(m.n, 1);
  assert_int_equal(bc_manifest_find(&m, "a.md")->state, BC_BATCH_FAILED);

  /* shard 2 written but not finished: still incomplete, yet merged */
  save_shard(dir, 2, 3, 0, s2, 1);
  assert_int_equal(bc_manifest_merge(dir, 0, &seen, &complete, &err), BC_OK);
  assert_int_equal(seen, 3);
  assert_int_equal(complete, 0);
  assert_int_equal(bc_manifest_load(path, &m, &err), BC_OK);
  assert_int_equal(m.n, 4);
  assert_int_equal(m.complete, 0);

  /* shard 2 finishes: the set is complete */
  save_shard(dir, 2, 3, 1, s2, 1);
  assert_int_equal(bc_manifest_merge(dir, 1, &seen, &complete, &err), BC_OK);
  assert_int_equal(seen, 3);
  assert_int_equal(complete, 1);
  assert_int_equal(bc_manifest_load(path, &m, &err), BC_OK);
  assert_int_equal(m.n, 4);
  assert_int_equal(m.complete, 1);
  assert_int_equal(m.shard_n, 0); /* the merged file is the whole batch's */
  got = bc_manifest_find(&m, "a.md");
  assert_int_equal(got->state, BC_BATCH_OK); /* later than the old run */
  got = bc_manifest_find(&m, "b.md");
  assert_int_equal(got->state, BC_BATCH_OK);
  assert_string_equal(got->sha256, "bb");
  assert_int_equal(bc_manifest_find(&m, "c.md")->state, BC_BATCH_TIMEOUT);
  assert_string_equal(bc_manifest_find(&m, "d.md")->folder, "d");
  /* the shard files stay; merging again changes nothing */
  assert_int_equal(stat(path, &st), 0);
  assert_int_equal(bc_manifest_merge(dir, 1, &seen, &complete, &err), BC_OK);
  assert_int_equal(bc_manifest_load(path, &m, &err), BC_OK);
  assert_int_equal(m.n, 4);
  bc_manifest_release(&m);
  free(path);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

/* ---- the resume rule's inputs ------------------------------------------ */

/* A re-run skips a document when its manifest entry is ok, has the same
 * source digest and the same folder, and the folder still holds
 * summary.json.  These are the halves the library owns: the key and
 * digest bc_batch_expand gives, and the folder bc_batch_claim_folders
 * gives back on a re-run. */

static void expand(const char *src, const char *out, struct bc_batch_list *l)
{
  struct bc_ingest_opts in = BC_INGEST_OPTS_INIT;
  struct bc_error err = BC_ERROR_INIT;
  const char *inputs[1];
  inputs[0] = src;
  if (bc_batch_expand(inputs, 1, &in, 1, out, l, &err))
    fail_msg("%s", err.msg);
}

static const struct bc_batch_item *item(const struct bc_batch_list *l,
                                        const char *suffix)
{
  for (size_t i = 0; i < l->n; i++) {
    size_t a = strlen(l->items[i].key), b = strlen(suffix);
    if (a >= b && strcmp(l->items[i].key + a - b, suffix) == 0)
      return &l->items[i];
  }
  fail_msg("no item ending in '%s'", suffix);
  return NULL;
}

/* What done_before in batch_run.c checks, for the reader of this test: ok,
 * same digest, same folder (the output file is not made here). */
static int would_skip(const struct bc_manifest *m,
                      const struct bc_batch_item *it)
{
  const struct bc_batch_entry *e = bc_manifest_find(m, it->key);
  return e && e->state == BC_BATCH_OK && strcmp(e->sha256, it->sha256) == 0 &&
         e->folder && it->folder && strcmp(e->folder, it->folder) == 0;
}

static void resume_sees_unchanged_edited_new_and_failed(void **state)
{
  char *root = bc_test_tmpdir("batch"), *src, *out;
  struct bc_batch_list l1 = BC_BATCH_LIST_INIT, l2 = BC_BATCH_LIST_INIT;
  struct bc_manifest m = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  const struct bc_manifest *ms[1];
  (void)state;
  assert_non_null(root);
  src = in_dir(root, "in");
  out = in_dir(root, "out");
  assert_int_equal(mkdir(src, 0700), 0);
  write_file(src, "keep.md", "# Keep\n\nThis essay never changes.\n");
  write_file(src, "edit.md", "# Edit\n\nThe first version.\n");
  write_file(src, "fail.md", "# Fail\n\nThis one failed last time.\n");

  /* run 1: every document gets a folder; two finish, one fails */
  expand(src, out, &l1);
  assert_int_equal(l1.n, 3);
  ms[0] = &m;
  assert_int_equal(bc_batch_claim_folders(&l1, ms, 1, out, &err), BC_OK);
  for (size_t i = 0; i < l1.n; i++) {
    const struct bc_batch_item *it = &l1.items[i];
    int failed = strstr(it->key, "fail.md") != NULL;
    struct bc_batch_entry e =
        entry(it->key, it->folder, failed ? BC_BATCH_FAILED : BC_BATCH_OK,
              it->sha256, "2026-01-01T00:00:00Z");
    assert_int_equal(strlen(it->sha256), 64);
    assert_int_equal(bc_manifest_put(&m, &e, &err), BC_OK);
  }

  /* between the runs: one source edited, one added with a clashing
   * title (its slug is another document's) */
  write_file(src, "edit.md", "# Edit\n\nThe second version.\n");
  write_file(src, "keep2.md", "# Keep\n\nAnother essay, the same title.\n");

  /* run 2 */
  expand(src, out, &l2);
  assert_int_equal(l2.n, 4);
  assert_int_equal(bc_batch_claim_folders(&l2, ms, 1, out, &err), BC_OK);
  {
    const struct bc_batch_item *keep1 = item(&l1, "/keep.md"),
                               *keep = item(&l2, "/keep.md"),
                               *edit1 = item(&l1, "/edit.md"),
                               *edit = item(&l2, "/edit.md"),
                               *fail = item(&l2, "/fail.md"),
                               *added = item(&l2, "/keep2.md");
    /* unchanged: same key, digest and folder, so skipped */
    assert_string_equal(keep->key, keep1->key);
    assert_string_equal(keep->sha256, keep1->sha256);
    assert_string_equal(keep->folder, keep1->folder);
    assert_true(would_skip(&m, keep));
    /* edited: the same key and folder, a new digest, so run again */
    assert_string_equal(edit->key, edit1->key);
    assert_string_equal(edit->folder, edit1->folder);
    assert_string_not_equal(edit->sha256, edit1->sha256);
    assert_false(would_skip(&m, edit));
    /* failed: finds its folder again, and runs again */
    assert_string_equal(fail->folder, bc_manifest_find(&m, fail->key)->folder);
    assert_false(would_skip(&m, fail));
    /* new: never given another document's folder, and runs */
    assert_null(bc_manifest_find(&m, added->key));
    assert_string_not_equal(added->folder, keep->folder);
    assert_false(would_skip(&m, added));
  }
  bc_batch_list_release(&l1);
  bc_batch_list_release(&l2);
  bc_manifest_release(&m);
  free(src);
  free(out);
  assert_int_equal(bc_test_tmpdir_remove(root), 0);
}

/* A folder with files that no manifest accounts for (the record was lost)
 * is never reused for a new document: its outputs would be overwritten. */
static void resume_never_reuses_an_unrecorded_folder(void **state)
{
  char *root = bc_test_tmpdir("batch"), *src, *out, *stale;
  struct bc_batch_list l = BC_BATCH_LIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_non_null(root);
  src = in_dir(root, "in");
  out = in_dir(root, "out");
  assert_int_equal(mkdir(src, 0700), 0);
  assert_int_equal(mkdir(out, 0700), 0);
  write_file(src, "a.md", "# Alpha\n\nText.\n");
  expand(src, out, &l);
  assert_int_equal(l.n, 1);
  stale = in_dir(out, l.items[0].folder);
  assert_int_equal(mkdir(stale, 0700), 0);
  /* an empty folder is free (a run stopped before writing anything) */
  {
    char *before = strdup(l.items[0].folder);
    assert_int_equal(bc_batch_claim_folders(&l, NULL, 0, out, &err), BC_OK);
    assert_string_equal(l.items[0].folder, before);
    /* one with a file in it is not */
    write_file(stale, "summary.json", "{}");
    assert_int_equal(bc_batch_claim_folders(&l, NULL, 0, out, &err), BC_OK);
    assert_string_not_equal(l.items[0].folder, before);
    assert_non_null(strstr(l.items[0].folder, before));
    free(before);
  }
  bc_batch_list_release(&l);
  free(stale);
  free(src);
  free(out);
  assert_int_equal(bc_test_tmpdir_remove(root), 0);
}

/* Shards that finished at the same second hold the same key: the merge
 * reads the shard files in order of split and shard, whatever order the
 * directory lists them in, so the higher shard's entry wins on every
 * machine. */
static void manifest_merge_is_deterministic(void **state)
{
  char *dir = bc_test_tmpdir("batch"), *path;
  struct bc_manifest m = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_batch_entry a[1], b[1];
  int complete = 0;
  (void)state;
  assert_non_null(dir);
  path = in_dir(dir, "manifest.json");
  a[0] = entry("x.md", "from-one", BC_BATCH_OK, "11", "2026-01-02T09:00:00Z");
  b[0] = entry("x.md", "from-two", BC_BATCH_OK, "22", "2026-01-02T09:00:00Z");
  /* written second first, so a listing in creation order would differ */
  save_shard(dir, 2, 2, 1, b, 1);
  save_shard(dir, 1, 2, 1, a, 1);
  assert_int_equal(bc_manifest_merge(dir, 1, NULL, &complete, &err), BC_OK);
  assert_int_equal(complete, 1);
  assert_int_equal(bc_manifest_load(path, &m, &err), BC_OK);
  assert_string_equal(bc_manifest_find(&m, "x.md")->folder, "from-two");
  bc_manifest_release(&m);
  free(path);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

/* Shard files of two different splits in one folder do not merge: which
 * of them made the batch whole would be a guess. */
static void manifest_merge_refuses_mixed_splits(void **state)
{
  char *dir = bc_test_tmpdir("batch"), *path;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_batch_entry a[1], b[1];
  struct stat st;
  size_t seen = 99;
  int complete = 99;
  (void)state;
  assert_non_null(dir);
  path = in_dir(dir, "manifest.json");
  a[0] = entry("x.md", "x", BC_BATCH_OK, "11", "2026-01-02T09:00:00Z");
  b[0] = entry("y.md", "y", BC_BATCH_OK, "22", "2026-01-02T09:00:00Z");
  save_shard(dir, 1, 2, 1, a, 1);
  save_shard(dir, 2, 2, 1, b, 1);
  save_shard(dir, 1, 3, 1, b, 1);
  for (int require = 0; require <= 1; require++) {
    assert_int_equal(bc_manifest_merge(dir, require, &seen, &complete, &err),
                     BC_ERR_INPUT);
    assert_non_null(strstr(err.msg, "different splits"));
    assert_non_null(strstr(err.msg, "manifest-1-of-2.json"));
    assert_non_null(strstr(err.msg, "manifest-1-of-3.json"));
    assert_int_equal(seen, 99);
    assert_int_equal(complete, 99);
    assert_int_equal(stat(path, &st), -1); /* nothing written */
  }
  free(path);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

/* ---- whole runs: bc_batch_run ---------------------------------------------
 */

struct seen {
  char keys[16][256]; /* documents that ended, in order */
  int codes[16];
  size_t n, planned, unrecorded;
  struct bc_batch_totals at_plan;
};

static void on_event(void *ctx, enum bc_batch_event ev,
                     const struct bc_batch_entry *e,
                     const struct bc_batch_totals *t)
{
  struct seen *s = ctx;
  if (ev == BC_BATCH_PLANNED) {
    s->planned++;
    s->at_plan = *t;
  } else if (ev == BC_BATCH_UNRECORDED) {
    s->unrecorded++;
  } else if (s->n < 16) {
    snprintf(s->keys[s->n], sizeof(s->keys[0]), "%s", e->key);
    s->codes[s->n++] = e->code;
  }
}

static int ended(const struct seen *s, const char *suffix)
{
  int n = 0;
  for (size_t i = 0; i < s->n; i++) {
    size_t a = strlen(s->keys[i]), b = strlen(suffix);
    n += a >= b && strcmp(s->keys[i] + a - b, suffix) == 0;
  }
  return n;
}

static const struct bc_batch_entry *entry_ending(const struct bc_manifest *m,
                                                 const char *suffix)
{
  for (size_t i = 0; i < m->n; i++) {
    size_t a = strlen(m->entries[i].key), b = strlen(suffix);
    if (a >= b && strcmp(m->entries[i].key + a - b, suffix) == 0)
      return &m->entries[i];
  }
  fail_msg("no entry ending in '%s'", suffix);
  return NULL;
}

struct runner {
  struct bc_provider *p;
  struct bc_pipeline_opts po;
  struct bc_batch_opts bo;
  struct bc_batch_hooks hooks;
  struct bc_batch_totals t;
  struct seen seen;
};

static void runner_init(struct runner *r, const char *out)
{
  struct bc_provider_config cfg = BC_PROVIDER_CONFIG_INIT;
  struct bc_error err = BC_ERROR_INIT;
  memset(r, 0, sizeof(*r));
  if (bc_provider_new(&cfg, &r->p, &err))
    fail_msg("%s", err.msg);
  r->po = (struct bc_pipeline_opts)BC_PIPELINE_OPTS_INIT;
  r->po.outputs = BC_OUT_SUMMARY | BC_OUT_REPORT;
  r->bo = (struct bc_batch_opts)BC_BATCH_OPTS_INIT;
  r->bo.outdir = out;
  r->bo.jobs = 2;
  r->bo.pipeline = &r->po;
  r->bo.provider = r->p;
  r->hooks.on_event = on_event;
  r->hooks.ctx = &r->seen;
}

static void run_batch(struct runner *r, const char *src)
{
  struct bc_error err = BC_ERROR_INIT;
  const char *inputs[1];
  inputs[0] = src;
  memset(&r->seen, 0, sizeof(r->seen));
  if (bc_batch_run(&r->bo, inputs, 1, &r->hooks, &r->t, &err))
    fail_msg("bc_batch_run: %s", err.msg);
  assert_int_equal(r->seen.planned, 1);
  assert_int_equal(r->seen.unrecorded, 0);
  assert_int_equal(r->t.finished, r->seen.n);
}

static const char essay[] =
    "# %s\n\nThe Harbour Trust (HT) opened a new ferry pier on 3 March 2025. "
    "It cost 4.2 million pounds and took 14 months to build. The trust "
    "expects 1,200 passengers a day by the summer.\n";

static void write_essay(const char *dir, const char *name, const char *title)
{
  char text[512];
  snprintf(text, sizeof(text), essay, title);
  write_file(dir, name, text);
}

/* The resume rule: a re-run skips what was done from the same source with
 * its summary.json still there, and runs what was edited, lost its
 * outputs or failed; --force runs everything; the manifest keeps the
 * library's outcome of each (a bc_status), not a caller's number. */
static void run_resumes_only_what_changed(void **state)
{
  char *root = bc_test_tmpdir("batch"), *src, *out, *path, *gone;
  struct bc_manifest m = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  const struct bc_batch_entry *e;
  struct runner r;
  (void)state;
  assert_non_null(root);
  src = in_dir(root, "in");
  out = in_dir(root, "out");
  assert_int_equal(mkdir(src, 0700), 0);
  write_essay(src, "keep.md", "Keep");
  write_essay(src, "edit.md", "Edit");
  write_essay(src, "lost.md", "Lost");
  {
    /* a binary file: it fails to ingest */
    char *p = in_dir(src, "bin.txt");
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    fwrite("ab\0\0\0cd\0\001\002", 1, 10, f);
    assert_int_equal(fclose(f), 0);
    free(p);
  }
  runner_init(&r, out);

  run_batch(&r, src);
  assert_int_equal(r.t.total, 4);
  assert_int_equal(r.t.finished, 4);
  assert_int_equal(r.t.failed, 1);
  assert_int_equal(r.t.skipped, 0);
  assert_int_equal(r.t.whole, 1);
  assert_int_equal(ended(&r.seen, "/bin.txt"), 1);
  path = in_dir(out, "manifest.json");
  assert_int_equal(bc_manifest_load(path, &m, &err), BC_OK);
  assert_int_equal(m.n, 4);
  assert_int_equal(m.complete, 1);
  for (size_t i = 0; i < m.n; i++) {
    e = &m.entries[i];
    if (strstr(e->key, "bin.txt")) {
      assert_int_equal(e->state, BC_BATCH_FAILED);
      assert_int_equal(e->code, BC_ERR_BINARY);
      assert_int_equal(e->signal, 0);
    } else {
      assert_int_equal(e->state, BC_BATCH_OK);
      assert_int_equal(e->code, BC_OK);
    }
  }
  {
    /* the file says so in the library's words, no caller's number */
    char *text = bc_test_slurp(path);
    assert_non_null(text);
    assert_non_null(strstr(text, "\"BC_ERR_BINARY\""));
    assert_null(strstr(text, "exit_code"));
    free(text);
  }
  e = entry_ending(&m, "/lost.md");
  gone = in_dir(out, e->folder);
  {
    char *sj = in_dir(gone, "summary.json");
    assert_int_equal(unlink(sj), 0);
    free(sj);
  }

  /* the second run: keep is skipped; edit changed, lost lost its
   * summary, bin failed: those run again */
  write_essay(src, "edit.md", "Edit, the second version");
  run_batch(&r, src);
  assert_int_equal(r.seen.at_plan.skipped, 1);
  assert_int_equal(r.t.skipped, 1);
  assert_int_equal(r.t.finished, 3);
  assert_int_equal(ended(&r.seen, "/keep.md"), 0);
  assert_int_equal(ended(&r.seen, "/edit.md"), 1);
  assert_int_equal(ended(&r.seen, "/lost.md"), 1);
  assert_int_equal(ended(&r.seen, "/bin.txt"), 1);

  /* the third: nothing changed but the failure */
  run_batch(&r, src);
  assert_int_equal(r.t.skipped, 3);
  assert_int_equal(r.seen.n, 1);
  assert_int_equal(ended(&r.seen, "/bin.txt"), 1);

  /* force: everything runs */
  r.bo.force = 1;
  run_batch(&r, src);
  assert_int_equal(r.t.skipped, 0);
  assert_int_equal(r.t.finished, 4);

  /* the failure the caller is shown is the library's outcome too */
  r.bo.force = 0;
  run_batch(&r, src);
  assert_int_equal(r.seen.n, 1);
  assert_int_equal(r.seen.codes[0], BC_ERR_BINARY);

  bc_manifest_release(&m);
  bc_provider_free(r.p);
  free(gone);
  free(path);
  free(src);
  free(out);
  assert_int_equal(bc_test_tmpdir_remove(root), 0);
}

/* The shard filter: shard K of N runs exactly the documents
 * bc_batch_in_shard gives it, the two shards split the batch, and the
 * second to finish makes DIR/manifest.json whole. */
static void run_shards_split_the_batch(void **state)
{
  static const char *const titles[] = {"Alpha", "Bravo",   "Charlie", "Delta",
                                       "Echo",  "Foxtrot", "Golf",    "Hotel"};
  char *root = bc_test_tmpdir("batch"), *src, *out, *path;
  struct bc_manifest m = BC_MANIFEST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct runner r;
  size_t counts[3] = {0, 0, 0};
  (void)state;
  assert_non_null(root);
  src = in_dir(root, "in");
  out = in_dir(root, "out");
  assert_int_equal(mkdir(src, 0700), 0);
  for (size_t i = 0; i < sizeof(titles) / sizeof(titles[0]); i++) {
    char name[32];
    snprintf(name, sizeof(name), "%s.md", titles[i]);
    write_essay(src, name, titles[i]);
  }
  runner_init(&r, out);
  r.bo.shard_n = 2;
  for (unsigned k = 1; k <= 2; k++) {
    r.bo.shard_k = k;
    run_batch(&r, src);
    counts[k] = r.t.total;
    assert_int_equal(r.t.finished, r.t.total);
    for (size_t i = 0; i < r.seen.n; i++)
      if (!bc_batch_in_shard(r.seen.keys[i], k, 2))
        fail_msg("'%s' ran in shard %u of 2", r.seen.keys[i], k);
    /* the first shard alone does not make the batch whole */
    assert_int_equal(r.t.whole, k == 2);
  }
  assert_int_equal(counts[1] + counts[2], 8);
  assert_true(counts[1] > 0 && counts[2] > 0);
  path = in_dir(out, "manifest.json");
  assert_int_equal(bc_manifest_load(path, &m, &err), BC_OK);
  assert_int_equal(m.n, 8);
  assert_int_equal(m.complete, 1);
  bc_manifest_release(&m);
  bc_provider_free(r.p);
  free(path);
  free(src);
  free(out);
  assert_int_equal(bc_test_tmpdir_remove(root), 0);
}

static void run_refuses_missing_options(void **state)
{
  struct bc_batch_opts bo = BC_BATCH_OPTS_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_batch_totals t;
  (void)state;
  assert_int_equal(bc_batch_run(&bo, NULL, 0, NULL, &t, &err), BC_ERR_USAGE);
  assert_int_equal(t.finished, 0);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(shard_golden_values),
      cmocka_unit_test(shard_out_of_range_is_no_shard),
      cmocka_unit_test(manifest_names),
      cmocka_unit_test(manifest_put_replaces_and_round_trips),
      cmocka_unit_test(manifest_journal_keeps_every_record),
      cmocka_unit_test(manifest_reads_older_schema),
      cmocka_unit_test(manifest_load_refuses_other_files),
      cmocka_unit_test(manifest_merge_shards),
      cmocka_unit_test(resume_sees_unchanged_edited_new_and_failed),
      cmocka_unit_test(resume_never_reuses_an_unrecorded_folder),
      cmocka_unit_test(manifest_merge_is_deterministic),
      cmocka_unit_test(manifest_merge_refuses_mixed_splits),
      cmocka_unit_test(run_resumes_only_what_changed),
      cmocka_unit_test(run_shards_split_the_batch),
      cmocka_unit_test(run_refuses_missing_options),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
