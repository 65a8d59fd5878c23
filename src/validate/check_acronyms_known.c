/* check_acronyms_known.c - well-known acronyms (util/known_acronyms.h): an
 * expansion of one the source never expands, a name given the acronym of
 * another well-known thing, and a usual meaning the source writes only as its
 * acronym with one word changed.  It keeps no table of its own. */
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

/* --- well-known acronyms
 * ------------------------------------------------------ An acronym the source
 * never expands may still be one every reader knows
 * ("SDNY", "IPO", "NOAA"): a summary that expands it otherwise ("the
 * Southern Division of New York") tells the listener something false. */

#define NEAR_CONTENT 16

/* The content words of p[0..n) (starts in ws, lengths in wn, at most
 * NEAR_CONTENT); how many. */
static size_t content_list(const char *p, size_t n, size_t *ws, size_t *wn)
{
  size_t pos = 0, st, wl, k = 0;
  while (k < NEAR_CONTENT && (wl = bc__validate_next_word(p, n, &pos, &st)))
    if (!bc__lex_is_skippable(p + st, wl)) {
      ws[k] = st;
      wn[k++] = wl;
    }
  return k;
}

/* Are the content words of a[0..an) those of b[0..bn), in order, but for
 * one: changed, dropped or added ("Association of South Asian Nations" for
 * "Association of Southeast Asian Nations")?  b needs three content words
 * or more, so that the others say which name it is. */
int bc__acr_one_word_off(const char *a, size_t an, const char *b, size_t bn)
{
  size_t as[NEAR_CONTENT], al[NEAR_CONTENT], bs[NEAR_CONTENT], bl[NEAR_CONTENT];
  size_t na = content_list(a, an, as, al), nb = content_list(b, bn, bs, bl);
  size_t i = 0, j = 0, off = 0;
  if (nb < 3 || na + 1 < nb || nb + 1 < na)
    return 0;
  while (i < na && j < nb) {
    if (bc__validate_words_match(a + as[i], al[i], b + bs[j], bl[j])) {
      i++;
      j++;
      continue;
    }
    if (off++)
      return 0;
    if (na == nb) {
      i++;
      j++;
    } else if (na > nb) {
      i++;
    } else {
      j++;
    }
  }
  off += (na - i) + (nb - j);
  return off == 1;
}

/* Is p[0..n) one of k's usual meanings with one content word changed,
 * dropped or added? */
static int near_usual(const struct bc__known_acronym *k, const char *p,
                      size_t n)
{
  size_t pos = 0, mn;
  const char *m;
  while ((mn = bc__known_acronym_next(k, &pos, &m)) > 0)
    if (bc__acr_one_word_off(p, n, m, mn))
      return 1;
  return 0;
}

/* Is p[0..n) a usual meaning of the well-known acronym acr with one
 * content word changed, dropped or added ("gastrointestinal reflux
 * disease" for GERD)? */
int bc__acr_near_known(const char *acr, const char *p, size_t n)
{
  const struct bc__known_acronym *k = bc__known_acronym_find(acr, strlen(acr));
  return k && near_usual(k, p, n);
}

/* Does t[s..e) read as a name given for acr in loose words: two capitalised
 * words or more, and the initials of half its letters in order ("State
 * Department of Public Safety (DSS)") or a usual meaning of acr but for one
 * word ("ASEAN (Association of South Asian Nations)"), not a person or a
 * party label ("Mitch McConnell (GOP)")? */
int bc__acr_loose_name(const char *acr, const char *t, size_t s, size_t e)
{
  size_t words, caps, hit = bc__acr_initial_hits(acr, t, s, e, &words, &caps);
  if (caps < 2)
    return 0;
  if (2 * hit >= bc__acr_letters_of(acr))
    return 1;
  return bc__acr_near_known(acr, t + s, e - s);
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
    if (bc__acr_lower((unsigned char)t[a]) !=
            bc__acr_lower((unsigned char)m[0]) ||
        (a > 0 && bc__check_is_alnum((unsigned char)t[a - 1])) ||
        (a + n < len && bc__check_is_alnum((unsigned char)t[a + n])) ||
        strncasecmp(t + a, m, n) != 0)
      continue;
    *at = (struct bc_span){a, a + n};
    return 1;
  }
  return 0;
}

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

/* Is the claim c[0..cn) one of k's usual meanings with one content word
 * swapped for a look-alike of the same stem that names another thing
 * ("defensive linebacker" for defensive lineman, "mass spectroscopy" for
 * mass spectrometry, "Queen's Court" for Queen's Counsel)?  The other
 * words say the claim means that sense; the changed word, which keeps the
 * first three letters or more (half the shorter word at least), is a slip,
 * not another meaning the table does not list.  A word cut short
 * ("defensive line") or inflected ("linemen": endings of two letters each,
 * or of one) is no slip. */
