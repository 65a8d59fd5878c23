/* quotes.c - quotations: words within curly or straight double quotes, at
 * least three of them, with the speaker only where the attribution is
 * unambiguous: "X said" / "said X" / "according to X" right next to the
 * quote, in the same sentence.  A quote that ends its sentence has no
 * speaker after it (the next sentence's "NRW said" is someone else's
 * statement), and a name inside a phrase ("a spokesman for NRW said", "the
 * briefing to NRW said") is not the speaker: such quotes keep an empty
 * speaker rather than a wrong one.  Single quotes are left alone: they are
 * too often apostrophes. */
#include <stdlib.h>
#include <string.h>

#include "analyze/an.h"
#include "util/alloc.h"

static const char *const verbs[] = {
    "said",      "says",     "wrote",    "writes",   "added",     "asked",
    "explained", "told",     "noted",    "recalled", "argued",    "replied",
    "remarked",  "insisted", "observed", "put",      "declared",  "stated",
    "answered",  "joked",    "warned",   "tweeted",  "concluded", NULL};

static const char *const titles[] = {"dr", "mr", "mrs", "ms", "prof", NULL};

/* The small words inside a name, in lower case: "Laurence des Cars". */
static const char *const particles[] = {
    "de",  "des", "du",  "da", "di", "del", "della", "van",
    "von", "der", "den", "la", "le", "bin", "al",    NULL};

/* Words that open a noun phrase ("One vice-chancellor said", "Another
 * said"): a determiner or number word is no one's name. */
static const char *const determiners[] = {
    "a",  "an",   "another", "one",  "some", "each",    "every", "any",
    "no", "many", "most",    "both", "all",  "several", "few",   NULL};

static int determiner(const struct an *a, size_t i)
{
  return i < a->ntok &&
         (bc__an_tok_in(a, i, determiners) || a->tok[i].wnum >= 0);
}

static int cap_word(const struct an *a, size_t i)
{
  return i < a->ntok && bc__an_is_cap(a, i) && !bc__an_month(a, i);
}

/* A speaker name starting at token i: Title? Cap Cap..; returns the token
 * after it, or i when there is none. */
static size_t name_fwd(const struct an *a, size_t i)
{
  size_t j = i, n = 0;
  if (bc__an_tok_in(a, j, titles) && bc__an_is_cap(a, j)) {
    j++;
    if (bc__an_is_punct(a, j, '.'))
      j++;
  }
  if (bc__an_is_function_word(a, j) || determiner(a, j))
    return i;
  while (cap_word(a, j) && n < 4) {
    j++;
    n++;
    if (bc__an_toklen(a, j - 1) == 1 && bc__an_is_punct(a, j, '.'))
      j++;
    /* "Laurence des Cars", "Ursula von der Leyen" */
    {
      size_t k = j;
      while (bc__an_is_lower(a, k) && bc__an_tok_in(a, k, particles))
        k++;
      if (k > j && cap_word(a, k))
        j = k;
    }
  }
  return n ? j : i;
}

/* The name that starts at token i, when it is one: a run of more than four
 * capitalized words ("Baark Volunteer Coordinator Bonnie Young") is a title
 * before a name, and the name is its last two words.  *ns is where the
 * name starts; returns the token after it, or i when there is none. */
static size_t speaker_fwd(const struct an *a, size_t i, size_t *ns)
{
  size_t e = name_fwd(a, i), k = e, n = 0;
  *ns = i;
  /* "said WRU chief executive Martyn Phillips": the person a role after
   * an organisation names is the speaker, not the body that qualifies
   * him. */
  while (e > i && k < a->ntok && n < 4 && bc__an_is_lower(a, k) &&
         !bc__an_is_function_word(a, k) && !a->tok[k].sent) {
    k++;
    n++;
  }
  if (n && name_fwd(a, k) > k) {
    *ns = k;
    return name_fwd(a, k);
  }
  k = e;
  n = 0;
  if (e == i || !cap_word(a, e))
    return e;
  while (cap_word(a, k) && n < 8) {
    k++;
    n++;
  }
  if (cap_word(a, k))
    return i; /* a heading in capitals, not a name */
  *ns = k - 2;
  return k;
}

