/* fs.c - reading inputs with a size cap and writing outputs atomically and
 * durably, with a registry of the temporaries in flight so a signal handler
 * can remove them.  It does not install handlers; the program does. */

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "briefcast/buf.h"
#include "briefcast/output.h"
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

/* The registry of live temporaries (see fs.h).  A signal handler walks it
 * while other threads may be adding or dropping names, so it takes no
 * locks: each slot has one atomic word, (generation << 2) | state, and its
 * name is only written while the slot is BUSY.  A reader copies a LIVE name
 * and then checks that the word has not changed (a sequence lock), so it
 * never acts on a name that a thread reusing the slot half overwrote.  The
 * names are copies, so a caller freeing its string cannot pull one away
 * from under the handler.  A mutex would be simpler for the threads, but a
 * process that forks while another thread holds it would deadlock in the
 * child. */
_Static_assert(ATOMIC_INT_LOCK_FREE == 2,
               "the temporary registry needs lock-free atomic ints to be "
               "usable from a signal handler");

enum { SLOT_FREE = 0u, SLOT_BUSY = 1u, SLOT_LIVE = 2u, SLOT_STATE = 3u };

struct temp_slot {
  atomic_uint word; /* (generation << 2) | state */
  pid_t pid;        /* the process that registered the name */
  char path[BC__FS_TEMP_PATH_MAX];
};

static struct temp_slot temps[BC__FS_TEMP_SLOTS];

/* Copy slot t's name into out if the slot held a LIVE name under word w
 * throughout; returns 1 then, with the owner's PID in *pid.  Plain loops
 * rather than library calls keep it async-signal-safe everywhere. */
static int slot_read(struct temp_slot *t, unsigned w, char *out, pid_t *pid)
{
  size_t i;
  if ((w & SLOT_STATE) != SLOT_LIVE)
    return 0;
  *pid = t->pid;
  for (i = 0; i + 1 < BC__FS_TEMP_PATH_MAX && t->path[i]; i++)
    out[i] = t->path[i];
  out[i] = '\0';
  return atomic_load(&t->word) == w;
}

/* A slot that may be taken over when the registry is full: its file is
 * gone (a caller unlinked it without bc__fs_discard) or it was registered
 * by the parent of this forked process. */
static int slot_stale(struct temp_slot *t, unsigned w)
{
  char name[BC__FS_TEMP_PATH_MAX];
  struct stat st;
  pid_t pid;
  if (!slot_read(t, w, name, &pid))
    return 0;
  return pid != getpid() || (lstat(name, &st) != 0 && errno == ENOENT);
}

static void temp_register(const char *name)
{
  size_t n = strlen(name);
  if (n >= BC__FS_TEMP_PATH_MAX)
    return; /* untracked; see fs.h */
  /* The first pass takes a free slot; only a full registry pays for the
   * lstat calls of the second. */
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = 0; i < BC__FS_TEMP_SLOTS; i++) {
      struct temp_slot *t = &temps[i];
      unsigned w = atomic_load(&t->word), busy;
      if ((w & SLOT_STATE) != SLOT_FREE) {
        unsigned freed = (w & ~SLOT_STATE) | SLOT_FREE;
        if (pass == 0 || !slot_stale(t, w) ||
            !atomic_compare_exchange_strong(&t->word, &w, freed))
          continue;
        w = freed;
      }
      busy = (((w >> 2) + 1u) << 2) | SLOT_BUSY;
      if (!atomic_compare_exchange_strong(&t->word, &w, busy))
        continue;
      t->pid = getpid();
      memcpy(t->path, name, n + 1);
      atomic_store(&t->word, (busy & ~SLOT_STATE) | SLOT_LIVE);
      return;
    }
  }
}

/* Drop name from the registry; a name not in it is fine. */
static void temp_unregister(const char *name)
{
  char have[BC__FS_TEMP_PATH_MAX];
  for (size_t i = 0; i < BC__FS_TEMP_SLOTS; i++) {
    struct temp_slot *t = &temps[i];
    unsigned w = atomic_load(&t->word);
    pid_t pid;
    if (slot_read(t, w, have, &pid) && strcmp(have, name) == 0 &&
        atomic_compare_exchange_strong(&t->word, &w,
                                       (w & ~SLOT_STATE) | SLOT_FREE))
      return;
  }
}

int bc__fs_temp_tracked(const char *tmp)
{
  char have[BC__FS_TEMP_PATH_MAX];
  for (size_t i = 0; i < BC__FS_TEMP_SLOTS; i++) {
    pid_t pid;
    if (slot_read(&temps[i], atomic_load(&temps[i].word), have, &pid) &&
        strcmp(have, tmp) == 0)
      return 1;
  }
  return 0;
}

void bc__fs_remove_temps(void)
{
  char name[BC__FS_TEMP_PATH_MAX];
  pid_t me = getpid();
  for (size_t i = 0; i < BC__FS_TEMP_SLOTS; i++) {
    pid_t pid;
    if (slot_read(&temps[i], atomic_load(&temps[i].word), name, &pid) &&
        pid == me)
      unlink(name);
  }
}

