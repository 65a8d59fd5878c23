/* names.c - names of people, organisations, products and places: runs of
 * capitalized words (with "of", "de", "van" and initials inside), typed by
 * honorifics, first names, organisation suffixes and a small gazetteer.
 * Precision over recall: title-case headings, months, weekdays, lone
 * acronyms and words that merely start a sentence are not names. */
#include <stdlib.h>
#include <string.h>

#include "analyze/an.h"
#include "util/alloc.h"
#include "util/lexicon.h"

#define MAX_NAME_WORDS 6

static const char *const honorifics[] = {
    "captain", "dame", "dr",        "general", "governor", "judge", "justice",
    "king",    "lady", "lord",      "mayor",   "minister", "mr",    "mrs",
    "ms",      "pope", "president", "prince",  "princess", "prof",  "professor",
    "queen",   "rev",  "saint",     "senator", "sir",      "st",    NULL};

static const char *const connectors[] = {"of",  "de", "van", "von", "der",
                                         "da",  "du", "del", "la",  "le",
                                         "bin", "al", "y",   "di",  NULL};

/* Capitalized words that usually just start a sentence or a clause. */
static const char *const starters[] = {
    "across",    "again",     "against",   "along",      "also",
    "although",  "among",     "another",   "anyone",     "anything",
    "aren't",    "around",    "because",   "besides",    "big",
    "both",      "can't",     "chapter",   "consider",   "dear",
    "despite",   "didn't",    "don't",     "edit",       "either",
    "enough",    "even",      "everyone",  "everything", "example",
    "few",       "figure",    "finally",   "first",      "good",
    "great",     "hello",     "hence",     "here's",     "hi",
    "however",   "i",         "i'd",       "i'll",       "i'm",
    "i've",      "imagine",   "in",        "indeed",     "instead",
    "isn't",     "it's",      "last",      "later",      "less",
    "let",       "let's",     "like",      "likewise",   "little",
    "many",      "maybe",     "meanwhile", "more",       "most",
    "much",      "neither",   "new",       "next",       "nobody",
    "nor",       "note",      "nothing",   "now",        "often",
    "oh",        "old",       "once",      "other",      "otherwise",
    "overall",   "own",       "part",      "perhaps",    "please",
    "rather",    "read",      "remember",  "same",       "section",
    "see",       "several",   "similarly", "small",      "someone",
    "something", "sometimes", "step",      "still",      "such",
    "summary",   "suppose",   "sure",      "table",      "thanks",
    "that's",    "then",      "there's",   "therefore",  "thus",
    "today",     "together",  "tomorrow",  "toward",     "towards",
    "unless",    "unlike",    "update",    "upon",       "wasn't",
    "we're",     "we've",     "well",      "what's",     "whatever",
    "whenever",  "whereas",   "wherever",  "whether",    "whichever",
    "whoever",   "within",    "without",   "won't",      "yes",
    "yesterday", "yet",       "you're",    NULL};

static const char *const first_names[] = {
    "ada",       "alan",    "alex",     "alice",    "amelia",  "andrew",
    "angela",    "anna",    "anne",     "ava",      "barack",  "barbara",
    "ben",       "bill",    "bob",      "brian",    "charles", "charlotte",
    "chris",     "daniel",  "david",    "dennis",   "donald",  "edward",
    "elizabeth", "elon",    "emily",    "emma",     "eric",    "ethan",
    "frank",     "george",  "grace",    "hannah",   "harry",   "helen",
    "henry",     "hillary", "isabella", "jack",     "jacob",   "james",
    "jane",      "jason",   "jeff",     "jennifer", "jessica", "joe",
    "john",      "joseph",  "julia",    "karen",    "kate",    "ken",
    "kevin",     "larry",   "laura",    "liam",     "linda",   "linus",
    "lisa",      "lucas",   "marc",     "margaret", "maria",   "mark",
    "martin",    "mary",    "matthew",  "max",      "mia",     "michael",
    "mike",      "nancy",   "noah",     "oliver",   "olivia",  "paul",
    "peter",     "rachel",  "richard",  "robert",   "ruth",    "sam",
    "sarah",     "satya",   "sergey",   "sophie",   "steve",   "steven",
    "sundar",    "susan",   "thomas",   "tim",      "tom",     "william",
    NULL};

