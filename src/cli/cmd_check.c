/* cmd_check.c - `briefcast check SOURCE SUMMARY`: check a summary made by
 * briefcast (summary.json) or by any other tool (plain text, Markdown, a
 * transcript) against its source, and print the findings readably or as
 * report.json.  It never changes either file. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "briefcast/doc.h"
#include "briefcast/facts.h"
#include "briefcast/limits.h"
#include "briefcast/summary.h"
#include "briefcast/validate.h"
#include "cli.h"
#include "cli_options.h"

static void help(void)
{
  puts("usage: briefcast check SOURCE SUMMARY [--strict] [--json] [options]\n"
       "\n"
       "Check every date, acronym expansion, number and name in SUMMARY\n"
       "against SOURCE.  SUMMARY is briefcast's summary.json (its evidence\n"
       "spans are checked too) or any plain-text or Markdown summary or\n"
       "transcript; SOURCE is a file, an http(s) URL, or - for stdin.\n"
       "\n"
       "Findings: an acronym expanded otherwise than the source defines it,\n"
       "a date, month, year or quarter the source does not give (or gives\n"
       "for another event), a number whose value or unit differs from the\n"
       "source's, a source's name with a word put inside it, are errors;\n"
       "an expansion the source never gives, a number with no counterpart,\n"
       "a name the source never mentions are warnings.\n"
       "\n"
       "options:\n"
       "  --strict               exit 12 when the verdict is fail\n"
       "  --json                 print report.json (briefcast.validation/1)\n"
       "  --no-names             do not report names absent from the source\n"
       "  --format FMT           read SOURCE as text|markdown|html\n"
       "  --date YYYY-MM-DD      the source's date when it gives none: it\n"
       "                         resolves \"last year\" and \"06/14\" in the\n"
       "                         source and in SUMMARY\n"
       "\n"
       "Exit codes: 0 checked (whatever the verdict, unless --strict),\n"
       "12 verdict fail under --strict; others see briefcast --help.");
}

enum { OPT_STRICT = 1000, OPT_NO_NAMES, OPT_FORMAT, OPT_DATE };

static int looks_like_json(const char *s, size_t n)
{
  size_t i = 0;
  if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB &&
      (unsigned char)s[2] == 0xBF)
    i = 3;
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
    i++;
  return i < n && s[i] == '{';
}

static const char *paint(const struct bc_cli *g, enum bc_severity s)
{
  if (!g->color)
    return "";
  return s == BC_SEV_ERROR     ? "\033[1;31m"
         : s == BC_SEV_WARNING ? "\033[33m"
                               : "\033[36m";
}

/* The line number of a byte offset of the source, for the reader. */
static size_t line_of(const struct bc_doc *d, size_t at)
{
  size_t i, line = 1;
  for (i = 0; i < at && i < d->text_len; i++)
    if (d->text[i] == '\n')
      line++;
  return line;
}

static void print_report(const struct bc_cli *g, const char *summary_name,
                         const struct bc_doc *doc, const struct bc_report *r)
{
  const char *off = g->color ? "\033[0m" : "";
  const char *dim = g->color ? "\033[2m" : "";
  size_t i, errors = 0, warnings = 0;
  for (i = 0; i < r->n_findings; i++) {
    const struct bc_finding *f = &r->findings[i];
    if (f->repaired_to)
      continue;
    if (f->severity == BC_SEV_ERROR)
      errors++;
    else if (f->severity == BC_SEV_WARNING)
      warnings++;
  }
  for (i = 0; i < r->n_findings; i++) {
    const struct bc_finding *f = &r->findings[i];
    printf("%s%-7s%s %-8s %s\n", paint(g, f->severity),
           bc_severity_name(f->severity), off, f->kind, f->field);
    printf("        summary: \"%s\"\n", f->claim);
    if (f->source_says && *f->source_says) {
      printf("        source:  \"%s\"", f->source_says);
      if (f->span.end > f->span.start)
        printf(" %s(line %zu, bytes %zu-%zu)%s", dim,
               line_of(doc, f->span.start), f->span.start, f->span.end, off);
      putchar('\n');
    }
    printf("        %s\n", f->message);
    if (f->repaired_to)
      printf("        repaired to: \"%s\"\n", f->repaired_to);
  }
  printf("%s: %zu error%s, %zu warning%s; checked %zu date%s, %zu "
         "acronym%s, %zu number%s, %zu name%s, %zu evidence span%s\n",
         summary_name, errors, errors == 1 ? "" : "s", warnings,
         warnings == 1 ? "" : "s", r->checked.dates,
         r->checked.dates == 1 ? "" : "s", r->checked.acronyms,
         r->checked.acronyms == 1 ? "" : "s", r->checked.numbers,
         r->checked.numbers == 1 ? "" : "s", r->checked.names,
         r->checked.names == 1 ? "" : "s", r->checked.evidence,
         r->checked.evidence == 1 ? "" : "s");
  printf("verdict: %s%s%s\n",
         g->color ? (r->verdict == BC_VERDICT_FAIL   ? "\033[1;31m"
                     : r->verdict == BC_VERDICT_WARN ? "\033[33m"
                                                     : "\033[32m")
                  : "",
         bc_verdict_name(r->verdict), off);
}