void bc_output_remove_temps(void)
{
  bc__fs_remove_temps();
}

/* What an output path may be replaced by a rename: nothing yet, or a
 * regular file.  Anything else is refused: a symbolic link (the name a
 * user or another program sees would change kind, and an attacker who
 * placed it learns where we write), a directory, and above all a device,
 * FIFO or socket, which a rename would silently replace (as root,
 * `-o /dev/null` would turn /dev/null into a regular file). */
static bc_status check_target(const char *path, struct bc_error *err)
{
  struct stat st;
  const char *what;
  if (lstat(path, &st) != 0) {
    if (errno == ENOENT)
      return BC_OK;
    return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                        strerror(errno));
  }
  if (S_ISREG(st.st_mode))
    return BC_OK;
  what = S_ISLNK(st.st_mode)    ? "it is a symbolic link"
         : S_ISDIR(st.st_mode)  ? "it is a directory"
         : S_ISCHR(st.st_mode)  ? "it is a character device"
         : S_ISBLK(st.st_mode)  ? "it is a block device"
         : S_ISFIFO(st.st_mode) ? "it is a FIFO"
         : S_ISSOCK(st.st_mode) ? "it is a socket"
                                : "it is not a regular file";
  return bc_error_set(err, BC_ERR_OUTPUT,
                      "cannot write '%s': %s (outputs replace only regular "
                      "files; -o - writes to standard output)",
                      path, what);
}

bc_status bc__fs_check_target(const char *path, struct bc_error *err)
{
  if (strcmp(path, "-") == 0)
    return BC_OK;
  return check_target(path, err);
}

/* 64 unpredictable bits for a temporary name: getrandom, else the clock
 * and the PID mixed (the name is only a convenience; O_EXCL|O_NOFOLLOW is
 * what makes creation safe). */
static unsigned long long random_bits(void)
{
  unsigned long long r = 0;
  ssize_t n;
  do
    n = getrandom(&r, sizeof(r), GRND_NONBLOCK);
  while (n < 0 && errno == EINTR);
  if (n != (ssize_t)sizeof(r)) {
    struct timespec ts;
    static atomic_ulong counter;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    r = ((unsigned long long)ts.tv_nsec << 20) ^ (unsigned long long)ts.tv_sec ^
        ((unsigned long long)getpid() << 40) ^
        (atomic_fetch_add(&counter, 1) * 0x9E3779B97F4A7C15ULL);
  }
  return r;
}

/* Create a new file beside path at an unpredictable name
 * "PATH.tmp-XXXXXXXXXXXXXXXX" with O_CREAT|O_EXCL|O_NOFOLLOW, so that a
 * name pre-placed by someone else (a symbolic link to a victim file, a
 * FIFO) is never opened: creation fails with EEXIST and another name is
 * drawn.  The name is registered before the file exists, so a signal
 * between the two finds at most a name to unlink. */
static bc_status temp_create(const char *path, char **tmp, int *fd_out,
                             struct bc_error *err)
{
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 20);
  int fd = -1, e = EEXIST;
  bc_status rc = check_target(path, err);
  *tmp = NULL;
  *fd_out = -1;
  if (rc)
    return rc;
  for (int attempt = 0; attempt < 64 && e == EEXIST; attempt++) {
    char *name;
    bc_buf_reset(&b);
    bc_buf_addf(&b, "%s.tmp-%016llx", path, random_bits());
    name = bc_buf_take(&b, NULL);
    if (!name)
      return bc_error_set(err, BC_ERR_NOMEM, "cannot write '%s': out of memory",
                          path);
    temp_register(name);
    fd = open(name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd >= 0) {
      *tmp = name;
      *fd_out = fd;
      return BC_OK;
    }
    e = errno;
    temp_unregister(name);
    free(name);
  }
  return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                      strerror(e));
}

FILE *bc__fs_temp_open(const char *path, char **tmp, struct bc_error *err)
{
  FILE *f;
  int fd;
  *tmp = NULL;
  if (strcmp(path, "-") == 0) {
    /* Standard output, as the user asked: no temporary, no rename. */
    fd = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (fd < 0) {
      bc_error_set(err, BC_ERR_OUTPUT, "cannot write to standard output: %s",
                   strerror(errno));
      return NULL;
    }
  } else if (temp_create(path, tmp, &fd, err)) {
    return NULL;
  }
  /* Standard output may be write-only (a pipe); a temporary is read back
   * by some writers (the WAV is mastered in place). */
  f = fdopen(fd, *tmp ? "w+b" : "wb");
  if (!f) {
    int e = errno;
    close(fd);
    bc__fs_discard(*tmp);
    free(*tmp);
    *tmp = NULL;
    bc_error_set(err, e == ENOMEM ? BC_ERR_NOMEM : BC_ERR_OUTPUT,
                 "cannot write '%s': %s", path, strerror(e));
  }
  return f;
}

void bc__fs_discard(const char *tmp)
{
  if (!tmp)
    return;
  /* Unlink first: a signal between the two calls finds the name still
   * registered and unlinks it again, which is harmless. */
  unlink(tmp);
  temp_unregister(tmp);
}

