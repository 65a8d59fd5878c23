/* lines.c - what a short line of a page is when it is not prose: a post's
 * date line, a byline, a news wire's dateline ("London (CNN)"), a post's
 * footer ("Posted by Marta at 9:14 PM", "Labels: ..."), the head of a comment
 * section or an appended Q&A, a status or navigation line ("Showing posts
 * with label Amazon. Show all posts").  The post splitter, the title chooser
 * and the readers share these judgements; nothing here rewrites text. */
#include <string.h>

#include "ingest/ingest.h"
#include "util/calendar.h"

static int lower(int c)
{
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_digit(int c)
{
  return c >= '0' && c <= '9';
}

static int is_upper(int c)
{
  return c >= 'A' && c <= 'Z';
}

static int is_letter(int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Case-blind: s[0..n) starts with p. */
static int starts(const char *s, size_t n, const char *p)
{
  size_t k = strlen(p);
  if (n < k)
    return 0;
  for (size_t i = 0; i < k; i++)
    if (lower((unsigned char)s[i]) != p[i])
      return 0;
  return 1;
}

/* Case-blind: s[0..n) is w. */
static int equals(const char *s, size_t n, const char *w)
{
  return strlen(w) == n && starts(s, n, w);
}

static int space(int c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Punctuation that separates the parts of a meta line: ASCII, and the
 * middle dot, bullet and dashes in UTF-8 (their lead bytes are enough to
 * skip them whole, byte by byte). */
static int meta_punct(const unsigned char *s, size_t n, size_t *len)
{
  if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xB7 || s[1] == 0xBB)) {
    *len = 2; /* · » */
    return 1;
  }
  if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
      (s[2] == 0x93 || s[2] == 0x94 || s[2] == 0xA2 || s[2] == 0xA6)) {
    *len = 3; /* – — • … */
    return 1;
  }
  if (strchr(",.:;|/-()[]@", s[0]) && s[0]) {
    *len = 1;
    return 1;
  }
  return 0;
}

