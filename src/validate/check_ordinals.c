/* check_ordinals.c - positions ("the third workshop", "her 16th title"):
 * each ordinal a claim gives must be the position the source gives the
 * same thing, where that is clear: an ordinal followed by the same word
 * ("the first public workshop"), in a sentence sharing more words with the
 * claim's.  "For the first time", "at first", a rank with nothing after it
 * are left alone.  The number checker (check_numbers.c) reads the source's
 * ordinals with its numbers and calls this file on each field. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze/analyze.h"
#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/calendar.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

#define NONE ((size_t)-1)

#define ORD_HEAD 2

/* Stem hashes of the (at most ORD_HEAD) content words right after an
 * ordinal at s, within its clause. */
static size_t ord_head(const char *t, size_t len, struct bc_span s, uint32_t *h)
{
  size_t pos = s.end, st, n, k = 0, i;
  for (i = s.end; i < len && (t[i] == ' ' || t[i] == '-'); i++)
    ;
  if (i == s.end && i < len)
    return 0; /* "first," "first." */
  while (k < ORD_HEAD && (n = bc__validate_next_word(t, len, &pos, &st)) > 0) {
    size_t g;
    for (g = i; g < st; g++)
      if (t[g] != ' ' && t[g] != '-')
        return k; /* punctuation ends the phrase */
    if ((t[st] >= '0' && t[st] <= '9') || bc__lex_is_skippable(t + st, n))
      return k;
    h[k++] = bc__validate_stem_hash(t + st, n);
    i = st + n;
  }
  return k;
}

static int heads_share(const uint32_t *a, size_t na, const uint32_t *b,
                       size_t nb)
{
  size_t i, j;
  for (i = 0; i < na; i++)
    for (j = 0; j < nb; j++)
      if (a[i] == b[j])
        return 1;
  return 0;
}

/* "second" after a determiner ("the second workshop", "her second book"):
 * an ordinal the analyzer leaves out, "second" being also a unit of time.
 * Appends them to out (at most cap) and returns how many there are. */
static size_t second_ordinals(const char *t, size_t len,
                              const struct bc_number_fact *have, size_t n_have,
                              struct bc_number_fact *out, size_t cap)
{
  static const char *const dets[] = {"the",  "a",     "his",   "her",
                                     "its",  "their", "our",   "my",
                                     "your", "this",  "every", "each"};
  size_t pos = 0, st, n, prev = 0, prev_n = 0, k = 0, i;
  while ((n = bc__validate_next_word(t, len, &pos, &st)) > 0) {
    if (n == 6 && strncasecmp(t + st, "second", 6) == 0 && prev_n) {
      int det = 0, dup = 0;
      for (i = 0; i < sizeof dets / sizeof dets[0]; i++)
        det |= strlen(dets[i]) == prev_n &&
               strncasecmp(t + prev, dets[i], prev_n) == 0;
      for (i = 0; i < n_have; i++)
        dup |= have[i].span.start <= st && st < have[i].span.end;
      if (det && !dup && st - (prev + prev_n) == 1) {
        if (k < cap) {
          memset(&out[k], 0, sizeof out[k]);
          out[k].span.start = st;
          out[k].span.end = st + 6;
          out[k].whole = out[k].span;
          out[k].value = out[k].value_hi = 2;
          out[k].ordinal = 1;
          out[k].unit = (char *)"";
          out[k].noun = (char *)"";
        }
        k++;
      }
    }
    prev = st;
    prev_n = n;
  }
  return k;
}

/* The ordinals of text t: the analyzer's, then "second" as second_ordinals
 * finds it; *n gets the count.  NULL with *n == 0 when there are none, or
 * on out-of-memory (v->rc set). */
struct bc_number_fact *bc__check_ordinals_of(struct bc__vstate *v,
                                             const char *t, size_t len,
                                             const struct bc_facts *f,
                                             size_t *n)
{
  size_t extra = second_ordinals(t, len, f->ordinals, f->n_ordinals, NULL, 0);
  struct bc_number_fact *o;
  *n = 0;
  if (f->n_ordinals + extra == 0)
    return NULL;
  o = bc__calloc(f->n_ordinals + extra, sizeof *o);
  if (!o) {
    v->rc = BC_ERR_NOMEM;
    return NULL;
  }
  if (f->n_ordinals)
    memcpy(o, f->ordinals, f->n_ordinals * sizeof *o);
  second_ordinals(t, len, f->ordinals, f->n_ordinals, o + f->n_ordinals, extra);
  *n = f->n_ordinals + extra;
  return o;
}

/* Does a sentence end at t[i]: a line break, or . ! ? before a space or
 * the end?  Clauses joined by ";" are one sentence here: "Wales beat
 * Hungary; Giggs' team took the 20th spot". */
static int full_stop(const char *t, size_t i, size_t len)
{
  return t[i] == '\n' ||
         ((t[i] == '.' || t[i] == '!' || t[i] == '?') &&
          (i + 1 >= len || t[i + 1] == ' ' || t[i + 1] == '\n'));
}

