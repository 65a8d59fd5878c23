/* analyze.c - the analyze stage's driver: splits the text into segments (the
 * document's blocks, or paragraphs of plain text), tokenizes each segment
 * and runs the extractors over it, so that no fact or sentence ever crosses
 * a block boundary.  Also owns the fact sheet's lifetime and lookups. */
#include <stdlib.h>
#include <string.h>

#include "analyze/an.h"
#include "briefcast/limits.h"
#include "util/alloc.h"
#include "util/calendar.h"
#include "util/lexicon.h"
#include "util/utf8.h"

void *bc__an_push(void **arr, size_t *n, size_t *cap, size_t sz)
{
  char *p;
  if (*n == *cap) {
    size_t nc = *cap ? *cap * 2 : 16;
    void *np = bc__realloc(*arr, nc * sz);
    if (!np)
      return NULL;
    *arr = np;
    *cap = nc;
  }
  p = (char *)*arr + *n * sz;
  memset(p, 0, sz);
  (*n)++;
  return p;
}

/* --- hash set ----------------------------------------------------------- */

static size_t hash(const char *p, size_t n)
{
  size_t h = 1469598103934665603u, k; /* FNV-1a */
  for (k = 0; k < n; k++) {
    h ^= (unsigned char)p[k];
    h *= 1099511628211u;
  }
  return h;
}

long bc__an_hset_get(const struct an_hset *h, const char *key, size_t len)
{
  size_t i;
  if (!h->cap)
    return -1;
  for (i = hash(key, len) & (h->cap - 1); h->e[i].key;
       i = (i + 1) & (h->cap - 1))
    if (h->e[i].len == len && memcmp(h->e[i].key, key, len) == 0)
      return (long)h->e[i].idx;
  return -1;
}

static void hset_insert(struct an_hent *e, size_t cap, const struct an_hent *x)
{
  size_t i;
  for (i = hash(x->key, x->len) & (cap - 1); e[i].key; i = (i + 1) & (cap - 1))
    ;
  e[i] = *x;
}

bc_status bc__an_hset_put(struct an_hset *h, const char *key, size_t len,
                          size_t idx)
{
  struct an_hent x;
  if ((h->n + 1) * 2 > h->cap) {
    size_t nc = h->cap ? h->cap * 2 : 64, k;
    struct an_hent *ne = bc__calloc(nc, sizeof *ne);
    if (!ne)
      return BC_ERR_NOMEM;
    for (k = 0; k < h->cap; k++)
      if (h->e[k].key)
        hset_insert(ne, nc, &h->e[k]);
    free(h->e);
    h->e = ne;
    h->cap = nc;
  }
  x.key = key;
  x.len = len;
  x.idx = idx;
  hset_insert(h->e, h->cap, &x);
  h->n++;
  return BC_OK;
}

void bc__an_hset_free(struct an_hset *h)
{
  free(h->e);
  h->e = NULL;
  h->cap = h->n = 0;
}

/* --- calendar rules shared with the validator -------------------------- */

int bc__analyze_resolve_year(int ref_y, int ref_m, int ref_d, int m, int d)
{
  if (ref_y <= 0)
    return 0;
  if (ref_m <= 0)
    return ref_y;
  if (ref_d <= 0)
    return m > ref_m + 3 ? ref_y - 1 : ref_y;
  if (bc__cal_day_number(ref_y, m, d) >
      bc__cal_day_number(ref_y, ref_m, ref_d) + 92)
    return ref_y - 1;
  return ref_y;
}

int bc__analyze_number_equal(double a, double b)
{
  double d = a > b ? a - b : b - a;
  double m =
      (a < 0 ? -a : a) > (b < 0 ? -b : b) ? (a < 0 ? -a : a) : (b < 0 ? -b : b);
  return d <= 1e-9 * (m > 1 ? m : 1);
}

/* --- tokens ------------------------------------------------------------- */

