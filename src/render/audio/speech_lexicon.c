/* speech_lexicon.c - the user's pronunciation lexicon (TERM<TAB>SAY lines)
 * that the speech normalizer consults before its built-in rules. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/error.h"
#include "briefcast/limits.h"
#include "render/audio/speech_int.h"
#include "util/alloc.h"
#include "util/fs.h"

/* ---- the lexicon ----------------------------------------------------------
 */

void bc__speech_lex_release(struct bc__speech_lex *l)
{
  for (size_t i = 0; i < l->n; i++) {
    free(l->term[i]);
    free(l->say[i]);
  }
  free(l->term);
  free(l->say);
}

static bc_status lex_add(struct bc__speech_lex *l, const char *t, size_t tn,
                         const char *s, size_t sn)
{
  if (l->n == l->cap) {
    size_t nc = l->cap ? l->cap * 2 : 32;
    char **a = bc__realloc(l->term, nc * sizeof *a), **c;
    if (!a)
      return BC_ERR_NOMEM;
    l->term = a;
    c = bc__realloc(l->say, nc * sizeof *c);
    if (!c)
      return BC_ERR_NOMEM;
    l->say = c;
    l->cap = nc;
  }
  l->term[l->n] = bc__strndup(t, tn);
  l->say[l->n] = bc__strndup(s, sn);
  if (!l->term[l->n] || !l->say[l->n]) {
    free(l->term[l->n]);
    free(l->say[l->n]);
    return BC_ERR_NOMEM;
  }
  l->n++;
  return BC_OK;
}

/* TERM<TAB>SAY per line; '#' starts a comment line; blank lines skipped. */
bc_status bc__speech_lex_load(struct bc__speech_lex *l, const char *path,
                              struct bc_error *err)
{
  char *text = NULL;
  size_t len = 0, line = 0;
  bc_status rc = bc__fs_read(path, BC_MAX_LEXICON_BYTES, &text, &len, err);
  const char *p;
  if (rc)
    return rc;
  p = text;
  while (p && *p) {
    const char *e = strchr(p, '\n'), *tab;
    size_t n = e ? (size_t)(e - p) : strlen(p);
    line++;
    if (n && p[n - 1] == '\r')
      n--;
    if (n && p[0] != '#') {
      tab = memchr(p, '\t', n);
      if (!tab || tab == p || tab + 1 == p + n) {
        rc = bc_error_set(err, BC_ERR_PARSE,
                          "cannot parse '%s': line %zu is not TERM<TAB>SAY",
                          path, line);
        break;
      }
      rc = lex_add(l, p, (size_t)(tab - p), tab + 1, (size_t)(p + n - tab - 1));
      if (rc) {
        rc = bc_error_set(err, rc, "out of memory reading '%s'", path);
        break;
      }
    }
    p = e ? e + 1 : NULL;
  }
  free(text);
  return rc;
}

const char *bc__speech_lex_find(const struct bc__speech_lex *l, const char *t,
                                size_t n)
{
  for (size_t i = 0; i < l->n; i++)
    if (strlen(l->term[i]) == n && memcmp(l->term[i], t, n) == 0)
      return l->say[i];
  for (size_t i = 0; i < l->n; i++)
    if (strlen(l->term[i]) == n && strncasecmp(l->term[i], t, n) == 0)
      return l->say[i];
  return NULL;
}
