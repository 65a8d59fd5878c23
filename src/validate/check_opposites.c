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

void bc__check_opposites(struct bc__vstate *v, const struct bc__claim *c)
{
  const char *t = c->text;
  size_t pos = 0, s[3] = {0, 0, 0}, n[3] = {0, 0, 0}, w;
  char tri[160], left[120], right[120];
  if (!v->norm || !v->doc->text)
    return;
  while (!v->rc && (w = bc__validate_next_word(t, c->len, &pos, &s[2])) > 0) {
    const char *opp;
    struct bc_span at, all;
    struct bc__context ctx, sctx;
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
      bc__validate_context(t, c->len, (struct bc_span){s[1], s[1] + n[1]},
                           &ctx);
      bc__wordtab_context(&v->words, at, &sctx);
      if (bc__validate_overlap(&ctx, &sctx) >= 2) {
        char *says = bc__check_source_text(v, all);
        char msg[240];
        if (!says) {
          v->rc = BC_ERR_NOMEM;
          return;
        }
        snprintf(msg, sizeof msg, "the other way round: the source says %s",
                 says);
        bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, cl, says, all,
                      says, msg);
        free(says);
      }
    }
    s[0] = s[1];
    n[0] = n[1];
    s[1] = s[2];
    n[1] = n[2];
  }
}
