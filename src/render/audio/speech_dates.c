/* speech_dates.c - dates and times read aloud: 2024-05-30, 5/30/24 and
 * 06/14, "3 March" and "Jan 2024", quarters (Q1 2018), times of day (9:05,
 * 5pm).  Month names come from util/calendar; numbers as words from
 * speech_words.c. */
#include <ctype.h>
#include <string.h>

#include "briefcast/buf.h"
#include "render/audio/speech_int.h"
#include "util/calendar.h"

static void say_date(struct bc__speech_norm *z, unsigned m, unsigned d,
                     int year)
{
  bc__speech_sep(z->out);
  bc_buf_adds(z->out, bc__cal_month_name((int)m));
  bc__speech_cardinal(z->out, d);
  bc__speech_ordinalize(z->out);
  if (year >= 0) {
    bc_buf_addc(z->out, ',');
    bc__speech_year(z->out, (unsigned)year);
  }
}

/* A real day: of year y when it is known (y > 0), else of any year. */
static int valid_md(int y, unsigned m, unsigned d)
{
  return m <= 12 && d <= 31 && bc__cal_valid(y > 0 ? y : 0, (int)m, (int)d);
}

/* Dates: 2024-05-30, 05/30/2024, 5/30/24, 06/14 (US month-first; a first
 * field above 12 is read day-first). */
int bc__speech_date(struct bc__speech_norm *z, const char *s, size_t n)
{
  unsigned f[3];
  size_t fl[3];
  int k = 0;
  char sepch = 0;
  size_t i = 0;
  while (i < n && k < 3) {
    size_t j = i;
    while (j < n && isdigit((unsigned char)s[j]))
      j++;
    if (j == i || j - i > 4)
      return 0;
    f[k] = bc__speech_num_of(s + i, j - i);
    fl[k++] = j - i;
    if (j == n)
      break;
    if (sepch && s[j] != sepch)
      return 0;
    sepch = s[j];
    if (sepch != '-' && sepch != '/')
      return 0;
    i = j + 1;
    if (i == n)
      return 0;
  }
  if (i < n && k == 3) {
    size_t j = i;
    while (j < n && isdigit((unsigned char)s[j]))
      j++;
    if (j != n)
      return 0;
  }
  if (sepch == '-' && k == 3 && fl[0] == 4 && fl[1] == 2 && fl[2] == 2 &&
      valid_md((int)f[0], f[1], f[2])) {
    say_date(z, f[1], f[2], (int)f[0]);
    return 1;
  }
  if (sepch == '/' && (k == 2 || k == 3) && fl[0] <= 2 && fl[1] <= 2) {
    unsigned m = f[0], d = f[1];
    int y = -1;
    if (k == 3) {
      if (fl[2] == 4)
        y = (int)f[2];
      else if (fl[2] == 2)
        y = (int)(f[2] + 2000);
      else
        return 0;
    }
    if (!valid_md(y, m, d)) {
      if (!valid_md(y, d, m))
        return 0;
      m = f[1];
      d = f[0];
    }
    /* Without a document date, "3/4" is as likely a fraction as a date;
     * two-digit fields or a year make it a date. */
    if (k == 2 && !(z->ctx && z->ctx->doc_date) && fl[0] < 2 && fl[1] < 2)
      return 0;
    say_date(z, m, d, y);
    return 1;
  }
  return 0;
}

/* Q1 → "the first quarter"; with a following year: "of twenty eighteen". */
int bc__speech_quarter(struct bc__speech_norm *z, const char *s, size_t n,
                       const char *next, size_t nn, int *consumed)
{
  static const char *const ord[] = {"first", "second", "third", "fourth"};
  int half = 0;
  if (n != 2 || (s[0] != 'Q' && s[0] != 'H') || s[1] < '1' ||
      s[1] > (s[0] == 'Q' ? '4' : '2'))
    return 0;
  half = s[0] == 'H';
  bc__speech_sep(z->out);
  bc_buf_addf(z->out, "the %s %s", ord[s[1] - '1'], half ? "half" : "quarter");
  if (next && nn == 4 && bc__speech_all_digits(next, 4)) {
    bc__speech_word(z, "of", 2);
    bc__speech_year(z->out, bc__speech_num_of(next, 4));
    *consumed = 1;
  }
  return 1;
}

/* A time of day, "10:00" → "ten o'clock", "9:05" → "nine oh five",
 * "14:30" → "fourteen thirty", "18:00" → "eighteen hundred"; other
 * digits:digits are ratios, "3:1" → "three to one". */
