/* local_timeline.c - the local provider's timeline: the dated events of the
 * fact sheet that a reader can place, one entry per event, in order of
 * date.  The analyzer finds and values the dates; this only chooses. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "summarize/local.h"
#include "util/calendar.h"

/* Timeline order: by the date's value where it has one.  Quarters sort at
 * their first month, seasons and half years at theirs, decades at their
 * first year, ranges at their start; a date said to lie at the end of its
 * period ("late 2015") sorts at that end, after "March 2015". */
/* An entry's value: a whole iso value of a date fact fits. */
#define SHOWN_MAX sizeof(((struct bc_date_fact *)0)->iso)

struct tl_item {
  char key[16];
  char shown[SHOWN_MAX]; /* the value the entry gives: iso, or without the year
                     the text does not write ("XXXX-03-28", "XXXX-05"), or a
                     range's two values ("1998-SU/1999-SU") */
  char anchored[SHOWN_MAX];     /* iso once a listing's year is given */
  struct bc_span range;         /* "the summer of 1998 to the summer of 1999":
                                   the range d opens, else {0, 0} */
  const struct bc_date_fact *d; /* in facts->dates or facts->times */
  size_t sentence;              /* index into facts->sentences, or NONE */
  struct bc_span ev; /* the words of its event: its sentence, or the clause
                        of it that holds this date (see split_events) */
  int coarse;        /* a bare year or decade */
  int unplaced;      /* no year known: placed by its neighbours in the text */
  double weight;
};

static void sort_key(const struct bc_date_fact *d, char key[16])
{
  static const char *const season_month[] = {"SP03", "SU06", "FA09", "WI12"};
  const char *iso = d->iso;
  size_t n = 0, k;
  while (iso[n] && iso[n] != '/' && n < 10)
    n++;
  memset(key, 0, 16);
  memcpy(key, iso, n);
  if (n == 7 && key[5] == 'Q') { /* 2018-Q3 -> 2018-07 */
    int q = key[6] - '0';
    if (q >= 1 && q <= 4) {
      key[5] = (char)('0' + (3 * q - 2) / 10);
      key[6] = (char)('0' + (3 * q - 2) % 10);
    }
  }
  if (n == 7 && key[5] == 'H') { /* 2018-H2 -> 2018-07 */
    key[5] = '0';
    key[6] = key[6] == '2' ? '7' : '1';
  }
  for (k = 0; n == 7 && k < 4; k++) /* 2018-SU -> 2018-06 */
    if (key[5] == season_month[k][0] && key[6] == season_month[k][1]) {
      key[5] = season_month[k][2];
      key[6] = season_month[k][3];
    }
  if (n == 5 && key[4] == 's') /* 2010s -> 2010 */
    key[4] = '\0';
  /* "late 2015", "the end of March": after every date within the period;
   * "mid-2015": in its middle */
  if (d->mod == BC_MOD_END || d->mod == BC_MOD_MID) {
    const char *tail = d->mod == BC_MOD_END ? "-12-31" : "-06-30";
    n = strlen(key);
    if (n == 4)
      memcpy(key + 4, tail, 7);
    else if (n == 7)
      memcpy(key + 7, d->mod == BC_MOD_END ? "-31" : "-15", 4);
  }
}

static int before(const struct tl_item *x, const struct tl_item *y)
{
  return x->d->span.start < y->d->span.start   ? -1
         : x->d->span.start > y->d->span.start ? 1
                                               : 0;
}

static int cmp_tl(const void *a, const void *b)
{
  const struct tl_item *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  if (c)
    return c;
  return before(x, y);
}

/* An entry's value for telling entries apart: a range's, the year a
 * listing or the text near it gives, else the analyzer's.  (A function,
 * not a pointer kept in the item: the items are sorted in place.) */
static const char *value_of(const struct tl_item *t)
{
  return t->range.end ? t->shown : t->anchored[0] ? t->anchored : t->d->iso;
}

/* Groups equal values together, first mention first. */
static int cmp_iso(const void *a, const void *b)
{
  const struct tl_item *x = a, *y = b;
  int c = strcmp(value_of(x), value_of(y));
  if (c)
    return c;
  return before(x, y);
}

static int cmp_tl_weight(const void *a, const void *b)
{
  const struct tl_item *x = a, *y = b;
  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return before(x, y);
}

/* Whether the date d is a day or month written with a month's name and
 * no year ("28 March", "in May", "18 February"): the analyzer gives it
 * a year only by guessing (from the document's date and the tense), or
 * none (a partial value).  Such an entry shows the date as written and a
 * value without a year. */
static int year_less(const struct bc_doc *doc, const struct bc_date_fact *d)
{
  const char *s = doc->text + d->span.start;
  size_t n = d->span.end - d->span.start, i, w;
  int month = 0;
  if (d->kind == BC_DATE_PARTIAL)
    month = strncmp(d->iso, "--", 2) == 0 && strlen(d->iso) == 7;
  else if (d->kind == BC_DATE_DAY || d->kind == BC_DATE_MONTH ||
           d->kind == BC_DATE_RANGE) /* "10 November and 30 December" */
    month = d->guessed && d->mod == BC_MOD_NONE;
  if (!month)
    return 0;
  for (i = 0; i < n; i++)
    if (s[i] >= '0' && s[i] <= '9' && i + 3 < n && s[i + 1] >= '0' &&
        s[i + 1] <= '9' && s[i + 2] >= '0' && s[i + 2] <= '9')
      return 0; /* a year after all */
  /* a month named in words: never "Friday" or "06/14" */
  for (i = 0; i < n; i = w + 1) {
    for (w = i; w < n && ((s[w] | 0x20) >= 'a' && (s[w] | 0x20) <= 'z'); w++)
      ;
    if (w > i && bc__cal_month_of(s + i, w - i))
      return 1;
  }
  return 0;
}

/* "the 2020 Audi e-tron", "the 2016 SE": a year that names a model, not
 * when the sentence's event happened; "the 2011 World Championships"
 * names an event, and is its date. */
static int model_year(const struct bc_doc *doc, const struct bc_date_fact *d)
{
  static const char *const before[] = {"the ", "a ",   "an ",  "its ", "their ",
                                       "his ", "her ", "new ", "our ", NULL};
  static const char *const events[] = {
      "Championship", "Cup",        "Olympic",    "Games",      "Election",
      "Festival",     "Tournament", "Open",       "Final",      "Season",
      "Show",         "Expo",       "Fair",       "Conference", "Summit",
      "Award",        "Marathon",   "Grand Prix", "Census",     "Budget",
      "War",          "Derby",      "Race",       "Rally",      "Convention",
      "Congress",     "Session",    "Series",     "Tour",       "Oscars",
      "Games",        "Assembly",   "Meeting",    "Report",     "Survey",
      "Act",          NULL};
  const char *t = doc->text;
  size_t s = d->span.start, e = d->span.end, k, words = 0;
  int det = 0;
  if (d->kind != BC_DATE_YEAR || e - s != 4 || e + 2 >= doc->text_len ||
      t[e] != ' ' || !(t[e + 1] >= 'A' && t[e + 1] <= 'Z'))
    return 0;
  for (k = 0; before[k] && !det; k++) {
    size_t m = strlen(before[k]);
    det = s >= m && strncasecmp(t + s - m, before[k], m) == 0 &&
          (s == m || t[s - m - 1] == ' ' || t[s - m - 1] == '\n');
  }
  /* "Caillebotte's 1877 A Boating Party": a work's year after its maker */
  if (!det && s >= 3 && t[s - 1] == ' ' &&
      ((t[s - 3] == '\'' && t[s - 2] == 's') ||
       (s >= 5 && !memcmp(t + s - 5, "\xe2\x80\x99s", 4))))
    det = 1;
  if (!det)
    return 0;
  /* the capitalized words after it: an event's name dates the event */
  for (k = e + 1; k < doc->text_len && words < 4;) {
    size_t w = k, j;
    while (w < doc->text_len && t[w] != ' ' && t[w] != '\n' && t[w] != ',' &&
           t[w] != '.')
      w++;
    if (!(t[k] >= 'A' && t[k] <= 'Z'))
      break;
    for (j = 0; events[j]; j++)
      if (!strncmp(t + k, events[j], strlen(events[j])))
        return 0;
    words++;
    if (w >= doc->text_len || t[w] != ' ')
      break;
    k = w + 1;
  }
  return 1;
}

/* "of 1909 Jolinda Drive", "at 1119 Oak St.": a number that reads as a
 * year but is a house number, the capitalized words after it ending in a
 * street's kind. */
