/* summary.h - the summary model (schema "briefcast.summary/1") that every
 * provider produces and every renderer consumes, and its JSON form.  The JSON
 * Schema is prompts/summary.schema.json; parsing enforces it strictly and
 * never patches a summary that does not fit. */
#ifndef BRIEFCAST_SUMMARY_H
#define BRIEFCAST_SUMMARY_H

#include <stddef.h>

#include "briefcast/doc.h"
#include "briefcast/error.h"

#define BC_SUMMARY_SCHEMA_ID "briefcast.summary/1"

/* A piece of evidence: a byte span of the source and the quoted text. */
struct bc_evidence {
  struct bc_span span;
  char *quote; /* the source text of span; owned */
};

struct bc_key_point {
  char *text;
  struct bc_evidence *evidence;
  size_t n_evidence;
};

struct bc_section {
  char *heading;
  char *summary;
  struct bc_span span; /* the part of the source the section covers */
};

struct bc_timeline_entry {
  char *date;  /* the date as the source writes it */
  char *iso;   /* its normalized value (see facts.h), "" if relative */
  char *event; /* what happened, one sentence */
  struct bc_span span;
};

struct bc_glossary_entry {
  char *term;       /* "SLO" */
  char *definition; /* "Service Level Objective", as the source defines it */
  struct bc_span span;
};

struct bc_quote {
  char *text;
  char *speaker; /* "" when unknown */
  struct bc_span span;
};

struct bc_slide {
  char *title;
  char **bullets;
  size_t n_bullets;
  char *notes;
};

struct bc_turn {
  char *speaker; /* "narrator", "host", "guest", ... */
  char *text;
};

/* Metadata of the source the summary describes. */
struct bc_summary_source {
  char *title;
  char *author;
  char *date;
  char *url;    /* URL or path */
  char *sha256; /* of the raw input */
};

/* Every string is owned and never NULL once built by a provider or parsed
 * ("" for empty); arrays are owned with their counts. */
struct bc_summary {
  char *title;
  struct bc_summary_source source;
  char *provider; /* "local", "openai:gpt-4o-mini", ... */
  char *tldr;
  struct bc_key_point *key_points;
  size_t n_key_points;
  struct bc_section *sections;
  size_t n_sections;
  struct bc_timeline_entry *timeline;
  size_t n_timeline;
  struct bc_glossary_entry *glossary;
  size_t n_glossary;
  struct bc_quote *quotes;
  size_t n_quotes;
  struct bc_slide *slides;
  size_t n_slides;
  struct bc_turn *narration;
  size_t n_narration;
};

/* A zeroed summary (all fields NULL / 0); NULL on out-of-memory. */
struct bc_summary *bc_summary_new(void);
void bc_summary_free(struct bc_summary *s);

/* Deep copy; NULL on out-of-memory. */
struct bc_summary *bc_summary_dup(const struct bc_summary *s);

/* Serialize as pretty-printed JSON with "schema": "briefcast.summary/1".
 * Deterministic: the same summary gives the same bytes.  Caller frees. */
char *bc_summary_to_json(const struct bc_summary *s);

/* Parse and validate JSON against the schema.  name is used in messages.
 * Errors: BC_ERR_PARSE (not JSON), BC_ERR_SCHEMA (does not fit; the message
 * names the first offending field, e.g. "key_points[2].text: expected a
 * string").  out is set only on success. */
bc_status bc_summary_from_json(const char *json, size_t len, const char *name,
                               struct bc_summary **out, struct bc_error *err);

/* Write bc_summary_to_json(s) to path atomically (a temporary file beside
 * it, then a rename), so a reader never sees half a summary.
 * Errors: BC_ERR_NOMEM, BC_ERR_OUTPUT. */
bc_status bc_summary_write(const struct bc_summary *s, const char *path,
                           struct bc_error *err);

/* The JSON Schema text (embedded copy of prompts/summary.schema.json). */
const char *bc_summary_schema(void);

/* Visit every piece of human-readable text in the summary (title, tl;dr,
 * key points, sections, timeline, glossary, quotes, slides, narration) with
 * a field path such as "slides[1].bullets[0]".  Visited, in this order:
 * title, tldr, key_points[i].text, sections[i].heading/.summary,
 * timeline[i].date/.event, glossary[i].term/.definition,
 * quotes[i].text/.speaker, slides[i].title/.bullets[j]/.notes,
 * narration[i].text.  Not visited: source metadata, provider, timeline iso
 * values, narration speakers, and evidence quotes (those are checked
 * verbatim against their spans, a stricter test).  Used by the validator, which
 * must check all text.  The callback returns nonzero to stop. */
typedef int (*bc_summary_text_fn)(void *ctx, const char *field,
                                  const char *text);
void bc_summary_each_text(const struct bc_summary *s, bc_summary_text_fn fn,
                          void *ctx);

/* Return a pointer to the text field named by a path produced by
 * bc_summary_each_text, so a repair can replace it; NULL if no such field. */
char **bc_summary_field(struct bc_summary *s, const char *field);

#endif
