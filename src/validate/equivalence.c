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

/* The checker's name for the lexicon's skippable words.  It can give way
 * to bc__lex_is_skippable once fit() below makes way for the analyzer's
 * shared acronym rule. */
int bc__validate_is_stopword(const char *w, size_t n)
{
  return bc__lex_is_skippable(w, n);
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

int bc__validate_words_match(const char *a, size_t an, const char *b, size_t bn)
{
  size_t i, common = 0, minlen = an < bn ? an : bn;
  size_t need;
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

#define MAX_FIT_WORDS 24

struct words {
  const char *s[MAX_FIT_WORDS];
  size_t n[MAX_FIT_WORDS];
  size_t count;
};

static int split_words(const char *p, size_t len, struct words *w)
{
  size_t pos = 0, start, n;
  w->count = 0;
  while ((n = bc__validate_next_word(p, len, &pos, &start)) > 0) {
    if (w->count == MAX_FIT_WORDS)
      return 0;
    w->s[w->count] = p + start;
    w->n[w->count] = n;
    w->count++;
  }
  return 1;
}

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

int bc__validate_expansions_match(const char *a, size_t an, const char *b,
                                  size_t bn)
{
  struct words wa, wb;
  size_t i = 0, j = 0;
  if (!split_words(a, an, &wa) || !split_words(b, bn, &wb))
    return 0;
  for (;;) {
    while (i < wa.count && bc__validate_is_stopword(wa.s[i], wa.n[i]))
      i++;
    while (j < wb.count && bc__validate_is_stopword(wb.s[j], wb.n[j]))
      j++;
    if (i == wa.count || j == wb.count)
      return i == wa.count && j == wb.count;
    if (!bc__validate_words_match(wa.s[i], wa.n[i], wb.s[j], wb.n[j]))
      return 0;
    i++;
    j++;
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

/* The sub-period after "YYYY-" (or "XXXX-"): Qn, Hn, a season, Www (a
 * weekend "Www-WE" is its week), MM or MM-DD.  v->y is already set. */
static int parse_sub(const char *s, size_t n, struct bc__dval *v)
{
  static const char seasons[][3] = {"SP", "SU", "FA", "WI"};
  size_t k;
  if (n == 2 && (s[0] == 'Q' || s[0] == 'H')) {
    int x;
    if (!parse_int(s + 1, 1, &x))
      return 0;
    if (s[0] == 'Q') {
      v->kind = BC_DATE_QUARTER;
      v->q = x;
      return x >= 1 && x <= 4;
    }
    v->kind = BC_DATE_HALF;
    v->sub = x;
    return x >= 1 && x <= 2;
  }
  for (k = 0; n == 2 && k < 4; k++)
    if (s[0] == seasons[k][0] && s[1] == seasons[k][1]) {
      v->kind = BC_DATE_SEASON;
      v->sub = (int)k + 1;
      return 1;
    }
  if ((n == 3 || (n == 6 && memcmp(s + 3, "-WE", 3) == 0)) && s[0] == 'W') {
    v->kind = BC_DATE_WEEK;
    return parse_int(s + 1, 2, &v->sub) && v->sub >= 1 && v->sub <= 53;
  }
  if (!parse_int(s, 2, &v->m) || v->m < 1 || v->m > 12)
    return 0;
  if (n == 2) {
    v->kind = BC_DATE_MONTH;
    return 1;
  }
  /* A day, or a time of that day ("1989-11-09T17:00"): the day. */
  if (n < 5 || s[2] != '-' || !parse_int(s + 3, 2, &v->d) ||
      (n > 5 && s[5] != 'T'))
    return 0;
  v->kind = BC_DATE_DAY;
  return bc__cal_valid(v->y, v->m, v->d);
}

/* One value: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, YYYY-SP (SU FA
 * WI), YYYY-Www, a decade YYYYs or YYY (TIMEX3), a century YY, and values
 * without a year: --MM-DD, Qn, XXXX-MM, XXXX-MM-DD, XXXX-Qn. */
static int parse_point(const char *s, size_t n, struct bc__dval *v)
{
  memset(v, 0, sizeof *v);
  if (n == 7 && s[0] == '-' && s[1] == '-' && s[4] == '-') {
    v->kind = BC_DATE_PARTIAL;
    return parse_int(s + 2, 2, &v->m) && parse_int(s + 5, 2, &v->d) &&
           bc__cal_valid(0, v->m, v->d);
  }
  if (n == 2 && s[0] == 'Q') {
    v->kind = BC_DATE_PARTIAL;
    return parse_int(s + 1, 1, &v->q) && v->q >= 1 && v->q <= 4;
  }
  if (n > 5 && memcmp(s, "XXXX-", 5) == 0) {
    if (!parse_sub(s + 5, n - 5, v) ||
        (v->kind != BC_DATE_MONTH && v->kind != BC_DATE_QUARTER &&
         v->kind != BC_DATE_DAY))
      return 0;
    v->kind = BC_DATE_PARTIAL;
    return 1;
  }
  if (n == 2 && parse_int(s, 2, &v->y)) {
    v->kind = BC_DATE_CENTURY;
    v->y *= 100;
    return 1;
  }
  if (n == 3 && parse_int(s, 3, &v->y)) {
    v->kind = BC_DATE_DECADE;
    v->y *= 10;
    return 1;
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
  return s[4] == '-' && parse_sub(s + 5, n - 5, v);
}

int bc__validate_date_value(const char *iso, struct bc__dval *lo,
                            struct bc__dval *hi)
{
  const char *slash;
  size_t n;
  if (!iso || !*iso)
    return 0;
  n = strlen(iso);
  slash = strchr(iso, '/');
  if (slash) {
    /* An interval: two points, neither without a year. */
    if (!parse_point(iso, (size_t)(slash - iso), lo) ||
        !parse_point(slash + 1, n - (size_t)(slash - iso) - 1, hi))
      return 0;
    return lo->kind != BC_DATE_PARTIAL && hi->kind != BC_DATE_PARTIAL;
  }
  if (!parse_point(iso, n, lo))
    return 0;
  *hi = *lo;
  return 1;
}

int bc__validate_date_parse(enum bc_date_kind kind, const char *iso,
                            struct bc__dval *lo, struct bc__dval *hi)
{
  if (kind == BC_DATE_RELATIVE || kind == BC_DATE_DURATION ||
      kind == BC_DATE_SET || kind == BC_DATE_TIME)
    return 0;
  return bc__validate_date_value(iso, lo, hi);
}

int bc__validate_date_days(const struct bc__dval *v, long *first, long *last)
{
  int m0, m1;
  switch (v->kind) {
  case BC_DATE_DAY:
    *first = *last = bc__cal_day_number(v->y, v->m, v->d);
    return 1;
  case BC_DATE_WEEK:
    *first = bc__cal_iso_week_start(v->y, v->sub);
    *last = *first + 6;
    return 1;
  case BC_DATE_MONTH: m0 = m1 = v->m; break;
  case BC_DATE_QUARTER:
    m0 = v->q * 3 - 2;
    m1 = v->q * 3;
    break;
  case BC_DATE_HALF:
    m0 = v->sub * 6 - 5;
    m1 = v->sub * 6;
    break;
  case BC_DATE_SEASON:
    if (v->sub == 4) {
      /* Winter spans two years, and writers date it by either: the
       * winter of 2023 may be January 2023 or December 2023. */
      *first = bc__cal_day_number(v->y - 1, 12, 1);
      *last = bc__cal_day_number(v->y + 1, 3, 1) - 1;
      return 1;
    }
    m0 = v->sub * 3;
    m1 = m0 + 2;
    break;
  case BC_DATE_YEAR:
    m0 = 1;
    m1 = 12;
    break;
  case BC_DATE_DECADE:
  case BC_DATE_CENTURY:
    *first = bc__cal_day_number(v->y, 1, 1);
    *last = bc__cal_day_number(v->y + (v->kind == BC_DATE_DECADE ? 10 : 100), 1,
                               1) -
            1;
    return 1;
  default: return 0;
  }
  *first = bc__cal_day_number(v->y, m0, 1);
  *last = bc__cal_day_number(v->y, m1, bc__cal_days_in_month(v->y, m1));
  return 1;
}

/* The period of kind k that holds day n: its fields in *out. */
static void period_of(long n, enum bc_date_kind k, struct bc__dval *out)
{
  int y, m, d, wy;
  bc__cal_from_day_number(n, &y, &m, &d);
  memset(out, 0, sizeof *out);
  out->kind = k;
  out->y = y;
  switch (k) {
  case BC_DATE_DAY:
    out->m = m;
    out->d = d;
    break;
  case BC_DATE_MONTH: out->m = m; break;
  case BC_DATE_QUARTER: out->q = (m - 1) / 3 + 1; break;
  case BC_DATE_HALF: out->sub = (m - 1) / 6 + 1; break;
  case BC_DATE_SEASON:
    out->sub = m >= 3 && m <= 11 ? m / 3 : 4;
    if (m == 12)
      out->y = y + 1; /* the winter of the next year begins */
    break;
  case BC_DATE_WEEK:
    out->sub = bc__cal_iso_week(y, m, d, &wy);
    out->y = wy;
    break;
  case BC_DATE_DECADE: out->y = y - y % 10; break;
  case BC_DATE_CENTURY: out->y = y - y % 100; break;
  default: break;
  }
}

static int same_value(const struct bc__dval *a, const struct bc__dval *b)
{
  return a->kind == b->kind && a->y == b->y && a->m == b->m && a->d == b->d &&
         a->q == b->q && a->sub == b->sub;
}

int bc__validate_date_coarsen(const struct bc__dval *v, enum bc_date_kind k,
                              struct bc__dval *out)
{
  long a, b, pa, pb;
  if (k == BC_DATE_PARTIAL || v->kind == BC_DATE_PARTIAL ||
      !bc__validate_date_days(v, &a, &b))
    return 0;
  period_of(a, k, out);
  if (!bc__validate_date_days(out, &pa, &pb))
    return 0;
  return b <= pb;
}

/* Does the point s state the claim c without a year (c partial), or the
 * claim c state a value s gives without a year (s partial)? */
static int partial_states(const struct bc__dval *c, const struct bc__dval *s)
{
  const struct bc__dval *p = c->kind == BC_DATE_PARTIAL ? c : s;
  const struct bc__dval *o = p == c ? s : c;
  int om = o->m, oq = o->q;
  if (o->kind == BC_DATE_PARTIAL && p == s)
    return 0; /* handled by the caller: both partial */
  if (o->kind != BC_DATE_DAY && o->kind != BC_DATE_MONTH &&
      o->kind != BC_DATE_QUARTER && o->kind != BC_DATE_PARTIAL)
    return 0;
  if (o->kind != BC_DATE_QUARTER && om)
    oq = (om - 1) / 3 + 1;
  if (p->d) /* a day and month: only a day (or the same) states it */
    return o->d && om == p->m && o->d == p->d;
  if (p->m) /* a month: the source's month must be given; a coarser claim
               ("April" for "14 April") is stated by a finer source */
    return om == p->m && (p == c ? 1 : !o->d);
  if (p->q)
    return oq == p->q && (p == c ? 1 : o->kind == BC_DATE_QUARTER);
  return 0;
}

static int point_states(const struct bc__dval *c, const struct bc__dval *s)
{
  long ca, cb, sa, sb;
  if (c->kind == BC_DATE_PARTIAL && s->kind == BC_DATE_PARTIAL)
    return (!c->d || c->d == s->d) && (!c->m || c->m == s->m) &&
           (!c->q || c->q == s->q || (s->m && (s->m - 1) / 3 + 1 == c->q)) &&
           (c->m || c->q) && (!c->m || s->m) && (!c->d || s->d);
  if (c->kind == BC_DATE_PARTIAL || s->kind == BC_DATE_PARTIAL)
    return partial_states(c, s);
  /* The claim states the same period or a coarser one that holds the
   * source's: "2019" or "March 2019" for 2019-03-14, a quarter for a month
   * in it, "the 2010s" for 2014. */
  if (!bc__validate_date_days(c, &ca, &cb) ||
      !bc__validate_date_days(s, &sa, &sb))
    return 0;
  return sa >= ca && sb <= cb;
}

int bc__validate_dval_supports(const struct bc__dval *claim,
                               const struct bc__dval *lo,
                               const struct bc__dval *hi, int range)
{
  long ca, cb, sa, sb, t;
  if (point_states(claim, lo) || (range && point_states(claim, hi)))
    return 2;
  if (!range || !bc__validate_date_days(claim, &ca, &cb) ||
      !bc__validate_date_days(lo, &sa, &t) ||
      !bc__validate_date_days(hi, &t, &sb))
    return 0;
  return ca >= sa && cb <= sb ? 1 : 0;
}

int bc__validate_date_supports(const struct bc__dval *claim,
                               const struct bc_date_fact *src)
{
  struct bc__dval lo, hi;
  if (!bc__validate_date_parse(src->kind, src->iso, &lo, &hi))
    return 0;
  return bc__validate_dval_supports(claim, &lo, &hi, !same_value(&lo, &hi));
}

/* Nonzero when a and b (same kind) name the same part of a year: the same
 * day and month, month, quarter, half, season or week. */
static int same_sub(const struct bc__dval *a, const struct bc__dval *b)
{
  return a->m == b->m && a->d == b->d && a->q == b->q && a->sub == b->sub;
}

static int near_point(const struct bc__dval *c, const struct bc__dval *s,
                      long *distance)
{
  long ca, cb, sa, sb;
  struct bc__dval k;
  *distance = 1000000;
  if (c->kind == BC_DATE_PARTIAL || s->kind == BC_DATE_PARTIAL) {
    /* No year to be near: only the same month counts. */
    int cm = c->m, sm = s->m;
    return cm && cm == sm ? 3 : 9;
  }
  if (bc__validate_date_days(c, &ca, &cb) &&
      bc__validate_date_days(s, &sa, &sb))
    *distance = labs((ca + cb) / 2 - (sa + sb) / 2);
  if (c->kind != BC_DATE_YEAR && c->kind != BC_DATE_DECADE &&
      c->kind != BC_DATE_CENTURY && s->kind == c->kind && same_sub(c, s) &&
      s->y != c->y)
    return 1;
  if (c->kind != BC_DATE_YEAR && c->kind != BC_DATE_DECADE &&
      c->kind != BC_DATE_CENTURY && bc__validate_date_coarsen(s, c->kind, &k) &&
      same_sub(c, &k) && k.y != c->y)
    return 2;
  if (bc__validate_date_coarsen(s, BC_DATE_YEAR, &k) && k.y == c->y)
    return 3;
  if (c->kind == BC_DATE_YEAR || c->kind == BC_DATE_DAY ||
      c->kind == BC_DATE_MONTH || c->kind == BC_DATE_QUARTER ||
      c->kind == BC_DATE_HALF || c->kind == BC_DATE_SEASON ||
      c->kind == BC_DATE_WEEK) {
    if (s->y && abs(s->y - c->y) == 1)
      return 4;
  } else if (s->y && c->y &&
             labs((long)s->y - c->y) <=
                 (c->kind == BC_DATE_DECADE ? 10 : 100)) {
    return 4; /* the next or the last decade or century */
  }
  return 9;
}

int bc__validate_dval_nearness(const struct bc__dval *claim,
                               const struct bc__dval *lo,
                               const struct bc__dval *hi, long *distance)
{
  long d1, d2;
  int r1 = near_point(claim, lo, &d1), r2 = near_point(claim, hi, &d2);
  if (r2 < r1 || (r2 == r1 && d2 < d1)) {
    *distance = d2;
    return r2;
  }
  *distance = d1;
  return r1;
}

int bc__validate_date_nearness(const struct bc__dval *claim,
                               const struct bc_date_fact *src, long *distance)
{
  struct bc__dval lo, hi;
  *distance = 1000000;
  if (!bc__validate_date_parse(src->kind, src->iso, &lo, &hi))
    return 99;
  return bc__validate_dval_nearness(claim, &lo, &hi, distance);
}

int bc__validate_duration_days(const char *iso, double *days)
{
  static const struct {
    char unit;
    double days;
  } date_units[] = {{'Y', BC__CAL_DAYS_PER_YEAR},
                    {'Q', BC__CAL_DAYS_PER_YEAR / 4},
                    {'M', BC__CAL_DAYS_PER_MONTH},
                    {'W', 7},
                    {'D', 1},
                    {'E', BC__CAL_DAYS_PER_YEAR * 10},
                    {'C', BC__CAL_DAYS_PER_YEAR * 100},
                    {'L', BC__CAL_DAYS_PER_YEAR * 1000}},
    time_units[] = {{'H', 1.0 / 24}, {'M', 1.0 / 1440}, {'S', 1.0 / 86400}};
  const char *p = iso;
  int in_time = 0, any = 0;
  double total = 0;
  if (!p || *p++ != 'P')
    return 0;
  while (*p) {
    char *end;
    double n;
    size_t k, nu;
    if (*p == 'T') {
      in_time = 1;
      p++;
      continue;
    }
    if (!(*p >= '0' && *p <= '9'))
      return 0; /* "PXY": an unknown amount */
    n = strtod(p, &end);
    if (end == p || !*end)
      return 0;
    nu = in_time ? sizeof time_units / sizeof time_units[0]
                 : sizeof date_units / sizeof date_units[0];
    for (k = 0; k < nu; k++)
      if ((in_time ? time_units : date_units)[k].unit == *end)
        break;
    if (k == nu)
      return 0;
    total += n * (in_time ? time_units : date_units)[k].days;
    any = 1;
    p = end + 1;
  }
  if (!any)
    return 0;
  *days = total;
  return 1;
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
    if (!bc__validate_is_stopword(text + start, n) &&
        !(text[start] >= '0' && text[start] <= '9'))
      lh[left++ % BC__CTX_WORDS] = bc__validate_stem_hash(text + start, n);
  }
  pos = fact.end;
  while (right < BC__CTX_WORDS &&
         (n = bc__validate_next_word(text, b, &pos, &start)) > 0) {
    if (!bc__validate_is_stopword(text + start, n) &&
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
