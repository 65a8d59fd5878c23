/* batch.h - batch processing: many documents, each through the pipeline
 * (pipeline.h) in its own process, recorded in a manifest so a re-run
 * resumes, optionally one shard of a split. */
#ifndef BRIEFCAST_BATCH_H
#define BRIEFCAST_BATCH_H

#include <signal.h>
#include <stddef.h>

#include "briefcast/doc.h"
#include "briefcast/error.h"
#include "briefcast/manifest.h"
#include "briefcast/pipeline.h"
#include "briefcast/provider.h"

/* --- batch processing: many documents, resumable, sharded ------------- */

/* One document of a batch as bc_batch_expand finds it.  All owned by the
 * list. */
struct bc_batch_item {
  char *input;     /* the argument, or the file found below a directory */
  char *key;       /* stable identity in manifests and for sharding: input, or
                      "input#folder" for one of several documents of an input */
  char *folder;    /* sub-folder name: the document's slug ("-2", "-3" when two
                      documents share one); NULL when ingest failed */
  char sha256[65]; /* hex digest of the source: the raw input bytes, or the
                      document's text for one of several of an input */
  struct bc_doc *doc;    /* NULL when the input failed */
  struct bc_error error; /* why, when doc is NULL */
};

struct bc_batch_list {
  struct bc_batch_item *items;
  size_t n;
};
#define BC_BATCH_LIST_INIT                                                     \
  {                                                                            \
    .items = NULL, .n = 0                                                      \
  }

/* Ingest inputs[0..n) in order into out.  A file or URL gives its document,
 * a feed or list file its entries; with dirs nonzero a directory gives every
 * .md, .markdown, .txt, .html and .htm file below it in byte order of path
 * (names starting with '.' and the directory skip, e.g. the output folder,
 * left out; skip may be NULL).  An input that fails to ingest, or a document
 * with a title but no text, becomes an item with doc == NULL and its error,
 * and the others go on.  Errors of the whole call: BC_ERR_NOMEM (out is
 * left empty). */
bc_status bc_batch_expand(const char *const *inputs, size_t n,
                          const struct bc_ingest_opts *opts, int dirs,
                          const char *skip, struct bc_batch_list *out,
                          struct bc_error *err);
void bc_batch_list_release(struct bc_batch_list *list);

/* Nonzero if key belongs to shard k of n (1 <= k <= n).  The choice is a
 * stable hash (FNV-1a) of the key alone, so adding or removing a document
 * never moves another between shards, and every machine agrees. */
int bc_batch_in_shard(const char *key, unsigned k, unsigned n);

/* Who writes a batch's output folder: a whole batch alone, or the shards
 * of one split together (each shard K/N once).  flock(2) locks on files
 * in DIR: the kernel drops them when the holder dies, so a crashed batch
 * never blocks the next.  Forked children share them. */
struct bc_batch_lock {
  int fd[2]; /* DIR/.briefcast.lock; a shard's DIR/.briefcast-K-of-N.lock */
  int owner; /* the whole batch's: its PID is in the file */
};
#define BC_BATCH_LOCK_INIT                                                     \
  {                                                                            \
    .fd = {-1, -1}, .owner = 0                                                 \
  }
/* Create dir if missing and lock it for a whole batch (shard_n 0) or for
 * shard shard_k of shard_n, without waiting.  Errors: BC_ERR_OUTPUT (also
 * "another briefcast batch (process N) is writing there"), BC_ERR_NOMEM. */
bc_status bc_batch_lock(struct bc_batch_lock *l, const char *dir,
                        unsigned shard_k, unsigned shard_n,
                        struct bc_error *err);
void bc_batch_unlock(struct bc_batch_lock *l);
/* In a forked child: close this copy of the lock's descriptors (the
 * parent's copy still holds the lock), so a child costs no descriptor
 * for it. */
void bc_batch_lock_forget(struct bc_batch_lock *l);

/* Give every item a folder no other document has: the one a manifest in
 * ms (the run's own first) records for its key when that is still its
 * own, else the first of "slug", "slug-2", ... that this list gives no
 * other item, that no manifest records for another key, and that does not
 * exist in outdir holding anything.  So a document from another run never
 * lands in (and overwrites) an earlier document's folder, and a re-run
 * finds each document where it was.  Errors: BC_ERR_NOMEM. */
bc_status bc_batch_claim_folders(struct bc_batch_list *l,
                                 const struct bc_manifest *const *ms,
                                 size_t n_ms, const char *outdir,
                                 struct bc_error *err);

/* The folder of one document, outdir/folder, as a new string in *path,
 * created if missing (outdir too).  folder is a name briefcast made from
 * a title, so it must be a real folder: one that exists as a symbolic
 * link (which may lead out of outdir), a file or a device is refused.
 * Errors: BC_ERR_OUTPUT, BC_ERR_NOMEM. */
bc_status bc_batch_folder(const char *outdir, const char *folder, char **path,
                          struct bc_error *err);

/* Runs tasks in forked child processes, at most jobs at once.  Each child
 * calls work (which returns an exit status for the child, and may write a
 * short report of at most 4096 bytes to report_fd) and ends with _exit;
 * the parent calls done with the outcome of each as it ends, in the order
 * they end.  A child that crashes, fails or runs past timeout never stops
 * the others. */
