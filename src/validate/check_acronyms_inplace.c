/* check_acronyms_inplace.c - an acronym a summary writes where its source
 * writes something else: "open an FTP session straight from the menu"
 * where the source says "start an SSH session from menu", "during a T20
 * between Australia and India" where it says "during a one-day
 * international between Australia and India".  The words on both sides of
 * the acronym stand around other words in the source, which never writes
 * the acronym: the summary named another thing.  It judges no acronym the
 * source writes or the summary expands (the other checkers do), and no
 * words the acronym may stand for (their initials or its usual meanings).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/limits.h"
#include "util/alloc.h"
#include "util/known_acronyms.h"
#include "util/lexicon.h"
#include "validate/check_acronyms_internal.h"
#include "validate/validate_internal.h"

/* The most words the source may write in the acronym's place. */
#define PLACE_WORDS 4

/* How many words on each side of the acronym are matched at most. */
#define SIDE_WORDS 6

/* Is t[a..b) written as an acronym: two to ten letters and digits, opening
 * with a capital, no small letter, and two capitals or a capital and a
 * digit ("SSH", "T20")? */
static int acronym_word(const char *t, size_t a, size_t b)
{
  size_t k, caps = 0, digits = 0;
  if (b - a < 2 || b - a > 10 || t[a] < 'A' || t[a] > 'Z')
    return 0;
  for (k = a; k < b; k++) {
    if (t[k] >= 'a' && t[k] <= 'z')
      return 0;
    caps += t[k] >= 'A' && t[k] <= 'Z';
    digits += t[k] >= '0' && t[k] <= '9';
  }
  return caps >= 2 || digits > 0;
}

/* The word that ends right before t[a] across one space (its start in
 * *ws), or starts right after t[b] across one space (dir > 0); its length,
 * 0 when punctuation or the text's end lies between. */
static size_t next_to(const char *t, size_t len, size_t a, size_t b, int dir,
                      size_t *ws)
{
  size_t s, e;
  if (dir < 0) {
    if (a < 2 || t[a - 1] != ' ' ||
        !bc__check_is_alnum((unsigned char)t[a - 2]))
      return 0;
    for (s = a - 1; s > 0 && bc__check_is_alnum((unsigned char)t[s - 1]); s--)
      ;
    *ws = s;
    return a - 1 - s;
  }
  if (b + 1 >= len || t[b] != ' ' ||
      !bc__check_is_alnum((unsigned char)t[b + 1]))
    return 0;
  for (e = b + 1; e < len && bc__check_is_alnum((unsigned char)t[e]); e++)
    ;
  *ws = b + 1;
  return e - b - 1;
}

static int same_word(const char *a, size_t an, const char *b, size_t bn)
{
  return an == bn && strncasecmp(a, b, an) == 0;
}

/* How many content words match on side dir of the claim's a..b and the
 * source's sa..sb, word for word outward, up to SIDE_WORDS; the words
 * matched in *n. */
static size_t side_content(const char *ct, size_t clen, size_t a, size_t b,
                           const char *st, size_t slen, size_t sa, size_t sb,
                           int dir, size_t *n)
{
  size_t content = 0, cw = 0, sw = 0, cl, sl;
  for (*n = 0; *n < SIDE_WORDS; (*n)++) {
    cl = next_to(ct, clen, a, b, dir, &cw);
    sl = next_to(st, slen, sa, sb, dir, &sw);
    if (!cl || !same_word(ct + cw, cl, st + sw, sl))
      break;
    content += !bc__lex_is_skippable(ct + cw, cl);
    a = b = cw;
    sa = sb = sw;
    if (dir > 0) {
      b = cw + cl;
      sb = sw + sl;
    }
  }
  return content;
}

/* Is w[0..n) the indefinite article? */
static int indefinite(const char *w, size_t n)
{
  return same_word(w, n, "a", 1) || same_word(w, n, "an", 2);
}

/* Does a word of t[a..b) open with a capital? */
static int capitalised(const char *t, size_t a, size_t b)
{
  size_t k;
  for (k = a; k < b; k++)
    if (t[k] >= 'A' && t[k] <= 'Z' &&
        (k == a || !bc__check_is_alnum((unsigned char)t[k - 1])))
      return 1;
  return 0;
}

