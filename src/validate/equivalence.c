/* equivalence.c - when two ways of writing a fact say the same thing: the
 * same word, the same acronym expansion, the same quantity, a date that
 * supports another.  Pure functions without allocation; the checkers
 * (check_*.c) decide what to report, this file only what is equal. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"
#include "util/calendar.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

static int lower(int c)
{
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_word_byte(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

/* Dashes and curly quotes (U+2010..U+201F) separate words although they
 * are non-ASCII. */
static int punct_at(const char *s, size_t len, size_t i)
{
  return i + 2 < len && (unsigned char)s[i] == 0xE2 &&
         (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] >= 0x90 &&
         (unsigned char)s[i + 2] <= 0x9F;
}

size_t bc__validate_next_word(const char *s, size_t len, size_t *pos,
                              size_t *start)
{
  size_t i = *pos, b;
  while (i < len && (!is_word_byte((unsigned char)s[i]) || punct_at(s, len, i)))
    i += punct_at(s, len, i) ? 3 : 1;
  b = i;
  while (i < len && !punct_at(s, len, i)) {
    unsigned char c = (unsigned char)s[i];
    /* An apostrophe inside a word ("don't", "O'Neil") keeps it whole; the
     * UTF-8 right single quote is left to the non-ASCII rule. */
    if (is_word_byte(c) || (c == '\'' && i > b && i + 1 < len &&
                            is_word_byte((unsigned char)s[i + 1])))
      i++;
    else
      break;
  }
  *pos = i;
  *start = b;
  return i - b;
}

/* An ending that inflects a word rather than making another word. */
static int inflection(const char *w, size_t n)
{
  static const char *const endings[] = {
      "",     "s",  "es", "e",  "ed",  "d",  "ing", "y",    "ies",  "ion",
      "ions", "al", "is", "er", "ers", "or", "ors", "ment", "ments"};
  size_t k, i;
  for (k = 0; k < sizeof endings / sizeof endings[0]; k++) {
    if (strlen(endings[k]) != n)
      continue;
    for (i = 0; i < n; i++)
      if (lower((unsigned char)w[i]) != endings[k][i])
        break;
    if (i == n)
      return 1;
  }
  return 0;
}

static int ends_with(const char *w, size_t n, const char *end)
{
  size_t k = strlen(end);
  return n >= k && memcmp(w + n - k, end, k) == 0;
}

/* w in lower case and American spelling, into buf (cap bytes; a longer
 * word is cut, which only matters for two very long words): "Harbour"
 * "harbor", "Centre" "center", "Catalogue" "catalog", "Defence"
 * "defense", "Modelling" "modeling".  -ise/-ize is left to the
 * comparison.  Returns the length. */
static size_t american(const char *w, size_t n, char *buf, size_t cap)
{
  size_t i, k = 0;
  for (i = 0; i < n && k < cap; i++) {
    char c = (char)lower((unsigned char)w[i]);
    /* "our" after two letters or more ("harbour", "behaviour"), not
     * "hour", "four" or "your"; an ending may follow ("favoured"). */
    if (c == 'u' && k >= 3 && buf[k - 1] == 'o' && i + 1 < n &&
        lower((unsigned char)w[i + 1]) == 'r')
      continue;
    /* "modelling", "travelled", "labelled": one l after an e. */
    if (c == 'l' && k >= 2 && buf[k - 1] == 'l' && buf[k - 2] == 'e' &&
        i + 1 < n &&
        (lower((unsigned char)w[i + 1]) == 'i' ||
         lower((unsigned char)w[i + 1]) == 'e'))
      continue;
    buf[k++] = c;
  }
  /* A possessive is the same word: "Security's". */
  if (k >= 4 && buf[k - 1] == 's' && buf[k - 2] == '\'')
    k -= 2;
  if (k >= 4 && (ends_with(buf, k, "tre") || ends_with(buf, k, "bre"))) {
    buf[k - 2] = 'e'; /* "centre" "center" */
    buf[k - 1] = 'r';
  } else if (k >= 5 &&
             (ends_with(buf, k, "tres") || ends_with(buf, k, "bres"))) {
    buf[k - 3] = 'e';
    buf[k - 2] = 'r';
  } else if (k >= 6 && ends_with(buf, k, "ogue")) {
    k -= 2; /* "catalogue" "catalog" */
  } else if (k >= 7 && ends_with(buf, k, "ogues")) {
    buf[k - 3] = 's';
    k -= 2;
  } else if (k >= 6 &&
             (ends_with(buf, k, "fence") || ends_with(buf, k, "cence") ||
              ends_with(buf, k, "tence"))) {
    buf[k - 2] = 's'; /* "defence" "defense", "licence" "license" */
  }
  return k;
}

