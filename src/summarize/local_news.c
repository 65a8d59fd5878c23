/* local_news.c - whether a text is shaped like a news story: filed under a
 * dateline or a wire's name ("(CNN)", "VIENNA —"), told in the third
 * person with what people said ("said", "told", "according to"), in short
 * paragraphs.  A news story states its news first and explains it after,
 * so its opening sentences weigh more than an essay's, whose opening is a
 * hook and whose point may come anywhere.  It only reads the candidates
 * and the blocks; what follows from the answer is local_select.c's. */
#include <string.h>

#include "summarize/local.h"

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
  size_t i;
  for (i = 0; verbs[i]; i++)
    if (bc__local_holds(s, n, verbs[i]))
      return 1;
  return 0;
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
