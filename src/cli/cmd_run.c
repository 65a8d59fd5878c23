/* cmd_run.c - `briefcast run INPUT... -o DIR`: every input (a file, URL,
 * feed or "-") through the whole pipeline.  A feed, several inputs or a
 * page of several posts give one folder per document; one failed document
 * never stops the others. */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "briefcast/batch.h"
#include "briefcast/doc.h"
#include "briefcast/facts.h"
#include "cli.h"
#include "cli_options.h"

static void help(void)
{
  puts("usage: briefcast run INPUT... -o DIR [options]\n"
       "\n"
       "Summarize each INPUT (a text/Markdown/HTML file, an http(s) URL, a\n"
       "feed, or - for stdin), check every fact against the source, and\n"
       "write into DIR: summary.json, report.json, brief.md, brief.html,\n"
       "brief.pdf, slides.pdf, narration.wav, transcript.vtt and video.mp4\n"
       "(the deck in sync with the narration, captions, chapters).  A feed,\n"
       "several inputs, or a page that holds several dated posts (a blog's\n"
       "front, archive or label page) give one sub-folder per document or\n"
       "post, named from its date and title.\n"
       "\n"
       "options:\n"
       "  -o, --output DIR       output folder (created if "
       "missing)\n" BC_CLI_RUN_HELP BC_CLI_SUMMARIZE_HELP BC_CLI_AUDIO_HELP
           BC_CLI_PDF_HELP BC_CLI_VIDEO_HELP "\n"
       "Exit codes: see briefcast --help.");
}

int bc_cli_run_option(const struct bc_cli *g, int opt, const char *arg,
                      struct bc_cli_pipeline *cp, struct bc_ingest_opts *in,
                      int *strict)
{
  if (opt < BC_OPT_RUN_STRICT || opt > BC_OPT_RUN_CHARSET)
    return bc_cli_pipeline_option(cp, opt, arg);
  switch (opt) {
  case BC_OPT_RUN_STRICT: *strict = 1; break;
  case BC_OPT_RUN_ALLOW_FAILED: cp->pipeline.allow_failed = 1; break;
  case BC_OPT_RUN_NO_AUDIO:
    cp->pipeline.outputs &= ~(unsigned)BC_OUT_AUDIO;
    break;
  case BC_OPT_RUN_NO_PDF: cp->pipeline.outputs &= ~(unsigned)BC_OUT_PDF; break;
  case BC_OPT_RUN_NO_SLIDES:
    cp->pipeline.outputs &= ~(unsigned)BC_OUT_SLIDES;
    break;
  case BC_OPT_RUN_NO_VIDEO:
    cp->pipeline.outputs &= ~(unsigned)BC_OUT_VIDEO;
    break;
  case BC_OPT_RUN_SPLIT: in->split_posts = 1; break;
  case BC_OPT_RUN_WHOLE: in->split_posts = 0; break;
  case BC_OPT_RUN_CHARSET: in->charset = arg; break;
  case BC_OPT_RUN_FORMAT:
    if (bc_cli_parse_format(arg, &in->format))
      return bc_cli_usage_error(g,
                                "--format: expected text, markdown, "
                                "html, feed or list, not '%s'",
                                arg);
    break;
  }
  return 0;
}

void bc_cli_run_ingest_init(struct bc_ingest_opts *in)
{
  static const struct bc_ingest_opts defaults = BC_INGEST_OPTS_INIT;
  *in = defaults;
  in->split_posts = 1;
}

/* Say which inputs were pages of several posts and became one brief per
 * post, once per input. */
static void note_posts(const struct bc_cli *g, const struct bc_batch_list *l,
                       const char *outdir)
{
  for (size_t i = 0; i < l->n; i++) {
    const struct bc_doc *d = l->items[i].doc;
    if (g->quiet || !d || d->post != 1 || d->n_posts < 2)
      continue;
    bc_cli_note(g,
                "'%s' holds %zu dated posts: one brief per post, each in a "
                "folder of %s named by its date and title (--whole-page for "
                "one brief of the page)",
                l->items[i].input, d->n_posts, outdir);
  }
}

