/* check_numbers.c - the number checker: each quantity a claim states must
 * be one the source states of the same thing (the noun it counts, the unit
 * it measures in), in value, sign, bound, scale and a rate's period, or
 * one a writer works out from what the source states (a duration from a
 * range of its dates, a change from its two ends, a total).  A value the
 * source states must also be attached as the source attaches it
 * (check_numbers_frame.c reads that): a change in the same direction
 * ("gained 1.62" is not "fell 1.62"), and of the same subject where the
 * source gives the claim's subject another value ("Hewlett-Packard took 13
 * years" where the 13 years are Dell's); a change's amount, the same as
 * the source's change to the same value ("rose 11 percent to $41.1
 * billion"); an end of a change, not its start ("down from $19.5 billion"
 * is not "dropped to $19.5 billion"); the amount of a comparison, the
 * source's for that comparison ("20% less profitable").  When the source
 * gives the same thing another value a writer could have slipped from, the
 * finding quotes it, and repairs the claim with it when it is the only
 * candidate.
 * Positions ("the third workshop") are checked in check_ordinals.c, ratios
 * ("60/30/10") in check_ratios.c, bare years by the date checker; when two
 * numbers are the same quantity is decided in equivalence.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/analyze.h"
#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/calendar.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

#define NONE ((size_t)-1)
/* Words a count must share with the source's one count of its noun to be
 * held against it whatever the two values: "200 machines running graphics
 * chips" for "a dozen machines running specialized graphics chips". */
#define MOVED_COUNT_WORDS 4

static int is_digit(char c)
{
  return c >= '0' && c <= '9';
}

/* --- numbers as written ----------------------------------------------- */

static int is_years(const struct bc_number_fact *f)
{
  char cb[16];
  double k;
  return !f->count &&
         bc__validate_unit(f->unit, &k, cb, sizeof cb) == BC__UNIT_TIME &&
         k > 365 && k < 366;
}

static int is_months(const struct bc_number_fact *f)
{
  char cb[16];
  double k;
  return !f->count &&
         bc__validate_unit(f->unit, &k, cb, sizeof cb) == BC__UNIT_TIME &&
         k > 30 && k < 31;
}

/* Copy numbers, joining "two years and six months" into 2.5 years (unit
 * pointers are borrowed).  NULL on out-of-memory when n > 0. */
static struct bc_number_fact *merge_durations(const char *t,
                                              const struct bc_number_fact *in,
                                              size_t n, size_t *out_n)
{
  struct bc_number_fact *o;
  size_t i, k = 0;
  *out_n = 0;
  if (n == 0)
    return NULL;
  o = bc__calloc(n, sizeof *o);
  if (!o)
    return NULL;
  for (i = 0; i < n; i++) {
    o[k] = in[i];
    if (i + 1 < n && is_years(&in[i]) && is_months(&in[i + 1]) &&
        in[i].value == in[i].value_hi &&
        in[i + 1].value == in[i + 1].value_hi &&
        in[i + 1].span.start >= in[i].span.end) {
      const char *gap = t + in[i].span.end;
      size_t gl = in[i + 1].span.start - in[i].span.end;
      if ((gl == 5 && memcmp(gap, " and ", 5) == 0) ||
          (gl == 2 && memcmp(gap, ", ", 2) == 0) ||
          (gl == 1 && gap[0] == ' ')) {
        o[k].value = in[i].value + in[i + 1].value / 12.0;
        o[k].value_hi = o[k].value;
        o[k].span.end = in[i + 1].span.end;
        if (o[k].whole.end < in[i + 1].whole.end)
          o[k].whole.end = in[i + 1].whole.end;
        i++;
      }
    }
    k++;
  }
  *out_n = k;
  return o;
}

/* The fact's text as a reader quotes it: its whole span when the analyzer
 * gave one that holds the span, else the span. */
static struct bc_span whole_of(const struct bc_number_fact *f)
{
  if (f->whole.end > f->whole.start && f->whole.start <= f->span.start &&
      f->whole.end >= f->span.end)
    return f->whole;
  return f->span;
}

int bc__check_overlaps_date(const struct bc_facts *f, struct bc_span s)
{
  size_t i;
  for (i = 0; i < f->n_dates; i++)
    if (s.start < f->dates[i].span.end && f->dates[i].span.start < s.end)
      return 1;
  return 0;
}

static int word_at(const char *t, size_t len, size_t i, const char *w)
{
  size_t n = strlen(w);
  return i + n <= len && strncasecmp(t + i, w, n) == 0 &&
         (i + n == len || !bc__check_is_alnum((unsigned char)t[i + n]));
}

/* Is the number whose digits start at t[i] negative as written: "−4",
 * "-4" where the hyphen joins no words (not "COVID-19", "5-8"), "–4" after
 * a space, "minus 4", "4 below zero", "4 degrees below zero"? */
static int negative_at(const char *t, size_t len, size_t i)
{
  size_t j, k;
  if (i >= 3 && memcmp(t + i - 3, "\xe2\x88\x92", 3) == 0)
    return 1;
  if (i >= 1 && t[i - 1] == '-')
    return i == 1 ||
           !(bc__check_is_alnum((unsigned char)t[i - 2]) ||
             strchr("-.,/&_", t[i - 2]) || (unsigned char)t[i - 2] >= 0x80);
  if (i >= 3 && memcmp(t + i - 3, "\xe2\x80\x93", 3) == 0)
    return i == 3 || ((t[i - 4] == ' ' || t[i - 4] == '(') &&
                      !(i >= 5 && is_digit(t[i - 5])));
  if (i >= 6 && strncasecmp(t + i - 6, "minus ", 6) == 0 &&
      (i == 6 || !bc__check_is_alnum((unsigned char)t[i - 7])))
    return 1;
  /* After the number: "4 below zero", "4 degrees below zero", "4°C below
   * zero". */
  for (j = i;
       j < len && (is_digit(t[j]) || ((t[j] == '.' || t[j] == ',') &&
                                      j + 1 < len && is_digit(t[j + 1])));
       j++)
    ;
  for (k = 0; k < 2 && j < len; k++) {
    while (j < len && t[j] == ' ')
      j++;
    if (word_at(t, len, j, "below")) {
      j += 5;
      while (j < len && t[j] == ' ')
        j++;
      return word_at(t, len, j, "zero");
    }
    /* One word of a unit between: "degrees", "°C". */
    {
      size_t w = j;
      while (j < len && t[j] != ' ' && j - w < 12)
        j++;
      if (j == w || (j < len && t[j] != ' '))
        return 0;
    }
  }
  return 0;
}

/* The scale written after digits that end at t[i] ("6.5 billion", "£18bn",
 * "20k", "$3.4m"); cur: the digits follow a currency symbol, after which
 * "m" and "mn" are millions.  1 when there is none. */
static double scale_after(const char *t, size_t len, size_t i, int cur)
{
  static const struct {
    const char *w;
    double k;
    int glued, spaced, cur_only;
  } scales[] = {{"k", 1e3, 1, 0, 0},        {"K", 1e3, 1, 0, 0},
                {"M", 1e6, 1, 0, 0},        {"B", 1e9, 1, 0, 0},
                {"T", 1e12, 1, 0, 0},       {"bn", 1e9, 1, 1, 0},
                {"m", 1e6, 1, 1, 1},        {"mn", 1e6, 1, 1, 1},
                {"thousand", 1e3, 1, 1, 0}, {"million", 1e6, 1, 1, 0},
                {"billion", 1e9, 1, 1, 0},  {"trillion", 1e12, 1, 1, 0}};
  size_t j = i, k, n;
  int spaced = 0;
  while (j < len && t[j] == ' ')
    j++;
  spaced = j > i;
  for (n = 0; j + n < len && bc__check_is_alnum((unsigned char)t[j + n]); n++)
    ;
  if (n == 0)
    return 1;
  for (k = 0; k < sizeof scales / sizeof scales[0]; k++) {
    if (strlen(scales[k].w) != n || memcmp(t + j, scales[k].w, n) != 0 ||
        (spaced ? !scales[k].spaced : !scales[k].glued) ||
        (scales[k].cur_only && !cur))
      continue;
    return scales[k].k;
  }
  return 1;
}

/* Is the byte before t[i] (digits) the end of a currency symbol, with a
 * space between or not ("$ 10m")? */
static int currency_before(const char *t, size_t i)
{
  if (i >= 2 && t[i - 1] == ' ')
    i--;
  return (i >= 1 && t[i - 1] == '$') ||
         (i >= 2 && (unsigned char)t[i - 2] == 0xC2 &&
          (unsigned char)t[i - 1] == 0xA3) ||
         (i >= 3 && (unsigned char)t[i - 3] == 0xE2 &&
          (unsigned char)t[i - 2] == 0x82 && (unsigned char)t[i - 1] == 0xAC);
}

/* Numeric tokens of t as " 120000 4.5 -4 6.5=6500000000 @2025 ": group
 * commas dropped, decimal points kept, a minus sign as written
 * (negative_at) kept, a scale written after the digits worked out after
 * "=" ("6.5 billion", so that it never stands for "$6.5 million"), and the
 * digits inside the spans of dates (may be NULL) marked with "@": a date never
 * supports a count or a measure ("2,025 people" is not in "30 May 2025"),
 * though it may a bare number the analyzer did not read as a date in the claim
 * ("married march 21"). With at, *at gets the offset in t of each token (caller
 * frees; NULL on out-of-memory, with the tokens NULL too). */
static char *numeric_tokens(const char *t, size_t len,
                            const struct bc__span_index *dates, size_t **at,
                            size_t *n_out)
{
  struct bc_buf b = BC_BUF_INIT((size_t)-1);
  size_t i = 0, n_at = 0, cap = 0;
  size_t *pos = NULL;
  char *out;
  int oom = 0;
  bc_buf_addc(&b, ' ');
  while (i < len) {
    char tok[48];
    size_t tn = 0, st = i;
    double k;
    if (!is_digit(t[i]) ||
        (i > 0 &&
         (bc__check_is_alnum((unsigned char)t[i - 1]) || t[i - 1] == '.'))) {
      i++;
      continue;
    }
    if (dates && bc__span_index_overlaps(dates, i, i + 1)) /* in a date */
      bc_buf_addc(&b, '@');
    else if (negative_at(t, len, i))
      bc_buf_addc(&b, '-');
    for (; i < len; i++) {
      char ch = t[i];
      if (is_digit(ch)) {
        if (tn + 1 < sizeof tok)
          tok[tn++] = ch;
      } else if ((ch == ',' || ch == '.') && i + 1 < len &&
                 is_digit(t[i + 1])) {
        if (ch == '.' && tn + 1 < sizeof tok)
          tok[tn++] = '.';
      } else
        break;
    }
    tok[tn] = '\0';
    bc_buf_add(&b, tok, tn);
    k = scale_after(t, len, i, currency_before(t, st));
    if (k > 1 && tn < 20) {
      /* "6.5=6500000000": the digits as written, then the value. */
      double x = strtod(tok, NULL) * k;
      char sc[48];
      if (x < 1e18 && x == floor(x))
        snprintf(sc, sizeof sc, "=%.0f", x);
      else
        snprintf(sc, sizeof sc, "=%.6f", x);
      bc_buf_add(&b, sc, strlen(sc));
    }
    bc_buf_addc(&b, ' ');
    if (at) {
      if (n_at == cap) {
        size_t nc = cap ? 2 * cap : 64;
        size_t *np = realloc(pos, nc * sizeof *np);
        if (!np) {
          oom = 1;
          break;
        }
        pos = np;
        cap = nc;
      }
      pos[n_at++] = st;
    }
  }
  out = bc_buf_take(&b, NULL);
  if (at) {
    if (oom || !out) {
      free(out);
      free(pos);
      return NULL;
    }
    *at = pos;
    *n_out = n_at;
  }
  return out;
}

/* Does the claim's token c[0..cn) match the source's s[0..sn)?  Tokens
 * are "digits" or "digits=value" with a scale (numeric_tokens).  A scaled
 * claim needs the same value ("$6.5 million" is not "$6.5 billion", but
 * is "6,500,000"); digits without a scale match the source's digits
 * whatever their scale ("63.4 m" may be the "63.4million" of the source). */
static int same_token(const char *c, size_t cn, const char *s, size_t sn)
{
  const char *ce = memchr(c, '=', cn), *sv = memchr(s, '=', sn);
  if (ce) {
    const char *cv = ce + 1;
    size_t cvn = cn - (size_t)(cv - c);
    if (sv)
      return sn - (size_t)(sv + 1 - s) == cvn && memcmp(sv + 1, cv, cvn) == 0;
    return sn == cvn && memcmp(s, cv, cvn) == 0;
  }
  if (sv)
    sn = (size_t)(sv - s);
  return sn == cn && memcmp(s, c, cn) == 0;
}

/* Where a number starting at t[at] starts with a currency symbol written
 * a space before it, which the analyzer left out ("$ 10m" as tokenized
 * news text writes it), so that its scale is read as money's. */
static size_t with_currency(const char *t, size_t at)
{
  size_t i = at;
  if (i >= 2 && t[i - 1] == ' ')
    i--;
  if (i >= 1 && t[i - 1] == '$')
    return i - 1;
  if (i >= 2 && (unsigned char)t[i - 2] == 0xC2 &&
      (unsigned char)t[i - 1] == 0xA3)
    return i - 2;
  if (i >= 3 && (unsigned char)t[i - 3] == 0xE2 &&
      (unsigned char)t[i - 2] == 0x82 && (unsigned char)t[i - 1] == 0xAC)
    return i - 3;
  return at;
}

/* The source number whose span holds t[at], or NONE. */
static size_t source_number_at(const struct bc__vstate *v, size_t at)
{
  size_t i;
  for (i = 0; i < v->n_nums; i++) {
    size_t s = v->nums[i].whole.end > v->nums[i].whole.start &&
                       v->nums[i].whole.start <= v->nums[i].span.start
                   ? v->nums[i].whole.start
                   : v->nums[i].span.start;
    if (s <= at && at < v->nums[i].span.end)
      return i;
  }
  return NONE;
}

/* May the source's digits at t[at] stand for the claim's number of unit
 * cu?  Not when both are read as quantities of different kinds of unit:
 * "17" of "17 countries" is not "about 17 percent", "16,000" a month not
 * "$16,000 a year".  A count or an age in the claim may be anything the
 * source writes: those are the readings the analyzer is least sure of. */
static int occurrence_fits(const struct bc__vstate *v, size_t at,
                           const struct bc__unit *cu)
{
  size_t i;
  const struct bc__unit *su;
  if (!cu || cu->cls == BC__UNIT_NONE || cu->cls == BC__UNIT_AGE ||
      (i = source_number_at(v, at)) == NONE)
    return 1;
  su = &v->num_unit[i];
  /* A count is not a sum, a share or a measure in units: "200 machines"
   * is not the source's "200 terawatt hours". */
  if (cu->cls == BC__UNIT_NOUN)
    return su->cls != BC__UNIT_MEASURE && su->cls != BC__UNIT_MONEY &&
           su->cls != BC__UNIT_PERCENT;
  if (su->cls == BC__UNIT_NONE)
    return 1;
  if (cu->per > 0 && su->per > 0 && fabs(cu->per - su->per) > 1e-6 * cu->per)
    return 0;
  /* "42 hours" is not the "42 minutes" of the source. */
  if (cu->cls == su->cls && cu->scale > 0 && su->scale > 0 &&
      fabs(cu->scale - su->scale) > 1e-9 * cu->scale)
    return 0;
  return bc__validate_units_match(cu, su);
}

/* Every number written in the claim ("150 to 900": both) appears among the
 * source's numeric tokens with its sign and scale, where the analyzer did
 * not read it as a quantity of another kind than cu (NULL: any); in a
 * date of the source only with dates_ok. */
static int digits_in_source(struct bc__vstate *v, const char *s, size_t n,
                            int dates_ok, const struct bc__unit *cu)
{
  char *q = numeric_tokens(s, n, NULL, NULL, NULL), *p, *e;
  int all = 1, any = 0;
  if (!q) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  for (p = q + 1; *p && all; p = e + 1) {
    const char *src = v->numtok + 1, *se;
    size_t tl, k = 0;
    int found = 0;
    e = strchr(p, ' ');
    if (!e)
      break;
    if (e == p)
      continue;
    tl = (size_t)(e - p);
    any = 1;
    /* The source's tokens in order, k-th at v->numtok_at[k]. */
    for (; *src && !found; src = se + 1, k++) {
      const char *tok = src;
      se = strchr(src, ' ');
      if (!se)
        break;
      if (*tok == '@') {
        if (!dates_ok)
          continue;
        tok++;
      }
      if (!same_token(p, tl, tok, (size_t)(se - tok)))
        continue;
      if (!v->numtok_at || k >= v->n_numtok || memchr(p, '=', tl) ||
          occurrence_fits(v, v->numtok_at[k], cu))
        found = 1;
    }
    if (!found)
      all = 0;
  }
  free(q);
  return any && all;
}

/* Is the number at span s of t an age: "a 94-year-old", "30 years old",
 * "an 11-week-old baby", "aged 62", "at the age of 10", "age 10"?  An age is
 * compared with ages and bare numbers ("Lewis, 91,"), never with a duration. */
static int age_at(const char *t, size_t len, struct bc_span s)
{
  size_t e = s.end, b = s.start;
  if (e + 4 <= len && (t[e] == '-' || t[e] == ' ') &&
      strncasecmp(t + e + 1, "old", 3) == 0 &&
      (e + 4 == len || !bc__check_is_alnum((unsigned char)t[e + 4]) ||
       t[e + 4] == 's'))
    return 1;
  while (b > 0 && t[b - 1] == ' ')
    b--;
  return (b >= 4 && strncasecmp(t + b - 4, "aged", 4) == 0) ||
         (b >= 6 && strncasecmp(t + b - 6, "age of", 6) == 0) ||
         (b >= 3 && strncasecmp(t + b - 3, "age", 3) == 0 &&
          (b == 3 || !bc__check_is_alnum((unsigned char)t[b - 4])));
}

