/* check_scores.c - match scores ("the 3-3 draw", "beaten 2-1").  The
 * analyzer reads no quantity in a score, yet a writer slips on one as on
 * any figure.  A score is two numbers of one or two digits joined by a
 * hyphen or an en dash, with a word of a result right before or after it
 * ("drew 1-1", "a 4-1 defeat").  A claim's score the source never writes,
 * in either order, where the source gives a score of the same kind of
 * result (a draw, or a game won and lost) in words the claim shares, is
 * an error.  A score with no result word beside it ("4-0 vs Burnley") and
 * a hyphenated range ("2-3 weeks") are left alone. */
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "validate/validate_internal.h"

#define NONE ((size_t)-1)
#define SCORE_WORD 12 /* the longest result word */

enum { RESULT_NONE, RESULT_DRAW, RESULT_DECIDED };

struct score {
  int a, b;
  int result;
  struct bc_span at; /* the score, with its result word */
};

static int is_digit(char ch)
{
  return ch >= '0' && ch <= '9';
}

/* What kind of result the word t[0..n) names: a draw, a game decided. */
static int result_word(const char *t, size_t n)
{
  static const char *const draw[] = {"draw", "draws", "drew", "drawn"};
  static const char *const decided[] = {
      "win",      "wins",      "won",      "winning", "victory", "victories",
      "beat",     "beats",     "beaten",   "beating", "defeat",  "defeats",
      "defeated", "loss",      "losses",   "lost",    "lose",    "loses",
      "losing",   "thrashing", "thrashed", "triumph"};
  if (n == 0 || n > SCORE_WORD)
    return RESULT_NONE;
  if (bc__check_word_listed(t, n, draw, sizeof draw / sizeof draw[0]))
    return RESULT_DRAW;
  if (bc__check_word_listed(t, n, decided, sizeof decided / sizeof decided[0]))
    return RESULT_DECIDED;
  return RESULT_NONE;
}

/* The number of one or two digits at t[*i], read past; -1 if none. */
static int small_number(const char *t, size_t len, size_t *i)
{
  size_t s = *i;
  int v = 0;
  while (*i < len && is_digit(t[*i]) && *i - s < 3)
    v = v * 10 + (t[(*i)++] - '0');
  return *i == s || *i - s > 2 ? -1 : v;
}

/* The score at t[i] (the start of a word), into *out: nonzero when there
 * is one.  Without need_result, any "N-N" of small numbers counts, so
 * that a source's "(4-0 vs Burnley)" supports a claim's "4-0 win". */
static int score_at(const char *t, size_t len, size_t i, int need_result,
                    struct score *out)
{
  size_t j = i, k, ws, we;
  int a, b;
  if (i > 0 && (bc__check_is_alnum((unsigned char)t[i - 1]) ||
                strchr("-./$£€:,", t[i - 1])))
    return 0;
  a = small_number(t, len, &j);
  if (a < 0 || j >= len)
    return 0;
  if (t[j] == '-')
    j++;
  else if (j + 2 < len && (unsigned char)t[j] == 0xE2 &&
           (unsigned char)t[j + 1] == 0x80 && (unsigned char)t[j + 2] == 0x93)
    j += 3;
  else
    return 0;
  b = small_number(t, len, &j);
  if (b < 0)
    return 0;
  /* "3-1-2", "2-3%", "1-2.5", "2-3pm": no score. */
  if (j < len &&
      (bc__check_is_alnum((unsigned char)t[j]) || strchr("-%/", t[j]) ||
       ((t[j] == '.' || t[j] == ',' || t[j] == ':') && j + 1 < len &&
        is_digit(t[j + 1]))))
    return 0;
  out->a = a;
  out->b = b;
  out->at = (struct bc_span){i, j};
  out->result = RESULT_NONE;
  /* The word right after: "a 3-3 draw". */
  for (k = j; k < len && t[k] == ' '; k++)
    ;
  for (ws = k, we = k;
       we < len && we - ws <= SCORE_WORD &&
       ((t[we] >= 'a' && t[we] <= 'z') || (t[we] >= 'A' && t[we] <= 'Z'));
       we++)
    ;
  if (k > j && k - j <= 1 && (out->result = result_word(t + ws, we - ws)))
    out->at.end = we;
  /* Else the word right before: "were beaten 2-1". */
  if (!out->result && i >= 2 && t[i - 1] == ' ') {
    we = i - 1;
    for (ws = we; ws > 0 && we - ws <= SCORE_WORD &&
                  ((t[ws - 1] >= 'a' && t[ws - 1] <= 'z') ||
                   (t[ws - 1] >= 'A' && t[ws - 1] <= 'Z'));
         ws--)
      ;
    if ((out->result = result_word(t + ws, we - ws)))
      out->at.start = ws;
  }
  /* A draw is level; "a 2-1 draw" is no score read right. */
  if (out->result == RESULT_DRAW && a != b)
    out->result = RESULT_NONE;
  return out->result || !need_result;
}

static int same_score(const struct score *x, const struct score *y)
{
  return (x->a == y->a && x->b == y->b) || (x->a == y->b && x->b == y->a);
}

static void check_score(struct bc__vstate *v, const struct bc__claim *c,
                        const struct score *cs)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, best = NONE, best_ov = 0, second_ov = 0;
  struct score bs = {0, 0, 0, {0, 0}};
  struct bc__context cctx, sctx;
  v->r->checked.numbers++;
  bc__validate_context(c->text, c->len, cs->at, &cctx);
  for (i = 0; i < len; i++) {
    struct score s;
    size_t ov;
    if (!is_digit(t[i]) || !score_at(t, len, i, 0, &s))
      continue;
    if (same_score(&s, cs))
      return; /* the source writes this score */
    i = s.at.end > i ? s.at.end - 1 : i;
    if (s.result != cs->result)
      continue;
    bc__validate_context(t, len, s.at, &sctx);
    ov = bc__validate_overlap(&cctx, &sctx);
    if (best == NONE || ov > best_ov) {
      if (best != NONE && !same_score(&s, &bs))
        second_ov = best_ov;
      best = i;
      best_ov = ov;
      bs = s;
    } else if (!same_score(&s, &bs) && ov > second_ov) {
      second_ov = ov;
    }
  }
  /* Two words in common at least, and no other score nearly as close. */
  if (best == NONE || best_ov < 2 || second_ov + 1 >= best_ov)
    return;
  bc__check_source_says(v, c, cs->at, bs.at, NULL, 0);
}

void bc__check_scores(struct bc__vstate *v, const struct bc__claim *c)
{
  const char *t = c->text;
  size_t len = c->len, i;
  if (!v->doc->text)
    return;
  for (i = 0; i < len && !v->rc; i++) {
    struct score s;
    if (!is_digit(t[i]) || !score_at(t, len, i, 1, &s))
      continue;
    if (!bc__check_overlaps_date(c->f, (struct bc_span){i, i + 1}))
      check_score(v, c, &s);
    i = s.at.end > i ? s.at.end - 1 : i;
  }
}
