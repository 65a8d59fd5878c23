/* date.c - normalizing the dates found in feeds, front matter, bylines,
 * page metadata and date lines to ISO 8601.  It keeps the calendar date as
 * written (no time-zone arithmetic, which would silently move a post to another
 * day) and rejects impossible dates instead of guessing. */

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
  return bc__date_iso_buf(s, len, buf) ? bc__strdup(buf) : NULL;
}

/* --- dates as pages write them ------------------------------------------ */

/* The reader below serves HTML metadata, post headings and date lines: it
 * finds a date inside a phrase and refuses ambiguous numeric forms, where
 * bc__date_iso_buf above reads a value that is known to be a date. */

/* A date of a web page: years 1000-2999 only, d == 0 for a month. */
static int valid_ymd(int y, int m, int d)
{
  if (y < 1000 || y > 2999 || m < 1 || m > 12)
    return 0;
  return d == 0 || bc__cal_valid(y, m, d);
}

static void fmt(char iso[11], int y, int m, int d)
{
  char *p = iso;
  int v[3] = {y, m, d};
  for (int k = 0; k < 3; k++) {
    int w = k ? 2 : 4, x = v[k];
    if (k && !x)
      break;
    if (k)
      *p++ = '-';
    for (int i = w - 1; i >= 0; i--) {
      p[i] = (char)('0' + x % 10);
      x /= 10;
    }
    p += w;
  }
  *p = '\0';
}

/* A number of exactly 1-4 digits at s[*i]; -1 otherwise. */
static int number(const char *s, size_t len, size_t *i, int *ndig)
{
  int v = 0, n = 0;
  size_t j = *i;
  while (j < len && is_digit((unsigned char)s[j]) && n < 5) {
    v = v * 10 + (s[j] - '0');
    j++;
    n++;
  }
  if (n == 0 || n > 4)
    return -1;
  *i = j;
  *ndig = n;
  return v;
}

/* A month name (full or three letters, optionally with a dot) at s[*i]. */
static int month_at(const char *s, size_t len, size_t *i)
{
  size_t j = *i;
  int m;
  while (j < len && is_alpha((unsigned char)s[j]))
    j++;
  m = bc__cal_month_of(s + *i, j - *i);
  if (!m)
    return 0;
  if (j < len && s[j] == '.')
    j++;
  *i = j;
  return m;
}

static size_t skip_sep(const char *s, size_t len, size_t i)
{
  while (i < len && (s[i] == ' ' || s[i] == ',' || s[i] == '\t' ||
                     s[i] == '\n' || s[i] == '.' || s[i] == '\r'))
    i++;
  return i;
}

