/* check_dates.c - the date checker: each date, period and duration a claim
 * states (as the analyzer read it, or a bare year the number checker
 * hands over) must be stated by the source, and stated of the same thing
 * (told by the words the claim shares with each place of the source, and
 * by those that tell the places apart); where the source makes the right
 * value unambiguous, the finding carries it as a fix.  The source's side
 * is read once in check_dates_source.c; when two values are the same date
 * is decided in equivalence.c.  A claim's dates are read by the analyzer
 * only: no date is read here. */
#include <math.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/calendar.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

#define NONE ((size_t)-1)

static const char *kind_word(enum bc_date_kind k)
{
  switch (k) {
  case BC_DATE_DAY: return "date";
  case BC_DATE_MONTH: return "month";
  case BC_DATE_YEAR: return "year";
  case BC_DATE_QUARTER: return "quarter";
  case BC_DATE_HALF: return "half year";
  case BC_DATE_SEASON: return "season";
  case BC_DATE_WEEK: return "week";
  case BC_DATE_DECADE: return "decade";
  case BC_DATE_CENTURY: return "century";
  default: return "date";
  }
}

/* The claim's word for a value without a year. */
static const char *claim_word(const struct bc__dval *p)
{
  if (p->kind != BC_DATE_PARTIAL)
    return kind_word(p->kind);
  return p->d ? "date" : p->m ? "month" : "quarter";
}

static int dig(char c)
{
  return c >= '0' && c <= '9';
}

/* Is y an end of a span of years the source writes with the century of
 * its end left out ("FY2020-22", "2019–22", "2018/19"), where the analyzer
 * may read no year: the writer's "fiscal 2020 to 2022" spells it out. */
static int short_range_end(const struct bc__vstate *v, int y)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, k;
  for (i = 0; i + 7 <= len; i++) {
    int y0, yy;
    if (!dig(t[i]) || (i > 0 && dig(t[i - 1])) || !dig(t[i + 1]) ||
        !dig(t[i + 2]) || !dig(t[i + 3]))
      continue;
    k = i + 4;
    if (t[k] == '-' || t[k] == '/')
      k++;
    else if (k + 3 <= len && memcmp(t + k, "\xe2\x80\x93", 3) == 0)
      k += 3;
    else
      continue;
    if (k + 2 > len || !dig(t[k]) || !dig(t[k + 1]) ||
        (k + 2 < len && dig(t[k + 2])))
      continue;
    y0 = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 +
         (t[i + 3] - '0');
    yy = (t[k] - '0') * 10 + (t[k + 1] - '0');
    if (y0 / 100 * 100 + yy > y0 && (y == y0 || y0 / 100 * 100 + yy == y))
      return 1;
  }
  return 0;
}

/* Is the year written anywhere in the source as a word?  Covers a year the
 * analyzer read as something else in the source. */
static int year_in_source(struct bc__vstate *v, int y)
{
  char yb[16];
  snprintf(yb, sizeof yb, " %04d ", y);
  return strstr(v->norm, yb) != NULL || short_range_end(v, y);
}

/* The year the document's title is about ("Our Q4 2023 review"). */
static int year_in_title(const struct bc__vstate *v, int y)
{
  char yb[8];
  const char *p;
  snprintf(yb, sizeof yb, "%04d", y);
  for (p = v->doc->title; p && (p = strstr(p, yb)) != NULL; p += 4)
    if ((p == v->doc->title || !bc__check_is_alnum((unsigned char)p[-1])) &&
        !bc__check_is_alnum((unsigned char)p[4]))
      return 1;
  return 0;
}

/* Does t[0..n) name a month ("the first of May")? */
static int names_month(const char *t, size_t n)
{
  size_t pos = 0, st, wl;
  while ((wl = bc__validate_next_word(t, n, &pos, &st)) > 0)
    if (bc__cal_month_of(t + st, wl) && wl >= 3)
      return 1;
  return 0;
}

/* Is month m written out in the source, capitalised, where the analyzer
 * did not read it ("a student in February Alshammari had been charged")?
 * Then a claim of that month without its year is stated. */
static int month_in_source(const struct bc__vstate *v, int m)
{
  const char *name = bc__cal_month_name(m), *t = v->doc->text, *p;
  size_t n = strlen(name);
  if (!t || !n)
    return 0;
  for (p = strstr(t, name); p; p = strstr(p + n, name))
    if ((p == t || !bc__check_is_alnum((unsigned char)p[-1])) &&
        !bc__check_is_alnum((unsigned char)p[n]))
      return 1;
  return 0;
}

/* The document's own date as a value; 0 when it has none. */
static int doc_date(const struct bc__vstate *v, struct bc__dval *p)
{
  struct bc__dval hi;
  return v->doc->date && bc__validate_date_value(v->doc->date, p, &hi) &&
         p->kind != BC_DATE_PARTIAL;
}

static int doc_date_states(const struct bc__vstate *v, const struct bc__dval *p)
{
  struct bc__dval d;
  return doc_date(v, &d) && bc__validate_dval_supports(p, &d, &d, 0) == 2;
}

/* A claim's date or time o read as date_in_claim compares it, into lo
 * and hi; 0 when it states no value to compare. */
static int claim_date_value(const struct bc__claim *c, size_t i,
                            struct bc__dval *lo, struct bc__dval *hi)
{
  const struct bc_date_fact *o =
      i < c->f->n_dates ? &c->f->dates[i] : &c->f->times[i - c->f->n_dates];
  /* A month named alone ("in late April") is among the times. */
  if (i < c->f->n_dates ? !bc__validate_date_value(o->iso, lo, hi)
                        : !bc__validate_date_parse(o->kind, o->iso, lo, hi))
    return 0;
  if (i >= c->f->n_dates && lo->kind == BC_DATE_DAY)
    return 0; /* a weekday named alone: its week is a guess */
  if (o->guessed && (lo->kind == BC_DATE_DAY || lo->kind == BC_DATE_MONTH ||
                     lo->kind == BC_DATE_QUARTER)) {
    /* Its year is a guess: what is written is claimed. */
    lo->y = 0;
    lo->kind = BC_DATE_PARTIAL;
    *hi = *lo;
  }
  return 1;
}

static int grain(const struct bc__dval *v);

/* Does the claim's value lo..hi state the source value src, naming it at
 * its own grain or finer?  A coarser value holds it without naming it:
 * "the best apps of the year" names no December. */
static int value_states(const struct bc__dval *lo, const struct bc__dval *hi,
                        const struct bc__sdate *src)
{
  int g = grain(&src->lo);
  return (grain(lo) >= g && bc__validate_dval_supports(lo, &src->lo, &src->hi,
                                                       src->range) == 2) ||
         (grain(hi) >= g &&
          bc__validate_dval_supports(hi, &src->lo, &src->hi, src->range) == 2);
}

/* What date_in_claim asks, kept for one claim while bc__check_dates runs
 * on it: its dates and times parsed once and grouped by sentence (ord,
 * sorted by sentence number sent), and per source date the answer for the
 * last sentence it was asked for.  The answer depends on the sentence
 * only, so a sentence of n dates costs n per source date, not n per
 * claim date and source date. */
struct dic_val {
  struct bc__memo_key key;
  struct bc__dval lo, hi;
  long lo_a, lo_b, hi_a, hi_b; /* their days (bc__validate_date_days) */
  int lo_ok, hi_ok;
};

static const struct bc__sdays *sdate_days(struct bc__vstate *v, size_t g);

/* Do the days a..b (ok: there are days) hold source date d's lo, or its hi
 * for a range: bc__validate_dval_supports's 2 for values of no partial
 * kind, which compares days alone. */
static int days_state(long a, long b, int ok, const struct bc__sdays *d,
                      int range)
{
  return ok && ((d->lo_ok && d->lo_a >= a && d->lo_b <= b) ||
                (range && d->hi_ok && d->hi_a >= a && d->hi_b <= b));
}

/* value_states of the claim's value d and source date k, on days reckoned
 * once for each. */
static int dic_states(struct bc__vstate *v, const struct dic_val *d, size_t k)
{
  const struct bc__sdate *src = &v->date_val[k];
  const struct bc__sdays *sd;
  int g;
  if (d->lo.kind == BC_DATE_PARTIAL || d->hi.kind == BC_DATE_PARTIAL ||
      src->lo.kind == BC_DATE_PARTIAL ||
      (src->range && src->hi.kind == BC_DATE_PARTIAL) ||
      (sd = sdate_days(v, k)) == NULL)
    return value_states(&d->lo, &d->hi, src);
  g = grain(&src->lo);
  return (grain(&d->lo) >= g &&
          days_state(d->lo_a, d->lo_b, d->lo_ok, sd, src->range)) ||
         (grain(&d->hi) >= g &&
          days_state(d->hi_a, d->hi_b, d->hi_ok, sd, src->range));
}

struct bc__dic_memo {
  struct bc__claim_memo m;      /* the claim's values (dic_val), by sentence */
  const struct bc__sdate *base; /* v->date_val */
  unsigned char *ans;           /* per source date: the answer kept */
};

/* Does the claim's own text state src in another of its dates?  Then the
 * words they share are that date's, not a sign of a mix-up: "from February
 * 2023 to June 2024 ... a system built in 2014".  df itself counts: the
 * other end of "from 1800 to 2000". */
static int date_in_claim(struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_date_fact *df,
                         const struct bc__sdate *src)
{
  size_t i, n = c->f->n_dates + c->f->n_times;
  struct bc__dic_memo *m = c->dic;
  if (m && src >= m->base && src < m->base + m->m.n_src) {
    size_t k = (size_t)(src - m->base);
    size_t s = bc__marks_before(&c->sents, df->span.start);
    if (bc__claim_memo_asked(&m->m, k, s))
      return m->ans[k];
    m->ans[k] = 0;
    for (i = bc__claim_memo_first(&m->m, s); i < m->m.n; i++) {
      const struct dic_val *d = bc__claim_memo_at(&m->m, i);
      if (d->key.sent != s)
        break;
      if (m->base == v->date_val ? dic_states(v, d, k)
                                 : value_states(&d->lo, &d->hi, src)) {
        m->ans[k] = 1;
        break;
      }
    }
    return m->ans[k];
  }
  for (i = 0; i < n; i++) {
    struct bc__dval lo, hi;
    const struct bc_date_fact *o =
        i < c->f->n_dates ? &c->f->dates[i] : &c->f->times[i - c->f->n_dates];
    if (!bc__check_same_sentence_m(&c->sents, o->span.start, df->span.start))
      continue;
    if (claim_date_value(c, i, &lo, &hi) && value_states(&lo, &hi, src))
      return 1;
  }
  return 0;
}

/* The source date i's lo coarsened to kind k into *out, as
 * bc__validate_date_coarsen does, kept for the kind last asked: each claim
 * date asks every source date, and a text's claims are mostly of one
 * kind.  *out is set only when it answers nonzero. */
static int coarsen_kept(struct bc__vstate *v, size_t i, enum bc_date_kind k,
                        struct bc__dval *out)
{
  struct bc__coarse *c;
  if (!v->date_coarse)
    v->date_coarse =
        bc__calloc(v->n_dates ? v->n_dates : 1, sizeof *v->date_coarse);
  if (!v->date_coarse) /* no room to keep it: asked each time */
    return bc__validate_date_coarsen(&v->date_val[i].lo, k, out);
  c = &v->date_coarse[i];
  if (!c->asked || c->kind != k) {
    c->ok = bc__validate_date_coarsen(&v->date_val[i].lo, k, &c->val);
    c->kind = k;
    c->asked = 1;
  }
  if (c->ok)
    *out = c->val;
  return c->ok;
}

/* Can the source value i say the claim p otherwise: is it at least as
 * fine as the claim, so that it names another value of the claim's kind
 * (a day for a day, a quarter or a month for a quarter, any date for a
 * year)?  A year never contradicts a day.  *k gets that value. */
static int same_grain(struct bc__vstate *v, const struct bc__dval *p, size_t i,
                      struct bc__dval *k)
{
  const struct bc__sdate *sd = &v->date_val[i];
  const struct bc__dval *s = &sd->lo;
  if (p->kind == BC_DATE_PARTIAL) {
    *k = *s;
    if (p->d)
      return s->d != 0;
    if (p->m)
      return s->m != 0;
    return s->q != 0 || s->m != 0;
  }
  if (s->kind == BC_DATE_PARTIAL ||
      (p->kind == BC_DATE_CENTURY && s->kind != BC_DATE_CENTURY))
    return 0; /* a year is no other century: "an 11th century bronze
                 bought in 2007" */
  if (sd->range)
    return p->kind == BC_DATE_YEAR && coarsen_kept(v, i, p->kind, k);
  return coarsen_kept(v, i, p->kind, k);
}

static int grain(const struct bc__dval *v);

/* Is the source value sd coarser than the claim p and apart from it: a
 * year, half, quarter, month or season that p does not lie in, so that
 * it dates the claim's event otherwise ("in 2017" or "in the fall of
 * 2016" for a claim's "June 2016")?  A season's edges are loose ("late
 * summer" may reach into September): p must lie a month away.  *k gets
 * it. */
static int coarser_elsewhere(const struct bc__dval *p,
                             const struct bc__sdate *sd, struct bc__dval *k)
{
  long ca, cb, sa, sb, margin;
  if (p->kind == BC_DATE_PARTIAL || sd->range || grain(&sd->lo) >= grain(p) ||
      (sd->lo.kind != BC_DATE_YEAR && sd->lo.kind != BC_DATE_HALF &&
       sd->lo.kind != BC_DATE_QUARTER && sd->lo.kind != BC_DATE_SEASON &&
       sd->lo.kind != BC_DATE_MONTH) ||
      !bc__validate_date_days(p, &ca, &cb) ||
      !bc__validate_date_days(&sd->lo, &sa, &sb))
    return 0;
  margin = sd->lo.kind == BC_DATE_SEASON ? 31 : 0;
  if (cb >= sa - margin && ca <= sb + margin)
    return 0;
  *k = sd->lo;
  return 1;
}

