/* test_validate_names.c - the name checker (check_names.c): a name the
 * source gives, in any order of its words, draws nothing; one it never
 * gives draws a warning; a table's labels draw nothing; a source's name
 * with a word put inside it draws an error. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/facts.h"
#include "briefcast/validate.h"
#include "validate/validate_internal.h"
#include "test_validate_common.h"

/* A summary text and whether it draws a name warning. */
struct name_case {
  const char *text;
  int warns;
};

/* Check each of the n cases against the source doc and its facts: a name
 * warning exactly when the case says; with no_errors, no error at all. */
static void check_name_cases(const struct bc_doc *doc,
                             const struct bc_facts *facts,
                             const struct name_case *cases, size_t n,
                             int no_errors)
{
  size_t i, j;
  for (i = 0; i < n; i++) {
    struct bc_report *r = NULL;
    struct bc_error err = BC_ERROR_INIT;
    int warns = 0;
    assert_int_equal(bc_validate_text(doc, facts, cases[i].text,
                                      strlen(cases[i].text), NULL, &r, &err),
                     BC_OK);
    for (j = 0; j < r->n_findings; j++) {
      if (no_errors)
        assert_int_not_equal(r->findings[j].severity, BC_SEV_ERROR);
      if (strcmp(r->findings[j].kind, BC_FINDING_NAME) == 0)
        warns = 1;
    }
    if (warns != cases[i].warns)
      fail_msg("'%s': name warning %d, expected %d", cases[i].text, warns,
               cases[i].warns);
    bc_report_free(r);
  }
}

/* check_name_cases on the fact sheet of the source text src. */
static void check_cases_on(const char *src, const struct name_case *cases,
                           size_t n, int no_errors)
{
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_error err = BC_ERROR_INIT;
  assert_int_equal(bc_doc_new_text(src, strlen(src), &doc, &err), BC_OK);
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  check_name_cases(doc, facts, cases, n, no_errors);
  bc_facts_free(facts);
  bc_doc_free(doc);
}

static void names_table(void **state)
{
  struct fx *f = *state;
  static const struct name_case cases[] = {
      {"According to Priya Raman, the move took 17 months.", 0},
      {"Raman, Priya wrote the post.", 0},
      {"According to John Whitfield, the move took 17 months.", 1},
      {"The team worked with Contoso Bank on the refunds.", 1},
      /* A table's header and row labels are no names. */
      {"| Event | Detail |\n| --- | --- |\n| Launch | The move took 17 "
       "months |",
       0},
  };
  check_name_cases(f->doc, f->facts, cases, sizeof cases / sizeof cases[0], 1);
}

/* A name of the source whose words are fixed (a title after "The", one
 * joined by "of") with a word put inside it is an error; the name as the
 * source writes it, a person's with a middle name, an initial or a first
 * name after a title added are not. */
static void altered_names(void **state)
{
  static const char src[] =
      "The memo, which was seen by The Real Deal, said cuts would start this "
      "week. The loan came from the Bank of America. Talks were led by John "
      "Kennedy of the harbour board. The envoy reported to Vice President "
      "Pence.";
  (void)state;
  check_pair(src, NULL, NULL, NULL, "The memo was seen by The Real Deal.",
             NULL);
  check_pair(src, NULL, NULL, NULL,
             "The memo was seen by The Real Estate Deal.", "Real Estate Deal");
  check_pair(src, NULL, NULL, NULL,
             "The loan came from the Bank of North America.",
             "Bank of North America");
  check_pair(src, NULL, NULL, NULL, "The loan came from the Bank of America.",
             NULL);
  check_pair(src, NULL, NULL, NULL,
             "Talks were led by John Fitzgerald Kennedy of the harbour board.",
             NULL);
  check_pair(src, NULL, NULL, NULL,
             "Talks were led by John F. Kennedy of the harbour board.", NULL);
  check_pair(src, NULL, NULL, NULL,
             "The envoy reported to Vice President Mike Pence.", NULL);
}

/* Names the source implies without writing them: the usual expansion of
 * an acronym it writes, a people's name made from a place it names, a
 * name it writes with a possessive, a word's end ("Motion" of "4Motion"),
 * a title's acronym whose words it writes ("PM" for "Prime Minister").
 * Each passes; the like name the source does not imply still warns. */
