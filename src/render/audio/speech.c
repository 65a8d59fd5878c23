/* speech.c - text normalization for speech: rewrites written text (UTF-8,
 * with acronyms, dates, numbers, symbols and URLs) as plain ASCII words read
 * the way a person reads them aloud, so flite pronounces them correctly.
 * It never calls setlocale: Unicode is transliterated with a hand table.
 * It does not synthesize; audio_tts.c speaks what this file returns.
 * This file holds the token rules and the normalizer object; the Unicode
 * table is speech_translit.c, numbers as words speech_words.c, the user's
 * lexicon speech_lexicon.c. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/audio.h"
#include "briefcast/buf.h"
#include "briefcast/facts.h"
#include "briefcast/limits.h"
#include "render/audio/speech_int.h"
#include "util/alloc.h"
#include "util/calendar.h"

/* Currency signs that are not ASCII become these bytes after
 * transliteration, so the number rules see "<sign>20" as one token. */
#define CUR_EURO '\x01'
#define CUR_POUND '\x02'
#define CUR_YEN '\x03'
#define CUR_RUPEE '\x04'

/* ---- built-in tables ------------------------------------------------------
 */

/* Acronyms people say as words. */
static const char *const word_acronyms[] = {
    "AIDS", "ASCII", "CAPTCHA", "COBOL", "COVID", "DARPA",  "FAQ",    "FEMA",
    "FIFA", "GIF",   "IKEA",    "LASER", "LIDAR", "NAFTA",  "NASA",   "NASDAQ",
    "NATO", "OPEC",  "OSHA",    "PIN",   "POSIX", "RADAR",  "RAM",    "ROM",
    "SARS", "SCUBA", "SIM",     "SONAR", "SWAT",  "UNESCO", "UNICEF", "WAN",
    "LAN",  "YAML",  "TOML",    "NIMBY", "FOMO",  "YOLO",   "WASM",   "CRUD",
    "REST", "JPEG",  "MIDI",    "RAID",  "SaaS",  "GUI",    "ISIS",   "OLED",
    "AWOL", "ZIP",   "PDF"};
/* PDF and GUI are here for their lexicon entries below, not as words. */

static const struct {
  const char *term, *say;
} builtin_lex[] = {
    {"PDF", "P D F"},
    {"GUI", "gooey"},
    {"JPEG", "jay peg"},
    {"SaaS", "sass"},
    {"OLED", "oh led"},
    {"ZIP", "zip"},
    {"PhD", "P H D"},
    {"PhDs", "P H dees"},
    {"iOS", "eye O S"},
    {"macOS", "mac O S"},
    {"C++", "C plus plus"},
    {"C#", "C sharp"},
    {"F#", "F sharp"},
    {".NET", "dot net"},
    {"Node.js", "node J S"},
    {"PostgreSQL", "postgres Q L"},
    {"MySQL", "my S Q L"},
    {"SQLite", "S Q lite"},
    {"e.g.", "for example"},
    {"i.e.", "that is"},
    {"etc.", "et cetera"},
    {"vs.", "versus"},
    {"vs", "versus"},
    {"approx.", "approximately"},
    {"w/", "with"},
    {"w/o", "without"},
    {"a.m.", "A M"},
    {"p.m.", "P M"},
    {"and/or", "and or"},
    {"km/h", "kilometers per hour"},
    {"m/s", "meters per second"},
    {"24/7", "twenty-four seven"},
    {"TL;DR", "T L D R"},
    {"TLDR", "T L D R"},
    {"tl;dr", "T L D R"},
    {"&", "and"},
    {"+/-", "plus or minus"},
    {"+", "plus"},
    {"=", "equals"},
    {"%", "percent"},
    {"@", "at"},
    {"YoY", "year over year"},
    {"MoM", "month over month"},
    {"QoQ", "quarter over quarter"},
    {"No.", "number"},
    {"Mr.", "Mister"},
    {"Mrs.", "Missus"},
    {"Dr.", "Doctor"},
    {"St.", "Saint"},
    {"Jr.", "Junior"},
    {"Prof.", "Professor"},
    {"Inc.", "Incorporated"},
    {"Ltd.", "Limited"},
};

static const struct {
  const char *unit, *say;
} units[] = {
    {"km", "kilometers"},
    {"kg", "kilograms"},
    {"ms", "milliseconds"},
    {"GB", "gigabytes"},
    {"MB", "megabytes"},
    {"KB", "kilobytes"},
    {"TB", "terabytes"},
    {"PB", "petabytes"},
    {"Gbps", "gigabits per second"},
    {"Mbps", "megabits per second"},
    {"GHz", "gigahertz"},
    {"MHz", "megahertz"},
    {"kHz", "kilohertz"},
    {"Hz", "hertz"},
    {"mph", "miles per hour"},
    {"cm", "centimeters"},
    {"mm", "millimeters"},
    {"min", "minutes"},
    {"mins", "minutes"},
    {"sec", "seconds"},
    {"hrs", "hours"},
    {"hr", "hours"},
    {"yrs", "years"},
    {"lbs", "pounds"},
    {"oz", "ounces"},
    {"ft", "feet"},
    {"kW", "kilowatts"},
    {"MW", "megawatts"},
    {"GW", "gigawatts"},
    {"kWh", "kilowatt hours"},
    {"MWh", "megawatt hours"},
    {"GWh", "gigawatt hours"},
    {"TWh", "terawatt hours"},
    {"ns", "nanoseconds"},
    {"us", "microseconds"},
    {"px", "pixels"},
    {"pp", "percentage points"},
    {"bps", "basis points"},
    {"k", "thousand"},
    {"K", "thousand"},
    {"M", "million"},
    {"B", "billion"},
    {"bn", "billion"},
    {"tn", "trillion"},
    {"T", "trillion"},
    {"m", "million"},
    {"x", "times"},
    {"X", "times"},
    {"%", "percent"},
    {"h", "hours"},
    {"s", "seconds"},
    {"d", "days"},
    {"w", "weeks"},
    {"y", "years"},
};

static const char *const letter_plural[26] = {
    "ays",     "bees",        "cees", "dees", "ees",   "effs", "gees",
    "aitches", "eyes",        "jays", "kays", "els",   "ems",  "ens",
    "ohs",     "pees",        "cues", "ars",  "esses", "tees", "yous",
    "vees",    "double-yous", "exes", "whys", "zees"};

static const char *const tlds[] = {"com", "org",  "net", "io", "dev", "ai",
                                   "edu", "gov",  "co",  "uk", "de",  "fr",
                                   "app", "info", "me",  "ly", "us",  "ca"};

/* ---- the token rewriter ---------------------------------------------------
 */

struct norm {
  struct bc_buf *out;
  const struct bc__speech_lex *lex; /* the speaker's, loaded once */
  const struct bc_speech_ctx *ctx;
  int shout;        /* the current line is written all in capitals */
  int prev_num;     /* the previous token was a number */
  const char *next; /* the token after the current one, or NULL */
  size_t next_n;
};

static int all_upper(const char *s, size_t n)
{
  int letters = 0;
  for (size_t i = 0; i < n; i++) {
    if (islower((unsigned char)s[i]))
      return 0;
    if (isupper((unsigned char)s[i]))
      letters++;
    else if (!isdigit((unsigned char)s[i]))
      return 0;
  }
  return letters > 0;
}

