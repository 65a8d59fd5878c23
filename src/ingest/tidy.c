/* tidy.c - what extraction leaves in a block of text that the author did
 * not write there: footnote reference marks in the running text ("fails.
 * [ 2 ] So", "points[9],") and the empty brackets a dropped reference link
 * leaves behind, and the space lost where list lines of a scraped page were
 * glued ("energy mixMar 2013 - Construction").  A note's own label at the
 * start of its block stays, only tightened ("[ 1 ] The ..." -> "[1] The
 * ...").  Words are never changed, only set apart, except that characters
 * encoded twice ("Â£") are read back (mojibake.c). */
#include <stdlib.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/calendar.h"

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
  n = bc__mojibake_repair(s, n); /* "Â£" -> "£" first (mojibake.c) */
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

/* --- months glued to the word before -------------------------------------
 * A page whose list lines lost their breaks reads "... part of future
 * energy mixMar 2013 - Construction of Hinkley Point approvedOct 2013 -
 * UK government agrees ...".  A month name or abbreviation, capitalised,
 * right after two lower-case letters and followed by a day or a year is
 * such a seam: no English word ends that way ("iPhone", "McDonald",
 * "eBay" have no month in them, and "dismayMay" is no word either). */

static int lower_at(const char *s, size_t i)
{
  return s[i] >= 'a' && s[i] <= 'z';
}

static int letter_at(const char *s, size_t n, size_t i)
{
  return i < n && (lower_at(s, i) || (s[i] >= 'A' && s[i] <= 'Z'));
}

/* The month name or abbreviation at s[i] as a whole word, written
 * "March" or "Mar": its length, else 0. */
static size_t month_at(const char *s, size_t n, size_t i)
{
  size_t m = 0;
  while (letter_at(s, n, i + m))
    m++;
  return bc__cal_month_capitalised(s + i, m) ? m : 0;
}

/* A day (1 to 31, perhaps "5th" or "5,") or a year (1000 to 2199) at
 * s[j], ending there. */
static int day_or_year_at(const char *s, size_t n, size_t j)
{
  size_t d = j;
  int v = 0;
  while (j < n && digit((unsigned char)s[j]) && j - d < 5)
    v = v * 10 + (s[j++] - '0');
  if (j == d || (j < n && digit((unsigned char)s[j])))
    return 0;
  if (j - d == 4)
    return v >= 1000 && v <= 2199 && !letter_at(s, n, j);
  if (j - d > 2 || v < 1 || v > 31)
    return 0;
  if (letter_at(s, n, j))
    return j + 2 <= n && !letter_at(s, n, j + 2) &&
           (!memcmp(s + j, "st", 2) || !memcmp(s + j, "nd", 2) ||
            !memcmp(s + j, "rd", 2) || !memcmp(s + j, "th", 2));
  return 1;
}

/* Does a month glued to the word before it start at s[i]?  That word
 * has no capital but its first letter: in "eBayMar 2013" or
 * "McDonaldMay 5" the capitals are a name's own. */
static int glued_month(const char *s, size_t n, size_t i)
{
  size_t m, j;
  if (i < 2 || !(s[i] >= 'A' && s[i] <= 'Z') || !lower_at(s, i - 1) ||
      !lower_at(s, i - 2) || (m = month_at(s, n, i)) == 0)
    return 0;
  for (j = i - 2; j > 0 && letter_at(s, n, j - 1); j--)
    if (j - 1 > 0 && letter_at(s, n, j - 2) && !lower_at(s, j - 1))
      return 0;
  j = i + m;
  if (j < n && s[j] == '.')
    j++;
  return j + 1 < n && s[j] == ' ' && day_or_year_at(s, n, j + 1);
}

/* Does a day glued to the month before it start at s[i], with a month
 * after it ("Published 12 June10 June")?  Two dates of a list ran
 * together; "June10" is no word, while "Win10" or "mp3" name no month. */
static int glued_day(const char *s, size_t n, size_t i)
{
  size_t w = i, j = i;
  if (i < 3 || !digit((unsigned char)s[i]) || !letter_at(s, n, i - 1))
    return 0;
  while (w > 0 && letter_at(s, n, w - 1))
    w--;
  if (month_at(s, n, w) != i - w)
    return 0;
  while (j < n && digit((unsigned char)s[j]) && j - i < 3)
    j++;
  return j - i <= 2 && day_or_year_at(s, n, i) && j + 1 < n && s[j] == ' ' &&
         month_at(s, n, j + 1);
}

/* A seam at s[i]: a month glued to the word before it or a day glued to
 * the month before it. */
static int seam(const char *s, size_t n, size_t i)
{
  return glued_month(s, n, i) || glued_day(s, n, i);
}

bc_status bc__tidy_months(struct bc_buf *b, size_t start)
{
  size_t i, k = 0, n, o;
  char *copy;
  if (!b->ptr || b->len <= start)
    return BC_OK;
  n = b->len - start;
  for (i = 2; i < n; i++)
    k += seam(b->ptr + start, n, i);
  if (!k)
    return BC_OK;
  copy = bc__malloc(n);
  if (!copy)
    return BC_ERR_NOMEM;
  memcpy(copy, b->ptr + start, n);
  for (i = 0; i < k; i++)
    if (bc_buf_addc(b, ' ')) {
      free(copy);
      return bc_buf_status(b);
    }
  for (i = 0, o = start; i < n; i++) {
    if (seam(copy, n, i))
      b->ptr[o++] = ' ';
    b->ptr[o++] = copy[i];
  }
  free(copy);
  return BC_OK;
}
