/* validate.c - the fact checker's driver: every date, acronym expansion,
 * number and name in a summary (or any text) read with the analyzer's own
 * extractors and handed to the checker of its kind (check_*.c), plus the
 * summary's evidence spans.  What counts as the same fact lives in
 * equivalence.c; repairs in repair.c.  It never edits the summary. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"
#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "util/alloc.h"
#include "validate/validate_internal.h"

/* The findings of one text in reading order (insertion sort: stable, and
 * a text has few findings). */
static void sort_by_offset(struct bc_finding *f, size_t n)
{
  size_t i, j;
  for (i = 1; i < n; i++) {
    struct bc_finding x = f[i];
    for (j = i; j > 0 && f[j - 1].claim_offset > x.claim_offset; j--)
      f[j] = f[j - 1];
    f[j] = x;
  }
}

/* A timeline entry's date is about its event: the event's words are the
 * date's context (for a mix-up, and for which source date it meant). */
static const char *about(const struct bc__vstate *v, const char *field)
{
  const char *p;
  char *end;
  unsigned long i;
  if (!v->summary || strncmp(field, "timeline[", 9) != 0)
    return NULL;
  i = strtoul(field + 9, &end, 10);
  p = end;
  if (strcmp(p, "].date") != 0 || i >= v->summary->n_timeline)
    return NULL;
  return v->summary->timeline[i].event;
}

/* Is there room in v's budget (BC_MAX_CHECK_PAIRS, limits.h) for the
 * numbers of claim c's facts f?  Taken from the budget when there is;
 * otherwise a warning says the text's numbers were not weighed (so a
 * verdict never passes them unread). */
static int number_budget(struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_facts *f)
{
  double pairs = (double)f->n_numbers * (double)v->facts->n_numbers;
  char msg[200];
  if (v->pairs + pairs <= BC_MAX_CHECK_PAIRS) {
    v->pairs += pairs;
    return 1;
  }
  snprintf(msg, sizeof msg,
           "not checked: weighing the %zu numbers of this text against the "
           "source's %zu passes the checker's limit of %.0f million "
           "comparisons",
           f->n_numbers, v->facts->n_numbers, BC_MAX_CHECK_PAIRS / 1e6);
  bc__check_add_unread(v, c, BC_FINDING_NUMBER, f->numbers[0].span, msg);
  return 0;
}

static void check_text(struct bc__vstate *v, const char *field,
                       const char *text)
{
  struct bc__analyze_ctx actx;
  struct bc_facts *f = NULL;
  struct bc__claim c;
  size_t first;
  if (v->rc || !text || !*text)
    return;
  first = v->r->n_findings;
  memset(&c, 0, sizeof c);
  c.field = field;
  c.text = text;
  c.len = strlen(text);
  c.about = about(v, field);
  memset(&actx, 0, sizeof actx);
  actx.ref_date = v->doc->date;
  /* Claims mode, as analyze.h asks: a summary's "ACR (words)" is read
   * even where the words do not spell ACR, so that a wrong expansion is
   * seen.  (Measured against claims = 0 on the held-out set, the planted
   * set, FRANK and the end-to-end post: the same findings.) */
  actx.claims = 1;
  v->rc = bc__analyze_text(text, c.len, &actx, &f, v->err);
  if (v->rc)
    return;
  v->rc = bc__marks_sentence_ends(text, c.len, &c.sents);
  if (!v->rc)
    v->rc = bc__wordtab_init(&c.words, text, c.len, &c.sents);
  if (v->rc) {
    bc__marks_release(&c.sents);
    bc_facts_free(f);
    return;
  }
  c.f = f;
  bc__check_claim_ratios(&c);
  v->rc = bc__check_dates_memo(v, &c);
  if (!v->rc)
    bc__check_dates(v, &c);
  if (!v->rc && number_budget(v, &c, f)) {
    bc__check_numbers(v, &c);
    if (!v->rc)
      bc__check_ratios(v, &c);
    if (!v->rc)
      bc__check_multipliers(v, &c);
    if (!v->rc)
      bc__check_opposites(v, &c);
    if (!v->rc)
      bc__check_within(v, &c);
    if (!v->rc)
      bc__check_subgroups(v, &c);
    if (!v->rc)
      bc__check_ranks_list(v, &c);
    if (!v->rc)
      bc__check_ages(v, &c);
  }
  if (!v->rc)
    bc__check_acronyms(v, &c);
  if (!v->rc && (!v->opts || v->opts->check_names)) {
    bc__check_names(v, &c);
    if (!v->rc)
      bc__check_name_roles(v, &c);
  }
  bc__check_dates_memo_free(&c);
  bc_facts_free(f);
  free(c.exp);
  bc__marks_release(&c.sents);
  bc__wordtab_release(&c.words);
  sort_by_offset(v->r->findings + first, v->r->n_findings - first);
}

