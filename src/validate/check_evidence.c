/* check_evidence.c - what a summary's structure claims beyond its text:
 * evidence spans and quotes must point at the source's own words, and a
 * timeline entry's iso value must say what its date as written says.  The
 * text of every field is checked by the fact checkers, not here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"
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

/* Years written in an ISO-like value, in order ("2016-06/2019-03" gives
 * 2016 and 2019); returns how many (at most max). */
static size_t iso_years(const char *iso, int *out, size_t max)
{
  size_t n = 0, i, run = 0;
  int y = 0;
  for (i = 0;; i++) {
    if (iso[i] >= '0' && iso[i] <= '9') {
      y = run < 4 ? y * 10 + (iso[i] - '0') : y;
      run++;
      continue;
    }
    if (run == 4 && n < max)
      out[n++] = y;
    run = 0;
    y = 0;
    if (!iso[i])
      return n;
  }
}

/* Whether the year y is written as a whole four-digit number in t. */
static int writes_this_year(const char *t, int y)
{
  char want[5];
  size_t n = strlen(t);
  snprintf(want, sizeof want, "%04d", y);
  for (const char *p = strstr(t, want); p; p = strstr(p + 1, want)) {
    size_t at = (size_t)(p - t);
    if ((at == 0 || !bc__check_is_alnum((unsigned char)t[at - 1])) &&
        (at + 4 >= n || !bc__check_is_alnum((unsigned char)t[at + 4])))
      return 1;
  }
  return 0;
}

/* Whether the report already holds an error on field. */
static int field_failed(const struct bc_report *r, const char *field)
{
  for (size_t i = 0; i < r->n_findings; i++)
    if (r->findings[i].severity == BC_SEV_ERROR &&
        strcmp(r->findings[i].field, field) == 0)
      return 1;
  return 0;
}

/* A timeline entry's iso value (what machines read) must say what its date
 * as written says: a model writing "2023" with iso "2032" would otherwise
 * reach summary.json unchecked.  When the date writes years, every year of
 * the iso value must be one of them; a yearless "06/14" is compared by
 * month and day, since its year comes from the event's context.  An entry
 * whose date is already wrong is reported once, for the date. */
void bc__check_timeline_iso(struct bc__vstate *v, const struct bc_summary *s)
{
  char fb[48], df[48];
  for (size_t i = 0; i < s->n_timeline && !v->rc; i++) {
    const struct bc_timeline_entry *e = &s->timeline[i];
    char *want = NULL;
    int bad = 0;
    if (!e->iso || !*e->iso || !e->date || !*e->date)
      continue;
    snprintf(df, sizeof df, "timeline[%zu].date", i);
    if (field_failed(v->r, df))
      continue;
    v->r->checked.dates++;
    if (bc__check_writes_year(e->date, strlen(e->date))) {
      int y[4];
      size_t n = iso_years(e->iso, y, 4);
      for (size_t k = 0; k < n && !bad; k++)
        bad = !writes_this_year(e->date, y[k]);
    } else if (strlen(e->iso) == 10) {
      struct bc__analyze_ctx actx;
      struct bc_facts *f = NULL;
      memset(&actx, 0, sizeof actx);
      actx.ref_date = v->doc->date;
      v->rc = bc__analyze_text(e->date, strlen(e->date), &actx, &f, v->err);
      if (v->rc)
        return;
      for (size_t k = 0; k < f->n_dates; k++)
        if (strlen(f->dates[k].iso) == 10) {
          bad = strcmp(f->dates[k].iso + 4, e->iso + 4) != 0; /* -MM-DD */
          want = bc_strdup(f->dates[k].iso);
          break;
        }
      bc_facts_free(f);
    }
    if (bad) {
      snprintf(fb, sizeof fb, "timeline[%zu].iso", i);
      bc__report_add(v->r, &v->rc, BC_FINDING_DATE, BC_SEV_ERROR, fb, e->iso,
                     strlen(e->iso), want ? want : e->date,
                     (struct bc_span){0, 0}, NULL, 0,
                     "the timeline's value %s does not match its date as "
                     "written, \"%s\"",
                     e->iso, e->date);
    }
    free(want);
  }
}
