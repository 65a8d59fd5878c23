/* timex.c - the temporal tagger's driver (bc__an_dates): walks a segment's
 * tokens, asks each recognizer (calendar dates, relative dates, times of
 * day, durations, sets) for the longest expression starting at a token,
 * adds what surrounds it in TimeML's spans ("about", "early", "the end
 * of", "ago", "a year earlier", "or so", "and beyond"), drops what only
 * looks like a date (a show called "This Week"), and records the fact.
 * Dates and times claim their tokens, so their digits are no number facts;
 * durations and sets do not ("three months" stays a number with a unit). */
#include <stdio.h>
#include <string.h>

#include "analyze/timex.h"
#include "util/calendar.h"

/* "about", "nearly", "more than", "at least", "up to", "within": the mod
 * they give and the token after them (i itself when there is none).
 * *dur_only: they attach to a bare amount only ("over a week", but not
 * "over the past five years"). */
static size_t approx_prefix(const struct an *a, size_t i, int *mod,
                            int *dur_only)
{
  *dur_only = 0;
  *mod = BC_MOD_NONE;
  if (bc__an_tok_is(a, i, "about") || bc__an_tok_is(a, i, "around") ||
      bc__an_tok_is(a, i, "approximately") || bc__an_tok_is(a, i, "roughly") ||
      bc__an_tok_is(a, i, "circa")) {
    *mod = BC_MOD_APPROX;
    return i + 1;
  }
  if (bc__an_tok_is(a, i, "some")) {
    *mod = BC_MOD_APPROX;
    *dur_only = 1;
    return i + 1;
  }
  if (bc__an_tok_is(a, i, "nearly") || bc__an_tok_is(a, i, "almost")) {
    *mod = BC_MOD_LESS_THAN;
    return i + 1;
  }
  if ((bc__an_tok_is(a, i, "more") || bc__an_tok_is(a, i, "less") ||
       bc__an_tok_is(a, i, "fewer")) &&
      bc__an_tok_is(a, i + 1, "than")) {
    *mod = bc__an_tok_is(a, i, "more") ? BC_MOD_MORE_THAN : BC_MOD_LESS_THAN;
    return i + 2;
  }
  if (bc__an_tok_is(a, i, "over") || bc__an_tok_is(a, i, "under")) {
    *mod = bc__an_tok_is(a, i, "over") ? BC_MOD_MORE_THAN : BC_MOD_LESS_THAN;
    *dur_only = 1;
    return i + 1;
  }
  if (bc__an_tok_is(a, i, "at") &&
      (bc__an_tok_is(a, i + 1, "least") || bc__an_tok_is(a, i + 1, "most"))) {
    *mod = bc__an_tok_is(a, i + 1, "least") ? BC_MOD_EQUAL_OR_MORE
                                            : BC_MOD_EQUAL_OR_LESS;
    return i + 2;
  }
  if (bc__an_tok_is(a, i, "no") &&
      (bc__an_tok_is(a, i + 1, "more") || bc__an_tok_is(a, i + 1, "less")) &&
      bc__an_tok_is(a, i + 2, "than")) {
    *mod = bc__an_tok_is(a, i + 1, "more") ? BC_MOD_EQUAL_OR_LESS
                                           : BC_MOD_EQUAL_OR_MORE;
    return i + 3;
  }
  if (bc__an_tok_is(a, i, "up") && bc__an_tok_is(a, i + 1, "to")) {
    *mod = BC_MOD_EQUAL_OR_LESS;
    *dur_only = 1;
    return i + 2;
  }
  if (bc__an_tok_is(a, i, "within")) {
    *mod = BC_MOD_EQUAL_OR_LESS;
    *dur_only = 1;
    return i + 1;
  }
  return i;
}

/* "early", "late", "mid-", "earlier", "the end of", "the beginning of",
 * "the middle of", "the early": the mod and the token after them. */
