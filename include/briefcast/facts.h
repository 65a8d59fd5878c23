/* facts.h - the analyze stage: what a source states, each fact with its byte
 * span in bc_doc.text.  The fact sheet feeds the summarizers (timeline,
 * glossary), the validator (what is true) and speech normalization. */
#ifndef BRIEFCAST_FACTS_H
#define BRIEFCAST_FACTS_H

#include <stddef.h>

#include "briefcast/doc.h"
#include "briefcast/error.h"

/* The temporal expressions of a text ("dates" for short): every date, time,
 * duration and set a writer writes, in the spirit of TimeML's TIMEX3
 * (TimeBank's conventions where TimeML leaves a choice).  The kind says
 * what form the value in iso has.  Kinds up to BC_DATE_RELATIVE are the
 * historical ones and keep their meaning; the others were appended.  Which
 * array of the fact sheet holds which: see struct bc_facts. */
enum bc_date_kind {
  BC_DATE_DAY,      /* a calendar day: iso "2019-06-14" */
  BC_DATE_MONTH,    /* "2019-06" */
  BC_DATE_YEAR,     /* "2019" */
  BC_DATE_QUARTER,  /* "2018-Q1" */
  BC_DATE_DECADE,   /* "2010s" (TIMEX3 would write "201") */
  BC_DATE_RANGE,    /* iso "2012-06/2016-03" (ISO 8601 interval) */
  BC_DATE_PARTIAL,  /* day and month without a resolvable year: "--06-14";
                       a quarter without one: "Q3" */
  BC_DATE_RELATIVE, /* in facts->dates: a date said relative to the
                       reference date, or to a date written before it, with
                       the TIMEX3 value worked out ("last year" "1988",
                       "two years ago" "2017", "yesterday" "1989-11-01",
                       "the latest quarter" "1989-Q3", "a year earlier"
                       "1988-Q3", "that year" "2010"), or a reference to
                       the present, past or future as a whole ("now"
                       "PRESENT_REF", "recently" "PAST_REF", "soon"
                       "FUTURE_REF"); iso "" when there is no reference
                       date to work it out from, with the grain of the
                       value it would have in grain ("this year": grain
                       BC_DATE_YEAR).  A checker leaves these alone, as it
                       did when their iso was always "". */
  BC_DATE_SEASON,   /* a season of a year: "1998-SU" (SP, SU, FA, WI) */
  BC_DATE_HALF,     /* a half year: "1989-H2" */
  BC_DATE_CENTURY,  /* a century: "19" for the 20th century (1900-1999) */
  BC_DATE_TIME,     /* a time of day: "1989-11-09T17:00" (seconds when
                       written: "2012-05-01T10:00:30"), a part of a day:
                       "1998-03-08TEV" (MO, AF, EV, NI) */
  BC_DATE_DURATION, /* an amount of time, TIMEX3/ISO 8601 duration: "P3M"
                       three months, "PT2H", "P2Y6M" (2 1/2 years), "PT1M30S",
                       "P2Q" two quarters, "P20Y" two decades, "PXY" several
                       years */
  BC_DATE_SET,      /* a recurring time: "XXXX-WXX-4" every Thursday,
                       "XXXX-07" each July, "P1M" every month,
                       "XXXX-WXX-2TNI" Tuesday nights */
  BC_DATE_WEEK      /* an ISO week: "1989-W44" (this week), a weekend:
                       "1989-W43-WE" */
};

/* TimeML's TIMEX3 types. */
enum bc_timex_type {
  BC_TIMEX_DATE,     /* a calendar period: a day, month, year ... */
  BC_TIMEX_TIME,     /* a time of day, or a part of a day */
  BC_TIMEX_DURATION, /* an amount of time */
  BC_TIMEX_SET       /* a recurring time */
};