static int each_text(void *ctx, const char *field, const char *text)
{
  struct bc__vstate *v = ctx;
  check_text(v, field, text);
  return v->rc != BC_OK;
}

static bc_status prepare(struct bc__vstate *v)
{
  const struct bc_doc *d = v->doc;
  bc_status rc;
  {
    /* The source's own title, author and date are facts of the source too:
     * a summary may name the author or the date of publication. */
    struct bc_buf mb = BC_BUF_INIT((size_t)-1);
    char *all;
    size_t n;
    if (d->text)
      bc_buf_add(&mb, d->text, d->text_len);
    bc_buf_addf(&mb, "\n%s\n%s\n", d->title ? d->title : "",
                d->author ? d->author : "");
    all = bc_buf_take(&mb, &n);
    if (!all)
      return BC_ERR_NOMEM;
    v->norm = bc__check_normalize(all, n);
    free(all);
  }
  if (!v->norm)
    return BC_ERR_NOMEM;
  rc = bc__marks_sentence_ends(d->text ? d->text : "",
                               d->text ? d->text_len : 0, &v->sents);
  if (!rc)
    rc = bc__marks_lines(d->text ? d->text : "", d->text ? d->text_len : 0,
                         &v->lines);
  if (!rc)
    rc = bc__marks_stops(d->text ? d->text : "", d->text ? d->text_len : 0,
                         &v->stops);
  if (!rc)
    rc = bc__wordtab_init(&v->words, d->text ? d->text : "",
                          d->text ? d->text_len : 0, &v->sents);
  if (!rc)
    rc = bc__check_dates_prepare(v);
  if (!rc)
    rc = bc__check_clocks_prepare(v);
  if (!rc)
    rc = bc__check_caps_prepare(v);
  if (!rc)
    rc = bc__check_numbers_prepare(v);
  if (!rc)
    bc__check_ratios_prepare(v);
  return rc;
}

static void release(struct bc__vstate *v)
{
  free(v->dates);
  free(v->date_ctx);
  free(v->date_cell);
  free(v->cell_made);
  free(v->date_by_pos);
  free(v->date_pos_rank);
  free(v->wdays);
  free(v->steps);
  free(v->date_val);
  free(v->date_coarse);
  free(v->date_days);
  free(v->durs);
  free(v->dur_ctx);
  free(v->dur_days);
  free(v->dur_days_ok);
  bc__dspan_release(&v->dspan);
  free(v->unres);
  free(v->unres_ctx);
  free(v->nums);
  free(v->num_ctx);
  free(v->num_unit);
  free(v->num_frame);
  free(v->caps);
  free(v->norm);
  free(v->numtok);
  free(v->numtok_at);
  free(v->acr_used);
  free(v->src_known);
  free(v->acr_labels);
  free(v->num_info);
  bc__groups_release(&v->num_ctx_grp);
  bc__groups_release(&v->num_val_grp);
  bc__answers_release(&v->num_ov);
  bc__answers_release(&v->num_eq);
  bc__groups_release(&v->date_ctx_grp);
  bc__groups_release(&v->date_val_grp);
  bc__groups_release(&v->date_grp);
  bc__answers_release(&v->date_ov);
  bc__answers_release(&v->date_sup);
  free(v->clocks);
  free(v->offs);
  free(v->roles);
  free(v->wd_places);
  free(v->hours);
  free(v->stamps);
  free(v->labels);
  bc__check_rows_release(v);
  bc__check_pairs_release(v);
  bc__check_ranks_release(v);
  {
    int k;
    for (k = 0; k < BC__PHRASE_KINDS; k++)
      free(v->phr[k]);
  }
  bc__marks_release(&v->sents);
  bc__marks_release(&v->lines);
  bc__marks_release(&v->stops);
  bc__span_index_release(&v->date_spans);
  bc__wordtab_release(&v->words);
  bc__word_index_release(&v->src_words);
  bc__word_index_release(&v->norm_words);
  free(v->dotted);
  free(v->acr_meaning);
  free(v->places);
  free(v->pl_left);
  free(v->pl_right);
}

