/* cmd_video.c - `briefcast video SUMMARY.json -o FILE`: the narrated slide
 * deck as an MP4.  It renders the deck and the narration into a scratch
 * folder beside FILE (or takes them from a run's folder with --from) and
 * hands them to the video renderer; the scratch folder is removed after. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "briefcast/audio.h"
#include "briefcast/limits.h"
#include "briefcast/pdf.h"
#include "briefcast/summary.h"
#include "briefcast/video.h"
#include "cli.h"
#include "cli_options.h"

enum { OPT_REPORT = 1000, OPT_FROM };

/* What the audio and PDF renderers may leave in the scratch folder. */
static const char *const scratch_files[] = {
    "slides.pdf",     "narration.wav",  "narration.mp3",
    "narration.opus", "transcript.vtt", "transcript.srt",
    "chapters.json",  "chapters.vtt",   NULL};

static void help(void)
{
  fputs("usage: briefcast video SUMMARY.json [-o FILE] [options]\n"
        "\n"
        "Render the narrated slide deck as an MP4: each slide on screen for\n"
        "its chapter of the narration, H.264 + AAC with the index at the\n"
        "front (faststart), soft captions (mov_text) from the transcript,\n"
        "chapter marks, and the title, author, date and source as metadata.\n"
        "A chapter no slide is titled after shows a title card.\n"
        "\n"
        "options:\n"
        "  -o, --output FILE      the MP4 to write (default video.mp4)\n"
        "  --report FILE          report.json for the \"what was checked\" "
        "slide\n"
        "  --from DIR             take slides.pdf, narration.wav,\n"
        "                         transcript.vtt and chapters.json from DIR\n"
        "                         (a run's folder) instead of rendering "
        "them\n" BC_CLI_VIDEO_HELP BC_CLI_AUDIO_HELP BC_CLI_PDF_HELP "\n"
        "SOURCE_DATE_EPOCH, when set, is the slides' creation date.\n"
        "Ctrl-C (or SIGTERM, SIGHUP) stops at once and removes the scratch\n"
        "folder and any half-written file; the exit status is then that of\n"
        "the signal (130 in a shell after Ctrl-C).\n"
        "Exit codes: see briefcast --help.\n",
        stdout);
}

int bc_cmd_video(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {"report", required_argument, NULL, OPT_REPORT},
      {"from", required_argument, NULL, OPT_FROM},
      BC_CLI_AUDIO_LONGOPTS,
      BC_CLI_PDF_LONGOPTS,
      BC_CLI_VIDEO_LONGOPTS,
      {NULL, 0, NULL, 0}};
  struct bc_cli_pipeline cp;
  struct bc_video_stats st;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_summary *s = NULL;
  struct bc_report *report = NULL;
  const char *output = "video.mp4", *report_path = NULL, *from = NULL;
  struct bc_cli_progress pc = {g, NULL, 0, 1};
  char *scratch = NULL, *pdf = NULL, *fields = NULL, *note = NULL;
  int c, code = BC_EXIT_OK;

  bc_cli_pipeline_init(&cp, g);
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'o': output = optarg; break;
    case 'h': help(); goto out;
    case OPT_REPORT: report_path = optarg; break;
    case OPT_FROM: from = optarg; break;
    default:
      code = bc_cli_command_option(&cp, "video", c, optarg, argv[optind - 1]);
      if (code)
        goto out;
    }
  }
  if (argc - optind != 1) {
    code = bc_cli_usage_error(g, "usage: briefcast video SUMMARY.json "
                                 "[-o FILE] (see briefcast video --help)");
    goto out;
  }
  if (!strcmp(output, "-")) {
    code = bc_cli_usage_error(g, "video: cannot write an MP4 to standard "
                                 "output (its index is written last); name "
                                 "a file with -o");
    goto out;
  }
  pc.name = argv[optind];
  code = bc_cli_source_date(g, &cp.pipeline.pdf.created);
  if (!code)
    code = bc_cli_read_render_inputs(g, argv[optind], report_path, &s, &report);
  if (code)
    goto out;

  if (!from) {
    struct bc_audio_opts o = cp.pipeline.audio;
    scratch = bc_cli_scratch_new(output, scratch_files);
    if (!scratch) {
      bc_cli_note(g, "cannot make a scratch folder beside '%s': %s", output,
                  strerror(errno));
      code = BC_EXIT_OUTPUT;
      goto out;
    }
    pdf = malloc(strlen(scratch) + 16);
    if (!pdf) {
      code = BC_EXIT_INTERNAL;
      goto out;
    }
    snprintf(pdf, strlen(scratch) + 16, "%s/slides.pdf", scratch);
    o.mp3 = 0;
    o.opus = 0;
    if (s->source.date && *s->source.date)
      o.speech.doc_date = s->source.date;
    o.progress = bc_cli_progress;
    o.progress_ctx = &pc;
    if (bc_pdf_slides(s, report, &cp.pipeline.pdf, pdf, &err) ||
        bc_audio_render(s, &o, scratch, NULL, &err)) {
      bc_cli_progress_end(&pc);
      code = bc_cli_fail(g, &err);
      goto out;
    }
    bc_cli_progress_end(&pc);
  }
  if (bc_video_render(s, from ? from : scratch, &cp.pipeline.video, output, &st,
                      &err)) {
    code = bc_cli_fail(g, &err);
    goto out;
  }
  fields = bc_cli_format(",\"seconds\":%.3f,\"frames\":%zu,\"chapters\":%zu,"
                         "\"slides\":%zu,\"cards\":%zu,\"cues\":%zu,"
                         "\"bytes\":%zu,\"encode_seconds\":%.3f",
                         st.seconds, st.frames, st.chapters, st.slides,
                         st.cards, st.cues, st.bytes, st.encode_seconds);
  note = bc_cli_format("%s: %.1f s, %zu chapters (%zu on a slide, %zu on a "
                       "title card), %zu captions, %.2f MB, encoded in %.1f s",
                       output, st.seconds, st.chapters, st.slides, st.cards,
                       st.cues, st.bytes / 1e6, st.encode_seconds);
  if (!fields) {
    code = BC_EXIT_INTERNAL;
    goto out;
  }
  bc_cli_print_output(g, output, fields, note);
out:
  if (scratch)
    bc_cli_scratch_done();
  free(scratch);
  free(pdf);
  free(fields);
  free(note);
  bc_report_free(report);
  bc_summary_free(s);
  bc_cli_pipeline_release(&cp);
  return code;
}
