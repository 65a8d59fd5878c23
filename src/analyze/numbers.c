/* numbers.c - numbers with what they count: "4.5 years", "290000+
 * employees", "2.3 million", "$20", "€3.5 billion", "40-60%", "5x", "four
 * times", "a dozen", "60/30/10", "3rd".  Tokens a date already claimed are
 * skipped, so years and days never show up here; version strings, times of
 * day and digits glued to words (K8s, COVID-19) are not counts either. */
#include <stdlib.h>
#include <string.h>

#include "analyze/an.h"
#include "util/alloc.h"

struct num {
  double lo, hi;
  int approx, ordinal, range;
  const char *unit; /* static unit, or NULL to copy the noun token */
  size_t unit_tok;  /* token of the noun unit when unit == NULL */
  int has_noun;
  size_t s, e; /* token range */
};

static int adj(const struct an *a, size_t i)
{
  return i < a->ntok && !a->tok[i].sp;
}

static const char *currency(const struct an *a, size_t i)
{
  if (i >= a->ntok || a->tok[i].type != AN_PUNCT)
    return NULL;
  switch (a->tok[i].cp) {
  case '$': return "USD";
  case 0x20AC: return "EUR";
  case 0xA3: return "GBP";
  case 0xA5: return "JPY";
  default: return NULL;
  }
}

static double scale_word(const struct an *a, size_t i)
{
  if (bc__an_tok_is(a, i, "hundred"))
    return 1e2;
  if (bc__an_tok_is(a, i, "thousand"))
    return 1e3;
  if (bc__an_tok_is(a, i, "million") || bc__an_tok_is(a, i, "mln"))
    return 1e6;
  if (bc__an_tok_is(a, i, "billion") || bc__an_tok_is(a, i, "bn"))
    return 1e9;
  if (bc__an_tok_is(a, i, "trillion"))
    return 1e12;
  return 0;
}

/* A suffix glued to the digits: 1.5M, 20k, 5x, 3rd, 12.5%. */
static int glued_scale(const struct an *a, size_t i, double *mul)
{
  const char *p;
  size_t n;
  if (!adj(a, i) || a->tok[i].type != AN_WORD)
    return 0;
  p = a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  if (n == 1 && (p[0] == 'k' || p[0] == 'K'))
    *mul = 1e3;
  else if (n == 1 && p[0] == 'M')
    *mul = 1e6;
  else if ((n == 1 && p[0] == 'B') || (n == 2 && memcmp(p, "bn", 2) == 0))
    *mul = 1e9;
  else if (n == 1 && p[0] == 'T')
    *mul = 1e12;
  else
    return 0;
  return 1;
}

static const char *const ordinals[] = {"first", "third",    "fourth",  "fifth",
                                       "sixth", "seventh",  "eighth",  "ninth",
                                       "tenth", "eleventh", "twelfth", NULL};
