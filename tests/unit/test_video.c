/* test_video.c - the video renderer's contract before any encoding: frame
 * sizes parsed and refused, and each input it reads (narration.wav,
 * chapters.json, transcript.vtt, slides.pdf) refused with its own status
 * when missing or malformed, with no output left behind.  Encoding itself
 * is tested through the binary (tests/integration/test_video.py). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "briefcast/video.h"

static char dir[] = "/tmp/bc-test-video-XXXXXX";

static void put(const char *name, const void *data, size_t len)
{
  char path[256];
  FILE *f;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(data, 1, len, f), len);
  fclose(f);
}

static void drop(const char *name)
{
  char path[256];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  unlink(path);
}

/* A WAV of n silent 16-bit mono samples at 16 kHz. */
static void put_wav(size_t n)
{
  unsigned char h[44] = "RIFF\0\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0"
                        "\x80\x3e\0\0\0\x7d\0\0\x02\0\x10\0data";
  unsigned char *w = calloc(1, 44 + n * 2);
  uint32_t d = (uint32_t)(n * 2), r = d + 36;
  assert_non_null(w);
  memcpy(w, h, 40);
  for (int i = 0; i < 4; i++) {
    w[4 + i] = (unsigned char)(r >> (8 * i));
    w[40 + i] = (unsigned char)(d >> (8 * i));
  }
  put("narration.wav", w, 44 + n * 2);
  free(w);
}

static const char chapters[] =
    "{\"version\":\"1.2.0\",\"chapters\":[{\"startTime\":0,\"title\":\"A\"}]}";
static const char vtt[] = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:00.500\nHi.\n";

static int setup(void **state)
{
  (void)state;
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
  (void)state;
  drop("narration.wav");
  drop("chapters.json");
  drop("transcript.vtt");
  drop("slides.pdf");
  return rmdir(dir);
}

static void sizes(void **state)
{
  static const struct {
    const char *text;
    bc_status rc;
    int w, h;
  } cases[] = {
      {"1280x720", BC_OK, 1280, 720},   {"640X360", BC_OK, 640, 360},
      {"16x16", BC_OK, 16, 16},         {"7680x4320", BC_OK, 7680, 4320},
      {"641x360", BC_ERR_USAGE, 0, 0},  {"14x14", BC_ERR_USAGE, 0, 0},
      {"7682x720", BC_ERR_USAGE, 0, 0}, {"1280", BC_ERR_USAGE, 0, 0},
      {"x720", BC_ERR_USAGE, 0, 0},     {"1280x720p", BC_ERR_USAGE, 0, 0},
      {"", BC_ERR_USAGE, 0, 0},         {"-1280x720", BC_ERR_USAGE, 0, 0},
  };
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_error err = BC_ERROR_INIT;
    int w = 0, h = 0;
    bc_status rc = bc_video_parse_size(cases[i].text, &w, &h, &err);
    assert_int_equal(rc, cases[i].rc);
    if (!rc) {
      assert_int_equal(w, cases[i].w);
      assert_int_equal(h, cases[i].h);
    } else {
      assert_non_null(strstr(err.msg, "video size"));
      assert_int_equal(w, 0); /* out-parameters set only on success */
    }
  }
}

/* Render into dir/out.mp4 and expect rc; nothing may be left there. */
static void expect(bc_status want, const char *needle)
{
  struct bc_error err = BC_ERROR_INIT;
  char out[256];
  struct stat st;
  snprintf(out, sizeof out, "%s/out.mp4", dir);
  assert_int_equal(bc_video_render(NULL, dir, NULL, out, NULL, &err), want);
  if (!strstr(err.msg, needle))
    fail_msg("'%s' does not say '%s'", err.msg, needle);
  assert_int_not_equal(stat(out, &st), 0);
}

static void inputs_refused(void **state)
{
  struct bc_error err = BC_ERROR_INIT;
  struct bc_video_opts odd = {.width = 641, .height = 360};
  (void)state;
  assert_int_equal(bc_video_render(NULL, dir, &odd, "x.mp4", NULL, &err),
                   BC_ERR_USAGE);
  expect(BC_ERR_IO, "narration.wav");
  put("narration.wav", "RIFF....WAVEjunk", 16);
  expect(BC_ERR_PARSE, "not a WAV file");
  put_wav(8000);
  expect(BC_ERR_IO, "chapters.json");
  put("chapters.json", "{\"chapters\":[]}", 15);
  expect(BC_ERR_PARSE, "no chapters");
  put("chapters.json", "{\"chapters\":[{\"startTime\":-1}]}", 31);
  expect(BC_ERR_PARSE, "startTime");
  put("chapters.json", chapters, sizeof chapters - 1);
  expect(BC_ERR_IO, "transcript.vtt");
  put("transcript.vtt", "1\n00:00 --> x\n", 14);
  expect(BC_ERR_PARSE, "not WebVTT");
  put("transcript.vtt", "WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nx\n", 40);
  expect(BC_ERR_PARSE, "bad cue time");
  put("transcript.vtt", vtt, sizeof vtt - 1);
  expect(BC_ERR_IO, "slides.pdf");
  put("slides.pdf", "%PDF-1.3\nnot really\n", 20);
  expect(BC_ERR_PARSE, "slides.pdf");
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(sizes),
      cmocka_unit_test(inputs_refused),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
