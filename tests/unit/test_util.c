/* test_util.c - the growable buffer, UTF-8 checks, SHA-256 and atomic
 * file output. */
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

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/sha256.h"
#include "util/utf8.h"

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

static void fs_atomic_write_and_read_back(void **state)
{
  char dir[] = "/tmp/bc-test-XXXXXX";
  char *path, *data = NULL;
  size_t len = 0;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_non_null(mkdtemp(dir));
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
    char *t1 = bc__fs_temp_path(path), *t2 = bc__fs_temp_path(path);
    assert_string_not_equal(t1, t2);
    assert_non_null(strstr(t1, "out.txt.tmp-"));
    free(t1);
    free(t2);
  }
  unlink(path);
  free(path);
  /* writing below a regular file fails cleanly */
  path = bc__fs_join("/etc/hostname", "x/y");
  assert_int_equal(bc__fs_mkdirs(path, &err), BC_ERR_OUTPUT);
  free(path);
  rmdir(dir);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(buf_appends_and_takes),
      cmocka_unit_test(buf_cap_fails_once_and_releases),
      cmocka_unit_test(buf_survives_every_allocation_failure),
      cmocka_unit_test(utf8_validation_table),
      cmocka_unit_test(sha256_known_vectors),
      cmocka_unit_test(fs_atomic_write_and_read_back),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