/* Words that may stand around a date in a post's date line. */
static int meta_word(const char *w, size_t n)
{
  static const char *const words[] = {
      "posted",  "published", "on",    "by",    "at",      "date",
      "written", "filed",     "under", "in",    "and",     "comments",
      "comment", "no",        "min",   "mins",  "minute",  "minutes",
      "read",    "reading",   "time",  "reply", "replies", "leave",
      "a",       "am",        "pm",    "a.m",   "p.m",     "views",
      "edt",     "est",       "utc",   "gmt",   "pst",     "pdt",
      "cet",     "cest",      "bst",   "ist",   "et",      "pt",
      "of",      "the",       "st",    "nd",    "rd",      "th"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (equals(w, n, words[i]))
      return 1;
  return 0;
}

/* A clock time or a count: "9:14", "9:14pm", "10", "4". */
static int time_word(const char *w, size_t n)
{
  size_t i = 0, d = 0;
  while (i < n && (is_digit((unsigned char)w[i]) || w[i] == ':' ||
                   w[i] == '.' || w[i] == 'h')) {
    d += is_digit((unsigned char)w[i]);
    i++;
  }
  if (!d)
    return 0;
  return i == n || equals(w + i, n - i, "am") || equals(w + i, n - i, "pm");
}

int bc__line_date(const char *s, size_t n, char iso[11])
{
  size_t a, e, i = 0, names = 0, plen;
  int after_by = 0, first = 1;
  if (n == 0 || n > 120 || !bc__date_find(s, n, &a, &e, iso))
    return 0;
  /* A date line never reads as a sentence. */
  if (s[n - 1] == '!' || s[n - 1] == '?' ||
      (s[n - 1] == '.' &&
       !(n >= 4 &&
         (starts(s + n - 4, 4, "a.m.") || starts(s + n - 4, 4, "p.m."))) &&
       !(n >= 3 && s[n - 3] == ' ' && is_upper((unsigned char)s[n - 2]))))
    return 0;
  while (i < n) {
    size_t w;
    if (i == a) {
      i = e; /* the date itself */
      after_by = 0;
      continue;
    }
    if (space((unsigned char)s[i])) {
      i++;
      continue;
    }
    if (meta_punct((const unsigned char *)s + i, n - i, &plen)) {
      /* "|", "·" and parentheses end a name after "by" */
      after_by = 0;
      i += plen;
      continue;
    }
    /* a word: dots, colons, hyphens and apostrophes stay inside it
     * ("a.m.", "9:14", "K.") */
    w = i;
    while (i < n && i != a && !space((unsigned char)s[i]) &&
           !strchr(",|()[];", s[i]) &&
           !((unsigned char)s[i] >= 0xC2 &&
             meta_punct((const unsigned char *)s + i, n - i, &plen)))
      i++;
    {
      size_t wn = i - w;
      while (wn > 2 && (s[w + wn - 1] == '.' || s[w + wn - 1] == ':'))
        wn--;
      if (wn == 2 && s[w + 1] == ':')
        wn = 1;
      /* A change date is not a post date. */
      if (first && (starts(s + w, wn, "update") || starts(s + w, wn, "edit") ||
                    starts(s + w, wn, "modif") || equals(s + w, wn, "last") ||
                    starts(s + w, wn, "revis")))
        return 0;
      first = 0;
      if (equals(s + w, wn, "by") || equals(s + w, wn, "under") ||
          equals(s + w, wn, "in")) {
        after_by = 1;
        names = 0;
      } else if (meta_word(s + w, wn) || time_word(s + w, wn) ||
                 bc__cal_weekday_of(s + w, wn)) {
        /* allowed anywhere */
      } else if (after_by && names < 4) {
        names++; /* a name or a category after "by", "in", "under" */
      } else {
        return 0;
      }
    }
  }
  return 1;
}

size_t bc__line_by_label(const char *s, size_t n)
{
  /* words that name what the person did to the piece */
  static const char *const labels[] = {
      "posted",    "written",  "words",     "article",   "story",
      "text",      "report",   "reported",  "published", "photos",
      "photo",     "pictures", "interview", "review",    "reviewed",
      "edited",    "compiled", "video",     "graphics",  "illustration",
      "blog post", "post",     "column",    "analysis",  "commentary"};
  if (starts(s, n, "by: "))
    return 4;
  if (starts(s, n, "by "))
    return 3;
  for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
    size_t k = strlen(labels[i]);
    if (starts(s, n, labels[i]) && starts(s + k, n - k, " by: "))
      return k + 5;
    if (starts(s, n, labels[i]) && starts(s + k, n - k, " by "))
      return k + 4;
  }
  return 0;
}

int bc__line_byline(const char *s, size_t n)
{
  static const char *const heads[] = {"author: "};
  size_t k = 0, words = 0;
  if (n > 80)
    return 0;
  k = bc__line_by_label(s, n);
  for (size_t i = 0; i < sizeof heads / sizeof heads[0] && !k; i++)
    if (starts(s, n, heads[i]))
      k = strlen(heads[i]);
  if (!k || k >= n)
    return 0;
  /* one to six words, each capitalised or a short particle ("de", "van"),
   * and no sentence: "By the end of 2019, ..." is prose */
  for (size_t i = k; i < n;) {
    size_t w = i;
    while (i < n && s[i] != ' ')
      i++;
    if (s[w] == ',' || s[i - 1] == ',' || s[i - 1] == ';')
      break; /* "By Jo Park, Science Editor": the name ends here */
    if (!(is_upper((unsigned char)s[w]) || (unsigned char)s[w] >= 0xC0 ||
          (words > 0 && i - w <= 3)))
      return 0;
    words++;
    while (i < n && s[i] == ' ')
      i++;
  }
  return words >= 1 && words <= 6;
}

/* --- boilerplate lines --------------------------------------------------- */

/* "12 comments", "1 Response to", "3 thoughts on": a count, then one of
 * words. */
