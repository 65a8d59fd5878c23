/* script.c - what the audio says: either the summary's narration turns as
 * written, or a script built from the summary's own text in a style
 * ("brief": one narrator; "deep-dive": two hosts alternating); either way
 * in the order of the slide deck, one chapter per part of it between an
 * introduction and an outro (chapter N is slide N of the video); and the
 * utterances each segment is spoken in, split into sentences by the
 * analyzer's own splitter.  It adds no facts: every sentence comes from a
 * summary field the validator checks, joined by fixed connecting phrases. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/facts.h"
#include "briefcast/limits.h"
#include "render/audio/audio_int.h"
#include "render/pdf/pdf_outline.h"
#include "util/alloc.h"
#include "util/strmap.h"

/* Append the utterance text[s..e), trimmed, with line breaks and tabs as
 * spaces, to *v (n used, *cap allocated). */
static bc_status add_utterance(const char *text, size_t s, size_t e, char ***v,
                               size_t *n, size_t *cap)
{
  char *u;
  while (s < e && strchr(" \n\t\r", text[s]))
    s++;
  while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\n'))
    e--;
  if (e == s)
    return BC_OK;
  if (*n == *cap) {
    size_t nc = *cap ? *cap * 2 : 16;
    char **nv = bc__realloc(*v, nc * sizeof *nv);
    if (!nv)
      return BC_ERR_NOMEM;
    *v = nv;
    *cap = nc;
  }
  u = bc__strndup(text + s, e - s);
  if (!u)
    return BC_ERR_NOMEM;
  for (char *c = u; *c; c++)
    if (*c == '\n' || *c == '\r' || *c == '\t')
      *c = ' ';
  (*v)[(*n)++] = u;
  return BC_OK;
}

bc_status bc__script_sentences(const char *text, char ***out, size_t *n_out,
                               struct bc_error *err)
{
  struct bc_span *sp = NULL;
  size_t ns = 0, n = 0, cap = 0;
  char **v = NULL;
  bc_status rc = bc_facts_sentences(text, strlen(text), &sp, &ns, err);
  for (size_t i = 0; i < ns && !rc; i++) {
    /* Words are counted at spaces, as flite's utterances grow with them;
     * a long sentence is cut after the comma or semicolon that follows
     * its 60th word, else at the space after its 90th. */
    size_t s = sp[i].start, e = sp[i].end, p, words = 0;
    while (s < e && strchr(" \n\t\r", text[s]))
      s++;
    for (p = s; p < e && !rc; p++) {
      size_t cut;
      if (text[p] == ' ' && text[p + 1] != ' ')
        words++;
      if (words >= 60 && (text[p] == ',' || text[p] == ';') &&
          text[p + 1] == ' ')
        cut = p + 1;
      else if (words >= 90 && text[p] == ' ')
        cut = p;
      else
        continue;
      rc = add_utterance(text, s, cut, &v, &n, &cap);
      for (s = cut; s < e && strchr(" \n\t\r", text[s]); s++)
        ;
      p = s - 1;
      words = 0;
    }
    if (!rc)
      rc = add_utterance(text, s, e, &v, &n, &cap);
  }
  free(sp);
  if (rc) {
    for (size_t i = 0; i < n; i++)
      free(v[i]);
    free(v);
    if (rc == BC_ERR_NOMEM)
      return bc_error_set(err, rc, "out of memory");
    return rc; /* the analyzer has set err */
  }
  *out = v;
  *n_out = n;
  return BC_OK;
}

