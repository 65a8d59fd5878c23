/* repair.c - acting on a report: replace claims whose right value the source
 * makes unambiguous (the finding's fix), and, for the renderers, prune what
 * still failed so that no wrong fact reaches a reader or listener.  The
 * LLM repair round asks the model instead; it lives with the providers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "briefcast/report.h"
#include "briefcast/summary.h"
#include "model/report_int.h"
#include "model/summary_int.h"

/* --- repair --------------------------------------------------------------- */

/* Within one field, later claims first, so that a replacement never moves
 * the offset of a claim still to be replaced. */
static int goes_before(const struct bc_finding *fa, const struct bc_finding *fb)
{
  int c = strcmp(fa->field, fb->field);
  if (c)
    return c < 0;
  return fa->claim_offset > fb->claim_offset;
}

/* Insertion sort: stable, and a report holds few repairable findings. */
static void sort_fixes(const struct bc_report *r, size_t *idx, size_t n)
{
  size_t i, j;
  for (i = 1; i < n; i++) {
    size_t x = idx[i];
    for (j = i; j > 0 && goes_before(&r->findings[x], &r->findings[idx[j - 1]]);
         j--)
      idx[j] = idx[j - 1];
    idx[j] = x;
  }
}

/* Where claim sits in text: at its recorded offset, else its first
 * occurrence; -1 when it is gone. */
static long find_claim(const char *text, const char *claim, size_t hint)
{
  size_t tl = strlen(text), cl = strlen(claim);
  const char *p;
  if (cl == 0)
    return -1;
  if (hint + cl <= tl && memcmp(text + hint, claim, cl) == 0)
    return (long)hint;
  p = strstr(text, claim);
  return p ? (long)(p - text) : -1;
}

static char *splice(const char *text, size_t at, size_t cut, const char *with)
{
  struct bc_buf b = BC_BUF_INIT((size_t)-1);
  bc_buf_add(&b, text, at);
  bc_buf_adds(&b, with);
  bc_buf_adds(&b, text + at + cut);
  return bc_buf_take(&b, NULL);
}

/* The text a finding's field names: a text field of the summary, or a
 * timeline entry's iso value (which bc_summary_field does not visit, as it
 * is no text anyone reads, but a date repair changes it with its date). */
static char **field_slot(struct bc_summary *s, const char *field)
{
  char *end;
  unsigned long i;
  if (strncmp(field, "timeline[", 9) == 0) {
    i = strtoul(field + 9, &end, 10);
    if (strcmp(end, "].iso") == 0)
      return i < s->n_timeline ? &s->timeline[i].iso : NULL;
  }
  return bc_summary_field(s, field);
}

bc_status bc_report_apply_fixes(struct bc_summary *summary,
                                struct bc_report *report, struct bc_error *err)
{
  size_t *idx = NULL, n = 0, i;
  bc_status rc = BC_OK;
  if (!summary || !report)
    return bc_error_set(err, BC_ERR_USAGE, "cannot repair: %s",
                        "missing argument");
  if (report->n_findings) {
    idx = bc__calloc(report->n_findings, sizeof *idx);
    if (!idx)
      return bc_error_set(err, BC_ERR_NOMEM, "cannot repair: out of memory");
  }
  for (i = 0; i < report->n_findings; i++) {
    const struct bc_finding *f = &report->findings[i];
    if (f->fix && !f->repaired_to && f->severity == BC_SEV_ERROR)
      idx[n++] = i;
  }
  sort_fixes(report, idx, n);
  for (i = 0; i < n; i++) {
    struct bc_finding *f = &report->findings[idx[i]];
    char **slot = field_slot(summary, f->field);
    char *fixed, *mark;
    long at;
    if (!slot || !*slot)
      continue;
    at = find_claim(*slot, f->claim, f->claim_offset);
    if (at < 0)
      continue;
    fixed = splice(*slot, (size_t)at, strlen(f->claim), f->fix);
    mark = bc__strdup(f->fix);
    if (!fixed || !mark) {
      free(fixed);
      free(mark);
      rc = bc_error_set(err, BC_ERR_NOMEM, "cannot repair: out of memory");
      break;
    }
    free(*slot);
    *slot = fixed;
    f->repaired_to = mark;
  }
  free(idx);
  bc__report_verdict(report);
  return rc;
}

