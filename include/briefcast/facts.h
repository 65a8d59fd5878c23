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

struct bc_number_fact {
  struct bc_span span; /* the number with its unit as written */
  double value;        /* 2300000 for "2.3 million"; low end of a range */
  double value_hi;     /* high end of a range, else == value */
  char *unit;          /* "years", "employees", "%", "USD", "x"; "" if none */
  int approx;          /* "120000+", "about", "over", "~", "±": 1 */
  int ordinal;         /* "first", "3rd": 1 (value is the position) */
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