/* A mix-up on evidence this strong: the claim's words are those of the
 * other date's sentence.  A date worked out from the reference date ("last
 * year") counts only when they clearly are. */
static int mixed_up(size_t conf, size_t n, int weak)
{
  if (!bc__check_mixed_up(0, conf, n))
    return 0;
  return !weak || conf >= 4 || (conf >= 3 && 2 * conf >= n);
}

/* The claim text t[0..n) with the year bad_y, written once as four digits,
 * changed to y; NULL when the year is not written so. */
static char *year_fix(const char *t, size_t n, int bad_y, int y)
{
  char yb[8];
  struct bc_buf b = BC_BUF_INIT(256);
  size_t i, at = n, count = 0;
  snprintf(yb, sizeof yb, "%04d", bad_y);
  for (i = 0; i + 4 <= n; i++)
    if (memcmp(t + i, yb, 4) == 0 &&
        (i == 0 || !bc__check_is_alnum((unsigned char)t[i - 1])) &&
        (i + 4 == n || !bc__check_is_alnum((unsigned char)t[i + 4]))) {
      at = i;
      count++;
    }
  if (count != 1)
    return NULL;
  bc_buf_add(&b, t, at);
  bc_buf_addf(&b, "%04d", y);
  bc_buf_add(&b, t + at + 4, n - at - 4);
  return bc_buf_take(&b, NULL);
}

/* The replacement for a claim whose right value is want (of the claim's
 * kind, differing from it in the year only): the claim with its year
 * changed; else, when src is written as the claim's kind, the source's
 * words.  NULL (and v->rc untouched) when neither works. */
static char *make_fix(struct bc__vstate *v, const struct bc__claim *c,
                      const struct bc_date_fact *df, const struct bc__dval *p,
                      const struct bc__dval *want, size_t src)
{
  char *fix = NULL;
  if (p->kind == BC_DATE_PARTIAL || want->y == p->y)
    return NULL;
  fix = year_fix(c->text + df->span.start, df->span.end - df->span.start, p->y,
                 want->y);
  if (!fix && p->kind == BC_DATE_DAY && v->date_val[src].lo.kind == p->kind) {
    struct bc_buf b = BC_BUF_INIT(64);
    bc_buf_addf(&b, "%d %s %04d", want->d, bc__cal_month_name(want->m),
                want->y);
    fix = bc_buf_take(&b, NULL);
    if (!fix)
      v->rc = BC_ERR_NOMEM;
  } else if (!fix && v->date_val[src].lo.kind == p->kind &&
             !v->date_val[src].range) {
    fix = bc__check_source_text(v, v->dates[src].span);
    if (!fix)
      v->rc = BC_ERR_NOMEM;
  }
  return fix;
}

static int same_point(const struct bc__dval *a, const struct bc__dval *b)
{
  return a->kind == b->kind && a->y == b->y && a->m == b->m && a->d == b->d &&
         a->q == b->q && a->sub == b->sub;
}

enum said { NOT_GIVEN, NOT_GIVEN_SAYS, MIXED_UP, RANGE_ENDS };

/* Does a noun follow the date ending at t[e] ("Q1 results")?  A lower
 * case word that is no preposition or conjunction. */
static int modifies_noun(const char *t, size_t len, size_t e)
{
  static const char *const glue[] = {
      "of",   "to",    "and",     "or", "in",   "on", "at",   "for",
      "from", "until", "through", "by", "than", "as", "when", NULL};
  size_t j, n;
  if (e + 2 > len || t[e] != ' ' || !(t[e + 1] >= 'a' && t[e + 1] <= 'z'))
    return 0;
  for (j = 0; glue[j]; j++) {
    n = strlen(glue[j]);
    if (e + 1 + n <= len && strncmp(t + e + 1, glue[j], n) == 0 &&
        (e + 1 + n == len || !bc__check_is_alnum((unsigned char)t[e + 1 + n])))
      return 0;
  }
  return 1;
}

/* Report the claim df as an error (or sev) naming the source value src
 * (NONE: none) in the message for how. */
static void report(struct bc__vstate *v, const struct bc__claim *c,
                   const struct bc_date_fact *df, enum bc_severity sev,
                   size_t src, const char *fix, enum said how, const char *word)
{
  char *says = src == NONE ? bc__strdup("")
                           : bc__check_source_text(v, v->dates[src].span);
  struct bc_buf mb = BC_BUF_INIT(1024);
  struct bc_span span = df->span;
  char *msg;
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  switch (how) {
  case NOT_GIVEN:
    bc_buf_addf(&mb, "the source does not give this %s", word);
    break;
  case NOT_GIVEN_SAYS:
    bc_buf_addf(&mb, "the source does not give this %s; it says %s", word,
                says);
    break;
  case MIXED_UP:
    bc_buf_addf(&mb, "the source gives %s for this, not the %s in the summary",
                says, word);
    break;
  case RANGE_ENDS:
    bc_buf_addf(&mb, "the source gives the range as %s", says);
    break;
  }
  msg = bc_buf_take(&mb, NULL);
  /* The finding quotes the date, not the article the analyzer read with
   * it, where the date modifies the noun after it: "Q1" of "the Q1
   * results season" (the article is the season's), not of "the second
   * half of 2022". */
  if (span.end - span.start > 4 &&
      strncasecmp(c->text + span.start, "the ", 4) == 0 &&
      !(fix && strncasecmp(fix, "the ", 4) == 0) &&
      modifies_noun(c->text, c->len, span.end))
    span.start += 4;
  if (msg)
    bc__check_add(v, c, BC_FINDING_DATE, sev, span, says,
                  src == NONE ? (struct bc_span){0, 0} : v->dates[src].span,
                  fix, msg);
  else
    v->rc = BC_ERR_NOMEM;
  free(says);
  free(msg);
}

/* What the source says of one claimed point, gathered in one pass. */
struct verdict {
  int support;     /* best bc__validate_dval_supports */
  size_t sup_ov;   /* context words shared with a place stating it */
  int sup_heading; /* a post's dated heading states it */
  int sup_body;    /* a date of the text's body (no heading) states it */
  size_t best;     /* the source value to name instead */
  int best_prio, best_rank;
  long best_dist;
  size_t best_ov;
  /* The other value whose words the claim has (a mix-up), as the claim's
   * kind in conf_val; tie_ov: the most words shared with a value other
   * than that one. */
  size_t conflict, conf_ov, tie_ov;
  struct bc__dval conf_val;
  int conf_coarse; /* conf_val is coarser than the claim: it repairs nothing */
  /* The most context words shared with a coarser value the claim's value
   * lies in ("last week" for a day of that week). */
  size_t in_ov;
  /* The value of the claim's kind in another year the claim most likely
   * meant (the source's Q3 2024 for a claim's Q3 2023), from which a fix
   * may come; fix_other: another such value was seen, with at most
   * fix_ov2 words shared. */
  size_t fix_src, fix_ov, fix_ov2;
  int fix_other;
  struct bc__dval fix_val;
};

/* How fine a value is: a century 0 ... a day 7. */
static int grain(const struct bc__dval *v)
{
  switch (v->kind) {
  case BC_DATE_CENTURY: return 0;
  case BC_DATE_DECADE: return 1;
  case BC_DATE_YEAR: return 2;
  case BC_DATE_HALF: return 3;
  case BC_DATE_QUARTER:
  case BC_DATE_SEASON: return 4;
  case BC_DATE_MONTH: return 5;
  case BC_DATE_WEEK: return 6;
  default: return 7;
  }
}

/* Keep the candidate i (value k, ov words shared) if it shares more words
 * than the one kept; *other_ov gets the most any other value shares. */
static void keep_top(size_t i, const struct bc__dval *k, size_t ov, size_t *top,
                     struct bc__dval *top_val, size_t *top_ov, size_t *other_ov,
                     int *other)
{
  if (*top == NONE) {
    *top = i;
    *top_val = *k;
    *top_ov = ov;
    return;
  }
  if (same_point(k, top_val)) {
    if (ov > *top_ov) {
      *top = i;
      *top_ov = ov;
    }
    return;
  }
  if (other)
    *other = 1;
  if (ov > *top_ov) {
    if (*top_ov > *other_ov)
      *other_ov = *top_ov;
    *top = i;
    *top_val = *k;
    *top_ov = ov;
  } else if (ov > *other_ov) {
    *other_ov = ov;
  }
}

/* How source date i supports the claim's value p (bc__validate_dval_
 * supports, but a range of years says nothing of a month inside it), and
 * the words its context shares with the claim's: asked once per group of
 * the source's dates (v->date_val_grp, v->date_ctx_grp) for each claim
 * date, which weigh starts. */
/* Source date g's days, made once per check (NULL when there is no room
 * to keep them). */
static const struct bc__sdays *sdate_days(struct bc__vstate *v, size_t g)
{
  struct bc__sdays *d;
  if (!v->date_days)
    v->date_days =
        bc__calloc(v->n_dates ? v->n_dates : 1, sizeof *v->date_days);
  if (!v->date_days)
    return NULL;
  d = &v->date_days[g];
  if (!d->made) {
    d->lo_ok = (unsigned char)bc__validate_date_days(&v->date_val[g].lo,
                                                     &d->lo_a, &d->lo_b);
    d->hi_ok = (unsigned char)bc__validate_date_days(&v->date_val[g].hi,
                                                     &d->hi_a, &d->hi_b);
    d->made = 1;
  }
  return d;
}

/* bc__validate_date_days of the claim date p that weigh asks of (v->
 * date_sup.now), reckoned once for it. */
static int claim_days(struct bc__vstate *v, const struct bc__dval *p, long *a,
                      long *b)
{
  if (!v->sup_days_made || v->sup_days_now != v->date_sup.now) {
    v->sup_days_ok = bc__validate_date_days(p, &v->sup_days_a, &v->sup_days_b);
    v->sup_days_now = v->date_sup.now;
    v->sup_days_made = 1;
  }
  *a = v->sup_days_a;
  *b = v->sup_days_b;
  return v->sup_days_ok;
}

/* bc__validate_dval_supports of the claim p and source date g, on days
 * made once for dates of no partial value (where that function compares
 * days alone): the claim's days are reckoned once per claim, not once per
 * source date. */
static long supports(struct bc__vstate *v, const struct bc__dval *p, size_t g)
{
  const struct bc__sdate *sd = &v->date_val[g];
  const struct bc__sdays *d;
  long ca, cb;
  if (p->kind == BC_DATE_PARTIAL || sd->lo.kind == BC_DATE_PARTIAL ||
      (sd->range && sd->hi.kind == BC_DATE_PARTIAL) ||
      (d = sdate_days(v, g)) == NULL)
    return bc__validate_dval_supports(p, &sd->lo, &sd->hi, sd->range);
  if (!claim_days(v, p, &ca, &cb))
    return 0;
  if ((d->lo_ok && d->lo_a >= ca && d->lo_b <= cb) ||
      (sd->range && d->hi_ok && d->hi_a >= ca && d->hi_b <= cb))
    return 2;
  return sd->range && d->lo_ok && d->hi_ok && ca >= d->lo_a && cb <= d->hi_b;
}

static int date_support(struct bc__vstate *v, const struct bc__dval *p,
                        size_t i)
{
  size_t g = v->date_val_grp.rep[i];
  long s;
  if (!bc__answers_get(&v->date_sup, g, &s)) {
    const struct bc__sdate *sd = &v->date_val[g];
    s = supports(v, p, g);
    if (s == 1 && (grain(p) > grain(&sd->lo) || grain(p) > grain(&sd->hi)))
      s = 0;
    bc__answers_set(&v->date_sup, g, s);
  }
  return (int)s;
}

static size_t date_overlap(struct bc__vstate *v, const struct bc__context *ctx,
                           size_t i)
{
  return bc__answers_overlap(&v->date_ov, &v->date_ctx_grp, ctx, v->date_ctx,
                             i);
}

/* Does the claim's value p lie in the source's value sd, whole days of
 * it ("November 12, 2019" in "last week", 2019-W46)? */
static int lies_in(struct bc__vstate *v, const struct bc__dval *p, size_t i)
{
  const struct bc__sdate *sd = &v->date_val[i];
  const struct bc__sdays *d = sdate_days(v, i);
  long ca, cb, sa, sb, t;
  if (d)
    return claim_days(v, p, &ca, &cb) && d->lo_ok && d->hi_ok &&
           ca >= d->lo_a && cb <= d->hi_b;
  return bc__validate_date_days(p, &ca, &cb) &&
         bc__validate_date_days(&sd->lo, &sa, &t) &&
         bc__validate_date_days(&sd->hi, &t, &sb) && ca >= sa && cb <= sb;
}

/* What the source says of the claim's value p in words ctx: support, and
 * the other value the claim may have been mixed up with.  What to name
 * instead of an unsupported claim is weigh_says's, asked only then. */