static size_t position_prefix(const struct an *a, size_t i, int *mod)
{
  size_t j = i;
  *mod = BC_MOD_NONE;
  if (bc__an_tok_is(a, j, "the") &&
      (bc__an_tok_is(a, j + 1, "end") || bc__an_tok_is(a, j + 1, "close") ||
       bc__an_tok_is(a, j + 1, "beginning") ||
       bc__an_tok_is(a, j + 1, "start") || bc__an_tok_is(a, j + 1, "middle") ||
       bc__an_tok_is(a, j + 1, "outset")) &&
      bc__an_tok_is(a, j + 2, "of")) {
    *mod = bc__an_tok_is(a, j + 1, "end") || bc__an_tok_is(a, j + 1, "close")
               ? BC_MOD_END
           : bc__an_tok_is(a, j + 1, "middle") ? BC_MOD_MID
                                               : BC_MOD_START;
    return j + 3;
  }
  if (bc__an_tok_is(a, j, "the") &&
      (bc__an_tok_is(a, j + 1, "early") || bc__an_tok_is(a, j + 1, "late") ||
       bc__an_tok_is(a, j + 1, "mid")))
    j++;
  if (bc__an_tok_is(a, j, "early") || bc__an_tok_is(a, j, "earlier")) {
    *mod = BC_MOD_START;
    return j + 1;
  }
  if (bc__an_tok_is(a, j, "late") || bc__an_tok_is(a, j, "later")) {
    *mod = BC_MOD_END;
    return j + 1;
  }
  if (bc__an_tok_is(a, j, "mid")) {
    *mod = BC_MOD_MID;
    return bc__tx_hyphen(a, j + 1) ? j + 2 : j + 1;
  }
  return i;
}

/* Words after which "over" before an amount of time says how long
 * something lasts or waits, more than that amount ("took over a week",
 * "for over a decade", "has been over a year"), sorted for AN_IN.  After
 * a verb of activity "over" says when it happened, during that time
 * ("fell over eight weeks", "was used over three years").  Words of
 * degree ("just over", "well over") say "more than" anyway. */
static const char *const lasting[] = {
    "after",  "already",  "am",     "are",    "be",       "been",    "being",
    "for",    "in",       "is",     "just",   "last",     "lasted",  "lasting",
    "lasts",  "little",   "of",     "remain", "remained", "remains", "slightly",
    "spend",  "spending", "spends", "spent",  "stay",     "stayed",  "stays",
    "still",  "take",     "taken",  "takes",  "taking",   "took",    "wait",
    "waited", "waiting",  "waits",  "was",    "well",     "were",    NULL};

/* Does "over" at i mean "more than" before the amount x (see lasting)?
 * "over a year ago" does: the date lies more than a year back. */
static int over_means_more(const struct an *a, size_t i, const struct tx *x)
{
  if (x->type == BC_TIMEX_DATE)
    return 1;
  return i > 0 && AN_IN(a, i - 1, lasting);
}

void bc__tx_loose_read(const struct an *a)
{
  if (a->txm)
    a->txm->loose_read = 1;
}

size_t bc__tx_calendar_at(struct an *a, size_t i, struct tx *x, int loose)
{
  struct tx_memo *m = a->txm;
  int outer;
  if (!m || m->i != i)
    return bc__tx_calendar(a, i, x, loose);
  if (m->cal_done && (m->cal_loose == loose || !m->cal_read)) {
    if (m->cal_e)
      *x = m->cal;
    return m->cal_e;
  }
  outer = m->loose_read;
  m->loose_read = 0;
  m->cal_e = bc__tx_calendar(a, i, x, loose);
  m->cal_read = m->loose_read;
  m->loose_read |= outer;
  m->cal_loose = loose;
  m->cal_done = 1;
  if (m->cal_e)
    m->cal = *x;
  return m->cal_e;
}

size_t bc__tx_relative_at(struct an *a, size_t i, struct tx *x)
{
  struct tx_memo *m = a->txm;
  if (!m || m->i != i)
    return bc__tx_relative(a, i, x);
  if (!m->rel_done) {
    m->rel_e = bc__tx_relative(a, i, x);
    m->rel_done = 1;
    if (m->rel_e)
      m->rel = *x;
  } else if (m->rel_e) {
    *x = m->rel;
  }
  return m->rel_e;
}

