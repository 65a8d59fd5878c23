/* pdf_slides.c - the 16:9 slide deck (960x540 pt): a title slide, key points
 * and sections at most six bullets a slide with text sized to fit, the
 * timeline, the glossary and a closing "what was checked" slide; numbered,
 * one bookmark per slide, light or dark.  The deck is planned first (which
 * bullets go on which slide, at which size) so every slide knows the total
 * for its "n / N". */
#include <math.h>
#include <string.h>

#include "briefcast/buf.h"
#include "render/pdf_doc.h"
#include "util/alloc.h"

#define SW 960.0
#define SH 540.0
#define MX 64.0   /* left and right margin */
#define TOP 56.0  /* from the top edge to the title's line box */
#define FOOT 56.0 /* from the bottom edge to the content's end */
#define MAX_BULLETS 6
#define MAX_SLIDES 5000 /* pages of one deck */
#define TITLE_SIZE 30.0

/* Bullet sizes tried, largest first. */
static const double bsizes[] = {26, 24, 22, 20, 18, 16};
#define N_BSIZES (sizeof bsizes / sizeof bsizes[0])

/* A titled list of bullets; becomes one or more slides. */
struct group {
  struct bc__pdf_para title;
  struct bc__pdf_para *items;
  size_t n;
  int checked; /* the closing slide: draw the verdict badge */
};

/* One planned slide: items [start, start + n) of a group at a size, each
 * wrapped into at most lines lines (what the slide's room holds: a bullet
 * is cut only when it cannot fit a slide of its own at the smallest size). */
struct slide {
  size_t group, start, n;
  double size;
  size_t lines;
  unsigned part, parts;
};

struct deck {
  struct bc__pdf *pdf;
  const struct bc_summary *s;
  const struct bc_report *r;
  enum bc_theme theme;
  struct bc__pdf_rgb bg, panel;
  struct group *groups;
  size_t n_groups;
  struct slide *slides;
  size_t n_slides, cap_slides;
  struct bc__pdf_lines lines; /* scratch */
  const char *badge;
  struct bc__pdf_rgb badge_rgb;
};

static double baseline(double top, double lead, double size)
{
  return top - (lead - 1.164 * size) / 2 - 0.928 * size;
}

static double lead_of(double size)
{
  return size * 1.28;
}

static double gap_of(double size)
{
  return size * 0.5;
}

static int empty(const char *s)
{
  return !s || !*s;
}

static struct group *add_group(struct deck *D, const char *title)
{
  struct group *g = bc__realloc(D->groups, (D->n_groups + 1) * sizeof *g);
  if (!g)
    return NULL;
  D->groups = g;
  g = &D->groups[D->n_groups++];
  memset(g, 0, sizeof *g);
  if (bc__pdf_para_add(D->pdf, &g->title, title, BC__PDF_BOLD))
    return NULL;
  return g;
}

static struct bc__pdf_para *add_item(struct group *g)
{
  struct bc__pdf_para *p = bc__realloc(g->items, (g->n + 1) * sizeof *p);
  if (!p)
    return NULL;
  g->items = p;
  p = &g->items[g->n++];
  memset(p, 0, sizeof *p);
  return p;
}

/* Add a bullet: an optional bold lead ("30 May 2025", "SLO"), a separator
 * and the text. */
static bc_status bullet(struct deck *D, struct group *g, const char *lead,
                        const char *sep, const char *text)
{
  struct bc__pdf_para *p = add_item(g);
  bc_status rc = BC_OK;
  if (!p)
    return BC_ERR_NOMEM;
  if (!empty(lead))
    rc = bc__pdf_para_add(D->pdf, p, lead, BC__PDF_BOLD);
  if (!rc && !empty(lead) && sep)
    rc = bc__pdf_para_add(D->pdf, p, sep, 0);
  if (!rc)
    rc = bc__pdf_para_add(D->pdf, p, text, 0);
  return rc;
}

/* Whether finding i says what an earlier one of its severity says. */
static int said_before(const struct bc_report *r, size_t i)
{
  const struct bc_finding *f = &r->findings[i];
  for (size_t k = 0; k < i; k++)
    if (r->findings[k].severity == f->severity && !empty(f->message) &&
        !empty(r->findings[k].message) &&
        !strcmp(r->findings[k].message, f->message))
      return 1;
  return 0;
}

