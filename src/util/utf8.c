/* utf8.c - validation and decoding of UTF-8, strict per RFC 3629. */
#include <stdint.h>

#include "briefcast/utf8.h"
#include "util/utf8.h"

/* One code point of UTF-8 at str; surrogates decode only when allowed. */
static size_t decode(const char *str, size_t len, uint32_t *cp, int surrogates)
{
  const unsigned char *s = (const unsigned char *)str;
  uint32_t c;
  size_t n;
  if (!len)
    return 0;
  if (s[0] < 0x80) {
    *cp = s[0];
    return 1;
  }
  if ((s[0] & 0xE0) == 0xC0) {
    n = 2;
    c = s[0] & 0x1F;
  } else if ((s[0] & 0xF0) == 0xE0) {
    n = 3;
    c = s[0] & 0x0F;
  } else if ((s[0] & 0xF8) == 0xF0) {
    n = 4;
    c = s[0] & 0x07;
  } else {
    return 0;
  }
  if (len < n)
    return 0;
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    c = (c << 6) | (s[i] & 0x3F);
  }
  if ((n == 2 && c < 0x80) || (n == 3 && c < 0x800) ||
      (n == 4 && c < 0x10000) || c > 0x10FFFF ||
      (!surrogates && c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return n;
}

size_t bc__utf8_decode(const char *str, size_t len, uint32_t *cp)
{
  return decode(str, len, cp, 0);
}

size_t bc__utf8_decode_surrogates(const char *str, size_t len, uint32_t *cp)
{
  return decode(str, len, cp, 1);
}

size_t bc_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
  return s && cp ? decode(s, len, cp, 0) : 0;
}

size_t bc__utf8_invalid_at(const char *s, size_t len)
{
  size_t i = 0;
  while (i < len) {
    uint32_t cp;
    size_t n;
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    n = bc__utf8_decode(s + i, len - i, &cp);
    if (!n)
      return i;
    i += n;
  }
  return len;
}

size_t bc__utf8_floor(const char *s, size_t i)
{
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
    i--;
  return i;
}

int bc__utf8_looks_binary(const char *str, size_t len)
{
  const unsigned char *s = (const unsigned char *)str;
  size_t ctrl = 0, scan = len < 65536 ? len : 65536;
  for (size_t i = 0; i < scan; i++) {
    if (s[i] == 0)
      return 1;
    if (s[i] < 0x20 && s[i] != '\n' && s[i] != '\r' && s[i] != '\t' &&
        s[i] != '\f')
      ctrl++;
  }
  return scan && ctrl * 100 > scan; /* over 1% control bytes */
}
