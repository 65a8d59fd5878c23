/* check_numbers_frame.c - what a writer attaches to a number besides its
 * unit, read from the words around it: the period of a rate ("$16,000 a
 * month"), the direction of a change ("fell 1.62", "a loss of $304.7
 * million"), and the clause it stands in with the names and words that say
 * whose number it is ("while Dell needed 13 years").  The number checker
 * compares these between a claim and the source; this file decides nothing
 * and reads words and punctuation, not grammar, leaving empty what it
 * cannot read ("no evidence either way"). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
#include "util/calendar.h"
#include "util/change_words.h"
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

static int is_digit(int c)
{
  return c >= '0' && c <= '9';
}

/* Is w[0..n) the word lit, case-blind? */
static int is(const char *w, size_t n, const char *lit)
{
  return strlen(lit) == n && strncasecmp(w, lit, n) == 0;
}

/* --- the words this file asks about ----------------------------------- */

/* The words of change and their direction are util/change_words.c's. */
enum {
  W_PLAIN = 16,     /* of no help in telling whose a number is: scales,
                       units of shares, verbs of saying */
  W_CLAUSE = 32,    /* opens a clause of its own: "and", "while", "than" */
  W_PRON = 64,      /* a pronoun: "she", "its" */
  W_NOTNAME = 128,  /* capitalised, yet no one's name: titles, parts of
                       company names, currency codes */
  W_PARTICLE = 256, /* a verb whose "up" or "down" is no rise or fall:
                       "made up", "signed up", "handed down" */
  W_GIVE = 512      /* "gave up 5 points": a fall */
};

/* Sorted by strcmp, lower case, one entry a word. */
static const struct {
  const char *w;
  unsigned flags;
} lexicon[] = {
    {"according", W_PLAIN},
    {"after", W_CLAUSE},
    {"against", W_CLAUSE},
    {"although", W_CLAUSE},
    {"am", W_NOTNAME},
    {"and", W_CLAUSE},
    {"aud", W_NOTNAME},
    {"back", W_PARTICLE},
    {"backed", W_PARTICLE},
    {"because", W_CLAUSE},
    {"before", W_CLAUSE},
    {"billion", W_PLAIN},
    {"bn", W_PLAIN},
    {"break", W_PARTICLE},
    {"bring", W_PARTICLE},
    {"brings", W_PARTICLE},
    {"broke", W_PARTICLE},
    {"broken", W_PARTICLE},
    {"brought", W_PARTICLE},
    {"but", W_CLAUSE},
    {"cad", W_NOTNAME},
    {"calm", W_PARTICLE},
    {"calmed", W_PARTICLE},
    {"cent", W_PLAIN},
    {"ceo", W_NOTNAME},
    {"cfo", W_NOTNAME},
    {"chf", W_NOTNAME},
    {"chief", W_NOTNAME},
    {"cny", W_NOTNAME},
    {"co", W_NOTNAME},
    {"compared", W_CLAUSE},
    {"cool", W_PARTICLE},
    {"cooled", W_PARTICLE},
    {"corp", W_NOTNAME},
    {"dr", W_NOTNAME},
    {"eur", W_NOTNAME},
    {"gave", W_GIVE},
    {"gbp", W_NOTNAME},
    {"give", W_GIVE},
    {"given", W_GIVE},
    {"gives", W_GIVE},
    {"giving", W_GIVE},
    {"group", W_NOTNAME},
    {"hand", W_PARTICLE},
    {"handed", W_PARTICLE},
    {"hands", W_PARTICLE},
    {"he", W_PRON},
    {"her", W_PRON},
    {"him", W_PRON},
    {"his", W_PRON},
    {"host", W_NOTNAME},
    {"hundred", W_PLAIN},
    {"i", W_PRON | W_NOTNAME},
    {"if", W_CLAUSE},
    {"inc", W_NOTNAME},
    {"including", W_CLAUSE},
    {"inr", W_NOTNAME},
    {"it", W_PRON},
    {"its", W_PRON},
    {"jpy", W_NOTNAME},
    {"laid", W_PARTICLE},
    {"lay", W_PARTICLE},
    {"line", W_PARTICLE},
    {"lined", W_PARTICLE},
    {"llc", W_NOTNAME},
    {"ltd", W_NOTNAME},
    {"made", W_PARTICLE},
    {"make", W_PARTICLE},
    {"makes", W_PARTICLE},
    {"making", W_PARTICLE},
    {"million", W_PLAIN},
    {"minister", W_NOTNAME},
    {"mn", W_PLAIN},
    {"mr", W_NOTNAME},
    {"mrs", W_NOTNAME},
    {"ms", W_NOTNAME},
    {"my", W_PRON},
    {"narrow", W_PARTICLE},
    {"narrowed", W_PARTICLE},
    {"open", W_PARTICLE},
    {"opened", W_PARTICLE},
    {"opens", W_PARTICLE},
    {"or", W_CLAUSE},
    {"our", W_PRON},
    {"paid", W_PARTICLE},
    {"pay", W_PARTICLE},
    {"per", W_PLAIN},
    {"percent", W_PLAIN},
    {"play", W_PARTICLE},
    {"played", W_PARTICLE},
    {"plc", W_NOTNAME},
    {"pm", W_NOTNAME},
    {"point", W_PLAIN},
    {"points", W_PLAIN},
    {"president", W_NOTNAME},
    {"prof", W_NOTNAME},
    {"put", W_PARTICLE},
    {"puts", W_PARTICLE},
    {"putting", W_PARTICLE},
    {"ran", W_PARTICLE},
    {"reported", W_PLAIN},
    {"round", W_PARTICLE},
    {"rounded", W_PARTICLE},
    {"run", W_PARTICLE},
    {"said", W_PLAIN},
    {"sat", W_PARTICLE},
    {"say", W_PLAIN},
    {"says", W_PLAIN},
    {"set", W_PARTICLE},
    {"sets", W_PARTICLE},
    {"setting", W_PARTICLE},
    {"settle", W_PARTICLE},
    {"settled", W_PARTICLE},
    {"she", W_PRON},
    {"shout", W_PARTICLE},
    {"shouted", W_PARTICLE},
    {"show", W_PARTICLE},
    {"showed", W_PARTICLE},
    {"shows", W_PARTICLE},
    {"shut", W_PARTICLE},
    {"sign", W_PARTICLE},
    {"signed", W_PARTICLE},
    {"signing", W_PARTICLE},
    {"signs", W_PARTICLE},
    {"since", W_CLAUSE},
    {"sir", W_NOTNAME},
    {"sit", W_PARTICLE},
    {"slow", W_PARTICLE},
    {"slowed", W_PARTICLE},
    {"st", W_NOTNAME},
    {"step", W_PARTICLE},
    {"stepped", W_PARTICLE},
    {"sum", W_PARTICLE},
    {"summed", W_PARTICLE},
    {"sums", W_PARTICLE},
    {"take", W_PARTICLE},
    {"taken", W_PARTICLE},
    {"takes", W_PARTICLE},
    {"taking", W_PARTICLE},
    {"than", W_CLAUSE},
    {"that", W_CLAUSE},
    {"their", W_PRON},
    {"them", W_PRON},
    {"they", W_PRON},
    {"though", W_CLAUSE},
    {"thousand", W_PLAIN},
    {"tone", W_PARTICLE},
    {"toned", W_PARTICLE},
    {"took", W_PARTICLE},
    {"track", W_PARTICLE},
    {"tracked", W_PARTICLE},
    {"trillion", W_PLAIN},
    {"turn", W_PARTICLE},
    {"turned", W_PARTICLE},
    {"turns", W_PARTICLE},
    {"unless", W_CLAUSE},
    {"unlike", W_CLAUSE},
    {"until", W_CLAUSE},
    {"us", W_PRON},
    {"usd", W_NOTNAME},
    {"use", W_PARTICLE},
    {"used", W_PARTICLE},
    {"versus", W_CLAUSE},
    {"vote", W_PARTICLE},
    {"voted", W_PARTICLE},
    {"vs", W_CLAUSE},
    {"water", W_PARTICLE},
    {"watered", W_PARTICLE},
    {"we", W_PRON},
    {"when", W_CLAUSE},
    {"where", W_CLAUSE},
    {"whereas", W_CLAUSE},
    {"whether", W_CLAUSE},
    {"which", W_CLAUSE},
    {"while", W_CLAUSE},
    {"who", W_CLAUSE},
    {"whose", W_CLAUSE},
    {"wind", W_PARTICLE},
    {"wound", W_PARTICLE},
    {"write", W_PARTICLE},
    {"writes", W_PARTICLE},
    {"written", W_PARTICLE},
    {"wrote", W_PARTICLE},
    {"you", W_PRON},
    {"your", W_PRON},
};

