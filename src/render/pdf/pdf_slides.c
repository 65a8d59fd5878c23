/* pdf_slides.c - the 16:9 slide deck (960x540 pt): a title slide (title,
 * source, author, date), then the parts of pdf_outline.c in its order
 * (bullets sized to fit and spread evenly over as few slides as hold
 * them, whole, never a lone continuation bullet; the key figures as big
 * numbers; a drawn timeline; one slide per quote, the first two) and,
 * when the check has something a reader should know (see worth_showing),
 * a closing "what was checked" slide with its counts and verdict, then its
 * findings;
 * numbered, one bookmark per slide, light or dark.  The deck is planned
 * first (which items go on which slide, at which size) so every slide
 * knows the total for its "n / N". */
#include <math.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/facts.h"
#include "briefcast/limits.h"
#include "render/pdf/pdf_doc.h"
#include "render/pdf/pdf_outline.h"
#include "util/alloc.h"

#define SW 960.0
#define SH 540.0
#define MX 64.0        /* left and right margin */
#define TOP 56.0       /* from the top edge to the title's line box */
#define FOOT 56.0      /* from the bottom edge to the content's end */
#define BADGE_H 54.0   /* the verdict badge and the space under it */
#define MAX_CALLOUTS 3 /* key figures on their slide */
#define MAX_QUOTE_SLIDES                                                       \
  2                          /* quotes shown, one a slide, in the summary's    \
                                order: more read as filler */
#define MAX_FIGURE_POINTS 64 /* key points searched for figures */
#define LABEL_BYTES 280      /* a key figure's label at most */
#define TL_PER_SLIDE 4       /* timeline marks a slide at most */
#define TL_DATE_SIZE 18.0

/* Bullet sizes tried, largest first; the last ones only for a bullet that
 * holds a slide on its own. */
static const double bsizes[] = {26, 24, 22, 20, 18, 16, 14, 12};
#define N_BSIZES (sizeof bsizes / sizeof bsizes[0])
/* Sizes of a timeline label, of a quote, of a big number and its label. */
static const double tsizes[] = {18, 16, 15, 14, 13, 12, 11, 10};
static const double qsizes[] = {36, 32, 28, 26, 24, 22, 20, 18, 16, 14};
static const double nsizes[] = {72, 64, 56, 48, 40, 34, 28};
static const double lsizes[] = {20, 18, 17, 16, 15, 14, 13, 12};
/* Sizes of a slide's title. */
static const double title_sizes[] = {30, 26, 22, 18};
#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

enum gkind { G_BULLETS, G_TIMELINE, G_QUOTES, G_CHECKED };
enum pkind { P_BULLETS, P_CALLOUTS, P_TIMELINE, P_QUOTE };

/* Two paragraphs that belong together: a big number and its label, a
 * timeline date and its event, a quote and its speaker. */
struct pair {
  struct bc__pdf_para head, body;
};

/* A part of the deck; becomes one or more slides. */
struct group {
  struct bc__pdf_para title;
  enum gkind kind;
  struct bc__pdf_para *items; /* bullets (and the findings) */
  size_t n;
  struct pair *pairs; /* key figures, timeline entries, quotes or counts */
  size_t n_pairs;
};

