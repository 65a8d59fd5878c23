/* check_text.c - what every checker asks of text: phrases and years in
 * the source word for word, the sentence around an offset, written shapes
 * of years and ISO dates, the mix-up rule, and adding a finding at a
 * claim's span.  No rule of a single kind of fact lives here. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "validate/validate_internal.h"

int bc__check_word_listed(const char *w, size_t n, const char *const *list,
                          size_t k)
{
  size_t i;
  for (i = 0; i < k; i++)
    if (strlen(list[i]) == n && strncasecmp(w, list[i], n) == 0)
      return 1;
  return 0;
}

int bc__check_has_digit(const char *s, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] >= '0' && s[i] <= '9')
      return 1;
  return 0;
}

/* Text as " w1 w2 ... " in lower case, so a phrase is found with strstr
 * whatever the punctuation and spacing around its words. */
char *bc__check_normalize(const char *s, size_t len)
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

/* Does the phrase occur in the source, word for word?  Out-of-memory is
 * kept in v->rc. */
int bc__check_in_source(struct bc__vstate *v, const char *p, size_t n)
{
  char *q;
  int found;
  if (v->rc)
    return 1;
  q = bc__check_normalize(p, n);
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

/* Is acronym w written right beside t[a..b): "E (W)", "W (E)", "E, W",
 * "W, E", "W: E", "W - E"? */
static int beside(const char *t, size_t len, size_t a, size_t b, const char *w)
{
  size_t n = strlen(w), i = b, k;
  for (k = 0; k < 4 && i < len && strchr(" (),:-*\"", t[i]); k++)
    i++;
  if (i + n <= len && strncmp(t + i, w, n) == 0 &&
      (i + n == len || !bc__check_is_alnum((unsigned char)t[i + n])))
    return 1;
  i = a;
  for (k = 0; k < 4 && i > 0 && strchr(" (),:-*\"", t[i - 1]); k++)
    i--;
  return i >= n && strncmp(t + i - n, w, n) == 0 &&
         (i == n || !bc__check_is_alnum((unsigned char)t[i - n - 1]));
}

/* Does the phrase occur in the source outside a sentence that contrasts
 * it with another reading?  Words compared case-blind, any separators.
 * With acr set, the phrase must also stand beside the acronym (the source
 * pairs the two itself, not "most firms use MSR for ..."). */
int bc__check_plainly_in_source(struct bc__vstate *v, const char *p, size_t n,
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

char *bc__check_source_text(const struct bc__vstate *v, struct bc_span s)
{
  if (s.end > v->doc->text_len || s.start > s.end)
    return bc__strdup("");
  return bc__strndup(v->doc->text + s.start, s.end - s.start);
}

/* The field to report: the summary's path, or "line N" of free text. */
static const char *field_name(const struct bc__vstate *v, const char *field,
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

/* Does the source's own title write the claim's words ("Fed raises rates
 * twice", "the September 2018 launch")?  The title is the source's text
 * too, though not part of the body the facts are read from. */
static int stated_in_title(struct bc__vstate *v, const char *p, size_t n)
{
  char *t, *q;
  int found;
  if (!v->doc->title || !*v->doc->title || n == 0)
    return 0;
  t = bc__check_normalize(v->doc->title, strlen(v->doc->title));
  q = bc__check_normalize(p, n);
  found = t && q && q[1] != '\0' && strstr(t, q) != NULL;
  if (!t || !q)
    v->rc = BC_ERR_NOMEM;
  free(t);
  free(q);
  return found;
}

/* Words in t[0..n), as the checker reads words. */
static size_t word_count(const char *t, size_t n)
{
  size_t pos = 0, st, k = 0;
  while (bc__validate_next_word(t, n, &pos, &st) > 0)
    k++;
  return k;
}

static int is_space(char ch)
{
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* holds_exactly by trying every place of h: the answer when the memory
 * for the search below is lacking. */
static int holds_at_each(const char *h, size_t hn, const char *p, size_t pn)
{
  size_t i;
  while (pn && is_space(p[0]))
    p++, pn--;
  while (pn && is_space(p[pn - 1]))
    pn--;
  if (!pn)
    return 0;
  for (i = 0; i < hn; i++) {
    size_t a = i, b = 0;
    if (h[i] != p[0] || (i && bc__check_is_alnum((unsigned char)h[i - 1]) &&
                         bc__check_is_alnum((unsigned char)p[0])))
      continue;
    while (a < hn && b < pn) {
      if (is_space(h[a]) && is_space(p[b])) {
        while (a < hn && is_space(h[a]))
          a++;
        while (b < pn && is_space(p[b]))
          b++;
      } else if (h[a] == p[b]) {
        a++;
        b++;
      } else {
        break;
      }
    }
    if (b == pn && !(a < hn && bc__check_is_alnum((unsigned char)h[a]) &&
                     bc__check_is_alnum((unsigned char)p[pn - 1])))
      return 1;
  }
  return 0;
}

/* t[0..n) with each run of white space written as one ' ' (a ' ' of the
 * result is always such a run), into out; its length. */
static size_t squeeze(const char *t, size_t n, char *out)
{
  size_t i, k = 0;
  for (i = 0; i < n; i++) {
    if (!is_space(t[i]))
      out[k++] = t[i];
    else if (k == 0 || out[k - 1] != ' ')
      out[k++] = ' ';
  }
  return k;
}

/* Does h[0..hn) hold p[0..pn) character for character, any run of white
 * space matching any other (signs, units and punctuation count, case
 * too), not as part of a longer word or number?  p is trimmed of white
 * space first.  Both are squeezed (squeeze), where a run matches a run
 * exactly as it matches any other, and the places the pattern occurs are
 * found in one pass (Knuth-Morris-Pratt): a claim of a long copied
 * sentence costs its length and the source's, not their product. */
static int holds_exactly(const char *h, size_t hn, const char *p, size_t pn)
{
  char *hs = NULL, *ps = NULL;
  size_t *fail = NULL, hm, pm, i, q;
  int found = 0;
  while (pn && is_space(p[0]))
    p++, pn--;
  while (pn && is_space(p[pn - 1]))
    pn--;
  if (!pn || !hn)
    return 0;
  hs = bc__malloc(hn);
  ps = bc__malloc(pn);
  fail = bc__calloc(pn, sizeof *fail);
  if (!hs || !ps || !fail) {
    free(hs);
    free(ps);
    free(fail);
    return holds_at_each(h, hn, p, pn);
  }
  hm = squeeze(h, hn, hs);
  pm = squeeze(p, pn, ps);
  /* fail[i]: the longest proper prefix of ps[0..i] that ends it too. */
  for (i = 1, q = 0; i < pm; i++) {
    while (q > 0 && ps[i] != ps[q])
      q = fail[q - 1];
    if (ps[i] == ps[q])
      q++;
    fail[i] = q;
  }
  for (i = 0, q = 0; i < hm && !found; i++) {
    while (q > 0 && hs[i] != ps[q])
      q = fail[q - 1];
    if (hs[i] == ps[q])
      q++;
    if (q == pm) {
      /* hs[i + 1 - pm .. i] is ps: a whole word or number at both ends? */
      size_t st = i + 1 - pm;
      found = !(st > 0 && bc__check_is_alnum((unsigned char)hs[st - 1]) &&
                bc__check_is_alnum((unsigned char)ps[0])) &&
              !(i + 1 < hm && bc__check_is_alnum((unsigned char)hs[i + 1]) &&
                bc__check_is_alnum((unsigned char)ps[pm - 1]));
      q = fail[q - 1];
    }
  }
  free(hs);
  free(ps);
  free(fail);
  return found;
}

/* Is the claim at c->text[at] part of a passage copied character for
 * character from the source: its sentence, or, for a field holding only
 * the claim (a timeline entry's date), the words it is about, which hold
 * the claim?  Six words at least, so that a short phrase that happens to
 * recur does not count.  What the source itself writes is never the
 * summary's mistake, whatever the checker makes of the source's other
 * dates ("The deadline is moved to 9 June, then 12 June10 June - ..."). */
static int copied_verbatim(struct bc__vstate *v, const struct bc__claim *c,
                           struct bc_span at)
{
  enum { MIN_WORDS = 6 };
  const char *src = v->doc->text;
  size_t sn = src ? v->doc->text_len : 0, k, a, e;
  if (!sn)
    return 0;
  if (c->about) {
    size_t n = strlen(c->about);
    return word_count(c->about, n) >= MIN_WORDS &&
           holds_exactly(c->about, n, c->text + at.start, at.end - at.start) &&
           bc__source_may_hold(v, c->about, n) &&
           holds_exactly(src, sn, c->about, n);
  }
  k = bc__marks_before(&c->sents, at.start);
  a = k ? c->sents.at[k - 1] + 1 : 0;
  e = k < c->sents.n ? c->sents.at[k] + 1 : c->len;
  if (e < at.end || e > c->len)
    return 0;
  return word_count(c->text + a, e - a) >= MIN_WORDS &&
         bc__source_may_hold(v, c->text + a, e - a) &&
         holds_exactly(src, sn, c->text + a, e - a);
}

void bc__check_add(struct bc__vstate *v, const struct bc__claim *c,
                   const char *kind, enum bc_severity sev, struct bc_span at,
                   const char *says, struct bc_span src, const char *fix,
                   const char *msg)
{
  char fb[32];
  const char *field;
  if ((strcmp(kind, BC_FINDING_DATE) == 0 ||
       strcmp(kind, BC_FINDING_NUMBER) == 0) &&
      stated_in_title(v, c->text + at.start, at.end - at.start))
    return;
  if (copied_verbatim(v, c, at))
    return;
  field = field_name(v, c->field, c->text, at.start, fb, sizeof fb);
  bc__report_add(v->r, &v->rc, kind, sev, field, c->text + at.start,
                 at.end - at.start, says, src, fix, at.start, "%s", msg);
}

void bc__check_number_error(struct bc__vstate *v, const struct bc__claim *c,
                            struct bc_span at, const char *says,
                            struct bc_span src, const char *fmt, ...)
{
  struct bc_buf mb = BC_BUF_INIT(512);
  char *msg = NULL;
  va_list ap;
  if (says) {
    va_start(ap, fmt);
    bc_buf_vaddf(&mb, fmt, ap);
    va_end(ap);
    msg = bc_buf_take(&mb, NULL);
  }
  if (!msg) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, at, says, src, NULL,
                msg);
  free(msg);
}

void bc__check_source_says(struct bc__vstate *v, const struct bc__claim *c,
                           struct bc_span at, struct bc_span src,
                           const char *what, int fixable)
{
  char *says = bc__check_quote_source(v, src), *fix = NULL;
  char *msg = NULL;
  struct bc_buf mb = BC_BUF_INIT(1024);
  if (says && fixable) {
    fix = bc__strdup(says);
    if (fix && fix[0] >= 'a' && fix[0] <= 'z' &&
        bc__check_starts_sentence(c->text, at.start))
      fix[0] = (char)(fix[0] - 32);
  }
  if (says && (fix || !fixable)) {
    bc_buf_addf(&mb, "the source says %s%s", says, what ? what : "");
    msg = bc_buf_take(&mb, NULL);
  }
  if (!msg)
    v->rc = BC_ERR_NOMEM;
  else
    bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, at, says, src, fix,
                  msg);
  free(says);
  free(fix);
  free(msg);
}

void bc__check_add_unread(struct bc__vstate *v, const struct bc__claim *c,
                          const char *kind, struct bc_span at, const char *msg)
{
  char fb[32];
  const char *field = field_name(v, c->field, c->text, at.start, fb, sizeof fb);
  bc__report_add(v->r, &v->rc, kind, BC_SEV_WARNING, field, c->text + at.start,
                 at.end - at.start, "", (struct bc_span){0, 0}, NULL, at.start,
                 "%s", msg);
}

/* Are t[a] and t[b] in one sentence (or line), as a fact's context reads
 * sentences? */
int bc__check_same_sentence(const char *t, size_t len, size_t a, size_t b)
{
  size_t i;
  if (a > b) {
    i = a;
    a = b;
    b = i;
  }
  for (i = a; i < b; i++)
    if (bc__validate_sentence_end(t, i, len))
      return 0;
  return 1;
}

int bc__check_same_sentence_m(const struct bc__marks *ends, size_t a, size_t b)
{
  return bc__marks_before(ends, a) == bc__marks_before(ends, b);
}

/* Is t[i] a mark of that kind (0: a sentence end, 1: a line break, 2: a
 * sentence end other than ";")? */
static int mark_at(const char *t, size_t len, size_t i, int kind)
{
  if (kind == 1)
    return t[i] == '\n';
  return (kind == 0 || t[i] != ';') && bc__validate_sentence_end(t, i, len);
}

/* Two passes, counting then filling, so that the array is allocated once
 * at its size. */
static bc_status marks_of(const char *t, size_t len, int kind,
                          struct bc__marks *m)
{
  size_t i, n = 0;
  m->at = NULL;
  m->n = 0;
  for (i = 0; i < len; i++)
    n += mark_at(t, len, i, kind);
  if (n == 0)
    return BC_OK;
  m->at = bc__malloc(n * sizeof *m->at);
  if (!m->at)
    return BC_ERR_NOMEM;
  for (i = 0; i < len; i++)
    if (mark_at(t, len, i, kind))
      m->at[m->n++] = i;
  return BC_OK;
}

bc_status bc__marks_sentence_ends(const char *t, size_t len,
                                  struct bc__marks *m)
{
  return marks_of(t, len, 0, m);
}

bc_status bc__marks_lines(const char *t, size_t len, struct bc__marks *m)
{
  return marks_of(t, len, 1, m);
}

bc_status bc__marks_stops(const char *t, size_t len, struct bc__marks *m)
{
  return marks_of(t, len, 2, m);
}

void bc__marks_release(struct bc__marks *m)
{
  free(m->at);
  m->at = NULL;
  m->n = 0;
}

size_t bc__marks_before(const struct bc__marks *m, size_t at)
{
  size_t lo = 0, hi = m->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (m->at[mid] < at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static int by_start(const void *a, const void *b)
{
  const struct bc_span *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

bc_status bc__span_index_init(struct bc__span_index *x,
                              const struct bc_date_fact *a, size_t na,
                              const struct bc_date_fact *b, size_t nb)
{
  size_t i, n = na + nb;
  struct bc_span *s;
  memset(x, 0, sizeof *x);
  if (n == 0)
    return BC_OK;
  s = bc__malloc(n * sizeof *s);
  x->start = bc__malloc(n * sizeof *x->start);
  x->max_end = bc__malloc(n * sizeof *x->max_end);
  if (!s || !x->start || !x->max_end) {
    free(s);
    bc__span_index_release(x);
    return BC_ERR_NOMEM;
  }
  for (i = 0; i < n; i++)
    s[i] = i < na ? a[i].span : b[i - na].span;
  qsort(s, n, sizeof *s, by_start);
  for (i = 0; i < n; i++) {
    x->start[i] = s[i].start;
    x->max_end[i] =
        i && x->max_end[i - 1] > s[i].end ? x->max_end[i - 1] : s[i].end;
  }
  x->n = n;
  free(s);
  return BC_OK;
}

/* Some span starts before e and ends after s: of those starting before e
 * (a prefix of the sorted starts), the one ending furthest. */
int bc__span_index_overlaps(const struct bc__span_index *x, size_t s, size_t e)
{
  size_t lo = 0, hi = x->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x->start[mid] < e)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo > 0 && x->max_end[lo - 1] > s;
}

void bc__span_index_release(struct bc__span_index *x)
{
  free(x->start);
  free(x->max_end);
  memset(x, 0, sizeof *x);
}

/* A fact the source states, but of something else: the words around the
 * claim match the words around another value (conf) far better than any
 * place the source states the claimed value (sup).  n: claim context size. */
int bc__check_mixed_up(size_t sup, size_t conf, size_t n)
{
  /* A place that states the date in words shared with the claim supports
   * it, however well another date's words fit ("shipping on September
   * 19" beside "launched it in 2019"). */
  if (sup == 0)
    return conf >= 3 || (conf >= 2 && 2 * conf >= n);
  return 0;
}

/* A four-digit year standing alone at t[i..i+4). */
int bc__check_bare_year(const char *t, size_t len, size_t i)
{
  size_t k;
  int y = 0;
  if (i + 4 > len ||
      (i > 0 && (bc__check_is_alnum((unsigned char)t[i - 1]) ||
                 t[i - 1] == '$' || t[i - 1] == ',' || t[i - 1] == '.')))
    return 0;
  for (k = 0; k < 4; k++) {
    if (t[i + k] < '0' || t[i + k] > '9')
      return 0;
    y = y * 10 + (t[i + k] - '0');
  }
  if (i + 4 < len &&
      (bc__check_is_alnum((unsigned char)t[i + 4]) || t[i + 4] == '%' ||
       ((t[i + 4] == ',' || t[i + 4] == '.') && i + 5 < len &&
        t[i + 5] >= '0' && t[i + 5] <= '9')))
    return 0;
  return y >= 1000 && y <= 2199 ? y : 0;
}

/* An ISO date "2024-01-19" standing alone at t[i..i+10): fills y, m, d. */
int bc__check_iso_at(const char *t, size_t len, size_t i, int *y, int *m,
                     int *d)
{
  size_t k;
  static const char shape[] = "dddd-dd-dd";
  if (i + 10 > len || (i > 0 && (bc__check_is_alnum((unsigned char)t[i - 1]) ||
                                 t[i - 1] == '-' || t[i - 1] == '/')))
    return 0;
  if (i + 10 < len &&
      (bc__check_is_alnum((unsigned char)t[i + 10]) || t[i + 10] == '-'))
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
int bc__check_in_iso(const char *t, size_t len, size_t at)
{
  size_t i = at > 9 ? at - 9 : 0;
  int y, m, d;
  for (; i <= at; i++)
    if (bc__check_iso_at(t, len, i, &y, &m, &d))
      return 1;
  return 0;
}