static void weigh(struct bc__vstate *v, const struct bc__claim *c,
                  const struct bc_date_fact *df, const struct bc__dval *p,
                  const struct bc__context *ctx, struct verdict *w)
{
  size_t g;
  memset(w, 0, sizeof *w);
  w->best = w->conflict = w->fix_src = NONE;
  w->best_prio = 9;
  w->best_rank = 100;
  v->date_sup.now++;
  v->date_ov.now++;
  /* The first date of each group of v->date_grp alone: another of its
   * group would bring the same support, words and value, and what is kept
   * takes a candidate only when it shares strictly more words (keep_top),
   * so the first one stands. */
  for (g = 0; g < v->date_grp.n_first; g++) {
    size_t i = v->date_grp.first[g];
    const struct bc__sdate *sd = &v->date_val[i];
    struct bc__dval k;
    size_t ov;
    int s = date_support(v, p, i);
    if (!s && !(sd->use & BC__SD_SAYS))
      continue;
    ov = date_overlap(v, ctx, i);
    if (s > w->support)
      w->support = s;
    if (s < 2 && ov > w->in_ov && lies_in(v, p, i))
      w->in_ov = ov;
    if (s == 2) {
      if (ov > w->sup_ov)
        w->sup_ov = ov;
      if (sd->use & BC__SD_HEADING)
        w->sup_heading = 1;
      else
        w->sup_body = 1;
      continue;
    }
    /* A value that shares no word with the claim is no mix-up. */
    if (!(sd->use & BC__SD_SAYS) || ov == 0)
      continue;
    /* keep_top takes a candidate only when it shares more words than the
     * value kept or than any other value seen; one that shares no more
     * than both changes nothing, so its grain and the claim's other dates
     * (same_grain, date_in_claim) need not be read.  In a long sentence
     * of dates this skips most of them once a close one is kept. */
    if (w->conflict != NONE && ov <= w->conf_ov && ov <= w->tie_ov)
      continue;
    if (!same_grain(v, p, i, &k)) {
      /* A coarser value in the claim's words that the claim's value does
       * not lie in ("in 2017" where the claim says June 2016) dates the
       * same event otherwise; only on the words' strong evidence. */
      if (ov >= 3 && coarser_elsewhere(p, sd, &k) &&
          !date_in_claim(v, c, df, sd)) {
        size_t before = w->conflict;
        keep_top(i, &k, ov, &w->conflict, &w->conf_val, &w->conf_ov, &w->tie_ov,
                 NULL);
        if (w->conflict != before)
          w->conf_coarse = 1;
      }
      continue;
    }
    if (!date_in_claim(v, c, df, sd)) {
      size_t before = w->conflict;
      keep_top(i, &k, ov, &w->conflict, &w->conf_val, &w->conf_ov, &w->tie_ov,
               NULL);
      if (w->conflict != before)
        w->conf_coarse = 0;
    }
  }
}

/* For a claim no source date states, after weigh (its answers still
 * kept): the source value to name instead, and the one of the claim's
 * kind in another year a fix may come from. */
static void weigh_says(struct bc__vstate *v, const struct bc__dval *p,
                       const struct bc__context *ctx, struct verdict *w)
{
  size_t g;
  /* As weigh, the first of each group: the best is replaced only by a
   * strictly better one. */
  for (g = 0; g < v->date_grp.n_first; g++) {
    size_t i = v->date_grp.first[g];
    const struct bc__sdate *sd = &v->date_val[i];
    struct bc__dval k;
    size_t ov;
    long dist;
    int rank, prio;
    if (!(sd->use & BC__SD_SAYS) || date_support(v, p, i) == 2)
      continue;
    ov = date_overlap(v, ctx, i);
    rank = bc__validate_dval_nearness(p, &sd->lo, &sd->hi, &dist);
    /* A value of the claim's own kind in the claim's words comes first
     * (Q3 2024 for Q3 2023), then any in its words, then one of its kind,
     * then the nearest. */
    prio = rank <= 2 && ov >= 1   ? 0
           : rank <= 4 && ov >= 1 ? 1
           : rank <= 2            ? 2
                                  : 3;
    if (w->best == NONE || prio < w->best_prio ||
        (prio == w->best_prio &&
         (ov > w->best_ov || (ov == w->best_ov && (rank < w->best_rank ||
                                                   (rank == w->best_rank &&
                                                    dist < w->best_dist)))))) {
      w->best = i;
      w->best_prio = prio;
      w->best_rank = rank;
      w->best_dist = dist;
      w->best_ov = ov;
    }
    if (rank <= 2 && !(sd->use & BC__SD_WEAK) && p->kind != BC_DATE_PARTIAL &&
        same_grain(v, p, i, &k))
      keep_top(i, &k, ov, &w->fix_src, &w->fix_val, &w->fix_ov, &w->fix_ov2,
               &w->fix_other);
  }
}

/* Does the sentence of the relative date at u also state a value of the
 * claim's own grain that shares two or more of the claim's words (w->
 * conflict: "by the middle of this century ... by 2051")?  Then the
 * writer gave the relative date its value, and a claim of another value
 * ("by 2061") is not the relative date's but contradicts the value
 * beside it, where the relative date spans a decade or a century. */
static int stated_beside(const struct bc__vstate *v, const struct verdict *w,
                         struct bc_span u)
{
  const struct bc_facts *F = v->facts;
  size_t k;
  if (w->conflict == NONE || w->conf_coarse || w->conf_ov < 2)
    return 0;
  /* Only a relative date no single year names ("the middle of this
   * century", "the end of the decade"): "this year" beside "2016" may be
   * the very year the claim names. */
  for (k = 0; k < F->n_dates; k++)
    if (F->dates[k].span.start == u.start && F->dates[k].span.end == u.end)
      break;
  if (k == F->n_dates || (F->dates[k].grain != BC_DATE_DECADE &&
                          F->dates[k].grain != BC_DATE_CENTURY))
    return 0;
  k = v->date_val[w->conflict].sent;
  return k < F->n_sentences && F->sentences[k].start <= u.start &&
         u.end <= F->sentences[k].end;
}

/* Where no source date shares as many of the claim's words (w->best) as a
 * relative date with no value does ("this year" in an undated source, "the
 * day before the fitting"), the claim's date may be that one: a warning
 * that names it, not an error.  Nonzero when so reported; *beside set
 * when that relative date's sentence states the value the claim
 * contradicts (stated_beside). */
static int unresolved_here(struct bc__vstate *v, const struct bc__claim *c,
                           const struct bc_date_fact *df,
                           const struct bc__context *ctx,
                           const struct verdict *w, int *beside)
{
  size_t i, best = NONE, best_ov = w->best == NONE ? 0 : w->best_ov;
  char *says;
  for (i = 0; i < v->n_unres; i++) {
    size_t ov = bc__validate_overlap(ctx, &v->unres_ctx[i]);
    if (ov > best_ov) {
      best_ov = ov;
      best = i;
    }
  }
  if (best == NONE)
    return 0;
  if (stated_beside(v, w, v->unres[best])) {
    *beside = 1;
    return 0;
  }
  says = bc__check_source_text(v, v->unres[best]);
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_WARNING, df->span, says,
                v->unres[best], NULL,
                "the source does not give this date; it says only a date "
                "relative to its own, which it does not give");
  free(says);
  return 1;
}

/* The first place hay[0..hn) writes w[0..wn) as a whole (no letter or
 * digit glued to either side); NULL when it does not. */
static const char *find_written(const char *hay, size_t hn, const char *w,
                                size_t wn)
{
  size_t i;
  for (i = 0; i + wn <= hn; i++) {
    unsigned char b = i ? (unsigned char)hay[i - 1] : ' ';
    unsigned char e = i + wn < hn ? (unsigned char)hay[i + wn] : ' ';
    if (memcmp(hay + i, w, wn) == 0 && !isalnum(b) && !isalnum(e))
      return hay + i;
  }
  return NULL;
}

static int ctx_has(const struct bc__context *x, uint32_t h)
{
  size_t k;
  for (k = 0; x && k < x->n; k++)
    if (x->h[k] == h)
      return 1;
  return 0;
}

/* Words of the claim's context a that b holds and x does not, each once. */
static size_t overlap_only(const struct bc__context *a,
                           const struct bc__context *b,
                           const struct bc__context *x)
{
  size_t i, j, n = 0;
  for (i = 0; i < a->n; i++) {
    for (j = 0; j < i; j++)
      if (a->h[j] == a->h[i])
        break;
    if (j == i && ctx_has(b, a->h[i]) && !ctx_has(x, a->h[i]))
      n++;
  }
  return n;
}

/* The words of the claim's context that the sentences of three or more
 * of the source's dates hold (the name of the person or thing the whole
 * text is about), into *out. */
static void common_words(const struct bc__vstate *v,
                         const struct bc__context *ctx, struct bc__context *out)
{
  size_t k, i, j;
  out->n = 0;
  for (k = 0; k < ctx->n; k++) {
    size_t seen[3], n = 0;
    if (ctx_has(out, ctx->h[k]))
      continue;
    for (i = 0; i < v->n_dates && n < 3; i++) {
      size_t sent = v->date_val[i].sent;
      if (!ctx_has(&v->date_ctx[i], ctx->h[k]))
        continue;
      for (j = 0; j < n && seen[j] != sent; j++)
        ;
      if (j == n)
        seen[n++] = sent;
    }
    if (n == 3)
      out->h[out->n++] = ctx->h[k];
  }
}

/* The word at t[k..) (case-insensitive, whole) is one of list? */
static int word_in(const char *t, size_t k, size_t end, const char *const *list)
{
  size_t j, n;
  for (j = 0; list[j]; j++) {
    n = strlen(list[j]);
    if (k + n <= end && strncasecmp(t + k, list[j], n) == 0 &&
        (k + n == end || !bc__check_is_alnum((unsigned char)t[k + n])) &&
        (k == 0 || !bc__check_is_alnum((unsigned char)t[k - 1])))
      return 1;
  }
  return 0;
}

/* Past a colon or dash (" - ", an en or em dash) that follows the date
 * ending at t[ae], with only spaces between, and before bs; ae when there
 * is none. */
static size_t label_mark(const char *t, size_t ae, size_t bs)
{
  size_t k = ae;
  while (k < bs && t[k] == ' ')
    k++;
  if (k < bs && t[k] == ':')
    return k + 1;
  if (k > ae && k + 1 < bs && t[k] == '-' && t[k + 1] == ' ')
    return k + 1;
  if (k + 2 < bs && (unsigned char)t[k] == 0xE2 &&
      (unsigned char)t[k + 1] == 0x80 &&
      ((unsigned char)t[k + 2] == 0x93 || (unsigned char)t[k + 2] == 0x94))
    return k + 3;
  return ae;
}

/* How many dates on each side of a source date in its sentence divide its
 * words from theirs (make_cell_context). */
#define CELL_NEIGHBOURS 16

/* Where the words between two dates of one sentence, the first ending at
 * ae and the second starting at bs, divide into two clauses: at a
 * semicolon, colon or dash, at a comma before a word that opens a clause
 * (", and", ", after"), or at "but", "while", "whereas" ("97% on typed
 * pages from the 1950s but only 81% on newspapers from the 1890s"); the
 * one nearest their middle.  NONE where no such mark lies between, or no
 * content word: dates joined by "and", "to" or a comma, or a comma that
 * sets off an aside, share their words ("in 2015 and 2016 the company
 * grew"). */
static size_t boundary(const char *t, size_t ae, size_t bs)
{
  static const char *const after_comma[] = {
      "and",  "but",   "while",  "whereas", "although", "though", "yet", "so",
      "then", "after", "before", "when",    "until",    "which",  NULL};
  static const char *const alone[] = {"but", "while", "whereas", NULL};
  size_t mid = ae + (bs - ae) / 2, best = NONE, k, pos = ae, st, wl, from;
  int content = 0;
  while ((wl = bc__validate_next_word(t, bs, &pos, &st)) > 0)
    if (!bc__lex_is_skippable(t + st, wl) && !(t[st] >= '0' && t[st] <= '9'))
      content = 1;
  if (!content)
    return NONE;
  /* A colon or dash right after the first date makes it a label of the
   * words that follow ("Jan 2006 - Government proposes nuclear", a
   * timeline): they are its own up to the next mark, or up to the second
   * date where there is none (a scrape that glued the entries). */
  from = label_mark(t, ae, bs);
  if (from != ae)
    mid = from + (bs - from) / 2;
  for (k = from; k < bs; k++) {
    int mark = t[k] == ';' || t[k] == ':' ||
               (t[k] == '-' && k > ae && t[k - 1] == ' ' && k + 1 < bs &&
                t[k + 1] == ' ') ||
               ((unsigned char)t[k] == 0xE2 && k + 2 < bs &&
                (unsigned char)t[k + 1] == 0x80 &&
                ((unsigned char)t[k + 2] == 0x93 ||
                 (unsigned char)t[k + 2] == 0x94)) ||
               (t[k] == ',' && k + 2 < bs && t[k + 1] == ' ' &&
                word_in(t, k + 2, bs, after_comma)) ||
               (k > ae && t[k - 1] == ' ' && word_in(t, k, bs, alone));
    if (mark && (best == NONE || (k > mid ? k - mid : mid - k) <
                                     (best > mid ? best - mid : mid - best)))
      best = k;
  }
  return best == NONE && from != ae ? bs : best;
}

/* Is the clause mark at t[b] a comma opening a relative clause (", which
 * is sown mid-November")? */
static int which_after(const char *t, size_t b, size_t end)
{
  static const char *const rel[] = {"which", NULL};
  return t[b] == ',' && b + 2 < end && t[b + 1] == ' ' &&
         word_in(t, b + 2, end, rel);
}

/* The start of the two words before t[b], not before floor: the noun a
 * relative clause after b tells of ("winter wheat" of "clear their fields
 * for winter wheat, which is sown mid-November"), which belongs with the
 * clause's date rather than the date before it. */
static size_t words_back(const char *t, size_t b, size_t floor)
{
  size_t k = b;
  int n;
  for (n = 0; n < 2; n++) {
    while (k > floor && !bc__check_is_alnum((unsigned char)t[k - 1]))
      k--;
    while (k > floor && bc__check_is_alnum((unsigned char)t[k - 1]))
      k--;
  }
  return k;
}

