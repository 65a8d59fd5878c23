/* check_acronyms.c - the acronym checker.  Every expansion a summary gives
 * for an acronym, in whichever form the analyzer reads it in claims mode
 * ("X (...)", "(...) X", "X, which stands for ...", "X is short for ...",
 * "X = ...", "X, or ...", "..., aka X", "It stands for ...", a capitalised
 * phrase whose initials spell an acronym the text uses), and every
 * capitalised phrase that has the initials of an acronym the source
 * defines, where the summary writes that acronym or puts the phrase where
 * the source puts its expansion, is compared with the source's definition
 * on the fact sheet; so is a capitalised phrase that is a source
 * expansion with one word changed ("Bioimpedance Spectrometry"), or a name
 * the source writes out and then uses by its initials without defining
 * them, with one word changed to another of the same initial ("Pacific
 * Gas & Energy" for "Pacific Gas & Electric ... PG&E").  What is
 * a definition is the analyzer's call; only for an acronym the fact sheet
 * leaves undefined does it read the source's words for it (in parentheses
 * after it, or words that spell it).  When two expansions say the same is
 * equivalence.c's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/analyze.h"
#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/known_acronyms.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

/* How a claim gives an expansion. */
enum how {
  HOW_FITS,      /* a definition whose initials spell the acronym */
  HOW_LETTERS,   /* one whose letters spell it from inside words as well
                    ("polysomnography (PSG)") */
  HOW_LOOSE,     /* words given as an expansion that do not spell it */
  HOW_IMPLICIT,  /* a capitalised phrase with the initials of a source
                    acronym, no definition around it, where the source has
                    its expansion */
  HOW_ELSEWHERE, /* such a phrase elsewhere in a summary that writes the
                    acronym: no repair, since the phrase may name another
                    thing than the acronym does */
  HOW_NEAR       /* a capitalised phrase that is the source's expansion
                    with one word changed ("Bioimpedance Spectrometry" for
                    "Bioimpedance Spectroscopy (BIS)") */
};

static size_t letters_of(const char *acr)
{
  size_t n = 0;
  for (; *acr; acr++)
    if (bc__check_is_alnum((unsigned char)*acr))
      n++;
  return n;
}

static int lower(int ch)
{
  return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
}

static int writes(const char *t, size_t len, const char *acr);

/* The source's definition of acr on the fact sheet (the analyzer keeps the
 * first of each), also for a plural ("APIs") or another case ("OTEL").
 * Words that hold the acronym itself define nothing ("USB charging cable
 * (USB-A to USB Micro-B)"). */
static const struct bc_acronym_fact *source_def(const struct bc__vstate *v,
                                                const char *acr)
{
  const struct bc_acronym_fact *d = bc_facts_find_acronym(v->facts, acr);
  size_t k;
  for (k = 0; !d && k < v->facts->n_acronyms; k++)
    if (strcasecmp(v->facts->acronyms[k].acronym, acr) == 0)
      d = &v->facts->acronyms[k];
  if (d && writes(d->expansion, strlen(d->expansion), d->acronym))
    return NULL;
  return d;
}

/* The last word of s[0..n) (*ws, returns its length; 0 when none). */
static size_t last_word(const char *s, size_t n, size_t *ws)
{
  size_t pos = 0, st, wl, len = 0;
  while ((wl = bc__validate_next_word(s, n, &pos, &st)) > 0) {
    *ws = st;
    len = wl;
  }
  return len;
}

/* Words beside the source's occurrence of d's acronym at t[a..b), in
 * parentheses either way, that spell it and are not d's expansion:
 * "physical therapy (PT)" defined, then "PT (part-time)". */
static int other_definition(const char *t, size_t len, size_t a, size_t b,
                            const struct bc_acronym_fact *d)
{
  const char *acr = d->acronym;
  size_t dn = strlen(d->expansion), an = letters_of(acr);
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
static char *fix_for(const char *claim, size_t cn, const char *def)
{
  size_t dn = strlen(def), cs = 0, ds = 0;
  size_t cl = last_word(claim, cn, &cs), dl = last_word(def, dn, &ds);
  if (cl == dl + 1 && ds + dl == dn && claim[cs + cl - 1] == 's' &&
      def[dn - 1] != 's' && strncasecmp(claim + cs, def + ds, dl) == 0) {
    struct bc_buf b = BC_BUF_INIT((size_t)-1);
    bc_buf_add(&b, def, dn);
    bc_buf_addc(&b, 's');
    return bc_buf_take(&b, NULL);
  }
  return bc__strdup(def);
}

/* The words of t[s..e) against acr: how many (*words), how many content
 * words have a capital (*caps), and how many of acr's letters are the
 * initials of content words, in order (returned). */
static size_t initial_hits(const char *acr, const char *t, size_t s, size_t e,
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
    if (k < an && lower((unsigned char)acr[k]) == lower((unsigned char)t[st])) {
      hit++;
      k++;
    }
  }
  return hit;
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
  size_t words, caps, n = letters_of(acr);
  size_t hit = initial_hits(acr, t, s, e, &words, &caps);
  if (caps >= 2)
    return 1;
  return words >= n && 2 * hit >= n && !memchr(t + s, ',', e - s);
}

/* Does t[s..e) share a content word (its stem) with def? */
static int shares_word(const char *t, size_t s, size_t e, const char *def)
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

/* Are the words given as acr's expansion rather a description of it?
 * Words that spell it by their initials never are, nor one long word that
 * spells it from inside ("polysomnography (PSG)"), nor words that read as
 * an expansion.  Other words that spell it from inside ("interlibrary
 * loan" for ILL) are a description when they share a word with the
 * source's expansion def ("BBC (British broadcaster)" for "British
 * Broadcasting Corporation"), or when the source has none; words that do
 * not spell it always are. */
static int description(const char *acr, enum how how, const char *t, size_t s,
                       size_t e, const char *def)
{
  size_t pos = s, st, words = 0;
  if (how == HOW_FITS || how == HOW_IMPLICIT || how == HOW_ELSEWHERE ||
      how == HOW_NEAR)
    return 0;
  while (bc__validate_next_word(t, e, &pos, &st) > 0)
    words++;
  if ((how == HOW_LETTERS && words == 1) || reads_as_expansion(acr, t, s, e))
    return 0;
  return how == HOW_LOOSE || !def || shares_word(t, s, e, def);
}

/* Does the claim p[0..n) give the source's expansion def of acr?  The
 * same words (equivalence.c), or more words around them ("Centers for
 * Disease Control and Prevention" for "Centers for Disease Control"), or
 * the leading words of a longer name that spell the acronym as well. */
static int same_words(const char *acr, const char *p, size_t n, const char *def)
{
  size_t dn = strlen(def);
  return bc__validate_expansions_match(p, n, def, dn) ||
         bc__validate_expansion_within(def, dn, p, n) ||
         (bc__validate_expansion_within(p, n, def, dn) &&
          bc__validate_fits_acronym(acr, p, n));
}

/* Remember that t[es..ee) of the claim is an expansion (the name checker
 * leaves it alone).  0 on out-of-memory. */
static int record(struct bc__claim *c, size_t es, size_t ee)
{
  struct bc_span *grown = bc__realloc(c->exp, (c->n_exp + 1) * sizeof *grown);
  if (!grown)
    return 0;
  c->exp = grown;
  grown[c->n_exp++] = (struct bc_span){es, ee};
  return 1;
}

/* Was an acronym finding made already at offset at of this field (the
 * glossary pass reads a definition the text pass has read)?  Then it takes
 * the repair *fix if it had none. */
static int reported(struct bc__vstate *v, const struct bc__claim *c, size_t at,
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
      *shared += shares_word(p, st, st + wl, def);
    }
  return k;
}

/* Do t[s..e) hold words only, two or more, the first one with acr's first
 * letter and none of them acr itself? */
