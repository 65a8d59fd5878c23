/* local_phrase.c - the local provider's phrasing: a sentence shortened by
 * leaving out whole clauses that state no fact (a parenthesis, a relative
 * clause between commas, a trailing attribution, an opening "But"), so a key
 * point or a slide bullet reads short without a cut mark.  Every kept byte
 * is the source's, kept in pieces whose spans become the evidence; no word
 * is ever cut in two, rephrased or added. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "summarize/local.h"

/* A run of the sentence that may be left out: [start, end) of the text,
 * holding words words.  The text around it joins again with a space ("A,
 * which B, C" -> "A C"), or with nothing before punctuation (a run that
 * ends where the sentence's final stop begins: "A, which B." -> "A."). */
struct cut {
  size_t start, end, words;
  int rank; /* lower is left out first */
};

#define MAX_CUTS 24

static int is_alpha(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int is_upper(unsigned char c)
{
  return c >= 'A' && c <= 'Z';
}

size_t bc__local_count_words(const char *s, size_t n)
{
  size_t i, w = 0;
  int in = 0;
  for (i = 0; i < n; i++) {
    if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')
      in = 0;
    else if (!in) {
      in = 1;
      w++;
    }
  }
  return w;
}

/* Whether text[a, b) states something a checker reads as a fact: a figure,
 * a name (a capital inside the sentence, "I" aside), a quotation or a
 * symbol of money or percent.  Such a run is never left out. */
static int in_facts(const struct bc_date_fact *v, size_t n, size_t a, size_t b)
{
  size_t lo = 0, hi = n;
  while (lo < hi) { /* the first fact ending after a */
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid].span.end <= a)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < n && v[lo].span.start < b;
}

static int in_numbers(const struct bc_number_fact *v, size_t n, size_t a,
                      size_t b)
{
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid].span.end <= a)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < n && v[lo].span.start < b;
}

static int holds_fact(const struct bc__local *lb, int loose, size_t a, size_t b,
                      size_t first)
{
  const char *text = lb->doc->text;
  const struct bc_facts *f = lb->facts;
  size_t i;
  if (loose)
    return 0; /* a headline: what it leaves out is still in the brief */
  /* what the analyzer found there: dates of every kind, quantities
   * ("six weeks"), positions ("the third") */
  if (in_facts(f->dates, f->n_dates, a, b) ||
      in_facts(f->times, f->n_times, a, b) ||
      in_numbers(f->numbers, f->n_numbers, a, b) ||
      in_numbers(f->ordinals, f->n_ordinals, a, b))
    return 1;
  for (i = a; i < b; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c >= '0' && c <= '9')
      return 1;
    if (c == '"' || c == '%' || c == '$' || c == '&')
      return 1;
    if (c == 0xe2 && i + 2 < b && (unsigned char)text[i + 1] == 0x80 &&
        ((unsigned char)text[i + 2] == 0x9c ||
         (unsigned char)text[i + 2] == 0x9d))
      return 1; /* curly double quotes */
    if (c == 0xc2 || c == 0xe2)
      continue;
    if (is_upper(c) && i > first && (i == a || !is_alpha(text[i - 1])) &&
        !(c == 'I' && (i + 1 >= b || !is_alpha(text[i + 1]))))
      return 1;
  }
  return 0;
}

/* text[at...] starts with word w (case-sensitive), followed by a non-letter. */
static int word_at(const char *text, size_t at, size_t end, const char *w)
{
  size_t k = strlen(w);
  return at + k < end && memcmp(text + at, w, k) == 0 &&
         !is_alpha((unsigned char)text[at + k]);
}

/* The first of the words at text[at...], or NULL. */
static const char *one_of(const char *text, size_t at, size_t end,
                          const char *const *words)
{
  size_t k;
  for (k = 0; words[k]; k++)
    if (word_at(text, at, end, words[k]))
      return words[k];
  return NULL;
}

/* Words that open a clause that qualifies the main clause: a concession,
 * a contrast or a condition ("while a quake was not impossible, it was not
 * likely", "unless it rains", "but the league is short of players").  The
 * main clause says something else without it, so such a clause is never
 * left out, wherever it stands. */
static const char *const qualifiers[] = {
    "while",    "although", "though",  "whereas",   "unless",  "except",
    "if",       "but",      "yet",     "even",      "despite", "only",
    "provided", "unlike",   "whether", "otherwise", "albeit",  NULL};

/* Whether the words at text[at...] (after spaces and an opening bracket or
 * quote) open a qualifying clause. */
