/* speech.c - text normalization for speech: rewrites written text (UTF-8,
 * with acronyms, dates, numbers, symbols and URLs) as plain ASCII words read
 * the way a person reads them aloud, so flite pronounces them correctly.
 * It never calls setlocale: Unicode is transliterated with a hand table.
 * It does not synthesize; audio_tts.c speaks what this file returns.
 * This file holds the token dispatcher, the line rewriter and the
 * normalizer object; each kind of token has its own file (speech_numbers.c,
 * speech_dates.c, speech_caps.c, speech_web.c), the word lists are
 * speech_tables.c, the Unicode table speech_translit.c, numbers as words
 * speech_words.c, the user's lexicon speech_lexicon.c. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/audio.h"
#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "render/audio/speech_int.h"
#include "util/alloc.h"

int bc__speech_all_upper(const char *s, size_t n)
{
  int letters = 0;
  for (size_t i = 0; i < n; i++) {
    if (islower((unsigned char)s[i]))
      return 0;
    if (isupper((unsigned char)s[i]))
      letters++;
    else if (!isdigit((unsigned char)s[i]))
      return 0;
  }
  return letters > 0;
}

int bc__speech_all_digits(const char *s, size_t n)
{
  if (!n)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (!isdigit((unsigned char)s[i]))
      return 0;
  return 1;
}

unsigned bc__speech_num_of(const char *s, size_t n)
{
  unsigned v = 0;
  for (size_t i = 0; i < n && i < 9; i++)
    v = v * 10 + (unsigned)(s[i] - '0');
  return v;
}

void bc__speech_word(struct bc__speech_norm *z, const char *s, size_t n)
{
  bc__speech_sep(z->out);
  bc_buf_add(z->out, s, n);
}

/* Mixed-case names are read as their parts, as people say them: "GitHub"
 * → "Git Hub", "LinkedIn" → "Linked In", "OpenAI" → "Open A I",
 * "XMLHttp" → "XML Http"; flite's letter-to-sound rules mangle them whole
 * ("jithub", "linkey din").  A lone lowercase letter is said as the letter
 * ("eBay" → "E Bay"), and "Mc" stays attached (McDonald). */
static int camel(struct bc__speech_norm *z, const char *s, size_t n)
{
  size_t m = n, a = 0;
  int lower = 0, cut = 0;
  if (m > 2 && s[m - 2] == '\'' && s[m - 1] == 's')
    m -= 2;
  for (size_t i = 0; i < m; i++) {
    if (!isalpha((unsigned char)s[i]))
      return 0;
    lower |= islower((unsigned char)s[i]) != 0;
  }
  if (!lower)
    return 0;
  for (size_t i = 1; i < m; i++) {
    int up = isupper((unsigned char)s[i]) != 0;
    if (up && islower((unsigned char)s[i - 1]) &&
        !(i == 2 && s[0] == 'M' && s[1] == 'c'))
      cut = 1;
    else if (up && i >= 3 && i + 2 < m && islower((unsigned char)s[i + 1]) &&
             islower((unsigned char)s[i + 2]) &&
             bc__speech_all_upper(s + i - 3, 3))
      cut = 1;
  }
  if (!cut)
    return 0;
  for (size_t i = 1; i <= m; i++) {
    int up = i < m && isupper((unsigned char)s[i]);
    int at = i == m ||
             (up && islower((unsigned char)s[i - 1]) &&
              !(i == 2 && s[0] == 'M' && s[1] == 'c')) ||
             (up && i >= 3 && i + 2 < m && islower((unsigned char)s[i + 1]) &&
              islower((unsigned char)s[i + 2]) &&
              bc__speech_all_upper(s + i - 3, 3));
    if (!at)
      continue;
    if (i - a == 1 && islower((unsigned char)s[a])) {
      char c = (char)toupper((unsigned char)s[a]);
      bc__speech_word(z, &c, 1);
    } else {
      bc__speech_token(z, s + a, (i == m ? n : i) - a);
    }
    a = i;
  }
  return 1;
}

