/* mojibake.c - text that was UTF-8, read as Windows-1252 and written out
 * again as UTF-8 ("Â£1.8bn", "donâ€™t", "cafÃ©"): each byte of the
 * original character became a character of its own.  The repair applies
 * only where the characters spell a whole UTF-8 sequence back: a lead
 * Â, Ã or â followed by the Windows-1252 characters of its continuation
 * bytes (after Â only a Latin-1 symbol, U+00A0-U+00BF).  Text that merely
 * uses Â, Ã or â ("Âge", "São", "pâté") has no such sequence and is left
 * alone. */
#include <string.h>

#include "ingest/ingest.h"

/* The Windows-1252 byte 0x80-0xBF that the character at s[0..n) stands
 * for, with its length in *len; -1 when it is none. */
static int cp1252_cont(const unsigned char *s, size_t n, size_t *len)
{
  static const unsigned short hi[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  unsigned cp;
  int k;
  if (n >= 2 && s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0xBF) {
    *len = 2; /* U+0080-U+00BF: the byte itself (0x81, 0x8D... undefined) */
    return s[1];
  }
  if (n >= 2 && (s[0] == 0xC5 || s[0] == 0xC6 || s[0] == 0xCB) &&
      s[1] >= 0x80 && s[1] <= 0xBF) {
    cp = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    *len = 2;
  } else if (n >= 3 && s[0] == 0xE2 && s[1] >= 0x80 && s[1] <= 0xBF &&
             s[2] >= 0x80 && s[2] <= 0xBF) {
    cp = ((unsigned)(s[0] & 0x0F) << 12) | ((unsigned)(s[1] & 0x3F) << 6) |
         (s[2] & 0x3F);
    *len = 3;
  } else {
    return -1;
  }
  for (k = 0; k < 32; k++)
    if (hi[k] && hi[k] == cp)
      return 0x80 + k;
  return -1;
}

size_t bc__mojibake_repair(char *text, size_t n)
{
  unsigned char *s = (unsigned char *)text;
  size_t i = 0, o = 0;
  while (i < n) {
    int lead = -1, need = 0, b1, b2 = 0;
    size_t l1 = 0, l2 = 0;
    if (i + 1 < n && s[i] == 0xC3 && (s[i + 1] == 0x82 || s[i + 1] == 0x83)) {
      lead = s[i + 1] == 0x82 ? 0xC2 : 0xC3; /* Â, Ã */
      need = 1;
    } else if (i + 1 < n && s[i] == 0xC3 && s[i + 1] == 0xA2) {
      lead = 0xE2; /* â */
      need = 2;
    }
    if (lead >= 0) {
      b1 = cp1252_cont(s + i + 2, n - i - 2, &l1);
      if (b1 >= 0 && need == 2)
        b2 = cp1252_cont(s + i + 2 + l1, n - i - 2 - l1, &l2);
      if (b1 >= 0 && (lead != 0xC2 || b1 >= 0xA0) && (need == 1 || b2 >= 0)) {
        s[o++] = (unsigned char)lead;
        s[o++] = (unsigned char)b1;
        if (need == 2)
          s[o++] = (unsigned char)b2;
        i += 2 + l1 + l2;
        continue;
      }
    }
    s[o++] = s[i++];
  }
  return o;
}
