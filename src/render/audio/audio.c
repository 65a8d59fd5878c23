/* audio.c - the audio stage: turns a summary's narration (or a script built
 * from the summary) into narration.wav, captions and chapters.  Each
 * sentence is normalized for speech and synthesized on its own (in worker
 * processes: audio_synth.c), so caption times are the real sample counts;
 * pauses are inserted between sentences, turns and chapters.  Loudness and
 * peaks are mastered in audio_master.c; encoding details live in wav.c,
 * vtt.c, audio_mp3.c and audio_opus.c. */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "briefcast/limits.h"
#include "render/audio/audio_int.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/json.h"

/* flite's voices carry nothing above 8 kHz, so 22.05 kHz loses nothing
 * against 44.1 kHz and halves the cost of resampling and encoding. */
#define DEFAULT_RATE 22050
#define SENTENCE_PAUSE_MS 250
#define TURN_PAUSE_MS 600
#define CHAPTER_PAUSE_MS 1000
#define TARGET_LUFS -16.0
#define TARGET_PEAK_DB -1.0
/* How far under the target a master may land before it is done again. */
#define LUFS_TOLERANCE 0.3
/* Turns are first matched at a level 10 dB under the target, where speech
 * peaks cannot clip; the global pass then lifts and limits everything. */
#define TURN_LUFS (TARGET_LUFS - 10.0)
/* Loudness is matched over at most this much of one turn at a time. */
#define BLOCK_SECONDS 60
#define MAX_SECONDS BC_MAX_AUDIO_SECONDS

