/* timex.h - what the files of the temporal tagger share (timex_*.c): the
 * expression being read, its value as a calendar point or an amount of
 * time, and the helpers that read words, resolve values against the
 * reference date and tell the tense of a sentence.  Nothing here is for use
 * outside src/analyze. */
#ifndef BC_ANALYZE_TIMEX_H
#define BC_ANALYZE_TIMEX_H

#include <stddef.h>

#include "analyze/an.h"

/* How fine a calendar point is. */
enum tx_grain {
  TG_NONE,
  TG_CENTURY, /* y is the first year of the century (1900) */
  TG_DECADE,  /* y is the first year of the decade (1990) */
  TG_YEAR,
  TG_HALF,    /* sub 1-2 */
  TG_QUARTER, /* sub 1-4 */
  TG_SEASON,  /* sub 1-4: spring, summer, fall, winter */
  TG_MONTH,   /* sub 1-12 */
  TG_WEEK,    /* sub: ISO week 1-53 of ISO year y */
  TG_WEEKEND, /* the weekend of ISO week sub */
  TG_DAY,     /* y-sub-d */
  TG_POD,     /* a part of the day y-sub-d: pod */
  TG_CLOCK    /* y-sub-d at hh:mi */
};

/* Parts of the day, as TIMEX3 writes them. */
enum { TP_NONE, TP_MO, TP_AF, TP_EV, TP_NI, TP_DT };

/* The tense of a clause.  TT_REPORTED is a past reporting verb ("said",
 * "announced"), which dates the saying, not what is said: "said it will
 * pay Dec. 7" is still ahead. */
enum tx_tense { TT_NONE, TT_PAST, TT_PRESENT, TT_FUTURE, TT_REPORTED };

/* A point or period of the calendar.  A field that is 0 is unknown: y == 0
 * is written XXXX. */
struct tx_point {
  int grain;
  int y, sub, d;
  int pod;         /* TP_* when grain is TG_POD */
  int hh, mi;      /* when grain is TG_CLOCK */
  int ss;          /* its seconds plus one when written ("10:00:30"), else 0 */
  int unknown_sub; /* the quarter or week is not known: "1989-QX" */
};

/* An amount of time: n units (n < 0: an unknown number, "several
 * years"), plus n2 of a second, smaller unit ("2 1/2 years" is 2 Y + 6
 * M).  Units: 'S' second, 'I' minute, 'H' hour, 'D' day, 'W' week, 'M'
 * month, 'Q' quarter, 'Y' year, 'E' decade, 'C' century, 'L' millennium. */
struct tx_dur {
  double n;
  char unit;
  double n2;
  char unit2;
};

/* One temporal expression being read. */
struct tx {
  size_t s, e; /* token range [s, e) */
  enum bc_date_kind kind;
  enum bc_timex_type type;
  enum bc_timex_mod mod;
  unsigned char relative, guessed;
  int is_dur;        /* dur holds the value (DURATION, or a SET's period) */
  int plain_dur;     /* a bare amount ("two years"), which "ago" and
                        "earlier" may turn into a date */
  int named_month;   /* a month named without its year ("in August") */
  int named_day;     /* a weekday named alone ("said Friday") */
  int anchored;      /* the value comes from the anchor ("a year
                        earlier", "that quarter"), not from the reference
                        date; it does not become the anchor itself */
  int no_day;        /* a clock time that names no day, taken on the
                        reference day: it does not become the anchor */
  struct tx_point p; /* the value of a point */
  struct tx_dur dur;
  char iso[40]; /* a value set directly ("PRESENT_REF", a range) */
};

/* --- words (timex_words.c) ---------------------------------------------- */

/* Flags of bc__tx_cardinal. */
enum {
  TXN_A = 1,    /* "a" / "an" count as one ("a year") */
  TXN_VAGUE = 2 /* "several", "a few", "some", "many": n = -1 */
};
/* A cardinal number starting at token i: digits ("3", "2.5", "2 1/2"),
 * words ("three", "twenty-four", "a hundred", "a couple of", "one and a
 * half").  *v gets its value (-1 for a vague amount); returns the token
 * after it, or 0. */
size_t bc__tx_cardinal(const struct an *a, size_t i, double *v, int flags);
/* An ordinal 1-31 at token i ("third", "twenty-first", "3rd"); *e gets the
 * token after it.  0 when none. */
int bc__tx_ordinal(const struct an *a, size_t i, size_t *e);
/* A unit of time at token i (see struct tx_dur); *plural set when the
 * word is plural.  0 when none. */