/* "Charles Lewis, 91, from Calmore": a bare number set off by commas
 * right after a name is the news writer's age. */
static int age_apposition(const char *t, size_t len, struct bc_span s)
{
  size_t b = s.start, w;
  if (b < 4 || s.end + 1 >= len || t[s.end] != ',' || t[b - 1] != ' ' ||
      t[b - 2] != ',')
    return 0;
  w = b - 2;
  while (w > 0 && bc__check_is_alnum((unsigned char)t[w - 1]))
    w--;
  return w < b - 2 && t[w] >= 'A' && t[w] <= 'Z';
}

/* The stem hash of the content word nearest the fact at s on one side
 * (left: before it), within its sentence; 0 when there is none.  w: t's
 * word table, or an empty one. */
static uint32_t next_word(const struct bc__wordtab *w, const char *t,
                          size_t len, struct bc_span s, int left)
{
  size_t pos, st, n, a = s.start;
  uint32_t h = 0;
  if (!left) {
    pos = s.end;
    while ((n = bc__validate_next_word(t, len, &pos, &st)) > 0) {
      size_t g;
      for (g = s.end; g < st; g++)
        if (bc__validate_sentence_end(t, g, len))
          return 0;
      if (!bc__lex_is_skippable(t + st, n) && !is_digit(t[st]))
        return bc__validate_stem_hash(t + st, n);
    }
    return 0;
  }
  if (w->ends && w->t == t && w->len == len && s.start <= len)
    return bc__wordtab_last_word(w, s.start, 200);
  while (a > 0 && s.start - a < 200 &&
         !bc__validate_sentence_end(t, a - 1, len))
    a--;
  pos = a;
  while ((n = bc__validate_next_word(t, s.start, &pos, &st)) > 0)
    if (!bc__lex_is_skippable(t + st, n) && !is_digit(t[st]))
      h = bc__validate_stem_hash(t + st, n);
  return h;
}

/* Does the sentence around s speak of percentages ("%", "percent")?
 * Then "3 points" in it are percentage points: "rose 3 points to 61%". */
static int percent_sentence(const char *t, size_t len, struct bc_span s)
{
  size_t a = s.start, e = s.end, i;
  while (a > 0 && s.start - a < 300 &&
         !bc__validate_sentence_end(t, a - 1, len))
    a--;
  while (e < len && e - s.end < 300 && !bc__validate_sentence_end(t, e, len))
    e++;
  for (i = a; i < e; i++)
    if (t[i] == '%' || (i + 7 <= e && strncasecmp(t + i, "percent", 7) == 0) ||
        (i + 8 <= e && strncasecmp(t + i, "per cent", 8) == 0))
      return 1;
  return 0;
}

/* A count the analyzer read as a density of a period: "14 million
 * passengers per year" (unit "passengers per year") is a count of
 * passengers, a year at a time. */
static void count_per_period(const struct bc_number_fact *f, struct bc__unit *u)
{
  const char *per;
  char head[48];
  size_t hn, e;
  double days, k;
  if (f->count || u->cls != BC__UNIT_MEASURE || !f->unit ||
      !(per = strstr(f->unit, " per ")))
    return;
  days = bc__check_rate_after(f->unit, strlen(f->unit), (size_t)(per - f->unit),
                              &e);
  hn = (size_t)(per - f->unit);
  if (days <= 0 || e != strlen(f->unit) || hn == 0 || hn >= sizeof head)
    return;
  memcpy(head, f->unit, hn);
  head[hn] = '\0';
  if (bc__validate_unit(head, &k, u->canon, sizeof u->canon) != BC__UNIT_NOUN) {
    bc__validate_number_info(f, u);
    return;
  }
  u->cls = BC__UNIT_NOUN;
  u->scale = 1.0;
  snprintf(u->noun, sizeof u->noun, "%s", u->canon);
  u->per = days;
}

/* The dollars of a country other than the United States, written with
 * the country's letters before the sign ("HK$88bn", "A$5m") or its name
 * before the word ("88 billion Hong Kong dollars"): their own currency,
 * never US dollars, whatever the analyzer read. */
static void local_dollar(const char *t, size_t len,
                         const struct bc_number_fact *f, struct bc__unit *u)
{
  static const struct {
    const char *sign, *name, *code;
  } cur[] = {{"HK", "hong kong", "hkd"},  {"A", "australian", "aud"},
             {"AU", "australian", "aud"}, {"C", "canadian", "cad"},
             {"CA", "canadian", "cad"},   {"NZ", "new zealand", "nzd"},
             {"S", "singapore", "sgd"},   {"NT", "taiwan", "twd"}};
  size_t k, a = f->span.start, e = f->span.end, n;
  if (e > len || a >= e)
    return;
  for (k = 0; k < sizeof cur / sizeof cur[0]; k++) {
    n = strlen(cur[k].sign);
    if (!(a + n < e && strncmp(t + a, cur[k].sign, n) == 0 && t[a + n] == '$' &&
          (a == 0 || !bc__check_is_alnum((unsigned char)t[a - 1])))) {
      size_t i, m = strlen(cur[k].name);
      int found = 0;
      for (i = a; i + m + 7 < e + 1 && !found; i++)
        found = (i == a || t[i - 1] == ' ') &&
                strncasecmp(t + i, cur[k].name, m) == 0 &&
                strncasecmp(t + i + m, " dollar", 7) == 0;
      if (!found)
        continue;
    }
    u->cls = BC__UNIT_MONEY;
    u->scale = 1.0;
    u->noun[0] = '\0';
    snprintf(u->canon, sizeof u->canon, "%s", cur[k].code);
    return;
  }
}

/* The unit of a number in text t, ages and percentage points told apart,
 * with its neighbours and the period of a rate. */
static void unit_of(const struct bc__wordtab *w, const char *t, size_t len,
                    const struct bc_number_fact *f, struct bc__unit *u)
{
  size_t pe = 0;
  bc__validate_number_info(f, u);
  local_dollar(t, len, f, u);
  count_per_period(f, u);
  bc__check_kind_noun(t, len, f, u);
  if (u->per == 0 && f->span.end <= len) {
    u->per = bc__check_rate_after(t, len, f->span.end, &pe);
    if (u->per == 0)
      u->per = bc__check_rate_before(
          t, f->whole.end > f->whole.start ? f->whole.start : f->span.start);
    u->per_end = pe;
  }
  if (u->cls == BC__UNIT_NOUN && strcmp(u->canon, "point") == 0 &&
      percent_sentence(t, len, f->span)) {
    u->cls = BC__UNIT_PERCENT;
    memcpy(u->canon, "%", 2);
  }
  u->left = next_word(w, t, len,
                      f->whole.end > f->whole.start ? f->whole : f->span, 1);
  u->right = next_word(w, t, len, f->span, 0);
  if ((u->cls == BC__UNIT_NONE || u->cls == BC__UNIT_TIME) &&
      (age_at(t, len, f->span) ||
       (u->cls == BC__UNIT_NONE && f->value == f->value_hi && f->value > 0 &&
        f->value < 120 && age_apposition(t, len, f->span)))) {
    u->cls = BC__UNIT_AGE;
    u->scale = 1.0;
    memcpy(u->canon, "age", 4);
  }
}

/* --- how a claim's number relates to a source number --------------------- */

/* Do the two count or measure the same thing, so that another value is a
 * contradiction?  Counts of the same noun, measures in units of the same
 * kind whose nouns do not differ ("a three-year contract" is not "a
 * nine-year stay"), ages.  A bare number is nobody's counterpart here. */
static int same_thing(const struct bc__unit *cu, const struct bc__unit *su)
{
  if (cu->cls == BC__UNIT_NONE || su->cls != cu->cls)
    return 0;
  if (cu->cls == BC__UNIT_NOUN)
    return strcmp(cu->canon, su->canon) == 0;
  if (!bc__validate_units_match(cu, su))
    return 0;
  return !(cu->noun[0] && su->noun[0] && strcmp(cu->noun, su->noun) != 0);
}

/* The length of the word w[0..n) without a possessive ending: "GiveWell's"
 * and "GiveWell’s" are "GiveWell". */
static size_t unpossessed_len(const char *w, size_t n)
{
  if (n > 2 && w[n - 2] == '\'' && (w[n - 1] | 32) == 's')
    return n - 2;
  if (n > 4 && memcmp(w + n - 4, "\xe2\x80\x99", 3) == 0 &&
      (w[n - 1] | 32) == 's')
    return n - 4;
  return n;
}

/* The words a count sets between its number and its noun, as in "five
 * dining venues": up to four, none a function word, a scale ("million")
 * or an owner ("three of GiveWell's top charities" sets "top"), their
 * starts and lengths in ws[]/wn[]; returns how many. */
#define MODIFIERS 4
static size_t modifiers(const char *t, struct bc_span sp, size_t *ws,
                        size_t *wn)
{
  static const char *const scales[] = {"billion", "dozen",    "hundred",
                                       "million", "thousand", "trillion"};
  size_t pos = sp.start, st, w, n = 0, first = 1;
  size_t last_s = 0, last_n = 0, have_last = 0;
  while ((w = bc__validate_next_word(t, sp.end, &pos, &st)) > 0) {
    if (first) {
      first = 0; /* the number itself */
      continue;
    }
    if (have_last && n < MODIFIERS &&
        !bc__lex_is_function_word(t + last_s, last_n)) {
      int scale = BC__LEX_IN(scales, t + last_s, last_n);
      if (!scale && !bc__check_has_digit(t + last_s, last_n) &&
          unpossessed_len(t + last_s, last_n) == last_n) {
        ws[n] = last_s;
        wn[n++] = last_n;
      }
    }
    last_s = st;
    last_n = w;
    have_last = 1;
  }
  return n; /* the last word read is the noun */
}

/* Do two counts of one noun set the same words before it ("five dining
 * venues", "four dining venues")?  Those words tie them as closely as the
 * words around them: how many. */
static size_t same_modifiers(const char *ct, struct bc_span cs, const char *st,
                             struct bc_span ss)
{
  size_t cw[MODIFIERS], cn[MODIFIERS], sw[MODIFIERS], sn[MODIFIERS], k;
  size_t n = modifiers(ct, cs, cw, cn);
  if (!n || modifiers(st, ss, sw, sn) != n)
    return 0;
  for (k = 0; k < n; k++)
    if (!bc__validate_words_match(ct + cw[k], cn[k], st + sw[k], sn[k]))
      return 0;
  return n;
}

/* Is the word w (of n bytes) one of the words that run from the number f
 * up to its noun in t: "electricity" in "7% of the UK's total electricity
 * requirement"?  Only within the few words of one phrase. */
static int word_before_noun(const char *t, size_t len,
                            const struct bc_number_fact *f, const char *w)
{
  size_t i = f->span.end, lim, n = strlen(f->noun ? f->noun : "");
  size_t wn = strlen(w);
  if (!n || !wn || i >= len)
    return 0;
  lim = len - i < 80 ? len : i + 80;
  for (; i + wn < lim; i++) {
    if (bc__check_is_alnum((unsigned char)t[i]) ||
        !bc__check_is_alnum((unsigned char)t[i + 1]))
      continue;
    if (word_at(t, len, i + 1, f->noun))
      return 0; /* the noun reached first */
    if (word_at(t, len, i + 1, w))
      return 1;
  }
  return 0;
}

/* Two percentages of one thing whose nouns differ only as the head of a
 * compound a writer dropped: "17 percent of the UK's total electricity"
 * and "7% of the UK's total electricity requirement". */
static int same_share(const struct bc__vstate *v, const struct bc__claim *c,
                      const struct bc_number_fact *nf,
                      const struct bc__unit *cu, size_t i)
{
  const struct bc_number_fact *s = &v->nums[i];
  const struct bc__unit *su = &v->num_unit[i];
  if (cu->cls != BC__UNIT_PERCENT || su->cls != BC__UNIT_PERCENT ||
      !bc__validate_units_match(cu, su) || !nf->noun || !*nf->noun ||
      !s->noun || !*s->noun || !v->doc->text)
    return 0;
  return word_before_noun(v->doc->text, v->doc->text_len, s, nf->noun) ||
         word_before_noun(c->text, c->len, nf, s->noun);
}

/* Does an equal source number support the claim only weakly, so that the
 * same thing stated with another value in words nearer the claim's
 * outweighs it?  A bare source number for a measure ("five seconds and not
 * three"), a count of another noun (a writer's "people" for "engineers").
 * The same measure of another noun is not weak: "a 14-day tour" for "a
 * 14-day trip". */
static int weak_support(const struct bc__unit *cu, const struct bc__unit *su)
{
  if (cu->cls == BC__UNIT_NONE || cu->cls == BC__UNIT_AGE)
    return 0;
  if (su->cls == BC__UNIT_NONE)
    return cu->cls != BC__UNIT_NOUN;
  return cu->cls == BC__UNIT_NOUN && su->cls == BC__UNIT_NOUN &&
         strcmp(cu->canon, su->canon) != 0;
}

/* Words of context a contradiction needs.  A count's noun says what it
 * counts, and a sum of money is rarely said of two things; a unit that
 * only one number of the source measures in nearly says what it measures.
 * Durations, multipliers and percentages are said of many things: two
 * shared words; ages, of the many people a story names: three. */
static size_t need_words(const struct bc__unit *cu, size_t n_same)
{
  switch (cu->cls) {
  case BC__UNIT_NOUN:
  case BC__UNIT_MONEY: return 1;
  case BC__UNIT_MEASURE:
  case BC__UNIT_PERCENT: return n_same == 1 ? 1 : 2;
  case BC__UNIT_AGE: return 3;
  default: return 2;
  }
}

/* Could a writer have meant the source's value s and written the claim's
 * c?  Slips keep the order of magnitude ("$83M" for "$38 million", "4 °C"
 * for "−4 °C"), the value in another unit ("48 minutes" for "48 hours")
 * or the digits with a zero more or less ("400 times" for "40 times"),
 * or more zeros when there are two digits ("780,000" for "7,800");
 * "3,000 people" is not a slip for "three people", nor "0.042 secs" for
 * "18 minutes". */
static int plausible_slip(const struct bc_number_fact *c,
                          const struct bc__unit *cu,
                          const struct bc_number_fact *s,
                          const struct bc__unit *su)
{
  double a = fabs(c->value * cu->scale), b = fabs(s->value * su->scale), r;
  if (a == 0 || b == 0 || bc__analyze_number_equal(c->value, s->value))
    return 1;
  if (a / b < 10 && b / a < 10)
    return 1;
  r = log10(a > b ? a / b : b / a);
  return fabs(r - round(r)) < 1e-9 &&
         (round(r) == 1 || bc__validate_sig_digits(c->value) >= 2);
}

/* Every word of the claim's context (two or more) is in the source's: the
 * same statement, with another value. */
static int same_words(const struct bc__context *claim,
                      const struct bc__context *src)
{
  size_t i, j, distinct = 0;
  for (i = 0; i < claim->n; i++) {
    for (j = 0; j < i && claim->h[j] != claim->h[i]; j++)
      ;
    distinct += j == i;
  }
  return distinct >= 2 && bc__validate_overlap(claim, src) == distinct;
}

/* Are a and b the same digits with two swapped ("321" for "312", "1,412"
 * for "1,214", "31" for "13") or, from three digits on, one changed
 * ("4,800" for "4,300")?  Whole numbers only. */
static int digit_slip(double a, double b)
{
  char da[24], db[24];
  size_t n, i, diff = 0, first = 0, second = 0;
  if (a < 10 || b < 10 || a >= 1e15 || b >= 1e15 || a != floor(a) ||
      b != floor(b))
    return 0;
  snprintf(da, sizeof da, "%.0f", a);
  snprintf(db, sizeof db, "%.0f", b);
  n = strlen(da);
  if (n != strlen(db))
    return 0;
  for (i = 0; i < n; i++)
    if (da[i] != db[i]) {
      if (diff == 0)
        first = i;
      else if (diff == 1)
        second = i;
      diff++;
    }
  if (diff == 1)
    return n >= 3; /* "19" for "10" is just another number */
  return diff == 2 && da[first] == db[second] && da[second] == db[first];
}

/* Is the source's number at s followed by "of" or by punctuation, so
 * that it counts what the sentence names elsewhere? */
static int stands_alone(const struct bc__vstate *v,
                        const struct bc_number_fact *s)
{
  const char *t = v->doc->text;
  size_t e = s->span.end, len = v->doc->text_len;
  if (!t || e >= len)
    return 1;
  if (strchr(",.;:)!?\n", t[e]))
    return 1;
  while (e < len && t[e] == ' ')
    e++;
  return word_at(t, len, e, "of");
}

/* A bare number of the source read as the counterpart of a claim's
 * number that the source gives nowhere: it shares two context words and
 * is of the same order of magnitude (so "3 engineers" is not held against
 * "40 servers"), for a count the same digits slipped: "scanned 780,000
 * pages" for "scanned 870,000 of them".
 * The one sharing most words wins, then the nearest value. */
