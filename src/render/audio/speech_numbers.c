/* speech_numbers.c - numbers with their decorations read aloud: amounts
 * ($3.50, €3.4 million), units and percentages, ranges (7-9), fractions
 * (2/3), splits (80/20) and dotted versions (2.4.1).  The words for the
 * digits are speech_words.c's. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "render/audio/speech_int.h"

/* The name of a currency sign's unit, singular when one. */
static const char *currency(char cur, int one)
{
  return cur == '$'         ? (one ? "dollar" : "dollars")
         : cur == CUR_EURO  ? (one ? "euro" : "euros")
         : cur == CUR_POUND ? (one ? "pound" : "pounds")
         : cur == CUR_YEN   ? "yen"
                            : (one ? "rupee" : "rupees");
}

/* A number with its decorations: [±+-~][currency]digits[,ddd][.ddd]
 * [scale|unit|%|x|+|s|ordinal].  Returns nonzero when s was one. */
int bc__speech_number(struct bc__speech_norm *z, const char *s, size_t n)
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
      if (!dp && (ul == 2) &&
          ((strncmp(p, "st", 2) == 0) || strncmp(p, "nd", 2) == 0 ||
           strncmp(p, "rd", 2) == 0 || strncmp(p, "th", 2) == 0) &&
          u == e && !cur) {
        bc__speech_cardinal(z->out, strtoull(digs, NULL, 10));
        bc__speech_ordinalize(z->out);
        return 1;
      }
      if (ul == 1 && *p == 's' && u == e && !dp && !cur && nd == 4 && !commas) {
        bc__speech_year(z->out, bc__speech_num_of(digs, 4)); /* 1990s */
        bc__speech_pluralize(z->out);
        return 1;
      }
      if (ul == 1 && *p == 's' && u == e && !dp && !cur && nd == 2) {
        bc__speech_cardinal(z->out, bc__speech_num_of(digs, 2)); /* 90s */
        bc__speech_pluralize(z->out);
        return 1;
      }
      unit = bc__speech_unit_find(p, ul);
      if (!unit)
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
    bc__speech_word(z, "about", 5);
  if (more)
    bc__speech_word(z, "more than", 9);
  if (sign == '+')
    bc__speech_word(z, "plus", 4);
  else if (sign == '-')
    bc__speech_word(z, "minus", 5);
  /* A bare four-digit number in the years' range is read as a year. */
  if (!cur && !dp && !commas && !unit && !pct && !sign && nd == 4 &&
      digs[0] != '0' && bc__speech_num_of(digs, 4) >= 1100 &&
      bc__speech_num_of(digs, 4) < 2100) {
    bc__speech_year(z->out, bc__speech_num_of(digs, 4));
  } else if (nd > 15) {
    bc__speech_digits(z->out, digs, nd);
  } else if (cur && dp && dl == 2 && !unit) {
    /* $3.50: dollars and cents; "$1.50" has one dollar, "$0.99" only
     * cents, as people say them */
    unsigned long long major = strtoull(digs, NULL, 10);
    unsigned minor = bc__speech_num_of(dp, 2);
    int one = major == 1;
    const char *c = currency(cur, one);
    const char *sub = cur == CUR_POUND ? "pence"
                      : minor == 1     ? "cent"
                                       : "cents";
    if (major || !minor) {
      bc__speech_cardinal(z->out, major);
      bc__speech_word(z, c, strlen(c));
    }
    if (minor) {
      if (major)
        bc__speech_word(z, "and", 3);
      bc__speech_cardinal(z->out, minor);
      bc__speech_word(z, sub, strlen(sub));
    }
    return 1;
  } else {
    bc__speech_cardinal(z->out, strtoull(digs, NULL, 10));
    if (dp) {
      bc__speech_word(z, "point", 5);
      bc__speech_digits(z->out, dp, dl);
    }
  }
  if (unit)
    bc__speech_word(z, unit, strlen(unit));
  if (pct)
    bc__speech_word(z, "percent", 7);
  if (cur) {
    int one = !dp && !unit && strcmp(digs, "1") == 0;
    const char *c = currency(cur, one);
    bc__speech_word(z, c, strlen(c));
  }
  return 1;
}

/* "7-9" → "seven to nine", "2019-2021" → "twenty nineteen to twenty
 * twenty-one", "10-15%" → "ten to fifteen percent", and with the unit
 * written on both sides, "2x-3x" → "two to three times". */