/* TIMEX3's mod: what the words around a value say about it. */
enum bc_timex_mod {
  BC_MOD_NONE,
  BC_MOD_BEFORE,        /* a date before the value: "more than a year ago" */
  BC_MOD_AFTER,         /* a date after it: "less than a year ago" */
  BC_MOD_ON_OR_BEFORE,  /* "1990 or earlier" */
  BC_MOD_ON_OR_AFTER,   /* "1990 and beyond", "1994 or later" */
  BC_MOD_LESS_THAN,     /* "less than a year", "almost two years" */
  BC_MOD_MORE_THAN,     /* "more than four hours", "over a week" */
  BC_MOD_EQUAL_OR_LESS, /* "up to 180 days", "within 18 months",
                           "no more than" */
  BC_MOD_EQUAL_OR_MORE, /* "at least 30 days", "no less than" */
  BC_MOD_START,         /* "early 1990", "the beginning of October" */
  BC_MOD_MID,           /* "mid-November", "the middle of October" */
  BC_MOD_END,           /* "late September", "the end of 1990" */
  BC_MOD_APPROX         /* "about two years", "around Nov. 1", "or so" */
};

struct bc_date_fact {
  struct bc_span span; /* the expression as written, with its modifiers
                          ("early December", "about two years ago") */
  enum bc_date_kind kind;
  char iso[40];            /* normalized value, see kinds above */
  enum bc_timex_type type; /* TIMEX3 type; DATE for the historical kinds */
  enum bc_timex_mod mod;
  /* 1 when the value was worked out from the reference date (the
   * document's date, or a dated heading line) rather than written out:
   * "last year", "yesterday", "two weeks ago", "Friday", "in August", and
   * a day, quarter or time written without its year ("June 14", "the
   * third quarter", "5 p.m. Nov. 9").  0 for a value taken from a date
   * written before ("that year", "a year earlier"): guessed says so. */
  unsigned char relative;
  /* 1 when part of the value is a guess rather than arithmetic: the year
   * of a year-less day, month, season or quarter, or the week of a
   * weekday, chosen by the tense of the sentence ("said Friday": the
   * Friday before the reference date; "will reopen in August": the next
   * August), or a value taken from a date written earlier ("a year
   * earlier" after "the third quarter").  Such values are right most of
   * the time, not always: "yesterday" and "last year" are relative but
   * not guessed. */
  unsigned char guessed;
  /* The calendar period the value names, written as the kind that names
   * it: BC_DATE_DAY, BC_DATE_WEEK (a weekend too), BC_DATE_MONTH,
   * BC_DATE_QUARTER, BC_DATE_SEASON, BC_DATE_HALF, BC_DATE_YEAR,
   * BC_DATE_DECADE, BC_DATE_CENTURY, BC_DATE_TIME (a time or part of a
   * day); BC_DATE_RANGE for a range, BC_DATE_DURATION and BC_DATE_SET for
   * an amount and a recurrence, BC_DATE_RELATIVE for a value that names
   * no period ("now" PRESENT_REF, "recently" PAST_REF).  It is set where
   * iso is "" too: "this year" in an undated text is kind
   * BC_DATE_RELATIVE, iso "" (a checker leaves it alone, and knows no
   * reference date resolved it) and grain BC_DATE_YEAR; "last week" there
   * has grain BC_DATE_WEEK, "yesterday" BC_DATE_DAY.  The value TIMEX3
   * would write is then the grain's form with X for every digit
   * ("XXXX", "XXXX-WXX", "XXXX-XX-XX"). */
  enum bc_date_kind grain;
};

struct bc_acronym_fact {
  char *acronym;       /* "SLO" */
  char *expansion;     /* "Service Level Objective", as written */
  struct bc_span span; /* the defining occurrence of the acronym */
  struct bc_span expansion_span;
  int loose; /* 1: the expansion's letters do not spell the acronym; only
                in claims mode (the validator reading a summary) */
};

