/* validate.c - the fact checker: every date, acronym expansion, number and
 * name in a summary (or any text) read with the analyzer's own extractors
 * and matched against the source's fact sheet, plus the summary's evidence
 * spans.  What counts as the same fact lives in equivalence.c; repairs in
 * repair.c.  It never edits the summary. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/analyze.h"
#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/calendar.h"
#include "util/utf8.h"
#include "validate/validate_internal.h"

struct vstate {
  const struct bc_doc *doc;
  const struct bc_facts *facts;
  const struct bc_validate_opts *opts;
  struct bc_report *r;
  bc_status rc;
  struct bc_error *err;
  struct bc_date_fact *dates; /* source dates, plus bare years */
  size_t n_dates;
  struct bc__context *date_ctx; /* one per dates */
  struct bc_number_fact *nums;  /* source numbers, durations merged */
  size_t n_nums;
  struct bc__context *num_ctx; /* one per nums */
  struct bc__unit *num_unit;   /* one per nums */
  char *norm;                  /* " word word ... " of the source */
  char *numtok;                /* " 120000 4.5 ... " of the source */
  int per_line;                /* free text: fields are "line N" */
};

/* --- helpers over text ---------------------------------------------------- */

static int is_alnum(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

static int has_digit(const char *s, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] >= '0' && s[i] <= '9')
      return 1;
  return 0;
}

/* Text as " w1 w2 ... " in lower case, so a phrase is found with strstr
 * whatever the punctuation and spacing around its words. */
static char *normalize(const char *s, size_t len)
{
  struct bc_buf b = BC_BUF_INIT((size_t)-1);
  size_t pos = 0, start, n, i;
  bc_buf_addc(&b, ' ');
  while ((n = bc__validate_next_word(s, len, &pos, &start)) > 0) {
    for (i = 0; i < n; i++) {
      char c = s[start + i];
      bc_buf_addc(&b, c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
    }
    bc_buf_addc(&b, ' ');
  }
  return bc_buf_take(&b, NULL);
}

/* Does the phrase occur in the source, word for word?  *oom on failure. */
static int in_source(struct vstate *v, const char *p, size_t n)
{
  char *q;
  int found;
  if (v->rc)
    return 1;
  q = normalize(p, n);
  if (!q) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  found = q[1] == '\0' || strstr(v->norm, q) != NULL;
  free(q);
  return found;
}

/* Nonzero when the sentence around t[at] sets a reading aside: "it is not
 * an abstract syntax tree", "everyone else uses SWR for ...", "most people
 * read OTA as ...". */
static int contrast_sentence(const char *t, size_t len, size_t at)
{
  static const char *const marks[] = {
      " not ",    "n't ",          " else ",    " usually ",  " most people ",
      " unlike ", " rather than ", " instead ", " different "};
  size_t s = at, e = at, k, i;
  while (s > 0 && !strchr(".!?;\n", t[s - 1]))
    s--;
  while (e < len && !strchr(".!?;\n", t[e]))
    e++;
  for (k = 0; k < sizeof marks / sizeof marks[0]; k++) {
    size_t n = strlen(marks[k]);
    for (i = s; i + n <= e; i++) {
      size_t j;
      for (j = 0; j < n; j++) {
        char c = t[i + j];
        if (c >= 'A' && c <= 'Z')
          c = (char)(c + 32);
        if (c != marks[k][j])
          break;
      }
      if (j == n)
        return 1;
    }
  }
  return 0;
}

/* Does the phrase occur in the source outside a sentence that contrasts
 * it with another reading?  Words compared case-blind, any separators. */
/* Is acronym w written right beside t[a..b): "E (W)", "W (E)", "E, W",
 * "W, E", "W: E", "W - E"? */
static int beside(const char *t, size_t len, size_t a, size_t b, const char *w)
{
  size_t n = strlen(w), i = b, k;
  for (k = 0; k < 4 && i < len && strchr(" (),:-*\"", t[i]); k++)
    i++;
  if (i + n <= len && strncmp(t + i, w, n) == 0 &&
      (i + n == len || !is_alnum((unsigned char)t[i + n])))
    return 1;
  i = a;
  for (k = 0; k < 4 && i > 0 && strchr(" (),:-*\"", t[i - 1]); k++)
    i--;
  return i >= n && strncmp(t + i - n, w, n) == 0 &&
         (i == n || !is_alnum((unsigned char)t[i - n - 1]));
}

/* With acr set, the phrase must also stand beside the acronym (the source
 * pairs the two itself, not "most firms use MSR for ..."). */
static int plainly_in_source(struct vstate *v, const char *p, size_t n,
                             const char *acr)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, pos = 0, st, wl;
  size_t pw[24], pn[24], np = 0, pp = 0, ps;
  while (np < 24 && (wl = bc__validate_next_word(p, n, &pp, &ps)) > 0) {
    pw[np] = ps;
    pn[np++] = wl;
  }
  if (np == 0 || !t)
    return np == 0;
  while ((wl = bc__validate_next_word(t, len, &pos, &st)) > 0) {
    size_t k = 0, q = st + wl, qs = st, ql = wl;
    for (;;) {
      if (ql != pn[k] || strncasecmp(t + qs, p + pw[k], ql) != 0)
        break;
      if (++k == np)
        break;
      if (!(ql = bc__validate_next_word(t, len, &q, &qs)))
        break;
    }
    if (k == np && !contrast_sentence(t, len, st) &&
        (!acr || beside(t, len, st, qs + ql, acr)))
      return 1;
  }
  return 0;
}

static char *source_text(const struct vstate *v, struct bc_span s)
{
  if (s.end > v->doc->text_len || s.start > s.end)
    return bc_strdup("");
  return bc_strndup(v->doc->text + s.start, s.end - s.start);
}

/* The field to report: the summary's path, or "line N" of free text. */
static const char *field_name(const struct vstate *v, const char *field,
                              const char *text, size_t at, char *buf,
                              size_t cap)
{
  size_t i, line = 1;
  if (!v->per_line)
    return field;
  for (i = 0; i < at && text[i]; i++)
    if (text[i] == '\n')
      line++;
  snprintf(buf, cap, "line %zu", line);
  return buf;
}

struct claim {
  const struct bc_facts *f; /* what the analyzer read in text */
  struct bc_span *exp;      /* acronym expansions checked in text */
  size_t n_exp;
  const char *field; /* as reported */
  const char *text;  /* the field's whole text */
  size_t len;
};

static void add(struct vstate *v, const struct claim *c, const char *kind,
                enum bc_severity sev, struct bc_span at, const char *says,
                struct bc_span src, const char *fix, const char *msg)
{
  char fb[32];
  const char *field = field_name(v, c->field, c->text, at.start, fb, sizeof fb);
  bc__report_add(v->r, &v->rc, kind, sev, field, c->text + at.start,
                 at.end - at.start, says, src, fix, at.start, "%s", msg);
}

/* --- dates ---------------------------------------------------------------- */

/* The replacement for a date whose day and month the source gives in
 * another year: the claim with its year changed when it writes the year
 * once, else the source's date written out. */
static char *date_fix(const char *claim, size_t n, int bad_y, int y, int m,
                      int d)
{
  char yb[8];
  struct bc_buf b = BC_BUF_INIT(256);
  size_t i, at = n, count = 0;
  snprintf(yb, sizeof yb, "%04d", bad_y);
  for (i = 0; i + 4 <= n; i++)
    if (memcmp(claim + i, yb, 4) == 0 && (i == 0 || !is_alnum(claim[i - 1])) &&
        (i + 4 == n || !is_alnum(claim[i + 4]))) {
      at = i;
      count++;
    }
  if (count == 1) {
    bc_buf_add(&b, claim, at);
    bc_buf_addf(&b, "%04d", y);
    bc_buf_add(&b, claim + at + 4, n - at - 4);
  } else {
    bc_buf_addf(&b, "%d %s %04d", d, bc__cal_month_name(m), y);
  }
  return bc_buf_take(&b, NULL);
}

static const char *kind_word(enum bc_date_kind k)
{
  switch (k) {
  case BC_DATE_DAY: return "date";
  case BC_DATE_MONTH: return "month";
  case BC_DATE_YEAR: return "year";
  case BC_DATE_QUARTER: return "quarter";
  case BC_DATE_DECADE: return "decade";
  default: return "date";
  }
}

/* Is the year written anywhere in the source as a word?  Covers a year the
 * analyzer read as something else in the source. */
static int heading_date(const char *t, size_t len, struct bc_span s);

static int year_in_source(struct vstate *v, int y)
{
  char yb[16];
  snprintf(yb, sizeof yb, " %04d ", y);
  return strstr(v->norm, yb) != NULL;
}

/* The year the document's title is about ("Our Q4 2023 review"). */
static int year_in_title(const struct vstate *v, int y)
{
  char yb[8];
  const char *p;
  snprintf(yb, sizeof yb, "%04d", y);
  for (p = v->doc->title; p && (p = strstr(p, yb)) != NULL; p += 4)
    if ((p == v->doc->title || !is_alnum((unsigned char)p[-1])) &&
        !is_alnum((unsigned char)p[4]))
      return 1;
  return 0;
}

static int doc_date_states(const struct vstate *v, const struct bc__dval *p)
{
  struct bc_date_fact f;
  size_t n;
  if (!v->doc->date)
    return 0;
  n = strlen(v->doc->date);
  if (n >= sizeof f.iso)
    return 0;
  memset(&f, 0, sizeof f);
  memcpy(f.iso, v->doc->date, n + 1);
  f.kind = n == 10 ? BC_DATE_DAY : n == 7 ? BC_DATE_MONTH : BC_DATE_YEAR;
  return bc__validate_date_supports(p, &f) == 2;
}

/* A fact the source states, but of something else: the words around the
 * claim match the words around another value (conf) far better than any
 * place the source states the claimed value (sup).  n: claim context size. */
static int mixed_up(size_t sup, size_t conf, size_t n)
{
  /* A place that states the date in words shared with the claim supports
   * it, however well another date's words fit ("shipping on September
   * 19" beside "launched it in 2019"). */
  if (sup == 0)
    return conf >= 3 || (conf >= 2 && 2 * conf >= n);
  return 0;
}

/* Does the claim's own text state src in another of its dates?  Then the
 * words they share are that date's, not a sign of a mix-up: "from February
 * 2023 to June 2024 ... a system built in 2014". */
/* Are text[a] and text[b] in one sentence (or line)? */
static int same_sentence(const char *t, size_t a, size_t b)
{
  size_t i;
  if (a > b) {
    i = a;
    a = b;
    b = i;
  }
  for (i = a; i < b; i++)
    if (t[i] == '\n' ||
        ((t[i] == '.' || t[i] == '!' || t[i] == '?' || t[i] == ';') &&
         (t[i + 1] == ' ' || t[i + 1] == '\n')))
      return 0;
  return 1;
}

static int date_in_claim(const struct claim *c, const struct bc_date_fact *df,
                         const struct bc_date_fact *src)
{
  size_t i;
  for (i = 0; i < c->f->n_dates; i++) {
    struct bc__dval lo, hi;
    const struct bc_date_fact *o = &c->f->dates[i];
    if (!same_sentence(c->text, o->span.start, df->span.start))
      continue;
    /* df itself counts: the other end of "from 1800 to 2000". */
    if (!bc__validate_date_parse(o->kind, o->iso, &lo, &hi))
      continue;
    if (bc__validate_date_supports(&lo, src) == 2 ||
        bc__validate_date_supports(&hi, src) == 2)
      return 1;
  }
  return 0;
}