/* Whether finding k's claim was already named among findings i..k-1 that
 * say what finding i says. */
static int claim_named_before(const struct bc_report *r, size_t i, size_t k)
{
  const struct bc_finding *o = &r->findings[k];
  for (size_t m = i; m < k; m++)
    if (r->findings[m].severity == o->severity &&
        !empty(r->findings[m].message) && !empty(r->findings[m].claim) &&
        !strcmp(r->findings[m].message, o->message) &&
        !strcmp(r->findings[m].claim, o->claim))
      return 1;
  return 0;
}

/* The text of finding i and of the later ones that say the same: the
 * message, then what each is about when the message does not name it
 * ('the source never names this: "Europa Clipper", "JPL"'), each once and
 * at most six.  An error's claim is what the summary got wrong, so it is
 * never shown again: the bullet says in how many places instead. */
static void finding_text(struct bc_buf *b, const struct bc_report *r, size_t i)
{
  const struct bc_finding *f = &r->findings[i];
  size_t shown = 0, more = 0, places = 0;
  if (empty(f->message)) {
    bc_buf_adds(b, f->severity == BC_SEV_ERROR || !f->claim ? "" : f->claim);
    return;
  }
  bc_buf_adds(b, f->message);
  for (size_t k = i; k < r->n_findings; k++) {
    const struct bc_finding *o = &r->findings[k];
    if (o->severity != f->severity || empty(o->message) ||
        strcmp(o->message, f->message))
      continue;
    places++;
    if (f->severity == BC_SEV_ERROR || empty(o->claim) ||
        strstr(f->message, o->claim) || claim_named_before(r, i, k))
      continue;
    if (shown == 6) {
      more++;
      continue;
    }
    bc_buf_adds(b, shown ? ", \xe2\x80\x9c" : ": \xe2\x80\x9c");
    bc_buf_adds(b, o->claim);
    bc_buf_adds(b, "\xe2\x80\x9d");
    shown++;
  }
  if (more)
    bc_buf_addf(b, " and %zu more", more);
  if (f->severity == BC_SEV_ERROR && places > 1)
    bc_buf_addf(b, " (in %zu places)", places);
}

static bc_status build_checked(struct deck *D)
{
  const struct bc_report *r = D->r;
  struct group *g = add_group(D, "What was checked");
  struct bc_buf b = BC_BUF_INIT(1 << 16);
  bc_status rc = BC_OK;
  if (!g)
    return BC_ERR_NOMEM;
  g->checked = 1;
  if (!r) {
    D->badge = "N/A";
    D->badge_rgb = (struct bc__pdf_rgb){0.45, 0.47, 0.50};
    return bullet(D, g, NULL, NULL,
                  "This summary was not checked against its source: no "
                  "validation report was given.");
  }
  switch (r->verdict) {
  case BC_VERDICT_PASS:
    D->badge = "PASS";
    D->badge_rgb = (struct bc__pdf_rgb){0.18, 0.55, 0.22};
    break;
  case BC_VERDICT_WARN:
    D->badge = "WARN";
    D->badge_rgb = (struct bc__pdf_rgb){0.76, 0.47, 0.0};
    break;
  default:
    D->badge = "FAIL";
    D->badge_rgb = (struct bc__pdf_rgb){0.80, 0.18, 0.18};
    break;
  }
  bc_buf_addf(&b,
              "Every evidence span, date, acronym, number and name in the "
              "summary was compared with the source: %zu spans, %zu dates, "
              "%zu acronyms, %zu numbers, %zu names.",
              r->checked.evidence, r->checked.dates, r->checked.acronyms,
              r->checked.numbers, r->checked.names);
  rc = bc_buf_status(&b);
  if (!rc)
    rc = bullet(D, g, NULL, NULL, bc_buf_str(&b));
  bc_buf_reset(&b);
  if (!r->n_findings)
    bc_buf_adds(&b, "No findings: the summary agrees with the source.");
  else
    bc_buf_addf(&b, "%zu finding%s, %zu repaired from the source.",
                r->n_findings, r->n_findings == 1 ? "" : "s", r->n_repaired);
  if (!rc)
    rc = bc_buf_status(&b);
  if (!rc)
    rc = bullet(D, g, NULL, NULL, bc_buf_str(&b));
  /* The findings themselves, errors first, as many as fit; findings that
   * say the same thing ("the source never names this") make one bullet
   * that names what each was about. */
  for (int sev = BC_SEV_ERROR; !rc && sev >= BC_SEV_INFO; sev--)
    for (size_t i = 0; !rc && i < r->n_findings; i++) {
      const struct bc_finding *f = &r->findings[i];
      if ((int)f->severity != sev || said_before(r, i))
        continue;
      bc_buf_reset(&b);
      finding_text(&b, r, i);
      rc = bc_buf_status(&b);
      if (!rc)
        rc = bullet(D, g,
                    sev == BC_SEV_ERROR     ? "Error"
                    : sev == BC_SEV_WARNING ? "Warning"
                                            : "Note",
                    "\xe2\x80\x94", bc_buf_str(&b));
    }
  bc_buf_release(&b);
  return rc;
}

