/* html_source.c - the source pane of the reader page: the source text,
 * block by block, with every span the brief points at marked, so a link
 * can highlight its evidence.  It does not decide which spans matter (the
 * page collects them) and never trusts one: a span that is not a
 * well-formed part of the text is left out. */
#include <stdlib.h>
#include <string.h>

#include "render/text/html_int.h"
#include "util/alloc.h"

static int cont(unsigned char c)
{
  return (c & 0xC0) == 0x80;
}

/* Whether sp is a well-formed part of the source (the checker reports
 * those that are not; they get no link). */
static int valid(const struct bc_doc *doc, struct bc_span sp)
{
  return doc && doc->text && sp.start < sp.end && sp.end <= doc->text_len &&
         !cont((unsigned char)doc->text[sp.start]) &&
         (sp.end == doc->text_len || !cont((unsigned char)doc->text[sp.end]));
}

static void add(struct bc__html_spans *S, const struct bc_doc *doc,
                struct bc_span sp)
{
  if (!valid(doc, sp) || S->nomem)
    return;
  if (S->n == S->cap) {
    size_t cap = S->cap ? S->cap * 2 : 32;
    struct bc_span *v = bc__realloc(S->v, cap * sizeof *v);
    if (!v) {
      S->nomem = 1;
      return;
    }
    S->v = v;
    S->cap = cap;
  }
  S->v[S->n++] = sp;
}

static int by_span(const void *a, const void *b)
{
  const struct bc_span *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

/* The id of span sp, or -1 when it has none. */
static long span_id(const struct bc__html_spans *S, struct bc_span sp)
{
  size_t lo = 0, hi = S->n;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    int c = by_span(&S->v[m], &sp);
    if (c == 0)
      return (long)m;
    if (c < 0)
      lo = m + 1;
    else
      hi = m;
  }
  return -1;
}

long bc__html_shown_id(const struct bc__html_spans *S, struct bc_span sp)
{
  long k = span_id(S, sp);
  return k >= 0 && S->shown[k] ? k : -1;
}

void bc__html_spans_collect(struct bc__html_spans *S, const struct bc_doc *doc,
                            const struct bc_summary *s,
                            const struct bc_report *r)
{
  size_t i, j, n = 0;
  for (i = 0; i < s->n_key_points; i++)
    for (j = 0; j < s->key_points[i].n_evidence; j++)
      add(S, doc, s->key_points[i].evidence[j].span);
  for (i = 0; i < s->n_timeline; i++)
    add(S, doc, s->timeline[i].span);
  for (i = 0; i < s->n_glossary; i++)
    add(S, doc, s->glossary[i].span);
  for (i = 0; i < s->n_quotes; i++)
    add(S, doc, s->quotes[i].span);
  for (i = 0; r && i < r->n_findings; i++)
    add(S, doc, r->findings[i].span);
  if (S->nomem || !S->n)
    return;
  qsort(S->v, S->n, sizeof *S->v, by_span);
  for (i = 0; i < S->n; i++) /* drop duplicates */
    if (!n || by_span(&S->v[n - 1], &S->v[i]) != 0)
      S->v[n++] = S->v[i];
  S->n = n;
  S->shown = bc__calloc(n, 1);
  S->active = bc__malloc(n * sizeof *S->active);
  if (!S->shown || !S->active)
    S->nomem = 1;
}

