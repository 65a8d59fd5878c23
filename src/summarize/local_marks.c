/* local_marks.c - straight quotation marks paired across the paragraph
 * breaks a scrape lost.  A news story quotes a speaker over several
 * paragraphs: each opens with a mark and only the last closes.  Joined
 * into one line ('are right."There is always ... the quality."Speaking
 * before'), a mark between a stop and a capital may close the quotation
 * before it, open the one after it, or open a new paragraph of the same
 * speaker's words; counting marks per sentence then takes the story's
 * own sentences for quotations and the speaker's for the story's.  Here
 * each such mark is given the part that makes the marks around it pair:
 * a mark that could only open ('said: "He') or only close ('view,"
 * Vaughan told') fixes where a quotation stands, and the ambiguous ones
 * between two of those toggle, save one that reopens a quotation still
 * open when their count would otherwise leave the next fixed mark
 * unpaired. */
#include <stdlib.h>
#include <string.h>

#include "summarize/local.h"

enum { MARK_OPEN, MARK_CLOSE, MARK_EITHER };

struct mark {
  size_t at;
  int kind;
};

static int is_upper_or_digit(char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Whether t[p] starts two apostrophes after a stop or a comma that stand
 * for a closing mark ('to cut a knot,'' he said'). */
static int closing_pair(const char *t, size_t n, size_t p)
{
  return p && p + 1 < n && t[p] == '\'' && t[p + 1] == '\'' &&
         strchr(".,!?", t[p - 1]);
}

/* The kind of the straight mark at t[p], in t[0..n). */
static int mark_kind(const char *t, size_t n, size_t p)
{
  char before = p ? t[p - 1] : ' ', after = p + 1 < n ? t[p + 1] : ' ';
  if (strchr(".!?", before) &&
      (is_upper_or_digit(after) ||
       (after == ' ' && p + 2 < n && is_upper_or_digit(t[p + 2]))))
    return MARK_EITHER;
  if ((before == ' ' || before == '\n' || before == '(' || before == ':' ||
       !p) &&
      after != ' ' && after != '\n')
    return MARK_OPEN;
  return MARK_CLOSE;
}

/* Resolve the ambiguous marks m[from..to) between two fixed ones: inside
 * is the state before them, want the state the next fixed mark needs. */
static void resolve_run(struct mark *m, size_t from, size_t to, int inside,
                        int want)
{
  size_t i;
  /* toggling each leaves inside ^ (count odd); when that is not what the
   * next mark needs, the first mark met inside a quotation reopens it */
  int reopen = (inside ^ (int)((to - from) & 1)) != want;
  for (i = from; i < to; i++) {
    if (inside && reopen) {
      m[i].kind = MARK_OPEN;
      reopen = 0;
      continue;
    }
    m[i].kind = inside ? MARK_CLOSE : MARK_OPEN;
    inside = !inside;
  }
  /* no choice pairs them (a mark was lost or written otherwise): none of
   * them opens a quotation, so none is taken for one too long */
  if (reopen)
    for (i = from; i < to; i++)
      m[i].kind = MARK_CLOSE;
}

/* Set quoted (and clear lone) on every candidate that opens inside a
 * quotation or ends inside one, after the marks are paired; a mark that
 * belongs to the sentence next to it leaves the span it was given. */
void bc__local_pair_marks(struct bc__local *b)
{
  const char *t = b->doc->text;
  size_t n, p, i, count = 0, k, run = 0;
  struct mark *m;
  int inside = 0;
  if (!b->n)
    return;
  n = b->c[b->n - 1].span.end;
  for (p = b->c[0].span.start; p < n; p++)
    count += t[p] == '"' || closing_pair(t, n, p);
  if (!count)
    return;
  m = bc__malloc(count * sizeof *m);
  if (!m)
    return; /* out of memory: the marks stay as counted per sentence */
  count = 0;
  for (p = b->c[0].span.start; p < n; p++)
    if (t[p] == '"' || closing_pair(t, n, p)) {
      m[count].at = p;
      m[count].kind = t[p] == '"' ? mark_kind(t, n, p) : MARK_CLOSE;
      count++;
    }
  for (i = 0; i <= count; i++) {
    if (i < count && m[i].kind == MARK_EITHER)
      continue;
    /* a run of ambiguous marks ends at a fixed mark or at the end: an
     * opening one needs none open before it, a closing one one open */
    resolve_run(m, run, i, inside, i < count && m[i].kind == MARK_CLOSE);
    if (i < count)
      inside = m[i].kind == MARK_OPEN;
    else
      break;
    run = i + 1;
  }
  /* walk the candidates with the state the paired marks give */
  inside = 0;
  i = 0;
  for (k = 0; k < b->n; k++) {
    struct bc__local_cand *c = &b->c[k];
    size_t first = c->span.start;
    int at_start, at_end = 0;
    while (i < count && m[i].at < first) {
      inside = m[i].kind == MARK_OPEN;
      i++;
    }
    /* a closing mark before the sentence's first word is the sentence
     * before's: the sentence starts after it */
    while (i < count && m[i].at == first && m[i].kind == MARK_CLOSE) {
      inside = 0;
      i++;
      first++;
      while (first < c->span.end && t[first] == ' ')
        first++;
    }
    at_start = inside;
    while (i < count && m[i].at < c->span.end) {
      at_end = inside; /* the state before the last mark */
      inside = m[i].kind == MARK_OPEN;
      i++;
    }
    /* an opening mark that ends the span is the next sentence's: the
     * sentence ends before it, in the state before it */
    if (i && m[i - 1].kind == MARK_OPEN && m[i - 1].at + 1 == c->span.end &&
        m[i - 1].at > first)
      c->span.end--;
    else
      at_end = inside;
    if (first > c->span.start && first < c->span.end) {
      /* whether it reads on its own was asked of it with the mark: ask
       * again of its words ('" But when ...' opens on "But") */
      c->span.start = first;
      c->lone =
          c->lone && bc__local_stands_alone(
                         t + first, c->span.end - first,
                         bc__local_count_words(t + first, c->span.end - first));
    }
    if (at_start || at_end) {
      c->quoted = 1;
      c->lone = 0;
    }
  }
  free(m);
}
