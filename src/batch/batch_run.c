/* batch_run.c - a whole batch: which documents to run (the shard filter and
 * the resume rule), each through the pipeline in its own process, and the
 * manifest's bookkeeping as they end.  It records each document's
 * outcome as a bc_status; it does not parse options, print or pick exit
 * codes (the caller's, from the entries bc_batch_hooks shows it). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "briefcast/batch.h"
#include "util/alloc.h"
#include "util/fs.h"

struct run {
  const struct bc_batch_opts *o;
  const struct bc_batch_hooks *h;
  struct bc_batch_list list;
  struct bc_manifest manifest; /* this run's (or this shard's) */
  struct bc_manifest prev;     /* a shard's: the merged one of before */
  char *manifest_path;
  struct bc_batch_lock lock;
  struct bc_batch_totals t;
};

static void emit(struct run *r, enum bc_batch_event ev,
                 const struct bc_batch_entry *e)
{
  if (r->h && r->h->on_event)
    r->h->on_event(r->h->ctx, ev, e, &r->t);
}

/* --- the child ------------------------------------------------------------
 * One document through the pipeline.  Its report to the parent is one
 * line, "ok VERDICT ERRORS WARNINGS AUDIO_SECONDS T_ANALYZE ... T_AUDIO",
 * or "error CODE" (a bc_status) and the message on the next line. */

#define REPORT_FIELDS 10

static int work(void *ctx, size_t task, int fd)
{
  struct run *r = ctx;
  const struct bc_batch_item *it = &r->list.items[task];
  struct bc_pipeline_result res;
  struct bc_error err = BC_ERROR_INIT;
  char *dir = NULL, line[BC_ERROR_MSG_MAX + 64];
  const char *p = line;
  size_t left;
  bc_status rc;
  int n;

  if (r->h && r->h->in_child)
    r->h->in_child(r->h->ctx);
  bc_batch_lock_forget(&r->lock);
  rc = bc_batch_folder(r->o->outdir, it->folder, &dir, &err);
  if (!rc)
    rc = bc_pipeline_run(it->doc, r->o->provider, r->o->pipeline, dir, &res,
                         &err);
  free(dir);
  if (rc)
    n = snprintf(line, sizeof(line), "error %d\n%s\n", (int)rc,
                 err.msg[0] ? err.msg : bc_strerror(rc));
  else
    n = snprintf(line, sizeof(line),
                 "ok %s %zu %zu %.3f %.4f %.4f %.4f %.4f %.4f %.4f\n",
                 bc_verdict_name(res.verdict), res.errors, res.warnings,
                 res.audio.seconds, res.t_analyze, res.t_summarize,
                 res.t_validate, res.t_render_text, res.t_pdf, res.t_audio);
  left = n < 0 ? 0 : (size_t)n < sizeof(line) ? (size_t)n : sizeof(line) - 1;
  while (left) {
    ssize_t w = write(fd, p, left);
    if (w <= 0)
      break;
    p += w;
    left -= (size_t)w;
  }
  return rc ? 1 : 0;
}

/* --- the parent ---------------------------------------------------------- */

