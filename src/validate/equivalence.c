/* equivalence.c - when two ways of writing a fact say the same thing: the
 * same word, the same acronym expansion, the same quantity, a date that
 * supports another.  Pure functions without allocation; the checkers
 * (check_*.c) decide what to report, this file only what is equal. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/analyze.h"
#include "util/calendar.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

static int lower(int c)
{
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_upper(int c)
{
  return c >= 'A' && c <= 'Z';
}

static int is_word_byte(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

/* Non-ASCII punctuation separates words although its bytes are not ASCII:
 * the General Punctuation block (dashes, curly quotes, the ellipsis,
 * U+2010..U+206F) and Latin-1's guillemets, inverted marks, middle dot and
 * no-break space.  The length of the one at s[i], or 0. */
static size_t punct_at(const char *s, size_t len, size_t i)
{
  unsigned char a = (unsigned char)s[i];
  unsigned char b = i + 1 < len ? (unsigned char)s[i + 1] : 0;
  if (a == 0xC2 && (b == 0xA0 || b == 0xA1 || b == 0xAB || b == 0xB7 ||
                    b == 0xBB || b == 0xBF))
    return 2;
  if (i + 2 < len && a == 0xE2 &&
      ((b == 0x80 && (unsigned char)s[i + 2] >= 0x90) ||
       (b == 0x81 && (unsigned char)s[i + 2] <= 0xAF)))
    return 3;
  return 0;
}

