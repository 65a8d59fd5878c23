/* calendar.h - the one home of calendar rules every stage shares: the
 * proleptic Gregorian calendar (leap years, month lengths, day numbers,
 * weekdays, ISO weeks) and the English names of months and weekdays with
 * their usual abbreviations.  It knows nothing about where a date is written
 * (that is the analyzer's and the ingest date reader's job). */
#ifndef BC_UTIL_CALENDAR_H
#define BC_UTIL_CALENDAR_H

#include <stddef.h>

/* Mean lengths used where a duration in months or years must become days. */
#define BC__CAL_DAYS_PER_YEAR 365.2425
#define BC__CAL_DAYS_PER_MONTH (BC__CAL_DAYS_PER_YEAR / 12.0)

int bc__cal_is_leap(int y);

/* Days in month m (1-12) of year y; 0 when m is out of range.  With y == 0
 * (a date written without its year) February has 29 days, since "February
 * 29" names a real day of some year. */
int bc__cal_days_in_month(int y, int m);

/* Nonzero when y-m-d is a real calendar day (y == 0: any year). */
int bc__cal_valid(int y, int m, int d);

/* Days since 1970-01-01 (negative before it). */
long bc__cal_day_number(int y, int m, int d);

/* The calendar day of a day number. */
void bc__cal_from_day_number(long n, int *y, int *m, int *d);

/* ISO weekday of a day: 1 = Monday ... 7 = Sunday. */
int bc__cal_weekday(int y, int m, int d);

/* ISO 8601 week of a day: returns the week 1-53 and sets *week_year (which
 * differs from y in the first and last days of some years). */
int bc__cal_iso_week(int y, int m, int d, int *week_year);

/* Day number of the Monday of ISO week w of ISO year wy (the inverse of
 * bc__cal_iso_week: "1989-W44" starts on 1989-10-30).  w may run past the
 * year's last week or below 1; the days simply count on. */
long bc__cal_iso_week_start(int wy, int w);

/* The day of month of the n-th weekday wd (1 Monday .. 7 Sunday) of month
 * m of year y, n = 1..5, or the last one for n = -1 ("the fourth Thursday
 * of November", "the last Monday of May"); 0 when there is none. */
int bc__cal_nth_weekday(int y, int m, int wd, int n);

/* Easter Sunday of year y (Gregorian): *m, *d. */
void bc__cal_easter(int y, int *m, int *d);

/* Month 1-12 named by the word w[0..n): "January", "jan", "Sept", "sep",
 * case-blind; 0 otherwise.  Abbreviations are the first three letters and
 * "Sept". */
int bc__cal_month_of(const char *w, size_t n);

/* The same for a month written as one in running text: capitalised, the
 * rest in lower case ("March", "Mar", "Sept"), since "may" and "march" in
 * lower case are words; 0 otherwise ("MARCH", "march"). */
int bc__cal_month_capitalised(const char *w, size_t n);

/* Weekday 1-7 (Monday first) named by w[0..n): "Monday", "mon", "Tues",
 * "thu", "Thurs", case-blind; 0 otherwise. */
int bc__cal_weekday_of(const char *w, size_t n);

/* "January" ... "December" and "Jan" ... "Dec" for m = 1..12; "" else. */
const char *bc__cal_month_name(int m);
const char *bc__cal_month_abbr(int m);

/* "Monday" ... "Sunday" and "Mon" ... "Sun" for 1..7; "" else. */
const char *bc__cal_weekday_name(int wd);
const char *bc__cal_weekday_abbr(int wd);

/* Split "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a longer string starting so is
 * accepted, e.g. "2019-06-14T10:00") into *y, *m, *d (0 when absent).
 * Returns 0, leaving the outputs alone, when iso does not start with such
 * a valid date. */
int bc__cal_parse_iso(const char *iso, int *y, int *m, int *d);

#endif