/* --- dropping what failed ---------------------------------------------------
 */

/* Remove the sentence holding claim from *slot.  0, or BC_ERR_NOMEM. */
static bc_status cut_sentence(char **slot, const char *claim, size_t hint,
                              size_t *removed)
{
  const char *t = *slot;
  long at = find_claim(t, claim, hint);
  size_t a, b, len;
  char *out;
  if (at < 0)
    return BC_OK;
  len = strlen(t);
  a = (size_t)at;
  while (a > 0 && !((t[a - 1] == ' ' || t[a - 1] == '\n') && a >= 2 &&
                    (t[a - 2] == '.' || t[a - 2] == '!' || t[a - 2] == '?')))
    a--;
  b = (size_t)at + strlen(claim);
  while (b < len && !((t[b] == '.' || t[b] == '!' || t[b] == '?') &&
                      (b + 1 == len || t[b + 1] == ' ' || t[b + 1] == '\n')))
    b++;
  if (b < len)
    b++;
  while (b < len && (t[b] == ' ' || t[b] == '\n'))
    b++;
  while (b == len && a > 0 && (t[a - 1] == ' ' || t[a - 1] == '\n'))
    a--;
  out = splice(t, a, b - a, "");
  if (!out)
    return BC_ERR_NOMEM;
  free(*slot);
  *slot = out;
  (*removed)++;
  return BC_OK;
}

/* Parse "name[i]..." returning i, or -1. */
static long index_of(const char *field, const char *name)
{
  size_t n = strlen(name);
  char *end;
  unsigned long v;
  if (strncmp(field, name, n) != 0 || field[n] != '[')
    return -1;
  v = strtoul(field + n + 1, &end, 10);
  if (*end != ']')
    return -1;
  return (long)v;
}

struct marks {
  unsigned char *kp, *tl, *gl, *qt, *turn;
  unsigned char **bullet; /* per slide */
};

static void free_marks(struct marks *m, const struct bc_summary *s)
{
  size_t i;
  free(m->kp);
  free(m->tl);
  free(m->gl);
  free(m->qt);
  free(m->turn);
  if (m->bullet)
    for (i = 0; i < s->n_slides; i++)
      free(m->bullet[i]);
  free(m->bullet);
}

static int alloc_marks(struct marks *m, const struct bc_summary *s)
{
  size_t i;
  memset(m, 0, sizeof *m);
  m->kp = bc__calloc(s->n_key_points + 1, 1);
  m->tl = bc__calloc(s->n_timeline + 1, 1);
  m->gl = bc__calloc(s->n_glossary + 1, 1);
  m->qt = bc__calloc(s->n_quotes + 1, 1);
  m->turn = bc__calloc(s->n_narration + 1, 1);
  m->bullet = bc__calloc(s->n_slides + 1, sizeof *m->bullet);
  if (!m->kp || !m->tl || !m->gl || !m->qt || !m->turn || !m->bullet)
    return 0;
  for (i = 0; i < s->n_slides; i++) {
    m->bullet[i] = bc__calloc(s->slides[i].n_bullets + 1, 1);
    if (!m->bullet[i])
      return 0;
  }
  return 1;
}

/* Compact an array of n elements of size sz, dropping marked ones and
 * calling drop on each; returns the new count. */
static size_t compact(void *arr, size_t n, size_t sz, const unsigned char *mk,
                      void (*drop)(void *))
{
  char *p = arr;
  size_t i, k = 0;
  for (i = 0; i < n; i++) {
    if (mk[i]) {
      drop(p + i * sz);
      continue;
    }
    if (k != i)
      memcpy(p + k * sz, p + i * sz, sz);
    k++;
  }
  return k;
}

/* compact()'s callbacks: what each kind of item owns is summary.c's. */
static void drop_kp(void *p)
{
  bc__summary_key_point_release(p);
}

static void drop_tl(void *p)
{
  bc__summary_timeline_release(p);
}