static const int ordinal_val[] = {1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

static const char *const approx_cues[] = {
    "about", "around",    "approximately", "roughly", "nearly", "almost",
    "over",  "under",     "some",          "circa",   "approx", "upwards",
    "~",     "estimated", "perhaps",       "maybe",   NULL};

static const char *const time_units[] = {
    "century", "day",    "decade", "hour", "minute", "month",
    "quarter", "second", "week",   "year", NULL};

/* Parse a spelled-out number at i: "two", "twenty-five", "a dozen", "two
 * and a half", "two million".  Returns the token after it, or 0. */
static int denominator(const struct an *a, size_t i)
{
  static const struct {
    const char *w;
    int d;
  } den[] = {{"half", 2},    {"halves", 2},   {"third", 3}, {"thirds", 3},
             {"quarter", 4}, {"quarters", 4}, {"fifth", 5}, {"fifths", 5},
             {"tenth", 10},  {"tenths", 10}};
  size_t k;
  for (k = 0; k < sizeof den / sizeof den[0]; k++)
    if (bc__an_tok_is(a, i, den[k].w))
      return den[k].d;
  return 0;
}

/* One group below a thousand in words at i: "four", "twenty-five", "two
 * hundred eighty-seven", "four hundred and twelve", "eighteen hundred and
 * forty", "a hundred and forty".  Returns the token after it, or 0. */
static size_t word_group(const struct an *a, size_t i, double *v)
{
  int w = bc__an_word_number(a, i);
  size_t j = i + 1;
  double x;
  if ((bc__an_tok_is(a, i, "a") || bc__an_tok_is(a, i, "an")) &&
      bc__an_tok_is(a, i + 1, "hundred"))
    w = 1;
  else if (w < 0)
    return 0;
  x = w;
  if (w >= 20 && w % 10 == 0 && bc__an_is_punct(a, j, '-') && adj(a, j) &&
      adj(a, j + 1)) {
    int u = bc__an_word_number(a, j + 1);
    if (u >= 1 && u <= 9) {
      x += u;
      j += 2;
    }
  }
  if (x >= 1 && x < 100 && bc__an_tok_is(a, j, "hundred")) {
    size_t r = j + 1;
    int t;
    x *= 100;
    j++;
    if (bc__an_tok_is(a, r, "and"))
      r++;
    t = bc__an_word_number(a, r);
    if (t >= 1 && t < 100 && !bc__an_tok_is(a, r, "dozen")) {
      x += t;
      j = r + 1;
      if (t >= 20 && t % 10 == 0 && bc__an_is_punct(a, j, '-') && adj(a, j) &&
          adj(a, j + 1)) {
        int u = bc__an_word_number(a, j + 1);
        if (u >= 1 && u <= 9) {
          x += u;
          j += 2;
        }
      }
    }
  }
  *v = x;
  return j;
}

/* Parse a spelled-out number at i: "two", "twenty-five", "a dozen", "two
 * and a half", "two million", "four hundred and twelve thousand", "one
 * point two billion".  Returns the token after it, or 0. */
static size_t word_value(const struct an *a, size_t i, double *v, int *frac)
{
  int w = bc__an_word_number(a, i);
  size_t j = i + 1, k;
  double x, total = 0, s;
  *frac = 0;
  /* a third, two thirds, a quarter, one half */
  if ((w >= 1 && w <= 10) || bc__an_tok_is(a, i, "a")) {
    int d = denominator(a, i + 1);
    if (d && (w > 0 ? w : 1) < d) {
      *v = (double)(w > 0 ? w : 1) / d;
      *frac = 1;
      return i + 2;
    }
  }
  if ((bc__an_tok_is(a, i, "a") || bc__an_tok_is(a, i, "an")) &&
      !bc__an_tok_is(a, i + 1, "hundred")) {
    if (bc__an_tok_is(a, i + 1, "dozen")) {
      *v = 12;
      return i + 2;
    }
    if (scale_word(a, i + 1) > 0) {
      *v = scale_word(a, i + 1);
      return i + 2;
    }
    return 0;
  }
  if (w < 0 && !bc__an_tok_is(a, i, "a") && !bc__an_tok_is(a, i, "an"))
    return 0;
  /* The tail of "fifty-two" is not a number of its own. */
  if (i >= 2 && bc__an_is_punct(a, i - 1, '-') && adj(a, i - 1) && adj(a, i) &&
      bc__an_word_number(a, i - 2) >= 20)
    return 0;
  /* "one" is mostly a pronoun ("one another", "one thinks"); it counts
   * only as "one hundred", "one and a half", "one point two". */
  if (w == 1 && !scale_word(a, j) && !bc__an_tok_is(a, j, "and") &&
      !bc__an_tok_is(a, j, "point") && !AN_IN(a, j, time_units))
    return 0;
  if (w == 12 && bc__an_tok_is(a, i, "dozen"))
    x = 12;
  else if (!(j = word_group(a, i, &x)))
    return 0;
  for (;;) {
    /* one point two, fourteen point six */
    if (bc__an_tok_is(a, j, "point") && bc__an_word_number(a, j + 1) >= 0 &&
        bc__an_word_number(a, j + 1) <= 9) {
      double d = 0.1;
      j++;
      while (bc__an_word_number(a, j) >= 0 && bc__an_word_number(a, j) <= 9 &&
             !bc__an_tok_is(a, j, "dozen")) {
        x += bc__an_word_number(a, j) * d;
        d /= 10;
        j++;
      }
    }
    /* two and a half */
    if (bc__an_tok_is(a, j, "and") && bc__an_tok_is(a, j + 1, "a") &&
        bc__an_tok_is(a, j + 2, "half")) {
      x += 0.5;
      j += 3;
    }
    s = scale_word(a, j);
    if (s < 1e3 || (total > 0 && x * s >= total))
      break;
    total += x * s;
    x = 0;
    j++;
    /* "... thousand and forty", "... million, three hundred" */
    k = bc__an_tok_is(a, j, "and") ? j + 1 : j;
    {
      double g = 0;
      size_t r = word_group(a, k, &g);
      if (!r || g >= s ||
          (g == 1 && !scale_word(a, r) && !bc__an_tok_is(a, r, "hundred")))
        break;
      if (bc__an_tok_is(a, k, "a") || bc__an_tok_is(a, k, "an"))
        break;
      x = g;
      j = r;
    }
  }
  *v = total + x;
  return j;
}

/* The unit or noun after a number: "years", "employees"; not a function
 * word, not a month, not a capitalized word (a name). */
static int noun_at(const struct an *a, size_t i)
{
  if (i >= a->ntok || a->tok[i].type != AN_WORD || !a->tok[i].sp)
    return 0;
  if (bc__an_is_function_word(a, i) || bc__an_month(a, i) ||
      bc__an_weekday(a, i) || a->tok[i].used || bc__an_word_number(a, i) >= 0)
    return 0; /* nor a number word: "three fifty" */
  if (bc__an_is_cap(a, i) && !bc__an_is_lower(a, i)) {
    /* "GPUs" and "MB" are units; "London" is not. */
    const char *p = a->t + a->tok[i].s;
    size_t n = bc__an_toklen(a, i), k, up = 0;
    for (k = 0; k < n; k++)
      if (p[k] >= 'A' && p[k] <= 'Z')
        up++;
    return up >= 2;
  }
  return 1;
}

/* Parse the number starting at token i into *n; returns the token after
 * it or 0. */
static size_t parse(const struct an *a, size_t i, struct num *n)
{
  size_t j = i, k;
  double mul = 1, m2;
  const char *cur = NULL;
  int word = 0, frac = 0;
  memset(n, 0, sizeof *n);
  n->s = i;
  /* Prefixes: currency, ±, ~, "US$". */
  if (bc__an_is_punct(a, j, 0xB1) || bc__an_is_punct(a, j, '~')) {
    n->approx = 1;
    j++;
  }
  if ((cur = currency(a, j)) != NULL) {
    if (!adj(a, j + 1) || j + 1 >= a->ntok || a->tok[j + 1].type != AN_NUM)
      return 0;
    j++;
  }
  if (j >= a->ntok || a->tok[j].used)
    return 0;
  if (a->tok[j].type == AN_NUM) {
    /* Digits glued to a word (K8s, H1, COVID-19) or part of a version,
     * a time of day or a list marker are not counts. */
    if (j > 0 && !a->tok[j].sp && !cur &&
        (a->tok[j - 1].type != AN_PUNCT ||
         (bc__an_is_punct(a, j - 1, '-') && j > 1 && !a->tok[j - 1].sp &&
          a->tok[j - 2].type == AN_WORD) ||
         bc__an_is_punct(a, j - 1, '.') || bc__an_is_punct(a, j - 1, ':') ||
         bc__an_is_punct(a, j - 1, '/') || bc__an_is_punct(a, j - 1, '#')))
      return 0;
    /* A footnote mark: [1] */
    if (j > 0 && bc__an_is_punct(a, j - 1, '[') &&
        bc__an_is_punct(a, j + 1, ']'))
      return 0;
    if (adj(a, j + 1) && adj(a, j + 2) && a->tok[j + 2].type == AN_NUM &&
        (bc__an_is_punct(a, j + 1, '.') || bc__an_is_punct(a, j + 1, ':')))
      return 0;
    if (a->tok[j].nl && adj(a, j + 1) && j + 2 < a->ntok && a->tok[j + 2].sp &&
        (bc__an_is_punct(a, j + 1, '.') || bc__an_is_punct(a, j + 1, ')')))
      return 0;
    bc__an_num_value(a, j, &n->lo);
    j++;
  } else if ((k = word_value(a, j, &n->lo, &frac)) != 0) {
    word = 1;
    j = k;
    if (frac) {
      n->hi = n->lo;
      n->unit = "";
      n->e = j;
      return j;
    }
  } else if (bc__an_tok_is(a, j, "twice")) {
    n->lo = n->hi = 2;
    n->unit = "x";
    n->e = j + 1;
    return n->e;
  } else if (bc__an_tok_in(a, j, ordinals)) {
    for (k = 0; ordinals[k]; k++)
      if (bc__an_tok_is(a, j, ordinals[k]))
        n->lo = n->hi = ordinal_val[k];
    n->ordinal = 1;
    n->unit = "";
    n->e = j + 1;
    return n->e;
  } else {
    return 0;
  }
  /* A vulgar fraction glued to the digits: 8½ */
  if (!word && adj(a, j) && j < a->ntok && a->tok[j].type == AN_WORD) {
    static const struct {
      const char *utf8;
      double v;
    } vf[] = {{"\xC2\xBD", 0.5},
              {"\xC2\xBC", 0.25},
              {"\xC2\xBE", 0.75},
              {"\xE2\x85\x93", 1.0 / 3},
              {"\xE2\x85\x94", 2.0 / 3}};
    size_t q, len = bc__an_toklen(a, j);
    for (q = 0; q < sizeof vf / sizeof vf[0]; q++)
      if (len == strlen(vf[q].utf8) &&
          memcmp(a->t + a->tok[j].s, vf[q].utf8, len) == 0) {
        n->lo += vf[q].v;
        j++;
        break;
      }
  }
  /* Ordinal suffix: 3rd, 21st. */
  if (!word && adj(a, j) &&
      (bc__an_tok_is(a, j, "st") || bc__an_tok_is(a, j, "nd") ||
       bc__an_tok_is(a, j, "rd") || bc__an_tok_is(a, j, "th"))) {
    n->hi = n->lo;
    n->ordinal = 1;
    n->unit = "";
    n->e = j + 1;
    return n->e;
  }
  /* Ratios and fractions: 60/30/10, 3/4. */
  if (!word && !cur && bc__an_is_punct(a, j, '/') && adj(a, j) &&
      adj(a, j + 1) && j + 1 < a->ntok && a->tok[j + 1].type == AN_NUM &&
      !a->tok[j + 1].used) {
    double b = 0;
    int parts = 1;
    bc__an_num_value(a, j + 1, &b);
    while (bc__an_is_punct(a, j, '/') && adj(a, j) && adj(a, j + 1) &&
           j + 1 < a->ntok && a->tok[j + 1].type == AN_NUM) {
      bc__an_num_value(a, j + 1, &n->hi);
      j += 2;
      parts++;
    }
    if (parts == 2 && n->lo < b && b <= 16 && b > 0) {
      n->lo = n->hi = n->lo / b;
      n->unit = "";
    } else {
      n->unit = "ratio";
    }
    n->e = j;
    return j;
  }
  /* Scale: 1.5M, 20k, 2.3 million, two million. */
  if (!word && glued_scale(a, j, &mul)) {
    j++;
  } else if (cur && adj(a, j) &&
             (bc__an_tok_is(a, j, "m") || bc__an_tok_is(a, j, "mn"))) {
    mul = 1e6; /* €3.4m */
    j++;
  } else if ((m2 = scale_word(a, j)) > 0) {
    mul = m2;
    j++;
  }
  n->lo *= mul;
  n->hi = n->lo;
  /* A range: 40-60, 40–60, 3 to 5, 1.5-2 million. */
  if ((bc__an_is_dash(a, j) || bc__an_tok_is(a, j, "to")) && j + 1 < a->ntok &&
      !a->tok[j + 1].used) {
    size_t r = j + 1;
    double hi = 0, mul2 = 0;
    int ok = 0;
    if (currency(a, r) && adj(a, r + 1))
      r++;
    if (r < a->ntok && a->tok[r].type == AN_NUM && !word &&
        !(adj(a, r + 1) && bc__an_is_punct(a, r + 1, '/'))) {
      bc__an_num_value(a, r, &hi);
      r++;
      ok = 1;
    } else if (word && (r = word_value(a, r, &hi, &frac)) != 0 && !frac) {
      ok = 1;
    }
    if (ok) {
      if (glued_scale(a, r, &mul2) || (mul2 = scale_word(a, r)) > 0) {
        r++;
        if (mul == 1)
          n->lo *= mul2;
      } else {
        mul2 = mul;
      }
      hi *= mul2;
      if (hi > n->lo) {
        n->hi = hi;
        n->range = 1;
        j = r;
      }
    }
  }
  /* Suffixes: +, %, x. */
  if (bc__an_is_punct(a, j, '+') && adj(a, j)) {
    n->approx = 1;
    j++;
  }
  if (cur) {
    n->unit = cur;
  } else if (bc__an_is_punct(a, j, '%') && adj(a, j)) {
    n->unit = "%";
    j++;
  } else if (bc__an_tok_is(a, j, "percent") ||
             (bc__an_tok_is(a, j, "per") && bc__an_tok_is(a, j + 1, "cent"))) {
    n->unit = "%";
    j += bc__an_tok_is(a, j, "per") ? 2 : 1;
  } else if (adj(a, j) && (bc__an_tok_is(a, j, "x"))) {
    n->unit = "x";
    j++;
  } else if (bc__an_tok_is(a, j, "times") || bc__an_tok_is(a, j, "fold")) {
    n->unit = "x";
    j++;
  } else if (adj(a, j) && j < a->ntok && a->tok[j].type == AN_WORD) {
    if (word)
      return 0;
    n->unit_tok = j; /* 100ms, 5km, 24h */
    n->has_noun = 1;
    j++;
  } else if (bc__an_is_punct(a, j, '+') && adj(a, j)) {
    n->approx = 1;
    j++;
  } else if (!word && bc__an_is_punct(a, j, '-') && adj(a, j) &&
             adj(a, j + 1) && j + 1 < a->ntok &&
             a->tok[j + 1].type == AN_WORD && !a->tok[j + 1].used &&
             bc__an_word_number(a, j + 1) < 0) {
    n->unit_tok = j + 1; /* a 31-hour outage */
    n->has_noun = 1;
    j += 2;
  }
  if (!n->unit && !n->has_noun && noun_at(a, j)) {
    /* "4.5 years"; allow one adjective-like word before a plural noun? No:
     * keep exactly the next word, which is what a reader checks. */
    n->unit_tok = j;
    n->has_noun = 1;
    j++;
    /* "three pounds twenty": the pence or cents spoken after the unit. */
    if (n->lo == n->hi && n->lo == (double)(long)n->lo && !n->range &&
        (bc__an_tok_is(a, j - 1, "pounds") ||
         bc__an_tok_is(a, j - 1, "dollars") ||
         bc__an_tok_is(a, j - 1, "euros"))) {
      double c = 0;
      size_t r = word_group(a, j, &c);
      if (r && c >= 1 && c < 100 && !noun_at(a, r)) {
        n->lo = n->hi = n->lo + c / 100;
        j = r;
      }
    }
  }
  if (word && !n->unit && !n->has_noun)
    return 0; /* "one of", "two." are not worth a fact */
  n->e = j;
  return j;
}

/* Currency nouns name the same unit as the symbols: "3 million euros" and
 * "€3 million" are both EUR. */
static const char *currency_word(const struct an *a, size_t i)
{
  if (bc__an_tok_is(a, i, "dollars") || bc__an_tok_is(a, i, "dollar") ||
      bc__an_tok_is(a, i, "usd"))
    return "USD";
  if (bc__an_tok_is(a, i, "euros") || bc__an_tok_is(a, i, "euro") ||
      bc__an_tok_is(a, i, "eur"))
    return "EUR";
  if (bc__an_tok_is(a, i, "pounds") || bc__an_tok_is(a, i, "gbp"))
    return "GBP";
  if (bc__an_tok_is(a, i, "yen") || bc__an_tok_is(a, i, "jpy"))
    return "JPY";
  return NULL;
}

static bc_status emit(struct an *a, const struct num *n)
{
  struct bc_number_fact *f;
  char *unit;
  if (n->has_noun && currency_word(a, n->unit_tok))
    unit = bc_strdup(currency_word(a, n->unit_tok));
  else if (n->has_noun)
    unit =
        bc_strndup(a->t + a->tok[n->unit_tok].s, bc__an_toklen(a, n->unit_tok));
  else
    unit = bc_strdup(n->unit ? n->unit : "");
  if (!unit)
    return BC_ERR_NOMEM;
  f = bc__an_push((void **)&a->f->numbers, &a->f->n_numbers, &a->cap_num,
                  sizeof *f);
  if (!f) {
    free(unit);
    return BC_ERR_NOMEM;
  }
  f->span.start = a->tok[n->s].s;
  f->span.end = a->tok[n->e - 1].e;
  f->value = n->lo;
  f->value_hi = n->range ? n->hi : n->lo;
  f->unit = unit;
  f->approx = n->approx;
  f->ordinal = n->ordinal;
  return BC_OK;
}

bc_status bc__an_numbers(struct an *a)
{
  size_t i = 0;
  while (i < a->ntok) {
    struct num n;
    size_t e;
    if (a->tok[i].used) {
      i++;
      continue;
    }
    e = parse(a, i, &n);
    if (!e) {
      i++;
      continue;
    }
    /* "two years and six months" is one duration: 2.5 years. */
    if (n.has_noun && !n.range &&
        (bc__an_tok_is(a, n.unit_tok, "years") ||
         bc__an_tok_is(a, n.unit_tok, "year")) &&
        bc__an_tok_is(a, e, "and")) {
      struct num m;
      size_t e2 = parse(a, e + 1, &m);
      if (e2 && m.has_noun && !m.range && m.lo < 12 &&
          (bc__an_tok_is(a, m.unit_tok, "months") ||
           bc__an_tok_is(a, m.unit_tok, "month"))) {
        n.lo += m.lo / 12;
        n.hi = n.lo;
        n.e = e = e2;
      }
    }
    /* Cues before: "about 40", "more than 100", "up to 5", "at least". */
    if (i > 0 &&
        (bc__an_tok_in(a, i - 1, approx_cues) ||
         (i > 1 && bc__an_tok_is(a, i - 1, "than") &&
          (bc__an_tok_is(a, i - 2, "more") || bc__an_tok_is(a, i - 2, "less") ||
           bc__an_tok_is(a, i - 2, "fewer"))) ||
         (i > 1 && bc__an_tok_is(a, i - 1, "to") &&
          bc__an_tok_is(a, i - 2, "up")) ||
         (i > 1 && bc__an_tok_is(a, i - 1, "least") &&
          bc__an_tok_is(a, i - 2, "at"))))
      n.approx = 1;
    {
      bc_status rc = emit(a, &n);
      if (rc)
        return rc;
    }
    i = e;
  }
  return BC_OK;
}