/* The longest expression any recognizer reads at i. */
static size_t core(struct an *a, size_t i, struct tx *x)
{
  struct tx c;
  struct tx_memo m;
  size_t e, best = 0;
  if (i >= a->ntok || a->tok[i].used)
    return 0;
  m.i = i;
  m.cal_done = m.rel_done = m.loose_read = 0;
  a->txm = &m;
  if ((e = bc__tx_time(a, i, &c)) > best) {
    best = e;
    *x = c;
  }
  if ((e = bc__tx_calendar_at(a, i, &c, 0)) > best) {
    best = e;
    *x = c;
  }
  if ((e = bc__tx_set(a, i, &c)) > best) {
    best = e;
    *x = c;
  }
  if ((e = bc__tx_relative_at(a, i, &c)) > best) {
    best = e;
    *x = c;
  }
  if ((e = bc__tx_duration(a, i, &c)) > best) {
    best = e;
    *x = c;
  }
  a->txm = NULL;
  return best;
}

/* Is the amount at s compared with another ("$10 million a year ago",
 * "C$307.2 a year earlier", "higher than a year ago")? */
static int comparison(const struct an *a, size_t s)
{
  size_t k;
  if (s == 0)
    return 0;
  k = s - 1;
  if (bc__an_is_punct(a, k, ','))
    k = k > 0 ? k - 1 : k;
  return a->tok[k].type == AN_NUM || bc__an_tok_is(a, k, "million") ||
         bc__an_tok_is(a, k, "billion") || bc__an_tok_is(a, k, "share") ||
         bc__an_tok_is(a, k, "cents") || bc__an_is_punct(a, k, '%') ||
         bc__an_tok_is(a, k, "than") || bc__an_tok_is(a, k, "from") ||
         bc__an_word_number(a, k) > 0;
}

/* How many tokens at i name the text itself after "before" ("this
 * report", "this article", "publication"): counted back from it, as
 * "ago" counts; 0 when they do not. */
static size_t this_text(const struct an *a, size_t i)
{
  static const char *const nouns[] = {"article", "column", "piece",
                                      "post",    "report", "story"};
  size_t k;
  if (bc__an_tok_is(a, i, "publication"))
    return 1;
  if (!bc__an_tok_is(a, i, "this"))
    return 0;
  for (k = 0; k < sizeof nouns / sizeof nouns[0]; k++)
    if (bc__an_tok_is(a, i + 1, nouns[k]))
      return 2;
  return 0;
}

/* A bare amount followed by "ago", "earlier", "later", "from now", or
 * "before this report": the date that far from the reference date or the
 * anchor.  Returns the new end, or 0 when no such word follows. */