static bc_status build(struct deck *D)
{
  const struct bc_summary *s = D->s;
  struct group *g;
  bc_status rc = BC_OK;

  /* A provider that made slides has grouped the key points itself (the
   * local one makes an agenda, a key points slide and one per section);
   * without slides, key points come first, then one slide per section. */
  if (s->n_key_points && !s->n_slides) {
    if (!(g = add_group(D, "Key points")))
      return BC_ERR_NOMEM;
    for (size_t i = 0; !rc && i < s->n_key_points; i++)
      rc = bullet(D, g, NULL, NULL, s->key_points[i].text);
  }
  for (size_t i = 0; !rc && i < s->n_slides; i++) {
    const struct bc_slide *sl = &s->slides[i];
    if (!sl->n_bullets)
      continue;
    if (!(g = add_group(D, empty(sl->title) ? "Slide" : sl->title)))
      return BC_ERR_NOMEM;
    for (size_t k = 0; !rc && k < sl->n_bullets; k++)
      rc = bullet(D, g, NULL, NULL, sl->bullets[k]);
  }
  for (size_t i = 0; !rc && !s->n_slides && i < s->n_sections; i++) {
    const struct bc_section *sec = &s->sections[i];
    if (empty(sec->summary))
      continue;
    if (!(g = add_group(D, empty(sec->heading) ? "Section" : sec->heading)))
      return BC_ERR_NOMEM;
    rc = bullet(D, g, NULL, NULL, sec->summary);
  }
  if (!rc && s->n_timeline) {
    if (!(g = add_group(D, "Timeline")))
      return BC_ERR_NOMEM;
    for (size_t i = 0; !rc && i < s->n_timeline; i++)
      rc = bullet(D, g,
                  empty(s->timeline[i].date) ? s->timeline[i].iso
                                             : s->timeline[i].date,
                  "\xe2\x80\x94", s->timeline[i].event);
  }
  if (!rc && s->n_glossary) {
    if (!(g = add_group(D, "Glossary")))
      return BC_ERR_NOMEM;
    for (size_t i = 0; !rc && i < s->n_glossary; i++)
      rc = bullet(D, g, s->glossary[i].term, "\xe2\x80\x94",
                  s->glossary[i].definition);
  }
  if (!rc)
    rc = build_checked(D);
  return rc;
}

/* Lines of the title of g (wrapped into D->lines). */
static bc_status wrap_title(struct deck *D, const struct group *g)
{
  /* five lines: a long heading is shown whole; the room below shrinks */
  return bc__pdf_wrap(D->pdf, &g->title, TITLE_SIZE, SW - 2 * MX - 120, 0, 5,
                      &D->lines);
}

/* Top of the content area under a title of n lines. */
static double content_top(size_t title_lines)
{
  return SH - TOP - (double)title_lines * lead_of(TITLE_SIZE) - 30;
}

