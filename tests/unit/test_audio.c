/* test_audio.c - the audio renderer end to end: real flite synthesis into
 * a temporary directory, then what a listener's tools would check: the WAV
 * header, duration against the words, silence where the pauses are, caption
 * order and end time, chapters, the MP3's ID3 tag, and clear errors. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "briefcast/audio.h"
#include "briefcast/podcast.h"
#include "render/audio/audio_int.h"
#include "util/alloc.h"
#include "util/fs.h"

#include "testutil.h"

static char *tmpdir;

static int setup(void **state)
{
  (void)state;
  tmpdir = bc_test_tmpdir("test-audio");
  return tmpdir ? 0 : -1;
}

static int teardown(void **state)
{
  int rc;
  (void)state;
  rc = bc_test_tmpdir_remove(tmpdir);
  tmpdir = NULL;
  return rc;
}

static struct bc_summary *make(size_t n, const char *const *speaker,
                               const char *const *text)
{
  struct bc_summary *s = bc_summary_new();
  assert_non_null(s);
  s->title = bc__strdup("Cache Wars");
  s->source.title = bc__strdup("Cache Wars");
  s->source.author = bc__strdup("Ada Lovelace");
  s->source.date = bc__strdup("2019-07-20");
  s->source.url = bc__strdup("https://example.com/cache");
  s->narration = bc__calloc(n ? n : 1, sizeof *s->narration);
  assert_non_null(s->narration);
  s->n_narration = n;
  for (size_t i = 0; i < n; i++) {
    s->narration[i].speaker = bc__strdup(speaker[i]);
    s->narration[i].text = bc__strdup(text[i]);
  }
  return s;
}

static char *slurp(const char *name, size_t *len)
{
  char *path = bc__fs_join(tmpdir, name), *data = NULL;
  struct bc_error err = BC_ERROR_INIT;
  assert_non_null(path);
  assert_int_equal(bc__fs_read(path, (size_t)1 << 30, &data, len, &err), BC_OK);
  free(path);
  return data;
}

static uint32_t rd32(const unsigned char *p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

static double parse_ts(const char *p)
{
  int h, m, s, ms;
  assert_int_equal(sscanf(p, "%d:%d:%d.%d", &h, &m, &s, &ms), 4);
  return h * 3600 + m * 60 + s + ms / 1000.0;
}

struct cues {
  double start[64], end[64];
  size_t n;
};

static void parse_vtt(const char *vtt, struct cues *c)
{
  const char *p = vtt;
  assert_memory_equal(vtt, "WEBVTT\n", 7);
  c->n = 0;
  while ((p = strstr(p, " --> ")) != NULL) {
    assert_true(c->n < 64);
    c->start[c->n] = parse_ts(p - 12);
    c->end[c->n] = parse_ts(p + 5);
    c->n++;
    p += 5;
  }
}

static double rms(const int16_t *s, size_t from, size_t to)
{
  double acc = 0;
  if (to <= from)
    return 0;
  for (size_t i = from; i < to; i++)
    acc += (double)s[i] * s[i];
  return sqrt(acc / (double)(to - from)) / 32768.0;
}

static void test_render_two_speakers(void **state)
{
  static const char *const sp[] = {"host", "guest", "host"};
  static const char *const tx[] = {
      "AWS launched in 2006. It now serves more than a million customers.",
      "That is a lot of customers. The CI/CD pipeline runs 5x faster!",
      "Thanks for listening."};
  struct bc_summary *s = make(3, sp, tx);
  struct bc_audio_opts o = BC_AUDIO_OPTS_INIT;
  struct bc_audio_stats st;
  struct bc_error err = BC_ERROR_INIT;
  struct cues c;
  size_t len, n, rate;
  unsigned char *wav;
  char *vtt, *srt, *chap;
  const int16_t *pcm;
  double secs;
  (void)state;

  o.sample_rate = 22050;
  assert_int_equal(bc_audio_render(s, &o, tmpdir, &st, &err), BC_OK);
  wav = (unsigned char *)slurp("narration.wav", &len);
  /* RIFF header of 16-bit mono PCM at the asked rate */
  assert_true(len > 44);
  assert_memory_equal(wav, "RIFF", 4);
  assert_int_equal(rd32(wav + 4), len - 8);
  assert_memory_equal(wav + 8, "WAVEfmt ", 8);
  assert_int_equal(wav[20] | wav[21] << 8, 1);
  assert_int_equal(wav[22] | wav[23] << 8, 1);
  rate = rd32(wav + 24);
  assert_int_equal(rate, 22050);
  assert_int_equal(rd32(wav + 28), rate * 2);
  assert_int_equal(wav[34] | wav[35] << 8, 16);
  assert_memory_equal(wav + 36, "data", 4);
  assert_int_equal(rd32(wav + 40), len - 44);
  n = (len - 44) / 2;
  secs = (double)n / (double)rate;
  assert_true(fabs(secs - st.seconds) < 0.001);
  /* 26 written words read at a normal pace (pauses included) */
  assert_true(st.words >= 26 && st.words <= 40);
  assert_true(st.words / (secs / 60) > 100 && st.words / (secs / 60) < 260);

  vtt = slurp("transcript.vtt", &len);
  parse_vtt(vtt, &c);
  assert_int_equal(c.n, 5);
  assert_int_equal(st.cues, 5);
  for (size_t i = 0; i < c.n; i++) {
    assert_true(c.end[i] > c.start[i]);
    if (i)
      assert_true(c.start[i] >= c.end[i - 1]);
  }
  assert_true(fabs(c.end[c.n - 1] - secs) <= 0.05);
  assert_non_null(strstr(vtt, "AWS launched in 2006."));
  /* the gaps between cues are silent; the cues are not */
  pcm = (const int16_t *)(const void *)(wav + 44);
  for (size_t i = 1; i < c.n; i++) {
    size_t a = (size_t)((c.end[i - 1] + 0.03) * rate);
    size_t b = (size_t)((c.start[i] - 0.03) * rate);
    assert_true(c.start[i] - c.end[i - 1] >= 0.2);
    assert_true(rms(pcm, a, b) < 0.003);
    /* cue times are rounded to the millisecond: stay inside the data */
    assert_true(rms(pcm, (size_t)(c.start[i] * rate),
                    (size_t)fmin(c.end[i] * rate, (double)n)) > 0.02);
  }
  /* a turn change pauses longer than a sentence break */
  assert_true(c.start[2] - c.end[1] > c.start[1] - c.end[0] + 0.2);

  srt = slurp("transcript.srt", &len);
  assert_memory_equal(srt, "1\n00:00:00,000 --> ", 19);
  chap = slurp("chapters.json", &len);
  assert_non_null(strstr(chap, "\"startTime\":\t0"));
  /* the first turns are the introduction, the last the outro */
  assert_non_null(strstr(chap, "\"title\":\t\"Introduction\""));
  assert_non_null(strstr(chap, "\"title\":\t\"Outro\""));
  assert_true(fabs(st.lufs + 16) < 0.5);
  assert_true(st.true_peak_db <= -0.9);
  free(wav);
  free(vtt);
  free(srt);
  free(chap);
  bc_summary_free(s);
}