size_t bc__validate_next_word(const char *s, size_t len, size_t *pos,
                              size_t *start)
{
  size_t i = *pos, b;
  while (i < len && (!is_word_byte((unsigned char)s[i]) || punct_at(s, len, i)))
    i += punct_at(s, len, i) ? punct_at(s, len, i) : 1;
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

/* Is the ending w[0..n) one of those in the NULL-terminated list? */
static int ending_in(const char *w, size_t n, const char *const *list)
{
  size_t k;
  for (k = 0; list[k]; k++)
    if (strlen(list[k]) == n && strncasecmp(w, list[k], n) == 0)
      return 1;
  return 0;
}

/* An ending of the one who does ("-er", "-ors"), and of the doing or
 * what is done ("-ing", "-ment", "-ion"). */
static int agent(const char *w, size_t n)
{
  static const char *const e[] = {"er", "ers", "or", "ors", NULL};
  return ending_in(w, n, e);
}

static int action(const char *w, size_t n)
{
  static const char *const e[] = {"ing", "ed",   "ment", "ments",
                                  "ion", "ions", NULL};
  return ending_in(w, n, e);
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
  /* The one who does a thing is not the doing: "Lander" is not
   * "Landing", "Processor" not "Processing". */
  if ((agent(a + common, an - common) && action(b + common, bn - common)) ||
      (agent(b + common, bn - common) && action(a + common, an - common)))
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

/* Units a writer names, case-folded and singular, with their class, the
 * factor to the class's base (days for durations, and for measures metres,
 * square metres, grams, litres, bytes, watts, watt-hours) and the
 * canonical name two units must share to be compared ("day" for every
 * duration, "m" for every length).  A measure not listed is compared by
 * its name as written. */
struct unit_name {
  const char *name;
  enum bc__unit_class cls;
  double scale;
  const char *canon;
};

#define YEAR BC__CAL_DAYS_PER_YEAR
#define MONTH BC__CAL_DAYS_PER_MONTH

static const struct unit_name units[] = {
    /* Durations.  "s", "h" and "ms" only ever reach here as a measure's
     * unit, never as a counted noun. */
    {"century", BC__UNIT_TIME, 100 * YEAR, "day"},
    {"decade", BC__UNIT_TIME, 10 * YEAR, "day"},
    {"year", BC__UNIT_TIME, YEAR, "day"},
    {"yr", BC__UNIT_TIME, YEAR, "day"},
    {"month", BC__UNIT_TIME, MONTH, "day"},
    {"mo", BC__UNIT_TIME, MONTH, "day"},
    {"fortnight", BC__UNIT_TIME, 14.0, "day"},
    {"week", BC__UNIT_TIME, 7.0, "day"},
    {"wk", BC__UNIT_TIME, 7.0, "day"},
    {"day", BC__UNIT_TIME, 1.0, "day"},
    {"hour", BC__UNIT_TIME, 1.0 / 24, "day"},
    {"hr", BC__UNIT_TIME, 1.0 / 24, "day"},
    {"h", BC__UNIT_TIME, 1.0 / 24, "day"},
    {"minute", BC__UNIT_TIME, 1.0 / 1440, "day"},
    {"min", BC__UNIT_TIME, 1.0 / 1440, "day"},
    {"second", BC__UNIT_TIME, 1.0 / 86400, "day"},
    {"sec", BC__UNIT_TIME, 1.0 / 86400, "day"},
    {"s", BC__UNIT_TIME, 1.0 / 86400, "day"},
    {"millisecond", BC__UNIT_TIME, 1.0 / 86400e3, "day"},
    {"ms", BC__UNIT_TIME, 1.0 / 86400e3, "day"},
    {"microsecond", BC__UNIT_TIME, 1.0 / 86400e6, "day"},
    {"\xc2\xb5s", BC__UNIT_TIME, 1.0 / 86400e6, "day"},
    {"nanosecond", BC__UNIT_TIME, 1.0 / 86400e9, "day"},
    {"ns", BC__UNIT_TIME, 1.0 / 86400e9, "day"},
    /* Percentages.  Percentage points are percentages to a writer ("rose
     * 3 points to 12%"); a basis point is a hundredth of one.  Mass,
     * volume, mole and atom percentages are percentages of their own kind
     * ("5 wt%" is not "5 vol%"), each also what a plain "%" says. */
    {"%", BC__UNIT_PERCENT, 1.0, "%"},
    {"percent", BC__UNIT_PERCENT, 1.0, "%"},
    {"per cent", BC__UNIT_PERCENT, 1.0, "%"},
    {"pct", BC__UNIT_PERCENT, 1.0, "%"},
    {"percentage", BC__UNIT_PERCENT, 1.0, "%"},
    {"percentage point", BC__UNIT_PERCENT, 1.0, "%"},
    {"point", BC__UNIT_PERCENT, 1.0, "%"},
    {"pp", BC__UNIT_PERCENT, 1.0, "%"},
    {"basis point", BC__UNIT_PERCENT, 0.01, "%"},
    {"bp", BC__UNIT_PERCENT, 0.01, "%"},
    {"wt%", BC__UNIT_PERCENT, 1.0, "wt%"},
    {"vol%", BC__UNIT_PERCENT, 1.0, "vol%"},
    {"v/v", BC__UNIT_PERCENT, 1.0, "vol%"},
    {"w/w", BC__UNIT_PERCENT, 1.0, "wt%"},
    {"mol%", BC__UNIT_PERCENT, 1.0, "mol%"},
    {"at%", BC__UNIT_PERCENT, 1.0, "at%"},
    /* Multipliers. */
    {"x", BC__UNIT_TIMES, 1.0, "x"},
    {"\xc3\x97", BC__UNIT_TIMES, 1.0, "x"},
    {"time", BC__UNIT_TIMES, 1.0, "x"},
    {"fold", BC__UNIT_TIMES, 1.0, "x"},
    /* Money: the analyzer writes currencies as codes; symbols and words
     * for summaries read otherwise.  Other three-letter codes are read in
     * bc__validate_unit. */
    {"usd", BC__UNIT_MONEY, 1.0, "usd"},
    {"$", BC__UNIT_MONEY, 1.0, "usd"},
    {"dollar", BC__UNIT_MONEY, 1.0, "usd"},
    {"eur", BC__UNIT_MONEY, 1.0, "eur"},
    {"\xe2\x82\xac", BC__UNIT_MONEY, 1.0, "eur"},
    {"euro", BC__UNIT_MONEY, 1.0, "eur"},
    {"gbp", BC__UNIT_MONEY, 1.0, "gbp"},
    {"\xc2\xa3", BC__UNIT_MONEY, 1.0, "gbp"},
    {"sterling", BC__UNIT_MONEY, 1.0, "gbp"},
    {"jpy", BC__UNIT_MONEY, 1.0, "jpy"},
    {"\xc2\xa5", BC__UNIT_MONEY, 1.0, "jpy"},
    {"yen", BC__UNIT_MONEY, 1.0, "jpy"},
    {"inr", BC__UNIT_MONEY, 1.0, "inr"},
    {"rupee", BC__UNIT_MONEY, 1.0, "inr"},
    /* People, however a writer says it. */
    {"person", BC__UNIT_NOUN, 1.0, "people"},
    {"people", BC__UNIT_NOUN, 1.0, "people"},
    /* Measures: length, mass, volume, data, power, energy, temperature. */
    {"km", BC__UNIT_MEASURE, 1000.0, "m"},
    {"kilometre", BC__UNIT_MEASURE, 1000.0, "m"},
    {"kilometer", BC__UNIT_MEASURE, 1000.0, "m"},
    {"m", BC__UNIT_MEASURE, 1.0, "m"},
    {"metre", BC__UNIT_MEASURE, 1.0, "m"},
    {"meter", BC__UNIT_MEASURE, 1.0, "m"},
    {"cm", BC__UNIT_MEASURE, 0.01, "m"},
    {"centimetre", BC__UNIT_MEASURE, 0.01, "m"},
    {"centimeter", BC__UNIT_MEASURE, 0.01, "m"},
    {"mm", BC__UNIT_MEASURE, 0.001, "m"},
    {"millimetre", BC__UNIT_MEASURE, 0.001, "m"},
    {"millimeter", BC__UNIT_MEASURE, 0.001, "m"},
    {"mi", BC__UNIT_MEASURE, 1609.344, "m"},
    {"mile", BC__UNIT_MEASURE, 1609.344, "m"},
    {"inch", BC__UNIT_MEASURE, 0.0254, "m"},
    {"ft", BC__UNIT_MEASURE, 0.3048, "m"},
    {"foot", BC__UNIT_MEASURE, 0.3048, "m"},
    {"feet", BC__UNIT_MEASURE, 0.3048, "m"},
    {"kg", BC__UNIT_MEASURE, 1000.0, "g"},
    {"kilogram", BC__UNIT_MEASURE, 1000.0, "g"},
    {"kilo", BC__UNIT_MEASURE, 1000.0, "g"},
    {"g", BC__UNIT_MEASURE, 1.0, "g"},
    {"gram", BC__UNIT_MEASURE, 1.0, "g"},
    {"mg", BC__UNIT_MEASURE, 0.001, "g"},
    {"milligram", BC__UNIT_MEASURE, 0.001, "g"},
    {"\xc2\xb5g", BC__UNIT_MEASURE, 1e-6, "g"},
    {"microgram", BC__UNIT_MEASURE, 1e-6, "g"},
    {"t", BC__UNIT_MEASURE, 1e6, "g"},
    {"tonne", BC__UNIT_MEASURE, 1e6, "g"},
    /* "ton" as most of the world means it; a US short ton (907 kg) is
     * near enough that the same digits in kilograms are still a slip of
     * scale. */
    {"ton", BC__UNIT_MEASURE, 1e6, "g"},
    {"metric ton", BC__UNIT_MEASURE, 1e6, "g"},
    {"metric tonne", BC__UNIT_MEASURE, 1e6, "g"},
    {"lb", BC__UNIT_MEASURE, 453.59237, "g"},
    {"pound", BC__UNIT_MEASURE, 453.59237, "g"},
    {"l", BC__UNIT_MEASURE, 1.0, "l"},
    {"litre", BC__UNIT_MEASURE, 1.0, "l"},
    {"liter", BC__UNIT_MEASURE, 1.0, "l"},
    {"ml", BC__UNIT_MEASURE, 0.001, "l"},
    {"millilitre", BC__UNIT_MEASURE, 0.001, "l"},
    {"milliliter", BC__UNIT_MEASURE, 0.001, "l"},
    {"byte", BC__UNIT_MEASURE, 1.0, "b"},
    {"kb", BC__UNIT_MEASURE, 1e3, "b"},
    {"kilobyte", BC__UNIT_MEASURE, 1e3, "b"},
    {"mb", BC__UNIT_MEASURE, 1e6, "b"},
    {"megabyte", BC__UNIT_MEASURE, 1e6, "b"},
    {"gb", BC__UNIT_MEASURE, 1e9, "b"},
    {"gigabyte", BC__UNIT_MEASURE, 1e9, "b"},
    {"tb", BC__UNIT_MEASURE, 1e12, "b"},
    {"terabyte", BC__UNIT_MEASURE, 1e12, "b"},
    {"pb", BC__UNIT_MEASURE, 1e15, "b"},
    {"petabyte", BC__UNIT_MEASURE, 1e15, "b"},
    /* Bits share the base of bytes: folded to lower case, "Tb" (terabits)
     * and "TB" (terabytes) are one spelling, so the scale is what is
     * compared ("6 gigabits" for "6Tb" is a slip of scale). */
    {"bit", BC__UNIT_MEASURE, 1.0, "b"},
    {"kilobit", BC__UNIT_MEASURE, 1e3, "b"},
    {"megabit", BC__UNIT_MEASURE, 1e6, "b"},
    {"gigabit", BC__UNIT_MEASURE, 1e9, "b"},
    {"terabit", BC__UNIT_MEASURE, 1e12, "b"},
    /* Engine power, apart from watts: "275 hp", "275 horsepower". */
    {"hp", BC__UNIT_MEASURE, 1.0, "hp"},
    {"horsepower", BC__UNIT_MEASURE, 1.0, "hp"},
    /* Brake and metric horsepower ("161 PS"), within 2 % of it: a writer
     * who puts the maker's PS as hp has not changed the figure.  Folded,
     * "ps" is also a picosecond, which no text measures beside engines. */
    {"bhp", BC__UNIT_MEASURE, 1.0, "hp"},
    {"ps", BC__UNIT_MEASURE, 0.98632, "hp"},
    {"w", BC__UNIT_MEASURE, 1.0, "w"},
    {"watt", BC__UNIT_MEASURE, 1.0, "w"},
    {"kw", BC__UNIT_MEASURE, 1e3, "w"},
    {"kilowatt", BC__UNIT_MEASURE, 1e3, "w"},
    {"mw", BC__UNIT_MEASURE, 1e6, "w"},
    {"megawatt", BC__UNIT_MEASURE, 1e6, "w"},
    {"gw", BC__UNIT_MEASURE, 1e9, "w"},
    {"gigawatt", BC__UNIT_MEASURE, 1e9, "w"},
    {"wh", BC__UNIT_MEASURE, 1.0, "wh"},
    {"kwh", BC__UNIT_MEASURE, 1e3, "wh"},
    {"kilowatt hour", BC__UNIT_MEASURE, 1e3, "wh"},
    {"kilowatt-hour", BC__UNIT_MEASURE, 1e3, "wh"},
    {"mwh", BC__UNIT_MEASURE, 1e6, "wh"},
    {"megawatt hour", BC__UNIT_MEASURE, 1e6, "wh"},
    {"gwh", BC__UNIT_MEASURE, 1e9, "wh"},
    {"gigawatt hour", BC__UNIT_MEASURE, 1e9, "wh"},
    {"watt-hour", BC__UNIT_MEASURE, 1.0, "wh"},
    {"megawatt-hour", BC__UNIT_MEASURE, 1e6, "wh"},
    {"gigawatt-hour", BC__UNIT_MEASURE, 1e9, "wh"},
    {"twh", BC__UNIT_MEASURE, 1e12, "wh"},
    {"terawatt hour", BC__UNIT_MEASURE, 1e12, "wh"},
    {"terawatt-hour", BC__UNIT_MEASURE, 1e12, "wh"},
    {"m2", BC__UNIT_MEASURE, 1.0, "m2"},
    {"square metre", BC__UNIT_MEASURE, 1.0, "m2"},
    {"square meter", BC__UNIT_MEASURE, 1.0, "m2"},
    {"km2", BC__UNIT_MEASURE, 1e6, "m2"},
    {"sq km", BC__UNIT_MEASURE, 1e6, "m2"},
    {"square kilometre", BC__UNIT_MEASURE, 1e6, "m2"},
    {"square kilometer", BC__UNIT_MEASURE, 1e6, "m2"},
    {"ha", BC__UNIT_MEASURE, 1e4, "m2"},
    {"hectare", BC__UNIT_MEASURE, 1e4, "m2"},
    {"acre", BC__UNIT_MEASURE, 4046.8564224, "m2"},
    {"sq mi", BC__UNIT_MEASURE, 2589988.110336, "m2"},
    {"square mile", BC__UNIT_MEASURE, 2589988.110336, "m2"},
    {"km/h", BC__UNIT_MEASURE, 1.0, "km/h"},
    {"kph", BC__UNIT_MEASURE, 1.0, "km/h"},
    {"kmh", BC__UNIT_MEASURE, 1.0, "km/h"},
    {"mph", BC__UNIT_MEASURE, 1.609344, "km/h"},
    {"miles per hour", BC__UNIT_MEASURE, 1.609344, "km/h"},
    {"mile per hour", BC__UNIT_MEASURE, 1.609344, "km/h"},
    {"kilometres per hour", BC__UNIT_MEASURE, 1.0, "km/h"},
    {"kilometers per hour", BC__UNIT_MEASURE, 1.0, "km/h"},
    {"kilometre per hour", BC__UNIT_MEASURE, 1.0, "km/h"},
    {"kilometer per hour", BC__UNIT_MEASURE, 1.0, "km/h"},
    {"km per hour", BC__UNIT_MEASURE, 1.0, "km/h"},
    {"\302\260c", BC__UNIT_MEASURE, 1.0, "\302\260c"},
    {"\302\260celsius", BC__UNIT_MEASURE, 1.0, "\302\260c"},
    {"celsius", BC__UNIT_MEASURE, 1.0, "\302\260c"},
    {"\302\260f", BC__UNIT_MEASURE, 1.0, "\302\260f"},
    {"\302\260fahrenheit", BC__UNIT_MEASURE, 1.0, "\302\260f"},
    {"fahrenheit", BC__UNIT_MEASURE, 1.0, "\302\260f"},
    {"k", BC__UNIT_MEASURE, 1.0, "k"},
    {"\302\260k", BC__UNIT_MEASURE, 1.0, "k"},
    {"kelvin", BC__UNIT_MEASURE, 1.0, "k"},
    /* "degrees" alone: a temperature or an angle, whichever the other
     * number's unit says. */
    {"\xc2\xb0", BC__UNIT_MEASURE, 1.0, "\xc2\xb0"},
};

#undef YEAR
#undef MONTH

/* Irregular plurals of counted nouns. */
static const char *const irregular[][2] = {
    {"children", "child"}, {"men", "man"},         {"women", "woman"},
    {"feet", "foot"},      {"teeth", "tooth"},     {"mice", "mouse"},
    {"geese", "goose"},    {"staff", "staff"},     {"data", "data"},
    {"series", "series"},  {"species", "species"}, {"inches", "inch"}};

/* Fold s[0..n) into canon: lower case, no dots ("wt.%", "p.p."), "º"
 * read as "°", "degree(s) X" as "°X", and the last word singular
 * ("companies" -> "company", "years" -> "year", not "bus"). */
static void fold_unit(const char *s, size_t n, char *canon, size_t cap)
{
  size_t i, k = 0;
  if (cap == 0)
    return;
  for (i = 0; i < n && k + 2 < cap; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '.' && n > 1)
      continue;
    /* U+00BA (masculine ordinal) is often typed for the degree sign. */
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xBA) {
      canon[k++] = (char)0xC2;
      canon[k++] = (char)0xB0;
      i++;
      continue;
    }
    canon[k++] = (char)lower(c);
  }
  canon[k] = '\0';
  for (i = 0; i < sizeof irregular / sizeof irregular[0]; i++)
    if (irregular[i][0][0] == canon[0] && strcmp(canon, irregular[i][0]) == 0) {
      snprintf(canon, cap, "%s", irregular[i][1]);
      return;
    }
  if (k > 4 && strcmp(canon + k - 3, "ies") == 0) {
    canon[k - 3] = 'y';
    canon[k - 2] = '\0';
    k -= 2;
  } else if (k > 2 && canon[k - 1] == 's' && canon[k - 2] != 's' &&
             canon[k - 2] != 'u' && canon[k - 2] != ' ') {
    canon[--k] = '\0';
  }
  /* "degrees Celsius", "degree C", "degrees": the degree sign. */
  {
    const char *rest = NULL;
    if (strncmp(canon, "degrees", 7) == 0)
      rest = canon + 7;
    else if (strncmp(canon, "degree", 6) == 0)
      rest = canon + 6;
    if (rest && (*rest == '\0' || *rest == ' ')) {
      char tmp[64];
      while (*rest == ' ')
        rest++;
      snprintf(tmp, sizeof tmp, "\xc2\xb0%s", rest);
      snprintf(canon, cap, "%s", tmp);
    }
  }
}

