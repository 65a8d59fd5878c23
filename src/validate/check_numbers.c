/* check_numbers.c - the number checker: each quantity a claim states must
 * be one the source states, in value and unit, and of the same thing (a
 * duration may also be worked out from a range of the source's dates).
 * Ratios ("60/30/10") are checked in check_ratios.c, and bare years are
 * handed to the date checker; when two numbers are the same quantity is
 * decided in equivalence.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/calendar.h"
#include "validate/validate_internal.h"

static int is_years(const char *u)
{
  char cb[16];
  double k;
  return bc__validate_unit(u, &k, cb, sizeof cb) == BC__UNIT_TIME && k > 365 &&
         k < 366;
}

static int is_months(const char *u)
{
  char cb[16];
  double k;
  return bc__validate_unit(u, &k, cb, sizeof cb) == BC__UNIT_TIME && k > 30 &&
         k < 31;
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
  o = bc_calloc(n, sizeof *o);
  if (!o)
    return NULL;
  for (i = 0; i < n; i++) {
    o[k] = in[i];
    if (i + 1 < n && is_years(in[i].unit) && is_months(in[i + 1].unit) &&
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
        i++;
      }
    }
    k++;
  }
  *out_n = k;
  return o;
}

static int overlaps_date(const struct bc_facts *f, struct bc_span s)
{
  size_t i;
  for (i = 0; i < f->n_dates; i++)
    if (s.start < f->dates[i].span.end && f->dates[i].span.start < s.end)
      return 1;
  return 0;
}

/* Numeric tokens of t as " 120000 4.5 2019 ": group commas dropped,
 * decimal points kept. */
static char *numeric_tokens(const char *t, size_t len)
{
  struct bc_buf b = BC_BUF_INIT((size_t)-1);
  size_t i = 0;
  bc_buf_addc(&b, ' ');
  while (i < len) {
    if (!(t[i] >= '0' && t[i] <= '9') ||
        (i > 0 &&
         (bc__check_is_alnum((unsigned char)t[i - 1]) || t[i - 1] == '.'))) {
      i++;
      continue;
    }
    for (; i < len; i++) {
      char ch = t[i];
      if (ch >= '0' && ch <= '9')
        bc_buf_addc(&b, ch);
      else if ((ch == ',' || ch == '.') && i + 1 < len && t[i + 1] >= '0' &&
               t[i + 1] <= '9') {
        if (ch == '.')
          bc_buf_addc(&b, '.');
      } else
        break;
    }
    bc_buf_addc(&b, ' ');
  }
  return bc_buf_take(&b, NULL);
}

/* Every number written in the claim ("150 to 900": both) appears among the
 * source's numeric tokens, whatever the analyzer made of them. */
static int digits_in_source(struct bc__vstate *v, const char *s, size_t n)
{
  char *q = numeric_tokens(s, n), *p, *e;
  int all = 1, any = 0;
  if (!q) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  for (p = q + 1; *p; p = e + 1) {
    char save;
    e = strchr(p, ' ');
    if (!e)
      break;
    if (e == p)
      continue;
    /* Search " tok " in place: the spaces around it are already there. */
    save = e[1];
    e[1] = '\0';
    if (!strstr(v->numtok, p - 1))
      all = 0;
    e[1] = save;
    any = 1;
  }
  free(q);
  return any && all;
}

static void number_finding(struct bc__vstate *v, const struct bc__claim *c,
                           const struct bc_number_fact *nf, size_t si,
                           const char *what, int fixable)
{
  char *says = bc__check_source_text(v, v->nums[si].span);
  char *msg;
  struct bc_buf mb = BC_BUF_INIT(1024);
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  bc_buf_addf(&mb, "the source says %s %s", says, what);
  msg = bc_buf_take(&mb, NULL);
  if (!msg)
    v->rc = BC_ERR_NOMEM;
  else
    bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, nf->span, says,
                  v->nums[si].span, fixable ? says : NULL, msg);
  free(says);
  free(msg);
}

