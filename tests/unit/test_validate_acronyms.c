/* test_validate_acronyms.c - the acronym checker (check_acronyms.c): when
 * two words and two expansions are the same, when words spell an acronym,
 * house definitions that a summary swaps for the usual reading, and every
 * form a summary writes an expansion in (wrong ones found and repaired to
 * the source's wording, faithful ones left alone), in any field. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/facts.h"
#include "briefcast/summary.h"
#include "briefcast/validate.h"
#include "validate/validate_internal.h"
#include "test_validate_common.h"

static void words_match_table(void **state)
{
  static const struct {
    const char *a, *b;
    int same;
  } cases[] = {
      {"Recognise", "recognize", 1},
      {"Goals", "Goal", 1},
      {"Objective", "Objectives", 1},
      {"Analyse", "analysis", 1},
      {"Act", "Action", 1},
      {"Reality", "Recognise", 0},
      {"Supply", "Supported", 0},
      {"Goal", "Gold", 0},
      {"Repair", "Recovery", 0},
      {"Level", "level", 1},
      {"Harbour", "Harbor", 1},
      {"Behaviour", "behavior", 1},
      {"Centre", "Center", 1},
      {"Centres", "centers", 1},
      {"Catalogue", "Catalog", 1},
      {"Defence", "Defense", 1},
      {"Modelling", "modeling", 1},
      {"Labelled", "Labeled", 1},
      {"Hour", "Hor", 0},
      {"Four", "For", 0},
      {"Hour", "Hours", 1},
      {"Science", "Sciences", 1},
      {"Corp", "Corporation", 1},
      {"Intl", "International", 1},
      {"Organisation", "Org", 1},
      {"Corp", "Company", 0},
      /* the one who does is not the doing */
      {"Mixer", "Mixing", 0},
      {"Inspector", "Inspection", 0},
      {"Mixers", "Mixer", 1},
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
      /* A name the source writes out but never shortens, given with one
       * word changed beside initials the summary gives it in the same
       * sentence; without those initials it may be another name. */
      {"Officers from the Columbus Police Department Intelligence Led "
       "Policing Unit stopped a car near Seventh Street.",
       NULL,
       "It was a long day for the CPD, that's the Chicago Police "
       "Department's policing unit, which stopped the car.",
       "Chicago Police Department"},
      {"Officers from the Columbus Police Department Intelligence Led "
       "Policing Unit stopped a car near Seventh Street.",
       NULL,
       "It was a long day for the CPD, that's the Columbus Police "
       "Department's policing unit, which stopped the car.",
       NULL},
      {"Officers from the Columbus Police Department Intelligence Led "
       "Policing Unit stopped a car near Seventh Street.",
       NULL,
       "Chicago Police Department officers were not involved in the stop.",
       NULL},
      /* A name the source writes out and then shortens, never as a
       * definition: one word of it changed, the initials kept. */
      {"Northern Rail & Freight Ltd. cut its timetable on Friday. Later, "
       "NR&F said the cuts would last a week.",
       NULL, "Northern Rail & Ferries cut its timetable for a week.",
       "Northern Rail & Ferries"},
      {"Northern Rail & Freight Ltd. cut its timetable on Friday. Later, "
       "NR&F said the cuts would last a week.",
       NULL, "Northern Rail & Freight cut its timetable for a week.", NULL},
      {"Northern Rail & Freight Ltd. cut its timetable on Friday. Later, "
       "NR&F said the cuts would last a week.",
       NULL,
       "Northern Rail & Ferries cut its timetable. NR&F said the cuts "
       "would last a week.",
       "Northern Rail & Ferries"},
      {"The Regional Office for Water Safety and Planning closed two "
       "wells. The ROWS said the water was safe.",
       NULL,
       "The Regional Office for Water Safety and Protection closed two "
       "wells.",
       "Regional Office for Water Safety and Protection"},
      /* Another initial: another name, not a slip. */
      {"Northern Rail & Freight Ltd. cut its timetable on Friday. Later, "
       "NR&F said the cuts would last a week.",
       NULL, "Northern Rail & Trams cut its timetable for a week.", NULL},
      /* No acronym for the name in the source: nothing to hold it to. */
      {"Northern Rail & Freight Ltd. cut its timetable on Friday.", NULL,
       "Northern Rail & Ferries cut its timetable.", NULL},
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

/* --- every form, with its repair ---------------------------------------- */

/* The post of the motivating failure, shortened: RAGE defined in prose
 * ("It stands for"), CSA only by a capitalised phrase and a later use. */
#define RAGE_POST                                                              \
  "I called it the RAGE model. It stands for Reality, Aspirations, Goals, "    \
  "Expectations. People expect something angrier from the name.\n\n"           \
  "Before any of this I spent 4.5 years at Contoso as a Cloud Solution "       \
  "Architect. The CSA role taught me to ask about the current state of a "     \
  "system before anyone drew boxes for the future one.\n"

#define RIGHT "Reality, Aspirations, Goals, Expectations"
#define CLOUD "Cloud Solution Architect"

/* One summary line, checked as the tl;dr of a summary.  claim: the words
 * an acronym error must name (exactly), NULL when the line must draw no
 * error at all; says: that error's source_says (the source's expansion as
 * written, which its span must point at); fixed: the tl;dr after repair,
 * NULL when no repair may be offered; warn: an acronym warning is
 * expected. */
struct form_case {
  const char *src, *sum, *claim, *says, *fixed;
  int warn;
};