static size_t shift_suffix(struct an *a, struct tx *x)
{
  size_t e = x->e, k;
  long n;
  int dir, anchored = 0;
  struct tx_point p;
  char unit = x->dur.unit;
  if (bc__an_tok_is(a, e, "ago")) {
    dir = -1;
    e++;
  } else if (bc__an_tok_is(a, e, "before") && (k = this_text(a, e + 1)) > 0) {
    dir = -1;
    e += 1 + k;
  } else if (bc__an_tok_is(a, e, "from") && bc__an_tok_is(a, e + 1, "now")) {
    dir = 1;
    e += 2;
  } else if (bc__an_tok_is(a, e, "hence")) {
    dir = 1;
    e++;
  } else if (bc__an_tok_is(a, e, "earlier") || bc__an_tok_is(a, e, "later") ||
             bc__an_tok_is(a, e, "before") || bc__an_tok_is(a, e, "after")) {
    /* "two years before the war" relates two times; only the amount is a
     * timex then. */
    if ((bc__an_tok_is(a, e, "before") || bc__an_tok_is(a, e, "after")) &&
        e + 1 < a->ntok && a->tok[e + 1].type != AN_PUNCT)
      return 0;
    dir = bc__an_tok_is(a, e, "earlier") || bc__an_tok_is(a, e, "before") ? -1
                                                                          : 1;
    anchored = 1;
    e++;
  } else {
    return 0;
  }
  if (x->dur.n < 0 || x->dur.n != (double)(long)x->dur.n) {
    if (anchored)
      return 0;
    /* "several years ago" */
    snprintf(x->iso, sizeof x->iso, "%s", dir < 0 ? "PAST_REF" : "FUTURE_REF");
    goto date;
  }
  n = (long)x->dur.n * dir;
  if (bc__tx_unit_grain(unit) == TG_NONE)
    unit = 'D'; /* "two hours ago": that day */
  if (unit == 'E' || unit == 'C') {
    /* "a decade ago" is a year, ten years back */
    n *= unit == 'E' ? 10 : 100;
    unit = 'Y';
  }
  if (anchored || unit == 'Y') {
    /* "a year earlier", and "a year ago" after a quarter: the same period
     * a year before.  A day is compared by its year ("compared with
     * earnings a year earlier"). */
    int near = bc__tx_anchor(a, x->s, &p, 0);
    if (near && p.grain > TG_MONTH && unit == 'Y')
      bc__tx_coarsen(&p, TG_YEAR);
    if (near && p.grain >= bc__tx_unit_grain(unit) && p.y &&
        (anchored || p.grain == TG_QUARTER)) {
      bc__tx_shift(&p, unit, n);
      x->p = p;
      x->guessed = x->anchored = 1;
      x->relative = 0;
      goto date;
    }
    /* "up from $10 million a year ago": an amount compared with the same
     * period a year before, the period being the quarter the story is
     * about. */
    if (unit == 'Y' && comparison(a, x->s) &&
        bc__tx_anchor_quarter(a, x->s, &p)) {
      bc__tx_shift(&p, unit, n);
      x->p = p;
      x->guessed = x->anchored = 1;
      x->relative = 0;
      goto date;
    }
  }
  /* "three days later", "three days earlier" with no date before to count
   * from: an amount (a story told in the past counts from its own days,
   * not from the reference date); "a year earlier" in a report compares
   * with the reference year. */
  if (anchored && (dir > 0 || unit != 'Y' || bc__tx_anchor(a, x->s, &p, 0)))
    return 0;
  if (!bc__tx_rel_point(a, unit, n, &p)) {
    memset(&p, 0, sizeof p);
    p.grain = bc__tx_unit_grain(unit);
  }
  x->p = p;
  x->relative = 1;
  x->guessed = anchored;
date:
  x->is_dur = 0;
  x->plain_dur = 0;
  x->type = BC_TIMEX_DATE;
  x->kind = BC_DATE_RELATIVE;
  x->e = e;
  return e;
}

/* "or so", "and beyond", "or later", "or earlier", "onward". */
static void tail_suffix(const struct an *a, struct tx *x)
{
  size_t e = x->e;
  if (bc__an_tok_is(a, e, "or") && bc__an_tok_is(a, e + 1, "so")) {
    x->mod = BC_MOD_APPROX;
    x->e = e + 2;
    return;
  }
  if (x->type != BC_TIMEX_DATE || x->is_dur)
    return;
  if ((bc__an_tok_is(a, e, "and") || bc__an_tok_is(a, e, "or")) &&
      (bc__an_tok_is(a, e + 1, "beyond") || bc__an_tok_is(a, e + 1, "later") ||
       bc__an_tok_is(a, e + 1, "after"))) {
    x->mod = BC_MOD_ON_OR_AFTER;
    x->e = e + 2;
  } else if ((bc__an_tok_is(a, e, "and") || bc__an_tok_is(a, e, "or")) &&
             (bc__an_tok_is(a, e + 1, "earlier") ||
              bc__an_tok_is(a, e + 1, "before"))) {
    x->mod = BC_MOD_ON_OR_BEFORE;
    x->e = e + 2;
  } else if (bc__an_tok_is(a, e, "onward") || bc__an_tok_is(a, e, "onwards")) {
    x->mod = BC_MOD_ON_OR_AFTER;
    x->e = e + 1;
  }
}

static int is_point(const struct tx *x)
{
  return (x->type == BC_TIMEX_DATE || x->type == BC_TIMEX_TIME) && !x->is_dur &&
         x->kind != BC_DATE_RANGE && (x->p.grain != TG_NONE || x->iso[0] == 0);
}

/* Words that open a temporal expression by themselves (deictic words,
 * placers, units, seasons, parts of the day, ordinals), and words that
 * only lead into one ("the", "about", "early", "the end of", "at least"),
 * sorted for AN_IN.  Numbers, number words, months and weekdays are known
 * from the token's classes. */
