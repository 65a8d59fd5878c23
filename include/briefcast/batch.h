/* batch.h - the per-document pipeline (analyze, summarize, validate, repair,
 * render) and the options that steer it.  The CLI's run command and batch
 * processing both call bc_pipeline_run for each document. */
#ifndef BRIEFCAST_BATCH_H
#define BRIEFCAST_BATCH_H

#include <signal.h>
#include <stddef.h>

#include "briefcast/audio.h"
#include "briefcast/doc.h"
#include "briefcast/error.h"
#include "briefcast/pdf.h"
#include "briefcast/provider.h"
#include "briefcast/validate.h"
#include "briefcast/video.h"

/* Which outputs to write (bit flags). */
enum {
  BC_OUT_SUMMARY = 1 << 0,  /* summary.json */
  BC_OUT_REPORT = 1 << 1,   /* report.json */
  BC_OUT_MARKDOWN = 1 << 2, /* brief.md */
  BC_OUT_HTML = 1 << 3,     /* brief.html */
  BC_OUT_PDF = 1 << 4,      /* brief.pdf */
  BC_OUT_SLIDES = 1 << 5,   /* slides.pdf */
  BC_OUT_AUDIO = 1 << 6,    /* narration.wav, transcript.vtt, ... */
  BC_OUT_VIDEO = 1 << 7,    /* video.mp4 (needs the slides and the audio) */
  BC_OUT_ALL = (1 << 8) - 1
};

struct bc_pipeline_opts {
  unsigned outputs;  /* BC_OUT_* flags */
  int repair_rounds; /* provider repair rounds (LLM); default 1 */
  int allow_failed;  /* render facts that failed validation anyway */
  struct bc_summarize_opts summarize;
  struct bc_validate_opts validate;
  struct bc_audio_opts audio; /* speech context is filled per document */
  struct bc_pdf_opts pdf;
  struct bc_video_opts video;
  bc_progress_fn progress; /* called at each stage; may be NULL */
  void *progress_ctx;
};
#define BC_PIPELINE_OPTS_INIT                                                  \
  {                                                                            \
    BC_OUT_ALL, 1, 0, BC_SUMMARIZE_OPTS_INIT, BC_VALIDATE_OPTS_INIT,           \
        BC_AUDIO_OPTS_INIT, BC_PDF_OPTS_INIT, BC_VIDEO_OPTS_INIT, NULL, NULL   \
  }

/* What a run produced, for the CLI's summary line and for benchmarks. */
struct bc_pipeline_result {
  enum bc_verdict verdict; /* after repair */
  size_t errors;           /* error findings remaining */
  size_t warnings;
  size_t repaired;
  size_t withheld; /* items kept out of PDF/audio as unverified */
  double t_analyze, t_summarize, t_validate, t_render_text, t_pdf, t_audio;
  double t_video;
  struct bc_audio_stats audio;
  struct bc_video_stats video; /* zero when no video was made */
};

/* Run the pipeline for one document and write the outputs into outdir
 * (created if missing).  Every file is written to a temporary name and
 * renamed, so a failure never leaves a half-written output.  result may be
 * NULL.  Returns BC_OK even when validation failed; the caller decides
 * (--strict) from result->verdict. */
bc_status bc_pipeline_run(const struct bc_doc *doc, struct bc_provider *p,
                          const struct bc_pipeline_opts *opts,
                          const char *outdir, struct bc_pipeline_result *result,
                          struct bc_error *err);

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
    NULL, 0                                                                    \
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
  int exit_code; /* 0 when ok, else the documented exit code (128+N when
                    killed by signal N) */
  char *error;   /* one line when not ok, else NULL */
  char *verdict; /* "pass" / "warn" / "fail" when ok, else NULL */
  size_t errors, warnings;
  double audio_seconds;
  double times[BC_BATCH_N_TIMES]; /* wall seconds per stage */
  char finished[24];              /* UTC "YYYY-MM-DDTHH:MM:SSZ" */
};

/* DIR/manifest.json (or a shard's DIR/manifest-K-of-N.json), schema
 * "briefcast.manifest/1": the entries sorted by key, written atomically.
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
    NULL, 0, 0, 0, 0, NULL, 0, 0, 0.0, 0.0                                     \
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
    {-1, -1}, 0                                                                \
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

#endif