static const struct unit_name *find_unit(const char *canon)
{
  size_t i;
  /* The first byte before the whole name: asked of every number of a
   * source, against every unit of the table. */
  for (i = 0; i < sizeof units / sizeof units[0]; i++)
    if (units[i].name[0] == canon[0] && strcmp(canon, units[i].name) == 0)
      return &units[i];
  return NULL;
}

/* A three-letter currency code as the analyzer writes it ("NOK"). */
static int currency_code(const char *unit)
{
  return strlen(unit) == 3 && is_upper((unsigned char)unit[0]) &&
         is_upper((unsigned char)unit[1]) && is_upper((unsigned char)unit[2]);
}

/* A rate of two known units, however written: "MB/s", "megabytes per
 * second", "m/s", "metres per second" are one unit, its canonical name
 * the two bases ("b/day") and its scale the quotient of theirs.  Only a
 * measure over a measure or a duration is a rate; "GB per team" is not. */
static int rate_unit(const char *unit, double *scale, char *canon, size_t cap)
{
  const char *slash = strchr(unit, '/');
  const char *sep = slash;
  size_t seplen = 1, i;
  char head[48], tail[48];
  const struct unit_name *h, *t;
  if (!sep) {
    for (i = 0; unit[i]; i++)
      if (strncmp(unit + i, " per ", 5) == 0 ||
          strncmp(unit + i, " Per ", 5) == 0) {
        sep = unit + i;
        seplen = 5;
        break;
      }
  }
  if (!sep || sep == unit || !sep[seplen])
    return 0;
  fold_unit(unit, (size_t)(sep - unit), head, sizeof head);
  fold_unit(sep + seplen, strlen(sep + seplen), tail, sizeof tail);
  h = find_unit(head);
  t = find_unit(tail);
  if (!h || !t || h->cls != BC__UNIT_MEASURE ||
      (t->cls != BC__UNIT_MEASURE && t->cls != BC__UNIT_TIME) || t->scale <= 0)
    return 0;
  *scale = h->scale / t->scale;
  snprintf(canon, cap, "%s/%s", h->canon, t->canon);
  return 1;
}