char bc__tx_unit(const struct an *a, size_t i, int *plural);
/* A season at token i: 1 spring, 2 summer, 3 fall/autumn, 4 winter. */
int bc__tx_season(const struct an *a, size_t i);
/* The season word at token i is a verb: "to fall", "could spring". */
int bc__tx_season_verb(const struct an *a, size_t i);
/* A part of the day at token i: TP_MO morning, TP_AF afternoon, TP_EV
 * evening, TP_NI night. */
int bc__tx_pod(const struct an *a, size_t i);
/* A year written in words ("nineteen ninety-six", "two thousand and
 * one") at token i; *y gets it.  Returns the token after it, or 0. */
size_t bc__tx_spelled_year(const struct an *a, size_t i, int *y);

/* The weekday (1-7) a capitalized word names, also as "Friday's". */
int bc__tx_weekday_word(const struct an *a, size_t i);

/* Word i shortens the name of a month or weekday ("Jan", "Sept",
 * "Tues"), rather than writing it in full ("May", "June", "Friday"): a
 * full stop after it is the abbreviation's, even where it also ends the
 * sentence, while one after a full name only ends the sentence. */
int bc__tx_abbrev(const struct an *a, size_t i);

/* The length of word i without a possessive "'s" ("year's": 4). */
size_t bc__tx_stem(const struct an *a, size_t i);
/* Word i is w (lower case), or w with a possessive "'s" ("today's"). */
int bc__tx_word(const struct an *a, size_t i, const char *w);

/* Token helpers the timex files share. */
int bc__tx_adj(const struct an *a, size_t i); /* no space before token i */
/* Digits-only number token of exactly n characters. */
int bc__tx_digits(const struct an *a, size_t i, size_t n);
/* Value of a digits-only token of at most maxlen characters, else -1. */
int bc__tx_small_int(const struct an *a, size_t i, int maxlen);
/* Nothing glued to the end of a number before token i continues it: a
 * space, or punctuation that ends a clause ("2012-05-01." but not
 * "2019-21", "2019/20", "2019%", "2019:12"). */
int bc__tx_free_after(const struct an *a, size_t i);
/* A hyphen (or dash) glued to both neighbours: "third-quarter". */
int bc__tx_hyphen(const struct an *a, size_t i);

/* --- tense (timex_tense.c) ---------------------------------------------- */

/* The tense of the clause around tokens [s, e): the verb form nearest to
 * them in the same sentence.  TT_NONE when the sentence shows none.  Each
 * token's own tense is kept in an_tok.tense once worked out. */
int bc__tx_tense(struct an *a, size_t s, size_t e);

/* --- values (timex_value.c) --------------------------------------------- */

/* The reference date as a point (grain day, month or year); 0 when there
 * is no reference date. */
int bc__tx_today(const struct an *a, struct tx_point *p);
/* Move p by n units ('D', 'W', 'M', 'Q', 'H' half, 'Y', 'E', 'C'); the
 * grain stays. */
void bc__tx_shift(struct tx_point *p, char unit, long n);
/* Make p coarser (a day to its week, month, quarter, year ...). */
void bc__tx_coarsen(struct tx_point *p, int grain);
/* The year of a period written without one (month, day, quarter, half or
 * season sub, day d), chosen by the tense: a past sentence means the last
 * such period up to the reference date, a future one the next from it,
 * otherwise the reference year (for a day: the year before when the day
 * would lie more than 92 days after the reference date).  0 without a
 * reference date. */
int bc__tx_year_for(const struct an *a, int grain, int sub, int d, int tense);
/* The day of weekday wd (1 Monday .. 7 Sunday) meant by a sentence of that
 * tense: past, the last such day up to the reference date; future, the
 * next from it.  step: -1 strictly before ("last Friday"), +1 strictly
 * after ("next Friday"), 0 by tense.  0 without a reference day. */
int bc__tx_weekday(const struct an *a, int wd, int tense, int step,
                   struct tx_point *out);
/* The grain a unit of time names ('W' a week ...); TG_NONE for hours. */
int bc__tx_unit_grain(char unit);
/* The reference date moved by n units, at the unit's grain ("last week":
 * 'W', -1); 0 when the reference date is unknown or too coarse. */
int bc__tx_rel_point(const struct an *a, char unit, long n, struct tx_point *p);
/* The quarter (1-4) and year of the reference date's quarter. */
int bc__tx_ref_quarter(const struct an *a, int *y);
/* Write x's value into x->iso (unless it is already set). */
void bc__tx_format(struct tx *x);
/* The point's value as TIMEX3 writes it ("1989-Q3", "1998-SU"). */
void bc__tx_format_point(const struct tx_point *p, char *buf, size_t n);

