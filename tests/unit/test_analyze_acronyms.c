/* test_analyze_acronyms.c - acronyms with the expansion the source gives,
 * in every way a writer defines one; parentheticals that define nothing;
 * expansions that must never come out cut short or changed; the loose
 * claims a summary makes; the one letter-fit rule; hostile input. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_analyze_common.h"

struct acr_case {
  const char *text;
  const char *acronym;
  const char *expansion;
};

static const struct acr_case cases[] = {
    /* LF (SF) */
    {"Each Service Level Objective (SLO) is reviewed.", "SLO",
     "Service Level Objective"},
    {"The Department of Defense (DoD) paid.", "DoD", "Department of Defense"},
    {"All Application Programming Interfaces (APIs) are versioned.", "API",
     "Application Programming Interfaces"},
    {"The Bureau of Labor Statistics (BLS) reports monthly.", "BLS",
     "Bureau of Labor Statistics"},
    {"A Network Operations Center (NOC) watches it.", "NOC",
     "Network Operations Center"},
    {"The platform team (PT) owns it.", "PT", "platform team"},
    /* a prepositional phrase after the expansion is not part of it */
    {"We track Mean Time To Recovery across services (MTTR) weekly.", "MTTR",
     "Mean Time To Recovery"},
    {"The time to market for new releases (TTM) fell.", "TTM",
     "time to market"},
    /* ... unless the name goes on in capitals */
    {"It was part of the Community Intervention Trial for Smoking Cessation "
     "(COMMIT) in 11 towns.",
     "COMMIT", "Community Intervention Trial for Smoking Cessation"},
    /* ... nor a noun of kind after the last letter */
    {"We use Long Short Term Memory networks (LSTM) models on desktops.",
     "LSTM", "Long Short Term Memory"},
    /* SF (LF) */
    {"Each SLO (service level objective) is reviewed.", "SLO",
     "service level objective"},
    {"We track MTTR (mean time to recovery) weekly.", "MTTR",
     "mean time to recovery"},
    {"The HTTP (Hypertext Transfer Protocol) spec is long.", "HTTP",
     "Hypertext Transfer Protocol"},
    {"Removal of BTEX (benzene, toluene, ethylbenzene, and p-xylene) works.",
     "BTEX", "benzene, toluene, ethylbenzene, and p-xylene"},
    {"The RAGE model (Reality, Aspirations, Goals, Expectations) is new.",
     "RAGE", "Reality, Aspirations, Goals, Expectations"},
    /* SF stands for / is short for / is an acronym for / means / refers to */
    {"JSON stands for JavaScript Object Notation.", "JSON",
     "JavaScript Object Notation"},
    {"GROW stands for Goal, Reality, Options, Will.", "GROW",
     "Goal, Reality, Options, Will"},
    {"Our method, SPARK, stands for Sense, Plan, Act, Review and Keep.",
     "SPARK", "Sense, Plan, Act, Review and Keep"},
    {"ROI is short for return on investment.", "ROI", "return on investment"},
    {"RAGE is an acronym for Reality, Aspirations, Goals and Expectations.",
     "RAGE", "Reality, Aspirations, Goals and Expectations"},
    {"Here OKR means objectives and key results.", "OKR",
     "objectives and key results"},
    {"MTTR refers to mean time to recovery.", "MTTR", "mean time to recovery"},
    {"Each SLO (short for service level objective) is reviewed.", "SLO",
     "service level objective"},
    {"Their DL (that's defensive lineman) was fined.", "DL",
     "defensive lineman"},
    {"Each SLO (that is, service level objective) is reviewed.", "SLO",
     "service level objective"},
    /* the acronym named just before: "It stands for", "which stands for" */
    {"I built my RAGE model. It stands for Reality, Aspirations, Goals, "
     "Expectations.",
     "RAGE", "Reality, Aspirations, Goals, Expectations"},
    {"He explained his RAGE model, which stands for Reality, Aspirations, "
     "Goals and Expectations.",
     "RAGE", "Reality, Aspirations, Goals and Expectations"},
    /* lists: SF = LF, SF: LF, [SF] LF */
    {"Here, DA = direct assessment, RR = relative ranking.", "RR",
     "relative ranking"},
    {"RAGE = Reality, Aspirations, Goals, Expectations.", "RAGE",
     "Reality, Aspirations, Goals, Expectations"},
    {"Abbreviations used: FC: fully connected layer; MP: max pooling.", "MP",
     "max pooling"},
    {"[WPT] Wireless Power Transfer.", "WPT", "Wireless Power Transfer"},
    /* A whole capitalised name spells its acronym with letters from inside
     * a word, after "known as" and a dash too. */
    {"It recalls the \u201cCommittee to Reelect the President\u201d \u2014 "
     "unofficially known as CREEP \u2014 of 1972.",
     "CREEP", "Committee to Reelect the President"},
    {"It recalls the Committee to Reelect the President, known as CREEP.",
     "CREEP", "Committee to Reelect the President"},
    /* Markdown emphasis around the acronym or its colon. */
    {"- **DM:** direct message, a private note.", "DM", "direct message"},
    {"**SLO**: service level objective, per quarter.", "SLO",
     "service level objective"},
    /* SF, or LF / LF, or SF */
    {"We track MTTR, or mean time to recovery, weekly.", "MTTR",
     "mean time to recovery"},
    {"We track Mean Time To Recovery, or MTTR, weekly.", "MTTR",
     "Mean Time To Recovery"},
    {"We track mean time to recovery, or MTTR, weekly.", "MTTR",
     "mean time to recovery"},
    /* the long form quoted, its comma inside the quotes or after them */
    {"Every firm wanted to be an \"application service provider,\" or ASP, "
     "then.",
     "ASP", "application service provider"},
    {"Every firm wanted to be an \xE2\x80\x9C"
     "application service provider,"
     "\xE2\x80\x9D or ASP, then.",
     "ASP", "application service provider"},
    {"Every firm wanted to be an \"application service provider\", or ASP, "
     "then.",
     "ASP", "application service provider"},
    /* LF, aka SF / also known as / hereafter / which we call */
    {"Use Site Reliability Engineering, also known as SRE, daily.", "SRE",
     "Site Reliability Engineering"},
    {"Use SRE, also known as site reliability engineering, daily.", "SRE",
     "site reliability engineering"},
    {"Use SRE aka site reliability engineering daily.", "SRE",
     "site reliability engineering"},
    {"Use site reliability engineering aka SRE daily.", "SRE",
     "site reliability engineering"},
    {"Site reliability engineering, hereafter SRE, is a discipline.", "SRE",
     "Site reliability engineering"},
    {"Site reliability engineering (hereafter SRE) is a discipline.", "SRE",
     "Site reliability engineering"},
    {"Site reliability engineering, a.k.a. SRE, is a discipline.", "SRE",
     "Site reliability engineering"},
    {"Return on investment, which we call ROI, fell.", "ROI",
     "Return on investment"},
    {"BARC, Basic Algorithms Research Copenhagen, is funded.", "BARC",
     "Basic Algorithms Research Copenhagen"},
    /* nested parentheses */
    {"Neither (reactive with cytotrophoblasts (CTs)) was reactive.", "CT",
     "cytotrophoblasts"},
    {"It binds the receptor (arylhydrocarbon receptor nuclear translocator, "
     "ARNT) in hypoxia.",
     "ARNT", "arylhydrocarbon receptor nuclear translocator"},
    {"It reduced superoxide dismutase (EC 1.15.1.1; SOD) activity.", "SOD",
     "superoxide dismutase"},
    /* plural, mixed case */
    {"Kappa opioid receptors (KORs) were localized.", "KOR",
     "Kappa opioid receptors"},
    {"We studied extravillous trophoblasts (EVTs) closely.", "EVT",
     "extravillous trophoblasts"},
    {"Cyclic adenosine monophosphate (cAMP) levels rose.", "cAMP",
     "Cyclic adenosine monophosphate"},
    {"The Hedgehog (Hh) pathway is active.", "Hh", "Hedgehog"},
    {"Messenger RNA (mRNA) was extracted.", "mRNA", "Messenger RNA"},
    {"Levels of tumor necrosis factor alpha (TNF alpha) fell.", "TNF alpha",
     "tumor necrosis factor alpha"},
    /* marks and digits inside */
    {"We used gas chromatography-mass spectrometry (GC-MS) for steroids.",
     "GC-MS", "gas chromatography-mass spectrometry"},
    {"Serotonin, or 5-hydroxytryptamine (5-HT), rose.", "5-HT",
     "5-hydroxytryptamine"},
    {"At the retrotrapezoid nucleus/parapyramidal region (RTN/Ppy), we "
     "injected it.",
     "RTN/Ppy", "retrotrapezoid nucleus/parapyramidal region"},
    {"Peer to peer (P2P) networks scale.", "P2P", "Peer to peer"},
    {"A three-dimensional (3D) model was built.", "3D", "three-dimensional"},
    {"It depends on the ubiquitin activating enzyme 1 (E1) here.", "E1",
     "enzyme 1"},
    {"The ribosomal protein subunit 12 (rps12) gene recombined.", "rps12",
     "ribosomal protein subunit 12"},
    {"The M protein-positive (M+) strain had fimbriae.", "M+",
     "M protein-positive"},
    {"We measured creatine kinase concentration ([CK]) daily.", "[CK]",
     "creatine kinase concentration"},
    /* letters from inside words */
    {"Patients received methotrexate (MTX) weekly.", "MTX", "methotrexate"},
    {"The uptake of 5-hydroxytryptamine (5HT) was measured.", "5HT",
     "5-hydroxytryptamine"},
    {"The gene is expressed in the ventromedial hypothalamic nucleus (VMH).",
     "VMH", "ventromedial hypothalamic nucleus"},
    {"Non-negative Matrix Factorization (NMF) was used.", "NMF",
     "Non-negative Matrix Factorization"},
    {"Culture in 2,6-diaminopurine (DAP) produced colonies.", "DAP",
     "2,6-diaminopurine"},
    {"Binding of (-)-[125I]-cyanopindolol (Cyp) was slow.", "Cyp",
     "(-)-[125I]-cyanopindolol"},
    {"Sera were anti-human immunodeficiency virus (HIV) positive.", "HIV",
     "human immunodeficiency virus"},
    /* lower case, when the letters are initials */
    {"The amino acid (aa) sequence is conserved.", "aa", "amino acid"},
    {"The pulse rose by 5 beats per minute (bpm) on average.", "bpm",
     "beats per minute"},
    {"Injection of rh (recombinant human) IGF-1 was given.", "rh",
     "recombinant human"},
    /* a capitalised phrase the document later abbreviates */
    {"She took a Cloud Solution Architect position in May. The CSA role "
     "suits her.",
     "CSA", "Cloud Solution Architect"},
    /* ... with a plural possessive inside it */
    {"The Citizens\xE2\x80\x99 Independent Transportation Trust, which runs "
     "the ferries, met in May. At the June CITT meeting fares rose.",
     "CITT", "Citizens\xE2\x80\x99 Independent Transportation Trust"},
    {"The Citizens' Independent Transportation Trust runs the ferries. The "
     "CITT board met in June.",
     "CITT", "Citizens' Independent Transportation Trust"},
    {"Stop the Energy Information Agency's (EIA) reports.", "EIA",
     "Energy Information Agency"},
    {"They formulate it as a \"Multi-level Generalized Assignment Problem\" "
     "(MGAP) first.",
     "MGAP", "Multi-level Generalized Assignment Problem"},
    /* A term in capitals before the expansion is no word of a name it
     * drops: the letter inside "percutaneous" stands. */
    {"Samples came from CT-guided percutaneous biopsy (PCB) of the lesion.",
     "PCB", "percutaneous biopsy"},
    /* a well-known acronym written as a word, after its usual meaning,
     * though its letters are not the name's initials */
    {"The United Nations Children's Fund (Unicef) said 1.2 million children "
     "were at risk.",
     "Unicef", "United Nations Children's Fund"},
    {"Troops of the North Atlantic Treaty Organization (Nato) left.", "Nato",
     "North Atlantic Treaty Organization"},
    /* a list item's short form in capitals and small letters: the
     * capitals are the initials */
    {"- GaN: gallium nitride, the material of small chargers.", "GaN",
     "gallium nitride"},
    /* "called SF for LF": initials only */
    {"A better USB-C spec called PD for power delivery raised the wattage.",
     "PD", "power delivery"},
};