static bc_status push(struct bc__script *sc, const char *speaker,
                      const char *text, const char *chapter)
{
  struct bc__seg *g;
  if (sc->n == sc->cap) {
    size_t nc = sc->cap ? sc->cap * 2 : 16;
    struct bc__seg *ns = bc__realloc(sc->seg, nc * sizeof *ns);
    if (!ns)
      return BC_ERR_NOMEM;
    sc->seg = ns;
    sc->cap = nc;
  }
  g = &sc->seg[sc->n];
  g->speaker = bc__strdup(speaker);
  g->text = bc__strdup(text);
  g->chapter = chapter ? bc__strdup(chapter) : NULL;
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

/* Empty, or white space alone: nothing to speak. */
static int blank(const char *s)
{
  return empty(s) || !s[strspn(s, " \t\r\n")];
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

struct part {
  const char *chapter; /* borrowed */
  enum bc__part_kind kind;
  int agenda;  /* says its own heading: no "Next:" */
  char **sent; /* owned sentences */
  size_t n, taken;
};

static bc_status part_add(struct part *p, const char *prefix, const char *text)
{
  char **v = NULL;
  size_t n = 0;
  if (!text || !*text)
    return BC_OK;
  bc_status rc = bc__script_sentences(text, &v, &n, NULL);
  if (rc)
    return rc;
  for (size_t i = 0; i < n; i++) {
    char **nv = bc__realloc(p->sent, (p->n + 1) * sizeof *nv);
    char *t = NULL;
    if (nv) {
      p->sent = nv;
      if (prefix && i == 0) {
        size_t len = strlen(prefix) + strlen(v[i]) + 1;
        t = bc__malloc(len);
        if (t)
          snprintf(t, len, "%s%s", prefix, v[i]);
      } else {
        t = v[i];
        v[i] = NULL;
      }
    }
    if (!t) {
      for (size_t k = i; k < n; k++)
        free(v[k]);
      free(v);
      return BC_ERR_NOMEM;
    }
    p->sent[p->n++] = t;
    free(v[i]);
  }
  free(v);
  return BC_OK;
}

/* part_add of text built in b (released here): b's text is the prefix of
 * text when text is not NULL, else the text itself.  b's status (out of
 * memory, or over the line limit) is the result when it failed. */
static bc_status part_add_built(struct part *p, const char *text,
                                struct bc_buf *b)
{
  bc_status rc = bc_buf_status(b);
  if (!rc)
    rc = text ? part_add(p, bc_buf_str(b), text)
              : part_add(p, NULL, bc_buf_str(b));
  bc_buf_release(b);
  return rc;
}

struct style {
  const char *name;
  double minutes; /* default length */
  int hosts;
};

static const struct style styles[] = {{"brief", 2.0, 1}, {"deep-dive", 6.0, 2}};

static int lower(int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int word_char(int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || (c & 0x80);
}

/* Whether the first sentence of text names name as whole words, case
 * aside ("Next, the human cost." names "The human cost"). */
static int announces(const char *text, const char *name)
{
  size_t n = strlen(name), len = strlen(text), end = strcspn(text, ".!?");
  if (n < 3)
    return 0;
  /* The name starts in the first sentence; it may hold a '?' itself. */
  for (size_t i = 0; i <= end && i + n <= len; i++) {
    size_t k = 0;
    if (i && word_char((unsigned char)text[i - 1]))
      continue;
    while (k < n &&
           lower((unsigned char)text[i + k]) == lower((unsigned char)name[k]))
      k++;
    if (k == n && !word_char((unsigned char)text[i + n]))
      return 1;
  }
  return 0;
}

static const char *host(const struct style *st, size_t turn)
{
  if (st->hosts == 1)
    return "narrator";
  return turn % 2 ? "host2" : "host1";
}

/* The agenda slide's list of parts as one sentence: "In this brief: A;
 * B; C." (the slide's own bullets, the sections' headings). */
/* The agenda: the sections' parts the deck shows (as its agenda slide
 * lists them), else the provider's agenda slide's bullets. */
static bc_status agenda(struct part *p, const struct bc_slide *sl,
                        const struct bc__part *pt, size_t n_pt)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_LINE_BYTES);
  bc_status rc;
  size_t shown = 0, said = 0;
  for (size_t k = 0; k < n_pt; k++)
    shown += (size_t)bc__outline_in_agenda(&pt[k]);
  bc_buf_adds(&b, "In this brief: ");
  for (size_t k = 0; k < (shown >= 2 ? n_pt : sl->n_bullets); k++) {
    const char *t = shown >= 2 ? pt[k].title : sl->bullets[k];
    size_t len = strlen(t);
    if (shown >= 2 && !bc__outline_in_agenda(&pt[k]))
      continue;
    while (len && strchr(" .:;", t[len - 1]))
      len--;
    if (said++)
      bc_buf_adds(&b, "; ");
    bc_buf_add(&b, t, len);
  }
  bc_buf_addc(&b, '.');
  rc = bc_buf_status(&b);
  if (!rc)
    rc = part_add(p, NULL, bc_buf_str(&b));
  bc_buf_release(&b);
  return rc;
}

static bc_status glossary(const struct bc_summary *s, struct part *p)
{
  bc_status rc = BC_OK;
  for (size_t i = 0; i < s->n_glossary && !rc; i++) {
    struct bc_buf b = BC_BUF_INIT(BC_MAX_LINE_BYTES);
    if (empty(s->glossary[i].term) || empty(s->glossary[i].definition))
      continue;
    bc_buf_addf(&b, "%s stands for %s.", s->glossary[i].term,
                s->glossary[i].definition);
    rc = part_add_built(p, NULL, &b);
  }
  return rc;
}

static bc_status key_points(const struct bc_summary *s, struct part *p)
{
  bc_status rc = BC_OK;
  for (size_t i = 0; i < s->n_key_points && !rc; i++)
    rc = part_add(p, NULL, s->key_points[i].text);
  return rc;
}

/* What one part of the deck says: a section's summary for a section's
 * slide, the key points for theirs, else the slide's notes or bullets. */
static bc_status part_material(const struct bc_summary *s,
                               const struct bc__part *pts, size_t n_pt,
                               const struct bc__part *pt, struct part *p)
{
  bc_status rc = BC_OK;
  if (pt->glossary) {
    struct bc__part kp = *pt;
    kp.glossary = 0;
    rc = part_material(s, pts, n_pt, &kp, p);
    return rc ? rc : glossary(s, p);
  }
  switch (pt->kind) {
  case BC__PART_SLIDE:
    if (pt->agenda)
      return agenda(p, &s->slides[pt->index], pts, n_pt);
    if (pt->section != (size_t)-1 && !empty(s->sections[pt->section].summary))
      return part_add(p, NULL, s->sections[pt->section].summary);
    if (!pt->key_points) {
      for (size_t i = pt->index; !rc && i < pt->index + pt->n_slides; i++) {
        const struct bc_slide *sl = &s->slides[i];
        if (!empty(sl->notes))
          rc = part_add(p, NULL, sl->notes);
        for (size_t k = 0; !rc && empty(sl->notes) && k < sl->n_bullets; k++)
          rc = part_add(p, NULL, sl->bullets[k]);
      }
      return rc;
    }
    return key_points(s, p); /* the key points' slide says them */
  case BC__PART_KEY_POINTS: return key_points(s, p);
  case BC__PART_SECTION:
    return part_add(p, NULL, s->sections[pt->index].summary);
  case BC__PART_TIMELINE: {
    size_t *idx = bc__calloc(s->n_timeline, sizeof *idx);
    if (!idx)
      return BC_ERR_NOMEM;
    bc__outline_timeline_order(s, idx);
    for (size_t i = 0; i < s->n_timeline && !rc; i++) {
      const struct bc_timeline_entry *t = &s->timeline[idx[i]];
      struct bc_buf b = BC_BUF_INIT(BC_MAX_LINE_BYTES);
      bc_buf_addf(&b, "%s: ", t->date ? t->date : "");
      rc = part_add_built(p, t->event, &b);
    }
    free(idx);
    return rc;
  }
  case BC__PART_GLOSSARY: return glossary(s, p);
  case BC__PART_QUOTES:
    for (size_t i = 0; i < s->n_quotes && !rc; i++) {
      struct bc_buf b = BC_BUF_INIT(BC_MAX_LINE_BYTES);
      if (!bc__outline_quote_shown(&s->quotes[i]))
        continue;
      if (!empty(s->quotes[i].speaker))
        bc_buf_addf(&b, "%s said: \"%s\"", s->quotes[i].speaker,
                    s->quotes[i].text);
      else
        bc_buf_addf(&b, "In the source's words: \"%s\"", s->quotes[i].text);
      rc = part_add_built(p, NULL, &b);
    }
    return rc;
  }
  return rc;
}

/* The material, in the order the deck shows it (pdf_outline.c): one part
 * per part of the deck, each a chapter, so chapter N of the episode is
 * part N of the deck.  All text is the summary's own.  The first skip
 * parts are left empty for the caller (*n_parts counts them). */
static bc_status gather(const struct bc_summary *s, size_t skip,
                        struct part **parts, size_t *n_parts)
{
  struct bc__part *pt = NULL;
  size_t n = 0;
  bc_status rc = bc__outline(s, &pt, &n);
  if (rc)
    return rc;
  *parts = bc__calloc(skip + n + 1, sizeof **parts);
  if (!*parts) {
    free(pt);
    return BC_ERR_NOMEM;
  }
  *n_parts = skip + n;
  for (size_t i = 0; i < n && !rc; i++) {
    struct part *p = &(*parts)[skip + i];
    p->chapter = pt[i].title;
    p->kind = pt[i].kind;
    p->agenda = pt[i].agenda;
    rc = part_material(s, pt, n, &pt[i], p);
  }
  free(pt);
  return rc;
}

static void parts_free(struct part *parts, size_t n_parts)
{
  for (size_t i = 0; parts && i < n_parts; i++) {
    for (size_t k = 0; k < parts[i].n; k++)
      free(parts[i].sent[k]);
    free(parts[i].sent);
  }
  free(parts);
}

/* Drop every sentence said before in an earlier part (a key point is often
 * a section's sentence too): a longer request draws on more of the
 * summary, never on the same sentence twice.  Sentences compare with their
 * final punctuation and spaces aside. */
static bc_status dedupe(struct part *parts, size_t n_parts)
{
  struct bc__strmap seen = BC__STRMAP_INIT;
  char **keys = NULL;
  size_t n_keys = 0, total = 0;
  bc_status rc = BC_OK;
  for (size_t i = 0; i < n_parts; i++)
    total += parts[i].n;
  keys = bc__calloc(total + 1, sizeof *keys);
  if (!keys)
    return BC_ERR_NOMEM;
  for (size_t i = 0; i < n_parts && !rc; i++) {
    struct part *p = &parts[i];
    size_t kept = 0;
    for (size_t k = 0; k < p->n; k++) {
      const char *t = p->sent[k], *q;
      size_t len;
      char *key;
      /* A timeline entry says its event after "DATE: ", a quote its words
       * between quotation marks: those are what may repeat. */
      if (p->kind == BC__PART_TIMELINE && (q = strstr(t, ": ")) != NULL)
        t = q + 2;
      else if (p->kind == BC__PART_QUOTES && (q = strchr(t, '"')) != NULL &&
               strrchr(t, '"') > q)
        t = q + 1;
      len = strlen(t);
      while (len && strchr(" .!?\"", t[len - 1]))
        len--;
      key = rc ? NULL : bc__strndup(t, len);
      if (!rc && !key)
        rc = BC_ERR_NOMEM;
      if (!rc && bc__strmap_get(&seen, key)) {
        free(key);
        free(p->sent[k]);
        continue;
      }
      if (!rc) {
        keys[n_keys++] = key;
        if (bc__strmap_put(&seen, key, k))
          rc = BC_ERR_NOMEM;
      }
      p->sent[kept++] = p->sent[k];
    }
    p->n = kept;
  }
  bc__strmap_release(&seen);
  for (size_t i = 0; i < n_keys; i++)
    free(keys[i]);
  free(keys);
  return rc;
}

/* The source as intro and outro name it: its title, and its author. */
static void name_source(struct bc_buf *b, const struct bc_summary *s)
{
  const char *title = empty(s->source.title) ? s->title : s->source.title;
  bc_buf_adds(b, empty(title) ? "an untitled piece" : title);
  if (!empty(s->source.author))
    bc_buf_addf(b, ", by %s", s->source.author);
}

/* The outro, on the closing slide: it names the source again. */
static bc_status push_outro(struct bc__script *sc, const struct bc_summary *s,
                            const char *speaker)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_LINE_BYTES);
  bc_status rc;
  bc_buf_adds(&b, "That was a briefcast of ");
  name_source(&b, s);
  bc_buf_adds(&b, ". Thanks for listening.");
  rc = bc_buf_status(&b);
  if (!rc)
    rc = push(sc, speaker, bc_buf_str(&b), "Outro");
  bc_buf_release(&b);
  return rc;
}

