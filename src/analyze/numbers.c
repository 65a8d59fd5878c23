/* numbers.c - quantities the way writers and scientists write them: a
 * number with its sign ("−4 °C", "minus 4", "4 degrees below zero"), unit
 * ("7200 K", "mmol/L", "m s−1", "‰", "$20", "per cent"), range ("5–8 °C",
 * "between −2 and −7‰", "from 1 to 25 per mm"), bound or approximation
 * ("≥16", "<2 ppm", "at least 5 hours", "∼50", "69 ± 3°") and, for a count,
 * the noun it counts ("20 civil service departments").  What only looks
 * like a quantity stays out: tokens a date claimed, labels and references
 * ("Fig. 2", "phase 3", "Voyager 1", "[14–17]", "(22)"), identifiers
 * ("COVID-19", "3D", "14C", "hSOX2-23", "040301"), versions, times of day
 * and list markers.  Ordinals ("first", "3rd") are positions: they go to
 * their own array.  Units themselves are read in units.c, spelled-out
 * numbers in number_words.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/an.h"
#include "analyze/number_labels.h"
#include "analyze/number_words.h"
#include "analyze/units.h"
#include "util/alloc.h"
#include "util/change_words.h"

#define NONE ((size_t)-1)

struct num {
  double lo, hi, tol;
  int approx, bound, range, ordinal, count, word, neg;
  const char *code; /* a unit named, not copied: "USD", "x", "ratio" */
  size_t us, ue;    /* the unit as written: tokens [us, ue) */
  enum an_ukind ukind;
  int uglued;    /* the unit is written against the digits */
  size_t hs, he; /* the head noun: tokens [hs, he) */
  size_t s, e;   /* the span: tokens [s, e) */
  size_t ws;     /* the first token of the whole quantity */
};

/* --- token classes ------------------------------------------------------ */

static int adj(const struct an *a, size_t i)
{
  return i < a->ntok && !a->tok[i].sp;
}

static int is_num(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].type == AN_NUM && !a->tok[i].used;
}

static int is_word(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].type == AN_WORD && !a->tok[i].used;
}

static int punct(const struct an *a, size_t i, uint32_t cp)
{
  return bc__an_is_punct(a, i, cp);
}

static uint32_t cp_of(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].type == AN_PUNCT ? a->tok[i].cp : 0;
}

/* A minus sign, a hyphen or a dash typed for one. */
static int minus_like(const struct an *a, size_t i)
{
  uint32_t c = cp_of(a, i);
  return c == '-' || c == 0x2212 || c == 0x2010 || c == 0x2012 || c == 0x2013 ||
         c == 0xFE63 || c == 0xFF0D;
}

/* What joins the ends of a range written with a dash. */
static int range_dash(const struct an *a, size_t i)
{
  uint32_t c = cp_of(a, i);
  return c == '-' || c == 0x2010 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
         c == 0x2212;
}

static int approx_sym(const struct an *a, size_t i)
{
  uint32_t c = cp_of(a, i);
  return c == '~' || c == 0x223C || c == 0x2248 || c == 0x2243 || c == 0x2245 ||
         c == 0x224D;
}

/* -1: "<", "≤", "⩽", "≲"; 1: ">", "≥", "⩾", "≳"; 0: neither. */
static int bound_sym(const struct an *a, size_t i)
{
  uint32_t c = cp_of(a, i);
  if (c == '<' || c == 0x2264 || c == 0x2A7D || c == 0x2272 || c == 0x2266)
    return -1;
  if (c == '>' || c == 0x2265 || c == 0x2A7E || c == 0x2273 || c == 0x2267)
    return 1;
  return 0;
}

/* "±", "+/-", "+/−", "+-": the tokens it takes, or 0. */
static size_t plus_minus(const struct an *a, size_t i)
{
  if (punct(a, i, 0xB1) || punct(a, i, 0x2213))
    return 1;
  if (punct(a, i, '+') && adj(a, i + 1) && punct(a, i + 1, '/') &&
      adj(a, i + 2) && minus_like(a, i + 2))
    return 3;
  if (punct(a, i, '+') && adj(a, i + 1) && minus_like(a, i + 1) &&
      !adj(a, i + 2))
    return 2;
  return 0;
}

static const char *currency(const struct an *a, size_t i)
{
  switch (cp_of(a, i)) {
  case '$': return "USD";
  case 0x20AC: return "EUR";
  case 0xA3: return "GBP";
  case 0xA5: return "JPY";
  case 0x20B9: return "INR";
  default: return NULL;
  }
}

/* A currency code written before the amount: "USD 20", "EUR 3.5 million". */
static const char *currency_code(const struct an *a, size_t i)
{
  static const char *const codes[] = {"AUD", "CAD", "CHF", "CNY", "EUR",
                                      "GBP", "INR", "JPY", "USD", NULL};
  size_t k;
  if (!is_word(a, i) || bc__an_toklen(a, i) != 3)
    return NULL;
  for (k = 0; codes[k]; k++)
    if (memcmp(a->t + a->tok[i].s, codes[k], 3) == 0)
      return codes[k];
  return NULL;
}

/* Currency nouns name the same unit as the symbols: "3 million euros" and
 * "€3 million" are both EUR. */
static const char *currency_word(const struct an *a, size_t i)
{
  if (bc__an_tok_is(a, i, "dollars") || bc__an_tok_is(a, i, "dollar"))
    return "USD";
  if (bc__an_tok_is(a, i, "euros") || bc__an_tok_is(a, i, "euro"))
    return "EUR";
  if (bc__an_tok_is(a, i, "pounds") && !bc__an_tok_is(a, i + 1, "of"))
    return "GBP";
  if (bc__an_tok_is(a, i, "yen"))
    return "JPY";
  if (bc__an_tok_is(a, i, "rupees"))
    return "INR";
  if (i < a->ntok && a->tok[i].type == AN_WORD && currency_code(a, i))
    return currency_code(a, i);
  return NULL;
}

/* A suffix glued to the digits that scales them: 1.5M, 20k, 3bn. */
static int glued_scale(const struct an *a, size_t i, double *mul)
{
  const char *p;
  size_t n;
  if (!adj(a, i) || !is_word(a, i))
    return 0;
  p = a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  if (n == 1 && (p[0] == 'k' || p[0] == 'K'))
    *mul = 1e3;
  else if (n == 1 && p[0] == 'M')
    *mul = 1e6;
  else if ((n == 1 && p[0] == 'B') || (n == 2 && memcmp(p, "bn", 2) == 0))
    *mul = 1e9;
  else if (n == 1 && p[0] == 'T')
    *mul = 1e12;
  else
    return 0;
  /* "20kg", "5Mbps" are units; only the letter alone scales. */
  return 1;
}

static const char *const ordinals[] = {"first", "third",    "fourth",  "fifth",
                                       "sixth", "seventh",  "eighth",  "ninth",
                                       "tenth", "eleventh", "twelfth", NULL};
static const int ordinal_val[] = {1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

/* Value of a number token whose text may start with a decimal point's
 * digits only: "05" in ".05" is 0.05. */
static double decimals(const struct an *a, size_t i)
{
  const char *p = a->t + a->tok[i].s;
  size_t n = bc__an_toklen(a, i), k;
  double v = 0, s = 1;
  for (k = 0; k < n && p[k] >= '0' && p[k] <= '9'; k++) {
    s /= 10;
    v += (p[k] - '0') * s;
  }
  return v;
}

static int integer_tok(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].type == AN_NUM &&
         !memchr(a->t + a->tok[i].s, '.', bc__an_toklen(a, i));
}

/* Superscript digits and signs as an integer: "⁻⁴" is -4.  0 when the
 * token is not all superscripts. */