int bc_cmd_check(int argc, char **argv, const struct bc_cli *g)
{
  static const struct option longopts[] = {
      {"strict", no_argument, NULL, OPT_STRICT},
      {"no-names", no_argument, NULL, OPT_NO_NAMES},
      {"format", required_argument, NULL, OPT_FORMAT},
      {"date", required_argument, NULL, OPT_DATE},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  struct bc_ingest_opts in = BC_INGEST_OPTS_INIT;
  struct bc_validate_opts vo = BC_VALIDATE_OPTS_INIT;
  struct bc_doclist docs = BC_DOCLIST_INIT;
  struct bc_facts *facts = NULL;
  struct bc_summary *summary = NULL;
  struct bc_report *report = NULL;
  struct bc_error err = BC_ERROR_INIT;
  char *text = NULL, *json = NULL;
  size_t len = 0;
  int c, strict = 0, code = BC_EXIT_OK;
  const char *source, *summary_path, *ref = NULL;
  char *saved_date = NULL;
  bc_status rc;

  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (c) {
    case 'h': help(); return BC_EXIT_OK;
    case OPT_STRICT: strict = 1; break;
    case OPT_NO_NAMES: vo.check_names = 0; break;
    case OPT_DATE:
      code = bc_cli_reference_date(g, optarg, &ref);
      if (code)
        return code;
      break;
    case OPT_FORMAT:
      if (bc_cli_parse_format(optarg, &in.format))
        return bc_cli_usage_error(g,
                                  "--format: expected text, markdown or "
                                  "html, not '%s'",
                                  optarg);
      break;
    default: return bc_cli_option_error(g, "check", c, argv[optind - 1]);
    }
  }
  if (argc - optind != 2)
    return bc_cli_usage_error(g, "usage: briefcast check SOURCE SUMMARY (see "
                                 "briefcast check --help)");
  source = argv[optind];
  summary_path = argv[optind + 1];
  if (strcmp(source, "-") == 0 && strcmp(summary_path, "-") == 0)
    return bc_cli_usage_error(g, "check: SOURCE and SUMMARY cannot both be "
                                 "stdin");

  rc = bc_ingest(source, &in, &docs, &err);
  if (rc) {
    code = bc_cli_fail(g, &err);
    goto out;
  }
  if (docs.n == 0) {
    bc_error_set(&err, BC_ERR_INPUT, "cannot check against '%s': no document",
                 source);
    code = bc_cli_fail(g, &err);
    goto out;
  }
  if (docs.n > 1 && !g->quiet)
    bc_cli_note(g, "'%s' holds %zu documents; checking against the first",
                source, docs.n);
  /* --date stands in for a missing document date only; the document gets
   * its own pointer back before it is freed. */
  saved_date = docs.docs[0]->date;
  if (!saved_date && ref)
    docs.docs[0]->date = (char *)ref;
  rc = bc_facts_analyze(docs.docs[0], &facts, &err);
  if (!rc)
    rc = bc_cli_read_all(summary_path, BC_MAX_DOC_BYTES, &text, &len, &err);
  if (rc) {
    code = bc_cli_fail(g, &err);
    goto out;
  }
  {
    /* Nothing to check is not a pass: an empty summary or transcript
     * (a failed export, a wrong file) would otherwise get one. */
    size_t i = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < len && strchr(" \t\r\n\f\v", text[i]) && text[i])
      i++;
    if (i == len) {
      bc_error_set(&err, BC_ERR_INPUT, "cannot check '%s': it is empty",
                   summary_path);
      code = bc_cli_fail(g, &err);
      goto out;
    }
  }
  if (memchr(text, '\0', len)) {
    bc_error_set(&err, BC_ERR_BINARY,
                 "cannot check '%s': binary data, not "
                 "text",
                 summary_path);
    code = bc_cli_fail(g, &err);
    goto out;
  }
  if (looks_like_json(text, len)) {
    rc = bc_summary_from_json(text, len, summary_path, &summary, &err);
    if (!rc)
      rc =
          bc_validate_summary(docs.docs[0], facts, summary, &vo, &report, &err);
  } else {
    rc = bc_validate_text(docs.docs[0], facts, text, len, &vo, &report, &err);
  }
  if (rc) {
    code = bc_cli_fail(g, &err);
    goto out;
  }
  if (g->json) {
    json = bc_report_to_json(report);
    if (!json) {
      bc_error_set(&err, BC_ERR_NOMEM,
                   "cannot print the report: out of "
                   "memory");
      code = bc_cli_fail(g, &err);
      goto out;
    }
    fputs(json, stdout);
  } else {
    print_report(g, summary_path, docs.docs[0], report);
  }
  if (strict && report->verdict == BC_VERDICT_FAIL)
    code = BC_EXIT_VALIDATE;
out:
  if (docs.n)
    docs.docs[0]->date = saved_date;
  free(json);
  free(text);
  bc_report_free(report);
  bc_summary_free(summary);
  bc_facts_free(facts);
  bc_doclist_release(&docs);
  return code;
}
