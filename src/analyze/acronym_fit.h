/* acronym_fit.h - the letter alignment behind every "do these words spell
 * this acronym" question in briefcast (see acronym_fit.c).  For the
 * analyzer's acronym finder; the checker uses the plain-string
 * bc__analyze_acronym_fit() declared in analyze.h. */
#ifndef BC_ANALYZE_ACRONYM_FIT_H
#define BC_ANALYZE_ACRONYM_FIT_H

#include <stddef.h>
#include <stdint.h>

#include "analyze/analyze.h"

#define BC__ACR_MAX_UNITS 16  /* letters of an acronym */
#define BC__ACR_MAX_WORDS 24  /* words of a window */
#define BC__ACR_MAX_CHARS 192 /* letters of a window (< 255) */

/* One thing of the acronym to spell: a letter or digit (cp, folded to
 * lower case), or a whole word ("alpha" of "TNF alpha"). */
struct bc__acr_unit {
  uint32_t cp;
  const char *w;
  size_t wn;
};

/* One letter or digit of the window's words. */
struct bc__acr_char {
  size_t off;         /* byte offset in the text */
  uint32_t cp;        /* folded to lower case */
  unsigned char kind; /* word start, part start, syllable, inner */
  unsigned char w;    /* its word */
  signed char num;    /* its part is a number word: the digit, else -1 */
  unsigned short pe;  /* the letter after its part */
  unsigned char mark; /* first letter after a mark inside the word */
};

struct bc__acr_word {
  size_t s, e;         /* bytes, marks around the word included */
  size_t c0, c1;       /* its letters */
  unsigned char stop;  /* a word that need not give a letter ("of") */
  unsigned char prep;  /* a preposition */
  unsigned char upper; /* starts with a capital */
  /* Another letter the acronym's first may stand at: the name after
   * locants ("2,6-diaminopurine", the expansion keeps them) or after
   * "anti-" (the expansion starts there); lead == c0 when none. */
  size_t lead;
  unsigned char lead_in;
};

/* The alignment of one acronym with one window of text.  Large (about
 * 20 KB): callers keep one and reuse it. */
struct bc__acr_fit {
  size_t nu, nw, nc;
  struct bc__acr_unit u[BC__ACR_MAX_UNITS];
  struct bc__acr_word w[BC__ACR_MAX_WORDS];
  struct bc__acr_char c[BC__ACR_MAX_CHARS];
  int start_cost[BC__ACR_MAX_WORDS];    /* best cost from each first word */
  size_t start_char[BC__ACR_MAX_WORDS]; /* its first letter used */
  unsigned char trail_end[BC__ACR_MAX_WORDS]; /* see acronym_fit.c */
  int h[BC__ACR_MAX_UNITS][BC__ACR_MAX_CHARS];
  unsigned char nx[BC__ACR_MAX_UNITS][BC__ACR_MAX_CHARS];
};

/* The best alignment from one first word. */
struct bc__acr_match {
  size_t start, end; /* bytes of the expansion in the text */
  size_t first_word, last_word, last_char;
  int cost;
  int initials;         /* every letter an initial, no word left out */
  int cut;              /* ended before a preposition */
  int last_entry;       /* the last word used gives its initial */
  size_t used_words;    /* words that give a letter */
  size_t content_words; /* words other than stop words */
  unsigned char used[BC__ACR_MAX_WORDS];
  unsigned char used_char[BC__ACR_MAX_CHARS];
};

enum {
  BC__ACR_CUT_PREP = 1, /* end before a preposition after the last letter */
  BC__ACR_NO_TRAIL = 2  /* every word up to the window's end gives a letter
                           or is a stop word inside */
};

/* Align acronym sf[0..sfn) with the words of t[s..e).  0 when there is
 * nothing to align: f->nu is 0 when the acronym has no letters or too
 * many, else the window has no words or too many letters.  After 0, f
 * is unusable. */
int bc__acr_fit_window(struct bc__acr_fit *f, const char *sf, size_t sfn,
                       const char *t, size_t s, size_t e, unsigned flags);

/* The best alignment that starts with the first letter of word w; 0 when
 * there is none. */
int bc__acr_fit_pick(const struct bc__acr_fit *f, size_t w,
                     struct bc__acr_match *m);

/* The strength test: nonzero when the alignment is good enough to report
 * the words as a definition. */
int bc__acr_strong_enough(const struct bc__acr_fit *f,
                          const struct bc__acr_match *m);

/* Whether the alignment m takes the letter cp (folded to lower case)
 * other than as a content word's initial: from inside a word, or as the
 * initial of a small word ("for"). */
int bc__acr_weak_letter(const struct bc__acr_fit *f,
                        const struct bc__acr_match *m, uint32_t cp);

/* Word lists of the rule, case-insensitive. */
int bc__acr_is_stop_word(const char *w, size_t n);
int bc__acr_is_preposition(const char *w, size_t n);

#endif