static int is_alpha(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(unsigned char c)
{
  return c >= '0' && c <= '9';
}

/* Non-ASCII code points that are punctuation or space for our purposes;
 * every other non-ASCII code point counts as a letter. */
static int uni_punct(uint32_t cp)
{
  return (cp >= 0x2000 && cp <= 0x206F) || cp == 0xA0 || cp == 0xB1 ||
         cp == 0xAB || cp == 0xBB || cp == 0xA3 || cp == 0xA5 || cp == 0x20AC ||
         cp == 0x2212 || cp == 0xB7 || cp == 0x3000 || cp == 0xA7 ||
         cp == 0xA9 || cp == 0xAE || cp == 0xB0 || cp == 0x2122 ||
         (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x25A0 && cp <= 0x25FF) ||
         /* Mathematical operators (∼ ≈ ≤ ≥ ⩽ ⩾ × ÷) and currency signs (₹):
          * "∼12 m" and "≥16" are a symbol and a number, not one word. */
         (cp >= 0x2200 && cp <= 0x22FF) || cp == 0x2A7D || cp == 0x2A7E ||
         cp == 0xD7 || cp == 0xF7 || (cp >= 0x20A0 && cp <= 0x20CF);
}

static uint32_t cp_at(const char *t, size_t i, size_t end, size_t *n)
{
  uint32_t cp = 0;
  size_t k = bc__utf8_decode(t + i, end - i, &cp);
  if (k == 0) {
    *n = 1;
    return 0xFFFD;
  }
  *n = k;
  return cp;
}

static int letter_at(const char *t, size_t i, size_t end, size_t *n)
{
  unsigned char c = (unsigned char)t[i];
  uint32_t cp;
  if (c < 0x80) {
    *n = 1;
    return is_alpha(c);
  }
  cp = cp_at(t, i, end, n);
  return !uni_punct(cp) && cp != 0xFFFD;
}

static int apostrophe_at(const char *t, size_t i, size_t end, size_t *n)
{
  if (t[i] == '\'') {
    *n = 1;
    return 1;
  }
  if (end - i >= 3 && (unsigned char)t[i] == 0xE2 &&
      (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x99) {
    *n = 3;
    return 1;
  }
  return 0;
}

static void classify(struct an *a);

static bc_status tokenize(struct an *a, size_t s, size_t e)
{
  const char *t = a->t;
  size_t i = s;
  int sp = 1, nl = 1;
  a->ntok = 0;
  while (i < e) {
    unsigned char c = (unsigned char)t[i];
    struct an_tok *k;
    size_t n = 1, j;
    uint32_t cp = c;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
        c == '\v') {
      sp = 1;
      if (c == '\n')
        nl = 1;
      i++;
      continue;
    }
    if (c >= 0x80) {
      cp = cp_at(t, i, e, &n);
      if (cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) ||
          cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
        sp = 1;
        if (cp == 0x2028 || cp == 0x2029)
          nl = 1;
        i += n;
        continue;
      }
    }
    k = bc__an_push((void **)&a->tok, &a->ntok, &a->captok, sizeof *k);
    if (!k)
      return BC_ERR_NOMEM;
    k->s = i;
    k->sp = (unsigned char)sp;
    k->nl = (unsigned char)nl;
    sp = nl = 0;
    if (is_digit(c)) {
      j = i + 1;
      for (;;) {
        while (j < e && is_digit((unsigned char)t[j]))
          j++;
        if (j + 3 < e + 0 && t[j] == ',' && is_digit((unsigned char)t[j + 1]) &&
            is_digit((unsigned char)t[j + 2]) &&
            is_digit((unsigned char)t[j + 3]) &&
            (j + 4 >= e || !is_digit((unsigned char)t[j + 4]))) {
          j += 4;
          continue;
        }
        if (j + 3 == e && t[j] == ',' && is_digit((unsigned char)t[j + 1]) &&
            is_digit((unsigned char)t[j + 2])) {
          break;
        }
        if (j + 1 < e && t[j] == '.' && is_digit((unsigned char)t[j + 1])) {
          j++;
          while (j < e && is_digit((unsigned char)t[j]))
            j++;
        }
        break;
      }
      k->wnum = -1;
      k->type = AN_NUM;
      k->e = j;
      i = j;
      continue;
    }
    if (letter_at(t, i, e, &n)) {
      size_t m;
      j = i + n;
      for (;;) {
        if (j < e && letter_at(t, j, e, &m)) {
          j += m;
          continue;
        }
        if (j < e && apostrophe_at(t, j, e, &m) && j + m < e &&
            letter_at(t, j + m, e, &n)) {
          j += m;
          continue;
        }
        break;
      }
      k->type = AN_WORD;
      k->e = j;
      classify(a);
      i = j;
      continue;
    }
    k->wnum = -1;
    k->type = AN_PUNCT;
    k->cp = cp;
    k->e = i + n;
    i += n;
  }
  return BC_OK;
}