enum bc__unit_class bc__validate_unit(const char *unit, double *scale,
                                      char *canon, size_t cap)
{
  const struct unit_name *u;
  *scale = 1.0;
  if (cap)
    canon[0] = '\0';
  if (!unit || !*unit)
    return BC__UNIT_NONE;
  if (cap == 0)
    return BC__UNIT_NOUN;
  fold_unit(unit, strlen(unit), canon, cap);
  u = find_unit(canon);
  if (!u) {
    /* "GB per team", "mg per patient": an amount shared out is still an
     * amount of that unit; "km per hour" is a rate, and stays one. */
    char *per = strstr(canon, " per ");
    char rest[48];
    if (per) {
      fold_unit(per + 5, strlen(per + 5), rest, sizeof rest);
      if (!find_unit(rest)) {
        char head[64];
        *per = '\0';
        /* the head's own last word, singular: "gigabits per square" */
        fold_unit(canon, strlen(canon), head, sizeof head);
        u = find_unit(head);
      }
    }
  }
  if (u) {
    *scale = u->scale;
    snprintf(canon, cap, "%s", u->canon);
    return u->cls;
  }
  if (rate_unit(unit, scale, canon, cap))
    return BC__UNIT_MEASURE;
  if (currency_code(unit))
    return BC__UNIT_MONEY;
  return BC__UNIT_NOUN;
}