int bc__speech_range(struct bc__speech_norm *z, const char *s, size_t n)
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
  bc__speech_token(z, s, (size_t)(p - s));
  bc__speech_word(z, "to", 2);
  bc__speech_token(z, dash + 1, (size_t)(s + n - dash - 1));
  return 1;
}

/* An amount read across two tokens, "€3.4 million" → "three point four
 * million euros": the currency is said after the scale word, as people say
 * it.  Sets *consumed when the next token was read too. */
int bc__speech_pair_money(struct bc__speech_norm *z, const char *s, size_t n,
                          const char *next, size_t nn, int *consumed)
{
  static const char *const scales[] = {"thousand", "million", "billion",
                                       "trillion"};
  if (!next)
    return 0;
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
      if (!bc__speech_number(z, s + 1, n - 1))
        return 0;
      bc__speech_word(z, scales[i], nn);
      c = currency(s[0], 0);
      bc__speech_word(z, c, strlen(c));
      *consumed = 1;
      return 1;
    }
  }
  return 0;
}

/* A unit symbol in mixed case standing alone, "a few GHz" → "a few
 * gigahertz"; after a number, bc__speech_number() reads it. */
int bc__speech_mixed_unit(struct bc__speech_norm *z, const char *s, size_t n)
{
  const char *say = bc__speech_unit_find(s, n);
  int up = 0, lo = 0;
  if (!say)
    return 0;
  for (size_t k = 0; k < n; k++) {
    up |= isupper((unsigned char)s[k]) != 0;
    lo |= islower((unsigned char)s[k]) != 0;
  }
  if (!up || !lo)
    return 0;
  bc__speech_word(z, say, strlen(say));
  return 1;
}

/* A simple fraction, "1/2" → "one half", "2/3" → "two thirds", "3/4" →
 * "three quarters". */
int bc__speech_fraction(struct bc__speech_norm *z, const char *s, size_t n)
{
  static const char *const denom[] = {"",        "",      "half",  "third",
                                      "quarter", "fifth", "sixth", "seventh",
                                      "eighth",  "ninth", "tenth"};
  unsigned a, b;
  if (n < 3 || n > 4 || s[1] != '/' || !isdigit((unsigned char)s[0]) ||
      !bc__speech_all_digits(s + 2, n - 2))
    return 0;
  a = bc__speech_num_of(s, 1);
  b = bc__speech_num_of(s + 2, n - 2);
  if (a < 1 || b < 2 || b > 10 || a >= b)
    return 0;
  /* With a document date, bc__speech_date() reads "3/4" as March fourth, except
   * before "of": "2/3 of users" is a share, not a day. */
  if (z->ctx && z->ctx->doc_date &&
      !(z->next && z->next_n == 2 &&
        tolower((unsigned char)z->next[0]) == 'o' &&
        tolower((unsigned char)z->next[1]) == 'f'))
    return 0;
  bc__speech_cardinal(z->out, a);
  bc__speech_word(z, denom[b], strlen(denom[b]));
  if (a > 1)
    bc__speech_pluralize(z->out);
  return 1;
}

/* A split written with slashes, "60/30/10" or "80/20", is read as its
 * numbers in a row ("sixty thirty ten"): three or more parts, or two that
 * add up to a hundred.  Reading the parts one by one would take "30/10"
 * for a date. */
int bc__speech_split(struct bc__speech_norm *z, const char *s, size_t n)
{
  unsigned sum = 0;
  size_t parts = 0;
  for (size_t a = 0; a <= n;) {
    size_t b = a;
    while (b < n && s[b] != '/')
      b++;
    if (b - a > 3 || !bc__speech_all_digits(s + a, b - a))
      return 0;
    sum += bc__speech_num_of(s + a, b - a);
    parts++;
    a = b + 1;
  }
  if (parts < 2 || (parts == 2 && sum != 100))
    return 0;
  for (size_t a = 0; a <= n;) {
    size_t b = a;
    while (b < n && s[b] != '/')
      b++;
    bc__speech_cardinal(z->out, bc__speech_num_of(s + a, b - a));
    a = b + 1;
  }
  return 1;
}

/* Digits and dots read part by part, "2.4.1" -> "two point four point
 * one" (versions and IP-like numbers; never a decimal). */
void bc__speech_dotted(struct bc__speech_norm *z, const char *s, size_t n)
{
  for (size_t a = 0; a < n;) {
    size_t b = a;
    while (b < n && s[b] != '.')
      b++;
    bc__speech_cardinal(z->out, bc__speech_num_of(s + a, b - a));
    if (b < n)
      bc__speech_word(z, "point", 5);
    a = b + 1;
  }
}