/* One sentence to speak. */
struct job {
  const char *voice; /* borrowed from the voice list */
  char *shown;       /* the sentence as written, for captions */
  char *said;        /* the normalized words */
  size_t seg;        /* index of its script segment */
};

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static size_t count_words(const char *s)
{
  size_t n = 0;
  int in = 0;
  for (; *s; s++) {
    int w = (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
            (*s >= '0' && *s <= '9');
    if (w && !in)
      n++;
    if (w)
      in = 1;
    else if (*s == ' ' || *s == '\t' || *s == '\n')
      in = 0;
  }
  return n;
}

/* ---- voices -------------------------------------------------------------- */

struct voices {
  char *list; /* owned copy, split in place */
  char **name;
  size_t n;
  char **speaker; /* borrowed speaker names in order of first appearance */
  size_t n_speakers;
};

static bc_status voices_parse(struct voices *v, const char *spec,
                              struct bc_error *err)
{
  char *p;
  size_t cap = 1;
  v->list = bc__strdup(spec && *spec ? spec : "rms,slt");
  if (!v->list)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  for (p = v->list; *p; p++)
    if (*p == ',')
      cap++;
  v->name = bc__calloc(cap, sizeof *v->name);
  if (!v->name)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  p = v->list;
  while (p) {
    char *comma = strchr(p, ',');
    char *e;
    if (comma)
      *comma = '\0';
    while (*p == ' ')
      p++;
    e = p + strlen(p);
    while (e > p && e[-1] == ' ')
      *--e = '\0';
    if (*p) {
      if (!bc__tts_has_voice(p))
        return bc_error_set(
            err, BC_ERR_USAGE,
            "unknown voice '%s' (available: " BC__VOICE_NAMES ")", p);
      v->name[v->n++] = p;
    }
    p = comma ? comma + 1 : NULL;
  }
  if (v->n == 0)
    return bc_error_set(err, BC_ERR_USAGE, "no voice in '%s'", spec);
  return BC_OK;
}

static const char *voice_for(struct voices *v, const char *speaker,
                             size_t max_speakers)
{
  size_t i;
  for (i = 0; i < v->n_speakers; i++)
    if (strcmp(v->speaker[i], speaker) == 0)
      return v->name[i % v->n];
  if (v->n_speakers < max_speakers)
    v->speaker[v->n_speakers++] = (char *)speaker;
  return v->name[i % v->n];
}

static void voices_release(struct voices *v)
{
  free(v->list);
  free(v->name);
  free(v->speaker);
}

/* ---- rendering ----------------------------------------------------------- */

struct render {
  struct job *job;
  size_t n_jobs, cap_jobs;
  struct bc__script script;
  struct bc__cue *cue;
  size_t n_cues;
  struct bc__chapter *chap;
  size_t n_chap;
  /* The spool: the joined speech at the output rate in a temporary file,
   * so memory holds one turn at a time whatever the script's length. */
  int rate;
  char *spool_path;
  const char *spool_for; /* the output it is beside, for messages */
  FILE *spool;
  size_t total;      /* samples in the spool */
  int16_t peak;      /* largest sample magnitude in the spool */
  void *meter;       /* loudness of the spool (bc__meter) */
  double synth_secs; /* wall time spent waiting for speech */
  size_t workers;    /* synthesis processes used (0: this one) */
};

static bc_status add_job(struct render *r, const char *voice, char *shown,
                         char *said, size_t seg)
{
  if (r->n_jobs == r->cap_jobs) {
    size_t nc = r->cap_jobs ? r->cap_jobs * 2 : 64;
    struct job *nj = bc__realloc(r->job, nc * sizeof *nj);
    if (!nj)
      return BC_ERR_NOMEM;
    r->job = nj;
    r->cap_jobs = nc;
  }
  memset(&r->job[r->n_jobs], 0, sizeof r->job[0]);
  r->job[r->n_jobs].voice = voice;
  r->job[r->n_jobs].shown = shown;
  r->job[r->n_jobs].said = said;
  r->job[r->n_jobs].seg = seg;
  r->n_jobs++;
  return BC_OK;
}

static bc_status plan(struct render *r, const struct bc_audio_opts *o,
                      struct voices *vs, size_t *words, struct bc_error *err)
{
  struct bc_speech *sp = NULL;
  bc_status rc = BC_OK;
  vs->speaker = bc__calloc(r->script.n + 1, sizeof *vs->speaker);
  if (!vs->speaker)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  /* One normalizer for the narration: its lexicon is read once. */
  rc = bc_speech_new(&o->speech, &sp, err);
  for (size_t i = 0; i < r->script.n && !rc; i++) {
    const struct bc__seg *sg = &r->script.seg[i];
    const char *voice = voice_for(vs, sg->speaker, r->script.n);
    char **sent = NULL;
    size_t ns = 0, k;
    rc = bc__script_sentences(sg->text, &sent, &ns, err);
    if (rc)
      break;
    for (k = 0; k < ns; k++) {
      char *said = NULL;
      rc = bc_speech_say(sp, sent[k], &said, err);
      if (rc)
        break;
      *words += count_words(said);
      rc = add_job(r, voice, sent[k], said, i);
      if (rc) {
        free(said);
        rc = bc_error_set(err, rc, "out of memory");
        break;
      }
      sent[k] = NULL;
    }
    for (k = 0; k < ns; k++)
      free(sent[k]);
    free(sent);
  }
  bc_speech_free(sp);
  return rc;
}

static bc_status spool_write(struct render *r, const int16_t *x, size_t n,
                             struct bc_error *err)
{
  bc_status rc;
  if (n == 0)
    return BC_OK;
  if (n > MAX_SECONDS * (size_t)r->rate - r->total)
    return bc_error_set(err, BC_ERR_LIMIT, "narration longer than 12 hours");
  if (bc__le16_write(r->spool, x, n))
    return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s",
                        r->spool_for, strerror(errno ? errno : EIO));
  rc = bc__meter_add(r->meter, x, n, err);
  if (rc)
    return rc;
  for (size_t i = 0; i < n; i++) {
    int16_t a =
        x[i] == INT16_MIN ? INT16_MAX : (int16_t)(x[i] < 0 ? -x[i] : x[i]);
    if (a > r->peak)
      r->peak = a;
  }
  r->total += n;
  return BC_OK;
}

/* Synthesize turn by turn: each turn's sentences are joined with sentence
 * pauses in memory, matched in loudness (so a quiet voice -- kal16 is 8 dB
 * below slt -- does not sound distant next to another), then appended to
 * the spool after the turn or chapter pause.  A long turn is handled in
 * blocks of about BLOCK_SECONDS, so memory does not grow with a turn's
 * length (`say` speaks a whole text as one turn).  Cue and chapter times
 * are the real sample counts. */
