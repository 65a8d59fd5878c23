/* test_analyze_names.c - names of people, organisations and places, and
 * quotations with their speakers; capitalized words that are not names. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "test_analyze_common.h"

struct name_case {
  const char *text;
  const char *name;
  enum bc_name_kind kind;
};

static const struct name_case cases[] = {
    {"Yesterday I met Dr. Smith at lunch.", "Dr. Smith", BC_NAME_PERSON},
    {"The book by J. R. R. Tolkien sold well.", "J. R. R. Tolkien",
     BC_NAME_PERSON},
    {"An essay by Paul Graham came out.", "Paul Graham", BC_NAME_PERSON},
    {"She studied at Stanford University for years.", "Stanford University",
     BC_NAME_ORG},
    {"He joined Acme Corp in spring.", "Acme Corp", BC_NAME_ORG},
    {"We moved to New York City last year.", "New York City", BC_NAME_PLACE},
    {"Our office in London grew.", "London", BC_NAME_PLACE},
    {"The Apache Software Foundation helped.", "Apache Software Foundation",
     BC_NAME_ORG},
    {"Then Google's team shipped it.", "Google", BC_NAME_ORG},
    {"We rewrote it in Rust for speed.", "Rust", BC_NAME_OTHER},
    {"The Bank of England raised rates.", "Bank of England", BC_NAME_ORG},
    {"Alice left early. Later we called Alice again.", "Alice", BC_NAME_PERSON},
    {"Kubernetes is hard. We run Kubernetes anyway.", "Kubernetes",
     BC_NAME_OTHER},
    /* A sentence-initial word the text also writes in lower case is a
     * common word, not the start of the name. */
    {"Though Balzac wrote at night, he slept though noon.", "Balzac",
     BC_NAME_OTHER},
};

/* Texts in which no name may be found. */
static const char *const no_names[] = {
    "The team shipped it on Friday in March.",
    "However, we did not stop.",
    "Why Faithfulness Matters For Readers",
    "I think so. We agree.",
    "The SLO was met.",
    "Kubernetes is hard.",
    "The Service Level Objective (SLO) held.",
    "1. The US Is Not a Police State.",
    "It rained. Can Fire People Quickly? We wondered.",
    "[3] Imaginative people don't want to lead.",
    /* A one-letter word ending a sentence is no initial. */
    "It was written in C. But nobody read it.",
    /* Common words in capitalised places: a title, a heading. */
    "Day after day we waited for the Day of reckoning.",
    "Stealing It. We kept stealing it anyway.",
};

struct quote_case {
  const char *text;
  const char *quote;
  const char *speaker; /* NULL: not attributed */
};

static const struct quote_case quotes[] = {
    {"“We will never ship a wrong date,” said Jane Doe.",
     "We will never ship a wrong date", "Jane Doe"},
    {"\"Faithfulness is the feature,\" Bob Jones said.",
     "Faithfulness is the feature", "Bob Jones"},
    {"Bob Jones said: \"This is a test of quotes.\" Then he left.",
     "This is a test of quotes.", "Bob Jones"},
    {"\"It works fine here,\" according to Dr. Lee.", "It works fine here",
     "Dr. Lee"},
    {"He wrote “small things add up over time” in 2019.",
     "small things add up over time", NULL},
    {"“Ship it today,” he said.", "Ship it today", NULL},
    {"\"We are close to finding life,\" NASA chief scientist Ellen Stofan "
     "said on Tuesday.",
     "We are close to finding life", "Ellen Stofan"},
    {"\"We are close to finding life,\" the agency said on Tuesday.",
     "We are close to finding life", NULL},
    /* A determiner or number word opens a noun phrase, not a name; the
     * person a role after an organisation names is the speaker. */
    {"One said: \"We will have to close whole departments.\"",
     "We will have to close whole departments.", NULL},
    {"One Vice-Chancellor said: \"We will have to close departments.\"",
     "We will have to close departments.", NULL},
    {"\"The game needs a new deal,\" said WRU chief executive Martyn "
     "Phillips.",
     "The game needs a new deal", "Martyn Phillips"},
    {"\"The game needs a new deal,\" according to WRU chief executive "
     "Martyn Phillips.",
     "The game needs a new deal", "Martyn Phillips"},
    /* Attribution only where it is unambiguous: a quote that ends its
     * sentence is not the next sentence's speaker's ... */
    {"TLP said there was no \"clear scientific basis for it\".NRW said it "
     "had followed the rules.",
     "clear scientific basis for it", NULL},
    {"TLP said there was no \"clear scientific basis for it\". NRW said it "
     "had followed the rules.",
     "clear scientific basis for it", NULL},
    {"Lesley Griffiths said a decision would come in the \"very, very near "
     "future.\" NRW said it welcomed that.",
     "very, very near future.", NULL},
    {"It would come in the \"very, very near future.\" Officials at NRW "
     "said they welcomed that.",
     "very, very near future.", NULL},
    /* ... nor is an organisation named inside a phrase */
    {"\"There is no basis for this,\" the briefing to NRW said.",
     "There is no basis for this", NULL},
    {"A spokesman for NRW said: \"We followed every rule in the book.\"",
     "We followed every rule in the book.", NULL},
    {"Mike LeSurf, from Mencap, said: \"Every town needs one of these.\"",
     "Every town needs one of these.", "Mike LeSurf"},
    {"\"Every town needs one of these,\" Mike LeSurf, from Mencap, said.",
     "Every town needs one of these", NULL},
    /* ... and a title before a name is not the name */
    {"\"We are so grateful for the help,\" said Baark Volunteer Coordinator "
     "Bonnie Young.",
     "We are so grateful for the help", "Bonnie Young"},
    {"Welsh Environment Secretary Lesley Griffiths said: \"We will decide "
     "very soon.\"",
     "We will decide very soon.", "Environment Secretary Lesley Griffiths"},
    {"\"It was the right call,\" Mr Wright said after the meeting.",
     "It was the right call", "Mr Wright"},
    {"\"Is this the end of it?\" asked Jane Doe.", "Is this the end of it?",
     "Jane Doe"},
    {"\"We are fully mobilized to buy it,\" said Laurence des Cars, the "
     "director.",
     "We are fully mobilized to buy it", "Laurence des Cars"},
    /* a quote that ran on into a next paragraph the scrape joined: the
     * narration after it is no quote */
    {"It was made for a king.\"Mr Marsden said the coin was made in "
     "Francia. \"It is wonderful to see,\" he said.",
     "It is wonderful to see", NULL},
};

