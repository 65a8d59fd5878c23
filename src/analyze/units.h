/* units.h - reading a unit of measurement at a token (units.c) for the
 * number extractor (numbers.c).  Not for use outside src/analyze. */
#ifndef BC_ANALYZE_UNITS_H
#define BC_ANALYZE_UNITS_H

#include <stddef.h>

#include "analyze/an.h"

enum an_ukind {
  AN_U_NONE = 0,
  AN_U_MEASURE, /* "km", "°C", "mg/L", "m s−1", "‰", "ppm", "pH" */
  AN_U_TIME,    /* "years", "h", "min", "ms": a measure of time */
  AN_U_PERCENT, /* "%", "percent", "per cent", "wt.%", "percentage points" */
  AN_U_TIMES    /* "times", "fold", "x", "×" */
};

/* A unit as written: tokens [s, e) of the segment. */
struct an_unit {
  size_t s, e;
  enum an_ukind kind;
};

/* The unit written at token i, right after a number: "mg/L", "m s−1",
 * "°C", "54 oN", "wt.%", "kg", "years", "times", "mm per side".  Returns the
 * token after it, or 0 when token i starts no unit (an ordinary word such
 * as "civil" or "screening" is never a unit). */
size_t bc__an_unit(const struct an *a, size_t i, struct an_unit *u);

/* One unit symbol or word at token i with its exponent ("km", "s−1",
 * "m2", "µg", "years"); the token after it, or 0.  *kind gets its kind,
 * *exp whether an exponent was written. */
size_t bc__an_unit_atom(const struct an *a, size_t i, enum an_ukind *kind,
                        int *exp);

/* Nonzero when the word lists units.c searches by halves are sorted (for
 * the unit tests: an entry added out of order would silently never
 * match). */
int bc__an_units_sorted(void);

#endif