void bc__validate_number_info(const struct bc_number_fact *f,
                              struct bc__unit *u)
{
  const char *unit = f->unit;
  u->noun[0] = '\0';
  u->left = u->right = 0;
  u->per = 0;
  u->per_end = 0;
  u->scale = 1.0;
  u->canon[0] = '\0';
  if (f->noun && *f->noun)
    fold_unit(f->noun, strlen(f->noun), u->noun, sizeof u->noun);
  if (!unit || !*unit) {
    u->cls = BC__UNIT_NONE;
    return;
  }
  if (f->count) {
    /* A count: its noun is what is compared ("36 points" scored are not
     * percentage points), people however written. */
    const struct unit_name *n;
    fold_unit(unit, strlen(unit), u->canon, sizeof u->canon);
    n = find_unit(u->canon);
    u->cls = BC__UNIT_NOUN;
    if (n && n->cls == BC__UNIT_MEASURE) {
      /* "3.7 metric tons": a word between kept the analyzer from the unit,
       * but tons are measured, not counted. */
      u->cls = BC__UNIT_MEASURE;
      u->scale = n->scale;
      u->noun[0] = '\0'; /* the unit, not what it measures */
      snprintf(u->canon, sizeof u->canon, "%s", n->canon);
      return;
    }
    if (n && n->cls == BC__UNIT_NOUN)
      snprintf(u->canon, sizeof u->canon, "%s", n->canon);
    else if (n && n->cls == BC__UNIT_PERCENT && strcmp(u->canon, "pp") == 0) {
      /* "3 pp": percentage points, however the analyzer read it. */
      u->cls = BC__UNIT_PERCENT;
      snprintf(u->canon, sizeof u->canon, "%%");
      return;
    }
    snprintf(u->noun, sizeof u->noun, "%s", u->canon);
    return;
  }
  u->cls = bc__validate_unit(unit, &u->scale, u->canon, sizeof u->canon);
  /* Not a count, so a unit of measurement, compared by its name when the
   * table does not know it ("mmol/L", "m s−1"). */
  if (u->cls == BC__UNIT_NOUN)
    u->cls = BC__UNIT_MEASURE;
}