/* The words around source date i in its own part of its sentence: the
 * sentence divided between its dates, each taking the words nearer it
 * ("In March 2020 the pandemic halted service, and Maria left the team
 * in June 2020": "pandemic halted service" are March's, "Maria left the
 * team" June's). */
static void make_cell_context(const struct bc__vstate *v, size_t i,
                              struct bc__context *out)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, lo = 0, hi = len, j, b, r, seen;
  struct bc_span s = v->dates[i].span;
  size_t sent = v->date_val[i].sent;
  if (sent >= v->facts->n_sentences || s.end > len) {
    *out = v->date_ctx[i];
    return;
  }
  /* The dates of the sentence before it, nearest first: a sentence the
   * scrape made of thousands of dates weighs the nearest few, each
   * boundary a scan of the words between. */
  for (r = v->date_pos_rank[i], seen = 0; r-- > 0 && seen < CELL_NEIGHBOURS;) {
    struct bc_span o = v->dates[j = v->date_by_pos[r]].span;
    if (v->date_val[j].sent != sent)
      break;
    if (o.end > len || o.end > s.start)
      continue;
    seen++;
    b = boundary(t, o.end, s.start);
    if (b != NONE && which_after(t, b, s.start))
      b = words_back(t, b, o.end);
    if (b != NONE && b > lo)
      lo = b;
  }
  for (r = v->date_pos_rank[i] + 1, seen = 0;
       r < v->n_dates && seen < CELL_NEIGHBOURS; r++) {
    struct bc_span o = v->dates[j = v->date_by_pos[r]].span;
    if (v->date_val[j].sent != sent)
      break;
    if (o.end > len || o.start < s.end)
      continue;
    seen++;
    b = boundary(t, s.end, o.start);
    if (b != NONE && which_after(t, b, o.start))
      b = words_back(t, b, s.end);
    if (b != NONE && b < hi)
      hi = b;
  }
  bc__validate_context(t + lo, hi - lo,
                       (struct bc_span){s.start - lo, s.end - lo}, out);
}

/* make_cell_context of source date i, made once per check: it depends on
 * the source alone, and a long source asks it of the same dates for claim
 * after claim. */
static const struct bc__context *cell_context(struct bc__vstate *v, size_t i)
{
  if (!v->cell_made[i]) {
    make_cell_context(v, i, &v->date_cell[i]);
    v->cell_made[i] = 1;
  }
  return &v->date_cell[i];
}

/* Is the source's weekday m, named alone, the day p: the day the analyzer
 * counted it to ("Tuesday night" in a text of Wednesday 20 November 2019
 * for 19 November)? */
static int weekday_is_day(const struct bc__sweekday *m,
                          const struct bc__dval *p)
{
  int y, mo, d;
  if (m->day == BC__NO_DAY || !p->m || !p->d ||
      (p->kind != BC_DATE_DAY && p->kind != BC_DATE_PARTIAL))
    return 0;
  bc__cal_from_day_number(m->day, &y, &mo, &d);
  return mo == p->m && d == p->d && (!p->y || p->y == y);
}

/* The claim's value is stated, in sentences that share words with the
 * claim, but is it stated of this?  Words the claim shares with a place
 * stating its value and with the other value's place too tell neither
 * apart, nor do words the sentences of many dates hold (the name the
 * whole text is about: "Gregory" in "In June 2016 the team moved the
 * build Gregory asked for" and "In September 2016 Gregory wrote an
 * importer").  Nonzero when no place stating the value shares a word of
 * the claim that tells it apart; *conf_only gets the words that tell the
 * other value's place apart. */
static int support_outweighed(struct bc__vstate *v, const struct bc__dval *p,
                              const struct bc__context *ctx,
                              const struct verdict *w, size_t *conf_only)
{
  size_t xsent = v->date_val[w->conflict].sent;
  struct bc__context shared, common;
  const struct bc__context *xc, *sc, *xcell;
  size_t i, k;
  int same = 0;
  common_words(v, ctx, &common);
  xcell = cell_context(v, w->conflict);
  shared = common;
  for (i = 0; i < v->n_dates; i++) {
    const struct bc__sdate *sd = &v->date_val[i];
    if (bc__validate_dval_supports(p, &sd->lo, &sd->hi, sd->range) != 2)
      continue;
    /* A place in the other value's sentence: each its own part of it. */
    if (sd->sent == xsent && xsent < v->facts->n_sentences) {
      sc = cell_context(v, i);
      xc = xcell;
      same = 1;
    } else {
      sc = &v->date_ctx[i];
      xc = &v->date_ctx[w->conflict];
    }
    for (k = 0; k < ctx->n; k++)
      if (ctx_has(sc, ctx->h[k]) && !ctx_has(xc, ctx->h[k]) &&
          !ctx_has(&common, ctx->h[k]))
        return 0;
    for (k = 0; k < ctx->n && shared.n < BC__CTX_WORDS; k++)
      if (ctx_has(sc, ctx->h[k]) && !ctx_has(&shared, ctx->h[k]))
        shared.h[shared.n++] = ctx->h[k];
  }
  /* A weekday the source names alone for the claim's day ("gathered on
   * Tuesday night for a networking event") is a place stating it too. */
  for (i = 0; i < v->n_wdays; i++) {
    const struct bc__sweekday *m = &v->wdays[i];
    if (!weekday_is_day(m, p))
      continue;
    xc = m->sent == xsent ? xcell : &v->date_ctx[w->conflict];
    same |= m->sent == xsent;
    for (k = 0; k < ctx->n; k++)
      if (ctx_has(&m->ctx, ctx->h[k]) && !ctx_has(xc, ctx->h[k]) &&
          !ctx_has(&common, ctx->h[k]))
        return 0;
    for (k = 0; k < ctx->n && shared.n < BC__CTX_WORDS; k++)
      if (ctx_has(&m->ctx, ctx->h[k]) && !ctx_has(&shared, ctx->h[k]))
        shared.h[shared.n++] = ctx->h[k];
  }
  *conf_only =
      overlap_only(ctx, same ? xcell : &v->date_ctx[w->conflict], &shared);
  return 1;
}

/* Does a sentence of the source state p together with another value
 * that the claim's sentence states too?  Then the claim places p as the
 * source does ("15.8 per cent by 2030, 17.1 per cent by 2040" for the
 * source's "15.8 per cent of the population by 2030, 17.1 per cent by
 * 2040"), whatever other sentence shares its words. */
static int placed_as_source(struct bc__vstate *v, const struct bc__claim *c,
                            const struct bc_date_fact *df,
                            const struct bc__dval *p)
{
  size_t i, j;
  for (i = 0; i < v->n_dates; i++) {
    const struct bc__sdate *a = &v->date_val[i];
    if (bc__validate_dval_supports(p, &a->lo, &a->hi, a->range) != 2)
      continue;
    for (j = 0; j < v->n_dates; j++) {
      const struct bc__sdate *b = &v->date_val[j];
      if (j != i && b->sent == a->sent &&
          bc__validate_dval_supports(p, &b->lo, &b->hi, b->range) != 2 &&
          date_in_claim(v, c, df, b))
        return 1;
    }
  }
  return 0;
}

/* Is p a quarter ("Q4", "the fourth quarter of 2019")? */
static int is_quarter(const struct bc__dval *p)
{
  return p->kind == BC_DATE_QUARTER || (p->kind == BC_DATE_PARTIAL && p->q);
}

/* Does the source state the quarter p as a quarter, not only as days or
 * months that lie in it? */
static int quarter_stated(const struct bc__vstate *v, const struct bc__dval *p)
{
  size_t i;
  for (i = 0; i < v->n_dates; i++)
    if (is_quarter(&v->date_val[i].lo) &&
        bc__validate_dval_supports(p, &v->date_val[i].lo, &v->date_val[i].hi,
                                   v->date_val[i].range) == 2)
      return 1;
  return 0;
}

/* Do the claim's value p and the source's value sd share no day? */
static int apart(const struct bc__dval *p, const struct bc__sdate *sd)
{
  long a0, a1, b0, b1, c0, c1;
  if (!bc__validate_date_days(p, &a0, &a1) ||
      !bc__validate_date_days(&sd->lo, &b0, &b1) ||
      !bc__validate_date_days(&sd->hi, &c0, &c1))
    return 0;
  return a1 < b0 || a0 > c1;
}

/* How far apart two spans are, in characters. */
static size_t gap(struct bc_span a, struct bc_span b)
{
  return a.end <= b.start   ? b.start - a.end
         : b.end <= a.start ? a.start - b.end
                            : 0;
}

/* A count and a date that belong together: close (PINNED characters
 * apart at most) in one clause, no clause mark between them ("Launched
 * in March 2014, the platform handles 120,000 events" is two). */
#define PINNED 40
static int one_clause(const char *t, struct bc_span a, struct bc_span b)
{
  size_t i = a.end < b.start ? a.end : b.end;
  size_t e = a.end < b.start ? b.start : a.start;
  if (a.end > b.start && b.end > a.start)
    return 0;
  if (e - i > PINNED)
    return 0;
  for (; i < e; i++)
    if (strchr(",;:()!?\n", t[i]) || (t[i] == '.' && t[i + 1] == ' '))
      return 0;
  return 1;
}

/* Is the date of span d the one date of its clause next to the count at
 * span n: no other of the n_dates dates is as close to n in one clause? */
static int only_date(const char *t, const struct bc_date_fact *dates,
                     size_t n_dates, struct bc_span d, struct bc_span n)
{
  size_t k;
  for (k = 0; k < n_dates; k++)
    if ((dates[k].span.start != d.start || dates[k].span.end != d.end) &&
        one_clause(t, n, dates[k].span) && gap(n, dates[k].span) <= gap(n, d))
      return 0;
  return 1;
}

/* Is x a number that marks one event of a text: a count of a thousand or
 * more that no year could be ("303,417 new vehicles")? */
static int marks_event(double x)
{
  return x >= 1000 && !(x == (double)(long)x && x <= 2199);
}

/* Does a count of the claim pin the claim's event to the source date
 * conf: the claim writes the count beside its date and no other, and the
 * source writes it beside conf and no other date, and in no other
 * sentence ("Dealers last year sold 303,417 new vehicles" against a claim
 * "sold 303,417 new vehicles in 2017")?  Then a value stated of other
 * words elsewhere is not what the claim's event took. */
static int number_pins(const struct bc__vstate *v, const struct bc__claim *c,
                       const struct bc_date_fact *df, size_t conf)
{
  size_t i, k, at = v->dates[conf].span.start;
  const struct bc_facts *F = v->facts;
  for (i = 0; i < c->f->n_numbers; i++) {
    const struct bc_number_fact *cn = &c->f->numbers[i];
    int in_conf = 0, elsewhere = 0;
    if (!marks_event(cn->value) || !one_clause(c->text, cn->span, df->span) ||
        !only_date(c->text, c->f->dates, c->f->n_dates, df->span, cn->span))
      continue;
    for (k = 0; k < v->n_nums && !elsewhere; k++) {
      if (v->nums[k].value != cn->value)
        continue;
      if (one_clause(v->doc->text, v->nums[k].span, v->dates[conf].span) &&
          only_date(v->doc->text, F->dates, F->n_dates, v->dates[conf].span,
                    v->nums[k].span))
        in_conf = 1;
      else if (!bc__check_same_sentence_m(&v->sents, v->nums[k].span.start, at))
        elsewhere = 1;
    }
    if (in_conf && !elsewhere)
      return 1;
  }
  return 0;
}

/* Does the claim's year name an event the source names with the same
 * words: "the 2020 presidential election", "its 2019 annual report"?
 * After an article or a possessive the year is part of a name, which the
 * source's other dates in the same sentence do not date. */
static int names_event(struct bc__vstate *v, const struct bc__claim *c,
                       const struct bc_date_fact *df)
{
  static const char *const det[] = {"the", "its",  "their", "his",
                                    "her", "this", "that",  "our"};
  size_t pos, st = 0, wl, prev = 0, prev_n = 0, k, end;
  int ok = 0;
  bc__wordtab_word_before(&c->words, c->text, c->len, df->span.start, &prev,
                          &prev_n);
  for (k = 0; k < sizeof det / sizeof det[0]; k++)
    if (prev_n == strlen(det[k]) &&
        strncasecmp(c->text + prev, det[k], prev_n) == 0)
      ok = 1;
  if (!ok || df->span.end >= c->len)
    return 0;
  /* The year and the next two words, as the source writes them. */
  pos = df->span.end;
  end = df->span.end;
  for (k = 0; k < 2; k++) {
    if ((wl = bc__validate_next_word(c->text, c->len, &pos, &st)) == 0 ||
        !isalpha((unsigned char)c->text[st]))
      break;
    end = st + wl;
  }
  if (end == df->span.end)
    return 0;
  return bc__check_in_source(v, c->text + df->span.start, end - df->span.start);
}

/* Does t[a..b) write w[0..n) as a whole word or words, in any case? */
static int written_in(const char *t, size_t a, size_t b, const char *w,
                      size_t n)
{
  size_t i;
  for (i = a; i + n <= b; i++)
    if (strncasecmp(t + i, w, n) == 0 &&
        (i == 0 || !bc__check_is_alnum((unsigned char)t[i - 1])) &&
        (i + n == b || !bc__check_is_alnum((unsigned char)t[i + n])))
      return 1;
  return 0;
}

/* Is source date i a year written as four digits, followed by the words
 * w[0..n) ("2017 top charities")? */
static int year_before(const struct bc__vstate *v, size_t i, const char *w,
                       size_t n)
{
  const char *t = v->doc->text;
  size_t s = v->dates[i].span.start, e = v->dates[i].span.end;
  return v->date_val[i].lo.kind == BC_DATE_YEAR && !v->date_val[i].range &&
         e - s == 4 && bc__check_bare_year(t, v->doc->text_len, s) &&
         e + 1 + n <= v->doc->text_len && t[e] == ' ' &&
         written_in(t, e + 1, e + 1 + n, w, n);
}