/* One turn of about two minutes is matched and spooled in blocks of a
 * minute: where the blocks join, listeners hear an ordinary sentence
 * pause, not a turn's, and the cues run on without a jump. */
static void test_long_turn_in_blocks(void **state)
{
  static const char *const sp[] = {"narrator"};
  char *text = bc__malloc(8192), *vtt;
  const char *const tx[] = {text};
  struct bc_summary *s;
  struct bc_audio_opts o = BC_AUDIO_OPTS_INIT;
  struct bc_audio_stats st;
  struct bc_error err = BC_ERROR_INIT;
  struct cues c;
  size_t len, gaps = 0;
  (void)state;
  assert_non_null(text);
  text[0] = '\0';
  for (int k = 0; k < 40; k++)
    strcat(text, "The platform grew from one small server to a cluster of "
                 "machines. ");
  s = make(1, sp, tx);
  o.voices = "kal16";
  o.mp3 = 0;
  assert_int_equal(bc_audio_render(s, &o, tmpdir, &st, &err), BC_OK);
  assert_true(st.seconds > 130); /* more than two blocks */
  vtt = slurp("transcript.vtt", &len);
  parse_vtt(vtt, &c);
  /* the turn's 40 sentences, then the outro the narration lacks (two) */
  assert_int_equal(c.n, 42);
  assert_non_null(strstr(vtt, "That was a briefcast of Cache Wars"));
  for (size_t i = 1; i < 40; i++) {
    double gap = c.start[i] - c.end[i - 1];
    assert_true(gap > 0.2 && gap < 0.3); /* 250 ms, rounded to the ms */
    gaps++;
  }
  assert_int_equal(gaps, 39);
  /* kal16 is peaky: limiting alone left it at -17.0 LUFS */
  assert_true(fabs(st.lufs + 16) < 0.5);
  assert_true(st.true_peak_db <= -1.0);
  free(vtt);
  free(text);
  bc_summary_free(s);
}

