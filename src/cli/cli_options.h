/* cli_options.h - options shared by the commands that summarize or render
 * (run, summarize, audio, pdf): parsing them, the provider they select, and
 * where its settings come from (command line, environment, config file). */
#ifndef BC_CLI_OPTIONS_H
#define BC_CLI_OPTIONS_H

#include "briefcast/batch.h"
#include "briefcast/doc.h"
#include "briefcast/limits.h"
#include "briefcast/provider.h"
#include "cli.h"

enum {
  BC_OPT_LENGTH = 2000,
  BC_OPT_AUDIENCE,
  BC_OPT_PROMPTS,
  BC_OPT_CONTEXT_TOKENS,
  BC_OPT_JOBS,
  BC_OPT_NO_CACHE,
  BC_OPT_REFRESH,
  BC_OPT_DRY_RUN,
  BC_OPT_TIMEOUT,
  BC_OPT_REPAIR_ROUNDS,
  BC_OPT_VOICES,
  BC_OPT_MP3,
  BC_OPT_NO_MP3,
  BC_OPT_LEXICON,
  BC_OPT_PAPER,
  BC_OPT_THEME,
  BC_OPT_STYLE,
  BC_OPT_MINUTES,
  BC_OPT_RATE,
  BC_OPT_SPEECH_JOBS,
  BC_OPT_OPUS,
  BC_OPT_RETRIES,
  BC_OPT_VIDEO_SIZE,
  BC_OPT_BURN_CAPTIONS
};

/* Options of the commands that read an input and stop there (extract,
 * facts): how to read it. */
enum {
  BC_OPT_IN_FORMAT = 2100,
  BC_OPT_IN_SPLIT,
  BC_OPT_IN_WHOLE,
  BC_OPT_IN_CHARSET,
  BC_OPT_IN_TIMEOUT
};

#define BC_CLI_INGEST_LONGOPTS                                                 \
  {"format", required_argument, NULL, BC_OPT_IN_FORMAT},                       \
      {"split-posts", no_argument, NULL, BC_OPT_IN_SPLIT},                     \
      {"whole-page", no_argument, NULL, BC_OPT_IN_WHOLE},                      \
      {"charset", required_argument, NULL, BC_OPT_IN_CHARSET},                 \
  {                                                                            \
    "timeout", required_argument, NULL, BC_OPT_IN_TIMEOUT                      \
  }

#define BC_CLI_SUMMARIZE_LONGOPTS                                              \
  {"length", required_argument, NULL, BC_OPT_LENGTH},                          \
      {"audience", required_argument, NULL, BC_OPT_AUDIENCE},                  \
      {"prompts", required_argument, NULL, BC_OPT_PROMPTS},                    \
      {"context-tokens", required_argument, NULL, BC_OPT_CONTEXT_TOKENS},      \
      {"jobs", required_argument, NULL, BC_OPT_JOBS},                          \
      {"no-cache", no_argument, NULL, BC_OPT_NO_CACHE},                        \
      {"refresh", no_argument, NULL, BC_OPT_REFRESH},                          \
      {"dry-run", no_argument, NULL, BC_OPT_DRY_RUN},                          \
      {"timeout", required_argument, NULL, BC_OPT_TIMEOUT},                    \
      {"retries", required_argument, NULL, BC_OPT_RETRIES},                    \
  {                                                                            \
    "repair-rounds", required_argument, NULL, BC_OPT_REPAIR_ROUNDS             \
  }

#define BC_CLI_AUDIO_LONGOPTS                                                  \
  {"voices", required_argument, NULL, BC_OPT_VOICES},                          \
      {"mp3", no_argument, NULL, BC_OPT_MP3},                                  \
      {"no-mp3", no_argument, NULL, BC_OPT_NO_MP3},                            \
      {"opus", no_argument, NULL, BC_OPT_OPUS},                                \
      {"lexicon", required_argument, NULL, BC_OPT_LEXICON},                    \
      {"style", required_argument, NULL, BC_OPT_STYLE},                        \
      {"minutes", required_argument, NULL, BC_OPT_MINUTES},                    \
      {"rate", required_argument, NULL, BC_OPT_RATE},                          \
  {                                                                            \
    "speech-jobs", required_argument, NULL, BC_OPT_SPEECH_JOBS                 \
  }

#define BC_CLI_PDF_LONGOPTS                                                    \
  {"paper", required_argument, NULL, BC_OPT_PAPER},                            \
  {                                                                            \
    "theme", required_argument, NULL, BC_OPT_THEME                             \
  }

#define BC_CLI_VIDEO_LONGOPTS                                                  \
  {"video-size", required_argument, NULL, BC_OPT_VIDEO_SIZE},                  \
  {                                                                            \
    "burn-captions", no_argument, NULL, BC_OPT_BURN_CAPTIONS                   \
  }

#define BC_CLI_SUMMARIZE_HELP                                                  \
  "  --length L             short, medium (default) or long\n"                 \
  "  --audience TEXT        who the brief is for (LLM providers)\n"            \
  "  --prompts DIR          prompt templates to use instead of the "           \
  "installed ones\n"                                                           \
  "  --context-tokens N     model context size for chunking long documents\n"  \
  "  --jobs N               concurrent LLM requests (default 4)\n"             \
  "  --no-cache, --refresh  skip the answer cache / ignore cached answers\n"   \
  "  --dry-run              print the LLM plan (chunks, tokens, cost) only\n"  \
  "  --timeout SECS         per-request timeout for LLM providers (default:\n" \
  "                         10 min, longer for a larger answer budget)\n"      \
  "  --retries N            send a request again after a timeout (each is\n"   \
  "                         a new, billed generation; default 0)\n"            \
  "  --repair-rounds N      LLM repair rounds for failed facts (default 1)\n"

