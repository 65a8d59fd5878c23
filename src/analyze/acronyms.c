/* acronyms.c - acronyms with the expansion the text itself gives, in the
 * forms writers use: "Service Level Objective (SLO)", "SLO (service level
 * objective)", "SLO stands for / is short for / means ...", "It stands for
 * ..." after the acronym was named, "SLO = ..." and "SLO: ..." in lists,
 * "..., also known as / aka / hereafter SLO", "SLO, or ...", nested
 * parentheses, and a capitalised phrase whose initials spell an acronym the
 * document uses without defining it.  Whether words spell an acronym is
 * acronym_fit.c's rule; this file finds the candidates and their
 * boundaries, and reports nothing when a boundary is unsure.  Only the
 * first definition of each acronym is kept, except in claims mode, where
 * each definition a summary gives is a claim of its own. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/acronym_fit.h"
#include "analyze/an.h"
#include "util/alloc.h"
#include "util/known_acronyms.h"
#include "util/lexicon.h"

#define SF_MAX_BYTES 24   /* longest short form taken from a parenthesis */
#define PAREN_TOKENS 160  /* tokens searched for a closing parenthesis */
#define FWD_WORDS 16      /* words of an expansion after its acronym */
#define IMPLICIT_WORDS 10 /* words of an implicit definition */
#define PRONOUN_REACH 400 /* bytes from an acronym to "It stands for" */

struct finder {
  struct an *a;
  int strict; /* initials only: the link words do not say "abbreviation" */
  struct bc__acr_fit fit;
};

/* --- tokens --------------------------------------------------------------- */

static int is_word(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].type == AN_WORD;
}

static int is_wordnum(const struct an *a, size_t i)
{
  return i < a->ntok && (a->tok[i].type == AN_WORD || a->tok[i].type == AN_NUM);
}

static int is_punct(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].type == AN_PUNCT;
}

static int is_open(const struct an *a, size_t i)
{
  return bc__an_is_punct(a, i, '(') || bc__an_is_punct(a, i, '[');
}

static int is_close(const struct an *a, size_t i)
{
  return bc__an_is_punct(a, i, ')') || bc__an_is_punct(a, i, ']');
}

static int is_quote(const struct an *a, size_t i)
{
  return bc__an_is_punct(a, i, '"') || bc__an_is_punct(a, i, 0x201C) ||
         bc__an_is_punct(a, i, 0x201D) || bc__an_is_punct(a, i, 0xAB) ||
         bc__an_is_punct(a, i, 0xBB) || bc__an_is_punct(a, i, 0x2018) ||
         bc__an_is_punct(a, i, 0x2019) || bc__an_is_punct(a, i, '\'');
}

/* Markup around an acronym or an expansion: "**RAGE**", "_SLO_". */
static int is_markup(const struct an *a, size_t i)
{
  return bc__an_is_punct(a, i, '*') || bc__an_is_punct(a, i, '_') ||
         bc__an_is_punct(a, i, '`');
}

/* Glued to the token before it (no space between). */
static int glued(const struct an *a, size_t i)
{
  return i < a->ntok && !a->tok[i].sp;
}

/* A full stop that ends a sentence or a clause, not one inside "T. cruzi"
 * or "U.S.". */
static int is_stop_dot(const struct an *a, size_t i)
{
  if (!bc__an_is_punct(a, i, '.'))
    return 0;
  if (i + 1 >= a->ntok)
    return 1;
  if (a->tok[i + 1].sent)
    return 1;
  if (!a->tok[i + 1].sp)
    return 0;
  /* "S. aureus": one letter before the stop. */
  return !(i > 0 && is_word(a, i - 1) && bc__an_toklen(a, i - 1) == 1);
}

/* A parenthesis inside a word: "GABA(A)/benzodiazepine",
 * "2,7-bis(carboxyethyl)-5(6)-carboxyfluorescein", "N-(1-naphthyl)":
 * an opening one glued to the word or hyphen before it, a closing one
 * whose opening one is such. */
static int in_word_paren(const struct an *a, size_t i)
{
  size_t k, depth = 0;
  if (bc__an_is_punct(a, i, '(') || bc__an_is_punct(a, i, '[')) {
    if (i + 1 >= a->ntok || a->tok[i + 1].sp)
      return 0;
    if (i > 0 && !a->tok[i].sp &&
        (is_wordnum(a, i - 1) || bc__an_is_punct(a, i - 1, '-') ||
         bc__an_is_punct(a, i - 1, ')')))
      return 1;
    /* A descriptor that opens a name: "(-)-[125I]-cyanopindolol",
     * "(+/-)-3-...", "[125I]-...": a short parenthesis glued to a hyphen
     * after it. */
    for (k = i + 1; k < a->ntok && k < i + 5 && !a->tok[k].sp; k++)
      if (is_close(a, k))
        return k + 1 < a->ntok && !a->tok[k + 1].sp &&
               (bc__an_is_punct(a, k + 1, '-') || is_open(a, k + 1));
    return 0;
  }
  if (a->tok[i].sp)
    return 0;
  for (k = i; k-- > 0 && i - k < 16;) {
    if (bc__an_is_punct(a, k, ')') || bc__an_is_punct(a, k, ']'))
      depth++;
    else if (bc__an_is_punct(a, k, '(') || bc__an_is_punct(a, k, '[')) {
      if (depth-- == 0)
        return in_word_paren(a, k);
    }
  }
  return 0;
}

/* Tokens that may sit inside an expansion: words, numbers, and marks glued
 * within a word ("non-B", "2,6-", "RTN/Ppy"), commas, "&", "+", "/". */
static int inside_expansion(const struct an *a, size_t i)
{
  if (is_wordnum(a, i))
    return 1;
  if (!is_punct(a, i))
    return 0;
  switch (a->tok[i].cp) {
  case ',':
  case '&':
  case '/':
  case '+':
  case '\'':
  case 0x2019: return 1;
  case '-':
    /* A hyphen, also between spaces ("reverse transcription - polymerase
     * chain reaction"); the dashes between clauses are other signs. */
    return 1;
  case 0x2010:
  case 0x2011: return !(a->tok[i].sp && i + 1 < a->ntok && a->tok[i + 1].sp);
  case '.': return !is_stop_dot(a, i);
  case '(':
  case ')':
  case '[':
  case ']': return in_word_paren(a, i);
  default: return 0;
  }
}

/* The word is written with a capital and then lower case ("Table"). */
static int title_word(const char *p, size_t n)
{
  size_t k;
  if (n < 2 || !(p[0] >= 'A' && p[0] <= 'Z'))
    return 0;
  for (k = 1; k < n; k++)
    if (!(p[k] >= 'a' && p[k] <= 'z'))
      return 0;
  return 1;
}

/* A word that reads as an acronym itself ("GPUs", "RBM"). */
static int acronym_word(const struct an *a, size_t i)
{
  size_t k, up = 0, n = bc__an_toklen(a, i);
  const char *p = a->t + a->tok[i].s;
  for (k = 0; k < n; k++)
    up += p[k] >= 'A' && p[k] <= 'Z';
  return up >= 2 && up * 2 >= n;
}

/* --- the short form ------------------------------------------------------- */

struct sf {
  size_t s, e;   /* bytes as written */
  size_t ts, te; /* tokens [ts, te) */
  size_t n;      /* letters and digits, a plural "s" left out */
  size_t upper, lower, digits, chunks;
  int plural; /* "EVTs": reported as "EVT" */
  size_t fe;  /* end of the letters to spell (a plural "s" of
                 "cdks" left out) */
};

/* Read the short form t[s..e) and its letters. */
static void sf_read(const char *t, size_t s, size_t e, struct sf *x)
{
  size_t k;
  memset(x, 0, sizeof *x);
  x->s = s;
  x->e = e;
  x->chunks = e > s;
  for (k = s; k < e; k++) {
    unsigned char c = (unsigned char)t[k];
    if (c >= 'A' && c <= 'Z')
      x->upper++;
    else if (c >= 'a' && c <= 'z')
      x->lower++;
    else if (c >= '0' && c <= '9')
      x->digits++;
    else if (c >= 0x80 && (c & 0xC0) != 0x80)
      x->upper++; /* a non-ASCII letter: counted as a capital */
    else if (c == ' ')
      x->chunks++;
  }
  /* "EVTs", "KORs": two capitals before a final "s". */
  if (e - s >= 3 && t[e - 1] == 's' && t[e - 2] >= 'A' && t[e - 2] <= 'Z' &&
      t[e - 3] >= 'A' && t[e - 3] <= 'Z') {
    x->plural = 1;
    x->lower--;
  }
  x->n = x->upper + x->lower + x->digits;
  x->fe = e;
  /* A sign at the end ("M+", "CrB(-)") is a unit: positive, negative. */
  k = e;
  while (k > s && t[k - 1] == ')')
    k--;
  if (k > s + 1 && (t[k - 1] == '+' || t[k - 1] == '-'))
    x->n++;
}

/* Reads like an acronym wherever it stands: two capitals ("SLO", "mRNA",
 * "cAMP"), or a capital and a digit ("E1", "5-HT" has two capitals). */
static int acronym_like(const char *t, const struct sf *x)
{
  unsigned char c0 = (unsigned char)t[x->s];
  if (x->n < 2 || x->n > 12 || x->chunks > 1)
    return 0;
  if (!((c0 >= 'A' && c0 <= 'Z') || (c0 >= 'a' && c0 <= 'z') ||
        (c0 >= '0' && c0 <= '9') || c0 >= 0x80))
    return 0;
  if (x->upper >= 2)
    return x->upper * 2 >= x->upper + x->lower || x->upper >= 3;
  return x->upper == 1 && x->digits >= 1 && x->lower == 0;
}

/* Words that stand in parentheses without being a short form. */
static const char *const not_sf[] = {
    "al",   "ca",   "cf",  "eg",  "eq",  "eqs", "etc", "fig",
    "figs", "ibid", "ie",  "no",  "nos", "p",   "pp",  "ref",
    "refs", "resp", "see", "sec", "tab", "vs",  "viz", NULL};

/* May the parenthesised t[s..e) be a short form defined by the words
 * before it?  Letters and digits, at most two chunks ("TNF alpha"), a
 * letter somewhere; not a quantity, a reference or an ordinary word. */
