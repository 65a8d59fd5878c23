/* cmd_audio.c - `briefcast audio SUMMARY.json -o DIR`: narrates an existing
 * summary (its narration, or a script in a style) into DIR. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "briefcast/audio.h"
#include "briefcast/limits.h"
#include "briefcast/summary.h"
#include "cli.h"
#include "cli_options.h"

static void help(void)
{
  fputs("usage: briefcast audio SUMMARY.json -o DIR [options]\n"
        "\n"
        "Narrate a summary: DIR/narration.wav (22.05 kHz mono, -16 LUFS),\n"
        "narration.mp3 (ID3 tags and chapters), transcript.vtt and .srt,\n"
        "chapters.json (Podcasting 2.0) and chapters.vtt.\n"
        "\n"
        "options:\n"
        "  -o, --output DIR       where to write (created if "
        "needed)\n" BC_CLI_AUDIO_HELP,
        stdout);
}

int bc_cmd_audio(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      BC_CLI_AUDIO_LONGOPTS,
      {NULL, 0, NULL, 0}};
  struct bc_cli_pipeline cp;
  struct bc_audio_opts o;
  struct bc_audio_stats st;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_summary *s = NULL;
  const char *outdir = NULL;
  struct bc_cli_progress pc = {g, NULL, 0, 1};
  bc_status rc;
  int c, code;

  bc_cli_pipeline_init(&cp, g);
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'o': outdir = optarg; break;
    case 'h': help(); return BC_EXIT_OK;
    default:
      code = bc_cli_command_option(&cp, "audio", c, optarg, argv[optind - 1]);
      if (code)
        return code;
    }
  }
  if (argc - optind != 1 || !outdir)
    return bc_cli_usage_error(g, "usage: briefcast audio SUMMARY.json -o DIR "
                                 "(see briefcast audio --help)");
  pc.name = argv[optind];
  code = bc_cli_read_summary(g, argv[optind], &s);
  if (code)
    return code;
  o = cp.pipeline.audio;
  if (s->source.date && *s->source.date)
    o.speech.doc_date = s->source.date;
  o.progress = bc_cli_progress;
  o.progress_ctx = &pc;
  rc = bc_audio_render(s, &o, outdir, &st, &err);
  bc_cli_progress_end(&pc);
  if (rc) {
    code = bc_cli_fail(g, &err);
    bc_summary_free(s);
    return code;
  }
  if (g->json) {
    printf("{\"seconds\":%.3f,\"requested_seconds\":%.3f,\"words\":%zu,"
           "\"sample_rate\":%d,\"cues\":%zu,\"chapters\":%zu,\"lufs\":%.2f,"
           "\"true_peak_db\":%.2f,\"synth_seconds\":%.3f,"
           "\"total_seconds\":%.3f,\"speech_workers\":%zu}\n",
           st.seconds, st.requested_seconds, st.words, st.sample_rate, st.cues,
           st.chapters, st.lufs, st.true_peak_db, st.synth_seconds,
           st.total_seconds, st.workers);
  } else if (!g->quiet) {
    fprintf(stderr, "%s: ", g->prog);
    bc_cli_put_shown(stderr, outdir);
    fprintf(stderr, "/narration.wav: %.1f s", st.seconds);
    if (st.requested_seconds > 0)
      fprintf(stderr, " (asked %.1f s, %+.0f%%)", st.requested_seconds,
              100 * (st.seconds / st.requested_seconds - 1));
    fprintf(stderr,
            ", %zu words, %zu cues, %zu chapters, %.1f LUFS, "
            "%.1f dBTP, %.0fx real time\n",
            st.words, st.cues, st.chapters, st.lufs, st.true_peak_db,
            st.total_seconds > 0 ? st.seconds / st.total_seconds : 0);
  }
  bc_cli_note_opus_chapters(g, &st);
  bc_summary_free(s);
  return BC_EXIT_OK;
}