static int loose_ok(const struct bc_number_fact *claim,
                    const struct bc__unit *cu, const struct bc_number_fact *s,
                    const struct bc__unit *su, int alone, size_t ov,
                    const struct bc_number_fact *cur, size_t cur_ov)
{
  double a = claim->value, b = s->value;
  /* Only a bare source number: "a 10-minute film" is not "six people", and
   * a noun names what a number counts better than shared words do.  Small
   * numbers (scores, ranks) are left alone, and a measure is never a bare
   * number's. */
  if (su->cls != BC__UNIT_NONE || a < 10 ||
      (cu->cls != BC__UNIT_NONE && cu->cls != BC__UNIT_NOUN))
    return 0;
  /* A year is a date, never a bare number's counterpart ("a coup in
   * 2000" for "800-plus islands"). */
  if (b >= 1000 && b <= 2199 && b == floor(b) && s->value == s->value_hi)
    return 0;
  /* For a count, only a number whose noun was left out ("870,000 of
   * them", "scanned 870,000."), not one the analyzer did not pair with
   * its noun ("17 US states"). */
  if (cu->cls == BC__UNIT_NOUN && (!alone || !digit_slip(a, b)))
    return 0;
  if (ov < 2 || a <= 0 || b <= 0 || a / b >= 10 || b / a >= 10)
    return 0;
  if (!cur || ov > cur_ov)
    return 1;
  return ov == cur_ov && fabs(log(a / b)) < fabs(log(a / cur->value));
}

/* Days from the start of a date point (approximate calendar). */
static double day_of(const struct bc__dval *p, int end)
{
  int m = p->m ? p->m : end ? 12 : 1;
  double d = p->d ? p->d : end ? BC__CAL_DAYS_PER_MONTH : 1;
  if (p->kind == BC_DATE_QUARTER)
    m = end ? p->q * 3 : p->q * 3 - 2;
  return p->y * BC__CAL_DAYS_PER_YEAR + (m - 1) * BC__CAL_DAYS_PER_MONTH + d;
}

/* Does the date range i of the source last about this many days?  A
 * writer works a length out either way: from start to end inclusive
 * (February 2023 to June 2024 is 17 months) or by subtraction (1983-1987
 * is four years).  *len gets the inclusive length; 0 when i is no range. */
static int range_fits(const struct bc__vstate *v, size_t i, double days,
                      double *len)
{
  struct bc__dval lo, hi;
  double incl, diff, tol = days * 0.1 > 31 ? days * 0.1 : 31;
  *len = 0;
  if (v->dates[i].kind != BC_DATE_RANGE ||
      !bc__validate_date_parse(v->dates[i].kind, v->dates[i].iso, &lo, &hi))
    return 0;
  incl = day_of(&hi, 1) - day_of(&lo, 0);
  diff = day_of(&hi, 0) - day_of(&lo, 0);
  if (incl <= 0)
    return 0;
  *len = incl;
  return fabs(incl - days) <= tol || (diff > 0 && fabs(diff - days) <= tol);
}

/* Does a range of the source last about this many days, in words that
 * share at least min_ov of the claim's (ctx)?  A duration the writer
 * worked out from the source's dates is faithful; but not from a range
 * of other matters where the source states the same length of the
 * claim's in words nearer the claim's ("bogged down in Afghanistan for 15
 * years" where it is "18 years and counting", and 2001 to 2016 are other
 * years). */
static int range_lasts(const struct bc__vstate *v, double days,
                       const struct bc__context *ctx, size_t min_ov)
{
  size_t i;
  double len;
  for (i = 0; i < v->n_dates; i++)
    if (range_fits(v, i, days, &len) &&
        (!min_ov || bc__validate_overlap(ctx, &v->date_ctx[i]) >= min_ov))
      return 1;
  return 0;
}

/* The source's date range in words nearest a duration's (one shared word
 * at least) that lasts another length: "took about 27 months" for "ran
 * from 1 February 2023 to 30 June 2024".  NONE when there is none. */
static size_t range_contradicts(const struct bc__vstate *v,
                                const struct bc__context *ctx, double days,
                                double *len_out)
{
  size_t i, best = NONE, best_ov = 0;
  int fits = 0;
  for (i = 0; i < v->n_dates; i++) {
    double len;
    int f = range_fits(v, i, days, &len);
    size_t ov;
    if (len <= 0)
      continue;
    ov = bc__validate_overlap(ctx, &v->date_ctx[i]);
    /* A pair of years is often a season or a term's label ("the 2014-15
     * campaign"): two shared words for it, one for a span of months or
     * days. */
    if (ov <= best_ov || (ov < 2 && !strchr(v->dates[i].iso, '-')))
      continue;
    best = i;
    best_ov = ov;
    fits = f;
    *len_out = len;
  }
  /* A slip keeps the order of magnitude: "three weeks" was never meant
   * for "1994 to 2012". */
  if (fits || best == NONE || *len_out > 10 * days || days > 10 * *len_out)
    return NONE;
  return best;
}

/* Does the change from a to b, as a percentage ("dropped by 78%") or a
 * multiple ("grew 5x"), state the claim's number?  The percentage of
 * either end, since a range keeps no direction ("fell from 34,500 to
 * 31,000" is read 31,000 to 34,500). */
static int change_is(const struct bc_number_fact *nf, const struct bc__unit *cu,
                     double a, double b)
{
  struct bc_number_fact d;
  struct bc__unit du;
  int k;
  memset(&d, 0, sizeof d);
  memset(&du, 0, sizeof du);
  du.scale = 1.0;
  du.cls = cu->cls;
  memcpy(du.canon, cu->cls == BC__UNIT_TIMES ? "x" : "%", 2);
  d.unit = du.canon;
  for (k = 0; k < 2; k++) {
    if (cu->cls == BC__UNIT_TIMES)
      d.value = b > a ? b / a : a / b;
    else
      d.value = fabs(b - a) / (k ? b : a) * 100;
    d.value_hi = d.value;
    if (bc__validate_numbers_equiv_u(nf, cu, &d, &du))
      return 1;
  }
  return 0;
}

/* A change the claim states as a percentage or a multiple ("dropped by
 * more than 75%", "grew 5x") that the source gives as its two ends, "from
 * roughly 1,800 to 400 a month" or "from £31,000 to £34,500", in words
 * the claim shares. */
static int change_stated(const struct bc__vstate *v,
                         const struct bc_number_fact *nf,
                         const struct bc__unit *cu,
                         const struct bc__context *ctx)
{
  const char *t = v->doc->text;
  size_t i, len = v->doc->text_len;
  if ((cu->cls != BC__UNIT_PERCENT && cu->cls != BC__UNIT_TIMES) || !t ||
      nf->value != nf->value_hi)
    return 0;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *a = &v->nums[i], *b = a + 1;
    size_t g, w = whole_of(a).start;
    int to = 0;
    if (a->value <= 0 || v->num_unit[i].cls == BC__UNIT_PERCENT ||
        bc__validate_overlap(ctx, &v->num_ctx[i]) < 1)
      continue;
    if (a->value != a->value_hi) {
      /* One range written "from A to B". */
      while (w > 0 && t[w - 1] == ' ')
        w--;
      if ((word_at(t, len, whole_of(a).start, "from") ||
           (w >= 4 && word_at(t, len, w - 4, "from"))) &&
          change_is(nf, cu, a->value, a->value_hi))
        return 1;
      continue;
    }
    if (i + 1 >= v->n_nums || b->value <= 0 || b->value != b->value_hi ||
        b->span.start < a->span.end || b->span.start - a->span.end > 40 ||
        !bc__validate_units_match(&v->num_unit[i], &v->num_unit[i + 1]))
      continue;
    for (g = a->span.end; g + 4 <= b->span.start; g++) {
      if (bc__validate_sentence_end(t, g, len))
        break;
      if (memcmp(t + g, " to ", 4) == 0)
        to = 1;
    }
    if (to && g + 4 > b->span.start && change_is(nf, cu, a->value, b->value))
      return 1;
  }
  return 0;
}

/* A number the writer worked out from two the source gives of the same
 * thing, each in words the claim shares: their sum ("56 participants in
 * all" for 22 and 34 participants) or difference ("grew by seven
 * engineers" from 9 to 16), or a share given as "31 of the 40 managers"
 * written as a percentage ("about 78%"). */
static int derived_stated(const struct bc__vstate *v, const char *ct,
                          const struct bc_number_fact *nf,
                          const struct bc__unit *cu,
                          const struct bc__context *ctx)
{
  const char *t = v->doc->text;
  size_t i, j, len = v->doc->text_len;
  struct bc_number_fact d = *nf;
  if (!t || nf->value != nf->value_hi || nf->bound)
    return 0;
  d.approx = 0;
  d.bound = 0;
  d.tol = 0;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *a = &v->nums[i];
    const struct bc__unit *ua = &v->num_unit[i];
    int near_a;
    if (a->value != a->value_hi)
      continue;
    near_a = bc__validate_overlap(ctx, &v->num_ctx[i]) >= 1;
    if (cu->cls == BC__UNIT_PERCENT && near_a && i + 1 < v->n_nums) {
      /* "31 of the 40 managers": the share of the next number. */
      const struct bc_number_fact *b = a + 1;
      size_t g;
      int of = 0;
      for (g = a->span.end; g + 4 <= b->span.start && g < a->span.end + 24; g++)
        of |= memcmp(t + g, " of ", 4) == 0;
      if (of && b->value > a->value && b->value == b->value_hi &&
          b->span.start < a->span.end + 24 &&
          bc__check_same_sentence(t, len, a->span.end, b->span.start)) {
        d.value = d.value_hi = a->value / b->value * 100;
        if (bc__validate_numbers_equiv_u(nf, cu, &d, cu))
          return 1;
      }
    }
    /* Sums and differences of counts and sums of money only: of the many
     * percentages and multiples a text gives, two add up to almost any
     * third ("98.4%" from 99.4% and 1%). */
    if (!near_a || !same_thing(cu, ua) ||
        (cu->cls != BC__UNIT_NOUN && cu->cls != BC__UNIT_MONEY))
      continue;
    for (j = i + 1; j < v->n_nums; j++) {
      const struct bc_number_fact *b = &v->nums[j];
      const struct bc__unit *ub = &v->num_unit[j];
      double x, y;
      int k;
      if (b->value != b->value_hi || !same_thing(cu, ub) ||
          bc__validate_overlap(ctx, &v->num_ctx[j]) < 1)
        continue;
      /* Not when the claim's count is of the kind only one of the two
       * counts: "three top charities" is not "two top charities" and "one
       * standout charity". */
      if ((same_modifiers(ct, nf->span, t, a->span) != 0) !=
          (same_modifiers(ct, nf->span, t, b->span) != 0))
        continue;
      x = a->value * ua->scale;
      y = b->value * ub->scale;
      for (k = 0; k < 2; k++) {
        d.value = d.value_hi = (k ? fabs(x - y) : x + y) / cu->scale;
        if (d.value > 0 && bc__validate_numbers_equiv_u(nf, cu, &d, cu))
          return 1;
      }
    }
  }
  return 0;
}

