/* test_validate_names.c - the name checker (check_names.c): a name the
 * source gives, in any order of its words, draws nothing; one it never
 * gives draws a warning, never an error. */
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

static void names_table(void **state)
{
  struct fx *f = *state;
  static const struct {
    const char *text;
    int warns;
  } cases[] = {
      {"According to Priya Raman, the move took 17 months.", 0},
      {"Raman, Priya wrote the post.", 0},
      {"According to John Whitfield, the move took 17 months.", 1},
      {"The team worked with Contoso Bank on the refunds.", 1},
  };
  size_t i, j;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct bc_report *r = NULL;
    struct bc_error err = BC_ERROR_INIT;
    int warns = 0;
    assert_int_equal(bc_validate_text(f->doc, f->facts, cases[i].text,
                                      strlen(cases[i].text), NULL, &r, &err),
                     BC_OK);
    for (j = 0; j < r->n_findings; j++) {
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

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(names_table, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
