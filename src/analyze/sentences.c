/* sentences.c - sentence segmentation over one segment's tokens.  A full stop
 * ends a sentence unless it belongs to an abbreviation (Dr. e.g. U.S.), an
 * initial (J. R. R.) or is followed by a lower-case word; list items and
 * short heading-like lines end a sentence even without punctuation.
 * Sentences a scrape ran together are split too: a stop glued to the next
 * capitalized word ("December.A judge", 'remember."A special'), a closing
 * quote glued to one ('change"The'), and a word glued to a sentence's
 * opening word ("mentalityThe slump").  It does not decide what a sentence
 * says: no sentence is dropped or joined across a block. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/an.h"
#include "briefcast/limits.h"
#include "util/alloc.h"
#include "util/calendar.h"
#include "util/lexicon.h"

/* Abbreviations that never end a sentence. */
static const char *const title_abbr[] = {
    "dr",  "mr",     "mrs",  "ms",   "prof", "st",  "sr",   "jr",
    "vs",  "cf",     "fig",  "no",   "nos",  "vol", "gen",  "col",
    "lt",  "sgt",    "rev",  "hon",  "gov",  "sen", "rep",  "mt",
    "ave", "approx", "jan",  "feb",  "mar",  "apr", "jun",  "jul",
    "aug", "sep",    "sept", "oct",  "nov",  "dec", "eg",   "ie",
    "pp",  "p",      "ch",   "sec",  "dept", "est", "capt", "cmdr",
    "maj", "messrs", "mme",  "mlle", "op",   "viz", NULL};

/* Abbreviations that can also close a sentence: break only before a word
 * that typically starts one. */
static const char *const final_abbr[] = {"etc", "inc",  "ltd", "co",  "corp",
                                         "al",  "bros", "llc", "plc", NULL};

/* Courtesy titles, which open a sentence about someone. */
static const char *const courtesy[] = {"mr", "mrs", "ms", "dr", "prof", NULL};

static const char *const starters[] = {
    "the",   "this",    "that",  "these", "those",  "it",    "its",  "we",
    "i",     "in",      "but",   "and",   "so",     "he",    "she",  "they",
    "there", "a",       "an",    "our",   "my",     "his",   "her",  "their",
    "what",  "when",    "if",    "as",    "at",     "on",    "for",  "then",
    "now",   "however", "also",  "after", "before", "you",   "one",  "today",
    "yet",   "since",   "while", "with",  "some",   "many",  "most", "all",
    "no",    "not",     "here",  "how",   "why",    "where", "who",  "each",
    NULL};

static int is_terminal(const struct an_tok *k)
{
  return k->type == AN_PUNCT &&
         (k->cp == '.' || k->cp == '!' || k->cp == '?' || k->cp == 0x2026);
}

/* What a straight double quote does, worked out once per segment (see
 * quote_roles): it opens or closes a quotation. */
enum { Q_NONE, Q_OPEN, Q_CLOSE };

/* The segment's state while it is split: the role of each token that is
 * a straight double quote (NULL when the segment has none), and where the
 * sentence being built starts when that is inside a token (a word glued
 * to the next sentence's first word), else SIZE_MAX. */
struct split {
  unsigned char *role;
  size_t start_at;
};

static int is_closer(const struct an *a, const struct split *sp, size_t i)
{
  const struct an_tok *k = &a->tok[i];
  if (k->type != AN_PUNCT)
    return 0;
  if (k->cp == '"')
    return !sp->role || sp->role[i] != Q_OPEN;
  return k->cp == '\'' || k->cp == ')' || k->cp == ']' || k->cp == 0x201D ||
         k->cp == 0x2019 || k->cp == 0xBB;
}

static int is_opener(const struct an *a, const struct split *sp, size_t i)
{
  const struct an_tok *k = &a->tok[i];
  if (k->type != AN_PUNCT)
    return 0;
  if (k->cp == '"')
    return sp->role && sp->role[i] == Q_OPEN;
  return k->cp == 0x201C || k->cp == 0xAB;
}