static void test_errors(void **state)
{
  static const char *const sp[] = {"narrator", "narrator"};
  static const char *const tx[] = {"", "   "};
  static const char *const ok[] = {"Hello there.", "Bye."};
  struct bc_summary *empty = make(2, sp, tx), *s = make(2, sp, ok);
  struct bc_audio_opts o = BC_AUDIO_OPTS_INIT;
  struct bc_error err = BC_ERROR_INIT;
  char *sub;
  (void)state;

  assert_int_equal(bc_audio_render(empty, &o, tmpdir, NULL, &err),
                   BC_ERR_INPUT);
  o.voices = "rms,bogus";
  assert_int_equal(bc_audio_render(s, &o, tmpdir, NULL, &err), BC_ERR_USAGE);
  assert_non_null(strstr(err.msg, "'bogus'"));
  o.voices = NULL;
  o.style = "sonnet";
  assert_int_equal(bc_audio_render(s, &o, tmpdir, NULL, &err), BC_ERR_USAGE);
  assert_non_null(strstr(err.msg, "'sonnet'"));
  o.style = NULL;
  o.sample_rate = 1000;
  assert_int_equal(bc_audio_render(s, &o, tmpdir, NULL, &err), BC_ERR_USAGE);
  o.sample_rate = 0;
  /* an output directory under a regular file cannot be made */
  sub = bc__fs_join(tmpdir, "afile");
  assert_int_equal(bc__fs_write_atomic(sub, "x", 1, &err), BC_OK);
  free(sub);
  sub = bc__fs_join(tmpdir, "afile/x");
  assert_int_equal(bc_audio_render(s, &o, sub, NULL, &err), BC_ERR_OUTPUT);
  free(sub);
  bc_summary_free(empty);
  bc_summary_free(s);
}

/* Sentences for the synthesis tests: enough that a worker's output does
 * not fit its pipe, so no worker can finish before the parent reads. */
static struct bc__speak *speak_list(size_t n, const char *voice)
{
  static const char *const lines[] = {
      "The first wave moved the ingestion jobs in the spring.",
      "Recovery took thirty one hours and nobody slept much.",
      "Every migration since then has had a written rollback plan.",
      "We measured the time to recovery after each incident.",
  };
  struct bc__speak *j = bc__calloc(n, sizeof *j);
  assert_non_null(j);
  for (size_t i = 0; i < n; i++) {
    j[i].voice = voice;
    j[i].text = lines[i % 4];
  }
  return j;
}

/* kal16 is deterministic, so the workers' audio must equal the audio of
 * the same sentences spoken in this process, sentence by sentence. */
static void test_synth_workers_match(void **state)
{
  struct bc__speak *j = speak_list(9, "kal16");
  struct bc__pcm ref[9], one = {NULL, 0, 0, (size_t)1 << 26};
  struct bc_error err = BC_ERROR_INIT;
  struct bc__synth *s = NULL;
  (void)state;

  assert_int_equal(bc__synth_begin(j, 9, 22050, 1, &s, &err), BC_OK);
  assert_int_equal(bc__synth_workers(s), 0);
  for (size_t i = 0; i < 9; i++) {
    memset(&ref[i], 0, sizeof ref[i]);
    ref[i].max = (size_t)1 << 26;
    assert_int_equal(bc__synth_take(s, i, &ref[i], &err), BC_OK);
    assert_true(ref[i].n > 22050); /* each sentence lasts over a second */
  }
  bc__synth_end(s);
  for (int w = 2; w <= 3; w++) {
    assert_int_equal(bc__synth_begin(j, 9, 22050, w, &s, &err), BC_OK);
    assert_int_equal(bc__synth_workers(s), (size_t)w);
    for (size_t i = 0; i < 9; i++) {
      assert_int_equal(bc__synth_take(s, i, &one, &err), BC_OK);
      assert_int_equal(one.n, ref[i].n);
      assert_memory_equal(one.s, ref[i].s, one.n * sizeof *one.s);
    }
    bc__synth_end(s);
  }
  /* never more workers than sentences */
  assert_int_equal(bc__synth_begin(j, 1, 22050, 4, &s, &err), BC_OK);
  assert_int_equal(bc__synth_workers(s), 0);
  bc__synth_end(s);
  for (size_t i = 0; i < 9; i++)
    bc__pcm_release(&ref[i]);
  bc__pcm_release(&one);
  free(j);
}