static const char *const org_words[] = {"administration",
                                        "agency",
                                        "airbnb",
                                        "airlines",
                                        "alliance",
                                        "amazon",
                                        "anthropic",
                                        "apple",
                                        "army",
                                        "association",
                                        "authority",
                                        "bank",
                                        "board",
                                        "bureau",
                                        "capital",
                                        "center",
                                        "centre",
                                        "club",
                                        "co",
                                        "college",
                                        "commission",
                                        "committee",
                                        "company",
                                        "congress",
                                        "corp",
                                        "corporation",
                                        "council",
                                        "court",
                                        "department",
                                        "facebook",
                                        "federation",
                                        "foundation",
                                        "fund",
                                        "github",
                                        "gmbh",
                                        "google",
                                        "group",
                                        "hospital",
                                        "ibm",
                                        "inc",
                                        "institute",
                                        "intel",
                                        "lab",
                                        "labs",
                                        "linkedin",
                                        "llc",
                                        "ltd",
                                        "media",
                                        "meta",
                                        "microsoft",
                                        "ministry",
                                        "motors",
                                        "mozilla",
                                        "museum",
                                        "nasa",
                                        "navy",
                                        "netflix",
                                        "network",
                                        "nvidia",
                                        "office",
                                        "openai",
                                        "oracle",
                                        "organisation",
                                        "organization",
                                        "parliament",
                                        "partners",
                                        "party",
                                        "plc",
                                        "police",
                                        "press",
                                        "records",
                                        "samsung",
                                        "school",
                                        "senate",
                                        "society",
                                        "spotify",
                                        "stripe",
                                        "studios",
                                        "systems",
                                        "technologies",
                                        "tesla",
                                        "times",
                                        "toyota",
                                        "trust",
                                        "twitter",
                                        "uber",
                                        "union",
                                        "university",
                                        "ventures",
                                        "yahoo",
                                        NULL};

static const char *const place_words[] = {
    "africa",     "alto",        "america",   "amsterdam",
    "angeles",    "antarctica",  "argentina", "asia",
    "athens",     "atlanta",     "austin",    "australia",
    "austria",    "avenue",      "bangalore", "bangladesh",
    "bay",        "beijing",     "belgium",   "berkeley",
    "berlin",     "boston",      "brazil",    "britain",
    "brooklyn",   "brussels",    "budapest",  "cairo",
    "california", "cambridge",   "canada",    "chicago",
    "china",      "city",        "coast",     "copenhagen",
    "county",     "dallas",      "delhi",     "denmark",
    "denver",     "dublin",      "egypt",     "england",
    "europe",     "finland",     "florida",   "france",
    "francisco",  "geneva",      "georgia",   "germany",
    "greece",     "helsinki",    "houston",   "illinois",
    "india",      "indonesia",   "iran",      "ireland",
    "island",     "islands",     "israel",    "istanbul",
    "italy",      "japan",       "kenya",     "kingdom",
    "korea",      "kyiv",        "lake",      "lisbon",
    "london",     "madrid",      "manhattan", "massachusetts",
    "melbourne",  "mexico",      "miami",     "michigan",
    "montreal",   "moscow",      "mountain",  "mountains",
    "mumbai",     "netherlands", "nigeria",   "norway",
    "ocean",      "ohio",        "oregon",    "oslo",
    "oxford",     "pakistan",    "palo",      "paris",
    "park",       "peninsula",   "phoenix",   "poland",
    "portland",   "portugal",    "prague",    "province",
    "republic",   "river",       "road",      "rome",
    "russia",     "scotland",    "sea",       "seattle",
    "seoul",      "shanghai",    "silicon",   "singapore",
    "spain",      "square",      "stanford",  "states",
    "stockholm",  "street",      "sweden",    "switzerland",
    "sydney",     "texas",       "tokyo",     "toronto",
    "turkey",     "ukraine",     "valley",    "vancouver",
    "vienna",     "vietnam",     "virginia",  "wales",
    "warsaw",     "washington",  "york",      "zurich",
    NULL};

