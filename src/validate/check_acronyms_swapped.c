/* check_acronyms_swapped.c - a title swapped for another: "Mike Siever,
 * the carrier's president and chief financial officer" where the source
 * writes "COO and president Mike Siever".  The claim's words are what
 * another well-known acronym (CFO) usually stands for, one word away from
 * the usual meaning of the acronym the source writes (COO: chief operating
 * officer), said of the same person or thing: by the name nearest to it,
 * or, with no name, by the word just before it, which the source writes
 * just before its acronym ("one neo-bank CEO").  It does not judge a title
 * the source never gives by an acronym. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/known_acronyms.h"
#include "util/lexicon.h"
#include "validate/check_acronyms_internal.h"
#include "validate/validate_internal.h"

#define TITLE_WORDS 8

#define NO_NAME ((size_t)-1)

/* The name nearest to t[s..e) in its sentence: a capitalised word that
 * does not open the sentence, its start in *ns and length in *nn; 0 when none.
 */
static int nearest_name(const struct bc__claim *c, size_t s, size_t e,
                        size_t *ns, size_t *nn)
{
  size_t cs, ce, pos, st, wl, best = NO_NAME;
  bc__acr_sentence_at(c->text, c->len, s, &cs, &ce);
  pos = cs;
  while ((wl = bc__validate_next_word(c->text, ce, &pos, &st)) > 0) {
    size_t d;
    if (st == cs || (st >= s && st < e) ||
        bc__acr_word_class(c->text + st, wl) != 1)
      continue;
    d = st < s ? s - st : st - e;
    if (d < best) {
      best = d;
      *ns = st;
      *nn = wl;
    }
  }
  return best != NO_NAME;
}

/* How close the source writes acr to the name w[0..n), in one sentence;
 * NO_NAME when never. */
static size_t acronym_near(const struct bc__vstate *v, const char *acr,
                           const char *w, size_t n)
{
  const char *t = v->doc->text, *at;
  size_t len = t ? v->doc->text_len : 0, an = strlen(acr), best = NO_NAME;
  for (at = t ? strstr(t, acr) : NULL; at; at = strstr(at + an, acr)) {
    size_t a = (size_t)(at - t), ss, se, pos, st, wl;
    if ((a > 0 && bc__check_is_alnum((unsigned char)t[a - 1])) ||
        (a + an < len && bc__check_is_alnum((unsigned char)t[a + an])))
      continue;
    bc__acr_sentence_at(t, len, a, &ss, &se);
    pos = ss;
    while ((wl = bc__validate_next_word(t, se, &pos, &st)) > 0) {
      size_t d = st < a ? a - st : st - a;
      if (wl == n && memcmp(t + st, w, n) == 0 && d < best)
        best = d;
    }
  }
  return best;
}

/* With no name beside it, the word just before the title t[s..]: a content
 * word the source writes right before acr ("one neo-bank chief financial
 * officer" where the source has "one neo-bank CEO") says it is the same
 * one.  How close, or NO_NAME. */
static size_t modifier_near(const struct bc__vstate *v,
                            const struct bc__claim *c, size_t s,
                            const char *acr)
{
  size_t ws = s, we, wn, d;
  while (ws > 0 && c->text[ws - 1] == ' ')
    ws--;
  we = ws;
  while (ws > 0 && bc__check_is_alnum((unsigned char)c->text[ws - 1]))
    ws--;
  wn = we - ws;
  if (!wn || we == s || !bc__acr_content_word(c->text + ws, wn))
    return NO_NAME;
  d = acronym_near(v, acr, c->text + ws, wn);
  return d <= wn + 2 ? d : NO_NAME;
}

/* The claim's words starting at ws[i], as many as m's n words at ms/mn:
 * 1 when they are m's but for one content word. */
static int one_word_changed(const char *t, const size_t *ws, const size_t *wn,
                            const char *m, const size_t *ms, const size_t *mn,
                            size_t n)
{
  size_t j, diff = 0;
  for (j = 0; j < n; j++) {
    if (bc__validate_words_match(t + ws[j], wn[j], m + ms[j], mn[j]))
      continue;
    if (diff++ || !bc__acr_content_word(m + ms[j], mn[j]) ||
        !bc__acr_content_word(t + ws[j], wn[j]))
      return 0;
  }
  return diff == 1;
}

/* Report t[s..e), the usual meaning of x, where the source writes k's
 * acronym, whose usual meaning is m[0..mn). */