static int house_number(const struct bc_doc *doc, const struct bc_date_fact *d)
{
  static const char *const kinds[] = {
      "Street", "St",        "Road",    "Rd",      "Avenue", "Ave",
      "Drive",  "Dr",        "Lane",    "Ln",      "Way",    "Court",
      "Ct",     "Boulevard", "Blvd",    "Place",   "Pl",     "Terrace",
      "Close",  "Crescent",  "Highway", "Parkway", NULL};
  const char *t = doc->text;
  size_t k = d->span.end, words = 0;
  if (d->kind != BC_DATE_YEAR || d->span.end - d->span.start != 4)
    return 0;
  while (words < 5 && k + 1 < doc->text_len && t[k] == ' ' &&
         ((t[k + 1] >= 'A' && t[k + 1] <= 'Z') ||
          (t[k + 1] >= '0' && t[k + 1] <= '9'))) {
    size_t w = k + 1, j;
    while (w < doc->text_len &&
           (((t[w] | 0x20) >= 'a' && (t[w] | 0x20) <= 'z') ||
            (t[w] >= '0' && t[w] <= '9')))
      w++;
    /* a name before the kind: "1990 Dr Smith" is a year and a doctor */
    for (j = 0; words && kinds[j]; j++)
      if (w - k - 1 == strlen(kinds[j]) &&
          !strncmp(t + k + 1, kinds[j], w - k - 1))
        return 1;
    words++;
    k = w;
    if (k < doc->text_len && t[k] == '.')
      k++;
  }
  return 0;
}

static int has_year(const char *text, struct bc_span sp, const char *year)
{
  size_t i;
  for (i = sp.start; i + 4 <= sp.end; i++)
    if (memcmp(text + i, year, 4) == 0 &&
        !(i > sp.start && text[i - 1] >= '0' && text[i - 1] <= '9') &&
        !(i + 4 < sp.end && text[i + 4] >= '0' && text[i + 4] <= '9'))
      return 1;
  return 0;
}

/* A date a timeline can place: written out, or worked out from the
 * document's date by plain arithmetic ("last year", "two weeks ago"), or
 * a day or month named without its year ("28 March"), shown without one.
 * Never an amount or a recurrence of time, a time of day, "now" or
 * "recently", nor a value resting on a guess (the week of "Friday") or on
 * a round amount ("more than two decades ago"): a timeline must not
 * state what the source does not. */
static int timeline_date(const struct bc_doc *doc, const struct bc_date_fact *d)
{
  if (d->type != BC_TIMEX_DATE || !d->iso[0])
    return 0;
  /* "28 March", "in May": a day or month the text gives without its
   * year is an entry, shown without one (see year_less) */
  if (year_less(doc, d))
    return 1;
  /* "from 3 October to 12 January 2020": a range whose start takes the
   * year its end writes */
  if (d->guessed && d->kind == BC_DATE_RANGE && strchr(d->iso, '/')) {
    char year[5];
    memcpy(year, strchr(d->iso, '/') + 1, 4);
    year[4] = '\0';
    return has_year(doc->text, d->span, year);
  }
  if (d->guessed)
    return 0;
  /* "more than two decades ago", "about ten years ago", "two decades
   * ago": a value worked out from a round or bounded amount is not a
   * date the text states */
  if (d->relative && (d->mod != BC_MOD_NONE ||
                      bc__local_holds(doc->text + d->span.start,
                                      d->span.end - d->span.start, "decade") ||
                      bc__local_holds(doc->text + d->span.start,
                                      d->span.end - d->span.start, "centur")))
    return 0;
  switch (d->kind) {
  case BC_DATE_DAY:
  case BC_DATE_MONTH:
  case BC_DATE_YEAR:
  case BC_DATE_QUARTER:
  case BC_DATE_DECADE:
  case BC_DATE_RANGE:
  case BC_DATE_SEASON:
  case BC_DATE_HALF: return 1;
  case BC_DATE_RELATIVE: {
    /* a calendar value: 1988, 1989-09, 1989-10-25, 1989-Q3 */
    size_t n = strlen(d->iso);
    return d->relative && d->iso[0] >= '0' && d->iso[0] <= '9' &&
           (n == 4 ||
            (n == 7 &&
             (d->iso[5] == 'Q' || (d->iso[5] >= '0' && d->iso[5] <= '9'))) ||
            (n == 10 && d->iso[5] >= '0' && d->iso[5] <= '9'));
  }
  default: return 0;
  }
}

/* How many years (1000-2999, four digits standing alone) text[sp) holds. */
static size_t years_in(const char *text, struct bc_span sp)
{
  size_t i, n = 0;
  for (i = sp.start; i + 4 <= sp.end; i++) {
    if ((i > sp.start && text[i - 1] >= '0' && text[i - 1] <= '9') ||
        (i + 4 < sp.end && text[i + 4] >= '0' && text[i + 4] <= '9'))
      continue;
    if ((text[i] == '1' || text[i] == '2') && text[i + 1] >= '0' &&
        text[i + 1] <= '9' && text[i + 2] >= '0' && text[i + 2] <= '9' &&
        text[i + 3] >= '0' && text[i + 3] <= '9')
      n++;
  }
  return n;
}

/* A date written without its year ("06/14") whose resolved year appears
 * nowhere in a sentence that does name years ("On 06/14 of that year,
 * 2015") was resolved against the wrong year: better left out of the
 * timeline than shown with a year the source contradicts. */
static int year_contradicted(const struct bc_doc *doc, const struct bc_facts *f,
                             const struct bc_date_fact *d)
{
  size_t k;
  char year[5];
  if (years_in(doc->text, d->span) || strlen(d->iso) < 4 || d->iso[0] < '0' ||
      d->iso[0] > '9')
    return 0;
  k = bc__local_span_at(f->sentences, f->n_sentences, sizeof(struct bc_span),
                        d->span.start);
  if (k == NONE || f->sentences[k].end > doc->text_len)
    return 0;
  memcpy(year, d->iso, 4);
  year[4] = '\0';
  return years_in(doc->text, f->sentences[k]) > 0 &&
         !has_year(doc->text, f->sentences[k], year);
}

/* Words of a sentence outside the date it holds: a dateline such as
 * "November 2004" or "Posted on 5 March 2005" names a date but tells no
 * event, so it makes no timeline entry. */
static size_t words_beside(const char *text, struct bc_span sentence,
                           struct bc_span date)
{
  size_t n = 0, i;
  int in = 0;
  for (i = sentence.start; i < sentence.end; i++) {
    int letter = (text[i] >= 'a' && text[i] <= 'z') ||
                 (text[i] >= 'A' && text[i] <= 'Z') ||
                 (unsigned char)text[i] >= 0x80;
    if (i >= date.start && i < date.end)
      letter = 0;
    if (letter && !in)
      n++;
    in = letter;
  }
  return n;
}

/* Whether a date of the fact sheet starts at byte at. */
static int date_at(const struct bc_facts *f, size_t at)
{
  size_t i;
  for (i = 0; i < f->n_dates; i++)
    if (f->dates[i].span.start == at)
      return 1;
  for (i = 0; i < f->n_times; i++)
    if (f->times[i].span.start == at)
      return 1;
  return 0;
}

/* A sentence that dates the page rather than an event: a copyright line,
 * a byline's "Posted", "Updated", "Published" stamp, a labelled date or
 * category ("News date : 04/21/2022 Category : Press Releases"). */
static int boilerplate(const struct bc_facts *f, const char *text,
                       struct bc_span sp)
{
  static const char *const words[] = {
      "copyright", "\xc2\xa9", "(c) ", "all rights reserved",
      "updated:", "last updated", "last modified",
      "published:", "originally published", "first published", "filed under",
      "permalink", "category:", "category :",
      /* an embedded social post's signature: "Name (@handle) May 3, 2019" */
      "(@", "pic.twitter.com",
      /* navigation: links to other posts and to the archive ("Next post:
       * Wimbledon preview, 1 July 2019", "Archives: November 2019") */
      "next post", "previous post", "older post", "newer post",
      "archives:", "archive:", "related posts", "related articles", "read more",
      "see also:", "read also", "also read", "leggi anche", "more stories",
      "you may also like", NULL};
  /* a stamp's words at the start of its line ("Story posted on 3 May");
   * further in they tell an event ("The report was published on 28
   * March by the charity") */
  static const char *const stamps[] = {
      "posted on", "posted by", "posted at", "updated on", "published on",
      /* the page's date under a label ("News date : 04/21/2022") */
      "date:", "date :", NULL};
  size_t k, n = sp.end - sp.start;
  const char *s = text + sp.start;
  if (n >= 7 && (strncasecmp(s, "Posted ", 7) == 0 ||
                 strncasecmp(s, "Updated ", 8) == 0 ||
                 strncasecmp(s, "Published ", 10) == 0 ||
                 strncasecmp(s, "Written by ", 11) == 0))
    return 1;
  /* a byline: "By Jane Doe, Sports Editor | 20 November 2019"; never "By
   * March 2015 the firm ..." (a date opens it) nor "By then" */
  if (n >= 5 && !strncmp(s, "By ", 3) && s[3] >= 'A' && s[3] <= 'Z' &&
      !date_at(f, sp.start + 3))
    return 1;
  for (k = 0; words[k]; k++)
    if (bc__local_holds(s, n, words[k]))
      return 1;
  for (k = 0; stamps[k]; k++)
    if (bc__local_holds(s, n < 24 ? n : 24, stamps[k]))
      return 1;
  return 0;
}

