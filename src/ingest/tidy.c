/* tidy.c - what extraction leaves in a block of text that the author did
 * not write there: footnote reference marks in the running text ("fails.
 * [ 2 ] So", "points[9],") and the empty brackets a dropped reference link
 * leaves behind.  A note's own label at the start of its block stays, only
 * tightened ("[ 1 ] The ..." -> "[1] The ...").  Words are never touched. */
#include <string.h>

#include "ingest/ingest.h"

static int digit(int c)
{
  return c >= '0' && c <= '9';
}

/* A reference mark "[9]", "[ 9 ]" or "[]" at s[i]: its digits [*d0, *d1)
 * and the index just past "]"; 0 when there is none. */
static size_t mark_at(const char *s, size_t n, size_t i, size_t *d0, size_t *d1)
{
  size_t j = i + 1;
  if (s[i] != '[')
    return 0;
  while (j < n && s[j] == ' ')
    j++;
  *d0 = j;
  while (j < n && digit((unsigned char)s[j]) && j - *d0 < 4)
    j++;
  *d1 = j;
  if (*d1 - *d0 > 3)
    return 0; /* "[2019]" is a year */
  while (j < n && s[j] == ' ')
    j++;
  return j < n && s[j] == ']' ? j + 1 : 0;
}

/* What may follow a reference mark: the end, a space, punctuation or
 * another mark. */
static int after_ok(const char *s, size_t n, size_t i)
{
  unsigned char c;
  if (i >= n)
    return 1;
  c = (unsigned char)s[i];
  return c == ' ' || strchr(".,;:!?)'\"[", c) ||
         (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
          ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x9D));
}

/* Whether the word before out[o] reads as code ("args[1]", "a.b[2]"), in
 * which a bracketed number is an index, not a reference. */
static int code_before(const char *out, size_t o)
{
  size_t k = o;
  if (k == 0 || out[k - 1] == ' ')
    return 0;
  while (k > 0 && out[k - 1] != ' ') {
    char c = out[k - 1];
    if ((c == '_' || c == '(' || c == '=' || (c == '.' && k < o)) && k < o)
      return 1;
    k--;
  }
  return 0;
}

/* A mark glued to a word and followed by more of the sentence in lower
 * case ("args[1] to get") is an index; a reference glued to a word ends
 * a clause ("points[9],") or a sentence ("points[9] The"). */
static int index_like(const char *out, size_t o, size_t n, size_t end)
{
  unsigned char prev = (unsigned char)out[o - 1];
  if (!((prev | 0x20) >= 'a' && (prev | 0x20) <= 'z') &&
      !(prev >= '0' && prev <= '9'))
    return 0;
  return end + 1 < n && out[end] == ' ' && out[end + 1] >= 'a' &&
         out[end + 1] <= 'z';
}

size_t bc__tidy_refs(char *s, size_t n)
{
  size_t i = 0, o = 0, d0, d1, end;
  while (i < n) {
    if (s[i] == '[' && (end = mark_at(s, n, i, &d0, &d1)) != 0) {
      size_t more, e0, e1;
      /* a run of marks, "[12][13]", is one */
      while (o > 0 && (more = mark_at(s, n, end, &e0, &e1)) != 0 && e1 > e0)
        end = more;
      if (o == 0 && d1 > d0) {
        /* a note's label: "[1]" */
        s[o++] = '[';
        memmove(s + o, s + d0, d1 - d0);
        o += d1 - d0;
        s[o++] = ']';
        i = end;
        continue;
      }
      if (o > 0 && s[o - 1] != '(' && s[o - 1] != '[' && after_ok(s, n, end) &&
          !code_before(s, o) && !index_like(s, o, n, end)) {
        /* the space before the mark goes when punctuation or the end
         * follows, the one after it when a word does */
        if (s[o - 1] == ' ' && (end >= n || s[end] != ' '))
          o--;
        else if (s[o - 1] == ' ' && end < n && s[end] == ' ')
          end++;
        i = end;
        continue;
      }
    }
    s[o++] = s[i++];
  }
  while (o > 0 && s[o - 1] == ' ')
    o--;
  return o;
}