/* An error inside a worker reaches the caller with its own message, and a
 * worker that dies is reported with its signal instead of hanging. */
static void test_synth_worker_failures(void **state)
{
  struct bc__speak *j = speak_list(40, "rms");
  struct bc__pcm one = {NULL, 0, 0, (size_t)1 << 26};
  struct bc_error err = BC_ERROR_INIT;
  struct bc__synth *s = NULL;
  char path[64], *kids = NULL;
  size_t len, i;
  bc_status rc = BC_OK;
  long pid;
  (void)state;

  j[3].voice = "zzz";
  assert_int_equal(bc__synth_begin(j, 40, 16000, 2, &s, &err), BC_OK);
  for (i = 0; i < 3; i++)
    assert_int_equal(bc__synth_take(s, i, &one, &err), BC_OK);
  assert_int_equal(bc__synth_take(s, 3, &one, &err), BC_ERR_USAGE);
  assert_non_null(strstr(err.msg, "unknown voice 'zzz'"));
  bc__synth_end(s);

  j[3].voice = "rms";
  assert_int_equal(bc__synth_begin(j, 40, 16000, 2, &s, &err), BC_OK);
  assert_int_equal(bc__synth_workers(s), 2);
  snprintf(path, sizeof path, "/proc/self/task/%ld/children", (long)getpid());
  assert_int_equal(bc__fs_read(path, 4096, &kids, &len, &err), BC_OK);
  pid = strtol(kids, NULL, 10);
  assert_true(pid > 0);
  assert_int_equal(kill((pid_t)pid, SIGKILL), 0);
  for (i = 0; i < 40 && !rc; i++)
    rc = bc__synth_take(s, i, &one, &err);
  assert_int_equal(rc, BC_ERR_RENDER);
  assert_non_null(strstr(err.msg, "signal 9"));
  bc__synth_end(s);
  free(kids);
  bc__pcm_release(&one);
  free(j);
}

/* A tone at a quarter of the sample rate, sampled 45 degrees off its
 * crests, peaks 3 dB above every sample: the master's limiter (samples
 * and midpoints) lets some of that through, the true-peak measurement
 * sees it, and the fix brings it under the ceiling. */
#define PI 3.14159265358979323846
static void test_master_true_peak(void **state)
{
  const int rate = 22050;
  const size_t n = (size_t)rate * 3;
  FILE *in = tmpfile(), *out = tmpfile();
  struct bc__master m;
  struct bc_error err = BC_ERROR_INIT;
  int16_t *x = bc__malloc(n * sizeof *x);
  double before;
  (void)state;
  assert_non_null(in);
  assert_non_null(out);
  assert_non_null(x);
  for (size_t i = 0; i < n; i++)
    x[i] = (int16_t)lrint(12700 * sin(PI / 2 * (double)i + PI / 4));
  assert_int_equal(bc__le16_write(in, x, n), 0);
  memset(&m, 0, sizeof m);
  m.in = in;
  m.in_n = n;
  m.in_rate = m.out_rate = rate;
  m.in_peak = x[0]; /* 8980: every sample is +-8980 */
  /* samples to 25300 (-2.2 dBFS, under the limiter's ceiling), crests
   * between them to 35800 (+0.8 dBTP) */
  m.gain_db = 9;
  m.peak_db = -1.0;
  m.out = out;
  assert_int_equal(bc__audio_master(&m, &err), BC_OK);
  assert_int_equal(m.out_n, n);
  assert_true(isfinite(m.lufs));
  assert_int_equal(bc__audio_peaks(&m, &err), BC_OK);
  before = m.true_peak_db;
  assert_true(before > -1.0); /* the case the fix exists for */
  assert_int_equal(bc__audio_fix_peaks(&m, &err), BC_OK);
  assert_true(m.true_peak_db <= -1.0);
  assert_true(m.true_peak_db > -3.0); /* limited, not silenced */
  /* what fix_peaks reports is what the file holds */
  assert_int_equal(bc__audio_peaks(&m, &err), BC_OK);
  assert_true(m.true_peak_db <= -1.0);
  free(x);
  fclose(in);
  fclose(out);
}