static int plain_phrase(const char *t, size_t s, size_t e, const char *acr)
{
  size_t pos = s, st, wl, words = 0;
  if (e <= s || lower((unsigned char)t[s]) != lower((unsigned char)acr[0]))
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
 * acr, 2 for words elsewhere, 0 when there are none. */
static int source_words(const struct bc__vstate *v, const char *acr,
                        struct bc_span *out)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, n = strlen(acr), a, pos, st, wl;
  size_t letters = letters_of(acr);
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
   * more: two initials fit too many phrases. */
  if (letters < 3 || !writes(t, len, acr))
    return 0;
  pos = 0;
  while ((wl = bc__validate_next_word(t, len, &pos, &st)) > 0) {
    size_t p2 = st + wl, s2, w2, k, e;
    if (lower((unsigned char)t[st]) != lower((unsigned char)acr[0]) ||
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
        return 2;
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
                              enum how how)
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
  /* Words that do not read as an expansion are one when they are the
   * source's with a word changed: as many content words, sharing some. */
  if (how == HOW_LOOSE && !reads_as_expansion(acr, c->text, es, ee) &&
      !(words == content_words(def, strlen(def), def, &dshared) &&
        shared > 0)) {
    free(def);
    return 1;
  }
  v->r->checked.acronyms++;
  if (same_words(acr, claim, cn, def) ||
      bc__check_plainly_in_source(v, claim, cn, NULL)) {
    free(def);
    return 1;
  }
  bc_buf_addf(&mb, "the source writes \"%s\" for %s", def, acr);
  msg = bc_buf_take(&mb, NULL);
  fix = fix_for(claim, cn, def);
  if (!msg || !fix)
    v->rc = BC_ERR_NOMEM;
  else if (!reported(v, c, es, &fix))
    bc__check_add(v, c, BC_FINDING_ACRONYM, BC_SEV_ERROR,
                  (struct bc_span){es, ee}, def, sw, fix, msg);
  free(fix);
  free(msg);
  free(def);
  return 1;
}

#define SLIPPED "are that name with one word changed"

/* Report the claim's words c->text[s..e) as a name the source writes
 * otherwise, at sp: "the source names <it> <the name><how> <acr>; these
 * words <what>".  rec: record the words as checked (a name found in a run,
 * not an expansion check_expansion recorded). */
static void name_finding(struct bc__vstate *v, struct bc__claim *c, size_t s,
                         size_t e, struct bc_span sp, const char *it,
                         const char *how, const char *acr, const char *what,
                         int rec)
{
  char *says = bc__check_source_text(v, sp), *msg = NULL;
  struct bc_buf mb = BC_BUF_INIT(1024);
  if (says)
    bc_buf_addf(&mb, "the source names %s%s%s %s; these words %s", it, says,
                how, acr, what);
  msg = bc_buf_take(&mb, NULL);
  if (!says || !msg || (rec && !record(c, s, e)))
    v->rc = BC_ERR_NOMEM;
  else {
    if (rec)
      v->r->checked.acronyms++;
    bc__check_add(v, c, BC_FINDING_ACRONYM, BC_SEV_ERROR,
                  (struct bc_span){s, e}, says, sp, NULL, msg);
  }
  free(says);
  free(msg);
}

static int slip_of_source_name(const struct bc__vstate *v, const char *t,
                               size_t es, size_t ee, const char *acr,
                               struct bc_span *sp);

/* An expansion of an acronym the source never expands that is a name the
 * source writes out with those initials, but for one word ("Homeland
 * Security Intelligence (HSI)" where the source names Homeland Security
 * Investigations): reported, and nonzero returned. */
static int slipped_name(struct bc__vstate *v, struct bc__claim *c,
                        const char *acr, size_t es, size_t ee)
{
  struct bc_span sp;
  if (!slip_of_source_name(v, c->text, es, ee, acr, &sp))
    return 0;
  name_finding(v, c, es, ee, sp, "", ", with the initials", acr, SLIPPED, 0);
  return 1;
}

/* --- well-known acronyms
 * ------------------------------------------------------ An acronym the source
 * never expands may still be one every reader knows
 * ("SDNY", "IPO", "NOAA"): a summary that expands it otherwise ("the
 * Southern Division of New York") tells the listener something false. */

/* Does t[s..e) read as a name given for acr in loose words: two capitalised
 * words or more, and the initials of half its letters in order ("State
 * Department of Public Safety (DSS)"), not a person or a party label
 * ("Mitch McConnell (GOP)")? */
static int loose_name(const char *acr, const char *t, size_t s, size_t e)
{
  size_t words, caps, hit = initial_hits(acr, t, s, e, &words, &caps);
  return caps >= 2 && 2 * hit >= letters_of(acr);
}

/* Where the source writes m[0..n) word for word (case aside), at a word's
 * start and end: the source's own name for what the acronym usually
 * stands for.  0 when it does not. */
static int source_writes(const struct bc__vstate *v, const char *m, size_t n,
                         struct bc_span *at)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, a;
  if (n < 4 || !memchr(m, ' ', n))
    return 0; /* one word names too many things */
  for (a = 0; a + n <= len; a++) {
    if (lower((unsigned char)t[a]) != lower((unsigned char)m[0]) ||
        (a > 0 && bc__check_is_alnum((unsigned char)t[a - 1])) ||
        (a + n < len && bc__check_is_alnum((unsigned char)t[a + n])) ||
        strncasecmp(t + a, m, n) != 0)
      continue;
    *at = (struct bc_span){a, a + n};
    return 1;
  }
  return 0;
}

/* The claim t[es..ee) expands acr, which the source never expands: judged
 * against what acr usually stands for when it is a well-known acronym.
 * One of its usual meanings passes.  Another is an error pointing at the
 * source's own name for one of them when it writes one (repaired to it
 * when it writes only one), else at the usual meanings.  0 when acr is no
 * well-known acronym, or the claim's words are the source's. */
static int loosely_in_source(const struct bc__vstate *v, const char *p,
                             size_t n);

/* The last word of t[0..n), without a plural s: *len bytes from the
 * returned start. */
static const char *head_word(const char *t, size_t n, size_t *len)
{
  size_t e = n, b;
  while (e > 0 && !bc__check_is_alnum((unsigned char)t[e - 1]))
    e--;
  b = e;
  while (b > 0 && bc__check_is_alnum((unsigned char)t[b - 1]))
    b--;
  if (e - b > 3 && (t[e - 1] == 's' || t[e - 1] == 'S'))
    e--;
  *len = e - b;
  return t + b;
}

/* Whether the claim's last word is the last word of one of k's usual
 * meanings. */
static int same_head(const struct bc__known_acronym *k, const char *claim,
                     size_t cn)
{
  size_t pos = 0, n, hn, mn;
  const char *m, *h = head_word(claim, cn, &hn), *mh;
  while (hn && (n = bc__known_acronym_next(k, &pos, &m)) > 0) {
    mh = head_word(m, n, &mn);
    if (mn == hn && strncasecmp(mh, h, hn) == 0)
      return 1;
  }
  return 0;
}

/* Does the claim p[0..n) give one of k's usual meanings for acr (the
 * same words, see same_words)? */
static int usual_meaning(const struct bc__known_acronym *k, const char *acr,
                         const char *p, size_t n)
{
  size_t pos = 0, mn;
  const char *m;
  while ((mn = bc__known_acronym_next(k, &pos, &m)) > 0) {
    char one[256];
    if (mn >= sizeof one)
      continue;
    memcpy(one, m, mn);
    one[mn] = '\0';
    if (same_words(acr, p, n, one))
      return 1;
  }
  return 0;
}

/* Does every content word of a[0..an) match a content word of b[0..bn)? */
static int words_among(const char *a, size_t an, const char *b, size_t bn)
{
  size_t pa = 0, sa, na;
  while ((na = bc__validate_next_word(a, an, &pa, &sa)) > 0) {
    size_t pb = 0, sb, nb;
    if (bc__lex_is_skippable(a + sa, na))
      continue;
    while ((nb = bc__validate_next_word(b, bn, &pb, &sb)) > 0)
      if (bc__validate_words_match(a + sa, na, b + sb, nb))
        break;
    if (nb == 0)
      return 0;
  }
  return 1;
}

#define JOINED_PARTS 4

/* "VR/AR (virtual and augmented reality)": acronyms joined by slashes,
 * each a well-known one, and a claim that says a usual meaning of each,
 * their shared words written once.  Every part has a meaning whose words
 * are all the claim's, and every word of the claim is in one of them. */
static int joined_known(const char *acr, const char *claim, size_t cn)
{
  const char *ms[JOINED_PARTS];
  size_t mn[JOINED_PARTS], parts = 0, pos, st, wl, k;
  const char *p = acr, *slash;
  if (!strchr(acr, '/'))
    return 0;
  for (;; p = slash + 1) {
    const struct bc__known_acronym *kn;
    size_t len, q = 0, n;
    slash = strchr(p, '/');
    len = slash ? (size_t)(slash - p) : strlen(p);
    if (parts == JOINED_PARTS || !(kn = bc__known_acronym_find(p, len)))
      return 0;
    /* The first of its meanings whose words the claim says. */
    while ((n = bc__known_acronym_next(kn, &q, &ms[parts])) > 0 &&
           !words_among(ms[parts], n, claim, cn))
      ;
    if (n == 0)
      return 0;
    mn[parts++] = n;
    if (!slash)
      break;
  }
  pos = 0;
  while ((wl = bc__validate_next_word(claim, cn, &pos, &st)) > 0) {
    if (bc__lex_is_skippable(claim + st, wl))
      continue;
    for (k = 0; k < parts && !words_among(claim + st, wl, ms[k], mn[k]); k++)
      ;
    if (k == parts)
      return 0;
  }
  return 1;
}

