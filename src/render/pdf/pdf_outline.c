/* pdf_outline.c - which parts the slide deck shows and in which order (see
 * pdf_outline.h).  It decides order only: pdf_slides.c lays the parts out,
 * script.c speaks them. */
#include <stdlib.h>
#include <string.h>

#include "briefcast/facts.h"
#include "render/pdf/pdf_outline.h"
#include "util/alloc.h"

#define NONE ((size_t)-1)
#define CONTINUED " (continued)"

static int empty(const char *s)
{
  return !s || !*s;
}

static int lower(int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* a[0..n) equals b, case aside. */
static int same_n(const char *a, size_t n, const char *b)
{
  size_t i;
  for (i = 0; i < n && b[i]; i++)
    if (lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
      return 0;
  return i == n && !b[i];
}

static int same(const char *a, const char *b)
{
  return a && b && same_n(a, strlen(a), b);
}

/* Whether slide i continues slide i - 1 ("Key points (continued)"). */
static int continues(const struct bc_summary *s, size_t i, size_t first)
{
  const char *t = s->slides[i].title, *base = s->slides[first].title;
  size_t n = t ? strlen(t) : 0, c = strlen(CONTINUED);
  return i > first && n > c && !strcmp(t + n - c, CONTINUED) && base &&
         same_n(t, n - c, base);
}

static size_t section_of(const struct bc_summary *s, const char *title)
{
  for (size_t k = 0; !empty(title) && k < s->n_sections; k++)
    if (same(s->sections[k].heading, title))
      return k;
  return NONE;
}

static int shows_key_points(const char *title)
{
  return same(title, "Key points");
}

/* Whether text says one sentence at most. */
static int one_sentence(const char *text)
{
  struct bc_span *sp = NULL;
  size_t n = 0;
  bc_status rc = bc_facts_sentences(text, strlen(text), &sp, &n, NULL);
  free(sp);
  return !rc && n < 2;
}

int bc__outline_in_agenda(const struct bc__part *p)
{
  return p->kind == BC__PART_SECTION ||
         (p->kind == BC__PART_SLIDE && p->section != NONE);
}

/* Six words make a quote worth its slide. */
#define QUOTE_WORDS 6

int bc__outline_quote_shown(const struct bc_quote *q)
{
  const unsigned char *t = (const unsigned char *)q->text;
  size_t words = 0, wide = 0;
  int in = 0;
  if (empty(q->text))
    return 0;
  for (; *t; t++) {
    if (*t >= 0xE3 && *t <= 0xE9) { /* U+3000..U+9FFF: CJK, kana */
      wide++;
      in = 0;
    } else if (*t == ' ' || *t == '\n' || *t == '\t') {
      in = 0;
    } else if (!in && *t < 0x80) {
      words++;
      in = 1;
    }
  }
  return words + wide / 2 >= QUOTE_WORDS;
}

bc_status bc__outline(const struct bc_summary *s, struct bc__part **out,
                      size_t *n_out)
{
  /* At most a part per slide and per section, and four more. */
  struct bc__part *p = bc__calloc(s->n_slides + s->n_sections + 5, sizeof *p);
  unsigned char *shown = bc__calloc(s->n_sections + 1, 1);
  const char *title = empty(s->title) ? s->source.title : s->title;
  size_t n = 0, next = 0, last_sec_slide = NONE, i;
  int have_kp = 0;

  if (!p || !shown) {
    free(p);
    free(shown);
    return BC_ERR_NOMEM;
  }
  for (i = 0; i < s->n_slides; i++) {
    size_t k = section_of(s, s->slides[i].title);
    if (k != NONE && s->slides[i].n_bullets) {
      shown[k] = 1;
      last_sec_slide = i;
    }
  }
  /* Without slides of its own a deck opens with the key points. */
  if (!s->n_slides && s->n_key_points) {
    p[n++] = (struct bc__part){
        BC__PART_KEY_POINTS, "Key points", 0, 0, NONE, 1, 0, 0};
    have_kp = 1;
  }
  for (i = 0; i <= s->n_slides; i++) {
    const struct bc_slide *sl = i < s->n_slides ? &s->slides[i] : NULL;
    size_t k = sl ? section_of(s, sl->title) : NONE, upto;
    if (sl && !sl->n_bullets)
      continue;
    /* The sections without a slide go where the sections' order puts
     * them: before the slide of a later section, or, after the last slide
     * of a section, before the next other slide. */
    if (!sl || (k != NONE && k >= next) ||
        (last_sec_slide == NONE || i > last_sec_slide))
      upto = !sl || k == NONE ? s->n_sections : k;
    else
      upto = next;
    for (; next < upto; next++)
      if (!shown[next] && !empty(s->sections[next].summary) &&
          !(s->n_slides && one_sentence(s->sections[next].summary)))
        p[n++] = (struct bc__part){BC__PART_SECTION,
                                   empty(s->sections[next].heading)
                                       ? "Section"
                                       : s->sections[next].heading,
                                   next,
                                   0,
                                   next,
                                   0,
                                   0,
                                   0};
    if (!sl)
      break;
    if (k != NONE && k + 1 > next)
      next = k + 1;
    p[n] = (struct bc__part){BC__PART_SLIDE,
                             empty(sl->title) ? "Slide" : sl->title,
                             i,
                             1,
                             k,
                             shows_key_points(sl->title),
                             0,
                             0};
    p[n].agenda = k == NONE && same(sl->title, title);
    have_kp |= p[n].key_points;
    while (i + 1 < s->n_slides && continues(s, i + 1, p[n].index)) {
      p[n].n_slides++;
      i++;
    }
    n++;
  }
  if (!have_kp && s->n_key_points)
    p[n++] = (struct bc__part){
        BC__PART_KEY_POINTS, "Key points", 0, 0, NONE, 1, 0, 0};
  if (s->n_timeline)
    p[n++] =
        (struct bc__part){BC__PART_TIMELINE, "Timeline", 0, 0, NONE, 0, 0, 0};
  {
    size_t terms = 0, kp = NONE;
    for (i = 0; i < s->n_glossary; i++)
      terms += !empty(s->glossary[i].term) && !empty(s->glossary[i].definition);
    for (i = 0; i < n && kp == NONE; i++)
      if (p[i].key_points)
        kp = i;
    if (terms == 1 && kp != NONE)
      p[kp].glossary = 1;
    else if (terms)
      p[n++] =
          (struct bc__part){BC__PART_GLOSSARY, "Glossary", 0, 0, NONE, 0, 0, 0};
  }
  for (i = 0; i < s->n_quotes; i++)
    if (bc__outline_quote_shown(&s->quotes[i])) {
      p[n++] =
          (struct bc__part){BC__PART_QUOTES, "Quotes", 0, 0, NONE, 0, 0, 0};
      break;
    }
  free(shown);
  *out = p;
  *n_out = n;
  return BC_OK;
}

/* A sortable value of an ISO date ("2013", "2013-11", "2013-11-04",
 * "2013-FA", "2024-Q3", "2024-W12"): year, then month, then day; -1 when
 * it is not a calendar date. */
static long date_key(const char *iso)
{
  static const struct {
    const char *code;
    int month;
  } parts[] = {{"SP", 3}, {"SU", 6}, {"FA", 9},  {"WI", 12}, {"Q1", 1},
               {"Q2", 4}, {"Q3", 7}, {"Q4", 10}, {"H1", 1},  {"H2", 7}};
  long y = 0, m = 0, d = 0;
  int k;
  if (!iso)
    return -1;
  for (k = 0; k < 4; k++) {
    if (iso[k] < '0' || iso[k] > '9')
      return -1;
    y = y * 10 + (iso[k] - '0');
  }
  if (iso[4] == '-' && iso[5] >= '0' && iso[5] <= '9' && iso[6] >= '0' &&
      iso[6] <= '9') {
    m = (iso[5] - '0') * 10 + (iso[6] - '0');
    if (iso[7] == '-' && iso[8] >= '0' && iso[8] <= '9' && iso[9] >= '0' &&
        iso[9] <= '9')
      d = (iso[8] - '0') * 10 + (iso[9] - '0');
  } else if (iso[4] == '-') {
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
      if (!strncmp(iso + 5, parts[i].code, 2))
        m = parts[i].month;
  }
  return y * 10000 + m * 100 + d;
}

void bc__outline_timeline_order(const struct bc_summary *s, size_t *idx)
{
  /* An entry without a year ("XXXX-05", "the next day") has no value of
   * its own: the summary placed it among its neighbours, so it keeps the
   * place after the dated entry before it (before the first dated one
   * when it opens the list), never after every dated entry. */
  long *key = bc__calloc(s->n_timeline + 1, sizeof *key), last = -1;
  if (!key) {
    for (size_t i = 0; i < s->n_timeline; i++)
      idx[i] = i;
    return;
  }
  for (size_t i = 0; i < s->n_timeline; i++)
    if ((key[i] = date_key(s->timeline[i].iso)) >= 0)
      last = key[i];
    else
      key[i] = last;
  last = 0;
  for (size_t i = s->n_timeline; i-- > 0;)
    if (key[i] >= 0)
      last = key[i];
    else
      key[i] = last;
  /* Insertion sort: stable, and a timeline is short. */
  for (size_t i = 0; i < s->n_timeline; i++) {
    size_t j = i;
    while (j > 0 && key[idx[j - 1]] > key[i]) {
      idx[j] = idx[j - 1];
      j--;
    }
    idx[j] = i;
  }
  free(key);
}
