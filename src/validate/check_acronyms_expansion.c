/* check_acronyms_expansion.c - the judgement of one expansion a summary gives
 * for an acronym: against the source's definition, the source's own words for
 * an acronym it never defines, or what a well-known acronym usually stands
 * for.  Which phrases are expansions is the other rules' business. */
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

/* Words beside the source's occurrence of d's acronym at t[a..b), in
 * parentheses either way, that spell it and are not d's expansion:
 * "physical therapy (PT)" defined, then "PT (part-time)". */
static int other_definition(const char *t, size_t len, size_t a, size_t b,
                            const struct bc_acronym_fact *d)
{
  const char *acr = d->acronym;
  size_t dn = strlen(d->expansion), an = bc__acr_letters_of(acr);
  if (a >= 2 && t[a - 1] == '(' && b < len && t[b] == ')') {
    size_t e = a - 1, s, words = 0;
    while (e > 0 && t[e - 1] == ' ')
      e--;
    s = e;
    while (s > 0 && words < an + 2) {
      size_t w = s;
      while (w > 0 && t[w - 1] != ' ' && !strchr(".;:()\n,", t[w - 1]))
        w--;
      if (w == s)
        break;
      s = w;
      words++;
      if (bc__validate_fits_acronym(acr, t + s, e - s))
        return !bc__validate_expansions_match(t + s, e - s, d->expansion, dn);
      if (s == 0 || t[s - 1] != ' ')
        break;
      s--;
    }
    return 0;
  }
  if (b + 1 < len && t[b] == ' ' && t[b + 1] == '(') {
    size_t s = b + 2, e = s;
    while (e < len && e < s + 200 && !strchr("()\n", t[e]))
      e++;
    if (e < len && t[e] == ')' && bc__validate_fits_acronym(acr, t + s, e - s))
      return !bc__validate_expansions_match(t + s, e - s, d->expansion, dn);
  }
  return 0;
}

/* Does the source give d's acronym another expansion somewhere?  Then a
 * repair cannot choose one. */
static int ambiguous(const struct bc__vstate *v,
                     const struct bc_acronym_fact *d)
{
  const char *t = v->doc->text, *p = t;
  size_t n = strlen(d->acronym), len = v->doc->text_len;
  if (!t || n == 0)
    return 0;
  while ((p = strstr(p, d->acronym)) != NULL) {
    size_t a = (size_t)(p - t), b = a + n;
    p += n;
    if ((a > 0 && bc__check_is_alnum((unsigned char)t[a - 1])) ||
        (b < len && bc__check_is_alnum((unsigned char)t[b])) ||
        a == d->span.start)
      continue;
    if (other_definition(t, len, a, b, d))
      return 1;
  }
  return 0;
}

/* The repair: the source's wording, keeping the claim's plural
 * ("Customer Success Architects" becomes "Cloud Solution Architects"). */
char *bc__acr_fix_for(const char *claim, size_t cn, const char *def)
{
  size_t dn = strlen(def), cs = 0, ds = 0;
  size_t cl = bc__acr_last_word(claim, cn, &cs),
         dl = bc__acr_last_word(def, dn, &ds);
  if (cl == dl + 1 && ds + dl == dn && claim[cs + cl - 1] == 's' &&
      def[dn - 1] != 's' && strncasecmp(claim + cs, def + ds, dl) == 0) {
    struct bc_buf b = BC_BUF_INIT((size_t)-1);
    bc_buf_add(&b, def, dn);
    bc_buf_addc(&b, 's');
    return bc_buf_take(&b, NULL);
  }
  return bc__strdup(def);
}

/* Do words that do not spell the acronym still read as its expansion, not
 * as a description ("BBC (British broadcaster)", "SLOs, which means
 * services should ...")?  Capitalised words do; lower-case ones when there
 * is a word for each letter and half the letters are their initials, in
 * order ("mean time between failures" for MTTR), in one phrase ("RAGE
 * (reality first, then aspirations)" is an aside). */
static int reads_as_expansion(const char *acr, const char *t, size_t s,
                              size_t e)
{
  size_t words, caps, n = bc__acr_letters_of(acr);
  size_t hit = bc__acr_initial_hits(acr, t, s, e, &words, &caps);
  if (caps >= 2)
    return 1;
  return words >= n && 2 * hit >= n && !memchr(t + s, ',', e - s);
}

/* Are the words given as acr's expansion rather a description of it?
 * Words that spell it by their initials never are, nor one long word that
 * spells it from inside ("polysomnography (PSG)"), nor words that read as
 * an expansion.  Other words that spell it from inside ("interlibrary
 * loan" for ILL) are a description when they share a word with the
 * source's expansion def ("BBC (British broadcaster)" for "British
 * Broadcasting Corporation"), or when the source has none; words that do
 * not spell it always are. */
