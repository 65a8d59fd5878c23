/* pdf_brief.c - the one-page brief: title, source line, tl;dr box, key
 * points, timeline and glossary side by side, quotes, and the "checked
 * against the source" panel.  It always makes exactly one page: the layout
 * is measured at decreasing sizes (body text never under 8 pt), then the
 * lowest-priority items are left out and the page says how many. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "render/pdf/pdf_doc.h"
#include "util/alloc.h"

/* Body sizes tried, largest first; the last is the readable minimum. */
static const double sizes[] = {10.5, 10, 9.5, 9, 8.5, 8};
#define N_SIZES (sizeof sizes / sizeof sizes[0])

/* Lines an item may take before it is cut with an ellipsis.  They are far
 * more than any summary's own texts take (a sentence or two, a tl;dr of two
 * sentences), which are shown whole or left out whole: a cut sentence says
 * less than its source, or something else.  Only freak texts (a tl;dr of a
 * thousand words) meet them, and the page still says what was cut. */
#define MAX_TITLE_LINES 5
#define MAX_SOURCE_LINES 3
#define MAX_TLDR_LINES 16
#define MAX_ITEM_LINES 14
#define MAX_COL_LINES 12

struct item {
  struct bc__pdf_para para; /* the whole item, lead inline */
  struct bc__pdf_lines lines;
  /* For timeline and glossary at full width: the date or term alone in a
   * left column (lead) beside the rest (body). */
  struct bc__pdf_para lead, body;
  struct bc__pdf_lines lead_lines;
  size_t rows; /* lines the item takes */
};

struct list {
  const char *heading;
  struct item *items;
  size_t total;    /* items in the summary */
  size_t measured; /* items wrapped at the current size */
  size_t shown;    /* items on the page */
  double x, w;     /* column */
  double indent;   /* hanging indent of bullets, 0 for none */
  int hyphenate;
  size_t max_lines;
  double tab;      /* width of the lead column (points), 0 = inline */
  unsigned lead_w; /* widest lead, thousandths of an em */
};

struct brief {
  struct bc__pdf *pdf;
  const struct bc_summary *s;
  const struct bc_report *r;
  double W, H, x0, x1, top, bottom;
  /* at the current size */
  double b, L, T, m, Lm, t, Lt, hs;
  struct item title, source, tldr, panel, footer;
  struct list kp, tl, gl, qt;
  enum bc_paper paper;
  int tabular; /* full-width timeline and glossary get a lead column */
  const char *uri;
  const char *badge;
  struct bc__pdf_rgb badge_rgb;
  double badge_w;
};

/* Baseline of a line whose box of height lead starts at top: the glyph
 * box (DejaVu ascent 0.928, descent 0.236 em) is centred in the line box. */
static double baseline(double top, double lead, double size)
{
  return top - (lead - 1.164 * size) / 2 - 0.928 * size;
}

static double gap_item(const struct brief *B)
{
  return 0.3 * B->L;
}

static double gap_section(const struct brief *B)
{
  return 0.9 * B->L;
}

static double heading_h(const struct brief *B)
{
  return B->hs * 1.35 + 0.15 * B->L;
}

static double item_h(const struct brief *B, const struct item *it)
{
  return (double)it->rows * B->L;
}

static double list_h(const struct brief *B, const struct list *l)
{
  double h;
  if (!l->shown)
    return 0;
  h = heading_h(B);
  for (size_t i = 0; i < l->shown; i++)
    h += item_h(B, &l->items[i]) + (i ? gap_item(B) : 0);
  return h;
}

/* Whether item i of l was cut with an ellipsis at the current size. */
static int shortened(const struct list *l, size_t i)
{
  const struct item *it = &l->items[i];
  return it->lines.shortened || (l->tab > 0 && it->lead_lines.shortened);
}

static int left_out(const struct brief *B)
{
  const struct list *ls[] = {&B->kp, &B->tl, &B->gl, &B->qt};
  int any = B->title.lines.shortened || B->tldr.lines.shortened;
  for (size_t k = 0; k < 4; k++) {
    any |= ls[k]->shown < ls[k]->total;
    for (size_t i = 0; i < ls[k]->shown; i++)
      any |= shortened(ls[k], i);
  }
  return any;
}

