/* llm_repair.c - the repair round: the checker's unrepaired errors, the
 * source sentences that show the truth and the summary go back to the
 * model, whose corrected summary replaces the old one.  A repair that
 * fails leaves the summary as it was; the report still shows every
 * finding. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "summarize/llm.h"
#include "util/alloc.h"
#include "util/json.h"

#define EXCERPTS_MAX_BYTES ((size_t)8 * 1024)

static int add_finding_line(struct bc_buf *b, const struct bc_finding *f)
{
  cJSON *o = cJSON_CreateObject();
  char *s = NULL;
  int ok = o && bc__json_add_str(o, "field", f->field) &&
           bc__json_add_str(o, "kind", f->kind) &&
           bc__json_add_str(o, "claim", f->claim) &&
           bc__json_add_str(o, "source_says", f->source_says) &&
           bc__json_add_str(o, "message", f->message) &&
           (s = cJSON_PrintUnformatted(o)) != NULL;
  if (ok) {
    bc_buf_adds(b, s);
    bc_buf_addc(b, '\n');
  }
  free(s);
  cJSON_Delete(o);
  return ok ? 0 : -1;
}

/* The sentence around a finding's span, so the model sees the truth. */
static void add_excerpt(struct bc_buf *b, const struct bc_doc *doc,
                        const struct bc_facts *facts, struct bc_span sp)
{
  size_t s = sp.start, e = sp.end, i;
  if (sp.end <= sp.start || sp.end > doc->text_len)
    return;
  for (i = 0; facts && i < facts->n_sentences; i++)
    if (facts->sentences[i].start <= sp.start &&
        facts->sentences[i].end >= sp.end) {
      s = facts->sentences[i].start;
      e = facts->sentences[i].end;
      break;
    }
  if (e - s > 600) {
    s = sp.start > 150 ? sp.start - 150 : 0;
    e = sp.end + 150 < doc->text_len ? sp.end + 150 : doc->text_len;
  }
  if (b->len + (e - s) + 8 > EXCERPTS_MAX_BYTES)
    return;
  bc_buf_adds(b, "- \"");
  for (i = s; i < e; i++)
    bc_buf_addc(b, doc->text[i] == '\n' ? ' ' : doc->text[i]);
  bc_buf_adds(b, "\"\n");
}

static char *compact(const char *json)
{
  cJSON *root = NULL;
  char *s;
  if (!json || bc__json_parse(json, strlen(json), "summary", &root, NULL))
    return NULL;
  s = cJSON_PrintUnformatted(root);
  cJSON_Delete(root);
  return s;
}

bc_status bc__llm_repair(void *self, const struct bc_doc *doc,
                         const struct bc_facts *facts,
                         const struct bc_report *report,
                         struct bc_summary *summary, struct bc_error *err)
{
  struct bc__llm *llm = self;
  struct bc_buf fl = BC_BUF_INIT(BC_MAX_PROMPT_BYTES / 4);
  struct bc_buf ex = BC_BUF_INIT(EXCERPTS_MAX_BYTES + 1024);
  struct bc__llm_var v[BC__V_COUNT];
  struct bc_summary *fresh = NULL, tmp;
  struct bc_span all = {0, doc->text_len};
  struct bc_error e = BC_ERROR_INIT;
  char *pretty = NULL, *json = NULL, *facts_s = NULL, *user = NULL;
  size_t i, n = 0, len;
  struct bc__llm_ask a;
  bc_status rc = BC_OK;

  if (llm->dry_run || !report)
    return BC_OK;
  for (i = 0; i < report->n_findings; i++) {
    const struct bc_finding *f = &report->findings[i];
    if (f->severity != BC_SEV_ERROR || f->repaired_to)
      continue;
    if (add_finding_line(&fl, f))
      goto oom;
    add_excerpt(&ex, doc, facts, f->span);
    n++;
  }
  if (n == 0)
    goto out;
  pretty = bc_summary_to_json(summary);
  json = compact(pretty);
  facts_s = bc__llm_facts_for(doc, facts, 0, doc->text_len);
  if (!json || !facts_s || bc_buf_status(&fl) || bc_buf_status(&ex))
    goto oom;
  bc__llm_vars_init(v, doc, NULL, facts_s, NULL);
  v[BC__V_FINDINGS].value = bc_buf_str(&fl);
  v[BC__V_EXCERPTS].value = ex.len ? bc_buf_str(&ex) : "(none)";
  v[BC__V_SUMMARY].value = json;
  rc = bc__llm_render_tpl(llm, BC_TPL_REPAIR, v, &user, &len, err);
  if (rc)
    goto out;
  a.user = user;
  a.what = "repair";
  a.max_tokens = bc__llm_answer_tokens(BC_LENGTH_LONG);
  a.doc = doc;
  a.facts = facts;
  a.def_span = all;
  rc = bc__llm_ask(llm, &a, &fresh, &e);
  if (rc == BC_ERR_NOMEM) {
    bc_error_set(err, rc, "%s", e.msg);
    goto out;
  }
  if (rc) {
    /* A failed repair leaves the summary as it was: the validator's report
     * still shows every finding, so nothing wrong passes silently, and the
     * summary the user already paid for is not thrown away. */
    rc = BC_OK;
    goto out;
  }
  /* Swap contents so the caller's pointer now holds the repaired summary. */
  tmp = *summary;
  *summary = *fresh;
  *fresh = tmp;
  goto out;
oom:
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  bc_summary_free(fresh);
  bc_buf_release(&fl);
  bc_buf_release(&ex);
  free(pretty);
  free(json);
  free(facts_s);
  free(user);
  return rc;
}