static int check_known(struct bc__vstate *v, struct bc__claim *c,
                       const char *acr, size_t es, size_t ee, enum how how)
{
  const struct bc__known_acronym *k = bc__known_acronym_find(acr, strlen(acr));
  struct bc_buf says = BC_BUF_INIT(2048), mb = BC_BUF_INIT(4096);
  struct bc_span at = {0, 0}, w;
  const char *m, *claim = c->text + es;
  size_t pos = 0, n, cn = ee - es, in_source = 0;
  char *said = NULL, *msg = NULL, *fix = NULL;
  enum bc_severity sev = BC_SEV_ERROR;
  if (!k)
    return joined_known(acr, claim, cn);
  if (usual_meaning(k, acr, claim, cn)) {
    bc_buf_release(&says);
    return 1;
  }
  while ((n = bc__known_acronym_next(k, &pos, &m)) > 0)
    if (source_writes(v, m, n, &w) && in_source++ == 0)
      at = w;
  /* One word that spells it from inside ("polysomnography (PSG)"), or
   * the source's own words in its order: a meaning of the text's field
   * that the table may not list. */
  if ((how == HOW_LETTERS && !memchr(claim, ' ', cn)) ||
      loosely_in_source(v, claim, cn)) {
    bc_buf_release(&says);
    return 0;
  }
  if (in_source) {
    said = bc__check_source_text(v, at);
    if (said)
      bc_buf_addf(&mb,
                  "the source never expands %s, but names the %s, which %s "
                  "usually stands for",
                  acr, said, acr);
    if (said && in_source == 1)
      fix = fix_for(claim, cn, said);
  } else {
    pos = 0;
    while ((n = bc__known_acronym_next(k, &pos, &m)) > 0) {
      if (says.len)
        bc_buf_adds(&says, "; ");
      bc_buf_add(&says, m, n);
    }
    said = bc_buf_take(&says, NULL);
    /* Two letters stand for too many things in too many fields for any
     * table to list them all ("AD": anno Domini, athletic director): a
     * warning, unless the source names one of the usual meanings or the
     * claim is one of them with a word changed before its last ("coronary
     * tomography" for computed tomography). */
    if (strlen(acr) <= 2 && !same_head(k, claim, cn))
      sev = BC_SEV_WARNING;
    if (said)
      bc_buf_addf(&mb,
                  sev == BC_SEV_ERROR
                      ? "the source never expands %s; it usually stands for "
                        "%s, not this"
                      : "the source never expands %s; it usually stands for "
                        "%s, but two letters have many meanings",
                  acr, said);
  }
  bc_buf_release(&says);
  msg = bc_buf_take(&mb, NULL);
  if (!said || !msg || (in_source == 1 && !fix))
    v->rc = BC_ERR_NOMEM;
  else if (!reported(v, c, es, &fix))
    bc__check_add(v, c, BC_FINDING_ACRONYM, sev, (struct bc_span){es, ee}, said,
                  at, fix, msg);
  free(said);
  free(msg);
  free(fix);
  return 1;
}

/* The well-known acronym other than k whose usual meaning the words
 * p[0..n) are ("Max Planck Institute for Astrophysics": MPA); NULL when
 * none is. */
static const struct bc__known_acronym *
known_for_words(const struct bc__known_acronym *k, const char *p, size_t n)
{
  size_t nt, i, pos, mn;
  const struct bc__known_acronym *t = bc__known_acronyms(&nt);
  const char *m;
  for (i = 0; i < nt; i++) {
    if (&t[i] == k)
      continue;
    pos = 0;
    while ((mn = bc__known_acronym_next(&t[i], &pos, &m)) > 0)
      if (lower((unsigned char)m[0]) == lower((unsigned char)p[0]) &&
          bc__validate_expansions_match(p, n, m, mn))
        return &t[i];
  }
  return NULL;
}

/* "the Max Planck Institute for Astrophysics (MPIA)": the claim builds an
 * acronym the source never writes from the initials of a name, and the
 * acronym is a well-known one for something else (MPIA: the Institute for
 * Astronomy) while the name is well known by another (MPA).  The name may
 * be the source's; the acronym is the slip.  Reported at the acronym, a
 * span of the claim; 1 when reported. */
static int mislabelled(struct bc__vstate *v, struct bc__claim *c,
                       const struct bc_acronym_fact *a)
{
  const char *acr = a->acronym, *claim = c->text + a->expansion_span.start;
  size_t cn = a->expansion_span.end - a->expansion_span.start, pos = 0, n, i;
  const struct bc__known_acronym *k = bc__known_acronym_find(acr, strlen(acr));
  const struct bc__known_acronym *other;
  struct bc_buf mb = BC_BUF_INIT(4096);
  const char *m;
  char *msg;
  if (!k || a->loose || a->span.end > c->len || source_def(v, acr) ||
      (v->doc->text && writes(v->doc->text, v->doc->text_len, acr)) ||
      !bc__validate_fits_acronym(acr, claim, cn) ||
      usual_meaning(k, acr, claim, cn))
    return 0;
  if (!(other = known_for_words(k, claim, cn)) ||
      strcasecmp(other->acronym, acr) == 0)
    return 0;
  bc_buf_addf(&mb, "the source never writes %s; it usually stands for ", acr);
  pos = 0;
  for (i = 0; (n = bc__known_acronym_next(k, &pos, &m)) > 0; i++) {
    if (i)
      bc_buf_adds(&mb, "; ");
    bc_buf_add(&mb, m, n);
  }
  bc_buf_addf(&mb, ", and \"%.*s\" is usually %s", (int)cn, claim,
              other->acronym);
  msg = bc_buf_take(&mb, NULL);
  if (!msg || !record(c, a->expansion_span.start, a->expansion_span.end)) {
    v->rc = BC_ERR_NOMEM;
    free(msg);
    return 1;
  }
  v->r->checked.acronyms++;
  bc__check_add(v, c, BC_FINDING_ACRONYM, BC_SEV_ERROR, a->span, other->acronym,
                (struct bc_span){0, 0}, NULL, msg);
  free(msg);
  return 1;
}

static void sentence_at(const char *t, size_t len, size_t at, size_t *s,
                        size_t *e);

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
    sentence_at(t, len, a, &s, &e);
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
      if (!words_among(p + st, wl, t + s, e - s))
        break;
      words++;
    }
    if (wl == 0 && words > 0)
      return 1;
  }
  return 0;
}