static void check_date_point(struct vstate *v, const struct claim *c,
                             const struct bc_date_fact *df,
                             const struct bc__dval *p,
                             const struct bc__context *ctx, int endpoint)
{
  size_t i, best = (size_t)-1, conflict = (size_t)-1, fix_src = (size_t)-1;
  size_t sup_ov = 0, conf_ov = 0, n_same_md = 0;
  int sup_heading = 0;
  int support = 0, best_rank = 100, best_prio = 2;
  long best_dist = 0;
  size_t best_ov = 0;
  char *says = NULL, *fix = NULL, *msg = NULL;
  struct bc_buf mb = BC_BUF_INIT(1024);
  const char *same_md_iso = NULL;

  for (i = 0; i < v->n_dates; i++) {
    int s;
    if (v->dates[i].kind == BC_DATE_RELATIVE || !v->dates[i].iso[0])
      continue; /* "last year" can neither support nor contradict */
    s = bc__validate_date_supports(p, &v->dates[i]);
    size_t ov = bc__validate_overlap(ctx, &v->date_ctx[i]);
    if (s > support)
      support = s;
    if (s == 2) {
      if (ov > sup_ov)
        sup_ov = ov;
      /* A post's own dated heading: the claim names the post. */
      if (heading_date(v->doc->text, v->doc->text_len, v->dates[i].span))
        sup_heading = 1;
      continue;
    }
    {
      long dist;
      int rank = bc__validate_date_nearness(p, &v->dates[i], &dist);
      int prio = rank <= 4 && ov >= 1 ? 0 : 1;
      if (rank == 1 && v->dates[i].kind == BC_DATE_DAY &&
          (!same_md_iso || strcmp(same_md_iso, v->dates[i].iso) != 0)) {
        n_same_md++;
        same_md_iso = v->dates[i].iso;
        fix_src = i;
      }
      if (ov > conf_ov && !date_in_claim(c, df, &v->dates[i])) {
        conf_ov = ov;
        conflict = i;
      }
      if (best == (size_t)-1 || prio < best_prio ||
          (prio == best_prio &&
           (prio == 0 ? ov > best_ov || (ov == best_ov && (rank < best_rank ||
                                                           (rank == best_rank &&
                                                            dist < best_dist)))
                      : rank < best_rank ||
                            (rank == best_rank && dist < best_dist)))) {
        best = i;
        best_prio = prio;
        best_rank = rank;
        best_dist = dist;
        best_ov = ov;
      }
    }
  }
  /* Lying inside a source range supports a year or a month ("in 2023 the
   * migration was under way"), never the end of a range or a precise day,
   * which the source would have had to state. */
  if (support == 1 && (endpoint || p->kind == BC_DATE_DAY))
    support = 0;
  if (support < 2 && doc_date_states(v, p))
    support = 2;
  if (support < 2 && p->kind == BC_DATE_YEAR && year_in_source(v, p->y))
    support = 2;

  if (support == 2) {
    /* Stated somewhere, but is it stated of this?  When every occurrence
     * of the date shares no word with the claim while another date sits in
     * the very words of the claim, the two were mixed up. */
    /* The document's own date ("published on 20 July 2024") and its
     * posts' headings name the document, not an event to mix up. */
    if (conflict != (size_t)-1 && !sup_heading &&
        !(p->kind == BC_DATE_DAY && doc_date_states(v, p)) &&
        !(p->kind == BC_DATE_YEAR && year_in_title(v, p->y)) &&
        mixed_up(sup_ov, conf_ov, ctx->n)) {
      says = source_text(v, v->dates[conflict].span);
      if (!says) {
        v->rc = BC_ERR_NOMEM;
        return;
      }
      bc_buf_addf(&mb,
                  "the source gives %s for this, not the %s in the summary",
                  says, kind_word(p->kind));
      msg = bc_buf_take(&mb, NULL);
      if (msg)
        add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says,
            v->dates[conflict].span, NULL, msg);
      else
        v->rc = BC_ERR_NOMEM;
      free(says);
      free(msg);
    }
    return;
  }
  if (support == 1 && conflict != (size_t)-1 && mixed_up(0, conf_ov, ctx->n))
    support = 2; /* reported below as a mix-up */
  if (support == 1) {
    add(v, c, BC_FINDING_DATE, BC_SEV_WARNING, df->span, "",
        (struct bc_span){0, 0}, NULL,
        "the source gives only a range around this date, not the date itself");
    return;
  }
  if (best != (size_t)-1)
    says = source_text(v, v->dates[best].span);
  else
    says = bc_strdup("");
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  if (p->kind == BC_DATE_DAY && n_same_md == 1) {
    struct bc__dval lo, hi;
    if (bc__validate_date_parse(v->dates[fix_src].kind, v->dates[fix_src].iso,
                                &lo, &hi)) {
      fix = date_fix(c->text + df->span.start, df->span.end - df->span.start,
                     p->y, lo.y, lo.m, lo.d);
      if (!fix) {
        free(says);
        v->rc = BC_ERR_NOMEM;
        return;
      }
      free(says);
      says = source_text(v, v->dates[fix_src].span);
      best = fix_src;
      if (!says) {
        free(fix);
        v->rc = BC_ERR_NOMEM;
        return;
      }
    }
  }
  if (best != (size_t)-1 && best_rank <= 4)
    bc_buf_addf(&mb, "the source does not give this %s; it says %s",
                kind_word(p->kind), says);
  else
    bc_buf_addf(&mb, "the source does not give this %s", kind_word(p->kind));
  msg = bc_buf_take(&mb, NULL);
  if (!msg)
    v->rc = BC_ERR_NOMEM;
  else
    add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says,
        best != (size_t)-1 ? v->dates[best].span : (struct bc_span){0, 0}, fix,
        msg);
  free(says);
  free(fix);
  free(msg);
}

/* Does a date as written hold a year ("2019", "'19")? */
static int writes_year(const char *t, size_t n)
{
  size_t i, run = 0;
  for (i = 0; i < n; i++) {
    if (t[i] >= '0' && t[i] <= '9') {
      if (++run == 4)
        return 1;
    } else {
      if (t[i] == '\'' && i + 2 < n && t[i + 1] >= '0' && t[i + 1] <= '9')
        return 1;
      run = 0;
    }
  }
  return 0;
}

/* "the 1760s and '70s": a decade written short takes its century from a
 * full decade just before it. */
static void decade_century(const char *t, size_t at, struct bc__dval *lo,
                           struct bc__dval *hi)
{
  size_t i, from = at > 24 ? at - 24 : 0;
  if (t[at] != '\'' && !(at + 2 < strlen(t) && (unsigned char)t[at] == 0xE2 &&
                         (unsigned char)t[at + 2] == 0x99))
    return;
  for (i = at; i >= from + 5; i--) {
    const char *p = t + i - 5;
    if (p[4] == 's' && p[3] == '0' && p[0] >= '1' && p[0] <= '2' &&
        p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9') {
      int century = (p[0] - '0') * 1000 + (p[1] - '0') * 100;
      hi->y = century + (hi->y - lo->y) + lo->y % 100;
      lo->y = century + lo->y % 100;
      return;
    }
  }
}

static int same_point(const struct bc__dval *a, const struct bc__dval *b)
{
  return a->y == b->y && a->m == b->m && a->d == b->d && a->q == b->q;
}

/* A range of the claim that shares one end with a range of the source and
 * not the other ("between 2017 and 2020" for "between 2017 and 2019"):
 * reported, and nonzero returned. */
static int range_end_differs(struct vstate *v, const struct claim *c,
                             const struct bc_date_fact *df,
                             const struct bc__dval *lo,
                             const struct bc__dval *hi)
{
  size_t i, hit = (size_t)-1;
  char *says, msg[200];
  for (i = 0; i < v->n_dates; i++) {
    struct bc__dval sl, sh;
    if (v->dates[i].kind != BC_DATE_RANGE ||
        !bc__validate_date_parse(v->dates[i].kind, v->dates[i].iso, &sl, &sh))
      continue;
    if (same_point(lo, &sl) && same_point(hi, &sh))
      return 0;
    if ((same_point(lo, &sl) || same_point(hi, &sh)) && hit == (size_t)-1)
      hit = i;
  }
  if (hit == (size_t)-1)
    return 0;
  says = source_text(v, v->dates[hit].span);
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  snprintf(msg, sizeof msg, "the source gives the range as %s", says);
  add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says, v->dates[hit].span,
      NULL, msg);
  free(says);
  return 1;
}

static void check_dates(struct vstate *v, const struct claim *c,
                        const struct bc_facts *f)
{
  size_t i;
  for (i = 0; i < f->n_dates && !v->rc; i++) {
    const struct bc_date_fact *df = &f->dates[i];
    struct bc__dval lo, hi;
    struct bc__context ctx;
    if (!bc__validate_date_parse(df->kind, df->iso, &lo, &hi))
      continue;
    v->r->checked.dates++;
    /* A day written without its year ("06/14", "14 June") got its year
     * from the summary's reference date, not from the words: only day and
     * month are claimed. */
    if (df->kind == BC_DATE_DAY &&
        !writes_year(c->text + df->span.start, df->span.end - df->span.start))
      lo.kind = hi.kind = BC_DATE_PARTIAL;
    if (df->kind == BC_DATE_DECADE)
      decade_century(c->text, df->span.start, &lo, &hi);
    if (df->kind == BC_DATE_RANGE && range_end_differs(v, c, df, &lo, &hi))
      continue;
    bc__validate_context(c->text, c->len, df->span, &ctx);
    check_date_point(v, c, df, &lo, &ctx, df->kind == BC_DATE_RANGE);
    if (df->kind == BC_DATE_RANGE && !v->rc && memcmp(&lo, &hi, sizeof lo) != 0)
      check_date_point(v, c, df, &hi, &ctx, 1);
  }
}

/* An ISO date "2024-01-19" standing alone at t[i..i+10): fills y, m, d. */
static int iso_at(const char *t, size_t len, size_t i, int *y, int *m, int *d)
{
  size_t k;
  static const char shape[] = "dddd-dd-dd";
  if (i + 10 > len || (i > 0 && (is_alnum((unsigned char)t[i - 1]) ||
                                 t[i - 1] == '-' || t[i - 1] == '/')))
    return 0;
  if (i + 10 < len && (is_alnum((unsigned char)t[i + 10]) || t[i + 10] == '-'))
    return 0;
  for (k = 0; k < 10; k++)
    if (shape[k] == 'd' ? !(t[i + k] >= '0' && t[i + k] <= '9')
                        : t[i + k] != '-')
      return 0;
  *y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 +
       (t[i + 3] - '0');
  *m = (t[i + 5] - '0') * 10 + (t[i + 6] - '0');
  *d = (t[i + 8] - '0') * 10 + (t[i + 9] - '0');
  return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

/* Is t[at] inside an ISO date? */
static int in_iso(const char *t, size_t len, size_t at)
{
  size_t i = at > 9 ? at - 9 : 0;
  int y, m, d;
  for (; i <= at; i++)
    if (iso_at(t, len, i, &y, &m, &d))
      return 1;
  return 0;
}

/* ISO dates of a claim that the date extractor left out, checked as days. */
static void check_iso_dates(struct vstate *v, const struct claim *c,
                            const struct bc_facts *f)
{
  size_t i, j;
  int y, m, d;
  for (i = 0; i + 10 <= c->len && !v->rc; i++) {
    struct bc_date_fact df;
    struct bc__dval p;
    struct bc__context ctx;
    if (c->text[i] < '0' || c->text[i] > '9' ||
        !iso_at(c->text, c->len, i, &y, &m, &d))
      continue;
    for (j = 0; j < f->n_dates; j++)
      if (i < f->dates[j].span.end && f->dates[j].span.start < i + 10)
        break;
    if (j < f->n_dates)
      continue;
    memset(&df, 0, sizeof df);
    df.kind = BC_DATE_DAY;
    df.span.start = i;
    df.span.end = i + 10;
    snprintf(df.iso, sizeof df.iso, "%04d-%02d-%02d", y, m, d);
    if (!bc__validate_date_parse(df.kind, df.iso, &p, &p))
      continue;
    v->r->checked.dates++;
    bc__validate_context(c->text, c->len, df.span, &ctx);
    check_date_point(v, c, &df, &p, &ctx, 0);
    i += 9;
  }
}

/* --- numbers -------------------------------------------------------------- */

static int bare_year(const char *t, size_t len, size_t i);

static int is_years(const char *u)
{
  char cb[16];
  double k;
  return bc__validate_unit(u, &k, cb, sizeof cb) == BC__UNIT_TIME && k > 365 &&
         k < 366;
}

static int is_months(const char *u)
{
  char cb[16];
  double k;
  return bc__validate_unit(u, &k, cb, sizeof cb) == BC__UNIT_TIME && k > 30 &&
         k < 31;
}

/* Copy numbers, joining "two years and six months" into 2.5 years (unit
 * pointers are borrowed).  NULL on out-of-memory when n > 0. */
static struct bc_number_fact *merge_durations(const char *t,
                                              const struct bc_number_fact *in,
                                              size_t n, size_t *out_n)
{
  struct bc_number_fact *o;
  size_t i, k = 0;
  *out_n = 0;
  if (n == 0)
    return NULL;
  o = bc_calloc(n, sizeof *o);
  if (!o)
    return NULL;
  for (i = 0; i < n; i++) {
    o[k] = in[i];
    if (i + 1 < n && is_years(in[i].unit) && is_months(in[i + 1].unit) &&
        in[i].value == in[i].value_hi &&
        in[i + 1].value == in[i + 1].value_hi &&
        in[i + 1].span.start >= in[i].span.end) {
      const char *gap = t + in[i].span.end;
      size_t gl = in[i + 1].span.start - in[i].span.end;
      if ((gl == 5 && memcmp(gap, " and ", 5) == 0) ||
          (gl == 2 && memcmp(gap, ", ", 2) == 0) ||
          (gl == 1 && gap[0] == ' ')) {
        o[k].value = in[i].value + in[i + 1].value / 12.0;
        o[k].value_hi = o[k].value;
        o[k].span.end = in[i + 1].span.end;
        i++;
      }
    }
    k++;
  }
  *out_n = k;
  return o;
}

static int overlaps_date(const struct bc_facts *f, struct bc_span s)
{
  size_t i;
  for (i = 0; i < f->n_dates; i++)
    if (s.start < f->dates[i].span.end && f->dates[i].span.start < s.end)
      return 1;
  return 0;
}

/* Numeric tokens of t as " 120000 4.5 2019 ": group commas dropped,
 * decimal points kept. */
static char *numeric_tokens(const char *t, size_t len)
{
  struct bc_buf b = BC_BUF_INIT((size_t)-1);
  size_t i = 0;
  bc_buf_addc(&b, ' ');
  while (i < len) {
    if (!(t[i] >= '0' && t[i] <= '9') ||
        (i > 0 && (is_alnum((unsigned char)t[i - 1]) || t[i - 1] == '.'))) {
      i++;
      continue;
    }
    for (; i < len; i++) {
      char ch = t[i];
      if (ch >= '0' && ch <= '9')
        bc_buf_addc(&b, ch);
      else if ((ch == ',' || ch == '.') && i + 1 < len && t[i + 1] >= '0' &&
               t[i + 1] <= '9') {
        if (ch == '.')
          bc_buf_addc(&b, '.');
      } else
        break;
    }
    bc_buf_addc(&b, ' ');
  }
  return bc_buf_take(&b, NULL);
}

/* Every number written in the claim ("150 to 900": both) appears among the
 * source's numeric tokens, whatever the analyzer made of them. */
static int digits_in_source(struct vstate *v, const char *s, size_t n)
{
  char *q = numeric_tokens(s, n), *p, *e;
  int all = 1, any = 0;
  if (!q) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  for (p = q + 1; *p; p = e + 1) {
    char save;
    e = strchr(p, ' ');
    if (!e)
      break;
    if (e == p)
      continue;
    /* Search " tok " in place: the spaces around it are already there. */
    save = e[1];
    e[1] = '\0';
    if (!strstr(v->numtok, p - 1))
      all = 0;
    e[1] = save;
    any = 1;
  }
  free(q);
  return any && all;
}

static void number_finding(struct vstate *v, const struct claim *c,
                           const struct bc_number_fact *nf, size_t si,
                           const char *what, int fixable)
{
  char *says = source_text(v, v->nums[si].span);
  char *msg;
  struct bc_buf mb = BC_BUF_INIT(1024);
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  bc_buf_addf(&mb, "the source says %s %s", says, what);
  msg = bc_buf_take(&mb, NULL);
  if (!msg)
    v->rc = BC_ERR_NOMEM;
  else
    add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, nf->span, says, v->nums[si].span,
        fixable ? says : NULL, msg);
  free(says);
  free(msg);
}

