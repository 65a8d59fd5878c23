/* fs.h - file input and atomic output.  Outputs are written to a temporary
 * file beside the target, synced and renamed into place, so a reader never
 * sees a half-written file, not even after a power cut, and an interrupted
 * run can remove its temporaries. */
#ifndef BC_UTIL_FS_H
#define BC_UTIL_FS_H

#include <stddef.h>
#include <stdio.h>

#include "briefcast/error.h"

/* Read all of path ("-" = stdin) into a NUL-terminated buffer of at most
 * max bytes.  Errors: BC_ERR_IO (missing, directory, unreadable),
 * BC_ERR_LIMIT (larger than max).  *out belongs to the caller. */
bc_status bc__fs_read(const char *path, size_t max, char **out, size_t *len,
                      struct bc_error *err);

/* Write data to path atomically: a temporary file in the same directory,
 * fsync, rename, fsync of the directory, so that after a crash or power cut
 * path holds either its old content or all of data.  path "-" writes to
 * standard output instead.  An existing path that is not a regular file
 * (a symbolic link, directory, device, FIFO or socket) is refused, never
 * replaced.  Errors: BC_ERR_OUTPUT naming path and the reason (also when
 * fsync fails: the data may not be on disk), BC_ERR_NOMEM. */
bc_status bc__fs_write_atomic(const char *path, const void *data, size_t len,
                              struct bc_error *err);

/* BC_OK if path may be written by bc__fs_write_atomic or bc__fs_commit:
 * it does not exist, is a regular file, or is "-"; else BC_ERR_OUTPUT
 * saying what it is.  For writers that want to refuse before rendering. */
bc_status bc__fs_check_target(const char *path, struct bc_error *err);

/* Create dir and its parents (like mkdir -p) and check it is writable.
 * Errors: BC_ERR_OUTPUT. */
bc_status bc__fs_mkdirs(const char *dir, struct bc_error *err);

/* "dir/name" as a new string; NULL on out-of-memory. */
char *bc__fs_join(const char *dir, const char *name);

/* For writers that need a stream (PDF, WAV, MP3, Opus, the audio spool):
 * a new temporary file beside path, created with O_CREAT | O_EXCL |
 * O_NOFOLLOW at an unpredictable name ("PATH.tmp-" and 16 random hex
 * digits), so a name placed there in advance (a symbolic link to a file
 * elsewhere) is never followed, opened read-write as a stream.  *tmp gets
 * the name (caller frees), which is recorded in the registry of live
 * temporaries below until bc__fs_commit or bc__fs_abort.  path "-" gives
 * a stream on standard output and *tmp NULL.  path is checked as by
 * bc__fs_check_target first.  NULL on failure with err set (BC_ERR_OUTPUT
 * with the reason, BC_ERR_NOMEM). */
FILE *bc__fs_temp_open(const char *path, char **tmp, struct bc_error *err);

/* Flush and close f (always), fsync it, and rename tmp over path (checked
 * again), then fsync path's directory; with tmp NULL (standard output)
 * only flush and close.  tmp leaves the registry either way; on failure it
 * is removed.  Errors: BC_ERR_OUTPUT naming path and the reason ("No space
 * left on device"; a failed fsync of the file or the directory included;
 * a directory fsync that the file system does not support, EINVAL, is not
 * an error). */
bc_status bc__fs_commit(FILE *f, const char *tmp, const char *path,
                        struct bc_error *err);

/* Give up: close f (may be NULL) and remove tmp (may be NULL). */
void bc__fs_abort(FILE *f, const char *tmp);

/* Remove tmp (a name from bc__fs_temp_open) and drop it from the
 * registry; for writers that give up.  A missing file is fine.  NULL is a
 * no-op. */
void bc__fs_discard(const char *tmp);

/* The registry of live temporaries: each name a temporary gets
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