/* Whether date d, in the sentence sp, is a point the event is measured
 * from rather than its date: "their first title since 2004", "a losing
 * streak dating to 2007", "dating back to 1890", "has been based there
 * since 2013" (a state that lasts, not a thing that happened then). */
static int reference_point(const char *text, struct bc_span sp,
                           const struct bc_date_fact *d)
{
  static const char *const before[] = {"dating to ", "dating back to ",
                                       "dates back to ", "dated to ", NULL};
  const char *s = text + sp.start;
  size_t at = d->span.start - sp.start, k, m;
  if (d->span.start < sp.start || d->span.start > sp.end)
    return 0;
  for (k = 0; before[k]; k++) {
    m = strlen(before[k]);
    if (at >= m && !strncasecmp(s + at - m, before[k], m))
      return 1;
  }
  return at >= 6 && !strncasecmp(s + at - 6, "since ", 6);
}

/* Whether date d names a day ("August 28", "10 November"): a day of a
 * schedule is an event the piece dates, even one still to come. */
static int names_day(const struct bc_date_fact *d)
{
  size_t n = strlen(d->iso);
  return d->kind == BC_DATE_DAY ||
         (d->kind == BC_DATE_PARTIAL && n == 7 && d->iso[0] == '-') ||
         (d->kind == BC_DATE_RELATIVE && n == 10);
}

/* Whether the sentence sp, for its date d, tells what may or will be
 * rather than what happened: a projection ("sea levels could rise 30 cm
 * by 2050"), an option weighed ("the council would have paid ..."), a
 * forecast ("is expected to"), or a plan for a year or a month ("the
 * plant will close in 2027").  Such a date places no event.  A plan for a
 * named day is a schedule ("the season starts on August 28 and ends on
 * December 4", "the team will play on June 9"): its days are the
 * events.  A listing's line ("June 14 -- Arena, York") is a date, not a
 * sentence, and holds none of these words. */
static int projection(const char *text, struct bc_span sp,
                      const struct bc_date_fact *d)
{
  static const char *const maybe[] = {
      " would ",          " could ",       " might ",
      " wouldn't ",       " couldn't ",    " is expected to",
      " are expected to", " is projected", " are projected",
      " is forecast",     " are forecast", " is likely to ",
      " are likely to ",  " would have ",  NULL};
  static const char *const planned[] = {
      " will ",     " won't ",      " is set to ", " are set to ",
      " plans to ", " planned to ", NULL};
  const char *s = text + sp.start;
  size_t n = sp.end - sp.start, k;
  for (k = 0; maybe[k]; k++)
    if (bc__local_holds(s, n, maybe[k]))
      return 1;
  if (names_day(d))
    return 0;
  for (k = 0; planned[k]; k++)
    if (bc__local_holds(s, n, planned[k]))
      return 1;
  return 0;
}

/* Whether text[from, at) leaves a quotation open: a straight double quote
 * opens one where it stands before a word after a space (or at from) and
 * closes it elsewhere, so a stray closing mark ("records." This is my
 * first race", where the opening mark ran onto the sentence before) does
 * not turn every later sentence into a quotation; curly marks say which
 * they are.  News prints a quotation that runs over sentences with one
 * opening mark ("Thank you ... from July to date. We ...), closing it
 * paragraphs later or never. */
static int quote_open(const char *text, size_t from, size_t at)
{
  size_t i;
  int open = 0;
  long curly = 0;
  for (i = from; i < at; i++)
    if (text[i] == '"')
      open = (i == from || text[i - 1] == ' ' || text[i - 1] == '(' ||
              text[i - 1] == '\n') &&
             i + 1 < at && text[i + 1] != ' ';
    else if (i + 2 < at && (unsigned char)text[i] == 0xe2 &&
             (unsigned char)text[i + 1] == 0x80) {
      if ((unsigned char)text[i + 2] == 0x9c)
        curly++;
      else if ((unsigned char)text[i + 2] == 0x9d && curly > 0)
        curly--;
    }
  return open || curly > 0;
}

/* An event's words without a quotation mark left over at their start:
 * the closing mark of the sentence before ("... it has been," added
 * Clarkson.) or an opening one never closed in them.  What remains is
 * still the source's words. */
static struct bc_span no_stray_mark(const char *text, struct bc_span ev)
{
  size_t i, straight = 0;
  const unsigned char *s = (const unsigned char *)text + ev.start;
  int curly_close =
      ev.end - ev.start >= 3 && s[0] == 0xe2 && s[1] == 0x80 && s[2] == 0x9d;
  for (i = ev.start; i < ev.end; i++)
    straight += text[i] == '"';
  if (curly_close)
    ev.start += 3;
  else if (s[0] == '"' && straight % 2 == 1)
    ev.start++;
  return bc__local_trim(text, ev);
}

/* Whether text[i] is a stop that ends one sentence glued to the next
 * with no space between ("taken to the Scottish SPCA.Mrs Nisbett said",
 * "in the late 1970s.A veteran of"): paragraphs run together when a page
 * or a corpus drops its line breaks.  The word before the stop has two
 * characters or more ("U.S.Army" is no glue) and the next one opens with
 * a capital followed by a small letter or a space. */
static int glue_at(const char *text, struct bc_span ev, size_t i)
{
  size_t w = i;
  unsigned char next, after;
  if (text[i] != '.' && text[i] != '!' && text[i] != '?')
    return 0;
  if (i + 2 >= ev.end)
    return 0;
  next = (unsigned char)text[i + 1];
  after = (unsigned char)text[i + 2];
  if (!(next >= 'A' && next <= 'Z') ||
      !((after >= 'a' && after <= 'z') || after == ' '))
    return 0;
  while (w > ev.start && isalnum((unsigned char)text[w - 1]))
    w--;
  return i - w >= 2 && (w == ev.start || text[w - 1] != '.');
}

/* The glued sentence of ev that holds the date at `at`: an entry tells
 * one event, in its own sentence, never the next one's words too. */
static struct bc_span unglued(const char *text, struct bc_span ev, size_t at)
{
  size_t i;
  if (at < ev.start || at >= ev.end)
    return ev;
  for (i = ev.start; i < ev.end; i++)
    if (glue_at(text, ev, i)) {
      if (i < at)
        ev.start = i + 1;
      else {
        ev.end = i + 1;
        break;
      }
    }
  return ev;
}

/* Whether date d lies inside a quotation: the speaker's words ("Every
 * shortcut we took in 2014 came back as an outage in 2016"), told as they
 * remember or argue it, not an event the piece dates; a relative day there
 * ("today") is also the speaker's, which the page's date does not place.
 * A quotation is one the analyzer found, or one opened earlier in the
 * paragraph and not yet closed. */
static int quoted(const struct bc_facts *f, const struct bc_doc *doc,
                  const struct bc_date_fact *d)
{
  size_t k, blk = bc__local_block_at(doc, d->span.start);
  for (k = 0; k < f->n_quotes; k++)
    if (f->quotes[k].span.start <= d->span.start &&
        d->span.end <= f->quotes[k].span.end)
      return 1;
  return blk != NONE && doc->blocks[blk].span.start <= d->span.start &&
         quote_open(doc->text, doc->blocks[blk].span.start, d->span.start);
}

/* Whether the relative day d is a possessive ("today's larger codebases",
 * "tomorrow's cities"): the present or the future in general, no event on
 * the page's date. */
static int generic_day(const struct bc_doc *doc, const struct bc_date_fact *d)
{
  const char *p = doc->text + d->span.end;
  size_t left = doc->text_len - d->span.end;
  if (!d->relative)
    return 0;
  return (left >= 2 && p[0] == '\'' && p[1] == 's') ||
         (left >= 4 && !memcmp(p, "\xe2\x80\x99s", 4));
}

/* Whether the sentence sp tells a deed done: a verb in the past tense
 * ("voted", "said", "was").  Only words in lower case count, so a name
 * such as "Ted" does not. */
static int past_tense(const char *text, struct bc_span sp)
{
  static const char *const irregular[] = {
      "said",   "told",  "made",   "took", "gave",   "went",  "came",
      "won",    "lost",  "began",  "met",  "held",   "left",  "saw",
      "wrote",  "sold",  "bought", "paid", "became", "got",   "brought",
      "found",  "was",   "were",   "had",  "did",    "spoke", "chose",
      "agreed", "broke", "ran",    "rose", "fell",   NULL};
  size_t i = sp.start, w, k;
  while (i < sp.end) {
    while (i < sp.end && !(text[i] >= 'a' && text[i] <= 'z'))
      i++;
    for (w = i; w < sp.end && text[w] >= 'a' && text[w] <= 'z'; w++)
      ;
    if (w > i && (i == sp.start || !((text[i - 1] | 0x20) >= 'a' &&
                                     (text[i - 1] | 0x20) <= 'z'))) {
      /* "voted", "announced"; not "need", "speed", "indeed" */
      if (w - i >= 4 && text[w - 2] == 'e' && text[w - 1] == 'd' &&
          text[w - 3] != 'e')
        return 1;
      for (k = 0; irregular[k]; k++)
        if (strlen(irregular[k]) == w - i &&
            !strncmp(text + i, irregular[k], w - i))
          return 1;
    }
    i = w + 1;
  }
  return 0;
}

