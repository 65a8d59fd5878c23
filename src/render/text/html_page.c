/* html_page.c - the reader page (brief.html): the brief beside the source
 * text, each point linked to its evidence highlighted in the source, each
 * finding at the statement it concerns, and the player with a transcript
 * that follows playback.  One self-contained file: the only style sheet and
 * script are inline and allowed by hash, nothing loads from the network.
 * Every piece of text is untrusted and escaped; only http(s) URLs become
 * links.  It does not decide what is withheld (the report does), and leaves
 * the source pane to html_source.c and the player to html_player.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "briefcast/render.h"
#include "model/summary_int.h"
#include "render/text/html_int.h"
#include "util/alloc.h"

#define HTML_MAX BC_MAX_HTML_PAGE_BYTES

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
  struct bc__html_spans *S;
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
  long k = bc__html_shown_id(P->S, sp);
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
  if (has(f->source_says) || bc__html_shown_id(P->S, f->span) >= 0) {
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
        if (bc__html_shown_id(P->S, k->evidence[j].span) < 0) {
          /* no source pane: the quote itself is the evidence */
          if (!P->doc && bc__summary_evidence_differs(k, j))
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

/* A timeline value as HTML's datetime attribute accepts it: a year, a
 * month or a day ("2019", "2019-12", "2019-12-05"), a week ("2019-W12"),
 * or a day without its year ("XXXX-12-05" -> "12-05").  Values HTML has
 * no form for (quarters, decades, "XXXX-12", PRESENT_REF) get no <time>.
 * Returns 1 with out (16 bytes) set, else 0. */
static int html_datetime(const char *iso, char out[16])
{
  static const char *const forms[] = {"dddd", "dddd-dd", "dddd-dd-dd",
                                      "dddd-Wdd", "XXXX-dd-dd"};
  size_t n = iso ? strlen(iso) : 0;
  for (size_t f = 0; f < sizeof forms / sizeof *forms; f++) {
    const char *p = forms[f];
    size_t i = 0;
    if (strlen(p) != n)
      continue;
    while (i < n &&
           (p[i] == 'd' ? iso[i] >= '0' && iso[i] <= '9' : iso[i] == p[i]))
      i++;
    if (i == n) {
      snprintf(out, 16, "%s", iso[0] == 'X' ? iso + 5 : iso);
      return 1;
    }
  }
  return 0;
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
      char when[16];
      if (html_datetime(t->iso, when)) {
        elem(b, "<time datetime=\"", when, "\">");
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
      if (bc__html_shown_id(P->S, s->quotes[i].span) >= 0) {
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
  struct bc__html_spans S;
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
  if (r && r->n_findings && !(P.placed = bc__calloc(r->n_findings, 1)))
    goto out;
  title = has(shown->title) ? shown->title : "Untitled";

  /* The source pane comes first, into its own buffer: it decides which
   * spans the brief can link to. */
  if (o.doc) {
    bc__html_spans_collect(&S, o.doc, s, r);
    bc__html_source_pane(&src, &S, o.doc);
    if (S.nomem)
      goto out;
  }
  bc__html_head(&b, title, bc__embedded_reader_css, bc__embedded_reader_js);
  bc_buf_adds(&b, "<body>\n<a class=\"skip\" href=\"#brief\">Skip to the "
                  "brief</a>\n<header>\n");
  elem(&b, "<h1>", title, "</h1>\n");
  meta_line(&b, shown, r);
  bc_buf_adds(&b, "</header>\n<div class=\"layout\">\n"
                  "<main id=\"brief\" aria-label=\"The brief\">\n");
  findings_at(&P, "title");
  if (has(o.audio_href) || has(o.video_href))
    bc__html_player(&b, &o);
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
  bc_buf_adds(&b, bc__embedded_reader_js);
  bc_buf_adds(&b, "</script>\n</body>\n</html>\n");
  if (!S.nomem && !bc_buf_status(&src))
    out = bc_buf_take(&b, NULL);
out:
  bc_buf_release(&b);
  bc_buf_release(&src);
  bc__html_spans_release(&S);
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
