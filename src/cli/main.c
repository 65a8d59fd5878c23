/* main.c - the briefcast executable: global options, the config file, and
 * dispatch to one subcommand per file (cmd_<name>.c).  It is a thin shell
 * over the library; it alone prints, reads the environment and exits. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "briefcast/limits.h"
#include "cli.h"

struct command {
  const char *name;
  int (*run)(int argc, char **argv, const struct bc_cli *g);
  const char *summary;
};

static const struct command commands[] = {
    {"run", bc_cmd_run, "the whole pipeline: summary, report, PDF, audio"},
    {"extract", bc_cmd_extract, "print the ingested document (text or JSON)"},
    {"facts", bc_cmd_facts, "print the source's fact sheet"},
    {"summarize", bc_cmd_summarize, "write summary.json only"},
    {"check", bc_cmd_check, "check a summary or transcript against a source"},
    {"audio", bc_cmd_audio, "narrate an existing summary.json"},
    {"pdf", bc_cmd_pdf, "render the one-page brief from a summary.json"},
    {"slides", bc_cmd_slides, "render the slide deck from a summary.json"},
    {"video", bc_cmd_video, "the narrated deck as MP4 from a summary.json"},
    {"say", bc_cmd_say, "speak text (--dry-run prints the words)"},
    {"feed", bc_cmd_feed, "write a podcast RSS feed for a folder of episodes"},
    {"batch", bc_cmd_batch, "many documents: resumable, sharded, a feed"},
    {"site", bc_cmd_site, "write the archive index page of a batch folder"},
};
#define N_COMMANDS (sizeof(commands) / sizeof(commands[0]))

static void usage(FILE *f)
{
  fputs("usage: briefcast [global options] COMMAND [options] [args]\n"
        "\n"
        "Turn essays and blog posts into faithful briefs: a summary checked\n"
        "against the source, a one-page PDF, slides and a narrated episode.\n"
        "\n"
        "commands:\n",
        f);
  for (size_t i = 0; i < N_COMMANDS; i++)
    fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fputs("\n"
        "global options (before or after the command):\n"
        "  --provider NAME   local (default, offline), openai, anthropic, "
        "gemini\n"
        "  --model NAME      model for an LLM provider\n"
        "  --base-url URL    API endpoint (e.g. an Ollama or llama.cpp "
        "server)\n"
        "  --config FILE     settings file (default "
        "$XDG_CONFIG_HOME/briefcast/config)\n"
        "  -q, --quiet       no progress or notes on stderr\n"
        "  --json            machine-readable output on stdout\n"
        "  -h, --help        this help; COMMAND --help for a command\n"
        "  --version         print the version\n"
        "\n"
        "Exit codes: 0 ok, 1 internal, 2 usage, 3 cannot read input, 4 not a "
        "file,\n"
        "5 empty input, 6 binary input, 7 invalid UTF-8, 8 input too large,\n"
        "9 malformed input, 10 network, 11 provider, 12 validation failed "
        "(--strict),\n"
        "13 cannot write output, 14 rendering failed, 15 batch: some\n"
        "documents failed; killed by a signal:\n"
        "128 + its number (130 Ctrl-C, 143 SIGTERM), no temporary files "
        "left.\n",
        f);
}

/* Read "key = value" lines; '#' starts a comment.  A missing default file
 * is fine; a missing file named with --config is an error. */
static int load_config(struct bc_cli *g, const char *path, int required)
{
  FILE *f = fopen(path, "r");
  char line[BC_MAX_CONFIG_LINE + 1]; /* and the NUL */
  int lineno = 0;
  if (!f) {
    if (!required)
      return 0;
    bc_cli_note(g, "cannot open config '%s': %s", path, strerror(errno));
    return BC_EXIT_USAGE;
  }
  while (fgets(line, sizeof(line), f)) {
    char *eq, *k, *v, *end;
    lineno++;
    if (!strchr(line, '\n') && !feof(f)) {
      bc_cli_note(g, "config '%s' line %d is too long", path, lineno);
      fclose(f);
      return BC_EXIT_USAGE;
    }
    k = line + strspn(line, " \t");
    if (*k == '#' || *k == '\n' || *k == '\0')
      continue;
    eq = strchr(k, '=');
    if (!eq) {
      bc_cli_note(g, "config '%s' line %d: expected key = value", path, lineno);
      fclose(f);
      return BC_EXIT_USAGE;
    }
    *eq = '\0';
    v = eq + 1 + strspn(eq + 1, " \t");
    for (end = eq; end > k && (end[-1] == ' ' || end[-1] == '\t'); end--)
      ;
    *end = '\0';
    end = v + strlen(v);
    while (end > v && (end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t' ||
                       end[-1] == '\r'))
      end--;
    *end = '\0';
    {
      char **nk = realloc(g->config_keys, (g->n_config + 1) * sizeof(char *));
      char **nv;
      if (!nk)
        goto nomem;
      g->config_keys = nk;
      nv = realloc(g->config_values, (g->n_config + 1) * sizeof(char *));
      if (!nv)
        goto nomem;
      g->config_values = nv;
      g->config_keys[g->n_config] = strdup(k);
      g->config_values[g->n_config] = strdup(v);
      if (!g->config_keys[g->n_config] || !g->config_values[g->n_config])
        goto nomem;
      g->n_config++;
    }
  }
  fclose(f);
  return 0;
nomem:
  fclose(f);
  fprintf(stderr, "%s: out of memory\n", g->prog);
  return BC_EXIT_INTERNAL;
}

