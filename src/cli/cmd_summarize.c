/* cmd_summarize.c - `briefcast summarize INPUT [-o FILE]`: ingest, analyze
 * and summarize one document and write summary.json (to stdout without -o).
 * It does not validate or render; `run` does the whole pipeline. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/doc.h"
#include "briefcast/facts.h"
#include "briefcast/provider.h"
#include "briefcast/summary.h"
#include "cli.h"
#include "cli_options.h"

static void help(void)
{
  puts("usage: briefcast summarize INPUT [-o FILE] [options]\n"
       "\n"
       "Summarize one document (a text/Markdown/HTML file, an http(s) URL,\n"
       "or - for stdin) and write its summary.json (schema\n"
       "briefcast.summary/1): title, tl;dr, key points with evidence spans,\n"
       "sections, timeline, glossary, quotes, slides and narration.  The\n"
       "default provider, local, is extractive and works offline.  Nothing\n"
       "is checked here: use `briefcast check` or `briefcast run`.\n"
       "\n"
       "options:\n"
       "  -o, --output FILE      write there (atomically) instead of stdout\n"
       "  --format FMT           force "
       "text|markdown|html\n" BC_CLI_SUMMARIZE_HELP "\n"
       "Exit codes: see briefcast --help.");
}

enum { OPT_FORMAT = 1000 };

int bc_cmd_summarize(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {"format", required_argument, NULL, OPT_FORMAT},
      BC_CLI_SUMMARIZE_LONGOPTS,
      {NULL, 0, NULL, 0}};
  struct bc_cli_pipeline cp;
  struct bc_ingest_opts in = BC_INGEST_OPTS_INIT;
  struct bc_doclist docs = BC_DOCLIST_INIT;
  struct bc_facts *facts = NULL;
  struct bc_provider *provider = NULL;
  struct bc_summary *summary = NULL;
  struct bc_error err = BC_ERROR_INIT;
  const char *output = NULL, *input;
  char *json = NULL;
  int c, code = BC_EXIT_OK;

  bc_cli_pipeline_init(&cp, g);
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'o': output = optarg; break;
    case 'h': help(); goto out;
    case OPT_FORMAT:
      if (bc_cli_parse_format(optarg, &in.format)) {
        code = bc_cli_usage_error(g,
                                  "--format: expected text, markdown or "
                                  "html, not '%s'",
                                  optarg);
        goto out;
      }
      break;
    default:
      code =
          bc_cli_command_option(&cp, "summarize", c, optarg, argv[optind - 1]);
      if (code)
        goto out;
    }
  }
  if (argc - optind != 1) {
    code = bc_cli_usage_error(g, "usage: briefcast summarize INPUT [-o FILE] "
                                 "(see briefcast summarize --help)");
    goto out;
  }
  input = argv[optind];

  if (bc_ingest(input, &in, &docs, &err)) {
    code = bc_cli_fail(g, &err);
    goto out;
  }
  if (docs.n != 1) {
    code = bc_cli_usage_error(g,
                              "'%s' holds %zu documents; summarize takes one "
                              "(use briefcast run or batch)",
                              input, docs.n);
    goto out;
  }
  if (bc_facts_analyze(docs.docs[0], &facts, &err)) {
    code = bc_cli_fail(g, &err);
    goto out;
  }
  code = bc_cli_pipeline_provider(&cp, &provider);
  if (code)
    goto out;
  if (cp.provider.dry_run) {
    struct bc_plan plan;
    if (bc_provider_plan(provider, docs.docs[0], facts, &cp.pipeline.summarize,
                         &plan, &err)) {
      code = bc_cli_fail(g, &err);
      goto out;
    }
    bc_cli_print_plan(g, bc_provider_name(provider), input, &plan);
    goto out;
  }
  if (bc_provider_summarize(provider, docs.docs[0], facts,
                            &cp.pipeline.summarize, &summary, &err)) {
    code = bc_cli_fail(g, &err);
    goto out;
  }
  if (output) {
    if (bc_summary_write(summary, output, &err)) {
      code = bc_cli_fail(g, &err);
      goto out;
    }
    if (!g->quiet && !g->json)
      bc_cli_line("%s -> %s: %zu key points, %zu sections, %zu timeline "
                  "entries",
                  input, output, summary->n_key_points, summary->n_sections,
                  summary->n_timeline);
  } else {
    json = bc_summary_to_json(summary);
    if (!json) {
      bc_error_set(&err, BC_ERR_NOMEM,
                   "cannot print the summary: out of "
                   "memory");
      code = bc_cli_fail(g, &err);
      goto out;
    }
    if (fputs(json, stdout) == EOF || fflush(stdout) == EOF) {
      bc_error_set(&err, BC_ERR_OUTPUT, "cannot write to standard output");
      code = bc_cli_fail(g, &err);
      goto out;
    }
  }
  bc_cli_print_usage(g, provider);
out:
  free(json);
  bc_summary_free(summary);
  bc_provider_free(provider);
  bc_facts_free(facts);
  bc_doclist_release(&docs);
  bc_cli_pipeline_release(&cp);
  return code;
}