/* The flags of w[0..n), case-blind; 0 for a word not listed. */
static unsigned lex(const char *w, size_t n)
{
  size_t lo = 0, hi = sizeof lexicon / sizeof lexicon[0];
  char buf[24];
  size_t i;
  if (n == 0 || n >= sizeof buf)
    return 0;
  for (i = 0; i < n; i++)
    buf[i] = (char)lower((unsigned char)w[i]);
  buf[n] = '\0';
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(buf, lexicon[mid].w);
    if (c == 0)
      return lexicon[mid].flags;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return 0;
}

/* --- rates ---------------------------------------------------------------- */

/* A period's length in days, by the word that names it. */
static double period_days(const char *w, size_t n)
{
  static const struct {
    const char *w;
    double days;
  } periods[] = {{"second", 1.0 / 86400},
                 {"sec", 1.0 / 86400},
                 {"minute", 1.0 / 1440},
                 {"min", 1.0 / 1440},
                 {"hour", 1.0 / 24},
                 {"hr", 1.0 / 24},
                 {"h", 1.0 / 24},
                 {"day", 1},
                 {"night", 1},
                 {"week", 7},
                 {"wk", 7},
                 {"fortnight", 14},
                 {"month", 30.436875},
                 {"mo", 30.436875},
                 {"quarter", 91.310625},
                 {"year", 365.2425},
                 {"yr", 365.2425},
                 {"annum", 365.2425}};
  size_t k;
  for (k = 0; k < sizeof periods / sizeof periods[0]; k++)
    if (is(w, n, periods[k].w) ||
        (n == strlen(periods[k].w) + 1 &&
         (w[n - 1] == 's' || w[n - 1] == 'S') &&
         strncasecmp(w, periods[k].w, n - 1) == 0 && n > 3))
      return periods[k].days;
  return 0;
}

/* "monthly", "annually", "a year" said as one adverb. */
static double period_adverb(const char *w, size_t n)
{
  static const struct {
    const char *w;
    double days;
  } adverbs[] = {{"hourly", 1.0 / 24},     {"daily", 1},
                 {"nightly", 1},           {"weekly", 7},
                 {"fortnightly", 14},      {"monthly", 30.436875},
                 {"quarterly", 91.310625}, {"yearly", 365.2425},
                 {"annually", 365.2425},   {"annual", 365.2425}};
  size_t k;
  for (k = 0; k < sizeof adverbs / sizeof adverbs[0]; k++)
    if (is(w, n, adverbs[k].w))
      return adverbs[k].days;
  return 0;
}

/* Words after "a year" that make it a time, not a rate: "a year earlier",
 * "a month ago", "a week later"; "a year after" may be either, and is read
 * as a rate ("cut to 52 hours a week after the council ..."). */
static int time_after(const char *w, size_t n)
{
  static const char *const words[] = {"ago",        "apart", "back", "earlier",
                                      "later",      "of",    "old",  "or",
                                      "previously", "prior", "since"};
  return BC__LEX_IN(words, w, n);
}

/* Skip spaces (not line breaks) from i. */
static size_t spaces(const char *t, size_t len, size_t i)
{
  while (i < len && (t[i] == ' ' || t[i] == '\t'))
    i++;
  return i;
}

/* The word at t[i] (letters, digits, inner apostrophes); its length. */
static size_t word_len(const char *t, size_t len, size_t i)
{
  size_t e = i;
  while (e < len && (bc__check_is_alnum((unsigned char)t[e]) ||
                     (t[e] == '\'' && e > i && e + 1 < len &&
                      bc__check_is_alnum((unsigned char)t[e + 1]))))
    e++;
  return e - i;
}

/* A calendar period named after an amount, which is then that period's:
 * "18.3 million passengers in 2023", "earned $812 million last year",
 * "a loss of $3m in the third quarter".  Its days, *end set; 0 when the
 * words at t[i] name none. */
static double named_period(const char *t, size_t len, size_t i, size_t *end)
{
  static const char *const which[] = {"financial", "first",  "fiscal", "fourth",
                                      "last",      "latest", "past",   "same",
                                      "second",    "third"};
  size_t n = word_len(t, len, i), j, m;
  double d;
  int lead_in =
      is(t + i, n, "in") || is(t + i, n, "for") || is(t + i, n, "during");
  if (!lead_in && !is(t + i, n, "last") && !is(t + i, n, "this"))
    return 0;
  j = spaces(t, len, i + n);
  m = word_len(t, len, j);
  if (lead_in && m == 4 && is_digit((unsigned char)t[j]) &&
      is_digit((unsigned char)t[j + 3]) && (t[j] == '1' || t[j] == '2') &&
      (j + 4 >= len || !bc__check_is_alnum((unsigned char)t[j + 4]))) {
    *end = j + 4; /* "in 2023" */
    return 365.2425;
  }
  if (lead_in) {
    if (!is(t + j, m, "the"))
      return 0;
    j = spaces(t, len, j + m);
    m = word_len(t, len, j);
    if (BC__LEX_IN(which, t + j, m)) {
      j = spaces(t, len, j + m);
      m = word_len(t, len, j);
    }
  }
  if (!m || !(is(t + j, m, "year") || is(t + j, m, "quarter") ||
              is(t + j, m, "month") || is(t + j, m, "week")))
    return 0;
  d = period_days(t + j, m);
  *end = j + m;
  return d;
}

