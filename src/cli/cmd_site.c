/* cmd_site.c - `briefcast site DIR`: rebuilds DIR/index.html, the archive
 * index of a batch folder, from its manifest and episode folders. */
#include <getopt.h>
#include <stdio.h>

#include "briefcast/site.h"
#include "cli.h"

enum { OPT_TITLE = 3300 };

static void help(void)
{
  fputs("usage: briefcast site DIR [--title TEXT]\n"
        "\n"
        "Write DIR/index.html, a page that lists every episode `briefcast\n"
        "batch` recorded in DIR/manifest.json: title, date, duration, the\n"
        "verdict of the check and its findings, with search and filters by\n"
        "text, year and verdict that run in the page (no server needed), and\n"
        "links to each episode's reader page (brief.html), its MP3 and the\n"
        "feed.  `batch` writes it too; run this after moving or merging\n"
        "folders.\n"
        "\n"
        "options:\n"
        "  --title TEXT   the page's heading (default: the folder's name)\n"
        "\n"
        "exit codes: 0 written, 2 usage, 3 DIR has no manifest.json or cannot\n"
        "be read, 9 malformed manifest, 13 index.html cannot be written.\n",
        stdout);
}

int bc_cmd_site(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {
      {"help", no_argument, NULL, 'h'},
      {"title", required_argument, NULL, OPT_TITLE},
      {NULL, 0, NULL, 0}};
  struct bc_site_opts o = BC_SITE_OPTS_INIT;
  struct bc_error err = BC_ERROR_INIT;
  size_t n = 0;
  int c;

  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (c) {
    case 'h': help(); return BC_EXIT_OK;
    case OPT_TITLE: o.title = optarg; break;
    default: return bc_cli_option_error(g, "site", c, argv[optind - 1]);
    }
  }
  if (argc - optind != 1)
    return bc_cli_usage_error(g, "usage: briefcast site DIR [--title TEXT]");
  if (bc_site_index(argv[optind], &o, &n, &err))
    return bc_cli_fail(g, &err);
  if (g->json)
    printf("{\"episodes\":%zu}\n", n);
  else if (!g->quiet)
    bc_cli_note(g, "%s/index.html: %zu episode%s", argv[optind], n,
                n == 1 ? "" : "s");
  return BC_EXIT_OK;
}