/* The degree sign alone fits any temperature or angle. */
static int degree_wild(const char *canon)
{
  return strcmp(canon, "\xc2\xb0") == 0;
}

static int temperature(const char *canon)
{
  return strcmp(canon, "\302\260c") == 0 || strcmp(canon, "\302\260f") == 0 ||
         strcmp(canon, "k") == 0;
}

/* What "degrees" alone may stand for: a temperature, an angle ("°"), any
 * unit written with the degree sign. */
static int degree_fits(const char *canon)
{
  return temperature(canon) || strncmp(canon, "\xc2\xb0", 2) == 0;
}

int bc__validate_units_match(const struct bc__unit *a, const struct bc__unit *b)
{
  if (a->cls == BC__UNIT_NONE || b->cls == BC__UNIT_NONE)
    return 1;
  if (a->cls != b->cls) {
    /* An age is a number of years: "aged 62" and "62 years old". */
    const struct bc__unit *t = a->cls == BC__UNIT_AGE ? b : a;
    return (a->cls == BC__UNIT_AGE || b->cls == BC__UNIT_AGE) &&
           t->cls == BC__UNIT_TIME && t->scale > 365 && t->scale < 366;
  }
  switch (a->cls) {
  case BC__UNIT_NOUN: /* counted nouns vary with the writer */
  case BC__UNIT_AGE: return 1;
  case BC__UNIT_PERCENT:
    return strcmp(a->canon, b->canon) == 0 || strcmp(a->canon, "%") == 0 ||
           strcmp(b->canon, "%") == 0;
  case BC__UNIT_MEASURE:
    if (degree_wild(a->canon))
      return degree_fits(b->canon);
    if (degree_wild(b->canon))
      return degree_fits(a->canon);
    return strcmp(a->canon, b->canon) == 0 ||
           (temperature(a->canon) && temperature(b->canon) &&
            strcmp(a->canon, "k") != 0 && strcmp(b->canon, "k") != 0);
  default: return strcmp(a->canon, b->canon) == 0;
  }
}