static int superscript_int(const struct an *a, size_t i, int *x)
{
  const unsigned char *p;
  size_t n, k = 0;
  int v = 0, neg = 0, any = 0;
  if (!is_word(a, i))
    return 0;
  p = (const unsigned char *)a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  while (k < n) {
    int d = -1;
    if (k + 1 < n && p[k] == 0xC2 &&
        (p[k + 1] == 0xB2 || p[k + 1] == 0xB3 || p[k + 1] == 0xB9)) {
      d = p[k + 1] == 0xB2 ? 2 : p[k + 1] == 0xB3 ? 3 : 1;
      k += 2;
    } else if (k + 2 < n && p[k] == 0xE2 && p[k + 1] == 0x81 &&
               (p[k + 2] == 0xB0 || (p[k + 2] >= 0xB4 && p[k + 2] <= 0xB9))) {
      d = p[k + 2] == 0xB0 ? 0 : p[k + 2] - 0xB0;
      k += 3;
    } else if (k + 2 < n && p[k] == 0xE2 && p[k + 1] == 0x81 &&
               p[k + 2] == 0xBB && !any && !neg) {
      neg = 1;
      k += 3;
      continue;
    } else {
      return 0;
    }
    v = v * 10 + d;
    any = 1;
    if (v > 400)
      return 0;
  }
  if (!any)
    return 0;
  *x = neg ? -v : v;
  return 1;
}

/* A power of ten written after "10" at i (the token after the "10"):
 * "10−4", "10^6", "10⁻⁴", "10-10" after a "×".  Returns the token after
 * it, or 0. */
static size_t power_of_ten(const struct an *a, size_t i, int hyphen_ok, int *x)
{
  size_t k = i;
  int neg = 0;
  if (!adj(a, k))
    return 0;
  if (superscript_int(a, k, x))
    return k + 1;
  if (punct(a, k, '^')) {
    k++;
    if (adj(a, k) && minus_like(a, k)) {
      neg = 1;
      k++;
    }
  } else if (punct(a, k, 0x2212) || (hyphen_ok && minus_like(a, k))) {
    neg = 1;
    k++;
  } else {
    return 0;
  }
  if (!adj(a, k) || !integer_tok(a, k) || bc__an_toklen(a, k) > 3 ||
      (adj(a, k + 1) && a->tok[k + 1].type == AN_NUM))
    return 0;
  {
    double v = 0;
    bc__an_num_value(a, k, &v);
    *x = neg ? -(int)v : (int)v;
  }
  return k + 1;
}

static int is_ten(const struct an *a, size_t i)
{
  return is_num(a, i) && bc__an_toklen(a, i) == 2 &&
         memcmp(a->t + a->tok[i].s, "10", 2) == 0;
}

/* Scientific notation after a mantissa ending at j: "× 10−5", "x10^6",
 * "·10⁻⁴", "e-3" glued.  Returns the token after it (and the power in *x),
 * or 0. */
static size_t sci_after(const struct an *a, size_t j, int *x)
{
  size_t k = j, r;
  if (adj(a, j) && (bc__an_tok_is(a, j, "e")) && adj(a, j + 1)) {
    k = j + 1;
    {
      int neg = 0;
      if (minus_like(a, k) || punct(a, k, '+')) {
        neg = minus_like(a, k);
        k++;
      }
      if (adj(a, k) && integer_tok(a, k) && bc__an_toklen(a, k) <= 3 &&
          !adj(a, k + 1)) {
        double v = 0;
        bc__an_num_value(a, k, &v);
        *x = neg ? -(int)v : (int)v;
        return k + 1;
      }
    }
    return 0;
  }
  if (punct(a, k, 0xD7) || punct(a, k, '*') || punct(a, k, 0xB7) ||
      punct(a, k, 0x22C5) || (bc__an_tok_is(a, k, "x") && k < a->ntok)) {
    k++;
    if (is_ten(a, k) && (r = power_of_ten(a, k + 1, 1, x)) != 0)
      return r;
    /* "1.5×1012": a superscript flattened by copying from a PDF, 10^12
     * (a "10" followed by one or two digits, not starting with 0). */
    if (is_num(a, k) && integer_tok(a, k) && !adj(a, k + 1) &&
        (bc__an_toklen(a, k) == 3 || bc__an_toklen(a, k) == 4) &&
        a->t[a->tok[k].s] == '1' && a->t[a->tok[k].s + 1] == '0' &&
        a->t[a->tok[k].s + 2] != '0') {
      double e = 0;
      const char *p = a->t + a->tok[k].s + 2;
      size_t q;
      for (q = 0; q + 2 < bc__an_toklen(a, k); q++)
        e = e * 10 + (p[q] - '0');
      *x = (int)e;
      return k + 1;
    }
  }
  return 0;
}

/* --- what is not a quantity --------------------------------------------- */

/* Digits glued to what precedes them: "K8s", "COVID-19", "hSOX2-23",
 * "Ktzi201/2007", "#2", "3.11.2", "10:30". */
static int glued_left(const struct an *a, size_t j)
{
  size_t p;
  if (j == 0 || a->tok[j].sp)
    return 0;
  p = j - 1;
  if (a->tok[p].type != AN_PUNCT)
    return 1;
  /* "(ClO4)2", "[Fe(Cat)3]3−": a subscript of a formula. */
  if (punct(a, p, '.') || punct(a, p, ':') || punct(a, p, '/') ||
      punct(a, p, '#') || punct(a, p, '_') || punct(a, p, ')') ||
      punct(a, p, ']'))
    return 1;
  /* "COVID-19", "1183-1", "tan−1", "10−4", "3f+1", "2,5-diyl", "poly(3-",
   * "F(3, 8.9)": a joiner glued on both sides, or a bracket glued to a
   * word (a function's argument, a chemical locant). */
  if (!a->tok[p].sp && p > 0 && a->tok[p - 1].type != AN_PUNCT &&
      (minus_like(a, p) || punct(a, p, '+') || punct(a, p, '^') ||
       punct(a, p, '*') || punct(a, p, ',') || punct(a, p, 0x2192) ||
       punct(a, p, '(') || punct(a, p, '[') || punct(a, p, '|')))
    return 1;
  return 0;
}

/* --- the head noun of a count ------------------------------------------- */

static const char *const irregular_plurals[] = {
    "aircraft", "alumni",    "bacteria", "cattle",    "children",  "crew",
    "criteria", "data",      "deer",     "feet",      "fish",      "folk",
    "fungi",    "genera",    "geese",    "indices",   "livestock", "loci",
    "matrices", "maxima",    "media",    "men",       "mice",      "minima",
    "nuclei",   "offspring", "people",   "personnel", "phenomena", "police",
    "radii",    "sheep",     "spectra",  "staff",     "stimuli",   "strata",
    "taxa",     "teeth",     "women",    NULL};

/* Words that end a noun phrase after a number rather than name what it
 * counts: "90 last year", "20 more", "one another". */
static const char *const not_nouns[] = {
    "ago",   "alone",    "another", "apart",  "away",    "back",
    "down",  "each",     "earlier", "else",   "every",   "fewer",
    "later", "less",     "more",    "others", "percent", "than",
    "times", "together", "whereas", "while",  NULL};
/* Words that describe what is counted but never name it: "two lower soil
 * depths", "three other sites", "20 additional staff". */
static const char *const modifiers_only[] = {
    "additional", "better",  "bigger",  "different", "extra",    "faster",
    "following",  "greater", "higher",  "larger",    "longer",   "lower",
    "main",       "major",   "minor",   "new",       "next",     "old",
    "older",      "other",   "overall", "own",       "previous", "same",
    "separate",   "shorter", "similar", "slower",    "smaller",  "such",
    "total",      "worse",   "younger", NULL};

static int plural(const struct an *a, size_t i)
{
  const char *p = a->t + a->tok[i].s;
  size_t n = bc__an_toklen(a, i);
  if (bc__an_tok_in(a, i, irregular_plurals))
    return 1;
  if (n < 3 || p[n - 1] != 's')
    return 0;
  /* A possessive, with a straight or a curly apostrophe, is not a plural:
   * "the region's", "the region’s total pollution". */
  return !(p[n - 2] == 's' || p[n - 2] == 'u' || p[n - 2] == 'i' ||
           p[n - 2] == '\'' ||
           (n >= 5 && memcmp(p + n - 4, "\xe2\x80\x99", 3) == 0));
}

/* An adverb, a participle or a superlative: a modifier at best. */
static int modifier_like(const struct an *a, size_t i)
{
  const char *p = a->t + a->tok[i].s;
  size_t n = bc__an_toklen(a, i);
  if (n < 4)
    return 0;
  return (p[n - 2] == 'l' && p[n - 1] == 'y') ||
         (p[n - 2] == 'e' && p[n - 1] == 'd') ||
         (n > 4 && memcmp(p + n - 3, "ing", 3) == 0) ||
         (n > 4 && memcmp(p + n - 3, "est", 3) == 0);
}

