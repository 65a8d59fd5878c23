/* test_speech.c - speech normalization: tables of written text and the
 * words a listener should hear, per family (acronyms, dates, numbers,
 * symbols, Unicode), plus the lexicon file and the token-length cap. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "briefcast/audio.h"
#include "briefcast/facts.h"
#include "briefcast/limits.h"

#include "testutil.h"

struct tcase {
  const char *in, *want;
};

static void run(const struct tcase *c, size_t n, const char *doc_date)
{
  struct bc_speech_ctx ctx = BC_SPEECH_CTX_INIT;
  ctx.doc_date = doc_date;
  for (size_t i = 0; i < n; i++) {
    struct bc_error err = BC_ERROR_INIT;
    char *out = NULL;
    assert_int_equal(bc_speech_normalize(c[i].in, &ctx, &out, &err), BC_OK);
    if (strcmp(out, c[i].want) != 0)
      fail_msg("'%s' -> '%s', want '%s'", c[i].in, out, c[i].want);
    free(out);
  }
}

#define RUN(t, d) run(t, sizeof t / sizeof t[0], d)

static void test_acronyms(void **state)
{
  static const struct tcase t[] = {
      {"AWS", "A W S"},
      {"APIs", "A P eyes"},
      {"the API", "the A P I"},
      {"URLs", "U R els"},
      {"SLO", "S L O"},
      {"SLOs", "S L ohs"},
      {"NASA", "nasa"},
      {"NATO allies", "nato allies"},
      {"SCUBA gear", "scuba gear"},
      {"UNESCO", "unesco"},
      {"EC2", "E C two"},
      {"S3 buckets", "S three buckets"},
      {"MP3", "M P three"},
      {"COVID-19", "covid nineteen"},
      {"CI/CD", "C I C D"},
      {"R&D", "R and D"},
      {"AT&T", "A T and T"},
      {"AWS's outage", "A W S's outage"},
      {"TL;DR: fine.", "T L D R, fine."},
      {"tl;dr", "T L D R"},
      {"PhD", "P H D"},
      {"iOS", "eye O S"},
      {"C++", "C plus plus"},
      {"(MTTR)", "M T T R,"},
      {"HTTP/2", "H T T P and two"},
      {"I went", "I went"},
      {"A cat", "A cat"},
      {"GDPR.", "G D P R."},
      {"FAQ", "faq"},
      {"PDF", "P D F"},
      {"two PDFs", "two P D effs"},
      {"PhDs", "P H dees"},
      {"CEOs", "C E ohs"},
      {"a PostgreSQL server", "a postgres Q L server"},
      {"the RAPID checklist", "the rapid checklist"},
      {"RAPID stands for", "rapid stands for"},
      {"NEVER again", "never again"},
      {"SIGINT", "sigint"},
      {"GDPRS", "G D P R S"},
      {"the STRAP", "the S T R A P"},
  };
  (void)state;
  RUN(t, NULL);
}

static void test_dates(void **state)
{
  static const struct tcase t[] = {
      {"06/14", "June fourteenth"},
      {"on 06/14.", "on June fourteenth."},
      {"on 2/3 we shipped", "on February third we shipped"},
      {"2/3 of users", "two thirds of users"},
      {"3/4 OF THE TEAM", "three quarters of the team"},
      {"12/25", "December twenty-fifth"},
      {"25/12", "December twenty-fifth"},
      {"2024-05-30", "May thirtieth, twenty twenty-four"},
      {"2019-07-01", "July first, twenty nineteen"},
      {"2005-03-02", "March second, two thousand five"},
      {"05/30/2024", "May thirtieth, twenty twenty-four"},
      {"5/30/24", "May thirtieth, twenty twenty-four"},
      {"Q1 2018", "the first quarter of twenty eighteen"},
      {"Q4 2023,", "the fourth quarter of twenty twenty-three,"},
      {"in Q3", "in the third quarter"},
      {"H1 2023", "the first half of twenty twenty-three"},
      {"FY2024", "fiscal year twenty twenty-four"},
      {"the 1990s", "the nineteen nineties"},
      {"the 2000s", "the two thousands"},
      {"the '90s", "the nineties"},
      {"in 2010", "in twenty ten"},
      {"in 1905", "in nineteen oh five"},
      {"in 1900", "in nineteen hundred"},
      {"in 2000", "in two thousand"},
      {"2019-2021", "twenty nineteen to twenty twenty-one"},
      {"13/13", "thirteen and thirteen"},
      {"on 3 March 2014.", "on the third of March twenty fourteen."},
      {"28 February 2019", "the twenty-eighth of February twenty nineteen"},
      {"31 February", "thirty-one February"},
      {"page 3, March 4", "page three, March fourth"},
      {"on March 4, 2024 we", "on March fourth, twenty twenty-four we"},
      {"June 14.", "June fourteenth."},
      {"on Jan. 5, 2023.", "on January fifth, twenty twenty-three."},
      {"in Sept. 2021", "in September twenty twenty-one"},
      {"Mar 3", "March third"},
      {"3 Mar 2014", "the third of March twenty fourteen"},
      {"in May.", "in May."},
      {"In May 2019", "In May twenty nineteen"},
      {"June 31", "June thirty-one"},
      {"the Dec. report", "the Dec. report"},
      {"at 5pm", "at five P M"},
      {"9:30am", "nine thirty A M"},
      {"10:05PM", "ten oh five P M"},
      {"13pm", "13pm"},
      {"at 10:00.", "at ten o'clock."},
      {"at 9:05", "at nine oh five"},
      {"at 14:30", "at fourteen thirty"},
      {"at 18:00", "at eighteen hundred"},
  };
  (void)state;
  RUN(t, "2019-07-20");
}

static void test_numbers(void **state)
{
  static const struct tcase t[] = {
      {"120000+", "more than one hundred twenty thousand"},
      {"290,000+", "more than two hundred ninety thousand"},
      {"1,234,567", "one million two hundred thirty-four thousand five "
                    "hundred sixty-seven"},
      {"\xC2\xB1"
       "3-5",
       "plus or minus three to five"},
      {"7-9", "seven to nine"},
      {"7\xE2\x80\x93"
       "9",
       "seven to nine"},
      {"10-15%", "ten to fifteen percent"},
      {"12.5%", "twelve point five percent"},
      {"5x", "five times"},
      {"2.5x faster", "two point five times faster"},
      {"$1.5M", "one point five million dollars"},
      {"$20", "twenty dollars"},
      {"$1", "one dollar"},
      {"$3.50", "three dollars and fifty cents"},
      {"\xE2\x82\xAC"
       "20",
       "twenty euros"},
      {"\xC2\xA3"
       "5bn",
       "five billion pounds"},
      {"$5M+", "more than five million dollars"},
      {"1st", "first"},
      {"2nd", "second"},
      {"3rd", "third"},
      {"21st", "twenty-first"},
      {"12th", "twelfth"},
      {"40th", "fortieth"},
      {"v2.3", "version two point three"},
      {"v10", "version ten"},
      {"2.3.1", "two point three point one"},
      {"100km", "one hundred kilometers"},
      {"250ms", "two hundred fifty milliseconds"},
      {"16GB", "sixteen gigabytes"},
      {"~300", "about three hundred"},
      {"-4%", "minus four percent"},
      {"+5%", "plus five percent"},
      {"0", "zero"},
      {"4.5 years", "four point five years"},
      {"3,000", "three thousand"},
      {"1000000", "one million"},
      {"\xE2\x82\xAC"
       "3.4 million,",
       "three point four million euros,"},
      {"$2 billion", "two billion dollars"},
      /* each currency's name, singular for one */
      {"$1", "one dollar"},
      {"\xE2\x82\xAC"
       "1",
       "one euro"},
      {"\xC2\xA3"
       "2",
       "two pounds"},
      {"\xC2\xA5"
       "20",
       "twenty yen"},
      {"\xE2\x82\xB9"
       "1",
       "one rupee"},
      {"\xE2\x82\xB9"
       "5",
       "five rupees"},
      {"20\xE2\x82\xAC", "twenty euros"},
      {"\xC2\xA5"
       "2 billion",
       "two billion yen"},
      {"\xE2\x82\xB9"
       "3.4 million",
       "three point four million rupees"},
      {"a 28-day window", "a twenty-eight day window"},
      {"3:1 odds", "three to one odds"},
      {"Roughly 60/30/10 of our work", "Roughly sixty thirty ten of our work"},
      {"a 50/50 split", "a fifty fifty split"},
      {"80/20 rule", "eighty twenty rule"},
      {"13/13", "thirteen and thirteen"},
      {"$0.99", "ninety-nine cents"},
      {"$0.01", "one cent"},
      {"$1.01", "one dollar and one cent"},
      {"\xC2\xA3"
       "1.50",
       "one pound and fifty pence"},
      {"$2.00", "two dollars"},
      {"3 x 4", "three times four"},
      {"3 x 4 x 5", "three times four times five"},
      {"x = 3", "x equals three"},
      {"a 2 x", "a two x"},
      {"2x-3x faster", "two to three times faster"},
      {"10%-15%", "ten to fifteen percent"},
      {"5km-10km", "five to ten kilometers"},
      {"$5-$10", "five dollars to ten dollars"},
      {"2a-3b", "2a 3b"},
      {"100 km/h", "one hundred kilometers per hour"},
      {"1/3 of them", "one third of them"},
      {"2/3", "two thirds"},
      {"3/4", "three quarters"},
      {"1/2", "one half"},
      {"4/3", "four and three"},
  };
  (void)state;
  RUN(t, NULL);
}

