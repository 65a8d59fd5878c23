/* cli.h - what the subcommands of the briefcast executable share: global
 * options, exit codes, and the mapping from library status to exit code.
 * Only the CLI prints to the terminal, reads the environment or exits. */
#ifndef BC_CLI_H
#define BC_CLI_H

#include <stdio.h>

#include "briefcast/error.h"

/* Documented exit codes (README "Exit codes"); one per kind of failure. */
enum bc_exit {
  BC_EXIT_OK = 0,
  BC_EXIT_INTERNAL = 1,  /* a bug or out of memory */
  BC_EXIT_USAGE = 2,     /* bad command line */
  BC_EXIT_IO = 3,        /* an input cannot be opened or read */
  BC_EXIT_NOTFILE = 4,   /* an input is a directory, not a file */
  BC_EXIT_EMPTY = 5,     /* an input holds no usable text */
  BC_EXIT_BINARY = 6,    /* an input is binary data */
  BC_EXIT_ENCODING = 7,  /* an input is not valid UTF-8 */
  BC_EXIT_TOO_BIG = 8,   /* an input exceeds a size limit */
  BC_EXIT_MALFORMED = 9, /* malformed HTML/feed/JSON, or schema mismatch */
  BC_EXIT_NETWORK = 10,  /* network, TLS, timeout, HTTP error */
  BC_EXIT_PROVIDER = 11, /* the summarizer/LLM failed or refused */
  BC_EXIT_VALIDATE = 12, /* validation failed under --strict */
  BC_EXIT_OUTPUT = 13,   /* an output cannot be written */
  BC_EXIT_RENDER = 14,   /* audio or PDF rendering failed */
  BC_EXIT_PARTIAL = 15   /* batch: some documents failed, others done */
};

/* Options every subcommand accepts (parsed before and after the command). */
struct bc_cli {
  const char *prog;     /* "briefcast" */
  const char *provider; /* --provider, else $BRIEFCAST_PROVIDER, else local */
  const char *model;    /* --model */
  const char *base_url; /* --base-url */
  const char *config;   /* --config FILE */
  int quiet;            /* --quiet: no progress, no notes */
  int json;             /* --json: machine-readable output on stdout */
  int color;            /* stdout is a TTY and NO_COLOR is unset */
  int progress;         /* stderr is a TTY and not --quiet */
  char **config_keys;   /* settings read from the config file */
  char **config_values;
  size_t n_config;
};

/* Exit code for a library status. */
int bc_cli_exit_code(bc_status rc);

/* Print "briefcast: MSG" to stderr (one line) and return the exit code for
 * err->code.  Use as: return bc_cli_fail(g, &err); */
int bc_cli_fail(const struct bc_cli *g, const struct bc_error *err);

/* Write s to f as a terminal may safely show it: control characters
 * (newline, ESC, BEL, DEL and the C1 controls), bidirectional overrides
 * and bytes that are not UTF-8 become visible escapes ("\n", "\x1b",
 * "\u009b"), so text from outside (a file name, a server's message) can
 * neither drive the terminal nor break the one-line error rule. */
void bc_cli_put_shown(FILE *f, const char *s);

/* Print "briefcast: <fmt>" and a newline to stderr, the formatted text
 * shown as by bc_cli_put_shown. */
