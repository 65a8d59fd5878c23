/* Who said a quotation the fact sheet leaves unattributed, when the text
 * next to it says so plainly: "…," said Ann Lee / "…," Ann Lee said /
 * Ann Lee said: "…" / "…," according to Ann Lee; a pronoun ("…," he said)
 * names the subject of the sentence before when that sentence opens with
 * "Name said" (or "Name, role, said"); a quotation that goes on right
 * after an attributed one keeps its speaker.  Anything else stays
 * unattributed: never a guess. */
#include "local.h"

#include <string.h>

static const char *const verbs[] = {"said",     "says",  "told",
                                    "added",    "adds",  "explained",
                                    "insisted", "wrote", NULL};
static const char *const pronouns[] = {"he", "she", "it", "they", NULL};
/* Words that join another clause, not a role before a name ("…," but Ann
 * Lee said). */
static const char *const joins[] = {
    "but",  "and", "or",      "as",       "while", "when",   "so",
    "then", "if",  "because", "although", "after", "before", NULL};
/* Capitalised words that are no name: pronouns, joins and the determiners
 * and number words that open a noun phrase ("One vice-chancellor said"). */
static const char *const not_names[] = {
    "The",  "It",    "He",      "She",  "They",    "This",  "That", "But",
    "And",  "We",    "I",       "A",    "An",      "In",    "When", "One",
    "Two",  "Three", "Another", "Some", "Each",    "Every", "Any",  "No",
    "Many", "Most",  "Both",    "All",  "Several", "Few",   NULL};

/* Articles that make the capitalised word after them a descriptor ("the
 * Frenchman", "a Briton"), not a name. */
static const char *const articles[] = {"the", "The", "a", "A",
                                       "an",  "An",  NULL};

static int is_up(char c)
{
  return c >= 'A' && c <= 'Z';
}
static int is_word(char c)
{
  return (c >= 'a' && c <= 'z') || is_up(c) || (c >= '0' && c <= '9') ||
         c == '-' || c == '\'' || c == '.' || (unsigned char)c >= 0x80;
}
static int is_mark(const char *t, size_t i, size_t n)
{
  unsigned char c = (unsigned char)t[i];
  if (c == '"')
    return 1;
  /* “ ” (U+201C, U+201D) */
  return c == 0xe2 && i + 2 < n && (unsigned char)t[i + 1] == 0x80 &&
         ((unsigned char)t[i + 2] == 0x9c || (unsigned char)t[i + 2] == 0x9d);
}

/* Back from i over spaces and opening marks (" or U+201C). */
static size_t back_marks(const char *t, size_t i)
{
  for (;;) {
    if (i > 0 && (bc__local_is_space(t[i - 1]) || t[i - 1] == '"'))
      i--;
    else if (i >= 3 && memcmp(t + i - 3, "\xe2\x80\x9c", 3) == 0)
      i -= 3;
    else
      return i;
  }
}

/* The word at [i, *e): letters only, no trailing full stop. */
static size_t word_end(const char *t, size_t n, size_t i)
{
  while (i < n && is_word(t[i]))
    i++;
  return i;
}

static int word_in(const char *t, size_t s, size_t e, const char *const *l)
{
  while (e > s && t[e - 1] == '.')
    e--; /* "said." */
  for (; *l; l++)
    if (strlen(*l) == e - s && memcmp(t + s, *l, e - s) == 0)
      return 1;
  return 0;
}

/* A name starting at i: one to five capitalised words; [i, *e). */
static int name_at(const char *t, size_t n, size_t i, size_t *e)
{
  size_t k = 0, w, end = i;
  while (i < n && is_up(t[i]) && k < 5) {
    w = word_end(t, n, i);
    if (k == 0 && word_in(t, i, w, not_names))
      return 0;
    end = w;
    k++;
    if (w + 1 < n && t[w] == ' ' && is_up(t[w + 1]))
      i = w + 1;
    else
      break;
  }
  while (end > i && t[end - 1] == '.' && k == 1)
    end--;
  *e = end;
  return k > 0;
}

static int has_upper(const char *t, size_t s, size_t e)
{
  for (; s < e; s++)
    if (is_up(t[s]))
      return 1;
  return 0;
}

