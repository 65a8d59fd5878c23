/* local.c - the embedded "local" provider: an offline, deterministic,
 * extractive summarizer.  Sentences are ranked on a similarity graph
 * (local_rank.c) with title, heading and position cues; structure (sections,
 * timeline, glossary, quotes) comes from the document's blocks and the fact
 * sheet.  Every piece of source text is copied verbatim, never rephrased:
 * the only words it writes itself are the fixed phrases of the narration. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/provider.h"
#include "summarize/local.h"
#include "summarize/provider_ops.h"

static const struct bc__local_plan plans[] = {
    /* short  */ {3, 1, 8, 2, 3, 3, 1},
    /* medium */ {5, 2, 16, 4, 6, 3, 1},
    /* long   */ {7, 2, 40, 8, 10, 4, 2},
};

struct local_state {
  struct bc_usage usage;
};

/* ---- the provider ---------------------------------------------------------
 */

static bc_status fill_source(struct bc__local *b)
{
  const struct bc_doc *doc = b->doc;
  struct bc_summary *s = b->s;
  s->title = bc_strdup(b->title);
  s->provider = bc_strdup("local");
  s->source.title = bc__local_str_or_empty(doc->title);
  s->source.author = bc__local_str_or_empty(doc->author);
  s->source.date = bc__local_str_or_empty(doc->date);
  s->source.url = bc__local_str_or_empty(doc->url ? doc->url : doc->source);
  s->source.sha256 = bc_strdup(doc->sha256);
  if (!s->title || !s->provider || !s->source.title || !s->source.author ||
      !s->source.date || !s->source.url || !s->source.sha256)
    return BC_ERR_NOMEM;
  return BC_OK;
}

/* Every string of a summary is non-NULL: fill what the builders left. */
static bc_status fill_empty(struct bc_summary *s)
{
  if (!s->tldr && !(s->tldr = bc_strdup("")))
    return BC_ERR_NOMEM;
  return BC_OK;
}

static char *title_of(const struct bc_doc *doc)
{
  size_t i;
  if (doc->title && *doc->title)
    return bc_strdup(doc->title);
  for (i = 0; i < doc->n_blocks; i++)
    if (doc->blocks[i].kind == BC_BLOCK_HEADING &&
        doc->blocks[i].span.end <= doc->text_len)
      return bc__local_span_dup(doc, doc->blocks[i].span);
  return bc_strdup("Untitled");
}

static bc_status local_summarize(void *self, const struct bc_doc *doc,
                                 const struct bc_facts *facts,
                                 const struct bc_summarize_opts *opts,
                                 struct bc_summary **out, struct bc_error *err)
{
  struct local_state *st = self;
  struct bc__local b;
  char *title = NULL;
  unsigned len = (unsigned)opts->length;
  bc_status rc;

  memset(&b, 0, sizeof b);
  b.doc = doc;
  b.facts = facts;
  b.plan = &plans[len <= BC_LENGTH_LONG ? len : BC_LENGTH_MEDIUM];
  if (!doc->text)
    return bc_error_set(err, BC_ERR_INPUT, "cannot summarize '%s': no text",
                        doc->source ? doc->source : "document");
  title = title_of(doc);
  b.title = title;
  b.s = bc_summary_new();
  if (!title || !b.s) {
    rc = BC_ERR_NOMEM;
    goto out;
  }
  rc = bc__local_find_sections(&b);
  if (!rc)
    rc = bc__local_find_candidates(&b);
  if (rc)
    goto out;
  if (b.n) {
    rc = bc__local_score(&b, err);
    if (rc)
      goto out;
  }
  rc = fill_source(&b);
  if (!rc && b.n)
    rc = bc__local_build_key_points(&b);
  if (!rc && b.n)
    rc = bc__local_build_tldr(&b);
  if (!rc)
    rc = fill_empty(b.s);
  if (!rc)
    rc = bc__local_build_sections(&b);
  if (!rc)
    rc = bc__local_build_timeline(&b);
  if (!rc)
    rc = bc__local_build_glossary(&b);
  if (!rc)
    rc = bc__local_build_quotes(&b);
  if (!rc)
    rc = bc__local_build_slides(&b);
  if (!rc)
    rc = bc__local_build_narration(&b);
  if (rc)
    goto out;
  if (opts->progress)
    opts->progress(opts->progress_ctx, "summarize", 1, 1);
  st->usage.chunks = 1;
  st->usage.chunks_covered = 1;
  *out = b.s;
  b.s = NULL;
out:
  if (rc == BC_ERR_NOMEM)
    bc_error_set(err, rc, "cannot summarize '%s': out of memory",
                 doc->source ? doc->source : "document");
  bc_summary_free(b.s);
  bc__local_rank_release(&b.rank);
  free(b.c);
  free(b.secs);
  free(b.order);
  free(b.by_sec);
  free(b.sec_first);
  free(b.kp);
  free(b.tl);
  free(title);
  return rc;
}

static bc_status local_create(const struct bc_provider_config *cfg, void **self,
                              struct bc_error *err)
{
  struct local_state *st;
  (void)cfg; /* no model, key or endpoint: everything is in this file */
  st = bc_calloc(1, sizeof *st);
  if (!st)
    return bc_error_set(err, BC_ERR_NOMEM,
                        "cannot create provider 'local': out of memory");
  *self = st;
  return BC_OK;
}

static void local_usage(void *self, struct bc_usage *out)
{
  const struct local_state *st = self;
  *out = st->usage;
}

static void local_destroy(void *self)
{
  free(self);
}

/* Nothing to plan: no requests, no cost. */
static bc_status local_plan(void *self, const struct bc_doc *doc,
                            const struct bc_facts *facts,
                            const struct bc_summarize_opts *opts,
                            struct bc_plan *out, struct bc_error *err)
{
  (void)self;
  (void)doc;
  (void)facts;
  (void)opts;
  (void)err;
  memset(out, 0, sizeof *out);
  out->chunks = 1;
  out->price_known = 1;
  return BC_OK;
}

const struct bc_provider_ops bc__provider_local = {
    .name = "local",
    .create = local_create,
    .summarize = local_summarize,
    .repair = NULL,
    .usage = local_usage,
    .destroy = local_destroy,
    .plan = local_plan,
};
