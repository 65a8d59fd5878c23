/* pdf_outline.h - the parts of the slide deck, in the order the deck shows
 * them: the one home of that order, so that a styled narration
 * (script.c) speaks one chapter per part and chapter N of an episode is
 * part N of the deck (the title slide and the closing "what was checked"
 * slide frame them as the introduction and the outro).  No libharu here:
 * the script (render/audio/script.c) includes it too: the one header of
 * one renderer chain that another chain may include (declared as SHARED
 * in tests/layers/check_layers.py). */
#ifndef BC_RENDER_PDF_OUTLINE_H
#define BC_RENDER_PDF_OUTLINE_H

#include <stddef.h>

#include "briefcast/summary.h"

enum bc__part_kind {
  BC__PART_SLIDE,      /* a provider's slide and its "(continued)" ones */
  BC__PART_SECTION,    /* a section the provider made no slide of */
  BC__PART_KEY_POINTS, /* the key points, when no slide shows them */
  BC__PART_TIMELINE,
  BC__PART_GLOSSARY,
  BC__PART_QUOTES
};

struct bc__part {
  enum bc__part_kind kind;
  const char *title; /* borrowed from the summary, or a literal */
  size_t index;      /* SLIDE: its first slide; SECTION: the section */
  size_t n_slides;   /* SLIDE: that slide and the continuations after it */
  size_t section;    /* SLIDE: the section of its heading, else (size_t)-1 */
  int key_points;    /* the part shows the key points (and key figures) */
  int agenda;        /* SLIDE: titled as the summary: the list of parts */
  int glossary;      /* the key points' part speaks the glossary too: a
                        glossary of one term makes no part of its own (the
                        deck leaves it out: a term is no key point) */
};

#define BC__OUTLINE_CHECKED "What was checked"

/* The deck's parts between the title slide and the closing slide: the
 * provider's slides in their order, with every section that has no slide
 * of its own placed among them in the sections' order (not one whose
 * summary is a single sentence, when the provider made slides: a slide of
 * one bullet is filler, and the brief has the sentence); the key points
 * (first when the provider made no slides); the timeline, glossary (with
 * the key points when it holds one term: spoken, not shown) and quotes when the
 * summary has them.  *out (caller frees) may be NULL when *n is 0.  Errors:
 * BC_ERR_NOMEM. */
bc_status bc__outline(const struct bc_summary *s, struct bc__part **out,
                      size_t *n);

/* Whether quote q gets a slide (and its place in the narrated deck): it
 * says something, six words or more (two CJK characters counting as one
 * word).  A phrase ("cosy and pretty", "one or two", "It's a great
 * feeling.") alone on a slide is filler. */
int bc__outline_quote_shown(const struct bc_quote *q);

/* Whether part p is one the agenda lists: a section's slide. */
int bc__outline_in_agenda(const struct bc__part *p);

/* The timeline in date order (by its ISO values, the source's order kept
 * among equal ones; an entry without a year stays after the dated entry
 * the summary put before it): idx gets s->n_timeline indexes. */
void bc__outline_timeline_order(const struct bc_summary *s, size_t *idx);

#endif
