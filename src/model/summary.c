/* summary.c - the summary model in memory: allocation, deep copy, and a walk
 * over every human-readable string so the validator and repairs can reach
 * all text by a stable field path.  JSON lives in summary_json.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/summary.h"
#include "model/summary_int.h"
#include "util/alloc.h"

struct bc_summary *bc_summary_new(void)
{
  return bc__calloc(1, sizeof(struct bc_summary));
}

static void free_source(struct bc_summary_source *src)
{
  free(src->title);
  free(src->author);
  free(src->date);
  free(src->url);
  free(src->sha256);
}

void bc__summary_key_point_release(struct bc_key_point *k)
{
  free(k->text);
  for (size_t j = 0; j < k->n_evidence; j++)
    free(k->evidence[j].quote);
  free(k->evidence);
}

void bc__summary_timeline_release(struct bc_timeline_entry *t)
{
  free(t->date);
  free(t->iso);
  free(t->event);
}

void bc__summary_glossary_release(struct bc_glossary_entry *g)
{
  free(g->term);
  free(g->definition);
}

void bc__summary_quote_release(struct bc_quote *q)
{
  free(q->text);
  free(q->speaker);
}

void bc__summary_turn_release(struct bc_turn *t)
{
  free(t->speaker);
  free(t->text);
}

void bc_summary_free(struct bc_summary *s)
{
  size_t i, j;
  if (!s)
    return;
  free(s->title);
  free_source(&s->source);
  free(s->provider);
  free(s->tldr);
  for (i = 0; i < s->n_key_points; i++)
    bc__summary_key_point_release(&s->key_points[i]);
  free(s->key_points);
  for (i = 0; i < s->n_sections; i++) {
    free(s->sections[i].heading);
    free(s->sections[i].summary);
  }
  free(s->sections);
  for (i = 0; i < s->n_timeline; i++)
    bc__summary_timeline_release(&s->timeline[i]);
  free(s->timeline);
  for (i = 0; i < s->n_glossary; i++)
    bc__summary_glossary_release(&s->glossary[i]);
  free(s->glossary);
  for (i = 0; i < s->n_quotes; i++)
    bc__summary_quote_release(&s->quotes[i]);
  free(s->quotes);
  for (i = 0; i < s->n_slides; i++) {
    free(s->slides[i].title);
    for (j = 0; j < s->slides[i].n_bullets; j++)
      free(s->slides[i].bullets[j]);
    free(s->slides[i].bullets);
    free(s->slides[i].notes);
  }
  free(s->slides);
  for (i = 0; i < s->n_narration; i++)
    bc__summary_turn_release(&s->narration[i]);
  free(s->narration);
  free(s);
}

/* A zeroed array of n elements; NULL for n == 0 (nothing to own). */
static void *dup_array(size_t n, size_t size, int *failed)
{
  void *p;
  if (n == 0)
    return NULL;
  p = bc__calloc(n, size);
  if (!p)
    *failed = 1;
  return p;
}

struct bc_summary *bc_summary_dup(const struct bc_summary *s)
{
  struct bc_summary *d;
  int failed = 0;
  size_t i, j;
  if (!s)
    return NULL;
  d = bc_summary_new();
  if (!d)
    return NULL;
  d->title = bc__strdup_checked(s->title, &failed);
  d->source.title = bc__strdup_checked(s->source.title, &failed);
  d->source.author = bc__strdup_checked(s->source.author, &failed);
  d->source.date = bc__strdup_checked(s->source.date, &failed);
  d->source.url = bc__strdup_checked(s->source.url, &failed);
  d->source.sha256 = bc__strdup_checked(s->source.sha256, &failed);
  d->provider = bc__strdup_checked(s->provider, &failed);
  d->tldr = bc__strdup_checked(s->tldr, &failed);

