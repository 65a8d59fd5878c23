/* fuzz_report.c - libFuzzer target for the report.json reader
 * (bc_pdf_report_read), which `briefcast pdf --report` points at a file a
 * user may have edited or truncated.  Any bytes either fail with a parse,
 * schema, encoding or size error and no report, or give a report that
 * writes (bc_report_to_json) and reads back with the same verdict, counts
 * and findings. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/pdf.h"
#include "briefcast/validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int same_finding(const struct bc_finding *a, const struct bc_finding *b)
{
  return a->severity == b->severity && strcmp(a->kind, b->kind) == 0 &&
         strcmp(a->field, b->field) == 0 && strcmp(a->claim, b->claim) == 0 &&
         strcmp(a->source_says, b->source_says) == 0 &&
         strcmp(a->message, b->message) == 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct bc_report *r = NULL, *back = NULL;
  struct bc_error err = BC_ERROR_INIT;
  char *text;
  bc_status rc = bc_pdf_report_read((const char *)data, size, "fuzz", &r, &err);
  if (rc) {
    if (r || !err.msg[0] ||
        (rc != BC_ERR_PARSE && rc != BC_ERR_SCHEMA && rc != BC_ERR_LIMIT &&
         rc != BC_ERR_ENCODING && rc != BC_ERR_NOMEM))
      abort();
    return 0;
  }
  text = bc_report_to_json(r);
  if (!text)
    abort();
  if (bc_pdf_report_read(text, strlen(text), "again", &back, &err))
    abort();
  if (back->verdict != r->verdict ||
      memcmp(&back->checked, &r->checked, sizeof(r->checked)) != 0 ||
      back->n_findings != r->n_findings)
    abort();
  for (size_t i = 0; i < r->n_findings; i++)
    if (!same_finding(&r->findings[i], &back->findings[i]))
      abort();
  free(text);
  bc_report_free(r);
  bc_report_free(back);
  return 0;
}
