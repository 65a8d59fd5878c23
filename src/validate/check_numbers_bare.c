/* check_numbers_bare.c - a count in words with no noun of its own: "a
 * mother of three," for the source's "a mother of four,", "he hit three in
 * one game" for "He hit four in one game", "sent two dozen of the best"
 * for "sent 12 of the best".  The analyzer reads no quantity in such a
 * word, as it may be a pronoun or part of an idiom, yet a writer slips on
 * it as on any figure.
 *
 * The rule reads the words around the count, as check_numbers_phrase.c
 * does for the numbers the analyzer reads: the two words before it and the
 * word or mark after it (its left frame), or the word before it and the
 * three words after it (its right frame).  When the source holds a number
 * of another value in the same frame, and never the claim's value in that
 * frame nor beside the same word, the claim restates the source's number
 * wrongly.  A frame of small words alone ("one of the") says too little,
 * so one of its words must be a word of content; a capitalised count is
 * left alone (a name: "the Big Three"), as is "one", which is as often a
 * pronoun. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/limits.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

#define NONE ((size_t)-1)
#define LEFT_WORDS 2  /* words before the count in its left frame */
#define RIGHT_WORDS 3 /* words after the count in its right frame */
#define TOKEN_MAX 32  /* a longer word is no frame word */

enum { T_WORD, T_MARK, T_END };

struct token {
  size_t s, e;
  int kind;
};

static int is_digit(char ch)
{
  return ch >= '0' && ch <= '9';
}

/* A line break is no space but a mark of its own: a frame never runs on
 * into the next line ("02. Rob Halford" over "03. Steven Tyler" is no
 * "Rob Halford 03"). */
static int is_space(char ch)
{
  return ch == ' ' || ch == '\t' || ch == '\r';
}

static int is_word(const char *t, size_t len, size_t i)
{
  unsigned char ch = (unsigned char)t[i];
  if (bc__check_is_alnum(ch) || ch >= 0x80)
    return 1;
  /* "6,500", "3.5", "twenty-five", "mother's": joiners inside a word. */
  return (ch == ',' || ch == '.' || ch == '-' || ch == '\'') && i > 0 &&
         i + 1 < len && bc__check_is_alnum((unsigned char)t[i - 1]) &&
         bc__check_is_alnum((unsigned char)t[i + 1]) &&
         (ch == '-' || ch == '\'' ||
          (is_digit(t[i - 1]) && is_digit(t[i + 1])));
}

/* The token starting at or after i in t[0..len): a word, or one mark. */
static struct token next_token(const char *t, size_t len, size_t i)
{
  struct token k;
  while (i < len && is_space(t[i]))
    i++;
  k.s = i;
  if (i >= len) {
    k.e = i;
    k.kind = T_END;
    return k;
  }
  if (is_word(t, len, i)) {
    while (i < len && is_word(t, len, i))
      i++;
    k.kind = T_WORD;
  } else {
    i++;
    k.kind = T_MARK;
  }
  k.e = i;
  return k;
}

/* The token ending at or before i: a word, or one mark. */
static struct token prev_token(const char *t, size_t len, size_t i)
{
  struct token k;
  while (i > 0 && is_space(t[i - 1]))
    i--;
  k.e = i;
  if (i == 0) {
    k.s = 0;
    k.kind = T_END;
    return k;
  }
  if (is_word(t, len, i - 1)) {
    while (i > 0 && is_word(t, len, i - 1))
      i--;
    k.kind = T_WORD;
  } else {
    i--;
    k.kind = T_MARK;
  }
  k.s = i;
  return k;
}

static int word_is(const char *w, size_t n, const char *lit)
{
  return strlen(lit) == n && strncasecmp(w, lit, n) == 0;
}

/* The value of a count in words below a hundred ("four", "twenty-five"),
 * or -1; "dozen" is no count by itself (count_at takes it in after one). */
static double word_value(const char *w, size_t n)
{
  size_t h;
  int tens, unit;
  for (h = 0; h < n && w[h] != '-'; h++)
    ;
  tens = bc__lex_cardinal(w, h);
  if (tens < 0 || word_is(w, h, "dozen"))
    return -1;
  if (h == n)
    return (double)tens;
  unit = bc__lex_cardinal(w + h + 1, n - h - 1);
  return tens >= 20 && tens % 10 == 0 && unit >= 1 && unit <= 9
             ? (double)(tens + unit)
             : -1;
}