/* May token i be a word of the noun phrase after a number? */
static int phrase_word(const struct an *a, size_t i)
{
  const char *p;
  size_t n, k, up = 0;
  if (!is_word(a, i) || bc__an_is_function_word(a, i) || bc__an_month(a, i) ||
      bc__an_weekday(a, i) || bc__an_word_number(a, i) >= 0 ||
      bc__an_tok_in(a, i, not_nouns) || bc__an_tok_in(a, i, ordinals))
    return 0;
  if (bc__an_is_lower(a, i))
    return 1;
  /* Capitals: "GPUs", "PBMCs", "SDG" (acronyms); another capitalized word
   * describes ("six Mediterranean forest sites") or, in the plural, names
   * what is counted ("40 Engineers" in a heading). */
  p = a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  for (k = 0; k < n; k++)
    if (p[k] >= 'A' && p[k] <= 'Z')
      up++;
  return up >= 2 ? 1 : 2;
}

/* The noun phrase at i that a number counts, up to four words: "20 civil
 * service departments" -> departments, "three screening cycles" ->
 * cycles, "one solar rotation" -> rotation (singular: the number is one).
 * Sets [*hs, *he) to the head word (with its hyphenated parts, "close-up")
 * and returns the token after it, or 0 when there is no noun. */
static int quote_tok(const struct an *a, size_t i, const char *utf8)
{
  size_t n = i < a->ntok ? bc__an_toklen(a, i) : 0;
  const char *p = n ? a->t + a->tok[i].s : "";
  return (n == 1 && p[0] == '"') ||
         (n == strlen(utf8) && memcmp(p, utf8, n) == 0);
}

/* The token after the head word ending before e: e itself, or past the
 * closing quote of a quoted phrase (0 when it has none). */
static size_t after_head(const struct an *a, size_t e, int quoted)
{
  if (!quoted)
    return e;
  return quote_tok(a, e, "\xE2\x80\x9D") && !a->tok[e].sp ? e + 1 : 0;
}

static size_t head_noun(const struct an *a, size_t i, int singular, size_t *hs,
                        size_t *he)
{
  size_t k = i, w, last_s = NONE, last_e = NONE;
  int pw, name = 0, quoted = 0;
  if (i >= a->ntok || !a->tok[i].sp)
    return 0;
  /* A phrase in quotes: two "choice targets". */
  if (quote_tok(a, i, "\xE2\x80\x9C") && i + 1 < a->ntok && !a->tok[i + 1].sp) {
    quoted = 1;
    k = i + 1;
  }
  for (w = 0; w < 4; w++) {
    size_t e;
    if (!(pw = phrase_word(a, k)) || (w > 0 && !a->tok[k].sp))
      break;
    e = k + 1;
    while (adj(a, e) && punct(a, e, '-') && adj(a, e + 1) && is_word(a, e + 1))
      e += 2;
    /* After "one", a verb follows its noun: "one theory suggests", "one
     * cycle increased". */
    if (singular && w > 0 && (plural(a, e - 1) || modifier_like(a, e - 1)))
      break;
    if (plural(a, e - 1) && !modifier_like(a, e - 1) &&
        !bc__an_tok_in(a, e - 1, modifiers_only)) {
      *hs = k;
      *he = e;
      return after_head(a, e, quoted);
    }
    name |= pw == 2;
    last_s = k;
    last_e = e;
    k = e;
  }
  if (last_s == NONE || name || modifier_like(a, last_e - 1) ||
      !bc__an_is_lower(a, last_s) ||
      bc__an_tok_in(a, last_e - 1, modifiers_only))
    return 0;
  /* A singular head ends the phrase: "one solar rotation was", "20 staff";
   * after more than one, only a lone word ("5 GPU") is taken. */
  if (!singular && last_s != i + (size_t)quoted)
    return 0;
  if (w == 4 && phrase_word(a, k))
    return 0;
  *hs = last_s;
  *he = last_e;
  return after_head(a, last_e, quoted);
}

/* --- modifiers before the number ---------------------------------------- */

static const struct mod {
  const char *w[3];
  signed char bound;
  unsigned char approx;
} mods[] = {
    {{"no", "more", "than"}, -1, 1},    {{"not", "more", "than"}, -1, 1},
    {{"no", "less", "than"}, 1, 1},     {{"not", "less", "than"}, 1, 1},
    {{"no", "fewer", "than"}, 1, 1},    {{"as", "many", "as"}, -1, 1},
    {{"as", "much", "as"}, -1, 1},      {{"as", "high", "as"}, -1, 1},
    {{"as", "long", "as"}, -1, 1},      {{"as", "large", "as"}, -1, 1},
    {{"as", "few", "as"}, 1, 1},        {{"as", "little", "as"}, 1, 1},
    {{"as", "low", "as"}, 1, 1},        {{"as", "short", "as"}, 1, 1},
    {{"as", "small", "as"}, 1, 1},      {{"in", "excess", "of"}, 1, 1},
    {{"a", "maximum", "of"}, -1, 1},    {{"a", "minimum", "of"}, 1, 1},
    {{"more", "than", NULL}, 1, 1},     {{"greater", "than", NULL}, 1, 1},
    {{"higher", "than", NULL}, 1, 1},   {{"larger", "than", NULL}, 1, 1},
    {{"longer", "than", NULL}, 1, 1},   {{"older", "than", NULL}, 1, 1},
    {{"less", "than", NULL}, -1, 1},    {{"fewer", "than", NULL}, -1, 1},
    {{"lower", "than", NULL}, -1, 1},   {{"smaller", "than", NULL}, -1, 1},
    {{"shorter", "than", NULL}, -1, 1}, {{"younger", "than", NULL}, -1, 1},
    {{"at", "least", NULL}, 1, 1},      {{"at", "most", NULL}, -1, 1},
    {{"up", "to", NULL}, -1, 1},        {{"upwards", "of", NULL}, 1, 1},
    {{"well", "over", NULL}, 1, 1},     {{"just", "over", NULL}, 1, 1},
    {{"well", "above", NULL}, 1, 1},    {{"just", "above", NULL}, 1, 1},
    {{"well", "under", NULL}, -1, 1},   {{"just", "under", NULL}, -1, 1},
    {{"well", "below", NULL}, -1, 1},   {{"just", "below", NULL}, -1, 1},
    {{"an", "estimated", NULL}, 0, 1},  {{"about", NULL, NULL}, 0, 1},
    {{"around", NULL, NULL}, 0, 1},     {{"approximately", NULL, NULL}, 0, 1},
    {{"approx", NULL, NULL}, 0, 1},     {{"roughly", NULL, NULL}, 0, 1},
    {{"nearly", NULL, NULL}, 0, 1},     {{"almost", NULL, NULL}, 0, 1},
    {{"circa", NULL, NULL}, 0, 1},      {{"ca", NULL, NULL}, 0, 1},
    {{"some", NULL, NULL}, 0, 1},       {{"estimated", NULL, NULL}, 0, 1},
    {{"perhaps", NULL, NULL}, 0, 1},    {{"maybe", NULL, NULL}, 0, 1},
    {{"over", NULL, NULL}, 1, 1},       {{"above", NULL, NULL}, 1, 1},
    {{"exceeding", NULL, NULL}, 1, 1},  {{"under", NULL, NULL}, -1, 1},
    {{"below", NULL, NULL}, -1, 1},     {{"within", NULL, NULL}, -1, 1},
    {{"exactly", NULL, NULL}, 0, 0},    {{"precisely", NULL, NULL}, 0, 0},
    {{"only", NULL, NULL}, 0, 0},       {{"just", NULL, NULL}, 0, 0},
    {{"average", NULL, NULL}, 0, 0},    {{"mean", NULL, NULL}, 0, 0},
    {{"median", NULL, NULL}, 0, 0},
};

/* Does the phrase m end right before token e (spaced words, none claimed
 * by a date)?  Returns its first token, or NONE. */
