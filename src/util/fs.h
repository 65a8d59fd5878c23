/* fs.h - file input and atomic output.  Outputs are written to a temporary
 * file beside the target, synced and renamed into place, so a reader never
 * sees a half-written file, not even after a power cut, and an interrupted
 * run can remove its temporaries. */
#ifndef BC_UTIL_FS_H
#define BC_UTIL_FS_H

#include <stddef.h>

#include "briefcast/error.h"

/* Read all of path ("-" = stdin) into a NUL-terminated buffer of at most
 * max bytes.  Errors: BC_ERR_IO (missing, directory, unreadable),
 * BC_ERR_LIMIT (larger than max).  *out belongs to the caller. */
bc_status bc__fs_read(const char *path, size_t max, char **out, size_t *len,
                      struct bc_error *err);

/* Write data to path atomically: a temporary file in the same directory,
 * fsync, rename, fsync of the directory, so that after a crash or power cut
 * path holds either its old content or all of data.  Errors: BC_ERR_OUTPUT
 * (also when fsync fails: the data may not be on disk). */
bc_status bc__fs_write_atomic(const char *path, const void *data, size_t len,
                              struct bc_error *err);

/* Create dir and its parents (like mkdir -p) and check it is writable.
 * Errors: BC_ERR_OUTPUT. */
bc_status bc__fs_mkdirs(const char *dir, struct bc_error *err);

/* "dir/name" as a new string; NULL on out-of-memory. */
char *bc__fs_join(const char *dir, const char *name);

/* A temporary path beside path ("path.tmp-PID-N"), for writers that need a
 * file name (flite, libharu); rename it with bc__fs_commit, or give it up
 * with bc__fs_discard (never a bare unlink, which leaves it registered).
 * Every call gives a new name, also for the same path.  The name is
 * recorded in the registry of live temporaries below.  Caller frees; NULL
 * on out-of-memory. */
char *bc__fs_temp_path(const char *path);

/* Rename tmp (a name from bc__fs_temp_path, written and closed) to path:
 * fsync of tmp, rename, fsync of path's directory.  tmp leaves the registry
 * either way; on failure it is removed.  Errors: BC_ERR_OUTPUT (a failed
 * fsync of the file or the directory included; a directory fsync that the
 * file system does not support, EINVAL, is not an error). */
bc_status bc__fs_commit(const char *tmp, const char *path,
                        struct bc_error *err);

/* Remove tmp (a name from bc__fs_temp_path) and drop it from the registry;
 * for writers that give up.  A missing file is fine.  NULL is a no-op. */
void bc__fs_discard(const char *tmp);

/* The registry of live temporaries: each name bc__fs_temp_path hands out
 * is copied into fixed static storage (BC__FS_TEMP_SLOTS names of up to
 * BC__FS_TEMP_PATH_MAX - 1 bytes) until bc__fs_commit or bc__fs_discard,
 * so that a signal handler can remove what an interrupted run leaves.  When
 * every slot is taken, slots whose file no longer exists are reused; if
 * none is, the new name is handed out untracked: it is written and renamed
 * as usual, only a signal would leave it behind.  Names longer than the
 * slot size are untracked the same way. */
#define BC__FS_TEMP_SLOTS 64
#define BC__FS_TEMP_PATH_MAX 4096

/* Unlink every live temporary this process registered (not those a forked
 * child inherited from its parent, nor the parent's in a child).  Uses only
 * async-signal-safe calls (getpid, unlink) and no locks, so a SIGINT or
 * SIGTERM handler may call it; the registry stays as it is. */
void bc__fs_remove_temps(void);

/* Nonzero if tmp is in the registry (for tests). */
int bc__fs_temp_tracked(const char *tmp);

#endif
