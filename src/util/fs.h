/* fs.h - file input and atomic output.  Outputs are written to a temporary
 * file beside the target and renamed into place, so a reader never sees a
 * half-written file. */
#ifndef BC_UTIL_FS_H
#define BC_UTIL_FS_H

#include <stddef.h>

#include "briefcast/error.h"

/* Read all of path ("-" = stdin) into a NUL-terminated buffer of at most
 * max bytes.  Errors: BC_ERR_IO (missing, directory, unreadable),
 * BC_ERR_LIMIT (larger than max).  *out belongs to the caller. */
bc_status bc__fs_read(const char *path, size_t max, char **out, size_t *len,
                      struct bc_error *err);

/* Write data to path atomically (temp file in the same directory, fsync,
 * rename).  Errors: BC_ERR_OUTPUT. */
bc_status bc__fs_write_atomic(const char *path, const void *data, size_t len,
                              struct bc_error *err);

/* Create dir and its parents (like mkdir -p) and check it is writable.
 * Errors: BC_ERR_OUTPUT. */
bc_status bc__fs_mkdirs(const char *dir, struct bc_error *err);

/* "dir/name" as a new string; NULL on out-of-memory. */
char *bc__fs_join(const char *dir, const char *name);

/* A temporary path beside path ("path.tmp-PID-N"), for writers that need a
 * file name (flite, libharu); rename it with bc__fs_commit.  Every call
 * gives a new name, also for the same path.  Caller frees. */
char *bc__fs_temp_path(const char *path);
bc_status bc__fs_commit(const char *tmp, const char *path,
                        struct bc_error *err);

#endif