/* Parentheticals and phrases that must define nothing. */
static const char *const no_acronyms[] = {
    "The team (NASA) flew.",
    "They asked for \"red, green,\" or RGB, whichever came first.",
    "The Smiths' garden party came before the SHP.",
    "We met (OK) and left.",
    "Revenue (USD) rose.",
    "The report (see PDF) is long.",
    "SLO means we keep our promise.",
    "They said the GPU (a big chip) was hot.",
    "Prices (in EUR) rose 3%.",
    "Our CEO (Jane) spoke.",
    "We paid (ABC Corp) late.",
    "RAGE is the name of the method.",
    "We use continuous integration and delivery (CI/CD).",
    "The doses were 3 mg (n = 12) and 6 mg (p < 0.05).",
    "It was shown in the table (Table 2) and in the figure (Fig. 3).",
    "As reported before (Smith et al., 2003), it works.",
    "Thrombosis of the carotid (A), cerebral (B) and basilar artery (C).",
    "The hybrid refinement checks whether the CW or CCW fans are planar.",
    "The neural cell adhesion molecule L1 (L1CAM) is on Xq28.",
    "Given that user B retweets user A, A and B form the link AB.",
    "Namely CCC, CCD, CDC, CDD, DCC, DCD, DDC and DDD are the strategies.",
    "The Evolved Universal Terrestrial Radio Access is described in TR 36.",
    "We were told (and it was true) that it works.",
    "We hired Jane Smith in May. JS is great.",
    "It ran on the PC. Thanks to Patrick Collison for reading drafts.",
    "A language called PL/I was the default: a Pascal-like language.",
    /* a kind of the thing, written with the acronym itself */
    "In the box: a USB cable (USB-A to USB Micro-B) and a charger.",
    "The HDMI port (HDMI-CEC, HDMI 2.1) drives two screens.",
    /* a word in title case is an acronym only after its usual meaning */
    "The children's charity of the United Nations (Unicef) said so.",
    "The President of France (Nato) spoke.",
    "We thank the UN for useful notes on the draft.",
    "A spec called PD for many years set the wattage.",
};

