/* test_local.c - the embedded extractive provider and the provider
 * registry.  Documents and fact sheets are built here by hand (blocks,
 * sentences, dates, acronyms, quotes at known places), so each case states
 * exactly what the summarizer was given and what a reader must get back:
 * verbatim text at the right spans, sensible choices, fixed output. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/doc.h"
#include "briefcast/facts.h"
#include "briefcast/provider.h"
#include "briefcast/summary.h"
#include "util/alloc.h"

/* ---- fixtures ------------------------------------------------------------ */

#define MAXB 64
#define MAXF 64

struct fx {
  struct bc_doc doc;
  struct bc_facts facts;
  struct bc_block blocks[MAXB];
  struct bc_span sentences[512];
  struct bc_date_fact dates[MAXF];
  struct bc_date_fact times[MAXF];
  struct bc_acronym_fact acronyms[MAXF];
  struct bc_quote_fact quotes[MAXF];
  struct bc_name_fact names[MAXF];
  char text[16384];
};

/* Blocks: "# T" / "## H" headings, "> q" quotes, anything else a paragraph.
 * Sentences: each block split after ". ", "? ", "! " (headings included,
 * as the analyzer does, so the summarizer must skip them). */
static void build(struct fx *f, const char *title, const char *const *spec,
                  size_t n)
{
  size_t i, at = 0;
  memset(f, 0, sizeof *f);
  for (i = 0; i < n; i++) {
    const char *s = spec[i];
    struct bc_block *b = &f->blocks[f->doc.n_blocks++];
    size_t len, k, st;
    b->kind = BC_BLOCK_PARAGRAPH;
    if (s[0] == '#') {
      b->kind = BC_BLOCK_HEADING;
      while (*s == '#') {
        b->level++;
        s++;
      }
      s++;
    } else if (s[0] == '>') {
      b->kind = BC_BLOCK_QUOTE;
      s += 2;
    }
    if (at) {
      memcpy(f->text + at, "\n\n", 2);
      at += 2;
    }
    len = strlen(s);
    assert_true(at + len + 3 < sizeof f->text);
    memcpy(f->text + at, s, len);
    b->span.start = at;
    b->span.end = at + len;
    st = at;
    for (k = 0; k < len; k++) {
      char c = s[k];
      if ((c == '.' || c == '?' || c == '!') &&
          (k + 1 == len || s[k + 1] == ' ')) {
        struct bc_span *sp = &f->sentences[f->facts.n_sentences++];
        sp->start = st;
        sp->end = at + k + 1;
        st = at + k + 2;
      }
    }
    if (st < at + len) {
      struct bc_span *sp = &f->sentences[f->facts.n_sentences++];
      sp->start = st;
      sp->end = at + len;
    }
    at += len;
  }
  f->text[at] = '\0';
  f->doc.text = f->text;
  f->doc.text_len = at;
  f->doc.blocks = f->blocks;
  f->doc.title = (char *)title;
  f->doc.author = (char *)"Maren Holt";
  f->doc.date = (char *)"2025-09-10";
  f->doc.source = (char *)"essay.md";
  memcpy(f->doc.sha256, "00ff", 5);
  f->facts.sentences = f->sentences;
  f->facts.dates = f->dates;
  f->facts.times = f->times;
  f->facts.acronyms = f->acronyms;
  f->facts.quotes = f->quotes;
  f->facts.names = f->names;
}

static struct bc_span find(const struct fx *f, const char *s, int nth)
{
  const char *p = f->text;
  struct bc_span sp;
  for (;;) {
    p = strstr(p, s);
    assert_non_null(p);
    if (nth-- == 0)
      break;
    p++;
  }
  sp.start = (size_t)(p - f->text);
  sp.end = sp.start + strlen(s);
  return sp;
}

static void add_date(struct fx *f, const char *as_written, int nth,
                     enum bc_date_kind kind, const char *iso)
{
  struct bc_date_fact *d = &f->dates[f->facts.n_dates++];
  d->span = find(f, as_written, nth);
  d->kind = kind;
  snprintf(d->iso, sizeof d->iso, "%s", iso);
}

/* A temporal expression of facts->times ("spring 2016", "three months"). */
static struct bc_date_fact *add_time(struct fx *f, const char *as_written,
                                     enum bc_date_kind kind,
                                     enum bc_timex_type type, const char *iso)
{
  struct bc_date_fact *d = &f->times[f->facts.n_times++];
  d->span = find(f, as_written, 0);
  d->kind = kind;
  d->type = type;
  snprintf(d->iso, sizeof d->iso, "%s", iso);
  return d;
}

static void add_acronym(struct fx *f, const char *acr, const char *exp)
{
  struct bc_acronym_fact *a = &f->acronyms[f->facts.n_acronyms++];
  a->acronym = (char *)acr;
  a->expansion = (char *)exp;
  a->span = find(f, acr, 0);
  a->expansion_span = find(f, exp, 0);
}

static void add_quote(struct fx *f, const char *words, const char *speaker)
{
  struct bc_quote_fact *q = &f->quotes[f->facts.n_quotes++];
  q->span = find(f, words, 0);
  q->speaker = (char *)speaker;
}

static void add_name(struct fx *f, const char *name, enum bc_name_kind kind)
{
  struct bc_name_fact *m = &f->names[f->facts.n_names++];
  m->name = (char *)name;
  m->kind = kind;
  m->span = find(f, name, 0);
}

static struct bc_summary *run(const struct fx *f, enum bc_length length)
{
  struct bc_provider_config cfg = BC_PROVIDER_CONFIG_INIT;
  struct bc_summarize_opts opts = BC_SUMMARIZE_OPTS_INIT;
  struct bc_provider *p = NULL;
  struct bc_summary *s = NULL;
  struct bc_error err = BC_ERROR_INIT;
  assert_int_equal(bc_provider_new(&cfg, &p, &err), BC_OK);
  opts.length = length;
  if (bc_provider_summarize(p, &f->doc, &f->facts, &opts, &s, &err))
    fail_msg("summarize: %s", err.msg);
  bc_provider_free(p);
  return s;
}

/* The source text at sp equals s. */
static void assert_at(const struct fx *f, struct bc_span sp, const char *s)
{
  assert_true(sp.end <= f->doc.text_len);
  assert_int_equal(sp.end - sp.start, strlen(s));
  assert_memory_equal(f->text + sp.start, s, strlen(s));
}

/* s is made of whole source sentences joined by single spaces. */
static void assert_sentences(const struct fx *f, const char *s)
{
  while (*s) {
    size_t i, n = 0;
    for (i = 0; i < f->facts.n_sentences; i++) {
      struct bc_span sp = f->sentences[i];
      size_t len = sp.end - sp.start;
      if (len > n && strncmp(s, f->text + sp.start, len) == 0 &&
          (s[len] == '\0' || s[len] == ' '))
        n = len;
    }
    if (!n)
      fail_msg("not a source sentence: '%s'", s);
    s += n;
    if (*s == ' ')
      s++;
  }
}

/* ---- the documents ---------------------------------------------------------
 */

static const char *const tuesday[] = {
    "# Why We Ship on Tuesdays",
    "For two years our team released whenever a feature felt ready. It "
    "sounded agile, but in practice it meant Friday evening deploys and a "
    "pager that rang on Saturdays. In March 2024 we switched to a fixed weekly "
    "release train that ships every Tuesday.",
    "## The rule",
    "Anything merged and green by Monday night ships on Tuesday morning. "
    "Anything else waits a week for the next release train. Nobody argues "
    "about whether a change is \"ready enough\", because the train does not "
    "wait.",
    "## The numbers",
    "Our change failure rate (CFR) fell from 18% to 7% within two quarters "
    "of the weekly release train. The median time from merge to production "
    "dropped to 4.5 days. Weekend pages went from about 12 a month to 2.",
    "> Ship small, ship on Tuesday, and sleep on the weekend.",
    "## Side notes",
    "Our office cat prefers the sunny window. The coffee machine was "
    "replaced last year.",
    "## What mattered",
    "The habit that mattered most was the promise behind the release train, "
    "not the schedule itself: a small, boring release every Tuesday beats a "
    "large, exciting release every month. We will keep shipping on Tuesdays "
    "in 2026.",
};

static void tuesday_fx(struct fx *f)
{
  build(f, "Why We Ship on Tuesdays", tuesday,
        sizeof tuesday / sizeof tuesday[0]);
  add_date(f, "March 2024", 0, BC_DATE_MONTH, "2024-03");
  add_date(f, "last year", 0, BC_DATE_RELATIVE, "");
  add_date(f, "2026", 0, BC_DATE_YEAR, "2026");
  add_acronym(f, "CFR", "change failure rate");
  add_quote(f, "ready enough", NULL);
  add_quote(f, "Ship small, ship on Tuesday, and sleep on the weekend.",
            "Maren Holt");
}

/* ---- cases ------------------------------------------------------------------
 */

/* Index of the heading block before byte at (0 = none). */
static size_t heading_before(const struct fx *f, size_t at)
{
  size_t i, h = 0;
  for (i = 0; i < f->doc.n_blocks; i++)
    if (f->blocks[i].kind == BC_BLOCK_HEADING && f->blocks[i].level == 2 &&
        f->blocks[i].span.start < at)
      h = i;
  return h;
}

/* Five parts (the opening and four sections), five points: one each. */
static void key_points_spread_over_sections(void **state)
{
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, j;
  (void)state;
  tuesday_fx(f);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_int_equal(s->n_key_points, 5);
  for (i = 0; i < s->n_key_points; i++)
    for (j = 0; j < i; j++)
      assert_int_not_equal(
          heading_before(f, s->key_points[i].evidence[0].span.start),
          heading_before(f, s->key_points[j].evidence[0].span.start));
  bc_summary_free(s);
  free(f);
}

static void key_points_are_verbatim_sentences_in_order(void **state)
{
  static const size_t want[] = {3, 5, 7};
  struct fx *f = malloc(sizeof *f);
  size_t len, i;
  (void)state;
  tuesday_fx(f);
  for (len = 0; len < 3; len++) {
    struct bc_summary *s = run(f, (enum bc_length)len);
    assert_int_equal(s->n_key_points, want[len]);
    for (i = 0; i < s->n_key_points; i++) {
      const struct bc_key_point *k = &s->key_points[i];
      assert_int_equal(k->n_evidence, 1);
      assert_at(f, k->evidence[0].span, k->text);
      assert_string_equal(k->evidence[0].quote, k->text);
      assert_sentences(f, k->text);
      /* never a heading */
      assert_null(strstr(k->text, "The numbers"));
      if (i)
        assert_true(k->evidence[0].span.start >
                    s->key_points[i - 1].evidence[0].span.end);
    }
    assert_sentences(f, s->tldr);
    assert_string_equal(s->provider, "local");
    assert_string_equal(s->title, "Why We Ship on Tuesdays");
    assert_string_equal(s->source.author, "Maren Holt");
    assert_string_equal(s->source.url, "essay.md");
    assert_string_equal(s->source.sha256, "00ff");
    bc_summary_free(s);
  }
  free(f);
}

/* The off-topic paragraph shares no words with the rest: it must not be
 * the tl;dr nor a key point of a short summary. */
static void ranking_prefers_central_sentences(void **state)
{
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  tuesday_fx(f);
  s = run(f, BC_LENGTH_SHORT);
  assert_null(strstr(s->tldr, "cat"));
  assert_null(strstr(s->tldr, "coffee"));
  assert_true(strstr(s->tldr, "release") || strstr(s->tldr, "Tuesday"));
  for (i = 0; i < s->n_key_points; i++) {
    assert_null(strstr(s->key_points[i].text, "cat"));
    assert_null(strstr(s->key_points[i].text, "coffee"));
  }
  bc_summary_free(s);
  free(f);
}

/* A heading the markup did not mark ("Why Release Trains Ship On Every Tuesday
 * Morning.") shares every title word, yet says nothing on its own. */
