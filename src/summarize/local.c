/* local.c - the embedded "local" provider: an offline, deterministic,
 * extractive summarizer.  Sentences are ranked on a similarity graph
 * (local_rank.c) with title, heading and position cues; structure (sections,
 * timeline, glossary, quotes) comes from the document's blocks and the fact
 * sheet.  Every piece of source text is copied verbatim, never rephrased:
 * the only words it writes itself are the fixed phrases of the narration. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "briefcast/provider.h"
#include "summarize/local.h"
#include "summarize/provider_ops.h"
#include "util/alloc.h"

#define NONE SIZE_MAX

/* How much of each part a --length asks for. */
struct plan {
  size_t key_points;
  size_t tldr_sentences;
  size_t timeline;
  size_t quotes;
  size_t section_slides;
  size_t slide_bullets; /* per section slide */
  size_t section_sentences;
};

static const struct plan plans[] = {
    /* short  */ {3, 1, 8, 2, 3, 3, 1},
    /* medium */ {5, 2, 16, 4, 6, 3, 1},
    /* long   */ {7, 2, 40, 8, 10, 4, 2},
};

#define BULLET_WORDS 14 /* a slide bullet longer than this is cut */
#define CLAUSE_MIN 7    /* words a clause needs to be cut there */

/* The lead cue: the first LEAD_SENTENCES sentences get up to LEAD_BONUS
 * (tuned on the FRANK CNN/DM "valid" split, tests/bench/bench_rouge.py). */
#define LEAD_SENTENCES 8
#define LEAD_BONUS 0.8
#define SLIDE_BULLETS_MAX 6

/* A candidate sentence: body text, not a heading or code. */
struct cand {
  struct bc_span span; /* trimmed */
  size_t section;      /* index into the section list, or NONE */
  int para_first;      /* first sentence of its block */
  int quote_block;     /* inside a block quote */
  size_t facts;        /* dates, numbers, acronyms inside */
  double score;
};

struct secinfo {
  size_t block; /* the heading block */
  struct bc_span span;
};

struct local_state {
  struct bc_usage usage;
};

struct build {
  const struct bc_doc *doc;
  const struct bc_facts *facts;
  const struct plan *plan;
  struct cand *c;
  size_t n;
  struct secinfo *secs;
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
  size_t *tl; /* tl;dr sentences */
  size_t n_tl;
  const char *title;
  struct bc_summary *s;
};

/* ---- small helpers ------------------------------------------------------ */