double bc__check_rate_after(const char *t, size_t len, size_t at, size_t *end)
{
  size_t i = spaces(t, len, at), n, j;
  double d;
  int always;
  *end = 0;
  if (i < len && t[i] == '/' && i == at) {
    /* "$40/month", "3 kWh/yr". */
    n = word_len(t, len, i + 1);
    if (n && (d = period_days(t + i + 1, n)) > 0) {
      *end = i + 1 + n;
      return d;
    }
    return 0;
  }
  if (i == at && i < len && t[i] != '\n')
    return 0; /* glued to the number: not a separate word */
  n = word_len(t, len, i);
  if (!n)
    return 0;
  if ((d = period_adverb(t + i, n)) > 0) {
    *end = i + n;
    return d;
  }
  if ((d = named_period(t, len, i, end)) > 0)
    return d;
  if (!(is(t + i, n, "a") || is(t + i, n, "an") || is(t + i, n, "per") ||
        is(t + i, n, "each") || is(t + i, n, "every")))
    return 0;
  always = !is(t + i, n, "a") && !is(t + i, n, "an");
  j = spaces(t, len, i + n);
  n = word_len(t, len, j);
  if (!n || (d = period_days(t + j, n)) == 0 || is(t + j, n, "h") ||
      is(t + j, n, "mo") || is(t + j, n, "min"))
    return 0;
  /* "a year earlier", "a month ago" are times, not rates; "per year" and
   * "each month" always are rates. */
  if (!always) {
    size_t k = spaces(t, len, j + n), m = word_len(t, len, k);
    if (m && time_after(t + k, m))
      return 0;
  }
  *end = j + n;
  return d;
}

/* A sum of money at t, after at most a bound ("up to $3,664", "£40"):
 * a currency sign before the first digit. */