/* A number of the source read as the counterpart of claim although their
 * units differ or are missing: it shares a context word and is of the same
 * order of magnitude (so "3 engineers" is not held against "40 servers");
 * the one sharing most words wins, then the nearest value. */
static int loose_ok(const struct bc_number_fact *claim,
                    const struct bc__unit *cu, const struct bc_number_fact *s,
                    const struct bc__unit *su, size_t ov,
                    const struct bc_number_fact *cur, size_t cur_ov)
{
  double a = claim->value, b = s->value;
  /* Units of different kinds ("6 km", "eight hours") are never the same
   * thing; a missing unit may be, with one shared word when both lack it
   * and two otherwise.  Small bare numbers (scores, ranks) are left alone. */
  size_t need = 1;
  /* Only two bare numbers: "a 10-minute film" is not "six people", and a
   * noun names what a number counts better than shared words do. */
  if (cu->cls != BC__UNIT_NONE || su->cls != BC__UNIT_NONE)
    return 0;
  if (cu->cls == BC__UNIT_NONE && a < 10)
    return 0;
  if (ov < need || a <= 0 || b <= 0 || a / b >= 10 || b / a >= 10)
    return 0;
  if (!cur || ov > cur_ov)
    return 1;
  return ov == cur_ov && fabs(log(a / b)) < fabs(log(a / cur->value));
}

/* Days from the start of a date point (approximate calendar). */
static double day_of(const struct bc__dval *p, int end)
{
  int m = p->m ? p->m : end ? 12 : 1;
  double d = p->d ? p->d : end ? BC__CAL_DAYS_PER_MONTH : 1;
  if (p->kind == BC_DATE_QUARTER)
    m = end ? p->q * 3 : p->q * 3 - 2;
  return p->y * BC__CAL_DAYS_PER_YEAR + (m - 1) * BC__CAL_DAYS_PER_MONTH + d;
}

/* Does a range of the source last about this many days?  A duration the
 * writer worked out from the source's dates is faithful. */
static int range_lasts(const struct vstate *v, double days)
{
  size_t i;
  for (i = 0; i < v->n_dates; i++) {
    struct bc__dval lo, hi;
    double len, tol;
    if (v->dates[i].kind != BC_DATE_RANGE ||
        !bc__validate_date_parse(v->dates[i].kind, v->dates[i].iso, &lo, &hi))
      continue;
    len = day_of(&hi, 1) - day_of(&lo, 0);
    tol = days * 0.1 > 31 ? days * 0.1 : 31;
    if (len > 0 && fabs(len - days) <= tol)
      return 1;
  }
  return 0;
}

/* "16th", "2nd", "third": an ordinal. */
static int ordinal(const char *t, size_t n)
{
  size_t i;
  for (i = 0; i < n && is_alnum((unsigned char)t[i]); i++)
    ;
  if (i >= 2) {
    char a = t[i - 2], b = t[i - 1];
    if ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
        (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
      return 1;
  }
  return 0;
}

/* Does the leading number of claim text t[0..n) (digits, or a number
 * word) occur in the source where the words around it share at least need
 * words with the claim's context? */
static int token_near(const struct vstate *v, const char *t, size_t n,
                      const struct bc__context *ctx, size_t need)
{
  const char *src = v->doc->text;
  size_t len = v->doc->text_len, a = 0, b, i, k;
  if (!src)
    return 0;
  while (a < n && !is_alnum((unsigned char)t[a]))
    a++;
  b = a;
  if (b < n && t[b] >= '0' && t[b] <= '9')
    while (b < n && ((t[b] >= '0' && t[b] <= '9') ||
                     ((t[b] == ',' || t[b] == '.') && b + 1 < n &&
                      t[b + 1] >= '0' && t[b + 1] <= '9')))
      b++;
  else
    while (b < n && is_alnum((unsigned char)t[b]))
      b++;
  if (b - a < 1 || b - a > 40)
    return 0;
  for (i = 0; i + (b - a) <= len; i++) {
    struct bc__context sc;
    struct bc_span at;
    for (k = 0; k < b - a; k++) {
      char x = src[i + k], y = t[a + k];
      if (x >= 'A' && x <= 'Z')
        x = (char)(x + 32);
      if (y >= 'A' && y <= 'Z')
        y = (char)(y + 32);
      if (x != y)
        break;
    }
    if (k < b - a || (i > 0 && is_alnum((unsigned char)src[i - 1])) ||
        (i + k < len && is_alnum((unsigned char)src[i + k])))
      continue;
    at.start = i;
    at.end = i + k;
    bc__validate_context(src, len, at, &sc);
    if (bc__validate_overlap(ctx, &sc) >= need)
      return 1;
  }
  return 0;
}

/* Is b nearer to a than c is (by ratio)? */
static int closer(double a, double b, double c)
{
  double db, dc;
  if (a <= 0 || b <= 0 || c <= 0)
    return fabs(a - b) < fabs(a - c);
  db = fabs(log(a / b));
  dc = fabs(log(a / c));
  return db < dc;
}

/* "from nine to sixteen engineers" where the source gives the two numbers
 * apart ("9 engineers at the start and 16 at the end"). */
static int range_ends_stated(const struct vstate *v,
                             const struct bc_number_fact *nf)
{
  struct bc_number_fact lo = *nf, hi = *nf;
  size_t i;
  int has_lo = 0, has_hi = 0;
  struct bc__unit cu;
  lo.value_hi = lo.value;
  hi.value = hi.value_hi;
  bc__validate_unit_info(nf->unit, &cu);
  for (i = 0; i < v->n_nums && !(has_lo && has_hi); i++) {
    /* An end found in a number of another unit, or rounded, is not the
     * range's end: "80 to 410 loaves" is not "80 loaves ... gave away
     * 412". */
    int exact = v->nums[i].value == lo.value || v->nums[i].value == hi.value;
    if (!exact && (v->num_unit[i].cls != cu.cls ||
                   (cu.cls == BC__UNIT_NOUN &&
                    strcmp(v->num_unit[i].canon, cu.canon) != 0)))
      continue;
    has_lo = has_lo || bc__validate_numbers_equiv_u(&lo, &cu, &v->nums[i],
                                                    &v->num_unit[i]);
    has_hi = has_hi || bc__validate_numbers_equiv_u(&hi, &cu, &v->nums[i],
                                                    &v->num_unit[i]);
  }
  return has_lo && has_hi;
}

/* The number counterpart of date_in_claim: "from 9 to 16 engineers". */
static int number_in_claim(const struct claim *c,
                           const struct bc_number_fact *nf,
                           const struct bc_number_fact *src)
{
  size_t i;
  for (i = 0; i < c->f->n_numbers; i++) {
    const struct bc_number_fact *o = &c->f->numbers[i];
    if (o->span.start == nf->span.start ||
        !same_sentence(c->text, o->span.start, nf->span.start))
      continue;
    if (bc__validate_numbers_equiv(o, src))
      return 1;
  }
  return 0;
}

/* --- ratios: "60/30/10", "80/20", "seventy-twenty-ten" ---------------------
 * Parts that add up to a hundred, so dates ("02/26") and fractions are not
 * read as ratios. */

struct ratio {
  int p[8];
  size_t n, s, e;
};

/* A part of a ratio at t[i]: digits, or a tens word; returns its end. */
static size_t ratio_part(const char *t, size_t len, size_t i, int *val)
{
  static const char *const w[] = {"ten",    "twenty", "thirty",  "forty",
                                  "fifty",  "sixty",  "seventy", "eighty",
                                  "ninety", "five",   "fifteen"};
  static const int wv[] = {10, 20, 30, 40, 50, 60, 70, 80, 90, 5, 15};
  size_t j = i, k;
  if (i < len && t[i] >= '0' && t[i] <= '9') {
    int x = 0;
    while (j < len && t[j] >= '0' && t[j] <= '9' && j - i < 3)
      x = x * 10 + (t[j++] - '0');
    if (j < len && (is_alnum((unsigned char)t[j]) || t[j] == '.'))
      return 0;
    *val = x;
    return j;
  }
  while (j < len &&
         ((t[j] >= 'a' && t[j] <= 'z') || (t[j] >= 'A' && t[j] <= 'Z')))
    j++;
  for (k = 0; k < sizeof w / sizeof w[0]; k++)
    if (j - i == strlen(w[k]) && strncasecmp(t + i, w[k], j - i) == 0) {
      *val = wv[k];
      return j;
    }
  return 0;
}

/* The ratio starting at t[i], if any. */
static int ratio_at(const char *t, size_t len, size_t i, struct ratio *r)
{
  size_t j, total = 0, k;
  int digits = t[i] >= '0' && t[i] <= '9', x;
  if (i > 0 && (is_alnum((unsigned char)t[i - 1]) || t[i - 1] == '/' ||
                t[i - 1] == '-' || t[i - 1] == '.' || t[i - 1] == ','))
    return 0;
  r->n = 0;
  r->s = i;
  j = i;
  for (;;) {
    size_t e = ratio_part(t, len, j, &x);
    if (!e || ((t[j] >= '0' && t[j] <= '9') != digits) || r->n == 8)
      return 0;
    r->p[r->n++] = x;
    j = e;
    if (j + 1 < len && (t[j] == '/' || (!digits && t[j] == '-')) &&
        is_alnum((unsigned char)t[j + 1]))
      j++;
    else
      break;
  }
  r->e = j;
  for (k = 0; k < r->n; k++)
    total += (size_t)r->p[k];
  return r->n >= 2 && total >= 99 && total <= 101;
}

/* Every ratio of t (at most cap). */
static size_t ratios_in(const char *t, size_t len, struct ratio *out,
                        size_t cap)
{
  size_t i, n = 0;
  for (i = 0; t && i < len && n < cap; i++)
    if (is_alnum((unsigned char)t[i]) && ratio_at(t, len, i, &out[n])) {
      i = out[n].e;
      n++;
    }
  return n;
}

/* A percentage that is one part of a ratio the source gives ("60% stocks"
 * for a 60/30/10 split). */
static int ratio_member(const struct vstate *v, double val)
{
  struct ratio r[16];
  size_t n = ratios_in(v->doc->text, v->doc->text_len, r, 16), i, k;
  for (i = 0; i < n; i++)
    for (k = 0; k < r[i].n; k++)
      if ((double)r[i].p[k] == val)
        return 1;
  return 0;
}

/* Each ratio of the claim must be one the source gives, part for part. */
static void check_ratios(struct vstate *v, const struct claim *c)
{
  struct ratio cr[8], sr[16];
  size_t nc = ratios_in(c->text, c->len, cr, 8);
  size_t ns = nc ? ratios_in(v->doc->text, v->doc->text_len, sr, 16) : 0;
  size_t i, j, k, best = (size_t)-1, best_same = 0;
  for (i = 0; i < nc && !v->rc; i++) {
    best = (size_t)-1;
    best_same = 0;
    for (j = 0; j < ns; j++) {
      size_t same = 0;
      if (sr[j].n != cr[i].n)
        continue;
      for (k = 0; k < sr[j].n; k++)
        same += sr[j].p[k] == cr[i].p[k];
      if (same == sr[j].n)
        break;
      if (best == (size_t)-1 || same > best_same) {
        best = j;
        best_same = same;
      }
    }
    v->r->checked.numbers++;
    if (j < ns || best == (size_t)-1)
      continue;
    {
      char *says = source_text(v, (struct bc_span){sr[best].s, sr[best].e});
      char msg[160];
      if (!says) {
        v->rc = BC_ERR_NOMEM;
        return;
      }
      snprintf(msg, sizeof msg, "the source gives the split as %s", says);
      add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR,
          (struct bc_span){cr[i].s, cr[i].e}, says,
          (struct bc_span){sr[best].s, sr[best].e}, says, msg);
      free(says);
    }
  }
}

