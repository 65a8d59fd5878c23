/* local.c - the embedded "local" provider: an offline, deterministic,
 * extractive summarizer.  Sentences are ranked on a similarity graph
 * (local_rank.c) with title, heading and position cues; structure (sections,
 * timeline, glossary, quotes) comes from the document's blocks and the fact
 * sheet.  Every piece of source text is copied verbatim, never rephrased:
 * the only words it writes itself are the fixed phrases of the narration. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "briefcast/provider.h"
#include "summarize/local.h"
#include "summarize/provider_ops.h"

static const struct bc__local_plan plans[] = {
    /* short  */ {3, 1, 8, 2, 3, 3, 1},
    /* medium */ {5, 2, 16, 4, 6, 3, 1},
    /* long   */ {7, 2, 40, 8, 10, 4, 2},
};

/* Words a spoken minute holds (limits.h), and what one chosen sentence,
 * timeline entry or quote adds on average (measured on the samples). */
#define WORDS_PER_MINUTE BC_NARRATION_WORDS_PER_MINUTE
#define WORDS_PER_SENTENCE 24.0
#define WORDS_PER_ENTRY 14.0

static size_t at_least(size_t have, double want, size_t cap)
{
  size_t w = want > (double)cap ? cap : (size_t)ceil(want);
  return w > have ? w : have;
}

/* The length's plan, grown so the summary holds about a third more words
 * than minutes of narration need, most of them in the sections (every
 * section is a chapter): key points, timeline entries and quotes often
 * repeat a section's sentence, which the script says once.  Only ever more
 * than the length asks; the caps keep a slide deck readable. */
static void plan_for_minutes(struct bc__local_plan *p,
                             const struct bc__local_plan *base, double minutes,
                             size_t n_secs)
{
  double words = minutes * WORDS_PER_MINUTE * 1.3;
  *p = *base;
  p->section_sentences = at_least(
      base->section_sentences,
      0.85 * words / WORDS_PER_SENTENCE / (double)(n_secs ? n_secs : 1), 40);
  p->key_points =
      at_least(base->key_points, 0.15 * words / WORDS_PER_SENTENCE, 12);
  p->timeline = at_least(base->timeline, 0.15 * words / WORDS_PER_ENTRY, 120);
  p->quotes = at_least(base->quotes, 0.1 * words / WORDS_PER_SENTENCE, 24);
}

struct local_state {
  struct bc_usage usage;
};

/* ---- the provider ---------------------------------------------------------
 */

static bc_status fill_source(struct bc__local *b)
{
  const struct bc_doc *doc = b->doc;
  struct bc_summary *s = b->s;
  s->title = bc__strdup(b->title);
  s->provider = bc__strdup("local");
  /* A title made from the text's words stands for the source's too: the
   * source has none of its own to show beside it. */
  s->source.title =
      bc__local_str_or_empty(b->title_made ? b->title : doc->title);
  s->source.author = bc__local_str_or_empty(doc->author);
  s->source.date = bc__local_str_or_empty(doc->date);
  s->source.url = bc__local_str_or_empty(doc->url ? doc->url : doc->source);
  s->source.sha256 = bc__strdup(doc->sha256);
  if (!s->title || !s->provider || !s->source.title || !s->source.author ||
      !s->source.date || !s->source.url || !s->source.sha256)
    return BC_ERR_NOMEM;
  return BC_OK;
}

/* Every string of a summary is non-NULL: fill what the builders left. */
static bc_status fill_empty(struct bc_summary *s)
{
  if (!s->tldr && !(s->tldr = bc__strdup("")))
    return BC_ERR_NOMEM;
  return BC_OK;
}

static char *title_of(const struct bc_doc *doc)
{
  size_t i;
  if (doc->title && *doc->title)
    return bc__strdup(doc->title);
  for (i = 0; i < doc->n_blocks; i++)
    if (doc->blocks[i].kind == BC_BLOCK_HEADING &&
        doc->blocks[i].span.end <= doc->text_len)
      return bc__local_span_dup(doc, doc->blocks[i].span);
  return bc__strdup("Untitled");
}

