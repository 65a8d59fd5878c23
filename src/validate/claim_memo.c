/* claim_memo.c - the books a checker keeps for one claim while it asks, of
 * source fact after source fact, whether the claim's own sentence states
 * it ("from February 2023 to June 2024", "from 9 to 16 engineers"): the
 * claim's values grouped by sentence once, and per source fact the
 * sentence last answered.  What a value is and what the answer holds is
 * the checker's (check_dates.c, check_numbers.c); this file only keeps the
 * order and the cache. */
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "validate/validate_internal.h"

int bc__claim_memo_init(struct bc__claim_memo *m, size_t n_claim, size_t elem,
                        size_t n_src)
{
  memset(m, 0, sizeof *m);
  m->elem = elem;
  m->n_src = n_src;
  m->val = bc__calloc(n_claim ? n_claim : 1, elem);
  m->asked = bc__calloc(n_src ? n_src : 1, sizeof *m->asked);
  if (!m->val || !m->asked) {
    bc__claim_memo_release(m);
    return 1;
  }
  return 0;
}

void *bc__claim_memo_push(struct bc__claim_memo *m, size_t sent, size_t i)
{
  struct bc__memo_key *k =
      (struct bc__memo_key *)((char *)m->val + m->n * m->elem);
  k->sent = sent;
  k->i = i;
  m->n++;
  return k;
}

static int by_sentence(const void *a, const void *b)
{
  const struct bc__memo_key *x = a, *y = b;
  if (x->sent != y->sent)
    return x->sent < y->sent ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

void bc__claim_memo_sort(struct bc__claim_memo *m)
{
  if (m->n > 1)
    qsort(m->val, m->n, m->elem, by_sentence);
}

const void *bc__claim_memo_at(const struct bc__claim_memo *m, size_t j)
{
  return (const char *)m->val + j * m->elem;
}

size_t bc__claim_memo_first(const struct bc__claim_memo *m, size_t sent)
{
  size_t lo = 0, hi = m->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const struct bc__memo_key *k = bc__claim_memo_at(m, mid);
    if (k->sent < sent)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

int bc__claim_memo_asked(struct bc__claim_memo *m, size_t k, size_t sent)
{
  if (m->asked[k] == sent + 1)
    return 1;
  m->asked[k] = sent + 1;
  return 0;
}

void bc__claim_memo_release(struct bc__claim_memo *m)
{
  free(m->val);
  free(m->asked);
  m->val = NULL;
  m->asked = NULL;
  m->n = 0;
}