int bc__validate_sig_digits(double v)
{
  unsigned long long n;
  int k = 0, digits = 0;
  if (v < 0)
    v = -v;
  if (v == 0 || !isfinite(v))
    return 1;
  if (v < 1e18 && v == floor(v)) {
    n = (unsigned long long)v; /* a whole number: nothing to shift */
  } else {
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
  }
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

/* v cut to sig significant digits, toward zero: 13,550,830 to 3 is
 * 13,500,000. */
static double trunc_sig(double v, int sig)
{
  double mag, p;
  if (v == 0)
    return 0;
  mag = floor(log10(fabs(v)));
  p = pow(10.0, (double)sig - 1 - mag);
  /* A hair over, so that 4.6 read as 4.5999... cuts to 4.6. */
  return trunc(v * p * (1 + 1e-12)) / p;
}

/* Is claim value c the same as source value s?  approx: the claim
 * (APPROX_CLAIM) or the source (APPROX_SOURCE) says "about", "nearly", "~"
 * and the like. */
#define APPROX_CLAIM 1
#define APPROX_SOURCE 2
/* Is value_eq(c, s, any approx) surely 0?  Every way in it to equal
 * (bc__analyze_number_equal too) keeps c within a sixth of the larger value
 * (rounding s to two or more digits moves it by a twentieth at most):
 * values further apart are told apart here, before the costly digits, as
 * they are for most of the pairs a long text makes. */
static int value_apart(double c, double s)
{
  double m = fabs(c) > fabs(s) ? fabs(c) : fabs(s);
  return fabs(c - s) > 0.2 * m + 2e-9;
}

/* Is c, a value of one significant digit, s rounded to c's own place, half
 * away from zero: "about 100" for 94 or "about 6,000" for 6,200, never
 * "about 6,000" for 6,500, which rounds to 7,000 (a writer's slip toward
 * the wrong side, though within a tenth). */
static int rounds_to(double c, double s)
{
  double unit;
  if (c == 0)
    return 0;
  unit = pow(10.0, floor(log10(fabs(c)) + 1e-9));
  return bc__analyze_number_equal(round(s / unit) * unit, c);
}

static int value_eq(double c, double s, int approx)
{
  double m = fabs(c) > fabs(s) ? fabs(c) : fabs(s);
  int sc, ss;
  if (bc__analyze_number_equal(c, s))
    return 1;
  if (value_apart(c, s))
    return 0;
  sc = bc__validate_sig_digits(c);
  ss = bc__validate_sig_digits(s);
  /* Rounding to fewer significant digits keeps the value: "2.3 million"
   * for 2,312,000.  One digit ("2 million" for 2.3 million) only when the
   * text says it is approximate, and not by a sixth: "about 300" is not
   * what a writer says of 250. */
  if (sc < ss && (sc >= 2 || (approx && m > 0 && fabs(c - s) / m <= 0.15))) {
    if (bc__analyze_number_equal(round_sig(s, sc), c))
      return 1;
    /* Or cut short to three or more digits, as news writes an exact sum:
     * "13.5m euros" for 13,550,830.56 euros.  That moves the value by
     * under a hundredth, toward zero only; a wrong digit is still wrong. */
    if (sc >= 3 && fabs(c) < fabs(s) && fabs(s - c) < fabs(s) * 0.01 &&
        bc__analyze_number_equal(trunc_sig(s, sc), c))
      return 1;
  }
  /* An approximate source widens the value only for a claim no more
   * precise than it: "about 40 percent" is not a writer's "38 percent".
   * Nor is another value written to the source's own precision of two
   * digits or more a rounding of it: "around 4,500 panels" for "around
   * 4,400 panels". */
  if (approx && m > 0 && fabs(c - s) / m <= 0.10 &&
      ((approx & APPROX_CLAIM) || sc <= ss) && !(sc == ss && sc >= 2) &&
      !(sc == 1 && sc < ss && !rounds_to(c, s)))
    return 1;
  return 0;
}

/* a <= b, allowing for the binary representation of decimals. */
static int at_most(double a, double b)
{
  return a <= b || bc__analyze_number_equal(a, b);
}

/* Is the bound b the value v or v rounded to b's own precision, toward
 * the bound's side: "over 300" for 312 or 390, "more than 14" only for 14,
 * "more than 75%" for 77.8%, "under 300" for 250 or 298?  up: b is a
 * lower bound ("at least"). */
static int bound_near(double b, double v, int up)
{
  double unit;
  int sig;
  if (bc__analyze_number_equal(b, v))
    return 1;
  if (up ? !at_most(b, v) : !at_most(v, b))
    return 0;
  if (b == 0)
    return 0;
  sig = bc__validate_sig_digits(b);
  /* The place of b's last significant digit (100 for 300, 1 for 14), and
   * five of them when that digit is a 5: writers bound by round numbers,
   * "more than 75%" for 77.8%. */
  unit = pow(10.0, floor(log10(fabs(b))) - sig + 1);
  if (llround(fabs(b) / unit) % 5 == 0)
    unit *= 5;
  return up ? v < b + unit : v > b - unit;
}

/* Does the claim's [c_lo, c_hi] with its bound cb (1: "at least c_lo",
 * -1: "at most c_hi") say what the source's [s_lo, s_hi] with bound sb
 * says?  A bound must be the source's value, or that value rounded the
 * way a writer rounds toward the bound: "over 300" for 312 (not for 250,
 * nor for 450, which a writer calls "over 400"), "at least 14 people"
 * never for 16, "up to 250" for "100 to 250"; against a bound, the same
 * bound rounded ("more than 200" for "more than 210", not "within four
 * days" for "within 48 hours", nor "300+" for "200+"); "at least 5" never
 * for "at most 5".  A plain value for a bound only when it is the bound's
 * value, the writer having dropped "more than". */
static int bounds_equiv(double c_lo, double c_hi, int cb, double s_lo,
                        double s_hi, int sb, int approx)
{
  if (cb == 0 && sb == 0) {
    if (c_hi != c_lo)
      return value_eq(c_lo, s_lo, approx) && value_eq(c_hi, s_hi, approx);
    return value_eq(c_lo, s_lo, approx) || value_eq(c_lo, s_hi, approx);
  }
  /* A range the same at both ends, its bound dropped: "25 to 30 times"
   * for "at least 25 to 30 times". */
  if (cb == 0 && c_hi != c_lo)
    return s_hi != s_lo && value_eq(c_lo, s_lo, approx) &&
           value_eq(c_hi, s_hi, approx);
  if (cb == 0)
    return value_eq(c_lo, sb > 0 ? s_lo : s_hi, approx);
  if (cb > 0)
    return sb >= 0 && bound_near(c_lo, s_lo, 1);
  return sb <= 0 && bound_near(c_hi, s_hi, 0);
}

/* Are the two surely not equivalent, told from their values alone, before
 * bc__validate_numbers_equiv_u reads their units: neither a bound, units
 * of one class, scale and period that need no converting (nor a
 * temperature in another scale), and values apart (value_apart) where
 * bounds_equiv would need them equal.  A long text makes most of its
 * pairs so. */
static int numbers_apart(const struct bc_number_fact *claim,
                         const struct bc__unit *cu,
                         const struct bc_number_fact *src,
                         const struct bc__unit *su)
{
  double c_lo = claim->value, c_hi = claim->value_hi;
  if (claim->bound != 0 || src->bound != 0 || cu->cls != su->cls ||
      cu->scale != su->scale ||
      (cu->per > 0 && su->per > 0 &&
       fabs(cu->per - su->per) > 1e-6 * cu->per) ||
      (cu->cls == BC__UNIT_MEASURE && strcmp(cu->canon, su->canon) != 0))
    return 0;
  if (c_hi != c_lo)
    return value_apart(c_lo, src->value) || value_apart(c_hi, src->value_hi);
  return value_apart(c_lo, src->value) && value_apart(c_lo, src->value_hi);
}

int bc__validate_numbers_equiv_u(const struct bc_number_fact *claim,
                                 const struct bc__unit *cu,
                                 const struct bc_number_fact *src,
                                 const struct bc__unit *su)
{
  double c_lo = claim->value, c_hi = claim->value_hi;
  double s_lo = src->value, s_hi = src->value_hi;
  double ss = 1.0, slack = 0;
  enum bc__unit_class uc = cu->cls, us = su->cls;
  /* The analyzer marks bounds and tolerances approximate too; only words
   * such as "about" and "nearly" widen a value here. */
  int approx =
      (claim->approx && !claim->bound && claim->tol == 0 ? APPROX_CLAIM : 0) |
      (src->approx && !src->bound && src->tol == 0 ? APPROX_SOURCE : 0);
  int plain = c_hi == c_lo && s_hi == s_lo && !claim->bound && !src->bound;
  if (numbers_apart(claim, cu, src, su))
    return 0;
  if (uc != BC__UNIT_NONE && us != BC__UNIT_NONE) {
    if (!bc__validate_units_match(cu, su))
      return 0;
    if (uc == BC__UNIT_MEASURE && strcmp(cu->canon, su->canon) != 0 &&
        temperature(cu->canon) && temperature(su->canon)) {
      /* °F for °C or the other way, converted and rounded by the writer
       * to a whole degree. */
      int to_f = cu->canon[2] == 'f';
      s_lo = to_f ? s_lo * 9 / 5 + 32 : (s_lo - 32) * 5 / 9;
      s_hi = to_f ? s_hi * 9 / 5 + 32 : (s_hi - 32) * 5 / 9;
      slack = to_f ? 1.0 : 0.6;
    } else if (uc != BC__UNIT_AGE && us != BC__UNIT_AGE &&
               cu->scale != su->scale && cu->scale > 0) {
      /* The source's value in the claim's unit, so that the claim's
       * rounding is read as written ("more than two decades" for 22
       * years).  A value converted to another unit is rounded by the
       * writer: "18 months" is 547.9 days, "a year and a half" 547.875. */
      ss = su->scale / cu->scale;
      s_lo *= ss;
      s_hi *= ss;
      if (plain) {
        double m = fabs(c_lo) > fabs(s_lo) ? fabs(c_lo) : fabs(s_lo);
        if (m > 0 && fabs(c_lo - s_lo) / m <= 0.02)
          return 1;
      }
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
  /* Rates of two periods: "$192,000 a year" is "$16,000 a month", not
   * "$16,000 a year".  A rate with its period left out fits either. */
  if (cu->per > 0 && su->per > 0 && fabs(cu->per - su->per) > 1e-6 * cu->per) {
    double k = cu->per / su->per;
    s_lo *= k;
    s_hi *= k;
    ss *= k;
    if (plain) {
      double m = fabs(c_lo) > fabs(s_lo) ? fabs(c_lo) : fabs(s_lo);
      if (m > 0 && fabs(c_lo - s_lo) / m <= 0.02)
        return 1;
    }
  }
  /* "69 ± 3°" is its centre; two tolerances must agree. */
  if (claim->tol > 0 && src->tol > 0 &&
      !bc__analyze_number_equal(claim->tol, src->tol * ss))
    return 0;
  if (slack > 0 && plain)
    return fabs(c_lo - s_lo) <= slack;
  return bounds_equiv(c_lo, c_hi, claim->bound, s_lo, s_hi, src->bound, approx);
}

int bc__validate_numbers_equiv(const struct bc_number_fact *claim,
                               const struct bc_number_fact *src)
{
  struct bc__unit cu, su;
  bc__validate_number_info(claim, &cu);
  bc__validate_number_info(src, &su);
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

/* u and sig from h: the words once each, ascending (an insertion sort of
 * at most BC__CTX_WORDS), and a 64-bit filter of them. */
static void seal(struct bc__context *c)
{
  size_t i, j, k;
  c->nu = 0;
  c->sig = 0;
  for (i = 0; i < c->n; i++) {
    uint32_t h = c->h[i];
    for (j = c->nu; j > 0 && c->u[j - 1] > h; j--)
      ;
    if (j > 0 && c->u[j - 1] == h)
      continue;
    /* A few words moved in place (a call to memmove cost more, once per
     * fact of a long source). */
    for (k = c->nu; k > j; k--)
      c->u[k] = c->u[k - 1];
    c->u[j] = h;
    c->nu++;
    c->sig |= (uint64_t)1 << ((h * 2654435761u) >> 26);
  }
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
  bc__validate_context_fill(lh, left, rh, right, out);
}

void bc__validate_context_fill(const uint32_t *lh, size_t left,
                               const uint32_t *rh, size_t right,
                               struct bc__context *out)
{
  /* Nearest words first: the last ones on the left, the first on the
   * right, alternating. */
  size_t i = 0, j = 0, nl = left < BC__CTX_WORDS ? left : BC__CTX_WORDS;
  out->n = 0;
  while (out->n < BC__CTX_WORDS && (i < nl || j < right)) {
    if (j < right)
      out->h[out->n++] = rh[j++];
    if (i < nl && out->n < BC__CTX_WORDS)
      out->h[out->n++] = lh[(left - 1 - i++) % BC__CTX_WORDS];
  }
  seal(out);
}

size_t bc__validate_overlap(const struct bc__context *a,
                            const struct bc__context *b)
{
  size_t i = 0, j = 0, n = 0, na = a->nu, nb = b->nu;
  /* The distinct words of a that b holds: a merge of the two ascending
   * sets, skipped when no word can be shared.  The merge steps without
   * branches on the words, which follow no pattern a processor could
   * predict; it runs for every pair of facts. */
  if (!(a->sig & b->sig))
    return 0;
  while (i < na && j < nb) {
    uint32_t x = a->u[i], y = b->u[j];
    n += x == y;
    i += x <= y;
    j += y <= x;
  }
  return n;
}
