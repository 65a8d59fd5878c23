/* html_page.c - the brief as one self-contained HTML page (brief.html):
 * inline CSS, no scripts, no external resources; an <audio> player for the
 * narration when there is one, and the validation findings.  Every piece of
 * text is escaped; only http(s) URLs become links. */
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "briefcast/render.h"

#define HTML_MAX (BC_MAX_JSON_BYTES * 8)

static const char css[] =
    "body{font:17px/1.55 system-ui,-apple-system,'Segoe UI',sans-serif;"
    "margin:0;background:#fafaf7;color:#1d1d1b}"
    "main{max-width:44rem;margin:0 auto;padding:2rem 1.25rem 4rem}"
    "h1{font-size:1.9rem;line-height:1.2;margin:0 0 .4rem}"
    "h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid #ddd;"
    "padding-bottom:.2rem}"
    "h3{font-size:1.05rem;margin:1.2rem 0 .3rem}"
    ".source{color:#555;font-size:.92rem;margin:0 0 1.2rem}"
    ".tldr{background:#fff;border-left:4px solid #2a6f97;padding:.7rem 1rem}"
    "audio{width:100%;margin:.5rem 0 1rem}"
    "dt{font-weight:600}dd{margin:0 0 .5rem 1.2rem}"
    "blockquote{margin:.8rem 0;padding-left:1rem;border-left:3px solid #ccc;"
    "color:#333}"
    ".evidence{color:#555;font-size:.9rem}"
    ".verdict-pass{color:#1b7a3a}.verdict-warn{color:#9a6a00}"
    ".verdict-fail{color:#b3261e}"
    ".sev-error{color:#b3261e}.sev-warning{color:#9a6a00}.sev-info{color:#555}"
    "code{font-size:.9em}";

/* Text content and attribute values: the five HTML specials escaped. */
static void esc(struct bc_buf *b, const char *s)
{
  size_t i, start = 0;
  if (!s)
    return;
  for (i = 0; s[i]; i++) {
    const char *rep = NULL;
    switch (s[i]) {
    case '&': rep = "&amp;"; break;
    case '<': rep = "&lt;"; break;
    case '>': rep = "&gt;"; break;
    case '"': rep = "&quot;"; break;
    case '\'': rep = "&#39;"; break;
    default: continue;
    }
    bc_buf_add(b, s + start, i - start);
    bc_buf_adds(b, rep);
    start = i + 1;
  }
  bc_buf_add(b, s + start, i - start);
}

static int has(const char *s)
{
  return s && *s;
}

static int is_web_url(const char *u)
{
  return u && (strncmp(u, "http://", 7) == 0 || strncmp(u, "https://", 8) == 0);
}

/* <tag>escaped text</tag> */
static void elem(struct bc_buf *b, const char *open, const char *s,
                 const char *close)
{
  bc_buf_adds(b, open);
  esc(b, s);
  bc_buf_adds(b, close);
}