/* Lines of bullet text that room holds at size (at least one). */
static size_t room_lines(double room, double size)
{
  double n = floor(room / lead_of(size));
  return n >= 1 ? (size_t)n : 1;
}

/* Height of items [start, start + n) of g at size, each wrapped into at
 * most lines lines.  A bullet that would be cut does not fit. */
static bc_status items_h(struct deck *D, const struct group *g, size_t start,
                         size_t n, double size, size_t lines, double *h)
{
  double w = SW - 2 * MX - size * 1.2;
  *h = 0;
  for (size_t i = 0; i < n; i++) {
    bc_status rc = bc__pdf_wrap(D->pdf, &g->items[start + i], size, w, 0, lines,
                                &D->lines);
    if (rc)
      return rc;
    *h += (double)D->lines.n * lead_of(size) + (i ? gap_of(size) : 0);
    if (D->lines.shortened)
      *h = INFINITY;
  }
  return BC_OK;
}

static bc_status add_slide(struct deck *D, size_t group, size_t start, size_t n,
                           double size, size_t lines)
{
  if (D->n_slides == D->cap_slides) {
    size_t c = D->cap_slides ? D->cap_slides * 2 : 16;
    struct slide *p = bc__realloc(D->slides, c * sizeof *p);
    if (!p)
      return BC_ERR_NOMEM;
    D->slides = p;
    D->cap_slides = c;
  }
  D->slides[D->n_slides++] = (struct slide){group, start, n, size, lines, 0, 0};
  return BC_OK;
}

/* The slides items [start, g->n) of g take from start on, at most max
 * bullets a slide: as many as fit on each at the largest size that holds
 * them all, never under the smallest size.  With record, the slides are
 * added to the deck; *count says how many there were. */
static bc_status place(struct deck *D, size_t gi, double room, size_t max,
                       size_t want_slides, int record, size_t *count)
{
  const struct group *g = &D->groups[gi];
  size_t start = 0, made = 0;
  *count = 0;
  while (start < g->n || (start == 0 && g->n == 0)) {
    size_t left = g->n - start, k = left < max ? left : max;
    double size = bsizes[N_BSIZES - 1];
    size_t lines = room_lines(room, size);
    bc_status rc;
    /* Spread evenly over the slides a first plan needed: seven bullets
     * make four and three, never six and one. */
    if (want_slides > made + 1) {
      size_t even = (left + want_slides - made - 1) / (want_slides - made);
      if (even < k)
        k = even;
    }
    for (;;) {
      size_t s;
      for (s = 0; s < N_BSIZES; s++) {
        double h;
        rc =
            items_h(D, g, start, k, bsizes[s], room_lines(room, bsizes[s]), &h);
        if (rc)
          return rc;
        if (h <= room)
          break;
      }
      if (s < N_BSIZES) {
        size = bsizes[s];
        lines = room_lines(room, size);
        break;
      }
      if (k <= 1)
        break; /* one bullet longer than a slide: cut, drawn at min */
      k--;
    }
    if (record) {
      rc = add_slide(D, gi, start, k, size, lines);
      if (rc)
        return rc;
    }
    made++;
    if (!k)
      break;
    start += k;
  }
  *count = made;
  return BC_OK;
}

/* Decide which bullets go on which slide: first how many slides the group
 * needs, then the bullets spread evenly over that many. */
static bc_status plan(struct deck *D)
{
  for (size_t gi = 0; gi < D->n_groups; gi++) {
    const struct group *g = &D->groups[gi];
    size_t first = D->n_slides, need;
    double room;
    bc_status rc = wrap_title(D, g);
    if (rc)
      return rc;
    room = content_top(D->lines.n) - FOOT;
    if (g->checked)
      room -= 54; /* the verdict badge */
    rc = place(D, gi, room, MAX_BULLETS, 0, 0, &need);
    if (!rc)
      rc = place(D, gi, room, MAX_BULLETS, need, 1, &need);
    if (rc)
      return rc;
    for (size_t i = first; i < D->n_slides; i++) {
      D->slides[i].part = (unsigned)(i - first + 1);
      D->slides[i].parts = (unsigned)(D->n_slides - first);
    }
  }
  return BC_OK;
}

