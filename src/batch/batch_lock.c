/* batch_lock.c - who may write a batch's output folder, and the one way a
 * document's own folder in it is made.  A whole batch
 * holds DIR/.briefcast.lock exclusively; shards of one split hold it
 * shared (they write disjoint manifests and folders by design) and each
 * holds its own DIR/.briefcast-K-of-N.lock exclusively.  Merges hold
 * DIR/.briefcast-merge.lock while they rewrite manifest.json.  The locks
 * are flock(2) locks: the kernel drops them when their holder dies, so a
 * crash never leaves a stale lock, only a harmless empty file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "briefcast/batch.h"
#include "util/fs.h"

/* Open (creating) DIR/name for locking. */
static int open_lock(const char *dir, const char *name, char **path,
                     struct bc_error *err)
{
  int fd;
  *path = bc__fs_join(dir, name);
  if (!*path) {
    bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    return -1;
  }
  fd =
      open(*path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
  if (fd < 0) {
    bc_error_set(err, BC_ERR_OUTPUT, "cannot lock '%s': %s", *path,
                 strerror(errno));
  } else {
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      bc_error_set(err, BC_ERR_OUTPUT,
                   "cannot lock '%s': it is not a regular file", *path);
      close(fd);
      fd = -1;
    }
  }
  return fd;
}

/* The PID a whole batch wrote into its lock, for the message; 0 if none. */
static long holder(int fd)
{
  char buf[32];
  ssize_t n = pread(fd, buf, sizeof(buf) - 1, 0);
  if (n <= 0)
    return 0;
  buf[n] = '\0';
  return strtol(buf, NULL, 10);
}

static bc_status busy(const char *dir, int fd, struct bc_error *err)
{
  long pid = holder(fd);
  if (pid > 0)
    return bc_error_set(err, BC_ERR_OUTPUT,
                        "cannot write to '%s': another briefcast batch "
                        "(process %ld) is writing there; wait for it to end",
                        dir, pid);
  return bc_error_set(err, BC_ERR_OUTPUT,
                      "cannot write to '%s': another briefcast batch is "
                      "writing there; wait for it to end",
                      dir);
}

static int take(int fd, int how)
{
  int r;
  do
    r = flock(fd, how);
  while (r != 0 && errno == EINTR);
  return r;
}

bc_status bc_batch_lock(struct bc_batch_lock *l, const char *dir,
                        unsigned shard_k, unsigned shard_n,
                        struct bc_error *err)
{
  char *path = NULL, name[64];
  bc_status rc;
  l->fd[0] = l->fd[1] = -1;
  l->owner = 0;
  rc = bc__fs_mkdirs(dir, err);
  if (rc)
    return rc;
  l->fd[0] = open_lock(dir, ".briefcast.lock", &path, err);
  free(path);
  if (l->fd[0] < 0)
    return err ? err->code : BC_ERR_OUTPUT;
  if (take(l->fd[0], (shard_n ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
    rc = errno == EWOULDBLOCK
             ? busy(dir, l->fd[0], err)
             : bc_error_set(err, BC_ERR_OUTPUT, "cannot lock '%s': %s", dir,
                            strerror(errno));
    bc_batch_unlock(l);
    return rc;
  }
  if (!shard_n) {
    /* Ours alone: say who holds it, for a second batch's message. */
    char pid[32];
    int n = snprintf(pid, sizeof(pid), "%ld\n", (long)getpid());
    l->owner = 1;
    if (ftruncate(l->fd[0], 0) == 0) {
      ssize_t w = pwrite(l->fd[0], pid, (size_t)n, 0);
      (void)w; /* only a message depends on it */
    }
    return BC_OK;
  }
  snprintf(name, sizeof(name), ".briefcast-%u-of-%u.lock", shard_k, shard_n);
  l->fd[1] = open_lock(dir, name, &path, err);
  free(path);
  if (l->fd[1] < 0) {
    rc = err ? err->code : BC_ERR_OUTPUT;
    bc_batch_unlock(l);
    return rc;
  }
  if (take(l->fd[1], LOCK_EX | LOCK_NB) != 0) {
    rc = errno == EWOULDBLOCK
             ? bc_error_set(err, BC_ERR_OUTPUT,
                            "cannot write to '%s': shard %u/%u is running "
                            "there already; wait for it to end",
                            dir, shard_k, shard_n)
             : bc_error_set(err, BC_ERR_OUTPUT, "cannot lock '%s': %s", dir,
                            strerror(errno));
    bc_batch_unlock(l);
    return rc;
  }
  return BC_OK;
}

void bc_batch_unlock(struct bc_batch_lock *l)
{
  /* A whole batch takes its PID along (a crash leaves it, harmlessly:
   * the message only reads it while the lock is held). */
  if (l->owner && l->fd[0] >= 0) {
    int r = ftruncate(l->fd[0], 0);
    (void)r;
  }
  l->owner = 0;
  for (int i = 0; i < 2; i++) {
    if (l->fd[i] < 0)
      continue;
    close(l->fd[i]);
    l->fd[i] = -1;
  }
}

bc_status bc_batch_folder(const char *outdir, const char *folder, char **path,
                          struct bc_error *err)
{
  struct stat st;
  char *p;
  bc_status rc;
  if (!*folder || strchr(folder, '/') || !strcmp(folder, ".") ||
      !strcmp(folder, ".."))
    return bc_error_set(err, BC_ERR_INTERNAL, "bad folder name '%s'", folder);
  rc = bc__fs_mkdirs(outdir, err);
  if (rc)
    return rc;
  if (!(p = bc__fs_join(outdir, folder)))
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  if (mkdir(p, 0755) != 0 && errno != EEXIST) {
    rc = bc_error_set(err, BC_ERR_OUTPUT, "cannot create '%s': %s", p,
                      strerror(errno));
  } else if (lstat(p, &st) != 0) {
    rc = bc_error_set(err, BC_ERR_OUTPUT, "cannot write to '%s': %s", p,
                      strerror(errno));
  } else if (!S_ISDIR(st.st_mode)) {
    rc = bc_error_set(
        err, BC_ERR_OUTPUT,
        "cannot write to '%s': %s, not a folder (a "
        "document's folder must be a real folder inside '%s')",
        p, S_ISLNK(st.st_mode) ? "it is a symbolic link" : "it is not a folder",
        outdir);
  }
  if (rc) {
    free(p);
    return rc;
  }
  *path = p;
  return BC_OK;
}

void bc_batch_lock_forget(struct bc_batch_lock *l)
{
  for (int i = 0; i < 2; i++) {
    if (l->fd[i] >= 0)
      close(l->fd[i]);
    l->fd[i] = -1;
  }
  l->owner = 0;
}