static void unmarked_headings_are_not_points(void **state)
{
  static const char *const spec[] = {
      "# Release trains", "Why Release Trains Ship On Every Tuesday Morning.",
      "Our release train leaves every Tuesday with whatever is merged. A "
      "missed release train costs a week, which keeps changes small. Teams "
      "plan around the release train instead of arguing about dates.",
      "How Release Trains Keep Their Owners Honest.",
      "Someone owns each release train and can stop it when a check fails."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Release trains", spec, sizeof spec / sizeof spec[0]);
  s = run(f, BC_LENGTH_SHORT);
  assert_int_equal(s->n_key_points, 3);
  for (i = 0; i < s->n_key_points; i++)
    assert_null(strstr(s->key_points[i].text, "Release Trains"));
  assert_null(strstr(s->tldr, "Release Trains"));
  bc_summary_free(s);
  free(f);
}

static void same_input_same_bytes(void **state)
{
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *a, *b;
  char *ja, *jb;
  struct bc_summary *back = NULL;
  struct bc_error err = BC_ERROR_INIT;
  (void)state;
  tuesday_fx(f);
  a = run(f, BC_LENGTH_MEDIUM);
  b = run(f, BC_LENGTH_MEDIUM);
  ja = bc_summary_to_json(a);
  jb = bc_summary_to_json(b);
  assert_string_equal(ja, jb);
  /* and it fits the schema */
  assert_int_equal(bc_summary_from_json(ja, strlen(ja), "s", &back, &err),
                   BC_OK);
  bc_summary_free(back);
  free(ja);
  free(jb);
  bc_summary_free(a);
  bc_summary_free(b);
  free(f);
}

static void sections_follow_headings(void **state)
{
  static const char *const heads[] = {"The rule", "The numbers", "Side notes",
                                      "What mattered"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  tuesday_fx(f);
  s = run(f, BC_LENGTH_MEDIUM);
  /* the title heading is not a section; the prose before the first
   * section heading belongs to none */
  assert_int_equal(s->n_sections, 4);
  for (i = 0; i < 4; i++) {
    const struct bc_section *sec = &s->sections[i];
    const char *body = f->text + sec->span.start;
    assert_string_equal(sec->heading, heads[i]);
    assert_memory_equal(body, heads[i], strlen(heads[i]));
    assert_sentences(f, sec->summary);
    /* the summary lies inside the section */
    {
      char *in = strndup(body, sec->span.end - sec->span.start);
      assert_non_null(strstr(in, sec->summary));
      free(in);
    }
  }
  assert_int_equal(s->sections[3].span.end, f->doc.text_len);
  bc_summary_free(s);
  free(f);
}

static void timeline_sorted_deduplicated_verbatim(void **state)
{
  static const char *const spec[] = {
      "# History",
      "The platform started on 3 March 2014 in Rotterdam. By Q4 2015 it "
      "held a billion rows. The move to the cloud ran from June 2016 to "
      "March 2019. In the 2010s we grew fast. Last year was quiet. On "
      "06/14 a disk failed. The platform started on 3 March 2014, as said. "
      "On 07/01 of that year, 2015, we hired. On 05/05 of that year, 2017, "
      "we launched.",
  };
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "History", spec, 2);
  /* given out of order, as a fact sheet in source order would not, to
   * prove the sort does not rely on input order */
  add_date(f, "June 2016 to March 2019", 0, BC_DATE_RANGE, "2016-06/2019-03");
  add_date(f, "3 March 2014", 0, BC_DATE_DAY, "2014-03-03");
  add_date(f, "Q4 2015", 0, BC_DATE_QUARTER, "2015-Q4");
  add_date(f, "2010s", 0, BC_DATE_DECADE, "2010s");
  add_date(f, "Last year", 0, BC_DATE_RELATIVE, "");
  add_date(f, "06/14", 0, BC_DATE_PARTIAL, "--06-14");
  add_date(f, "3 March 2014", 1, BC_DATE_DAY, "2014-03-03");
  /* resolved against the wrong year: the sentence says 2015 */
  add_date(f, "07/01", 0, BC_DATE_DAY, "2024-07-01");
  /* the bare year repeats the day its sentence gives */
  add_date(f, "05/05", 0, BC_DATE_DAY, "2017-05-05");
  add_date(f, "2017", 0, BC_DATE_YEAR, "2017");
  s = run(f, BC_LENGTH_LONG);
  assert_int_equal(s->n_timeline, 5);
  assert_string_equal(s->timeline[4].iso, "2017-05-05");
  assert_string_equal(s->timeline[0].iso, "2010s");
  assert_string_equal(s->timeline[1].iso, "2014-03-03");
  assert_string_equal(s->timeline[2].iso, "2015-Q4");
  assert_string_equal(s->timeline[3].iso, "2016-06/2019-03");
  assert_string_equal(s->timeline[2].date, "Q4 2015");
  assert_string_equal(s->timeline[2].event,
                      "By Q4 2015 it held a billion rows.");
  /* the first mention is kept */
  assert_string_equal(s->timeline[1].event,
                      "The platform started on 3 March 2014 in Rotterdam.");
  for (i = 0; i < s->n_timeline; i++) {
    assert_at(f, s->timeline[i].span, s->timeline[i].date);
    assert_non_null(strstr(s->timeline[i].event, s->timeline[i].date));
  }
  bc_summary_free(s);
  free(f);
}

/* The timeline places only dates: written out, or worked out from the
 * document's date by arithmetic ("last year" with its value), never an
 * amount of time, a recurrence, "now", or a value resting on a guess (the
 * week of "Friday"); a month named without its year ("in August") takes
 * the year of the page's date (2025), never the year another sentence
 * states ("Last year", 2024); "late 2015" sorts after "March 2015", and a
 * season sorts at its first month. */
static void timeline_places_only_dates(void **state)
{
  static const char *const spec[] = {
      "# Bakery",
      "We opened the bakery in March 2015 after a long search. Sales "
      "dipped in late 2015 when the road closed. The second shop opened "
      "in spring 2016 with two ovens. Last year we hired six bakers for "
      "the shop. It took three months to train them well. We bake every "
      "morning for the regulars. We said Friday that prices will rise. "
      "Flour arrives in August from the mill. Now we sell bread online "
      "to everyone.",
  };
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  struct bc_date_fact *d;
  size_t i;
  (void)state;
  build(f, "Bakery", spec, 2);
  add_date(f, "March 2015", 0, BC_DATE_MONTH, "2015-03");
  add_date(f, "late 2015", 0, BC_DATE_YEAR, "2015");
  f->dates[f->facts.n_dates - 1].mod = BC_MOD_END;
  add_time(f, "spring 2016", BC_DATE_SEASON, BC_TIMEX_DATE, "2016-SP");
  add_date(f, "Last year", 0, BC_DATE_RELATIVE, "2024");
  f->dates[f->facts.n_dates - 1].relative = 1;
  add_time(f, "three months", BC_DATE_DURATION, BC_TIMEX_DURATION, "P3M");
  add_time(f, "every morning", BC_DATE_SET, BC_TIMEX_SET, "XXXX-XX-XXTMO");
  d = add_time(f, "Friday", BC_DATE_DAY, BC_TIMEX_DATE, "2025-09-05");
  d->relative = d->guessed = 1;
  d = add_time(f, "August", BC_DATE_MONTH, BC_TIMEX_DATE, "2025-08");
  d->relative = d->guessed = 1;
  add_date(f, "Now", 0, BC_DATE_RELATIVE, "PRESENT_REF");
  f->dates[f->facts.n_dates - 1].relative = 1;
  s = run(f, BC_LENGTH_LONG);
  assert_int_equal(s->n_timeline, 5);
  assert_string_equal(s->timeline[0].date, "March 2015");
  assert_string_equal(s->timeline[1].date, "late 2015");
  assert_string_equal(s->timeline[2].date, "spring 2016");
  assert_string_equal(s->timeline[3].date, "Last year");
  assert_string_equal(s->timeline[3].iso, "2024");
  assert_string_equal(s->timeline[4].date, "August");
  assert_string_equal(s->timeline[4].iso, "2025-08");
  for (i = 0; i < s->n_timeline; i++)
    assert_at(f, s->timeline[i].span, s->timeline[i].date);
  bc_summary_free(s);
  free(f);
}

/* A dateline ("November 2004", "Posted on 5 March 2005") names a date but
 * tells no event: it makes no timeline entry ("November 2004: November
 * 2004"), while a sentence saying what happened does. */
static void datelines_make_no_timeline_entry(void **state)
{
  static const char *const spec[] = {
      "November 2004",
      "The workshop opened in March 2003 with four members and a lathe.",
      "Posted on 5 March 2005",
      "Story date : 7 April 2006 Category : Club news",
  };
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Notes", spec, 4);
  add_date(f, "November 2004", 0, BC_DATE_MONTH, "2004-11");
  add_date(f, "March 2003", 0, BC_DATE_MONTH, "2003-03");
  add_date(f, "5 March 2005", 0, BC_DATE_DAY, "2005-03-05");
  add_date(f, "7 April 2006", 0, BC_DATE_DAY, "2006-04-07");
  s = run(f, BC_LENGTH_LONG);
  assert_int_equal(s->n_timeline, 1);
  assert_string_equal(s->timeline[0].iso, "2003-03");
  bc_summary_free(s);
  free(f);
}

static void glossary_quotes_from_the_fact_sheet(void **state)
{
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  tuesday_fx(f);
  add_acronym(f, "CFR", "change failure rate"); /* defined twice */
  /* unattributed: nobody's words a reader can place, so left out */
  add_quote(f, "Anything merged and green by Monday night", NULL);
  add_quote(f, "Anything merged and green by Monday night", NULL);
  add_quote(f, "Anything else waits a week", NULL);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_int_equal(s->n_glossary, 1);
  assert_string_equal(s->glossary[0].term, "CFR");
  assert_string_equal(s->glossary[0].definition, "change failure rate");
  assert_at(f, s->glossary[0].span, "CFR");
  /* "ready enough" is a scare quote, not a quotation */
  assert_int_equal(s->n_quotes, 1);
  assert_string_equal(s->quotes[0].text,
                      "Ship small, ship on Tuesday, and sleep on the weekend.");
  assert_string_equal(s->quotes[0].speaker, "Maren Holt");
  assert_at(f, s->quotes[0].span, s->quotes[0].text);
  bc_summary_free(s);
  free(f);
}

/* A quotation the fact sheet leaves without a speaker gets the one the text
 * next to it names plainly ("..., said X", "X said: ...", "..., according
 * to X", "..., she said" after a sentence opening "X, role, said"; the
 * quotation that goes on after it), and is left out otherwise: a quote
 * card signed by nobody tells the reader nothing of whose words they are. */
static const char *const harbour[] = {
    "# Floods at the Harbour",
    "Lena Ortiz, who runs the dive club, said the reef had changed. "
    "\"The coral is whiter every spring,\" she said. \"We count fewer fish "
    "on every single dive now.\"",
    "\"Nobody expected the harbour to flood this fast,\" said Tomas Berg.",
    "Harbour master Ines Vogel said: \"The gates will stay shut until the "
    "tide turns.\"",
    "\"Boats are to stay tied up at the outer quay,\" according to Paul Ames.",
    "The weather turned cold on Friday. \"The boats are ready for the race "
    "tomorrow,\" he said.",
    "Rain fell all week and people said the river would rise. \"It will be "
    "the worst flood we have had in years,\" they said.",
    "\"The old pier will not last another winter storm,\" but Mia Holm said "
    "the pier was repaired in May.",
    "One said: \"The sea wall needs raising before the next spring tide.\"",
    "\"Nobody will insure a house on the front any more,\" Another said.",
    "Of the new lighthouse, the 58-year-old Norwegian added: \"The lamp can "
    "be seen from forty miles out.\"",
    "\"The ferry will run twice a day in summer,\" the Dane said.",
    "\"Ships will need a pilot past the reef,\" the young Swede told us.",
};

static void quotes_take_the_speaker_the_text_names(void **state)
{
  static const struct {
    const char *words, *speaker, *given; /* given: the fact sheet's */
  } want[] = {
      {"The coral is whiter every spring", "Lena Ortiz", NULL},
      {"We count fewer fish on every single dive now.", "Lena Ortiz", NULL},
      {"Nobody expected the harbour to flood this fast", "Tomas Berg", NULL},
      {"The gates will stay shut until the tide turns.", "Ines Vogel", NULL},
      {"Boats are to stay tied up at the outer quay", "Paul Ames", NULL},
      {"The boats are ready for the race tomorrow", "", NULL},
      {"It will be the worst flood we have had in years", "", NULL},
      {"The old pier will not last another winter storm", "", NULL},
      /* a determiner or number word is no one's name */
      {"The sea wall needs raising before the next spring tide.", "", NULL},
      {"Nobody will insure a house on the front any more", "", NULL},
      /* "the Norwegian", "the Dane": a descriptor, not a name */
      {"The lamp can be seen from forty miles out.", "", NULL},
      {"The ferry will run twice a day in summer", "", NULL},
      /* nor when the fact sheet takes it for one */
      {"Ships will need a pilot past the reef", "", "Swede"},
  };
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, j;
  (void)state;
  build(f, "Floods at the Harbour", harbour,
        sizeof harbour / sizeof harbour[0]);
  for (i = 0; i < sizeof want / sizeof want[0]; i++)
    add_quote(f, want[i].words, want[i].given);
  s = run(f, BC_LENGTH_LONG);
  for (i = 0; i < sizeof want / sizeof want[0]; i++) {
    for (j = 0; j < s->n_quotes; j++)
      if (strcmp(s->quotes[j].text, want[i].words) == 0)
        break;
    if (j == s->n_quotes && !*want[i].speaker)
      continue; /* nobody's: rightly left out */
    if (j == s->n_quotes)
      fail_msg("\"%s\" is not among the quotes", want[i].words);
    if (!*want[i].speaker)
      fail_msg("\"%s\" is kept without a speaker", want[i].words);
    if (strcmp(s->quotes[j].speaker, want[i].speaker) != 0)
      fail_msg("\"%s\": speaker \"%s\", want \"%s\"", want[i].words,
               s->quotes[j].speaker, want[i].speaker);
  }
  bc_summary_free(s);
  free(f);
}

/* A glossary entry is an acronym the text defines: initials that words
 * pages earlier happen to share ("TL" of "TL;DR" and a "Tidal Lamp") are
 * none. */
static const char *const lamps[] = {
    "# Lamps for the Long Nights",
    "The shop sold a Tidal Lamp in the spring, along with garden chairs, "
    "kettles, a set of brass hooks and a dozen candles that smelled of pine. "
    "Its owner kept the till in an old biscuit tin and wrote each sale in a "
    "ledger by hand, as her mother had done before her.",
    "She also tracked every Service Level Objective (SLO) the courier "
    "promised, and the courier kept most of them through the winter months "
    "that followed the opening of the shop.",
    "TL;DR: the lamps sold out in a week.",
};

static void glossary_needs_a_definition(void **state)
{
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Lamps for the Long Nights", lamps, sizeof lamps / sizeof lamps[0]);
  add_acronym(f, "SLO", "Service Level Objective");
  add_acronym(f, "TL", "Tidal Lamp");
  s = run(f, BC_LENGTH_MEDIUM);
  assert_int_equal(s->n_glossary, 1);
  assert_string_equal(s->glossary[0].term, "SLO");
  bc_summary_free(s);
  free(f);
}

/* t is made of pieces of the source in source order: each piece a run of
 * whole words of the text, the next one later in the text, joined by a
 * space (or by nothing before punctuation).  Never a cut mark. */
static void assert_pieces(const struct fx *f, const char *t)
{
  size_t from = 0;
  assert_null(strstr(t, "\xe2\x80\xa6"));
  while (*t) {
    size_t n = strlen(t), best = 0, at = 0;
    /* the longest run of t found in the text after the last piece */
    for (; n > 0; n--) {
      const char *p;
      char *run;
      if (t[n] != '\0' && t[n] != ' ' && !strchr(".,;:!?", t[n]))
        continue;
      run = strndup(t, n);
      p = strstr(f->text + from, run);
      free(run);
      if (p) {
        best = n;
        at = (size_t)(p - f->text);
        break;
      }
    }
    if (!best)
      fail_msg("not pieces of the source: '%s'", t);
    from = at + best;
    t += best;
    if (*t == ' ')
      t++;
  }
}

/* A key point's text is its evidence quotes joined the same way. */
static void assert_evidence_makes_text(const struct fx *f,
                                       const struct bc_key_point *k)
{
  char buf[4096] = "";
  size_t i;
  for (i = 0; i < k->n_evidence; i++) {
    assert_at(f, k->evidence[i].span, k->evidence[i].quote);
    if (i && !strchr(".,;:!?)", k->evidence[i].quote[0]))
      strcat(buf, " ");
    strcat(buf, k->evidence[i].quote);
  }
  assert_string_equal(buf, k->text);
}

static void slides_are_short_and_faithful(void **state)
{
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, j;
  (void)state;
  tuesday_fx(f);
  s = run(f, BC_LENGTH_LONG);
  assert_true(s->n_slides >= 3);
  assert_string_equal(s->slides[0].title, "Why We Ship on Tuesdays");
  /* the overview lists the sections */
  assert_string_equal(s->slides[0].bullets[0], "The rule");
  assert_string_equal(s->slides[s->n_slides - 1].title, "Key points");
  for (i = 0; i < s->n_slides; i++) {
    assert_true(s->slides[i].n_bullets <= 6);
    assert_non_null(s->slides[i].notes);
    for (j = 0; j < s->slides[i].n_bullets; j++)
      assert_pieces(f, s->slides[i].bullets[j]);
  }
  for (i = 0; i < s->n_key_points; i++)
    assert_evidence_makes_text(f, &s->key_points[i]);
  bc_summary_free(s);
  free(f);
}

/* Long sentences lose whole clauses that state no fact, never a word cut
 * in two and never a clause with a figure; a bullet keeps its sentence's
 * final stop and is marked by nothing. */
static void bullets_leave_out_whole_clauses(void **state)
{
  static const char *const spec[] = {
      "Our release train, which we set up after a long and painful "
      "argument among the whole team, cut the number of failed changes in "
      "our busiest service by half. "
      "The pager stayed quiet for most of the following weeks, which "
      "surprised every engineer on the rotation who had carried it through "
      "all the bad nights before. "
      "Median time from merge to production went down to 4.5 days, which "
      "the team had been chasing for 18 months of slow work on the "
      "pipeline and the tests. "
      "But Tuesday releases became boring in the best possible way for "
      "everyone who had to watch them go out."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t j, k;
  int clause = 0, trailing = 0, figure = 0, opener = 0;
  (void)state;
  build(f, "Trains", spec, 1);
  {
    struct bc_number_fact *nf = calloc(2, sizeof *nf);
    nf[0].span = find(f, "4.5 days", 0);
    nf[1].span = find(f, "18 months", 0);
    f->facts.numbers = nf;
    f->facts.n_numbers = 2;
  }
  s = run(f, BC_LENGTH_LONG);
  for (j = 0; j < s->n_slides; j++)
    for (k = 0; k < s->slides[j].n_bullets; k++) {
      const char *b = s->slides[j].bullets[k];
      assert_pieces(f, b);
      if (!strcmp(b, "Our release train cut the number of failed changes "
                     "in our busiest service by half."))
        clause = 1;
      if (!strcmp(b, "The pager stayed quiet for most of the following "
                     "weeks."))
        trailing = 1;
      if (strstr(b, "Median time") && strstr(b, "18 months"))
        figure = 1;
      if (!strncmp(b, "Tuesday releases became boring", 30))
        opener = 1;
    }
  /* the opening sentence is the tl;dr, said whole, and no key point or
   * bullet repeats it; otherwise its bullet loses the clause */
  assert_true(clause || !strncmp(s->tldr, "Our release train, which", 24));
  assert_true(trailing);
  assert_true(figure);
  assert_true(opener);
  for (j = 0; j < s->n_key_points; j++)
    assert_evidence_makes_text(f, &s->key_points[j]);
  free(f->facts.numbers);
  bc_summary_free(s);
  free(f);
}

/* A list of examples after "including" goes whole or stays whole: leaving
 * out ", including politicians," alone would join "journalists and
 * religious leaders" to the word before it. */
static void bullets_keep_a_list_of_examples_whole(void **state)
{
  static const char *const spec[] = {
      "The president halted an inquiry into the abuse of power on "
      "Tuesday, a move the opposition called illegal and the union "
      "condemned. "
      "The opposition leader has been releasing a steady stream of "
      "recordings since the spring, accusing the government of wiretapping "
      "thousands of people, including politicians, journalists and religious "
      "leaders. "
      "The government denies the accusations and has accused him of trying "
      "to unsettle the country ahead of the vote. "
      "Union officials said the new rules would hurt many workers in the "
      "region, especially nurses, teachers and bus drivers on low pay. "
      "A crowd of several hundred people later gathered outside the office "
      "of the special prosecutor in the capital. "
      "Local papers said the recordings named dozens of officials in the "
      "ministries, such as judges, police chiefs and tax inspectors. "
      "The president said he acted to defend the interests of the nation."};
  /* each list's last items, and the words they must follow */
  static const char *const lists[][2] = {
      {"journalists and", "including politicians, journalists and"},
      {"teachers and", "especially nurses, teachers and"},
      {"police chiefs and", "such as judges, police chiefs and"}};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, j, k, seen = 0;
  (void)state;
  build(f, "Recordings", spec, 1);
  s = run(f, BC_LENGTH_LONG);
  for (j = 0; j < s->n_slides; j++)
    for (k = 0; k < s->slides[j].n_bullets; k++) {
      const char *b = s->slides[j].bullets[k];
      assert_pieces(f, b);
      for (i = 0; i < sizeof lists / sizeof lists[0]; i++)
        if (strstr(b, lists[i][0])) {
          seen++;
          if (!strstr(b, lists[i][1]))
            fail_msg("a list joined to the word before it: '%s'", b);
        }
    }
  assert_true(seen > 0);
  bc_summary_free(s);
  free(f);
}

/* A shortened bullet never changes what its sentence says: a concession,
 * a contrast or a condition stays with the clause it qualifies, a list
 * keeps its first item with "including", and a dash in Russian (where it
 * stands for a verb) stays with the words around it. */
static void bullets_keep_qualifiers_lists_and_dashes(void **state)
{
  static const char *const spec[] = {
      "At the hearing a week before the storm, the inspectors had told the "
      "council that, while a collapse of the old bridge was not impossible, "
      "it was not likely to happen in the coming decade. "
      "During the open day the visitors walked slowly along the long hall "
      "watching ten pupils try out several instruments, including a cello, "
      "oboe, drums and harp. "
      "The ferry company said the crossing would run again next spring, "
      "unless the repairs to the landing stage on the far side of the "
      "river took longer than planned. "
      "The mayor praised the engineers for their careful work on the "
      "bridge, but the opposition said the money should have gone to the "
      "schools of the town instead. "
      "\xd0\x9f\xd0\xbe\xd1\x81\xd0\xbb\xd0\xb5 "
      "\xd0\xbd\xd0\xb5\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb8 "
      "\xd0\xbb\xd0\xb8\xd0\xbc\xd0\xb8\xd1\x82 "
      "\xd1\x81\xd0\xbd\xd0\xb8\xd0\xbc\xd0\xb0\xd0\xb5\xd1\x82\xd1"
      "\x81\xd1\x8f, \xd0\xbd\xd0\xbe "
      "\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb5\xd1\x82\xd1\x81\xd1"
      "\x8f \xd0\xbb\xd0\xb8\xd0\xbc\xd0\xb8\xd1\x82 \xd0\xbd\xd0\xb0 "
      "\xd1\x85\xd0\xbb\xd0\xb5\xd0\xb1 - \xd0\xb2 "
      "\xd1\x8d\xd1\x82\xd0\xbe\xd0\xbc "
      "\xd1\x82\xd1\x80\xd1\x83\xd0\xb4\xd0\xbd\xd0\xbe\xd1\x81\xd1"
      "\x82\xd1\x8c - \xd0\xbd\xd0\xbe\xd1\x80\xd0\xbc\xd1\x83 "
      "\xd0\xba\xd0\xb0\xd0\xb6\xd0\xb4\xd1\x8b\xd0\xb9 "
      "\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb1\xd0\xb8\xd1\x80\xd0\xb0\xd0"
      "\xb5\xd1\x82 \xd1\x81\xd0\xb0\xd0\xbc \xd0\xbf\xd0\xbe "
      "\xd1\x81\xd0\xb2\xd0\xbe\xd0\xb5\xd0\xbc\xd1\x83 "
      "\xd0\xb2\xd0\xb5\xd1\x81\xd1\x83, "
      "\xd0\xb2\xd0\xbe\xd0\xb7\xd1\x80\xd0\xb0\xd1\x81\xd1\x82\xd1"
      "\x83 \xd0\xb8 \xd1\x80\xd0\xb5\xd0\xb6\xd0\xb8\xd0\xbc\xd1"
      "\x83 \xd0\xb4\xd0\xbd\xd1\x8f."};
  /* words a bullet may hold only with the words they lean on */
  static const char *const pairs[][2] = {
      {"it was not likely", "while a collapse of the old bridge"},
      {"oboe", "including a cello, oboe"},
      {"the crossing would run", "unless the repairs"},
      {"praised the engineers", "but the opposition said"},
      {"\xd0\xbd\xd0\xbe\xd1\x80\xd0\xbc\xd1\x83", /* the word after
                                                      the closing dash */
       "\xd1\x82\xd1\x80\xd1\x83\xd0\xb4\xd0\xbd\xd0\xbe\xd1\x81\xd1"
       "\x82\xd1\x8c - "}};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, j, k, seen = 0;
  (void)state;
  build(f, "Bridge", spec, 1);
  s = run(f, BC_LENGTH_LONG);
  for (j = 0; j < s->n_slides; j++)
    for (k = 0; k < s->slides[j].n_bullets; k++) {
      const char *b = s->slides[j].bullets[k];
      assert_pieces(f, b);
      for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        if (strstr(b, pairs[i][0])) {
          seen++;
          if (!strstr(b, pairs[i][1]))
            fail_msg("'%s' lost '%s'", b, pairs[i][1]);
        }
    }
  for (j = 0; j < s->n_key_points; j++)
    for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
      if (strstr(s->key_points[j].text, pairs[i][0]) &&
          !strstr(s->key_points[j].text, pairs[i][1]))
        fail_msg("'%s' lost '%s'", s->key_points[j].text, pairs[i][1]);
  assert_true(seen >= 3);
  bc_summary_free(s);
  free(f);
}

/* Key points and the tl;dr stand alone: no sentence that opens by leaning
 * on the one before, asks a question or talks about the text; the
 * author's own "In short" makes the tl;dr. */
static void points_stand_alone_and_tldr_says_the_point(void **state)
{
  static const char *const spec[] = {
      "# Small teams",
      "Before the move I spent my evenings fixing old bicycles in a shed "
      "behind the house. Small teams ship better software because every "
      "person can see the whole system at once. Nor did they ever need a "
      "planning meeting to agree on what mattered. Why would a team of four "
      "need a roadmap? This post might be of use to you if you lead a team "
      "of that size. It is the first version of the tool that supports "
      "plugins.",
      "A team of four engineers can hold the whole design of a service in "
      "their heads and change it in an afternoon. Large teams split the "
      "system into parts that nobody sees whole, and every change becomes a "
      "negotiation between owners. Ideas 8 and 9 together mean the team "
      "never has to wait for anyone.",
      "In short, small teams ship better software because nobody has to "
      "ask permission to see the whole system. That is why we stayed small "
      "for as long as we could. Which brings us to the problem below."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Small teams", spec, sizeof spec / sizeof spec[0]);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_string_equal(s->tldr,
                      "In short, small teams ship better software because "
                      "nobody has to ask permission to see the whole "
                      "system.");
  assert_true(s->n_key_points >= 2);
  for (i = 0; i < s->n_key_points; i++) {
    const char *t = s->key_points[i].text;
    assert_null(strstr(t, "Nor did"));
    assert_null(strstr(t, "?"));
    assert_null(strstr(t, "this post"));
    assert_null(strstr(t, "It is the first"));
    assert_null(strstr(t, "Ideas 8"));
    assert_null(strstr(t, "That is why"));
    assert_null(strstr(t, "brings us"));
  }
  bc_summary_free(s);
  free(f);
}

/* Asides (notes, thanks) and what follows the piece (comments) give no key
 * point, section or timeline entry; a heading a page repeats three times
 * makes no section. */
static void asides_and_comments_are_not_the_piece(void **state)
{
  static const char *const spec[] = {
      "# Shipping weekly",
      "## Why",
      "Weekly releases keep every change small enough to review in one "
      "sitting. Small changes fail less often and are easier to undo when "
      "they do fail.",
      "## Advertisement",
      "Weekly releases are a habit that every team can learn in a month of "
      "practice.",
      "## How",
      "The release train leaves every Tuesday morning whatever is on it. "
      "Anything that misses the train waits a week without any argument.",
      "## Advertisement",
      "Teams that ship weekly report calmer weekends and fewer late nights.",
      "## Advertisement",
      "The train is the only rule that the whole team has to remember.",
      "Thanks to Ada and Grace for reading drafts of this in March 2021.",
      "## Comments",
      "Great post, our whole team switched to weekly releases in May 2022 "
      "and never looked back at the old way."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Shipping weekly", spec, sizeof spec / sizeof spec[0]);
  f->blocks[11].aside = 1; /* the thanks */
  add_date(f, "March 2021", 0, BC_DATE_MONTH, "2021-03");
  add_date(f, "May 2022", 0, BC_DATE_MONTH, "2022-05");
  s = run(f, BC_LENGTH_LONG);
  for (i = 0; i < s->n_key_points; i++) {
    assert_null(strstr(s->key_points[i].text, "Thanks"));
    assert_null(strstr(s->key_points[i].text, "Great post"));
  }
  assert_null(strstr(s->tldr, "Great post"));
  for (i = 0; i < s->n_sections; i++) {
    assert_string_not_equal(s->sections[i].heading, "Advertisement");
    assert_string_not_equal(s->sections[i].heading, "Comments");
  }
  assert_int_equal(s->n_timeline, 0);
  bc_summary_free(s);
  free(f);
}

/* One timeline entry per sentence (its most precise date), none from a
 * copyright line. */
static void timeline_one_entry_per_event(void **state)
{
  static const char *const spec[] = {
      "The club won the league in 2001, 2003, 2005 and 2008 under the same "
      "coach. The new stadium opened on 4 May 2010 after three years of "
      "building work. Copyright 2018 The Club Archive, all rights "
      "reserved."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The club", spec, 1);
  add_date(f, "2001", 0, BC_DATE_YEAR, "2001");
  add_date(f, "2003", 0, BC_DATE_YEAR, "2003");
  add_date(f, "2005", 0, BC_DATE_YEAR, "2005");
  add_date(f, "2008", 0, BC_DATE_YEAR, "2008");
  add_date(f, "4 May 2010", 0, BC_DATE_DAY, "2010-05-04");
  add_date(f, "2018", 0, BC_DATE_YEAR, "2018");
  s = run(f, BC_LENGTH_LONG);
  assert_int_equal(s->n_timeline, 2);
  assert_string_equal(s->timeline[0].iso, "2001");
  assert_string_equal(s->timeline[1].iso, "2010-05-04");
  bc_summary_free(s);
  free(f);
}

/* Turns that open a chapter: "First, H.", "Next, H.", "Finally, H.". */
static int chapter_turn(const char *t)
{
  return strncmp(t, "First, ", 7) == 0 || strncmp(t, "Next, ", 6) == 0 ||
         strncmp(t, "Finally, ", 9) == 0;
}

static void narration_frames_the_key_points(void **state)
{
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, k;
  (void)state;
  tuesday_fx(f);
  s = run(f, BC_LENGTH_MEDIUM);
  /* the author is named even when the text does not name them */
  assert_string_equal(s->narration[0].text,
                      "This is a brief of Why We Ship on Tuesdays by Maren "
                      "Holt.");
  assert_string_equal(s->narration[1].text, s->tldr);
  /* every key point is said: in the tl;dr or as a turn of its own */
  for (k = 0; k < s->n_key_points; k++) {
    int found = strstr(s->tldr, s->key_points[k].text) != NULL;
    for (i = 2; i < s->n_narration; i++)
      found |= strcmp(s->narration[i].text, s->key_points[k].text) == 0;
    assert_true(found);
  }
  /* everything else is a source sentence or a chapter heading */
  for (i = 2; i + 1 < s->n_narration; i++)
    if (!chapter_turn(s->narration[i].text))
      assert_sentences(f, s->narration[i].text);
  for (i = 0; i < s->n_narration; i++)
    assert_string_equal(s->narration[i].speaker, "narrator");
  assert_string_equal(s->narration[s->n_narration - 1].text,
                      "That was the brief of Why We Ship on Tuesdays. Thank "
                      "you for listening.");
  bc_summary_free(s);
  free(f);
}

/* No source sentence is said twice: the tl;dr sentences are usually the
 * first key points, and the listener heard them twice. */
static void narration_says_each_sentence_once(void **state)
{
  static const char *const flat[] = {
      "The bridge opened in May 1998 after four years of work.",
      "It carries 40000 cars a day across the river.",
      "Tolls paid for the bridge by 2011, three years early.",
      "The old ferry still runs on summer weekends for tourists.",
      "Engineers inspect the cables every spring and repaint them every "
      "decade."};
  struct fx *f = malloc(sizeof *f);
  size_t doc, len, i, j, n;
  (void)state;
  for (doc = 0; doc < 2; doc++)
    for (len = 0; len < 3; len++) {
      struct bc_summary *s;
      if (doc == 0)
        tuesday_fx(f);
      else
        build(f, "The Bridge", flat, 5);
      s = run(f, (enum bc_length)len);
      assert_true(s->n_key_points >= 2);
      for (i = 0; i < f->facts.n_sentences; i++) {
        struct bc_span sp = f->sentences[i];
        char *want;
        size_t b;
        int head = 0;
        for (b = 0; b < f->doc.n_blocks; b++) /* titles are said twice */
          head |= f->blocks[b].kind == BC_BLOCK_HEADING &&
                  f->blocks[b].span.start == sp.start;
        if (head)
          continue;
        want = strndup(f->text + sp.start, sp.end - sp.start);
        assert_non_null(want);
        for (j = 0, n = 0; j < s->n_narration; j++)
          n += strstr(s->narration[j].text, want) != NULL;
        if (n > 1)
          fail_msg("said %zu times (doc %zu, length %zu): '%s'", n, doc, len,
                   want);
        free(want);
      }
      bc_summary_free(s);
    }
  free(f);
}

/* The intro names the title and the author when known; the publication
 * date is left out (the fact checker cannot check front matter). */
static void narration_intro_names_the_source(void **state)
{
  static const struct {
    const char *title, *author, *date, *want;
  } cases[] = {
      {"Engines", "Ada Lovelace", "2024-07-20",
       "This is a brief of Engines by Ada Lovelace."},
      {"Engines", NULL, "2024-07", "This is a brief of Engines."},
      {"Engines", "", NULL, "This is a brief of Engines."},
      {NULL, "Ada Lovelace", NULL,
       "This is a brief of Untitled by Ada "
       "Lovelace."},
  };
  static const char *const body[] = {
      "The engine weaves algebraic patterns as a loom weaves flowers.",
      "It could act on things other than number, if their relations could "
      "be expressed."};
  struct fx *f = malloc(sizeof *f);
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_summary *s;
    build(f, cases[i].title, body, 2);
    f->doc.author = (char *)cases[i].author;
    f->doc.date = (char *)cases[i].date;
    s = run(f, BC_LENGTH_SHORT);
    assert_string_equal(s->narration[0].text, cases[i].want);
    assert_string_equal(s->narration[s->n_narration - 1].text,
                        cases[i].title ? "That was the brief of Engines. "
                                         "Thank you for listening."
                                       : "That was the brief of Untitled. "
                                         "Thank you for listening.");
    bc_summary_free(s);
  }
  free(f);
}

/* Key points spread over sections are said under their headings, "First,"
 * "Next," ... "Finally,", in source order; a document without sections
 * gets one list. */
/* The heading as the narration says it: verbatim, except that a leading
 * article or question word is lower-cased after "First, " ("First, the
 * rule."), while any other first word keeps its capital. */
static int heading_said(const char *heading, const char *said, size_t n)
{
  int lower =
      strncmp(heading, "The ", 4) == 0 || strncmp(heading, "What ", 5) == 0;
  char first = lower ? (char)(heading[0] - 'A' + 'a') : heading[0];
  return n && said[0] == first && memcmp(heading + 1, said + 1, n - 1) == 0;
}

static void narration_chapters_follow_sections(void **state)
{
  static const char *const flat[] = {
      "The bridge opened in May 1998 after four years of work.",
      "It carries 40000 cars a day across the river.",
      "Tolls paid for the bridge by 2011, three years early.",
      "The old ferry still runs on summer weekends for tourists."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, chapters = 0, heading = 0, last_end = 0;
  const char *last_chapter = "";
  (void)state;
  tuesday_fx(f);
  s = run(f, BC_LENGTH_MEDIUM);
  for (i = 2; i + 1 < s->n_narration; i++) {
    const char *t = s->narration[i].text;
    if (chapter_turn(t)) {
      const char *h = strchr(t, ' ') + 1;
      size_t b, hl = strlen(h) - 1; /* without the final '.' */
      assert_int_equal(
          strncmp(t, chapters ? "Next, " : "First, ", chapters ? 6 : 7) == 0 ||
              (chapters && strncmp(t, "Finally, ", 9) == 0),
          1);
      chapters++;
      last_chapter = t;
      for (b = 0, heading = 0; b < f->doc.n_blocks; b++)
        if (f->blocks[b].kind == BC_BLOCK_HEADING &&
            f->blocks[b].span.end - f->blocks[b].span.start == hl &&
            heading_said(f->text + f->blocks[b].span.start, h, hl))
          heading = b;
      assert_int_not_equal(heading, 0);
      assert_string_equal(h + hl, ".");
    } else {
      /* a point lies in the section its chapter names, after the last */
      const char *at = strstr(f->text, t);
      assert_non_null(at);
      assert_true((size_t)(at - f->text) >= last_end);
      last_end = (size_t)(at - f->text) + strlen(t);
      if (chapters)
        assert_int_equal(heading_before(f, last_end - 1), heading);
    }
  }
  assert_true(chapters >= 2);
  assert_int_equal(strncmp(last_chapter, "Finally, ", 9), 0);
  bc_summary_free(s);

  build(f, "The Bridge", flat, 4);
  s = run(f, BC_LENGTH_LONG);
  assert_true(s->n_narration >= 4);
  assert_string_equal(s->narration[2].text, "Here are the other key points.");
  for (i = 0; i < s->n_narration; i++)
    assert_false(chapter_turn(s->narration[i].text));
  bc_summary_free(s);
  free(f);
}

static void empty_and_headless_documents(void **state)
{
  static const char *const only_heading[] = {"# Nothing here"};
  static const char *const one[] = {"Just one sentence without a title."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  char *j;
  struct bc_summary *back = NULL;
  (void)state;
  build(f, NULL, only_heading, 1);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_int_equal(s->n_key_points, 0);
  assert_string_equal(s->tldr, "");
  assert_string_equal(s->title, "Nothing here");
  j = bc_summary_to_json(s);
  assert_int_equal(bc_summary_from_json(j, strlen(j), "s", &back, NULL), BC_OK);
  bc_summary_free(back);
  free(j);
  bc_summary_free(s);

  build(f, NULL, one, 1);
  f->doc.author = NULL;
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_SHORT);
  assert_int_equal(s->n_key_points, 1);
  assert_string_equal(s->title, "Untitled");
  assert_string_equal(s->tldr, "Just one sentence without a title.");
  assert_string_equal(s->narration[0].text, "This is a brief of Untitled.");
  assert_string_equal(s->source.author, "");
  bc_summary_free(s);

  /* A first sentence with no words to rank (a recipe's step number "1")
   * once passed a null array to qsort (UBSan abort on a real page). */
  {
    static const char *const numbered[] = {
        "1", "Roast the chicken in a hot oven until golden.", "2",
        "Cook the onions in oil until soft."};
    build(f, "Roast chicken", numbered, 4);
    s = run(f, BC_LENGTH_SHORT);
    assert_true(s->n_key_points >= 1);
    assert_sentences(f, s->tldr);
    bc_summary_free(s);
  }

  /* A page that repeats a paragraph (a widget, a pasted block) lists each
   * sentence once, even when the last pass runs short of distinct ones. */
  {
    static const char *const repeated[] = {
        "We met in Tokyo on July 20, 1969 at noon.",
        "We met in Tokyo on July 20, 1969 at noon.",
        "We met in Tokyo on July 20, 1969 at noon.",
        "We met in Tokyo on July 20, 1969 at noon."};
    size_t a, c;
    build(f, "Tokyo", repeated, 4);
    s = run(f, BC_LENGTH_LONG);
    for (a = 0; a < s->n_key_points; a++)
      for (c = a + 1; c < s->n_key_points; c++)
        assert_string_not_equal(s->key_points[a].text, s->key_points[c].text);
    bc_summary_free(s);
  }

  /* An essay's numbered notes ("[6] That's why...") are asides: no key
   * point or tl;dr opens with a footnote label. */
  {
    static const char *const notes[] = {
        "People get richer from starting companies now than they did before.",
        "Notes",
        "[ 6 ] That is why the people who did get rich in the mid 20th "
        "century so often got rich from oil exploration or real estate. "
        "Those were the two big areas of the economy that resisted it.",
        "[7] Starting companies is how the richest people got rich in the "
        "mid 20th century too, with oil exploration and real estate."};
    size_t a;
    build(f, "How People Get Rich Now", notes, 4);
    s = run(f, BC_LENGTH_LONG);
    assert_true(s->n_key_points >= 1);
    for (a = 0; a < s->n_key_points; a++) {
      assert_true(s->key_points[a].text[0] != '[');
      assert_null(strstr(s->key_points[a].text, "two big areas"));
    }
    assert_true(s->tldr[0] != '[');
    bc_summary_free(s);
  }

  free(f);
}

static void survives_every_allocation_failure(void **state)
{
  struct fx *f = malloc(sizeof *f);
  struct bc_provider *p = NULL;
  struct bc_provider_config cfg = BC_PROVIDER_CONFIG_INIT;
  struct bc_summarize_opts opts = BC_SUMMARIZE_OPTS_INIT;
  long n;
  int done = 0;
  (void)state;
  tuesday_fx(f);
  assert_int_equal(bc_provider_new(&cfg, &p, NULL), BC_OK);
  for (n = 1; n < 5000 && !done; n++) {
    struct bc_summary *s = NULL;
    struct bc_error err = BC_ERROR_INIT;
    bc_status rc;
    bc__alloc_fail_after(n);
    rc = bc_provider_summarize(p, &f->doc, &f->facts, &opts, &s, &err);
    bc__alloc_fail_after(0);
    if (rc == BC_OK) {
      done = 1;
      bc_summary_free(s);
    } else {
      assert_int_equal(rc, BC_ERR_NOMEM);
      assert_null(s);
      assert_non_null(strstr(err.msg, "out of memory"));
    }
  }
  assert_true(done);
  bc_provider_free(p);
  free(f);
}

static void registry_names_and_errors(void **state)
{
  const char *const *names = bc_provider_names();
  struct bc_provider_config cfg = BC_PROVIDER_CONFIG_INIT;
  struct bc_provider *p = NULL;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_usage u;
  size_t i;
  int local = 0;
  (void)state;
  for (i = 0; names[i]; i++) {
    /* every listed name reaches its own table: it is created, or refused
     * for a missing key, but never unknown */
    struct bc_error e2 = BC_ERROR_INIT;
    struct bc_provider *q = NULL;
    bc_status rc;
    local |= strcmp(names[i], "local") == 0;
    cfg.name = names[i];
    rc = bc_provider_new(&cfg, &q, &e2);
    if (rc == BC_OK)
      assert_string_equal(bc_provider_name(q), names[i]);
    else
      assert_null(strstr(e2.msg, "unknown provider"));
    bc_provider_free(q);
  }
  assert_true(local);
  cfg.name = "nosuch";
  assert_int_equal(bc_provider_new(&cfg, &p, &err), BC_ERR_USAGE);
  assert_null(p);
  assert_non_null(strstr(err.msg, "unknown provider 'nosuch'"));
  assert_non_null(strstr(err.msg, "local"));
  cfg.name = "local:anything";
  assert_int_equal(bc_provider_new(&cfg, &p, &err), BC_OK);
  assert_string_equal(bc_provider_name(p), "local");
  bc_provider_usage(p, &u);
  assert_int_equal(u.requests, 0);
  bc_provider_free(p);
  assert_int_equal(bc_provider_new(NULL, &p, &err), BC_OK);
  assert_string_equal(bc_provider_name(p), "local");
  bc_provider_free(p);
  bc_provider_free(NULL);
}

/* ---- the real chain: ingest, analyze, summarize every sample ----------- */

/* s is source sentences (as the fact sheet splits them) joined by spaces. */
static void assert_real_sentences(const struct bc_doc *d,
                                  const struct bc_facts *f, const char *s)
{
  while (*s) {
    size_t i, n = 0;
    /* the longest match: a heading can be the prefix of a sentence */
    for (i = 0; i < f->n_sentences; i++) {
      struct bc_span sp = f->sentences[i];
      size_t len;
      while (sp.start < sp.end && d->text[sp.start] == ' ')
        sp.start++;
      while (sp.end > sp.start &&
             (d->text[sp.end - 1] == ' ' || d->text[sp.end - 1] == '\n'))
        sp.end--;
      len = sp.end - sp.start;
      if (len > n && strncmp(s, d->text + sp.start, len) == 0 &&
          (s[len] == '\0' || s[len] == ' '))
        n = len;
    }
    if (!n)
      fail_msg("not a source sentence: '%s'", s);
    s += n;
    if (*s == ' ')
      s++;
  }
}

static void check_real(const struct bc_doc *d, const struct bc_facts *f,
                       const struct bc_summary *s)
{
  size_t i, j;
  for (i = 0; i < s->n_key_points; i++)
    for (j = 0; j < s->key_points[i].n_evidence; j++) {
      const struct bc_evidence *e = &s->key_points[i].evidence[j];
      assert_true(e->span.end <= d->text_len);
      assert_int_equal(strlen(e->quote), e->span.end - e->span.start);
      assert_memory_equal(d->text + e->span.start, e->quote, strlen(e->quote));
    }
  for (i = 0; i < s->n_timeline; i++) {
    const struct bc_timeline_entry *t = &s->timeline[i];
    assert_true(t->span.end <= d->text_len);
    assert_memory_equal(d->text + t->span.start, t->date, strlen(t->date));
    assert_non_null(strstr(d->text, t->event));
    if (i)
      assert_true(strcmp(s->timeline[i - 1].iso, t->iso) != 0);
  }
  for (i = 0; i < s->n_glossary; i++) {
    assert_memory_equal(d->text + s->glossary[i].span.start,
                        s->glossary[i].term, strlen(s->glossary[i].term));
    assert_non_null(strstr(d->text, s->glossary[i].definition));
  }
  for (i = 0; i < s->n_quotes; i++)
    assert_memory_equal(d->text + s->quotes[i].span.start, s->quotes[i].text,
                        strlen(s->quotes[i].text));
  for (i = 0; i < s->n_sections; i++)
    assert_real_sentences(d, f, s->sections[i].summary);
  for (i = 0; i < s->n_slides; i++)
    assert_true(s->slides[i].n_bullets <= 6);
  assert_real_sentences(d, f, s->tldr);
}

static void real_chain_on_every_sample(void **state)
{
  static const char *const samples[] = {"short-note.md", "dense-facts.md",
                                        "long-essay.md", "plain-note.txt"};
  struct bc_provider *p = NULL;
  size_t k;
  int len;
  (void)state;
  assert_int_equal(bc_provider_new(NULL, &p, NULL), BC_OK);
  for (k = 0; k < sizeof samples / sizeof samples[0]; k++) {
    char path[512];
    struct bc_doclist docs = BC_DOCLIST_INIT;
    struct bc_facts *facts = NULL;
    struct bc_error err = BC_ERROR_INIT;
    snprintf(path, sizeof path, "%s/samples/%s", BC_SOURCE_DIR, samples[k]);
    if (bc_ingest(path, NULL, &docs, &err))
      fail_msg("%s", err.msg);
    assert_int_equal(bc_facts_analyze(docs.docs[0], &facts, &err), BC_OK);
    for (len = 0; len < 3; len++) {
      struct bc_summarize_opts o = BC_SUMMARIZE_OPTS_INIT;
      struct bc_summary *a = NULL, *b = NULL, *back = NULL;
      char *ja, *jb;
      o.length = (enum bc_length)len;
      assert_int_equal(
          bc_provider_summarize(p, docs.docs[0], facts, &o, &a, &err), BC_OK);
      assert_int_equal(
          bc_provider_summarize(p, docs.docs[0], facts, &o, &b, &err), BC_OK);
      assert_true(a->n_key_points >= 1);
      check_real(docs.docs[0], facts, a);
      ja = bc_summary_to_json(a);
      jb = bc_summary_to_json(b);
      assert_string_equal(ja, jb);
      assert_int_equal(bc_summary_from_json(ja, strlen(ja), path, &back, &err),
                       BC_OK);
      bc_summary_free(back);
      free(ja);
      free(jb);
      bc_summary_free(a);
      bc_summary_free(b);
    }
    bc_facts_free(facts);
    bc_doclist_release(&docs);
  }
  bc_provider_free(p);
}

/* A news story without a title of its own (the ingest stage took the
 * opening words of its first sentence): the brief's title is a headline of
 * whole clauses, never those cut words; unattributed quotations and the
 * sentences of a quote that runs on are no key points; there is no slide
 * that only repeats the tl;dr; a day written without its year is in the
 * timeline without one, a model year is not. */
static void untitled_news_story(void **state)
{
  static const char *const spec[] = {
      "But the study says there is no clear evidence of better results for "
      "pupils who use tablets in class, although schools keep buying them. "
      "The study, commissioned by the charity Tablets for Schools, looked at "
      "671 state and independent schools across the country. \"It will "
      "almost seem ridiculous if some of them are not using technology. "
      "We all know that pupils love them.\" Many pupils took a device to bed "
      "to keep chatting with friends late at night. The number of tablets in "
      "schools is expected to double before the next election. The report "
      "was published on 28 March by the charity and its partners. The "
      "charity tested the 2020 Apple iPad Pro in nine of the schools last "
      "term. Head teachers said the devices helped to motivate pupils who "
      "were otherwise hard to reach. Parents were less sure and asked for "
      "limits on screen time at home and at school.",
  };
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, j;
  int march = 0;
  (void)state;
  build(f,
        "But the study says there is no clear evidence of better results "
        "for pupils who use",
        spec, 1);
  f->doc.date = NULL;
  add_quote(f,
            "It will almost seem ridiculous if some of them are not using "
            "technology. We all know that pupils love them.",
            NULL);
  add_date(f, "28 March", 0, BC_DATE_PARTIAL, "--03-28");
  add_date(f, "2020", 0, BC_DATE_YEAR, "2020");
  s = run(f, BC_LENGTH_MEDIUM);
  assert_string_equal(s->title, "The study says there is no clear evidence of "
                                "better results for pupils who use tablets in "
                                "class");
  assert_string_equal(s->source.title, s->title);
  for (i = 0; i < s->n_key_points; i++) {
    assert_null(strstr(s->key_points[i].text, "ridiculous"));
    assert_null(strstr(s->key_points[i].text, "pupils love them"));
  }
  /* no overview slide: the deck's title slide holds the tl;dr */
  assert_true(s->n_slides >= 1);
  assert_string_equal(s->slides[0].title, "Key points");
  for (i = 0; i < s->n_slides; i++)
    for (j = 0; j < s->slides[i].n_bullets; j++)
      assert_true(s->slides[i].n_bullets > 1 ||
                  strcmp(s->slides[i].bullets[j], s->tldr) != 0);
  for (i = 0; i < s->n_timeline; i++) {
    assert_null(strstr(s->timeline[i].iso, "2020"));
    if (!strcmp(s->timeline[i].date, "28 March")) {
      march = 1;
      assert_string_equal(s->timeline[i].iso, "XXXX-03-28");
    }
  }
  assert_true(march);
  bc_summary_free(s);
  free(f);
}

/* The title of an untitled story is a statement of its own: never a
 * sentence whose demonstrative subject points back past an opening phrase
 * ("For many families ..., this is a problem"), one after an opening
 * adverb ("Increasingly it is"), one that adds to what came before ("can
 * also"), one that holds a quotation, nor, while a plain statement is
 * there, what someone said. */
static void untitled_story_title_states_the_news(void **state)
{
  static const char *const spec[] = {
      "For many families with disabled children, this is a problem they "
      "face every time they leave the house. "
      "Increasingly it is being raised by parents, teachers and carers in "
      "towns across the country. "
      "Council officer Ann Jones said the accessible toilet plan for the "
      "city centre was approved by the council on Tuesday. "
      "Mike Smith of the charity says \"a quarter of a million people need "
      "an accessible toilet\" in the city. "
      "The council can also fund new accessible toilets in larger shopping "
      "centres from next year. "
      "The city council approved a plan to build twenty new accessible "
      "toilets in the city centre. "
      "Parents of disabled children have asked the council for accessible "
      "toilets with a hoist and a bench for many years. "
      "The twenty accessible toilets will be built in the city centre by "
      "the end of next year, the council said.",
  };
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f,
        "For many families with disabled children, this is a problem they "
        "face every time they leave the house",
        spec, 1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->title, "this is"));
  assert_null(strstr(s->title, "Increasingly"));
  assert_null(strstr(s->title, " also "));
  assert_null(strstr(s->title, "Smith"));
  assert_null(strstr(s->title, " said "));
  assert_non_null(strstr(s->title, "council"));
  assert_null(strstr(s->tldr, "this is a problem"));
  bc_summary_free(s);
  free(f);
}

/* A story cut below its lead opens with sentences that point back ("the
 * move was condemned", "this is a loss"): the title is the sentence that
 * says who did what, whose words stand alone; "this week" is a date and
 * points at nothing. */
static void untitled_story_title_points_at_nothing_before(void **state)
{
  static const char *const back[] = {
      "Traders in Ashby said the move was condemned by the whole town "
      "after the plant closed. "
      "For the families of the workers, this is a loss that will be felt "
      "for years to come in the town. "
      "Ashby town council voted to buy the old paper mill site for a new "
      "housing estate on Monday. "
      "The council will pay four million pounds for the site. "
      "Work on the first homes will start next spring. "
      "The mill closed in 2015 after a fall in orders."};
  static const char *const week[] = {
      "Police closed the Tay road bridge this week after strong winds "
      "blew two lorries over on Monday. "
      "Drivers faced diversions of up to forty miles around the estuary. "
      "The bridge carries about thirty thousand vehicles a day. "
      "Engineers will inspect the deck before it reopens to traffic. "
      "Gusts of more than eighty miles an hour were recorded on the "
      "coast."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Traders in Ashby said the move was condemned by the whole town",
        back, 1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->title, "the move"));
  assert_null(strstr(s->title, "this is"));
  assert_non_null(strstr(s->title, "council voted to buy the old paper mill"));
  bc_summary_free(s);
  build(f, "Police closed the Tay road bridge this week after strong winds",
        week, 1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_non_null(strstr(s->title, "Police closed the Tay road bridge"));
  bc_summary_free(s);
  free(f);
}

/* A story whose lead was cut off opens with background ("The comedy is
 * the follow up to ..."): the title reports what happened to the subject
 * the story keeps naming, and the tl;dr says what the title says. */
static void untitled_story_titled_by_its_subject(void **state)
{
  static const char *const spec[] = {
      "The comedy is the follow up to director Ann Hale's prize-winning "
      "film Low Tide about a family of fishermen. "
      "The audience award, voted for by the public, has often gone to "
      "films that later win at the national awards. "
      "Blue Harbour has won the audience award at the Leeds festival after "
      "a week of sold-out screenings. "
      "Blue Harbour, set for release in May, stars Tom Reed as a ferry "
      "captain who loses his boat in a storm. "
      "Hale wrote the script ten years ago but could not find a studio "
      "until Low Tide did well with critics. "
      "Critics at the festival called Blue Harbour the warmest film of the "
      "year and praised its cast. "
      "The jury prize went to a documentary about coal miners in the north "
      "of the country. "
      "Blue Harbour will open the autumn season of the national film "
      "theatre in London."};
  static const char *const there[] = {
      "There were long queues at the festival box office for the family "
      "screenings of the new films.",
      "Blue Harbour has won the audience award at the Leeds festival after "
      "a week of sold-out screenings.",
      "Blue Harbour will open the autumn season of the national film "
      "theatre in London."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f,
        "The comedy is the follow up to director Ann Hale's prize-winning "
        "film Low Tide about a family of fishermen",
        spec, 1);
  f->doc.date = NULL;
  add_name(f, "Ann Hale", BC_NAME_PERSON);
  add_name(f, "Low Tide", BC_NAME_OTHER);
  add_name(f, "Blue Harbour", BC_NAME_OTHER);
  add_name(f, "Tom Reed", BC_NAME_PERSON);
  add_name(f, "Leeds", BC_NAME_PLACE);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->title, "follow up"));
  assert_non_null(strstr(s->title, "Blue Harbour"));
  /* the tl;dr opens with the sentence the title was made of */
  assert_memory_equal(s->tldr, s->title, strlen(s->title));
  bc_summary_free(s);
  /* nor is what exists ("There were ...") the news */
  build(f, "There were long queues at the festival box office for the", there,
        3);
  f->doc.date = NULL;
  add_name(f, "Blue Harbour", BC_NAME_OTHER);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->title, "There were"));
  bc_summary_free(s);
  free(f);
}