/* Is the number at span s part of a ratio of text t? */
static int in_ratio(const char *t, size_t len, struct bc_span s)
{
  struct ratio r[8];
  size_t n = ratios_in(t, len, r, 8), i;
  for (i = 0; i < n; i++)
    if (s.start < r[i].e && r[i].s < s.end)
      return 1;
  return 0;
}

static void check_number(struct vstate *v, const struct claim *c,
                         const struct bc_number_fact *nf)
{
  struct bc__context ctx;
  struct bc__unit cu;
  size_t i, best = (size_t)-1, best_ov = 0, n_unit = 0, swap = (size_t)-1;
  size_t eq_ov = 0, swap_ov = 0, loose = (size_t)-1, loose_ov = 0;
  size_t unit_chg = (size_t)-1, weak_ov = 0;
  int equiv = 0, weak = 0;
  const char *ctext = c->text + nf->span.start;
  size_t clen = nf->span.end - nf->span.start;

  bc__validate_context(c->text, c->len, nf->span, &ctx);
  bc__validate_unit_info(nf->unit, &cu);
  if (cu.cls == BC__UNIT_PERCENT && nf->value == nf->value_hi &&
      ratio_member(v, nf->value))
    return;
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    const struct bc__unit *su = &v->num_unit[i];
    size_t ov;
    if (bc__validate_numbers_equiv_u(nf, &cu, s, su)) {
      ov = bc__validate_overlap(&ctx, &v->num_ctx[i]);
      /* A bare source number ("five seconds and not three") supports a
       * measure only weakly. */
      if (cu.cls != BC__UNIT_NONE && cu.cls != BC__UNIT_NOUN &&
          su->cls == BC__UNIT_NONE) {
        weak = 1;
        if (ov > weak_ov)
          weak_ov = ov;
        continue;
      }
      equiv = 1;
      if (ov > eq_ov)
        eq_ov = ov;
      continue;
    }
    if (cu.cls != BC__UNIT_NONE && cu.cls == su->cls &&
        strcmp(cu.canon, su->canon) == 0) {
      ov = bc__validate_overlap(&ctx, &v->num_ctx[i]);
      n_unit++;
      if (best == (size_t)-1 || ov > best_ov ||
          (ov == best_ov && closer(nf->value, s->value, v->nums[best].value))) {
        best = i;
        best_ov = ov;
      }
      if (ov > swap_ov && !number_in_claim(c, nf, s)) {
        swap_ov = ov;
        swap = i;
      }
      continue;
    }
    /* Only numbers of the same order of magnitude or the same value can be
     * counterparts from here on; the context is worth reading for them. */
    if (!(nf->value > 0 && s->value > 0 && nf->value / s->value < 10 &&
          s->value / nf->value < 10))
      continue;
    ov = bc__validate_overlap(&ctx, &v->num_ctx[i]);
    if (cu.cls != BC__UNIT_NONE && su->cls == cu.cls) {
      /* The same value with another unit of the same kind: "5 months" for
       * "5 years". */
      struct bc_number_fact bare = *nf, sbare = *s;
      struct bc__unit none;
      memset(&none, 0, sizeof none);
      none.scale = 1.0;
      if (ov >= 1 && bc__validate_numbers_equiv_u(&bare, &none, &sbare, &none))
        unit_chg = i;
      else if (loose_ok(nf, &cu, s, su, ov,
                        loose == (size_t)-1 ? NULL : &v->nums[loose],
                        loose_ov)) {
        loose = i;
        loose_ov = ov;
      }
    } else if (loose_ok(nf, &cu, s, su, ov,
                        loose == (size_t)-1 ? NULL : &v->nums[loose],
                        loose_ov)) {
      loose = i;
      loose_ov = ov;
    }
  }
  if (!equiv && cu.cls == BC__UNIT_TIME && nf->value == nf->value_hi &&
      range_lasts(v, nf->value * cu.scale))
    return; /* "the migration took 17 months": from its start and end */
  if (!equiv && weak) {
    /* The same measure stated with its unit, in words nearer the claim's,
     * outweighs a bare number. */
    if (best != (size_t)-1 && best_ov > weak_ov) {
      number_finding(v, c, nf, best, "of this", n_unit == 1);
      return;
    }
    equiv = 1;
    eq_ov = weak_ov;
  }
  if (!equiv && nf->value_hi != nf->value && range_ends_stated(v, nf))
    return; /* each end stated apart: nothing to mix up as a whole */
  if (equiv) {
    /* Stated, but of something else?  Same test as for dates. */
    if (swap != (size_t)-1 && has_digit(ctext, clen) &&
        mixed_up(eq_ov, swap_ov, ctx.n))
      number_finding(v, c, nf, swap, "here, not this number", 0);
    return;
  }
  if (nf->value != nf->value_hi) {
    /* A range sharing one end with a source range: the other end moved
     * ("between 30,000 and 60,000" for "30,000 to 50,000"). */
    for (i = 0; i < v->n_nums; i++) {
      const struct bc_number_fact *s = &v->nums[i];
      if (s->value == s->value_hi ||
          !bc__validate_units_compatible(nf->unit, s->unit))
        continue;
      if ((s->value == nf->value) != (s->value_hi == nf->value_hi)) {
        number_finding(v, c, nf, i, "of this", 1);
        return;
      }
    }
  }
  if (loose != (size_t)-1 && ordinal(ctext, clen))
    loose = (size_t)-1; /* "the 16th title": a rank, not a quantity */
  /* Before calling a number wrong: the claim's own number may be in the
   * source where the analyzer did not read it as this quantity ("Seventeen
   * of the 30 counts"), in words as close to the claim's as the other. */
  if (nf->value == nf->value_hi && unit_chg == (size_t)-1 &&
      (cu.cls == BC__UNIT_NONE || cu.cls == BC__UNIT_NOUN) &&
      ((best != (size_t)-1 && best_ov >= 1) || loose != (size_t)-1)) {
    size_t need = best != (size_t)-1 && best_ov >= 1 ? best_ov : loose_ov;
    if (token_near(v, ctext, clen, &ctx, need ? need : 1))
      return;
  }
  if (best != (size_t)-1 && best_ov >= 1) {
    number_finding(v, c, nf, best, "of this", n_unit == 1);
    return;
  }
  if (unit_chg != (size_t)-1) {
    number_finding(v, c, nf, unit_chg, "of this: the unit differs", 0);
    return;
  }
  if (digits_in_source(v, ctext, clen))
    return;
  /* The source counts this noun once, with another value: "6,000 members"
   * for "about 600 members". */
  if (best != (size_t)-1 && n_unit == 1 && cu.cls == BC__UNIT_NOUN &&
      has_digit(ctext, clen)) {
    number_finding(v, c, nf, best, "of this", 0);
    return;
  }
  if (loose != (size_t)-1 && has_digit(ctext, clen)) {
    number_finding(v, c, nf, loose, "of this", 0);
    return;
  }
  if (has_digit(ctext, clen) && (nf->value >= 10 || (nf->unit && *nf->unit)))
    add(v, c, BC_FINDING_NUMBER, BC_SEV_WARNING, nf->span, "",
        (struct bc_span){0, 0}, NULL, "the source gives no such number");
}

static int year_supported(struct vstate *v, double val)
{
  int y = (int)val;
  size_t i;
  struct bc__dval p;
  if ((double)y != val || y < 1000 || y > 2199)
    return 0;
  memset(&p, 0, sizeof p);
  p.kind = BC_DATE_YEAR;
  p.y = y;
  for (i = 0; i < v->facts->n_dates; i++)
    if (bc__validate_date_supports(&p, &v->facts->dates[i]))
      return 1;
  return year_in_source(v, y);
}

/* A number that labels rather than counts: "top 10", "version 3",
 * "lesson 1", "#2", "Fortune 500". */
static int label_number(const char *t, size_t at)
{
  static const char *const labels[] = {
      "top",  "no",    "number", "version", "level",  "lesson",  "chapter",
      "step", "part",  "phase",  "page",    "figure", "table",   "section",
      "tier", "stage", "rank",   "fortune", "season", "episode", "vol"};
  size_t e = at, b, k;
  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '.'))
    e--;
  if (e > 0 && t[e - 1] == '#')
    return 1;
  b = e;
  while (b > 0 && is_alnum((unsigned char)t[b - 1]))
    b--;
  if (e - b < 2 || e - b > 8)
    return 0;
  for (k = 0; k < sizeof labels / sizeof labels[0]; k++) {
    size_t n = strlen(labels[k]), i;
    if (n != e - b)
      continue;
    for (i = 0; i < n; i++) {
      char ch = t[b + i];
      if ((ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) != labels[k][i])
        break;
    }
    if (i == n)
      return 1;
  }
  return 0;
}

static void check_numbers(struct vstate *v, const struct claim *c,
                          const struct bc_facts *f)
{
  struct bc_number_fact *m;
  size_t n, i;
  if (f->n_numbers == 0)
    return;
  m = merge_durations(c->text, f->numbers, f->n_numbers, &n);
  if (!m) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  /* "between 30,000 and 60,000 people": one range. */
  for (i = 0; i + 1 < n; i++) {
    size_t a = m[i].span.start, e = m[i].span.end;
    if (m[i].value != m[i].value_hi || m[i + 1].value != m[i + 1].value_hi ||
        (m[i].unit && *m[i].unit) || m[i + 1].span.start != e + 5 ||
        strncmp(c->text + e, " and ", 5) != 0 || a < 8 ||
        strncasecmp(c->text + a - 8, "between ", 8) != 0 ||
        m[i + 1].value <= m[i].value)
      continue;
    m[i].unit = m[i + 1].unit; /* shallow copies of the analyzer's */
    m[i].value_hi = m[i + 1].value;
    m[i].span.end = m[i + 1].span.end;
    memmove(&m[i + 1], &m[i + 2], (n - i - 2) * sizeof *m);
    n--;
  }
  for (i = 0; i < n && !v->rc; i++) {
    if (overlaps_date(f, m[i].span) || in_iso(c->text, c->len, m[i].span.start))
      continue;
    /* A bare four-digit year the analyzer did not read as a date is
     * checked as one. */
    if (m[i].span.end - m[i].span.start == 4 &&
        bare_year(c->text, c->len, m[i].span.start)) {
      struct bc_date_fact yf;
      struct bc__dval p;
      struct bc__context ctx;
      memset(&yf, 0, sizeof yf);
      yf.span = m[i].span;
      yf.kind = BC_DATE_YEAR;
      snprintf(yf.iso, sizeof yf.iso, "%04d",
               bare_year(c->text, c->len, m[i].span.start));
      if (!bc__validate_date_parse(yf.kind, yf.iso, &p, &p))
        continue;
      v->r->checked.dates++;
      bc__validate_context(c->text, c->len, yf.span, &ctx);
      check_date_point(v, c, &yf, &p, &ctx, 0);
      continue;
    }
    if (((!m[i].unit || !*m[i].unit) && year_supported(v, m[i].value)) ||
        label_number(c->text, m[i].span.start) ||
        in_ratio(c->text, c->len, m[i].span))
      continue;
    v->r->checked.numbers++;
    check_number(v, c, &m[i]);
  }
  free(m);
}