/* Check the expansion t[es..ee) the claim gives for acr. */
static void check_expansion(struct bc__vstate *v, struct bc__claim *c,
                            const char *acr, size_t es, size_t ee, enum how how)
{
  const struct bc_acronym_fact *d = source_def(v, acr);
  const char *claim = c->text + es;
  size_t cn = ee - es;
  struct bc_buf mb = BC_BUF_INIT(2048);
  char *msg, *fix = NULL;
  if (!record(c, es, ee)) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  if (!d && check_source_words(v, c, acr, es, ee, how))
    return;
  /* Words around an acronym the source never expands, unless they name
   * something a well-known acronym stands for. */
  if (!d && how == HOW_LOOSE &&
      !(bc__known_acronym_find(acr, strlen(acr)) &&
        loose_name(acr, c->text, es, ee)))
    return;
  if (description(acr, how, c->text, es, ee, d ? d->expansion : NULL) ||
      (!d && warned(v, claim, cn)))
    return;
  v->r->checked.acronyms++;
  if (d && same_words(acr, claim, cn, d->expansion))
    return;
  /* An expansion the source writes counts: beside the acronym when the
   * source defines it otherwise (a second definition), anywhere when it
   * does not; never in a sentence that sets it aside ("AST stands for
   * ...; it is not an abstract syntax tree"). */
  if (bc__check_plainly_in_source(v, claim, cn, d ? acr : NULL))
    return;
  if (!d && how == HOW_FITS && !reported(v, c, es, &fix) &&
      slipped_name(v, c, acr, es, ee)) {
    bc_buf_release(&mb);
    return;
  }
  if (!d && (check_known(v, c, acr, es, ee, how) ||
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
      !(fix = fix_for(claim, cn, d->expansion))) {
    bc_buf_release(&mb);
    v->rc = BC_ERR_NOMEM;
    return;
  }
  msg = bc_buf_take(&mb, NULL);
  if (!msg)
    v->rc = BC_ERR_NOMEM;
  else if (!reported(v, c, es, &fix))
    bc__check_add(v, c, BC_FINDING_ACRONYM, d ? BC_SEV_ERROR : BC_SEV_WARNING,
                  (struct bc_span){es, ee}, d ? d->expansion : "",
                  d ? d->expansion_span : (struct bc_span){0, 0}, fix, msg);
  free(fix);
  free(msg);
}

/* --- implicit expansions ---------------------------------------------------
 * "a former Customer Success Architect at Contoso" where the source's CSA
 * is "Cloud Solution Architect": a run of capitalised words (function
 * words between, hyphens inside) whose initials spell an acronym the
 * source defines. */

#define RUN_WORDS 16

struct run {
  size_t s[RUN_WORDS], e[RUN_WORDS];
  unsigned char cap[RUN_WORDS];
  size_t n;
};

/* A capitalised word (not an acronym, not one letter): 1; a function word:
 * 2; anything else: 0. */
static int word_class(const char *w, size_t n)
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
static int joins(const char *t, size_t a, size_t b)
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
static int writes(const char *t, size_t len, const char *acr)
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

/* Is the sentence around t[at] written in Title Case, like a heading or a
 * slide title, where capitals say nothing of an acronym? */
static int title_case_sentence(const char *t, size_t len, size_t at)
{
  size_t s = at, e = at, pos, st, wl, content = 0, caps = 0;
  while (s > 0 && !bc__validate_sentence_end(t, s - 1, len))
    s--;
  while (e < len && !bc__validate_sentence_end(t, e, len))
    e++;
  pos = s;
  while ((wl = bc__validate_next_word(t, e, &pos, &st)) > 0) {
    if (bc__lex_is_skippable(t + st, wl))
      continue;
    content++;
    caps += t[st] >= 'A' && t[st] <= 'Z';
  }
  return content >= 3 && caps == content;
}

/* The sentence around t[at] (bounded like a fact's context). */
static void sentence_at(const char *t, size_t len, size_t at, size_t *s,
                        size_t *e)
{
  *s = *e = at;
  while (*s > 0 && at - *s < 400 && !bc__validate_sentence_end(t, *s - 1, len))
    (*s)--;
  while (*e < len && *e - at < 400 && !bc__validate_sentence_end(t, *e, len))
    (*e)++;
}

/* Does the claim's sentence around t[s..e) share a name (a capitalised
 * word that does not open the sentence) with the source's sentence around
 * span?  "a former Customer Success Architect at Contoso" and "4.5 years
 * at Contoso as a Cloud Solution Architect". */
static int shares_name(const struct bc__claim *c, size_t s, size_t e,
                       const struct bc__vstate *v, struct bc_span span)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, cs, ce, ss, se, pos, st, wl;
  if (span.start >= len)
    return 0;
  sentence_at(c->text, c->len, s, &cs, &ce);
  sentence_at(t, len, span.start, &ss, &se);
  pos = cs;
  while ((wl = bc__validate_next_word(c->text, ce, &pos, &st)) > 0) {
    size_t p = ss, sw, sst;
    if (st == cs || (st >= s && st < e) || word_class(c->text + st, wl) != 1)
      continue;
    while ((sw = bc__validate_next_word(t, se, &p, &sst)) > 0)
      if (sw == wl && memcmp(t + sst, c->text + st, wl) == 0)
        return 1;
  }
  return 0;
}

/* Does the claim put t[s..e) where the source puts d: two content words,
 * or a name, of its sentence shared with the source's sentence around the
 * expansion or the acronym? */
static int same_place(const struct bc__claim *c, size_t s, size_t e,
                      const struct bc__vstate *v,
                      const struct bc_acronym_fact *d)
{
  struct bc__context cc, sc;
  const char *t = v->doc->text;
  size_t len = v->doc->text_len;
  if (!t)
    return 0;
  bc__validate_context(c->text, c->len, (struct bc_span){s, e}, &cc);
  bc__validate_context(t, len, d->expansion_span, &sc);
  if (bc__validate_overlap(&cc, &sc) >= 2)
    return 1;
  bc__validate_context(t, len, d->span, &sc);
  return bc__validate_overlap(&cc, &sc) >= 2 ||
         shares_name(c, s, e, v, d->expansion_span) ||
         shares_name(c, s, e, v, d->span);
}

/* Does the source write the content words of p[0..n) in that order,
 * close together, whatever the case and the small words between ("the
 * head of the data platform" for "Head of Data Platform")?  Then the
 * phrase says what the source says, whatever its initials. */
static int loosely_in_source(const struct bc__vstate *v, const char *p,
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

static int implicit_fact(const char *t, const struct bc_acronym_fact *a);

/* Is t[s..e) part of something the claim already says: an expansion
 * checked, an acronym or expansion the analyzer read, a person's name?
 * implicit_free: an acronym read only by initial letters (a name the
 * claim writes out and shortens later, "Pacific Gas ... PG&E") leaves it
 * free. */
static int taken_as(const struct bc__claim *c, size_t s, size_t e,
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
        !(implicit_free && implicit_fact(c->text, &f->acronyms[k])))
      return 1;
  for (k = 0; k < f->n_names; k++)
    if (f->names[k].kind == BC_NAME_PERSON && s < f->names[k].span.end &&
        f->names[k].span.start < e)
      return 1;
  return 0;
}

static int taken(const struct bc__claim *c, size_t s, size_t e)
{
  return taken_as(c, s, e, 0);
}

/* The phrase t[s..e) of the claim, whose initials spell d's acronym,
 * read as its expansion: 1 when it was checked or is the source's words,
 * 0 when nothing says it stands for the acronym.  written: the summary
 * writes the acronym, where the phrase counts unless it is in a title
 * (whose every word has a capital) that does not write it too. */
static int implicit_claim(struct bc__vstate *v, struct bc__claim *c,
                          const struct bc_acronym_fact *d, size_t s, size_t e,
                          int written)
{
  const char *t = c->text;
  if (same_words(d->acronym, t + s, e - s, d->expansion) ||
      bc__check_plainly_in_source(v, t + s, e - s, NULL) ||
      loosely_in_source(v, t + s, e - s))
    return 1;
  if (same_place(c, s, e, v, d)) {
    check_expansion(v, c, d->acronym, s, e, HOW_IMPLICIT);
    return 1;
  }
  if (!written)
    return 0;
  if (title_case_sentence(t, c->len, s)) {
    size_t ss, se;
    sentence_at(t, c->len, s, &ss, &se);
    if (!writes(t + ss, se - ss, d->acronym))
      return 0;
  }
  check_expansion(v, c, d->acronym, s, e, HOW_ELSEWHERE);
  return 1;
}

/* The phrase r[i..j] against each acronym the source defines; 1 when it
 * was read as one's expansion. */
static int try_phrase(struct bc__vstate *v, struct bc__claim *c,
                      const struct run *r, size_t i, size_t j)
{
  const struct bc_facts *F = v->facts;
  const char *t = c->text;
  size_t s = r->s[i], e = r->e[j], k, caps = 0;
  if (e - s > 2 && t[e - 2] == '\'' && t[e - 1] == 's')
    e -= 2; /* a possessive: "Department of Homeland Security's" */
  if (taken(c, s, e))
    return 0;
  for (k = i; k <= j; k++)
    caps += r->cap[k];
  for (k = 0; k < F->n_acronyms && !v->rc; k++) {
    const struct bc_acronym_fact *d = &F->acronyms[k];
    size_t n = letters_of(d->acronym), m;
    if (n < 3 || caps > n ||
        lower((unsigned char)d->acronym[0]) != lower((unsigned char)t[s]))
      continue;
    /* Only the first definition of each acronym is the source's. */
    for (m = 0; m < k; m++)
      if (strcmp(F->acronyms[m].acronym, d->acronym) == 0)
        break;
    if (m < k || !bc__validate_fits_acronym(d->acronym, t + s, e - s) ||
        source_def(v, d->acronym) != d)
      continue;
    if (implicit_claim(v, c, d, s, e, v->acr_used && v->acr_used[k]))
      return 1;
  }
  return 0;
}

/* Each phrase of the run, longest first. */
static void try_run(struct bc__vstate *v, struct bc__claim *c,
                    const struct run *r)
{
  size_t i, j;
  for (i = 0; i < r->n && !v->rc; i++) {
    if (!r->cap[i])
      continue;
    for (j = r->n; j-- > i + 1;)
      if (r->cap[j] && try_phrase(v, c, r, i, j)) {
        i = j;
        break;
      }
  }
}

/* --- near misses -------------------------------------------------------------
 * "Bioimpedance Spectrometry" where the source defines "Bioimpedance
 * Spectroscopy (BIS)", "... Parents of Americans and Legal Permanent
 * Residents" for its "... and Lawful Permanent Residents": a capitalised
 * phrase of the claim that is the source's expansion word for word, as
 * long, but for one content word.  The initials need not spell anything;
 * what makes it the same named thing is that every other word is the
 * source's, and that the source names nothing else with the changed word.
 */

#define NEAR_WORDS 16

/* A word that counts for the match: not a function word, two letters or
 * more ("U" and "S" of "U.S." say little). */
