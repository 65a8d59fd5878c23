/* test_util.c - the growable buffer, UTF-8 checks, SHA-256, atomic file
 * output and the registry of live temporary files. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "briefcast/buf.h"
#include "briefcast/utf8.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/sha256.h"
#include "util/utf8.h"

#include "testutil.h"

static void buf_appends_and_takes(void **state)
{
  struct bc_buf b = BC_BUF_INIT(100);
  size_t len = 0;
  char *s;
  (void)state;
  assert_int_equal(bc_buf_adds(&b, "hello"), BC_OK);
  assert_int_equal(bc_buf_addf(&b, ", %s %d", "world", 42), BC_OK);
  assert_string_equal(bc_buf_str(&b), "hello, world 42");
  s = bc_buf_take(&b, &len);
  assert_string_equal(s, "hello, world 42");
  assert_int_equal(len, 15);
  assert_null(b.ptr);
  free(s);
}

static void buf_cap_fails_once_and_releases(void **state)
{
  struct bc_buf b = BC_BUF_INIT(8);
  (void)state;
  assert_int_equal(bc_buf_adds(&b, "12345678"), BC_OK);
  assert_int_equal(bc_buf_addc(&b, '9'), BC_ERR_LIMIT);
  assert_null(b.ptr);
  /* later appends keep failing so that a chain needs one check */
  assert_int_equal(bc_buf_adds(&b, "x"), BC_ERR_LIMIT);
  assert_int_equal(bc_buf_status(&b), BC_ERR_LIMIT);
  assert_null(bc_buf_take(&b, NULL));
  bc_buf_release(&b);
}

static void buf_survives_every_allocation_failure(void **state)
{
  (void)state;
  for (long n = 1; n < 20; n++) {
    struct bc_buf b = BC_BUF_INIT(1 << 20);
    bc__alloc_fail_after(n);
    for (int i = 0; i < 100; i++)
      bc_buf_addf(&b, "line %d of a longer text\n", i);
    bc__alloc_fail_after(0);
    if (bc_buf_status(&b) == BC_OK)
      assert_int_equal(strlen(bc_buf_str(&b)), b.len);
    else
      assert_int_equal(bc_buf_status(&b), BC_ERR_NOMEM);
    bc_buf_release(&b);
  }
}

static void utf8_validation_table(void **state)
{
  static const struct {
    const char *s;
    size_t bad_at; /* (size_t)-1 = valid */
  } cases[] = {
      {"plain ascii", (size_t)-1},
      {"caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x98\x80", (size_t)-1},
      {"bad \xff byte", 4},
      {"overlong \xc0\xaf", 9},
      {"surrogate \xed\xa0\x80", 10},
      {"truncated \xe2\x80", 10},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    size_t len = strlen(cases[i].s);
    size_t want = cases[i].bad_at == (size_t)-1 ? len : cases[i].bad_at;
    assert_int_equal(bc__utf8_invalid_at(cases[i].s, len), want);
  }
  assert_true(bc__utf8_looks_binary("ab\0cd", 5));
  assert_false(bc__utf8_looks_binary("line one\nline two\n", 18));
}

/* The public decoder (what the CLI escapes with) and the library's agree;
 * the surrogate-tolerant one differs from them only on surrogates, which
 * the feed writer mends as spaces rather than as broken bytes. */
static void utf8_decoders_agree(void **state)
{
  static const struct {
    const char *s;
    size_t len;       /* of the first code point, 0 = invalid */
    uint32_t cp;      /* its value */
    size_t surrogate; /* bc__utf8_decode_surrogates' length */
  } cases[] = {
      {"A", 1, 0x41, 1},
      {"\xc3\xa9", 2, 0xE9, 2},
      {"\xe2\x80\xae", 3, 0x202E, 3},
      {"\xf0\x9f\x98\x80", 4, 0x1F600, 4},
      {"\xed\xa0\x80", 0, 0xD800, 3}, /* a high surrogate */
      {"\xed\xbf\xbf", 0, 0xDFFF, 3}, /* a low surrogate */
      {"\xc0\xaf", 0, 0, 0},          /* overlong */
      {"\xf4\x90\x80\x80", 0, 0, 0},  /* above U+10FFFF */
      {"\xe2\x80", 0, 0, 0},          /* cut short */
      {"\xff", 0, 0, 0},
  };
  (void)state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    const char *s = cases[i].s;
    uint32_t a = 7, b = 7, c = 7;
    size_t la = bc_utf8_decode(s, strlen(s), &a),
           lb = bc__utf8_decode(s, strlen(s), &b),
           lc = bc__utf8_decode_surrogates(s, strlen(s), &c);
    if (la != cases[i].len || lb != cases[i].len || lc != cases[i].surrogate)
      fail_msg("case %zu: lengths %zu %zu %zu", i, la, lb, lc);
    if (la)
      assert_int_equal(a, cases[i].cp);
    if (lc)
      assert_int_equal(c, cases[i].cp);
  }
  assert_int_equal(bc_utf8_decode(NULL, 3, NULL), 0);
  assert_int_equal(bc_utf8_decode("abc", 0, NULL), 0);
}

