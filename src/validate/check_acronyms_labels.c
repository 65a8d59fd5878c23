/* check_acronyms_labels.c - an acronym that labels something the source
 * labels otherwise: a degree after a person's name ("Michael Roe, M.D."
 * where the source writes "Michael Roe, Ph.D."), and the value of a
 * review's label line ("Version tested: PS4" where the source's reads
 * "Version tested: PC").  The source's labels are read once
 * (bc__acr_labels_prepare); a claim's are judged only against a label the
 * source gives the same person or the same line: a degree or a value the
 * source never states is not judged here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "validate/check_acronyms_internal.h"
#include "validate/validate_internal.h"

/* Degrees, written without their dots, lower case.  Those that are common
 * words or places without dots ("MA", "MS", "DO", "BA") count only
 * dotted. */
static const char *const degrees[] = {
    "dds", "dmd", "dnp", "dphil", "dvm", "edd",    "jd",  "llb",  "llm", "mba",
    "md",  "mfa", "mph", "msc",   "msw", "pharmd", "phd", "psyd", "bsc", NULL};
static const char *const dotted_degrees[] = {"ba", "bs", "do",
                                             "ma", "ms", NULL};

/* Review labels whose value names a platform or an edition. */
static const char *const label_words[] = {"version tested",
                                          "tested on",
                                          "reviewed on",
                                          "played on",
                                          "platform",
                                          "platforms",
                                          "reviewed version",
                                          "tested version",
                                          "edition tested",
                                          "review copy",
                                          NULL};

#define DEGREE_LETTERS 8
#define CHAIN 4

/* Does a degree start at t[p] (a word's start)?  Its end in *e and its
 * letters, lower case, in key (DEGREE_LETTERS + 1 bytes). */
static int degree_at(const char *t, size_t len, size_t p, size_t *e, char *key)
{
  size_t q = p, n = 0, dots = 0, caps = 0, k;
  if (p > 0 && bc__check_is_alnum((unsigned char)t[p - 1]))
    return 0;
  while (q < len && (bc__check_is_alnum((unsigned char)t[q]) ||
                     (t[q] == '.' && q + 1 < len && q > p &&
                      bc__check_is_alnum((unsigned char)t[q + 1])))) {
    if (t[q] == '.') {
      dots++;
    } else {
      if (n == DEGREE_LETTERS)
        return 0;
      caps += t[q] >= 'A' && t[q] <= 'Z';
      key[n++] = (char)bc__acr_lower((unsigned char)t[q]);
    }
    q++;
  }
  if (q < len && t[q] == '.' && dots) {
    dots++;
    q++;
  }
  key[n] = '\0';
  if (n < 2 || !caps || t[p] < 'A' || t[p] > 'Z')
    return 0;
  for (k = 0; degrees[k]; k++)
    if (strcmp(key, degrees[k]) == 0)
      break;
  if (!degrees[k]) {
    if (!dots)
      return 0;
    for (k = 0; dotted_degrees[k] && strcmp(key, dotted_degrees[k]); k++)
      ;
    if (!dotted_degrees[k])
      return 0;
  }
  *e = q;
  return 1;
}

/* The word before t[p], across ", ": its start in *ws and end in *we;
 * 0 when no comma and word lie there. */
static int word_before_comma(const char *t, size_t p, size_t *ws, size_t *we)
{
  size_t q = p;
  while (q > 0 && t[q - 1] == ' ')
    q--;
  if (q == p || q == 0 || t[q - 1] != ',')
    return 0;
  q--;
  *we = q;
  while (q > 0 &&
         (bc__check_is_alnum((unsigned char)t[q - 1]) || t[q - 1] == '.'))
    q--;
  *ws = q;
  return *we > *ws;
}

/* The person a degree at t[p] is given to: the capitalised word before
 * it and its comma, past other degrees ("Ann Roe, M.D., Ph.D."); its
 * span in *ns, *ne.  0 when none. */
static int degree_holder(const char *t, size_t len, size_t p, size_t *ns,
                         size_t *ne)
{
  size_t k, ws, we, e;
  char key[DEGREE_LETTERS + 1];
  for (k = 0; k < CHAIN && word_before_comma(t, p, &ws, &we); k++) {
    if (!degree_at(t, len, ws, &e, key)) {
      if (t[ws] < 'A' || t[ws] > 'Z' || we - ws < 2 || t[we - 1] == '.')
        return 0;
      *ns = ws;
      *ne = we;
      return 1;
    }
    p = ws;
  }
  return 0;
}

