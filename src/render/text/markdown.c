/* markdown.c - the brief as Markdown (brief.md): title, source line, tl;dr,
 * key points, sections, timeline, glossary, quotes and, when a validation
 * report is given, what was checked against the source.  Source text is
 * escaped so that a stray "*" or "<" in an essay prints as itself. */
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "briefcast/render.h"
#include "model/summary_int.h"

/* Renderers allow escaping to grow the summary several times over. */
#define MD_MAX BC_MAX_MARKDOWN_BYTES

/* Inline text: Markdown punctuation backslash-escaped (CommonMark allows it
 * before any ASCII punctuation), line breaks folded into spaces, and a
 * line-leading "#", "-", "+" or "1." neutralized. */
static void text(struct bc_buf *b, const char *s)
{
  size_t i;
  int line_start = 1;
  if (!s)
    return;
  for (i = 0; s[i]; i++) {
    char c = s[i];
    if (c == '\r')
      continue;
    if (c == '\n' || c == '\t') {
      bc_buf_addc(b, ' ');
      continue;
    }
    if (strchr("\\`*_[]<>|&", c) ||
        (line_start && (c == '#' || c == '-' || c == '+')))
      bc_buf_addc(b, '\\');
    else if (line_start && c >= '0' && c <= '9') {
      size_t k = i;
      while (s[k] >= '0' && s[k] <= '9')
        k++;
      if (s[k] == '.' || s[k] == ')') {
        bc_buf_add(b, s + i, k - i);
        bc_buf_addc(b, '\\');
        i = k - 1;
        line_start = 0;
        continue;
      }
    }
    bc_buf_addc(b, c);
    line_start = 0;
  }
}

static int is_web_url(const char *u)
{
  return u && (strncmp(u, "http://", 7) == 0 || strncmp(u, "https://", 8) == 0);
}

static int has(const char *s)
{
  return s && *s;
}

/* A URL inside <...>: spaces and angle brackets percent-encoded. */
static void url(struct bc_buf *b, const char *u)
{
  for (; *u; u++) {
    if (*u == ' ')
      bc_buf_adds(b, "%20");
    else if (*u == '<')
      bc_buf_adds(b, "%3C");
    else if (*u == '>')
      bc_buf_adds(b, "%3E");
    else
      bc_buf_addc(b, *u);
  }
}

static void source_line(struct bc_buf *b, const struct bc_summary *s)
{
  const struct bc_summary_source *src = &s->source;
  int any = 0;
  bc_buf_adds(b, "*Source:* ");
  if (has(src->title)) {
    if (is_web_url(src->url)) {
      bc_buf_addc(b, '[');
      text(b, src->title);
      bc_buf_adds(b, "](<");
      url(b, src->url);
      bc_buf_adds(b, ">)");
    } else {
      text(b, src->title);
    }
    any = 1;
  } else if (has(src->url)) {
    text(b, src->url);
    any = 1;
  }
  if (has(src->author)) {
    bc_buf_adds(b, any ? " \xc2\xb7 by " : "by ");
    text(b, src->author);
    any = 1;
  }
  if (has(src->date)) {
    bc_buf_adds(b, any ? " \xc2\xb7 " : "");
    text(b, src->date);
    any = 1;
  }
  if (has(s->provider)) {
    bc_buf_adds(b, any ? " \xc2\xb7 summarized by " : "summarized by ");
    text(b, s->provider);
  }
  bc_buf_adds(b, "\n\n");
}

static void report_part(struct bc_buf *b, const struct bc_report *r)
{
  const struct bc_check_counts *c = &r->checked;
  size_t i;
  bc_buf_adds(b, "## Checked against the source\n\n");
  bc_buf_addf(b,
              "Verdict: **%s**. Checked %zu evidence span%s, %zu date%s, %zu "
              "acronym%s, %zu number%s and %zu name%s; %zu finding%s",
              bc_verdict_name(r->verdict), c->evidence,
              c->evidence == 1 ? "" : "s", c->dates, c->dates == 1 ? "" : "s",
              c->acronyms, c->acronyms == 1 ? "" : "s", c->numbers,
              c->numbers == 1 ? "" : "s", c->names, c->names == 1 ? "" : "s",
              r->n_findings, r->n_findings == 1 ? "" : "s");
  if (r->n_repaired)
    bc_buf_addf(b, ", %zu repaired", r->n_repaired);
  bc_buf_adds(b, ".\n\n");
  for (i = 0; i < r->n_findings; i++) {
    const struct bc_finding *f = &r->findings[i];
    bc_buf_addf(b, "- **%s** (", bc_severity_name(f->severity));
    text(b, f->kind);
    bc_buf_adds(b, ")");
    if (has(f->field)) {
      bc_buf_adds(b, " in `");
      /* field paths are ours ("key_points[2].text"); no backtick inside */
      bc_buf_adds(b, strchr(f->field, '`') ? "?" : f->field);
      bc_buf_adds(b, "`");
    }
    bc_buf_adds(b, ": ");
    text(b, has(f->message) ? f->message : f->claim);
    if (has(f->source_says)) {
      bc_buf_adds(b, " The source says: \xe2\x80\x9c");
      text(b, f->source_says);
      bc_buf_adds(b, "\xe2\x80\x9d");
      if (f->span.end > f->span.start)
        bc_buf_addf(b, " (bytes %zu\xe2\x80\x93%zu)", f->span.start,
                    f->span.end);
      bc_buf_adds(b, ".");
    }
    if (f->repaired_to) {
      bc_buf_adds(b, " Repaired to \xe2\x80\x9c");
      text(b, f->repaired_to);
      bc_buf_adds(b, "\xe2\x80\x9d.");
    }
    bc_buf_addc(b, '\n');
  }
  if (r->n_findings)
    bc_buf_addc(b, '\n');
}