/* --- acronyms ------------------------------------------------------------- */

static size_t letters_of(const char *acr)
{
  size_t n = 0;
  for (; *acr; acr++)
    if (is_alnum((unsigned char)*acr))
      n++;
  return n;
}

static int stop_byte(char ch)
{
  return ch == '.' || ch == ';' || ch == ':' || ch == '(' || ch == ')' ||
         ch == '\n' || ch == '[' || ch == ']' || ch == '"';
}

/* Words of t[s..e) as start offsets (at most 24). */
struct wlist {
  size_t s[24], e[24];
  size_t n;
};

static void words_in(const char *t, size_t s, size_t e, struct wlist *w)
{
  size_t pos = s, st, n;
  w->n = 0;
  while (w->n < 24 && (n = bc__validate_next_word(t, e, &pos, &st)) > 0) {
    w->s[w->n] = st;
    w->e[w->n] = st + n;
    w->n++;
  }
}

/* Title Case words, function words allowed between: does t[s..e) read as
 * an expansion of nl words? */
static int title_case(const char *t, const struct wlist *w, size_t a, size_t b,
                      size_t nl)
{
  size_t k, content = 0;
  for (k = a; k < b; k++) {
    unsigned char ch = (unsigned char)t[w->s[k]];
    if (bc__validate_is_stopword(t + w->s[k], w->e[k] - w->s[k]))
      continue;
    if (!(ch >= 'A' && ch <= 'Z'))
      return 0;
    content++;
  }
  return content == nl;
}

/* An expansion given right after the acronym, in the words of t[s..e):
 * the shortest run of leading words that spells it, else nl Title Case
 * words. */
static int lead_expansion_strict(const char *acr, const char *t, size_t s,
                                 size_t e, int strict, size_t *es, size_t *ee)
{
  struct wlist w;
  size_t k, nl = letters_of(acr);
  words_in(t, s, e, &w);
  /* A function word may start the expansion itself ("over-the-air"). */
  {
    size_t j;
    for (j = 0; j < w.n; j++) {
      int stop = bc__validate_is_stopword(t + w.s[j], w.e[j] - w.s[j]);
      if (!stop || (t[w.s[j]] | 32) == (acr[0] | 32))
        for (k = j + 1; k <= w.n; k++)
          if (bc__validate_fits_acronym(acr, t + w.s[j], w.e[k - 1] - w.s[j])) {
            *es = w.s[j];
            *ee = w.e[k - 1];
            return 1;
          }
      if (!stop)
        break;
    }
  }
  /* "(for Reality, ...)": the claim starts at the first content word. */
  while (w.n > 1 && bc__validate_is_stopword(t + w.s[0], w.e[0] - w.s[0])) {
    s = w.e[0];
    words_in(t, s, e, &w);
  }
  for (k = 1; k <= w.n; k++)
    if (bc__validate_fits_acronym(acr, t + w.s[0], w.e[k - 1] - w.s[0])) {
      *es = w.s[0];
      *ee = w.e[k - 1];
      return 1;
    }
  if (strict)
    return 0;
  for (k = 1; k <= w.n; k++)
    if (title_case(t, &w, 0, k, nl) &&
        (k == w.n || !title_case(t, &w, 0, k + 1, nl))) {
      *es = w.s[0];
      *ee = w.e[k - 1];
      return 1;
    }
  return 0;
}

static int lead_expansion(const char *acr, const char *t, size_t s, size_t e,
                          size_t *es, size_t *ee)
{
  return lead_expansion_strict(acr, t, s, e, 0, es, ee);
}

/* An expansion just before "(ACR)": the shortest run of trailing words of
 * t[s..e) that spells it, else nl Title Case words. */
static int tail_expansion(const char *acr, const char *t, size_t s, size_t e,
                          size_t *es, size_t *ee)
{
  struct wlist w;
  size_t k, nl = letters_of(acr), first;
  /* words_in keeps the first 24 words; start late enough to keep the
   * last ones. */
  if (e - s > 400)
    s = e - 400;
  words_in(t, s, e, &w);
  while (w.n == 24) {
    s = w.s[1];
    words_in(t, s, e, &w);
  }
  if (w.n == 0)
    return 0;
  for (k = 1; k <= w.n; k++) {
    first = w.n - k;
    if (bc__validate_fits_acronym(acr, t + w.s[first],
                                  w.e[w.n - 1] - w.s[first])) {
      *es = w.s[first];
      *ee = w.e[w.n - 1];
      return 1;
    }
  }
  for (k = 1; k <= w.n; k++) {
    first = w.n - k;
    if (title_case(t, &w, first, w.n, nl) &&
        !bc__validate_is_stopword(t + w.s[first], w.e[first] - w.s[first])) {
      *es = w.s[first];
      *ee = w.e[w.n - 1];
      return 1;
    }
  }
  return 0;
}

static const char *const intro[] = {", which stands for ",
                                    " which stands for ",
                                    " stands for ",
                                    ", which means ",
                                    " which means ",
                                    ", i.e. ",
                                    ", short for ",
                                    " is short for ",
                                    " short for ",
                                    ", meaning ",
                                    " means ",
                                    " refers to ",
                                    ", or ",
                                    ": ",
                                    " - ",
                                    " \xe2\x80\x94 ",
                                    "\xe2\x80\x94",
                                    " \xe2\x80\x93 ",
                                    " = ",
                                    " (i.e. "};

static int has_stop(const char *t, size_t a, size_t b)
{
  for (; a < b; a++)
    if (stop_byte(t[a]) || t[a] == ',')
      return 1;
  return 0;
}

/* Past quotes and emphasis marks at t[i]: * _ " ' and curly quotes. */
static size_t skip_marks(const char *t, size_t len, size_t i)
{
  for (;;) {
    if (i < len && (t[i] == '*' || t[i] == '_' || t[i] == '"' || t[i] == '\''))
      i++;
    else if (i + 2 < len && (unsigned char)t[i] == 0xE2 &&
             (unsigned char)t[i + 1] == 0x80 &&
             ((unsigned char)t[i + 2] >= 0x98 &&
              (unsigned char)t[i + 2] <= 0x9D))
      i += 3;
    else
      return i;
  }
}

/* Find an expansion the text gives for the acronym at t[a..b). */
static int expansion_near(const char *acr, const char *t, size_t len, size_t a,
                          size_t b, size_t *es, size_t *ee)
{
  size_t i, j, k;
  /* Markup and quotes around the acronym: "**RAGE** (...)", "“RAGE” (...)". */
  b = skip_marks(t, len, b);
  while (a > 0 && (t[a - 1] == '*' || t[a - 1] == '"' || t[a - 1] == '_'))
    a--;
  if (a >= 3 && (unsigned char)t[a - 3] == 0xE2 &&
      (unsigned char)t[a - 2] == 0x80 && (unsigned char)t[a - 1] == 0x9C)
    a -= 3;
  i = b;
  while (i < len && t[i] == ' ')
    i++;
  if (i < len && t[i] == '(') {
    for (j = i + 1; j < len && j < i + 300 && t[j] != ')' && t[j] != '\n'; j++)
      ;
    if (j < len && t[j] == ')' && lead_expansion(acr, t, i + 1, j, es, ee)) {
      /* The words of the parenthesis that spell the acronym. */
      return 1;
    }
  }
  /* "the RAGE model (Reality, ...)": a word or two between, and then
   * only a parenthesis that spells the acronym counts. */
  {
    size_t pos = b, st, wl, words = 0;
    while (words < 2 && (wl = bc__validate_next_word(t, len, &pos, &st)) &&
           !has_stop(t, b, st)) {
      size_t q = pos;
      words++;
      while (q < len && t[q] == ' ')
        q++;
      if (q < len && t[q] == '(') {
        for (j = q + 1; j < len && j < q + 300 && t[j] != ')' && t[j] != '\n';
             j++)
          ;
        if (j < len && t[j] == ')' &&
            bc__validate_fits_acronym(acr, t + q + 1, j - q - 1) &&
            lead_expansion(acr, t, q + 1, j, es, ee))
          return 1;
        break;
      }
    }
  }
  if (a > 0 && t[a - 1] == '(' && b < len && t[b] == ')') {
    size_t s = a - 1;
    while (s > 0 && !stop_byte(t[s - 1]) && a - s < 400)
      s--;
    if (tail_expansion(acr, t, s, a - 1, es, ee))
      return 1;
  }
  for (k = 0; k < sizeof intro / sizeof intro[0]; k++) {
    size_t n = strlen(intro[k]), e;
    size_t from;
    if (b + n > len || strncmp(t + b, intro[k], n) != 0)
      continue;
    from = skip_marks(t, len, b + n); /* stands for "Reality, ..." */
    for (e = from; e < len && e < from + 300 && !stop_byte(t[e]); e++)
      ;
    if (lead_expansion(acr, t, from, e, es, ee))
      return 1;
  }
  /* "MTTR, Mean Time To Repair, fell": an apposition counts only when its
   * words spell the acronym, since "SLOs, Error Budgets and Alerts" is a
   * list. */
  if (b + 2 < len && t[b] == ',' && t[b + 1] == ' ') {
    size_t e;
    for (e = b + 2; e < len && e < b + 302 && !stop_byte(t[e]); e++)
      ;
    if (lead_expansion_strict(acr, t, b + 2, e, 1, es, ee))
      return 1;
  }
  return 0;
}

/* A definition the source gives after the acronym at t[b] in looser words:
 * a few words between ("PTO, which in our house stands for ...", "the ILL
 * was the Irregular Lending Ledger"), or a later "it means ..." that refers
 * back to it.  The words must spell the acronym. */
static int defined_after(const char *acr, const char *t, size_t len, size_t b,
                         size_t *es, size_t *ee)
{
  static const char *const verbs[] = {
      "stands for ", "means ",  "refers to ", "is short for ",
      "short for ",  "is the ", "was the ",   "is an ",
      "was an ",     "is a ",   "was a "};
  static const char *const back[] = {"it means ",        "It means ",
                                     "it stands for ",   "It stands for ",
                                     "it is short for ", "It is short for ",
                                     "it refers to ",    "It refers to "};
  size_t i, k, words = 0, lim = b + 240 < len ? b + 240 : len;
  /* Up to five words between the acronym and the verb, same clause. */
  for (i = b; i < lim && words <= 5; i++) {
    if (t[i] == '.' || t[i] == ';' || t[i] == '\n' || t[i] == '(')
      break;
    if (t[i] != ' ')
      continue;
    words++;
    for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
      size_t n = strlen(verbs[k]), from, e;
      if (i + 1 + n > len || strncmp(t + i + 1, verbs[k], n) != 0)
        continue;
      from = skip_marks(t, len, i + 1 + n);
      for (e = from; e < len && e < from + 300 && !stop_byte(t[e]); e++)
        ;
      if (lead_expansion_strict(acr, t, from, e, 1, es, ee))
        return 1;
    }
  }
  /* "... our SWR. ... In this house it means Spending We Regret". */
  for (i = b; i < lim; i++)
    for (k = 0; k < sizeof back / sizeof back[0]; k++) {
      size_t n = strlen(back[k]), from, e;
      if (i + n > len || strncmp(t + i, back[k], n) != 0 ||
          (i > 0 && is_alnum((unsigned char)t[i - 1])))
        continue;
      from = skip_marks(t, len, i + n);
      for (e = from; e < len && e < from + 300 && !stop_byte(t[e]); e++)
        ;
      if (lead_expansion_strict(acr, t, from, e, 1, es, ee))
        return 1;
    }
  return 0;
}

