/* cmd_extract.c - `briefcast extract INPUT`: print what ingest made of an
 * input, as clean text or (--json) the document model with metadata, blocks
 * and byte spans.  It is the way to see exactly what later stages read. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/doc.h"
#include "cli.h"
#include "cli_options.h"

static void help(void)
{
  puts("usage: briefcast extract INPUT [--json] [options]\n"
       "\n"
       "Print the document ingested from INPUT (a text, Markdown or HTML\n"
       "file, an RSS/Atom feed or blog export, a list of paths and URLs, an\n"
       "http(s) URL, or - for stdin): its clean text, or with --json the\n"
       "document model (title, author, date, source, url, sha256, text, and\n"
       "blocks with kind, level and byte spans into the text).  A feed, a\n"
       "list or a page of several dated posts prints every entry or post;\n"
       "with --json, as an array.\n"
       "\n"
       "options:\n"
       "  --json               print the document model as JSON\n"
       "  --format FMT         force text|markdown|html|feed|list\n"
       "  --whole-page         a page of several dated posts stays one\n"
       "                       document\n"
       "  --split-posts        one document per post of such a page (the\n"
       "                       default)\n"
       "  --charset CS         the input's charset when it is not UTF-8\n"
       "                       (e.g. windows-1252)\n"
       "  --timeout SECS       total timeout for fetching a URL (default 60)\n"
       "\n"
       "Exit codes: see briefcast --help.");
}

enum { OPT_JSON = 1000 };

static int print_json(const struct bc_doclist *docs, int as_array)
{
  if (as_array && fputs("[\n", stdout) == EOF)
    return -1;
  for (size_t i = 0; i < docs->n; i++) {
    char *json = bc_doc_to_json(docs->docs[i]);
    size_t n;
    if (!json)
      return -2;
    n = strlen(json);
    while (n > 0 && json[n - 1] == '\n')
      n--;
    if (fwrite(json, 1, n, stdout) != n ||
        fputs(as_array && i + 1 < docs->n ? ",\n" : "\n", stdout) == EOF) {
      free(json);
      return -1;
    }
    free(json);
  }
  if (as_array && fputs("]\n", stdout) == EOF)
    return -1;
  return 0;
}

static int print_text(const struct bc_doclist *docs)
{
  for (size_t i = 0; i < docs->n; i++) {
    const struct bc_doc *d = docs->docs[i];
    if (i > 0 && fputs("\n---\n\n", stdout) == EOF)
      return -1;
    if (fwrite(d->text, 1, d->text_len, stdout) != d->text_len ||
        fputc('\n', stdout) == EOF)
      return -1;
  }
  return 0;
}

int bc_cmd_extract(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {
      {"help", no_argument, NULL, 'h'},
      {"json", no_argument, NULL, OPT_JSON},
      BC_CLI_INGEST_LONGOPTS,
      {NULL, 0, NULL, 0}};
  struct bc_ingest_opts in = BC_INGEST_OPTS_INIT;
  struct bc_doclist docs = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  int c, code = BC_EXIT_OK, json = g->json, as_array, prc;

  in.split_posts = 1; /* what run summarizes, post by post */
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (c) {
    case 'h': help(); return BC_EXIT_OK;
    case OPT_JSON: json = 1; break;
    case ':':
    case '?': return bc_cli_option_error(g, "extract", c, argv[optind - 1]);
    default:
      code = bc_cli_ingest_option(g, c, optarg, &in);
      if (code)
        return code;
    }
  }
  if (argc - optind != 1)
    return bc_cli_usage_error(g, "usage: briefcast extract INPUT [--json] "
                                 "(see briefcast extract --help)");
  if (bc_ingest(argv[optind], &in, &docs, &err))
    return bc_cli_fail(g, &err);

  /* A feed or a list prints as an array even with one entry, and so does
   * a page of several posts read whole. */
  as_array = bc_cli_is_feed(&in, &docs) || docs.docs[0]->n_posts > 1;
  prc = json ? print_json(&docs, as_array) : print_text(&docs);
  if (prc == 0 && fflush(stdout) == EOF)
    prc = -1;
  if (prc == -2) {
    bc_error_set(&err, BC_ERR_NOMEM, "cannot print '%s': out of memory",
                 argv[optind]);
    code = bc_cli_fail(g, &err);
  } else if (prc) {
    bc_error_set(&err, BC_ERR_OUTPUT, "cannot write to standard output");
    code = bc_cli_fail(g, &err);
  }
  bc_doclist_release(&docs);
  return code;
}