/* Does the source write w[0..n) close to its date i, in its sentence
 * ("revenue for fiscal 2018", "2018 revenue")?  Close: NEAR_YEAR
 * characters either side. */
#define NEAR_YEAR 30
static int near_year(const struct bc__vstate *v, size_t i, const char *w,
                     size_t n)
{
  const struct bc_span *s;
  size_t a = v->dates[i].span.start, b = v->dates[i].span.end;
  if (v->date_val[i].sent >= v->facts->n_sentences)
    return 0;
  s = &v->facts->sentences[v->date_val[i].sent];
  a = a > s->start + NEAR_YEAR ? a - NEAR_YEAR : s->start;
  b = b + NEAR_YEAR < s->end ? b + NEAR_YEAR : s->end;
  return written_in(v->doc->text, a, b, w, n);
}

/* Is t[0..n) a preposition that a year dates an event after ("in",
 * "since", "by")? */
static int preposition(const char *t, size_t n)
{
  static const char *const preps[] = {
      "about", "after",  "around",  "as",   "at", "before", "between",
      "by",    "during", "for",     "from", "in", "into",   "of",
      "on",    "since",  "through", "till", "to", "until"};
  return BC__LEX_IN(preps, t, n);
}

/* A year used as a modifier ("GiveWell's 2018 top charities", "its 2019
 * report") names the thing by its year: where the source writes that
 * thing only with another year ("2017 top charities"), and never writes
 * the claim's year in a sentence that names the thing, the claim took the
 * wrong year.  The thing is the word after the year, or the two words
 * after it where the first is short ("top", "new").  The source's date
 * of the other year goes to *src. */
static int modifies_other_year(const struct bc__vstate *v,
                               const struct bc__claim *c,
                               const struct bc_date_fact *df,
                               const struct bc__dval *p, size_t *src)
{
  const char *t = c->text;
  size_t pos = df->span.end, st, wl, w0, n, i, other = NONE, prev = 0,
         prev_n = 0;
  if (p->kind != BC_DATE_YEAR || df->span.end - df->span.start != 4 ||
      !bc__check_bare_year(t, c->len, df->span.start) ||
      !modifies_noun(t, c->len, df->span.end))
    return 0;
  /* "in 2017 that", "announced in 2017 plans": a year after a
   * preposition dates what the sentence tells, it names no thing */
  bc__wordtab_word_before(&c->words, t, c->len, df->span.start, &prev, &prev_n);
  if (prev_n && preposition(t + prev, prev_n))
    return 0;
  if ((wl = bc__validate_next_word(t, c->len, &pos, &st)) == 0 ||
      !isalpha((unsigned char)t[st]) || bc__lex_is_function_word(t + st, wl))
    return 0;
  w0 = st;
  n = wl;
  if (wl < 4) {
    if ((wl = bc__validate_next_word(t, c->len, &pos, &st)) == 0 ||
        !isalpha((unsigned char)t[st]) || st != w0 + n + 1)
      return 0;
    n = st + wl - w0;
  }
  for (i = 0; i < v->n_dates; i++) {
    const struct bc__sdate *sd = &v->date_val[i];
    if (sd->lo.y == p->y && near_year(v, i, t + w0, n))
      return 0; /* "revenue for 2018": the source names it in that year */
    if (other == NONE && sd->lo.y != p->y && year_before(v, i, t + w0, n))
      other = i;
  }
  if (other == NONE)
    return 0;
  *src = other;
  return 1;
}

/* Report the claim's year p used as a modifier that the source gives
 * another year (modifies_other_year), with the source's year as its fix;
 * nonzero when reported. */
static int other_year(struct bc__vstate *v, const struct bc__claim *c,
                      const struct bc_date_fact *df, const struct bc__dval *p)
{
  size_t src;
  char *fix;
  if (!modifies_other_year(v, c, df, p, &src))
    return 0;
  fix = make_fix(v, c, df, p, &v->date_val[src].lo, src);
  if (!v->rc)
    report(v, c, df, BC_SEV_ERROR, src, fix, MIXED_UP, claim_word(p));
  free(fix);
  return 1;
}

/* Is there a date written out in sentence s of the source or the one
 * before ("On Sunday, October 27, the festival began.  On Monday ...")?
 * Then a weekday there counts from it, as the analyzer read it. */
static int anchored_near(const struct bc__vstate *v, size_t s)
{
  size_t j;
  for (j = 0; j < v->n_dates; j++) {
    struct bc_span o = v->dates[j].span;
    if ((v->date_val[j].sent == s || v->date_val[j].sent + 1 == s) &&
        v->date_val[j].lo.kind == BC_DATE_DAY &&
        !bc__cal_weekday_of(v->doc->text + o.start, o.end - o.start))
      return 1;
  }
  return 0;
}

/* The weekday t[0..n) names in full ("Sunday", not the "Sun" of "the
 * Vancouver Sun, 16 January"); 0 when none. */
static int full_weekday(const char *t, size_t n)
{
  int wd = bc__cal_weekday_of(t, n);
  return wd && strlen(bc__cal_weekday_name(wd)) == n ? wd : 0;
}

/* The weekday the claim names with its date df: the date's first word
 * ("Tuesday, March 3, 2020"), or one of the three words just before it
 * ("Saturday (November 16)", "Tuesday night, November 19"); 0 when none. */
static int claim_weekday(const struct bc__claim *c,
                         const struct bc_date_fact *df)
{
  size_t from = df->span.start > 40 ? df->span.start - 40 : 0, pos, st, wl;
  int found[3] = {0, 0, 0}, wd;
  pos = df->span.start;
  if ((wl = bc__validate_next_word(c->text, df->span.end, &pos, &st)) > 0 &&
      (wd = full_weekday(c->text + st, wl)) != 0)
    return wd;
  pos = from;
  while ((wl = bc__validate_next_word(c->text, df->span.start, &pos, &st)) >
         0) {
    if (st + wl > df->span.start)
      break;
    found[0] = found[1];
    found[1] = found[2];
    found[2] = full_weekday(c->text + st, wl);
    if (memchr(c->text + st + wl, '.', df->span.start - st - wl) ||
        bc__check_has_digit(c->text + st, wl))
      found[0] = found[1] = found[2] = 0; /* a sentence or a date between */
  }
  return found[2] ? found[2] : found[1] ? found[1] : found[0];
}

/* The day p written without its year ("4 November") in the document's year
 * nearest its date d (day number dd), within a week of it; 0 when none is.
 * A year-less day in a news text is a day of its own week. */
static int year_near(const struct bc__dval *p, const struct bc__dval *d,
                     long dd)
{
  int k;
  for (k = -1; k <= 1; k++)
    if (bc__cal_valid(d->y + k, p->m, p->d) &&
        labs(bc__cal_day_number(d->y + k, p->m, p->d) - dd) <= 7)
      return d->y + k;
  return 0;
}

/* Does the source name, alone, the weekday of the day p ("the Supreme
 * Court on Monday", "Tuesday night"), in a sentence that shares words with
 * the claim, when p lies within a week of the document's date?  The
 * analyzer's value for such a weekday rests on a guess about its week (the
 * last date the text named), so a claim that dates it within the
 * document's own week, where a news text's weekdays fall, states it.  A
 * weekday the analyzer gave no day (no day to count from above it) is
 * counted from the document's date as the analyzer counts: the one of the
 * days just gone, or of the days to come where the sentence looks ahead,
 * which the checker cannot tell, so either. */
static int weekday_states(const struct bc__vstate *v, const struct bc__dval *p,
                          const struct bc__context *ctx, int named)
{
  struct bc__dval d;
  long dp, dd;
  size_t i;
  int y = p->y, wd;
  if (!p->m || !p->d ||
      (p->kind != BC_DATE_DAY && p->kind != BC_DATE_PARTIAL) ||
      !doc_date(v, &d) || d.kind != BC_DATE_DAY)
    return 0;
  dd = bc__cal_day_number(d.y, d.m, d.d);
  if (p->kind == BC_DATE_PARTIAL)
    y = year_near(p, &d, dd);
  if (!y || !bc__cal_valid(y, p->m, p->d))
    return 0;
  dp = bc__cal_day_number(y, p->m, p->d);
  if (dp - dd > 7 || dd - dp > 7)
    return 0;
  wd = bc__cal_weekday(y, p->m, p->d);
  for (i = 0; i < v->n_wdays; i++) {
    const struct bc__sweekday *m = &v->wdays[i];
    /* The claim that names the weekday beside the day ("Saturday
     * (November 16)") says which of the source's words it resolved. */
    if (m->wd != wd || (named != wd && bc__validate_overlap(ctx, &m->ctx) < 1))
      continue;
    if (m->day == BC__NO_DAY) {
      if (labs(dp - dd) <= 6)
        return 1;
      continue;
    }
    /* On the side of the document's date the analyzer took it (a past
     * "on Monday" is no Monday to come): one day of the week fits. */
    if (m->day <= dd ? dp > dd || dd - dp > 6 : dp < dd || dp - dd > 6)
      continue;
    if (!anchored_near(v, m->sent))
      return 1;
  }
  return 0;
}

/* Is the claim's date df on a line a summary heads with a label for the
 * text it summarises ("**Source:** Kaieteur News, Friday, May 6, 2022",
 * "Published: 12 June 2020"): a label word first on the date's line, then
 * a colon, and no sentence end before the date? */
static int source_label(const struct bc__claim *c,
                        const struct bc_date_fact *df)
{
  static const char *const labels[] = {"source", "published", "date",
                                       "dated",  "posted",    "updated"};
  const char *t = c->text;
  size_t i = 0, k, n, end = df->span.start;
  if (end > c->len)
    return 0;
  for (k = end; k > 0; k--)
    if (t[k - 1] == '\n') {
      i = k; /* the date's own line */
      break;
    }
  while (i < end && (t[i] == '*' || t[i] == '_' || t[i] == '#' || t[i] == '-' ||
                     t[i] == '>' || t[i] == ' '))
    i++;
  for (n = 0; i + n < end && isalpha((unsigned char)t[i + n]); n++)
    ;
  for (k = 0; k < sizeof labels / sizeof labels[0]; k++)
    if (n == strlen(labels[k]) && strncasecmp(t + i, labels[k], n) == 0)
      break;
  if (k == sizeof labels / sizeof labels[0])
    return 0;
  i += n;
  while (i < end && (t[i] == '*' || t[i] == '_'))
    i++;
  if (i >= end || t[i] != ':')
    return 0;
  for (; i < end; i++)
    if (t[i] == '.' || t[i] == ';')
      return 0;
  return 1;
}

/* Does a word a few before the claim's date df, in its clause, say that
 * it dates the text ("a report dated Monday, November 18", "published on
 * Tuesday, May 5", "an analysis published by CNN on Monday")? */
static int names_text(const struct bc__claim *c, const struct bc_date_fact *df)
{
  return bc__check_word_before(c, df->span.start, 5, ",;:.()",
                               bc__check_dating_word) ||
         source_label(c, df);
}

int bc__check_word_before(const struct bc__claim *c, size_t at, size_t words,
                          const char *stops, int (*is)(const char *, size_t))
{
  size_t prev = 0, n = 0, k, w;
  for (w = 0; w < words; w++) {
    if (!bc__wordtab_word_before(&c->words, c->text, c->len, at, &prev, &n))
      return 0;
    for (k = prev + n; k < at; k++)
      if (strchr(stops, c->text[k]))
        return 0;
    if (is(c->text + prev, n))
      return 1;
    at = prev;
  }
  return 0;
}

/* Does the source state the day p as a day away from another ("The day
 * before, Portugal made it"), in words the claim shares more of than of
 * the day it counts from?  The claim of the day before an event told in
 * the sentence before is otherwise no claim of that day. */
static int step_states(const struct bc__vstate *v, const struct bc__dval *p,
                       const struct bc__context *ctx)
{
  size_t i;
  if (p->kind != BC_DATE_DAY && p->kind != BC_DATE_PARTIAL)
    return 0;
  for (i = 0; i < v->n_steps; i++) {
    const struct bc__sweekday *s = &v->steps[i];
    int y, m, d;
    size_t ov;
    bc__cal_from_day_number(s->day, &y, &m, &d);
    if (m != p->m || d != p->d || (p->y && p->y != y))
      continue;
    ov = bc__validate_overlap(ctx, &s->ctx);
    if (ov >= 1 && ov > bc__validate_overlap(ctx, &s->actx))
      return 1;
  }
  return 0;
}

/* A claim that puts its event on the document's own date and names the
 * weekday ("announced it on Wednesday, November 20" in a text of that
 * day), where the source's words for the event name another weekday alone
 * ("said on Tuesday") and none names the claim's: the writer counted the
 * source's weekday wrongly, or took the date of the text for the day of
 * the event.  Reported, and nonzero returned. */
static int weekday_elsewhere(struct bc__vstate *v, const struct bc__claim *c,
                             const struct bc_date_fact *df,
                             const struct bc__context *ctx)
{
  int named = claim_weekday(c, df);
  size_t i, best = NONE, best_ov = 0;
  char *says, msg[160];
  if (!named || names_text(c, df))
    return 0;
  for (i = 0; i < v->n_wdays; i++) {
    size_t ov = bc__validate_overlap(ctx, &v->wdays[i].ctx);
    if (v->wdays[i].wd == named && ov >= 1)
      return 0;
    if (ov > best_ov) {
      best_ov = ov;
      best = i;
    }
  }
  if (best == NONE || best_ov < 2 || v->wdays[best].wd == named)
    return 0;
  says = bc__check_source_text(v, v->wdays[best].span);
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  snprintf(msg, sizeof msg,
           "the source gives %s for this, not the %s of the text's own date",
           says, bc__cal_weekday_name(named));
  bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says,
                v->wdays[best].span, NULL, msg);
  free(says);
  return 1;
}