/* "16th", "2nd", "third": an ordinal. */
static int ordinal(const char *t, size_t n)
{
  size_t i;
  for (i = 0; i < n && bc__check_is_alnum((unsigned char)t[i]); i++)
    ;
  if (i >= 2) {
    char a = t[i - 2], b = t[i - 1];
    if ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
        (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
      return 1;
  }
  return 0;
}

/* Does the leading number of the claim's span t[at..at+n) (digits, or a
 * number word) occur in the source, with the same sign and, unless
 * dates_ok, not in a date, where the words around it share at least need
 * words with the claim's context? */
static int token_near(const struct bc__vstate *v, const char *t, size_t tlen,
                      size_t at, size_t n, const struct bc__context *ctx,
                      size_t need, int dates_ok, const struct bc__unit *cu)
{
  const char *src = v->doc->text;
  size_t len = v->doc->text_len, a = at, b, i, k, end = at + n;
  int digits, neg;
  if (!src)
    return 0;
  while (a < end && !bc__check_is_alnum((unsigned char)t[a]))
    a++;
  b = a;
  digits = b < end && is_digit(t[b]);
  if (digits)
    while (b < end && (is_digit(t[b]) || ((t[b] == ',' || t[b] == '.') &&
                                          b + 1 < end && is_digit(t[b + 1]))))
      b++;
  else
    while (b < end && bc__check_is_alnum((unsigned char)t[b]))
      b++;
  if (b - a < 1 || b - a > 40)
    return 0;
  neg = digits && negative_at(t, tlen, a);
  for (i = 0; i + (b - a) <= len; i++) {
    struct bc__context sc;
    struct bc_span sp;
    for (k = 0; k < b - a; k++) {
      char x = src[i + k], y = t[a + k];
      if (x >= 'A' && x <= 'Z')
        x = (char)(x + 32);
      if (y >= 'A' && y <= 'Z')
        y = (char)(y + 32);
      if (x != y)
        break;
    }
    if (k < b - a || (i > 0 && bc__check_is_alnum((unsigned char)src[i - 1])) ||
        (i + k < len && bc__check_is_alnum((unsigned char)src[i + k])))
      continue;
    if (digits &&
        (negative_at(src, len, i) != neg ||
         (!dates_ok && bc__span_index_overlaps(&v->date_spans, i, i + 1)) ||
         !occurrence_fits(v, i, cu)))
      continue;
    /* "1.94 billion" is not the "1.94 million" of the source. */
    if (scale_after(src, len, i + k, currency_before(src, i)) !=
        scale_after(t, tlen, b, currency_before(t, a)))
      continue;
    sp.start = i;
    sp.end = i + k;
    bc__validate_context(src, len, sp, &sc);
    if (bc__validate_overlap(ctx, &sc) >= need)
      return 1;
  }
  return 0;
}

/* Is u a quotient of two units ("km/h", "miles per hour", "mg/L")?  Such
 * a unit measures another kind of thing than one without a quotient: a
 * speed is not a length, so "55 miles per hour" is no slip for "50.8
 * millimeters". */
static int quotient(const struct bc__unit *u)
{
  return strchr(u->canon, '/') != NULL || strstr(u->canon, " per ") != NULL;
}

/* Do the spans a of text ta and b of tb write the same digits ("6.5" of
 * "$6.5 million" and of "$6.5 billion"; not "3,000" and "300")?  0 when
 * either writes none. */
static int same_written_digits(const char *ta, struct bc_span a, const char *tb,
                               struct bc_span b)
{
  char da[32], db[32];
  size_t na = 0, nb = 0, i;
  for (i = a.start; i < a.end && na + 1 < sizeof da; i++)
    if (is_digit(ta[i]) || (ta[i] == '.' && na))
      da[na++] = ta[i];
    else if (na && ta[i] != ',')
      break;
  for (i = b.start; i < b.end && nb + 1 < sizeof db; i++)
    if (is_digit(tb[i]) || (tb[i] == '.' && nb))
      db[nb++] = tb[i];
    else if (nb && tb[i] != ',')
      break;
  return na && na == nb && memcmp(da, db, na) == 0;
}

/* Are a and b (both positive) the same digits at another scale? */
/* Are a and b the same digits a thousand, a million or a billion times
 * apart: a scale word slipped ("50,000" for "50 million")? */
static int thousands_apart(double a, double b)
{
  double r = log10(a > b ? a / b : b / a);
  return fabs(r - round(r)) < 1e-9 && ((long)round(r)) % 3 == 0 && r > 1;
}

static int same_digits(double a, double b)
{
  double q = a > b ? a / b : b / a, p = 10, r;
  /* Most pairs are told apart without a logarithm (every rival of a claim
   * number is asked): the ratio must lie within a ten-millionth of the
   * first power of ten at or above it, far wider than the test below. */
  if (!(q > 3))
    return 0;
  while (p * 1.0000001 < q && p < 1e300)
    p *= 10;
  if (!(fabs(q / p - 1) <= 1e-7))
    return 0;
  r = log10(q);
  return r > 0.5 && fabs(r - round(r)) < 1e-9;
}

/* Is b nearer to a than c is (by ratio)? */
static int closer(double a, double b, double c)
{
  double db, dc, rb, rc;
  if (a <= 0 || b <= 0 || c <= 0)
    return fabs(a - b) < fabs(a - c);
  /* Every rival of a claim number is asked: the ratios away from 1 tell
   * most pairs apart without a logarithm; only ratios this close are left
   * to the logarithms' own rounding. */
  rb = a > b ? a / b : b / a;
  rc = a > c ? a / c : c / a;
  if (rb * (1 + 1e-9) < rc)
    return 1;
  if (rc * (1 + 1e-9) < rb)
    return 0;
  db = fabs(log(a / b));
  dc = fabs(log(a / c));
  return db < dc;
}

/* "from nine to sixteen engineers" where the source gives the two numbers
 * apart ("9 engineers at the start and 16 at the end"). */
static int range_ends_stated(const struct bc__vstate *v,
                             const struct bc_number_fact *nf,
                             const struct bc__unit *cu)
{
  struct bc_number_fact lo = *nf, hi = *nf;
  size_t i;
  int has_lo = 0, has_hi = 0;
  lo.value_hi = lo.value;
  hi.value = hi.value_hi;
  for (i = 0; i < v->n_nums && !(has_lo && has_hi); i++) {
    /* An end found in a number of another unit, or rounded, is not the
     * range's end: "80 to 410 loaves" is not "80 loaves ... gave away
     * 412". */
    int exact = v->nums[i].value == lo.value || v->nums[i].value == hi.value;
    if (!exact && !same_thing(cu, &v->num_unit[i]))
      continue;
    has_lo = has_lo || bc__validate_numbers_equiv_u(&lo, cu, &v->nums[i],
                                                    &v->num_unit[i]);
    has_hi = has_hi || bc__validate_numbers_equiv_u(&hi, cu, &v->nums[i],
                                                    &v->num_unit[i]);
  }
  return has_lo && has_hi;
}

/* What number_in_claim asks, kept for one claim while bc__check_numbers
 * runs on it: the claim's numbers with their units classified once and
 * grouped by sentence (val, sorted by sentence number), and per source
 * number the answer for the last sentence it was asked for: the first of
 * the sentence's numbers stating it (first, its offset; NONE for none) and
 * whether another one at another offset does too (other).  The answer
 * depends on the sentence and on the claim number's offset only, so a
 * sentence of n numbers costs n per source number, not n per claim number
 * and source number. */
struct nic_val {
  struct bc__memo_key key;
  struct bc__unit u;
};

struct bc__nic_memo {
  struct bc__claim_memo m;           /* the claim's numbers (nic_val) */
  const struct bc_number_fact *base; /* v->nums */
  const struct bc__unit *info;       /* v->num_info */
  size_t *first;
  unsigned char *other;
};

/* The number counterpart of date_in_claim: "from 9 to 16 engineers". */
static int number_in_claim(const struct bc__claim *c,
                           const struct bc_number_fact *nf,
                           const struct bc_number_fact *src)
{
  size_t i;
  struct bc__nic_memo *m = c->nic;
  if (m && src >= m->base && src < m->base + m->m.n_src) {
    size_t k = (size_t)(src - m->base);
    size_t s = bc__marks_before(&c->sents, nf->span.start);
    if (!bc__claim_memo_asked(&m->m, k, s)) {
      m->first[k] = NONE;
      m->other[k] = 0;
      for (i = bc__claim_memo_first(&m->m, s); i < m->m.n && !m->other[k];
           i++) {
        const struct nic_val *x = bc__claim_memo_at(&m->m, i);
        const struct bc_number_fact *o = &c->f->numbers[x->key.i];
        if (x->key.sent != s)
          break;
        if (!bc__validate_numbers_equiv_u(o, &x->u, src, &m->info[k]))
          continue;
        if (m->first[k] == NONE)
          m->first[k] = o->span.start;
        else if (o->span.start != m->first[k])
          m->other[k] = 1;
      }
    }
    return m->first[k] != NONE &&
           (m->first[k] != nf->span.start || m->other[k]);
  }
  for (i = 0; i < c->f->n_numbers; i++) {
    const struct bc_number_fact *o = &c->f->numbers[i];
    if (o->span.start == nf->span.start ||
        !bc__check_same_sentence_m(&c->sents, o->span.start, nf->span.start))
      continue;
    if (bc__validate_numbers_equiv(o, src))
      return 1;
  }
  return 0;
}

/* The claim's numbers for number_in_claim, classified and grouped once;
 * NULL with v->rc set on out-of-memory. */
static struct bc__nic_memo *nic_new(struct bc__vstate *v,
                                    const struct bc__claim *c)
{
  size_t i, n = c->f->n_numbers, ns = v->n_nums ? v->n_nums : 1;
  struct bc__nic_memo *m = bc__calloc(1, sizeof *m);
  if (!m ||
      bc__claim_memo_init(&m->m, n, sizeof(struct nic_val),
                          v->num_info ? v->n_nums : 0) ||
      !(m->first = bc__calloc(ns, sizeof *m->first)) ||
      !(m->other = bc__calloc(ns, sizeof *m->other))) {
    if (m) {
      bc__claim_memo_release(&m->m);
      free(m->first);
    }
    free(m);
    v->rc = BC_ERR_NOMEM;
    return NULL;
  }
  m->base = v->nums;
  m->info = v->num_info;
  for (i = 0; i < n; i++) {
    struct nic_val *x = bc__claim_memo_push(
        &m->m, bc__marks_before(&c->sents, c->f->numbers[i].span.start), i);
    bc__validate_number_info(&c->f->numbers[i], &x->u);
  }
  bc__claim_memo_sort(&m->m);
  return m;
}

static void nic_free(struct bc__nic_memo *m)
{
  if (!m)
    return;
  bc__claim_memo_release(&m->m);
  free(m->first);
  free(m->other);
  free(m);
}

/* Is the claim's number with its unit, as written at s ("two weeks", "36
 * points"), in the source word for word?  Two words at least: a bare
 * "10" proves nothing. */
static int phrase_in_source(struct bc__vstate *v, const char *t,
                            struct bc_span s)
{
  size_t pos = s.start, st, words = 0, n, named = 0;
  /* The groups of "$964,000" are one bare number, not two words. */
  while ((n = bc__validate_next_word(t, s.end, &pos, &st)) > 0) {
    words++;
    named |= !bc__check_has_digit(t + st, n);
  }
  if (words < 2 || !named ||
      !bc__check_in_source(v, t + s.start, s.end - s.start))
    return 0;
  /* The words leave out signs: "20 °C" is not in "−20 °C". */
  return !bc__check_has_digit(t + s.start, s.end - s.start) ||
         digits_in_source(v, t + s.start, s.end - s.start, 0, NULL);
}

/* --- findings ------------------------------------------------------------- */

int bc__check_starts_sentence(const char *t, size_t at)
{
  while (at > 0 && (t[at - 1] == ' ' || t[at - 1] == '"' || t[at - 1] == '*' ||
                    t[at - 1] == '(' || t[at - 1] == '-' || t[at - 1] == '\''))
    at--;
  return at == 0 || t[at - 1] == '\n' || t[at - 1] == '.' || t[at - 1] == '!' ||
         t[at - 1] == '?' || t[at - 1] == ':';
}

/* The source's text at s on one line (line breaks and runs of spaces
 * become one space), its first letter lowered when only the start of its
 * sentence capitalised it ("More than 200 people" -> "more than 200
 * people"), so that it reads inside a message or a claim's sentence. */
char *bc__check_quote_source(const struct bc__vstate *v, struct bc_span s)
{
  struct bc_buf b = BC_BUF_INIT((size_t)-1);
  const char *t = v->doc->text;
  size_t i;
  char *out;
  if (!t || s.end > v->doc->text_len || s.start >= s.end)
    return bc__strdup("");
  for (i = s.start; i < s.end; i++) {
    char ch = t[i] == '\n' || t[i] == '\t' || t[i] == '\r' ? ' ' : t[i];
    if (ch == ' ' && b.len && b.ptr[b.len - 1] == ' ')
      continue;
    bc_buf_addc(&b, ch);
  }
  out = bc_buf_take(&b, NULL);
  if (out && out[0] >= 'A' && out[0] <= 'Z' && out[1] >= 'a' && out[1] <= 'z' &&
      bc__check_starts_sentence(t, s.start))
    out[0] = (char)(out[0] + 32);
  return out;
}

/* Report the claim's number nf as contradicted by source number si: the
 * finding quotes the claim's whole quantity ("about 3,000 members") and
 * the source's ("about 300 members"), points at the source's, and with
 * fixable offers the source's words as the repair. */
static void number_finding(struct bc__vstate *v, const struct bc__claim *c,
                           const struct bc_number_fact *nf, size_t si,
                           const char *what, int fixable)
{
  bc__check_source_says(v, c, whole_of(nf), whole_of(&v->nums[si]), what,
                        fixable);
}

/* --- one number ----------------------------------------------------------- */

/* The source numbers that count or measure what the claim's number does,
 * with another value: the one in the words nearest the claim's, and how
 * clearly it is the one. */
struct rival {
  size_t best, best_ov, second_ov, n;
  size_t best_plain; /* best's shared words, without the neighbours */
};

/* Is the source's number i a nearer value to the claim's (c, in a unit of
 * that scale) than number j?  The same digits at another scale are
 * nearest of all: "eighteen million pounds" was written for "£18bn", not
 * for "£2.4bn". */
static int nearer(const struct bc__vstate *v, size_t i, size_t j, double c,
                  double scale)
{
  double a = v->nums[i].value, b = v->nums[j].value;
  if (c > 0 && a > 0 && b > 0 && v->num_unit[i].scale == scale &&
      v->num_unit[j].scale == scale && same_digits(c, a) != same_digits(c, b))
    return same_digits(c, a);
  return closer(c, a, b);
}

static void rival_add(struct rival *r, const struct bc__vstate *v, size_t i,
                      size_t ov, size_t plain, double claim_value, double scale)
{
  r->n++;
  if (r->best == NONE) {
    r->best = i;
    r->best_ov = ov;
    r->best_plain = plain;
  } else if (ov > r->best_ov ||
             (ov == r->best_ov && nearer(v, i, r->best, claim_value, scale))) {
    r->second_ov = r->best_ov;
    r->best = i;
    r->best_ov = ov;
    r->best_plain = plain;
  } else if (ov > r->second_ov) {
    r->second_ov = ov;
  }
}

/* Is the rival the only candidate for a repair: the only number of that
 * thing in the source, or the only one in words near the claim's? */
static int rival_unique(const struct rival *r)
{
  return r->n == 1 || (r->best_ov >= 1 && r->second_ov == 0) ||
         (r->best_ov >= 3 && 2 * r->second_ov <= r->best_ov);
}

/* The source numbers a claim's number is weighed against: those that state
 * its value (eq) and those of the same thing with another value (rival),
 * each with the context words it shares with the claim.  n_* count them
 * all; only the first PEERS are kept, and a check that needs them all
 * gives up beyond that. */
#define PEERS 48
struct peer {
  size_t i, ov;
};
struct peers {
  struct peer eq[PEERS];
  size_t n_eq;
  struct peer rival[PEERS];
  size_t n_rival;
  struct peer bare[PEERS]; /* bare numbers of another value: the noun of
                              "Brenton's Leo Marsh scored 17" is left to
                              the reader */
  size_t n_bare;
};

static void peer_add(struct peer *a, size_t *n, size_t i, size_t ov)
{
  if (*n < PEERS) {
    a[*n].i = i;
    a[*n].ov = ov;
  }
  (*n)++;
}

/* How many of a[0..na) are in b[0..nb). */
static size_t shared(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
  size_t i, j, k = 0;
  for (i = 0; i < na; i++)
    for (j = 0; j < nb; j++)
      if (a[i] == b[j]) {
        k++;
        break;
      }
  return k;
}

/* Is the source's number i in a sentence with one of those that state
 * the claim's value? */
static int near_eq(const struct bc__vstate *v, const struct peers *pe, size_t i)
{
  size_t k;
  for (k = 0; k < pe->n_eq && k < PEERS; k++) {
    /* One sentence, its clauses joined by ";" too ("Ortiz won 57 percent;
     * Moss had 38 percent"). */
    if (bc__check_same_sentence_m(&v->stops, v->nums[pe->eq[k].i].span.start,
                                  v->nums[i].span.start))
      return 1;
  }
  return 0;
}

/* Is one of the name hashes h[0..n) among the names of frame f: of its
 * clause, of its extended left, its owner's, their initials? */
static int named_in(const uint32_t *h, size_t n, const struct bc__nframe *f)
{
  return shared(h, n, f->owner, f->n_owner) ||
         shared(h, n, f->names, f->n_names) ||
         shared(h, n, f->xnames, f->n_xnames) ||
         shared(h, n, f->inits, f->n_inits);
}

/* Is each of the name hashes h[0..n) among the names of frame f? */
static int names_within(const uint32_t *h, size_t n, const struct bc__nframe *f)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (!named_in(&h[i], 1, f))
      return 0;
  return 1;
}

/* Report the claim's number as a rate of another period than the source's
 * si: "$16,000 a year" for "$16,000 a month". */
static void rate_finding(struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_number_fact *nf,
                         const struct bc__unit *cu, size_t si)
{
  struct bc_span sw = whole_of(&v->nums[si]), cw = whole_of(nf);
  char *says, *fix = NULL, *msg;
  struct bc_buf mb = BC_BUF_INIT(1024);
  if (v->num_unit[si].per_end > sw.end)
    sw.end = v->num_unit[si].per_end;
  if (cu->per_end > cw.end)
    cw.end = cu->per_end;
  says = bc__check_quote_source(v, sw);
  if (says && cu->per_end && v->num_unit[si].per_end)
    fix = bc__strdup(says);
  if (fix && fix[0] >= 'a' && fix[0] <= 'z' &&
      bc__check_starts_sentence(c->text, cw.start))
    fix[0] = (char)(fix[0] - 32);
  bc_buf_addf(&mb, "the source says %s: a rate of another period",
              says ? says : "");
  msg = bc_buf_take(&mb, NULL);
  if (!says || !msg || (cu->per_end && v->num_unit[si].per_end && !fix))
    v->rc = BC_ERR_NOMEM;
  else
    bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, cw, says, sw, fix,
                  msg);
  free(says);
  free(fix);
  free(msg);
}

/* A change the claim says in words ("down 12.99", "gained 1.62") that
 * the source writes with its sign, as tables and tickers do ("-12.99",
 * "-1.62"), in words the claim shares: the source number, or NONE.  *dir:
 * +1 when the claim's direction is the source's, -1 when it is the other
 * way ("gained 1.62" for "-1.62"). */
static size_t signed_change(const struct bc__vstate *v,
                            const struct bc_number_fact *nf,
                            const struct bc__unit *cu,
                            const struct bc__nframe *cf,
                            const struct bc__context *ctx, int *dir)
{
  struct bc_number_fact neg = *nf;
  size_t i, best = NONE, best_ov = 0;
  /* The other way round: the claim's cell "-3 per cent" for the source's
   * "3 per cent lower" (its words give the direction, *dir as above). */
  int cell = !cf->dir && nf->value < 0 && v->num_frame;
  if ((!cf->dir && !cell) || !(nf->value > 0 || cell) ||
      nf->value != nf->value_hi)
    return NONE;
  neg.value = neg.value_hi = -nf->value;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    size_t ov;
    if ((cell ? !v->num_frame[i].dir : !(s->value < 0)) ||
        s->value != s->value_hi ||
        !bc__validate_numbers_equiv_u(&neg, cu, s, &v->num_unit[i]))
      continue;
    /* A ticker's cell shares no words: three digits or more are seldom
     * the same by chance. */
    ov = bc__validate_overlap(ctx, &v->num_ctx[i]) + 1;
    if ((ov >= 2 || bc__validate_sig_digits(nf->value) >= 3) && ov > best_ov) {
      best = i;
      best_ov = ov;
    }
  }
  if (cell)
    *dir = best != NONE && v->num_frame[best].dir < 0 ? 1 : -1;
  else
    *dir = cf->dir < 0 ? 1 : -1;
  return best;
}

/* The direction frame f gives its number, of the kind asked: 0 the
 * change it is ("fell 1.62"), 1 the change that reached it ("fell to 4.1
 * percent"), 2 the change its clause says after it ("90 percent saw their
 * incomes fall"); the words that say so in *at. */
static int dir_of(const struct bc__nframe *f, int kind, struct bc_span *at)
{
  *at = kind == 0 ? f->dir_at : kind == 1 ? f->dirto_at : f->dirafter_at;
  return kind == 0 ? f->dir : kind == 1 ? f->dirto : f->dirafter;
}

/* A change stated the other way: the claim's "gained 1.62" where every
 * place of the source that states 1.62 with a direction says "fell 1.62",
 * in words at least as near the claim's as any place that states it
 * without one.  The same for the level a change reached: "rose to 4.1
 * percent" for "fell to 4.1 percent" (kind 1), and for what the clause
 * says after the number: "the bottom 90 percent saw their income rise"
 * for "the bottom 90 percent actually saw a decline in their income"
 * (kind 2).  Reports it and returns 1. */
static int direction_differs(struct bc__vstate *v, const struct bc__claim *c,
                             const struct bc__nframe *cf,
                             const struct peers *pe, int kind)
{
  size_t k, opp = NONE, opp_ov = 0, neutral_ov = 0;
  int neutral = 0, cd;
  struct bc_span ca, sa;
  char *says, *msg;
  struct bc_buf mb = BC_BUF_INIT(1024);
  cd = dir_of(cf, kind, &ca);
  if (!cd || pe->n_eq > PEERS || !v->num_frame)
    return 0;
  for (k = 0; k < pe->n_eq; k++) {
    int d = dir_of(&v->num_frame[pe->eq[k].i], kind, &sa);
    if (d == cd)
      return 0;
    if (d == -cd) {
      if (opp == NONE || pe->eq[k].ov > opp_ov) {
        opp = pe->eq[k].i;
        opp_ov = pe->eq[k].ov;
      }
    } else {
      neutral = 1;
      if (pe->eq[k].ov > neutral_ov)
        neutral_ov = pe->eq[k].ov;
    }
  }
  if (opp == NONE || opp_ov < 1 || (neutral && neutral_ov >= opp_ov))
    return 0;
  dir_of(&v->num_frame[opp], kind, &sa);
  says = bc__check_quote_source(v, sa);
  if (says)
    bc_buf_addf(&mb, "the source says %s: %s", says,
                cd > 0 ? "a fall or a loss, not a rise or a gain"
                       : "a rise or a gain, not a fall or a loss");
  msg = bc_buf_take(&mb, NULL);
  if (!says || !msg)
    v->rc = BC_ERR_NOMEM;
  else
    bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, ca, says, sa, NULL,
                  msg);
  free(says);
  free(msg);
  return 1;
}

/* A value the source states, but of another subject.  An error when the
 * source gives the claim's own subject another value of the same thing,
 * and every place that states the claim's value names whose it is, and
 * not the claim's subject: by name ("Hewlett-Packard took 13 years" where
 * "Dell needed 13 years" and "it took Hewlett-Packard 47 years"), or,
 * where the claim names no one, by the two or more content words of its
 * clause before the number, all before the rival's ("sedan sales rose 12.3
 * percent" where "sedan sales dropped 21.6 percent" and the 12.3 percent
 * are those of sport utility vehicles).  A place whose owner a pronoun
 * stands for ("she married 10 men") may be anyone's: no finding.  A
 * warning when the value is stated only of other names, and the claim's
 * name, which the source writes, is nowhere near it ("France gave 1.3
 * million euros" where Germany did, and France's gift is not given). */
