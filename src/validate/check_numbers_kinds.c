/* check_numbers_kinds.c - a count of kinds counts what they are kinds of:
 * "three types of update channels" counts channels, as "four update
 * channels" does, so the two are counts of one thing.  The count's noun
 * (a word for a kind: "types", "kinds", "sorts", "categories") is
 * replaced by the head of the phrase after its "of": the last of up to
 * three words, before any punctuation, number or joining word. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "validate/validate_internal.h"

#define KIND_GAP 2     /* words between the count and its "of" */
#define PHRASE_WORDS 3 /* words of the phrase after "of" */

static int is_letter(char ch)
{
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-';
}

static int kind_noun(const char *canon)
{
  static const char *const kinds[] = {"type",    "kind",  "sort",   "category",
                                      "variety", "class", "flavor", "flavour"};
  return bc__check_word_listed(canon, strlen(canon), kinds,
                               sizeof kinds / sizeof kinds[0]);
}

int bc__check_kinds_count(const struct bc_number_fact *f)
{
  char canon[48];
  double k;
  return f->count && f->unit &&
         bc__validate_unit(f->unit, &k, canon, sizeof canon) == BC__UNIT_NOUN &&
         kind_noun(canon);
}

/* Words that end the phrase after "of" ("types of channels and ..."). */
static int joining_word(const char *w, size_t n)
{
  static const char *const words[] = {"and", "or",   "that", "which", "in",
                                      "for", "with", "to",   "from",  "by",
                                      "on",  "at",   "of",   "is",    "are"};
  return bc__check_word_listed(w, n, words, sizeof words / sizeof words[0]);
}

void bc__check_kind_noun(const char *t, size_t len,
                         const struct bc_number_fact *f, struct bc__unit *u)
{
  size_t i = f->span.end, words = 0, phrase = 0, head = 0, head_n = 0;
  int after_of = 0;
  char word[48], canon[sizeof u->canon];
  double k;
  if (u->cls != BC__UNIT_NOUN || !kind_noun(u->canon) || i > len)
    return;
  while (i < len) {
    size_t e;
    while (i < len && t[i] == ' ')
      i++;
    if (i >= len || !is_letter(t[i]))
      break;
    e = i;
    while (e < len && is_letter(t[e]))
      e++;
    if (!after_of) {
      if (e - i == 2 && strncasecmp(t + i, "of", 2) == 0)
        after_of = 1;
      else if (++words > KIND_GAP)
        return;
    } else {
      if (joining_word(t + i, e - i) || ++phrase > PHRASE_WORDS)
        break;
      head = i;
      head_n = e - i;
    }
    i = e;
  }
  if (!head_n || head_n >= sizeof word)
    return;
  memcpy(word, t + head, head_n);
  word[head_n] = '\0';
  if (bc__validate_unit(word, &k, canon, sizeof canon) != BC__UNIT_NOUN ||
      kind_noun(canon))
    return;
  snprintf(u->canon, sizeof u->canon, "%s", canon);
  snprintf(u->noun, sizeof u->noun, "%s", canon);
}