/* The value of a whole number in digits ("12", "6,500"), or -1. */
static double digits_value(const char *w, size_t n)
{
  double x = 0;
  size_t i;
  if (n == 0 || n > 15 || !is_digit(w[0]))
    return -1;
  for (i = 0; i < n; i++) {
    if (w[i] == ',' && i + 3 < n + 1 && i > 0)
      continue;
    if (!is_digit(w[i]))
      return -1;
    x = x * 10 + (w[i] - '0');
  }
  return x;
}

/* A count at token k: its value, with "dozen" after it taken in ("two
 * dozen" is 24), its end in *end; -1 when k is no count.  words: counts in
 * words only. */
static double count_at(const char *t, size_t len, struct token k, int words,
                       size_t *end)
{
  double x = word_value(t + k.s, k.e - k.s);
  struct token d;
  if (x < 0 && !words)
    x = digits_value(t + k.s, k.e - k.s);
  if (x < 0)
    return -1;
  *end = k.e;
  d = next_token(t, len, k.e);
  if (d.kind == T_WORD && word_is(t + d.s, d.e - d.s, "dozen")) {
    x *= 12;
    *end = d.e;
  }
  return x;
}

/* The frame around a count: its words before (nearest first) and the
 * tokens after it; nb, na how many were read, up to a mark. */
struct frame {
  struct token before[LEFT_WORDS];
  struct token after[RIGHT_WORDS];
  size_t nb, na;
};

static void frame_of(const char *t, size_t len, size_t s, size_t e,
                     struct frame *f)
{
  size_t i = s;
  f->nb = f->na = 0;
  while (f->nb < LEFT_WORDS) {
    struct token k = prev_token(t, len, i);
    if (k.kind != T_WORD || k.e - k.s > TOKEN_MAX)
      break;
    f->before[f->nb++] = k;
    i = k.s;
  }
  i = e;
  while (f->na < RIGHT_WORDS) {
    struct token k = next_token(t, len, i);
    f->after[f->na++] = k;
    if (k.kind != T_WORD || k.e - k.s > TOKEN_MAX)
      break;
    i = k.e;
  }
}

/* Are two tokens the same: words case-blind, any two marks or ends of a
 * phrase alike (a comma or a full stop after "mother of four"). */
static int same_token(const char *a, struct token x, const char *b,
                      struct token y)
{
  if (x.kind != T_WORD || y.kind != T_WORD)
    return x.kind != T_WORD && y.kind != T_WORD;
  return x.e - x.s == y.e - y.s &&
         strncasecmp(a + x.s, b + y.s, x.e - x.s) == 0;
}

static const char *const small[] = {
    "a",    "an",  "and",  "are",  "as",   "at",    "be",   "but",
    "by",   "for", "from", "had",  "has",  "have",  "he",   "her",
    "his",  "i",   "in",   "is",   "it",   "its",   "of",   "on",
    "or",   "she", "than", "that", "the",  "their", "them", "they",
    "this", "to",  "was",  "we",   "were", "with",  "you"};

/* A word of content: of letters, not one of the small words, no count. */
static int content(const char *t, struct token k)
{
  size_t i, n = k.e - k.s;
  if (k.kind != T_WORD || n < 3 || word_value(t + k.s, n) >= 0)
    return 0;
  for (i = 0; i < sizeof small / sizeof *small; i++)
    if (word_is(t + k.s, n, small[i]))
      return 0;
  for (i = k.s; i < k.e; i++)
    if (is_digit(t[i]))
      return 0;
  return 1;
}

/* Do the claim's frame cf (in ct) and the source's sf (in st) agree on
 * their left frame (two words before, the token after), or on their right
 * one (the word before, three words after)?  Each counts only with a word
 * of content in it. */
static int left_same(const char *ct, const struct frame *cf, const char *st,
                     const struct frame *sf)
{
  size_t k;
  int any = 0;
  if (cf->nb < LEFT_WORDS || sf->nb < LEFT_WORDS || cf->na < 1 || sf->na < 1 ||
      !same_token(ct, cf->after[0], st, sf->after[0]))
    return 0;
  for (k = 0; k < LEFT_WORDS; k++) {
    if (!same_token(ct, cf->before[k], st, sf->before[k]))
      return 0;
    any |= content(ct, cf->before[k]);
  }
  return any || content(ct, cf->after[0]);
}