static int money_after(const char *t)
{
  size_t k;
  for (k = 0; k < 16 && t[k] && !(t[k] >= '0' && t[k] <= '9'); k++)
    if (t[k] == '$' ||
        ((unsigned char)t[k] == 0xC2 && (unsigned char)t[k + 1] == 0xA3) ||
        ((unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x82 &&
         (unsigned char)t[k + 2] == 0xAC))
      return 1;
  return 0;
}

/* The word ending before t[*i], past the spaces there: its length, its
 * start in *i (0 and *i at the spaces' start when there is none). */
static size_t word_back(const char *t, size_t *i)
{
  size_t e;
  while (*i > 0 && t[*i - 1] == ' ')
    (*i)--;
  e = *i;
  while (*i > 0 && bc__check_is_alnum((unsigned char)t[*i - 1]))
    (*i)--;
  return e - *i;
}

/* "monthly rent up to $3,664", "an annual fee £40": a period adjective
 * right before the one noun that ends at i, the sum following at once. */
static double adjective_noun_before(const char *t, size_t i)
{
  size_t n;
  if (i == 0 || !bc__check_is_alnum((unsigned char)t[i - 1]) ||
      !word_back(t, &i) || i == 0 || t[i - 1] != ' ')
    return 0;
  n = word_back(t, &i);
  return n ? period_adverb(t + i, n) : 0;
}

double bc__check_rate_before(const char *t, size_t at)
{
  /* "an annual fee of $40", "monthly rent of $1,200": a period adjective
   * one or two words before "of" right before the number. */
  size_t i = at, k;
  while (i > 0 && t[i - 1] == ' ')
    i--;
  if (i < 3 || strncasecmp(t + i - 2, "of", 2) != 0 ||
      (i > 2 && bc__check_is_alnum((unsigned char)t[i - 3])))
    return money_after(t + at) ? adjective_noun_before(t, i) : 0;
  i -= 2;
  for (k = 0; k < 2; k++) {
    size_t n = word_back(t, &i);
    if (n == 0)
      return 0;
    if (period_adverb(t + i, n) > 0)
      return period_adverb(t + i, n);
  }
  return 0;
}

/* --- direction ------------------------------------------------------------ */

/* Comparatives written after the number: "39 percent lower", "500 fewer
 * jobs" is read from the noun on. */
static const char *const up_after[] = {"higher", "more", "up"};
static const char *const down_after[] = {"cheaper", "down", "fewer", "less",
                                         "lower"};
/* Words that may stand between a verb of change and its number: "fell by
 * nearly 5%", "rose a further 2%", "gained another 12". */
static const char *const fillers[] = {
    "a",       "about",    "additional", "almost",       "an",
    "another", "around",   "as",         "by",           "estimated",
    "further", "just",     "less",       "more",         "much",
    "nearly",  "only",     "over",       "respectively", "roughly",
    "sharply", "slightly", "some",       "steeply",      "than"};

int bc__check_direction_word(const char *w, size_t n)
{
  return bc__change_verb_dir(w, n);
}

static int noun_dir(const char *w, size_t n)
{
  return bc__change_noun_dir(w, n);
}

/* The word ending right before t[at], separated from it by spaces only
 * (no punctuation), not before lo: its start in *b, its length (0: none). */
static size_t word_before(const char *t, size_t lo, size_t at, size_t *b)
{
  size_t e = at, s;
  while (e > lo && t[e - 1] == ' ')
    e--;
  s = e;
  while (s > lo && (bc__check_is_alnum((unsigned char)t[s - 1]) ||
                    (t[s - 1] == '\'' && s - 1 > lo &&
                     bc__check_is_alnum((unsigned char)t[s - 2]))))
    s--;
  if (s == e || (s > lo && (unsigned char)t[s - 1] >= 0x80))
    return 0;
  *b = s;
  return e - s;
}

/* Does the phrase ending before t[at] say a fall or a loss of what
 * follows: "a reduction in U.S. real income", "lost income", "lower
 * profit"?  Then a noun of a gain names what was lost.  The phrase ends at
 * punctuation, a word that opens a clause, or after six words. */
static int loss_before(const char *t, size_t at)
{
  size_t k, e = at, s;
  for (k = 0; k < 6; k++) {
    while (e > 0 && t[e - 1] == ' ')
      e--;
    /* A full stop ends the phrase, unless it ends an abbreviation
     * ("U.S."). */
    if (e > 0 && t[e - 1] == '.' && !(e > 2 && t[e - 3] == '.'))
      return 0;
    s = e;
    while (s > 0 &&
           (bc__check_is_alnum((unsigned char)t[s - 1]) || t[s - 1] == '.' ||
            (s < e && (t[s - 1] == '-' || t[s - 1] == '\''))))
      s--;
    if (s == e || (s > 0 && t[s - 1] != ' '))
      return 0;
    {
      size_t n = e - s;
      int vd = bc__change_verb_dir(t + s, n),
          nd = bc__change_noun_dir(t + s, n);
      if (vd < 0 || nd < 0)
        return !is(t + s, n, "down");
      if (vd > 0 || nd > 0 || (lex(t + s, n) & W_CLAUSE))
        return 0;
    }
    e = s;
  }
  return 0;
}

/* Where the word after a number ending at end starts (past a bracketed
 * restatement: "3 per cent (£5,910) lower"), its length in *m. */
static size_t word_after_number(const char *t, size_t len, size_t end,
                                size_t *m)
{
  size_t i = spaces(t, len, end);
  if (i > end && i < len && t[i] == '(') {
    size_t k = i + 1;
    while (k < len && k < i + 32 && t[k] != ')' && t[k] != '(' && t[k] != '\n')
      k++;
    if (k < len && t[k] == ')')
      i = spaces(t, len, k + 1);
  }
  *m = i > end ? word_len(t, len, i) : 0;
  return i;
}

/* The comparative written after a number ("$60 less", "3 per cent
 * lower"): +1, -1, else 0. */
static int comparative_after(const char *w, size_t m)
{
  if (BC__LEX_IN(up_after, w, m))
    return 1;
  return BC__LEX_IN(down_after, w, m) ? -1 : 0;
}

int bc__check_difference(const char *t, size_t len, size_t end)
{
  size_t m, i = word_after_number(t, len, end, &m);
  return m && comparative_after(t + i, m) != 0;
}

/* The direction written right after a number: "a $304.7 million loss",
 * "a 39 percent drop", "5% higher", "22 percent less". */
static int direction_after_number(const char *t, size_t len,
                                  struct bc_span whole, size_t end,
                                  struct bc_span *at)
{
  size_t m, i = word_after_number(t, len, end, &m);
  int d;
  if (m && ((d = noun_dir(t + i, m)) != 0 ||
            (d = comparative_after(t + i, m)) != 0)) {
    at->start = whole.start;
    at->end = i + m;
    return d;
  }
  return 0;
}

int bc__check_direction(const char *t, size_t len, struct bc_span whole,
                        size_t end, struct bc_span *at)
{
  size_t b, n, p = whole.start, k;
  int by = 0;
  /* Before it: "fell 1.62", "down 39 percent", "fell by nearly 5%", "a
   * loss of $3m", "cut its forecast by 5%". */
  for (k = 0; k < 4 && (n = word_before(t, 0, p, &b)) > 0; k++) {
    int d = bc__check_direction_word(t + b, n);
    if (d && !bc__change_level_dir(t + b, n)) {
      /* "earned 22 percent less": a verb of having says no change; the
       * comparative after the number does. */
      int da = direction_after_number(t, len, whole, end, at);
      if (da)
        return da;
    }
    if (d) {
      /* "gave up 5 points" is a fall; "made up 9 percent", "signed up 500
       * members", "handed down a 5-year sentence" are no change. */
      if (is(t + b, n, "up") || is(t + b, n, "down")) {
        size_t b2, n2 = word_before(t, 0, b, &b2);
        unsigned f = n2 ? lex(t + b2, n2) : 0;
        if (f & W_GIVE)
          d = d > 0 ? -1 : 0;
        else if (f & W_PARTICLE)
          return 0;
      }
      at->start = b;
      at->end = whole.end;
      return d;
    }
    if (is(t + b, n, "of")) {
      size_t b2, n2 = word_before(t, 0, b, &b2);
      if (n2 && (d = noun_dir(t + b2, n2)) != 0) {
        if (d > 0 && loss_before(t, b2))
          d = -1; /* "a reduction in real income of $1.4 billion" */
        at->start = b2;
        at->end = whole.end;
        return d;
      }
      break;
    }
    if (is(t + b, n, "by"))
      by = 1;
    if (!BC__LEX_IN(fillers, t + b, n))
      break;
    p = b;
  }
  if (by) {
    /* "cut its forecast by 5%", "raised prices by 3 percent": a verb of
     * change a few words before "by". */
    for (k = 0; k < 4 && (n = word_before(t, 0, p, &b)) > 0; k++) {
      int d = bc__check_direction_word(t + b, n);
      if (d && !is(t + b, n, "up") && !is(t + b, n, "down")) {
        at->start = b;
        at->end = whole.end;
        return d;
      }
      if (is(t + b, n, "and") || is(t + b, n, "or") || is(t + b, n, "but") ||
          is(t + b, n, "while"))
        break;
      p = b;
    }
  }
  return direction_after_number(t, len, whole, end, at);
}

/* The direction of the change that reached a number: "fell to 4.1
 * percent", "dropped from $61 million to $48 million", "fell 1.62 to
 * 45.10" (prev: the number before it with its frame pf, or NULL).  +1, -1
 * or 0, with the words in *at. */
static int direction_to(const char *t, struct bc_span whole,
                        const struct bc_number_fact *prev,
                        const struct bc__nframe *pf, struct bc_span *at)
{
  size_t b, n, p, k;
  int d;
  n = word_before(t, 0, whole.start, &b);
  if (!n || !is(t + b, n, "to"))
    return 0;
  p = b;
  n = word_before(t, 0, p, &b);
  if (n && (d = bc__check_direction_word(t + b, n)) != 0 &&
      !is(t + b, n, "up") && !is(t + b, n, "down")) {
    at->start = b;
    at->end = whole.end;
    return d;
  }
  /* "from $61 million to": the start of the change, then its verb. */
  if (!prev || prev->span.end > p)
    return 0;
  for (k = prev->span.end; k < p && t[k] == ' '; k++)
    ;
  if (k != p)
    return 0;
  /* "fell 1.62 to 45.10": the change's own direction (only in the
   * source: in a claim, "rose 9 percent to $4.3 billion" is one change,
   * checked as its amount). */
  if (pf && pf->dir) {
    at->start = pf->dir_at.start;
    at->end = whole.end;
    return pf->dir;
  }
  p = prev->whole.end > prev->whole.start ? prev->whole.start
                                          : prev->span.start;
  n = word_before(t, 0, p, &b);
  if (!n || !is(t + b, n, "from"))
    return 0;
  for (k = 0, p = b; k < 3 && (n = word_before(t, 0, p, &b)) > 0; k++) {
    d = bc__check_direction_word(t + b, n);
    if (d && !is(t + b, n, "up") && !is(t + b, n, "down")) {
      at->start = b;
      at->end = whole.end;
      return d;
    }
    if (!BC__LEX_IN(fillers, t + b, n))
      break;
    p = b;
  }
  return 0;
}

/* The change a number's clause says after it, of what the number counts
 * or measures: "the bottom 90 percent saw their incomes fall", "90
 * percent saw a decline in their income".  A word of change (a verb, or
 * a noun that is one: "decline", not "income") among the six words after
 * it, before punctuation, another number or a word that opens a clause.
 * Comparatives and particles ("lower", "up") describe, they say no
 * change, and "earned", "won" say what was had: passed over.  +1, -1 or 0, with
 * the words in *at. */
static int direction_after(const char *t, size_t len, struct bc_span whole,
                           struct bc_span *at)
{
  size_t i = whole.end, k;
  for (k = 0; k < 6; k++) {
    size_t s = spaces(t, len, i), m = word_len(t, len, s);
    int d;
    if (s == i || !m || is_digit((unsigned char)t[s]) ||
        (lex(t + s, m) & W_CLAUSE))
      return 0;
    d = bc__change_level_dir(t + s, m);
    if (d && !is(t + s, m, "up") && !is(t + s, m, "down") &&
        !is(t + s, m, "higher") && !is(t + s, m, "lower")) {
      at->start = whole.start;
      at->end = s + m;
      return d;
    }
    i = s + m;
  }
  return 0;
}

/* --- names and frames ----------------------------------------------------- */

/* A hash of a word as a name: case folded, without a possessive. */
static uint32_t name_hash(const char *w, size_t n)
{
  uint32_t h = 2166136261u;
  size_t i;
  if (n > 2 && w[n - 2] == '\'' && (w[n - 1] == 's' || w[n - 1] == 'S'))
    n -= 2;
  for (i = 0; i < n; i++)
    h = (h ^ (uint32_t)lower((unsigned char)w[i])) * 16777619u;
  return h;
}

/* A content word's hash: the checker's stem, without a possessive. */
static uint32_t word_hash(const char *w, size_t n)
{
  if (n > 2 && w[n - 2] == '\'' && (w[n - 1] == 's' || w[n - 1] == 'S'))
    n -= 2;
  return bc__validate_stem_hash(w, n);
}

static int cmp_u32(const void *a, const void *b)
{
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

/* Capitalised words that are no one's name: titles, the parts of company
 * names every company has, currency codes. */
static int not_a_name(const char *w, size_t n)
{
  size_t i;
  if (n < 2 || (lex(w, n) & W_NOTNAME) || bc__lex_is_function_word(w, n) ||
      bc__cal_month_of(w, n) || bc__cal_weekday_of(w, n))
    return 1;
  for (i = 0; i < n; i++)
    if (is_digit((unsigned char)w[i]))
      return 1;
  return 0;
}

/* Append h to the growing array *a (*n used, *cap allocated); 0 on
 * out-of-memory. */
static int push_hash(uint32_t **a, size_t *n, size_t *cap, uint32_t h)
{
  if (*n == *cap) {
    size_t nc = *cap ? 2 * *cap : 64;
    uint32_t *na = realloc(*a, nc * sizeof *na);
    if (!na)
      return 0;
    *a = na;
    *cap = nc;
  }
  (*a)[(*n)++] = h;
  return 1;
}

bc_status bc__check_caps_prepare(struct bc__vstate *v)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, pos = 0, st, n, cap = 0, k = 0, i;
  uint32_t *h = NULL;
  int ok = 1;
  while (ok && (n = bc__validate_next_word(t, len, &pos, &st)) > 0)
    if (is_upper((unsigned char)t[st]) && !bc__check_starts_sentence(t, st) &&
        !not_a_name(t + st, n))
      ok = push_hash(&h, &k, &cap, name_hash(t + st, n));
  /* The words of the names the analyzer found, which may open a sentence:
   * "France sent doctors." */
  for (i = 0; ok && i < v->facts->n_names; i++) {
    const char *nm = v->facts->names[i].name;
    size_t nl = nm ? strlen(nm) : 0;
    pos = 0;
    while (ok && (n = bc__validate_next_word(nm, nl, &pos, &st)) > 0)
      if (is_upper((unsigned char)nm[st]) && !not_a_name(nm + st, n))
        ok = push_hash(&h, &k, &cap, name_hash(nm + st, n));
  }
  if (!ok) {
    free(h);
    return BC_ERR_NOMEM;
  }
  if (k) {
    size_t u = 1;
    qsort(h, k, sizeof *h, cmp_u32);
    for (i = 1; i < k; i++)
      if (h[i] != h[u - 1])
        h[u++] = h[i];
    k = u;
  }
  v->caps = h;
  v->n_caps = k;
  return BC_OK;
}

static int known_name(const struct bc__vstate *v, uint32_t h)
{
  return v->n_caps &&
         bsearch(&h, v->caps, v->n_caps, sizeof h, cmp_u32) != NULL;
}

int bc__check_names_known(const struct bc__vstate *v, const uint32_t *names,
                          size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (known_name(v, names[i]))
      return 1;
  return 0;
}

int bc__check_names_near(const struct bc__vstate *v, size_t at,
                         const uint32_t *names, size_t n)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, a = at, e = at, pos, st, wl, i;
  if (!t || at > len)
    return 0;
  while (a > 0 && at - a < 400 && !bc__validate_sentence_end(t, a - 1, len))
    a--;
  while (e < len && e - at < 400 && !bc__validate_sentence_end(t, e, len))
    e++;
  pos = a;
  while ((wl = bc__validate_next_word(t, e, &pos, &st)) > 0) {
    uint32_t h;
    /* A name of the claim the source writes in lower case before the
     * number, in its sentence, is the common word said of the same thing
     * ("Key travel is one millimetre" of "the key travel ... is one
     * millimeter"): the claim's capital is the sentence's. */
    if (!is_upper((unsigned char)t[st]) && st >= at)
      continue;
    h = name_hash(t + st, wl);
    for (i = 0; i < n; i++)
      if (names[i] == h)
        return 1;
  }
  return 0;
}

