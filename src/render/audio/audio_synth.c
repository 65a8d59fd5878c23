/* audio_synth.c - speaks a list of sentences with flite on every core.
 *
 * flite reports errors through one process-wide jmp_buf (cst_errjmp), so
 * two threads inside flite at once could longjmp onto each other's stacks;
 * audio_tts.c therefore serializes all synthesis in a process.  Parallel
 * speech comes from worker processes instead: after flite and its voices
 * are initialized, W children are forked; child w speaks sentences w,
 * w + W, w + 2W, ... and streams each one's 16 kHz samples back through a
 * pipe as one record.  The parent takes the records in sentence order,
 * buffering what arrives early (a bounded amount per worker: a worker that
 * runs far ahead blocks on its full pipe).  A child that dies -- flite
 * crashing on some input -- is an error of the stage, not of the process.
 * With one worker nothing is forked and each sentence is spoken when it is
 * taken. */
#define _GNU_SOURCE /* F_SETPIPE_SZ */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "briefcast/limits.h"
#include "render/audio/audio_int.h"
#include "util/alloc.h"
#include "util/cpus.h"

#define MAX_WORKERS BC_MAX_SPEECH_WORKERS
/* Bytes a worker may have waiting in the parent beyond the record it
 * needs next (about two minutes of 16 kHz audio). */
#define AHEAD_BYTES ((size_t)4 << 20)

/* What a worker sends per sentence, followed by n samples. */
struct record {
  uint32_t job;
  int32_t status; /* bc_status */
  uint32_t n;
  char msg[BC_ERROR_MSG_MAX];
};

struct worker {
  pid_t pid;
  int fd;             /* read end of the worker's pipe; -1 once closed */
  unsigned char *buf; /* bytes received and not yet taken */
  size_t off, len, cap;
  int eof;
};

struct bc__synth {
  const struct bc__speak *jobs; /* borrowed */
  size_t n;
  int rate;         /* of the samples delivered */
  size_t n_workers; /* 0: speak in this process */
  struct worker w[MAX_WORKERS];
};

/* Speak sentence i at s->rate into pcm (emptied first).  Each sentence is
 * resampled on its own: flite pads every one with silence, so nothing is
 * cut at the joins, and the work runs in the workers. */
static bc_status speak(const struct bc__synth *s, size_t i, struct bc__pcm *pcm,
                       struct bc_error *err)
{
  int rate = BC__SPEECH_RATE;
  bc_status rc;
  pcm->n = 0;
  rc = bc__tts_speak(s->jobs[i].voice, s->jobs[i].text, pcm, &rate, err);
  if (!rc && rate != s->rate)
    rc = bc__audio_resample(pcm, rate, s->rate, err);
  return rc;
}

static int write_all(int fd, const void *p, size_t n)
{
  const unsigned char *b = p;
  while (n) {
    ssize_t k = write(fd, b, n);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return -1;
    b += k;
    n -= (size_t)k;
  }
  return 0;
}

/* The child's whole life: speak its share, send each result, exit without
 * running the parent's atexit handlers or flushing its stdio buffers. */
static void worker_main(const struct bc__synth *s, size_t w, int fd)
{
  struct bc__pcm pcm = {NULL, 0, 0, 0};
  pcm.max = (size_t)s->rate * BC_MAX_SENTENCE_SECONDS;
  for (size_t i = w; i < s->n; i += s->n_workers) {
    struct bc_error err = BC_ERROR_INIT;
    struct record h;
    bc_status rc = speak(s, i, &pcm, &err);
    memset(&h, 0, sizeof h);
    h.job = (uint32_t)i;
    h.status = (int32_t)rc;
    h.n = rc ? 0 : (uint32_t)pcm.n;
    if (rc)
      memcpy(h.msg, err.msg, sizeof h.msg);
    if (write_all(fd, &h, sizeof h) ||
        write_all(fd, pcm.s, (size_t)h.n * sizeof *pcm.s))
      _exit(1); /* the parent is gone or gave up */
    if (rc)
      break;
  }
  _exit(0);
}

