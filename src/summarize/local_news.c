/* local_news.c - whether a text is shaped like a news story: filed under a
 * dateline or a wire's name ("(CNN)", "VIENNA —"), told in the third
 * person with what people said ("said", "told", "according to"), in short
 * paragraphs.  A news story states its news first and explains it after,
 * so its opening sentences weigh more than an essay's, whose opening is a
 * hook and whose point may come anywhere.  It only reads the candidates
 * and the blocks; what follows from the answer is local_select.c's. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "summarize/local.h"
#include "util/calendar.h"

/* A wire's or a paper's name in parentheses as a block of its own, the
 * way the ingest stage leaves "(CNN)" or "(The Hollywood Reporter)". */
int bc__local_wire(const char *s, size_t n)
{
  size_t i;
  if (n < 4 || n > 40 || s[0] != '(' || s[n - 1] != ')' ||
      !(s[1] >= 'A' && s[1] <= 'Z'))
    return 0;
  for (i = 1; i + 1 < n; i++)
    if (s[i] == '(' || s[i] == ')')
      return 0;
  return 1;
}

/* Whether the text opens under a dateline: a wire's block before its
 * first sentence, or a first sentence that opens with one. */
static int filed(const struct bc__local *b)
{
  const struct bc_doc *doc = b->doc;
  size_t i;
  if (!b->n)
    return 0;
  for (i = 0; i < doc->n_blocks; i++) {
    const struct bc_block *bl = &doc->blocks[i];
    if (bl->span.start >= b->c[0].span.start || bl->span.end > doc->text_len)
      break;
    if (bl->kind != BC_BLOCK_HEADING &&
        bc__local_wire(doc->text + bl->span.start,
                       bl->span.end - bl->span.start))
      return 1;
  }
  return bc__local_dateline(doc->text, b->c[0].span.start, b->c[0].span.end) !=
         0;
}

int bc__local_speech(const char *s, size_t n)
{
  static const char *const verbs[] = {" said",        " says ",   " says.",
                                      " told ",       " added",   " explained",
                                      "according to", " claimed", NULL};
  return bc__local_holds_any(s, n, verbs);
}

/* Reported speech in one sentence of eight or more, with at least two
 * such sentences, makes a story. */
#define NEWS_SPEECH 8
/* The first person outside quotations in one sentence of four or more
 * makes an essay or a post, so do paragraphs of three sentences or more
 * on average (over four paragraphs or more); a news story's are short. */
#define ESSAY_VOICE 4
#define ESSAY_PARAGRAPH 3.0

void bc__local_news(struct bc__local *b)
{
  size_t k, said = 0, fp = 0, blocks = 0, prev = NONE;
  int essay, paragraphs, long_paragraphs;
  b->news = 0;
  b->lead_strong = b->n < LEAD_SHORT_TEXT;
  if (!b->n)
    return;
  for (k = 0; k < b->n; k++) {
    const char *s = b->doc->text + b->c[k].span.start;
    size_t len = b->c[k].span.end - b->c[k].span.start;
    said += (size_t)bc__local_speech(s, len);
    fp += (size_t)bc__local_first_person(b, k);
    if (b->c[k].block != prev)
      blocks++;
    prev = b->c[k].block;
  }
  /* a text without paragraph breaks (a plain scrape) says nothing by
   * its paragraphs */
  paragraphs = blocks >= 4;
  long_paragraphs =
      paragraphs && (double)b->n >= ESSAY_PARAGRAPH * (double)blocks;
  /* reported speech outweighs the first person, which a scrape's quotes
   * in single marks (not told from apostrophes) bring in */
  b->news =
      filed(b) || (!long_paragraphs && said >= 2 && said * NEWS_SPEECH >= b->n);
  essay = !b->news && (fp * ESSAY_VOICE > b->n || long_paragraphs);
  if (b->news)
    b->lead_strong = 1;
  else if (essay)
    b->lead_strong = 0;
}

/* ---- what happened ------------------------------------------------------ */

/* Whether s[0..n) reports an outcome: someone died, was fined, freed or
 * elected, a law was signed, a race won.  A news story without its
 * headline states its news in such a sentence; the ones around it give
 * the background, the reactions and the details. */
