/* video.c - the narrated deck as an MP4: reads what the PDF and audio
 * renderers wrote (slides.pdf, narration.wav, transcript.vtt,
 * chapters.json), decides which page is on screen when (one chapter, one
 * slide), and feeds pictures, samples and captions to the MP4 writer in
 * time order.  It synthesizes nothing and lays out no slide itself. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "briefcast/video.h"
#include "render/pdf/pdf_outline.h"
#include "render/video/video_int.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/json.h"

#define DEFAULT_W 1280
#define DEFAULT_H 720
/* A still slide is encoded once every two seconds (a repeat costs a few
 * bytes); a new slide starts a frame at its own millisecond. */
#define FRAME_MS 2000
#define AUDIO_CHUNK 4096
#define CARD ((size_t)-1)
#define MAX_CUE_BYTES ((size_t)16000)

struct cue {
  int64_t start, end;
  char *text;
};

/* What is on screen over [start, end): a page of the deck or a card. */
struct shot {
  int64_t start, end;
  size_t page; /* CARD: a title card of chapter's title */
  const char *title;
};

struct inputs {
  struct bc__mp4_chapter *chap;
  char **chap_titles;
  size_t n_chap;
  struct cue *cues;
  size_t n_cues;
  FILE *wav;
  int rate;
  int64_t samples, duration_ms;
  struct shot *shots;
  size_t n_shots;
};

static void inputs_release(struct inputs *in)
{
  for (size_t i = 0; i < in->n_chap; i++)
    free(in->chap_titles[i]);
  free(in->chap_titles);
  free(in->chap);
  for (size_t i = 0; i < in->n_cues; i++)
    free(in->cues[i].text);
  free(in->cues);
  free(in->shots);
  if (in->wav)
    fclose(in->wav);
}

/* The one rule for a frame size, from --video-size or from the options. */
static bc_status check_size(long w, long h, struct bc_error *err)
{
  if (w < BC_MIN_VIDEO_SIDE || h < BC_MIN_VIDEO_SIDE || w > BC_MAX_VIDEO_SIDE ||
      h > BC_MAX_VIDEO_SIDE || w % 2 || h % 2)
    return bc_error_set(err, BC_ERR_USAGE,
                        "video size %ldx%ld: width and height must be even, "
                        "%d to %d",
                        w, h, BC_MIN_VIDEO_SIDE, BC_MAX_VIDEO_SIDE);
  return BC_OK;
}

bc_status bc_video_parse_size(const char *text, int *w, int *h,
                              struct bc_error *err)
{
  char *end;
  long a, b;
  if (!text)
    return bc_error_set(err, BC_ERR_USAGE, "no video size");
  a = strtol(text, &end, 10);
  if (end == text || (*end != 'x' && *end != 'X'))
    goto bad;
  text = end + 1;
  b = strtol(text, &end, 10);
  if (end == text || *end)
    goto bad;
  if (check_size(a, b, err))
    return BC_ERR_USAGE;
  *w = (int)a;
  *h = (int)b;
  return BC_OK;
bad:
  return bc_error_set(err, BC_ERR_USAGE,
                      "video size '%s': expected WIDTHxHEIGHT, e.g. 1280x720",
                      text);
}

/* ---- the narration's sample rate ---------------------------------------- */

#define AAC_RATES                                                              \
  "8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 64000, "      \
  "88200 or 96000"

/* Whether the AAC track of video.mp4 takes rate Hz. */
static int aac_rate(int rate)
{
  static const int rates[] = {8000,  11025, 12000, 16000, 22050, 24000,
                              32000, 44100, 48000, 64000, 88200, 96000};
  for (size_t i = 0; i < sizeof rates / sizeof rates[0]; i++)
    if (rates[i] == rate)
      return 1;
  return 0;
}

bc_status bc_video_check_rate(int rate, struct bc_error *err)
{
  if (aac_rate(rate))
    return BC_OK;
  return bc_error_set(err, BC_ERR_USAGE,
                      "a sample rate of %d Hz cannot go into video.mp4 (AAC "
                      "takes " AAC_RATES " Hz): choose one of those or "
                      "leave the video out",
                      rate);
}

/* ---- reading the audio renderer's files --------------------------------- */

