/* check_numbers_label.c - a number that is part of a name: "the Week 12
 * rematch", "BT-7724", "Route 66".  The analyzer reads no quantity there,
 * yet a writer slips on those digits as on any others.  A label is a
 * capitalised word written inside a sentence with a number of one to
 * three digits after a space ("Week 13"), or a capitalised word or
 * letters joined to up to six digits by a hyphen ("BT-7274", "F-35").
 * When the source writes the claim's label word only with other numbers,
 * never with the claim's, the claim names something the source does not:
 * an error.  The source's labels are read once per check and sorted, so a
 * claim's label is looked up, not searched for. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
#include "validate/validate_internal.h"

#define LABEL_DIGITS 3  /* after a space: more is a count or a year */
#define CODE_DIGITS 6   /* after a hyphen */
#define LABEL_LETTERS 3 /* a label word's fewest letters after a space */
#define WORD_MAX 16

struct bc__label {
  uint32_t word; /* stem hash of the label word */
  char num[CODE_DIGITS + 1];
  size_t at, end; /* the whole label */
};

/* Capitalised words that come before quantities rather than name them:
 * "Over 300", "About 40", "Top 10". */
static int quantity_word(const char *w, size_t n)
{
  static const char *const words[] = {
      "about",    "above",    "after",    "almost",  "and",      "around",
      "before",   "below",    "but",      "for",     "from",     "just",
      "less",     "more",     "nearly",   "only",    "over",     "since",
      "some",     "than",     "the",      "through", "top",      "under",
      "until",    "with",     "page",     "january", "february", "march",
      "april",    "may",      "june",     "july",    "august",   "september",
      "october",  "november", "december", "monday",  "tuesday",  "wednesday",
      "thursday", "friday",   "saturday", "sunday",  "sept",     "jan",
      "feb",      "mar",      "apr",      "jun",     "jul",      "aug",
      "sep",      "oct",      "nov",      "dec"};
  return bc__check_word_listed(w, n, words, sizeof words / sizeof words[0]);
}

static int is_letter(char ch)
{
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static int is_digit(char ch)
{
  return ch >= '0' && ch <= '9';
}

/* The label starting at the word t[i] (the start of a word), into *out;
 * nonzero when there is one.  With suffix (the source's side), its number
 * may run on in letters, kept as its digits: "Pixel 4a" says "Pixel 4". */
static int label_at(const char *t, size_t len, size_t i, int suffix,
                    struct bc__label *out)
{
  size_t e = i, d, de;
  int hyphen;
  if (!(t[i] >= 'A' && t[i] <= 'Z'))
    return 0;
  while (e < len && is_letter(t[e]))
    e++;
  if (e - i > WORD_MAX || e + 1 >= len)
    return 0;
  hyphen = t[e] == '-';
  if (!hyphen && t[e] != ' ')
    return 0;
  d = e + 1;
  de = d;
  while (de < len && is_digit(t[de]))
    de++;
  if (de == d || de - d > (size_t)(hyphen ? CODE_DIGITS : LABEL_DIGITS))
    return 0;
  /* "12,000", "1.5", "12%", "3:30", "4a", and the odds "21/20" or the
   * fraction "3/4" of "West Brom 21/20": no label number. */
  if (de < len &&
      ((suffix ? is_digit(t[de]) : bc__check_is_alnum((unsigned char)t[de])) ||
       t[de] == '%' || t[de] == '-' ||
       ((t[de] == ',' || t[de] == '.' || t[de] == ':' || t[de] == '/') &&
        de + 1 < len && is_digit(t[de + 1]))))
    return 0;
  /* A capital at a sentence's start says nothing of a name in a claim;
   * the source's labels open headings and sentences too ("Example 2:
   * Change the axis", "Example 2 shows"). */
  if (!hyphen &&
      (e - i < LABEL_LETTERS || (!suffix && bc__check_starts_sentence(t, i)) ||
       quantity_word(t + i, e - i)))
    return 0;
  if (hyphen && de - d == 4 && t[d] >= '1' && t[d] <= '2')
    return 0; /* "Clinton-2016": a year */
  out->word = bc__validate_stem_hash(t + i, e - i);
  memcpy(out->num, t + d, de - d);
  out->num[de - d] = '\0';
  out->at = i;
  out->end = de;
  return 1;
}

static int cmp_label(const void *a, const void *b)
{
  const struct bc__label *x = a, *y = b;
  return x->word < y->word ? -1 : x->word > y->word;
}

/* The source's labels, once per check. */
static int read_labels(struct bc__vstate *v)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, cap = 0;
  v->labels_made = 1;
  for (i = 0; i < len; i++) {
    struct bc__label l;
    if ((i > 0 && bc__check_is_alnum((unsigned char)t[i - 1])) ||
        !label_at(t, len, i, 1, &l))
      continue;
    if (v->n_labels == cap) {
      size_t n = cap ? 2 * cap : 16;
      struct bc__label *p = bc__realloc(v->labels, n * sizeof *p);
      if (!p) {
        v->rc = BC_ERR_NOMEM;
        return 1;
      }
      v->labels = p;
      cap = n;
    }
    v->labels[v->n_labels++] = l;
  }
  if (v->n_labels > 1)
    qsort(v->labels, v->n_labels, sizeof *v->labels, cmp_label);
  return 0;
}

/* The first of the source's labels with word w, or NULL. */
static const struct bc__label *first_label(const struct bc__vstate *v,
                                           uint32_t w)
{
  size_t lo = 0, hi = v->n_labels;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v->labels[mid].word < w)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < v->n_labels && v->labels[lo].word == w ? &v->labels[lo] : NULL;
}

void bc__check_labels(struct bc__vstate *v, const struct bc__claim *c)
{
  const char *t = c->text;
  size_t len = c->len, i;
  if (!v->labels_made && read_labels(v))
    return;
  if (!v->n_labels)
    return;
  for (i = 0; i < len && !v->rc; i++) {
    struct bc__label l;
    const struct bc__label *s, *end = v->labels + v->n_labels, *other = NULL;
    struct bc_span at;
    if ((i > 0 && bc__check_is_alnum((unsigned char)t[i - 1])) ||
        !label_at(t, len, i, 0, &l))
      continue;
    at = (struct bc_span){l.at, l.end};
    i = l.end;
    if (bc__check_overlaps_date(c->f, at))
      continue;
    s = first_label(v, l.word);
    for (; s && s < end && s->word == l.word; s++) {
      if (strcmp(s->num, l.num) == 0)
        break;
      if (!other)
        other = s;
    }
    if (!other || (s && s < end && s->word == l.word))
      continue;
    {
      struct bc_span ss = {other->at, other->end};
      char *says = bc__check_source_text(v, ss);
      char msg[160];
      if (!says) {
        v->rc = BC_ERR_NOMEM;
        return;
      }
      snprintf(msg, sizeof msg,
               "the source writes %s, never this number with that name", says);
      v->r->checked.numbers++;
      bc__check_add(v, c, BC_FINDING_NUMBER, BC_SEV_ERROR, at, says, ss, NULL,
                    msg);
      free(says);
    }
  }
}