static void test_symbols(void **state)
{
  static const struct tcase t[] = {
      {"https://www.example.com/a?x=1", "example dot com"},
      {"see http://blog.example.org/post.", "see blog dot example dot org."},
      {"example.com", "example dot com"},
      {"my-site.io/path", "my dash site dot io"},
      {"ann@example.org", "ann at example dot org"},
      {"@jack", "at jack"},
      {"#rust", "hashtag rust"},
      {"#1", "number one"},
      {"salt & pepper", "salt and pepper"},
      {"input/output", "input and output"},
      {"$5/month", "five dollars per month"},
      {"and/or", "and or"},
      {"24/7", "twenty-four seven"},
      {"e.g. this", "for example this"},
      {"i.e. that", "that is that"},
      {"Dr. Smith", "Doctor Smith"},
      {"a \xE2\x80\x94 b", "a, b"},
      {"wait\xE2\x80\x94 what", "wait, what"},
      {"\xE2\x80\x9CHi,\xE2\x80\x9D she said", "Hi, she said"},
      {"it\xE2\x80\x99s", "it's"},
      {"**bold** and `code`", "bold and code"},
      {"x = y", "x equals y"},
  };
  (void)state;
  RUN(t, NULL);
}

static void test_unicode(void **state)
{
  static const struct tcase t[] = {
      {"caf\xC3\xA9", "cafe"},
      {"r\xC3\xA9sum\xC3\xA9", "resume"},
      {"na\xC3\xAFve", "naive"},
      {"Zo\xC3\xAB", "Zoe"},
      {"Stra\xC3\x9F"
       "e",
       "Strasse"},
      {"\xC5\x81\xC3\xB3"
       "d\xC5\xBA",
       "Lodz"},
      {"wait\xE2\x80\xA6", "wait."},
      {"20\xC2\xB0"
       "C",
       "twenty degrees Celsius"},
      {"98.6\xC2\xB0"
       "F.",
       "ninety-eight point six degrees Fahrenheit."},
      {"a 5\xC2\xB0 angle", "a five degrees angle"},
      {"\xE6\x9D\xB1\xE4\xBA\xAC city", "city"},
      {"bad \xFF byte", "bad byte"},
      {"3\xC3\x97"
       "4",
       "three times four"},
  };
  (void)state;
  RUN(t, NULL);
}

