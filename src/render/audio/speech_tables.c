/* speech_tables.c - the speech normalizer's built-in word lists: acronyms
 * said as words, fixed readings of terms and abbreviations, unit symbols,
 * the letters' spoken plurals and the words writers put in capitals.  Data
 * and lookups only; the rules that use them are in the other speech*.c. */
#include <ctype.h>
#include <string.h>

#include "render/audio/speech_int.h"

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

int bc__speech_is_caps_word(const char *s, size_t n)
{
  return in_list(caps_words, sizeof caps_words / sizeof caps_words[0], s, n);
}

int bc__speech_is_heading_word(const char *s, size_t n)
{
  return in_list(heading_words, sizeof heading_words / sizeof heading_words[0],
                 s, n);
}

int bc__speech_is_word_acronym(const char *s, size_t n)
{
  return in_list(word_acronyms, sizeof word_acronyms / sizeof word_acronyms[0],
                 s, n);
}

const char *bc__speech_builtin_find(const char *s, size_t n)
{
  for (size_t i = 0; i < sizeof builtin_lex / sizeof builtin_lex[0]; i++)
    if (strlen(builtin_lex[i].term) == n &&
        memcmp(builtin_lex[i].term, s, n) == 0)
      return builtin_lex[i].say;
  return NULL;
}

const char *bc__speech_unit_find(const char *s, size_t n)
{
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
    if (strlen(units[i].unit) == n && memcmp(units[i].unit, s, n) == 0)
      return units[i].say;
  return NULL;
}

const char *bc__speech_letter_plural(char letter)
{
  return letter_plural[toupper((unsigned char)letter) - 'A'];
}
