/* timex_tense.c - the tense of the clause around a temporal expression,
 * which decides which August "in August" means: the verb form nearest to
 * the expression within its sentence ("said Friday" is past, "will reopen
 * in August" future).  It reads word forms only (no part-of-speech tagger):
 * auxiliaries and modals, "-ed" forms and the irregular past forms of
 * English verbs, and "plans to", "is expected to" as futures. */
#include <stdint.h>
#include <string.h>

#include "analyze/timex.h"

/* How far to look on either side, so that a long sentence costs a bounded
 * amount per expression (the tagger stays linear). */
#define TENSE_REACH 40

/* Past forms of irregular English verbs that are not also present forms
 * (so not "put", "set", "cut", "hit", "read"), sorted for AN_IN. */
static const char *const irregular_past[] = {
    "arose",  "ate",        "awoke",     "became",    "began",    "bent",
    "bit",    "bled",       "blew",      "bore",      "bought",   "bred",
    "broke",  "brought",    "built",     "burnt",     "came",     "caught",
    "chose",  "clung",      "crept",     "dealt",     "did",      "drank",
    "drew",   "drove",      "dug",       "dwelt",     "fed",      "fell",
    "felt",   "fled",       "flew",      "forbade",   "forgave",  "forgot",
    "fought", "found",      "froze",     "gave",      "got",      "grew",
    "had",    "heard",      "held",      "hid",       "hung",     "knew",
    "laid",   "leapt",      "led",       "lent",      "lost",     "made",
    "meant",  "met",        "overcame",  "oversaw",   "overtook", "paid",
    "ran",    "rang",       "rebuilt",   "rode",      "rose",     "said",
    "sang",   "sank",       "sat",       "saw",       "shone",    "shook",
    "shot",   "shrank",     "slept",     "slid",      "sold",     "sought",
    "spent",  "spoke",      "sprang",    "spun",      "stole",    "stood",
    "struck", "stuck",      "stung",     "swam",      "swept",    "swore",
    "swung",  "taught",     "thought",   "threw",     "told",     "took",
    "tore",   "understood", "undertook", "underwent", "was",      "went",
    "wept",   "were",       "withdrew",  "woke",      "won",      "wore",
    "wound",  "wrote",      NULL};

static const char *const be_forms[] = {"am",    "are", "be",   "been",
                                       "being", "is",  "was",  "were",
                                       "get",   "got", "gets", NULL};
static const char *const have_forms[] = {"has", "have", "had", "having", NULL};
/* Verbs that, with "to", say what is to come: "plans to", "is expected
 * to", "is scheduled to". */
static const char *const future_to[] = {
    "about",    "aim",     "aims",     "bound",    "due",      "expect",
    "expected", "expects", "going",    "hope",     "hopes",    "intend",
    "intends",  "likely",  "plan",     "planned",  "planning", "plans",
    "poised",   "promise", "promised", "promises", "ready",    "scheduled",
    "set",      "slated",  "supposed", "want",     "wants",    NULL};
/* Verbs of saying: their past dates the saying, not what is said. */
static const char *const reporting[] = {
    "added",    "announced", "argued",    "asserted",  "claimed",  "confirmed",
    "declared", "disclosed", "estimated", "explained", "forecast", "indicated",
    "insisted", "noted",     "predicted", "projected", "reported", "revealed",
    "said",     "stated",    "told",      "warned",    "wrote",    NULL};
/* Adjectives that set a time ahead: "payable Dec. 7", "effective Feb. 1",
 * "due Nov. 15". */
static const char *const ahead[] = {"due", "effective", "payable", "upcoming",
                                    NULL};
static const char *const determiners[] = {
    "a",    "an",   "the",   "its",   "their", "his",  "her", "our",
    "this", "that", "these", "those", "my",    "your", NULL};

/* A word ending in "-ed" of at least five letters, lower case. */
static int ed_form(const struct an *a, size_t i)
{
  size_t n;
  const char *p;
  if (i >= a->ntok || a->tok[i].type != AN_WORD || !bc__an_is_lower(a, i))
    return 0;
  n = bc__an_toklen(a, i);
  p = a->t + a->tok[i].s;
  return n >= 5 && p[n - 2] == 'e' && p[n - 1] == 'd';
}

/* The auxiliary before token i, skipping one adverb ("has already
 * closed"); its index or (size_t)-1. */
static size_t aux_before(const struct an *a, size_t i, size_t lo)
{
  size_t k = i;
  int skipped = 0;
  while (k > lo) {
    k--;
    if (bc__an_tok_in(a, k, be_forms) || bc__an_tok_in(a, k, have_forms) ||
        bc__an_tok_is(a, k, "to") || bc__an_tok_is(a, k, "will") ||
        bc__an_tok_is(a, k, "would"))
      return k;
    if (skipped || a->tok[k].type != AN_WORD || !bc__an_is_lower(a, k))
      return (size_t)-1;
    /* one adverb may sit between: "has already", "was later" */
    {
      size_t n = bc__an_toklen(a, k);
      const char *p = a->t + a->tok[k].s;
      if (!(n > 3 && p[n - 2] == 'l' && p[n - 1] == 'y') &&
          !bc__an_tok_is(a, k, "not") && !bc__an_tok_is(a, k, "also") &&
          !bc__an_tok_is(a, k, "already") && !bc__an_tok_is(a, k, "just"))
        return (size_t)-1;
    }
    skipped = 1;
  }
  return (size_t)-1;
}