/* A court story cut below its lead: who did it is named once, then
 * called "the mother-of-two" and "she".  The brief says her name where
 * the text says "she", and the outcome (the fine) is among the points. */
static void untitled_story_names_its_referents(void **state)
{
  static const char *const spec[] = {
      "Cyclist Mark Dunn, 52, was hurt in a collision on the ring road in "
      "Newbury on a Tuesday morning in spring. "
      "Jane Porter, 41, of Reading, drove through a red light at the "
      "junction while talking on her phone. "
      "The mother-of-two admitted careless driving at Reading Magistrates' "
      "Court. "
      "She was fined £800 and banned from driving for a year. "
      "Prosecutor Tom Hall told the court that Mark Dunn had spent three "
      "weeks in hospital. "
      "Mark Dunn said he hoped never to ride on that road again."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, fined = 0;
  (void)state;
  build(f, "Cyclist Mark Dunn, 52, was hurt in a collision on the ring road",
        spec, 1);
  f->doc.date = NULL;
  add_name(f, "Mark Dunn", BC_NAME_OTHER);
  add_name(f, "Newbury", BC_NAME_OTHER);
  add_name(f, "Jane Porter", BC_NAME_OTHER);
  add_name(f, "Reading", BC_NAME_OTHER);
  add_name(f, "Reading Magistrates", BC_NAME_OTHER);
  add_name(f, "Tom Hall", BC_NAME_OTHER);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_int_not_equal(strncmp(s->title, "The mother-of-two", 17), 0);
  assert_int_not_equal(strncmp(s->title, "She ", 4), 0);
  assert_int_not_equal(strncmp(s->tldr, "She ", 4), 0);
  assert_int_not_equal(strncmp(s->tldr, "The mother-of-two", 17), 0);
  for (i = 0; i < s->n_key_points; i++) {
    const char *t = s->key_points[i].text;
    assert_int_not_equal(strncmp(t, "The mother-of-two", 17), 0);
    assert_int_not_equal(strncmp(t, "She ", 4), 0);
    fined += strstr(t, "Jane Porter was fined") != NULL;
  }
  assert_int_equal(fined, 1);
  bc_summary_free(s);
  free(f);
}

/* "The 52-year-old" after a sentence naming only the driver is the
 * cyclist the text gave that age: no brief puts the driver's name on
 * what happened to him. */
static void referent_age_names_nobody_else(void **state)
{
  static const char *const spec[] = {
      "Cyclist Mark Dunn, 52, was hurt in a collision on the ring road in "
      "Newbury on a Tuesday morning in spring. "
      "Jane Porter, 41, of Reading, drove through a red light at the "
      "junction while talking on her phone. "
      "The 52-year-old spent three weeks in hospital with a broken hip. "
      "Jane Porter was fined £800 and banned from driving for a year at "
      "Reading Magistrates' Court. "
      "Prosecutor Tom Hall told the court the junction had been busy."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Cyclist Mark Dunn, 52, was hurt in a collision on the ring road",
        spec, 1);
  f->doc.date = NULL;
  add_name(f, "Mark Dunn", BC_NAME_OTHER);
  add_name(f, "Newbury", BC_NAME_OTHER);
  add_name(f, "Jane Porter", BC_NAME_OTHER);
  add_name(f, "Reading", BC_NAME_OTHER);
  add_name(f, "Tom Hall", BC_NAME_OTHER);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->title, "Jane Porter spent"));
  assert_null(strstr(s->tldr, "Jane Porter spent"));
  for (i = 0; i < s->n_key_points; i++)
    assert_null(strstr(s->key_points[i].text, "Jane Porter spent"));
  bc_summary_free(s);
  free(f);
}

