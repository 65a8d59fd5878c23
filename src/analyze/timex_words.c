/* timex_words.c - the words temporal expressions are built from: cardinals
 * and ordinals in digits or words ("2 1/2", "twenty-four", "a couple of",
 * "thirty-first"), units of time, seasons, parts of the day, and years
 * spelled out ("nineteen ninety-six").  It reads words; what they mean
 * together is the recognizers' business. */
#include <string.h>

#include "analyze/timex.h"
#include "util/calendar.h"

int bc__tx_adj(const struct an *a, size_t i)
{
  return i < a->ntok && !a->tok[i].sp;
}

int bc__tx_digits(const struct an *a, size_t i, size_t n)
{
  size_t k;
  if (i >= a->ntok || a->tok[i].type != AN_NUM || bc__an_toklen(a, i) != n)
    return 0;
  for (k = 0; k < n; k++) {
    char c = a->t[a->tok[i].s + k];
    if (c < '0' || c > '9')
      return 0;
  }
  return 1;
}

int bc__tx_small_int(const struct an *a, size_t i, int maxlen)
{
  size_t n, k;
  int v = 0;
  if (i >= a->ntok || a->tok[i].type != AN_NUM)
    return -1;
  n = bc__an_toklen(a, i);
  if (n > (size_t)maxlen)
    return -1;
  for (k = 0; k < n; k++) {
    char c = a->t[a->tok[i].s + k];
    if (c < '0' || c > '9')
      return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

size_t bc__tx_stem(const struct an *a, size_t i)
{
  const char *p = a->t + a->tok[i].s;
  size_t n = bc__an_toklen(a, i);
  if (a->tok[i].type != AN_WORD)
    return n;
  if (n > 2 && (p[n - 1] == 's' || p[n - 1] == 'S') && p[n - 2] == '\'')
    return n - 2;
  if (n > 4 && (p[n - 1] == 's' || p[n - 1] == 'S') &&
      (unsigned char)p[n - 2] == 0x99 && (unsigned char)p[n - 3] == 0x80 &&
      (unsigned char)p[n - 4] == 0xE2)
    return n - 4;
  return n;
}

int bc__tx_abbrev(const struct an *a, size_t i)
{
  const char *p;
  size_t n;
  int m, wd;
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return 0;
  p = a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  if ((m = bc__cal_month_of(p, n)) != 0)
    return n < strlen(bc__cal_month_name(m));
  if ((wd = bc__cal_weekday_of(p, n)) != 0)
    return n < strlen(bc__cal_weekday_name(wd));
  return 0;
}

int bc__tx_word(const struct an *a, size_t i, const char *w)
{
  size_t n, k;
  const char *p;
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return 0;
  if (bc__an_tok_is(a, i, w))
    return 1;
  n = bc__tx_stem(a, i);
  if (n == bc__an_toklen(a, i) || strlen(w) != n)
    return 0;
  p = a->t + a->tok[i].s;
  for (k = 0; k < n; k++) {
    char c = p[k];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (c != w[k])
      return 0;
  }
  return 1;
}

int bc__tx_free_after(const struct an *a, size_t i)
{
  const struct an_tok *k;
  if (i >= a->ntok || a->tok[i].sp)
    return 1;
  k = &a->tok[i];
  if (k->type != AN_PUNCT)
    return 0;
  if (bc__an_is_dash(a, i) || k->cp == '/' || k->cp == '%' || k->cp == '+' ||
      k->cp == '_' || k->cp == '@' || k->cp == 0xB0)
    return 0;
  /* "2019:12" and "2019.5" continue the number; a colon or a full stop
   * ending a clause does not */
  if ((k->cp == ':' || k->cp == '.') && i + 1 < a->ntok && !a->tok[i + 1].sp &&
      a->tok[i + 1].type == AN_NUM)
    return 0;
  return 1;
}

int bc__tx_hyphen(const struct an *a, size_t i)
{
  return i > 0 && i + 1 < a->ntok && bc__an_is_dash(a, i) && !a->tok[i].sp &&
         !a->tok[i + 1].sp;
}

/* A word number 1-99: "seven", "forty", "twenty-four", "twenty four". */
static size_t word_upto99(const struct an *a, size_t i, int *v)
{
  int w = bc__an_word_number(a, i), u;
  if (w < 0 || bc__an_tok_is(a, i, "dozen"))
    return 0;
  if (w >= 20 && w % 10 == 0) {
    if (bc__tx_hyphen(a, i + 1) && (u = bc__an_word_number(a, i + 2)) >= 1 &&
        u <= 9) {
      *v = w + u;
      return i + 3;
    }
    if (i + 1 < a->ntok && !bc__an_is_punct(a, i + 1, '-') &&
        (u = bc__an_word_number(a, i + 1)) >= 1 && u <= 9 &&
        !bc__an_tok_is(a, i + 1, "dozen")) {
      *v = w + u;
      return i + 2;
    }
  }
  *v = w;
  return i + 1;
}

size_t bc__tx_cardinal(const struct an *a, size_t i, double *v, int flags)
{
  size_t j;
  int w;
  if (i >= a->ntok)
    return 0;
  if (a->tok[i].type == AN_NUM) {
    double x, n, d;
    /* Digits glued to a word or a sign are no cardinal: "K8", "-3". */
    if (i > 0 && !a->tok[i].sp && a->tok[i - 1].type != AN_PUNCT)
      return 0;
    if (!bc__an_num_value(a, i, &x))
      return 0;
    j = i + 1;
    /* 2 1/2 */
    if (j + 2 < a->ntok && a->tok[j].sp && bc__tx_small_int(a, j, 1) > 0 &&
        bc__an_is_punct(a, j + 1, '/') && bc__tx_adj(a, j + 1) &&
        bc__tx_adj(a, j + 2) && (d = bc__tx_small_int(a, j + 2, 1)) >= 2 &&
        d <= 4 && (n = bc__tx_small_int(a, j, 1)) < d) {
      x += n / d;
      j += 3;
    }
    *v = x;
    return j;
  }
  if (a->tok[i].type != AN_WORD)
    return 0;
  if (bc__an_tok_is(a, i, "a") || bc__an_tok_is(a, i, "an")) {
    if (bc__an_tok_is(a, i + 1, "couple")) {
      *v = 2;
      return bc__an_tok_is(a, i + 2, "of") ? i + 3 : i + 2;
    }
    if ((flags & TXN_VAGUE) && bc__an_tok_is(a, i + 1, "few")) {
      *v = -1;
      return i + 2;
    }
    if (bc__an_tok_is(a, i + 1, "dozen")) {
      *v = 12;
      return i + 2;
    }
    if (bc__an_tok_is(a, i + 1, "hundred")) {
      *v = 100;
      return i + 2;
    }
    if (bc__an_tok_is(a, i + 1, "thousand")) {
      *v = 1000;
      return i + 2;
    }
    if (flags & TXN_A) {
      *v = 1;
      return i + 1;
    }
    return 0;
  }
  /* "the next couple of years" */
  if (bc__an_tok_is(a, i, "couple") && bc__an_tok_is(a, i + 1, "of")) {
    *v = 2;
    return i + 2;
  }
  if (flags & TXN_VAGUE) {
    static const char *const vague[] = {"several", "few",      "many",
                                        "some",    "numerous", NULL};
    if (bc__an_tok_in(a, i, vague)) {
      *v = -1;
      return i + 1;
    }
  }
  j = word_upto99(a, i, &w);
  if (!j)
    return 0;
  if (bc__an_tok_is(a, i, "dozen"))
    return 0;
  if (bc__an_tok_is(a, j, "hundred")) {
    int r = 0;
    size_t k = j + 1;
    w *= 100;
    if (bc__an_tok_is(a, k, "and"))
      k++;
    if ((k = word_upto99(a, k, &r)) != 0 && r > 0) {
      w += r;
      j = k;
    } else {
      j++;
    }
  } else if (bc__an_tok_is(a, j, "thousand")) {
    w *= 1000;
    j++;
  }
  *v = w;
  return j;
}

int bc__tx_ordinal(const struct an *a, size_t i, size_t *e)
{
  static const char *const ord[] = {
      "first",     "second",      "third",      "fourth",     "fifth",
      "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
      "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  static const char *const suf[] = {"st", "nd", "rd", "th", NULL};
  size_t k;
  int v;
  if (i >= a->ntok)
    return 0;
  if (a->tok[i].type == AN_NUM) {
    v = bc__tx_small_int(a, i, 2);
    if (v >= 1 && v <= 31 && bc__tx_adj(a, i + 1) &&
        bc__an_tok_in(a, i + 1, suf)) {
      *e = i + 2;
      return v;
    }
    return 0;
  }
  for (k = 0; k < 20; k++)
    if (bc__an_tok_is(a, i, ord[k])) {
      *e = i + 1;
      return (int)k + 1;
    }
  if (bc__an_tok_is(a, i, "thirtieth")) {
    *e = i + 1;
    return 30;
  }
  /* twenty-first, thirty-first */
  v = bc__an_word_number(a, i);
  if ((v == 20 || v == 30) && bc__tx_hyphen(a, i + 1))
    for (k = 0; k < 9; k++)
      if (bc__an_tok_is(a, i + 2, ord[k]) && v + (int)k + 1 <= 31) {
        *e = i + 3;
        return v + (int)k + 1;
      }
  return 0;
}

char bc__tx_unit(const struct an *a, size_t i, int *plural)
{
  static const struct {
    const char *w;
    char u;
    int pl;
  } units[] = {
      {"second", 'S', 0},   {"seconds", 'S', 1},   {"minute", 'I', 0},
      {"minutes", 'I', 1},  {"hour", 'H', 0},      {"hours", 'H', 1},
      {"day", 'D', 0},      {"days", 'D', 1},      {"week", 'W', 0},
      {"weeks", 'W', 1},    {"month", 'M', 0},     {"months", 'M', 1},
      {"quarter", 'Q', 0},  {"quarters", 'Q', 1},  {"year", 'Y', 0},
      {"years", 'Y', 1},    {"decade", 'E', 0},    {"decades", 'E', 1},
      {"century", 'C', 0},  {"centuries", 'C', 1}, {"millennium", 'L', 0},
      {"millennia", 'L', 1}};
  size_t k;
  unsigned char c;
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return 0;
  /* Asked of nearly every word: a word is compared only with the units
   * that start with its letter. */
  c = (unsigned char)a->t[a->tok[i].s];
  if (c >= 'A' && c <= 'Z')
    c = (unsigned char)(c - 'A' + 'a');
  if (!strchr("cdhmqswy", c) || !c)
    return 0;
  for (k = 0; k < sizeof units / sizeof units[0]; k++)
    if ((unsigned char)units[k].w[0] == c && bc__tx_word(a, i, units[k].w)) {
      if (plural)
        *plural = units[k].pl;
      return units[k].u;
    }
  return 0;
}

int bc__tx_season(const struct an *a, size_t i)
{
  if (bc__an_tok_is(a, i, "spring"))
    return 1;
  if (bc__an_tok_is(a, i, "summer"))
    return 2;
  if (bc__an_tok_is(a, i, "fall") || bc__an_tok_is(a, i, "autumn"))
    return 3;
  if (bc__an_tok_is(a, i, "winter"))
    return 4;
  return 0;
}

int bc__tx_season_verb(const struct an *a, size_t i)
{
  static const char *const leads[] = {
      "can", "could", "did",    "do", "does", "may",   "might", "must",
      "not", "shall", "should", "to", "will", "would", NULL};
  return i > 0 && bc__tx_season(a, i) && bc__an_is_lower(a, i) &&
         bc__an_tok_in(a, i - 1, leads);
}

int bc__tx_pod(const struct an *a, size_t i)
{
  if (bc__an_tok_is(a, i, "morning"))
    return TP_MO;
  if (bc__an_tok_is(a, i, "afternoon"))
    return TP_AF;
  if (bc__an_tok_is(a, i, "evening"))
    return TP_EV;
  if (bc__an_tok_is(a, i, "night"))
    return TP_NI;
  return 0;
}

/* A two-digit part of a spelled year, 1-99: "ninety-six", "twelve", "oh
 * five". */
static size_t year_part(const struct an *a, size_t i, int *v)
{
  size_t j;
  int w;
  if ((bc__an_tok_is(a, i, "oh") || bc__an_tok_is(a, i, "o")) &&
      (w = bc__an_word_number(a, i + 1)) >= 1 && w <= 9) {
    *v = w;
    return i + 2;
  }
  w = bc__an_word_number(a, i);
  if (w < 10 || bc__an_tok_is(a, i, "dozen"))
    return 0;
  j = word_upto99(a, i, &w);
  if (!j || w < 10 || w > 99)
    return 0;
  *v = w;
  return j;
}

size_t bc__tx_spelled_year(const struct an *a, size_t i, int *y)
{
  int c = bc__an_word_number(a, i), r = 0;
  size_t j;
  /* "nineteen ninety-six", "nineteen hundred", "twenty twelve" */
  if (c >= 10 && c <= 20 && !bc__an_tok_is(a, i, "dozen")) {
    if (bc__an_tok_is(a, i + 1, "hundred") && !bc__an_tok_is(a, i + 2, "and")) {
      *y = c * 100;
      return i + 2;
    }
    j = year_part(a, i + 1, &r);
    if (j) {
      *y = c * 100 + r;
      return j;
    }
    return 0;
  }
  /* "two thousand", "two thousand and one", "two thousand twelve" */
  if (c == 2 && bc__an_tok_is(a, i + 1, "thousand")) {
    j = i + 2;
    if (bc__an_tok_is(a, j, "and"))
      j++;
    if (bc__an_word_number(a, j) >= 1 && !bc__an_tok_is(a, j, "dozen")) {
      size_t k = word_upto99(a, j, &r);
      if (k && r >= 1 && r <= 99) {
        *y = 2000 + r;
        return k;
      }
    }
    *y = 2000;
    return i + 2;
  }
  return 0;
}