/* Is the sentence of tokens [s, e) in title case ("The US Is Not a Police
 * State")?  Its capitals are style, not names. */
static int title_case(const struct an *a, size_t s, size_t e)
{
  size_t i, words = 0, caps = 0;
  for (i = s; i < e; i++) {
    if (a->tok[i].type != AN_WORD || bc__an_is_function_word(a, i))
      continue;
    words++;
    if (bc__an_is_cap(a, i))
      caps++;
  }
  return words >= 2 && caps * 5 >= words * 4;
}

/* Is token s the first word of its sentence (after "[3] " or a quote)? */
static int first_word(const struct an *a, size_t s)
{
  for (;;) {
    if (a->tok[s].sent)
      return 1;
    if (s == 0)
      return 1;
    s--;
    if (a->tok[s].type == AN_WORD)
      return 0;
  }
}

static int all_caps(const struct an *a, size_t i)
{
  const char *p = a->t + a->tok[i].s;
  size_t n = bc__an_toklen(a, i), k, up = 0;
  for (k = 0; k < n; k++) {
    if (p[k] >= 'a' && p[k] <= 'z' && !(k == n - 1 && p[k] == 's'))
      return 0;
    if (p[k] >= 'A' && p[k] <= 'Z')
      up++;
  }
  return up >= 2;
}

/* A capitalized word that may be part of a name. */
static int name_word(const struct an *a, size_t i)
{
  if (i >= a->ntok || !bc__an_is_cap(a, i) || a->tok[i].used)
    return 0;
  if (bc__an_month(a, i) || bc__an_weekday(a, i))
    return 0;
  if (bc__an_toklen(a, i) == 1 && a->t[a->tok[i].s] == 'I')
    return 0;
  return 1;
}

/* Does [s, e) overlap an acronym's expansion?  Acronyms are in text order
 * and an expansion lies within a few words of its acronym, so only those
 * near [s, e) are looked at (binary search, then a short walk), which
 * keeps a page of thousands of definitions linear. */
#define NEAR 4096
static int in_expansion(const struct an *a, size_t s, size_t e)
{
  const struct bc_acronym_fact *x = a->f->acronyms;
  size_t lo = 0, hi = a->f->n_acronyms, k;
  while (lo < hi) { /* first acronym starting after e + NEAR */
    size_t mid = lo + (hi - lo) / 2;
    if (x[mid].span.start > e + NEAR)
      hi = mid;
    else
      lo = mid + 1;
  }
  for (k = lo; k > 0; k--) {
    const struct bc_span *sp = &x[k - 1].expansion_span;
    if (x[k - 1].span.end + NEAR < s)
      break;
    if (s < sp->end && sp->start < e)
      return 1;
  }
  return 0;
}

/* Length of the name text without a possessive "'s". */
static size_t strip_possessive(const char *p, size_t n)
{
  if (n > 2 && p[n - 1] == 's' && p[n - 2] == '\'')
    return n - 2;
  if (n > 4 && p[n - 1] == 's' && (unsigned char)p[n - 2] == 0x99 &&
      (unsigned char)p[n - 3] == 0x80 && (unsigned char)p[n - 4] == 0xE2)
    return n - 4;
  return n;
}

/* A capitalised word that the text also writes in lower case ("Though",
 * "Day", "Stealing"): a common word in a capitalised place (a sentence
 * start, a title, a heading), which makes no name by itself. */
static int common_word(const struct an *a, size_t i)
{
  char buf[25];
  size_t n;
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return 0;
  n = strip_possessive(a->t + a->tok[i].s, bc__an_toklen(a, i));
  if (n < 2 || n >= sizeof buf || a->t[a->tok[i].s] < 'A' ||
      a->t[a->tok[i].s] > 'Z')
    return 0;
  memcpy(buf, a->t + a->tok[i].s, n);
  buf[0] = (char)(buf[0] - 'A' + 'a');
  return bc__an_hset_get(&a->lower_set, buf, n) >= 0;
}

/* Every word of the name [s, e) is a common word (connectors and
 * punctuation aside). */