/* Roles of the straight double quotes of the segment.  One with a space
 * before and a word glued after opens; one glued after a word, a number or
 * a comma and followed by a space closes.  Every other one -- glued on both
 * sides ('eye."Within', 'change"The'), after a stop ('said." The', where a
 * tidier may have put the space after a quote that opens), or alone --
 * takes the turn the quotes before it leave, so that a scrape that lost or
 * moved the spaces around its quotes still pairs them.  *out is NULL when
 * the segment holds none.  Errors: BC_ERR_NOMEM. */
static bc_status quote_roles(const struct an *a, unsigned char **out)
{
  size_t i, n = 0;
  int inside = 0;
  unsigned char *role;
  *out = NULL;
  for (i = 0; i < a->ntok; i++)
    n += bc__an_is_punct(a, i, '"');
  if (!n)
    return BC_OK;
  role = bc__calloc(a->ntok, 1);
  if (!role)
    return BC_ERR_NOMEM;
  for (i = 0; i < a->ntok; i++) {
    int before, after, prev_ok;
    if (!bc__an_is_punct(a, i, '"'))
      continue;
    before = i == 0 || a->tok[i].sp;
    after = i + 1 >= a->ntok || a->tok[i + 1].sp;
    prev_ok = i > 0 && (a->tok[i - 1].type != AN_PUNCT ||
                        a->tok[i - 1].cp == ',' || a->tok[i - 1].cp == ';');
    if (before && !after && a->tok[i + 1].type != AN_PUNCT)
      inside = 1, role[i] = Q_OPEN;
    else if (!before && after && prev_ok)
      inside = 0, role[i] = Q_CLOSE;
    else {
      role[i] = inside ? Q_CLOSE : Q_OPEN;
      inside = !inside;
    }
  }
  *out = role;
  return BC_OK;
}

/* A capitalized word that starts a sentence a scrape glued to the one
 * before: "The", "About", or "A" and "I" before a space.  A word in
 * capitals ("NET" of "ASP.NET") or one glued to what follows
 * ("java.util.List;") is not one. */
static int glued_start_word(const struct an *a, size_t j)
{
  const char *w = a->t + a->tok[j].s;
  size_t n = bc__an_toklen(a, j);
  if (a->tok[j].type != AN_WORD || !(w[0] >= 'A' && w[0] <= 'Z'))
    return 0;
  /* "reach.Increases/reduces the speed": a word of four letters or more
   * before a slash and a lower-case word opens a sentence too */
  if (j + 2 < a->ntok && n >= 4 && bc__an_is_punct(a, j + 1, '/') &&
      !a->tok[j + 1].sp && !a->tok[j + 2].sp && bc__an_is_lower(a, j + 2) &&
      w[1] >= 'a' && w[1] <= 'z')
    return 1;
  if (j + 1 < a->ntok && !a->tok[j + 1].sp &&
      !(a->tok[j + 1].type == AN_PUNCT &&
        (a->tok[j + 1].cp == ',' || a->tok[j + 1].cp == '\'' ||
         a->tok[j + 1].cp == 0x2019 || is_terminal(&a->tok[j + 1]))))
    return 0;
  if (n == 1)
    return (w[0] == 'A' || w[0] == 'I') && j + 1 < a->ntok && a->tok[j + 1].sp;
  return w[1] >= 'a' && w[1] <= 'z';
}

/* After a closing quote and a stop, a word in capitals of two to five
 * letters then a space opens the next sentence ('no "clear scientific
 * basis".NRW said'): a program's name ("ASP.NET") has no quote before its
 * stop. */
