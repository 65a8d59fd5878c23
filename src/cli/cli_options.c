/* cli_options.c - the options shared by the summarizing and rendering
 * commands, and the one place the CLI turns environment variables (API
 * keys, base URLs, cache location) into a provider configuration. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "briefcast/pdf.h"
#include "cli_options.h"

void bc_cli_pipeline_init(struct bc_cli_pipeline *cp, const struct bc_cli *g)
{
  static const struct bc_pipeline_opts popts = BC_PIPELINE_OPTS_INIT;
  static const struct bc_provider_config pcfg = BC_PROVIDER_CONFIG_INIT;
  memset(cp, 0, sizeof(*cp));
  cp->g = g;
  cp->pipeline = popts;
  cp->provider = pcfg;
  cp->pipeline.audio.mp3 = 1;
}

void bc_cli_pipeline_release(struct bc_cli_pipeline *cp)
{
  free(cp->cache_dir);
  cp->cache_dir = NULL;
}

int bc_cli_parse_long(const char *s, long lo, long hi, long *out)
{
  char *end;
  long v;
  errno = 0;
  v = strtol(s, &end, 10);
  if (errno || end == s || *end != '\0' || v < lo || v > hi)
    return 1;
  *out = v;
  return 0;
}

int bc_cli_parse_format(const char *s, enum bc_format *out)
{
  static const struct {
    const char *name;
    enum bc_format f;
  } formats[] = {{"text", BC_FORMAT_TEXT},   {"markdown", BC_FORMAT_MARKDOWN},
                 {"md", BC_FORMAT_MARKDOWN}, {"html", BC_FORMAT_HTML},
                 {"feed", BC_FORMAT_FEED},   {"list", BC_FORMAT_LIST}};
  for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
    if (strcmp(s, formats[i].name) == 0) {
      *out = formats[i].f;
      return 0;
    }
  return 1;
}

int bc_cli_pipeline_option(struct bc_cli_pipeline *cp, int opt, const char *arg)
{
  const struct bc_cli *g = cp->g;
  long n;
  switch (opt) {
  case BC_OPT_LENGTH:
    if (strcmp(arg, "short") == 0)
      cp->pipeline.summarize.length = BC_LENGTH_SHORT;
    else if (strcmp(arg, "medium") == 0)
      cp->pipeline.summarize.length = BC_LENGTH_MEDIUM;
    else if (strcmp(arg, "long") == 0)
      cp->pipeline.summarize.length = BC_LENGTH_LONG;
    else
      return bc_cli_usage_error(g,
                                "--length: expected short, medium or "
                                "long, not '%s'",
                                arg);
    return 0;
  case BC_OPT_AUDIENCE: cp->pipeline.summarize.audience = arg; return 0;
  case BC_OPT_PROMPTS: {
    /* Named and missing is a mistake, whatever the provider: a silently
     * ignored folder would mean prompts the user never wrote. */
    struct stat st;
    if (stat(arg, &st) != 0) {
      bc_cli_note(g, "cannot read prompts folder '%s': %s", arg,
                  strerror(errno));
      return BC_EXIT_IO;
    }
    if (!S_ISDIR(st.st_mode)) {
      bc_cli_note(g, "cannot read prompts folder '%s': not a directory", arg);
      return BC_EXIT_NOTFILE;
    }
    cp->provider.prompts_dir = arg;
    return 0;
  }
  case BC_OPT_CONTEXT_TOKENS:
    if (bc_cli_parse_long(arg, BC_MIN_CONTEXT_TOKENS, BC_MAX_CONTEXT_TOKENS,
                          &n))
      return bc_cli_usage_error(g,
                                "--context-tokens: expected a number from "
                                "%d to %d, not '%s'",
                                BC_MIN_CONTEXT_TOKENS, BC_MAX_CONTEXT_TOKENS,
                                arg);
    cp->provider.context_tokens = (size_t)n;
    return 0;
  case BC_OPT_JOBS:
    if (bc_cli_parse_long(arg, 1, BC_MAX_LLM_JOBS, &n))
      return bc_cli_usage_error(g, "--jobs: expected 1 to %d, not '%s'",
                                BC_MAX_LLM_JOBS, arg);
    cp->provider.jobs = (int)n;
    return 0;
  case BC_OPT_NO_CACHE: cp->no_cache = 1; return 0;
  case BC_OPT_REFRESH: cp->provider.refresh = 1; return 0;
  case BC_OPT_DRY_RUN: cp->provider.dry_run = 1; return 0;
  case BC_OPT_TIMEOUT:
    if (bc_cli_parse_long(arg, 1, BC_MAX_LLM_TIMEOUT, &n))
      return bc_cli_usage_error(g,
                                "--timeout: expected 1 to %d seconds, "
                                "not '%s'",
                                BC_MAX_LLM_TIMEOUT, arg);
    cp->provider.timeout_ms = n * 1000;
    return 0;
  case BC_OPT_RETRIES:
    if (bc_cli_parse_long(arg, 0, BC_MAX_LLM_RETRIES, &n))
      return bc_cli_usage_error(g, "--retries: expected 0 to %d, not '%s'",
                                BC_MAX_LLM_RETRIES, arg);
    cp->provider.retries = (int)n;
    return 0;
  case BC_OPT_REPAIR_ROUNDS:
    if (bc_cli_parse_long(arg, 0, BC_MAX_REPAIR_ROUNDS, &n))
      return bc_cli_usage_error(g,
                                "--repair-rounds: expected 0 to %d, not '%s'",
                                BC_MAX_REPAIR_ROUNDS, arg);
    cp->pipeline.repair_rounds = (int)n;
    return 0;
  case BC_OPT_VOICES: cp->pipeline.audio.voices = arg; return 0;
  case BC_OPT_MP3: cp->pipeline.audio.mp3 = 1; return 0;
  case BC_OPT_NO_MP3: cp->pipeline.audio.mp3 = 0; return 0;
  case BC_OPT_OPUS: cp->pipeline.audio.opus = 1; return 0;
  case BC_OPT_LEXICON: cp->pipeline.audio.speech.lexicon_path = arg; return 0;
  case BC_OPT_STYLE:
    if (strcmp(arg, "brief") != 0 && strcmp(arg, "deep-dive") != 0)
      return bc_cli_usage_error(g,
                                "--style: expected brief or deep-dive, "
                                "not '%s'",
                                arg);
    cp->pipeline.audio.style = arg;
    return 0;
  case BC_OPT_MINUTES: {
    char *end;
    double m = strtod(arg, &end);
    if (end == arg || *end || !(m > 0 && m <= BC_MAX_MINUTES))
      return bc_cli_usage_error(g,
                                "--minutes: expected a number above 0 "
                                "and up to %d, not '%s'",
                                BC_MAX_MINUTES, arg);
    cp->pipeline.audio.minutes = m;
    cp->pipeline.summarize.minutes = m;
    return 0;
  }
  case BC_OPT_RATE:
    if (bc_cli_parse_long(arg, BC_MIN_SAMPLE_RATE, BC_MAX_SAMPLE_RATE, &n))
      return bc_cli_usage_error(g, "--rate: expected %d to %d, not '%s'",
                                BC_MIN_SAMPLE_RATE, BC_MAX_SAMPLE_RATE, arg);
    cp->pipeline.audio.sample_rate = (int)n;
    return 0;
  case BC_OPT_SPEECH_JOBS:
    if (bc_cli_parse_long(arg, 1, BC_MAX_SPEECH_WORKERS, &n))
      return bc_cli_usage_error(g, "--speech-jobs: expected 1 to %d, not '%s'",
                                BC_MAX_SPEECH_WORKERS, arg);
    cp->pipeline.audio.workers = (int)n;
    return 0;
  case BC_OPT_PAPER:
    if (strcmp(arg, "a4") == 0 || strcmp(arg, "A4") == 0)
      cp->pipeline.pdf.paper = BC_PAPER_A4;
    else if (strcmp(arg, "letter") == 0)
      cp->pipeline.pdf.paper = BC_PAPER_LETTER;
    else
      return bc_cli_usage_error(g, "--paper: expected a4 or letter, not '%s'",
                                arg);
    return 0;
  case BC_OPT_VIDEO_SIZE: {
    struct bc_error e = BC_ERROR_INIT;
    if (bc_video_parse_size(arg, &cp->pipeline.video.width,
                            &cp->pipeline.video.height, &e))
      return bc_cli_usage_error(g, "--video-size: %s", e.msg);
    return 0;
  }
  case BC_OPT_BURN_CAPTIONS: cp->pipeline.video.burn_captions = 1; return 0;
  case BC_OPT_THEME:
    if (strcmp(arg, "light") == 0)
      cp->pipeline.pdf.theme = BC_THEME_LIGHT;
    else if (strcmp(arg, "dark") == 0)
      cp->pipeline.pdf.theme = BC_THEME_DARK;
    else
      return bc_cli_usage_error(g,
                                "--theme: expected light or dark, not "
                                "'%s'",
                                arg);
    return 0;
  }
  return bc_cli_usage_error(g, "unexpected option");
}