/* Height of the bottom area: the note (when anything was left out), the
 * panel and the footer, which are pinned to the bottom margin. */
static double panel_h(const struct brief *B)
{
  double pad = 0.55 * B->Lm;
  double text = (double)B->panel.lines.n * B->Lm;
  double badge = B->m * 1.9;
  return 2 * pad + (text > badge ? text : badge);
}

static double bottom_h(const struct brief *B)
{
  /* footer, gap, panel, [gap, note,] and a section gap above it all */
  double h = B->Lm + 0.6 * B->L + panel_h(B) + gap_section(B);
  if (left_out(B))
    h += 0.4 * B->L + 2 * B->Lm;
  return h;
}

static bc_status wrap_item(struct brief *B, struct item *it, double size,
                           double w, int hyph, size_t max)
{
  return bc__pdf_wrap(B->pdf, &it->para, size, w, hyph, max, &it->lines);
}

/* Wrap the items of a list at the current size, stopping once they could
 * not fit on the page at all: items past that point can only be left out. */
static bc_status wrap_list(struct brief *B, struct list *l)
{
  double h = 0, room = B->top - B->bottom;
  l->measured = 0;
  /* A lead column as wide as the widest lead, within a quarter of the
   * column; longer leads wrap inside it. */
  l->tab = 0;
  if (B->tabular && l->lead_w && l->w > B->x1 - B->x0 - 1)
    l->tab = fmin(l->lead_w * B->b / 1000 + 0.9 * B->b, l->w / 4);
  for (size_t i = 0; i < l->total && h <= room; i++) {
    struct item *it = &l->items[i];
    bc_status rc;
    if (l->tab > 0) {
      rc = bc__pdf_wrap(B->pdf, &it->lead, B->b, l->tab - 0.6 * B->b, 0, 4,
                        &it->lead_lines);
      if (!rc)
        rc = bc__pdf_wrap(B->pdf, &it->body, B->b, l->w - l->tab, 0,
                          l->max_lines, &it->lines);
      it->rows =
          it->lines.n > it->lead_lines.n ? it->lines.n : it->lead_lines.n;
    } else {
      rc = wrap_item(B, it, B->b, l->w - l->indent, l->hyphenate, l->max_lines);
      it->rows = it->lines.n;
    }
    if (rc)
      return rc;
    h += item_h(B, it) + gap_item(B);
    l->measured = i + 1;
  }
  l->shown = l->measured;
  return BC_OK;
}

static bc_status set_size(struct brief *B, double b)
{
  double cw = B->x1 - B->x0;
  bc_status rc;
  B->b = b;
  B->L = b * 1.4;
  B->T = fmin(22, fmax(16, b * 2.1));
  B->m = fmax(8, b - 1.5);
  B->Lm = B->m * 1.4;
  B->t = b * 1.08;
  B->Lt = B->t * 1.4;
  B->hs = b * 1.2;
  rc = wrap_item(B, &B->title, B->T, cw, 0, MAX_TITLE_LINES);
  if (!rc)
    rc = wrap_item(B, &B->source, B->m, cw, 0, MAX_SOURCE_LINES);
  if (!rc)
    rc = wrap_item(B, &B->tldr, B->t, cw - 24, 0, MAX_TLDR_LINES);
  if (!rc)
    rc =
        wrap_item(B, &B->panel, B->m, cw - 42 - B->badge_w * B->m / 1000, 0, 4);
  if (!rc)
    rc = wrap_item(B, &B->footer, B->m, cw, 0, 1);
  if (!rc)
    rc = wrap_list(B, &B->kp);
  if (!rc)
    rc = wrap_list(B, &B->tl);
  if (!rc)
    rc = wrap_list(B, &B->gl);
  if (!rc)
    rc = wrap_list(B, &B->qt);
  return rc;
}

static bc_status draw_item(struct brief *B, const struct item *it, double x,
                           double top, double lead, double size,
                           struct bc__pdf_rgb ink)
{
  for (size_t i = 0; i < it->lines.n; i++) {
    bc_status rc = bc__pdf_draw_line(
        B->pdf, &it->lines, i, x, baseline(top - (double)i * lead, lead, size),
        size, ink, B->uri);
    if (rc)
      return rc;
  }
  return BC_OK;
}

