/* speech_translit.c - the speech normalizer's first step: UTF-8 text to
 * ASCII through a hand table (never setlocale), marking non-ASCII currency
 * signs and the en dash so the token rules of speech.c can read them. */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "briefcast/buf.h"
#include "render/audio/speech_int.h"
#include "util/utf8.h"

/* ---- Unicode to ASCII ---------------------------------------------------- */

struct translit {
  uint32_t cp;
  const char *ascii;
};

/* Latin-1 letters and the typographic characters writers use.  Dashes
 * and bullets become a comma, which flite reads as a short pause. */
static const struct translit tr[] = {
    {0x00A0, " "},
    {0x00A2, " cents"},
    {0x00A3, "\x02"},
    {0x00A5, "\x03"},
    {0x00A7, " section "},
    {0x00A9, " "},
    {0x00AB, "\""},
    {0x00AE, " "},
    {0x00B0, " degrees "},
    {0x00B1, " plus or minus "},
    {0x00B2, " squared"},
    {0x00B3, " cubed"},
    {0x00B5, "micro"},
    {0x00B7, ", "},
    {0x00BB, "\""},
    {0x00BC, " one quarter"},
    {0x00BD, " one half"},
    {0x00BE, " three quarters"},
    {0x00C0, "A"},
    {0x00C1, "A"},
    {0x00C2, "A"},
    {0x00C3, "A"},
    {0x00C4, "A"},
    {0x00C5, "A"},
    {0x00C6, "AE"},
    {0x00C7, "C"},
    {0x00C8, "E"},
    {0x00C9, "E"},
    {0x00CA, "E"},
    {0x00CB, "E"},
    {0x00CC, "I"},
    {0x00CD, "I"},
    {0x00CE, "I"},
    {0x00CF, "I"},
    {0x00D0, "D"},
    {0x00D1, "N"},
    {0x00D2, "O"},
    {0x00D3, "O"},
    {0x00D4, "O"},
    {0x00D5, "O"},
    {0x00D6, "O"},
    {0x00D7, " times "},
    {0x00D8, "O"},
    {0x00D9, "U"},
    {0x00DA, "U"},
    {0x00DB, "U"},
    {0x00DC, "U"},
    {0x00DD, "Y"},
    {0x00DF, "ss"},
    {0x00E0, "a"},
    {0x00E1, "a"},
    {0x00E2, "a"},
    {0x00E3, "a"},
    {0x00E4, "a"},
    {0x00E5, "a"},
    {0x00E6, "ae"},
    {0x00E7, "c"},
    {0x00E8, "e"},
    {0x00E9, "e"},
    {0x00EA, "e"},
    {0x00EB, "e"},
    {0x00EC, "i"},
    {0x00ED, "i"},
    {0x00EE, "i"},
    {0x00EF, "i"},
    {0x00F0, "d"},
    {0x00F1, "n"},
    {0x00F2, "o"},
    {0x00F3, "o"},
    {0x00F4, "o"},
    {0x00F5, "o"},
    {0x00F6, "o"},
    {0x00F7, " divided by "},
    {0x00F8, "o"},
    {0x00F9, "u"},
    {0x00FA, "u"},
    {0x00FB, "u"},
    {0x00FC, "u"},
    {0x00FD, "y"},
    {0x00FF, "y"},
    {0x0107, "c"},
    {0x010C, "C"},
    {0x010D, "c"},
    {0x011B, "e"},
    {0x0141, "L"},
    {0x0142, "l"},
    {0x0144, "n"},
    {0x0151, "o"},
    {0x0152, "OE"},
    {0x0153, "oe"},
    {0x0159, "r"},
    {0x015A, "S"},
    {0x015B, "s"},
    {0x0160, "S"},
    {0x0161, "s"},
    {0x0171, "u"},
    {0x017A, "z"},
    {0x017C, "z"},
    {0x017D, "Z"},
    {0x017E, "z"},
    {0x2002, " "},
    {0x2003, " "},
    {0x2009, " "},
    {0x200A, " "},
    {0x200B, ""},
    {0x2010, "-"},
    {0x2011, "-"},
    {0x2012, "-"},
    {0x2013, "\x05"},
    {0x2014, ", "},
    {0x2015, ", "},
    {0x2018, "'"},
    {0x2019, "'"},
    {0x201A, "'"},
    {0x201C, "\""},
    {0x201D, "\""},
    {0x201E, "\""},
    {0x2022, ", "},
    {0x2026, "... "},
    {0x202F, " "},
    {0x2032, "'"},
    {0x2033, "\""},
    {0x2039, "\""},
    {0x203A, "\""},
    {0x20AC, "\x01"},
    {0x20B9, "\x04"},
    {0x2122, " "},
    {0x2190, " from "},
    {0x2192, " to "},
    {0x2194, " to and from "},
    {0x2212, "-"},
    {0x2248, " about "},
    {0x2260, " not equal to "},
    {0x2264, " at most "},
    {0x2265, " at least "},
    {0x2713, " "},
    {0x2714, " "},
    {0xFEFF, ""},
};

static const char *translit_of(uint32_t cp)
{
  size_t lo = 0, hi = sizeof tr / sizeof tr[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (tr[mid].cp == cp)
      return tr[mid].ascii;
    if (tr[mid].cp < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

/* The en dash (marked \x05) is a range between digits ("7–9") and a pause
 * elsewhere; deciding needs its neighbours, so it is resolved here. */
bc_status bc__speech_to_ascii(const char *in, struct bc_buf *b)
{
  size_t len = strlen(in);
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)in[i];
    uint32_t cp;
    size_t n;
    const char *t;
    if (c < 0x80) {
      if (c < 0x20 && c != '\n' && c != '\t')
        c = ' ';
      bc_buf_addc(b, (char)c);
      i++;
      continue;
    }
    n = bc__utf8_decode(in + i, len - i, &cp);
    if (n == 0) {
      bc_buf_addc(b, ' ');
      i++;
      continue;
    }
    t = translit_of(cp);
    if (cp == 0x00B0 && i + n < len && (in[i + n] == 'C' || in[i + n] == 'F') &&
        !isalnum((unsigned char)in[i + n + 1])) {
      /* 20°C: the scale's name, not its letter */
      bc_buf_adds(b, in[i + n] == 'C' ? " degrees Celsius"
                                      : " degrees "
                                        "Fahrenheit");
      i += n + 1;
      continue;
    }
    if (t && t[0] == '\x05') {
      int dl = b->len && isdigit((unsigned char)bc_buf_str(b)[b->len - 1]);
      int dr = i + n < len && isdigit((unsigned char)in[i + n]);
      bc_buf_adds(b, dl && dr ? "-" : ", ");
    } else if (t) {
      bc_buf_adds(b, t);
    } else {
      bc_buf_addc(b, ' '); /* unknown script: a space, never garbage */
    }
    i += n;
  }
  return bc_buf_status(b);
}
