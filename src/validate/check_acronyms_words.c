/* check_acronyms_words.c - the word helpers every acronym rule shares: how a
 * text writes an acronym, the source's definition of one, whether words say
 * what the source says, what a claim already holds.  No rule lives here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/analyze.h"
#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/known_acronyms.h"
#include "util/lexicon.h"
#include "validate/check_acronyms_internal.h"
#include "validate/validate_internal.h"

size_t bc__acr_letters_of(const char *acr)
{
  size_t n = 0;
  for (; *acr; acr++)
    if (bc__check_is_alnum((unsigned char)*acr))
      n++;
  return n;
}

/* The source's definition of acr on the fact sheet (the analyzer keeps the
 * first of each), also for a plural ("APIs") or another case ("OTEL").
 * Words that hold the acronym itself define nothing ("USB charging cable
 * (USB-A to USB Micro-B)"). */
const struct bc_acronym_fact *bc__acr_source_def(const struct bc__vstate *v,
                                                 const char *acr)
{
  const struct bc_acronym_fact *d = bc_facts_find_acronym(v->facts, acr);
  size_t k;
  for (k = 0; !d && k < v->facts->n_acronyms; k++)
    if (strcasecmp(v->facts->acronyms[k].acronym, acr) == 0)
      d = &v->facts->acronyms[k];
  if (d && bc__acr_writes(d->expansion, strlen(d->expansion), d->acronym))
    return NULL;
  return d;
}

/* The last word of s[0..n) (*ws, returns its length; 0 when none). */
size_t bc__acr_last_word(const char *s, size_t n, size_t *ws)
{
  size_t pos = 0, st, wl, len = 0;
  while ((wl = bc__validate_next_word(s, n, &pos, &st)) > 0) {
    *ws = st;
    len = wl;
  }
  return len;
}

/* The words of t[s..e) against acr: how many (*words), how many content
 * words have a capital (*caps), and how many of acr's letters are the
 * initials of content words, in order (returned). */
size_t bc__acr_initial_hits(const char *acr, const char *t, size_t s, size_t e,
                            size_t *words, size_t *caps)
{
  size_t pos = s, st, wl, hit = 0, k = 0, an = strlen(acr);
  *words = *caps = 0;
  while ((wl = bc__validate_next_word(t, e, &pos, &st)) > 0) {
    ++*words;
    if (bc__lex_is_skippable(t + st, wl))
      continue;
    *caps += t[st] >= 'A' && t[st] <= 'Z';
    while (k < an && !bc__check_is_alnum((unsigned char)acr[k]))
      k++;
    if (k < an && bc__acr_lower((unsigned char)acr[k]) ==
                      bc__acr_lower((unsigned char)t[st])) {
      hit++;
      k++;
    }
  }
  return hit;
}

/* Does t[s..e) share a content word (its stem) with def? */
int bc__acr_shares_word(const char *t, size_t s, size_t e, const char *def)
{
  size_t pos = s, st, wl, dn = strlen(def);
  while ((wl = bc__validate_next_word(t, e, &pos, &st)) > 0) {
    size_t p = 0, ds, dl;
    uint32_t h;
    if (bc__lex_is_skippable(t + st, wl))
      continue;
    h = bc__validate_stem_hash(t + st, wl);
    while ((dl = bc__validate_next_word(def, dn, &p, &ds)) > 0)
      if (!bc__lex_is_skippable(def + ds, dl) &&
          bc__validate_stem_hash(def + ds, dl) == h)
        return 1;
  }
  return 0;
}

/* Does the claim p[0..n) give the source's expansion def of acr?  The
 * same words (equivalence.c), or more words around them ("Centers for
 * Disease Control and Prevention" for "Centers for Disease Control"), or
 * the leading words of a longer name that spell the acronym as well. */
int bc__acr_same_words(const char *acr, const char *p, size_t n,
                       const char *def)
{
  size_t dn = strlen(def);
  return bc__validate_expansions_match(p, n, def, dn) ||
         bc__validate_expansion_within(def, dn, p, n) ||
         (bc__validate_expansion_within(p, n, def, dn) &&
          bc__validate_fits_acronym(acr, p, n));
}