static const struct form_case forms[] = {
    /* An acronym in capitals and small letters, its capitals the initials:
     * a glossary item with a word changed is wrong, the source's passes. */
    {"New GaN (gallium nitride) bricks make small chargers.",
     "- **GaN:** gallium nitrate, the material of small chargers.",
     "gallium nitrate", "gallium nitride",
     "- **GaN:** gallium nitride, the material of small chargers.", 0},
    {"New GaN (gallium nitride) bricks make small chargers.",
     "- **GaN:** gallium nitride, the material of small chargers.", NULL, NULL,
     NULL, 0},
    /* A name the source defines, with "-er" for its "-ing". */
    {"The Rapid Mixing Unit (RMU) blends the dough in minutes.",
     "Their Rapid Mixer Unit blends the dough in minutes.", "Rapid Mixer Unit",
     "Rapid Mixing Unit",
     "Their Rapid Mixing Unit blends the dough in minutes.", 0},
    /* The source says what its acronym stands for without a definition the
     * analyzer takes: words in parentheses that do not spell it, or words
     * that spell it elsewhere.  Other words are wrong. */
    {"Each week the shop posts its AOV (Average Order Size) to the team.",
     "The shop posts its AOV (average order velocity) weekly.",
     "average order velocity", "Average Order Size",
     "The shop posts its AOV (Average Order Size) weekly.", 0},
    {"Each week the shop posts its AOV (Average Order Size) to the team.",
     "The shop posts its AOV (average order size) weekly.", NULL, NULL, NULL,
     0},
    {"The levy will squeeze household disposable income next year, the "
     "institute says. It expects HDI to fall 2%.",
     "The institute expects HDI (household discretionary income) to fall 2%.",
     "household discretionary income", "household disposable income",
     "The institute expects HDI (household disposable income) to fall 2%.", 0},
    {"The levy will squeeze household disposable income next year, the "
     "institute says. It expects HDI to fall 2%.",
     "The institute expects HDI (household disposable income) to fall 2%.",
     NULL, NULL, NULL, 0},
    {"The levy will squeeze household disposable income next year, the "
     "institute says. It expects HDI to fall 2%.",
     "The institute expects HDI (household net income) to fall 2%.",
     "household net income", "household disposable income",
     "The institute expects HDI (household disposable income) to fall 2%.", 0},
    /* Words elsewhere with the initials by chance, sharing no word with
     * the claim's, are no source expansion: a well-known acronym's usual
     * meaning passes, an unknown one's expansion draws a warning. */
    {"The NASA probe flew in 2019, after a new aerospace safety analysis.",
     "NASA (National Aeronautics and Space Administration) flew a probe.", NULL,
     NULL, NULL, 0},
    {"The ZPLT probe flew in 2019, after a zonal pressure load test.",
     "ZPLT (Zero Point Lunar Telescope) flew a probe.", NULL, NULL, NULL, 1},
    /* Wrong expansions, in every form. */
    {RAGE_POST,
     "Daniel refined his RAGE model, which stands for Results, Ambition, "
     "Growth and Execution.",
     "Results, Ambition, Growth and Execution", RIGHT,
     "Daniel refined his RAGE model, which stands for " RIGHT ".", 0},
    {RAGE_POST, "RAGE (Results, Ambition, Growth, Execution) guides managers.",
     "Results, Ambition, Growth, Execution", RIGHT,
     "RAGE (" RIGHT ") guides managers.", 0},
    {RAGE_POST, "Results, Ambition, Growth and Execution (RAGE) guides them.",
     "Results, Ambition, Growth and Execution", RIGHT,
     RIGHT " (RAGE) guides them.", 0},
    {RAGE_POST, "RAGE is short for Results, Ambition, Growth and Execution.",
     "Results, Ambition, Growth and Execution", RIGHT,
     "RAGE is short for " RIGHT ".", 0},
    {RAGE_POST, "RAGE = Results, Ambition, Growth, Execution",
     "Results, Ambition, Growth, Execution", RIGHT, "RAGE = " RIGHT, 0},
    {RAGE_POST,
     "RAGE, or Results, Ambition, Growth and Execution, guides managers.",
     "Results, Ambition, Growth and Execution", RIGHT,
     "RAGE, or " RIGHT ", guides managers.", 0},
    {RAGE_POST,
     "Results, Ambition, Growth and Execution, aka RAGE, guides managers.",
     "Results, Ambition, Growth and Execution", RIGHT,
     RIGHT ", aka RAGE, guides managers.", 0},
    {RAGE_POST,
     "He named it RAGE. It stands for Results, Ambition, Growth and "
     "Execution.",
     "Results, Ambition, Growth and Execution", RIGHT,
     "He named it RAGE. It stands for " RIGHT ".", 0},
    {RAGE_POST,
     "The RAGE model stands for Results, Ambition, Growth and Execution.",
     "Results, Ambition, Growth and Execution", RIGHT,
     "The RAGE model stands for " RIGHT ".", 0},
    {RAGE_POST,
     "RAGE, which means Results, Ambition, Growth and Execution, guides "
     "managers.",
     "Results, Ambition, Growth and Execution", RIGHT,
     "RAGE, which means " RIGHT ", guides managers.", 0},
    {RAGE_POST,
     "The \xe2\x80\x9cRAGE\xe2\x80\x9d (Results, Ambition, Growth, Execution) "
     "model is simple.",
     "Results, Ambition, Growth, Execution", RIGHT,
     "The \xe2\x80\x9cRAGE\xe2\x80\x9d (" RIGHT ") model is simple.", 0},
    {RAGE_POST, "**RAGE** (Results, Ambition, Growth, Execution) is his model.",
     "Results, Ambition, Growth, Execution", RIGHT,
     "**RAGE** (" RIGHT ") is his model.", 0},
    {RAGE_POST,
     "The acronym RAGE (for Results, Ambition, Growth, Execution) sums it "
     "up.",
     "Results, Ambition, Growth, Execution", RIGHT,
     "The acronym RAGE (for " RIGHT ") sums it up.", 0},
    {RAGE_POST,
     "His model, RAGE \xe2\x80\x94 Results, Ambition, Growth, Execution "
     "\xe2\x80\x94 guides managers.",
     "Results, Ambition, Growth, Execution", RIGHT,
     "His model, RAGE \xe2\x80\x94 " RIGHT " \xe2\x80\x94 guides managers.", 0},
    {RAGE_POST, "RAGE stands for results, ambition, growth and execution.",
     "results, ambition, growth and execution", RIGHT,
     "RAGE stands for " RIGHT ".", 0},
    {RAGE_POST,
     "RAGE, his acronym for Results, Ambition, Growth and Execution, guides "
     "managers.",
     "Results, Ambition, Growth and Execution", RIGHT,
     "RAGE, his acronym for " RIGHT ", guides managers.", 0},
    {RAGE_POST,
     "He called it RAGE. The acronym stands for Results, Ambition, Growth "
     "and Execution.",
     "Results, Ambition, Growth and Execution", RIGHT,
     "He called it RAGE. The acronym stands for " RIGHT ".", 0},
    {RAGE_POST,
     "He uses RAGE \xe2\x80\x94 Results, Ambition, Growth, Execution "
     "\xe2\x80\x94 with every manager.",
     "Results, Ambition, Growth, Execution", RIGHT,
     "He uses RAGE \xe2\x80\x94 " RIGHT " \xe2\x80\x94 with every manager.", 0},
    {RAGE_POST,
     "He uses RAGE, meaning Results, Ambition, Growth and Execution, with "
     "every manager.",
     "Results, Ambition, Growth and Execution", RIGHT,
     "He uses RAGE, meaning " RIGHT ", with every manager.", 0},
    {RAGE_POST,
     "He uses RAGE, i.e. Results, Ambition, Growth and Execution, with "
     "every manager.",
     "Results, Ambition, Growth and Execution", RIGHT,
     "He uses RAGE, i.e. " RIGHT ", with every manager.", 0},
    /* CSA: the source defines it only by a phrase and a later use. */
    {RAGE_POST,
     "Daniel, a former CSA (Customer Success Architect) at Contoso, "
     "explains it.",
     "Customer Success Architect", CLOUD,
     "Daniel, a former CSA (" CLOUD ") at Contoso, explains it.", 0},
    {RAGE_POST,
     "He was a Customer Success Architect at Contoso. The CSA role shaped "
     "the model.",
     "Customer Success Architect", CLOUD,
     "He was a " CLOUD " at Contoso. The CSA role shaped the model.", 0},
    /* Implicit: no CSA in the summary, but the phrase sits where the
     * source's expansion does (its sentence, or the acronym's). */
    {RAGE_POST,
     "He spent 4.5 years at Contoso as a Customer Success Architect.",
     "Customer Success Architect", CLOUD,
     "He spent 4.5 years at Contoso as a " CLOUD ".", 0},
    {RAGE_POST,
     "At Contoso, Customer Success Architects ask about the current state of "
     "a system first.",
     "Customer Success Architects", CLOUD,
     "At Contoso, Cloud Solution Architects ask about the current state of a "
     "system first.",
     0},
    /* Words that do not spell the acronym, given as its expansion. */
    {"MTTR (Mean Time To Recovery) fell from 4 hours to 35 minutes.",
     "MTTR (mean time between failures) fell to 35 minutes.",
     "mean time between failures", "Mean Time To Recovery",
     "MTTR (Mean Time To Recovery) fell to 35 minutes.", 0},
    {"MTTR (Mean Time To Recovery) fell from 4 hours to 35 minutes.",
     "Mean Time Between Releases (MTTR) fell to 35 minutes.",
     "Mean Time Between Releases", "Mean Time To Recovery",
     "Mean Time To Recovery (MTTR) fell to 35 minutes.", 0},
    /* A second expansion in the same text is a claim too. */
    {"MTTR (mean time to recovery) fell from 4 hours to 35 minutes.",
     "MTTR (mean time to recovery) fell. MTTR, which stands for mean time to "
     "restore, is now 35 minutes.",
     "mean time to restore", "mean time to recovery",
     "MTTR (mean time to recovery) fell. MTTR, which stands for mean time to "
     "recovery, is now 35 minutes.",
     0},
    /* An apposition with an article; letters from inside a word. */
    {"Waste is the KPI we watch. Here KPI means Kitchen Percentage Index.",
     "They track a KPI, a key progress index, for waste.", "key progress index",
     "Kitchen Percentage Index",
     "They track a KPI, a Kitchen Percentage Index, for waste.", 0},
    {"The ILL was the Irregular Lending Ledger, a book of loans.",
     "Its ILL (interlibrary loan) ledger holds 1,126 entries.",
     "interlibrary loan", "Irregular Lending Ledger",
     "Its ILL (Irregular Lending Ledger) ledger holds 1,126 entries.", 0},
    /* Two definitions in the source: an error, but no repair can choose. */
    {"Physical therapy (PT) helps most patients. Many of the therapists work "
     "PT (part-time) hours.",
     "PT (personal training) helps most patients.", "personal training",
     "Physical therapy", NULL, 0},

    /* Faithful: the source's expansion in other words of the same kind. */
    {RAGE_POST,
     "His RAGE model, which stands for reality, aspirations, goals and "
     "expectations, guides managers.",
     NULL, NULL, NULL, 0},
    {RAGE_POST, "RAGE (Reality, Aspiration, Goal and Expectation) guides them.",
     NULL, NULL, NULL, 0},
    {RAGE_POST, "Reality-Aspirations-Goals-Expectations (RAGE) is the model.",
     NULL, NULL, NULL, 0},
    {RAGE_POST, "Daniel, a former CSA (cloud solution architect) at Contoso.",
     NULL, NULL, NULL, 0},
    {RAGE_POST,
     "He was a Cloud Solution Architect at Contoso; the CSA role shaped the "
     "model.",
     NULL, NULL, NULL, 0},
    {"Recognise, Act, Guide, Evaluate (RAGE) is a coaching model.",
     "RAGE stands for Recognize, Act, Guide, and Evaluate.", NULL, NULL, NULL,
     0},
    {"Physical therapy (PT) helps most patients. Many of the therapists work "
     "PT (part-time) hours.",
     "Many therapists work part-time (PT) hours.", NULL, NULL, NULL, 0},
    {"The Harbor Data Platform (HDP) grew quickly.",
     "HDP, short for Harbour Data Platform, grew quickly.", NULL, NULL, NULL,
     0},
    /* Capitals with an acronym's initials that say what the source says. */
    {"The Harbor Data Platform (HDP) grew. The head of the data platform "
     "wrote this post.",
     "The Head of Data Platform wrote about the HDP.", NULL, NULL, NULL, 0},
    /* More words around the source's ("and Prevention"), a possessive. */
    {"The Centers for Disease Control (CDC) recommends a flu shot.",
     "The Centers for Disease Control and Prevention (CDC) recommends a flu "
     "shot.",
     NULL, NULL, NULL, 0},
    {"The Department of Homeland Security (DHS) did not reply.",
     "The Department of Homeland Security's watchdog, part of DHS, found "
     "problems.",
     NULL, NULL, NULL, 0},
    {"The Department of Homeland Security (DHS) did not reply. Alex Azar is "
     "the Health and Human Services secretary.",
     "The Department of Human Services's watchdog, part of DHS, did not "
     "reply.",
     "Department of Human Services", "Department of Homeland Security",
     "The Department of Homeland Security's watchdog, part of DHS, did not "
     "reply.",
     0},
    /* Descriptions and asides are not expansions. */
    {"NASA launched the probe in 2019.",
     "NASA, the space agency, launched the probe in 2019.", NULL, NULL, NULL,
     0},
    {"NASA launched the probe in 2019.",
     "NASA (the US space agency) launched the probe in 2019.", NULL, NULL, NULL,
     0},
    {"The British Broadcasting Corporation (BBC) reported it first.",
     "The BBC (British broadcaster) reported it first.", NULL, NULL, NULL, 0},
    {RAGE_POST, "RAGE (Reality first) guides managers.", NULL, NULL, NULL, 0},
    {RAGE_POST, "RAGE (reality first, then aspirations) guides managers.", NULL,
     NULL, NULL, 0},
    {RAGE_POST, "The RAGE model (see the session notes) guides managers.", NULL,
     NULL, NULL, 0},
    {"MTTR (Mean Time To Recovery) fell from 4 hours to 35 minutes.",
     "MTTR (down from 4 hours) is now 35 minutes.", NULL, NULL, NULL, 0},
    {"We adopted SLOs (Service Level Objectives) in 2020.",
     "They adopted SLOs in 2020, which means services now have targets.", NULL,
     NULL, NULL, 0},
    /* The source writes the expansion without defining the acronym. */
    {"NASA launched the probe. The National Aeronautics and Space "
     "Administration said so.",
     "NASA (National Aeronautics and Space Administration) launched it.", NULL,
     NULL, NULL, 0},
    /* The source never expands it: a well-known acronym's usual meaning
     * passes (words holding the acronym itself expand nothing); another
     * acronym's expansion may be true, a warning. */
    {"It comes with a USB charging cable (USB-A to USB Micro-B).",
     "It comes with a USB (Universal Serial Bus) charging cable.", NULL, NULL,
     NULL, 0},
    {"NASA launched the probe in 2019.",
     "NASA (National Aeronautics and Space Administration) launched the "
     "probe in 2019.",
     NULL, NULL, NULL, 0},
    {"We track KPIs weekly.",
     "KPIs (Key Performance Indicators) are tracked weekly.", NULL, NULL, NULL,
     0},
    {"We track QBRs weekly.",
     "QBRs (Quarterly Business Reviews) are tracked weekly.", NULL, NULL, NULL,
     1},
    /* One word that spells a well-known acronym from inside is a meaning
     * of the text's field, which the table may not list: a warning. */
    {"The NP coating lasted a week.",
     "The NP (nanoparticle) coating lasted a week.", NULL, NULL, NULL, 1},
    /* A long form the source quotes, its comma inside the quotes. */
    {"In 1999 every startup wanted to be an \"application service "
     "provider,\" or ASP, renting software by the month.",
     "Startups wanted to be an Application Service Platform (ASP).",
     "Application Service Platform", "application service provider",
     "Startups wanted to be an application service provider (ASP).", 0},
    {"In 1999 every startup wanted to be an \xE2\x80\x9C"
     "application service "
     "provider,\xE2\x80\x9D or ASP, renting software by the month.",
     "Startups wanted to be an application service provider (ASP).", NULL, NULL,
     NULL, 0},
    /* A name with a possessive, defined by use, changed in one word. */
    {"The Citizens\xE2\x80\x99 Independent Transportation Trust, which runs "
     "the harbour ferries, met in May. At the June CITT meeting the board "
     "raised fares.",
     "At its June meeting the Citizens' Independent Transit Trust (CITT) "
     "raised fares.",
     "Citizens' Independent Transit Trust",
     "Citizens\xE2\x80\x99 Independent Transportation Trust",
     "At its June meeting the Citizens\xE2\x80\x99 Independent Transportation "
     "Trust (CITT) raised fares.",
     0},
    {"The Citizens' Independent Transportation Trust, which runs the harbour "
     "ferries, met in May. At the June CITT meeting the board raised fares.",
     "At its June meeting the Citizens' Independent Transit Trust raised "
     "fares.",
     "Citizens' Independent Transit Trust",
     "Citizens' Independent Transportation Trust",
     "At its June meeting the Citizens' Independent Transportation Trust "
     "raised fares.",
     0},
    {"The Citizens' Independent Transportation Trust, which runs the harbour "
     "ferries, met in May. At the June CITT meeting the board raised fares.",
     "The Citizens\xE2\x80\x99 Independent Transportation Trust raised fares "
     "in June.",
     NULL, NULL, NULL, 0},
    /* Near misses: the source's name with one word changed, the acronym
     * not written. */
    {"The renal unit now uses Bioimpedance Spectroscopy (BIS) to estimate "
     "how much fluid a patient carries between sessions.",
     "Nurses estimate fluid with Bioimpedance Spectrometry between sessions.",
     "Bioimpedance Spectrometry", "Bioimpedance Spectroscopy",
     "Nurses estimate fluid with Bioimpedance Spectroscopy between sessions.",
     0},
    {"In 2012 the president announced Deferred Action for Childhood "
     "Arrivals, or DACA, by executive order. Courts narrowed DACA in 2021.",
     "Courts narrowed Deferred Action for Childhood Immigrants in 2021.",
     "Deferred Action for Childhood Immigrants",
     "Deferred Action for Childhood Arrivals",
     "Courts narrowed Deferred Action for Childhood Arrivals in 2021.", 0},
    {"The city created a Harbour Safety Review Board (HSRB) after the "
     "collision. The HSRB meets monthly at the port office.",
     "After the collision the city created a Harbor Safety Appeals Board.",
     "Harbor Safety Appeals Board", "Harbour Safety Review Board",
     "After the collision the city created a Harbour Safety Review Board.", 0},
    /* ... and what is no near miss: a phrase sharing a few words, another
     * name the source gives, two words changed, a two-word name with
     * another word that is no slip. */
    {"The renal unit now uses Bioimpedance Spectroscopy (BIS) to estimate "
     "how much fluid a patient carries between sessions.",
     "Older units relied on Bioimpedance Analysis instead.", NULL, NULL, NULL,
     0},
    {"The city created a Harbour Safety Review Board (HSRB) after the "
     "collision. Appeals go to the Harbour Safety Appeals Board.",
     "Appeals go to the Harbour Safety Appeals Board.", NULL, NULL, NULL, 0},
    {"The city created a Harbour Safety Review Board (HSRB) after the "
     "collision.",
     "A Marine Safety Appeals Board was discussed.", NULL, NULL, NULL, 0},
    {"The city created a Harbour Safety Review Board (HSRB) after the "
     "collision. It reports to the Harbour Authority.",
     "The Harbour Authority oversees the Safety Review Board.", NULL, NULL,
     NULL, 0},
    {"The World Health Organization (WHO) and the WTO met in Geneva. The "
     "WHO asked for more vaccines.",
     "The World Trade Organization met the WHO in Geneva.", NULL, NULL, NULL,
     0},
    {"Our SLO (service level objective) is 99.9% for the API.",
     "The team's Service Level Agreement covers refunds.", NULL, NULL, NULL, 0},
    /* A well-known name the source shortens, with one word changed and
     * its initials kept, the acronym not written: a slip, though the
     * changed word looks nothing like the source's. */
    {"The 51-member Congressional Black Caucus met on Monday. Two CBC "
     "members spoke.",
     "Biden won 15 of 19 endorsements in the Congressional Black Council.",
     "Congressional Black Council", "Congressional Black Caucus",
     "Biden won 15 of 19 endorsements in the Congressional Black Caucus.", 0},
    {"The 51-member Congressional Black Caucus met on Monday. Two CBC "
     "members spoke.",
     "Two members of the Congressional Black Caucus spoke on Monday.", NULL,
     NULL, NULL, 0},
    {"The 51-member Congressional Black Caucus met on Monday. Two CBC "
     "members spoke.",
     "The Canadian Broadcasting Corporation covered the meeting.", NULL, NULL,
     NULL, 0},
    /* A name the source defines with one word changed to another of the
     * same initial, so that it still spells the acronym, wherever the
     * claim puts it; a word of another initial makes another name. */
    {"Maria Lopez joined Contoso in 2019 as a Cloud Solution Architect "
     "(CSA). As a CSA she designed migrations for banks.",
     "Her first title, Cloud Services Architect, changed when she moved.",
     "Cloud Services Architect", "Cloud Solution Architect",
     "Her first title, Cloud Solution Architect, changed when she moved.", 0},
    {"Maria Lopez joined Contoso in 2019 as a Cloud Solution Architect "
     "(CSA). As a CSA she designed migrations for banks.",
     "Her first title, Cloud Solution Architect, changed when she moved.", NULL,
     NULL, NULL, 0},
    {"Maria Lopez joined Contoso in 2019 as a Cloud Solution Architect "
     "(CSA). As a CSA she designed migrations for banks.",
     "Her first title, Cloud Platform Architect, changed when she moved.", NULL,
     NULL, NULL, 0},
};