static int all_digits(const char *s, size_t n)
{
  if (!n)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (!isdigit((unsigned char)s[i]))
      return 0;
  return 1;
}

static unsigned num_of(const char *s, size_t n)
{
  unsigned v = 0;
  for (size_t i = 0; i < n && i < 9; i++)
    v = v * 10 + (unsigned)(s[i] - '0');
  return v;
}

static int is_word_acronym(const char *s, size_t n)
{
  for (size_t i = 0; i < sizeof word_acronyms / sizeof word_acronyms[0]; i++)
    if (strlen(word_acronyms[i]) == n && memcmp(word_acronyms[i], s, n) == 0)
      return 1;
  return 0;
}

static const char *builtin_find(const char *s, size_t n)
{
  for (size_t i = 0; i < sizeof builtin_lex / sizeof builtin_lex[0]; i++)
    if (strlen(builtin_lex[i].term) == n &&
        memcmp(builtin_lex[i].term, s, n) == 0)
      return builtin_lex[i].say;
  return NULL;
}

static void word(struct norm *z, const char *s, size_t n)
{
  bc__speech_sep(z->out);
  bc_buf_add(z->out, s, n);
}

static int vowel(char c)
{
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

/* Whether an all-caps acronym reads as a word (RAPID, RAGE, NASA): four to
 * six letters, not opening with two vowels or two consonants, no more than
 * two consonants or two vowels in a row, and at least two vowels.  Used
 * only for acronyms the source itself defines, whose author coined or
 * chose them as words far more often than not. */
static int pronounceable(const char *s, size_t n)
{
  size_t vow = 0, run_c = 0, run_v = 0;
  if (n < 4 || n > 6 || vowel(s[0]) == vowel(s[1]))
    return 0;
  for (size_t i = 0; i < n; i++) {
    if (!isupper((unsigned char)s[i]))
      return 0;
    if (vowel(s[i])) {
      vow++;
      run_v++;
      run_c = 0;
    } else {
      run_c++;
      run_v = 0;
    }
    if (run_c > 2 || run_v > 2)
      return 0;
  }
  return vow >= 2;
}

/* Whether an all-caps token is read as a word.  Five and six letters that
 * pass pronounceable() are words far more often than spelled acronyms
 * (RAPID, NEVER, SIGINT), and a reader says them so whether or not the
 * source defines them; four letters are as often spelled (UCLA, USDA), so
 * those need the source's definition. */
static int source_word(const struct norm *z, const char *s, size_t n)
{
  char key[8];
  if (n >= 5 && pronounceable(s, n))
    return 1;
  if (!z->ctx || !z->ctx->facts || n >= sizeof key || !pronounceable(s, n))
    return 0;
  memcpy(key, s, n);
  key[n] = '\0';
  return bc_facts_find_acronym(z->ctx->facts, key) != NULL;
}

/* Uppercase letters and digits: "AWS" → "A W S", "EC2" → "E C two",
 * "NASA" → "nasa"; plural_s adds the spoken plural of the last letter. */
static void acronym(struct norm *z, const char *s, size_t n, int plural_s)
{
  const char *say = bc__speech_lex_find(z->lex, s, n);
  if (!say)
    say = builtin_find(s, n);
  if (say) {
    size_t sl = strlen(say);
    /* "PDFs" → "P D effs": a spelled last letter takes its spoken plural,
     * since flite reads "Fs" as two letters. */
    if (plural_s && sl && isupper((unsigned char)say[sl - 1]) &&
        (sl == 1 || say[sl - 2] == ' ')) {
      word(z, say, sl - 1);
      bc_buf_adds(z->out, letter_plural[say[sl - 1] - 'A']);
      return;
    }
    word(z, say, sl);
    if (plural_s)
      bc_buf_addc(z->out, 's');
    return;
  }
  if (n >= 3 && !plural_s && (is_word_acronym(s, n) || source_word(z, s, n))) {
    bc__speech_sep(z->out);
    for (size_t i = 0; i < n; i++)
      bc_buf_addc(z->out, (char)tolower((unsigned char)s[i]));
    return;
  }
  if (n >= 3 && plural_s && (is_word_acronym(s, n) || source_word(z, s, n))) {
    bc__speech_sep(z->out);
    for (size_t i = 0; i < n; i++)
      bc_buf_addc(z->out, (char)tolower((unsigned char)s[i]));
    bc_buf_addc(z->out, 's');
    return;
  }
  for (size_t i = 0; i < n;) {
    if (isdigit((unsigned char)s[i])) {
      size_t j = i;
      while (j < n && isdigit((unsigned char)s[j]))
        j++;
      if (j - i <= 4)
        bc__speech_cardinal(z->out, num_of(s + i, j - i));
      else
        bc__speech_digits(z->out, s + i, j - i);
      i = j;
      continue;
    }
    bc__speech_sep(z->out);
    if (plural_s && i == n - 1)
      bc_buf_adds(z->out, letter_plural[toupper((unsigned char)s[i]) - 'A']);
    else
      bc_buf_addc(z->out, (char)toupper((unsigned char)s[i]));
    i++;
  }
}

static void spell_domain(struct norm *z, const char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && isalnum((unsigned char)s[j]))
      j++;
    if (j > i) {
      if (all_digits(s + i, j - i))
        bc__speech_digits(z->out, s + i, j - i);
      else
        word(z, s + i, j - i);
    }
    if (j < n) {
      bc__speech_sep(z->out);
      bc_buf_adds(z->out, s[j] == '.' ? "dot" : s[j] == '-' ? "dash" : "");
    }
    i = j + 1;
  }
}

static int has_tld(const char *s, size_t n)
{
  const char *dot = NULL;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '.')
      dot = s + i;
  if (!dot || dot == s)
    return 0;
  for (size_t i = 0; i < sizeof tlds / sizeof tlds[0]; i++) {
    size_t tl = strlen(tlds[i]);
    if ((size_t)(s + n - dot - 1) == tl && memcmp(dot + 1, tlds[i], tl) == 0)
      return 1;
  }
  return 0;
}

/* URLs are spoken as their domain: "https://www.example.com/a?b" →
 * "example dot com".  Returns nonzero when s was a URL or a domain. */
static int url(struct norm *z, const char *s, size_t n)
{
  const char *p = s, *e = s + n, *h;
  const char *scheme = NULL;
  for (const char *q = s; q + 3 <= e; q++)
    if (q[0] == ':' && q[1] == '/' && q[2] == '/') {
      scheme = q;
      break;
    }
  if (scheme)
    p = scheme + 3;
  else if (!(n > 4 && strncasecmp(s, "www.", 4) == 0)) {
    size_t hn = 0;
    while (hn < n && s[hn] != '/')
      hn++;
    for (size_t i = 0; i < hn; i++)
      if (!isalnum((unsigned char)s[i]) && s[i] != '.' && s[i] != '-')
        return 0;
    if (!has_tld(s, hn))
      return 0;
  }
  if (e - p > 4 && strncasecmp(p, "www.", 4) == 0)
    p += 4;
  h = p;
  while (h < e && *h != '/' && *h != ':' && *h != '?' && *h != '#')
    h++;
  if (h == p)
    return 0;
  spell_domain(z, p, (size_t)(h - p));
  return 1;
}