static int description(const char *acr, enum bc__acr_how how, const char *t,
                       size_t s, size_t e, const char *def)
{
  size_t pos = s, st, words = 0;
  if (how == HOW_FITS || how == HOW_IMPLICIT || how == HOW_ELSEWHERE ||
      how == HOW_NEAR)
    return 0;
  while (bc__validate_next_word(t, e, &pos, &st) > 0)
    words++;
  if ((how == HOW_LETTERS && words == 1) || reads_as_expansion(acr, t, s, e))
    return 0;
  /* What a well-known acronym stands for with one word changed is a slip
   * of that name, not a description, though its letters come from inside
   * the changed word ("gastrointestinal reflux disease" for GERD). */
  if (!def && bc__acr_near_known(acr, t + s, e - s))
    return 0;
  return how == HOW_LOOSE || !def || bc__acr_shares_word(t, s, e, def);
}

/* Was an acronym finding made already at offset at of this field (the
 * glossary pass reads a definition the text pass has read)?  Then it takes
 * the repair *fix if it had none. */
int bc__acr_reported(struct bc__vstate *v, const struct bc__claim *c, size_t at,
                     char **fix)
{
  size_t k;
  if (v->per_line)
    return 0; /* one text, one pass */
  for (k = 0; k < v->r->n_findings; k++) {
    struct bc_finding *f = &v->r->findings[k];
    if (f->claim_offset != at || strcmp(f->kind, BC_FINDING_ACRONYM) != 0 ||
        strcmp(f->field, c->field) != 0)
      continue;
    if (!f->fix && *fix) {
      f->fix = *fix;
      *fix = NULL;
    }
    return 1;
  }
  return 0;
}

/* Did the check warn already that the source never gives the expansion
 * p[0..n) (a summary repeats itself)? */
static int warned(const struct bc__vstate *v, const char *p, size_t n)
{
  size_t k;
  for (k = 0; k < v->r->n_findings; k++) {
    const struct bc_finding *f = &v->r->findings[k];
    if (f->severity == BC_SEV_WARNING &&
        strcmp(f->kind, BC_FINDING_ACRONYM) == 0 && strlen(f->claim) == n &&
        strncasecmp(f->claim, p, n) == 0)
      return 1;
  }
  return 0;
}

/* The content words of p[0..n), and how many of them are words of def. */
static size_t content_words(const char *p, size_t n, const char *def,
                            size_t *shared)
{
  size_t pos = 0, st, wl, k = 0;
  *shared = 0;
  while ((wl = bc__validate_next_word(p, n, &pos, &st)) > 0)
    if (!bc__lex_is_skippable(p + st, wl)) {
      k++;
      *shared += bc__acr_shares_word(p, st, st + wl, def);
    }
  return k;
}

/* Do t[s..e) hold words only, two or more, the first one with acr's first
 * letter and none of them acr itself? */
static int plain_phrase(const char *t, size_t s, size_t e, const char *acr)
{
  size_t pos = s, st, wl, words = 0;
  if (e <= s || bc__acr_lower((unsigned char)t[s]) !=
                    bc__acr_lower((unsigned char)acr[0]))
    return 0;
  for (pos = s; pos < e; pos++)
    if (strchr(".,;:()[]\n\"", t[pos]))
      return 0;
  pos = s;
  while ((wl = bc__validate_next_word(t, e, &pos, &st)) > 0) {
    if (wl == strlen(acr) && memcmp(t + st, acr, wl) == 0)
      return 0;
    words++;
  }
  return words >= 2;
}

/* What the source says acr stands for where the analyzer read no
 * definition of it: the capitalised words in parentheses right after it,
 * though they do not spell it ("RPM (Revenue Per Thousand)"), else, when
 * the source writes acr, words anywhere that spell it ("the national gross
 * domestic product ... GDP").  Their span in *out; 1 for words beside
 * acr, 2 for words elsewhere, 3 for words of a source that never writes
 * acr, 0 when there are none. */