/* Capitals that are words, not acronyms: emphasis and headings. */
static void test_capitals(void **state)
{
  static const struct tcase t[] = {
      {"This is NOT a drill.", "This is not a drill."},
      {"WHAT THE LOG CHANGED", "what the log changed"},
      {"HOW TO START", "how to start"},
      {"Notes\nHOW TO START\nKeep it.", "Notes how to start Keep it."},
      {"WHAT'S NEW IN AWS", "what's new in A W S"},
      {"WHAT AWS CHANGED IN 2019", "what A W S changed in twenty nineteen"},
      {"WHY WE LEFT GCP FOR OUR OWN RACKS",
       "why we left G C P for our own racks"},
      {"HOW THE SLO BROKE", "how the S L O broke"},
      {"WHY AI MATTERS TO US", "why A I matters to us"},
      {"AWS EC2 S3", "A W S E C two S three"},
      {"AT&T", "A T and T"},
      {"the IT team and the US market", "the I T team and the U S market"},
      {"CI/CD PIPELINES FOR TEAMS", "C I C D pipelines for teams"},
      {"the LOG file", "the L O G file"},
  };
  (void)state;
  RUN(t, NULL);
}

/* Mixed-case names read as their parts, units standing alone. */
static void test_names(void **state)
{
  static const struct tcase t[] = {
      {"GitHub", "Git Hub"},
      {"on LinkedIn.", "on Linked In."},
      {"OpenAI's model", "Open A I's model"},
      {"an iPhone", "an I Phone"},
      {"eBay", "E Bay"},
      {"McDonald", "McDonald"},
      {"XMLHttpRequest", "X M L Http Request"},
      {"JavaScript and TypeScript", "Java Script and Type Script"},
      {"a RAPIDs plan", "a rapids plan"},
      {"iOS and macOS", "eye O S and mac O S"},
      {"a few GHz", "a few gigahertz"},
      {"per kWh", "per kilowatt hours"},
      {"Hello World", "Hello World"},
  };
  (void)state;
  RUN(t, NULL);
}