/* A quantity: a count ("20 civil service departments"), a measurement ("−4
 * °C", "5–8 mmol/L", "13 pairs per mm"), an amount of money or a bare
 * number ("n = 8815").  Labels and references ("Fig. 2", "phase 3", "[14]",
 * "Voyager 1"), identifiers ("COVID-19", "3D") and dates are not quantities;
 * ordinals ("first", "3rd") are positions and live in bc_facts.ordinals. */
struct bc_number_fact {
  struct bc_span span;  /* the number with its sign, symbols (~ ≥ ±), range
                           and unit as written: "−4 °C", "5–8 °C", "∼50 ppm",
                           "290000+ employees", "2 and −7‰"; word modifiers
                           ("about", "between", "at least") are in whole */
  double value;         /* 2300000 for "2.3 million", −4 for "−4 °C" and
                           "minus 4" and "4 degrees below zero"; the low end
                           of a range */
  double value_hi;      /* the high end of a range, else == value; always
                           value <= value_hi ("between −2 and −7‰" is −7 and
                           −2: the written order is not kept) */
  char *unit;           /* the unit as written: "°C", "mmol/L", "m s−1",
                           "kg", "years", "%", "percent", "‰", "times", "x"
                           ("5x", "twice"); currencies as codes (USD EUR GBP
                           JPY INR) whether written as symbols, codes or
                           words; for a count, which has no unit of
                           measurement, the noun it counts (== noun); "" if
                           none */
  int approx;           /* the value is not exact: "about", "~", "nearly",
                           "120000+", "over", "at least", "<", "±": 1 */
  int ordinal;          /* 1 in bc_facts.ordinals ("first", "3rd": value is
                           the position); always 0 in bc_facts.numbers */
  struct bc_span whole; /* the whole quantity as a reader quotes it: span
                           with its word modifiers, "about 40 people",
                           "between −2 and −7‰", "at least 5 hours", "minus
                           4 °C", "4 degrees below zero" (== span without) */
  char *noun;           /* the head noun of what is counted or measured, as
                           written: "departments" for "20 civil service
                           departments", "participants", "outage" for "a
                           31-hour outage", "experience" for "4.5 years of
                           experience"; "" if none */
  int count;            /* 1: a count of things (unit is then the noun) */
  int bound;            /* 1: a lower bound ("at least 5", "≥16", "5+",
                           "more than 5", "5 or more"); -1: an upper bound
                           ("<2 ppm", "up to 5", "at most 5", "15 or less");
                           0: neither */
  double tol;           /* "69 ± 3°": 3 (value is the centre); 0 if none */
};

enum bc_name_kind { BC_NAME_PERSON, BC_NAME_ORG, BC_NAME_PLACE, BC_NAME_OTHER };

struct bc_name_fact {
  char *name;
  enum bc_name_kind kind;
  struct bc_span span; /* first occurrence */
};

struct bc_quote_fact {
  struct bc_span span; /* the quoted words, without the quote marks */
  char *speaker;       /* NULL when not attributed */
};

/* The fact sheet.  Arrays are owned; facts are in source order.
 *
 * Temporal expressions come in two arrays, which together (in span order)
 * are what TimeML tags as TIMEX3, and which the JSON fact sheet lists
 * together as "dates":
 *  - dates: the calendar dates a checker compares as ISO 8601 values, with
 *    the kinds and values they always had: days, months, years, quarters,
 *    decades and ranges written out (a day or quarter written without its
 *    year gets one as before, now by the tense of its sentence); plus the
 *    relative dates as BC_DATE_RELATIVE, which a checker leaves alone.
 *  - times: every other temporal expression: times of day, weeks, seasons,
 *    half years, centuries (type DATE or TIME), durations and sets, and
 *    the dates whose value rests on a guess about the week or the year: a
 *    weekday ("said Friday", kind DAY), a holiday ("Easter Monday", kind
 *    DAY; without a reference date it has no calendar day, "XXXX-XX-XX",
 *    since the day of Easter depends on the year, and Thanksgiving is
 *    "XXXX-11-XX") or a month ("in August", kind MONTH) named alone.  A
 * duration is also a number fact ("three months": 3 months), which is how a
 * checker compares it; a time of day written with its day ("5 p.m. Nov. 9",
 * "Nov. 9 at 5 p.m.", "2012-05-01 10:00") is the time ("5 p.m.", "10:00", and
 * "T10:00" in "2012-05-01T10:00") here, valued with that day
 * ("2012-05-01T10:00"), and the day ("Nov. 9", "2012-05-01") in dates. */
