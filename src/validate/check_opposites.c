/* check_opposites.c - a word of direction turned the other way: the claim's
 * "slightly above average" where the source, in the same words around it,
 * says "slightly below average"; "a significant decrease from" for "a
 * significant increase from".  Only the word between two words the source
 * keeps is read, so a paraphrase is never held against the source; signed
 * numbers ("fell 5%") are the number checker's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/lexicon.h"
#include "validate/validate_internal.h"

/* Pairs of words of opposite direction, each read both ways. */
static const char *const pairs[][2] = {
    {"increase", "decrease"},   {"increased", "decreased"},
    {"increases", "decreases"}, {"increasing", "decreasing"},
    {"rise", "fall"},           {"rises", "falls"},
    {"rose", "fell"},           {"risen", "fallen"},
    {"rising", "falling"},      {"above", "below"},
    {"higher", "lower"},        {"highest", "lowest"},
    {"gain", "loss"},           {"gains", "losses"},
    {"gained", "lost"},         {"growth", "decline"},
    {"grew", "shrank"},         {"improved", "worsened"},
    {"surplus", "deficit"},     {"larger", "smaller"},
    {"largest", "smallest"},    {"faster", "slower"},
    {"stronger", "weaker"},     {"raised", "lowered"},
    {"expanded", "contracted"}, {"majority", "minority"},
    {"ahead", "behind"},        {"best", "worst"},
};