static int qualifying(const char *text, size_t at, size_t e)
{
  while (at < e && (text[at] == ' ' || text[at] == '(' || text[at] == '"'))
    at++;
  if (at < e && text[at] >= 'A' && text[at] <= 'Z') {
    /* "While", "If": compare in lower case */
    char w[12];
    size_t k = 0;
    while (at + k < e && k + 1 < sizeof w &&
           is_alpha((unsigned char)text[at + k]))
      w[k] = (char)(k ? text[at + k] : text[at + k] - 'A' + 'a'), k++;
    w[k] = 0;
    return one_of(w, 0, k + 1, qualifiers) != NULL;
  }
  return one_of(text, at, e, qualifiers) != NULL;
}

/* Whether the dash at text[i, i + w) may open an aside that is left out:
 * the word after it is in Latin script.  In Russian a dash also stands for
 * the verb "is" or joins two clauses, and leaving it out with what follows
 * it garbles the sentence. */
static int latin_after(const char *text, size_t at, size_t e)
{
  while (at < e && (text[at] == ' ' || text[at] == '"' || text[at] == '('))
    at++;
  return at < e && (unsigned char)text[at] < 0x80;
}

/* Of those, the concessions a headline may end before when they close
 * its sentence ("no clear evidence of better results, although schools
 * keep buying them"): the main clause before them is still true alone.  A
 * bullet keeps them; a condition ("unless") stays in both. */
static const char *const concessions[] = {"while",   "although", "though",
                                          "whereas", "despite",  NULL};

/* Words that open a clause a sentence stands without, after a comma. */
static const char *const after_comma[] = {
    "which",     "who",        "whom",       "whose",     "where",    "because",
    "since",     "as",         "especially", "including", "such",     "for",
    "of",        "in",         "after",      "adding",    "saying",   "noting",
    "according", "often",      "usually",    "perhaps",   "probably", "however",
    "indeed",    "apparently", NULL};

/* Only these may open a run that ends a sentence too: the others ("for",
 * "of", "in", "as") lead phrases a predicate may need ("a cost, in
 * time"). */
static const char *const before_end[] = {
    "which",     "who",        "whom",      "whose",   "where",   "because",
    "since",     "especially", "including", "adding",  "saying",  "noting",
    "according", "not",        "making",    "leaving", "meaning", NULL};

/* Of those, the ones that open a list of examples. */
static const char *const list_openers[] = {"including", "especially", "such",
                                           NULL};

/* Whether text[k] ends a clause's run: a comma, a semicolon or a colon,
 * but not the comma between the digits of a figure ("\xc2\xa325,000"). */
static int run_end(const char *text, size_t k, size_t e)
{
  if (text[k] == ',')
    return !(k > 0 && k + 1 < e && text[k - 1] >= '0' && text[k - 1] <= '9' &&
             text[k + 1] >= '0' && text[k + 1] <= '9');
  return text[k] == ';' || text[k] == ':';
}

/* Whether text[at, e) goes on with a list's further items ("journalists
 * and religious leaders", "flute, timpani and trombone"): runs of a few
 * words between commas, up to one that holds "and" or "or" as a word.  A
 * run of more words is a clause of its own, and the list has ended. */
static int list_goes_on(const char *text, size_t at, size_t e)
{
  size_t i = at, words = 0;
  int in = 0;
  for (; i < e && text[i] != '.' && text[i] != ';' && text[i] != ':'; i++) {
    if (run_end(text, i, e)) { /* a comma: the next item */
      words = 0;
      in = 0;
      continue;
    }
    if (text[i] == ' ') {
      if (word_at(text, i + 1, e, "and") || word_at(text, i + 1, e, "or"))
        return 1;
      in = 0;
    } else if (!in) {
      in = 1;
      if (++words > 4)
        return 0;
    }
  }
  return 0;
}

/* Words that open a clause even without a comma before them. */
static const char *const bare_clause[] = {
    "after", "before",    "because", "when",   "since",
    "until", "following", "amid",    "during", NULL};

/* Prepositions whose phrase, before a determiner, a headline may end
 * without (a place or a time), and those determiners.  Not "for" or
 * "with": their phrase is what the verb before them needs as often as not
 * ("to make way for a hotel", "was charged with a crime"). */
static const char *const trailing_prep[] = {"in", "at", "on", NULL};
static const char *const determiners[] = {"the", "a",   "an",    "its",
                                          "his", "her", "their", NULL};

/* Of those, the ones that say why: a news lead keeps its clause, which
 * is most often the news ("closed the road ... after the crash", "said
 * it wanted more progress after the NHS had slipped behind schedule"). */
static const char *const causes[] = {"after", "following", "because", "amid",
                                     NULL};

/* The shortening mode of a news story's first sentence (see above). */
enum { LEAD = 2 };

/* A word that opens a relative clause without a comma before it ("who"
 * does not: "pupils who use tablets" is who is meant). */
static const char *const restrictive[] = {"which", NULL};