/* Could the source's words p[0..n) be what the acronym acr[0..an) stands
 * for, or be written by it?  Their first letter is its first ("chief
 * executive" for CEO, "the European Union" for EU), or a content word of
 * them is in one of its usual meanings ("health service" for NHS). */
static int may_stand_for(const char *acr, size_t an, const char *p, size_t n)
{
  const struct bc__known_acronym *k = bc__known_acronym_find(acr, an);
  size_t pos = 0, st, wl;
  if (bc__acr_lower((unsigned char)p[0]) ==
      bc__acr_lower((unsigned char)acr[0]))
    return 1;
  while ((wl = bc__validate_next_word(p, n, &pos, &st)) > 0) {
    size_t mpos = 0, mn, mp, ms, ml;
    const char *m;
    if (bc__lex_is_skippable(p + st, wl))
      continue;
    while (k && (mn = bc__known_acronym_next(k, &mpos, &m)) > 0)
      for (mp = 0; (ml = bc__validate_next_word(m, mn, &mp, &ms)) > 0;)
        if (bc__validate_words_match(p + st, wl, m + ms, ml))
          return 1;
  }
  return 0;
}

/* The words of the source's chain from its place ps..pe outward on side
 * dir, as side_content reads them: each word, case folded, into h (FNV-1a)
 * with a mark after it. */
static uint64_t chain_hash(const char *s, size_t slen, size_t ps, size_t pe,
                           int dir, uint64_t h)
{
  size_t a = ps, b = pe, w = 0, l, n, k;
  for (n = 0; n < SIDE_WORDS && (l = next_to(s, slen, a, b, dir, &w)) > 0;
       n++) {
    for (k = 0; k < l; k++) {
      h ^= (unsigned char)bc__acr_lower((unsigned char)s[w + k]);
      h *= 1099511628211ULL;
    }
    h ^= 0x100;
    h *= 1099511628211ULL;
    a = b = w;
    if (dir > 0)
      b = w + l;
  }
  return h;
}

/* Do the places x and y of the source hold the same words and have the
 * same words around them, as far as side_content reads? */
static int same_around(const char *s, size_t slen,
                       const struct bc__acr_place *x,
                       const struct bc__acr_place *y)
{
  int dir;
  if (x->pe - x->ps != y->pe - y->ps ||
      memcmp(s + x->ps, s + y->ps, x->pe - x->ps) != 0)
    return 0;
  for (dir = -1; dir <= 1; dir += 2) {
    size_t xa = x->ps, xb = x->pe, ya = y->ps, yb = y->pe, xw = 0, yw = 0, n;
    for (n = 0; n < SIDE_WORDS; n++) {
      size_t xl = next_to(s, slen, xa, xb, dir, &xw);
      size_t yl = next_to(s, slen, ya, yb, dir, &yw);
      if (xl != yl || (xl && !same_word(s + xw, xl, s + yw, yl)))
        return 0;
      if (!xl)
        break;
      xa = xb = xw;
      ya = yb = yw;
      if (dir > 0) {
        xb = xw + xl;
        yb = yw + yl;
      }
    }
  }
  return 1;
}

/* The places of the source between the word l[0..ln) and the word
 * r[0..rn) (case blind): one to PLACE_WORDS words with nothing but spaces
 * and hyphens between, in the source's order, and of those with the same
 * words in and around them (same_around) the first alone, for a claim
 * weighs them alike.  Kept in v for the next acronym between the same
 * words. */
