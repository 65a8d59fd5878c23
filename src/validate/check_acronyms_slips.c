/* check_acronyms_slips.c - names the source writes out and uses by their
 * initials without defining them, changed by one word in a summary ("Pacific
 * Gas & Energy" for "Pacific Gas & Electric ... PG&E"), and a bracketed
 * acronym after a name whose initials do not spell it. */
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

/* Report the claim's words c->text[s..e) as a name the source writes
 * otherwise, at sp: "the source names <it> <the name><how> <acr>; these
 * words <what>".  rec: record the words as checked (a name found in a run,
 * not an expansion check_expansion recorded). */
void bc__acr_name_finding(struct bc__vstate *v, struct bc__claim *c, size_t s,
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
  if (!says || !msg || (rec && !bc__acr_record(c, s, e)))
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
                         const size_t *sn, const struct bc__acr_run *r,
                         size_t i, size_t n, size_t *diff)
{
  size_t j, content = 0;
  *diff = SLIP_WORDS;
  /* Every word keeps its initial: a cheap test first. */
  for (j = 0; j < n; j++)
    if (bc__acr_lower((unsigned char)t[r->s[i + j]]) !=
        bc__acr_lower((unsigned char)src[ss[j]]))
      return 0;
  for (j = 0; j < n; j++) {
    const char *cw = t + r->s[i + j], *sw = src + ss[j];
    size_t cl = r->e[i + j] - r->s[i + j];
    if (bc__validate_words_match(cw, cl, sw, sn[j])) {
      content += bc__acr_content_word(sw, sn[j]);
      continue;
    }
    if (*diff != SLIP_WORDS || !r->cap[i + j] || cw[0] != sw[0] ||
        !bc__acr_content_word(cw, cl) || !bc__acr_content_word(sw, sn[j]))
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
  bc__acr_sentence_at(c->text, c->len, at, &s, &e);
  return writes_letters(c->text + s, e - s, acr);
}

/* taken(), for the changed word s..e of the phrase: a name the claim
 * writes out and shortens later ("Pacific Gas ... PG&E"), or a part of
 * the phrase checked already ("Northern Rail" of "Northern Rail &
 * Ferries"), leaves it free. */
static int slip_taken(const struct bc__claim *c, size_t s, size_t e)
{
  return bc__acr_taken_as(c, s, e, 1);
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

void bc__acr_long_form_slips(struct bc__vstate *v, struct bc__claim *c,
                             const struct bc__acr_run *r)
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
        for (j = 1; j < n && bc__acr_joins(src, ws[j - 1] + wn[j - 1], ws[j]);
             j++)
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
            bc__acr_capital_in_source(v, t + r->s[i + diff],
                                      r->e[i + diff] - r->s[i + diff]))
          continue;
        if (e - s > 2 && t[e - 2] == '\'' && t[e - 1] == 's')
          e -= 2; /* a possessive */
        bc__acr_name_finding(
            v, c, s, e, (struct bc_span){ws[0], wn[n - 1] + ws[n - 1]}, "it ",
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
                               const struct bc__acr_run *r, const char *acr,
                               size_t n, struct bc_span *sp)
{
  const char *src = v->doc->text;
  size_t len = v->doc->text_len, ss[SLIP_WORDS], sn[SLIP_WORDS], k = 0;
  size_t pos = 0, st, wl, j, same, b = r->n - n;
  while ((wl = bc__validate_next_word(src, len, &pos, &st)) > 0) {
    if (src[st] != acr[k] ||
        (k > 0 && !bc__acr_joins(src, ss[k - 1] + sn[k - 1], st)))
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

int bc__acr_slip_of_source_name(const struct bc__vstate *v, const char *t,
                                size_t es, size_t ee, const char *acr,
                                struct bc_span *sp)
{
  struct bc__acr_run r;
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

void bc__acr_bracket_misfit(struct bc__vstate *v, struct bc__claim *c,
                            const struct bc__acr_run *r)
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
  bc__acr_name_finding(v, c, s, e, sp, "", ", with the initials", acr,
                       "do not spell them", 1);
}