static int caps_after_quote(const struct an *a, const struct split *sp,
                            size_t i, size_t j)
{
  const char *w = a->t + a->tok[j].s;
  size_t n = bc__an_toklen(a, j), k;
  if (i == 0 || a->tok[i - 1].type != AN_PUNCT || !is_closer(a, sp, i - 1) ||
      a->tok[j].type != AN_WORD || n < 2 || n > 5 || j + 1 >= a->ntok ||
      !a->tok[j + 1].sp)
    return 0;
  for (k = 0; k < n; k++)
    if (!(w[k] >= 'A' && w[k] <= 'Z'))
      return 0;
  return 1;
}

/* Whether the run of stops and closers [i, j) ends a sentence although
 * no space follows it: a stop after a lower-case word, a number or a
 * closer, then a capitalized word or an opening quote before one
 * ("devices.The study", 'eye."Within', '"addicts".About'). */
static int glued_end(const struct an *a, const struct split *sp, size_t i,
                     size_t j)
{
  const struct an_tok *p = i > 0 ? &a->tok[i - 1] : NULL;
  uint32_t c = a->tok[i].cp;
  if (c != '.' && c != '!' && c != '?')
    return 0;
  /* an opening quote glued to the stop: the quotation that follows is
   * the next sentence (a tidier may have put a space inside it) */
  if (is_opener(a, sp, j)) {
    if (j + 1 >= a->ntok || !bc__an_is_cap(a, j + 1))
      return 0;
  } else if (!glued_start_word(a, j) && !caps_after_quote(a, sp, i, j)) {
    return 0;
  }
  if (c != '.' || !p)
    return 1;
  if (p->type == AN_NUM)
    return 1;
  if (p->type == AN_PUNCT)
    return is_closer(a, sp, i - 1);
  /* a dotted name: "java.util.List", "www.bbc.co.Uk" */
  if (i >= 2 && bc__an_is_punct(a, i - 2, '.') && a->tok[i - 2].e == p->s)
    return 0;
  {
    char last = a->t[p->e - 1];
    if (p->e - p->s >= 2 && last >= 'a' && last <= 'z')
      return 1;
  }
  /* An abbreviation in capitals ends a sentence glued to a name or an
   * opener ("at 02:00 BST.Harry's mother", "in the UK.The report"), but
   * not a program's name ("ASP.Net", "README.Md"): two to five capitals,
   * then a word of four letters or more, or "The". */
  {
    size_t k, m = p->e - p->s, w = bc__an_toklen(a, j);
    const char *q = a->t + a->tok[j].s;
    if (m < 2 || m > 5)
      return 0;
    for (k = p->s; k < p->e; k++)
      if (!(a->t[k] >= 'A' && a->t[k] <= 'Z'))
        return 0;
    return w >= 4 || (w == 3 && !memcmp(q, "The", 3));
  }
}

/* Where a word glued to the next sentence's first word splits
 * ("mentalityThe", "deviceDel Potro", "MentalityThe"): the byte offset of
 * the capital, or 0.  The first part is a word of three letters or more
 * in lower case (its first letter aside); the second, one capitalized
 * word.  When the first part is capitalized too ("WhatsApp", "YouTube",
 * "LinkedIn", "FaceTime") or the verb of a program's name ("setTimeout")
 * the second must be a word that opens sentences ("The", "This"), never
 * "In" or "On" ("LinkedIn", "AddOn"); a word of more humps
 * ("getElementById") is an identifier. */
static const char *const code_verbs[] = {
    "set",    "get",    "add",    "use",   "has",   "can",    "new",
    "read",   "write",  "parse",  "inner", "outer", "create", "update",
    "delete", "remove", "handle", "load",  "save",  "init",   "make",
    "find",   "show",   "hide",   "check", "fetch", "render", "apply",
    "call",   "bind",   "push",   "pop",   "for",   "text",   "max",
    "min",    "num",    "str",    "my",    NULL};

/* s[0..n) is one of the lower-case words of list, case ignored. */
static int word_is(const char *s, size_t n, const char *const *list)
{
  for (size_t k = 0; list[k]; k++) {
    size_t m = 0;
    if (strlen(list[k]) != n)
      continue;
    while (m < n && (s[m] | 0x20) == list[k][m])
      m++;
    if (m == n)
      return 1;
  }
  return 0;
}

