/* date.c - normalizing the dates found in feeds, front matter and bylines to
 * ISO 8601.  It keeps the calendar date as written (no time-zone arithmetic,
 * which would silently move a post to another day) and rejects impossible
 * dates instead of guessing. */

#include <stdio.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/calendar.h"

static int lower(int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int is_digit(int c)
{
  return c >= '0' && c <= '9';
}

static int is_alpha(int c)
{
  c = lower(c);
  return c >= 'a' && c <= 'z';
}

static int make(int y, int m, int d, char out[BC_DATE_ISO_SIZE])
{
  if (y < 1000 || y > 9999 || m < 1 || m > 12)
    return 0;
  if (d == 0) {
    snprintf(out, BC_DATE_ISO_SIZE, "%04d-%02d", y % 10000, m % 100);
    return 1;
  }
  if (d < 1 || d > bc__cal_days_in_month(y, m))
    return 0;
  snprintf(out, BC_DATE_ISO_SIZE, "%04d-%02d-%02d", y % 10000, m % 100,
           d % 100);
  return 1;
}

/* Read up to max digits at s[*i]; returns the count read. */
static size_t digits(const char *s, size_t len, size_t *i, size_t max, int *val)
{
  size_t n = 0;
  *val = 0;
  while (*i < len && n < max && is_digit((unsigned char)s[*i])) {
    *val = *val * 10 + (s[*i] - '0');
    (*i)++;
    n++;
  }
  return n;
}

/* "2019-07-20", "2019/07/20", "2019-07-20T10:00Z", "2019-07". */
static int numeric(const char *s, size_t len, size_t i,
                   char out[BC_DATE_ISO_SIZE])
{
  int y, m, d = 0;
  char sep;
  if (digits(s, len, &i, 4, &y) != 4 || i >= len)
    return 0;
  sep = s[i];
  if (sep != '-' && sep != '/' && sep != '.')
    return 0;
  i++;
  if (digits(s, len, &i, 2, &m) == 0)
    return 0;
  if (i < len && s[i] == sep) {
    i++;
    if (digits(s, len, &i, 2, &d) == 0)
      return 0;
    if (d == 0)
      return 0;
  }
  if (i < len && is_digit((unsigned char)s[i]))
    return 0;
  return make(y, m, d, out);
}

/* "Sat, 20 Jul 2019 10:00:00 +0000", "20 July 2019", "July 20, 2019",
 * "Jul 20th 2019". */
static int worded(const char *s, size_t len, size_t i,
                  char out[BC_DATE_ISO_SIZE])
{
  int day = 0, mon = 0, year = 0, v;
  for (int tok = 0; tok < 5 && i < len && !(day && mon && year); tok++) {
    while (i < len && (s[i] == ' ' || s[i] == ',' || s[i] == '\t' ||
                       s[i] == '.' || s[i] == '-'))
      i++;
    if (i >= len)
      break;
    if (is_digit((unsigned char)s[i])) {
      size_t n = digits(s, len, &i, 5, &v);
      /* Ordinal suffixes: 1st, 2nd, 3rd, 20th. */
      while (i < len && is_alpha((unsigned char)s[i]) && n <= 2)
        i++;
      if (n == 4 && !year && (day || mon))
        year = v;
      else if (n <= 2 && !day && v >= 1 && v <= 31)
        day = v;
      else
        return 0;
    } else if (is_alpha((unsigned char)s[i])) {
      size_t w = i;
      int mo;
      while (i < len && is_alpha((unsigned char)s[i]))
        i++;
      mo = bc__cal_month_of(s + w, i - w);
      if (mo && !mon)
        mon = mo;
      else if (tok > 0 || i - w > 9)
        return 0; /* only a leading weekday may be skipped */
    } else {
      return 0;
    }
  }
  if (!mon || !year)
    return 0;
  return make(year, mon, day, out);
}

int bc__date_iso_buf(const char *s, size_t len, char out[BC_DATE_ISO_SIZE])
{
  size_t i = 0;
  if (!s)
    return 0;
  while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
                     s[i] == '\r' || s[i] == '"' || s[i] == '\''))
    i++;
  if (i + 4 <= len && is_digit((unsigned char)s[i]) &&
      is_digit((unsigned char)s[i + 1]) && is_digit((unsigned char)s[i + 2]) &&
      is_digit((unsigned char)s[i + 3]))
    return numeric(s, len, i, out);
  return worded(s, len, i, out);
}

char *bc__date_iso(const char *s, size_t len)
{
  char buf[BC_DATE_ISO_SIZE];
  return bc__date_iso_buf(s, len, buf) ? bc_strdup(buf) : NULL;
}
