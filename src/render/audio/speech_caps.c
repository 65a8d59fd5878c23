/* speech_caps.c - tokens in capitals: an acronym spelled letter by letter
 * or said as a word (NASA, a source's own RAPID), and a word written in
 * capitals for emphasis or in a heading read as the word.  Mixed-case
 * names and units are speech.c's and speech_numbers.c's. */
#include <ctype.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/facts.h"
#include "render/audio/speech_int.h"

static int vowel(char c)
{
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

/* Whether an all-caps acronym reads as a word (RAPID, RAGE, NASA): four to
 * six letters, not opening with two vowels or two consonants, no more than
 * two consonants or two vowels in a row, and at least two vowels.  Used
 * only for acronyms the source itself defines, whose author coined or
 * chose them as words far more often than not. */
static int pronounceable(const char *s, size_t n)
{
  size_t vow = 0, run_c = 0, run_v = 0;
  if (n < 4 || n > 6 || vowel(s[0]) == vowel(s[1]))
    return 0;
  for (size_t i = 0; i < n; i++) {
    if (!isupper((unsigned char)s[i]))
      return 0;
    if (vowel(s[i])) {
      vow++;
      run_v++;
      run_c = 0;
    } else {
      run_c++;
      run_v = 0;
    }
    if (run_c > 2 || run_v > 2)
      return 0;
  }
  return vow >= 2;
}

/* Whether an all-caps token is read as a word.  Five and six letters that
 * pass pronounceable() are words far more often than spelled acronyms
 * (RAPID, NEVER, SIGINT), and a reader says them so whether or not the
 * source defines them; four letters are as often spelled (UCLA, USDA), so
 * those need the source's definition. */
static int source_word(const struct bc__speech_norm *z, const char *s, size_t n)
{
  char key[8];
  if (n >= 5 && pronounceable(s, n))
    return 1;
  if (!z->ctx || !z->ctx->facts || n >= sizeof key || !pronounceable(s, n))
    return 0;
  memcpy(key, s, n);
  key[n] = '\0';
  return bc_facts_find_acronym(z->ctx->facts, key) != NULL;
}

/* Uppercase letters and digits: "AWS" → "A W S", "EC2" → "E C two",
 * "NASA" → "nasa"; plural_s adds the spoken plural of the last letter. */
void bc__speech_acronym(struct bc__speech_norm *z, const char *s, size_t n,
                        int plural_s)
{
  const char *say = bc__speech_lex_find(z->lex, s, n);
  if (!say)
    say = bc__speech_builtin_find(s, n);
  if (say) {
    size_t sl = strlen(say);
    /* "PDFs" → "P D effs": a spelled last letter takes its spoken plural,
     * since flite reads "Fs" as two letters. */
    if (plural_s && sl && isupper((unsigned char)say[sl - 1]) &&
        (sl == 1 || say[sl - 2] == ' ')) {
      bc__speech_word(z, say, sl - 1);
      bc_buf_adds(z->out, bc__speech_letter_plural(say[sl - 1]));
      return;
    }
    bc__speech_word(z, say, sl);
    if (plural_s)
      bc_buf_addc(z->out, 's');
    return;
  }
  if (n >= 3 && !plural_s &&
      (bc__speech_is_word_acronym(s, n) || source_word(z, s, n))) {
    bc__speech_sep(z->out);
    for (size_t i = 0; i < n; i++)
      bc_buf_addc(z->out, (char)tolower((unsigned char)s[i]));
    return;
  }
  if (n >= 3 && plural_s &&
      (bc__speech_is_word_acronym(s, n) || source_word(z, s, n))) {
    bc__speech_sep(z->out);
    for (size_t i = 0; i < n; i++)
      bc_buf_addc(z->out, (char)tolower((unsigned char)s[i]));
    bc_buf_addc(z->out, 's');
    return;
  }
  for (size_t i = 0; i < n;) {
    if (isdigit((unsigned char)s[i])) {
      size_t j = i;
      while (j < n && isdigit((unsigned char)s[j]))
        j++;
      if (j - i <= 4)
        bc__speech_cardinal(z->out, bc__speech_num_of(s + i, j - i));
      else
        bc__speech_digits(z->out, s + i, j - i);
      i = j;
      continue;
    }
    bc__speech_sep(z->out);
    if (plural_s && i == n - 1)
      bc_buf_adds(z->out, bc__speech_letter_plural(s[i]));
    else
      bc_buf_addc(z->out, (char)toupper((unsigned char)s[i]));
    i++;
  }
}

/* Whether an all-caps token is a word written in capitals: one of
 * caps_words, or, on a line written all in capitals (a heading), one of
 * heading_words, any token of four or more letters with a vowel, and the
 * two-letter function words (a heading's AI stays spelled).  Three-letter
 * tokens outside caps_words stay spelled even there: read as a word, "WHAT'S
 * NEW IN AWS" would say "awes", the very mistake normalization exists for. */
int bc__speech_caps_as_word(const struct bc__speech_norm *z, const char *s,
                            size_t n)
{
  size_t m = n;
  int vow = 0;
  if (m > 2 && s[m - 2] == '\'' && s[m - 1] == 'S')
    m -= 2; /* WHAT'S */
  if (!m)
    return 0;
  for (size_t i = 0; i < m; i++) {
    if (!isupper((unsigned char)s[i]))
      return 0;
    vow |= vowel(s[i]) || s[i] == 'Y';
  }
  if (bc__speech_is_caps_word(s, m) ||
      (z->shout && bc__speech_is_heading_word(s, m)))
    return 1;
  if (z->shout && m == 2) {
    static const char small[] = "IN ON AT IS OR BE DO GO UP SO IT US BY AS IF";
    for (const char *w = small; *w; w += w[2] ? 3 : 2)
      if (w[0] == s[0] && w[1] == s[1])
        return 1;
  }
  return z->shout && m >= 4 && vow;
}

/* Whether the line [s, e) is written in capitals: at least two words of two
 * or more letters, no lowercase letter, and one of caps_words or
 * heading_words among them,
 * so that a list of acronyms ("AWS EC2 S3") is not taken for a heading. */
int bc__speech_shouting(const char *s, const char *e)
{
  size_t words = 0;
  int common = 0;
  while (s < e) {
    const char *t, *a;
    size_t letters = 0;
    while (s < e && !isalpha((unsigned char)*s))
      s++;
    t = s;
    while (s < e && (isalpha((unsigned char)*s) || *s == '\''))
      s++;
    for (a = t; a < s; a++) {
      if (islower((unsigned char)*a))
        return 0;
      letters += *a != '\'';
    }
    if (letters >= 2) {
      words++;
      common |= bc__speech_is_caps_word(t, (size_t)(s - t)) ||
                bc__speech_is_heading_word(t, (size_t)(s - t));
    }
  }
  return words >= 2 && common;
}