/* Never a long form with a word dropped or changed: either exactly the
 * expansion, or nothing. */
static const struct acr_case never_altered[] = {
    {"To reduce the data, Non-negative Matrix Factorization (NMF) was used.",
     "NMF", "Non-negative Matrix Factorization"},
    {"Infusion into the ventromedial hypothalamic nucleus (VMH) increased LH.",
     "VMH", "ventromedial hypothalamic nucleus"},
    {"It resembles the Free-Response Receiver Operating Characteristics "
     "(FROC) analysis.",
     "FROC", "Free-Response Receiver Operating Characteristics"},
    {"We used the Five-Factor Model of Personality (FFM) dimension.", "FFM",
     "Five-Factor Model of Personality"},
    {"It computes the General Purpose Graphics Processing Units GPUs "
     "(GPGPUs, commonly referred to as GPUs) fast.",
     "GPGPU", "General Purpose Graphics Processing Units"},
    {"The percentage of phosphatidylethanolamine (PE) in the leaflet rose.",
     "PE", "phosphatidylethanolamine"},
    {"The hybrid refinement checks whether the CW or CCW fans are planar.",
     "CW", NULL},
    {"Here, DA = direct assessment, RR = relative ranking, DS = discrete "
     "scale, CS = continuous scale.",
     "DS", "discrete scale"},
    {"BYO = bring your own.", "BYO", "bring your own"},
    {"Ventilation (V(E)) and tidal volume (V(T)) were decreased.", "V(T)",
     NULL},
    {"PER is short for PERSON, BI is short for Bornin, and LI is short for "
     "Locatedin.",
     "BI", "Bornin"},
    {"Levels of transepithelial resistance (Rt) fell.", "Rt", NULL},
    {"A second SOD gene, PfSOD1, a second SOD gene (PfSOD2), was found.",
     "PfSOD2", NULL},
    {"The drug binds cytochrome P450 (P450) in the liver.", "P450", NULL},
    /* A name with a comma in it, whose first part spells the acronym only
     * from inside a word: the whole name. */
    {"Researchers at UCLA (University of California, Los Angeles) found it.",
     "UCLA",
     "University of California, Los Angeles"}, /* An acronym of a name whose
                                                * words stand in another order
                                                * (the name in its own
                                                * language): its capital N is
                                                * the initial of the word
                                                * before, not a letter inside
                                                * "Institute"; cut there, the
                                                * name would lose a word. */
    {"Portugal's National Institute of Coastal Ecology (INCE) said so.", "INCE",
     NULL},
    {"A report by the Federal Agency for Road Safety (AFRS) came out.", "AFRS",
     NULL},
};