/* Is a (canonical, see american) a usual short form of b, as names of
 * organisations write them ("Corp" for "Corporation")?  -ise/-ize
 * blind. */
static int short_form(const char *a, size_t an, const char *b, size_t bn)
{
  static const char *const pairs[][2] = {
      {"admin", "administration"}, {"assn", "association"},
      {"assoc", "association"},    {"bros", "brothers"},
      {"co", "company"},           {"corp", "corporation"},
      {"dept", "department"},      {"dev", "development"},
      {"govt", "government"},      {"inc", "incorporated"},
      {"info", "information"},     {"intl", "international"},
      {"lab", "laboratory"},       {"labs", "laboratories"},
      {"ltd", "limited"},          {"mfg", "manufacturing"},
      {"mgmt", "management"},      {"natl", "national"},
      {"org", "organization"},     {"sys", "system"},
      {"tech", "technology"},      {"univ", "university"}};
  size_t k, i;
  for (k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
    const char *sf = pairs[k][0], *lf = pairs[k][1];
    if (strlen(sf) != an || memcmp(a, sf, an) != 0 || strlen(lf) != bn)
      continue;
    for (i = 0; i < bn; i++)
      if (b[i] != lf[i] && !((b[i] == 's' || b[i] == 'z') && lf[i] == 'z'))
        break;
    if (i == bn)
      return 1;
  }
  return 0;
}

int bc__validate_words_match(const char *wa, size_t wan, const char *wb,
                             size_t wbn)
{
  char ba[64], bb[64];
  size_t an = american(wa, wan, ba, sizeof ba);
  size_t bn = american(wb, wbn, bb, sizeof bb);
  const char *a = ba, *b = bb;
  size_t i, common = 0, minlen = an < bn ? an : bn;
  size_t need;
  if (short_form(a, an, b, bn) || short_form(b, bn, a, an))
    return 1;
  for (i = 0; i < minlen; i++) {
    int ca = lower((unsigned char)a[i]), cb = lower((unsigned char)b[i]);
    /* -ise / -ize, -yse / -yze */
    if (ca != cb && !((ca == 's' || ca == 'z') && (cb == 's' || cb == 'z')))
      break;
    common++;
  }
  if (common == an && an == bn)
    return 1;
  /* Inflections and spelling variants keep all but the last few letters:
   * "Goal"/"Goals", "Objective"/"Objectives", "Analyse"/"Analysis", but
   * "Supply" is not "Supported". */
  need = minlen > 2 ? minlen - 2 : minlen;
  if (need < 3)
    need = minlen < 3 ? minlen : 3;
  if (common < need)
    return 0;
  return inflection(a + common, an - common) &&
         inflection(b + common, bn - common);
}

uint32_t bc__validate_stem_hash(const char *w, size_t n)
{
  static const char *const suffixes[] = {"ings", "ing", "edly", "ed",
                                         "es",   "ly",  "s"};
  size_t i, k;
  uint32_t h = 2166136261u;
  for (k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++) {
    size_t sl = strlen(suffixes[k]);
    if (n > sl + 3) {
      for (i = 0; i < sl; i++)
        if (lower((unsigned char)w[n - sl + i]) != suffixes[k][i])
          break;
      if (i == sl) {
        n -= sl;
        break;
      }
    }
  }
  if (n > 6)
    n = 6;
  for (i = 0; i < n; i++) {
    int c = lower((unsigned char)w[i]);
    if (c == 'z')
      c = 's';
    h = (h ^ (uint32_t)c) * 16777619u;
  }
  return h;
}

/* --- acronyms ------------------------------------------------------------- */

/* The analyzer's rule, the one rule of briefcast for whether words spell
 * an acronym (src/analyze/acronym_fit.c).  The checker asks it of phrases
 * it cuts from free text, where letters taken from inside words would let
 * ordinary words pass for an expansion, so it takes initials only: every
 * letter an initial (CamelCase capitals and hyphenated parts count), every
 * word but function words giving one. */