/* The source's own expansion of acr read from its text, for definitions
 * the analyzer did not record (or recorded cut short): the first occurrence
 * with an expansion beside it, else "Some Words (ACR)" in Title Case. */
static int source_expansion(const struct vstate *v, const char *acr,
                            struct bc_span *out)
{
  const char *t = v->doc->text, *p = t;
  size_t n = strlen(acr), len = v->doc->text_len, es, ee;
  if (!t)
    return 0;
  while ((p = strstr(p, acr)) != NULL) {
    size_t a = (size_t)(p - t), b = a + n;
    p += n;
    if ((a > 0 && is_alnum((unsigned char)t[a - 1])) ||
        (b < len && is_alnum((unsigned char)t[b])))
      continue;
    if (expansion_near(acr, t, len, a, b, &es, &ee) ||
        defined_after(acr, t, len, b, &es, &ee)) {
      out->start = es;
      out->end = ee;
      return 1;
    }
    if (a >= 2 && t[a - 1] == '(' && b < len && t[b] == ')' &&
        t[a - 2] == ' ') {
      /* Title Case words right before: "OpenTelemetry (OTel)". */
      size_t s = a - 2, k = 0;
      while (s > 0 && k < 6) {
        size_t w = s;
        while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '\n' &&
               !stop_byte(t[w - 1]))
          w--;
        if (w == s || !(t[w] >= 'A' && t[w] <= 'Z'))
          break;
        s = w;
        k++;
        if (s == 0 || t[s - 1] != ' ')
          break;
        s--;
      }
      if (k > 0) {
        while (t[s] == ' ')
          s++;
        out->start = s;
        out->end = a - 2;
        return 1;
      }
    }
  }
  return 0;
}

struct def {
  const char *s;
  size_t n;
  struct bc_span span;
};

/* Check the expansion t[es..ee) given for acr against the source. */
static void check_expansion(struct vstate *v, struct claim *c, const char *acr,
                            size_t es, size_t ee)
{
  const struct bc_facts *F = v->facts;
  struct def defs[8];
  size_t nd = 0, i, j, n_distinct = 0, pick = 0;
  struct bc_span sp;
  struct bc_buf mb = BC_BUF_INIT(2048);
  char *msg, *says, *fix = NULL;
  int fits_any = 0;
  struct bc_span *grown;
  v->r->checked.acronyms++;
  grown = bc_realloc(c->exp, (c->n_exp + 1) * sizeof *grown);
  if (!grown) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  c->exp = grown;
  grown[c->n_exp++] = (struct bc_span){es, ee};
  for (i = 0; i < F->n_acronyms && nd < 7; i++)
    if (strcmp(F->acronyms[i].acronym, acr) == 0) {
      defs[nd].s = F->acronyms[i].expansion;
      defs[nd].n = strlen(F->acronyms[i].expansion);
      defs[nd].span = F->acronyms[i].expansion_span;
      nd++;
    }
  if (nd == 0) {
    const struct bc_acronym_fact *d = bc_facts_find_acronym(F, acr);
    if (d) {
      defs[0].s = d->expansion;
      defs[0].n = strlen(d->expansion);
      defs[0].span = d->expansion_span;
      nd = 1;
    }
  }
  if (source_expansion(v, acr, &sp)) {
    defs[nd].s = v->doc->text + sp.start;
    defs[nd].n = sp.end - sp.start;
    defs[nd].span = sp;
    nd++;
  }
  for (i = 0; i < nd; i++)
    if (bc__validate_expansions_match(c->text + es, ee - es, defs[i].s,
                                      defs[i].n))
      return;
  /* An expansion the source writes counts, unless the source sets it aside
   * for its own definition ("AST stands for ...; it is not an abstract
   * syntax tree"). */
  for (i = 0; i < nd; i++)
    if (bc__validate_fits_acronym(acr, defs[i].s, defs[i].n))
      break;
  if (plainly_in_source(v, c->text + es, ee - es, i < nd ? acr : NULL))
    return;
  /* Say what the source says with a definition that spells the acronym;
   * a repair needs exactly one such definition. */
  for (i = 0; i < nd; i++) {
    if (!bc__validate_fits_acronym(acr, defs[i].s, defs[i].n))
      continue;
    for (j = 0; j < i; j++)
      if (bc__validate_fits_acronym(acr, defs[j].s, defs[j].n) &&
          bc__validate_expansions_match(defs[j].s, defs[j].n, defs[i].s,
                                        defs[i].n))
        break;
    if (j == i) {
      if (!fits_any)
        pick = i;
      fits_any = 1;
      n_distinct++;
    }
  }
  if (nd == 0) {
    bc_buf_addf(&mb,
                "the source never expands %s; this expansion is not "
                "from the source",
                acr);
    says = NULL;
  } else {
    says = bc_strndup(defs[pick].s, defs[pick].n);
    if (!says) {
      v->rc = BC_ERR_NOMEM;
      return;
    }
    bc_buf_addf(&mb, "the source defines %s as \"%s\"", acr, says);
    if (fits_any && n_distinct == 1)
      fix = says;
  }
  msg = bc_buf_take(&mb, NULL);
  if (!msg)
    v->rc = BC_ERR_NOMEM;
  else
    add(v, c, BC_FINDING_ACRONYM, nd ? BC_SEV_ERROR : BC_SEV_WARNING,
        (struct bc_span){es, ee}, says ? says : "",
        nd ? defs[pick].span : (struct bc_span){0, 0}, fix, msg);
  free(says);
  free(msg);
}

/* A word that reads as an acronym: two or more capitals, at most ten
 * characters, letters and digits ("SLO", "OTel", "P2P"); a plural "s" is
 * not part of it. */
static size_t acronym_len(const char *w, size_t n)
{
  size_t i, caps = 0;
  if (n < 2 || n > 10 || !(w[0] >= 'A' && w[0] <= 'Z'))
    return 0;
  for (i = 0; i < n; i++) {
    if (!is_alnum((unsigned char)w[i]))
      return 0;
    if (w[i] >= 'A' && w[i] <= 'Z')
      caps++;
  }
  if (caps < 2 || caps * 2 < n)
    return 0;
  if (n > 2 && w[n - 1] == 's' && w[n - 2] >= 'A' && w[n - 2] <= 'Z')
    n--;
  return n;
}

/* An expansion written in a looser form, tried only for an acronym the
 * source defines: "ILL (interlibrary loan)" and "polysomnography (PSG)"
 * whose words do not spell the letters but start with the first one, and
 * "the CRT first, the Critical Rowing Threshold test". */
static int loose_expansion(const char *acr, const char *t, size_t len, size_t a,
                           size_t b, size_t *es, size_t *ee)
{
  struct wlist w;
  size_t i, j, k;
  char c0 = (char)(acr[0] | 32);
  if (b < len && t[b] == ' ' && b + 1 < len && t[b + 1] == '(')
    b++;
  if (b < len && t[b] == '(') {
    for (j = b + 1; j < len && j < b + 80 && t[j] != ')' && !stop_byte(t[j]);
         j++)
      ;
    if (j < len && t[j] == ')' && !has_digit(t + b + 1, j - b - 1)) {
      words_in(t, b + 1, j, &w);
      if (w.n >= 1 && w.n <= 6 && (t[w.s[0]] | 32) == c0) {
        *es = w.s[0];
        *ee = w.e[w.n - 1];
        return 1;
      }
    }
  }
  if (a >= 2 && t[a - 1] == '(' && b < len && t[b] == ')') {
    size_t s = a - 1, nl = letters_of(acr);
    while (s > 0 && !stop_byte(t[s - 1]) && t[s - 1] != ',' && a - s < 200)
      s--;
    words_in(t, s, a - 1, &w);
    if (w.n == 24 || w.n == 0)
      return 0;
    for (k = w.n; k > 0 && w.n - k < nl; k--)
      if (bc__validate_is_stopword(t + w.s[k - 1], w.e[k - 1] - w.s[k - 1]))
        break;
    for (i = k; i < w.n; i++)
      if ((t[w.s[i]] | 32) == c0) {
        *es = w.s[i];
        *ee = w.e[w.n - 1];
        return 1;
      }
    return 0;
  }
  /* One word between the acronym and an apposition that spells it. */
  {
    size_t pos = b, st, wl = bc__validate_next_word(t, len, &pos, &st);
    if (wl && !has_stop(t, b, st) && pos + 2 < len && t[pos] == ',' &&
        t[pos + 1] == ' ') {
      size_t e;
      for (e = pos + 2; e < len && e < pos + 302 && !stop_byte(t[e]); e++)
        ;
      if (lead_expansion_strict(acr, t, pos + 2, e, 1, es, ee))
        return 1;
    }
  }
  return 0;
}

static void check_acronyms(struct vstate *v, struct claim *c,
                           const struct bc_facts *f)
{
  size_t i, es, ee, pos = 0, st, wl;
  size_t *seen = NULL, n_seen = 0;
  struct bc_span sp;
  char acr[16];
  /* Every word that reads as an acronym, wherever the text expands it. */
  while (!v->rc && (wl = bc__validate_next_word(c->text, c->len, &pos, &st))) {
    size_t al = acronym_len(c->text + st, wl), ae;
    if (!al)
      continue;
    ae = st + wl;
    memcpy(acr, c->text + st, al);
    acr[al] = '\0';
    if (expansion_near(acr, c->text, c->len, st, ae, &es, &ee) ||
        ((bc_facts_find_acronym(v->facts, acr) ||
          source_expansion(v, acr, &sp)) &&
         loose_expansion(acr, c->text, c->len, st, ae, &es, &ee))) {
      size_t *g = bc_realloc(seen, (n_seen + 1) * sizeof *g);
      if (!g) {
        v->rc = BC_ERR_NOMEM;
        break;
      }
      seen = g;
      seen[n_seen++] = st;
      check_expansion(v, c, acr, es, ee);
    }
  }
  /* Definitions in forms the scan above does not know. */
  for (i = 0; i < f->n_acronyms && !v->rc; i++) {
    const struct bc_acronym_fact *a = &f->acronyms[i];
    size_t j;
    for (j = 0; j < n_seen; j++)
      if (seen[j] == a->span.start)
        break;
    if (j < n_seen || a->expansion_span.end > c->len ||
        a->expansion_span.start >= a->expansion_span.end)
      continue;
    check_expansion(v, c, a->acronym, a->expansion_span.start,
                    a->expansion_span.end);
  }
  free(seen);
}

/* --- names ---------------------------------------------------------------- */

static int starts_sentence(const char *t, size_t at)
{
  while (at > 0 && (t[at - 1] == ' ' || t[at - 1] == '\t'))
    at--;
  if (at == 0)
    return 1;
  return strchr("\n:*-#>.!?\"(", t[at - 1]) != NULL;
}

static void check_names(struct vstate *v, const struct claim *c,
                        const struct bc_facts *f)
{
  size_t i;
  for (i = 0; i < f->n_names && !v->rc; i++) {
    const struct bc_name_fact *nm = &f->names[i];
    size_t n = strlen(nm->name), pos = 0, st, wl;
    int all = 1;
    size_t k;
    for (k = 0; k < c->n_exp; k++)
      if (nm->span.start < c->exp[k].end && c->exp[k].start < nm->span.end)
        break;
    if (k < c->n_exp)
      continue; /* an acronym's expansion, checked as such */
    /* One capitalised word where a sentence may start (a list bullet,
     * "**TL;DR:** Launched") is more often a verb than a name. */
    if (!strchr(nm->name, ' ') && starts_sentence(c->text, nm->span.start))
      continue;
    /* A speaker label of a transcript ("Host:" at a line start). */
    if (nm->span.end < c->len && c->text[nm->span.end] == ':' &&
        (nm->span.start == 0 || c->text[nm->span.start - 1] == '\n'))
      continue;
    v->r->checked.names++;
    if (in_source(v, nm->name, n))
      continue;
    /* "Jane Smith" where the source says "Smith, Jane" or "Dr Smith": every
     * capitalised word of the name is in the source. */
    while ((wl = bc__validate_next_word(nm->name, n, &pos, &st)) > 0) {
      char ch = nm->name[st];
      if (wl < 2 || !(ch >= 'A' && ch <= 'Z'))
        continue;
      if (!in_source(v, nm->name + st, wl)) {
        all = 0;
        break;
      }
    }
    if (all)
      continue;
    add(v, c, BC_FINDING_NAME, BC_SEV_WARNING, nm->span, "",
        (struct bc_span){0, 0}, NULL, "the source never names this");
  }
}

/* --- one text ------------------------------------------------------------- */