static size_t mod_at(const struct an *a, size_t e, const struct mod *m)
{
  size_t n = 0, k;
  while (n < 3 && m->w[n])
    n++;
  if (e < n)
    return NONE;
  for (k = 0; k < n; k++) {
    size_t t = e - n + k;
    if (!is_word(a, t) || !bc__an_tok_is(a, t, m->w[k]) ||
        (k > 0 && !a->tok[t].sp))
      return NONE;
  }
  return e - n;
}

/* Word modifiers before the number at n->s: "about", "more than", "at
 * least", "minus", "approx."; they set n->approx, n->bound and the sign,
 * and n->ws. */
static void modifiers_before(const struct an *a, struct num *n)
{
  size_t e = n->s, k, r;
  n->ws = n->s;
  if (e > 0 && bc__an_tok_is(a, e - 1, "minus") && !a->tok[e - 1].used) {
    e--;
    n->ws = e;
    /* "plus or minus 3", "plus/minus 3": a tolerance, not a sign. */
    if (e >= 2 && bc__an_tok_is(a, e - 2, "plus") &&
        (bc__an_tok_is(a, e - 1, "or") || punct(a, e - 1, '/'))) {
      n->approx = 1;
      n->ws = e - 2;
      return;
    }
    n->neg = !n->neg;
  }
  /* "approx. 5", "ca. 5": the stop of the abbreviation. */
  if (e > 1 && punct(a, e - 1, '.') && adj(a, e - 1) &&
      (bc__an_tok_is(a, e - 2, "approx") || bc__an_tok_is(a, e - 2, "ca") ||
       bc__an_tok_is(a, e - 2, "c"))) {
    n->approx = 1;
    n->ws = e - 2;
    return;
  }
  if (!a->tok[e].sp)
    return;
  for (k = 0; k < sizeof mods / sizeof mods[0]; k++)
    if ((r = mod_at(a, e, &mods[k])) != NONE) {
      if (mods[k].approx)
        n->approx = 1;
      if (mods[k].bound && !n->bound)
        n->bound = mods[k].bound;
      n->ws = r;
      return;
    }
}

/* --- one quantity --------------------------------------------------------- */

/* A sign at j before the digits: "−4", "(-2", "∼–1‰", "x=−0.5", "+4"; not
 * a joiner ("10−4", "cm−1", "5-8").  -1 minus, 1 plus, 0 none. */
static int sign_at(const struct an *a, size_t j)
{
  int s;
  if (minus_like(a, j))
    s = -1;
  else if (punct(a, j, '+'))
    s = 1;
  else
    return 0;
  if (!adj(a, j + 1) ||
      !(is_num(a, j + 1) ||
        (punct(a, j + 1, '.') && adj(a, j + 2) && is_num(a, j + 2))))
    return 0;
  if (j == 0 || a->tok[j].sp)
    return s;
  switch (a->tok[j - 1].type == AN_PUNCT ? a->tok[j - 1].cp : 0) {
  case 0:
  case ')':
  case ']':
  case '%':
  case 0xB0:
  case '.': return 0;
  default: return s;
  }
}

/* Symbols before a number: "±", "~", "∼", "≈", "<", "≤", "≥".  Returns the
 * token after them. */
static size_t symbols(const struct an *a, size_t j, struct num *n)
{
  size_t k, r = 0;
  for (k = 0; k < 3; k++) {
    int b;
    if ((r = plus_minus(a, j)) != 0) {
      n->approx = 1;
      j += r;
    } else if (approx_sym(a, j)) {
      n->approx = 1;
      j++;
    } else if ((b = bound_sym(a, j)) != 0) {
      n->approx = 1;
      n->bound = b;
      j++;
      if (punct(a, j, '=') && adj(a, j))
        j++;
    } else {
      break;
    }
  }
  return j;
}

/* One value at j: digits (".05" too), with a glued fraction (8½), a power
 * of ten ("1.2 × 10−5", "10−4", "3e6") and a scale ("20k", "2.3
 * million").  Spelled-out numbers only when word_ok.  Returns the token
 * after it, or 0; *word set for a spelled-out number. */
static size_t value_at(const struct an *a, size_t j, int word_ok, double *v,
                       int *word, const char *cur)
{
  size_t k;
  int x, frac = 0;
  double mul = 0;
  *word = 0;
  if (punct(a, j, '.') && adj(a, j + 1) && is_num(a, j + 1) &&
      integer_tok(a, j + 1) &&
      !memchr(a->t + a->tok[j + 1].s, ',', bc__an_toklen(a, j + 1))) {
    *v = decimals(a, j + 1);
    k = j + 2;
  } else if (is_num(a, j)) {
    bc__an_num_value(a, j, v);
    k = j + 1;
    if (is_ten(a, j) && (k = power_of_ten(a, j + 1, 0, &x)) != 0) {
      *v = pow(10.0, x);
      return k;
    }
    k = j + 1;
  } else if (word_ok && (k = bc__an_word_value(a, j, v, &frac)) != 0) {
    *word = frac ? 2 : 1;
    return k;
  } else {
    return 0;
  }
  /* A vulgar fraction glued to the digits: 8½ */
  if (adj(a, k) && is_word(a, k)) {
    static const struct {
      const char *utf8;
      double v;
    } vf[] = {{"\xC2\xBD", 0.5},
              {"\xC2\xBC", 0.25},
              {"\xC2\xBE", 0.75},
              {"\xE2\x85\x93", 1.0 / 3},
              {"\xE2\x85\x94", 2.0 / 3}};
    size_t q, len = bc__an_toklen(a, k);
    for (q = 0; q < sizeof vf / sizeof vf[0]; q++)
      if (len == strlen(vf[q].utf8) &&
          memcmp(a->t + a->tok[k].s, vf[q].utf8, len) == 0) {
        *v += vf[q].v;
        k++;
        break;
      }
  }
  {
    size_t r = sci_after(a, k, &x);
    if (r) {
      *v *= pow(10.0, x);
      return r;
    }
  }
  if (glued_scale(a, k, &mul) && !(adj(a, k + 1) && is_num(a, k + 1))) {
    *v *= mul;
    k++;
  } else if ((bc__an_tok_is(a, k, "m") || bc__an_tok_is(a, k, "mn")) &&
             ((cur && adj(a, k)) || currency_word(a, k + 1))) {
    /* €3.4m, and "57m euros": no length is counted in euros, so the "m"
     * before a currency word is a million, not metres. */
    *v *= 1e6;
    k++;
  } else if ((mul = bc__an_scale_word(a, k)) > 0) {
    *v *= mul;
    k++;
  }
  return k;
}

/* Was the value before token k scaled ("2 million", "20k")? */
static int scaled(const struct an *a, size_t k)
{
  double m;
  return k > 0 && (bc__an_scale_word(a, k - 1) > 0 ||
                   (a->tok[k - 1].type == AN_WORD && !a->tok[k - 1].sp &&
                    glued_scale(a, k - 1, &m)));
}

/* "Rp", "RS", "REnc": a radius with its subscript glued to the digits
 * ("3.5Rp", "1RS"), the astronomers' unit of distance. */
static int radius_symbol(const struct an *a, size_t i)
{
  const unsigned char *p;
  size_t n;
  if (!is_word(a, i))
    return 0;
  p = (const unsigned char *)a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  return n >= 2 && n <= 5 && p[0] == 'R' &&
         !(p[1] >= 'a' && p[1] <= 'z' && n > 3);
}

/* What is glued right after the digits at k decides whether they are a
 * quantity: a unit ("5mm", "37°C"), "x", a scale or nothing is; any other
 * word makes an identifier ("3D", "14C", "2011a", "40Ar", "1990s"). */