/* One token without surrounding punctuation. */
void bc__speech_token(struct bc__speech_norm *z, const char *s, size_t n)
{
  const char *say;
  if (!n)
    return;
  say = bc__speech_lex_find(z->lex, s, n);
  if (!say)
    say = bc__speech_builtin_find(s, n);
  if (say) {
    bc__speech_word(z, say, strlen(say));
    return;
  }
  if (bc__speech_url(z, s, n) || bc__speech_email(z, s, n))
    return;
  if (s[0] == '@' && n > 1) {
    bc__speech_word(z, "at", 2);
    bc__speech_token(z, s + 1, n - 1);
    return;
  }
  if (s[0] == '#' && n > 1) {
    if (bc__speech_all_digits(s + 1, n - 1)) {
      bc__speech_word(z, "number", 6);
      bc__speech_cardinal(z->out,
                          bc__speech_num_of(s + 1, n - 1 > 9 ? 9 : n - 1));
    } else {
      bc__speech_word(z, "hashtag", 7);
      bc__speech_token(z, s + 1, n - 1);
    }
    return;
  }
  if (n > 1 && (s[0] == 'v' || s[0] == 'V') && isdigit((unsigned char)s[1])) {
    size_t i;
    for (i = 1; i < n; i++)
      if (!isdigit((unsigned char)s[i]) && s[i] != '.')
        break;
    if (i == n && s[n - 1] != '.') {
      bc__speech_word(z, "version", 7);
      bc__speech_dotted(z, s + 1, n - 1);
      return;
    }
  }
  if (bc__speech_meridiem(z, s, n) || bc__speech_fraction(z, s, n))
    return;
  if (bc__speech_clock(z, s, n) || bc__speech_date(z, s, n) ||
      bc__speech_number(z, s, n) || bc__speech_range(z, s, n))
    return;
  if (n > 2 && n <= 6 && s[0] == 'F' && s[1] == 'Y' &&
      bc__speech_all_digits(s + 2, n - 2)) {
    bc__speech_word(z, "fiscal year", 11);
    if (n - 2 == 4)
      bc__speech_year(z->out, bc__speech_num_of(s + 2, 4));
    else
      bc__speech_cardinal(z->out, bc__speech_num_of(s + 2, n - 2));
    return;
  }
  if (n >= 4 && s[0] == '\'' && bc__speech_all_digits(s + 1, 2) &&
      s[3] == 's') {
    bc__speech_cardinal(z->out, bc__speech_num_of(s + 1, 2)); /* '90s */
    bc__speech_pluralize(z->out);
    return;
  }
  /* Dotted version numbers: 2.3.1 */
  {
    size_t dots = 0, i;
    for (i = 0; i < n; i++) {
      if (s[i] == '.')
        dots++;
      else if (!isdigit((unsigned char)s[i]))
        break;
    }
    if (i == n && dots >= 2 && s[0] != '.' && s[n - 1] != '.') {
      bc__speech_dotted(z, s, n);
      return;
    }
  }
  if (bc__speech_split(z, s, n))
    return;
  if (bc__speech_caps_as_word(z, s, n)) {
    bc__speech_sep(z->out);
    for (size_t i = 0; i < n; i++)
      bc_buf_addc(z->out, (char)tolower((unsigned char)s[i]));
    return;
  }
  if (bc__speech_mixed_unit(z, s, n) || camel(z, s, n))
    return;
  /* Split on joiners: & / - and read each part. */
  for (size_t i = 1; i + 1 < n; i++) {
    if (s[i] == '&') {
      bc__speech_token(z, s, i);
      bc__speech_word(z, "and", 3);
      bc__speech_token(z, s + i + 1, n - i - 1);
      return;
    }
  }
  for (size_t i = 1; i + 1 < n; i++) {
    if (s[i] == '/') {
      int left_num = isdigit((unsigned char)s[i - 1]);
      bc__speech_token(z, s, i);
      if (left_num && isalpha((unsigned char)s[i + 1]))
        bc__speech_word(z, "per", 3);
      else if (!(bc__speech_all_upper(s, i) &&
                 bc__speech_all_upper(s + i + 1, n - i - 1)))
        bc__speech_word(z, "and", 3);
      bc__speech_token(z, s + i + 1, n - i - 1);
      return;
    }
  }
  for (size_t i = 1; i + 1 < n; i++) {
    if (s[i] == '-' &&
        (bc__speech_all_upper(s, i) ||
         bc__speech_all_upper(s + i + 1, n - i - 1) ||
         bc__speech_all_digits(s, i) || isdigit((unsigned char)s[i + 1]))) {
      bc__speech_token(z, s, i);
      bc__speech_token(z, s + i + 1, n - i - 1);
      return;
    }
  }
  /* Acronyms, with an optional plural s: AWS, APIs, EC2. */
  if (n >= 2 && bc__speech_all_upper(s, n) && isupper((unsigned char)s[0]) &&
      (isupper((unsigned char)s[1]) || isdigit((unsigned char)s[1]))) {
    bc__speech_acronym(z, s, n, 0);
    return;
  }
  if (n >= 3 && s[n - 1] == 's' && bc__speech_all_upper(s, n - 1) &&
      isupper((unsigned char)s[0]) && isupper((unsigned char)s[n - 2])) {
    bc__speech_acronym(z, s, n - 1, 1);
    return;
  }
  if (n >= 4 && s[n - 2] == '\'' && s[n - 1] == 's' &&
      bc__speech_all_upper(s, n - 2) && n - 2 >= 2) {
    bc__speech_acronym(z, s, n - 2, 0);
    bc_buf_adds(z->out, "'s");
    return;
  }
  /* A plain word: keep letters, digits, apostrophes and inner hyphens and
   * periods; other symbols are dropped (flite would spell them out). */
  bc__speech_sep(z->out);
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (isalnum((unsigned char)c) || c == '\'' || c == '-' || c == '.')
      bc_buf_addc(z->out, c);
    else if (c == '+')
      bc_buf_adds(z->out, " plus ");
    else if (c == '=')
      bc_buf_adds(z->out, " equals ");
    else if (c == CUR_EURO)
      bc_buf_adds(z->out, " euros ");
    else if (c == CUR_POUND)
      bc_buf_adds(z->out, " pounds ");
    else if (c == CUR_YEN)
      bc_buf_adds(z->out, " yen ");
    else if (c == CUR_RUPEE)
      bc_buf_adds(z->out, " rupees ");
    else if (c == '$')
      bc_buf_adds(z->out, " dollars ");
    else
      bc_buf_addc(z->out, ' ');
  }
}

