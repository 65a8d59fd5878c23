/* calendar.c - Gregorian calendar arithmetic and English month and weekday
 * names (see calendar.h).  Pure functions over integers and byte strings: no
 * locale, no time zone, no clock. */
#include "util/calendar.h"

#include <string.h>

static const char *const month_names[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
static const char *const month_abbrs[12] = {"Jan", "Feb", "Mar", "Apr",
                                            "May", "Jun", "Jul", "Aug",
                                            "Sep", "Oct", "Nov", "Dec"};
static const char *const weekday_names[7] = {"Monday",   "Tuesday", "Wednesday",
                                             "Thursday", "Friday",  "Saturday",
                                             "Sunday"};
static const char *const weekday_abbrs[7] = {"Mon", "Tue", "Wed", "Thu",
                                             "Fri", "Sat", "Sun"};

int bc__cal_is_leap(int y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int bc__cal_days_in_month(int y, int m)
{
  static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12)
    return 0;
  if (m == 2 && (y == 0 || bc__cal_is_leap(y)))
    return 29;
  return dm[m - 1];
}

int bc__cal_valid(int y, int m, int d)
{
  return d >= 1 && d <= bc__cal_days_in_month(y, m);
}

long bc__cal_day_number(int y, int m, int d)
{
  /* Howard Hinnant's days-from-civil: eras of 400 years, March-based. */
  long yy = y - (m <= 2);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  long yoe = yy - era * 400;
  long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void bc__cal_from_day_number(long n, int *y, int *m, int *d)
{
  long z = n + 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long dd = doy - (153 * mp + 2) / 5 + 1;
  long mm = mp < 10 ? mp + 3 : mp - 9;
  *y = (int)(yoe + era * 400 + (mm <= 2));
  *m = (int)mm;
  *d = (int)dd;
}

int bc__cal_weekday(int y, int m, int d)
{
  long n = bc__cal_day_number(y, m, d);
  /* 1970-01-01 was a Thursday (4). */
  long w = (n + 3) % 7;
  if (w < 0)
    w += 7;
  return (int)w + 1;
}

int bc__cal_iso_week(int y, int m, int d, int *week_year)
{
  /* The week belongs to the year holding its Thursday. */
  long n = bc__cal_day_number(y, m, d);
  long thursday = n - bc__cal_weekday(y, m, d) + 4;
  int ty, tm, td;
  bc__cal_from_day_number(thursday, &ty, &tm, &td);
  *week_year = ty;
  return (int)((thursday - bc__cal_day_number(ty, 1, 1)) / 7 + 1);
}

long bc__cal_iso_week_start(int wy, int w)
{
  /* Week 1 is the week holding January 4. */
  long jan4 = bc__cal_day_number(wy, 1, 4);
  return jan4 - (bc__cal_weekday(wy, 1, 4) - 1) + (long)(w - 1) * 7;
}

int bc__cal_nth_weekday(int y, int m, int wd, int n)
{
  int first, d, dim = bc__cal_days_in_month(y, m);
  if (!dim || wd < 1 || wd > 7 || n == 0 || n > 5 || n < -1)
    return 0;
  if (n == -1) {
    int last = bc__cal_weekday(y, m, dim);
    return dim - (last - wd + 7) % 7;
  }
  first = bc__cal_weekday(y, m, 1);
  d = 1 + (wd - first + 7) % 7 + (n - 1) * 7;
  return d <= dim ? d : 0;
}

void bc__cal_easter(int y, int *m, int *d)
{
  /* The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  int a = y % 19, b = y / 100, c = y % 100, dd = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - dd - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int mm = (a + 11 * h + 22 * l) / 451;
  *m = (h + l - 7 * mm + 114) / 31;
  *d = (h + l - 7 * mm + 114) % 31 + 1;
}

static int ieq(const char *w, size_t n, const char *name, size_t len)
{
  size_t k;
  if (n != len)
    return 0;
  for (k = 0; k < n; k++) {
    unsigned char c = (unsigned char)w[k], e = (unsigned char)name[k];
    if (c >= 'A' && c <= 'Z')
      c = (unsigned char)(c - 'A' + 'a');
    if (e >= 'A' && e <= 'Z')
      e = (unsigned char)(e - 'A' + 'a');
    if (c != e)
      return 0;
  }
  return 1;
}

int bc__cal_month_of(const char *w, size_t n)
{
  int k;
  if (!w || n < 3 || n > 9)
    return 0;
  for (k = 0; k < 12; k++)
    if (ieq(w, n, month_names[k], strlen(month_names[k])) ||
        ieq(w, n, month_abbrs[k], 3))
      return k + 1;
  if (ieq(w, n, "sept", 4))
    return 9;
  return 0;
}

int bc__cal_month_capitalised(const char *w, size_t n)
{
  size_t k;
  if (!w || n < 3 || w[0] < 'A' || w[0] > 'Z')
    return 0;
  for (k = 1; k < n; k++)
    if (w[k] < 'a' || w[k] > 'z')
      return 0;
  return bc__cal_month_of(w, n);
}

int bc__cal_weekday_of(const char *w, size_t n)
{
  static const struct {
    const char *w;
    int d;
  } extra[] = {{"tues", 2}, {"weds", 3}, {"thur", 4}, {"thurs", 4}};
  size_t k;
  if (!w || n < 3 || n > 9)
    return 0;
  for (k = 0; k < 7; k++)
    if (ieq(w, n, weekday_names[k], strlen(weekday_names[k])) ||
        ieq(w, n, weekday_abbrs[k], 3))
      return (int)k + 1;
  for (k = 0; k < sizeof extra / sizeof extra[0]; k++)
    if (ieq(w, n, extra[k].w, strlen(extra[k].w)))
      return extra[k].d;
  return 0;
}

const char *bc__cal_month_name(int m)
{
  return m >= 1 && m <= 12 ? month_names[m - 1] : "";
}

const char *bc__cal_month_abbr(int m)
{
  return m >= 1 && m <= 12 ? month_abbrs[m - 1] : "";
}

const char *bc__cal_weekday_name(int wd)
{
  return wd >= 1 && wd <= 7 ? weekday_names[wd - 1] : "";
}

const char *bc__cal_weekday_abbr(int wd)
{
  return wd >= 1 && wd <= 7 ? weekday_abbrs[wd - 1] : "";
}

static int digits(const char *s, int n, int *v)
{
  int i, x = 0;
  for (i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return 0;
    x = x * 10 + (s[i] - '0');
  }
  *v = x;
  return 1;
}

int bc__cal_parse_iso(const char *iso, int *y, int *m, int *d)
{
  size_t n = iso ? strlen(iso) : 0;
  int yy = 0, mm = 0, dd = 0;
  if (n < 4 || !digits(iso, 4, &yy))
    return 0;
  if (n >= 7 && iso[4] == '-' && digits(iso + 5, 2, &mm)) {
    if (mm < 1 || mm > 12)
      return 0;
    if (n >= 10 && iso[7] == '-' && digits(iso + 8, 2, &dd) &&
        !bc__cal_valid(yy, mm, dd))
      return 0;
  }
  *y = yy;
  *m = mm;
  *d = dd;
  return 1;
}