static void sha256_known_vectors(void **state)
{
  char hex[65];
  (void)state;
  bc__sha256_hex("", 0, hex);
  assert_string_equal(
      hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  bc__sha256_hex("abc", 3, hex);
  assert_string_equal(
      hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  {
    /* two blocks: exercises the padding across a block boundary */
    const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    bc__sha256_hex(m, strlen(m), hex);
    assert_string_equal(
        hex,
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  }
}

/* A temporary for path as a writer makes it: created, written, closed. */
static char *temp_made(const char *path)
{
  struct bc_error err = BC_ERROR_INIT;
  char *tmp = NULL;
  FILE *f = bc__fs_temp_open(path, &tmp, &err);
  assert_non_null(f);
  assert_true(fputs("x", f) >= 0);
  assert_int_equal(fclose(f), 0);
  return tmp;
}

/* Commit a temporary made by temp_made. */
static bc_status commit_name(const char *tmp, const char *path,
                             struct bc_error *err)
{
  FILE *f = fopen(tmp, "r+b");
  assert_non_null(f);
  return bc__fs_commit(f, tmp, path, err);
}

static void fs_atomic_write_and_read_back(void **state)
{
  char *dir = bc_test_tmpdir("test-util");
  char *path, *data = NULL;
  size_t len = 0;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_non_null(dir);
  path = bc__fs_join(dir, "out.txt");
  assert_int_equal(bc__fs_write_atomic(path, "abc\n", 4, &err), BC_OK);
  assert_int_equal(bc__fs_read(path, 100, &data, &len, &err), BC_OK);
  assert_string_equal(data, "abc\n");
  free(data);
  /* over the cap: a named limit, not a truncated read */
  assert_int_equal(bc__fs_read(path, 2, &data, &len, &err), BC_ERR_LIMIT);
  assert_non_null(strstr(err.msg, "out.txt"));
  /* a directory is not a file */
  assert_int_equal(bc__fs_read(dir, 100, &data, &len, &err), BC_ERR_NOTFILE);
  assert_non_null(strstr(err.msg, "is a directory"));
  {
    /* two temporaries of one path in one process never share a name */
    char *t1 = temp_made(path), *t2 = temp_made(path);
    assert_string_not_equal(t1, t2);
    assert_non_null(strstr(t1, "out.txt.tmp-"));
    bc__fs_discard(t1);
    bc__fs_discard(t2);
    free(t1);
    free(t2);
  }
  unlink(path);
  free(path);
  /* writing below a regular file fails cleanly */
  path = bc__fs_join("/etc/hostname", "x/y");
  assert_int_equal(bc__fs_mkdirs(path, &err), BC_ERR_OUTPUT);
  free(path);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

/* Create an empty file, as a writer would before committing. */
static void touch(const char *path)
{
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fputs("x", f) >= 0, 1);
  assert_int_equal(fclose(f), 0);
}

static int exists(const char *path)
{
  struct stat st;
  return lstat(path, &st) == 0;
}

static void temps_commit_and_discard_leave_the_registry(void **state)
{
  char *dir = bc_test_tmpdir("test-util");
  struct bc_error err = BC_ERROR_INIT;
  char *path, *tmp, *bad;
  (void)state;
  assert_non_null(dir);
  path = bc__fs_join(dir, "brief.pdf");

  /* commit: the name is tracked while written, renamed, then forgotten */
  tmp = temp_made(path);
  assert_true(bc__fs_temp_tracked(tmp));
  touch(tmp);
  assert_int_equal(commit_name(tmp, path, &err), BC_OK);
  assert_false(bc__fs_temp_tracked(tmp));
  assert_false(exists(tmp));
  assert_true(exists(path));
  free(tmp);

  /* discard: a writer that gives up removes the file and the entry */
  tmp = temp_made(path);
  touch(tmp);
  bc__fs_discard(tmp);
  assert_false(bc__fs_temp_tracked(tmp));
  assert_false(exists(tmp));
  /* twice, or a name never created: no harm */
  bc__fs_discard(tmp);
  bc__fs_discard(NULL);
  free(tmp);

  /* a commit that cannot rename (no such folder) removes the temporary */
  bad = bc__fs_join(dir, "missing/brief.pdf");
  tmp = temp_made(path);
  touch(tmp);
  assert_int_equal(commit_name(tmp, bad, &err), BC_ERR_OUTPUT);
  assert_non_null(strstr(err.msg, "missing/brief.pdf"));
  assert_false(bc__fs_temp_tracked(tmp));
  assert_false(exists(tmp));
  free(tmp);
  free(bad);

  /* write_atomic leaves nothing registered, and the data is there */
  assert_int_equal(bc__fs_write_atomic(path, "abc", 3, &err), BC_OK);
  {
    char *data = NULL;
    size_t len = 0;
    assert_int_equal(bc__fs_read(path, 100, &data, &len, &err), BC_OK);
    assert_string_equal(data, "abc");
    free(data);
  }
  unlink(path);
  free(path);
  assert_int_equal(rmdir(dir), 0); /* nothing else was left in it */
  free(dir);
}

static void temps_removed_as_a_signal_handler_would(void **state)
{
  char *dir = bc_test_tmpdir("test-util");
  struct bc_error err = BC_ERROR_INIT;
  char *wav, *json, *t1, *t2, *done, copy[512];
  (void)state;
  assert_non_null(dir);
  wav = bc__fs_join(dir, "narration.wav");
  json = bc__fs_join(dir, "summary.json");
  assert_int_equal(bc__fs_write_atomic(json, "{}", 2, &err), BC_OK);
  t1 = temp_made(wav);
  t2 = temp_made(wav);
  touch(t1);
  touch(t2);
  /* the registry holds copies: the caller's strings may be gone */
  snprintf(copy, sizeof(copy), "%s", t1);
  free(t1);
  done = temp_made(json);
  touch(done);
  assert_int_equal(commit_name(done, json, &err), BC_OK);

  /* a forked child (a worker) must not remove its parent's files */
  {
    pid_t pid = fork();
    int status = 0;
    assert_true(pid >= 0);
    if (pid == 0) {
      bc__fs_remove_temps();
      _exit(0);
    }
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_true(exists(copy));
    assert_true(exists(t2));
  }

  bc__fs_remove_temps();
  assert_false(exists(copy));
  assert_false(exists(t2));
  assert_true(exists(json)); /* committed outputs stay */
  bc__fs_discard(copy);
  bc__fs_discard(t2);
  assert_false(bc__fs_temp_tracked(copy));
  free(t2);
  free(done);
  unlink(json);
  free(json);
  free(wav);
  assert_int_equal(rmdir(dir), 0);
  free(dir);
}

static void temps_full_registry_still_writes(void **state)
{
  char *dir = bc_test_tmpdir("test-util");
  struct bc_error err = BC_ERROR_INIT;
  char *path, *extra, *again, *t[BC__FS_TEMP_SLOTS];
  (void)state;
  assert_non_null(dir);
  path = bc__fs_join(dir, "slides.pdf");
  for (size_t i = 0; i < BC__FS_TEMP_SLOTS; i++) {
    t[i] = temp_made(path);
    assert_non_null(t[i]);
    touch(t[i]);
    assert_true(bc__fs_temp_tracked(t[i]));
  }
  /* full: the name is still handed out and works, only untracked */
  extra = temp_made(path);
  assert_non_null(extra);
  assert_false(bc__fs_temp_tracked(extra));
  touch(extra);
  assert_int_equal(commit_name(extra, path, &err), BC_OK);
  assert_false(exists(extra));
  assert_true(exists(path));
  free(extra);

  /* a discard frees a slot for the next name */
  bc__fs_discard(t[0]);
  again = temp_made(path);
  assert_true(bc__fs_temp_tracked(again));
  bc__fs_discard(again);
  free(again);

  /* a name whose file a caller unlinked without discarding is reused
   * once the registry is full again */
  again = temp_made(path); /* takes the slot t[0] had */
  touch(again);
  assert_true(bc__fs_temp_tracked(again));
  unlink(t[1]);
  extra = temp_made(path);
  assert_true(bc__fs_temp_tracked(extra));
  assert_false(bc__fs_temp_tracked(t[1]));
  for (size_t i = 0; i < BC__FS_TEMP_SLOTS; i++)
    assert_int_equal(bc__fs_temp_tracked(t[i]), i >= 2);

  /* a name too long for a slot is handed out untracked */
  {
    char *longp = malloc(BC__FS_TEMP_PATH_MAX + 16), *lt;
    assert_non_null(longp);
    memset(longp, 'a', BC__FS_TEMP_PATH_MAX + 15);
    longp[BC__FS_TEMP_PATH_MAX + 15] = '\0';
    assert_null(bc__fs_temp_open(longp, &lt, &err));
    assert_int_equal(err.code, BC_ERR_OUTPUT);
    assert_null(lt);
    free(longp);
  }

  bc__fs_remove_temps();
  for (size_t i = 0; i < BC__FS_TEMP_SLOTS; i++) {
    assert_false(exists(t[i]));
    bc__fs_discard(t[i]);
    free(t[i]);
  }
  assert_false(exists(again));
  bc__fs_discard(again);
  bc__fs_discard(extra);
  free(again);
  free(extra);
  unlink(path);
  free(path);
  assert_int_equal(rmdir(dir), 0);
  free(dir);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(buf_appends_and_takes),
      cmocka_unit_test(utf8_decoders_agree),
      cmocka_unit_test(buf_cap_fails_once_and_releases),
      cmocka_unit_test(buf_survives_every_allocation_failure),
      cmocka_unit_test(utf8_validation_table),
      cmocka_unit_test(sha256_known_vectors),
      cmocka_unit_test(fs_atomic_write_and_read_back),
      cmocka_unit_test(temps_commit_and_discard_leave_the_registry),
      cmocka_unit_test(temps_removed_as_a_signal_handler_would),
      cmocka_unit_test(temps_full_registry_still_writes),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
