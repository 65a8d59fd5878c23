/* manifest.h - the record of a batch (DIR/manifest.json): what became of
 * each document, read and written atomically.  Model data: batch
 * processing (batch.h) writes it, the site index (site.h) reads it. */
#ifndef BRIEFCAST_MANIFEST_H
#define BRIEFCAST_MANIFEST_H

#include <stddef.h>

#include "briefcast/error.h"

/* What became of one document, as the manifest records it. */
enum bc_batch_state { BC_BATCH_OK, BC_BATCH_FAILED, BC_BATCH_TIMEOUT };

enum {
  BC_BATCH_T_TOTAL,
  BC_BATCH_T_ANALYZE,
  BC_BATCH_T_SUMMARIZE,
  BC_BATCH_T_VALIDATE,
  BC_BATCH_T_TEXT,
  BC_BATCH_T_PDF,
  BC_BATCH_T_AUDIO,
  BC_BATCH_N_TIMES
};

/* A manifest entry; the strings are owned by the manifest (bc_manifest_put
 * copies them). */
struct bc_batch_entry {
  char *key, *input, *folder; /* folder NULL when ingest failed */
  char sha256[65];
  enum bc_batch_state state;
  bc_status code; /* the library's outcome: BC_OK when ok, else the
                     status the document failed with (BC_ERR_VALIDATE
                     under strict, BC_ERR_INTERNAL when its process
                     ended without a report); the caller maps it to its
                     own numbers (the CLI's exit codes) */
  int signal;     /* the signal that ended the document's process (also
                     the stop of a timeout), else 0 */
  char *error;    /* one line when not ok, else NULL */
  char *verdict;  /* "pass" / "warn" / "fail" when ok, else NULL */
  size_t errors, warnings;
  double audio_seconds;
  double times[BC_BATCH_N_TIMES]; /* wall seconds per stage */
  char finished[24];              /* UTC "YYYY-MM-DDTHH:MM:SSZ" */
};

/* DIR/manifest.json (or a shard's DIR/manifest-K-of-N.json), schema
 * "briefcast.manifest/2": the entries sorted by key, written atomically,
 * each entry's code as bc_status_name spells it ("code":"BC_ERR_INPUT")
 * and its "signal".  A "briefcast.manifest/1" file still reads: it
 * recorded a caller's "exit_code" instead, which reads as BC_OK when the
 * entry is ok, else as BC_ERR_INTERNAL with signal N for 128+N (resuming
 * needs only the status, which both record).
 * Between two writes, each recorded entry is appended to
 * "MANIFEST.journal" (one JSON object a line, flushed to disk), which
 * bc_manifest_load applies, so no finished document is ever lost and a
 * batch of n documents costs O(n) to record, not O(n^2). */
struct bc_manifest {
  struct bc_batch_entry *entries;
  size_t n;
  unsigned shard_k, shard_n; /* 0/0 when not a shard's */
  int complete;              /* the run that wrote it got to its end */
  /* private to the manifest functions: */
  void *index;                   /* key -> entry */
  size_t cap;                    /* entries allocated */
  size_t journaled;              /* entries only in the journal */
  double saved_at, save_seconds; /* the last full write: when, how long */
};
#define BC_MANIFEST_INIT                                                       \
  {                                                                            \
    .entries = NULL, .n = 0, .index = NULL                                     \
  }

/* Read path into m (emptied first); a missing file gives an empty manifest.
 * Errors: BC_ERR_IO, BC_ERR_PARSE, BC_ERR_SCHEMA (named in the message),
 * BC_ERR_NOMEM. */
bc_status bc_manifest_load(const char *path, struct bc_manifest *m,
                           struct bc_error *err);
/* The entry for key, or NULL.  Borrowed until the manifest changes. */
const struct bc_batch_entry *bc_manifest_find(const struct bc_manifest *m,
                                              const char *key);
/* Copy e into m, replacing an entry with the same key.  Errors:
 * BC_ERR_NOMEM (m unchanged). */
bc_status bc_manifest_put(struct bc_manifest *m, const struct bc_batch_entry *e,
                          struct bc_error *err);
/* Write m to path (temporary file, fsync, rename) and remove its journal,
 * which m must hold all of (it does when it was loaded from path).
 * Errors: BC_ERR_OUTPUT, BC_ERR_NOMEM, BC_ERR_LIMIT (the text would be
 * over BC_MAX_MANIFEST_BYTES: nothing written). */
bc_status bc_manifest_save(const struct bc_manifest *m, const char *path,
                           struct bc_error *err);
/* Put e into m and make it durable: appended to path's journal at once,
 * and the whole manifest rewritten (bc_manifest_save) after every eighth
 * of its entries or a pause, so the cost stays linear.  Errors: those of
 * put and save. */
bc_status bc_manifest_record(struct bc_manifest *m,
                             const struct bc_batch_entry *e, const char *path,
                             struct bc_error *err);
void bc_manifest_release(struct bc_manifest *m);

/* The file name of shard k of n's manifest ("manifest-K-of-N.json"), or of
 * the whole batch's ("manifest.json") when n is 0.  New string; NULL on
 * out-of-memory. */
char *bc_manifest_name(unsigned k, unsigned n);

/* Combine DIR/manifest.json and every DIR/manifest-K-of-N.json into
 * DIR/manifest.json; for a key in several, the entry finished last wins.
 * *shards_seen gets the number of shard files read and *all_complete
 * (either may be NULL) whether they were all the complete shards 1..N of
 * one split.  With require_complete, nothing is written unless they were.
 * Errors: those of load and save; BC_ERR_IO when DIR cannot be read,
 * BC_ERR_INPUT when there is no manifest at all. */
bc_status bc_manifest_merge(const char *dir, int require_complete,
                            size_t *shards_seen, int *all_complete,
                            struct bc_error *err);

#endif
