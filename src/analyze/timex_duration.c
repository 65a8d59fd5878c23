/* timex_duration.c - amounts of time and recurring times: "three months",
 * "2 1/2 years", "a minute and a half", "a two-week", "10-year", "the past
 * five years", "the first nine months", "several days", "recent years";
 * "every Thursday", "each July", "each month", "twice a month", "Tuesday
 * nights".  An age ("52 years old") is no duration here, and the "-ly"
 * words ("quarterly dividend") are not sets: TimeBank leaves both alone.
 * The numbers inside stay number facts (the driver does not claim them). */
#include <stdio.h>
#include <string.h>

#include "analyze/timex.h"
#include "util/calendar.h"

/* Adjectives that may sit between a number and its unit: "five trading
 * days", "two full years", "three more months". */
static const char *const between[] = {
    "additional", "business", "consecutive", "extra",   "full", "long",
    "more",       "straight", "trading",     "working", NULL};

/* "and a half" after a unit or a number: 0.5, *e after it. */
static int and_a_half(const struct an *a, size_t i, size_t *e)
{
  if (bc__an_tok_is(a, i, "and") && bc__an_tok_is(a, i + 1, "a") &&
      bc__an_tok_is(a, i + 2, "half")) {
    *e = i + 3;
    return 1;
  }
  return 0;
}

static int is_article(const struct an *a, size_t i)
{
  return bc__an_tok_is(a, i, "a") || bc__an_tok_is(a, i, "an") ||
         bc__an_tok_is(a, i, "the") || bc__an_tok_is(a, i, "its") ||
         bc__an_tok_is(a, i, "their") || bc__an_tok_is(a, i, "his") ||
         bc__an_tok_is(a, i, "her") || bc__an_tok_is(a, i, "our") ||
         bc__an_tok_is(a, i, "this") || bc__an_tok_is(a, i, "that");
}

/* A number and a unit: "three months", "a year and a half", "2 1/2 years",
 * "two and a half hours", "five trading days", "a few days", "two to three
 * weeks", and the adjectives "10-year", "two-week", "a five year low".
 * Fills x->dur; returns the token after it, or 0.  Ages ("52 years old",
 * "a 136-year-old bank") are left alone, as TimeBank leaves them. */
static size_t amount(const struct an *a, size_t i, struct tx *x, int flags)
{
  double v = 0, v2 = 0;
  size_t j = bc__tx_cardinal(a, i, &v, flags), k, j2;
  char u;
  int pl = 0;
  if (!j)
    return 0;
  if (j < a->ntok && a->tok[j].type == AN_PUNCT && !bc__an_is_dash(a, j))
    return 0;
  /* "10-year", "two-week", "a 30-day", "a several-year tenure"; "a-month"
   * is no adjective of time ("a $38,000-a-month lease" is a rate) */
  if (bc__tx_hyphen(a, j) && (u = bc__tx_unit(a, j + 1, &pl)) != 0 && !pl &&
      (v > 0 || (v < 0 && !bc__an_tok_is(a, i, "some"))) &&
      !(j == i + 1 &&
        (bc__an_tok_is(a, i, "a") || bc__an_tok_is(a, i, "an")))) {
    k = j + 2;
    if (bc__tx_hyphen(a, k) &&
        (bc__an_tok_is(a, k + 1, "old") || bc__an_tok_is(a, k + 1, "olds")))
      return 0;
    x->dur.n = v;
    x->dur.unit = u;
    return k;
  }
  if (and_a_half(a, j, &k) && v >= 1) {
    v += 0.5;
    j = k;
  }
  /* "two to three weeks", "12 to 18 months": the low end, at least */
  if ((bc__an_tok_is(a, j, "to") || bc__an_tok_is(a, j, "or") ||
       (bc__an_is_dash(a, j) && a->tok[i].type == AN_WORD)) &&
      (j2 = bc__tx_cardinal(a, j + 1, &v2, 0)) != 0 && v2 > v && v > 0 &&
      bc__tx_unit(a, j2, NULL)) {
    x->mod = BC_MOD_EQUAL_OR_MORE;
    j = j2;
  }
  k = j;
  while (k < j + 2 && bc__an_tok_in(a, k, between))
    k++;
  u = bc__tx_unit(a, k, &pl);
  if (!u || bc__tx_stem(a, k) < bc__an_toklen(a, k))
    return 0;
  /* "one years" is no amount; "1.5 years", "0 days" are; "a five year
   * low" and "the two day rally" are, as adjectives. */
  if (!pl && v != 1 && v != 0.5 && v > 0 &&
      !(i > 0 && is_article(a, i - 1) && k + 1 < a->ntok &&
        a->tok[k + 1].type == AN_WORD))
    return 0;
  if (pl && v == 1 && a->tok[i].type == AN_WORD)
    return 0;
  /* "a quarter" is a fraction far more often than three months, "a
   * second" an ordinal */
  if ((u == 'Q' || u == 'S') && !pl && a->tok[i].type == AN_WORD &&
      bc__an_word_number(a, i) < 0)
    return 0;
  /* "52 years old" is an age; "year-earlier" and "year-end" are other
   * words */
  if (bc__an_tok_is(a, k + 1, "old") || bc__an_tok_is(a, k + 1, "older") ||
      bc__an_tok_is(a, k + 1, "younger") || bc__tx_hyphen(a, k + 1) ||
      (bc__an_tok_is(a, k + 1, "of") && bc__an_tok_is(a, k + 2, "age")))
    return 0;
  k++;
  if (and_a_half(a, k, &j) && v >= 1 && v == (double)(long)v) {
    v += 0.5;
    k = j;
  }
  x->dur.n = v;
  x->dur.unit = u;
  return k;
}

