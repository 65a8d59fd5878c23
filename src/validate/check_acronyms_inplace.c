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

/* The source's words in the place of the claim's acronym at t[a..b):
 * between a word that equals the one before the acronym and one that
 * equals the one after it, one to PLACE_WORDS words with nothing but
 * spaces and hyphens between, that are neither the acronym nor what it may
 * stand for.  Of such places, the one whose matching words on both sides
 * hold the most content words, into *out; those words' count returned, or
 * -1 when there is no place. */
static int source_place(const struct bc__vstate *v, const char *t, size_t len,
                        size_t a, size_t b, struct bc_span *out, int *acr_place)
{
  const char *s = v->doc->text;
  size_t slen = s ? v->doc->text_len : 0, lw, ln, rw, rn, i;
  int best = -1;
  if ((ln = next_to(t, len, a, b, -1, &lw)) == 0 ||
      (rn = next_to(t, len, a, b, 1, &rw)) == 0)
    return -1;
  for (i = 0; i + ln < slen; i++) {
    size_t k, words = 0, e, n;
    int content, inword = 0;
    if ((i > 0 && bc__check_is_alnum((unsigned char)s[i - 1])) ||
        !same_word(s + i, ln, t + lw, ln) || s[i + ln] != ' ')
      continue;
    /* the words in the place, up to the one after them */
    for (k = i + ln + 1; k < slen && words <= PLACE_WORDS; k++) {
      if (bc__check_is_alnum((unsigned char)s[k])) {
        if (!inword) {
          inword = 1;
          for (e = k; e < slen && bc__check_is_alnum((unsigned char)s[e]); e++)
            ;
          if (words >= 1 && e - k == rn && same_word(s + k, rn, t + rw, rn) &&
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
    if (k >= slen || words == 0 || words > PLACE_WORDS ||
        !bc__check_is_alnum((unsigned char)s[k]))
      continue;
    {
      size_t ps = i + ln + 1, pe = k - 1;
      int acr_here = pe - ps <= 10 && acronym_word(s, ps, pe);
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
          (words < 2 || capitalised(s, ps, pe) || !indefinite(t + lw, ln) ||
           bc__check_has_digit(s + ps, pe - ps)))
        continue;
      content = (int)(side_content(t, len, a, b, s, slen, ps, pe, -1, &n) +
                      side_content(t, len, a, b, s, slen, ps, pe, 1, &n));
      if (content > best) {
        best = content;
        *out = (struct bc_span){ps, pe};
        *acr_place = acr_here;
      }
    }
  }
  return best;
}

/* Does the source write acr with a full stop after each letter ("U.S."
 * for US, "M.O." for MO)? */
static int writes_dotted(const struct bc__vstate *v, const char *acr)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, n = strlen(acr), a, k;
  for (a = 0; a + 2 * n <= len; a++) {
    if (a > 0 && bc__check_is_alnum((unsigned char)t[a - 1]))
      continue;
    for (k = 0; k < n && t[a + 2 * k] == acr[k] && t[a + 2 * k + 1] == '.'; k++)
      ;
    if (k == n)
      return 1;
  }
  return 0;
}

/* Does the source write out one of the usual meanings of acr ("the level
 * deemed safe by the World Health Organization" for WHO)?  Then it names
 * the thing the acronym stands for, in its own order of words. */
static int writes_meaning(struct bc__vstate *v, const char *acr)
{
  const struct bc__known_acronym *k = bc__known_acronym_find(acr, strlen(acr));
  size_t pos = 0, mn;
  const char *m;
  while (k && (mn = bc__known_acronym_next(k, &pos, &m)) > 0)
    if (bc__check_in_source(v, m, mn))
      return 1;
  return 0;
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
    /* each acronym reads the whole source a few times: within a budget */
    if (v->scanned + 4.0 * (double)v->doc->text_len > BC_MAX_CHECK_SCAN) {
      snprintf(msg, sizeof msg,
               "not checked: looking in the source for what it writes in the "
               "place of %s and the acronyms after it passes the checker's "
               "limit of %.0f MB read",
               acr, BC_MAX_CHECK_SCAN / 1e6);
      bc__check_add_unread(v, c, BC_FINDING_ACRONYM, (struct bc_span){a, b},
                           msg);
      return;
    }
    v->scanned += 4.0 * (double)v->doc->text_len;
    if (bc__acr_writes(v->doc->text, v->doc->text_len, acr) ||
        writes_dotted(v, acr) || writes_meaning(v, acr) ||
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