/* Whether the document's title was made from its first sentence (a text
 * with no title line, such as a news story that starts with its second
 * sentence): the title is not a heading or a line of its own but the
 * opening words of one of the first paragraphs, or a shortened form of
 * them. */
static int title_guessed(const struct bc_doc *doc)
{
  size_t i, seen = 0, tn;
  if (!doc->title || !*doc->title)
    return 0;
  tn = strlen(doc->title);
  /* "Penny" over a wiki page that opens "Penny is a villager": a title of
   * one or two words names the subject the text then opens with; a
   * first sentence made into a headline says more */
  if (bc__local_count_words(doc->title, tn) < 3)
    return 0;
  for (i = 0; i < doc->n_blocks && seen < 3; i++) {
    const struct bc_block *bl = &doc->blocks[i];
    const char *s = doc->text + bl->span.start;
    size_t n = bl->span.end - bl->span.start, k, m = tn < 24 ? tn : 24;
    if (bl->span.end > doc->text_len || bl->aside || !n)
      continue;
    seen++;
    if (n == tn && memcmp(s, doc->title, n) == 0)
      return 0; /* a heading or a title line */
    if (bl->kind == BC_BLOCK_HEADING || n < tn + 8)
      continue;
    /* the opening words, after a notice or a connective the ingest stage
     * left out ("But", "Media playback is not supported ...") */
    for (k = 0; k < 80 && k + m <= n; k++)
      if (memcmp(s + k, doc->title, m) == 0)
        return 1;
  }
  return 0;
}

/* An opening connective a headline does without, before a word in lower
 * case ("But the study says ..."): its length with the space after it, or
 * 0. */
static size_t connective(const char *s, size_t n)
{
  static const char *const words[] = {"But ",      "And ",    "So ", "Yet ",
                                      "However, ", "Still, ", NULL};
  size_t k, m;
  for (k = 0; words[k]; k++) {
    m = strlen(words[k]);
    if (n > m + 1 && !memcmp(s, words[k], m) && s[m] >= 'a' && s[m] <= 'z')
      return m;
  }
  return 0;
}

/* Whether s[0..n) holds a quotation of more than five words, its marks
 * straight ('"') or curly. */
static int long_quote(const char *s, size_t n)
{
  size_t i, words = 0;
  int in = 0;
  for (i = 0; i < n; i++) {
    int mark = s[i] == '"';
    if (!mark && i + 2 < n && (unsigned char)s[i] == 0xE2 &&
        (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D))
      mark = 1;
    if (mark) {
      in = !in;
      words = 0;
    } else if (in && s[i] == ' ' && ++words >= 5) {
      return 1;
    }
  }
  return 0;
}

/* The span of candidate k that reads as a headline, or {0, 0}: a
 * sentence that stands alone (once an opening "But" is left out), ends
 * with a stop, is nobody's quotation and holds none; strict, also one
 * that neither adds to another sentence nor opens with an adverb and a
 * pronoun. */
static struct bc_span headline_span(const struct bc__local *b, size_t k,
                                    int strict)
{
  const struct bc__local_cand *c = &b->c[k];
  const char *s = b->doc->text + c->span.start;
  size_t len = c->span.end - c->span.start, i, skip = 0;
  struct bc_span none = {0, 0}, sp = c->span;
  if (c->quote_block || c->quoted || c->cue >= 1.0 || b->rank.words[k] < 5 ||
      len < 2)
    return none;
  if (!c->lone || c->who != NONE) {
    /* "He was fined ...": the name the text gave him stands in for "he" */
    skip = c->who != NONE ? bc__local_after_referent(b, k) - c->span.start
                          : connective(s, len);
    if (!skip ||
        !bc__local_stands_alone(s + skip, len - skip,
                                bc__local_count_words(s + skip, len - skip)))
      return none;
  }
  i = len;
  while (i > 0 && (s[i - 1] == '"' || s[i - 1] == '\'' || s[i - 1] == ')'))
    i--;
  if (!i || !strchr(".!", s[i - 1]))
    return none;
  if (strict && bc__local_adverb_pronoun(s + skip, len - skip))
    return none;
  /* "It was easy to do, she says", "There has been speculation": a
   * subject that names nothing is no headline */
  if (strict &&
      (((!strncmp(s + skip, "It ", 3) || !strncmp(s + skip, "It's ", 5)) &&
        !bc__local_placeholder_it(s + skip, len - skip)) ||
       !strncmp(s + skip, "There ", 6)))
    return none;
  /* "VR can also be used to ...", "Police were also called": a sentence
   * that adds to what came before is no headline of the whole. */
  if (strict && ((bc__local_holds(s, len, " also ") &&
                  !bc__local_holds(s, len, " and also ") &&
                  !bc__local_holds(s, len, " also called ") &&
                  !bc__local_holds(s, len, " also known ")) ||
                 bc__local_holds(s, len, " too.") ||
                 bc__local_holds(s, len, " as well.")))
    return none;
  /* a quotation is its speaker's words, and a headline cut before it says
   * nothing ("Mike LeSurf of Mencap says"); a few words in quotation marks
   * ("sketched out for Sununu") are the sentence's own */
  if (long_quote(s, len))
    return none;
  sp.start += skip;
  return sp;
}