/* Is the "-ed" form at token i the first word after a comma, or the
 * second after an adverb ("January, reportedly devoted to")? */
static int participle_after_comma(const struct an *a, size_t i, size_t lo)
{
  size_t k = i;
  if (k > lo + 1 && a->tok[k - 1].type == AN_WORD &&
      bc__an_is_lower(a, k - 1)) {
    size_t n = bc__an_toklen(a, k - 1);
    const char *p = a->t + a->tok[k - 1].s;
    if (!(n > 3 && p[n - 2] == 'l' && p[n - 1] == 'y'))
      return 0;
    k--;
  }
  return k > lo && bc__an_is_punct(a, k - 1, ',');
}

/* The tense token i marks, or TT_NONE. */
static int marker(const struct an *a, size_t i, size_t lo)
{
  const char *p;
  size_t n;
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return TT_NONE;
  p = a->t + a->tok[i].s;
  n = bc__an_toklen(a, i);
  /* "may" and "might" speak of what may come ("the deal may close in
   * January"); "May" is a month */
  if ((bc__an_tok_is(a, i, "may") || bc__an_tok_is(a, i, "might")) &&
      bc__an_is_lower(a, i) && !bc__an_tok_is(a, i + 1, "have"))
    return TT_FUTURE;
  if (bc__an_tok_is(a, i, "will") || bc__an_tok_is(a, i, "shall") ||
      bc__an_tok_is(a, i, "won't") || bc__an_tok_is(a, i, "would") ||
      bc__an_tok_is(a, i, "gonna"))
    return bc__an_is_cap(a, i) && bc__an_tok_is(a, i, "will") && i > lo
               ? TT_NONE /* "Will Smith" */
               : TT_FUTURE;
  /* we'll, it'll */
  if (n > 3 && (p[n - 3] == '\'' || (unsigned char)p[n - 3] == 0x99) &&
      p[n - 2] == 'l' && p[n - 1] == 'l')
    return TT_FUTURE;
  if ((bc__an_tok_in(a, i, future_to) && bc__an_tok_is(a, i + 1, "to")) ||
      AN_IN(a, i, ahead)) {
    /* "was expected to", "had been due to": a future seen from the past,
     * which a story tells because it is past by now, or near */
    if (i > lo &&
        (bc__an_tok_is(a, i - 1, "was") || bc__an_tok_is(a, i - 1, "were") ||
         bc__an_tok_is(a, i - 1, "been") || bc__an_tok_is(a, i - 1, "had")))
      return TT_REPORTED;
    return TT_FUTURE;
  }
  if (AN_IN(a, i, reporting))
    return TT_REPORTED;
  if ((bc__an_tok_is(a, i, "is") || bc__an_tok_is(a, i, "are")) &&
      bc__an_tok_is(a, i + 1, "to"))
    return TT_FUTURE;
  if (AN_IN(a, i, irregular_past)) {
    /* "will be paid", "has been sold": the auxiliary tells.  "had" and
     * "was" are auxiliaries themselves, and mark the past. */
    if (!bc__an_tok_in(a, i, be_forms) && !bc__an_tok_in(a, i, have_forms) &&
        aux_before(a, i, lo) != (size_t)-1)
      return TT_NONE;
    return AN_IN(a, i, reporting) ? TT_REPORTED : TT_PAST;
  }
  if (bc__an_tok_is(a, i, "did") || bc__an_tok_is(a, i, "didn't") ||
      bc__an_tok_is(a, i, "wasn't") || bc__an_tok_is(a, i, "weren't") ||
      bc__an_tok_is(a, i, "hadn't"))
    return TT_PAST;
  if (bc__an_tok_is(a, i, "is") || bc__an_tok_is(a, i, "are") ||
      bc__an_tok_is(a, i, "am") || bc__an_tok_is(a, i, "isn't") ||
      bc__an_tok_is(a, i, "aren't") || bc__an_tok_is(a, i, "does") ||
      bc__an_tok_is(a, i, "doesn't") || bc__an_tok_is(a, i, "says"))
    return TT_PRESENT;
  if (bc__an_tok_is(a, i, "has") || bc__an_tok_is(a, i, "have")) {
    /* The present perfect tells of the past ("has risen since August"),
     * "have" alone of the present. */
    size_t k;
    for (k = i + 1; k < i + 3 && k < a->ntok; k++)
      if (ed_form(a, k) || bc__an_tok_is(a, k, "been") ||
          AN_IN(a, k, irregular_past))
        return TT_PAST;
    return TT_PRESENT;
  }
  if (ed_form(a, i)) {
    size_t k = aux_before(a, i, lo);
    /* "to be completed by Nov. 1" is to come */
    if (k != (size_t)-1 && bc__an_tok_is(a, k, "be") && k > lo &&
        bc__an_tok_is(a, k - 1, "to"))
      return TT_FUTURE;
    if (k != (size_t)-1)
      return TT_NONE; /* the auxiliary tells */
    /* "the expected results", "a still unspecified date"; after a comma,
     * a participle that tells of a noun ("an event in January, reportedly
     * devoted to apps") */
    if (participle_after_comma(a, i, lo) ||
        (i > lo && bc__an_tok_in(a, i - 1, determiners)) ||
        (i > lo + 1 && bc__an_tok_in(a, i - 2, determiners) &&
         (bc__an_tok_is(a, i - 1, "still") ||
          bc__an_tok_is(a, i - 1, "newly") ||
          bc__an_tok_is(a, i - 1, "already") ||
          bc__an_tok_is(a, i - 1, "recently"))))
      return TT_NONE;
    return TT_PAST;
  }
  return TT_NONE;
}