/* Environment variables per provider: the API key and an optional base URL
 * override (OPENAI_BASE_URL is what OpenAI-compatible servers document). */
static void provider_env(const char *name, const char **key_env,
                         const char **url_env)
{
  *key_env = *url_env = NULL;
  if (strcmp(name, "openai") == 0) {
    *key_env = "OPENAI_API_KEY";
    *url_env = "OPENAI_BASE_URL";
  } else if (strcmp(name, "anthropic") == 0) {
    *key_env = "ANTHROPIC_API_KEY";
    *url_env = "ANTHROPIC_BASE_URL";
  } else if (strcmp(name, "gemini") == 0) {
    *key_env = "GEMINI_API_KEY";
    *url_env = "GEMINI_BASE_URL";
  }
}

int bc_cli_command_option(struct bc_cli_pipeline *cp, const char *cmd, int c,
                          const char *arg, const char *word)
{
  if (c == ':' || c == '?')
    return bc_cli_option_error(cp->g, cmd, c, word);
  return bc_cli_pipeline_option(cp, c, arg);
}

int bc_cli_is_feed(const struct bc_ingest_opts *in,
                   const struct bc_doclist *docs)
{
  return docs->n != 1 || in->format == BC_FORMAT_FEED ||
         in->format == BC_FORMAT_LIST ||
         docs->docs[0]->format == BC_FORMAT_FEED;
}

