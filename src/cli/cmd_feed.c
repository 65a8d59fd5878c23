/* cmd_feed.c - `briefcast feed DIR`: writes DIR/feed.xml, a podcast RSS
 * feed of the episodes in DIR and its subfolders. */
#include <getopt.h>
#include <stdio.h>

#include "briefcast/podcast.h"
#include "cli.h"

enum { OPT_BASE = 3200, OPT_TITLE, OPT_AUTHOR, OPT_DESC, OPT_LANG, OPT_IMAGE };

static void help(void)
{
  fputs("usage: briefcast feed DIR [options]\n"
        "\n"
        "Write DIR/feed.xml (RSS 2.0 with iTunes tags) for the episodes in\n"
        "DIR and its subfolders: each a summary.json with narration.mp3 or\n"
        "narration.wav, as `briefcast run` and `briefcast audio` write them.\n"
        "\n"
        "options:\n"
        "  --base-url URL      where DIR is published (enclosure URLs)\n"
        "  --title TEXT        podcast title (default: the folder's name)\n"
        "  --author TEXT       itunes:author\n"
        "  --description TEXT  podcast description\n"
        "  --language CODE     default en\n"
        "  --image URL         itunes:image\n",
        stdout);
}

int bc_cmd_feed(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {
      {"help", no_argument, NULL, 'h'},
      {"base-url", required_argument, NULL, OPT_BASE},
      {"title", required_argument, NULL, OPT_TITLE},
      {"author", required_argument, NULL, OPT_AUTHOR},
      {"description", required_argument, NULL, OPT_DESC},
      {"language", required_argument, NULL, OPT_LANG},
      {"image", required_argument, NULL, OPT_IMAGE},
      {NULL, 0, NULL, 0}};
  struct bc_podcast_opts o = BC_PODCAST_OPTS_INIT;
  struct bc_error err = BC_ERROR_INIT;
  size_t n = 0;
  int c;

  if (g->base_url)
    o.base_url = g->base_url; /* the global --base-url lands here too */
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (c) {
    case 'h': help(); return BC_EXIT_OK;
    case OPT_BASE: o.base_url = optarg; break;
    case OPT_TITLE: o.title = optarg; break;
    case OPT_AUTHOR: o.author = optarg; break;
    case OPT_DESC: o.description = optarg; break;
    case OPT_LANG: o.language = optarg; break;
    case OPT_IMAGE: o.image_url = optarg; break;
    default: return bc_cli_option_error(g, "feed", c, argv[optind - 1]);
    }
  }
  if (argc - optind != 1)
    return bc_cli_usage_error(g, "usage: briefcast feed DIR [--base-url URL]");
  if (bc_podcast_feed(argv[optind], &o, &n, &err))
    return bc_cli_fail(g, &err);
  if (g->json)
    printf("{\"items\":%zu}\n", n);
  else if (!g->quiet)
    bc_cli_note(g, "%s/feed.xml: %zu episode%s", argv[optind], n,
                n == 1 ? "" : "s");
  return BC_EXIT_OK;
}
