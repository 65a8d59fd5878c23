/* test_validate_wordtab.c - the word table (wordtab.c) gives every fact
 * the context bc__validate_context gives it: texts made of pieces that
 * trip a word scan (inner apostrophes, curly quotes and dashes, non-ASCII
 * letters, stops, semicolons and line breaks, digits, function words,
 * long runs without a sentence end), and spans starting and ending at
 * every kind of position, a word's middle included; the same for the word
 * before an offset and the last kept word before it. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

static const char *const pieces[] = {"the",
                                     "team",
                                     "met",
                                     "on",
                                     "3",
                                     "March",
                                     "2024",
                                     "shipped",
                                     "don't",
                                     "O'Neil's",
                                     "'",
                                     "\xE2\x80\x94", /* em dash */
                                     "\xE2\x80\x99", /* right quote */
                                     "caf\xC3\xA9",
                                     "\xC2\xAB",
                                     "\xC2\xBB",
                                     ".",
                                     ";",
                                     "!",
                                     "?",
                                     "\n",
                                     ",",
                                     "-",
                                     "/",
                                     "(",
                                     "Q3",
                                     "12%",
                                     "x'",
                                     "\xE2\x81\xAF",
                                     "\xC2\xA0",
                                     "per",
                                     "cent",
                                     "builds",
                                     "rose"};

static unsigned long rng = 16;

static size_t pick(size_t n)
{
  rng = rng * 6364136223846793005UL + 1442695040888963407UL;
  return (size_t)((rng >> 33) % n);
}

/* A text of n pieces, separated by a space or nothing. */
static char *make_text(size_t n, size_t *len)
{
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 24);
  size_t i;
  for (i = 0; i < n; i++) {
    const char *p = pieces[pick(sizeof pieces / sizeof pieces[0])];
    bc_buf_add(&b, p, strlen(p));
    if (pick(4))
      bc_buf_addc(&b, ' ');
  }
  return bc_buf_take(&b, len);
}

static void same_context(const struct bc__wordtab *w, const char *t, size_t len,
                         struct bc_span s)
{
  struct bc__context a, b;
  memset(&a, 0, sizeof a);
  memset(&b, 0xAB, sizeof b);
  bc__validate_context(t, len, s, &a);
  bc__wordtab_context(w, s, &b);
  assert_int_equal(a.n, b.n);
  assert_memory_equal(a.h, b.h, a.n * sizeof a.h[0]);
  assert_int_equal(a.nu, b.nu);
  assert_memory_equal(a.u, b.u, a.nu * sizeof a.u[0]);
  assert_true(a.sig == b.sig);
}

/* The last kept word before at within reach bytes of its sentence, read
 * byte by byte as the number checker did before the table. */
static uint32_t last_word_scan(const char *t, size_t len, size_t at,
                               size_t reach)
{
  size_t a = at, pos, st, n;
  uint32_t h = 0;
  while (a > 0 && at - a < reach && !bc__validate_sentence_end(t, a - 1, len))
    a--;
  pos = a;
  while ((n = bc__validate_next_word(t, at, &pos, &st)) > 0)
    if (!bc__lex_is_skippable(t + st, n) && !(t[st] >= '0' && t[st] <= '9'))
      h = bc__validate_stem_hash(t + st, n);
  return h;
}

/* The same for every helper of the table at offset at. */
static void same_at(const struct bc__wordtab *w, const char *t, size_t len,
                    size_t at)
{
  struct bc__wordtab none;
  size_t s1 = 0, n1 = 0, s2 = 0, n2 = 0;
  int f1, f2;
  assert_true(bc__wordtab_last_word(w, at, 200) ==
              last_word_scan(t, len, at, 200));
  memset(&none, 0, sizeof none);
  f1 = bc__wordtab_word_before(w, t, len, at, &s1, &n1);
  f2 = bc__wordtab_word_before(&none, t, len, at, &s2, &n2);
  assert_int_equal(f1, f2);
  if (f1) {
    assert_int_equal(s1, s2);
    assert_int_equal(n1, n2);
  }
}

static void check_text(size_t pieces_n, size_t spans)
{
  size_t len, k;
  char *t = make_text(pieces_n, &len);
  struct bc__marks ends = {NULL, 0};
  struct bc__wordtab w;
  assert_non_null(t);
  assert_int_equal(bc__marks_sentence_ends(t, len, &ends), BC_OK);
  assert_int_equal(bc__wordtab_init(&w, t, len, &ends), BC_OK);
  for (k = 0; k < spans; k++) {
    size_t a = pick(len + 1), e = a + pick(12);
    if (e > len)
      e = len;
    same_context(&w, t, len, (struct bc_span){a, e});
    same_at(&w, t, len, a);
  }
  /* Every word of the text as the fact, as the checker's facts are. */
  for (k = 0; k < w.n; k++)
    same_context(&w, t, len, (struct bc_span){w.start[k], w.end[k]});
  bc__wordtab_release(&w);
  bc__marks_release(&ends);
  free(t);
}

static void short_texts(void **state)
{
  size_t i;
  (void)state;
  for (i = 0; i < 300; i++)
    check_text(1 + pick(60), 50);
}

/* Long enough that the 400-byte bounds cut words on both sides. */
static void long_texts(void **state)
{
  size_t i;
  (void)state;
  for (i = 0; i < 20; i++)
    check_text(400 + pick(2000), 2000);
}

/* Without a sentence end: one line of words, as the hostile source. */
static void one_long_line(void **state)
{
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 24);
  struct bc__marks ends = {NULL, 0};
  struct bc__wordtab w;
  size_t len, i;
  char *t;
  (void)state;
  for (i = 0; i < 5000; i++) {
    const char *p = pieces[pick(8)];
    bc_buf_add(&b, p, strlen(p));
    bc_buf_addc(&b, ' ');
  }
  t = bc_buf_take(&b, &len);
  assert_non_null(t);
  assert_int_equal(bc__marks_sentence_ends(t, len, &ends), BC_OK);
  assert_int_equal(bc__wordtab_init(&w, t, len, &ends), BC_OK);
  for (i = 0; i < w.n; i++)
    same_context(&w, t, len, (struct bc_span){w.start[i], w.end[i]});
  for (i = 0; i < 3000; i++) {
    size_t a = pick(len + 1);
    same_context(&w, t, len, (struct bc_span){a, a + pick(len - a + 1)});
  }
  bc__wordtab_release(&w);
  bc__marks_release(&ends);
  free(t);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(short_texts),
      cmocka_unit_test(long_texts),
      cmocka_unit_test(one_long_line),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
