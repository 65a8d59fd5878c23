/* local.h - internals of the local (extractive) provider, shared by its
 * files: local.c (the provider and the order of the work), local_rank.c
 * (sentence centrality on a similarity graph), local_select.c (structure,
 * candidates, scores, choice), local_phrase.c (sentences shortened by whole
 * clauses, bullets), local_parts.c (key points, tl;dr, sections, glossary,
 * quotes), local_timeline.c and local_script.c (slides and narration).
 * Nothing outside src/summarize/ uses it. */
#ifndef BC_SUMMARIZE_LOCAL_H
#define BC_SUMMARIZE_LOCAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "briefcast/limits.h"
#include "briefcast/doc.h"
#include "briefcast/error.h"
#include "briefcast/facts.h"
#include "briefcast/summary.h"
#include "util/alloc.h"

/* Graph ranking is exact (all pairs) up to this many sentences; above it the
 * score is similarity to the document's centroid, which is linear. */
#define BC__LOCAL_GRAPH_MAX 1500
#define BC__LOCAL_DAMPING 0.85
#define BC__LOCAL_ITERATIONS 50

/* Sentence ranking over n sentences of text.  Vectors are unit-length
 * tf-idf over stemmed content words, stored as sorted term ids. */
struct bc__rank {
  size_t n;
  double *centrality; /* graph score, mean 1.0 */
  double *title_sim;  /* cosine with the title (0 when no title) */
  double *head_sim;   /* cosine with the sentence's own heading */
  size_t *words;      /* words in each sentence (all words, not just terms) */
  size_t *vstart;     /* n + 1 offsets into term/weight */
  unsigned *term;
  double *weight;
};

/* Rank spans[0..n) of text.  heads[i] is the span of sentence i's heading
 * ({0,0} for none); title may be NULL.  Errors: BC_ERR_NOMEM. */
bc_status bc__local_rank(const char *text, const struct bc_span *spans,
                         const struct bc_span *heads, size_t n,
                         const char *title, struct bc__rank *out,
                         struct bc_error *err);

/* Cosine similarity of sentences i and j, in [0, 1]. */
double bc__local_cosine(const struct bc__rank *r, size_t i, size_t j);

void bc__local_rank_release(struct bc__rank *r);

/* ---- the summarizer's working state ---- */

#define NONE SIZE_MAX /* no index */

/* How much of each part a --length asks for. */
struct bc__local_plan {
  size_t key_points;
  size_t tldr_sentences;
  size_t timeline;
  size_t quotes;
  size_t section_slides;
  size_t slide_bullets; /* per section slide */
  size_t section_sentences;
};

#define SLIDE_BULLETS_MAX BC_MAX_SLIDE_BULLETS
/* The lead cue: sentence i of the first LEAD_SENTENCES gets LEAD_BONUS
 * (1 - i / LEAD_SENTENCES)^2, or LEAD_BONUS_SHORT in place of LEAD_BONUS in
 * a text of fewer than LEAD_SHORT_TEXT sentences: a news story states its
 * point first, a long essay opens with its hook (tuned on the FRANK CNN/DM
 * "valid" split, tests/bench/bench_rouge.py). */
#define LEAD_SENTENCES 10
#define LEAD_BONUS 0.8
#define LEAD_BONUS_SHORT 4.0
#define LEAD_SHORT_TEXT 60 /* bullets on one slide */

/* A candidate sentence: body text, not a heading or code. */
struct bc__local_cand {
  struct bc_span span; /* trimmed */
  size_t section;      /* index into the section list, or NONE */
  int para_first;      /* first sentence of its block */
  int quote_block;     /* inside a block quote */
  int quoted;          /* someone else's words: it opens inside a quotation
                          or is one without a speaker named beside it */
  size_t facts;        /* dates, numbers, acronyms inside */
  int lone;            /* reads on its own: no dangling opener, pronoun
                          subject, question or talk about the text */
  double cue;          /* the author says this is the point: "in short",
                          "the lesson", "tl;dr" (0 when not) */
  size_t block;        /* the block it lies in, or NONE */
  double topic;        /* how often the piece names the best-known name
                          this sentence names, over the most named one's
                          count (0..1; 0 when no name is said thrice) */
  size_t ref;          /* bytes of an opening subject that stands for a
                          person named before ("He", "The 23-year-old"),
                          or 0 (local_news.c) */
  size_t who;          /* that person's name in the fact sheet, or NONE */
  double score;
};

struct bc__local_sec {
  size_t block; /* the heading block */
  struct bc_span span;
};

