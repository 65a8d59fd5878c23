/* cmd_facts.c - `briefcast facts INPUT`: print the fact sheet the analyzer
 * finds in a source (dates, acronyms, numbers, names, quotes, each with its
 * place in the text), readably or as JSON.  It is the way to see what the
 * validator will hold a summary to. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/doc.h"
#include "briefcast/facts.h"
#include "cli.h"
#include "cli_options.h"

static void help(void)
{
  puts("usage: briefcast facts INPUT [--json] [options]\n"
       "\n"
       "Print the facts found in INPUT (a file, an http(s) URL, or - for\n"
       "stdin): dates, times, durations and sets with TIMEX3 values\n"
       "(2019-06-14, 1998-Q4, P3M, XXXX-WXX-4), acronyms with the expansion "
       "the\n"
       "source gives, numbers with their unit, names of people,\n"
       "organisations and places, and quotations with their speakers, each\n"
       "with its line and byte span.  A feed or list prints every entry.\n"
       "\n"
       "Dates said relative to the document's date (last year, Friday, in\n"
       "August, 06/14) are resolved against it, or against the dated post\n"
       "heading above them, and the tense of their sentence: \"said Friday\"\n"
       "is the Friday before, \"will reopen in August\" the next August.\n"
       "\n"
       "options:\n"
       "  --json               print the fact sheet as JSON (briefcast.facts/1)"
       "\n"
       "  --date YYYY-MM-DD    reference date for a document that has none\n"
       "  --format FMT         force text|markdown|html|feed|list\n"
       "  --split-posts        a page of several dated posts gives one\n"
       "                       document per post\n"
       "  --charset CS         the input's charset when it is not UTF-8\n"
       "  --timeout SECS       total timeout for fetching a URL (default 60)\n"
       "\n"
       "Exit codes: see briefcast --help.");
}

enum { OPT_JSON = 1000, OPT_DATE };

static const char *name_kind(enum bc_name_kind k)
{
  static const char *const names[] = {"person", "org", "place", "other"};
  return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "?";
}

/* Line number of byte at, counting from 1 (a linear scan from the last
 * position keeps the whole listing linear, as facts are in order). */
struct liner {
  const char *text;
  size_t pos, line;
};

static size_t line_at(struct liner *l, size_t at)
{
  if (at < l->pos) {
    l->pos = 0;
    l->line = 1;
  }
  for (; l->pos < at; l->pos++)
    if (l->text[l->pos] == '\n')
      l->line++;
  return l->line;
}

/* Print text[span] on one line (line breaks shown as spaces). */
static void put_span(const struct bc_doc *d, struct bc_span sp)
{
  if (sp.end > d->text_len)
    sp.end = d->text_len;
  for (size_t i = sp.start; i < sp.end; i++)
    putchar(d->text[i] == '\n' || d->text[i] == '\t' ? ' ' : d->text[i]);
}

static void heading(const struct bc_cli *g, const char *what, size_t n)
{
  if (g->color)
    printf("\n\033[1m%s\033[0m (%zu)\n", what, n);
  else
    printf("\n%s (%zu)\n", what, n);
}

static void print_dates(const struct bc_doc *d, struct liner *l,
                        const struct bc_date_fact *v, size_t n)
{
  size_t k;
  for (k = 0; k < n; k++) {
    const struct bc_date_fact *x = &v[k];
    printf("  %-22s %-9s %-8s %-13s line %-5zu \"", x->iso[0] ? x->iso : "-",
           bc_date_kind_name(x->kind), bc_timex_type_name(x->type),
           x->mod ? bc_timex_mod_name(x->mod) : "-", line_at(l, x->span.start));
    put_span(d, x->span);
    puts("\"");
  }
}