#define INTRO ((size_t)-1)
#define OUTRO ((size_t)-2)

/* The deck part (index into parts) whose title the first sentence of a
 * narration turn names and no earlier turn named; never the agenda, which
 * carries the summary's own title (intro and outro say that).  INTRO when
 * the turn names none. */
static size_t announced(const struct part *parts, size_t n_parts,
                        const char *text, unsigned char *used)
{
  for (size_t k = 0; k < n_parts; k++)
    if (!used[k] && !parts[k].agenda && announces(text, parts[k].chapter)) {
      used[k] = 1;
      return k;
    }
  return INTRO;
}

/* What the narration leaves unsaid of part p: its first sentence the
 * narration does not hold (parts were deduplicated after the narration's
 * own sentences), announced as the narration announces its parts; the
 * agenda says its list of parts alone. */
static bc_status push_unsaid(struct bc__script *sc, const struct part *p,
                             const char *speaker)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_LINE_BYTES);
  bc_status rc;
  if (!p->agenda || !p->n)
    bc_buf_addf(&b, "Next: %s.", p->chapter);
  if (p->n)
    add_sentence(&b, p->sent[0]);
  rc = bc_buf_status(&b);
  if (!rc)
    rc = push(sc, speaker, bc_buf_str(&b), p->chapter);
  bc_buf_release(&b);
  return rc;
}