static bc_status draw_list(struct brief *B, const struct list *l, double top,
                           int draw)
{
  struct bc__pdf *pdf = B->pdf;
  double y = top;
  bc_status rc;
  if (!l->shown || !draw)
    return BC_OK;
  rc = bc__pdf_text(pdf, l->heading, l->x, baseline(y, B->hs * 1.35, B->hs),
                    B->hs, BC__PDF_BOLD, pdf->accent);
  if (rc)
    return rc;
  y -= heading_h(B);
  for (size_t i = 0; i < l->shown; i++) {
    const struct item *it = &l->items[i];
    if (i)
      y -= gap_item(B);
    if (l == &B->qt) { /* a rule beside each quote */
      bc__pdf_fill_rect(pdf, l->x + 1, y - item_h(B, it) + 0.15 * B->L, 1.6,
                        item_h(B, it) - 0.3 * B->L, pdf->accent);
    } else if (l->indent > 0) {
      rc = bc__pdf_text(pdf, "\xe2\x80\xa2", l->x + 1, baseline(y, B->L, B->b),
                        B->b, 0, pdf->accent);
      if (rc)
        return rc;
    }
    if (l->tab > 0) {
      for (size_t k = 0; !rc && k < it->lead_lines.n; k++)
        rc = bc__pdf_draw_line(pdf, &it->lead_lines, k, l->x,
                               baseline(y - (double)k * B->L, B->L, B->b), B->b,
                               pdf->ink, NULL);
      if (!rc)
        rc = draw_item(B, it, l->x + l->tab, y, B->L, B->b, pdf->ink);
    } else {
      rc = draw_item(B, it, l->x + l->indent, y, B->L, B->b, pdf->ink);
    }
    if (rc)
      return rc;
    y -= item_h(B, it);
  }
  return BC_OK;
}

/* Lay the page out from the top; draws when draw is set.  Returns the
 * lowest y the content reaches through *end. */
static bc_status layout(struct brief *B, int draw, double *end)
{
  struct bc__pdf *pdf = B->pdf;
  double y = B->top, cw = B->x1 - B->x0;
  bc_status rc;

  if (draw) {
    bc__pdf_fill_rect(pdf, B->x0, B->top + 10, 36, 3.5, pdf->accent);
    rc = draw_item(B, &B->title, B->x0, y, B->T * 1.22, B->T, pdf->ink);
    if (rc)
      return rc;
  }
  y -= (double)B->title.lines.n * B->T * 1.22;
  if (B->source.lines.n) {
    y -= 0.25 * B->L;
    if (draw) {
      rc = draw_item(B, &B->source, B->x0, y, B->Lm, B->m, pdf->muted);
      if (rc)
        return rc;
    }
    y -= (double)B->source.lines.n * B->Lm;
  }
  y -= 0.5 * B->L;
  if (draw) {
    HPDF_Page_SetRGBStroke(pdf->page, 0.80f, 0.82f, 0.85f);
    HPDF_Page_SetLineWidth(pdf->page, 0.6f);
    HPDF_Page_MoveTo(pdf->page, (HPDF_REAL)B->x0, (HPDF_REAL)y);
    HPDF_Page_LineTo(pdf->page, (HPDF_REAL)B->x1, (HPDF_REAL)y);
    HPDF_Page_Stroke(pdf->page);
  }
  y -= 0.7 * B->L;
  if (B->tldr.lines.n) {
    double pad = 0.6 * B->L;
    double h = 2 * pad + (double)B->tldr.lines.n * B->Lt;
    if (draw) {
      bc__pdf_fill_rect(pdf, B->x0, y - h, cw, h,
                        (struct bc__pdf_rgb){0.93, 0.95, 0.98});
      bc__pdf_fill_rect(pdf, B->x0, y - h, 3, h, pdf->accent);
      rc = draw_item(B, &B->tldr, B->x0 + 14, y - pad, B->Lt, B->t, pdf->ink);
      if (rc)
        return rc;
    }
    y -= h + gap_section(B);
  }
  if (B->kp.shown) {
    rc = draw_list(B, &B->kp, y, draw);
    if (rc)
      return rc;
    y -= list_h(B, &B->kp) + gap_section(B);
  }
  if (B->tl.shown || B->gl.shown) {
    double a = list_h(B, &B->tl), g = list_h(B, &B->gl);
    rc = draw_list(B, &B->tl, y, draw);
    if (!rc)
      rc = draw_list(B, &B->gl,
                     B->gl.x == B->tl.x ? y - a - (a > 0) * gap_section(B) : y,
                     draw);
    if (rc)
      return rc;
    if (B->gl.x == B->tl.x) /* one list only: they stack full width */
      y -= a + g + (a > 0 && g > 0) * gap_section(B);
    else
      y -= fmax(a, g);
    y -= gap_section(B);
  }
  if (B->qt.shown) {
    rc = draw_list(B, &B->qt, y, draw);
    if (rc)
      return rc;
    y -= list_h(B, &B->qt);
  }
  *end = y;
  return BC_OK;
}