static size_t camel_split(const struct an *a, size_t i)
{
  static const char *const opening[] = {
      "the",   "this",  "that",  "these",   "those", "there", "they", "their",
      "she",   "his",   "its",   "our",     "what",  "when",  "then", "after",
      "today", "since", "while", "however", "many",  "most",  "but",  "here",
      "where", "each",  "also",  "some",    "and",   NULL};
  const char *t = a->t;
  size_t s = a->tok[i].s, e = a->tok[i].e, p, k;
  if (a->tok[i].type != AN_WORD || e - s < 5)
    return 0;
  if (!((t[s] >= 'a' && t[s] <= 'z') || (t[s] >= 'A' && t[s] <= 'Z')))
    return 0;
  for (p = s + 1; p < e; p++)
    if (t[p] >= 'A' && t[p] <= 'Z')
      break;
    else if (!(t[p] >= 'a' && t[p] <= 'z'))
      return 0;
  if (p >= e || p - s < 3)
    return 0;
  /* "news from EssexA woman who": a lone "A" opens the next sentence
   * when a word of five letters or more in lower case (its first letter
   * aside) comes before it and a word in lower case after it, never
   * "PlanA" or "TypeA" before a name or a figure */
  if (e - p == 1)
    return t[p] == 'A' && p - s >= 5 && i + 1 < a->ntok && a->tok[i + 1].sp &&
                   !a->tok[i + 1].nl && bc__an_is_lower(a, i + 1)
               ? p
               : 0;
  for (k = p + 1; k < e; k++)
    if (!(t[k] >= 'a' && t[k] <= 'z'))
      return 0; /* "getElementById", "deviceBBC", "iOS" */
  /* "mixMar 2013 - Construction": the date the split would make is one
   * the date extractor, reading the whole word, never saw; a summary
   * quoting the second sentence would state a date the fact sheet lacks */
  if (bc__cal_month_of(t + p, e - p))
    return 0;
  /* "celebrationsTen stamps": the same holds for a number in words, which
   * the number extractor never saw either */
  if (bc__lex_cardinal(t + p, e - p) >= 0)
    return 0;
  if (word_is(t + p, e - p, opening))
    return p;
  /* "setTimeout", "readFile": the verb of a program's name */
  if ((t[s] >= 'a' && t[s] <= 'z') && !word_is(t + s, p - s, code_verbs))
    return p;
  return 0;
}

/* A number glued to the capitalized word that opens the next sentence
 * ("Full coverage: Queen at 90Her visit marked"): the word is one that
 * opens sentences, has a lower-case rest, and a word follows after a
 * space; "4G", "90Min" or "2Pac" are no such word. */
static int num_glued_start(const struct an *a, size_t i)
{
  static const char *const opening[] = {
      "the",   "this", "that", "these", "those", "there", "they",
      "their", "she",  "her",  "his",   "its",   "our",   "what",
      "when",  "then", "he",   "after", "today", "while", "but",
      "here",  "it",   "we",   NULL};
  const char *w;
  if (i == 0 || i + 1 >= a->ntok || a->tok[i].sp ||
      a->tok[i - 1].type != AN_NUM || a->tok[i].type != AN_WORD ||
      !a->tok[i + 1].sp || a->tok[i + 1].type != AN_WORD)
    return 0;
  w = a->t + a->tok[i].s;
  if (!(w[0] >= 'A' && w[0] <= 'Z') || bc__an_toklen(a, i) < 2 ||
      !(w[1] >= 'a' && w[1] <= 'z'))
    return 0;
  return word_is(w, bc__an_toklen(a, i), opening);
}

