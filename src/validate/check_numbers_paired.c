/* check_numbers_paired.c - a value moved along a list of names with their
 * values in brackets: "Delta scored 66" where the source lists "JetBlue
 * (85), Delta (70), American (66)".  Such a list ties each value to the
 * name right before it, so the claim's name with the value the list gives
 * to another name is a slip.  Only bracketed values after a capitalised
 * word count as the list's (the analyzer reads no quantity there, so the
 * source's brackets are read here, once per check); a name said with its
 * value in other words is the number checker's to weigh. */
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "util/alloc.h"

#include "validate/validate_internal.h"

#define NONE ((size_t)-1)
#define GAP_WORDS 2    /* lower-case words between the claim's name and value */
#define LIST_REACH 400 /* bytes between two values of one list */
#define OWNER_REACH 40 /* bytes before a source value its owner may stand */

static int is_upper(char ch)
{
  return ch >= 'A' && ch <= 'Z';
}

static int is_letter(char ch)
{
  return (ch >= 'a' && ch <= 'z') || is_upper(ch);
}

/* The word ending at t[e] (exclusive), its start into *ws; zero when the
 * text there is not a word of letters. */
static int word_before(const char *t, size_t e, size_t *ws)
{
  size_t i = e;
  while (i > 0 && is_letter(t[i - 1]))
    i--;
  if (i == e)
    return 0;
  *ws = i;
  return 1;
}

/* The capitalised word that owns the claim's number at t[s]: right before
 * it, or before one or two lower-case words ("Delta scored 66"), with no
 * mark between. */
static int claim_owner(const char *t, size_t s, size_t *ws, size_t *we)
{
  size_t i = s, k, b;
  for (k = 0; k <= GAP_WORDS; k++) {
    if (i == 0 || t[i - 1] != ' ')
      return 0;
    i--;
    if (!word_before(t, i, &b))
      return 0;
    if (is_upper(t[b])) {
      *ws = b;
      *we = i;
      return 1;
    }
    i = b;
  }
  return 0;
}

/* A bracketed value and its name in the source: "Delta (70)". */
struct pair {
  size_t ns, ne; /* the name */
  size_t vs, ve; /* the value, inside the brackets */
  double value;
};

struct bc__pairidx {
  struct pair *p;
  size_t n;
};

/* The value of the digits t[s..e) ("1,250", "6.5"); -1 when they are not
 * a plain number. */
static double value_of(const char *t, size_t s, size_t e)
{
  double x = 0, place = 0;
  size_t i;
  for (i = s; i < e; i++) {
    char ch = t[i];
    if (ch >= '0' && ch <= '9') {
      if (place > 0) {
        place /= 10;
        x += (ch - '0') * place;
      } else {
        x = x * 10 + (ch - '0');
      }
    } else if (ch == ',' && place == 0 && i > s && e - i > 3) {
      continue;
    } else if (ch == '.' && place == 0 && i > s && i + 1 < e) {
      place = 1;
    } else {
      return -1;
    }
  }
  return e > s ? x : -1;
}

static struct bc__pairidx *index_of(struct bc__vstate *v)
{
  const char *t = v->doc->text, *q;
  size_t len = v->doc->text_len, cap = 0;
  struct bc__pairidx *x;
  if (v->pairidx)
    return v->pairidx;
  x = bc__calloc(1, sizeof *x);
  if (!x) {
    v->rc = BC_ERR_NOMEM;
    return NULL;
  }
  v->pairidx = x;
  for (q = t ? memchr(t, '(', len) : NULL; q;
       q = memchr(q + 1, '(', len - (size_t)(q + 1 - t))) {
    size_t a = (size_t)(q - t) + 1, e = a, ws;
    double val;
    if (a + 1 >= len || a < 3 || t[a - 2] != ' ')
      continue;
    while (e < len && e - a < 12 &&
           ((t[e] >= '0' && t[e] <= '9') || t[e] == ',' || t[e] == '.'))
      e++;
    if (e >= len || t[e] != ')' || (val = value_of(t, a, e)) < 0)
      continue;
    if (!word_before(t, a - 2, &ws) || !is_upper(t[ws]))
      continue;
    if (x->n == cap) {
      size_t nc = cap ? 2 * cap : 16;
      struct pair *np = bc__realloc(x->p, nc * sizeof *np);
      if (!np) {
        v->rc = BC_ERR_NOMEM;
        return NULL;
      }
      x->p = np;
      cap = nc;
    }
    x->p[x->n++] = (struct pair){ws, a - 2, a, e, val};
  }
  return x;
}