static int counted(const char *s, size_t n, const char *const *words,
                   size_t nwords)
{
  size_t i = 0;
  while (i < n && is_digit((unsigned char)s[i]))
    i++;
  if (i == 0 && !starts(s, n, "no "))
    return 0;
  if (i == 0)
    i = 2;
  while (i < n && s[i] == ' ')
    i++;
  for (size_t k = 0; k < nwords; k++)
    if (starts(s + i, n - i, words[k]))
      return 1;
  return 0;
}

/* s[0..n) without edge spaces and a trailing colon or full stop. */
static void trim(const char **s, size_t *n)
{
  while (*n && space((unsigned char)**s)) {
    (*s)++;
    (*n)--;
  }
  while (*n && (space((unsigned char)(*s)[*n - 1]) || (*s)[*n - 1] == ':' ||
                (*s)[*n - 1] == '.'))
    (*n)--;
}

enum bc__line_kind bc__line_boiler(const char *s, size_t n)
{
  /* Lines that say where the reader is, or what the page lists: never a
   * title, never a post. */
  static const char *const status_heads[] = {"showing posts with label",
                                             "showing posts from",
                                             "showing posts sorted",
                                             "showing newest posts",
                                             "posts with label",
                                             "posts tagged",
                                             "posts filed under",
                                             "posts by ",
                                             "archive for ",
                                             "archives for ",
                                             "category archives",
                                             "tag archives",
                                             "monthly archives",
                                             "browsing category",
                                             "browsing tag",
                                             "skip to content",
                                             "skip to main",
                                             "jump to navigation",
                                             "search results for",
                                             "you are here",
                                             "page not found",
                                             "just a moment",
                                             "access denied",
                                             "enable javascript",
                                             "javascript is disabled",
                                             "this site uses cookies"};
  static const char *const status_whole[] = {"home",
                                             "menu",
                                             "main menu",
                                             "search",
                                             "blog",
                                             "archive",
                                             "archives",
                                             "posts",
                                             "all posts",
                                             "latest posts",
                                             "recent posts",
                                             "older posts",
                                             "newer posts",
                                             "navigation",
                                             "untitled",
                                             "index",
                                             "contents",
                                             "table of contents",
                                             "advertisement",
                                             "sponsored",
                                             "loading",
                                             "sign in",
                                             "log in",
                                             "subscribe",
                                             "newsletter",
                                             "404",
                                             "blog archive",
                                             "about me",
                                             "about",
                                             "popular posts",
                                             "related posts",
                                             "related articles",
                                             "related stories",
                                             "you may also like",
                                             "you might also like",
                                             "more from",
                                             "read next",
                                             "more stories",
                                             "recommended",
                                             "labels",
                                             "followers",
                                             "categories",
                                             "tags",
                                             "recent comments",
                                             "search this blog",
                                             "most popular",
                                             "trending",
                                             "latest",
                                             "more",
                                             "top stories"};
  /* The footer of a post: who and when, labels, sharing, navigation. */
  static const char *const footer_heads[] = {"posted by",
                                             "posted in ",
                                             "posted at ",
                                             "filed under",
                                             "labels:",
                                             "label:",
                                             "tags:",
                                             "tagged ",
                                             "tagged:",
                                             "categories:",
                                             "category:",
                                             "share this",
                                             "share:",
                                             "share to ",
                                             "share on ",
                                             "email this",
                                             "like this",
                                             "like loading",
                                             "permalink",
                                             "continue reading",
                                             "read more",
                                             "read the rest",
                                             "older post",
                                             "newer post",
                                             "subscribe to:",
                                             "links to this post",
                                             "reactions:",
                                             "comments off",
                                             "comments closed",
                                             "(no comments",
                                             "email thisblogthis",
                                             "bookmark the"};
  static const char *const footer_whole[] = {"home",    "reply", "share",
                                             "related", "tweet", "print"};
  /* Where the comments, or an appended Q&A, begin. */
  static const char *const comment_whole[] = {"comments",
                                              "comment",
                                              "leave a reply",
                                              "leave a comment",
                                              "post a comment",
                                              "add a comment",
                                              "join the discussion",
                                              "join the conversation",
                                              "reader comments",
                                              "readers' comments",
                                              "responses",
                                              "what readers say",
                                              "q&a",
                                              "q & a",
                                              "q and a",
                                              "questions and answers",
                                              "questions & answers",
                                              "audience q&a",
                                              "audience questions",
                                              "from the q&a",
                                              "q&a session"};
  static const char *const counted_comments[] = {"comment", "response",
                                                 "thought", "repl", "reaction"};
  const char *t = s;
  size_t tn = n;
  if (n == 0 || n > 160)
    return BC__LINE_NONE;
  trim(&t, &tn);
  if (!tn)
    return BC__LINE_NONE;
  for (size_t i = 0; i < sizeof comment_whole / sizeof comment_whole[0]; i++)
    if (equals(t, tn, comment_whole[i]))
      return BC__LINE_COMMENTS;
  if (counted(t, tn, counted_comments,
              sizeof counted_comments / sizeof counted_comments[0]))
    return BC__LINE_COMMENTS;
  for (size_t i = 0; i < sizeof status_heads / sizeof status_heads[0]; i++)
    if (starts(t, tn, status_heads[i]))
      return BC__LINE_STATUS;
  for (size_t i = 0; i < sizeof status_whole / sizeof status_whole[0]; i++)
    if (equals(t, tn, status_whole[i]))
      return BC__LINE_STATUS;
  for (size_t i = 0; i < sizeof footer_heads / sizeof footer_heads[0]; i++)
    if (starts(t, tn, footer_heads[i]))
      return BC__LINE_FOOTER;
  for (size_t i = 0; i < sizeof footer_whole / sizeof footer_whole[0]; i++)
    if (equals(t, tn, footer_whole[i]))
      return BC__LINE_FOOTER;
  return BC__LINE_NONE;
}

