/* bench_audio.c - prints the audio stage's speed and memory: synthesis
 * real-time factor per voice, the whole stage (normalization, synthesis,
 * loudness, resampling, WAV, MP3, captions) for one and two speakers, and
 * peak RSS for scripts of 1,000 to 10,000 words (each in a fresh child
 * process, so the figures do not accumulate).
 * usage: bench_audio [TEXT_FILE] (default samples/long-essay.md)
 * Its WAV, MP3 and Opus files go to a fresh folder under $TMPDIR (else
 * /tmp), removed at the end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "briefcast/audio.h"
#include "render/audio/audio_int.h"
#include "util/alloc.h"
#include "util/fs.h"

#include "testutil.h"

/* The first n words of text, skipping Markdown heading marks. */
static char *words(const char *text, size_t n)
{
  size_t len = strlen(text), k = 0, i = 0;
  char *out = malloc(len + 1);
  if (!out)
    return NULL;
  while (i < len && k < n) {
    while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '#'))
      i++;
    while (i < len && text[i] != ' ' && text[i] != '\n')
      i++;
    k++;
  }
  memcpy(out, text, i);
  out[i] = '\0';
  for (char *p = out; *p; p++)
    if (*p == '#')
      *p = ' ';
  return out;
}

/* Repeat text until it has at least n words. */
static char *grow(const char *text, size_t n)
{
  size_t have = 0, len = strlen(text), reps;
  char *out;
  for (const char *p = text; *p; p++)
    if ((*p == ' ' || *p == '\n') && p[1] && p[1] != ' ' && p[1] != '\n')
      have++;
  reps = have ? n / have + 1 : 1;
  out = malloc(len * reps + reps + 1);
  if (!out)
    return NULL;
  out[0] = '\0';
  for (size_t r = 0; r < reps; r++) {
    strcat(out, text);
    strcat(out, "\n");
  }
  return out;
}

/* The MP3 and Opus encoders alone on dir/narration.wav: CPU seconds (the
 * machine may be shared, so not wall time) and size. */