/* Whether the word before text[at] asks or chooses ("asked which",
 * "decide who"): the clause after it is its object, not a relative
 * clause. */
static int chooses(const char *text, size_t s, size_t at)
{
  static const char *const verbs[] = {
      "ask",      "asked",    "asks",    "know",   "knew",  "knows",
      "decide",   "decided",  "decides", "choose", "chose", "chooses",
      "show",     "shows",    "showed",  "see",    "saw",   "reveal",
      "revealed", "said",     "says",    "tell",   "told",  "tells",
      "wonder",   "wondered", "unclear", "clear",  "sure",  NULL};
  size_t b = at;
  while (b > s && text[b - 1] != ' ')
    b--;
  return one_of(text, b, at, verbs) != NULL;
}

/* Whether text[s, at) holds a word in "-s" or "-ed" right after a name
 * ("the Museum of Liverpool boasts", "Smith signed"): a verb, so what
 * stays before a relative clause is a clause, not the subject alone. */
static int named_verb(const char *text, size_t s, size_t at)
{
  for (size_t i = s; i + 1 < at; i++) {
    size_t w = i + 1, e = w;
    if (text[i] != ' ' || i == s || text[i - 1] < 'a' || text[i - 1] > 'z')
      continue;
    while (e < at && text[e] >= 'a' && text[e] <= 'z')
      e++;
    if (e - w < 4 || (e < at && text[e] != ' '))
      continue;
    if (!((text[e - 1] == 's' && text[e - 2] != 's' && text[e - 2] != 'u') ||
          (text[e - 1] == 'd' && text[e - 2] == 'e')))
      continue;
    /* the word before it is a name */
    {
      size_t p = i;
      while (p > s && text[p - 1] != ' ')
        p--;
      if (is_upper((unsigned char)text[p]))
        return 1;
    }
  }
  return 0;
}

/* Of those, the ones whose clause runs to the end of the sentence. */
static const char *const to_end[] = {"adding",    "saying",  "noting",
                                     "making",    "leaving", "meaning",
                                     "prompting", NULL};

/* A second main clause at the end of a sentence: ", and B.", "; B.",
 * ": B." -- left out only when nothing else shortens enough. */
static const char *const coordinators[] = {"and", "so", "or", NULL};

/* Openers a sentence reads well without, when the word after them is
 * capitalized: "But Apple did" -> "Apple did". */
static const char *const openers[] = {
    "But",       "And",     "So",        "Yet",     "Still",   "Also",
    "However",   "Now",     "Indeed",    "Instead", "Thus",    "Then",
    "Of course", "In fact", "After all", "Besides", "Summary", NULL};

/* Whether every word of text[a, b) is capitalized ("Wakefield", "West
 * Yorkshire"): a place, not a clause. */
static int capitalized(const char *text, size_t a, size_t b)
{
  size_t i;
  int any = 0;
  for (i = a; i < b; i++)
    if (i == a || text[i - 1] == ' ') {
      if (text[i] == ' ')
        continue;
      if (!is_upper((unsigned char)text[i]))
        return 0;
      any = 1;
    }
  return any;
}

/* Whether text[at...] opens a participle phrase with its agent ("accompanied
 * by", "backed by"): a word of five letters or more in lower case ending in
 * "ed", then "by".  Between commas it is an aside the sentence stands
 * without. */
static int participle_by(const char *text, size_t at, size_t end)
{
  size_t k = at;
  while (k < end && text[k] >= 'a' && text[k] <= 'z')
    k++;
  return k - at >= 5 && text[k - 2] == 'e' && text[k - 1] == 'd' &&
         k + 4 < end && !memcmp(text + k, " by ", 4);
}

/* The length of a dateline at text[s, e) with the space after its dash:
 * a dash alone ("— Mike Glass threw") or a word in capitals of three
 * letters or more, perhaps with a state or country after a comma
 * ("VIENNA —", "YPSILANTI, Mich. —"), before an em or en dash or a
 * hyphen between spaces, then a capital.  0 when there is none. */