int bc_cli_ingest_option(const struct bc_cli *g, int opt, const char *arg,
                         struct bc_ingest_opts *in)
{
  char *end;
  double secs;
  switch (opt) {
  case BC_OPT_IN_FORMAT:
    if (bc_cli_parse_format(arg, &in->format))
      return bc_cli_usage_error(g,
                                "--format: expected text, markdown, html, "
                                "feed or list, not '%s'",
                                arg);
    return 0;
  case BC_OPT_IN_SPLIT: in->split_posts = 1; return 0;
  case BC_OPT_IN_WHOLE: in->split_posts = 0; return 0;
  case BC_OPT_IN_CHARSET: in->charset = arg; return 0;
  case BC_OPT_IN_TIMEOUT:
    secs = strtod(arg, &end);
    if (end == arg || *end || !(secs > 0 && secs <= BC_MAX_FETCH_TIMEOUT))
      return bc_cli_usage_error(g,
                                "--timeout: expected seconds between 0 "
                                "and %d, not '%s'",
                                BC_MAX_FETCH_TIMEOUT, arg);
    in->timeout_ms = (long)(secs * 1000);
    return 0;
  }
  return bc_cli_usage_error(g, "unexpected option");
}

int bc_cli_read_summary(const struct bc_cli *g, const char *path,
                        struct bc_summary **out)
{
  struct bc_error err = BC_ERROR_INIT;
  char *text = NULL;
  size_t len = 0;
  bc_status rc = bc_cli_read_all(path, BC_MAX_JSON_BYTES, &text, &len, &err);
  if (!rc)
    rc = bc_summary_from_json(text, len, path, out, &err);
  free(text);
  return rc ? bc_cli_fail(g, &err) : 0;
}

int bc_cli_read_render_inputs(const struct bc_cli *g, const char *path,
                              const char *report_path,
                              struct bc_summary **summary,
                              struct bc_report **report)
{
  struct bc_error err = BC_ERROR_INIT;
  char *text = NULL;
  size_t len = 0;
  int code = bc_cli_read_summary(g, path, summary);
  if (code || !report_path)
    return code;
  if (bc_cli_read_all(report_path, BC_MAX_JSON_BYTES, &text, &len, &err) ||
      bc_pdf_report_read(text, len, report_path, report, &err))
    code = bc_cli_fail(g, &err);
  free(text);
  return code;
}