static void attached_elsewhere(struct bc__vstate *v, const struct bc__claim *c,
                               const struct bc_number_fact *nf,
                               const struct bc__unit *cu,
                               const struct bc__nframe *cf,
                               const struct peers *pe)
{
  size_t k, r = NONE, r_ov = 0, n_r = 0, best_e = NONE, best_ov = 0;
  const uint32_t *own = cf->owner;
  size_t n_own = cf->n_owner;
  int words_ok = cf->n_left >= 2, all_named = 1, all_subjects = 1;
  if (!v->num_frame || pe->n_eq == 0 || pe->n_eq > PEERS ||
      pe->n_rival > PEERS || (!n_own && !words_ok) || cf->from)
    return;
  for (k = 0; k < pe->n_eq; k++) {
    const struct bc__nframe *ef = &v->num_frame[pe->eq[k].i];
    if (n_own &&
        (named_in(own, n_own, ef) || named_in(cf->inits, cf->n_inits, ef)))
      return; /* stated of the claim's subject */
    if (words_ok &&
        (ef->pron ||
         shared(cf->left, cf->n_left, ef->words, ef->n_words) == cf->n_left ||
         shared(&cf->first, 1, ef->words, ef->n_words)))
      words_ok = 0;
    if (!ef->n_owner || ef->pron)
      all_named = 0;
    if (!ef->n_names || !ef->subject || ef->compound)
      all_subjects = 0;
    if (best_e == NONE || pe->eq[k].ov > best_ov) {
      best_e = pe->eq[k].i;
      best_ov = pe->eq[k].ov;
    }
  }
  for (k = 0; k < pe->n_rival + pe->n_bare; k++) {
    int bare = k >= pe->n_rival;
    const struct peer *p;
    const struct bc__nframe *rf;
    int fits;
    if (bare && k - pe->n_rival >= PEERS)
      continue; /* counted past the kept ones */
    p = bare ? &pe->bare[k - pe->n_rival] : &pe->rival[k];
    rf = &v->num_frame[p->i];
    if (bare && !near_eq(v, pe, p->i))
      continue;
    /* A rival in words that have nothing in common with the claim's is of
     * another matter: "$1,000" to found Dell is no rival of the "$50
     * billion" in sales it reached. */
    if (p->ov < 1)
      continue;
    /* "goes from £3.20 to £3.50": the claim states the rival's value
     * too. */
    if (number_in_claim(c, nf, &v->nums[p->i]))
      continue;
    /* The claim's owner is the rival's: all of its names among the
     * rival's owner's (or their initials: "HP"), and all of those (or
     * their initials) in the claim's, unless the claim's owner has a name
     * of two words or more ("Leo Marsh" of "Brenton's Leo Marsh"). */
    /* A sum of money, a share or a length said of the claim's owner in
     * other words, and not beside a place that states the claim's value,
     * is of another matter ("Dell started with $1,000" is no rival of the
     * "$50 billion" in sales it reached); a count's noun says what it
     * counts.  The claim's one name must be the one nearest the rival
     * ("Reyes" of "Paolo Reyes 25.2 percent", not "Bundesliga" of
     * "Bundesliga runners-up Dortmund climbed to 36 points"). */
    fits = n_own && all_named && rf->n_owner && !rf->pron &&
           (cu->cls == BC__UNIT_NOUN ||
            shared(cf->words, cf->n_words, rf->words, rf->n_words) > 0 ||
            near_eq(v, pe, p->i)) &&
           ((shared(own, n_own, rf->owner, rf->n_owner) +
                     shared(own, n_own, rf->inits, rf->n_inits) >=
                 n_own &&
             (n_own >= 2 || rf->owner[0] == own[0] ||
              names_within(rf->owner, rf->n_owner, cf) ||
              (rf->n_inits && names_within(rf->inits, rf->n_inits, cf)))) ||
            /* A rival whose own clause names no one, said after the
             * claim's owner in its sentence: "a solar park planned by
             * Brightfield near Cambridge, will cost £380m and supply
             * 90,000 homes". */
            (!rf->n_names &&
             shared(own, n_own, rf->xnames, rf->n_xnames) >= n_own));
    /* Without a name, the words: two or more before the claim's number,
     * all before the rival's in its own clause, which names no one else.
     * One word ("average", "month") is as often said of two numbers as of
     * one.  Not of a bare number. */
    if (!fits && !bare && !n_own && !rf->n_owner && !rf->pron) {
      if (words_ok)
        fits = shared(cf->left, cf->n_left, rf->left, rf->n_left) == cf->n_left;
    }
    if (!fits)
      continue;
    n_r++;
    if (r == NONE || p->ov > r_ov) {
      r = p->i;
      r_ov = p->ov;
    }
  }
  if (r != NONE) {
    /* "the source says 47 years; it gives 13 years to Dell". */
    const struct bc__nframe *ef = &v->num_frame[best_e];
    struct bc_span cw = whole_of(nf);
    char *who = ef->n_owner && ef->name.end > ef->name.start
                    ? bc__check_source_text(v, ef->name)
                    : bc__strdup("something else");
    struct bc_buf wb = BC_BUF_INIT(1024);
    char *what = NULL;
    if (who) {
      bc_buf_addf(&wb, "; it gives %.*s to %s", (int)(cw.end - cw.start),
                  c->text + cw.start, who);
      what = bc_buf_take(&wb, NULL);
    }
    if (!what)
      v->rc = BC_ERR_NOMEM;
    else
      number_finding(v, c, nf, r, what, n_r == 1);
    free(who);
    free(what);
    return;
  }
  /* Stated only of other names, the claim's own being the source's. */
  if (cf->n_names && cf->subject && !cf->compound && all_named &&
      all_subjects && best_e != NONE && cu->cls != BC__UNIT_NONE &&
      cu->cls != BC__UNIT_AGE &&
      bc__check_names_known(v, cf->names, cf->n_names)) {
    for (k = 0; k < pe->n_eq; k++)
      if (bc__check_names_near(v, v->nums[pe->eq[k].i].span.start, cf->names,
                               cf->n_names))
        return;
    {
      struct bc_span sw = whole_of(&v->nums[best_e]);
      const struct bc__nframe *ef = &v->num_frame[best_e];
      char *says = bc__check_quote_source(v, sw);
      char *who = bc__check_source_text(v, ef->name);
      char *msg = NULL;
      struct bc_buf mb = BC_BUF_INIT(1024);
      if (says && who) {
        bc_buf_addf(&mb, "the source says %s of %s", says, who);
        msg = bc_buf_take(&mb, NULL);
      }
      if (!msg)
        v->rc = BC_ERR_NOMEM;
      else
        bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_WARNING, whole_of(nf),
                      says, sw, NULL, msg);
      free(says);
      free(who);
      free(msg);
    }
  }
}

/* Does t[i] end a phrase for subject_words: punctuation of a clause
 * (quote marks do not: '31 "open outbreaks" in nursing homes')? */
static int phrase_stop(char ch)
{
  return ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '!' ||
         ch == '?' || ch == '(' || ch == ')' || ch == '\n';
}

/* Add word t[ws..ws+wn) to out[0..*n) as subject_words does (not a
 * function word nor a number in words: "thirty"); 0 when it ends the
 * phrase (a number in digits). */
static int subject_add(const char *t, size_t ws, size_t wn, uint32_t *out,
                       size_t *n, size_t cap)
{
  uint32_t h;
  if (is_digit(t[ws]))
    return 0;
  if (bc__lex_is_function_word(t + ws, wn) || bc__lex_cardinal(t + ws, wn) >= 0)
    return 1;
  h = bc__validate_stem_hash(t + ws, wn);
  if (*n < cap && !shared(&h, 1, out, *n))
    out[(*n)++] = h;
  return 1;
}

/* The words that say what number f of text t[0..len) counts or measures,
 * by stem hash into out (at most cap, none twice): those of its frame fr
 * (when not NULL), those in its own span ("25 open outbreaks"), and the phrase
 * around it, four words before and six after at most, to a number or
 * punctuation, quote marks read through; function words left out. */
static size_t subject_words(const char *t, size_t len,
                            const struct bc_number_fact *f,
                            const struct bc__nframe *fr, uint32_t *out,
                            size_t cap)
{
  struct bc_span w = whole_of(f);
  size_t n = 0, pos, ws, wn, k, i;
  for (k = 0; fr && k < fr->n_words && n < cap; k++)
    out[n++] = fr->words[k];
  pos = f->span.start;
  while ((wn = bc__validate_next_word(t, f->span.end, &pos, &ws)) > 0)
    subject_add(t, ws, wn, out, &n, cap);
  /* After it. */
  for (i = w.end, k = 0; k < 6; k++) {
    size_t e = i;
    while (e < len && !bc__check_is_alnum((unsigned char)t[e]) &&
           (unsigned char)t[e] < 0x80 && !phrase_stop(t[e]))
      e++;
    if (e >= len || phrase_stop(t[e]))
      break;
    pos = e;
    if (!(wn = bc__validate_next_word(t, len, &pos, &ws)) ||
        !subject_add(t, ws, wn, out, &n, cap))
      break;
    i = ws + wn;
  }
  /* Before it. */
  for (i = w.start, k = 0; k < 4; k++) {
    size_t e = i, b;
    while (e > 0 && !bc__check_is_alnum((unsigned char)t[e - 1]) &&
           (unsigned char)t[e - 1] < 0x80 && !phrase_stop(t[e - 1]))
      e--;
    if (e == 0 || phrase_stop(t[e - 1]))
      break;
    b = e;
    while (b > 0 && (bc__check_is_alnum((unsigned char)t[b - 1]) ||
                     (unsigned char)t[b - 1] >= 0x80))
      b--;
    if (b == e || !subject_add(t, b, e - b, out, &n, cap))
      break;
    i = b;
  }
  return n;
}

/* Is the first digit group of t[a] (digits, inner commas and points:
 * "3.5", "1,200") written within t2[b] as a group of its own ("3.5" in
 * "3.4/3.5")? */
static int digits_within(const char *t, struct bc_span a, const char *t2,
                         struct bc_span b)
{
  size_t s = a.start, e, n, i;
  while (s < a.end && !is_digit(t[s]))
    s++;
  for (e = s;
       e < a.end && (is_digit(t[e]) || ((t[e] == '.' || t[e] == ',') &&
                                        e + 1 < a.end && is_digit(t[e + 1])));
       e++)
    ;
  n = e - s;
  if (!n || b.end - b.start < n)
    return 0;
  for (i = b.start; i + n <= b.end; i++)
    if (memcmp(t2 + i, t + s, n) == 0 &&
        (i == b.start || (!is_digit(t2[i - 1]) && t2[i - 1] != '.')) &&
        (i + n == b.end || (!is_digit(t2[i + n]) && t2[i + n] != '.')))
      return 1;
  return 0;
}

/* The answer check_number's scan kept for the claim's number: defined
 * below. */
static int num_equiv(struct bc__vstate *v, const struct bc_number_fact *nf,
                     const struct bc__unit *cu, size_t i);

/* A value the source states, but in words that fit another of its
 * numbers better: "25 open outbreaks in nursing homes" where the source's
 * 25 open outbreaks are "in other vulnerable groups" and its nursing homes
 * have 31.  The words of the claim's own phrase are weighed, not those of
 * its clause or sentence (which may tell of other numbers too), against
 * all the words around a source number.  The rival (a number of the same
 * thing, or either of them bare, of the same order, not written in the
 * claim) holds three of them at least, two more than any place that
 * states the value, and every one that such a place holds, so that
 * nothing in the claim's phrase points to the value's own place; and no
 * other number comes as near.  A place naming the claim's subject states
 * it of that subject: no finding.  Reports it. */
static void moved_by_words(struct bc__vstate *v, const struct bc__claim *c,
                           const struct bc_number_fact *nf,
                           const struct bc__unit *cu,
                           const struct bc__nframe *cf, const struct peers *pe)
{
  enum { CAP = 3 * BC__FRAME_WORDS };
  uint32_t held[CAP], cw[CAP], sw[CAP];
  size_t n_held = 0, n_cw, k, i, eq_best = 0, best = NONE, best_n = 0;
  size_t second = 0;
  if (!v->num_frame || pe->n_eq == 0 || pe->n_eq > PEERS || !(nf->value > 0) ||
      nf->value != nf->value_hi)
    return;
  n_cw = subject_words(c->text, c->len, nf, NULL, cw, CAP);
  if (n_cw < 3)
    return;
  for (k = 0; k < pe->n_eq; k++) {
    size_t e = pe->eq[k].i, n = 0, j, n_sw;
    const struct bc__nframe *ef = &v->num_frame[e];
    if (cf->n_owner && (named_in(cf->owner, cf->n_owner, ef) ||
                        named_in(cf->inits, cf->n_inits, ef)))
      return;
    n_sw =
        subject_words(v->doc->text, v->doc->text_len, &v->nums[e], ef, sw, CAP);
    for (j = 0; j < n_cw; j++)
      if (shared(&cw[j], 1, sw, n_sw)) {
        n++;
        if (!shared(&cw[j], 1, held, n_held))
          held[n_held++] = cw[j];
      }
    if (n > eq_best)
      eq_best = n;
  }
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    const struct bc__unit *su = &v->num_unit[i];
    size_t n, n_sw;
    if (!(s->value > 0) || s->value != s->value_hi ||
        nf->value / s->value >= 10 || s->value / nf->value >= 10 ||
        !(same_thing(cu, su) || su->cls == BC__UNIT_NONE ||
          cu->cls == BC__UNIT_NONE) ||
        num_equiv(v, nf, cu, i) || number_in_claim(c, nf, s) ||
        digits_within(c->text, nf->span, v->doc->text, whole_of(s)))
      continue;
    n_sw = subject_words(v->doc->text, v->doc->text_len, s, &v->num_frame[i],
                         sw, CAP);
    n = shared(cw, n_cw, sw, n_sw);
    if (n < 3 || n < eq_best + 2 || shared(held, n_held, sw, n_sw) < n_held) {
      if (n > second)
        second = n;
      continue;
    }
    if (n > best_n) {
      second = best_n;
      best = i;
      best_n = n;
    } else if (n > second) {
      second = n;
    }
  }
  if (best == NONE || second >= best_n)
    return;
  number_finding(v, c, nf, best, " here, not this number", 0);
}

/* Of the rivals, the one the claim's owner holds in the source ("Apple
 * needed 20 years" where Apple's are 28 and Dell's 13), or without a name
 * the one whose clause has the first word of the claim's ("Farming uses 17
 * percent" where farming has 38 and forests 22): the counterpart, in words
 * as near as any other's, with a word more in common. */
static void owner_rival(const struct bc__vstate *v, const struct bc__nframe *cf,
                        const struct peers *pe, struct rival *rv)
{
  size_t k, best = NONE, best_ov = 0, n = 0;
  if ((!cf->n_owner && !cf->n_left) || rv->best == NONE || !v->num_frame ||
      pe->n_rival > PEERS)
    return;
  for (k = 0; k < pe->n_rival; k++) {
    const struct bc__nframe *rf = &v->num_frame[pe->rival[k].i];
    if (rf->pron ||
        (cf->n_owner ? !rf->n_owner || shared(cf->owner, cf->n_owner, rf->owner,
                                              rf->n_owner) < cf->n_owner
                     : !shared(&cf->first, 1, rf->left, rf->n_left) &&
                           !shared(&cf->first, 1, rf->right, rf->n_right)))
      continue;
    n++;
    if (best == NONE || pe->rival[k].ov > best_ov) {
      best = pe->rival[k].i;
      best_ov = pe->rival[k].ov;
    }
  }
  if (n != 1 || best == rv->best || best_ov + 1 < rv->best_ov)
    return;
  rv->second_ov = rv->best_ov;
  rv->best = best;
  rv->best_ov = best_ov + 1;
  rv->best_plain = best_ov;
}

/* The two ends the claim gives a change right after its amount nf ("rose
 * by 23%, from 0.90% to 1.23%"): *a and *b; 0 when it gives none. */
static int change_ends(const struct bc__claim *c,
                       const struct bc_number_fact *nf, double *a, double *b)
{
  const struct bc_facts *f = c->f;
  const char *t = c->text;
  size_t i, e = whole_of(nf).end, g;
  for (i = 0; i < f->n_numbers; i++) {
    const struct bc_number_fact *x = &f->numbers[i], *y = x + 1;
    size_t xs = x->span.start, xe = x->span.end;
    if (xs < e)
      continue;
    /* ", from " or " from " between the amount and the first end. */
    for (g = e; g < xs && (t[g] == ' ' || t[g] == ','); g++)
      ;
    if (g + 5 != xs || strncmp(t + g, "from ", 5) != 0 || x->value <= 0)
      return 0;
    if (x->value != x->value_hi) { /* read as one range */
      *a = x->value;
      *b = x->value_hi;
      return 1;
    }
    if (i + 1 >= f->n_numbers || y->span.start != xe + 4 ||
        strncmp(t + xe, " to ", 4) != 0 || y->value <= 0 ||
        y->value != y->value_hi)
      return 0;
    *a = x->value;
    *b = y->value;
    return 1;
  }
  return 0;
}

/* A change the claim gives as a percentage with both its ends, which the
 * ends belie (neither the change relative to them nor their difference
 * in points), where the source states the change the ends make, in words
 * the claim shares: "rose by 23%, from 0.90% to 1.23%" where the source's
 * rise from 0.90 to 1.23 percent is 37 percent.  The source's index; NONE
 * when not so. */
static size_t change_belied(const struct bc__vstate *v,
                            const struct bc__claim *c,
                            const struct bc_number_fact *nf,
                            const struct bc__unit *cu,
                            const struct bc__context *ctx)
{
  double a, b;
  size_t i, best = NONE, best_ov = 0;
  if (cu->cls != BC__UNIT_PERCENT || nf->value != nf->value_hi ||
      nf->value <= 0 || !change_ends(c, nf, &a, &b) ||
      change_is(nf, cu, a, b) ||
      bc__analyze_number_equal(fabs(b - a), nf->value))
    return NONE;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    size_t ov;
    if (v->num_unit[i].cls != BC__UNIT_PERCENT || s->value != s->value_hi ||
        !change_is(s, &v->num_unit[i], a, b))
      continue;
    ov = bc__validate_overlap(ctx, &v->num_ctx[i]);
    if (ov >= 2 && ov > best_ov) {
      best = i;
      best_ov = ov;
    }
  }
  return best;
}

