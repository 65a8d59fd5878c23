/* progress.h - how long work reports its progress to a caller. */
#ifndef BRIEFCAST_PROGRESS_H
#define BRIEFCAST_PROGRESS_H

#include <stddef.h>

/* Progress of long work, e.g. stage "speaking", 37 of 152 sentences;
 * done == total once the stage has finished.  ctx is the caller's. */
typedef void (*bc_progress_fn)(void *ctx, const char *stage, size_t done,
                               size_t total);

#endif