static int email(struct norm *z, const char *s, size_t n)
{
  const char *at = memchr(s, '@', n);
  if (!at || at == s || !has_tld(at + 1, (size_t)(s + n - at - 1)))
    return 0;
  spell_domain(z, s, (size_t)(at - s));
  word(z, "at", 2);
  spell_domain(z, at + 1, (size_t)(s + n - at - 1));
  return 1;
}

static void say_date(struct norm *z, unsigned m, unsigned d, int year)
{
  bc__speech_sep(z->out);
  bc_buf_adds(z->out, bc__cal_month_name((int)m));
  bc__speech_cardinal(z->out, d);
  bc__speech_ordinalize(z->out);
  if (year >= 0) {
    bc_buf_addc(z->out, ',');
    bc__speech_year(z->out, (unsigned)year);
  }
}

/* A real day: of year y when it is known (y > 0), else of any year. */
static int valid_md(int y, unsigned m, unsigned d)
{
  return m <= 12 && d <= 31 && bc__cal_valid(y > 0 ? y : 0, (int)m, (int)d);
}

/* Dates: 2024-05-30, 05/30/2024, 5/30/24, 06/14 (US month-first; a first
 * field above 12 is read day-first). */
static int date(struct norm *z, const char *s, size_t n)
{
  unsigned f[3];
  size_t fl[3];
  int k = 0;
  char sepch = 0;
  size_t i = 0;
  while (i < n && k < 3) {
    size_t j = i;
    while (j < n && isdigit((unsigned char)s[j]))
      j++;
    if (j == i || j - i > 4)
      return 0;
    f[k] = num_of(s + i, j - i);
    fl[k++] = j - i;
    if (j == n)
      break;
    if (sepch && s[j] != sepch)
      return 0;
    sepch = s[j];
    if (sepch != '-' && sepch != '/')
      return 0;
    i = j + 1;
    if (i == n)
      return 0;
  }
  if (i < n && k == 3) {
    size_t j = i;
    while (j < n && isdigit((unsigned char)s[j]))
      j++;
    if (j != n)
      return 0;
  }
  if (sepch == '-' && k == 3 && fl[0] == 4 && fl[1] == 2 && fl[2] == 2 &&
      valid_md((int)f[0], f[1], f[2])) {
    say_date(z, f[1], f[2], (int)f[0]);
    return 1;
  }
  if (sepch == '/' && (k == 2 || k == 3) && fl[0] <= 2 && fl[1] <= 2) {
    unsigned m = f[0], d = f[1];
    int y = -1;
    if (k == 3) {
      if (fl[2] == 4)
        y = (int)f[2];
      else if (fl[2] == 2)
        y = (int)(f[2] + 2000);
      else
        return 0;
    }
    if (!valid_md(y, m, d)) {
      if (!valid_md(y, d, m))
        return 0;
      m = f[1];
      d = f[0];
    }
    /* Without a document date, "3/4" is as likely a fraction as a date;
     * two-digit fields or a year make it a date. */
    if (k == 2 && !(z->ctx && z->ctx->doc_date) && fl[0] < 2 && fl[1] < 2)
      return 0;
    say_date(z, m, d, y);
    return 1;
  }
  return 0;
}

/* A number with its decorations: [±+-~][currency]digits[,ddd][.ddd]
 * [scale|unit|%|x|+|s|ordinal].  Returns nonzero when s was one. */
static int number(struct norm *z, const char *s, size_t n)
{
  const char *p = s, *e = s + n, *ip, *dp = NULL;
  size_t il = 0, dl = 0, commas = 0;
  char cur = 0;
  int sign = 0, about = 0, more = 0, pct = 0;
  const char *unit = NULL;
  char digs[32];
  size_t nd = 0;

  if (p < e && *p == '~') {
    about = 1;
    p++;
  }
  if (p < e && (*p == '+' || *p == '-') && p + 1 < e &&
      (isdigit((unsigned char)p[1]) || p[1] == '$' ||
       (p[1] >= '\x01' && p[1] <= '\x04'))) {
    sign = *p;
    p++;
  }
  if (p < e && (*p == '$' || (*p >= '\x01' && *p <= '\x04'))) {
    cur = *p;
    p++;
  }
  if (p >= e || !isdigit((unsigned char)*p))
    return 0;
  ip = p;
  while (p < e && (isdigit((unsigned char)*p) ||
                   (*p == ',' && p + 3 < e + 1 && p + 1 < e &&
                    isdigit((unsigned char)p[1])))) {
    if (*p == ',') {
      /* a thousands separator has exactly three digits after it */
      if (p + 4 <= e && isdigit((unsigned char)p[1]) &&
          isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) &&
          (p + 4 == e || !isdigit((unsigned char)p[4])))
        commas++;
      else
        return 0;
    } else if (nd < sizeof digs - 1)
      digs[nd++] = *p;
    else
      return 0; /* too long to read as a number: let bc__speech_digits() speak
                   it */
    p++;
  }
  digs[nd] = '\0';
  il = (size_t)(p - ip);
  if (p + 1 < e && *p == '.' && isdigit((unsigned char)p[1])) {
    dp = ++p;
    while (p < e && isdigit((unsigned char)*p))
      p++;
    dl = (size_t)(p - dp);
  }
  (void)il;
  /* suffixes */
  if (p < e && !cur && (*p >= '\x01' && *p <= '\x04')) {
    cur = *p; /* "20€" */
    p++;
  }
  {
    const char *u = p;
    while (u < e && isalpha((unsigned char)*u))
      u++;
    if (u > p) {
      size_t ul = (size_t)(u - p);
      int found = 0;
      if (!dp && (ul == 2) &&
          ((strncmp(p, "st", 2) == 0) || strncmp(p, "nd", 2) == 0 ||
           strncmp(p, "rd", 2) == 0 || strncmp(p, "th", 2) == 0) &&
          u == e && !cur) {
        bc__speech_cardinal(z->out, strtoull(digs, NULL, 10));
        bc__speech_ordinalize(z->out);
        return 1;
      }
      if (ul == 1 && *p == 's' && u == e && !dp && !cur && nd == 4 && !commas) {
        bc__speech_year(z->out, num_of(digs, 4)); /* 1990s */
        bc__speech_pluralize(z->out);
        return 1;
      }
      if (ul == 1 && *p == 's' && u == e && !dp && !cur && nd == 2) {
        bc__speech_cardinal(z->out, num_of(digs, 2)); /* 90s */
        bc__speech_pluralize(z->out);
        return 1;
      }
      for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strlen(units[i].unit) == ul && memcmp(units[i].unit, p, ul) == 0) {
          unit = units[i].say;
          found = 1;
          break;
        }
      if (!found)
        return 0;
      p = u;
    }
  }
  if (p < e && *p == '+') {
    more = 1;
    p++;
  }
  if (p < e && *p == '%') {
    pct = 1;
    p++;
  }
  if (p < e && *p == '+' && !more) {
    more = 1;
    p++;
  }
  if (p != e)
    return 0;

  if (about)
    word(z, "about", 5);
  if (more)
    word(z, "more than", 9);
  if (sign == '+')
    word(z, "plus", 4);
  else if (sign == '-')
    word(z, "minus", 5);
  /* A bare four-digit number in the years' range is read as a year. */
  if (!cur && !dp && !commas && !unit && !pct && !sign && nd == 4 &&
      digs[0] != '0' && num_of(digs, 4) >= 1100 && num_of(digs, 4) < 2100) {
    bc__speech_year(z->out, num_of(digs, 4));
  } else if (nd > 15) {
    bc__speech_digits(z->out, digs, nd);
  } else if (cur && dp && dl == 2 && !unit) {
    /* $3.50: dollars and cents; "$1.50" has one dollar, "$0.99" only
     * cents, as people say them */
    unsigned long long major = strtoull(digs, NULL, 10);
    unsigned minor = num_of(dp, 2);
    int one = major == 1;
    const char *c = cur == '$'         ? (one ? "dollar" : "dollars")
                    : cur == CUR_EURO  ? (one ? "euro" : "euros")
                    : cur == CUR_POUND ? (one ? "pound" : "pounds")
                    : cur == CUR_YEN   ? "yen"
                                       : (one ? "rupee" : "rupees");
    const char *sub = cur == CUR_POUND ? "pence"
                      : minor == 1     ? "cent"
                                       : "cents";
    if (major || !minor) {
      bc__speech_cardinal(z->out, major);
      word(z, c, strlen(c));
    }
    if (minor) {
      if (major)
        word(z, "and", 3);
      bc__speech_cardinal(z->out, minor);
      word(z, sub, strlen(sub));
    }
    return 1;
  } else {
    bc__speech_cardinal(z->out, strtoull(digs, NULL, 10));
    if (dp) {
      word(z, "point", 5);
      bc__speech_digits(z->out, dp, dl);
    }
  }
  if (unit)
    word(z, unit, strlen(unit));
  if (pct)
    word(z, "percent", 7);
  if (cur) {
    int one = !dp && !unit && strcmp(digs, "1") == 0;
    const char *c = cur == '$'         ? (one ? "dollar" : "dollars")
                    : cur == CUR_EURO  ? (one ? "euro" : "euros")
                    : cur == CUR_POUND ? (one ? "pound" : "pounds")
                    : cur == CUR_YEN   ? "yen"
                                       : (one ? "rupee" : "rupees");
    word(z, c, strlen(c));
  }
  return 1;
}