static bc_status sync_fd(int fd, const char *path, struct bc_error *err)
{
  while (fsync(fd) != 0) {
    if (errno == EINTR)
      continue;
    /* A pipe or terminal (-o -) cannot be synced, and needs not be. */
    if (errno == EINVAL || errno == EROFS)
      return BC_OK;
    return bc_error_set(err, BC_ERR_OUTPUT,
                        "cannot write '%s': cannot flush it to disk: %s", path,
                        strerror(errno));
  }
  return BC_OK;
}

/* Make a rename into path's directory durable.  File systems that cannot
 * sync a directory say EINVAL; nothing better can be done there.  A
 * directory we may write but not read cannot be opened to sync either.
 * No allocation: the output is in place by now, and an out-of-memory
 * failure must not be reported for a file that was written. */
static bc_status sync_dir(const char *path, struct bc_error *err)
{
  const char *slash = strrchr(path, '/');
  char dir[BC__FS_TEMP_PATH_MAX];
  size_t n = !slash ? 0 : slash == path ? 1 : (size_t)(slash - path);
  int fd, e = 0;
  if (n >= sizeof(dir))
    return bc_error_set(err, BC_ERR_OUTPUT,
                        "cannot write '%s': cannot flush its folder to disk: "
                        "%s",
                        path, strerror(ENAMETOOLONG));
  if (n)
    memcpy(dir, path, n);
  else
    dir[n++] = '.';
  dir[n] = '\0';
  fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    if (errno != EACCES)
      e = errno;
  } else {
    while (fsync(fd) != 0) {
      if (errno == EINTR)
        continue;
      if (errno != EINVAL)
        e = errno;
      break;
    }
    close(fd);
  }
  if (e)
    return bc_error_set(err, BC_ERR_OUTPUT,
                        "cannot write '%s': cannot flush its folder '%s' to "
                        "disk: %s",
                        path, dir, strerror(e));
  return BC_OK;
}

/* Rename a synced temporary into place and sync the directory.  The
 * target is checked again just before: it may have become a link or a
 * device while the output was rendered. */
static bc_status rename_synced(const char *tmp, const char *path,
                               struct bc_error *err)
{
  bc_status rc = check_target(path, err);
  if (rc) {
    bc__fs_discard(tmp);
    return rc;
  }
  if (rename(tmp, path) != 0) {
    int e = errno;
    bc__fs_discard(tmp);
    return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                        strerror(e));
  }
  temp_unregister(tmp);
  return sync_dir(path, err);
}

bc_status bc__fs_commit(FILE *f, const char *tmp, const char *path,
                        struct bc_error *err)
{
  bc_status rc = BC_OK;
  int e = 0;
  /* The first failure wins: a stream error (ENOSPC while writing, with
   * errno lost since) is found again by fflush on what is still
   * buffered, or reported as an I/O error. */
  if (fflush(f) != 0)
    e = errno;
  else if (ferror(f))
    e = EIO;
  if (!e)
    rc = sync_fd(fileno(f), tmp ? path : "standard output", err);
  if (fclose(f) != 0 && !e && !rc)
    e = errno;
  if (e && !rc) {
    if (tmp)
      rc = bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                        strerror(e));
    else
      rc = bc_error_set(err, BC_ERR_OUTPUT,
                        "cannot write to standard output: %s", strerror(e));
  }
  if (!tmp)
    return rc;
  if (rc) {
    bc__fs_discard(tmp);
    return rc;
  }
  return rename_synced(tmp, path, err);
}

void bc__fs_abort(FILE *f, const char *tmp)
{
  if (f)
    fclose(f);
  bc__fs_discard(tmp);
}

/* write(2) all of data to fd; 0 or an errno. */
static int write_all(int fd, const char *p, size_t len)
{
  while (len) {
    ssize_t n = write(fd, p, len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return errno;
    }
    if (n == 0)
      return EIO;
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

bc_status bc__fs_write_atomic(const char *path, const void *data, size_t len,
                              struct bc_error *err)
{
  char *tmp = NULL;
  int fd, e;
  bc_status rc;
  if (strcmp(path, "-") == 0) {
    e = write_all(STDOUT_FILENO, data, len);
    return e ? bc_error_set(err, BC_ERR_OUTPUT,
                            "cannot write to standard output: %s", strerror(e))
             : BC_OK;
  }
  rc = temp_create(path, &tmp, &fd, err);
  if (rc)
    return rc;
  e = write_all(fd, data, len);
  if (e) {
    close(fd);
    bc__fs_discard(tmp);
    free(tmp);
    return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                        strerror(e));
  }
  rc = sync_fd(fd, path, err);
  if (close(fd) != 0 && !rc) {
    e = errno;
    rc = bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                      strerror(e));
  }
  if (rc) {
    bc__fs_discard(tmp);
    free(tmp);
    return rc;
  }
  rc = rename_synced(tmp, path, err);
  free(tmp);
  return rc;
}

bc_status bc__fs_mkdirs(const char *dir, struct bc_error *err)
{
  char *copy = bc__strdup(dir);
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