int bc__validate_fits_acronym(const char *acronym, const char *phrase,
                              size_t len)
{
  if (!acronym || !phrase)
    return 0;
  return bc__analyze_acronym_fit(acronym, strlen(acronym), phrase, len) ==
         BC_ACR_FIT_INITIALS;
}

/* The next word of s[0..len) at or after *pos that is not a function
 * word, nor the "s" of a possessive written with a curly apostrophe
 * ("Security’s"); 0 at the end. */
static size_t next_content(const char *s, size_t len, size_t *pos,
                           size_t *start)
{
  size_t n;
  while ((n = bc__validate_next_word(s, len, pos, start)) > 0 &&
         (bc__lex_is_skippable(s + *start, n) ||
          (n == 1 && (s[*start] == 's' || s[*start] == 'S'))))
    ;
  return n;
}

int bc__validate_expansion_within(const char *a, size_t an, const char *b,
                                  size_t bn)
{
  size_t from = 0, st;
  if (!next_content(a, an, &from, &st))
    return 1;
  from = 0;
  for (;;) {
    size_t pa = 0, pb, sa, sb, na, nb;
    /* Does a start at b's next content word? */
    if (!next_content(b, bn, &from, &st))
      return 0;
    pb = st;
    for (;;) {
      na = next_content(a, an, &pa, &sa);
      if (na == 0)
        return 1;
      nb = next_content(b, bn, &pb, &sb);
      if (nb == 0 || !bc__validate_words_match(a + sa, na, b + sb, nb))
        break;
    }
  }
}

int bc__validate_expansions_match(const char *a, size_t an, const char *b,
                                  size_t bn)
{
  size_t pa = 0, pb = 0, sa, sb, na, nb;
  for (;;) {
    na = next_content(a, an, &pa, &sa);
    nb = next_content(b, bn, &pb, &sb);
    if (na == 0 || nb == 0)
      return na == 0 && nb == 0;
    if (!bc__validate_words_match(a + sa, na, b + sb, nb))
      return 0;
  }
}

/* --- units and numbers ---------------------------------------------------- */

struct unit_name {
  const char *name;
  enum bc__unit_class cls;
  double scale;
  const char *canon;
};

static const struct unit_name units[] = {
    {"year", BC__UNIT_TIME, BC__CAL_DAYS_PER_YEAR, "day"},
    {"yr", BC__UNIT_TIME, BC__CAL_DAYS_PER_YEAR, "day"},
    {"decade", BC__UNIT_TIME, 10 * BC__CAL_DAYS_PER_YEAR, "day"},
    {"month", BC__UNIT_TIME, BC__CAL_DAYS_PER_MONTH, "day"},
    {"mo", BC__UNIT_TIME, BC__CAL_DAYS_PER_MONTH, "day"},
    {"week", BC__UNIT_TIME, 7.0, "day"},
    {"wk", BC__UNIT_TIME, 7.0, "day"},
    {"day", BC__UNIT_TIME, 1.0, "day"},
    {"hour", BC__UNIT_TIME, 1.0 / 24, "day"},
    {"hr", BC__UNIT_TIME, 1.0 / 24, "day"},
    {"minute", BC__UNIT_TIME, 1.0 / 1440, "day"},
    {"min", BC__UNIT_TIME, 1.0 / 1440, "day"},
    {"second", BC__UNIT_TIME, 1.0 / 86400, "day"},
    {"sec", BC__UNIT_TIME, 1.0 / 86400, "day"},
    {"%", BC__UNIT_PERCENT, 1.0, "%"},
    {"percent", BC__UNIT_PERCENT, 1.0, "%"},
    {"per cent", BC__UNIT_PERCENT, 1.0, "%"},
    {"pct", BC__UNIT_PERCENT, 1.0, "%"},
    {"percentage", BC__UNIT_PERCENT, 1.0, "%"},
    /* "a 3-5 point band" says "percentage points" short. */
    {"point", BC__UNIT_PERCENT, 1.0, "%"},
    {"x", BC__UNIT_TIMES, 1.0, "x"},
    {"\xc3\x97", BC__UNIT_TIMES, 1.0, "x"},
    {"time", BC__UNIT_TIMES, 1.0, "x"},
    {"fold", BC__UNIT_TIMES, 1.0, "x"},
    {"usd", BC__UNIT_MONEY, 1.0, "usd"},
    {"$", BC__UNIT_MONEY, 1.0, "usd"},
    {"dollar", BC__UNIT_MONEY, 1.0, "usd"},
    {"eur", BC__UNIT_MONEY, 1.0, "eur"},
    {"\xe2\x82\xac", BC__UNIT_MONEY, 1.0, "eur"},
    {"euro", BC__UNIT_MONEY, 1.0, "eur"},
    {"gbp", BC__UNIT_MONEY, 1.0, "gbp"},
    {"\xc2\xa3", BC__UNIT_MONEY, 1.0, "gbp"},
    {"pound", BC__UNIT_MONEY, 1.0, "gbp"},
    {"person", BC__UNIT_NOUN, 1.0, "people"},
    {"people", BC__UNIT_NOUN, 1.0, "people"},
};