static const struct bc_finding *acronym_error(const struct bc_report *r,
                                              const char *claim)
{
  size_t j;
  for (j = 0; j < r->n_findings; j++)
    if (r->findings[j].severity == BC_SEV_ERROR &&
        strcmp(r->findings[j].kind, BC_FINDING_ACRONYM) == 0 &&
        (!claim || strcmp(r->findings[j].claim, claim) == 0))
      return &r->findings[j];
  return NULL;
}

static void check_form(const struct form_case *k)
{
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_summary *s = bc_summary_new();
  struct bc_report *r = NULL, *again = NULL;
  struct bc_error err = BC_ERROR_INIT;
  const struct bc_finding *f;
  size_t j, warnings = 0;
  assert_non_null(s);
  s->tldr = strdup(k->sum);
  assert_int_equal(bc_doc_new_text(k->src, strlen(k->src), &doc, &err), BC_OK);
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  assert_int_equal(bc_validate_summary(doc, facts, s, NULL, &r, &err), BC_OK);
  for (j = 0; j < r->n_findings; j++)
    warnings += r->findings[j].severity == BC_SEV_WARNING &&
                strcmp(r->findings[j].kind, BC_FINDING_ACRONYM) == 0;
  if (k->warn != (warnings > 0))
    fail_msg("'%s': %zu acronym warnings", k->sum, warnings);
  if (!k->claim) {
    for (j = 0; j < r->n_findings; j++)
      if (r->findings[j].severity == BC_SEV_ERROR)
        fail_msg("'%s': unexpected %s error on '%s' (%s)", k->sum,
                 r->findings[j].kind, r->findings[j].claim,
                 r->findings[j].message);
    goto out;
  }
  f = acronym_error(r, k->claim);
  if (!f) {
    f = acronym_error(r, NULL);
    fail_msg("'%s': no acronym error on '%s'%s%s", k->sum, k->claim,
             f ? "; one on " : "", f ? f->claim : "");
  }
  if (strcmp(f->source_says, k->says) != 0 ||
      f->span.end - f->span.start != strlen(k->says) ||
      memcmp(doc->text + f->span.start, k->says, strlen(k->says)) != 0)
    fail_msg("'%s': source_says '%s' at %zu..%zu", k->sum, f->source_says,
             f->span.start, f->span.end);
  if (!k->fixed) {
    if (f->fix)
      fail_msg("'%s': a repair to '%s' where the source is ambiguous", k->sum,
               f->fix);
    goto out;
  }
  assert_int_equal(bc_validate_repair(doc, facts, s, r, &err), BC_OK);
  if (strcmp(s->tldr, k->fixed) != 0)
    fail_msg("'%s' repaired to '%s'", k->sum, s->tldr);
  /* Checked again, the repaired text is clean. */
  assert_int_equal(bc_validate_summary(doc, facts, s, NULL, &again, &err),
                   BC_OK);
  if ((f = acronym_error(again, NULL)) != NULL)
    fail_msg("'%s': still an error on '%s'", s->tldr, f->claim);
out:
  bc_report_free(again);
  bc_report_free(r);
  bc_summary_free(s);
  bc_facts_free(facts);
  bc_doc_free(doc);
}

