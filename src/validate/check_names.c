/* check_names.c - the name checker: a person, organisation or place a
 * claim names must be named in the source (its text, title or author), in
 * any order of its words, a role or party word before it aside, and the
 * publication the source comes from and a podcast's segment titles are no
 * claims (check_names_framing.c).  An unknown name is a warning; a source's
 * name with words put inside it ("The Real Estate Deal" for "The Real Deal") is
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

/* The letters of the demonym d[0..n) ("Texans", "Chinese", "Norwegian")
 * that the place it is made from begins with, into *stem, and the most
 * letters before its ending, into *full; 0 when d is no demonym. */
static int demonym_stem(const char *d, size_t n, size_t *stem, size_t *full)
{
  static const char *const ends[] = {"ians", "ans", "ian", "an",
                                     "ese",  "ish", "is",  "i"};
  size_t k;
  *stem = 0;
  if (n < 5 || memchr(d, ' ', n) || d[0] < 'A' || d[0] > 'Z')
    return 0;
  for (k = 0; k < sizeof ends / sizeof ends[0] && !*stem; k++) {
    size_t e = strlen(ends[k]);
    if (n >= e + 3 && memcmp(d + n - e, ends[k], e) == 0)
      *stem = n - e;
  }
  if (!*stem)
    return 0;
  *full = *stem;
  if (*stem > 4)
    --*stem; /* "Norweg-" of "Norway", "Americ-" of "America" */
  if (*stem > 4)
    *stem = 4 + (*stem - 4) / 2;
  return 1;
}

/* Is the place w[0..wn) the one the demonym d[0..dn) is made from: it
 * begins with d's stem and is no more than three letters longer than what
 * is left of d without its ending? */
static int place_of(const char *d, size_t dn, const char *w, size_t wn)
{
  size_t stem, full;
  return demonym_stem(d, dn, &stem, &full) && wn >= stem && wn <= full + 3 &&
         w[0] == d[0] && memcmp(w, d, stem) == 0;
}

/* Is the one-word name p[0..n) a people's name ("Texans", "Chinese",
 * "Norwegian") made from a place the source names with a capital ("Texas",
 * "China", "Norway"), or such a place where the source writes its people's
 * name ("China" where it says "the Chinese e-commerce giant")? */