static int look_alike_word(const struct bc__known_acronym *k, const char *claim,
                           size_t cn)
{
  size_t cs[NEAR_CONTENT], cl[NEAR_CONTENT], ms[NEAR_CONTENT], ml[NEAR_CONTENT];
  size_t pos = 0, n, nc = content_list(claim, cn, cs, cl);
  const char *m;
  while (nc >= 2 && (n = bc__known_acronym_next(k, &pos, &m)) > 0) {
    size_t j, diff = 0, at = 0, p = 0, ra, rb;
    if (content_list(m, n, ms, ml) != nc)
      continue;
    for (j = 0; j < nc; j++)
      if (!bc__validate_words_match(claim + cs[j], cl[j], m + ms[j], ml[j])) {
        diff++;
        at = j;
      }
    if (diff != 1)
      continue;
    while (p < cl[at] && p < ml[at] &&
           bc__acr_lower((unsigned char)claim[cs[at] + p]) ==
               bc__acr_lower((unsigned char)m[ms[at] + p]))
      p++;
    ra = cl[at] - p;
    rb = ml[at] - p;
    if (p >= 3 && 2 * p >= (cl[at] < ml[at] ? cl[at] : ml[at]) && ra >= 2 &&
        rb >= 2 && ra + rb >= 5)
      return 1;
  }
  return 0;
}

/* Is the claim c[0..cn), three content words or more, what another
 * well-known acronym of other letters usually stands for ("the EU, the
 * European Economic Community": EEC)?  Then it names that other thing,
 * however many meanings two letters have. */
static int other_name(const struct bc__known_acronym *k, const char *acr,
                      const char *claim, size_t cn)
{
  size_t cs[NEAR_CONTENT], cl[NEAR_CONTENT];
  const struct bc__known_acronym *o;
  if (content_list(claim, cn, cs, cl) < 3)
    return 0;
  o = bc__acr_known_for_words(k, claim, cn);
  return o && strcasecmp(o->acronym, acr) != 0;
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
    if (bc__acr_same_words(acr, p, n, one))
      return 1;
  }
  return 0;
}

/* The claim p[0..n) is a usual meaning of acr, three letters or more, that
 * the source never names, while it names another in its own words ("the
 * National Endowment of the Arts" for NEA, the claim National Education
 * Association): that other meaning in *m, *mn (0 when none).  Two letters
 * stand for too many things for one story not to name two of them. */
static int other_named(const struct bc__vstate *v,
                       const struct bc__known_acronym *k, const char *acr,
                       const char *p, size_t n, const char **m, size_t *mn)
{
  size_t pos = 0, ln;
  const char *l;
  *mn = 0;
  if (strlen(acr) < 3 || bc__acr_loosely_in_source(v, p, n))
    return 0;
  while ((ln = bc__known_acronym_next(k, &pos, &l)) > 0)
    if (!bc__acr_one_word_off(p, n, l, ln) &&
        !bc__acr_words_among(l, ln, p, n) && memchr(l, ' ', ln) &&
        bc__acr_loosely_in_source(v, l, ln)) {
      *m = l;
      *mn = ln;
      return 1;
    }
  return 0;
}

/* Does every content word of a[0..an) match a content word of b[0..bn)? */
int bc__acr_words_among(const char *a, size_t an, const char *b, size_t bn)
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
           !bc__acr_words_among(ms[parts], n, claim, cn))
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
    for (k = 0; k < parts && !bc__acr_words_among(claim + st, wl, ms[k], mn[k]);
         k++)
      ;
    if (k == parts)
      return 0;
  }
  return 1;
}

/* The claim t[es..ee) expands acr, which the source never expands: judged
 * against what acr usually stands for when it is a well-known acronym.
 * One of its usual meanings passes.  Another is an error pointing at the
 * source's own name for one of them when it writes one (repaired to it
 * when it writes only one), else at the usual meanings.  0 when acr is no
 * well-known acronym, or the claim's words are the source's. */