void bc_cli_note(const struct bc_cli *g, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
struct bc_audio_stats;
/* Warn on stderr when narration.opus names fewer chapters than the audio
 * has (its chapter comments stop at 999); nothing otherwise. */
void bc_cli_note_opus_chapters(const struct bc_cli *g,
                               const struct bc_audio_stats *st);
/* printf into a new string (caller frees); NULL on out-of-memory. */
char *bc_cli_format(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* The same without the "briefcast: " prefix. */
void bc_cli_line(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Print "briefcast: <fmt>" to stderr and return BC_EXIT_USAGE. */
int bc_cli_usage_error(const struct bc_cli *g, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Read all of path ("-" = stdin), at most max bytes, into *out (caller
 * frees) with its length in *len; err names path on failure. */
bc_status bc_cli_read_all(const char *path, size_t max, char **out, size_t *len,
                          struct bc_error *err);

/* The one-line progress display on a terminal: "[3/12] NAME: speaking
 * (37/152)" rewritten in place and erased when a stage says done ==
 * total.  Pass bc_cli_progress as a bc_progress_fn with a struct
 * bc_cli_progress as its context; it prints nothing unless g->progress. */
struct bc_cli_progress {
  const struct bc_cli *g;
  const char *name;    /* the input being worked on */
  size_t index, count; /* which input of how many */
};
void bc_cli_progress(void *ctx, const char *stage, size_t done, size_t total);
/* Erase the display (for work that ends without saying done == total). */
void bc_cli_progress_end(const struct bc_cli_progress *p);

/* The usage error for getopt_long's ':' (arg needs a value) or any other
 * unknown option of command cmd; returns BC_EXIT_USAGE after printing. */
int bc_cli_option_error(const struct bc_cli *g, const char *cmd, int c,
                        const char *arg);

/* Write s as a JSON string literal (quoted, escaped) to f. */
void bc_cli_json_string(FILE *f, const char *s);

/* The value of a setting: the command-line value if given, else the
 * environment variable env (may be NULL), else the config file's key, else
 * fallback.  Borrowed; valid until exit. */
const char *bc_cli_setting(const struct bc_cli *g, const char *cli_value,
                           const char *env, const char *key,
                           const char *fallback);

/* Install SIGINT, SIGTERM and SIGHUP handlers that remove the temporary
 * files of outputs in flight and then let the signal end the process
 * (exit status 128 + signal number in a shell).  Signals ignored on entry
 * stay ignored.  Call once, early, from the main process. */
void bc_cli_install_signals(void);

/* Read --date's value, a reference date YYYY-MM-DD, YYYY-MM or YYYY that
 * stands in for a document without a date: *out = arg and 0, or print a
 * usage error naming the option and return BC_EXIT_USAGE. */
int bc_cli_reference_date(const struct bc_cli *g, const char *arg,
                          const char **out);

/* A new scratch folder beside the file beside (".briefcast-video-XXXXXX"
 * in its folder) that may come to hold the files names (NULL-terminated):
 * a fatal signal removes them and the folder, as bc_cli_scratch_done
 * does.  One at a time.  NULL with errno set on failure; the caller frees
 * the returned path. */
char *bc_cli_scratch_new(const char *beside, const char *const *names);
/* Remove the scratch folder and its files; no-op without one. */
void bc_cli_scratch_done(void);

/* What a command that wrote one file prints: with --json, {"output":FILE
 * and fields (NULL, or ",\"key\":value..." pairs)} on stdout; else, unless
 * --quiet, "briefcast: NOTE" on stderr (note may be NULL: nothing). */
void bc_cli_print_output(const struct bc_cli *g, const char *output,
                         const char *fields, const char *note);

/* Nonzero if arg is "-h" or "--help". */
int bc_cli_is_help(const char *arg);

/* Options that run and batch share, besides the summarize, audio and PDF
 * options of cli_options.h. */
enum {
  BC_OPT_RUN_STRICT = 2200,
  BC_OPT_RUN_ALLOW_FAILED,
  BC_OPT_RUN_NO_AUDIO,
  BC_OPT_RUN_NO_PDF,
  BC_OPT_RUN_NO_SLIDES,
  BC_OPT_RUN_SPLIT,
  BC_OPT_RUN_WHOLE,
  BC_OPT_RUN_FORMAT,
  BC_OPT_RUN_NO_VIDEO,
  BC_OPT_RUN_CHARSET /* the last one: bc_cli_run_option takes the range */
};
/* With -o/--output, --help and the options of cli_options.h: every option
 * of run (batch adds its own). */
#define BC_CLI_RUN_LONGOPTS                                                    \
  {"output", required_argument, NULL, 'o'}, {"help", no_argument, NULL, 'h'},  \
      {"strict", no_argument, NULL, BC_OPT_RUN_STRICT},                        \
      {"allow-failed", no_argument, NULL, BC_OPT_RUN_ALLOW_FAILED},            \
      {"no-audio", no_argument, NULL, BC_OPT_RUN_NO_AUDIO},                    \
      {"no-pdf", no_argument, NULL, BC_OPT_RUN_NO_PDF},                        \
      {"no-slides", no_argument, NULL, BC_OPT_RUN_NO_SLIDES},                  \
      {"no-video", no_argument, NULL, BC_OPT_RUN_NO_VIDEO},                    \
      {"split-posts", no_argument, NULL, BC_OPT_RUN_SPLIT},                    \
      {"whole-page", no_argument, NULL, BC_OPT_RUN_WHOLE},                     \
      {"format", required_argument, NULL, BC_OPT_RUN_FORMAT},                  \
      {"charset", required_argument, NULL, BC_OPT_RUN_CHARSET},                \
      BC_CLI_SUMMARIZE_LONGOPTS, BC_CLI_AUDIO_LONGOPTS, BC_CLI_PDF_LONGOPTS,   \
      BC_CLI_VIDEO_LONGOPTS
#define BC_CLI_RUN_HELP                                                        \
  "  --strict               exit 12 when validation fails\n"                   \
  "  --allow-failed         render facts that failed validation anyway\n"      \
  "  --no-audio, --no-pdf, --no-slides, --no-video   skip those outputs\n"     \
  "                         (the video needs the slides and the audio)\n"      \
  "  --whole-page           a page of several dated posts gives one brief\n"   \
  "                         of the whole page\n"                               \
  "  --split-posts          one brief per post of such a page (the default)\n" \
  "  --format FMT           force text|markdown|html|feed|list\n"              \
  "  --charset CS           the input's charset when not UTF-8\n"

struct bc_cli_pipeline;
struct bc_ingest_opts;
/* Apply one option of run (and batch) to cp, in and *strict: a
 * BC_OPT_RUN_* one here, any other as bc_cli_pipeline_option does; returns
 * 0, or an exit code after printing.  In cmd_run.c. */
int bc_cli_run_option(const struct bc_cli *g, int opt, const char *arg,
                      struct bc_cli_pipeline *cp, struct bc_ingest_opts *in,
                      int *strict);
/* How run and batch read their inputs before any option: a page of
 * several dated posts gives one document per post.  In cmd_run.c. */
void bc_cli_run_ingest_init(struct bc_ingest_opts *in);

/* Subcommands: each parses its own argv (argv[0] is the command name) and
 * returns an exit code.  One file per command: src/cli/cmd_<name>.c. */
int bc_cmd_run(int argc, char **argv, const struct bc_cli *g);
int bc_cmd_extract(int argc, char **argv, const struct bc_cli *g);
int bc_cmd_facts(int argc, char **argv, const struct bc_cli *g);
int bc_cmd_summarize(int argc, char **argv, const struct bc_cli *g);
int bc_cmd_check(int argc, char **argv, const struct bc_cli *g);
int bc_cmd_audio(int argc, char **argv, const struct bc_cli *g);
int bc_cmd_pdf(int argc, char **argv, const struct bc_cli *g);    /* pdf */
int bc_cmd_slides(int argc, char **argv, const struct bc_cli *g); /* slides */
int bc_cmd_say(int argc, char **argv, const struct bc_cli *g);
int bc_cmd_feed(int argc, char **argv, const struct bc_cli *g);
int bc_cmd_site(int argc, char **argv, const struct bc_cli *g);
int bc_cmd_batch(int argc, char **argv, const struct bc_cli *g);
int bc_cmd_video(int argc, char **argv, const struct bc_cli *g);

#endif
