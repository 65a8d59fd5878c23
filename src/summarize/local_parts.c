/* local_parts.c - the parts of a local summary made of chosen sentences and
 * fact-sheet entries: key points with their evidence, the tl;dr, section
 * summaries, the glossary and the quotes. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "summarize/local.h"

/* ---- the parts of the summary ------------------------------------------- */

/* The third of the body (0, 1, 2) that candidate k lies in. */
static int third_of(const struct bc__local *b, size_t k)
{
  size_t origin = b->c[0].span.start, len = b->body_end - origin;
  size_t at = b->c[k].span.start - origin;
  return at * 3 < len ? 0 : at * 3 < 2 * len ? 1 : 2;
}

/* Key points cover the whole piece: when no point lies in the last third
 * of the body, or none in the middle one, the weakest point of the most
 * crowded third (never the strongest point) gives way to the best
 * sentence of the empty third that stands alone and is unlike the others.
 * A short brief (three points) keeps its choice: it says the most central
 * things, not a tour. */
static void spread(struct bc__local *b)
{
  size_t i, j, strongest = 0;
  int want;
  if (b->plan->key_points < 5 || b->n_kp < 3 ||
      b->body_end <= b->c[0].span.start)
    return;
  for (i = 0; i < b->n_kp; i++)
    if (b->c[b->kp[i]].score > b->c[b->kp[strongest]].score)
      strongest = i;
  for (want = 2; want >= 1; want--) {
    size_t count[3] = {0, 0, 0}, weakest = NONE, best = NONE, crowded = 0;
    for (i = 0; i < b->n_kp; i++)
      count[third_of(b, b->kp[i])]++;
    if (count[want])
      continue;
    for (i = 1; i < 3; i++)
      if (count[i] > count[crowded])
        crowded = i;
    if (count[crowded] < 2)
      continue;
    for (i = 0; i < b->n_kp; i++)
      if (i != strongest && third_of(b, b->kp[i]) == (int)crowded &&
          (weakest == NONE ||
           b->c[b->kp[i]].score < b->c[b->kp[weakest]].score))
        weakest = i;
    for (i = 0; i < b->n && weakest != NONE; i++) {
      size_t k = b->order[i];
      int dup = 0;
      /* the tl;dr is said already: a point that repeats it covers
       * nothing new */
      if (third_of(b, k) != want || !b->c[k].lone || b->rank.words[k] < 6 ||
          b->rank.words[k] > 60 || bc__local_repeats_tldr(b, k))
        continue;
      for (j = 0; j < b->n_kp && !dup; j++)
        dup = j != weakest && (bc__local_same_text(b, k, b->kp[j]) ||
                               bc__local_cosine(&b->rank, k, b->kp[j]) > 0.5);
      if (!dup) {
        best = k;
        break;
      }
    }
    if (best == NONE || weakest == NONE)
      continue;
    b->kp[weakest] = best;
    qsort(b->kp, b->n_kp, sizeof *b->kp, bc__local_cmp_size);
    strongest = 0;
    for (i = 0; i < b->n_kp; i++)
      if (b->c[b->kp[i]].score > b->c[b->kp[strongest]].score)
        strongest = i;
  }
}

/* A heading that numbers an item: "1. Single Founder", "7) Launch". */
static int numbered(const char *s, size_t n)
{
  size_t i = 0;
  while (i < n && i < 3 && s[i] >= '0' && s[i] <= '9')
    i++;
  return i && i < n && (s[i] == '.' || s[i] == ')' || s[i] == ':');
}

/* Whether heading h of text opens with a label and ": " within its first
 * 40 bytes ("Small Nursery Idea #1: Maximize Wall Space"): the label's
 * length with its colon and space, or 0. */
static size_t label_len(const char *text, struct bc_span h)
{
  size_t i;
  for (i = h.start; i + 2 < h.end && i < h.start + 40; i++)
    if (text[i] == ':' && text[i + 1] == ' ')
      return i + 2 - h.start;
  return 0;
}

/* Whether labels a and b are the same once their digits are left out
 * ("Small Nursery Idea #1: " and "Small Nursery Idea #12: "). */
static int same_label(const char *a, size_t na, const char *b, size_t nb)
{
  size_t i = 0, j = 0;
  for (;;) {
    while (i < na && a[i] >= '0' && a[i] <= '9')
      i++;
    while (j < nb && b[j] >= '0' && b[j] <= '9')
      j++;
    if (i == na || j == nb)
      return i == na && j == nb;
    if (a[i++] != b[j++])
      return 0;
  }
}

/* Items whose headings all open with the same numbered label ("Small
 * Nursery Idea #1: Maximize Wall Space", "... #2: Pick Products that
 * Multitask") are named by what follows it: the label said six times
 * buries the items. */
