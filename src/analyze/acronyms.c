/* acronyms.c - acronyms with the expansion the text itself gives: "Service
 * Level Objective (SLO)", "SLO (service level objective)", "MTTR, or mean
 * time to recovery", "X stands for ...", "X aka ...".  A candidate expansion
 * counts only when its words spell the acronym (first letters of the
 * significant words, stop words optional, extra letters from inside a word
 * as in HyperText or JavaScript), so a random parenthetical defines nothing.
 * Only the first definition of each acronym is kept. */
#include <stdlib.h>
#include <string.h>

#include "analyze/an.h"
#include "util/alloc.h"

#define MAX_LETTERS 12
#define MAX_WORDS 24

static const char *const stop[] = {
    "of", "and", "the", "for", "to",   "in", "on", "a",   "an",  "with",
    "by", "at",  "or",  "as",  "from", "de", "la", "und", "der", NULL};

static char lower(char c)
{
  return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Acronym letters of token i ("SLOs" -> "slo", plural set), 0 if not one. */
static size_t acro_letters(const struct an *a, size_t i, char *out, int *plural)
{
  const char *p;
  size_t n, k, up = 0, m = 0;
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return 0;
  p = a->t + a->tok[i].s;
  n = a->tok[i].e - a->tok[i].s;
  if (n < 2 || n > MAX_LETTERS + 1 || p[0] < 'A' || p[0] > 'Z')
    return 0;
  *plural = 0;
  if (p[n - 1] == 's' && n >= 3) {
    int all = 1;
    for (k = 0; k + 1 < n; k++)
      if (p[k] < 'A' || p[k] > 'Z')
        all = 0;
    if (all) {
      *plural = 1;
      n--;
    }
  }
  for (k = 0; k < n; k++) {
    char c = p[k];
    if (c >= 'A' && c <= 'Z')
      up++;
    else if (!(c >= 'a' && c <= 'z'))
      return 0;
    out[m++] = lower(c);
  }
  if (up < 2 || up * 2 < n || m > MAX_LETTERS)
    return 0;
  out[m] = '\0';
  return m;
}

struct words {
  size_t tok[MAX_WORDS]; /* token index of each word, in text order */
  size_t n;
};

struct fitter {
  const struct an *a;
  const struct words *w;
  const char *L;
  size_t nl;
  int loose;
  /* Word-start states (word, letter) already known to fail: without this
   * memo the search is exponential in the number of words. */
  unsigned char failed[MAX_WORDS + 1][MAX_LETTERS + 2];
};

/* Can words [wi, n) spell letters[li..]?  pos is the byte offset inside
 * word wi already consumed (0 = the word has not started). */
static int fit(struct fitter *f, size_t wi, size_t pos, size_t li)
{
  const struct an *a = f->a;
  const struct words *w = f->w;
  const char *p;
  size_t len, k;
  if (wi == w->n)
    return li == f->nl;
  p = a->t + a->tok[w->tok[wi]].s;
  len = a->tok[w->tok[wi]].e - a->tok[w->tok[wi]].s;
  if (pos == 0) {
    int ok = 0;
    if (f->failed[wi][li])
      return 0;
    /* Start word wi: its first letter must be the next letter, unless it
     * is a stop word, which may be skipped (not the first word). */
    if (li < f->nl && lower(p[0]) == f->L[li] && fit(f, wi, 1, li + 1))
      ok = 1;
    else if (wi > 0 && bc__an_tok_in(a, w->tok[wi], stop))
      ok = fit(f, wi + 1, 0, li);
    if (!ok)
      f->failed[wi][li] = 1;
    return ok;
  }
  /* Inside word wi: move on to the next word, or take a later letter. */
  if (fit(f, wi + 1, 0, li))
    return 1;
  if (li < f->nl && f->loose)
    for (k = pos; k < len; k++)
      if (lower(p[k]) == f->L[li])
        return fit(f, wi, k + 1, li + 1);
  return 0;
}

static int significant(const struct an *a, const struct words *w)
{
  size_t k;
  int n = 0;
  for (k = 0; k < w->n; k++)
    if (!bc__an_tok_in(a, w->tok[k], stop))
      n++;
  return n;
}

/* Does the word list spell the acronym and look like an expansion? */
static int spells(const struct an *a, const struct words *w, const char *L,
                  size_t nl, int loose)
{
  if (w->n == 0 || bc__an_tok_in(a, w->tok[0], stop) ||
      bc__an_tok_in(a, w->tok[w->n - 1], stop))
    return 0;
  if ((size_t)significant(a, w) * 2 < nl)
    return 0;
  {
    struct fitter f;
    memset(&f, 0, sizeof f);
    f.a = a;
    f.w = w;
    f.L = L;
    f.nl = nl;
    f.loose = loose;
    return fit(&f, 0, 0, 0);
  }
}

/* Tokens allowed between the words of an expansion. */
static int joiner(const struct an *a, size_t i)
{
  return bc__an_is_punct(a, i, '-') || bc__an_is_punct(a, i, ',') ||
         bc__an_is_punct(a, i, '&') || bc__an_is_punct(a, i, '/') ||
         bc__an_is_punct(a, i, 0x2010) || bc__an_is_punct(a, i, 0x2011);
}

/* Words ending just before token end (exclusive), walking back. */
static void collect_back(const struct an *a, size_t end, size_t max,
                         struct words *w)
{
  size_t tmp[MAX_WORDS], n = 0, i = end, k;
  while (i > 0 && n < max) {
    i--;
    if (a->tok[i].type == AN_WORD) {
      tmp[n++] = i;
      if (a->tok[i].sent)
        break;
      continue;
    }
    if (joiner(a, i) && n > 0)
      continue;
    break;
  }
  w->n = n;
  for (k = 0; k < n; k++)
    w->tok[k] = tmp[n - 1 - k];
}

static void collect_fwd(const struct an *a, size_t start, size_t max,
                        struct words *w)
{
  size_t i = start;
  w->n = 0;
  while (i < a->ntok && w->n < max) {
    if (i > start && a->tok[i].sent)
      break;
    if (a->tok[i].type == AN_WORD) {
      w->tok[w->n++] = i;
    } else if (!(joiner(a, i) && w->n > 0)) {
      break;
    }
    i++;
  }
}

/* The shortest tail of the words before end that spells the acronym. */
static int find_back(const struct an *a, size_t end, const char *L, size_t nl,
                     struct words *out)
{
  struct words all;
  size_t m;
  int loose;
  collect_back(a, end, nl * 2 + 4 < MAX_WORDS ? nl * 2 + 4 : MAX_WORDS, &all);
  for (loose = 0; loose < 2; loose++)
    for (m = 1; m <= all.n; m++) {
      out->n = m;
      memcpy(out->tok, all.tok + (all.n - m), m * sizeof out->tok[0]);
      if (spells(a, out, L, nl, loose))
        return 1;
    }
  return 0;
}

/* The shortest head of the words from start that spells the acronym. */
static int find_fwd(const struct an *a, size_t start, const char *L, size_t nl,
                    struct words *out)
{
  struct words all;
  size_t m;
  int loose;
  collect_fwd(a, start, nl * 2 + 4 < MAX_WORDS ? nl * 2 + 4 : MAX_WORDS, &all);
  for (loose = 0; loose < 2; loose++)
    for (m = 1; m <= all.n; m++) {
      out->n = m;
      memcpy(out->tok, all.tok, m * sizeof out->tok[0]);
      if (spells(a, out, L, nl, loose))
        return 1;
    }
  return 0;
}

/* Words that link an acronym and its expansion; a gap must hold one. */
static const char *const link_words[] = {
    "or",          "aka",    "known",   "called", "call",    "referred",
    "abbreviated", "stands", "short",   "means",  "meaning", "abbreviation",
    "hereafter",   "stand",  "denotes", NULL};
static const char *const gap_words[] = {
    "or",          "aka",       "also",    "known",   "as",           "called",
    "call",        "which",     "we",      "simply",  "referred",     "to",
    "abbreviated", "hereafter", "stands",  "stand",   "for",          "short",
    "is",          "means",     "meaning", "an",      "abbreviation", "of",
    "a",           "k",         "the",     "denotes", "here",         "it",
    "they",        NULL};

static int gap_tok(const struct an *a, size_t i)
{
  return bc__an_tok_in(a, i, gap_words) || bc__an_is_punct(a, i, ',') ||
         (bc__an_is_punct(a, i, '.') && a->tok[i].sp == 0);
}

static bc_status add(struct an *a, size_t ai, int plural, const struct words *w,
                     int loose)
{
  struct bc_acronym_fact *f = NULL;
  size_t s = a->tok[w->tok[0]].s, e = a->tok[w->tok[w->n - 1]].e;
  char *acr, *exp;
  acr = bc_strndup(a->t + a->tok[ai].s,
                   a->tok[ai].e - a->tok[ai].s - (plural ? 1 : 0));
  exp = bc_strndup(a->t + s, e - s);
  if (acr && exp)
    f = bc__an_push((void **)&a->f->acronyms, &a->f->n_acronyms, &a->cap_acr,
                    sizeof *f);
  if (!f) {
    free(acr);
    free(exp);
    return BC_ERR_NOMEM;
  }
  f->acronym = acr;
  f->expansion = exp;
  f->span.start = a->tok[ai].s;
  f->span.end = a->tok[ai].e;
  f->expansion_span.start = s;
  f->expansion_span.end = e;
  f->loose = loose;
  return bc__an_hset_put(&a->acr_set, acr, strlen(acr), a->f->n_acronyms - 1);
}

/* The first n significant words of w (stop words inside kept): a loose
 * expansion as long as the acronym. */
static int take_significant(const struct an *a, struct words *w, size_t n,
                            int from_end)
{
  size_t k, sig = 0, cut;
  if (from_end) {
    for (k = w->n; k > 0; k--) {
      if (!bc__an_tok_in(a, w->tok[k - 1], stop) && ++sig == n)
        break;
    }
    if (k == 0)
      return 0;
    cut = k - 1;
    memmove(w->tok, w->tok + cut, (w->n - cut) * sizeof w->tok[0]);
    w->n -= cut;
  } else {
    for (k = 0; k < w->n; k++)
      if (!bc__an_tok_in(a, w->tok[k], stop) && ++sig == n)
        break;
    if (k == w->n)
      return 0;
    w->n = k + 1;
  }
  return 1;
}

/* Claims mode: an expansion given in the usual places whose letters do not
 * spell the acronym.  Its first word must still start with the acronym's
 * first letter, so that "SLO (a reliability target)" stays a description. */
static int loose_claim(const struct an *a, size_t i, const char *L, size_t nl,
                       struct words *w)
{
  size_t j;
  w->n = 0;
  if (i > 0 && bc__an_is_punct(a, i - 1, '(') &&
      bc__an_is_punct(a, i + 1, ')')) {
    collect_back(a, i - 1, MAX_WORDS, w);
    if (!take_significant(a, w, nl, 1))
      return 0;
  } else if (bc__an_is_punct(a, i + 1, '(')) {
    collect_fwd(a, i + 2, MAX_WORDS, w);
    if (!w->n || !bc__an_is_punct(a, w->tok[w->n - 1] + 1, ')') ||
        w->n > nl + 4)
      return 0;
  } else {
    j = i + 1;
    if (bc__an_is_punct(a, j, ','))
      j++;
    if (bc__an_tok_is(a, j, "stands") && bc__an_tok_is(a, j + 1, "for"))
      j += 2;
    else if (bc__an_tok_is(a, j, "is") && bc__an_tok_is(a, j + 1, "short") &&
             bc__an_tok_is(a, j + 2, "for"))
      j += 3;
    else if (bc__an_tok_is(a, j, "aka"))
      j++;
    else
      return 0;
    collect_fwd(a, j, MAX_WORDS, w);
    if (!take_significant(a, w, nl, 0))
      return 0;
  }
  if (w->n < 2 || significant(a, w) < 2 || bc__an_tok_in(a, w->tok[0], stop) ||
      lower(a->t[a->tok[w->tok[0]].s]) != L[0])
    return 0;
  return 1;
}

static int defined(const struct an *a, size_t ai, int plural)
{
  size_t n = a->tok[ai].e - a->tok[ai].s - (plural ? 1 : 0);
  return bc__an_hset_get(&a->acr_set, a->t + a->tok[ai].s, n) >= 0;
}

bc_status bc__an_acronyms(struct an *a)
{
  size_t i;
  for (i = 0; i < a->ntok; i++) {
    char L[MAX_LETTERS + 2];
    int plural = 0, found = 0, loose = 0;
    size_t nl = acro_letters(a, i, L, &plural), j;
    struct words w;
    if (!nl || defined(a, i, plural))
      continue;
    /* Expansion (ACR) */
    if (i > 0 && bc__an_is_punct(a, i - 1, '(') &&
        bc__an_is_punct(a, i + 1, ')')) {
      found = find_back(a, i - 1, L, nl, &w);
      /* "Mean Time To Recovery of our services (MTTR)": a few lower-case
       * words may sit between the expansion and the parenthesis. */
      for (j = i - 1; !found && j > 0 && i - 1 - j < 5;) {
        j--;
        if (a->tok[j].type != AN_WORD || !bc__an_is_lower(a, j) ||
            a->tok[j].sent)
          break;
        found = find_back(a, j, L, nl, &w);
      }
    }
    /* ACR (expansion) */
    if (!found && bc__an_is_punct(a, i + 1, '(')) {
      collect_fwd(a, i + 2, MAX_WORDS, &w);
      if (w.n && bc__an_is_punct(a, w.tok[w.n - 1] + 1, ')') &&
          (spells(a, &w, L, nl, 0) || spells(a, &w, L, nl, 1)))
        found = 1;
    }
    /* Expansion, or ACR / Expansion, also known as ACR */
    if (!found && i > 0) {
      int link = 0;
      j = i;
      while (j > 0 && i - j < 6 && gap_tok(a, j - 1)) {
        j--;
        if (bc__an_tok_in(a, j, link_words))
          link = 1;
      }
      if (link && j < i)
        found = find_back(a, j, L, nl, &w);
      /* the gap may have eaten the expansion's own last word ("to") */
      while (!found && link && j < i && a->tok[j].type == AN_WORD &&
             bc__an_tok_in(a, j, stop)) {
        j++;
        found = find_back(a, j, L, nl, &w);
      }
    }
    /* ACR stands for / means / aka / , or Expansion */
    if (!found) {
      int link = 0;
      j = i + 1;
      while (j < a->ntok && j - i < 6 && gap_tok(a, j)) {
        if (bc__an_tok_in(a, j, link_words))
          link = 1;
        j++;
        /* stop before a word the expansion may start with ("an") */
        if (link && j < a->ntok && a->tok[j].type == AN_WORD &&
            !bc__an_tok_in(a, j, gap_words))
          break;
      }
      if (link && j > i + 1)
        found = find_fwd(a, j, L, nl, &w);
    }
    if (!found && a->claims)
      loose = found = loose_claim(a, i, L, nl, &w);
    if (found) {
      bc_status rc = add(a, i, plural, &w, loose);
      if (rc)
        return rc;
    }
  }
  return BC_OK;
}
