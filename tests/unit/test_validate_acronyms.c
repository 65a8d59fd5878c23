/* test_validate_acronyms.c - the acronym checker (check_acronyms.c): when
 * two words and two expansions are the same, when words spell an acronym,
 * and house definitions that a summary swaps for the usual reading. */
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

static void words_match_table(void **state)
{
  static const struct {
    const char *a, *b;
    int same;
  } cases[] = {
      {"Recognise", "recognize", 1},  {"Goals", "Goal", 1},
      {"Objective", "Objectives", 1}, {"Analyse", "analysis", 1},
      {"Act", "Action", 1},           {"Reality", "Recognise", 0},
      {"Supply", "Supported", 0},     {"Goal", "Gold", 0},
      {"Repair", "Recovery", 0},      {"Level", "level", 1},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int got = bc__validate_words_match(cases[i].a, strlen(cases[i].a),
                                       cases[i].b, strlen(cases[i].b));
    if (got != cases[i].same)
      fail_msg("'%s' vs '%s': got %d", cases[i].a, cases[i].b, got);
  }
}

static void acronym_table(void **state)
{
  static const struct {
    const char *acr, *phrase;
    int fits;
  } fits[] = {
      {"RAGE", "Recognise, Act, Guide, Evaluate", 1},
      {"RAGE", "Reality, Aspirations, Goals and Expectations", 1},
      {"SLO", "Service Level Objective", 1},
      {"JSON", "JavaScript Object Notation", 1},
      {"SaaS", "Software as a Service", 1},
      {"P2P", "peer to peer", 1},
      {"OKR", "Objectives and Key Results", 1},
      {"MTTR", "Mean Time To Recovery", 1},
      {"SRE", "the team", 0},
      {"RAGE", "Recognise, Act, Guide", 0},
  };
  static const struct {
    const char *a, *b;
    int same;
  } exps[] = {
      {"Recognise, Act, Guide, Evaluate", "recognize, act, guide and evaluate",
       1},
      {"Service Level Objectives", "service-level objective", 1},
      {"Mean Time To Recovery", "Mean Time to Repair", 0},
      {"Community Supported Bakery", "Community Supply Bakery", 0},
      {"Reality, Aspirations, Goals, Expectations",
       "Recognise, Act, Guide, Evaluate", 0},
      {"Objectives and Key Results", "Objectives & Key Results", 1},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof fits / sizeof fits[0]; i++)
    if (bc__validate_fits_acronym(fits[i].acr, fits[i].phrase,
                                  strlen(fits[i].phrase)) != fits[i].fits)
      fail_msg("%s / '%s': expected %d", fits[i].acr, fits[i].phrase,
               fits[i].fits);
  for (i = 0; i < sizeof exps / sizeof exps[0]; i++)
    if (bc__validate_expansions_match(exps[i].a, strlen(exps[i].a), exps[i].b,
                                      strlen(exps[i].b)) != exps[i].same)
      fail_msg("'%s' vs '%s': expected %d", exps[i].a, exps[i].b, exps[i].same);
}

/* A source with its own definition, and a summary that gives another. */
static void source_summary_table(void **state)
{
  static const struct pair_case cases[] = {
      /* A house definition contrasted with the usual reading. */
      {"We track every build in the BRT. In our shop BRT stands for Build "
       "Readiness Tracker. It is not a bus rapid transit system.",
       NULL, "The bus rapid transit (BRT) list grew.", "bus rapid transit"},
      {"We track every build in the BRT. In our shop BRT stands for Build "
       "Readiness Tracker.",
       NULL, "The Build Readiness Tracker (BRT) list grew.", NULL},
      {"Our team keeps a KPL, which in our office stands for Known Problem "
       "List, and we review it weekly.",
       NULL, "They review the KPL (key performance log) weekly.",
       "key performance log"},
      {"Last year we finally tamed our MSR. Most firms use MSR for minimum "
       "salary requirement. Here it means Monthly Snack Reserve, and it "
       "fell to $90.",
       NULL, "Their minimum salary requirement (MSR) fell to $90.",
       "minimum salary requirement"},
      {"The DLB was the Daily Loss Book: a ledger of broken cups. Today most "
       "people read the letters as dynamic load balancing.",
       NULL, "The DLB (dynamic load balancing) book lists cups.",
       "dynamic load balancing"},
      {"The first headline feature is the RTQ. Here RTQ means Remote Task "
       "Queue, and most readers take it as real-time quote.",
       NULL, "The headline is the RTQ, the real-time quote engine.",
       "real-time quote"},
      {"Everyone wore our PSM. In this trial PSM refers to the portable sleep "
       "monitor, not to the lab polysomnography the letters often mean.",
       NULL, "Sleep was tracked with polysomnography (PSM) bands.",
       "polysomnography"},
      {"He had to pass the CRA. At the club CRA means Catch Readiness "
       "Assessment.",
       NULL, "He passed the CRA first, the Critical Rowing Assessment.",
       "Critical Rowing Assessment"},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(words_match_table),
      cmocka_unit_test(acronym_table),
      cmocka_unit_test(source_summary_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
