/* check_numbers_cells.c - a value the source gives in a table cell.  A
 * page's table reaches the checker flattened, one cell to a line, so the
 * cell "63" has no words of its own: the row it belongs to is the few
 * short lines above it ("Larry Ogunjobi", "DL").  A claim that states the
 * cell's value and names a word of its row states the source's value, and
 * is no mix-up with a number elsewhere in more words ("played 6 snaps"). */
#include <string.h>

#include "validate/validate_internal.h"

/* Cells before a value that can still be of its row (the words of the
 * row end at a value cell above them), and the longest line read as a
 * cell. */
#define ROW_CELLS 6
#define CELL_LEN 60

static int is_upper_ascii(char ch)
{
  return ch >= 'A' && ch <= 'Z';
}

static int is_word_char(char ch)
{
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
         (ch >= '0' && ch <= '9') || (unsigned char)ch >= 0x80;
}

/* Is t[s..e) the only thing on its line but for spaces and a unit sign
 * ("63", "85%")? */
static int alone_on_line(const char *t, size_t len, size_t s, size_t e)
{
  size_t i;
  for (i = s; i > 0 && t[i - 1] != '\n'; i--)
    if (t[i - 1] != ' ' && t[i - 1] != '$')
      return 0;
  for (i = e; i < len && t[i] != '\n'; i++)
    if (t[i] != ' ' && t[i] != '%')
      return 0;
  return 1;
}

/* Is the word w[0..n) in the claim's text as a whole word? */
static int in_claim(const struct bc__claim *c, const char *w, size_t n)
{
  const char *p = c->text, *end = c->text + c->len;
  while (p + n <= end) {
    const char *q = memchr(p, w[0], (size_t)(end - p));
    if (!q || q + n > end)
      return 0;
    if (memcmp(q, w, n) == 0 && (q == c->text || !is_word_char(q[-1])) &&
        (q + n == end || !is_word_char(q[n])))
      return 1;
    p = q + 1;
  }
  return 0;
}

/* Is the line t[b..e) a value alone: digits and signs, no letter? */
static int numeric_cell(const char *t, size_t b, size_t e)
{
  size_t i;
  int digit = 0;
  for (i = b; i < e; i++) {
    if (t[i] >= '0' && t[i] <= '9')
      digit = 1;
    else if (!strchr(" $%.,+-", t[i]))
      return 0;
  }
  return digit;
}

/* Does a short line t[s..e) hold a capitalised word of three letters or
 * more that the claim names? */
static int cell_named(const struct bc__claim *c, const char *t, size_t s,
                      size_t e)
{
  size_t i = s;
  while (i < e) {
    size_t b;
    while (i < e && !is_word_char(t[i]))
      i++;
    b = i;
    while (i < e && is_word_char(t[i]))
      i++;
    if (i - b >= 3 && is_upper_ascii(t[b]) && in_claim(c, t + b, i - b))
      return 1;
  }
  return 0;
}

int bc__check_cell_stated(const struct bc__vstate *v, const struct bc__claim *c,
                          const struct bc_number_fact *nf)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i;
  if (!t)
    return 0;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    size_t at, cells = 0, words = 0;
    if (s->value != nf->value || s->value_hi != nf->value_hi ||
        !alone_on_line(t, len, s->span.start, s->span.end))
      continue;
    for (at = s->span.start; at > 0 && t[at - 1] != '\n'; at--)
      ;
    /* The short lines above, blank ones skipped, up to a long one. */
    while (at > 0 && cells < ROW_CELLS) {
      size_t e = at - 1, b;
      while (e > 0 && t[e - 1] == '\n')
        e--;
      for (b = e; b > 0 && t[b - 1] != '\n'; b--)
        ;
      if (e == b)
        break;
      if (e - b > CELL_LEN)
        break;
      /* A value's cell after a cell of words is the row above's. */
      if (numeric_cell(t, b, e)) {
        if (words)
          break;
      } else if (cell_named(c, t, b, e)) {
        return 1;
      } else {
        words++;
      }
      cells++;
      at = b;
    }
  }
  return 0;
}