/* The sentence of t[0..len) around offset at. */
static struct bc_span sentence_of(const char *t, size_t len, size_t at)
{
  struct bc_span s = {at, at};
  while (s.start > 0 && !full_stop(t, s.start - 1, len))
    s.start--;
  while (s.end < len && !full_stop(t, s.end, len))
    s.end++;
  return s;
}

/* Is t[st..st+n) a name: capitalised, three letters or more, no function
 * word, month or weekday? */
static int name_word(const char *t, size_t st, size_t n)
{
  return n >= 3 && t[st] >= 'A' && t[st] <= 'Z' &&
         !bc__lex_is_function_word(t + st, n) && !bc__cal_month_of(t + st, n) &&
         !bc__cal_weekday_of(t + st, n);
}

/* How many names of the claim's sentence around ca the source's sentence
 * around sa writes too ("Germany, making its 14th appearance" and
 * "Germany (Group C): 13th appearance": one). */
static size_t names_shared(const char *ct, size_t clen, size_t ca,
                           const char *st, size_t slen, size_t sa)
{
  struct bc_span cs = sentence_of(ct, clen, ca), ss = sentence_of(st, slen, sa);
  size_t pos = cs.start, w, n, k = 0;
  while (pos < cs.end &&
         (n = bc__validate_next_word(ct, cs.end, &pos, &w)) > 0) {
    size_t p2 = ss.start, w2, n2;
    if (!name_word(ct, w, n))
      continue;
    while ((n2 = bc__validate_next_word(st, ss.end, &p2, &w2)) > 0)
      if (n2 == n && memcmp(st + w2, ct + w, n) == 0) {
        k++;
        break;
      }
  }
  return k;
}

/* Does the ordinal at s stand alone as a rank, nothing after it in its
 * phrase or only "place", "position" or "spot" ("finished 15th", "up to
 * 15th", "to 15th place")? */
static int rank_at(const char *t, size_t len, struct bc_span s)
{
  static const char *const place[] = {"place", "position", "spot"};
  uint32_t h[ORD_HEAD];
  size_t n = ord_head(t, len, s, h), pos = s.end, st, wn;
  if (n == 0)
    return 1;
  wn = bc__validate_next_word(t, len, &pos, &st);
  return wn > 0 &&
         bc__check_word_listed(t + st, wn, place, sizeof place / sizeof *place);
}

/* A rank the claim gives with nothing after it ("and finished 12th",
 * "moved Sunderland up to 14th"), where the source never writes that
 * position, and gives one other rank in a sentence that writes the names
 * of the claim's sentence, in words the claim shares ("rode Oscar Time to
 * 15th place", "moved Sunderland up to 15th"): an error.  First and
 * second are left alone: "first" and "second" are as often an order of
 * telling or a unit of time as a rank.  Returns nonzero when weighed. */
static int check_rank(struct bc__vstate *v, const struct bc__claim *c,
                      const struct bc_number_fact *of)
{
  const struct bc_number_fact *so = v->nums + v->n_nums;
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, best = NONE, best_k = 0, best_ov = 0;
  int several = 0;
  struct bc__context ctx;
  if (!(of->value >= 3) || of->value != of->value_hi || !t)
    return 0;
  for (i = 0; i < v->n_ords; i++)
    if (bc__analyze_number_equal(so[i].value, of->value))
      return 1; /* the source gives this position, of something */
  bc__validate_context(c->text, c->len, of->span, &ctx);
  for (i = 0; i < v->n_ords; i++) {
    size_t k, ov;
    if (!(so[i].value >= 2) || !rank_at(t, len, so[i].span) ||
        bc__check_overlaps_date(v->facts, so[i].span))
      continue;
    k = names_shared(c->text, c->len, of->span.start, t, len, so[i].span.start);
    if (k == 0)
      continue;
    ov = bc__validate_overlap(&ctx, &v->num_ctx[v->n_nums + i]);
    if (best != NONE &&
        !bc__analyze_number_equal(so[i].value, so[best].value) &&
        k + ov + 1 >= best_k + best_ov)
      several = 1;
    if (best == NONE || k + ov > best_k + best_ov) {
      best = i;
      best_k = k;
      best_ov = ov;
    }
  }
  if (best == NONE || several || best_ov < 2)
    return 1;
  {
    char *says = bc__check_quote_source(v, so[best].span);
    struct bc_buf mb = BC_BUF_INIT(256);
    char *msg;
    v->r->checked.numbers++;
    if (says)
      bc_buf_addf(&mb, "the source says %s", says);
    msg = bc_buf_take(&mb, NULL);
    if (!says || !msg)
      v->rc = BC_ERR_NOMEM;
    else
      bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, of->span, says,
                    so[best].span, says, msg);
    free(says);
    free(msg);
  }
  return 1;
}