static bc_status spool_all(struct render *r, const struct bc_audio_opts *o,
                           struct bc_error *err)
{
  struct bc__pcm seg = {NULL, 0, 0, MAX_SECONDS * (size_t)r->rate},
                 one = {NULL, 0, 0, MAX_SECONDS * (size_t)r->rate};
  struct bc__speak *speak = NULL;
  struct bc__synth *synth = NULL;
  size_t i = 0, prev_sg = (size_t)-1;
  size_t block = (size_t)BLOCK_SECONDS * (size_t)r->rate;
  bc_status rc = BC_OK;
  double t;
  static const int16_t zeros[1024];

  r->cue = bc__calloc(r->n_jobs ? r->n_jobs : 1, sizeof *r->cue);
  r->chap = bc__calloc(r->script.n + 1, sizeof *r->chap);
  speak = bc__calloc(r->n_jobs ? r->n_jobs : 1, sizeof *speak);
  if (!r->cue || !r->chap || !speak) {
    free(speak);
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  }
  for (i = 0; i < r->n_jobs; i++) {
    speak[i].voice = r->job[i].voice;
    speak[i].text = r->job[i].said;
  }
  i = 0;
  rc = bc__synth_begin(speak, r->n_jobs, r->rate, o->workers, &synth, err);
  if (rc)
    goto out;
  r->workers = bc__synth_workers(synth);
  while (i < r->n_jobs) {
    size_t sg = r->job[i].seg, first_cue = r->n_cues, pause;
    /* A turn longer than a block goes on in the next block, after a
     * sentence pause; its chapter starts with its first block. */
    int cont = sg == prev_sg;
    int chapter = !cont && r->script.seg[sg].chapter != NULL;
    prev_sg = sg;
    seg.n = 0;
    for (; i < r->n_jobs && r->job[i].seg == sg && seg.n < block; i++) {
      struct job *j = &r->job[i];
      t = now();
      rc = bc__synth_take(synth, i, &one, err);
      r->synth_secs += now() - t;
      if (rc)
        goto out;
      /* done == total is said by the caller, once the files are written */
      if (o->progress && i + 1 < r->n_jobs)
        o->progress(o->progress_ctx, "speaking", i + 1, r->n_jobs);
      if (one.n == 0)
        continue; /* nothing audible: no pause, no cue */
      if (seg.n)
        rc = bc__pcm_silence(&seg, (size_t)r->rate * SENTENCE_PAUSE_MS / 1000);
      if (rc)
        goto toolong;
      r->cue[r->n_cues].start = (double)seg.n; /* relative for now */
      rc = bc__pcm_add(&seg, one.s, one.n);
      if (rc)
        goto toolong;
      r->cue[r->n_cues].end = (double)seg.n;
      r->cue[r->n_cues].text = j->shown;
      r->n_cues++;
    }
    if (seg.n == 0)
      continue;
    rc = bc__audio_gain_range(&seg, r->rate, 0, seg.n, TURN_LUFS, err);
    if (rc)
      goto out;
    pause = r->total == 0 ? 0
            : cont        ? SENTENCE_PAUSE_MS
            : chapter     ? CHAPTER_PAUSE_MS
                          : TURN_PAUSE_MS;
    pause = pause * (size_t)r->rate / 1000;
    while (pause) {
      size_t k = pause < 1024 ? pause : 1024;
      rc = spool_write(r, zeros, k, err);
      if (rc)
        goto out;
      pause -= k;
    }
    if (chapter) {
      r->chap[r->n_chap].title = r->script.seg[sg].chapter;
      r->chap[r->n_chap++].start = (double)r->total / r->rate;
    }
    for (size_t c = first_cue; c < r->n_cues; c++) {
      r->cue[c].start = ((double)r->total + r->cue[c].start) / r->rate;
      r->cue[c].end = ((double)r->total + r->cue[c].end) / r->rate;
    }
    rc = spool_write(r, seg.s, seg.n, err);
    if (rc)
      goto out;
  }
  goto out;
toolong:
  rc = bc_error_set(err, rc, "a turn of the narration is too long");
out:
  bc__synth_end(synth);
  free(speak);
  bc__pcm_release(&seg);
  bc__pcm_release(&one);
  return rc;
}