/* Whether the relative date d names no day or year of its own: "the year"
 * of "produced weekly throughout the year", "the day", "the week" (a
 * stretch of time in general, whatever value the analyzer gave it), or
 * "today" told of the present in general ("the issues we face today",
 * "the world of today", "what you need today"): no event on the page's
 * date.  A "today" in a sentence that tells a deed ("the council voted
 * today") or in one that speaks of no one in general ("The museum opens
 * today") stays. */
static int generic_relative(const struct bc_doc *doc, const struct bc_facts *f,
                            const struct bc_date_fact *d)
{
  static const char *const spans[] = {
      "the year",   "the day",     "the week",    "the month", "the weekend",
      "the season", "the morning", "the evening", "the night", "the time",
      "the moment", "the present", NULL};
  static const char *const general[] = {" we ",       " you ",  " our ",
                                        " us ",       " your ", " people ",
                                        " everyone ", NULL};
  const char *t = doc->text + d->span.start;
  size_t n = d->span.end - d->span.start, k;
  struct bc_span sp;
  if (!d->relative)
    return 0;
  for (k = 0; spans[k]; k++)
    if (n == strlen(spans[k]) && !strncasecmp(t, spans[k], n))
      return 1;
  if (!(n == 5 && !strncasecmp(t, "today", 5)))
    return 0;
  if ((d->span.start >= 3 &&
       !strncasecmp(doc->text + d->span.start - 3, "of ", 3)) ||
      (d->span.start >= 5 &&
       !strncasecmp(doc->text + d->span.start - 5, "even ", 5)))
    return 1;
  k = bc__local_span_at(f->sentences, f->n_sentences, sizeof(struct bc_span),
                        d->span.start);
  if (k == NONE || f->sentences[k].end > doc->text_len)
    return 0;
  sp = f->sentences[k];
  /* a leading "We" counts as " we " */
  for (k = 0; general[k]; k++)
    if (bc__local_holds(doc->text + sp.start, sp.end - sp.start, general[k]) ||
        !strncasecmp(doc->text + sp.start, general[k] + 1,
                     strlen(general[k]) - 1))
      break;
  return general[k] && !past_tense(doc->text, sp);
}

/* Whether date d, in the sentence sp, lies in a relative clause still open
 * there ("He was hired by a firm, one of whose owners left in 2015"; "The
 * hall, which was built in 1910, ..."): the date is that clause's event,
 * not the sentence's, so the sentence under it would date what the text
 * leaves undated. */
static int in_relative_clause(const char *text, struct bc_span sp,
                              const struct bc_date_fact *d)
{
  static const char *const opens[] = {", who ",     ", whom ",   ", whose ",
                                      ", which ",   " of whom ", " of whose ",
                                      " of which ", ", where ",  NULL};
  size_t k, i, last = NONE;
  if (d->span.start < sp.start || d->span.start > sp.end)
    return 0;
  for (k = 0; opens[k]; k++) {
    size_t m = strlen(opens[k]);
    for (i = sp.start; i + m <= d->span.start; i++)
      if (!strncasecmp(text + i, opens[k], m) && (last == NONE || i + m > last))
        last = i + m;
  }
  if (last == NONE)
    return 0;
  for (i = last; i < d->span.start; i++)
    if (text[i] == ',' || text[i] == ';' || text[i] == ')')
      return 0;
  return 1;
}

/* How precisely a kind places an event; a sentence's entry is its most
 * precise date, and a range beats the dates inside it. */
static int precision(const struct bc_date_fact *d)
{
  switch (d->kind) {
  case BC_DATE_RANGE: return 6;
  case BC_DATE_DAY: return 5;
  case BC_DATE_MONTH: return 4;
  case BC_DATE_SEASON:
  case BC_DATE_QUARTER:
  case BC_DATE_HALF: return 3;
  case BC_DATE_YEAR: return 2;
  case BC_DATE_RELATIVE: return strlen(d->iso) >= 7 ? 3 : 2;
  case BC_DATE_PARTIAL: return 4; /* a day without its year */
  default: return 1;
  }
}

/* Order for picking one entry per sentence: by sentence, the most precise
 * first (a range made of two dates before either), then the first
 * written. */
static size_t event_of(const struct tl_item *t);

static int item_precision(const struct tl_item *t)
{
  return t->range.end ? 7 : precision(t->d);
}

static int cmp_sentence(const void *a, const void *b)
{
  const struct tl_item *x = a, *y = b;
  if (x->sentence != y->sentence)
    return x->sentence < y->sentence ? -1 : 1;
  if (event_of(x) != event_of(y))
    return event_of(x) < event_of(y) ? -1 : 1;
  if (item_precision(x) != item_precision(y))
    return item_precision(x) > item_precision(y) ? -1 : 1;
  return before(x, y);
}

/* The value an entry for d gives: its iso, or for a date written without
 * its year the month and day alone ("XXXX-03-28", "XXXX-05", as TIMEX3
 * writes them), so no entry
 * states a year the text does not. */
static void shown_value(const struct bc_doc *doc, const struct bc_date_fact *d,
                        char out[SHOWN_MAX])
{
  size_t n = strlen(d->iso);
  const char *slash = strchr(d->iso, '/');
  if (slash && year_less(doc, d)) {
    /* a range: each end without its year, "XXXX-11-10/XXXX-12-30" */
    size_t a = (size_t)(slash - d->iso), z = n - a - 1;
    if (a >= 7 && a <= 10 && z >= 7 && z <= 10 && a + z <= 2 * 7 + 6)
      snprintf(out, SHOWN_MAX, "XXXX%.*s/XXXX%.*s", (int)(a - 4), d->iso + 4,
               (int)(z - 4), slash + 5);
    else
      snprintf(out, SHOWN_MAX, "%s", d->iso);
    return;
  }
  if (!year_less(doc, d) || n < 7 || n > 10) {
    snprintf(out, SHOWN_MAX, "%s", d->iso);
    return;
  }
  if (d->kind == BC_DATE_PARTIAL) /* --03-28 */
    snprintf(out, SHOWN_MAX, "XXXX%.6s", d->iso + 1);
  else if (n == 10) /* 2016-03-28 */
    snprintf(out, SHOWN_MAX, "XXXX-%.5s", d->iso + 5);
  else /* 2015-05 */
    snprintf(out, SHOWN_MAX, "XXXX-%.2s", d->iso + 5);
}

/* Whether date d opens its line: a listing's entry ("June 14 -- PNC Music
 * Pavilion, Charlotte"), not a date inside a sentence. */
static int opens_line(const struct bc_doc *doc, const struct bc_date_fact *d)
{
  size_t i = d->span.start;
  while (i > 0 && (doc->text[i - 1] == ' ' || doc->text[i - 1] == '\t'))
    i--;
  return i == 0 || doc->text[i - 1] == '\n';
}

/* A listing's day without a year ("June 14 -- ..." under "the tour starts
 * June 9, 2020") lies in the year of the last date before it that writes
 * its year, or the next one when its month and day come earlier: out
 * holds that value ("2020-06-14"), else is left empty.  The entry still
 * shows no year; the value only places it among the others. */
static void listing_year(const struct bc_facts *f, const struct bc_doc *doc,
                         const struct bc_date_fact *d, char out[SHOWN_MAX])
{
  const char *md;
  size_t n = strlen(d->iso), i;
  out[0] = '\0';
  if (n < 7 || d->iso[n - 3] != '-' || d->iso[n - 6] != '-' ||
      !opens_line(doc, d))
    return;
  md = d->iso + n - 5; /* "06-14" of "2019-06-14", "--06-14" */
  for (i = f->n_dates; i-- > 0;) {
    const struct bc_date_fact *a = &f->dates[i];
    int year;
    if (a->span.end > d->span.start)
      continue;
    if (a->guessed || (a->kind != BC_DATE_DAY && a->kind != BC_DATE_MONTH) ||
        strlen(a->iso) < 7 || year_less(doc, a) || a->iso[0] < '1' ||
        a->iso[0] > '2')
      continue;
    year = atoi(a->iso);
    if (strlen(a->iso) == 10 && strncmp(md, a->iso + 5, 5) < 0)
      year++;
    else if (strlen(a->iso) == 7 && strncmp(md, a->iso + 5, 2) < 0)
      year++;
    snprintf(out, SHOWN_MAX, "%04d-%.5s", year, md);
    return;
  }
}