/* Words that end an amount of money or things written in words: "$2
 * million", "five hundred", "38 thousand", "$38k". */
static const char *const scales[] = {
    "billion", "bn", "hundred",  "k",        "m",
    "million", "mn", "thousand", "trillion", NULL};

/* Is token k a number, or the end of one: "38,000", "thirty-eight", "2
 * million", "$38k", "40%", "twice"? */
static int amount_end(const struct an *a, size_t k)
{
  return a->tok[k].type == AN_NUM || bc__an_word_number(a, k) > 0 ||
         bc__an_tok_in(a, k, scales) || bc__an_is_punct(a, k, '%') ||
         bc__an_is_punct(a, k, '+') || bc__an_tok_is(a, k, "times") ||
         bc__an_tok_is(a, k, "once") || bc__an_tok_is(a, k, "twice");
}

/* "$5 a year", "$38,000 a month", "thirty-eight thousand dollars a
 * month", "four flights a week", "a mile a day": an
 * amount per unit of time is a rate, no duration.  TimeBank leaves most
 * rates untagged ("358,000 a month", "700 seats a week", "$500 million a
 * year") and tags a few as sets; we tag none.  The amount is a number
 * right before "a" or "per", or one followed by up to two words that
 * say what is counted ("dollars", "messages").  "a year ago" is no
 * rate. */
static int rate(const struct an *a, size_t i, size_t e)
{
  size_t k, n;
  if (!(bc__an_tok_is(a, i, "a") || bc__an_tok_is(a, i, "an") ||
        bc__an_tok_is(a, i, "per")) ||
      i == 0)
    return 0;
  if (bc__an_tok_is(a, e, "ago") || bc__an_tok_is(a, e, "earlier") ||
      bc__an_tok_is(a, e, "later") || bc__an_tok_is(a, e, "before") ||
      bc__an_tok_is(a, e, "after"))
    return 0;
  if (bc__an_tok_is(a, i - 1, "share"))
    return 1; /* "34 cents a share a year" */
  for (k = i, n = 0; k > 0 && n < 3; n++) {
    const char *w;
    size_t wl;
    k--;
    if (amount_end(a, k))
      return 1;
    /* "a mile a day", "an apple a day" */
    if (n == 1 && (bc__an_tok_is(a, k, "a") || bc__an_tok_is(a, k, "an")))
      return 1;
    /* what is counted: nouns ("dollars", "USD", "messages"), not a verb
     * or an adverb ("a talk lasting nearly an hour") */
    if (a->tok[k].type != AN_WORD || a->tok[k].sent ||
        bc__an_is_function_word(a, k) || bc__tx_unit(a, k, NULL))
      return 0;
    w = a->t + a->tok[k].s;
    wl = bc__an_toklen(a, k);
    if (wl > 3 && ((w[wl - 2] == 'l' && w[wl - 1] == 'y') ||
                   (w[wl - 3] == 'i' && w[wl - 2] == 'n' && w[wl - 1] == 'g') ||
                   (w[wl - 2] == 'e' && w[wl - 1] == 'd')))
      return 0;
  }
  return 0;
}

/* Words before an amount that place it ("the past five years", "the first
 * nine months"). */