static bc_status write_text(const char *dir, const char *name, struct bc_buf *b,
                            struct bc_error *err)
{
  char *path = bc__fs_join(dir, name);
  bc_status rc;
  if (!path || bc_buf_status(b))
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  else
    rc = bc__fs_write_atomic(path, bc_buf_str(b), b->len, err);
  free(path);
  bc_buf_release(b);
  return rc;
}

static bc_status write_chapters(const char *dir, const struct render *r,
                                struct bc_error *err)
{
  cJSON *root = cJSON_CreateObject(), *arr = NULL;
  char *text = NULL, *path = NULL;
  bc_status rc = BC_OK;
  size_t k;
  if (!root || !cJSON_AddStringToObject(root, "version", "1.2.0") ||
      !(arr = cJSON_AddArrayToObject(root, "chapters")))
    goto nomem;
  for (k = 0; k < r->n_chap; k++) {
    cJSON *c = cJSON_CreateObject();
    if (!c)
      goto nomem;
    cJSON_AddItemToArray(arr, c);
    if (!cJSON_AddNumberToObject(c, "startTime",
                                 round(r->chap[k].start * 1000) / 1000) ||
        !cJSON_AddStringToObject(c, "title", r->chap[k].title))
      goto nomem;
  }
  text = bc__json_print(root);
  path = bc__fs_join(dir, "chapters.json");
  if (!text || !path)
    goto nomem;
  rc = bc__fs_write_atomic(path, text, strlen(text), err);
  goto out;
nomem:
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  cJSON_Delete(root);
  free(text);
  free(path);
  return rc;
}

static void render_release(struct render *r)
{
  for (size_t i = 0; i < r->n_jobs; i++) {
    free(r->job[i].shown);
    free(r->job[i].said);
  }
  free(r->job);
  bc__script_release(&r->script);
  free(r->cue);
  free(r->chap);
  if (r->spool)
    fclose(r->spool);
  if (r->spool_path) {
    bc__fs_discard(r->spool_path);
    free(r->spool_path);
  }
  bc__meter_free(r->meter);
}

/* Open an empty spool beside the output (same file system, and never in a
 * world-writable directory). */
static bc_status spool_open(struct render *r, const char *beside,
                            struct bc_error *err)
{
  r->spool_for = beside;
  if (strcmp(beside, "-") == 0) {
    /* Standard output: no folder to be beside; an anonymous file in the
     * temporary directory (created unnamed, O_TMPFILE or unlinked). */
    r->spool_for = "standard output";
    r->spool = tmpfile();
    if (!r->spool)
      return bc_error_set(err, BC_ERR_OUTPUT,
                          "cannot create a temporary file: %s",
                          strerror(errno));
  } else {
    r->spool = bc__fs_temp_open(beside, &r->spool_path, err);
    if (!r->spool)
      return err ? err->code : BC_ERR_OUTPUT;
  }
  /* The spool is only ever used through its open stream, so its name goes
   * at once: an interrupted run (Ctrl-C, a kill) leaves no file behind. */
  bc__fs_discard(r->spool_path);
  r->meter = bc__meter_new(r->rate, 0);
  if (!r->meter)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  return BC_OK;
}

/* Forget the script and its audio, keeping the voice list, for a rebuild. */
static void render_reset(struct render *r, struct voices *vs)
{
  render_release(r);
  memset(r, 0, sizeof *r);
  vs->n_speakers = 0;
  free(vs->speaker);
  vs->speaker = NULL;
}

/* transcript.vtt, transcript.srt, chapters.json and chapters.vtt for a
 * narration of `seconds`. */
