/* cmd_batch.c - `briefcast batch INPUT... -o DIR`: a whole archive, each
 * document in its own child process, a bounded number at once, recorded in
 * a manifest after every document so a re-run resumes, optionally one shard
 * of a split, and a podcast feed at the end.  The library runs the batch
 * (bc_batch_run: what to run, the processes, the manifest); this file
 * parses options, prints progress and picks the exit code. */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "briefcast/limits.h"
#include "briefcast/batch.h"
#include "briefcast/doc.h"
#include "briefcast/podcast.h"
#include "briefcast/site.h"
#include "cli.h"
#include "cli_options.h"

static void help(void)
{
  fputs("usage: briefcast batch INPUT... -o DIR [options]\n"
        "       briefcast batch --merge DIR\n"
        "\n"
        "Run every document of INPUT (files, directories: every .md,\n"
        ".markdown, .txt, .html, .htm below, list files, URLs, feeds) through\n"
        "the pipeline, each into DIR/DATE-title-words/, each in its own\n"
        "process so one failing, crashing or hanging document never stops the\n"
        "others.  DIR/manifest.json records each document's outcome after it\n"
        "ends; a re-run skips documents done before whose source is unchanged\n"
        "and retries the failed ones.  At the end DIR/feed.xml indexes the\n"
        "episodes (when there is narration) and DIR/index.html lists them\n"
        "all (`briefcast site DIR` rebuilds it).\n"
        "\n"
        "options:\n"
        "  -o, --output DIR       output folder (created if missing)\n"
        "  -j, --jobs N           documents at once (default 1); speech uses\n"
        "                         CPUs / N processes per document\n"
        "  --doc-timeout SECS     stop a document that takes longer\n"
        "  --force                redo every document, done or not\n"
        "  --shard K/N            only shard K of N (a stable split by name);\n"
        "                         writes DIR/manifest-K-of-N.json\n"
        "  --merge DIR            combine DIR's shard manifests into\n"
        "                         DIR/manifest.json and write DIR/feed.xml\n"
        "  --feed-url URL         where DIR is published (feed enclosures)\n"
        "  --feed-title TEXT      podcast title (default: DIR's "
        "name)\n" BC_CLI_RUN_HELP BC_CLI_SUMMARIZE_HELP,
        stdout);
  /* Two strings: one would pass the 4095 bytes C99 promises. */
  fputs(
      BC_CLI_AUDIO_HELP BC_CLI_PDF_HELP BC_CLI_VIDEO_HELP
      "\n"
      "Here --jobs counts documents, not LLM requests (each document sends\n"
      "4 at once), and with --strict a document whose validation fails\n"
      "counts as failed (12).  With --json: one JSON line per document,\n"
      "then a summary line.\n"
      "Exit codes: 0 every document done, 15 some failed (see the manifest),\n"
      "others as briefcast --help; Ctrl-C keeps every finished document.\n",
      stdout);
}

enum {
  OPT_DOC_TIMEOUT = 1000,
  OPT_FORCE,
  OPT_SHARD,
  OPT_MERGE,
  OPT_FEED_URL,
  OPT_FEED_TITLE
};

struct batch {
  const struct bc_cli *g;
  const char *outdir;
  int save_failed; /* the manifest could not be written: exit code */
};

/* The signal that asked the batch to stop (Ctrl-C, kill, hang-up), or 0.
 * The run polls it; children get SIGTERM and finished documents stay. */
static volatile sig_atomic_t stop_signal;

static void on_stop(int sig)
{
  stop_signal = sig;
}

static void catch_stop(void)
{
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
  struct sigaction sa, old;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_stop;
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
    if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
      sigaction(sigs[i], &sa, NULL);
}

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *join(const char *dir, const char *name)
{
  size_t n = strlen(dir) + strlen(name) + 2;
  char *p = malloc(n);
  if (p)
    snprintf(p, n, "%s/%s", dir, name);
  return p;
}

/* In each document's process: its own temporary files go when it is
 * stopped. */
static void in_child(void *ctx)
{
  (void)ctx;
  bc_cli_install_signals();
}

/* A document's documented exit code, from the outcome the library
 * recorded: 128+N when its process was killed by signal N. */
static int exit_code(const struct bc_batch_entry *e)
{
  return e->signal ? 128 + e->signal : bc_cli_exit_code(e->code);
}

static const char *state_name(enum bc_batch_state s)
{
  return s == BC_BATCH_OK ? "ok" : s == BC_BATCH_TIMEOUT ? "timeout" : "failed";
}

static void show_progress(const struct batch *b,
                          const struct bc_batch_totals *t)
{
  if (!b->g->progress || b->g->json)
    return;
  fprintf(stderr, "\r\033[K[%zu/%zu] done %zu, failed %zu",
          t->finished + t->skipped, t->total, t->finished - t->failed,
          t->failed);
  if (t->skipped)
    fprintf(stderr, ", skipped %zu unchanged", t->skipped);
  fflush(stderr);
}

