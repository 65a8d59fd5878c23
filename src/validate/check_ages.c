/* check_ages.c - age bands and age decades.  An age band the claim gives
 * ("women aged 30 and under", "aged over 65", "under the age of 18") must be
 * one the source gives in the same direction ("aged 35 and under"), and the
 * decades of a person's age ("a man in his 20s or 30s") ones the source
 * gives with the same pronoun ("in his 30s or 40s").  Left alone: a band
 * or decade where the source gives none in that form, source bands of one
 * direction that disagree among themselves, a claim's decades all among
 * the source's ("in his 30s" for "in his 30s or 40s"). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/lexicon.h"
#include "validate/validate_internal.h"

#define MAX_WORDS 4096
#define MAX_PHRASES 32

enum { AGE_UNDER = 1, AGE_OVER = 2, AGE_HIS = 3, AGE_HER = 4, AGE_THEIR = 5 };

/* A band or a set of decades: kind (AGE_*), the value (a band's limit) or
 * the decades as bits (1 << decade/10), the phrase's span. */
struct age_phrase {
  int kind;
  unsigned value;
  struct bc_span span;
};

struct words {
  size_t st[MAX_WORDS], n[MAX_WORDS];
  size_t k;
};

static void read_words(const char *t, size_t len, struct words *w)
{
  size_t pos = 0, st, n;
  w->k = 0;
  while (w->k < MAX_WORDS && (n = bc__validate_next_word(t, len, &pos, &st))) {
    w->st[w->k] = st;
    w->n[w->k++] = n;
  }
}

static int is(const char *t, const struct words *w, size_t i, const char *s)
{
  return i < w->k && strlen(s) == w->n[i] &&
         strncasecmp(t + w->st[i], s, w->n[i]) == 0;
}

/* A plain number of years: "35", "eighteen"; 0 if none. */
static unsigned years(const char *t, const struct words *w, size_t i)
{
  size_t j;
  unsigned v = 0;
  int c;
  if (i >= w->k)
    return 0;
  for (j = 0; j < w->n[i]; j++) {
    char ch = t[w->st[i] + j];
    if (ch < '0' || ch > '9' || j >= 3)
      break;
    v = v * 10 + (unsigned)(ch - '0');
  }
  if (j == w->n[i] && j > 0)
    return v;
  if (j > 0)
    return 0;
  c = bc__lex_cardinal(t + w->st[i], w->n[i]);
  return c > 0 && !is(t, w, i, "dozen") ? (unsigned)c : 0;
}

/* A decade of age: "30s", "30's" is read as "30's"; "thirties"; 0 if
 * none. */
static unsigned decade(const char *t, const struct words *w, size_t i)
{
  static const char *const names[] = {"twenties", "thirties", "forties",
                                      "fifties",  "sixties",  "seventies",
                                      "eighties", "nineties"};
  size_t n, k;
  const char *s;
  if (i >= w->k)
    return 0;
  s = t + w->st[i];
  n = w->n[i];
  if ((n == 3 && s[2] == 's') || (n == 4 && s[2] == '\'' && s[3] == 's'))
    if (s[0] >= '1' && s[0] <= '9' && s[1] == '0')
      return (unsigned)(s[0] - '0') * 10;
  for (k = 0; k < sizeof names / sizeof *names; k++)
    if (strlen(names[k]) == n && strncasecmp(s, names[k], n) == 0)
      return (unsigned)(k + 2) * 10;
  return 0;
}

static int dir_word(const char *t, const struct words *w, size_t i)
{
  if (is(t, w, i, "under") || is(t, w, i, "younger") || is(t, w, i, "below"))
    return AGE_UNDER;
  if (is(t, w, i, "over") || is(t, w, i, "older") || is(t, w, i, "above"))
    return AGE_OVER;
  return 0;
}

static struct bc_span span_of(const struct words *w, size_t a, size_t b)
{
  struct bc_span s = {w->st[a], w->st[b] + w->n[b]};
  return s;
}

/* The age phrases of t: "aged N and under", "aged under N", "under the age
 * of N", "in his 30s or 40s".  Returns how many (at most MAX_PHRASES). */