static const char *const openers[] = {
    "afternoon",    "annually",   "autumn",     "centuries",   "century",
    "christmas",    "coming",     "current",    "currently",   "daily",
    "day",          "days",       "decade",     "decades",     "each",
    "easter",       "eighteenth", "eighth",     "eighties",    "eleventh",
    "evening",      "every",      "fall",       "fifteenth",   "fifth",
    "fifties",      "first",      "fiscal",     "forties",     "fourteenth",
    "fourth",       "future",     "fy",         "good",        "h",
    "halloween",    "hour",       "hours",      "labor",       "last",
    "lately",       "memorial",   "midday",     "midnight",    "millennia",
    "millennium",   "minute",     "minutes",    "month",       "months",
    "morning",      "new",        "next",       "night",       "nineteenth",
    "nineties",     "ninth",      "noon",       "now",         "nowadays",
    "once",         "overnight",  "past",       "per",         "period",
    "presently",    "previous",   "q",          "quarter",     "quarters",
    "recent",       "recently",   "second",     "seconds",     "seventeenth",
    "seventh",      "seventies",  "sixteenth",  "sixth",       "sixties",
    "soon",         "spring",     "summer",     "tenth",       "term",
    "thanksgiving", "third",      "thirteenth", "thirties",    "this",
    "today",        "tomorrow",   "tonight",    "twelfth",     "twenties",
    "twentieth",    "twice",      "upcoming",   "valentine's", "week",
    "weekend",      "weeks",      "winter",     "year",        "years",
    "yesterday",    NULL};
static const char *const leads[] = {
    "a",          "about",       "additional",
    "almost",     "an",          "approximately",
    "around",     "at",          "beginning",
    "business",   "circa",       "close",
    "comparable", "consecutive", "corresponding",
    "couple",     "dozen",       "earlier",
    "early",      "end",         "entire",
    "extra",      "few",         "fewer",
    "final",      "following",   "full",
    "hundred",    "late",        "later",
    "latest",     "latter",      "least",
    "less",       "long",        "many",
    "mid",        "middle",      "more",
    "most",       "near",        "nearly",
    "no",         "numerous",    "of",
    "outset",     "over",        "preceding",
    "present",    "prior",       "remaining",
    "right",      "roughly",     "same",
    "several",    "short",       "some",
    "start",      "straight",    "succeeding",
    "than",       "that",        "the",
    "these",      "thousand",    "to",
    "trading",    "under",       "up",
    "whole",      "within",      "working",
    NULL};

/* Can an expression start at token i?  A cheap test that spares the
 * recognizers most words of a text: a word that only leads into an
 * expression opens one only before a word that may (up to four leads:
 * "at least the past"). */
static int may_open(const struct an *a, size_t i, int depth)
{
  const struct an_tok *k;
  if (i >= a->ntok)
    return 0;
  k = &a->tok[i];
  if (k->type == AN_NUM)
    return 1;
  if (k->type == AN_PUNCT)
    return (k->cp == '\'' || k->cp == 0x2019) && i + 1 < a->ntok &&
           a->tok[i + 1].type == AN_NUM;
  if (k->month || k->wday || k->wnum >= 0)
    return 1;
  if (AN_IN(a, i, openers))
    return 1;
  if (depth < 4 && AN_IN(a, i, leads))
    return may_open(a, i + 1, depth + 1) ||
           (bc__an_is_dash(a, i + 1) && may_open(a, i + 2, depth + 1));
  /* "year's", "Friday's", "Fridays": the stem decides */
  if (bc__tx_stem(a, i) < bc__an_toklen(a, i))
    return 1;
  return bc__an_is_cap(a, i) && a->t[k->e - 1] == 's';
}