/* Whether a caption or a headline runs into the next sentence without a
 * stop before token i: "... with a towel on her face An 86-year-old nun
 * was ...", "... half of his winnings A man who ...".  Inside a sentence
 * "The", "A" and "An" are written in lower case, except in a name ("told
 * The Associated Press", "read The Times"), which goes on with a capital;
 * here a word of three letters or more in lower case that is no small
 * function word comes before, and a word in lower case or a figure after. */
static int run_in_start(const struct an *a, size_t i)
{
  static const char *const articles[] = {"The", "A", "An", NULL};
  size_t k, n;
  const char *w;
  if (i < 3 || i + 1 >= a->ntok || !a->tok[i].sp || a->tok[i].nl ||
      a->tok[i].type != AN_WORD || !a->tok[i + 1].sp)
    return 0;
  w = a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  for (k = 0; articles[k]; k++)
    if (strlen(articles[k]) == n && !memcmp(w, articles[k], n))
      break;
  if (!articles[k])
    return 0;
  if (!bc__an_is_lower(a, i - 1) || bc__an_toklen(a, i - 1) < 3 ||
      bc__an_is_function_word(a, i - 1))
    return 0;
  return bc__an_is_lower(a, i + 1) || a->tok[i + 1].type == AN_NUM;
}

/* Does a line start at token i with a list marker ("- ", "* ", "1. ")? */
static int list_marker(const struct an *a, size_t i, size_t *len)
{
  const struct an_tok *k = &a->tok[i];
  if (k->type == AN_PUNCT &&
      (k->cp == '-' || k->cp == '*' || k->cp == '+' || k->cp == 0x2022 ||
       k->cp == 0x2013 || k->cp == 0x2014 || k->cp == 0x25AA) &&
      i + 1 < a->ntok && a->tok[i + 1].sp) {
    *len = 1;
    return 1;
  }
  if (k->type == AN_NUM && bc__an_toklen(a, i) <= 2 && i + 2 < a->ntok &&
      (bc__an_is_punct(a, i + 1, '.') || bc__an_is_punct(a, i + 1, ')')) &&
      !a->tok[i + 1].sp && a->tok[i + 2].sp) {
    *len = 2;
    return 1;
  }
  return 0;
}

/* Is the line that ends before token i (which starts a new line) a
 * heading-like line: short, no final punctuation, next line capitalized? */
static int heading_line(const struct an *a, size_t first, size_t i)
{
  const struct an_tok *last = &a->tok[i - 1];
  size_t ls = first, k;
  for (k = i - 1; k > first; k--)
    if (a->tok[k].nl) {
      ls = k;
      break;
    }
  if (last->type == AN_PUNCT &&
      (last->cp == ',' || last->cp == ';' || last->cp == '-' ||
       last->cp == '(' || last->cp == 0x2014 || last->cp == '&'))
    return 0;
  if (bc__an_is_function_word(a, i - 1))
    return 0;
  if (a->tok[i - 1].e - a->tok[ls].s > 60)
    return 0;
  if (a->tok[i].type == AN_PUNCT)
    return a->tok[i].cp == '*' || a->tok[i].cp == '=' || a->tok[i].cp == '_' ||
           a->tok[i].cp == '#' || a->tok[i].cp == '~'; /* a rule line */
  return bc__an_is_cap(a, i) || a->tok[i].type == AN_NUM;
}

/* Emit the sentence of tokens [ts, te), ending at byte end (the end of
 * token te - 1, or inside it); it starts at sp->start_at when that is set.
 * A "sentence" of punctuation only (a stray "..." or closing quote) joins
 * the sentence before it on the same line, or is dropped. */