static void stop_workers(struct bc__synth *s)
{
  for (size_t k = 0; k < s->n_workers; k++) {
    struct worker *w = &s->w[k];
    if (w->fd >= 0)
      close(w->fd);
    w->fd = -1;
    if (w->pid > 0) {
      kill(w->pid, SIGKILL); /* harmless when it has already exited */
      while (waitpid(w->pid, NULL, 0) < 0 && errno == EINTR)
        ;
      w->pid = 0;
    }
    free(w->buf);
    w->buf = NULL;
  }
}

bc_status bc__synth_begin(const struct bc__speak *jobs, size_t n, int rate,
                          int workers, struct bc__synth **out,
                          struct bc_error *err)
{
  struct bc__synth *s;
  size_t nw = workers > 0 ? (size_t)workers : bc__cpus_available();
  *out = NULL;
  if (nw > MAX_WORKERS)
    nw = MAX_WORKERS;
  if (nw > n)
    nw = n;
  s = bc__calloc(1, sizeof *s);
  if (!s)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  s->jobs = jobs;
  s->n = n;
  s->rate = rate;
  for (size_t k = 0; k < MAX_WORKERS; k++)
    s->w[k].fd = -1;
  *out = s;
  if (nw <= 1)
    return BC_OK;
  /* flite and the voices are set up once, here, so every child inherits
   * them ready; no thread of this process may be inside flite now. */
  {
    bc_status rc = bc__tts_init(err);
    if (rc)
      return rc;
  }
  for (size_t k = 0; k < nw; k++) {
    int p[2];
    pid_t pid, parent = getpid();
    if (pipe(p) != 0)
      goto fail;
    (void)fcntl(p[0], F_SETFD, FD_CLOEXEC);
    (void)fcntl(p[1], F_SETFD, FD_CLOEXEC);
    /* a bigger pipe lets a worker finish a long sentence unblocked */
    (void)fcntl(p[1], F_SETPIPE_SZ, 1 << 20);
    s->n_workers = k + 1;
    pid = fork();
    if (pid < 0) {
      close(p[0]);
      close(p[1]);
      s->n_workers = k;
      goto fail;
    }
    if (pid == 0) {
      /* A worker dies with the process it speaks for, whatever ends
       * that (a batch's timeout, a SIGKILL). */
      if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
        _exit(1);
      close(p[0]);
      for (size_t j = 0; j < k; j++)
        close(s->w[j].fd);
      s->n_workers = nw;
      worker_main(s, k, p[1]);
    }
    close(p[1]);
    s->w[k].pid = pid;
    s->w[k].fd = p[0];
  }
  return BC_OK;
fail:
  /* No processes to spare: speak in this one instead. */
  stop_workers(s);
  s->n_workers = 0;
  return BC_OK;
}

/* Copy the header of the complete record at the head of w's buffer into
 * h and return its samples, or NULL while the record is incomplete.
 * Records start at even offsets, so the samples are aligned. */
static const int16_t *head(const struct worker *w, struct record *h)
{
  if (w->len - w->off < sizeof *h)
    return NULL;
  memcpy(h, w->buf + w->off, sizeof *h);
  if (w->len - w->off - sizeof *h < (size_t)h->n * sizeof(int16_t))
    return NULL;
  return (const int16_t *)(const void *)(w->buf + w->off + sizeof *h);
}

