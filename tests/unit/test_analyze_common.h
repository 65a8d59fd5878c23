/* test_analyze_common.h - helpers shared by the analyzer's unit tests:
 * analyze a string with a reference date and compare spans with text. */
#ifndef TEST_ANALYZE_COMMON_H
#define TEST_ANALYZE_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"
#include "briefcast/facts.h"

static inline struct bc_facts *analyze(const char *text, const char *ref)
{
  struct bc__analyze_ctx ctx = {ref, NULL, 0, 0};
  struct bc_facts *f = NULL;
  struct bc_error err = BC_ERROR_INIT;
  bc_status rc = bc__analyze_text(text, strlen(text), &ctx, &f, &err);
  if (rc != BC_OK) {
    fprintf(stderr, "analyze failed: %s\n", err.msg);
    return NULL;
  }
  return f;
}

/* Nonzero when text[span] is exactly want. */
static inline int span_is(const char *text, struct bc_span sp, const char *want)
{
  size_t n = strlen(want);
  return sp.end >= sp.start && sp.end - sp.start == n &&
         memcmp(text + sp.start, want, n) == 0;
}

static inline void print_span(const char *what, const char *text,
                              struct bc_span sp)
{
  fprintf(stderr, "  %s: '%.*s'\n", what, (int)(sp.end - sp.start),
          text + sp.start);
}

#endif