/* Remember that t[es..ee) of the claim is an expansion (the name checker
 * leaves it alone).  0 on out-of-memory. */
int bc__acr_record(struct bc__claim *c, size_t es, size_t ee)
{
  struct bc_span *grown = bc__realloc(c->exp, (c->n_exp + 1) * sizeof *grown);
  if (!grown)
    return 0;
  c->exp = grown;
  grown[c->n_exp++] = (struct bc_span){es, ee};
  return 1;
}

/* A capitalised word (not an acronym, not one letter): 1; a function word:
 * 2; anything else: 0. */
int bc__acr_word_class(const char *w, size_t n)
{
  size_t k, up = 0;
  if (w[0] >= 'A' && w[0] <= 'Z') {
    for (k = 0; k < n; k++)
      up += w[k] >= 'A' && w[k] <= 'Z';
    if (n < 2 || (up >= 2 && up * 2 >= n))
      return 0;
    return 1;
  }
  return bc__lex_is_skippable(w, n) ? 2 : 0;
}

/* Only spaces or one hyphen between two words of a run, or the apostrophe
 * of a plural possessive ("Citizens' Independent", "Citizens’ ..."). */
int bc__acr_joins(const char *t, size_t a, size_t b)
{
  size_t hy = 0;
  if (a > 0 && (t[a - 1] == 's' || t[a - 1] == 'S') && a < b) {
    size_t m = t[a] == '\'' ? 1
               : a + 3 <= b && (unsigned char)t[a] == 0xE2 &&
                       (unsigned char)t[a + 1] == 0x80 &&
                       (unsigned char)t[a + 2] == 0x99
                   ? 3
                   : 0;
    if (m && (a + m == b || t[a + m] != ' '))
      return 0;
    a += m;
  }
  /* "Pacific Gas & Electric", "Procter & Gamble": an ampersand joins the
   * words of a name. */
  if (b - a == 3 && t[a] == ' ' && t[a + 1] == '&' && t[a + 2] == ' ')
    return 1;
  for (; a < b; a++) {
    if (t[a] == '-')
      hy++;
    else if (t[a] != ' ')
      return 0;
  }
  return hy <= 1;
}

/* Does the text write acr (or its plural) as a word? */
int bc__acr_writes(const char *t, size_t len, const char *acr)
{
  size_t n = strlen(acr), a;
  if (n == 0)
    return 0;
  for (a = 0; a + n <= len; a++) {
    size_t b = a + n;
    if (t[a] != acr[0] || memcmp(t + a, acr, n) != 0)
      continue;
    if (b < len && t[b] == 's')
      b++;
    if ((a == 0 || !bc__check_is_alnum((unsigned char)t[a - 1])) &&
        (b >= len || !bc__check_is_alnum((unsigned char)t[b])))
      return 1;
  }
  return 0;
}

/* The sentence around t[at] (bounded like a fact's context). */
void bc__acr_sentence_at(const char *t, size_t len, size_t at, size_t *s,
                         size_t *e)
{
  *s = *e = at;
  while (*s > 0 && at - *s < 400 && !bc__validate_sentence_end(t, *s - 1, len))
    (*s)--;
  while (*e < len && *e - at < 400 && !bc__validate_sentence_end(t, *e, len))
    (*e)++;
}

/* Does the source write the content words of p[0..n) in that order,
 * close together, whatever the case and the small words between ("the
 * head of the data platform" for "Head of Data Platform")?  Then the
 * phrase says what the source says, whatever its initials. */
