/* local_script.c - the local provider's slides (an agenda, one slide per
 * section, the key points) and narration (an intro, the tl;dr, the key
 * points by chapter, an outro). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "summarize/local.h"

/* Append a slide; bullets are added to the last slide with add_bullet. */
static struct bc_slide *add_slide(struct bc_summary *s, size_t cap,
                                  const char *title, char *notes)
{
  struct bc_slide *sl;
  if (s->n_slides == cap || !notes) {
    free(notes);
    return NULL;
  }
  sl = &s->slides[s->n_slides++];
  sl->notes = notes;
  sl->title = bc__strdup(title);
  sl->bullets = bc__calloc(SLIDE_BULLETS_MAX, sizeof *sl->bullets);
  if (!sl->title || !sl->bullets)
    return NULL;
  return sl;
}

static int add_bullet(struct bc_slide *sl, char *text)
{
  if (!text)
    return -1;
  if (sl->n_bullets == SLIDE_BULLETS_MAX) {
    free(text);
    return 0;
  }
  sl->bullets[sl->n_bullets++] = text;
  return 0;
}

struct sec_rank {
  double score;
  size_t i;
};

static int cmp_sec(const void *a, const void *b)
{
  const struct sec_rank *x = a, *y = b;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

static int cmp_sec_pos(const void *a, const void *b)
{
  const struct sec_rank *x = a, *y = b;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* Whether candidate k makes a bullet of its own on the details slide: it
 * reads on its own (or names the person its subject stands for), is
 * nobody's unattributed words, neither a fragment nor a run-on, and says
 * nothing another part of the deck shows: a key point, the tl;dr, a
 * timeline entry's date or a quote shown on its own slide. */
static int detail_bullet(const struct bc__local *b, size_t k)
{
  const struct bc_summary *s = b->s;
  struct bc_span sp = b->c[k].span;
  size_t j;
  if ((!b->c[k].lone && b->c[k].who == NONE) || b->c[k].quoted ||
      b->c[k].quote_block || b->rank.words[k] < 8 || b->rank.words[k] > 40)
    return 0;
  for (j = 0; j < b->n_kp; j++)
    if (b->kp[j] == k || bc__local_same_text(b, b->kp[j], k) ||
        bc__local_cosine(&b->rank, b->kp[j], k) > 0.5)
      return 0;
  for (j = 0; j < b->n_tl; j++)
    if (b->tl[j] == k || bc__local_same_text(b, b->tl[j], k) ||
        bc__local_cosine(&b->rank, b->tl[j], k) > 0.5)
      return 0;
  for (j = 0; j < s->n_timeline; j++)
    if (s->timeline[j].span.start >= sp.start &&
        s->timeline[j].span.start < sp.end)
      return 0;
  for (j = 0; j < s->n_quotes; j++)
    if (s->quotes[j].span.start < sp.end && s->quotes[j].span.end > sp.start)
      return 0;
  return 1;
}

/* The strongest sentences of the text, at most max, that make bullets
 * of their own beside the key points (see detail_bullet), into keep in
 * the text's order; their number. */
#define DETAILS_MAX 5 /* bullets on the details slide */
static size_t details(const struct bc__local *b, size_t *keep, size_t max)
{
  size_t m = 0, i, j;
  for (i = 0; i < b->n && m < max; i++) {
    size_t k = b->order[i];
    int dup = !detail_bullet(b, k);
    for (j = 0; j < m && !dup; j++)
      dup = bc__local_same_text(b, keep[j], k) ||
            bc__local_cosine(&b->rank, keep[j], k) > 0.5;
    if (!dup)
      keep[m++] = k;
  }
  qsort(keep, m, sizeof *keep, bc__local_cmp_size);
  return m;
}

/* A slide titled title of the candidates k[0..m) as bullets.  NULL on
 * out-of-memory. */
static struct bc_slide *cand_slide(struct bc__local *b, size_t cap,
                                   const char *title, const size_t *k, size_t m)
{
  struct bc_slide *sl = add_slide(b->s, cap, title, bc__local_join(b, k, m));
  for (size_t j = 0; sl && j < m; j++)
    if (add_bullet(sl, bc__local_named_bullet(b, k[j])))
      return NULL;
  return sl;
}

/* The bullets of section sec's slide into pick, their number: its best
 * sentences that are neither key points nor the tl;dr, when there are as
 * many of them as of its best sentences (or three), else its best
 * sentences.  The key points have a slide of their own at the end of the
 * deck and the tl;dr is on the title slide: a section slide that shows
 * them too says them twice, but a slide cut to one or two bullets to
 * avoid it says too little. */
static size_t section_bullets(const struct bc__local *b, size_t sec,
                              size_t *pick)
{
  size_t want = b->plan->slide_bullets;
  size_t all = bc__local_choose(b, want, sec, pick);
  size_t m = bc__local_choose_except(b, want, sec, pick);
  if (m >= all || m >= 3)
    return m;
  return bc__local_choose(b, want, sec, pick);
}

/* Slides: an agenda (when there are sections), one slide per section (the
 * strongest sections when there are many), then the key points.  Bullets are
 * cut short; the speaker notes hold the full sentences. */
bc_status bc__local_build_slides(struct bc__local *b)
{
  struct bc_summary *s = b->s;
  const struct bc_doc *doc = b->doc;
  struct sec_rank *sr = NULL;
  size_t *pick = NULL, n_sec = 0, cap, i, j;
  struct bc_slide *sl;
  bc_status rc = BC_ERR_NOMEM;

  /* Map summary sections back to the section list by heading position. */
  sr = bc__calloc(b->n_secs ? b->n_secs : 1, sizeof *sr);
  pick = bc__calloc(b->plan->slide_bullets + SLIDE_BULLETS_MAX, sizeof *pick);
  if (!sr || !pick)
    goto out;
  for (i = 0; i < b->n_secs; i++) {
    size_t best;
    if (!b->sec_first || b->sec_first[i] == b->sec_first[i + 1])
      continue;
    best = b->by_sec[b->sec_first[i]];
    sr[n_sec].score = b->c[best].score;
    sr[n_sec].i = i;
    n_sec++;
  }
  /* A section with a single sentence to show makes a slide of one
   * bullet: it is left out of the deck (and of its agenda). */
  for (i = j = 0; i < n_sec; i++)
    if (bc__local_choose(b, 2, sr[i].i, pick) >= 2)
      sr[j++] = sr[i];
  n_sec = j;
  if (n_sec > b->plan->section_slides) {
    qsort(sr, n_sec, sizeof *sr, cmp_sec);
    n_sec = b->plan->section_slides;
    qsort(sr, n_sec, sizeof *sr, cmp_sec_pos);
  }
  cap = 1 + n_sec + (b->n_kp + 3) / 4 + 2;
  s->slides = bc__calloc(cap, sizeof *s->slides);
  if (!s->slides)
    goto out;

  /* Overview: the agenda when there are sections.  Without them there is
   * none: the deck's title slide shows the tl;dr, and a slide that only
   * says it again (one bullet, under the title again) tells nothing. */
  if (n_sec >= 2) {
    sl = add_slide(s, cap, b->title, bc__strdup(s->tldr));
    if (!sl)
      goto out;
    for (i = 0; i < n_sec; i++)
      if (add_bullet(sl, bc__local_span_dup(
                             doc, doc->blocks[b->secs[sr[i].i].block].span)))
        goto out;
  }

  for (i = 0; i < n_sec; i++) {
    size_t m = section_bullets(b, sr[i].i, pick);
    char *title;
    /* A lone section (no agenda) whose every bullet is a key point or
     * the tl;dr too only says the title slide and the key points slide's
     * first lines again. */
    if (n_sec == 1 && b->n_kp <= SLIDE_BULLETS_MAX) {
      size_t k, in = 0;
      for (j = 0; j < m; j++) {
        int seen = 0;
        for (k = 0; k < b->n_kp && !seen; k++)
          seen = b->kp[k] == pick[j];
        for (k = 0; k < b->n_tl && !seen; k++)
          seen = b->tl[k] == pick[j];
        in += (size_t)seen;
      }
      if (in == m)
        continue;
    }
    title = bc__local_span_dup(doc, doc->blocks[b->secs[sr[i].i].block].span);
    if (!title)
      goto out;
    sl = add_slide(s, cap, title, bc__local_join(b, pick, m));
    free(title);
    if (!sl)
      goto out;
    for (j = 0; j < m; j++)
      if (add_bullet(sl, bc__local_bullet(b, b->c[pick[j]].span)))
        goto out;
  }

  /* Key points: one slide of the first six when there were sections to
   * set them up, else all of them, on as few slides as hold them and
   * evenly spread (seven make four and three, never six and one).
   *
   * A story told in one slide of key points (no sections) makes a deck of
   * a title slide and one page that says little: the text's strongest
   * other sentences that read on their own fill a slide of one or two
   * key points up to three to five bullets, in the text's order, or make
   * a "More details" slide of three to five after a full one.  Fewer make
   * nothing (a slide of one or two bullets is filler). */
  if (!n_sec && b->n_kp && b->n_kp < 3) {
    size_t keep[2 * DETAILS_MAX], m = details(b, keep, DETAILS_MAX - b->n_kp);
    if (b->n_kp + m >= 3) {
      for (j = 0; j < b->n_kp; j++)
        keep[m + j] = b->kp[j];
      m += b->n_kp;
      qsort(keep, m, sizeof *keep, bc__local_cmp_size);
      if (!cand_slide(b, cap, "Key points", keep, m))
        goto out;
      rc = BC_OK;
      goto out;
    }
  }
  {
    size_t n = b->n_kp, parts, at = 0, part;
    if (n_sec && n > SLIDE_BULLETS_MAX)
      n = SLIDE_BULLETS_MAX;
    parts = (n + SLIDE_BULLETS_MAX - 1) / SLIDE_BULLETS_MAX;
    for (part = 0; part < parts; part++) {
      size_t m = (n - at + parts - part - 1) / (parts - part);
      if (!cand_slide(b, cap, part ? "Key points (continued)" : "Key points",
                      b->kp + at, m))
        goto out;
      at += m;
    }
  }
  if (!n_sec && b->n_kp && b->n_kp <= SLIDE_BULLETS_MAX) {
    size_t keep[DETAILS_MAX], m = details(b, keep, DETAILS_MAX);
    if (m >= 3 && !cand_slide(b, cap, "More details", keep, m))
      goto out;
  }
  rc = BC_OK;
out:
  free(sr);
  free(pick);
  return rc;
}

static bc_status add_turn(struct bc_summary *s, size_t cap, char *text)
{
  struct bc_turn *t;
  if (!text)
    return BC_ERR_NOMEM;
  if (s->n_narration == cap) {
    free(text);
    return BC_OK;
  }
  t = &s->narration[s->n_narration++];
  t->text = text;
  t->speaker = bc__strdup("narrator");
  return t->speaker ? BC_OK : BC_ERR_NOMEM;
}

/* Has the sentence of candidate k (or one with the same words) been said? */
static int said(const struct bc__local *b, const size_t *spoken, size_t n,
                size_t k)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (spoken[i] == k || bc__local_same_text(b, spoken[i], k))
      return 1;
  return 0;
}

/* The chapters: the key points not yet said, grouped under their sections'
 * headings when they fall in two or more sections. */
static size_t chapters(const struct bc__local *b, const size_t *spoken,
                       size_t n_spoken)
{
  size_t i, n = 0, last = NONE;
  for (i = 0; i < b->n_kp; i++) {
    size_t sec = b->c[b->kp[i]].section;
    if (sec == NONE || sec == last || said(b, spoken, n_spoken, b->kp[i]))
      continue;
    last = sec;
    n++;
  }
  return n;
}

/* Nonzero when s (of len bytes) starts with a capitalized article,
 * possessive or question word followed by a space. */
static int starts_function_word(const char *s, size_t len)
{
  static const char *const words[] = {"The",  "A",     "An",   "Our",  "My",
                                      "Your", "Their", "This", "That", "How",
                                      "What", "Why",   "When", "Where"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    size_t n = strlen(words[i]);
    if (len > n && memcmp(s, words[i], n) == 0 && s[n] == ' ')
      return 1;
  }
  return 0;
}

/* The narration: an intro naming the piece (title, and author when
 * known), the tl;dr, the other key points (by section, "First, HEADING.",
 * when they span sections) and an outro.  Every sentence of the source is
 * said once; the frame's own words are fixed phrases. */
bc_status bc__local_build_narration(struct bc__local *b)
{
  struct bc_summary *s = b->s;
  const struct bc_doc *doc = b->doc;
  struct bc_buf t = BC_BUF_INIT(BC_MAX_LINE_BYTES);
  size_t cap = 5 + b->n_tl + 2 * b->n_kp, i, n_spoken = 0, n_ch, ch = 0;
  size_t last = NONE, *spoken;
  bc_status rc = BC_ERR_NOMEM;
  spoken = bc__calloc(b->n_tl + b->n_kp + 1, sizeof *spoken);
  s->narration = bc__calloc(cap, sizeof *s->narration);
  if (!spoken || !s->narration)
    goto out;
  /* The publication date is not said: the fact checker reads every date
   * in the script against the text's own dates, and front matter is not
   * text, so "published on 20 July 2024" was flagged as a mix-up (it is in
   * summary.json's source instead). */
  bc_buf_addf(&t, "This is a brief of %s", b->title);
  if (doc->author && *doc->author)
    bc_buf_addf(&t, " by %s", doc->author);
  bc_buf_adds(&t, ".");
  rc = add_turn(s, cap, bc_buf_take(&t, NULL));
  if (!rc && s->tldr && *s->tldr)
    rc = add_turn(s, cap, bc__strdup(s->tldr));
  if (!rc && b->kp_off) /* a list piece's items */
    rc = add_turn(s, cap, bc__strdup(s->key_points[0].text));
  for (i = 0; i < b->n_tl; i++)
    spoken[n_spoken++] = b->tl[i];
  n_ch = chapters(b, spoken, n_spoken);
  if (n_ch < 2) {
    size_t left = 0;
    for (i = 0; i < b->n_kp; i++)
      left += !said(b, spoken, n_spoken, b->kp[i]);
    if (!rc && left)
      rc = add_turn(s, cap,
                    bc__strdup(n_spoken ? "Here are the other key points."
                                        : "Here are the key points."));
  }
  for (i = 0; !rc && i < b->n_kp; i++) {
    size_t k = b->kp[i], sec = b->c[k].section;
    if (said(b, spoken, n_spoken, k))
      continue;
    if (n_ch >= 2 && sec != NONE && sec != last) {
      const struct bc_span hs = b->doc->blocks[b->secs[sec].block].span;
      size_t len = hs.end - hs.start;
      ch++;
      bc_buf_addf(&t, "%s, ",
                  ch == 1      ? "First"
                  : ch == n_ch ? "Finally"
                               : "Next");
      while (len && (doc->text[hs.start + len - 1] == ':' ||
                     bc__local_is_space(doc->text[hs.start + len - 1])))
        len--;
      /* "Next, the human cost." -- a heading's leading article or
       * question word reads in lower case after the connective; any other
       * first word may be a name and keeps its capital. */
      if (len && starts_function_word(doc->text + hs.start, len)) {
        bc_buf_addf(&t, "%c", doc->text[hs.start] - 'A' + 'a');
        bc_buf_add(&t, doc->text + hs.start + 1, len - 1);
      } else {
        bc_buf_add(&t, doc->text + hs.start, len);
      }
      if (!len || !strchr(".?!", doc->text[hs.start + len - 1]))
        bc_buf_adds(&t, ".");
      last = sec;
      rc = add_turn(s, cap, bc_buf_take(&t, NULL));
      if (rc)
        break;
    }
    spoken[n_spoken++] = k;
    rc = add_turn(s, cap, bc__strdup(s->key_points[b->kp_off + i].text));
  }
  if (!rc) {
    bc_buf_addf(&t, "That was the brief of %s. Thank you for listening.",
                b->title);
    rc = add_turn(s, cap, bc_buf_take(&t, NULL));
  }
out:
  free(spoken);
  return rc;
}
