/* check_names.c - the name checker: a person, organisation or place a
 * claim names must be named in the source (its text, title or author), in
 * any order of its words.  An unknown name is a warning; a source's name
 * with words put inside it ("The Real Estate Deal" for "The Real Deal") is
 * an error. */
#include <string.h>

#include "util/known_acronyms.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

static int starts_sentence(const char *t, size_t at)
{
  while (at > 0 && (t[at - 1] == ' ' || t[at - 1] == '\t'))
    at--;
  if (at == 0)
    return 1;
  return strchr("\n:*-#>.!?\"(|", t[at - 1]) != NULL;
}

enum { MAX_NAME_WORDS = 12 };

/* The words of name s, up to MAX_NAME_WORDS: starts in st, lengths in wl;
 * their number, 0 when there are more. */
static size_t name_words(const char *s, size_t st[], size_t wl[])
{
  size_t n = strlen(s), pos = 0, k = 0, a, l;
  while ((l = bc__validate_next_word(s, n, &pos, &a)) > 0) {
    if (k == MAX_NAME_WORDS)
      return 0;
    st[k] = a;
    wl[k++] = l;
  }
  return k;
}

/* Does t[0..n) write w[0..wn) as a whole word, case and all? */
static int written_in(const char *t, size_t n, const char *w, size_t wn)
{
  size_t i;
  for (i = 0; t && i + wn <= n; i++)
    if (memcmp(t + i, w, wn) == 0 &&
        (i == 0 || !bc__check_is_alnum((unsigned char)t[i - 1])) &&
        (i + wn == n || !bc__check_is_alnum((unsigned char)t[i + wn])))
      return 1;
  return 0;
}

/* Is the source's name s (its ns words at ss) one whose words are fixed:
 * the title of a work or a body, written after a capitalised "The" inside
 * a sentence ("seen by The Real Deal"), or joined by a lower-case word
 * ("Bank of America")?  A person's name, with or without a title ("Vice
 * President Pence", "House Committee"), may gain words and stay right. */