static int all_common(const struct an *a, size_t s, size_t e)
{
  size_t k;
  for (k = s; k < e; k++)
    if (a->tok[k].type == AN_WORD && bc__an_is_cap(a, k) && !common_word(a, k))
      return 0;
  return 1;
}

static int is_opener(const struct an *a, size_t i)
{
  return bc__an_is_punct(a, i, '"') || bc__an_is_punct(a, i, 0x201C) ||
         bc__an_is_punct(a, i, '(') || bc__an_is_punct(a, i, 0x2018) ||
         bc__an_is_punct(a, i, ':') || bc__an_is_punct(a, i, '\'') ||
         bc__an_is_punct(a, i, 0x2014);
}

/* Token k (without a possessive "'s") is in list. */
static int word_in(const struct an *a, size_t k, const char *const *list,
                   size_t n)
{
  const char *p = a->t + a->tok[k].s;
  return bc__lex_in_sorted(list, n, p,
                           strip_possessive(p, bc__an_toklen(a, k)));
}

static enum bc_name_kind kind_of(const struct an *a, size_t s, size_t e,
                                 int honorific, int initials)
{
  size_t k;
  for (k = s; k < e; k++)
    if (word_in(a, k, org_words, sizeof org_words / sizeof *org_words - 1))
      return BC_NAME_ORG;
  if (honorific || initials ||
      word_in(a, s, first_names, sizeof first_names / sizeof *first_names - 1))
    return BC_NAME_PERSON;
  for (k = s; k < e; k++)
    if (word_in(a, k, place_words,
                sizeof place_words / sizeof *place_words - 1))
      return BC_NAME_PLACE;
  return BC_NAME_OTHER;
}

static bc_status add(struct an *a, size_t s, size_t e, enum bc_name_kind kind,
                     int pending)
{
  struct bc_name_fact *f;
  struct an_hset *set = pending ? &a->pend_set : &a->names_set;
  const char *p = a->t + a->tok[s].s;
  size_t len = strip_possessive(p, a->tok[e - 1].e - a->tok[s].s);
  char *name;
  if (bc__an_hset_get(&a->names_set, p, len) >= 0)
    return BC_OK;
  if (pending && bc__an_hset_get(&a->pend_set, p, len) >= 0)
    return BC_OK;
  name = bc__strndup(p, len);
  if (!name)
    return BC_ERR_NOMEM;
  if (pending)
    f = bc__an_push((void **)&a->pend, &a->npend, &a->cappend, sizeof *f);
  else
    f = bc__an_push((void **)&a->f->names, &a->f->n_names, &a->cap_names,
                    sizeof *f);
  if (!f) {
    free(name);
    return BC_ERR_NOMEM;
  }
  f->name = name;
  f->kind = kind;
  f->span.start = a->tok[s].s;
  f->span.end = a->tok[s].s + len;
  /* The set borrows the name, which lives as long as the fact. */
  return bc__an_hset_put(set, name, len,
                         pending ? a->npend - 1 : a->f->n_names - 1);
}

