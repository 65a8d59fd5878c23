/* check_dates.c - the date checker: each date a claim states (as the
 * analyzer read it, an ISO date it left out, or a bare year the number
 * checker hands over) must be stated by the source, and stated of the same
 * thing.  The source's side, its dates as a reader dates them, is read once
 * in check_dates_source.c; when two dates are the same date is decided in
 * equivalence.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/calendar.h"
#include "validate/validate_internal.h"

/* The replacement for a date whose day and month the source gives in
 * another year: the claim with its year changed when it writes the year
 * once, else the source's date written out. */
static char *date_fix(const char *claim, size_t n, int bad_y, int y, int m,
                      int d)
{
  char yb[8];
  struct bc_buf b = BC_BUF_INIT(256);
  size_t i, at = n, count = 0;
  snprintf(yb, sizeof yb, "%04d", bad_y);
  for (i = 0; i + 4 <= n; i++)
    if (memcmp(claim + i, yb, 4) == 0 &&
        (i == 0 || !bc__check_is_alnum(claim[i - 1])) &&
        (i + 4 == n || !bc__check_is_alnum(claim[i + 4]))) {
      at = i;
      count++;
    }
  if (count == 1) {
    bc_buf_add(&b, claim, at);
    bc_buf_addf(&b, "%04d", y);
    bc_buf_add(&b, claim + at + 4, n - at - 4);
  } else {
    bc_buf_addf(&b, "%d %s %04d", d, bc__cal_month_name(m), y);
  }
  return bc_buf_take(&b, NULL);
}

static const char *kind_word(enum bc_date_kind k)
{
  switch (k) {
  case BC_DATE_DAY: return "date";
  case BC_DATE_MONTH: return "month";
  case BC_DATE_YEAR: return "year";
  case BC_DATE_QUARTER: return "quarter";
  case BC_DATE_DECADE: return "decade";
  default: return "date";
  }
}

/* Is the year written anywhere in the source as a word?  Covers a year the
 * analyzer read as something else in the source. */
