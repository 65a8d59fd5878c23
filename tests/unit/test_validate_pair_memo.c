/* test_validate_pair_memo.c - the grouping the checker asks its pure
 * comparisons through (pair_memo.c): each fact's representative is the
 * first fact with the same key, byte for byte, for thousands of keys drawn
 * from a few (so the table's probing and collisions are walked), contexts
 * group exactly when their words are the same, and an overlap asked
 * through the groups is the overlap asked of the fact itself, for every
 * pair, with answers forgotten when the question changes; every group's
 * first fact listed once in order, and two groupings joined with a tag
 * grouping facts exactly when all three agree. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/validate_internal.h"

static unsigned long rng = 7;

static size_t pick(size_t n)
{
  rng = rng * 6364136223846793005UL + 1442695040888963407UL;
  return (size_t)(rng >> 33) % n;
}

/* The first fact whose key is i's, found the slow way. */
static size_t first_equal(const unsigned char *k, size_t size, size_t i)
{
  size_t j;
  for (j = 0; j < i; j++)
    if (memcmp(k + j * size, k + i * size, size) == 0)
      return j;
  return i;
}

/* first lists every group's first fact once, ascending. */
static void assert_first_of_each(const struct bc__groups *g)
{
  size_t i, k = 0;
  for (i = 0; i < g->n; i++)
    if (g->rep[i] == i) {
      assert_true(k < g->n_first);
      assert_int_equal(g->first[k++], i);
    }
  assert_int_equal(k, g->n_first);
}

static void keys_group_by_bytes(void **state)
{
  static const size_t sizes[] = {1, 7, 8, 13, 52, 104};
  size_t s, i;
  (void)state;
  for (s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
    size_t size = sizes[s], n = 3000;
    unsigned char *k = calloc(n, size);
    struct bc__groups g;
    assert_non_null(k);
    /* Keys drawn from 40 that differ in one byte anywhere. */
    for (i = 0; i < n; i++) {
      size_t v = pick(40);
      k[i * size + v % size] = (unsigned char)(1 + v / size);
    }
    assert_int_equal(bc__groups_by_key(&g, k, n, size), BC_OK);
    assert_int_equal(g.n, n);
    for (i = 0; i < n; i++)
      assert_int_equal(g.rep[i], first_equal(k, size, i));
    assert_first_of_each(&g);
    bc__groups_release(&g);
    assert_null(g.rep);
    free(k);
  }
}

/* Two groupings of the same facts and a tag per fact, joined: facts are
 * together when they are in both groupings and share the tag. */
static void joint_groups_by_both_and_tag(void **state)
{
  enum { N = 2000 };
  unsigned char *ka = calloc(N, 1), *kb = calloc(N, 1);
  unsigned *tag = calloc(N, sizeof *tag);
  struct bc__groups a, b, g;
  size_t i, j;
  (void)state;
  assert_true(ka && kb && tag);
  for (i = 0; i < N; i++) {
    ka[i] = (unsigned char)pick(6);
    kb[i] = (unsigned char)pick(5);
    tag[i] = (unsigned)pick(3);
  }
  assert_int_equal(bc__groups_by_key(&a, ka, N, 1), BC_OK);
  assert_int_equal(bc__groups_by_key(&b, kb, N, 1), BC_OK);
  assert_int_equal(bc__groups_joint(&g, &a, &b, tag, N), BC_OK);
  for (i = 0; i < N; i++) {
    for (j = 0; j < N; j++)
      if (ka[j] == ka[i] && kb[j] == kb[i] && tag[j] == tag[i])
        break;
    assert_int_equal(g.rep[i], j);
  }
  assert_first_of_each(&g);
  assert_true(g.n_first <= 6 * 5 * 3);
  bc__groups_release(&g);
  bc__groups_release(&b);
  bc__groups_release(&a);
  free(tag);
  free(kb);
  free(ka);
}

static void no_keys(void **state)
{
  struct bc__groups g;
  (void)state;
  assert_int_equal(bc__groups_by_key(&g, NULL, 0, 8), BC_OK);
  assert_int_equal(g.n, 0);
  bc__groups_release(&g);
}

static const char *const words[] = {"team",   "met",   "March", "shipped",
                                    "builds", "costs", "rose",  "percent",
                                    "the",    "and"};

/* Contexts of facts in sentences of a few words drawn from a small set,
 * so that many are the same set of words in another order. */
static void contexts_group_by_words(void **state)
{
  enum { N = 400 };
  struct bc__context *ctx = calloc(N, sizeof *ctx);
  struct bc__groups g;
  struct bc__answers a;
  size_t i, j, q;
  (void)state;
  assert_non_null(ctx);
  for (i = 0; i < N; i++) {
    char text[256];
    size_t len = 0, k, nw = 1 + pick(5);
    struct bc_span at;
    for (k = 0; k < nw; k++)
      len += (size_t)snprintf(text + len, sizeof text - len, "%s ",
                              words[pick(10)]);
    at.start = len;
    len += (size_t)snprintf(text + len, sizeof text - len, "42");
    at.end = len;
    for (k = 0; k < 2; k++)
      len += (size_t)snprintf(text + len, sizeof text - len, " %s",
                              words[pick(10)]);
    bc__validate_context(text, len, at, &ctx[i]);
  }
  assert_int_equal(bc__groups_by_context(&g, ctx, N), BC_OK);
  for (i = 0; i < N; i++) {
    size_t r = g.rep[i];
    assert_true(r <= i);
    assert_int_equal(ctx[r].nu, ctx[i].nu);
    assert_memory_equal(ctx[r].u, ctx[i].u, ctx[i].nu * sizeof ctx[i].u[0]);
    for (j = 0; j < r; j++)
      assert_false(ctx[j].nu == ctx[i].nu &&
                   memcmp(ctx[j].u, ctx[i].u, ctx[i].nu * sizeof ctx[i].u[0]) ==
                       0);
  }
  /* Every claim context against every source context, twice each so
   * that kept answers are read, a new question per claim. */
  assert_int_equal(bc__answers_init(&a, N), BC_OK);
  for (q = 0; q < N; q += 7) {
    a.now++;
    for (j = 0; j < 2 * N; j++)
      assert_int_equal(bc__answers_overlap(&a, &g, &ctx[q], ctx, j % N),
                       bc__validate_overlap(&ctx[q], &ctx[j % N]));
  }
  bc__answers_release(&a);
  bc__groups_release(&g);
  free(ctx);
}

static void answers_forget_on_a_new_question(void **state)
{
  struct bc__answers a;
  long v = 0;
  (void)state;
  assert_int_equal(bc__answers_init(&a, 3), BC_OK);
  assert_false(bc__answers_get(&a, 1, &v));
  bc__answers_set(&a, 1, 42);
  assert_true(bc__answers_get(&a, 1, &v));
  assert_int_equal(v, 42);
  assert_false(bc__answers_get(&a, 0, &v));
  a.now++;
  assert_false(bc__answers_get(&a, 1, &v));
  bc__answers_release(&a);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(keys_group_by_bytes),
      cmocka_unit_test(joint_groups_by_both_and_tag),
      cmocka_unit_test(no_keys),
      cmocka_unit_test(contexts_group_by_words),
      cmocka_unit_test(answers_forget_on_a_new_question),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