void bc__check_pairs_release(struct bc__vstate *v)
{
  if (!v->pairidx)
    return;
  free(v->pairidx->p);
  free(v->pairidx);
  v->pairidx = NULL;
}

/* The nearest capitalised word before t[a], within OWNER_REACH bytes. */
static int near_owner(const char *t, size_t a, size_t *ws, size_t *we)
{
  size_t i = a, stop = a > OWNER_REACH ? a - OWNER_REACH : 0;
  while (i > stop) {
    size_t b;
    if (is_letter(t[i - 1]) && word_before(t, i, &b)) {
      if (is_upper(t[b]) && (b == 0 || !is_letter(t[b - 1]))) {
        *ws = b;
        *we = i;
        return 1;
      }
      i = b;
      continue;
    }
    i--;
  }
  return 0;
}

static int same_word(const char *a, size_t as, size_t ae, const char *b,
                     size_t bs, size_t be)
{
  return ae - as == be - bs && memcmp(a + as, b + bs, ae - as) == 0;
}

int bc__check_paired_moved(struct bc__vstate *v, const struct bc__claim *c,
                           const struct bc_number_fact *nf)
{
  const char *st = v->doc->text;
  size_t slen = v->doc->text_len, i, own_s, own_e, mine = NONE, theirs = NONE;
  const struct bc__pairidx *x;
  if (!st || nf->value != nf->value_hi || (nf->unit && *nf->unit) ||
      !claim_owner(c->text, nf->span.start, &own_s, &own_e))
    return 0;
  x = index_of(v);
  if (!x || !x->n)
    return 0;
  for (i = 0; i < x->n; i++) {
    const struct pair *p = &x->p[i];
    if (same_word(c->text, own_s, own_e, st, p->ns, p->ne)) {
      if (p->value == nf->value)
        return 0;
      if (mine == NONE)
        mine = i;
    } else if (p->value == nf->value && theirs == NONE) {
      theirs = i;
    }
  }
  if (mine == NONE || theirs == NONE)
    return 0;
  {
    size_t a = x->p[mine].vs, b = x->p[theirs].vs;
    if ((a > b ? a - b : b - a) > LIST_REACH)
      return 0;
  }
  /* The source says the claim's value of the claim's name in other
   * words too: the claim may be right of that. */
  for (i = 0; i < v->n_nums; i++) {
    const struct bc_number_fact *s = &v->nums[i];
    size_t ws, we;
    if (s->span.end <= slen && s->value == nf->value &&
        near_owner(st, s->span.start, &ws, &we) &&
        same_word(c->text, own_s, own_e, st, ws, we))
      return 0;
  }
  {
    const struct pair *m = &x->p[mine], *o = &x->p[theirs];
    struct bc_span sw = {m->ns, m->ve + 1};
    struct bc_span cw =
        nf->whole.end > nf->whole.start && nf->whole.start <= nf->span.start
            ? nf->whole
            : nf->span;
    char *says = bc__check_quote_source(v, sw);
    bc__check_number_error(v, c, cw, says, sw,
                           "the source says %s; it gives %.*s to %.*s", says,
                           (int)(cw.end - cw.start), c->text + cw.start,
                           (int)(o->ne - o->ns), st + o->ns);
    free(says);
  }
  return 1;
}