static int content_word(const char *w, size_t n)
{
  return n >= 2 && !bc__lex_is_skippable(w, n);
}

/* Two words that begin alike: the changed word is a slip for the source's
 * ("Spectrometry" for "Spectroscopy"), not another thing. */
static int similar_words(const char *a, size_t an, const char *b, size_t bn)
{
  size_t k = 0, m = an < bn ? an : bn;
  while (k < m && lower((unsigned char)a[k]) == lower((unsigned char)b[k]))
    k++;
  return k >= 4 && 2 * k >= m;
}

/* Does the source write w with a capital where no sentence starts ("the
 * Consumer Protection Agency")?  Then it names something with it, which
 * the claim may name. */
static int capital_in_source(const struct bc__vstate *v, const char *w,
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
static int source_expansion(const struct bc__vstate *v, const char *p, size_t n)
{
  size_t k;
  for (k = 0; k < v->facts->n_acronyms; k++) {
    const char *x = v->facts->acronyms[k].expansion;
    if (bc__validate_expansions_match(p, n, x, strlen(x)))
      return 1;
  }
  return 0;
}

/* Does the source write the acronym the capitalised words of r[i..i+n)
 * spell ("WTO" for "World Trade Organization" beside the source's "World
 * Health Organization (WHO)")?  Then the phrase names that, unless that
 * is own, the acronym of the expansion it misses: then it only keeps the
 * initials of the name it changes. */
static int spells_source_acronym(const struct bc__vstate *v, const char *t,
                                 const struct run *r, size_t i, size_t n,
                                 const char *own)
{
  char acr[RUN_WORDS + 1];
  size_t k, m = 0;
  for (k = i; k < i + n; k++)
    if (r->cap[k])
      acr[m++] = t[r->s[k]];
  acr[m] = '\0';
  return m >= 2 && strcmp(acr, own) != 0 && v->doc->text &&
         writes(v->doc->text, v->doc->text_len, acr);
}

/* Is d's expansion what its acronym usually stands for, and t[s..e),
 * whose initials spell the acronym too, none of its usual meanings?  Then
 * the phrase is that well-known name with a word changed ("Congressional
 * Black Council" where the source names the Congressional Black Caucus
 * and writes CBC), not another name. */
static int known_slip(const struct bc_acronym_fact *d, const char *t, size_t s,
                      size_t e)
{
  const struct bc__known_acronym *k =
      bc__known_acronym_find(d->acronym, strlen(d->acronym));
  size_t pos = 0, n;
  const char *m;
  int usual = 0;
  if (!k || !bc__validate_fits_acronym(d->acronym, t + s, e - s))
    return 0;
  while ((n = bc__known_acronym_next(k, &pos, &m)) > 0) {
    if (bc__validate_expansions_match(t + s, e - s, m, n))
      return 0;
    usual |=
        bc__validate_expansions_match(d->expansion, strlen(d->expansion), m, n);
  }
  return usual;
}

/* The run's words r[i..i+n) against the n words of x at ws/wn: 1 when
 * they are x's but for one content word, capitalised in the run, whose
 * place goes in *diff; *content counts x's content words, *matched those
 * the run keeps. */
static int one_changed(const char *t, const struct run *r, size_t i, size_t n,
                       const char *x, const size_t *ws, const size_t *wn,
                       size_t *diff, size_t *content, size_t *matched)
{
  size_t j;
  *diff = RUN_WORDS;
  *content = *matched = 0;
  for (j = 0; j < n; j++) {
    const char *cw = t + r->s[i + j];
    size_t cl = r->e[i + j] - r->s[i + j];
    int dc = content_word(x + ws[j], wn[j]);
    *content += dc;
    if (bc__validate_words_match(cw, cl, x + ws[j], wn[j])) {
      *matched += dc;
      continue;
    }
    if (*diff != RUN_WORDS || !dc || !r->cap[i + j] || !content_word(cw, cl))
      return 0;
    *diff = j;
  }
  return *diff != RUN_WORDS && *content >= 2;
}

/* The run's words r[i..i+n) against d's expansion, whose n words are
 * ws/wn: checked and 1 when they are a near miss. */
static int near_miss(struct bc__vstate *v, struct bc__claim *c,
                     const struct run *r, size_t i, size_t n,
                     const struct bc_acronym_fact *d, const size_t *ws,
                     const size_t *wn)
{
  const char *t = c->text;
  size_t diff, content, matched, s, e;
  int similar;
  if (!one_changed(t, r, i, n, d->expansion, ws, wn, &diff, &content, &matched))
    return 0;
  s = r->s[i];
  e = r->e[i + n - 1];
  if (taken(c, s, e) || bc__check_plainly_in_source(v, t + s, e - s, NULL) ||
      loosely_in_source(v, t + s, e - s) || source_expansion(v, t + s, e - s) ||
      spells_source_acronym(v, t, r, i, n, d->acronym) ||
      capital_in_source(v, t + r->s[i + diff], r->e[i + diff] - r->s[i + diff]))
    return 0;
  similar = similar_words(t + r->s[i + diff], r->e[i + diff] - r->s[i + diff],
                          d->expansion + ws[diff], wn[diff]);
  /* Two words with one changed are another name unless the changed word
   * is a slip; from three on, the others say it is the same name when
   * three of them match, or the claim says it where the source does, or
   * the changed word keeps the initials of the source's acronym ("Summer
   * Funding Program" for its "Summer Founders Program (SFP)"): a name
   * with the letters the source gives it is the source's name. */
  if (content == 2 ? !similar
                   : !(matched >= 3 || similar || same_place(c, s, e, v, d) ||
                       known_slip(d, t, s, e) ||
                       bc__validate_fits_acronym(d->acronym, t + s, e - s)))
    return 0;
  check_expansion(v, c, d->acronym, s, e, HOW_NEAR);
  return 1;
}

static void near_misses(struct bc__vstate *v, struct bc__claim *c,
                        const struct run *r)
{
  const struct bc_facts *F = v->facts;
  size_t k, i;
  for (k = 0; k < F->n_acronyms && !v->rc; k++) {
    const struct bc_acronym_fact *d = &F->acronyms[k];
    size_t ws[NEAR_WORDS], wn[NEAR_WORDS], n = 0, pos = 0, st, wl;
    size_t xn = strlen(d->expansion);
    if (d->loose || source_def(v, d->acronym) != d)
      continue;
    while (n <= r->n && n < NEAR_WORDS &&
           (wl = bc__validate_next_word(d->expansion, xn, &pos, &st)) > 0) {
      ws[n] = st;
      wn[n++] = wl;
    }
    if (n < 2 || n > r->n ||
        bc__validate_next_word(d->expansion, xn, &pos, &st) > 0)
      continue;
    for (i = 0; i + n <= r->n && !v->rc; i++)
      if (r->cap[i] && r->cap[i + n - 1] && near_miss(v, c, r, i, n, d, ws, wn))
        break;
  }
}

/* --- well-known acronyms the source uses -----------------------------------
 * "Conservative Central Headquarters" where the source writes only "CCHQ",
 * "the Southern Division of New York" where it writes only "SDNY": a
 * capitalised phrase of the claim that is a usual meaning of a well-known
 * acronym the source writes without defining, but for one word changed to
 * another of the same initial, so that it keeps the acronym's letters.
 * The writer expanded the source's acronym and slipped on one word. */

/* The run's r[i..i+n) against k's meaning m[0..mn), whose n words are
 * ws/wn: reported and 1 when they are that meaning with a word changed. */
static int known_slip_at(struct bc__vstate *v, struct bc__claim *c,
                         const struct run *r, size_t i, size_t n,
                         const struct bc__known_acronym *k, const char *m,
                         size_t mn, const size_t *ws, const size_t *wn)
{
  const char *t = c->text;
  size_t diff, content, matched, s, e, cs, cl;
  struct bc_buf mb = BC_BUF_INIT(2048);
  char *said, *msg;
  size_t j;
  /* Every word keeps its initial, the changed one too: a cheap test
   * first. */
  for (j = 0; j < n; j++)
    if (lower((unsigned char)t[r->s[i + j]]) != lower((unsigned char)m[ws[j]]))
      return 0;
  if (!one_changed(t, r, i, n, m, ws, wn, &diff, &content, &matched))
    return 0;
  cs = r->s[i + diff];
  cl = r->e[i + diff] - cs;
  s = r->s[i];
  e = r->e[i + n - 1];
  if (lower((unsigned char)t[cs]) != lower((unsigned char)m[ws[diff]]) ||
      (content == 2 && !similar_words(t + cs, cl, m + ws[diff], wn[diff])) ||
      taken(c, s, e) || usual_meaning(k, k->acronym, t + s, e - s) ||
      bc__check_plainly_in_source(v, t + s, e - s, NULL) ||
      loosely_in_source(v, t + s, e - s) || source_expansion(v, t + s, e - s) ||
      capital_in_source(v, t + cs, cl))
    return 0;
  said = bc__strndup(m, mn);
  if (said)
    bc_buf_addf(&mb,
                "the source writes %s, which usually stands for %s; these "
                "words are that name with one word changed",
                k->acronym, said);
  msg = bc_buf_take(&mb, NULL);
  if (!said || !msg || !record(c, s, e))
    v->rc = BC_ERR_NOMEM;
  else {
    v->r->checked.acronyms++;
    bc__check_add(v, c, BC_FINDING_ACRONYM, BC_SEV_ERROR,
                  (struct bc_span){s, e}, said, (struct bc_span){0, 0}, NULL,
                  msg);
  }
  free(said);
  free(msg);
  return 1;
}

static void known_slips(struct bc__vstate *v, struct bc__claim *c,
                        const struct run *r)
{
  size_t q, i;
  for (q = 0; q < v->n_src_known && !v->rc; q++) {
    const struct bc__known_acronym *k = v->src_known[q];
    size_t pos = 0, mn;
    const char *m;
    while ((mn = bc__known_acronym_next(k, &pos, &m)) > 0) {
      size_t ws[NEAR_WORDS], wn[NEAR_WORDS], n = 0, p = 0, st, wl;
      while (n <= r->n && n < NEAR_WORDS &&
             (wl = bc__validate_next_word(m, mn, &p, &st)) > 0) {
        ws[n] = st;
        wn[n++] = wl;
      }
      if (n < 2 || n > r->n || bc__validate_next_word(m, mn, &p, &st) > 0)
        continue;
      for (i = 0; i + n <= r->n && !v->rc; i++)
        if (r->cap[i] && r->cap[i + n - 1] &&
            known_slip_at(v, c, r, i, n, k, m, mn, ws, wn))
          return;
    }
  }
}

/* --- long forms the source uses without defining ---------------------------
 * "Pacific Gas & Energy" where the source writes "Pacific Gas & Electric
 * Co." and then "PG&E", never as a definition: a capitalised phrase of the
 * claim that is a phrase of the source, word for word but for one
 * capitalised word changed to another with the same initial, so that the
 * acronym the source uses for its phrase still fits.  The writer named the
 * thing the source's acronym stands for, and slipped on one word of it. */

/* Does the text write an acronym whose letters are acr's (the ampersand
 * and dots of "PG&E", "U.S." left out)? */
static int writes_letters(const char *t, size_t len, const char *acr)
{
  size_t a = 0, n = strlen(acr);
  while (a < len) {
    size_t b = a, m = 0;
    int ok = 1;
    if (t[a] < 'A' || t[a] > 'Z' ||
        (a > 0 && bc__check_is_alnum((unsigned char)t[a - 1]))) {
      a++;
      continue;
    }
    while (b < len && ((t[b] >= 'A' && t[b] <= 'Z') || t[b] == '&' ||
                       (t[b] == '.' && b + 1 < len && t[b + 1] >= 'A' &&
                        t[b + 1] <= 'Z'))) {
      if (t[b] >= 'A' && t[b] <= 'Z') {
        if (m >= n || t[b] != acr[m])
          ok = 0;
        m++;
      }
      b++;
    }
    if (ok && m == n && (b >= len || !bc__check_is_alnum((unsigned char)t[b])))
      return 1;
    a = b > a ? b : a + 1;
  }
  return 0;
}

#define SLIP_WORDS 8

/* The source's words at ss/sn[0..n) against the run's r[i..i+n): 1 when
 * they are the same but for one capitalised word with the same initial,
 * which goes in *diff. */
static int one_word_slip(const char *t, const char *src, const size_t *ss,
                         const size_t *sn, const struct run *r, size_t i,
                         size_t n, size_t *diff)
{
  size_t j, content = 0;
  *diff = SLIP_WORDS;
  /* Every word keeps its initial: a cheap test first. */
  for (j = 0; j < n; j++)
    if (lower((unsigned char)t[r->s[i + j]]) !=
        lower((unsigned char)src[ss[j]]))
      return 0;
  for (j = 0; j < n; j++) {
    const char *cw = t + r->s[i + j], *sw = src + ss[j];
    size_t cl = r->e[i + j] - r->s[i + j];
    if (bc__validate_words_match(cw, cl, sw, sn[j])) {
      content += content_word(sw, sn[j]);
      continue;
    }
    if (*diff != SLIP_WORDS || !r->cap[i + j] || cw[0] != sw[0] ||
        !content_word(cw, cl) || !content_word(sw, sn[j]))
      return 0;
    *diff = j;
  }
  return *diff != SLIP_WORDS && content >= 2;
}

/* The acronym the source writes for its capitalised words at ss/sn[0..n):
 * their initials, or those of the first three or more of them ("CDC" for
 * "Center for Disease Control and Prevention"), into acr; 0 if none. */
static int source_uses_initials(const struct bc__vstate *v, const char *src,
                                const size_t *ss, size_t n, char *acr)
{
  size_t j, m = 0, full;
  for (j = 0; j < n; j++)
    if (src[ss[j]] >= 'A' && src[ss[j]] <= 'Z')
      acr[m++] = src[ss[j]];
  for (full = m; m >= 3 || (m == 2 && m == full); m--) {
    acr[m] = '\0';
    if (writes_letters(v->doc->text, v->doc->text_len, acr))
      return 1;
  }
  return 0;
}

/* Does the claim's sentence around t[at] write the initials of the
 * source's capitalised words at ss[0..n), three or more ("the CPD, that's
 * the Chicago Police Department" where the source names the Columbus
 * Police Department)?  Then the claim gives its phrase as what those
 * initials stand for, though the source never writes them; into acr. */
static int claim_uses_initials(const struct bc__claim *c, size_t at,
                               const char *src, const size_t *ss, size_t n,
                               char *acr)
{
  size_t j, m = 0, s, e;
  for (j = 0; j < n; j++)
    if (src[ss[j]] >= 'A' && src[ss[j]] <= 'Z')
      acr[m++] = src[ss[j]];
  acr[m] = '\0';
  if (m < 3)
    return 0;
  sentence_at(c->text, c->len, at, &s, &e);
  return writes_letters(c->text + s, e - s, acr);
}

/* taken(), for the changed word s..e of the phrase: a name the claim
 * writes out and shortens later ("Pacific Gas ... PG&E"), or a part of
 * the phrase checked already ("Northern Rail" of "Northern Rail &
 * Ferries"), leaves it free. */
static int slip_taken(const struct bc__claim *c, size_t s, size_t e)
{
  return taken_as(c, s, e, 1);
}

/* Does the fact sheet define an acronym with the letters acr?  Then the
 * near-miss and implicit rules above weigh the phrase against the
 * definition. */
static int defined_letters(const struct bc__vstate *v, const char *acr)
{
  size_t k, j, m;
  for (k = 0; k < v->facts->n_acronyms; k++) {
    const char *a = v->facts->acronyms[k].acronym;
    for (j = m = 0; a[j]; j++)
      if (a[j] >= 'A' && a[j] <= 'Z') {
        if (acr[m] != a[j])
          break;
        m++;
      }
    if (!a[j] && acr[m] == '\0')
      return 1;
  }
  return 0;
}

static void long_form_slips(struct bc__vstate *v, struct bc__claim *c,
                            const struct run *r)
{
  const char *src = v->doc->text, *t = c->text;
  const struct bc__wordtab *w = &v->words;
  size_t wi;
  if (!src || r->n < 2)
    return;
  /* The source's words (its word table, read once per check: a long
   * claim has a run for every few words) in a window as long as the run,
   * slid along. */
  for (wi = 0; wi < w->n; wi++) {
    size_t n, i, j, diff, s, e, k = wi + 1 < SLIP_WORDS ? wi + 1 : SLIP_WORDS;
    char acr[SLIP_WORDS + 1];
    int in_claim;
    for (n = 2; n <= k && n <= r->n; n++) {
      const size_t *ws = w->start + wi + 1 - n;
      size_t wn[SLIP_WORDS];
      if (src[ws[0]] < 'A' || src[ws[0]] > 'Z')
        continue;
      for (j = 0; j < n; j++)
        wn[j] = w->end[wi + 1 - n + j] - ws[j];
      for (i = 0; i + n <= r->n; i++) {
        if (!r->cap[i] || !r->cap[i + n - 1] ||
            !one_word_slip(t, src, ws, wn, r, i, n, &diff))
          continue;
        /* The source's words must be one name, as the claim's are. */
        for (j = 1; j < n && joins(src, ws[j - 1] + wn[j - 1], ws[j]); j++)
          ;
        if (j < n)
          continue;
        in_claim = !source_uses_initials(v, src, ws, n, acr);
        if ((in_claim && !claim_uses_initials(c, r->s[i], src, ws, n, acr)) ||
            defined_letters(v, acr))
          continue;
        s = r->s[i];
        e = r->e[i + n - 1];
        if (slip_taken(c, r->s[i + diff], r->e[i + diff]) ||
            bc__check_plainly_in_source(v, t + s, e - s, NULL) ||
            capital_in_source(v, t + r->s[i + diff],
                              r->e[i + diff] - r->s[i + diff]))
          continue;
        if (e - s > 2 && t[e - 2] == '\'' && t[e - 1] == 's')
          e -= 2; /* a possessive */
        name_finding(v, c, s, e, (struct bc_span){ws[0], wn[n - 1] + ws[n - 1]},
                     "it ",
                     in_claim ? ", which has the initials the summary gives it,"
                              : ", and writes its initials",
                     acr, SLIPPED, 1);
        return;
      }
    }
  }
}

/* --- a parenthetical acronym that does not fit ----------------------------
 * "the Metropolitan Detention Center (MCC)" where the source names the
 * Metropolitan Correctional Center: a name whose initials do not spell the
 * acronym the claim gives it in brackets (so the analyzer reads no
 * definition), while the source names a thing with those initials in the
 * same words but one.  The acronym is the source's; the name is not. */

/* The acronym in brackets right after t[at] (" (MCC)"), into acr; its
 * length, 0 when none. */
static size_t bracket_acronym(const char *t, size_t len, size_t at, char *acr)
{
  size_t k = at + 2, n = 0;
  if (at + 2 >= len || t[at] != ' ' || t[at + 1] != '(')
    return 0;
  while (k < len && t[k] >= 'A' && t[k] <= 'Z' && n < SLIP_WORDS)
    acr[n++] = t[k++];
  if (n < 2 || k >= len || t[k] != ')')
    return 0;
  acr[n] = '\0';
  return n;
}

/* The source's name of n capitalised words whose initials are acr and
 * which is the claim's last n words of the run r but for one: its span in
 * *sp; 0 when none. */
static int fitting_source_name(const struct bc__vstate *v, const char *t,
                               const struct run *r, const char *acr, size_t n,
                               struct bc_span *sp)
{
  const char *src = v->doc->text;
  size_t len = v->doc->text_len, ss[SLIP_WORDS], sn[SLIP_WORDS], k = 0;
  size_t pos = 0, st, wl, j, same, b = r->n - n;
  while ((wl = bc__validate_next_word(src, len, &pos, &st)) > 0) {
    if (src[st] != acr[k] || (k > 0 && !joins(src, ss[k - 1] + sn[k - 1], st)))
      k = 0;
    if (src[st] != acr[k])
      continue;
    ss[k] = st;
    sn[k++] = wl;
    if (k < n)
      continue;
    for (j = same = 0; j < n; j++)
      same += bc__validate_words_match(
          t + r->s[b + j], r->e[b + j] - r->s[b + j], src + ss[j], sn[j]);
    if (same + 1 == n && same >= 1) {
      sp->start = ss[0];
      sp->end = ss[n - 1] + sn[n - 1];
      return 1;
    }
    k = 0;
  }
  return 0;
}

static int slip_of_source_name(const struct bc__vstate *v, const char *t,
                               size_t es, size_t ee, const char *acr,
                               struct bc_span *sp)
{
  struct run r;
  size_t pos = es, st, wl, n = strlen(acr);
  r.n = 0;
  if (!v->doc->text || n < 2 || n > SLIP_WORDS)
    return 0;
  while ((wl = bc__validate_next_word(t, ee, &pos, &st)) > 0) {
    if (r.n == n || t[st] != acr[r.n])
      return 0;
    r.s[r.n] = st;
    r.e[r.n] = st + wl;
    r.cap[r.n++] = 1;
  }
  return r.n == n && fitting_source_name(v, t, &r, acr, n, sp);
}

static void bracket_misfit(struct bc__vstate *v, struct bc__claim *c,
                           const struct run *r)
{
  const char *t = c->text;
  char acr[SLIP_WORDS + 1];
  size_t n = bracket_acronym(t, c->len, r->e[r->n - 1], acr), s, e;
  struct bc_span sp;
  if (!n || n > r->n || !v->doc->text)
    return;
  s = r->s[r->n - n];
  e = r->e[r->n - 1];
  if (!r->cap[r->n - n] ||
      bc__validate_fits_acronym(acr, t + r->s[0], e - r->s[0]) ||
      bc__check_plainly_in_source(v, t + s, e - s, NULL) ||
      !fitting_source_name(v, t, r, acr, n, &sp))
    return;
  name_finding(v, c, s, e, sp, "", ", with the initials", acr,
               "do not spell them", 1);
}

static void implicit_expansions(struct bc__vstate *v, struct bc__claim *c)
{
  struct run r;
  size_t pos = 0, st, wl;
  r.n = 0;
  for (;;) {
    int cls = 0;
    wl = bc__validate_next_word(c->text, c->len, &pos, &st);
    if (wl)
      cls = word_class(c->text + st, wl);
    if (wl && cls && r.n > 0 && r.n < RUN_WORDS &&
        joins(c->text, r.e[r.n - 1], st)) {
      r.s[r.n] = st;
      r.e[r.n] = st + wl;
      r.cap[r.n++] = cls == 1;
      continue;
    }
    while (r.n > 0 && !r.cap[r.n - 1])
      r.n--;
    if (r.n >= 2) {
      long_form_slips(v, c, &r);
      if (!v->rc)
        bracket_misfit(v, c, &r);
      if (v->facts->n_acronyms) {
        try_run(v, c, &r);
        near_misses(v, c, &r);
      }
      if (!v->rc)
        known_slips(v, c, &r);
    }
    if (!wl || v->rc)
      return;
    r.n = 0;
    if (cls == 1) {
      r.s[0] = st;
      r.e[0] = st + wl;
      r.cap[0] = 1;
      r.n = 1;
    }
  }
}

/* --- the checker ------------------------------------------------------------
 */

/* How the analyzer's definition a spells its acronym. */
static enum how how_given(const struct bc_acronym_fact *a)
{
  if (a->loose)
    return HOW_LOOSE;
  return bc__validate_fits_acronym(a->acronym, a->expansion,
                                   strlen(a->expansion))
             ? HOW_FITS
             : HOW_LETTERS;
}

/* Is a an implicit definition, a capitalised phrase the analyzer took for
 * the acronym written later ("a Customer Success Architect ... the CSA
 * role"), rather than one the words around it give ("..., also known as
 * CSA", "... (CSA)")?  The phrase comes first, and a sentence's end or a
 * word other than those that link a name to its acronym lies between. */
static int implicit_fact(const char *t, const struct bc_acronym_fact *a)
{
  static const char *const link[] = {
      "a",        "abbreviated", "aka",         "also",       "as",
      "better",   "by",          "call",        "called",     "denoted",
      "e",        "hereafter",   "hereinafter", "henceforth", "i",
      "ie",       "just",        "k",           "known",      "or",
      "referred", "simply",      "termed",      "the",        "to",
      "we",       "which"};
  size_t k, e = a->expansion_span.end, s = a->span.start, pos, st, wl;
  if (a->loose || e > s)
    return 0;
  for (k = e; k < s; k++) {
    if (t[k] == '(' || t[k] == '[')
      return 0;
    if (bc__validate_sentence_end(t, k, s + 1))
      return 1;
  }
  pos = e;
  while ((wl = bc__validate_next_word(t, s, &pos, &st)) > 0) {
    for (k = 0; k < sizeof link / sizeof link[0]; k++)
      if (strlen(link[k]) == wl && strncasecmp(t + st, link[k], wl) == 0)
        break;
    if (k == sizeof link / sizeof link[0])
      return 1;
  }
  return 0;
}

void bc__check_acronyms(struct bc__vstate *v, struct bc__claim *c)
{
  const struct bc_facts *f = c->f;
  const struct bc_acronym_fact *d;
  size_t i;
  for (i = 0; i < f->n_acronyms && !v->rc; i++) {
    const struct bc_acronym_fact *a = &f->acronyms[i];
    if (a->expansion_span.end > c->len ||
        a->expansion_span.start >= a->expansion_span.end)
      continue;
    if (implicit_fact(c->text, a)) {
      /* A name written out and shortened later claims no definition of
       * an acronym the source never expands ("the World Health
       * Organization ... WHO"). */
      if ((d = source_def(v, a->acronym)) == NULL)
        continue;
      if (!record(c, a->expansion_span.start, a->expansion_span.end))
        v->rc = BC_ERR_NOMEM;
      else
        implicit_claim(v, c, d, a->expansion_span.start, a->expansion_span.end,
                       1);
      continue;
    }
    if (!mislabelled(v, c, a))
      check_expansion(v, c, a->acronym, a->expansion_span.start,
                      a->expansion_span.end, how_given(a));
  }
  if (!v->rc)
    implicit_expansions(v, c);
}

/* Mark the source's acronyms that text writes. */
static void mark_used(struct bc__vstate *v, const char *text)
{
  size_t k, len = strlen(text);
  for (k = 0; k < v->facts->n_acronyms; k++)
    if (!v->acr_used[k] && writes(text, len, v->facts->acronyms[k].acronym))
      v->acr_used[k] = 1;
}

static int mark_field(void *ctx, const char *field, const char *text)
{
  (void)field;
  if (text)
    mark_used(ctx, text);
  return 0;
}

/* Is t[a..b) a word of capitals alone, three or more, that is no
 * well-known acronym: part of a title or a shout ("ALL THE FIRE"), where
 * capitals say nothing of an acronym? */
static int shouted(const char *t, size_t a, size_t b)
{
  size_t k;
  if (b - a < 3)
    return 0;
  for (k = a; k < b; k++)
    if (t[k] < 'A' || t[k] > 'Z')
      return 0;
  return bc__known_acronym_find(t + a, b - a) == NULL;
}

/* The word next to t[a..b) on either side, across one space: shouted? */
static int beside_shout(const char *t, size_t len, size_t a, size_t b)
{
  size_t s, e;
  if (a >= 2 && t[a - 1] == ' ') {
    for (s = a - 1; s > 0 && bc__check_is_alnum((unsigned char)t[s - 1]); s--)
      ;
    if (shouted(t, s, a - 1))
      return 1;
  }
  if (b + 1 < len && t[b] == ' ') {
    for (e = b + 1; e < len && bc__check_is_alnum((unsigned char)t[e]); e++)
      ;
    if (shouted(t, b + 1, e))
      return 1;
  }
  return 0;
}

/* The well-known acronyms the source writes and does not define, each
 * once, into v->src_known: words of two capitals or more, capitals at
 * least half their letters ("SDNY", "PG&E", "ApJ"), not in a shout. */
static bc_status source_known(struct bc__vstate *v)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, a = 0, cap = 0;
  while (a < len) {
    size_t b = a, caps = 0, letters = 0, k;
    const struct bc__known_acronym *kn;
    char acr[17];
    if (!bc__check_is_alnum((unsigned char)t[a]) ||
        (a > 0 && bc__check_is_alnum((unsigned char)t[a - 1]))) {
      a++;
      continue;
    }
    while (b < len && (bc__check_is_alnum((unsigned char)t[b]) ||
                       (t[b] == '&' && b + 1 < len &&
                        bc__check_is_alnum((unsigned char)t[b + 1])))) {
      caps += t[b] >= 'A' && t[b] <= 'Z';
      letters += (t[b] >= 'A' && t[b] <= 'Z') || (t[b] >= 'a' && t[b] <= 'z');
      b++;
    }
    if (caps < 2 || 2 * caps < letters || b - a >= sizeof acr ||
        beside_shout(t, len, a, b) ||
        !(kn = bc__known_acronym_find(t + a, b - a))) {
      a = b;
      continue;
    }
    memcpy(acr, t + a, b - a);
    acr[b - a] = '\0';
    a = b;
    for (k = 0; k < v->n_src_known && v->src_known[k] != kn; k++)
      ;
    if (k < v->n_src_known || source_def(v, acr) || source_def(v, kn->acronym))
      continue;
    if (v->n_src_known == cap) {
      const struct bc__known_acronym **grown;
      cap = cap ? 2 * cap : 8;
      grown = bc__realloc(v->src_known, cap * sizeof *grown);
      if (!grown)
        return BC_ERR_NOMEM;
      v->src_known = grown;
    }
    v->src_known[v->n_src_known++] = kn;
  }
  return BC_OK;
}

