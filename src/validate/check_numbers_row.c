/* check_numbers_row.c - a value on a table row of the summary, against
 * the source's value for the row's name.  "| Joe Biden | 25% |" where the
 * source says "25 per cent ... along with 21 per cent of Vice President
 * Joe Biden's": the value is the source's, but of another name, and the
 * numbers of its kind written beside the row's name are others.  The
 * source is read once (its capitalised words sorted by hash, its numbers
 * by place); each row then looks up its name and the few numbers around
 * each place the source writes it. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "validate/validate_internal.h"

/* Places of a name looked at, numbers of its kind read after it, and the
 * furthest a neighbour may stand from the name (bytes). */
#define ROW_PLACES 16
#define ROW_AFTER 2
#define ROW_REACH 160
/* How far from the source's value the header's word may stand (bytes). */
#define ROW_SAID 80

struct capword {
  uint32_t h;
  size_t at, end;
};

struct bc__rowidx {
  struct capword *w;
  size_t n_w;
  size_t *by_pos; /* source numbers by start */
};

static int word_ch(char ch)
{
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
         (ch >= '0' && ch <= '9') || ch == '-' || (unsigned char)ch >= 0x80;
}

static int cmp_cap(const void *a, const void *b)
{
  const struct capword *x = a, *y = b;
  if (x->h != y->h)
    return x->h < y->h ? -1 : 1;
  return x->at < y->at ? -1 : x->at > y->at;
}

static const struct bc__vstate *sort_v;

static int cmp_pos(const void *a, const void *b)
{
  size_t x = sort_v->nums[*(const size_t *)a].span.start;
  size_t y = sort_v->nums[*(const size_t *)b].span.start;
  return x < y ? -1 : x > y;
}

static struct bc__rowidx *index_of(struct bc__vstate *v)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, cap = 64;
  struct bc__rowidx *x;
  if (v->rowidx)
    return v->rowidx;
  x = bc__calloc(1, sizeof *x);
  if (!x || !(x->w = bc__malloc(cap * sizeof *x->w)) ||
      !(x->by_pos = bc__malloc((v->n_nums + 1) * sizeof *x->by_pos))) {
    if (x) {
      free(x->w);
      free(x);
    }
    v->rc = BC_ERR_NOMEM;
    return NULL;
  }
  for (i = 0; t && i < len; i++) {
    size_t e;
    if (!(t[i] >= 'A' && t[i] <= 'Z') || (i > 0 && word_ch(t[i - 1])))
      continue;
    for (e = i; e < len && word_ch(t[e]); e++)
      ;
    if (x->n_w == cap) {
      struct capword *nw = bc__realloc(x->w, 2 * cap * sizeof *nw);
      if (!nw) {
        v->rc = BC_ERR_NOMEM;
        break;
      }
      x->w = nw;
      cap *= 2;
    }
    x->w[x->n_w++] =
        (struct capword){bc__validate_stem_hash(t + i, e - i), i, e};
    i = e;
  }
  qsort(x->w, x->n_w, sizeof *x->w, cmp_cap);
  for (i = 0; i < v->n_nums; i++)
    x->by_pos[i] = i;
  sort_v = v;
  qsort(x->by_pos, v->n_nums, sizeof *x->by_pos, cmp_pos);
  v->rowidx = x;
  return x;
}

void bc__check_rows_release(struct bc__vstate *v)
{
  if (!v->rowidx)
    return;
  free(v->rowidx->w);
  free(v->rowidx->by_pos);
  free(v->rowidx);
  v->rowidx = NULL;
}