static bc_status places_between(struct bc__vstate *v, const char *l, size_t ln,
                                const char *r, size_t rn)
{
  const char *s = v->doc->text;
  size_t slen = s ? v->doc->text_len : 0, o, n_occ, cap = 0, mask = 0;
  size_t *seen = NULL;
  uint64_t *seen_h = NULL;
  const size_t *occ;
  bc_status rc = BC_OK;
  if (v->pl_left && v->pl_ln == ln && v->pl_rn == rn &&
      same_word(v->pl_left, ln, l, ln) && same_word(v->pl_right, rn, r, rn))
    return BC_OK;
  free(v->pl_left);
  free(v->pl_right);
  v->pl_left = bc__malloc(ln);
  v->pl_right = bc__malloc(rn);
  v->n_places = 0;
  if (!v->pl_left || !v->pl_right) {
    free(v->pl_left);
    free(v->pl_right);
    v->pl_left = v->pl_right = NULL;
    return BC_ERR_NOMEM;
  }
  memcpy(v->pl_left, l, ln);
  memcpy(v->pl_right, r, rn);
  v->pl_ln = ln;
  v->pl_rn = rn;
  /* The places of the word before the acronym, in the source's order: the
   * words of each are read up to the one after them. */
  occ = bc__word_index_find(&v->src_words, l, ln, &n_occ);
  for (o = 0; o < n_occ && !rc; o++) {
    size_t i = v->src_words.start[occ[o]], k, words = 0, e, slot;
    int inword = 0;
    uint64_t h;
    struct bc__acr_place p;
    if (i + ln >= slen || s[i + ln] != ' ')
      continue;
    /* the words in the place, up to the one after them */
    for (k = i + ln + 1; k < slen && words <= PLACE_WORDS; k++) {
      if (bc__check_is_alnum((unsigned char)s[k])) {
        if (!inword) {
          inword = 1;
          for (e = k; e < slen && bc__check_is_alnum((unsigned char)s[e]); e++)
            ;
          if (words >= 1 && e - k == rn && same_word(s + k, rn, r, rn) &&
              s[k - 1] == ' ')
            break;
          words++;
        }
      } else if (s[k] == '-' && k + 1 < slen &&
                 bc__check_is_alnum((unsigned char)s[k + 1])) {
        /* a hyphenated word ("one-day") is one word */
        for (e = k + 1; e < slen && bc__check_is_alnum((unsigned char)s[e]);
             e++)
          ;
        k = e - 1;
      } else if (s[k] == ' ') {
        inword = 0;
      } else {
        break;
      }
    }
    v->scanned += (double)(k - i);
    if (k >= slen || words == 0 || words > PLACE_WORDS ||
        !bc__check_is_alnum((unsigned char)s[k]))
      continue;
    p = (struct bc__acr_place){i + ln + 1, k - 1, words};
    h = 14695981039346656037ULL;
    for (e = p.ps; e < p.pe; e++) {
      h ^= (unsigned char)s[e];
      h *= 1099511628211ULL;
    }
    h = chain_hash(s, slen, p.ps, p.pe, 1,
                   chain_hash(s, slen, p.ps, p.pe, -1, h ^ 0x200));
    /* a table of the places kept, at most half full */
    if (2 * (v->n_places + 1) > cap) {
      size_t nc = cap ? 2 * cap : 64, m;
      size_t *s2 = bc__calloc(nc, sizeof *s2);
      uint64_t *h2 = s2 ? bc__calloc(nc, sizeof *h2) : NULL;
      struct bc__acr_place *p2 =
          h2 ? bc__realloc(v->places, nc / 2 * sizeof *p2) : NULL;
      if (!p2) {
        free(s2);
        free(h2);
        rc = BC_ERR_NOMEM;
        break;
      }
      v->places = p2;
      for (m = 0; m < cap; m++)
        if (seen[m]) {
          size_t q = (size_t)seen_h[m] & (nc - 1);
          while (s2[q])
            q = (q + 1) & (nc - 1);
          s2[q] = seen[m];
          h2[q] = seen_h[m];
        }
      free(seen);
      free(seen_h);
      seen = s2;
      seen_h = h2;
      cap = nc;
      mask = nc - 1;
    }
    for (slot = (size_t)h & mask; seen[slot]; slot = (slot + 1) & mask)
      if (seen_h[slot] == h &&
          same_around(s, slen, &v->places[seen[slot] - 1], &p))
        break;
    if (seen[slot])
      continue;
    v->places[v->n_places++] = p;
    seen[slot] = v->n_places;
    seen_h[slot] = h;
  }
  free(seen);
  free(seen_h);
  if (rc) {
    free(v->pl_left);
    v->pl_left = NULL;
  }
  return rc;
}

/* The source's words in the place of the claim's acronym at t[a..b):
 * between a word that equals the one before the acronym and one that
 * equals the one after it, one to PLACE_WORDS words with nothing but
 * spaces and hyphens between, that are neither the acronym nor what it may
 * stand for.  Of such places, the one whose matching words on both sides
 * hold the most content words, into *out; those words' count returned, or
 * -1 when there is no place. */