static void token(struct norm *z, const char *s, size_t n);

/* "7-9" → "seven to nine", "2019-2021" → "twenty nineteen to twenty
 * twenty-one", "10-15%" → "ten to fifteen percent", and with the unit
 * written on both sides, "2x-3x" → "two to three times". */
static int range(struct norm *z, const char *s, size_t n)
{
  const char *dash = NULL, *p = s, *digits_start;
  size_t suffix;
  for (size_t i = 1; i + 1 < n; i++)
    if (s[i] == '-' && (isdigit((unsigned char)s[i + 1]) || s[i + 1] == '$')) {
      dash = s + i;
      break;
    }
  if (!dash)
    return 0;
  /* the left side is a plain number (with optional currency), or one with
   * the same short unit as the right side, which is then said once */
  if (*p == '~' || *p == '$' || (*p >= '\x01' && *p <= '\x04'))
    p++;
  digits_start = p;
  while (p < dash && (isdigit((unsigned char)*p) || *p == '.' || *p == ','))
    p++;
  if (p == digits_start || !isdigit((unsigned char)p[-1]))
    return 0;
  suffix = (size_t)(dash - p);
  if (suffix > 3 || (size_t)(s + n - dash - 1) <= suffix ||
      (suffix && memcmp(p, s + n - suffix, suffix) != 0))
    return 0;
  /* "10-15%": the unit of the right side applies to both; say it once */
  token(z, s, (size_t)(p - s));
  word(z, "to", 2);
  token(z, dash + 1, (size_t)(s + n - dash - 1));
  return 1;
}

/* Q1 → "the first quarter"; with a following year: "of twenty eighteen". */
static int quarter(struct norm *z, const char *s, size_t n, const char *next,
                   size_t nn, int *consumed)
{
  static const char *const ord[] = {"first", "second", "third", "fourth"};
  int half = 0;
  if (n != 2 || (s[0] != 'Q' && s[0] != 'H') || s[1] < '1' ||
      s[1] > (s[0] == 'Q' ? '4' : '2'))
    return 0;
  half = s[0] == 'H';
  bc__speech_sep(z->out);
  bc_buf_addf(z->out, "the %s %s", ord[s[1] - '1'], half ? "half" : "quarter");
  if (next && nn == 4 && all_digits(next, 4)) {
    word(z, "of", 2);
    bc__speech_year(z->out, num_of(next, 4));
    *consumed = 1;
  }
  return 1;
}

/* A time of day, "10:00" → "ten o'clock", "9:05" → "nine oh five",
 * "14:30" → "fourteen thirty", "18:00" → "eighteen hundred"; other
 * digits:digits are ratios, "3:1" → "three to one". */
static int clock(struct norm *z, const char *s, size_t n)
{
  unsigned h, m;
  const char *colon = memchr(s, ':', n);
  if (!colon || colon == s || !all_digits(s, (size_t)(colon - s)) ||
      !all_digits(colon + 1, (size_t)(s + n - colon - 1)) || colon - s > 6 ||
      s + n - colon - 1 > 6)
    return 0;
  if (n < 4 || n > 5 || s[n - 3] != ':') { /* "3:1" is a ratio */
    bc__speech_cardinal(z->out, num_of(s, (size_t)(colon - s)));
    word(z, "to", 2);
    bc__speech_cardinal(z->out, num_of(colon + 1, (size_t)(s + n - colon - 1)));
    return 1;
  }
  h = num_of(s, n - 3);
  m = num_of(s + n - 2, 2);
  if (h > 24 || m > 59)
    return 0;
  bc__speech_cardinal(z->out, h);
  if (m == 0)
    word(z, h >= 1 && h <= 12 ? "o'clock" : "hundred", 7);
  else if (m < 10) {
    word(z, "oh", 2);
    bc__speech_cardinal(z->out, m);
  } else
    bc__speech_cardinal(z->out, m);
  return 1;
}

/* A month by its name or its usual abbreviation ("Jan", "Sept"); the
 * abbreviations count only next to a day or a year, where "Mar" and "May"
 * cannot be a word. */
static int month_of(const char *s, size_t n)
{
  /* Capitalised only ("March", "Mar", "Sept"): "may" and "march" in lower
   * case are words. */
  size_t k;
  if (n < 3 || s[0] < 'A' || s[0] > 'Z')
    return 0;
  for (k = 1; k < n; k++)
    if (s[k] < 'a' || s[k] > 'z')
      return 0;
  return bc__cal_month_of(s, n);
}

/* "Jan." is an abbreviation, not the end of a sentence, when a day or a
 * year follows. */
static int month_abbrev_dot(const char *s, size_t n)
{
  int m;
  if ((n != 4 && n != 5) || s[n - 1] != '.')
    return 0;
  m = month_of(s, n - 1);
  return m && strlen(bc__cal_month_name(m)) != n - 1;
}

/* Pairs read across two tokens: "3 March" → "the third of March", and
 * "€3.4 million" → "three point four million euros" (the currency is said
 * after the scale word, as people say it).  Sets *consumed when the next
 * token was read too. */