/* A day without its year ("the finals on 18 November") whose month and
 * day a date earlier in the text gives with its year ("opened on Monday,
 * 18 November 2019") is that day told again: out holds that date's value,
 * so the two make one entry; else out is left empty. */
static void day_told_before(const struct bc_facts *f, const struct bc_doc *doc,
                            const struct bc_date_fact *d, char out[SHOWN_MAX])
{
  size_t n = strlen(d->iso), i;
  const char *md;
  out[0] = '\0';
  if (n < 7 || d->iso[n - 3] != '-' || d->iso[n - 6] != '-')
    return;
  md = d->iso + n - 5; /* "11-18" */
  for (i = 0; i < f->n_dates; i++) {
    const struct bc_date_fact *a = &f->dates[i];
    if (a->span.end > d->span.start || a->guessed || a->kind != BC_DATE_DAY ||
        strlen(a->iso) != 10 || !(a->iso[0] >= '1' && a->iso[0] <= '2') ||
        year_less(doc, a) || strcmp(a->iso + 5, md))
      continue;
    snprintf(out, SHOWN_MAX, "%s", a->iso);
  }
}

/* Whether date a stands alone on its line: a chronicle's year ("1995"
 * over the paragraphs of that year), a heading, not running text. */
static int alone_on_line(const struct bc_doc *doc, const struct bc_date_fact *a)
{
  size_t i = a->span.end;
  while (i < doc->text_len && (doc->text[i] == ' ' || doc->text[i] == '\t'))
    i++;
  return opens_line(doc, a) && (i == doc->text_len || doc->text[i] == '\n');
}

/* The latest date of v[0..nv) before d and at most NEARBY bytes from it
 * that states its year (written, or worked out by arithmetic: "last
 * year") in d's own sentence or alone on a line above it, or NULL.  A
 * year another sentence states is that sentence's event, the background
 * ("in 1995 the firm ..."): a later "in March" is not of that year. */
#define NEARBY 1500
static const struct bc_date_fact *year_before(const struct bc_facts *f,
                                              const struct bc_doc *doc,
                                              const struct bc_date_fact *v,
                                              size_t nv,
                                              const struct bc_date_fact *d)
{
  const struct bc_date_fact *best = NULL;
  size_t i, sd = bc__local_span_at(f->sentences, f->n_sentences,
                                   sizeof(struct bc_span), d->span.start);
  for (i = 0; i < nv; i++) {
    const struct bc_date_fact *a = &v[i];
    if (a->span.end > d->span.start || d->span.start - a->span.start > NEARBY ||
        a->guessed || a->type != BC_TIMEX_DATE || a->iso[0] < '1' ||
        a->iso[0] > '2' || a->iso[1] < '0' || a->iso[1] > '9' ||
        a->iso[2] < '0' || a->iso[2] > '9' || a->iso[3] < '0' ||
        a->iso[3] > '9' || year_less(doc, a))
      continue;
    if (!alone_on_line(doc, a) &&
        (sd == NONE ||
         bc__local_span_at(f->sentences, f->n_sentences, sizeof(struct bc_span),
                           a->span.start) != sd))
      continue;
    if (!best || a->span.start > best->span.start)
      best = a;
  }
  return best;
}

/* A day or month without its year in running text ("in March") lies in
 * the year its own sentence states ("in March, a year after the 1995
 * move") or a chronicle's year line above it states: out holds that
 * value ("1995-03"), else is left empty; the entry still shows no year. */
static void nearby_year(const struct bc_facts *f, const struct bc_doc *doc,
                        const struct bc_date_fact *d, char out[SHOWN_MAX])
{
  const struct bc_date_fact *a = year_before(f, doc, f->dates, f->n_dates, d),
                            *b = year_before(f, doc, f->times, f->n_times, d);
  const char *md;
  size_t n = strlen(d->iso);
  out[0] = '\0';
  if (b && (!a || b->span.start > a->span.start))
    a = b;
  if (!a || n < 7)
    return;
  md = d->kind == BC_DATE_PARTIAL ? d->iso + 2 : d->iso + 5; /* "03-28" */
  snprintf(out, SHOWN_MAX, "%.4s-%s", a->iso, md);
}

/* Whether text[from, to) holds a word other than a preposition or an
 * article. */