/* What naming the piece's subject adds to a headline's score. */
#define TITLE_TOPIC 0.8
/* What a sentence gains whose subject is a name ("Trevor Deely, 22, was
 * last seen ..."), and loses whose subject is a description that points
 * at someone named before ("The 24-year-old finished fourth", "The
 * visitors led"): a headline says who. */
#define TITLE_NAMED 0.4
/* What a sentence loses whose subject stands for a person no sentence
 * before names ("The 23-year-old" opening a story cut below its lead). */
#define TITLE_DANGLING 1.0
/* What a sentence that describes a state rather than an event loses. */
#define TITLE_STATE 0.8
/* What the first sentence gains, when it reports an event. */
#define TITLE_FIRST 0.6
/* What a sentence gains that reports an outcome ("died", "was fined",
 * "signed into law"), and loses that opens on the background ("In
 * 2009", a story cut below its lead; no first sentence's gain then): a
 * headline-less story's news is what happened now. */
#define TITLE_OUTCOME 0.6
#define TITLE_BACKGROUND 1.0
/* What a sentence loses that tells of an earlier time without opening on
 * it ("had unveiled", "won ... in 2008" in a story of 2015). */
#define TITLE_EARLIER 0.6
/* What a sentence in the first person loses ("I asked whether ..."). */
#define TITLE_FIRST_PERSON 1.0
/* What a sentence past the first third of a story's body loses: a story
 * that takes the strong lead cue tells its news first, and what it says
 * late is a detail or a reaction ("Of the visitors, only two passed
 * 50"), no headline of the whole. */
#define TITLE_LATE 1.0

/* Whether candidate k opens past the first third of the body. */
static int late(const struct bc__local *b, size_t k)
{
  size_t origin = b->c[0].span.start;
  if (b->body_end <= origin)
    return 0;
  return (b->c[k].span.start - origin) * 3 > b->body_end - origin;
}

/* Whether s[0..n) reports what someone said ("Adrian Marsden, finds
 * officer, said the object was buried with its owner"): a headline states
 * the news; the speech verb is its source's.  What a study or a report
 * says is the news itself. */
static int reported(const char *s, size_t n)
{
  /* "The study says there is no evidence": a document's finding is news */
  static const char *const papers[] = {
      "study says ",    "report says ",  "survey says ",
      "research says ", "study said ",   "report said ",
      "survey said ",   "figures show ", NULL};
  size_t k;
  for (k = 0; papers[k]; k++)
    if (bc__local_holds(s, n, papers[k]))
      return 0;
  return bc__local_speech(s, n);
}

/* Whether s[0..n) opens with a name of the fact sheet, after a title
 * such as "Mr" or "Dr": 1; with "The" and a word in lower case (a
 * description: "The victim", "The mayor"): -1; with "The" and a figure
 * (an age that stands for a name said before: "The 24-year-old"): -2;
 * else 0. */
/* Whether the capitalized first word of s[0..n) is a name: the text
 * (text[0..len)) writes it with its capital inside a sentence too
 * ("Latham emerged ..." beside "... Latham told the BBC"), where a
 * capital marks no sentence's start. */