/* A month or day the source writes without its year, which the analyzer
 * put after the text's date by the tense it read ("a tariff imposed on
 * consumer goods in September would remain", read as next September),
 * supports the claim of the same month or day a year earlier, in the year
 * before the text's date: the past reading a writer may take. */
static int yearless_earlier(const struct bc__vstate *v,
                            const struct bc__dval *p)
{
  struct bc__dval d;
  size_t j;
  if ((p->kind != BC_DATE_MONTH && p->kind != BC_DATE_DAY) || !doc_date(v, &d))
    return 0;
  for (j = 0; j < v->n_dates; j++) {
    const struct bc_date_fact *f = &v->dates[j];
    const struct bc__dval *s = &v->date_val[j].lo;
    if (!f->guessed || !f->relative || v->date_val[j].range ||
        s->kind != p->kind || s->m != p->m || s->d != p->d ||
        s->y != p->y + 1 ||
        bc__check_has_year_digits(v->doc->text, f->span.start, f->span.end))
      continue;
    if (s->y * 12 + s->m > d.y * 12 + d.m && p->y * 12 + p->m <= d.y * 12 + d.m)
      return 1;
  }
  return 0;
}

static int cmp_long(const void *a, const void *b)
{
  long x = *(const long *)a, y = *(const long *)b;
  return (x > y) - (x < y);
}

/* Reads the days the source writes as compact timestamps, the digits
 * YYYYMMDD opening a run of 8, 12 or 14 digits ("0.0.0-20180720214833-
 * f61e0f7", "build 20180720"), into v->stamps, sorted: once per check.
 * 1 with v->rc set on out-of-memory. */
static int read_stamps(struct bc__vstate *v)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, i = 0, run, cap = 0;
  v->stamps_made = 1;
  while (i < len) {
    if (!isdigit((unsigned char)t[i])) {
      i++;
      continue;
    }
    for (run = 0; i + run < len && isdigit((unsigned char)t[i + run]); run++)
      ;
    if (run == 8 || run == 12 || run == 14) {
      long day = 0;
      size_t k;
      for (k = 0; k < 8; k++)
        day = day * 10 + (t[i + k] - '0');
      if (v->n_stamps == cap) {
        size_t n = cap ? cap * 2 : 8;
        long *p = bc__realloc(v->stamps, n * sizeof *p);
        if (!p) {
          v->rc = BC_ERR_NOMEM;
          return 1;
        }
        v->stamps = p;
        cap = n;
      }
      v->stamps[v->n_stamps++] = day;
    }
    i += run;
  }
  if (v->n_stamps > 1)
    qsort(v->stamps, v->n_stamps, sizeof *v->stamps, cmp_long);
  return 0;
}

/* Does the source write the day p as a compact timestamp?  A writer who
 * reads the day out of it has it from the source. */
static int timestamp_states(struct bc__vstate *v, const struct bc__dval *p)
{
  long want;
  if (p->kind != BC_DATE_DAY || p->y < 1000 || p->y > 9999 || !p->m || !p->d)
    return 0;
  if (!v->stamps_made && read_stamps(v))
    return 0;
  want = (long)p->y * 10000 + p->m * 100 + p->d;
  return v->n_stamps &&
         bsearch(&want, v->stamps, v->n_stamps, sizeof *v->stamps, cmp_long);
}

/* Does the source write year y short, with an apostrophe ("hadn't had a
 * hit since '57" for 1957), within the century before its own date?  A
 * decade ("'70s") is not a year.  The source is read once. */
static int year_written_short(struct bc__vstate *v, int y)
{
  struct bc__dval d;
  if (!v->short_years_made) {
    const char *t = v->doc->text ? v->doc->text : "";
    size_t len = v->doc->text ? v->doc->text_len : 0, i;
    v->short_years_made = 1;
    for (i = 0; i + 3 <= len; i++) {
      size_t k = t[i] == '\'' ? i + 1
                 : i + 5 <= len && (unsigned char)t[i] == 0xE2 &&
                         (unsigned char)t[i + 1] == 0x80 &&
                         (unsigned char)t[i + 2] == 0x99
                     ? i + 3
                     : 0;
      if (!k || k + 2 > len ||
          (i > 0 && bc__check_is_alnum((unsigned char)t[i - 1])) ||
          !(t[k] >= '0' && t[k] <= '9' && t[k + 1] >= '0' && t[k + 1] <= '9') ||
          (k + 2 < len && (bc__check_is_alnum((unsigned char)t[k + 2]))))
        continue;
      v->short_years[(t[k] - '0') * 10 + (t[k + 1] - '0')] = 1;
    }
  }
  if (y < 0 || !v->short_years[y % 100] || !doc_date(v, &d))
    return 0;
  return y <= d.y && y > d.y - 100;
}

static void check_date_point(struct bc__vstate *v, const struct bc__claim *c,
                             const struct bc_date_fact *df,
                             const struct bc__dval *p,
                             const struct bc__context *ctx, int endpoint)
{
  struct verdict w;
  char *fix = NULL;
  int weak, beside = 0;
  if (!endpoint && bc__check_day_by_clock(v, c, df))
    return;
  if (!endpoint && other_year(v, c, df, p))
    return;
  /* A claim that dates the text itself ("published in June 2020", a
   * "Source:" line) is checked against the text's date, not its events. */
  if (!endpoint && doc_date_states(v, p) && names_text(c, df))
    return;
  if (!endpoint && timestamp_states(v, p))
    return;
  weigh(v, c, df, p, ctx, &w);
  /* Lying inside a source range supports a year or a month ("in 2023 the
   * migration was under way"), never the end of a range or a precise day,
   * which the source would have had to state. */
  if (w.support == 1 && (endpoint || p->kind == BC_DATE_DAY))
    w.support = 0;
  /* The text's own date, or its dated heading, is all that states a day
   * the claim names with its weekday: is it the event's? */
  if (!endpoint && p->d && !w.sup_body &&
      (w.sup_heading || doc_date_states(v, p)) &&
      weekday_elsewhere(v, c, df, ctx))
    return;
  if (w.support < 2 && doc_date_states(v, p))
    w.support = 2;
  if (w.support < 2 && p->kind == BC_DATE_YEAR && year_in_source(v, p->y))
    w.support = 2;
  if (w.support < 2 && yearless_earlier(v, p))
    return;
  if (w.support < 2 && p->kind == BC_DATE_PARTIAL && p->m && !p->d &&
      month_in_source(v, p->m))
    return; /* written where the analyzer read no date: no words to weigh */
  if (w.support < 2 && (weekday_states(v, p, ctx, claim_weekday(c, df)) ||
                        step_states(v, p, ctx)))
    return;
  weak = w.conflict != NONE && (v->date_val[w.conflict].use & BC__SD_WEAK);

  if (w.support == 2 && p->kind == BC_DATE_YEAR && names_event(v, c, df))
    return;
  if (w.support == 2) {
    /* Stated somewhere, but is it stated of this?  When every occurrence
     * of the date shares no word with the claim while another date sits in
     * the very words of the claim, the two were mixed up.  The document's
     * own date ("published on 20 July 2024") and its posts' headings name
     * the document, not an event to mix up. */
    long dist;
    size_t conf_only = 0;
    if (w.conflict == NONE || w.sup_heading ||
        (p->kind == BC_DATE_DAY && doc_date_states(v, p)) ||
        (p->kind == BC_DATE_YEAR && year_in_title(v, p->y)))
      return;
    if (apart(p, &v->date_val[w.conflict]) &&
        number_pins(v, c, df, w.conflict)) {
      report(v, c, df, BC_SEV_ERROR, w.conflict, NULL, MIXED_UP, claim_word(p));
      return;
    }
    /* A quarter the source never names as one, only as days that fall in
     * it (the document's own date among them), against another quarter
     * the source names in the claim's words ("Q3 comps would have been
     * closer to 5%" written as "Q4 comps"): a writer echoes the quarter
     * the source names. */
    if (is_quarter(p) && is_quarter(&v->date_val[w.conflict].lo) && !weak &&
        w.conf_ov >= 2 && !quarter_stated(v, p)) {
      report(v, c, df, BC_SEV_ERROR, w.conflict, NULL, MIXED_UP, claim_word(p));
      return;
    }
    if (placed_as_source(v, c, df, p))
      return;
    /* A coarser value in the claim's words dates its event otherwise only
     * where no period the claim's value lies in has as many of them:
     * "problems last week when Disney+ launched" and "activated their
     * accounts last Tuesday" state the claim's day of the launch, whatever
     * another sentence of the source dates in March 2018. */
    if (w.conf_coarse && w.in_ov >= w.conf_ov)
      return;
    /* Where places stating the value share words with the claim, only
     * the words that tell the places apart count: the places stating it
     * must have none, the other value's place enough. */
    if (w.sup_ov ? !support_outweighed(v, p, ctx, &w, &conf_only) ||
                       !mixed_up(conf_only, ctx->n, weak)
                 : !mixed_up(w.conf_ov, ctx->n, weak))
      return;
    /* The claim's year is fixed from the other date when the claim's words
     * point at it alone and it differs from the claim in the year only. */
    if (w.conf_ov > w.tie_ov && !weak && !w.conf_coarse &&
        (p->kind == BC_DATE_YEAR ||
         bc__validate_dval_nearness(p, &w.conf_val, &w.conf_val, &dist) <= 2)) {
      fix = make_fix(v, c, df, p, &w.conf_val, w.conflict);
      if (v->rc)
        return;
    }
    report(v, c, df, BC_SEV_ERROR, w.conflict, fix, MIXED_UP, claim_word(p));
    free(fix);
    return;
  }
  if (w.support == 1 && w.conflict != NONE &&
      mixed_up(w.conf_ov, ctx->n, weak)) {
    report(v, c, df, BC_SEV_ERROR, w.conflict, NULL, MIXED_UP, claim_word(p));
    return;
  }
  if (w.support == 1) {
    bc__check_add(
        v, c, BC_FINDING_DATE, BC_SEV_WARNING, df->span, "",
        (struct bc_span){0, 0}, NULL,
        "the source gives only a range around this date, not the date itself");
    return;
  }
  if (p->kind == BC_DATE_YEAR && year_written_short(v, p->y))
    return; /* "since 1957" for the source's "since '57" */
  weigh_says(v, p, ctx, &w);
  /* Not stated.  The right value is repaired in when the source has one
   * value of the claim's kind in another year and the claim's words point
   * at it (or the claim has no words of its own): one such value, or the
   * one that shares clearly more words with the claim than any other. */
  if (w.fix_src != NONE && (w.fix_ov >= 1 || ctx->n == 0) &&
      (!w.fix_other || (w.fix_ov >= 2 && w.fix_ov > w.fix_ov2))) {
    fix = make_fix(v, c, df, p, &w.fix_val, w.fix_src);
    if (v->rc)
      return;
    if (fix) {
      w.best = w.fix_src;
      w.best_rank = 1;
    }
  }
  if (w.best != NONE && w.best_rank > 4)
    w.best = NONE; /* nothing near enough to be what the claim meant */
  if (!fix && ((p->kind == BC_DATE_PARTIAL && p->m && !p->d) ||
               (p->kind == BC_DATE_PARTIAL && p->q && !df->guessed) ||
               p->kind == BC_DATE_CENTURY)) {
    /* A month named without its year, a quarter without one in a text
     * without a date (of a year, or of a game), or a century, states
     * little: it is wrong where a value of its kind stands in its words,
     * and otherwise merely not in the source ("in April" in a summary of
     * a story that says "this month"). */
    if (w.conflict != NONE && w.conf_ov >= 2) {
      report(v, c, df, BC_SEV_ERROR, w.conflict, NULL, NOT_GIVEN_SAYS,
             claim_word(p));
      return;
    }
    if (p->q)
      return; /* "the fourth quarter" of a game: no more to say */
    report(v, c, df, BC_SEV_WARNING, w.best, NULL,
           w.best != NONE ? NOT_GIVEN_SAYS : NOT_GIVEN, claim_word(p));
    return;
  }
  if (!fix && p->kind != BC_DATE_PARTIAL &&
      unresolved_here(v, c, df, ctx, &w, &beside))
    return;
  if (beside && w.best == NONE)
    w.best = w.conflict; /* name the value beside the relative date */
  report(v, c, df, BC_SEV_ERROR, w.best, fix,
         w.best != NONE ? NOT_GIVEN_SAYS : NOT_GIVEN, claim_word(p));
  free(fix);
}

/* "the 1760s and '70s": a decade written short takes its century from a
 * full decade just before it.  (The analyzer gives "'70s" the 20th
 * century whatever precedes it.) */
static void decade_century(const char *t, size_t len, size_t at,
                           struct bc__dval *lo, struct bc__dval *hi)
{
  size_t i, from = at > 24 ? at - 24 : 0;
  if (t[at] != '\'' && !(at + 2 < len && (unsigned char)t[at] == 0xE2 &&
                         (unsigned char)t[at + 2] == 0x99))
    return;
  for (i = at; i >= from + 5; i--) {
    const char *p = t + i - 5;
    if (p[4] == 's' && p[3] == '0' && p[0] >= '1' && p[0] <= '2' &&
        p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9') {
      int century = (p[0] - '0') * 1000 + (p[1] - '0') * 100;
      hi->y = century + (hi->y - lo->y) + lo->y % 100;
      lo->y = century + lo->y % 100;
      return;
    }
  }
}