/* When the narration misses --minutes by more than 15%, say by how much
 * and why: the summary held no more to say (the source bounds it), or the
 * speech ran long. */
static void note_length(const struct bc_cli *g, const char *input,
                        const struct bc_doc *doc,
                        const struct bc_audio_stats *a)
{
  double want = a->requested_seconds, got = a->seconds;
  size_t words = 0;
  int in = 0;
  if (g->quiet || want <= 0 || fabs(got / want - 1) <= 0.15)
    return;
  for (const char *p = doc->text; p && *p; p++) {
    int sp = *p == ' ' || *p == '\n' || *p == '\t';
    words += !sp && !in;
    in = !sp;
  }
  if (got < want && a->words >= a->available_words)
    bc_cli_note(g,
                "%s: asked %.1f min, got %.1f min (%+.0f%%): the summary "
                "of its %zu words holds %zu to speak and all of them are "
                "spoken; nothing is repeated or invented to fill time",
                input, want / 60, got / 60, 100 * (got / want - 1), words,
                a->available_words);
  else
    bc_cli_note(g, "%s: asked %.1f min, got %.1f min (%+.0f%%)", input,
                want / 60, got / 60, 100 * (got / want - 1));
}

static void print_result(const struct bc_cli *g, const char *input,
                         const char *outdir, const struct bc_doc *doc,
                         const struct bc_pipeline_result *r, double secs)
{
  if (g->json) {
    fputs("{\"input\":", stdout);
    bc_cli_json_string(stdout, input);
    fputs(",\"title\":", stdout);
    bc_cli_json_string(stdout, doc->title);
    fputs(",\"outdir\":", stdout);
    bc_cli_json_string(stdout, outdir);
    printf(",\"verdict\":\"%s\",\"errors\":%zu,\"warnings\":%zu,"
           "\"repaired\":%zu,\"withheld\":%zu,\"audio_seconds\":%.3f,"
           "\"seconds\":%.3f}\n",
           bc_verdict_name(r->verdict), r->errors, r->warnings, r->repaired,
           r->withheld, r->audio.seconds, secs);
  } else if (!g->quiet) {
    bc_cli_put_shown(stderr, input);
    fputs(" -> ", stderr);
    bc_cli_put_shown(stderr, outdir);
    fprintf(stderr, ": %s, %zu error%s, %zu warning%s",
            bc_verdict_name(r->verdict), r->errors, r->errors == 1 ? "" : "s",
            r->warnings, r->warnings == 1 ? "" : "s");
    if (r->repaired)
      fprintf(stderr, ", %zu repaired", r->repaired);
    if (r->withheld)
      fprintf(stderr, ", %zu unverified item%s withheld from PDF and audio",
              r->withheld, r->withheld == 1 ? "" : "s");
    fprintf(stderr, " (%.2f s)\n", secs);
  }
}

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int bc_cmd_run(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {BC_CLI_RUN_LONGOPTS,
                                           {NULL, 0, NULL, 0}};
  struct bc_cli_pipeline cp;
  struct bc_ingest_opts in;
  struct bc_provider *provider = NULL;
  struct bc_error err = BC_ERROR_INIT;
  const char *outdir = NULL;
  struct bc_batch_list list = BC_BATCH_LIST_INIT;
  int strict = 0, c, code = BC_EXIT_OK, ninputs;
  bc_status rc;

  bc_cli_pipeline_init(&cp, g);
  bc_cli_run_ingest_init(&in);
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'o': outdir = optarg; break;
    case 'h':
      help();
      bc_cli_pipeline_release(&cp);
      return BC_EXIT_OK;
    case ':':
    case '?':
      bc_cli_pipeline_release(&cp);
      return bc_cli_option_error(g, "run", c, argv[optind - 1]);
    default:
      code = bc_cli_run_option(g, c, optarg, &cp, &in, &strict);
      if (code) {
        bc_cli_pipeline_release(&cp);
        return code;
      }
    }
  }
  ninputs = argc - optind;
  if (ninputs < 1 || !outdir) {
    bc_cli_pipeline_release(&cp);
    return bc_cli_usage_error(g, "usage: briefcast run INPUT... -o DIR (see "
                                 "briefcast run --help)");
  }
  code = bc_cli_source_date(g, &cp.pipeline.pdf.created);
  if (code) {
    bc_cli_pipeline_release(&cp);
    return code;
  }
  code = bc_cli_pipeline_provider(&cp, &provider);
  if (code) {
    bc_cli_pipeline_release(&cp);
    return code;
  }

  rc = bc_batch_expand((const char *const *)argv + optind, (size_t)ninputs, &in,
                       0, NULL, &list, &err);
  if (rc) {
    bc_provider_free(provider);
    bc_cli_pipeline_release(&cp);
    return bc_cli_fail(g, &err);
  }
  note_posts(g, &list, outdir);
  for (size_t i = 0; i < list.n; i++) {
    const struct bc_batch_item *it = &list.items[i];
    struct bc_pipeline_result result;
    struct bc_cli_progress pc = {g, it->input, i, list.n};
    char *dir = NULL;
    double t0 = now_s();
    if (!it->doc) {
      int ec = bc_cli_fail(g, &it->error);
      if (code == BC_EXIT_OK)
        code = ec;
      continue;
    }
    /* One input holding one document writes straight into DIR; anything
     * more gets a folder per document so outputs never collide. */
    if (ninputs == 1 && list.n == 1) {
      dir = strdup(outdir);
    } else if (!cp.provider.dry_run &&
               bc_batch_folder(outdir, it->folder, &dir, &err)) {
      int ec = bc_cli_fail(g, &err);
      if (code == BC_EXIT_OK)
        code = ec;
      continue;
    } else if (cp.provider.dry_run) {
      dir = strdup(it->folder);
    }
    if (!dir) {
      bc_batch_list_release(&list);
      bc_provider_free(provider);
      bc_cli_pipeline_release(&cp);
      fputs("briefcast: out of memory\n", stderr);
      return BC_EXIT_INTERNAL;
    }
    if (cp.provider.dry_run) {
      /* Plan only: what the provider would send; nothing is written. */
      struct bc_facts *facts = NULL;
      struct bc_plan plan;
      rc = bc_facts_analyze(it->doc, &facts, &err);
      if (!rc)
        rc = bc_provider_plan(provider, it->doc, facts, &cp.pipeline.summarize,
                              &plan, &err);
      bc_facts_free(facts);
      if (rc) {
        int ec = bc_cli_fail(g, &err);
        if (code == BC_EXIT_OK)
          code = ec;
      } else {
        bc_cli_print_plan(g, bc_provider_name(provider), it->input, &plan);
      }
      free(dir);
      continue;
    }
    cp.pipeline.progress = bc_cli_progress;
    cp.pipeline.progress_ctx = &pc;
    rc = bc_pipeline_run(it->doc, provider, &cp.pipeline, dir, &result, &err);
    if (rc) {
      int ec = bc_cli_fail(g, &err);
      if (code == BC_EXIT_OK)
        code = ec;
    } else {
      print_result(g, it->input, dir, it->doc, &result, now_s() - t0);
      note_length(g, it->input, it->doc, &result.audio);
      bc_cli_note_opus_chapters(g, &result.audio);
      if (strict && result.verdict == BC_VERDICT_FAIL && code == BC_EXIT_OK)
        code = BC_EXIT_VALIDATE;
    }
    free(dir);
  }
  if (g->progress && !g->quiet)
    bc_cli_print_usage(g, provider);
  bc_batch_list_release(&list);
  bc_provider_free(provider);
  bc_cli_pipeline_release(&cp);
  return code;
}
