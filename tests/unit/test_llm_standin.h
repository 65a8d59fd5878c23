/* test_llm_standin.h - start and stop tests/integration/llm_standin.py on
 * an ephemeral loopback port for the HTTP and LLM unit tests.  Header-only
 * so each test executable gets its own copy. */
#ifndef BC_TEST_LLM_STANDIN_H
#define BC_TEST_LLM_STANDIN_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "testutil.h"

struct standin {
  pid_t pid;
  int port;
  char *dir;     /* from bc_test_tmpdir(), holds the port file */
  char base[64]; /* "http://127.0.0.1:PORT" */
};

/* Start the stand-in with extra arguments (NULL-terminated, may be NULL).
 * Returns 0 and fills s, or -1. */
static int standin_start(struct standin *s, const char *const *extra)
{
  char portfile[1024];
  const char *argv[24];
  int argc = 0, i;
  struct timespec ts = {0, 20 * 1000 * 1000};
  memset(s, 0, sizeof(*s));
  s->dir = bc_test_tmpdir("standin");
  if (!s->dir)
    return -1;
  snprintf(portfile, sizeof(portfile), "%s/port", s->dir);
  argv[argc++] = "/usr/bin/python3";
  argv[argc++] = BC_SOURCE_DIR "/tests/integration/llm_standin.py";
  argv[argc++] = "--port-file";
  argv[argc++] = portfile;
  argv[argc++] = "--lifetime";
  argv[argc++] = "300";
  for (i = 0; extra && extra[i] && argc < 22; i++)
    argv[argc++] = extra[i];
  argv[argc] = NULL;
  s->pid = fork();
  if (s->pid < 0) {
    bc_test_tmpdir_remove(s->dir);
    s->dir = NULL;
    return -1;
  }
  if (s->pid == 0) {
    if (!freopen("/dev/null", "w", stdout))
      _exit(127);
    execv(argv[0], (char *const *)argv);
    _exit(127);
  }
  for (i = 0; i < 500; i++) { /* up to 10 s for Python to start */
    FILE *f = fopen(portfile, "r");
    if (f) {
      int ok = fscanf(f, "%d", &s->port) == 1;
      fclose(f);
      if (ok && s->port > 0) {
        snprintf(s->base, sizeof(s->base), "http://127.0.0.1:%d", s->port);
        return 0;
      }
    }
    nanosleep(&ts, NULL);
  }
  kill(s->pid, SIGKILL);
  waitpid(s->pid, NULL, 0);
  s->pid = 0;
  bc_test_tmpdir_remove(s->dir);
  s->dir = NULL;
  return -1;
}

static void standin_stop(struct standin *s)
{
  if (s->pid > 0) {
    kill(s->pid, SIGTERM);
    waitpid(s->pid, NULL, 0);
    s->pid = 0;
  }
  bc_test_tmpdir_remove(s->dir);
  s->dir = NULL;
}

#endif