static bc_status emit_to(struct an *a, struct split *sp, size_t ts, size_t te,
                         size_t end)
{
  struct bc_span *out;
  size_t k, start = sp->start_at;
  int words = 0;
  sp->start_at = SIZE_MAX;
  if (te <= ts)
    return BC_OK;
  for (k = ts; k < te && !words; k++)
    words = a->tok[k].type != AN_PUNCT;
  if (!words) {
    size_t n = a->f->n_sentences;
    if (n && !a->tok[ts].nl && a->f->sentences[n - 1].end >= a->seg_s &&
        a->f->sentences[n - 1].start >= a->seg_s)
      a->f->sentences[n - 1].end = end;
    return BC_OK;
  }
  if (a->f->n_sentences >= BC_MAX_SENTENCES)
    return BC_ERR_LIMIT;
  out = bc__an_push((void **)&a->f->sentences, &a->f->n_sentences, &a->cap_sent,
                    sizeof *out);
  if (!out)
    return BC_ERR_NOMEM;
  out->start = start != SIZE_MAX ? start : a->tok[ts].s;
  out->end = end;
  return BC_OK;
}

static bc_status emit(struct an *a, struct split *sp, size_t ts, size_t te)
{
  return emit_to(a, sp, ts, te, te > ts ? a->tok[te - 1].e : 0);
}

/* Decide whether the terminal punctuation run [i, j) (closers included)
 * ends the sentence before token j. */
static int ends_here(const struct an *a, const struct split *sp, size_t i,
                     size_t j)
{
  const struct an_tok *p = i > 0 ? &a->tok[i - 1] : NULL;
  size_t plen;
  if (j >= a->ntok)
    return 1;
  if (!a->tok[j].sp && !glued_end(a, sp, i, j))
    return 0;
  if (bc__an_is_lower(a, j))
    return 0;
  if (a->tok[j].type == AN_PUNCT &&
      (a->tok[j].cp == ',' || a->tok[j].cp == ';' || a->tok[j].cp == ':' ||
       a->tok[j].cp == ')'))
    return 0;
  if (a->tok[i].cp != '.')
    return 1; /* "!", "?" and the ellipsis character */
  if (i + 1 < j && is_terminal(&a->tok[i + 1]))
    return 1; /* "..." or ".?" */
  if (!p || p->type != AN_WORD || p->e != a->tok[i].s)
    return 1; /* after a number, a closer or a space */
  plen = p->e - p->s;
  /* Dotted abbreviations: U.S. e.g. i.e. a.m. Ph.D. */
  if (i >= 2 && bc__an_is_punct(a, i - 2, '.') && a->tok[i - 2].e == p->s &&
      plen <= 2)
    return bc__an_tok_in(a, j, starters);
  if (plen == 1 && bc__an_is_cap(a, i - 1))
    return 0; /* an initial */
  if (bc__an_tok_in(a, i - 1, title_abbr))
    return 0;
  /* "Patrick Bradley Ltd.Mr McGurk": inside a sentence a space follows
   * "Ltd."; glued to a capitalized word it is a scrape's sentence end, and
   * so is one before a courtesy title ("Ltd. Mr McGurk was") */
  if (bc__an_tok_in(a, i - 1, final_abbr))
    return !a->tok[j].sp || bc__an_tok_in(a, j, starters) ||
           bc__an_tok_in(a, j, courtesy);
  return 1;
}

/* A closing quote glued to the capitalized word after it ('change"The
 * rest'), with no stop before it, still ends the quotation's sentence. */
static int glued_after_quote(const struct an *a, const struct split *sp,
                             size_t i)
{
  return i > 0 && i + 1 < a->ntok && !a->tok[i].sp && !a->tok[i + 1].sp &&
         (bc__an_is_punct(a, i, 0x201D) ||
          (bc__an_is_punct(a, i, '"') && sp->role && sp->role[i] == Q_CLOSE)) &&
         a->tok[i - 1].type == AN_WORD && glued_start_word(a, i + 1);
}