static const char *const placers[] = {
    "additional", "coming", "entire",    "final", "first",
    "full",       "last",   "latest",    "next",  "past",
    "previous",   "prior",  "remaining", "whole", NULL};

size_t bc__tx_duration(struct an *a, size_t i, struct tx *x)
{
  size_t j = i, e;
  int placed = 0;
  if (i >= a->ntok)
    return 0;
  memset(x, 0, sizeof *x);
  x->s = i;
  x->type = BC_TIMEX_DURATION;
  x->kind = BC_DATE_DURATION;
  x->is_dur = 1;
  if (bc__an_tok_is(a, j, "the")) {
    j++;
    if (bc__an_tok_in(a, j, placers))
      j++, placed = 1;
    /* "the past few weeks", "the next several days", "the next couple of
     * years" */
    if (placed &&
        (bc__an_tok_is(a, j, "few") || bc__an_tok_is(a, j, "several") ||
         bc__an_tok_is(a, j, "many"))) {
      int pl = 0;
      char u = bc__tx_unit(a, j + 1, &pl);
      if (u && pl) {
        x->dur.n = -1;
        x->dur.unit = u;
        x->e = j + 2;
        return x->e;
      }
      return 0;
    }
    /* "over the years" */
    if (!placed && i > 0 &&
        (bc__an_tok_is(a, i - 1, "over") ||
         bc__an_tok_is(a, i - 1, "through")) &&
        bc__tx_unit(a, j, &placed) && placed &&
        !bc__an_tok_is(a, j + 1, "of")) {
      x->dur.n = -1;
      x->dur.unit = bc__tx_unit(a, j, NULL);
      x->e = j + 1;
      return x->e;
    }
    e = amount(a, j, x, placed ? TXN_A : 0);
    /* "the year" alone is not this; "the nine months" is; "the 10-year
     * note" is the adjective alone */
    if (!e || (x->dur.n == 1 && !placed))
      return 0;
    if (!placed && bc__tx_hyphen(a, j + 1))
      x->s = j;
    x->e = e;
    return e;
  }
  /* "recent years", "coming weeks" */
  if (bc__an_tok_is(a, j, "recent") || bc__an_tok_is(a, j, "coming")) {
    int pl = 0;
    char u = bc__tx_unit(a, j + 1, &pl);
    if (!u || !pl)
      return 0;
    x->dur.n = -1;
    x->dur.unit = u;
    x->e = j + 2;
    return x->e;
  }
  e = amount(a, j, x, TXN_A | TXN_VAGUE);
  if (e) {
    if (x->dur.n == 1 && rate(a, i, e))
      return 0;
    x->plain_dur = 1;
    x->e = e;
    return e;
  }
  /* "for years", "in months": an unknown number of them */
  if (i > 0 &&
      (bc__an_tok_is(a, i - 1, "for") || bc__an_tok_is(a, i - 1, "in") ||
       bc__an_tok_is(a, i - 1, "within") || bc__an_tok_is(a, i - 1, "over"))) {
    int pl = 0;
    char u = bc__tx_unit(a, i, &pl);
    if (u && pl && u != 'S' && !bc__an_tok_is(a, i + 1, "old") &&
        !bc__an_tok_is(a, i + 1, "ago") && !bc__an_tok_is(a, i + 1, "when") &&
        !bc__tx_hyphen(a, i + 1)) {
      x->dur.n = -1;
      x->dur.unit = u;
      x->e = i + 1;
      return x->e;
    }
  }
  return 0;
}

/* --- sets ----------------------------------------------------------------- */