static int pair(struct norm *z, const char *s, size_t n, const char *next,
                size_t nn, int *consumed)
{
  static const char *const scales[] = {"thousand", "million", "billion",
                                       "trillion"};
  int m;
  if (!next)
    return 0;
  if (n > 1 && s[n - 1] == '.' && month_abbrev_dot(s, n))
    n--;
  /* "March 4" → "March fourth", "Jan 2024" → "January twenty twenty-four" */
  if ((m = month_of(s, n)) != 0 && all_digits(next, nn)) {
    if (nn <= 2 && valid_md(0, (unsigned)m, num_of(next, nn))) {
      word(z, bc__cal_month_name(m), strlen(bc__cal_month_name(m)));
      bc__speech_cardinal(z->out, num_of(next, nn));
      bc__speech_ordinalize(z->out);
      *consumed = 1;
      return 1;
    }
    if (nn == 4 && num_of(next, 4) >= 1000) {
      word(z, bc__cal_month_name(m), strlen(bc__cal_month_name(m)));
      bc__speech_year(z->out, num_of(next, 4));
      *consumed = 1;
      return 1;
    }
  }
  if (n >= 1 && n <= 2 && all_digits(s, n) && (m = month_of(next, nn)) &&
      valid_md(0, (unsigned)m, num_of(s, n))) {
    word(z, "the", 3);
    bc__speech_cardinal(z->out, num_of(s, n));
    bc__speech_ordinalize(z->out);
    word(z, "of", 2);
    word(z, bc__cal_month_name(m), strlen(bc__cal_month_name(m)));
    *consumed = 1;
    return 1;
  }
  if (n >= 2 && (s[0] == '$' || (s[0] >= '\x01' && s[0] <= '\x04')) &&
      isdigit((unsigned char)s[1])) {
    for (size_t i = 0; i < sizeof scales / sizeof scales[0]; i++) {
      const char *c;
      size_t k;
      if (strlen(scales[i]) != nn || memcmp(scales[i], next, nn) != 0)
        continue;
      for (k = 1; k < n; k++)
        if (!isdigit((unsigned char)s[k]) && s[k] != '.' && s[k] != ',')
          return 0;
      if (!number(z, s + 1, n - 1))
        return 0;
      word(z, scales[i], nn);
      c = s[0] == '$'         ? "dollars"
          : s[0] == CUR_EURO  ? "euros"
          : s[0] == CUR_POUND ? "pounds"
          : s[0] == CUR_YEN   ? "yen"
                              : "rupees";
      word(z, c, strlen(c));
      *consumed = 1;
      return 1;
    }
  }
  return 0;
}

/* Common words that writers put in capitals for emphasis or in headings
 * ("NOT", "WHAT THE LOG CHANGED") and that are never acronyms; spelled
 * letter by letter they would be nonsense.  WHO, IT, US, AT, IN, OR and
 * the like are left out: they are as often an organization, a field, a
 * country, a state or a part of AT&T. */
static const char *const caps_words[] = {
    "AN",    "THE",    "AND",   "BUT",  "NOT",   "NO",    "ALL",   "ANY",
    "ARE",   "WAS",    "WERE",  "BEEN", "HAS",   "HAVE",  "HAD",   "DOES",
    "DID",   "WHAT",   "WHY",   "HOW",  "WHEN",  "WHERE", "WHICH", "THIS",
    "THAT",  "THESE",  "THOSE", "WITH", "FROM",  "FOR",   "OF",    "TO",
    "YOUR",  "YOU",    "OUR",   "WE",   "THEY",  "MY",    "WILL",  "CAN",
    "NEVER", "ALWAYS", "ONLY",  "MUST", "STOP",  "VERY",  "MORE",  "MOST",
    "JUST",  "NOW",    "NEW",   "KEEP", "START", "READ",  "NOTE",  "WARNING"};

/* Three-letter words read as words on a line written in capitals (a
 * heading), where other three-letter tokens stay spelled, since most are
 * acronyms (AWS, GCP, SLO).  In running text they keep the acronym
 * reading ("the LOG file"). */
static const char *const heading_words[] = {
    "LOG", "RUN", "GET", "SET", "USE", "WAY", "DAY", "BIG", "OLD", "TOP",
    "OUT", "OFF", "ONE", "TWO", "TEN", "SIX", "END", "LOW", "FEW", "ASK",
    "LET", "SEE", "SAY", "YES", "BAD", "FIX", "BUG", "JOB", "WAR", "AGE",
    "LAW", "MAP", "OWN", "CUT", "PUT", "TRY", "LOT", "FAR", "GOT", "HIT",
    "PAY", "BUY", "YET", "TOO", "HER", "HIS", "HIM", "SHE"};

static int in_list(const char *const *list, size_t n_list, const char *s,
                   size_t n)
{
  for (size_t i = 0; i < n_list; i++)
    if (strlen(list[i]) == n && memcmp(list[i], s, n) == 0)
      return 1;
  return 0;
}

static int is_caps_word(const char *s, size_t n)
{
  return in_list(caps_words, sizeof caps_words / sizeof caps_words[0], s, n);
}

static int is_heading_word(const char *s, size_t n)
{
  return in_list(heading_words, sizeof heading_words / sizeof heading_words[0],
                 s, n);
}

/* Whether an all-caps token is a word written in capitals: one of
 * caps_words, or, on a line written all in capitals (a heading), one of
 * heading_words, any token of four or more letters with a vowel, and the
 * two-letter function words (a heading's AI stays spelled).  Three-letter
 * tokens outside caps_words stay spelled even there: read as a word, "WHAT'S
 * NEW IN AWS" would say "awes", the very mistake normalization exists for. */
static int caps_as_word(const struct norm *z, const char *s, size_t n)
{
  size_t m = n;
  int vow = 0;
  if (m > 2 && s[m - 2] == '\'' && s[m - 1] == 'S')
    m -= 2; /* WHAT'S */
  if (!m)
    return 0;
  for (size_t i = 0; i < m; i++) {
    if (!isupper((unsigned char)s[i]))
      return 0;
    vow |= vowel(s[i]) || s[i] == 'Y';
  }
  if (is_caps_word(s, m) || (z->shout && is_heading_word(s, m)))
    return 1;
  if (z->shout && m == 2) {
    static const char small[] = "IN ON AT IS OR BE DO GO UP SO IT US BY AS IF";
    for (const char *w = small; *w; w += w[2] ? 3 : 2)
      if (w[0] == s[0] && w[1] == s[1])
        return 1;
  }
  return z->shout && m >= 4 && vow;
}

/* Whether the line [s, e) is written in capitals: at least two words of two
 * or more letters, no lowercase letter, and one of caps_words or
 * heading_words among them,
 * so that a list of acronyms ("AWS EC2 S3") is not taken for a heading. */
static int shouting(const char *s, const char *e)
{
  size_t words = 0;
  int common = 0;
  while (s < e) {
    const char *t, *a;
    size_t letters = 0;
    while (s < e && !isalpha((unsigned char)*s))
      s++;
    t = s;
    while (s < e && (isalpha((unsigned char)*s) || *s == '\''))
      s++;
    for (a = t; a < s; a++) {
      if (islower((unsigned char)*a))
        return 0;
      letters += *a != '\'';
    }
    if (letters >= 2) {
      words++;
      common |= is_caps_word(t, (size_t)(s - t)) ||
                is_heading_word(t, (size_t)(s - t));
    }
  }
  return words >= 2 && common;
}

