/* check_numbers_phrase.c - a number put into the source's own words with
 * another value: "He was 86." where the source says "He was 88.", "a
 * mother of three," for "a mother of four,", "the top 20 markets" for "the
 * top 25 markets".  When the two words right before a claim's number and
 * the word or mark right after it are the source's, around one of its
 * numbers, and the source never gives the claim's value in those words,
 * the claim restates that number wrongly.  Shared words further away are
 * the number checker's to weigh; this rule reads only the number's own
 * phrase, so it does not judge a number written in other words. */
#include <string.h>
#include <strings.h>

#include "validate/validate_internal.h"

#define NONE ((size_t)-1)
#define FRAME_WORDS 2 /* words before the number that must be the same */
#define WORD_MAX 24

static int is_space(char ch)
{
  return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
}

static int is_word(char ch)
{
  return bc__check_is_alnum((unsigned char)ch) || ch == '\'' ||
         (unsigned char)ch >= 0x80;
}

static char lower(char ch)
{
  return ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
}

/* The phrase around a number: its words before as offsets into the text,
 * what stands glued to its left ("£", "$", "("), and the word or mark
 * after it. */
struct frame {
  size_t ws[FRAME_WORDS], we[FRAME_WORDS]; /* nearest first */
  size_t gs, ge;                           /* glued prefix */
  size_t rs, re;                           /* word or mark after */
};

/* Read the phrase around t[s..e) into *f; zero when the number lacks two
 * plain words right before it (a sentence's first word, a list's comma).
 * The words must hold a letter: "10 of 20" frames nothing. */
static int frame_of(const char *t, size_t len, size_t s, size_t e,
                    struct frame *f)
{
  size_t i = s, k;
  /* The number proper: a count's span runs on over its noun ("25
   * markets"), which is the word after it here. */
  for (k = s; k < e && !is_space(t[k]); k++)
    ;
  e = k;
  while (i > 0 && !is_space(t[i - 1]) && !is_word(t[i - 1]) && s - i < 3)
    i--;
  f->gs = i;
  f->ge = s;
  for (k = 0; k < FRAME_WORDS; k++) {
    size_t we, ws;
    int letter = 0;
    if (i == 0 || !is_space(t[i - 1]))
      return 0;
    while (i > 0 && is_space(t[i - 1]))
      i--;
    we = i;
    while (i > 0 && is_word(t[i - 1]) && we - i < WORD_MAX)
      i--;
    ws = i;
    if (ws == we || (i > 0 && !is_space(t[i - 1])))
      return 0;
    for (; i < we; i++)
      letter |= (t[i] | 32) >= 'a' && (t[i] | 32) <= 'z';
    i = ws;
    if (!letter)
      return 0;
    f->ws[k] = ws;
    f->we[k] = we;
  }
  i = e;
  if (i < len && is_space(t[i])) {
    while (i < len && is_space(t[i]))
      i++;
    f->rs = i;
    while (i < len && is_word(t[i]))
      i++;
    if (i == f->rs && i < len)
      i++;
  } else {
    f->rs = i;
    if (i < len)
      i++;
  }
  f->re = i;
  /* A number glued to letters ("1440p", "87W") reads its suffix as the
   * word after it, so the frame still ends where the number does. */
  return 1;
}

static int same_text(const char *a, size_t as, size_t ae, const char *b,
                     size_t bs, size_t be)
{
  size_t i;
  if (ae - as != be - bs)
    return 0;
  for (i = 0; i < ae - as; i++)
    if (lower(a[as + i]) != lower(b[bs + i]))
      return 0;
  return 1;
}

static int same_frame(const char *a, const struct frame *fa, const char *b,
                      const struct frame *fb)
{
  size_t k;
  if (!same_text(a, fa->gs, fa->ge, b, fb->gs, fb->ge) ||
      !same_text(a, fa->rs, fa->re, b, fb->rs, fb->re))
    return 0;
  for (k = 0; k < FRAME_WORDS; k++)
    if (!same_text(a, fa->ws[k], fa->we[k], b, fb->ws[k], fb->we[k]))
      return 0;
  return 1;
}

size_t bc__check_same_phrase(const struct bc__vstate *v,
                             const struct bc__claim *c,
                             const struct bc_number_fact *nf)
{
  const char *st = v->doc->text;
  size_t slen = v->doc->text_len, i, best = NONE;
  struct frame cf;
  int digits = bc__check_has_digit(c->text + nf->span.start,
                                   nf->span.end - nf->span.start);
  if (!st || nf->value != nf->value_hi ||
      !frame_of(c->text, c->len, nf->span.start, nf->span.end, &cf))
    return NONE;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    struct frame sf;
    int framed;
    if (s->span.end > slen)
      continue;
    framed = frame_of(st, slen, s->span.start, s->span.end, &sf);
    /* The claim's value anywhere in the source when written in digits,
     * or before the same word: the claim may be right, of another
     * thing. */
    if ((s->value == nf->value || s->value_hi == nf->value) &&
        (digits ||
         (framed && same_text(c->text, cf.rs, cf.re, st, sf.rs, sf.re))))
      return NONE;
    framed = framed && same_frame(c->text, &cf, st, &sf);
    if (!framed || s->value != s->value_hi || s->approx != nf->approx ||
        s->bound != nf->bound ||
        strcasecmp(s->unit ? s->unit : "", nf->unit ? nf->unit : "") != 0)
      continue;
    if (best == NONE)
      best = i;
  }
  return best;
}