/* Pairs read across two tokens: a day or a year with its month, or an
 * amount with its scale word. */
static int pair(struct bc__speech_norm *z, const char *s, size_t n,
                const char *next, size_t nn, int *consumed)
{
  return bc__speech_pair_date(z, s, n, next, nn, consumed) ||
         bc__speech_pair_money(z, s, n, next, nn, consumed);
}

static int is_pre(char c)
{
  return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' ||
         c == '*' || c == '_' || c == '`' || c == '<';
}

static int is_post(char c)
{
  return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' ||
         c == '*' || c == '_' || c == '`' || c == '>' || c == '.' || c == ',' ||
         c == ';' || c == ':' || c == '!' || c == '?';
}

/* Split the ASCII text into whitespace tokens, peel punctuation, rewrite
 * each core, and keep the phrase punctuation flite uses for pauses. */
static void rewrite(struct bc__speech_norm *z, const char *t)
{
  const char *p = t, *line_end = t;
  while (*p) {
    const char *s, *e, *cs, *ce, *ns = NULL, *ne = NULL;
    int consumed = 0;
    while (*p == ' ' || *p == '\n' || *p == '\t')
      p++;
    if (!*p)
      break;
    s = p;
    if (s >= line_end) {
      line_end = strchr(s, '\n');
      if (!line_end)
        line_end = s + strlen(s);
      z->shout = bc__speech_shouting(s, line_end);
    }
    while (*p && *p != ' ' && *p != '\n' && *p != '\t')
      p++;
    e = p;
    cs = s;
    ce = e;
    /* keep abbreviations with their period, and tokens like TL;DR whole */
    if (!bc__speech_builtin_find(s, (size_t)(e - s)) &&
        !bc__speech_lex_find(z->lex, s, (size_t)(e - s))) {
      while (cs < ce && is_pre(*cs) &&
             !(*cs == '\'' && ce - cs > 3 && isdigit((unsigned char)cs[1])))
        cs++;
      while (ce > cs && is_post(ce[-1])) {
        if (ce[-1] == '.' && ce - cs > 1 &&
            (bc__speech_builtin_find(cs, (size_t)(ce - cs)) ||
             bc__speech_lex_find(z->lex, cs, (size_t)(ce - cs))))
          break;
        ce--;
      }
    }
    if (cs > s && *s == '(')
      bc_buf_addc(z->out, ',');
    /* look ahead one token for "Q1 2018" */
    {
      const char *q = p;
      while (*q == ' ' || *q == '\n' || *q == '\t')
        q++;
      if (*q) {
        ns = q;
        while (*q && *q != ' ' && *q != '\n' && *q != '\t' && *q != ',' &&
               *q != '.' && *q != ';' && *q != ')' && *q != ':')
          q++;
        ne = q;
      }
    }
    /* "3 x 4": a lone x between numbers is "times" */
    if (ce - cs == 1 && ce == e && (*cs == 'x' || *cs == 'X') && z->prev_num &&
        ns && isdigit((unsigned char)*ns)) {
      bc__speech_word(z, "times", 5);
      continue;
    }
    z->prev_num = cs < ce && isdigit((unsigned char)*cs);
    if (((ce == e ||
          (ce + 1 == e && bc__speech_month_abbrev_dot(cs, (size_t)(e - cs)))) &&
         pair(z, cs, (size_t)(e - cs), ns, ns ? (size_t)(ne - ns) : 0,
              &consumed)) ||
        bc__speech_quarter(z, cs, (size_t)(ce - cs), ns,
                           ns ? (size_t)(ne - ns) : 0, &consumed)) {
      if (consumed) {
        p = ne;
        continue;
      }
    } else {
      z->next = ns;
      z->next_n = ns ? (size_t)(ne - ns) : 0;
      bc__speech_token(z, cs, (size_t)(ce - cs));
      z->next = NULL;
    }
    /* phrase punctuation after the token */
    for (const char *q = ce; q < e; q++) {
      if (*q == '.' || *q == ',' || *q == ';' || *q == ':' || *q == '!' ||
          *q == '?') {
        bc_buf_addc(z->out, *q == ';' || *q == ':' ? ',' : *q);
        break;
      }
      if (*q == ')' || *q == ']') {
        bc_buf_addc(z->out, ',');
        break;
      }
    }
  }
}

