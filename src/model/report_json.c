/* report_json.c - report.json (schema "briefcast.validation/1", see
 * prompts/report.schema.json).  Keys in a fixed order and findings in the
 * order they were found, so the same check gives the same bytes.  The counts
 * of errors and warnings leave out repaired findings, counted apart. */
#include <stdlib.h>

#include "util/json.h"
#include "model/report_int.h"

static cJSON *span_json(struct bc_span s)
{
  cJSON *o = cJSON_CreateObject();
  if (!o)
    return NULL;
  if (!bc__json_add_size(o, "start", s.start) ||
      !bc__json_add_size(o, "end", s.end)) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

static int add_finding(cJSON *arr, const struct bc_finding *f)
{
  cJSON *o = cJSON_CreateObject(), *span;
  if (!o)
    return 0;
  cJSON_AddItemToArray(arr, o);
  if (!bc__json_add_str(o, "kind", f->kind) ||
      !bc__json_add_str(o, "severity", bc_severity_name(f->severity)) ||
      !bc__json_add_str(o, "field", f->field) ||
      !bc__json_add_str(o, "claim", f->claim) ||
      !bc__json_add_str(o, "source_says", f->source_says))
    return 0;
  span = span_json(f->span);
  if (!span)
    return 0;
  cJSON_AddItemToObject(o, "span", span);
  if (!bc__json_add_str(o, "message", f->message))
    return 0;
  if (f->repaired_to && !bc__json_add_str(o, "repaired_to", f->repaired_to))
    return 0;
  return 1;
}

char *bc_report_to_json(const struct bc_report *r)
{
  cJSON *root = NULL, *checked, *counts, *arr;
  size_t i, errors = 0, warnings = 0, info = 0, repaired = 0;
  char *out = NULL;
  if (!r)
    return NULL;
  for (i = 0; i < r->n_findings; i++) {
    const struct bc_finding *f = &r->findings[i];
    if (f->repaired_to)
      repaired++;
    else if (f->severity == BC_SEV_ERROR)
      errors++;
    else if (f->severity == BC_SEV_WARNING)
      warnings++;
    else
      info++;
  }
  root = cJSON_CreateObject();
  if (!root)
    return NULL;
  if (!bc__json_add_str(root, "schema", BC_REPORT_SCHEMA_ID) ||
      !bc__json_add_str(root, "verdict", bc_verdict_name(r->verdict)))
    goto out;
  checked = cJSON_AddObjectToObject(root, "checked");
  if (!checked ||
      !bc__json_add_size(checked, "evidence", r->checked.evidence) ||
      !bc__json_add_size(checked, "dates", r->checked.dates) ||
      !bc__json_add_size(checked, "acronyms", r->checked.acronyms) ||
      !bc__json_add_size(checked, "numbers", r->checked.numbers) ||
      !bc__json_add_size(checked, "names", r->checked.names))
    goto out;
  counts = cJSON_AddObjectToObject(root, "counts");
  if (!counts || !bc__json_add_size(counts, "errors", errors) ||
      !bc__json_add_size(counts, "warnings", warnings) ||
      !bc__json_add_size(counts, "info", info) ||
      !bc__json_add_size(counts, "repaired", repaired))
    goto out;
  arr = cJSON_AddArrayToObject(root, "findings");
  if (!arr)
    goto out;
  for (i = 0; i < r->n_findings; i++)
    if (!add_finding(arr, &r->findings[i]))
      goto out;
  out = bc__json_print(root);
out:
  cJSON_Delete(root);
  return out;
}
