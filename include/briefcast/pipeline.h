/* pipeline.h - one document through analyze, summarize, validate, repair
 * and render, and the options that steer it.  The CLI's run command and
 * batch processing (batch.h) both call bc_pipeline_run for each
 * document. */
#ifndef BRIEFCAST_PIPELINE_H
#define BRIEFCAST_PIPELINE_H

#include <stddef.h>

#include "briefcast/audio.h"
#include "briefcast/doc.h"
#include "briefcast/error.h"
#include "briefcast/pdf.h"
#include "briefcast/provider.h"
#include "briefcast/validate.h"
#include "briefcast/video.h"

/* Which outputs to write (bit flags). */
enum {
  BC_OUT_SUMMARY = 1 << 0,  /* summary.json */
  BC_OUT_REPORT = 1 << 1,   /* report.json */
  BC_OUT_MARKDOWN = 1 << 2, /* brief.md */
  BC_OUT_HTML = 1 << 3,     /* brief.html */
  BC_OUT_PDF = 1 << 4,      /* brief.pdf */
  BC_OUT_SLIDES = 1 << 5,   /* slides.pdf */
  BC_OUT_AUDIO = 1 << 6,    /* narration.wav, transcript.vtt, ... */
  BC_OUT_VIDEO = 1 << 7,    /* video.mp4 (needs the slides and the audio) */
  BC_OUT_ALL = (1 << 8) - 1
};

struct bc_pipeline_opts {
  unsigned outputs;  /* BC_OUT_* flags */
  int repair_rounds; /* provider repair rounds (LLM); default 1 */
  int allow_failed;  /* render facts that failed validation anyway */
  struct bc_summarize_opts summarize;
  struct bc_validate_opts validate;
  struct bc_audio_opts audio; /* speech context is filled per document */
  struct bc_pdf_opts pdf;
  struct bc_video_opts video;
  bc_progress_fn progress; /* called at each stage; may be NULL */
  void *progress_ctx;
};
#define BC_PIPELINE_OPTS_INIT                                                  \
  {                                                                            \
    .outputs = BC_OUT_ALL, .repair_rounds = 1, .allow_failed = 0,              \
    .summarize = BC_SUMMARIZE_OPTS_INIT, .validate = BC_VALIDATE_OPTS_INIT,    \
    .audio = BC_AUDIO_OPTS_INIT, .pdf = BC_PDF_OPTS_INIT,                      \
    .video = BC_VIDEO_OPTS_INIT, .progress = NULL                              \
  }

/* What a run produced, for the CLI's summary line and for benchmarks. */
struct bc_pipeline_result {
  enum bc_verdict verdict; /* after repair */
  size_t errors;           /* error findings remaining */
  size_t warnings;
  size_t repaired;
  size_t withheld; /* items kept out of PDF/audio as unverified */
  double t_analyze, t_summarize, t_validate, t_render_text, t_pdf, t_audio;
  double t_video;
  struct bc_audio_stats audio;
  struct bc_video_stats video; /* zero when no video was made */
};

/* Run the pipeline for one document and write the outputs into outdir
 * (created if missing).  Every file is written to a temporary name and
 * renamed, so a failure never leaves a half-written output.  result may be
 * NULL.  Returns BC_OK even when validation failed; the caller decides
 * (--strict) from result->verdict. */
bc_status bc_pipeline_run(const struct bc_doc *doc, struct bc_provider *p,
                          const struct bc_pipeline_opts *opts,
                          const char *outdir, struct bc_pipeline_result *result,
                          struct bc_error *err);

#endif
