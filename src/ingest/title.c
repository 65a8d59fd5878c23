/* title.c - a document's title when its format names none: the heading or
 * title line at the top of the text, else the text's first sentence made
 * into a headline: an opening "But" left out, then, when it is long, a
 * relative clause between commas or a clause after a comma ("..., which",
 * "..., and", "..., saying") left out, so the title is always a whole
 * clause, never a phrase cut in the middle.  Lines that only say where the
 * reader is ("Showing posts with label Amazon. Show all posts"), bare
 * dates, bylines and news datelines are never a title, and neither is a
 * sub-heading that comes after the text has begun.  Nothing here invents
 * words: every title is the text's, in one piece or two. */
#include <stdint.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/utf8.h"

enum { TITLE_MAX = 200, HEADLINE_MAX = 110 };

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
    if (!(s[i] == '.' || s[i] == '?' || s[i] == '!'))
      continue;
    if (s[i + 1] == '"' && i + 3 < n && s[i + 2] == ' ' &&
        is_upper((unsigned char)s[i + 3])) {
      /* 'reality." It': the quote closes one opened before (and stays),
       * or opens the next sentence (a tidier put the space after it) */
      size_t q = 0;
      for (size_t k = 0; k < i; k++)
        q += s[k] == '"';
      return q % 2 ? i + 2 : i;
    }
    if (s[i + 1] != ' ') {
      /* a scrape that ran two sentences together: "flames.The family",
       * 'eye."Within' (never "U.S.The": a stop after a lower-case word) */
      size_t k = i + 1 + (s[i + 1] == '"');
      if (!((s[i - 1] >= 'a' && s[i - 1] <= 'z') || s[i - 1] == '"') ||
          k + 1 >= n || !is_upper((unsigned char)s[k]) ||
          !((s[k + 1] >= 'a' && s[k + 1] <= 'z') || s[k + 1] == ' ') ||
          (i >= 2 && s[i - 2] == '.'))
        continue;
      return s[i] == '.' ? i : i + 1;
    }
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

/* s[at..n) opens with the word w (case ignored), followed by a non-letter. */
static int word_at(const char *s, size_t n, size_t at, const char *w)
{
  size_t k = strlen(w);
  if (at + k > n)
    return 0;
  for (size_t i = 0; i < k; i++)
    if ((s[at + i] | 0x20) != w[i])
      return 0;
  return at + k == n ||
         !((s[at + k] | 0x20) >= 'a' && (s[at + k] | 0x20) <= 'z');
}

static int one_of(const char *s, size_t n, size_t at, const char *const *words)
{
  for (size_t k = 0; words[k]; k++)
    if (word_at(s, n, at, words[k]))
      return 1;
  return 0;
}

/* Words that open a clause a headline does without, after a comma: what
 * comes before them is a whole clause ("The tram runs again, and the
 * first one was full" -> "The tram runs again"). */
static const char *const clause_words[] = {
    "and",       "but",     "or",      "so",      "yet",       "which",
    "who",       "whom",    "whose",   "where",   "while",     "whereas",
    "although",  "though",  "because", "since",   "after",     "before",
    "as",        "when",    "until",   "saying",  "adding",    "according",
    "including", "leaving", "making",  "meaning", "prompting", NULL};

/* Words that open a clause of their own even without a comma before
 * them: "... fans after an evening in which ...". */
static const char *const bare_clause_words[] = {
    "after",     "before", "because", "when",   "while",   "since",
    "although",  "though", "until",   "unless", "whereas", "despite",
    "following", "amid",   "during",  NULL};

/* Words that open a relative clause or an aside between two commas: the
 * sentence reads whole without it ("The committee, which has met every
 * Tuesday, agreed" -> "The committee agreed"). */
static const char *const aside_words[] = {"which", "who",   "whom",
                                          "whose", "where", NULL};

/* Words that open a sentence with a phrase before its subject ("For many
 * people with severe disabilities, their families ..."): the text before
 * the first comma is no clause. */
static const char *const intro_words[] = {
    "for",    "in",    "on",      "at",      "after", "before",  "when",
    "while",  "as",    "with",    "without", "since", "despite", "although",
    "though", "if",    "because", "during",  "from",  "to",      "by",
    "under",  "over",  "of",      "unlike",  "like",  "once",    "until",
    "amid",   "among", "having",  NULL};

static size_t count_words(const char *s, size_t n)
{
  size_t w = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
      w++;
  return w;
}

/* A headline made of the sentence s[0..n) (without its stop): s[0, a),
 * then, when b < c, a space and s[b, c). */
struct head {
  size_t a, b, c;
};

/* Whether a clause of its own opens at s[i]: a comma or semicolon before
 * one of clause_words (any word after a semicolon), or a dash between
 * spaces. */
static int clause_at(const char *s, size_t n, size_t i)
{
  if ((s[i] == ',' || s[i] == ';') && i + 2 < n && s[i + 1] == ' ')
    return s[i] == ';' || one_of(s, n, i + 2, clause_words);
  if (s[i] != ' ' || i + 2 >= n)
    return 0;
  if (s[i + 1] == '-' && s[i + 2] == ' ')
    return 1;
  return i + 4 < n && (unsigned char)s[i + 1] == 0xE2 &&
         (unsigned char)s[i + 2] == 0x80 &&
         ((unsigned char)s[i + 3] == 0x93 || (unsigned char)s[i + 3] == 0x94) &&
         s[i + 4] == ' ';
}