/* One planned slide: items or pairs [start, start + n) of a group. */
struct slide {
  size_t group;
  enum pkind kind;
  size_t start, n;
  double size;
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
  struct bc__pdf_lines lines, lines2; /* scratch */
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

/* Whether a[0..na) and b[0..nb) say the same words, case, spaces,
 * quotation marks and the final stop aside. */
static int same_words(const char *a, size_t na, const char *b, size_t nb)
{
  size_t i = 0, j = 0;
  for (;;) {
    while (i < na && strchr(" \t\n\"'", a[i]))
      i++;
    while (j < nb && strchr(" \t\n\"'", b[j]))
      j++;
    if (i < na && j < nb) {
      int x = (unsigned char)a[i], y = (unsigned char)b[j];
      if (x >= 'A' && x <= 'Z')
        x += 'a' - 'A';
      if (y >= 'A' && y <= 'Z')
        y += 'a' - 'A';
      if (x != y)
        return 0;
      i++;
      j++;
      continue;
    }
    while (i < na && strchr(" \t\n\"'.!", a[i]))
      i++;
    while (j < nb && strchr(" \t\n\"'.!", b[j]))
      j++;
    return i == na && j == nb;
  }
}

/* Whether text says a sentence of the tl;dr, or the title, again word for
 * word: the title slide shows both, so a bullet that says them only
 * repeats it. */
static int says_tldr(const struct bc_summary *s, const char *text)
{
  const char *title = !empty(s->title) ? s->title : s->source.title;
  struct bc_span *sp = NULL;
  size_t n = 0, i;
  int same = 0;
  if (empty(text))
    return 0;
  if (!empty(title) && same_words(text, strlen(text), title, strlen(title)))
    return 1;
  if (empty(s->tldr) ||
      bc_facts_sentences(s->tldr, strlen(s->tldr), &sp, &n, NULL))
    return 0;
  for (i = 0; i < n && !same; i++)
    same = same_words(text, strlen(text), s->tldr + sp[i].start,
                      sp[i].end - sp[i].start);
  free(sp);
  return same;
}

/* Where the tl;dr shown on the title slide starts: past its first
 * sentence when that sentence opens with the title's words (an untitled
 * story's title is its tl;dr's lead), so the slide does not say it twice;
 * at its end when nothing is left. */
static size_t tldr_rest(const struct bc_summary *s, const char *title)
{
  struct bc_span *sp = NULL;
  size_t n = 0, at = 0, tn, k;
  if (empty(s->tldr) || empty(title))
    return 0;
  tn = strlen(title);
  while (tn && strchr(" .!", title[tn - 1]))
    tn--;
  if (bc_facts_sentences(s->tldr, strlen(s->tldr), &sp, &n, NULL) || !n) {
    free(sp);
    return 0;
  }
  k = sp[0].end - sp[0].start;
  if (k >= tn && same_words(s->tldr + sp[0].start, tn, title, tn))
    at = n > 1 ? sp[1].start : strlen(s->tldr);
  free(sp);
  return at;
}

static void *grow(void *p, size_t n, size_t size)
{
  return bc__realloc(p, (n + 1) * size);
}

static struct group *add_group(struct deck *D, const char *title,
                               enum gkind kind)
{
  struct group *g = grow(D->groups, D->n_groups, sizeof *g);
  if (!g)
    return NULL;
  D->groups = g;
  g = &D->groups[D->n_groups++];
  memset(g, 0, sizeof *g);
  g->kind = kind;
  if (bc__pdf_para_add(D->pdf, &g->title, title, BC__PDF_BOLD))
    return NULL;
  return g;
}

/* Add a bullet: an optional bold lead ("Error"), a separator and the
 * text. */
static bc_status bullet(struct deck *D, struct group *g, const char *lead,
                        const char *sep, const char *text)
{
  struct bc__pdf_para *p = grow(g->items, g->n, sizeof *p);
  bc_status rc = BC_OK;
  if (!p)
    return BC_ERR_NOMEM;
  g->items = p;
  p = &g->items[g->n++];
  memset(p, 0, sizeof *p);
  if (!empty(lead))
    rc = bc__pdf_para_add(D->pdf, p, lead, BC__PDF_BOLD);
  if (!rc && !empty(lead) && sep)
    rc = bc__pdf_para_add(D->pdf, p, sep, 0);
  if (!rc)
    rc = bc__pdf_para_add(D->pdf, p, text, 0);
  return rc;
}

/* A bullet per sentence of text (a section's summary reads as a list). */
static bc_status sentence_bullets(struct deck *D, struct group *g,
                                  const char *text)
{
  struct bc_span *sp = NULL;
  size_t n = 0;
  bc_status rc = bc_facts_sentences(text, strlen(text), &sp, &n, NULL);
  if (rc || n < 2) {
    free(sp);
    return rc == BC_ERR_NOMEM ? rc : bullet(D, g, NULL, NULL, text);
  }
  for (size_t i = 0; !rc && i < n; i++) {
    char *t = bc__strndup(text + sp[i].start, sp[i].end - sp[i].start);
    rc = t ? bullet(D, g, NULL, NULL, t) : BC_ERR_NOMEM;
    free(t);
  }
  free(sp);
  return rc;
}

static void pair_release(struct pair *p)
{
  bc__pdf_para_release(&p->head);
  bc__pdf_para_release(&p->body);
}

static bc_status pair(struct deck *D, struct group *g, const char *head,
                      unsigned char head_style, const char *body,
                      unsigned char body_style)
{
  struct pair *p = grow(g->pairs, g->n_pairs, sizeof *p);
  bc_status rc;
  if (!p)
    return BC_ERR_NOMEM;
  g->pairs = p;
  p = &g->pairs[g->n_pairs++];
  memset(p, 0, sizeof *p);
  rc = bc__pdf_para_add(D->pdf, &p->head, head, head_style);
  if (!rc && !empty(body))
    rc = bc__pdf_para_add(D->pdf, &p->body, body, body_style);
  return rc;
}

/* ---- what the deck shows ------------------------------------------------ */

/* Words that open a sentence leaning on an earlier one: a figure's card
 * shows its sentence alone, so one opening with them says nothing. */
static int leans_back(const char *t)
{
  static const char *const words[] = {
      "He",  "She",   "It",   "They",  "This", "That",  "These", "Those",
      "His", "Her",   "Its",  "Their", "We",   "I",     "But",   "And",
      "So",  "Which", "Such", "Both",  "Here", "There", "Then",  "Also"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    size_t n = strlen(words[i]);
    if (!strncmp(t, words[i], n) && (t[n] == ' ' || t[n] == ','))
      return 1;
  }
  return 0;
}

/* The label of a key figure: the key point's whole sentence, its own
 * words, never a clause cut out of it ("of 'baijiu' - a strong" tells a
 * reader nothing).  NULL when the sentence is longer than a label or
 * leans on one before it. */
static char *figure_label(const char *t)
{
  size_t n = strlen(t);
  while (n && strchr(" .", t[n - 1]))
    n--;
  if (!n || n > LABEL_BYTES || leans_back(t))
    return NULL;
  return bc__strndup(t, n);
}

static int has_digit(const char *t, struct bc_span w)
{
  for (size_t i = w.start; i < w.end; i++)
    if (t[i] >= '0' && t[i] <= '9')
      return 1;
  return 0;
}

/* A currency as the analyzer names it: a three-letter code ("USD"). */
static int currency(const char *unit)
{
  return strlen(unit) == 3 && unit[0] >= 'A' && unit[0] <= 'Z' &&
         unit[1] >= 'A' && unit[1] <= 'Z' && unit[2] >= 'A' && unit[2] <= 'Z';
}

/* Whether a unit written in the singular after a number above one makes
 * the number a modifier of what follows ("a 30 minute walk", "a 5 mile
 * run"): the quantity is not the point of the sentence. */
static int modifier_unit(const struct bc_number_fact *nf)
{
  static const char *const singular[] = {
      "second", "minute", "hour",   "day",       "week",      "month", "year",
      "mile",   "metre",  "meter",  "kilometre", "kilometer", "foot",  "inch",
      "yard",   "acre",   "storey", "story",     "point",     "seat",  "page",
      "piece",  "man",    "strong", NULL};
  for (size_t i = 0; singular[i]; i++)
    if (!strcmp(nf->unit, singular[i]))
      return nf->value_hi > 1;
  return 0;
}

/* Whether number fact nf of key point t means something on a card of its
 * own: a quantity with a unit of measurement, a currency or a count of
 * more than ten things, written whole.  Not a year ("2016 day"), not part
 * of a compound word ("19-year" of "19-year-old", "300-page"), not a
 * label such as "No. 10", "#7" or "3170 W." of an address, not a
 * modifier ("a 30 minute walk"), and not a count of a few ("one lemon",
 * "three points", "10 holes"): those read as filler. */
static int card_worthy(const char *t, const struct bc_number_fact *nf)
{
  struct bc_span w = nf->whole;
  size_t len = strlen(t);
  int count = !empty(nf->noun) && !strcmp(nf->unit, nf->noun);
  if ((empty(nf->unit) && empty(nf->noun)) || w.end <= w.start ||
      w.end - w.start > 28 || w.end > len)
    return 0;
  if (w.end < len && (t[w.end] == '-' || t[w.end] == '/' ||
                      (t[w.end] >= 'a' && t[w.end] <= 'z')))
    return 0;
  /* "3170 W. County Road": a letter and a stop after the number abbreviate
   * a word of an address, not a unit */
  if (w.end + 2 < len && t[w.end - 1] >= 'A' && t[w.end - 1] <= 'Z' &&
      t[w.end] == '.' && t[w.end + 1] == ' ')
    return 0;
  if ((w.start >= 1 && t[w.start - 1] == '#') ||
      (w.start >= 4 && !strncmp(t + w.start - 4, "No. ", 4)))
    return 0;
  if (w.end - w.start >= 4 && nf->value == nf->value_hi && nf->value >= 1000 &&
      nf->value <= 2100 && nf->value == (long)nf->value) {
    /* four digits with no separator and no currency: a year */
    int sep = 0;
    for (size_t i = w.start; i < w.end; i++)
      sep |= t[i] == ',' || t[i] == '.' || t[i] == ' ';
    if (!sep && !currency(nf->unit))
      return 0;
  }
  if ((count || empty(nf->unit)) && nf->value_hi <= 10)
    return 0;
  if (modifier_unit(nf))
    return 0;
  return 1;
}

/* The key figures: from each key point in turn, the first quantity the
 * analyzer reads in it that is worth a card (card_worthy) and whose
 * sentence labels it (figure_label), as the point writes it, at most
 * MAX_CALLOUTS and each once. */
static bc_status key_figures_pass(struct deck *D, struct group *g, int digits,
                                  unsigned char *used)
{
  const struct bc_summary *s = D->s;
  bc_status rc = BC_OK;
  for (size_t i = 0; !rc && i < s->n_key_points && i < MAX_FIGURE_POINTS &&
                     g->n_pairs < MAX_CALLOUTS;
       i++) {
    const char *t = s->key_points[i].text;
    struct bc_facts *f = NULL;
    char *label;
    /* a figure's label is its sentence: a long point is not searched */
    if (used[i] || empty(t) || !(label = figure_label(t)))
      continue;
    if (bc_facts_of_text(t, strlen(t), &f, NULL)) {
      free(label);
      continue;
    }
    for (size_t k = 0; !rc && k < f->n_numbers; k++) {
      const struct bc_number_fact *nf = &f->numbers[k];
      char *big;
      int seen = 0;
      if (!card_worthy(t, nf) || has_digit(t, nf->whole) != digits)
        continue;
      big = bc__strndup(t + nf->whole.start, nf->whole.end - nf->whole.start);
      for (size_t j = 0; big && j < g->n_pairs; j++)
        seen |= !strcmp(g->pairs[j].head.strs[0], big);
      if (!big)
        rc = BC_ERR_NOMEM;
      else if (!seen)
        rc = pair(D, g, big, BC__PDF_BOLD | BC__PDF_ACCENT, label, 0);
      free(big);
      if (!seen) {
        used[i] = 1;
        break; /* one figure a key point */
      }
    }
    free(label);
    bc_facts_free(f);
  }
  return rc;
}

/* Whether bullet item says what the card label says: the same sentence,
 * its full stop aside. */
static int same_sentence(const struct bc__pdf_para *item,
                         const struct bc__pdf_para *label)
{
  const char *a, *b;
  size_t na, nb;
  if (item->n_strs != 1 || label->n_strs != 1)
    return 0;
  a = item->strs[0];
  b = label->strs[0];
  na = strlen(a);
  nb = strlen(b);
  while (na && strchr(" .", a[na - 1]))
    na--;
  while (nb && strchr(" .", b[nb - 1]))
    nb--;
  return na == nb && !memcmp(a, b, na);
}

/* A key point shown on a figure's card is not a bullet too: the slides
 * would say it twice ("Key points (2/2)" only repeating the bullets before
 * it).  The cards take their points off the bullets while two bullets or
 * more stay, else the bullets stay whole and the cards go. */
static void cards_take_points(struct group *g, size_t first_card)
{
  size_t i, j, k, taken = 0;
  for (i = 0; i < g->n; i++)
    for (k = first_card; k < g->n_pairs; k++)
      if (same_sentence(&g->items[i], &g->pairs[k].body)) {
        taken++;
        break;
      }
  if (!taken || g->n_pairs == first_card)
    return;
  if (g->n - taken < 2) {
    for (k = first_card; k < g->n_pairs; k++)
      pair_release(&g->pairs[k]);
    g->n_pairs = first_card;
    return;
  }
  for (i = j = 0; i < g->n; i++) {
    int on_card = 0;
    for (k = first_card; k < g->n_pairs && !on_card; k++)
      on_card = same_sentence(&g->items[i], &g->pairs[k].body);
    if (on_card)
      bc__pdf_para_release(&g->items[i]);
    else
      g->items[j++] = g->items[i];
  }
  g->n = j;
}

static bc_status key_figures(struct deck *D, struct group *g)
{
  /* Figures written in digits first ("120000+ events per second"), then,
   * for the places left, those written in words ("six weeks"). */
  unsigned char *used = bc__calloc(D->s->n_key_points + 1, 1);
  size_t before = g->n_pairs;
  bc_status rc;
  if (!used)
    return BC_ERR_NOMEM;
  rc = key_figures_pass(D, g, 1, used);
  if (!rc)
    rc = key_figures_pass(D, g, 0, used);
  free(used);
  /* A slide of one big number is filler: figures come two or more. */
  if (!rc && g->n_pairs == before + 1) {
    pair_release(&g->pairs[before]);
    g->n_pairs = before;
  }
  if (!rc)
    cards_take_points(g, before);
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

/* The check's counts as the report gives them: errors and warnings leave
 * out what was repaired, counted apart (as report.json's "counts"). */
static void check_counts(const struct bc_report *r, size_t c[4])
{
  c[0] = r->checked.dates + r->checked.acronyms + r->checked.numbers +
         r->checked.names;
  c[1] = c[2] = c[3] = 0;
  for (size_t i = 0; i < r->n_findings; i++) {
    const struct bc_finding *f = &r->findings[i];
    if (f->repaired_to)
      c[3]++;
    else if (f->severity == BC_SEV_ERROR)
      c[1]++;
    else if (f->severity == BC_SEV_WARNING)
      c[2]++;
  }
  if (!c[3])
    c[3] = r->n_repaired;
}

/* Whether the check has something for a reader of the deck: no check at
 * all, a verdict other than PASS, or an error or warning left standing.
 * A clean pass is told by the PDF brief; on a slide it is a page of
 * zeros that says nothing about the piece. */
static int worth_showing(const struct bc_report *r)
{
  if (!r || r->verdict != BC_VERDICT_PASS)
    return 1;
  for (size_t i = 0; i < r->n_findings; i++)
    if (!r->findings[i].repaired_to &&
        (r->findings[i].severity == BC_SEV_ERROR ||
         r->findings[i].severity == BC_SEV_WARNING))
      return 1;
  return 0;
}

static bc_status build_checked(struct deck *D)
{
  static const char *const labels[4] = {"facts checked", "errors", "warnings",
                                        "repaired"};
  const struct bc_report *r = D->r;
  struct group *g = add_group(D, BC__OUTLINE_CHECKED, G_CHECKED);
  struct bc_buf b = BC_BUF_INIT(1 << 16);
  size_t c[4];
  bc_status rc = BC_OK;
  if (!g)
    return BC_ERR_NOMEM;
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
  check_counts(r, c);
  for (size_t i = 0; !rc && i < 4; i++) {
    bc_buf_reset(&b);
    bc_buf_addf(&b, "%zu", c[i]);
    rc = bc_buf_status(&b);
    if (!rc)
      rc = pair(D, g, bc_buf_str(&b), BC__PDF_BOLD, labels[i], BC__PDF_MUTED);
  }
  /* The findings themselves, errors first, on the slides after; findings
   * that say the same thing ("the source never names this") make one
   * bullet that names what each was about. */
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

/* The glossary's terms as bullets of g. */
static bc_status glossary_bullets(struct deck *D, struct group *g)
{
  const struct bc_summary *s = D->s;
  bc_status rc = BC_OK;
  for (size_t i = 0; !rc && i < s->n_glossary; i++)
    if (!empty(s->glossary[i].term) && !empty(s->glossary[i].definition))
      rc = bullet(D, g, s->glossary[i].term, "\xe2\x80\x94",
                  s->glossary[i].definition);
  return rc;
}

/* Part i of parts[0..n): the agenda lists the sections' parts the deck
 * shows, whatever the provider's agenda slide held. */
static bc_status build_part(struct deck *D, const struct bc__part *parts,
                            size_t n, size_t i_part)
{
  const struct bc__part *pt = &parts[i_part];
  const struct bc_summary *s = D->s;
  enum gkind kind = pt->kind == BC__PART_TIMELINE ? G_TIMELINE
                    : pt->kind == BC__PART_QUOTES ? G_QUOTES
                                                  : G_BULLETS;
  struct group *g = add_group(D, pt->title, kind);
  struct bc_buf b = BC_BUF_INIT(BC_MAX_JSON_BYTES); /* a quote */
  bc_status rc = BC_OK;
  if (!g)
    return BC_ERR_NOMEM;
  switch (pt->kind) {
  case BC__PART_SLIDE:
    if (pt->agenda) {
      size_t shown = 0;
      for (size_t i = 0; i < n; i++)
        shown += (size_t)bc__outline_in_agenda(&parts[i]);
      for (size_t i = 0; !rc && shown >= 2 && i < n; i++)
        if (bc__outline_in_agenda(&parts[i]))
          rc = bullet(D, g, NULL, NULL, parts[i].title);
      if (shown >= 2)
        break;
    }
    for (size_t i = pt->index; !rc && i < pt->index + pt->n_slides; i++)
      for (size_t k = 0; !rc && k < s->slides[i].n_bullets; k++)
        if (!empty(s->slides[i].bullets[k]) &&
            !says_tldr(s, s->slides[i].bullets[k]))
          rc = bullet(D, g, NULL, NULL, s->slides[i].bullets[k]);
    break;
  case BC__PART_SECTION:
    rc = sentence_bullets(D, g, s->sections[pt->index].summary);
    break;
  case BC__PART_KEY_POINTS:
    for (size_t i = 0; !rc && i < s->n_key_points; i++)
      if (!empty(s->key_points[i].text) && !says_tldr(s, s->key_points[i].text))
        rc = bullet(D, g, NULL, NULL, s->key_points[i].text);
    break;
  case BC__PART_TIMELINE: {
    size_t *idx = bc__calloc(s->n_timeline, sizeof *idx);
    if (!idx)
      return BC_ERR_NOMEM;
    bc__outline_timeline_order(s, idx);
    for (size_t i = 0; !rc && i < s->n_timeline; i++) {
      const struct bc_timeline_entry *t = &s->timeline[idx[i]];
      rc = pair(D, g, empty(t->date) ? t->iso : t->date,
                BC__PDF_BOLD | BC__PDF_ACCENT, t->event, 0);
    }
    free(idx);
    break;
  }
  case BC__PART_GLOSSARY: rc = glossary_bullets(D, g); break;
  case BC__PART_QUOTES:
    for (size_t i = 0; !rc && i < s->n_quotes && g->n_pairs < MAX_QUOTE_SLIDES;
         i++) {
      const struct bc_quote *q = &s->quotes[i];
      if (!bc__outline_quote_shown(q))
        continue;
      bc_buf_reset(&b);
      bc_buf_adds(&b, "\xe2\x80\x9c");
      bc_buf_adds(&b, q->text);
      bc_buf_adds(&b, "\xe2\x80\x9d");
      rc = bc_buf_status(&b);
      if (!rc)
        rc =
            pair(D, g, bc_buf_str(&b), 0,
                 empty(q->speaker) ? "\xe2\x80\x94 quoted in the source" : NULL,
                 BC__PDF_MUTED);
      if (!rc && !empty(q->speaker)) {
        struct pair *p = &g->pairs[g->n_pairs - 1];
        rc = bc__pdf_para_add(D->pdf, &p->body, "\xe2\x80\x94", BC__PDF_MUTED);
        if (!rc)
          rc = bc__pdf_para_add(D->pdf, &p->body, q->speaker,
                                BC__PDF_MUTED | BC__PDF_BOLD);
      }
    }
    break;
  }
  bc_buf_release(&b);
  /* A glossary of one term (pt->glossary) makes no bullet: a term and its
   * meaning is no key point, and the brief holds it. */
  if (!rc && pt->key_points)
    rc = key_figures(D, g);
  return rc;
}

static bc_status build(struct deck *D)
{
  struct bc__part *parts = NULL;
  size_t n = 0;
  bc_status rc = bc__outline(D->s, &parts, &n);
  for (size_t i = 0; !rc && i < n; i++)
    rc = build_part(D, parts, n, i);
  free(parts);
  if (!rc && worth_showing(D->r))
    rc = build_checked(D);
  return rc;
}

/* ---- planning ------------------------------------------------------------ */

/* The title of g wrapped into D->lines, *size its size and *h its height:
 * a long heading is shown whole, in at most five lines at the largest size
 * that holds it, else at the smallest in the lines it takes (the room
 * below shrinks).  Only a heading longer than half a slide at the smallest
 * size is cut, with an ellipsis, so the content keeps room. */
static bc_status wrap_title(struct deck *D, const struct group *g, double *size,
                            double *h)
{
  bc_status rc = BC_OK;
  for (size_t k = 0; !rc && k < N_OF(title_sizes); k++) {
    int last = k + 1 == N_OF(title_sizes);
    *size = title_sizes[k];
    rc = bc__pdf_wrap(D->pdf, &g->title, *size, SW - 2 * MX - 120, 0,
                      last ? (size_t)(SH / 2 / lead_of(*size)) : 5, &D->lines);
    if (!rc && !D->lines.shortened)
      break;
  }
  *h = (double)D->lines.n * lead_of(*size);
  return rc;
}

/* Top of the content area under a title title_h high. */
static double content_top(double title_h)
{
  return SH - TOP - title_h - 30;
}

/* Wrap para at size into width; *h its height at lead, *wide set when a
 * word had to be broken or the text was cut (it does not fit). */
static bc_status measure(struct deck *D, const struct bc__pdf_para *p,
                         double size, double width, double lead, double *h)
{
  bc_status rc = bc__pdf_wrap(D->pdf, p, size, width, 0, 0, &D->lines2);
  if (rc)
    return rc;
  *h = (double)D->lines2.n * lead;
  return BC_OK;
}

static bc_status add_slide(struct deck *D, size_t group, enum pkind kind,
                           size_t start, size_t n, double size)
{
  if (D->n_slides == D->cap_slides) {
    size_t c = D->cap_slides ? D->cap_slides * 2 : 16;
    struct slide *p = bc__realloc(D->slides, c * sizeof *p);
    if (!p)
      return BC_ERR_NOMEM;
    D->slides = p;
    D->cap_slides = c;
  }
  D->slides[D->n_slides++] = (struct slide){group, kind, start, n, size, 0, 0};
  return BC_OK;
}

/* Height of bullets [start, start + k) of g at size. */
static bc_status items_h(struct deck *D, const struct group *g, size_t start,
                         size_t k, double size, double *h)
{
  double w = SW - 2 * MX - size * 1.2;
  *h = 0;
  for (size_t i = 0; i < k; i++) {
    double one;
    bc_status rc =
        measure(D, &g->items[start + i], size, w, lead_of(size), &one);
    if (rc)
      return rc;
    *h += one + (i ? gap_of(size) : 0);
  }
  return BC_OK;
}

/* The split of n things over m slides, evenly, the first ones taking one
 * more: how many slide j holds and where it starts. */
static size_t share(size_t n, size_t m, size_t j, size_t *start)
{
  size_t q = n / m, r = n % m;
  *start = j * q + (j < r ? j : r);
  return q + (j < r);
}

/* Bullets: as few slides as hold them whole, at most BC_MAX_SLIDE_BULLETS a
 * slide, spread evenly (seven make four and three, never six and one), each
 * slide at the largest size its bullets fit. */
static bc_status plan_bullets(struct deck *D, size_t gi, double room)
{
  const struct group *g = &D->groups[gi];
  size_t n = g->n, per, m = 0;
  double *sizes = bc__calloc(n ? n : 1, sizeof *sizes);
  bc_status rc = BC_OK;
  int ok = 0;
  if (!sizes)
    return BC_ERR_NOMEM;
  /* At most BC_MAX_SLIDE_BULLETS a slide, then one fewer until they fit: a few
   * tries whatever the number of bullets. */
  for (per = BC_MAX_SLIDE_BULLETS; !rc && n && per >= 1; per--) {
    m = (n + per - 1) / per;
    ok = 1;
    for (size_t j = 0; !rc && ok && j < m; j++) {
      size_t start, k = share(n, m, j, &start), s;
      double h = INFINITY;
      for (s = 0; !rc && s < N_BSIZES; s++) {
        rc = items_h(D, g, start, k, bsizes[s], &h);
        if (h <= room)
          break;
      }
      ok = s < N_BSIZES;
      if (ok)
        sizes[j] = bsizes[s];
    }
    if (ok)
      break;
  }
  if (!ok) { /* a bullet longer than a slide at the smallest size */
    m = n;
    for (size_t j = 0; j < n; j++)
      sizes[j] = bsizes[N_BSIZES - 1];
  }
  for (size_t j = 0; !rc && j < m; j++) {
    size_t start, k = share(n, m, j, &start);
    rc = add_slide(D, gi, P_BULLETS, start, k,
                   sizes[j] > 0 ? sizes[j] : bsizes[N_BSIZES - 1]);
  }
  free(sizes);
  return rc;
}

/* Geometry of a timeline slide under a title title_h high. */
static double axis_y(double title_h)
{
  return content_top(title_h) - 72;
}

static double tl_col(size_t k)
{
  return (SW - 2 * MX) / (double)k;
}

/* The largest label size at which entries [start, start + k) fit under
 * the axis, or 0. */
static bc_status tl_size(struct deck *D, const struct group *g, size_t start,
                         size_t k, double room, double *size)
{
  *size = 0;
  for (size_t s = 0; s < N_OF(tsizes); s++) {
    int ok = 1;
    for (size_t i = 0; ok && i < k; i++) {
      double h;
      bc_status rc = measure(D, &g->pairs[start + i].body, tsizes[s],
                             tl_col(k) - 20, lead_of(tsizes[s]), &h);
      if (rc)
        return rc;
      ok = h <= room;
      if (ok) {
        rc = measure(D, &g->pairs[start + i].head, TL_DATE_SIZE, tl_col(k) - 12,
                     lead_of(TL_DATE_SIZE), &h);
        if (rc)
          return rc;
        ok = D->lines2.n <= 2;
      }
    }
    if (ok) {
      *size = tsizes[s];
      return BC_OK;
    }
  }
  return BC_OK;
}

/* The timeline: at most TL_PER_SLIDE marks a slide, spread evenly over
 * as few slides as show every label whole. */
static bc_status plan_timeline(struct deck *D, size_t gi, double title_h)
{
  const struct group *g = &D->groups[gi];
  size_t n = g->n_pairs, m = 0;
  double room = axis_y(title_h) - 24 - FOOT;
  double *sizes = bc__calloc(n ? n : 1, sizeof *sizes);
  bc_status rc = BC_OK;
  int ok = 0;
  if (!sizes)
    return BC_ERR_NOMEM;
  for (size_t per = TL_PER_SLIDE; !rc && n && per >= 1; per--) {
    m = (n + per - 1) / per;
    ok = 1;
    for (size_t j = 0; !rc && ok && j < m; j++) {
      size_t start, k = share(n, m, j, &start);
      rc = tl_size(D, g, start, k, room, &sizes[j]);
      ok = sizes[j] > 0;
    }
    if (ok)
      break;
  }
  if (!ok)
    m = n;
  for (size_t j = 0; !rc && j < m; j++) {
    size_t start, k = share(n, m, j, &start);
    rc = add_slide(D, gi, P_TIMELINE, start, k,
                   sizes[j] > 0 ? sizes[j] : tsizes[N_OF(tsizes) - 1]);
  }
  free(sizes);
  return rc;
}

/* A quote a slide, at the largest size that shows it whole. */
static bc_status plan_quotes(struct deck *D, size_t gi, double title_h)
{
  const struct group *g = &D->groups[gi];
  double room = content_top(title_h) - FOOT - 60;
  bc_status rc = BC_OK;
  for (size_t i = 0; !rc && i < g->n_pairs; i++) {
    double size = qsizes[N_OF(qsizes) - 1], h;
    for (size_t s = 0; !rc && s < N_OF(qsizes); s++) {
      rc = measure(D, &g->pairs[i].head, qsizes[s], SW - 2 * MX - 80,
                   qsizes[s] * 1.25, &h);
      if (!rc && h <= room) {
        size = qsizes[s];
        break;
      }
    }
    if (!rc)
      rc = add_slide(D, gi, P_QUOTE, i, 1, size);
  }
  return rc;
}

/* Decide which items go on which slide, part by part. */
static bc_status plan(struct deck *D)
{
  for (size_t gi = 0; gi < D->n_groups; gi++) {
    const struct group *g = &D->groups[gi];
    size_t first = D->n_slides;
    double room, title_size, title_h;
    bc_status rc = wrap_title(D, g, &title_size, &title_h);
    if (rc)
      return rc;
    room = content_top(title_h) - FOOT;
    switch (g->kind) {
    case G_TIMELINE: rc = plan_timeline(D, gi, title_h); break;
    case G_QUOTES: rc = plan_quotes(D, gi, title_h); break;
    case G_CHECKED:
      /* The counts and the verdict first, then the findings; without a
       * report, the verdict badge sits above the one bullet. */
      if (g->n_pairs)
        rc = add_slide(D, gi, P_CALLOUTS, 0, g->n_pairs, 0);
      if (!rc)
        rc = plan_bullets(D, gi, g->n_pairs ? room : room - BADGE_H);
      break;
    case G_BULLETS:
      rc = plan_bullets(D, gi, room);
      if (!rc && g->n_pairs)
        rc = add_slide(D, gi, P_CALLOUTS, 0, g->n_pairs, 0);
      break;
    }
    if (rc)
      return rc;
    for (size_t i = first; i < D->n_slides; i++) {
      D->slides[i].part = (unsigned)(i - first + 1);
      D->slides[i].parts = (unsigned)(D->n_slides - first);
    }
  }
  return BC_OK;
}

/* ---- drawing ------------------------------------------------------------- */

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

/* Draw D->lines centred on cx, the first line's box at top. */
static bc_status draw_centred(struct deck *D, double cx, double top,
                              double size, double lead, struct bc__pdf_rgb ink)
{
  for (size_t i = 0; i < D->lines.n; i++) {
    bc_status rc = bc__pdf_draw_line(
        D->pdf, &D->lines, i, cx - D->lines.lines[i].width / 2,
        baseline(top - (double)i * lead, lead, size), size, ink, NULL);
    if (rc)
      return rc;
  }
  return BC_OK;
}

/* The web address's host ("example.com"), or the file's name: never a
 * path of the machine that made the deck. */
static char *shown_source(const char *where, int web)
{
  const char *h, *e;
  if (!web)
    return bc__strdup(where);
  h = strstr(where, "://") + 3;
  if (!strncmp(h, "www.", 4))
    h += 4;
  e = h + strcspn(h, "/?#:");
  return bc__strndup(h, (size_t)(e - h));
}

static bc_status title_slide(struct deck *D)
{
  struct bc__pdf *pdf = D->pdf;
  const struct bc_summary *s = D->s;
  struct bc__pdf_para p = {0};
  const char *title = !empty(s->title) ? s->title : s->source.title;
  const char *uri = NULL;
  int web;
  /* nothing to show (no address, "-", a path ending in "/") is no error */
  const char *shown = bc__pdf_shown_source(s->source.url, &web);
  char *where = shown ? shown_source(shown, web) : NULL;
  double y = SH - 130, w = SW - 2 * MX - 40;
  bc_status rc = BC_OK;

  if (shown && !where)
    return BC_ERR_NOMEM;
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
                        k + 1 < sizeof sizes / sizeof sizes[0] ? 3 : 0,
                        &D->lines);
      if (!D->lines.shortened)
        break;
    }
    if (!rc)
      rc = draw_lines(D, MX, y, ts, ts * 1.2, pdf->ink, NULL);
    y -= (double)D->lines.n * ts * 1.2 + 18;
  }
  bc__pdf_para_release(&p);
  /* Who wrote it and when, then where it comes from, each on its line. */
  if (!rc && (!empty(s->source.author) || !empty(s->source.date))) {
    if (!empty(s->source.author))
      rc = bc__pdf_para_add(pdf, &p, s->source.author, BC__PDF_BOLD);
    if (!rc && !empty(s->source.date)) {
      if (p.n)
        rc = bc__pdf_para_add(pdf, &p, "\xc2\xb7", BC__PDF_MUTED);
      if (!rc)
        rc = bc__pdf_para_add(pdf, &p, s->source.date, BC__PDF_MUTED);
    }
    if (!rc)
      rc = bc__pdf_wrap(pdf, &p, 18, w, 0, 0, &D->lines);
    if (!rc)
      rc = draw_lines(D, MX, y, 18, 24, pdf->ink, NULL);
    y -= (double)D->lines.n * 24 + 4;
    bc__pdf_para_release(&p);
  }
  if (!rc && where) {
    rc = bc__pdf_para_add(pdf, &p, "Source:", BC__PDF_MUTED);
    if (!rc)
      rc = bc__pdf_para_add(pdf, &p, where, web ? BC__PDF_LINK : BC__PDF_MUTED);
    if (web)
      uri = s->source.url;
    if (!rc)
      rc = bc__pdf_wrap(pdf, &p, 16, w, 0, 0, &D->lines);
    if (!rc)
      rc = draw_lines(D, MX, y, 16, 21, pdf->muted, uri);
    y -= (double)D->lines.n * 21;
    bc__pdf_para_release(&p);
  }
  y -= 26;
  /* The tl;dr takes the lines left, at most six, at the largest size that
   * shows it whole; left out when none does (the narration says it). */
  if (!rc && !empty(s->tldr + tldr_rest(s, title)) && y - FOOT >= 25) {
    static const double tsz[] = {19, 17, 15, 13};
    double ts = 19, tl = 25;
    size_t k;
    rc = bc__pdf_para_add(pdf, &p, s->tldr + tldr_rest(s, title), 0);
    for (k = 0; !rc && k < sizeof tsz / sizeof tsz[0]; k++) {
      size_t max;
      ts = tsz[k];
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
    if (!rc && D->lines.n && k < sizeof tsz / sizeof tsz[0]) {
      fill(pdf, MX, y - (double)D->lines.n * tl - 4, 4,
           (double)D->lines.n * tl + 4, pdf->accent);
      rc = draw_lines(D, MX + 18, y, ts, tl, pdf->ink, NULL);
    }
    bc__pdf_para_release(&p);
  }
  free(where);
  if (!rc)
    rc = bookmark(D, empty(title) ? "Untitled" : title);
  if (!rc)
    rc = footer(D, 0);
  return rc;
}

/* The top of a content slide: its part's title (with "k/n" when the part
 * has several slides), the accent bars and the bookmark; *y gets the top
 * of the content and *title_h the title's height. */
static bc_status page_head(struct deck *D, const struct slide *sl, double *y,
                           double *title_h)
{
  struct bc__pdf *pdf = D->pdf;
  const struct group *g = &D->groups[sl->group];
  struct bc_buf name = BC_BUF_INIT(BC_MAX_JSON_BYTES); /* a title */
  double size;
  bc_status rc;

  new_page(D);
  fill(pdf, 0, SH - 10, SW, 10, pdf->accent);
  rc = wrap_title(D, g, &size, title_h);
  if (!rc)
    rc = draw_lines(D, MX, SH - TOP, size, lead_of(size), pdf->ink, NULL);
  if (rc)
    return rc;
  *y = content_top(*title_h);
  fill(pdf, MX, *y + 14, 56, 3, pdf->accent);
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
  return rc;
}

static bc_status badge(struct deck *D, double *y)
{
  struct bc__pdf *pdf = D->pdf;
  double bw = bc__pdf_width(pdf, D->badge, strlen(D->badge), BC__PDF_BOLD) *
                  20 / 1000.0 +
              24;
  bc_status rc;
  fill(pdf, MX, *y - 34, bw, 34, D->badge_rgb);
  rc = bc__pdf_text(pdf, D->badge, MX + 12, *y - 24, 20, BC__PDF_BOLD,
                    (struct bc__pdf_rgb){1, 1, 1});
  *y -= BADGE_H;
  return rc;
}

static bc_status bullets_body(struct deck *D, const struct slide *sl, double y)
{
  struct bc__pdf *pdf = D->pdf;
  const struct group *g = &D->groups[sl->group];
  double size = sl->size, lead = lead_of(size), indent = size * 1.2;
  bc_status rc = BC_OK;
  if (g->kind == G_CHECKED && !g->n_pairs && sl->part == 1)
    rc = badge(D, &y);
  for (size_t i = 0; !rc && i < sl->n; i++) {
    /* Only a bullet longer than a whole slide at the smallest size is
     * ever cut here; the plan made room for the rest. */
    double left = floor((y - FOOT + 1) / lead);
    rc = bc__pdf_wrap(pdf, &g->items[sl->start + i], size, SW - 2 * MX - indent,
                      0, left >= 1 ? (size_t)left : 1, &D->lines);
    if (!rc)
      rc = bc__pdf_text(pdf, "\xe2\x80\xa2", MX, baseline(y, lead, size), size,
                        0, pdf->accent);
    if (!rc)
      rc = draw_lines(D, MX + indent, y, size, lead, pdf->ink, NULL);
    y -= (double)D->lines.n * lead + gap_of(size);
  }
  return rc;
}

/* Big numbers in a row, each with its label underneath, on a panel: the
 * key figures, or the check's counts under its verdict. */
static bc_status callouts_body(struct deck *D, const struct slide *sl, double y)
{
  struct bc__pdf *pdf = D->pdf;
  const struct group *g = &D->groups[sl->group];
  int checked = g->kind == G_CHECKED;
  double col = (SW - 2 * MX) / (double)sl->n, big = nsizes[N_OF(nsizes) - 1];
  double label = lsizes[N_OF(lsizes) - 1], bottom = FOOT + (checked ? 40 : 0);
  double room;
  bc_status rc = BC_OK;
  size_t s, head_lines = 2;
  int found = 0;

  if (checked)
    rc = badge(D, &y);
  y -= 10;
  /* The largest size that shows every number on one line, else on two. */
  for (size_t most = 1; !rc && most <= 2 && !found; most++)
    for (s = 0; !rc && s < N_OF(nsizes); s++) {
      size_t i;
      for (i = 0; !rc && i < sl->n; i++) {
        rc = bc__pdf_wrap(pdf, &g->pairs[sl->start + i].head, nsizes[s],
                          col - 36, 0, 0, &D->lines);
        if (D->lines.n > most)
          break;
      }
      if (i == sl->n) {
        big = nsizes[s];
        head_lines = most;
        found = 1;
        break;
      }
    }
  room = y - (double)head_lines * big * 1.2 - 20 - bottom - 16;
  for (s = 0; !rc && s < N_OF(lsizes); s++) {
    size_t i;
    for (i = 0; !rc && i < sl->n; i++) {
      double h;
      rc = measure(D, &g->pairs[sl->start + i].body, lsizes[s], col - 44,
                   lead_of(lsizes[s]), &h);
      if (h > room)
        break;
    }
    if (i == sl->n) {
      label = lsizes[s];
      break;
    }
  }
  for (size_t i = 0; !rc && i < sl->n; i++) {
    const struct pair *p = &g->pairs[sl->start + i];
    double x = MX + col * (double)i, cx = x + col / 2;
    fill(pdf, x + 8, bottom + 8, col - 16, y - bottom - 8, D->panel);
    fill(pdf, x + 8, y - 4, col - 16, 4, pdf->accent);
    rc = bc__pdf_wrap(pdf, &p->head, big, col - 36, 0, 0, &D->lines);
    if (!rc)
      rc = draw_centred(D, cx, y - 18, big, big * 1.2,
                        checked && i == 1 && strcmp(p->head.strs[0], "0")
                            ? (struct bc__pdf_rgb){0.80, 0.18, 0.18}
                            : pdf->accent);
    if (!rc)
      rc = bc__pdf_wrap(pdf, &p->body, label, col - 44, 0,
                        (size_t)fmax(1, floor(room / lead_of(label))),
                        &D->lines);
    if (!rc)
      rc = draw_centred(D, cx, y - 18 - (double)head_lines * big * 1.2 - 16,
                        label, lead_of(label), pdf->ink);
  }
  if (!rc && checked) {
    const struct bc_report *r = D->r;
    struct bc_buf b = BC_BUF_INIT(1024);
    /* The breakdown adds up to the big count above; the evidence spans
     * are no facts of their own and are named apart. */
    bc_buf_addf(&b,
                "The facts: %zu dates, %zu acronyms, %zu numbers, %zu names; "
                "and %zu evidence spans compared with the source.",
                r->checked.dates, r->checked.acronyms, r->checked.numbers,
                r->checked.names, r->checked.evidence);
    rc = bc_buf_status(&b);
    if (!rc)
      rc = bc__pdf_text(pdf, bc_buf_str(&b), MX, FOOT + 12, 14, 0, pdf->muted);
    bc_buf_release(&b);
  }
  return rc;
}

static void stroke_line(struct bc__pdf *pdf, double x0, double y0, double x1,
                        double y1, double width, struct bc__pdf_rgb c)
{
  HPDF_Page_SetRGBStroke(pdf->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g,
                         (HPDF_REAL)c.b);
  HPDF_Page_SetLineWidth(pdf->page, (HPDF_REAL)width);
  HPDF_Page_MoveTo(pdf->page, (HPDF_REAL)x0, (HPDF_REAL)y0);
  HPDF_Page_LineTo(pdf->page, (HPDF_REAL)x1, (HPDF_REAL)y1);
  HPDF_Page_Stroke(pdf->page);
}

static void dot(struct bc__pdf *pdf, double x, double y, double r,
                struct bc__pdf_rgb c)
{
  HPDF_Page_SetRGBFill(pdf->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g,
                       (HPDF_REAL)c.b);
  HPDF_Page_Circle(pdf->page, (HPDF_REAL)x, (HPDF_REAL)y, (HPDF_REAL)r);
  HPDF_Page_Fill(pdf->page);
}

/* A horizontal line with a mark per entry, its date above and its event
 * below, in date order from left to right. */
static bc_status timeline_body(struct deck *D, const struct slide *sl,
                               double title_h)
{
  struct bc__pdf *pdf = D->pdf;
  const struct group *g = &D->groups[sl->group];
  double ay = axis_y(title_h), col = tl_col(sl->n);
  double dl = lead_of(TL_DATE_SIZE), size = sl->size;
  bc_status rc = BC_OK;

  stroke_line(pdf, MX - 16, ay, SW - MX + 16, ay, 3, pdf->accent);
  for (size_t i = 0; !rc && i < sl->n; i++) {
    const struct pair *p = &g->pairs[sl->start + i];
    double cx = MX + col * ((double)i + 0.5);
    dot(pdf, cx, ay, 8, pdf->accent);
    dot(pdf, cx, ay, 4, D->bg);
    rc = bc__pdf_wrap(pdf, &p->head, TL_DATE_SIZE, col - 12, 0, 0, &D->lines);
    if (!rc)
      rc = draw_centred(D, cx, ay + 16 + (double)D->lines.n * dl, TL_DATE_SIZE,
                        dl, pdf->accent);
    if (!rc) {
      double left = floor((ay - 24 - FOOT + 1) / lead_of(size));
      rc = bc__pdf_wrap(pdf, &p->body, size, col - 20, 0,
                        left >= 1 ? (size_t)left : 1, &D->lines);
    }
    if (!rc)
      rc = draw_centred(D, cx, ay - 24, size, lead_of(size), pdf->ink);
  }
  return rc;
}

/* One quote, large, with an accent bar beside it and its speaker
 * underneath. */
static bc_status quote_body(struct deck *D, const struct slide *sl, double y)
{
  struct bc__pdf *pdf = D->pdf;
  const struct pair *p = &D->groups[sl->group].pairs[sl->start];
  double size = sl->size, lead = size * 1.25, h, top;
  double left = floor((y - FOOT - 60 + 1) / lead);
  bc_status rc = bc__pdf_wrap(pdf, &p->head, size, SW - 2 * MX - 80, 0,
                              left >= 1 ? (size_t)left : 1, &D->lines);
  if (rc)
    return rc;
  h = (double)D->lines.n * lead;
  /* centred in the room, a little above the middle */
  top = y - fmax(0, (y - FOOT - 60 - h) / 3);
  fill(pdf, MX + 10, top - h, 6, h, pdf->accent);
  rc = draw_lines(D, MX + 40, top, size, lead, pdf->ink, NULL);
  if (!rc && p->body.n) {
    rc = bc__pdf_wrap(pdf, &p->body, 20, SW - 2 * MX - 80, 0, 2, &D->lines);
    if (!rc)
      rc = draw_lines(D, MX + 40, top - h - 18, 20, 26, pdf->muted, NULL);
  }
  return rc;
}

static bc_status content_slide(struct deck *D, size_t index)
{
  const struct slide *sl = &D->slides[index];
  double y = 0, title_h = 0;
  bc_status rc = page_head(D, sl, &y, &title_h);
  if (!rc) {
    switch (sl->kind) {
    case P_BULLETS: rc = bullets_body(D, sl, y); break;
    case P_CALLOUTS: rc = callouts_body(D, sl, y); break;
    case P_TIMELINE: rc = timeline_body(D, sl, title_h); break;
    case P_QUOTE: rc = quote_body(D, sl, y); break;
    }
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
    D->panel = (struct bc__pdf_rgb){0.14, 0.16, 0.20};
    pdf->ink = (struct bc__pdf_rgb){0.93, 0.94, 0.96};
    pdf->muted = (struct bc__pdf_rgb){0.64, 0.67, 0.72};
    pdf->accent = (struct bc__pdf_rgb){0.49, 0.71, 1.0};
  } else {
    D->bg = (struct bc__pdf_rgb){1, 1, 1};
    D->panel = (struct bc__pdf_rgb){0.95, 0.96, 0.98};
  }
  HPDF_SetPageMode(pdf->doc, HPDF_PAGE_MODE_USE_OUTLINE);
  rc = build(D);
  if (!rc)
    rc = plan(D);
  /* Rendering a deck beyond the cap costs time for nothing readable. */
  if (!rc && D->n_slides > BC_MAX_SLIDES)
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
    struct group *g = &D->groups[i];
    bc__pdf_para_release(&g->title);
    for (size_t k = 0; k < g->n; k++)
      bc__pdf_para_release(&g->items[k]);
    free(g->items);
    for (size_t k = 0; k < g->n_pairs; k++)
      pair_release(&g->pairs[k]);
    free(g->pairs);
  }
  free(D->groups);
  free(D->slides);
  bc__pdf_lines_release(&D->lines);
  bc__pdf_lines_release(&D->lines2);
  free(D);
  bc__pdf_close(pdf);
  return rc;
}
