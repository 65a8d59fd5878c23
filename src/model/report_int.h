/* report_int.h - the report's bookkeeping inside the library: appending
 * a finding and deciding the verdict.  For the checker (src/validate/) and
 * the model's own files; what a finding means is the checkers' business. */
#ifndef BC_MODEL_REPORT_INT_H
#define BC_MODEL_REPORT_INT_H

#include <stddef.h>

#include "briefcast/report.h"

/* --- report --------------------------------------------------------------- */

/* Append a finding (strings copied; source_says and fix may be NULL).  Sets
 * the status in *rc on out-of-memory and then does nothing. */
void bc__report_add(struct bc_report *r, bc_status *rc, const char *kind,
                    enum bc_severity sev, const char *field, const char *claim,
                    size_t claim_len, const char *source_says,
                    struct bc_span span, const char *fix, size_t claim_offset,
                    const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 12, 13)))
#endif
    ;

/* Verdict from the findings: fail on an unrepaired error, warn on a
 * warning, else pass. */
void bc__report_verdict(struct bc_report *r);

#endif