/* The start of the capitalised words (one to four) ending at e, or e; a
 * leading "The" is not part of the name. */
static size_t name_before(const char *t, size_t e)
{
  size_t s = e, p = e, k = 0, w;
  while (k < 4) {
    w = p;
    while (w > 0 && is_word(t[w - 1]))
      w--;
    if (w == p || !is_up(t[w]))
      break;
    s = w;
    k++;
    if (w == 0 || t[w - 1] != ' ')
      break;
    p = w - 1;
  }
  if (s < e) {
    w = word_end(t, e, s);
    if (word_in(t, s, w, not_names))
      s = w < e ? w + 1 : e;
  }
  return s;
}

/* Whether the capitalised words at s follow an article, with at most two
 * lower-case words between ("the 66-year-old Frenchman"). */
static int after_article(const char *t, size_t s)
{
  for (int k = 0; k < 3 && s >= 2 && t[s - 1] == ' '; k++) {
    size_t e = s - 1, w = e;
    while (w > 0 && is_word(t[w - 1]))
      w--;
    if (w == e)
      return 0;
    if (word_in(t, w, e, articles))
      return 1;
    if (is_up(t[w]))
      return 0;
    s = w;
  }
  return 0;
}

static char *dup_name(const char *t, size_t s, size_t e)
{
  while (e > s && (t[e - 1] == '.' || t[e - 1] == '\''))
    e--;
  return bc__strndup(t + s, e - s);
}

/* Words after a quotation that name its speaker; *pron set when they are a
 * pronoun ("he said").  NULL with *pron 0: no attribution. */
static char *after(const char *t, size_t n, size_t i, int *pron)
{
  size_t a, b, c, d;
  *pron = 0;
  a = word_end(t, n, i);
  if (a == i || a >= n || t[a] != ' ')
    return NULL;
  if (word_in(t, i, a, verbs)) { /* said Ann Lee */
    if (name_at(t, n, a + 1, &b))
      return dup_name(t, a + 1, b);
    return NULL;
  }
  if (word_in(t, i, a, pronouns)) { /* he said */
    b = word_end(t, n, a + 1);
    *pron = word_in(t, a + 1, b, verbs);
    return NULL;
  }
  if (word_in(t, i, a, articles))
    return NULL; /* "the Frenchman said": a descriptor */
  if (!is_up(t[i]) && is_up(t[a + 1]) && !word_in(t, i, a, joins))
    i = a + 1; /* a role before the name: "boss Ann Lee told" */
  if (!name_at(t, n, i, &b) || b + 1 >= n || t[b] != ' ')
    return NULL;
  c = b + 1;
  d = word_end(t, n, c);
  if (word_in(t, c, d, verbs))
    return dup_name(t, i, b);
  return NULL;
}

/* Does t[s, e) end no sentence before its last full stop?  (The gap
 * between a quotation and the next is the rest of one sentence.) */
static int one_sentence(const char *t, size_t s, size_t e)
{
  while (e > s && (bc__local_is_space(t[e - 1]) || t[e - 1] == '.'))
    e--;
  for (; s < e; s++)
    if (t[s] == '.' || t[s] == '?' || t[s] == '!')
      return 0;
  return 1;
}

/* The subject of the sentence ending before `at` when it opens with "Name
 * said" or "Name, role, said". */
static char *subject_before(const char *t, size_t at)
{
  size_t s, e, v, ve;
  while (at > 0 && (t[at - 1] == '.' || bc__local_is_space(t[at - 1])))
    at--;
  s = at;
  while (s > 0 && t[s - 1] != '.' && t[s - 1] != '\n' && at - s < 400)
    s--;
  while (s < at && (bc__local_is_space(t[s]) || is_mark(t, s, at)))
    s += (unsigned char)t[s] == 0xe2 ? 3 : 1;
  if (!name_at(t, at, s, &e))
    return NULL;
  v = e;
  if (v < at && t[v] == ',') { /* an apposition: skip to its comma */
    v++;
    while (v < at && t[v] != ',' && t[v] != '.')
      v++;
    if (v >= at || t[v] != ',')
      return NULL;
    v++;
  }
  if (v >= at || t[v] != ' ')
    return NULL;
  ve = word_end(t, at, v + 1);
  if (!word_in(t, v + 1, ve, verbs))
    return NULL;
  return dup_name(t, s, e);
}