static int fits(struct brief *B)
{
  double end = 0;
  layout(B, 0, &end); /* measuring never fails: it draws nothing */

  return end >= B->bottom + bottom_h(B);
}

/* Leave out items, lowest priority first, until the page fits: quotes, then
 * the tail of the taller of timeline and glossary, then key points. */
static void drop_until_fit(struct brief *B)
{
  while (!fits(B)) {
    if (B->qt.shown) {
      B->qt.shown--;
    } else if (B->tl.shown || B->gl.shown) {
      struct list *l = &B->tl;
      if (!B->tl.shown ||
          (B->gl.shown && list_h(B, &B->gl) >= list_h(B, &B->tl)))
        l = &B->gl;
      l->shown--;
    } else if (B->kp.shown) {
      B->kp.shown--;
    } else {
      return; /* only capped fixed blocks remain; they fit by construction */
    }
  }
  /* Leaving out a tall item may have made room for a shorter one of a
   * list that lost items earlier: give space back in priority order. */
  {
    struct list *ls[] = {&B->kp, &B->tl, &B->gl, &B->qt};
    for (size_t k = 0; k < 4; k++)
      while (ls[k]->shown < ls[k]->measured) {
        ls[k]->shown++;
        if (!fits(B)) {
          ls[k]->shown--;
          break;
        }
      }
  }
}

static bc_status draw_bottom(struct brief *B)
{
  struct bc__pdf *pdf = B->pdf;
  double cw = B->x1 - B->x0, y = B->bottom;
  double ph = panel_h(B), bw = B->badge_w * B->m / 1000 + 10;
  bc_status rc;

  rc = draw_item(B, &B->footer, B->x0, y + B->Lm, B->Lm, B->m, pdf->muted);
  if (rc)
    return rc;
  y += B->Lm + 0.6 * B->L;
  bc__pdf_fill_rect(pdf, B->x0, y, cw, ph,
                    (struct bc__pdf_rgb){0.955, 0.96, 0.965});
  bc__pdf_fill_rect(pdf, B->x0 + 10, y + ph / 2 - B->m * 0.85, bw, B->m * 1.7,
                    B->badge_rgb);
  rc = bc__pdf_text(pdf, B->badge, B->x0 + 15, y + ph / 2 - 0.36 * B->m, B->m,
                    BC__PDF_BOLD, (struct bc__pdf_rgb){1, 1, 1});
  if (!rc)
    rc = draw_item(B, &B->panel, B->x0 + 20 + bw,
                   y + ph / 2 + (double)B->panel.lines.n * B->Lm / 2, B->Lm,
                   B->m, pdf->ink);
  if (rc)
    return rc;
  y += ph + 0.4 * B->L;
  if (left_out(B)) {
    const struct list *ls[] = {&B->kp, &B->tl, &B->gl, &B->qt};
    static const char *const one[] = {"key point", "timeline entry",
                                      "glossary term", "quote"};
    static const char *const many[] = {"key points", "timeline entries",
                                       "glossary terms", "quotes"};
    struct bc_buf note = BC_BUF_INIT(1024);
    struct item it = {0};
    size_t n_short = B->title.lines.shortened + B->tldr.lines.shortened;
    int first = 1;
    for (size_t k = 0; k < 4; k++) {
      size_t d = ls[k]->total - ls[k]->shown;
      for (size_t i = 0; i < ls[k]->shown; i++)
        n_short += (size_t)shortened(ls[k], i);
      if (!d)
        continue;
      bc_buf_addf(&note, "%s%zu %s",
                  first ? "To fit one page, these were left out: " : ", ", d,
                  d == 1 ? one[k] : many[k]);
      first = 0;
    }
    if (n_short)
      bc_buf_addf(&note, "%s%zu item%s shortened (\xe2\x80\xa6)",
                  first ? "To fit one page, " : "; ", n_short,
                  n_short == 1 ? " was" : "s were");
    bc_buf_adds(&note, ". The full summary is in summary.json.");
    rc = bc_buf_status(&note);
    if (!rc)
      rc = bc__pdf_para_add(pdf, &it.para, bc_buf_str(&note), BC__PDF_ITALIC);
    if (!rc)
      rc = bc__pdf_wrap(pdf, &it.para, B->m, cw, 0, 2, &it.lines);
    if (!rc)
      rc = draw_item(B, &it, B->x0, y + 2 * B->Lm, B->Lm, B->m, pdf->muted);
    bc_buf_release(&note);
    bc__pdf_para_release(&it.para);
    bc__pdf_lines_release(&it.lines);
  }
  return rc;
}