static int ctx_holds(const struct bc__context *x, uint32_t h)
{
  size_t k;
  for (k = 0; k < x->nu; k++)
    if (x->u[k] == h)
      return 1;
  return 0;
}

/* The claim's value is stated, in words it shares, but are they words
 * that tell that place from the rival's?  Not when every word a place
 * stating the value shares with the claim the rival's place holds too,
 * while the rival's holds three or more of the claim's that none of those
 * places holds, half the claim's words at least, and twice the words any
 * of them shares ("the Dec. 15 round on some $125 billion in Chinese
 * consumer goods" where the source's Dec. 15 round is on $156 billion in
 * Chinese consumer goods, and its $125 billion of Chinese goods are
 * another round's), in another sentence. */
static int told_apart(const struct bc__vstate *v, const struct bc__context *ctx,
                      const struct peers *pe, size_t rival)
{
  const struct bc__context *rc = &v->num_ctx[rival];
  size_t i, k, only = 0, eq_most = 0,
               rs = bc__marks_before(&v->sents, v->nums[rival].span.start);
  if (pe->n_eq == 0 || pe->n_eq > PEERS)
    return 0;
  /* In one sentence, the two share their words: nothing tells them
   * apart. */
  for (k = 0; k < pe->n_eq; k++)
    if (bc__marks_before(&v->sents, v->nums[pe->eq[k].i].span.start) == rs)
      return 0;
  for (i = 0; i < ctx->nu; i++) {
    uint32_t h = ctx->u[i];
    int in_eq = 0;
    for (k = 0; k < pe->n_eq && !in_eq; k++)
      in_eq = ctx_holds(&v->num_ctx[pe->eq[k].i], h);
    if (in_eq && !ctx_holds(rc, h))
      return 0;
    if (!in_eq && ctx_holds(rc, h))
      only++;
  }
  for (k = 0; k < pe->n_eq; k++)
    if (pe->eq[k].ov > eq_most)
      eq_most = pe->eq[k].ov;
  /* In a long claim, half its words is much to ask: three times the
   * words of the best place stating the value, and three more, tell the
   * places apart as well ("after borrowing £2,000 from his parents" where
   * the source's £2,000 is a boiler job's, and he borrowed £20,000 from
   * his parents). */
  return only >= 3 && (2 * only >= ctx->n || only >= 3 * eq_most + 3) &&
         bc__validate_overlap(ctx, rc) >= 2 * eq_most + 2;
}

/* The figure written beside a number: the digits right after its end, past
 * spaces and an opening bracket ("2,300 tons (2,095"), else those right
 * before its start, past a bracket and the words of the figure's unit
 * ("2,300 tons (" before "2,095 metric tons").  Their start in *d, their
 * length returned (0 if none). */
static size_t beside(const char *t, size_t len, struct bc_span s, size_t *d)
{
  size_t at = s.end, k = 0, e;
  while (at < len && k < 3 && (t[at] == ' ' || t[at] == '(')) {
    at++;
    k++;
  }
  *d = at;
  while (at < len && (is_digit(t[at]) || ((t[at] == ',' || t[at] == '.') &&
                                          at + 1 < len && is_digit(t[at + 1]))))
    at++;
  if (at > *d)
    return at - *d;
  at = s.start;
  if (at < 2 || t[at - 1] != '(')
    return 0;
  at--;
  for (k = 0; at > 0 && k < 24 && !is_digit(t[at - 1]); k++)
    if (t[--at] == '\n')
      return 0;
  e = at;
  while (at > 0 &&
         (is_digit(t[at - 1]) || ((t[at - 1] == ',' || t[at - 1] == '.') &&
                                  at > 1 && is_digit(t[at - 2]))))
    at--;
  *d = at;
  return e - at;
}

/* Does the claim write its number with the very figure the source writes
 * beside it where it states the value (one of pe's eq): the same quantity
 * in another unit, "about 2,300 tons (2,095 metric tons)"?  Then it is
 * that statement, whatever the words around it borrow from another. */
static int stated_beside(const struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_number_fact *nf,
                         const struct peers *pe)
{
  size_t cd, cn = beside(c->text, c->len, nf->span, &cd), k;
  if (cn == 0 || !v->doc->text)
    return 0;
  for (k = 0; k < pe->n_eq && k < PEERS; k++) {
    size_t sd, sn = beside(v->doc->text, v->doc->text_len,
                           v->nums[pe->eq[k].i].span, &sd);
    if (sn == cn && memcmp(c->text + cd, v->doc->text + sd, cn) == 0)
      return 1;
  }
  return 0;
}

/* Does a place that states the value (one of pe's eq) refer back to the
 * sentence before it with a demonstrative or a pronoun for its subject
 * ("The retail price on this configuration is $3,299" after the sentence
 * that names the configuration), and does that sentence share the claim's words
 * (ctx) as closely as the rival's place (swap_ov)?  Then the claim's words are
 * the value's own. */
static int referred_back(const struct bc__vstate *v,
                         const struct bc__context *ctx, const struct peers *pe,
                         size_t swap_ov)
{
  static const char *const demonstratives[] = {"this", "that", "these",
                                               "those"};
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, k;
  for (k = 0; k < pe->n_eq && k < PEERS; k++) {
    size_t at = v->nums[pe->eq[k].i].span.start, a = at, b, pos, st, wl, j;
    int demo = 0;
    struct bc__context pc;
    if (at > len)
      continue;
    while (a > 0 && at - a < 400 && !bc__validate_sentence_end(t, a - 1, len))
      a--;
    if (a == 0)
      continue;
    pos = a;
    /* or opens with a pronoun for its subject: "It's not cheap at $140"
     * after the sentence that names the charging pad */
    wl = bc__validate_next_word(t, at, &pos, &st);
    demo = (wl >= 2 && strncasecmp(t + st, "it", 2) == 0 &&
            (wl == 2 || t[st + 2] == '\'')) ||
           (wl == 4 && strncasecmp(t + st, "they", 4) == 0);
    pos = a;
    while (!demo && (wl = bc__validate_next_word(t, at, &pos, &st)) > 0)
      for (j = 0; j < sizeof demonstratives / sizeof demonstratives[0]; j++)
        if (wl == strlen(demonstratives[j]) &&
            strncasecmp(t + st, demonstratives[j], wl) == 0)
          demo = 1;
    if (!demo)
      continue;
    b = a - 1; /* the end of the sentence before */
    while (b > 0 && a - b < 400 && !bc__validate_sentence_end(t, b - 1, len))
      b--;
    bc__validate_context(t + b, a - b, (struct bc_span){0, 0}, &pc);
    if (!bc__check_mixed_up(bc__validate_overlap(ctx, &pc), swap_ov, ctx->n))
      return 1;
  }
  return 0;
}

/* Does t[i] end a clause: ",", ";", ":", a sentence's end or a line
 * break, but not a comma inside a figure ("1,200") nor a bracket ("dunes
 * (14%)" is one clause)? */
static int clause_stop(const char *t, size_t len, size_t i)
{
  if (t[i] == ',')
    return !(i > 0 && i + 1 < len && is_digit(t[i - 1]) && is_digit(t[i + 1]));
  return t[i] != '(' && t[i] != ')' && phrase_stop(t[i]);
}

static int has_letter(const char *t, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z')
      return 1;
  return 0;
}

/* The words of the claim's own clause around its number nf. */
static void clause_context(const struct bc__claim *c,
                           const struct bc_number_fact *nf,
                           struct bc__context *out)
{
  size_t a = nf->span.start, b = nf->span.end;
  while (a > 0 && !clause_stop(c->text, c->len, a - 1))
    a--;
  while (b < c->len && !clause_stop(c->text, c->len, b))
    b++;
  /* A value alone in its clause is a listed one, named by the clause
   * before the comma: "On eBay, as little as $2,499; StockX, $2,330". */
  if (a > 0 && c->text[a - 1] == ',' &&
      !has_letter(c->text + a, nf->span.start - a) &&
      !has_letter(c->text + nf->span.end, b - nf->span.end)) {
    a--;
    while (a > 0 && !clause_stop(c->text, c->len, a - 1))
      a--;
  }
  bc__validate_context(c->text + a, b - a,
                       (struct bc_span){nf->span.start - a, nf->span.end - a},
                       out);
}

/* How many of the words w[0..nw) source number i's place holds: its
 * sentence, or one of the two before it in its paragraph (the one that
 * names what a bare "Prices range from $419 to $699" is of). */
static size_t place_holds(const struct bc__vstate *v, size_t i,
                          const uint32_t *w, size_t nw)
{
  struct bc__context pc[2];
  size_t np = 0, s = bc__marks_before(&v->sents, v->nums[i].span.start), k,
         n = 0, j;
  const char *t = v->doc->text;
  while (np < 2 && s > 0 && t[v->sents.at[s - 1]] != '\n') {
    size_t e = v->sents.at[s - 1];
    bc__validate_context(t, e, (struct bc_span){e, e}, &pc[np++]);
    s--;
  }
  for (k = 0; k < nw; k++) {
    int in = ctx_holds(&v->num_ctx[i], w[k]);
    for (j = 0; j < np && !in; j++)
      in = ctx_holds(&pc[j], w[k]);
    n += in;
  }
  return n;
}

/* Does a place stating the value (one of pe's eq) hold as many of the
 * words of the claim's own clause as the rival's place does?  In a long
 * sentence listing several things with their figures ("A lists it at $399
 * to $449, B has two models at $479 and $529"), the words of the whole
 * sentence point anywhere; those of the number's own clause point to the
 * place it was taken from, and that place states it: no mix-up.  A
 * clause none of whose words the value's places hold tells nothing. */
static int clause_stated(const struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_number_fact *nf,
                         const struct peers *pe, size_t rival)
{
  struct bc__context cc;
  size_t k, best = 0;
  if (!v->doc->text)
    return 0;
  clause_context(c, nf, &cc);
  for (k = 0; k < pe->n_eq && k < PEERS; k++) {
    size_t n = place_holds(v, pe->eq[k].i, cc.u, cc.nu);
    if (n > best)
      best = n;
  }
  return best >= 1 && best >= place_holds(v, rival, cc.u, cc.nu);
}

/* Words the claim's context ctx shares with source number i's, and
 * whether the claim number is source number i's value: asked once per
 * group of the source's numbers for each claim number. */
static size_t num_overlap(struct bc__vstate *v, const struct bc__context *ctx,
                          size_t i)
{
  return bc__answers_overlap(&v->num_ov, &v->num_ctx_grp, ctx, v->num_ctx, i);
}

static int num_equiv(struct bc__vstate *v, const struct bc_number_fact *nf,
                     const struct bc__unit *cu, size_t i)
{
  size_t g = v->num_val_grp.rep[i];
  long eq;
  if (!bc__answers_get(&v->num_eq, g, &eq)) {
    eq = bc__validate_numbers_equiv_u(nf, cu, &v->nums[g], &v->num_unit[g]);
    bc__answers_set(&v->num_eq, g, eq);
  }
  return (int)eq;
}

/* Is t[0..n) two runs of digits joined by a hyphen or a dash, nothing
 * else ("3-61", or with an en dash)? */
static int joined_pair(const char *t, size_t n)
{
  size_t i = 0, a, b;
  while (i < n && t[i] >= '0' && t[i] <= '9')
    i++;
  a = i;
  if (i < n && t[i] == '-')
    i++;
  else if (i + 2 < n && (unsigned char)t[i] == 0xE2 &&
           (unsigned char)t[i + 1] == 0x80 &&
           ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94))
    i += 3;
  else
    return 0;
  b = i;
  while (i < n && t[i] >= '0' && t[i] <= '9')
    i++;
  return a > 0 && i > b && i == n;
}