static int right_same(const char *ct, const struct frame *cf, const char *st,
                      const struct frame *sf)
{
  size_t k;
  int any;
  if (cf->nb < 1 || sf->nb < 1 || cf->na < RIGHT_WORDS ||
      sf->na < RIGHT_WORDS || !same_token(ct, cf->before[0], st, sf->before[0]))
    return 0;
  any = content(ct, cf->before[0]);
  for (k = 0; k < RIGHT_WORDS; k++) {
    if (cf->after[k].kind != T_WORD ||
        !same_token(ct, cf->after[k], st, sf->after[k]))
      return 0;
    any |= content(ct, cf->after[k]);
  }
  return any;
}

/* Is t[s, e) inside one of the claim's own number, ordinal or date facts
 * (the number checker's)? */
static int read_already(const struct bc_facts *f, size_t s, size_t e)
{
  size_t i;
  for (i = 0; i < f->n_numbers; i++)
    if (f->numbers[i].span.start < e && s < f->numbers[i].span.end)
      return 1;
  for (i = 0; i < f->n_ordinals; i++)
    if (f->ordinals[i].span.start < e && s < f->ordinals[i].span.end)
      return 1;
  return bc__check_overlaps_date(f, (struct bc_span){s, e});
}

/* One count of the claim at [s, e) with value x: the source's number in
 * its frame, or NONE; *q the start of the source's frame. */
static size_t rival(struct bc__vstate *v, const char *ct, size_t clen, size_t s,
                    size_t e, double x, size_t *q, size_t *qe)
{
  const char *st = v->doc->text;
  size_t slen = v->doc->text_len, i = 0, found = NONE;
  struct frame cf;
  frame_of(ct, clen, s, e, &cf);
  if ((cf.nb < LEFT_WORDS || cf.na < 1) && (cf.nb < 1 || cf.na < RIGHT_WORDS))
    return NONE;
  v->scanned += (double)slen;
  while (i < slen) {
    struct token k = next_token(st, slen, i);
    struct frame sf;
    size_t end, j;
    double y;
    if (k.kind == T_END)
      break;
    i = k.e;
    if (k.kind != T_WORD)
      continue;
    y = count_at(st, slen, k, 0, &end);
    if (y < 0)
      continue;
    frame_of(st, slen, k.s, end, &sf);
    if (y == x) {
      /* The claim's value in the claim's words, or beside the same word:
       * the claim may be right, of another thing. */
      if (left_same(ct, &cf, st, &sf) || right_same(ct, &cf, st, &sf) ||
          (cf.na > 0 && sf.na > 0 && cf.after[0].kind == T_WORD &&
           same_token(ct, cf.after[0], st, sf.after[0])) ||
          (cf.nb > 0 && sf.nb > 0 &&
           same_token(ct, cf.before[0], st, sf.before[0])))
        return NONE;
      continue;
    }
    if (found == NONE &&
        (left_same(ct, &cf, st, &sf) || right_same(ct, &cf, st, &sf))) {
      found = k.s;
      *q = sf.nb ? sf.before[sf.nb - 1].s : k.s;
      *qe = end;
      for (j = 0; j < sf.na && sf.after[j].kind == T_WORD; j++)
        *qe = sf.after[j].e; /* the quote ends on a word */
    }
  }
  return found;
}

void bc__check_bare_counts(struct bc__vstate *v, const struct bc__claim *c)
{
  const char *t = c->text;
  size_t len = c->len, i = 0;
  if (!t || !v->doc->text || v->rc)
    return;
  while (i < len && !v->rc) {
    struct token k = next_token(t, len, i);
    size_t end, q = 0, qe = 0, at;
    double x;
    if (k.kind == T_END)
      break;
    i = k.e;
    if (k.kind != T_WORD || (t[k.s] >= 'A' && t[k.s] <= 'Z'))
      continue;
    x = count_at(t, len, k, 1, &end);
    if (x < 2 || read_already(c->f, k.s, end))
      continue;
    if (v->scanned + (double)v->doc->text_len > BC_MAX_CHECK_SCAN)
      return;
    at = rival(v, t, len, k.s, end, x, &q, &qe);
    if (at != NONE) {
      struct bc_span sw = {q, qe};
      char *says = bc__check_quote_source(v, sw);
      bc__check_number_error(v, c, (struct bc_span){k.s, end}, says, sw,
                             "the source says %s, not %.*s", says,
                             (int)(end - k.s), t + k.s);
      free(says);
    }
    i = end;
  }
}