const char *bc_cli_setting(const struct bc_cli *g, const char *cli_value,
                           const char *env, const char *key,
                           const char *fallback)
{
  const char *v;
  if (cli_value)
    return cli_value;
  if (env && (v = getenv(env)) && *v)
    return v;
  for (size_t i = g->n_config; key && i-- > 0;)
    if (strcmp(g->config_keys[i], key) == 0)
      return g->config_values[i];
  return fallback;
}

static void free_config(struct bc_cli *g)
{
  for (size_t i = 0; i < g->n_config; i++) {
    free(g->config_keys[i]);
    free(g->config_values[i]);
  }
  free(g->config_keys);
  free(g->config_values);
}

/* A global option with a value, as "--name VALUE" or "--name=VALUE".
 * Returns 1 and sets *val (advancing *i) when argv[*i] is that option. */
static int take_value(int argc, char **argv, int *i, const char *name,
                      const char **val, int *bad)
{
  size_t n = strlen(name);
  if (strncmp(argv[*i], name, n) != 0)
    return 0;
  if (argv[*i][n] == '=') {
    *val = argv[*i] + n + 1;
    return 1;
  }
  if (argv[*i][n] != '\0')
    return 0;
  if (*i + 1 >= argc) {
    fprintf(stderr, "briefcast: option '%s' needs a value\n", name);
    *bad = 1;
    return 1;
  }
  *val = argv[++*i];
  return 1;
}

int main(int argc, char **argv)
{
  struct bc_cli g;
  const struct command *cmd = NULL;
  char **rest;
  int nrest = 0, bad = 0, code, dashdash = 0;
  const char *config = NULL;

  memset(&g, 0, sizeof(g));
  g.prog = "briefcast";
  rest = calloc((size_t)argc + 1, sizeof(char *));
  if (!rest) {
    fputs("briefcast: out of memory\n", stderr);
    return BC_EXIT_INTERNAL;
  }
  /* Global options may stand before or after the command; they are taken
   * out here so each command sees only its own options. */
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (dashdash || a[0] != '-' || strcmp(a, "-") == 0) {
      if (!cmd && nrest == 0) {
        for (size_t c = 0; c < N_COMMANDS; c++)
          if (strcmp(a, commands[c].name) == 0)
            cmd = &commands[c];
        if (!cmd) {
          bc_cli_note(&g, "unknown command '%s' (see briefcast --help)", a);
          free(rest);
          return BC_EXIT_USAGE;
        }
      }
      rest[nrest++] = argv[i];
      continue;
    }
    if (strcmp(a, "--") == 0) {
      dashdash = 1;
      rest[nrest++] = argv[i];
    } else if (take_value(argc, argv, &i, "--provider", &g.provider, &bad) ||
               take_value(argc, argv, &i, "--model", &g.model, &bad) ||
               take_value(argc, argv, &i, "--base-url", &g.base_url, &bad) ||
               take_value(argc, argv, &i, "--config", &config, &bad)) {
      if (bad) {
        free(rest);
        return BC_EXIT_USAGE;
      }
    } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
      g.quiet = 1;
    } else if (strcmp(a, "--json") == 0) {
      g.json = 1;
    } else if (strcmp(a, "--version") == 0) {
      printf("briefcast %s\n", BC_VERSION);
      free(rest);
      return BC_EXIT_OK;
    } else if (!cmd && bc_cli_is_help(a)) {
      usage(stdout);
      free(rest);
      return BC_EXIT_OK;
    } else if (!cmd) {
      bc_cli_note(&g, "unknown option '%s' (see briefcast --help)", a);
      free(rest);
      return BC_EXIT_USAGE;
    } else {
      rest[nrest++] = argv[i];
    }
  }
  if (!cmd) {
    usage(stderr);
    free(rest);
    return BC_EXIT_USAGE;
  }

  if (config) {
    code = load_config(&g, config, 1);
  } else {
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    char path[4096];
    code = 0;
    if (xdg && *xdg)
      snprintf(path, sizeof(path), "%s/briefcast/config", xdg);
    else if (home && *home)
      snprintf(path, sizeof(path), "%s/.config/briefcast/config", home);
    else
      path[0] = '\0';
    if (path[0])
      code = load_config(&g, path, 0);
  }
  if (code) {
    free_config(&g);
    free(rest);
    return code;
  }
  g.provider =
      bc_cli_setting(&g, g.provider, "BRIEFCAST_PROVIDER", "provider", "local");
  g.model = bc_cli_setting(&g, g.model, "BRIEFCAST_MODEL", "model", NULL);
  g.base_url = bc_cli_setting(&g, g.base_url, NULL, "base_url", NULL);
  g.color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
  g.progress = !g.quiet && isatty(STDERR_FILENO);

  bc_cli_install_signals();
  code = cmd->run(nrest, rest, &g);
  fflush(stdout);
  if (ferror(stdout) && code == BC_EXIT_OK) {
    fputs("briefcast: cannot write to standard output\n", stderr);
    code = BC_EXIT_OUTPUT;
  }
  free_config(&g);
  free(rest);
  return code;
}