static uint32_t le32(const unsigned char *p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

/* Open the WAV and leave it at the first sample: 16-bit PCM mono. */
static bc_status read_wav(struct inputs *in, const char *path,
                          struct bc_error *err)
{
  unsigned char h[12], c[8], fmt[16];
  int have_fmt = 0;
  in->wav = fopen(path, "rb");
  if (!in->wav)
    return bc_error_set(err, BC_ERR_IO, "cannot read '%s': %s", path,
                        strerror(errno));
  if (fread(h, 1, 12, in->wav) != 12 || memcmp(h, "RIFF", 4) ||
      memcmp(h + 8, "WAVE", 4))
    goto bad;
  while (fread(c, 1, 8, in->wav) == 8) {
    uint32_t size = le32(c + 4);
    if (!memcmp(c, "fmt ", 4)) {
      if (size < 16 || fread(fmt, 1, 16, in->wav) != 16 ||
          fseek(in->wav, (long)(size - 16 + (size & 1)), SEEK_CUR))
        goto bad;
      /* PCM, one channel, 16 bits */
      if (fmt[0] != 1 || fmt[1] || fmt[2] != 1 || fmt[3] || fmt[14] != 16 ||
          fmt[15])
        return bc_error_set(err, BC_ERR_PARSE,
                            "cannot read '%s': not 16-bit mono PCM", path);
      in->rate = (int)le32(fmt + 4);
      have_fmt = 1;
    } else if (!memcmp(c, "data", 4)) {
      if (!have_fmt)
        goto bad;
      if (!aac_rate(in->rate))
        return bc_error_set(err, BC_ERR_PARSE,
                            "cannot use '%s': its %d Hz cannot go into "
                            "video.mp4 (AAC takes " AAC_RATES " Hz)",
                            path, in->rate);
      in->samples = size / 2;
      in->duration_ms = llround(in->samples * 1000.0 / in->rate);
      return BC_OK;
    } else if (fseek(in->wav, (long)size + (size & 1), SEEK_CUR)) {
      goto bad;
    }
  }
bad:
  return bc_error_set(err, BC_ERR_PARSE, "cannot read '%s': not a WAV file",
                      path);
}

static bc_status read_chapters(struct inputs *in, const char *path,
                               struct bc_error *err)
{
  char *text = NULL;
  size_t len = 0, n, k = 0;
  cJSON *root = NULL, *arr, *c;
  bc_status rc = bc__fs_read(path, BC_MAX_JSON_BYTES, &text, &len, err);
  if (!rc)
    rc = bc__json_parse(text, len, path, &root, err);
  free(text);
  if (rc)
    return rc;
  arr = cJSON_GetObjectItemCaseSensitive(root, "chapters");
  if (!cJSON_IsArray(arr) || !(n = (size_t)cJSON_GetArraySize(arr))) {
    cJSON_Delete(root);
    return bc_error_set(err, BC_ERR_PARSE, "cannot read '%s': no chapters",
                        path);
  }
  in->chap = bc__calloc(n, sizeof *in->chap);
  in->chap_titles = bc__calloc(n, sizeof *in->chap_titles);
  if (!in->chap || !in->chap_titles) {
    cJSON_Delete(root);
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  }
  cJSON_ArrayForEach(c, arr)
  {
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(c, "startTime");
    const char *title = bc__json_get_str(c, "title");
    if (!cJSON_IsNumber(t) || t->valuedouble < 0 ||
        t->valuedouble > (double)BC_MAX_AUDIO_SECONDS ||
        (k && llround(t->valuedouble * 1000) < in->chap[k - 1].start_ms)) {
      cJSON_Delete(root);
      return bc_error_set(err, BC_ERR_PARSE,
                          "cannot read '%s': chapter %zu has no valid "
                          "startTime",
                          path, k + 1);
    }
    in->chap_titles[k] = bc__strdup(title ? title : "");
    if (!in->chap_titles[k]) {
      cJSON_Delete(root);
      return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    }
    in->chap[k].title = in->chap_titles[k];
    in->chap[k].start_ms = k ? llround(t->valuedouble * 1000) : 0;
    k++;
    in->n_chap = k;
  }
  cJSON_Delete(root);
  return BC_OK;
}

/* "HH:MM:SS.mmm" or "MM:SS.mmm" in milliseconds; -1 if malformed. */
static int64_t vtt_time(const char *s, const char **end)
{
  long v[3] = {0, 0, 0}, ms;
  int n = 0;
  char *e;
  for (;;) {
    long x = strtol(s, &e, 10);
    if (e == s || x < 0 || n == 3)
      return -1;
    v[n++] = x;
    s = e;
    if (*s != ':')
      break;
    s++;
  }
  if (*s != '.' || n < 2)
    return -1;
  ms = strtol(s + 1, &e, 10);
  if (e != s + 4 || ms < 0)
    return -1;
  *end = e;
  if (n == 2)
    return (v[0] * 60 + v[1]) * 1000 + ms;
  return ((v[0] * 60 + v[1]) * 60 + v[2]) * 1000 + ms;
}

static bc_status read_cues(struct inputs *in, const char *path,
                           struct bc_error *err)
{
  char *text = NULL, *p, *line;
  size_t len = 0, cap = 0;
  bc_status rc = bc__fs_read(path, BC_MAX_JSON_BYTES, &text, &len, err);
  if (rc)
    return rc;
  if (strncmp(text, "WEBVTT", 6)) {
    free(text);
    return bc_error_set(err, BC_ERR_PARSE, "cannot read '%s': not WebVTT",
                        path);
  }
  for (p = text; p && *p; p = line) {
    char *nl = strchr(p, '\n'), *arrow;
    const char *e;
    struct cue c;
    line = nl ? nl + 1 : NULL;
    if (nl)
      *nl = '\0';
    if (!(arrow = strstr(p, "-->")))
      continue;
    c.start = vtt_time(p, &e);
    c.end = vtt_time(arrow + 3 + strspn(arrow + 3, " "), &e);
    if (c.start < 0 || c.end < c.start) {
      rc = bc_error_set(err, BC_ERR_PARSE,
                        "cannot read '%s': bad cue time '%.40s'", path, p);
      free(text); /* p points into it */
      return rc;
    }
    /* The text runs to the blank line; lines are joined by spaces. */
    {
      struct bc_buf b = BC_BUF_INIT(BC_MAX_LINE_BYTES);
      while (line && *line && *line != '\n') {
        char *l2 = strchr(line, '\n');
        if (l2)
          *l2 = '\0';
        if (b.len)
          bc_buf_addc(&b, ' ');
        bc_buf_adds(&b, line);
        line = l2 ? l2 + 1 : NULL;
      }
      if (bc_buf_status(&b)) {
        free(text);
        return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
      }
      c.text = bc_buf_take(&b, NULL);
    }
    if (!c.text ||
        (in->n_cues == cap &&
         !(cap = cap ? cap * 2 : 64,
           in->cues = bc__realloc(in->cues, cap * sizeof *in->cues)))) {
      free(c.text);
      free(text);
      return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    }
    in->cues[in->n_cues++] = c;
  }
  free(text);
  return BC_OK;
}

/* ---- what is on screen when ------------------------------------------- */

/* Whether page title names the chapter: equal, or the chapter's title
 * followed by a part number (" (2/3)"), case aside. */
static int names(const char *page, const char *chapter)
{
  size_t n = strlen(chapter);
  if (!n || strncasecmp(page, chapter, n))
    return 0;
  return page[n] == '\0' || (page[n] == ' ' && page[n + 1] == '(');
}

/* The length of a page title without its part number (" (2/3)"). */
static size_t base_len(const char *t)
{
  size_t n = strlen(t), k = n;
  if (!n || t[n - 1] != ')')
    return n;
  while (k > 1 && !(t[k - 1] == '(' && t[k - 2] == ' '))
    k--;
  return k > 1 ? k - 2 : n;
}

/* Whether two page titles name one part. */
static int same_part(const char *a, const char *b)
{
  size_t na = base_len(a);
  return na && na == base_len(b) && !strncmp(a, b, na);
}

/* The first part from page `from` on whose title names the chapter: its
 * first page in *first (CARD if none) and its number of pages.  A part of
 * several pages numbers them ("Key points (1/2)"); a page bearing the
 * title alone is a part of its own. */
static size_t pages_named(const struct bc__deck *deck, const char *chapter,
                          size_t from, size_t *first)
{
  size_t pages = bc__deck_pages(deck), count = 0;
  *first = CARD;
  for (size_t p = from; p < pages; p++) {
    const char *t = bc__deck_title(deck, p);
    if (!names(t, chapter)) {
      if (count)
        break;
      continue;
    }
    if (count && base_len(t) == strlen(t))
      break; /* an unnumbered page: the next part of that name */
    if (!count)
      *first = p;
    count++;
    if (base_len(t) == strlen(t))
      break;
  }
  return count;
}

static bc_status plan(struct inputs *in, const struct bc__deck *deck,
                      struct bc_video_stats *st)
{
  size_t pages = bc__deck_pages(deck), cap = 0, after = 1;
  for (size_t i = 0; i < in->n_chap; i++) {
    struct bc__mp4_chapter *c = &in->chap[i];
    size_t first = CARD, count = 0;
    c->end_ms = i + 1 < in->n_chap ? in->chap[i + 1].start_ms : in->duration_ms;
    if (c->end_ms > in->duration_ms)
      c->end_ms = in->duration_ms;
    if (c->start_ms > c->end_ms)
      c->start_ms = c->end_ms;
    /* The first chapter (the introduction) shows the title slide, the
     * outro the closing "what was checked" slide, or the title slide
     * again when the deck has none (a clean check); any other the pages
     * that bear its title. */
    if (i == 0 ||
        (!strcmp(c->title, "Outro") &&
         !same_part(bc__deck_title(deck, pages - 1), BC__OUTLINE_CHECKED))) {
      first = 0;
      count = 1;
    } else if (!strcmp(c->title, "Outro")) {
      /* the closing part: the last page and the pages of its title
       * before it (the check's counts, then its findings) */
      first = pages - 1;
      count = 1;
      while (first > 1 && same_part(bc__deck_title(deck, first - 1),
                                    bc__deck_title(deck, pages - 1))) {
        first--;
        count++;
      }
    } else {
      /* the first group of its name after the part shown before, so that
       * two parts of one title each show their own pages; from the start
       * if none follows */
      count = pages_named(deck, c->title, after, &first);
      if (first == CARD)
        count = pages_named(deck, c->title, 1, &first);
    }
    if (first != CARD)
      after = first + count;
    if (first == CARD)
      count = 1;
    if (first == CARD)
      st->cards++;
    else
      st->slides++;
    for (size_t k = 0; k < count; k++) {
      int64_t len = c->end_ms - c->start_ms;
      if (in->n_shots == cap) {
        size_t nc = cap ? cap * 2 : 32;
        struct shot *ns = bc__realloc(in->shots, nc * sizeof *ns);
        if (!ns)
          return BC_ERR_NOMEM;
        in->shots = ns;
        cap = nc;
      }
      in->shots[in->n_shots++] =
          (struct shot){c->start_ms + len * (int64_t)k / (int64_t)count,
                        c->start_ms + len * (int64_t)(k + 1) / (int64_t)count,
                        first == CARD ? CARD : first + k, c->title};
    }
  }
  return BC_OK;
}

/* ---- encoding in time order -------------------------------------------- */

struct feed {
  struct inputs *in;
  struct bc__mp4 *mp4;
  int16_t buf[AUDIO_CHUNK];
  int64_t sent; /* samples sent */
  size_t cue;   /* next cue */
  const char *wav_path;
};

/* One cue; a text sample of mov_text holds at most 65535 bytes, so a
 * longer cue is shown as consecutive parts (cut at a space, else at a
 * character boundary), each for its share of the time. */
static bc_status caption(struct bc__mp4 *m, int64_t start, int64_t end,
                         const char *text, struct bc_error *err)
{
  size_t len = strlen(text), done = 0;
  while (len - done > MAX_CUE_BYTES) {
    size_t cut = done + MAX_CUE_BYTES, k;
    int64_t t;
    char *part;
    bc_status rc;
    for (k = cut; k > done + MAX_CUE_BYTES / 2 && text[k] != ' '; k--)
      ;
    if (text[k] == ' ')
      cut = k;
    while (cut > done && ((unsigned char)text[cut] & 0xC0) == 0x80)
      cut--;
    t = start + (end - start) * (int64_t)(cut - done) / (int64_t)(len - done);
    part = bc__strndup(text + done, cut - done);
    if (!part)
      return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    rc = bc__mp4_caption(m, start, t > start ? t : start + 1, part, err);
    free(part);
    if (rc)
      return rc;
    start = t > start ? t : start + 1;
    done = cut + (text[cut] == ' ');
  }
  return bc__mp4_caption(m, start, end > start ? end : start + 1, text + done,
                         err);
}

/* Send audio up to sample `upto` and the captions that start by `ms`. */
static bc_status feed_until(struct feed *f, int64_t upto, int64_t ms,
                            struct bc_error *err)
{
  struct inputs *in = f->in;
  bc_status rc;
  if (upto > in->samples)
    upto = in->samples;
  while (f->sent < upto) {
    size_t want = (size_t)(upto - f->sent), got;
    if (want > AUDIO_CHUNK)
      want = AUDIO_CHUNK;
    got = fread(f->buf, 2, want, in->wav);
    if (got != want)
      return bc_error_set(err, BC_ERR_PARSE, "cannot read '%s': it ends early",
                          f->wav_path);
    for (size_t i = 0; i < got; i++) { /* little-endian on disk */
      const unsigned char *b = (const unsigned char *)&f->buf[i];
      f->buf[i] = (int16_t)(uint16_t)(b[0] | b[1] << 8);
    }
    rc = bc__mp4_audio(f->mp4, f->buf, got, err);
    if (rc)
      return rc;
    f->sent += (int64_t)got;
  }
  while (f->cue < in->n_cues && in->cues[f->cue].start <= ms) {
    const struct cue *c = &in->cues[f->cue++];
    int64_t end = c->end < in->duration_ms ? c->end : in->duration_ms;
    if (end <= c->start)
      continue;
    rc = caption(f->mp4, c->start, end, c->text, err);
    if (rc)
      return rc;
  }
  return BC_OK;
}

/* The cue on screen at t (the first that starts by t and ends after it),
 * from *at on; NULL when none.  *next gets the time the captions next
 * change after t (INT64_MAX when never). */
static const struct cue *cue_at(const struct inputs *in, int64_t t, size_t *at,
                                int64_t *next)
{
  *next = INT64_MAX;
  while (*at < in->n_cues && in->cues[*at].end <= t)
    (*at)++;
  for (size_t i = *at; i < in->n_cues; i++) {
    const struct cue *c = &in->cues[i];
    if (c->start > t) {
      if (c->start < *next)
        *next = c->start;
      break;
    }
    if (c->end > t && c->end > c->start) {
      if (c->end < *next)
        *next = c->end;
      return c;
    }
  }
  return NULL;
}

/* One shot with the captions drawn in: a new frame wherever the caption
 * changes (a cue starts or ends, a long cue turns to its next part), else
 * every FRAME_MS. */
static bc_status burn_shot(struct feed *f, const struct shot *s,
                           struct bc__deck *deck, size_t *cue_at_pos,
                           struct bc_error *err)
{
  int64_t t = s->start;
  bc_status rc = BC_OK;
  while (!rc && t < s->end) {
    int64_t next, end = s->end, d;
    const struct cue *c = cue_at(f->in, t, cue_at_pos, &next);
    size_t parts = 1, part = 0;
    const unsigned char *px;
    int stride;
    if (c) {
      rc = bc__deck_draw_caption(deck, c->text, 0, &parts, err);
      part = (size_t)((t - c->start) * (int64_t)parts / (c->end - c->start));
      if (part >= parts)
        part = parts - 1;
      /* the next part starts at its share of the cue's time */
      if (part + 1 < parts) {
        int64_t pe = c->start +
                     (c->end - c->start) * (int64_t)(part + 1) / (int64_t)parts;
        if (pe > t && pe < next)
          next = pe;
      }
      if (!rc && part)
        rc = bc__deck_draw_caption(deck, c->text, part, NULL, err);
    } else {
      rc = bc__deck_draw_caption(deck, NULL, 0, NULL, err);
    }
    if (next < end)
      end = next;
    if (end - t > FRAME_MS)
      end = t + FRAME_MS;
    d = end - t;
    if (!rc) {
      px = bc__deck_pixels(deck, &stride);
      rc = bc__mp4_picture(f->mp4, px, stride, err);
    }
    if (!rc)
      rc = feed_until(f, t * f->in->rate / 1000, t, err);
    if (!rc)
      rc = bc__mp4_frame(f->mp4, t, d, t == s->start, err);
    t = end;
  }
  return rc;
}

static bc_status encode(struct inputs *in, struct bc__deck *deck,
                        struct bc__mp4 *mp4, const char *wav_path, int burn,
                        struct bc_error *err)
{
  size_t cue_pos = 0;
  struct feed *f = bc__calloc(1, sizeof *f);
  bc_status rc = BC_OK;
  if (!f)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  f->in = in;
  f->mp4 = mp4;
  f->wav_path = wav_path;
  for (size_t i = 0; !rc && i < in->n_shots; i++) {
    const struct shot *s = &in->shots[i];
    const unsigned char *px;
    int stride;
    if (s->end <= s->start)
      continue;
    rc = s->page == CARD ? bc__deck_draw_card(deck, s->title, err)
                         : bc__deck_draw_page(deck, s->page, err);
    if (!rc && burn) {
      rc = burn_shot(f, s, deck, &cue_pos, err);
      continue;
    }
    if (!rc) {
      px = bc__deck_pixels(deck, &stride);
      rc = bc__mp4_picture(mp4, px, stride, err);
    }
    for (int64_t t = s->start; !rc && t < s->end; t += FRAME_MS) {
      int64_t d = s->end - t < FRAME_MS ? s->end - t : FRAME_MS;
      rc = feed_until(f, t * in->rate / 1000, t, err);
      if (!rc)
        rc = bc__mp4_frame(mp4, t, d, t == s->start, err);
    }
  }
  if (!rc)
    rc = feed_until(f, in->samples, INT64_MAX, err);
  free(f);
  return rc;
}

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static const char *nonempty(const char *a, const char *b)
{
  return a && *a ? a : b;
}

bc_status bc_video_render(const struct bc_summary *summary, const char *dir,
                          const struct bc_video_opts *opts, const char *path,
                          struct bc_video_stats *stats, struct bc_error *err)
{
  struct inputs in;
  struct bc_video_stats st;
  struct bc__deck *deck = NULL;
  struct bc__mp4 *mp4 = NULL;
  struct bc__mp4_info info;
  char *pdf = NULL, *wav = NULL, *vtt = NULL, *chj = NULL;
  double t0 = now_s();
  int w = DEFAULT_W, h = DEFAULT_H;
  bc_status rc;

  memset(&in, 0, sizeof in);
  memset(&st, 0, sizeof st);
  if (!dir || !path)
    return bc_error_set(err, BC_ERR_USAGE, "cannot render a video: %s",
                        dir ? "no output path" : "no input folder");
  if (opts && (opts->width || opts->height)) {
    w = opts->width;
    h = opts->height;
    if (check_size(w, h, err))
      return BC_ERR_USAGE;
  }
  rc = bc__fs_check_target(path, err);
  if (rc)
    return rc;
  pdf = bc__fs_join(dir, "slides.pdf");
  wav = bc__fs_join(dir, "narration.wav");
  vtt = bc__fs_join(dir, "transcript.vtt");
  chj = bc__fs_join(dir, "chapters.json");
  if (!pdf || !wav || !vtt || !chj) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  if ((rc = read_wav(&in, wav, err)) || (rc = read_chapters(&in, chj, err)) ||
      (rc = read_cues(&in, vtt, err)) ||
      (rc = bc__deck_open(pdf, w, h, &deck, err)))
    goto out;
  if (in.samples == 0) {
    rc = bc_error_set(err, BC_ERR_INPUT, "cannot make a video: '%s' is silent",
                      wav);
    goto out;
  }
  if ((rc = plan(&in, deck, &st)) != BC_OK) {
    rc = bc_error_set(err, rc, "out of memory");
    goto out;
  }
  memset(&info, 0, sizeof info);
  info.width = w;
  info.height = h;
  info.sample_rate = in.rate;
  if (summary) {
    info.title = nonempty(summary->title, summary->source.title);
    info.author = summary->source.author;
    info.date = summary->source.date;
    info.source = summary->source.url;
    info.description = summary->tldr;
  }
  info.chapters = in.chap;
  info.n_chapters = in.n_chap;
  rc = bc__mp4_open(path, &info, &mp4, err);
  if (rc)
    goto out;
  rc = encode(&in, deck, mp4, wav, opts && opts->burn_captions, err);
  st.frames = bc__mp4_frames(mp4);
  if (rc) {
    bc__mp4_abort(mp4);
    goto out;
  }
  rc = bc__mp4_finish(mp4, &st.bytes, err);
  if (rc)
    goto out;
  st.seconds = in.duration_ms / 1000.0;
  st.chapters = in.n_chap;
  st.cues = in.n_cues;
  st.encode_seconds = now_s() - t0;
  if (stats)
    *stats = st;
out:
  bc__deck_close(deck);
  inputs_release(&in);
  free(pdf);
  free(wav);
  free(vtt);
  free(chj);
  return rc;
}
