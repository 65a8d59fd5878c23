/* test_known_acronyms.c - the table of well-known acronyms
 * (util/known_acronyms.c): sorted for its binary search, every entry found
 * by its own spelling in any case and as a plural, every meaning of an
 * ambiguous acronym listed, and what is no entry not found. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>
#include <strings.h>

#include "util/known_acronyms.h"

static int fold(int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int compare_blind(const char *a, const char *b)
{
  for (; *a && fold((unsigned char)*a) == fold((unsigned char)*b); a++, b++)
    ;
  return fold((unsigned char)*a) - fold((unsigned char)*b);
}

/* Sorted, no acronym twice, each one found, each meaning well formed. */
static void table_sorted_and_found(void **state)
{
  size_t n, i;
  const struct bc__known_acronym *t = bc__known_acronyms(&n);
  (void)state;
  assert_true(n >= 2500);
  for (i = 0; i < n; i++) {
    char up[32];
    size_t k, len = strlen(t[i].acronym), pos = 0, m, meanings = 0;
    const char *s;
    if (i > 0 && compare_blind(t[i - 1].acronym, t[i].acronym) >= 0)
      fail_msg("'%s' after '%s'", t[i].acronym, t[i - 1].acronym);
    if (bc__known_acronym_find(t[i].acronym, len) != &t[i])
      fail_msg("'%s' not found", t[i].acronym);
    assert_true(len < sizeof up);
    for (k = 0; k <= len; k++)
      up[k] = (char)(t[i].acronym[k] >= 'a' && t[i].acronym[k] <= 'z'
                         ? t[i].acronym[k] - 32
                         : t[i].acronym[k]);
    if (bc__known_acronym_find(up, len) != &t[i])
      fail_msg("'%s' not found as '%s'", t[i].acronym, up);
    while ((m = bc__known_acronym_next(&t[i], &pos, &s)) > 0) {
      meanings++;
      if (s[0] == ' ' || s[m - 1] == ' ' || memchr(s, '|', m))
        fail_msg("'%s': meaning '%.*s'", t[i].acronym, (int)m, s);
    }
    if (meanings == 0)
      fail_msg("'%s' has no meaning", t[i].acronym);
  }
}

/* The meanings of acr, joined by '|', into out. */
static const char *meanings_of(const char *acr, char *out, size_t cap)
{
  const struct bc__known_acronym *k = bc__known_acronym_find(acr, strlen(acr));
  size_t pos = 0, m, len = 0;
  const char *s;
  if (!k)
    return NULL;
  while ((m = bc__known_acronym_next(k, &pos, &s)) > 0) {
    assert_true(len + m + 2 < cap);
    if (len)
      out[len++] = '|';
    memcpy(out + len, s, m);
    len += m;
  }
  out[len] = '\0';
  return out;
}

static void lookups(void **state)
{
  static const struct {
    const char *acr, *has; /* has: one meaning it must list; NULL: none */
  } cases[] = {
      {"SDNY", "Southern District of New York"},
      {"IPO", "initial public offering"},
      {"IPOs", "initial public offering"}, /* a plural */
      {"NOAA", "National Oceanic and Atmospheric Administration"},
      {"IMF", "International Monetary Fund"},
      {"HSI", "Homeland Security Investigations"},
      {"CBC", "Congressional Black Caucus"},
      {"CBC", "Canadian Broadcasting Corporation"},
      {"CSA", "Confederate States of America"},
      {"CSA", "Canadian Space Agency"},
      {"PR", "public relations"},
      {"PR", "Puerto Rico"},
      {"ER", "emergency room"},
      {"ER", "endoplasmic reticulum"},
      {"AIDS", "acquired immunodeficiency syndrome"}, /* no singular "AID" */
      /* A plural with a small s is its singular's, though the table has
       * the same letters in capitals. */
      {"IPs", "intellectual property"},
      {"IPS", "Indian Police Service"},
      {"CDs", "compact disc"},
      {"CDS", "credit default swap"},
      {"GPs", "general practitioner"},
      {"PiS", "Law and Justice"}, /* not a plural: a small i before it */
      {"ApJS", "Astrophysical Journal Supplement Series"},
      /* Across the fields a writer names. */
      {"CCHQ", "Conservative Campaign Headquarters"},
      {"MNRAS", "Monthly Notices of the Royal Astronomical Society"},
      {"ICT", "information and communications technology"},
      {"HDR", "high dynamic range"},
      {"NEJM", "New England Journal of Medicine"},
      {"SIGINT", "signals intelligence"},
      {"ECtHR", "European Court of Human Rights"},
      {"MTTR", "mean time to recovery"},
      {"MTTR", "mean time to repair"},
      {"HbA1c", "glycated hemoglobin"},
      {"DLR", "Docklands Light Railway"},
      {"DLR", "German Aerospace Center"},
      {"FIFA", "International Federation of Association Football"},
      {"phd", "Doctor of Philosophy"},
      {"kwh", "kilowatt-hour"},
      {"S&P", "Standard & Poor's"},
      {"XQZT", NULL},
      {"", NULL},
      {"S", NULL},
      {"Ss", NULL},
  };
  size_t i;
  char buf[1024];
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *got = meanings_of(cases[i].acr, buf, sizeof buf);
    if (!cases[i].has) {
      if (got)
        fail_msg("'%s' found: %s", cases[i].acr, got);
      continue;
    }
    if (!got || !strstr(got, cases[i].has))
      fail_msg("'%s': '%s' not among '%s'", cases[i].acr, cases[i].has,
               got ? got : "(none)");
  }
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(table_sorted_and_found),
      cmocka_unit_test(lookups),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