/* The expression starting at i, with its modifiers. */
static size_t tx_at(struct an *a, size_t i, struct tx *x)
{
  int qmod, pmod, dur_only, was_dur;
  size_t j = approx_prefix(a, i, &qmod, &dur_only), k, e;
  k = position_prefix(a, j, &pmod);
  e = k > j ? core(a, k, x) : 0;
  if (e && !(is_point(x) && x->p.grain != TG_NONE))
    e = 0; /* "late two years"? a position needs a point */
  if (e) {
    x->s = j;
    x->mod = pmod;
  } else {
    e = core(a, j, x);
    if (!e)
      return 0;
  }
  was_dur = x->plain_dur;
  if (x->plain_dur) {
    /* "a week or so ago" */
    if (bc__an_tok_is(a, x->e, "or") && bc__an_tok_is(a, x->e + 1, "so") &&
        bc__an_tok_is(a, x->e + 2, "ago")) {
      x->e += 2;
      x->mod = BC_MOD_APPROX;
    }
    shift_suffix(a, x);
  }
  tail_suffix(a, x);
  if (j > i) {
    /* An approximator goes with an amount ("about two years", "nearly two
     * weeks ago") or a point written out ("around Nov. 1", "about 7:15
     * p.m."), not with "the future" or "recent". */
    int ok = was_dur || x->type == BC_TIMEX_DURATION ||
             x->type == BC_TIMEX_TIME ||
             (x->type == BC_TIMEX_DATE && !x->iso[0] &&
              (x->p.grain == TG_DAY || x->p.grain == TG_MONTH ||
               x->p.grain == TG_YEAR));
    if (!ok || (dur_only && !was_dur))
      return 0; /* read again without it */
    /* "fell over eight weeks": during them, no modifier */
    if (bc__an_tok_is(a, i, "over") && !over_means_more(a, i, x))
      return 0;
    if (x->mod == BC_MOD_NONE)
      x->mod = qmod;
    if (x->type == BC_TIMEX_DATE && was_dur) {
      /* "more than a year ago" lies before that date */
      if (x->mod == BC_MOD_MORE_THAN)
        x->mod = BC_MOD_BEFORE;
      else if (x->mod == BC_MOD_LESS_THAN)
        x->mod = BC_MOD_AFTER;
    }
    /* "within a week", "under a year": TimeML leaves the preposition out
     * of the span and keeps what it says in the mod; "over" that means
     * "more than" ("last over a week") stays, as "more than" does. */
    if (!dur_only || bc__an_tok_is(a, i, "up") || bc__an_tok_is(a, i, "over"))
      x->s = i;
  }
  return x->e;
}

static int is_quote(const struct an *a, size_t i)
{
  return bc__an_is_punct(a, i, '"') || bc__an_is_punct(a, i, 0x201C) ||
         bc__an_is_punct(a, i, 0x201D);
}

/* A show, a film or a column called "This Week", "Today" or "Next Year":
 * words of time capitalized inside a sentence that name something ("VOA
 * Today", "ABC's \"This Week,\"", "This Week With David Brinkley").  A
 * weekday, month or season is capitalized anyway; a capital after a
 * sentence the splitter missed ("Co. Recently, ...") is no title. */
static int title_like(const struct an *a, const struct tx *x)
{
  size_t k, s = x->s, e = x->e;
  if (x->named_day)
    return 0; /* weekdays and holidays are capitalized anyway */
  if (x->kind != BC_DATE_RELATIVE && x->type != BC_TIMEX_DURATION &&
      x->kind != BC_DATE_WEEK && x->kind != BC_DATE_SET &&
      x->type != BC_TIMEX_TIME && !x->relative)
    return 0;
  for (k = s + 1; k < e; k++)
    if (bc__an_is_cap(a, k) && bc__tx_unit(a, k, NULL))
      return 1; /* "This Week" */
  if (!bc__an_is_cap(a, s) || a->tok[s].sent || a->tok[s].nl ||
      a->tok[s].month || bc__tx_weekday_word(a, s) || bc__tx_season(a, s) ||
      bc__cal_month_of(a->t + a->tok[s].s, bc__tx_stem(a, s)))
    return 0;
  if (s > 0 && a->tok[s - 1].type == AN_WORD && bc__an_is_cap(a, s - 1) &&
      !a->tok[s - 1].month && !bc__tx_weekday_word(a, s - 1))
    return 1; /* "VOA Today" */
  if (s > 0 && is_quote(a, s - 1) &&
      (is_quote(a, e) || (bc__an_is_punct(a, e, ',') && is_quote(a, e + 1))))
    return 1; /* "\"Today,\"" */
  return e < a->ntok && a->tok[e].type == AN_WORD && bc__an_is_cap(a, e) &&
         !a->tok[e].sent;
}

