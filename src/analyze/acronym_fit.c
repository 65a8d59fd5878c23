/* acronym_fit.c - the one rule for "do these words spell this acronym",
 * shared by the analyzer (which looks for where a definition starts and
 * ends) and the checker (which asks whether a phrase spells an acronym).
 * The acronym's letters are aligned with letters of the words, and every
 * alignment is priced: initials are free, letters taken from inside a word
 * and words left out cost.  This file says how well words fit; where a
 * definition is written is for acronyms.c to find. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "analyze/acronym_fit.h"
#include "util/lexicon.h"
#include "util/utf8.h"

/* Prices, in half points.  An initial (of a word, of a hyphenated part,
 * a capital inside CamelCase or an all-capitals word, a digit after
 * letters) is free.  A consonant after a vowel inside a word starts a
 * syllable ("meTHoTreXate") and costs a point; any other inner letter two;
 * the letter right after the one before ("Ang" of "angiotensin") a point.
 * A content word entered past its first letter costs a point and a half
 * (half a point at a hyphenated part, "protein-positive"), so that a tie
 * goes to the word already in use: "arCuate nucleus", not "arcuate
 * nuCleus".  A content word left out between used words costs two points,
 * one after the last used word half a point (a head noun, "nucleus" of
 * VMH). */
enum {
  C_SYLL = 2,
  C_INNER = 4,
  C_CONT = 2,
  C_MIDWORD = 3,
  C_MIDPART = 1,
  C_SKIP = 4,
  C_TRAIL = 2,
  C_INF = 30000
};

enum { K_WS, K_PS, K_SY, K_IN }; /* word start, part start, syllable, inner */

#define COUNT(x) (sizeof(x) / sizeof((x)[0]))

/* Words that may stand in an expansion without giving a letter, and may
 * give their initial ("SaaS", "DoD"): articles, conjunctions, the
 * prepositions found inside names, and their French, German, Spanish,
 * Italian and Dutch counterparts.  Sorted. */
static const char *const stop_words[] = {
    "a",     "an",  "and",  "as",   "at",   "between", "by", "d",
    "de",    "del", "der",  "des",  "di",   "die",     "du", "e",
    "et",    "for", "from", "in",   "into", "la",      "le", "les",
    "of",    "on",  "or",   "over", "per",  "the",     "to", "und",
    "under", "van", "via",  "von",  "with", "y"};

/* Prepositions that open a phrase after an expansion ("Mean Time To
 * Recovery across services (MTTR)").  Sorted. */
static const char *const prepositions[] = {
    "about",   "across", "after",   "against", "among",  "around",
    "at",      "before", "between", "by",      "during", "for",
    "from",    "in",     "into",    "of",      "on",     "over",
    "through", "to",     "toward",  "towards", "under",  "upon",
    "versus",  "via",    "with",    "within",  "without"};

/* A digit of an acronym may be written as a number word: "3D" for
 * "three-dimensional", "P2P" for "peer to peer". */
static const char *const number_words[] = {"zero",  "one",  "two", "three",
                                           "four",  "five", "six", "seven",
                                           "eight", "nine"};
/* ... or an ordinal: "1D" for "first-derivative", "2M" for "second molt". */
static const char *const ordinal_words[] = {
    "zeroth", "first", "second",  "third",  "fourth",
    "fifth",  "sixth", "seventh", "eighth", "ninth"};

static uint32_t fold(uint32_t c)
{
  if (c >= 'A' && c <= 'Z')
    return c + 32;
  /* Latin-1 capitals and the paired letters of Latin Extended-A. */
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
    return c + 32;
  if (c >= 0x100 && c <= 0x17F && !(c & 1))
    return c + 1;
  return c;
}

static int is_upper_cp(uint32_t c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x100 && c <= 0x17F && !(c & 1));
}

static int is_digit_cp(uint32_t c)
{
  return c >= '0' && c <= '9';
}