size_t bc__local_dateline(const char *text, size_t s, size_t e)
{
  size_t i = s, caps = 0;
  const char *close;
  if (i < e && text[i] == '(') {
    /* a wire's name before the dash ("(WSVN) - An overnight crash", the
     * place before it split off as a sentence of its own) */
    close = memchr(text + i, ')', e - i);
    if (!close || !bc__local_wire(text + i, (size_t)(close - text) + 1 - i))
      return 0;
    i = (size_t)(close - text) + 1;
    if (i >= e || text[i] != ' ')
      return 0;
    i++;
    caps = 3;
  } else {
    while (i < e && is_upper((unsigned char)text[i])) {
      i++;
      caps++;
    }
    if (caps && (caps < 3 || (i < e && is_alpha((unsigned char)text[i]))))
      return 0;
    /* a place of several words ("WEST PALM BEACH —") */
    while (caps && i + 3 < e && text[i] == ' ' &&
           is_upper((unsigned char)text[i + 1]) &&
           is_upper((unsigned char)text[i + 2])) {
      size_t k = i + 1;
      while (k < e && is_upper((unsigned char)text[k]))
        k++;
      if (k < e && is_alpha((unsigned char)text[k]))
        return 0;
      i = k;
    }
    if (caps && i + 1 < e && text[i] == ',') { /* ", Mich." */
      size_t k = i + 2;
      while (k < e && is_alpha((unsigned char)text[k]) && k - i < 16)
        k++;
      if (k < e && text[k] == '.')
        k++;
      i = k;
    }
    /* and the wire that filed it ("PORTLAND, Maine (WXYZ) -") */
    if (caps && i + 2 < e && text[i] == ' ' && text[i + 1] == '(') {
      close = memchr(text + i + 1, ')', e - i - 1);
      if (!close || !bc__local_wire(text + i + 1, (size_t)(close - text) - i))
        return 0;
      i = (size_t)(close - text) + 1;
    }
    if (i < e && text[i] == ' ' && caps)
      i++;
    else if (caps)
      return 0;
  }
  if (i + 3 < e && (unsigned char)text[i] == 0xe2 &&
      (unsigned char)text[i + 1] == 0x80 &&
      ((unsigned char)text[i + 2] == 0x94 ||
       (unsigned char)text[i + 2] == 0x93))
    i += 3;
  else if (i + 1 < e && text[i] == '-' && (caps || text[i + 1] == ' '))
    i++;
  else
    return 0;
  if (i + 1 >= e || text[i] != ' ' || !is_upper((unsigned char)text[i + 1]))
    return 0;
  return i + 1;
}

/* Whether text[a, b) holds an auxiliary or a form of "be" ("... once
 * their time on the show was up"): the phrase there is not the last of
 * the sentence but the subject of its last clause. */
static int has_verb(const char *text, size_t a, size_t b)
{
  static const char *const aux[] = {" is ",    " are ",  " was ",   " were ",
                                    " be ",    " been ", " has ",   " have ",
                                    " had ",   " will ", " would ", " can ",
                                    " could ", " did ",  " does ",  NULL};
  for (size_t k = 0; aux[k]; k++)
    if (bc__local_holds(text + a, b - a + 1, aux[k]))
      return 1;
  return 0;
}

/* Whether text[a, b) holds a quotation mark, straight or curly. */
static int quote_in(const char *text, size_t a, size_t b)
{
  for (size_t i = a; i < b; i++)
    if (text[i] == '"' || ((unsigned char)text[i] == 0xe2 && i + 2 < b &&
                           (unsigned char)text[i + 1] == 0x80 &&
                           ((unsigned char)text[i + 2] == 0x9c ||
                            (unsigned char)text[i + 2] == 0x9d)))
      return 1;
  return 0;
}

/* Whether the word that ends text[s, at) needs what follows it: a verb
 * "be" or an auxiliary ("was at a party"), or a function word. */
static int needs_complement(const char *text, size_t s, size_t at)
{
  static const char *const words[] = {
      "is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
      "had", "do", "does", "did", "will", "would", "can", "could", "may",
      "might", "must", "should", "to", "of", "the", "a", "an", "and", "or",
      "but", "not", "it", "them", "him", "her", "take", "took", "put", "stay",
      "stayed", "live", "lived", "remain", "remained",
      /* a verb that takes its phrase ("a report that looks [at ...]",
       * "the claims amount [to ...]") */
      "look", "looks", "looked", "depend", "depends", "rely", "relies", "focus",
      "focuses", "focused", "refer", "refers", "consist", "consists", "deal",
      "deals", "amount", "amounts", "belong", "belongs", "result", "resulted",
      "came", "comes", "went", "goes", "lies", "early",
      /* a clause or a phrase that opens and stops ("asked whether") */
      "whether", "that", "than", "if", "as", "with", "for", "from", "in", "on",
      "at", "by", "into", "about", NULL};
  size_t b = at;
  while (b > s && text[b - 1] != ' ')
    b--;
  /* "need to apply": an infinitive's verb, after a word that takes one
   * ("closed it to traffic" is a place) */
  if (b >= s + 4 && !strncmp(text + b - 4, " to ", 4)) {
    static const char *const takes[] = {
        "need",   "want",     "have",   "has",     "had",    "going",  "able",
        "plan",   "hope",     "try",    "tried",   "trying", "decide", "agree",
        "expect", "used",     "likely", "allowed", "asked",  "forced", "refuse",
        "failed", "continue", "set",    NULL};
    size_t v = b - 4, w0 = v;
    while (w0 > s && text[w0 - 1] != ' ')
      w0--;
    for (size_t k = 0; takes[k]; k++) {
      size_t m = strlen(takes[k]);
      if (v - w0 >= m && v - w0 <= m + 2 && !strncmp(text + w0, takes[k], m))
        return 1;
    }
  }
  for (size_t k = 0; words[k]; k++)
    if (strlen(words[k]) == at - b && !strncasecmp(text + b, words[k], at - b))
      return 1;
  /* "a motion will go [before the assembly]": a bare verb after a modal
   * says where or what only with its phrase */
  if (b > s + 1) {
    static const char *const modals[] = {"will",  "would",  "can",
                                         "could", "may",    "might",
                                         "must",  "should", NULL};
    size_t w0 = b - 1;
    while (w0 > s && text[w0 - 1] != ' ')
      w0--;
    for (size_t k = 0; modals[k]; k++)
      if (strlen(modals[k]) == b - 1 - w0 &&
          !strncmp(text + w0, modals[k], b - 1 - w0))
        return 1;
  }
  /* "had admitted intervening [in an argument]": a verb's -ing form
   * before the phrase takes it as its object */
  return at - b > 5 && !strncmp(text + at - 3, "ing", 3);
}