/* A number of the source read as the counterpart of claim although their
 * units differ or are missing: it shares a context word and is of the same
 * order of magnitude (so "3 engineers" is not held against "40 servers");
 * the one sharing most words wins, then the nearest value. */
static int loose_ok(const struct bc_number_fact *claim,
                    const struct bc__unit *cu, const struct bc_number_fact *s,
                    const struct bc__unit *su, size_t ov,
                    const struct bc_number_fact *cur, size_t cur_ov)
{
  double a = claim->value, b = s->value;
  /* Units of different kinds ("6 km", "eight hours") are never the same
   * thing; a missing unit may be, with one shared word when both lack it
   * and two otherwise.  Small bare numbers (scores, ranks) are left alone. */
  size_t need = 1;
  /* Only two bare numbers: "a 10-minute film" is not "six people", and a
   * noun names what a number counts better than shared words do. */
  if (cu->cls != BC__UNIT_NONE || su->cls != BC__UNIT_NONE)
    return 0;
  if (cu->cls == BC__UNIT_NONE && a < 10)
    return 0;
  if (ov < need || a <= 0 || b <= 0 || a / b >= 10 || b / a >= 10)
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

/* Does a range of the source last about this many days?  A duration the
 * writer worked out from the source's dates is faithful. */
static int range_lasts(const struct bc__vstate *v, double days)
{
  size_t i;
  for (i = 0; i < v->n_dates; i++) {
    struct bc__dval lo, hi;
    double len, tol;
    if (v->dates[i].kind != BC_DATE_RANGE ||
        !bc__validate_date_parse(v->dates[i].kind, v->dates[i].iso, &lo, &hi))
      continue;
    len = day_of(&hi, 1) - day_of(&lo, 0);
    tol = days * 0.1 > 31 ? days * 0.1 : 31;
    if (len > 0 && fabs(len - days) <= tol)
      return 1;
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

/* Does the leading number of claim text t[0..n) (digits, or a number
 * word) occur in the source where the words around it share at least need
 * words with the claim's context? */
static int token_near(const struct bc__vstate *v, const char *t, size_t n,
                      const struct bc__context *ctx, size_t need)
{
  const char *src = v->doc->text;
  size_t len = v->doc->text_len, a = 0, b, i, k;
  if (!src)
    return 0;
  while (a < n && !bc__check_is_alnum((unsigned char)t[a]))
    a++;
  b = a;
  if (b < n && t[b] >= '0' && t[b] <= '9')
    while (b < n && ((t[b] >= '0' && t[b] <= '9') ||
                     ((t[b] == ',' || t[b] == '.') && b + 1 < n &&
                      t[b + 1] >= '0' && t[b + 1] <= '9')))
      b++;
  else
    while (b < n && bc__check_is_alnum((unsigned char)t[b]))
      b++;
  if (b - a < 1 || b - a > 40)
    return 0;
  for (i = 0; i + (b - a) <= len; i++) {
    struct bc__context sc;
    struct bc_span at;
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
    at.start = i;
    at.end = i + k;
    bc__validate_context(src, len, at, &sc);
    if (bc__validate_overlap(ctx, &sc) >= need)
      return 1;
  }
  return 0;
}

/* Is b nearer to a than c is (by ratio)? */
static int closer(double a, double b, double c)
{
  double db, dc;
  if (a <= 0 || b <= 0 || c <= 0)
    return fabs(a - b) < fabs(a - c);
  db = fabs(log(a / b));
  dc = fabs(log(a / c));
  return db < dc;
}

/* "from nine to sixteen engineers" where the source gives the two numbers
 * apart ("9 engineers at the start and 16 at the end"). */
static int range_ends_stated(const struct bc__vstate *v,
                             const struct bc_number_fact *nf)
{
  struct bc_number_fact lo = *nf, hi = *nf;
  size_t i;
  int has_lo = 0, has_hi = 0;
  struct bc__unit cu;
  lo.value_hi = lo.value;
  hi.value = hi.value_hi;
  bc__validate_unit_info(nf->unit, &cu);
  for (i = 0; i < v->n_nums && !(has_lo && has_hi); i++) {
    /* An end found in a number of another unit, or rounded, is not the
     * range's end: "80 to 410 loaves" is not "80 loaves ... gave away
     * 412". */
    int exact = v->nums[i].value == lo.value || v->nums[i].value == hi.value;
    if (!exact && (v->num_unit[i].cls != cu.cls ||
                   (cu.cls == BC__UNIT_NOUN &&
                    strcmp(v->num_unit[i].canon, cu.canon) != 0)))
      continue;
    has_lo = has_lo || bc__validate_numbers_equiv_u(&lo, &cu, &v->nums[i],
                                                    &v->num_unit[i]);
    has_hi = has_hi || bc__validate_numbers_equiv_u(&hi, &cu, &v->nums[i],
                                                    &v->num_unit[i]);
  }
  return has_lo && has_hi;
}

/* The number counterpart of date_in_claim: "from 9 to 16 engineers". */
static int number_in_claim(const struct bc__claim *c,
                           const struct bc_number_fact *nf,
                           const struct bc_number_fact *src)
{
  size_t i;
  for (i = 0; i < c->f->n_numbers; i++) {
    const struct bc_number_fact *o = &c->f->numbers[i];
    if (o->span.start == nf->span.start ||
        !bc__check_same_sentence(c->text, c->len, o->span.start,
                                 nf->span.start))
      continue;
    if (bc__validate_numbers_equiv(o, src))
      return 1;
  }
  return 0;
}

static void check_number(struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_number_fact *nf)
{
  struct bc__context ctx;
  struct bc__unit cu;
  size_t i, best = (size_t)-1, best_ov = 0, n_unit = 0, swap = (size_t)-1;
  size_t eq_ov = 0, swap_ov = 0, loose = (size_t)-1, loose_ov = 0;
  size_t unit_chg = (size_t)-1, weak_ov = 0;
  int equiv = 0, weak = 0;
  const char *ctext = c->text + nf->span.start;
  size_t clen = nf->span.end - nf->span.start;

  bc__validate_context(c->text, c->len, nf->span, &ctx);
  bc__validate_unit_info(nf->unit, &cu);
  if (cu.cls == BC__UNIT_PERCENT && nf->value == nf->value_hi &&
      bc__check_ratio_member(v, nf->value))
    return;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    const struct bc__unit *su = &v->num_unit[i];
    size_t ov;
    if (bc__validate_numbers_equiv_u(nf, &cu, s, su)) {
      ov = bc__validate_overlap(&ctx, &v->num_ctx[i]);
      /* A bare source number ("five seconds and not three") supports a
       * measure only weakly. */
      if (cu.cls != BC__UNIT_NONE && cu.cls != BC__UNIT_NOUN &&
          su->cls == BC__UNIT_NONE) {
        weak = 1;
        if (ov > weak_ov)
          weak_ov = ov;
        continue;
      }
      equiv = 1;
      if (ov > eq_ov)
        eq_ov = ov;
      continue;
    }
    if (cu.cls != BC__UNIT_NONE && cu.cls == su->cls &&
        strcmp(cu.canon, su->canon) == 0) {
      ov = bc__validate_overlap(&ctx, &v->num_ctx[i]);
      n_unit++;
      if (best == (size_t)-1 || ov > best_ov ||
          (ov == best_ov && closer(nf->value, s->value, v->nums[best].value))) {
        best = i;
        best_ov = ov;
      }
      if (ov > swap_ov && !number_in_claim(c, nf, s)) {
        swap_ov = ov;
        swap = i;
      }
      continue;
    }
    /* Only numbers of the same order of magnitude or the same value can be
     * counterparts from here on; the context is worth reading for them. */
    if (!(nf->value > 0 && s->value > 0 && nf->value / s->value < 10 &&
          s->value / nf->value < 10))
      continue;
    ov = bc__validate_overlap(&ctx, &v->num_ctx[i]);
    if (cu.cls != BC__UNIT_NONE && su->cls == cu.cls) {
      /* The same value with another unit of the same kind: "5 months" for
       * "5 years". */
      struct bc_number_fact bare = *nf, sbare = *s;
      struct bc__unit none;
      memset(&none, 0, sizeof none);
      none.scale = 1.0;
      if (ov >= 1 && bc__validate_numbers_equiv_u(&bare, &none, &sbare, &none))
        unit_chg = i;
      else if (loose_ok(nf, &cu, s, su, ov,
                        loose == (size_t)-1 ? NULL : &v->nums[loose],
                        loose_ov)) {
        loose = i;
        loose_ov = ov;
      }
    } else if (loose_ok(nf, &cu, s, su, ov,
                        loose == (size_t)-1 ? NULL : &v->nums[loose],
                        loose_ov)) {
      loose = i;
      loose_ov = ov;
    }
  }
  if (!equiv && cu.cls == BC__UNIT_TIME && nf->value == nf->value_hi &&
      range_lasts(v, nf->value * cu.scale))
    return; /* "the migration took 17 months": from its start and end */
  if (!equiv && weak) {
    /* The same measure stated with its unit, in words nearer the claim's,
     * outweighs a bare number. */
    if (best != (size_t)-1 && best_ov > weak_ov) {
      number_finding(v, c, nf, best, "of this", n_unit == 1);
      return;
    }
    equiv = 1;
    eq_ov = weak_ov;
  }
  if (!equiv && nf->value_hi != nf->value && range_ends_stated(v, nf))
    return; /* each end stated apart: nothing to mix up as a whole */
  if (equiv) {
    /* Stated, but of something else?  Same test as for dates. */
    if (swap != (size_t)-1 && bc__check_has_digit(ctext, clen) &&
        bc__check_mixed_up(eq_ov, swap_ov, ctx.n))
      number_finding(v, c, nf, swap, "here, not this number", 0);
    return;
  }
  if (nf->value != nf->value_hi) {
    /* A range sharing one end with a source range: the other end moved
     * ("between 30,000 and 60,000" for "30,000 to 50,000"). */
    for (i = 0; i < v->n_nums; i++) {
      const struct bc_number_fact *s = &v->nums[i];
      if (s->value == s->value_hi ||
          !bc__validate_units_compatible(nf->unit, s->unit))
        continue;
      if ((s->value == nf->value) != (s->value_hi == nf->value_hi)) {
        number_finding(v, c, nf, i, "of this", 1);
        return;
      }
    }
  }
  if (loose != (size_t)-1 && ordinal(ctext, clen))
    loose = (size_t)-1; /* "the 16th title": a rank, not a quantity */
  /* Before calling a number wrong: the claim's own number may be in the
   * source where the analyzer did not read it as this quantity ("Seventeen
   * of the 30 counts"), in words as close to the claim's as the other. */
  if (nf->value == nf->value_hi && unit_chg == (size_t)-1 &&
      (cu.cls == BC__UNIT_NONE || cu.cls == BC__UNIT_NOUN) &&
      ((best != (size_t)-1 && best_ov >= 1) || loose != (size_t)-1)) {
    size_t need = best != (size_t)-1 && best_ov >= 1 ? best_ov : loose_ov;
    if (token_near(v, ctext, clen, &ctx, need ? need : 1))
      return;
  }
  if (best != (size_t)-1 && best_ov >= 1) {
    number_finding(v, c, nf, best, "of this", n_unit == 1);
    return;
  }
  if (unit_chg != (size_t)-1) {
    number_finding(v, c, nf, unit_chg, "of this: the unit differs", 0);
    return;
  }
  if (digits_in_source(v, ctext, clen))
    return;
  /* The source counts this noun once, with another value: "6,000 members"
   * for "about 600 members". */
  if (best != (size_t)-1 && n_unit == 1 && cu.cls == BC__UNIT_NOUN &&
      bc__check_has_digit(ctext, clen)) {
    number_finding(v, c, nf, best, "of this", 0);
    return;
  }
  if (loose != (size_t)-1 && bc__check_has_digit(ctext, clen)) {
    number_finding(v, c, nf, loose, "of this", 0);
    return;
  }
  if (bc__check_has_digit(ctext, clen) &&
      (nf->value >= 10 || (nf->unit && *nf->unit)))
    bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_WARNING, nf->span, "",
                  (struct bc_span){0, 0}, NULL,
                  "the source gives no such number");
}

/* A number that labels rather than counts: "top 10", "version 3",
 * "lesson 1", "#2", "Fortune 500". */
static int label_number(const char *t, size_t at)
{
  static const char *const labels[] = {
      "top",  "no",    "number", "version", "level",  "lesson",  "chapter",
      "step", "part",  "phase",  "page",    "figure", "table",   "section",
      "tier", "stage", "rank",   "fortune", "season", "episode", "vol"};
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

void bc__check_numbers(struct bc__vstate *v, const struct bc__claim *c)
{
  const struct bc_facts *f = c->f;
  struct bc_number_fact *m;
  size_t n, i;
  if (f->n_numbers == 0)
    return;
  m = merge_durations(c->text, f->numbers, f->n_numbers, &n);
  if (!m) {
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
    m[i].value_hi = m[i + 1].value;
    m[i].span.end = m[i + 1].span.end;
    memmove(&m[i + 1], &m[i + 2], (n - i - 2) * sizeof *m);
    n--;
  }
  for (i = 0; i < n && !v->rc; i++) {
    if (overlaps_date(f, m[i].span) ||
        bc__check_in_iso(c->text, c->len, m[i].span.start))
      continue;
    /* A bare four-digit year the analyzer did not read as a date is
     * checked as one. */
    if (m[i].span.end - m[i].span.start == 4 &&
        bc__check_bare_year(c->text, c->len, m[i].span.start)) {
      bc__check_year_claim(v, c, m[i].span);
      continue;
    }
    if (((!m[i].unit || !*m[i].unit) &&
         bc__check_year_supported(v, m[i].value)) ||
        label_number(c->text, m[i].span.start) ||
        bc__check_in_ratio(c, m[i].span))
      continue;
    v->r->checked.numbers++;
    check_number(v, c, &m[i]);
  }
  free(m);
}

bc_status bc__check_numbers_prepare(struct bc__vstate *v)
{
  const struct bc_facts *F = v->facts;
  const struct bc_doc *d = v->doc;
  size_t i;
  v->numtok = numeric_tokens(d->text ? d->text : "", d->text ? d->text_len : 0);
  if (!v->numtok)
    return BC_ERR_NOMEM;
  if (F->n_numbers) {
    v->nums = merge_durations(d->text, F->numbers, F->n_numbers, &v->n_nums);
    if (!v->nums)
      return BC_ERR_NOMEM;
    v->num_ctx = bc_calloc(v->n_nums, sizeof *v->num_ctx);
    v->num_unit = bc_calloc(v->n_nums, sizeof *v->num_unit);
    if (!v->num_ctx || !v->num_unit)
      return BC_ERR_NOMEM;
    for (i = 0; i < v->n_nums; i++) {
      bc__validate_context(d->text, d->text_len, v->nums[i].span,
                           &v->num_ctx[i]);
      bc__validate_unit_info(v->nums[i].unit, &v->num_unit[i]);
    }
  }
  return BC_OK;
}