/* A unit symbol in mixed case standing alone, "a few GHz" → "a few
 * gigahertz"; after a number, number() reads it. */
static int mixed_unit(struct norm *z, const char *s, size_t n)
{
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
    const char *u = units[i].unit;
    int up = 0, lo = 0;
    if (strlen(u) != n || memcmp(u, s, n) != 0)
      continue;
    for (size_t k = 0; k < n; k++) {
      up |= isupper((unsigned char)u[k]) != 0;
      lo |= islower((unsigned char)u[k]) != 0;
    }
    if (!up || !lo)
      return 0;
    word(z, units[i].say, strlen(units[i].say));
    return 1;
  }
  return 0;
}

/* Mixed-case names are read as their parts, as people say them: "GitHub"
 * → "Git Hub", "LinkedIn" → "Linked In", "OpenAI" → "Open A I",
 * "XMLHttp" → "XML Http"; flite's letter-to-sound rules mangle them whole
 * ("jithub", "linkey din").  A lone lowercase letter is said as the letter
 * ("eBay" → "E Bay"), and "Mc" stays attached (McDonald). */
static int camel(struct norm *z, const char *s, size_t n)
{
  size_t m = n, a = 0;
  int lower = 0, cut = 0;
  if (m > 2 && s[m - 2] == '\'' && s[m - 1] == 's')
    m -= 2;
  for (size_t i = 0; i < m; i++) {
    if (!isalpha((unsigned char)s[i]))
      return 0;
    lower |= islower((unsigned char)s[i]) != 0;
  }
  if (!lower)
    return 0;
  for (size_t i = 1; i < m; i++) {
    int up = isupper((unsigned char)s[i]) != 0;
    if (up && islower((unsigned char)s[i - 1]) &&
        !(i == 2 && s[0] == 'M' && s[1] == 'c'))
      cut = 1;
    else if (up && i >= 3 && i + 2 < m && islower((unsigned char)s[i + 1]) &&
             islower((unsigned char)s[i + 2]) && all_upper(s + i - 3, 3))
      cut = 1;
  }
  if (!cut)
    return 0;
  for (size_t i = 1; i <= m; i++) {
    int up = i < m && isupper((unsigned char)s[i]);
    int at = i == m ||
             (up && islower((unsigned char)s[i - 1]) &&
              !(i == 2 && s[0] == 'M' && s[1] == 'c')) ||
             (up && i >= 3 && i + 2 < m && islower((unsigned char)s[i + 1]) &&
              islower((unsigned char)s[i + 2]) && all_upper(s + i - 3, 3));
    if (!at)
      continue;
    if (i - a == 1 && islower((unsigned char)s[a])) {
      char c = (char)toupper((unsigned char)s[a]);
      word(z, &c, 1);
    } else {
      token(z, s + a, (i == m ? n : i) - a);
    }
    a = i;
  }
  return 1;
}

/* A time with am or pm written on: "5pm" → "five P M", "9:30am" → "nine
 * thirty A M", "10:05PM" → "ten oh five P M". */
static int meridiem(struct norm *z, const char *s, size_t n)
{
  char ap;
  size_t k = n - 2;
  unsigned h, m = 0;
  if (n < 3 || tolower((unsigned char)s[n - 1]) != 'm')
    return 0;
  ap = (char)toupper((unsigned char)s[n - 2]);
  if (ap != 'A' && ap != 'P')
    return 0;
  if (k >= 4 && s[k - 3] == ':' && all_digits(s + k - 2, 2) &&
      all_digits(s, k - 3) && k - 3 <= 2) {
    h = num_of(s, k - 3);
    m = num_of(s + k - 2, 2);
  } else if (k <= 2 && all_digits(s, k)) {
    h = num_of(s, k);
  } else {
    return 0;
  }
  if (h < 1 || h > 12 || m > 59)
    return 0;
  bc__speech_cardinal(z->out, h);
  if (m && m < 10)
    word(z, "oh", 2);
  if (m)
    bc__speech_cardinal(z->out, m);
  bc__speech_sep(z->out);
  bc_buf_addc(z->out, ap);
  bc_buf_adds(z->out, " M");
  return 1;
}

/* A simple fraction, "1/2" → "one half", "2/3" → "two thirds", "3/4" →
 * "three quarters". */
static int fraction(struct norm *z, const char *s, size_t n)
{
  static const char *const denom[] = {"",        "",      "half",  "third",
                                      "quarter", "fifth", "sixth", "seventh",
                                      "eighth",  "ninth", "tenth"};
  unsigned a, b;
  if (n < 3 || n > 4 || s[1] != '/' || !isdigit((unsigned char)s[0]) ||
      !all_digits(s + 2, n - 2))
    return 0;
  a = num_of(s, 1);
  b = num_of(s + 2, n - 2);
  if (a < 1 || b < 2 || b > 10 || a >= b)
    return 0;
  /* With a document date, date() reads "3/4" as March fourth, except
   * before "of": "2/3 of users" is a share, not a day. */
  if (z->ctx && z->ctx->doc_date &&
      !(z->next && z->next_n == 2 &&
        tolower((unsigned char)z->next[0]) == 'o' &&
        tolower((unsigned char)z->next[1]) == 'f'))
    return 0;
  bc__speech_cardinal(z->out, a);
  word(z, denom[b], strlen(denom[b]));
  if (a > 1)
    bc__speech_pluralize(z->out);
  return 1;
}

/* A split written with slashes, "60/30/10" or "80/20", is read as its
 * numbers in a row ("sixty thirty ten"): three or more parts, or two that
 * add up to a hundred.  Reading the parts one by one would take "30/10"
 * for a date. */
static int split(struct norm *z, const char *s, size_t n)
{
  unsigned sum = 0;
  size_t parts = 0;
  for (size_t a = 0; a <= n;) {
    size_t b = a;
    while (b < n && s[b] != '/')
      b++;
    if (b - a > 3 || !all_digits(s + a, b - a))
      return 0;
    sum += num_of(s + a, b - a);
    parts++;
    a = b + 1;
  }
  if (parts < 2 || (parts == 2 && sum != 100))
    return 0;
  for (size_t a = 0; a <= n;) {
    size_t b = a;
    while (b < n && s[b] != '/')
      b++;
    bc__speech_cardinal(z->out, num_of(s + a, b - a));
    a = b + 1;
  }
  return 1;
}

/* One token without surrounding punctuation. */
/* Digits and dots read part by part, "2.4.1" -> "two point four point
 * one" (versions and IP-like numbers; never a decimal). */
static void dotted(struct norm *z, const char *s, size_t n)
{
  for (size_t a = 0; a < n;) {
    size_t b = a;
    while (b < n && s[b] != '.')
      b++;
    bc__speech_cardinal(z->out, num_of(s + a, b - a));
    if (b < n)
      word(z, "point", 5);
    a = b + 1;
  }
}