int bc__local_outcome(const char *s, size_t n)
{
  static const char *const verbs[] = {
      " died",       " killed",    " fined ",    " jailed",    " sentenced",
      " banned ",    " freed",     " released ", " rescued",   " signed ",
      " won ",       " wins ",     " beat ",     " bronze",    " silver",
      " gold medal", " elected",   " arrested",  " charged ",  " convicted",
      " acquitted",  " guilty",    " approved",  " struck ",   " resigned",
      " collapsed",  " launched",  " scrapped",  " robbed",    " injured",
      " evacuated",  " ruled ",    " voted ",    " sacked",    " appointed",
      " kidnapped",  " seized",    " crashed",   " destroyed", " record ",
      " records",    " withdrawn", " passed ",   " closed ",   " shut ",
      " attacked",   " murdered",  " rejected",  NULL};
  return bc__local_holds_any(s, n, verbs);
}

/* Whether s[0..n) opens with a month's name written as one ("May 2012",
 * "June,"). */
static int month_word(const char *s, size_t n)
{
  size_t m = 0;
  while (m < n && ((s[m] | 0x20) >= 'a' && (s[m] | 0x20) <= 'z'))
    m++;
  return m < n && (s[m] == ' ' || s[m] == ',') &&
         bc__cal_month_capitalised(s, m) != 0;
}

/* Whether s[0..n) opens on a time before the story's ("In 2009 ...",
 * "In May 2012 ...", "Last May, ...", "Previously ...", "Back in ..."):
 * the background a story gives after its news, never the news itself. */
int bc__local_background(const char *s, size_t n)
{
  static const char *const openers[] = {"Previously",   "Back in ",  "Formerly",
                                        "Historically", "Years ago", NULL};
  size_t i;
  for (i = 0; openers[i]; i++)
    if (n > strlen(openers[i]) && !strncmp(s, openers[i], strlen(openers[i])))
      return 1;
  if (n > 8 && !strncmp(s, "In ", 3)) {
    const char *r = s + 3;
    if (month_word(r, n - 3)) {
      const char *sp = memchr(r, ' ', n - 3);
      r = sp ? sp + 1 : s + n;
    }
    if (r + 4 < s + n && r[0] >= '1' && r[0] <= '2' && r[1] >= '0' &&
        r[1] <= '9' && r[2] >= '0' && r[2] <= '9' && r[3] >= '0' && r[3] <= '9')
      return 1;
  }
  /* "Last May, ...", "Last year ..." (not "Last night", which is news) */
  if (n > 10 && !strncmp(s, "Last ", 5) &&
      (month_word(s + 5, n - 5) || !strncmp(s + 5, "year", 4)))
    return 1;
  return 0;
}

/* ---- who "he" is -------------------------------------------------------- */

/* Whether w[0..n) reads as the verb after a subject ("pleaded", "was",
 * "earned", "took"), not as a noun ("The 27-year-old worker"). */
