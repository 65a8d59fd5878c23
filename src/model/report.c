/* report.c - the validation report in memory: appending findings, the
 * verdict, names of severities and verdicts, and freeing.  What a finding
 * means is decided by the checkers (check_*.c); this file only keeps the
 * books. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "model/report_int.h"

const char *bc_verdict_name(enum bc_verdict v)
{
  switch (v) {
  case BC_VERDICT_PASS: return "pass";
  case BC_VERDICT_WARN: return "warn";
  case BC_VERDICT_FAIL: return "fail";
  }
  return "fail";
}

const char *bc_severity_name(enum bc_severity s)
{
  switch (s) {
  case BC_SEV_INFO: return "info";
  case BC_SEV_WARNING: return "warning";
  case BC_SEV_ERROR: return "error";
  }
  return "error";
}

static void finding_release(struct bc_finding *f)
{
  free(f->kind);
  free(f->field);
  free(f->claim);
  free(f->source_says);
  free(f->message);
  free(f->repaired_to);
  free(f->fix);
}

void bc_report_free(struct bc_report *r)
{
  size_t i;
  if (!r)
    return;
  for (i = 0; i < r->n_findings; i++)
    finding_release(&r->findings[i]);
  free(r->findings);
  free(r);
}

void bc__report_add(struct bc_report *r, bc_status *rc, const char *kind,
                    enum bc_severity sev, const char *field, const char *claim,
                    size_t claim_len, const char *source_says,
                    struct bc_span span, const char *fix, size_t claim_offset,
                    const char *fmt, ...)
{
  struct bc_finding f, *grown;
  struct bc_buf msg = BC_BUF_INIT(4096);
  va_list ap;
  if (*rc)
    return;
  memset(&f, 0, sizeof f);
  va_start(ap, fmt);
  bc_buf_vaddf(&msg, fmt, ap);
  va_end(ap);
  f.kind = bc__strdup(kind);
  f.severity = sev;
  f.field = bc__strdup(field);
  f.claim = bc__strndup(claim, claim_len);
  f.source_says = bc__strdup(source_says ? source_says : "");
  f.span = span;
  f.message = bc_buf_take(&msg, NULL);
  f.fix = fix ? bc__strdup(fix) : NULL;
  f.claim_offset = claim_offset;
  grown = bc__realloc(r->findings, (r->n_findings + 1) * sizeof *grown);
  if (!f.kind || !f.field || !f.claim || !f.source_says || !f.message ||
      (fix && !f.fix) || !grown) {
    finding_release(&f);
    if (grown)
      r->findings = grown;
    *rc = BC_ERR_NOMEM;
    return;
  }
  r->findings = grown;
  r->findings[r->n_findings++] = f;
}

void bc__report_verdict(struct bc_report *r)
{
  size_t i, repaired = 0;
  int err = 0, warn = 0;
  for (i = 0; i < r->n_findings; i++) {
    const struct bc_finding *f = &r->findings[i];
    if (f->repaired_to) {
      repaired++;
      continue;
    }
    if (f->severity == BC_SEV_ERROR)
      err = 1;
    else if (f->severity == BC_SEV_WARNING)
      warn = 1;
  }
  r->n_repaired = repaired;
  r->verdict = err ? BC_VERDICT_FAIL : warn ? BC_VERDICT_WARN : BC_VERDICT_PASS;
}
