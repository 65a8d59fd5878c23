/* pdf_report.c - read a report.json (schema "briefcast.validation/1") back
 * into the fields the PDF shows: what was checked, the verdict and the
 * findings.  It reads strictly (wrong schema id or verdict, a missing count
 * is an error) but keeps only what a renderer needs, not the spans. */
#include <math.h>
#include <string.h>

#include "briefcast/pdf.h"
#include "util/alloc.h"
#include "util/json.h"
#include "util/utf8.h"

static int get_size(const cJSON *obj, const char *key, size_t *out)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
  if (!cJSON_IsNumber(v) || v->valuedouble < 0 ||
      v->valuedouble > 9007199254740992.0 ||
      v->valuedouble != floor(v->valuedouble))
    return -1;
  *out = (size_t)v->valuedouble;
  return 0;
}

static char *get_copy(const cJSON *obj, const char *key)
{
  const char *s = bc__json_get_str(obj, key);
  return bc__strdup(s ? s : "");
}

bc_status bc_pdf_report_read(const char *json, size_t len, const char *name,
                             struct bc_report **out, struct bc_error *err)
{
  static const char *const counts[] = {"evidence", "dates", "acronyms",
                                       "numbers", "names"};
  cJSON *root = NULL;
  const cJSON *checked, *findings, *c;
  const char *schema, *verdict;
  struct bc_report *r = NULL;
  size_t *slots[5];
  bc_status rc;

  if (bc__utf8_invalid_at(json, len) < len)
    return bc_error_set(err, BC_ERR_ENCODING,
                        "cannot read '%s': not valid UTF-8 (byte %zu)", name,
                        bc__utf8_invalid_at(json, len));
  rc = bc__json_parse(json, len, name, &root, err);
  if (rc)
    return rc;
  schema = bc__json_get_str(root, "schema");
  if (!schema || strcmp(schema, BC_REPORT_SCHEMA_ID)) {
    rc = bc_error_set(err, BC_ERR_SCHEMA,
                      "cannot read '%s': schema: expected \"%s\"", name,
                      BC_REPORT_SCHEMA_ID);
    goto out;
  }
  r = bc__calloc(1, sizeof *r);
  if (!r) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                      name);
    goto out;
  }
  verdict = bc__json_get_str(root, "verdict");
  if (verdict && !strcmp(verdict, "pass"))
    r->verdict = BC_VERDICT_PASS;
  else if (verdict && !strcmp(verdict, "warn"))
    r->verdict = BC_VERDICT_WARN;
  else if (verdict && !strcmp(verdict, "fail"))
    r->verdict = BC_VERDICT_FAIL;
  else {
    rc = bc_error_set(err, BC_ERR_SCHEMA,
                      "cannot read '%s': verdict: expected pass, warn or fail",
                      name);
    goto out;
  }
  checked = cJSON_GetObjectItemCaseSensitive(root, "checked");
  slots[0] = &r->checked.evidence;
  slots[1] = &r->checked.dates;
  slots[2] = &r->checked.acronyms;
  slots[3] = &r->checked.numbers;
  slots[4] = &r->checked.names;
  for (size_t i = 0; i < 5; i++)
    if (!cJSON_IsObject(checked) || get_size(checked, counts[i], slots[i])) {
      rc = bc_error_set(err, BC_ERR_SCHEMA,
                        "cannot read '%s': checked.%s: expected a count", name,
                        counts[i]);
      goto out;
    }
  c = cJSON_GetObjectItemCaseSensitive(root, "counts");
  if (cJSON_IsObject(c))
    get_size(c, "repaired", &r->n_repaired);
  findings = cJSON_GetObjectItemCaseSensitive(root, "findings");
  if (!cJSON_IsArray(findings)) {
    rc = bc_error_set(err, BC_ERR_SCHEMA,
                      "cannot read '%s': findings: expected an array", name);
    goto out;
  }
  r->n_findings = (size_t)cJSON_GetArraySize(findings);
  if (r->n_findings) {
    size_t i = 0;
    r->findings = bc__calloc(r->n_findings, sizeof *r->findings);
    if (!r->findings) {
      r->n_findings = 0;
      rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                        name);
      goto out;
    }
    cJSON_ArrayForEach(c, findings)
    {
      struct bc_finding *f = &r->findings[i++];
      const char *sev = bc__json_get_str(c, "severity");
      if (!cJSON_IsObject(c) || !sev) {
        rc = bc_error_set(err, BC_ERR_SCHEMA,
                          "cannot read '%s': findings[%zu]: expected an "
                          "object with a severity",
                          name, i - 1);
        goto out;
      }
      f->severity = !strcmp(sev, "error")     ? BC_SEV_ERROR
                    : !strcmp(sev, "warning") ? BC_SEV_WARNING
                                              : BC_SEV_INFO;
      f->kind = get_copy(c, "kind");
      f->field = get_copy(c, "field");
      f->claim = get_copy(c, "claim");
      f->source_says = get_copy(c, "source_says");
      f->message = get_copy(c, "message");
      /* repaired findings are counted apart, as report.json counts them */
      if (bc__json_get_str(c, "repaired_to"))
        f->repaired_to = get_copy(c, "repaired_to");
      if (!f->kind || !f->field || !f->claim || !f->source_says ||
          !f->message ||
          (bc__json_get_str(c, "repaired_to") && !f->repaired_to)) {
        rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                          name);
        goto out;
      }
    }
  }
  *out = r;
  r = NULL;
out:
  bc_report_free(r);
  cJSON_Delete(root);
  return rc;
}
