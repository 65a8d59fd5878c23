/* report.h - the validation report as data: findings, severities, the
 * verdict, report.json, and acting on a report (applying the fixes the
 * source makes unambiguous, withholding what still failed).  A model type
 * below the stages: the checker (validate.h) fills it, the repair round
 * and the renderers read it without depending on the checker.  Schema of
 * report.json: briefcast.validation/1 */
#ifndef BRIEFCAST_REPORT_H
#define BRIEFCAST_REPORT_H

#include <stddef.h>

#include "briefcast/doc.h"
#include "briefcast/error.h"
#include "briefcast/summary.h"

#define BC_REPORT_SCHEMA_ID "briefcast.validation/1"

enum bc_severity { BC_SEV_INFO, BC_SEV_WARNING, BC_SEV_ERROR };
enum bc_verdict { BC_VERDICT_PASS, BC_VERDICT_WARN, BC_VERDICT_FAIL };

/* Finding kinds (stable strings used in report.json). */
#define BC_FINDING_EVIDENCE "evidence" /* a span missing or not matching */
#define BC_FINDING_DATE "date"
#define BC_FINDING_ACRONYM "acronym"
#define BC_FINDING_NUMBER "number"
#define BC_FINDING_NAME "name"

struct bc_finding {
  char *kind; /* one of BC_FINDING_* */
  enum bc_severity severity;
  char *field;         /* where in the summary, e.g. "key_points[2].text" */
  char *claim;         /* the summary's words at fault */
  char *source_says;   /* what the source says instead ("" if nothing) */
  struct bc_span span; /* source span showing the truth; {0,0} if none */
  char *message;       /* one readable line */
  char *repaired_to;   /* replacement applied by a repair, else NULL */
  char *fix;           /* the replacement the source makes unambiguous (a
                          repair may apply it), else NULL; not in JSON */
  size_t claim_offset; /* byte offset of claim in the field's text */
};

/* Severities, by kind (what a reader would be misled by):
 *  evidence  error    span out of range, not on a character boundary, or
 *                     its quote differs from the source bytes; a quotation
 *                     not found in the source
 *  acronym   error    expanded otherwise than the source defines it, in
 *                     any form ("X (...)", "X stands for ...", "..., aka
 *                     X", a capitalised phrase with X's initials)
 *            warning  an expansion of an acronym the source never expands
 *  date      error    a date, month, year, quarter or decade the source does
 *                     not state, or a stated one attached to another event
 *                     than the source attaches it to (the 2023/2024 mix-up)
 *            warning  a date only inside a range the source gives
 *  number    error    a value or unit differing from the source's number of
 *                     the same thing (same unit and shared context words)
 *            warning  a number written in digits with no counterpart
 *  name      warning  a person, organisation or place the source never
 *                     names (it may be right from general knowledge) */

struct bc_check_counts {
  size_t evidence;
  size_t dates;
  size_t acronyms;
  size_t numbers;
  size_t names;
};

struct bc_report {
  struct bc_check_counts checked;
  struct bc_finding *findings;
  size_t n_findings;
  size_t n_repaired;
  enum bc_verdict verdict;
};

void bc_report_free(struct bc_report *r);

/* report.json text; deterministic; caller frees.  NULL on out-of-memory. */
char *bc_report_to_json(const struct bc_report *r);

const char *bc_verdict_name(enum bc_verdict v);   /* "pass", "warn", "fail" */
const char *bc_severity_name(enum bc_severity s); /* "info", "warning", ... */

/* Fix, in summary, every error finding of report that carries a fix (the
 * right value the source makes unambiguous: an acronym's definition, a
 * date resolved from the text); marks those findings repaired
 * (repaired_to) and recomputes the verdict.  Errors: BC_ERR_USAGE (a NULL
 * argument), BC_ERR_NOMEM (the fixes applied so far stay). */
bc_status bc_report_apply_fixes(struct bc_summary *summary,
                                struct bc_report *report, struct bc_error *err);

/* For the renderers, which must never present a fact that failed: remove
 * from summary every key point, timeline entry, glossary entry, slide bullet
 * and quote that still carries an unrepaired error finding, and cut the
 * sentence holding the claim out of the tl;dr, section summaries, slide
 * notes and narration turns (a turn left empty is removed).  The field paths
 * of report no longer match the summary afterwards.  Returns the number of
 * removals; BC_ERR_NOMEM leaves summary valid but partly pruned. */
bc_status bc_report_drop_failed(struct bc_summary *summary,
                                const struct bc_report *report, size_t *removed,
                                struct bc_error *err);

#endif