bc_status bc__check_acronyms_prepare(struct bc__vstate *v,
                                     const struct bc_summary *s,
                                     const char *text)
{
  bc_status rc = source_known(v);
  if (rc || !v->facts->n_acronyms)
    return rc;
  v->acr_used = bc__calloc(v->facts->n_acronyms, 1);
  if (!v->acr_used)
    return BC_ERR_NOMEM;
  if (s)
    bc_summary_each_text(s, mark_field, v);
  if (text)
    mark_used(v, text);
  return BC_OK;
}

/* The acronym-like first word of s (at most 16 bytes) into acr; 0 when
 * there is none. */
static size_t first_acronym(const char *s, char *acr)
{
  size_t n = strcspn(s, " ,:;()"), k, up = 0;
  for (k = 0; k < n; k++)
    up += s[k] >= 'A' && s[k] <= 'Z';
  if (up < 2 || n > 16 || up * 2 < n)
    return 0;
  memcpy(acr, s, n);
  acr[n] = '\0';
  return n;
}

/* Read entry (a glossary entry rewritten as a definition) in claims mode
 * and check each expansion it gives that lies in claim, the field's text,
 * found at entry[off..). */
static void glossary_definition(struct bc__vstate *v, const char *field,
                                const char *entry, size_t n, const char *claim,
                                size_t off)
{
  struct bc__analyze_ctx actx;
  struct bc_facts *f = NULL;
  struct bc__claim c;
  size_t k;
  memset(&actx, 0, sizeof actx);
  actx.ref_date = v->doc->date;
  actx.claims = 1;
  v->rc = bc__analyze_text(entry, n, &actx, &f, v->err);
  memset(&c, 0, sizeof c);
  c.field = field;
  c.text = claim;
  c.len = strlen(claim);
  for (k = 0; !v->rc && k < f->n_acronyms; k++) {
    const struct bc_acronym_fact *a = &f->acronyms[k];
    struct bc_span x = a->expansion_span;
    if (x.start < off || x.end > off + c.len || x.end <= x.start ||
        (a->span.start >= off && a->span.start < off + c.len))
      continue;
    check_expansion(v, &c, a->acronym, x.start - off, x.end - off,
                    how_given(a));
  }
  bc_facts_free(f);
  free(c.exp);
}