static void test_lexicon(void **state)
{
  char *dir = bc_test_tmpdir("test-lexicon"), path[1024];
  FILE *f;
  struct bc_speech_ctx ctx = BC_SPEECH_CTX_INIT;
  struct bc_error err = BC_ERROR_INIT;
  char *out = NULL;
  (void)state;
  assert_non_null(dir);
  snprintf(path, sizeof(path), "%s/lexicon.tsv", dir);
  f = fopen(path, "w");
  assert_non_null(f);
  fputs("# names\nRAGE\trage\nKubernetes\tkoo ber net eez\nAWS\tamazon web "
        "services\n",
        f);
  fclose(f);
  ctx.lexicon_path = path;
  assert_int_equal(
      bc_speech_normalize("RAGE on Kubernetes at AWS.", &ctx, &out, &err),
      BC_OK);
  assert_string_equal(out, "rage on koo ber net eez at amazon web services.");
  free(out);
  f = fopen(path, "w");
  assert_non_null(f);
  fputs("no tab here\n", f);
  fclose(f);
  assert_int_equal(bc_speech_normalize("x", &ctx, &out, &err), BC_ERR_PARSE);
  assert_non_null(strstr(err.msg, "line 1"));
  unlink(path);
  assert_int_equal(bc_speech_normalize("x", &ctx, &out, &err), BC_ERR_IO);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

/* A speaker reads its lexicon once, when it is made: the file changed or
 * gone afterwards changes nothing, and every text it says uses it. */
static void test_speaker_reads_lexicon_once(void **state)
{
  char *dir = bc_test_tmpdir("test-lexicon"), path[1024];
  FILE *f;
  struct bc_speech_ctx ctx = BC_SPEECH_CTX_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_speech *sp = NULL;
  char *out = NULL;
  (void)state;
  assert_non_null(dir);
  snprintf(path, sizeof(path), "%s/lexicon.tsv", dir);
  f = fopen(path, "w");
  assert_non_null(f);
  fputs("Kubernetes\tkoo ber net eez\n", f);
  fclose(f);
  ctx.lexicon_path = path;
  assert_int_equal(bc_speech_new(&ctx, &sp, &err), BC_OK);
  f = fopen(path, "w"); /* now a lexicon that would not parse */
  assert_non_null(f);
  fputs("no tab here\n", f);
  fclose(f);
  for (int i = 0; i < 3; i++) {
    assert_int_equal(bc_speech_say(sp, "Kubernetes runs it.", &out, &err),
                     BC_OK);
    assert_string_equal(out, "koo ber net eez runs it.");
    free(out);
    unlink(path);
  }
  bc_speech_free(sp);
  bc_speech_free(NULL);
  /* a missing lexicon is refused when the speaker is made */
  sp = NULL;
  assert_int_equal(bc_speech_new(&ctx, &sp, &err), BC_ERR_IO);
  assert_null(sp);
  assert_int_equal(bc_test_tmpdir_remove(dir), 0);
}

/* Acronyms the source defines are read as words when they look like one
 * (RAPID, RAGE), and still spelled when they do not (MTTR, IETF). */
static void test_source_acronyms(void **state)
{
  static const struct tcase t[] = {
      {"the RAPID checklist", "the rapid checklist"},
      {"RAGE goals", "rage goals"},
      {"MTTR fell", "M T T R fell"},
      {"IETF drafts", "I E T F drafts"},
      {"the HDP team", "the H D P team"},
      {"a RAPIDs plan", "a rapids plan"},
      /* not defined in the source: five pronounceable letters are a
       * word all the same, four are spelled */
      {"BORAT", "borat"},
      {"UCLA", "U C L A"},
      {"HDP", "H D P"},
  };
  struct bc_acronym_fact ac[] = {
      {(char *)"RAPID",
       (char *)"Reproduce, Assess, Patch, Inform, Document",
       {0, 5},
       {6, 40},
       0},
      {(char *)"RAGE",
       (char *)"Reality, Aspirations, Goals, Expectations",
       {0, 4},
       {5, 40},
       0},
      {(char *)"MTTR", (char *)"mean time to recovery", {0, 4}, {5, 20}, 0},
      {(char *)"IETF",
       (char *)"Internet Engineering Task Force",
       {0, 4},
       {5, 30},
       0},
      {(char *)"HDP", (char *)"Harbor Data Platform", {0, 3}, {4, 20}, 0},
  };
  struct bc_facts f;
  struct bc_speech_ctx ctx = BC_SPEECH_CTX_INIT;
  (void)state;
  memset(&f, 0, sizeof f);
  f.acronyms = ac;
  f.n_acronyms = sizeof ac / sizeof ac[0];
  ctx.facts = &f;
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
    struct bc_error err = BC_ERROR_INIT;
    char *out = NULL;
    assert_int_equal(bc_speech_normalize(t[i].in, &ctx, &out, &err), BC_OK);
    if (strcmp(out, t[i].want) != 0)
      fail_msg("'%s' -> '%s', want '%s'", t[i].in, out, t[i].want);
    free(out);
  }
}

static void test_token_cap(void **state)
{
  char *in = malloc(20001), *out = NULL;
  struct bc_error err = BC_ERROR_INIT;
  size_t run = 0;
  (void)state;
  assert_non_null(in);
  memset(in, 'a', 20000);
  in[20000] = '\0';
  assert_int_equal(bc_speech_normalize(in, NULL, &out, &err), BC_OK);
  for (const char *p = out; *p; p++) {
    run = *p == ' ' ? 0 : run + 1;
    assert_true(run <= BC_MAX_TOKEN_CHARS);
  }
  free(out);
  free(in);
  assert_int_equal(bc_speech_normalize("", NULL, &out, &err), BC_OK);
  assert_string_equal(out, "");
  free(out);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_acronyms),
      cmocka_unit_test(test_dates),
      cmocka_unit_test(test_numbers),
      cmocka_unit_test(test_symbols),
      cmocka_unit_test(test_unicode),
      cmocka_unit_test(test_lexicon),
      cmocka_unit_test(test_speaker_reads_lexicon_once),
      cmocka_unit_test(test_source_acronyms),
      cmocka_unit_test(test_token_cap),
      cmocka_unit_test(test_capitals),
      cmocka_unit_test(test_names),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