enum bc__unit_class bc__validate_unit(const char *unit, double *scale,
                                      char *canon, size_t cap)
{
  size_t n, i, k;
  *scale = 1.0;
  if (cap)
    canon[0] = '\0';
  if (!unit || !*unit)
    return BC__UNIT_NONE;
  n = strlen(unit);
  if (cap == 0)
    return BC__UNIT_NOUN;
  for (i = 0, k = 0; i < n && k + 1 < cap; i++)
    canon[k++] = (char)lower((unsigned char)unit[i]);
  canon[k] = '\0';
  /* Singular: "companies" -> "company", "years" -> "year", not "bus". */
  if (k > 4 && strcmp(canon + k - 3, "ies") == 0) {
    canon[k - 3] = 'y';
    canon[k - 2] = '\0';
    k -= 2;
  } else if (k > 2 && canon[k - 1] == 's' && canon[k - 2] != 's' &&
             canon[k - 2] != 'u') {
    canon[--k] = '\0';
  }
  for (i = 0; i < sizeof units / sizeof units[0]; i++)
    if (strcmp(canon, units[i].name) == 0) {
      *scale = units[i].scale;
      snprintf(canon, cap, "%s", units[i].canon);
      return units[i].cls;
    }
  return BC__UNIT_NOUN;
}

int bc__validate_units_compatible(const char *a, const char *b)
{
  char ca[48], cb[48];
  double sa, sb;
  enum bc__unit_class ka = bc__validate_unit(a, &sa, ca, sizeof ca);
  enum bc__unit_class kb = bc__validate_unit(b, &sb, cb, sizeof cb);
  if (ka == BC__UNIT_NONE || kb == BC__UNIT_NONE)
    return 1;
  return ka == kb && strcmp(ca, cb) == 0;
}

int bc__validate_sig_digits(double v)
{
  unsigned long long n;
  int k = 0, digits = 0;
  if (v < 0)
    v = -v;
  if (v == 0 || !isfinite(v))
    return 1;
  /* Shift the decimals into the integer part (at most nine of them), then
   * count digits without the trailing zeros, which are not significant
   * ("120,000" has two). */
  while (k < 9 && fabs(v - round(v)) > 1e-9 * (v > 1 ? v : 1)) {
    v *= 10;
    k++;
  }
  if (v >= 1e18)
    return 15;
  n = (unsigned long long)llround(v);
  while (n && n % 10 == 0)
    n /= 10;
  while (n) {
    digits++;
    n /= 10;
  }
  return digits ? digits : 1;
}

static double round_sig(double v, int sig)
{
  double mag, p;
  if (v == 0)
    return 0;
  mag = floor(log10(fabs(v)));
  p = pow(10.0, (double)sig - 1 - mag);
  return round(v * p) / p;
}

/* Is claim value c the same as source value s?  approx: the claim or the
 * source says "about", "over", "+" and the like. */
static int value_eq(double c, double s, int approx)
{
  double m = fabs(c) > fabs(s) ? fabs(c) : fabs(s);
  int sc, ss;
  if (bc__analyze_number_equal(c, s))
    return 1;
  sc = bc__validate_sig_digits(c);
  ss = bc__validate_sig_digits(s);
  /* Rounding to fewer significant digits keeps the value: "2.3 million"
   * for 2,312,000.  One digit ("2 million" for 2.3 million) only when the
   * text says it is approximate. */
  if (sc < ss && (sc >= 2 || approx)) {
    if (bc__analyze_number_equal(round_sig(s, sc), c))
      return 1;
  }
  if (approx && m > 0 && fabs(c - s) / m <= 0.10)
    return 1;
  return 0;
}