char *bc__local_quote_speaker(const struct bc_doc *doc, struct bc_span sp,
                              const char *prev_who, size_t prev_end)
{
  const char *t = doc->text;
  size_t n = doc->text_len, i = sp.end, j = sp.start, k;
  int comma = 0, pron = 0;
  char *who;
  /* after: ," / ", / ?" then the attribution */
  for (k = 0; k < 6 && i < n; k++) {
    if (t[i] == ',' || t[i] == '?' || t[i] == '!')
      comma = 1;
    else if (is_mark(t, i, n))
      i += (unsigned char)t[i] == 0xe2 ? 2 : 0;
    else if (t[i] != ' ' && t[i] != '.')
      break;
    if (t[i] == '.')
      comma = 0;
    i++;
  }
  if (comma) {
    if (i + 13 < n && memcmp(t + i, "according to ", 13) == 0) {
      size_t e;
      if (name_at(t, n, i + 13, &e))
        return dup_name(t, i + 13, e);
    } else if ((who = after(t, n, i, &pron)) != NULL) {
      return who;
    } else if (pron) {
      size_t o = back_marks(t, sp.start);
      if (prev_who && *prev_who && prev_end <= o && o - prev_end < 160 &&
          one_sentence(t, prev_end, o))
        return bc__strdup(prev_who);
      return subject_before(t, o);
    }
  }
  /* before: Ann Lee said: "… */
  j = back_marks(t, j);
  if (j > 0 && (t[j - 1] == ':' || t[j - 1] == ',')) {
    size_t ve = j - 1, vs = ve;
    while (vs > 0 && is_word(t[vs - 1]))
      vs--;
    if (word_in(t, vs, ve, verbs) && vs >= 2 && t[vs - 1] == ' ') {
      size_t ne = vs - 1, ns = name_before(t, ne);
      if (ns < ne && !after_article(t, ns))
        return dup_name(t, ns, ne);
    }
  }
  /* goes on after an attributed quotation, the gap only marks, spaces and
   * an attribution naming that speaker */
  if (prev_who && *prev_who && prev_end <= sp.start &&
      sp.start - prev_end < 120) {
    size_t g;
    int words = 0;
    for (g = prev_end; g < sp.start; g++)
      if (is_word(t[g]) && (g == prev_end || !is_word(t[g - 1])))
        words++;
    if (words == 0 || (words <= 2 && !has_upper(t, prev_end, sp.start)))
      return bc__strdup(prev_who); /* "…," she said. "… */
    if (words <= 12 &&
        bc__local_holds(t + prev_end, sp.start - prev_end, prev_who))
      return bc__strdup(prev_who);
  }
  return NULL;
}

int bc__local_quote_descriptor(const struct bc_doc *doc, struct bc_span sp,
                               const char *who)
{
  const char *t = doc->text;
  size_t wl = who ? strlen(who) : 0, lo, hi, best = (size_t)-1, i;
  if (!wl || sp.end > doc->text_len)
    return 0;
  lo = sp.start > 200 ? sp.start - 200 : 0;
  hi = sp.end + 80 < doc->text_len ? sp.end + 80 : doc->text_len;
  /* the mention nearest the quotation: the last before it, else the first
   * after it */
  for (i = lo; i + wl <= hi; i++) {
    if (i >= sp.start && i < sp.end)
      continue; /* inside the quotation */
    if (memcmp(t + i, who, wl) || (i > 0 && is_up(t[i - 1])) ||
        (i > 0 && t[i - 1] >= 'a' && t[i - 1] <= 'z') ||
        (i + wl < hi &&
         (is_up(t[i + wl]) || (t[i + wl] >= 'a' && t[i + wl] <= 'z'))))
      continue; /* not a whole word */
    if (i < sp.start) {
      best = i; /* the last mention before it */
      continue;
    }
    if (best == (size_t)-1)
      best = i; /* else the first after it */
    break;
  }
  return best != (size_t)-1 && after_article(t, best);
}
