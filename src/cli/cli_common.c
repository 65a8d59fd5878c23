/* cli_common.c - what every subcommand shares: status-to-exit-code mapping,
 * one-line error messages, JSON string escaping for --json output, and the
 * handlers that clean up after Ctrl-C or a kill. */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "briefcast/audio.h"
#include "briefcast/limits.h"
#include "briefcast/utf8.h"
#include "briefcast/buf.h"
#include "briefcast/output.h"
#include "cli.h"

/* Ctrl-C, kill and a closed terminal end the run at once; the handler only
 * removes the temporary files in flight (the library's registry), then lets
 * the signal kill the process with the default action, so a shell sees
 * "killed by SIGINT" (status 130) and a script stops as it expects.
 * Outputs already renamed into place stay; none is ever half-written.
 * Processes the library forks (synthesis workers) inherit the handler; the
 * PID recorded here keeps them from cleaning up on the parent's behalf. */
static pid_t cleanup_pid;

/* The scratch folder in use (bc_cli_scratch_new): the paths of the files
 * it may hold, then the folder itself, NULL-terminated, built before any
 * signal can want them (a handler may only unlink and rmdir). */
static char **volatile scratch_paths;

static void remove_paths(char **paths)
{
  for (size_t i = 0; paths && paths[i]; i++)
    if (paths[i + 1] ? unlink(paths[i]) : rmdir(paths[i]))
      continue;
}

static void on_fatal_signal(int sig)
{
  struct sigaction dfl;
  int saved = errno;
  if (getpid() == cleanup_pid) {
    bc_output_remove_temps();
    remove_paths(scratch_paths);
  }
  memset(&dfl, 0, sizeof(dfl));
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, NULL);
  /* The signal is blocked while this handler runs, so the re-raised one
   * is delivered, with its default action, as the handler returns. */
  raise(sig);
  errno = saved;
}

void bc_cli_install_signals(void)
{
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_fatal_signal;
  sigemptyset(&sa.sa_mask);
  /* One cleanup at a time: a second signal waits until the first is done. */
  for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
    sigaddset(&sa.sa_mask, sigs[i]);
  sa.sa_flags = SA_RESTART;
  cleanup_pid = getpid();
  for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
    struct sigaction old;
    /* A signal ignored on entry (nohup, a background job of a script)
     * stays ignored, as the caller asked. */
    if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
      continue;
    sigaction(sigs[i], &sa, NULL);
  }
}

int bc_cli_exit_code(bc_status rc)
{
  switch (rc) {
  case BC_OK: return BC_EXIT_OK;
  case BC_ERR_USAGE: return BC_EXIT_USAGE;
  case BC_ERR_IO: return BC_EXIT_IO;
  case BC_ERR_NOTFILE: return BC_EXIT_NOTFILE;
  case BC_ERR_INPUT: return BC_EXIT_EMPTY;
  case BC_ERR_BINARY: return BC_EXIT_BINARY;
  case BC_ERR_ENCODING: return BC_EXIT_ENCODING;
  case BC_ERR_LIMIT: return BC_EXIT_TOO_BIG;
  case BC_ERR_PARSE:
  case BC_ERR_SCHEMA: return BC_EXIT_MALFORMED;
  case BC_ERR_HTTP: return BC_EXIT_NETWORK;
  case BC_ERR_PROVIDER: return BC_EXIT_PROVIDER;
  case BC_ERR_VALIDATE: return BC_EXIT_VALIDATE;
  case BC_ERR_OUTPUT: return BC_EXIT_OUTPUT;
  case BC_ERR_RENDER: return BC_EXIT_RENDER;
  case BC_ERR_NOMEM:
  case BC_ERR_INTERNAL: return BC_EXIT_INTERNAL;
  }
  return BC_EXIT_INTERNAL;
}

/* Code points a terminal acts on rather than shows: the C1 controls
 * (U+009B is an 8-bit CSI) and the bidirectional overrides that make text
 * display in another order than it reads. */