static int glued_ok(const struct an *a, size_t k, double v)
{
  struct an_unit u;
  const char *p;
  size_t r;
  /* "°θ" in "∆2°θ": a sign that is part of a formula. */
  if (punct(a, k, 0xB0) && adj(a, k + 1) && is_word(a, k + 1) &&
      !bc__an_unit(a, k, &u))
    return 0;
  if (!adj(a, k) || !is_word(a, k))
    return 1;
  p = a->t + a->tok[k].s;
  if (bc__an_toklen(a, k) == 1 && (p[0] == 'x' || p[0] == 'X'))
    return !(adj(a, k + 1) && (is_num(a, k + 1) || is_word(a, k + 1)));
  if (bc__an_toklen(a, k) == 1 && p[0] == 's')
    return !(v >= 10 && fmod(v, 10) == 0); /* "the 1990s", "their 20s" */
  if ((r = bc__an_unit(a, k, &u)) != 0)
    return !adj(a, r) || a->tok[r].type == AN_PUNCT; /* not "2Mg3NF3" */
  if (radius_symbol(a, k))
    return !adj(a, k + 1) || a->tok[k + 1].type == AN_PUNCT;
  return 0;
}

/* The unit at j, if any, into n (as written). */
static size_t take_unit(const struct an *a, size_t j, struct num *n)
{
  struct an_unit u;
  size_t r = bc__an_unit(a, j, &u);
  if (!r && adj(a, j) && radius_symbol(a, j)) {
    u.s = j;
    u.e = r = j + 1;
    u.kind = AN_U_MEASURE;
  }
  if (!r)
    return 0;
  n->us = u.s;
  n->ue = u.e;
  n->ukind = u.kind;
  n->uglued = !a->tok[j].sp;
  return r;
}

static int same_text(const struct an *a, size_t s1, size_t e1, size_t s2,
                     size_t e2)
{
  size_t k;
  if (e1 - s1 != e2 - s2)
    return 0;
  for (k = 0; k < e1 - s1; k++)
    if (bc__an_toklen(a, s1 + k) != bc__an_toklen(a, s2 + k) ||
        memcmp(a->t + a->tok[s1 + k].s, a->t + a->tok[s2 + k].s,
               bc__an_toklen(a, s1 + k)) != 0)
      return 0;
  return 1;
}

/* "or more", "or less", "or fewer", "or higher", "and above" at j. */
static int or_more(const struct an *a, size_t j, int *bound)
{
  static const char *const up[] = {"above", "greater", "higher", "longer",
                                   "more",  "older",   "over",   NULL};
  static const char *const down[] = {"below",   "fewer", "less",    "lower",
                                     "shorter", "under", "younger", NULL};
  if (!bc__an_tok_is(a, j, "or") && !bc__an_tok_is(a, j, "and"))
    return 0;
  if (bc__an_tok_in(a, j + 1, up))
    *bound = 1;
  else if (bc__an_tok_in(a, j + 1, down))
    *bound = -1;
  else
    return 0;
  /* "5 or more than 6"? then "more" starts a bound of its own. */
  return !bc__an_tok_is(a, j + 2, "than");
}

/* The second end of a range at r: "8", "−7", "∼150 ppm", "$30", "a
 * hundred and forty".  Returns the token after its value (not its unit),
 * or 0. */
static size_t range_end(const struct an *a, size_t r, int word, const char *cur,
                        double *hi)
{
  int sign = 0, w2 = 0;
  size_t k;
  while (approx_sym(a, r) || bound_sym(a, r))
    r++;
  if (bc__an_tok_is(a, r, "minus") && is_num(a, r + 1)) {
    sign = -1;
    r++;
  } else if ((sign = sign_at(a, r)) != 0 || minus_like(a, r)) {
    if (!sign)
      return 0;
    r++;
  }
  if (cur && currency(a, r) && adj(a, r + 1))
    r++;
  k = value_at(a, r, word, hi, &w2, cur);
  if (!k || w2 == 2 || (r < a->ntok && a->tok[r].used))
    return 0;
  if (adj(a, k) && punct(a, k, '.') && adj(a, k + 1) && is_num(a, k + 1))
    return 0; /* "46–52.1.1" */
  if (!w2 && !glued_ok(a, k, *hi))
    return 0;
  if (sign < 0)
    *hi = -*hi;
  return k;
}

/* "30-item", "51-bp", "two-species": a noun after a hyphen names what is
 * counted; an adjective ("two-dimensional", "1-like"), a name ("1-D") or
 * a chemical name ("3-hexylthiophene-2") does not. */
static int hyphen_noun(const struct an *a, size_t i)
{
  static const char *const adj_endings[] = {"al",   "ar", "ic",  "ive", "ous",
                                            "like", "ed", "ing", "ly",  NULL};
  const char *p;
  size_t n, k;
  if (!phrase_word(a, i) || !bc__an_is_lower(a, i) || adj(a, i + 1))
    return 0;
  p = a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  if (n < 3 || n > 12)
    return 0;
  for (k = 0; adj_endings[k]; k++) {
    size_t l = strlen(adj_endings[k]);
    if (n > l && memcmp(p + n - l, adj_endings[k], l) == 0)
      return 0;
  }
  return 1;
}

/* Before the digits: symbols ("∼", "≥", "±"), a sign, a currency ("$20",
 * "US$5", "USD 20") or "pH", the one unit written before its value.
 * Returns the token where the value starts, or NONE. */
static size_t prefix(const struct an *a, size_t i, struct num *n, int *sign,
                     const char **cur)
{
  size_t j = symbols(a, i, n);
  if ((*sign = sign_at(a, j)) != 0)
    j++;
  if ((*cur = currency(a, j)) != NULL) {
    if (!adj(a, j + 1) || !is_num(a, j + 1))
      return NONE;
    j++;
  } else if ((*cur = currency_code(a, j)) != NULL) {
    if (!is_num(a, j + 1) || !a->tok[j + 1].sp)
      return NONE;
    j++;
  } else if (is_word(a, j) && adj(a, j + 1) && currency(a, j + 1) &&
             bc__an_toklen(a, j) <= 2 && adj(a, j + 2) && is_num(a, j + 2)) {
    *cur = currency(a, j + 1); /* US$, A$, C$ */
    j += 2;
  } else if (is_word(a, j) && bc__an_toklen(a, j) == 2 &&
             memcmp(a->t + a->tok[j].s, "pH", 2) == 0) {
    n->us = j;
    n->ue = j + 1;
    n->ukind = AN_U_MEASURE;
    j++;
    while (j < a->ntok && (approx_sym(a, j) || punct(a, j, '=')))
      j++;
    if (!is_num(a, j))
      return NONE;
  }
  if (j >= a->ntok || a->tok[j].used)
    return NONE;
  return j;
}

/* Digits at j that are not a quantity by what surrounds them: glued to
 * what precedes ("K8s", "COVID-19", "random-zero"; only when the parse
 * starts there, i == j), a version or an address ("3.11.2"), a locant list
 * ("2,5-diyl"), a list marker ("1." at a line start), a code with a leading
 * zero ("040301"). */
static int not_quantity(const struct an *a, size_t i, size_t j)
{
  const char *p;
  size_t len;
  if (j == i && glued_left(a, j))
    return 1;
  if (a->tok[j].type != AN_NUM)
    return 0;
  p = a->t + a->tok[j].s;
  len = bc__an_toklen(a, j);
  if (j == i && j > 0 && adj(a, j) && minus_like(a, j - 1))
    return 1; /* a sign another parse did not take */
  if (adj(a, j + 1) && adj(a, j + 2) && is_num(a, j + 2) &&
      (punct(a, j + 1, '.') || punct(a, j + 1, ',')))
    return 1;
  if (a->tok[j].nl && adj(a, j + 1) && j + 2 < a->ntok && a->tok[j + 2].sp &&
      (punct(a, j + 1, '.') || punct(a, j + 1, ')')))
    return 1;
  return len > 1 && p[0] == '0' && p[1] >= '0' && p[1] <= '9';
}

/* Is token i, the part after a colon, seconds to a fraction ("35.842"):
 * two digits, a point and digits, under 60? */
static int clock_seconds(const struct an *a, size_t i, double r)
{
  const char *p = a->t + a->tok[i].s;
  size_t len = bc__an_toklen(a, i), k;
  if (len < 4 || r >= 60 || p[2] != '.' || p[0] < '0' || p[0] > '9' ||
      p[1] < '0' || p[1] > '9')
    return 0;
  for (k = 3; k < len; k++)
    if (p[k] < '0' || p[k] > '9')
      return 0;
  return 1;
}

/* "1:3", "∼1:1000", a slope of "1:10": a ratio at j, unless it reads as a
 * time of day (H:MM, "10:30") with no word of ratios near.  Returns the
 * token after it (n filled), NONE when j starts a time, 0 when no colon
 * follows j. */