/* Does x belong in bc_facts.times (see facts.h) rather than dates?  dates
 * keeps the forms the checker compares as calendar dates, and the
 * relative dates it knows to leave alone; a weekday or a month named
 * without more ("said Friday", "in August") rests on a guess about the
 * week or the year, which a checker would hold a summary's own guess to,
 * so they go with the times. */
static int is_time(const struct tx *x)
{
  if (x->type != BC_TIMEX_DATE || x->named_month || x->named_day)
    return 1;
  if (x->iso[0] || x->kind == BC_DATE_RANGE)
    return 0;
  if (x->kind == BC_DATE_RELATIVE && !x->p.y)
    return 0; /* no reference date: a relative date without a value */
  return x->p.grain == TG_WEEK || x->p.grain == TG_WEEKEND ||
         x->p.grain == TG_SEASON || x->p.grain == TG_HALF ||
         x->p.grain == TG_CENTURY;
}

/* The kind of a relative expression's value.  In bc_facts.times it is the
 * kind of its value ("this week" a week, "in August" a month).  In dates
 * it stays BC_DATE_RELATIVE, which the checker leaves alone ("last year"
 * in a summary is not held to the source, as before the tagger gave it a
 * value). */
static const enum bc_date_kind by_grain[] = {
    [TG_CENTURY] = BC_DATE_CENTURY, [TG_DECADE] = BC_DATE_DECADE,
    [TG_YEAR] = BC_DATE_YEAR,       [TG_HALF] = BC_DATE_HALF,
    [TG_QUARTER] = BC_DATE_QUARTER, [TG_SEASON] = BC_DATE_SEASON,
    [TG_MONTH] = BC_DATE_MONTH,     [TG_WEEK] = BC_DATE_WEEK,
    [TG_WEEKEND] = BC_DATE_WEEK,    [TG_DAY] = BC_DATE_DAY,
    [TG_POD] = BC_DATE_TIME,        [TG_CLOCK] = BC_DATE_TIME};

/* The grain of x's value (struct bc_date_fact.grain): what it names
 * whether or not a reference date gave it digits. */
static enum bc_date_kind grain_of(const struct tx *x)
{
  if (x->type == BC_TIMEX_DURATION)
    return BC_DATE_DURATION;
  if (x->type == BC_TIMEX_SET)
    return BC_DATE_SET;
  if (x->kind == BC_DATE_RANGE)
    return BC_DATE_RANGE;
  if (x->p.grain <= TG_NONE || x->p.grain > TG_CLOCK)
    return BC_DATE_RELATIVE; /* "now", "recently": no calendar period */
  return by_grain[x->p.grain];
}

static void settle_kind(struct tx *x, int in_times)
{
  if (in_times && x->named_day && x->kind == BC_DATE_RELATIVE) {
    x->kind = BC_DATE_DAY; /* "Monday" every week: "XXXX-WXX-1" */
    return;
  }
  if (x->kind != BC_DATE_RELATIVE || x->iso[0] || x->p.grain <= TG_NONE ||
      x->p.grain > TG_CLOCK || !in_times || (!x->p.y && !x->p.sub))
    return;
  x->kind = by_grain[x->p.grain];
}