static int fixed_name(const struct bc__vstate *v, const struct bc_name_fact *s,
                      const size_t ss[], size_t ns)
{
  const char *t = v->doc->text;
  size_t i, a = s->span.start;
  for (i = 1; i + 1 < ns; i++)
    if (s->name[ss[i]] >= 'a' && s->name[ss[i]] <= 'z')
      return 1;
  if (!t || a < 4 || a > v->doc->text_len || memcmp(t + a - 4, "The ", 4) != 0)
    return 0;
  for (i = a - 4; i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'); i--)
    ;
  return i > 0 && !strchr(".!?\n\"*#|:", t[i - 1]);
}

/* Is the claim's name c the source's name s with one or more words put
 * inside it ("Real Estate Deal" for "Real Deal", "Bank of North America"
 * for "Bank of America")?  Its first and last words are s's, every word
 * of s comes in order, and each added word is a capitalised word of three
 * letters or more, not an initial ("John F. Kennedy" for "John Kennedy"),
 * that the source never writes.
 * A person's name may gain a middle name, so neither may be a person's,
 * and the source's must be one whose words are fixed. */
static int word_added(const struct bc__vstate *v, const struct bc_name_fact *c,
                      const struct bc_name_fact *s)
{
  size_t cs[MAX_NAME_WORDS], cl[MAX_NAME_WORDS], ss[MAX_NAME_WORDS],
      sl[MAX_NAME_WORDS];
  size_t nc, ns, i, j = 0;
  if (c->kind == BC_NAME_PERSON || s->kind == BC_NAME_PERSON)
    return 0;
  nc = name_words(c->name, cs, cl);
  ns = name_words(s->name, ss, sl);
  if (ns < 2 || nc <= ns || !fixed_name(v, s, ss, ns))
    return 0;
  for (i = 0; i < nc; i++) {
    if (j < ns && cl[i] == sl[j] &&
        memcmp(c->name + cs[i], s->name + ss[j], cl[i]) == 0) {
      j++;
      continue;
    }
    /* An added word: inside, capitalised, no initial, and one the source
     * never writes so (else it may be of the name's longer form: "House
     * Intelligence Committee", "Vice President Mike Pence"). */
    if (i == 0 || i == nc - 1 || cl[i] < 3 || c->name[cs[i]] < 'A' ||
        c->name[cs[i]] > 'Z' ||
        written_in(v->doc->text, v->doc->text_len, c->name + cs[i], cl[i]))
      return 0;
  }
  return j == ns;
}

/* The source's name that the claim's name nm alters by added words; NULL
 * when none does. */
static const struct bc_name_fact *altered_name(const struct bc__vstate *v,
                                               const struct bc_name_fact *nm)
{
  size_t i;
  for (i = 0; i < v->facts->n_names; i++)
    if (word_added(v, nm, &v->facts->names[i]))
      return &v->facts->names[i];
  return NULL;
}

/* Is the name p[0..n) what an acronym the source writes usually stands
 * for ("Members of Parliament" where the source writes "MPs", "World
 * Health Organization" where it writes "WHO")?  The initials of its
 * capitalised words, the acronym written so, case and all. */
static int expands_source_acronym(const struct bc__vstate *v, const char *p,
                                  size_t n)
{
  const struct bc__known_acronym *k;
  char acr[16];
  size_t pos = 0, st, wl, m = 0, mn;
  const char *mean;
  while ((wl = bc__validate_next_word(p, n, &pos, &st)) > 0) {
    if (bc__lex_is_skippable(p + st, wl))
      continue;
    if (p[st] < 'A' || p[st] > 'Z' || m + 2 >= sizeof acr)
      return 0;
    acr[m++] = p[st];
  }
  if (m < 2 || !(k = bc__known_acronym_find(acr, m)))
    return 0;
  acr[m] = 's';
  if (!written_in(v->doc->text, v->doc->text_len, acr, m) &&
      !written_in(v->doc->text, v->doc->text_len, acr, m + 1))
    return 0;
  pos = 0;
  while ((mn = bc__known_acronym_next(k, &pos, &mean)) > 0)
    if (bc__validate_expansions_match(p, n, mean, mn))
      return 1;
  return 0;
}

/* Is the name p[0..n) what a well-known acronym the source writes
 * usually stands for, though its initials do not spell it ("Conservative
 * Campaign Headquarters" where the source writes "CCHQ")? */
static int means_source_known(const struct bc__vstate *v, const char *p,
                              size_t n)
{
  size_t q, pos, mn;
  const char *mean;
  for (q = 0; q < v->n_src_known; q++) {
    pos = 0;
    while ((mn = bc__known_acronym_next(v->src_known[q], &pos, &mean)) > 0)
      if (bc__validate_expansions_match(p, n, mean, mn))
        return 1;
  }
  return 0;
}

/* Does the source write p[0..n) with a possessive the claim's name left
 * off ("Assassin" of "Assassin's Creed", "Alzheimer" of "Alzheimers")? */
static int possessive_in_source(struct bc__vstate *v, const char *p, size_t n)
{
  static const char *const marks[] = {"'s", "\xE2\x80\x99s", "s"};
  char buf[256];
  size_t k;
  if (n + 5 > sizeof buf)
    return 0;
  memcpy(buf, p, n);
  for (k = 0; k < sizeof marks / sizeof marks[0]; k++) {
    strcpy(buf + n, marks[k]);
    if (bc__check_in_source(v, buf, n + strlen(marks[k])))
      return 1;
  }
  return 0;
}

/* Is the one-word name p[0..n) a people's name ("Texans", "Chinese",
 * "Norwegian") made from a place the source names with a capital ("Texas",
 * "China", "Norway")?  Its ending taken off, the first letters of what is
 * left begin a capitalised word of the source no more than three letters
 * longer than it. */
static int demonym_of_source_place(const struct bc__vstate *v, const char *p,
                                   size_t n)
{
  static const char *const ends[] = {"ians", "ans", "ian", "an",
                                     "ese",  "ish", "is",  "i"};
  const char *t = v->doc->text;
  size_t k, stem = 0, full, pos = 0, st, wl;
  if (!t || n < 5 || memchr(p, ' ', n) || p[0] < 'A' || p[0] > 'Z')
    return 0;
  for (k = 0; k < sizeof ends / sizeof ends[0] && !stem; k++) {
    size_t e = strlen(ends[k]);
    if (n >= e + 3 && memcmp(p + n - e, ends[k], e) == 0)
      stem = n - e;
  }
  if (!stem)
    return 0;
  full = stem;
  if (stem > 4)
    stem--; /* "Norweg-" of "Norway", "Americ-" of "America" */
  if (stem > 4)
    stem = 4 + (stem - 4) / 2;
  while ((wl = bc__validate_next_word(t, v->doc->text_len, &pos, &st)) > 0)
    if (wl >= stem && wl <= full + 3 && t[st] == p[0] &&
        memcmp(t + st, p, stem) == 0)
      return 1;
  return 0;
}

/* Is the word w[0..n) an acronym whose usual meaning the source writes
 * out ("PM" where the source says "Prime Minister")? */
static int acronym_of_source_words(struct bc__vstate *v, const char *w,
                                   size_t n)
{
  const struct bc__known_acronym *k;
  size_t pos = 0, mn, i;
  const char *mean;
  for (i = 0; i < n; i++)
    if (w[i] < 'A' || w[i] > 'Z')
      return 0;
  if (n < 2 || !(k = bc__known_acronym_find(w, n)))
    return 0;
  while ((mn = bc__known_acronym_next(k, &pos, &mean)) > 0)
    if (memchr(mean, ' ', mn) && bc__check_in_source(v, mean, mn))
      return 1;
  return 0;
}

/* The name at c->text[s..e) is the end of a longer word ("Motion" of
 * "4Motion"): that word, when the source writes it. */
static int glued_in_source(struct bc__vstate *v, const struct bc__claim *c,
                           size_t s, size_t e)
{
  size_t a = s;
  while (a > 0 && bc__check_is_alnum((unsigned char)c->text[a - 1]))
    a--;
  return a < s && bc__check_in_source(v, c->text + a, e - a);
}

void bc__check_names(struct bc__vstate *v, const struct bc__claim *c)
{
  const struct bc_facts *f = c->f;
  size_t i;
  for (i = 0; i < f->n_names && !v->rc; i++) {
    const struct bc_name_fact *nm = &f->names[i];
    size_t n = strlen(nm->name), pos = 0, st, wl;
    int all = 1;
    size_t k;
    for (k = 0; k < c->n_exp; k++)
      if (nm->span.start < c->exp[k].end && c->exp[k].start < nm->span.end)
        break;
    if (k < c->n_exp)
      continue; /* an acronym's expansion, checked as such */
    /* One capitalised word where a sentence may start (a list bullet,
     * "**TL;DR:** Launched", a table's cell: "| Event | Detail |") is more
     * often a verb or a label than a name. */
    if (!strchr(nm->name, ' ') && starts_sentence(c->text, nm->span.start))
      continue;
    /* A speaker label of a transcript ("Host:" at a line start). */
    if (nm->span.end < c->len && c->text[nm->span.end] == ':' &&
        (nm->span.start == 0 || c->text[nm->span.start - 1] == '\n'))
      continue;
    v->r->checked.names++;
    if (bc__check_in_source(v, nm->name, n))
      continue;
    {
      const struct bc_name_fact *was = altered_name(v, nm);
      if (was) {
        bc__check_add(v, c, BC_FINDING_NAME, BC_SEV_ERROR, nm->span, was->name,
                      was->span, was->name,
                      "the source names this otherwise, without the added "
                      "words");
        continue;
      }
    }
    /* "Jane Smith" where the source says "Smith, Jane" or "Dr Smith": every
     * capitalised word of the name is in the source. */
    while ((wl = bc__validate_next_word(nm->name, n, &pos, &st)) > 0) {
      char ch = nm->name[st];
      if (wl < 2 || !(ch >= 'A' && ch <= 'Z'))
        continue;
      if (!bc__check_in_source(v, nm->name + st, wl) &&
          !acronym_of_source_words(v, nm->name + st, wl) &&
          !(nm->kind != BC_NAME_PERSON &&
            demonym_of_source_place(v, nm->name + st, wl))) {
        all = 0;
        break;
      }
    }
    if (all || expands_source_acronym(v, nm->name, n) ||
        means_source_known(v, nm->name, n) ||
        possessive_in_source(v, nm->name, n) ||
        (nm->kind != BC_NAME_PERSON &&
         demonym_of_source_place(v, nm->name, n)) ||
        glued_in_source(v, c, nm->span.start, nm->span.end))
      continue;
    bc__check_add(v, c, BC_FINDING_NAME, BC_SEV_WARNING, nm->span, "",
                  (struct bc_span){0, 0}, NULL, "the source never names this");
  }
}
