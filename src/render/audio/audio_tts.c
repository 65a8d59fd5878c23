/* audio_tts.c - the one module that talks to flite.  It initializes flite
 * and registers the linked voices once per process, and speaks text through
 * flite's streaming token interface, collecting samples in a callback.  It
 * does not normalize text: callers pass what bc_speech_normalize made. */
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <string.h>

#include <flite/flite.h>

#include "render/audio/audio_int.h"
#include "util/alloc.h"

/* No flite header declares the voices. */
cst_voice *register_cmu_us_rms(const char *voxdir);
cst_voice *register_cmu_us_slt(const char *voxdir);
cst_voice *register_cmu_us_awb(const char *voxdir);
cst_voice *register_cmu_us_kal16(const char *voxdir);

struct voice_slot {
  const char *name;
  cst_voice *(*reg)(const char *);
  cst_voice *v;
};

/* Library state, by necessity: flite_init is not thread-safe and a voice
 * registration returns a process-wide singleton, so both happen exactly
 * once (pthread_once) and the voices are never mutated afterwards.  The
 * streaming callback is installed in each voice at that moment and finds
 * its per-call sink through a thread-local pointer, so concurrent calls on
 * one voice never touch the voice's features. */
static struct voice_slot voices[] = {
    {"rms", register_cmu_us_rms, NULL},
    {"slt", register_cmu_us_slt, NULL},
    {"awb", register_cmu_us_awb, NULL},
    {"kal16", register_cmu_us_kal16, NULL},
};
#define N_VOICES (sizeof voices / sizeof voices[0])
static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static int init_ok;

/* cst_error() longjmps through the global cst_errjmp when it is set and
 * calls exit() otherwise; a library must never exit, so every call into
 * flite holds this lock with cst_errjmp pointing at the caller's frame.
 * That serializes synthesis: the price of never exiting. */
static pthread_mutex_t err_lock = PTHREAD_MUTEX_INITIALIZER;

struct sink {
  struct bc__pcm *pcm;
  int rate;
  bc_status rc;
};
static _Thread_local struct sink *cur_sink;

static int stream_cb(const cst_wave *w, int start, int size, int last,
                     cst_audio_streaming_info *asi)
{
  struct sink *k = cur_sink;
  (void)last;
  (void)asi;
  if (!k || k->rc)
    return CST_AUDIO_STREAM_STOP;
  k->rate = w->sample_rate;
  if (size > 0 && w->num_channels == 1) {
    k->rc = bc__pcm_add(k->pcm, w->samples + start, (size_t)size);
    if (k->rc)
      return CST_AUDIO_STREAM_STOP;
  }
  return CST_AUDIO_STREAM_CONT;
}

static void init_flite(void)
{
  jmp_buf jb;
  pthread_mutex_lock(&err_lock);
  cst_errjmp = &jb;
  if (setjmp(jb) == 0) {
    flite_init();
    for (size_t i = 0; i < N_VOICES; i++) {
      cst_audio_streaming_info *asi;
      voices[i].v = voices[i].reg(NULL);
      if (!voices[i].v)
        continue;
      asi = new_audio_streaming_info();
      asi->asc = stream_cb;
      asi->userdata = NULL;
      feat_set(voices[i].v->features, "streaming_info",
               audio_streaming_info_val(asi));
    }
    init_ok = 1;
  }
  cst_errjmp = NULL;
  pthread_mutex_unlock(&err_lock);
}

static cst_voice *find_voice(const char *name)
{
  for (size_t i = 0; i < N_VOICES; i++)
    if (strcmp(voices[i].name, name) == 0)
      return voices[i].v;
  return NULL;
}

int bc__tts_has_voice(const char *name)
{
  for (size_t i = 0; i < N_VOICES; i++)
    if (strcmp(voices[i].name, name) == 0)
      return 1;
  return 0;
}

bc_status bc__tts_init(struct bc_error *err)
{
  pthread_once(&init_once, init_flite);
  if (!init_ok)
    return bc_error_set(err, BC_ERR_RENDER, "cannot initialize flite");
  return BC_OK;
}

bc_status bc__tts_speak(const char *voice, const char *text,
                        struct bc__pcm *out, int *rate, struct bc_error *err)
{
  struct sink k = {out, 0, BC_OK};
  cst_voice *v;
  cst_tokenstream *ts;
  jmp_buf jb;
  volatile int failed = 0;

  if (bc__tts_init(err))
    return BC_ERR_RENDER;
  v = find_voice(voice);
  if (!v)
    return bc_error_set(err, BC_ERR_USAGE,
                        "unknown voice '%s' (available: " BC__VOICE_NAMES ")",
                        voice);
  ts = ts_open_string(
      text, get_param_string(v->features, "text_whitespace", NULL),
      get_param_string(v->features, "text_singlecharsymbols", NULL),
      get_param_string(v->features, "text_prepunctuation", NULL),
      get_param_string(v->features, "text_postpunctuation", NULL));
  if (!ts)
    return bc_error_set(err, BC_ERR_RENDER, "cannot tokenize text for '%s'",
                        voice);
  cur_sink = &k;
  pthread_mutex_lock(&err_lock);
  cst_errjmp = &jb;
  /* flite says nothing about why it gave up; an allocation that failed
   * leaves ENOMEM behind, and out of memory is exit 1, not a rendering
   * failure. */
  errno = 0;
  if (setjmp(jb) == 0)
    flite_ts_to_speech(ts, v, "none"); /* closes ts */
  else
    failed = errno == ENOMEM ? 2 : 1;
  cst_errjmp = NULL;
  pthread_mutex_unlock(&err_lock);
  cur_sink = NULL;
  if (failed == 2)
    return bc_error_set(err, BC_ERR_NOMEM,
                        "flite ran out of memory with voice '%s'", voice);
  if (failed)
    return bc_error_set(err, BC_ERR_RENDER, "flite failed with voice '%s'",
                        voice);
  if (k.rc)
    return bc_error_set(err, k.rc, "cannot hold the audio of voice '%s'",
                        voice);
  if (rate) {
    if (!k.rate)
      k.rate = get_param_int(v->features, "sample_rate", 16000);
    *rate = k.rate;
  }
  return BC_OK;
}
