/* script.c - what the audio says: either the summary's narration turns as
 * written, or a script built from the summary's own text in a style
 * ("brief": one narrator; "deep-dive": two hosts alternating), with an
 * intro and outro naming the source and one chapter per section.  It adds
 * no facts: every sentence comes from a summary field the validator checks,
 * joined by fixed connecting phrases. */
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "render/audio_int.h"
#include "util/alloc.h"

static bc_status push(struct bc__script *sc, const char *speaker,
                      const char *text, const char *chapter)
{
  struct bc__seg *g;
  if (sc->n == sc->cap) {
    size_t nc = sc->cap ? sc->cap * 2 : 16;
    struct bc__seg *ns = bc_realloc(sc->seg, nc * sizeof *ns);
    if (!ns)
      return BC_ERR_NOMEM;
    sc->seg = ns;
    sc->cap = nc;
  }
  g = &sc->seg[sc->n];
  g->speaker = bc_strdup(speaker);
  g->text = bc_strdup(text);
  g->chapter = chapter ? bc_strdup(chapter) : NULL;
  if (!g->speaker || !g->text || (chapter && !g->chapter)) {
    free(g->speaker);
    free(g->text);
    free(g->chapter);
    return BC_ERR_NOMEM;
  }
  sc->n++;
  return BC_OK;
}

void bc__script_release(struct bc__script *sc)
{
  for (size_t i = 0; i < sc->n; i++) {
    free(sc->seg[i].speaker);
    free(sc->seg[i].text);
    free(sc->seg[i].chapter);
  }
  free(sc->seg);
  sc->seg = NULL;
  sc->n = sc->cap = 0;
}

static size_t words_of(const char *s)
{
  size_t n = 0;
  int in = 0;
  for (; s && *s; s++) {
    int sp = *s == ' ' || *s == '\n' || *s == '\t';
    if (!sp && !in)
      n++;
    in = !sp;
  }
  return n;
}

static int empty(const char *s)
{
  return !s || !*s;
}

/* Append s to b, ending it with a period when it has no final punctuation,
 * so the sentence splitter and flite both see a sentence end. */
static void add_sentence(struct bc_buf *b, const char *s)
{
  size_t len = strlen(s);
  while (len && (s[len - 1] == ' ' || s[len - 1] == '\n'))
    len--;
  if (!len)
    return;
  if (b->len)
    bc_buf_addc(b, ' ');
  bc_buf_add(b, s, len);
  if (s[len - 1] != '.' && s[len - 1] != '!' && s[len - 1] != '?')
    bc_buf_addc(b, '.');
}

/* Take whole sentences of text until about budget words are used; always
 * at least one sentence.  Returns the words taken. */
static size_t add_budget(struct bc_buf *b, const char *text, size_t budget)
{
  char **sent = NULL;
  size_t n = 0, used = 0;
  if (bc__audio_sentences(text, &sent, &n)) {
    b->failed = 1;
    return 0;
  }
  for (size_t i = 0; i < n; i++) {
    size_t w = words_of(sent[i]);
    if (i == 0 || used + w <= budget) {
      add_sentence(b, sent[i]);
      used += w;
    }
    free(sent[i]);
  }
  free(sent);
  return used;
}

struct style {
  const char *name;
  double minutes; /* default length */
  int hosts;
};

static const struct style styles[] = {{"brief", 2.0, 1}, {"deep-dive", 6.0, 2}};

static bc_status from_narration(const struct bc_summary *s,
                                struct bc__script *sc)
{
  for (size_t i = 0; i < s->n_narration; i++) {
    const struct bc_turn *t = &s->narration[i];
    bc_status rc;
    if (empty(t->text))
      continue;
    rc = push(sc, empty(t->speaker) ? "narrator" : t->speaker, t->text,
              sc->n == 0 ? (empty(s->title) ? "Narration" : s->title) : NULL);
    if (rc)
      return rc;
  }
  return BC_OK;
}

static const char *host(const struct style *st, size_t turn)
{
  if (st->hosts == 1)
    return "narrator";
  return turn % 2 ? "host2" : "host1";
}