  /* Each count is set only once its array exists, so that a failure half
   * way leaves a summary bc_summary_free can release. */
  d->key_points = dup_array(s->n_key_points, sizeof(*d->key_points), &failed);
  if (d->key_points)
    d->n_key_points = s->n_key_points;
  for (i = 0; !failed && i < d->n_key_points; i++) {
    const struct bc_key_point *k = &s->key_points[i];
    struct bc_key_point *dk = &d->key_points[i];
    dk->text = bc__strdup_checked(k->text, &failed);
    dk->evidence = dup_array(k->n_evidence, sizeof(*dk->evidence), &failed);
    if (failed)
      break;
    dk->n_evidence = k->n_evidence;
    for (j = 0; j < k->n_evidence; j++) {
      dk->evidence[j].span = k->evidence[j].span;
      dk->evidence[j].quote = bc__strdup_checked(k->evidence[j].quote, &failed);
    }
  }
  d->sections = dup_array(s->n_sections, sizeof(*d->sections), &failed);
  if (d->sections)
    d->n_sections = s->n_sections;
  for (i = 0; !failed && i < d->n_sections; i++) {
    d->sections[i].heading =
        bc__strdup_checked(s->sections[i].heading, &failed);
    d->sections[i].summary =
        bc__strdup_checked(s->sections[i].summary, &failed);
    d->sections[i].span = s->sections[i].span;
  }
  d->timeline = dup_array(s->n_timeline, sizeof(*d->timeline), &failed);
  if (d->timeline)
    d->n_timeline = s->n_timeline;
  for (i = 0; !failed && i < d->n_timeline; i++) {
    d->timeline[i].date = bc__strdup_checked(s->timeline[i].date, &failed);
    d->timeline[i].iso = bc__strdup_checked(s->timeline[i].iso, &failed);
    d->timeline[i].event = bc__strdup_checked(s->timeline[i].event, &failed);
    d->timeline[i].span = s->timeline[i].span;
  }
  d->glossary = dup_array(s->n_glossary, sizeof(*d->glossary), &failed);
  if (d->glossary)
    d->n_glossary = s->n_glossary;
  for (i = 0; !failed && i < d->n_glossary; i++) {
    d->glossary[i].term = bc__strdup_checked(s->glossary[i].term, &failed);
    d->glossary[i].definition =
        bc__strdup_checked(s->glossary[i].definition, &failed);
    d->glossary[i].span = s->glossary[i].span;
  }
  d->quotes = dup_array(s->n_quotes, sizeof(*d->quotes), &failed);
  if (d->quotes)
    d->n_quotes = s->n_quotes;
  for (i = 0; !failed && i < d->n_quotes; i++) {
    d->quotes[i].text = bc__strdup_checked(s->quotes[i].text, &failed);
    d->quotes[i].speaker = bc__strdup_checked(s->quotes[i].speaker, &failed);
    d->quotes[i].span = s->quotes[i].span;
  }
  d->slides = dup_array(s->n_slides, sizeof(*d->slides), &failed);
  if (d->slides)
    d->n_slides = s->n_slides;
  for (i = 0; !failed && i < d->n_slides; i++) {
    const struct bc_slide *sl = &s->slides[i];
    struct bc_slide *ds = &d->slides[i];
    ds->title = bc__strdup_checked(sl->title, &failed);
    ds->notes = bc__strdup_checked(sl->notes, &failed);
    ds->bullets = dup_array(sl->n_bullets, sizeof(char *), &failed);
    if (failed)
      break;
    ds->n_bullets = sl->n_bullets;
    for (j = 0; j < sl->n_bullets; j++)
      ds->bullets[j] = bc__strdup_checked(sl->bullets[j], &failed);
  }
  d->narration = dup_array(s->n_narration, sizeof(*d->narration), &failed);
  if (d->narration)
    d->n_narration = s->n_narration;
  for (i = 0; !failed && i < d->n_narration; i++) {
    d->narration[i].speaker =
        bc__strdup_checked(s->narration[i].speaker, &failed);
    d->narration[i].text = bc__strdup_checked(s->narration[i].text, &failed);
  }
  if (failed) {
    bc_summary_free(d);
    return NULL;
  }
  return d;
}

/* The walk behind bc_summary_each_text and bc_summary_field.  Field paths
 * are bounded by the schema (a few names and two indices), so a small
 * fixed buffer always holds them. */
typedef int (*slot_fn)(void *ctx, const char *field, char **slot);

#define PATH_MAX_CHARS 128

/* Visit arr[i].field, or arr[i].field[j] when j is not NO_INDEX. */
#define NO_INDEX ((size_t)-1)