/* Is the claim's end a the source's end b: the same point, or for an end
 * written without its year the same day, month or quarter? */
static int end_is(const struct bc__dval *a, const struct bc__dval *b)
{
  if (a->kind != BC_DATE_PARTIAL || b->kind == BC_DATE_PARTIAL)
    return same_point(a, b);
  if (a->d)
    return b->kind == BC_DATE_DAY && a->m == b->m && a->d == b->d;
  if (a->m)
    return b->kind == BC_DATE_MONTH && a->m == b->m;
  return b->kind == BC_DATE_QUARTER && a->q == b->q;
}

/* A range of the claim that shares one end with a range of the source and
 * not the other ("between 2017 and 2020" for "between 2017 and 2019"):
 * reported, and nonzero returned. */
static int range_end_differs(struct bc__vstate *v, const struct bc__claim *c,
                             const struct bc_date_fact *df,
                             const struct bc__dval *lo,
                             const struct bc__dval *hi)
{
  size_t i, hit = NONE;
  for (i = 0; i < v->n_dates; i++) {
    const struct bc__sdate *sd = &v->date_val[i];
    if (!sd->range || !(sd->use & BC__SD_SAYS))
      continue;
    if (end_is(lo, &sd->lo) && end_is(hi, &sd->hi))
      return 0;
    if ((end_is(lo, &sd->lo) || end_is(hi, &sd->hi)) && hit == NONE)
      hit = i;
  }
  if (hit == NONE)
    return 0;
  report(v, c, df, BC_SEV_ERROR, hit, NULL, RANGE_ENDS, "range");
  return 1;
}

/* Does the claim's value lie in the reference date's own period ("today",
 * "this year", "now")?  A summary speaks of the present as its source
 * does; that is no date to check. */
static int is_present(const struct bc__vstate *v, const struct bc__dval *p)
{
  struct bc__dval d;
  return doc_date(v, &d) && bc__validate_dval_supports(p, &d, &d, 0) == 2;
}

/* Does the source write t[0..n) as a possessive ("next summer's
 * tournament"), with a straight or a curly apostrophe? */
static int written_possessive(struct bc__vstate *v, const char *t, size_t n)
{
  static const char *const ends[] = {"'s", "\xe2\x80\x99s"};
  size_t k;
  for (k = 0; k < 2; k++) {
    struct bc_buf b = BC_BUF_INIT(256);
    char *q;
    int found;
    bc_buf_add(&b, t, n);
    bc_buf_add(&b, ends[k], strlen(ends[k]));
    q = bc_buf_take(&b, NULL);
    if (!q) {
      v->rc = BC_ERR_NOMEM;
      return 1;
    }
    found = bc__check_in_source(v, q, strlen(q));
    free(q);
    if (found)
      return 1;
  }
  return 0;
}

/* Does the source write the claim's relative date in the same words ("last
 * year")?  Then the summary repeats it, whatever post heading the source's
 * one counts from. */
static int said_so(struct bc__vstate *v, const struct bc__claim *c,
                   const struct bc_date_fact *df)
{
  const struct bc_facts *F = v->facts;
  size_t i, n = df->span.end - df->span.start;
  /* "seven years from now" where the source gives the interval ("seven
   * years before the launch") and not its end: the writer counts from
   * the text's own present, as the source does, and names no year. */
  if (n > 9 && strncasecmp(c->text + df->span.end - 9, " from now", 9) == 0 &&
      bc__check_in_source(v, c->text + df->span.start, n - 9))
    return 1;
  for (i = 0; i < F->n_dates + F->n_times; i++) {
    const struct bc_date_fact *s =
        i < F->n_dates ? &F->dates[i] : &F->times[i - F->n_dates];
    if (s->relative && s->span.end - s->span.start == n &&
        s->span.end <= v->doc->text_len &&
        strncasecmp(v->doc->text + s->span.start, c->text + df->span.start,
                    n) == 0)
      return 1;
  }
  /* "next summer" where the source writes "next summer's tournament",
   * which the analyzer may not read as a date: the same words. */
  return bc__check_in_source(v, c->text + df->span.start, n) ||
         written_possessive(v, c->text + df->span.start, n);
}

/* The value the claim's date fact df states, in *lo and *hi; 0 when it
 * states none this checker compares. */
static int claim_value(struct bc__vstate *v, const struct bc__claim *c,
                       const struct bc_date_fact *df, int in_times,
                       struct bc__dval *lo, struct bc__dval *hi)
{
  if (df->type == BC_TIMEX_DURATION || df->type == BC_TIMEX_SET ||
      df->kind == BC_DATE_TIME || df->kind == BC_DATE_DURATION ||
      df->kind == BC_DATE_SET || !bc__validate_date_value(df->iso, lo, hi))
    return 0;
  /* A holiday ("Easter Monday", "Christmas") moves from year to year, or
   * says no more than its name: no day and month is claimed. */
  if (lo->kind == BC_DATE_DAY || (lo->kind == BC_DATE_PARTIAL && !lo->q)) {
    const char *t = c->text + df->span.start;
    size_t n = df->span.end - df->span.start;
    if (!bc__check_has_digit(t, n) && !names_month(t, n))
      return 0;
  }
  if (df->kind == BC_DATE_RELATIVE || (df->relative && !df->guessed)) {
    /* "last year", "last spring" in a summary mean what they mean in its
     * source, whose date the summary is read against; "that year", "a
     * year earlier" lean on a date the summary wrote; "today", "this
     * year" speak of the present, as the source does. */
    return df->relative && !df->guessed && lo->kind != BC_DATE_PARTIAL &&
           !is_present(v, lo) && !said_so(v, c, df);
  }
  if (in_times && lo->kind == BC_DATE_DAY)
    return 0; /* a weekday named alone: its week is a guess */
  if (df->guessed) {
    /* A year-less day, quarter or month ("October 1", "the third
     * quarter", "in April") took its year from the summary's reference
     * date and tense; only what is written is claimed. */
    if (lo->kind == BC_DATE_DAY || lo->kind == BC_DATE_QUARTER ||
        lo->kind == BC_DATE_MONTH) {
      /* Both ends of a range ("between May 5 and May 9"). */
      int range = hi->kind == lo->kind && !same_point(lo, hi);
      lo->y = 0;
      lo->kind = BC_DATE_PARTIAL;
      if (range) {
        hi->y = 0;
        hi->kind = BC_DATE_PARTIAL;
      } else {
        *hi = *lo;
      }
      return 1;
    }
    return lo->kind == BC_DATE_PARTIAL;
  }
  if (lo->kind == BC_DATE_DECADE)
    decade_century(c->text, c->len, df->span.start, lo, hi);
  return 1;
}

/* The claim's date as a finding quotes it and a repair replaces it: the
 * sentence's full stop is no part of "May." (the analyzer's span may hold
 * it). */
static struct bc_date_fact trimmed(const struct bc__claim *c,
                                   const struct bc_date_fact *df)
{
  struct bc_date_fact t = *df;
  size_t e = t.span.end, k = e;
  if (e > t.span.start + 1 && e <= c->len && c->text[e - 1] == '.') {
    for (k = e - 1;
         k > t.span.start && bc__check_is_alnum((unsigned char)c->text[k - 1]);
         k--)
      ;
    if (strlen(bc__cal_month_name(bc__cal_month_of(c->text + k, e - 1 - k))) ==
            e - 1 - k ||
        (bc__cal_weekday_of(c->text + k, e - 1 - k) &&
         strlen(bc__cal_weekday_name(
             bc__cal_weekday_of(c->text + k, e - 1 - k))) == e - 1 - k))
      t.span.end = e - 1;
  }
  return t;
}

/* Does the source write the weekday wd with the day m/d ("Friday,
 * December 6th")?  A claim that repeats the pair repeats the source, right
 * or wrong. */
static int source_pairs(const struct bc__vstate *v, int wd, int m, int d)
{
  const struct bc_facts *F = v->facts;
  size_t i, pos, st, wl;
  for (i = 0; i < F->n_dates + F->n_times; i++) {
    const struct bc_date_fact *f =
        i < F->n_dates ? &F->dates[i] : &F->times[i - F->n_dates];
    int y, fm, fd;
    if (!bc__cal_parse_iso(f->iso, &y, &fm, &fd) || fm != m || fd != d ||
        f->span.end > v->doc->text_len)
      continue;
    pos = f->span.start;
    if ((wl = bc__validate_next_word(v->doc->text, f->span.end, &pos, &st)) &&
        full_weekday(v->doc->text + st, wl) == wd)
      return 1;
  }
  return 0;
}

/* A claim's day written with its weekday ("Tuesday, March 3, 2020") that
 * the calendar puts on another weekday: an error, whatever the source says
 * of the day, unless the source writes the same pair.  A day written
 * without its year takes the year the source gives that day, else the
 * year that puts it nearest the document's date.  Reported, and nonzero
 * returned. */
static int weekday_wrong(struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_date_fact *df,
                         const struct bc__dval *p)
{
  size_t pos = df->span.start, st, wl, i;
  int wd, y = p->y, k;
  char msg[160];
  struct bc__dval d;
  if (!p->m || !p->d || (p->kind != BC_DATE_DAY && p->kind != BC_DATE_PARTIAL))
    return 0;
  wl = bc__validate_next_word(c->text, df->span.end, &pos, &st);
  if (!wl || !(wd = full_weekday(c->text + st, wl)))
    return 0;
  if (p->kind == BC_DATE_PARTIAL) {
    int seen = 0;
    for (i = 0; i < v->n_dates; i++) {
      const struct bc__dval *s = &v->date_val[i].lo;
      if (s->kind != BC_DATE_DAY || s->m != p->m || s->d != p->d)
        continue;
      if (bc__cal_weekday(s->y, s->m, s->d) == wd)
        return 0;
      seen = 1;
      y = s->y;
    }
    if (!seen) {
      long dd, best = -1;
      if (!doc_date(v, &d) || d.kind != BC_DATE_DAY)
        return 0;
      dd = bc__cal_day_number(d.y, d.m, d.d);
      for (k = -1; k <= 1; k++)
        if (bc__cal_valid(d.y + k, p->m, p->d) &&
            (best < 0 ||
             labs(bc__cal_day_number(d.y + k, p->m, p->d) - dd) < best)) {
          best = labs(bc__cal_day_number(d.y + k, p->m, p->d) - dd);
          y = d.y + k;
        }
    }
  }
  if (!y || !bc__cal_valid(y, p->m, p->d) ||
      bc__cal_weekday(y, p->m, p->d) == wd || source_pairs(v, wd, p->m, p->d))
    return 0;
  snprintf(msg, sizeof msg, "%d %s %04d is a %s, not a %s", p->d,
           bc__cal_month_name(p->m), y,
           bc__cal_weekday_name(bc__cal_weekday(y, p->m, p->d)),
           bc__cal_weekday_name(wd));
  bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, "",
                (struct bc_span){0, 0}, NULL, msg);
  return 1;
}

static int part_mod(enum bc_timex_mod m)
{
  return m == BC_MOD_START || m == BC_MOD_MID || m == BC_MOD_END;
}

/* A claim's period with a part of it named ("the late 2020s", "early
 * March") where the source names the same period only with another part
 * ("the mid-2020s"), in the claim's words: the part was shifted.  A
 * source that names the period whole, or with the claim's part anywhere,
 * leaves the claim's part unchallenged.  Reported, and nonzero
 * returned. */
static int part_differs(struct bc__vstate *v, const struct bc__claim *c,
                        const struct bc_date_fact *df, const struct bc__dval *p,
                        const struct bc__context *ctx)
{
  size_t i, best = NONE, best_ov = 0;
  if (!part_mod(df->mod) || p->kind == BC_DATE_PARTIAL ||
      p->kind == BC_DATE_DAY)
    return 0;
  for (i = 0; i < v->n_dates; i++) {
    const struct bc__sdate *sd = &v->date_val[i];
    size_t ov;
    if (sd->range || !(sd->use & BC__SD_SAYS) || !same_point(p, &sd->lo))
      continue;
    if (!part_mod(v->dates[i].mod) || v->dates[i].mod == df->mod)
      return 0;
    ov = bc__validate_overlap(ctx, &v->date_ctx[i]);
    if (ov > best_ov) {
      best_ov = ov;
      best = i;
    }
  }
  if (best == NONE)
    return 0;
  report(v, c, df, BC_SEV_ERROR, best, NULL, NOT_GIVEN_SAYS,
         kind_word(p->kind));
  return 1;
}

/* Is t[0..n) the audience a speaker addresses ("you", "us")? */
static int audience_word(const char *t, size_t n)
{
  return (n == 3 && strncasecmp(t, "you", 3) == 0) ||
         (n == 2 && strncasecmp(t, "us", 2) == 0);
}

/* A relative date told to the audience right after "you" or "us" ("See
 * you next week", "join us tomorrow") counts from the summary's own time:
 * the show's schedule, no event of the source. */
static int to_audience(const struct bc__claim *c, const struct bc_date_fact *df)
{
  return df->relative &&
         bc__check_word_before(c, df->span.start, 1, ",;:.()", audience_word);
}