/* The first of x->by_pos whose number starts at or after at. */
static size_t first_at(const struct bc__vstate *v, const struct bc__rowidx *x,
                       size_t at)
{
  size_t lo = 0, hi = v->n_nums;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v->nums[x->by_pos[mid]].span.start < at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The name cell of the row around claim offset at, and the cell the
 * number stands in: the first cell written in capitalised words with no
 * digit, before the number's.  Returns nonzero when found. */
static int row_name(const char *t, size_t len, struct bc_span num,
                    struct bc_span *name)
{
  size_t ls = num.start, le = num.end, i, cs;
  while (ls > 0 && t[ls - 1] != '\n')
    ls--;
  while (le < len && t[le] != '\n')
    le++;
  i = ls;
  while (i < le && t[i] == ' ')
    i++;
  if (i >= le || t[i] != '|')
    return 0;
  /* The number alone in its cell, but for signs and a unit. */
  for (cs = num.start; cs > ls && t[cs - 1] != '|'; cs--)
    if (word_ch(t[cs - 1]))
      return 0;
  for (i = i + 1; i < cs;) {
    size_t s = i, e, k;
    int digit = 0;
    while (i < cs && t[i] != '|')
      i++;
    e = i++;
    while (s < e && t[s] == ' ')
      s++;
    while (e > s && t[e - 1] == ' ')
      e--;
    for (k = s; k < e; k++)
      digit |= t[k] >= '0' && t[k] <= '9';
    if (e > s + 1 && !digit && t[s] >= 'A' && t[s] <= 'Z') {
      *name = (struct bc_span){s, e};
      return e < num.start;
    }
    for (k = s; k < e; k++)
      if (word_ch(t[k]) && !(t[k] >= '0' && t[k] <= '9'))
        return 0; /* the row's first words are not a name ("Sitoula, 40") */
  }
  return 0;
}

/* Is there a capitalised word in t[a..b) not at a sentence start? */
static int names_between(const char *t, size_t a, size_t b)
{
  size_t i;
  for (i = a; i < b; i++)
    if (t[i] >= 'A' && t[i] <= 'Z' && i > 0 && !word_ch(t[i - 1]) &&
        !bc__check_starts_sentence(t, i))
      return 1;
  return 0;
}

/* Where the capitalised words written right before the name at ns start:
 * its title ("Vice President Joe Biden"). */
static size_t title_start(const char *t, size_t ns)
{
  size_t s = ns;
  while (s >= 2 && t[s - 1] == ' ' && word_ch(t[s - 2])) {
    size_t w = s - 1;
    while (w > 0 && word_ch(t[w - 1]))
      w--;
    if (!(t[w] >= 'A' && t[w] <= 'Z'))
      break;
    s = w;
  }
  return s;
}

/* Does the source's sentence around at say "respectively" (values given
 * to names in order, not beside them)? */
static int in_order(const char *t, size_t s, size_t e)
{
  static const char w[] = "respectively";
  size_t i;
  for (i = s; i + sizeof w - 1 <= e; i++)
    if (strncmp(t + i, w, sizeof w - 1) == 0)
      return 1;
  return 0;
}

/* Does the source's number i state the claim's value, a negative cell
 * reading as the size of the fall the source writes in words ("-3 per
 * cent" for "3 per cent lower")? */
static int states(const struct bc__vstate *v, size_t i,
                  const struct bc_number_fact *nf, const struct bc__unit *cu)
{
  struct bc_number_fact a = *nf;
  if (bc__validate_numbers_equiv_u(nf, cu, &v->nums[i], &v->num_info[i]))
    return 1;
  if (a.value >= 0)
    return 0;
  a.value = -nf->value_hi;
  a.value_hi = -nf->value;
  return bc__validate_numbers_equiv_u(&a, cu, &v->nums[i], &v->num_info[i]);
}

/* The header cell of the column of the claim's number at `at` (the top
 * line of its table); an empty span when none. */
static struct bc_span header_cell(const char *t, size_t len, size_t at)
{
  size_t ls = at, col = 0, i, hs;
  struct bc_span none = {0, 0};
  while (ls > 0 && t[ls - 1] != '\n')
    ls--;
  for (i = ls; i < at; i++)
    col += t[i] == '|';
  hs = ls;
  while (hs > 1) {
    size_t p = hs - 1, q = p;
    while (q > 0 && t[q - 1] != '\n')
      q--;
    if (t[q] != '|')
      break;
    hs = q;
  }
  for (i = hs; i < len && t[i] != '\n' && col > 0; i++)
    if (t[i] == '|' && --col == 0) {
      size_t e = i + 1;
      while (e < len && t[e] != '|' && t[e] != '\n')
        e++;
      return (struct bc_span){i + 1, e};
    }
  (void)len;
  return none;
}

/* Is a word of four letters or more of the header h (of the claim text
 * t) a word of the source's t2[a..b), or that word and "s"? */
static int header_said(const char *t, struct bc_span h, const char *t2,
                       size_t a, size_t b)
{
  size_t i = h.start;
  while (i < h.end) {
    size_t s = i, n, k;
    while (s < h.end && !word_ch(t[s]))
      s++;
    for (i = s; i < h.end && word_ch(t[i]); i++)
      ;
    n = i - s;
    if (n < 4)
      continue;
    for (k = a; k + n <= b; k++)
      if ((k == 0 || !word_ch(t2[k - 1])) &&
          strncasecmp(t2 + k, t + s, n) == 0 &&
          (k + n == b || !word_ch(t2[k + n]) ||
           ((t2[k + n] == 's') && (k + n + 1 == b || !word_ch(t2[k + n + 1])))))
        return 1;
  }
  return 0;
}

static int same_kind(const struct bc__unit *a, const struct bc__unit *b)
{
  return a->cls == b->cls && strcmp(a->canon, b->canon) == 0;
}

int bc__check_row_value(struct bc__vstate *v, const struct bc__claim *c,
                        const struct bc_number_fact *nf,
                        const struct bc__unit *cu)
{
  const char *st = v->doc ? v->doc->text : NULL;
  size_t slen = st ? v->doc->text_len : 0;
  struct bc_span name, last;
  struct bc__rowidx *x;
  struct capword key;
  size_t lo, hi, k, seen = 0, said = (size_t)-1, places = 0;
  if (!st || v->n_nums == 0 || cu->cls == BC__UNIT_NONE ||
      !row_name(c->text, c->len, nf->span, &name))
    return 0;
  last = name; /* the name's last word, looked up in the index */
  for (last.start = name.end;
       last.start > name.start && c->text[last.start - 1] != ' '; last.start--)
    ;
  if (!(x = index_of(v)))
    return 0;
  key.h = bc__validate_stem_hash(c->text + last.start, last.end - last.start);
  lo = 0;
  hi = x->n_w;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x->w[mid].h < key.h)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (k = lo; k < x->n_w && x->w[k].h == key.h && places < ROW_PLACES; k++) {
    size_t ne = x->w[k].at + (last.end - last.start);
    size_t nlen = name.end - name.start, ns, sent, p, j, got;
    if (ne < nlen)
      continue;
    ns = ne - nlen;
    if (memcmp(st + ns, c->text + name.start, nlen) != 0 ||
        (ns > 0 && word_ch(st[ns - 1])))
      continue;
    places++;
    sent = bc__marks_before(&v->sents, ns);
    {
      size_t a = sent ? v->sents.at[sent - 1] : 0;
      size_t b = sent < v->sents.n ? v->sents.at[sent] : slen;
      if (in_order(st, a, b < slen ? b : slen))
        return 0;
    }
    p = first_at(v, x, ne);
    /* The one before, in the sentence, with no name between. */
    for (j = p; j-- > 0 && p - j <= 6;) {
      size_t i = x->by_pos[j];
      const struct bc_number_fact *sn = &v->nums[i];
      if (sn->span.end > ns || !same_kind(cu, &v->num_info[i]))
        continue;
      if (bc__marks_before(&v->sents, sn->span.start) != sent ||
          ns - sn->span.end > ROW_REACH)
        break;
      if (!names_between(st, sn->span.end, title_start(st, ns))) {
        seen++;
        if (states(v, i, nf, cu))
          return 0;
        if (said == (size_t)-1)
          said = i;
      }
      break;
    }
    /* Up to ROW_AFTER after it, the second only with no name between. */
    for (j = p, got = 0; j < v->n_nums && j < p + 8 && got < ROW_AFTER; j++) {
      size_t i = x->by_pos[j];
      const struct bc_number_fact *sn = &v->nums[i];
      if (!same_kind(cu, &v->num_info[i]))
        continue;
      if (bc__marks_before(&v->sents, sn->span.start) != sent ||
          sn->span.start - ne > ROW_REACH ||
          (got &&
           names_between(st, v->nums[x->by_pos[p]].span.end, sn->span.start)))
        break;
      got++;
      seen++;
      if (states(v, i, nf, cu))
        return 0;
      if (got == 1)
        said = i;
    }
  }
  if (!seen || said == (size_t)-1)
    return 0;
  /* A share is of many things at once ("44 per cent real", "15 per cent
   * fake"): the column's header must be said where the source gives its
   * value, near it in its sentence. */
  if (cu->cls == BC__UNIT_PERCENT) {
    struct bc_span h = header_cell(c->text, c->len, nf->span.start);
    size_t sent = bc__marks_before(&v->sents, v->nums[said].span.start);
    size_t a = sent ? v->sents.at[sent - 1] : 0;
    size_t b = sent < v->sents.n ? v->sents.at[sent] : slen;
    size_t ns = v->nums[said].span.start, ne = v->nums[said].span.end;
    if (b > slen)
      b = slen;
    if (ns > a + ROW_SAID)
      a = ns - ROW_SAID;
    if (ne + ROW_SAID < b)
      b = ne + ROW_SAID;
    if (h.end <= h.start || !header_said(c->text, h, st, a, b))
      return 0;
  }
  {
    struct bc_span sw = v->nums[said].whole.end > v->nums[said].whole.start
                            ? v->nums[said].whole
                            : v->nums[said].span;
    struct bc_span cw = nf->whole.end > nf->whole.start ? nf->whole : nf->span;
    char *says = bc__check_quote_source(v, sw);
    bc__check_number_error(
        v, c, cw, says, sw, "the source says %s of %.*s; %.*s is not its value",
        says, (int)(name.end - name.start), c->text + name.start,
        (int)(cw.end - cw.start), c->text + cw.start);
    free(says);
  }
  return 1;
}
