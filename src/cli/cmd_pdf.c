/* cmd_pdf.c - `briefcast pdf SUMMARY.json` (the one-page brief) and
 * `briefcast slides SUMMARY.json` (the 16:9 deck): read a summary and,
 * optionally, its validation report, and render one PDF.  Reading the
 * environment (SOURCE_DATE_EPOCH) happens here, not in the library. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "briefcast/pdf.h"
#include "briefcast/summary.h"
#include "briefcast/validate.h"
#include "cli.h"
#include "cli_options.h"

enum {
  OPT_REPORT = 1000,
  OPT_PAPER,
  OPT_THEME,
  OPT_FONT,
  OPT_BOLD_FONT,
  OPT_FALLBACK_FONT
};

static void help(int slides)
{
  if (slides)
    puts("usage: briefcast slides SUMMARY.json [-o FILE] [options]\n"
         "\n"
         "Render the slide deck (16:9, 960x540 pt) from a summary.json: a\n"
         "title slide, key points and sections at most six bullets a slide,\n"
         "the timeline, the glossary, the quotes and, when the check found\n"
         "something (or no --report is given), a closing \"what was checked\"\n"
         "slide; numbered and bookmarked.");
  else
    puts("usage: briefcast pdf SUMMARY.json [-o FILE] [options]\n"
         "\n"
         "Render the one-page brief from a summary.json: title, source,\n"
         "tl;dr, key points, timeline, glossary, quotes and a \"checked\n"
         "against the source\" panel.  It always fits one page: text shrinks\n"
         "to 8 pt at the smallest, then the lowest-priority items are left\n"
         "out and the page says how many.");
  printf("\n"
         "options:\n"
         "  -o, --output FILE      the PDF to write (default %s)\n"
         "  --report FILE          report.json to show what was checked\n"
         "  --paper P              a4 (default) or letter\n"
         "  --theme T              light (default) or dark (slides)\n"
         "  --font FILE            TrueType font (default DejaVuSans)\n"
         "  --bold-font FILE       embed a bold face too (default: drawn)\n"
         "  --fallback-font FILE   for characters the font lacks (default:\n"
         "                         DejaVuSans after --font, else Droid Sans\n"
         "                         Fallback for Chinese, Japanese, Korean;\n"
         "                         \"\" for none: U+FFFD shows)\n"
         "\n"
         "SOURCE_DATE_EPOCH, when set, is the creation date, so the same\n"
         "summary gives the same bytes.\n"
         "Exit codes: see briefcast --help.\n",
         slides ? "slides.pdf" : "brief.pdf");
}

static int render(int argc, char **argv, const struct bc_cli *g, int slides)
{
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {"report", required_argument, NULL, OPT_REPORT},
      {"paper", required_argument, NULL, OPT_PAPER},
      {"theme", required_argument, NULL, OPT_THEME},
      {"font", required_argument, NULL, OPT_FONT},
      {"bold-font", required_argument, NULL, OPT_BOLD_FONT},
      {"fallback-font", required_argument, NULL, OPT_FALLBACK_FONT},
      {NULL, 0, NULL, 0}};
  const char *cmd = slides ? "slides" : "pdf";
  const char *output = slides ? "slides.pdf" : "brief.pdf";
  const char *report_path = NULL, *input;
  struct bc_pdf_opts opts = BC_PDF_OPTS_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_summary *summary = NULL;
  struct bc_report *report = NULL;
  char *note = NULL;
  int c, code = BC_EXIT_OK;

  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'o': output = optarg; break;
    case 'h': help(slides); goto out;
    case OPT_REPORT: report_path = optarg; break;
    case OPT_FONT: opts.font_path = optarg; break;
    case OPT_BOLD_FONT: opts.bold_font_path = optarg; break;
    case OPT_FALLBACK_FONT: opts.fallback_font_path = optarg; break;
    case OPT_PAPER:
      if (!strcmp(optarg, "a4") || !strcmp(optarg, "A4"))
        opts.paper = BC_PAPER_A4;
      else if (!strcmp(optarg, "letter"))
        opts.paper = BC_PAPER_LETTER;
      else {
        code = bc_cli_usage_error(g,
                                  "--paper: expected a4 or letter, not "
                                  "'%s'",
                                  optarg);
        goto out;
      }
      break;
    case OPT_THEME:
      if (!strcmp(optarg, "light"))
        opts.theme = BC_THEME_LIGHT;
      else if (!strcmp(optarg, "dark"))
        opts.theme = BC_THEME_DARK;
      else {
        code = bc_cli_usage_error(g,
                                  "--theme: expected light or dark, not "
                                  "'%s'",
                                  optarg);
        goto out;
      }
      break;
    default: code = bc_cli_option_error(g, cmd, c, argv[optind - 1]); goto out;
    }
  }
  if (argc - optind != 1) {
    code = bc_cli_usage_error(g,
                              "usage: briefcast %s SUMMARY.json [-o FILE] "
                              "(see briefcast %s --help)",
                              cmd, cmd);
    goto out;
  }
  input = argv[optind];
  code = bc_cli_source_date(g, &opts.created);
  if (code)
    goto out;

  code = bc_cli_read_render_inputs(g, input, report_path, &summary, &report);
  if (code)
    goto out;
  if ((slides ? bc_pdf_slides : bc_pdf_brief)(summary, report, &opts, output,
                                              &err)) {
    code = bc_cli_fail(g, &err);
    goto out;
  }
  note = bc_cli_format(
      "wrote %s", strcmp(output, "-") ? output : "the PDF to standard output");
  bc_cli_print_output(g, output, NULL, note);
out:
  free(note);
  bc_summary_free(summary);
  bc_report_free(report);
  return code;
}

int bc_cmd_pdf(int argc, char **argv, const struct bc_cli *g)
{
  return render(argc, argv, g, 0);
}

int bc_cmd_slides(int argc, char **argv, const struct bc_cli *g)
{
  return render(argc, argv, g, 1);
}