/* Is the word at t[st..st+n) a name: capitalised, and either inside its
 * sentence or a word the source capitalises inside one? */
static int name_at(const struct bc__vstate *v, const char *t, size_t st,
                   size_t n)
{
  size_t i;
  if (!is_upper((unsigned char)t[st]))
    return 0;
  /* Capitals joined by an ampersand name one firm or index wherever they
   * stand: "S&P 500", "AT&T", "P&G" (the words read are "S" and "P"). */
  if ((t[st + n] == '&' && is_upper((unsigned char)t[st + n + 1])) ||
      (st >= 2 && t[st - 1] == '&' && is_upper((unsigned char)t[st - 2])))
    return 1;
  if (not_a_name(t + st, n))
    return 0;
  if (!bc__check_starts_sentence(t, st) || known_name(v, name_hash(t + st, n)))
    return 1;
  /* An acronym is a name wherever it stands: "HP took 13 years". */
  for (i = 0; i < n && is_upper((unsigned char)t[st + i]); i++)
    ;
  return i == n;
}

/* Punctuation between two words that ends a clause: , ; : ( ) quotes and
 * dashes written with spaces; a line break. */
static int clause_gap(const char *t, size_t a, size_t b, size_t len)
{
  size_t i;
  for (i = a; i < b; i++) {
    unsigned char c = (unsigned char)t[i];
    /* A quote mark, but not the "'s" of tokenized text ("Guardiola 's
     * side"). */
    if (c == '\'' && i + 1 < len && t[i + 1] == 's' &&
        (i + 2 >= len || !bc__check_is_alnum((unsigned char)t[i + 2])))
      continue;
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n' ||
        c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == '[' ||
        c == ']')
      return 1;
    if (c == 0xE2 && i + 2 < b && (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] >= 0x93 && (unsigned char)t[i + 2] <= 0x9D))
      return 1;
    if (c == '-' && i > a && t[i - 1] == ' ')
      return 1;
  }
  return 0;
}