static void release_list(struct list *l)
{
  for (size_t i = 0; i < l->total; i++) {
    bc__pdf_para_release(&l->items[i].para);
    bc__pdf_lines_release(&l->items[i].lines);
    bc__pdf_para_release(&l->items[i].lead);
    bc__pdf_para_release(&l->items[i].body);
    bc__pdf_lines_release(&l->items[i].lead_lines);
  }
  free(l->items);
  l->items = NULL;
}

static void release_item(struct item *it)
{
  bc__pdf_para_release(&it->para);
  bc__pdf_lines_release(&it->lines);
}

static void release(struct brief *B)
{
  release_item(&B->title);
  release_item(&B->source);
  release_item(&B->tldr);
  release_item(&B->panel);
  release_item(&B->footer);
  release_list(&B->kp);
  release_list(&B->tl);
  release_list(&B->gl);
  release_list(&B->qt);
}

static int empty(const char *s)
{
  return !s || !*s;
}

static bc_status new_list(struct list *l, const char *heading, size_t n)
{
  l->heading = heading;
  l->items = n ? bc__calloc(n, sizeof *l->items) : NULL;
  if (n && !l->items)
    return BC_ERR_NOMEM;
  l->total = n;
  return BC_OK;
}

/* The lead column form of an item; records the widest lead of the list. */
static bc_status lead_body(struct brief *B, struct list *l, struct item *it,
                           const char *lead, const char *sep, const char *body)
{
  bc_status rc = bc__pdf_para_add(B->pdf, &it->lead, lead, BC__PDF_BOLD);
  unsigned w = 0;
  if (!rc && sep)
    rc = bc__pdf_para_add(B->pdf, &it->body, sep, 0);
  if (!rc)
    rc = bc__pdf_para_add(B->pdf, &it->body, body, 0);
  for (size_t k = 0; !rc && k < it->lead.n; k++)
    w += it->lead.words[k].w + (k ? B->pdf->space_w : 0);
  if (w > l->lead_w)
    l->lead_w = w;
  return rc;
}