static const char *const no_quotes[] = {
    "He called it \"done\" and left.",
    "The word “fast” is relative.",
    "An \"unbalanced quote starts here and never ends.",
};

static void names_table(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const struct name_case *c = &cases[i];
    struct bc_facts *f = analyze(c->text, NULL);
    const struct bc_name_fact *n = NULL;
    assert_non_null(f);
    for (k = 0; k < f->n_names; k++)
      if (strcmp(f->names[k].name, c->name) == 0)
        n = &f->names[k];
    if (!n || n->kind != c->kind) {
      fprintf(stderr, "case %zu: '%s' want '%s'\n", i, c->text, c->name);
      for (k = 0; k < f->n_names; k++)
        fprintf(stderr, "  got '%s' kind %d\n", f->names[k].name,
                f->names[k].kind);
    }
    assert_non_null(n);
    assert_int_equal(n->kind, c->kind);
    assert_true(span_is(c->text, n->span, c->name));
    bc_facts_free(f);
  }
}

static void names_negatives(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof no_names / sizeof no_names[0]; i++) {
    struct bc_facts *f = analyze(no_names[i], NULL);
    assert_non_null(f);
    if (f->n_names) {
      fprintf(stderr, "case '%s':\n", no_names[i]);
      for (k = 0; k < f->n_names; k++)
        fprintf(stderr, "  got '%s'\n", f->names[k].name);
    }
    assert_int_equal(f->n_names, 0);
    bc_facts_free(f);
  }
}

/* A name first seen at a sentence start keeps that first span once it is
 * confirmed elsewhere; names stay in source order. */
static void sentence_start_name_confirmed(void **state)
{
  const char *t = "Rust is fast. Go is simple. We like Rust and Zig.";
  struct bc_facts *f = analyze(t, NULL);
  size_t k;
  (void)state;
  assert_non_null(f);
  assert_int_equal(f->n_names, 2);
  assert_string_equal(f->names[0].name, "Rust");
  assert_int_equal(f->names[0].span.start, 0);
  assert_string_equal(f->names[1].name, "Zig");
  for (k = 1; k < f->n_names; k++)
    assert_true(f->names[k - 1].span.start < f->names[k].span.start);
  bc_facts_free(f);
}

static void quotes_table(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof quotes / sizeof quotes[0]; i++) {
    const struct quote_case *c = &quotes[i];
    struct bc_facts *f = analyze(c->text, NULL);
    assert_non_null(f);
    if (f->n_quotes != 1 || !span_is(c->text, f->quotes[0].span, c->quote)) {
      fprintf(stderr, "case %zu: '%s'\n", i, c->text);
      for (k = 0; k < f->n_quotes; k++)
        print_span("got", c->text, f->quotes[k].span);
    }
    assert_int_equal(f->n_quotes, 1);
    assert_true(span_is(c->text, f->quotes[0].span, c->quote));
    if (!c->speaker != !f->quotes[0].speaker ||
        (c->speaker && strcmp(c->speaker, f->quotes[0].speaker)))
      fprintf(stderr, "case %zu: '%s': speaker '%s'\n", i, c->text,
              f->quotes[0].speaker ? f->quotes[0].speaker : "(none)");
    if (c->speaker) {
      assert_non_null(f->quotes[0].speaker);
      assert_string_equal(f->quotes[0].speaker, c->speaker);
    } else {
      assert_null(f->quotes[0].speaker);
    }
    bc_facts_free(f);
  }
  for (i = 0; i < sizeof no_quotes / sizeof no_quotes[0]; i++) {
    struct bc_facts *f = analyze(no_quotes[i], NULL);
    assert_non_null(f);
    assert_int_equal(f->n_quotes, 0);
    bc_facts_free(f);
  }
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(names_table),
      cmocka_unit_test(names_negatives),
      cmocka_unit_test(sentence_start_name_confirmed),
      cmocka_unit_test(quotes_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