/* A spool whose length is a few samples past a whole number of the
 * master's 32768-sample chunks: the last chunk and its look-ahead arrive
 * together at the end of the input, and every sample must come out once
 * (the master used to copy them all into a one-chunk buffer). */
static void test_master_chunk_boundary(void **state)
{
  const int rate = 22050;
  const size_t n = 2 * 32768 + 7;
  FILE *in = tmpfile(), *out = tmpfile();
  struct bc__master m;
  struct bc_error err = BC_ERROR_INIT;
  int16_t *x = bc__malloc(n * sizeof *x), *y = bc__malloc(n * sizeof *y);
  (void)state;
  assert_non_null(in);
  assert_non_null(out);
  assert_non_null(x);
  assert_non_null(y);
  for (size_t i = 0; i < n; i++)
    x[i] = (int16_t)(i % 2000 - 1000);
  assert_int_equal(bc__le16_write(in, x, n), 0);
  memset(&m, 0, sizeof m);
  m.in = in;
  m.in_n = n;
  m.in_rate = m.out_rate = rate;
  m.in_peak = 1000;
  m.gain_db = 0;
  m.peak_db = -1.0;
  m.out = out;
  assert_int_equal(bc__audio_master(&m, &err), BC_OK);
  assert_int_equal(m.out_n, n);
  /* Quiet input, unity gain: the samples pass through unchanged. */
  assert_int_equal(fseek(out, 44, SEEK_SET), 0);
  assert_int_equal(bc__le16_read(out, y, n), n);
  assert_memory_equal(x, y, n * sizeof *x);
  free(x);
  free(y);
  fclose(in);
  fclose(out);
}

static void test_wav_encode(void **state)
{
  static const int16_t s[] = {0, 1, -1, 32767, -32768};
  struct bc_error err = BC_ERROR_INIT;
  char *w = NULL;
  size_t len = 0;
  const unsigned char *u;
  (void)state;
  assert_int_equal(bc__wav_encode(s, 5, 16000, &w, &len, &err), BC_OK);
  u = (const unsigned char *)w;
  assert_int_equal(len, 54);
  assert_int_equal(rd32(u + 24), 16000);
  assert_int_equal(rd32(u + 40), 10);
  assert_int_equal(u[44 + 6], 0xff); /* 32767 little-endian */
  assert_int_equal(u[44 + 7], 0x7f);
  assert_int_equal(u[44 + 8], 0x00); /* -32768 */
  assert_int_equal(u[44 + 9], 0x80);
  free(w);
  assert_int_equal(bc__wav_encode(s, 5, 0, &w, &len, &err), BC_ERR_USAGE);
}

static void test_caption_format(void **state)
{
  struct bc__cue c[] = {{0.0, 1.2345, "One."},
                        {3661.5, 3662.0, "Two --> three\nlines."}};
  struct bc_buf b = BC_BUF_INIT(4096);
  (void)state;
  assert_int_equal(bc__vtt_format(c, 2, &b), BC_OK);
  assert_string_equal(bc_buf_str(&b),
                      "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.235\nOne.\n\n"
                      "2\n01:01:01.500 --> 01:01:02.000\n"
                      "Two -> three lines.\n");
  bc_buf_reset(&b);
  assert_int_equal(bc__srt_format(c, 1, &b), BC_OK);
  assert_string_equal(bc_buf_str(&b),
                      "1\n00:00:00,000 --> 00:00:01,235\nOne.\n");
  bc_buf_release(&b);
}