static bc_status write_captions(const char *outdir, const struct render *r,
                                double seconds, struct bc_error *err)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_JSON_BYTES);
  struct bc__cue *cc;
  bc_status rc;
  if (bc__vtt_format(r->cue, r->n_cues, &b))
    goto nomem;
  rc = write_text(outdir, "transcript.vtt", &b, err);
  if (rc)
    return rc;
  if (bc__srt_format(r->cue, r->n_cues, &b))
    goto nomem;
  rc = write_text(outdir, "transcript.srt", &b, err);
  if (rc)
    return rc;
  rc = write_chapters(outdir, r, err);
  if (rc)
    return rc;
  /* The chapters as a WebVTT chapters track, for HTML5 players. */
  cc = bc__calloc(r->n_chap ? r->n_chap : 1, sizeof *cc);
  if (!cc)
    goto nomem;
  for (size_t k = 0; k < r->n_chap; k++) {
    cc[k].start = r->chap[k].start;
    cc[k].end = k + 1 < r->n_chap ? r->chap[k + 1].start : seconds;
    cc[k].text = r->chap[k].title;
  }
  rc = bc__vtt_format(cc, r->n_chap, &b);
  free(cc);
  if (rc)
    goto nomem;
  return write_text(outdir, "chapters.vtt", &b, err);
nomem:
  bc_buf_release(&b);
  return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
}

struct peaks_job {
  struct bc__master *m;
  struct bc_error err;
  bc_status rc;
};

static void *peaks_main(void *arg)
{
  struct peaks_job *j = arg;
  j->rc = bc__audio_peaks(j->m, &j->err);
  return NULL;
}

/* Everything after the master pass.  The true peak (the costliest
 * measurement: 4x oversampling) is taken in a second thread while this one
 * writes the captions and encodes the MP3, the longest step after
 * synthesis.  A narration whose peaks slipped past the limiter is fixed in
 * place and its MP3 encoded again.  outdir NULL: the WAV only, named
 * wav_name in messages. */
static bc_status publish(const struct bc_summary *summary,
                         const struct render *r, struct bc__master *m, int mp3,
                         const char *outdir, const char *wav_name,
                         struct bc_error *err)
{
  struct peaks_job pj = {m, BC_ERROR_INIT, BC_OK};
  pthread_t th;
  int threaded = pthread_create(&th, NULL, peaks_main, &pj) == 0;
  bc_status rc = BC_OK;
  if (!threaded)
    peaks_main(&pj);
  if (outdir)
    rc = write_captions(outdir, r, (double)m->out_n / m->out_rate, err);
  if (!rc && outdir && mp3)
    rc = bc__mp3_write(summary, m->out, m->out_n, m->out_rate, r->chap,
                       r->n_chap, outdir, err);
  if (threaded)
    pthread_join(th, NULL);
  if (rc)
    return rc;
  if (pj.rc)
    return bc_error_set(err, pj.rc, "%s", pj.err.msg);
  if (m->true_peak_db <= m->peak_db)
    return BC_OK;
  rc = bc__audio_fix_peaks(m, err);
  if (rc == BC_ERR_OUTPUT)
    rc = bc_error_set(err, rc, "cannot write '%s': %s", wav_name,
                      strerror(errno ? errno : EIO));
  if (!rc && outdir && mp3)
    rc = bc__mp3_write(summary, m->out, m->out_n, m->out_rate, r->chap,
                       r->n_chap, outdir, err);
  return rc;
}

/* Copy the finished WAV in f to standard output and close f. */
static bc_status copy_to_stdout(FILE *f, struct bc_error *err)
{
  char buf[65536];
  bc_status rc = BC_OK;
  size_t n;
  if (fseek(f, 0, SEEK_SET) != 0)
    rc = bc_error_set(err, BC_ERR_OUTPUT, "cannot read back the WAV: %s",
                      strerror(errno));
  while (!rc && (n = fread(buf, 1, sizeof buf, f)) > 0)
    rc = bc__fs_write_atomic("-", buf, n, err);
  if (!rc && ferror(f))
    rc = bc_error_set(err, BC_ERR_OUTPUT, "cannot read back the WAV: %s",
                      strerror(errno));
  fclose(f);
  return rc;
}

/* The whole stage; with wav_path set, only that WAV file is written (say).
 * The WAV is committed last, so a failure leaves no new narration.wav. */
static bc_status render(const struct bc_summary *summary,
                        const struct bc_audio_opts *opts, const char *outdir,
                        const char *wav_path, struct bc_audio_stats *stats,
                        struct bc_error *err)
{
  struct bc_audio_opts o = BC_AUDIO_OPTS_INIT;
  struct render r;
  struct voices vs;
  struct bc_audio_stats st;
  char *path = NULL, *wav_tmp = NULL;
  FILE *wav = NULL;
  double t0 = now(), budget;
  size_t prev_words = (size_t)-1;
  int rate;
  bc_status rc;