static size_t set_of(struct an *a, size_t j, struct tx *x)
{
  int wd, m, s, pod, pl = 0;
  char u;
  double v = 1;
  size_t k = j;
  if ((wd = bc__tx_weekday_word(a, j)) != 0) {
    x->p.grain = TG_DAY;
    pod = bc__tx_pod(a, j + 1);
    if (pod) {
      snprintf(x->iso, sizeof x->iso, "XXXX-WXX-%dT%s", wd,
               pod == TP_MO   ? "MO"
               : pod == TP_AF ? "AF"
               : pod == TP_EV ? "EV"
                              : "NI");
      return j + 2;
    }
    snprintf(x->iso, sizeof x->iso, "XXXX-WXX-%d", wd);
    /* "every Tuesday at 10:00" */
    if (bc__an_tok_is(a, j + 1, "at")) {
      int hh, mi;
      size_t e = bc__tx_clock(a, j + 2, &hh, &mi);
      if (e) {
        snprintf(x->iso, sizeof x->iso, "XXXX-WXX-%dT%02d:%02d", wd, hh, mi);
        return e;
      }
    }
    return j + 1;
  }
  if ((m = bc__an_month(a, j)) != 0 && bc__an_is_cap(a, j)) {
    snprintf(x->iso, sizeof x->iso, "XXXX-%02d", m);
    return j + 1;
  }
  if ((s = bc__tx_season(a, j)) != 0) {
    static const char *const sn[] = {"", "SP", "SU", "FA", "WI"};
    snprintf(x->iso, sizeof x->iso, "XXXX-%s", sn[s]);
    return j + 1;
  }
  if ((pod = bc__tx_pod(a, j)) != 0) {
    snprintf(x->iso, sizeof x->iso, "XXXX-XX-XXT%s",
             pod == TP_MO   ? "MO"
             : pod == TP_AF ? "AF"
             : pod == TP_EV ? "EV"
                            : "NI");
    return j + 1;
  }
  /* "every two weeks", "every other year" */
  if (bc__an_tok_is(a, k, "other")) {
    v = 2;
    k++;
  } else {
    size_t c = bc__tx_cardinal(a, k, &v, 0);
    if (c && v > 1)
      k = c;
    else
      v = 1;
  }
  u = bc__tx_unit(a, k, &pl);
  if (!u || (pl != (v > 1)))
    return 0;
  x->is_dur = 1;
  x->dur.n = v;
  x->dur.unit = u;
  return k + 1;
}

size_t bc__tx_set(struct an *a, size_t i, struct tx *x)
{
  size_t e = 0;
  double v;
  int wd;
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return 0;
  memset(x, 0, sizeof *x);
  x->s = i;
  x->type = BC_TIMEX_SET;
  x->kind = BC_DATE_SET;
  /* every Thursday, each July, each month, every two weeks */
  if (bc__an_tok_is(a, i, "every") || bc__an_tok_is(a, i, "each")) {
    if ((e = set_of(a, i + 1, x)) != 0) {
      x->e = e;
      return e;
    }
    return 0;
  }
  /* twice a month, three times a year, once a week, 5 times per day */
  if (bc__an_tok_is(a, i, "twice") || bc__an_tok_is(a, i, "once") ||
      ((e = bc__tx_cardinal(a, i, &v, 0)) != 0 && v > 1 &&
       bc__an_tok_is(a, e, "times"))) {
    size_t k = bc__an_tok_is(a, i, "twice") || bc__an_tok_is(a, i, "once")
                   ? i + 1
                   : e + 1;
    int pl = 0;
    char u;
    if (!bc__an_tok_is(a, k, "a") && !bc__an_tok_is(a, k, "an") &&
        !bc__an_tok_is(a, k, "per") && !bc__an_tok_is(a, k, "each") &&
        !bc__an_tok_is(a, k, "every"))
      return 0;
    u = bc__tx_unit(a, k + 1, &pl);
    if (!u || pl)
      return 0;
    x->is_dur = 1;
    x->dur.n = 1;
    x->dur.unit = u;
    x->e = k + 2;
    return x->e;
  }
  /* "on Fridays", "Tuesday nights" */
  if (bc__an_is_cap(a, i)) {
    static const char *const pods[] = {"mornings", "afternoons", "evenings",
                                       "nights"};
    static const char *const codes[] = {"MO", "AF", "EV", "NI"};
    const char *w = a->t + a->tok[i].s;
    size_t n = bc__an_toklen(a, i), k;
    wd = bc__tx_weekday_word(a, i);
    if (!wd && n > 6 && w[n - 1] == 's' &&
        (wd = bc__cal_weekday_of(w, n - 1)) != 0 && i > 0 &&
        (bc__an_tok_is(a, i - 1, "on") || bc__an_tok_is(a, i - 1, "most") ||
         bc__an_tok_is(a, i - 1, "some"))) {
      snprintf(x->iso, sizeof x->iso, "XXXX-WXX-%d", wd);
      x->e = i + 1;
      return x->e;
    }
    for (k = 0; wd && k < 4; k++)
      if (bc__an_tok_is(a, i + 1, pods[k])) {
        snprintf(x->iso, sizeof x->iso, "XXXX-WXX-%dT%s", wd, codes[k]);
        x->e = i + 2;
        return x->e;
      }
  }
  return 0;
}