/* The tense token i marks, worked out once: every expression of a
 * sentence asks about the same words. */
static int marker_of(struct an *a, size_t i, size_t lo)
{
  if (!a->tok[i].tense)
    a->tok[i].tense = (unsigned char)(1 + marker(a, i, lo));
  return a->tok[i].tense - 1;
}

/* Words that set a limit ahead: "extended to Nov. 20", "asked to respond
 * by Oct. 31", "loans through January". */
static const char *const limits[] = {"by", "for",   "through", "till",
                                     "to", "until", NULL};

static int tense_near(struct an *a, size_t s, size_t e);

/* Words that open a relative clause. */
static const char *const relatives[] = {"that", "which", "who", NULL};

int bc__tx_tense(struct an *a, size_t s, size_t e)
{
  int t = tense_near(a, s, e);
  size_t k;
  /* a limit set in the past may lie ahead: "was extended to Nov. 20",
   * "until mid-November" */
  for (k = s; t == TT_PAST && k > 0 && k + 3 > s; k--)
    if (bc__an_tok_in(a, k - 1, limits))
      return TT_REPORTED;
  return t;
}

/* Token k is a semicolon or a colon, which ends a clause. */
static int clause_stop(const struct an_tok *k)
{
  return k->type == AN_PUNCT && (k->cp == ';' || k->cp == ':');
}

/* Token k is a comma or a dash, which ends a relative clause. */
static int clause_aside(const struct an_tok *k)
{
  return k->type == AN_PUNCT &&
         (k->cp == ',' || k->cp == 0x2013 || k->cp == 0x2014 || k->cp == '-');
}

/* Token i may open a relative clause: a word starting with t or w, the
 * first letters of every word of relatives, is looked up there.  A test
 * asked of up to TENSE_REACH tokens per expression. */
static int opens_relative(const struct an *a, size_t i)
{
  unsigned char c = (unsigned char)a->t[a->tok[i].s] | 0x20;
  return a->tok[i].type == AN_WORD && (c == 't' || c == 'w') &&
         bc__an_tok_in(a, i, relatives);
}

/* The nearest tense marker to [s, e) within tokens [lo, hi). */
static int marker_within(struct an *a, size_t s, size_t e, size_t lo, size_t hi)
{
  size_t d;
  for (d = 1; d <= TENSE_REACH; d++) {
    int t;
    if (s >= lo + d) {
      t = marker_of(a, s - d, lo);
      if (t)
        return t;
    }
    if (e - 1 + d < hi) {
      t = marker_of(a, e - 1 + d, lo);
      if (t)
        return t;
    }
  }
  return TT_NONE;
}

static int tense_near(struct an *a, size_t s, size_t e)
{
  size_t lo = s, hi = e, k, rel = SIZE_MAX;
  int t;
  /* The clause around [s, e), within reach: a sentence ends it, and so
   * do a semicolon and a colon. */
  while (lo > 0 && !a->tok[lo].sent && s - lo < TENSE_REACH &&
         !clause_stop(&a->tok[lo - 1]))
    lo--;
  /* An expression inside a relative clause takes the clause's verb, which
   * ends at a comma or a dash: "the campaign - which will be in its third
   * year in January - did research" is to come.  A clause in the present
   * only ("the tour, which kicks off June 9th") says nothing of when: the
   * sentence's verb does. */
  for (k = s; k > lo && rel == SIZE_MAX; k--)
    if (opens_relative(a, k - 1))
      rel = k - 1;
  if (rel != SIZE_MAX) {
    size_t end = e;
    while (end < a->ntok && !a->tok[end].sent && end - e < TENSE_REACH &&
           !clause_stop(&a->tok[end]) && !opens_relative(a, end) &&
           !clause_aside(&a->tok[end]))
      end++;
    t = marker_within(a, s, e, rel, end);
    if (t == TT_PAST || t == TT_FUTURE || t == TT_REPORTED)
      return t;
  }
  /* A relative clause after the expression has a verb of its own: "voters
   * approved an amendment on Tuesday that will grant ..." is past. */
  while (hi < a->ntok && !a->tok[hi].sent && hi - e < TENSE_REACH &&
         !clause_stop(&a->tok[hi]) && !opens_relative(a, hi))
    hi++;
  return marker_within(a, s, e, lo, hi);
}