static int source_place(struct bc__vstate *v, const char *t, size_t len,
                        size_t a, size_t b, struct bc_span *out, int *acr_place)
{
  const char *s = v->doc->text;
  size_t slen = s ? v->doc->text_len : 0, lw, ln, rw, rn, o;
  int best = -1;
  if ((ln = next_to(t, len, a, b, -1, &lw)) == 0 ||
      (rn = next_to(t, len, a, b, 1, &rw)) == 0)
    return -1;
  if ((v->rc = places_between(v, t + lw, ln, t + rw, rn)) != BC_OK)
    return -1;
  for (o = 0; o < v->n_places; o++) {
    size_t ps = v->places[o].ps, pe = v->places[o].pe, n;
    int content, acr_here = pe - ps <= 10 && acronym_word(s, ps, pe);
    v->scanned += (double)(pe - ps);
    if (same_word(s + ps, pe - ps, t + a, b - a) ||
        may_stand_for(t + a, b - a, s + ps, pe - ps))
      continue;
    /* Words in the acronym's place name another thing when they are an
     * acronym themselves, or a kind of thing of two words or more after
     * "a" or "an" ("a one-day international"); a single word is more
     * often a word the summary dropped for a name ("of total population"
     * for "of US population"), a capitalised one may be the acronym's
     * own thing by another name ("Britain" for UK), and one after "the"
     * may describe it ("the world body" for the UN), and one with a
     * figure is a measure ("a 16-week course"), not a thing. */
    if (!acr_here &&
        (v->places[o].words < 2 || capitalised(s, ps, pe) ||
         !indefinite(t + lw, ln) || bc__check_has_digit(s + ps, pe - ps)))
      continue;
    content = (int)(side_content(t, len, a, b, s, slen, ps, pe, -1, &n) +
                    side_content(t, len, a, b, s, slen, ps, pe, 1, &n));
    if (content > best) {
      best = content;
      *out = (struct bc_span){ps, pe};
      *acr_place = acr_here;
    }
  }
  return best;
}

static int by_letters(const void *a, const void *b)
{
  return strcmp(a, b);
}

/* The source's words by their spelling, the letters of each run of
 * letters with a full stop after each ("U.S.A."), sorted, and the words of
 * its normalized text (v->norm): read once, on the first acronym that
 * asks. */
static bc_status prepare(struct bc__vstate *v)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, a, cap = 0;
  bc_status rc;
  if (v->acr_words_made)
    return BC_OK;
  rc = bc__source_words(v) ? BC_OK : BC_ERR_NOMEM;
  if (!rc)
    rc = bc__word_index_init(&v->norm_words, v->norm, strlen(v->norm),
                             BC__WORDS_SPACED);
  if (rc)
    return rc;
  /* A run opens where a word starts and is one letter long; only its
   * first BC__DOTTED_MAX letters can spell an acronym. */
  for (a = 0; a + 2 <= len; a++) {
    size_t k;
    if ((a > 0 && bc__check_is_alnum((unsigned char)t[a - 1])) ||
        !bc__check_is_alnum((unsigned char)t[a]) || t[a + 1] != '.')
      continue;
    if (v->n_dotted == cap) {
      size_t nc = cap ? 2 * cap : 16;
      char(*d2)[BC__DOTTED_MAX + 1] =
          bc__realloc(v->dotted, nc * sizeof *v->dotted);
      if (!d2)
        return BC_ERR_NOMEM;
      v->dotted = d2;
      cap = nc;
    }
    memset(v->dotted[v->n_dotted], 0, sizeof *v->dotted);
    for (k = 0; k < BC__DOTTED_MAX && a + 2 * k + 2 <= len &&
                bc__check_is_alnum((unsigned char)t[a + 2 * k]) &&
                t[a + 2 * k + 1] == '.';
         k++)
      v->dotted[v->n_dotted][k] = t[a + 2 * k];
    v->n_dotted++;
  }
  if (v->n_dotted > 1) /* qsort of no array (NULL) is undefined */
    qsort(v->dotted, v->n_dotted, sizeof *v->dotted, by_letters);
  v->acr_words_made = 1;
  return BC_OK;
}

/* Does the source write acr (or its plural) as a word, as bc__acr_writes
 * reads the source: a word of the same letters in the same case, or those
 * and a small s? */