/* A glossary entry is a definition: "SLO" -> "Service Level Objective, the
 * target ..." read as "SLO: Service Level Objective, the target ...", and
 * "Cloud Solution Architect" -> "CSA, his role" as "Cloud Solution
 * Architect (CSA)"; unless the definition defines the term itself ("RAGE
 * stands for ..."), which the text checks have read. */
void bc__check_glossary(struct bc__vstate *v, const struct bc_summary *s)
{
  size_t i;
  char fb[64], acr[17];
  for (i = 0; i < s->n_glossary && !v->rc; i++) {
    const struct bc_glossary_entry *g = &s->glossary[i];
    struct bc_buf b = BC_BUF_INIT((size_t)-1);
    size_t tn, n, off;
    const char *claim;
    char *entry;
    if (!g->term || !g->definition || !*g->definition || !*g->term)
      continue;
    if ((tn = first_acronym(g->term, acr)) != 0) {
      const struct bc_acronym_fact *src = bc_facts_find_acronym(v->facts, acr);
      size_t lead = strcspn(g->definition, ",;(");
      /* The term's first word reads as an acronym ("RAGE model"). */
      if (writes(g->definition, strlen(g->definition), acr))
        continue;
      /* The definition, or its leading phrase, is the source's expansion:
       * the entry states the definition whole, which no shorter reading of
       * it may contradict ("Five-hundred-meter Aperture Spherical Radio
       * Telescope", whose "Radio" gives no letter). */
      if (src && src->expansion &&
          (bc__validate_expansions_match(g->definition, lead, src->expansion,
                                         strlen(src->expansion)) ||
           bc__validate_expansions_match(g->definition, strlen(g->definition),
                                         src->expansion,
                                         strlen(src->expansion)))) {
        v->r->checked.acronyms++;
        continue;
      }
      bc_buf_adds(&b, acr);
      bc_buf_adds(&b, ": ");
      off = tn + 2;
      bc_buf_adds(&b, g->definition);
      claim = g->definition;
      snprintf(fb, sizeof fb, "glossary[%zu].definition", i);
    } else if (first_acronym(g->definition, acr) != 0) {
      /* The definition opens with the acronym of the term. */
      if (writes(g->term, strlen(g->term), acr))
        continue;
      bc_buf_adds(&b, g->term);
      bc_buf_addf(&b, " (%s)", acr);
      off = 0;
      claim = g->term;
      snprintf(fb, sizeof fb, "glossary[%zu].term", i);
    } else {
      continue;
    }
    entry = bc_buf_take(&b, &n);
    if (!entry) {
      v->rc = BC_ERR_NOMEM;
      return;
    }
    glossary_definition(v, fb, entry, n, claim, off);
    free(entry);
  }
}
