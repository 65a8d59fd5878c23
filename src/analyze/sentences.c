/* sentences.c - sentence segmentation over one segment's tokens.  A full stop
 * ends a sentence unless it belongs to an abbreviation (Dr. e.g. U.S.), an
 * initial (J. R. R.) or is followed by a lower-case word; list items and
 * short heading-like lines end a sentence even without punctuation. */
#include <string.h>

#include "analyze/an.h"
#include "briefcast/limits.h"

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

static int is_closer(const struct an_tok *k)
{
  return k->type == AN_PUNCT &&
         (k->cp == '"' || k->cp == '\'' || k->cp == ')' || k->cp == ']' ||
          k->cp == 0x201D || k->cp == 0x2019 || k->cp == 0xBB);
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

/* Emit the sentence of tokens [ts, te).  A "sentence" of punctuation only
 * (a stray "..." or closing quote) joins the sentence before it on the
 * same line, or is dropped. */
static bc_status emit(struct an *a, size_t ts, size_t te)
{
  struct bc_span *sp;
  size_t k;
  int words = 0;
  if (te <= ts)
    return BC_OK;
  for (k = ts; k < te && !words; k++)
    words = a->tok[k].type != AN_PUNCT;
  if (!words) {
    size_t n = a->f->n_sentences;
    if (n && !a->tok[ts].nl && a->f->sentences[n - 1].end >= a->seg_s &&
        a->f->sentences[n - 1].start >= a->seg_s)
      a->f->sentences[n - 1].end = a->tok[te - 1].e;
    return BC_OK;
  }
  if (a->f->n_sentences >= BC_MAX_SENTENCES)
    return BC_ERR_LIMIT;
  sp = bc__an_push((void **)&a->f->sentences, &a->f->n_sentences, &a->cap_sent,
                   sizeof *sp);
  if (!sp)
    return BC_ERR_NOMEM;
  sp->start = a->tok[ts].s;
  sp->end = a->tok[te - 1].e;
  return BC_OK;
}

/* Decide whether the terminal punctuation run [i, j) (closers included)
 * ends the sentence before token j. */
static int ends_here(const struct an *a, size_t i, size_t j)
{
  const struct an_tok *p = i > 0 ? &a->tok[i - 1] : NULL;
  size_t plen;
  if (j >= a->ntok)
    return 1;
  if (!a->tok[j].sp)
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
  if (bc__an_tok_in(a, i - 1, final_abbr))
    return bc__an_tok_in(a, j, starters);
  return 1;
}

bc_status bc__an_sentences(struct an *a)
{
  size_t i = 0, first;
  size_t start_tok = 0, ml;
  bc_status rc;
  if (a->ntok == 0)
    return BC_OK;
  first = 0;
  if (list_marker(a, 0, &ml) && ml < a->ntok)
    start_tok = ml;
  a->tok[start_tok].sent = 1;
  i = start_tok;
  while (i < a->ntok) {
    size_t j;
    if (i > start_tok && a->tok[i].nl) {
      /* A line break ends the sentence before a list item or after a
       * heading-like line. */
      int item_ends = start_tok > first && a->t[a->tok[i].s - 1] == '\n';
      if (item_ends || list_marker(a, i, &ml) || heading_line(a, first, i)) {
        rc = emit(a, start_tok, i);
        if (rc)
          return rc;
        first = i;
        start_tok = list_marker(a, i, &ml) && i + ml < a->ntok ? i + ml : i;
        a->tok[start_tok].sent = 1;
        i = start_tok;
        continue;
      }
    }
    if (!is_terminal(&a->tok[i])) {
      i++;
      continue;
    }
    j = i + 1;
    while (j < a->ntok && !a->tok[j].sp &&
           (is_terminal(&a->tok[j]) || is_closer(&a->tok[j])))
      j++;
    /* A footnote mark after the stop belongs to the sentence: "end. [1]" */
    if (j + 2 < a->ntok && bc__an_is_punct(a, j, '[') &&
        a->tok[j + 1].type == AN_NUM && bc__an_is_punct(a, j + 2, ']') &&
        !a->tok[j + 1].sp && !a->tok[j + 2].sp)
      j += 3;
    if (ends_here(a, i, j)) {
      rc = emit(a, start_tok, j);
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
  return emit(a, start_tok, a->ntok);
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