/* Whether the relative clause at text[j, e) completes a cleft before it
 * ("it was Russian generals, not separatists, who directed the battles"):
 * the sentence says nothing without it. */
static int cleft(const char *text, size_t s, size_t i, size_t j, size_t e)
{
  if (!word_at(text, j, e, "who") && !word_at(text, j, e, "that") &&
      !word_at(text, j, e, "which"))
    return 0;
  return bc__local_holds(text + s, i - s, "it was ") ||
         bc__local_holds(text + s, i - s, "it is ") ||
         bc__local_holds(text + s, i - s, "it's ");
}

/* Find the runs of text[s, e) that may be left out.  e excludes the final
 * stop, which every shortened form keeps. */
/* Subordinators that open a clause the main clause follows ("if you are
 * tight on space, or want ..., the idea ... becomes overwhelming"). */
static const char *const subordinators[] = {
    "if",      "when",  "whenever", "while", "although", "though", "unless",
    "because", "since", "once",     "until", "whether",  "as",     NULL};

/* Whether the run of text[s, at) after its last comma (after an opening
 * "but", "and" or "so") is a subordinate clause: then ", and ..." or ",
 * or ..." at at adds to that clause, and the main clause it waits for
 * comes later.  Leaving out from at to the end would leave the sentence
 * on "but if you're tight on space." */
static int pending_main(const char *text, size_t s, size_t at)
{
  size_t a = at;
  while (a > s && text[a - 1] != ',')
    a--;
  while (a < at && text[a] == ' ')
    a++;
  if (a == s)
    return 0; /* "If A, or B" opening the sentence is handled as a list */
  if (word_at(text, a, at, "but") || word_at(text, a, at, "and") ||
      word_at(text, a, at, "so") || word_at(text, a, at, "yet"))
    while (a < at && text[a] != ' ')
      a++;
  while (a < at && text[a] == ' ')
    a++;
  return one_of(text, a, at, subordinators) != NULL;
}