int bc_cli_pipeline_provider(struct bc_cli_pipeline *cp,
                             struct bc_provider **out)
{
  const struct bc_cli *g = cp->g;
  struct bc_error err = BC_ERROR_INIT;
  const char *key_env, *url_env;
  bc_status rc;

  cp->provider.name = g->provider;
  cp->provider.model = g->model;
  provider_env(g->provider, &key_env, &url_env);
  cp->provider.base_url = bc_cli_setting(g, g->base_url, url_env, NULL, NULL);
  cp->provider.api_key =
      key_env ? bc_cli_setting(g, NULL, key_env, NULL, NULL) : NULL;
  if (!cp->no_cache && strcmp(g->provider, "local") != 0) {
    const char *dir = bc_cli_setting(g, NULL, NULL, "cache_dir", NULL);
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    size_t n = 4096;
    free(cp->cache_dir);
    cp->cache_dir = malloc(n);
    if (!cp->cache_dir) {
      fputs("briefcast: out of memory\n", stderr);
      return BC_EXIT_INTERNAL;
    }
    if (dir)
      snprintf(cp->cache_dir, n, "%s", dir);
    else if (xdg && *xdg)
      snprintf(cp->cache_dir, n, "%s/briefcast", xdg);
    else if (home && *home)
      snprintf(cp->cache_dir, n, "%s/.cache/briefcast", home);
    else {
      free(cp->cache_dir);
      cp->cache_dir = NULL;
    }
    cp->provider.cache_dir = cp->cache_dir;
  }
  rc = bc_provider_new(&cp->provider, out, &err);
  if (rc)
    return bc_cli_fail(g, &err);
  return 0;
}

void bc_cli_print_usage(const struct bc_cli *g, const struct bc_provider *p)
{
  struct bc_usage u;
  if (!p || strcmp(bc_provider_name(p), "local") == 0)
    return;
  memset(&u, 0, sizeof(u));
  bc_provider_usage(p, &u);
  fprintf(stderr,
          "%s: %zu request%s (%zu cached), %zu input + %zu output tokens "
          "(%zu thinking), %zu/%zu chunks, %.1f s, about $%.4f\n",
          g->prog, u.requests, u.requests == 1 ? "" : "s", u.cache_hits,
          u.input_tokens, u.output_tokens, u.thinking_tokens, u.chunks_covered,
          u.chunks, u.seconds, u.cost_usd);
}

void bc_cli_print_plan(const struct bc_cli *g, const char *provider,
                       const char *name, const struct bc_plan *p)
{
  if (g->json) {
    fputs("{\"input\":", stdout);
    bc_cli_json_string(stdout, name);
    fputs(",\"provider\":", stdout);
    bc_cli_json_string(stdout, provider);
    printf(",\"chunks\":%zu,\"requests\":%zu,\"cached\":%zu,"
           "\"input_tokens\":%zu,\"output_tokens\":%zu",
           p->chunks, p->requests, p->cached, p->input_tokens,
           p->output_tokens);
    if (p->price_known)
      printf(",\"cost_usd\":%.4f}\n", p->cost_usd);
    else
      fputs(",\"cost_usd\":null}\n", stdout);
    return;
  }
  printf("%s: provider %s: %zu chunk%s, %zu request%s (%zu cached), about "
         "%zu input and %zu output tokens",
         name, provider, p->chunks, p->chunks == 1 ? "" : "s", p->requests,
         p->requests == 1 ? "" : "s", p->cached, p->input_tokens,
         p->output_tokens);
  if (p->price_known)
    printf(", about $%.4f\n", p->cost_usd);
  else
    puts(", cost unknown");
}

int bc_cli_source_date(const struct bc_cli *g, long long *created)
{
  const char *v = getenv("SOURCE_DATE_EPOCH");
  long long t = 0;
  if (!v || !*v) {
    *created = BC_PDF_NOW;
    return 0;
  }
  for (const char *p = v; *p; p++) {
    if (*p < '0' || *p > '9' || t > 253402300799LL) /* past year 9999 */
      return bc_cli_usage_error(g,
                                "SOURCE_DATE_EPOCH: expected seconds "
                                "since 1970, not '%s'",
                                v);
    t = t * 10 + (*p - '0');
  }
  *created = t;
  return 0;
}