static bc_status emit(struct an *a, struct tx *x)
{
  struct bc_date_fact *f;
  size_t k, count;
  int t;
  t = is_time(x);
  settle_kind(x, t);
  bc__tx_format(x);
  if (t)
    f = bc__an_push((void **)&a->f->times, &a->f->n_times, &a->cap_times,
                    sizeof *f);
  else
    f = bc__an_push((void **)&a->f->dates, &a->f->n_dates, &a->cap_dates,
                    sizeof *f);
  if (!f)
    return BC_ERR_NOMEM;
  f->span.start = a->tok[x->s].s;
  f->span.end = a->tok[x->e - 1].e;
  /* "today's": the expression is "today" */
  if (a->tok[x->e - 1].type == AN_WORD)
    f->span.end = a->tok[x->e - 1].s + bc__tx_stem(a, x->e - 1);
  f->kind = x->kind;
  f->type = x->type;
  f->mod = x->mod;
  f->relative = x->relative;
  f->guessed = x->guessed;
  f->grain = grain_of(x);
  snprintf(f->iso, sizeof f->iso, "%.*s", (int)sizeof f->iso - 1, x->iso);
  count = x->kind == BC_DATE_HALF || x->kind == BC_DATE_QUARTER
              ? bc__tx_months_count(a, x->s, x->e)
              : 0;
  if (x->type == BC_TIMEX_DATE || x->type == BC_TIMEX_TIME)
    for (k = x->s; k < x->e; k++)
      if (!count || k < count || k > count + 1)
        a->tok[k].used = 1;
  /* What "a year earlier" and "that year" will refer to: a date with a
   * value, not itself worked out from an anchor, but for a day a story
   * reaches step by step ("the next day", then "the following morning"). */
  if ((x->type == BC_TIMEX_DATE || x->type == BC_TIMEX_TIME) && !x->is_dur &&
      x->p.grain >= TG_YEAR && x->p.y && x->kind != BC_DATE_RANGE &&
      (!x->anchored || x->p.grain >= TG_DAY) && !x->no_day) {
    a->anchor.grain = x->p.grain > TG_DAY ? TG_DAY : x->p.grain;
    a->anchor.y = x->p.y;
    a->anchor.sub = x->p.sub;
    a->anchor.d = x->p.d;
    a->anchor.at = f->span.start;
    if (x->p.grain == TG_QUARTER && x->p.sub) {
      a->anchor_q = a->anchor;
      a->anchor_q.grain = TG_QUARTER;
    }
    if (!x->relative && !x->guessed) {
      a->anchor_y = a->anchor;
      a->anchor_y.grain = TG_YEAR;
    }
    if (!x->relative && !x->guessed && !x->anchored &&
        x->type == BC_TIMEX_DATE && x->kind == BC_DATE_DAY &&
        x->p.grain == TG_DAY)
      a->anchor_day = a->anchor;
  }
  return BC_OK;
}

/* Is the date [s, e) alone on its line, but for markup ("## 20 June
 * 2022", "**March 2019**", "Posted: 3 May 2021" is not)? */
static int alone_on_line(const struct an *a, size_t s, size_t e)
{
  size_t k;
  for (k = s; k > 0 && !a->tok[k].nl; k--)
    if (a->tok[k - 1].type != AN_PUNCT)
      return 0;
  for (k = e; k < a->ntok && !a->tok[k].nl; k++)
    if (a->tok[k].type != AN_PUNCT)
      return 0;
  return 1;
}

/* A dated heading (a date written out alone on its line) is the date of
 * what follows it, as a post's date is: it becomes the reference date,
 * as the date of a dated block does.  A month heading ("## March 2018")
 * names what the section is about, not when it was written: it stands in
 * only where no reference date gives a day ("last year" and "Tuesday"
 * under it still count from the document's date). */
static void heading_reference(struct an *a, const struct tx *x)
{
  if (x->type != BC_TIMEX_DATE || x->relative || x->guessed || !x->p.y ||
      (x->p.grain != TG_DAY && x->p.grain != TG_MONTH) ||
      (x->kind != BC_DATE_DAY && x->kind != BC_DATE_MONTH) ||
      (x->p.grain != TG_DAY && a->ref_d) || !alone_on_line(a, x->s, x->e))
    return;
  a->ref_y = x->p.y;
  a->ref_m = x->p.sub;
  a->ref_d = x->p.grain == TG_DAY ? x->p.d : 0;
}

bc_status bc__an_dates(struct an *a)
{
  size_t i = 0;
  bc_status rc;
  while (i < a->ntok) {
    struct tx x, t;
    int has_time;
    if (a->tok[i].used || !may_open(a, i, 0) || !tx_at(a, i, &x) || x.e <= i) {
      i++;
      continue;
    }
    if (title_like(a, &x)) {
      i = x.e;
      continue;
    }
    /* "2012-05-01T10:00", "Nov. 9 at 5 p.m.": the day stays a date of
     * its own, which the checker compares, and the time after it takes
     * its value. */
    has_time = bc__tx_time_after_day(a, &x, &t) != 0;
    rc = emit(a, &x);
    if (!rc && has_time)
      rc = emit(a, &t);
    if (rc)
      return rc;
    heading_reference(a, &x);
    i = has_time ? t.e : x.e;
  }
  return BC_OK;
}
