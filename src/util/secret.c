/* secret.c - masking keys in bodies and messages (see secret.h).  Masking
 * keeps the length, so a message still reads "key sk-****" and offsets in
 * a body stay valid. */
#include <string.h>

#include "util/secret.h"

#define FRAGMENT_MIN 12 /* shorter common runs are chance, not a key */
#define SCAN_MAX 8192   /* fragment search is quadratic: messages only */

void bc__secret_mask(char *s, size_t len, const char *secret)
{
  size_t n;
  if (!s || !secret || !*secret)
    return;
  n = strlen(secret);
  for (size_t i = 0; i + n <= len;) {
    char *hit = memchr(s + i, secret[0], len - n - i + 1);
    if (!hit)
      break;
    i = (size_t)(hit - s);
    if (memcmp(hit, secret, n) == 0) {
      memset(hit, '*', n);
      i += n;
    } else {
      i++;
    }
  }
}

static int token_char(char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
         c == '~' || c == '+' || c == '/' || c == '=';
}

/* Mask the token starting at p (up to the first non-token character) if
 * it is at least min long; returns its length. */
static size_t mask_token(char *p, size_t keep, size_t min)
{
  size_t n = 0;
  while (token_char(p[n]))
    n++;
  if (n >= min && n > keep)
    memset(p + keep, '*', n - keep);
  return n;
}

/* Keys that look like keys: OpenAI and Anthropic "sk-...", Google
 * "AIza...", and whatever follows "Bearer ". */
static void mask_shapes(char *s)
{
  for (char *p = s; *p; p++) {
    if (p != s && token_char(p[-1]))
      continue; /* only at the start of a token */
    if (strncmp(p, "sk-", 3) == 0)
      p += mask_token(p, 3, 20) - 1;
    else if (strncmp(p, "AIza", 4) == 0)
      p += mask_token(p, 4, 30) - 1;
    else if (strncmp(p, "Bearer ", 7) == 0 || strncmp(p, "bearer ", 7) == 0)
      p += 7 + mask_token(p + 7, 0, 8) - 1;
  }
}

void bc__secret_scrub(char *s, const char *secret)
{
  size_t len, n;
  if (!s)
    return;
  len = strlen(s);
  if (secret && *secret) {
    bc__secret_mask(s, len, secret);
    n = strlen(secret);
    /* What a cut left of the key: a long run it shares with the key. */
    if (len <= SCAN_MAX && n >= FRAGMENT_MIN)
      for (size_t i = 0; i + FRAGMENT_MIN <= len; i++) {
        size_t best = 0;
        for (size_t j = 0; j + FRAGMENT_MIN <= n; j++) {
          size_t k = 0;
          while (i + k < len && j + k < n && s[i + k] == secret[j + k])
            k++;
          if (k > best)
            best = k;
        }
        if (best >= FRAGMENT_MIN) {
          memset(s + i, '*', best);
          i += best - 1;
        }
      }
  }
  mask_shapes(s);
}
