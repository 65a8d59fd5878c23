/* html_page.c - the reader page (brief.html): the brief beside the source
 * text, each point linked to its evidence highlighted in the source, each
 * finding at the statement it concerns, and the player with a transcript
 * that follows playback.  One self-contained file: the only style sheet and
 * script are inline and allowed by hash, nothing loads from the network.
 * Every piece of text is untrusted and escaped; only http(s) URLs become
 * links.  It does not decide what is withheld: the report does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "briefcast/render.h"
#include "../util/alloc.h"
#include "html_int.h"

#define HTML_MAX (BC_MAX_JSON_BYTES * 8 + BC_MAX_DOC_BYTES * 4)

static int has(const char *s)
{
  return s && *s;
}

static int is_web_url(const char *u)
{
  return u && (strncmp(u, "http://", 7) == 0 || strncmp(u, "https://", 8) == 0);
}

static void elem(struct bc_buf *b, const char *open, const char *s,
                 const char *close)
{
  bc_buf_adds(b, open);
  bc__html_esc(b, s);
  bc_buf_adds(b, close);
}

/* --- spans of the source ------------------------------------------------ */

/* The distinct source spans the page points at, sorted by (start, end); a
 * span's index is its id ("s-K" in the page).  shown[k] says whether the
 * source pane holds it, so no link points at nothing.  Sorting, binary
 * search and a sweep over the source keep the page O(n log n) in spans
 * and linear in the source, whatever a summary holds. */
struct spans {
  struct bc_span *v;
  unsigned char *shown;
  size_t n, cap;
  size_t *active, n_active; /* spans open at the sweep's position */
  size_t next;              /* the first span not yet opened */
  size_t at;                /* the sweep's position */
  int nomem;
};

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