static void forms_table(void **state)
{
  size_t i;
  (void)state;
  for (i = 0; i < sizeof forms / sizeof forms[0]; i++)
    check_form(&forms[i]);
}

/* An acronym the source never expands that every reader knows: the
 * summary's expansion is checked against what it usually stands for, and
 * against the source's own name for that when the source writes one. */
struct known_case {
  const char *src, *sum;
  const char *claim; /* words an error must name; NULL: no error and no
                        acronym warning */
  const char *says;  /* the error's source_says */
  const char *fix;   /* its repair; NULL: none */
  int warns;         /* the finding on claim is a warning, not an error */
  const char *msg;   /* words of its message; NULL: "never expands" */
  int quiet;         /* with claim NULL: no finding at all, not even a name
                        warning */
};

static const struct known_case known_cases[] = {
    /* Prose forms, the source silent on what the acronym stands for. */
    {"Geoffrey Berman, the U.S. attorney for the SDNY, announced the charges.",
     "Geoffrey Berman, U.S. attorney for the SDNY, which stands for the "
     "Southern Division of New York, announced the charges.",
     "Southern Division of New York", "Southern District of New York", NULL, 0,
     NULL, 0},
    {"Geoffrey Berman, the U.S. attorney for the SDNY, announced the charges.",
     "Geoffrey Berman, U.S. attorney for the SDNY, which stands for the "
     "Southern District of New York, announced the charges.",
     NULL, NULL, NULL, 0, NULL, 0},
    /* Parentheses; every usual meaning of an ambiguous acronym is given.
     * Two letters have meanings in every field, so there the finding is a
     * warning; three and more are an error. */
    {"The ER was full on Sunday night, nurses said.",
     "The ER (Emergency Response unit) was full on Sunday night.",
     "Emergency Response unit",
     "emergency room; endoplasmic reticulum; estrogen receptor; oestrogen "
     "receptor",
     NULL, 1, NULL, 0},
    {"The school's AD hired a new coach on Monday.",
     "The school's AD (athletic director) hired a new coach on Monday.",
     "athletic director", "anno Domini", NULL, 1, NULL, 0},
    /* Two letters, but a usual meaning with a word changed before its
     * last: an error. */
    {"A CT scan showed severe inflammation in his lungs.",
     "A CT (coronary tomography) scan showed severe inflammation.",
     "coronary tomography", "computed tomography", NULL, 0, NULL, 0},
    /* Two letters, a usual meaning with a word swapped for a look-alike
     * of its stem, given after "that's" or "that is,": an error; the
     * meaning itself, inflected or cut short, is not. */
    {"The Jets signed DL Tom Reyes to a two-year deal.",
     "Tom Reyes, the Jets DL (that's defensive linebacker), signed a deal.",
     "defensive linebacker",
     "defensive lineman; disabled list; "
     "distribution list",
     NULL, 0, NULL, 0},
    {"The Jets signed DL Tom Reyes to a two-year deal.",
     "Tom Reyes, the Jets DL (that is, defensive linebacker), signed.",
     "defensive linebacker",
     "defensive lineman; disabled list; "
     "distribution list",
     NULL, 0, NULL, 0},
    {"The Jets signed DL Tom Reyes to a two-year deal.",
     "Tom Reyes, the Jets DL (that's defensive lineman), signed a deal.", NULL,
     NULL, NULL, 0, NULL, 0},
    /* Two letters, an apposition that names another well-known
     * acronym's thing in full: an error; the usual meaning passes. */
    {"Cameron promised a renegotiation of EU laws, then a referendum.",
     "It means a referendum on the EU, the European Economic Community, or "
     "a new treaty.",
     "European Economic Community", "European Union", NULL, 0, NULL, 0},
    {"Cameron promised a renegotiation of EU laws, then a referendum.",
     "It means a referendum on the EU, the European Union, or a new treaty.",
     NULL, NULL, NULL, 0, NULL, 0},
    /* A usual meaning, where the source names another usual meaning in
     * its own words: an error; the meaning the source names passes. */
    {"The song was chosen by the National Endowment of the Arts in 2001.",
     "The song was chosen by the NEA (National Education Association).",
     "National Education Association", "National Endowment for the Arts", NULL,
     0, NULL, 0},
    {"The song was chosen by the National Endowment of the Arts in 2001.",
     "The song was chosen by the NEA (National Endowment for the Arts).", NULL,
     NULL, NULL, 0, NULL, 0},
    /* A look-alike that keeps only three letters of the usual word, the
     * others its own: still a slip, an error. */
    {"Judge Ann Roe QC ordered the trader to repay the money.",
     "Judge Ann Roe QC (Queen's Court) ordered the trader to repay.",
     "Queen's Court", "Queen's Counsel; Quebec", NULL, 0, NULL, 0},
    {"The Jets signed DL Tom Reyes to a two-year deal.",
     "The Jets DL (i.e., defensive linemen) now counts Tom Reyes.",
     "defensive linemen",
     "defensive lineman; disabled list; "
     "distribution list",
     NULL, 1, "two letters", 0},
    {"The Jets signed DL Tom Reyes to a two-year deal.",
     "The Jets DL (that's defensive line) now counts Tom Reyes.",
     "defensive line", "defensive lineman; disabled list; distribution list",
     NULL, 1, "two letters", 0},
    /* A degree after a name the source gives another degree, and a
     * review's label line with another value: errors repaired to the
     * source's; the source's own, or a degree it never gives, pass. */
    {"The trial was led by Ann Roe, Ph.D., of the city's main clinic.",
     "Ann Roe, M.D., led the trial at the clinic.", "Roe, M.D.", "Ph.D.",
     "Roe, Ph.D.", 0, "degree after this name", 0},
    {"The trial was led by Ann Roe, Ph.D., of the city's main clinic.",
     "Ann Roe, PhD, led the trial at the clinic.", NULL, NULL, NULL, 0, NULL,
     0},
    {"Board member Li Chen, J.D., voted against the plan.",
     "Li Chen, MBA, voted against the plan.", "Chen, MBA", "J.D.", "Chen, J.D.",
     0, "degree after this name", 0},
    {"The trial was led by Ann Roe of the city's main clinic.",
     "Ann Roe, M.D., led the trial at the clinic.", NULL, NULL, NULL, 0, NULL,
     0},
    {"The game runs well on every machine.\nVersion tested: PC.",
     "**Version tested:** PS4.", "PS4", "PC", "PC", 0, "Version tested", 0},
    {"The game runs well on every machine.\nVersion tested: PC.",
     "**Version tested:** PC.", NULL, NULL, NULL, 0, NULL, 0},
    {"We played it on every machine.\nVersion tested: PC.",
     "- Version tested: PC, with a pad", NULL, NULL, NULL, 0, NULL, 0},
    {"We played it on every machine. The version tested: PC.",
     "The version tested: PS4.", NULL, NULL, NULL, 0, NULL, 0},
    /* Letters from inside a changed word ("gastrointestinal" holds the
     * E of GERD): still that name with a word changed, in any form. */
    {"People with GERD should take the pill with food.",
     "People with GERD, or gastrointestinal reflux disease, should eat first.",
     "gastrointestinal reflux disease", "gastroesophageal reflux disease", NULL,
     0, NULL, 0},
    {"People with GERD should take the pill with food.",
     "Those with GERD (gastrointestinal reflux disease) may get heartburn.",
     "gastrointestinal reflux disease", "gastroesophageal reflux disease", NULL,
     0, NULL, 0},
    {"People with GERD should take the pill with food.",
     "People with GERD, or gastroesophageal reflux disease, should eat first.",
     NULL, NULL, NULL, 0, NULL, 0},
    /* An apposition in capitalised words that do not spell it, and a
     * lower-case well-known acronym before "meaning". */
    {"CBS reported that the NFL will fine Rudolph.",
     "The NFL, the National Football Association, will fine Rudolph.",
     "National Football Association", "National Football League", NULL, 0, NULL,
     0},
    {"CBS reported that the NFL will fine Rudolph.",
     "The NFL, the National Football League, will fine Rudolph.", NULL, NULL,
     NULL, 0, NULL, 0},
    {"CBS reported that the NFL will fine Rudolph.",
     "The NFL, the nation's richest league, will fine Rudolph.", NULL, NULL,
     NULL, 0, NULL, 0},
    {"The Five-hundred-meter Aperture Spherical Radio Telescope (FAST) is "
     "in China.",
     "FAST, the Five-hundred-meter Aperture Spherical Radio Telescope, is in "
     "China.",
     NULL, NULL, NULL, 0, NULL, 0},
    {"Pixel density went from 220 to 226ppi.",
     "Density rose to 226 ppi, meaning points per inch.", "points per inch",
     "producer price index; payment protection insurance; proton pump "
     "inhibitor; pixels per inch",
     NULL, 0, NULL, 0},
    {"Pixel density went from 220 to 226ppi.",
     "Density rose to 226 ppi, meaning pixels per inch.", NULL, NULL, NULL, 0,
     NULL, 0},
    /* A football glossary: TFL has a meaning in sport as well. */
    {"Ogunjobi had 1 sack and 1 TFL on Thursday.",
     "- **TFL:** tackle for loss.", NULL, NULL, NULL, 0, NULL, 0},
    {"Cleveland DL Larry Ogunjobi got one game.",
     "- **DL:** defensive lineman.", NULL, NULL, NULL, 0, NULL, 0},
    {"Doors open at 8 p.m. ET on Friday.", "- **ET:** Eastern Time.", NULL,
     NULL, NULL, 0, NULL, 0},
    /* A Markdown glossary line, emphasis around the colon. */
    {"She sent it via direct message. Friends forward posts via DM.",
     "- **DM:** direct mail, the private messages.", "direct mail",
     "direct message", "direct message", 0, "names the", 0},
    {"She sent it via direct message. Friends forward posts via DM.",
     "- **DM:** direct message, the private messages.", NULL, NULL, NULL, 0,
     NULL, 0},
    {"The IMF cut its growth forecast on Tuesday.",
     "The IMF (International Monetary Facility) cut its growth forecast.",
     "International Monetary Facility", "International Monetary Fund", NULL, 0,
     NULL, 0},
    {"The ER was full on Sunday night, nurses said.",
     "The ER (emergency room) was full on Sunday night.", NULL, NULL, NULL, 0,
     NULL, 0},
    {"The ER was full on Sunday night, nurses said.",
     "The emergency room (ER) was full on Sunday night.", NULL, NULL, NULL, 0,
     NULL, 0},
    /* Plurals, case and "&" for "and" are the same words. */
    {"Three IPOs were delayed in March.",
     "Three IPOs (Initial Public Offerings) were delayed in March.", NULL, NULL,
     NULL, 0, NULL, 0},
    {"Shares of S&P members fell.",
     "Shares of S&P (Standard and Poor's) members fell.", NULL, NULL, NULL, 0,
     NULL, 0},
    /* The source names what the acronym usually stands for without
     * defining it: that name is what the claim must say, and repairs it. */
    {"Hong Kong lost out on Alibaba's initial public offering to New York "
     "in 2013.",
     "Hong Kong lost Alibaba's IPO, which is short for international public "
     "offering, to New York in 2013.",
     "international public offering", "initial public offering",
     "initial public offering", 0, NULL, 0},
    {"Hong Kong lost out on Alibaba's initial public offering to New York "
     "in 2013.",
     "Hong Kong lost Alibaba's IPO, which is short for initial public "
     "offering, to New York in 2013.",
     NULL, NULL, NULL, 0, NULL, 0},
    /* Words in parentheses that are no expansion of the acronym's letters
     * but a name with half of its initials are read as its expansion; a
     * person or a party label is not. */
    {"South Dakota's Department of Social Services reported that 3.8% of "
     "young people had used meth.",
     "Meth use among young people was 3.8%, per the State Department of "
     "Public Safety (DSS).",
     "Department of Public Safety", "Department of Social Services",
     "Department of Social Services", 0, NULL, 0},
    {"Senate leader Mitch McConnell spoke on Tuesday.",
     "Mitch McConnell (GOP) spoke on Tuesday.", NULL, NULL, NULL, 0, NULL, 0},
    /* A usual name of an acronym the source writes, named in the summary
     * with one word changed to another of the same initial, is wrong
     * ("Conservative Central Headquarters" for the source's CCHQ); its
     * usual name passes, also as a name the source never writes. */
    {"Prosecutors in the SDNY charged the former treasurer on Tuesday.",
     "Prosecutors in the Southern Division of New York charged him.",
     "Southern Division of New York", "Southern District of New York", NULL, 0,
     "the source writes SDNY, which usually stands for", 0},
    {"Prosecutors in the SDNY charged the former treasurer on Tuesday.",
     "Prosecutors in the Southern District of New York charged him.", NULL,
     NULL, NULL, 0, NULL, 1},
    {"Party officials at CCHQ declined to comment on Wednesday.",
     "Officials at Conservative Central Headquarters declined to comment.",
     "Conservative Central Headquarters", "Conservative Campaign Headquarters",
     NULL, 0, "one word changed", 0},
    {"Party officials at CCHQ declined to comment on Wednesday.",
     "Officials at Conservative Campaign Headquarters declined to comment.",
     NULL, NULL, NULL, 0, NULL, 1},
    /* An acronym the summary builds from a name's initials is wrong when
     * it is well known for something else and the name well known by
     * another (MPIA is the Institute for Astronomy; this one is MPA); an
     * acronym of the summary's own for a name no acronym is known for
     * passes, though its letters are well known for other things. */
    {"Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for "
     "Astrophysics in Munich, co-wrote the study.",
     "Dylan Nelson of the Max Planck Institute for Astrophysics (MPIA) "
     "co-wrote the study.",
     "MPIA", "MPA", NULL, 0, "the source never writes MPIA", 0},
    {"Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for "
     "Astrophysics in Munich, co-wrote the study.",
     "Dylan Nelson of the Max Planck Institute for Astrophysics (MPA) "
     "co-wrote the study.",
     NULL, NULL, NULL, 0, NULL, 1},
    {"She works as a Cloud Solution Architect at Contoso.",
     "She is a Cloud Solution Architect (CSA) at Contoso.", NULL, NULL, NULL, 0,
     NULL, 1},
    /* Well-known acronyms joined by a slash, their usual meanings said
     * once with the words they share; an acronym with a number, given
     * that number and the words the source writes beside it. */
    {"Lewis Ward, research director of gaming VR/AR at IDC, spoke.",
     "Lewis Ward covers VR/AR (virtual and augmented reality) at IDC.", NULL,
     NULL, NULL, 0, NULL, 1},
    {"The aircraft landed at the T3 terminal of the Delhi airport at 6am.",
     "The flight landed at Terminal 3 (T3) of Delhi airport at 6am.", NULL,
     NULL, NULL, 0, NULL, 1},
    /* Loose words that are a usual meaning but for one word changed or
     * dropped are that name said wrong, whatever their initials; British
     * and American spellings are one meaning. */
    {"It could make its ASEAN debut at the 2020 Bangkok motor show.",
     "It could make its ASEAN (Association of South Asian Nations) debut in "
     "2020.",
     "Association of South Asian Nations",
     "Association of Southeast Asian Nations", NULL, 0, NULL, 0},
    {"It could make its ASEAN debut at the 2020 Bangkok motor show.",
     "It could make its ASEAN (Association of Asian Nations) debut in 2020.",
     "Association of Asian Nations", "Association of Southeast Asian Nations",
     NULL, 0, NULL, 0},
    {"It could make its ASEAN debut at the 2020 Bangkok motor show.",
     "It could make its ASEAN (Association of Southeast Asian Nations) debut "
     "in 2020.",
     NULL, NULL, NULL, 0, NULL, 0},
    {"Keith Mitchell, Chairman of the OECS Authority, spoke on Tuesday.",
     "Keith Mitchell chairs the OECS (Organisation of Eastern Caribbean "
     "Countries) Authority.",
     "Organisation of Eastern Caribbean Countries",
     "Organisation of Eastern Caribbean States", NULL, 0, NULL, 0},
    {"Keith Mitchell, Chairman of the OECS Authority, spoke on Tuesday.",
     "Keith Mitchell chairs the Organization of Eastern Caribbean States "
     "(OECS) Authority.",
     NULL, NULL, NULL, 0, NULL, 0},
    {"Take a look at what PFF said about his performance on Sunday.",
     "PFF (Pro Football Forecast) gave him a 92.3 grade.",
     "Pro Football Forecast", "Pro Football Focus", NULL, 0, NULL, 0},
    {"Take a look at what PFF said about his performance on Sunday.",
     "Pro Football Focus (PFF) gave him a 92.3 grade.", NULL, NULL, NULL, 0,
     NULL, 0},
    /* A title that is another well-known acronym's usual meaning, one word
     * from that of the acronym the source writes beside the same person,
     * is a title swapped; the source's own title passes, and so does
     * another person's. */
    {"T-Mobile CEO John Legere will hand over the reins to COO and "
     "president Mike Sievert in May.",
     "John Legere will hand control to Mike Sievert, the carrier's "
     "president and chief financial officer.",
     "chief financial officer", "chief operating officer",
     "chief operating officer", 0, "the source writes COO", 0},
    {"T-Mobile CEO John Legere will hand over the reins to COO and "
     "president Mike Sievert in May.",
     "John Legere will hand control to Mike Sievert, the carrier's "
     "president and chief operating officer.",
     NULL, NULL, NULL, 0, NULL, 0},
    {"T-Mobile CEO John Legere will hand over the reins to COO and "
     "president Mike Sievert in May.",
     "Chief executive officer John Legere will hand control to Mike "
     "Sievert, the carrier's president.",
     NULL, NULL, NULL, 0, NULL, 0},
    /* No name beside the title: the word before it, which the source
     * writes just before its acronym, says who it is. */
    {"The app is simple to use, as one fintech CEO told me last week.",
     "As one fintech chief financial officer said, the app is simple.",
     "chief financial officer", "chief executive officer",
     "chief executive officer", 0, "the source writes CEO", 0},
    {"The app is simple to use, as one fintech CEO told me last week.",
     "As one fintech chief executive officer said, the app is simple.", NULL,
     NULL, NULL, 0, NULL, 0},
    {"The app is simple to use, as one fintech CEO told me last week.",
     "As one retail chief financial officer said, stores are quiet.", NULL,
     NULL, NULL, 0, NULL, 0},
};