/* The line for the user when a document ended. */
static void show_entry(const struct batch *b, const struct bc_batch_entry *e,
                       const struct bc_batch_totals *t)
{
  const struct bc_cli *g = b->g;
  if (g->json) {
    fputs("{\"input\":", stdout);
    bc_cli_json_string(stdout, e->input);
    fputs(",\"key\":", stdout);
    bc_cli_json_string(stdout, e->key);
    fputs(",\"folder\":", stdout);
    if (e->folder)
      bc_cli_json_string(stdout, e->folder);
    else
      fputs("null", stdout);
    printf(",\"status\":\"%s\",\"exit_code\":%d,\"error\":",
           state_name(e->state), exit_code(e));
    if (e->error)
      bc_cli_json_string(stdout, e->error);
    else
      fputs("null", stdout);
    printf(",\"verdict\":%s%s%s,\"errors\":%zu,\"warnings\":%zu,"
           "\"seconds\":%.3f}\n",
           e->verdict ? "\"" : "", e->verdict ? e->verdict : "null",
           e->verdict ? "\"" : "", e->errors, e->warnings,
           e->times[BC_BATCH_T_TOTAL]);
    fflush(stdout);
  } else if (!g->quiet) {
    if (g->progress)
      fputs("\r\033[K", stderr);
    if (e->state == BC_BATCH_OK)
      bc_cli_line("%s -> %s/%s: %s, %zu error%s, %zu warning%s (%.2f s)",
                  e->input, b->outdir, e->folder, e->verdict, e->errors,
                  e->errors == 1 ? "" : "s", e->warnings,
                  e->warnings == 1 ? "" : "s", e->times[BC_BATCH_T_TOTAL]);
    else
      bc_cli_note(g, "%s: %s (exit %d): %s", e->input, state_name(e->state),
                  exit_code(e), e->error ? e->error : "");
    show_progress(b, t);
  } else if (e->state != BC_BATCH_OK) {
    bc_cli_note(g, "%s: %s (exit %d): %s", e->input, state_name(e->state),
                exit_code(e), e->error ? e->error : "");
  }
}

static void on_event(void *ctx, enum bc_batch_event ev,
                     const struct bc_batch_entry *e,
                     const struct bc_batch_totals *t)
{
  struct batch *b = ctx;
  const struct bc_cli *g = b->g;
  switch (ev) {
  case BC_BATCH_UNRECORDED:
    b->save_failed = bc_cli_fail(g, &t->record_error);
    break;
  case BC_BATCH_ENDED: show_entry(b, e, t); break;
  case BC_BATCH_PLANNED:
    if (t->skipped && !g->quiet && !g->json) {
      if (g->progress)
        fputs("\r\033[K", stderr);
      fprintf(stderr, "%s: skipped %zu unchanged\n", g->prog, t->skipped);
    }
    /* From here Ctrl-C stops the run and keeps what finished. */
    catch_stop();
    show_progress(b, t);
    break;
  }
}

static int parse_shard(const char *s, unsigned *k, unsigned *n)
{
  char *end;
  long kk, nn;
  kk = strtol(s, &end, 10);
  if (end == s || *end != '/')
    return -1;
  s = end + 1;
  nn = strtol(s, &end, 10);
  if (end == s || *end || nn < 1 || nn > BC_MAX_SHARDS || kk < 1 || kk > nn)
    return -1;
  *k = (unsigned)kk;
  *n = (unsigned)nn;
  return 0;
}

/* DIR/index.html, the archive's page (what `briefcast site` rebuilds). */
static int write_index(const struct bc_cli *g, const char *dir)
{
  struct bc_error err = BC_ERROR_INIT;
  size_t n = 0;
  if (bc_site_index(dir, NULL, &n, &err))
    return bc_cli_fail(g, &err);
  if (!g->quiet && !g->json)
    bc_cli_note(g, "%s/index.html: %zu episode%s", dir, n, n == 1 ? "" : "s");
  return 0;
}

/* DIR/feed.xml for the episodes in DIR, then DIR/index.html (which links
 * the feed).  No narration at all (--no-audio) is not an error: there is
 * just no feed. */
static int write_feed(const struct bc_cli *g, const char *dir,
                      const struct bc_podcast_opts *po, int *written)
{
  struct bc_error err = BC_ERROR_INIT;
  size_t n = 0;
  bc_status rc = bc_podcast_feed(dir, po, &n, &err);
  *written = 0;
  if (rc == BC_ERR_INPUT) {
    if (!g->quiet && !g->json)
      bc_cli_note(g, "no feed.xml: no document in '%s' has narration", dir);
    return write_index(g, dir);
  }
  if (rc)
    return bc_cli_fail(g, &err);
  *written = 1;
  if (!g->quiet && !g->json)
    bc_cli_note(g, "%s/feed.xml: %zu episode%s", dir, n, n == 1 ? "" : "s");
  return write_index(g, dir);
}