struct bc__local {
  const struct bc_doc *doc;
  const struct bc_facts *facts;
  const struct bc__local_plan *plan;
  struct bc__local_cand *c;
  size_t n;
  struct bc__local_sec *secs;
  size_t n_secs;
  struct bc__rank rank;
  size_t *order; /* candidates by score, best first */
  /* The same order grouped by section: by_sec[sec_first[s] ..
   * sec_first[s + 1]) are section s's candidates, best first; so work per
   * section costs its own sentences, not the document's. */
  size_t *by_sec;
  size_t *sec_first;
  size_t *kp; /* chosen key points (candidate indices, source order) */
  size_t n_kp;
  size_t kp_off; /* 1 when key_points[0] names a list piece's items (no
                    candidate of its own): kp[i] is key_points[kp_off + i] */
  size_t *tl;    /* tl;dr sentences */
  size_t n_tl;
  const char *title;
  int title_made;    /* the text has no title of its own: title was made from
                        its sentences (or by the ingest stage) */
  size_t title_cand; /* the candidate a made title was shortened from, or
                        NONE */
  size_t title_skip; /* bytes of title_cand's opening connective ("But ")
                        the title left out, or 0 */
  size_t body_end;   /* where the piece's body ends: the end of its last
                        candidate sentence (comments, Q&A, notes excluded) */
  int news;          /* shaped like a news story (local_news.c) */
  int lead_strong;   /* the opening takes the strong lead cue: a news
                        story, or a short text not shaped like an essay */
  struct bc_summary *s;
};

/* ---- small helpers ---- */

/* How far the graph's scores are trusted: in a short note the graph has
 * few edges and its scores are noise around 1, so they count in
 * proportion to the sentences behind them (full from forty on). */
static inline double bc__local_trust(const struct bc__local *b)
{
  return b->n >= 40 ? 1.0 : (double)b->n / 40;
}

/* The lead cue of candidate i: strong selects the strong bonus where the
 * text takes one (b->lead_strong).  Where it does not (an essay, a long
 * post), the mild cue is damped as the graph is in a short text, or an
 * essay's opening anecdote outweighs what the graph finds central. */
static inline double bc__local_lead(const struct bc__local *b, size_t i,
                                    int strong)
{
  double x;
  if (i >= LEAD_SENTENCES)
    return 0;
  x = 1 - (double)i / LEAD_SENTENCES;
  if (strong && b->lead_strong)
    return LEAD_BONUS_SHORT * x * x;
  return LEAD_BONUS * x * x * (b->lead_strong ? 1.0 : bc__local_trust(b));
}