/* A story cut below its lead opens on "The 31-year-old", whom no
 * sentence before names, and ends on a quotation that names nobody: no
 * title says the one, no key point the other. */
static void points_need_a_speaker_and_a_name(void **state)
{
  static const char *const spec[] = {
      "The 31-year-old finished third in the final of the sprint at the "
      "indoor games in Ghent on Friday evening. "
      "Olivia Marsh of Denmark won the race by a tenth of a second from "
      "the home rider Lotte Maes. "
      "The British team finished fourth in the team race on the same night "
      "after a crash in the heats. "
      "Coach Peter Lund said the team had ridden well despite the crash. "
      "The games continue on Saturday with the longer road races in the "
      "city centre. "
      "\"I never felt strong on the bike tonight and I could not find the "
      "speed at the end of the race.\""};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "The 31-year-old finished third in the final of the sprint", spec,
        1);
  f->doc.date = NULL;
  add_name(f, "Olivia Marsh", BC_NAME_PERSON);
  add_name(f, "Lotte Maes", BC_NAME_PERSON);
  add_name(f, "Peter Lund", BC_NAME_PERSON);
  add_name(f, "Ghent", BC_NAME_PLACE);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(s->n_key_points >= 2);
  for (i = 0; i < s->n_key_points; i++) {
    assert_null(strstr(s->key_points[i].text, "I never felt strong"));
  }
  assert_null(strstr(s->title, "The 31-year-old"));
  bc_summary_free(s);
  free(f);
}

/* A headline is no name, age and bare verb ("Tom Reed, 64, died") left
 * when the clause of how was cut, nor a record's id. */
static void untitled_story_headline_is_no_stub_or_id(void **state)
{
  static const char *const spec[] = {
      "Retired nurse Tom Reed, 64, died following the fall on the ridge at "
      "Kesby on Sunday. "
      "Rescue teams searched the ridge for six hours before they found "
      "him. "
      "The mountain rescue service asked walkers to check the forecast "
      "before they set out on the fells. "
      "Tom Reed had walked the hills above the lake for forty years."};
  static const char *const ids[] = {
      "REC20250311.0042.17 NEWS STORY Floods closed the coast road between "
      "Arby and Kesby for a day. "
      "Crews cleared the mud from the road on Tuesday morning. "
      "The council will inspect the sea wall next week."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t n;
  (void)state;
  build(f, "Retired nurse Tom Reed, 64, died following the fall on the", spec,
        1);
  f->doc.date = NULL;
  add_name(f, "Tom Reed", BC_NAME_PERSON);
  add_name(f, "Kesby", BC_NAME_PLACE);
  s = run(f, BC_LENGTH_MEDIUM);
  n = strlen(s->title);
  assert_false(n >= 5 && !strcmp(s->title + n - 5, " died"));
  bc_summary_free(s);
  build(f, "REC20250311.0042.17 NEWS STORY Floods closed the coast road", ids,
        1);
  f->doc.date = NULL;
  add_name(f, "Kesby", BC_NAME_PLACE);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->title, "REC2025"));
  bc_summary_free(s);
  free(f);
}

/* A story that opens on a disaster of years before ("In 2011 ...") is
 * titled by what happened now, not by its background. */
/* A medium summary of the one paragraph spec[0], a story with no title
 * of its own (the ingest stage titled it by its opening words) and no
 * date, that names the place place and the person person (NULL: none). */
static struct bc_summary *run_untitled(struct fx *f, const char *opening,
                                       const char *const *spec,
                                       const char *place, const char *person)
{
  build(f, opening, spec, 1);
  f->doc.date = NULL;
  add_name(f, place, BC_NAME_PLACE);
  if (person)
    add_name(f, person, BC_NAME_PERSON);
  return run(f, BC_LENGTH_MEDIUM);
}

/* A news story without a headline whose lead says why ("... after cracks
 * were found in its roof"): the title made of the lead keeps the reason,
 * since "The council closed the pool on Monday" alone is not the news. */