static int acts_on_terminal(uint32_t cp)
{
  return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

void bc_cli_put_shown(FILE *f, const char *s)
{
  const unsigned char *p = (const unsigned char *)(s ? s : "");
  size_t n = strlen((const char *)p);
  while (n) {
    uint32_t cp = 0;
    size_t k;
    if (*p == '\n' || *p == '\r' || *p == '\t') {
      fputs(*p == '\n' ? "\\n" : *p == '\r' ? "\\r" : "\\t", f);
      k = 1;
    } else if (*p < 0x20 || *p == 0x7F) {
      fprintf(f, "\\x%02x", *p);
      k = 1;
    } else if (*p < 0x80) {
      fputc(*p, f);
      k = 1;
    } else if ((k = bc_utf8_decode((const char *)p, n, &cp)) == 0) {
      fprintf(f, "\\x%02x", *p); /* not UTF-8: shown, never sent raw */
      k = 1;
    } else if (acts_on_terminal(cp)) {
      fprintf(f, "\\u%04lx", (unsigned long)cp);
    } else {
      fwrite(p, 1, k, f);
    }
    p += k;
    n -= k;
  }
}

/* vfprintf into a new string; NULL on out-of-memory. */
static char *vformat(const char *fmt, va_list ap)
{
  va_list aq;
  int n;
  char *s;
  va_copy(aq, ap);
  n = vsnprintf(NULL, 0, fmt, aq);
  va_end(aq);
  if (n < 0 || !(s = malloc((size_t)n + 1)))
    return NULL;
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  return s;
}

char *bc_cli_format(const char *fmt, ...)
{
  va_list ap;
  char *s;
  va_start(ap, fmt);
  s = vformat(fmt, ap);
  va_end(ap);
  return s;
}

void bc_cli_note(const struct bc_cli *g, const char *fmt, ...)
{
  va_list ap;
  char *s;
  va_start(ap, fmt);
  s = vformat(fmt, ap);
  va_end(ap);
  fprintf(stderr, "%s: ", g && g->prog ? g->prog : "briefcast");
  bc_cli_put_shown(stderr, s ? s : fmt);
  fputc('\n', stderr);
  free(s);
}

void bc_cli_note_opus_chapters(const struct bc_cli *g,
                               const struct bc_audio_stats *st)
{
  if (!st->opus_chapters || st->opus_chapters >= st->chapters)
    return;
  bc_cli_note(g,
              "warning: narration.opus names the first %zu of %zu chapters "
              "(Opus chapter comments are numbered 001 to %d); "
              "chapters.json and chapters.vtt name them all",
              st->opus_chapters, st->chapters, BC_MAX_OPUS_CHAPTERS);
}

void bc_cli_line(const char *fmt, ...)
{
  va_list ap;
  char *s;
  va_start(ap, fmt);
  s = vformat(fmt, ap);
  va_end(ap);
  bc_cli_put_shown(stderr, s ? s : fmt);
  fputc('\n', stderr);
  free(s);
}

int bc_cli_fail(const struct bc_cli *g, const struct bc_error *err)
{
  const char *msg = err->msg[0] ? err->msg : bc_strerror(err->code);
  bc_cli_note(g, "%s", msg);
  return bc_cli_exit_code(err->code);
}

int bc_cli_usage_error(const struct bc_cli *g, const char *fmt, ...)
{
  va_list ap;
  char *s;
  va_start(ap, fmt);
  s = vformat(fmt, ap);
  va_end(ap);
  bc_cli_note(g, "%s", s ? s : fmt);
  free(s);
  return BC_EXIT_USAGE;
}

int bc_cli_is_help(const char *arg)
{
  return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

int bc_cli_option_error(const struct bc_cli *g, const char *cmd, int c,
                        const char *arg)
{
  if (c == ':')
    return bc_cli_usage_error(g, "%s: option '%s' needs a value", cmd, arg);
  return bc_cli_usage_error(
      g, "%s: unknown option '%s' (see briefcast %s --help)", cmd, arg, cmd);
}

void bc_cli_progress_end(const struct bc_cli_progress *p)
{
  if (!p->g->progress)
    return;
  fputs("\r\033[K", stderr);
  fflush(stderr);
}

void bc_cli_progress(void *ctx, const char *stage, size_t done, size_t total)
{
  struct bc_cli_progress *p = ctx;
  if (!p->g->progress)
    return;
  if (done == total) {
    bc_cli_progress_end(p);
    return;
  }
  fprintf(stderr, "\r\033[K[%zu/%zu] ", p->index + 1, p->count);
  bc_cli_put_shown(stderr, p->name);
  fprintf(stderr, ": %s (%zu/%zu)", stage, done, total);
  fflush(stderr);
}

void bc_cli_json_string(FILE *f, const char *s)
{
  const unsigned char *p = (const unsigned char *)(s ? s : "");
  size_t n = strlen((const char *)p);
  fputc('"', f);
  while (n) {
    uint32_t cp = 0;
    size_t k = 1;
    switch (*p) {
    case '"': fputs("\\\"", f); break;
    case '\\': fputs("\\\\", f); break;
    case '\n': fputs("\\n", f); break;
    case '\r': fputs("\\r", f); break;
    case '\t': fputs("\\t", f); break;
    default:
      if (*p < 0x20 || *p == 0x7F)
        fprintf(f, "\\u%04x", *p);
      else if (*p < 0x80)
        fputc(*p, f);
      else if ((k = bc_utf8_decode((const char *)p, n, &cp)) == 0) {
        fputs("\\ufffd", f); /* JSON is UTF-8: a stray byte cannot go raw */
        k = 1;
      } else if (acts_on_terminal(cp))
        fprintf(f, "\\u%04lx", (unsigned long)cp);
      else
        fwrite(p, 1, k, f);
    }
    p += k;
    n -= k;
  }
  fputc('"', f);
}

bc_status bc_cli_read_all(const char *path, size_t max, char **out, size_t *len,
                          struct bc_error *err)
{
  struct bc_buf b = BC_BUF_INIT(max);
  bc_status rc = bc_buf_read_file(&b, path, err);
  if (rc)
    return rc;
  *out = bc_buf_take(&b, len);
  return *out ? BC_OK
              : bc_error_set(err, BC_ERR_NOMEM,
                             "cannot read '%s': out of memory", path);
}

int bc_cli_reference_date(const struct bc_cli *g, const char *arg,
                          const char **out)
{
  size_t n = strlen(arg), i;
  int ok = n == 4 || n == 7 || n == 10;
  for (i = 0; ok && i < n; i++)
    ok = (i == 4 || i == 7) ? arg[i] == '-' : arg[i] >= '0' && arg[i] <= '9';
  if (ok && n >= 7)
    ok = memcmp(arg + 5, "01", 2) >= 0 && memcmp(arg + 5, "12", 2) <= 0;
  if (ok && n == 10)
    ok = memcmp(arg + 8, "01", 2) >= 0 && memcmp(arg + 8, "31", 2) <= 0;
  if (!ok)
    return bc_cli_usage_error(g,
                              "--date: expected YYYY-MM-DD, YYYY-MM or YYYY, "
                              "not '%s'",
                              arg);
  *out = arg;
  return 0;
}

static void free_paths(char **paths)
{
  for (size_t i = 0; paths && paths[i]; i++)
    free(paths[i]);
  free(paths);
}

char *bc_cli_scratch_new(const char *beside, const char *const *names)
{
  const char *slash = strrchr(beside, '/');
  size_t dlen = slash ? (size_t)(slash - beside) + 1 : 0, n = 0, i;
  const char *tpl = ".briefcast-video-XXXXXX";
  char *dir, **paths;
  while (names[n])
    n++;
  dir = malloc(dlen + strlen(tpl) + 1);
  paths = calloc(n + 2, sizeof *paths);
  if (!dir || !paths) {
    free(dir);
    free(paths);
    errno = ENOMEM;
    return NULL;
  }
  memcpy(dir, beside, dlen);
  memcpy(dir + dlen, tpl, strlen(tpl) + 1);
  for (i = 0; i < n; i++) {
    size_t len = dlen + strlen(tpl) + strlen(names[i]) + 2;
    if (!(paths[i] = malloc(len)))
      break;
    snprintf(paths[i], len, "%s/%s", dir, names[i]);
  }
  if (i < n || !(paths[n] = strdup(dir))) {
    free_paths(paths);
    free(dir);
    errno = ENOMEM;
    return NULL;
  }
  if (!mkdtemp(dir)) {
    free_paths(paths);
    free(dir);
    return NULL;
  }
  /* mkdtemp filled in the X's: the paths take the folder's real name. */
  for (i = 0; i <= n; i++)
    memcpy(paths[i] + dlen, dir + dlen, strlen(tpl));
  bc_cli_scratch_done();
  scratch_paths = paths;
  return dir;
}

void bc_cli_scratch_done(void)
{
  char **paths = scratch_paths;
  scratch_paths = NULL;
  remove_paths(paths);
  free_paths(paths);
}

void bc_cli_print_output(const struct bc_cli *g, const char *output,
                         const char *fields, const char *note)
{
  if (g->json) {
    fputs("{\"output\":", stdout);
    bc_cli_json_string(stdout, output);
    printf("%s}\n", fields ? fields : "");
  } else if (!g->quiet && note) {
    bc_cli_note(g, "%s", note);
  }
}