static int verb_word(const char *w, size_t n)
{
  static const char *const verbs[] = {
      "was",   "is",   "has",    "had",   "will", "would",  "could", "can",
      "also",  "then", "now",    "said",  "says", "told",   "won",   "took",
      "made",  "ran",  "set",    "hit",   "went", "came",   "lost",  "beat",
      "led",   "left", "became", "faces", "got",  "became", "spent", "is",
      "broke", "gave", "began",  "swam",  "rode", NULL};
  size_t i;
  if (n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd')
    return 1;
  for (i = 0; verbs[i]; i++)
    if (strlen(verbs[i]) == n && !strncmp(w, verbs[i], n))
      return 1;
  return 0;
}

/* The length of a subject at the start of s[0..n) that stands for a
 * person the text named before: "He", "She", or "The" and a hyphenated
 * description followed by its verb or a comma ("The 23-year-old earned",
 * "The father-of-four pleaded", "The 24-year-old, who ...").  0 when
 * none. */
size_t bc__local_referent_opener(const char *s, size_t n)
{
  size_t e, w;
  int dash = 0, digit, of;
  if (n > 4 && !strncmp(s, "He ", 3))
    return 2;
  if (n > 5 && !strncmp(s, "She ", 4))
    return 3;
  if (n < 12 || strncmp(s, "The ", 4))
    return 0;
  for (e = 4; e < n && s[e] != ' ' && s[e] != ','; e++)
    dash += s[e] == '-';
  if (!dash || e >= n)
    return 0;
  digit = s[4] >= '0' && s[4] <= '9';
  of = bc__local_holds(s + 4, e - 4, "-of-");
  if (!digit && !of && !(e - 4 > 4 && !strncmp(s + e - 4, "-old", 4)))
    return 0;
  if (s[e] == ',')
    return e;
  for (w = e + 1; w < n && s[w] >= 'a' && s[w] <= 'z'; w++)
    ;
  return verb_word(s + e + 1, w - e - 1) ? e : 0;
}

/* Whether a headline's words s[0..n) lean on a sentence before them
 * and so point at nothing on their own: they open with a pronoun or a
 * demonstrative subject ("This area had fallen", "They were", "Two others
 * were arrested"; an opening
 * "It" is headline_span's), or with "The move" and its kind (what "the move"
 * was is said before), or say "this"/"these" of something not a time ("this is
 * a reality", "these plans"; "this week" is a date). */
int bc__local_leans_back(const char *s, size_t n)
{
  static const char *const openers[] = {
      "Its ",          "This ",  "These ",   "That ",   "Those ",
      "They ",         "Their ", "Another ", "Others ", "Two others ",
      "Three others ", "Both ",  NULL};
  /* what was moved or decided is said before: "the move", "the
   * decision" */
  static const char *const acts[] = {"the move",
                                     "the decision",
                                     "the incident",
                                     "the announcement",
                                     "the deal",
                                     "the claims",
                                     NULL};
  static const char *const times[] = {
      "week",    "weekend",  "month",  "year",    "morning",   "afternoon",
      "evening", "season",   "summer", "spring",  "autumn",    "winter",
      "time",    "term",     "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday",  "Saturday", "Sunday", NULL};
  size_t i, k;
  for (i = 0; openers[i]; i++) {
    size_t m = strlen(openers[i]);
    if (n > m && !strncmp(s, openers[i], m))
      return 1;
  }
  for (i = 0; i + 6 < n; i++) {
    size_t m = 0;
    if (i && s[i - 1] != ' ')
      continue;
    for (k = 0; acts[k]; k++) {
      m = strlen(acts[k]);
      if (i + m <= n && !strncasecmp(s + i, acts[k], m) &&
          (i + m == n ||
           !((s[i + m] | 0x20) >= 'a' && (s[i + m] | 0x20) <= 'z')))
        return 1;
    }
    if (!i)
      continue;
    if (!strncmp(s + i, "this ", 5))
      m = 5;
    else if (!strncmp(s + i, "these ", 6))
      m = 6;
    else
      continue;
    for (k = 0; times[k]; k++) {
      size_t t = strlen(times[k]);
      if (i + m + t <= n && !strncmp(s + i + m, times[k], t))
        break;
    }
    if (!times[k])
      return 1;
  }
  return 0;
}

/* The last whole-word occurrence of name[0..m) in text[from, to), or
 * SIZE_MAX. */
static size_t last_in(const char *text, size_t from, size_t to,
                      const char *name, size_t m)
{
  size_t i, at = SIZE_MAX;
  if (!m || to < from + m)
    return at;
  for (i = from; i + m <= to; i++) {
    if (text[i] != name[0] || memcmp(text + i, name, m))
      continue;
    if (i > 0 && ((text[i - 1] | 0x20) >= 'a' && (text[i - 1] | 0x20) <= 'z'))
      continue;
    if ((text[i + m] | 0x20) >= 'a' && (text[i + m] | 0x20) <= 'z')
      continue;
    at = i;
  }
  return at;
}

/* How many sentences back a referent's name may be. */
#define REFERENT_BACK 3
/* Person names looked at (a long piece names more than it needs). */
#define REFERENT_NAMES 64

/* Whether person names a and b of the fact sheet are the same person
 * written two ways ("Andreas Werner", "Werner"). */
static int same_person(const char *a, const char *b)
{
  const char *x = strlen(a) >= strlen(b) ? a : b, *y = x == a ? b : a;
  const char *at = strstr(x, y);
  return at && (at == x || at[-1] == ' ');
}

/* The age written right after a name (", 46," -> 46), or 0. */
static unsigned age_after(const char *q, const char *end)
{
  const char *d = q + 2;
  unsigned a = 0;
  if (end - q <= 5 || q[0] != ',' || q[1] != ' ' || *d < '1' || *d > '9')
    return 0;
  while (d < end && *d >= '0' && *d <= '9' && d - (q + 2) < 3)
    a = a * 10 + (unsigned)(*d++ - '0');
  return d < end && *d == ',' ? a : 0;
}

/* Whether the text writes name[0..m) as a person's somewhere: after a
 * title ("Mr", "Ms", "Dr"), before an age (", 46,") or a verb of saying
 * ("Werner said").  The fact sheet tells few people from other names. */
static int written_as_person(const char *text, size_t len, const char *name,
                             size_t m)
{
  static const char *const titles[] = {"Mr ", "Mrs ", "Ms ",
                                       "Dr ", "Sir ", NULL};
  static const char *const after[] = {" said", " says", " told ", " added",
                                      NULL};
  const char *p = text, *end = text + len;
  size_t i;
  while ((p = memchr(p, name[0], (size_t)(end - p))) && p + m <= end) {
    const char *q = p + m;
    if (memcmp(p, name, m)) {
      p++;
      continue;
    }
    for (i = 0; titles[i]; i++) {
      size_t t = strlen(titles[i]);
      if (p - text >= (long)t && !memcmp(p - t, titles[i], t))
        return 1;
    }
    for (i = 0; after[i]; i++)
      if ((size_t)(end - q) > strlen(after[i]) &&
          !memcmp(q, after[i], strlen(after[i])))
        return 1;
    if (age_after(q, end))
      return 1;
    p++;
  }
  return 0;
}

/* The age the text gives a person where it writes the name ("Andreas
 * Werner, 46,"), or 0 when it never does. */
static unsigned written_age(const char *text, size_t len, const char *name)
{
  const char *p = text, *end = text + len;
  size_t m = strlen(name);
  unsigned a;
  while (m && (p = memchr(p, name[0], (size_t)(end - p))) && p + m <= end) {
    if (!memcmp(p, name, m) && (a = age_after(p + m, end)))
      return a;
    p++;
  }
  return 0;
}

/* The age an opener gives ("The 46-year-old" -> 46), or 0. */
static unsigned opener_age(const char *s, size_t n)
{
  unsigned a = 0;
  size_t i;
  for (i = 4; i < n && s[i] >= '0' && s[i] <= '9' && i < 7; i++)
    a = a * 10 + (unsigned)(s[i] - '0');
  return i > 4 && i < n && s[i] == '-' ? a : 0;
}

void bc__local_referents(struct bc__local *b)
{
  const struct bc_facts *f = b->facts;
  const char *text = b->doc->text;
  size_t k, i,
      names = f->n_names < REFERENT_NAMES ? f->n_names : REFERENT_NAMES;
  unsigned char person[REFERENT_NAMES];
  unsigned age[REFERENT_NAMES]; /* ", 46," after a name, read once */
  int any = 0, aged = 0;
  for (k = 0; k < b->n; k++) {
    b->c[k].ref = 0;
    b->c[k].who = NONE;
    any |= b->c[k].span.start < b->c[k].span.end &&
           bc__local_referent_opener(text + b->c[k].span.start,
                                     b->c[k].span.end - b->c[k].span.start);
  }
  if (!any)
    return;
  for (i = 0; i < names; i++) {
    const char *nm = f->names[i].name;
    person[i] = nm && strlen(nm) >= 3 &&
                (f->names[i].kind == BC_NAME_PERSON ||
                 (f->names[i].kind == BC_NAME_OTHER &&
                  written_as_person(text, b->doc->text_len, nm, strlen(nm))));
  }
  /* a surname said alone marks the full name ("Werner" for "Andreas
   * Werner") */
  for (i = 0; i < names; i++)
    for (k = 0; k < names && !person[i]; k++)
      if (person[k] && f->names[i].kind == BC_NAME_OTHER &&
          strchr(f->names[i].name, ' ') &&
          same_person(f->names[i].name, f->names[k].name))
        person[i] = 1;
  for (k = 0; k < b->n; k++) {
    struct bc__local_cand *c = &b->c[k];
    size_t r, from, to = c->span.start, best = NONE, best_at = 0, j0;
    c->ref = 0;
    c->who = NONE;
    r = bc__local_referent_opener(text + c->span.start,
                                  c->span.end - c->span.start);
    if (!r || !k)
      continue;
    j0 = k > REFERENT_BACK ? k - REFERENT_BACK : 0;
    from = b->c[j0].span.start;
    for (i = 0; i < names; i++) {
      const char *nm = f->names[i].name;
      size_t at;
      if (!person[i])
        continue;
      at = last_in(text, from, to, nm, strlen(nm));
      if (at != SIZE_MAX &&
          (best == NONE || at > best_at ||
           (at == best_at && strlen(nm) > strlen(f->names[best].name))))
        best = i, best_at = at;
    }
    if (best == NONE)
      continue;
    /* Another person named in the sentence of the last name, or after it,
     * makes "he" anyone's: no name is put in. */
    {
      size_t s0 = b->c[bc__local_cand_at(b, best_at) == NONE
                           ? k - 1
                           : bc__local_cand_at(b, best_at)]
                      .span.start;
      int other = 0;
      for (i = 0; i < names && !other; i++) {
        const char *nm = f->names[i].name;
        if (!person[i] || same_person(nm, f->names[best].name))
          continue;
        other = last_in(text, s0, to, nm, strlen(nm)) != SIZE_MAX;
      }
      if (other)
        continue;
    }
    /* "The 36-year-old" is neither someone the text gives another age
     * nor anyone but the one it gives this age */
    {
      unsigned want = opener_age(text + c->span.start, r);
      int clash = 0;
      if (want && !aged)
        for (aged = 1, i = 0; i < names; i++)
          age[i] = person[i]
                       ? written_age(text, b->doc->text_len, f->names[i].name)
                       : 0;
      for (i = 0; want && i < names && !clash; i++)
        clash = age[i] && (age[i] == want) != same_person(f->names[i].name,
                                                          f->names[best].name);
      if (clash)
        continue;
    }
    /* the fullest way the text writes the name */
    for (i = 0; i < names; i++) {
      const char *nm = f->names[i].name;
      if (person[i] && strlen(nm) > strlen(f->names[best].name) &&
          same_person(nm, f->names[best].name))
        best = i;
    }
    c->ref = r;
    c->who = best;
  }
}

size_t bc__local_after_referent(const struct bc__local *b, size_t k)
{
  const struct bc__local_cand *c = &b->c[k];
  size_t at = c->span.start + (c->who == NONE ? 0 : c->ref);
  if (c->who != NONE && b->doc->text[at] == ' ')
    at++;
  return at;
}

char *bc__local_named(const struct bc__local *b, size_t k, const char *rest)
{
  const char *nm = b->facts->names[b->c[k].who].name;
  size_t a = strlen(nm), r = strlen(rest);
  int space = rest[0] != ',';
  char *t = bc__malloc(a + (size_t)space + r + 1);
  if (!t)
    return NULL;
  memcpy(t, nm, a);
  if (space)
    t[a] = ' ';
  memcpy(t + a + (size_t)space, rest, r + 1);
  return t;
}

char *bc__local_named_bullet(const struct bc__local *b, size_t k)
{
  struct bc_span sp = b->c[k].span;
  char *t, *x;
  if (b->c[k].who == NONE)
    return bc__local_bullet(b, sp);
  sp.start = bc__local_after_referent(b, k);
  t = bc__local_bullet(b, sp);
  if (!t)
    return NULL;
  x = bc__local_named(b, k, t);
  free(t);
  return x;
}