struct bc_facts {
  struct bc_span *sentences;
  size_t n_sentences;
  struct bc_date_fact *dates;
  size_t n_dates;
  struct bc_date_fact *times;
  size_t n_times;
  struct bc_acronym_fact *acronyms;
  size_t n_acronyms;
  struct bc_number_fact *numbers;
  size_t n_numbers;
  struct bc_number_fact *ordinals; /* positions, .ordinal == 1: "first",
                                      "3rd", "twelfth" */
  size_t n_ordinals;
  struct bc_name_fact *names;
  size_t n_names;
  struct bc_quote_fact *quotes;
  size_t n_quotes;
};

/* Analyze doc.  out gets a new fact sheet (free with bc_facts_free).
 * Each block is analysed on its own (no fact or sentence crosses a block;
 * code blocks are skipped).  Relative dates are worked out against the
 * reference date: doc->date, replaced by the date of each dated block (a
 * post heading), or of a date standing alone on its line, for that block
 * and the ones after it.  A date written without a year ("06/14", "14th
 * June", "Q3", "in August") takes the year the tense of its sentence
 * points to: in a plain past the last such date up to the reference date,
 * in a future the next, after a verb of saying ("said", "announced") or a
 * limit ("until", "by") a date up to 92 days ahead, otherwise the nearest;
 * a year that opens the sentence ("In 1995, ... on March 3") wins over
 * all that.  Errors: BC_ERR_NOMEM, BC_ERR_LIMIT. */
bc_status bc_facts_analyze(const struct bc_doc *doc, struct bc_facts **out,
                           struct bc_error *err);
void bc_facts_free(struct bc_facts *facts);

/* The sentences of plain text as byte spans into it, in order, split as
 * bc_facts_analyze splits a text without blocks (paragraphs are the
 * units; a list item or a short heading-like line is a sentence of its
 * own, its list marker left out), so that a narrator's captions break
 * where the fact sheet does.  *out (NULL when there is no sentence)
 * belongs to the caller (free).  Errors: BC_ERR_NOMEM, BC_ERR_LIMIT. */
bc_status bc_facts_sentences(const char *text, size_t len, struct bc_span **out,
                             size_t *n_out, struct bc_error *err);

/* The facts of a short plain text read on its own: no document date, so
 * relative dates stay unresolved and year-less dates keep no year (for a
 * renderer that looks for the figures in a key point).  *out belongs to
 * the caller (bc_facts_free).  Errors: BC_ERR_NOMEM, BC_ERR_LIMIT. */
bc_status bc_facts_of_text(const char *text, size_t len, struct bc_facts **out,
                           struct bc_error *err);

/* The fact sheet as JSON (with each fact's text copied from doc); caller
 * frees.  NULL on out-of-memory. */
char *bc_facts_to_json(const struct bc_facts *facts, const struct bc_doc *doc);

/* Names of date kinds ("day", "duration" ...), TIMEX3 types ("date",
 * "time", "duration", "set") and mods ("EARLY" is "START": TIMEX3's own
 * names; "" for BC_MOD_NONE), as the JSON fact sheet writes them.  Static
 * strings; "?" for a value out of range. */
const char *bc_date_kind_name(enum bc_date_kind k);
const char *bc_timex_type_name(enum bc_timex_type t);
const char *bc_timex_mod_name(enum bc_timex_mod m);

/* Look up the source's own expansion of an acronym; NULL when undefined. */
const struct bc_acronym_fact *bc_facts_find_acronym(const struct bc_facts *f,
                                                    const char *acronym);

#endif
