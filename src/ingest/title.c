/* title.c - a document's title when its format names none: the heading or
 * title line at the top of the text, else the text's first sentence (cut
 * at a clause, never mid-word).  Lines that only say where the reader is
 * ("Showing posts with label Amazon. Show all posts"), bare dates, bylines
 * and news datelines are never a title, and neither is a sub-heading that
 * comes after the text has begun.  Nothing here invents words: every title
 * is a piece of the text. */
#include <string.h>

#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/utf8.h"

enum { TITLE_MAX = 200, SENTENCE_MAX = 90, CLAUSE_MAX = 150 };

static int is_upper(int c)
{
  return c >= 'A' && c <= 'Z';
}

int bc__title_bad(const char *s, size_t n)
{
  char iso[11];
  size_t letters = 0, rest;
  while (n && (s[0] == ' ' || s[0] == '\t')) {
    s++;
    n--;
  }
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  for (size_t i = 0; i < n; i++)
    letters += ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
               (unsigned char)s[i] >= 0xC2;
  if (letters < 2)
    return 1; /* "2023-08-30", "***", "" */
  if (bc__line_boiler(s, n) != BC__LINE_NONE || bc__line_byline(s, n))
    return 1;
  if (bc__date_parse(s, n, 1, iso) || bc__line_date(s, n, iso))
    return 1; /* "Wednesday, August 30, 2023", "Posted on 3 May 2021" */
  if (bc__line_dateline(s, n, &rest) == n)
    return 1;
  return 0;
}

/* A line that reads as a title: short, few words, not ending like a
 * sentence. */
static int title_line(const char *s, size_t n)
{
  size_t words = 0;
  if (n == 0 || n > 150 || strchr(".,;:", s[n - 1]))
    return 0;
  for (size_t k = 0; k < n; k++)
    if (s[k] != ' ' && (k == 0 || s[k - 1] == ' '))
      words++;
  return words <= 18;
}

/* The first sentence of s[0..n): up to ". ", "? " or "! " before a
 * capital, not after a one-letter initial or a known abbreviation. */
static size_t first_sentence(const char *s, size_t n)
{
  static const char *const abbr[] = {"Mr",  "Mrs",  "Ms",  "Dr",  "St",  "Jr",
                                     "Sr",  "Prof", "Gen", "Sen", "Rep", "Gov",
                                     "No",  "vs",   "etc", "Inc", "Co",  "Ltd",
                                     "U.S", "U.K",  "e.g", "i.e"};
  for (size_t i = 1; i + 2 < n; i++) {
    size_t w = i;
    int skip = 0;
    if (!(s[i] == '.' || s[i] == '?' || s[i] == '!') || s[i + 1] != ' ')
      continue;
    if (!(is_upper((unsigned char)s[i + 2]) || s[i + 2] == '"' ||
          (unsigned char)s[i + 2] >= 0xC2))
      continue;
    if (s[i] == '.') {
      while (w > 0 && s[w - 1] != ' ')
        w--;
      if (i - w == 1 && is_upper((unsigned char)s[w]))
        continue; /* "J. Smith" */
      for (size_t k = 0; k < sizeof abbr / sizeof abbr[0] && !skip; k++)
        skip = strlen(abbr[k]) == i - w && !memcmp(s + w, abbr[k], i - w);
      if (skip)
        continue;
    }
    return s[i] == '.' ? i : i + 1; /* a title keeps "?" and "!" */
  }
  return n > 0 && s[n - 1] == '.' ? n - 1 : n;
}

/* Whether a clause ends at s[i]: a comma, colon or semicolon before a
 * space, or a space before a dash. */
static int clause_end(const char *s, size_t n, size_t i)
{
  if ((s[i] == ',' || s[i] == ';' || s[i] == ':') && i + 1 < n &&
      s[i + 1] == ' ')
    return 1;
  return s[i] == ' ' && i + 3 < n && (unsigned char)s[i + 1] == 0xE2 &&
         (unsigned char)s[i + 2] == 0x80 &&
         ((unsigned char)s[i + 3] == 0x93 || (unsigned char)s[i + 3] == 0x94);
}

/* A long sentence as a title: cut where a clause ends, the last such place
 * between 40 and SENTENCE_MAX bytes, else the first one up to CLAUSE_MAX;
 * else at the last word boundary before SENTENCE_MAX.  Never inside a
 * word. */
static size_t clause_cut(const char *s, size_t n)
{
  size_t best = 0, sp = 0;
  if (n <= SENTENCE_MAX)
    return n;
  for (size_t i = 40; i < SENTENCE_MAX && i < n; i++)
    if (clause_end(s, n, i))
      best = i;
  for (size_t i = SENTENCE_MAX; !best && i < CLAUSE_MAX && i < n; i++)
    if (clause_end(s, n, i))
      best = i;
  if (best)
    return best;
  for (size_t i = SENTENCE_MAX; i > 40; i--)
    if (s[i] == ' ') {
      sp = i;
      break;
    }
  return sp ? sp : bc__utf8_floor(s, SENTENCE_MAX);
}

char *bc__doc_guess_title(const struct bc_doc *doc)
{
  size_t pick = SIZE_MAX, len;
  const char *s;
  for (size_t i = 0; i < doc->n_blocks && pick == SIZE_MAX; i++) {
    const struct bc_block *b = &doc->blocks[i];
    size_t n = b->span.end - b->span.start;
    s = doc->text + b->span.start;
    if (b->aside || b->kind == BC_BLOCK_CODE || bc__title_bad(s, n))
      continue;
    pick = i;
  }
  if (pick == SIZE_MAX)
    pick = 0; /* nothing but dates and boilerplate: the first line */
  /* A label over the title ("Opinion", "Draft"): a short line that is no
   * sentence, right above a heading. */
  if (pick + 1 < doc->n_blocks && doc->blocks[pick].kind != BC_BLOCK_HEADING &&
      doc->blocks[pick + 1].kind == BC_BLOCK_HEADING &&
      doc->blocks[pick].span.end - doc->blocks[pick].span.start <= 40 &&
      !strchr(".!?", doc->text[doc->blocks[pick].span.end - 1]))
    pick++;
  if (pick >= doc->n_blocks)
    return NULL;
  s = doc->text + doc->blocks[pick].span.start;
  len = doc->blocks[pick].span.end - doc->blocks[pick].span.start;
  /* A heading or a title line on top of the text is the title; a first
   * paragraph of prose gives its first sentence (a sub-heading further
   * down is not the title of the whole). */
  if (doc->blocks[pick].kind != BC_BLOCK_HEADING &&
      !(title_line(s, len) && pick + 1 < doc->n_blocks)) {
    len = first_sentence(s, len);
    len = clause_cut(s, len);
  }
  if (len > TITLE_MAX) {
    /* Cut at a word when one is near, else at a character boundary. */
    size_t cut = bc__utf8_floor(s, TITLE_MAX);
    size_t sp = cut;
    while (sp > 120 && s[sp] != ' ')
      sp--;
    len = sp > 120 ? sp : cut;
  }
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == ',' ||
                     s[len - 1] == ';' || s[len - 1] == ':'))
    len--;
  return bc_strndup(s, len ? len : 1);
}
