/* check_names.c - the name checker: a person, organisation or place a
 * claim names must be named in the source (its text, title or author), in
 * any order of its words.  An unknown name is a warning, never an error. */
#include <string.h>

#include "validate/validate_internal.h"

static int starts_sentence(const char *t, size_t at)
{
  while (at > 0 && (t[at - 1] == ' ' || t[at - 1] == '\t'))
    at--;
  if (at == 0)
    return 1;
  return strchr("\n:*-#>.!?\"(", t[at - 1]) != NULL;
}

void bc__check_names(struct bc__vstate *v, const struct bc__claim *c)
{
  const struct bc_facts *f = c->f;
  size_t i;
  for (i = 0; i < f->n_names && !v->rc; i++) {
    const struct bc_name_fact *nm = &f->names[i];
    size_t n = strlen(nm->name), pos = 0, st, wl;
    int all = 1;
    size_t k;
    for (k = 0; k < c->n_exp; k++)
      if (nm->span.start < c->exp[k].end && c->exp[k].start < nm->span.end)
        break;
    if (k < c->n_exp)
      continue; /* an acronym's expansion, checked as such */
    /* One capitalised word where a sentence may start (a list bullet,
     * "**TL;DR:** Launched") is more often a verb than a name. */
    if (!strchr(nm->name, ' ') && starts_sentence(c->text, nm->span.start))
      continue;
    /* A speaker label of a transcript ("Host:" at a line start). */
    if (nm->span.end < c->len && c->text[nm->span.end] == ':' &&
        (nm->span.start == 0 || c->text[nm->span.start - 1] == '\n'))
      continue;
    v->r->checked.names++;
    if (bc__check_in_source(v, nm->name, n))
      continue;
    /* "Jane Smith" where the source says "Smith, Jane" or "Dr Smith": every
     * capitalised word of the name is in the source. */
    while ((wl = bc__validate_next_word(nm->name, n, &pos, &st)) > 0) {
      char ch = nm->name[st];
      if (wl < 2 || !(ch >= 'A' && ch <= 'Z'))
        continue;
      if (!bc__check_in_source(v, nm->name + st, wl)) {
        all = 0;
        break;
      }
    }
    if (all)
      continue;
    bc__check_add(v, c, BC_FINDING_NAME, BC_SEV_WARNING, nm->span, "",
                  (struct bc_span){0, 0}, NULL, "the source never names this");
  }
}