static void drop_gl(void *p)
{
  bc__summary_glossary_release(p);
}

static void drop_qt(void *p)
{
  bc__summary_quote_release(p);
}

static void drop_turn(void *p)
{
  bc__summary_turn_release(p);
}

static void drop_str(void *p)
{
  free(*(char **)p);
}

bc_status bc_report_drop_failed(struct bc_summary *summary,
                                const struct bc_report *report, size_t *removed,
                                struct bc_error *err)
{
  struct marks m;
  size_t i, n = 0;
  bc_status rc = BC_OK;
  if (!summary || !report)
    return bc_error_set(err, BC_ERR_USAGE, "cannot prune summary: %s",
                        "missing argument");
  if (!alloc_marks(&m, summary)) {
    free_marks(&m, summary);
    return bc_error_set(err, BC_ERR_NOMEM,
                        "cannot prune summary: out of "
                        "memory");
  }
  /* First cut sentences out of running text (indices stay valid), marking
   * list items; then remove the marked items. */
  for (i = 0; i < report->n_findings && !rc; i++) {
    const struct bc_finding *f = &report->findings[i];
    const char *fd = f->field;
    long a;
    if (f->severity != BC_SEV_ERROR || f->repaired_to)
      continue;
    if ((a = index_of(fd, "key_points")) >= 0) {
      if ((size_t)a < summary->n_key_points && !m.kp[a]) {
        m.kp[a] = 1;
        n++;
      }
    } else if ((a = index_of(fd, "timeline")) >= 0) {
      if ((size_t)a < summary->n_timeline && !m.tl[a]) {
        m.tl[a] = 1;
        n++;
      }
    } else if ((a = index_of(fd, "glossary")) >= 0) {
      if ((size_t)a < summary->n_glossary && !m.gl[a]) {
        m.gl[a] = 1;
        n++;
      }
    } else if ((a = index_of(fd, "quotes")) >= 0) {
      if ((size_t)a < summary->n_quotes && !m.qt[a]) {
        m.qt[a] = 1;
        n++;
      }
    } else if ((a = index_of(fd, "slides")) >= 0) {
      const char *rest = strchr(fd, ']');
      long b;
      if ((size_t)a >= summary->n_slides || !rest)
        continue;
      b = index_of(rest + 2, "bullets");
      if (rest[1] == '.' && b >= 0) {
        if ((size_t)b < summary->slides[a].n_bullets && !m.bullet[a][b]) {
          m.bullet[a][b] = 1;
          n++;
        }
      } else {
        char **slot = bc_summary_field(summary, fd);
        if (slot && *slot)
          rc = cut_sentence(slot, f->claim, f->claim_offset, &n);
      }
    } else {
      char **slot = bc_summary_field(summary, fd);
      if (slot && *slot)
        rc = cut_sentence(slot, f->claim, f->claim_offset, &n);
    }
  }
  for (i = 0; i < summary->n_narration; i++)
    if (summary->narration[i].text && !summary->narration[i].text[0])
      m.turn[i] = 1;
  summary->n_key_points = compact(summary->key_points, summary->n_key_points,
                                  sizeof *summary->key_points, m.kp, drop_kp);
  summary->n_timeline = compact(summary->timeline, summary->n_timeline,
                                sizeof *summary->timeline, m.tl, drop_tl);
  summary->n_glossary = compact(summary->glossary, summary->n_glossary,
                                sizeof *summary->glossary, m.gl, drop_gl);
  summary->n_quotes = compact(summary->quotes, summary->n_quotes,
                              sizeof *summary->quotes, m.qt, drop_qt);
  summary->n_narration = compact(summary->narration, summary->n_narration,
                                 sizeof *summary->narration, m.turn, drop_turn);
  for (i = 0; i < summary->n_slides; i++)
    summary->slides[i].n_bullets =
        compact(summary->slides[i].bullets, summary->slides[i].n_bullets,
                sizeof(char *), m.bullet[i], drop_str);
  free_marks(&m, summary);
  if (removed)
    *removed = n;
  if (rc)
    return bc_error_set(err, rc, "cannot prune summary: out of memory");
  return BC_OK;
}
