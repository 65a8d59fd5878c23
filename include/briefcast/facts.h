/* facts.h - the analyze stage: what a source states, each fact with its byte
 * span in bc_doc.text.  The fact sheet feeds the summarizers (timeline,
 * glossary), the validator (what is true) and speech normalization. */
#ifndef BRIEFCAST_FACTS_H
#define BRIEFCAST_FACTS_H

#include <stddef.h>

#include "briefcast/doc.h"
#include "briefcast/error.h"

enum bc_date_kind {
  BC_DATE_DAY,     /* a calendar day: iso "2019-06-14" */
  BC_DATE_MONTH,   /* "2019-06" */
  BC_DATE_YEAR,    /* "2019" */
  BC_DATE_QUARTER, /* "2018-Q1" */
  BC_DATE_DECADE,  /* "2010s" */
  BC_DATE_RANGE,   /* iso "2012-06/2016-03" (ISO 8601 interval) */
  BC_DATE_PARTIAL, /* day and month without a resolvable year: "--06-14";
                      a quarter without one: "Q3" */
  BC_DATE_RELATIVE /* "last year", "two weeks ago": iso is "" */
};

struct bc_date_fact {
  struct bc_span span; /* the date as written */
  enum bc_date_kind kind;
  char iso[40]; /* normalized value, see kinds above */
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
  struct bc_span span; /* the number with its sign, symbols (~ ≥ ±), range
                          and unit as written: "−4 °C", "5–8 °C", "∼50 ppm",
                          "290000+ employees", "2 and −7‰"; word modifiers
                          ("about", "between", "at least") are in whole */
  double value;        /* 2300000 for "2.3 million", −4 for "−4 °C" and
                          "minus 4" and "4 degrees below zero"; the low end
                          of a range */
  double value_hi;     /* the high end of a range, else == value; always
                          value <= value_hi ("between −2 and −7‰" is −7 and
                          −2: the written order is not kept) */
  char *unit;          /* the unit as written: "°C", "mmol/L", "m s−1",
                          "kg", "years", "%", "percent", "‰", "times", "x"
                          ("5x", "twice"); currencies as codes (USD EUR GBP
                          JPY INR) whether written as symbols, codes or
                          words; for a count, which has no unit of
                          measurement, the noun it counts (== noun); "" if
                          none */
  int approx;          /* the value is not exact: "about", "~", "nearly",
                          "120000+", "over", "at least", "<", "±": 1 */
  int ordinal;         /* 1 in bc_facts.ordinals ("first", "3rd": value is
                          the position); always 0 in bc_facts.numbers */
  struct bc_span whole; /* the whole quantity as a reader quotes it: span
                           with its word modifiers, "about 40 people",
                           "between −2 and −7‰", "at least 5 hours", "minus
                           4 °C", "4 degrees below zero" (== span without) */
  char *noun;          /* the head noun of what is counted or measured, as
                          written: "departments" for "20 civil service
                          departments", "participants", "outage" for "a
                          31-hour outage", "experience" for "4.5 years of
                          experience"; "" if none */
  int count;           /* 1: a count of things (unit is then the noun) */
  int bound;           /* 1: a lower bound ("at least 5", "≥16", "5+",
                          "more than 5", "5 or more"); -1: an upper bound
                          ("<2 ppm", "up to 5", "at most 5", "15 or less");
                          0: neither */
  double tol;          /* "69 ± 3°": 3 (value is the centre); 0 if none */
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

/* The fact sheet.  Arrays are owned; facts are in source order. */
struct bc_facts {
  struct bc_span *sentences;
  size_t n_sentences;
  struct bc_date_fact *dates;
  size_t n_dates;
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
 * code blocks are skipped).  A date written without a year ("06/14", "14th
 * June", "Q3") takes the year of the reference date: doc->date, replaced by
 * the date of each dated block (a post heading) for that block and the ones
 * after it; when that would put the date more than 92 days after the
 * reference date, the year before.  Errors: BC_ERR_NOMEM, BC_ERR_LIMIT. */
bc_status bc_facts_analyze(const struct bc_doc *doc, struct bc_facts **out,
                           struct bc_error *err);
void bc_facts_free(struct bc_facts *facts);

/* The fact sheet as JSON (with each fact's text copied from doc); caller
 * frees.  NULL on out-of-memory. */
char *bc_facts_to_json(const struct bc_facts *facts, const struct bc_doc *doc);

/* Look up the source's own expansion of an acronym; NULL when undefined. */
const struct bc_acronym_fact *bc_facts_find_acronym(const struct bc_facts *f,
                                                    const char *acronym);

#endif