static void fill(struct bc__pdf *pdf, double x, double y, double w, double h,
                 struct bc__pdf_rgb c)
{
  bc__pdf_fill_rect(pdf, x, y, w, h, c);
}

static HPDF_Page new_page(struct deck *D)
{
  struct bc__pdf *pdf = D->pdf;
  pdf->page = HPDF_AddPage(pdf->doc);
  HPDF_Page_SetWidth(pdf->page, (HPDF_REAL)SW);
  HPDF_Page_SetHeight(pdf->page, (HPDF_REAL)SH);
  fill(pdf, 0, 0, SW, SH, D->bg);
  return pdf->page;
}

static bc_status bookmark(struct deck *D, const char *title)
{
  struct bc__pdf *pdf = D->pdf;
  char *c = bc__pdf_clean(pdf, title);
  HPDF_Outline o;
  if (!c)
    return BC_ERR_NOMEM;
  bc__pdf_cap(c, 1024); /* a bookmark is one line of a side panel */
  o = HPDF_CreateOutline(pdf->doc, NULL, *c ? c : "Slide", pdf->utf8);
  HPDF_Outline_SetDestination(o, HPDF_Page_CreateDestination(pdf->page));
  free(c);
  return BC_OK;
}

static bc_status footer(struct deck *D, size_t index)
{
  struct bc__pdf *pdf = D->pdf;
  struct bc_buf b = BC_BUF_INIT(256);
  double w;
  bc_status rc;
  bc_buf_addf(&b, "%zu / %zu", index + 1, D->n_slides + 1);
  rc = bc_buf_status(&b);
  if (!rc) {
    w = bc__pdf_width(pdf, bc_buf_str(&b), strlen(bc_buf_str(&b)), 0) * 12 /
        1000.0;
    rc = bc__pdf_text(pdf, bc_buf_str(&b), SW - MX - w, 24, 12, 0, pdf->muted);
  }
  bc_buf_release(&b);
  return rc;
}

static bc_status draw_lines(struct deck *D, double x, double top, double size,
                            double lead, struct bc__pdf_rgb ink,
                            const char *uri)
{
  for (size_t i = 0; i < D->lines.n; i++) {
    bc_status rc = bc__pdf_draw_line(
        D->pdf, &D->lines, i, x, baseline(top - (double)i * lead, lead, size),
        size, ink, uri);
    if (rc)
      return rc;
  }
  return BC_OK;
}