static int sf_in_parens(const struct an *a, size_t ts, size_t te, struct sf *x)
{
  const char *t = a->t;
  size_t s = a->tok[ts].s, e = a->tok[te - 1].e, k;
  unsigned char c0;
  if (e - s > SF_MAX_BYTES)
    return 0;
  sf_read(t, s, e, x);
  x->ts = ts;
  x->te = te;
  c0 = (unsigned char)t[s];
  if (x->n == 0 || x->n > 12 || x->chunks > 2 || x->upper + x->lower == 0)
    return 0;
  /* A letter or digit first; a bracket only as a concentration ("[CK]",
   * "[K+]o"). */
  if (!((c0 >= 'A' && c0 <= 'Z') || (c0 >= 'a' && c0 <= 'z') ||
        (c0 >= '0' && c0 <= '9') || c0 >= 0x80 ||
        (c0 == '[' && memchr(t + s, ']', e - s))))
    return 0;
  for (k = s; k < e; k++) {
    unsigned char c = (unsigned char)t[k];
    if (c == '=' || c == '<' || c == '>' || c == '%' || c == '~' || c == '"' ||
        c == '*' || c == '@' || c == '#' || c == '$' || c == '|')
      return 0;
  }
  /* "3 mg", "12 h": a number, then a unit. */
  if (x->chunks == 2 && a->tok[ts].type == AN_NUM)
    return 0;
  /* Two chunks ("TNF alpha", "Ang II", "gamma IFN", "E site"): the
   * first has a capital, or the second reads as an acronym. */
  if (x->chunks == 2) {
    size_t k2 = ts;
    struct sf first, second;
    while (k2 + 1 < te && !a->tok[k2 + 1].sp)
      k2++;
    sf_read(t, s, a->tok[k2].e, &first);
    sf_read(t, a->tok[k2 + 1 < te ? k2 + 1 : k2].s, e, &second);
    if (first.upper == 0 && !acronym_like(t, &second))
      return 0;
  }
  if (x->upper == 0) {
    /* Lower case ("aa", "bpm", "rps3"): never a word of the language. */
    if (x->n > 6 || x->chunks > 1 || !is_word(a, ts) ||
        (te - ts == 1 && bc__an_is_function_word(a, ts)) ||
        bc__an_tok_in(a, ts, not_sf))
      return 0;
    return 1;
  }
  /* "No.", "Fig.": abbreviations of words, written in lower or title
   * case; "NO" and "EG" are acronyms. */
  if (x->upper == 1 && x->lower >= 1 && bc__an_tok_in(a, ts, not_sf))
    return 0;
  /* An ordinary capitalised word ("Table", "Jane") is not an acronym;
   * "Smo", "Prl" (three letters) may be. */
  if (x->chunks == 1 && title_word(t + s, e - s) && e - s > 3)
    return 0;
  return 1;
}

/* The reported acronym: the short form without a plural "s". */
static size_t sf_report_len(const struct sf *x)
{
  return x->e - x->s - (x->plural ? 1 : 0);
}

/* Is x defined already?  In a source, anywhere before (its first
 * definition is the one kept); in a summary's claims, where each
 * definition is a claim to check, at this very occurrence. */
static int defined(const struct an *a, const char *t, const struct sf *x)
{
  size_t k;
  if (!a->claims)
    return bc__an_hset_get(&a->acr_set, t + x->s, sf_report_len(x)) >= 0;
  for (k = a->f->n_acronyms; k-- > 0;)
    if (a->f->acronyms[k].span.start == x->s)
      return 1;
  return 0;
}

/* The run of glued tokens that ends at token last ("GC-MS", "E1",
 * "RTN/Ppy"), as a short form; 0 when it does not read as an acronym. */
static int sf_run_back(const struct an *a, size_t last, struct sf *x)
{
  size_t i = last;
  if (!is_wordnum(a, last))
    return 0;
  while (i > 0 && glued(a, i) &&
         (is_wordnum(a, i - 1) ||
          ((bc__an_is_punct(a, i - 1, '-') || bc__an_is_punct(a, i - 1, '/') ||
            bc__an_is_punct(a, i - 1, '.')) &&
           i >= 2 && glued(a, i - 1) && is_wordnum(a, i - 2))))
    i -= is_wordnum(a, i - 1) ? 1 : 2;
  if (a->tok[last].e - a->tok[i].s > SF_MAX_BYTES)
    return 0;
  sf_read(a->t, a->tok[i].s, a->tok[last].e, x);
  x->ts = i;
  x->te = last + 1;
  return acronym_like(a->t, x);
}

/* The run of glued tokens that starts at token first. */
static int sf_run_fwd(const struct an *a, size_t first, struct sf *x)
{
  size_t i = first;
  /* Not the tail of a longer run: "UTRA" of "E-UTRA". */
  if (!is_wordnum(a, first) ||
      (first > 0 && glued(a, first) &&
       (is_wordnum(a, first - 1) ||
        ((bc__an_is_punct(a, first - 1, '-') ||
          bc__an_is_punct(a, first - 1, '/')) &&
         first > 1 && glued(a, first - 1) && is_wordnum(a, first - 2)))))
    return 0;
  while (i + 1 < a->ntok && glued(a, i + 1) &&
         (is_wordnum(a, i + 1) ||
          ((bc__an_is_punct(a, i + 1, '-') || bc__an_is_punct(a, i + 1, '/')) &&
           i + 2 < a->ntok && glued(a, i + 2) && is_wordnum(a, i + 2))))
    i += is_wordnum(a, i + 1) ? 1 : 2;
  if (a->tok[i].e - a->tok[first].s > SF_MAX_BYTES)
    return 0;
  sf_read(a->t, a->tok[first].s, a->tok[i].e, x);
  x->ts = first;
  x->te = i + 1;
  return acronym_like(a->t, x);
}

/* --- recording ------------------------------------------------------------ */

/* Trim marks the words carried along: a comma or full stop after the
 * last word, quotes, an unbalanced parenthesis, a possessive "'s". */
static void trim_expansion(const char *t, size_t *s, size_t *e)
{
  for (;;) {
    unsigned char c;
    size_t k, open = 0, close = 0;
    if (*e <= *s)
      return;
    c = (unsigned char)t[*e - 1];
    for (k = *s; k < *e; k++) {
      open += t[k] == '(' || t[k] == '[';
      close += t[k] == ')' || t[k] == ']';
    }
    if (c == ',' || c == ';' || c == ':' || c == '.' || c == '"' || c == '*' ||
        c == '_' || ((c == ')' || c == ']') && close > open)) {
      (*e)--;
      continue;
    }
    if (*e - *s > 2 && c == 's' && t[*e - 2] == '\'') {
      *e -= 2;
      continue;
    }
    if (*e - *s > 4 && c == 's' && (unsigned char)t[*e - 2] == 0x99 &&
        (unsigned char)t[*e - 3] == 0x80 && (unsigned char)t[*e - 4] == 0xE2) {
      *e -= 4;
      continue;
    }
    if (*e - *s >= 3 && (unsigned char)t[*e - 3] == 0xE2 &&
        (unsigned char)t[*e - 2] == 0x80 &&
        ((unsigned char)t[*e - 1] == 0x9D ||
         (unsigned char)t[*e - 1] == 0x99)) {
      *e -= 3;
      continue;
    }
    c = (unsigned char)t[*s];
    if (c == '"' || c == '\'' || c == '*' || c == '_' || c == ',' || c == ';' ||
        c == ':' || c == '.' || c == ')' || c == ']' || c == '-' ||
        ((c == '(' || c == '[') && open > close)) {
      (*s)++;
      continue;
    }
    if (*e - *s >= 3 && c == 0xE2 && (unsigned char)t[*s + 1] == 0x80 &&
        ((unsigned char)t[*s + 2] == 0x9C ||
         (unsigned char)t[*s + 2] == 0x98)) {
      *s += 3;
      continue;
    }
    return;
  }
}

static int is_alnum_byte(unsigned char c);

/* Does t[s, e) write the acronym x itself, as a word or a hyphenated part
 * of one ("USB cable (USB-A to USB Micro-B)")?  Then it names a kind of
 * the thing, it does not expand it. */
static int writes_itself(const char *t, const struct sf *x, size_t s, size_t e)
{
  size_t n = x->fe - x->s, i;
  for (i = s; i + n <= e; i++)
    if (!memcmp(t + i, t + x->s, n) &&
        (i == s || !is_alnum_byte((unsigned char)t[i - 1])) &&
        (i + n == e || !is_alnum_byte((unsigned char)t[i + n])))
      return 1;
  return 0;
}

/* Record acronym x defined by t[s..e).  Facts stay in text order (the
 * names extractor relies on it): with insert, a definition found after a
 * later one, as "It stands for ..." may be (a sentence or two back), is
 * put in its place; without, it is appended and the caller sorts. */
static bc_status add_fact(struct an *a, const struct sf *x, size_t s, size_t e,
                          int loose, int insert)
{
  struct bc_acronym_fact *f, nf;
  size_t k, n;
  trim_expansion(a->t, &s, &e);
  if (e <= s || writes_itself(a->t, x, s, e))
    return BC_OK;
  memset(&nf, 0, sizeof nf);
  nf.acronym = bc__strndup(a->t + x->s, sf_report_len(x));
  nf.expansion = bc__strndup(a->t + s, e - s);
  f = NULL;
  if (nf.acronym && nf.expansion)
    f = bc__an_push((void **)&a->f->acronyms, &a->f->n_acronyms, &a->cap_acr,
                    sizeof *f);
  if (!f) {
    free(nf.acronym);
    free(nf.expansion);
    return BC_ERR_NOMEM;
  }
  nf.span.start = x->s;
  nf.span.end = x->e;
  nf.expansion_span.start = s;
  nf.expansion_span.end = e;
  nf.loose = loose;
  n = a->f->n_acronyms - 1;
  for (k = n;
       insert && k > 0 && a->f->acronyms[k - 1].span.start > nf.span.start; k--)
    ;
  memmove(&a->f->acronyms[k + 1], &a->f->acronyms[k],
          (n - k) * sizeof a->f->acronyms[0]);
  a->f->acronyms[k] = nf;
  /* The key points into the text, which outlives the set; the set only
   * answers whether an acronym is defined (its index goes stale). */
  return bc__an_hset_put(&a->acr_set, a->t + x->s, sf_report_len(x), k);
}

static bc_status add(struct an *a, const struct sf *x, size_t s, size_t e,
                     int loose)
{
  return add_fact(a, x, s, e, loose, 1);
}

/* --- expansions before the acronym --------------------------------------- */

/* The window of words that may hold an expansion ending at token last:
 * back to a mark that no expansion crosses or the start of the sentence,
 * at most maxw words.  Returns its first token; the bytes are
 * [tok[first].s, tok[last].e). */
static size_t window_back(const struct an *a, size_t last, size_t maxw)
{
  size_t i = last, words = 1;
  for (;;) {
    if (a->tok[i].sent || i == 0)
      return i;
    if (!inside_expansion(a, i - 1))
      return i;
    /* A new word starts where white space precedes a token. */
    if (a->tok[i].sp && ++words > maxw)
      return i;
    i--;
  }
}