/* Read what worker w has sent; 0, or -1 when out of memory. */
static int drain(struct worker *w)
{
  ssize_t k;
  if (w->off && w->off == w->len)
    w->off = w->len = 0;
  if (w->cap - w->len < 65536) {
    size_t keep = w->len - w->off, cap = w->cap ? w->cap : 262144;
    unsigned char *nb;
    if (w->off) { /* compact before growing */
      memmove(w->buf, w->buf + w->off, keep);
      w->off = 0;
      w->len = keep;
    }
    while (cap - w->len < 65536)
      cap *= 2;
    if (cap != w->cap) {
      nb = bc__realloc(w->buf, cap);
      if (!nb)
        return -1;
      w->buf = nb;
      w->cap = cap;
    }
  }
  k = read(w->fd, w->buf + w->len, w->cap - w->len);
  if (k > 0)
    w->len += (size_t)k;
  else if (k == 0 || errno != EINTR)
    w->eof = 1;
  return 0;
}

/* Wait until worker `need` has a complete record, reading from every
 * worker with room to buffer meanwhile. */
static bc_status wait_for(struct bc__synth *s, size_t need,
                          struct bc_error *err)
{
  struct record h;
  while (!head(&s->w[need], &h) && !s->w[need].eof) {
    struct pollfd pf[MAX_WORKERS];
    size_t who[MAX_WORKERS], m = 0;
    for (size_t k = 0; k < s->n_workers; k++) {
      struct worker *w = &s->w[k];
      if (w->eof || (k != need && w->len - w->off > AHEAD_BYTES))
        continue;
      pf[m].fd = w->fd;
      pf[m].events = POLLIN;
      pf[m].revents = 0;
      who[m++] = k;
    }
    if (poll(pf, m, -1) < 0) {
      if (errno == EINTR)
        continue;
      return bc_error_set(err, BC_ERR_RENDER, "cannot wait for speech: %s",
                          strerror(errno));
    }
    for (size_t q = 0; q < m; q++)
      if (pf[q].revents && drain(&s->w[who[q]]))
        return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  }
  return BC_OK;
}

/* Why worker w ended without sending sentence i. */
static bc_status worker_lost(struct bc__synth *s, struct worker *w, size_t i,
                             struct bc_error *err)
{
  int st = 0;
  pid_t pid = w->pid;
  while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
    ;
  w->pid = 0;
  if (WIFSIGNALED(st))
    return bc_error_set(err, BC_ERR_RENDER,
                        "speech synthesis crashed (signal %d) on \"%.60s\"",
                        WTERMSIG(st), s->jobs[i].text);
  return bc_error_set(err, BC_ERR_RENDER,
                      "speech synthesis stopped early on \"%.60s\"",
                      s->jobs[i].text);
}

bc_status bc__synth_take(struct bc__synth *s, size_t i, struct bc__pcm *out,
                         struct bc_error *err)
{
  struct worker *w;
  struct record h;
  const int16_t *samples;
  bc_status rc;
  if (i >= s->n)
    return bc_error_set(err, BC_ERR_RENDER, "no sentence %zu to speak", i);
  if (s->n_workers == 0)
    return speak(s, i, out, err);
  w = &s->w[i % s->n_workers];
  rc = wait_for(s, i % s->n_workers, err);
  if (rc)
    return rc;
  samples = head(w, &h);
  if (!samples)
    return worker_lost(s, w, i, err);
  if (h.job != i)
    return bc_error_set(err, BC_ERR_RENDER,
                        "speech arrived out of order (%u for %zu)",
                        (unsigned)h.job, i);
  out->n = 0;
  if (h.status) {
    h.msg[sizeof h.msg - 1] = '\0';
    return bc_error_set(err, (bc_status)h.status, "%s", h.msg);
  }
  rc = bc__pcm_add(out, samples, h.n);
  w->off += sizeof h + (size_t)h.n * sizeof(int16_t);
  if (rc)
    return bc_error_set(err, rc, "cannot hold the audio of one sentence");
  return BC_OK;
}

size_t bc__synth_workers(const struct bc__synth *s)
{
  return s ? s->n_workers : 0;
}

void bc__synth_end(struct bc__synth *s)
{
  if (!s)
    return;
  stop_workers(s);
  free(s);
}
