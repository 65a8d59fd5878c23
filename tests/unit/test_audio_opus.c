/* test_audio_opus.c - narration.opus from a WAV the test writes itself:
 * chapter times as the Vorbis chapter comments spell them, the Ogg Opus
 * file's headers and comments, every out-of-memory path, and an output
 * folder that does not exist (BC_ERR_OUTPUT, nothing left behind).  The
 * whole-pipeline checks with opusinfo/opusdec are in
 * tests/integration/test_audio_opus.py. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "render/audio/audio_int.h"
#include "util/alloc.h"

#include "testutil.h"

#define RATE 22050
#define SECONDS 2

static char *tmpdir;

static int setup(void **state)
{
  (void)state;
  tmpdir = bc_test_tmpdir("test-opus");
  return tmpdir ? 0 : -1;
}

static int teardown(void **state)
{
  int rc;
  (void)state;
  rc = bc_test_tmpdir_remove(tmpdir);
  tmpdir = NULL;
  return rc;
}

static void test_chapter_time(void **state)
{
  static const struct {
    double s;
    const char *want;
  } cases[] = {
      {0, "00:00:00.000"},
      {0.0004, "00:00:00.000"},
      {1.5, "00:00:01.500"},
      {59.9996, "00:01:00.000"}, /* rounding carries into the minutes */
      {3599.9999, "01:00:00.000"},
      {3723.456, "01:02:03.456"},
      {360000.25, "100:00:00.250"}, /* hours keep growing past 99 */
      {-3, "00:00:00.000"},
      {NAN, "00:00:00.000"},
      {INFINITY, "277777:46:40.000"}, /* clamped, still bounded */
  };
  char buf[BC__CHAPTER_TIME_MAX];
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    bc__opus_chapter_time(cases[i].s, buf);
    assert_string_equal(buf, cases[i].want);
  }
}

/* A WAV file of a 440 Hz tone in a temporary stream, positioned anywhere
 * (bc__opus_write seeks to the samples itself). */
static FILE *tone_wav(size_t n)
{
  unsigned char h[44];
  FILE *f = tmpfile();
  assert_non_null(f);
  bc__wav_header(h, n, RATE);
  assert_int_equal(fwrite(h, 1, 44, f), 44);
  for (size_t i = 0; i < n; i++) {
    int16_t v =
        (int16_t)(8000 * sin(2 * 3.14159265358979 * 440 * (double)i / RATE));
    assert_int_equal(bc__le16_write(f, &v, 1), 0);
  }
  return f;
}

static struct bc_summary summary(void)
{
  struct bc_summary s;
  memset(&s, 0, sizeof s);
  s.title = (char *)"Caf\xc3\xa9 = Cache";
  s.source.author = (char *)"Ada Lovelace";
  s.source.date = (char *)"2019-07-20";
  s.source.url = (char *)"https://example.com/cache";
  return s;
}