static void add(struct spans *S, const struct bc_doc *doc, struct bc_span sp)
{
  if (!valid(doc, sp) || S->nomem)
    return;
  if (S->n == S->cap) {
    size_t cap = S->cap ? S->cap * 2 : 32;
    struct bc_span *v = bc_realloc(S->v, cap * sizeof *v);
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
static long span_id(const struct spans *S, struct bc_span sp)
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

static long shown_id(const struct spans *S, struct bc_span sp)
{
  long k = span_id(S, sp);
  return k >= 0 && S->shown[k] ? k : -1;
}

static void collect(struct spans *S, const struct bc_doc *doc,
                    const struct bc_summary *s, const struct bc_report *r)
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
  S->shown = bc_calloc(n, 1);
  S->active = bc_malloc(n * sizeof *S->active);
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
static void sweep_to(struct spans *S, size_t a)
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
static void segment(struct bc_buf *b, struct spans *S, const char *text,
                    size_t a, size_t e)
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

static void block(struct bc_buf *b, struct spans *S, const size_t *cuts,
                  size_t n_cuts, const char *text, enum bc_block_kind kind,
                  size_t bs, size_t be)
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
static void source_pane(struct bc_buf *b, struct spans *S,
                        const struct bc_doc *doc)
{
  size_t *cuts = NULL, n_cuts = 0, i;
  const char *t = doc->text;
  if (S->n) {
    cuts = bc_malloc(2 * S->n * sizeof *cuts);
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

/* --- findings at their statements -------------------------------------- */

/* Whether finding field names the statement prefix ("key_points[2]"
 * matches "key_points[2]" and "key_points[2].text", not "key_points[20]"). */
static int at(const char *field, const char *prefix)
{
  size_t n = strlen(prefix);
  return field && strncmp(field, prefix, n) == 0 &&
         (field[n] == '\0' || field[n] == '.');
}

struct page {
  struct bc_buf *b;
  const struct bc_doc *doc;
  const struct bc_report *r;
  struct spans *S;
  unsigned char *placed; /* per finding: shown at its statement */
  int withhold;
};

static int is_withheld(const struct page *P, const struct bc_finding *f)
{
  return P->withhold && f->severity == BC_SEV_ERROR && !f->repaired_to;
}

/* Whether the list item prefix is kept out of the published brief. */
static int withheld_item(const struct page *P, const char *prefix)
{
  size_t i;
  for (i = 0; P->r && i < P->r->n_findings; i++)
    if (at(P->r->findings[i].field, prefix) &&
        is_withheld(P, &P->r->findings[i]))
      return 1;
  return 0;
}

static void source_link(struct page *P, struct bc_span sp, const char *label,
                        const char *what)
{
  long k = shown_id(P->S, sp);
  if (k < 0)
    return;
  bc_buf_addf(P->b, "<a href=\"#s-%ld\" data-span=\"%ld\">", k, k);
  bc_buf_adds(P->b, label);
  if (has(what))
    elem(P->b, "<span class=\"vh\"> for ", what, "</span>");
  bc_buf_adds(P->b, "</a>");
}

static void finding_box(struct page *P, size_t i)
{
  const struct bc_finding *f = &P->r->findings[i];
  const char *sev = bc_severity_name(f->severity);
  struct bc_buf *b = P->b;
  bc_buf_addf(b, "<div class=\"finding %s%s\" id=\"f-%zu\" role=\"note\">", sev,
              f->repaired_to ? " repaired" : "", i);
  bc_buf_addf(b, "<p><strong>%s</strong> &middot; ", sev);
  bc__html_esc(b, f->kind);
  if (has(f->field))
    elem(b, " in <code>", f->field, "</code>");
  bc_buf_adds(b, ": ");
  bc__html_esc(b, has(f->message) ? f->message : f->claim);
  bc_buf_adds(b, "</p>");
  /* A wrong fact never reaches a reader, not even quoted in its finding:
   * an error's claim is named by its place and kind only.  A warning's
   * claim is published anyway, so it is shown. */
  if (has(f->claim) && f->severity != BC_SEV_ERROR)
    elem(b, "<p>The summary said: <q>", f->claim, "</q></p>");
  if (has(f->source_says) || shown_id(P->S, f->span) >= 0) {
    bc_buf_adds(b, "<p>The source says");
    if (has(f->source_says))
      elem(b, ": <q>", f->source_says, "</q>");
    bc_buf_adds(b, " ");
    source_link(P, f->span, "show in the source", f->kind);
    bc_buf_adds(b, "</p>");
  }
  if (f->repaired_to)
    elem(b, "<p>Repaired to <q>", f->repaired_to, "</q>.</p>");
  else if (is_withheld(P, f))
    bc_buf_adds(b, "<p>Withheld: kept out of the published brief, the audio "
                   "and the PDFs.</p>");
  bc_buf_adds(b, "</div>");
}

/* Every finding about statement prefix, in place. */
static void findings_at(struct page *P, const char *prefix)
{
  size_t i;
  for (i = 0; P->r && i < P->r->n_findings; i++) {
    if (P->placed[i] || !at(P->r->findings[i].field, prefix))
      continue;
    finding_box(P, i);
    P->placed[i] = 1;
  }
}

static void withheld_note(struct bc_buf *b)
{
  bc_buf_adds(b, "<p class=\"withheld\">Withheld: the source does not "
                 "support this as written.</p>");
}

/* --- the brief ------------------------------------------------------------ */

static void meta_line(struct bc_buf *b, const struct bc_summary *s,
                      const struct bc_report *r)
{
  const struct bc_summary_source *src = &s->source;
  const char *sep = "";
  bc_buf_adds(b, "<p class=\"meta\">");
  if (has(src->title) || has(src->url)) {
    const char *label = has(src->title) ? src->title : src->url;
    if (is_web_url(src->url)) {
      elem(b, "<a href=\"", src->url, "\">");
      bc__html_esc(b, label);
      bc_buf_adds(b, "</a>");
    } else {
      bc__html_esc(b, label);
    }
    sep = " &middot; ";
  }
  if (has(src->author)) {
    bc_buf_adds(b, sep);
    elem(b, "by ", src->author, "");
    sep = " &middot; ";
  }
  if (has(src->date)) {
    bc_buf_adds(b, sep);
    elem(b, "<time>", src->date, "</time>");
    sep = " &middot; ";
  }
  if (has(s->provider)) {
    bc_buf_adds(b, sep);
    elem(b, "summarized by ", s->provider, "");
    sep = " &middot; ";
  }
  if (r) {
    const char *v = bc_verdict_name(r->verdict);
    bc_buf_adds(b, sep);
    bc_buf_addf(b,
                "<a href=\"#checks\">checked against the source</a>: <span "
                "class=\"badge %s\">%s</span>",
                v, v);
  }
  bc_buf_adds(b, "</p>\n");
}

/* "m:ss" or "h:mm:ss" */
static void clock(struct bc_buf *b, double t)
{
  long s = t > 0 ? (long)(t + 0.5) : 0;
  if (s >= 3600)
    bc_buf_addf(b, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    bc_buf_addf(b, "%ld:%02ld", s / 60, s % 60);
}

/* A WebVTT timestamp ("hh:mm:ss.ttt" or "mm:ss.ttt") at *p; -1 if none. */
static double vtt_time(const char **p)
{
  double parts[3] = {0, 0, 0}, frac = 0, scale = 0.1;
  int n = 0;
  const char *s = *p;
  while (n < 3) {
    double v = 0;
    int digits = 0;
    while (*s >= '0' && *s <= '9' && digits < 9) {
      v = v * 10 + (*s++ - '0');
      digits++;
    }
    if (!digits)
      return -1;
    parts[n++] = v;
    if (*s != ':')
      break;
    s++;
  }
  if (*s != '.' || n < 2)
    return -1;
  for (s++; *s >= '0' && *s <= '9'; s++, scale /= 10)
    frac += (*s - '0') * scale;
  *p = s;
  return n == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] + frac
                : parts[0] * 60 + parts[1] + frac;
}

/* The cues of a WebVTT text as a list of buttons that seek the player. */
static void cue_list(struct bc_buf *b, const char *vtt, const char *cls,
                     const char *id)
{
  const char *p = vtt;
  bc_buf_addf(b, "<ol class=\"%s\"", cls);
  if (id)
    bc_buf_addf(b, " id=\"%s\"", id);
  bc_buf_adds(b, ">\n");
  while (p && *p) {
    const char *eol = strchr(p, '\n'), *arrow;
    size_t len = eol ? (size_t)(eol - p) : strlen(p);
    arrow = strstr(p, "-->");
    if (arrow && arrow < p + len) {
      const char *q = p, *text, *end;
      double t0 = vtt_time(&q), t1;
      q = arrow + 3;
      while (*q == ' ')
        q++;
      t1 = vtt_time(&q);
      text = eol ? eol + 1 : p + len;
      end = strstr(text, "\n\n");
      if (!end)
        end = text + strlen(text);
      if (t0 >= 0 && t1 >= t0) {
        size_t n = (size_t)(end - text);
        while (n && (text[n - 1] == '\n' || text[n - 1] == '\r'))
          n--;
        bc_buf_addf(b, "<li><button type=\"button\" data-t=\"%.3f\"", t0);
        bc_buf_addf(b, " data-e=\"%.3f\"><span class=\"t\">", t1);
        clock(b, t0);
        bc_buf_adds(b, "</span>");
        bc__html_esc_n(b, text, n);
        bc_buf_adds(b, "</button></li>\n");
      }
      p = *end ? end + 2 : end;
      continue;
    }
    p = eol ? eol + 1 : p + len;
  }
  bc_buf_adds(b, "</ol>\n");
}

static void player(struct bc_buf *b, const struct bc_html_opts *o)
{
  int video = has(o->video_href);
  const char *href = video ? o->video_href : o->audio_href;
  bc_buf_adds(b, "<section class=\"player\" aria-labelledby=\"listen-h\">\n"
                 "<h2 id=\"listen-h\">");
  bc_buf_adds(b, video ? "Watch" : "Listen");
  bc_buf_adds(b, "</h2>\n");
  bc_buf_adds(b, video ? "<video" : "<audio");
  bc_buf_adds(b, " id=\"player\" controls preload=\"metadata\" src=\"");
  bc__html_esc(b, href);
  bc_buf_adds(b, "\">");
  if (has(o->vtt_href)) {
    bc_buf_adds(b, "<track kind=\"captions\" srclang=\"en\" "
                   "label=\"Transcript\" src=\"");
    bc__html_esc(b, o->vtt_href);
    bc_buf_adds(b, "\">");
  }
  bc_buf_adds(b, "Your browser cannot play the <a href=\"");
  bc__html_esc(b, href);
  bc_buf_adds(b, video ? "\">video</a>.</video>\n"
                       : "\">narration</a>.</audio>\n");
  if (video && has(o->audio_href)) {
    bc_buf_adds(b, "<p><a href=\"");
    bc__html_esc(b, o->audio_href);
    bc_buf_adds(b, "\">The narration alone</a></p>\n");
  }
  if (has(o->chapters_vtt)) {
    bc_buf_adds(b, "<h3 id=\"chapters-h\">Chapters</h3>\n"
                   "<nav aria-labelledby=\"chapters-h\">");
    cue_list(b, o->chapters_vtt, "chapters", NULL);
    bc_buf_adds(b, "</nav>\n");
  }
  if (has(o->transcript_vtt)) {
    bc_buf_adds(b, "<h3 id=\"transcript-h\">Transcript</h3>\n"
                   "<div role=\"region\" aria-labelledby=\"transcript-h\">");
    cue_list(b, o->transcript_vtt, "cues", "cues");
    bc_buf_adds(b, "</div>\n");
  }
  bc_buf_adds(b, "</section>\n");
}

static void key_points(struct page *P, const struct bc_summary *s)
{
  struct bc_buf *b = P->b;
  char id[48];
  size_t i, j;
  if (!s->n_key_points)
    return;
  bc_buf_adds(b,
              "<h2 id=\"key-points\">Key points</h2>\n<ol class=\"points\">\n");
  for (i = 0; i < s->n_key_points; i++) {
    const struct bc_key_point *k = &s->key_points[i];
    int n = 0;
    snprintf(id, sizeof id, "key_points[%zu]", i);
    bc_buf_addf(b, "<li id=\"kp-%zu\">", i);
    if (withheld_item(P, id)) {
      withheld_note(b);
    } else {
      elem(b, "<p>", k->text, "</p>");
      for (j = 0; j < k->n_evidence; j++) {
        if (shown_id(P->S, k->evidence[j].span) < 0) {
          /* no source pane: the quote itself is the evidence */
          if (!P->doc && has(k->evidence[j].quote) &&
              strcmp(k->text ? k->text : "", k->evidence[j].quote) != 0)
            elem(b, "<p class=\"refs\">Source: <q>", k->evidence[j].quote,
                 "</q></p>");
          continue;
        }
        bc_buf_adds(b, n++ ? " " : "<p class=\"refs\">");
        {
          char label[32];
          snprintf(label, sizeof label, "Evidence %d", n);
          source_link(P, k->evidence[j].span, label, k->text);
        }
      }
      if (n)
        bc_buf_adds(b, "</p>");
    }
    findings_at(P, id);
    bc_buf_adds(b, "</li>\n");
  }
  bc_buf_adds(b, "</ol>\n");
}

static void sections(struct page *P, const struct bc_summary *s,
                     const struct bc_summary *shown)
{
  struct bc_buf *b = P->b;
  char id[48];
  size_t i;
  if (!s->n_sections)
    return;
  bc_buf_adds(b, "<h2 id=\"sections\">Sections</h2>\n");
  for (i = 0; i < s->n_sections; i++) {
    const char *text = s->sections[i].summary;
    const char *heading = s->sections[i].heading;
    if (shown && i < shown->n_sections) {
      text = shown->sections[i].summary;
      heading = shown->sections[i].heading;
    }
    snprintf(id, sizeof id, "sections[%zu]", i);
    bc_buf_addf(b, "<section id=\"sec-%zu\" aria-label=\"Section %zu\">", i,
                i + 1);
    /* the published heading: a failed sentence is cut from it too */
    elem(b, "<h3>", has(heading) ? heading : "Section", "</h3>\n");
    if (has(text))
      elem(b, "<p>", text, "</p>\n");
    else if (has(s->sections[i].summary))
      withheld_note(b);
    findings_at(P, id);
    bc_buf_adds(b, "</section>\n");
  }
}

static void timeline(struct page *P, const struct bc_summary *s)
{
  struct bc_buf *b = P->b;
  char id[48];
  size_t i;
  if (!s->n_timeline)
    return;
  bc_buf_adds(b,
              "<h2 id=\"timeline\">Timeline</h2>\n<dl class=\"timeline\">\n");
  for (i = 0; i < s->n_timeline; i++) {
    const struct bc_timeline_entry *t = &s->timeline[i];
    snprintf(id, sizeof id, "timeline[%zu]", i);
    if (withheld_item(P, id)) {
      bc_buf_addf(b, "<dt id=\"tl-%zu\">Withheld date</dt><dd>", i);
      withheld_note(b);
    } else {
      bc_buf_addf(b, "<dt id=\"tl-%zu\">", i);
      if (has(t->iso)) {
        elem(b, "<time datetime=\"", t->iso, "\">");
        elem(b, "", t->date, "</time>");
      } else {
        bc__html_esc(b, t->date);
      }
      elem(b, "</dt><dd>", t->event, " ");
      source_link(P, t->span, "Source", t->date);
    }
    findings_at(P, id);
    bc_buf_adds(b, "</dd>\n");
  }
  bc_buf_adds(b, "</dl>\n");
}

static void glossary(struct page *P, const struct bc_summary *s)
{
  struct bc_buf *b = P->b;
  char id[48];
  size_t i;
  if (!s->n_glossary)
    return;
  bc_buf_adds(b,
              "<h2 id=\"glossary\">Glossary</h2>\n<dl class=\"glossary\">\n");
  for (i = 0; i < s->n_glossary; i++) {
    const struct bc_glossary_entry *g = &s->glossary[i];
    snprintf(id, sizeof id, "glossary[%zu]", i);
    bc_buf_addf(b, "<dt id=\"gl-%zu\">", i);
    if (withheld_item(P, id)) {
      char term[64];
      snprintf(term, sizeof term, "glossary[%zu].term", i);
      /* the term too, when it is what failed */
      elem(b, "", withheld_item(P, term) ? "Withheld term" : g->term,
           "</dt><dd>");
      withheld_note(b);
    } else {
      elem(b, "<abbr>", g->term, "</abbr></dt>");
      elem(b, "<dd>", g->definition, " ");
      source_link(P, g->span, "Source", g->term);
    }
    findings_at(P, id);
    bc_buf_adds(b, "</dd>\n");
  }
  bc_buf_adds(b, "</dl>\n");
}

static void quotes(struct page *P, const struct bc_summary *s)
{
  struct bc_buf *b = P->b;
  char id[48];
  size_t i;
  if (!s->n_quotes)
    return;
  bc_buf_adds(b, "<h2 id=\"quotes\">Quotes</h2>\n");
  for (i = 0; i < s->n_quotes; i++) {
    snprintf(id, sizeof id, "quotes[%zu]", i);
    bc_buf_addf(b, "<div id=\"qt-%zu\">", i);
    if (withheld_item(P, id)) {
      withheld_note(b);
    } else {
      elem(b, "<blockquote><p>", s->quotes[i].text, "</p>");
      if (has(s->quotes[i].speaker))
        elem(b, "<footer>&mdash; ", s->quotes[i].speaker, "</footer>");
      bc_buf_adds(b, "</blockquote>");
      if (shown_id(P->S, s->quotes[i].span) >= 0) {
        bc_buf_adds(b, "<p class=\"refs\">");
        source_link(P, s->quotes[i].span, "Source", "this quote");
        bc_buf_adds(b, "</p>");
      }
    }
    findings_at(P, id);
    bc_buf_adds(b, "</div>\n");
  }
}

static void checks(struct page *P)
{
  const struct bc_report *r = P->r;
  const struct bc_check_counts *c = &r->checked;
  struct bc_buf *b = P->b;
  const char *v = bc_verdict_name(r->verdict);
  size_t i;
  bc_buf_adds(b, "<section id=\"checks\" aria-labelledby=\"checks-h\">\n"
                 "<h2 id=\"checks-h\">Checked against the source</h2>\n");
  bc_buf_addf(b,
              "<p>Verdict: <span class=\"badge %s\">%s</span>. Checked "
              "%zu evidence spans, %zu dates, %zu acronyms, %zu numbers and "
              "%zu names; %zu findings",
              v, v, c->evidence, c->dates, c->acronyms, c->numbers, c->names,
              r->n_findings);
  if (r->n_repaired)
    bc_buf_addf(b, ", %zu repaired", r->n_repaired);
  bc_buf_adds(b, ".</p>\n");
  if (r->n_findings)
    bc_buf_adds(b, "<ul class=\"findings\">\n");
  for (i = 0; i < r->n_findings; i++) {
    const struct bc_finding *f = &r->findings[i];
    bc_buf_adds(b, "<li>");
    if (P->placed[i]) {
      bc_buf_addf(b, "<a href=\"#f-%zu\">", i);
      bc_buf_adds(b, bc_severity_name(f->severity));
      elem(b, " in ", f->field, "</a>: ");
      bc__html_esc(b, has(f->message) ? f->message : f->claim);
    } else {
      finding_box(P, i); /* no statement on this page: slides, narration */
    }
    bc_buf_adds(b, "</li>\n");
  }
  if (r->n_findings)
    bc_buf_adds(b, "</ul>\n");
  bc_buf_adds(b, "</section>\n");
}

char *bc_render_reader(const struct bc_summary *s, const struct bc_report *r,
                       const struct bc_html_opts *opts)
{
  struct bc_html_opts o = BC_HTML_OPTS_INIT;
  struct bc_buf b = BC_BUF_INIT(HTML_MAX), src = BC_BUF_INIT(HTML_MAX);
  struct spans S;
  struct page P;
  const struct bc_summary *shown;
  const char *title, *tldr;
  char *out = NULL;
  if (!s)
    return NULL;
  if (opts)
    o = *opts;
  shown = o.shown ? o.shown : s;
  if (o.doc && !o.doc->text)
    o.doc = NULL;
  memset(&P, 0, sizeof P);
  memset(&S, 0, sizeof S);
  P.b = &b;
  P.doc = o.doc;
  P.r = r;
  P.S = &S;
  P.withhold = o.withhold;
  if (r && r->n_findings && !(P.placed = bc_calloc(r->n_findings, 1)))
    goto out;
  title = has(shown->title) ? shown->title : "Untitled";

  /* The source pane comes first, into its own buffer: it decides which
   * spans the brief can link to. */
  if (o.doc) {
    collect(&S, o.doc, s, r);
    source_pane(&src, &S, o.doc);
    if (S.nomem)
      goto out;
  }
  bc__html_head(&b, title, bc_embedded_reader_css, bc_embedded_reader_js);
  bc_buf_adds(&b, "<body>\n<a class=\"skip\" href=\"#brief\">Skip to the "
                  "brief</a>\n<header>\n");
  elem(&b, "<h1>", title, "</h1>\n");
  meta_line(&b, shown, r);
  bc_buf_adds(&b, "</header>\n<div class=\"layout\">\n"
                  "<main id=\"brief\" aria-label=\"The brief\">\n");
  findings_at(&P, "title");
  if (has(o.audio_href) || has(o.video_href))
    player(&b, &o);
  tldr = shown->tldr;
  if (has(tldr)) {
    elem(&b, "<p class=\"tldr\"><strong>TL;DR:</strong> ", tldr, "</p>\n");
  } else if (has(s->tldr)) {
    withheld_note(&b);
  }
  findings_at(&P, "tldr");
  key_points(&P, s);
  sections(&P, s, shown);
  timeline(&P, s);
  glossary(&P, s);
  quotes(&P, s);
  if (r)
    checks(&P);
  bc_buf_adds(&b, "</main>\n");
  bc_buf_adds(&b, bc_buf_str(&src));
  bc_buf_adds(&b, "</div>\n<script>");
  bc_buf_adds(&b, bc_embedded_reader_js);
  bc_buf_adds(&b, "</script>\n</body>\n</html>\n");
  if (!S.nomem && !bc_buf_status(&src))
    out = bc_buf_take(&b, NULL);
out:
  bc_buf_release(&b);
  bc_buf_release(&src);
  free(S.v);
  free(S.shown);
  free(S.active);
  free(P.placed);
  return out;
}

char *bc_render_html(const struct bc_summary *s, const struct bc_report *report,
                     const char *audio_href)
{
  struct bc_html_opts o = BC_HTML_OPTS_INIT;
  o.audio_href = audio_href;
  return bc_render_reader(s, report, &o);
}
