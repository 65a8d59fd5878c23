/* testutil.h - helpers the unit tests share: a fresh temporary directory
 * under $TMPDIR (else /tmp) and its removal without a shell; a file read
 * whole.  Linked into
 * every unit test executable by tests/CMakeLists.txt; test-only, never part
 * of the library. */
#ifndef BC_TESTUTIL_H
#define BC_TESTUTIL_H

/* Make a fresh, empty, private directory "$TMPDIR/bc-<tag>-XXXXXX" (or
 * under /tmp when TMPDIR is unset or empty) with mkdtemp.  tag may be NULL
 * ("test").  Returns the path, which the caller owns and hands back to
 * bc_test_tmpdir_remove(), or NULL with errno set. */
char *bc_test_tmpdir(const char *tag);

/* Remove path and everything below it, depth first, never following a
 * symbolic link out of the tree (nftw with FTW_DEPTH | FTW_PHYS).  A path
 * that does not exist is not an error.  Returns 0 or -1 with errno set. */
int bc_test_rmtree(const char *path);

/* bc_test_rmtree(dir), then free(dir).  NULL is a no-op that returns 0.
 * Returns what bc_test_rmtree returned. */
int bc_test_tmpdir_remove(char *dir);

/* The whole of the file at path, NUL-terminated, as a new string the
 * caller frees; NULL when it cannot be read. */
char *bc_test_slurp(const char *path);

#endif