/* --- recognizers -------------------------------------------------------- */

/* A clock time at i ("5 p.m.", "7:15 p.m.", "14:30" after "at", "noon"):
 * *hh, *mi on the 24-hour clock (midnight 24:00); returns the token after
 * it (a time zone included), or 0. */
size_t bc__tx_clock(const struct an *a, size_t i, int *hh, int *mi);

/* The first token of a clock time written right before token i, with
 * ", " or "on" between ("5 p.m. EST | Nov. 9", "noon on | Friday"); i
 * when there is none. */
size_t bc__tx_clock_before(const struct an *a, size_t i);
/* "T10:00" glued to an ISO day ("2012-05-01T10:00") at token i: nonzero
 * when one is there. */
int bc__tx_iso_t(const struct an *a, size_t i);
/* A time of day written right after the day d ("2012-05-01T10:00",
 * "2012-05-01 10:00:30Z", "Nov. 9 at 5 p.m.", "yesterday at noon"): x
 * gets the time, valued on that day; returns the token after it, or 0.
 * After a day a bare "10:00" needs no word to introduce it. */
size_t bc__tx_time_after_day(struct an *a, const struct tx *d, struct tx *x);

/* Each reads an expression starting at token i into x and returns the
 * token after it, or 0. */
size_t bc__tx_calendar(struct an *a, size_t i, struct tx *x, int loose);
size_t bc__tx_relative(struct an *a, size_t i, struct tx *x);

/* The calendar and relative readings of the token the driver is reading
 * (an.txm): a time of day asks for the day at that token ("Friday
 * evening") before the driver asks the same recognizers, and nothing
 * changes between the two.  A reading is a pure function of the tokens
 * but for the tense cache, which it fills the same way each time, so the
 * second answer is the first one kept.  The calendar's loose and strict
 * readings differ only where year_at reads loose (bc__tx_loose_read). */
struct tx_memo {
  size_t i;               /* the token */
  int cal_done, rel_done; /* cal, rel hold an answer */
  int cal_loose;          /* the loose the calendar was asked with */
  int loose_read;         /* year_at read loose since it was cleared */
  int cal_read;           /* the calendar's answer depended on loose */
  size_t cal_e, rel_e;
  struct tx cal, rel;
};
/* bc__tx_calendar and bc__tx_relative, answered from an.txm at its token. */
size_t bc__tx_calendar_at(struct an *a, size_t i, struct tx *x, int loose);
size_t bc__tx_relative_at(struct an *a, size_t i, struct tx *x);
/* year_at read its loose argument (see struct tx_memo). */
void bc__tx_loose_read(const struct an *a);
size_t bc__tx_duration(struct an *a, size_t i, struct tx *x);
size_t bc__tx_set(struct an *a, size_t i, struct tx *x);
size_t bc__tx_time(struct an *a, size_t i, struct tx *x);
/* The count in "the last 6 months of 2017" when tokens [s, e) are such a
 * half or quarter: that count and "months" are a number as well ("6
 * months"), which the number checker reads.  0 otherwise. */
size_t bc__tx_months_count(const struct an *a, size_t s, size_t e);

/* The anchor: the last date written before token i, which "a year
 * earlier" and "that year" refer to, when it is near (this sentence or the
 * one before) or, with far, anywhere before.  0 when there is none. */
int bc__tx_anchor(const struct an *a, size_t i, struct tx_point *p, int far);
/* The year written out in a date earlier in the sentence of token i ("In
 * 1995 ... on March 3"): what a year-less date of that sentence means.
 * 0 when none. */
int bc__tx_sentence_year(const struct an *a, size_t i);
/* The century named in the possessive just before token i ("the 20th
 * century's | last decade"): 1 and *p (grain TG_CENTURY), else 0. */
int bc__tx_century_before(const struct an *a, size_t i, struct tx_point *p);
/* The last quarter written before token i, anywhere before it: the period
 * a financial story is about ("the quarter", "a year ago").  0 when none. */
int bc__tx_anchor_quarter(const struct an *a, size_t i, struct tx_point *p);
/* The year of the story a year-less day m/d at token i belongs to: that of
 * the last day written out in full before it ("December 15, 2010 ... on
 * December 27" is 2010), or of the year after ("... on January 3"), when
 * the day lies at most two months after that one and the year y the tense
 * gave (0: none) would put it further away; else 0. */
int bc__tx_story_year(const struct an *a, size_t i, int m, int d, int y);

#endif