/* The findings of one text in reading order (insertion sort: stable, and
 * a text has few findings). */
static void sort_by_offset(struct bc_finding *f, size_t n)
{
  size_t i, j;
  for (i = 1; i < n; i++) {
    struct bc_finding x = f[i];
    for (j = i; j > 0 && f[j - 1].claim_offset > x.claim_offset; j--)
      f[j] = f[j - 1];
    f[j] = x;
  }
}

static void check_text(struct vstate *v, const char *field, const char *text)
{
  struct bc__analyze_ctx actx;
  struct bc_facts *f = NULL;
  struct claim c;
  size_t first;
  if (v->rc || !text || !*text)
    return;
  first = v->r->n_findings;
  c.f = NULL;
  c.exp = NULL;
  c.n_exp = 0;
  c.field = field;
  c.text = text;
  c.len = strlen(text);
  memset(&actx, 0, sizeof actx);
  actx.ref_date = v->doc->date;
  v->rc = bc__analyze_text(text, c.len, &actx, &f, v->err);
  if (v->rc)
    return;
  c.f = f;
  check_dates(v, &c, f);
  if (!v->rc)
    check_iso_dates(v, &c, f);
  if (!v->rc)
    check_numbers(v, &c, f);
  if (!v->rc)
    check_ratios(v, &c);
  if (!v->rc)
    check_acronyms(v, &c, f);
  if (!v->rc && (!v->opts || v->opts->check_names))
    check_names(v, &c, f);
  bc_facts_free(f);
  free(c.exp);
  sort_by_offset(v->r->findings + first, v->r->n_findings - first);
}

static int each_text(void *ctx, const char *field, const char *text)
{
  struct vstate *v = ctx;
  check_text(v, field, text);
  return v->rc != BC_OK;
}

/* --- evidence ------------------------------------------------------------- */

static void evidence_finding(struct vstate *v, const char *field,
                             const char *claim, struct bc_span span,
                             const char *msg)
{
  bc__report_add(v->r, &v->rc, BC_FINDING_EVIDENCE, BC_SEV_ERROR, field,
                 claim ? claim : "", claim ? strlen(claim) : 0, "", span, NULL,
                 0, "%s", msg);
}

/* A span must lie in the text, on character boundaries. */
static const char *span_problem(const struct bc_doc *d, struct bc_span s)
{
  if (s.start > s.end)
    return "the evidence span ends before it starts";
  if (s.end > d->text_len)
    return "the evidence span lies beyond the end of the source";
  if (bc__utf8_floor(d->text, s.start) != s.start ||
      bc__utf8_floor(d->text, s.end) != s.end)
    return "the evidence span cuts a character in two";
  return NULL;
}

static void check_evidence(struct vstate *v, const struct bc_summary *s)
{
  size_t i, j;
  char fb[96];
  const struct bc_doc *d = v->doc;
  for (i = 0; i < s->n_key_points && !v->rc; i++) {
    for (j = 0; j < s->key_points[i].n_evidence && !v->rc; j++) {
      const struct bc_evidence *e = &s->key_points[i].evidence[j];
      const char *why = span_problem(d, e->span);
      v->r->checked.evidence++;
      snprintf(fb, sizeof fb, "key_points[%zu].evidence[%zu]", i, j);
      if (!why && e->quote &&
          (strlen(e->quote) != e->span.end - e->span.start ||
           memcmp(e->quote, d->text + e->span.start, strlen(e->quote)) != 0))
        why = "the evidence quote differs from the source text at its span";
      if (why) {
        struct bc_span shown = e->span;
        if (span_problem(d, shown))
          shown.start = shown.end = 0;
        evidence_finding(v, fb, e->quote, shown, why);
      }
    }
  }
  for (i = 0; i < s->n_quotes && !v->rc; i++) {
    const struct bc_quote *q = &s->quotes[i];
    const char *why = span_problem(d, q->span);
    v->r->checked.evidence++;
    snprintf(fb, sizeof fb, "quotes[%zu].text", i);
    if (!why && q->text && *q->text && !in_source(v, q->text, strlen(q->text)))
      why = "the source never says these words";
    if (why)
      evidence_finding(v, fb, q->text, (struct bc_span){0, 0}, why);
  }
  for (i = 0; i < s->n_timeline && !v->rc; i++) {
    const char *why = span_problem(d, s->timeline[i].span);
    v->r->checked.evidence++;
    snprintf(fb, sizeof fb, "timeline[%zu].date", i);
    if (why)
      evidence_finding(v, fb, s->timeline[i].date, (struct bc_span){0, 0}, why);
  }
  for (i = 0; i < s->n_sections && !v->rc; i++) {
    const char *why = span_problem(d, s->sections[i].span);
    v->r->checked.evidence++;
    snprintf(fb, sizeof fb, "sections[%zu].heading", i);
    /* Only where the section sits; its text is checked as text. */
    if (why)
      bc__report_add(v->r, &v->rc, BC_FINDING_EVIDENCE, BC_SEV_WARNING, fb,
                     s->sections[i].heading ? s->sections[i].heading : "",
                     s->sections[i].heading ? strlen(s->sections[i].heading)
                                            : 0,
                     "", (struct bc_span){0, 0}, NULL, 0, "%s", why);
  }
  for (i = 0; i < s->n_glossary && !v->rc; i++) {
    const char *why = span_problem(d, s->glossary[i].span);
    v->r->checked.evidence++;
    snprintf(fb, sizeof fb, "glossary[%zu].term", i);
    if (why)
      evidence_finding(v, fb, s->glossary[i].term, (struct bc_span){0, 0}, why);
  }
}

/* A glossary entry "SLO" -> "Service Level Objective, the target ...": the
 * definition's leading words are the expansion. */
static void check_glossary(struct vstate *v, const struct bc_summary *s)
{
  size_t i, es, ee;
  char fb[64];
  for (i = 0; i < s->n_glossary && !v->rc; i++) {
    const struct bc_glossary_entry *g = &s->glossary[i];
    struct claim c;
    size_t k, upper = 0;
    if (!g->term || !g->definition || !*g->definition)
      continue;
    for (k = 0; g->term[k]; k++) {
      if (g->term[k] == ' ')
        break;
      if (g->term[k] >= 'A' && g->term[k] <= 'Z')
        upper++;
    }
    if (g->term[k] || upper < 2)
      continue;
    snprintf(fb, sizeof fb, "glossary[%zu].definition", i);
    c.f = NULL;
    c.exp = NULL;
    c.n_exp = 0;
    c.field = fb;
    c.text = g->definition;
    c.len = strlen(g->definition);
    if (lead_expansion(g->term, c.text, 0, c.len, &es, &ee))
      check_expansion(v, &c, g->term, es, ee);
    free(c.exp);
  }
}

/* Years written in an ISO-like value, in order ("2016-06/2019-03" gives
 * 2016 and 2019); returns how many (at most max). */
static size_t iso_years(const char *iso, int *out, size_t max)
{
  size_t n = 0, i, run = 0;
  int y = 0;
  for (i = 0;; i++) {
    if (iso[i] >= '0' && iso[i] <= '9') {
      y = run < 4 ? y * 10 + (iso[i] - '0') : y;
      run++;
      continue;
    }
    if (run == 4 && n < max)
      out[n++] = y;
    run = 0;
    y = 0;
    if (!iso[i])
      return n;
  }
}

/* Whether the year y is written as a whole four-digit number in t. */
static int writes_this_year(const char *t, int y)
{
  char want[5];
  size_t n = strlen(t);
  snprintf(want, sizeof want, "%04d", y);
  for (const char *p = strstr(t, want); p; p = strstr(p + 1, want)) {
    size_t at = (size_t)(p - t);
    if ((at == 0 || !is_alnum((unsigned char)t[at - 1])) &&
        (at + 4 >= n || !is_alnum((unsigned char)t[at + 4])))
      return 1;
  }
  return 0;
}

/* Whether the report already holds an error on field. */
static int field_failed(const struct bc_report *r, const char *field)
{
  for (size_t i = 0; i < r->n_findings; i++)
    if (r->findings[i].severity == BC_SEV_ERROR &&
        strcmp(r->findings[i].field, field) == 0)
      return 1;
  return 0;
}

/* A timeline entry's iso value (what machines read) must say what its date
 * as written says: a model writing "2023" with iso "2032" would otherwise
 * reach summary.json unchecked.  When the date writes years, every year of
 * the iso value must be one of them; a yearless "06/14" is compared by
 * month and day, since its year comes from the event's context.  An entry
 * whose date is already wrong is reported once, for the date. */
static void check_timeline_iso(struct vstate *v, const struct bc_summary *s)
{
  char fb[48], df[48];
  for (size_t i = 0; i < s->n_timeline && !v->rc; i++) {
    const struct bc_timeline_entry *e = &s->timeline[i];
    char *want = NULL;
    int bad = 0;
    if (!e->iso || !*e->iso || !e->date || !*e->date)
      continue;
    snprintf(df, sizeof df, "timeline[%zu].date", i);
    if (field_failed(v->r, df))
      continue;
    v->r->checked.dates++;
    if (writes_year(e->date, strlen(e->date))) {
      int y[4];
      size_t n = iso_years(e->iso, y, 4);
      for (size_t k = 0; k < n && !bad; k++)
        bad = !writes_this_year(e->date, y[k]);
    } else if (strlen(e->iso) == 10) {
      struct bc__analyze_ctx actx;
      struct bc_facts *f = NULL;
      memset(&actx, 0, sizeof actx);
      actx.ref_date = v->doc->date;
      v->rc = bc__analyze_text(e->date, strlen(e->date), &actx, &f, v->err);
      if (v->rc)
        return;
      for (size_t k = 0; k < f->n_dates; k++)
        if (strlen(f->dates[k].iso) == 10) {
          bad = strcmp(f->dates[k].iso + 4, e->iso + 4) != 0; /* -MM-DD */
          want = bc_strdup(f->dates[k].iso);
          break;
        }
      bc_facts_free(f);
    }
    if (bad) {
      snprintf(fb, sizeof fb, "timeline[%zu].iso", i);
      bc__report_add(v->r, &v->rc, BC_FINDING_DATE, BC_SEV_ERROR, fb, e->iso,
                     strlen(e->iso), want ? want : e->date,
                     (struct bc_span){0, 0}, NULL, 0,
                     "the timeline's value %s does not match its date as "
                     "written, \"%s\"",
                     e->iso, e->date);
    }
    free(want);
  }
}

/* --- set-up --------------------------------------------------------------- */

/* A four-digit year standing alone at t[i..i+4). */
static int bare_year(const char *t, size_t len, size_t i)
{
  size_t k;
  int y = 0;
  if (i + 4 > len ||
      (i > 0 && (is_alnum((unsigned char)t[i - 1]) || t[i - 1] == '$' ||
                 t[i - 1] == ',' || t[i - 1] == '.')))
    return 0;
  for (k = 0; k < 4; k++) {
    if (t[i + k] < '0' || t[i + k] > '9')
      return 0;
    y = y * 10 + (t[i + k] - '0');
  }
  if (i + 4 < len && (is_alnum((unsigned char)t[i + 4]) || t[i + 4] == '%' ||
                      ((t[i + 4] == ',' || t[i + 4] == '.') && i + 5 < len &&
                       t[i + 5] >= '0' && t[i + 5] <= '9')))
    return 0;
  return y >= 1000 && y <= 2199 ? y : 0;
}

/* The source's dates, and every bare year the analyzer did not take as a
 * date, so that a year mixed up in the summary is caught even where the
 * source's wording kept it from the date extractor. */
/* Is the date at span s a post's dated heading: a "#" line, or alone on
 * its line ("## 3 March 2019", "**14 August 2020**")? */
static int heading_date(const char *t, size_t len, struct bc_span s)
{
  size_t a = s.start, e = s.end;
  while (a > 0 && t[a - 1] != '\n')
    a--;
  if (t[a] == '#')
    return 1;
  for (; a < s.start; a++)
    if (!strchr(" \t*_", t[a]))
      return 0;
  for (; e < len && t[e] != '\n'; e++)
    if (!strchr(" \t*_:.", t[e]))
      return 0;
  return 1;
}

/* The year a yearless date at t[at] belongs to: its post's dated heading,
 * else the document's own date; 0 when neither is known.  *hm, *hd: the
 * reference month and day. */