static void untitled_story_title_keeps_why(void **state)
{
  static const char *const spec[] = {
      "Marsby council closed the Riverside swimming pool on Monday after "
      "engineers found deep cracks in the roof of its main hall. "
      "Swimming clubs that train at the pool will move to the leisure centre "
      "in Elham for the rest of the season. "
      "The pool opened in 1974 and was last repaired eight years ago. "
      "Council leader Ann Hale said the safety of swimmers came first. "
      "A report on the cost of repairs will go to councillors next month."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  s = run_untitled(f,
                   "Marsby council closed the Riverside swimming pool on "
                   "Monday after engineers found deep cracks in the roof",
                   spec, "Marsby", "Ann Hale");
  assert_non_null(strstr(s->title, "closed the Riverside swimming pool"));
  assert_non_null(strstr(s->title, "after engineers found deep cracks"));
  assert_memory_equal(s->tldr, s->title, strlen(s->title));
  bc_summary_free(s);
  free(f);
}

/* A reference page titled by its subject's name alone ("Marla") that
 * opens with a quote about her and then says who she is: the title stays
 * the name, and the tl;dr is the sentence that says what she is, not a
 * later "Marla is at the market" or her daily routine. */
static void one_word_title_kept_and_defined(void **state)
{
  static const char *const spec[] = {
      "\"Marla bakes bread before dawn and sells it warm to anyone who "
      "passes her door.\"",
      "Marla is a baker who lives in the village of Elm Hollow. She is one "
      "of ten villagers the player can befriend.",
      "## Schedule",
      "Marla can usually be found at her bakery kneading dough or sweeping "
      "the floor of the shop. On Mondays and Fridays she walks along the "
      "lake to the market and sells bread to the fishermen there.",
      "Marla is at the market when it rains, selling rolls under the big "
      "striped awning near the well.",
      "## Gifts",
      "Marla loves honey cakes and fresh flowers from the meadow, and she "
      "dislikes anything made of clay or stone."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Marla", spec, sizeof spec / sizeof spec[0]);
  add_name(f, "Marla", BC_NAME_PERSON);
  add_name(f, "Elm Hollow", BC_NAME_PLACE);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_string_equal(s->title, "Marla");
  assert_int_equal(strncmp(s->tldr, "Marla is a baker", 16), 0);
  bc_summary_free(s);
  free(f);
}

/* A tips post whose first tip opens with the reader's search ("If
 * you're looking for small garden ideas ...", in the title's words): the
 * tl;dr is the post's own statement of what it offers, not that hook. */
static void tldr_not_a_reader_hook(void **state)
{
  static const char *const spec[] = {
      "Use these ideas to grow food in a small space. With a few pots and a "
      "sunny wall you can pick salad all summer.",
      "## Hang planters on the wall",
      "If you're looking for small garden ideas for a tiny balcony, there "
      "are lots of planters that you can hang on an empty wall to grow herbs "
      "and salad leaves.",
      "## Grow upwards",
      "Beans and peas climb a string or a trellis and take up almost no "
      "floor space on a balcony.",
      "## Pick the right pots",
      "Deep pots hold water longer, so small garden plants need less "
      "watering in the hot weeks of summer."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Small Garden Ideas For A Tiny Balcony", spec,
        sizeof spec / sizeof spec[0]);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_int_not_equal(strncmp(s->tldr, "If you're looking", 17), 0);
  assert_int_equal(strncmp(s->tldr, "Use these ideas to grow food", 28), 0);
  bc_summary_free(s);
  free(f);
}

static void untitled_story_not_titled_by_its_background(void **state)
{
  static const char *const spec[] = {
      "In 2011 more than forty homes were destroyed by a flood in the town "
      "of Marsby. "
      "Heavy rain on Sunday night flooded the main street of Marsby and "
      "closed its bridge. "
      "Families from twelve houses near the river spent the night in the "
      "school hall. "
      "The council opened a centre for people whose homes were damaged by "
      "the water. "
      "Engineers will inspect the bridge before it opens to traffic again."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  s = run_untitled(f, "In 2011 more than forty homes were destroyed by a flood",
                   spec, "Marsby", NULL);
  assert_null(strstr(s->title, "2011"));
  assert_int_not_equal(strncmp(s->tldr, "In 2011", 7), 0);
  bc_summary_free(s);
  free(f);
}

/* A story without a headline tells its news first: a detail from its
 * last part ("Of the Marsby players, only ...") is no title, however
 * often it names the story's subject. */
static void untitled_story_not_titled_by_a_late_detail(void **state)
{
  static const char *const spec[] = {
      "Media playback is not supported on this device. "
      "The hosts won with a day to spare at Park Road to level the series. "
      "Marsby made 420 declared to set up their second biggest win over "
      "Elham in terms of runs. "
      "Tom Reed was named man of the match after scoring 154 in the first "
      "innings and 71 in the second. "
      "Reed also took four catches as Elham were bowled out for 234 on "
      "Monday. "
      "\"It is great to see him playing with that responsibility,\" said "
      "captain Sam Holt. "
      "Elham batted for only 63 overs in the first innings on a slow "
      "pitch. "
      "Elham players have passed fifty only twice in the series so far. "
      "Elham captain Ben Ward passed fifty in the series for the first "
      "time. "
      "Ali Shah is the other of the Elham players to pass fifty in the "
      "series. "
      "Elham players will play a tour game at New Road before the third "
      "match of the series. "
      "Of the Elham players, only captain Ben Ward and Ali Shah have passed "
      "fifty in the series. "
      "The Elham players will train at Park Road before the third match of "
      "the series, their coach said."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  s = run_untitled(f, "Media playback is not supported on this device", spec,
                   "Elham", "Tom Reed");
  /* the title is one of the story's opening sentences */
  assert_true(strstr(f->text, s->title) &&
              strstr(f->text, s->title) < strstr(f->text, "Elham batted"));
  bc_summary_free(s);
  free(f);
}

/* A headline made of a long sentence leaves out an aside between commas
 * (", accompanied by ...,") and a closing phrase of place or purpose, but
 * never the phrase a verb needs ("was at a party" stays whole or goes). */
static void headline_leaves_out_asides_and_closing_phrases(void **state)
{
  static const char *const spec[] = {
      "The mayor, accompanied by the chief of the fire brigade, opened the "
      "new fire station on Mill Road in the first of a series of events to "
      "mark the town's anniversary. "
      "The station cost more than the council had planned when the work "
      "began two years before the opening. "
      "Firefighters will move in from the old station on the high street "
      "over the coming weeks."};
  static const char *const party[] = {
      "The boy named as Tom Green, from Leeds, was at a party in the old "
      "mill on Saturday evening with friends from his school. "
      "He left at ten. They said nothing more about it."};
  static const char *const show[] = {
      "Many people in the film industry thought the young actors would "
      "struggle to find roles once their time on the show was up.",
      "He left at ten. They said nothing more about it."};
  static const char *const landlords[] = {
      "Landlords who rent their rooms to more than three tenants will need "
      "to apply for a licence from the council in the city.",
      "He left at ten. They said nothing more about it."};
  static const char *const bridge[] = {
      "The engineers found the old bridge \"far too weak\" for lorries and "
      "closed it to traffic in the centre of the old town on the river.",
      "He left at ten. They said nothing more about it."};
  static const char *const song[] = {
      "The singer wrote the famous song in a small flat in the old town "
      "with the chorus that starts as \"Bye bye, my love.\"",
      "He left at ten. They said nothing more about it."};
  size_t i, quotes;
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f,
        "The mayor, accompanied by the chief of the fire brigade, opened the "
        "new fire station",
        spec, 1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_string_equal(s->title, "The mayor opened the new fire station on "
                                "Mill Road");
  bc_summary_free(s);
  build(f, "The boy named as Tom Green, from Leeds, was at a party", party, 1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_non_null(strstr(s->title, " was at a party"));
  bc_summary_free(s);
  build(f, "Many people in the film industry thought the young actors would",
        show, 2);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(!strstr(s->title, "their time") || strstr(s->title, "was up"));
  bc_summary_free(s);
  /* an infinitive keeps the phrase it needs ("to apply for a licence") */
  build(f, "Landlords who rent their rooms to more than three tenants will",
        landlords, 2);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_non_null(strstr(s->title, "to apply for a licence"));
  bc_summary_free(s);
  /* a quotation before the closing phrase leaves it free to go */
  build(f, "The engineers found the old bridge \"far too weak\" for", bridge,
        2);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->title, "old town"));
  assert_non_null(strstr(s->title, "closed it to traffic"));
  bc_summary_free(s);
  build(f, "The singer wrote the famous song in a small flat in the old", song,
        2);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  for (i = 0, quotes = 0; s->title[i]; i++)
    quotes += s->title[i] == '"';
  assert_int_equal(quotes % 2, 0);
  bc_summary_free(s);
  free(f);
}

/* A how-to page: the tl;dr is the sentence that says what the title's
 * subject is, not a step that names it often; a slogan ending in "!" is
 * no tl;dr either. */
static void tldr_defines_the_title(void **state)
{
  static const char *const spec[] = {
      "# Lemon rice (chitranna)",
      "Our kitchen loves lemon rice and lemon rice loves our kitchen!",
      "Add the cooked lemon rice to the pan and stir the lemon rice well "
      "so that the lemon rice takes the colour of the turmeric in the pan.",
      "Lemon rice is a quick dish made with cooked rice, lemon juice, "
      "peanuts and curry leaves. Below you can read the method with photos.",
      "Heat the oil and fry the peanuts until golden, then add the curry "
      "leaves and the mustard seeds.",
      "Add the cooked lemon rice to the pan and stir the lemon rice well "
      "so the lemon rice takes the colour of the turmeric.",
      "Squeeze the lemon over the rice at the end, as heat makes lemon "
      "juice bitter.",
      "Serve the rice warm or at room temperature with yogurt or a "
      "pickle."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Lemon rice (chitranna)", spec, 8);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_string_equal(s->tldr, "Lemon rice is a quick dish made with cooked "
                               "rice, lemon juice, peanuts and curry leaves.");
  bc_summary_free(s);
  free(f);
}

/* A tour listing's days without a year ("June 14 -- Arena, York") lie in
 * the year the text gave its first date ("June 9, 2020"), or the next
 * when the months wrap, so they sort after it, not among last year's
 * news; they still show no year.  A day inside a sentence keeps the
 * analyzer's value. */
static void timeline_listing_takes_the_tours_year(void **state)
{
  static const char *const spec[] = {
      "The band announced the tour on stage in Bath on Nov. 18 after "
      "a short set of old songs.",
      "The tour of thirty cities starts on June 9, 2020 in Leeds with a "
      "show at the arena.",
      "June 14 -- City Arena on Station Road, York",
      "January 8 -- Music Hall on the Old Quay, Hull",
      "Tickets for every show go on sale at the box offices next month."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  struct bc_date_fact *d;
  size_t i, york = SIZE_MAX, hull = SIZE_MAX, bath = SIZE_MAX, leeds = SIZE_MAX;
  (void)state;
  build(f, "The band sets a tour", spec, 5);
  f->doc.date = "2019-11-19";
  add_date(f, "Nov. 18", 0, BC_DATE_DAY, "2019-11-18");
  f->dates[f->facts.n_dates - 1].guessed = 1;
  add_date(f, "June 9, 2020", 0, BC_DATE_DAY, "2020-06-09");
  add_date(f, "June 14", 0, BC_DATE_DAY, "2019-06-14");
  f->dates[f->facts.n_dates - 1].guessed = 1;
  d = &f->dates[f->facts.n_dates];
  add_date(f, "January 8", 0, BC_DATE_DAY, "2019-01-08");
  d->guessed = 1;
  s = run(f, BC_LENGTH_LONG);
  for (i = 0; i < s->n_timeline; i++) {
    if (!strcmp(s->timeline[i].date, "June 14"))
      york = i;
    else if (!strcmp(s->timeline[i].date, "January 8"))
      hull = i;
    else if (!strcmp(s->timeline[i].date, "Nov. 18"))
      bath = i;
    else if (!strcmp(s->timeline[i].date, "June 9, 2020"))
      leeds = i;
  }
  assert_true(bath < leeds && leeds < york && york < hull &&
              hull < s->n_timeline);
  assert_string_equal(s->timeline[york].iso, "XXXX-06-14");
  assert_string_equal(s->timeline[hull].iso, "XXXX-01-08");
  bc_summary_free(s);
  free(f);
}

/* A date the event is measured from ("its first cup since 1998", "a
 * streak dating to 2007") and a relative day inside a quotation ("we
 * needed to win today", the speaker's day) are no timeline entries; a
 * year that dates its own event is. */
static void timeline_skips_reference_points(void **state)
{
  static const char *const spec[] = {
      "The club won its first cup since 1998 in a tense final at the "
      "national stadium.",
      "The losing streak dating to 2007 ended with a win at home against "
      "the old rivals.",
      "\"We needed to win this game today,\" the coach said after the "
      "final whistle.",
      "The new stand was built in 2011 after three years of planning by "
      "the club."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  struct bc_date_fact *d;
  size_t i;
  int built = 0;
  (void)state;
  build(f, "The club wins the cup", spec, 4);
  f->doc.date = "2019-11-19";
  add_date(f, "1998", 0, BC_DATE_YEAR, "1998");
  add_date(f, "2007", 0, BC_DATE_YEAR, "2007");
  d = &f->dates[f->facts.n_dates];
  add_date(f, "today", 0, BC_DATE_DAY, "2019-11-19");
  d->relative = 1;
  add_date(f, "2011", 0, BC_DATE_YEAR, "2011");
  add_quote(f, "We needed to win this game today,", "the coach");
  s = run(f, BC_LENGTH_LONG);
  for (i = 0; i < s->n_timeline; i++) {
    assert_string_not_equal(s->timeline[i].date, "1998");
    assert_string_not_equal(s->timeline[i].date, "2007");
    assert_string_not_equal(s->timeline[i].date, "today");
    built |= !strcmp(s->timeline[i].date, "2011");
  }
  assert_true(built);
  bc_summary_free(s);
  free(f);
}

/* A sentence whose definite subject is said to do something "also" ("The
 * host club was also fined") adds to the sentence before: no key point. */
static void key_points_skip_also_after_a_definite_subject(void **state)
{
  static const char *const spec[] = {
      "The league fined the two clubs after a brawl at the end of the "
      "derby in the city on Sunday.",
      "The host club was also fined for letting fans onto the pitch after "
      "the final whistle of the derby.",
      "Both managers said the players had let down the fans who had "
      "travelled to the game.",
      "The league said the fines would go to youth football in the region "
      "over the next two seasons.",
      "Police made three arrests outside the ground after the game and "
      "said more would follow.",
      "The clubs have fourteen days to appeal against the fines to an "
      "independent panel of the league.",
      "Fans of both clubs said the brawl had spoilt a good game of "
      "football for their families."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "League fines clubs after derby brawl", spec, 7);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(s->n_key_points >= 2);
  for (i = 0; i < s->n_key_points; i++)
    assert_null(strstr(s->key_points[i].text, "was also fined"));
  assert_null(strstr(s->tldr, "was also fined"));
  bc_summary_free(s);
  free(f);
}

/* A dateline ("LEEDS, Yorks. — ", or its dash alone) is where the story
 * was filed: the tl;dr and the key points leave it out. */
static void dateline_left_out(void **state)
{
  static const char *const spec[] = {
      "LEEDS, Yorks. \xe2\x80\x94 The council closed the old bridge over "
      "the river to all traffic on Monday after engineers found cracks.",
      "\xe2\x80\x94 Drivers were sent on a long detour through the town "
      "centre while the bridge stays shut.",
      "The council said a new bridge would take at least two years to "
      "design and build.",
      "Shops near the bridge said trade had fallen by half since the "
      "closure began."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Council closes old bridge", spec, 4);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_string_equal(s->tldr, "The council closed the old bridge over the "
                               "river to all traffic on Monday after "
                               "engineers found cracks.");
  for (i = 0; i < s->n_key_points; i++) {
    assert_null(strstr(s->key_points[i].text, "LEEDS"));
    assert_true(strncmp(s->key_points[i].text, "\xe2\x80\x94", 3) != 0);
  }
  bc_summary_free(s);
  free(f);
}

/* A headline leaves out an address after an age whole (", 48, of Mill
 * Lane, Selby," -> ", 48,"), never leaving "48 Selby"; a line that only
 * says who spoke ("Reed told BBC Radio York.") is no key point. */
static void headline_drops_addresses_whole(void **state)
{
  static const char *const spec[] = {
      "A farm worker died after Tom Reed, 48, of Mill Lane, Selby, reversed "
      "a tractor into him at a farm near York in May. "
      "Reed had drunk heavily the night before and was still over the limit "
      "when he drove the tractor that morning. "
      "Reed told BBC Radio York. "
      "The court heard that the farm had no rules for drivers who had been "
      "drinking, and that no one checked on them. "
      "Reed was jailed for two years and banned from driving for four years "
      "by the judge at York Crown Court. "
      "The family of the worker said they hoped farms would now test their "
      "drivers before they start work each day."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "A farm worker died after Tom Reed, 48, of Mill Lane, Selby,", spec,
        1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->title, "48 Selby"));
  if (strstr(s->title, "Tom Reed"))
    assert_non_null(strstr(s->title, "Tom Reed, 48, reversed"));
  for (i = 0; i < s->n_key_points; i++)
    assert_string_not_equal(s->key_points[i].text, "Reed told BBC Radio York.");
  bc_summary_free(s);
  free(f);
}

/* A lone section whose bullets are all key points gets no slide of its
 * own (the key points slide says it); "All of this ..." points back, and a
 * call to follow the publisher is no point. */
static void lone_section_and_promos(void **state)
{
  static const char *const spec[] = {
      "# Robot nurse", "## First trial of a robot that draws blood",
      "A robot drew blood from volunteers as well as nurses did in the first "
      "trial of the machine at a New Jersey hospital. "
      "The machine finds a vein with ultrasound and guides the needle into "
      "it without help from a nurse. "
      "All of this comes at a price that most small clinics could pay within "
      "a year of buying the machine. "
      "Hospitals draw blood more than a billion times a year, and one try in "
      "four fails on patients with hard veins. "
      "The team wants to test the robot on children and older patients in "
      "larger trials next year. "
      "Follow the university on Twitter @RobotLab and on Facebook for news "
      "of the next trial."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Robot nurse", spec, 3);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(s->n_key_points >= 2);
  for (i = 0; i < s->n_key_points; i++) {
    assert_null(strstr(s->key_points[i].text, "All of this"));
    assert_null(strstr(s->key_points[i].text, "Twitter"));
  }
  for (i = 0; i < s->n_slides; i++)
    assert_string_not_equal(s->slides[i].title,
                            "First trial of a robot that draws blood");
  bc_summary_free(s);
  free(f);
}

/* A call to sign up or a newsletter's promotion is never the tl;dr nor a
 * point, and no key point repeats the tl;dr's sentence. */
static void promos_and_tldr_repeats(void **state)
{
  static const char *const spec[] = {
      "# Ferry fares",
      "Start your day with the Morning Tide powered by The Harbour Post and "
      "its daily ferry fares digest.",
      "The harbour board has cut ferry fares for island residents by a "
      "third from the first of May. "
      "Residents had asked for cheaper ferry fares for years after the "
      "crossing doubled in price. "
      "The board said ferry fares for visitors would stay the same through "
      "the summer season. "
      "Operators expect more island residents to travel on the morning "
      "ferry once fares drop. "
      "Sign up for The Harbour Post newsletter today to get ferry fares news "
      "in your inbox."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Ferry fares", spec, 3);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->tldr, "Start your day"));
  assert_null(strstr(s->tldr, "Sign up"));
  assert_true(s->n_key_points >= 2);
  for (i = 0; i < s->n_key_points; i++) {
    assert_null(strstr(s->key_points[i].text, "Start your day"));
    assert_null(strstr(s->key_points[i].text, "Sign up"));
    assert_null(strstr(s->tldr, s->key_points[i].text));
  }
  bc_summary_free(s);
  free(f);
}

/* A point opening with "It" leans on the sentence before it: the key
 * points take the sentences that name their subject while there are any. */
static void points_pass_over_it_openers(void **state)
{
  static const char *const spec[] = {
      "# Canal bridge",
      "The city opened a new footbridge over the canal near the station on "
      "Monday morning. "
      "It carries cyclists and walkers over the canal to the station in two "
      "minutes. "
      "The footbridge cost the city four million pounds and took two years "
      "to build. "
      "Cyclists had asked the city for a crossing near the station for a "
      "decade. "
      "The council expects three thousand people to cross the canal each "
      "day by summer. "
      "Shops by the station hope the footbridge brings more walkers past "
      "their doors. "
      "Engineers will inspect the footbridge again after its first winter "
      "on the canal."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Canal bridge", spec, 2);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(s->n_key_points >= 2);
  for (i = 0; i < s->n_key_points; i++)
    assert_false(!strncmp(s->key_points[i].text, "It ", 3));
  bc_summary_free(s);
  free(f);
}

/* A car maker's news story, told in its first sentence. */
static const char nordwagen[] =
    "Nordwagen has revealed its second production model at the Geneva "
    "motor show this week. "
    "The Nordwagen electric coupe gives a range of up to 400 km on one "
    "charge, and charging takes half an hour at a fast charger. "
    "The electric coupe charges at up to 150 kW, so its range grows by "
    "300 km in half an hour at a fast charger. "
    "Inside, the electric coupe seats five, with two screens for the "
    "driver and the passengers. "
    "The range of the electric coupe depends on the wheels, with the "
    "smallest giving the longest range. "
    "Prices will start at 70,000 euros, with deliveries from the spring "
    "in most European countries.";

/* A news story's first sentence that reports what has happened ("has
 * revealed") is its tl;dr, over a later sentence of details that share
 * more words with the title and the rest. */
static void news_lead_makes_the_tldr(void **state)
{
  static const char *const spec[] = {
      "# Nordwagen electric coupe range and charging", nordwagen};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Nordwagen electric coupe range and charging", spec, 2);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_memory_equal(s->tldr, "Nordwagen has revealed", 22);
  bc_summary_free(s);
  free(f);
}

/* A section with one sentence to show makes no slide of one bullet, and
 * the agenda does not list it. */
static void no_one_bullet_section_slides(void **state)
{
  static const char *const spec[] = {
      "# Town budget",
      "## Schools",
      "The town will spend more on its schools next year than in any year "
      "since the new school opened. "
      "Teachers will get a raise of four percent after two years without "
      "one. "
      "Two schools will get new roofs before the winter storms begin.",
      "## Roads",
      "The main road through the town centre will be closed for repairs "
      "during the summer months.",
      "## Parks",
      "The council will plant three hundred trees in the parks along the "
      "river this autumn. "
      "A new playground will open next to the library in the spring. "
      "Volunteers will clean the riverbank each month with help from the "
      "council."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, j;
  (void)state;
  build(f, "Town budget", spec, 7);
  s = run(f, BC_LENGTH_MEDIUM);
  for (i = 0; i < s->n_slides; i++) {
    assert_string_not_equal(s->slides[i].title, "Roads");
    for (j = 0; j < s->slides[i].n_bullets; j++)
      assert_string_not_equal(s->slides[i].bullets[j], "Roads");
  }
  bc_summary_free(s);
  free(f);
}

/* Key points cover the piece: with the strongest sentences all in its
 * first third, the middle and the last third each still give a point. */
static void key_points_cover_the_piece(void **state)
{
  static const char *const spec[] = {
      "# Night trains",
      "Night trains are coming back across Europe after years of decline. "
      "Night trains now run from Vienna to Paris, Brussels and Amsterdam. "
      "Night trains carry more riders every year since the network grew. "
      "Night trains beat short flights on price for many families. "
      "Night trains sell out weeks ahead on the busiest routes in summer.",
      "The rolling stock is old, and new sleeper cars take years to build. "
      "Operators lease coaches from each other to fill the gaps each winter. "
      "Track access charges differ from country to country and add cost.",
      "Governments have started to help with money for new coaches. "
      "Austria bought thirty sleeper cars that enter service next spring. "
      "Travellers say a bed and a morning arrival matter more than speed.",
  };
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, third[3] = {0, 0, 0};
  (void)state;
  build(f, "Night trains", spec, 4);
  s = run(f, BC_LENGTH_MEDIUM);
  for (i = 0; i < s->n_key_points; i++) {
    size_t at = s->key_points[i].evidence[0].span.start;
    size_t from = f->blocks[1].span.start, len = f->doc.text_len - from;
    third[(at - from) * 3 < len ? 0 : (at - from) * 3 < 2 * len ? 1 : 2]++;
  }
  assert_true(third[1] >= 1);
  assert_true(third[2] >= 1);
  bc_summary_free(s);
  free(f);
}

/* Lines that are not prose make no key point: markup the extraction let
 * through, a line of labels, a score line, a caption, run-together
 * headings without a stop. */
static void non_prose_is_no_point(void **state)
{
  static const char *const spec[] = {
      "# Robot draws blood",
      "A new robot can draw blood from patients with a success rate of 87 "
      "percent, researchers at Rutgers reported this week.",
      "A prototype of an automated blood drawing and testing device.",
      "Tested by: John Milbank RRP: 23 pounds More info: www.example.com",
      "Power and Performance Range and Charging Interior and Technology",
      "Palm Bay (1-0): Tolivert 25 points.",
      "Aden O'Hara 2 goals, 2 assists.",
      "Jordan Spira and Megan Cook 4 total.",
      "<img height=\"1\" width=\"1\" style=\"display:none\" src=\"x.gif\"/>",
      "The device uses ultrasound to find a vein before it inserts the "
      "needle, and it worked in 97 percent of patients with easy veins.",
      "Drawing blood is the most common clinical procedure in the world, "
      "with more than 1.4 billion tests each year in the United States.",
      "The team now plans larger trials in hospitals before the device can "
      "be sold to clinics and blood banks.",
  };
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Robot draws blood", spec, 12);
  s = run(f, BC_LENGTH_LONG);
  assert_true(s->n_key_points >= 2);
  for (i = 0; i < s->n_key_points; i++) {
    const char *t = s->key_points[i].text;
    assert_null(strstr(t, "prototype"));
    assert_null(strstr(t, "Tested by"));
    assert_null(strstr(t, "Interior and Technology"));
    assert_null(strstr(t, "Tolivert"));
    assert_null(strstr(t, "assists"));
    assert_null(strstr(t, "4 total"));
    assert_null(strstr(t, "<img"));
  }
  assert_null(strstr(s->tldr, "prototype"));
  bc_summary_free(s);
  free(f);
}

/* Whether a key point of s opens with w. */
static int point_opens(const struct bc_summary *s, const char *w)
{
  size_t i;
  for (i = 0; i < s->n_key_points; i++)
    if (!strncmp(s->key_points[i].text, w, strlen(w)))
      return 1;
  return 0;
}

/* "(CNN)" on a line of its own is where the story was filed, no sentence
 * of it: the story's first sentence is still its lead, and the news it
 * reports makes the tl;dr. */
static void wire_dateline_is_no_lead_sentence(void **state)
{
  static const char *const spec[] = {"(CNN)", nordwagen};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Nordwagen electric coupe range and charging", spec, 2);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_memory_equal(s->tldr, "Nordwagen has revealed", 22);
  assert_false(point_opens(s, "(CNN)"));
  bc_summary_free(s);
  free(f);
}

/* A long story (over sixty sentences) filed under a dateline keeps its
 * news first: the short brief's points come from its opening, not from
 * the festival report that fills the rest and links most sentences. */
static char long_story_text[64][160];

static void long_news_story_keeps_its_lead(void **state)
{
  static const char *const acts[] = {"music", "food", "dance", "craft",
                                     "film",  "book", "games", "art"};
  const char *spec[3];
  static char body[12000];
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i, at = 0;
  (void)state;
  at += (size_t)snprintf(
      body + at, sizeof body - at,
      "The harbour authority closed the north pier on Monday after a crane "
      "collapsed into the water, officials said. "
      "Divers found no one trapped under the crane, the harbour master said. "
      "Ferries to the islands will leave from the south pier until the "
      "wreck is lifted, the authority said. ");
  for (i = 0; i < 62; i++) {
    snprintf(long_story_text[i], sizeof long_story_text[i],
             "The summer festival in the town square had %s stalls on day "
             "%zu, and the festival crowd in the square grew again. ",
             acts[i % 8], i + 1);
    at +=
        (size_t)snprintf(body + at, sizeof body - at, "%s", long_story_text[i]);
  }
  body[at - 1] = '\0';
  spec[0] = "(Harbour Post)";
  spec[1] = body;
  build(f, "Pier closed", spec, 2);
  s = run(f, BC_LENGTH_SHORT);
  assert_true(point_opens(s, "The harbour authority closed"));
  assert_true(point_opens(s, "Divers found no one"));
  bc_summary_free(s);
  free(f);
}

/* A short essay in the first person, in long paragraphs, opens with a
 * hook: its opening takes no more weight than a long essay's, and its
 * three points are what it argues. */
static void short_essay_opening_is_a_hook(void **state)
{
  static const char *const spec[] = {
      "# Meetings",
      "My grandfather kept bees behind his barn for forty summers. "
      "I loved the sound of the hives on warm evenings. "
      "He sold the honey at a stall by the road. "
      "I still have one of his old wooden frames.",
      "I think most teams hold too many meetings, and the meetings they "
      "hold are too long. "
      "A team that meets every morning loses an hour of focused work each "
      "day to meetings. "
      "We cut our team meetings to two a week, and our work moved faster. "
      "Short written updates replaced most of the meetings we dropped.",
      "I have found that a meeting needs a written agenda to stay short. "
      "A meeting without an agenda drifts, and the team leaves it without "
      "a decision. "
      "We now cancel any meeting whose agenda is empty the day before. "
      "Our team spends the saved hours on the work the meetings were "
      "about.",
      "I would ask every team to count the hours its meetings cost each "
      "week. "
      "Most teams find that their meetings cost more than they thought. "
      "Fewer, shorter meetings with an agenda leave the team time for its "
      "work."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Meetings", spec, 5);
  s = run(f, BC_LENGTH_SHORT);
  assert_int_equal(s->n_key_points, 3);
  assert_false(point_opens(s, "My grandfather kept bees"));
  bc_summary_free(s);
  free(f);
}

/* "It is understood ..." and "The former mayor said ..." name what they
 * are about: a short brief of a news story takes them from its lead.
 * "The latter is ..." points back and makes no point. */
static void placeholder_it_and_former_titles_stand(void **state)
{
  static const char *const spec[] = {
      "# Ferry fares",
      "The island council will raise ferry fares by a tenth from next "
      "month, its leader said on Tuesday. "
      "It is understood the council will also cut two winter sailings to "
      "save fuel. "
      "The former mayor said the higher ferry fares would drive young "
      "families off the island. "
      "Two ferry companies bid for the island route last year. "
      "The latter is cheaper to run than the larger ferry, the council "
      "said. "
      "Islanders will meet the council about the ferry fares next week, "
      "a spokesman said. "
      "The ferry fares were last raised four years ago, the council said."};
  static const char *const mine[] = {
      "# Sea mine",
      "Navy divers made safe a sea mine that a dog walker had found on the "
      "bank of the river near the town pool early on Monday morning. "
      "It is thought to be a British one, dating from the 1940s or 1950s. "
      "The divers towed it out to deep water before they set it off. "
      "Homes near the pool were cleared for the day while they worked. "
      "Ferry sailings from the pier were cancelled until the evening."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Ferry fares", spec, 2);
  s = run(f, BC_LENGTH_SHORT);
  assert_true(point_opens(s, "It is understood"));
  assert_true(point_opens(s, "The former mayor said"));
  assert_false(point_opens(s, "The latter"));
  bc_summary_free(s);
  /* "It is thought to be ...": the verb raises its subject, and "it" is
   * what the sentence before named */
  build(f, "Sea mine", mine, 2);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_false(point_opens(s, "It is thought to be"));
  assert_false(strncmp(s->tldr, "It is thought to be", 19) == 0);
  bc_summary_free(s);
  free(f);
}

/* A quotation in single or curly marks that runs over several sentences,
 * or fills a whole sentence, is nobody's words to a reader of the points;
 * nor is a page's label ("Source: ...") a point of the piece. */
static void single_quotes_and_labels_are_no_points(void **state)
{
  static const char *const spec[] = {
      "# Flood defences",
      "The river flood defences held during the storm on Sunday, the "
      "environment agency said.",
      "\xe2\x80\x98The river flood defences were built for a storm like "
      "this one. "
      "We watched the river rise all night on Sunday.\xe2\x80\x99",
      "'Which is why the river flood defences matter so much to the "
      "town.'",
      "Source: environment agency river flood defences report on the "
      "storm. "
      "Sandbags were handed out in the town before the storm arrived. "
      "The town council thanked the volunteers who filled the sandbags. "
      "Repairs to one river wall will start next month."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Flood defences", spec, 5);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(s->n_key_points >= 2);
  for (i = 0; i < s->n_key_points; i++) {
    const char *t = s->key_points[i].text;
    assert_null(strstr(t, "were built for a storm"));
    assert_null(strstr(t, "We watched the river"));
    assert_null(strstr(t, "Which is why"));
    assert_null(strstr(t, "Source:"));
  }
  assert_null(strstr(s->tldr, "Source:"));
  assert_null(strstr(s->tldr, "We watched"));
  bc_summary_free(s);
  free(f);
}

/* Sentences as the analyzer gave them, each found in the text in turn
 * (a scrape's marks between a stop and a capital fall to either side). */
static void set_sentences(struct fx *f, const char *const *sents, size_t n)
{
  size_t i, from = 0;
  f->facts.n_sentences = 0;
  for (i = 0; i < n; i++) {
    const char *p = strstr(f->text + from, sents[i]);
    assert_non_null(p);
    f->sentences[i].start = (size_t)(p - f->text);
    f->sentences[i].end = f->sentences[i].start + strlen(sents[i]);
    from = f->sentences[i].end;
  }
  f->facts.n_sentences = n;
}

/* A medium summary of the blocks spec[0..n_spec) with the sentences
 * sents[0..n_sents); *out gets the fixture (free it). */
static struct bc_summary *
run_on_sentences(struct fx **out, const char *title, const char *const *spec,
                 size_t n_spec, const char *const *sents, size_t n_sents)
{
  struct fx *f = malloc(sizeof *f);
  assert_non_null(f);
  build(f, title, spec, n_spec);
  set_sentences(f, sents, n_sents);
  *out = f;
  return run(f, BC_LENGTH_MEDIUM);
}

/* The first key point of s that holds w, or NULL. */
static const char *point_with(const struct bc_summary *s, const char *w)
{
  size_t i;
  for (i = 0; i < s->n_key_points; i++)
    if (strstr(s->key_points[i].text, w))
      return s->key_points[i].text;
  return NULL;
}

/* How many of the key points and the tl;dr of s hold w. */
static size_t told(const struct bc_summary *s, const char *w)
{
  size_t i, n = strstr(s->tldr, w) != NULL;
  for (i = 0; i < s->n_key_points; i++)
    n += strstr(s->key_points[i].text, w) != NULL;
  return n;
}

/* s says present once, in a key point or the tl;dr, and absent nowhere;
 * the key point that holds present, or NULL. */
static const char *says_once(const struct bc_summary *s, const char *absent,
                             const char *present)
{
  assert_int_equal(told(s, absent), 0);
  assert_int_equal(told(s, present), 1);
  return point_with(s, present);
}

/* A quotation that ran over paragraphs the scrape joined into one line:
 * the speaker's words between the mark that reopens it ('right." There
 * is') and the mark that closes it ('weeks." Speaking') make no point,
 * and the story's sentence after the closing mark is a point of its own,
 * without the mark. */
static void quotation_over_joined_paragraphs(void **state)
{
  static const char *const spec[] = {
      "# Wenger",
      "Arsene Wenger said the Arsenal board had been patient with the club "
      "all season. Wenger continued: \"We are in a job where you get "
      "questioned and the only answer is to show the decisions are "
      "right.\" There is always a demand for big names but the most "
      "important thing is the competence of the manager. He has a good "
      "chance to show his quality in the coming weeks.\" Speaking before "
      "the game against Swansea on Saturday, Wenger added that defender "
      "Hector Bellerin would be offered a new contract. Bellerin has been "
      "linked with a move to Barcelona and Manchester City this summer. "
      "Bellerin joined Arsenal from the Barcelona academy in 2011 and "
      "signed his last contract in 2016."};
  static const char *const sents[] = {
      "Arsene Wenger said the Arsenal board had been patient with the club "
      "all season.",
      "Wenger continued: \"We are in a job where you get questioned and the "
      "only answer is to show the decisions are right.\"",
      "There is always a demand for big names but the most important thing "
      "is the competence of the manager.",
      "He has a good chance to show his quality in the coming weeks.",
      "\" Speaking before the game against Swansea on Saturday, Wenger "
      "added that defender Hector Bellerin would be offered a new contract.",
      "Bellerin has been linked with a move to Barcelona and Manchester "
      "City this summer.",
      "Bellerin joined Arsenal from the Barcelona academy in 2011 and "
      "signed his last contract in 2016."};
  struct fx *f;
  struct bc_summary *s;
  const char *t;
  (void)state;
  s = run_on_sentences(&f, "Wenger", spec, 2, sents, 7);
  assert_int_equal(told(s, "He has a good chance"), 0);
  /* a point of its own, without the mark before it */
  t = says_once(s, "There is always a demand", "Speaking before the game");
  assert_true(t && t[0] == 'S');
  bc_summary_free(s);
  free(f);
}

/* A mark between a stop and a capital that the next quotation's closing
 * mark pairs ('runs." It was ... wish for," Vaughan told') opens that
 * quotation: the sentence before it is the story's own and a point, with
 * no stray mark at its end, and the words after it are Vaughan's. */
static void mark_after_a_stop_opens_the_next_quotation(void **state)
{
  static const char *const spec[] = {
      "# Test match",
      "The hosts won with a day to spare at Old Trafford to level the "
      "series against Pakistan. England made 589 declared to set up their "
      "second biggest win over Pakistan in terms of runs.\" It was an "
      "absolute hammering of a tired Pakistan side. It was as good a four "
      "days of cricket as you could wish for,\" Michael Vaughan told the "
      "radio programme. Joe Root was named man of the match after scoring "
      "254 in the first innings at Old Trafford. Pakistan play a tour game "
      "against Worcestershire before the third Test at Edgbaston."};
  static const char *const sents[] = {
      "The hosts won with a day to spare at Old Trafford to level the "
      "series against Pakistan.",
      "England made 589 declared to set up their second biggest win over "
      "Pakistan in terms of runs.\"",
      "It was an absolute hammering of a tired Pakistan side.",
      "It was as good a four days of cricket as you could wish for,\" "
      "Michael Vaughan told the radio programme.",
      "Joe Root was named man of the match after scoring 254 in the first "
      "innings at Old Trafford.",
      "Pakistan play a tour game against Worcestershire before the third "
      "Test at Edgbaston."};
  struct fx *f;
  struct bc_summary *s;
  const char *t;
  (void)state;
  s = run_on_sentences(&f, "Test match", spec, 2, sents, 6);
  t = says_once(s, "absolute hammering", "England made 589");
  if (t) /* no stray mark after it */
    assert_string_equal(t + strlen(t) - 5, "runs.");
  bc_summary_free(s);
  free(f);
}

/* Two apostrophes after a comma close a quotation as a mark would
 * ('to cut a knot,'' he said'): the story's sentences after it are its
 * own, not the speaker's. */
static void two_apostrophes_close_a_quotation(void **state)
{
  static const char *const spec[] = {
      "# Pardons",
      "President Ivanov pardoned more than fifty politicians on Tuesday. In "
      "a televised address, President Ivanov said he acted to \"defend "
      "national interests\".\"I have decided to put an end to the agony and "
      "to cut a knot,'' he said on Tuesday. Opposition leader Zoran Zaev "
      "said the pardons were illegal and called for protests in Skopje. A "
      "crowd of several hundred people gathered outside the prosecutor's "
      "office in Skopje. EU commissioner Johannes Hahn said: \"The pardons "
      "are not in line with my understanding of the rule of law.\""};
  static const char *const sents[] = {
      "President Ivanov pardoned more than fifty politicians on Tuesday.",
      "In a televised address, President Ivanov said he acted to \"defend "
      "national interests\".",
      "\"I have decided to put an end to the agony and to cut a knot,'' he "
      "said on Tuesday.",
      "Opposition leader Zoran Zaev said the pardons were illegal and "
      "called for protests in Skopje.",
      "A crowd of several hundred people gathered outside the prosecutor's "
      "office in Skopje.",
      "EU commissioner Johannes Hahn said: \"The pardons are not in line "
      "with my understanding of the rule of law.\""};
  struct fx *f;
  struct bc_summary *s;
  (void)state;
  s = run_on_sentences(&f, "Pardons", spec, 2, sents, 6);
  assert_int_equal(told(s, "Zoran Zaev said"), 1);
  bc_summary_free(s);
  free(f);
}

/* A sentence that gives its leading mark back to the quotation before
 * it ('weeks." They had') reads on its own only if its words do: "They"
 * with nobody before it makes no point. */
static void sentence_after_a_detached_mark_stands_alone_or_not(void **state)
{
  static const char *const spec[] = {
      "# Arsenal",
      "Arsene Wenger said the Arsenal board had been patient all season. "
      "Wenger continued: \"We are in a job where you get questioned all the "
      "time. He has a good chance to show his quality in the coming "
      "weeks.\" They had been patient with the Arsenal board in the past "
      "seasons at the Emirates. Arsenal will play Swansea at the Emirates on "
      "Saturday afternoon. Hector Bellerin will be offered a new contract "
      "by Arsenal this month. Aaron Ramsey will miss two more games for "
      "Arsenal with a hamstring injury."};
  static const char *const sents[] = {
      "Arsene Wenger said the Arsenal board had been patient all season.",
      "Wenger continued: \"We are in a job where you get questioned all the "
      "time.",
      "He has a good chance to show his quality in the coming weeks.",
      "\" They had been patient with the Arsenal board in the past seasons "
      "at the Emirates.",
      "Arsenal will play Swansea at the Emirates on Saturday afternoon.",
      "Hector Bellerin will be offered a new contract by Arsenal this "
      "month.",
      "Aaron Ramsey will miss two more games for Arsenal with a hamstring "
      "injury."};
  struct fx *f;
  struct bc_summary *s;
  (void)state;
  s = run_on_sentences(&f, "Arsenal", spec, 2, sents, 7);
  assert_int_equal(told(s, "They had been patient"), 0);
  bc_summary_free(s);
  free(f);
}

/* A short brief keeps "The X also ..." only right after the sentence it
 * adds to: on its own it reads as a fragment. */
static void short_brief_keeps_also_only_after_its_sentence(void **state)
{
  static const char *const spec[] = {
      "# Tram line",
      "The city council approved the new tram line through the old town "
      "on Tuesday. "
      "They had argued over the route for years. "
      "The council also approved a new bus depot beside the tram line in "
      "the old town. "
      "Work on the tram line will start in the spring and last two years. "
      "The tram line will link the station with the hospital and the "
      "university. "
      "Traffic in the old town will be cut by a third once the tram line "
      "opens. "
      "Residents can see the plans for the tram line at the town hall."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Tram line", spec, 2);
  s = run(f, BC_LENGTH_SHORT);
  assert_int_equal(s->n_key_points, 3);
  for (i = 0; i < s->n_key_points; i++)
    if (strstr(s->key_points[i].text, "also approved"))
      assert_true(i > 0 && strstr(s->key_points[i - 1].text, "argued"));
  bc_summary_free(s);
  free(f);
}

/* A news page's stray first line that answers something before it
 * ("Harbour officials, however, have said ...") is no tl;dr; a wire's
 * name and dash left after the place split off ("(WKRN) - ") are where the
 * story was filed, no words of its tl;dr or points. */
static void inserted_however_and_wire_dash(void **state)
{
  static const char *const spec[] = {
      "# Warehouse fire on the quay",
      "Harbour officials, however, have said the warehouse fire on the quay "
      "was an accident.",
      "SPRINGFIELD, ILL. (WKRN) - A fire destroyed a warehouse on the quay "
      "overnight and closed the harbour road, officials said. "
      "Firefighters fought the warehouse fire for six hours before it was "
      "put out, the fire chief said. "
      "No one was hurt in the warehouse fire, the harbour master said. "
      "The harbour road will stay closed until the warehouse walls are "
      "made safe, police said. "
      "The warehouse on the quay stored grain for the mill, its owner "
      "said."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Warehouse fire on the quay", spec, 3);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->tldr, "however"));
  assert_null(strstr(s->tldr, "(WKRN)"));
  assert_true(s->n_key_points >= 2);
  for (i = 0; i < s->n_key_points; i++) {
    assert_null(strstr(s->key_points[i].text, "(WKRN)"));
    assert_null(strstr(s->key_points[i].text, "however"));
  }
  bc_summary_free(s);
  free(f);
}

/* A news story's feature lead: a hook ("For over a year, the museum has
 * tried ...") and the turn to the news ("Now, the museum is ..."). The
 * tl;dr says the news, with its hook when two sentences fit. */
static void tldr_takes_the_turn_to_the_news(void **state)
{
  static const char *const spec[] = {
      "# Museum buys a painting",
      "For over a year, the city museum has tried to buy an old painting "
      "of the harbour for its collection. "
      "Now, the museum is getting two million euros from a shipping firm "
      "to buy the painting, its director said. "
      "The painting of the harbour was sold at auction last spring for "
      "five million euros, the auction house said. "
      "The museum bought the painting of the harbour after a year, the "
      "museum said on Monday. "
      "Visitors will see the painting in the museum's harbour room from "
      "May, a spokeswoman said. "
      "The museum is asking the public for the rest of the money, its "
      "director said."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Museum buys a painting", spec, 2);
  s = run(f, BC_LENGTH_SHORT);
  assert_memory_equal(s->tldr, "Now, the museum is getting", 26);
  bc_summary_free(s);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_memory_equal(s->tldr, "For over a year", 15);
  assert_non_null(strstr(s->tldr, " Now, the museum is getting"));
  bc_summary_free(s);
  free(f);
}

/* A projection, a plan or an option weighed ("could rise by 2100", "will
 * close in 2027", "would have cost ... in 2019") places no event: only
 * what happened makes a timeline entry. */
static void timeline_leaves_out_projections(void **state)
{
  static const char *const spec[] = {
      "The power plant on the river opened in 1998 after ten years of "
      "building work.",
      "The power plant will close in 2027 when its licence runs out, the "
      "owners said.",
      "Sea levels on the river could rise by a metre by 2100, a report on "
      "the plant warned.",
      "A second plant would have cost the town twice as much in 2019, "
      "the council said.",
      "Workers at the power plant went on strike in March 2015 over their "
      "pay."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  int opened = 0, strike = 0;
  (void)state;
  build(f, "The power plant", spec, 5);
  add_date(f, "1998", 0, BC_DATE_YEAR, "1998");
  add_date(f, "2027", 0, BC_DATE_YEAR, "2027");
  add_date(f, "2100", 0, BC_DATE_YEAR, "2100");
  add_date(f, "2019", 0, BC_DATE_YEAR, "2019");
  add_date(f, "March 2015", 0, BC_DATE_MONTH, "2015-03");
  s = run(f, BC_LENGTH_LONG);
  for (i = 0; i < s->n_timeline; i++) {
    assert_string_not_equal(s->timeline[i].date, "2027");
    assert_string_not_equal(s->timeline[i].date, "2100");
    assert_string_not_equal(s->timeline[i].date, "2019");
    opened |= !strcmp(s->timeline[i].date, "1998");
    strike |= !strcmp(s->timeline[i].date, "March 2015");
  }
  assert_true(opened && strike);
  bc_summary_free(s);
  free(f);
}

/* A day or month without its year, given the year the analyzer guessed
 * from the page's date. */
static void add_guessed(struct fx *f, const char *as_written,
                        enum bc_date_kind kind, const char *iso)
{
  struct bc_date_fact *d = add_time(f, as_written, kind, BC_TIMEX_DATE, iso);
  d->relative = d->guessed = 1;
}

/* The timeline of s gives exactly these dates, in this order. */
static void assert_timeline(const struct bc_summary *s,
                            const char *const *dates, size_t n)
{
  size_t i;
  assert_int_equal(s->n_timeline, n);
  for (i = 0; i < n; i++)
    assert_string_equal(s->timeline[i].date, dates[i]);
}

/* A sentence that tells two dated events gives each its own entry, with
 * the words on its side of the break between the dates; a run of dates
 * ("in 2001, 2003 and 2005"), a range ("between 1943 and the end of the 1970s")
 * and an opening phrase with no clause of its own ("In May 2010 and again
 * in June 2011 the river ...") stay one entry. */
static void timeline_splits_two_events_of_a_sentence(void **state)
{
  static const char *const spec[] = {
      "The museum opened its east wing in March 2015 and the sculpture "
      "garden in June 2016 after long delays.",
      "The team won the cup in 2001, 2003 and 2005 with the same squad.",
      "Between 1943 and the end of the 1970s the town grew slowly around it.",
      "In May 2010 and again in June 2011 the river flooded the museum."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "The museum", spec, 4);
  add_date(f, "March 2015", 0, BC_DATE_MONTH, "2015-03");
  add_date(f, "June 2016", 0, BC_DATE_MONTH, "2016-06");
  add_date(f, "2001", 0, BC_DATE_YEAR, "2001");
  add_date(f, "2003", 0, BC_DATE_YEAR, "2003");
  add_date(f, "2005", 0, BC_DATE_YEAR, "2005");
  add_date(f, "1943", 0, BC_DATE_YEAR, "1943");
  add_date(f, "1970s", 0, BC_DATE_DECADE, "1970s");
  add_date(f, "May 2010", 0, BC_DATE_MONTH, "2010-05");
  add_date(f, "June 2011", 0, BC_DATE_MONTH, "2011-06");
  s = run(f, BC_LENGTH_LONG);
  assert_int_equal(s->n_timeline, 5);
  assert_string_equal(s->timeline[0].iso, "1943");
  assert_string_equal(s->timeline[1].iso, "2001");
  assert_string_equal(s->timeline[2].iso, "2010-05");
  assert_string_equal(s->timeline[3].date, "March 2015");
  assert_string_equal(s->timeline[3].event,
                      "The museum opened its east wing in March 2015");
  assert_string_equal(s->timeline[4].date, "June 2016");
  assert_string_equal(s->timeline[4].event,
                      "the sculpture garden in June 2016 after long delays.");
  for (i = 0; i < s->n_timeline; i++)
    assert_non_null(strstr(f->text, s->timeline[i].event));
  bc_summary_free(s);
  free(f);
}

/* One sentence telling two dated events out of order ("opened in late
 * 2015 and ... had moved in March 2015") gives two entries, each with its
 * own clause, sorted by date: "late 2015" after "March 2015". */
static void timeline_split_entries_sort_by_their_dates(void **state)
{
  static const char *const spec[] = {
      "The bakery opened its second shop in late 2015, and the owners had "
      "moved the ovens to Leeds in March 2015.",
      "Sales doubled in 2017 after a long winter."};
  static const char *const order[] = {"March 2015", "late 2015", "2017"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The bakery", spec, 2);
  add_date(f, "late 2015", 0, BC_DATE_YEAR, "2015");
  f->dates[f->facts.n_dates - 1].mod = BC_MOD_END;
  add_date(f, "March 2015", 0, BC_DATE_MONTH, "2015-03");
  add_date(f, "2017", 0, BC_DATE_YEAR, "2017");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 3);
  assert_string_equal(s->timeline[0].event,
                      "the owners had moved the ovens to Leeds in March 2015.");
  assert_string_equal(s->timeline[1].event,
                      "The bakery opened its second shop in late 2015");
  bc_summary_free(s);
  free(f);
}

/* An event's words start after a quotation mark the sentence before left
 * behind (". \" The club ..."): the entry reads "The club signed ...",
 * still the source's words. */
static void timeline_event_drops_a_stray_quote_mark(void **state)
{
  static const char *const spec[] = {
      "The manager was plain about it: \"the deal was good for all of us. "
      "\" The club signed him in July 2015 from a rival.",
      "He scored twelve goals for the club in 2016 and left."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The club", spec, 2);
  add_date(f, "July 2015", 0, BC_DATE_MONTH, "2015-07");
  add_date(f, "2016", 0, BC_DATE_YEAR, "2016");
  s = run(f, BC_LENGTH_LONG);
  assert_int_equal(s->n_timeline, 2);
  assert_string_equal(s->timeline[0].event,
                      "The club signed him in July 2015 from a rival.");
  bc_summary_free(s);
  free(f);
}

/* A date inside a quotation is the speaker's, not an event the piece
 * dates: "We doubled the staff in 1958 ..." makes no entry, nor does a
 * date in a quotation opened earlier in its paragraph and left open, as
 * news prints one that runs on (1986); the dated sentences around them
 * do. */
static void timeline_leaves_out_quoted_dates(void **state)
{
  static const char *const spec[] = {
      "The mill opened on the river bank in 1921 with ten looms.",
      "\"We doubled the staff in 1958 and kept them all,\" the owner "
      "said.",
      "The owner sold the mill to a cooperative in 1970 for a small sum.",
      "Its manager said: \u201cThe looms were the best in the county. We "
      "hired forty weavers to run them in 1986 and more later."};
  static const char *const order[] = {"1921", "1970"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The mill", spec, 4);
  add_date(f, "1921", 0, BC_DATE_YEAR, "1921");
  add_date(f, "1986", 0, BC_DATE_YEAR, "1986");
  add_date(f, "1958", 0, BC_DATE_YEAR, "1958");
  add_date(f, "1970", 0, BC_DATE_YEAR, "1970");
  add_quote(f, "We doubled the staff in 1958 and kept them all,", "the owner");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 2);
  bc_summary_free(s);
  free(f);
}

/* A month named without its year lies in the year the text near it is
 * about (the chronicle's "1995" line), not the page's year the analyzer
 * guessed (2025) nor after the entry written before it; with no year
 * written before it, in an undated text, it keeps its place in the text
 * (before 2001). */
static void timeline_places_year_less_months_by_the_text(void **state)
{
  static const char *const spec[] = {
      "In May the old hall got a new roof from a local firm.",
      "The band's second album came out in 2001 to good reviews.", "1995",
      "In March they played their first show at the pub."};
  static const char *const order[] = {"March", "May", "2001"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The band", spec, 4);
  /* an undated text: "In May", before any year, has only its neighbours
   * (a dated page places it by its date: see the case after) */
  f->doc.date = NULL;
  add_guessed(f, "May", BC_DATE_MONTH, "2025-05");
  add_date(f, "2001", 0, BC_DATE_YEAR, "2001");
  add_date(f, "1995", 0, BC_DATE_YEAR, "1995");
  add_guessed(f, "March", BC_DATE_MONTH, "2025-03");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 3);
  assert_string_equal(s->timeline[0].iso, "XXXX-03");
  assert_string_equal(s->timeline[1].iso, "XXXX-05");
  bc_summary_free(s);
  free(f);
}

/* A month named without its year in running text ("In March the firm
 * opened ...") lies in the year of the page's date, as the analyzer
 * resolves it: not in the year an earlier sentence tells of its
 * background ("moved to Leeds in 1995"), which put this spring's shop
 * before the 2010 one. */
static void timeline_year_less_month_takes_no_other_sentences_year(void **state)
{
  static const char *const spec[] = {
      "The firm moved its offices to Leeds in 1995 after a long search.",
      "In March the firm opened a new shop in the city centre with ten "
      "staff.",
      "Its first shop outside the city had opened in 2010 near the "
      "station."};
  static const char *const order[] = {"1995", "2010", "March"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The firm", spec, 3);
  f->doc.date = "2019-06-10";
  add_date(f, "1995", 0, BC_DATE_YEAR, "1995");
  add_guessed(f, "March", BC_DATE_MONTH, "2019-03");
  add_date(f, "2010", 0, BC_DATE_YEAR, "2010");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 3);
  assert_string_equal(s->timeline[2].iso, "2019-03");
  bc_summary_free(s);
  free(f);
}

/* A day named without its year keeps the year the analyzer gave it from
 * the page's date when the text states that year too ("Last year",
 * 2024), though no year is written before it. */
static void timeline_keeps_a_guessed_year_the_text_states(void **state)
{
  static const char *const spec[] = {
      "The firm said on October 21 that its sales rose by a third.",
      "Last year the firm moved its offices to Leeds.",
      "On November 8 it opened a shop in the city centre."};
  static const char *const order[] = {"Last year", "October 21", "November 8"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The firm", spec, 3);
  add_guessed(f, "October 21", BC_DATE_DAY, "2024-10-21");
  add_date(f, "Last year", 0, BC_DATE_RELATIVE, "2024");
  f->dates[f->facts.n_dates - 1].relative = 1;
  add_guessed(f, "November 8", BC_DATE_DAY, "2024-11-08");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 3);
  assert_string_equal(s->timeline[1].iso, "XXXX-10-21");
  bc_summary_free(s);
  free(f);
}

/* "since 2013" is where a lasting state is measured from, not a thing
 * that happened then; an embedded social post's signature ("Name
 * (@handle) November 19, 2019") dates the post, not an event.  Neither
 * makes an entry; a dated deed beside them does. */
static void timeline_leaves_out_since_and_post_signatures(void **state)
{
  static const char *const spec[] = {
      "The firm has been based in the old mill since 2013 and employs forty "
      "people.",
      "The letter was read out in court by the family lawyer. Jane Doe "
      "(@janedoe) November 19, 2019",
      "The firm opened its second shop in the town in 2017 after a long "
      "search."};
  static const char *const order[] = {"2017"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The firm", spec, 3);
  add_date(f, "2013", 0, BC_DATE_YEAR, "2013");
  add_date(f, "November 19, 2019", 0, BC_DATE_DAY, "2019-11-19");
  add_date(f, "2017", 0, BC_DATE_YEAR, "2017");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 1);
  bc_summary_free(s);
  free(f);
}

/* A range the analyzer left as two dates ("from the summer of 1998 to the
 * summer of 1999") is one entry with the range as its date and value,
 * not its start (or end) alone. */
static void timeline_keeps_a_range_of_two_dates(void **state)
{
  static const char *const spec[] = {
      "The band toured from the summer of 1998 to the summer of 1999 and "
      "then split up.",
      "The singer released a solo album in 2003 to mixed reviews."};
  static const char *const order[] = {
      "the summer of 1998 to the summer of 1999", "2003"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The band", spec, 2);
  add_time(f, "the summer of 1998", BC_DATE_SEASON, BC_TIMEX_DATE, "1998-SU");
  add_time(f, "the summer of 1999", BC_DATE_SEASON, BC_TIMEX_DATE, "1999-SU");
  add_date(f, "2003", 0, BC_DATE_YEAR, "2003");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 2);
  assert_string_equal(s->timeline[0].iso, "1998-SU/1999-SU");
  assert_at(f, s->timeline[0].span, s->timeline[0].date);
  bc_summary_free(s);
  free(f);
}

/* A number that reads as a year but names a house ("of 1909 Jolinda
 * Drive") is no date; a year before a doctor's title ("In 1990 Dr Smith")
 * still is. */
static void timeline_leaves_out_house_numbers(void **state)
{
  static const char *const spec[] = {
      "Police stopped a van driven by a man of 1909 Jolinda Drive near the "
      "river bridge.",
      "In 1990 Dr Smith opened the first clinic in the small market town."};
  static const char *const order[] = {"1990"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Town news", spec, 2);
  add_date(f, "1909", 0, BC_DATE_YEAR, "1909");
  add_date(f, "1990", 0, BC_DATE_YEAR, "1990");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 1);
  bc_summary_free(s);
  free(f);
}

/* A month named without its year, with no year stated before it in the
 * text, takes the year of the page's date ("in August" on a page of
 * November 2019 is August 2019, after 2010), and says so; not at the
 * start because it is written first. */
static void timeline_places_year_less_month_by_the_page_date(void **state)
{
  static const char *const spec[] = {
      "The financier died in August while he was held in a city jail.",
      "The prince stayed at his mansion in the early 2000s on many visits.",
      "The prince said he last visited him in New York in 2010 to end the "
      "friendship."};
  static const char *const order[] = {"the early 2000s", "2010", "August"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The prince", spec, 3);
  f->doc.date = "2019-11-20";
  add_guessed(f, "August", BC_DATE_MONTH, "2019-08");
  add_date(f, "the early 2000s", 0, BC_DATE_DECADE, "2000s");
  add_date(f, "2010", 0, BC_DATE_YEAR, "2010");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 3);
  assert_string_equal(s->timeline[2].iso, "2019-08");
  bc_summary_free(s);
  free(f);
}

/* A plan for a named day is a schedule, and its days are events ("will
 * open on 3 December"); a plan for a year is not ("will close in 2027").
 * A day written without its year on a dated page takes the year that puts
 * it nearest the page's date, and the entry says that year: 3 December on
 * a page of 20 November 2021 is 2021-12-03 (whatever year the analyzer
 * guessed), 8 January is 2022-01-08. */
static void timeline_keeps_a_schedule_of_days(void **state)
{
  static const char *const spec[] = {
      "The library said the new reading room will open to the public on 3 "
      "December after two years of building work.",
      "The first author talk is set to take place on 8 January in the main "
      "hall of the new building.",
      "The council will close the old branch in 2027 to save money on its "
      "upkeep.",
      "The old branch first opened its doors in 1968 with a single room of "
      "books."};
  static const char *const order[] = {"1968", "3 December", "8 January"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The library", spec, 4);
  f->doc.date = "2021-11-20";
  add_date(f, "1968", 0, BC_DATE_YEAR, "1968");
  add_date(f, "2027", 0, BC_DATE_YEAR, "2027");
  add_guessed(f, "3 December", BC_DATE_DAY, "2020-12-03");
  add_guessed(f, "8 January", BC_DATE_DAY, "2021-01-08");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 3);
  assert_string_equal(s->timeline[1].iso, "2021-12-03");
  assert_string_equal(s->timeline[2].iso, "2022-01-08");
  bc_summary_free(s);
  free(f);
}

/* One entry per event: a bare year whose sentence tells the event another
 * entry names by its full date ("the 14 May 2011 flood") goes; a start
 * and an end of one thing in one sentence ("starts on ... and ends on
 * ...") make one entry; an entry that opens with "That" says what that
 * was, with the sentence before. */
static void timeline_gives_one_entry_per_event(void **state)
{
  static const char *const spec[] = {
      "The mill was built in 1890 by a local family of millers.",
      "In 2011 a flood destroyed the old mill on the river and three houses "
      "near it.",
      "The village still collects money every summer to repair the damage "
      "of the 14 May 2011 flood.",
      "A trust bought the empty shell of the mill and its yard. That brought "
      "the first visitors back in 2015 after years of neglect.",
      "The summer fair in the yard starts on 4 June 2016 and ends on 9 June "
      "2016 with a concert."};
  static const char *const order[] = {"1890", "14 May 2011", "2015",
                                      "4 June 2016"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The mill", spec, 5);
  add_date(f, "1890", 0, BC_DATE_YEAR, "1890");
  add_date(f, "2011", 0, BC_DATE_YEAR, "2011");
  add_date(f, "14 May 2011", 0, BC_DATE_DAY, "2011-05-14");
  add_date(f, "2015", 0, BC_DATE_YEAR, "2015");
  add_date(f, "4 June 2016", 0, BC_DATE_DAY, "2016-06-04");
  add_date(f, "9 June 2016", 0, BC_DATE_DAY, "2016-06-09");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 4);
  assert_memory_equal(s->timeline[2].event, "A trust bought", 14);
  assert_non_null(strstr(s->timeline[3].event, "ends on 9 June 2016"));
  bc_summary_free(s);
  free(f);
}

/* A stray closing quotation mark (one whose opening mark ran onto the
 * sentence before, as scraped news prints it) opens no quotation: the
 * dated sentence after it is an event. */
static void timeline_reads_a_stray_closing_mark_as_closing(void **state)
{
  static const char *const spec[] = {
      "The runner said she was pleased with the race. It went well for me.\" "
      "She set a national record over the mile in 2016 at the indoor "
      "championships in the capital."};
  static const char *const order[] = {"2016"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The runner", spec, 1);
  add_date(f, "2016", 0, BC_DATE_YEAR, "2016");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 1);
  bc_summary_free(s);
  free(f);
}

/* An option rejected or a thing called off before its date is no event;
 * a cancellation on a date of its own is one ("was cancelled in March
 * 2014", "In May 2018, the fair was cancelled"), and so is the day a thing
 * that "did not" happen at last did ("until April 2019"). */
static void timeline_leaves_out_what_did_not_happen(void **state)
{
  static const char *const spec[] = {
      "The council decided against building a bridge in 2012 after the "
      "survey.",
      "The ferry service was cancelled in March 2014 when the boat sank.",
      "A second ferry planned for June 2015 was cancelled as well.",
      "The town never hosted the regatta in 2013 despite the bid.",
      "The new road opened in 2016 to heavy traffic.",
      "In May 2018, the summer fair was cancelled after the flood.",
      "The bridge did not open until April 2019 because of a strike."};
  static const char *const order[] = {"March 2014", "2016", "May 2018",
                                      "April 2019"};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "The town", spec, 7);
  add_date(f, "2012", 0, BC_DATE_YEAR, "2012");
  add_date(f, "March 2014", 0, BC_DATE_MONTH, "2014-03");
  add_date(f, "June 2015", 0, BC_DATE_MONTH, "2015-06");
  add_date(f, "2013", 0, BC_DATE_YEAR, "2013");
  add_date(f, "2016", 0, BC_DATE_YEAR, "2016");
  add_date(f, "May 2018", 0, BC_DATE_MONTH, "2018-05");
  add_date(f, "April 2019", 0, BC_DATE_MONTH, "2019-04");
  s = run(f, BC_LENGTH_LONG);
  assert_timeline(s, order, 4);
  bc_summary_free(s);
  free(f);
}

/* Whether any key point or the tl;dr of s holds w. */
static int brief_holds(const struct bc_summary *s, const char *w)
{
  size_t i;
  if (strstr(s->tldr, w))
    return 1;
  for (i = 0; i < s->n_key_points; i++)
    if (strstr(s->key_points[i].text, w))
      return 1;
  return 0;
}

/* The page around a story is never a key point nor the tl;dr: a picture's
 * credit, a caption that only names a person, bylines ("By ..., staff
 * writer", "Article by ...", "By X , Y on Monday, ... at 11:08 a.m."), "READ
 * MORE:" lines, the publisher's app and funding calls, the newsroom's notes
 * about the story itself, and two sentences a scrape ran together ("a break.Now
 * the union"). */
static void page_furniture_is_no_point(void **state)
{
  static const char *const spec[] = {
      "# Ferry strike ends",
      "By Ola Brenn, staff writer.",
      "By Tom Reed , Ann Cole on Monday, November 18th, 2025 at 11:08 a.m.",
      "Ferry crews on the northern routes ended their strike on Friday "
      "after the operator agreed to a new rota for the winter months.",
      "Harbour Board Chair Dr Ines Vogel of Kirkwall.",
      "Deckhands wait at the quay as the first ferry in a week leaves port "
      "(Getty Images).",
      "The strike had stranded hundreds of islanders on the mainland for "
      "most of the week, and shops ran short of fresh food.",
      "READ MORE: Islanders count the cost of a week without ferries.",
      "The new rota gives crews two full days off after every five days at "
      "sea, which the union had asked for since the spring.",
      "Article by Jo Park.",
      "The operator said the first full timetable would run again from "
      "Monday, with extra sailings to clear the backlog.",
      "Download the Island Post app for iOS and Android to get ferry news "
      "as it happens.",
      "Rowan Fisk contributed to this report for the Island Post.",
      "A spokesman for the ministry did not immediately respond to a "
      "request for comment on the new rota.",
      "Crews had walked out over rotas that kept them at sea for ten days "
      "in a row without a break.Now the union says the dispute is over for "
      "good."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Ferry strike ends", spec, sizeof spec / sizeof spec[0]);
  s = run(f, BC_LENGTH_LONG);
  assert_true(s->n_key_points >= 2);
  assert_false(brief_holds(s, "Ola Brenn"));
  assert_false(brief_holds(s, "Ann Cole"));
  assert_false(brief_holds(s, "Dr Ines Vogel"));
  assert_false(brief_holds(s, "Getty"));
  assert_false(brief_holds(s, "READ MORE"));
  assert_false(brief_holds(s, "Jo Park"));
  assert_false(brief_holds(s, "Download"));
  assert_false(brief_holds(s, "contributed"));
  assert_false(brief_holds(s, "immediately respond"));
  assert_false(brief_holds(s, "break.Now"));
  assert_true(brief_holds(s, "ended their strike"));
  bc_summary_free(s);
  free(f);
}

/* What the page says to its reader is no key point and no tl;dr, known by
 * its shape rather than its words: a request ("Please ..."), an
 * instruction to find, pick or visit something that names the reader or
 * the publisher, advice after "If you ...", a list of names with their
 * numbers (a team sheet), and in a news story a sentence of its own voice
 * about "you". */
static void reader_notices_are_no_points(void **state)
{
  static const char *const spec[] = {
      "# Harbour wins the derby",
      "Harbour beat Kirkwall 3-1 in the island derby on Saturday to go top "
      "of the league for the first time in ten years.",
      "You are using an older browser version and some pictures may not "
      "load.",
      "Harbour manager Ola Brenn said his players had earned the win with "
      "their running in the second half.",
      "Please use a supported browser version for the best experience of "
      "the site.",
      "Kirkwall led at the break through a header from captain Jo Park, "
      "but Harbour scored three times after the interval.",
      "Pick the team that you think should start the next derby at the "
      "harbour ground.",
      "Kirkwall coach Ines Vogel said her side had run out of legs in the "
      "last twenty minutes of the match.",
      "Find out more about the island league and its clubs on our "
      "website.",
      "Harbour now lead the table by two points with four games of the "
      "season left to play.",
      "If you feel unwell after the match, do not drive home but call your "
      "local helpline.",
      "Replacements: 16-Rowan Fisk, 17-Tom Reed, 18-Ann Cole, 19-Mike "
      "Smith, 20-Ann Hale.",
      "The two sides meet again in the cup final at the end of the month, "
      "Brenn said.",
      "If you are affected by any of the issues in this story, help and "
      "support is available at all hours.",
  };
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  enum bc_length len;
  (void)state;
  for (len = BC_LENGTH_SHORT; len <= BC_LENGTH_LONG; len++) {
    build(f, "Harbour wins the derby", spec, sizeof spec / sizeof spec[0]);
    s = run(f, len);
    assert_true(s->n_key_points >= 2);
    assert_false(brief_holds(s, "browser"));
    assert_false(brief_holds(s, "Pick the team"));
    assert_false(brief_holds(s, "Find out more"));
    assert_false(brief_holds(s, "If you feel"));
    assert_false(brief_holds(s, "Replacements"));
    assert_false(brief_holds(s, "If you are affected"));
    assert_true(brief_holds(s, "Harbour beat Kirkwall"));
    bc_summary_free(s);
  }
  free(f);
}

/* A live commentary's lines under a match report ("Ola Brenn (Harbour)
 * wins a free kick ...") tell one moment of play each: no key point. */
static void commentary_lines_are_no_points(void **state)
{
  static const char *const spec[] = {
      "# Harbour win the cup",
      "Harbour beat Kirkwall 1-0 in the island cup final on Saturday with a "
      "late goal from captain Ola Brenn.",
      "Kirkwall had the better of the first half but could not find a way "
      "past the Harbour keeper Jo Park.",
      "Brenn scored with a header from a corner in the last minute of the "
      "match to win the cup for Harbour.",
      "Harbour will now play in the northern cup for the first time in the "
      "history of the club next season.",
      "Ola Brenn (Harbour) wins a free kick in the defensive half of the "
      "pitch.",
      "Ines Vogel (Kirkwall) right footed shot from outside the box is "
      "saved in the centre of the goal.",
      "Rowan Fisk (Harbour) left footed shot from the centre of the box "
      "misses to the left.",
      "Delay in match Tom Reed (Harbour) because of an injury on the "
      "pitch.",
      "Ann Cole (Harbour) wins a corner kick on the right wing of the "
      "pitch."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Harbour win the cup", spec, sizeof spec / sizeof spec[0]);
  s = run(f, BC_LENGTH_LONG);
  assert_true(s->n_key_points >= 2);
  assert_false(brief_holds(s, "(Harbour)"));
  assert_false(brief_holds(s, "(Kirkwall)"));
  bc_summary_free(s);
  free(f);
}

/* A tl;dr does not open with a subject that stands for something named
 * before ("The pension rise, Lee notes, matters ..." after "a pension
 * rise"), however much it shares the title's words: the story's own
 * statement of the news comes first. */
static void tldr_subject_does_not_point_back(void **state)
{
  static const char *const spec[] = {
      "# Voters pass pension rise for retired teachers",
      "Voters in the state approved on Tuesday a change to the constitution "
      "that gives retired teachers a pension rise of six percent.",
      "Teachers' union director Tim Lee told the paper the rise was a win "
      "that retirees had worked towards for years, Lee said.",
      "Lawmakers had put the question on the ballot after a long debate in "
      "the spring session, the union said.",
      "The pension rise, Lee notes, matters to retired teachers and to "
      "teachers as much as it matters to voters.",
      "The fund will still face shortfalls in the coming decade, an "
      "actuary said."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Voters pass pension rise for retired teachers", spec,
        sizeof spec / sizeof spec[0]);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(strncmp(s->tldr, "The pension rise", 16) != 0);
  bc_summary_free(s);
  free(f);
}

/* An instruction about the subject itself (a recipe's steps) is the
 * piece, not the page talking: it stays a point. */
static void instructions_of_the_subject_stay(void **state)
{
  static const char *const spec[] = {
      "# Pear jam",
      "Peel and core the pears and cut them into small cubes of about the "
      "same size.",
      "Heat the pears with the sugar and the lemon juice until the mixture "
      "boils hard.",
      "Spoon the hot jam into clean jars and close them while the jam is "
      "still warm."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Pear jam", spec, sizeof spec / sizeof spec[0]);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(brief_holds(s, "Heat the pears"));
  assert_true(brief_holds(s, "Spoon the hot jam"));
  bc_summary_free(s);
  free(f);
}

/* A sentence cut in two at a stop inside it ("... a report entitled
 * Putin. War, is based on ...") gives no point of either half, and a
 * sentence that answers the one before with "so" or "not" ("Kell will
 * hope not, after ...") is no title. */
static void split_and_elliptic_sentences_stand_not(void **state)
{
  static const char *const spec[] = {
      "Most of the report, entitled Harbour. War, is based on facts that "
      "have already appeared in the island papers over the last year. "
      "Anna Kell will hope not, after she lost her place in the island "
      "team during a match in Kirkwall on Monday. "
      "Island selector Ola Brenn named a new team for the derby on Friday "
      "after a week of trials at the harbour ground. "
      "The island team plays its first match of the season in Kirkwall "
      "next month, Brenn said. "
      "Brenn said the new players had shown the best form in the trials "
      "and deserved their chance."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "Most of the report, entitled Harbour", spec, 1);
  f->doc.date = NULL;
  add_name(f, "Ola Brenn", BC_NAME_PERSON);
  add_name(f, "Anna Kell", BC_NAME_PERSON);
  s = run(f, BC_LENGTH_MEDIUM);
  for (i = 0; i < s->n_key_points; i++) {
    assert_null(strstr(s->key_points[i].text, "War, is"));
    assert_null(strstr(s->key_points[i].text, "entitled Harbour."));
  }
  assert_null(strstr(s->tldr, "War, is"));
  assert_null(strstr(s->title, "War, is"));
  assert_null(strstr(s->title, "hope not"));
  bc_summary_free(s);
  free(f);
}

/* A headline made of a long sentence keeps what its verb needs: the
 * phrase after "make way for" or after an -ing form ("admitted
 * intervening in an argument"), and the clause that completes a cleft
 * ("it was the generals, not the rebels, who led the battles"). */
static void headline_keeps_what_its_verb_needs(void **state)
{
  static const char *const hotels[] = {
      "Three old hotels on the cliff top will go to make way for a new "
      "hotel with ninety rooms and two blocks of flats. "
      "The council received two hundred letters about the plans for the "
      "cliff top site. "
      "Work on the site is due to start in the spring."};
  static const char *const fight[] = {
      "Jo Park, 35, of Mill Lane, had admitted intervening in an argument "
      "between her brother and a neighbour at the holiday park. "
      "The court heard the two men had been drinking in the park bar all "
      "evening. "
      "The jury took four hours to reach its verdict in the case."};
  static const char *const prize[] = {
      "The painter Ann Hale, who received the 25,000 pound prize for her "
      "painting Squint at the Walker gallery in Liverpool, was one of the "
      "artists on the short list in 1991. "
      "Hale said that finally winning the prize was very nice indeed. "
      "The judges called the painting quite extraordinary."};
  static const char *const cleft[] = {
      "The report presents evidence from soldiers who admit that it was "
      "army generals, not rebels, who directed the main battles in the "
      "east of the country. "
      "The army has always denied that its officers took part in the "
      "fighting in the east. "
      "The report was printed in two thousand copies for the first run."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Three old hotels on the cliff top will go to make way", hotels, 1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_non_null(strstr(s->title, "make way for"));
  bc_summary_free(s);
  build(f, "Jo Park, 35, of Mill Lane, had admitted intervening", fight, 1);
  f->doc.date = NULL;
  add_name(f, "Jo Park", BC_NAME_PERSON);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(!strstr(s->title, "intervening") ||
              strstr(s->title, "intervening in"));
  bc_summary_free(s);
  /* the comma of a figure ("25,000") closes no clause: what is left out
   * runs to the clause's own comma */
  build(f, "The painter Ann Hale, who received the 25,000 pound prize", prize,
        1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->title, " 000"));
  assert_null(strstr(s->tldr, " 000"));
  bc_summary_free(s);
  build(f, "The report presents evidence from soldiers who admit", cleft, 1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(!strstr(s->title, "not rebels") ||
              strstr(s->title, "who directed"));
  bc_summary_free(s);
  free(f);
}

/* A headline says who: not a sentence whose subject names nothing ("It
 * was easy to do, she says"), and a sentence about a named person before
 * one about a description that points at someone named before ("The
 * 24-year-old ..."). */
static void headline_names_its_subject(void **state)
{
  static const char *const spec[] = {
      "It was easy to move to the island in the end, she says, because the "
      "ferry company had offered her a job on the boats. "
      "Anna Kell has been named captain of the island ferry after ten years "
      "as its first mate. "
      "She starts on the Kirkwall route in the spring, the company said."};
  static const char *const runner[] = {
      "The 24-year-old finished fourth in the final of the island games in "
      "Kirkwall last summer. "
      "Laura Kell will miss the island games in April to sit the final "
      "exams of her degree in veterinary medicine. "
      "Her coach said the exams had to come first this year. "
      "Kell hopes to run again at the games in two years' time."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "It was easy to move to the island in the end, she says", spec, 1);
  f->doc.date = NULL;
  add_name(f, "Anna Kell", BC_NAME_PERSON);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(strncmp(s->title, "It ", 3) != 0);
  bc_summary_free(s);
  build(f, "The 24-year-old finished fourth in the final of the island games",
        runner, 1);
  f->doc.date = NULL;
  add_name(f, "Laura Kell", BC_NAME_PERSON);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_non_null(strstr(s->title, "Laura Kell"));
  bc_summary_free(s);
  free(f);
}

/* A "By" that opens a sentence is prose when a sentence follows it ("By
 * Monday, the council had voted ..."), and stays a point. */
static void by_opening_a_sentence_is_prose(void **state)
{
  static const char *const spec[] = {
      "# School closes",
      "By Monday, the council had voted to close the village school at "
      "the end of the summer term.",
      "Parents said the nearest other school was a forty minute bus ride "
      "away from the village.",
      "The council said the school had only eleven pupils left and could "
      "not pay for its teachers."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "School closes", spec, 4);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_true(brief_holds(s, "By Monday, the council had voted"));
  bc_summary_free(s);
  free(f);
}

/* Words a reader cannot give to anyone are no key point and no tl;dr: a
 * sentence that closes a quotation opened in another ('..., added X.'
 * after an unmarked start), one that opens a quotation it does not close
 * ('X said: "And then ...'), the words that go on after "X told
 * reporters: ..." with no marks, a
 * first-person sentence in a story told in the third person; and a
 * quotation nobody is named for is left out of the quotes. */
static void quotes_without_their_speaker(void **state)
{
  static const char *const spec[] = {
      "# New coach for Rovers",
      "Rovers have named Ada Lind as their new head coach on a two-year "
      "contract, the club said on Tuesday.",
      "Lind led the under-21 side to the national title last season and "
      "replaces the sacked Piet Moor.",
      "Club chair Tom Reyes said: \"And then we knew she was the one for "
      "the job.",
      "It was an easy choice for the whole board to make in the end,\" "
      "added Reyes about the decision.",
      "Lind told reporters: The squad is young and it is hungry. We will "
      "play fast football from the first game.",
      "I'm looking forward to getting started with this group of players.",
      "Her first match in charge is the home game against United on "
      "Saturday afternoon.",
      "\"Every single fan in the town will be watching that first game "
      "closely,\" one steward at the ground said."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t i;
  (void)state;
  build(f, "New coach for Rovers", spec, sizeof spec / sizeof spec[0]);
  add_quote(f,
            "Every single fan in the town will be watching that first game "
            "closely",
            NULL);
  s = run(f, BC_LENGTH_LONG);
  assert_true(s->n_key_points >= 2);
  assert_false(brief_holds(s, "And then we knew"));
  assert_false(brief_holds(s, "added Reyes"));
  assert_false(brief_holds(s, "We will play fast"));
  assert_false(brief_holds(s, "looking forward"));
  assert_true(brief_holds(s, "Ada Lind"));
  for (i = 0; i < s->n_quotes; i++)
    assert_true(*s->quotes[i].speaker);
  bc_summary_free(s);
  free(f);
}

/* Words of s, for a headline's length. */
static size_t words_in(const char *s)
{
  size_t n = 0;
  for (; *s; s++)
    n += *s != ' ' && (s[1] == ' ' || !s[1]);
  return n;
}

/* An untitled story's title is its news in a dozen words or so, and its
 * tl;dr says that news in full: never the background a story cut below
 * its lead opens with ("had closed ... in 2009"), never a headline that
 * stops on a word that needs its phrase ("a report that looks", "will
 * go"), and never a tl;dr of someone's quoted words. */
static void untitled_story_headline_and_tldr(void **state)
{
  static const char *const spec[] = {
      "The council had closed the town pool in 2009 after inspectors found "
      "cracks in the roof and the walls of the old building. "
      "Mayor Jo Hart reopened the town pool on Saturday after a rebuild "
      "that cost four million pounds and took three years. "
      "Hundreds of swimmers queued outside the doors before eight in the "
      "morning in the rain. "
      "\"It has been a long wait for all of us in this town, and the new "
      "pool is worth every penny we spent on it,\" Jo Hart said. "
      "The pool will open every day of the week from next month. "
      "Local schools will use it for lessons on weekday mornings in 2015."};
  static const char *const spec2[] = {
      "The transport committee has released a report that looks at the "
      "cost of the new bridge over the river in the town centre. "
      "Its members said the bridge would cost twice as much as the council "
      "told residents two years ago when the plans were first shown. "
      "The council said it would answer the report within a month. "
      "A motion on the bridge will go before the full council in the "
      "spring after the budget has been set."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t n;
  (void)state;
  build(f, "The council had closed the town pool in 2009 after inspectors",
        spec, 1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  assert_non_null(strstr(s->title, "reopened the town pool"));
  assert_null(strstr(s->title, "had closed"));
  assert_true(words_in(s->title) <= 14);
  /* the tl;dr tells the title's news in full, in the story's own voice */
  assert_memory_equal(s->tldr, s->title, strlen(s->title));
  assert_null(strstr(s->tldr, "long wait"));
  bc_summary_free(s);
  build(f, "The transport committee has released a report that looks at", spec2,
        1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  n = strlen(s->title);
  assert_true(n > 6);
  assert_false(n > 6 && !strcmp(s->title + n - 6, " looks"));
  assert_false(n > 3 && !strcmp(s->title + n - 3, " go"));
  assert_false(n > 3 && !strcmp(s->title + n - 3, " at"));
  bc_summary_free(s);
  free(f);
}

/* An untitled story's title is a statement: never a headline that ends
 * on a comma ("Rovers paid 4m for striker Ana Sol, 22,") nor a
 * subordinate clause left alone ("While there is still some way to go")
 * nor one that keeps a measure whose clause it left out ("..., nine
 * days"); and no point opens "As a result". */
static void untitled_title_is_no_fragment(void **state)
{
  static const char *const spec[] = {
      "While there is still some way to go before the pool reopens, "
      "the council expects the work to finish by May. "
      "Rovers paid 4m for striker Ana Sol, 22, who joined from Santos in "
      "a deal that ran to the last day of the window, and the town talked "
      "of little else. "
      "As a result, the council moved the budget for the pool repairs into "
      "next year and closed the leisure centre. "
      "Swimmers will use the school pool in the next town during the work. "
      "The council voted on Tuesday to close the leisure centre for "
      "repairs to its roof and pool. "
      "Inspectors found the roof over the pool had rotted through in "
      "several places last winter."};
  static const char *const spec2[] = {
      "Dock worker Ann Cole, 52, died in hospital on 3 June, nine days "
      "after she fell from a gangway onto the quay at the port of Leith "
      "during a night shift in heavy rain. "
      "The port authority has opened an inquiry into the lighting and the "
      "railings on the gangway. "
      "Her union said workers had asked for better lighting on the quay "
      "for two years. "
      "The inquiry will report to the port board before the end of the "
      "year."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  size_t n;
  (void)state;
  build(f, "While there is still some way to go before the pool reopens", spec,
        1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  n = strlen(s->title);
  assert_true(n > 0 && s->title[n - 1] != ',');
  assert_true(strncmp(s->title, "While ", 6) != 0);
  assert_false(point_opens(s, "As a result"));
  bc_summary_free(s);
  build(f, "Dock worker Ann Cole, 52, died in hospital on 3 June", spec2, 1);
  f->doc.date = NULL;
  s = run(f, BC_LENGTH_MEDIUM);
  n = strlen(s->title);
  /* "..., nine days" without the "after" it measures says nothing */
  assert_true(n < 9 || strcmp(s->title + n - 9, "nine days") != 0);
  bc_summary_free(s);
  free(f);
}

/* A dateline of several words in capitals, or with the wire that filed it
 * after its state ("SANTA ROSA BEACH —", "PORTLAND, Maine (WXYZ) -"), is
 * left out of the tl;dr. */
static void long_datelines_left_out(void **state)
{
  static const char *const a[] = {
      "SANTA ROSA BEACH \xe2\x80\x94 The county closed the beach road to all "
      "traffic on Monday after the storm washed part of it away.",
      "Drivers were sent on a long detour inland while the road stays shut.",
      "The county said repairs would take at least three months to finish."};
  static const char *const b[] = {
      "PORTLAND, Maine (WXYZ) - The city closed the old ferry pier to all "
      "visitors on Monday after divers found its piles had rotted.",
      "Ferries now leave from the cargo quay at the north end of the port.",
      "The city said a new pier would take two years to design and build."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Beach road closed", a, 3);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_memory_equal(s->tldr, "The county closed", 17);
  bc_summary_free(s);
  build(f, "Ferry pier closed", b, 3);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_memory_equal(s->tldr, "The city closed", 15);
  bc_summary_free(s);
  free(f);
}

/* The tl;dr is the news, not the hook that leads to it: a sentence set in
 * the time before ("Earlier this year, ...") or the author introducing
 * themselves ("As a ..., I ...") gives way to the sentence that says what
 * happened. */
static void tldr_passes_over_the_hook(void **state)
{
  static const char *const a[] = {
      "# Nordwagen convertible",
      "Earlier this year, Nordwagen showed a convertible concept of its "
      "electric coupe at the Geneva motor show.",
      "Nordwagen will sell the convertible electric coupe from March, with "
      "a fabric roof that opens in fifteen seconds.",
      "The convertible keeps the coupe's battery and its range of 480 "
      "kilometres on one charge.",
      "Prices for the convertible electric coupe start at 64,000 euros in "
      "Germany."};
  static const char *const b[] = {
      "# Five snacks for game day",
      "As a nutrition coach for twenty years, I have watched many people "
      "give up their plans for healthy snacks on game day.",
      "Healthy game-day snacks can taste as good as the usual chips and "
      "dips if you swap a few of the ingredients.",
      "Swap fried chips for baked vegetable crisps and the snacks lose half "
      "their fat.",
      "Make the dips with yogurt instead of cream, and the snacks keep "
      "their taste with fewer calories."};
  struct fx *f = malloc(sizeof *f);
  struct bc_summary *s;
  (void)state;
  build(f, "Nordwagen convertible", a, 5);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->tldr, "Earlier this year"));
  bc_summary_free(s);
  build(f, "Five snacks for game day", b, 5);
  s = run(f, BC_LENGTH_MEDIUM);
  assert_null(strstr(s->tldr, "As a nutrition coach"));
  bc_summary_free(s);
  free(f);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(key_points_are_verbatim_sentences_in_order),
      cmocka_unit_test(ranking_prefers_central_sentences),
      cmocka_unit_test(key_points_spread_over_sections),
      cmocka_unit_test(unmarked_headings_are_not_points),
      cmocka_unit_test(same_input_same_bytes),
      cmocka_unit_test(sections_follow_headings),
      cmocka_unit_test(timeline_sorted_deduplicated_verbatim),
      cmocka_unit_test(datelines_make_no_timeline_entry),
      cmocka_unit_test(timeline_places_only_dates),
      cmocka_unit_test(untitled_news_story),
      cmocka_unit_test(untitled_story_title_states_the_news),
      cmocka_unit_test(untitled_story_title_keeps_why),
      cmocka_unit_test(one_word_title_kept_and_defined),
      cmocka_unit_test(tldr_not_a_reader_hook),
      cmocka_unit_test(untitled_story_title_points_at_nothing_before),
      cmocka_unit_test(headline_drops_addresses_whole),
      cmocka_unit_test(untitled_story_titled_by_its_subject),
      cmocka_unit_test(untitled_story_names_its_referents),
      cmocka_unit_test(referent_age_names_nobody_else),
      cmocka_unit_test(untitled_story_not_titled_by_its_background),
      cmocka_unit_test(untitled_story_not_titled_by_a_late_detail),
      cmocka_unit_test(points_need_a_speaker_and_a_name),
      cmocka_unit_test(quotation_over_joined_paragraphs),
      cmocka_unit_test(mark_after_a_stop_opens_the_next_quotation),
      cmocka_unit_test(two_apostrophes_close_a_quotation),
      cmocka_unit_test(sentence_after_a_detached_mark_stands_alone_or_not),
      cmocka_unit_test(untitled_story_headline_is_no_stub_or_id),
      cmocka_unit_test(tldr_defines_the_title),
      cmocka_unit_test(timeline_listing_takes_the_tours_year),
      cmocka_unit_test(timeline_skips_reference_points),
      cmocka_unit_test(key_points_skip_also_after_a_definite_subject),
      cmocka_unit_test(dateline_left_out),
      cmocka_unit_test(headline_leaves_out_asides_and_closing_phrases),
      cmocka_unit_test(lone_section_and_promos),
      cmocka_unit_test(promos_and_tldr_repeats),
      cmocka_unit_test(points_pass_over_it_openers),
      cmocka_unit_test(news_lead_makes_the_tldr),
      cmocka_unit_test(wire_dateline_is_no_lead_sentence),
      cmocka_unit_test(long_news_story_keeps_its_lead),
      cmocka_unit_test(page_furniture_is_no_point),
      cmocka_unit_test(by_opening_a_sentence_is_prose),
      cmocka_unit_test(reader_notices_are_no_points),
      cmocka_unit_test(instructions_of_the_subject_stay),
      cmocka_unit_test(tldr_subject_does_not_point_back),
      cmocka_unit_test(commentary_lines_are_no_points),
      cmocka_unit_test(split_and_elliptic_sentences_stand_not),
      cmocka_unit_test(headline_keeps_what_its_verb_needs),
      cmocka_unit_test(headline_names_its_subject),
      cmocka_unit_test(quotes_without_their_speaker),
      cmocka_unit_test(untitled_title_is_no_fragment),
      cmocka_unit_test(untitled_story_headline_and_tldr),
      cmocka_unit_test(long_datelines_left_out),
      cmocka_unit_test(tldr_passes_over_the_hook),
      cmocka_unit_test(short_essay_opening_is_a_hook),
      cmocka_unit_test(placeholder_it_and_former_titles_stand),
      cmocka_unit_test(single_quotes_and_labels_are_no_points),
      cmocka_unit_test(short_brief_keeps_also_only_after_its_sentence),
      cmocka_unit_test(inserted_however_and_wire_dash),
      cmocka_unit_test(tldr_takes_the_turn_to_the_news),
      cmocka_unit_test(timeline_leaves_out_projections),
      cmocka_unit_test(timeline_splits_two_events_of_a_sentence),
      cmocka_unit_test(timeline_split_entries_sort_by_their_dates),
      cmocka_unit_test(timeline_leaves_out_quoted_dates),
      cmocka_unit_test(timeline_keeps_a_schedule_of_days),
      cmocka_unit_test(timeline_gives_one_entry_per_event),
      cmocka_unit_test(timeline_reads_a_stray_closing_mark_as_closing),
      cmocka_unit_test(timeline_event_drops_a_stray_quote_mark),
      cmocka_unit_test(timeline_places_year_less_months_by_the_text),
      cmocka_unit_test(timeline_year_less_month_takes_no_other_sentences_year),
      cmocka_unit_test(timeline_leaves_out_what_did_not_happen),
      cmocka_unit_test(timeline_leaves_out_since_and_post_signatures),
      cmocka_unit_test(timeline_keeps_a_range_of_two_dates),
      cmocka_unit_test(timeline_leaves_out_house_numbers),
      cmocka_unit_test(timeline_places_year_less_month_by_the_page_date),
      cmocka_unit_test(timeline_keeps_a_guessed_year_the_text_states),
      cmocka_unit_test(no_one_bullet_section_slides),
      cmocka_unit_test(key_points_cover_the_piece),
      cmocka_unit_test(non_prose_is_no_point),
      cmocka_unit_test(glossary_quotes_from_the_fact_sheet),
      cmocka_unit_test(quotes_take_the_speaker_the_text_names),
      cmocka_unit_test(glossary_needs_a_definition),
      cmocka_unit_test(slides_are_short_and_faithful),
      cmocka_unit_test(bullets_leave_out_whole_clauses),
      cmocka_unit_test(bullets_keep_a_list_of_examples_whole),
      cmocka_unit_test(bullets_keep_qualifiers_lists_and_dashes),
      cmocka_unit_test(points_stand_alone_and_tldr_says_the_point),
      cmocka_unit_test(asides_and_comments_are_not_the_piece),
      cmocka_unit_test(timeline_one_entry_per_event),
      cmocka_unit_test(narration_frames_the_key_points),
      cmocka_unit_test(narration_says_each_sentence_once),
      cmocka_unit_test(narration_intro_names_the_source),
      cmocka_unit_test(narration_chapters_follow_sections),
      cmocka_unit_test(empty_and_headless_documents),
      cmocka_unit_test(survives_every_allocation_failure),
      cmocka_unit_test(registry_names_and_errors),
      cmocka_unit_test(real_chain_on_every_sample),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