static size_t colon_ratio(const struct an *a, size_t j, struct num *n)
{
  static const char *const ratio_cues[] = {
      "dilution", "diluted", "mixed", "mixture", "proportion",
      "ratio",    "ratios",  "scale", "slope",   NULL};
  double l = 0, r = 0;
  size_t q;
  int cue = 0;
  if (a->tok[j].type != AN_NUM || !adj(a, j + 1) || !punct(a, j + 1, ':') ||
      !adj(a, j + 2) || j + 2 >= a->ntok || a->tok[j + 2].type != AN_NUM)
    return 0;
  bc__an_num_value(a, j, &l);
  bc__an_num_value(a, j + 2, &r);
  for (q = j; q > 0 && q + 6 > j && !cue; q--)
    cue = bc__an_tok_in(a, q - 1, ratio_cues);
  cue = cue || bc__an_tok_in(a, j + 3, ratio_cues) ||
        bc__an_tok_in(a, j + 4, ratio_cues);
  if (a->tok[j + 2].used || (adj(a, j + 3) && punct(a, j + 3, ':')))
    return NONE;
  /* "1:35.842", a lap or a race: minutes and seconds to a fraction of a
   * second (two digits, a point, digits after the colon) is a time taken,
   * in seconds; no time of day or ratio is written so. */
  if (!cue && clock_seconds(a, j + 2, r)) {
    n->lo = n->hi = l * 60 + r;
    n->code = "seconds";
    return j + 3;
  }
  if (bc__an_toklen(a, j + 2) == 2 && r < 60 && l <= 24 && !cue)
    return NONE;
  n->lo = n->hi = l;
  n->code = "ratio";
  return j + 3;
}

/* After the digits at j: "60/30/10" (a split, unit "ratio"), "3/4" (a
 * fraction), "85/15%".  Returns the token after it (n filled), NONE when
 * the slashes make an identifier ("22/10a"), 0 when no slash follows. */
static size_t slash_ratio(const struct an *a, size_t j, struct num *n)
{
  double b = 0;
  int parts = 1;
  if (!punct(a, j, '/') || !adj(a, j) || !adj(a, j + 1) || !is_num(a, j + 1))
    return 0;
  bc__an_num_value(a, j + 1, &b);
  while (punct(a, j, '/') && adj(a, j) && adj(a, j + 1) && is_num(a, j + 1)) {
    j += 2;
    parts++;
  }
  if (!glued_ok(a, j, 1) || (adj(a, j) && is_num(a, j)))
    return NONE;
  /* "24/7", "24/7/365": hours of the day, days of the week (and of the
   * year), the idiom for "always", which counts nothing. */
  if (n->lo == 24 && b == 7)
    return NONE;
  n->hi = n->lo;
  if (punct(a, j, '%') && adj(a, j)) {
    n->us = j; /* "85/15%": the parts of a mixture */
    n->ue = ++j;
    n->ukind = AN_U_PERCENT;
  } else if (parts == 2 && n->lo < b && b <= 16 && b > 0) {
    n->lo = n->hi = n->lo / b;
  } else {
    n->code = "ratio";
  }
  return j;
}

/* "±" after the value: "69 ± 3°", "1.26±0.2‰", "9 ± 6%".  Returns the
 * token after the tolerance, or j. */
static size_t tolerance(const struct an *a, size_t j, struct num *n)
{
  size_t pm = plus_minus(a, j), r;
  double t = 0;
  int w = 0;
  if (!pm || !is_num(a, j + pm))
    return j;
  r = value_at(a, j + pm, 0, &t, &w, NULL);
  if (!r || !glued_ok(a, r, t))
    return j;
  n->tol = t;
  n->approx = 1;
  return r;
}

/* Is the number starting at token s, right after a word of change
 * (util/change_words.h), an amount of change reaching hi (hi ten times lo
 * or more), not the low end of a range: "down 12.99 to 225.86", "gained
 * 1.62 to 113.40"?  "sales rose 3 to 5 percent" stays a range. */
static int change_to(const struct an *a, size_t s, double lo, double hi)
{
  const struct an_tok *t;
  if (s == 0 || !(lo > 0) || hi < 10 * lo)
    return 0;
  t = &a->tok[s - 1];
  return bc__change_verb_dir(a->t + t->s, t->e - t->s) != 0;
}

/* A range after the first end, which ends at j (and at u1 with its own
 * unit, "5 °C to 8 °C"; 0 when it has none): "40-60", "5–8 °C", "3 to 5",
 * "1.5-2 million", "−27.2 to −23.1‰", "between 0 and 60".  Fills n and
 * returns the token after the range; j (or u1) when there is none; 0 when
 * the dash makes a code ("1183-1"). */
static size_t range(const struct an *a, size_t anchor, size_t j, size_t u1,
                    struct num *n, int sign, const char *cur)
{
  size_t c = u1 ? u1 : j, e2, e3 = 0;
  double hi = 0, lo = n->lo;
  struct num u2;
  int kind = 0; /* 1 a dash, 2 "to", 3 "and" after "between" */
  if (range_dash(a, c) && c + 1 < a->ntok && !a->tok[c + 1].used)
    kind = 1;
  else if (bc__an_tok_is(a, c, "to") || bc__an_tok_is(a, c, "through"))
    kind = 2;
  else if (bc__an_tok_is(a, c, "and") && n->s > 0 &&
           bc__an_tok_is(a, n->s - 1, "between"))
    kind = 3;
  if (!kind || !(e2 = range_end(a, c + 1, n->word, cur, &hi)))
    return c;
  if (kind == 2 && change_to(a, n->s, lo, hi))
    return c;
  if (kind == 1 && !a->tok[c].sp && !a->tok[c + 1].sp && hi <= lo &&
      integer_tok(a, anchor) && integer_tok(a, e2 - 1) && !sign && !u1)
    return 0; /* a code: "1183-1", "3-1" */
  memset(&u2, 0, sizeof u2);
  e3 = take_unit(a, e2, &u2);
  /* Different units on the two ends are two quantities. */
  if (u1 && e3 && !same_text(a, n->us, n->ue, u2.us, u2.ue))
    return c;
  /* "1.5-2 million": a scale written once applies to both ends. */
  if (scaled(a, e2) && !scaled(a, u1 ? n->us : j)) {
    double m = bc__an_scale_word(a, e2 - 1);
    if (m <= 0)
      glued_scale(a, e2 - 1, &m);
    if (m > 0)
      lo *= m;
  }
  /* Ends in either order after "between"; else rising, or negatives by
   * their size ("−2 to −7‰"). */
  if (!(kind == 3 || hi > lo || (lo < 0 && hi < 0 && (-hi > -lo || kind == 1))))
    return c;
  n->lo = lo < hi ? lo : hi;
  n->hi = lo < hi ? hi : lo;
  n->range = 1;
  if (!e3)
    return e2;
  n->us = u2.us;
  n->ue = u2.ue;
  n->ukind = u2.ukind;
  n->uglued = u2.uglued;
  return e3;
}

/* "13 pairs per mm", "1000 stems/ha": a count that is a density.  j is
 * after the noun; returns the token after the rate, or j. */
static size_t density(const struct an *a, size_t j, struct num *n)
{
  struct an_unit u;
  size_t q = 0;
  if (bc__an_tok_is(a, j, "per") || (punct(a, j, '/') && adj(a, j)))
    q = bc__an_unit(a, j + 1, &u);
  if (!q && bc__an_tok_is(a, j, "per") && is_word(a, j + 1) &&
      bc__an_is_lower(a, j + 1) && !bc__an_is_function_word(a, j + 1) &&
      bc__an_word_number(a, j + 1) < 0)
    q = j + 2;
  if (!q)
    return j;
  n->count = 0;
  n->ue = q;
  n->ukind = AN_U_MEASURE;
  return q;
}

/* Words that name whose group a part is taken from: "two of our". */
static const char *const owners[] = {"her",   "his",   "its",   "my",   "our",
                                     "their", "these", "those", "your", NULL};