static void test_sentences(void **state)
{
  static const struct {
    const char *in;
    size_t n;
    const char *first;
  } cases[] = {
      {"One. Two! Three?", 3, "One."},
      {"Dr. Smith met J. Doe. Then left.", 2, "Dr. Smith met J. Doe."},
      {"Growth was 1.5 percent. Fine.", 2, "Growth was 1.5 percent."},
      {"He said \"stop.\" Then he left.", 2, "He said \"stop.\""},
      {"No final stop", 1, "No final stop"},
      {"Para one\n\nPara two.", 2, "Para one"},
      {"e.g. this one. And that.", 2, "e.g. this one."},
      {"   ", 0, NULL},
      /* Split as the analyzer splits (bc__analyze_sentences). */
      {"It shipped on Jan. 5 to all users. Fine.", 2,
       "It shipped on Jan. 5 to all users."},
      {"He said \xe2\x80\x9cStop.\xe2\x80\x9d Then he left.", 2,
       "He said \xe2\x80\x9cStop.\xe2\x80\x9d"},
      {"It rained... then it cleared. Fine.", 2,
       "It rained... then it cleared."},
      {"She moved to the U.S. Army base. Fine.", 2,
       "She moved to the U.S. Army base."},
      {"See p. 166 for more. Fine.", 2, "See p. 166 for more."},
      {"Why It Matters\nSummaries lose facts.", 2, "Why It Matters"},
      {"- first point\n- second point", 2, "first point"},
      {"a line that wraps\nin the middle.", 1,
       "a line that wraps in the middle."},
  };
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char **v = NULL;
    size_t n = 0;
    assert_int_equal(bc__script_sentences(cases[i].in, &v, &n, NULL), BC_OK);
    assert_int_equal(n, cases[i].n);
    if (n)
      assert_string_equal(v[0], cases[i].first);
    for (size_t k = 0; k < n; k++)
      free(v[k]);
    free(v);
  }
}

/* A sentence of more than 60 words is cut after the comma that follows its
 * 60th word, and one without such a comma at the space after its 90th. */
static void test_long_sentences(void **state)
{
  struct bc_buf b = BC_BUF_INIT(4096);
  char **v = NULL;
  size_t n = 0, k;
  (void)state;
  for (k = 0; k < 70; k++)
    bc_buf_adds(&b, k == 64 ? "word, " : "word ");
  bc_buf_adds(&b, "end.");
  assert_int_equal(bc__script_sentences(bc_buf_str(&b), &v, &n, NULL), BC_OK);
  assert_int_equal(n, 2);
  assert_int_equal(strlen(v[0]), 65 * 5);
  assert_int_equal(v[0][strlen(v[0]) - 1], ',');
  assert_string_equal(v[1], "word word word word word end.");
  for (k = 0; k < n; k++)
    free(v[k]);
  free(v);
  bc_buf_reset(&b);
  for (k = 0; k < 100; k++)
    bc_buf_adds(&b, "word ");
  bc_buf_adds(&b, "end.");
  assert_int_equal(bc__script_sentences(bc_buf_str(&b), &v, &n, NULL), BC_OK);
  assert_int_equal(n, 2);
  assert_int_equal(strlen(v[0]), 90 * 5 - 1);
  for (k = 0; k < n; k++)
    free(v[k]);
  free(v);
  bc_buf_release(&b);
}

static void test_rfc822(void **state)
{
  static const struct {
    const char *iso, *want;
  } cases[] = {
      {"2019-07-20", "Sat, 20 Jul 2019 00:00:00 +0000"},
      {"2024-02-29", "Thu, 29 Feb 2024 00:00:00 +0000"},
      {"2000-01-01T10:00:00Z", "Sat, 01 Jan 2000 00:00:00 +0000"},
      {"1999-12-31", "Fri, 31 Dec 1999 00:00:00 +0000"},
      {"2023-02-29", NULL},
      {"2024-13-01", NULL},
      {"2024-04-31", NULL},
      {"2024-7-1", NULL},
      {"", NULL},
      {"June 2019", NULL},
  };
  char out[64];
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int r = bc_podcast_rfc822(cases[i].iso, out, sizeof out);
    if (cases[i].want) {
      assert_int_equal(r, 0);
      assert_string_equal(out, cases[i].want);
    } else {
      assert_int_equal(r, -1);
    }
  }
  assert_int_equal(bc_podcast_rfc822("2019-07-20", out, 10), -1);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_wav_encode),
      cmocka_unit_test(test_caption_format),
      cmocka_unit_test(test_sentences),
      cmocka_unit_test(test_rfc822),
      cmocka_unit_test(test_long_sentences),
      cmocka_unit_test(test_master_true_peak),
      cmocka_unit_test(test_master_chunk_boundary),
      cmocka_unit_test(test_synth_workers_match),
      cmocka_unit_test(test_synth_worker_failures),
      cmocka_unit_test_setup_teardown(test_render_two_speakers, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
      cmocka_unit_test_setup_teardown(test_long_turn_in_blocks, setup,
                                      teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