/* The opposite of the word t[0..n), else NULL. */
static const char *opposite(const char *t, size_t n)
{
  size_t k, s;
  if (n < 2 || n > 10)
    return NULL;
  for (k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
    for (s = 0; s < 2; s++)
      if (pairs[k][s][0] == (t[0] | 32) && strlen(pairs[k][s]) == n &&
          strncasecmp(t, pairs[k][s], n) == 0)
        return pairs[k][1 - s];
  return NULL;
}

/* A word of letters only. */
static int letters(const char *t, size_t n)
{
  size_t k;
  for (k = 0; k < n; k++)
    if (!((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z')))
      return 0;
  return n > 0;
}

/* Only spaces between t[a] and t[b]: the words are of one phrase. */
static int spaced(const char *t, size_t a, size_t b)
{
  if (a >= b)
    return 0;
  for (; a < b; a++)
    if (t[a] != ' ')
      return 0;
  return 1;
}

/* " w1 w2 [w3] " in lower case, into out (size cap). */
static int phrase(char *out, size_t cap, const char *a, size_t an,
                  const char *b, size_t bn, const char *c, size_t cn)
{
  size_t i = 0, k, w;
  const char *ws[3] = {a, b, c};
  size_t ns[3] = {an, bn, cn};
  if (i + 1 >= cap)
    return 0;
  out[i++] = ' ';
  for (w = 0; w < 3; w++) {
    if (!ws[w])
      continue;
    if (i + ns[w] + 2 >= cap)
      return 0;
    for (k = 0; k < ns[w]; k++) {
      char ch = ws[w][k];
      out[i++] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
    }
    out[i++] = ' ';
  }
  out[i] = '\0';
  return 1;
}

/* The claim's own phrase is the source's too. */
static int in_source(const struct bc__vstate *v, const char *a, size_t an,
                     const char *m, size_t mn, const char *b, size_t bn)
{
  char p[160];
  return !phrase(p, sizeof p, a, an, m, mn, b, bn) || strstr(v->norm, p);
}

/* The source's phrase "a mid b" (words of one phrase, any case): its span
 * of mid in *mid and of the three in *all. */
static int find_in_source(const struct bc__vstate *v, const char *a, size_t an,
                          const char *mid, const char *b, size_t bn,
                          struct bc_span *at, struct bc_span *all)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, pos = 0, s[3] = {0, 0, 0}, n[3] = {0, 0, 0};
  size_t mn = strlen(mid), w;
  while ((w = bc__validate_next_word(t, len, &pos, &s[2])) > 0) {
    n[2] = w;
    if (n[0] == an && n[1] == mn && n[2] == bn &&
        strncasecmp(t + s[0], a, an) == 0 &&
        strncasecmp(t + s[1], mid, mn) == 0 &&
        strncasecmp(t + s[2], b, bn) == 0 && spaced(t, s[0] + n[0], s[1]) &&
        spaced(t, s[1] + n[1], s[2])) {
      at->start = s[1];
      at->end = s[1] + n[1];
      all->start = s[0];
      all->end = s[2] + n[2];
      return 1;
    }
    s[0] = s[1];
    n[0] = n[1];
    s[1] = s[2];
    n[1] = n[2];
  }
  return 0;
}

/* Report the claim's words at cl, their word of direction at w, as turned
 * from the source's at all (its word of direction at sw), when the words
 * around the two share two or more; nonzero when reported. */
static int report(struct bc__vstate *v, const struct bc__claim *c,
                  struct bc_span w, struct bc_span cl, struct bc_span sw,
                  struct bc_span all)
{
  struct bc__context ctx, sctx;
  char *says, msg[240];
  bc__validate_context(c->text, c->len, w, &ctx);
  bc__wordtab_context(&v->words, sw, &sctx);
  if (bc__validate_overlap(&ctx, &sctx) < 2)
    return 0;
  says = bc__check_source_text(v, all);
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return 0;
  }
  snprintf(msg, sizeof msg, "the other way round: the source says %s", says);
  bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, cl, says, all, says,
                msg);
  free(says);
  return 1;
}

/* Verbs of change, sorted, by direction: a claim's verb is held
 * against the source's verb of the other direction acting on the same
 * thing ("slowed the transformation" for "accelerated the
 * transformation"), whichever of these words each writes. */
static const char *const rises[] = {
    "accelerated", "accelerates", "boosted",      "boosts",    "climbed",
    "expanded",    "grew",        "hastened",     "increased", "increases",
    "jumped",      "quickened",   "raised",       "raises",    "rose",
    "soared",      "sped",        "strengthened", "surged",
};
static const char *const falls[] = {
    "contracted", "cut",     "cuts",     "decelerated", "declined", "decreased",
    "decreases",  "delayed", "dropped",  "fell",        "hampered", "lowered",
    "plunged",    "reduced", "reduces",  "shrank",      "slashed",  "slowed",
    "slows",      "tumbled", "weakened",
};

/* The direction of the change verb t[0..n): +1, -1, or 0 for none. */
static int change_of(const char *t, size_t n)
{
  return BC__LEX_IN(rises, t, n) ? 1 : BC__LEX_IN(falls, t, n) ? -1 : 0;
}

/* Words a verb may set before its object: a particle ("sped up"), an
 * article or a possessive. */
static int before_object(const char *t, size_t n)
{
  static const char *const w[] = {"a",   "an",  "down",  "her", "his",
                                  "its", "the", "their", "up"};
  return BC__LEX_IN(w, t, n);
}

/* The object of the change verb that ends at t[at]: the first word after
 * it, past up to two particles or articles, when it is a word of four or
 * more letters in the same phrase; its span in *o. */
static int object_of(const char *t, size_t len, size_t at, struct bc_span *o)
{
  size_t pos = at, st, w, k;
  for (k = 0; k < 3; k++) {
    w = bc__validate_next_word(t, len, &pos, &st);
    if (!w || !spaced(t, at, st))
      return 0;
    if (k < 2 && before_object(t + st, w)) {
      at = st + w;
      continue;
    }
    o->start = st;
    o->end = st + w;
    return w >= 4 && letters(t + st, w) && !bc__lex_is_function_word(t + st, w);
  }
  return 0;
}

/* The directions of the change verbs the source sets before the word
 * o[0..on) (past up to two particles or articles), read from its words in
 * v->norm: bit 1 for a rise, bit 2 for a fall.  A look at each place the
 * word stands, so that a claim's verb costs no scan of the whole source
 * unless the source turns it. */
static int directions_before(const struct bc__vstate *v, const char *o,
                             size_t on)
{
  char key[64];
  const char *p, *norm = v->norm;
  size_t k;
  int mask = 0;
  if (on + 3 > sizeof key)
    return 0;
  key[0] = ' ';
  for (k = 0; k < on; k++)
    key[k + 1] = (char)(o[k] >= 'A' && o[k] <= 'Z' ? o[k] + 32 : o[k]);
  key[on + 1] = ' ';
  key[on + 2] = '\0';
  for (p = strstr(norm, key); p; p = strstr(p + 1, key)) {
    const char *e = p; /* the space before the word after the verb */
    int hop;
    for (hop = 0; hop < 3 && e > norm; hop++) {
      const char *b = e - 1;
      int d;
      while (b > norm && b[-1] != ' ')
        b--;
      if (b == norm)
        break;
      d = change_of(b, (size_t)(e - b));
      if (d) {
        mask |= d > 0 ? 1 : 2;
        break;
      }
      if (hop == 2 || !before_object(b, (size_t)(e - b)))
        break;
      e = b - 1;
    }
  }
  return mask;
}

/* A change verb of the claim, at cv, turned the other way: the source
 * changes the claim's object with a verb of the other direction and never
 * with one of the claim's, in words the claim shares. */
static void turned(struct bc__vstate *v, const struct bc__claim *c,
                   struct bc_span cv, int dir, struct bc_span obj)
{
  const char *t = v->doc->text, *ot = c->text + obj.start;
  size_t len = v->doc->text_len, pos = 0, st, w, on = obj.end - obj.start;
  struct bc_span hit = {0, 0}, so;
  int found = 0, mask = directions_before(v, ot, on);
  if (!(mask & (dir > 0 ? 2 : 1)) || (mask & (dir > 0 ? 1 : 2)))
    return; /* never turned, or said the claim's way too */
  while ((w = bc__validate_next_word(t, len, &pos, &st)) > 0) {
    int d = change_of(t + st, w);
    if (!d || !object_of(t, len, st + w, &so) ||
        !bc__validate_words_match(t + so.start, so.end - so.start, ot, on))
      continue;
    if (d == dir)
      return; /* the source says it the claim's way too */
    if (!found) {
      hit.start = st;
      hit.end = so.end;
      found = 1;
    }
  }
  if (!found)
    return;
  report(v, c, cv, (struct bc_span){cv.start, obj.end}, hit, hit);
}

/* Each change verb of the claim with an object the source writes, but
 * those at done[0..n_done), already found turned in the source's own words
 * around them. */
static void change_verbs_turned(struct bc__vstate *v, const struct bc__claim *c,
                                const size_t *done, size_t n_done)
{
  size_t pos = 0, st, w, k;
  while (!v->rc && (w = bc__validate_next_word(c->text, c->len, &pos, &st))) {
    struct bc_span obj;
    int d = change_of(c->text + st, w);
    for (k = 0; k < n_done && done[k] != st; k++)
      ;
    if (d && k == n_done && object_of(c->text, c->len, st + w, &obj))
      turned(v, c, (struct bc_span){st, st + w}, d, obj);
  }
}

void bc__check_opposites(struct bc__vstate *v, const struct bc__claim *c)
{
  const char *t = c->text;
  size_t pos = 0, s[3] = {0, 0, 0}, n[3] = {0, 0, 0}, w;
  char tri[160], left[120], right[120];
  size_t done[16], n_done = 0;
  if (!v->norm || !v->doc->text)
    return;
  while (!v->rc && (w = bc__validate_next_word(t, c->len, &pos, &s[2])) > 0) {
    const char *opp;
    struct bc_span at, all;
    n[2] = w;
    if (n[0] && (opp = opposite(t + s[1], n[1])) != NULL &&
        letters(t + s[0], n[0]) && letters(t + s[2], n[2]) &&
        (n[0] >= 4 || n[2] >= 4) && spaced(t, s[0] + n[0], s[1]) &&
        spaced(t, s[1] + n[1], s[2]) &&
        phrase(tri, sizeof tri, t + s[0], n[0], opp, strlen(opp), t + s[2],
               n[2]) &&
        phrase(left, sizeof left, t + s[0], n[0], t + s[1], n[1], NULL, 0) &&
        phrase(right, sizeof right, t + s[1], n[1], t + s[2], n[2], NULL, 0) &&
        strstr(v->norm, tri) &&
        !in_source(v, t + s[0], n[0], t + s[1], n[1], t + s[2], n[2]) &&
        !(strstr(v->norm, left) && strstr(v->norm, right)) &&
        find_in_source(v, t + s[0], n[0], opp, t + s[2], n[2], &at, &all)) {
      struct bc_span cl = {s[0], s[2] + n[2]};
      if (report(v, c, (struct bc_span){s[1], s[1] + n[1]}, cl, at, all)) {
        if (n_done < sizeof done / sizeof done[0])
          done[n_done++] = s[1];
      }
    }
    s[0] = s[1];
    n[0] = n[1];
    s[1] = s[2];
    n[1] = n[2];
  }
  change_verbs_turned(v, c, done, n_done);
}