static int is_space(char c)
{
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

static struct bc_span trim(const char *text, struct bc_span sp)
{
  while (sp.start < sp.end && is_space(text[sp.start]))
    sp.start++;
  while (sp.end > sp.start && is_space(text[sp.end - 1]))
    sp.end--;
  return sp;
}

static char *span_dup(const struct bc_doc *doc, struct bc_span sp)
{
  return bc_strndup(doc->text + sp.start, sp.end - sp.start);
}

static char *str_or_empty(const char *s)
{
  return bc_strdup(s ? s : "");
}

/* Index of the block containing byte at, or NONE (blocks are in order). */
static size_t block_at(const struct bc_doc *doc, size_t at)
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
static size_t span_at(const struct bc_span *spans, size_t n, size_t stride,
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

static size_t cand_at(const struct build *b, size_t at)
{
  return span_at(&b->c[0].span, b->n, sizeof(struct cand), at);
}

static int starts_with_word(const char *s, size_t n, const char *w)
{
  size_t k = strlen(w);
  return n > k && memcmp(s, w, k) == 0 && (s[k] == ' ' || s[k] == ',');
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

static int cmp_size(const void *a, const void *b)
{
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

/* ---- document structure ------------------------------------------------- */

/* Sections are the headings of the shallowest level in use, not counting a
 * leading level-1 heading that is the document's own title. */
static bc_status find_sections(struct build *b)
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
  for (i = first; i < doc->n_blocks; i++)
    if (doc->blocks[i].kind == BC_BLOCK_HEADING &&
        doc->blocks[i].level == level)
      b->n_secs++;
  b->secs = bc_calloc(b->n_secs, sizeof *b->secs);
  if (!b->secs)
    return BC_ERR_NOMEM;
  for (i = first; i < doc->n_blocks; i++) {
    if (doc->blocks[i].kind != BC_BLOCK_HEADING ||
        doc->blocks[i].level != level)
      continue;
    b->secs[k].block = i;
    b->secs[k].span.start = doc->blocks[i].span.start;
    if (k)
      b->secs[k - 1].span.end = doc->blocks[i].span.start;
    k++;
  }
  b->secs[k - 1].span.end = doc->text_len;
  for (k = 0; k < b->n_secs; k++)
    b->secs[k].span = trim(doc->text, b->secs[k].span);
  return BC_OK;
}

static size_t section_at(const struct build *b, size_t at)
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

/* Candidates: the fact sheet's sentences outside headings, code and
 * footnotes. */
static bc_status find_candidates(struct build *b)
{
  const struct bc_doc *doc = b->doc;
  const struct bc_facts *f = b->facts;
  size_t i, prev_block = NONE;
  b->c = bc_calloc(f->n_sentences ? f->n_sentences : 1, sizeof *b->c);
  if (!b->c)
    return BC_ERR_NOMEM;
  for (i = 0; i < f->n_sentences; i++) {
    struct bc_span sp = f->sentences[i];
    size_t blk;
    if (sp.end > doc->text_len || sp.start >= sp.end)
      continue;
    sp = trim(doc->text, sp);
    if (sp.start >= sp.end)
      continue;
    if (b->n && sp.start < b->c[b->n - 1].span.end)
      continue; /* overlapping or out of order: keep the first */
    blk = block_at(doc, sp.start);
    if (blk != NONE && (doc->blocks[blk].kind == BC_BLOCK_HEADING ||
                        doc->blocks[blk].kind == BC_BLOCK_CODE))
      continue;
    if (blk != NONE ? note_label(doc->text + doc->blocks[blk].span.start,
                                 doc->blocks[blk].span.end -
                                     doc->blocks[blk].span.start)
                    : note_label(doc->text + sp.start, sp.end - sp.start))
      continue;
    b->c[b->n].span = sp;
    b->c[b->n].section = section_at(b, sp.start);
    b->c[b->n].para_first = blk == NONE || blk != prev_block;
    b->c[b->n].quote_block =
        blk != NONE && doc->blocks[blk].kind == BC_BLOCK_QUOTE;
    prev_block = blk;
    b->n++;
  }
  /* Sentences that carry facts inform more; count them. */
  for (i = 0; i < f->n_dates; i++) {
    size_t k = cand_at(b, f->dates[i].span.start);
    if (k != NONE)
      b->c[k].facts++;
  }
  for (i = 0; i < f->n_numbers; i++) {
    size_t k = cand_at(b, f->numbers[i].span.start);
    if (k != NONE)
      b->c[k].facts++;
  }
  for (i = 0; i < f->n_acronyms; i++) {
    size_t k = cand_at(b, f->acronyms[i].span.start);
    if (k != NONE)
      b->c[k].facts++;
  }
  return BC_OK;
}

/* ---- scoring and choosing ------------------------------------------------ */

/* Fill by_sec and sec_first from order (a counting sort, stable). */
static bc_status group_by_section(struct build *b)
{
  size_t i, *next;
  b->sec_first = bc_calloc(b->n_secs + 1, sizeof *b->sec_first);
  b->by_sec = bc_calloc(b->n ? b->n : 1, sizeof *b->by_sec);
  next = bc_calloc(b->n_secs + 1, sizeof *next);
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

static bc_status score(struct build *b, struct bc_error *err)
{
  struct bc_span *spans = NULL, *heads = NULL;
  struct ranked *r = NULL;
  size_t i;
  bc_status rc = BC_ERR_NOMEM;
  spans = bc_calloc(b->n ? b->n : 1, sizeof *spans);
  heads = bc_calloc(b->n ? b->n : 1, sizeof *heads);
  r = bc_calloc(b->n ? b->n : 1, sizeof *r);
  b->order = bc_calloc(b->n ? b->n : 1, sizeof *b->order);
  if (!spans || !heads || !r || !b->order)
    goto out;
  for (i = 0; i < b->n; i++) {
    spans[i] = b->c[i].span;
    if (b->c[i].section != NONE)
      heads[i] = b->doc->blocks[b->secs[b->c[i].section].block].span;
  }
  rc =
      bc__local_rank(b->doc->text, spans, heads, b->n, b->title, &b->rank, err);
  if (rc)
    goto out;
  for (i = 0; i < b->n; i++) {
    const struct cand *c = &b->c[i];
    const char *s = b->doc->text + c->span.start;
    size_t len = c->span.end - c->span.start, words = b->rank.words[i];
    /* In a short note the graph has few edges and its scores are noise
     * around 1; trust it in proportion to the sentences behind it. */
    double trust = b->n >= 40 ? 1.0 : (double)b->n / 40;
    /* Cosine favours short sentences: "The platform turns ten this year."
     * matches a title as well as the sentence that explains it.  Damp the
     * title and heading cues below a dozen words. */
    double cue = words >= 12 ? 1.0 : (double)words / 12;
    double v =
        (1 + (b->rank.centrality[i] - 1) * trust) *
        (1 + cue * (1.2 * b->rank.title_sim[i] + 0.4 * b->rank.head_sim[i]));
    /* Position: the opening of an essay states its point more often than
     * any other part; so does the first sentence of a paragraph. */
    if (i < LEAD_SENTENCES)
      v += LEAD_BONUS * (1 - (double)i / LEAD_SENTENCES);
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
    if (leans_back(s, len))
      v *= 0.6;
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
static int same_text(const struct build *b, size_t a, size_t c)
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
static size_t choose(const struct build *b, size_t want, size_t filter_sec,
                     size_t *out)
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
  for (pass = 0; pass < 3 && n < want; pass++)
    for (i = 0; i < count && n < want; i++) {
      size_t k = list[i], same = 0;
      int dup = 0;
      if (pass < 2 && (b->rank.words[k] < 5 || b->rank.words[k] > 60))
        continue;
      for (j = 0; j < n && !dup; j++) {
        /* The last pass lets similar sentences in, but never the same
         * words again: a page that repeats a paragraph would otherwise
         * list one sentence several times. */
        dup = out[j] == k || same_text(b, k, out[j]) ||
              (pass < 2 && bc__local_cosine(&b->rank, k, out[j]) > 0.5);
        same += b->c[out[j]].section == b->c[k].section;
      }
      if (!dup && pass == 0 && same >= cap)
        continue;
      if (!dup)
        out[n++] = k;
    }
  qsort(out, n, sizeof *out, cmp_size);
  return n;
}

/* ---- text building ------------------------------------------------------- */

/* A slide bullet: the sentence itself when short, else its longest clause
 * prefix (cut at , ; : or a dash) within BULLET_WORDS words, else its first
 * BULLET_WORDS words, marked with an ellipsis.  A cut never separates a
 * number from the word after it ("4.5 days"), so no figure loses its unit. */
/* A hard cut should not end on "a", "the", "of"...: back off over such
 * words, keeping at least four words. */
static size_t drop_dangling(const char *text, size_t start, size_t end)
{
  static const char *const small[] = {
      "a",    "an",   "and",  "as",    "at",  "by",   "every", "for",
      "from", "in",   "into", "of",    "on",  "or",   "that",  "the",
      "to",   "with", "was",  "were",  "is",  "are",  "its",   "their",
      "our",  "his",  "her",  "which", "who", "than", "then",  "but"};
  size_t words = 0, i;
  for (i = start; i < end; i++)
    if (text[i] == ' ')
      words++;
  while (words >= 4) {
    size_t w = end, k;
    int hit = 0;
    while (w > start && text[w - 1] != ' ')
      w--;
    for (k = 0; k < sizeof small / sizeof small[0] && !hit; k++)
      hit = strlen(small[k]) == end - w &&
            strncmp(text + w, small[k], end - w) == 0;
    if (!hit || w <= start + 1)
      break;
    end = w - 1;
    words--;
  }
  return end;
}

/* w[0..n) is one of the words, ignoring case and a trailing , ; : or . */
static int word_in(const char *w, size_t n, const char *const *list)
{
  size_t k;
  while (n && (w[n - 1] == ',' || w[n - 1] == ';' || w[n - 1] == ':' ||
               w[n - 1] == '.'))
    n--;
  for (k = 0; list[k]; k++)
    if (strlen(list[k]) == n && strncasecmp(w, list[k], n) == 0)
      return 1;
  return 0;
}

/* Units of time, and the words after one that turn a duration into a point
 * in time or an age: "two years later" cut to "two years..." reads as a
 * duration, which the checker then compares with the wrong figure. */
static const char *const time_units[] = {
    "year",   "years",   "month",   "months",    "week",   "weeks",
    "day",    "days",    "hour",    "hours",     "minute", "minutes",
    "decade", "decades", "century", "centuries", NULL};
static const char *const time_after[] = {
    "later", "earlier", "ago", "old", "afterwards", "afterward", NULL};

static char *bullet(const char *text, struct bc_span sp)
{
  size_t i = sp.start, words = 0, clause = 0, hard = 0;
  struct bc_buf out = BC_BUF_INIT(BC_MAX_LINE_BYTES);
  int prev_digit = 0, prev_unit = 0, open = 1;
  while (i < sp.end) {
    size_t s;
    int digit = 0;
    while (i < sp.end && text[i] == ' ')
      i++;
    s = i;
    while (i < sp.end && text[i] != ' ') {
      if (text[i] >= '0' && text[i] <= '9')
        digit = 1;
      i++;
    }
    if (i == s)
      break;
    words++;
    if (words <= BULLET_WORDS) {
      char last = text[i - 1];
      /* A clause of fewer than CLAUSE_MIN words ("When it broke,") says
       * too little to stand as a bullet. */
      if (words >= CLAUSE_MIN && (last == ',' || last == ';' || last == ':'))
        clause = i - 1;
      /* " - " or an em/en dash after the word */
      if (words >= CLAUSE_MIN && i + 2 < sp.end &&
          (text[i + 1] == '-' || (unsigned char)text[i + 1] == 0xe2) &&
          (text[i + 2] == ' ' || (unsigned char)text[i + 1] == 0xe2))
        clause = i;
      hard = i;
      prev_digit = digit;
      prev_unit = word_in(text + s, i - s, time_units);
    } else if (open && prev_digit) {
      hard = i; /* keep the word after a figure: its unit */
      prev_digit = 0;
      prev_unit = word_in(text + s, i - s, time_units);
    } else if (open && prev_unit && word_in(text + s, i - s, time_after)) {
      hard = i; /* and "later" / "ago" / "old" after a unit of time */
      open = 0;
    } else {
      open = 0;
    }
  }
  /* A sentence that ends on the kept unit or "later" is whole: no cut. */
  if (words <= BULLET_WORDS || hard == sp.end) {
    bc_buf_add(&out, text + sp.start, sp.end - sp.start);
  } else {
    size_t end = clause ? clause : hard;
    if (!clause)
      end = drop_dangling(text, sp.start, end);
    while (end > sp.start && (text[end - 1] == ',' || text[end - 1] == ';' ||
                              text[end - 1] == ':' || text[end - 1] == ' '))
      end--;
    bc_buf_add(&out, text + sp.start, end - sp.start);
    bc_buf_adds(&out, "\xe2\x80\xa6");
  }
  return bc_buf_take(&out, NULL);
}

/* The sentences idx[0..n) joined by spaces, verbatim. */
static char *join(const struct build *b, const size_t *idx, size_t n)
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

/* ---- the parts of the summary ------------------------------------------- */

static bc_status build_key_points(struct build *b)
{
  struct bc_summary *s = b->s;
  size_t i;
  b->kp = bc_calloc(b->plan->key_points, sizeof *b->kp);
  if (!b->kp)
    return BC_ERR_NOMEM;
  b->n_kp = choose(b, b->plan->key_points, NONE, b->kp);
  if (!b->n_kp)
    return BC_OK;
  s->key_points = bc_calloc(b->n_kp, sizeof *s->key_points);
  if (!s->key_points)
    return BC_ERR_NOMEM;
  s->n_key_points = b->n_kp;
  for (i = 0; i < b->n_kp; i++) {
    struct bc_key_point *k = &s->key_points[i];
    struct bc_span sp = b->c[b->kp[i]].span;
    k->text = span_dup(b->doc, sp);
    k->evidence = bc_calloc(1, sizeof *k->evidence);
    if (!k->text || !k->evidence)
      return BC_ERR_NOMEM;
    k->n_evidence = 1;
    k->evidence[0].span = sp;
    k->evidence[0].quote = span_dup(b->doc, sp);
    if (!k->evidence[0].quote)
      return BC_ERR_NOMEM;
  }
  return BC_OK;
}

/* The tl;dr: the best sentence, and for medium and long a second one when
 * the first is short, in source order. */
static bc_status build_tldr(struct build *b)
{
  size_t want = b->plan->tldr_sentences, n;
  b->tl = bc_calloc(2, sizeof *b->tl);
  if (!b->tl)
    return BC_ERR_NOMEM;
  n = choose(b, 1, NONE, b->tl);
  if (n == 1 && want > 1 && b->rank.words[b->tl[0]] < 20) {
    size_t two[2];
    size_t m = choose(b, 2, NONE, two);
    if (m == 2 && b->rank.words[two[0]] + b->rank.words[two[1]] <= 45 &&
        (two[0] == b->tl[0] || two[1] == b->tl[0])) {
      b->tl[0] = two[0];
      b->tl[1] = two[1];
      n = 2;
    }
  }
  b->n_tl = n;
  b->s->tldr = join(b, b->tl, n);
  return b->s->tldr ? BC_OK : BC_ERR_NOMEM;
}

static bc_status build_sections(struct build *b)
{
  struct bc_summary *s = b->s;
  size_t *pick = NULL, i, n = 0;
  bc_status rc = BC_ERR_NOMEM;
  if (!b->n_secs)
    return BC_OK;
  pick = bc_calloc(b->plan->section_sentences, sizeof *pick);
  s->sections = bc_calloc(b->n_secs, sizeof *s->sections);
  if (!pick || !s->sections)
    goto out;
  for (i = 0; i < b->n_secs; i++) {
    struct bc_section *sec = &s->sections[n];
    size_t m = choose(b, b->plan->section_sentences, i, pick);
    if (!m)
      continue; /* a heading with no prose under it says nothing */
    s->n_sections = ++n;
    sec->heading = span_dup(b->doc, b->doc->blocks[b->secs[i].block].span);
    sec->summary = join(b, pick, m);
    sec->span = b->secs[i].span;
    if (!sec->heading || !sec->summary)
      goto out;
  }
  rc = BC_OK;
out:
  free(pick);
  return rc;
}

/* Timeline order: by the date's value where it has one.  Quarters sort at
 * their first month, seasons and half years at theirs, decades at their
 * first year, ranges at their start; a date said to lie at the end of its
 * period ("late 2015") sorts at that end, after "March 2015". */
struct tl_item {
  char key[16];
  const char *iso;
  const struct bc_date_fact *d; /* in facts->dates or facts->times */
  size_t sentence;              /* index into facts->sentences, or NONE */
  int coarse;                   /* a bare year or decade */
  double weight;
};

static void sort_key(const struct bc_date_fact *d, char key[16])
{
  static const char *const season_month[] = {"SP03", "SU06", "FA09",
                                             "WI12"};
  const char *iso = d->iso;
  size_t n = 0, k;
  while (iso[n] && iso[n] != '/' && n < 10)
    n++;
  memset(key, 0, 16);
  memcpy(key, iso, n);
  if (n == 7 && key[5] == 'Q') { /* 2018-Q3 -> 2018-07 */
    int q = key[6] - '0';
    if (q >= 1 && q <= 4) {
      key[5] = (char)('0' + (3 * q - 2) / 10);
      key[6] = (char)('0' + (3 * q - 2) % 10);
    }
  }
  if (n == 7 && key[5] == 'H') { /* 2018-H2 -> 2018-07 */
    key[5] = '0';
    key[6] = key[6] == '2' ? '7' : '1';
  }
  for (k = 0; n == 7 && k < 4; k++) /* 2018-SU -> 2018-06 */
    if (key[5] == season_month[k][0] && key[6] == season_month[k][1]) {
      key[5] = season_month[k][2];
      key[6] = season_month[k][3];
    }
  if (n == 5 && key[4] == 's') /* 2010s -> 2010 */
    key[4] = '\0';
  /* "late 2015", "the end of March": after every date within the period;
   * "mid-2015": in its middle */
  if (d->mod == BC_MOD_END || d->mod == BC_MOD_MID) {
    const char *tail = d->mod == BC_MOD_END ? "-12-31" : "-06-30";
    n = strlen(key);
    if (n == 4)
      memcpy(key + 4, tail, 7);
    else if (n == 7)
      memcpy(key + 7, d->mod == BC_MOD_END ? "-31" : "-15", 4);
  }
}

static int before(const struct tl_item *x, const struct tl_item *y)
{
  return x->d->span.start < y->d->span.start   ? -1
         : x->d->span.start > y->d->span.start ? 1
                                               : 0;
}

static int cmp_tl(const void *a, const void *b)
{
  const struct tl_item *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  if (c)
    return c;
  return before(x, y);
}

/* Groups equal values together, first mention first. */
static int cmp_iso(const void *a, const void *b)
{
  const struct tl_item *x = a, *y = b;
  int c = strcmp(x->iso, y->iso);
  if (c)
    return c;
  return before(x, y);
}

static int cmp_tl_weight(const void *a, const void *b)
{
  const struct tl_item *x = a, *y = b;
  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return before(x, y);
}

/* A date a timeline can place: written out, or worked out from the
 * document's date by plain arithmetic ("last year", "two weeks ago").
 * Never an amount or a recurrence of time, a time of day, "now" or
 * "recently", nor a value resting on a guess (the week of "Friday", the
 * year of a year-less date: a timeline must not state what the source
 * does not). */
static int timeline_date(const struct bc_date_fact *d)
{
  if (d->type != BC_TIMEX_DATE || !d->iso[0] || d->guessed)
    return 0;
  switch (d->kind) {
  case BC_DATE_DAY:
  case BC_DATE_MONTH:
  case BC_DATE_YEAR:
  case BC_DATE_QUARTER:
  case BC_DATE_DECADE:
  case BC_DATE_RANGE:
  case BC_DATE_SEASON:
  case BC_DATE_HALF: return 1;
  case BC_DATE_RELATIVE: {
    /* a calendar value: 1988, 1989-09, 1989-10-25, 1989-Q3 */
    size_t n = strlen(d->iso);
    return d->relative && d->iso[0] >= '0' && d->iso[0] <= '9' &&
           (n == 4 || (n == 7 && (d->iso[5] == 'Q' ||
                                  (d->iso[5] >= '0' && d->iso[5] <= '9'))) ||
            (n == 10 && d->iso[5] >= '0' && d->iso[5] <= '9'));
  }
  default: return 0;
  }
}

/* How many years (1000-2999, four digits standing alone) text[sp) holds. */
static size_t years_in(const char *text, struct bc_span sp)
{
  size_t i, n = 0;
  for (i = sp.start; i + 4 <= sp.end; i++) {
    if ((i > sp.start && text[i - 1] >= '0' && text[i - 1] <= '9') ||
        (i + 4 < sp.end && text[i + 4] >= '0' && text[i + 4] <= '9'))
      continue;
    if ((text[i] == '1' || text[i] == '2') && text[i + 1] >= '0' &&
        text[i + 1] <= '9' && text[i + 2] >= '0' && text[i + 2] <= '9' &&
        text[i + 3] >= '0' && text[i + 3] <= '9')
      n++;
  }
  return n;
}

static int has_year(const char *text, struct bc_span sp, const char *year)
{
  size_t i;
  for (i = sp.start; i + 4 <= sp.end; i++)
    if (memcmp(text + i, year, 4) == 0 &&
        !(i > sp.start && text[i - 1] >= '0' && text[i - 1] <= '9') &&
        !(i + 4 < sp.end && text[i + 4] >= '0' && text[i + 4] <= '9'))
      return 1;
  return 0;
}

/* A date written without its year ("06/14") whose resolved year appears
 * nowhere in a sentence that does name years ("On 06/14 of that year,
 * 2015") was resolved against the wrong year: better left out of the
 * timeline than shown with a year the source contradicts. */
static int year_contradicted(const struct bc_doc *doc, const struct bc_facts *f,
                             const struct bc_date_fact *d)
{
  size_t k;
  char year[5];
  if (years_in(doc->text, d->span) || strlen(d->iso) < 4 || d->iso[0] < '0' ||
      d->iso[0] > '9')
    return 0;
  k = span_at(f->sentences, f->n_sentences, sizeof(struct bc_span),
              d->span.start);
  if (k == NONE || f->sentences[k].end > doc->text_len)
    return 0;
  memcpy(year, d->iso, 4);
  year[4] = '\0';
  return years_in(doc->text, f->sentences[k]) > 0 &&
         !has_year(doc->text, f->sentences[k], year);
}

/* Words of a sentence outside the date it holds: a dateline such as
 * "November 2004" or "Posted on 5 March 2005" names a date but tells no
 * event, so it makes no timeline entry. */
static size_t words_beside(const char *text, struct bc_span sentence,
                           struct bc_span date)
{
  size_t n = 0, i;
  int in = 0;
  for (i = sentence.start; i < sentence.end; i++) {
    int letter = (text[i] >= 'a' && text[i] <= 'z') ||
                 (text[i] >= 'A' && text[i] <= 'Z') ||
                 (unsigned char)text[i] >= 0x80;
    if (i >= date.start && i < date.end)
      letter = 0;
    if (letter && !in)
      n++;
    in = letter;
  }
  return n;
}

/* Add the dates of v (facts->dates or facts->times) the timeline can
 * place to it[*n]. */
static void timeline_candidates(struct build *b,
                                const struct bc_date_fact *v, size_t nv,
                                struct tl_item *it, size_t *n)
{
  const struct bc_facts *f = b->facts;
  const struct bc_doc *doc = b->doc;
  size_t i;
  for (i = 0; i < nv; i++) {
    const struct bc_date_fact *d = &v[i];
    struct tl_item *t = &it[*n];
    size_t k;
    if (!timeline_date(d) || d->span.end > doc->text_len ||
        d->span.start >= d->span.end || year_contradicted(doc, f, d))
      continue;
    t->d = d;
    t->iso = d->iso;
    t->sentence = span_at(f->sentences, f->n_sentences,
                          sizeof(struct bc_span), d->span.start);
    if (t->sentence != NONE &&
        words_beside(doc->text, f->sentences[t->sentence], d->span) < 4)
      continue;
    t->coarse = d->kind == BC_DATE_YEAR || d->kind == BC_DATE_DECADE ||
                (d->kind == BC_DATE_RELATIVE && strlen(d->iso) == 4);
    sort_key(d, t->key);
    k = cand_at(b, d->span.start);
    t->weight = k != NONE ? b->c[k].score : 0;
    /* Exact days and months tell a story better than bare years. */
    if (d->kind == BC_DATE_DAY || d->kind == BC_DATE_MONTH)
      t->weight += 1;
    (*n)++;
  }
}

static bc_status build_timeline(struct build *b)
{
  const struct bc_facts *f = b->facts;
  const struct bc_doc *doc = b->doc;
  struct tl_item *it = NULL;
  size_t n = 0, i, j, n_fine = 0, *fine = NULL;
  bc_status rc = BC_ERR_NOMEM;
  if (!f->n_dates && !f->n_times)
    return BC_OK;
  it = bc_calloc(f->n_dates + f->n_times, sizeof *it);
  if (!it)
    goto out;
  timeline_candidates(b, f->dates, f->n_dates, it, &n);
  timeline_candidates(b, f->times, f->n_times, it, &n);
  /* One entry per date value: the first mention usually says what
   * happened, later ones refer back to it. */
  qsort(it, n, sizeof *it, cmp_iso);
  for (i = 0, j = 0; i < n; i++)
    if (!j || strcmp(it[j - 1].iso, it[i].iso) != 0)
      it[j++] = it[i];
  n = j;
  /* A bare year told by a sentence that also gives a finer date ("On 06/14
   * of that year, 2015") repeats that entry with less precision.  The
   * sentences holding finer dates are sorted once and looked up. */
  fine = bc_calloc(n ? n : 1, sizeof *fine);
  if (!fine)
    goto out;
  for (i = 0; i < n; i++)
    if (!it[i].coarse && it[i].sentence != NONE)
      fine[n_fine++] = it[i].sentence;
  qsort(fine, n_fine, sizeof *fine, cmp_size);
  for (i = 0, j = 0; i < n; i++)
    if (!it[i].coarse || it[i].sentence == NONE ||
        !bsearch(&it[i].sentence, fine, n_fine, sizeof *fine, cmp_size))
      it[j++] = it[i];
  n = j;
  if (n > b->plan->timeline) {
    qsort(it, n, sizeof *it, cmp_tl_weight);
    n = b->plan->timeline;
  }
  qsort(it, n, sizeof *it, cmp_tl);
  if (!n) {
    rc = BC_OK;
    goto out;
  }
  b->s->timeline = bc_calloc(n, sizeof *b->s->timeline);
  if (!b->s->timeline)
    goto out;
  for (i = 0; i < n; i++) {
    const struct bc_date_fact *d = it[i].d;
    struct bc_timeline_entry *e = &b->s->timeline[i];
    struct bc_span ev;
    size_t k = span_at(f->sentences, f->n_sentences, sizeof(struct bc_span),
                       d->span.start);
    b->s->n_timeline = i + 1;
    if (k != NONE) {
      ev = trim(doc->text, f->sentences[k]);
    } else {
      size_t blk = block_at(doc, d->span.start);
      ev = blk != NONE ? doc->blocks[blk].span : d->span;
    }
    if (ev.end > doc->text_len)
      ev = d->span;
    e->date = span_dup(doc, d->span);
    e->iso = bc_strdup(d->iso);
    e->event = span_dup(doc, ev);
    e->span = d->span;
    if (!e->date || !e->iso || !e->event)
      goto out;
  }
  rc = BC_OK;
out:
  free(it);
  free(fine);
  return rc;
}

struct gl_item {
  const struct bc_acronym_fact *a;
  size_t i;
};

static int cmp_gl(const void *x, const void *y)
{
  const struct gl_item *a = x, *b = y;
  int c = strcmp(a->a->acronym, b->a->acronym);
  if (c)
    return c;
  return a->i < b->i ? -1 : a->i > b->i;
}

/* The glossary: every acronym the source defines, alphabetically, with the
 * expansion exactly as the source writes it. */
static bc_status build_glossary(struct build *b)
{
  const struct bc_facts *f = b->facts;
  struct gl_item *g = NULL;
  size_t n = 0, i, u = 0;
  if (!f->n_acronyms)
    return BC_OK;
  g = bc_calloc(f->n_acronyms, sizeof *g);
  if (!g)
    return BC_ERR_NOMEM;
  for (i = 0; i < f->n_acronyms; i++) {
    const struct bc_acronym_fact *a = &f->acronyms[i];
    if (!a->acronym || !a->expansion || !*a->acronym || !*a->expansion)
      continue;
    g[n].a = a;
    g[n].i = i;
    n++;
  }
  qsort(g, n, sizeof *g, cmp_gl);
  if (n) {
    b->s->glossary = bc_calloc(n, sizeof *b->s->glossary);
    if (!b->s->glossary) {
      free(g);
      return BC_ERR_NOMEM;
    }
  }
  for (i = 0; i < n; i++) {
    struct bc_glossary_entry *e;
    if (u && strcmp(b->s->glossary[u - 1].term, g[i].a->acronym) == 0)
      continue; /* defined twice: the first definition stands */
    e = &b->s->glossary[u];
    b->s->n_glossary = ++u;
    e->term = bc_strdup(g[i].a->acronym);
    e->definition = bc_strdup(g[i].a->expansion);
    e->span = g[i].a->span;
    if (!e->term || !e->definition) {
      free(g);
      return BC_ERR_NOMEM;
    }
  }
  free(g);
  return BC_OK;
}

static size_t count_words(const char *s, size_t n)
{
  size_t i, w = 0;
  int in = 0;
  for (i = 0; i < n; i++) {
    if (s[i] == ' ' || s[i] == '\n')
      in = 0;
    else if (!in) {
      in = 1;
      w++;
    }
  }
  return w;
}

/* Quotations worth repeating: attributed ones of three words or more, and
 * unattributed ones of six or more (shorter ones are scare quotes or
 * phrases), each text once. */
static bc_status build_quotes(struct build *b)
{
  const struct bc_facts *f = b->facts;
  const struct bc_doc *doc = b->doc;
  size_t i, j, n = 0;
  for (i = 0; i < f->n_quotes && n < b->plan->quotes; i++) {
    struct bc_span sp = f->quotes[i].span;
    const char *who = f->quotes[i].speaker;
    size_t len = sp.end - sp.start, words;
    int dup = 0;
    if (sp.end > doc->text_len || sp.start >= sp.end)
      continue;
    words = count_words(doc->text + sp.start, len);
    if (words < (who && *who ? 3u : 6u))
      continue;
    for (j = 0; j < n && !dup; j++)
      dup = strlen(b->s->quotes[j].text) == len &&
            memcmp(b->s->quotes[j].text, doc->text + sp.start, len) == 0;
    if (dup)
      continue;
    if (!b->s->quotes) {
      b->s->quotes = bc_calloc(b->plan->quotes, sizeof *b->s->quotes);
      if (!b->s->quotes)
        return BC_ERR_NOMEM;
    }
    b->s->quotes[n].text = span_dup(doc, sp);
    b->s->quotes[n].speaker = str_or_empty(who);
    b->s->quotes[n].span = sp;
    b->s->n_quotes = ++n;
    if (!b->s->quotes[n - 1].text || !b->s->quotes[n - 1].speaker)
      return BC_ERR_NOMEM;
  }
  return BC_OK;
}

/* Append a slide; bullets are added to the last slide with add_bullet. */
static struct bc_slide *add_slide(struct bc_summary *s, size_t cap,
                                  const char *title, char *notes)
{
  struct bc_slide *sl;
  if (s->n_slides == cap || !notes) {
    free(notes);
    return NULL;
  }
  sl = &s->slides[s->n_slides++];
  sl->notes = notes;
  sl->title = bc_strdup(title);
  sl->bullets = bc_calloc(SLIDE_BULLETS_MAX, sizeof *sl->bullets);
  if (!sl->title || !sl->bullets)
    return NULL;
  return sl;
}

static int add_bullet(struct bc_slide *sl, char *text)
{
  if (!text)
    return -1;
  if (sl->n_bullets == SLIDE_BULLETS_MAX) {
    free(text);
    return 0;
  }
  sl->bullets[sl->n_bullets++] = text;
  return 0;
}

struct sec_rank {
  double score;
  size_t i;
};

static int cmp_sec(const void *a, const void *b)
{
  const struct sec_rank *x = a, *y = b;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

static int cmp_sec_pos(const void *a, const void *b)
{
  const struct sec_rank *x = a, *y = b;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* Slides: an overview, one slide per section (the strongest sections when
 * there are many), then the key points.  Bullets are cut short; the speaker
 * notes hold the full sentences. */
static bc_status build_slides(struct build *b)
{
  struct bc_summary *s = b->s;
  const struct bc_doc *doc = b->doc;
  struct sec_rank *sr = NULL;
  size_t *pick = NULL, n_sec = 0, cap, i, j;
  struct bc_slide *sl;
  bc_status rc = BC_ERR_NOMEM;

  /* Map summary sections back to the section list by heading position. */
  sr = bc_calloc(b->n_secs ? b->n_secs : 1, sizeof *sr);
  pick = bc_calloc(b->plan->slide_bullets + SLIDE_BULLETS_MAX, sizeof *pick);
  if (!sr || !pick)
    goto out;
  for (i = 0; i < b->n_secs; i++) {
    size_t best;
    if (!b->sec_first || b->sec_first[i] == b->sec_first[i + 1])
      continue;
    best = b->by_sec[b->sec_first[i]];
    sr[n_sec].score = b->c[best].score;
    sr[n_sec].i = i;
    n_sec++;
  }
  if (n_sec > b->plan->section_slides) {
    qsort(sr, n_sec, sizeof *sr, cmp_sec);
    n_sec = b->plan->section_slides;
    qsort(sr, n_sec, sizeof *sr, cmp_sec_pos);
  }
  cap = 1 + n_sec + (b->n_kp + 3) / 4 + 1;
  s->slides = bc_calloc(cap, sizeof *s->slides);
  if (!s->slides)
    goto out;

  /* Overview: the agenda when there are sections, else the tl;dr. */
  sl = add_slide(s, cap, b->title, bc_strdup(s->tldr));
  if (!sl)
    goto out;
  if (n_sec >= 2) {
    for (i = 0; i < n_sec; i++)
      if (add_bullet(sl,
                     span_dup(doc, doc->blocks[b->secs[sr[i].i].block].span)))
        goto out;
  } else {
    for (i = 0; i < b->n_tl; i++)
      if (add_bullet(sl, bullet(doc->text, b->c[b->tl[i]].span)))
        goto out;
  }

  for (i = 0; i < n_sec; i++) {
    size_t m = choose(b, b->plan->slide_bullets, sr[i].i, pick);
    char *title = span_dup(doc, doc->blocks[b->secs[sr[i].i].block].span);
    if (!title)
      goto out;
    sl = add_slide(s, cap, title, join(b, pick, m));
    free(title);
    if (!sl)
      goto out;
    for (j = 0; j < m; j++)
      if (add_bullet(sl, bullet(doc->text, b->c[pick[j]].span)))
        goto out;
  }

  /* Key points: one slide of the first six when there were sections to
   * set them up, else all of them in groups of four. */
  for (i = 0; i < b->n_kp;) {
    size_t per = n_sec ? SLIDE_BULLETS_MAX : 4;
    size_t m = b->n_kp - i < per ? b->n_kp - i : per;
    if (n_sec && i)
      break;
    sl = add_slide(s, cap, i ? "Key points (continued)" : "Key points",
                   join(b, b->kp + i, m));
    if (!sl)
      goto out;
    for (j = 0; j < m; j++)
      if (add_bullet(sl, bullet(doc->text, b->c[b->kp[i + j]].span)))
        goto out;
    i += m;
  }
  rc = BC_OK;
out:
  free(sr);
  free(pick);
  return rc;
}

static bc_status add_turn(struct bc_summary *s, size_t cap, char *text)
{
  struct bc_turn *t;
  if (!text)
    return BC_ERR_NOMEM;
  if (s->n_narration == cap) {
    free(text);
    return BC_OK;
  }
  t = &s->narration[s->n_narration++];
  t->text = text;
  t->speaker = bc_strdup("narrator");
  return t->speaker ? BC_OK : BC_ERR_NOMEM;
}

/* Has the sentence of candidate k (or one with the same words) been said? */
static int said(const struct build *b, const size_t *spoken, size_t n, size_t k)
{
  size_t i;
  for (i = 0; i < n; i++)
    if (spoken[i] == k || same_text(b, spoken[i], k))
      return 1;
  return 0;
}

/* The chapters: the key points not yet said, grouped under their sections'
 * headings when they fall in two or more sections. */
static size_t chapters(const struct build *b, const size_t *spoken,
                       size_t n_spoken)
{
  size_t i, n = 0, last = NONE;
  for (i = 0; i < b->n_kp; i++) {
    size_t sec = b->c[b->kp[i]].section;
    if (sec == NONE || sec == last || said(b, spoken, n_spoken, b->kp[i]))
      continue;
    last = sec;
    n++;
  }
  return n;
}

/* Nonzero when s (of len bytes) starts with a capitalized article,
 * possessive or question word followed by a space. */
static int starts_function_word(const char *s, size_t len)
{
  static const char *const words[] = {"The",  "A",     "An",   "Our",  "My",
                                      "Your", "Their", "This", "That", "How",
                                      "What", "Why",   "When", "Where"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
    size_t n = strlen(words[i]);
    if (len > n && memcmp(s, words[i], n) == 0 && s[n] == ' ')
      return 1;
  }
  return 0;
}

/* The narration: an intro naming the piece (title, and author when
 * known), the tl;dr, the other key points (by section, "First, HEADING.",
 * when they span sections) and an outro.  Every sentence of the source is
 * said once; the frame's own words are fixed phrases. */
static bc_status build_narration(struct build *b)
{
  struct bc_summary *s = b->s;
  const struct bc_doc *doc = b->doc;
  struct bc_buf t = BC_BUF_INIT(BC_MAX_LINE_BYTES);
  size_t cap = 4 + b->n_tl + 2 * b->n_kp, i, n_spoken = 0, n_ch, ch = 0;
  size_t last = NONE, *spoken;
  bc_status rc = BC_ERR_NOMEM;
  spoken = bc_calloc(b->n_tl + b->n_kp + 1, sizeof *spoken);
  s->narration = bc_calloc(cap, sizeof *s->narration);
  if (!spoken || !s->narration)
    goto out;
  /* The publication date is not said: the fact checker reads every date
   * in the script against the text's own dates, and front matter is not
   * text, so "published on 20 July 2024" was flagged as a mix-up (it is in
   * summary.json's source instead). */
  bc_buf_addf(&t, "This is a brief of %s", b->title);
  if (doc->author && *doc->author)
    bc_buf_addf(&t, " by %s", doc->author);
  bc_buf_adds(&t, ".");
  rc = add_turn(s, cap, bc_buf_take(&t, NULL));
  if (!rc && s->tldr && *s->tldr)
    rc = add_turn(s, cap, bc_strdup(s->tldr));
  for (i = 0; i < b->n_tl; i++)
    spoken[n_spoken++] = b->tl[i];
  n_ch = chapters(b, spoken, n_spoken);
  if (n_ch < 2) {
    size_t left = 0;
    for (i = 0; i < b->n_kp; i++)
      left += !said(b, spoken, n_spoken, b->kp[i]);
    if (!rc && left)
      rc = add_turn(s, cap,
                    bc_strdup(n_spoken ? "Here are the other key points."
                                       : "Here are the key points."));
  }
  for (i = 0; !rc && i < b->n_kp; i++) {
    size_t k = b->kp[i], sec = b->c[k].section;
    if (said(b, spoken, n_spoken, k))
      continue;
    if (n_ch >= 2 && sec != NONE && sec != last) {
      const struct bc_span hs = b->doc->blocks[b->secs[sec].block].span;
      size_t len = hs.end - hs.start;
      ch++;
      bc_buf_addf(&t, "%s, ",
                  ch == 1      ? "First"
                  : ch == n_ch ? "Finally"
                               : "Next");
      while (len && (doc->text[hs.start + len - 1] == ':' ||
                     is_space(doc->text[hs.start + len - 1])))
        len--;
      /* "Next, the human cost." -- a heading's leading article or
       * question word reads in lower case after the connective; any other
       * first word may be a name and keeps its capital. */
      if (len && starts_function_word(doc->text + hs.start, len)) {
        bc_buf_addf(&t, "%c", doc->text[hs.start] - 'A' + 'a');
        bc_buf_add(&t, doc->text + hs.start + 1, len - 1);
      } else {
        bc_buf_add(&t, doc->text + hs.start, len);
      }
      if (!len || !strchr(".?!", doc->text[hs.start + len - 1]))
        bc_buf_adds(&t, ".");
      last = sec;
      rc = add_turn(s, cap, bc_buf_take(&t, NULL));
      if (rc)
        break;
    }
    spoken[n_spoken++] = k;
    rc = add_turn(s, cap, span_dup(doc, b->c[k].span));
  }
  if (!rc) {
    bc_buf_addf(&t, "That was the brief of %s. Thank you for listening.",
                b->title);
    rc = add_turn(s, cap, bc_buf_take(&t, NULL));
  }
out:
  free(spoken);
  return rc;
}

/* ---- the provider ---------------------------------------------------------
 */

static bc_status fill_source(struct build *b)
{
  const struct bc_doc *doc = b->doc;
  struct bc_summary *s = b->s;
  s->title = bc_strdup(b->title);
  s->provider = bc_strdup("local");
  s->source.title = str_or_empty(doc->title);
  s->source.author = str_or_empty(doc->author);
  s->source.date = str_or_empty(doc->date);
  s->source.url = str_or_empty(doc->url ? doc->url : doc->source);
  s->source.sha256 = bc_strdup(doc->sha256);
  if (!s->title || !s->provider || !s->source.title || !s->source.author ||
      !s->source.date || !s->source.url || !s->source.sha256)
    return BC_ERR_NOMEM;
  return BC_OK;
}

/* Every string of a summary is non-NULL: fill what the builders left. */
static bc_status fill_empty(struct bc_summary *s)
{
  if (!s->tldr && !(s->tldr = bc_strdup("")))
    return BC_ERR_NOMEM;
  return BC_OK;
}

static char *title_of(const struct bc_doc *doc)
{
  size_t i;
  if (doc->title && *doc->title)
    return bc_strdup(doc->title);
  for (i = 0; i < doc->n_blocks; i++)
    if (doc->blocks[i].kind == BC_BLOCK_HEADING &&
        doc->blocks[i].span.end <= doc->text_len)
      return span_dup(doc, doc->blocks[i].span);
  return bc_strdup("Untitled");
}

static bc_status local_summarize(void *self, const struct bc_doc *doc,
                                 const struct bc_facts *facts,
                                 const struct bc_summarize_opts *opts,
                                 struct bc_summary **out, struct bc_error *err)
{
  struct local_state *st = self;
  struct build b;
  char *title = NULL;
  unsigned len = (unsigned)opts->length;
  bc_status rc;

  memset(&b, 0, sizeof b);
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
  rc = find_sections(&b);
  if (!rc)
    rc = find_candidates(&b);
  if (rc)
    goto out;
  if (b.n) {
    rc = score(&b, err);
    if (rc)
      goto out;
  }
  rc = fill_source(&b);
  if (!rc && b.n)
    rc = build_key_points(&b);
  if (!rc && b.n)
    rc = build_tldr(&b);
  if (!rc)
    rc = fill_empty(b.s);
  if (!rc)
    rc = build_sections(&b);
  if (!rc)
    rc = build_timeline(&b);
  if (!rc)
    rc = build_glossary(&b);
  if (!rc)
    rc = build_quotes(&b);
  if (!rc)
    rc = build_slides(&b);
  if (!rc)
    rc = build_narration(&b);
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
  st = bc_calloc(1, sizeof *st);
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