static void print_sheet(const struct bc_cli *g, const struct bc_doc *d,
                        const struct bc_facts *f)
{
  struct liner l = {d->text, 0, 1};
  size_t k;
  printf("%s%s%s\n", g->color ? "\033[1m" : "",
         d->title ? d->title : (d->source ? d->source : "(untitled)"),
         g->color ? "\033[0m" : "");
  if (d->date)
    printf("date %s; ", d->date);
  printf("%zu sentence%s\n", f->n_sentences, f->n_sentences == 1 ? "" : "s");

  heading(g, "Dates", f->n_dates);
  print_dates(d, &l, f->dates, f->n_dates);
  heading(g, "Times, durations and sets", f->n_times);
  l.pos = 0;
  l.line = 1;
  print_dates(d, &l, f->times, f->n_times);
  heading(g, "Acronyms", f->n_acronyms);
  l.pos = 0;
  l.line = 1;
  for (k = 0; k < f->n_acronyms; k++) {
    const struct bc_acronym_fact *x = &f->acronyms[k];
    printf("  %-10s %s  (line %zu)\n", x->acronym, x->expansion,
           line_at(&l, x->span.start));
  }
  heading(g, "Numbers", f->n_numbers);
  l.pos = 0;
  l.line = 1;
  for (k = 0; k < f->n_numbers; k++) {
    const struct bc_number_fact *x = &f->numbers[k];
    printf("  %s%s%.15g",
           x->bound > 0   ? ">="
           : x->bound < 0 ? "<="
                          : "",
           x->approx && !x->bound ? "~" : "", x->value);
    if (x->value_hi != x->value)
      printf("..%.15g", x->value_hi);
    if (x->tol != 0)
      printf(" +-%.15g", x->tol);
    printf(" %s", x->unit);
    if (x->noun && *x->noun && (!x->count || strcmp(x->noun, x->unit) != 0))
      printf(" (%s)", x->noun);
    printf("  line %zu \"", line_at(&l, x->whole.start));
    put_span(d, x->whole);
    puts("\"");
  }
  heading(g, "Ordinals", f->n_ordinals);
  l.pos = 0;
  l.line = 1;
  for (k = 0; k < f->n_ordinals; k++) {
    const struct bc_number_fact *x = &f->ordinals[k];
    printf("  %.15g  line %zu \"", x->value, line_at(&l, x->span.start));
    put_span(d, x->span);
    puts("\"");
  }
  heading(g, "Names", f->n_names);
  l.pos = 0;
  l.line = 1;
  for (k = 0; k < f->n_names; k++)
    printf("  %-30s %-6s line %zu\n", f->names[k].name,
           name_kind(f->names[k].kind), line_at(&l, f->names[k].span.start));
  heading(g, "Quotes", f->n_quotes);
  l.pos = 0;
  l.line = 1;
  for (k = 0; k < f->n_quotes; k++) {
    printf("  line %zu: \"", line_at(&l, f->quotes[k].span.start));
    put_span(d, f->quotes[k].span);
    printf("\"%s%s\n", f->quotes[k].speaker ? " - " : "",
           f->quotes[k].speaker ? f->quotes[k].speaker : "");
  }
}

int bc_cmd_facts(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {
      {"help", no_argument, NULL, 'h'},
      {"json", no_argument, NULL, OPT_JSON},
      {"date", required_argument, NULL, OPT_DATE},
      BC_CLI_INGEST_LONGOPTS,
      {NULL, 0, NULL, 0}};
  struct bc_ingest_opts in = BC_INGEST_OPTS_INIT;
  struct bc_doclist docs = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  int c, code = BC_EXIT_OK, json = g->json, as_array;
  const char *ref = NULL;

  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (c) {
    case 'h': help(); return BC_EXIT_OK;
    case OPT_JSON: json = 1; break;
    case OPT_DATE:
      code = bc_cli_reference_date(g, optarg, &ref);
      if (code)
        return code;
      break;
    case ':':
    case '?': return bc_cli_option_error(g, "facts", c, argv[optind - 1]);
    default:
      code = bc_cli_ingest_option(g, c, optarg, &in);
      if (code)
        return code;
    }
  }
  if (argc - optind != 1)
    return bc_cli_usage_error(g, "usage: briefcast facts INPUT [--json] "
                                 "(see briefcast facts --help)");
  if (bc_ingest(argv[optind], &in, &docs, &err))
    return bc_cli_fail(g, &err);

  as_array = json && bc_cli_is_feed(&in, &docs);
  if (as_array)
    fputs("[\n", stdout);
  for (size_t i = 0; i < docs.n && code == BC_EXIT_OK; i++) {
    struct bc_doc *d = docs.docs[i];
    struct bc_facts *f = NULL;
    char *saved = d->date;
    bc_status rc;
    /* --date stands in for a missing document date only. */
    if (!d->date && ref)
      d->date = (char *)ref;
    rc = bc_facts_analyze(d, &f, &err);
    if (rc) {
      d->date = saved;
      code = bc_cli_fail(g, &err);
      break;
    }
    if (json) {
      char *js = bc_facts_to_json(f, d);
      size_t n;
      if (!js) {
        bc_error_set(&err, BC_ERR_NOMEM, "cannot print '%s': out of memory",
                     argv[optind]);
        code = bc_cli_fail(g, &err);
      } else {
        n = strlen(js);
        while (n > 0 && js[n - 1] == '\n')
          n--;
        fwrite(js, 1, n, stdout);
        fputs(as_array && i + 1 < docs.n ? ",\n" : "\n", stdout);
        free(js);
      }
    } else {
      if (i > 0)
        puts("\n---\n");
      print_sheet(g, d, f);
    }
    d->date = saved;
    bc_facts_free(f);
  }
  if (as_array && code == BC_EXIT_OK)
    fputs("]\n", stdout);
  if (code == BC_EXIT_OK && (fflush(stdout) == EOF || ferror(stdout))) {
    bc_error_set(&err, BC_ERR_OUTPUT, "cannot write to standard output");
    code = bc_cli_fail(g, &err);
  }
  bc_doclist_release(&docs);
  return code;
}