static void implied_names(void **state)
{
  static const char src[] =
      "Tory MPs said the plan was rushed. In China, health officials "
      "confirmed the case. Its list includes Assassin's Creed. The ID. Space "
      "Vizzion 4Motion has all-wheel drive. Doctors hope for new Alzheimers "
      "drugs. British Prime Minister Boris Johnson called it a historic day.";
  static const struct name_case cases[] = {
      {"Members of Parliament said the plan was rushed.", 0},
      {"Members of Congress said the plan was rushed.", 1},
      {"Health officials said Chinese hospitals confirmed the case.", 0},
      {"Health officials said Argentinian hospitals confirmed the case.", 1},
      {"The list includes Assassin's Creed.", 0},
      {"The list includes Assassin's Guild.", 1},
      {"The 4Motion version has all-wheel drive.", 0},
      {"The 4Matic version has all-wheel drive.", 1},
      {"Doctors hope for new drugs against Alzheimer disease.", 0},
      {"Doctors hope for new drugs against Parkinson disease.", 1},
      {"- British PM Boris Johnson called it a historic day.", 0},
      {"- British VP Boris Johnson called it a historic day.", 1},
  };
  (void)state;
  check_cases_on(src, cases, sizeof cases / sizeof cases[0], 0);
}

/* A name the source writes in another form: a title's short form
 * ("Sens."), the other apostrophe, a plural, a state's short form and a
 * party's letter ("R-W.Va."), a place by its people's name ("Chinese"),
 * a name glued to a number.  Each passes; the like name the source does
 * not write still warns. */
static void other_forms(void **state)
{
  static const char src[] =
      "Sens. Cory Booker and Kamala Harris spoke on Monday. Fans of Beto "
      "O\xE2\x80\x99Rourke cheered. Nissan sold 6 million Sentra cars. In "
      "October, Rep. David McKinley, R-W.Va., visited the border. The Orange "
      "County, Calif., sheriff's office made a bust. The Chinese e-commerce "
      "giant denied it. She found a receptor called Olfr78 in kidney cells.";
  static const struct name_case cases[] = {
      {"Senators Cory Booker and Kamala Harris have struggled to gain "
       "momentum.",
       0},
      {"Governors Cory Booker and Kamala Harris have struggled to gain "
       "momentum.",
       1},
      {"The supporters of Beto O'Rourke cheered.", 0},
      {"The supporters of Beto O'Dowd cheered.", 1},
      {"Nissan has sold millions of Sentras.", 0},
      {"Nissan has sold millions of Altimas.", 1},
      {"David McKinley, a West Virginia Republican, visited the border.", 0},
      {"David McKinley, a West Virginia Democrat, visited the border.", 1},
      {"The sheriff of Orange County, California, made a bust.", 0},
      {"The sheriff of Orange County, Florida, made a bust.", 1},
      {"Over in China, the giant denied it.", 0},
      {"Over in Japan, the giant denied it.", 1},
      {"The receptor Olfr78 sits in kidney cells.", 0},
  };
  (void)state;
  check_cases_on(src, cases, sizeof cases / sizeof cases[0], 1);
}

/* Words around a name that name nothing the source must: a role or party
 * word the source speaks of before a name it gives, a unit glued to a
 * number, a podcast's segment title in its framing lines.  A role the
 * source never speaks of, and a name it never gives, still warn. */
static void framing_words(void **state)
{
  static const char src[] =
      "Tom Harper was directing a costume drama when the script arrived. "
      "Louisiana Democrats re-elected Governor Ann Bel Roe. The laptop has a "
      "2.4GHz Intel Core i9 chip and a new keyboard.";
  static const struct name_case cases[] = {
      {"Director Tom Harper read the script.", 0},
      {"Democrat Ann Bel Roe was re-elected.", 0},
      {"Senator Ann Bel Roe was re-elected.", 1},
      {"Director Tom Hooper read the script.", 1},
      {"It runs on a 2.4GHz Intel Core i9.", 0},
      {"HOST A: Today on Desk Notes: a new laptop.\nHOST B: Its keyboard "
       "is new.\nHOST A: That's Desk Notes.",
       0},
      {"HOST A: On today's Desk Notes: a new laptop.", 0},
      {"HOST A: Today on the laptop, Desk Notes wrote a review.", 1},
  };
  (void)state;
  check_cases_on(src, cases, sizeof cases / sizeof cases[0], 1);
}

/* The publication the source comes from, as its web address spells it,
 * with or without "The"; another publication still warns. */
static void publisher_name(void **state)
{
  static const char src[] = "The city council voted on the budget on Monday.";
  static const struct name_case cases[] = {
      {"In an editorial, the Daily Ledger backs the council's budget.", 0},
      {"The Daily Ledger backs the council's budget.", 0},
      {"The Evening Courier backs the council's budget.", 1},
  };
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  assert_int_equal(bc_doc_new_text(src, strlen(src), &doc, &err), BC_OK);
  doc->url = strdup("https://www.thedailyledger.com/opinion/budget");
  assert_non_null(doc->url);
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  check_name_cases(doc, facts, cases, sizeof cases / sizeof cases[0], 1);
  bc_facts_free(facts);
  bc_doc_free(doc);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(names_table, setup, teardown),
      cmocka_unit_test(altered_names),
      cmocka_unit_test(implied_names),
      cmocka_unit_test(other_forms),
      cmocka_unit_test(framing_words),
      cmocka_unit_test(publisher_name),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