struct bc_batch_outcome {
  int exit_code;      /* the child's exit status, or 128+N (killed by N) */
  int signal;         /* the signal that ended it, else 0 */
  int timed_out;      /* it ran past the timeout and was stopped */
  const char *report; /* what it wrote to report_fd, NUL-terminated;
                         borrowed for the call */
  double seconds;     /* wall time */
};

struct bc_batch_pool {
  size_t jobs;    /* children at once; 0 means 1 */
  double timeout; /* seconds per task; 0 = none.  Past it the child's
                     process group gets SIGTERM, and SIGKILL 2 s later */
  int (*work)(void *ctx, size_t task, int report_fd);
  void (*done)(void *ctx, size_t task, const struct bc_batch_outcome *o);
  /* Polled at least every 200 ms; when *stop becomes nonzero no new task
   * starts, running children get SIGTERM and are waited for, and
   * bc_batch_pool_run returns (their outcomes are not reported). */
  const volatile sig_atomic_t *stop;
  void *ctx;
};

/* Run tasks[0..n) (any numbers; passed to work and done) in the pool.
 * *ran (may be NULL) gets the number of tasks reported to done.  Errors:
 * BC_ERR_INTERNAL when fork or pipe fails (the running children are
 * waited for first), BC_ERR_NOMEM. */
bc_status bc_batch_pool_run(const struct bc_batch_pool *pool,
                            const size_t *tasks, size_t n, size_t *ran,
                            struct bc_error *err);

/* The number of CPUs this process may run on (at least 1). */
size_t bc_batch_cpus(void);

/* --- a whole batch run ------------------------------------------------- */

/* What bc_batch_run does.  Borrowed for the call. */
struct bc_batch_opts {
  const char *outdir;        /* each document goes to outdir/FOLDER/;
                                required (created if missing) */
  unsigned shard_k, shard_n; /* only shard k of n (bc_batch_in_shard),
                                recorded in manifest-K-of-N.json; 0/0: all */
  int force;                 /* redo every document, done before or not; an
                                unreadable manifest is then replaced */
  int strict;     /* a document whose validation fails counts as failed
                     (code BC_ERR_VALIDATE) */
  size_t jobs;    /* documents at once; 0 means 1 */
  double timeout; /* seconds per document; 0 = none */
  const struct bc_ingest_opts *ingest;     /* may be NULL: defaults */
  const struct bc_pipeline_opts *pipeline; /* required */
  struct bc_provider *provider;            /* required */
  /* May be NULL.  When *stop becomes nonzero the run stops as
   * bc_batch_pool's does; every finished document stays recorded. */
  const volatile sig_atomic_t *stop;
};
#define BC_BATCH_OPTS_INIT                                                     \
  {                                                                            \
    .jobs = 1                                                                  \
  }

/* What a run tells its caller as it goes (bc_batch_hooks.on_event). */
enum bc_batch_event {
  BC_BATCH_PLANNED,   /* the documents are known and those done before are
                         skipped (totals->skipped); no entry */
  BC_BATCH_ENDED,     /* a document ended, or could not be read: the entry
                         is its record */
  BC_BATCH_UNRECORDED /* the first failure to record an entry in the
                         manifest (totals->record_error); the run goes on */
};

/* Counts of a run, passed to every event and returned at the end. */
struct bc_batch_totals {
  size_t total;    /* documents of this run (of this shard) */
  size_t finished; /* ended in this run, ok or not */
  size_t failed;   /* of those, not ok */
  size_t skipped;  /* done before from the same source, not redone */
  int stopped;     /* opts->stop ended the run early */
  int whole;       /* DIR/manifest.json records the whole batch: an
                      unsharded run, or the shard that completed its split
                      (the time for a feed) */
  struct bc_error record_error; /* the first failure to write the manifest
                                   (code BC_OK when none) */
};

/* The caller's part of a run; any member may be NULL. */
struct bc_batch_hooks {
  void (*on_event)(void *ctx, enum bc_batch_event ev,
                   const struct bc_batch_entry *e,
                   const struct bc_batch_totals *t);
  /* First thing in each document's process (e.g. signal handlers). */
  void (*in_child)(void *ctx);
  void *ctx;
};

/* Run every document of inputs[0..n) (as bc_batch_expand with
 * directories) through bc_pipeline_run, each in its own process, at most
 * opts->jobs at once, into opts->outdir.  The folder is locked
 * (bc_batch_lock) for the run.  A document recorded as ok in this run's
 * manifest or, for a shard, in DIR/manifest.json, with the same sha256,
 * the same folder and its summary.json still there, is skipped unless
 * opts->force.  Each outcome is recorded at once (bc_manifest_record);
 * at the end the manifest is marked complete, and a shard merges
 * (bc_manifest_merge) when it completes its split.  A document's failure
 * is its entry's, not the run's.  *totals (may be NULL) gets the counts,
 * also when the run fails.  Errors: those of bc_batch_lock, load (unless
 * force), bc_batch_expand, bc_manifest_save and merge, and
 * bc_batch_pool_run; BC_ERR_USAGE for missing options. */
bc_status bc_batch_run(const struct bc_batch_opts *opts,
                       const char *const *inputs, size_t n,
                       const struct bc_batch_hooks *hooks,
                       struct bc_batch_totals *totals, struct bc_error *err);

#endif
