/* pipeline.c - one document through analyze, summarize, validate, repair and
 * render.  It owns the order of the stages and the rule that nothing which
 * failed validation reaches the PDF or the audio unless the user asked; it
 * does not parse options or print (that is the CLI's job). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "briefcast/pipeline.h"
#include "briefcast/facts.h"
#include "briefcast/limits.h"
#include "briefcast/render.h"
#include "briefcast/summary.h"
#include "util/alloc.h"
#include "util/fs.h"

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress(const struct bc_pipeline_opts *o, const char *stage,
                     size_t done)
{
  if (o->progress)
    o->progress(o->progress_ctx, stage, done, 7);
}

/* Write a string output into outdir atomically; a NULL text means the
 * renderer ran out of memory. */
static bc_status write_text(const char *outdir, const char *name, char *text,
                            struct bc_error *err)
{
  char *path;
  bc_status rc;
  if (!text)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot render '%s': out of memory",
                        name);
  path = bc__fs_join(outdir, name);
  if (!path) {
    free(text);
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  }
  rc = bc__fs_write_atomic(path, text, strlen(text), err);
  free(path);
  free(text);
  return rc;
}

/* A text file the audio stage wrote into outdir, or NULL when there is
 * none (the page then goes without it). */
static char *read_beside(const char *outdir, const char *name)
{
  char *path = bc__fs_join(outdir, name), *text = NULL;
  size_t len;
  struct bc_error ignored;
  if (path && bc__fs_read(path, BC_MAX_JSON_BYTES, &text, &len, &ignored))
    text = NULL;
  free(path);
  return text;
}

/* brief.html: the summary as checked (findings index it), the published
 * copy for running text, the source beside it and the narration player. */
static bc_status reader_page(const char *outdir, const struct bc_doc *doc,
                             const struct bc_summary *summary,
                             const struct bc_summary *shown,
                             const struct bc_report *report,
                             const struct bc_pipeline_opts *o, int with_video,
                             struct bc_error *err)
{
  struct bc_html_opts h = BC_HTML_OPTS_INIT;
  char *vtt = NULL, *chapters = NULL;
  bc_status rc;
  h.doc = doc;
  h.shown = shown;
  h.withhold = !o->allow_failed;
  if (o->outputs & BC_OUT_AUDIO) {
    h.audio_href = o->audio.mp3 ? "narration.mp3" : "narration.wav";
    h.vtt_href = "transcript.vtt";
    h.transcript_vtt = vtt = read_beside(outdir, "transcript.vtt");
    h.chapters_vtt = chapters = read_beside(outdir, "chapters.vtt");
  }
  if (with_video)
    h.video_href = "video.mp4";
  rc = write_text(outdir, "brief.html", bc_render_reader(summary, report, &h),
                  err);
  free(vtt);
  free(chapters);
  return rc;
}

static size_t count_severity(const struct bc_report *r, enum bc_severity s)
{
  size_t n = 0;
  for (size_t i = 0; i < r->n_findings; i++)
    if (r->findings[i].severity == s && !r->findings[i].repaired_to)
      n++;
  return n;
}

/* Move the repaired findings of from (those with repaired_to) to the end of
 * to, so the final report says what was repaired as well as what remains. */
static bc_status move_repaired(struct bc_report *from, struct bc_report *to)
{
  size_t n = 0, k = 0;
  struct bc_finding *grown;
  for (size_t i = 0; i < from->n_findings; i++)
    n += from->findings[i].repaired_to != NULL;
  if (!n)
    return BC_OK;
  grown = bc__realloc(to->findings,
                      (to->n_findings + n) * sizeof(struct bc_finding));
  if (!grown)
    return BC_ERR_NOMEM;
  to->findings = grown;
  for (size_t i = 0; i < from->n_findings; i++) {
    if (!from->findings[i].repaired_to) {
      from->findings[k++] = from->findings[i];
      continue;
    }
    to->findings[to->n_findings++] = from->findings[i];
    to->n_repaired++;
  }
  from->n_findings = k;
  return BC_OK;
}

/* Apply the validator's repairs, then check the repaired summary again: a
 * repair is kept only when the new check confirms it left fewer errors, so
 * a mistaken repair can never put a wrong fact in front of a reader.  On
 * success *report is the check of the summary as it now stands. */