static int demonym_of_source_place(const struct bc__vstate *v, const char *p,
                                   size_t n)
{
  const char *t = v->doc->text;
  size_t pos = 0, st, wl;
  if (!t || n < 4 || memchr(p, ' ', n) || p[0] < 'A' || p[0] > 'Z')
    return 0;
  while ((wl = bc__validate_next_word(t, v->doc->text_len, &pos, &st)) > 0)
    if (t[st] == p[0] &&
        (place_of(p, n, t + st, wl) || place_of(t + st, wl, p, n)))
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

/* The name at c->text[s..e) is part of a longer word ("Motion" of
 * "4Motion", "Olfr" of "Olfr78"): that word, when the source writes it. */
static int glued_in_source(struct bc__vstate *v, const struct bc__claim *c,
                           size_t s, size_t e)
{
  size_t a = s, b = e;
  while (a > 0 && bc__check_is_alnum((unsigned char)c->text[a - 1]))
    a--;
  while (b < c->len && bc__check_is_alnum((unsigned char)c->text[b]))
    b++;
  return (a < s || b > e) && bc__check_in_source(v, c->text + a, b - a);
}

/* Does the source write p[0..n) with the other apostrophe ("O'Rourke" for
 * "O\u2019Rourke" and back)? */
static int other_apostrophe_in_source(struct bc__vstate *v, const char *p,
                                      size_t n)
{
  char buf[256];
  size_t i, k = 0, swapped = 0;
  for (i = 0; i < n && k + 3 < sizeof buf; i++) {
    if (p[i] == '\'') {
      memcpy(buf + k, "\xE2\x80\x99", 3);
      k += 3;
      swapped++;
    } else if (i + 2 < n && memcmp(p + i, "\xE2\x80\x99", 3) == 0) {
      buf[k++] = '\'';
      i += 2;
      swapped++;
    } else {
      buf[k++] = p[i];
    }
  }
  return swapped && i == n && bc__check_in_source(v, buf, k);
}

/* Is the word w[0..n) the plural of a name the source writes ("Sentras"
 * where it writes "Sentra")? */
static int plural_in_source(struct bc__vstate *v, const char *w, size_t n)
{
  if (n < 4 || w[n - 1] != 's' || w[n - 2] == 's' || w[n - 2] == '\'')
    return 0;
  return bc__check_in_source(v, w, n - 1) ||
         (w[n - 2] == 'e' && bc__check_in_source(v, w, n - 2));
}

/* Is the word w[0..n) a title ("Senators", "Governor") whose usual short
 * form the source writes ("Sens.", "Gov.")?  A title is no name of its
 * own; the person's name is checked by its other words. */
static int title_abbreviated_in_source(struct bc__vstate *v, const char *w,
                                       size_t n)
{
  static const char *const titles[][2] = {
      {"Senator", "Sen"},        {"Representative", "Rep"}, {"Governor", "Gov"},
      {"General", "Gen"},        {"Lieutenant", "Lt"},      {"Sergeant", "Sgt"},
      {"Reverend", "Rev"},       {"Professor", "Prof"},     {"Doctor", "Dr"},
      {"Superintendent", "Supt"}};
  size_t k;
  for (k = 0; k < sizeof titles / sizeof titles[0]; k++) {
    const char *full = titles[k][0], *ab = titles[k][1];
    size_t fn = strlen(full), an = strlen(ab);
    char buf[8];
    int plural = n == fn + 1 && w[fn] == 's';
    if ((n != fn && !plural) || memcmp(w, full, fn) != 0)
      continue;
    memcpy(buf, ab, an);
    if (plural)
      buf[an++] = 's';
    buf[an++] = '.';
    return bc__check_in_source(v, buf, an);
  }
  return 0;
}

/* The states of the United States with the short form newsrooms write
 * for them ("Orange County, Calif.", "R-W.Va."); a state that has none is
 * not listed. */
static const char *const states[][2] = {
    {"Alabama", "Ala."},      {"Arizona", "Ariz."},
    {"Arkansas", "Ark."},     {"California", "Calif."},
    {"Colorado", "Colo."},    {"Connecticut", "Conn."},
    {"Delaware", "Del."},     {"Florida", "Fla."},
    {"Georgia", "Ga."},       {"Illinois", "Ill."},
    {"Indiana", "Ind."},      {"Kansas", "Kan."},
    {"Kentucky", "Ky."},      {"Louisiana", "La."},
    {"Maryland", "Md."},      {"Massachusetts", "Mass."},
    {"Michigan", "Mich."},    {"Minnesota", "Minn."},
    {"Mississippi", "Miss."}, {"Missouri", "Mo."},
    {"Montana", "Mont."},     {"Nebraska", "Neb."},
    {"Nevada", "Nev."},       {"New Hampshire", "N.H."},
    {"New Jersey", "N.J."},   {"New Mexico", "N.M."},
    {"New York", "N.Y."},     {"North Carolina", "N.C."},
    {"North Dakota", "N.D."}, {"Oklahoma", "Okla."},
    {"Oregon", "Ore."},       {"Pennsylvania", "Pa."},
    {"Rhode Island", "R.I."}, {"South Carolina", "S.C."},
    {"South Dakota", "S.D."}, {"Tennessee", "Tenn."},
    {"Vermont", "Vt."},       {"Virginia", "Va."},
    {"Washington", "Wash."},  {"West Virginia", "W.Va."},
    {"Wisconsin", "Wis."},    {"Wyoming", "Wyo."}};

/* Does the source write the short form ab of a state: as a word of its
 * own, or after a party's letter ("R-W.Va.")? */
static int state_short_in_source(const struct bc__vstate *v, const char *ab)
{
  const char *t = v->doc->text, *at;
  size_t n = strlen(ab), len = t ? v->doc->text_len : 0;
  for (at = t ? strstr(t, ab) : NULL; at; at = strstr(at + n, ab)) {
    size_t a = (size_t)(at - t);
    if ((a == 0 || !bc__check_is_alnum((unsigned char)t[a - 1])) &&
        (a + n == len || !bc__check_is_alnum((unsigned char)t[a + n])))
      return 1;
  }
  return 0;
}

/* The words of the name p[0..n) from st on that name a state whose short
 * form the source writes ("California" where it writes "Calif."): the end
 * of those words, 0 when they name none. */
static size_t state_in_source(const struct bc__vstate *v, const char *p,
                              size_t n, size_t st)
{
  size_t k;
  for (k = 0; k < sizeof states / sizeof states[0]; k++) {
    size_t sn = strlen(states[k][0]);
    if (st + sn <= n && memcmp(p + st, states[k][0], sn) == 0 &&
        (st + sn == n || !bc__check_is_alnum((unsigned char)p[st + sn])) &&
        state_short_in_source(v, states[k][1]))
      return st + sn;
  }
  return 0;
}

/* Is w[0..n) a party's name the source gives by its letter before a
 * state ("Republican" where it writes "R-W.Va.")? */
static int party_letter_in_source(const struct bc__vstate *v, const char *w,
                                  size_t n)
{
  const char *t = v->doc->text, *at;
  char letter;
  size_t k;
  if (n == 10 && memcmp(w, "Republican", 10) == 0)
    letter = 'R';
  else if ((n == 8 && memcmp(w, "Democrat", 8) == 0) ||
           (n == 10 && memcmp(w, "Democratic", 10) == 0))
    letter = 'D';
  else
    return 0;
  for (at = t ? strchr(t, letter) : NULL; at; at = strchr(at + 1, letter)) {
    if (at[1] != '-' || (at > t && bc__check_is_alnum((unsigned char)at[-1])))
      continue;
    for (k = 0; k < sizeof states / sizeof states[0]; k++)
      if (strncmp(at + 2, states[k][1], strlen(states[k][1])) == 0)
        return 1;
  }
  return 0;
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
      size_t end;
      if (wl < 2 || !(ch >= 'A' && ch <= 'Z') ||
          (st == 0 && bc__name_lead_word(v, c->text, nm->span.start,
                                         nm->span.end, nm->name, wl)))
        continue;
      if ((end = state_in_source(v, nm->name, n, st)) != 0) {
        pos = end;
        continue;
      }
      if (party_letter_in_source(v, nm->name + st, wl))
        continue;
      if (!bc__check_in_source(v, nm->name + st, wl) &&
          !acronym_of_source_words(v, nm->name + st, wl) &&
          !other_apostrophe_in_source(v, nm->name + st, wl) &&
          !plural_in_source(v, nm->name + st, wl) &&
          !title_abbreviated_in_source(v, nm->name + st, wl) &&
          !(nm->kind != BC_NAME_PERSON &&
            demonym_of_source_place(v, nm->name + st, wl))) {
        all = 0;
        break;
      }
    }
    if (all || expands_source_acronym(v, nm->name, n) ||
        other_apostrophe_in_source(v, nm->name, n) ||
        means_source_known(v, nm->name, n) ||
        possessive_in_source(v, nm->name, n) ||
        (nm->kind != BC_NAME_PERSON &&
         demonym_of_source_place(v, nm->name, n)) ||
        glued_in_source(v, c, nm->span.start, nm->span.end) ||
        bc__name_is_publisher(v, nm->name, n) ||
        bc__name_show_label(c, nm->span.start, nm->span.end))
      continue;
    bc__check_add(v, c, BC_FINDING_NAME, BC_SEV_WARNING, nm->span, "",
                  (struct bc_span){0, 0}, NULL, "the source never names this");
  }
}
