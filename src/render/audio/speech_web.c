/* speech_web.c - addresses read aloud: a URL as its domain ("example dot
 * com"), an e-mail address with "at".  Paths and queries are not read. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "render/audio/speech_int.h"

static const char *const tlds[] = {"com", "org",  "net", "io", "dev", "ai",
                                   "edu", "gov",  "co",  "uk", "de",  "fr",
                                   "app", "info", "me",  "ly", "us",  "ca"};

static void spell_domain(struct bc__speech_norm *z, const char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && isalnum((unsigned char)s[j]))
      j++;
    if (j > i) {
      if (bc__speech_all_digits(s + i, j - i))
        bc__speech_digits(z->out, s + i, j - i);
      else
        bc__speech_word(z, s + i, j - i);
    }
    if (j < n) {
      bc__speech_sep(z->out);
      bc_buf_adds(z->out, s[j] == '.' ? "dot" : s[j] == '-' ? "dash" : "");
    }
    i = j + 1;
  }
}

static int has_tld(const char *s, size_t n)
{
  const char *dot = NULL;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '.')
      dot = s + i;
  if (!dot || dot == s)
    return 0;
  for (size_t i = 0; i < sizeof tlds / sizeof tlds[0]; i++) {
    size_t tl = strlen(tlds[i]);
    if ((size_t)(s + n - dot - 1) == tl && memcmp(dot + 1, tlds[i], tl) == 0)
      return 1;
  }
  return 0;
}

/* URLs are spoken as their domain: "https://www.example.com/a?b" →
 * "example dot com".  Returns nonzero when s was a URL or a domain. */
int bc__speech_url(struct bc__speech_norm *z, const char *s, size_t n)
{
  const char *p = s, *e = s + n, *h;
  const char *scheme = NULL;
  for (const char *q = s; q + 3 <= e; q++)
    if (q[0] == ':' && q[1] == '/' && q[2] == '/') {
      scheme = q;
      break;
    }
  if (scheme)
    p = scheme + 3;
  else if (!(n > 4 && strncasecmp(s, "www.", 4) == 0)) {
    size_t hn = 0;
    while (hn < n && s[hn] != '/')
      hn++;
    for (size_t i = 0; i < hn; i++)
      if (!isalnum((unsigned char)s[i]) && s[i] != '.' && s[i] != '-')
        return 0;
    if (!has_tld(s, hn))
      return 0;
  }
  if (e - p > 4 && strncasecmp(p, "www.", 4) == 0)
    p += 4;
  h = p;
  while (h < e && *h != '/' && *h != ':' && *h != '?' && *h != '#')
    h++;
  if (h == p)
    return 0;
  spell_domain(z, p, (size_t)(h - p));
  return 1;
}

int bc__speech_email(struct bc__speech_norm *z, const char *s, size_t n)
{
  const char *at = memchr(s, '@', n);
  if (!at || at == s || !has_tld(at + 1, (size_t)(s + n - at - 1)))
    return 0;
  spell_domain(z, s, (size_t)(at - s));
  bc__speech_word(z, "at", 2);
  spell_domain(z, at + 1, (size_t)(s + n - at - 1));
  return 1;
}