static void print_facts(const char *text, const struct bc_facts *f)
{
  size_t k;
  fprintf(stderr, "text: '%s'\n", text);
  for (k = 0; k < f->n_acronyms; k++)
    fprintf(stderr, "  got %s = '%s'%s\n", f->acronyms[k].acronym,
            f->acronyms[k].expansion, f->acronyms[k].loose ? " (loose)" : "");
}

static void acronyms_table(void **state)
{
  size_t i, bad = 0;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const struct acr_case *c = &cases[i];
    struct bc_facts *f = analyze(c->text, NULL);
    const struct bc_acronym_fact *x;
    assert_non_null(f);
    x = bc_facts_find_acronym(f, c->acronym);
    if (!x || strcmp(x->expansion, c->expansion) != 0 || x->loose ||
        !span_is(c->text, x->expansion_span, c->expansion) ||
        strncmp(c->text + x->span.start, c->acronym, strlen(c->acronym)) != 0) {
      fprintf(stderr, "case %zu: want %s = '%s'\n", i, c->acronym,
              c->expansion);
      print_facts(c->text, f);
      bad++;
    }
    bc_facts_free(f);
  }
  assert_int_equal(bad, 0);
}

static void acronyms_negatives(void **state)
{
  size_t i, bad = 0;
  (void)state;
  for (i = 0; i < sizeof no_acronyms / sizeof no_acronyms[0]; i++) {
    struct bc_facts *f = analyze(no_acronyms[i], NULL);
    assert_non_null(f);
    if (f->n_acronyms) {
      print_facts(no_acronyms[i], f);
      bad++;
    }
    bc_facts_free(f);
  }
  assert_int_equal(bad, 0);
}