static size_t find_cuts(const struct bc__local *lb, int loose, size_t s,
                        size_t e, size_t stop, struct cut *cuts)
{
  const char *text = lb->doc->text;
  size_t n = 0, i;
  /* a dateline and its dash ("VIENNA — The house", "— Mike Glass
   * threw"): where the story was filed, no part of what it says */
  {
    size_t j = bc__local_dateline(text, s, e);
    if (j)
      cuts[n++] = (struct cut){s, j, 0, 0};
  }
  /* an opener and its comma */
  if (!n) {
    const char *w = one_of(text, s, e, openers);
    if (w) {
      size_t j = s + strlen(w);
      if (j < e && text[j] == ',')
        j++;
      while (j < e && text[j] == ' ')
        j++;
      if (j < e && (is_upper((unsigned char)text[j])))
        cuts[n++] = (struct cut){s, j, 0, 0};
    }
  }
  for (i = s; i < e && n < MAX_CUTS; i++) {
    unsigned char c = (unsigned char)text[i];
    /* a parenthesis: " (...)" */
    if (c == '(' && i > s && text[i - 1] == ' ') {
      size_t j = i + 1;
      int depth = 1;
      while (j < e && depth) {
        depth += text[j] == '(';
        depth -= text[j] == ')';
        j++;
      }
      if (!depth && !holds_fact(lb, loose, i, j, s) &&
          !qualifying(text, i + 1, j))
        cuts[n++] = (struct cut){i - 1, j, 0, 1};
      continue;
    }
    /* a dash aside: " - ... -", " — ... —", or one that runs to the end */
    if ((c == '-' && i + 1 < e && text[i + 1] == ' ' && i > s &&
         text[i - 1] == ' ') ||
        (c == 0xe2 && i + 2 < e && (unsigned char)text[i + 1] == 0x80 &&
         ((unsigned char)text[i + 2] == 0x94 ||
          (unsigned char)text[i + 2] == 0x93))) {
      size_t w = c == '-' ? 1 : 3, j = i + w, a = i;
      while (a > s && text[a - 1] == ' ')
        a--;
      while (j < e) {
        unsigned char d = (unsigned char)text[j];
        if ((d == '-' && text[j - 1] == ' ' && j + 1 < e &&
             text[j + 1] == ' ') ||
            (d == 0xe2 && j + 2 < e && (unsigned char)text[j + 1] == 0x80 &&
             ((unsigned char)text[j + 2] == 0x94 ||
              (unsigned char)text[j + 2] == 0x93)))
          break;
        j++;
      }
      if (qualifying(text, i + w, e) || !latin_after(text, i + w, e)) {
        /* kept whole, and so is a closing dash */
        if (j < e)
          i = j + (text[j] == '-' ? 1 : 3) - 1;
        continue;
      }
      if (j < e) { /* closed: leave out through the closing dash */
        size_t k = j + (text[j] == '-' ? 1 : 3);
        if (!holds_fact(lb, loose, i, k, s) && a > s && latin_after(text, k, e))
          cuts[n++] = (struct cut){a, k, 0, 2};
        i = k - 1;
      } else if (!holds_fact(lb, loose, i, e, s) && a > s) {
        cuts[n++] = (struct cut){a, stop, 0, 2};
      }
      continue;
    }
    /* ", which ...," or ", which ..." to the end */
    if (c == ',' && i + 2 < e && text[i + 1] == ' ') {
      size_t j = i + 2, k;
      const char *w = one_of(text, j, e, after_comma);
      if (!w)
        w = one_of(text, j, e, before_end);
      if (!w && loose)
        w = one_of(text, j, e, concessions);
      if (!w && participle_by(text, j, e)) {
        /* ", accompanied by the Duke," closes before the verb */
        for (k = j; k < e && !run_end(text, k, e); k++)
          ;
        if (k < e && text[k] == ',' && !holds_fact(lb, loose, i, k, s))
          cuts[n++] = (struct cut){i, k + 1, 0, 3};
        continue;
      }
      if (!w)
        continue;
      for (k = j; k < e && !run_end(text, k, e); k++)
        ;
      if (one_of(text, j, e, concessions)) { /* a headline's, at the end */
        if (k == e && !holds_fact(lb, loose, i, e, s))
          cuts[n++] = (struct cut){i, stop, 0, 4};
        continue;
      }
      /* ", saying X, Y." runs to the end: the comma after X is inside
       * the clause, and leaving out only ", saying X," would join Y to
       * what came before */
      if (k < e && one_of(text, j, e, to_end)) {
        if (!holds_fact(lb, loose, i, e, s))
          cuts[n++] = (struct cut){i, stop, 0, 4};
        continue;
      }
      /* ", including politicians, journalists and religious leaders":
       * the comma after the first item is inside the list, and leaving
       * out only ", including politicians," would join the rest of the
       * list to what came before */
      if (k < e && text[k] == ',' && one_of(text, j, e, list_openers) &&
          list_goes_on(text, k + 1, e))
        continue;
      if (k < e && text[k] == ',') {
        size_t k2 = k + 1;
        if (!strcmp(w, "of")) {
          /* ", of Bradburn Road, Wakefield," runs on over the places
           * after it, and after an age (", 51,") its closing comma
           * stays: "Gary Green, 51, reversed", never "51 Wakefield" */
          size_t q = k, a = i;
          while (q + 2 < e && text[q + 1] == ' ' &&
                 is_upper((unsigned char)text[q + 2])) {
            size_t r = q + 2;
            while (r < e && !run_end(text, r, e))
              r++;
            if (r >= e || text[r] != ',' || !capitalized(text, q + 2, r))
              break;
            q = r;
          }
          k = q;
          k2 = k + 1;
          while (a > s && text[a - 1] != ',')
            a--;
          if (a > s && i - a <= 4 && text[i - 1] >= '0' && text[i - 1] <= '9')
            k2 = k;
        }
        if (!holds_fact(lb, loose, i, k, s))
          cuts[n++] = (struct cut){i, k2, 0, 3};
      } else if (k == e && one_of(text, j, e, before_end) &&
                 !cleft(text, s, i, j, e) && !holds_fact(lb, loose, i, e, s)) {
        cuts[n++] = (struct cut){i, stop, 0, 4};
      }
    }
  }
  /* a headline may also end before a clause that opens without a comma
   * ("... fans after an evening in which ..."), or, once eight words are
   * said, before a closing phrase of place or purpose ("... office in the
   * first of a series of events") */
  if (loose)
    for (i = s + 1; i < e && n < MAX_CUTS; i++) {
      const char *p;
      if (text[i] != ' ')
        continue;
      /* a quotation's close stays with its opening */
      if (quote_in(text, i, stop))
        continue;
      if ((one_of(text, i + 1, e, bare_clause) ||
           one_of(text, i + 1, e, concessions)) &&
          !(loose == LEAD && one_of(text, i + 1, e, causes)) &&
          bc__local_count_words(text + s, i - s) >= 6 &&
          !needs_complement(text, s, i))
        cuts[n++] = (struct cut){i, stop, 0, 4};
      else if (one_of(text, i + 1, e, restrictive) &&
               bc__local_count_words(text + s, i - s) >= 8 &&
               !needs_complement(text, s, i) && !chooses(text, s, i) &&
               (has_verb(text, s, i) || named_verb(text, s, i)))
        /* "... boasts 25 photographs which capture the life of ...": a
         * relative clause at the end that only says more of its noun */
        cuts[n++] = (struct cut){i, stop, 0, 4};
      else if ((p = one_of(text, i + 1, e, trailing_prep)) != NULL &&
               one_of(text, i + 2 + strlen(p), e, determiners) &&
               bc__local_count_words(text + s, i - s) >= 8 &&
               !needs_complement(text, s, i) && !has_verb(text, i, stop))
        cuts[n++] = (struct cut){i, stop, 0, 5};
    }
  /* the last "; ..." or ": ..." that runs to the end, else the last ",
   * and ..." (not inside a list after a colon) */
  {
    size_t semi = 0, comma = 0;
    for (i = s + 1; i < e; i++) {
      if ((text[i] == ';' || text[i] == ':') && i + 1 < e && text[i + 1] == ' ')
        semi = i;
      if (text[i] == ',' && i + 2 < e && text[i + 1] == ' ' &&
          one_of(text, i + 2, e, coordinators))
        comma = i;
    }
    i = semi ? semi : comma;
    if (i && i == comma && !semi && pending_main(text, s, i))
      i = 0;
    if (i && n < MAX_CUTS && !holds_fact(lb, loose, i, e, s) &&
        !qualifying(text, i + 1, e) &&
        bc__local_count_words(text + s, i - s) >= 5)
      cuts[n++] = (struct cut){i, stop, 0, 5};
  }
  for (i = 0; i < n; i++)
    cuts[i].words = bc__local_count_words(text + cuts[i].start,
                                          cuts[i].end - cuts[i].start);
  return n;
}