static void known_case_check(const struct known_case *k)
{
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_summary *s = bc_summary_new();
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  const struct bc_finding *f = NULL;
  size_t j;
  assert_non_null(s);
  s->tldr = strdup(k->sum);
  assert_int_equal(bc_doc_new_text(k->src, strlen(k->src), &doc, &err), BC_OK);
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  assert_int_equal(bc_validate_summary(doc, facts, s, NULL, &r, &err), BC_OK);
  for (j = 0; j < r->n_findings; j++) {
    const struct bc_finding *g = &r->findings[j];
    if (!k->claim && (g->severity == BC_SEV_ERROR || k->quiet ||
                      strcmp(g->kind, BC_FINDING_ACRONYM) == 0))
      fail_msg("'%s': %s on '%s' (%s)", k->sum, g->kind, g->claim, g->message);
    if (k->claim && strcmp(g->kind, BC_FINDING_ACRONYM) == 0 &&
        strstr(g->claim, k->claim)) {
      if (g->severity == (k->warns ? BC_SEV_WARNING : BC_SEV_ERROR))
        f = g;
      else if (g->severity == BC_SEV_ERROR)
        fail_msg("'%s': an error on '%s' (%s)", k->sum, g->claim, g->message);
    }
  }
  if (k->claim) {
    if (!f)
      fail_msg("'%s': no acronym %s on '%s'", k->sum,
               k->warns ? "warning" : "error", k->claim);
    if (strcmp(f->source_says, k->says) != 0)
      fail_msg("'%s': source_says '%s'", k->sum, f->source_says);
    if (!strstr(f->message, k->msg ? k->msg : "never expands"))
      fail_msg("'%s': message '%s'", k->sum, f->message);
    if ((f->fix == NULL) != (k->fix == NULL) ||
        (k->fix && strcmp(f->fix, k->fix) != 0))
      fail_msg("'%s': repair '%s'", k->sum, f->fix ? f->fix : "(none)");
  }
  bc_report_free(r);
  bc_summary_free(s);
  bc_facts_free(facts);
  bc_doc_free(doc);
}