static int by_offset(const void *a, const void *b)
{
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

/* Move the sweep to offset a: open the spans starting at or before it,
 * close those ending at or before it.  Blocks come in source order; should
 * one not, the sweep starts over. */
static void sweep_to(struct bc__html_spans *S, size_t a)
{
  size_t i, n = 0;
  if (a < S->at) {
    S->n_active = 0;
    S->next = 0;
  }
  S->at = a;
  while (S->next < S->n && S->v[S->next].start <= a)
    S->active[S->n_active++] = S->next++;
  for (i = 0; i < S->n_active; i++)
    if (S->v[S->active[i]].end > a)
      S->active[n++] = S->active[i];
  S->n_active = n;
}

/* One run of source text [a, e) inside a block, e no further than the next
 * span boundary: plain when no span covers it, else marked with the ids of
 * every span that does (each open span ends at e or later). */
static void segment(struct bc_buf *b, struct bc__html_spans *S,
                    const char *text, size_t a, size_t e)
{
  size_t i;
  sweep_to(S, a);
  for (i = 0; i < S->n_active; i++) {
    size_t k = S->active[i];
    if (!S->shown[k]) {
      bc_buf_addf(b, "<span id=\"s-%zu\"></span>", k);
      S->shown[k] = 1;
    }
  }
  for (i = 0; i < S->n_active; i++)
    bc_buf_addf(b, i ? " %zu" : "<span class=\"ev\" data-s=\"%zu",
                S->active[i]);
  if (S->n_active)
    bc_buf_adds(b, "\">");
  bc__html_esc_n(b, text + a, e - a);
  if (S->n_active)
    bc_buf_adds(b, "</span>");
}

static void block(struct bc_buf *b, struct bc__html_spans *S,
                  const size_t *cuts, size_t n_cuts, const char *text,
                  enum bc_block_kind kind, size_t bs, size_t be)
{
  static const char *const open[] = {"<h3>", "<p>", "<p class=\"li\">",
                                     "<blockquote><p>", "<pre>"};
  static const char *const close[] = {"</h3>\n", "</p>\n", "</p>\n",
                                      "</p></blockquote>\n", "</pre>\n"};
  size_t lo = 0, hi = n_cuts, pos = bs;
  unsigned kd = (unsigned)kind < 5 ? (unsigned)kind : 1;
  while (lo < hi) { /* first cut after bs */
    size_t m = (lo + hi) / 2;
    if (cuts[m] <= bs)
      lo = m + 1;
    else
      hi = m;
  }
  bc_buf_adds(b, open[kd]);
  while (pos < be) {
    size_t next = lo < n_cuts && cuts[lo] < be ? cuts[lo++] : be;
    segment(b, S, text, pos, next);
    pos = next;
  }
  bc_buf_adds(b, close[kd]);
}

/* The source text, block by block, with the spans marked. */
void bc__html_source_pane(struct bc_buf *b, struct bc__html_spans *S,
                          const struct bc_doc *doc)
{
  size_t *cuts = NULL, n_cuts = 0, i;
  const char *t = doc->text;
  if (S->n) {
    cuts = bc__malloc(2 * S->n * sizeof *cuts);
    if (!cuts) {
      S->nomem = 1;
      return;
    }
    for (i = 0; i < S->n; i++) {
      cuts[n_cuts++] = S->v[i].start;
      cuts[n_cuts++] = S->v[i].end;
    }
    qsort(cuts, n_cuts, sizeof *cuts, by_offset);
  }
  bc_buf_adds(
      b, "<aside id=\"source\" aria-labelledby=\"source-h\" tabindex=\"0\">\n"
         "<h2 id=\"source-h\">The source</h2>\n<div class=\"src\">\n");
  if (doc->n_blocks) {
    for (i = 0; i < doc->n_blocks; i++) {
      const struct bc_block *k = &doc->blocks[i];
      if (k->span.end <= doc->text_len && k->span.start < k->span.end)
        block(b, S, cuts, n_cuts, t, k->kind, k->span.start, k->span.end);
    }
  } else {
    /* No block structure: paragraphs are separated by a blank line. */
    size_t p = 0;
    while (p < doc->text_len) {
      const char *nl = strstr(t + p, "\n\n");
      size_t e = nl ? (size_t)(nl - t) : doc->text_len;
      if (e > p)
        block(b, S, cuts, n_cuts, t, BC_BLOCK_PARAGRAPH, p, e);
      p = e + 2;
    }
  }
  bc_buf_adds(b, "</div>\n</aside>\n");
  free(cuts);
}

void bc__html_spans_release(struct bc__html_spans *S)
{
  free(S->v);
  free(S->shown);
  free(S->active);
  memset(S, 0, sizeof *S);
}