static void acronyms_never_altered(void **state)
{
  size_t i, bad = 0;
  (void)state;
  for (i = 0; i < sizeof never_altered / sizeof never_altered[0]; i++) {
    const struct acr_case *c = &never_altered[i];
    struct bc_facts *f = analyze(c->text, NULL);
    const struct bc_acronym_fact *x;
    assert_non_null(f);
    x = bc_facts_find_acronym(f, c->acronym);
    if (x && (!c->expansion || strcmp(x->expansion, c->expansion) != 0)) {
      fprintf(stderr, "case %zu: %s must be '%s' or nothing\n", i, c->acronym,
              c->expansion ? c->expansion : "(nothing)");
      print_facts(c->text, f);
      bad++;
    }
    bc_facts_free(f);
  }
  assert_int_equal(bad, 0);
}

/* Defined in one post, the definition stands for the whole document; the
 * first definition wins and later uses define nothing new. */
static void definition_across_posts(void **state)
{
  const char *t = "First post\n\nWe measure Mean Time To Recovery (MTTR) "
                  "carefully.\n\nSecond post\n\nMTTR fell again. The MTTR "
                  "(monthly total trouble reports) is a different thing.";
  struct bc_facts *f = analyze(t, NULL);
  const struct bc_acronym_fact *x;
  (void)state;
  assert_non_null(f);
  assert_int_equal(f->n_acronyms, 1);
  x = bc_facts_find_acronym(f, "MTTR");
  assert_non_null(x);
  assert_string_equal(x->expansion, "Mean Time To Recovery");
  assert_null(bc_facts_find_acronym(f, "RAGE"));
  assert_non_null(bc_facts_find_acronym(f, "MTTRs"));
  assert_null(bc_facts_find_acronym(NULL, "MTTR"));
  bc_facts_free(f);
}

/* "It stands for" in the paragraph after the acronym was named; an
 * implicit definition across paragraphs; facts stay in text order. */