#define FW 128 /* words of a sentence read around a number, at most */
/* Words after a number where its owner may be named: "800,000 euros from
 * France". */
#define RIGHT_NAMES 4

/* A word of the text, read once: its place, what it is, its hashes. */
struct fword {
  size_t s, e;
  size_t num;          /* 1 + the number whose words hold it; 0 if none */
  uint32_t h, nh;      /* word_hash, name_hash */
  unsigned char name;  /* a name (name_at) */
  unsigned char plain; /* of no help: W_PLAIN, a change, a function word,
                          a number */
  unsigned char cw;    /* W_CLAUSE */
  unsigned char pro;   /* W_PRON */
  unsigned char gap;   /* a clause_gap between it and the word before */
  unsigned char brk;   /* a sentence ends between it and the word before */
  unsigned char done;  /* the fields from h to pro are read (look) */
};

/* What look reads of a word's letters alone, kept by its letters: a
 * long text repeats its words, and a word's classes cost a few searches
 * of word lists.  A slot holds the last word hashed to it (the text's
 * bytes at s, n long); a word that finds another there is read afresh. */
#define WC_SLOTS 1024
struct wc_slot {
  size_t s, n; /* n 0: empty */
  uint32_t h, nh;
  unsigned x;
  unsigned char plain;
};

static struct wc_slot *wc_slot(struct wc_slot *wc, const char *t, size_t s,
                               size_t n, int *hit)
{
  uint32_t k = 2166136261u;
  size_t i;
  struct wc_slot *e;
  for (i = 0; i < n; i++)
    k = (k ^ (unsigned char)t[s + i]) * 16777619u;
  e = &wc[(k ^ (k >> 15)) & (WC_SLOTS - 1)];
  *hit = e->n == n && n > 0 && memcmp(t + e->s, t + s, n) == 0;
  return e;
}

/* Read what a word is, once: only the words of sentences with numbers
 * are asked about.  wc: the cache of its letters' classes, or NULL. */
static void look(const struct bc__vstate *v, const char *t, struct fword *f,
                 struct wc_slot *wc)
{
  size_t n = f->e - f->s;
  const char *w = t + f->s;
  struct wc_slot *e = NULL;
  int hit = 0;
  unsigned x;
  if (f->done)
    return;
  f->done = 1;
  if (wc)
    e = wc_slot(wc, t, f->s, n, &hit);
  if (hit) {
    f->h = e->h;
    f->nh = e->nh;
    x = e->x;
    f->plain = e->plain;
  } else {
    f->h = word_hash(w, n);
    f->nh = name_hash(w, n);
    x = lex(w, n);
    f->plain = n < 2 || is_digit((unsigned char)w[0]) || (x & W_PLAIN) ||
               bc__change_verb_dir(w, n) || bc__change_noun_dir(w, n) ||
               bc__lex_is_function_word(w, n) || is(w, n, "one") ||
               bc__lex_cardinal(w, n) >= 0;
    if (e) {
      e->s = f->s;
      e->n = n;
      e->h = f->h;
      e->nh = f->nh;
      e->x = x;
      e->plain = f->plain;
    }
  }
  f->name = (unsigned char)name_at(v, t, f->s, n);
  f->cw = (x & W_CLAUSE) != 0;
  f->pro = (x & W_PRON) != 0;
}

static void add_hash(uint32_t *a, size_t *n, size_t cap, uint32_t h)
{
  size_t i;
  for (i = 0; i < *n; i++)
    if (a[i] == h)
      return;
  if (*n < cap)
    a[(*n)++] = h;
}

/* Words that may join the words of one name: "Bank of Scotland". */
static int name_joiner(const char *w, size_t n)
{
  return is(w, n, "of") || is(w, n, "and") || is(w, n, "the") ||
         is(w, n, "for") || is(w, n, "de");
}

/* The initials of the names of fw[lo..hi) written in a row ("Royal Bank
 * of Scotland", "Hewlett-Packard"), two or more, into fr->inits: the
 * acronym a writer may use for them ("RBS", "HP"). */
static void frame_initials(const struct bc__vstate *v, const char *t,
                           struct fword *fw, size_t lo, size_t hi,
                           struct bc__nframe *fr, struct wc_slot *wc)
{
  size_t k = lo;
  for (k = lo; k < hi; k++)
    look(v, t, &fw[k], wc);
  k = lo;
  while (k < hi) {
    char ini[BC__FRAME_NAMES + 2];
    size_t n = 0, j = k, last = k;
    if (!fw[k].name) {
      k++;
      continue;
    }
    for (; j < hi; j++) {
      if (j > k && (fw[j].gap || fw[j].num))
        break;
      if (fw[j].name) {
        if (n < BC__FRAME_NAMES)
          ini[n++] = (char)lower((unsigned char)t[fw[j].s]);
        last = j;
      } else if (!name_joiner(t + fw[j].s, fw[j].e - fw[j].s)) {
        break;
      }
    }
    if (n >= 2)
      add_hash(fr->inits, &fr->n_inits, BC__FRAME_NAMES, name_hash(ini, n));
    k = last + 1;
  }
}

/* The left of a number's frame, fw[me] being its first word: the words of
 * its clause before it (left, and the names there), then on across commas
 * and other numbers up to the first word that opens a clause (into words,
 * and the names there into xnames; the nearest of them, with the names
 * right before it, into near[0..*n_near)), so that a subject said before
 * a comma is found: "Its shares closed at $27.15, down 4.8 percent".  A
 * pronoun before any name leaves the number's owner unnamed.  *lo: the
 * first word it read. */