static bc_status title_slide(struct deck *D)
{
  struct bc__pdf *pdf = D->pdf;
  const struct bc_summary *s = D->s;
  struct bc__pdf_para p = {0};
  const char *title = !empty(s->title) ? s->title : s->source.title;
  const char *uri = NULL;
  int web;
  const char *where = bc__pdf_shown_source(s->source.url, &web);
  double y = SH - 130, w = SW - 2 * MX - 40;
  bc_status rc;

  new_page(D);
  fill(pdf, 0, 0, 18, SH, pdf->accent);
  rc = bc__pdf_text(pdf, "BRIEFCAST", MX, SH - 80, 13,
                    BC__PDF_BOLD | BC__PDF_ACCENT, pdf->accent);
  if (!rc)
    rc = bc__pdf_para_add(pdf, &p, empty(title) ? "Untitled" : title,
                          BC__PDF_BOLD);
  /* The title whole, in at most three lines at the largest size that
   * holds it (a text's first sentence may stand for its title). */
  {
    static const double sizes[] = {40, 34, 28, 24, 20};
    double ts = 40;
    for (size_t k = 0; !rc && k < sizeof sizes / sizeof sizes[0]; k++) {
      ts = sizes[k];
      rc = bc__pdf_wrap(pdf, &p, ts, w, 0,
                        k + 1 < sizeof sizes / sizeof sizes[0] ? 3 : 8,
                        &D->lines);
      if (!D->lines.shortened)
        break;
    }
    if (!rc)
      rc = draw_lines(D, MX, y, ts, ts * 1.2, pdf->ink, NULL);
    y -= (double)D->lines.n * ts * 1.2 + 18;
  }
  bc__pdf_para_release(&p);
  if (!rc && (!empty(s->source.author) || !empty(s->source.date) || where)) {
    if (!empty(s->source.author))
      rc = bc__pdf_para_add(pdf, &p, s->source.author, BC__PDF_MUTED);
    if (!rc && !empty(s->source.date)) {
      if (p.n)
        rc = bc__pdf_para_add(pdf, &p, "\xc2\xb7", BC__PDF_MUTED);
      if (!rc)
        rc = bc__pdf_para_add(pdf, &p, s->source.date, BC__PDF_MUTED);
    }
    if (!rc && where) {
      if (p.n)
        rc = bc__pdf_para_add(pdf, &p, "\xc2\xb7", BC__PDF_MUTED);
      if (!rc)
        rc = bc__pdf_para_add(pdf, &p, where,
                              web ? BC__PDF_LINK : BC__PDF_MUTED);
      if (web)
        uri = s->source.url;
    }
    if (!rc)
      rc = bc__pdf_wrap(pdf, &p, 16, w, 0, 4, &D->lines);
    if (!rc)
      rc = draw_lines(D, MX, y, 16, 21, pdf->muted, uri);
    y -= (double)D->lines.n * 21 + 26;
    bc__pdf_para_release(&p);
  }
  /* The tl;dr takes the lines left, at most six, at the largest size that
   * shows it whole (0 lines would mean no limit to the wrapper, so then it
   * is left out). */
  if (!rc && !empty(s->tldr) && y - FOOT >= 25) {
    static const double tsizes[] = {19, 17, 15, 13};
    double ts = 19, tl = 25;
    rc = bc__pdf_para_add(pdf, &p, s->tldr, 0);
    for (size_t k = 0; !rc && k < sizeof tsizes / sizeof tsizes[0]; k++) {
      size_t max;
      ts = tsizes[k];
      tl = ts * 25 / 19;
      max = (size_t)((y - FOOT) / tl);
      rc = bc__pdf_wrap(pdf, &p, ts, w, 0,
                        max > 6 ? 6
                        : max   ? max
                                : 1,
                        &D->lines);
      if (!D->lines.shortened)
        break;
    }
    if (!rc && D->lines.n) {
      fill(pdf, MX, y - (double)D->lines.n * tl - 4, 4,
           (double)D->lines.n * tl + 4, pdf->accent);
      rc = draw_lines(D, MX + 18, y, ts, tl, pdf->ink, NULL);
    }
    bc__pdf_para_release(&p);
  }
  if (!rc)
    rc = bookmark(D, empty(title) ? "Untitled" : title);
  if (!rc)
    rc = footer(D, 0);
  return rc;
}

static bc_status content_slide(struct deck *D, size_t index)
{
  struct bc__pdf *pdf = D->pdf;
  const struct slide *sl = &D->slides[index];
  const struct group *g = &D->groups[sl->group];
  double y, size = sl->size, lead = lead_of(size), indent = size * 1.2;
  struct bc_buf name = BC_BUF_INIT(1 << 16);
  bc_status rc;

  new_page(D);
  fill(pdf, 0, SH - 10, SW, 10, pdf->accent);
  rc = wrap_title(D, g);
  if (!rc)
    rc = draw_lines(D, MX, SH - TOP, TITLE_SIZE, lead_of(TITLE_SIZE), pdf->ink,
                    NULL);
  if (rc)
    return rc;
  y = content_top(D->lines.n);
  fill(pdf, MX, y + 14, 56, 3, pdf->accent);
  /* The bookmark names the slide as its title reads, part included. */
  for (size_t k = 0; k < g->title.n_strs; k++)
    bc_buf_adds(&name, g->title.strs[k]);
  if (sl->parts > 1)
    bc_buf_addf(&name, " (%u/%u)", sl->part, sl->parts);
  rc = bc_buf_status(&name);
  if (!rc && sl->parts > 1) {
    const char *suffix = bc_buf_str(&name) + strlen(g->title.strs[0]) + 1;
    double w = bc__pdf_width(pdf, suffix, strlen(suffix), 0) * 16 / 1000.0;
    rc = bc__pdf_text(pdf, suffix, SW - MX - w, SH - TOP - 24, 16, 0,
                      pdf->muted);
  }
  if (!rc)
    rc = bookmark(D, bc_buf_str(&name));
  bc_buf_release(&name);
  if (!rc && g->checked) {
    double bw = bc__pdf_width(pdf, D->badge, strlen(D->badge), BC__PDF_BOLD) *
                    20 / 1000.0 +
                24;
    fill(pdf, MX, y - 34, bw, 34, D->badge_rgb);
    rc = bc__pdf_text(pdf, D->badge, MX + 12, y - 24, 20, BC__PDF_BOLD,
                      (struct bc__pdf_rgb){1, 1, 1});
    y -= 54;
  }
  for (size_t i = 0; !rc && i < sl->n; i++) {
    const struct bc__pdf_para *p = &g->items[sl->start + i];
    rc = bc__pdf_wrap(pdf, p, size, SW - 2 * MX - indent, 0, sl->lines,
                      &D->lines);
    if (!rc)
      rc = bc__pdf_text(pdf, "\xe2\x80\xa2", MX, baseline(y, lead, size), size,
                        0, pdf->accent);
    if (!rc)
      rc = draw_lines(D, MX + indent, y, size, lead, pdf->ink, NULL);
    y -= (double)D->lines.n * lead + gap_of(size);
  }
  if (!rc)
    rc = footer(D, index + 1);
  return rc;
}