static void definitions_across_paragraphs(void **state)
{
  const char *t = "We hired a Cloud Solution Architect in May.\n\n"
                  "Later I wrote my RAGE model.\n\n"
                  "It stands for Reality, Aspirations, Goals, Expectations."
                  "\n\nThe CSA role and the SLO (service level objective) "
                  "matter.";
  struct bc_facts *f = analyze(t, NULL);
  const struct bc_acronym_fact *x;
  size_t k;
  (void)state;
  assert_non_null(f);
  x = bc_facts_find_acronym(f, "RAGE");
  assert_non_null(x);
  assert_string_equal(x->expansion,
                      "Reality, Aspirations, Goals, Expectations");
  assert_true(span_is(t, x->span, "RAGE"));
  x = bc_facts_find_acronym(f, "CSA");
  assert_non_null(x);
  assert_string_equal(x->expansion, "Cloud Solution Architect");
  assert_true(span_is(t, x->span, "CSA"));
  for (k = 1; k < f->n_acronyms; k++)
    assert_true(f->acronyms[k - 1].span.start <= f->acronyms[k].span.start);
  bc_facts_free(f);
}

/* An implicit definition needs one phrase: two different phrases with
 * the same initials define nothing, nor does a part of a longer name. */
static void implicit_needs_one_phrase(void **state)
{
  static const char *const texts[] = {
      "The Cloud Solution Architect and the Customer Success Advocate met. "
      "The CSA spoke.",
      "The Evolved Universal Terrestrial Radio Access works. See TR 36.942.",
      "He read the Terms of Service. We agree with its ToS.",
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    struct bc_facts *f = analyze(texts[i], NULL);
    assert_non_null(f);
    if (i < 2 && f->n_acronyms)
      print_facts(texts[i], f);
    if (i < 2)
      assert_int_equal(f->n_acronyms, 0);
    else
      assert_non_null(bc_facts_find_acronym(f, "ToS"));
    bc_facts_free(f);
  }
}

/* The JSON names each acronym with its expansion and both spans. */
static void acronyms_in_json(void **state)
{
  const char *t = "The Service Level Objective (SLO) held.";
  struct bc_doc doc;
  struct bc_facts *f = analyze(t, NULL);
  char *js;
  (void)state;
  memset(&doc, 0, sizeof doc);
  doc.text = (char *)t;
  doc.text_len = strlen(t);
  assert_non_null(f);
  js = bc_facts_to_json(f, &doc);
  assert_non_null(js);
  assert_non_null(strstr(js, "\"acronym\":\t\"SLO\"")
                      ? js
                      : strstr(js, "\"acronym\": \"SLO\""));
  assert_non_null(strstr(js, "Service Level Objective"));
  assert_non_null(strstr(js, "\"expansion_start\""));
  free(js);
  bc_facts_free(f);
}

/* Claims mode (a summary read by the validator): expansions whose letters
 * do not spell the acronym are recorded, marked loose, in every form;
 * descriptions are not; the source's own reading (claims off) never
 * records them. */