static int writes_word(struct bc__vstate *v, const char *acr)
{
  const char *t = v->doc->text;
  size_t n = strlen(acr), m, c, i;
  char plural[BC__DOTTED_MAX + 2];
  for (m = n; m <= n + 1; m++) {
    const size_t *at;
    if (m > n) {
      if (n + 1 >= sizeof plural)
        break;
      memcpy(plural, acr, n);
      plural[n] = 's';
    }
    at = bc__word_index_find(&v->src_words, m > n ? plural : acr, m, &c);
    for (i = 0; i < c; i++) {
      const char *w = t + v->src_words.start[at[i]];
      v->scanned += (double)m;
      if (memcmp(w, acr, n) == 0 && (m == n || w[n] == 's'))
        return 1;
    }
  }
  return 0;
}

/* Does the source write acr with a full stop after each letter ("U.S."
 * for US, "M.O." for MO)?  A run whose letters open with acr's. */
static int writes_dotted(const struct bc__vstate *v, const char *acr)
{
  size_t lo = 0, hi = v->n_dotted, n = strlen(acr);
  if (n > BC__DOTTED_MAX)
    return 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(v->dotted[mid], acr) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < v->n_dotted && strncmp(v->dotted[lo], acr, n) == 0;
}

/* Does the source's normalized text (title and author with it) hold the
 * phrase p[0..n), word for word, as bc__check_in_source finds it?  Its
 * rarest word's places are the only ones read.  Out-of-memory is kept in
 * v->rc. */
static int in_norm(struct bc__vstate *v, const char *p, size_t n)
{
  const struct bc__word_index *x = &v->norm_words;
  char *q = bc__check_normalize(p, n);
  size_t ws[16], wl[16], k = 0, i, j, rare = 0, least = 0, c;
  const size_t *at = NULL;
  int found = 0;
  if (!q) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  for (i = 0; q[i] && !found; i = j) {
    if (q[i] == ' ') {
      j = i + 1;
      continue;
    }
    for (j = i; q[j] && q[j] != ' '; j++)
      ;
    if (k == sizeof ws / sizeof ws[0]) {
      /* a phrase of more words than kept: search the text itself */
      found = strstr(v->norm, q) != NULL ? 1 : -1;
      v->scanned += (double)strlen(v->norm);
      break;
    }
    ws[k] = i;
    wl[k] = j - i;
    {
      const size_t *w = bc__word_index_find(x, q + i, j - i, &c);
      if (!w) {
        found = -1;
        break;
      }
      if (k == 0 || c < least) {
        least = c;
        rare = k;
        at = w;
      }
    }
    k++;
  }
  if (k == 0 && !found)
    found = 1; /* no word: an empty phrase is in any text */
  for (i = 0; !found && i < least; i++) {
    size_t first = at[i] - rare, m;
    if (at[i] < rare || first + k > x->n)
      continue;
    for (m = 0; m < k; m++) {
      size_t w = first + m;
      v->scanned += (double)wl[m];
      if (x->len[w] != wl[m] ||
          memcmp(x->t + x->start[w], q + ws[m], wl[m]) != 0)
        break;
    }
    if (m == k)
      found = 1;
  }
  free(q);
  return found == 1;
}

/* Does the source write out one of the usual meanings of acr ("the level
 * deemed safe by the World Health Organization" for WHO)?  Then it names
 * the thing the acronym stands for, in its own order of words.  Each
 * well-known acronym is looked for once per check. */
static int writes_meaning(struct bc__vstate *v, const char *acr)
{
  const struct bc__known_acronym *k = bc__known_acronym_find(acr, strlen(acr));
  size_t pos = 0, mn, all, at;
  const struct bc__known_acronym *table = bc__known_acronyms(&all);
  const char *m;
  int found = 0;
  if (!k)
    return 0;
  at = (size_t)(k - table);
  if (!v->acr_meaning) {
    v->acr_meaning = bc__calloc(all ? all : 1, 1);
    if (!v->acr_meaning) {
      v->rc = BC_ERR_NOMEM;
      return 1;
    }
  }
  if (at < all && v->acr_meaning[at])
    return v->acr_meaning[at] == 2;
  while (!found && (mn = bc__known_acronym_next(k, &pos, &m)) > 0)
    found = in_norm(v, m, mn);
  if (at < all && !v->rc)
    v->acr_meaning[at] = found ? 2 : 1;
  return found;
}