static int content_words(const char *text, size_t from, size_t to)
{
  static const char *const small[] = {"in", "on",  "at",    "by",  "of",
                                      "to", "the", "from",  "and", "until",
                                      "a",  "an",  "since", NULL};
  size_t i = from, w, k;
  while (i < to) {
    int minor = 0;
    while (i < to && !((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z'))
      i++;
    for (w = i; w < to && (text[w] | 0x20) >= 'a' && (text[w] | 0x20) <= 'z';
         w++)
      ;
    if (w == i)
      break;
    for (k = 0; small[k] && !minor; k++)
      minor =
          strlen(small[k]) == w - i && !strncasecmp(text + i, small[k], w - i);
    if (!minor)
      return 1;
    i = w;
  }
  return 0;
}

/* Whether a date of v[0..nv) other than a guess states the year the
 * analyzer guessed for d ("Oct. 21" as 2019-10-21 on a page that says
 * "last February", 2019-02). */
static int year_stated(const struct bc_doc *doc, const struct bc_date_fact *v,
                       size_t nv, const struct bc_date_fact *d)
{
  size_t i;
  for (i = 0; i < nv; i++)
    if (!v[i].guessed && v[i].type == BC_TIMEX_DATE &&
        !strncmp(v[i].iso, d->iso, 4) && !year_less(doc, &v[i]))
      return 1;
  return 0;
}

static size_t distance(size_t a, size_t b)
{
  return a > b ? a - b : b - a;
}

/* Whether the words at text[at, to) after "and" go on with a verb of the
 * doer before it ("... on August 28 and ends on December 4"): they open
 * with a word in lower case that names no doer or place of its own (not
 * "the", "he", "in", ...). */
static int same_doer(const char *text, size_t at, size_t to)
{
  static const char *const own[] = {
      "the",  "a",    "an",    "his",   "her",    "its",   "their",   "our",
      "my",   "your", "he",    "she",   "it",     "they",  "we",      "i",
      "you",  "this", "that",  "these", "those",  "some",  "many",    "most",
      "all",  "both", "each",  "every", "no",     "one",   "two",     "in",
      "on",   "at",   "by",    "for",   "from",   "after", "before",  "last",
      "next", "then", "since", "until", "during", "later", "earlier", NULL};
  size_t e = at, k;
  while (e < to && text[e] >= 'a' && text[e] <= 'z')
    e++;
  if (e == at || (e < to && text[e] != ' '))
    return 0;
  for (k = 0; own[k]; k++)
    if (strlen(own[k]) == e - at && !strncmp(text + at, own[k], e - at))
      return 0;
  return 1;
}

/* Where the words between two dates of one sentence divide two events
 * ("X opened in March 2015, and Y closed in June 2016"): the clause break
 * or conjunction in text[from, to) nearest its middle, the stronger breaks
 * first (a bare comma mostly ends an opening phrase, "In 1982, as ..."); *next
 * is where the second event's words start.  NONE when the words there are few:
 * a run of dates ("in 2001, 2003 and 2005", "from 1998 to 1999") tells one
 * story. */
static size_t split_point(const char *text, size_t from, size_t to,
                          size_t *next)
{
  static const char *const cuts[] = {
      "; ",    ", and ", ", but ",  ", while ",  ", whereas ", ", then ",
      " and ", " but ",  " while ", " whereas ", NULL};
  size_t k, i, best = NONE, mid;
  if (to <= from || bc__local_count_words(text + from, to - from) < 3)
    return NONE;
  mid = from + (to - from) / 2;
  for (k = 0; cuts[k] && best == NONE; k++) {
    size_t m = strlen(cuts[k]);
    for (i = from; i + m <= to; i++)
      if (!strncasecmp(text + i, cuts[k], m) &&
          (best == NONE || distance(i, mid) < distance(best, mid))) {
        best = i;
        *next = i + m;
      }
  }
  /* the second event names its own doer or deed before its date: not
   * "On 07/01 of that year, 2015" nor "in May 2015, and in June 2016";
   * nor is a second verb of the same doer a second event ("the season
   * starts on August 28 and ends on December 4") */
  return best != NONE && content_words(text, *next, to) &&
                 !same_doer(text, *next, to)
             ? best
             : NONE;
}

/* Whether date d, in a sentence from start, opens a range its sentence
 * closes later ("between 1943 and ...", "from 1998 to ..."). */
static int opens_range(const char *text, size_t start,
                       const struct bc_date_fact *d)
{
  static const char *const opens[] = {"between ", "from ", NULL};
  size_t k, m, at = d->span.start;
  for (k = 0; opens[k]; k++) {
    m = strlen(opens[k]);
    if (at >= start + m && !strncasecmp(text + at - m, opens[k], m))
      return 1;
  }
  return 0;
}

/* The value of the range from date a to date z into out: both values
 * when both state their years ("1998-SU/1999-SU"); both without a year
 * when neither does ("between 10 November and 30 December":
 * "XXXX-11-10/XXXX-12-30"); and where only the end states one ("from 10
 * November to 30 December 2019"), the start takes that year, or the one
 * before when its month comes later ("from November to March 2020").  0
 * when the two do not make a range a reader can check. */
static int range_value(const struct bc_doc *doc, const struct bc_date_fact *a,
                       const struct bc_date_fact *z, char out[SHOWN_MAX])
{
  char va[SHOWN_MAX], vz[SHOWN_MAX];
  int la = year_less(doc, a), lz = year_less(doc, z);
  if ((!la && a->guessed) || (!lz && z->guessed))
    return 0;
  shown_value(doc, a, va);
  shown_value(doc, z, vz);
  if (!la && !lz) {
    if (!(va[0] >= '1' && va[0] <= '2') || !(vz[0] >= '1' && vz[0] <= '2'))
      return 0;
  } else if (la && !lz) {
    /* "XXXX-11-10" to "2019-12-30": 2019-11-10 */
    int y;
    if (strlen(va) < 7 || strlen(vz) < 7 || !(vz[0] >= '1' && vz[0] <= '2') ||
        !(vz[4] == '-' && vz[5] >= '0' && vz[5] <= '1'))
      return 0;
    y = atoi(vz) - (strcmp(va + 5, vz + 5) > 0);
    if (y < 1000 || y > 2999)
      return 0;
    memcpy(va, vz, 4); /* four digits over "XXXX" */
    va[0] = (char)('0' + y / 1000);
    va[1] = (char)('0' + y / 100 % 10);
    va[2] = (char)('0' + y / 10 % 10);
    va[3] = (char)('0' + y % 10);
  } else if (!la && lz) {
    return 0; /* "from March 2015 to June": June of which year? */
  }
  {
    size_t na = strlen(va), nz = strlen(vz);
    if (na + nz + 2 > SHOWN_MAX)
      return 0;
    memcpy(out, va, na);
    out[na] = '/';
    memcpy(out + na + 1, vz, nz + 1);
  }
  return 1;
}

/* Where date d opens a range its sentence sp closes with a date of its
 * own that the analyzer left as two dates ("from the summer of 1998 to the
 * summer of 1999"): the closing date, else NULL.  Both must state their
 * years, so the range's value says no more than the text. */
static const struct bc_date_fact *range_close(const struct bc_facts *f,
                                              const struct bc_doc *doc,
                                              const struct bc_date_fact *d,
                                              struct bc_span sp,
                                              char out[SHOWN_MAX])
{
  static const char *const joins[] = {" to ",      " until ", " till ",
                                      " through ", " and ",   NULL};
  const struct bc_date_fact *lists[2] = {f->dates, f->times}, *best = NULL;
  size_t counts[2] = {f->n_dates, f->n_times}, k, i, gap;
  if (d->kind == BC_DATE_RANGE || d->span.start < sp.start ||
      !opens_range(doc->text, sp.start, d))
    return NULL;
  for (k = 0; k < 2; k++)
    for (i = 0; i < counts[k]; i++) {
      const struct bc_date_fact *a = &lists[k][i];
      if (a->span.start >= d->span.end && a->span.end <= sp.end &&
          a->type == BC_TIMEX_DATE &&
          (!best || a->span.start < best->span.start))
        best = a;
    }
  if (!best || best->kind == BC_DATE_RANGE || !range_value(doc, d, best, out))
    return NULL;
  gap = best->span.start - d->span.end;
  for (k = 0; joins[k]; k++)
    if (gap == strlen(joins[k]) &&
        !strncasecmp(doc->text + d->span.end, joins[k], gap))
      return best;
  return NULL;
}

static int cmp_written(const void *a, const void *b)
{
  return before(a, b);
}

static int cmp_position(const void *a, const void *b)
{
  const struct tl_item *x = a, *y = b;
  if (x->sentence != y->sentence)
    return x->sentence < y->sentence ? -1 : 1;
  return before(x, y);
}

/* Give each item the words of its event: its sentence, or where the
 * sentence tells two dated events ("X happened in March 2015 and Y in June
 * 2016"), the part of it up to or from the break between their dates. */
static void split_events(const struct bc_facts *f, const char *text,
                         struct tl_item *it, size_t n)
{
  size_t i, g, j;
  qsort(it, n, sizeof *it, cmp_position);
  for (i = 0; i < n; i = j) {
    size_t start, last_end;
    for (j = i; j < n && it[j].sentence == it[i].sentence; j++)
      ;
    if (it[i].sentence == NONE)
      continue;
    start = f->sentences[it[i].sentence].start;
    last_end = it[i].d->span.end;
    for (g = i; g + 1 < j; g++) {
      size_t next = NONE,
             cut = split_point(text, last_end, it[g + 1].d->span.start, &next);
      /* a clause of its own before the break, not "In 1982, as ..."; and
       * no range ("between 1943 and the middle of the 1970s") */
      if (cut != NONE && (opens_range(text, start, it[g].d) ||
                          !(content_words(text, start, it[g].d->span.start) ||
                            content_words(text, last_end, cut))))
        cut = NONE;
      if (cut != NONE) {
        size_t h;
        for (h = i; h <= g; h++)
          if (it[h].ev.end == 0) {
            it[h].ev.start = start;
            it[h].ev.end = cut;
          }
        start = next;
      }
      if (it[g + 1].d->span.end > last_end)
        last_end = it[g + 1].d->span.end;
    }
    for (g = i; g < j; g++)
      if (it[g].ev.end == 0) {
        it[g].ev.start = start;
        it[g].ev.end = f->sentences[it[g].sentence].end;
      }
  }
}

/* The event an item belongs to: its clause, or NONE outside sentences. */
static size_t event_of(const struct tl_item *t)
{
  return t->sentence == NONE ? NONE : t->ev.start;
}

/* Whether the clause ev tells, for its date d, of what did not happen: an
 * option rejected ("decided against moving in 2015"), a thing that never
 * was, or one called off before its date ("the trip planned for June was
 * cancelled", "the 2015 launch was scrapped").  A cancellation dated
 * itself ("the festival was cancelled in March 2020", "In March 2020, the
 * festival was cancelled") is an event. */
static int did_not_happen(const char *text, struct bc_span ev,
                          const struct bc_date_fact *d)
{
  static const char *const refused[] = {
      "decided against", "decided not to", "opted against", "chose not to",
      "ruled out",       "rejected",       "turned down",   "never ",
      "did not ",        "didn't ",        "instead of ",   NULL};
  static const char *const called_off[] = {
      "cancelled", "canceled",  "called off", "scrapped",
      "shelved",   "abandoned", "postponed",  NULL};
  static const char *const planned[] = {"planned for ", "scheduled for ",
                                        "set for ",     "slated for ",
                                        "due on ",      NULL};
  const char *s = text + ev.start;
  size_t at, n = ev.end - ev.start, k, m, after;
  if (d->span.start < ev.start || d->span.end > ev.end)
    return 0;
  at = d->span.start - ev.start;
  after = d->span.end - ev.start;
  /* "did not pass until March 2015": the day it did */
  if (!(at >= 6 && !strncasecmp(s + at - 6, "until ", 6)))
    for (k = 0; refused[k]; k++)
      if (bc__local_holds(s, at, refused[k]))
        return 1;
  for (k = 0; called_off[k]; k++) {
    if (!bc__local_holds(s, n, called_off[k]))
      continue;
    for (m = 0; planned[m]; m++) {
      size_t w = strlen(planned[m]);
      if (at >= w && !strncasecmp(s + at - w, planned[m], w))
        return 1;
    }
    /* called off after the date is named, unless the date opens the
     * clause ("In March 2020, the festival was cancelled") */
    if (bc__local_holds(s + after, n - after, called_off[k]) &&
        !(after < n && s[after] == ',' && bc__local_count_words(s, at) <= 2))
      return 1;
  }
  return 0;
}

/* The value of the year-less day or month iso ("2021-06-02", "2019-08")
 * in the year of the page's date page ("2022-04-29") that puts it nearest
 * that date: the year before or after for a day across the new year
 * ("January 5" on a page of late December).  0 when either is not such a
 * value. */
static int page_year(const char *page, const char *iso, char out[SHOWN_MAX])
{
  int py, pm, pd, m, dd = 15, y, best = 0;
  long bestd = 0;
  size_t n = strlen(iso);
  if (strlen(page) < 10 || sscanf(page, "%4d-%2d-%2d", &py, &pm, &pd) != 3 ||
      (n != 7 && n != 10) || sscanf(iso + 5, "%2d", &m) != 1 ||
      (n == 10 && sscanf(iso + 8, "%2d", &dd) != 1) || m < 1 || m > 12)
    return 0;
  for (y = py - 1; y <= py + 1; y++) {
    long dist = labs((long)(y - py) * 372 + (m - pm) * 31 + (dd - pd));
    if (!best || dist < bestd) {
      best = y;
      bestd = dist;
    }
  }
  if (n == 10)
    snprintf(out, SHOWN_MAX, "%04d-%02d-%02d", best, m, dd);
  else
    snprintf(out, SHOWN_MAX, "%04d-%02d", best, m);
  return 1;
}

/* Add the dates of v (facts->dates or facts->times) the timeline can
 * place to it[*n]: not in an aside or after the piece, not in
 * boilerplate. */
static void timeline_candidates(struct bc__local *b,
                                const struct bc_date_fact *v, size_t nv,
                                struct tl_item *it, size_t *n)
{
  const struct bc_facts *f = b->facts;
  const struct bc_doc *doc = b->doc;
  size_t i;
  for (i = 0; i < nv; i++) {
    const struct bc_date_fact *d = &v[i];
    struct tl_item *t = &it[*n];
    size_t k;
    if (d->span.end > doc->text_len || d->span.start >= d->span.end ||
        !timeline_date(doc, d) || model_year(doc, d) || house_number(doc, d) ||
        generic_day(doc, d) || generic_relative(doc, f, d) ||
        (!year_less(doc, d) && year_contradicted(doc, f, d)))
      continue;
    t->d = d;
    shown_value(doc, d, t->shown);
    t->sentence = bc__local_span_at(f->sentences, f->n_sentences,
                                    sizeof(struct bc_span), d->span.start);
    {
      size_t blk = bc__local_block_at(doc, d->span.start);
      if ((blk != NONE && doc->blocks[blk].aside) ||
          (b->body_end && d->span.start >= b->body_end) || quoted(f, doc, d) ||
          (t->sentence != NONE &&
           (boilerplate(f, doc->text, f->sentences[t->sentence]) ||
            reference_point(doc->text, f->sentences[t->sentence], d) ||
            in_relative_clause(doc->text, f->sentences[t->sentence], d) ||
            projection(doc->text, f->sentences[t->sentence], d) ||
            bc__local_count_words(doc->text + f->sentences[t->sentence].start,
                                  f->sentences[t->sentence].end -
                                      f->sentences[t->sentence].start) > 60)))
        continue; /* an event told in a run-on of 60 words is not one */
    }
    if (t->sentence != NONE &&
        words_beside(doc->text, f->sentences[t->sentence], d->span) < 4)
      continue;
    t->coarse = d->kind == BC_DATE_YEAR || d->kind == BC_DATE_DECADE ||
                (d->kind == BC_DATE_RELATIVE && strlen(d->iso) == 4);
    sort_key(d, t->key);
    /* no year at all (an undated text): after every dated entry, in the
     * order of the calendar */
    if (d->kind == BC_DATE_PARTIAL)
      snprintf(t->key, sizeof t->key, "9999%s", d->iso + 1);
    else if (!strncmp(d->iso, "XXXX", 4))
      snprintf(t->key, sizeof t->key, "9999%.11s", d->iso + 4);
    if (year_less(doc, d) && d->kind != BC_DATE_RANGE) {
      /* a year the analyzer took from the text ("that year") stands; one
       * it guessed from the page's date gives way to the year the text
       * near it is about, and stands only where the text states that
       * year too; with none known the entry keeps its place among its
       * neighbours */
      int from_text = !d->relative && d->kind != BC_DATE_PARTIAL;
      day_told_before(f, doc, d, t->anchored);
      if (!t->anchored[0])
        listing_year(f, doc, d, t->anchored);
      if (!t->anchored[0] && !from_text)
        nearby_year(f, doc, d, t->anchored);
      if (!t->anchored[0] && !from_text && d->kind != BC_DATE_PARTIAL &&
          d->iso[0] >= '1' && d->iso[0] <= '2' &&
          (year_stated(doc, f->dates, f->n_dates, d) ||
           year_stated(doc, f->times, f->n_times, d)))
        from_text = 1;
      if (t->anchored[0]) {
        snprintf(t->key, sizeof t->key, "%.10s", t->anchored);
      } else if (!from_text && !(doc->date && doc->date[0] &&
                                 d->iso[0] >= '1' && d->iso[0] <= '2')) {
        t->unplaced = 1;
      } else if (!from_text && page_year(doc->date, d->iso, t->shown)) {
        /* no text near it states a year and the page has a date: the
         * page's year places it ("August 28" on a page of August 2019) */
        sort_key(d, t->key);
        memcpy(t->key, t->shown, 4);
      }
    }
    if (t->sentence != NONE) {
      char value[SHOWN_MAX];
      const struct bc_date_fact *c =
          range_close(f, doc, d, f->sentences[t->sentence], value);
      if (c) {
        t->range.start = d->span.start;
        t->range.end = c->span.end;
        memcpy(t->shown, value, SHOWN_MAX);
      }
    }
    k = bc__local_cand_at(b, d->span.start);
    t->weight = k != NONE ? b->c[k].score : 0;
    /* Exact days and months tell a story better than bare years. */
    if (d->kind == BC_DATE_DAY || d->kind == BC_DATE_MONTH)
      t->weight += 1;
    (*n)++;
  }
}

/* The noun date d names an event by ("the 6 April 2009 quake", "the
 * 2015 raid"): a word of four letters or more in lower case right after a
 * date that follows "the".  Its length, 0 when there is none; *at is where
 * it starts. */
static size_t named_by_date(const struct bc_doc *doc,
                            const struct bc_date_fact *d, size_t *at)
{
  const char *text = doc->text;
  size_t a = d->span.start, k = d->span.end + 1;
  if (a < 4 || strncasecmp(text + a - 4, "the ", 4) || k >= doc->text_len ||
      text[k - 1] != ' ')
    return 0;
  while (k < doc->text_len && text[k] >= 'a' && text[k] <= 'z')
    k++;
  if (k - (d->span.end + 1) < 4 || (k < doc->text_len && text[k] == '-'))
    return 0;
  *at = d->span.end + 1;
  return k - *at;
}

/* Whether the words ev hold the noun text[at, at + n) as a word, or its
 * plural. */
static int tells_noun(const struct bc_doc *doc, struct bc_span ev, size_t at,
                      size_t n)
{
  const char *text = doc->text;
  size_t i;
  for (i = ev.start; i + n <= ev.end; i++) {
    size_t e = i + n;
    if ((i > ev.start &&
         ((text[i - 1] | 0x20) >= 'a' && (text[i - 1] | 0x20) <= 'z')) ||
        strncasecmp(text + i, text + at, n))
      continue;
    if (e < ev.end && text[e] == 's')
      e++;
    if (e >= ev.end || !((text[e] | 0x20) >= 'a' && (text[e] | 0x20) <= 'z'))
      return 1;
  }
  return 0;
}

/* Whether it[i] and it[j] tell one event: both in the same year, and one
 * names the event by its date ("ahead of the 6 April 2009 quake") that the
 * other tells ("In 2009 almost 300 people died in a quake"). */
static int same_event(const struct bc_doc *doc, const struct tl_item *x,
                      const struct tl_item *y)
{
  size_t at, n;
  if (x->sentence == NONE || y->sentence == NONE ||
      !(x->shown[0] >= '1' && x->shown[0] <= '2') ||
      strncmp(x->shown, y->shown, 4) || event_of(x) == event_of(y))
    return 0;
  return ((n = named_by_date(doc, x->d, &at)) &&
          tells_noun(doc, y->ev, at, n)) ||
         ((n = named_by_date(doc, y->d, &at)) && tells_noun(doc, x->ev, at, n));
}

/* How many words of three letters or more the words x and y share outside
 * their dates (case ignored; month and day names are dates): whether a
 * month's entry says anything its month's day entry does not. */
static size_t shared_words(const char *text, struct bc_span x,
                           struct bc_span dx, struct bc_span y,
                           struct bc_span dy)
{
  static const char *const minor[] = {
      "the",   "and",  "for", "was",   "were", "with", "that", "this",
      "from",  "are",  "has", "had",   "have", "its",  "his",  "her",
      "their", "they", "but", "not",   "been", "will", "into", "than",
      "then",  "also", "who", "which", NULL};
  size_t i = x.start, w, n = 0, k;
  while (i < x.end) {
    int skip = 0;
    while (i < x.end && !((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z'))
      i++;
    for (w = i; w < x.end && (text[w] | 0x20) >= 'a' && (text[w] | 0x20) <= 'z';
         w++)
      ;
    if (w - i < 3 || (i >= dx.start && i < dx.end) ||
        bc__cal_month_of(text + i, w - i) ||
        bc__cal_weekday_of(text + i, w - i))
      skip = 1;
    for (k = 0; minor[k] && !skip; k++)
      skip =
          strlen(minor[k]) == w - i && !strncasecmp(text + i, minor[k], w - i);
    if (!skip) {
      size_t j;
      for (j = y.start; j + (w - i) <= y.end; j++)
        if ((j == y.start ||
             !((text[j - 1] | 0x20) >= 'a' && (text[j - 1] | 0x20) <= 'z')) &&
            !(j >= dy.start && j < dy.end) &&
            !strncasecmp(text + j, text + i, w - i) &&
            (j + (w - i) == y.end || !((text[j + w - i] | 0x20) >= 'a' &&
                                       (text[j + w - i] | 0x20) <= 'z'))) {
          n++;
          break;
        }
    }
    i = w;
  }
  return n;
}

/* Whether the month entry m only repeats the day entry dd: a day of the
 * same month (of the same year where both state one), told with the words
 * the month's entry uses ("The finals were held in Madrid in November
 * 2019." after "The finals opened in Madrid on 18 November 2019.").  A
 * month's entry that tells its own event stays. */
static int repeats_day(const struct bc_doc *doc, const struct tl_item *m,
                       const struct tl_item *dd)
{
  const char *vm = value_of(m), *vd = value_of(dd);
  if (m->range.end || dd->range.end || strlen(vm) != 7 || strlen(vd) != 10 ||
      vm[4] != '-' || vd[4] != '-' || !(vm[5] >= '0' && vm[5] <= '1') ||
      strncmp(vm + 5, vd + 5, 2) || m->sentence == NONE || dd->sentence == NONE)
    return 0;
  if (vm[0] != 'X' && vd[0] != 'X' && strncmp(vm, vd, 4))
    return 0;
  return shared_words(doc->text, m->ev, m->d->span, dd->ev, dd->d->span) >= 2;
}

/* An entry whose year cannot be known keeps its place in the text: it
 * sorts with the entry written before it (or, first in the text, with the
 * one after it), not at the start or the end of the timeline. */
static void place_unplaced(struct tl_item *it, size_t n)
{
  size_t i;
  qsort(it, n, sizeof *it, cmp_written);
  for (i = 0; i < n; i++) {
    size_t k;
    if (!it[i].unplaced)
      continue;
    for (k = i; k-- > 0;)
      if (!it[k].unplaced)
        break;
    if (k == (size_t)-1)
      for (k = i + 1; k < n && it[k].unplaced; k++)
        ;
    if (k < n)
      memcpy(it[i].key, it[k].key, sizeof it[i].key);
  }
}

/* The words ev of an entry in sentence k, with the sentence before when
 * ev opens sentence k with a demonstrative that points at it ("That
 * erased Murray's 1994 record", "This came in 2015"): the entry then says
 * what "that" was.  The sentence before may end the paragraph before. */
static struct bc_span with_antecedent(const struct bc__local *b, size_t k,
                                      struct bc_span ev)
{
  static const char *const points_back[] = {"That ",  "This ", "These ",
                                            "Those ", "Such ", NULL};
  const struct bc_facts *f = b->facts;
  const char *text = b->doc->text;
  size_t blk, i;
  if (!k || ev.start != f->sentences[k].start)
    return ev;
  for (i = 0; points_back[i]; i++)
    if (ev.end - ev.start > strlen(points_back[i]) &&
        !strncmp(text + ev.start, points_back[i], strlen(points_back[i])))
      break;
  if (!points_back[i] ||
      bc__local_stands_alone(
          text + ev.start, ev.end - ev.start,
          bc__local_count_words(text + ev.start, ev.end - ev.start)))
    return ev;
  blk = bc__local_block_at(b->doc, f->sentences[k - 1].start);
  if (blk == NONE || b->doc->blocks[blk].kind != BC_BLOCK_PARAGRAPH ||
      b->doc->blocks[blk].aside)
    return ev;
  ev.start = bc__local_trim(text, f->sentences[k - 1]).start;
  return ev;
}

bc_status bc__local_build_timeline(struct bc__local *b)
{
  const struct bc_facts *f = b->facts;
  const struct bc_doc *doc = b->doc;
  struct tl_item *it = NULL;
  size_t n = 0, i, j, n_fine = 0, *fine = NULL;
  bc_status rc = BC_ERR_NOMEM;
  if (!f->n_dates && !f->n_times)
    return BC_OK;
  it = bc__calloc(f->n_dates + f->n_times, sizeof *it);
  if (!it)
    goto out;
  timeline_candidates(b, f->dates, f->n_dates, it, &n);
  timeline_candidates(b, f->times, f->n_times, it, &n);
  /* each dated event its own words; none for what did not happen */
  split_events(f, doc->text, it, n);
  for (i = 0, j = 0; i < n; i++)
    if (it[i].sentence == NONE || !did_not_happen(doc->text, it[i].ev, it[i].d))
      it[j++] = it[i];
  n = j;
  /* A month's entry that only repeats a day of that month goes. */
  for (i = 0; i < n; i++)
    for (j = 0; j < n && it[i].d; j++)
      if (i != j && it[j].d && repeats_day(doc, &it[i], &it[j]))
        it[i].d = NULL;
  for (i = 0, j = 0; i < n; i++)
    if (it[i].d)
      it[j++] = it[i];
  n = j;
  /* One entry per date value: the first mention usually says what
   * happened, later ones refer back to it. */
  qsort(it, n, sizeof *it, cmp_iso);
  for (i = 0, j = 0; i < n; i++)
    if (!j || strcmp(value_of(&it[j - 1]), value_of(&it[i])) != 0)
      it[j++] = it[i];
  n = j;
  /* A bare year told by a sentence that also gives a finer date ("On 06/14
   * of that year, 2015") repeats that entry with less precision.  The
   * sentences holding finer dates are sorted once and looked up. */
  fine = bc__calloc(n ? n : 1, sizeof *fine);
  if (!fine)
    goto out;
  for (i = 0; i < n; i++)
    if (!it[i].coarse && it[i].sentence != NONE)
      fine[n_fine++] = event_of(&it[i]);
  qsort(fine, n_fine, sizeof *fine, bc__local_cmp_size);
  for (i = 0, j = 0; i < n; i++) {
    size_t ev = event_of(&it[i]);
    if (!it[i].coarse || it[i].sentence == NONE ||
        !bsearch(&ev, fine, n_fine, sizeof *fine, bc__local_cmp_size))
      it[j++] = it[i];
  }
  n = j;
  /* One entry per event: a clause that gives a run of dates ("in 2001,
   * 2003, 2005 and 2008") tells one story, placed at its most precise
   * date (a range as the range). */
  qsort(it, n, sizeof *it, cmp_sentence);
  for (i = 0, j = 0; i < n; i++)
    if (!j || it[i].sentence == NONE ||
        event_of(&it[j - 1]) != event_of(&it[i]))
      it[j++] = it[i];
  n = j;
  /* One entry per event across sentences too: of two entries telling the
   * same event, the less precise date goes. */
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      if (i != j && it[i].d && it[j].d &&
          item_precision(&it[j]) < item_precision(&it[i]) &&
          same_event(doc, &it[i], &it[j]))
        it[j].d = NULL;
  for (i = 0, j = 0; i < n; i++)
    if (it[i].d)
      it[j++] = it[i];
  n = j;
  if (n > b->plan->timeline) {
    qsort(it, n, sizeof *it, cmp_tl_weight);
    n = b->plan->timeline;
  }
  place_unplaced(it, n);
  qsort(it, n, sizeof *it, cmp_tl);
  if (!n) {
    rc = BC_OK;
    goto out;
  }
  b->s->timeline = bc__calloc(n, sizeof *b->s->timeline);
  if (!b->s->timeline)
    goto out;
  for (i = 0; i < n; i++) {
    const struct bc_date_fact *d = it[i].d;
    struct bc_timeline_entry *e = &b->s->timeline[i];
    struct bc_span ev;
    size_t k = bc__local_span_at(f->sentences, f->n_sentences,
                                 sizeof(struct bc_span), d->span.start);
    b->s->n_timeline = i + 1;
    if (k != NONE) {
      ev = bc__local_trim(doc->text, it[i].ev.end > it[i].ev.start
                                         ? it[i].ev
                                         : f->sentences[k]);
      ev = with_antecedent(b, k, ev);
    } else {
      size_t blk = bc__local_block_at(doc, d->span.start);
      ev = blk != NONE ? doc->blocks[blk].span : d->span;
    }
    if (ev.end > doc->text_len)
      ev = d->span;
    else if (ev.start < d->span.start)
      ev = no_stray_mark(doc->text, unglued(doc->text, ev, d->span.start));
    else
      ev = unglued(doc->text, ev, d->span.start);
    e->span = it[i].range.end ? it[i].range : d->span;
    e->date = bc__local_span_dup(doc, e->span);
    e->iso = bc__strdup(it[i].shown);
    e->event = bc__local_span_dup(doc, ev);
    if (!e->date || !e->iso || !e->event)
      goto out;
  }
  rc = BC_OK;
out:
  free(it);
  free(fine);
  return rc;
}
