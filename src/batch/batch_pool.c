/* batch_pool.c - runs tasks in forked child processes, a bounded number at
 * once, so that a document that crashes, hangs or fails ends only its own
 * child.  It knows nothing about documents: the caller's work function runs
 * in the child, and the parent hears of each ending through a callback. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "briefcast/limits.h"
#include "briefcast/batch.h"
#include "util/alloc.h"
#include "util/cpus.h"

#define REPORT_MAX BC_MAX_CHILD_REPORT_BYTES
#define KILL_GRACE 2.0 /* seconds between SIGTERM and SIGKILL */

struct child {
  pid_t pid;
  int fd; /* read end of the report pipe; -1 once at EOF */
  size_t task;
  double start, term_at; /* term_at: when SIGTERM went out, or 0 */
  int timed_out;
  size_t len;
  char report[REPORT_MAX + 1];
};

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

size_t bc_batch_cpus(void)
{
  return bc__cpus_available();
}

/* The child: its own process group (so a timeout stops its synthesis
 * workers too), the work, and _exit so that nothing the parent buffered
 * is flushed twice and no atexit handler of the parent runs here.  It
 * dies with the parent: a batch killed outright (SIGKILL, the
 * out-of-memory killer) no longer watches --doc-timeout, so no document
 * may outlive it.  SIGTERM lets the child remove its temporary files. */
static void child_main(const struct bc_batch_pool *p, size_t task, int fd,
                       pid_t parent)
{
  int code;
  setpgid(0, 0);
  if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != parent)
    _exit(128 + SIGTERM); /* the parent died before the request took */
  code = p->work(p->ctx, task, fd);
  close(fd);
  _exit(code & 0xff);
}

static int start(const struct bc_batch_pool *p, struct child *kids, size_t jobs,
                 struct child *c, size_t task)
{
  int fds[2];
  pid_t pid, parent = getpid();
  if (pipe(fds) != 0)
    return -1;
  fcntl(fds[0], F_SETFD, FD_CLOEXEC);
  fcntl(fds[1], F_SETFD, FD_CLOEXEC);
  /* What the parent has buffered must not be written a second time by the
   * child's copy of the buffer. */
  fflush(NULL);
  pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return -1;
  }
  if (pid == 0) {
    /* The siblings' report pipes are theirs: holding them would cost a
     * descriptor each (a batch under a low `ulimit -n` would fail where
     * one run works) and keep a sibling's pipe open after it ended. */
    for (size_t s = 0; s < jobs; s++)
      if (kids[s].pid && kids[s].fd >= 0)
        close(kids[s].fd);
    close(fds[0]);
    child_main(p, task, fds[1], parent);
  }
  /* Also here, against the race where the parent signals the group before
   * the child has made it. */
  setpgid(pid, pid);
  close(fds[1]);
  /* Reads never block: a synthesis worker of the child may hold the pipe
   * open after the child itself has ended. */
  fcntl(fds[0], F_SETFL, O_NONBLOCK);
  memset(c, 0, sizeof(*c));
  c->pid = pid;
  c->fd = fds[0];
  c->task = task;
  c->start = now_s();
  return 0;
}

static void signal_group(const struct child *c, int sig)
{
  if (kill(-c->pid, sig) != 0)
    kill(c->pid, sig);
}

/* Read what the child wrote; at EOF close the pipe.  A report longer than
 * REPORT_MAX is cut there (read on, so the child never blocks). */
static void drain(struct child *c)
{
  char sink[512];
  for (;;) {
    ssize_t n;
    if (c->len < REPORT_MAX)
      n = read(c->fd, c->report + c->len, REPORT_MAX - c->len);
    else
      n = read(c->fd, sink, sizeof(sink));
    if (n > 0) {
      if (c->len < REPORT_MAX)
        c->len += (size_t)n;
      continue;
    }
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0 && errno == EAGAIN)
      return;
    close(c->fd);
    c->fd = -1;
    return;
  }
}

/* The child has ended with status: report it (unless the pool is
 * stopping and the child was one it stopped).  Returns 1 if reported. */
