/* check_claim.c - a program that embeds briefcast as a user would: built
 * with `pkg-config --cflags --libs briefcast` against an installed tree,
 * it checks a one-line summary against a source and prints the verdict
 * and the findings.
 *   check_claim SOURCE-TEXT SUMMARY-TEXT   (exit 0; 1 on any error) */
#include <stdio.h>
#include <string.h>

#include <briefcast/briefcast.h>

int main(int argc, char **argv)
{
  struct bc_doclist docs = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc_facts *facts = NULL;
  struct bc_report *report = NULL;
  struct bc_validate_opts opts = BC_VALIDATE_OPTS_INIT;
  int rc = 1;
  if (argc != 3) {
    fprintf(stderr, "usage: check_claim SOURCE-TEXT SUMMARY-TEXT\n");
    return 2;
  }
  printf("briefcast %s\n", bc_version());
  if (bc_ingest_memory(argv[1], strlen(argv[1]), "source.txt", NULL, NULL,
                       &docs, &err) ||
      docs.n < 1 || bc_facts_analyze(docs.docs[0], &facts, &err) ||
      bc_validate_text(docs.docs[0], facts, argv[2], strlen(argv[2]), &opts,
                       &report, &err)) {
    fprintf(stderr, "check_claim: %s\n", err.msg);
    goto done;
  }
  printf("verdict %s\n", bc_verdict_name(report->verdict));
  for (size_t i = 0; i < report->n_findings; i++)
    printf("%s %s\n", bc_severity_name(report->findings[i].severity),
           report->findings[i].claim ? report->findings[i].claim : "");
  rc = 0;
done:
  bc_report_free(report);
  bc_facts_free(facts);
  bc_doclist_release(&docs);
  return rc;
}