/* The headline of the sentence s[0..n): the sentence whole when it has
 * HEADLINE_MAX bytes or less.  A longer one first loses a relative clause
 * between commas after its subject, then everything from the first place
 * where a clause of its own opens, when what stays holds six words or more
 * and is a clause: a sentence that opens with a phrase before its subject
 * ("For many people with severe disabilities, their families ...") is cut
 * only after that phrase's comma.  A long sentence with no such place
 * stays whole: a long title is better than a cut one. */
static struct head headline(const char *s, size_t n)
{
  struct head h = {n, n, n};
  int intro = one_of(s, n, 0, intro_words) || (n && s[0] >= 'a' && s[0] <= 'z');
  size_t from = 1;
  if (n <= HEADLINE_MAX)
    return h;
  /* ", which ... ," between the subject and its verb */
  for (size_t i = 1; i + 2 < n && !intro; i++) {
    if (s[i] == ',' || s[i] == ';' || s[i] == ':' || s[i] == '(' ||
        s[i] == '"') {
      if (s[i] != ',' || s[i + 1] != ' ' || !one_of(s, n, i + 2, aside_words))
        break; /* only an aside right after the subject */
      for (size_t j = i + 2; j + 2 < n; j++) {
        if (s[j] == ';' || s[j] == ':' || s[j] == '(' || s[j] == '"')
          break;
        if (s[j] == ',' && s[j + 1] == ' ') {
          if (!one_of(s, n, j + 2, clause_words) &&
              count_words(s, i) + count_words(s + j + 2, n - j - 2) >= 6) {
            h.a = i;
            h.b = from = j + 2;
          }
          break;
        }
      }
      break;
    }
  }
  if (h.a + 1 + (h.c - h.b) <= HEADLINE_MAX && h.b < h.c)
    return h;
  for (size_t i = from; i + 2 < n; i++) {
    size_t kept;
    if (intro && s[i] == ',') {
      intro = 0; /* this comma closes the opening phrase */
      continue;
    }
    if (intro || !clause_at(s, n, i))
      continue;
    kept = h.b < h.c ? count_words(s, h.a) + count_words(s + h.b, i - h.b)
                     : count_words(s, i);
    if (kept < 6)
      continue;
    if (h.b < h.c)
      h.c = i;
    else
      h.a = h.b = h.c = i;
    return h;
  }
  /* No comma that opens a clause: the last word that opens one without a
   * comma ("... stay-away fans after an evening in which ...") before
   * HEADLINE_MAX, else the first one after it. */
  if (h.b == h.c && !intro) {
    size_t cut = 0;
    for (size_t i = 1; i + 2 < n; i++) {
      if (s[i] != ' ' || !one_of(s, n, i + 1, bare_clause_words) ||
          count_words(s, i) < 7)
        continue;
      if (i <= HEADLINE_MAX || !cut)
        cut = i;
      if (i > HEADLINE_MAX)
        break;
    }
    if (cut)
      h.a = h.b = h.c = cut;
  }
  return h;
}

/* A player's notice a scrape of a news page glues to its first sentence
 * ("Media playback is not supported on this deviceDel Potro won"): its
 * length with the spaces after it, or 0. */
static size_t lead_in(const char *s, size_t n)
{
  static const char *const notes[] = {
      "Media playback is not supported on this device",
      "Media playback is unsupported on your device", NULL};
  for (size_t k = 0; notes[k]; k++) {
    size_t m = strlen(notes[k]);
    if (n > m + 20 && !memcmp(s, notes[k], m)) {
      while (m < n && s[m] == ' ')
        m++;
      return m;
    }
  }
  return 0;
}

/* An opening connective a headline leaves out before a capital: "But VR
 * can also ..." -> "VR can also ...".  Returns how many bytes to skip. */
static size_t opener(const char *s, size_t n)
{
  static const char *const words[] = {"but",  "and",     "so",    "yet",
                                      "also", "however", "still", NULL};
  for (size_t k = 0; words[k]; k++)
    if (word_at(s, n, 0, words[k])) {
      size_t i = strlen(words[k]);
      if (i < n && s[i] == ',')
        i++;
      while (i < n && s[i] == ' ')
        i++;
      return i < n && is_upper((unsigned char)s[i]) ? i : 0;
    }
  return 0;
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
   * paragraph of prose gives its first sentence as a headline (a
   * sub-heading further down is not the title of the whole). */
  if (doc->blocks[pick].kind != BC_BLOCK_HEADING &&
      !(title_line(s, len) && pick + 1 < doc->n_blocks)) {
    size_t skip = lead_in(s, len);
    struct head h;
    s += skip;
    len -= skip;
    skip = opener(s, len);
    s += skip;
    len = first_sentence(s, len - skip);
    h = headline(s, len);
    if (h.b < h.c && h.a + 1 + (h.c - h.b) <= TITLE_MAX) {
      char *t = bc__malloc(h.a + 1 + (h.c - h.b) + 1);
      if (!t)
        return NULL;
      memcpy(t, s, h.a);
      t[h.a] = ' ';
      memcpy(t + h.a + 1, s + h.b, h.c - h.b);
      t[h.a + 1 + (h.c - h.b)] = '\0';
      return t;
    }
    len = h.a;
    /* Longer than a title may be: cut where a clause ends, else at a
     * comma, else (a run-on with no comma) at a word. */
    if (len > TITLE_MAX) {
      size_t cut = 0;
      for (size_t i = 40; i < TITLE_MAX && !cut; i++)
        if (clause_at(s, len, i))
          cut = i;
      for (size_t i = TITLE_MAX; !cut && i > 40; i--)
        if (s[i] == ',' && s[i + 1] == ' ')
          cut = i;
      if (cut)
        len = cut;
    }
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
  return bc__strndup(s, len ? len : 1);
}