/* Collapse spaces, drop spaces before punctuation, and cut any run longer
 * than BC_MAX_TOKEN_CHARS: flite's cost is quadratic in token length.  A
 * run of more than twice that is no word anyone says (a hash, a 70,000-byte
 * string of W): only its start is spoken, or it would be read out letter
 * by letter for hours. */
static char *tidy(const char *s)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_DOC_BYTES * 4);
  size_t run = 0, whole = 0;
  for (const char *p = s; *p; p++) {
    char c = *p;
    if (c == ' ') {
      if (!b.len || bc_buf_str(&b)[b.len - 1] == ' ')
        continue;
      run = whole = 0;
      bc_buf_addc(&b, ' ');
      continue;
    }
    /* Counted in characters (lead bytes), so a character is kept or
     * dropped whole. */
    if (((unsigned char)c & 0xC0) != 0x80)
      whole++;
    if (whole > 2 * BC_MAX_TOKEN_CHARS)
      continue;
    if ((c == ',' || c == '.' || c == '!' || c == '?') && b.len &&
        bc_buf_str(&b)[b.len - 1] == ' ') {
      b.ptr[--b.len] = '\0';
      if (b.len &&
          (bc_buf_str(&b)[b.len - 1] == ',' ||
           bc_buf_str(&b)[b.len - 1] == '.') &&
          c == ',') {
        continue; /* ", ," from dashes next to commas */
      }
    }
    if (c == ',' && b.len == 0)
      continue;
    if (run >= BC_MAX_TOKEN_CHARS) {
      bc_buf_addc(&b, ' ');
      run = 0;
    }
    bc_buf_addc(&b, c);
    run++;
  }
  while (b.len && (bc_buf_str(&b)[b.len - 1] == ' '))
    b.ptr[--b.len] = '\0';
  return bc_buf_take(&b, NULL);
}