static inline int bc__local_is_space(char c)
{
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

static inline struct bc_span bc__local_trim(const char *text, struct bc_span sp)
{
  while (sp.start < sp.end && bc__local_is_space(text[sp.start]))
    sp.start++;
  while (sp.end > sp.start && bc__local_is_space(text[sp.end - 1]))
    sp.end--;
  return sp;
}

static inline char *bc__local_span_dup(const struct bc_doc *doc,
                                       struct bc_span sp)
{
  return bc__strndup(doc->text + sp.start, sp.end - sp.start);
}

static inline char *bc__local_str_or_empty(const char *s)
{
  return bc__strdup(s ? s : "");
}

static inline int bc__local_cmp_size(const void *a, const void *b)
{
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

/* s[0..n) holds w, case ignored. */
static inline int bc__local_holds(const char *s, size_t n, const char *w)
{
  size_t k = strlen(w), i;
  char c0 = w[0] >= 'A' && w[0] <= 'Z' ? (char)(w[0] + 32) : w[0];
  /* a first-byte test before each comparison: this runs for every
   * sentence against every cue */
  for (i = 0; i + k <= n; i++) {
    char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
    if (c == c0 && strncasecmp(s + i, w, k) == 0)
      return 1;
  }
  return 0;
}

/* s[0..n) holds one of the words of the NULL-ended list ws, case
 * ignored. */
static inline int bc__local_holds_any(const char *s, size_t n,
                                      const char *const *ws)
{
  for (; *ws; ws++)
    if (bc__local_holds(s, n, *ws))
      return 1;
  return 0;
}

/* Index of the block holding byte at, or NONE. */
size_t bc__local_block_at(const struct bc_doc *doc, size_t at);
/* Index of the span of spans[0..n) (sorted, disjoint, stride bytes apart)
 * holding at, or NONE. */
size_t bc__local_span_at(const struct bc_span *spans, size_t n, size_t stride,
                         size_t at);
/* Index of the candidate holding byte at, or NONE. */
size_t bc__local_cand_at(const struct bc__local *b, size_t at);
size_t bc__local_count_words(const char *s, size_t n);

/* ---- local_select.c ---- */

bc_status bc__local_find_sections(struct bc__local *b);
bc_status bc__local_find_candidates(struct bc__local *b);
/* Rank and score the candidates; title (NULL for none) is what the
 * title cue compares with. */
bc_status bc__local_score(struct bc__local *b, const char *title,
                          struct bc_error *err);
int bc__local_same_text(const struct bc__local *b, size_t a, size_t c);
/* Whether s[0..n) (a sentence of words words) reads on its own. */
int bc__local_stands_alone(const char *s, size_t n, size_t words);
/* Whether s[0..n) opens with an "it" that stands for what follows, the
 * passive of a verb of saying or thinking ("It is understood that ...",
 * "It was reported ..."), not for something said before. */
int bc__local_placeholder_it(const char *s, size_t n);
/* Whether s[0..n) says its definite subject does something "also" ("The
 * film also stars ..."): it adds to the sentence before. */
int bc__local_adds_also(const char *s, size_t n);
/* Whether s[0..n) opens with an adverb and a pronoun subject ("Increasingly
 * it is used"): no headline, though a key point may be. */
int bc__local_adverb_pronoun(const char *s, size_t n);
/* Whether s[0..n) describes a state ("X is the ...", "Y has some of
 * the ...") rather than reporting an event: background, no headline. */
int bc__local_states(const char *s, size_t n);
/* How strongly s[0..n) is marked as the piece's point ("The tl;dr is",
 * "In short,", "The lesson is that"): 0 none, up to 1. */
double bc__local_thesis_cue(const char *s, size_t n);
size_t bc__local_choose(const struct bc__local *b, size_t want,
                        size_t filter_sec, size_t *out);
/* Like bc__local_choose for section sec, leaving out the key points and
 * the tl;dr's sentences. */
size_t bc__local_choose_except(const struct bc__local *b, size_t want,
                               size_t sec, size_t *out);
/* Whether candidate k says the tl;dr again: one of its sentences, the
 * same words, or mostly its words. */
int bc__local_repeats_tldr(const struct bc__local *b, size_t k);

/* Whether candidate k speaks in the first person outside any quotation
 * marks ("I think", "our team"), naming no speaker. */
int bc__local_first_person(const struct bc__local *b, size_t k);

/* ---- local_news.c ---- */

/* Set b->news, whether the text is shaped like a news story (a dateline,
 * reported speech in the third person, short paragraphs) rather than an
 * essay or a post, and b->lead_strong: a news story takes the strong lead
 * cue at any length, an essay never, another text when it is short. */
void bc__local_news(struct bc__local *b);
/* Whether s[0..n) reports what someone said ("said", "told",
 * "according to"). */
int bc__local_speech(const char *s, size_t n);
/* Whether s[0..n) is a wire's or a paper's name in parentheses, as a
 * block of its own ("(CNN)", "(The Hollywood Reporter)"): a dateline. */
int bc__local_wire(const char *s, size_t n);
/* Whether s[0..n) reports an outcome ("died", "was fined", "freed",
 * "signed into law", "won"): what a news story reports happened. */
int bc__local_outcome(const char *s, size_t n);
/* Whether s[0..n) opens on a time before the story's ("In 2009",
 * "Last May,", "Previously"): background, not the news. */
int bc__local_background(const char *s, size_t n);
/* The length of an opening subject of s[0..n) that stands for a person
 * named before ("He", "She", "The 23-year-old", "The father-of-four"
 * before its verb or a comma), or 0. */
size_t bc__local_referent_opener(const char *s, size_t n);
/* Whether a headline's words s[0..n) lean on a sentence before them:
 * a pronoun or demonstrative subject ("It", "This area", "The move"), or
 * "this"/"these" of something not a time ("this is a reality"). */
int bc__local_leans_back(const char *s, size_t n);
/* Set each candidate's ref and who: the person an opening referent
 * stands for, when the sentences just before name one and no other. */
void bc__local_referents(struct bc__local *b);
/* rest, the words of candidate k after its opening referent, with the
 * name of the person it stands for before them: "Andreas Werner pleaded
 * guilty" for "The father-of-four pleaded guilty".  New string; NULL on
 * out-of-memory. */
char *bc__local_named(const struct bc__local *b, size_t k, const char *rest);
/* Where candidate k's words begin once its opening referent gives way to
 * a name: after the referent and the space behind it, or at its start
 * when it has none. */
size_t bc__local_after_referent(const struct bc__local *b, size_t k);
/* The slide bullet of candidate k (local_phrase.c), with the name its
 * opening referent stands for in its place.  NULL on out-of-memory. */
char *bc__local_named_bullet(const struct bc__local *b, size_t k);

/* ---- local_marks.c ---- */

/* Pair the straight quotation marks of the candidates over the whole text
 * (a mark between a stop and a capital may close, open or reopen a
 * quotation that ran over paragraphs a scrape joined), mark each
 * candidate that opens or ends inside a quotation as quoted, and move a
 * mark that belongs to the sentence next to it out of the span. */
void bc__local_pair_marks(struct bc__local *b);

/* ---- local_topic.c ---- */

/* Fill each candidate's topic from the fact sheet's names, counted over
 * the body; on out-of-memory every topic stays 0. */
void bc__local_topic(struct bc__local *b);

/* ---- local_phrase.c ---- */

/* A sentence, or what is left of it once clauses are left out: its pieces
 * in source order, each a trimmed span of the text (the evidence of a key
 * point made of it), and how many words they hold. */
#define BC__LOCAL_PIECES 25
struct bc__local_phrase {
  struct bc_span piece[BC__LOCAL_PIECES];
  size_t n;
  size_t words;
};

/* A slide bullet has at most this many words when its sentence can be
 * shortened that far; a key point at most BC__LOCAL_POINT_WORDS. */
#define BC__LOCAL_BULLET_WORDS 20
#define BC__LOCAL_POINT_WORDS 32

/* Shorten the sentence sp of text towards max_words words by leaving out
 * whole runs that state no fact: an opening "But"/"However," before a
 * capital always, then parentheses, dash asides and clauses after a comma
 * ("which", "because", "according to" ...), longest first, and last a
 * second main clause at the end (", and ...", "; ...", ": ..."), while they
 * leave five words or more.  A run holding a fact (a date, number or
 * ordinal of the fact sheet, a capitalized name, a quotation) is kept.  A
 * text without a final stop (a heading, a list fragment) stays whole.  p may
 * hold more than max_words words. */
void bc__local_shorten(const struct bc__local *b, struct bc_span sp,
                       size_t max_words, struct bc__local_phrase *p);
/* The same for a title: runs that hold facts may be left out too (the
 * brief states them elsewhere), so a sentence can become a headline. */
void bc__local_headline(const struct bc__local *b, struct bc_span sp,
                        size_t max_words, struct bc__local_phrase *p);
/* The same for a news story's first sentence, which keeps a clause that
 * says why ("... after the crash"). */
void bc__local_lead_headline(const struct bc__local *b, struct bc_span sp,
                             size_t max_words, struct bc__local_phrase *p);
/* The text of p: its pieces joined by a space, or by nothing before
 * punctuation.  New string; NULL on out-of-memory. */
char *bc__local_phrase_text(const char *text, const struct bc__local_phrase *p);

/* The length of a dateline opening text[s, e) ("VIENNA — ", "YPSILANTI,
 * Mich. — ", a bare "— "), with the space after its dash; 0 when none. */
size_t bc__local_dateline(const char *text, size_t s, size_t e);

char *bc__local_bullet(const struct bc__local *b, struct bc_span sp);
char *bc__local_join(const struct bc__local *b, const size_t *idx, size_t n);

/* ---- the parts ---- */

bc_status bc__local_build_key_points(struct bc__local *b);
bc_status bc__local_build_tldr(struct bc__local *b);
bc_status bc__local_build_sections(struct bc__local *b);
bc_status bc__local_build_glossary(struct bc__local *b);
bc_status bc__local_build_quotes(struct bc__local *b);
/* The speaker the text next to the quotation at sp names plainly, or NULL
 * (local_quote.c); prev_who spoke the quotation ending at prev_end. */
char *bc__local_quote_speaker(const struct bc_doc *doc, struct bc_span sp,
                              const char *prev_who, size_t prev_end);
/* Nonzero when the speaker a fact sheet gives a quotation is written next
 * to it as a descriptor after an article ("the 66-year-old Frenchman
 * added"), not as a name. */
int bc__local_quote_descriptor(const struct bc_doc *doc, struct bc_span sp,
                               const char *who);
bc_status bc__local_build_timeline(struct bc__local *b);
bc_status bc__local_build_slides(struct bc__local *b);
bc_status bc__local_build_narration(struct bc__local *b);

#endif