static void check_number(struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_number_fact *nf,
                         const struct bc__unit *cu, const struct bc__nframe *cf,
                         int share)
{
  struct bc__context ctx;
  struct rival rv = {NONE, 0, 0, 0, 0};
  struct peers pe;
  size_t i, swap = NONE, eq_ov = 0, swap_ov = 0, loose = NONE, loose_ov = 0;
  size_t unit_chg = NONE, weak_ov = 0, other = NONE, other_ov = 0;
  size_t rate_chg = NONE, rate_ov = 0, digits_kept = NONE, digits_ov = 0;
  size_t scaled = NONE, scaled_ov = 0;
  int equiv = 0, weak = 0;
  struct bc_number_fact fall;
  struct bc_span cw = whole_of(nf);
  const char *ctext = c->text + nf->span.start;
  size_t clen = nf->span.end - nf->span.start;

  bc__validate_context(c->text, c->len, nf->span, &ctx);
  /* A pair the source writes as it stands ("Meaker (3-61)", bowling
   * figures the analyzer reads in the claim but not beside the source's
   * name): the source's own figure, whatever other pair it gives. */
  if (nf->value != nf->value_hi && joined_pair(ctext, clen) &&
      bc__check_in_source(v, ctext, clen))
    return;
  if (cu->cls == BC__UNIT_PERCENT && nf->value == nf->value_hi &&
      bc__check_ratio_member(v, nf->value))
    return;
  pe.n_eq = pe.n_rival = pe.n_bare = 0;
  /* A change written with its sign, as tables and tickers write it:
   * "−0.12%" or "-1.85 pts" is the source's "lost 0.12%", "fell 1.85
   * points". */
  fall = *nf;
  fall.value = -nf->value_hi;
  fall.value_hi = -nf->value;
  /* A new claim number: the answers kept per group are another's. */
  v->num_ov.now++;
  v->num_eq.now++;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    const struct bc__unit *su = &v->num_unit[i];
    size_t ov;
    if (num_equiv(v, nf, cu, i) ||
        (nf->value_hi < 0 && v->num_frame && v->num_frame[i].dir < 0 &&
         s->value > 0 && bc__validate_numbers_equiv_u(&fall, cu, s, su))) {
      ov = num_overlap(v, &ctx, i);
      peer_add(pe.eq, &pe.n_eq, i, ov);
      if (weak_support(cu, su)) {
        /* Weighed as a rival is: the word right before or after both
         * ("nine state charges of aggravated kidnapping" for "nine counts
         * of aggravated kidnapping"). */
        size_t wov = ov + (cu->left && cu->left == su->left) +
                     (cu->right && cu->right == su->right);
        weak = 1;
        if (wov > weak_ov)
          weak_ov = wov;
        continue;
      }
      equiv = 1;
      if (ov > eq_ov)
        eq_ov = ov;
      continue;
    }
    if (same_thing(cu, su) || same_share(v, c, nf, cu, i)) {
      /* The word right before or after both numbers ("jailed for six
       * years", "jailed for 16 months") ties them more than any other
       * shared word. */
      size_t plain = num_overlap(v, &ctx, i);
      ov = plain + (cu->left && cu->left == su->left) +
           (cu->right && cu->right == su->right);
      if (cu->cls == BC__UNIT_NOUN)
        ov += same_modifiers(c->text, nf->span, v->doc->text, s->span);
      peer_add(pe.rival, &pe.n_rival, i, ov);
      /* The same digits in another unit or at another scale: "42 hours"
       * for "42 minutes", "$6.5 million" for "$6.5 billion"; a range, at
       * both ends ("$40 to 50 million" for "$40-50 billion"). */
      if (ov >= 1 && ov >= digits_ov &&
          (nf->value == nf->value_hi) == (s->value == s->value_hi) &&
          nf->value > 0 && s->value > 0 &&
          (su->scale != cu->scale
               ? bc__analyze_number_equal(nf->value, s->value) &&
                     bc__analyze_number_equal(nf->value_hi, s->value_hi)
               : same_digits(nf->value, s->value) &&
                     (nf->value == nf->value_hi ||
                      bc__analyze_number_equal(nf->value_hi / nf->value,
                                               s->value_hi / s->value))) &&
          same_written_digits(c->text, nf->span, v->doc->text, s->span)) {
        digits_kept = i;
        digits_ov = ov;
      }
      if (cu->per > 0 && su->per > 0 && ov >= rate_ov) {
        /* The same amount of another period: "$16,000 a year" for
         * "$16,000 a month". */
        struct bc__unit c0 = *cu, s0 = *su;
        c0.per = s0.per = 0;
        if (bc__validate_numbers_equiv_u(nf, &c0, s, &s0)) {
          rate_chg = i;
          rate_ov = ov;
        }
      }
      rival_add(&rv, v, i, ov, plain, nf->value, cu->scale);
      /* "$60 less" is what another thing costs less by, not its price. */
      if (ov > swap_ov && !number_in_claim(c, nf, s) &&
          (cf->dir || !bc__check_difference(v->doc->text, v->doc->text_len,
                                            s->span.end))) {
        swap_ov = ov;
        swap = i;
      }
      continue;
    }
    /* A count of another noun with the claim's digits at a scale a
     * thousand times away: "more than 50,000 people" died where the
     * source counts "more than 50 million deaths". */
    if (cu->cls == BC__UNIT_NOUN && su->cls == BC__UNIT_NOUN &&
        nf->value == nf->value_hi && s->value == s->value_hi &&
        nf->value >= 10 && s->value >= 10 &&
        thousands_apart(nf->value, s->value)) {
      ov = num_overlap(v, &ctx, i);
      if (ov >= 3 && ov > scaled_ov) {
        scaled = i;
        scaled_ov = ov;
      }
    }
    if (su->cls == BC__UNIT_NONE && cu->cls != BC__UNIT_NONE &&
        cu->cls != BC__UNIT_AGE && (cf->n_owner || cf->n_left >= 2))
      peer_add(pe.bare, &pe.n_bare, i, num_overlap(v, &ctx, i));
    /* Only numbers of the same order of magnitude or the same value can be
     * counterparts from here on; the context is worth reading for them. */
    if (!(nf->value > 0 && s->value > 0 && nf->value / s->value < 10 &&
          s->value / nf->value < 10))
      continue;
    ov = num_overlap(v, &ctx, i);
    if (cu->cls != BC__UNIT_NONE && su->cls == cu->cls &&
        cu->cls != BC__UNIT_NOUN && !bc__validate_units_match(cu, su) &&
        quotient(cu) == quotient(su)) {
      /* The same value in another unit of the same kind: "7200 °C" for
       * "7200 K", "5 EUR" for "5 USD". */
      struct bc__unit none;
      memset(&none, 0, sizeof none);
      none.scale = 1.0;
      if (ov >= 1 && bc__validate_numbers_equiv_u(nf, &none, s, &none))
        unit_chg = i;
    } else if (cu->cls == BC__UNIT_NOUN && su->cls == BC__UNIT_NOUN) {
      /* A count of another noun: the writer's word for the source's ("321
       * adults aged 18 to 35" for "312 participants aged 18-35"), when
       * nothing of the claim's noun is in the source and the digits tell
       * of a slip. */
      ov += (cu->left && cu->left == su->left) +
            (cu->right && cu->right == su->right);
      if (ov >= 2 && ov > other_ov && digit_slip(nf->value, s->value)) {
        other = i;
        other_ov = ov;
      }
    } else if (loose_ok(nf, cu, s, su, stands_alone(v, s), ov,
                        loose == NONE ? NULL : &v->nums[loose], loose_ov)) {
      loose = i;
      loose_ov = ov;
    }
  }
  if (!equiv) {
    int dir = 0;
    size_t sc = signed_change(v, nf, cu, cf, &ctx, &dir);
    if (sc != NONE && dir > 0)
      return; /* "down 12.99" for a ticker's "-12.99" */
    if (sc != NONE && cf->dir) {
      number_finding(v, c, nf, sc, ": a fall or a loss, not a rise or a gain",
                     0);
      return;
    }
    owner_rival(v, cf, &pe, &rv);
  }
  if (!equiv && rate_chg != NONE) {
    rate_finding(v, c, nf, cu, rate_chg);
    return;
  }
  if (!equiv && !weak && digits_kept != NONE) {
    number_finding(v, c, nf, digits_kept, ": the unit or scale differs",
                   pe.n_rival == 1);
    return;
  }
  if (!equiv && cu->cls == BC__UNIT_TIME && nf->value == nf->value_hi &&
      range_lasts(v, nf->value * cu->scale, &ctx,
                  rv.best != NONE && rv.best_ov >= 3 &&
                          plausible_slip(nf, cu, &v->nums[rv.best],
                                         &v->num_unit[rv.best])
                      ? rv.best_ov
                      : 0))
    return; /* "the migration took 17 months": from its start and end */
  if (!equiv && (change_stated(v, nf, cu, &ctx) ||
                 derived_stated(v, c->text, nf, cu, &ctx)))
    return; /* "dropped by more than 75%": from 1,800 to 400 */
  if (!equiv && weak) {
    /* The same thing stated with another value, in words nearer the
     * claim's, outweighs a weak match. */
    if (rv.best != NONE && rv.best_ov > weak_ov &&
        rv.best_ov >= need_words(cu, rv.n) + share &&
        plausible_slip(nf, cu, &v->nums[rv.best], &v->num_unit[rv.best])) {
      number_finding(v, c, nf, rv.best, "", rival_unique(&rv));
      return;
    }
    equiv = 1;
    eq_ov = weak_ov;
  }
  if (!equiv && nf->value_hi != nf->value && range_ends_stated(v, nf, cu))
    return; /* each end stated apart: nothing to mix up as a whole */
  {
    size_t b = change_belied(v, c, nf, cu, &ctx);
    if (b != NONE) {
      number_finding(v, c, nf, b, "", 1);
      return;
    }
  }
  if (equiv) {
    /* Stated, but of something else?  Same test as for dates. */
    if (swap != NONE && bc__check_has_digit(ctext, clen) &&
        (bc__check_mixed_up(eq_ov, swap_ov, ctx.n) ||
         told_apart(v, &ctx, &pe, swap)) &&
        !stated_beside(v, c, nf, &pe) && !clause_stated(v, c, nf, &pe, swap) &&
        !referred_back(v, &ctx, &pe, swap_ov) &&
        !bc__check_cell_stated(v, c, nf)) {
      number_finding(v, c, nf, swap, " here, not this number", 0);
      return;
    }
    /* A count whose every statement shares none of its words, while a
     * number with no noun of its own, of the same order, sits in them:
     * "an original estimate of about 450,000 people" where the source's
     * estimate was "about 660,000" and its 450,000 people were others. */
    if (eq_ov == 0 && bc__check_has_digit(ctext, clen) &&
        (cu->cls == BC__UNIT_NOUN || cu->cls == BC__UNIT_NONE)) {
      size_t k, best = NONE, best_ov = 0;
      for (k = 0; k < pe.n_bare && k < PEERS; k++) {
        const struct bc_number_fact *s = &v->nums[pe.bare[k].i];
        if (pe.bare[k].ov > best_ov && s->value > 0 && nf->value > 0 &&
            nf->value / s->value < 10 && s->value / nf->value < 10 &&
            !number_in_claim(c, nf, s)) {
          best = pe.bare[k].i;
          best_ov = pe.bare[k].ov;
        }
      }
      if (best != NONE && bc__check_mixed_up(0, best_ov, ctx.n) &&
          best_ov >= 3 && !bc__check_cell_stated(v, c, nf)) {
        number_finding(v, c, nf, best, " here, not this number", 0);
        return;
      }
    }
    /* Stated, but as a change the other way, or of another subject, by
     * its name or else by its words. */
    if (!direction_differs(v, c, cf, &pe, 0) &&
        !direction_differs(v, c, cf, &pe, 1) &&
        !direction_differs(v, c, cf, &pe, 2)) {
      size_t before = v->r->n_findings;
      attached_elsewhere(v, c, nf, cu, cf, &pe);
      if (v->r->n_findings == before && !v->rc &&
          (bc__check_has_digit(ctext, clen) || nf->value >= 10))
        moved_by_words(v, c, nf, cu, cf, &pe);
    }
    return;
  }
  if (nf->value != nf->value_hi) {
    /* A range sharing one end with a source range of the same thing: the
     * other end moved ("between 30,000 and 60,000" for "30,000 to
     * 50,000"). */
    for (i = 0; i < v->n_nums; i++) {
      const struct bc_number_fact *s = &v->nums[i];
      if (s->value == s->value_hi ||
          !(same_thing(cu, &v->num_unit[i]) || cu->cls == BC__UNIT_NONE ||
            v->num_unit[i].cls == BC__UNIT_NONE))
        continue;
      if ((s->value == nf->value) != (s->value_hi == nf->value_hi)) {
        number_finding(v, c, nf, i, "", 1);
        return;
      }
    }
  }
  if (loose != NONE && ordinal(ctext, clen))
    loose = NONE; /* "the 16th title": a rank, not a quantity */
  /* Before calling a number wrong: the claim's own number may be in the
   * source where the analyzer did not read it as this quantity ("Seventeen
   * of the 30 counts"), in words as close to the claim's as the other. */
  if (nf->value == nf->value_hi && unit_chg == NONE &&
      (cu->cls == BC__UNIT_NONE || cu->cls == BC__UNIT_NOUN ||
       cu->cls == BC__UNIT_AGE) &&
      ((rv.best != NONE && rv.best_ov >= 1) || loose != NONE)) {
    size_t need = rv.best != NONE && rv.best_ov >= 1 ? rv.best_plain : loose_ov;
    if (token_near(v, c->text, c->len, nf->span.start, clen, &ctx,
                   need ? need : 1, cu->cls == BC__UNIT_NONE, cu))
      return;
  }
  {
    size_t sk = bc__check_swapped_kind(v, nf, cu, &ctx);
    if (sk != NONE) {
      number_finding(v, c, nf, sk, ": the unit differs", 0);
      return;
    }
  }
  if (share) {
    size_t sr = bc__check_share_rival(v, nf, &ctx);
    if (sr != NONE) {
      number_finding(v, c, nf, sr, "", 1);
      return;
    }
  }
  /* The quantity as the claim writes it ("two weeks") is in the source,
   * read there as something else ("died two weeks ago"). */
  if (cu->cls != BC__UNIT_NONE && !nf->bound &&
      phrase_in_source(v, c->text, nf->span))
    return;
  /* A counterpart a writer could have slipped from, or one that every
   * word around the claim's number stands around too, so that no slip is
   * needed: "The repairs took two decades" against "The repairs took 18
   * months". */
  if (rv.best != NONE && rv.best_ov >= need_words(cu, rv.n) + share &&
      (plausible_slip(nf, cu, &v->nums[rv.best], &v->num_unit[rv.best]) ||
       same_words(&ctx, &v->num_ctx[rv.best]))) {
    number_finding(v, c, nf, rv.best, "", rival_unique(&rv));
    return;
  }
  if (unit_chg != NONE) {
    number_finding(v, c, nf, unit_chg, ": the unit differs", 0);
    return;
  }
  if (cu->cls == BC__UNIT_TIME && nf->value == nf->value_hi && !nf->bound) {
    double len = 0;
    size_t di = range_contradicts(v, &ctx, nf->value * cu->scale, &len);
    if (di != NONE) {
      char *says = bc__check_quote_source(v, v->dates[di].span), *msg = NULL;
      struct bc_buf mb = BC_BUF_INIT(1024);
      if (says) {
        bc_buf_addf(&mb, "the source says %s, about %.0f %s", says,
                    len >= 60 ? len / BC__CAL_DAYS_PER_MONTH : len,
                    len >= 60 ? "months" : "days");
        msg = bc_buf_take(&mb, NULL);
      }
      if (!says || !msg)
        v->rc = BC_ERR_NOMEM;
      else
        bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, cw, says,
                      v->dates[di].span, NULL, msg);
      free(says);
      free(msg);
      return;
    }
  }
  if (digits_in_source(v, c->text + with_currency(c->text, cw.start),
                       cw.end - with_currency(c->text, cw.start),
                       cu->cls == BC__UNIT_NONE, cu))
    return;
  {
    size_t ph = bc__check_same_phrase(v, c, nf);
    if (ph != NONE) {
      number_finding(v, c, nf, ph, "", 1);
      return;
    }
  }
  {
    size_t mr = bc__check_measured_rival(v, c, nf, cu, &ctx);
    if (mr != NONE) {
      number_finding(v, c, nf, mr, "", 0);
      return;
    }
  }
  {
    size_t lm = bc__check_lone_measure(v, nf, cu);
    if (lm != NONE && bc__check_has_digit(ctext, clen)) {
      number_finding(v, c, nf, lm, "", 1);
      return;
    }
  }
  /* The source counts this noun once, with another value a writer could
   * have slipped from: "6,000 members" for "about 600 members" (not "10,000
   * samples", worked out from "40 batches of 250 samples").  A count in
   * words too when the source's counts the kinds of it: a total. */
  if (rv.best != NONE && rv.n == 1 && cu->cls == BC__UNIT_NOUN &&
      (bc__check_has_digit(ctext, clen) ||
       bc__check_kinds_count(&v->nums[rv.best])) &&
      (plausible_slip(nf, cu, &v->nums[rv.best], &v->num_unit[rv.best]) ||
       rv.best_ov >= MOVED_COUNT_WORDS)) {
    number_finding(v, c, nf, rv.best, "", 1);
    return;
  }
  if (loose != NONE && bc__check_has_digit(ctext, clen)) {
    number_finding(v, c, nf, loose, "", 0);
    return;
  }
  if (other != NONE && rv.n == 0 && bc__check_has_digit(ctext, clen)) {
    number_finding(v, c, nf, other, "", 0);
    return;
  }
  if (scaled != NONE && (rv.best == NONE || scaled_ov > rv.best_ov) &&
      bc__check_has_digit(ctext, clen)) {
    number_finding(v, c, nf, scaled, ": the unit or scale differs", 0);
    return;
  }
  if (bc__check_has_digit(ctext, clen) &&
      (fabs(nf->value) >= 10 || (nf->unit && *nf->unit)))
    bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_WARNING, cw, "",
                  (struct bc_span){0, 0}, NULL,
                  "the source gives no such number");
}

/* A number that labels rather than counts: "top 10", "version 3",
 * "lesson 1", "#2", "Fortune 500", "Formula 1". */
static int label_number(const char *t, size_t at)
{
  static const char *const labels[] = {
      "top",     "no",      "number", "version", "level", "lesson",
      "chapter", "step",    "part",   "phase",   "page",  "figure",
      "table",   "section", "tier",   "stage",   "rank",  "fortune",
      "season",  "episode", "vol",    "formula"};
  size_t e = at, b, k;
  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '.'))
    e--;
  if (e > 0 && t[e - 1] == '#')
    return 1;
  b = e;
  while (b > 0 && bc__check_is_alnum((unsigned char)t[b - 1]))
    b--;
  if (e - b < 2 || e - b > 8)
    return 0;
  for (k = 0; k < sizeof labels / sizeof labels[0]; k++) {
    size_t n = strlen(labels[k]), i;
    if (n != e - b)
      continue;
    for (i = 0; i < n; i++) {
      char ch = t[b + i];
      if ((ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) != labels[k][i])
        break;
    }
    if (i == n)
      return 1;
  }
  return 0;
}

/* A number that numbers a list's items ("1. Ditch the diet 2. Avoid
 * skipping meals ... 14. Plan meals"): a small whole number followed by
 * ". " or ") ", with the item before it ("13. ") or after it ("15. ")
 * marked the same way within a few hundred bytes. */
#define LIST_REACH 400
static int marks_item(const char *t, size_t len, size_t at, size_t end,
                      unsigned long k, char mark)
{
  char want[16];
  size_t n = (size_t)snprintf(want, sizeof want, "%lu%c ", k, mark);
  size_t lo = at > LIST_REACH ? at - LIST_REACH : 0;
  size_t hi = end + LIST_REACH < len ? end + LIST_REACH : len;
  for (size_t i = lo; i + n <= hi; i++)
    if ((i == 0 || !bc__check_is_alnum((unsigned char)t[i - 1])) &&
        !memcmp(t + i, want, n))
      return 1;
  return 0;
}

static int list_number(const char *t, size_t len, struct bc_span sp)
{
  unsigned long k = 0;
  size_t i;
  char mark;
  for (i = sp.start; i < sp.end && i < len; i++) {
    if (t[i] < '0' || t[i] > '9' || i - sp.start >= 3)
      return 0;
    k = k * 10 + (unsigned long)(t[i] - '0');
  }
  if (i + 1 >= len || (t[i] != '.' && t[i] != ')') || t[i + 1] != ' ')
    return 0;
  if (sp.start > 0 && bc__check_is_alnum((unsigned char)t[sp.start - 1]))
    return 0;
  mark = t[i];
  return (k > 1 && marks_item(t, len, sp.start, i + 2, k - 1, mark)) ||
         marks_item(t, len, sp.start, i + 2, k + 1, mark);
}

/* Is the fraction at f a share of something, written in words: "half of
 * the users", "fell by nearly a quarter", "cut in half"?  Not "within a
 * quarter" (of a year) nor "0.25 mm". */
/* Does t[i..] name a scale after a fraction's "of": "(a) million",
 * "(a) thousand"?  "two-thirds of a million likes" is a quantity, about
 * 667,000, not a share of anything. */
static int of_a_scale(const char *t, size_t len, size_t i)
{
  static const char *const scale[] = {"hundred", "thousand", "million",
                                      "billion", "trillion", "dozen"};
  size_t k;
  while (i < len && t[i] == ' ')
    i++;
  if (word_at(t, len, i, "a"))
    i += 1;
  else if (word_at(t, len, i, "one"))
    i += 3;
  while (i < len && t[i] == ' ')
    i++;
  for (k = 0; k < sizeof scale / sizeof scale[0]; k++)
    if (word_at(t, len, i, scale[k]))
      return 1;
  return 0;
}

static int share_word(const char *t, size_t len, const struct bc_number_fact *f)
{
  struct bc_span w = whole_of(f);
  size_t b = w.start, e = f->span.end;
  if (bc__check_has_digit(t + f->span.start, f->span.end - f->span.start))
    return 0;
  while (e < len && t[e] == ' ')
    e++;
  if (word_at(t, len, e, "of"))
    return !of_a_scale(t, len, e + 2);
  while (b > 0 && t[b - 1] == ' ')
    b--;
  if (b < 2 || (b > 2 && bc__check_is_alnum((unsigned char)t[b - 3])))
    return 0;
  return word_at(t, len, b - 2, "by") || word_at(t, len, b - 2, "in");
}

/* --- driver --------------------------------------------------------------- */

/* Does t[e..s) join a change to the value it reached: "to", then at most
 * three words and no number ("rose 11 percent to a record of $41.1
 * billion")? */
static int change_gap(const char *t, size_t e, size_t s)
{
  size_t i = e, words = 0;
  while (i < s && t[i] == ' ')
    i++;
  if (i + 3 > s || strncasecmp(t + i, "to ", 3) != 0)
    return 0;
  for (i += 3; i < s; i++) {
    if (is_digit(t[i]))
      return 0;
    if (bc__check_is_alnum((unsigned char)t[i]) &&
        !bc__check_is_alnum((unsigned char)t[i - 1]) && ++words > 3)
      return 0;
  }
  return 1;
}

/* Is a verb of change right before t[at] ("rose 11 percent", "fell by
 * 5%")? */