/* Cut (in place) every run of more than twice BC_MAX_TOKEN_CHARS
 * characters without a space to that length, before anything expands it:
 * a 70,000-byte string of W would be spelled out letter by letter, for
 * hours of audio.  a is ASCII by now, a byte a character. */
static void cap_runs(struct bc_buf *a)
{
  size_t o = 0, run = 0;
  for (size_t i = 0; i < a->len; i++) {
    char c = a->ptr[i];
    run = c == ' ' || c == '\n' || c == '\t' ? 0 : run + 1;
    if (run <= 2 * BC_MAX_TOKEN_CHARS)
      a->ptr[o++] = c;
  }
  if (a->ptr) {
    a->len = o;
    a->ptr[o] = '\0';
  }
}

/* A speaker: the context and the lexicon it names, read once. */
struct bc_speech {
  struct bc_speech_ctx ctx;
  struct bc__speech_lex lex;
};

bc_status bc_speech_new(const struct bc_speech_ctx *ctx, struct bc_speech **out,
                        struct bc_error *err)
{
  struct bc_speech *sp = bc__calloc(1, sizeof *sp);
  bc_status rc;
  if (!sp)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  if (ctx)
    sp->ctx = *ctx;
  if (ctx && ctx->lexicon_path) {
    rc = bc__speech_lex_load(&sp->lex, ctx->lexicon_path, err);
    if (rc) {
      bc_speech_free(sp);
      return rc;
    }
  }
  *out = sp;
  return BC_OK;
}

void bc_speech_free(struct bc_speech *sp)
{
  if (!sp)
    return;
  bc__speech_lex_release(&sp->lex);
  free(sp);
}

bc_status bc_speech_say(const struct bc_speech *sp, const char *text,
                        char **out, struct bc_error *err)
{
  struct bc_buf a = BC_BUF_INIT(BC_MAX_DOC_BYTES * 2);
  struct bc_buf w = BC_BUF_INIT(BC_MAX_DOC_BYTES * 4);
  struct bc__speech_norm z;
  char *res = NULL;
  bc_status rc;

  memset(&z, 0, sizeof z);
  z.out = &w;
  z.ctx = &sp->ctx;
  z.lex = &sp->lex;
  if (!text)
    return bc_error_set(err, BC_ERR_USAGE, "no text to normalize");
  rc = bc__speech_to_ascii(text, &a);
  if (rc) {
    rc = bc_error_set(err, rc, "cannot normalize text: %s", bc_strerror(rc));
    goto out;
  }
  cap_runs(&a);
  bc_buf_adds(&w, "");
  rewrite(&z, bc_buf_str(&a));
  rc = bc_buf_status(&w);
  if (rc) {
    rc = bc_error_set(err, rc, "cannot normalize text: %s", bc_strerror(rc));
    goto out;
  }
  res = tidy(bc_buf_str(&w));
  if (!res) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory normalizing text");
    goto out;
  }
  *out = res;
out:
  bc_buf_release(&a);
  bc_buf_release(&w);
  return rc;
}

bc_status bc_speech_normalize(const char *text, const struct bc_speech_ctx *ctx,
                              char **out, struct bc_error *err)
{
  struct bc_speech *sp = NULL;
  bc_status rc;
  if (!text)
    return bc_error_set(err, BC_ERR_USAGE, "no text to normalize");
  rc = bc_speech_new(ctx, &sp, err);
  if (!rc)
    rc = bc_speech_say(sp, text, out, err);
  bc_speech_free(sp);
  return rc;
}