static int source_words(const struct bc__vstate *v, const char *acr,
                        struct bc_span *out)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, n = strlen(acr), a, pos, st, wl;
  size_t letters = bc__acr_letters_of(acr);
  int written;
  if (!t || n < 2 || letters < 2)
    return 0;
  for (a = 0; a + n + 2 < len; a++) {
    size_t s = a + n + 2, e = s, words = 0, caps = 0;
    if (t[a] != acr[0] || memcmp(t + a, acr, n) != 0 ||
        (a > 0 && bc__check_is_alnum((unsigned char)t[a - 1])) ||
        t[a + n] != ' ' || t[a + n + 1] != '(')
      continue;
    while (e < len && e < s + 120 && !strchr("()\n", t[e]))
      e++;
    if (e >= len || t[e] != ')' || !plain_phrase(t, s, e, acr))
      continue;
    pos = s;
    while ((wl = bc__validate_next_word(t, e, &pos, &st)) > 0) {
      words++;
      caps += t[st] >= 'A' && t[st] <= 'Z';
    }
    if (words <= letters + 1 && caps == words) {
      *out = (struct bc_span){s, e};
      return 1;
    }
  }
  /* Words that spell it, but only for an acronym of three letters or
   * more: two initials fit too many phrases.  Where the source never
   * writes acr, they are its words only to a claim that shares most of
   * them (check_source_words). */
  if (letters < 3)
    return 0;
  written = bc__acr_writes(t, len, acr);
  pos = 0;
  while ((wl = bc__validate_next_word(t, len, &pos, &st)) > 0) {
    size_t p2 = st + wl, s2, w2, k, e;
    if (bc__acr_lower((unsigned char)t[st]) !=
            bc__acr_lower((unsigned char)acr[0]) ||
        bc__lex_is_skippable(t + st, wl))
      continue;
    for (k = 1, e = st + wl; k <= letters + 1; k++) {
      if ((w2 = bc__validate_next_word(t, len, &p2, &s2)) == 0)
        break;
      e = s2 + w2;
      if (k + 1 >= letters && plain_phrase(t, st, e, acr) &&
          !bc__lex_is_skippable(t + s2, w2) &&
          bc__validate_fits_acronym(acr, t + st, e - st)) {
        *out = (struct bc_span){st, e};
        return written ? 2 : 3;
      }
    }
  }
  return 0;
}

/* The claim p[0..n) gives acr an expansion where the fact sheet has none
 * but the source says what acr stands for (source_words): the same words
 * are supported, other words an error, unless they are a description
 * rather than an expansion.  1 when the claim was judged here. */
static int check_source_words(struct bc__vstate *v, struct bc__claim *c,
                              const char *acr, size_t es, size_t ee,
                              enum bc__acr_how how)
{
  struct bc_span sw;
  struct bc_buf mb = BC_BUF_INIT(2048);
  char *def, *msg, *fix;
  size_t cn = ee - es, shared, dshared, words;
  const char *claim = c->text + es;
  int where = source_words(v, acr, &sw);
  if (!where)
    return 0;
  def = bc__check_source_text(v, sw);
  if (!def) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  words = content_words(claim, cn, def, &shared);
  /* Words away from acr may spell it by chance ("new aerospace safety
   * analysis" for NASA): they say what it stands for only to a claim
   * that shares a word with them. */
  if (where == 2 && shared == 0) {
    free(def);
    return 0;
  }
  /* Words of a source that never writes acr name what the claim's name
   * only when the two share most of their words ("sex offender prevention
   * order" for the source's "sexual offences prevention order"). */
  if (where == 3 && (shared < 2 || 2 * shared < words ||
                     bc__known_acronym_find(acr, strlen(acr)))) {
    free(def);
    return 0;
  }
  /* Words that do not read as an expansion are one when they are the
   * source's with a word changed: as many content words, sharing some. */
  if (how == HOW_LOOSE && !reads_as_expansion(acr, c->text, es, ee) &&
      !(words == content_words(def, strlen(def), def, &dshared) &&
        shared > 0)) {
    free(def);
    return 1;
  }
  v->r->checked.acronyms++;
  if (bc__acr_same_words(acr, claim, cn, def) ||
      bc__check_plainly_in_source(v, claim, cn, NULL)) {
    free(def);
    return 1;
  }
  bc_buf_addf(&mb, "the source writes \"%s\" for %s", def, acr);
  msg = bc_buf_take(&mb, NULL);
  fix = bc__acr_fix_for(claim, cn, def);
  if (!msg || !fix)
    v->rc = BC_ERR_NOMEM;
  else if (!bc__acr_reported(v, c, es, &fix))
    bc__check_add(v, c, BC_FINDING_ACRONYM, BC_SEV_ERROR,
                  (struct bc_span){es, ee}, def, sw, fix, msg);
  free(fix);
  free(msg);
  free(def);
  return 1;
}

/* An expansion of an acronym the source never expands that is a name the
 * source writes out with those initials, but for one word ("Homeland
 * Security Intelligence (HSI)" where the source names Homeland Security
 * Investigations): reported, and nonzero returned. */
static int slipped_name(struct bc__vstate *v, struct bc__claim *c,
                        const char *acr, size_t es, size_t ee)
{
  struct bc_span sp;
  if (!bc__acr_slip_of_source_name(v, c->text, es, ee, acr, &sp))
    return 0;
  bc__acr_name_finding(v, c, es, ee, sp, "", ", with the initials", acr,
                       SLIPPED, 0);
  return 1;
}