static void token(struct norm *z, const char *s, size_t n)
{
  const char *say;
  if (!n)
    return;
  say = bc__speech_lex_find(z->lex, s, n);
  if (!say)
    say = builtin_find(s, n);
  if (say) {
    word(z, say, strlen(say));
    return;
  }
  if (url(z, s, n) || email(z, s, n))
    return;
  if (s[0] == '@' && n > 1) {
    word(z, "at", 2);
    token(z, s + 1, n - 1);
    return;
  }
  if (s[0] == '#' && n > 1) {
    if (all_digits(s + 1, n - 1)) {
      word(z, "number", 6);
      bc__speech_cardinal(z->out, num_of(s + 1, n - 1 > 9 ? 9 : n - 1));
    } else {
      word(z, "hashtag", 7);
      token(z, s + 1, n - 1);
    }
    return;
  }
  if (n > 1 && (s[0] == 'v' || s[0] == 'V') && isdigit((unsigned char)s[1])) {
    size_t i;
    for (i = 1; i < n; i++)
      if (!isdigit((unsigned char)s[i]) && s[i] != '.')
        break;
    if (i == n && s[n - 1] != '.') {
      word(z, "version", 7);
      dotted(z, s + 1, n - 1);
      return;
    }
  }
  if (meridiem(z, s, n) || fraction(z, s, n))
    return;
  if (clock(z, s, n) || date(z, s, n) || number(z, s, n) || range(z, s, n))
    return;
  if (n > 2 && n <= 6 && s[0] == 'F' && s[1] == 'Y' &&
      all_digits(s + 2, n - 2)) {
    word(z, "fiscal year", 11);
    if (n - 2 == 4)
      bc__speech_year(z->out, num_of(s + 2, 4));
    else
      bc__speech_cardinal(z->out, num_of(s + 2, n - 2));
    return;
  }
  if (n >= 4 && s[0] == '\'' && all_digits(s + 1, 2) && s[3] == 's') {
    bc__speech_cardinal(z->out, num_of(s + 1, 2)); /* '90s */
    bc__speech_pluralize(z->out);
    return;
  }
  /* Dotted version numbers: 2.3.1 */
  {
    size_t dots = 0, i;
    for (i = 0; i < n; i++) {
      if (s[i] == '.')
        dots++;
      else if (!isdigit((unsigned char)s[i]))
        break;
    }
    if (i == n && dots >= 2 && s[0] != '.' && s[n - 1] != '.') {
      dotted(z, s, n);
      return;
    }
  }
  if (split(z, s, n))
    return;
  if (caps_as_word(z, s, n)) {
    bc__speech_sep(z->out);
    for (size_t i = 0; i < n; i++)
      bc_buf_addc(z->out, (char)tolower((unsigned char)s[i]));
    return;
  }
  if (mixed_unit(z, s, n) || camel(z, s, n))
    return;
  /* Split on joiners: & / - and read each part. */
  for (size_t i = 1; i + 1 < n; i++) {
    if (s[i] == '&') {
      token(z, s, i);
      word(z, "and", 3);
      token(z, s + i + 1, n - i - 1);
      return;
    }
  }
  for (size_t i = 1; i + 1 < n; i++) {
    if (s[i] == '/') {
      int left_num = isdigit((unsigned char)s[i - 1]);
      token(z, s, i);
      if (left_num && isalpha((unsigned char)s[i + 1]))
        word(z, "per", 3);
      else if (!(all_upper(s, i) && all_upper(s + i + 1, n - i - 1)))
        word(z, "and", 3);
      token(z, s + i + 1, n - i - 1);
      return;
    }
  }
  for (size_t i = 1; i + 1 < n; i++) {
    if (s[i] == '-' && (all_upper(s, i) || all_upper(s + i + 1, n - i - 1) ||
                        all_digits(s, i) || isdigit((unsigned char)s[i + 1]))) {
      token(z, s, i);
      token(z, s + i + 1, n - i - 1);
      return;
    }
  }
  /* Acronyms, with an optional plural s: AWS, APIs, EC2. */
  if (n >= 2 && all_upper(s, n) && isupper((unsigned char)s[0]) &&
      (isupper((unsigned char)s[1]) || isdigit((unsigned char)s[1]))) {
    acronym(z, s, n, 0);
    return;
  }
  if (n >= 3 && s[n - 1] == 's' && all_upper(s, n - 1) &&
      isupper((unsigned char)s[0]) && isupper((unsigned char)s[n - 2])) {
    acronym(z, s, n - 1, 1);
    return;
  }
  if (n >= 4 && s[n - 2] == '\'' && s[n - 1] == 's' && all_upper(s, n - 2) &&
      n - 2 >= 2) {
    acronym(z, s, n - 2, 0);
    bc_buf_adds(z->out, "'s");
    return;
  }
  /* A plain word: keep letters, digits, apostrophes and inner hyphens and
   * periods; other symbols are dropped (flite would spell them out). */
  bc__speech_sep(z->out);
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (isalnum((unsigned char)c) || c == '\'' || c == '-' || c == '.')
      bc_buf_addc(z->out, c);
    else if (c == '+')
      bc_buf_adds(z->out, " plus ");
    else if (c == '=')
      bc_buf_adds(z->out, " equals ");
    else if (c == CUR_EURO)
      bc_buf_adds(z->out, " euros ");
    else if (c == CUR_POUND)
      bc_buf_adds(z->out, " pounds ");
    else if (c == CUR_YEN)
      bc_buf_adds(z->out, " yen ");
    else if (c == CUR_RUPEE)
      bc_buf_adds(z->out, " rupees ");
    else if (c == '$')
      bc_buf_adds(z->out, " dollars ");
    else
      bc_buf_addc(z->out, ' ');
  }
}

static int is_pre(char c)
{
  return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' ||
         c == '*' || c == '_' || c == '`' || c == '<';
}

static int is_post(char c)
{
  return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' ||
         c == '*' || c == '_' || c == '`' || c == '>' || c == '.' || c == ',' ||
         c == ';' || c == ':' || c == '!' || c == '?';
}

/* Split the ASCII text into whitespace tokens, peel punctuation, rewrite
 * each core, and keep the phrase punctuation flite uses for pauses. */