/* A name in the possessive, "GiveWell's": one token ending in 's. */
static int possessive_name(const struct an *a, size_t k)
{
  const char *p;
  size_t n;
  if (k >= a->ntok || !is_word(a, k) || bc__an_is_lower(a, k))
    return 0;
  p = a->t + a->tok[k].s;
  n = bc__an_toklen(a, k);
  return (n > 3 && p[n - 2] == '\'' && p[n - 1] == 's') ||
         (n > 5 && memcmp(p + n - 4, "\xe2\x80\x99s", 4) == 0);
}

/* The unit after the value at j, or what it counts: a currency word ("20
 * dollars"), a unit ("7200 K", "mg/L"), "per mm", "5x", a unit or a noun
 * after a hyphen ("31-hour outage", "30-item"), the noun phrase of a count
 * ("20 civil service departments").  Returns the token after it, or 0
 * when the number is an identifier after all ("1-D"). */
static size_t unit_or_noun(const struct an *a, size_t j, struct num *n)
{
  struct an_unit u;
  size_t r;
  if (is_word(a, j) && currency_word(a, j)) {
    n->code = currency_word(a, j);
    n->us = j;
    n->ue = j + 1;
    return j + 1;
  }
  if (bc__an_tok_is(a, j, "pound") && scaled(a, j)) {
    n->code = "GBP"; /* "an eighteen million pound project" */
    n->us = j;
    n->ue = j + 1;
    return j + 1;
  }
  if ((r = take_unit(a, j, n)) != 0)
    return r;
  if (bc__an_tok_is(a, j, "per") && !n->word &&
      (r = bc__an_unit(a, j + 1, &u)) == j + 2) {
    n->us = j; /* "from 1 to 25 per mm" */
    n->ue = r;
    n->ukind = AN_U_MEASURE;
    return r;
  }
  if (adj(a, j) && (punct(a, j, 0xD7) || bc__an_tok_is(a, j, "x"))) {
    n->us = j; /* "5x faster", "a 2× increase" */
    n->ue = j + 1;
    n->ukind = AN_U_TIMES;
    return j + 1;
  }
  if (minus_like(a, j) && adj(a, j) && adj(a, j + 1) && is_word(a, j + 1) &&
      bc__an_word_number(a, j + 1) < 0) {
    if ((r = bc__an_unit(a, j + 1, &u)) != 0) {
      n->us = u.s; /* "a 31-hour outage": the noun stays outside the span */
      n->ue = r;
      n->ukind = u.kind;
      /* The word after the hyphenated unit is the noun it describes: one
       * word, for a verb may follow ("a 31-hour outage hit"). */
      if (u.kind != AN_U_TIMES && r < a->ntok && a->tok[r].sp &&
          phrase_word(a, r) == 1 && !modifier_like(a, r)) {
        n->hs = r;
        n->he = r + 1;
      }
      return r;
    }
    if (!hyphen_noun(a, j + 1))
      return 0; /* "1-D", "3-hexylthiophene", "two-dimensional" */
    n->hs = n->us = j + 1;
    n->he = n->ue = j + 2;
    n->count = 1;
    return j + 2;
  }
  if ((r = head_noun(a, j, n->lo == 1 && !n->range, &n->hs, &n->he)) != 0) {
    n->count = 1;
    n->us = n->hs;
    n->ue = n->he;
    return density(a, r, n);
  }
  /* A part of a group the text names by its owner: "two of our top
   * charities", "three of GiveWell's top charities" count charities.  Not
   * "one of the", and not a part of a number ("ten of the 18"). */
  if (n->lo >= 2 && n->lo == n->hi && bc__an_tok_is(a, j, "of") &&
      (bc__an_tok_in(a, j + 1, owners) || possessive_name(a, j + 1)) &&
      (r = head_noun(a, j + 2, 0, &n->hs, &n->he)) != 0) {
    n->count = 1;
    n->us = n->hs;
    n->ue = n->he;
    return r;
  }
  return j;
}

/* Words after the unit: the pence of "three pounds twenty", "or more",
 * "below zero", and what is measured ("4.5 years of experience", "20% of
 * users").  Returns the token after them. */
static size_t trailing(const struct an *a, size_t j, struct num *n)
{
  int b = 0;
  if (n->code && n->ue && !n->range && n->lo == floor(n->lo)) {
    double c = 0;
    size_t r = bc__an_word_group(a, j, &c);
    if (r && c >= 1 && c < 100 && !phrase_word(a, r)) {
      n->lo = n->hi = n->lo + c / 100;
      j = r;
    }
  }
  if (n->ue && !n->bound && or_more(a, j, &b)) {
    n->approx = 1;
    n->bound = b;
    j += 2;
  }
  if (bc__an_tok_is(a, j, "below") && bc__an_tok_is(a, j + 1, "zero") &&
      n->lo > 0) {
    double lo = -n->hi, hi = -n->lo;
    n->lo = lo; /* "4 degrees below zero" */
    n->hi = hi;
    j += 2;
  }
  if (n->ue && !n->count && !n->he && bc__an_tok_is(a, j, "of")) {
    size_t q = j + 1;
    if (bc__an_tok_is(a, q, "the") || bc__an_tok_is(a, q, "all"))
      q++;
    if (q < a->ntok && a->tok[q].sp)
      head_noun(a, q, 1, &n->hs, &n->he);
  }
  return j;
}

/* Parse the quantity starting at token i into n; returns the token after
 * it, or 0. */
static size_t parse(const struct an *a, size_t i, struct num *n)
{
  size_t j, k, anchor, u1 = 0;
  const char *cur = NULL;
  int sign = 0, word = 0, b = 0;
  double v = 0;

  memset(n, 0, sizeof *n);
  n->s = i;
  if ((j = prefix(a, i, n, &sign, &cur)) == NONE || not_quantity(a, i, j))
    return 0;
  anchor = j;
  if ((k = colon_ratio(a, j, n)) != 0)
    return k == NONE ? 0 : (n->e = k);
  if (bc__an_tok_is(a, j, "twice") && !sign && !cur && j == i) {
    n->lo = n->hi = 2;
    n->code = "x";
    return n->e = j + 1;
  }
  /* "more than double the MSRP", "triple the price": a multiplier of
   * what follows; not the verb or adjective without "the" ("prices
   * doubled", "a double room"). */
  if (!sign && !cur && j == i && bc__an_tok_is(a, j + 1, "the")) {
    static const char *const mult[] = {"double", "triple", "quadruple", NULL};
    size_t m;
    for (m = 0; mult[m]; m++)
      if (bc__an_tok_is(a, j, mult[m])) {
        n->lo = n->hi = (double)(m + 2);
        n->code = "x";
        return n->e = j + 1;
      }
  }
  /* ".05", "< .001": a decimal point that starts the number, not one that
   * ends a sentence or splits a version ("3.11.2"). */
  if (punct(a, j, '.') && j > 0 && !a->tok[j].sp &&
      (a->tok[j - 1].type != AN_PUNCT || punct(a, j - 1, '.') ||
       punct(a, j - 1, ')') || punct(a, j - 1, ']')))
    return 0;
  if (!(k = value_at(a, j, !sign && !cur, &v, &word, cur)))
    return 0;
  n->lo = n->hi = v;
  n->word = word != 0;
  if (word == 2) {
    /* "a quarter of a percent", "three quarters of one percent": a
     * fraction of the unit, 0.25 percent; else "two thirds", "a quarter"
     * of something. */
    struct an_unit u;
    size_t r;
    if (bc__an_tok_is(a, k, "of") &&
        (bc__an_tok_is(a, k + 1, "a") || bc__an_tok_is(a, k + 1, "one")) &&
        (r = bc__an_unit(a, k + 2, &u)) != 0 && u.kind == AN_U_PERCENT) {
      n->us = u.s;
      n->ue = u.e;
      n->ukind = u.kind;
      return n->e = r;
    }
    return n->e = k;
  }
  j = k;
  if (!word) {
    /* Ordinal suffix: 3rd, 21st. */
    if (adj(a, j) && (bc__an_tok_is(a, j, "st") || bc__an_tok_is(a, j, "nd") ||
                      bc__an_tok_is(a, j, "rd") || bc__an_tok_is(a, j, "th"))) {
      if (adj(a, j + 1) && a->tok[j + 1].type != AN_PUNCT)
        return 0;
      n->ordinal = 1;
      return n->e = j + 1;
    }
    if (!cur && (k = slash_ratio(a, j, n)) != 0)
      return k == NONE ? 0 : (n->e = k);
    if (!glued_ok(a, j, v))
      return 0;
  }
  if (sign < 0)
    n->lo = n->hi = -n->lo;
  j = tolerance(a, j, n);
  if (!n->ue)
    u1 = take_unit(a, j, n);
  if (!(j = range(a, anchor, j, u1, n, sign, cur)))
    return 0;
  /* Suffixes: "290000+", "5 or more". */
  if (punct(a, j, '+') && adj(a, j) && !(adj(a, j + 1) && is_num(a, j + 1))) {
    n->approx = 1;
    n->bound = 1;
    j++;
  }
  if (!n->ue && or_more(a, j, &b)) {
    n->approx = 1;
    n->bound = b;
    j += 2;
  }
  if (cur)
    n->code = cur;
  else if (!n->ue && !(j = unit_or_noun(a, j, n)))
    return 0;
  j = trailing(a, j, n);
  if (n->word && !n->ue && !n->code)
    return 0; /* "two of us", "three." are not worth a fact */
  /* "0 = less than one day, 1 = 1–2 days": a code, defined. */
  if (!n->ue && !n->code && !n->range && punct(a, j, '=') && a->tok[j].sp)
    return 0;
  return n->e = j;
}

