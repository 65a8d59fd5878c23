/* check_evidence.c - what a summary's structure claims beyond its text:
 * evidence spans and quotes must point at the source's own words, and a
 * timeline entry's iso value must say what its date as written says.  The
 * text of every field is checked by the fact checkers, not here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"
#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/utf8.h"
#include "validate/validate_internal.h"

static void evidence_finding(struct bc__vstate *v, const char *field,
                             const char *claim, struct bc_span span,
                             const char *msg)
{
  bc__report_add(v->r, &v->rc, BC_FINDING_EVIDENCE, BC_SEV_ERROR, field,
                 claim ? claim : "", claim ? strlen(claim) : 0, "", span, NULL,
                 0, "%s", msg);
}

/* A span must lie in the text, on character boundaries. */
static const char *span_problem(const struct bc_doc *d, struct bc_span s)
{
  if (s.start > s.end)
    return "the evidence span ends before it starts";
  if (s.end > d->text_len)
    return "the evidence span lies beyond the end of the source";
  if (bc__utf8_floor(d->text, s.start) != s.start ||
      bc__utf8_floor(d->text, s.end) != s.end)
    return "the evidence span cuts a character in two";
  return NULL;
}

void bc__check_evidence(struct bc__vstate *v, const struct bc_summary *s)
{
  size_t i, j;
  char fb[96];
  const struct bc_doc *d = v->doc;
  for (i = 0; i < s->n_key_points && !v->rc; i++) {
    for (j = 0; j < s->key_points[i].n_evidence && !v->rc; j++) {
      const struct bc_evidence *e = &s->key_points[i].evidence[j];
      const char *why = span_problem(d, e->span);
      v->r->checked.evidence++;
      snprintf(fb, sizeof fb, "key_points[%zu].evidence[%zu]", i, j);
      if (!why && e->quote &&
          (strlen(e->quote) != e->span.end - e->span.start ||
           memcmp(e->quote, d->text + e->span.start, strlen(e->quote)) != 0))
        why = "the evidence quote differs from the source text at its span";
      if (why) {
        struct bc_span shown = e->span;
        if (span_problem(d, shown))
          shown.start = shown.end = 0;
        evidence_finding(v, fb, e->quote, shown, why);
      }
    }
  }
  for (i = 0; i < s->n_quotes && !v->rc; i++) {
    const struct bc_quote *q = &s->quotes[i];
    const char *why = span_problem(d, q->span);
    v->r->checked.evidence++;
    snprintf(fb, sizeof fb, "quotes[%zu].text", i);
    if (!why && q->text && *q->text &&
        !bc__check_in_source(v, q->text, strlen(q->text)))
      why = "the source never says these words";
    if (why)
      evidence_finding(v, fb, q->text, (struct bc_span){0, 0}, why);
  }
  for (i = 0; i < s->n_timeline && !v->rc; i++) {
    const char *why = span_problem(d, s->timeline[i].span);
    v->r->checked.evidence++;
    snprintf(fb, sizeof fb, "timeline[%zu].date", i);
    if (why)
      evidence_finding(v, fb, s->timeline[i].date, (struct bc_span){0, 0}, why);
  }
  for (i = 0; i < s->n_sections && !v->rc; i++) {
    const char *why = span_problem(d, s->sections[i].span);
    v->r->checked.evidence++;
    snprintf(fb, sizeof fb, "sections[%zu].heading", i);
    /* Only where the section sits; its text is checked as text. */
    if (why)
      bc__report_add(v->r, &v->rc, BC_FINDING_EVIDENCE, BC_SEV_WARNING, fb,
                     s->sections[i].heading ? s->sections[i].heading : "",
                     s->sections[i].heading ? strlen(s->sections[i].heading)
                                            : 0,
                     "", (struct bc_span){0, 0}, NULL, 0, "%s", why);
  }
  for (i = 0; i < s->n_glossary && !v->rc; i++) {
    const char *why = span_problem(d, s->glossary[i].span);
    v->r->checked.evidence++;
    snprintf(fb, sizeof fb, "glossary[%zu].term", i);
    if (why)
      evidence_finding(v, fb, s->glossary[i].term, (struct bc_span){0, 0}, why);
  }
}