/* `briefcast batch --merge DIR`, holding DIR's lock. */
static int merge_unlocked(const struct bc_cli *g, const char *dir,
                          const struct bc_podcast_opts *po)
{
  struct bc_error err = BC_ERROR_INIT;
  struct bc_manifest m = BC_MANIFEST_INIT;
  size_t shards = 0, bad = 0;
  int complete = 0, feed = 0, code;
  char *path;
  if (bc_manifest_merge(dir, 0, &shards, &complete, &err))
    return bc_cli_fail(g, &err);
  if (!complete && shards && !g->quiet)
    bc_cli_note(g, "note: not every shard of '%s' has finished", dir);
  path = join(dir, "manifest.json");
  if (!path || bc_manifest_load(path, &m, &err)) {
    free(path);
    return path ? bc_cli_fail(g, &err) : BC_EXIT_INTERNAL;
  }
  free(path);
  for (size_t i = 0; i < m.n; i++)
    bad += m.entries[i].state != BC_BATCH_OK;
  code = write_feed(g, dir, po, &feed);
  if (g->json)
    printf("{\"merged\":%zu,\"documents\":%zu,\"failed\":%zu,"
           "\"complete\":%s,\"feed\":%s}\n",
           shards, m.n, bad, complete ? "true" : "false",
           feed ? "true" : "false");
  else if (!g->quiet)
    bc_cli_note(g,
                "%s/manifest.json: %zu document%s from %zu shard%s, %zu "
                "failed",
                dir, m.n, m.n == 1 ? "" : "s", shards, shards == 1 ? "" : "s",
                bad);
  bc_manifest_release(&m);
  if (code)
    return code;
  return bad ? BC_EXIT_PARTIAL : BC_EXIT_OK;
}

/* `briefcast batch --merge DIR`: not while a batch writes there, whose
 * records it would overwrite. */
static int merge(const struct bc_cli *g, const char *dir,
                 const struct bc_podcast_opts *po)
{
  struct bc_error err = BC_ERROR_INIT;
  struct bc_batch_lock lock = BC_BATCH_LOCK_INIT;
  struct stat st;
  int code;
  if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode) &&
      bc_batch_lock(&lock, dir, 0, 0, &err))
    return bc_cli_fail(g, &err);
  code = merge_unlocked(g, dir, po);
  bc_batch_unlock(&lock);
  return code;
}