static void frame_left(const struct bc__vstate *v, const char *t,
                       struct fword *fw, size_t me, size_t self,
                       struct bc__nframe *fr, uint32_t *near, size_t *n_near,
                       struct bc_span *near_at, size_t *lo, struct wc_slot *wc)
{
  size_t k, nn = 0;
  int strict = 1, open = 0, named = 0, gapped = 0, unnamed = 0;
  *lo = me;
  for (k = me; k-- > 0;) {
    const char *ws = t + fw[k].s;
    size_t wn = fw[k].e - fw[k].s;
    look(v, t, &fw[k], wc);
    if (!gapped)
      *lo = k;
    if (gapped) {
      /* The clause before "and Apple 28 years", whose verb it shares. */
      if (fw[k].cw || fw[k].pro)
        break;
      if (!fw[k].num && !fw[k].plain && !fw[k].name)
        add_hash(fr->words, &fr->n_words, 2 * BC__FRAME_WORDS, fw[k].h);
      continue;
    }
    if (fw[k + 1].gap) {
      strict = 0;
      open = 0;
    }
    if (fw[k].num) {
      /* Another number ends the clause; what it counts ("2.4 million
       * books") still tells what the sentence is about. */
      strict = 0;
      open = 0;
      if (fw[k].num != self && !fw[k].plain && !fw[k].name)
        add_hash(fr->words, &fr->n_words, 2 * BC__FRAME_WORDS, fw[k].h);
      continue;
    }
    if (fw[k].cw) {
      /* "The Mets and Oakland Athletics did not win": the owner named
       * after "and" is one of several. */
      if (strict && named && fw[k + 1].name &&
          (is(ws, wn, "and") || is(ws, wn, "or"))) {
        /* "and Apple 28 years" names a new subject and leaves out the
         * verb it shares with the clause before: its words are read. */
        if (!unnamed) {
          gapped = 1;
          continue;
        }
        fr->compound = 1;
      }
      /* "SkyBridge carried ..., and flew 142 aircraft": a clause that
       * names no one after "and" shares the subject before it. */
      if (!named && !nn && (is(ws, wn, "and") || is(ws, wn, "but"))) {
        strict = 0;
        open = 0;
        continue;
      }
      break;
    }
    if (fw[k].pro && !named && !nn) {
      fr->pron = 1;
      break;
    }
    if (fw[k].name) {
      if (strict) {
        fr->name = (struct bc_span){fw[k].s, fw[k].e};
        add_hash(fr->names, &fr->n_names, BC__FRAME_NAMES, fw[k].nh);
        named = 1;
        fr->subject = 1;
      } else {
        add_hash(fr->xnames, &fr->n_xnames, BC__FRAME_NAMES, fw[k].nh);
        if (nn == 0 || (open && nn < BC__FRAME_NAMES)) {
          /* The nearest name, with the words before it that belong to
           * it ("Home Depot"). */
          if (nn == 0)
            *near_at = (struct bc_span){fw[k].s, fw[k].e};
          else
            near_at->start = fw[k].s;
          near[nn++] = fw[k].nh;
          open = 1;
        }
      }
    } else {
      open = 0;
      unnamed = 1; /* a word not a name between a name and it */
    }
    if (fw[k].plain || fw[k].name)
      continue;
    if (strict) {
      add_hash(fr->left, &fr->n_left, BC__FRAME_WORDS, fw[k].h);
      fr->first = fw[k].h;
    }
    add_hash(fr->words, &fr->n_words, 2 * BC__FRAME_WORDS, fw[k].h);
  }
  *n_near = nn;
}

/* Is a sentence end between t[a] and t[b]? */
static int sentence_gap(const char *t, size_t len, size_t a, size_t b)
{
  size_t i;
  for (i = a; i < b && i < len; i++)
    if (bc__validate_sentence_end(t, i, len))
      return 1;
  return 0;
}

/* The words of t, each read once, the numbers' words marked; *first[j]:
 * the first word of number j (NONE-like (size_t)-1 when it has none).
 * NULL with *nw 0 for a text without words; NULL on out-of-memory too. */
static struct fword *text_words(const char *t, size_t len,
                                const struct bc__wordtab *tab,
                                const struct bc_number_fact *nums, size_t n,
                                size_t *nw, size_t *first)
{
  struct fword *w = NULL;
  size_t cap = 0, k = 0, pos = 0, st, wl, j = 0, prev_e = 0, ti = 0;
  for (j = 0; j < n; j++)
    first[j] = (size_t)-1;
  j = 0;
  /* The text's words from its table when it has one (the same words a
   * scan reads), else scanned. */
  while ((wl = tab ? bc__wordtab_next(tab, &ti, tab->n, &st)
                   : bc__validate_next_word(t, len, &pos, &st)) > 0) {
    struct fword *f;
    if (k == cap) {
      size_t nc = cap ? 2 * cap : 256;
      struct fword *nw2 = realloc(w, nc * sizeof *nw2);
      if (!nw2) {
        free(w);
        *nw = 0;
        return NULL;
      }
      w = nw2;
      cap = nc;
    }
    f = &w[k];
    f->s = st;
    f->e = st + wl;
    f->num = 0;
    /* Numbers are in text order: the one that may hold this word. */
    while (j < n && nums[j].span.end <= st)
      j++;
    if (j < n) {
      size_t os = nums[j].whole.end > nums[j].whole.start &&
                          nums[j].whole.start <= nums[j].span.start
                      ? nums[j].whole.start
                      : nums[j].span.start;
      if (st >= os && st < nums[j].span.end) {
        f->num = j + 1;
        if (first[j] == (size_t)-1)
          first[j] = k;
      }
    }
    f->done = 0;
    f->gap = k > 0 && (unsigned char)clause_gap(t, prev_e, st, len);
    f->brk = k > 0 && (unsigned char)sentence_gap(t, len, prev_e, st);
    prev_e = st + wl;
    k++;
  }
  *nw = k;
  return w;
}

/* Is f a word that names, after a number, the other side of what the
 * number counts: "four meetings with Leicester", "two wins against
 * Burnley"? */
static int counterpart_word(const char *t, const struct fword *f)
{
  const char *w = t + f->s;
  size_t n = f->e - f->s;
  return is(w, n, "with") || is(w, n, "against") || is(w, n, "versus") ||
         is(w, n, "vs");
}