/* Whether the name that starts at token s is the subject of its clause:
 * it opens the sentence, or follows a quote, a colon or a description in
 * lower case ("chief scientist Ellen Stofan"); not a name after a
 * preposition or article ("a spokesman for NRW", "the briefing to NRW"),
 * nor one after a comma ("Mike LeSurf, from Mencap, said"), which is not
 * the one who speaks. */
static int subject_name(const struct an *a, size_t s)
{
  if (s == 0 || a->tok[s].sent)
    return 1;
  if (bc__an_is_function_word(a, s - 1))
    return 0;
  if (a->tok[s - 1].type == AN_PUNCT)
    return a->tok[s - 1].cp != ',' && a->tok[s - 1].cp != '(' &&
           a->tok[s - 1].cp != '&';
  return 1;
}

/* Whether the quote whose last inner token is e - 1 and closing mark is j
 * leaves its sentence open, so that an attribution after it belongs to
 * it: '"...," she said', '"...?" asked X', '"...", said X'.  A quote that
 * ends with a stop ('"..." NRW said' after '."') ends its sentence. */
static int open_after(const struct an *a, size_t last, size_t j)
{
  const struct an_tok *k = &a->tok[last];
  if (k->type == AN_PUNCT &&
      (k->cp == ',' || k->cp == '?' || k->cp == '!' || k->cp == 0x2014 ||
       k->cp == 0x2013 || k->cp == '-'))
    return 1;
  if (k->type == AN_PUNCT && (k->cp == '.' || k->cp == 0x2026))
    return 0;
  return j + 1 < a->ntok && bc__an_is_punct(a, j + 1, ',');
}

/* A speaker name ending just before token e; returns its first token, or
 * e when there is none. */
static size_t name_back(const struct an *a, size_t e)
{
  size_t s = e, n = 0;
  while (s > 0 && n < 4 && cap_word(a, s - 1)) {
    s--;
    n++;
    if (a->tok[s].sent)
      break;
  }
  if (n && s > 1 && bc__an_is_punct(a, s - 1, '.') &&
      bc__an_tok_in(a, s - 2, titles))
    s -= 2;
  else if (n && s > 0 && bc__an_tok_in(a, s - 1, titles))
    s--;
  if (n == 1 && bc__an_is_function_word(a, s))
    return e;
  /* "One Vice-Chancellor": a name never starts inside a hyphenated word
   * nor with a determiner. */
  if (n && (determiner(a, s) ||
            (s > 0 && !a->tok[s].sp && bc__an_is_punct(a, s - 1, '-'))))
    return e;
  return n ? s : e;
}

static int is_open(const struct an *a, size_t i)
{
  return bc__an_is_punct(a, i, 0x201C) || bc__an_is_punct(a, i, '"') ||
         bc__an_is_punct(a, i, 0xAB);
}

static int is_close(const struct an *a, size_t i, uint32_t open)
{
  if (open == 0x201C)
    return bc__an_is_punct(a, i, 0x201D);
  if (open == 0xAB)
    return bc__an_is_punct(a, i, 0xBB);
  return bc__an_is_punct(a, i, '"');
}

static bc_status add(struct an *a, size_t s, size_t e, size_t ns, size_t ne)
{
  struct bc_quote_fact *f;
  char *speaker = NULL;
  if (ne > ns) {
    speaker = bc__strndup(a->t + a->tok[ns].s, a->tok[ne - 1].e - a->tok[ns].s);
    if (!speaker)
      return BC_ERR_NOMEM;
  }
  f = bc__an_push((void **)&a->f->quotes, &a->f->n_quotes, &a->cap_quotes,
                  sizeof *f);
  if (!f) {
    free(speaker);
    return BC_ERR_NOMEM;
  }
  f->span.start = a->tok[s].s;
  f->span.end = a->tok[e - 1].e;
  f->speaker = speaker;
  return BC_OK;
}