static bc_status
repair_verified(const struct bc_doc *doc, const struct bc_facts *facts,
                const struct bc_pipeline_opts *o, struct bc_summary *summary,
                struct bc_report **report, struct bc_error *err)
{
  struct bc_summary *before = bc_summary_dup(summary);
  struct bc_report *again = NULL;
  size_t errors_before = count_severity(*report, BC_SEV_ERROR);
  bc_status rc;
  if (!before)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  rc = bc_report_apply_fixes(summary, *report, err);
  if (!rc && (*report)->n_repaired)
    rc = bc_validate_summary(doc, facts, summary, &o->validate, &again, err);
  if (rc || !again)
    goto out;
  if (count_severity(again, BC_SEV_ERROR) < errors_before &&
      move_repaired(*report, again) == BC_OK) {
    bc_report_free(*report);
    *report = again;
    again = NULL;
  } else {
    /* The repair did not help (or made things worse): keep the summary as
     * the provider wrote it, and its original findings. */
    struct bc_summary tmp = *summary;
    *summary = *before;
    *before = tmp;
    for (size_t i = 0; i < (*report)->n_findings; i++) {
      free((*report)->findings[i].repaired_to);
      (*report)->findings[i].repaired_to = NULL;
    }
    (*report)->n_repaired = 0;
    (*report)->verdict = BC_VERDICT_FAIL;
  }
out:
  bc_report_free(again);
  bc_summary_free(before);
  return rc;
}

/* Validate, then let the provider (an LLM) and the local repairer fix what
 * the source makes unambiguous, validating again after each round. */
static bc_status
check_and_repair(const struct bc_doc *doc, const struct bc_facts *facts,
                 struct bc_provider *p, const struct bc_pipeline_opts *o,
                 struct bc_summary *summary, struct bc_report **report_out,
                 size_t *repaired, struct bc_error *err)
{
  struct bc_report *report = NULL;
  bc_status rc;
  *repaired = 0;
  rc = bc_validate_summary(doc, facts, summary, &o->validate, &report, err);
  if (rc)
    return rc;
  for (int round = 0; bc_provider_can_repair(p) && round < o->repair_rounds &&
                      report->verdict == BC_VERDICT_FAIL;
       round++) {
    struct bc_report *again = NULL;
    size_t before = count_severity(report, BC_SEV_ERROR);
    rc = bc_provider_repair(p, doc, facts, report, summary, err);
    if (rc)
      goto fail;
    rc = bc_validate_summary(doc, facts, summary, &o->validate, &again, err);
    if (rc)
      goto fail;
    bc_report_free(report);
    report = again;
    if (count_severity(report, BC_SEV_ERROR) < before)
      *repaired += before - count_severity(report, BC_SEV_ERROR);
    else
      break; /* the provider could not improve it; stop spending */
  }
  if (report->verdict == BC_VERDICT_FAIL) {
    rc = repair_verified(doc, facts, o, summary, &report, err);
    if (rc)
      goto fail;
  }
  *repaired += report->n_repaired;
  *report_out = report;
  return BC_OK;
fail:
  bc_report_free(report);
  return rc;
}

bc_status bc_pipeline_run(const struct bc_doc *doc, struct bc_provider *p,
                          const struct bc_pipeline_opts *opts,
                          const char *outdir, struct bc_pipeline_result *result,
                          struct bc_error *err)
{
  struct bc_pipeline_opts o = *opts;
  struct bc_pipeline_result res;
  struct bc_facts *facts = NULL;
  struct bc_summary *summary = NULL, *shown = NULL;
  struct bc_report *report = NULL;
  char *path = NULL;
  bc_status rc;
  int with_video = 0;
  double t;

  memset(&res, 0, sizeof(res));
  /* a rate the video cannot take is known before any work */
  if ((o.outputs & BC_OUT_VIDEO) && (o.outputs & BC_OUT_SLIDES) &&
      (o.outputs & BC_OUT_AUDIO) && o.audio.sample_rate) {
    rc = bc_video_check_rate(o.audio.sample_rate, err);
    if (rc)
      goto out;
  }
  rc = bc__fs_mkdirs(outdir, err);
  if (rc)
    goto out;