#define BC_CLI_AUDIO_HELP                                                      \
  "  --voices LIST          flite voice per speaker, in order of first\n"      \
  "                         appearance: rms, slt, awb, kal16 (default "        \
  "rms,slt)\n"                                                                 \
  "  --style S              brief (one narrator, ~2 min) or deep-dive (two\n"  \
  "                         hosts); default: the summary's own narration\n"    \
  "  --minutes N            target length (within 15% when the summary\n"      \
  "                         holds enough; says so when not); without\n"        \
  "                         --style it speaks the brief style\n"               \
  "  --lexicon FILE         pronunciations: TERM<TAB>SPOKEN per line\n"        \
  "  --mp3, --no-mp3        also write narration.mp3 (default on)\n"           \
  "  --opus                 also write narration.opus (Ogg Opus, 32 kbit/s)\n" \
  "  --rate HZ              output sample rate (default 22050)\n"              \
  "  --speech-jobs N        speech synthesis processes (default: one per\n"    \
  "                         CPU; 1 speaks in the briefcast process)\n"

#define BC_CLI_PDF_HELP                                                        \
  "  --paper P              a4 (default) or letter\n"                          \
  "  --theme T              slides theme: light (default) or dark\n"

/* A cap of limits.h spelled in a help text. */
#define BC_CLI_STR_(x) #x
#define BC_CLI_STR(x) BC_CLI_STR_(x)

/* clang-format off */
#define BC_CLI_VIDEO_HELP                                                      \
  "  --video-size WxH       video frame size (default 1280x720; even, "        \
  BC_CLI_STR(BC_MIN_VIDEO_SIDE) " to\n"                                        \
  "                         " BC_CLI_STR(BC_MAX_VIDEO_SIDE)                    \
  "; other shapes are letterboxed)\n"                                          \
  "  --burn-captions        also draw the captions into the picture, at the\n" \
  "                         bottom (players without caption support show\n"    \
  "                         them too); the soft caption track stays\n"
/* clang-format on */

struct bc_cli_pipeline {
  const struct bc_cli *g;
  struct bc_pipeline_opts pipeline;
  struct bc_provider_config provider;
  char *cache_dir; /* owned */
  int no_cache;
};

void bc_cli_pipeline_init(struct bc_cli_pipeline *cp, const struct bc_cli *g);
void bc_cli_pipeline_release(struct bc_cli_pipeline *cp);

/* Apply one BC_OPT_* option; returns 0 or an exit code after printing. */
int bc_cli_pipeline_option(struct bc_cli_pipeline *cp, int opt,
                           const char *arg);

/* An option the command cmd does not handle itself: getopt_long's ':'
 * (word needs a value) and '?' (word is unknown) are usage errors, any
 * other is a BC_OPT_* option; returns 0 or an exit code after printing. */
int bc_cli_command_option(struct bc_cli_pipeline *cp, const char *cmd, int c,
                          const char *arg, const char *word);

/* Whether the documents read from one input print as a JSON array: a feed
 * or a list is one even when it holds a single entry. */
int bc_cli_is_feed(const struct bc_ingest_opts *in,
                   const struct bc_doclist *docs);

/* Apply one BC_OPT_IN_* option to in; returns 0, or an exit code after
 * printing. */
int bc_cli_ingest_option(const struct bc_cli *g, int opt, const char *arg,
                         struct bc_ingest_opts *in);

/* Read and parse a summary.json ("-" = stdin); returns 0, or an exit code
 * after printing the error. */
int bc_cli_read_summary(const struct bc_cli *g, const char *path,
                        struct bc_summary **out);

struct bc_report;
/* What a renderer reads: the summary at path and, when report_path is not
 * NULL, its validation report (else *report stays NULL).  Returns 0, or
 * an exit code after printing the error. */
int bc_cli_read_render_inputs(const struct bc_cli *g, const char *path,
                              const char *report_path,
                              struct bc_summary **summary,
                              struct bc_report **report);

/* Create the provider chosen by --provider (environment keys and base URLs
 * filled in); returns 0 or an exit code after printing. */
int bc_cli_pipeline_provider(struct bc_cli_pipeline *cp,
                             struct bc_provider **out);

/* Print the usage ledger of an LLM provider to stderr (nothing for local). */
void bc_cli_print_usage(const struct bc_cli *g, const struct bc_provider *p);

/* Print an LLM provider's plan for --dry-run: a readable line, or a JSON
 * object with --json.  name is the input it is for. */
void bc_cli_print_plan(const struct bc_cli *g, const char *provider,
                       const char *name, const struct bc_plan *p);

/* The PDF creation date: SOURCE_DATE_EPOCH (seconds) when set, so output
 * is reproducible, else BC_PDF_NOW.  Returns 0, or BC_EXIT_USAGE after
 * printing when the variable is malformed. */
int bc_cli_source_date(const struct bc_cli *g, long long *created);

/* "text" | "markdown" | "html" | "feed" | "list" -> format; nonzero if
 * unknown. */
int bc_cli_parse_format(const char *s, enum bc_format *out);

/* Parse a whole non-negative number within [lo, hi]; nonzero on error. */
int bc_cli_parse_long(const char *s, long lo, long hi, long *out);

#endif