int bc__line_promo(const char *s, size_t n)
{
  static const char *const heads[] = {"want to start a startup",
                                      "like to build things",
                                      "sign up for",
                                      "subscribe to our",
                                      "join our",
                                      "follow us on",
                                      "download our app",
                                      "get funded by",
                                      "comment on this",
                                      "you'll find this essay",
                                      "you\xE2\x80\x99ll find this essay",
                                      "more info",
                                      "support our journalism",
                                      "become a member",
                                      "click here to subscribe",
                                      "get our newsletter",
                                      "get the newsletter"};
  const char *t = s;
  size_t tn = n;
  if (n == 0 || n > 160)
    return 0;
  trim(&t, &tn);
  for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
    if (starts(t, tn, heads[i]))
      return 1;
  /* "Japanese Translation, Spanish Translation": links to translations */
  if (tn <= 120 && tn >= 11 && equals(t + tn - 11, 11, "translation"))
    return 1;
  return 0;
}

int bc__line_aside_head(const char *s, size_t n)
{
  static const char *const words[] = {"notes",
                                      "footnotes",
                                      "endnotes",
                                      "end notes",
                                      "references",
                                      "sources",
                                      "bibliography",
                                      "further reading",
                                      "thanks",
                                      "acknowledgements",
                                      "acknowledgments",
                                      "acknowledgement",
                                      "about the author",
                                      "about the authors",
                                      "disclosure",
                                      "disclaimer",
                                      "credits",
                                      "image credits",
                                      "photo credits",
                                      "related",
                                      "see also",
                                      "related reading",
                                      "editor's note",
                                      "editor\xE2\x80\x99s note",
                                      "correction",
                                      "corrections"};
  const char *t = s;
  size_t tn = n;
  if (n == 0 || n > 40)
    return 0;
  trim(&t, &tn);
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (equals(t, tn, words[i]))
      return 1;
  return 0;
}

/* --- news datelines ------------------------------------------------------ */