/* Does a line start at t[a], list and emphasis marks aside? */
static int line_start(const char *t, size_t a)
{
  while (a > 0 && strchr(" \t*_#>-|", t[a - 1]))
    a--;
  return a == 0 || t[a - 1] == '\n';
}

/* Is a review label ("Version tested") the words that open the line before
 * the colon at t[colon], markdown emphasis aside?  Its start in *ls. */
static int label_before(const char *t, size_t colon, size_t *ls)
{
  size_t k, e = colon;
  while (e > 0 && (t[e - 1] == '*' || t[e - 1] == '_' || t[e - 1] == ' '))
    e--;
  for (k = 0; label_words[k]; k++) {
    size_t n = strlen(label_words[k]);
    if (e >= n && strncasecmp(t + e - n, label_words[k], n) == 0 &&
        line_start(t, e - n)) {
      *ls = e - n;
      return 1;
    }
  }
  return 0;
}

/* The value after a label's colon at t[colon]: to the line's or the
 * sentence's end, emphasis aside.  Its span in *vs, *ve; 0 when empty or
 * longer than a few words. */
static int label_value(const char *t, size_t len, size_t colon, size_t *vs,
                       size_t *ve)
{
  size_t s = colon + 1, e, words = 0;
  while (s < len && (t[s] == ' ' || t[s] == '*' || t[s] == '_'))
    s++;
  for (e = s; e < len && t[e] != '\n' && t[e] != '|' &&
              !(t[e] == '.' &&
                (e + 1 == len || !bc__check_is_alnum((unsigned char)t[e + 1])));
       e++)
    words += t[e] == ' ';
  while (e > s && (t[e - 1] == ' ' || t[e - 1] == '*' || t[e - 1] == '_'))
    e--;
  *vs = s;
  *ve = e;
  return e > s && words < 6;
}

static int add_label(struct bc__vstate *v, size_t *cap, int kind, size_t ks,
                     size_t ke, size_t vs, size_t ve)
{
  if (v->n_acr_labels == *cap) {
    struct bc__acr_label *grown;
    *cap = *cap ? 2 * *cap : 8;
    grown = bc__realloc(v->acr_labels, *cap * sizeof *grown);
    if (!grown)
      return 0;
    v->acr_labels = grown;
  }
  v->acr_labels[v->n_acr_labels++] =
      (struct bc__acr_label){kind, ks, ke, vs, ve};
  return 1;
}

bc_status bc__acr_labels_prepare(struct bc__vstate *v)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, p, cap = 0, e, ns, ne, ls, vs, ve;
  char key[DEGREE_LETTERS + 1];
  for (p = 0; p < len; p++) {
    if (t[p] == ':' && label_before(t, p, &ls) &&
        label_value(t, len, p, &vs, &ve) &&
        !add_label(v, &cap, LABEL_LINE, ls, p, vs, ve))
      return BC_ERR_NOMEM;
    if (t[p] >= 'A' && t[p] <= 'Z' && degree_at(t, len, p, &e, key) &&
        degree_holder(t, len, p, &ns, &ne) &&
        !add_label(v, &cap, LABEL_DEGREE, ns, ne, p, e))
      return BC_ERR_NOMEM;
  }
  return BC_OK;
}

/* Report the claim's words t[s..e), whose label the source gives as
 * src[vs..ve) for the same key, repaired to it. */
static void mislabelled(struct bc__vstate *v, struct bc__claim *c, size_t s,
                        size_t e, size_t ls, size_t le,
                        const struct bc__acr_label *l, const char *what,
                        size_t wn)
{
  const char *src = v->doc->text;
  struct bc_buf mb = BC_BUF_INIT(512);
  char *said = bc__strndup(src + l->vs, l->ve - l->vs), *msg, *fix = NULL;
  bc_buf_addf(&mb, "the source gives %.*s as %s", (int)wn, what,
              said ? said : "");
  msg = bc_buf_take(&mb, NULL);
  if (said) {
    struct bc_buf fb = BC_BUF_INIT(512);
    bc_buf_add(&fb, c->text + s, ls - s);
    bc_buf_adds(&fb, said);
    bc_buf_add(&fb, c->text + le, e - le);
    fix = bc_buf_take(&fb, NULL);
  }
  if (!said || !msg || !fix || !bc__acr_record(c, s, e))
    v->rc = BC_ERR_NOMEM;
  else {
    v->r->checked.acronyms++;
    bc__check_add(v, c, BC_FINDING_ACRONYM, BC_SEV_ERROR,
                  (struct bc_span){s, e}, said, (struct bc_span){l->vs, l->ve},
                  fix, msg);
  }
  free(said);
  free(msg);
  free(fix);
}

