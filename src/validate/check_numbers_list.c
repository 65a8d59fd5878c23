/* check_numbers_list.c - a count followed by the list of what it counts:
 * "six drug types: cocaine, heroin, marijuana, methamphetamine and
 * fentanyl" names five.  The claim contradicts itself, whatever the
 * source says, and the count is the part a writer slips on.  Only a plain
 * list is read: a count, at most three words, a colon (or a parenthesis
 * the list fills), then short items joined by commas and a last "and" or
 * "or", ending the sentence; a list said to be partial ("including", "such as",
 * "e.g.") is left alone. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "validate/validate_internal.h"

/* Words between a count and its colon, and in one listed item. */
#define HEAD_WORDS 3
#define ITEM_WORDS 3
/* Counts a list is read for: a longer list is rarely written out. */
#define MAX_LISTED 12

static int is_alpha(char ch)
{
  return (ch | 32) >= 'a' && (ch | 32) <= 'z';
}

/* Does t[i..] start with the word w (case-insensitive) followed by a
 * non-letter? */
static int word_at(const char *t, size_t len, size_t i, const char *w)
{
  size_t n = strlen(w);
  return i + n <= len && strncasecmp(t + i, w, n) == 0 &&
         (i + n == len || !is_alpha(t[i + n]));
}

/* Does w start with a word that opens an aside rather than a list: a
 * preposition or a word of some ("mainly", "both")? */
static int aside_word(const char *w, size_t n)
{
  static const char *const words[] = {
      "in",     "at",     "on",      "by",      "from", "of",   "for",
      "with",   "to",     "across",  "over",    "all",  "both", "each",
      "mainly", "mostly", "notably", "largely", "like", "plus", "especially"};
  size_t e = 0;
  while (e < n && is_alpha(w[e]))
    e++;
  return bc__check_word_listed(w, e, words, sizeof words / sizeof words[0]);
}

/* Items listed after the colon (or opening parenthesis) at t[at], or 0
 * when what follows is not a plain list; *end gets where the list ends
 * (its sentence's end, the comma after its last item, or the closing
 * parenthesis, which a list in parentheses must reach). */
static size_t list_items(const char *t, size_t len, size_t at, size_t *end)
{
  int paren = t[at] == '(';
  size_t i = at + 1, items = 1, words = 0, joined = 0, w = at + 1;
  int in_word = 0;
  while (w < len && t[w] == ' ')
    w++;
  if (word_at(t, len, w, "including") || word_at(t, len, w, "such") ||
      word_at(t, len, w, "e.g") || word_at(t, len, w, "among"))
    return 0;
  /* "three papers (in Science and Nature)": where they are, not which. */
  if (paren && aside_word(t + w, len - w))
    return 0;
  for (; i < len; i++) {
    char ch = t[i];
    if (paren && ch == ')')
      break;
    if (ch == '.' || ch == '\n' || ch == ';' || ch == '!' || ch == '?') {
      if (paren)
        return 0;
      break;
    }
    if (ch == ':' || ch == '(' || ch == ')' || ch == '"' || ch == '-')
      return 0; /* a nested list, an aside, a quotation */
    if (ch == ',') {
      if (words == 0)
        return 0;
      if (joined && !paren)
        break; /* "a, b and c, then ...": the sentence goes on */
      if (joined)
        return 0;
      items++;
      words = 0;
      in_word = 0;
      continue;
    }
    if (ch == ' ') {
      in_word = 0;
      continue;
    }
    if (!in_word && (word_at(t, len, i, "and") || word_at(t, len, i, "or"))) {
      /* "a, b and c", "a, b, and c": the last item's joint. */
      if (joined)
        return 0;
      joined = 1;
      if (words > 0) {
        items++;
        words = 0;
      }
      i += t[i] == 'a' || t[i] == 'A' ? 2 : 1;
      continue;
    }
    if (!in_word) {
      size_t e = i;
      while (e < len && is_alpha(t[e]))
        e++;
      /* A breakdown, not a list: "Five hits from those two: Ogunjobi had
       * three and Garrett two". */
      if ((t[i] >= '0' && t[i] <= '9') ||
          (e > i && bc__check_count_word(t + i, e - i) > 0))
        return 0;
      in_word = 1;
      if (++words > ITEM_WORDS)
        return 0;
    }
  }
  /* In parentheses, only a list of three or more, commas and all: two
   * names joined by "and" there are as often what the count is of. */
  if (!joined || words == 0 || (paren && (i >= len || items < 3)))
    return 0;
  *end = i;
  return items;
}

int bc__check_list_count(struct bc__vstate *v, const struct bc__claim *c,
                         const struct bc_number_fact *nf)
{
  const char *t = c->text;
  size_t len = c->len, i = nf->span.end, words = 0, items, end = 0, k;
  char msg[160];
  double n = nf->value;
  if (nf->value != nf->value_hi || n < 2 || n > MAX_LISTED ||
      n != (double)(long)n || nf->bound || nf->approx)
    return 0;
  /* The count's noun, then the colon or the parenthesis: "eight
   * countries (Italy, ... and the United States)". */
  while (i < len && t[i] != ':' && t[i] != '(') {
    if (t[i] == '.' || t[i] == ',' || t[i] == '\n' || t[i] == ';' ||
        (t[i] >= '0' && t[i] <= '9'))
      return 0;
    if (is_alpha(t[i]) && (i == 0 || !is_alpha(t[i - 1]))) {
      size_t e = i;
      while (e < len && is_alpha(t[e]))
        e++;
      if (++words > HEAD_WORDS || bc__check_count_word(t + i, e - i) > 0)
        return 0; /* "five hits from those two:" */
    }
    i++;
  }
  if (i >= len || (words == 0 && !nf->count))
    return 0;
  items = list_items(t, len, i, &end);
  if (items < 2 || (double)items == n)
    return 0;
  /* Another number between the count and the end of its list: a
   * breakdown of parts, not a list of kinds. */
  for (k = 0; k < c->f->n_numbers; k++)
    if (c->f->numbers[k].span.start >= nf->span.end &&
        c->f->numbers[k].span.start < end)
      return 0;
  {
    size_t e = i + 1;
    while (e < len && t[e] != '.' && t[e] != '\n' && t[e] != ';' &&
           (t[i] != '(' || t[e] != ')'))
      e++;
    /* "and more", "and others", "etc.": an open list. */
    if (e >= 6 && (strncasecmp(t + e - 4, " etc", 4) == 0 ||
                   strncasecmp(t + e - 4, "more", 4) == 0 ||
                   strncasecmp(t + e - 6, "others", 6) == 0))
      return 0;
  }
  snprintf(msg, sizeof msg,
           "the summary counts %.0f here but lists %zu after the %s", n, items,
           t[i] == '(' ? "parenthesis" : "colon");
  bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, nf->span, "",
                (struct bc_span){0, 0}, NULL, msg);
  return 1;
}