static char *slurp(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  char *p;
  long n;
  assert_non_null(f);
  assert_int_equal(fseek(f, 0, SEEK_END), 0);
  n = ftell(f);
  rewind(f);
  p = malloc((size_t)n + 1);
  assert_non_null(p);
  assert_int_equal(fread(p, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  p[n] = 0;
  *len = (size_t)n;
  return p;
}

static int has(const char *p, size_t n, const char *needle)
{
  size_t k = strlen(needle);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(p + i, needle, k) == 0)
      return 1;
  return 0;
}

static size_t entries(const char *dir)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  size_t n = 0;
  assert_non_null(d);
  while ((e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
      n++;
  closedir(d);
  return n;
}

static void test_write(void **state)
{
  struct bc_summary s = summary();
  struct bc__chapter ch[2] = {{"Introduction", 0}, {"The = migration", 1.25}};
  struct bc_error err = BC_ERROR_INIT;
  size_t n = (size_t)RATE * SECONDS, len;
  FILE *wav = tone_wav(n);
  char path[512], *p;
  uint64_t granule = 0;
  (void)state;
  assert_int_equal(bc__opus_write(&s, wav, n, RATE, ch, 2, tmpdir, &err),
                   BC_OK);
  snprintf(path, sizeof path, "%s/narration.opus", tmpdir);
  p = slurp(path, &len);
  assert_true(len > 64);
  /* one Ogg stream whose first packet is a mono OpusHead that remembers
   * the input rate */
  assert_memory_equal(p, "OggS", 4);
  assert_memory_equal(p + 28, "OpusHead", 8);
  assert_int_equal((unsigned char)p[28 + 9], 1);
  assert_int_equal((unsigned char)p[28 + 12] | (unsigned char)p[28 + 13] << 8 |
                       (unsigned char)p[28 + 14] << 16,
                   RATE);
  assert_true(has(p, len, "OpusTags"));
  assert_true(has(p, len, "TITLE=Caf\xc3\xa9 = Cache"));
  assert_true(has(p, len, "ARTIST=Ada Lovelace"));
  assert_true(has(p, len, "DATE=2019-07-20"));
  assert_true(has(p, len, "ALBUM=briefcast"));
  assert_true(has(p, len, "COMMENT=Source: https://example.com/cache"));
  assert_true(has(p, len, "CHAPTER001=00:00:00.000"));
  assert_true(has(p, len, "CHAPTER001NAME=Introduction"));
  assert_true(has(p, len, "CHAPTER002=00:00:01.250"));
  assert_true(has(p, len, "CHAPTER002NAME=The = migration"));
  assert_false(has(p, len, "CHAPTER003"));
  /* The last page's granule position is the length at 48 kHz plus the
   * pre-skip: the file plays exactly as long as the WAV. */
  for (size_t i = len - 4; i-- > 0;)
    if (memcmp(p + i, "OggS", 4) == 0) {
      for (int k = 7; k >= 0; k--)
        granule = granule << 8 | (unsigned char)p[i + 6 + k];
      break;
    }
  {
    unsigned preskip = (unsigned char)p[28 + 10] | (unsigned char)p[28 + 11]
                                                       << 8;
    double secs = (double)(granule - preskip) / 48000;
    assert_true(fabs(secs - SECONDS) < 0.001);
  }
  assert_int_equal(entries(tmpdir), 1); /* no temporary file left */
  /* The same audio and tags again give the same bytes. */
  {
    char *q;
    size_t qlen;
    assert_int_equal(bc__opus_write(&s, wav, n, RATE, ch, 2, tmpdir, &err),
                     BC_OK);
    q = slurp(path, &qlen);
    assert_int_equal(qlen, len);
    assert_memory_equal(p, q, len);
    free(q);
  }
  free(p);
  fclose(wav);
}

/* Every allocation briefcast makes for the Opus file fails in turn: each
 * gives BC_ERR_NOMEM with nothing written (ASan reports any leak). */
static void test_nomem(void **state)
{
  struct bc_summary s = summary();
  struct bc__chapter ch[1] = {{"Introduction", 0}};
  size_t n = RATE / 10;
  FILE *wav = tone_wav(n);
  bc_status rc = BC_ERR_NOMEM;
  (void)state;
  for (long k = 1; rc == BC_ERR_NOMEM && k < 100; k++) {
    struct bc_error err = BC_ERROR_INIT;
    bc__alloc_fail_after(k);
    rc = bc__opus_write(&s, wav, n, RATE, ch, 1, tmpdir, &err);
    bc__alloc_fail_after(0);
    if (rc) {
      assert_int_equal(rc, BC_ERR_NOMEM);
      assert_non_null(strstr(err.msg, "out of memory"));
      assert_int_equal(entries(tmpdir), 0);
    }
  }
  assert_int_equal(rc, BC_OK);
  assert_int_equal(entries(tmpdir), 1);
  fclose(wav);
}

static void test_unwritable(void **state)
{
  struct bc_summary s = summary();
  struct bc_error err = BC_ERROR_INIT;
  size_t n = RATE / 10;
  FILE *wav = tone_wav(n);
  char dir[512];
  (void)state;
  snprintf(dir, sizeof dir, "%s/missing", tmpdir);
  assert_int_equal(bc__opus_write(&s, wav, n, RATE, NULL, 0, dir, &err),
                   BC_ERR_OUTPUT);
  assert_non_null(strstr(err.msg, "missing/narration.opus"));
  assert_int_equal(entries(tmpdir), 0);
  fclose(wav);
}

/* Opus chapter comments number their chapters 001 to 999: past that the
 * file names the first 999 and bc__opus_named says how many it named, so
 * the caller can warn (cmd_audio, cmd_run) rather than drop them silently. */
static void test_chapter_cap(void **state)
{
  struct bc_summary s = summary();
  size_t n_ch = BC_MAX_OPUS_CHAPTERS + 2, n = RATE / 10, len;
  struct bc__chapter *ch = calloc(n_ch, sizeof *ch);
  struct bc_error err = BC_ERROR_INIT;
  FILE *wav = tone_wav(n);
  char path[512], *p;
  (void)state;
  assert_non_null(ch);
  for (size_t i = 0; i < n_ch; i++)
    ch[i] = (struct bc__chapter){"Part", (double)i / 100};
  assert_int_equal(bc__opus_named(0), 0);
  assert_int_equal(bc__opus_named(BC_MAX_OPUS_CHAPTERS), BC_MAX_OPUS_CHAPTERS);
  assert_int_equal(bc__opus_named(n_ch), BC_MAX_OPUS_CHAPTERS);
  assert_int_equal(bc__opus_write(&s, wav, n, RATE, ch, n_ch, tmpdir, &err),
                   BC_OK);
  snprintf(path, sizeof path, "%s/narration.opus", tmpdir);
  p = slurp(path, &len);
  assert_true(has(p, len, "CHAPTER999=00:00:09.980"));
  assert_true(has(p, len, "CHAPTER999NAME=Part"));
  assert_false(has(p, len, "CHAPTER1000"));
  free(p);
  free(ch);
  fclose(wav);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_chapter_time),
      cmocka_unit_test_setup_teardown(test_write, setup, teardown),
      cmocka_unit_test_setup_teardown(test_chapter_cap, setup, teardown),
      cmocka_unit_test_setup_teardown(test_nomem, setup, teardown),
      cmocka_unit_test_setup_teardown(test_unwritable, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
