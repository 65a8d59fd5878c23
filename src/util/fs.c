/* fs.c - reading inputs with a size cap and writing outputs atomically. */

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/fs.h"

static bc_status read_fd(int fd, const char *name, size_t max, char **out,
                         size_t *len, struct bc_error *err)
{
  struct bc_buf b = BC_BUF_INIT(max);
  char chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof(chunk));
    if (n < 0) {
      if (errno == EINTR)
        continue;
      bc_buf_release(&b);
      return bc_error_set(err, BC_ERR_IO, "cannot read '%s': %s", name,
                          strerror(errno));
    }
    if (n == 0)
      break;
    if (bc_buf_add(&b, chunk, (size_t)n)) {
      bc_status rc = bc_buf_status(&b);
      bc_buf_release(&b);
      if (rc == BC_ERR_LIMIT)
        return bc_error_set(err, BC_ERR_LIMIT,
                            "cannot read '%s': larger than the %zu MiB limit",
                            name, max / (1024 * 1024));
      return bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                          name);
    }
  }
  *out = bc_buf_take(&b, len);
  if (!*out)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                        name);
  return BC_OK;
}

bc_status bc__fs_read(const char *path, size_t max, char **out, size_t *len,
                      struct bc_error *err)
{
  struct stat st;
  int fd;
  bc_status rc;
  if (strcmp(path, "-") == 0)
    return read_fd(0, "<stdin>", max, out, len, err);
  fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return bc_error_set(err, BC_ERR_IO, "cannot open '%s': %s", path,
                        strerror(errno));
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      close(fd);
      return bc_error_set(err, BC_ERR_NOTFILE,
                          "cannot read '%s': is a directory", path);
    }
    if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
      close(fd);
      return bc_error_set(err, BC_ERR_LIMIT,
                          "cannot read '%s': %lld bytes is over the %zu MiB "
                          "limit",
                          path, (long long)st.st_size, max / (1024 * 1024));
    }
  }
  rc = read_fd(fd, path, max, out, len, err);
  close(fd);
  return rc;
}

char *bc__fs_join(const char *dir, const char *name)
{
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 20);
  size_t dl = strlen(dir);
  bc_buf_adds(&b, dir);
  if (dl && dir[dl - 1] != '/')
    bc_buf_addc(&b, '/');
  bc_buf_adds(&b, name);
  return bc_buf_take(&b, NULL);
}

/* Temporary names are "PATH.tmp-PID-N": the PID keeps concurrent
 * processes apart and a process-wide counter keeps two temporaries of the
 * same path within one process apart (a writer may need several at once).
 * The counter is the one piece of shared state here; it only ever grows. */
static atomic_ulong temp_counter;

char *bc__fs_temp_path(const char *path)
{
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 20);
  unsigned long n =
      atomic_fetch_add_explicit(&temp_counter, 1, memory_order_relaxed);
  bc_buf_addf(&b, "%s.tmp-%ld-%lu", path, (long)getpid(), n);
  return bc_buf_take(&b, NULL);
}

bc_status bc__fs_commit(const char *tmp, const char *path, struct bc_error *err)
{
  if (rename(tmp, path) != 0) {
    int e = errno;
    unlink(tmp);
    return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                        strerror(e));
  }
  return BC_OK;
}

bc_status bc__fs_write_atomic(const char *path, const void *data, size_t len,
                              struct bc_error *err)
{
  const char *p = data;
  char *tmp = bc__fs_temp_path(path);
  int fd, e;
  if (!tmp)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot write '%s': out of memory",
                        path);
  fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    e = errno;
    free(tmp);
    return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                        strerror(e));
  }
  while (len) {
    ssize_t n = write(fd, p, len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      e = errno;
      close(fd);
      unlink(tmp);
      free(tmp);
      return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                          strerror(e));
    }
    p += n;
    len -= (size_t)n;
  }
  if (close(fd) != 0) {
    e = errno;
    unlink(tmp);
    free(tmp);
    return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                        strerror(e));
  }
  {
    bc_status rc = bc__fs_commit(tmp, path, err);
    free(tmp);
    return rc;
  }
}

bc_status bc__fs_mkdirs(const char *dir, struct bc_error *err)
{
  char *copy = bc_strdup(dir);
  size_t n;
  if (!copy)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  n = strlen(copy);
  for (size_t i = 1; i <= n; i++) {
    if (copy[i] == '/' || copy[i] == '\0') {
      char saved = copy[i];
      copy[i] = '\0';
      if (mkdir(copy, 0755) != 0 && errno != EEXIST) {
        int e = errno;
        bc_error_set(err, BC_ERR_OUTPUT, "cannot create '%s': %s", copy,
                     strerror(e));
        free(copy);
        return BC_ERR_OUTPUT;
      }
      copy[i] = saved;
    }
  }
  free(copy);
  {
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
      return bc_error_set(err, BC_ERR_OUTPUT,
                          "cannot write to '%s': not a directory", dir);
  }
  if (access(dir, W_OK | X_OK) != 0)
    return bc_error_set(err, BC_ERR_OUTPUT, "cannot write to '%s': %s", dir,
                        strerror(errno));
  return BC_OK;
}

bc_status bc_buf_read_file(struct bc_buf *b, const char *path,
                           struct bc_error *err)
{
  char *data = NULL;
  size_t len = 0;
  bc_status rc = bc__fs_read(path, b->max, &data, &len, err);
  bc_buf_release(b);
  if (rc)
    return rc;
  b->ptr = data;
  b->len = len;
  b->cap = len + 1;
  return BC_OK;
}
