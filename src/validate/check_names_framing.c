/* check_names_framing.c - capitalised words a summary writes around a name
 * that name nothing the source must: a role or party word before a
 * person's name ("Director Tom Harper", "Democrat John Bel Edwards"), a
 * unit glued to a number ("2.4GHz Intel Core"), the publication the source
 * comes from as its web address names it ("the Guardian" from
 * theguardian.com, "Village Voice" from villagevoice.com), and a show's own
 * segment title in a podcast's framing ("Today on Feed Check:", "That's
 * Feed Check.").  The name checker (check_names.c) asks these. */
#include <string.h>
#include <strings.h>

#include "util/lexicon.h"
#include "validate/validate_internal.h"

/* Words that say what a person is or which side they are on; sorted, lower
 * case. */
static const char *const roles[] = {
    "activist",     "actor",          "actress",     "analyst",
    "artist",       "attorney",       "author",      "bishop",
    "captain",      "chair",          "chairman",    "chairwoman",
    "coach",        "colonel",        "columnist",   "commissioner",
    "composer",     "conservative",   "councillor",  "councilman",
    "councilwoman", "democrat",       "democratic",  "detective",
    "director",     "economist",      "editor",      "executive",
    "filmmaker",    "founder",        "general",     "governor",
    "host",         "independent",    "journalist",  "judge",
    "justice",      "labour",         "lawmaker",    "liberal",
    "manager",      "mayor",          "minister",    "novelist",
    "officer",      "pastor",         "playwright",  "producer",
    "professor",    "prosecutor",     "quarterback", "rapper",
    "reporter",     "representative", "republican",  "researcher",
    "scientist",    "secretary",      "senator",     "sheriff",
    "singer",       "songwriter",     "spokesman",   "spokeswoman",
    "star",         "striker",        "tory",        "writer"};

/* Does the source speak of the role w[0..n): a word, case aside, that is
 * its stem (an ending "or", "er", "ic" or "s" off) with at most three
 * letters after ("directing" for "Director", "Democrats" for "Democrat";
 * not "government" for "Governor")? */
static int role_in_source(const struct bc__vstate *v, const char *w, size_t n)
{
  const char *t = v->doc->text;
  size_t len = t ? v->doc->text_len : 0, stem = n, a, b;
  if (stem > 5 && strchr("sS", w[stem - 1]))
    stem--;
  if (stem > 5 && (strncasecmp(w + stem - 2, "or", 2) == 0 ||
                   strncasecmp(w + stem - 2, "er", 2) == 0 ||
                   strncasecmp(w + stem - 2, "ic", 2) == 0))
    stem -= 2;
  for (a = 0; a + stem <= len; a = b + 1) {
    for (b = a; b < len && bc__check_is_alnum((unsigned char)t[b]); b++)
      ;
    if (b - a >= stem && b - a <= stem + 3 && strncasecmp(t + a, w, stem) == 0)
      return 1;
  }
  return 0;
}

/* Is the first word w[0..n) of the claim's name at text[s..e) no part of
 * the name: a role or party word the source speaks of, with more of the
 * name after it ("Director Tom Harper" where the source says he was
 * directing), or a unit of four letters at most glued to the number
 * before it ("GHz" of "2.4GHz Intel Core"; a name alone, "4Matic", is
 * checked)? */
int bc__name_lead_word(const struct bc__vstate *v, const char *text, size_t s,
                       size_t e, const char *w, size_t n)
{
  if (s + n >= e)
    return 0;
  if (s > 0 && text[s - 1] >= '0' && text[s - 1] <= '9')
    return n <= 4;
  return BC__LEX_IN(roles, w, n) && role_in_source(v, w, n);
}

/* The main label of the host of url ("theguardian" of
 * "https://www.theguardian.com/..."): its start in *hs, its length. */
static size_t host_label(const char *url, const char **hs)
{
  const char *p = strstr(url, "://"), *e, *dot;
  p = p ? p + 3 : url;
  if (strncasecmp(p, "www.", 4) == 0)
    p += 4;
  for (e = p; *e && *e != '/' && *e != ':' && *e != '?'; e++)
    ;
  dot = memchr(p, '.', (size_t)(e - p));
  *hs = p;
  return dot ? (size_t)(dot - p) : 0;
}

/* Is the name p[0..n) the publication the source comes from, as the host
 * of its address spells it: its letters joined, a leading "The" there or
 * not ("Guardian" of theguardian.com, "Village Voice" of villagevoice.com)? */
int bc__name_is_publisher(const struct bc__vstate *v, const char *p, size_t n)
{
  const char *h, *url = v->doc->url;
  size_t hn, i, k = 0, pass;
  if (!url || !(hn = host_label(url, &h)) || hn < 4)
    return 0;
  for (pass = 0; pass < 2; pass++) {
    k = pass ? 0 : (hn > 3 && strncasecmp(h, "the", 3) == 0 ? 3 : hn + 1);
    if (k > hn)
      continue;
    for (i = 0; i < n && k <= hn; i++) {
      char ch = p[i];
      if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
            (ch >= '0' && ch <= '9')))
        continue;
      if (k == hn || (ch | 32) != (h[k] | 32))
        break;
      k++;
    }
    if (i == n && k == hn)
      return 1;
  }
  return 0;
}

/* Does text[at..] open with the phrase (lower case, single spaces), case
 * aside?  Its length, 0 when not. */
static size_t opens_with(const char *text, size_t len, size_t at,
                         const char *phrase)
{
  size_t n = strlen(phrase);
  return at + n <= len && strncasecmp(text + at, phrase, n) == 0 ? n : 0;
}

/* Is the name at c->text[s..e) a show's segment title in a podcast's
 * framing: after "Today on", "On today's", "Welcome (back) to" or "You're
 * listening to" and before a colon or the line's end, or after "That's" or
 * "This is" closing a line ("That's Feed Check.")? */
int bc__name_show_label(const struct bc__claim *c, size_t s, size_t e)
{
  static const char *const opens[] = {
      "today on ",   "on today's ",        "on today\xE2\x80\x99s ",
      "welcome to ", "welcome back to ",   "you're listening to ",
      "that's ",     "that\xE2\x80\x99s ", "this is "};
  const char *t = c->text;
  size_t a = s, k, line, q = e;
  while (a > 0 && t[a - 1] != '\n' && t[a - 1] != '.' && t[a - 1] != ':' &&
         t[a - 1] != '!' && t[a - 1] != '?')
    a--;
  line = a;
  while (line < s && t[line] == ' ')
    line++;
  while (q < c->len && (t[q] == '*' || t[q] == '"'))
    q++;
  for (k = 0; k < sizeof opens / sizeof opens[0]; k++) {
    size_t n = opens_with(t, c->len, line, opens[k]);
    if (!n || line + n != s)
      continue;
    if (k < 6 && q < c->len && t[q] == ':')
      return 1;
    if (q < c->len && (t[q] == '.' || t[q] == '!'))
      q++;
    while (q < c->len && t[q] == ' ')
      q++;
    return q == c->len || t[q] == '\n';
  }
  return 0;
}