bc_status bc__an_names(struct an *a)
{
  size_t i = 0;
  size_t sent_end = 0;
  while (i < a->ntok) {
    size_t s = i, e, words = 0;
    int honorific = 0, initials = 0, start;
    bc_status rc;
    if (i >= sent_end) {
      /* Entering a sentence: skip it whole when it is in title case. */
      size_t e2 = i + 1;
      while (e2 < a->ntok && !a->tok[e2].sent)
        e2++;
      sent_end = e2;
      if (title_case(a, i, e2)) {
        i = e2;
        continue;
      }
    }
    if (AN_IN(a, i, honorifics) && bc__an_is_cap(a, i)) {
      size_t j = i + 1;
      if (bc__an_is_punct(a, j, '.') && !a->tok[j].sp)
        j++;
      if (name_word(a, j) && !all_caps(a, j)) {
        honorific = 1;
        i = j;
      }
    }
    if (!name_word(a, i)) {
      i++;
      continue;
    }
    start = !honorific && (first_word(a, s) || (s > 0 && is_opener(a, s - 1)));
    /* Extend over capitalized words, connectors and initials. */
    e = i;
    for (;;) {
      size_t n = strip_possessive(a->t + a->tok[e].s, bc__an_toklen(a, e));
      words++;
      e++;
      if (n != bc__an_toklen(a, e - 1) || words >= MAX_NAME_WORDS)
        break;
      /* An initial ("J. R. R. Tolkien"), not a one-letter word that ends
       * a sentence ("written in C. But ..."). */
      if (bc__an_toklen(a, e - 1) == 1 && bc__an_is_punct(a, e, '.') &&
          !a->tok[e].sp && name_word(a, e + 1) &&
          !bc__an_is_function_word(a, e + 1) && !AN_IN(a, e + 1, starters)) {
        initials = 1;
        e++;
        continue;
      }
      if (e < a->ntok && a->tok[e].sent)
        break;
      if (name_word(a, e) && a->tok[e].sp)
        continue;
      if (bc__an_is_punct(a, e, '-') && !a->tok[e].sp && name_word(a, e + 1) &&
          !a->tok[e + 1].sp) {
        e++;
        continue;
      }
      if ((bc__an_tok_in(a, e, connectors) && bc__an_is_lower(a, e)) &&
          name_word(a, e + 1) && !bc__an_tok_is(a, e + 1, "the")) {
        e++;
        continue;
      }
      if (bc__an_is_punct(a, e, '&') && name_word(a, e + 1)) {
        e++;
        continue;
      }
      break;
    }
    /* Drop a sentence-initial common word ("The", "When", "Yesterday",
     * "Though" when the text also writes "though"). */
    if (start && (bc__an_is_function_word(a, s) || AN_IN(a, s, starters) ||
                  (e - s > 1 && common_word(a, s)))) {
      s++;
      while (s < e && !name_word(a, s))
        s++;
      start = 0;
      if (s >= e) {
        i = e;
        continue;
      }
    }
    /* "To Do Better": a capitalized function word starts no name. */
    while (s < e && !honorific && bc__an_is_function_word(a, s))
      s++;
    if (s < e && !name_word(a, s)) {
      i = e;
      continue;
    }
    if (s >= e || (e - s == 1 && bc__an_toklen(a, s) == 1)) {
      i = e;
      continue; /* nothing left, or a lone letter ("Plan B") */
    }
    if (AN_IN(a, s, starters) && e - s == 1) {
      i = e;
      continue;
    }
    if (e - s == 1 && !honorific && all_caps(a, s)) {
      i = e;
      continue; /* a lone acronym is the acronym extractor's business */
    }
    if (!in_expansion(a, a->tok[s].s, a->tok[e - 1].e)) {
      enum bc_name_kind k = kind_of(a, s, e, honorific, initials);
      /* Only common words, none of them typed as a person, organisation
       * or place: a title or a heading ("Stealing It", "Day"). */
      if (k == BC_NAME_OTHER && !honorific && !initials &&
          all_common(a, s, e)) {
        i = e;
        continue;
      }
      /* A single word that starts a sentence is a name only if it is seen
       * elsewhere too (or is typed by the gazetteer). */
      int pend = start && e - s == 1 && k == BC_NAME_OTHER;
      rc = add(a, s, e, k, pend);
      if (rc)
        return rc;
    }
    i = e;
  }
  return BC_OK;
}

static int by_start(const void *x, const void *y)
{
  const struct bc_name_fact *p = x, *q = y;
  return p->span.start < q->span.start ? -1 : p->span.start > q->span.start;
}

bc_status bc__an_names_finish(struct an *a)
{
  size_t k;
  int moved = 0;
  for (k = 0; k < a->npend; k++) {
    long j = bc__an_hset_get(&a->names_set, a->pend[k].name,
                             strlen(a->pend[k].name));
    if (j >= 0 && a->pend[k].span.start < a->f->names[j].span.start) {
      a->f->names[j].span = a->pend[k].span;
      moved = 1;
    }
  }
  if (moved)
    qsort(a->f->names, a->f->n_names, sizeof *a->f->names, by_start);
  return BC_OK;
}