/* Does the analyzer read t[a..b) of the claim as a date, a time or a
 * number ("Q3", "H1")?  Then it is the date or number checker's. */
static int read_as_value(const struct bc__claim *c, size_t a, size_t b)
{
  const struct bc_facts *f = c->f;
  size_t i;
  for (i = 0; i < f->n_dates; i++)
    if (f->dates[i].span.start < b && a < f->dates[i].span.end)
      return 1;
  for (i = 0; i < f->n_times; i++)
    if (f->times[i].span.start < b && a < f->times[i].span.end)
      return 1;
  for (i = 0; i < f->n_numbers; i++)
    if (f->numbers[i].span.start < b && a < f->numbers[i].span.end)
      return 1;
  return 0;
}

/* Does the claim define acr[0..n) itself ("T20 (Twenty20)")?  Then the
 * expansion checkers judge it. */
static int claim_defines(const struct bc__claim *c, const char *acr, size_t n)
{
  size_t i;
  for (i = 0; i < c->f->n_acronyms; i++)
    if (strlen(c->f->acronyms[i].acronym) == n &&
        strncmp(c->f->acronyms[i].acronym, acr, n) == 0)
      return 1;
  return 0;
}

/* Words of the claim's sentence and the source place's that must match
 * besides, to say the two sentences tell the same. */
#define SAME_TELLING 3

void bc__acr_in_place(struct bc__vstate *v, struct bc__claim *c)
{
  const char *t = c->text;
  size_t len = c->len, a = 0;
  while (a < len && !v->rc) {
    size_t b = a;
    struct bc_span place;
    struct bc__context cx, sx;
    int content, acr_place = 0;
    char acr[16], *says, msg[256];
    if (!bc__check_is_alnum((unsigned char)t[a]) ||
        (a > 0 && bc__check_is_alnum((unsigned char)t[a - 1]))) {
      a++;
      continue;
    }
    while (b < len && bc__check_is_alnum((unsigned char)t[b]))
      b++;
    if (!acronym_word(t, a, b) || (b < len && t[b] == '.') ||
        (a > 0 && t[a - 1] == '.') || bc__acr_taken(c, a, b) ||
        read_as_value(c, a, b) || claim_defines(c, t + a, b - a)) {
      a = b;
      continue;
    }
    memcpy(acr, t + a, b - a);
    acr[b - a] = '\0';
    /* Each acronym reads the places of a few words of the source: a
     * safety cap on their sum. */
    if (v->scanned > BC_MAX_CHECK_SCAN) {
      snprintf(msg, sizeof msg,
               "not checked: looking in the source for what it writes in the "
               "place of %s and the acronyms after it passes the checker's "
               "limit of %.0f MB read",
               acr, BC_MAX_CHECK_SCAN / 1e6);
      bc__check_add_unread(v, c, BC_FINDING_ACRONYM, (struct bc_span){a, b},
                           msg);
      return;
    }
    if (!v->acr_words_made && (v->rc = prepare(v)) != BC_OK)
      return;
    if (writes_word(v, acr) || writes_dotted(v, acr) ||
        writes_meaning(v, acr) || v->rc ||
        (content = source_place(v, t, len, a, b, &place, &acr_place)) < 0 ||
        content < (acr_place ? 1 : 2)) {
      a = b;
      continue;
    }
    /* The two sentences tell the same besides: their words match. */
    bc__validate_context(t, len, (struct bc_span){a, b}, &cx);
    bc__validate_context(v->doc->text, v->doc->text_len, place, &sx);
    if (bc__validate_overlap(&cx, &sx) < SAME_TELLING) {
      a = b;
      continue;
    }
    says = bc__check_source_text(v, place);
    if (!says || !bc__acr_record(c, a, b)) {
      free(says);
      v->rc = BC_ERR_NOMEM;
      return;
    }
    snprintf(msg, sizeof msg,
             "the source writes %s here and never %s; the summary names "
             "another thing",
             says, acr);
    v->r->checked.acronyms++;
    bc__check_add(v, c, BC_FINDING_ACRONYM, BC_SEV_ERROR,
                  (struct bc_span){a, b}, says, place, NULL, msg);
    free(says);
    a = b;
  }
}