/* "Terminal 3 (T3)" where the source writes "the T3 terminal": an
 * acronym with a number in it, which the source never expands, given
 * words that are its number and words the source writes in a sentence
 * with it.  The claim reads the acronym as the source's sentence does. */
static int numbered_beside(const struct bc__vstate *v, const char *acr,
                           const char *p, size_t n)
{
  const char *t = v->doc->text, *at;
  size_t len = t ? v->doc->text_len : 0, an = strlen(acr), s, e;
  if (!t || !strpbrk(acr, "0123456789"))
    return 0;
  for (at = strstr(t, acr); at; at = strstr(at + an, acr)) {
    size_t pos = 0, st, wl, words = 0, a = (size_t)(at - t);
    if ((a > 0 && bc__check_is_alnum((unsigned char)t[a - 1])) ||
        (a + an < len && bc__check_is_alnum((unsigned char)t[a + an])))
      continue;
    bc__acr_sentence_at(t, len, a, &s, &e);
    while ((wl = bc__validate_next_word(p, n, &pos, &st)) > 0) {
      if (bc__lex_is_skippable(p + st, wl))
        continue;
      if (strspn(p + st, "0123456789") >= wl) {
        char num[16];
        if (wl >= sizeof num)
          break;
        memcpy(num, p + st, wl);
        num[wl] = '\0';
        if (!strstr(acr, num))
          break;
        continue;
      }
      if (!bc__acr_words_among(p + st, wl, t + s, e - s))
        break;
      words++;
    }
    if (wl == 0 && words > 0)
      return 1;
  }
  return 0;
}

/* Check the expansion t[es..ee) the claim gives for acr. */
void bc__acr_check_expansion(struct bc__vstate *v, struct bc__claim *c,
                             const char *acr, size_t es, size_t ee,
                             enum bc__acr_how how)
{
  const struct bc_acronym_fact *d = bc__acr_source_def(v, acr);
  const char *claim = c->text + es;
  size_t cn = ee - es;
  struct bc_buf mb = BC_BUF_INIT(2048);
  char *msg, *fix = NULL;
  if (!bc__acr_record(c, es, ee)) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  if (!d && check_source_words(v, c, acr, es, ee, how))
    return;
  /* Words around an acronym the source never expands, unless they name
   * something a well-known acronym stands for, or are what it stands for
   * with a word changed ("GERD, or gastrointestinal reflux disease"). */
  if (!d && how == HOW_LOOSE &&
      !(bc__known_acronym_find(acr, strlen(acr)) &&
        bc__acr_loose_name(acr, c->text, es, ee)) &&
      !bc__acr_near_known(acr, claim, cn))
    return;
  if (description(acr, how, c->text, es, ee, d ? d->expansion : NULL) ||
      (!d && warned(v, claim, cn)))
    return;
  v->r->checked.acronyms++;
  if (d && bc__acr_same_words(acr, claim, cn, d->expansion))
    return;
  /* An expansion the source writes counts: beside the acronym when the
   * source defines it otherwise (a second definition), anywhere when it
   * does not; never in a sentence that sets it aside ("AST stands for
   * ...; it is not an abstract syntax tree"). */
  if (bc__check_plainly_in_source(v, claim, cn, d ? acr : NULL))
    return;
  if (!d && how == HOW_FITS && !bc__acr_reported(v, c, es, &fix) &&
      slipped_name(v, c, acr, es, ee)) {
    bc_buf_release(&mb);
    return;
  }
  if (!d && (bc__acr_check_known(v, c, acr, es, ee, how) ||
             numbered_beside(v, acr, claim, cn))) {
    bc_buf_release(&mb);
    return;
  }
  if (!d)
    bc_buf_addf(&mb,
                "the source never expands %s; this expansion is not from "
                "the source",
                acr);
  else
    bc_buf_addf(&mb, "the source defines %s as \"%s\"%s", d->acronym,
                d->expansion,
                how == HOW_NEAR       ? "; these words are that name with one "
                                        "word changed"
                : how >= HOW_IMPLICIT ? "; these words have its initials"
                                      : "");
  /* A repair needs the source's one definition. */
  if (d && how != HOW_ELSEWHERE && !ambiguous(v, d) &&
      !(fix = bc__acr_fix_for(claim, cn, d->expansion))) {
    bc_buf_release(&mb);
    v->rc = BC_ERR_NOMEM;
    return;
  }
  msg = bc_buf_take(&mb, NULL);
  if (!msg)
    v->rc = BC_ERR_NOMEM;
  else if (!bc__acr_reported(v, c, es, &fix))
    bc__check_add(v, c, BC_FINDING_ACRONYM, d ? BC_SEV_ERROR : BC_SEV_WARNING,
                  (struct bc_span){es, ee}, d ? d->expansion : "",
                  d ? d->expansion_span : (struct bc_span){0, 0}, fix, msg);
  free(fix);
  free(msg);
}