static bc_status styled(const struct bc_summary *s, const struct style *st,
                        double minutes, struct bc__script *sc)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_JSON_BYTES);
  double total = (minutes > 0 ? minutes : st->minutes) * BC__FLITE_WPM;
  size_t turn = 0, body, per, n_parts;
  const char *title = empty(s->source.title) ? s->title : s->source.title;
  bc_status rc = BC_OK;

  /* Intro: names the source (title, author, date), then the tl;dr. */
  bc_buf_adds(&b, st->hosts == 1 ? "This is a briefcast of "
                                 : "Welcome to briefcast. Today we discuss ");
  bc_buf_adds(&b, empty(title) ? "an untitled piece" : title);
  if (!empty(s->source.author))
    bc_buf_addf(&b, ", by %s", s->source.author);
  if (!empty(s->source.date))
    bc_buf_addf(&b, ", published %s", s->source.date);
  bc_buf_addc(&b, '.');
  if (!empty(s->tldr)) {
    bc_buf_adds(&b, st->hosts == 1 ? " In short: " : " The short version: ");
    add_sentence(&b, s->tldr);
  }
  if (bc_buf_status(&b))
    goto nomem;
  total -= (double)words_of(bc_buf_str(&b));
  rc = push(sc, host(st, turn++), bc_buf_str(&b), "Introduction");
  if (rc)
    goto out;
  bc_buf_reset(&b);

  /* Body: one chapter per section when there are sections, else one per
   * key point; each part gets an equal share of the word budget. */
  body = total > 60 ? (size_t)(total - 30) : 30;
  n_parts = s->n_sections ? s->n_sections : s->n_key_points;
  per = n_parts ? body / n_parts : body;
  if (per < 15)
    per = 15;
  for (size_t i = 0; i < n_parts; i++) {
    const char *chap, *text;
    if (s->n_sections) {
      chap = empty(s->sections[i].heading) ? "Section" : s->sections[i].heading;
      text = s->sections[i].summary;
    } else {
      chap = "Key point";
      text = s->key_points[i].text;
    }
    if (empty(text))
      continue;
    if (st->hosts == 2) {
      /* The first host introduces the part; the second speaks its text,
       * then the first adds a key point that grounds it. */
      size_t used;
      bc_buf_addf(&b, "Next: %s.", chap);
      rc = push(sc, host(st, turn++), bc_buf_str(&b), chap);
      bc_buf_reset(&b);
      if (rc)
        goto out;
      used = add_budget(&b, text, per);
      if (bc_buf_status(&b))
        goto nomem;
      rc = push(sc, host(st, turn++), bc_buf_str(&b), NULL);
      bc_buf_reset(&b);
      if (rc)
        goto out;
      if (i < s->n_key_points && s->n_sections && used + 10 < per) {
        bc_buf_adds(&b, "And a key point here: ");
        add_budget(&b, s->key_points[i].text, per - used);
        if (bc_buf_status(&b))
          goto nomem;
        rc = push(sc, host(st, turn++), bc_buf_str(&b), NULL);
        bc_buf_reset(&b);
        if (rc)
          goto out;
      }
    } else {
      add_budget(&b, text, per);
      if (bc_buf_status(&b))
        goto nomem;
      rc = push(sc, host(st, turn++), bc_buf_str(&b), chap);
      bc_buf_reset(&b);
      if (rc)
        goto out;
    }
  }

  /* Outro names the source again. */
  bc_buf_adds(&b, "That was a briefcast of ");
  bc_buf_adds(&b, empty(title) ? "an untitled piece" : title);
  if (!empty(s->source.author))
    bc_buf_addf(&b, ", by %s", s->source.author);
  bc_buf_adds(&b, ". Thanks for listening.");
  if (bc_buf_status(&b))
    goto nomem;
  rc = push(sc, host(st, 0), bc_buf_str(&b), "Outro");
  goto out;
nomem:
  rc = BC_ERR_NOMEM;
out:
  bc_buf_release(&b);
  return rc;
}

bc_status bc__script_build(const struct bc_summary *s, const char *style,
                           double minutes, struct bc__script *out,
                           struct bc_error *err)
{
  struct bc__script sc = {NULL, 0, 0};
  bc_status rc;
  if (minutes < 0 || minutes > 600)
    return bc_error_set(err, BC_ERR_USAGE, "cannot make a %g-minute script",
                        minutes);
  if (!style) {
    rc = from_narration(s, &sc);
  } else {
    const struct style *st = NULL;
    for (size_t i = 0; i < sizeof styles / sizeof styles[0]; i++)
      if (strcmp(styles[i].name, style) == 0)
        st = &styles[i];
    if (!st)
      return bc_error_set(err, BC_ERR_USAGE,
                          "unknown style '%s' (brief, deep-dive)", style);
    rc = styled(s, st, minutes, &sc);
  }
  if (rc) {
    bc__script_release(&sc);
    return bc_error_set(err, rc, "out of memory building the script");
  }
  *out = sc;
  return BC_OK;
}