static void swapped(struct bc__vstate *v, struct bc__claim *c, size_t s,
                    size_t e, const struct bc__known_acronym *k,
                    const struct bc__known_acronym *x, const char *m, size_t mn)
{
  struct bc_buf mb = BC_BUF_INIT(1024);
  char *said = bc__strndup(m, mn), *msg, *fix = NULL;
  if (said)
    bc_buf_addf(&mb,
                "the source writes %s (%s) here; these words are what %s "
                "usually stands for",
                k->acronym, said, x->acronym);
  msg = bc_buf_take(&mb, NULL);
  if (said)
    fix = bc__acr_fix_for(c->text + s, e - s, said);
  if (said && !fix)
    v->rc = BC_ERR_NOMEM;
  else
    bc__acr_error_at(v, c, s, e, said, fix, msg);
  free(said);
  free(msg);
  free(fix);
}

#define MAX_FOUND 8

/* A phrase of the claim that is a title one word away from m, the usual
 * meaning of k, which the source writes dist bytes from the name beside
 * the phrase. */
struct title {
  size_t s, e, dist;
  const struct bc__known_acronym *k, *x;
  const char *m;
  size_t mn;
};

/* k's meaning m[0..mn) against every window of the claim's words, into
 * found[*nf]. */
static void against_meaning(struct bc__vstate *v, struct bc__claim *c,
                            const struct bc__known_acronym *k, const char *m,
                            size_t mn, struct title *found, size_t *nf)
{
  size_t ms[TITLE_WORDS], ml[TITLE_WORDS], ws[TITLE_WORDS], wl[TITLE_WORDS];
  size_t n = 0, p = 0, st, l, pos = 0, have = 0, content = 0;
  const char *t = c->text, *src = v->doc->text;
  while ((l = bc__validate_next_word(m, mn, &p, &st)) > 0) {
    if (n == TITLE_WORDS)
      return;
    content += bc__acr_content_word(m + st, l);
    ms[n] = st;
    ml[n++] = l;
  }
  if (content < 3)
    return; /* two words name too many things */
  while ((l = bc__validate_next_word(t, c->len, &pos, &st)) > 0 && !v->rc) {
    const struct bc__known_acronym *x;
    size_t s, e, ns = 0, nn = 0, d, i;
    if (have == n) {
      memmove(ws, ws + 1, (n - 1) * sizeof *ws);
      memmove(wl, wl + 1, (n - 1) * sizeof *wl);
      have--;
    }
    ws[have] = st;
    wl[have++] = l;
    if (have < n || bc__acr_lower((unsigned char)t[ws[0]]) !=
                        bc__acr_lower((unsigned char)m[0]))
      continue;
    s = ws[0];
    e = ws[n - 1] + wl[n - 1];
    if (!bc__check_same_sentence(t, c->len, s, e - 1) ||
        !one_word_changed(t, ws, wl, m, ms, ml, n) ||
        !(x = bc__acr_known_for_words(k, t + s, e - s)) ||
        bc__acr_writes(src, v->doc->text_len, x->acronym) ||
        bc__acr_taken(c, s, e) ||
        bc__check_plainly_in_source(v, t + s, e - s, NULL) ||
        bc__acr_loosely_in_source(v, t + s, e - s) ||
        ((!nearest_name(c, s, e, &ns, &nn) ||
          (d = acronym_near(v, k->acronym, t + ns, nn)) == NO_NAME) &&
         (d = modifier_near(v, c, s, k->acronym)) == NO_NAME))
      continue;
    /* The acronym the source writes nearest that name is the title it
     * gives: "CEO John Legere ... COO and president Mike Siever". */
    for (i = 0; i < *nf && (found[i].s != s || found[i].e != e); i++)
      ;
    if (i == *nf && *nf == MAX_FOUND)
      continue;
    if (i == *nf)
      ++*nf;
    else if (found[i].dist <= d)
      continue;
    found[i] = (struct title){s, e, d, k, x, m, mn};
  }
}

void bc__acr_swapped_titles(struct bc__vstate *v, struct bc__claim *c)
{
  struct title found[MAX_FOUND];
  size_t q, nf = 0, i;
  if (!v->doc->text)
    return;
  for (q = 0; q < v->n_src_known && !v->rc; q++) {
    const struct bc__known_acronym *k = v->src_known[q];
    size_t pos = 0, mn;
    const char *m;
    while ((mn = bc__known_acronym_next(k, &pos, &m)) > 0 && !v->rc)
      against_meaning(v, c, k, m, mn, found, &nf);
  }
  for (i = 0; i < nf && !v->rc; i++)
    swapped(v, c, found[i].s, found[i].e, found[i].k, found[i].x, found[i].m,
            found[i].mn);
}
