/* test_testutil.c - the shared test helpers themselves: a temporary
 * directory lands under $TMPDIR, and its removal takes nested folders and
 * files with it but never follows a symbolic link out of the tree. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

/* out = "a/b", failing the test rather than truncating. */
static void join(char *out, size_t size, const char *a, const char *b)
{
  int n = snprintf(out, size, "%s/%s", a, b);
  assert_true(n > 0 && (size_t)n < size);
}

static void put(const char *dir, const char *name, const char *text)
{
  char path[1024];
  FILE *f;
  join(path, sizeof(path), dir, name);
  f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  assert_int_equal(fclose(f), 0);
}

static int exists(const char *dir, const char *name)
{
  char path[1024];
  struct stat st;
  join(path, sizeof(path), dir, name);
  return lstat(path, &st) == 0;
}

static void tmpdir_honours_TMPDIR(void **state)
{
  char *outer, *inner, *saved = getenv("TMPDIR");
  struct stat st;
  (void)state;
  saved = saved ? strdup(saved) : NULL;
  outer = bc_test_tmpdir("outer");
  assert_non_null(outer);
  assert_int_equal(setenv("TMPDIR", outer, 1), 0);
  inner = bc_test_tmpdir("inner");
  assert_non_null(inner);
  assert_memory_equal(inner, outer, strlen(outer));
  assert_non_null(strstr(inner + strlen(outer), "/bc-inner-"));
  assert_int_equal(stat(inner, &st), 0);
  assert_true(S_ISDIR(st.st_mode));
  assert_int_equal(st.st_mode & 077, 0); /* mkdtemp: private */
  /* two calls, two folders */
  {
    char *again = bc_test_tmpdir("inner");
    assert_non_null(again);
    assert_string_not_equal(again, inner);
    assert_int_equal(bc_test_tmpdir_remove(again), 0);
  }
  /* a TMPDIR that does not exist is an error, not a fallback */
  assert_int_equal(setenv("TMPDIR", "/nonexistent-bc-tmpdir", 1), 0);
  assert_null(bc_test_tmpdir("x"));
  assert_int_equal(errno, ENOENT);
  if (saved)
    assert_int_equal(setenv("TMPDIR", saved, 1), 0);
  else
    assert_int_equal(unsetenv("TMPDIR"), 0);
  free(saved);
  free(inner);
  assert_int_equal(bc_test_tmpdir_remove(outer), 0);
}

static void rmtree_removes_nested_but_not_link_targets(void **state)
{
  char *keep = bc_test_tmpdir("keep"), *dir = bc_test_tmpdir("tree");
  char path[1024], target[1024];
  struct stat st;
  (void)state;
  assert_non_null(keep);
  assert_non_null(dir);
  put(keep, "precious.txt", "keep me\n");
  put(dir, "a.txt", "a\n");
  join(path, sizeof(path), dir, "sub");
  assert_int_equal(mkdir(path, 0700), 0);
  put(path, "b.txt", "b\n");
  join(path, sizeof(path), dir, "sub/deeper");
  assert_int_equal(mkdir(path, 0700), 0);
  put(path, "c.txt", "c\n");
  /* links to a folder and to a file outside the tree */
  join(path, sizeof(path), dir, "sub/outside");
  assert_int_equal(symlink(keep, path), 0);
  join(path, sizeof(path), dir, "file-link");
  join(target, sizeof(target), keep, "precious.txt");
  assert_int_equal(symlink(target, path), 0);
  /* and an empty folder */
  join(path, sizeof(path), dir, "empty");
  assert_int_equal(mkdir(path, 0700), 0);

  assert_true(strlen(dir) < sizeof(path));
  memcpy(path, dir, strlen(dir) + 1);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
  assert_int_equal(lstat(path, &st), -1);
  assert_int_equal(errno, ENOENT);
  assert_true(exists(keep, "precious.txt"));
  /* gone already, or never there: fine; NULL: a no-op */
  assert_int_equal(bc_test_rmtree(path), 0);
  assert_int_equal(bc_test_tmpdir_remove(NULL), 0);
  /* a path naming a link removes the link only */
  join(path, sizeof(path), keep, "self-link");
  assert_int_equal(symlink(keep, path), 0);
  assert_int_equal(bc_test_rmtree(path), 0);
  assert_false(exists(keep, "self-link"));
  assert_true(exists(keep, "precious.txt"));
  assert_int_equal(bc_test_tmpdir_remove(keep), 0);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(tmpdir_honours_TMPDIR),
      cmocka_unit_test(rmtree_removes_nested_but_not_link_targets),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
