/* local_select.c - which sentences the local provider may use and how good
 * each is: the sections a document's headings make, candidate sentences,
 * their scores (centrality from local_rank.c with title, heading and
 * position cues) and the greedy choice of a spread of distinct ones.  It
 * writes no summary text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "summarize/local.h"

/* Index of the block containing byte at, or NONE (blocks are in order). */
size_t bc__local_block_at(const struct bc_doc *doc, size_t at)
{
  size_t lo = 0, hi = doc->n_blocks;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (doc->blocks[mid].span.start <= at)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0)
    return NONE;
  return at < doc->blocks[lo - 1].span.end ? lo - 1 : NONE;
}

/* Index of the span in spans[0..n) (sorted, disjoint) containing at. */
size_t bc__local_span_at(const struct bc_span *spans, size_t n, size_t stride,
                         size_t at)
{
  size_t lo = 0, hi = n;
  const char *base = (const char *)spans;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const struct bc_span *sp =
        (const struct bc_span *)(const void *)(base + mid * stride);
    if (sp->start <= at)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0)
    return NONE;
  {
    const struct bc_span *sp =
        (const struct bc_span *)(const void *)(base + (lo - 1) * stride);
    return at < sp->end ? lo - 1 : NONE;
  }
}

size_t bc__local_cand_at(const struct bc__local *b, size_t at)
{
  return bc__local_span_at(&b->c[0].span, b->n, sizeof(struct bc__local_cand),
                           at);
}

static int starts_with_word(const char *s, size_t n, const char *w)
{
  size_t k = strlen(w);
  return n > k && memcmp(s, w, k) == 0 && (s[k] == ' ' || s[k] == ',');
}