static void utc_now(char out[24])
{
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(out, 24, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void entry_for(const struct bc_batch_item *it, struct bc_batch_entry *e)
{
  memset(e, 0, sizeof(*e));
  e->key = it->key;
  e->input = it->input;
  e->folder = it->folder;
  memcpy(e->sha256, it->sha256, sizeof(e->sha256));
}

/* Record e (a document that ended now) in the manifest, durably, and tell
 * the caller. */
static void record(struct run *r, struct bc_batch_entry *e)
{
  struct bc_error err = BC_ERROR_INIT;
  utc_now(e->finished);
  r->t.finished++;
  if (e->state != BC_BATCH_OK)
    r->t.failed++;
  if (bc_manifest_record(&r->manifest, e, r->manifest_path, &err) &&
      r->t.record_error.code == BC_OK) {
    r->t.record_error = err;
    emit(r, BC_BATCH_UNRECORDED, e);
  }
  emit(r, BC_BATCH_ENDED, e);
}

/* Read the child's report o into e; the status the document ended with. */
static bc_status read_report(const struct bc_batch_outcome *o,
                             struct bc_batch_entry *e, char verdict[8],
                             char *msg, size_t msg_size)
{
  double *t = e->times;
  int code;
  if (strncmp(o->report, "ok ", 3) == 0 &&
      sscanf(o->report + 3, "%7s %zu %zu %lf %lf %lf %lf %lf %lf %lf", verdict,
             &e->errors, &e->warnings, &e->audio_seconds,
             &t[BC_BATCH_T_ANALYZE], &t[BC_BATCH_T_SUMMARIZE],
             &t[BC_BATCH_T_VALIDATE], &t[BC_BATCH_T_TEXT], &t[BC_BATCH_T_PDF],
             &t[BC_BATCH_T_AUDIO]) == REPORT_FIELDS) {
    e->verdict = verdict;
    return BC_OK;
  }
  if (sscanf(o->report, "error %d\n", &code) == 1 && code > BC_OK &&
      code <= BC_ERR_INTERNAL) {
    const char *m = strchr(o->report, '\n');
    m = m ? m + 1 : "";
    snprintf(msg, msg_size, "%.*s", (int)strcspn(m, "\n"), m);
    return (bc_status)code;
  }
  snprintf(msg, msg_size,
           "the document's process ended with status %d and no report",
           o->exit_code);
  return BC_ERR_INTERNAL;
}

/* A child has ended. */
static void done(void *ctx, size_t task, const struct bc_batch_outcome *o)
{
  struct run *r = ctx;
  struct bc_batch_entry e;
  char verdict[8] = "", msg[BC_ERROR_MSG_MAX + 64] = "";
  bc_status code;

  entry_for(&r->list.items[task], &e);
  code = read_report(o, &e, verdict, msg, sizeof(msg));
  e.times[BC_BATCH_T_TOTAL] = o->seconds;
  if (!code && o->exit_code != 0) {
    code = BC_ERR_INTERNAL;
    e.verdict = NULL;
  }
  if (!code && r->o->strict && strcmp(verdict, "fail") == 0) {
    code = BC_ERR_VALIDATE;
    snprintf(msg, sizeof(msg), "validation failed: %zu error%s (--strict)",
             e.errors, e.errors == 1 ? "" : "s");
  }
  if (o->timed_out) {
    e.state = BC_BATCH_TIMEOUT;
    e.verdict = NULL;
    snprintf(msg, sizeof(msg), "stopped after %.0f s (--doc-timeout)",
             o->seconds);
  } else if (o->signal) {
    e.state = BC_BATCH_FAILED;
    e.verdict = NULL;
    snprintf(msg, sizeof(msg),
             "the document's process was killed by signal %d (%s)", o->signal,
             strsignal(o->signal));
  } else {
    e.state = code ? BC_BATCH_FAILED : BC_BATCH_OK;
  }
  if (e.state == BC_BATCH_OK)
    msg[0] = '\0';
  else if (code == BC_OK)
    code = BC_ERR_INTERNAL;
  e.code = code;
  e.signal = o->signal;
  e.error = msg[0] ? msg : NULL;
  record(r, &e);
}

/* The resume rule: the item was done before (ok), from the same source,
 * into the same folder, and its summary.json is still there.  The entry
 * that says so, or NULL when the item must run. */
static const struct bc_batch_entry *done_before(const struct run *r,
                                                const struct bc_batch_item *it)
{
  const struct bc_batch_entry *e = bc_manifest_find(&r->manifest, it->key);
  struct stat st;
  char *dir, *path;
  int there;
  if (!e)
    e = bc_manifest_find(&r->prev, it->key);
  if (!e || e->state != BC_BATCH_OK || strcmp(e->sha256, it->sha256) != 0 ||
      !e->folder || !it->folder || strcmp(e->folder, it->folder) != 0)
    return NULL;
  dir = bc__fs_join(r->o->outdir, it->folder);
  path = dir ? bc__fs_join(dir, "summary.json") : NULL;
  there = path && stat(path, &st) == 0 && S_ISREG(st.st_mode);
  free(dir);
  free(path);
  return there ? e : NULL;
}

static int in_run(const struct run *r, const struct bc_batch_item *it)
{
  return !r->o->shard_n ||
         bc_batch_in_shard(it->key, r->o->shard_k, r->o->shard_n);
}

/* This run's manifest and, for a shard, the merged one of an earlier run
 * (a shard also resumes from it). */
static bc_status load_manifests(struct run *r, struct bc_error *err)
{
  const struct bc_batch_opts *o = r->o;
  char *name = bc_manifest_name(o->shard_k, o->shard_n);
  bc_status rc;
  r->manifest_path = name ? bc__fs_join(o->outdir, name) : NULL;
  free(name);
  if (!r->manifest_path)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  rc = bc_manifest_load(r->manifest_path, &r->manifest, err);
  if (!rc && o->shard_n) {
    char *whole = bc__fs_join(o->outdir, "manifest.json");
    rc = whole ? bc_manifest_load(whole, &r->prev, err)
               : bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    free(whole);
  }
  /* --force redoes everything, so an unreadable manifest (hand-edited, cut
   * short by a full disk) is simply replaced. */
  if ((rc == BC_ERR_PARSE || rc == BC_ERR_SCHEMA) && o->force) {
    bc_manifest_release(&r->manifest);
    bc_manifest_release(&r->prev);
    rc = BC_OK;
  }
  return rc;
}

/* Decide each item of the run: a failure now when it could not be read,
 * skipped when done before, else a task for the pool.  tasks has room for
 * every item. */
static bc_status plan(struct run *r, size_t *tasks, size_t *ntasks,
                      struct bc_error *err)
{
  *ntasks = 0;
  for (size_t i = 0; i < r->list.n; i++)
    r->t.total += in_run(r, &r->list.items[i]) != 0;
  for (size_t i = 0; i < r->list.n; i++) {
    const struct bc_batch_item *it = &r->list.items[i];
    const struct bc_batch_entry *old;
    if (!in_run(r, it))
      continue;
    if (!it->doc) {
      /* It could not be read: a failure now, read again next time. */
      struct bc_batch_entry e;
      entry_for(it, &e);
      e.state = BC_BATCH_FAILED;
      e.code = it->error.code ? it->error.code : BC_ERR_INTERNAL;
      e.error = (char *)(it->error.msg[0] ? it->error.msg
                                          : bc_strerror(it->error.code));
      record(r, &e);
    } else if (!r->o->force && (old = done_before(r, it)) != NULL) {
      if (old != bc_manifest_find(&r->manifest, it->key)) {
        bc_status rc = bc_manifest_put(&r->manifest, old, err);
        if (rc)
          return rc;
      }
      r->t.skipped++;
    } else {
      tasks[(*ntasks)++] = i;
    }
  }
  return BC_OK;
}

static bc_status run_batch(struct run *r, const char *const *inputs, size_t n,
                           struct bc_error *err)
{
  const struct bc_batch_opts *o = r->o;
  struct bc_ingest_opts defaults = BC_INGEST_OPTS_INIT;
  struct bc_batch_pool pool;
  size_t *tasks = NULL, ntasks = 0, ran = 0;
  bc_status rc;

  /* One writer at a time (or the shards of one split): a second batch
   * into DIR would lose the first one's records. */
  rc = bc_batch_lock(&r->lock, o->outdir, o->shard_k, o->shard_n, err);
  if (!rc)
    rc = load_manifests(r, err);
  if (!rc)
    rc = bc_batch_expand(inputs, n, o->ingest ? o->ingest : &defaults, 1,
                         o->outdir, &r->list, err);
  if (!rc) {
    const struct bc_manifest *ms[2] = {&r->manifest, &r->prev};
    rc = bc_batch_claim_folders(&r->list, ms, 2, o->outdir, err);
  }
  if (rc)
    return rc;
  r->manifest.shard_k = o->shard_k;
  r->manifest.shard_n = o->shard_n;
  r->manifest.complete = 0;
  if (!(tasks = bc__calloc(r->list.n ? r->list.n : 1, sizeof(size_t))))
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  rc = plan(r, tasks, &ntasks, err);
  if (!rc)
    rc = bc_manifest_save(&r->manifest, r->manifest_path, err);
  if (rc)
    goto out;
  emit(r, BC_BATCH_PLANNED, NULL);

  memset(&pool, 0, sizeof(pool));
  pool.jobs = o->jobs ? o->jobs : 1;
  pool.timeout = o->timeout;
  pool.work = work;
  pool.done = done;
  pool.stop = o->stop;
  pool.ctx = r;
  rc = bc_batch_pool_run(&pool, tasks, ntasks, &ran, err);
  if (o->stop && *o->stop) {
    /* Every finished document is in the journal already; the manifest
     * itself is brought up to date for whoever reads it next. */
    r->t.stopped = 1;
    if (!rc)
      rc = bc_manifest_save(&r->manifest, r->manifest_path, err);
    goto out;
  }
  if (rc)
    goto out;
  r->manifest.complete = 1;
  rc = bc_manifest_save(&r->manifest, r->manifest_path, err);
  if (!rc && o->shard_n) {
    /* The last shard to finish (on a shared folder) merges them all. */
    rc = bc_manifest_merge(o->outdir, 1, NULL, &r->t.whole, err);
  } else if (!rc) {
    r->t.whole = 1;
  }
out:
  free(tasks);
  return rc;
}

bc_status bc_batch_run(const struct bc_batch_opts *opts,
                       const char *const *inputs, size_t n,
                       const struct bc_batch_hooks *hooks,
                       struct bc_batch_totals *totals, struct bc_error *err)
{
  struct run r;
  bc_status rc;
  memset(&r, 0, sizeof(r));
  r.o = opts;
  r.h = hooks;
  r.lock = (struct bc_batch_lock)BC_BATCH_LOCK_INIT;
  r.list = (struct bc_batch_list)BC_BATCH_LIST_INIT;
  r.manifest = (struct bc_manifest)BC_MANIFEST_INIT;
  r.prev = (struct bc_manifest)BC_MANIFEST_INIT;
  r.t.record_error = (struct bc_error)BC_ERROR_INIT;
  if (!opts || !opts->outdir || !opts->pipeline || !opts->provider ||
      (n && !inputs) || opts->shard_k > opts->shard_n ||
      (opts->shard_n && !opts->shard_k))
    rc = bc_error_set(err, BC_ERR_USAGE, "bc_batch_run: invalid options");
  else
    rc = run_batch(&r, inputs, n, err);
  if (totals)
    *totals = r.t;
  bc_batch_unlock(&r.lock);
  free(r.manifest_path);
  bc_manifest_release(&r.manifest);
  bc_manifest_release(&r.prev);
  bc_batch_list_release(&r.list);
  return rc;
}
