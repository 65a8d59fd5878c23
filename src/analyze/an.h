/* an.h - what the analyzer's own files share: the token stream of one
 * segment (a block, or a paragraph of plain text), the growing fact sheet
 * and the word lists.  Not for use outside src/analyze (see analyze.h). */
#ifndef BC_ANALYZE_AN_H
#define BC_ANALYZE_AN_H

#include <stddef.h>
#include <stdint.h>

#include "analyze/analyze.h"

enum { AN_WORD = 1, AN_NUM, AN_PUNCT };

/* One token: a word (letters, inner apostrophes), a number (digits with
 * thousands groups and a decimal part) or one punctuation code point. */
struct an_tok {
  size_t s, e; /* byte span in the text */
  uint32_t cp; /* the code point of a punctuation token */
  unsigned char type;
  unsigned char sp;   /* whitespace precedes the token */
  unsigned char nl;   /* a line break precedes the token */
  unsigned char used; /* claimed by a date (numbers skip it) */
  unsigned char sent; /* first token of a sentence */
  /* Word classes, computed once when the token is made (they are asked
   * for many times per token): */
  unsigned char month; /* 1-12 for a month name, else 0 */
  unsigned char wday;  /* a weekday name */
  unsigned char fw;    /* a function word */
  signed char wnum;    /* a spelled-out cardinal's value, else -1 */
  unsigned char tense; /* the tense the word marks, 1 + enum tx_tense, once
                          the temporal tagger asked (0: not yet) */
};

/* A string -> index hash set (open addressing, keys borrowed), so that
 * de-duplicating names and acronyms stays linear on hostile input. */
struct an_hent {
  const char *key;
  size_t len, idx;
};
struct an_hset {
  struct an_hent *e;
  size_t cap, n;
};
/* Index stored for key, or -1. */
long bc__an_hset_get(const struct an_hset *h, const char *key, size_t len);
bc_status bc__an_hset_put(struct an_hset *h, const char *key, size_t len,
                          size_t idx);
void bc__an_hset_free(struct an_hset *h);

/* The temporal tagger's anchor: the last date written in full, which "a
 * year earlier" and "that year" refer to (see analyze/timex.h). */
struct an_anchor {
  int grain, y, sub, d; /* grain 0: none yet */
  size_t at;            /* byte offset where it was written */
};

struct an {
  const char *t;
  size_t len;
  struct bc_facts *f;
  size_t cap_sent, cap_dates, cap_times, cap_acr, cap_num, cap_names,
      cap_quotes, cap_ord;
  struct an_tok *tok; /* the current segment's tokens */
  size_t ntok, captok;
  size_t seg_s, seg_e;
  int ref_y, ref_m, ref_d;   /* reference date of the segment; 0 = unknown */
  int claims;                /* see bc__analyze_ctx.claims */
  struct an_anchor anchor;   /* the last date written */
  struct an_anchor anchor_q; /* the last quarter written */
  struct an_anchor anchor_y; /* the last year written out in digits */
  /* the last day written out with its year ("December 15, 2010"): the
   * story year-less days after it belong to (bc__tx_story_year) */
  struct an_anchor anchor_day;
  /* Names seen only at a sentence start wait here until the end, when they
   * count if the same name was seen elsewhere. */
  struct bc_name_fact *pend;
  size_t npend, cappend;
  struct an_hset names_set, pend_set, acr_set;
  /* Words the whole text writes in lower case (keys borrowed). */
  struct an_hset lower_set;
  /* Acronyms: every acronym-looking word used (its first use) and the
   * capitalised phrases seen, for the definitions a document gives only
   * by writing both (bc__an_acronyms_finish); the last acronym named, for
   * "It stands for ..." in the next sentence. */
  struct an_hset use_set;
  struct bc_span *phr;
  size_t nphr, capphr;
  size_t last_sf, last_sf_len;
  /* The temporal tagger's answers at the token it is reading (timex.c),
   * or NULL between tokens. */
  struct tx_memo *txm;
};

/* Grow *arr (n used, *cap allocated, elements of size sz) by one zeroed
 * element; NULL on out-of-memory. */
void *bc__an_push(void **arr, size_t *n, size_t *cap, size_t sz);

/* Word helpers over the text. */
/* Is p[0..n) the lower-case word w, case-insensitive (ASCII)? */
static inline int bc__an_ieq(const char *p, size_t n, const char *w)
{
  size_t k;
  for (k = 0; k < n; k++) {
    unsigned char c = (unsigned char)p[k];
    if (!w[k])
      return 0;
    if (c >= 'A' && c <= 'Z')
      c = (unsigned char)(c - 'A' + 'a');
    if (c != (unsigned char)w[k])
      return 0;
  }
  return w[n] == '\0';
}

/* Is token i the word w (lower case), case-insensitive?  Inline: the
 * recognizers ask it of every token dozens of times. */
static inline int bc__an_tok_is(const struct an *a, size_t i, const char *w)
{
  unsigned char c;
  if (i >= a->ntok || a->tok[i].type != AN_WORD)
    return 0;
  c = (unsigned char)a->t[a->tok[i].s];
  if (c >= 'A' && c <= 'Z')
    c = (unsigned char)(c - 'A' + 'a');
  if (c != (unsigned char)w[0])
    return 0;
  return bc__an_ieq(a->t + a->tok[i].s, a->tok[i].e - a->tok[i].s, w);
}
int bc__an_tok_in(const struct an *a, size_t i, const char *const *list);
/* Binary search in a sorted, NULL-terminated list of n lower-case words
 * (AN_IN counts them): for the long lists asked about every token. */
int bc__an_tok_in_sorted(const struct an *a, size_t i, const char *const *list,
                         size_t n);
#define AN_IN(a, i, list)                                                      \
  bc__an_tok_in_sorted((a), (i), (list), sizeof(list) / sizeof((list)[0]) - 1)
int bc__an_is_cap(const struct an *a, size_t i);   /* Word starts upper */
int bc__an_is_lower(const struct an *a, size_t i); /* word starts lower */
int bc__an_is_punct(const struct an *a, size_t i, uint32_t cp);
int bc__an_is_dash(const struct an *a, size_t i); /* - – — */
size_t bc__an_toklen(const struct an *a, size_t i);
/* Parse a number token ("1,234.5") into *v; 0 when not a number token. */
int bc__an_num_value(const struct an *a, size_t i, double *v);
/* A small English function word ("the", "of", "and", "is" ...). */
int bc__an_is_function_word(const struct an *a, size_t i);
/* Value of a spelled-out cardinal "one".."ninety", "dozen"; -1 if none. */
int bc__an_word_number(const struct an *a, size_t i);
/* Month 1-12 of a month name or abbreviation token, else 0. */
int bc__an_month(const struct an *a, size_t i);
int bc__an_weekday(const struct an *a, size_t i);

/* Extractors: each scans the current segment's tokens. */
bc_status bc__an_sentences(struct an *a);
bc_status bc__an_dates(struct an *a);
bc_status bc__an_acronyms(struct an *a);
bc_status bc__an_acronyms_finish(struct an *a);
bc_status bc__an_numbers(struct an *a);
bc_status bc__an_names(struct an *a);
bc_status bc__an_names_finish(struct an *a);
bc_status bc__an_quotes(struct an *a);

#endif