/* s[0..n) starts with w, case ignored, followed by a non-letter. */
static int opens_with(const char *s, size_t n, const char *w)
{
  size_t k = strlen(w);
  return n > k && strncasecmp(s, w, k) == 0 &&
         !((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z'));
}

/* A lower-case copy of s[0..n) in buf (at most cap - 1 bytes kept), so
 * the cue lists below are searched with strstr: every sentence is tested
 * against every cue. */
static const char *lower_copy(const char *s, size_t n, char *buf, size_t cap)
{
  size_t i;
  if (n >= cap)
    n = cap - 1;
  for (i = 0; i < n; i++)
    buf[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
  buf[n] = '\0';
  return buf;
}

/* Sentences that lean on the one before make poor stand-alone points. */
static int leans_back(const char *s, size_t n)
{
  static const char *const words[] = {
      "This", "That",      "These",   "Those", "It",    "But",     "And",
      "So",   "Also",      "However", "They",  "He",    "She",     "Then",
      "Or",   "Otherwise", "Thus",    "Still", "Which", "Because", "Yet"};
  size_t i;
  for (i = 0; i < sizeof words / sizeof words[0]; i++)
    if (starts_with_word(s, n, words[i]))
      return 1;
  return 0;
}

/* After "It is", "It was" or "It's": words that make "it" a placeholder
 * for what follows ("It is hard to say why", "It was 1995 when", "It was
 * Apple that"), so the sentence stands without the one before. */
static int dummy_it(const char *r, size_t m)
{
  static const char *const words[] = {
      "hard",     "easy",        "important",  "possible",   "impossible",
      "clear",    "unclear",     "true",       "worth",      "time",
      "likely",   "unlikely",    "difficult",  "necessary",  "essential",
      "fair",     "safe",        "better",     "best",       "vital",
      "crucial",  "interesting", "surprising", "remarkable", "obvious",
      "tempting", "tough",       "rare",       "common",     "normal",
      "strange",  "odd",         "no",         "now",        "only",
      "still",    "too",         "very",       "so",         "almost",
      "nearly",   "easier",      "harder",     "wise",       "unusual",
      "expected", "thought",     "believed",   "estimated",  "understood",
      "reported", "said",        "feared",     "hoped",      "known",
      "unknown",  "illegal",     "legal",      "against",    "up",
      NULL};
  size_t i;
  if (!m)
    return 0;
  if ((r[0] >= '0' && r[0] <= '9') || (r[0] >= 'A' && r[0] <= 'Z'))
    return 1; /* "It was 1995 when", "It was Apple that" */
  for (i = 0; words[i]; i++)
    if (opens_with(r, m, words[i]))
      return 1;
  return 0;
}

/* Whether s[0..n) opens with an adverb and a pronoun subject
 * ("Increasingly it is used by teachers", "Later they left"): the pronoun
 * points back like one that opens the sentence.  Only a headline asks
 * this; a key point that does still reads in its story's order. */
int bc__local_adverb_pronoun(const char *s, size_t n)
{
  size_t w = 0;
  while (w < n && s[w] != ' ' && s[w] != ',')
    w++;
  if (w > 3 && w < n && s[w - 2] == 'l' && s[w - 1] == 'y') {
    size_t k = w;
    while (k < n && (s[k] == ' ' || s[k] == ','))
      k++;
    return opens_with(s + k, n - k, "it") || opens_with(s + k, n - k, "they") ||
           opens_with(s + k, n - k, "he") || opens_with(s + k, n - k, "she") ||
           opens_with(s + k, n - k, "this") ||
           opens_with(s + k, n - k, "these");
  }
  return 0;
}

/* Whether s[0..n) describes how things are rather than reporting what
 * happened: its first verb, within its first twelve words, is a present
 * "is", "are", "has" or "have" before a determiner ("The jazz film is
 * the follow up to ...", "Wales has some of the worst rates").  Background
 * for a story, no headline of it; "has found", "is expected" report. */
int bc__local_states(const char *s, size_t n)
{
  static const char *const verbs[] = {" is ", " are ", " has ", " have ", NULL};
  static const char *const dets[] = {"the ", "a ",    "an ",    "some ",
                                     "one ", "many ", "among ", NULL};
  size_t i, words = 0, k, d;
  /* "There were people in the industry who ...": what exists */
  if (opens_with(s, n, "There is") || opens_with(s, n, "There are") ||
      opens_with(s, n, "There was") || opens_with(s, n, "There were"))
    return 1;
  for (i = 0; i < n && words < 12; i++) {
    if (s[i] != ' ')
      continue;
    words++;
    for (k = 0; verbs[k]; k++) {
      size_t m = strlen(verbs[k]);
      if (i + m > n || strncmp(s + i, verbs[k], m))
        continue;
      for (d = 0; dets[d]; d++)
        if (i + m + strlen(dets[d]) <= n &&
            !strncmp(s + i + m, dets[d], strlen(dets[d])))
          return 1;
      return 0;
    }
  }
  return 0;
}

/* Whether the lower-case sentence low asks the reader to follow the
 * publisher somewhere ("Follow The Gleaner on Twitter @JamaicaGleaner"):
 * "follow" with a social network or an @handle, or it opens with a call
 * to sign up or read on, or it offers a newsletter. */
static int promo(const char *low)
{
  static const char *const nets[] = {
      "twitter", "facebook", "instagram", "tiktok", "youtube", " @", NULL};
  /* a call to sign up, subscribe or read on ("Start your day with the
   * Opening Bell powered by ...", "Sign up for The Water Coolest today",
   * "Follow updates on this story and other news from Essex") */
  static const char *const calls[] = {"sign up ",
                                      "subscribe to ",
                                      "subscribe for ",
                                      "start your day ",
                                      "click here",
                                      "follow updates ",
                                      "follow us ",
                                      "read more ",
                                      "get the latest ",
                                      "don't miss ",
                                      "download the ",
                                      "download our ",
                                      "get the app",
                                      "become a member",
                                      "become a subscriber",
                                      "already a subscriber",
                                      "to continue reading",
                                      "support our ",
                                      NULL};
  size_t i;
  for (i = 0; calls[i]; i++)
    if (!strncmp(low, calls[i], strlen(calls[i])))
      return 1;
  if (strstr(low, "newsletter") &&
      (strstr(low, "sign up") || strstr(low, "subscribe") ||
       strstr(low, "inbox")))
    return 1;
  /* "... download the Harbour Post apps for iOS and Android", "support
   * independent journalism": the publisher's app or its funding */
  if ((strstr(low, "download") && strstr(low, " app")) ||
      (strstr(low, "support ") && strstr(low, " journalism")))
    return 1;
  if (strncmp(low, "follow ", 7) && !strstr(low, " follow "))
    return 0;
  for (i = 0; nets[i]; i++)
    if (strstr(low, nets[i]))
      return 1;
  return 0;
}

/* Whether s[0..n) only says who spoke ("Nicholson told BBC Radio Devon.",
 * "Smith said."): a scrape split it from its quotation.  At most three
 * words before the speech verb and, after it, only capitalized words or
 * "the". */
static int bare_attribution(const char *s, size_t n)
{
  static const char *const verbs[] = {
      " told ", " said", " says", " added", " explained", " tweeted", NULL};
  size_t i, k, at = n, before;
  for (i = 0; verbs[i]; i++) {
    const char *p = NULL;
    for (k = 0; k + strlen(verbs[i]) <= n && !p; k++)
      if (!strncmp(s + k, verbs[i], strlen(verbs[i])))
        p = s + k;
    if (p && (size_t)(p - s) < at) {
      at = (size_t)(p - s);
      break;
    }
  }
  if (at == n)
    return 0;
  before = bc__local_count_words(s, at);
  if (before > 3)
    return 0;
  for (k = at + 1; k < n && s[k] != ' '; k++)
    ;
  while (k < n) {
    while (k < n && s[k] == ' ')
      k++;
    if (k >= n)
      break;
    if (!(s[k] >= 'A' && s[k] <= 'Z') && strncmp(s + k, "the ", 4) &&
        !(s[k] == '.' && k + 1 == n))
      return 0;
    while (k < n && s[k] != ' ')
      k++;
  }
  return 1;
}

/* "The host nation was also at the centre of ...", "The film also
 * stars ...": a definite subject that something is said of "also" adds to
 * the sentence before, which named it.  (A title may still use such a
 * sentence when it has nothing better.) */
int bc__local_adds_also(const char *s, size_t n)
{
  size_t i, w = 0;
  if (!opens_with(s, n, "The"))
    return 0;
  for (i = 0; i + 6 <= n && w < 5; i++)
    if (s[i] == ' ' && ++w && !strncmp(s + i, " also ", 6))
      return 1;
  return 0;
}

/* "The former is cheaper", "The latter, however, ...": the pronoun that
 * points at one of two things just named, before a verb or a comma; "The
 * former prime minister said" names a person and stands. */
static int former_latter(const char *s, size_t n)
{
  static const char *const verbs[] = {
      "is",      "was",   "are",    "were",    "has",  "had",   "have",
      "will",    "would", "can",    "could",   "may",  "might", "must",
      "should",  "does",  "did",    "also",    "then", "seems", "means",
      "remains", "being", "became", "becomes", NULL};
  size_t k, i;
  if (opens_with(s, n, "The former"))
    k = 10;
  else if (opens_with(s, n, "The latter"))
    k = 10;
  else
    return 0;
  if (k >= n || s[k] != ' ')
    return 1; /* "The former," "The latter." */
  k++;
  for (i = 0; verbs[i]; i++)
    if (opens_with(s + k, n - k, verbs[i]))
      return 1;
  return 0;
}

/* After "It is/was": 1 for the passive of a verb of saying or thinking
 * with a clause after it ("It is understood that"), -1 for one that
 * raises its subject ("It is thought to be a British mine": "it" is the
 * thing named before), 0 for none. */
static int it_said(const char *s, size_t n)
{
  /* the passive of a verb of saying or thinking, whose "it" is the
   * clause after it; "It is now the largest ..." or "It is still ..."
   * point back, though they stand as a sentence of a paragraph */
  static const char *const said[] = {
      "understood", "thought", "believed", "expected",  "estimated", "reported",
      "said",       "feared",  "hoped",    "known",     "claimed",   "alleged",
      "rumoured",   "rumored", "unclear",  "not known", "not clear", NULL};
  const char *r;
  size_t i;
  if (opens_with(s, n, "It's"))
    r = s + 5;
  else if (n > 7 && !strncmp(s, "It\xe2\x80\x99s ", 7))
    r = s + 7;
  else if (opens_with(s, n, "It is") || opens_with(s, n, "It was"))
    r = s + (s[3] == 'i' ? 6 : 7);
  else
    return 0;
  if ((size_t)(r - s) >= n)
    return 0;
  for (i = 0; said[i]; i++)
    if (opens_with(r, n - (size_t)(r - s), said[i])) {
      size_t k = strlen(said[i]);
      return opens_with(r + k + 1, n - (size_t)(r - s) - k - 1, "to") ? -1 : 1;
    }
  return 0;
}

int bc__local_placeholder_it(const char *s, size_t n)
{
  return it_said(s, n) > 0;
}

/* Whether s[0..n) is the tail of a sentence split at a stop inside it
 * ("Putin. War, is based on facts ..." read as two): one or two words, a
 * comma and a verb, with no subject before it. */
static int split_tail(const char *s, size_t n)
{
  static const char *const verbs[] = {"is",   "are", "was",  "were",  "has",
                                      "have", "had", "will", "would", NULL};
  size_t i, w = 0, k;
  for (i = 0; i < n && w < 3; i++) {
    if (s[i] == ',') {
      i++;
      while (i < n && s[i] == ' ')
        i++;
      for (k = 0; verbs[k]; k++)
        if (opens_with(s + i, n - i, verbs[k]))
          return 1;
      return 0;
    }
    w += s[i] == ' ';
  }
  return 0;
}

/* Whether s[0..n) answers what came before with "so" or "not" for a
 * clause ("Kuznetsova will hope not, after ...", "Most fans think so."). */
static int answers_back(const char *s, size_t n)
{
  static const char *const verbs[] = {
      "hope",   "hopes",   "think",   "thinks",   "believe", "believes",
      "expect", "expects", "suspect", "suspects", "guess",   "fear",
      "fears",  "suppose", "imagine", "said",     "says",    NULL};
  size_t i, k, b;
  for (i = 1; i + 3 < n; i++) {
    size_t m;
    if (s[i] != ' ')
      continue;
    if (!strncmp(s + i + 1, "so", 2))
      m = 2;
    else if (!strncmp(s + i + 1, "not", 3))
      m = 3;
    else
      continue;
    if (i + 1 + m >= n || (s[i + 1 + m] != ',' && s[i + 1 + m] != '.'))
      continue;
    for (b = i; b > 0 && s[b - 1] != ' '; b--)
      ;
    for (k = 0; verbs[k]; k++)
      if (strlen(verbs[k]) == i - b && !strncmp(s + b, verbs[k], i - b))
        return 1;
  }
  return 0;
}

/* Whether s[0..n) opens with a word of another language that points
 * back or joins on, the way "This", "He" or "And" do in English:
 * Portuguese and Spanish "Isso", "Ele", "Mas", "Por isso", Russian "Это",
 * "Он", "И", French "Cela", "Mais", German "Dies", "Aber".  The word must
 * end at a space or a comma: "Isto" is not "Istoria", "И" is not "Игра". */
static int foreign_back(const char *s, size_t n)
{
  static const char *const words[] = {
      /* Portuguese, Spanish */
      "Isso", "Isto", "Esse", "Essa", "Esses", "Essas", "Eso", "Esto", "Ello",
      "Ele", "Ela", "Eles", "Elas", "Ellos", "Ellas", "Mas", "Pero", "Por isso",
      "Por eso", "Tudo isso", "Todo eso",
      "\xc3\x89 por isso", /* "É por isso" */
      "Al\xc3\xa9m disso", /* "Além disso" */
      "Ent\xc3\xa3o",      /* "Então" */
      "Adem\xc3\xa1s",     /* "Además" */
      /* French, German */
      "Cela", "Ceci", "Mais", "Donc", "Ils", "Elles", "Dies", "Dieser", "Diese",
      "Dieses", "Aber", "Deshalb",
      /* Russian: Это, Он, Она, Они, И, А, Но, Также, Поэтому */
      "\xd0\xad\xd1\x82\xd0\xbe", "\xd0\x9e\xd0\xbd",
      "\xd0\x9e\xd0\xbd\xd0\xb0", "\xd0\x9e\xd0\xbd\xd0\xb8", "\xd0\x98",
      "\xd0\x90", "\xd0\x9d\xd0\xbe",
      "\xd0\xa2\xd0\xb0\xd0\xba\xd0\xb6\xd0\xb5",
      "\xd0\x9f\xd0\xbe\xd1\x8d\xd1\x82\xd0\xbe\xd0\xbc\xd1\x83", NULL};
  size_t k, m;
  for (k = 0; words[k]; k++) {
    m = strlen(words[k]);
    if (n > m && !memcmp(s, words[k], m) && (s[m] == ' ' || s[m] == ','))
      return 1;
  }
  return 0;
}

int bc__local_stands_alone(const char *s, size_t n, size_t words)
{
  /* Openers that point back at what came before: "Nor did they", "Such
   * people", "Both of them", "Ideas 8 and 9 together", "The latter". */
  static const char *const back[] = {"Nor",
                                     "Neither",
                                     "Either",
                                     "Such",
                                     "Both",
                                     "Another",
                                     "Hence",
                                     "Therefore",
                                     "Thus",
                                     "Then",
                                     "Which",
                                     "Whereas",
                                     "Otherwise",
                                     "Instead",
                                     "Again",
                                     "Likewise",
                                     "Similarly",
                                     "Meanwhile",
                                     "Here",
                                     "Ideas",
                                     "Idea",
                                     "Points",
                                     "Point",
                                     "Step",
                                     "Steps",
                                     "Item",
                                     "Number",
                                     "The other",
                                     "The same",
                                     "The rest",
                                     "The next",
                                     "These",
                                     "Those",
                                     "This",
                                     "That",
                                     "He",
                                     "She",
                                     "They",
                                     "Them",
                                     "His",
                                     "Her",
                                     "Their",
                                     "Its",
                                     "Him",
                                     "We also",
                                     "Or",
                                     "Because",
                                     "Also",
                                     "Plus",
                                     "As such",
                                     "For that",
                                     "For this",
                                     "In that",
                                     "In this case",
                                     "At that",
                                     "After that",
                                     "Before that",
                                     "Until then",
                                     "Even so",
                                     "Of these",
                                     "Of those",
                                     "Of them",
                                     "All of them",
                                     "One of them",
                                     "None of",
                                     "Some of them",
                                     "Some of those",
                                     "Many of those",
                                     "Most of those",
                                     "Each of them",
                                     "Each of those",
                                     "Any of those",
                                     "Many of them",
                                     "Most of them",
                                     "All of this",
                                     "All of that",
                                     "All this",
                                     "All that",
                                     "All of these",
                                     "All of it",
                                     "As a result",
                                     "In addition",
                                     "In response",
                                     "For example",
                                     "For instance",
                                     "In turn",
                                     "By contrast",
                                     "In contrast",
                                     "On the other hand",
                                     "At the same time",
                                     "To that end",
                                     "As well",
                                     "Even then",
                                     NULL};
  static const char *const joins[] = {
      "But",     "And",       "So",      "Yet",     "However",
      "Still",   "Now",       "Also",    "Indeed",  "Of course",
      "In fact", "After all", "Besides", "Instead", NULL};
  /* Talk about the text rather than its subject. */
  static const char *const meta[] = {"this post",
                                     "this article",
                                     "this page",
                                     "this blog",
                                     "this video",
                                     "this newsletter",
                                     "this thread",
                                     "this list",
                                     "see below",
                                     "shown below",
                                     "listed below",
                                     "problem below",
                                     "described below",
                                     "mentioned above",
                                     "shown above",
                                     "described above",
                                     "the following:",
                                     "as follows",
                                     "brings us to",
                                     "more on that",
                                     "more on this",
                                     "read on",
                                     "read more",
                                     "click",
                                     "subscribe",
                                     "sign up",
                                     "follow us",
                                     "share this",
                                     "let me",
                                     "let's",
                                     "let us ",
                                     "we'll see",
                                     "we will see",
                                     "i'll explain",
                                     "i will explain",
                                     "next section",
                                     "previous section",
                                     "earlier section",
                                     "in this section",
                                     "mentioned earlier",
                                     "as mentioned",
                                     "see also",
                                     "of use to you",
                                     "below you ",
                                     "you might like",
                                     "you may also",
                                     "thanks for reading",
                                     "as i said",
                                     "i said before",
                                     "like i said",
                                     "advertisement",
                                     "footnote",
                                     "media playback",
                                     "automatic updates",
                                     "by following the",
                                     "keep up to date",
                                     "for all the latest",
                                     "follow all the",
                                     "scroll down",
                                     "copy this link",
                                     "share this with",
                                     "check out our",
                                     "contributed to this report",
                                     "contributed reporting",
                                     "did not immediately respond",
                                     "could not immediately be reached",
                                     "this story has been updated",
                                     "was originally published",
                                     NULL};
  static const char *const inserted[] = {
      ", however,",           ", though,",       ", meanwhile,",
      ", instead,",           ", therefore,",    ", moreover,",
      ", in turn,",           ", in contrast,",  ", by contrast,",
      ", on the other hand,", ", nevertheless,", ", likewise,",
      ", similarly,",         ", too,",          NULL};
  static const char *const fronted[] = {", this is ",
                                        ", this was ",
                                        ", this has ",
                                        ", this will ",
                                        ", this means ",
                                        ", this meant ",
                                        ", these are ",
                                        ", these were ",
                                        ", those are ",
                                        ", those were ",
                                        NULL};
  size_t i;
  char buf[1024];
  const char *low;
  if (!n || words < 5 || words > 80)
    return 0; /* too short, or too long to read as one point */
  low = lower_copy(s, n, buf, sizeof buf);
  if (s[n - 1] == '?' || s[n - 1] == ':' ||
      (n > 1 && s[n - 1] == '"' && s[n - 2] == '?'))
    return 0;
  /* a question inside ("Why does it work? Because") or an aside to the
   * reader in brackets */
  for (i = 0; i + 1 < n; i++)
    if (s[i] == '?' && s[i + 1] == ' ')
      return 0;
  for (i = 0; back[i]; i++)
    if (opens_with(s, n, back[i]))
      return 0;
  if (foreign_back(s, n))
    return 0;
  if (former_latter(s, n) || split_tail(s, n) || answers_back(s, n))
    return 0;
  /* "But", "And", "However," stand only before a capital, where the
   * phrasing leaves them out ("But Apple did" -> "Apple did"). */
  for (i = 0; joins[i]; i++)
    if (opens_with(s, n, joins[i])) {
      size_t k = strlen(joins[i]);
      while (k < n && (s[k] == ',' || s[k] == ' '))
        k++;
      if (k >= n || !(s[k] >= 'A' && s[k] <= 'Z') ||
          opens_with(s + k, n - k, "It") || opens_with(s + k, n - k, "This") ||
          opens_with(s + k, n - k, "That") ||
          opens_with(s + k, n - k, "They") || opens_with(s + k, n - k, "He") ||
          opens_with(s + k, n - k, "She") || opens_with(s + k, n - k, "These"))
        return 0;
    }
  /* "It is the first version": a pronoun subject with nothing to point
   * at; "It is hard to say" and "It was 1995 when" stand. */
  if (opens_with(s, n, "It's") || !strncmp(s, "It\xe2\x80\x99s ", 7)) {
    /* "It's hard to say" stands; "It's enough to cut the time" points
     * back at what came before. */
    const char *r = s + (s[2] == '\'' ? 5 : 7);
    size_t m = n - (size_t)(r - s);
    if (!dummy_it(r, m))
      return 0;
  } else if (opens_with(s, n, "It")) {
    const char *r = s + 3;
    size_t m = n - 3;
    if (it_said(s, n) < 0)
      return 0;
    if (!(opens_with(r, m, "is") || opens_with(r, m, "was") ||
          opens_with(r, m, "seems") || opens_with(r, m, "takes") ||
          opens_with(r, m, "turns out") || opens_with(r, m, "would")))
      return 0;
    if (strstr(low, " it is the ") || opens_with(r, m, "is the") ||
        opens_with(r, m, "was the") || opens_with(r, m, "is a") ||
        opens_with(r, m, "was a") || opens_with(r, m, "is an") ||
        opens_with(r, m, "was an") || opens_with(r, m, "is not") ||
        opens_with(r, m, "was not") || opens_with(r, m, "is also") ||
        opens_with(r, m, "was also") || opens_with(r, m, "is what") ||
        opens_with(r, m, "is why") || opens_with(r, m, "was why"))
      return 0;
  }
  for (i = 0; meta[i]; i++)
    if (strstr(low, meta[i]))
      return 0;
  if (bare_attribution(s, n) || promo(low))
    return 0;
  /* "For many people with disabilities, this is a reality they face": a
   * demonstrative subject after an opening phrase points back as much as
   * one that opens the sentence ("this is what happens" points ahead). */
  for (i = 0; fronted[i]; i++) {
    const char *at = strstr(low, fronted[i]);
    size_t k = strlen(fronted[i]);
    if (at && strncmp(at + k, "what ", 5) && strncmp(at + k, "how ", 4) &&
        strncmp(at + k, "why ", 4))
      return 0;
  }
  /* "Israeli courts, however, have declared ...": a connective set into
   * the first clause answers the sentence before as much as one that
   * opens it */
  for (i = 0; inserted[i]; i++) {
    const char *at = strstr(low, inserted[i]);
    if (at && bc__local_count_words(low, (size_t)(at - low)) <= 8)
      return 0;
  }
  /* "Starting startups is not one of them.": a short sentence ending on a
   * pronoun points back at what came before. */
  if (words < 10) {
    static const char *const ends[] = {" them.", " it.",    " this.",  " that.",
                                       " so.",   " these.", " those.", NULL};
    for (i = 0; ends[i]; i++) {
      size_t k = strlen(ends[i]);
      if (n > k && strncasecmp(s + n - k, ends[i], k) == 0)
        return 0;
    }
  }
  return 1;
}

double bc__local_thesis_cue(const char *s, size_t n)
{
  static const struct {
    const char *w;
    double v;
    int open; /* must open the sentence */
  } cues[] = {{"tl;dr", 1.0, 0},
              {"tldr", 1.0, 0},
              {"the short version", 0.9, 0},
              {"in short", 0.8, 1},
              {"in sum", 0.7, 1},
              {"to sum up", 0.8, 1},
              {"in summary", 0.8, 1},
              {"to summarize", 0.8, 1},
              {"in conclusion", 0.7, 1},
              {"the bottom line", 0.8, 0},
              {"the point is", 0.8, 0},
              {"my point is", 0.9, 0},
              {"the point of this", 0.8, 0},
              {"the lesson", 0.6, 0},
              {"the key is", 0.6, 0},
              {"the answer is", 0.5, 0},
              {"the upshot", 0.7, 0},
              {"what this means", 0.5, 0},
              {"the real reason", 0.5, 0},
              {"the most important", 0.5, 0},
              {"my thesis", 0.9, 0},
              {"i argue", 0.7, 0},
              {"i believe", 0.3, 1},
              {"i think", 0.3, 1},
              {"in other words", 0.4, 1},
              {"ultimately", 0.4, 1},
              {"the main reason", 0.5, 0},
              {"the secret", 0.4, 0},
              {"the takeaway", 0.8, 0},
              {"the moral", 0.6, 0}};
  double best = 0;
  size_t i;
  char buf[1024];
  const char *low = lower_copy(s, n, buf, sizeof buf);
  for (i = 0; i < sizeof cues / sizeof cues[0]; i++) {
    int hit = cues[i].open ? opens_with(s, n, cues[i].w) ||
                                 (n > 4 && opens_with(s, n, "So,") &&
                                  opens_with(s + 4, n - 4, cues[i].w))
                           : strstr(low, cues[i].w) != NULL;
    if (hit && cues[i].v > best)
      best = cues[i].v;
  }
  return best;
}

/* "You Can Fire People in America." is a heading the markup did not mark:
 * short, and most of its words capitalized. */
static int heading_like(const char *s, size_t n, size_t words)
{
  size_t i, caps = 0;
  int start = 1;
  if (words < 3 || words > 12)
    return 0;
  for (i = 0; i < n; i++) {
    if (s[i] == ' ') {
      start = 1;
      continue;
    }
    if (start && s[i] >= 'A' && s[i] <= 'Z')
      caps++;
    start = 0;
  }
  return caps * 10 >= words * 6;
}

struct ranked {
  double score;
  size_t i;
};

static int cmp_ranked(const void *a, const void *b)
{
  const struct ranked *x = a, *y = b;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i; /* ties: earlier sentence first */
}

/* ---- document structure ------------------------------------------------- */

/* Whether heading block i (of the given level) heads a part of the piece:
 * not a notes, references or promo box ("Footnotes", "Related", "Share
 * this"), and not a generic heading a page repeats three times or more
 * ("Advertisement", "Read more"). */
static int real_heading(const struct bc_doc *doc, size_t i, size_t first,
                        int level)
{
  static const char *const boxes[] = {"notes",           "footnotes",
                                      "endnotes",        "references",
                                      "sources",         "related",
                                      "see also",        "share",
                                      "share this",      "advertisement",
                                      "read more",       "more",
                                      "comments",        "tags",
                                      "thanks",          "subscribe",
                                      "newsletter",      "about the author",
                                      "further reading", "acknowledgements",
                                      "acknowledgments", "credits",
                                      "follow us",       "recommended",
                                      "popular",         NULL};
  struct bc_span h = doc->blocks[i].span;
  size_t len = h.end - h.start, j, same = 0;
  const char *s = doc->text + h.start;
  while (len && (s[len - 1] == ':' || s[len - 1] == ' '))
    len--;
  for (j = 0; boxes[j]; j++)
    if (strlen(boxes[j]) == len && strncasecmp(s, boxes[j], len) == 0)
      return 0;
  if (opens_with(s, len, "related") || opens_with(s, len, "more from") ||
      opens_with(s, len, "you may also") || opens_with(s, len, "you might"))
    return 0;
  if (doc->n_blocks > 4096)
    return 1; /* counting repeats is quadratic: not on huge pages */
  for (j = first; j < doc->n_blocks; j++) {
    struct bc_span o = doc->blocks[j].span;
    if (doc->blocks[j].kind == BC_BLOCK_HEADING &&
        doc->blocks[j].level == level && o.end - o.start == h.end - h.start &&
        memcmp(doc->text + o.start, doc->text + h.start, h.end - h.start) == 0)
      same++;
  }
  return same < 3;
}

/* Headings below the top level a piece may be divided into at most. */
#define DEEPER_SECTIONS_MAX 24

/* Sections are the headings of the shallowest level in use, not counting a
 * leading level-1 heading that is the document's own title, nor boxes and
 * generic headings. */
bc_status bc__local_find_sections(struct bc__local *b)
{
  const struct bc_doc *doc = b->doc;
  size_t i, first = 0, k = 0;
  int level = 7;
  if (doc->n_blocks && doc->blocks[0].kind == BC_BLOCK_HEADING &&
      doc->blocks[0].level == 1) {
    size_t h1 = 0;
    for (i = 0; i < doc->n_blocks; i++)
      if (doc->blocks[i].kind == BC_BLOCK_HEADING && doc->blocks[i].level == 1)
        h1++;
    if (h1 == 1)
      first = 1;
  }
  for (i = first; i < doc->n_blocks; i++)
    if (doc->blocks[i].kind == BC_BLOCK_HEADING && doc->blocks[i].level < level)
      level = doc->blocks[i].level;
  if (level == 7)
    return BC_OK;
  /* One or two headings at the top level over three or more below them
   * ("How to get the most out of your nursery" over "Idea #1" to "Idea
   * #6"): the parts of the piece are the ones below, or a deck shows none
   * of them. */
  {
    size_t top = 0, below = 0;
    int next = 7;
    for (i = first; i < doc->n_blocks; i++)
      if (doc->blocks[i].kind == BC_BLOCK_HEADING) {
        if (doc->blocks[i].level == level)
          top++;
        else if (doc->blocks[i].level < next)
          next = doc->blocks[i].level;
      }
    for (i = first; next < 7 && i < doc->n_blocks; i++)
      below += doc->blocks[i].kind == BC_BLOCK_HEADING &&
               doc->blocks[i].level == next;
    if (top <= 2 && below >= 3 && below <= DEEPER_SECTIONS_MAX)
      level = next;
  }
  for (i = first; i < doc->n_blocks; i++)
    if (doc->blocks[i].kind == BC_BLOCK_HEADING &&
        doc->blocks[i].level == level)
      b->n_secs++;
  b->secs = bc__calloc(b->n_secs, sizeof *b->secs);
  if (!b->secs)
    return BC_ERR_NOMEM;
  for (i = first; i < doc->n_blocks; i++) {
    if (doc->blocks[i].kind != BC_BLOCK_HEADING ||
        doc->blocks[i].level != level || !real_heading(doc, i, first, level))
      continue;
    b->secs[k].block = i;
    b->secs[k].span.start = doc->blocks[i].span.start;
    if (k)
      b->secs[k - 1].span.end = doc->blocks[i].span.start;
    k++;
  }
  b->n_secs = k;
  /* A lone heading far into the text heads a companion story or a box,
   * not a part of the piece. */
  if (k == 1 && b->secs[0].span.start > doc->text_len * 4 / 10)
    b->n_secs = k = 0;
  if (!k)
    return BC_OK;
  b->secs[k - 1].span.end = doc->text_len;
  for (k = 0; k < b->n_secs; k++)
    b->secs[k].span = bc__local_trim(doc->text, b->secs[k].span);
  return BC_OK;
}

size_t bc__local_section_at(const struct bc__local *b, size_t at)
{
  size_t lo = 0, hi = b->n_secs;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (b->secs[mid].span.start <= at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo ? lo - 1 : NONE;
}

/* s[0..n) opens with a footnote label, "[6]" or "[ 6 ]" as extracted from
 * an essay's notes: the note is an aside, and the label would open a tl;dr. */
static int note_label(const char *s, size_t n)
{
  size_t i = 1, digits = 0;
  if (!n || s[0] != '[')
    return 0;
  while (i < n && s[i] == ' ')
    i++;
  while (i < n && s[i] >= '0' && s[i] <= '9' && digits < 4) {
    i++;
    digits++;
  }
  while (i < n && s[i] == ' ')
    i++;
  return digits && digits < 4 && i + 1 < n && s[i] == ']' && s[i + 1] == ' ';
}

/* A heading or a short line where the piece ends and something else
 * begins: the comments, an appended Q&A, related links. */
static int tail_head(const char *s, size_t n)
{
  static const char *const heads[] = {"comments",
                                      "responses",
                                      "leave a reply",
                                      "leave a comment",
                                      "q&a",
                                      "questions and answers",
                                      "audience questions",
                                      "reader comments",
                                      "join the conversation",
                                      "discussion",
                                      "related posts",
                                      "related articles",
                                      "related stories",
                                      "you may also like",
                                      "you might also like",
                                      "more from",
                                      "recommended",
                                      "popular posts",
                                      "most popular",
                                      "trending",
                                      "read next",
                                      "more stories",
                                      "also read",
                                      NULL};
  size_t i, k = 0;
  while (k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == ' '))
    k++; /* "12 Comments" */
  if (n - k > 40)
    return 0;
  for (i = 0; heads[i]; i++)
    if (opens_with(s + k, n - k, heads[i]) ||
        (strlen(heads[i]) == n - k && strncasecmp(s + k, heads[i], n - k) == 0))
      return 1;
  return 0;
}

/* s[0..n) holds w. */
static int holds_exact(const char *s, size_t n, const char *w)
{
  size_t k = strlen(w), i;
  for (i = 0; k && i + k <= n; i++)
    if (s[i] == w[0] && memcmp(s + i, w, k) == 0)
      return 1;
  return 0;
}

/* Whether s[0..n) speaks in the first person ("I", "we", "our") and
 * names no speaker ("said", "says", "told"). */
static int first_person(const char *s, size_t n)
{
  static const char *const words[] = {
      "I",     "I'm",   "I've", "I'd", "I'll", "we", "We", "we're", "We're",
      "we've", "We've", "our",  "Our", "us",   "me", "my", "My",    NULL};
  size_t i, k;
  if (bc__local_holds(s, n, " said") || bc__local_holds(s, n, " says") ||
      bc__local_holds(s, n, " told"))
    return 0;
  for (i = 0; i < n; i++) {
    if (i && ((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z'))
      continue;
    for (k = 0; words[k]; k++) {
      size_t m = strlen(words[k]);
      if (i + m <= n && !memcmp(s + i, words[k], m) &&
          (i + m == n ||
           !(((s[i + m] | 0x20) >= 'a' && (s[i + m] | 0x20) <= 'z') ||
             s[i + m] == '\'')))
        return 1;
    }
  }
  return 0;
}

int bc__local_first_person(const struct bc__local *b, size_t k)
{
  const char *t = b->doc->text + b->c[k].span.start;
  size_t n = b->c[k].span.end - b->c[k].span.start;
  return !memchr(t, '"', n) && !bc__local_holds(t, n, "\xe2\x80\x9c") &&
         !bc__local_holds(t, n, "\xe2\x80\x9d") && first_person(t, n);
}

/* In a story that quotes people and speaks in the third person itself, a
 * sentence in the first person with no speaker is a quotation whose marks
 * were lost or could not be paired (a quote that ran over a paragraph
 * break the scrape joined): 'There's a little frustration as we felt we
 * could have gone further.'  A text that speaks in the first person
 * itself (an essay, a post: more than one sentence in eight) keeps its
 * sentences. */
static void first_person_quotes(struct bc__local *b)
{
  size_t k, fp = 0, speech = b->facts->n_quotes;
  /* a story that reports speech: quotations the analyzer paired, or
   * sentences that say who said what */
  for (k = 0; k < b->n && speech < 2; k++)
    speech += (size_t)bc__local_speech(b->doc->text + b->c[k].span.start,
                                       b->c[k].span.end - b->c[k].span.start);
  if (speech < 2)
    return;
  for (k = 0; k < b->n; k++)
    fp += (size_t)(!b->c[k].quoted && bc__local_first_person(b, k));
  if (!fp || fp * 8 > b->n)
    return;
  for (k = 0; k < b->n; k++)
    if (!b->c[k].quoted && bc__local_first_person(b, k)) {
      b->c[k].quoted = 1;
      b->c[k].lone = 0;
    }
}

/* The opening mark at t[i] (single or double, curly or a straight
 * apostrophe at the start of a word before a letter): its length, or 0. */
static size_t open_mark(const char *t, size_t n, size_t i)
{
  const unsigned char *u = (const unsigned char *)t;
  size_t m = 0;
  if (i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x80 &&
      (u[i + 2] == 0x98 || u[i + 2] == 0x9C))
    m = 3;
  else if (t[i] == '\'')
    m = 1;
  if (!m || (i && t[i - 1] != ' ' && t[i - 1] != '(') || i + m >= n)
    return 0;
  return ((t[i + m] | 0x20) >= 'a' && (t[i + m] | 0x20) <= 'z') ||
                 (t[i + m] >= '0' && t[i + m] <= '9') || u[i + m] >= 0xC3
             ? m
             : 0;
}

/* The closing mark ending at t[i] (exclusive), after a stop or a comma
 * (an apostrophe closes no quotation: "it's", "the players' union"): its
 * length, or 0. */
static size_t close_mark(const char *t, size_t i)
{
  const unsigned char *u = (const unsigned char *)t;
  size_t m = 0;
  if (i >= 4 && u[i - 3] == 0xE2 && u[i - 2] == 0x80 &&
      (u[i - 1] == 0x99 || u[i - 1] == 0x9D))
    m = 3;
  else if (i >= 2 && t[i - 1] == '\'')
    m = 1;
  /* a quotation inside one closes first: '... her belly?"'' */
  return m && (strchr(".!?,\"", t[i - m - 1]) || u[i - m - 1] == 0x9D) ? m : 0;
}

/* Whether t[0..n) is a quotation in single or curly marks that the
 * sentence neither opens and closes with a speaker beside it: it opens
 * with a mark it never closes ("‘We were ready."), closes one it never
 * opened ("in the final.’"), or is a quotation from mark to mark with
 * nothing outside ("‘Which is remarkable.’"). */
static int odd_marks(const char *t, size_t n)
{
  size_t i, opens = 0, closes = 0, first, last;
  for (i = 0; i < n; i++)
    opens += open_mark(t, n, i) != 0;
  for (i = 1; i <= n; i++)
    closes += close_mark(t, i) != 0;
  first = open_mark(t, n, 0);
  last = close_mark(t, n);
  if (first && !closes)
    return 1;
  if (last && !opens)
    return 1;
  return first && last && opens == 1 && closes == 1;
}

/* The longest paragraph (bytes) in which words after "X said:" are
 * taken for X's: a longer block is a text whose paragraph breaks were
 * lost. */
#define SAID_PARAGRAPH 600

/* Someone else's words: a sentence that opens a quotation ('"It happened
 * so fast.') or lies inside one ('We were standing in it."'), unless the
 * sentence itself names who said it ('"We are ready," said Jane Doe.').
 * A reader cannot tell whose such words are, so they make no key point,
 * tl;dr or title (the quotes section gives them with their speaker). */
/* Whether t[0..n) is a quotation from end to end with no verb of saying
 * beside it ('"I did not hear the crowd today."'): someone's words, and
 * the sentence does not say whose. */
static int whole_quotation(const char *t, size_t n)
{
  int open = t[0] == '"' || (n > 3 && !memcmp(t, "\xe2\x80\x9c", 3));
  int close = n > 1 && (t[n - 1] == '"' ||
                        (n > 3 && !memcmp(t + n - 3, "\xe2\x80\x9d", 3)));
  return open && close && !bc__local_speech(t, n);
}

static void mark_quoted(struct bc__local *b)
{
  const struct bc_facts *f = b->facts;
  const char *text = b->doc->text;
  size_t i, k;
  /* Straight marks, paired over the whole text: a sentence that opens or
   * ends inside a quotation is someone's words (local_marks.c). */
  bc__local_pair_marks(b);
  /* A sentence with a quotation mark it does not pair, at its start or
   * after its final stop, opens or ends a quotation that runs over several
   * sentences ('"It happened so fast.', 'in the World Cup."'), even where
   * the analyzer could not pair the marks (a quote running on over a
   * paragraph break the scrape lost). */
  for (k = 0; k < b->n; k++) {
    struct bc__local_cand *c = &b->c[k];
    const char *t = text + c->span.start;
    const unsigned char *u = (const unsigned char *)t;
    size_t n = c->span.end - c->span.start, j, left = 0, right = 0;
    for (j = 0; j < n; j++) {
      if (j + 2 < n && u[j] == 0xE2 && u[j + 1] == 0x80) {
        left += u[j + 2] == 0x9C;
        right += u[j + 2] == 0x9D;
      }
    }
    /* a mark anywhere that the sentence does not pair ('Ann Lee said:
     * "And then we left.', 'to where it has been," added Lee.') leaves
     * part of a quotation without the rest of it */
    if (left != right || odd_marks(t, n) || whole_quotation(t, n)) {
      c->quoted = 1;
      c->lone = 0;
    }
    /* 'Ann Lee said: We are ready.' and then her words without marks:
     * the sentence that follows in a short paragraph is hers, and no
     * point names her (a text without paragraph breaks says nothing by
     * its paragraphs) */
    if (k && c->block != NONE && c->block == b->c[k - 1].block &&
        b->doc->blocks[c->block].span.end -
                b->doc->blocks[c->block].span.start <=
            SAID_PARAGRAPH) {
      const char *p = text + b->c[k - 1].span.start;
      const char *colon =
          memchr(p, ':', b->c[k - 1].span.end - b->c[k - 1].span.start);
      if (colon && bc__local_speech(p, (size_t)(colon - p))) {
        c->quoted = 1;
        c->lone = 0;
      }
    }
  }
  for (i = 0; i < f->n_quotes; i++) {
    const struct bc_quote_fact *q = &f->quotes[i];
    size_t open = q->span.start;
    if (q->span.end > b->doc->text_len || q->span.start >= q->span.end)
      continue;
    /* the opening mark, and a space a tidier may have put after it */
    if (open > 1 && text[open - 1] == ' ' && text[open - 2] == '"')
      open -= 2;
    else if (open > 0 && text[open - 1] == '"')
      open--;
    else if (open > 2 && (unsigned char)text[open - 1] == 0x9c &&
             (unsigned char)text[open - 2] == 0x80)
      open -= 3;
    k = bc__local_cand_at(b, open);
    if (k == NONE)
      continue;
    if (b->c[k].span.start < open)
      k++; /* it opens inside a sentence that is not a quotation */
    for (; k != NONE && k < b->n && b->c[k].span.start < q->span.end; k++) {
      struct bc__local_cand *c = &b->c[k];
      const char *w = q->speaker;
      if (w && *w &&
          holds_exact(text + c->span.start, c->span.end - c->span.start, w))
        continue;
      c->quoted = 1;
      c->lone = 0;
    }
  }
  first_person_quotes(b);
}

/* How strongly heading block h marks what follows as the piece's point:
 * "The bottom line", "Conclusion", "Summary", "Takeaways" (0 when not);
 * the first sentence under it gets that cue. */
static double conclusion(const struct bc_doc *doc, size_t h)
{
  static const char *const heads[] = {"the bottom line",
                                      "bottom line",
                                      "conclusion",
                                      "conclusions",
                                      "in conclusion",
                                      "summary",
                                      "in summary",
                                      "in short",
                                      "tl;dr",
                                      "tldr",
                                      "takeaway",
                                      "takeaways",
                                      "key takeaways",
                                      "the takeaway",
                                      "final thoughts",
                                      "wrapping up",
                                      "the verdict",
                                      "verdict",
                                      NULL};
  struct bc_span sp = doc->blocks[h].span;
  const char *s = doc->text + sp.start;
  size_t n = sp.end - sp.start, i;
  while (n && (s[n - 1] == ':' || s[n - 1] == '.' || s[n - 1] == ' '))
    n--;
  for (i = 0; heads[i]; i++)
    if (strlen(heads[i]) == n && strncasecmp(s, heads[i], n) == 0)
      return 0.8;
  return 0;
}

/* Whether s[0..n) holds HTML markup ('<img height="1" src=...>', '<a
 * href'): the extraction let a tag through as text. */
static int markup(const char *s, size_t n)
{
  size_t i;
  for (i = 0; i + 3 < n; i++)
    if (s[i] == '<' &&
        (((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z') ||
         (s[i + 1] == '/' && ((s[i + 2] | 0x20) >= 'a') &&
          ((s[i + 2] | 0x20) <= 'z')))) {
      const char *gt = memchr(s + i, '>', n - i);
      const char *eq = memchr(s + i, '=', n - i);
      if (gt && (s[i + 1] == '/' || (eq && eq < gt)))
        return 1;
    }
  return 0;
}

/* Whether s[0..n) of words words is a line of figures after names ("Aden
 * O'Hara 2 goals, 2 assists.", "Jordan Spira and Megan Cook 4 total."): a
 * short line whose capitalized words (joined by "and", "&") are followed
 * by a figure, with no finite verb anywhere. */
static int stat_line(const char *s, size_t n, size_t words)
{
  static const char *const verbs[] = {
      " is ",   " are ",  " was ",   " were ", " has ",  " have ",
      " had ",  " will ", " would ", " can ",  " said ", " says ",
      " won ",  " lost ", " beat ",  " got ",  " took ", " scored ",
      " made ", " gave ", " went ",  NULL};
  size_t i = 0, caps = 0;
  if (words > 12)
    return 0;
  while (i < n) {
    size_t w = i;
    while (w < n && s[w] != ' ')
      w++;
    if (s[i] >= 'A' && s[i] <= 'Z')
      caps++;
    else if (caps && ((w - i == 3 && !strncmp(s + i, "and", 3)) ||
                      (w - i == 1 && s[i] == '&')))
      ;
    else if (caps && s[i] >= '0' && s[i] <= '9')
      break;
    else
      return 0;
    i = w < n ? w + 1 : w;
  }
  if (i >= n)
    return 0;
  for (i = 0; verbs[i]; i++)
    if (bc__local_holds(s, n, verbs[i]))
      return 0;
  return 1;
}

/* Whether s[0..n) opens with a label of the page around a story and its
 * colon ("Source: U.S. Census Bureau.", "Photo: Jane Doe", "Editor's
 * note: ...", "Reporting by ..."): where a figure or a picture comes from,
 * no point of the piece. */
static int label_line(const char *s, size_t n)
{
  static const char *const labels[] = {"Source",
                                       "Sources",
                                       "Credit",
                                       "Credits",
                                       "Photo",
                                       "Photos",
                                       "Image",
                                       "Images",
                                       "Via",
                                       "Caption",
                                       "Editor's note",
                                       "Editor\xe2\x80\x99s note",
                                       "Disclosure",
                                       "Note",
                                       "Data",
                                       "Chart",
                                       "Graphic",
                                       "Video",
                                       "Watch",
                                       "Listen",
                                       "Read more",
                                       "Related",
                                       "Correction",
                                       "Update",
                                       "Picture",
                                       "More",
                                       "Also read",
                                       "Read also",
                                       "See also",
                                       "Recommended",
                                       "Photograph",
                                       "Photo credit",
                                       "Image credit",
                                       "Top image",
                                       NULL};
  static const char *const bylines[] = {"Reporting by", "Additional reporting",
                                        "Editing by", "Written by", NULL};
  size_t i, k;
  /* the label in any case ("PHOTO:", "READ MORE:") */
  for (i = 0; labels[i]; i++) {
    k = strlen(labels[i]);
    if (n > k + 1 && !strncasecmp(s, labels[i], k) && s[k] == ':')
      return 1;
  }
  for (i = 0; bylines[i]; i++)
    if (opens_with(s, n, bylines[i]))
      return 1;
  return 0;
}

/* Whether s[0..n) holds a finite verb of the common kind ("is", "has",
 * "said", "will"): a line without one names or labels, it says nothing. */
static int finite_verb(const char *s, size_t n)
{
  static const char *const finite[] = {
      " is ",     " are ",  " was ",   " were ",  " has ",  " have ",  " had ",
      " will ",   " can ",  " could ", " would ", " may ",  " might ", " must ",
      " should ", " said ", " says ",  " do ",    " does ", " did ",   NULL};
  return bc__local_holds_any(s, n, finite);
}

/* Whether s[0..n) credits a picture rather than saying anything: an
 * agency or a photographer named as its source ("(Getty Images)", "AP
 * Photo/Jo Park", "Photo by Jo Park", "Image courtesy of the museum"), or
 * a caption's "pictured". */
static int picture_credit(const char *s, size_t n)
{
  static const char *const marks[] = {
      "getty images",   "ap photo",       "photo by ",      "photos by ",
      "photo courtesy", "image courtesy", "courtesy photo", "photo credit",
      "image credit",   "shutterstock",   "istockphoto",    "file photo",
      "photograph by",  "(photo",         "(image",         "photo:",
      "image:",         "credit:",        "pictured",       NULL};
  size_t i;
  for (i = 0; marks[i]; i++)
    if (bc__local_holds(s, n, marks[i]))
      return 1;
  return 0;
}

/* Whether s[0..n) is a byline with its time stamp: "By", names
 * (capitalized words, commas, "and"), then "on" and a date with a figure
 * and no finite verb ("By Jo Park , Ann Cole on Monday, November 18th,
 * 2019 at 11:08 a.m."). */
static int dated_byline(const char *s, size_t n)
{
  size_t i = 3, names = 0;
  if (!opens_with(s, n, "By"))
    return 0;
  while (i < n) {
    size_t e = i;
    while (e < n && s[e] != ' ')
      e++;
    if (e - i == 2 && !strncmp(s + i, "on", 2))
      break;
    if ((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0xC3)
      names++;
    else if (!(e - i == 1 && (s[i] == ',' || s[i] == '&')) &&
             !(e - i == 3 && !strncmp(s + i, "and", 3)))
      return 0;
    i = e + 1;
  }
  if (!names || names > 8 || i >= n || finite_verb(s + i, n - i))
    return 0;
  for (; i < n; i++)
    if (s[i] >= '0' && s[i] <= '9')
      return 1;
  return 0;
}

/* Whether s[0..n) is a byline: "By" or one or two words and "by"
 * ("Article by", "Story by"), then one to four capitalized words (a short
 * particle such as "de" among them), then the end or a comma and at most
 * five more words without a finite verb ("By Jo Park, staff writer").
 * "By Monday, the council had voted" goes on as a sentence. */
static int byline(const char *s, size_t n)
{
  static const char *const times[] = {
      "Monday",    "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday",  "Sunday",  "January",   "February", "March",
      "April",     "May",     "June",      "July",     "August",
      "September", "October", "November",  "December", "Then",
      "The",       "Now",     "Far",       "Contrast", NULL};
  size_t i = 0, w, names = 0, rest = 0;
  if (opens_with(s, n, "By"))
    i = 3;
  else
    for (w = 0; w < 2 && i < n && s[i] >= 'A' && s[i] <= 'Z'; w++) {
      while (i < n && s[i] != ' ')
        i++;
      if (i + 4 <= n && !strncmp(s + i, " by ", 4)) {
        i += 4;
        break;
      }
      i++;
      if (w == 1)
        return 0;
    }
  if (!i || i >= n)
    return 0;
  for (w = 0; times[w]; w++)
    if (opens_with(s + i, n - i, times[w]))
      return 0;
  while (i < n && names < 4) {
    size_t e = i;
    while (e < n && s[e] != ' ' && s[e] != ',')
      e++;
    if (!((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0xC3 ||
          (names && e - i <= 3 && s[i] >= 'a' && s[i] <= 'z')))
      return 0;
    names++;
    i = e;
    if (i >= n || s[i] == ',')
      break;
    i++;
  }
  if (!names)
    return 0;
  if (i >= n || (i + 1 == n && s[i] == '.'))
    return 1;
  if (s[i] != ',')
    return 0;
  for (w = i; w < n; w++)
    rest += s[w] == ' ';
  return rest <= 5 && !finite_verb(s + i, n - i);
}

/* Whether s[0..n) of words words, a paragraph of its own, is a caption
 * naming what a picture shows: no finite verb, and it opens with "A" or
 * "An" ("A prototype of an automated blood drawing device.") or holds
 * only capitalized words and particles ("Chief Engineer Dr Jo Park of the
 * Harbour Board."). */
static int caption(const char *s, size_t n, size_t words)
{
  static const char *const small[] = {"of", "the", "and", "for", "at", "in",
                                      "on", "de",  "van", "von", "du", "la",
                                      "le", "del", "da",  "&",   NULL};
  size_t i = 0, k;
  if (words > 15 || finite_verb(s, n))
    return 0;
  if (!strncmp(s, "A ", 2) || !strncmp(s, "An ", 3))
    return 1;
  while (i < n) {
    size_t e = i;
    while (e < n && s[e] != ' ')
      e++;
    if (!((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0xC3)) {
      for (k = 0; small[k]; k++)
        if (e - i == strlen(small[k]) && !strncmp(s + i, small[k], e - i))
          break;
      if (!small[k])
        return 0;
    }
    i = e < n ? e + 1 : e;
  }
  return 1;
}

/* Whether s[0..n) runs two sentences together where a scrape lost the
 * space between them ("claiming to work for BT.Now a woman", "cost
 * 25.9m.Badminton England said"): a stop between a letter or a digit and
 * a capitalized word of three letters or more. */
static int run_together(const char *s, size_t n)
{
  size_t i;
  for (i = 1; i + 3 < n; i++) {
    char b = s[i - 1];
    int alnum =
        ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9');
    if (s[i] == '.' && alnum && s[i + 1] >= 'A' && s[i + 1] <= 'Z' &&
        s[i + 2] >= 'a' && s[i + 2] <= 'z' && s[i + 3] >= 'a' &&
        s[i + 3] <= 'z')
      return 1;
  }
  return 0;
}

/* Whether the word at s[0..n) is w (case ignored) and ends there. */
static int word_is(const char *s, size_t n, const char *w)
{
  size_t k = strlen(w);
  return n == k && strncasecmp(s, w, k) == 0;
}

/* Whether s[0..n) speaks to the reader of the page rather than about the
 * story: a request ("Please use a supported browser"), an instruction to
 * go somewhere or do something with the page, the publisher or the reader
 * ("Find out more about ...", "Pick the XI that you think ...", "Tell us
 * what you think"), or advice to the reader ("If you think you have the
 * virus, do not go to the GP ...").  An imperative about the subject
 * itself (a recipe's "Heat the pears") is none of these: the verb must be
 * one of going, finding, telling, choosing or following, and the rest
 * must name the reader, the publisher or more of the page. */
static int reader_notice(const char *s, size_t n)
{
  static const char *const verbs[] = {
      "find",   "pick",  "choose", "visit",     "click",    "tap",
      "vote",   "tell",  "send",   "share",     "download", "watch",
      "listen", "read",  "sign",   "subscribe", "follow",   "join",
      "get",    "check", "see",    "contact",   "call",     "email",
      "text",   "ring",  "go",     "register",  "log",      "scroll",
      "enter",  "let",   "have",   "keep",      "seek",     "speak",
      "don't",  "do",    NULL};
  static const char *const reader[] = {
      " you ",  " you.",   " you,",    " your ", " us ",
      " us.",   " us,",    " our ",    " here",  " below",
      " more ", " online", " website", " app ",  NULL};
  size_t i, e, k;
  char buf[512];
  const char *low;
  if (n < 8)
    return 0;
  if (opens_with(s, n, "Please"))
    return 1;
  /* "If you think you have the virus, don't go to the GP": advice to the
   * reader, an instruction after a condition on the reader */
  if (opens_with(s, n, "If you")) {
    const char *c = memchr(s, ',', n);
    if (!c)
      return 0;
    i = (size_t)(c - s) + 1;
    while (i < n && s[i] == ' ')
      i++;
    s += i;
    n -= i;
  }
  for (e = 0; e < n && s[e] != ' ' && s[e] != ','; e++)
    ;
  for (k = 0; verbs[k]; k++)
    if (word_is(s, e, verbs[k]))
      break;
  if (!verbs[k] || e >= n)
    return 0;
  low = lower_copy(s, n, buf, sizeof buf);
  for (i = 0; reader[i]; i++)
    if (strstr(low + e, reader[i]))
      return 1;
  return 0;
}

/* Whether s[0..n) of words words is a list of names rather than a
 * sentence: a team sheet or a line-up ("Replacements: 16-Fraser Brown,
 * 17-Alex Allan, ..."; "Scotland: Hogg; Seymour, Bennett, ..."), a list of
 * people with their places: four items or more between commas or
 * semicolons, nearly every word a name or a number, no finite verb. */
static int name_list(const char *s, size_t n, size_t words)
{
  size_t i = 0, items = 1, named = 0;
  if (words < 5 || finite_verb(s, n))
    return 0;
  for (i = 0; i < n; i++)
    items += s[i] == ',' || s[i] == ';';
  if (items < 4)
    return 0;
  for (i = 0; i < n;) {
    unsigned char c;
    while (i < n && (s[i] == ' ' || s[i] == '(' || s[i] == '"'))
      i++;
    if (i >= n)
      break;
    c = (unsigned char)s[i];
    named += (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0xC3;
    while (i < n && s[i] != ' ')
      i++;
  }
  return named * 10 >= words * 8;
}

/* Whether the sentence s[0..n) (of words words, in block blk) is prose a
 * key point can be made of, not a piece of the page around it: a line of
 * a paragraph that ends without a stop (headings run together, "Power and
 * Performance Range and Charging"; a byline; a caption), a line of labels
 * ("Tested by: John Milbank RRP: £23.99"; "Published:Tuesday | April 26"),
 * a score line ("Palm Bay (1-0): Tolivert 25 points."), or a photo's
 * caption ("A prototype of an automated blood drawing device.").  A list
 * item without a stop is prose: lists often leave it out. */
static int prose(const struct bc_doc *doc, size_t blk, const char *s, size_t n,
                 size_t words)
{
  size_t i, colons = 0, before = 0, k = n;
  int list = blk != NONE && doc->blocks[blk].kind == BC_BLOCK_LIST_ITEM;
  while (k > 0 && (s[k - 1] == '"' || s[k - 1] == '\'' || s[k - 1] == ')' ||
                   (unsigned char)s[k - 1] >= 0x80))
    k--;
  if (!list && (!k || !strchr(".!?", s[k - 1])))
    return 0;
  for (i = 0; i + 2 < n; i++)
    if (s[i] == ' ' && s[i + 1] == '|' && s[i + 2] == ' ')
      return 0;
  for (i = 0; i + 1 < n; i++)
    if (s[i] == ':' &&
        (s[i + 1] == ' ' || (s[i + 1] >= 'A' && s[i + 1] <= 'Z'))) {
      if (!colons)
        before = bc__local_count_words(s, i);
      colons++;
    }
  for (i = 0; i < n && !(s[i] >= '0' && s[i] <= '9'); i++)
    ;
  if (colons >= 2 || (colons && words <= 12 && before <= 5 && i < n))
    return 0;
  if (stat_line(s, n, words) || label_line(s, n) || picture_credit(s, n) ||
      byline(s, n) || dated_byline(s, n) || run_together(s, n) ||
      reader_notice(s, n) || name_list(s, n, words))
    return 0;
  /* a caption: a one-sentence paragraph that names a thing or a person
   * and says nothing of it */
  if (blk != NONE &&
      doc->blocks[blk].span.start + 2 >= (size_t)(s - doc->text) &&
      doc->blocks[blk].span.end <= (size_t)(s - doc->text) + n + 2 &&
      caption(s, n, words))
    return 0;
  return 1;
}

/* The team or party in brackets after a name in s[0..n) and before a
 * word in lower case ("Mohamed Shafy (Egypt) wins a free kick", "Delay
 * in match Mohamed Shafy (Egypt) because of an injury"): its span in s,
 * or {0, 0}. */
static struct bc_span tagged_name(const char *s, size_t n)
{
  struct bc_span none = {0, 0}, tag;
  size_t i, k, w;
  for (i = 2; i + 3 < n; i++) {
    if (s[i] != '(' || s[i - 1] != ' ' || !(s[i + 1] >= 'A' && s[i + 1] <= 'Z'))
      continue;
    for (w = i - 1; w > 0 && s[w - 1] != ' '; w--)
      ;
    if (!((s[w] >= 'A' && s[w] <= 'Z') || (unsigned char)s[w] >= 0xC3))
      continue;
    for (k = i + 1; k < n && s[k] != ')' && s[k] != '('; k++)
      ;
    if (k + 2 >= n || s[k] != ')' || s[k + 1] != ' ' ||
        !(s[k + 2] >= 'a' && s[k + 2] <= 'z'))
      continue;
    tag.start = i + 1;
    tag.end = k;
    return tag;
  }
  return none;
}

/* A live commentary's lines ("Mohamed Shafy (Egypt) wins a free kick in
 * the defensive half.", "Trezeguet (Egypt) right footed shot ... is
 * blocked."): four sentences or more name a player and one of two teams
 * in brackets.  Each tells one moment of play, none a point of the piece. */
static void play_lines(struct bc__local *b)
{
  const char *text = b->doc->text;
  struct bc_span team[2] = {{0, 0}, {0, 0}};
  size_t i, tagged = 0, teams = 0;
  for (i = 0; i < b->n && teams <= 2; i++) {
    const char *s = text + b->c[i].span.start;
    struct bc_span t = tagged_name(s, b->c[i].span.end - b->c[i].span.start);
    size_t k, m = t.end - t.start;
    if (!m)
      continue;
    tagged++;
    t.start += b->c[i].span.start;
    t.end += b->c[i].span.start;
    for (k = 0; k < teams; k++)
      if (team[k].end - team[k].start == m &&
          !memcmp(text + team[k].start, text + t.start, m))
        break;
    if (k == teams && teams++ < 2)
      team[k] = t;
  }
  if (tagged < 4 || teams > 2)
    return;
  for (i = 0; i < b->n; i++) {
    struct bc_span t = tagged_name(text + b->c[i].span.start,
                                   b->c[i].span.end - b->c[i].span.start);
    if (t.end > t.start)
      b->c[i].lone = 0;
  }
}

/* Whether candidate k ends with a question mark (before a closing
 * quotation mark, if any). */
static int asks(const struct bc__local *b, size_t k)
{
  const char *t = b->doc->text;
  size_t e = b->c[k].span.end;
  while (e > b->c[k].span.start &&
         (t[e - 1] == '"' || t[e - 1] == '\'' || t[e - 1] == ')'))
    e--;
  return e > b->c[k].span.start && t[e - 1] == '?';
}

/* Short sentences that answer a question just asked ("Need some milk? No
 * need to get out of your pajamas!", "Want new clothes? No problem! Have a
 * new wardrobe overnight.") say nothing once the question is gone; and a
 * sentence that opens in lower case ("supports ido, ivy, or helm.", "the
 * original fuzzer.") is a fragment whose subject was a heading or a link
 * the extraction set apart, in a text that starts its sentences with
 * capitals (in one where half or more do not, it is the writer's style).
 * Neither stands alone. */
#define ANSWER_WORDS 10
static void answers_and_fragments(struct bc__local *b)
{
  const char *t = b->doc->text;
  size_t i, lower = 0;
  for (i = 0; i < b->n; i++) {
    unsigned char c = (unsigned char)t[b->c[i].span.start];
    lower += c >= 'a' && c <= 'z';
  }
  for (i = 0; i < b->n; i++) {
    const char *s = t + b->c[i].span.start;
    size_t len = b->c[i].span.end - b->c[i].span.start;
    size_t j, words = bc__local_count_words(s, len);
    /* "iPhone sales", "eBay said": a name that opens in lower case */
    if (lower * 2 < b->n && s[0] >= 'a' && s[0] <= 'z' &&
        !(len > 1 && s[1] >= 'A' && s[1] <= 'Z'))
      b->c[i].lone = 0;
    if (words >= ANSWER_WORDS)
      continue;
    /* the question one or two sentences before, in the same paragraph */
    for (j = i; j > 0 && j + 2 > i; j--)
      if (b->c[j - 1].block == b->c[i].block && b->c[i].block != NONE &&
          asks(b, j - 1)) {
        b->c[i].lone = 0;
        break;
      }
  }
}

/* Candidates: the fact sheet's sentences outside headings, code,
 * footnotes, asides (notes, thanks, promos) and whatever follows the
 * piece (comments, an appended Q&A). */
bc_status bc__local_find_candidates(struct bc__local *b)
{
  const struct bc_doc *doc = b->doc;
  const struct bc_facts *f = b->facts;
  size_t i, prev_block = NONE, end = doc->text_len, last_sec = NONE;
  double sec_cue = 0;
  b->c = bc__calloc(f->n_sentences ? f->n_sentences : 1, sizeof *b->c);
  if (!b->c)
    return BC_ERR_NOMEM;
  /* The piece ends at the first tail heading past a third of the text. */
  for (i = 0; i < doc->n_blocks; i++) {
    const struct bc_block *bl = &doc->blocks[i];
    if (bl->span.start >= doc->text_len / 3 && bl->span.end <= doc->text_len &&
        (bl->kind == BC_BLOCK_HEADING || bl->span.end - bl->span.start <= 40) &&
        tail_head(doc->text + bl->span.start, bl->span.end - bl->span.start)) {
      end = bl->span.start;
      break;
    }
  }
  for (i = 0; i < f->n_sentences; i++) {
    struct bc_span sp = f->sentences[i];
    size_t blk;
    if (sp.start >= end)
      break;
    if (sp.end > doc->text_len || sp.start >= sp.end)
      continue;
    sp = bc__local_trim(doc->text, sp);
    if (sp.start >= sp.end)
      continue;
    if (b->n && sp.start < b->c[b->n - 1].span.end)
      continue; /* overlapping or out of order: keep the first */
    blk = bc__local_block_at(doc, sp.start);
    if (blk != NONE &&
        (doc->blocks[blk].kind == BC_BLOCK_HEADING ||
         doc->blocks[blk].kind == BC_BLOCK_CODE || doc->blocks[blk].aside))
      continue;
    /* "(CNN)": where the story was filed, no sentence of it */
    if (blk != NONE && doc->blocks[blk].span.start == sp.start &&
        doc->blocks[blk].span.end == sp.end &&
        bc__local_wire(doc->text + sp.start, sp.end - sp.start))
      continue;
    if (blk != NONE ? note_label(doc->text + doc->blocks[blk].span.start,
                                 doc->blocks[blk].span.end -
                                     doc->blocks[blk].span.start)
                    : note_label(doc->text + sp.start, sp.end - sp.start))
      continue;
    b->c[b->n].span = sp;
    b->c[b->n].section = bc__local_section_at(b, sp.start);
    if (b->c[b->n].section != NONE && b->c[b->n].section != last_sec)
      sec_cue = conclusion(doc, b->secs[b->c[b->n].section].block);
    else if (b->c[b->n].section == last_sec)
      sec_cue = 0; /* only the first sentence under the heading */
    last_sec = b->c[b->n].section;
    b->c[b->n].para_first = blk == NONE || blk != prev_block;
    b->c[b->n].quote_block =
        blk != NONE && doc->blocks[blk].kind == BC_BLOCK_QUOTE;
    b->c[b->n].block = blk;
    {
      const char *t = doc->text + sp.start;
      size_t len = sp.end - sp.start;
      size_t words = bc__local_count_words(t, len);
      if (markup(t, len))
        continue; /* a tracking pixel's tag the extraction let through */
      b->c[b->n].lone = bc__local_stands_alone(t, len, words) &&
                        prose(doc, blk, t, len, words);
      b->c[b->n].cue = bc__local_thesis_cue(t, len);
      if (sec_cue > b->c[b->n].cue)
        b->c[b->n].cue = sec_cue;
    }
    prev_block = blk;
    b->body_end = sp.end;
    b->n++;
  }
  mark_quoted(b);
  play_lines(b);
  answers_and_fragments(b);
  /* A sentence cut in two at a stop inside it ("... entitled Putin. War,
   * is based on ..."): the head is no whole sentence either. */
  for (i = 1; i < b->n; i++)
    if (b->c[i].block == b->c[i - 1].block &&
        split_tail(doc->text + b->c[i].span.start,
                   b->c[i].span.end - b->c[i].span.start))
      b->c[i - 1].lone = 0;
  /* Sentences that carry facts inform more; count them. */
  for (i = 0; i < f->n_dates; i++) {
    size_t k = bc__local_cand_at(b, f->dates[i].span.start);
    if (k != NONE)
      b->c[k].facts++;
  }
  for (i = 0; i < f->n_numbers; i++) {
    size_t k = bc__local_cand_at(b, f->numbers[i].span.start);
    if (k != NONE)
      b->c[k].facts++;
  }
  for (i = 0; i < f->n_acronyms; i++) {
    size_t k = bc__local_cand_at(b, f->acronyms[i].span.start);
    if (k != NONE)
      b->c[k].facts++;
  }
  return BC_OK;
}

/* ---- scoring and choosing ------------------------------------------------ */

/* Fill by_sec and sec_first from order (a counting sort, stable). */
static bc_status group_by_section(struct bc__local *b)
{
  size_t i, *next;
  b->sec_first = bc__calloc(b->n_secs + 1, sizeof *b->sec_first);
  b->by_sec = bc__calloc(b->n ? b->n : 1, sizeof *b->by_sec);
  next = bc__calloc(b->n_secs + 1, sizeof *next);
  if (!b->sec_first || !b->by_sec || !next) {
    free(next);
    return BC_ERR_NOMEM;
  }
  for (i = 0; i < b->n; i++)
    if (b->c[i].section != NONE)
      b->sec_first[b->c[i].section + 1]++;
  for (i = 0; i < b->n_secs; i++)
    b->sec_first[i + 1] += b->sec_first[i];
  memcpy(next, b->sec_first, (b->n_secs + 1) * sizeof *next);
  for (i = 0; i < b->n; i++) {
    size_t k = b->order[i], sec = b->c[k].section;
    if (sec != NONE)
      b->by_sec[next[sec]++] = k;
  }
  free(next);
  return BC_OK;
}

/* Whether s[0..n) has the reader for its subject: it opens with "You"
 * ("You are using an older browser version", "You're"), "Your", or a
 * condition on the reader ("If you are affected by any of these issues,
 * help is available").  A "you" further in is as often a claim reported
 * ("will leave your skin glowing") as the page talking. */
static int to_reader(const char *s, size_t n)
{
  return opens_with(s, n, "You") || opens_with(s, n, "Your") ||
         opens_with(s, n, "If you");
}

bc_status bc__local_score(struct bc__local *b, const char *title,
                          struct bc_error *err)
{
  struct bc_span *spans = NULL, *heads = NULL;
  struct ranked *r = NULL;
  size_t i;
  bc_status rc = BC_ERR_NOMEM;
  spans = bc__calloc(b->n ? b->n : 1, sizeof *spans);
  heads = bc__calloc(b->n ? b->n : 1, sizeof *heads);
  r = bc__calloc(b->n ? b->n : 1, sizeof *r);
  b->order = bc__calloc(b->n ? b->n : 1, sizeof *b->order);
  if (!spans || !heads || !r || !b->order)
    goto out;
  for (i = 0; i < b->n; i++) {
    spans[i] = b->c[i].span;
    if (b->c[i].section != NONE)
      heads[i] = b->doc->blocks[b->secs[b->c[i].section].block].span;
  }
  rc = bc__local_rank(b->doc->text, spans, heads, b->n, title, &b->rank, err);
  if (rc)
    goto out;
  for (i = 0; i < b->n; i++) {
    const struct bc__local_cand *c = &b->c[i];
    const char *s = b->doc->text + c->span.start;
    size_t len = c->span.end - c->span.start, words = b->rank.words[i];
    /* In a short note the graph has few edges and its scores are noise
     * around 1; trust it in proportion to the sentences behind it. */
    double trust = bc__local_trust(b);
    /* Cosine favours short sentences: "The platform turns ten this year."
     * matches a title as well as the sentence that explains it.  Damp the
     * title and heading cues below a dozen words. */
    double cue = words >= 12 ? 1.0 : (double)words / 12;
    double v =
        (1 + (b->rank.centrality[i] - 1) * trust) *
        (1 + cue * (1.2 * b->rank.title_sim[i] + 0.4 * b->rank.head_sim[i]));
    /* Position: the opening of an essay states its point more often than
     * any other part; so does the first sentence of a paragraph. */
    v += bc__local_lead(b, i, 1);
    if (c->para_first)
      v += 0.15;
    v += 0.08 * (double)(c->facts < 3 ? c->facts : 3);
    if (words < 6)
      v *= 0.5;
    else if (words > 45)
      v *= 0.7;
    if (s[len - 1] == '?')
      v *= 0.6;
    if (s[len - 1] == ':')
      v *= 0.5;
    /* A news story tells of others in the third person: a sentence of its
     * own voice whose subject is the reader ("You are using an older
     * browser version.") is the page talking, not the story. */
    if (b->news && !c->quoted && !c->quote_block && to_reader(s, len))
      b->c[i].lone = 0;
    if (!c->lone)
      v *= leans_back(s, len) ? 0.4 : 0.5;
    v *= 1 + 0.5 * c->cue;
    if (heading_like(s, len, words))
      v *= 0.3;
    /* A block quote is someone else's voice, rarely the piece's point. */
    if (c->quote_block)
      v *= 0.7;
    b->c[i].score = v;
    r[i].score = v;
    r[i].i = i;
  }
  qsort(r, b->n, sizeof *r, cmp_ranked);
  for (i = 0; i < b->n; i++)
    b->order[i] = r[i].i;
  rc = group_by_section(b);
out:
  if (rc == BC_ERR_NOMEM)
    bc_error_set(err, rc, "cannot summarize: out of memory");
  free(spans);
  free(heads);
  free(r);
  return rc;
}

/* Candidates a and b are the same sentence written twice. */
int bc__local_same_text(const struct bc__local *b, size_t a, size_t c)
{
  struct bc_span x = b->c[a].span, y = b->c[c].span;
  return x.end - x.start == y.end - y.start &&
         memcmp(b->doc->text + x.start, b->doc->text + y.start,
                x.end - x.start) == 0;
}

/* Greedy choice of up to want candidates, best first, skipping sentences
 * too close to one already chosen (similar sentences make a list repeat
 * itself) and, in the first passes, sentences too short or too long to
 * stand alone.
 * filter_sec restricts the choice to one section (NONE = anywhere). */
/* Whether candidate k says the tl;dr again: one of its sentences, the same
 * words, or mostly its words. */
int bc__local_repeats_tldr(const struct bc__local *b, size_t k)
{
  size_t j;
  for (j = 0; j < b->n_tl; j++)
    if (b->tl[j] == k || bc__local_same_text(b, k, b->tl[j]) ||
        bc__local_cosine(&b->rank, k, b->tl[j]) > 0.5)
      return 1;
  return 0;
}

/* Whether the candidate before k is among out[0..n). */
static int follows_chosen(const size_t *out, size_t n, size_t k)
{
  size_t j;
  for (j = 0; k && j < n; j++)
    if (out[j] + 1 == k)
      return 1;
  return 0;
}

/* What choose leaves out besides: the tl;dr's sentences, the key
 * points. */
#define AVOID_TLDR 1
#define AVOID_POINTS 2

static size_t choose(const struct bc__local *b, size_t want, size_t filter_sec,
                     size_t *out, int avoid)
{
  size_t n = 0, pass, i, j, cap = want;
  /* Spread the picks over the sections (and the part before the first):
   * a brief that draws three points from one section misses the others.
   * The first pass keeps to a per-section share; the second fills up. */
  if (filter_sec == NONE && b->n_secs)
    cap = (want + b->n_secs) / (b->n_secs + 1);
  if (cap < 1)
    cap = 1;
  const size_t *list = b->order;
  size_t count = b->n;
  if (filter_sec != NONE) {
    if (!b->sec_first)
      return 0;
    list = b->by_sec + b->sec_first[filter_sec];
    count = b->sec_first[filter_sec + 1] - b->sec_first[filter_sec];
  }
  /* A brief of five points or more tours the piece, and a point that
   * adds to an earlier sentence ("The host club was also fined") reads
   * as a fragment of it; a short brief keeps one only right after the
   * sentence it adds to, which it reads on from. */
  int tour = b->plan->key_points >= 5;
  for (pass = 0; pass < 3 && n < want; pass++)
    for (i = 0; i < count && n < want; i++) {
      size_t k = list[i], same = 0;
      int dup = 0;
      if (pass < 2 && (b->rank.words[k] < 5 || b->rank.words[k] > 60))
        continue;
      /* Never a sentence too long to read as one point; a sentence that
       * does not stand alone only when nothing else is left. */
      /* (a key point that opens on "he" says the name instead) */
      if (b->rank.words[k] > 80 ||
          (((!b->c[k].lone && (filter_sec != NONE || b->c[k].who == NONE)) ||

            ((tour || !follows_chosen(out, n, k)) &&
             bc__local_adds_also(b->doc->text + b->c[k].span.start,
                                 b->c[k].span.end - b->c[k].span.start))) &&
           (pass < 2 || n)))
        continue;
      if ((avoid & AVOID_TLDR) && bc__local_repeats_tldr(b, k))
        continue;
      if (avoid & AVOID_POINTS) {
        for (j = 0; j < b->n_kp && b->kp[j] != k; j++)
          ;
        if (j < b->n_kp)
          continue;
      }
      /* "It ..." opening a point leans on the sentence before it: such a
       * point is taken only when the others ran out */
      if (pass < 2 && !strncmp(b->doc->text + b->c[k].span.start, "It ", 3) &&
          !bc__local_placeholder_it(b->doc->text + b->c[k].span.start,
                                    b->c[k].span.end - b->c[k].span.start))
        continue;
      for (j = 0; j < n && !dup; j++) {
        /* The last pass lets similar sentences in, but never the same
         * words again: a page that repeats a paragraph would otherwise
         * list one sentence several times. */
        dup = out[j] == k || bc__local_same_text(b, k, out[j]) ||
              (pass < 2 && bc__local_cosine(&b->rank, k, out[j]) > 0.5);
        same += b->c[out[j]].section == b->c[k].section;
      }
      if (!dup && pass == 0 && same >= cap)
        continue;
      if (!dup)
        out[n++] = k;
    }
  qsort(out, n, sizeof *out, bc__local_cmp_size);
  return n;
}

/* The key points (filter_sec NONE) leave out what the tl;dr already says,
 * unless nothing else is left.  A short brief (fewer than five points)
 * keeps them: its three points are the digest read on its own, and the
 * most central sentence belongs in it. */
size_t bc__local_choose(const struct bc__local *b, size_t want,
                        size_t filter_sec, size_t *out)
{
  size_t n;
  if (filter_sec != NONE || !b->n_tl || b->plan->key_points < 5)
    return choose(b, want, filter_sec, out, 0);
  n = choose(b, want, filter_sec, out, AVOID_TLDR);
  return n ? n : choose(b, want, filter_sec, out, 0);
}

size_t bc__local_choose_except(const struct bc__local *b, size_t want,
                               size_t sec, size_t *out)
{
  return choose(b, want, sec, out, AVOID_POINTS | AVOID_TLDR);
}
