/* test_init.c - the public *_INIT initializers give the defaults their
 * headers document, field by field, so that adding or reordering a field
 * can never shift one default into another field. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "briefcast/briefcast.h"
#include "briefcast/site.h"
#include "util/strmap.h"

static void pipeline_defaults(void **state)
{
  struct bc_pipeline_opts o = BC_PIPELINE_OPTS_INIT;
  (void)state;
  assert_int_equal(o.outputs, BC_OUT_ALL);
  assert_int_equal(o.repair_rounds, 1);
  assert_int_equal(o.allow_failed, 0);
  assert_int_equal(o.summarize.length, BC_LENGTH_MEDIUM);
  assert_null(o.summarize.audience);
  assert_true(o.summarize.minutes == 0);
  assert_int_equal(o.validate.check_names, 1);
  assert_null(o.audio.voices);
  assert_int_equal(o.audio.sample_rate, 0);
  assert_int_equal(o.audio.workers, 0);
  assert_null(o.audio.speech.lexicon_path);
  assert_null(o.audio.style);
  assert_int_equal(o.pdf.paper, BC_PAPER_A4);
  assert_int_equal(o.pdf.theme, BC_THEME_LIGHT);
  assert_true(o.pdf.created == BC_PDF_NOW);
  assert_null(o.pdf.fallback_font_path);
  assert_int_equal(o.video.width, 0);
  assert_null(o.progress);
}

static void other_defaults(void **state)
{
  struct bc_provider_config pc = BC_PROVIDER_CONFIG_INIT;
  struct bc_ingest_opts in = BC_INGEST_OPTS_INIT;
  struct bc_html_opts h = BC_HTML_OPTS_INIT;
  struct bc_batch_opts bo = BC_BATCH_OPTS_INIT;
  struct bc_batch_lock l = BC_BATCH_LOCK_INIT;
  struct bc_manifest m = BC_MANIFEST_INIT;
  struct bc_buf b = BC_BUF_INIT(42);
  struct bc_error e = BC_ERROR_INIT;
  struct bc_podcast_opts po = BC_PODCAST_OPTS_INIT;
  struct bc_site_opts so = BC_SITE_OPTS_INIT;
  struct bc__strmap sm = BC__STRMAP_INIT;
  (void)state;
  assert_string_equal(pc.name, "local");
  assert_null(pc.model);
  assert_int_equal(pc.retries, 0);
  assert_int_equal(in.format, BC_FORMAT_AUTO);
  assert_int_equal(in.max_bytes, 0);
  assert_int_equal(h.withhold, 1);
  assert_null(h.chapters_vtt);
  assert_int_equal(bo.jobs, 1);
  assert_int_equal(bo.force, 0);
  assert_int_equal(l.fd[0], -1);
  assert_int_equal(l.fd[1], -1);
  assert_int_equal(l.owner, 0);
  assert_null(m.entries);
  assert_int_equal(m.complete, 0);
  assert_int_equal(b.max, 42);
  assert_int_equal(b.len, 0);
  assert_int_equal(b.failed, 0);
  assert_int_equal(e.code, BC_OK);
  assert_int_equal(e.msg[0], 0);
  assert_null(po.language);
  assert_null(so.title);
  assert_int_equal(sm.n, 0);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(pipeline_defaults),
      cmocka_unit_test(other_defaults),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