static bc_status render(struct bc__pdf *pdf, void *ctx)
{
  struct deck *D = ctx;
  bc_status rc;
  if (D->theme == BC_THEME_DARK) {
    D->bg = (struct bc__pdf_rgb){0.09, 0.10, 0.13};
    pdf->ink = (struct bc__pdf_rgb){0.93, 0.94, 0.96};
    pdf->muted = (struct bc__pdf_rgb){0.64, 0.67, 0.72};
    pdf->accent = (struct bc__pdf_rgb){0.49, 0.71, 1.0};
  } else {
    D->bg = (struct bc__pdf_rgb){1, 1, 1};
  }
  HPDF_SetPageMode(pdf->doc, HPDF_PAGE_MODE_USE_OUTLINE);
  rc = build(D);
  if (!rc)
    rc = plan(D);
  /* A PDF array (the page tree, the outline) holds at most 32767 items;
   * long before that a deck is unreadable, and rendering it costs time. */
  if (!rc && D->n_slides > MAX_SLIDES)
    rc = BC_ERR_LIMIT;
  if (!rc)
    rc = title_slide(D);
  for (size_t i = 0; !rc && i < D->n_slides; i++)
    rc = content_slide(D, i);
  return rc;
}

bc_status bc_pdf_slides(const struct bc_summary *summary,
                        const struct bc_report *report,
                        const struct bc_pdf_opts *opts, const char *path,
                        struct bc_error *err)
{
  static const struct bc_pdf_opts defaults = BC_PDF_OPTS_INIT;
  struct bc__pdf *pdf;
  struct deck *D;
  bc_status rc;

  if (!summary || !path)
    return bc_error_set(err, BC_ERR_USAGE, "cannot render slides: %s",
                        summary ? "no output path" : "no summary");
  if (!opts)
    opts = &defaults;
  pdf = bc__calloc(1, sizeof *pdf);
  D = bc__calloc(1, sizeof *D);
  if (!pdf || !D) {
    free(pdf);
    free(D);
    return bc_error_set(err, BC_ERR_NOMEM, "cannot render '%s': out of memory",
                        path);
  }
  D->pdf = pdf;
  D->s = summary;
  D->r = report;
  D->theme = opts->theme;
  rc = bc__pdf_run(pdf, opts, summary, "Slide deck", render, D, path, err);
  for (size_t i = 0; i < D->n_groups; i++) {
    bc__pdf_para_release(&D->groups[i].title);
    for (size_t k = 0; k < D->groups[i].n; k++)
      bc__pdf_para_release(&D->groups[i].items[k]);
    free(D->groups[i].items);
  }
  free(D->groups);
  free(D->slides);
  bc__pdf_lines_release(&D->lines);
  free(D);
  bc__pdf_close(pdf);
  return rc;
}