char *bc_render_markdown(const struct bc_summary *s,
                         const struct bc_report *report)
{
  struct bc_buf b = BC_BUF_INIT(MD_MAX);
  size_t i, j;
  if (!s)
    return NULL;
  bc_buf_adds(&b, "# ");
  text(&b, has(s->title) ? s->title : "Untitled");
  bc_buf_adds(&b, "\n\n");
  source_line(&b, s);
  if (has(s->tldr)) {
    bc_buf_adds(&b, "**TL;DR:** ");
    text(&b, s->tldr);
    bc_buf_adds(&b, "\n\n");
  }
  if (s->n_key_points) {
    bc_buf_adds(&b, "## Key points\n\n");
    for (i = 0; i < s->n_key_points; i++) {
      const struct bc_key_point *k = &s->key_points[i];
      bc_buf_adds(&b, "- ");
      text(&b, k->text);
      bc_buf_addc(&b, '\n');
      /* Evidence that differs from the point (an LLM's paraphrase) is shown
       * under it, so a reader can compare; words the point already says
       * are not shown again. */
      for (j = 0; j < k->n_evidence; j++) {
        if (!bc__summary_evidence_differs(k, j))
          continue;
        bc_buf_adds(&b, "  - *Source:* \xe2\x80\x9c");
        text(&b, k->evidence[j].quote);
        bc_buf_adds(&b, "\xe2\x80\x9d\n");
      }
    }
    bc_buf_addc(&b, '\n');
  }
  if (s->n_sections) {
    bc_buf_adds(&b, "## Sections\n\n");
    for (i = 0; i < s->n_sections; i++) {
      bc_buf_adds(&b, "### ");
      text(&b, s->sections[i].heading);
      bc_buf_adds(&b, "\n\n");
      if (has(s->sections[i].summary)) {
        text(&b, s->sections[i].summary);
        bc_buf_adds(&b, "\n\n");
      }
    }
  }
  if (s->n_timeline) {
    bc_buf_adds(&b, "## Timeline\n\n");
    for (i = 0; i < s->n_timeline; i++) {
      const struct bc_timeline_entry *t = &s->timeline[i];
      bc_buf_adds(&b, "- **");
      text(&b, t->date);
      bc_buf_adds(&b, "**");
      /* the value adds to the date as written only when it is known
       * (not "XXXX-12", the placeholder of a year the text leaves out) */
      if (has(t->iso) && !strchr(t->iso, 'X') &&
          (!t->date || strcmp(t->iso, t->date) != 0)) {
        bc_buf_adds(&b, " (");
        text(&b, t->iso);
        bc_buf_adds(&b, ")");
      }
      bc_buf_adds(&b, ": ");
      text(&b, t->event);
      bc_buf_addc(&b, '\n');
    }
    bc_buf_addc(&b, '\n');
  }
  if (s->n_glossary) {
    bc_buf_adds(&b, "## Glossary\n\n");
    for (i = 0; i < s->n_glossary; i++) {
      bc_buf_adds(&b, "- **");
      text(&b, s->glossary[i].term);
      bc_buf_adds(&b, "**: ");
      text(&b, s->glossary[i].definition);
      bc_buf_addc(&b, '\n');
    }
    bc_buf_addc(&b, '\n');
  }
  if (s->n_quotes) {
    bc_buf_adds(&b, "## Quotes\n\n");
    for (i = 0; i < s->n_quotes; i++) {
      bc_buf_adds(&b, "> \xe2\x80\x9c");
      text(&b, s->quotes[i].text);
      bc_buf_adds(&b, "\xe2\x80\x9d");
      if (has(s->quotes[i].speaker)) {
        bc_buf_adds(&b, "\n> \xe2\x80\x94 ");
        text(&b, s->quotes[i].speaker);
      }
      bc_buf_adds(&b, "\n\n");
    }
  }
  if (report)
    report_part(&b, report);
  return bc_buf_take(&b, NULL);
}
