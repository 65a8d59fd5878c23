/* summary.c - the summary model in memory: allocation, deep copy, and a walk
 * over every human-readable string so the validator and repairs can reach
 * all text by a stable field path.  JSON lives in summary_json.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/summary.h"
#include "util/alloc.h"

struct bc_summary *bc_summary_new(void)
{
  return bc_calloc(1, sizeof(struct bc_summary));
}

static void free_source(struct bc_summary_source *src)
{
  free(src->title);
  free(src->author);
  free(src->date);
  free(src->url);
  free(src->sha256);
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
  for (i = 0; i < s->n_key_points; i++) {
    struct bc_key_point *k = &s->key_points[i];
    free(k->text);
    for (j = 0; j < k->n_evidence; j++)
      free(k->evidence[j].quote);
    free(k->evidence);
  }
  free(s->key_points);
  for (i = 0; i < s->n_sections; i++) {
    free(s->sections[i].heading);
    free(s->sections[i].summary);
  }
  free(s->sections);
  for (i = 0; i < s->n_timeline; i++) {
    free(s->timeline[i].date);
    free(s->timeline[i].iso);
    free(s->timeline[i].event);
  }
  free(s->timeline);
  for (i = 0; i < s->n_glossary; i++) {
    free(s->glossary[i].term);
    free(s->glossary[i].definition);
  }
  free(s->glossary);
  for (i = 0; i < s->n_quotes; i++) {
    free(s->quotes[i].text);
    free(s->quotes[i].speaker);
  }
  free(s->quotes);
  for (i = 0; i < s->n_slides; i++) {
    free(s->slides[i].title);
    for (j = 0; j < s->slides[i].n_bullets; j++)
      free(s->slides[i].bullets[j]);
    free(s->slides[i].bullets);
    free(s->slides[i].notes);
  }
  free(s->slides);
  for (i = 0; i < s->n_narration; i++) {
    free(s->narration[i].speaker);
    free(s->narration[i].text);
  }
  free(s->narration);
  free(s);
}

/* Copy a string that may be NULL; *ok drops to 0 when a copy fails, so a
 * long run of copies is checked once. */
static char *dupstr(const char *s, int *ok)
{
  char *d;
  if (!s)
    return NULL;
  d = bc_strdup(s);
  if (!d)
    *ok = 0;
  return d;
}

/* A zeroed array of n elements; NULL for n == 0 (nothing to own). */
static void *dup_array(size_t n, size_t size, int *ok)
{
  void *p;
  if (n == 0)
    return NULL;
  p = bc_calloc(n, size);
  if (!p)
    *ok = 0;
  return p;
}

struct bc_summary *bc_summary_dup(const struct bc_summary *s)
{
  struct bc_summary *d;
  int ok = 1;
  size_t i, j;
  if (!s)
    return NULL;
  d = bc_summary_new();
  if (!d)
    return NULL;
  d->title = dupstr(s->title, &ok);
  d->source.title = dupstr(s->source.title, &ok);
  d->source.author = dupstr(s->source.author, &ok);
  d->source.date = dupstr(s->source.date, &ok);
  d->source.url = dupstr(s->source.url, &ok);
  d->source.sha256 = dupstr(s->source.sha256, &ok);
  d->provider = dupstr(s->provider, &ok);
  d->tldr = dupstr(s->tldr, &ok);

  /* Each count is set only once its array exists, so that a failure half
   * way leaves a summary bc_summary_free can release. */
  d->key_points = dup_array(s->n_key_points, sizeof(*d->key_points), &ok);
  if (d->key_points)
    d->n_key_points = s->n_key_points;
  for (i = 0; ok && i < d->n_key_points; i++) {
    const struct bc_key_point *k = &s->key_points[i];
    struct bc_key_point *dk = &d->key_points[i];
    dk->text = dupstr(k->text, &ok);
    dk->evidence = dup_array(k->n_evidence, sizeof(*dk->evidence), &ok);
    if (!ok)
      break;
    dk->n_evidence = k->n_evidence;
    for (j = 0; j < k->n_evidence; j++) {
      dk->evidence[j].span = k->evidence[j].span;
      dk->evidence[j].quote = dupstr(k->evidence[j].quote, &ok);
    }
  }
  d->sections = dup_array(s->n_sections, sizeof(*d->sections), &ok);
  if (d->sections)
    d->n_sections = s->n_sections;
  for (i = 0; ok && i < d->n_sections; i++) {
    d->sections[i].heading = dupstr(s->sections[i].heading, &ok);
    d->sections[i].summary = dupstr(s->sections[i].summary, &ok);
    d->sections[i].span = s->sections[i].span;
  }
  d->timeline = dup_array(s->n_timeline, sizeof(*d->timeline), &ok);
  if (d->timeline)
    d->n_timeline = s->n_timeline;
  for (i = 0; ok && i < d->n_timeline; i++) {
    d->timeline[i].date = dupstr(s->timeline[i].date, &ok);
    d->timeline[i].iso = dupstr(s->timeline[i].iso, &ok);
    d->timeline[i].event = dupstr(s->timeline[i].event, &ok);
    d->timeline[i].span = s->timeline[i].span;
  }
  d->glossary = dup_array(s->n_glossary, sizeof(*d->glossary), &ok);
  if (d->glossary)
    d->n_glossary = s->n_glossary;
  for (i = 0; ok && i < d->n_glossary; i++) {
    d->glossary[i].term = dupstr(s->glossary[i].term, &ok);
    d->glossary[i].definition = dupstr(s->glossary[i].definition, &ok);
    d->glossary[i].span = s->glossary[i].span;
  }
  d->quotes = dup_array(s->n_quotes, sizeof(*d->quotes), &ok);
  if (d->quotes)
    d->n_quotes = s->n_quotes;
  for (i = 0; ok && i < d->n_quotes; i++) {
    d->quotes[i].text = dupstr(s->quotes[i].text, &ok);
    d->quotes[i].speaker = dupstr(s->quotes[i].speaker, &ok);
    d->quotes[i].span = s->quotes[i].span;
  }
  d->slides = dup_array(s->n_slides, sizeof(*d->slides), &ok);
  if (d->slides)
    d->n_slides = s->n_slides;
  for (i = 0; ok && i < d->n_slides; i++) {
    const struct bc_slide *sl = &s->slides[i];
    struct bc_slide *ds = &d->slides[i];
    ds->title = dupstr(sl->title, &ok);
    ds->notes = dupstr(sl->notes, &ok);
    ds->bullets = dup_array(sl->n_bullets, sizeof(char *), &ok);
    if (!ok)
      break;
    ds->n_bullets = sl->n_bullets;
    for (j = 0; j < sl->n_bullets; j++)
      ds->bullets[j] = dupstr(sl->bullets[j], &ok);
  }
  d->narration = dup_array(s->n_narration, sizeof(*d->narration), &ok);
  if (d->narration)
    d->n_narration = s->n_narration;
  for (i = 0; ok && i < d->n_narration; i++) {
    d->narration[i].speaker = dupstr(s->narration[i].speaker, &ok);
    d->narration[i].text = dupstr(s->narration[i].text, &ok);
  }
  if (!ok) {
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