/* The summary's narration as written, in the order of the deck
 * (pdf_outline.c) and one chapter per part of it, as the styles are: the
 * turns before the first that announces a part ("First, the first
 * incident I remember.") are the introduction on the title slide; a turn
 * that announces a part opens it, with the turns after it; the last turn,
 * announcing none, is the outro on the closing slide.  A part no turn
 * announces is announced and given its first sentence the narration does
 * not say, so every slide has its chapter and chapter N is part N of the
 * deck.  An outro the narration lacks names the source. */
static bc_status from_narration(const struct bc_summary *s,
                                struct bc__script *sc)
{
  struct part *parts = NULL, *deck;
  size_t n_parts = 0, n_deck, *owner = NULL, last = INTRO, k;
  unsigned char *used = NULL;
  const char *speaker;
  bc_status rc = gather(s, 1, &parts, &n_parts);
  int any = 0;

  if (rc)
    goto out;
  deck = parts + 1;
  n_deck = n_parts - 1;
  /* parts[0]: the narration's own sentences, so that no part adds one of
   * them again. */
  parts[0].kind = BC__PART_SECTION;
  for (size_t i = 0; i < s->n_narration && !rc; i++)
    rc = part_add(&parts[0], NULL, s->narration[i].text);
  if (!rc)
    rc = dedupe(parts, n_parts);
  owner = bc__calloc(s->n_narration + 1, sizeof *owner);
  used = bc__calloc(n_deck + 1, 1);
  if (!rc && (!owner || !used))
    rc = BC_ERR_NOMEM;
  if (rc)
    goto out;
  for (size_t i = 0, cur = INTRO; i < s->n_narration; i++) {
    if (blank(s->narration[i].text))
      continue;
    k = any ? announced(deck, n_deck, s->narration[i].text, used) : INTRO;
    if (k != INTRO)
      cur = k;
    owner[i] = cur;
    /* The last turn is the outro when it opens no part. */
    last = any && k == INTRO ? i : INTRO;
    any = 1;
  }
  if (!any)
    goto out; /* nothing to speak: nothing is made up */
  if (last != INTRO)
    owner[last] = OUTRO;