static int year_in_source(struct bc__vstate *v, int y)
{
  char yb[16];
  snprintf(yb, sizeof yb, " %04d ", y);
  return strstr(v->norm, yb) != NULL;
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

static int doc_date_states(const struct bc__vstate *v, const struct bc__dval *p)
{
  struct bc_date_fact f;
  size_t n;
  if (!v->doc->date)
    return 0;
  n = strlen(v->doc->date);
  if (n >= sizeof f.iso)
    return 0;
  memset(&f, 0, sizeof f);
  memcpy(f.iso, v->doc->date, n + 1);
  f.kind = n == 10 ? BC_DATE_DAY : n == 7 ? BC_DATE_MONTH : BC_DATE_YEAR;
  return bc__validate_date_supports(p, &f) == 2;
}

/* Does the claim's own text state src in another of its dates?  Then the
 * words they share are that date's, not a sign of a mix-up: "from February
 * 2023 to June 2024 ... a system built in 2014". */
static int date_in_claim(const struct bc__claim *c,
                         const struct bc_date_fact *df,
                         const struct bc_date_fact *src)
{
  size_t i;
  for (i = 0; i < c->f->n_dates; i++) {
    struct bc__dval lo, hi;
    const struct bc_date_fact *o = &c->f->dates[i];
    if (!bc__check_same_sentence(c->text, c->len, o->span.start,
                                 df->span.start))
      continue;
    /* df itself counts: the other end of "from 1800 to 2000". */
    if (!bc__validate_date_parse(o->kind, o->iso, &lo, &hi))
      continue;
    if (bc__validate_date_supports(&lo, src) == 2 ||
        bc__validate_date_supports(&hi, src) == 2)
      return 1;
  }
  return 0;
}

static void check_date_point(struct bc__vstate *v, const struct bc__claim *c,
                             const struct bc_date_fact *df,
                             const struct bc__dval *p,
                             const struct bc__context *ctx, int endpoint)
{
  size_t i, best = (size_t)-1, conflict = (size_t)-1, fix_src = (size_t)-1;
  size_t sup_ov = 0, conf_ov = 0, n_same_md = 0;
  int sup_heading = 0;
  int support = 0, best_rank = 100, best_prio = 2;
  long best_dist = 0;
  size_t best_ov = 0;
  char *says = NULL, *fix = NULL, *msg = NULL;
  struct bc_buf mb = BC_BUF_INIT(1024);
  const char *same_md_iso = NULL;

  for (i = 0; i < v->n_dates; i++) {
    int s;
    if (v->dates[i].kind == BC_DATE_RELATIVE || !v->dates[i].iso[0])
      continue; /* "last year" can neither support nor contradict */
    s = bc__validate_date_supports(p, &v->dates[i]);
    size_t ov = bc__validate_overlap(ctx, &v->date_ctx[i]);
    if (s > support)
      support = s;
    if (s == 2) {
      if (ov > sup_ov)
        sup_ov = ov;
      /* A post's own dated heading: the claim names the post. */
      if (bc__check_heading_date(v->doc->text, v->doc->text_len,
                                 v->dates[i].span))
        sup_heading = 1;
      continue;
    }
    {
      long dist;
      int rank = bc__validate_date_nearness(p, &v->dates[i], &dist);
      int prio = rank <= 4 && ov >= 1 ? 0 : 1;
      if (rank == 1 && v->dates[i].kind == BC_DATE_DAY &&
          (!same_md_iso || strcmp(same_md_iso, v->dates[i].iso) != 0)) {
        n_same_md++;
        same_md_iso = v->dates[i].iso;
        fix_src = i;
      }
      if (ov > conf_ov && !date_in_claim(c, df, &v->dates[i])) {
        conf_ov = ov;
        conflict = i;
      }
      if (best == (size_t)-1 || prio < best_prio ||
          (prio == best_prio &&
           (prio == 0 ? ov > best_ov || (ov == best_ov && (rank < best_rank ||
                                                           (rank == best_rank &&
                                                            dist < best_dist)))
                      : rank < best_rank ||
                            (rank == best_rank && dist < best_dist)))) {
        best = i;
        best_prio = prio;
        best_rank = rank;
        best_dist = dist;
        best_ov = ov;
      }
    }
  }
  /* Lying inside a source range supports a year or a month ("in 2023 the
   * migration was under way"), never the end of a range or a precise day,
   * which the source would have had to state. */
  if (support == 1 && (endpoint || p->kind == BC_DATE_DAY))
    support = 0;
  if (support < 2 && doc_date_states(v, p))
    support = 2;
  if (support < 2 && p->kind == BC_DATE_YEAR && year_in_source(v, p->y))
    support = 2;

  if (support == 2) {
    /* Stated somewhere, but is it stated of this?  When every occurrence
     * of the date shares no word with the claim while another date sits in
     * the very words of the claim, the two were mixed up. */
    /* The document's own date ("published on 20 July 2024") and its
     * posts' headings name the document, not an event to mix up. */
    if (conflict != (size_t)-1 && !sup_heading &&
        !(p->kind == BC_DATE_DAY && doc_date_states(v, p)) &&
        !(p->kind == BC_DATE_YEAR && year_in_title(v, p->y)) &&
        bc__check_mixed_up(sup_ov, conf_ov, ctx->n)) {
      says = bc__check_source_text(v, v->dates[conflict].span);
      if (!says) {
        v->rc = BC_ERR_NOMEM;
        return;
      }
      bc_buf_addf(&mb,
                  "the source gives %s for this, not the %s in the summary",
                  says, kind_word(p->kind));
      msg = bc_buf_take(&mb, NULL);
      if (msg)
        bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says,
                      v->dates[conflict].span, NULL, msg);
      else
        v->rc = BC_ERR_NOMEM;
      free(says);
      free(msg);
    }
    return;
  }
  if (support == 1 && conflict != (size_t)-1 &&
      bc__check_mixed_up(0, conf_ov, ctx->n))
    support = 2; /* reported below as a mix-up */
  if (support == 1) {
    bc__check_add(
        v, c, BC_FINDING_DATE, BC_SEV_WARNING, df->span, "",
        (struct bc_span){0, 0}, NULL,
        "the source gives only a range around this date, not the date itself");
    return;
  }
  if (best != (size_t)-1)
    says = bc__check_source_text(v, v->dates[best].span);
  else
    says = bc_strdup("");
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  if (p->kind == BC_DATE_DAY && n_same_md == 1) {
    struct bc__dval lo, hi;
    if (bc__validate_date_parse(v->dates[fix_src].kind, v->dates[fix_src].iso,
                                &lo, &hi)) {
      fix = date_fix(c->text + df->span.start, df->span.end - df->span.start,
                     p->y, lo.y, lo.m, lo.d);
      if (!fix) {
        free(says);
        v->rc = BC_ERR_NOMEM;
        return;
      }
      free(says);
      says = bc__check_source_text(v, v->dates[fix_src].span);
      best = fix_src;
      if (!says) {
        free(fix);
        v->rc = BC_ERR_NOMEM;
        return;
      }
    }
  }
  if (best != (size_t)-1 && best_rank <= 4)
    bc_buf_addf(&mb, "the source does not give this %s; it says %s",
                kind_word(p->kind), says);
  else
    bc_buf_addf(&mb, "the source does not give this %s", kind_word(p->kind));
  msg = bc_buf_take(&mb, NULL);
  if (!msg)
    v->rc = BC_ERR_NOMEM;
  else
    bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says,
                  best != (size_t)-1 ? v->dates[best].span
                                     : (struct bc_span){0, 0},
                  fix, msg);
  free(says);
  free(fix);
  free(msg);
}