static void source_line(struct bc_buf *b, const struct bc_summary *s)
{
  const struct bc_summary_source *src = &s->source;
  const char *sep = "";
  bc_buf_adds(b, "<p class=\"source\">");
  if (has(src->title) || has(src->url)) {
    const char *label = has(src->title) ? src->title : src->url;
    if (is_web_url(src->url)) {
      bc_buf_adds(b, "<a href=\"");
      esc(b, src->url);
      bc_buf_adds(b, "\">");
      esc(b, label);
      bc_buf_adds(b, "</a>");
    } else {
      esc(b, label);
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
  }
  bc_buf_adds(b, "</p>\n");
}

static void findings(struct bc_buf *b, const struct bc_report *r)
{
  const struct bc_check_counts *c = &r->checked;
  const char *v = bc_verdict_name(r->verdict);
  size_t i;
  bc_buf_adds(b, "<section id=\"checks\">\n<h2>Checked against the "
                 "source</h2>\n");
  bc_buf_addf(b,
              "<p>Verdict: <strong class=\"verdict-%s\">%s</strong>. Checked "
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
    const char *sev = bc_severity_name(f->severity);
    bc_buf_addf(b, "<li class=\"sev-%s\"><strong>%s</strong> (", sev, sev);
    esc(b, f->kind);
    bc_buf_adds(b, ")");
    if (has(f->field))
      elem(b, " in <code>", f->field, "</code>");
    bc_buf_adds(b, ": ");
    esc(b, has(f->message) ? f->message : f->claim);
    if (has(f->source_says)) {
      elem(b, " The source says: <q>", f->source_says, "</q>");
      if (f->span.end > f->span.start)
        bc_buf_addf(b, " (bytes %zu&ndash;%zu)", f->span.start, f->span.end);
      bc_buf_adds(b, ".");
    }
    if (f->repaired_to)
      elem(b, " Repaired to <q>", f->repaired_to, "</q>.");
    bc_buf_adds(b, "</li>\n");
  }
  if (r->n_findings)
    bc_buf_adds(b, "</ul>\n");
  bc_buf_adds(b, "</section>\n");
}

char *bc_render_html(const struct bc_summary *s, const struct bc_report *report,
                     const char *audio_href)
{
  struct bc_buf b = BC_BUF_INIT(HTML_MAX);
  const char *title;
  size_t i, j;
  if (!s)
    return NULL;
  title = has(s->title) ? s->title : "Untitled";
  bc_buf_adds(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                  "<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, "
                  "initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"briefcast\">\n");
  elem(&b, "<title>", title, "</title>\n");
  bc_buf_adds(&b, "<style>");
  bc_buf_adds(&b, css);
  bc_buf_adds(&b, "</style>\n</head>\n<body>\n<main>\n");
  elem(&b, "<h1>", title, "</h1>\n");
  source_line(&b, s);
  if (has(audio_href)) {
    bc_buf_adds(&b, "<audio controls preload=\"none\" src=\"");
    esc(&b, audio_href);
    bc_buf_adds(&b, "\">Your browser cannot play the <a href=\"");
    esc(&b, audio_href);
    bc_buf_adds(&b, "\">narration</a>.</audio>\n");
  }
  if (has(s->tldr))
    elem(&b, "<p class=\"tldr\"><strong>TL;DR:</strong> ", s->tldr, "</p>\n");
  if (s->n_key_points) {
    bc_buf_adds(&b, "<h2>Key points</h2>\n<ul class=\"key-points\">\n");
    for (i = 0; i < s->n_key_points; i++) {
      const struct bc_key_point *k = &s->key_points[i];
      elem(&b, "<li>", k->text, "");
      for (j = 0; j < k->n_evidence; j++) {
        if (!has(k->evidence[j].quote) ||
            (k->text && strcmp(k->text, k->evidence[j].quote) == 0))
          continue;
        elem(&b, "<br><span class=\"evidence\">Source: <q>",
             k->evidence[j].quote, "</q></span>");
      }
      bc_buf_adds(&b, "</li>\n");
    }
    bc_buf_adds(&b, "</ul>\n");
  }
  if (s->n_sections) {
    bc_buf_adds(&b, "<h2>Sections</h2>\n");
    for (i = 0; i < s->n_sections; i++) {
      elem(&b, "<h3>", s->sections[i].heading, "</h3>\n");
      if (has(s->sections[i].summary))
        elem(&b, "<p>", s->sections[i].summary, "</p>\n");
    }
  }
  if (s->n_timeline) {
    bc_buf_adds(&b, "<h2>Timeline</h2>\n<dl class=\"timeline\">\n");
    for (i = 0; i < s->n_timeline; i++) {
      const struct bc_timeline_entry *t = &s->timeline[i];
      bc_buf_adds(&b, "<dt>");
      if (has(t->iso)) {
        bc_buf_adds(&b, "<time datetime=\"");
        esc(&b, t->iso);
        bc_buf_adds(&b, "\">");
        esc(&b, t->date);
        bc_buf_adds(&b, "</time>");
      } else {
        esc(&b, t->date);
      }
      bc_buf_adds(&b, "</dt>");
      elem(&b, "<dd>", t->event, "</dd>\n");
    }
    bc_buf_adds(&b, "</dl>\n");
  }
  if (s->n_glossary) {
    bc_buf_adds(&b, "<h2>Glossary</h2>\n<dl class=\"glossary\">\n");
    for (i = 0; i < s->n_glossary; i++) {
      elem(&b, "<dt><abbr>", s->glossary[i].term, "</abbr></dt>");
      elem(&b, "<dd>", s->glossary[i].definition, "</dd>\n");
    }
    bc_buf_adds(&b, "</dl>\n");
  }
  if (s->n_quotes) {
    bc_buf_adds(&b, "<h2>Quotes</h2>\n");
    for (i = 0; i < s->n_quotes; i++) {
      elem(&b, "<blockquote><p>", s->quotes[i].text, "</p>");
      if (has(s->quotes[i].speaker))
        elem(&b, "<footer>&mdash; ", s->quotes[i].speaker, "</footer>");
      bc_buf_adds(&b, "</blockquote>\n");
    }
  }
  if (report)
    findings(&b, report);
  bc_buf_adds(&b, "</main>\n</body>\n</html>\n");
  return bc_buf_take(&b, NULL);
}