static void claims_mode(void **state)
{
  static const struct {
    const char *text, *acronym, *expansion;
    int loose;
  } claims[] = {
      {"We track MTTR (mean time between failures) weekly.", "MTTR",
       "mean time between failures", 1},
      {"We track mean time between failures (MTTR) weekly.", "MTTR",
       "mean time between failures", 1},
      /* The comma that closes an apposition ends its words. */
      {"Patients with GERD, or Gastric Reflux Disease, should eat early.",
       "GERD", "Gastric Reflux Disease", 1},
      {"RAGE stands for Reality, Aspirations, Goals and Expectations.", "RAGE",
       "Reality, Aspirations, Goals and Expectations", 0},
      {"He explained his RAGE model, which stands for Results, Effort, Goals "
       "and Action.",
       "RAGE", "Results, Effort, Goals and Action", 1},
      {"He explained RAGE (Results, Effort, Goals and Action) to them.", "RAGE",
       "Results, Effort, Goals and Action", 1},
      {"He explained Results, Effort, Goals and Action (RAGE) to them.", "RAGE",
       "Results, Effort, Goals and Action", 1},
      {"RAGE is short for Results, Effort, Goals and Action.", "RAGE",
       "Results, Effort, Goals and Action", 1},
      {"RAGE = Results, Effort, Goals, Action.", "RAGE",
       "Results, Effort, Goals, Action", 1},
      {"I built my RAGE model. It stands for Results, Effort, Goals and "
       "Action.",
       "RAGE", "Results, Effort, Goals and Action", 1},
      {"The RAGE model (Results, Effort, Goals and Action) is new.", "RAGE",
       "Results, Effort, Goals and Action", 1},
      {"The SLO (service level objective) held.", "SLO",
       "service level objective", 0},
      {"The SLO (a reliability target) held.", NULL, NULL, 0},
      {"Our CEO (Jane) spoke.", NULL, NULL, 0},
      {"RAGE means we get angry.", NULL, NULL, 0},
      {"The SLO budget (spent quickly) is gone.", NULL, NULL, 0},
      {"We use the API (see the docs, chapter 4) daily.", NULL, NULL, 0},
      /* Forms a summary's prose uses. */
      {"The \xe2\x80\x9cRAGE\xe2\x80\x9d (Results, Effort, Goals and Action) "
       "framework is simple.",
       "RAGE", "Results, Effort, Goals and Action", 1},
      {"**RAGE** (Results, Effort, Goals and Action) is his model.", "RAGE",
       "Results, Effort, Goals and Action", 1},
      {"RAGE, which means Reality, Aspirations, Goals and Expectations, is "
       "used.",
       "RAGE", "Reality, Aspirations, Goals and Expectations", 0},
      {"The RAGE model stands for Reality, Aspirations, Goals and "
       "Expectations.",
       "RAGE", "Reality, Aspirations, Goals and Expectations", 0},
      {"RAGE, his acronym for Reality, Aspirations, Goals and Expectations, "
       "works.",
       "RAGE", "Reality, Aspirations, Goals and Expectations", 0},
      {"He called it RAGE. The acronym stands for Reality, Aspirations, Goals "
       "and Expectations.",
       "RAGE", "Reality, Aspirations, Goals and Expectations", 0},
      {"HOST A: His RAGE model is simple.\nHOST B: It stands for Reality, "
       "Aspirations, Goals and Expectations.",
       "RAGE", "Reality, Aspirations, Goals and Expectations", 0},
      {"They track a KPI, a key progress index, for waste.", "KPI",
       "key progress index", 0},
      {"He adopted OKRs \xe2\x80\x94 Outcomes and Key Risks \xe2\x80\x94 in "
       "2019.",
       "OKR", "Outcomes and Key Risks", 0},
      {"He adopted OKRs, meaning Outcomes and Key Risks, in 2019.", "OKR",
       "Outcomes and Key Risks", 0},
      {"We adopted SLOs, which means services now have targets.", NULL, NULL,
       0},
      {"The SRE team means well.", NULL, NULL, 0},
      {"HOST A: Hello there.\nHOST B: It is late.", NULL, NULL, 0},
  };
  size_t i, bad = 0;
  (void)state;
  for (i = 0; i < sizeof claims / sizeof claims[0]; i++) {
    struct bc__analyze_ctx ctx = {NULL, NULL, 0, 1};
    struct bc_facts *f = NULL;
    const struct bc_acronym_fact *x;
    const char *t = claims[i].text;
    assert_int_equal(bc__analyze_text(t, strlen(t), &ctx, &f, NULL), BC_OK);
    if (!claims[i].acronym) {
      if (f->n_acronyms) {
        print_facts(t, f);
        bad++;
      }
      bc_facts_free(f);
      continue;
    }
    x = bc_facts_find_acronym(f, claims[i].acronym);
    if (!x || strcmp(x->expansion, claims[i].expansion) != 0 ||
        x->loose != claims[i].loose ||
        !span_is(t, x->expansion_span, claims[i].expansion)) {
      fprintf(stderr, "claim %zu: want %s = '%s'%s\n", i, claims[i].acronym,
              claims[i].expansion, claims[i].loose ? " (loose)" : "");
      print_facts(t, f);
      bad++;
    }
    bc_facts_free(f);
    /* The same text read as a source defines nothing loose. */
    f = analyze(t, NULL);
    assert_non_null(f);
    x = bc_facts_find_acronym(f, claims[i].acronym);
    assert_true(!x || !x->loose);
    bc_facts_free(f);
  }
  assert_int_equal(bad, 0);
  /* Each definition a summary gives is a claim, not only the first. */
  {
    static const char t[] = "MTTR (mean time to recovery) fell. MTTR, which "
                            "stands for mean time to restore, held.";
    struct bc__analyze_ctx ctx = {NULL, NULL, 0, 1};
    struct bc_facts *f = NULL;
    assert_int_equal(bc__analyze_text(t, strlen(t), &ctx, &f, NULL), BC_OK);
    assert_int_equal(f->n_acronyms, 2);
    assert_string_equal(f->acronyms[1].expansion, "mean time to restore");
    bc_facts_free(f);
  }
}