int bc__speech_clock(struct bc__speech_norm *z, const char *s, size_t n)
{
  unsigned h, m;
  const char *colon = memchr(s, ':', n);
  if (!colon || colon == s || !bc__speech_all_digits(s, (size_t)(colon - s)) ||
      !bc__speech_all_digits(colon + 1, (size_t)(s + n - colon - 1)) ||
      colon - s > 6 || s + n - colon - 1 > 6)
    return 0;
  if (n < 4 || n > 5 || s[n - 3] != ':') { /* "3:1" is a ratio */
    bc__speech_cardinal(z->out, bc__speech_num_of(s, (size_t)(colon - s)));
    bc__speech_word(z, "to", 2);
    bc__speech_cardinal(
        z->out, bc__speech_num_of(colon + 1, (size_t)(s + n - colon - 1)));
    return 1;
  }
  h = bc__speech_num_of(s, n - 3);
  m = bc__speech_num_of(s + n - 2, 2);
  if (h > 24 || m > 59)
    return 0;
  bc__speech_cardinal(z->out, h);
  if (m == 0)
    bc__speech_word(z, h >= 1 && h <= 12 ? "o'clock" : "hundred", 7);
  else if (m < 10) {
    bc__speech_word(z, "oh", 2);
    bc__speech_cardinal(z->out, m);
  } else
    bc__speech_cardinal(z->out, m);
  return 1;
}

/* A month by its name or its usual abbreviation ("Jan", "Sept"); the
 * abbreviations count only next to a day or a year, where "Mar" and "May"
 * cannot be a word. */
static int month_of(const char *s, size_t n)
{
  return bc__cal_month_capitalised(s, n);
}

/* "Jan." is an abbreviation, not the end of a sentence, when a day or a
 * year follows. */
int bc__speech_month_abbrev_dot(const char *s, size_t n)
{
  int m;
  if ((n != 4 && n != 5) || s[n - 1] != '.')
    return 0;
  m = month_of(s, n - 1);
  return m && strlen(bc__cal_month_name(m)) != n - 1;
}

/* A day or a year read across two tokens: "3 March" → "the third of
 * March", "March 4" → "March fourth", "Jan 2024" → "January twenty
 * twenty-four".  Sets *consumed when the next token was read too. */
int bc__speech_pair_date(struct bc__speech_norm *z, const char *s, size_t n,
                         const char *next, size_t nn, int *consumed)
{
  int m;
  if (!next)
    return 0;
  if (n > 1 && s[n - 1] == '.' && bc__speech_month_abbrev_dot(s, n))
    n--;
  /* "March 4" → "March fourth", "Jan 2024" → "January twenty twenty-four" */
  if ((m = month_of(s, n)) != 0 && bc__speech_all_digits(next, nn)) {
    if (nn <= 2 && valid_md(0, (unsigned)m, bc__speech_num_of(next, nn))) {
      bc__speech_word(z, bc__cal_month_name(m), strlen(bc__cal_month_name(m)));
      bc__speech_cardinal(z->out, bc__speech_num_of(next, nn));
      bc__speech_ordinalize(z->out);
      *consumed = 1;
      return 1;
    }
    if (nn == 4 && bc__speech_num_of(next, 4) >= 1000) {
      bc__speech_word(z, bc__cal_month_name(m), strlen(bc__cal_month_name(m)));
      bc__speech_year(z->out, bc__speech_num_of(next, 4));
      *consumed = 1;
      return 1;
    }
  }
  if (n >= 1 && n <= 2 && bc__speech_all_digits(s, n) &&
      (m = month_of(next, nn)) &&
      valid_md(0, (unsigned)m, bc__speech_num_of(s, n))) {
    bc__speech_word(z, "the", 3);
    bc__speech_cardinal(z->out, bc__speech_num_of(s, n));
    bc__speech_ordinalize(z->out);
    bc__speech_word(z, "of", 2);
    bc__speech_word(z, bc__cal_month_name(m), strlen(bc__cal_month_name(m)));
    *consumed = 1;
    return 1;
  }
  return 0;
}

/* A time with am or pm written on: "5pm" → "five P M", "9:30am" → "nine
 * thirty A M", "10:05PM" → "ten oh five P M". */
int bc__speech_meridiem(struct bc__speech_norm *z, const char *s, size_t n)
{
  char ap;
  size_t k = n - 2;
  unsigned h, m = 0;
  if (n < 3 || tolower((unsigned char)s[n - 1]) != 'm')
    return 0;
  ap = (char)toupper((unsigned char)s[n - 2]);
  if (ap != 'A' && ap != 'P')
    return 0;
  if (k >= 4 && s[k - 3] == ':' && bc__speech_all_digits(s + k - 2, 2) &&
      bc__speech_all_digits(s, k - 3) && k - 3 <= 2) {
    h = bc__speech_num_of(s, k - 3);
    m = bc__speech_num_of(s + k - 2, 2);
  } else if (k <= 2 && bc__speech_all_digits(s, k)) {
    h = bc__speech_num_of(s, k);
  } else {
    return 0;
  }
  if (h < 1 || h > 12 || m > 59)
    return 0;
  bc__speech_cardinal(z->out, h);
  if (m && m < 10)
    bc__speech_word(z, "oh", 2);
  if (m)
    bc__speech_cardinal(z->out, m);
  bc__speech_sep(z->out);
  bc_buf_addc(z->out, ap);
  bc_buf_adds(z->out, " M");
  return 1;
}