/* Pieces of sp once the runs marked in keep-out are left out. */
static void pieces(const char *text, struct bc_span sp, const struct cut *cuts,
                   const int *out, size_t n, struct bc__local_phrase *p)
{
  size_t at = sp.start, i;
  p->n = 0;
  for (;;) {
    size_t next = sp.end, which = n;
    for (i = 0; i < n; i++)
      if (out[i] && cuts[i].start >= at && cuts[i].start < next) {
        next = cuts[i].start;
        which = i;
      }
    {
      struct bc_span piece = bc__local_trim(text, (struct bc_span){at, next});
      if (piece.start < piece.end && p->n < BC__LOCAL_PIECES)
        p->piece[p->n++] = piece;
      else if (piece.start < piece.end)
        p->piece[p->n - 1].end = piece.end; /* never: MAX_CUTS bounds it */
    }
    if (which == n)
      break;
    at = cuts[which].end;
  }
  p->words = 0;
  for (i = 0; i < p->n; i++)
    p->words += bc__local_count_words(text + p->piece[i].start,
                                      p->piece[i].end - p->piece[i].start);
}

static void shorten(const struct bc__local *lb, int loose, struct bc_span sp,
                    size_t max_words, struct bc__local_phrase *p)
{
  const char *text = lb->doc->text;
  struct cut cuts[MAX_CUTS];
  int out[MAX_CUTS];
  size_t n, i, words, stop = sp.end, e;
  memset(out, 0, sizeof out);
  p->n = 1;
  p->piece[0] = sp;
  /* '" If you start ...': a tidier put a space after the opening quote
   * (it thought the quote closed the sentence before); the quote and
   * the words join again */
  if (sp.end - sp.start > 3 && text[sp.start] == '"' &&
      text[sp.start + 1] == ' ') {
    struct bc_span rest = {sp.start + 2, sp.end};
    shorten(lb, loose, rest, max_words, p);
    if (p->n < BC__LOCAL_PIECES) {
      memmove(p->piece + 1, p->piece, p->n * sizeof *p->piece);
      p->piece[0] = (struct bc_span){sp.start, sp.start + 1};
      p->n++;
    }
    return;
  }
  p->words = words = bc__local_count_words(text + sp.start, sp.end - sp.start);
  /* the final stop: ". ! ?" and a closing quote or bracket after it (a
   * bracket before it closes words the sentence says: "(and go back
   * together).") */
  while (stop > sp.start + 3 && (strchr("\"')", text[stop - 1]) ||
                                 ((unsigned char)text[stop - 3] == 0xe2 &&
                                  (unsigned char)text[stop - 2] == 0x80 &&
                                  ((unsigned char)text[stop - 1] == 0x9d ||
                                   (unsigned char)text[stop - 1] == 0x99))))
    stop -= text[stop - 1] & 0x80 ? 3 : 1;
  if (stop > sp.start && strchr(".!?", text[stop - 1]))
    while (stop > sp.start && strchr(".!?", text[stop - 1]))
      stop--;
  else
    stop = sp.end;
  if (stop == sp.end)
    return; /* not a sentence: a heading or a list fragment stays whole */
  e = stop;
  n = find_cuts(lb, loose, sp.start, e, stop, cuts);
  /* The opener goes whenever there is one: "But Apple did" reads as if
   * something came before. */
  for (i = 0; i < n; i++)
    if (cuts[i].rank == 0) {
      out[i] = 1;
      words -= cuts[i].words;
    }
  /* Then the longest runs first until the phrase fits, keeping at least
   * five words; runs overlap only when one holds the other. */
  while (words > max_words) {
    size_t best = n, j;
    for (i = 0; i < n; i++) {
      int clash = 0;
      if (out[i] || words - cuts[i].words < 5)
        continue;
      for (j = 0; j < n && !clash; j++)
        clash = out[j] && cuts[j].start < cuts[i].end &&
                cuts[i].start < cuts[j].end;
      if (clash)
        continue;
      if (best == n || cuts[i].words > cuts[best].words)
        best = i;
    }
    if (best == n)
      break;
    out[best] = 1;
    words -= cuts[best].words;
  }
  pieces(text, sp, cuts, out, n, p);
}

