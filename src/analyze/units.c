/* units.c - units of measurement as scientists and writers put them after a
 * number: SI symbols with their prefixes ("µm", "kHz", "MPa", "kDa"),
 * compounds ("m s−1", "mg/L", "mg kg−1", "Mg ha−1 year−1", "mm per
 * side"), degrees ("°C", "° C", "54 oN", "degrees Celsius"), per mille,
 * percentages ("%", "per cent", "wt.%") and time words.  It recognizes a
 * unit at a token and nothing else: whether a number is a quantity, and
 * what a count counts, is decided in numbers.c. */
#include <string.h>

#include "analyze/units.h"

/* SI-style symbols and the prefixes each takes ('u' stands for µ and μ as
 * well as for the ASCII u of "ug/mL").  Prefixes are left out where the
 * pair would read as a word or as another notation: "am" and "pm" are
 * times of day, "as" and "us" words, "Ms" a title.  alone: the bare symbol
 * is a unit too (a lone "C" or "S" after a number is more often a label or
 * a name than coulombs or siemens). */
static const struct sym {
  const char *b;
  const char *pre;
  unsigned char alone, time;
} syms[] = {
    {"m", "kcdmunfM", 1, 0},   {"g", "kmunpfMG", 1, 0}, {"s", "kmunpf", 1, 1},
    {"L", "kcdmun", 1, 0},     {"l", "cdmun", 1, 0},    {"mol", "kmunpf", 1, 0},
    {"M", "munpf", 1, 0},      {"Hz", "kMGTm", 1, 0},   {"Pa", "hkMG", 1, 0},
    {"bar", "kmun", 1, 0},     {"Bar", "m", 0, 0}, /* "mBar", a common spelling
                                                      of millibar */
    {"J", "kMGTmun", 1, 0},    {"W", "kMGTmun", 1, 0},  {"Wh", "kMGT", 1, 0},
    {"V", "kMmun", 1, 0},      {"A", "kmunp", 1, 0},    {"N", "kmMun", 1, 0},
    {"T", "mun", 1, 0},        {"eV", "kMGTm", 1, 0},   {"Da", "kM", 1, 0},
    {"\xCE\xA9", "kMm", 1, 0}, /* Ω */
    {"F", "munp", 0, 0},       {"S", "mun", 0, 0},      {"C", "mun", 0, 0},
    {"H", "mun", 0, 0},        {"Gy", "mc", 1, 0},      {"Sv", "mun", 1, 0},
    {"Bq", "kMG", 1, 0},       {"cal", "k", 1, 0},      {"B", "kKMGTP", 1, 0},
    {"b", "kMGT", 0, 0},       {"bit", "kMGT", 1, 0},   {"bp", "kM", 1, 0},
    {"bps", "kMG", 1, 0},      {"t", "kMG", 1, 0},      {"yr", "kMG", 1, 1},
    {"a", "kMG", 0, 0}, /* ka, Ma, Ga */
    {"R", "kM", 0, 0},         {"rad", "m", 1, 0},      {"deg", "m", 1, 0},
    {"K", "m", 1, 0},
};

/* Symbols that take no prefix.  Sorted (strcmp) for the binary search. */
static const char *const plain_syms[] = {
    "AU",   "CFU",  "Gpc",  "Gyr",  "IU",  "Mpc", "Myr",      "Nm",
    "PFU",  "PS", /* metric horsepower */
    "Torr", "U",    "atm",  "bhp",  "byr", "cc",  "cd",       "cfu",
    "d",    "dB",   "dBA",  "dBm",  "dpi", "fps", "ft",       "gal",
    "h",    "ha",   "hp",   "hr",   "hrs", "kn",  "kpc",      "kph",
    "kyr",  "lb",   "lbs",  "lm",   "lx",  "ly",  "mbsl",     "mi",
    "min",  "mins", "mmHg", "mo",   "mos", "mph", "nt",       "oz",
    "pc",   "pfu",  "ppb",  "ppbv", "ppi", "ppm", "ppmv",     "ppq",
    "ppt",  "pptv", "psi",  "px",   "rpm", "sec", "secs",     "sr",
    "torr", "wk",   "wks",  "y",    "yd",  "yrs", "\xC3\x85", /* Å */
};
/* Those of them that measure time. */
static const char *const plain_time[] = {"d",    "h",   "hr",  "hrs", "min",
                                         "mins", "mo",  "mos", "sec", "secs",
                                         "wk",   "wks", "y",   "yrs", NULL};