static int change_verb_before(const char *t, size_t at)
{
  size_t e = at, s;
  int k;
  for (k = 0; k < 2; k++) {
    while (e > 0 && t[e - 1] == ' ')
      e--;
    s = e;
    while (s > 0 && bc__check_is_alnum((unsigned char)t[s - 1]))
      s--;
    if (s == e)
      return 0;
    if (bc__check_direction_word(t + s, e - s))
      return 1;
    if (e - s != 2 || strncasecmp(t + s, "by", 2) != 0)
      return 0;
    e = s;
  }
  return 0;
}

/* A change and the value it reached, "rose 17.6 percent to $41.1 billion"
 * (the claim's numbers i and i + 1), where the source gives the change
 * that reached the same value, in the same unit, as another amount ("rose
 * 11 percent to a record of $41.1 billion"): the amount belongs to
 * another change.  1 when reported. */
static int change_moved(struct bc__vstate *v, const struct bc__claim *c,
                        const struct bc_number_fact *m, size_t n, size_t i,
                        const struct bc__unit *cu)
{
  const char *t = v->doc->text;
  struct bc__unit cy;
  size_t j, other = NONE;
  if (i + 1 >= n || !t || cu->cls == BC__UNIT_NONE ||
      m[i].value != m[i].value_hi ||
      !change_verb_before(c->text, whole_of(&m[i]).start) ||
      !change_gap(c->text, m[i].span.end, whole_of(&m[i + 1]).start))
    return 0;
  unit_of(&c->words, c->text, c->len, &m[i + 1], &cy);
  if (cy.cls == BC__UNIT_NONE)
    return 0;
  for (j = 0; j + 1 < v->n_nums; j++) {
    if (v->num_unit[j].cls != cu->cls ||
        !change_verb_before(t, whole_of(&v->nums[j]).start) ||
        !change_gap(t, v->nums[j].span.end, whole_of(&v->nums[j + 1]).start) ||
        !bc__validate_numbers_equiv_u(&m[i + 1], &cy, &v->nums[j + 1],
                                      &v->num_unit[j + 1]))
      continue;
    if (bc__validate_numbers_equiv_u(&m[i], cu, &v->nums[j], &v->num_unit[j]))
      return 0; /* the same change stated */
    other = j;
  }
  if (other == NONE)
    return 0;
  number_finding(v, c, &m[i], other,
                 " for the change that reached the same value", 1);
  return 1;
}

/* The word before t[at] (spaces only between) is w? */
static int word_before_is(const char *t, size_t at, const char *w)
{
  size_t n = strlen(w);
  while (at > 0 && t[at - 1] == ' ')
    at--;
  return at >= n && strncasecmp(t + at - n, w, n) == 0 &&
         (at == n || !bc__check_is_alnum((unsigned char)t[at - n - 1]));
}

/* The start of the n-byte word that ends, spaces aside, right before
 * t[at] ("to" before "310"). */
static size_t back_over(const char *t, size_t at, size_t n)
{
  while (at > 0 && t[at - 1] == ' ')
    at--;
  return at - n;
}

/* The start of the word right before t[b] (spaces only between) when it
 * is a verb of change ("fell" before "to"); else NONE. */
static size_t change_verb_at(const char *t, size_t b)
{
  size_t e = b, s;
  while (e > 0 && t[e - 1] == ' ')
    e--;
  s = e;
  while (s > 0 && bc__check_is_alnum((unsigned char)t[s - 1]))
    s--;
  return s < e && bc__check_direction_word(t + s, e - s) ? s : NONE;
}

/* Where the claim's change that ends at its number nf ("to" right before
 * it) begins: at a verb of change right before "to" ("dropped to $19.5
 * billion"), or at "from" before the claim's previous number prev, with
 * at most three words and no number between prev and "to" ("fell from
 * 462 to 310 cases a day", "went from 462 cases to 310"), or at a verb of
 * change right before that "from".  NONE when nf ends no change. */
static size_t change_start(const char *t, const struct bc_number_fact *nf,
                           const struct bc_number_fact *prev)
{
  size_t at = whole_of(nf).start, b, s, k, words = 0;
  if (!word_before_is(t, at, "to"))
    return NONE;
  b = back_over(t, at, 2);
  if ((s = change_verb_at(t, b)) != NONE)
    return s;
  if (!prev || prev->span.end > b || prev->value != prev->value_hi)
    return NONE;
  for (k = prev->span.end; k < b; k++) {
    if (is_digit(t[k]))
      return NONE;
    if (bc__check_is_alnum((unsigned char)t[k]) &&
        !bc__check_is_alnum((unsigned char)t[k - 1]) && ++words > 3)
      return NONE;
  }
  at = whole_of(prev).start;
  if (!word_before_is(t, at, "from"))
    return NONE;
  b = back_over(t, at, 4);
  s = change_verb_at(t, b);
  return s != NONE ? s : b;
}

/* The claim makes a change end at a value the source gives only as where
 * a change started: "dropped to $19.5 billion" where the source says
 * "down from $19.5 billion"; "the average fell from 462 to 310" where it
 * "increased from 310 cases per day to 462" (the change reversed).  The
 * finding covers the claim's change.  1 when reported. */
static int start_as_end(struct bc__vstate *v, const struct bc__claim *c,
                        const struct bc_number_fact *nf,
                        const struct bc_number_fact *prev,
                        const struct bc__unit *cu)
{
  const char *t = v->doc->text;
  struct bc_number_fact whole = *nf;
  size_t j, from = NONE, s;
  if (!t || nf->value != nf->value_hi ||
      (s = change_start(c->text, nf, prev)) == NONE)
    return 0;
  for (j = 0; j < v->n_nums; j++) {
    if (!bc__validate_numbers_equiv_u(nf, cu, &v->nums[j], &v->num_unit[j]))
      continue;
    if (!word_before_is(t, whole_of(&v->nums[j]).start, "from"))
      return 0;
    from = j;
  }
  if (from == NONE)
    return 0;
  whole.whole.start = s;
  whole.whole.end = whole_of(nf).end;
  number_finding(v, c, &whole, from, ": where the change started, not its end",
                 0);
  return 1;
}

/* The comparison written right after a number, "less profitable" in
 * "20% less profitable than widgets": its span in *cmp (0 when there is
 * none). */
static int comparison_after(const char *t, size_t len, size_t at,
                            struct bc_span *cmp)
{
  size_t i = at, s;
  while (i < len && t[i] == ' ')
    i++;
  s = i;
  while (i < len && bc__check_is_alnum((unsigned char)t[i]))
    i++;
  if (i - s != 4 || (strncasecmp(t + s, "less", 4) != 0 &&
                     strncasecmp(t + s, "more", 4) != 0))
    return 0;
  cmp->start = s;
  while (i < len && t[i] == ' ')
    i++;
  s = i;
  while (i < len && bc__check_is_alnum((unsigned char)t[i]))
    i++;
  if (i - s < 3 || bc__lex_is_skippable(t + s, i - s))
    return 0;
  cmp->end = i;
  return 1;
}

/* "30% less profitable" where the source makes the same comparison ("less
 * profitable") with another amount, and never with the claim's: the
 * claim's amount belongs to another thing.  1 when reported. */
static int comparison_moved(struct bc__vstate *v, const struct bc__claim *c,
                            const struct bc_number_fact *nf,
                            const struct bc__unit *cu)
{
  const char *t = v->doc->text;
  struct bc_span ca, sa;
  size_t j, other = NONE, len = t ? v->doc->text_len : 0;
  if (!t || cu->cls == BC__UNIT_NONE || nf->value != nf->value_hi ||
      !comparison_after(c->text, c->len, nf->span.end, &ca))
    return 0;
  for (j = 0; j < v->n_nums; j++) {
    if (v->num_unit[j].cls != cu->cls ||
        !comparison_after(t, len, v->nums[j].span.end, &sa) ||
        sa.end - sa.start != ca.end - ca.start ||
        strncasecmp(t + sa.start, c->text + ca.start, ca.end - ca.start) != 0)
      continue;
    if (bc__validate_numbers_equiv_u(nf, cu, &v->nums[j], &v->num_unit[j]))
      return 0;
    other = j;
  }
  if (other == NONE)
    return 0;
  number_finding(v, c, nf, other, " for the same comparison", 1);
  return 1;
}

void bc__check_numbers(struct bc__vstate *v, const struct bc__claim *claim)
{
  const struct bc_facts *f = claim->f;
  struct bc_number_fact *m;
  struct bc__nframe *cfr;
  struct bc__claim mc = *claim;
  const struct bc__claim *c = &mc;
  size_t n, i;
  bc__check_ordinals(v, c);
  bc__check_labels(v, c);
  bc__check_scores(v, c);
  bc__check_bare_counts(v, c);
  if (f->n_numbers == 0 || v->rc)
    return;
  mc.nic = nic_new(v, claim);
  if (!mc.nic)
    return;
  m = merge_durations(c->text, f->numbers, f->n_numbers, &n);
  if (!m) {
    nic_free(mc.nic);
    v->rc = BC_ERR_NOMEM;
    return;
  }
  /* "between 30,000 and 60,000 people": one range. */
  for (i = 0; i + 1 < n; i++) {
    size_t a = m[i].span.start, e = m[i].span.end;
    if (m[i].value != m[i].value_hi || m[i + 1].value != m[i + 1].value_hi ||
        (m[i].unit && *m[i].unit) || m[i + 1].span.start != e + 5 ||
        strncmp(c->text + e, " and ", 5) != 0 || a < 8 ||
        strncasecmp(c->text + a - 8, "between ", 8) != 0 ||
        m[i + 1].value <= m[i].value)
      continue;
    m[i].unit = m[i + 1].unit; /* shallow copies of the analyzer's */
    m[i].noun = m[i + 1].noun;
    m[i].count = m[i + 1].count;
    m[i].value_hi = m[i + 1].value;
    m[i].span.end = m[i + 1].span.end;
    m[i].whole.start = a - 8;
    m[i].whole.end = whole_of(&m[i + 1]).end;
    memmove(&m[i + 1], &m[i + 2], (n - i - 2) * sizeof *m);
    n--;
  }
  cfr = bc__calloc(n, sizeof *cfr);
  if (!cfr) {
    nic_free(mc.nic);
    free(m);
    v->rc = BC_ERR_NOMEM;
    return;
  }
  v->rc = bc__check_number_frames(v, c->text, c->len, m, n, 0, cfr);
  if (v->rc) {
    nic_free(mc.nic);
    free(cfr);
    free(m);
    return;
  }
  for (i = 0; i < n && !v->rc; i++) {
    struct bc__unit cu;
    int share;
    if (bc__check_overlaps_date(f, m[i].span) ||
        bc__check_in_iso(c->text, c->len, m[i].span.start))
      continue;
    /* A bare four-digit year the analyzer did not read as a date is
     * checked as one. */
    if (m[i].span.end - m[i].span.start == 4 &&
        bc__check_bare_year(c->text, c->len, m[i].span.start)) {
      bc__check_year_claim(v, c, m[i].span);
      continue;
    }
    if (m[i].count && m[i].span.end - m[i].span.start > 5 &&
        c->text[m[i].span.start + 4] == ' ' &&
        bc__check_bare_year(c->text, c->len, m[i].span.start) &&
        bc__check_year_modifier(
            v, c, (struct bc_span){m[i].span.start, m[i].span.start + 4}))
      continue; /* "posted 2016 revenue" where the source has 2017's */
    /* A year the source writes, whether bare or read as a count of the
     * next word ("the 2020 olympics", "the 2009 vote"), is not a
     * quantity. */
    if (((!m[i].unit || !*m[i].unit ||
          (m[i].count && m[i].span.end - m[i].span.start > 5 &&
           c->text[m[i].span.start + 4] == ' ' &&
           bc__check_bare_year(c->text, c->len, m[i].span.start))) &&
         bc__check_year_supported(v, m[i].value)) ||
        list_number(c->text, c->len, m[i].span) ||
        bc__check_in_ratio(c, m[i].span) ||
        bc__check_pair_stated(v, c, m[i].span))
      continue;
    if (label_number(c->text, m[i].span.start)) {
      /* "the top 20 markets" names no quantity, yet is the source's
       * "top 25 markets" misread all the same. */
      size_t ph = bc__check_same_phrase(v, c, &m[i]);
      if (ph != NONE)
        number_finding(v, c, &m[i], ph, "", 1);
      continue;
    }
    v->r->checked.numbers++;
    if (bc__check_list_count(v, c, &m[i]) || bc__check_all_of(v, c, &m[i]))
      continue;
    if (bc__check_coupled(v, c, m, n, i)) {
      i++; /* the couple's second value, reported with the first */
      continue;
    }
    unit_of(&c->words, c->text, c->len, &m[i], &cu);
    share = cu.cls == BC__UNIT_NONE && m[i].value > 0 && m[i].value_hi < 1 &&
            share_word(c->text, c->len, &m[i]);
    if (share) {
      /* "nearly a quarter", "half": a share, read as the percentage the
       * source would give; a vague one, so a contradiction needs one more
       * word in common. */
      m[i].value *= 100;
      m[i].value_hi *= 100;
      m[i].unit = (char *)"%";
      bc__validate_number_info(&m[i], &cu);
    }
    if (!share && (bc__check_row_value(v, c, &m[i], &cu) ||
                   bc__check_paired_moved(v, c, &m[i]) ||
                   change_moved(v, c, m, n, i, &cu) ||
                   start_as_end(v, c, &m[i], i > 0 ? &m[i - 1] : NULL, &cu) ||
                   comparison_moved(v, c, &m[i], &cu)))
      continue;
    check_number(v, c, &m[i], &cu, &cfr[i], share);
  }
  nic_free(mc.nic);
  free(cfr);
  free(m);
}

/* What bc__validate_numbers_equiv_u reads of a source number and its
 * unit, padding zeroed so that keys compare byte for byte. */
struct num_key {
  double value, value_hi, tol, scale, per;
  int approx, bound, cls;
  char canon[sizeof(((struct bc__unit *)0)->canon)];
};

/* The source's numbers grouped by context and by value and unit, so that
 * a claim number reads a context or compares a value once per group
 * (num_ov, num_eq): a long source repeats a few of each. */
static bc_status group_numbers(struct bc__vstate *v)
{
  struct num_key *keys;
  size_t i;
  bc_status rc = bc__groups_by_context(&v->num_ctx_grp, v->num_ctx, v->n_nums);
  if (rc)
    return rc;
  keys = bc__calloc(v->n_nums ? v->n_nums : 1, sizeof *keys);
  if (!keys)
    return BC_ERR_NOMEM;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    const struct bc__unit *u = &v->num_unit[i];
    keys[i].value = s->value;
    keys[i].value_hi = s->value_hi;
    keys[i].tol = s->tol;
    keys[i].scale = u->scale;
    keys[i].per = u->per;
    keys[i].approx = s->approx;
    keys[i].bound = s->bound;
    keys[i].cls = (int)u->cls;
    memcpy(keys[i].canon, u->canon, strnlen(u->canon, sizeof u->canon));
  }
  rc = bc__groups_by_key(&v->num_val_grp, keys, v->n_nums, sizeof *keys);
  free(keys);
  if (!rc)
    rc = bc__answers_init(&v->num_ov, v->n_nums);
  if (!rc)
    rc = bc__answers_init(&v->num_eq, v->n_nums);
  return rc;
}

bc_status bc__check_numbers_prepare(struct bc__vstate *v)
{
  const struct bc_facts *F = v->facts;
  const struct bc_doc *d = v->doc;
  const char *t = d->text ? d->text : "";
  size_t len = d->text ? d->text_len : 0, i, n_ord = 0, n_num = 0;
  struct bc_number_fact *nums = NULL, *ords = NULL;
  bc_status rc;
  rc = bc__span_index_init(&v->date_spans, v->dates, v->n_dates, NULL, 0);
  if (rc)
    return rc;
  v->numtok =
      numeric_tokens(t, len, &v->date_spans, &v->numtok_at, &v->n_numtok);
  if (!v->numtok)
    return BC_ERR_NOMEM;
  /* One array: the numbers, durations merged, then the ordinals. */
  ords = bc__check_ordinals_of(v, t, len, F, &n_ord);
  if (v->rc)
    return v->rc;
  if (F->n_numbers) {
    nums = merge_durations(t, F->numbers, F->n_numbers, &n_num);
    if (!nums) {
      free(ords);
      return BC_ERR_NOMEM;
    }
  }
  if (n_num + n_ord) {
    v->nums = bc__calloc(n_num + n_ord, sizeof *v->nums);
    v->num_ctx = bc__calloc(n_num + n_ord, sizeof *v->num_ctx);
    v->num_unit = bc__calloc(n_num + 1, sizeof *v->num_unit);
  }
  if ((n_num + n_ord) && (!v->nums || !v->num_ctx || !v->num_unit)) {
    free(nums);
    free(ords);
    return BC_ERR_NOMEM;
  }
  if (n_num)
    memcpy(v->nums, nums, n_num * sizeof *nums);
  if (n_ord)
    memcpy(v->nums + n_num, ords, n_ord * sizeof *ords);
  free(nums);
  free(ords);
  v->n_nums = n_num;
  v->n_ords = n_ord;
  for (i = 0; i < n_num; i++)
    unit_of(&v->words, t, len, &v->nums[i], &v->num_unit[i]);
  v->num_info = bc__calloc(n_num + 1, sizeof *v->num_info);
  if (!v->num_info)
    return BC_ERR_NOMEM;
  for (i = 0; i < n_num; i++)
    bc__validate_number_info(&v->nums[i], &v->num_info[i]);
  if (n_num) {
    v->num_frame = bc__calloc(n_num, sizeof *v->num_frame);
    if (!v->num_frame)
      return BC_ERR_NOMEM;
    rc = bc__check_number_frames(v, t, len, v->nums, n_num, 1, v->num_frame);
    if (rc)
      return rc;
  }
  for (i = 0; i < n_num + n_ord; i++)
    bc__wordtab_context(&v->words, v->nums[i].span, &v->num_ctx[i]);
  return group_numbers(v);
}