static size_t age_phrases(const char *t, size_t len, struct age_phrase *out,
                          struct words *w)
{
  size_t i, k = 0;
  read_words(t, len, w);
  for (i = 0; i < w->k && k < MAX_PHRASES; i++) {
    unsigned v;
    int d;
    if (is(t, w, i, "aged") && (v = years(t, w, i + 1)) &&
        (is(t, w, i + 2, "and") || is(t, w, i + 2, "or")) &&
        (d = dir_word(t, w, i + 3))) {
      out[k++] = (struct age_phrase){d, v, span_of(w, i, i + 3)};
    } else if (is(t, w, i, "aged") && (d = dir_word(t, w, i + 1)) &&
               (v = years(t, w, i + 2))) {
      out[k++] = (struct age_phrase){d, v, span_of(w, i, i + 2)};
    } else if ((d = dir_word(t, w, i)) && is(t, w, i + 1, "the") &&
               is(t, w, i + 2, "age") && is(t, w, i + 3, "of") &&
               (v = years(t, w, i + 4))) {
      out[k++] = (struct age_phrase){d, v, span_of(w, i, i + 4)};
    } else if (is(t, w, i, "in") &&
               (is(t, w, i + 1, "his") || is(t, w, i + 1, "her") ||
                is(t, w, i + 1, "their")) &&
               (v = decade(t, w, i + 2))) {
      int kind = is(t, w, i + 1, "his")   ? AGE_HIS
                 : is(t, w, i + 1, "her") ? AGE_HER
                                          : AGE_THEIR;
      unsigned bits = 1u << (v / 10), v2;
      size_t e = i + 2;
      if ((is(t, w, e + 1, "or") || is(t, w, e + 1, "to") ||
           is(t, w, e + 1, "and")) &&
          (v2 = decade(t, w, e + 2))) {
        bits |= 1u << (v2 / 10);
        e += 2;
      }
      out[k++] = (struct age_phrase){kind, bits, span_of(w, i, e)};
    }
  }
  return k;
}

/* Has a checker already found an error within at of the claim's text (the
 * number checker's "45 and over" inside "aged 45 and over")? */
int bc__check_error_within(const struct bc__vstate *v,
                           const struct bc__claim *c, struct bc_span at)
{
  size_t i;
  for (i = 0; i < v->r->n_findings; i++) {
    const struct bc_finding *f = &v->r->findings[i];
    size_t n = f->claim ? strlen(f->claim) : 0;
    if (f->severity == BC_SEV_ERROR && n && f->claim_offset >= at.start &&
        f->claim_offset + n <= at.end &&
        memcmp(c->text + f->claim_offset, f->claim, n) == 0)
      return 1;
  }
  return 0;
}

void bc__check_ages(struct bc__vstate *v, const struct bc__claim *c)
{
  struct age_phrase cp[MAX_PHRASES], sp[MAX_PHRASES];
  struct words *w;
  size_t n_cp, n_sp, i, j;
  if (!v->doc->text || !c->len)
    return;
  w = malloc(sizeof *w);
  if (!w) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  n_cp = age_phrases(c->text, c->len, cp, w);
  n_sp = n_cp ? age_phrases(v->doc->text, v->doc->text_len, sp, w) : 0;
  free(w);
  for (i = 0; i < n_cp && !v->rc; i++) {
    size_t first = (size_t)-1;
    unsigned all = 0;
    int agree = 1, given = 0;
    for (j = 0; j < n_sp; j++) {
      if (sp[j].kind != cp[i].kind)
        continue;
      if (first == (size_t)-1)
        first = j;
      if (cp[i].kind <= AGE_OVER) {
        given |= sp[j].value == cp[i].value;
        agree &= sp[j].value == sp[first].value;
      } else {
        all |= sp[j].value;
      }
    }
    if (first == (size_t)-1 || given || !agree)
      continue;
    if (cp[i].kind > AGE_OVER && (cp[i].value & ~all) == 0)
      continue; /* "in his 30s" of "in his 30s or 40s" */
    v->r->checked.numbers++;
    if (!bc__check_error_within(v, c, cp[i].span))
      bc__check_source_says(v, c, cp[i].span, sp[first].span, NULL, 0);
  }
}