/* --- word helpers ------------------------------------------------------- */

size_t bc__an_toklen(const struct an *a, size_t i)
{
  return a->tok[i].e - a->tok[i].s;
}

int bc__an_tok_in(const struct an *a, size_t i, const char *const *list)
{
  const char *p;
  size_t k, n;
  unsigned char c;
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return 0;
  p = a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  if (n > 16)
    return 0; /* longer than any word of our lists */
  c = (unsigned char)p[0];
  if (c >= 'A' && c <= 'Z')
    c = (unsigned char)(c - 'A' + 'a');
  /* Compare the first letter before the whole word: most tokens fail
   * there, and this runs for every token against every list. */
  for (k = 0; list[k]; k++)
    if ((unsigned char)list[k][0] == c && bc__an_ieq(p, n, list[k]))
      return 1;
  return 0;
}

int bc__an_tok_in_sorted(const struct an *a, size_t i, const char *const *list,
                         size_t n)
{
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return 0;
  return bc__lex_in_sorted(list, n, a->t + a->tok[i].s, bc__an_toklen(a, i));
}

int bc__an_is_cap(const struct an *a, size_t i)
{
  unsigned char c;
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return 0;
  c = (unsigned char)a->t[a->tok[i].s];
  if (c >= 'A' && c <= 'Z')
    return 1;
  /* Latin-1 capitals (U+00C0-U+00DE but the multiplication sign). */
  if (c == 0xC3 && a->tok[i].e - a->tok[i].s > 1) {
    unsigned char d = (unsigned char)a->t[a->tok[i].s + 1];
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  return 0;
}

int bc__an_is_lower(const struct an *a, size_t i)
{
  unsigned char c;
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return 0;
  c = (unsigned char)a->t[a->tok[i].s];
  return c >= 'a' && c <= 'z';
}

int bc__an_is_punct(const struct an *a, size_t i, uint32_t cp)
{
  return i < a->ntok && a->tok[i].type == AN_PUNCT && a->tok[i].cp == cp;
}

int bc__an_is_dash(const struct an *a, size_t i)
{
  return bc__an_is_punct(a, i, '-') || bc__an_is_punct(a, i, 0x2013) ||
         bc__an_is_punct(a, i, 0x2014) || bc__an_is_punct(a, i, 0x2212);
}

int bc__an_num_value(const struct an *a, size_t i, double *v)
{
  const char *p;
  size_t n, k;
  double x = 0, frac = 0, scale = 1;
  int dot = 0;
  if (i >= a->ntok || a->tok[i].type != AN_NUM)
    return 0;
  p = a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  for (k = 0; k < n; k++) {
    if (p[k] == ',')
      continue;
    if (p[k] == '.') {
      dot = 1;
      continue;
    }
    if (dot) {
      scale /= 10;
      frac += (p[k] - '0') * scale;
    } else {
      x = x * 10 + (p[k] - '0');
    }
  }
  *v = x + frac;
  return 1;
}

int bc__an_is_function_word(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].fw;
}

int bc__an_word_number(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].type == AN_WORD ? a->tok[i].wnum : -1;
}

int bc__an_month(const struct an *a, size_t i)
{
  return i < a->ntok ? a->tok[i].month : 0;
}

int bc__an_weekday(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].wday;
}

/* Compute the word classes of the last token made. */
static void classify(struct an *a)
{
  size_t i = a->ntok - 1;
  struct an_tok *k = &a->tok[i];
  k->wnum = -1;
  if (k->type != AN_WORD || k->e - k->s > 16)
    return;
  k->fw = (unsigned char)bc__lex_is_function_word(a->t + k->s, k->e - k->s);
  k->month = (unsigned char)bc__cal_month_of(a->t + k->s, k->e - k->s);
  k->wday = (unsigned char)(bc__cal_weekday_of(a->t + k->s, k->e - k->s) != 0);
  k->wnum = (signed char)bc__lex_cardinal(a->t + k->s, k->e - k->s);
}

/* --- driver ------------------------------------------------------------- */