static void encoders(const char *dir)
{
  struct bc_summary s = {.title = (char *)"bench"};
  struct bc_error err = BC_ERROR_INIT;
  char path[1024];
  unsigned char h[44];
  FILE *wav;
  snprintf(path, sizeof path, "%s/narration.wav", dir);
  wav = fopen(path, "rb");
  if (!wav || fread(h, 1, 44, wav) != 44 || fseek(wav, 0, SEEK_END) != 0)
    return;
  size_t n = (size_t)(ftell(wav) - 44) / 2;
  int rate = h[24] | h[25] << 8 | h[26] << 16;
  double secs = (double)n / rate;
  printf("\nencoders alone on %.1f s at %d Hz: CPU s, x real, KB, kbit/s\n",
         secs, rate);
  for (int k = 0; k < 2; k++) {
    struct timespec a, b;
    struct stat sb;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
    bc_status rc = k ? bc__opus_write(&s, wav, n, rate, NULL, 0, dir, &err)
                     : bc__mp3_write(&s, wav, n, rate, NULL, 0, dir, &err);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
    snprintf(path, sizeof path, "%s/narration.%s", dir, k ? "opus" : "mp3");
    if (rc || stat(path, &sb))
      break;
    double cpu = (double)(b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
    printf("%-5s %8.3f %8.0f %10.1f %6.1f\n", k ? "opus" : "mp3", cpu,
           secs / cpu, sb.st_size / 1024.0, sb.st_size * 8 / 1000.0 / secs);
  }
  fclose(wav);
}

static struct bc_summary *summary_of(const char *text, int speakers,
                                     int one_turn)
{
  struct bc_summary *s = bc_summary_new();
  size_t n = 0, len = strlen(text), per = one_turn ? len : 600;
  if (!s)
    return NULL;
  s->title = bc__strdup("bench");
  s->narration = bc__calloc(len / per + 2, sizeof *s->narration);
  /* turns of about 100 words at sentence ends */
  for (size_t i = 0; i < len;) {
    size_t j = i + per < len ? i + per : len;
    while (j < len && text[j] != '.')
      j++;
    if (j < len)
      j++;
    s->narration[n].speaker =
        bc__strdup(speakers > 1 && n % 2 ? "guest" : "host");
    s->narration[n].text = bc__strndup(text + i, j - i);
    n++;
    i = j;
  }
  s->n_narration = n;
  return s;
}

int main(int argc, char **argv)
{
  static const char *const voices[] = {"rms", "slt", "awb", "kal16"};
  const char *path = argc > 1 ? argv[1] : "samples/long-essay.md";
  struct bc_error err = BC_ERROR_INIT;
  char *text = NULL, *t1000 = NULL, *work = NULL, *say = NULL, *outdir = NULL;
  size_t len;
  int rc = 1;

  if (bc__fs_read(path, (size_t)64 << 20, &text, &len, &err)) {
    fprintf(stderr, "bench_audio: %s\n", err.msg);
    return 1;
  }
  work = bc_test_tmpdir("bench-audio");
  say = work ? bc__fs_join(work, "say.wav") : NULL;
  outdir = work ? bc__fs_join(work, "out") : NULL;
  if (!say || !outdir) {
    perror("bench_audio: temporary folder");
    goto out;
  }
  t1000 = words(text, 1000);
  printf("synthesis of 1000 words of %s (bc_audio_say: normalize, flite, "
         "loudness, 22.05 kHz WAV)\n",
         path);
  printf("%-6s %9s %9s %9s %8s %8s\n", "voice", "audio s", "synth s", "stage s",
         "RTF", "x real");
  for (size_t v = 0; v < sizeof voices / sizeof voices[0]; v++) {
    struct bc_audio_opts o = BC_AUDIO_OPTS_INIT;
    struct bc_audio_stats st;
    o.voices = voices[v];
    if (bc_audio_say(t1000, &o, say, &st, &err)) {
      fprintf(stderr, "bench_audio: %s\n", err.msg);
      goto out;
    }
    printf("%-6s %9.1f %9.3f %9.3f %8.4f %8.0f\n", voices[v], st.seconds,
           st.synth_seconds, st.total_seconds, st.total_seconds / st.seconds,
           st.seconds / st.total_seconds);
  }

  printf("\nwhole stage (bc_audio_render: WAV, MP3, VTT, SRT, chapters), "
         "rms+slt, 2 speakers\n");
  printf("%7s %9s %9s %9s %8s %12s\n", "words", "audio s", "synth s", "stage s",
         "x real", "peak RSS MB");
  /* 1k, 5k, 10k words in turns of about 100 words; then 10k words as one
   * single turn, the shape `briefcast say` gives a long text */
  for (size_t row = 0; row < 4; row++) {
    size_t n = row == 0 ? 1000 : row == 1 ? 5000 : 10000;
    int one_turn = row == 3;
    pid_t pid;
    int fds[2];
    if (pipe(fds))
      goto out;
    pid = fork();
    if (pid == 0) {
      char *big = grow(text, n), *cut = big ? words(big, n) : NULL;
      struct bc_summary *s = cut ? summary_of(cut, 2, one_turn) : NULL;
      struct bc_audio_opts o = BC_AUDIO_OPTS_INIT;
      struct bc_audio_stats st;
      FILE *w = fdopen(fds[1], "w");
      close(fds[0]);
      o.mp3 = 1;
      if (!s || bc_audio_render(s, &o, outdir, &st, &err)) {
        fprintf(stderr, "bench_audio: %s\n", err.msg);
        _exit(1);
      }
      {
        /* the largest of this process and its speech workers */
        struct rusage self, kids;
        getrusage(RUSAGE_SELF, &self);
        getrusage(RUSAGE_CHILDREN, &kids);
        fprintf(w, "%zu %.1f %.3f %.3f %ld\n", st.words, st.seconds,
                st.synth_seconds, st.total_seconds,
                self.ru_maxrss > kids.ru_maxrss ? self.ru_maxrss
                                                : kids.ru_maxrss);
      }
      fclose(w);
      bc_summary_free(s);
      free(big);
      free(cut);
      _exit(0);
    } else {
      int status;
      size_t w = 0;
      long rss = 0;
      double a = 0, sy = 0, tot = 0;
      FILE *r = fdopen(fds[0], "r");
      close(fds[1]);
      if (!r || fscanf(r, "%zu %lf %lf %lf %ld", &w, &a, &sy, &tot, &rss) != 5)
        fprintf(stderr, "bench_audio: child failed\n");
      if (r)
        fclose(r);
      waitpid(pid, &status, 0);
      printf("%7zu %9.1f %9.3f %9.3f %8.0f %12.1f%s\n", w, a, sy, tot,
             tot > 0 ? a / tot : 0, rss / 1024.0,
             one_turn ? "  (one turn)" : "");
    }
  }
  encoders(outdir);
  rc = 0;
out:
  free(say);
  free(outdir);
  bc_test_tmpdir_remove(work);
  free(t1000);
  free(text);
  return rc;
}