static int reference_year(const struct vstate *v, size_t at, int *hm, int *hd,
                          int *from_heading)
{
  size_t i, best = (size_t)-1;
  struct bc__dval lo, hi;
  for (i = 0; i < v->n_dates; i++)
    if ((v->dates[i].kind == BC_DATE_DAY ||
         v->dates[i].kind == BC_DATE_MONTH) &&
        v->dates[i].span.end <= at &&
        (best == (size_t)-1 ||
         v->dates[i].span.start > v->dates[best].span.start) &&
        heading_date(v->doc->text, v->doc->text_len, v->dates[i].span))
      best = i;
  if (best != (size_t)-1 &&
      bc__validate_date_parse(v->dates[best].kind, v->dates[best].iso, &lo,
                              &hi)) {
    *hm = lo.m;
    *hd = lo.d ? lo.d : 31;
    *from_heading = 1;
    return lo.y;
  }
  *from_heading = 0;
  if (v->doc->date && strlen(v->doc->date) >= 4 &&
      sscanf(v->doc->date, "%4d-%2d-%2d", &lo.y, hm, hd) >= 1) {
    if (strlen(v->doc->date) < 10)
      *hm = 12, *hd = 31;
    return lo.y;
  }
  return 0;
}

/* "three years ago" / "2 years ago" right after t[at]: the years, else 0. */
static int years_ago(const char *t, size_t len, size_t at)
{
  static const char *const w[] = {"one", "two",   "three", "four", "five",
                                  "six", "seven", "eight", "nine", "ten"};
  size_t pos = at, st, n, k;
  int y = 0;
  n = bc__validate_next_word(t, len, &pos, &st);
  if (!n || st > at + 2)
    return 0;
  if (t[st] >= '1' && t[st] <= '9' && n <= 2)
    y = (int)strtol(t + st, NULL, 10);
  for (k = 0; k < 10 && !y; k++)
    if (n == strlen(w[k]) && strncasecmp(t + st, w[k], n) == 0)
      y = (int)k + 1;
  if (!y)
    return 0;
  n = bc__validate_next_word(t, len, &pos, &st);
  if (!(n == 5 && strncasecmp(t + st, "years", 5) == 0) &&
      !(n == 4 && strncasecmp(t + st, "year", 4) == 0))
    return 0;
  n = bc__validate_next_word(t, len, &pos, &st);
  return n == 3 && strncasecmp(t + st, "ago", 3) == 0 ? y : 0;
}

/* Yearless source dates ("On 02/26", "in April") read against their post's
 * heading or the document date, as a reader does: "02/26" under "## 3 March
 * 2019" is 2019-02-26; "11/02 three years ago" under a 2021 heading is
 * 2018-11-02; a capitalised month after "in" under "## 14 August 2020" is
 * that month of 2020. */
static int anchor_dates(struct vstate *v, size_t *cap)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, n0 = v->n_dates;
  int y, hm, hd, m, d, head;
  if (!t)
    return 0;
  for (i = 0; i < n0; i++) {
    struct bc_date_fact *f = &v->dates[i];
    if (f->kind != BC_DATE_PARTIAL || sscanf(f->iso, "--%2d-%2d", &m, &d) != 2)
      continue;
    /* Only a post's heading dates it surely; the document's date may be
     * years after the story ("on 06/14 of that year"). */
    if (!(y = reference_year(v, f->span.start, &hm, &hd, &head)) || !head)
      continue;
    /* The year that puts the date nearest its reference: "12/30" in a
     * January post is last December, "1 December" in a November post is
     * next month. */
    if ((m - hm) * 31 + (d - hd) > 183)
      y--;
    else if ((m - hm) * 31 + (d - hd) < -183)
      y++;
    y -= years_ago(t, len, f->span.end);
    f->kind = BC_DATE_DAY;
    snprintf(f->iso, sizeof f->iso, "%04d-%02d-%02d", y, m, d);
  }
  for (i = 0; i + 3 < len; i++) {
    size_t pos = i, st, n, k, j;
    static const char *const before[] = {"in",     "and",   "since", "until",
                                         "by",     "from",  "to",    "through",
                                         "during", "early", "late",  "mid"};
    if (i > 0 && is_alnum((unsigned char)t[i - 1]))
      continue;
    if (!(t[i] >= 'A' && t[i] <= 'Z'))
      continue;
    n = bc__validate_next_word(t, len, &pos, &st);
    /* A month's full name as written, capitalised ("April", not "april"
     * or "Apr"). */
    m = bc__cal_month_of(t + i, n) - 1;
    if (m < 0 || n != strlen(bc__cal_month_name(m + 1)) ||
        strncmp(t + i, bc__cal_month_name(m + 1), n) != 0)
      m = 12;
    if (m == 12 || st != i) {
      i += n ? n - 1 : 0;
      continue;
    }
    /* The word before must introduce a time: "in April", "and May". */
    j = i;
    while (j > 0 && t[j - 1] == ' ')
      j--;
    k = j;
    while (k > 0 && is_alnum((unsigned char)t[k - 1]))
      k--;
    {
      size_t q;
      for (q = 0; q < sizeof before / sizeof before[0]; q++)
        if (j - k == strlen(before[q]) &&
            strncasecmp(t + k, before[q], j - k) == 0)
          break;
      if (q == sizeof before / sizeof before[0])
        continue;
    }
    for (k = 0; k < n0; k++)
      if (v->dates[k].span.start <= i && i < v->dates[k].span.end)
        break;
    if (k < n0 || !(y = reference_year(v, i, &hm, &hd, &head)))
      continue;
    if (m + 1 - hm > 6)
      y--;
    else if (m + 1 - hm < -6)
      y++;
    if (v->n_dates == *cap) {
      struct bc_date_fact *g = bc_realloc(v->dates, 2 * *cap * sizeof *g);
      if (!g)
        return 1;
      v->dates = g;
      *cap *= 2;
    }
    memset(&v->dates[v->n_dates], 0, sizeof v->dates[0]);
    v->dates[v->n_dates].span = (struct bc_span){i, i + n};
    v->dates[v->n_dates].kind = BC_DATE_MONTH;
    snprintf(v->dates[v->n_dates].iso, sizeof v->dates[0].iso, "%04d-%02d", y,
             m + 1);
    v->n_dates++;
    i += n - 1;
  }
  return 0;
}

static int collect_dates(struct vstate *v)
{
  const struct bc_facts *F = v->facts;
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, k = 0, cap = F->n_dates + 16;
  v->dates = bc_calloc(cap, sizeof *v->dates);
  if (!v->dates)
    return 1;
  for (i = 0; i < F->n_dates; i++)
    v->dates[k++] = F->dates[i];
  for (i = 0; t && i + 4 <= len; i++) {
    int y = bare_year(t, len, i), mm, dd, iso = 0;
    size_t j;
    if (!y)
      continue;
    iso = iso_at(t, len, i, &y, &mm, &dd);
    for (j = 0; j < F->n_dates; j++)
      if (i < F->dates[j].span.end && F->dates[j].span.start < i + 4)
        break;
    if (j < F->n_dates) {
      i += 3;
      continue;
    }
    if (k == cap) {
      struct bc_date_fact *g = bc_realloc(v->dates, 2 * cap * sizeof *g);
      if (!g)
        return 1;
      v->dates = g;
      cap *= 2;
    }
    memset(&v->dates[k], 0, sizeof v->dates[k]);
    v->dates[k].span.start = i;
    if (iso) {
      v->dates[k].kind = BC_DATE_DAY;
      v->dates[k].span.end = i + 10;
      snprintf(v->dates[k].iso, sizeof v->dates[k].iso, "%04d-%02d-%02d", y, mm,
               dd);
    } else {
      v->dates[k].kind = BC_DATE_YEAR;
      v->dates[k].span.end = i + 4;
      snprintf(v->dates[k].iso, sizeof v->dates[k].iso, "%04d", y);
    }
    k++;
    i = v->dates[k - 1].span.end - 1;
  }
  v->n_dates = k;
  return anchor_dates(v, &cap);
}

static bc_status prepare(struct vstate *v)
{
  const struct bc_facts *F = v->facts;
  const struct bc_doc *d = v->doc;
  size_t i;
  {
    /* The source's own title, author and date are facts of the source too:
     * a summary may name the author or the date of publication. */
    struct bc_buf mb = BC_BUF_INIT((size_t)-1);
    char *all;
    size_t n;
    if (d->text)
      bc_buf_add(&mb, d->text, d->text_len);
    bc_buf_addf(&mb, "\n%s\n%s\n", d->title ? d->title : "",
                d->author ? d->author : "");
    all = bc_buf_take(&mb, &n);
    if (!all)
      return BC_ERR_NOMEM;
    v->norm = normalize(all, n);
    free(all);
  }
  v->numtok = numeric_tokens(d->text ? d->text : "", d->text ? d->text_len : 0);
  if (!v->norm || !v->numtok)
    return BC_ERR_NOMEM;
  if (collect_dates(v))
    return BC_ERR_NOMEM;
  if (v->n_dates) {
    v->date_ctx = bc_calloc(v->n_dates, sizeof *v->date_ctx);
    if (!v->date_ctx)
      return BC_ERR_NOMEM;
    for (i = 0; i < v->n_dates; i++)
      bc__validate_context(d->text, d->text_len, v->dates[i].span,
                           &v->date_ctx[i]);
  }
  if (F->n_numbers) {
    v->nums = merge_durations(d->text, F->numbers, F->n_numbers, &v->n_nums);
    if (!v->nums)
      return BC_ERR_NOMEM;
    v->num_ctx = bc_calloc(v->n_nums, sizeof *v->num_ctx);
    v->num_unit = bc_calloc(v->n_nums, sizeof *v->num_unit);
    if (!v->num_ctx || !v->num_unit)
      return BC_ERR_NOMEM;
    for (i = 0; i < v->n_nums; i++) {
      bc__validate_context(d->text, d->text_len, v->nums[i].span,
                           &v->num_ctx[i]);
      bc__validate_unit_info(v->nums[i].unit, &v->num_unit[i]);
    }
  }
  return BC_OK;
}

static void release(struct vstate *v)
{
  free(v->dates);
  free(v->date_ctx);
  free(v->nums);
  free(v->num_ctx);
  free(v->num_unit);
  free(v->norm);
  free(v->numtok);
}

static bc_status start(struct vstate *v, const struct bc_doc *doc,
                       const struct bc_facts *facts,
                       const struct bc_validate_opts *opts,
                       struct bc_error *err)
{
  memset(v, 0, sizeof *v);
  v->doc = doc;
  v->facts = facts;
  v->opts = opts;
  v->err = err;
  v->r = bc_calloc(1, sizeof *v->r);
  if (!v->r)
    return BC_ERR_NOMEM;
  return prepare(v);
}

static bc_status finish(struct vstate *v, struct bc_report **out,
                        const char *what)
{
  bc_status rc = v->rc;
  release(v);
  if (rc) {
    bc_report_free(v->r);
    if (rc == BC_ERR_NOMEM)
      return bc_error_set(v->err, rc, "cannot check %s: out of memory", what);
    return rc; /* the analyzer has set err */
  }
  bc__report_verdict(v->r);
  *out = v->r;
  return BC_OK;
}

bc_status bc_validate_summary(const struct bc_doc *doc,
                              const struct bc_facts *facts,
                              const struct bc_summary *summary,
                              const struct bc_validate_opts *opts,
                              struct bc_report **out, struct bc_error *err)
{
  struct vstate v;
  if (!doc || !facts || !summary || !out)
    return bc_error_set(err, BC_ERR_USAGE, "cannot check summary: %s",
                        "missing argument");
  v.rc = start(&v, doc, facts, opts, err);
  if (!v.rc)
    check_evidence(&v, summary);
  if (!v.rc)
    bc_summary_each_text(summary, each_text, &v);
  if (!v.rc)
    check_glossary(&v, summary);
  if (!v.rc)
    check_timeline_iso(&v, summary);
  return finish(&v, out, "summary");
}

bc_status bc_validate_text(const struct bc_doc *doc,
                           const struct bc_facts *facts, const char *text,
                           size_t len, const struct bc_validate_opts *opts,
                           struct bc_report **out, struct bc_error *err)
{
  struct vstate v;
  char *copy;
  if (!doc || !facts || (!text && len) || !out)
    return bc_error_set(err, BC_ERR_USAGE, "cannot check text: %s",
                        "missing argument");
  /* The checks read NUL-terminated text; a copy also drops anything past
   * an embedded NUL. */
  copy = bc_strndup(text ? text : "", len);
  if (!copy)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot check text: out of memory");
  v.rc = start(&v, doc, facts, opts, err);
  v.per_line = 1;
  if (!v.rc)
    check_text(&v, "text", copy);
  free(copy);
  return finish(&v, out, "text");
}