/* Every word the text writes in lower case ("day", "though"), so that the
 * name extractor can tell a common word that merely starts a sentence or
 * sits in a title-case heading from a name.  One pass, keys borrowed from
 * the text. */
static bc_status lower_words(struct an *a)
{
  size_t i = 0;
  while (i < a->len) {
    size_t s;
    unsigned char c = (unsigned char)a->t[i];
    if (!(c >= 'a' && c <= 'z') ||
        (i > 0 && is_alpha((unsigned char)a->t[i - 1]))) {
      i++;
      continue;
    }
    s = i;
    while (i < a->len && (is_alpha((unsigned char)a->t[i]) ||
                          (a->t[i] == '\'' && i + 1 < a->len &&
                           is_alpha((unsigned char)a->t[i + 1]))))
      i++;
    if (i - s <= 24 && bc__an_hset_get(&a->lower_set, a->t + s, i - s) < 0) {
      bc_status rc = bc__an_hset_put(&a->lower_set, a->t + s, i - s, 0);
      if (rc)
        return rc;
    }
  }
  return BC_OK;
}

struct seg {
  size_t s, e, idx;
  const char *date;
};

static int seg_cmp(const void *x, const void *y)
{
  const struct seg *p = x, *q = y;
  if (p->s != q->s)
    return p->s < q->s ? -1 : 1;
  return p->idx < q->idx ? -1 : p->idx > q->idx;
}

static void set_ref(struct an *a, const char *iso)
{
  int y = 0, m = 0, d = 0;
  if (iso && bc__cal_parse_iso(iso, &y, &m, &d)) {
    a->ref_y = y;
    a->ref_m = m;
    a->ref_d = d;
  }
}

static bc_status run_segment(struct an *a, size_t s, size_t e)
{
  bc_status rc;
  a->seg_s = s;
  a->seg_e = e;
  rc = tokenize(a, s, e);
  if (!rc)
    rc = bc__an_sentences(a);
  if (!rc)
    rc = bc__an_dates(a);
  if (!rc)
    rc = bc__an_acronyms(a);
  if (!rc)
    rc = bc__an_numbers(a);
  if (!rc)
    rc = bc__an_names(a);
  if (!rc)
    rc = bc__an_quotes(a);
  return rc;
}

bc_status bc__analyze_text(const char *text, size_t len,
                           const struct bc__analyze_ctx *ctx,
                           struct bc_facts **out, struct bc_error *err)
{
  struct an a;
  struct seg *segs = NULL;
  size_t nseg = 0, capseg = 0, k;
  bc_status rc = BC_OK;

  memset(&a, 0, sizeof a);
  if (!text)
    len = 0;
  if (len > BC_MAX_DOC_BYTES)
    return bc_error_set(err, BC_ERR_LIMIT,
                        "cannot analyze text: %zu bytes exceeds the limit of "
                        "%zu",
                        len, BC_MAX_DOC_BYTES);
  a.t = text;
  a.len = len;
  a.f = bc__calloc(1, sizeof *a.f);
  if (!a.f) {
    rc = BC_ERR_NOMEM;
    goto out;
  }

  /* Segments: the given blocks (code blocks hold no prose), else the
   * paragraphs of the text. */
  if (ctx && ctx->blocks && ctx->n_blocks) {
    for (k = 0; k < ctx->n_blocks; k++) {
      const struct bc_block *b = &ctx->blocks[k];
      struct seg *sg;
      size_t s = b->span.start, e = b->span.end;
      if (e > len)
        e = len;
      if (s >= e && !b->date)
        continue;
      if (s > e)
        s = e;
      sg = bc__an_push((void **)&segs, &nseg, &capseg, sizeof *sg);
      if (!sg) {
        rc = BC_ERR_NOMEM;
        goto out;
      }
      sg->s = s;
      sg->e = b->kind == BC_BLOCK_CODE ? s : e;
      sg->date = b->date;
      sg->idx = k;
    }
    if (nseg > 1)
      qsort(segs, nseg, sizeof *segs, seg_cmp);
  } else {
    size_t i = 0;
    while (i < len) {
      size_t s = i, e;
      struct seg *sg;
      /* A paragraph ends at a blank line (only spaces between two breaks). */
      for (;;) {
        const char *nlp = memchr(text + i, '\n', len - i);
        size_t j;
        if (!nlp) {
          i = len;
          e = len;
          break;
        }
        j = (size_t)(nlp - text) + 1;
        while (j < len &&
               (text[j] == ' ' || text[j] == '\t' || text[j] == '\r'))
          j++;
        if (j >= len || text[j] == '\n') {
          e = (size_t)(nlp - text);
          i = j;
          break;
        }
        i = j;
      }
      if (e > s) {
        sg = bc__an_push((void **)&segs, &nseg, &capseg, sizeof *sg);
        if (!sg) {
          rc = BC_ERR_NOMEM;
          goto out;
        }
        sg->s = s;
        sg->e = e;
      }
    }
  }