static bc_status start(struct bc__vstate *v, const struct bc_doc *doc,
                       const struct bc_facts *facts,
                       const struct bc_validate_opts *opts,
                       struct bc_error *err)
{
  memset(v, 0, sizeof *v);
  v->doc = doc;
  v->facts = facts;
  v->opts = opts;
  v->err = err;
  v->r = bc__calloc(1, sizeof *v->r);
  if (!v->r)
    return BC_ERR_NOMEM;
  return prepare(v);
}

static bc_status finish(struct bc__vstate *v, struct bc_report **out,
                        const char *what)
{
  bc_status rc = v->rc;
  release(v);
  if (rc) {
    bc_report_free(v->r);
    if (rc == BC_ERR_NOMEM)
      return bc_error_set(v->err, rc, "cannot check %s: out of memory", what);
    return rc; /* the analyzer has set err */
  }
  bc__report_verdict(v->r);
  *out = v->r;
  return BC_OK;
}

bc_status bc_validate_summary(const struct bc_doc *doc,
                              const struct bc_facts *facts,
                              const struct bc_summary *summary,
                              const struct bc_validate_opts *opts,
                              struct bc_report **out, struct bc_error *err)
{
  struct bc__vstate v;
  if (!doc || !facts || !summary || !out)
    return bc_error_set(err, BC_ERR_USAGE, "cannot check summary: %s",
                        "missing argument");
  v.rc = start(&v, doc, facts, opts, err);
  v.summary = summary;
  if (!v.rc)
    v.rc = bc__check_acronyms_prepare(&v, summary, NULL);
  if (!v.rc)
    bc__check_evidence(&v, summary);
  if (!v.rc)
    bc_summary_each_text(summary, each_text, &v);
  if (!v.rc)
    bc__check_glossary(&v, summary);
  if (!v.rc)
    bc__check_timeline_iso(&v, summary);
  return finish(&v, out, "summary");
}

bc_status bc_validate_text(const struct bc_doc *doc,
                           const struct bc_facts *facts, const char *text,
                           size_t len, const struct bc_validate_opts *opts,
                           struct bc_report **out, struct bc_error *err)
{
  struct bc__vstate v;
  char *copy;
  if (!doc || !facts || (!text && len) || !out)
    return bc_error_set(err, BC_ERR_USAGE, "cannot check text: %s",
                        "missing argument");
  /* The checks read NUL-terminated text; a copy also drops anything past
   * an embedded NUL. */
  copy = bc__strndup(text ? text : "", len);
  if (!copy)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot check text: out of memory");
  v.rc = start(&v, doc, facts, opts, err);
  v.per_line = 1;
  if (!v.rc)
    v.rc = bc__check_acronyms_prepare(&v, NULL, copy);
  if (!v.rc)
    check_text(&v, "text", copy);
  free(copy);
  return finish(&v, out, "text");
}

bc_status bc_validate_repair(const struct bc_doc *doc,
                             const struct bc_facts *facts,
                             struct bc_summary *summary,
                             struct bc_report *report, struct bc_error *err)
{
  (void)doc;
  (void)facts;
  return bc_report_apply_fixes(summary, report, err);
}

bc_status bc_validate_drop_failed(struct bc_summary *summary,
                                  const struct bc_report *report,
                                  size_t *removed, struct bc_error *err)
{
  return bc_report_drop_failed(summary, report, removed, err);
}