/* Turn the summary into measured paragraphs (once, for every size). */
static bc_status build(struct brief *B)
{
  struct bc__pdf *pdf = B->pdf;
  const struct bc_summary *s = B->s;
  struct bc_buf tmp = BC_BUF_INIT(BC_MAX_JSON_BYTES);
  bc_status rc;
  const char *title = !empty(s->title) ? s->title : s->source.title;
  int web;
  const char *where = bc__pdf_shown_source(s->source.url, &web);

  rc = bc__pdf_para_add(pdf, &B->title.para, empty(title) ? "Untitled" : title,
                        BC__PDF_BOLD);
  if (!rc && !empty(s->source.author)) {
    rc = bc__pdf_para_add(pdf, &B->source.para, "By", BC__PDF_MUTED);
    if (!rc)
      rc = bc__pdf_para_add(pdf, &B->source.para, s->source.author,
                            BC__PDF_MUTED);
  }
  if (!rc && !empty(s->source.date)) {
    if (B->source.para.n)
      rc = bc__pdf_para_add(pdf, &B->source.para, "\xc2\xb7", BC__PDF_MUTED);
    if (!rc)
      rc =
          bc__pdf_para_add(pdf, &B->source.para, s->source.date, BC__PDF_MUTED);
  }
  if (!rc && where) {
    if (B->source.para.n)
      rc = bc__pdf_para_add(pdf, &B->source.para, "\xc2\xb7", BC__PDF_MUTED);
    if (!rc)
      rc = bc__pdf_para_add(pdf, &B->source.para, where,
                            web ? BC__PDF_LINK : BC__PDF_MUTED);
    if (web)
      B->uri = s->source.url;
  }
  if (!rc && !empty(s->tldr)) {
    rc = bc__pdf_para_add(pdf, &B->tldr.para,
                          "In short:", BC__PDF_BOLD | BC__PDF_LINK);
    if (!rc)
      rc = bc__pdf_para_add(pdf, &B->tldr.para, s->tldr, 0);
  }

  if (!rc)
    rc = new_list(&B->kp, "Key points", s->n_key_points);
  for (size_t i = 0; !rc && i < s->n_key_points; i++)
    rc = bc__pdf_para_add(pdf, &B->kp.items[i].para, s->key_points[i].text, 0);
  if (!rc)
    rc = new_list(&B->tl, "Timeline", s->n_timeline);
  for (size_t i = 0; !rc && i < s->n_timeline; i++) {
    struct bc__pdf_para *p = &B->tl.items[i].para;
    const struct bc_timeline_entry *e = &s->timeline[i];
    const char *date = empty(e->date) ? e->iso : e->date;
    rc = bc__pdf_para_add(pdf, p, date, BC__PDF_BOLD);
    if (!rc)
      rc = bc__pdf_para_add(pdf, p, e->event, 0);
    if (!rc)
      rc = lead_body(B, &B->tl, &B->tl.items[i], date, NULL, e->event);
  }
  if (!rc)
    rc = new_list(&B->gl, "Glossary", s->n_glossary);
  for (size_t i = 0; !rc && i < s->n_glossary; i++) {
    struct bc__pdf_para *p = &B->gl.items[i].para;
    rc = bc__pdf_para_add(pdf, p, s->glossary[i].term, BC__PDF_BOLD);
    if (!rc)
      rc = bc__pdf_para_add(pdf, p, "\xe2\x80\x94", 0);
    if (!rc)
      rc = bc__pdf_para_add(pdf, p, s->glossary[i].definition, 0);
    if (!rc)
      rc = lead_body(B, &B->gl, &B->gl.items[i], s->glossary[i].term, NULL,
                     s->glossary[i].definition);
  }
  if (!rc)
    rc = new_list(&B->qt, "Quotes", s->n_quotes);
  for (size_t i = 0; !rc && i < s->n_quotes; i++) {
    struct bc__pdf_para *p = &B->qt.items[i].para;
    bc_buf_reset(&tmp);
    bc_buf_adds(&tmp, "\xe2\x80\x9c");
    bc_buf_adds(&tmp, s->quotes[i].text ? s->quotes[i].text : "");
    bc_buf_adds(&tmp, "\xe2\x80\x9d");
    rc = bc_buf_status(&tmp);
    if (!rc)
      rc = bc__pdf_para_add(pdf, p, bc_buf_str(&tmp), BC__PDF_ITALIC);
    if (!rc && !empty(s->quotes[i].speaker)) {
      rc = bc__pdf_para_add(pdf, p, "\xe2\x80\x94", BC__PDF_MUTED);
      if (!rc)
        rc = bc__pdf_para_add(pdf, p, s->quotes[i].speaker, BC__PDF_MUTED);
    }
  }

  /* The panel: what the validator checked, its verdict, its findings. */
  bc_buf_reset(&tmp);
  if (B->r) {
    const struct bc_report *r = B->r;
    size_t n_err = 0, n_warn = 0, n_info = 0;
    for (size_t i = 0; i < r->n_findings; i++) {
      switch (r->findings[i].severity) {
      case BC_SEV_ERROR: n_err++; break;
      case BC_SEV_WARNING: n_warn++; break;
      default: n_info++; break;
      }
    }
    switch (r->verdict) {
    case BC_VERDICT_PASS:
      B->badge = "PASS";
      B->badge_rgb = (struct bc__pdf_rgb){0.18, 0.49, 0.20};
      break;
    case BC_VERDICT_WARN:
      B->badge = "WARN";
      B->badge_rgb = (struct bc__pdf_rgb){0.70, 0.42, 0.0};
      break;
    default:
      B->badge = "FAIL";
      B->badge_rgb = (struct bc__pdf_rgb){0.78, 0.16, 0.16};
      break;
    }
    bc_buf_addf(&tmp,
                "Checked against the source: %zu evidence span%s, %zu date%s, "
                "%zu acronym%s, %zu number%s, %zu name%s. ",
                r->checked.evidence, r->checked.evidence == 1 ? "" : "s",
                r->checked.dates, r->checked.dates == 1 ? "" : "s",
                r->checked.acronyms, r->checked.acronyms == 1 ? "" : "s",
                r->checked.numbers, r->checked.numbers == 1 ? "" : "s",
                r->checked.names, r->checked.names == 1 ? "" : "s");
    if (!r->n_findings)
      bc_buf_adds(&tmp, "No findings.");
    else
      bc_buf_addf(&tmp,
                  "%zu finding%s: %zu error%s, %zu warning%s, %zu note%s; "
                  "%zu repaired.",
                  r->n_findings, r->n_findings == 1 ? "" : "s", n_err,
                  n_err == 1 ? "" : "s", n_warn, n_warn == 1 ? "" : "s", n_info,
                  n_info == 1 ? "" : "s", r->n_repaired);
  } else {
    B->badge = "N/A";
    B->badge_rgb = (struct bc__pdf_rgb){0.45, 0.47, 0.50};
    bc_buf_adds(&tmp, "Not checked against the source: no validation report "
                      "was given.");
  }
  if (!rc)
    rc = bc_buf_status(&tmp);
  if (!rc)
    rc = bc__pdf_para_add(pdf, &B->panel.para, bc_buf_str(&tmp), 0);
  if (!rc) {
    B->badge_w = bc__pdf_width(pdf, B->badge, strlen(B->badge), BC__PDF_BOLD);
    bc_buf_reset(&tmp);
    bc_buf_addf(&tmp, "Made by briefcast from a summary by %s",
                empty(s->provider) ? "an unnamed provider" : s->provider);
    if (!empty(s->source.sha256))
      bc_buf_addf(&tmp, " \xc2\xb7 source sha256 %.12s", s->source.sha256);
    rc = bc_buf_status(&tmp);
  }
  if (!rc)
    rc =
        bc__pdf_para_add(pdf, &B->footer.para, bc_buf_str(&tmp), BC__PDF_MUTED);
  bc_buf_release(&tmp);
  return rc;
}

