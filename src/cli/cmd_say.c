/* cmd_say.c - `briefcast say TEXT`: speaks text into a WAV file, or with
 * --dry-run prints the words flite will speak, so a user can check and fix
 * pronunciations with a --lexicon. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/audio.h"
#include "briefcast/limits.h"
#include "cli.h"
#include "cli_options.h"

enum { OPT_DRY = 3100, OPT_VOICE, OPT_LEXICON, OPT_DATE, OPT_RATE, OPT_JOBS };

static void help(void)
{
  fputs("usage: briefcast say TEXT [-o out.wav] [options]\n"
        "\n"
        "Speak TEXT (\"-\" reads stdin) after speech normalization.\n"
        "\n"
        "options:\n"
        "  -o, --output FILE   WAV file to write (default say.wav)\n"
        "  --dry-run           print the normalized words, do not speak\n"
        "  --voice V           rms (default), slt, awb or kal16\n"
        "  --lexicon FILE      pronunciations: TERM<TAB>SPOKEN per line\n"
        "  --date YYYY-MM-DD   the text's date, to read dates like 06/14\n"
        "  --rate HZ           output sample rate (default 22050)\n"
        "  --speech-jobs N     synthesis processes (default: one per CPU)\n",
        stdout);
}

int bc_cmd_say(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {"dry-run", no_argument, NULL, OPT_DRY},
      {"voice", required_argument, NULL, OPT_VOICE},
      {"voices", required_argument, NULL, OPT_VOICE},
      {"lexicon", required_argument, NULL, OPT_LEXICON},
      {"date", required_argument, NULL, OPT_DATE},
      {"rate", required_argument, NULL, OPT_RATE},
      {"speech-jobs", required_argument, NULL, OPT_JOBS},
      {NULL, 0, NULL, 0}};
  struct bc_audio_opts o = BC_AUDIO_OPTS_INIT;
  struct bc_audio_stats st;
  struct bc_error err = BC_ERROR_INIT;
  const char *out = "say.wav";
  char *text = NULL, *said = NULL;
  int c, dry = 0, code = BC_EXIT_OK;
  long n;

  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'o': out = optarg; break;
    case 'h': help(); return BC_EXIT_OK;
    case OPT_DRY: dry = 1; break;
    case OPT_VOICE: o.voices = optarg; break;
    case OPT_LEXICON: o.speech.lexicon_path = optarg; break;
    case OPT_DATE: o.speech.doc_date = optarg; break;
    case OPT_RATE:
      if (bc_cli_parse_long(optarg, BC_MIN_SAMPLE_RATE, BC_MAX_SAMPLE_RATE, &n))
        return bc_cli_usage_error(g, "--rate: expected %d to %d, not '%s'",
                                  BC_MIN_SAMPLE_RATE, BC_MAX_SAMPLE_RATE,
                                  optarg);
      o.sample_rate = (int)n;
      break;
    case OPT_JOBS:
      if (bc_cli_parse_long(optarg, 1, BC_MAX_SPEECH_WORKERS, &n))
        return bc_cli_usage_error(g,
                                  "--speech-jobs: expected 1 to %d, not '%s'",
                                  BC_MAX_SPEECH_WORKERS, optarg);
      o.workers = (int)n;
      break;
    default: return bc_cli_option_error(g, "say", c, argv[optind - 1]);
    }
  }
  if (argc - optind != 1)
    return bc_cli_usage_error(g, "usage: briefcast say TEXT [-o out.wav] "
                                 "[--dry-run]");
  if (g->json && !dry && strcmp(out, "-") == 0)
    return bc_cli_usage_error(g, "say: --json and -o - both use standard "
                                 "output");
  if (argv[optind][0] == '-' && argv[optind][1] == '\0') {
    size_t len;
    if (bc_cli_read_all("-", BC_MAX_SAY_BYTES, &text, &len, &err))
      return bc_cli_fail(g, &err);
  }
  if (dry) {
    if (bc_speech_normalize(text ? text : argv[optind], &o.speech, &said, &err))
      code = bc_cli_fail(g, &err);
    else
      printf("%s\n", said);
  } else if (bc_audio_say(text ? text : argv[optind], &o, out, &st, &err)) {
    code = bc_cli_fail(g, &err);
  } else if (g->json) {
    printf("{\"output\":");
    bc_cli_json_string(stdout, out);
    printf(",\"seconds\":%.3f,\"words\":%zu,\"sample_rate\":%d}\n", st.seconds,
           st.words, st.sample_rate);
  } else if (!g->quiet) {
    bc_cli_note(g, "%s: %.1f s, %zu words",
                strcmp(out, "-") ? out : "standard output", st.seconds,
                st.words);
  }
  free(said);
  free(text);
  return code;
}