static void drop_shared_label(const char *text, struct bc__local_phrase *ph)
{
  size_t i, m0 = label_len(text, ph->piece[0]);
  if (!m0)
    return;
  for (i = 1; i < ph->n; i++) {
    size_t m = label_len(text, ph->piece[i]);
    if (!m || !same_label(text + ph->piece[0].start, m0,
                          text + ph->piece[i].start, m))
      return;
  }
  for (i = 0; i < ph->n; i++)
    ph->piece[i].start += label_len(text, ph->piece[i]);
}

/* The items of a list piece's first key point, one after another with a
 * semicolon between (each a heading with no stop of its own), ending with
 * a stop.  NULL on out-of-memory. */
static char *items_text(const char *text, const struct bc__local_phrase *ph)
{
  struct bc_buf out = BC_BUF_INIT(BC_MAX_LINE_BYTES);
  size_t i;
  for (i = 0; i < ph->n; i++) {
    size_t e = ph->piece[i].end;
    while (e > ph->piece[i].start && strchr(".:;, ", text[e - 1]))
      e--;
    if (i)
      bc_buf_add(&out, "; ", 2);
    bc_buf_add(&out, text + ph->piece[i].start, e - ph->piece[i].start);
  }
  bc_buf_addc(&out, '.');
  return bc_buf_take(&out, NULL);
}

/* A list-shaped piece ("The 18 Mistakes That Kill Startups", "7 Ways
 * to ..."): a title that opens with a count, or sections most of which are
 * numbered.  Its first key point names the items: their headings, each a
 * piece of evidence. */
static int list_point(const struct bc__local *b, struct bc__local_phrase *ph)
{
  const char *t = b->title;
  size_t i, num = 0;
  int counted;
  if (b->n_secs < 3 || b->n_secs > BC__LOCAL_PIECES)
    return 0;
  if (!strncmp(t, "The ", 4))
    t += 4;
  counted = t[0] >= '1' && t[0] <= '9';
  for (i = 0; i < b->n_secs; i++) {
    struct bc_span h = b->doc->blocks[b->secs[i].block].span;
    num += (size_t)numbered(b->doc->text + h.start, h.end - h.start);
  }
  if (!counted && num * 10 < b->n_secs * 6)
    return 0;
  ph->n = 0;
  /* the items: the numbered headings when most are ("The bottom line"
   * after the fifteen tips is none) */
  for (i = 0; i < b->n_secs; i++) {
    struct bc_span h = b->doc->blocks[b->secs[i].block].span;
    if (num * 10 < b->n_secs * 6 ||
        numbered(b->doc->text + h.start, h.end - h.start))
      ph->piece[ph->n++] = h;
  }
  if (ph->n < 3)
    return 0;
  drop_shared_label(b->doc->text, ph);
  return 1;
}

/* Whether text[sp) holds a letter or a digit: a piece of only a stop
 * ('.' after a clause left out) is no evidence a reader needs shown. */
static int has_word(const char *text, struct bc_span sp)
{
  size_t i;
  for (i = sp.start; i < sp.end; i++) {
    unsigned char c = (unsigned char)text[i];
    if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
        c >= 0xC3)
      return 1;
  }
  return 0;
}

/* Key point k from the phrase ph of candidate from (NONE for none): a
 * point whose sentence opens on "he" or "the 46-year-old" says who,
 * with the name the text gave before (local_news.c). */
static bc_status set_point(const struct bc__local *b, struct bc_key_point *k,
                           const struct bc__local_phrase *ph, size_t from)
{
  size_t j, n = 0;
  k->text = bc__local_phrase_text(b->doc->text, ph);
  if (k->text && from != NONE && b->c[from].who != NONE) {
    char *x = bc__local_named(b, from, k->text);
    free(k->text);
    k->text = x;
  }
  k->evidence = bc__calloc(ph->n ? ph->n : 1, sizeof *k->evidence);
  if (!k->text || !k->evidence)
    return BC_ERR_NOMEM;
  for (j = 0; j < ph->n; j++) {
    if (!has_word(b->doc->text, ph->piece[j]) && ph->n > 1)
      continue;
    k->evidence[n].span = ph->piece[j];
    k->evidence[n].quote = bc__local_span_dup(b->doc, ph->piece[j]);
    k->n_evidence = ++n;
    if (!k->evidence[n - 1].quote)
      return BC_ERR_NOMEM;
  }
  return BC_OK;
}

/* Candidate k's span, after an opening referent a name will replace. */
static struct bc_span named_span(const struct bc__local *b, size_t k)
{
  struct bc_span sp = b->c[k].span;
  sp.start = bc__local_after_referent(b, k);
  return sp;
}