int bc__acr_check_known(struct bc__vstate *v, struct bc__claim *c,
                        const char *acr, size_t es, size_t ee,
                        enum bc__acr_how how)
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
  n = 0;
  if (usual_meaning(k, acr, claim, cn) &&
      !other_named(v, k, acr, claim, cn, &m, &n)) {
    bc_buf_release(&says);
    return 1;
  }
  if (n > 0) {
    /* Another usual meaning, where the source names the one it means. */
    said = bc__strndup(m, n);
    bc_buf_addf(&mb,
                "the source never expands %s, but names the %s, which %s "
                "usually stands for, not this",
                acr, said ? said : "", acr);
    msg = bc_buf_take(&mb, NULL);
    if (!said || !msg)
      v->rc = BC_ERR_NOMEM;
    else if (!bc__acr_reported(v, c, es, &fix))
      bc__check_add(v, c, BC_FINDING_ACRONYM, sev, (struct bc_span){es, ee},
                    said, at, fix, msg);
    bc_buf_release(&says);
    free(said);
    free(msg);
    return 1;
  }
  while ((n = bc__known_acronym_next(k, &pos, &m)) > 0)
    if (source_writes(v, m, n, &w) && in_source++ == 0)
      at = w;
  /* One word that spells it from inside ("polysomnography (PSG)"), or
   * the source's own words in its order: a meaning of the text's field
   * that the table may not list. */
  if ((how == HOW_LETTERS && !memchr(claim, ' ', cn)) ||
      bc__acr_loosely_in_source(v, claim, cn)) {
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
      fix = bc__acr_fix_for(claim, cn, said);
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
     * tomography" for computed tomography) or a word swapped for a
     * look-alike ("defensive linebacker" for defensive lineman). */
    if (strlen(acr) <= 2 && !same_head(k, claim, cn) &&
        !look_alike_word(k, claim, cn) && !other_name(k, acr, claim, cn))
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
  else if (!bc__acr_reported(v, c, es, &fix))
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
const struct bc__known_acronym *
bc__acr_known_for_words(const struct bc__known_acronym *k, const char *p,
                        size_t n)
{
  size_t nt, i, pos, mn;
  const struct bc__known_acronym *t = bc__known_acronyms(&nt);
  const char *m;
  for (i = 0; i < nt; i++) {
    if (&t[i] == k)
      continue;
    pos = 0;
    while ((mn = bc__known_acronym_next(&t[i], &pos, &m)) > 0)
      if (bc__acr_lower((unsigned char)m[0]) ==
              bc__acr_lower((unsigned char)p[0]) &&
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
int bc__acr_mislabelled(struct bc__vstate *v, struct bc__claim *c,
                        const struct bc_acronym_fact *a)
{
  const char *acr = a->acronym, *claim = c->text + a->expansion_span.start;
  size_t cn = a->expansion_span.end - a->expansion_span.start, pos = 0, n, i;
  const struct bc__known_acronym *k = bc__known_acronym_find(acr, strlen(acr));
  const struct bc__known_acronym *other;
  struct bc_buf mb = BC_BUF_INIT(4096);
  const char *m;
  char *msg;
  if (!k || a->loose || a->span.end > c->len || bc__acr_source_def(v, acr) ||
      (v->doc->text && bc__acr_writes(v->doc->text, v->doc->text_len, acr)) ||
      !bc__validate_fits_acronym(acr, claim, cn) ||
      usual_meaning(k, acr, claim, cn))
    return 0;
  if (!(other = bc__acr_known_for_words(k, claim, cn)) ||
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
  if (!msg ||
      !bc__acr_record(c, a->expansion_span.start, a->expansion_span.end)) {
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

/* Is d's expansion what its acronym usually stands for, and t[s..e),
 * whose initials spell the acronym too, none of its usual meanings?  Then
 * the phrase is that well-known name with a word changed ("Congressional
 * Black Council" where the source names the Congressional Black Caucus
 * and writes CBC), not another name. */
int bc__acr_known_slip(const struct bc_acronym_fact *d, const char *t, size_t s,
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
                         const struct bc__acr_run *r, size_t i, size_t n,
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
    if (bc__acr_lower((unsigned char)t[r->s[i + j]]) !=
        bc__acr_lower((unsigned char)m[ws[j]]))
      return 0;
  if (!bc__acr_one_changed(t, r, i, n, m, ws, wn, &diff, &content, &matched))
    return 0;
  cs = r->s[i + diff];
  cl = r->e[i + diff] - cs;
  s = r->s[i];
  e = r->e[i + n - 1];
  if (bc__acr_lower((unsigned char)t[cs]) !=
          bc__acr_lower((unsigned char)m[ws[diff]]) ||
      (content == 2 &&
       !bc__acr_similar_words(t + cs, cl, m + ws[diff], wn[diff])) ||
      bc__acr_taken(c, s, e) || usual_meaning(k, k->acronym, t + s, e - s) ||
      bc__check_plainly_in_source(v, t + s, e - s, NULL) ||
      bc__acr_loosely_in_source(v, t + s, e - s) ||
      bc__acr_source_expansion(v, t + s, e - s) ||
      bc__acr_capital_in_source(v, t + cs, cl))
    return 0;
  said = bc__strndup(m, mn);
  if (said)
    bc_buf_addf(&mb,
                "the source writes %s, which usually stands for %s; these "
                "words are that name with one word changed",
                k->acronym, said);
  msg = bc_buf_take(&mb, NULL);
  bc__acr_error_at(v, c, s, e, said, NULL, msg);
  free(said);
  free(msg);
  return 1;
}

void bc__acr_known_slips(struct bc__vstate *v, struct bc__claim *c,
                         const struct bc__acr_run *r)
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