/* The wire or paper in parentheses: "(CNN)", "(AP)", "(The Hollywood
 * Reporter)", "(CNN Student News)", "(EW.com)".  A known name, or a name
 * that says it is one ("... News", "....com"), so that "Microsoft (MSFT)
 * Chief ..." stays a sentence.  Returns the length including the
 * parentheses, 0 when s does not start with one. */
static size_t agency(const char *s, size_t n)
{
  static const char *const known[] = {"cnn",
                                      "ap",
                                      "afp",
                                      "reuters",
                                      "upi",
                                      "bloomberg",
                                      "cnbc",
                                      "bbc",
                                      "pa",
                                      "dpa",
                                      "ani",
                                      "ians",
                                      "pti",
                                      "xinhua",
                                      "tass",
                                      "ansa",
                                      "efe",
                                      "kyodo",
                                      "yonhap",
                                      "cnnmoney",
                                      "mashable",
                                      "variety",
                                      "people",
                                      "time",
                                      "billboard",
                                      "rolling stone",
                                      "the hollywood reporter",
                                      "the conversation",
                                      "fortune",
                                      "money",
                                      "wired",
                                      "vulture",
                                      "deadline"};
  size_t i = 1, len;
  if (n < 4 || s[0] != '(' || !is_upper((unsigned char)s[1]))
    return 0;
  while (i < n && i <= 41 && s[i] != ')') {
    unsigned char c = (unsigned char)s[i];
    if (!(is_letter(c) || c == ' ' || c == '.' || c == '&' || c == '\''))
      return 0;
    i++;
  }
  if (i >= n || s[i] != ')' || i < 3)
    return 0;
  len = i - 1;
  for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
    if (equals(s + 1, len, known[k]))
      return i + 1;
  if ((len > 5 && equals(s + 1 + len - 5, 5, " news")) ||
      (len > 4 && equals(s + 1 + len - 4, 4, ".com")) ||
      (len > 4 && starts(s + 1, len, "cnn ")))
    return i + 1;
  return 0;
}

/* A dash that closes a dateline: "--", "-", en or em dash; its length. */
static size_t dash(const char *s, size_t n)
{
  if (n >= 2 && s[0] == '-' && s[1] == '-')
    return 2;
  if (n >= 1 && s[0] == '-')
    return 1;
  if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
      ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94))
    return 3;
  return 0;
}

size_t bc__line_dateline(const char *s, size_t n, size_t *rest)
{
  size_t i = 0, words = 0, ag, end, k, d;
  unsigned char c;
  /* the place: up to six capitalised words with commas and dots
   * ("WASHINGTON", "London, England", "St. Louis", "Washington, D.C.") */
  while (i < n && s[i] != '(') {
    size_t w = i;
    if (!is_upper((unsigned char)s[i]) && (unsigned char)s[i] < 0xC0)
      return 0;
    while (i < n && s[i] != ' ' && s[i] != '(')
      i++;
    for (k = w; k < i; k++)
      if (!is_letter((unsigned char)s[k]) && s[k] != ',' && s[k] != '.' &&
          s[k] != '-' && s[k] != '\'')
        return 0;
    if (++words > 6)
      return 0;
    while (i < n && s[i] == ' ')
      i++;
  }
  ag = agency(s + i, n - i);
  if (!ag)
    return 0;
  end = i + ag;
  /* an optional dash: "(CNN) -- The", "(Reuters) - Stocks", "(AP)\u2014A" */
  k = end;
  while (k < n && s[k] == ' ')
    k++;
  d = dash(s + k, n - k);
  if (d)
    end = k + d;
  k = end;
  while (k < n && s[k] == ' ')
    k++;
  if (k >= n) {
    *rest = n;
    return end;
  }
  /* the story follows: a capital, a digit or an opening quote */
  c = (unsigned char)s[k];
  if (!(is_upper(c) || is_digit(c) || c == '"' || c == '\'' || c == 0xE2 ||
        c >= 0xC3))
    return 0;
  *rest = k;
  return end;
}