bc_status bc__local_build_key_points(struct bc__local *b)
{
  struct bc_summary *s = b->s;
  struct bc__local_phrase ph;
  size_t i;
  bc_status rc;
  b->kp = bc__calloc(b->plan->key_points, sizeof *b->kp);
  if (!b->kp)
    return BC_ERR_NOMEM;
  /* the choice leaves out a point that says the tl;dr again */
  b->n_kp = bc__local_choose(b, b->plan->key_points, NONE, b->kp);
  if (b->n_kp)
    spread(b);
  b->kp_off = (size_t)list_point(b, &ph);
  if (!b->n_kp && !b->kp_off)
    return BC_OK;
  s->key_points = bc__calloc(b->n_kp + b->kp_off, sizeof *s->key_points);
  if (!s->key_points)
    return BC_ERR_NOMEM;
  s->n_key_points = b->n_kp + b->kp_off;
  if (b->kp_off) {
    if ((rc = set_point(b, &s->key_points[0], &ph, NONE)))
      return rc;
    free(s->key_points[0].text);
    if (!(s->key_points[0].text = items_text(b->doc->text, &ph)))
      return BC_ERR_NOMEM;
  }
  for (i = 0; i < b->n_kp; i++) {
    /* A long sentence loses the clauses that state no fact; each piece
     * left is a span of evidence, so the point still quotes its source. */
    bc__local_shorten(b, named_span(b, b->kp[i]), BC__LOCAL_POINT_WORDS, &ph);
    rc = set_point(b, &s->key_points[b->kp_off + i], &ph, b->kp[i]);
    if (rc)
      return rc;
  }
  return BC_OK;
}

/* Whether candidate k + 1 follows candidate k with nothing but space
 * between: the next sentence of the same paragraph, or the first of the
 * next. */
static int adjacent(const struct bc__local *b, size_t k)
{
  size_t i;
  if (k + 1 >= b->n)
    return 0;
  for (i = b->c[k].span.end; i < b->c[k + 1].span.start; i++)
    if (!bc__local_is_space(b->doc->text[i]))
      return 0;
  return 1;
}

/* Whether s[0..n) opens with a personal pronoun as its subject ("It is
 * also known as ..."), which the sentence before a tl;dr's second one
 * names. */
static int pronoun_subject(const char *s, size_t n)
{
  static const char *const subj[] = {"It ",  "He ",  "She ",   "They ", "Its ",
                                     "His ", "Her ", "Their ", NULL};
  for (size_t i = 0; subj[i]; i++)
    if (n > strlen(subj[i]) && !strncmp(s, subj[i], strlen(subj[i])))
      return 1;
  return 0;
}

/* Whether text[from, to) holds the word w[0..n) standing alone, case
 * ignored, after one of the words of pre (NULL-ended; NULL: any). */
static int word_after(const char *text, size_t from, size_t to, const char *w,
                      size_t n, const char *const *pre)
{
  size_t i, k;
  for (i = from; i + n <= to; i++) {
    if (strncasecmp(text + i, w, n) ||
        (i > from && isalpha((unsigned char)text[i - 1])) ||
        (i + n < to && isalpha((unsigned char)text[i + n])))
      continue;
    if (!pre)
      return 1;
    for (k = 0; pre[k]; k++) {
      size_t m = strlen(pre[k]);
      if (i >= from + m && !strncasecmp(text + i - m, pre[k], m) &&
          (i == from + m || !isalpha((unsigned char)text[i - m - 1])))
        return 1;
    }
  }
  return 0;
}

/* Whether candidate k + 1, put right after candidate k, would point back
 * at the wrong thing: it says "the storm" of a storm the text named before
 * k, while k tells of another one ("a storm in 1998").  Read together, the
 * second sentence's facts become the other storm's. */
static int rebinds(const struct bc__local *b, size_t k)
{
  static const char *const indef[] = {"a ", "an ", "another ", NULL};
  static const char *const def[] = {"the ", NULL};
  const char *text = b->doc->text;
  struct bc_span one = b->c[k].span, two = b->c[k + 1].span;
  size_t i, n;
  for (i = two.start; i + 4 < two.end; i++) {
    if (strncasecmp(text + i, "the ", 4) ||
        (i > two.start && isalpha((unsigned char)text[i - 1])))
      continue;
    for (n = 0; i + 4 + n < two.end && text[i + 4 + n] >= 'a' &&
                text[i + 4 + n] <= 'z';
         n++)
      ;
    if (n < 3 ||
        (i + 4 + n < two.end && isalpha((unsigned char)text[i + 4 + n])))
      continue;
    if (word_after(text, one.start, one.end, text + i + 4, n, indef) &&
        !word_after(text, one.start, one.end, text + i + 4, n, def) &&
        word_after(text, b->c[0].span.start, one.start, text + i + 4, n, NULL))
      return 1;
  }
  return 0;
}

/* A standfirst: the piece's first paragraph, one sentence without a final
 * stop ("How a small team learned to ship weekly"), under its title. */