static void known_acronyms_table(void **state)
{
  size_t i;
  (void)state;
  for (i = 0; i < sizeof known_cases / sizeof known_cases[0]; i++)
    known_case_check(&known_cases[i]);
}

/* The same as free text ("briefcast check SOURCE transcript.txt"): the
 * findings name lines. */
static void free_text_lines(void **state)
{
  static const char text[] =
      "HOST A: His RAGE model is simple.\n"
      "HOST B: It stands for Results, Ambition, Growth and Execution.\n"
      "HOST A: He was a Customer Success Architect before that.\n"
      "## Cloud Strategy Adoption\n"
      "HOST B: Later he was a CSA at Contoso.\n";
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_report *r = NULL;
  struct bc_error err = BC_ERROR_INIT;
  const struct bc_finding *f;
  (void)state;
  assert_int_equal(bc_doc_new_text(RAGE_POST, strlen(RAGE_POST), &doc, &err),
                   BC_OK);
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  assert_int_equal(
      bc_validate_text(doc, facts, text, strlen(text), NULL, &r, &err), BC_OK);
  f = acronym_error(r, "Results, Ambition, Growth and Execution");
  assert_non_null(f);
  assert_string_equal(f->field, "line 2");
  assert_string_equal(f->source_says, RIGHT);
  /* "Customer Success Architect" has CSA's initials and the text writes
   * CSA: a claim about CSA, but no repair (nothing around it says it is
   * the source's CSA).  A heading in Title Case is no such claim. */
  f = acronym_error(r, "Customer Success Architect");
  assert_non_null(f);
  assert_string_equal(f->field, "line 3");
  assert_null(f->fix);
  assert_null(acronym_error(r, "Cloud Strategy Adoption"));
  bc_report_free(r);
  bc_facts_free(facts);
  bc_doc_free(doc);
}