static void rewrite(struct norm *z, const char *t)
{
  const char *p = t, *line_end = t;
  while (*p) {
    const char *s, *e, *cs, *ce, *ns = NULL, *ne = NULL;
    int consumed = 0;
    while (*p == ' ' || *p == '\n' || *p == '\t')
      p++;
    if (!*p)
      break;
    s = p;
    if (s >= line_end) {
      line_end = strchr(s, '\n');
      if (!line_end)
        line_end = s + strlen(s);
      z->shout = shouting(s, line_end);
    }
    while (*p && *p != ' ' && *p != '\n' && *p != '\t')
      p++;
    e = p;
    cs = s;
    ce = e;
    /* keep abbreviations with their period, and tokens like TL;DR whole */
    if (!builtin_find(s, (size_t)(e - s)) &&
        !bc__speech_lex_find(z->lex, s, (size_t)(e - s))) {
      while (cs < ce && is_pre(*cs) &&
             !(*cs == '\'' && ce - cs > 3 && isdigit((unsigned char)cs[1])))
        cs++;
      while (ce > cs && is_post(ce[-1])) {
        if (ce[-1] == '.' && ce - cs > 1 &&
            (builtin_find(cs, (size_t)(ce - cs)) ||
             bc__speech_lex_find(z->lex, cs, (size_t)(ce - cs))))
          break;
        ce--;
      }
    }
    if (cs > s && *s == '(')
      bc_buf_addc(z->out, ',');
    /* look ahead one token for "Q1 2018" */
    {
      const char *q = p;
      while (*q == ' ' || *q == '\n' || *q == '\t')
        q++;
      if (*q) {
        ns = q;
        while (*q && *q != ' ' && *q != '\n' && *q != '\t' && *q != ',' &&
               *q != '.' && *q != ';' && *q != ')' && *q != ':')
          q++;
        ne = q;
      }
    }
    /* "3 x 4": a lone x between numbers is "times" */
    if (ce - cs == 1 && ce == e && (*cs == 'x' || *cs == 'X') && z->prev_num &&
        ns && isdigit((unsigned char)*ns)) {
      word(z, "times", 5);
      continue;
    }
    z->prev_num = cs < ce && isdigit((unsigned char)*cs);
    if (((ce == e || (ce + 1 == e && month_abbrev_dot(cs, (size_t)(e - cs)))) &&
         pair(z, cs, (size_t)(e - cs), ns, ns ? (size_t)(ne - ns) : 0,
              &consumed)) ||
        quarter(z, cs, (size_t)(ce - cs), ns, ns ? (size_t)(ne - ns) : 0,
                &consumed)) {
      if (consumed) {
        p = ne;
        continue;
      }
    } else {
      z->next = ns;
      z->next_n = ns ? (size_t)(ne - ns) : 0;
      token(z, cs, (size_t)(ce - cs));
      z->next = NULL;
    }
    /* phrase punctuation after the token */
    for (const char *q = ce; q < e; q++) {
      if (*q == '.' || *q == ',' || *q == ';' || *q == ':' || *q == '!' ||
          *q == '?') {
        bc_buf_addc(z->out, *q == ';' || *q == ':' ? ',' : *q);
        break;
      }
      if (*q == ')' || *q == ']') {
        bc_buf_addc(z->out, ',');
        break;
      }
    }
  }
}

/* Collapse spaces, drop spaces before punctuation, and cut any run longer
 * than BC_MAX_TOKEN_CHARS: flite's cost is quadratic in token length.  A
 * run of more than twice that is no word anyone says (a hash, a 70,000-byte
 * string of W): only its start is spoken, or it would be read out letter
 * by letter for hours. */
static char *tidy(const char *s)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_DOC_BYTES * 4);
  size_t run = 0, whole = 0;
  for (const char *p = s; *p; p++) {
    char c = *p;
    if (c == ' ') {
      if (!b.len || bc_buf_str(&b)[b.len - 1] == ' ')
        continue;
      run = whole = 0;
      bc_buf_addc(&b, ' ');
      continue;
    }
    /* Counted in characters (lead bytes), so a character is kept or
     * dropped whole. */
    if (((unsigned char)c & 0xC0) != 0x80)
      whole++;
    if (whole > 2 * BC_MAX_TOKEN_CHARS)
      continue;
    if ((c == ',' || c == '.' || c == '!' || c == '?') && b.len &&
        bc_buf_str(&b)[b.len - 1] == ' ') {
      b.ptr[--b.len] = '\0';
      if (b.len &&
          (bc_buf_str(&b)[b.len - 1] == ',' ||
           bc_buf_str(&b)[b.len - 1] == '.') &&
          c == ',') {
        continue; /* ", ," from dashes next to commas */
      }
    }
    if (c == ',' && b.len == 0)
      continue;
    if (run >= BC_MAX_TOKEN_CHARS) {
      bc_buf_addc(&b, ' ');
      run = 0;
    }
    bc_buf_addc(&b, c);
    run++;
  }
  while (b.len && (bc_buf_str(&b)[b.len - 1] == ' '))
    b.ptr[--b.len] = '\0';
  return bc_buf_take(&b, NULL);
}

/* Cut (in place) every run of more than twice BC_MAX_TOKEN_CHARS
 * characters without a space to that length, before anything expands it:
 * a 70,000-byte string of W would be spelled out letter by letter, for
 * hours of audio.  a is ASCII by now, a byte a character. */
static void cap_runs(struct bc_buf *a)
{
  size_t o = 0, run = 0;
  for (size_t i = 0; i < a->len; i++) {
    char c = a->ptr[i];
    run = c == ' ' || c == '\n' || c == '\t' ? 0 : run + 1;
    if (run <= 2 * BC_MAX_TOKEN_CHARS)
      a->ptr[o++] = c;
  }
  if (a->ptr) {
    a->len = o;
    a->ptr[o] = '\0';
  }
}

/* A speaker: the context and the lexicon it names, read once. */
struct bc_speech {
  struct bc_speech_ctx ctx;
  struct bc__speech_lex lex;
};

bc_status bc_speech_new(const struct bc_speech_ctx *ctx, struct bc_speech **out,
                        struct bc_error *err)
{
  struct bc_speech *sp = bc__calloc(1, sizeof *sp);
  bc_status rc;
  if (!sp)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  if (ctx)
    sp->ctx = *ctx;
  if (ctx && ctx->lexicon_path) {
    rc = bc__speech_lex_load(&sp->lex, ctx->lexicon_path, err);
    if (rc) {
      bc_speech_free(sp);
      return rc;
    }
  }
  *out = sp;
  return BC_OK;
}

void bc_speech_free(struct bc_speech *sp)
{
  if (!sp)
    return;
  bc__speech_lex_release(&sp->lex);
  free(sp);
}

bc_status bc_speech_say(const struct bc_speech *sp, const char *text,
                        char **out, struct bc_error *err)
{
  struct bc_buf a = BC_BUF_INIT(BC_MAX_DOC_BYTES * 2);
  struct bc_buf w = BC_BUF_INIT(BC_MAX_DOC_BYTES * 4);
  struct norm z;
  char *res = NULL;
  bc_status rc;

  memset(&z, 0, sizeof z);
  z.out = &w;
  z.ctx = &sp->ctx;
  z.lex = &sp->lex;
  if (!text)
    return bc_error_set(err, BC_ERR_USAGE, "no text to normalize");
  rc = bc__speech_to_ascii(text, &a);
  if (rc) {
    rc = bc_error_set(err, rc, "cannot normalize text: %s", bc_strerror(rc));
    goto out;
  }
  cap_runs(&a);
  bc_buf_adds(&w, "");
  rewrite(&z, bc_buf_str(&a));
  rc = bc_buf_status(&w);
  if (rc) {
    rc = bc_error_set(err, rc, "cannot normalize text: %s", bc_strerror(rc));
    goto out;
  }
  res = tidy(bc_buf_str(&w));
  if (!res) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory normalizing text");
    goto out;
  }
  *out = res;
out:
  bc_buf_release(&a);
  bc_buf_release(&w);
  return rc;
}

bc_status bc_speech_normalize(const char *text, const struct bc_speech_ctx *ctx,
                              char **out, struct bc_error *err)
{
  struct bc_speech *sp = NULL;
  bc_status rc;
  if (!text)
    return bc_error_set(err, BC_ERR_USAGE, "no text to normalize");
  rc = bc_speech_new(ctx, &sp, err);
  if (!rc)
    rc = bc_speech_say(sp, text, out, err);
  bc_speech_free(sp);
  return rc;
}