  /* Introduction, the deck's parts, outro: each a chapter. */
  for (size_t j = 0; j <= n_deck + 1 && !rc; j++) {
    size_t want = j == 0 ? INTRO : j <= n_deck ? j - 1 : OUTRO;
    const char *chapter = j == 0        ? "Introduction"
                          : j <= n_deck ? deck[j - 1].chapter
                                        : "Outro";
    size_t before = sc->n;
    for (size_t i = 0; i < s->n_narration && !rc; i++) {
      const struct bc_turn *t = &s->narration[i];
      if (blank(t->text) || owner[i] != want)
        continue;
      rc = push(sc, empty(t->speaker) ? "narrator" : t->speaker, t->text,
                sc->n == before ? chapter : NULL);
    }
    if (rc || sc->n > before)
      continue;
    /* The intro always has its turns (the first turn is one); a part or
     * the outro without turns is said in the voice before it. */
    speaker = sc->seg[sc->n - 1].speaker;
    if (j <= n_deck)
      rc = push_unsaid(sc, &deck[j - 1], speaker);
    else
      rc = push_outro(sc, s, speaker);
  }
out:
  free(owner);
  free(used);
  parts_free(parts, n_parts);
  return rc;
}

static bc_status styled(const struct bc_summary *s, const struct style *st,
                        double minutes, struct bc__script *sc)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_JSON_BYTES);
  double total = (minutes > 0 ? minutes : st->minutes) * BC__FLITE_WPM;
  size_t turn = 0, n_parts = 0, used = 0, outro_words = 12;
  struct part *parts = NULL;
  bc_status rc = BC_OK;
  int more;

  rc = gather(s, 0, &parts, &n_parts);
  if (!rc)
    rc = dedupe(parts, n_parts);
  if (rc)
    goto out;

  /* Intro: names the source (title, author), then the tl;dr.  The
   * publication date is not said, by the same rule as the local provider's
   * narration (summarize/local_script.c): the checker reads every date of
   * a script against the text's own dates, front matter is not text, and
   * "published 2024-07-20" was flagged as a mix-up.  The date is on the
   * brief and in summary.json's source. */
  bc_buf_adds(&b, st->hosts == 1 ? "This is a briefcast of "
                                 : "Welcome to briefcast. Today we discuss ");
  name_source(&b, s);
  bc_buf_addc(&b, '.');
  if (!empty(s->tldr)) {
    bc_buf_adds(&b, st->hosts == 1 ? " In short:" : " The short version:");
    add_sentence(&b, s->tldr);
  }
  if ((rc = bc_buf_status(&b)) != BC_OK)
    goto out;
  used = words_of(bc_buf_str(&b)) + outro_words;
  rc = push(sc, host(st, turn++), bc_buf_str(&b), "Introduction");
  if (rc)
    goto out;
  bc_buf_reset(&b);

  /* Every part of the deck is a chapter, so each is at least announced
   * ("Next: Timeline."): two hosts announce every part, one narrator only
   * the parts the budget leaves without a sentence. */
  for (size_t i = 0; i < n_parts; i++)
    used += 1 + words_of(parts[i].chapter);
  sc->available_words = used;
  for (size_t i = 0; i < n_parts; i++)
    for (size_t k = 0; k < parts[i].n; k++)
      sc->available_words += words_of(parts[i].sent[k]);

  /* Take sentences round-robin over the parts (one from each in turn)
   * until the word budget is spent, so every part is heard and a longer
   * request draws deeper into each. */
  do {
    more = 0;
    for (size_t i = 0; i < n_parts; i++) {
      struct part *p = &parts[i];
      size_t w, saved = 0;
      if (p->taken == p->n)
        continue;
      w = words_of(p->sent[p->taken]);
      if (st->hosts == 1 && !p->taken)
        saved = 1 + words_of(p->chapter); /* no announcement needed */
      if ((double)(used + w) > total + (double)saved)
        continue;
      used += w - saved;
      p->taken++;
      more = 1;
    }
  } while (more && (double)used < total);

  for (size_t i = 0; i < n_parts; i++) {
    struct part *p = &parts[i];
    if (st->hosts == 1 && !p->taken) {
      bc_buf_addf(&b, "Next: %s.", p->chapter);
      rc = bc_buf_status(&b);
      if (!rc)
        rc = push(sc, host(st, turn++), bc_buf_str(&b), p->chapter);
      bc_buf_reset(&b);
      if (rc)
        goto out;
      continue;
    }
    if (st->hosts == 2) {
      /* The hosts alternate: one opens the part, then they trade every
       * two sentences of the summary's text. */
      if (!p->agenda || !p->taken) {
        bc_buf_addf(&b, "Next: %s.", p->chapter);
        rc = push(sc, host(st, turn++), bc_buf_str(&b), p->chapter);
        bc_buf_reset(&b);
        if (rc)
          goto out;
      }
      for (size_t k = 0; k < p->taken; k += 2) {
        add_sentence(&b, p->sent[k]);
        if (k + 1 < p->taken)
          add_sentence(&b, p->sent[k + 1]);
        if ((rc = bc_buf_status(&b)) != BC_OK)
          goto out;
        rc = push(sc, host(st, turn++), bc_buf_str(&b),
                  p->agenda && !k ? p->chapter : NULL);
        bc_buf_reset(&b);
        if (rc)
          goto out;
      }
    } else {
      for (size_t k = 0; k < p->taken; k++)
        add_sentence(&b, p->sent[k]);
      if ((rc = bc_buf_status(&b)) != BC_OK)
        goto out;
      rc = push(sc, host(st, turn++), bc_buf_str(&b), p->chapter);
      bc_buf_reset(&b);
      if (rc)
        goto out;
    }
  }

  /* Outro names the source again. */
  rc = push_outro(sc, s, host(st, 0));
out:
  parts_free(parts, n_parts);
  bc_buf_release(&b);
  return rc;
}

bc_status bc__script_build(const struct bc_summary *s, const char *style,
                           double minutes, struct bc__script *out,
                           struct bc_error *err)
{
  struct bc__script sc = {NULL, 0, 0, 0};
  bc_status rc;
  if (minutes < 0 || minutes > BC_MAX_MINUTES)
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
    if (rc == BC_ERR_NOMEM)
      return bc_error_set(err, rc, "out of memory building the script");
    return bc_error_set(err, rc,
                        "cannot build the script: a field of the summary is "
                        "too long (over %d sentences, or a line over %zu "
                        "MiB)",
                        BC_MAX_SENTENCES, BC_MAX_LINE_BYTES >> 20);
  }
  *out = sc;
  return BC_OK;
}
