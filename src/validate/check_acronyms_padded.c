/* check_acronyms_padded.c - an expansion padded past its acronym: "IS,
 * which stands for Islamic State of Syria" or "IS (Islamic State of
 * Syria)" where the source writes IS and "Islamic State".  The first words
 * spell the acronym and are the source's; the words after them ("of
 * Syria") spell letters the acronym does not have, so the claim names
 * something else.  It judges only that shape: an expansion whose every
 * initial the acronym has is the other checks'. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/lexicon.h"
#include "validate/check_acronyms_internal.h"
#include "validate/validate_internal.h"

/* Words joining a name's parts, after which a padded tail may go on: not
 * "in" or "and", which after "stands for" may start a place or a list
 * ("stands for Jet Propulsion Laboratory in Pasadena"). */
static int linker(const char *w, size_t n)
{
  static const char *const words[] = {"for", "of"};
  return BC__LEX_IN(words, w, n);
}

/* The capital letters of acr ("DoD" is D, D) in up[], their number; 0
 * when acr has a digit or more than cap of them. */
static size_t capitals(const char *acr, char *up, size_t cap)
{
  size_t n = 0;
  for (; *acr; acr++) {
    if (*acr >= '0' && *acr <= '9')
      return 0;
    if (*acr >= 'A' && *acr <= 'Z') {
      if (n == cap)
        return 0;
      up[n++] = *acr;
    }
  }
  return n;
}

/* How many words from t[s] on, up to e, have initials that spell up[0..n)
 * exactly, one capitalised word a letter, joining words skipped: the end
 * of the last in *end; 0 when they do not. */
static int spells(const char *t, size_t s, size_t e, const char *up, size_t n,
                  size_t *end)
{
  size_t pos = s, st, wl, k = 0;
  while (k < n && (wl = bc__validate_next_word(t, e, &pos, &st)) > 0) {
    if (k > 0 && bc__lex_is_skippable(t + st, wl))
      continue;
    if (t[st] != up[k])
      return 0;
    k++;
    *end = st + wl;
  }
  return k == n;
}

/* The claim's expansion of a, read on past where the analyzer stopped
 * when a joining word and capitalised words follow it ("Islamic State |
 * of Syria"): its end. */
static size_t padded_end(const struct bc__claim *c, size_t e)
{
  const char *t = c->text;
  size_t pos = e, st, wl, end = e, last = e, g;
  int joined = 0, started = 0;
  while ((wl = bc__validate_next_word(t, c->len, &pos, &st)) > 0) {
    for (g = last; g < st; g++)
      if (t[g] != ' ')
        return end; /* punctuation ends the phrase */
    last = st + wl;
    if (!joined && linker(t + st, wl)) {
      joined = started = 1;
      continue;
    }
    if (!started || !(t[st] >= 'A' && t[st] <= 'Z'))
      return end;
    end = last;
    joined = 0;
  }
  return end;
}

int bc__acr_padded(struct bc__vstate *v, struct bc__claim *c,
                   const struct bc_acronym_fact *a)
{
  const char *t = c->text;
  size_t es = a->expansion_span.start, ee = a->expansion_span.end, pe, fe = 0;
  size_t pos, st, wl, n;
  char up[16], *def = NULL, *fix = NULL, *msg = NULL;
  struct bc_buf mb = BC_BUF_INIT(1024);
  int tail_cap = 0;
  if (!v->doc->text || (n = capitals(a->acronym, up, sizeof up)) < 2 ||
      es >= ee || ee > c->len)
    return 0;
  /* In parentheses the writer's expansion is all of it; after "stands
   * for" the analyzer may have stopped where the letters ran out. */
  pe = (es > 0 && t[es - 1] == '(') ? ee : padded_end(c, ee);
  if (!spells(t, es, pe, up, n, &fe) || fe >= pe)
    return 0;
  /* the tail names more: a capitalised word after "of" or "for", not
   * "Centers for Disease Control and Prevention" */
  pos = fe;
  if ((wl = bc__validate_next_word(t, pe, &pos, &st)) == 0 ||
      !linker(t + st, wl))
    return 0;
  while ((wl = bc__validate_next_word(t, pe, &pos, &st)) > 0)
    tail_cap += t[st] >= 'A' && t[st] <= 'Z';
  if (!tail_cap)
    return 0;
  /* The source writes the acronym and the words that spell it, and never
   * the padded phrase. */
  if (!bc__acr_writes(v->doc->text, v->doc->text_len, a->acronym) ||
      !bc__check_in_source(v, t + es, fe - es) ||
      bc__check_in_source(v, t + es, pe - es))
    return 0;
  def = bc__strndup(t + es, fe - es);
  bc_buf_addf(&mb,
              "the source writes %s and \"%s\"; the words after them name "
              "letters %s does not have",
              a->acronym, def ? def : "", a->acronym);
  msg = bc_buf_take(&mb, NULL);
  fix = def ? bc__strndup(def, strlen(def)) : NULL;
  if (!def || !msg || !fix)
    v->rc = BC_ERR_NOMEM;
  else if (!bc__acr_reported(v, c, es, &fix))
    bc__acr_error_at(v, c, es, pe, def, fix, msg);
  free(def);
  free(fix);
  free(msg);
  return 1;
}
