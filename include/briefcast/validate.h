/* validate.h - the validate stage: check every fact in a summary (or in any
 * text, such as another tool's transcript) against the source's fact sheet,
 * report findings with the source span that shows the truth, and repair what
 * the source makes unambiguous.  The report itself is model data
 * (report.h). */
#ifndef BRIEFCAST_VALIDATE_H
#define BRIEFCAST_VALIDATE_H

#include <stddef.h>

#include "briefcast/doc.h"
#include "briefcast/error.h"
#include "briefcast/facts.h"
#include "briefcast/report.h"
#include "briefcast/summary.h"

struct bc_validate_opts {
  int check_names; /* 1 = report names absent from the source */
};
#define BC_VALIDATE_OPTS_INIT                                                  \
  {                                                                            \
    .check_names = 1                                                           \
  }

/* Check all text of summary against doc and its fact sheet. */
bc_status bc_validate_summary(const struct bc_doc *doc,
                              const struct bc_facts *facts,
                              const struct bc_summary *summary,
                              const struct bc_validate_opts *opts,
                              struct bc_report **out, struct bc_error *err);

/* Check free text (a transcript, Markdown summary) against the source.
 * Findings name their place as "line N".  No evidence checks. */
bc_status bc_validate_text(const struct bc_doc *doc,
                           const struct bc_facts *facts, const char *text,
                           size_t len, const struct bc_validate_opts *opts,
                           struct bc_report **out, struct bc_error *err);

/* Older names of bc_report_apply_fixes (doc and facts unused) and
 * bc_report_drop_failed (report.h), kept for programs written against
 * them. */
bc_status bc_validate_repair(const struct bc_doc *doc,
                             const struct bc_facts *facts,
                             struct bc_summary *summary,
                             struct bc_report *report, struct bc_error *err);
bc_status bc_validate_drop_failed(struct bc_summary *summary,
                                  const struct bc_report *report,
                                  size_t *removed, struct bc_error *err);

#endif
