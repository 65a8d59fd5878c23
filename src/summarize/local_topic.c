/* local_topic.c - who or what a piece is about: the names of the fact sheet
 * counted over the whole text, and for each candidate sentence how central
 * the best-known name it mentions is.  A news story keeps naming its subject
 * ("La La Land", "Prince William") while a side fact names someone once;
 * the headline and the tl;dr should be about the subject.  It does not
 * decide what a sentence says, nor resolve pronouns. */
#include <stdlib.h>
#include <string.h>

#include "summarize/local.h"

/* Names looked at, at most: the count costs the text's length per name. */
#define TOPIC_NAMES 256
/* A name said elsewhere in a sentence counts this much of one that opens
 * it as its subject. */
#define TOPIC_OBJECT 0.6

static int word_char(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

/* How many whole-word occurrences of w[0..m) text[0..n) holds; with count
 * set, each candidate holding one gets at least count as its topic (less
 * where the name is not its subject). */
static size_t each_occurrence(const char *text, size_t n, const char *w,
                              size_t m, struct bc__local *b, size_t count)
{
  const char *p = text, *end = text + n;
  size_t hits = 0;
  while (m && (size_t)(end - p) >= m) {
    const char *q = memchr(p, w[0], (size_t)(end - p) - m + 1);
    size_t at;
    if (!q)
      break;
    at = (size_t)(q - text);
    p = q + 1;
    if (memcmp(q, w, m) || (at && word_char((unsigned char)text[at - 1])) ||
        (at + m < n && word_char((unsigned char)text[at + m])))
      continue;
    hits++;
    if (count) {
      size_t k = bc__local_cand_at(b, at);
      /* the name the sentence is about: its subject, the first words */
      double v = (double)count *
                 (k != NONE && at == b->c[k].span.start ? 1.0 : TOPIC_OBJECT);
      if (k != NONE && v > b->c[k].topic)
        b->c[k].topic = v;
    }
  }
  return hits;
}

/* The part of a name a story repeats: the whole name, or for a name of
 * several words its last one ("Chazelle" for "Damien Chazelle") when that
 * is a word of four letters or more. */
static void surname(const char *name, const char **w, size_t *m)
{
  const char *sp = strrchr(name, ' ');
  *w = name;
  *m = strlen(name);
  if (sp && strlen(sp + 1) >= 4 && sp[1] >= 'A' && sp[1] <= 'Z') {
    *w = sp + 1;
    *m = strlen(sp + 1);
  }
}

void bc__local_topic(struct bc__local *b)
{
  const struct bc_facts *f = b->facts;
  const char *text = b->doc->text;
  size_t n = b->body_end, i, top = 0, names = f->n_names;
  size_t *count;
  if (!b->n || !names)
    return;
  if (names > TOPIC_NAMES)
    names = TOPIC_NAMES;
  count = bc__calloc(names, sizeof *count);
  if (!count)
    return; /* no cue: the ranking stands without it */
  for (i = 0; i < names; i++) {
    const char *w;
    size_t m, whole;
    if (!f->names[i].name || strlen(f->names[i].name) < 3)
      continue;
    whole = each_occurrence(text, n, f->names[i].name, strlen(f->names[i].name),
                            b, 0);
    surname(f->names[i].name, &w, &m);
    count[i] =
        w == f->names[i].name ? whole : each_occurrence(text, n, w, m, b, 0);
    if (count[i] > top)
      top = count[i];
  }
  /* A name said once or twice is no subject: nothing stands out. */
  if (top >= 3)
    for (i = 0; i < names; i++)
      if (count[i] >= 2) {
        const char *w;
        size_t m;
        surname(f->names[i].name, &w, &m);
        each_occurrence(text, n, w, m, b, count[i]);
        if (w != f->names[i].name)
          each_occurrence(text, n, f->names[i].name, strlen(f->names[i].name),
                          b, count[i]);
      }
  for (i = 0; i < b->n; i++)
    b->c[i].topic = top >= 3 ? b->c[i].topic / (double)top : 0;
  free(count);
}