void bc__local_shorten(const struct bc__local *lb, struct bc_span sp,
                       size_t max_words, struct bc__local_phrase *p)
{
  shorten(lb, 0, sp, max_words, p);
}

void bc__local_headline(const struct bc__local *lb, struct bc_span sp,
                        size_t max_words, struct bc__local_phrase *p)
{
  shorten(lb, 1, sp, max_words, p);
}

void bc__local_lead_headline(const struct bc__local *lb, struct bc_span sp,
                             size_t max_words, struct bc__local_phrase *p)
{
  shorten(lb, LEAD, sp, max_words, p);
}

/* The piece is an opening quotation mark alone: the text after it joins
 * it without a space. */
static int opening_quote(const char *text, struct bc_span sp)
{
  return (sp.end - sp.start == 1 && text[sp.start] == '"') ||
         (sp.end - sp.start == 3 &&
          !memcmp(text + sp.start, "\xe2\x80\x9c", 3));
}

char *bc__local_phrase_text(const char *text, const struct bc__local_phrase *p)
{
  struct bc_buf out = BC_BUF_INIT(BC_MAX_LINE_BYTES);
  size_t i;
  for (i = 0; i < p->n; i++) {
    char c = text[p->piece[i].start];
    if (i && !strchr(".,;:!?)", c) && !opening_quote(text, p->piece[i - 1]))
      bc_buf_addc(&out, ' ');
    bc_buf_add(&out, text + p->piece[i].start,
               p->piece[i].end - p->piece[i].start);
  }
  return bc_buf_take(&out, NULL);
}

char *bc__local_bullet(const struct bc__local *b, struct bc_span sp)
{
  struct bc__local_phrase p;
  bc__local_shorten(b, sp, BC__LOCAL_BULLET_WORDS, &p);
  return bc__local_phrase_text(b->doc->text, &p);
}

/* The sentences idx[0..n) joined by spaces, verbatim. */
char *bc__local_join(const struct bc__local *b, const size_t *idx, size_t n)
{
  struct bc_buf out = BC_BUF_INIT(BC_MAX_JSON_BYTES);
  size_t i;
  for (i = 0; i < n; i++) {
    struct bc_span sp = b->c[idx[i]].span;
    if (i)
      bc_buf_addc(&out, ' ');
    bc_buf_add(&out, b->doc->text + sp.start, sp.end - sp.start);
  }
  return bc_buf_take(&out, NULL);
}