static int is_vowel(uint32_t c)
{
  c = fold(c);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* Letters and digits: ASCII ones, and every non-ASCII code point outside
 * Latin-1's signs and the punctuation and symbol blocks. */
static int is_alnum_cp(uint32_t c)
{
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  if (c <= 0xBF)
    return c == 0xAA || c == 0xB5 || c == 0xBA;
  return !(c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
           (c >= 0x3000 && c <= 0x303F) || c == 0xFEFF || c == 0xFFFD);
}

static size_t next_cp(const char *s, size_t n, size_t i, uint32_t *cp)
{
  size_t k;
  if ((unsigned char)s[i] < 0x80) {
    *cp = (unsigned char)s[i];
    return 1;
  }
  k = bc__utf8_decode(s + i, n - i, cp);
  if (k == 0) {
    *cp = 0xFFFD;
    return 1;
  }
  return k;
}

static int is_space(unsigned char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

/* Lower-cased copy of p[0..n) into buf (size bn); 0 if it does not fit. */
static int lower_copy(const char *p, size_t n, char *buf, size_t bn)
{
  size_t k;
  if (n == 0 || n >= bn)
    return 0;
  for (k = 0; k < n; k++) {
    unsigned char c = (unsigned char)p[k];
    buf[k] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  buf[n] = '\0';
  return 1;
}

int bc__acr_is_stop_word(const char *w, size_t n)
{
  return BC__LEX_IN(stop_words, w, n);
}

int bc__acr_is_preposition(const char *w, size_t n)
{
  return BC__LEX_IN(prepositions, w, n);
}

static int number_word(const char *p, size_t n)
{
  char buf[12];
  size_t d;
  /* Asked of every part of every word: most fail on length or letter. */
  if (n < 2 || n > 8 || !lower_copy(p, n, buf, sizeof buf) ||
      !strchr("zotfsenp", buf[0]))
    return -1;
  for (d = 0; d < COUNT(number_words); d++)
    if ((number_words[d][0] == buf[0] && strcmp(buf, number_words[d]) == 0) ||
        (ordinal_words[d][0] == buf[0] && strcmp(buf, ordinal_words[d]) == 0))
      return (int)d;
  /* Signs: "M+" for "M protein-positive". */
  if (strcmp(buf, "positive") == 0)
    return 10;
  if (strcmp(buf, "negative") == 0)
    return 11;
  /* Homophones in names: "P2P", "B2B", "B4". */
  if (strcmp(buf, "to") == 0)
    return 2;
  if (strcmp(buf, "for") == 0)
    return 4;
  return -1;
}

/* The word t[s..e) without ASCII marks around it. */
static void trim_marks(const char *t, size_t *s, size_t *e)
{
  while (*s < *e && (unsigned char)t[*s] < 0x80 &&
         !is_alnum_cp((unsigned char)t[*s]))
    (*s)++;
  while (*e > *s && (unsigned char)t[*e - 1] < 0x80 &&
         !is_alnum_cp((unsigned char)t[*e - 1]))
    (*e)--;
}

/* --- the acronym's units -------------------------------------------------- */

/* Each letter and digit of the acronym is a unit, except that a later
 * chunk that is a word ("TNF alpha", "Ang II") is matched as a word.
 * Marks ("GC-MS", "RTN/Ppy") give no unit, nor does a plural "s" after two
 * capitals ("EVTs"). */
static int sf_units(const char *sf, size_t n, struct bc__acr_fit *f)
{
  size_t i = 0, chunk = 0;
  char sign = 0;
  f->nu = 0;
  if (n >= 3 && sf[n - 1] == 's' && sf[n - 2] >= 'A' && sf[n - 2] <= 'Z' &&
      sf[n - 3] >= 'A' && sf[n - 3] <= 'Z')
    n--;
  /* A sign at the end ("M+", "CrB(-)") is spelled by "positive" or
   * "negative". */
  {
    size_t k = n;
    while (k > 0 && sf[k - 1] == ')')
      k--;
    if (k > 1 && (sf[k - 1] == '+' || sf[k - 1] == '-'))
      sign = sf[k - 1];
  }
  while (i < n) {
    size_t j = i, k;
    int lower = 1, roman = 1;
    while (j < n && sf[j] != ' ')
      j++;
    for (k = i; k < j; k++) {
      unsigned char c = (unsigned char)sf[k];
      if (!(c >= 'a' && c <= 'z'))
        lower = 0;
      if (!(c == 'I' || c == 'V' || c == 'X'))
        roman = 0;
    }
    /* A later chunk that is a word or a numeral ("TNF alpha", "Ang II"),
     * or a first one that is a word before capitals ("gamma IFN"). */
    if ((chunk > 0 && j - i >= 2 && (lower || roman)) ||
        (chunk == 0 && j < n && j - i >= 3 && lower)) {
      if (f->nu == BC__ACR_MAX_UNITS)
        return 0;
      f->u[f->nu].cp = 0;
      f->u[f->nu].w = sf + i;
      f->u[f->nu].wn = j - i;
      f->nu++;
    } else {
      for (k = i; k < j;) {
        uint32_t cp;
        k += next_cp(sf, j, k, &cp);
        if (!is_alnum_cp(cp))
          continue;
        if (f->nu == BC__ACR_MAX_UNITS)
          return 0;
        f->u[f->nu].cp = fold(cp);
        f->u[f->nu].w = NULL;
        f->u[f->nu].wn = 0;
        f->nu++;
      }
    }
    chunk++;
    i = j;
    while (i < n && sf[i] == ' ')
      i++;
  }
  if (sign) {
    if (f->nu == BC__ACR_MAX_UNITS)
      return 0;
    f->u[f->nu].cp = (uint32_t)sign;
    f->u[f->nu].w = NULL;
    f->u[f->nu].wn = 0;
    f->nu++;
  }
  return f->nu > 0;
}

/* --- the window's letters ------------------------------------------------- */

/* The letters of word t[ws..we), each with its kind. */
static int word_chars(const char *t, size_t ws, size_t we,
                      struct bc__acr_fit *f)
{
  size_t k, caps = 0;
  uint32_t cp, prev = 0;
  int seen = 0, after_mark = 0;
  for (k = ws; k < we;) {
    k += next_cp(t, we, k, &cp);
    caps += is_upper_cp(cp) != 0;
  }
  for (k = ws; k < we;) {
    size_t off = k;
    int kind;
    k += next_cp(t, we, k, &cp);
    if (!is_alnum_cp(cp)) {
      /* An apostrophe keeps the word going ("Beck's"); any other mark
       * starts a new part ("5-HT", "2,6-diaminopurine"). */
      if (cp != '\'' && cp != 0x2019 && seen)
        after_mark = 1;
      continue;
    }
    if (!seen)
      kind = K_WS;
    else if (after_mark || is_digit_cp(cp) != is_digit_cp(prev) ||
             is_digit_cp(cp))
      kind = K_PS; /* a number gives all its digits: "rps12" */
    else if (is_upper_cp(cp) && (!is_upper_cp(prev) || caps >= 2))
      kind = K_PS; /* "JavaScript", and every letter of "RBM" */
    else if (!is_digit_cp(cp) && !is_vowel(cp) && is_vowel(prev))
      kind = K_SY;
    else
      kind = K_IN;
    if (f->nc == BC__ACR_MAX_CHARS)
      return 0;
    f->c[f->nc].off = off;
    f->c[f->nc].cp = fold(cp);
    f->c[f->nc].kind = (unsigned char)kind;
    f->c[f->nc].w = (unsigned char)f->nw;
    f->c[f->nc].num = -1;
    f->c[f->nc].pe = 0;
    f->c[f->nc].mark = (unsigned char)(seen && after_mark);
    f->nc++;
    seen = 1;
    after_mark = 0;
    prev = cp;
  }
  return 1;
}

/* Locants and descriptors that stand before a chemical name: "2,6-",
 * "N,N'-", "alpha-", "cis-".  Sorted. */
static const char *const locant_words[] = {
    "alpha", "beta",   "cis",   "delta", "epsilon", "gamma",
    "kappa", "lambda", "omega", "tert",  "trans"};

/* Where else in word w the acronym's first letter may stand (see
 * struct bc__acr_word). */
static void word_lead(const char *t, struct bc__acr_fit *f,
                      struct bc__acr_word *w)
{
  size_t j = w->c0, k, locants = 0;
  w->lead = w->c0;
  w->lead_in = 0;
  while (j < w->c1) {
    size_t a, b, digits = 0;
    for (k = j + 1; k < w->c1 && !f->c[k].mark; k++)
      ;
    if (k == w->c1)
      break; /* the last part is the name itself */
    a = f->c[j].off;
    b = f->c[k - 1].off + 1;
    for (; a < b; a++)
      digits += t[a] >= '0' && t[a] <= '9';
    a = f->c[j].off;
    if (j == w->c0 && b - a == 4) {
      /* "anti-human immunodeficiency virus (HIV)": the prefix is not
       * the expansion's. */
      char buf[8];
      if (lower_copy(t + a, 4, buf, sizeof buf) && strcmp(buf, "anti") == 0) {
        w->lead = k;
        w->lead_in = 1;
        return;
      }
    }
    /* Digits, a letter, an isotope ("125I", "3H"), a descriptor. */
    if (!(digits == k - j || k - j == 1 ||
          (digits > 0 && digits + 2 >= k - j && t[a] >= '0' && t[a] <= '9') ||
          BC__LEX_IN(locant_words, t + a, b - a)))
      break;
    locants++;
    j = k;
  }
  if (locants > 0 && j < w->c1 && w->c1 - j >= 3)
    w->lead = j;
}

/* A slash between letters or digits separates two words ("and/or",
 * "nucleus/parapyramidal"); one among marks ("(+/-)-") does not. */
static int word_slash(const char *t, size_t s, size_t e, size_t i)
{
  return t[i] == '/' && i > s && i + 1 < e &&
         is_alnum_cp((unsigned char)t[i - 1]) &&
         is_alnum_cp((unsigned char)t[i + 1]);
}

/* Split t[s..e) into words (white space and such slashes separate them; a
 * hyphen joins the parts of one word) and their letters. */
static int lf_chars(const char *t, size_t s, size_t e, struct bc__acr_fit *f)
{
  size_t i = s, j, k;
  f->nw = f->nc = 0;
  while (i < e) {
    size_t ws, we, first = f->nc;
    if (is_space((unsigned char)t[i]) || word_slash(t, s, e, i)) {
      i++;
      continue;
    }
    ws = i;
    while (i < e && !is_space((unsigned char)t[i]) && !word_slash(t, s, e, i))
      i++;
    we = i;
    if (!word_chars(t, ws, we, f))
      return 0;
    if (f->nc == first)
      continue; /* "&", "+": no letters, not a word */
    if (f->nw == BC__ACR_MAX_WORDS)
      return 0;
    {
      struct bc__acr_word *w = &f->w[f->nw];
      size_t a = ws, b = we;
      uint32_t cp;
      trim_marks(t, &a, &b);
      w->s = ws;
      w->e = we;
      w->c0 = first;
      w->c1 = f->nc;
      w->stop = (unsigned char)bc__acr_is_stop_word(t + a, b - a);
      w->prep = (unsigned char)bc__acr_is_preposition(t + a, b - a);
      next_cp(t, we, f->c[first].off, &cp);
      w->upper = (unsigned char)is_upper_cp(cp);
      word_lead(t, f, w);
      f->nw++;
    }
  }
  /* Parts: a run of letters up to the next initial.  A part that is a
   * number word may give a digit ("three-dimensional"). */
  for (j = 0; j < f->nc; j = k) {
    size_t a, b;
    for (k = j + 1; k < f->nc && f->c[k].w == f->c[j].w &&
                    (f->c[k].kind == K_SY || f->c[k].kind == K_IN);
         k++)
      ;
    a = f->c[j].off;
    b = f->c[k - 1].off + 1;
    if (!is_digit_cp(f->c[j].cp))
      f->c[j].num = (signed char)number_word(t + a, b - a);
    for (a = j; a < k; a++)
      f->c[a].pe = (unsigned short)k;
  }
  return 1;
}

/* --- the alignment -------------------------------------------------------- */

static int word_is(const char *t, const struct bc__acr_word *w, const char *u,
                   size_t un)
{
  size_t k, a = w->s, b = w->e;
  trim_marks(t, &a, &b);
  if (b - a != un)
    return 0;
  for (k = 0; k < un; k++)
    if (fold((unsigned char)t[a + k]) != fold((unsigned char)u[k]))
      return 0;
  return 1;
}

/* Can unit ui stand at letter j?  *next is where the next unit may start
 * (past the part or word when a whole one was used). */
static int unit_at(const struct bc__acr_fit *f, const char *t, size_t ui,
                   size_t j, size_t *next)
{
  const struct bc__acr_unit *u = &f->u[ui];
  const struct bc__acr_char *c = &f->c[j];
  if (u->w) {
    if (c->kind != K_WS || !word_is(t, &f->w[c->w], u->w, u->wn))
      return 0;
    *next = f->w[c->w].c1;
    return 1;
  }
  if (c->cp == u->cp) {
    *next = j + 1;
    return 1;
  }
  if (is_digit_cp(u->cp) && c->num >= 0 && (uint32_t)c->num == u->cp - '0') {
    *next = c->pe;
    return 1;
  }
  if ((u->cp == '+' && c->num == 10) || (u->cp == '-' && c->num == 11)) {
    *next = c->pe;
    return 1;
  }
  return 0;
}

/* Price of a unit at letter j, given the letter of the unit before (or
 * none): the letter's own price plus entering its word past the start. */
static int price(const struct bc__acr_fit *f, size_t j, int has_prev,
                 size_t prev)
{
  const struct bc__acr_char *c = &f->c[j];
  int p;
  if (c->kind == K_WS || c->kind == K_PS || c->num >= 0)
    p = 0;
  else if (has_prev && prev + 1 == j)
    p = C_CONT;
  else if (f->w[c->w].stop)
    return C_INF; /* a small word gives its initial ("C-to-U"), not
                     an inner letter: "beTween" spells no T */
  else
    p = c->kind == K_SY ? C_SYLL : C_INNER;
  if ((!has_prev || f->c[prev].w != c->w) && c->kind != K_WS &&
      !f->w[c->w].stop)
    p += c->kind == K_PS || c->num >= 0 ? C_MIDPART : C_MIDWORD;
  return p;
}

/* Cost of the words after word w to the window's end; *endw is the last
 * word of the expansion, bit 7 set when it ends before a preposition. */
static int trail(const struct bc__acr_fit *f, size_t w, unsigned flags,
                 unsigned char *endw)
{
  size_t k;
  int p = 0;
  *endw = (unsigned char)w;
  if ((flags & BC__ACR_NO_TRAIL) && w + 1 < f->nw)
    return C_INF;
  for (k = w + 1; k < f->nw; k++) {
    /* A preposition ends the expansion, unless a capitalised word
     * follows: the name goes on ("Trial for Smoking Cessation"). */
    if ((flags & BC__ACR_CUT_PREP) && f->w[k].prep) {
      size_t l = k + 1;
      while (l < f->nw && f->w[l].stop)
        l++;
      if (!(l < f->nw && f->w[l].upper)) {
        *endw |= 0x80;
        return p;
      }
    }
    if (!f->w[k].stop)
      p += C_TRAIL;
    *endw = (unsigned char)k;
  }
  return p;
}

/* The best alignment from each possible first word, by dynamic
 * programming from the last unit back: h[i][j] is the least cost of
 * units i+1.. when unit i stands at letter j (unit i's own price is
 * counted by the unit before).  Suffix minima over the letters keep it
 * O(units x letters), so a hostile window costs no more than a long one. */
static void align(struct bc__acr_fit *f, const char *t, unsigned flags)
{
  size_t i, j, nu = f->nu, nc = f->nc, nw = f->nw;
  int sk[BC__ACR_MAX_WORDS + 1]; /* cost of leaving out the words < w */
  int tc[BC__ACR_MAX_WORDS];
  int sm[BC__ACR_MAX_CHARS + 1], wm[BC__ACR_MAX_CHARS + 1];
  unsigned char sa[BC__ACR_MAX_CHARS + 1], wa[BC__ACR_MAX_CHARS + 1];

  sk[0] = 0;
  for (i = 0; i < nw; i++) {
    sk[i + 1] = sk[i] + (f->w[i].stop ? 0 : C_SKIP);
    tc[i] = trail(f, i, flags, &f->trail_end[i]);
  }
  for (j = 0; j < nc; j++) {
    f->h[nu - 1][j] = tc[f->c[j].w];
    f->nx[nu - 1][j] = 0xFF;
  }
  for (i = nu - 1; i-- > 0;) {
    const int *h1 = f->h[i + 1];
    /* sm[j]: least (price entering a later word + h + sk) at letters
     * >= j; wm[j]: least (letter price + h) at letters >= j of the same
     * word. */
    sm[nc] = C_INF;
    sa[nc] = 0xFF;
    for (j = nc; j-- > 0;) {
      size_t nx;
      int v = C_INF, u = C_INF;
      if (h1[j] < C_INF && unit_at(f, t, i + 1, j, &nx)) {
        const struct bc__acr_char *c = &f->c[j];
        v = price(f, j, 0, 0) + h1[j] + sk[c->w];
        /* From an earlier, not adjacent, letter of the same word. */
        u = (c->kind == K_WS || c->kind == K_PS || c->num >= 0 ? 0
             : f->w[c->w].stop                                 ? C_INF
             : c->kind == K_SY                                 ? C_SYLL
                                                               : C_INNER) +
            h1[j];
      }
      sm[j] = sm[j + 1];
      sa[j] = sa[j + 1];
      if (v < sm[j]) {
        sm[j] = v;
        sa[j] = (unsigned char)j;
      }
      wm[j] = u;
      wa[j] = (unsigned char)j;
      if (j + 1 < nc && f->c[j + 1].w == f->c[j].w && wm[j + 1] < wm[j]) {
        wm[j] = wm[j + 1];
        wa[j] = wa[j + 1];
      }
    }
    for (j = 0; j < nc; j++) {
      size_t next, w = f->c[j].w, lo;
      int best = C_INF;
      unsigned char arg = 0xFF;
      if (!unit_at(f, t, i, j, &next)) {
        f->h[i][j] = C_INF;
        f->nx[i][j] = 0xFF;
        continue;
      }
      if (w + 1 < nw) {
        size_t first = f->w[w + 1].c0 > next ? f->w[w + 1].c0 : next;
        if (first < nc && sm[first] < C_INF) {
          best = sm[first] - sk[w + 1];
          arg = sa[first];
        }
      }
      lo = next;
      if (lo < nc && f->c[lo].w == w && lo == j + 1) {
        size_t nx;
        if (h1[lo] < C_INF && unit_at(f, t, i + 1, lo, &nx)) {
          int v = price(f, lo, 1, j) + h1[lo];
          if (v < best) {
            best = v;
            arg = (unsigned char)lo;
          }
        }
        lo++;
      }
      if (lo < nc && f->c[lo].w == w && wm[lo] < best) {
        best = wm[lo];
        arg = wa[lo];
      }
      f->h[i][j] = best;
      f->nx[i][j] = arg;
    }
  }
  for (i = 0; i < nw; i++) {
    size_t j0 = f->w[i].c0, jl = f->w[i].lead, next;
    f->start_cost[i] = C_INF;
    f->start_char[i] = j0;
    if (unit_at(f, t, 0, j0, &next) && f->h[0][j0] < C_INF)
      f->start_cost[i] = f->h[0][j0];
    else if (jl != j0 && unit_at(f, t, 0, jl, &next) && f->h[0][jl] < C_INF) {
      f->start_cost[i] = f->h[0][jl];
      f->start_char[i] = jl;
    }
  }
}

int bc__acr_fit_window(struct bc__acr_fit *f, const char *sf, size_t sfn,
                       const char *t, size_t s, size_t e, unsigned flags)
{
  if (!sf_units(sf, sfn, f)) {
    f->nu = 0; /* nothing to spell, whatever the window */
    return 0;
  }
  if (!lf_chars(t, s, e, f) || f->nw == 0)
    return 0;
  align(f, t, flags);
  return 1;
}

int bc__acr_fit_pick(const struct bc__acr_fit *f, size_t w,
                     struct bc__acr_match *m)
{
  size_t i, j, k;
  unsigned char te;
  memset(m, 0, sizeof *m);
  if (w >= f->nw || f->start_cost[w] >= C_INF)
    return 0;
  m->cost = f->start_cost[w];
  m->first_word = w;
  m->initials = 1;
  j = f->start_char[w];
  for (i = 0; i < f->nu; i++) {
    const struct bc__acr_char *c = &f->c[j];
    /* How the last word used is entered: at its first letter, at a
     * hyphenated part, or at a number word; not at a capital inside
     * ("LI" does not give I to "Bornin, and LI"). */
    if (i == 0 || f->c[m->last_char].w != c->w)
      m->last_entry = c->kind == K_WS || c->mark || c->num >= 0;
    m->used[c->w] = 1;
    m->used_char[j] = 1;
    if (!(c->kind == K_WS || c->kind == K_PS || c->num >= 0))
      m->initials = 0;
    m->last_char = j;
    if (i + 1 < f->nu) {
      j = f->nx[i][j];
      if (j >= f->nc)
        return 0; /* a finite cost always has a path */
    }
  }
  te = f->trail_end[f->c[m->last_char].w];
  m->cut = (te & 0x80) != 0;
  m->last_word = te & 0x7F;
  for (k = w; k <= m->last_word; k++) {
    if (!m->used[k] && !f->w[k].stop)
      m->initials = 0;
    m->content_words += !f->w[k].stop;
    m->used_words += m->used[k];
  }
  m->start = f->w[w].s;
  if (f->start_char[w] != f->w[w].c0 && f->w[w].lead_in)
    m->start = f->c[f->start_char[w]].off;
  m->end = f->w[m->last_word].e;
  return 1;
}

int bc__acr_strong_enough(const struct bc__acr_fit *f,
                          const struct bc__acr_match *m)
{
  size_t n = f->nu;
  if (m->initials)
    return 1;
  /* One word spelling the acronym from its own letters ("methotrexate"
   * for MTX, "adenovirus" for Ad): its first letter, then the others in
   * order, as the names of drugs, genes and compounds are shortened. */
  if (m->content_words == 1 && m->used_words == 1)
    return n >= 2;
  return m->cost <= 2 * (int)n;
}

int bc__acr_weak_letter(const struct bc__acr_fit *f,
                        const struct bc__acr_match *m, uint32_t cp)
{
  size_t j;
  for (j = 0; j < f->nc; j++)
    if (m->used_char[j] && f->c[j].cp == fold(cp) &&
        (f->w[f->c[j].w].stop ||
         (f->c[j].kind != K_WS && f->c[j].kind != K_PS && f->c[j].num < 0)))
      return 1;
  return 0;
}

/* --- the plain-string rule ------------------------------------------------ */

int bc__analyze_acronym_fit(const char *acronym, size_t an, const char *phrase,
                            size_t len)
{
  struct bc__acr_fit f; /* every field read is written first */
  struct bc__acr_match m;
  size_t w;
  int best = BC_ACR_FIT_NONE;
  if (!acronym || !phrase ||
      !bc__acr_fit_window(&f, acronym, an, phrase, 0, len, BC__ACR_NO_TRAIL))
    return BC_ACR_FIT_NONE;
  /* Leading function words may stand outside ("the Service Level
   * Objective"); every later word is part of the spelling. */
  for (w = 0; w < f.nw; w++) {
    if (bc__acr_fit_pick(&f, w, &m)) {
      int lvl = m.initials                      ? BC_ACR_FIT_INITIALS
                : bc__acr_strong_enough(&f, &m) ? BC_ACR_FIT_LETTERS
                                                : BC_ACR_FIT_WEAK;
      if (lvl > best)
        best = lvl;
    }
    if (!f.w[w].stop)
      break;
  }
  return best;
}