void bc__validate_unit_info(const char *unit, struct bc__unit *u)
{
  u->cls = bc__validate_unit(unit, &u->scale, u->canon, sizeof u->canon);
}

int bc__validate_numbers_equiv_u(const struct bc_number_fact *claim,
                                 const struct bc__unit *cu,
                                 const struct bc_number_fact *src,
                                 const struct bc__unit *su)
{
  double c_lo, c_hi, s_lo, s_hi;
  enum bc__unit_class uc = cu->cls, us = su->cls;
  int approx = claim->approx || src->approx;
  c_lo = claim->value;
  c_hi = claim->value_hi;
  s_lo = src->value;
  s_hi = src->value_hi;
  if (uc != BC__UNIT_NONE && us != BC__UNIT_NONE) {
    /* Counted nouns vary with the writer ("14,000 handwritten pages" for
     * "14,000 pages"); the value decides.  Measures must agree. */
    if (uc != us || (uc != BC__UNIT_NOUN && strcmp(cu->canon, su->canon) != 0))
      return 0;
    c_lo *= cu->scale;
    c_hi *= cu->scale;
    s_lo *= su->scale;
    s_hi *= su->scale;
    /* A duration in another unit is rounded by the writer: "18 months" is
     * 547.9 days, "a year and a half" 547.875. */
    if (uc == BC__UNIT_TIME && cu->scale != su->scale) {
      double m = fabs(c_lo) > fabs(s_lo) ? fabs(c_lo) : fabs(s_lo);
      if (c_hi == c_lo && s_hi == s_lo && m > 0 &&
          fabs(c_lo - s_lo) / m <= 0.02)
        return 1;
    }
  } else if (uc == BC__UNIT_NONE && us == BC__UNIT_PERCENT && c_hi == c_lo &&
             c_lo > 0 && c_lo < 1) {
    /* "half" for 50%, "a quarter" for 25%. */
    c_lo *= 100;
    c_hi *= 100;
  } else if (uc == BC__UNIT_PERCENT && us == BC__UNIT_NONE && s_hi == s_lo &&
             s_lo > 0 && s_lo < 1) {
    s_lo *= 100;
    s_hi *= 100;
  }
  if (c_hi != c_lo)
    return value_eq(c_lo, s_lo, approx) && value_eq(c_hi, s_hi, approx);
  return value_eq(c_lo, s_lo, approx) || value_eq(c_lo, s_hi, approx);
}

int bc__validate_numbers_equiv(const struct bc_number_fact *claim,
                               const struct bc_number_fact *src)
{
  struct bc__unit cu, su;
  bc__validate_unit_info(claim->unit, &cu);
  bc__validate_unit_info(src->unit, &su);
  return bc__validate_numbers_equiv_u(claim, &cu, src, &su);
}

/* --- dates ---------------------------------------------------------------- */