/* --- emitting ------------------------------------------------------------- */

/* The text of tokens [s, e) with each run of white space made one space. */
static char *copy_text(const struct an *a, size_t s, size_t e)
{
  size_t from = a->tok[s].s, to = a->tok[e - 1].e, k, n = 0;
  char *out = bc__malloc(to - from + 1);
  int sp = 0;
  if (!out)
    return NULL;
  for (k = from; k < to; k++) {
    char c = a->t[k];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      sp = 1;
      continue;
    }
    if (sp && n)
      out[n++] = ' ';
    sp = 0;
    out[n++] = c;
  }
  out[n] = '\0';
  return out;
}

static bc_status emit(struct an *a, const struct num *n)
{
  struct bc_number_fact *f;
  char *unit, *noun;
  if (n->code)
    unit = bc__strdup(n->code);
  else if (n->ue > n->us)
    unit = copy_text(a, n->us, n->ue);
  else
    unit = bc__strdup("");
  noun = n->he > n->hs ? copy_text(a, n->hs, n->he) : bc__strdup("");
  if (!unit || !noun) {
    free(unit);
    free(noun);
    return BC_ERR_NOMEM;
  }
  if (n->ordinal)
    f = bc__an_push((void **)&a->f->ordinals, &a->f->n_ordinals, &a->cap_ord,
                    sizeof *f);
  else
    f = bc__an_push((void **)&a->f->numbers, &a->f->n_numbers, &a->cap_num,
                    sizeof *f);
  if (!f) {
    free(unit);
    free(noun);
    return BC_ERR_NOMEM;
  }
  f->span.start = a->tok[n->s].s;
  f->span.end = a->tok[n->e - 1].e;
  f->whole.start = a->tok[n->ws].s;
  f->whole.end = f->span.end;
  f->value = n->lo;
  f->value_hi = n->range ? n->hi : n->lo;
  f->unit = unit;
  f->noun = noun;
  f->approx = n->approx;
  f->ordinal = n->ordinal;
  f->count = n->count;
  f->bound = n->bound;
  f->tol = n->tol;
  return BC_OK;
}

/* Numbers of one list share the unit written after the last: "34 and 38
 * °C", "2619.6 and 2614.7 m", "10, 20 and 30 mg". */
static bc_status share_units(struct an *a, size_t first)
{
  struct bc_number_fact *v = a->f->numbers;
  size_t k, chain = NONE;
  for (k = a->f->n_numbers; k-- > first + 1;) {
    struct bc_number_fact *p = &v[k - 1], *q = &v[k];
    size_t g = p->span.end, words = 0;
    int ok = 1;
    if (*p->unit || !*q->unit || q->whole.start < g)
      continue;
    while (g < q->whole.start && ok) {
      const char *t = a->t + g;
      size_t left = q->whole.start - g;
      if (*t == ' ' || *t == ',')
        g++;
      else if (left >= 3 && memcmp(t, "and", 3) == 0 && words++ < 1)
        g += 3;
      else if (left >= 2 && memcmp(t, "or", 2) == 0 && words++ < 1)
        g += 2;
      else
        ok = 0;
    }
    /* A comma alone joins a list only when its last two are joined by
     * "and" or "or": "10, 20 and 30 mg", not "2.30, 95% CI". */
    if (!ok || q->whole.start - p->span.end > 8 || (!words && chain != k))
      continue;
    chain = k - 1;
    {
      char *u = bc__strdup(q->unit), *w = bc__strdup(q->noun);
      if (!u || !w) {
        free(u);
        free(w);
        return BC_ERR_NOMEM;
      }
      free(p->unit);
      free(p->noun);
      p->unit = u;
      p->noun = w;
      p->count = q->count;
    }
  }
  return BC_OK;
}

static int unit_is(const struct an *a, const struct num *n, const char *w1,
                   const char *w2)
{
  return n->ue == n->us + 1 &&
         (bc__an_tok_is(a, n->us, w1) || bc__an_tok_is(a, n->us, w2));
}

bc_status bc__an_numbers(struct an *a)
{
  size_t i = 0, e, first = a->f->n_numbers;
  bc_status rc;
  int lb;
  while (i < a->ntok) {
    struct num n;
    if (a->tok[i].used) {
      i++;
      continue;
    }
    if ((e = bc__an_citation(a, i)) != 0) {
      i = e;
      continue;
    }
    if (is_word(a, i) && bc__an_tok_in(a, i, ordinals)) {
      size_t k;
      memset(&n, 0, sizeof n);
      for (k = 0; ordinals[k]; k++)
        if (bc__an_tok_is(a, i, ordinals[k]))
          n.lo = n.hi = ordinal_val[k];
      n.ordinal = 1;
      n.s = n.ws = i;
      n.e = i + 1;
      rc = emit(a, &n);
      if (rc)
        return rc;
      i++;
      continue;
    }
    e = parse(a, i, &n);
    /* Labels and names with numbers: "Fig. 2 and 3", "Figures 3I and 3J",
     * "phase 1 medical", "Voyager 1"; a spaced unit of measure says it is
     * a quantity after all: "the site 20 km north". */
    if (a->tok[i].type == AN_NUM &&
        ((lb = bc__an_label_before(a, i)) == 1 ||
         (lb == 2 && !(e && n.count)) ||
         (bc__an_name_before(a, i) && integer_tok(a, i) && !(e && n.range))) &&
        !(e && n.s == i &&
          (n.code || (n.ue && !n.count && !(n.uglued && is_word(a, n.us)))))) {
      i = bc__an_label_list_end(a, i);
      continue;
    }
    if (!e) {
      i++;
      continue;
    }
    if (n.ordinal) {
      n.ws = n.s;
      rc = emit(a, &n);
      if (rc)
        return rc;
      i = e;
      continue;
    }
    /* "two years and six months" is one duration: 2.5 years. */
    if (!n.range && unit_is(a, &n, "years", "year") &&
        bc__an_tok_is(a, e, "and")) {
      struct num m;
      size_t e2 = parse(a, e + 1, &m);
      if (e2 && !m.range && m.lo < 12 && unit_is(a, &m, "months", "month")) {
        n.lo += m.lo / 12;
        n.hi = n.lo;
        n.e = e = e2;
      }
    }
    modifiers_before(a, &n);
    if (n.neg && n.lo > 0) {
      double lo = -n.hi, hi = -n.lo;
      n.lo = lo;
      n.hi = hi;
    }
    /* "between 0 and 60", "from 1 to 25 per mm": the word opening the
     * range is part of the whole quantity. */
    if (n.range && n.ws > 0 &&
        (bc__an_tok_is(a, n.ws - 1, "between") ||
         bc__an_tok_is(a, n.ws - 1, "from")))
      n.ws--;
    rc = emit(a, &n);
    if (rc)
      return rc;
    i = e;
  }
  return share_units(a, first);
}