  memset(&r, 0, sizeof r);
  memset(&vs, 0, sizeof vs);
  memset(&st, 0, sizeof st);
  if (opts)
    o = *opts;
  budget = o.minutes;
  /* A length asked for is a script sized to it: the summary's own
   * narration is as long as it is. */
  if (o.minutes > 0 && !o.style)
    o.style = "brief";
  rate = o.sample_rate ? o.sample_rate : DEFAULT_RATE;
  if (!summary || (!outdir && !wav_path))
    return bc_error_set(err, BC_ERR_USAGE, "no summary or output directory");
  if (rate < BC_MIN_SAMPLE_RATE || rate > BC_MAX_SAMPLE_RATE)
    return bc_error_set(err, BC_ERR_USAGE, "unsupported sample rate %d", rate);
  rc = voices_parse(&vs, o.voices, err);
  if (rc)
    goto out;
  path = wav_path ? bc__strdup(wav_path) : bc__fs_join(outdir, "narration.wav");
  if (!path) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  /* A script for --minutes is sized by words, then measured: when the
   * synthesized length (pauses included) misses the request by more than
   * 8%, the word budget is scaled by the miss and the script rebuilt, at
   * most twice.  A summary with too little text stays short: nothing is
   * invented to fill time. */
  for (int attempt = 0;; attempt++) {
    double est;
    r.rate = rate;
    rc = bc__script_build(summary, o.style, budget, &r.script, err);
    if (rc)
      goto out;
    {
      /* Synthesis costs time in proportion to the text: a summary.json
       * from elsewhere with a novel for a narration is refused before it
       * takes an hour. */
      size_t chars = 0;
      for (size_t i = 0; i < r.script.n; i++)
        chars += strlen(r.script.seg[i].text ? r.script.seg[i].text : "");
      if (chars > BC_MAX_NARRATION_CHARS) {
        rc = bc_error_set(err, BC_ERR_LIMIT,
                          "the narration of '%.60s' has %zu characters, "
                          "over the limit of %d (about two hours of speech)",
                          summary->title ? summary->title : "", chars,
                          BC_MAX_NARRATION_CHARS);
        goto out;
      }
    }
    st.words = 0;
    rc = plan(&r, &o, &vs, &st.words, err);
    if (rc)
      goto out;
    if (st.words == 0) {
      rc = bc_error_set(err, BC_ERR_INPUT, "the narration of '%s' is empty",
                        summary->title ? summary->title : "");
      goto out;
    }
    if (!wav_path && attempt == 0) {
      rc = bc__fs_mkdirs(outdir, err);
      if (rc)
        goto out;
    }
    rc = spool_open(&r, path, err);
    if (!rc)
      rc = spool_all(&r, &o, err);
    st.synth_seconds += r.synth_secs;
    if (rc)
      goto out;
    if (!o.style || o.minutes <= 0 || attempt == 2)
      break;
    est = (double)r.total / r.rate;
    if (fabs(est / (o.minutes * 60) - 1) <= 0.08 ||
        (est < o.minutes * 60 && st.words == prev_words))
      break;
    prev_words = st.words;
    budget *= o.minutes * 60 / est;
    render_reset(&r, &vs);
  }
  if (r.total == 0) {
    rc = bc_error_set(err, BC_ERR_RENDER, "flite produced no audio for '%s'",
                      summary->title ? summary->title : "");
    goto out;
  }
  /* Master: one gain to -16 LUFS (peaks limited first so nothing clips),
   * streamed into the WAV file and measured there; the stats report what
   * the file holds.  The spool is at the output rate already: the
   * synthesis workers resample each sentence. */
  if (strcmp(path, "-") == 0) {
    /* The WAV is mastered in place, so it needs a file that can seek; it
     * goes to standard output once finished. */
    wav = tmpfile();
    if (!wav) {
      rc = bc_error_set(err, BC_ERR_OUTPUT,
                        "cannot create a temporary file: %s", strerror(errno));
      goto out;
    }
  } else {
    wav = bc__fs_temp_open(path, &wav_tmp, err);
    if (!wav) {
      rc = err ? err->code : BC_ERR_OUTPUT;
      goto out;
    }
  }
  {
    double l0 = bc__meter_lufs(r.meter);
    struct bc__master m;
    memset(&m, 0, sizeof m);
    m.in = r.spool;
    m.in_n = r.total;
    m.in_rate = r.rate;
    m.in_peak = r.peak;
    m.gain_db = isfinite(l0) ? TARGET_LUFS - l0 : 0;
    m.peak_db = TARGET_PEAK_DB;
    m.out = wav;
    m.out_rate = rate;
    rc = bc__audio_master(&m, err);
    /* Limiting a peaky voice costs loudness (kal16 on a two-minute turn:
     * -17.0 LUFS after one pass); it is made up by mastering again with
     * more gain, at most twice. */
    for (int k = 0; !rc && k < 2 && isfinite(m.lufs) &&
                    m.lufs < TARGET_LUFS - LUFS_TOLERANCE;
         k++) {
      m.gain_db += TARGET_LUFS - m.lufs;
      rc = bc__audio_master(&m, err);
    }
    if (!rc && (fflush(wav) != 0 || ferror(wav)))
      rc = BC_ERR_OUTPUT;
    if (rc == BC_ERR_OUTPUT)
      rc = bc_error_set(err, rc, "cannot write '%s': %s", path,
                        strerror(errno ? errno : EIO));
    if (!rc) {
      st.seconds = (double)m.out_n / rate;
      /* Resampling rounds the length by a few samples: the last cue ends
       * at the audio's end exactly. */
      if (r.n_cues)
        r.cue[r.n_cues - 1].end = st.seconds;
      rc = publish(summary, &r, &m, o.mp3, wav_path ? NULL : outdir, path, err);
      /* After publish: the WAV is final (any peaks fixed) by then. */
      if (!rc && o.opus && !wav_path) {
        rc = bc__opus_write(summary, wav, m.out_n, rate, r.chap, r.n_chap,
                            outdir, err);
        st.opus_chapters = bc__opus_named(r.n_chap);
      }
    }
    if (rc)
      goto out;
    st.lufs = m.lufs;
    st.true_peak_db = m.true_peak_db;
  }
  if (!wav_tmp)
    rc = copy_to_stdout(wav, err);
  else
    rc = bc__fs_commit(wav, wav_tmp, path, err);
  wav = NULL;
  free(wav_tmp);
  wav_tmp = NULL;
  if (rc)
    goto out;
  st.sample_rate = rate;
  st.workers = r.workers;
  st.cues = r.n_cues;
  st.chapters = r.n_chap;
  st.requested_seconds = o.minutes > 0 ? o.minutes * 60 : 0;
  st.available_words = r.script.available_words;
  st.total_seconds = now() - t0;
  if (stats)
    *stats = st;
out:
  if (wav)
    bc__fs_abort(wav, wav_tmp);
  free(wav_tmp);
  free(path);
  voices_release(&vs);
  render_release(&r);
  return rc;
}

bc_status bc_audio_render(const struct bc_summary *summary,
                          const struct bc_audio_opts *opts, const char *outdir,
                          struct bc_audio_stats *stats, struct bc_error *err)
{
  return render(summary, opts, outdir, NULL, stats, err);
}

bc_status bc_audio_say(const char *text, const struct bc_audio_opts *opts,
                       const char *wav_path, struct bc_audio_stats *stats,
                       struct bc_error *err)
{
  struct bc_summary s;
  struct bc_turn t;
  struct bc_audio_opts o = BC_AUDIO_OPTS_INIT;
  if (!text || !wav_path)
    return bc_error_set(err, BC_ERR_USAGE, "no text or output path");
  if (opts)
    o = *opts;
  o.style = NULL;
  o.minutes = 0;
  o.mp3 = 0;
  memset(&s, 0, sizeof s);
  t.speaker = (char *)"narrator";
  t.text = (char *)text;
  s.title = (char *)"";
  s.narration = &t;
  s.n_narration = 1;
  return render(&s, &o, NULL, wav_path, stats, err);
}