static int parse_int(const char *s, size_t n, int *out)
{
  int v = 0;
  size_t i;
  if (n == 0 || n > 4)
    return 0;
  for (i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return 0;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return 1;
}

/* One ISO point: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYYs, --MM-DD. */
static int parse_point(const char *s, size_t n, struct bc__dval *v)
{
  memset(v, 0, sizeof *v);
  if (n == 7 && s[0] == '-' && s[1] == '-' && s[4] == '-') {
    v->kind = BC_DATE_PARTIAL;
    return parse_int(s + 2, 2, &v->m) && parse_int(s + 5, 2, &v->d) &&
           v->m >= 1 && v->m <= 12 && v->d >= 1 && v->d <= 31;
  }
  if (n < 4 || !parse_int(s, 4, &v->y))
    return 0;
  if (n == 4) {
    v->kind = BC_DATE_YEAR;
    return 1;
  }
  if (n == 5 && s[4] == 's') {
    v->kind = BC_DATE_DECADE;
    v->y -= v->y % 10;
    return 1;
  }
  if (n == 7 && s[4] == '-' && s[5] == 'Q') {
    v->kind = BC_DATE_QUARTER;
    return parse_int(s + 6, 1, &v->q) && v->q >= 1 && v->q <= 4;
  }
  if (s[4] != '-' || (n != 7 && n != 10) || !parse_int(s + 5, 2, &v->m) ||
      v->m < 1 || v->m > 12)
    return 0;
  if (n == 7) {
    v->kind = BC_DATE_MONTH;
    return 1;
  }
  v->kind = BC_DATE_DAY;
  return s[7] == '-' && parse_int(s + 8, 2, &v->d) && v->d >= 1 && v->d <= 31;
}

int bc__validate_date_parse(enum bc_date_kind kind, const char *iso,
                            struct bc__dval *lo, struct bc__dval *hi)
{
  const char *slash;
  size_t n;
  if (!iso || !*iso || kind == BC_DATE_RELATIVE)
    return 0;
  n = strlen(iso);
  slash = strchr(iso, '/');
  if (slash) {
    if (!parse_point(iso, (size_t)(slash - iso), lo))
      return 0;
    return parse_point(slash + 1, n - (size_t)(slash - iso) - 1, hi);
  }
  if (!parse_point(iso, n, lo))
    return 0;
  *hi = *lo;
  return 1;
}

/* Does point s state point c (c equal or coarser)? */
static int point_states(const struct bc__dval *c, const struct bc__dval *s)
{
  switch (c->kind) {
  case BC_DATE_DAY:
    if (s->kind == BC_DATE_DAY)
      return s->y == c->y && s->m == c->m && s->d == c->d;
    /* The source wrote the day without a year it could resolve: the day
     * and month are what it states. */
    return s->kind == BC_DATE_PARTIAL && s->m == c->m && s->d == c->d;
  case BC_DATE_MONTH:
    return (s->kind == BC_DATE_DAY || s->kind == BC_DATE_MONTH) &&
           s->y == c->y && s->m == c->m;
  case BC_DATE_YEAR:
    return s->kind != BC_DATE_PARTIAL && s->kind != BC_DATE_DECADE &&
           s->y == c->y;
  case BC_DATE_QUARTER:
    if (s->kind == BC_DATE_QUARTER)
      return s->y == c->y && s->q == c->q;
    return (s->kind == BC_DATE_DAY || s->kind == BC_DATE_MONTH) &&
           s->y == c->y && (s->m - 1) / 3 + 1 == c->q;
  case BC_DATE_DECADE:
    return s->kind != BC_DATE_PARTIAL && s->y / 10 == c->y / 10;
  case BC_DATE_PARTIAL:
    return (s->kind == BC_DATE_DAY || s->kind == BC_DATE_PARTIAL) &&
           s->m == c->m && s->d == c->d;
  default: return 0;
  }
}

/* A point as a month interval [a, b] (year * 12 + month - 1). */
static int month_interval(const struct bc__dval *v, long *a, long *b)
{
  long base = (long)v->y * 12;
  switch (v->kind) {
  case BC_DATE_DAY:
  case BC_DATE_MONTH: *a = *b = base + v->m - 1; return 1;
  case BC_DATE_YEAR:
    *a = base;
    *b = base + 11;
    return 1;
  case BC_DATE_QUARTER:
    *a = base + (v->q - 1) * 3;
    *b = *a + 2;
    return 1;
  case BC_DATE_DECADE:
    *a = base;
    *b = base + 119;
    return 1;
  default: return 0;
  }
}

int bc__validate_date_supports(const struct bc__dval *claim,
                               const struct bc_date_fact *src)
{
  struct bc__dval lo, hi;
  long ca, cb, sa, sb, t;
  if (!bc__validate_date_parse(src->kind, src->iso, &lo, &hi))
    return 0;
  if (point_states(claim, &lo) || point_states(claim, &hi))
    return 2;
  if (src->kind != BC_DATE_RANGE || !month_interval(claim, &ca, &cb) ||
      !month_interval(&lo, &sa, &t) || !month_interval(&hi, &t, &sb))
    return 0;
  return ca >= sa && cb <= sb ? 1 : 0;
}

static int near_point(const struct bc__dval *c, const struct bc__dval *s,
                      long *distance)
{
  long ca, cb, sa, sb;
  if (month_interval(c, &ca, &cb) && month_interval(s, &sa, &sb))
    *distance = labs((ca + cb) / 2 - (sa + sb) / 2);
  else
    *distance = 1000000;
  if (c->kind == BC_DATE_DAY && (s->kind == BC_DATE_DAY) && s->m == c->m &&
      s->d == c->d)
    return 1;
  if ((c->kind == BC_DATE_DAY || c->kind == BC_DATE_MONTH) &&
      (s->kind == BC_DATE_DAY || s->kind == BC_DATE_MONTH) && s->y == c->y &&
      s->m == c->m)
    return 2;
  if (c->y && s->y == c->y)
    return 3;
  if (c->y && s->y && abs(s->y - c->y) == 1)
    return 4;
  return 9;
}

int bc__validate_date_nearness(const struct bc__dval *claim,
                               const struct bc_date_fact *src, long *distance)
{
  struct bc__dval lo, hi;
  long d1, d2;
  int r1, r2;
  *distance = 1000000;
  if (!bc__validate_date_parse(src->kind, src->iso, &lo, &hi))
    return 99;
  r1 = near_point(claim, &lo, &d1);
  r2 = near_point(claim, &hi, &d2);
  if (r2 < r1 || (r2 == r1 && d2 < d1)) {
    *distance = d2;
    return r2;
  }
  *distance = d1;
  return r1;
}

/* --- context -------------------------------------------------------------- */

int bc__validate_sentence_end(const char *t, size_t i, size_t len)
{
  char c = t[i];
  if (c == '\n')
    return 1;
  if ((c == '.' || c == '!' || c == '?' || c == ';') &&
      (i + 1 >= len || t[i + 1] == ' ' || t[i + 1] == '\n'))
    return 1;
  return 0;
}

void bc__validate_context(const char *text, size_t len, struct bc_span fact,
                          struct bc__context *out)
{
  size_t a = fact.start, b = fact.end, pos, start, n;
  size_t left = 0, right = 0;
  uint32_t lh[BC__CTX_WORDS], rh[BC__CTX_WORDS];
  out->n = 0;
  if (a > len)
    a = len;
  if (b > len)
    b = len;
  /* The sentence around the fact, bounded to a few hundred bytes each way
   * so a text without punctuation costs no more than a sentence. */
  while (a > 0 && fact.start - a < 400 &&
         !bc__validate_sentence_end(text, a - 1, len))
    a--;
  while (b < len && b - fact.end < 400 &&
         !bc__validate_sentence_end(text, b, len))
    b++;
  pos = a;
  /* lh is a ring: only the words nearest the fact are kept. */
  while ((n = bc__validate_next_word(text, fact.start, &pos, &start)) > 0) {
    if (!bc__lex_is_skippable(text + start, n) &&
        !(text[start] >= '0' && text[start] <= '9'))
      lh[left++ % BC__CTX_WORDS] = bc__validate_stem_hash(text + start, n);
  }
  pos = fact.end;
  while (right < BC__CTX_WORDS &&
         (n = bc__validate_next_word(text, b, &pos, &start)) > 0) {
    if (!bc__lex_is_skippable(text + start, n) &&
        !(text[start] >= '0' && text[start] <= '9'))
      rh[right++] = bc__validate_stem_hash(text + start, n);
  }
  /* Nearest words first: the last ones on the left, the first on the
   * right, alternating. */
  {
    size_t i = 0, j = 0, nl = left < BC__CTX_WORDS ? left : BC__CTX_WORDS;
    while (out->n < BC__CTX_WORDS && (i < nl || j < right)) {
      if (j < right)
        out->h[out->n++] = rh[j++];
      if (i < nl && out->n < BC__CTX_WORDS)
        out->h[out->n++] = lh[(left - 1 - i++) % BC__CTX_WORDS];
    }
  }
}

size_t bc__validate_overlap(const struct bc__context *a,
                            const struct bc__context *b)
{
  size_t i, j, n = 0;
  for (i = 0; i < a->n; i++) {
    for (j = 0; j < i; j++)
      if (a->h[j] == a->h[i])
        break;
    if (j < i)
      continue; /* count each word once */
    for (j = 0; j < b->n; j++)
      if (b->h[j] == a->h[i]) {
        n++;
        break;
      }
  }
  return n;
}