static int is_alnum_byte(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

static int has_digit(const char *p, size_t n)
{
  size_t k;
  for (k = 0; k < n; k++)
    if (p[k] >= '0' && p[k] <= '9')
      return 1;
  return 0;
}

/* A word of a fit window that reads as an acronym. */
static int fit_word_acronym(const char *t, const struct bc__acr_word *w)
{
  size_t k, up = 0, letters = w->c1 - w->c0;
  for (k = w->s; k < w->e; k++)
    up += t[k] >= 'A' && t[k] <= 'Z';
  return up >= 2 && up * 2 >= letters;
}

/* Nouns that say what kind of thing a name is ("method", "model"),
 * written after it and left out of its acronym.  Sorted. */
static const char *const kind_nouns[] = {
    "algorithm",    "algorithms",    "analysis",  "approach",   "approaches",
    "architecture", "architectures", "criteria",  "criterion",  "framework",
    "frameworks",   "function",      "functions", "layer",      "layers",
    "mechanism",    "mechanisms",    "method",    "methods",    "metric",
    "metrics",      "model",         "models",    "module",     "modules",
    "network",      "networks",      "procedure", "procedures", "process",
    "protocol",     "protocols",     "scheme",    "schemes",    "strategies",
    "strategy",     "system",        "systems",   "technique",  "techniques",
    "tool",         "tools"};

static int kind_noun(const char *t, const struct bc__acr_word *w)
{
  size_t s = w->s, e = w->e;
  while (s < e && !is_alnum_byte((unsigned char)t[s]))
    s++;
  while (e > s && !is_alnum_byte((unsigned char)t[e - 1]))
    e--;
  return e > s && BC__LEX_IN(kind_nouns, t + s, e - s);
}

/* Does word w hold a digit the alignment leaves unused? */
static int unused_digit(const struct bc__acr_fit *f,
                        const struct bc__acr_match *m, size_t w)
{
  size_t k;
  for (k = f->w[w].c0; k < f->w[w].c1; k++)
    if (f->c[k].cp >= '0' && f->c[k].cp <= '9' && !m->used_char[k])
      return 1;
  return 0;
}

/* Are the expansion's letters the acronym's own ("anti-SD" for SD(-))? */
static int same_letters(const char *t, const struct sf *x, size_t s, size_t e)
{
  size_t i = x->s, j = s;
  for (;;) {
    while (i < x->fe && !is_alnum_byte((unsigned char)t[i]))
      i++;
    while (j < e && !is_alnum_byte((unsigned char)t[j]))
      j++;
    if (i == x->fe || j == e)
      return i == x->fe && j == e;
    if ((t[i] | 32) != (t[j] | 32))
      return 0;
    i++;
    j++;
  }
}

/* Is the alignment m a whole proper name whose every word gives a letter,
 * its initial first, and some a letter from inside ("the Committee to Reelect
 * the President, known as CREEP"): capitalised words, two or more, none
 * left out?  Such a name spells its acronym even where the link words
 * ("known as", "or") ask for initials. */
static int proper_name(const struct an *a, const struct bc__acr_fit *f,
                       const struct bc__acr_match *m)
{
  size_t w, p = m->end;
  if (m->content_words < 2 || m->used_words != m->content_words ||
      !m->last_entry)
    return 0;
  for (w = m->first_word; w <= m->last_word && w < f->nw; w++)
    if (!f->w[w].stop && !f->w[w].upper)
      return 0;
  /* The whole name, not part of it ("National Football" of "National
   * Football Association" for NFL). */
  while (p < a->len && a->t[p] == ' ')
    p++;
  return p >= a->len || !(a->t[p] >= 'A' && a->t[p] <= 'Z');
}

/* Is x written in capitals and small letters ("GaN", "DoD") and the
 * alignment m words, two or more, none left out, one for each capital: the
 * capitals are the initials, the small letters come from inside ("gallium
 * nitride")?  Such words spell it where the link asks for initials. */
static int capitals_initials(const struct sf *x, const struct bc__acr_match *m)
{
  return x->lower > 0 && x->upper >= 2 && x->digits == 0 &&
         m->content_words >= 2 && m->used_words == m->content_words &&
         m->used_words == x->upper && m->last_entry;
}

/* May the alignment m be reported as x's expansion?  The strength test,
 * and what an expansion is not: another acronym, the acronym's own
 * letters, a boundary found by cutting after a loose fit.  May end m
 * earlier (an acronym after the last used word). */
static int acceptable(const struct finder *F, const struct sf *x,
                      struct bc__acr_match *m)
{
  const char *t = F->a->t;
  const struct bc__acr_fit *f = &F->fit;
  const struct bc__acr_word *w0 = &f->w[m->first_word];
  size_t w, lu = m->first_word, letters = w0->c1 - w0->c0;
  int one = m->used_words == 1 && m->content_words == 1;
  if (!bc__acr_strong_enough(f, m) ||
      (F->strict && !m->initials && !proper_name(F->a, f, m) &&
       !capitals_initials(x, m)))
    return 0;
  /* The last word that gives a letter gives its initial: "mean time
   * between failures" does not spell MTTR with the r of "failures". */
  if (m->used_words >= 2 && !m->last_entry)
    return 0;
  /* Where the expansion ends before a preposition the boundary is sure
   * only when every letter is an initial. */
  if (m->cut && !m->initials)
    return 0;
  /* Another acronym does not start an expansion alone ("GPGPUs, commonly
   * referred to as GPUs"), nor end one after its last letter ("General
   * Purpose Graphics Processing Units GPUs (GPGPUs)").  A single word in
   * capitals may be a name ("KNOLLE (KN)") when much longer than the
   * acronym, not "CCW" for CW. */
  if (fit_word_acronym(t, w0) && m->used_words == 1 &&
      !(one && letters >= 5 && letters >= x->n + 3 &&
        !has_digit(t + w0->s, w0->e - w0->s)))
    return 0;
  for (w = m->first_word; w <= m->last_word; w++)
    if (m->used[w]) {
      size_t ws = f->w[w].s, we = f->w[w].e;
      lu = w;
      /* The acronym itself is no word of its expansion ("... cytochrome
       * P450 (P450)"). */
      while (we > ws && !is_alnum_byte((unsigned char)t[we - 1]))
        we--;
      if (we - ws == x->fe - x->s && memcmp(t + ws, t + x->s, we - ws) == 0)
        return 0;
      /* Another identifier: "PfSOD1, a second SOD gene (PfSOD2)" does
       * not spell PfSOD2, whose digit is not the 1 left over. */
      if (fit_word_acronym(t, &f->w[w]) && unused_digit(f, m, w))
        return 0;
    }
  for (w = lu + 1; w <= m->last_word; w++)
    if (fit_word_acronym(t, &f->w[w])) {
      m->last_word = lu;
      m->end = f->w[lu].e;
      break;
    }
  /* A word of kind after the last letter is not named by the acronym:
   * one writes "the LSTM model", so in "Long Short Term Memory model
   * (LSTM)" the acronym is "Long Short Term Memory". */
  for (w = lu + 1; w <= m->last_word; w++)
    if (!f->w[w].stop && !kind_noun(t, &f->w[w]))
      break;
  if (lu < m->last_word && w > m->last_word) {
    m->last_word = lu;
    m->end = f->w[lu].e;
  }
  /* A lower-case short form ("aa", "bpm") from initials of two or more
   * words, or from a long name ("cyclooctadiene (cod)"). */
  if (x->upper == 0 && !(m->initials && m->used_words >= 2) &&
      !(one && x->n >= 3 && letters >= 8))
    return 0;
  /* One word: longer than the acronym. */
  if (one && letters <= x->n)
    return 0;
  return !same_letters(t, x, m->start, m->end);
}

static int find_back1(struct finder *F, const struct sf *x, size_t last,
                      size_t *es, size_t *ee);

/* Is the initial of content word w a lower-case letter of the acronym
 * after its first ("Rt", "T(a)": a qualifier written small)? */
static int initial_in(const char *t, const struct sf *x,
                      const struct bc__acr_fit *f, size_t w)
{
  size_t k;
  if (f->w[w].stop)
    return 0;
  for (k = x->s + 1; k < x->fe; k++)
    if (t[k] >= 'a' && t[k] <= 'z' && (uint32_t)t[k] == f->c[f->w[w].c0].cp)
      return 1;
  return 0;
}

/* Expansion for short form x in the words ending at token last (see
 * find_back1); failing that, without a final sign that is a hyphen after
 * all ("(HRPO-) labelled"), or without the plural "s" of a lower-case
 * short form ("cdks"). */
static int find_back(struct finder *F, const struct sf *x, size_t last,
                     size_t *es, size_t *ee)
{
  const char *t = F->a->t;
  struct sf y;
  size_t k;
  if (find_back1(F, x, last, es, ee))
    return 1;
  y = *x;
  for (k = x->fe; k > x->s + 1 && t[k - 1] == ')'; k--)
    ;
  if (k > x->s + 1 && (t[k - 1] == '-' || t[k - 1] == '+')) {
    y.fe = k - 1;
    while (y.fe > y.s && t[y.fe - 1] == '(')
      y.fe--;
    y.n--;
    return find_back1(F, &y, last, es, ee);
  }
  if (x->upper > 0 || x->fe - x->s < 4 || t[x->fe - 1] != 's')
    return 0;
  y.fe--;
  y.n--;
  return find_back1(F, &y, last, es, ee);
}

/* Whether the expansion m leaves out the name word written right before
 * it: a content word in title case whose initial is a capital of the
 * acronym that m reads from inside a word or from a small word instead.  The
 * acronym then takes its letters in another order than the words ("National
 * Institute of Marine Biology (INMB)", an acronym of the name in another
 * language), and m, cut before that word, would report a name the text does not
 * give: better none. */
static int drops_name_word(const char *t, const struct sf *x,
                           const struct bc__acr_fit *f,
                           const struct bc__acr_match *m)
{
  const struct bc__acr_word *p;
  uint32_t cp;
  size_t k;
  if (m->first_word == 0)
    return 0;
  p = &f->w[m->first_word - 1];
  if (p->stop || !p->upper || p->c0 >= p->c1)
    return 0;
  /* a word of a name, written "National", not a term in capitals
   * ("CT-guided percutaneous drainage (PCD)") */
  for (k = p->s; k < p->e && !is_alnum_byte((unsigned char)t[k]); k++)
    ;
  if (k + 1 >= p->e || !(t[k + 1] >= 'a' && t[k + 1] <= 'z'))
    return 0;
  cp = f->c[p->c0].cp;
  for (k = x->s; k < x->fe; k++)
    if (t[k] >= 'A' && t[k] <= 'Z' && (uint32_t)(t[k] | 32) == cp)
      return bc__acr_weak_letter(f, m, cp);
  return 0;
}

/* Of the first words whose alignment is acceptable, the cheapest, the
 * nearest of equals: the shortest expansion that spells the acronym well.
 * One that ends before a preposition comes only after those that reach
 * the acronym. */
static int find_back1(struct finder *F, const struct sf *x, size_t last,
                      size_t *es, size_t *ee)
{
  struct an *a = F->a;
  const char *t = a->t;
  struct bc__acr_match m, best;
  size_t first, maxw, w, n = x->n;
  int have = 0;
  memset(&best, 0, sizeof best);
  /* A closing quote or markup right before the parenthesis: the
   * expansion is inside ("Multi-level ... Problem" (MGAP)); a comma
   * closes a list of names ("Gallant, Lambert, and Vanstone, (GLV)"). */
  while (last > 0 &&
         (is_quote(a, last) || is_markup(a, last) ||
          bc__an_is_punct(a, last, ',')) &&
         !a->tok[last].sent)
    last--;
  if (!is_wordnum(a, last))
    return 0;
  /* Schwartz and Hearst's window: min(|A| + 5, 2|A|) words. */
  maxw = n + 5 < 2 * n ? n + 5 : 2 * n;
  if (maxw < 2)
    maxw = 2;
  first = window_back(a, last, maxw);
  /* A window of long chemical names may hold more letters than the
   * alignment takes: drop words from its far end. */
  while (!bc__acr_fit_window(&F->fit, t + x->s, x->fe - x->s, t,
                             a->tok[first].s, a->tok[last].e,
                             BC__ACR_CUT_PREP)) {
    do
      first++;
    while (first < last && !a->tok[first].sp);
    if (first >= last || F->fit.nu == 0)
      return 0;
  }
  for (w = F->fit.nw; w-- > 0;) {
    if (F->fit.w[w].stop || !bc__acr_fit_pick(&F->fit, w, &m) ||
        !acceptable(F, x, &m))
      continue;
    /* A one-letter acronym only from the one word before it. */
    if (x->n == 1 &&
        (w + 1 != F->fit.nw || F->fit.w[w].c1 - F->fit.w[w].c0 < 4 || x->lower))
      continue;
    /* One word spelling the acronym from inside, after a word whose
     * initial is one of its small letters: "transepithelial resistance
     * (Rt)", "ambient temperature (T(a))" take it from there, out of
     * order. */
    if (m.used_words == 1 && !m.initials && w > 0 &&
        initial_in(t, x, &F->fit, w - 1))
      continue;
    if (!have || (best.cut && !m.cut) ||
        (m.cut == best.cut && m.cost < best.cost)) {
      best = m;
      have = 1;
    }
  }
  if (!have || drops_name_word(t, x, &F->fit, &best))
    return 0;
  *es = best.start;
  *ee = best.end;
  return 1;
}

/* --- expansions after the acronym ---------------------------------------- */

/* Stop tokens for an expansion that follows: like window_back, and in a
 * list a comma ends the item too. */
static size_t window_fwd(const struct an *a, size_t first, size_t maxw,
                         int list)
{
  size_t i = first, words = 1;
  while (i + 1 < a->ntok) {
    if (a->tok[i + 1].sent || !inside_expansion(a, i + 1))
      break;
    if (list && bc__an_is_punct(a, i + 1, ','))
      break;
    if (a->tok[i + 1].sp && ++words > maxw)
      break;
    i++;
  }
  return i;
}

/* Expansion for x in the words from token first on: the shortest run of
 * leading words that spells it well enough.  With whole, the run must
 * reach token last exactly (the parenthesis' content). */
static int find_fwd_as(struct finder *F, const struct sf *x, size_t first,
                       size_t last, int whole, size_t *es, size_t *ee,
                       int *initials)
{
  struct an *a = F->a;
  const char *t = a->t;
  struct bc__acr_match m;
  size_t k, bs = 0, be = 0;
  int best = -1, ini = 0;
  /* An article before the expansion is not part of it. */
  while (first < last &&
         (bc__an_tok_is(a, first, "the") || bc__an_tok_is(a, first, "a") ||
          bc__an_tok_is(a, first, "an") || is_quote(a, first) ||
          is_markup(a, first)))
    first++;
  if (!is_wordnum(a, first))
    return 0;
  for (k = whole ? last : first; k <= last; k++) {
    if (!is_wordnum(a, k) ||
        (k + 1 <= last && glued(a, k + 1) && !bc__an_is_punct(a, k + 1, ',')))
      continue; /* the run ends at the end of a word */
    if (!bc__acr_fit_window(&F->fit, t + x->s, x->fe - x->s, t, a->tok[first].s,
                            a->tok[k].e, whole ? 0 : BC__ACR_NO_TRAIL) ||
        !bc__acr_fit_pick(&F->fit, 0, &m) || !acceptable(F, x, &m))
      continue;
    /* The cheapest end, the nearest of equals: "discrete scale" rather
     * than "discrete" for DS. */
    if (best < 0 || m.cost < best) {
      best = m.cost;
      bs = m.start;
      be = m.end;
      ini = m.initials;
    }
  }
  if (best < 0)
    return 0;
  *es = bs;
  *ee = be;
  if (initials)
    *initials = ini;
  return 1;
}

static int find_fwd(struct finder *F, const struct sf *x, size_t first,
                    size_t last, int whole, size_t *es, size_t *ee)
{
  return find_fwd_as(F, x, first, last, whole, es, ee, NULL);
}

/* --- loose claims (a summary's words) ------------------------------------ */

/* Claims mode: the words a summary gives as an expansion, whether or not
 * they spell the acronym, so that the checker can compare them with the
 * source.  They must still read as an expansion: two or more content
 * words, the first with the acronym's first letter. */
static int loose_words(const struct an *a, const struct sf *x, size_t first,
                       size_t last, size_t *es, size_t *ee)
{
  size_t k, content = 0, caps = 0;
  unsigned char c0 = (unsigned char)a->t[x->s], w0;
  while (first <= last &&
         (!is_wordnum(a, first) || bc__an_tok_is(a, first, "the") ||
          bc__an_tok_is(a, first, "a") || bc__an_tok_is(a, first, "an")))
    first++;
  while (last > first && !is_wordnum(a, last))
    last--;
  if (first > last || !is_word(a, first))
    return 0;
  w0 = (unsigned char)a->t[a->tok[first].s];
  if ((w0 | 32) != (c0 | 32) || bc__an_is_function_word(a, first))
    return 0;
  for (k = first; k <= last; k++)
    if (is_word(a, k) && !bc__an_is_function_word(a, k) &&
        !(k > first && glued(a, k))) {
      content++;
      caps += bc__an_is_cap(a, k);
    }
  if (content < 2 || content > x->n + 3 || content * 2 + 1 < x->n)
    return 0;
  /* Lower-case words read as an expansion only when there is about one
   * for each letter; capitalised ones ("Results, Effort, ...") do. */
  if (caps < 2 && (content + 1 < x->n || content > x->n + 1))
    return 0;
  *es = a->tok[first].s;
  *ee = a->tok[last].e;
  return 1;
}

/* Loose expansion before "(ACR)": from the nearest word with the
 * acronym's first letter that makes about as many content words as the
 * acronym has letters. */
static int loose_back(const struct an *a, const struct sf *x, size_t last,
                      size_t *es, size_t *ee)
{
  size_t first = window_back(a, last, x->n + 3), k, best = (size_t)-1;
  size_t bestd = (size_t)-1;
  unsigned char c0 = (unsigned char)a->t[x->s] | 32;
  for (k = last + 1; k-- > first;) {
    size_t j, content = 0, d;
    if (!is_word(a, k) || ((unsigned char)a->t[a->tok[k].s] | 32) != c0 ||
        bc__an_is_function_word(a, k) || (k > 0 && glued(a, k)))
      continue;
    for (j = k; j <= last; j++)
      content += is_word(a, j) && !bc__an_is_function_word(a, j) &&
                 !(j > k && glued(a, j));
    d = content > x->n ? content - x->n : x->n - content;
    if (d < bestd) {
      bestd = d;
      best = k;
    }
  }
  if (best == (size_t)-1)
    return 0;
  return loose_words(a, x, best, last, es, ee);
}

/* Loose expansion after a link ("stands for"): the first words up to the
 * clause's end, as many content words as the acronym has letters. */
static int loose_fwd(const struct an *a, const struct sf *x, size_t first,
                     size_t *es, size_t *ee)
{
  size_t last = window_fwd(a, first, x->n * 2 + 4, 0), k, content = 0;
  int comma = 0;
  while (first <= last && (is_quote(a, first) || is_markup(a, first) ||
                           bc__an_tok_is(a, first, "the")))
    first++;
  /* A comma ends words that have had none once they are about one for
   * each letter, as it closes an apposition: "GERD, or gastroesophageal
   * reflux disease, may ..." (a list's commas are its own: "Reality,
   * Aspirations, Goals, Expectations"). */
  for (k = first; k <= last; k++) {
    if (bc__an_is_punct(a, k, ','))
      comma = 1;
    if (is_word(a, k) && !bc__an_is_function_word(a, k) &&
        !(k > first && glued(a, k)) &&
        (++content == x->n ||
         (!comma && content >= 2 && content + 1 >= x->n && k + 1 <= last &&
          bc__an_is_punct(a, k + 1, ','))))
      break;
  }
  /* A name in capitals goes on to its last capitalised word, though it
   * has more words than the acronym letters: "the EU, the European
   * Economic Community," is a name for EEC, not "European Economic". */
  if (k < last && bc__an_is_cap(a, k))
    while (k + 1 < last && is_word(a, k + 1) && bc__an_is_cap(a, k + 1) &&
           !glued(a, k + 1))
      k++;
  if (k < last)
    last = k;
  while (last > first && !is_wordnum(a, last))
    last--;
  return loose_words(a, x, first, last, es, ee);
}

/* --- link words ----------------------------------------------------------- */

/* Does the phrase (lower case, words separated by single spaces, marks as
 * their own words) start at token i?  Returns the token after it. */
static size_t phrase_at(const struct an *a, size_t i, const char *phrase)
{
  const char *p = phrase;
  while (*p) {
    const char *q = strchr(p, ' ');
    size_t n = q ? (size_t)(q - p) : strlen(p);
    if (i >= a->ntok)
      return 0;
    if (n == 1 && !((*p >= 'a' && *p <= 'z'))) {
      if (!bc__an_is_punct(a, i, (unsigned char)*p))
        return 0;
    } else {
      char w[24];
      if (n >= sizeof w)
        return 0;
      memcpy(w, p, n);
      w[n] = '\0';
      if (!bc__an_tok_is(a, i, w))
        return 0;
    }
    i++;
    p += n;
    while (*p == ' ')
      p++;
  }
  return i;
}

static size_t phrase_in(const struct an *a, size_t i, const char *const *list)
{
  size_t k, j;
  unsigned char c;
  if (i >= a->ntok)
    return 0;
  /* This runs for every token: most fail at the first letter. */
  c = (unsigned char)a->t[a->tok[i].s];
  if (c >= 'A' && c <= 'Z')
    c = (unsigned char)(c + 32);
  for (k = 0; list[k]; k++)
    if ((unsigned char)list[k][0] == c && (j = phrase_at(a, i, list[k])) != 0)
      return j;
  return 0;
}

/* Words after an acronym that introduce its expansion. */
static const char *const link_fwd[] = {
    "stands for", "stand for", "is short for", "short for", "is shorthand for",
    "is an acronym for", "is an acronym of", "an acronym for",
    "is the acronym for", "is an abbreviation for", "is an abbreviation of",
    "is the abbreviation for", "an abbreviation for", "acronym for",
    "shorthand for", "abbreviation for", "abbreviates", "meaning",
    "is used as an abbreviation for", "refers to", "means", "denotes",
    /* "CRNN is a convolutional recurrent neural network": initials only */
    "is a", "is an", "is the", "was a", "was an", "was the",
    /* "a SOPO, that's a sexual offences prevention order": the same */
    "that's a", "that's an", "that's the", "that is a", "that is an",
    "that is the", NULL};

/* Link words that say the acronym abbreviates the words. */
static const char *const abbreviates[] = {"stands for",
                                          "stand for",
                                          "is short for",
                                          "short for",
                                          "is shorthand for",
                                          "is an acronym for",
                                          "is an acronym of",
                                          "an acronym for",
                                          "is the acronym for",
                                          "is an abbreviation for",
                                          "is an abbreviation of",
                                          "is the abbreviation for",
                                          "an abbreviation for",
                                          "acronym for",
                                          "shorthand for",
                                          "abbreviation for",
                                          "abbreviates",
                                          "is used as an abbreviation for",
                                          "hereafter",
                                          "hereinafter",
                                          "henceforth",
                                          "abbreviated",
                                          NULL};

/* Words between an expansion and its acronym: "..., also known as SRE". */
static const char *const link_back[] = {"also known as",
                                        "better known as",
                                        "known as",
                                        "aka",
                                        "a . k . a .",
                                        "hereafter referred to as",
                                        "hereinafter referred to as",
                                        "hereafter called",
                                        "hereafter",
                                        "hereinafter",
                                        "henceforth",
                                        "abbreviated as",
                                        "abbreviated",
                                        "referred to as",
                                        "which we call",
                                        "we call",
                                        "called",
                                        "termed",
                                        "denoted as",
                                        "denoted by",
                                        "denoted",
                                        "or simply",
                                        "or just",
                                        "or",
                                        "i . e .",
                                        "ie",
                                        NULL};

/* Words at the start of a parenthesis before the expansion inside:
 * "SLO (short for service level objective)". */
static const char *const paren_fwd[] = {
    "which stands for",  "stands for", "stand for",      "short for",
    "i . e .",           "ie",         "that is",        "that's",
    "that\xe2\x80\x99s", "for",        "an acronym for", "abbreviation for",
    "meaning",           NULL};

/* Words before a name that something is given: "a spec called PD". */
static const char *const naming[] = {"called", "named", "dubbed", "nicknamed",
                                     NULL};

/* Pronouns that carry an acronym from the sentence before: "my RAGE
 * model.  It stands for ...". */
static const char *const pronouns[] = {"it", "this", "which", "that", NULL};

/* --- the forms ------------------------------------------------------------ */

/* The parenthesis that closes the one at token i, or 0. */
static size_t match_close(const struct an *a, size_t i)
{
  size_t k, depth = 0;
  for (k = i; k < a->ntok && k < i + PAREN_TOKENS; k++) {
    if (k > i && a->tok[k].sent && !is_punct(a, k))
      return 0; /* a sentence started: the parenthesis never closed */
    if (is_open(a, k))
      depth++;
    else if (is_close(a, k) && --depth == 0)
      return k;
  }
  return 0;
}

#define MAX_PARTS 8

/* An acronym in quotes or emphasis that close at token last: "“RAGE”",
 * "**RAGE**", "_SLO_".  The marks must close around it (glued to it, and
 * opened right before it), so "the model" (RAGE) is not read. */
static int sf_marked_back(const struct an *a, size_t last, struct sf *x)
{
  size_t k = last, n = 0;
  while (k > 0 && n < 3 && (is_quote(a, k) || is_markup(a, k)) && glued(a, k)) {
    k--;
    n++;
  }
  if (n == 0 || !sf_run_back(a, k, x) || x->ts == 0)
    return 0;
  return is_quote(a, x->ts - 1) || is_markup(a, x->ts - 1);
}

/* Is "(c)" at token i one of a lettered list, "(A) ... (B)"?  Then it
 * labels, not abbreviates. */
static int enumeration(const struct an *a, size_t i, char c)
{
  size_t k, lo = i > 80 ? i - 80 : 0, hi = i + 80 < a->ntok ? i + 80 : a->ntok;
  for (k = lo; k + 2 < hi; k++) {
    const char *p;
    if (k == i || !is_open(a, k) || !is_close(a, k + 2) || !is_word(a, k + 1) ||
        bc__an_toklen(a, k + 1) != 1)
      continue;
    p = a->t + a->tok[k + 1].s;
    if (*p == c + 1 || *p == c - 1)
      return 1;
  }
  return 0;
}

/* "LF (SF)", "SF (LF)", "LF (hereafter SF)", "SF (short for LF)", and
 * a parenthesis of several parts: "(AML, M5A)", "(EC 1.1.1.1; SOD)",
 * "(arylhydrocarbon receptor nuclear translocator, ARNT)". */
static char fold(char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* Does the text before byte end close with m[0..mn), case aside, an
 * apostrophe either way ("Children's", "Children\u2019s")?  Its start in
 * *start, at a word's start. */
static int ends_with_meaning(const char *t, size_t end, const char *m,
                             size_t mn, size_t *start)
{
  size_t k = end, j = mn;
  while (j > 0) {
    char c = m[j - 1];
    if (k >= 3 && c == '\'' && (unsigned char)t[k - 3] == 0xE2 &&
        (unsigned char)t[k - 2] == 0x80 && (unsigned char)t[k - 1] == 0x99) {
      k -= 3;
      j--;
      continue;
    }
    if (k == 0 || fold(t[k - 1]) != fold(c))
      return 0;
    k--;
    j--;
  }
  if (k > 0 && is_alnum_byte((unsigned char)t[k - 1]))
    return 0;
  *start = k;
  return 1;
}

/* "United Nations Children's Fund (Unicef)", "North Atlantic Treaty
 * Organization (Nato)": a word in title case in parentheses, as some
 * newsrooms write an acronym they say as a word, right after a usual
 * meaning of the well-known acronym it spells.  Its letters need not be
 * the name's initials (Unicef keeps those of an older name); that the
 * words are what the acronym is known to stand for makes it a definition.
 * The short form into *x, the expansion from *es to *ee. */
static int known_word_acronym(const struct an *a, size_t open, size_t tok,
                              struct sf *x, size_t *es, size_t *ee)
{
  const char *t = a->t, *m;
  size_t n = bc__an_toklen(a, tok), pos = 0, mn, end;
  const struct bc__known_acronym *k;
  if (open == 0 || n < 3 || n > 8 || !title_word(t + a->tok[tok].s, n) ||
      !(k = bc__known_acronym_find(t + a->tok[tok].s, n)))
    return 0;
  end = a->tok[open - 1].e;
  while ((mn = bc__known_acronym_next(k, &pos, &m)) > 0)
    if (memchr(m, ' ', mn) && ends_with_meaning(t, end, m, mn, es)) {
      *ee = end;
      sf_read(t, a->tok[tok].s, a->tok[tok].e, x);
      x->ts = tok;
      x->te = tok + 1;
      return 1;
    }
  return 0;
}

static bc_status paren(struct finder *F, size_t i)
{
  struct an *a = F->a;
  struct sf x;
  size_t close = match_close(a, i), k, depth = 0, es, ee, es2, ee2;
  size_t ps[MAX_PARTS + 1], np = 0;
  int found = 0, loose = 0, ini = 0, ini2 = 0;
  if (!close || close == i + 1 || a->tok[i].sent || i == 0)
    return BC_OK;
  /* Parts: split at commas and semicolons outside inner parentheses. */
  ps[np++] = i + 1;
  for (k = i + 1; k < close && np < MAX_PARTS; k++) {
    if (is_open(a, k))
      depth++;
    else if (is_close(a, k))
      depth--;
    else if (depth == 0 &&
             (bc__an_is_punct(a, k, ',') || bc__an_is_punct(a, k, ';')))
      ps[np++] = k + 1;
  }
  ps[np] = close + 1; /* part p is the tokens [ps[p], ps[p + 1] - 1) */
  /* LF (SF): each part may be the short form. */
  for (k = 0; k < np && !found; k++) {
    size_t from = ps[k], to = ps[k + 1] - 1, inner;
    if (to <= from)
      continue;
    /* "(hereafter SF)", "(also known as SF)": the expansion is before. */
    inner = phrase_in(a, from, link_back);
    if (!inner || inner >= to)
      inner = from;
    if (!sf_in_parens(a, inner, to, &x)) {
      if (k == 0 && to == from + 1 &&
          known_word_acronym(a, i, from, &x, &es, &ee) && !defined(a, a->t, &x))
        return add(a, &x, es, ee, 0);
      continue;
    }
    if (defined(a, a->t, &x) || (x.n == 1 && enumeration(a, i, a->t[x.s])))
      return BC_OK;
    /* "(arylhydrocarbon receptor nuclear translocator, ARNT)". */
    if (k > 0 && inner == from)
      found = find_back(F, &x, from - 2, &es, &ee);
    if (!found)
      found = find_back(F, &x, i - 1, &es, &ee);
    if (!found && k == 0 && a->claims && acronym_like(a->t, &x))
      found = loose = loose_back(a, &x, i - 1, &es, &ee);
  }
  if (found)
    return add(a, &x, es, ee, loose);
  /* SF (LF): the first part, else the whole parenthesis ("BTEX (benzene,
   * toluene, ethylbenzene, and p-xylene)").  The acronym reads as one,
   * or is a short lower-case word that the initials must spell ("rh
   * (recombinant human)"); quotes or emphasis may close around it
   * ("the “RAGE” (...)", "**RAGE** (...)"). */
  if ((sf_run_back(a, i - 1, &x) || sf_marked_back(a, i - 1, &x) ||
       (is_word(a, i - 1) && bc__an_toklen(a, i - 1) <= 4 &&
        bc__an_toklen(a, i - 1) >= 2 && bc__an_is_lower(a, i - 1) &&
        !bc__an_is_function_word(a, i - 1) &&
        !bc__an_tok_in(a, i - 1, not_sf) && sf_in_parens(a, i - 1, i, &x) &&
        x.upper == 0)) &&
      !defined(a, a->t, &x)) {
    size_t from = i + 1, to = ps[1] - 2, j;
    if ((j = phrase_in(a, from, paren_fwd)) != 0 && j <= to)
      from = j;
    /* "(that is, defensive lineman)", "(i.e., ...)": a comma after the
     * lead words; the expansion is the part after it. */
    else if (j == to + 1 && np > 1 && bc__an_is_punct(a, j, ',')) {
      from = j + 1;
      to = ps[2] - 2;
    }
    found = to >= from && find_fwd_as(F, &x, from, to, 1, &es, &ee, &ini);
    /* The whole parenthesis when its first part spells the acronym only
     * from inside words and the whole by initials: a name with a comma
     * in it ("UCLA (University of California, Los Angeles)"). */
    if (np > 1 && (!found || !ini) &&
        find_fwd_as(F, &x, from, close - 1, 1, &es2, &ee2, &ini2) &&
        (!found || ini2)) {
      found = 1;
      es = es2;
      ee = ee2;
    }
    /* Claims: the whole parenthesis, if it is short and reads as an
     * expansion ("RAGE (Results, Effort, Goals and Action)"). */
    if (!found && a->claims && close - 1 >= from &&
        close - 1 - from < x.n * 3 + 4)
      found = loose = loose_words(a, &x, from, close - 1, &es, &ee);
    if (found)
      return add(a, &x, es, ee, loose);
  }
  /* "the RAGE model (Reality, Aspirations, Goals, Expectations)": a word
   * or two between the acronym and the parenthesis; only initials count
   * (or, in a summary, capitalised words). */
  for (k = i - 1; k > 0 && i - k <= 2 && is_word(a, k) &&
                  bc__an_is_lower(a, k) && !a->tok[k].sent;
       k--) {
    struct bc__acr_match m;
    size_t from = i + 1, to = close - 1;
    if (!sf_run_back(a, k - 1, &x) || defined(a, a->t, &x))
      continue;
    if (bc__acr_fit_window(&F->fit, a->t + x.s, x.fe - x.s, a->t,
                           a->tok[from].s, a->tok[to].e, BC__ACR_NO_TRAIL) &&
        bc__acr_fit_pick(&F->fit, 0, &m) && m.initials && m.used_words >= 2)
      return add(a, &x, m.start, m.end, 0);
    if (a->claims && to - from < x.n * 3 + 4 && bc__an_is_cap(a, from) &&
        loose_words(a, &x, from, to, &es, &ee))
      return add(a, &x, es, ee, 1);
    break;
  }
  return BC_OK;
}

/* The acronym a link phrase at token j refers to: the one right before
 * it (a comma between), a few words back in the same clause ("his RAGE
 * model, which stands for"), or, after "It", the last one named. */
/* A speaker's label ending at the colon at token colon: one or two words
 * at a line start, the second short ("HOST A:", "GUEST:").  Sets *first
 * to its first token. */
static int label_before(const struct an *a, size_t colon, size_t *first)
{
  size_t k = colon;
  if (!bc__an_is_punct(a, k, ':') || k == 0)
    return 0;
  if (k >= 2 && is_wordnum(a, k - 1) && bc__an_toklen(a, k - 1) <= 2 &&
      is_word(a, k - 2) && !a->tok[k - 1].nl)
    k--;
  if (!is_word(a, k - 1))
    return 0;
  k--;
  if (k != 0 && !a->tok[k].nl)
    return 0;
  *first = k;
  return 1;
}

/* Does a speaker's label start at token i ("HOST A: ...")? */
static int speaker_label(const struct an *a, size_t i)
{
  size_t k = i + 1, first;
  if (is_wordnum(a, k) && bc__an_toklen(a, k) <= 2 && !a->tok[k].nl)
    k++;
  return label_before(a, k, &first) && first == i;
}

/* The acronym named last before token k, the start of a sentence that
 * refers to it: within PRONOUN_REACH bytes. */
static int last_named(const struct an *a, size_t k, struct sf *x)
{
  if (!a->last_sf_len || a->tok[k].s - a->last_sf > PRONOUN_REACH)
    return 0;
  sf_read(a->t, a->last_sf, a->last_sf + a->last_sf_len, x);
  x->ts = x->te = 0;
  return acronym_like(a->t, x);
}

/* "226 ppi, meaning pixels per inch": a lower-case word at token tok that
 * is a well-known acronym ("ppi", "rpm") may be one before a link word,
 * which then says what it stands for.  Its short form into *x. */
static int known_lower(const struct an *a, size_t tok, struct sf *x)
{
  size_t n = bc__an_toklen(a, tok), k;
  const char *w = a->t + a->tok[tok].s;
  if (!is_word(a, tok) || n < 2 || n > 5 || bc__an_is_function_word(a, tok) ||
      bc__an_tok_in(a, tok, not_sf))
    return 0;
  for (k = 0; k < n; k++)
    if (w[k] < 'a' || w[k] > 'z')
      return 0;
  return bc__known_acronym_find(w, n) && sf_in_parens(a, tok, tok + 1, x) &&
         x->upper == 0;
}

static int subject(const struct an *a, size_t j, struct sf *x)
{
  static const char *const owners[] = {"his", "her", "their", "its",
                                       "our", "my",  "your",  NULL};
  static const char *const names[] = {"acronym", "abbreviation", "name",
                                      "letters", "initials",     NULL};
  static const char *const these[] = {"the", "this",  "that", "its",   "his",
                                      "her", "their", "our",  "these", NULL};
  size_t k = j, words = 0, p, pk = 0;
  int have = 0, it = 0;
  /* "RAGE, his acronym for ...". */
  if (k > 0 && bc__an_tok_in(a, k - 1, owners) && phrase_in(a, j, abbreviates))
    k--;
  if (k > 0 && bc__an_is_punct(a, k - 1, ','))
    k--;
  if (k > 0 && (is_quote(a, k - 1) || is_markup(a, k - 1)))
    k--;
  if (k > 0 && (sf_run_back(a, k - 1, x) || known_lower(a, k - 1, x)))
    return 1;
  /* "The RAGE model stands for": a noun of kind between, before words
   * that say the letters abbreviate (not "the SRE team means"). */
  if (k > 1 && is_word(a, k - 1) && bc__an_is_lower(a, k - 1) &&
      bc__an_tok_in_sorted(a, k - 1, kind_nouns,
                           sizeof kind_nouns / sizeof kind_nouns[0]) &&
      phrase_in(a, j, abbreviates) && sf_run_back(a, k - 2, x))
    return 1;
  /* "KPL, which in our office stands for": a few words between the
   * pronoun and words that say the letters abbreviate. */
  if (k > 0 && !bc__an_tok_in(a, k - 1, pronouns) &&
      phrase_in(a, j, abbreviates))
    for (p = k - 1; p > 0 && k - p <= 5 && is_word(a, p) && !a->tok[p].sent;
         p--)
      if (bc__an_tok_is(a, p - 1, "which") && bc__an_is_punct(a, p - 2, ',')) {
        k = p;
        break;
      }
  /* "It stands for", "which stands for", "The acronym stands for": back
   * to the acronym named. */
  if (k > 0 && bc__an_tok_in(a, k - 1, pronouns)) {
    have = 1;
    it = bc__an_tok_is(a, k - 1, "it");
    pk = k - 1;
  } else if (k > 1 && bc__an_tok_in(a, k - 1, names) &&
             bc__an_tok_in(a, k - 2, these) && phrase_in(a, j, abbreviates)) {
    have = it = 1;
    pk = k - 2;
  }
  if (have) {
    k = pk;
    if (a->tok[k].sent)
      return last_named(a, k, x);
    if (k > 0 && bc__an_is_punct(a, k - 1, ','))
      k--;
    while (k > 0 && words < 4 && !a->tok[k].sent) {
      size_t first;
      k--;
      /* "HOST B: It stands for ...": a speaker's turn opens. */
      if (it && label_before(a, k, &first))
        return last_named(a, first, x);
      if (is_punct(a, k) && !is_markup(a, k) && !is_quote(a, k))
        return 0;
      if (sf_run_back(a, k, x))
        return 1;
      words++;
    }
    /* "Here it means ...", "In this house it stands for ...": a short
     * opening, then "it" for the acronym named before. */
    if (it && a->tok[k].sent)
      return last_named(a, k, x);
  }
  return 0;
}

/* "SF stands for LF", "SF, which stands for LF", "It stands for LF". */
static bc_status link_forward(struct finder *F, size_t j, size_t after)
{
  struct an *a = F->a;
  struct sf x;
  size_t es, ee, last;
  int found, loose = 0;
  if (!subject(a, j, &x) || defined(a, a->t, &x))
    return BC_OK;
  while (after < a->ntok && (is_quote(a, after) || is_markup(a, after) ||
                             bc__an_is_punct(a, after, ':')))
    after++;
  if (after >= a->ntok || a->tok[after].sent)
    return BC_OK;
  last = window_fwd(a, after, FWD_WORDS, 0);
  /* "stands for", "is short for", "is an acronym for" say that the
   * letters abbreviate the words, "methotrexate" as well; "means",
   * "refers to", "also known as" only name a thing, so there the words
   * must give the initials ("a Pascal-like language called PL/I"). */
  F->strict = !phrase_in(a, j, abbreviates);
  found = find_fwd(F, &x, after, last, 0, &es, &ee);
  /* Loose words only where the link surely defines: not after "which
   * means", which as often says what follows from a thing. */
  if (!found && a->claims && !bc__an_tok_is(a, j, "for") &&
      !(F->strict && j > 0 && bc__an_tok_in(a, j - 1, pronouns)))
    found = loose = loose_fwd(a, &x, after, &es, &ee);
  F->strict = 0;
  if (found)
    return add(a, &x, es, ee, loose);
  return BC_OK;
}

/* "LF, also known as SF", "LF, or SF", "LF, hereafter SF". */
static bc_status link_backward(struct finder *F, size_t j, size_t after)
{
  struct an *a = F->a;
  struct sf x;
  size_t es, ee, last = j;
  int comma = j > 0 && bc__an_is_punct(a, j - 1, ','), found;
  while (after < a->ntok && (is_quote(a, after) || is_markup(a, after)))
    after++;
  if (!sf_run_fwd(a, after, &x)) {
    /* "SRE, also known as site reliability engineering": the acronym
     * comes first.  "or" defines only after a comma ("MTTR, or mean time
     * to recovery"); "CW or CCW" is a choice. */
    if (comma || !(bc__an_tok_is(a, j, "or") || bc__an_tok_is(a, j, "ie")))
      return link_forward(F, j, after);
    return BC_OK;
  }
  if (defined(a, a->t, &x))
    return BC_OK;
  /* After "or" the acronym ends the clause: "..., or SRE, daily", not
   * "..., or SRE teams" (a second thing). */
  if (bc__an_tok_is(a, j, "or") && is_word(a, x.te) &&
      !bc__an_is_function_word(a, x.te))
    return BC_OK;
  /* "..., commonly referred to as SF": an adverb is not the expansion's. */
  while (
      last > 0 && is_word(a, last - 1) &&
      (bc__an_tok_is(a, last - 1, "also") ||
       (bc__an_toklen(a, last - 1) > 4 && a->t[a->tok[last - 1].e - 2] == 'l' &&
        a->t[a->tok[last - 1].e - 1] == 'y')))
    last--;
  if (last > 0 && (bc__an_is_punct(a, last - 1, ',') ||
                   (bc__an_is_dash(a, last - 1) && a->tok[last - 1].sp)))
    last--; /* "..., known as SF", "... — known as SF" */
  else if (last > 1 && is_quote(a, last - 1) && !a->tok[last - 1].sp &&
           bc__an_is_punct(a, last - 2, ','))
    last -= 2; /* the comma inside the quotes: `an "application service
                  provider," or ASP` (find_back1 reads past the quote) */
  else if (bc__an_tok_is(a, j, "or") || bc__an_tok_is(a, j, "ie"))
    return BC_OK; /* "CW or CCW" is a choice, not a definition */
  if (last == 0)
    return BC_OK;
  F->strict = !phrase_in(a, j, abbreviates);
  found = find_back(F, &x, last - 1, &es, &ee);
  F->strict = 0;
  if (found)
    return add(a, &x, es, ee, 0);
  return BC_OK;
}

/* Does a capitalised word follow byte e, a space between: words cut from
 * a longer name ("the Five-hundred-meter Aperture Spherical Radio" of
 * "... Radio Telescope")? */
static int cap_after(const struct an *a, size_t e)
{
  while (e < a->len && a->t[e] == ' ')
    e++;
  return e < a->len && a->t[e] >= 'A' && a->t[e] <= 'Z';
}

/* "SF = LF", "SF: LF" and "[SF] LF" in lists and glossaries, "SF, or LF"
 * and "SF, LF," (an apposition that spells it). */
static bc_status list_item(struct finder *F, size_t i)
{
  struct an *a = F->a;
  struct sf x;
  size_t j, k, es, ee, last;
  int list = 0, appos = 0, start, found;
  if (!sf_run_fwd(a, i, &x) || defined(a, a->t, &x))
    return BC_OK;
  j = x.te;
  /* Emphasis around the acronym or its colon: "**DM**: ...". */
  for (k = j; k < a->ntok && is_markup(a, k) && glued(a, k); k++)
    ;
  if (k > j && (bc__an_is_punct(a, k, ':') || bc__an_is_punct(a, k, '=')))
    j = k;
  start = a->tok[i].sent || a->tok[i].nl ||
          (i > 0 &&
           (bc__an_is_punct(a, i - 1, ',') || bc__an_is_punct(a, i - 1, ';') ||
            bc__an_is_punct(a, i - 1, ':')));
  if (bc__an_is_punct(a, j, '=')) {
    list = 1;
    j++;
  } else if (bc__an_is_punct(a, j, ':') ||
             (start && bc__an_is_dash(a, j) && a->tok[j].sp)) {
    /* "SF: LF" in a list, or "we developed APML: an architecture proof
     * modeling language"; initials either way.  Emphasis may close after
     * the colon ("**DM:** ..."). */
    list = 1;
    j++;
    while (j < a->ntok && is_markup(a, j) && glued(a, j))
      j++;
  } else if (i > 0 && bc__an_is_punct(a, i - 1, '[') &&
             bc__an_is_punct(a, j, ']') &&
             (i < 2 || a->tok[i - 1].sent || a->tok[i - 1].nl)) {
    list = 1;
    j++;
  } else if (bc__an_is_punct(a, j, ',') && phrase_at(a, j + 1, "or")) {
    j += 2;
  } else if (a->claims && bc__an_is_dash(a, j) && a->tok[j].sp &&
             j + 1 < a->ntok && a->tok[j + 1].sp) {
    /* A summary's dashes around an apposition, "OKRs — Outcomes and Key
     * Risks — in 2019": initials only. */
    j++;
  } else if (a->claims && bc__an_is_punct(a, j, ',') &&
             (bc__an_tok_is(a, j + 1, "the") || bc__an_tok_is(a, j + 1, "a") ||
              bc__an_tok_is(a, j + 1, "an")) &&
             is_word(a, j + 2)) {
    /* A summary's apposition, "the RTQ, the real-time quote engine",
     * "a KPI, a key progress index,": initials, or loose words that read
     * as a name ("the NFL, the National Football Association"). */
    j += 2;
    appos = 1;
  } else if (bc__an_is_punct(a, j, ',') && is_word(a, j + 1) &&
             bc__an_is_cap(a, j + 1)) {
    /* "BARC, Basic Algorithms Research Copenhagen, is ...": initials
     * only, then a comma or the sentence's end. */
    j++;
    last = window_fwd(a, j, FWD_WORDS, 1);
    if (!bc__acr_fit_window(&F->fit, a->t + x.s, x.fe - x.s, a->t, a->tok[j].s,
                            a->tok[last].e, BC__ACR_NO_TRAIL))
      return BC_OK;
    {
      struct bc__acr_match m;
      if (!bc__acr_fit_pick(&F->fit, 0, &m) || !m.initials ||
          m.content_words < 2 ||
          !(bc__an_is_punct(a, last + 1, ',') || is_stop_dot(a, last + 1)))
        return BC_OK;
      /* Words, not a list of other acronyms ("DCD, DDC and DDD"). */
      for (k = j; k <= last; k++)
        if (is_word(a, k) && !glued(a, k) && !bc__an_is_function_word(a, k) &&
            (!bc__an_is_cap(a, k) || acronym_word(a, k)))
          return BC_OK;
      return add(a, &x, m.start, m.end, 0);
    }
  } else {
    return BC_OK;
  }
  if (j >= a->ntok || a->tok[j].sent)
    return BC_OK;
  /* A list names things; its items define only with initials. */
  F->strict = 1;
  last = window_fwd(a, j, FWD_WORDS, list);
  found = find_fwd(F, &x, j, last, 0, &es, &ee);
  /* A comma may be the expansion's own: "RAGE = Reality, Aspirations,
   * Goals, Expectations". */
  if (!found && list && bc__an_is_punct(a, last + 1, ',')) {
    last = window_fwd(a, j, FWD_WORDS, 0);
    found = find_fwd(F, &x, j, last, 0, &es, &ee);
  }
  F->strict = 0;
  if (found)
    return add(a, &x, es, ee, 0);
  if (a->claims && (list || (appos && bc__an_is_cap(a, j))) &&
      loose_fwd(a, &x, j, &es, &ee) && (!appos || !cap_after(a, ee)))
    return add(a, &x, es, ee, 1);
  return BC_OK;
}

/* --- implicit definitions ------------------------------------------------- */

/* The apostrophe of a plural possessive inside a name, "The Citizens’
 * Independent Transportation Trust": glued to a capitalised word ending
 * in s, a capitalised word after it.  (A singular one, "Citizen's", is
 * part of its word.) */
static int possessive_mark(const struct an *a, size_t j)
{
  const char *p;
  if (!(bc__an_is_punct(a, j, '\'') || bc__an_is_punct(a, j, 0x2019)) ||
      glued(a, j) == 0 || !is_word(a, j - 1) || !bc__an_is_cap(a, j - 1) ||
      !is_word(a, j + 1) || glued(a, j + 1) || !bc__an_is_cap(a, j + 1))
    return 0;
  p = a->t + a->tok[j - 1].e - 1;
  return *p == 's' || *p == 'S';
}

/* Remember the capitalised phrases of the segment ("a Cloud Solution
 * Architect position"): runs of words written with a capital, function
 * words between them, hyphens inside. */
static bc_status remember_phrases(struct an *a)
{
  size_t i = 0;
  while (i < a->ntok) {
    size_t j = i, caps = 0, lastcap = i;
    if (!is_word(a, i) || !bc__an_is_cap(a, i)) {
      i++;
      continue;
    }
    while (j < a->ntok) {
      if (is_word(a, j) && bc__an_is_cap(a, j)) {
        /* An acronym or a lone letter ends the phrase. */
        if (acronym_word(a, j) || bc__an_toklen(a, j) < 2)
          break;
        caps++;
        lastcap = j;
      } else if (!(is_word(a, j) &&
                   bc__acr_is_stop_word(a->t + a->tok[j].s,
                                        bc__an_toklen(a, j))) &&
                 !(j > i && possessive_mark(a, j)) &&
                 !((bc__an_is_punct(a, j, '-') && glued(a, j) &&
                    glued(a, j + 1)) ||
                   (is_word(a, j) && glued(a, j) && j > i &&
                    bc__an_is_punct(a, j - 1, '-')))) {
        break;
      }
      if (j > i && a->tok[j].sent)
        break;
      j++;
    }
    if (caps >= 2) {
      struct bc_span *sp =
          bc__an_push((void **)&a->phr, &a->nphr, &a->capphr, sizeof *sp);
      if (!sp)
        return BC_ERR_NOMEM;
      sp->start = a->tok[i].s;
      sp->end = a->tok[lastcap].e;
    }
    i = j > i ? j : i + 1;
  }
  return BC_OK;
}

/* Remember where each acronym-looking word is used, and the last one
 * named (for "It stands for" in the next sentence). */
static bc_status remember_use(struct an *a, const struct sf *x)
{
  size_t n = sf_report_len(x);
  a->last_sf = x->s;
  a->last_sf_len = x->e - x->s;
  if (bc__an_hset_get(&a->use_set, a->t + x->s, n) >= 0)
    return BC_OK;
  return bc__an_hset_put(&a->use_set, a->t + x->s, n, x->s);
}

bc_status bc__an_acronyms(struct an *a)
{
  struct finder *F = NULL;
  size_t i, j;
  bc_status rc = BC_OK;
  F = bc__malloc(sizeof *F);
  if (!F)
    return BC_ERR_NOMEM;
  F->a = a;
  F->strict = 0;
  for (i = 0; i < a->ntok && !rc; i++) {
    struct sf x;
    if (is_open(a, i)) {
      rc = paren(F, i);
      continue;
    }
    /* "a spec called PD for power delivery": an acronym right after
     * words that give a name, then "for" and words whose initials spell
     * it ("We thank the UN for useful notes" names nothing). */
    if (is_word(a, i) && bc__an_tok_is(a, i, "for") && i > 1 &&
        i + 1 < a->ntok && sf_run_back(a, i - 1, &x) && x.ts > 0 &&
        bc__an_tok_in(a, x.ts - 1, naming)) {
      rc = link_forward(F, i, i + 1);
      continue;
    }
    if (is_word(a, i) && (j = phrase_in(a, i, link_fwd)) != 0) {
      /* "means", "refers to", "denotes", "is a" only right after the
       * acronym: "It is a ..." says nothing of one. */
      int is = bc__an_tok_is(a, i, "is") || bc__an_tok_is(a, i, "was");
      if (bc__an_tok_is(a, i, "means") || bc__an_tok_is(a, i, "refers") ||
          bc__an_tok_is(a, i, "denotes") || bc__an_tok_is(a, i, "meaning") ||
          (is &&
           (bc__an_tok_is(a, i + 1, "a") || bc__an_tok_is(a, i + 1, "an") ||
            bc__an_tok_is(a, i + 1, "the")))) {
        struct sf y;
        size_t k = i;
        if (k > 0 && bc__an_is_punct(a, k - 1, ','))
          k--;
        /* "RAGE, which means ..." and "Here it means ...": the words
         * refer back to an acronym, which subject() looks for. */
        if (!(k == i && k > 1 && !is &&
              ((bc__an_tok_is(a, k - 1, "which") &&
                bc__an_is_punct(a, k - 2, ',')) ||
               bc__an_tok_is(a, k - 1, "it"))) &&
            (k == 0 ||
             !(sf_run_back(a, k - 1, &y) || known_lower(a, k - 1, &y))))
          continue;
      }
      rc = link_forward(F, i, j);
      /* "is short for": not again from "short for". */
      i = j - 1;
      continue;
    }
    if (is_word(a, i) && (j = phrase_in(a, i, link_back)) != 0 && j < a->ntok &&
        !(i > 0 && is_open(a, i - 1))) {
      rc = link_backward(F, i, j);
      i = j - 1;
      continue;
    }
    if (!rc && sf_run_fwd(a, i, &x)) {
      rc = list_item(F, i);
      /* A speaker's label ("HOST A:") is no use of an acronym. */
      if (!rc && !(speaker_label(a, i) && !defined(a, a->t, &x)))
        rc = remember_use(a, &x);
    }
  }
  if (!rc)
    rc = remember_phrases(a);
  free(F);
  return rc;
}

/* --- at the end of the document ------------------------------------------ */

struct implicit {
  const char *acr;
  size_t an;
  size_t s, e; /* the phrase */
  size_t use;  /* the acronym's first use */
};

static int implicit_cmp(const void *p, const void *q)
{
  const struct implicit *x = p, *y = q;
  size_t n = x->an < y->an ? x->an : y->an;
  int c = memcmp(x->acr, y->acr, n);
  if (c)
    return c;
  if (x->an != y->an)
    return x->an < y->an ? -1 : 1;
  return x->s < y->s ? -1 : x->s > y->s;
}

/* Same words, whatever the case. */
static int same_text(const char *t, const struct implicit *x,
                     const struct implicit *y)
{
  size_t k;
  if (x->e - x->s != y->e - y->s)
    return 0;
  for (k = 0; k < x->e - x->s; k++) {
    unsigned char c = (unsigned char)t[x->s + k],
                  d = (unsigned char)t[y->s + k];
    if ((c | 32) != (d | 32))
      return 0;
  }
  return 1;
}

/* Add the candidate acr[0..n) for the phrase t[s..e) if the document
 * uses that acronym and does not define it. */
static bc_status implicit_try(struct an *a, const char *acr, size_t n, size_t s,
                              size_t e, struct implicit **out, size_t *nout,
                              size_t *cap)
{
  long use;
  struct implicit *c;
  if (n < 2)
    return BC_OK;
  use = bc__an_hset_get(&a->use_set, acr, n);
  if (use < 0 || bc__an_hset_get(&a->acr_set, acr, n) >= 0)
    return BC_OK;
  c = bc__an_push((void **)out, nout, cap, sizeof *c);
  if (!c)
    return BC_ERR_NOMEM;
  c->s = s;
  c->e = e;
  c->use = (size_t)use;
  c->acr = a->t + c->use; /* the acronym as first used: same letters */
  c->an = n;
  return BC_OK;
}

/* The candidates: each capitalised phrase, whole (an acronym names a
 * thing, not part of one: "Terrestrial Radio" inside "Evolved Universal
 * Terrestrial Radio Access" names nothing), whose initials are an acronym
 * the document uses and does not define: the capitals' initials
 * ("Cloud Solution Architect"), or with the small words' too
 * ("Department of Defense" for DoD). */
static bc_status implicit_candidates(struct an *a, struct implicit **out,
                                     size_t *nout)
{
  size_t p, cap = 0;
  const char *t = a->t;
  bc_status rc = BC_OK;
  *out = NULL;
  *nout = 0;
  for (p = 0; p < a->nphr && !rc; p++) {
    char caps[IMPLICIT_WORDS + 1], all[2 * IMPLICIT_WORDS + 1];
    size_t nc = 0, na = 0, i = a->phr[p].start, e = a->phr[p].end, s = 0;
    /* The runs of capitalised words between small words: "Cloud Solution
     * Architect" of "Cloud Solution Architect in May". */
    size_t seg_s[IMPLICIT_WORDS], seg_e[IMPLICIT_WORDS], seg_c[IMPLICIT_WORDS];
    size_t nseg = 0, k;
    int ok = 1, in_seg = 0;
    while (i < e && ok) {
      size_t w;
      while (i < e &&
             !((t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z')))
        i++;
      w = i;
      while (i < e && t[i] != ' ' && t[i] != '-' && t[i] != '\n' &&
             t[i] != '\t')
        i++;
      if (i == w)
        continue;
      if (t[w] >= 'A' && t[w] <= 'Z' &&
          !(nc == 0 && bc__acr_is_stop_word(t + w, i - w))) {
        if (nc == 0)
          s = w;
        if (nc == IMPLICIT_WORDS || na == 2 * IMPLICIT_WORDS) {
          ok = 0;
          break;
        }
        if (!in_seg) {
          seg_s[nseg] = w;
          seg_c[nseg] = nc;
          nseg++;
          in_seg = 1;
        }
        seg_e[nseg - 1] = i;
        caps[nc++] = t[w];
        all[na++] = t[w];
      } else if (nc > 0) {
        in_seg = 0;
        if (na == 2 * IMPLICIT_WORDS)
          ok = 0;
        else
          all[na++] = t[w]; /* a small word inside */
      }
    }
    if (!ok || nc < 2)
      continue;
    rc = implicit_try(a, caps, nc, s, e, out, nout, &cap);
    if (!rc && na != nc)
      rc = implicit_try(a, all, na, s, e, out, nout, &cap);
    for (k = 0; nseg > 1 && k < nseg && !rc; k++) {
      size_t c1 = k + 1 < nseg ? seg_c[k + 1] : nc;
      if (c1 - seg_c[k] >= 2)
        rc = implicit_try(a, caps + seg_c[k], c1 - seg_c[k], seg_s[k], seg_e[k],
                          out, nout, &cap);
    }
  }
  if (rc) {
    free(*out);
    *out = NULL;
    *nout = 0;
  }
  return rc;
}

/* Does the names extractor take t[s..e) for a person ("Patrick
 * Collison")? */
static int person_at(const struct an *a, size_t s, size_t e)
{
  size_t k;
  for (k = 0; k < a->f->n_names; k++) {
    const struct bc_name_fact *n = &a->f->names[k];
    if (n->kind == BC_NAME_PERSON && n->span.start < e && s < n->span.end)
      return 1;
  }
  return 0;
}

static int fact_cmp(const void *p, const void *q)
{
  const struct bc_acronym_fact *x = p, *y = q;
  if (x->span.start != y->span.start)
    return x->span.start < y->span.start ? -1 : 1;
  return (x->expansion_span.start > y->expansion_span.start) -
         (x->expansion_span.start < y->expansion_span.start);
}

static int span_cmp(const void *p, const void *q)
{
  const struct bc_span *x = p, *y = q;
  return (x->start > y->start) - (x->start < y->start);
}

/* Does t[s..e) overlap one of the expansions (sorted by start)?  "Blood
 * Oxygen Level Dependent" of "BOLD fMRI" defines no BOLD of its own. */
static int in_expansions(const struct bc_span *x, size_t n, size_t s, size_t e)
{
  size_t lo = 0, hi = n, k;
  while (lo < hi) { /* the first expansion starting at e or later */
    size_t mid = lo + (hi - lo) / 2;
    if (x[mid].start < e)
      lo = mid + 1;
    else
      hi = mid;
  }
  /* Expansions are short: those starting a little before s suffice. */
  for (k = lo; k > 0 && x[k - 1].start + 1024 > s; k--)
    if (x[k - 1].end > s)
      return 1;
  return 0;
}

bc_status bc__an_acronyms_finish(struct an *a)
{
  struct implicit *c = NULL;
  struct bc_span *exp = NULL;
  size_t n = 0, i, j, added = 0, nexp = a->f->n_acronyms;
  bc_status rc = implicit_candidates(a, &c, &n);
  if (rc)
    return rc;
  if (n && nexp) {
    exp = bc__malloc(nexp * sizeof *exp);
    if (!exp) {
      free(c);
      return BC_ERR_NOMEM;
    }
    for (i = 0; i < nexp; i++)
      exp[i] = a->f->acronyms[i].expansion_span;
    qsort(exp, nexp, sizeof *exp, span_cmp);
  }
  if (n > 1)
    qsort(c, n, sizeof *c, implicit_cmp);
  for (i = 0; i < n && !rc; i = j) {
    int same = 1;
    for (j = i + 1; j < n && c[j].an == c[i].an &&
                    memcmp(c[j].acr, c[i].acr, c[i].an) == 0;
         j++)
      if (!same_text(a->t, &c[i], &c[j]))
        same = 0;
    /* Unambiguous: every phrase that spells it is the same phrase; it
     * comes first, as a writer introduces a name before shortening it
     * (a name in the thanks at the end does not define the "PC" of the
     * essay); and it is not a person's name. */
    if (same && c[i].e <= c[i].use && !person_at(a, c[i].s, c[i].e) &&
        !in_expansions(exp, nexp, c[i].s, c[i].e) &&
        bc__analyze_acronym_fit(c[i].acr, c[i].an, a->t + c[i].s,
                                c[i].e - c[i].s) == BC_ACR_FIT_INITIALS) {
      struct sf x;
      sf_read(a->t, c[i].use, c[i].use + c[i].an, &x);
      /* A plural use ("CSAs") is recorded with its singular. */
      rc = add_fact(a, &x, c[i].s, c[i].e, 0, 0);
      added++;
    }
  }
  free(c);
  free(exp);
  /* Back in text order, in one sort: inserting each would be quadratic
   * on a page of thousands. */
  if (added)
    qsort(a->f->acronyms, a->f->n_acronyms, sizeof a->f->acronyms[0], fact_cmp);
  return rc;
}