/* Does a date as written hold a year ("2019", "'19")? */
int bc__check_writes_year(const char *t, size_t n)
{
  size_t i, run = 0;
  for (i = 0; i < n; i++) {
    if (t[i] >= '0' && t[i] <= '9') {
      if (++run == 4)
        return 1;
    } else {
      if (t[i] == '\'' && i + 2 < n && t[i + 1] >= '0' && t[i + 1] <= '9')
        return 1;
      run = 0;
    }
  }
  return 0;
}

/* "the 1760s and '70s": a decade written short takes its century from a
 * full decade just before it. */
static void decade_century(const char *t, size_t at, struct bc__dval *lo,
                           struct bc__dval *hi)
{
  size_t i, from = at > 24 ? at - 24 : 0;
  if (t[at] != '\'' && !(at + 2 < strlen(t) && (unsigned char)t[at] == 0xE2 &&
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

static int same_point(const struct bc__dval *a, const struct bc__dval *b)
{
  return a->y == b->y && a->m == b->m && a->d == b->d && a->q == b->q;
}

/* A range of the claim that shares one end with a range of the source and
 * not the other ("between 2017 and 2020" for "between 2017 and 2019"):
 * reported, and nonzero returned. */
static int range_end_differs(struct bc__vstate *v, const struct bc__claim *c,
                             const struct bc_date_fact *df,
                             const struct bc__dval *lo,
                             const struct bc__dval *hi)
{
  size_t i, hit = (size_t)-1;
  char *says, msg[200];
  for (i = 0; i < v->n_dates; i++) {
    struct bc__dval sl, sh;
    if (v->dates[i].kind != BC_DATE_RANGE ||
        !bc__validate_date_parse(v->dates[i].kind, v->dates[i].iso, &sl, &sh))
      continue;
    if (same_point(lo, &sl) && same_point(hi, &sh))
      return 0;
    if ((same_point(lo, &sl) || same_point(hi, &sh)) && hit == (size_t)-1)
      hit = i;
  }
  if (hit == (size_t)-1)
    return 0;
  says = bc__check_source_text(v, v->dates[hit].span);
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  snprintf(msg, sizeof msg, "the source gives the range as %s", says);
  bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says,
                v->dates[hit].span, NULL, msg);
  free(says);
  return 1;
}

/* The dates the analyzer read in the claim. */
static void check_read_dates(struct bc__vstate *v, const struct bc__claim *c,
                             const struct bc_facts *f)
{
  size_t i;
  for (i = 0; i < f->n_dates && !v->rc; i++) {
    const struct bc_date_fact *df = &f->dates[i];
    struct bc__dval lo, hi;
    struct bc__context ctx;
    if (!bc__validate_date_parse(df->kind, df->iso, &lo, &hi))
      continue;
    v->r->checked.dates++;
    /* A day written without its year ("06/14", "14 June") got its year
     * from the summary's reference date, not from the words: only day and
     * month are claimed. */
    if (df->kind == BC_DATE_DAY &&
        !bc__check_writes_year(c->text + df->span.start,
                               df->span.end - df->span.start))
      lo.kind = hi.kind = BC_DATE_PARTIAL;
    if (df->kind == BC_DATE_DECADE)
      decade_century(c->text, df->span.start, &lo, &hi);
    if (df->kind == BC_DATE_RANGE && range_end_differs(v, c, df, &lo, &hi))
      continue;
    bc__validate_context(c->text, c->len, df->span, &ctx);
    check_date_point(v, c, df, &lo, &ctx, df->kind == BC_DATE_RANGE);
    if (df->kind == BC_DATE_RANGE && !v->rc && memcmp(&lo, &hi, sizeof lo) != 0)
      check_date_point(v, c, df, &hi, &ctx, 1);
  }
}

/* ISO dates of a claim that the date extractor left out, checked as days. */
static void check_iso_dates(struct bc__vstate *v, const struct bc__claim *c,
                            const struct bc_facts *f)
{
  size_t i, j;
  int y, m, d;
  for (i = 0; i + 10 <= c->len && !v->rc; i++) {
    struct bc_date_fact df;
    struct bc__dval p;
    struct bc__context ctx;
    if (c->text[i] < '0' || c->text[i] > '9' ||
        !bc__check_iso_at(c->text, c->len, i, &y, &m, &d))
      continue;
    for (j = 0; j < f->n_dates; j++)
      if (i < f->dates[j].span.end && f->dates[j].span.start < i + 10)
        break;
    if (j < f->n_dates)
      continue;
    memset(&df, 0, sizeof df);
    df.kind = BC_DATE_DAY;
    df.span.start = i;
    df.span.end = i + 10;
    snprintf(df.iso, sizeof df.iso, "%04d-%02d-%02d", y, m, d);
    if (!bc__validate_date_parse(df.kind, df.iso, &p, &p))
      continue;
    v->r->checked.dates++;
    bc__validate_context(c->text, c->len, df.span, &ctx);
    check_date_point(v, c, &df, &p, &ctx, 0);
    i += 9;
  }
}

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
  for (i = 0; i < v->facts->n_dates; i++)
    if (bc__validate_date_supports(&p, &v->facts->dates[i]))
      return 1;
  return year_in_source(v, y);
}

void bc__check_dates(struct bc__vstate *v, const struct bc__claim *c)
{
  check_read_dates(v, c, c->f);
  if (!v->rc)
    check_iso_dates(v, c, c->f);
}

/* A bare four-digit year of the claim the analyzer did not read as a date
 * (it reached the number checker) is checked as a year. */
void bc__check_year_claim(struct bc__vstate *v, const struct bc__claim *c,
                          struct bc_span at)
{
  struct bc_date_fact yf;
  struct bc__dval p;
  struct bc__context ctx;
  memset(&yf, 0, sizeof yf);
  yf.span = at;
  yf.kind = BC_DATE_YEAR;
  snprintf(yf.iso, sizeof yf.iso, "%04d",
           bc__check_bare_year(c->text, c->len, at.start));
  if (!bc__validate_date_parse(yf.kind, yf.iso, &p, &p))
    return;
  v->r->checked.dates++;
  bc__validate_context(c->text, c->len, yf.span, &ctx);
  check_date_point(v, c, &yf, &p, &ctx, 0);
}
