/* testutil.c - the unit tests' temporary directories: made with mkdtemp
 * under $TMPDIR, removed with nftw rather than system("rm -rf"), so tests
 * honour the caller's temporary folder and never run a shell on a path;
 * and a file read whole. */
#define _XOPEN_SOURCE 700 /* nftw, FTW_DEPTH and FTW_PHYS are XSI */

#include "testutil.h"

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *bc_test_tmpdir(const char *tag)
{
  const char *base = getenv("TMPDIR");
  size_t size;
  char *dir;
  if (!base || !*base)
    base = "/tmp";
  if (!tag || !*tag)
    tag = "test";
  size = strlen(base) + strlen(tag) + sizeof("/bc--XXXXXX");
  dir = malloc(size);
  if (!dir)
    return NULL;
  /* A trailing slash in TMPDIR is harmless ("/tmp//bc-..."), so it is
   * left alone rather than trimmed. */
  snprintf(dir, size, "%s/bc-%s-XXXXXX", base, tag);
  if (!mkdtemp(dir)) {
    int e = errno;
    free(dir);
    errno = e;
    return NULL;
  }
  return dir;
}

/* Called children first (FTW_DEPTH), so every directory is empty by the
 * time it is removed; one nftw could not list (FTW_DNR) gets an rmdir that
 * fails if anything is left in it. */
static int remove_one(const char *path, const struct stat *st, int type,
                      struct FTW *ftw)
{
  (void)st;
  (void)ftw;
  if (type == FTW_DP || type == FTW_DNR)
    return rmdir(path);
  return unlink(path);
}

int bc_test_rmtree(const char *path)
{
  struct stat st;
  if (lstat(path, &st) != 0)
    return errno == ENOENT ? 0 : -1;
  /* A symbolic link or a plain file is removed itself, not its target. */
  if (!S_ISDIR(st.st_mode))
    return unlink(path);
  return nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS) == 0 ? 0 : -1;
}

int bc_test_tmpdir_remove(char *dir)
{
  int rc;
  if (!dir)
    return 0;
  rc = bc_test_rmtree(dir);
  free(dir);
  return rc;
}

char *bc_test_slurp(const char *path)
{
  FILE *f = fopen(path, "rb");
  char *text = NULL;
  size_t n = 0, cap = 0, got;
  if (!f)
    return NULL;
  do {
    char *more;
    if (cap - n < 4096) {
      cap = cap ? cap * 2 : 8192;
      if (!(more = realloc(text, cap))) {
        free(text);
        fclose(f);
        return NULL;
      }
      text = more;
    }
    got = fread(text + n, 1, cap - n - 1, f);
    n += got;
  } while (got > 0);
  text[n] = '\0';
  if (ferror(f)) {
    free(text);
    text = NULL;
  }
  fclose(f);
  return text;
}