/* Unit words, lower case, sorted.  Time words are marked in time_words. */
static const char *const words[] = {
    "acre",      "acres",      "amp",          "ampere",        "amperes",
    "amps",      "angstrom",   "angstroms",    "bit",           "bits",
    "byte",      "bytes",      "calorie",      "calories",      "centuries",
    "century",   "day",        "days",         "decade",        "decades",
    "degree",    "degrees",    "electronvolt", "electronvolts", "feet",
    "foot",      "fortnight",  "fortnights",   "gallon",        "gallons",
    "gram",      "gramme",     "grammes",      "grams",         "hectare",
    "hectares",  "hertz",      "horsepower",   "hour",          "hours",
    "inch",      "inches",     "joule",        "joules",        "kelvin",
    "kelvins",   "knot",       "knots",        "liter",         "liters",
    "litre",     "litres",     "meter",        "meters",        "metre",
    "metres",    "micron",     "microns",      "mile",          "miles",
    "millennia", "millennium", "minute",       "minutes",       "mole",
    "moles",     "month",      "months",       "newton",        "newtons",
    "ohm",       "ohms",       "ounce",        "ounces",        "pascal",
    "pascals",   "second",     "seconds",      "ton",           "tonne",
    "tonnes",    "tons",       "volt",         "volts",         "watt",
    "watts",     "week",       "weeks",        "yard",          "yards",
    "year",      "years",
};
static const char *const time_words[] = {
    "centuries", "century",    "day",   "days",   "decade",    "decades",
    "fortnight", "fortnights", "hour",  "hours",  "millennia", "millennium",
    "minute",    "minutes",    "month", "months", "second",    "seconds",
    "week",      "weeks",      "year",  "years",  NULL};
/* Metric words take these prefixes: "kilometres", "milligrams". */
static const char *const word_prefixes[] = {"centi", "deci",  "giga",  "kilo",
                                            "mega",  "micro", "milli", "nano",
                                            "peta",  "pico",  "tera",  NULL};
static const char *const prefixable[] = {
    "ampere",  "amperes",  "bit",          "bits",          "byte",    "bytes",
    "calorie", "calories", "electronvolt", "electronvolts", "gram",    "gramme",
    "grammes", "grams",    "hertz",        "joule",         "joules",  "liter",
    "liters",  "litre",    "litres",       "meter",         "meters",  "metre",
    "metres",  "mole",     "moles",        "newton",        "newtons", "ohm",
    "ohms",    "pascal",   "pascals",      "second",        "seconds", "tonne",
    "tonnes",  "volt",     "volts",        "watt",          "watts",   NULL};

static int in_sorted(const char *const *list, size_t n, const char *w)
{
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(w, list[mid]);
    if (!c)
      return 1;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return 0;
}

static int in_list(const char *const *list, const char *w)
{
  size_t k;
  /* The first byte before the whole word: this runs for every word of a
   * text against several lists. */
  for (k = 0; list[k]; k++)
    if (list[k][0] == w[0] && strcmp(list[k], w) == 0)
      return 1;
  return 0;
}

#define NELEM(x) (sizeof(x) / sizeof((x)[0]))

static int is_word(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].type == AN_WORD;
}

static int glued(const struct an *a, size_t i)
{
  return i < a->ntok && !a->tok[i].sp;
}

static int punct(const struct an *a, size_t i, uint32_t cp)
{
  return bc__an_is_punct(a, i, cp);
}

/* Length of p[0..n) without trailing superscript digits and signs
 * ("m²", "s⁻¹"). */
static size_t strip_superscripts(const unsigned char *p, size_t n)
{
  for (;;) {
    if (n >= 2 && p[n - 2] == 0xC2 &&
        (p[n - 1] == 0xB2 || p[n - 1] == 0xB3 || p[n - 1] == 0xB9)) {
      n -= 2;
      continue;
    }
    if (n >= 3 && p[n - 3] == 0xE2 && p[n - 2] == 0x81 &&
        (p[n - 1] == 0xB0 || (p[n - 1] >= 0xB4 && p[n - 1] <= 0xBB))) {
      n -= 3;
      continue;
    }
    return n;
  }
}

/* The bytes of one prefix at p: 1 for an ASCII letter, 2 for µ (U+00B5)
 * and μ (U+03BC); *c gets the prefix as a letter ('u' for micro). */
static size_t prefix_at(const unsigned char *p, size_t n, char *c)
{
  if (n >= 2 &&
      ((p[0] == 0xC2 && p[1] == 0xB5) || (p[0] == 0xCE && p[1] == 0xBC))) {
    *c = 'u';
    return 2;
  }
  if (n >= 1 && p[0] < 0x80) {
    *c = (char)p[0];
    return 1;
  }
  return 0;
}