static int visit(slot_fn fn, void *ctx, char **slot, const char *arr, size_t i,
                 const char *field, size_t j)
{
  char path[PATH_MAX_CHARS];
  if (j == NO_INDEX)
    snprintf(path, sizeof path, "%s[%zu].%s", arr, i, field);
  else
    snprintf(path, sizeof path, "%s[%zu].%s[%zu]", arr, i, field, j);
  return fn(ctx, path, slot);
}

static int walk(struct bc_summary *s, slot_fn fn, void *ctx)
{
  size_t i, j;
  if (fn(ctx, "title", &s->title) || fn(ctx, "tldr", &s->tldr))
    return 1;
  for (i = 0; i < s->n_key_points; i++)
    if (visit(fn, ctx, &s->key_points[i].text, "key_points", i, "text",
              NO_INDEX))
      return 1;
  for (i = 0; i < s->n_sections; i++)
    if (visit(fn, ctx, &s->sections[i].heading, "sections", i, "heading",
              NO_INDEX) ||
        visit(fn, ctx, &s->sections[i].summary, "sections", i, "summary",
              NO_INDEX))
      return 1;
  for (i = 0; i < s->n_timeline; i++)
    if (visit(fn, ctx, &s->timeline[i].date, "timeline", i, "date", NO_INDEX) ||
        visit(fn, ctx, &s->timeline[i].event, "timeline", i, "event", NO_INDEX))
      return 1;
  for (i = 0; i < s->n_glossary; i++)
    if (visit(fn, ctx, &s->glossary[i].term, "glossary", i, "term", NO_INDEX) ||
        visit(fn, ctx, &s->glossary[i].definition, "glossary", i, "definition",
              NO_INDEX))
      return 1;
  for (i = 0; i < s->n_quotes; i++)
    if (visit(fn, ctx, &s->quotes[i].text, "quotes", i, "text", NO_INDEX) ||
        visit(fn, ctx, &s->quotes[i].speaker, "quotes", i, "speaker", NO_INDEX))
      return 1;
  for (i = 0; i < s->n_slides; i++) {
    if (visit(fn, ctx, &s->slides[i].title, "slides", i, "title", NO_INDEX))
      return 1;
    for (j = 0; j < s->slides[i].n_bullets; j++)
      if (visit(fn, ctx, &s->slides[i].bullets[j], "slides", i, "bullets", j))
        return 1;
    if (visit(fn, ctx, &s->slides[i].notes, "slides", i, "notes", NO_INDEX))
      return 1;
  }
  for (i = 0; i < s->n_narration; i++)
    if (visit(fn, ctx, &s->narration[i].text, "narration", i, "text", NO_INDEX))
      return 1;
  return 0;
}

struct text_ctx {
  bc_summary_text_fn fn;
  void *ctx;
};

static int each_text_slot(void *ctx, const char *field, char **slot)
{
  struct text_ctx *t = ctx;
  return t->fn(t->ctx, field, *slot ? *slot : "");
}

void bc_summary_each_text(const struct bc_summary *s, bc_summary_text_fn fn,
                          void *ctx)
{
  struct text_ctx t;
  if (!s || !fn)
    return;
  t.fn = fn;
  t.ctx = ctx;
  /* walk() never writes through the slots it hands to each_text_slot. */
  walk((struct bc_summary *)s, each_text_slot, &t);
}

struct field_ctx {
  const char *want;
  char **found;
};

static int field_slot(void *ctx, const char *field, char **slot)
{
  struct field_ctx *f = ctx;
  if (strcmp(field, f->want) != 0)
    return 0;
  f->found = slot;
  return 1;
}

char **bc_summary_field(struct bc_summary *s, const char *field)
{
  struct field_ctx f;
  if (!s || !field)
    return NULL;
  f.want = field;
  f.found = NULL;
  walk(s, field_slot, &f);
  return f.found;
}

int bc__summary_evidence_differs(const struct bc_key_point *k, size_t j)
{
  const char *q;
  if (j >= k->n_evidence || !(q = k->evidence[j].quote) || !*q)
    return 0;
  return !k->text || !strstr(k->text, q);
}