  rc = lower_words(&a);
  if (rc)
    goto out;
  set_ref(&a, ctx ? ctx->ref_date : NULL);
  a.claims = ctx ? ctx->claims : 0;
  for (k = 0; k < nseg; k++) {
    if (segs[k].date)
      set_ref(&a, segs[k].date);
    if (segs[k].e <= segs[k].s)
      continue;
    rc = run_segment(&a, segs[k].s, segs[k].e);
    if (rc)
      goto out;
  }
  rc = bc__an_names_finish(&a);
  if (!rc)
    rc = bc__an_acronyms_finish(&a);

out:
  free(segs);
  free(a.tok);
  for (k = 0; k < a.npend; k++)
    free(a.pend[k].name);
  free(a.pend);
  bc__an_hset_free(&a.names_set);
  bc__an_hset_free(&a.pend_set);
  bc__an_hset_free(&a.acr_set);
  bc__an_hset_free(&a.lower_set);
  bc__an_hset_free(&a.use_set);
  free(a.phr);
  if (rc) {
    bc_facts_free(a.f);
    if (rc == BC_ERR_LIMIT)
      return bc_error_set(err, rc,
                          "cannot analyze text: more than %d sentences",
                          BC_MAX_SENTENCES);
    return bc_error_set(err, rc, "cannot analyze text: out of memory");
  }
  *out = a.f;
  return BC_OK;
}

bc_status bc_facts_analyze(const struct bc_doc *doc, struct bc_facts **out,
                           struct bc_error *err)
{
  /* Zeroed first: fields added to the context later (claims) must not be
   * read uninitialized (valgrind caught exactly that). */
  struct bc__analyze_ctx ctx = {0};
  if (!doc || !out)
    return bc_error_set(err, BC_ERR_USAGE, "cannot analyze: no document");
  ctx.ref_date = doc->date;
  ctx.blocks = doc->blocks;
  ctx.n_blocks = doc->n_blocks;
  return bc__analyze_text(doc->text, doc->text ? doc->text_len : 0, &ctx, out,
                          err);
}

void bc_facts_free(struct bc_facts *f)
{
  size_t k;
  if (!f)
    return;
  free(f->sentences);
  free(f->dates);
  free(f->times);
  for (k = 0; k < f->n_acronyms; k++) {
    free(f->acronyms[k].acronym);
    free(f->acronyms[k].expansion);
  }
  free(f->acronyms);
  for (k = 0; k < f->n_numbers; k++) {
    free(f->numbers[k].unit);
    free(f->numbers[k].noun);
  }
  free(f->numbers);
  for (k = 0; k < f->n_ordinals; k++) {
    free(f->ordinals[k].unit);
    free(f->ordinals[k].noun);
  }
  free(f->ordinals);
  for (k = 0; k < f->n_names; k++)
    free(f->names[k].name);
  free(f->names);
  for (k = 0; k < f->n_quotes; k++)
    free(f->quotes[k].speaker);
  free(f->quotes);
  free(f);
}

const struct bc_acronym_fact *bc_facts_find_acronym(const struct bc_facts *f,
                                                    const char *acronym)
{
  size_t k, n;
  if (!f || !acronym)
    return NULL;
  for (k = 0; k < f->n_acronyms; k++)
    if (strcmp(f->acronyms[k].acronym, acronym) == 0)
      return &f->acronyms[k];
  /* "APIs" finds the definition of "API". */
  n = strlen(acronym);
  if (n > 2 && acronym[n - 1] == 's')
    for (k = 0; k < f->n_acronyms; k++)
      if (strlen(f->acronyms[k].acronym) == n - 1 &&
          strncmp(f->acronyms[k].acronym, acronym, n - 1) == 0)
        return &f->acronyms[k];
  return NULL;
}