static int standfirst(const struct bc__local *b, size_t k)
{
  const struct bc__local_cand *c = &b->c[k];
  const char *s = b->doc->text + c->span.start;
  size_t len = c->span.end - c->span.start, i;
  if (k != 0 || c->block == NONE || b->rank.words[k] < 8 ||
      b->rank.words[k] > 45 || strchr(".!?:\"')", s[len - 1]))
    return 0;
  /* a handle or a tag ("@noksutagram <The Palace> ...") is a caption */
  if (!((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z') ||
        (s[0] >= '0' && s[0] <= '9') || (unsigned char)s[0] >= 0xC3))
    return 0;
  for (i = 0; i < c->block; i++)
    if (b->doc->blocks[i].kind != BC_BLOCK_HEADING)
      return 0;
  return b->doc->blocks[c->block].span.end == c->span.end;
}

/* A news lead: the piece's first sentence reporting what has just happened
 * in the present perfect ("Audi has revealed ...", "The council has
 * approved ...") -- the news a story's later sentences explain.  Its
 * auxiliary comes within its first twelve words, before any quotation. */
static int news_lead(const struct bc__local *b, size_t k)
{
  static const char *const done[] = {
      "made",   "won",    "given", "found", "taken", "shown", "begun",
      "become", "sold",   "lost",  "held",  "set",   "told",  "chosen",
      "built",  "struck", "hit",   "cut",   "paid",  "led",   NULL};
  const struct bc__local_cand *c = &b->c[k];
  const char *s = b->doc->text + c->span.start;
  size_t len = c->span.end - c->span.start, i, words = 0;
  if (k != 0 || c->quote_block || c->quoted)
    return 0;
  for (i = 0; i + 1 < len && words < 12; i++) {
    if (s[i] == '"' || (unsigned char)s[i] == 0xE2)
      return 0;
    if (s[i] != ' ')
      continue;
    words++;
    if (!strncmp(s + i, " has ", 5) || !strncmp(s + i, " have ", 6)) {
      const char *w = s + i + (s[i + 2] == 'a' && s[i + 3] == 's' ? 5 : 6);
      size_t m = 0, j;
      if (!strncmp(w, "been ", 5))
        w += 5; /* "has been sold" */
      while (w + m < s + len && w[m] >= 'a' && w[m] <= 'z')
        m++;
      if (m > 3 && w[m - 2] == 'e' && w[m - 1] == 'd')
        return 1;
      for (j = 0; done[j]; j++)
        if (strlen(done[j]) == m && !strncmp(w, done[j], m))
          return 1;
      return 0;
    }
  }
  return 0;
}

/* In a news story, a sentence of its opening that turns from the
 * background to the news ("For over a year, the Louvre has fought to
 * acquire ... Now, the museum is receiving help ..."): the news a feature
 * lead's hook leads up to. */
static int pivot(const struct bc__local *b, size_t k)
{
  static const char *const turns[] = {
      "Now, ", "Today, ", "This week, ", "This month, ", "This year, ", NULL};
  const char *s = b->doc->text + b->c[k].span.start;
  size_t len = b->c[k].span.end - b->c[k].span.start, i;
  if (!b->news || !k || k > 2 || b->c[k].quoted || b->c[k].quote_block)
    return 0;
  for (i = 0; turns[i]; i++)
    if (len > strlen(turns[i]) && !strncmp(s, turns[i], strlen(turns[i])))
      return 1;
  return 0;
}

/* Whether candidate k is a hook rather than the point: it opens on the
 * time before the news ("Earlier this year, the carmaker showed a
 * concept", "Last month, ...", "Back in 2015, ..."), or on the author
 * introducing themselves ("As co-founder of a bakery, I ..."). */
static int hook(const struct bc__local *b, size_t k)
{
  static const char *const before[] = {
      "Earlier this year", "Earlier this month",
      "Earlier this week", "Last year",
      "Last month",        "Last week",
      "Back in",           "Years ago",
      "A year ago",        "At the time",
      "Previously",        "Once upon a time",
      "Not long ago",      "A few years ago",
      "Some years ago",    NULL};
  const char *s = b->doc->text + b->c[k].span.start;
  size_t len = b->c[k].span.end - b->c[k].span.start, i, m;
  for (i = 0; before[i]; i++) {
    m = strlen(before[i]);
    if (len > m + 1 && !strncmp(s, before[i], m) &&
        (s[m] == ',' || s[m] == ' '))
      return 1;
  }
  /* "If you're looking for small nursery ideas, ...", "Have you ever
   * ...", "Maybe she was just being lured": the reader addressed or
   * teased before the piece says anything */
  {
    static const char *const tease[] = {"If you're looking",
                                        "If you\xe2\x80\x99re looking",
                                        "If you are looking",
                                        "If you want",
                                        "If you've ever",
                                        "If you\xe2\x80\x99ve ever",
                                        "Have you ever",
                                        "Ever wondered",
                                        "Maybe ",
                                        "Perhaps ",
                                        "Imagine ",
                                        NULL};
    for (i = 0; tease[i]; i++)
      if (len > strlen(tease[i]) + 8 && !strncmp(s, tease[i], strlen(tease[i])))
        return 1;
  }
  /* "As a teacher, I ...", "As co-creator of the program, I ..." */
  if (len > 6 && !strncmp(s, "As ", 3)) {
    const char *c = memchr(s, ',', len);
    if (c && (size_t)(c - s) + 4 < len && !strncmp(c, ", I ", 4))
      return 1;
  }
  return 0;
}

/* Whether s[0..n) ends on an object pronoun ("I run past while Hadvar
 * deals with him."): what it is about was named in a sentence before. */
static int ends_on_pronoun(const char *s, size_t n)
{
  static const char *const prons[] = {" him", " her", " them", " it", NULL};
  while (n && strchr(".!?\"')", s[n - 1]))
    n--;
  for (size_t i = 0; prons[i]; i++) {
    size_t m = strlen(prons[i]);
    if (n > m && !strncmp(s + n - m, prons[i], m))
      return 1;
  }
  return 0;
}

/* Whether candidate k opens with the title's subject (the title up to a
 * bracket, a colon or a dash, of one to six words) and says what it is:
 * "Bhindi masala is a popular recipe" under "Bhindi masala (okra stir
 * fry)", "Penny is a villager" under "Penny", not "Penny is on a field
 * trip" (what it is takes an article or "one of"). */
static int defines_title(const struct bc__local *b, size_t k)
{
  const char *t = b->title, *s = b->doc->text + b->c[k].span.start;
  size_t m = 0, len = b->c[k].span.end - b->c[k].span.start;
  static const char *const verbs[] = {" is ", " are ", " was ", " were ", NULL};
  static const char *const dets[] = {"a ", "an ", "the ", "one ", NULL};
  if (!t || b->title_made)
    return 0;
  while (t[m] && !strchr("(:|[", t[m]) &&
         !(t[m] == ' ' && (t[m + 1] == '-' || t[m + 1] == '\xe2')))
    m++;
  while (m && t[m - 1] == ' ')
    m--;
  if (m < 3 || m >= len || bc__local_count_words(t, m) > 6 ||
      strncasecmp(s, t, m))
    return 0;
  for (size_t i = 0; verbs[i]; i++) {
    size_t at = m + strlen(verbs[i]);
    if (strncmp(s + m, verbs[i], strlen(verbs[i])))
      continue;
    for (size_t d = 0; dets[d]; d++)
      if (at + strlen(dets[d]) < len &&
          !strncmp(s + at, dets[d], strlen(dets[d])))
        return 1;
  }
  return 0;
}

/* What a tl;dr sentence keeps of its score when its subject points back
 * at something named before. */
#define TLDR_BACK 0.6

/* Whether candidate k opens with "The" and a word the text said before it
 * ("The tagline drew criticism" after "the tagline 'Meth. We're on it'",
 * "The issue, Lee notes, matters" after "the issue"), or with "The" and
 * an age ("The 24-year-old"): a subject that stands for something a
 * sentence before introduced, so the sentence is not where the piece
 * states its point. */
static int points_back(const struct bc__local *b, size_t k)
{
  const char *text = b->doc->text, *s = text + b->c[k].span.start, *p;
  size_t len = b->c[k].span.end - b->c[k].span.start, m = 0, from, to;
  if (len < 8 || strncmp(s, "The ", 4))
    return 0;
  if (s[4] >= '0' && s[4] <= '9')
    return 1;
  while (4 + m < len && s[4 + m] >= 'a' && s[4 + m] <= 'z')
    m++;
  if (m < 3 || !k)
    return 0;
  from = b->c[0].span.start;
  to = b->c[k].span.start;
  for (p = text + from; (size_t)(p - text) + m <= to; p++) {
    p = memchr(p, s[4], to - (size_t)(p - text));
    if (!p || (size_t)(p - text) + m > to)
      break;
    if (!memcmp(p, s + 4, m) && p > text &&
        !((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z') &&
        !((p[m] | 0x20) >= 'a' && (p[m] | 0x20) <= 'z'))
      return 1;
  }
  return 0;
}

/* Whether most words of s[0..n) are inside quotation marks, straight or
 * curly ('Rauball said in a statement: "The decision ... is a huge and
 * courageous step"'): the speaker's words, however credited, are no
 * statement of the news in the piece's own voice. */
static int mostly_quoted(const char *s, size_t n)
{
  size_t i, in_words = 0, words = 0;
  int in = 0;
  for (i = 0; i < n; i++) {
    if (s[i] == '"' ||
        (i + 2 < n && (unsigned char)s[i] == 0xE2 &&
         (unsigned char)s[i + 1] == 0x80 &&
         ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D)))
      in = !in;
    else if (s[i] == ' ') {
      words++;
      in_words += (size_t)in;
    }
  }
  return words >= 6 && in_words * 2 > words;
}

/* What naming the piece's subject adds to a tl;dr sentence's score. */
#define TLDR_TOPIC 0.8

/* The tl;dr: what the piece argues, in one sentence or two adjacent ones.
 * The author's own "tl;dr" or "in short" wins; otherwise the sentence the
 * ranking likes best with the thesis cues, agreement with the title, a
 * standfirst and a news lead counted more and,
 * in a long piece, without the lead cue: an essay's opening is its hook,
 * a news story's its point.  A short first sentence takes the next one
 * along when together they stay short. */
bc_status bc__local_build_tldr(struct bc__local *b)
{
  size_t want = b->plan->tldr_sentences, n = 0, k, best = NONE;
  size_t defined = NONE;
  double top = 0;
  struct bc_buf t = BC_BUF_INIT(BC_MAX_JSON_BYTES);
  b->tl = bc__calloc(2, sizeof *b->tl);
  if (!b->tl)
    return BC_ERR_NOMEM;
  /* A story that states its news first and has no headline of its own
   * got one from its most central statement (central_title): the tl;dr
   * says that statement in full, so the two tell the same news. */
  int told = b->title_made && b->title_cand != NONE && b->lead_strong &&
             b->rank.words[b->title_cand] <= 50;
  if (told)
    best = b->title_cand;
  /* the first sentence that says what the title's subject is: a later
   * "Penny is a guest at the dance" tells a detail */
  for (k = 0; k < b->n && !told && defined == NONE; k++)
    if (defines_title(b, k))
      defined = k;
  for (k = 0; k < b->n && !told; k++) {
    const struct bc__local_cand *c = &b->c[k];
    size_t w = b->rank.words[k];
    double v = c->score;
    if (c->cue >= 1.0) {
      /* "The tl;dr is:" with the point in the next sentence */
      const char *s = b->doc->text + c->span.start;
      size_t len = c->span.end - c->span.start;
      if ((s[len - 1] == ':' || w < 6) && adjacent(b, k) &&
          b->rank.words[k + 1] <= 60) {
        best = k + 1;
        break;
      }
      if (w >= 6 && w <= 60) {
        best = k;
        break;
      }
    }
    /* the title's sentence stands alone once its "But" is left out, as
     * the tl;dr leaves it */
    if (c->quote_block || w > 50 ||
        (!c->lone && c->who == NONE && !standfirst(b, k) &&
         k != b->title_cand) ||
        bc__local_adds_also(b->doc->text + c->span.start,
                            c->span.end - c->span.start))
      continue;
    /* a quotation, even a credited one, is someone else's voice: the
     * tl;dr says what the piece says */
    if (b->doc->text[c->span.start] == '"' ||
        !strncmp(b->doc->text + c->span.start, "\xe2\x80\x9c", 3))
      continue;
    if (w < 6 || mostly_quoted(b->doc->text + c->span.start,
                               c->span.end - c->span.start))
      continue;
    /* the lead cue as a long text's (none) or a short one's (mild) */
    v -= bc__local_lead(b, k, 1) -
         (b->lead_strong ? bc__local_lead(b, k, 0) : 0);
    v += 1.5 * c->cue;
    /* the sentence that says what the title says: a title made from one
     * of the sentences is that sentence's headline, and the tl;dr says
     * it at length */
    if (b->title_cand != NONE)
      v += 1.5 * (k == b->title_cand
                      ? 1.0
                      : bc__local_cosine(&b->rank, k, b->title_cand));
    else
      v += 1.5 * b->rank.title_sim[k] * (w >= 12 ? 1.0 : (double)w / 12);
    v += TLDR_TOPIC * c->topic;
    /* "Bhindi masala is a popular recipe made with ...": the sentence that
     * says what the title's subject is */
    if (k == defined)
      v += 1.5;
    /* "Korea's beauty was revealed!": a slogan or a hook, not the point */
    if (b->doc->text[c->span.end - 1] == '!')
      v *= 0.75;
    if (hook(b, k))
      v *= 0.5;
    /* ("The lesson for me was ..." is the author's cue, not a pointer) */
    if (c->cue <= 0 &&
        (points_back(b, k) || ends_on_pronoun(b->doc->text + c->span.start,
                                              c->span.end - c->span.start)))
      v *= TLDR_BACK;
    if (standfirst(b, k))
      v += 0.8;
    else if (news_lead(b, k))
      v += 1.5; /* the news itself, over the details that follow it */
    if (best == NONE || v > top) {
      best = k;
      top = v;
    }
  }
  if (best == NONE) {
    size_t one;
    if (bc__local_choose(b, 1, NONE, &one))
      best = one;
  }
  /* A hook that the next sentence turns to the news from is no tl;dr on
   * its own: the two together when they stay short, else the news. */
  if (best != NONE && best + 1 < b->n && pivot(b, best + 1) &&
      adjacent(b, best)) {
    if (want > 1 && b->rank.words[best] + b->rank.words[best + 1] <= 55) {
      b->tl[n++] = best;
      b->tl[n++] = best + 1;
      best = NONE;
    } else {
      best++;
    }
  }
  if (best != NONE) {
    b->tl[n++] = best;
    /* the author's own summary stands as written */
    if (want > 1 && b->c[best].cue < 0.5 && b->rank.words[best] < 20 &&
        adjacent(b, best) &&
        b->rank.words[best] + b->rank.words[best + 1] <= 45 &&
        !b->c[best + 1].quote_block && !b->c[best + 1].quoted &&
        b->c[best + 1].cue < 1.0 && b->c[best + 1].block == b->c[best].block &&
        b->rank.words[best + 1] >= 6 && !rebinds(b, best)) {
      const char *s = b->doc->text + b->c[best + 1].span.start;
      size_t len = b->c[best + 1].span.end - b->c[best + 1].span.start;
      /* nor a quotation: the tl;dr says what the piece says, in its own
       * voice; nor talk about the page ("Below you can read ...") or
       * anything else that reads badly on its own, though a pronoun
       * subject has its referent in the sentence before */
      if (s[len - 1] != '?' && s[len - 1] != ':' && s[0] != '"' &&
          strncmp(s, "\xe2\x80\x9c", 3) != 0 &&
          (b->c[best + 1].lone || pronoun_subject(s, len)))
        b->tl[n++] = best + 1;
    }
  }
  b->n_tl = n;
  /* The text: each sentence without an opening "But" (nothing else is
   * left out of a tl;dr). */
  for (k = 0; k < n; k++) {
    struct bc__local_phrase ph;
    char *x;
    /* the first sentence says who its "he" is; the next reads on */
    struct bc_span sp = k ? b->c[b->tl[k]].span : named_span(b, b->tl[k]);
    /* "But the study says": the connective the title left out goes too */
    int cut = !k && b->tl[0] == b->title_cand && b->title_skip &&
              sp.start == b->c[b->tl[0]].span.start;
    if (cut)
      sp.start += b->title_skip;
    bc__local_shorten(b, sp, SIZE_MAX, &ph);
    x = bc__local_phrase_text(b->doc->text, &ph);
    if (x && !k && b->c[b->tl[k]].who != NONE) {
      char *y = bc__local_named(b, b->tl[k], x);
      free(x);
      x = y;
    }
    if (x && cut && x[0] >= 'a' && x[0] <= 'z')
      x[0] = (char)(x[0] - 'a' + 'A');
    if (!x) {
      bc_buf_release(&t);
      return BC_ERR_NOMEM;
    }
    if (k)
      bc_buf_addc(&t, ' ');
    bc_buf_adds(&t, x);
    free(x);
  }
  b->s->tldr = bc_buf_take(&t, NULL);
  return b->s->tldr ? BC_OK : BC_ERR_NOMEM;
}

bc_status bc__local_build_sections(struct bc__local *b)
{
  struct bc_summary *s = b->s;
  size_t *pick = NULL, i, n = 0;
  bc_status rc = BC_ERR_NOMEM;
  if (!b->n_secs)
    return BC_OK;
  pick = bc__calloc(b->plan->section_sentences, sizeof *pick);
  s->sections = bc__calloc(b->n_secs, sizeof *s->sections);
  if (!pick || !s->sections)
    goto out;
  for (i = 0; i < b->n_secs; i++) {
    struct bc_section *sec = &s->sections[n];
    size_t m = bc__local_choose(b, b->plan->section_sentences, i, pick);
    if (!m)
      continue; /* a heading with no prose under it says nothing */
    s->n_sections = ++n;
    sec->heading =
        bc__local_span_dup(b->doc, b->doc->blocks[b->secs[i].block].span);
    sec->summary = bc__local_join(b, pick, m);
    sec->span = b->secs[i].span;
    if (!sec->heading || !sec->summary)
      goto out;
  }
  rc = BC_OK;
out:
  free(pick);
  return rc;
}

struct gl_item {
  const struct bc_acronym_fact *a;
  size_t i;
};

static int cmp_gl(const void *x, const void *y)
{
  const struct gl_item *a = x, *b = y;
  int c = strcmp(a->a->acronym, b->a->acronym);
  if (c)
    return c;
  return a->i < b->i ? -1 : a->i > b->i;
}

/* A definition says the acronym and its expansion together ("change
 * failure rate (CFR)", "CFR, or change failure rate", "CFR stands for
 * ..."): words that merely share its initials pages away ("Ti Laptop" for
 * the "TL" of "TL;DR") define nothing. */
#define GL_NEAR 300
static int defined_together(const struct bc_acronym_fact *a)
{
  const struct bc_span *x = &a->span, *e = &a->expansion_span;
  if (e->start == 0 && e->end == 0)
    return 1; /* the fact sheet gives no place for the expansion */
  if (e->end <= x->start)
    return x->start - e->end <= GL_NEAR;
  if (x->end <= e->start)
    return e->start - x->end <= GL_NEAR;
  return 1;
}

/* The glossary: every acronym the source defines, alphabetically, with the
 * expansion exactly as the source writes it. */
bc_status bc__local_build_glossary(struct bc__local *b)
{
  const struct bc_facts *f = b->facts;
  struct gl_item *g = NULL;
  size_t n = 0, i, u = 0;
  if (!f->n_acronyms)
    return BC_OK;
  g = bc__calloc(f->n_acronyms, sizeof *g);
  if (!g)
    return BC_ERR_NOMEM;
  for (i = 0; i < f->n_acronyms; i++) {
    const struct bc_acronym_fact *a = &f->acronyms[i];
    if (!a->acronym || !a->expansion || !*a->acronym || !*a->expansion)
      continue;
    if (!defined_together(a))
      continue;
    g[n].a = a;
    g[n].i = i;
    n++;
  }
  qsort(g, n, sizeof *g, cmp_gl);
  if (n) {
    b->s->glossary = bc__calloc(n, sizeof *b->s->glossary);
    if (!b->s->glossary) {
      free(g);
      return BC_ERR_NOMEM;
    }
  }
  for (i = 0; i < n; i++) {
    struct bc_glossary_entry *e;
    if (u && strcmp(b->s->glossary[u - 1].term, g[i].a->acronym) == 0) {
      /* Defined twice: the first definition stands, unless a later one
       * completes it ("National Oceanic and Atmospheric" then "National
       * Oceanic and Atmospheric Administration"). */
      e = &b->s->glossary[u - 1];
      size_t have = strlen(e->definition);
      if (strlen(g[i].a->expansion) > have &&
          strncmp(g[i].a->expansion, e->definition, have) == 0 &&
          g[i].a->expansion[have] == ' ') {
        char *d = bc__strdup(g[i].a->expansion);
        if (!d) {
          free(g);
          return BC_ERR_NOMEM;
        }
        free(e->definition);
        e->definition = d;
        e->span = g[i].a->span;
      }
      continue;
    }
    e = &b->s->glossary[u];
    b->s->n_glossary = ++u;
    e->term = bc__strdup(g[i].a->acronym);
    e->definition = bc__strdup(g[i].a->expansion);
    e->span = g[i].a->span;
    if (!e->term || !e->definition) {
      free(g);
      return BC_ERR_NOMEM;
    }
  }
  free(g);
  return BC_OK;
}

/* Quotations worth repeating: attributed ones of three words or more
 * (shorter ones are scare quotes or phrases), none over sixty words, each
 * text once.  A quotation whose speaker neither the fact sheet nor the
 * sentence around it names (said, says, told, according to) is left out:
 * a reader cannot tell whose words it is. */
bc_status bc__local_build_quotes(struct bc__local *b)
{
  const struct bc_facts *f = b->facts;
  const struct bc_doc *doc = b->doc;
  size_t i, j, n = 0, prev_end = 0;
  char *prev = NULL;
  bc_status rc = BC_OK;
  for (i = 0; i < f->n_quotes && n < b->plan->quotes; i++) {
    struct bc_span sp = f->quotes[i].span;
    const char *who = f->quotes[i].speaker;
    size_t len = sp.end - sp.start, words;
    int dup = 0;
    if (sp.end > doc->text_len || sp.start >= sp.end)
      continue;
    if (!who || !*who || bc__local_quote_descriptor(doc, sp, who)) {
      char *w = bc__local_quote_speaker(doc, sp, prev, prev_end);
      free(prev);
      prev = w;
    } else {
      free(prev);
      prev = bc__strdup(who);
      if (!prev)
        return BC_ERR_NOMEM;
    }
    who = prev;
    prev_end = sp.end;
    words = bc__local_count_words(doc->text + sp.start, len);
    if (!who || !*who || words < 3 || words > 60)
      continue; /* nobody's, a phrase, or too long to quote whole */
    for (j = 0; j < n && !dup; j++)
      dup = strlen(b->s->quotes[j].text) == len &&
            memcmp(b->s->quotes[j].text, doc->text + sp.start, len) == 0;
    if (dup)
      continue;
    if (!b->s->quotes) {
      b->s->quotes = bc__calloc(b->plan->quotes, sizeof *b->s->quotes);
      if (!b->s->quotes) {
        rc = BC_ERR_NOMEM;
        break;
      }
    }
    b->s->quotes[n].text = bc__local_span_dup(doc, sp);
    b->s->quotes[n].speaker = bc__local_str_or_empty(who);
    b->s->quotes[n].span = sp;
    b->s->n_quotes = ++n;
    if (!b->s->quotes[n - 1].text || !b->s->quotes[n - 1].speaker) {
      rc = BC_ERR_NOMEM;
      break;
    }
  }
  free(prev);
  return rc;
}
