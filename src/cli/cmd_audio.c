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

enum {
  OPT_VOICES = 3000,
  OPT_STYLE,
  OPT_MINUTES,
  OPT_LEXICON,
  OPT_MP3,
  OPT_NO_MP3,
  OPT_RATE
};

static void help(void)
{
  fputs("usage: briefcast audio SUMMARY.json -o DIR [options]\n"
        "\n"
        "Narrate a summary: DIR/narration.wav (22.05 kHz mono, -16 LUFS),\n"
        "narration.mp3 (ID3 tags and chapters), transcript.vtt and .srt,\n"
        "chapters.json (Podcasting 2.0) and chapters.vtt.\n"
        "\n"
        "options:\n"
        "  -o, --output DIR       where to write (created if needed)\n"
        "  --voices LIST          flite voice per speaker, in order of first\n"
        "                         appearance: rms, slt, awb, kal16 (default "
        "rms,slt)\n"
        "  --style S              brief (one narrator, ~2 min) or deep-dive\n"
        "                         (two hosts); default: the summary's own "
        "narration\n"
        "  --minutes N            target length for --style (within 15%)\n"
        "  --lexicon FILE         pronunciations: TERM<TAB>SPOKEN per line\n"
        "  --mp3, --no-mp3        write narration.mp3 (default on)\n"
        "  --rate HZ              output sample rate (default 22050)\n",
        stdout);
}

/* Read a file of at most max bytes; sets err like the library would. */
static bc_status slurp(const char *path, char **out, size_t *len,
                       struct bc_error *err)
{
  struct stat st;
  FILE *f;
  char *buf;
  size_t n;
  if (stat(path, &st) != 0)
    return bc_error_set(err, BC_ERR_IO, "cannot read '%s': %s", path,
                        strerror(errno));
  if (S_ISDIR(st.st_mode))
    return bc_error_set(err, BC_ERR_NOTFILE,
                        "cannot read '%s': is a "
                        "directory",
                        path);
  if ((size_t)st.st_size > BC_MAX_JSON_BYTES)
    return bc_error_set(err, BC_ERR_LIMIT,
                        "cannot read '%s': larger than "
                        "%zu bytes",
                        path, (size_t)BC_MAX_JSON_BYTES);
  f = fopen(path, "rb");
  if (!f)
    return bc_error_set(err, BC_ERR_IO, "cannot read '%s': %s", path,
                        strerror(errno));
  buf = malloc((size_t)st.st_size + 1);
  if (!buf) {
    fclose(f);
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  }
  n = fread(buf, 1, (size_t)st.st_size, f);
  fclose(f);
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return BC_OK;
}

int bc_cmd_audio(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {"voices", required_argument, NULL, OPT_VOICES},
      {"style", required_argument, NULL, OPT_STYLE},
      {"minutes", required_argument, NULL, OPT_MINUTES},
      {"lexicon", required_argument, NULL, OPT_LEXICON},
      {"mp3", no_argument, NULL, OPT_MP3},
      {"no-mp3", no_argument, NULL, OPT_NO_MP3},
      {"rate", required_argument, NULL, OPT_RATE},
      {NULL, 0, NULL, 0}};
  struct bc_audio_opts o = BC_AUDIO_OPTS_INIT;
  struct bc_audio_stats st;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_summary *s = NULL;
  const char *outdir = NULL;
  char *json = NULL, *end;
  size_t len = 0;
  int c, code;

  o.mp3 = 1;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'o': outdir = optarg; break;
    case 'h': help(); return BC_EXIT_OK;
    case OPT_VOICES: o.voices = optarg; break;
    case OPT_STYLE: o.style = optarg; break;
    case OPT_MINUTES:
      o.minutes = strtod(optarg, &end);
      if (*end || o.minutes <= 0 || o.minutes > 600)
        return bc_cli_usage_error(g,
                                  "--minutes: expected a number from 0 "
                                  "to 600, not '%s'",
                                  optarg);
      break;
    case OPT_LEXICON: o.speech.lexicon_path = optarg; break;
    case OPT_MP3: o.mp3 = 1; break;
    case OPT_NO_MP3: o.mp3 = 0; break;
    case OPT_RATE:
      o.sample_rate = (int)strtol(optarg, &end, 10);
      if (*end || o.sample_rate < 8000 || o.sample_rate > 192000)
        return bc_cli_usage_error(g,
                                  "--rate: expected 8000 to 192000, not "
                                  "'%s'",
                                  optarg);
      break;
    case ':':
      return bc_cli_usage_error(g, "audio: option '%s' needs a value",
                                argv[optind - 1]);
    default:
      return bc_cli_usage_error(g,
                                "audio: unknown option '%s' (see "
                                "briefcast audio --help)",
                                argv[optind - 1]);
    }
  }
  if (argc - optind != 1 || !outdir)
    return bc_cli_usage_error(g, "usage: briefcast audio SUMMARY.json -o DIR "
                                 "(see briefcast audio --help)");
  if (slurp(argv[optind], &json, &len, &err) ||
      bc_summary_from_json(json, len, argv[optind], &s, &err)) {
    free(json);
    return bc_cli_fail(g, &err);
  }
  free(json);
  if (s->source.date && *s->source.date)
    o.speech.doc_date = s->source.date;
  if (bc_audio_render(s, &o, outdir, &st, &err)) {
    code = bc_cli_fail(g, &err);
    bc_summary_free(s);
    return code;
  }
  if (g->json) {
    printf("{\"seconds\":%.3f,\"requested_seconds\":%.3f,\"words\":%zu,"
           "\"sample_rate\":%d,\"cues\":%zu,\"chapters\":%zu,\"lufs\":%.2f,"
           "\"true_peak_db\":%.2f,\"synth_seconds\":%.3f,"
           "\"total_seconds\":%.3f}\n",
           st.seconds, st.requested_seconds, st.words, st.sample_rate, st.cues,
           st.chapters, st.lufs, st.true_peak_db, st.synth_seconds,
           st.total_seconds);
  } else if (!g->quiet) {
    fprintf(stderr, "%s: %s/narration.wav: %.1f s", g->prog, outdir,
            st.seconds);
    if (st.requested_seconds > 0)
      fprintf(stderr, " (asked %.1f s, %+.0f%%)", st.requested_seconds,
              100 * (st.seconds / st.requested_seconds - 1));
    fprintf(stderr,
            ", %zu words, %zu cues, %zu chapters, %.1f LUFS, "
            "%.1f dBTP, %.0fx real time\n",
            st.words, st.cues, st.chapters, st.lufs, st.true_peak_db,
            st.total_seconds > 0 ? st.seconds / st.total_seconds : 0);
  }
  bc_summary_free(s);
  return BC_EXIT_OK;
}