/* Arrangements of timeline and glossary, tried in this order. */
enum { ARR_SIDE, ARR_TAB, ARR_INLINE };

/* Place the lists: timeline and glossary side by side (ARR_SIDE), or
 * stacked full width (better when one is much longer) with the dates and
 * terms in a column of their own (ARR_TAB) or inline (ARR_INLINE). */
static void place_columns(struct brief *B, int arr)
{
  int side = arr == ARR_SIDE;
  double cw = B->x1 - B->x0, gutter = 22;
  B->kp.x = B->x0;
  B->kp.w = cw;
  B->kp.indent = 13;
  B->kp.max_lines = MAX_ITEM_LINES;
  B->qt.x = B->x0;
  B->qt.w = cw;
  B->qt.indent = 11;
  B->qt.max_lines = MAX_ITEM_LINES;
  B->tl.max_lines = B->gl.max_lines = MAX_COL_LINES;
  B->tl.hyphenate = B->gl.hyphenate = 0;
  B->tabular = arr == ARR_TAB;
  if (side) {
    /* Side by side: narrow columns, so hyphenate. */
    B->tl.x = B->x0;
    B->tl.w = B->gl.w = (cw - gutter) / 2;
    B->gl.x = B->x0 + B->tl.w + gutter;
    B->tl.hyphenate = B->gl.hyphenate = 1;
  } else {
    B->tl.x = B->gl.x = B->x0;
    B->tl.w = B->gl.w = cw;
  }
}

