/* local_phrase.c - the local provider's phrasing: a sentence as a slide
 * bullet and sentences joined into a paragraph, always in the source's own
 * words. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "summarize/local.h"

#define BULLET_WORDS 14 /* a slide bullet longer than this is cut */
#define CLAUSE_MIN 7    /* words a clause needs to be cut there */

/* ---- text building ------------------------------------------------------- */

/* A slide bullet: the sentence itself when short, else its longest clause
 * prefix (cut at , ; : or a dash) within BULLET_WORDS words, else its first
 * BULLET_WORDS words, marked with an ellipsis.  A cut never separates a
 * number from the word after it ("4.5 days"), so no figure loses its unit. */
/* A hard cut should not end on "a", "the", "of"...: back off over such
 * words, keeping at least four words. */
static size_t drop_dangling(const char *text, size_t start, size_t end)
{
  static const char *const small[] = {
      "a",    "an",   "and",  "as",    "at",  "by",   "every", "for",
      "from", "in",   "into", "of",    "on",  "or",   "that",  "the",
      "to",   "with", "was",  "were",  "is",  "are",  "its",   "their",
      "our",  "his",  "her",  "which", "who", "than", "then",  "but"};
  size_t words = 0, i;
  for (i = start; i < end; i++)
    if (text[i] == ' ')
      words++;
  while (words >= 4) {
    size_t w = end, k;
    int hit = 0;
    while (w > start && text[w - 1] != ' ')
      w--;
    for (k = 0; k < sizeof small / sizeof small[0] && !hit; k++)
      hit = strlen(small[k]) == end - w &&
            strncmp(text + w, small[k], end - w) == 0;
    if (!hit || w <= start + 1)
      break;
    end = w - 1;
    words--;
  }
  return end;
}

/* w[0..n) is one of the words, ignoring case and a trailing , ; : or . */
static int word_in(const char *w, size_t n, const char *const *list)
{
  size_t k;
  while (n && (w[n - 1] == ',' || w[n - 1] == ';' || w[n - 1] == ':' ||
               w[n - 1] == '.'))
    n--;
  for (k = 0; list[k]; k++)
    if (strlen(list[k]) == n && strncasecmp(w, list[k], n) == 0)
      return 1;
  return 0;
}

/* Units of time, and the words after one that turn a duration into a point
 * in time or an age: "two years later" cut to "two years..." reads as a
 * duration, which the checker then compares with the wrong figure. */
static const char *const time_units[] = {
    "year",   "years",   "month",   "months",    "week",   "weeks",
    "day",    "days",    "hour",    "hours",     "minute", "minutes",
    "decade", "decades", "century", "centuries", NULL};
static const char *const time_after[] = {
    "later", "earlier", "ago", "old", "afterwards", "afterward", NULL};

char *bc__local_bullet(const char *text, struct bc_span sp)
{
  size_t i = sp.start, words = 0, clause = 0, hard = 0;
  struct bc_buf out = BC_BUF_INIT(BC_MAX_LINE_BYTES);
  int prev_digit = 0, prev_unit = 0, open = 1;
  while (i < sp.end) {
    size_t s;
    int digit = 0;
    while (i < sp.end && text[i] == ' ')
      i++;
    s = i;
    while (i < sp.end && text[i] != ' ') {
      if (text[i] >= '0' && text[i] <= '9')
        digit = 1;
      i++;
    }
    if (i == s)
      break;
    words++;
    if (words <= BULLET_WORDS) {
      char last = text[i - 1];
      /* A clause of fewer than CLAUSE_MIN words ("When it broke,") says
       * too little to stand as a bullet. */
      if (words >= CLAUSE_MIN && (last == ',' || last == ';' || last == ':'))
        clause = i - 1;
      /* " - " or an em/en dash after the word */
      if (words >= CLAUSE_MIN && i + 2 < sp.end &&
          (text[i + 1] == '-' || (unsigned char)text[i + 1] == 0xe2) &&
          (text[i + 2] == ' ' || (unsigned char)text[i + 1] == 0xe2))
        clause = i;
      hard = i;
      prev_digit = digit;
      prev_unit = word_in(text + s, i - s, time_units);
    } else if (open && prev_digit) {
      hard = i; /* keep the word after a figure: its unit */
      prev_digit = 0;
      prev_unit = word_in(text + s, i - s, time_units);
    } else if (open && prev_unit && word_in(text + s, i - s, time_after)) {
      hard = i; /* and "later" / "ago" / "old" after a unit of time */
      open = 0;
    } else {
      open = 0;
    }
  }
  /* A sentence that ends on the kept unit or "later" is whole: no cut. */
  if (words <= BULLET_WORDS || hard == sp.end) {
    bc_buf_add(&out, text + sp.start, sp.end - sp.start);
  } else {
    size_t end = clause ? clause : hard;
    if (!clause)
      end = drop_dangling(text, sp.start, end);
    while (end > sp.start && (text[end - 1] == ',' || text[end - 1] == ';' ||
                              text[end - 1] == ':' || text[end - 1] == ' '))
      end--;
    bc_buf_add(&out, text + sp.start, end - sp.start);
    bc_buf_adds(&out, "\xe2\x80\xa6");
  }
  return bc_buf_take(&out, NULL);
}

/* The sentences idx[0..n) joined by spaces, verbatim. */
char *bc__local_join(const struct bc__local *b, const size_t *idx, size_t n)
{
  struct bc_buf out = BC_BUF_INIT(BC_MAX_JSON_BYTES);
  size_t i;
  for (i = 0; i < n; i++) {
    struct bc_span sp = b->c[idx[i]].span;
    if (i)
      bc_buf_addc(&out, ' ');
    bc_buf_add(&out, b->doc->text + sp.start, sp.end - sp.start);
  }
  return bc_buf_take(&out, NULL);
}