/* A glossary entry that gives the source's expansion whole passes, though
 * one of its words gives no letter ("Radio" in FAST) and a shorter reading
 * of the entry would stop before the end; a changed word still fails. */
static void glossary_whole_definition(void **state)
{
  static const char src[] =
      "The Five-hundred-meter Aperture Spherical Radio Telescope (FAST) "
      "opened in 2016 in Guizhou.\n";
  static const struct {
    const char *definition;
    int error;
  } cases[] = {
      {"Five-hundred-meter Aperture Spherical Radio Telescope", 0},
      {"five-hundred-meter aperture spherical radio telescope, in Guizhou", 0},
      {"Five-hundred-meter Array Spherical Radio Telescope", 1},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_doc *doc = NULL;
    struct bc_facts *facts = NULL;
    struct bc_summary *s = bc_summary_new();
    struct bc_report *r = NULL;
    struct bc_error err = BC_ERROR_INIT;
    assert_non_null(s);
    assert_int_equal(bc_doc_new_text(src, strlen(src), &doc, &err), BC_OK);
    assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
    s->glossary = calloc(1, sizeof *s->glossary);
    assert_non_null(s->glossary);
    s->n_glossary = 1;
    s->glossary[0].term = strdup("FAST");
    s->glossary[0].definition = strdup(cases[i].definition);
    assert_int_equal(bc_validate_summary(doc, facts, s, NULL, &r, &err), BC_OK);
    if ((acronym_error(r, cases[i].definition) != NULL) != cases[i].error &&
        (r->verdict == BC_VERDICT_FAIL) != cases[i].error)
      fail_msg("'%s': expected %s", cases[i].definition,
               cases[i].error ? "an error" : "no error");
    assert_int_equal(r->verdict == BC_VERDICT_FAIL, cases[i].error);
    bc_report_free(r);
    bc_summary_free(s);
    bc_facts_free(facts);
    bc_doc_free(doc);
  }
}

/* A whole summary: an expansion in any field is checked (a glossary entry
 * either way round, once), and the phrase
 * with CSA's initials counts where the source has CSA's expansion (a name
 * shared: repaired) or where another field writes CSA (not repaired: it
 * may name something else; withheld); a slide title in Title Case with
 * those initials does not.  After the repair every field the source makes
 * unambiguous carries the source's wording. */