/* Try to read a date starting exactly at s[i]; on success set *end. */
int bc__date_at(const char *s, size_t len, size_t i, size_t *end, char iso[11])
{
  size_t j = i;
  int a, b, c, na, nb, nc, m;
  if (is_digit((unsigned char)s[j])) {
    a = number(s, len, &j, &na);
    if (a < 0)
      return 0;
    if (na == 4 && j < len && (s[j] == '-' || s[j] == '/' || s[j] == '.')) {
      char sep = s[j++];
      b = number(s, len, &j, &nb);
      if (b < 0 || nb > 2)
        return 0;
      if (j < len && s[j] == sep) {
        j++;
        c = number(s, len, &j, &nc);
        if (c < 0 || nc > 2 || !valid_ymd(a, b, c) || c == 0)
          return 0;
        if (j < len && is_digit((unsigned char)s[j]))
          return 0;
        fmt(iso, a, b, c);
        *end = j;
        return 1;
      }
      return 0;
    }
    if (na == 8 && 0)
      return 0;
    if (na <= 2) {
      size_t k = j;
      /* "14 June 2019", "14th of June, 2019" */
      if (k + 1 < len && is_alpha((unsigned char)s[k]) &&
          (!strncmp(s + k, "st", 2) || !strncmp(s + k, "nd", 2) ||
           !strncmp(s + k, "rd", 2) || !strncmp(s + k, "th", 2)))
        k += 2;
      k = skip_sep(s, len, k);
      if (k + 3 < len && !strncmp(s + k, "of ", 3))
        k += 3;
      m = month_at(s, len, &k);
      if (m) {
        k = skip_sep(s, len, k);
        c = number(s, len, &k, &nc);
        if (c >= 0 && nc == 4 && valid_ymd(c, m, a) && a > 0) {
          fmt(iso, c, m, a);
          *end = k;
          return 1;
        }
        return 0;
      }
      /* numeric d/m/y: accepted only when the order is certain */
      if (j < len && (s[j] == '/' || s[j] == '.' || s[j] == '-')) {
        char sep = s[j++];
        b = number(s, len, &j, &nb);
        if (b < 0 || nb > 2 || j >= len || s[j] != sep)
          return 0;
        j++;
        c = number(s, len, &j, &nc);
        if (c < 0 || nc != 4)
          return 0;
        if (a > 12 && valid_ymd(c, b, a) && b <= 12) {
          fmt(iso, c, b, a);
          *end = j;
          return 1;
        }
        if (b > 12 && valid_ymd(c, a, b)) {
          fmt(iso, c, a, b);
          *end = j;
          return 1;
        }
        if (a == b && valid_ymd(c, a, b)) {
          fmt(iso, c, a, b);
          *end = j;
          return 1;
        }
      }
    }
    return 0;
  }
  if (is_alpha((unsigned char)s[j])) {
    m = month_at(s, len, &j);
    if (!m)
      return 0;
    j = skip_sep(s, len, j);
    a = number(s, len, &j, &na);
    if (a < 0)
      return 0;
    if (na == 4) { /* "June 2019" */
      if (!valid_ymd(a, m, 0))
        return 0;
      fmt(iso, a, m, 0);
      *end = j;
      return 1;
    }
    if (na > 2)
      return 0;
    if (j + 1 < len && (!strncmp(s + j, "st", 2) || !strncmp(s + j, "nd", 2) ||
                        !strncmp(s + j, "rd", 2) || !strncmp(s + j, "th", 2)))
      j += 2;
    j = skip_sep(s, len, j);
    c = number(s, len, &j, &nc);
    if (c < 0 || nc != 4 || !valid_ymd(c, m, a) || a == 0)
      return 0;
    fmt(iso, c, m, a);
    *end = j;
    return 1;
  }
  return 0;
}

/* A leading weekday name ("Friday,") to skip in a whole-string date. */
size_t bc__date_skip_weekday(const char *s, size_t len, size_t i)
{
  size_t j = i;
  while (j < len && is_alpha((unsigned char)s[j]))
    j++;
  /* "Fri", "Friday", "Fridays": the first three letters decide. */
  if (j - i >= 3 && bc__cal_weekday_of(s + i, 3))
    return skip_sep(s, len, j);
  return i;
}

int bc__date_parse(const char *s, size_t len, int whole, char iso[11])
{
  size_t i = 0, end = 0;
  if (whole) {
    i = skip_sep(s, len, 0);
    i = bc__date_skip_weekday(s, len, i);
    if (i >= len || !bc__date_at(s, len, i, &end, iso))
      return 0;
    /* a time of day may follow a whole date ("June 14, 2019 10:30 AM") */
    end = skip_sep(s, len, end);
    while (end < len &&
           (is_digit((unsigned char)s[end]) || s[end] == ':' || s[end] == ' ' ||
            s[end] == 'T' || s[end] == 'Z' || s[end] == '+' || s[end] == '-' ||
            lower((unsigned char)s[end]) == 'a' ||
            lower((unsigned char)s[end]) == 'p' ||
            lower((unsigned char)s[end]) == 'm' || s[end] == '.'))
      end++;
    return end >= len;
  }
  return bc__date_find(s, len, &i, &end, iso);
}

int bc__date_find(const char *s, size_t len, size_t *start, size_t *end,
                  char iso[11])
{
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    /* a date starts at the start of a word */
    if (i > 0 && (is_digit((unsigned char)s[i - 1]) ||
                  is_alpha((unsigned char)s[i - 1])))
      continue;
    if ((is_digit(c) || is_alpha(c)) && bc__date_at(s, len, i, end, iso)) {
      *start = i;
      return 1;
    }
  }
  return 0;
}