int bc_cmd_batch(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {
      {"doc-timeout", required_argument, NULL, OPT_DOC_TIMEOUT},
      {"force", no_argument, NULL, OPT_FORCE},
      {"shard", required_argument, NULL, OPT_SHARD},
      {"merge", required_argument, NULL, OPT_MERGE},
      {"feed-url", required_argument, NULL, OPT_FEED_URL},
      {"feed-title", required_argument, NULL, OPT_FEED_TITLE},
      BC_CLI_RUN_LONGOPTS,
      {NULL, 0, NULL, 0}};
  struct bc_podcast_opts po = BC_PODCAST_OPTS_INIT;
  struct bc_batch_opts bo = BC_BATCH_OPTS_INIT;
  struct bc_batch_hooks hooks = {.on_event = on_event, .in_child = in_child};
  struct bc_batch_totals t;
  struct bc_cli_pipeline cp;
  struct bc_ingest_opts in;
  struct bc_provider *provider = NULL;
  struct bc_error err = BC_ERROR_INIT;
  struct batch b;
  const char *merge_dir = NULL;
  long jobs = 1, timeout = 0;
  int c, code = BC_EXIT_OK, strict = 0, feed = 0;
  double t0 = now_s();
  bc_status rc;

  memset(&b, 0, sizeof(b));
  b.g = g;
  hooks.ctx = &b;
  bc_cli_pipeline_init(&cp, g);
  bc_cli_run_ingest_init(&in);
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:j:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'o': b.outdir = optarg; break;
    case 'h':
      help();
      bc_cli_pipeline_release(&cp);
      return BC_EXIT_OK;
    case 'j':
    case BC_OPT_JOBS:
      if (bc_cli_parse_long(optarg, 1, BC_MAX_BATCH_JOBS, &jobs))
        code = bc_cli_usage_error(g, "--jobs: expected 1 to %d, not '%s'",
                                  BC_MAX_BATCH_JOBS, optarg);
      break;
    case OPT_DOC_TIMEOUT:
      if (bc_cli_parse_long(optarg, 1, BC_MAX_DOC_TIMEOUT, &timeout))
        code = bc_cli_usage_error(g,
                                  "--doc-timeout: expected 1 to %d "
                                  "seconds, not '%s'",
                                  BC_MAX_DOC_TIMEOUT, optarg);
      break;
    case OPT_FORCE: bo.force = 1; break;
    case OPT_SHARD:
      if (parse_shard(optarg, &bo.shard_k, &bo.shard_n))
        code = bc_cli_usage_error(g,
                                  "--shard: expected K/N with 1 <= K <= N "
                                  "<= %d, not '%s'",
                                  BC_MAX_SHARDS, optarg);
      break;
    case OPT_MERGE: merge_dir = optarg; break;
    case OPT_FEED_URL: po.base_url = optarg; break;
    case OPT_FEED_TITLE: po.title = optarg; break;
    case ':':
    case '?':
      code = bc_cli_option_error(g, "batch", c, argv[optind - 1]);
      break;
    default: code = bc_cli_run_option(g, c, optarg, &cp, &in, &strict);
    }
    if (code) {
      bc_cli_pipeline_release(&cp);
      return code;
    }
  }
  if (merge_dir) {
    bc_cli_pipeline_release(&cp);
    if (argc - optind != 0 || b.outdir || bo.shard_n)
      return bc_cli_usage_error(g, "usage: briefcast batch --merge DIR");
    return merge(g, merge_dir, &po);
  }
  if (argc - optind < 1 || !b.outdir) {
    bc_cli_pipeline_release(&cp);
    return bc_cli_usage_error(g, "usage: briefcast batch INPUT... -o DIR (see "
                                 "briefcast batch --help)");
  }
  if (cp.provider.dry_run) {
    bc_cli_pipeline_release(&cp);
    return bc_cli_usage_error(g, "batch: --dry-run is for `briefcast run`");
  }
  /* Documents at once times speech processes each stays within the CPUs,
   * unless the user chose --speech-jobs. */
  if (cp.pipeline.audio.workers == 0) {
    size_t w = bc_batch_cpus() / (size_t)jobs;
    cp.pipeline.audio.workers = w > 0 ? (int)w : 1;
  }
  code = bc_cli_source_date(g, &cp.pipeline.pdf.created);
  if (!code)
    code = bc_cli_pipeline_provider(&cp, &provider);
  if (code) {
    bc_cli_pipeline_release(&cp);
    return code;
  }

  bo.outdir = b.outdir;
  bo.strict = strict;
  bo.jobs = (size_t)jobs;
  bo.timeout = (double)timeout;
  bo.ingest = &in;
  bo.pipeline = &cp.pipeline;
  bo.provider = provider;
  bo.stop = &stop_signal;
  rc = bc_batch_run(&bo, (const char *const *)argv + optind,
                    (size_t)(argc - optind), &hooks, &t, &err);
  if (g->progress && !g->json)
    fputs("\r\033[K", stderr);
  /* Back to the usual handlers: from here a signal ends the process at
   * once (with the manifest as the last document left it). */
  bc_cli_install_signals();
  if (t.stopped) {
    if (rc && !g->quiet)
      bc_cli_fail(g, &err);
    if (!g->quiet)
      fprintf(stderr,
              "%s: stopped: %zu of %zu documents done; run again to "
              "finish\n",
              g->prog, t.finished + t.skipped - t.failed, t.total);
    fflush(NULL);
    raise(stop_signal);
  }
  if (rc) {
    /* Without --force an unreadable manifest is not replaced: the user is
     * told how to start over rather than losing the record silently. */
    if (rc == BC_ERR_PARSE || rc == BC_ERR_SCHEMA) {
      size_t k = strlen(err.msg);
      snprintf(err.msg + k, sizeof err.msg - k, " (--force starts over)");
    }
    code = bc_cli_fail(g, &err);
    goto out;
  }
  if (t.whole)
    code = write_feed(g, b.outdir, &po, &feed);
  if (g->json)
    printf("{\"summary\":true,\"documents\":%zu,\"done\":%zu,\"failed\":%zu,"
           "\"skipped\":%zu,\"seconds\":%.3f,\"feed\":%s}\n",
           t.total, t.finished - t.failed, t.failed, t.skipped, now_s() - t0,
           feed ? "true" : "false");
  else if (!g->quiet)
    fprintf(stderr,
            "%s: %zu document%s: %zu done, %zu failed, %zu skipped "
            "unchanged (%.1f s)\n",
            g->prog, t.total, t.total == 1 ? "" : "s", t.finished - t.failed,
            t.failed, t.skipped, now_s() - t0);
  if (!code)
    code = b.save_failed ? b.save_failed
           : t.failed    ? BC_EXIT_PARTIAL
                         : BC_EXIT_OK;
out:
  bc_provider_free(provider);
  bc_cli_pipeline_release(&cp);
  return code;
}
