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
    "additional", "business", "calendar", "consecutive", "extra",
    "full",       "long",     "more",     "straight",    "trading",
    "working",    NULL};

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

/* A number and a unit: "three months", "a year and a half", "2 1/2 years",
 * "two and a half hours", "five trading days", "a few days", and the
 * adjective "10-year", "two-week", "8-month-old".  Fills x->dur; returns
 * the token after it, or 0. */
static size_t amount(const struct an *a, size_t i, struct tx *x, int flags)
{
  double v = 0;
  size_t j = bc__tx_cardinal(a, i, &v, flags), k;
  char u;
  int pl = 0;
  if (!j)
    return 0;
  if (j < a->ntok && a->tok[j].type == AN_PUNCT && !bc__an_is_dash(a, j))
    return 0;
  /* "10-year", "two-week", "a 30-day" */
  if (bc__tx_hyphen(a, j) && (u = bc__tx_unit(a, j + 1, &pl)) != 0 && !pl &&
      v > 0) {
    k = j + 2;
    if (bc__tx_hyphen(a, k) && bc__an_tok_is(a, k + 1, "old"))
      k += 2;
    x->dur.n = v;
    x->dur.unit = u;
    return k;
  }
  if (and_a_half(a, j, &k) && v >= 1) {
    v += 0.5;
    j = k;
  }
  k = j;
  while (k < j + 2 && bc__an_tok_in(a, k, between))
    k++;
  u = bc__tx_unit(a, k, &pl);
  if (!u)
    return 0;
  /* "one years" is no amount; "1.5 years", "0 days" are. */
  if (!pl && v != 1 && v != 0.5 && v > 0)
    return 0;
  if (pl && v == 1 && a->tok[i].type == AN_WORD)
    return 0;
  /* "a quarter" is a fraction far more often than three months */
  if (u == 'Q' && !pl && a->tok[i].type == AN_WORD &&
      bc__an_word_number(a, i) < 0)
    return 0;
  /* "a second" is an ordinal far more often than a unit */
  if (u == 'S' && !pl && a->tok[i].type == AN_WORD &&
      bc__an_word_number(a, i) < 0)
    return 0;
  /* "52 years old" is an age, which TimeBank does not tag */
  if (bc__an_tok_is(a, k + 1, "old") || bc__an_tok_is(a, k + 1, "of") ||
      bc__an_tok_is(a, k + 1, "older"))
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

/* Words before an amount that place it ("the past five years", "the first
 * nine months"). */
static const char *const placers[] = {
    "additional", "coming", "entire", "final", "first",   "full",
    "last",       "latest", "next",   "past",  "previous", "prior",
    "remaining",  "whole",  NULL};

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
    /* "the past few weeks", "the next several days" */
    if (placed && (bc__an_tok_is(a, j, "few") ||
                   bc__an_tok_is(a, j, "several") ||
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
    e = amount(a, j, x, 0);
    /* "the year" alone is not this; "the nine months" is */
    if (!e || x->dur.n == 1)
      return 0;
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
    /* "a year" after an amount of money recurs ("$5 a year"): TimeBank
     * tags that only now and then, so it is left alone. */
    if (x->dur.n == 1 && (bc__an_tok_is(a, i, "a") || bc__an_tok_is(a, i, "an")) &&
        i > 0 && (a->tok[i - 1].type == AN_NUM ||
                  bc__an_word_number(a, i - 1) > 0 ||
                  bc__an_tok_is(a, i - 1, "million") ||
                  bc__an_tok_is(a, i - 1, "billion") ||
                  bc__an_tok_is(a, i - 1, "share") ||
                  bc__an_tok_is(a, i - 1, "times") ||
                  bc__an_tok_is(a, i - 1, "once") ||
                  bc__an_tok_is(a, i - 1, "twice")))
      return 0;
    x->plain_dur = 1;
    x->e = e;
    return e;
  }
  /* "for years", "in months": an unknown number of them */
  if (i > 0 && (bc__an_tok_is(a, i - 1, "for") || bc__an_tok_is(a, i - 1, "in") ||
                bc__an_tok_is(a, i - 1, "within") ||
                bc__an_tok_is(a, i - 1, "over"))) {
    int pl = 0;
    char u = bc__tx_unit(a, i, &pl);
    if (u && pl && u != 'S' && !bc__an_tok_is(a, i + 1, "of") &&
        !bc__an_tok_is(a, i + 1, "old") && !bc__an_tok_is(a, i + 1, "ago") &&
        !bc__an_tok_is(a, i + 1, "when")) {
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
  if ((wd = bc__tx_weekday_word(a, i)) != 0 || bc__an_is_cap(a, i)) {
    const char *w = a->t + a->tok[i].s;
    size_t n = bc__an_toklen(a, i);
    int pod;
    if (!wd && n > 3 && w[n - 1] == 's' &&
        (wd = bc__cal_weekday_of(w, n - 1)) != 0 &&
        i > 0 && (bc__an_tok_is(a, i - 1, "on") ||
                  bc__an_tok_is(a, i - 1, "most") ||
                  bc__an_tok_is(a, i - 1, "some"))) {
      snprintf(x->iso, sizeof x->iso, "XXXX-WXX-%d", wd);
      x->e = i + 1;
      return x->e;
    }
    if (wd && (pod = bc__tx_pod(a, i + 1)) == 0) {
      const char *p = a->t + a->tok[i + 1 < a->ntok ? i + 1 : i].s;
      size_t pn = i + 1 < a->ntok ? bc__an_toklen(a, i + 1) : 0;
      static const char *const pods[] = {"mornings", "afternoons",
                                         "evenings", "nights"};
      static const char *const codes[] = {"MO", "AF", "EV", "NI"};
      size_t k;
      for (k = 0; k < 4; k++)
        if (pn == strlen(pods[k]) && bc__an_tok_is(a, i + 1, pods[k])) {
          snprintf(x->iso, sizeof x->iso, "XXXX-WXX-%dT%s", wd, codes[k]);
          x->e = i + 2;
          (void)p;
          return x->e;
        }
    }
  }
  return 0;
}