/* The one rule the analyzer and the checker share. */
static void fit_rule(void **state)
{
  static const struct {
    const char *acr, *phrase;
    int level;
  } fits[] = {
      {"SLO", "Service Level Objective", BC_ACR_FIT_INITIALS},
      {"SLO", "the Service Level Objective", BC_ACR_FIT_INITIALS},
      {"SLO", "service-level objective", BC_ACR_FIT_INITIALS},
      {"JSON", "JavaScript Object Notation", BC_ACR_FIT_INITIALS},
      {"SaaS", "Software as a Service", BC_ACR_FIT_INITIALS},
      {"DoD", "Department of Defense", BC_ACR_FIT_INITIALS},
      {"P2P", "peer to peer", BC_ACR_FIT_INITIALS},
      {"B2B", "business-to-business", BC_ACR_FIT_INITIALS},
      {"3D", "three-dimensional", BC_ACR_FIT_INITIALS},
      {"GC-MS", "gas chromatography-mass spectrometry", BC_ACR_FIT_INITIALS},
      {"KORs", "Kappa opioid receptors", BC_ACR_FIT_INITIALS},
      {"RAGE", "Reality, Aspirations, Goals and Expectations",
       BC_ACR_FIT_INITIALS},
      {"MTX", "methotrexate", BC_ACR_FIT_LETTERS},
      {"VMH", "ventromedial hypothalamic", BC_ACR_FIT_LETTERS},
      {"EVT", "extravillous trophoblasts", BC_ACR_FIT_LETTERS},
      {"RAGE", "Recognise, Act, Guide, Evaluate", BC_ACR_FIT_INITIALS},
      {"MTTR", "mean time between failures", BC_ACR_FIT_NONE},
      {"RAGE", "Recognise, Act, Guard", BC_ACR_FIT_NONE},
      {"SRE", "the team", BC_ACR_FIT_NONE},
      {"MTTR", "Mean Time To Repair the service", BC_ACR_FIT_WEAK},
      {"", "anything", BC_ACR_FIT_NONE},
      {"SLO", "", BC_ACR_FIT_NONE},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof fits / sizeof fits[0]; i++) {
    int got = bc__analyze_acronym_fit(fits[i].acr, strlen(fits[i].acr),
                                      fits[i].phrase, strlen(fits[i].phrase));
    if (got != fits[i].level)
      fail_msg("%s / '%s': level %d, want %d", fits[i].acr, fits[i].phrase, got,
               fits[i].level);
  }
}

/* Hostile input: thousands of parentheses, acronyms and link words, long
 * words and long windows.  Each candidate costs a bounded alignment, so
 * this stays linear (and fast enough for a unit test). */
static void hostile_input(void **state)
{
  static const char *const pieces[] = {
      "AAAAAAAAAAAA (AAAAAAAAAAAA) ",
      "a a a a a a a a a a a a a a (AAAAAAAAAAAAAAAA) ",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (AAAAAAAAAA) ",
      "(((((((AB))))))) ",
      "AB stands for ",
      "It stands for A B A B A B A B A B A B A B A B. ",
      "X = ",
      "A-B-C-D-E-F-G-H (ABCDEFGH) ",
      "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa ",
      "ABCDEFGHIJ ",
  };
  size_t cap = 400000, n = 0, i = 0;
  char *t = malloc(cap + 1);
  struct bc_facts *f;
  (void)state;
  assert_non_null(t);
  while (n + 80 < cap) {
    size_t l = strlen(pieces[i % (sizeof pieces / sizeof pieces[0])]);
    memcpy(t + n, pieces[i % (sizeof pieces / sizeof pieces[0])], l);
    n += l;
    i++;
  }
  t[n] = '\0';
  f = analyze(t, NULL);
  assert_non_null(f);
  bc_facts_free(f);
  free(t);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(acronyms_table),
      cmocka_unit_test(acronyms_negatives),
      cmocka_unit_test(acronyms_never_altered),
      cmocka_unit_test(definition_across_posts),
      cmocka_unit_test(definitions_across_paragraphs),
      cmocka_unit_test(implicit_needs_one_phrase),
      cmocka_unit_test(acronyms_in_json),
      cmocka_unit_test(claims_mode),
      cmocka_unit_test(fit_rule),
      cmocka_unit_test(hostile_input),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