/* Is p[0..n) an SI-style symbol?  *time: it measures time. */
static int symbol(const unsigned char *p, size_t n, int *time)
{
  size_t k, pl;
  char c = 0, buf[16];
  if (n == 0 || n >= sizeof buf)
    return 0;
  memcpy(buf, p, n);
  buf[n] = '\0';
  if (in_sorted(plain_syms, NELEM(plain_syms), buf)) {
    *time = in_list(plain_time, buf);
    return 1;
  }
  for (k = 0; k < NELEM(syms); k++)
    if (syms[k].alone && syms[k].b[0] == buf[0] &&
        strcmp(buf, syms[k].b) == 0) {
      *time = syms[k].time;
      return 1;
    }
  pl = prefix_at(p, n, &c);
  if (!pl || pl >= n)
    return 0;
  for (k = 0; k < NELEM(syms); k++)
    if (syms[k].b[0] == buf[pl] && strcmp(buf + pl, syms[k].b) == 0 &&
        strchr(syms[k].pre, c)) {
      *time = syms[k].time;
      return 1;
    }
  return 0;
}

/* Is p[0..n) a unit word ("years", "kilometres", "degrees")? */
static int unit_word(const unsigned char *p, size_t n, int *time)
{
  char buf[24];
  size_t k;
  if (n == 0 || n >= sizeof buf)
    return 0;
  for (k = 0; k < n; k++) {
    unsigned char c = p[k];
    if (c >= 0x80)
      return 0;
    buf[k] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  buf[n] = '\0';
  if (in_sorted(words, NELEM(words), buf)) {
    *time = in_list(time_words, buf);
    return 1;
  }
  for (k = 0; word_prefixes[k]; k++) {
    size_t pl = strlen(word_prefixes[k]);
    if (n > pl && memcmp(buf, word_prefixes[k], pl) == 0 &&
        in_list(prefixable, buf + pl)) {
      *time = in_list(time_words, buf + pl);
      return 1;
    }
  }
  return 0;
}

static int minus_like(const struct an *a, size_t i)
{
  return punct(a, i, '-') || punct(a, i, 0x2212) || punct(a, i, 0x2010) ||
         punct(a, i, 0x2013);
}

/* A small integer exponent token: one digit, 1 to 4. */
static int exp_digit(const struct an *a, size_t i)
{
  const char *p;
  if (i >= a->ntok || a->tok[i].type != AN_NUM ||
      a->tok[i].e - a->tok[i].s != 1)
    return 0;
  p = a->t + a->tok[i].s;
  return *p >= '1' && *p <= '4';
}

/* Does token i continue the word or number before it ("m23", "s−1x")?
 * Punctuation after an exponent ("s−1.", "m2)") does not. */
static int runs_on(const struct an *a, size_t i)
{
  return glued(a, i) && a->tok[i].type != AN_PUNCT;
}

/* The exponent written after a unit symbol ending at token i: "m2",
 * "s−1", "s-1", "g− 1", "m^2", "s^-1".  Returns the token after it, or i
 * when there is none. */
static size_t exponent(const struct an *a, size_t i)
{
  if (glued(a, i) && exp_digit(a, i) && !runs_on(a, i + 1))
    return i + 1;
  if (glued(a, i) && minus_like(a, i)) {
    if (glued(a, i + 1) && exp_digit(a, i + 1) && !runs_on(a, i + 2))
      return i + 2;
    /* "mA g− 1": a typeset superscript that lost its glue. */
    if (punct(a, i, 0x2212) && i + 1 < a->ntok && exp_digit(a, i + 1) &&
        !runs_on(a, i + 2))
      return i + 2;
  }
  if (glued(a, i) && punct(a, i, '^')) {
    size_t k = i + 1;
    if (glued(a, k) && minus_like(a, k))
      k++;
    if (glued(a, k) && k < a->ntok && a->tok[k].type == AN_NUM)
      return k + 1;
  }
  return i;
}

size_t bc__an_unit_atom(const struct an *a, size_t i, enum an_ukind *kind,
                        int *exp)
{
  const unsigned char *p;
  size_t n, m, j;
  int time = 0;
  if (!is_word(a, i) || a->tok[i].used)
    return 0;
  p = (const unsigned char *)a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  m = strip_superscripts(p, n);
  if (!symbol(p, m, &time) && !unit_word(p, m, &time))
    return 0;
  j = exponent(a, i + 1);
  *exp = m < n || j > i + 1;
  /* "in", "as", "us" are words first; a lone capital that opens a sentence
   * ("3. A total of") is an article, not amperes. */
  if (!*exp && bc__an_is_function_word(a, i))
    return 0;
  if (m == 1 && !*exp && a->tok[i].sent)
    return 0;
  /* "3 B cells", "5 T cells": a capital letter naming a kind of thing. */
  if (m == 1 && !*exp && (p[0] == 'A' || p[0] == 'B' || p[0] == 'T') &&
      bc__an_is_lower(a, j) && !bc__an_is_function_word(a, j))
    return 0;
  /* "megawatt-hours", "kilowatt-hour": energy, one unit with its hyphen. */
  if (j == i + 1 && m >= 4 &&
      (memcmp(p + m - 4, "watt", 4) == 0 ||
       (m >= 5 && memcmp(p + m - 5, "watts", 5) == 0)) &&
      glued(a, j) && punct(a, j, '-') && glued(a, j + 1) &&
      (bc__an_tok_is(a, j + 1, "hour") || bc__an_tok_is(a, j + 1, "hours")))
    j += 2;
  *kind = time ? AN_U_TIME : AN_U_MEASURE;
  return j;
}

/* "°C", "° C", "°N": the letter after a degree sign. */
static int degree_letter(const struct an *a, size_t i)
{
  static const char *const l[] = {"C", "F", "K", "N", "S", "E", "W", NULL};
  size_t k;
  if (!is_word(a, i) || bc__an_toklen(a, i) != 1)
    return 0;
  for (k = 0; l[k]; k++)
    if (a->t[a->tok[i].s] == l[k][0])
      return 1;
  return 0;
}

/* "oC", "oN", "ºC", "˚C": a degree sign typed as a letter. */
static int degree_word(const struct an *a, size_t i)
{
  const unsigned char *p;
  size_t n, k;
  if (!is_word(a, i))
    return 0;
  p = (const unsigned char *)a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  if (n == 2 && p[0] == 'o')
    k = 1;
  else if (n == 3 && p[0] == 0xC2 && p[1] == 0xBA)
    k = 2; /* º U+00BA */
  else if (n == 4 && p[0] == 0xCB && p[1] == 0x9A)
    k = 2; /* ˚ U+02DA */
  else
    return 0;
  return strchr("CFKNSEW", p[k]) != NULL && p[k] != '\0' && k + 1 == n;
}

/* Words that may follow "degrees". */
static int degree_scale(const struct an *a, size_t i)
{
  static const char *const w[] = {
      "c",          "celsius", "centigrade", "e",        "east",      "f",
      "fahrenheit", "k",       "kelvin",     "latitude", "longitude", "n",
      "north",      "s",       "south",      "w",        "west",      NULL};
  return bc__an_tok_in(a, i, w) &&
         !(bc__an_toklen(a, i) == 1 && bc__an_is_lower(a, i));
}

/* A word that can follow "per" in a rate: not a function word, a number
 * or a name. */
static int per_word(const struct an *a, size_t i)
{
  return is_word(a, i) && !a->tok[i].used && bc__an_is_lower(a, i) &&
         !bc__an_is_function_word(a, i) && bc__an_word_number(a, i) < 0 &&
         !bc__an_tok_is(a, i, "cent");
}

/* Further parts of a compound unit after the one ending at j: "/L",
 * "/min", " s−1", "·m", " per mm", " per side" (per_noun).  Returns the
 * new end. */
static size_t compound(const struct an *a, size_t j, int per_noun)
{
  enum an_ukind k2;
  int exp;
  size_t r;
  for (;;) {
    if ((punct(a, j, '/') || punct(a, j, 0xB7) || punct(a, j, 0x22C5)) &&
        (r = bc__an_unit_atom(a, j + 1, &k2, &exp)) != 0 &&
        (punct(a, j, '/') || (glued(a, j) && glued(a, j + 1)))) {
      j = r;
      continue;
    }
    /* "m s−1", "mg kg−1", "Mg ha−1 year−1": a spaced part carries its
     * exponent, else "5 m long" would read "m long". */
    if (j < a->ntok && a->tok[j].sp &&
        (r = bc__an_unit_atom(a, j, &k2, &exp)) != 0 && exp) {
      j = r;
      continue;
    }
    if (bc__an_tok_is(a, j, "per")) {
      if ((r = bc__an_unit_atom(a, j + 1, &k2, &exp)) != 0) {
        j = r;
        continue;
      }
      if (per_noun && per_word(a, j + 1))
        return j + 2;
    }
    return j;
  }
}

size_t bc__an_unit(const struct an *a, size_t i, struct an_unit *u)
{
  size_t j = i, r;
  enum an_ukind kind = AN_U_NONE;
  int exp = 0;
  if (i >= a->ntok || a->tok[i].used)
    return 0;
  u->s = i;
  if (punct(a, i, '%')) {
    kind = AN_U_PERCENT;
    j = i + 1;
  } else if (punct(a, i, 0x2030) || punct(a, i, 0x2031)) {
    kind = AN_U_MEASURE; /* ‰ ‱ */
    j = compound(a, i + 1, 0);
  } else if (punct(a, i, 0xB0)) {
    j = i + 1;
    if (degree_letter(a, j) &&
        (glued(a, j) || a->t[a->tok[j].s] == 'C' || a->t[a->tok[j].s] == 'F'))
      j++;
    kind = AN_U_MEASURE;
    j = compound(a, j, 0);
    /* "74° latitude" */
    if (j == i + 1 &&
        (bc__an_tok_is(a, j, "latitude") || bc__an_tok_is(a, j, "longitude")))
      j++;
  } else if (degree_word(a, i)) {
    kind = AN_U_MEASURE;
    j = compound(a, i + 1, 0);
  } else if ((bc__an_tok_is(a, i, "degrees") ||
              bc__an_tok_is(a, i, "degree")) &&
             !a->tok[i].used) {
    kind = AN_U_MEASURE;
    j = i + 1;
    if (degree_scale(a, j))
      j++;
  } else if ((bc__an_tok_is(a, i, "wt") || bc__an_tok_is(a, i, "vol") ||
              bc__an_tok_is(a, i, "mol") || bc__an_tok_is(a, i, "at")) &&
             (punct(a, i + 1, '%') ||
              (punct(a, i + 1, '.') && glued(a, i + 1) &&
               punct(a, i + 2, '%')))) {
    kind = AN_U_PERCENT; /* "wt%", "wt.%", "wt. %", "vol%", "at.%" */
    j = punct(a, i + 1, '%') ? i + 2 : i + 3;
  } else if (bc__an_tok_is(a, i, "percent") || bc__an_tok_is(a, i, "pct")) {
    kind = AN_U_PERCENT;
    j = i + 1;
  } else if (bc__an_tok_is(a, i, "per") && bc__an_tok_is(a, i + 1, "cent")) {
    kind = AN_U_PERCENT;
    j = i + 2;
  } else if ((bc__an_tok_is(a, i, "percentage") ||
              bc__an_tok_is(a, i, "basis")) &&
             (bc__an_tok_is(a, i + 1, "points") ||
              bc__an_tok_is(a, i + 1, "point"))) {
    kind = AN_U_PERCENT;
    j = i + 2;
    /* The checker's unit table (src/validate/equivalence.c) reads "point"
     * as a percentage but not "percentage point": name the unit by its
     * last word until it does. */
    if (bc__an_tok_is(a, i, "percentage"))
      i++;
  } else if (bc__an_tok_is(a, i, "times") || bc__an_tok_is(a, i, "fold")) {
    kind = AN_U_TIMES;
    j = i + 1;
  } else if ((bc__an_tok_is(a, i, "orders") || bc__an_tok_is(a, i, "order")) &&
             bc__an_tok_is(a, i + 1, "of") &&
             bc__an_tok_is(a, i + 2, "magnitude")) {
    kind = AN_U_MEASURE;
    j = i + 3;
  } else if (bc__an_tok_is(a, i, "parts") && bc__an_tok_is(a, i + 1, "per") &&
             (bc__an_tok_is(a, i + 2, "million") ||
              bc__an_tok_is(a, i + 2, "billion") ||
              bc__an_tok_is(a, i + 2, "thousand") ||
              bc__an_tok_is(a, i + 2, "trillion"))) {
    kind = AN_U_MEASURE;
    j = i + 3;
  } else if ((r = bc__an_unit_atom(a, i, &kind, &exp)) != 0) {
    /* Rates of time ("hours per week") keep the plain time unit, which is
     * what the checker compares; measures take their compounds. */
    j = kind == AN_U_TIME && !exp ? r : compound(a, r, 1);
    if (j > r && kind == AN_U_TIME)
      kind = AN_U_MEASURE;
  } else {
    return 0;
  }
  u->s = i;
  u->e = j;
  u->kind = kind;
  return j;
}

static int sorted(const char *const *list, size_t n)
{
  size_t k;
  for (k = 1; k < n; k++)
    if (strcmp(list[k - 1], list[k]) >= 0)
      return 0;
  return 1;
}

int bc__an_units_sorted(void)
{
  return sorted(plain_syms, NELEM(plain_syms)) && sorted(words, NELEM(words));
}
