/* speech_words.c - numbers read aloud as English words: cardinals, digit
 * by digit, ordinals, plurals and years, for the speech normalizer and
 * the narration script. */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "briefcast/buf.h"
#include "render/audio/speech_int.h"

/* ---- numbers as words ---------------------------------------------------- */

static const char *const ones[] = {
    "zero",    "one",     "two",       "three",    "four",
    "five",    "six",     "seven",     "eight",    "nine",
    "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
static const char *const tens[] = {"",       "",      "twenty", "thirty",
                                   "forty",  "fifty", "sixty",  "seventy",
                                   "eighty", "ninety"};

void bc__speech_sep(struct bc_buf *b)
{
  if (b->len && bc_buf_str(b)[b->len - 1] != ' ')
    bc_buf_addc(b, ' ');
}

static void below1000(struct bc_buf *b, unsigned v)
{
  if (v >= 100) {
    bc__speech_sep(b);
    bc_buf_addf(b, "%s hundred", ones[v / 100]);
    v %= 100;
    if (!v)
      return;
  }
  bc__speech_sep(b);
  if (v < 20)
    bc_buf_adds(b, ones[v]);
  else if (v % 10)
    bc_buf_addf(b, "%s-%s", tens[v / 10], ones[v % 10]);
  else
    bc_buf_adds(b, tens[v / 10]);
}

void bc__speech_cardinal(struct bc_buf *b, uint64_t v)
{
  static const char *const scale[] = {
      "",          " thousand",    " million",    " billion",
      " trillion", " quadrillion", " quintillion"};
  unsigned part[7];
  int k = 0;
  if (v == 0) {
    bc__speech_sep(b);
    bc_buf_adds(b, "zero");
    return;
  }
  while (v && k < 7) {
    part[k++] = (unsigned)(v % 1000);
    v /= 1000;
  }
  while (k-- > 0) {
    if (!part[k])
      continue;
    below1000(b, part[k]);
    bc_buf_adds(b, scale[k]);
  }
}

void bc__speech_digits(struct bc_buf *b, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (isdigit((unsigned char)s[i])) {
      bc__speech_sep(b);
      bc_buf_adds(b, ones[s[i] - '0']);
    }
}

/* Rewrite the last word of b as an ordinal ("twenty-one" → "twenty-first"). */
void bc__speech_ordinalize(struct bc_buf *b)
{
  static const struct {
    const char *card, *ord;
  } irr[] = {{"one", "first"},     {"two", "second"},   {"three", "third"},
             {"five", "fifth"},    {"eight", "eighth"}, {"nine", "ninth"},
             {"twelve", "twelfth"}};
  size_t start = b->len;
  const char *s;
  if (bc_buf_status(b) || !b->len)
    return;
  s = bc_buf_str(b);
  while (start > 0 && s[start - 1] != ' ' && s[start - 1] != '-')
    start--;
  for (size_t i = 0; i < sizeof irr / sizeof irr[0]; i++)
    if (strcmp(s + start, irr[i].card) == 0) {
      b->len = start;
      b->ptr[start] = '\0';
      bc_buf_adds(b, irr[i].ord);
      return;
    }
  if (b->ptr[b->len - 1] == 'y') {
    b->ptr[--b->len] = '\0';
    bc_buf_adds(b, "ieth");
  } else {
    bc_buf_adds(b, "th");
  }
}

/* "nineteen ninety" → "nineteen nineties", "two thousand" → "two
 * thousands": the plural of the last word. */
void bc__speech_pluralize(struct bc_buf *b)
{
  if (bc_buf_status(b) || !b->len)
    return;
  if (b->ptr[b->len - 1] == 'y') {
    b->ptr[--b->len] = '\0';
    bc_buf_adds(b, "ies");
  } else if (b->ptr[b->len - 1] == 'x') {
    bc_buf_adds(b, "es");
  } else {
    bc_buf_addc(b, 's');
  }
}

void bc__speech_year(struct bc_buf *b, unsigned y)
{
  if (y >= 2000 && y < 2010) {
    bc__speech_cardinal(b, y);
    return;
  }
  if (y < 1000 || y >= 10000) {
    bc__speech_cardinal(b, y);
    return;
  }
  below1000(b, y / 100);
  if (y % 100 == 0) {
    bc_buf_adds(b, " hundred");
  } else if (y % 100 < 10) {
    bc__speech_sep(b);
    bc_buf_addf(b, "oh %s", ones[y % 100]);
  } else {
    below1000(b, y % 100);
  }
}