int bc__acr_loosely_in_source(const struct bc__vstate *v, const char *p,
                              size_t n)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, ws[12], wn[12], k = 0, pos = 0, st, wl;
  size_t q = 0, qs, ql;
  if (!t)
    return 0;
  while (k < 12 && (wl = bc__validate_next_word(p, n, &pos, &st)) > 0)
    if (!bc__lex_is_skippable(p + st, wl)) {
      ws[k] = st;
      wn[k++] = wl;
    }
  if (k == 0)
    return 0;
  while ((ql = bc__validate_next_word(t, len, &q, &qs)) > 0) {
    size_t r = q, rs, rl, m = 1, gap = 0;
    if (!bc__validate_words_match(p + ws[0], wn[0], t + qs, ql))
      continue;
    /* The others in order, at most two other words between each. */
    while (m < k && gap <= 2 &&
           (rl = bc__validate_next_word(t, len, &r, &rs))) {
      if (bc__validate_words_match(p + ws[m], wn[m], t + rs, rl)) {
        m++;
        gap = 0;
      } else if (bc__validate_sentence_end(t, rs + rl - 1, len) ||
                 (rs + rl < len &&
                  bc__validate_sentence_end(t, rs + rl, len))) {
        break;
      } else {
        gap++;
      }
    }
    if (m == k)
      return 1;
  }
  return 0;
}

/* Is t[s..e) part of something the claim already says: an expansion
 * checked, an acronym or expansion the analyzer read, a person's name?
 * implicit_free: an acronym read only by initial letters (a name the
 * claim writes out and shortens later, "Pacific Gas ... PG&E") leaves it
 * free. */
int bc__acr_taken_as(const struct bc__claim *c, size_t s, size_t e,
                     int implicit_free)
{
  const struct bc_facts *f = c->f;
  size_t k;
  for (k = 0; k < c->n_exp; k++)
    if (s < c->exp[k].end && c->exp[k].start < e)
      return 1;
  for (k = 0; k < f->n_acronyms; k++)
    if (((s < f->acronyms[k].span.end && f->acronyms[k].span.start < e) ||
         (s < f->acronyms[k].expansion_span.end &&
          f->acronyms[k].expansion_span.start < e)) &&
        !(implicit_free && bc__acr_implicit_fact(c->text, &f->acronyms[k])))
      return 1;
  for (k = 0; k < f->n_names; k++)
    if (f->names[k].kind == BC_NAME_PERSON && s < f->names[k].span.end &&
        f->names[k].span.start < e)
      return 1;
  return 0;
}

int bc__acr_taken(const struct bc__claim *c, size_t s, size_t e)
{
  return bc__acr_taken_as(c, s, e, 0);
}

/* A word that counts for the match: not a function word, two letters or
 * more ("U" and "S" of "U.S." say little). */
int bc__acr_content_word(const char *w, size_t n)
{
  return n >= 2 && !bc__lex_is_skippable(w, n);
}

/* Does the source write w with a capital where no sentence starts ("the
 * Consumer Protection Agency")?  Then it names something with it, which
 * the claim may name. */
int bc__acr_capital_in_source(const struct bc__vstate *v, const char *w,
                              size_t n)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, pos = 0, st, wl;
  if (!t)
    return 0;
  while ((wl = bc__validate_next_word(t, len, &pos, &st)) > 0)
    if (wl == n && t[st] >= 'A' && t[st] <= 'Z' &&
        strncasecmp(t + st, w, n) == 0 && !bc__check_starts_sentence(t, st))
      return 1;
  return 0;
}

/* Is p[0..n) the expansion of one of the source's acronyms? */
int bc__acr_source_expansion(const struct bc__vstate *v, const char *p,
                             size_t n)
{
  size_t k;
  for (k = 0; k < v->facts->n_acronyms; k++) {
    const char *x = v->facts->acronyms[k].expansion;
    if (bc__validate_expansions_match(p, n, x, strlen(x)))
      return 1;
  }
  return 0;
}

/* Report the claim's words c->text[s..e) as an error, the source saying
 * said (NULL: out of memory), repaired to fix, with message msg (NULL:
 * out of memory); the words are recorded as checked. */
void bc__acr_error_at(struct bc__vstate *v, struct bc__claim *c, size_t s,
                      size_t e, const char *said, const char *fix,
                      const char *msg)
{
  if (!said || !msg || !bc__acr_record(c, s, e)) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  v->r->checked.acronyms++;
  bc__check_add(v, c, BC_FINDING_ACRONYM, BC_SEV_ERROR, (struct bc_span){s, e},
                said, (struct bc_span){0, 0}, fix, msg);
}