static void check_ordinal(struct bc__vstate *v, const struct bc__claim *c,
                          const struct bc_number_fact *of)
{
  const struct bc_number_fact *so = v->nums + v->n_nums;
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, n_ch, best = NONE, best_ov = 0;
  size_t second_ov = 0, same_ov = 0, named = NONE, named_k = 0;
  int several = 0; /* the places of the thing give more than one position */
  int named_several = 0; /* so do those that name the most of the claim's */
  uint32_t ch[ORD_HEAD], sh[ORD_HEAD];
  struct bc__context ctx;
  char *says, *fix = NULL, *msg;
  struct bc_buf mb = BC_BUF_INIT(1024);
  n_ch = ord_head(c->text, c->len, of->span, ch);
  if (n_ch == 0 && rank_at(c->text, c->len, of->span)) {
    check_rank(v, c, of);
    return;
  }
  if (n_ch == 0 || !t)
    return;
  v->r->checked.numbers++;
  bc__validate_context(c->text, c->len, of->span, &ctx);
  for (i = 0; i < v->n_ords; i++) {
    size_t ov, ns = ord_head(t, len, so[i].span, sh);
    if (bc__analyze_number_equal(so[i].value, of->value)) {
      if (heads_share(ch, n_ch, sh, ns))
        return; /* the source gives this position of this thing */
      /* The position with no word of its own after it ("a second one
       * followed"): as good as the words around it. */
      ov = bc__validate_overlap(&ctx, &v->num_ctx[v->n_nums + i]);
      if (ov > same_ov)
        same_ov = ov;
      continue;
    }
    if (!heads_share(ch, n_ch, sh, ns))
      continue;
    {
      size_t k = names_shared(c->text, c->len, of->span.start, t, len,
                              so[i].span.start);
      if (k > named_k) {
        named = i;
        named_k = k;
        named_several = 0;
      } else if (k && k == named_k &&
                 !bc__analyze_number_equal(so[i].value, so[named].value)) {
        named_several = 1;
      }
    }
    ov = bc__validate_overlap(&ctx, &v->num_ctx[v->n_nums + i]);
    if (best != NONE && !bc__analyze_number_equal(so[i].value, so[best].value))
      several = 1;
    if (best == NONE || ov > best_ov) {
      second_ov = best == NONE ? 0 : best_ov;
      best = i;
      best_ov = ov;
    } else if (ov > second_ov) {
      second_ov = ov;
    }
  }
  /* The head word is among the shared words: two more, so that "the
   * third time this season" is not held against another team's "first
   * time this season"; one place clearly first when the source gives
   * several positions of the thing; and none that states the claim's
   * position in nearly as many of its words. */
  if (best == NONE || best_ov < 3 || (several && best_ov < second_ov + 2) ||
      same_ov + 1 >= best_ov) {
    /* Else the position the source gives this thing of the names the
     * claim's sentence names, when no place gives the claim's position
     * of it, and those naming the most of them agree: "Germany, making
     * its 14th appearance" where "Germany (Group C): 13th appearance",
     * among other teams' appearances. */
    if (named == NONE || named_several)
      return;
    best = named;
    several = 0;
  }
  says = bc__check_quote_source(v, so[best].span);
  if (says && !several) {
    fix = bc__strdup(says);
    if (fix && fix[0] >= 'a' && fix[0] <= 'z' &&
        bc__check_starts_sentence(c->text, of->span.start))
      fix[0] = (char)(fix[0] - 32);
  }
  {
    /* The message names the position with what it is of: "the source
     * says first public workshop". */
    struct bc_span sp = so[best].span;
    size_t e = sp.end, pos = sp.end, st, n, k;
    for (k = 0;
         k < ORD_HEAD && (n = bc__validate_next_word(t, len, &pos, &st)) > 0;
         k++) {
      size_t g;
      for (g = e; g < st && (t[g] == ' ' || t[g] == '-'); g++)
        ;
      if (g < st || bc__lex_is_skippable(t + st, n))
        break;
      e = st + n;
    }
    sp.end = e;
    msg = bc__check_quote_source(v, sp);
    if (msg)
      bc_buf_addf(&mb, "the source says %s", msg);
    free(msg);
  }
  msg = bc_buf_take(&mb, NULL);
  if (!says || !msg || (!several && !fix))
    v->rc = BC_ERR_NOMEM;
  else
    bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, of->span, says,
                  so[best].span, fix, msg);
  free(says);
  free(fix);
  free(msg);
}

void bc__check_ordinals(struct bc__vstate *v, const struct bc__claim *c)
{
  size_t n, i;
  struct bc_number_fact *o =
      bc__check_ordinals_of(v, c->text, c->len, c->f, &n);
  for (i = 0; i < n && !v->rc; i++)
    if (!bc__check_overlaps_date(c->f, o[i].span))
      check_ordinal(v, c, &o[i]);
  free(o);
}