/* The frame of number i, whose first word is all[me]. */
static void frame_of(const struct bc__vstate *v, const char *t,
                     struct fword *all, size_t n_all,
                     const struct bc_number_fact *nums, size_t i, size_t at,
                     struct bc__nframe *out, struct wc_slot *wc)
{
  struct bc__nframe *fr = &out[i];
  struct bc_span w = nums[i].whole;
  size_t a = at, b = at + 1, nw, k, me, n_near = 0, lo, self = i + 1, after;
  int met;
  struct fword *fw;
  uint32_t near[BC__FRAME_NAMES];
  struct bc_span near_at = {0, 0};
  if (!(w.end > w.start && w.start <= nums[i].span.start &&
        w.end >= nums[i].span.end))
    w = nums[i].span;
  /* Its sentence, at most FW / 2 words each way. */
  while (a > 0 && at - a < FW / 2 - 1 && !all[a].brk)
    a--;
  while (b < n_all && b - at < FW / 2 && !all[b].brk)
    b++;
  nw = b - a;
  fw = all + a;
  me = at - a;
  frame_left(v, t, fw, me, self, fr, near, &n_near, &near_at, &lo, wc);
  /* "The Midlands city topped the table with almost 15,000": a name after
   * "the" and before a common noun describes the subject, which another
   * sentence names. */
  if (fr->subject && fr->n_names)
    for (k = 1; k < me; k++) {
      size_t e2 = k;
      if (fw[k].s != fr->name.start ||
          !(is(t + fw[k - 1].s, fw[k - 1].e - fw[k - 1].s, "the") ||
            is(t + fw[k - 1].s, fw[k - 1].e - fw[k - 1].s, "a") ||
            is(t + fw[k - 1].s, fw[k - 1].e - fw[k - 1].s, "an")))
        continue;
      while (e2 + 1 < me && fw[e2 + 1].name)
        e2++;
      if (e2 + 1 < nw)
        look(v, t, &fw[e2 + 1], wc);
      if (e2 + 1 < nw && !fw[e2 + 1].num && !fw[e2 + 1].name &&
          t[fw[e2 + 1].s] >= 'a' && t[fw[e2 + 1].s] <= 'z' && !fw[e2 + 1].plain)
        fr->subject = 0;
      break;
    }
  if (me > 0 && fw[me - 1].e + 1 >= w.start &&
      is(t + fw[me - 1].s, fw[me - 1].e - fw[me - 1].s, "from"))
    fr->from = 1;
  /* Right: to the end of its clause; a name only in its first words
   * ("800,000 euros from France"). */
  for (k = me + 1, after = 0, met = 0; k < nw; k++) {
    if (fw[k].num == self)
      continue;
    look(v, t, &fw[k], wc);
    if (fw[k].num || fw[k].gap || fw[k].cw || fw[k].pro)
      break;
    if (++after <= RIGHT_NAMES && fw[k].name) {
      if (!fr->n_names)
        fr->name = (struct bc_span){fw[k].s, fw[k].e};
      /* "800,000 euros from France": the giver, named after it. */
      if (k > me + 1 && !fr->subject &&
          (is(t + fw[k - 1].s, fw[k - 1].e - fw[k - 1].s, "from") ||
           is(t + fw[k - 1].s, fw[k - 1].e - fw[k - 1].s, "by")))
        fr->subject = 1;
      add_hash(fr->names, &fr->n_names, BC__FRAME_NAMES, fw[k].nh);
      /* "their last four encounters with Leicester City": a name after
       * "with" or "against" is whom the pronoun's owner met, not the
       * owner. */
      if (!met)
        fr->pron = 0;
    }
    if (counterpart_word(t, &fw[k]))
      met = 1;
    if (!fw[k].plain && !fw[k].name) {
      add_hash(fr->right, &fr->n_right, BC__FRAME_WORDS, fw[k].h);
      add_hash(fr->words, &fr->n_words, 2 * BC__FRAME_WORDS, fw[k].h);
    }
  }
  frame_initials(v, t, fw, lo, k, fr, wc);
  /* Its clause names no one: the nearest name before it does, unless a
   * pronoun stands between. */
  if (!fr->n_names && !fr->pron && n_near) {
    memcpy(fr->owner, near, n_near * sizeof near[0]);
    fr->n_owner = n_near;
    fr->name = near_at;
  } else if (fr->n_names) {
    memcpy(fr->owner, fr->names, fr->n_names * sizeof fr->names[0]);
    fr->n_owner = fr->n_names;
  }
}

bc_status bc__check_number_frames(const struct bc__vstate *v, const char *t,
                                  size_t len, const struct bc_number_fact *nums,
                                  size_t n, int source, struct bc__nframe *out)
{
  size_t i, n_all = 0, *first;
  struct fword *all;
  struct wc_slot *wc;
  if (n == 0)
    return BC_OK;
  first = bc__calloc(n, sizeof *first);
  wc = bc__calloc(WC_SLOTS, sizeof *wc);
  if (!first || !wc) {
    free(first);
    free(wc);
    return BC_ERR_NOMEM;
  }
  all = text_words(t, len,
                   v && v->words.t == t && v->words.len == len && v->words.start
                       ? &v->words
                       : NULL,
                   nums, n, &n_all, first);
  if (!all && n_all == 0 && len > 0) {
    /* Out of memory, or a text without words (then no frames). */
    size_t pos = 0, st;
    if (bc__validate_next_word(t, len, &pos, &st) > 0) {
      free(first);
      free(wc);
      return BC_ERR_NOMEM;
    }
  }
  for (i = 0; i < n; i++) {
    struct bc__nframe *fr = &out[i];
    struct bc_span w = nums[i].whole;
    memset(fr, 0, sizeof *fr);
    if (!(w.end > w.start && w.start <= nums[i].span.start &&
          w.end >= nums[i].span.end))
      w = nums[i].span;
    if (nums[i].span.end > len)
      continue;
    fr->dir = bc__check_direction(t, len, w, nums[i].span.end, &fr->dir_at);
    fr->dirto =
        direction_to(t, w, i > 0 ? &nums[i - 1] : NULL,
                     i > 0 && source ? &out[i - 1] : NULL, &fr->dirto_at);
    if (!fr->dir && !fr->dirto)
      fr->dirafter = direction_after(t, len, w, &fr->dirafter_at);
    /* "gained 42.3 points, or 0.4 percent": the second number says the
     * same change. */
    if (!fr->dir && i > 0 && out[i - 1].dir &&
        w.start >= nums[i - 1].span.end &&
        w.start - nums[i - 1].span.end <= 5) {
      const char *g = t + nums[i - 1].span.end;
      size_t gl = w.start - nums[i - 1].span.end;
      if ((gl == 5 && memcmp(g, ", or ", 5) == 0) ||
          (gl == 4 && memcmp(g, " or ", 4) == 0)) {
        fr->dir = out[i - 1].dir;
        fr->dir_at = w;
      }
    }
    if (first[i] != (size_t)-1)
      frame_of(v, t, all, n_all, nums, i, first[i], out, wc);
  }
  free(all);
  free(first);
  free(wc);
  return BC_OK;
}