/* Whether the character at c (before a space) leaves a sentence open: a
 * letter, a digit, a comma, or a closing quotation mark after a comma
 * ('," Latham told'). */
static int mid_sentence(const char *c)
{
  if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == ',')
    return 1;
  return *c == '"' && c[-1] == ',';
}

static int recurring_name(const char *text, size_t len, const char *s, size_t n)
{
  size_t m = 0;
  const char *p = text, *end = text + len;
  while (m < n && ((s[m] >= 'a' && s[m] <= 'z') ||
                   (m == 0 && s[m] >= 'A' && s[m] <= 'Z')))
    m++;
  if (m < 3 || !(s[0] >= 'A' && s[0] <= 'Z') || m >= n || s[m] != ' ')
    return 0;
  while ((p = memchr(p, s[0], (size_t)(end - p))) && p + m < end) {
    if (p != s && p - text >= 3 && p[-1] == ' ' && mid_sentence(p - 2) &&
        !memcmp(p, s, m) && !((p[m] | 0x20) >= 'a' && (p[m] | 0x20) <= 'z'))
      return 1;
    p++;
  }
  return 0;
}

static int subject_kind(const struct bc_facts *f, const char *text, size_t len,
                        const char *s, size_t n)
{
  static const char *const titles[] = {"Mr ",  "Mrs ",  "Ms ", "Dr ",
                                       "Sir ", "Prof ", NULL};
  size_t i, m;
  for (i = 0; titles[i]; i++) {
    m = strlen(titles[i]);
    if (n > m && !strncmp(s, titles[i], m)) {
      s += m;
      n -= m;
      break;
    }
  }
  for (i = 0; i < f->n_names; i++) {
    m = strlen(f->names[i].name);
    if (m && m < n && !memcmp(s, f->names[i].name, m) &&
        !((s[m] | 0x20) >= 'a' && (s[m] | 0x20) <= 'z'))
      return 1;
  }
  if (recurring_name(text, len, s, n))
    return 1;
  if (n > 5 && !strncmp(s, "The ", 4) && s[4] >= '0' && s[4] <= '9')
    return -2;
  if (n > 5 && !strncmp(s, "The ", 4) && s[4] >= 'a' && s[4] <= 'z')
    return -1;
  return 0;
}

/* Whether the headline ph of text is a fragment no reader takes for a
 * statement: it ends on a comma, a semicolon or a colon ("Barca paid
 * £40m for Neymar, 22,"), or it is a subordinate clause alone ("While
 * there is still some way to go": no comma leads on to a main clause). */
static int fragment(const char *text, const struct bc__local_phrase *ph)
{
  static const char *const subs[] = {"While",  "Although", "Though",  "If",
                                     "Unless", "Whereas",  "Because", "Since",
                                     "When",   "As",       "Until",   "Before",
                                     "After",  "Once",     NULL};
  size_t last = ph->n - 1, e, s0 = ph->piece[0].start, i, k;
  /* the sentence's own stop, kept as a piece of its own after a cut, is
   * not where the headline's words end */
  if (last && ph->piece[last].end - ph->piece[last].start <= 1)
    last--;
  e = ph->piece[last].end;
  while (e > s0 && (text[e - 1] == '.' || text[e - 1] == ' '))
    e--;
  if (e > s0 && strchr(",;:", text[e - 1]))
    return 1;
  /* "Ann Lee, 36, died": one word after a person's age, where the
   * clause that said how or when was left out */
  if (ph->n > 1) {
    size_t c = e;
    while (c > s0 && text[c - 1] != ',' && text[c - 1] != ' ')
      c--;
    if (c >= s0 + 3 && text[c - 1] == ' ' && text[c - 2] == ',' &&
        text[c - 3] >= '0' && text[c - 3] <= '9')
      return 1;
  }
  /* ", six days" at the end: the measure of a clause the headline left
   * out ("died on 14 May, six days [after the crash]") */
  {
    static const char *const units[] = {" days",  " weeks", " months",
                                        " years", " hours", NULL};
    for (k = 0; units[k]; k++) {
      size_t m = strlen(units[k]), c;
      if (e - s0 <= m + 3 || strncmp(text + e - m, units[k], m))
        continue;
      c = e - m;
      while (c > s0 && text[c - 1] != ' ' && text[c - 1] != ',')
        c--;
      if (c >= s0 + 2 && text[c - 1] == ' ' && text[c - 2] == ',')
        return 1;
    }
  }
  for (k = 0; subs[k]; k++) {
    size_t m = strlen(subs[k]);
    if (ph->piece[0].end - s0 > m && !strncmp(text + s0, subs[k], m) &&
        text[s0 + m] == ' ')
      break;
  }
  if (!subs[k])
    return 0;
  for (i = 0; i < ph->n; i++)
    if (memchr(text + ph->piece[i].start, ',',
               ph->piece[i].end - ph->piece[i].start))
      return 0;
  return 1;
}