bc_status bc__an_quotes(struct an *a)
{
  size_t i = 0;
  while (i < a->ntok) {
    size_t j, words = 0, s, e, ns = 0, ne = 0, k;
    int after;
    uint32_t open;
    if (!is_open(a, i)) {
      i++;
      continue;
    }
    open = a->tok[i].cp;
    for (j = i + 1; j < a->ntok && !is_close(a, j, open); j++)
      if (a->tok[j].type == AN_WORD)
        words++;
    if (j >= a->ntok)
      return BC_OK; /* unbalanced: no more quotes in this segment */
    /* A straight quote with a space before and a word glued after opens
     * a quotation: the one at i was never closed (a quote that runs on
     * into a next paragraph, which a scrape joined to this one), and what
     * lies between is narration, not a quote. */
    if (open == '"' && a->tok[j].sp && j + 1 < a->ntok && !a->tok[j + 1].sp &&
        a->tok[j + 1].type != AN_PUNCT) {
      i = j;
      continue;
    }
    s = i + 1;
    e = j;
    after = j > s && open_after(a, j - 1, j);
    /* Drop the trailing comma of "..., she said". */
    while (e > s &&
           (bc__an_is_punct(a, e - 1, ',') || bc__an_is_punct(a, e - 1, ';') ||
            bc__an_is_punct(a, e - 1, ':')))
      e--;
    if (words < 3 || e <= s) {
      i = j + 1;
      continue;
    }
    /* Speaker before: X said: "..." / X said, "..." */
    if (i > 1) {
      k = i;
      if (bc__an_is_punct(a, k - 1, ':') || bc__an_is_punct(a, k - 1, ','))
        k--;
      if (k > 1 && bc__an_tok_in(a, k - 1, verbs)) {
        ne = k - 1;
        ns = name_back(a, ne);
        if (ns < ne && !subject_name(a, ns))
          ns = ne = 0;
      }
    }
    /* "Dr. Ana Ferreira, who led it, put it this way: "..."": the name
     * that opens the sentence introduces the quote after a colon. */
    if (ne <= ns && i > 1 && bc__an_is_punct(a, i - 1, ':')) {
      size_t st = i - 1, nend;
      while (st > 0 && !a->tok[st].sent)
        st--;
      nend = name_fwd(a, st);
      if (nend > st && nend < i - 1 &&
          (bc__an_is_punct(a, nend, ',') || bc__an_tok_in(a, nend, verbs))) {
        ns = st;
        ne = nend;
      }
    }
    /* Speaker after: , said X / , X said / according to X -- only while
     * the quote's sentence goes on. */
    if (ne <= ns && after) {
      k = j + 1;
      if (bc__an_is_punct(a, k, ','))
        k++;
      if (k < a->ntok && a->tok[k].sent) {
        ns = ne = 0;
      } else if (bc__an_tok_in(a, k, verbs)) {
        ne = speaker_fwd(a, k + 1, &ns);
      } else if (bc__an_tok_is(a, k, "according") &&
                 bc__an_tok_is(a, k + 1, "to")) {
        ne = speaker_fwd(a, k + 2, &ns);
      } else if ((ne = name_fwd(a, k)) > k && bc__an_tok_in(a, ne, verbs)) {
        ns = k;
      } else {
        /* ", NASA chief scientist Ellen Stofan said": the capitalized
         * words right before a nearby verb, past a description in lower
         * case; never past the end of the sentence. */
        size_t v;
        ns = ne = 0;
        for (v = k; v < a->ntok && v < k + 8; v++) {
          if ((v > k && a->tok[v].sent) || is_open(a, v) ||
              (a->tok[v].type == AN_PUNCT && a->tok[v].cp != '-' &&
               !(a->tok[v].cp == '.' && v > 0 &&
                 bc__an_tok_in(a, v - 1, titles))))
            break;
          if (bc__an_tok_in(a, v, verbs)) {
            size_t st = name_back(a, v);
            if (st < v && st >= k && subject_name(a, st)) {
              ns = st;
              ne = v;
            }
            break;
          }
        }
      }
    }
    if (ne <= ns)
      ns = ne = 0;
    {
      bc_status rc = add(a, s, e, ns, ne);
      if (rc)
        return rc;
    }
    i = j + 1;
  }
  return BC_OK;
}