static int outcome(const struct bc_batch_pool *p, struct child *c, int status,
                   int stopping)
{
  struct bc_batch_outcome o;
  /* What it wrote just before it ended may still be in the pipe. */
  if (c->fd >= 0)
    drain(c);
  if (c->fd >= 0) {
    close(c->fd);
    c->fd = -1;
  }
  /* Its synthesis workers may outlive a killed child for a moment; they
   * belong to its group and go with it. */
  if (c->term_at || !WIFEXITED(status))
    kill(-c->pid, SIGKILL);
  c->pid = 0;
  if (stopping && !WIFEXITED(status))
    return 0;
  c->report[c->len] = '\0';
  memset(&o, 0, sizeof(o));
  o.report = c->report;
  o.seconds = now_s() - c->start;
  o.timed_out = c->timed_out;
  if (WIFSIGNALED(status)) {
    o.signal = WTERMSIG(status);
    o.exit_code = 128 + o.signal;
  } else {
    o.exit_code = WEXITSTATUS(status);
  }
  p->done(p->ctx, c->task, &o);
  return 1;
}

/* Has the child ended?  Blocks when its pipe is at EOF (it is exiting);
 * otherwise only looks, since a grandchild (a synthesis worker) may hold
 * the pipe open a moment after the child itself has ended. */
static int reaped(struct child *c, int *status)
{
  pid_t w;
  do
    w = waitpid(c->pid, status, c->fd < 0 ? 0 : WNOHANG);
  while (w < 0 && errno == EINTR);
  return w == c->pid;
}

bc_status bc_batch_pool_run(const struct bc_batch_pool *p, const size_t *tasks,
                            size_t n, size_t *ran, struct bc_error *err)
{
  size_t jobs = p->jobs ? p->jobs : 1, next = 0, running = 0, done = 0;
  struct child *kids;
  struct pollfd *pfd;
  nfds_t np;
  bc_status rc = BC_OK;
  if (jobs > n && n > 0)
    jobs = n;
  kids = bc__calloc(jobs, sizeof(*kids));
  pfd = bc__calloc(jobs, sizeof(*pfd));
  if (!kids || !pfd) {
    free(kids);
    free(pfd);
    return bc_error_set(err, BC_ERR_NOMEM,
                        "cannot start the batch: out of "
                        "memory");
  }
  for (;;) {
    int stopping = p->stop && *p->stop;
    double now = now_s(), wait_ms = 200;
    /* Start tasks into free slots. */
    for (size_t s = 0; s < jobs && !stopping && !rc && next < n; s++) {
      if (kids[s].pid)
        continue;
      if (start(p, kids, jobs, &kids[s], tasks[next])) {
        /* Out of descriptors or processes (a low `ulimit -n` or `-u`)
         * with documents still running: fewer at once, not a failure;
         * the next one starts when one of those ends. */
        if (running > 0 &&
            (errno == EMFILE || errno == ENFILE || errno == EAGAIN))
          break;
        rc = bc_error_set(err, BC_ERR_INTERNAL,
                          "cannot start a process for a document: %s",
                          strerror(errno));
        break;
      }
      next++;
      running++;
    }
    if (running == 0)
      break;
    /* Timeouts and the stop request: SIGTERM (the child removes its
     * temporary files and dies), SIGKILL if it is still there later. */
    for (size_t s = 0; s < jobs; s++) {
      struct child *c = &kids[s];
      if (!c->pid)
        continue;
      if (!c->term_at &&
          (stopping || rc || (p->timeout > 0 && now - c->start > p->timeout))) {
        c->timed_out = !stopping && !rc;
        c->term_at = now;
        signal_group(c, SIGTERM);
      } else if (c->term_at && now - c->term_at > KILL_GRACE) {
        signal_group(c, SIGKILL);
      }
    }
    /* Sleep until a pipe has news, at most until the nearest deadline. */
    np = 0;
    {
      for (size_t s = 0; s < jobs; s++) {
        if (!kids[s].pid || kids[s].fd < 0)
          continue;
        pfd[np].fd = kids[s].fd;
        pfd[np].events = POLLIN;
        pfd[np].revents = 0;
        np++;
        if (p->timeout > 0 && !kids[s].term_at) {
          double left = (kids[s].start + p->timeout - now) * 1000.0 + 1.0;
          if (left < wait_ms)
            wait_ms = left < 1.0 ? 1.0 : left;
        }
      }
      if (np)
        poll(pfd, np, (int)wait_ms);
      else
        poll(NULL, 0, 50);
    }
    for (size_t s = 0; s < jobs; s++) {
      struct child *c = &kids[s];
      int status;
      if (!c->pid)
        continue;
      for (size_t i = 0; c->fd >= 0 && i < np; i++)
        if (pfd[i].fd == c->fd && pfd[i].revents) {
          drain(c);
          break;
        }
      if (!reaped(c, &status))
        continue;
      running--;
      done += (size_t)outcome(p, c, status, stopping);
    }
  }
  free(kids);
  free(pfd);
  if (ran)
    *ran = done;
  return rc;
}