/* Whether s[0..n) holds a token of ten characters or more that mixes
 * letters and digits ("VOA19980303.1600.0917"): a file's or a record's
 * id, which no headline says. */
static int holds_id(const char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    int alpha = 0, digit = 0;
    while (j < n && s[j] != ' ') {
      alpha |= (s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z';
      digit |= s[j] >= '0' && s[j] <= '9';
      j++;
    }
    if (alpha && digit && j - i >= 10)
      return 1;
    i = j + 1;
  }
  return 0;
}

/* Whether a piece of the headline ph of text leans on a sentence before
 * it ("This area had fallen", "this is a reality"): its words point at
 * nothing once alone. */
static int leans_back(const char *text, const struct bc__local_phrase *ph)
{
  size_t i;
  for (i = 0; i < ph->n; i++)
    if (bc__local_leans_back(text + ph->piece[i].start,
                             ph->piece[i].end - ph->piece[i].start))
      return 1;
  return 0;
}

/* The year of four digits at s[i..i+4) (1900-2099, a word of its own), or
 * 0. */
static unsigned year_at(const char *s, size_t n, size_t i)
{
  unsigned y = 0;
  size_t j;
  if (i + 4 > n ||
      (i && ((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z')) ||
      (i && s[i - 1] >= '0' && s[i - 1] <= '9') ||
      (i + 4 < n && s[i + 4] >= '0' && s[i + 4] <= '9'))
    return 0;
  for (j = 0; j < 4; j++) {
    if (s[i + j] < '0' || s[i + j] > '9')
      return 0;
    y = y * 10 + (unsigned)(s[i + j] - '0');
  }
  return y >= 1900 && y <= 2099 ? y : 0;
}

/* The latest year s[0..n) names as past or present, or 0: a year after
 * "by", "until" or "to" is a target ("save £4.2bn by 2020"), not a time
 * the story has reached. */
static unsigned latest_year(const char *s, size_t n)
{
  static const char *const ahead[] = {"by ", "until ",  "till ",
                                      "to ", "before ", NULL};
  unsigned top = 0, y;
  size_t i, k;
  for (i = 0; i + 4 <= n; i++) {
    if (!(y = year_at(s, n, i)))
      continue;
    for (k = 0; ahead[k]; k++) {
      size_t m = strlen(ahead[k]);
      if (i >= m && !strncmp(s + i - m, ahead[k], m))
        break;
    }
    if (!ahead[k] && y > top)
      top = y;
    i += 3;
  }
  return top;
}

/* Whether the headline ph of text tells what happened before the story's
 * time: its verb in the past perfect ("Steve Jobs had just unveiled the
 * iPhone", "had been jailed") or its latest year two or more before the
 * latest the text names ("won ... in 2008" in a story of 2015).  A story
 * whose lead was cut off opens with such background.  Only the words the
 * headline keeps count: "after it emerged she had donated" is left out. */
static int earlier(const char *text, const struct bc__local_phrase *ph,
                   unsigned latest)
{
  size_t i, k;
  unsigned top = 0, y;
  for (k = 0; k < ph->n; k++) {
    const char *s = text + ph->piece[k].start;
    size_t n = ph->piece[k].end - ph->piece[k].start;
    /* "said it had signed", "found the number had gone up": the past
     * perfect of reported speech or a finding is the news's own tense */
    for (i = 0; i + 6 < n; i++)
      if (!strncmp(s + i, " had ", 5) && strncmp(s + i + 5, "to ", 3) &&
          s[i + 5] >= 'a' && s[i + 5] <= 'z' && !bc__local_speech(s, i) &&
          !bc__local_holds(s, i, " found ") && !bc__local_holds(s, i, " that "))
        return 1;
    y = latest_year(s, n);
    if (y > top)
      top = y;
  }
  return top && latest && top + 2 <= latest;
}

/* The length of a video page's stamp glued to the sentence s[0..n)
 * opens ("18 March 2014 Last updated at 09:22 GMTRichard Blake-Smith
 * ..."), up to the sentence's first word, or 0. */
static size_t stamp(const char *s, size_t n)
{
  static const char *const zones[] = {" GMT", " BST", NULL};
  size_t i, k;
  if (!bc__local_holds(s, n < 40 ? n : 40, "Last updated at "))
    return 0;
  for (i = 0; i + 5 < n && i < 60; i++)
    for (k = 0; zones[k]; k++)
      if (!strncmp(s + i, zones[k], 4) && s[i + 4] >= 'A' && s[i + 4] <= 'Z')
        return i + 4;
  return 0;
}

/* Headline words a reader takes in at a glance; each word past them costs
 * the headline. */
#define TITLE_WORDS 12
#define TITLE_LONG 0.03

/* A title for a text that has none of its own: a short central statement
 * rather than the opening words of its first sentence.  Among the first
 * sentences and the best-ranked ones, each shortened to a headline by
 * whole clauses (local_phrase.c), the best scored of five to eighteen
 * words (twenty-four for the first sentence, which a news story writes as
 * its headline's long form), without its final stop; a first word the
 * left-out "But" leaves in lower case is capitalized.  NULL (and *rc
 * BC_OK) when none qualifies: the ingest stage's title stays.  A
 * sentence that adds to another ("can also") or opens with an adverb and
 * a pronoun ("Increasingly it is") is taken only when no other is there.
 * A sentence about the piece's most named subject counts more, one that
 * describes a state ("The film is the follow up to ...") less: a headline
 * reports what happened.  *from gets the sentence of a title found in the
 * first pass (the tl;dr agrees with it), *skip the bytes of its opening
 * connective the title leaves out. */
static char *central_title(const struct bc__local *b, bc_status *rc,
                           size_t *from, size_t *skip)
{
  size_t i, best = NONE, first = NONE;
  double top = 0;
  struct bc__local_phrase ph, keep;
  char *t;
  int strict = 1;
  unsigned latest = latest_year(b->doc->text, b->doc->text_len);
  *rc = BC_OK;
  for (i = 0; i < b->n && first == NONE; i++)
    if (b->c[i].block != NONE)
      first = i;
again:
  for (i = 0; i < b->n && i < 16; i++) {
    size_t k = i < 8 ? i : b->order[i - 8], limit;
    struct bc_span sp = headline_span(b, k, strict);
    const char *s;
    double v;
    int named;
    if (sp.start >= sp.end)
      continue;
    sp.start += stamp(b->doc->text + sp.start, sp.end - sp.start);
    /* a news story's first sentence is its headline's long form: it
     * keeps the clause that says why ("said it wanted more progress"
     * without "after the NHS had slipped behind schedule" is no news) */
    if (k == first && b->lead_strong)
      bc__local_lead_headline(b, sp, TITLE_WORDS, &ph);
    else
      bc__local_headline(b, sp, TITLE_WORDS, &ph);
    /* the first sentence, or one that opens with a name, may run longer:
     * a news story writes its headline's long form so */
    named = b->c[k].who != NONE
                ? 1
                : subject_kind(b->facts, b->doc->text, b->doc->text_len,
                               b->doc->text + sp.start, sp.end - sp.start);
    limit = k == first ? 24 : named > 0 ? 22 : 18;
    if (ph.words < 5 || ph.words > limit || !ph.n ||
        fragment(b->doc->text, &ph) ||
        holds_id(b->doc->text + sp.start, sp.end - sp.start))
      continue;
    s = b->doc->text + ph.piece[0].start;
    if (!((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z') ||
          (s[0] >= '0' && s[0] <= '9') || (unsigned char)s[0] >= 0xC3))
      continue;
    /* the lead cue of a long text (mild): a story without a headline
     * often opens with its background, and its subject is the name it
     * keeps saying */
    v = b->c[k].score;
    if (b->c[k].who != NONE) {
      if (!b->c[k].lone)
        v /= 0.5; /* the toll for a "he" the headline names */
    } else if (sp.start != b->c[k].span.start)
      v /= 0.4; /* the score's toll for the "But" the headline leaves out */
    v += bc__local_lead(b, k, 0) - bc__local_lead(b, k, 1) +
         TITLE_TOPIC * b->c[k].topic;
    if (reported(b->doc->text + sp.start, sp.end - sp.start))
      v *= 0.5;
    /* the first sentence is a story's lead, unless it only describes
     * how things stand or points at someone by age ("The 24-year-old"):
     * the lead was cut off, the scrape starts with the background or with
     * the second sentence */
    if (bc__local_states(b->doc->text + sp.start, sp.end - sp.start))
      v -= TITLE_STATE;
    else if (bc__local_background(b->doc->text + sp.start, sp.end - sp.start))
      v -= TITLE_BACKGROUND;
    else if (earlier(b->doc->text, &ph, latest))
      v -= TITLE_EARLIER;
    else if (k == first && named > -2)
      v += TITLE_FIRST;
    if (bc__local_outcome(b->doc->text + sp.start, sp.end - sp.start))
      v += TITLE_OUTCOME;
    /* "I turned around": a reporter's own doings are no story's news */
    if (bc__local_first_person(b, k))
      v -= TITLE_FIRST_PERSON;
    v -= 0.02 * (double)ph.words;
    if (ph.words > TITLE_WORDS)
      v -= TITLE_LONG * (double)(ph.words - TITLE_WORDS);
    if (b->lead_strong && late(b, k))
      v -= TITLE_LATE;
    /* "The 23-year-old earned ...", "He said" with nobody named before:
     * the headline would not say who */
    if (b->c[k].who == NONE &&
        (bc__local_referent_opener(b->doc->text + sp.start,
                                   sp.end - sp.start) ||
         leans_back(b->doc->text, &ph)))
      v -= TITLE_DANGLING;
    else
      v += TITLE_NAMED * (named < 0 ? -1 : named);
    if (best == NONE || v > top) {
      best = k;
      top = v;
      keep = ph;
    }
  }
  /* With no statement of its own, one that adds to another ("also") or
   * leans on an adverb's pronoun still beats the text's opening words. */
  if (best == NONE && strict) {
    strict = 0;
    goto again;
  }
  if (best == NONE)
    return NULL;
  /* a statement that only adds to another is no headline the tl;dr
   * should agree with */
  if (strict) {
    *from = best;
    if (b->c[best].who == NONE)
      *skip = keep.piece[0].start - b->c[best].span.start;
  }
  t = bc__local_phrase_text(b->doc->text, &keep);
  if (t && b->c[best].who != NONE) {
    char *x = bc__local_named(b, best, t);
    free(t);
    t = x;
  }
  if (!t) {
    *rc = BC_ERR_NOMEM;
    return NULL;
  }
  if (t[0] >= 'a' && t[0] <= 'z')
    t[0] = (char)(t[0] - 'a' + 'A');
  i = strlen(t);
  if (i > 1 && t[i - 1] == '.' && t[i - 2] != '.')
    t[i - 1] = '\0';
  return t;
}

static bc_status local_summarize(void *self, const struct bc_doc *doc,
                                 const struct bc_facts *facts,
                                 const struct bc_summarize_opts *opts,
                                 struct bc_summary **out, struct bc_error *err)
{
  struct local_state *st = self;
  struct bc__local b;
  struct bc__local_plan minutes_plan;
  char *title = NULL;
  unsigned len = (unsigned)opts->length;
  int guessed;
  bc_status rc;

  memset(&b, 0, sizeof b);
  b.title_cand = NONE;
  b.doc = doc;
  b.facts = facts;
  b.plan = &plans[len <= BC_LENGTH_LONG ? len : BC_LENGTH_MEDIUM];
  if (!doc->text)
    return bc_error_set(err, BC_ERR_INPUT, "cannot summarize '%s': no text",
                        doc->source ? doc->source : "document");
  title = title_of(doc);
  b.title = title;
  b.s = bc_summary_new();
  if (!title || !b.s) {
    rc = BC_ERR_NOMEM;
    goto out;
  }
  rc = bc__local_find_sections(&b);
  if (!rc)
    rc = bc__local_find_candidates(&b);
  if (rc)
    goto out;
  bc__local_topic(&b);
  bc__local_news(&b);
  bc__local_referents(&b);
  if (opts->minutes > 0) {
    plan_for_minutes(&minutes_plan, b.plan, opts->minutes, b.n_secs);
    b.plan = &minutes_plan;
  }
  /* A title that is only the text's opening words says nothing of what
   * the text is about: the ranking does without it. */
  guessed = b.n && title_guessed(doc);
  if (b.n) {
    rc = bc__local_score(&b, guessed ? NULL : b.title, err);
    if (rc)
      goto out;
  }
  /* What the brief shows is a better title when the text's was only its
   * opening words. */
  if (guessed) {
    char *t = central_title(&b, &rc, &b.title_cand, &b.title_skip);
    if (rc)
      goto out;
    if (t) {
      free(title);
      b.title = title = t;
    }
    b.title_made = 1;
  }
  rc = fill_source(&b);
  /* the tl;dr first: the key points leave its sentences out */
  if (!rc && b.n)
    rc = bc__local_build_tldr(&b);
  if (!rc && b.n)
    rc = bc__local_build_key_points(&b);
  if (!rc)
    rc = fill_empty(b.s);
  if (!rc)
    rc = bc__local_build_sections(&b);
  if (!rc)
    rc = bc__local_build_timeline(&b);
  if (!rc)
    rc = bc__local_build_glossary(&b);
  if (!rc)
    rc = bc__local_build_quotes(&b);
  if (!rc)
    rc = bc__local_build_slides(&b);
  if (!rc)
    rc = bc__local_build_narration(&b);
  if (rc)
    goto out;
  if (opts->progress)
    opts->progress(opts->progress_ctx, "summarize", 1, 1);
  st->usage.chunks = 1;
  st->usage.chunks_covered = 1;
  *out = b.s;
  b.s = NULL;
out:
  if (rc == BC_ERR_NOMEM)
    bc_error_set(err, rc, "cannot summarize '%s': out of memory",
                 doc->source ? doc->source : "document");
  bc_summary_free(b.s);
  bc__local_rank_release(&b.rank);
  free(b.c);
  free(b.secs);
  free(b.order);
  free(b.by_sec);
  free(b.sec_first);
  free(b.kp);
  free(b.tl);
  free(title);
  return rc;
}

static bc_status local_create(const struct bc_provider_config *cfg, void **self,
                              struct bc_error *err)
{
  struct local_state *st;
  (void)cfg; /* no model, key or endpoint: everything is in this file */
  st = bc__calloc(1, sizeof *st);
  if (!st)
    return bc_error_set(err, BC_ERR_NOMEM,
                        "cannot create provider 'local': out of memory");
  *self = st;
  return BC_OK;
}

static void local_usage(void *self, struct bc_usage *out)
{
  const struct local_state *st = self;
  *out = st->usage;
}

static void local_destroy(void *self)
{
  free(self);
}

/* Nothing to plan: no requests, no cost. */
static bc_status local_plan(void *self, const struct bc_doc *doc,
                            const struct bc_facts *facts,
                            const struct bc_summarize_opts *opts,
                            struct bc_plan *out, struct bc_error *err)
{
  (void)self;
  (void)doc;
  (void)facts;
  (void)opts;
  (void)err;
  memset(out, 0, sizeof *out);
  out->chunks = 1;
  out->price_known = 1;
  return BC_OK;
}

const struct bc_provider_ops bc__provider_local = {
    .name = "local",
    .create = local_create,
    .summarize = local_summarize,
    .repair = NULL,
    .usage = local_usage,
    .destroy = local_destroy,
    .plan = local_plan,
};