/* Do the words of a[0..an) and b[0..bn) name the same, case and marks
 * aside? */
static int same_label(const char *a, size_t an, const char *b, size_t bn)
{
  size_t i = 0, j = 0;
  for (;;) {
    while (i < an && !bc__check_is_alnum((unsigned char)a[i]))
      i++;
    while (j < bn && !bc__check_is_alnum((unsigned char)b[j]))
      j++;
    if (i == an || j == bn)
      return i == an && j == bn;
    if (bc__acr_lower((unsigned char)a[i]) !=
        bc__acr_lower((unsigned char)b[j]))
      return 0;
    i++;
    j++;
  }
}

/* Does the item p[0..n) name something: a capital or a digit in it ("PS4",
 * "Xbox One"; not "with a pad")? */
static int named_item(const char *p, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    if ((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= '0' && p[i] <= '9'))
      return 1;
  return 0;
}

/* Is each of the claim's items t[vs..ve) (split at commas, slashes and
 * "and") that names something one the source's value src[l->vs..l->ve)
 * lists? */
static int value_given(const char *t, size_t vs, size_t ve, const char *src,
                       const struct bc__acr_label *l)
{
  size_t a = vs;
  while (a < ve) {
    size_t b = a, x = l->vs, found = 0;
    while (b < ve && t[b] != ',' && t[b] != '/' &&
           !(b + 5 <= ve && strncmp(t + b, " and ", 5) == 0))
      b++;
    while (x < l->ve && !found) {
      size_t y = x;
      while (y < l->ve && src[y] != ',' && src[y] != '/' &&
             !(y + 5 <= l->ve && strncmp(src + y, " and ", 5) == 0))
        y++;
      found = same_label(t + a, b - a, src + x, y - x);
      x = y + (y < l->ve && src[y] == ' ' ? 5 : 1);
    }
    if (!found && named_item(t + a, b - a))
      return 0;
    a = b + (b < ve && t[b] == ' ' ? 5 : 1);
  }
  return 1;
}

void bc__acr_labels(struct bc__vstate *v, struct bc__claim *c)
{
  const char *t = c->text, *src = v->doc->text;
  size_t p, k, e, ns, ne, ls, vs, ve;
  char key[DEGREE_LETTERS + 1];
  if (!v->n_acr_labels)
    return;
  for (p = 0; p < c->len && !v->rc; p++) {
    const struct bc__acr_label *hit = NULL;
    int given = 0;
    if (t[p] == ':' && label_before(t, p, &ls) &&
        label_value(t, c->len, p, &vs, &ve)) {
      for (k = 0; k < v->n_acr_labels && !given; k++) {
        const struct bc__acr_label *l = &v->acr_labels[k];
        if (l->kind != LABEL_LINE ||
            !same_label(t + ls, p - ls, src + l->ks, l->ke - l->ks))
          continue;
        hit = l;
        given = value_given(t, vs, ve, src, l);
      }
      if (hit && !given)
        mislabelled(v, c, vs, ve, vs, ve, hit, src + hit->ks,
                    hit->ke - hit->ks);
      continue;
    }
    if (t[p] < 'A' || t[p] > 'Z' || !degree_at(t, c->len, p, &e, key) ||
        !degree_holder(t, c->len, p, &ns, &ne))
      continue;
    for (k = 0; k < v->n_acr_labels && !given; k++) {
      const struct bc__acr_label *l = &v->acr_labels[k];
      char skey[DEGREE_LETTERS + 1];
      size_t se;
      if (l->kind != LABEL_DEGREE || l->ke - l->ks != ne - ns ||
          memcmp(src + l->ks, t + ns, ne - ns) != 0)
        continue;
      hit = l;
      given = degree_at(src, v->doc->text_len, l->vs, &se, skey) &&
              strcmp(skey, key) == 0;
    }
    if (hit && !given)
      mislabelled(v, c, ns, e, p, e, hit, "the degree after this name",
                  strlen("the degree after this name"));
    p = e - 1;
  }
}