/* The four-digit years written in t, at most max of them, in order. */
static size_t years_in(const char *t, int *out, size_t max)
{
  size_t n = 0, i, len = strlen(t);
  for (i = 0; i + 4 <= len && n < max; i++) {
    size_t k;
    int y = 0;
    if (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9')
      continue;
    for (k = 0; k < 4 && t[i + k] >= '0' && t[i + k] <= '9'; k++)
      y = y * 10 + (t[i + k] - '0');
    if (k == 4 && !(t[i + 4] >= '0' && t[i + 4] <= '9')) {
      out[n++] = y;
      i += 3;
    }
  }
  return n;
}

static int has_year(const int *ys, size_t n, int y)
{
  for (size_t i = 0; i < n; i++)
    if (ys[i] == y)
      return 1;
  return 0;
}

/* The error already reported on field, if any. */
static const struct bc_finding *field_error(const struct bc_report *r,
                                            const char *field)
{
  for (size_t i = 0; i < r->n_findings; i++)
    if (r->findings[i].severity == BC_SEV_ERROR &&
        strcmp(r->findings[i].field, field) == 0)
      return &r->findings[i];
  return NULL;
}

/* The value of a timeline entry's date as written, read by the analyzer
 * (against the source's date): from its first date or period to its last
 * ("2014 and June 2016" is 2014 to June 2016).  *guessed: a year came
 * from the reference date, not from the words ("June 14").  1 with a
 * value; 0 when the analyzer reads no date in it; -1 when what it reads
 * has no value to compare without the event's context ("yesterday", "this
 * year", "recently"). */
static int written_value(struct bc__vstate *v, const char *date,
                         struct bc__dval *lo, struct bc__dval *hi, int *guessed)
{
  struct bc__analyze_ctx actx;
  struct bc_facts *f = NULL;
  size_t first = (size_t)-1, last = 0;
  int got = 0;
  memset(&actx, 0, sizeof actx);
  actx.ref_date = v->doc->date;
  v->rc = bc__analyze_text(date, strlen(date), &actx, &f, v->err);
  if (v->rc)
    return 0;
  *guessed = 0;
  for (size_t k = 0; k < f->n_dates + f->n_times && got >= 0; k++) {
    const struct bc_date_fact *d =
        k < f->n_dates ? &f->dates[k] : &f->times[k - f->n_dates];
    struct bc__dval a, b;
    if (d->type == BC_TIMEX_DURATION || d->type == BC_TIMEX_SET)
      continue;
    if (d->kind == BC_DATE_RELATIVE || (d->relative && !d->guessed) ||
        !bc__validate_date_value(d->iso, &a, &b)) {
      got = -1;
      break;
    }
    if (d->guessed)
      *guessed = 1;
    if (!got || d->span.start < first) {
      first = d->span.start;
      *lo = a;
    }
    if (!got || d->span.start >= last) {
      last = d->span.start;
      *hi = b;
    }
    got = 1;
  }
  bc_facts_free(f);
  return got;
}

/* Do two values agree: one period holds the other ("1970s" and 1970,
 * "Q3 2024" and 2024-07-01), or, without a year on the date's side, they
 * give the same day and month, month or quarter? */
static int values_agree(const struct bc__dval *date, const struct bc__dval *iso,
                        int guessed)
{
  struct bc__dval d = *date;
  if (guessed && (d.kind == BC_DATE_DAY || d.kind == BC_DATE_MONTH ||
                  d.kind == BC_DATE_QUARTER)) {
    d.y = 0;
    d.kind = BC_DATE_PARTIAL;
  }
  return bc__validate_dval_supports(&d, iso, iso, 0) == 2 ||
         bc__validate_dval_supports(iso, &d, &d, 0) == 2;
}

/* A timeline entry's iso value (what machines read) must say what its date
 * as written says: a model writing "2023" with iso "2032" would otherwise
 * reach summary.json unchecked.  Both are read as values of any form
 * ("1970s", "Q3 2024", "spring 2026", "June 2012 to March 2016"), and
 * agree when one holds the other; a year-less "06/14" is compared by month
 * and day.  An entry whose date is wrong is reported once, for the date;
 * when that date is repaired, its iso value is repaired with it. */
void bc__check_timeline_iso(struct bc__vstate *v, const struct bc_summary *s)
{
  char fb[48], df[48];
  for (size_t i = 0; i < s->n_timeline && !v->rc; i++) {
    const struct bc_timeline_entry *e = &s->timeline[i];
    const struct bc_finding *bad;
    struct bc__dval dlo, dhi, ilo, ihi;
    int guessed = 0, agree = 1, got;
    char want[48];
    if (!e->iso || !*e->iso || !e->date || !*e->date)
      continue;
    snprintf(df, sizeof df, "timeline[%zu].date", i);
    snprintf(fb, sizeof fb, "timeline[%zu].iso", i);
    want[0] = '\0';
    bad = field_error(v->r, df);
    if (bad && bad->fix) {
      /* The date's year will be repaired: the same year in the iso. */
      int was[4], now[4], from = 0, to = 0;
      size_t nw = years_in(bad->claim, was, 4), nn = years_in(bad->fix, now, 4);
      for (size_t k = 0; k < nw; k++)
        if (!has_year(now, nn, was[k]))
          from = was[k];
      for (size_t k = 0; k < nn; k++)
        if (!has_year(was, nw, now[k]))
          to = now[k];
      if (from && to) {
        int ys[4];
        size_t n = years_in(e->iso, ys, 4), hits = 0;
        for (size_t k = 0; k < n; k++)
          hits += ys[k] == from;
        if (hits == 1) {
          char yb[8];
          const char *at;
          snprintf(yb, sizeof yb, "%04d", from);
          at = strstr(e->iso, yb);
          snprintf(want, sizeof want, "%.*s%04d%s", (int)(at - e->iso), e->iso,
                   to, at + 4);
          v->r->checked.dates++;
          bc__report_add(v->r, &v->rc, BC_FINDING_DATE, BC_SEV_ERROR, fb,
                         e->iso, strlen(e->iso), bad->source_says, bad->span,
                         want, 0,
                         "the timeline's value %s goes with its date, which "
                         "the source gives as %s",
                         e->iso, bad->source_says);
        }
      }
      continue;
    }
    if (bad)
      continue;
    v->r->checked.dates++;
    if (!bc__validate_date_value(e->iso, &ilo, &ihi))
      continue; /* no calendar value, such as "PRESENT_REF" */
    got = written_value(v, e->date, &dlo, &dhi, &guessed);
    if (got == 0 && !v->rc) {
      /* A date lifted out of its sentence may have left its article there
       * ("90s", "80's" from "in the 90s"): read it with one. */
      char *with;
      struct bc_buf b = BC_BUF_INIT(4096);
      bc_buf_adds(&b, "the ");
      bc_buf_adds(&b, e->date);
      with = bc_buf_take(&b, NULL);
      if (!with) {
        v->rc = BC_ERR_NOMEM;
        break;
      }
      got = written_value(v, with, &dlo, &dhi, &guessed);
      free(with);
    }
    if (got > 0) {
      agree = values_agree(&dlo, &ilo, guessed) &&
              values_agree(&dhi, &ihi, guessed);
    } else if (got == 0 && !v->rc) {
      /* The analyzer reads no date in it: every year of the value must be
       * written in the date. */
      int iy[4], dy[8];
      size_t ni = years_in(e->iso, iy, 4), nd = years_in(e->date, dy, 8);
      for (size_t k = 0; k < ni && agree; k++)
        agree = has_year(dy, nd, iy[k]);
    }
    if (!agree)
      bc__report_add(v->r, &v->rc, BC_FINDING_DATE, BC_SEV_ERROR, fb, e->iso,
                     strlen(e->iso), e->date, (struct bc_span){0, 0}, NULL, 0,
                     "the timeline's value %s does not match its date as "
                     "written, \"%s\"",
                     e->iso, e->date);
  }
}