  progress(&o, "analyze", 0);
  t = now_s();
  rc = bc_facts_analyze(doc, &facts, err);
  if (rc)
    goto out;
  res.t_analyze = now_s() - t;

  progress(&o, "summarize", 1);
  t = now_s();
  rc = bc_provider_summarize(p, doc, facts, &o.summarize, &summary, err);
  if (rc)
    goto out;
  res.t_summarize = now_s() - t;

  progress(&o, "validate", 2);
  t = now_s();
  rc =
      check_and_repair(doc, facts, p, &o, summary, &report, &res.repaired, err);
  if (rc)
    goto out;
  res.verdict = report->verdict;
  res.errors = count_severity(report, BC_SEV_ERROR);
  res.warnings = count_severity(report, BC_SEV_WARNING);

  /* The renderers get a copy without the facts that still fail, so a wrong
   * date or expansion never reaches a listener or reader silently. */
  shown = bc_summary_dup(summary);
  if (!shown) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  if (!o.allow_failed && res.errors) {
    rc = bc_report_drop_failed(shown, report, &res.withheld, err);
    if (rc)
      goto out;
  }
  res.t_validate = now_s() - t;

  progress(&o, "write", 3);
  t = now_s();
  if (o.outputs & BC_OUT_SUMMARY) {
    rc = write_text(outdir, "summary.json", bc_summary_to_json(summary), err);
    if (rc)
      goto out;
  }
  if (o.outputs & BC_OUT_REPORT) {
    rc = write_text(outdir, "report.json", bc_report_to_json(report), err);
    if (rc)
      goto out;
  }
  if (o.outputs & BC_OUT_MARKDOWN) {
    rc = write_text(outdir, "brief.md", bc_render_markdown(shown, report), err);
    if (rc)
      goto out;
  }
  res.t_render_text = now_s() - t;

  progress(&o, "pdf", 4);
  t = now_s();
  if (o.outputs & BC_OUT_PDF) {
    path = bc__fs_join(outdir, "brief.pdf");
    rc = path ? bc_pdf_brief(shown, report, &o.pdf, path, err)
              : bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    free(path);
    path = NULL;
    if (rc)
      goto out;
  }
  if (o.outputs & BC_OUT_SLIDES) {
    path = bc__fs_join(outdir, "slides.pdf");
    rc = path ? bc_pdf_slides(shown, report, &o.pdf, path, err)
              : bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    free(path);
    path = NULL;
    if (rc)
      goto out;
  }
  res.t_pdf = now_s() - t;

  progress(&o, "audio", 5);
  t = now_s();
  if (o.outputs & BC_OUT_AUDIO) {
    o.audio.speech.doc_date = doc->date;
    o.audio.speech.facts = facts;
    o.audio.progress = o.progress;
    o.audio.progress_ctx = o.progress_ctx;
    rc = bc_audio_render(shown, &o.audio, outdir, &res.audio, err);
    if (rc)
      goto out;
  }
  res.t_audio = now_s() - t;
  /* The video is the deck and the narration just written, so it needs
   * both. */
  progress(&o, "video", 6);
  t = now_s();
  if ((o.outputs & BC_OUT_VIDEO) && (o.outputs & BC_OUT_SLIDES) &&
      (o.outputs & BC_OUT_AUDIO)) {
    path = bc__fs_join(outdir, "video.mp4");
    rc = path ? bc_video_render(shown, outdir, &o.video, path, &res.video, err)
              : bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    free(path);
    path = NULL;
    if (rc)
      goto out;
    with_video = 1;
  }
  res.t_video = now_s() - t;
  /* The reader page last: its player shows the transcript and chapters the
   * audio stage wrote, and the video when there is one. */
  if (o.outputs & BC_OUT_HTML) {
    t = now_s();
    rc = reader_page(outdir, doc, summary, shown, report, &o, with_video, err);
    if (rc)
      goto out;
    res.t_render_text += now_s() - t;
  }
  progress(&o, "done", 7);
  if (result)
    *result = res;

out:
  bc_report_free(report);
  bc_summary_free(shown);
  bc_summary_free(summary);
  bc_facts_free(facts);
  return rc;
}