static bc_status split_segment(struct an *a, struct split *sp)
{
  size_t i = 0, first;
  size_t start_tok = 0, ml;
  bc_status rc;
  first = 0;
  if (list_marker(a, 0, &ml) && ml < a->ntok)
    start_tok = ml;
  a->tok[start_tok].sent = 1;
  i = start_tok;
  while (i < a->ntok) {
    size_t j, at;
    if (i > start_tok && a->tok[i].nl) {
      /* A line break ends the sentence before a list item or after a
       * heading-like line. */
      int item_ends = start_tok > first && a->t[a->tok[i].s - 1] == '\n';
      if (item_ends || list_marker(a, i, &ml) || heading_line(a, first, i)) {
        rc = emit(a, sp, start_tok, i);
        if (rc)
          return rc;
        first = i;
        start_tok = list_marker(a, i, &ml) && i + ml < a->ntok ? i + ml : i;
        a->tok[start_tok].sent = 1;
        i = start_tok;
        continue;
      }
    }
    if (glued_after_quote(a, sp, i)) {
      rc = emit(a, sp, start_tok, i + 1);
      if (rc)
        return rc;
      first = start_tok = i + 1;
      a->tok[start_tok].sent = 1;
      i = start_tok;
      continue;
    }
    if (i > start_tok + 2 && (run_in_start(a, i) || num_glued_start(a, i))) {
      rc = emit(a, sp, start_tok, i);
      if (rc)
        return rc;
      first = start_tok = i;
      a->tok[start_tok].sent = 1;
      i++;
      continue;
    }
    if (i > start_tok && (at = camel_split(a, i)) != 0) {
      /* The word's first part ends this sentence; its second opens the
       * next, inside the same token (which is not marked as a sentence
       * start: it opens with the first part). */
      rc = emit_to(a, sp, start_tok, i + 1, at);
      if (rc)
        return rc;
      first = start_tok = i;
      sp->start_at = at;
      i++;
      continue;
    }
    if (!is_terminal(&a->tok[i])) {
      i++;
      continue;
    }
    j = i + 1;
    while (j < a->ntok && !a->tok[j].sp &&
           (is_terminal(&a->tok[j]) || is_closer(a, sp, j)))
      j++;
    /* A footnote mark after the stop belongs to the sentence: "end. [1]" */
    if (j + 2 < a->ntok && bc__an_is_punct(a, j, '[') &&
        a->tok[j + 1].type == AN_NUM && bc__an_is_punct(a, j + 2, ']') &&
        !a->tok[j + 1].sp && !a->tok[j + 2].sp)
      j += 3;
    if (ends_here(a, sp, i, j)) {
      rc = emit(a, sp, start_tok, j);
      if (rc)
        return rc;
      if (j >= a->ntok)
        return BC_OK;
      first = j;
      start_tok = a->tok[j].nl && list_marker(a, j, &ml) && j + ml < a->ntok
                      ? j + ml
                      : j;
      a->tok[start_tok].sent = 1;
      i = start_tok;
      continue;
    }
    i = j;
  }
  return emit(a, sp, start_tok, a->ntok);
}

bc_status bc__an_sentences(struct an *a)
{
  struct split sp;
  bc_status rc;
  if (a->ntok == 0)
    return BC_OK;
  sp.start_at = SIZE_MAX;
  rc = quote_roles(a, &sp.role);
  if (rc)
    return rc;
  rc = split_segment(a, &sp);
  free(sp.role);
  return rc;
}

bc_status bc__analyze_sentences(const char *text, size_t len,
                                struct bc_span **out, size_t *n_out,
                                struct bc_error *err)
{
  /* The whole analyzer runs and all but its sentences are dropped: the
   * tokenizer and the paragraph segmentation are analyze.c's own, and the
   * other extractors cost little next to speaking the text. */
  struct bc__analyze_ctx ctx;
  struct bc_facts *f = NULL;
  bc_status rc;
  memset(&ctx, 0, sizeof ctx);
  rc = bc__analyze_text(text, len, &ctx, &f, err);
  if (rc)
    return rc;
  *out = f->sentences;
  *n_out = f->n_sentences;
  f->sentences = NULL;
  f->n_sentences = 0;
  bc_facts_free(f);
  return BC_OK;
}