static void every_field(void **state)
{
  static const char json[] =
      "{\"schema\":\"briefcast.summary/1\",\"title\":\"The RAGE model\","
      "\"source\":{\"title\":\"\",\"author\":\"\",\"date\":\"\",\"url\":\"\","
      "\"sha256\":\"\"},\"provider\":\"test\","
      "\"tldr\":\"A former CSA explains his coaching model.\","
      "\"key_points\":[{\"text\":\"RAGE (Results, Ambition, Growth, "
      "Execution) has four parts.\",\"evidence\":[]}],"
      "\"sections\":[{\"heading\":\"Origins\",\"summary\":\"At Contoso, as a "
      "Customer Success Architect, he learned to start from today.\","
      "\"span\":{\"start\":0,\"end\":0}},{\"heading\":\"Later\",\"summary\":"
      "\"He kept the Customer Success Architect title. He wrote a book.\","
      "\"span\":{\"start\":0,\"end\":0}}],"
      "\"timeline\":[],"
      "\"glossary\":[{\"term\":\"RAGE\",\"definition\":\"Results, Ambition, "
      "Growth and Execution\",\"span\":{\"start\":0,\"end\":0}},"
      "{\"term\":\"CSA\",\"definition\":\"Cloud Solution Architect, his role "
      "at Contoso\",\"span\":{\"start\":0,\"end\":0}},"
      "{\"term\":\"Customer Success Architect\",\"definition\":\"CSA, his "
      "role at Contoso\",\"span\":{\"start\":0,\"end\":0}},"
      "{\"term\":\"CSA\",\"definition\":\"Customer Success Architect, a role "
      "at Contoso\",\"span\":{\"start\":0,\"end\":0}}],"
      "\"quotes\":[],"
      "\"slides\":[{\"title\":\"Cloud Strategy Adoption\",\"bullets\":["
      "\"RAGE means Results, Ambition, Growth and Execution\"],"
      "\"notes\":\"\"}],"
      "\"narration\":[{\"speaker\":\"narrator\",\"text\":\"His RAGE model, "
      "which stands for Results, Ambition, Growth and Execution, guides "
      "managers.\"}]}";
  static const char *const wrong[] = {
      "key_points[0].text",     "sections[0].summary", "sections[1].summary",
      "glossary[0].definition", "glossary[2].term",    "glossary[3].definition",
      "slides[0].bullets[0]",   "narration[0].text"};
  size_t removed = 0;
  struct bc_doc *doc = NULL;
  struct bc_facts *facts = NULL;
  struct bc_summary *s = NULL;
  struct bc_report *r = NULL, *again = NULL;
  struct bc_error err = BC_ERROR_INIT;
  const struct bc_finding *f;
  size_t i, j;
  (void)state;
  assert_int_equal(bc_doc_new_text(RAGE_POST, strlen(RAGE_POST), &doc, &err),
                   BC_OK);
  assert_int_equal(bc_facts_analyze(doc, &facts, &err), BC_OK);
  assert_int_equal(bc_summary_from_json(json, strlen(json), "t", &s, &err),
                   BC_OK);
  assert_int_equal(bc_validate_summary(doc, facts, s, NULL, &r, &err), BC_OK);
  for (i = 0; i < sizeof wrong / sizeof wrong[0]; i++) {
    for (j = 0; j < r->n_findings; j++)
      if (strcmp(r->findings[j].field, wrong[i]) == 0 &&
          strcmp(r->findings[j].kind, BC_FINDING_ACRONYM) == 0 &&
          r->findings[j].severity == BC_SEV_ERROR)
        break;
    if (j == r->n_findings)
      fail_msg("no acronym error in %s", wrong[i]);
    for (j++; j < r->n_findings; j++)
      if (strcmp(r->findings[j].field, wrong[i]) == 0)
        fail_msg("two findings in %s", wrong[i]);
  }
  for (j = 0; j < r->n_findings; j++)
    if (r->findings[j].severity == BC_SEV_ERROR) {
      for (i = 0; i < sizeof wrong / sizeof wrong[0]; i++)
        if (strcmp(r->findings[j].field, wrong[i]) == 0)
          break;
      if (i == sizeof wrong / sizeof wrong[0])
        fail_msg("unexpected error in %s on '%s'", r->findings[j].field,
                 r->findings[j].claim);
    }
  assert_int_equal(bc_validate_repair(doc, facts, s, r, &err), BC_OK);
  assert_string_equal(s->key_points[0].text,
                      "RAGE (" RIGHT ") has four parts.");
  assert_string_equal(s->sections[0].summary,
                      "At Contoso, as a " CLOUD
                      ", he learned to start from today.");
  assert_string_equal(s->glossary[0].definition, RIGHT);
  assert_string_equal(s->glossary[2].term, CLOUD);
  assert_string_equal(s->glossary[3].definition, CLOUD ", a role at Contoso");
  assert_string_equal(s->slides[0].bullets[0], "RAGE means " RIGHT);
  assert_string_equal(s->slides[0].title, "Cloud Strategy Adoption");
  assert_string_equal(s->narration[0].text,
                      "His RAGE model, which stands for " RIGHT
                      ", guides managers.");
  assert_int_equal(bc_validate_summary(doc, facts, s, NULL, &again, &err),
                   BC_OK);
  for (j = 0; j < again->n_findings; j++)
    if (again->findings[j].severity == BC_SEV_ERROR &&
        strcmp(again->findings[j].field, "sections[1].summary") != 0)
      fail_msg("after repair: error in %s on '%s'", again->findings[j].field,
               again->findings[j].claim);
  assert_non_null(f = acronym_error(again, "Customer Success Architect"));
  assert_null(f->fix);
  /* What still fails never reaches a reader. */
  assert_int_equal(bc_validate_drop_failed(s, again, &removed, &err), BC_OK);
  assert_string_equal(s->sections[1].summary, "He wrote a book.");
  bc_report_free(again);
  bc_report_free(r);
  bc_summary_free(s);
  bc_facts_free(facts);
  bc_doc_free(doc);
}

/* A name given an acronym in brackets that its initials do not spell, or
 * that they spell where the source never expands the acronym, while the
 * source names a thing with those initials in the same words but one: the
 * name is wrong.  The source's name, and a name the source writes itself,
 * pass. */
static void bracket_misfit_table(void **state)
{
  static const char jail[] =
      "Two guards at Harbourside Remand Facility skipped their rounds, "
      "prosecutors said. The inmates at the Harbourside Remand Facility were "
      "left alone for hours.";
  static const struct pair_case cases[] = {
      {jail, "2020-01-05",
       "Guards at the Harbourside Detention Facility (HRF) skipped rounds.",
       "Harbourside Detention Facility"},
      {jail, "2020-01-05",
       "Guards at the Harbourside Remand Facility (HRF) skipped rounds.", NULL},
      {jail, "2020-01-05",
       "Guards at Harbourside Remand Facility (Harbourside) skipped rounds.",
       NULL},
  };
  static const char raid[] =
      "The raid was led by Homeland Security Investigations, officials "
      "said.";
  static const struct pair_case named[] = {
      {raid, NULL, "The raid was led by Homeland Security Intelligence (HSI).",
       "Homeland Security Intelligence"},
      {raid, NULL,
       "The raid was led by Homeland Security Investigations (HSI).", NULL},
  };
  (void)state;
  check_pairs(cases, sizeof cases / sizeof cases[0]);
  check_pairs(named, sizeof named / sizeof named[0]);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(words_match_table),
      cmocka_unit_test(acronym_table),
      cmocka_unit_test(source_summary_table),
      cmocka_unit_test(forms_table),
      cmocka_unit_test(known_acronyms_table),
      cmocka_unit_test(free_text_lines),
      cmocka_unit_test(glossary_whole_definition),
      cmocka_unit_test(every_field),
      cmocka_unit_test(bracket_misfit_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