static void check_fact(struct bc__vstate *v, const struct bc__claim *c,
                       const struct bc_date_fact *fact, int in_times)
{
  struct bc__dval lo, hi;
  struct bc__context ctx;
  struct bc_date_fact own = trimmed(c, fact);
  const struct bc_date_fact *df = &own;
  int range;
  if (to_audience(c, df))
    return;
  if (!claim_value(v, c, df, in_times, &lo, &hi))
    return;
  v->r->checked.dates++;
  range = !same_point(&lo, &hi);
  if (range && range_end_differs(v, c, df, &lo, &hi))
    return;
  if (!range && weekday_wrong(v, c, df, &lo))
    return;
  if (c->about) {
    /* A timeline date is about its event: the event's words around the
     * date when the event writes it ("... disorder in 2017, marking ..."),
     * else the event's opening words. */
    size_t an = strlen(c->about), dn = df->span.end - df->span.start;
    const char *at = NULL;
    struct bc_span around = {0, 0};
    if (dn >= 4 && dn < an)
      at = find_written(c->about, an, c->text + df->span.start, dn);
    if (at) {
      around.start = (size_t)(at - c->about);
      around.end = around.start + dn;
    }
    bc__validate_context(c->about, an, around, &ctx);
  } else
    bc__validate_context(c->text, c->len, df->span, &ctx);
  if (!range && part_differs(v, c, df, &lo, &ctx))
    return;
  check_date_point(v, c, df, &lo, &ctx, range);
  if (range && !v->rc)
    check_date_point(v, c, df, &hi, &ctx, 1);
}

/* --- durations ------------------------------------------------------------ */

/* Do two of the source's dates, written in one sentence or as a range,
 * lie about days apart (within tol)?  "June 2012 to March 2016" lasts
 * nearly four years.  The second date of a pair is looked up by its days
 * (date_span_index.c); each pair is weighed here only when there is no
 * room for that index. */
int bc__check_dates_span(struct bc__vstate *v, double days, double tol)
{
  size_t i, j;
  for (i = 0; i < v->n_dates; i++) {
    const struct bc__sdate *a = &v->date_val[i];
    long a0, a1, b0, b1;
    int found;
    if (!(a->use & BC__SD_SAYS) || !bc__validate_date_days(&a->lo, &a0, &a1))
      continue;
    if (a->range && bc__validate_date_days(&a->hi, &b0, &b1) &&
        fabs((double)(b1 - a0 + 1) - days) <= tol)
      return 1;
    found = bc__dspan_apart(v, i, a0, a1, days, tol);
    if (found >= 0) {
      if (found)
        return 1;
      continue;
    }
    for (j = i + 1; j < v->n_dates; j++) {
      const struct bc__sdate *b = &v->date_val[j];
      if (!(b->use & BC__SD_SAYS) || b->range ||
          !bc__validate_date_days(&b->lo, &b0, &b1) ||
          !bc__check_same_sentence_m(&v->sents, v->dates[i].span.start,
                                     v->dates[j].span.start))
        continue;
      /* From the start of the earlier to the end of the later, or from
       * start to start: writers count both ways. */
      if (fabs(fabs((double)(b1 - a0)) + 1 - days) <= tol ||
          fabs(fabs((double)(a1 - b0)) + 1 - days) <= tol ||
          fabs(fabs((double)(b0 - a0)) - days) <= tol)
        return 1;
    }
  }
  return 0;
}

/* Does the source's amount s (days, with its mod) bear out the claim's
 * amount d (with its mod): the same amount, rounded to the claim's unit,
 * within a tenth when either says "about" or "nearly", or on the side a
 * bound gives ("more than a year" for 16 months, "16 months" for "over a
 * year")? */
int bc__check_durations_agree(double d, enum bc_timex_mod dm, double s,
                              enum bc_timex_mod sm)
{
  double m = d > s ? d : s;
  int approx = (dm != BC_MOD_NONE) || (sm != BC_MOD_NONE);
  if (m <= 0)
    return d == s;
  if (fabs(d - s) / m <= (approx ? 0.10 : 0.02))
    return 1;
  if ((dm == BC_MOD_MORE_THAN || dm == BC_MOD_EQUAL_OR_MORE) && s >= d)
    return 1;
  if ((dm == BC_MOD_LESS_THAN || dm == BC_MOD_EQUAL_OR_LESS) && s <= d)
    return 1;
  if ((sm == BC_MOD_MORE_THAN || sm == BC_MOD_EQUAL_OR_MORE) && d >= s)
    return 1;
  if ((sm == BC_MOD_LESS_THAN || sm == BC_MOD_EQUAL_OR_LESS) && d <= s)
    return 1;
  return 0;
}

int bc__check_time_number_agrees(const struct bc__vstate *v, double days,
                                 enum bc_timex_mod mod)
{
  size_t i;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc__unit *u = &v->num_unit[i];
    if (u->cls == BC__UNIT_TIME &&
        bc__check_durations_agree(days, mod, v->nums[i].value * u->scale,
                                  v->nums[i].approx ? BC_MOD_APPROX
                                                    : BC_MOD_NONE))
      return 1;
  }
  return 0;
}

/* The days of the source's duration i (bc__validate_duration_days of
 * its ISO value), parsed once per check rather than once per claim
 * duration; parsed each time when there is no room to keep them. */
int bc__check_dur_days(struct bc__vstate *v, size_t i, double *days)
{
  size_t k;
  if (!v->dur_days_made) {
    v->dur_days_made = 1;
    v->dur_days = bc__calloc(v->n_durs ? v->n_durs : 1, sizeof *v->dur_days);
    v->dur_days_ok = bc__calloc(v->n_durs ? v->n_durs : 1, 1);
    if (!v->dur_days || !v->dur_days_ok) {
      free(v->dur_days);
      free(v->dur_days_ok);
      v->dur_days = NULL;
      v->dur_days_ok = NULL;
    }
    for (k = 0; v->dur_days && k < v->n_durs; k++)
      v->dur_days_ok[k] = (unsigned char)bc__validate_duration_days(
          v->durs[k].iso, &v->dur_days[k]);
  }
  if (!v->dur_days)
    return bc__validate_duration_days(v->durs[i].iso, days);
  if (v->dur_days_ok[i])
    *days = v->dur_days[i];
  return v->dur_days_ok[i];
}

/* "a month", "an hour", "a decade": one unit with an article is more often
 * a rate ("$38,000 a month", "twice a year") or a manner of speaking ("in
 * a week or so") than an amount a writer measured. */
static int one_unit(const char *t, size_t n)
{
  size_t k =
      n >= 3 && (t[0] == 'a' || t[0] == 'A') && t[1] == ' ' ? 2
      : n >= 4 && (t[0] == 'a' || t[0] == 'A') && t[1] == 'n' && t[2] == ' '
          ? 3
          : 0;
  if (!k)
    return 0;
  for (; k < n; k++)
    if (t[k] == ' ')
      return 0;
  return 1;
}

/* A claim's duration that is no number fact ("a decade", "a year and a
 * half"): the number checker compares the others.  Stated when the
 * source gives the same amount as a duration or as a number of time units,
 * or two of its dates lie that far apart; wrong when a duration in the
 * claim's words says otherwise; otherwise a warning. */
static void check_duration(struct bc__vstate *v, const struct bc__claim *c,
                           const struct bc_date_fact *df)
{
  double days, sd;
  size_t i, best = NONE, best_ov = 0;
  struct bc__context ctx;
  int approx = df->mod != BC_MOD_NONE;
  char *says, msg[256];
  for (i = 0; i < c->f->n_numbers; i++)
    if (c->f->numbers[i].span.start < df->span.end &&
        df->span.start < c->f->numbers[i].span.end) {
      /* "three months": a number with its unit, the number checker's,
       * but for a length that modifies a noun ("a 16-hour day"). */
      bc__check_duration_modifier(v, c, df);
      return;
    }
  if (!bc__validate_duration_days(df->iso, &days) ||
      one_unit(c->text + df->span.start, df->span.end - df->span.start))
    return;
  v->r->checked.dates++;
  if (bc__check_time_number_agrees(v, days, df->mod))
    return;
  if (bc__check_dates_span(v, days, days * (approx ? 0.10 : 0.05) + 1))
    return;
  bc__validate_context(c->text, c->len, df->span, &ctx);
  for (i = 0; i < v->n_durs; i++) {
    size_t ov;
    if (!bc__check_dur_days(v, i, &sd))
      continue;
    if (bc__check_durations_agree(days, df->mod, sd, v->durs[i].mod))
      return;
    ov = bc__validate_overlap(&ctx, &v->dur_ctx[i]);
    if (ov > best_ov) {
      best_ov = ov;
      best = i;
    }
  }
  if (best == NONE) {
    bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_WARNING, df->span, "",
                  (struct bc_span){0, 0}, NULL,
                  "the source gives no such length of time");
    return;
  }
  says = bc__check_source_text(v, v->durs[best].span);
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  snprintf(msg, sizeof msg, "the source says %s of this", says);
  bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says,
                v->durs[best].span, NULL, msg);
  free(says);
}

/* --- entry points ------------------------------------------------------- */

/* A bare number that is a year the source states as a date or writes:
 * "since 2019" needs no number check. */
int bc__check_year_supported(struct bc__vstate *v, double val)
{
  int y = (int)val;
  size_t i;
  struct bc__dval p;
  if ((double)y != val || y < 1000 || y > 2199)
    return 0;
  memset(&p, 0, sizeof p);
  p.kind = BC_DATE_YEAR;
  p.y = y;
  for (i = 0; i < v->n_dates; i++)
    if ((v->date_val[i].use & BC__SD_SAYS) &&
        bc__validate_dval_supports(&p, &v->date_val[i].lo, &v->date_val[i].hi,
                                   v->date_val[i].range))
      return 1;
  return year_in_source(v, y);
}

/* The claim's values for date_in_claim, parsed and grouped once; NULL
 * with v->rc set on out-of-memory. */
static struct bc__dic_memo *dic_new(struct bc__vstate *v,
                                    const struct bc__claim *c)
{
  size_t i, n = c->f->n_dates + c->f->n_times;
  struct bc__dic_memo *m = bc__calloc(1, sizeof *m);
  if (!m || bc__claim_memo_init(&m->m, n, sizeof(struct dic_val), v->n_dates) ||
      !(m->ans = bc__calloc(v->n_dates ? v->n_dates : 1, sizeof *m->ans))) {
    if (m)
      bc__claim_memo_release(&m->m);
    free(m);
    v->rc = BC_ERR_NOMEM;
    return NULL;
  }
  m->base = v->date_val;
  for (i = 0; i < n; i++) {
    struct bc__dval lo, hi;
    struct dic_val *d;
    const struct bc_date_fact *o =
        i < c->f->n_dates ? &c->f->dates[i] : &c->f->times[i - c->f->n_dates];
    if (!claim_date_value(c, i, &lo, &hi))
      continue;
    d = bc__claim_memo_push(&m->m, bc__marks_before(&c->sents, o->span.start),
                            i);
    d->lo = lo;
    d->hi = hi;
    d->lo_ok = bc__validate_date_days(&lo, &d->lo_a, &d->lo_b);
    d->hi_ok = bc__validate_date_days(&hi, &d->hi_a, &d->hi_b);
  }
  bc__claim_memo_sort(&m->m);
  return m;
}

static void dic_free(struct bc__dic_memo *m)
{
  if (!m)
    return;
  bc__claim_memo_release(&m->m);
  free(m->ans);
  free(m);
}

bc_status bc__check_dates_memo(struct bc__vstate *v, struct bc__claim *c)
{
  c->dic = dic_new(v, c);
  return c->dic ? BC_OK : BC_ERR_NOMEM;
}

void bc__check_dates_memo_free(struct bc__claim *c)
{
  dic_free(c->dic);
  c->dic = NULL;
}

void bc__check_dates(struct bc__vstate *v, const struct bc__claim *c)
{
  size_t i;
  for (i = 0; i < c->f->n_dates && !v->rc; i++)
    if (!bc__check_date_offset(v, c, &c->f->dates[i]) &&
        !bc__check_claim_weekday(v, c, &c->f->dates[i]) &&
        !bc__check_claim_season(v, c, &c->f->dates[i]))
      check_fact(v, c, &c->f->dates[i], 0);
  for (i = 0; i < c->f->n_times && !v->rc; i++) {
    if (c->f->times[i].type == BC_TIMEX_DURATION) {
      if (!bc__check_date_offset(v, c, &c->f->times[i]))
        check_duration(v, c, &c->f->times[i]);
    } else if (!bc__check_date_offset(v, c, &c->f->times[i]) &&
               !bc__check_claim_weekday(v, c, &c->f->times[i]) &&
               !bc__check_claim_hour(v, c, &c->f->times[i]))
      check_fact(v, c, &c->f->times[i], 1);
  }
}

/* The claim's four digits at span at as a year fact *yf, its value in
 * *p; 0 when they are no year. */
static int year_fact(const struct bc__claim *c, struct bc_span at,
                     struct bc_date_fact *yf, struct bc__dval *p)
{
  memset(yf, 0, sizeof *yf);
  yf->span = at;
  yf->kind = BC_DATE_YEAR;
  snprintf(yf->iso, sizeof yf->iso, "%04d",
           bc__check_bare_year(c->text, c->len, at.start));
  return bc__validate_date_parse(yf->kind, yf->iso, p, p);
}

/* A year the analyzer read as a count of the noun after it ("posted 2016
 * revenue") is checked as a year used as a modifier. */
int bc__check_year_modifier(struct bc__vstate *v, const struct bc__claim *c,
                            struct bc_span at)
{
  struct bc_date_fact yf;
  struct bc__dval p;
  if (!year_fact(c, at, &yf, &p) || !other_year(v, c, &yf, &p))
    return 0;
  v->r->checked.dates++;
  return 1;
}

/* A bare four-digit year of the claim the analyzer did not read as a date
 * (it reached the number checker) is checked as a year. */
void bc__check_year_claim(struct bc__vstate *v, const struct bc__claim *c,
                          struct bc_span at)
{
  struct bc_date_fact yf;
  struct bc__dval p;
  struct bc__context ctx;
  if (!year_fact(c, at, &yf, &p))
    return;
  v->r->checked.dates++;
  bc__validate_context(c->text, c->len, yf.span, &ctx);
  check_date_point(v, c, &yf, &p, &ctx, 0);
}