static bc_status render(struct bc__pdf *pdf, void *ctx)
{
  struct brief *B = ctx;
  double end, best = 0;
  size_t k = 0;
  int arrs[3], n_arrs = 0, best_m = 0;
  bc_status rc;

  pdf->page = HPDF_AddPage(pdf->doc);
  if (B->paper == BC_PAPER_LETTER)
    HPDF_Page_SetSize(pdf->page, HPDF_PAGE_SIZE_LETTER, HPDF_PAGE_PORTRAIT);
  else
    HPDF_Page_SetSize(pdf->page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
  B->W = HPDF_Page_GetWidth(pdf->page);
  B->H = HPDF_Page_GetHeight(pdf->page);
  B->x0 = 54;
  B->x1 = B->W - 54;
  B->top = B->H - 50;
  B->bottom = 44;
  rc = build(B);
  if (rc)
    return rc;
  /* Shrink first, trying both arrangements of timeline and glossary at
   * each size; leave items out only at the smallest readable size. */
  if (B->tl.total && B->gl.total)
    arrs[n_arrs++] = ARR_SIDE;
  arrs[n_arrs++] = ARR_TAB;
  arrs[n_arrs++] = ARR_INLINE;
  for (k = 0; k < N_SIZES; k++)
    for (int m = 0; m < n_arrs; m++) {
      place_columns(B, arrs[m]);
      rc = set_size(B, sizes[k]);
      if (rc)
        return rc;
      if (fits(B))
        goto fitted;
    }
  /* Nothing fits whole: keep the arrangement that leaves out least, key
   * points weighing most, quotes least. */
  for (int m = 0; m < n_arrs; m++) {
    double score;
    place_columns(B, arrs[m]);
    rc = set_size(B, sizes[N_SIZES - 1]);
    if (rc)
      return rc;
    drop_until_fit(B);
    score = (double)B->kp.shown * 1e6 +
            (double)(B->tl.shown + B->gl.shown) * 1e3 + (double)B->qt.shown;
    if (m == 0 || score > best) {
      best = score;
      best_m = m;
    }
  }
  if (best_m != n_arrs - 1) { /* redo the best; state holds the last */
    place_columns(B, arrs[best_m]);
    rc = set_size(B, sizes[N_SIZES - 1]);
    if (rc)
      return rc;
    drop_until_fit(B);
  }
fitted:
  rc = layout(B, 1, &end);
  if (!rc)
    rc = draw_bottom(B);
  return rc;
}

bc_status bc_pdf_brief(const struct bc_summary *summary,
                       const struct bc_report *report,
                       const struct bc_pdf_opts *opts, const char *path,
                       struct bc_error *err)
{
  static const struct bc_pdf_opts defaults = BC_PDF_OPTS_INIT;
  struct bc__pdf *pdf;
  struct brief *B = NULL;
  bc_status rc;

  if (!summary || !path)
    return bc_error_set(err, BC_ERR_USAGE, "cannot render PDF: %s",
                        summary ? "no output path" : "no summary");
  if (!opts)
    opts = &defaults;
  pdf = bc__calloc(1, sizeof *pdf);
  B = bc__calloc(1, sizeof *B);
  if (!pdf || !B) {
    free(pdf);
    free(B);
    return bc_error_set(err, BC_ERR_NOMEM, "cannot render '%s': out of memory",
                        path);
  }
  B->pdf = pdf;
  B->s = summary;
  B->r = report;
  B->paper = opts->paper;
  rc = bc__pdf_run(pdf, opts, summary, "One-page brief", render, B, path, err);
  release(B);
  free(B);
  bc__pdf_close(pdf);
  return rc;
}
