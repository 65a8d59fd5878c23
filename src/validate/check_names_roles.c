/* check_names_roles.c - a person given another's role: a claim binds a
 * role to a name ("Director: Kim Cheol Hwan", "Jane Roe, prosecuting")
 * where the source binds that role to someone else and the claim's person
 * to another role ("Director_Oh Kyeong Taek, Composer_Kim Cheol Hwan",
 * "Jane Roe, defending").  Only the two written forms a credit list and a
 * court report use are read: a role and a separator before the name, and
 * a court role after it.  A role the source gives nobody, or a person it
 * gives no role, is left alone: the source is silent, not contradicted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
#include "validate/validate_internal.h"

/* One role bound to one name: offsets into its text. */
struct bc__role_bind {
  size_t rs, re; /* the role's words */
  size_t ns, ne; /* the name's words */
};

enum { MAX_ROLE_WORDS = 3, MIN_NAME_WORDS = 2, MAX_NAME_WORDS = 4 };

static int is_alpha(unsigned char ch)
{
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static int is_upper(unsigned char ch)
{
  return ch >= 'A' && ch <= 'Z';
}

/* The capitalised words of a name from t[i] on, up to MAX_NAME_WORDS; its
 * end in *e and its number of words, 0 when it is not one that ends where a
 * list item does (a comma, a full stop, a bar, a line's end). */
static size_t name_after(const char *t, size_t len, size_t i, size_t *e)
{
  size_t n = 0, end = i;
  while (i < len && n <= MAX_NAME_WORDS && is_upper((unsigned char)t[i])) {
    size_t j = i;
    while (j < len &&
           (is_alpha((unsigned char)t[j]) || t[j] == '-' || t[j] == '\''))
      j++;
    n++;
    end = j;
    if (j < len && t[j] == ' ' && j + 1 < len &&
        is_upper((unsigned char)t[j + 1]))
      i = j + 1;
    else
      break;
  }
  if (n < MIN_NAME_WORDS || n > MAX_NAME_WORDS)
    return 0;
  if (end < len && !strchr(",.;|\n)(", t[end]) &&
      !(t[end] == ' ' && end + 1 < len && !is_upper((unsigned char)t[end + 1])))
    return 0;
  *e = end;
  return n;
}

/* The role's words right before the separator at t[sep]: letters and
 * spaces back to where a list item starts; 1 with them in *rs, *re. */
static int role_before(const char *t, size_t sep, size_t *rs, size_t *re)
{
  size_t b = sep, words = 0;
  while (b > 0 && t[b - 1] == ' ')
    b--;
  *re = b;
  while (b > 0 && (is_alpha((unsigned char)t[b - 1]) || t[b - 1] == ' ' ||
                   t[b - 1] == '-')) {
    if (t[b - 1] == ' ' && b < *re && t[b] != ' ')
      words++;
    b--;
  }
  while (b < *re && (t[b] == ' ' || t[b] == '-'))
    b++;
  if (b >= *re || words + 1 > MAX_ROLE_WORDS)
    return 0;
  /* where a list item starts: the text's or a line's start, a comma, a
   * bar, a bullet or bold mark */
  if (b > 0) {
    size_t p = b;
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '*' || t[p - 1] == '-'))
      p--;
    if (p > 0 && !strchr("\n,;|(", t[p - 1]))
      return 0;
  }
  *rs = b;
  return 1;
}

/* A court role written after the name ("Jane Roe, prosecuting"). */
static int court_role(const char *t, size_t n)
{
  static const char *const roles[] = {"defending", "mitigating", "prosecuting",
                                      "representing"};
  size_t k;
  for (k = 0; k < sizeof roles / sizeof roles[0]; k++)
    if (n == strlen(roles[k]) && strncasecmp(t, roles[k], n) == 0)
      return 1;
  return 0;
}

/* Appends one binding to *b (of *n, room *cap); 1 on out-of-memory. */
static int push(struct bc__role_bind **b, size_t *n, size_t *cap,
                struct bc__role_bind x)
{
  if (*n == *cap) {
    size_t nc = *cap ? 2 * *cap : 16;
    struct bc__role_bind *nb = bc__realloc(*b, nc * sizeof *nb);
    if (!nb)
      return 1;
    *b = nb;
    *cap = nc;
  }
  (*b)[(*n)++] = x;
  return 0;
}

/* The bindings of text t[0..len) into *out (*n of them); BC_ERR_NOMEM. */
static bc_status read_binds(const char *t, size_t len,
                            struct bc__role_bind **out, size_t *n)
{
  struct bc__role_bind *b = NULL, x;
  size_t cap = 0, i, j, e;
  *n = 0;
  for (i = 0; i < len; i++) {
    if (t[i] == ':' || t[i] == '_') {
      /* "Director_Oh Kyeong Taek", "Director: Oh Kyeong Taek" */
      j = i + 1;
      while (j < len && (t[j] == ' ' || t[j] == '*'))
        j++;
      if (t[i] == '_' && j != i + 1)
        continue;
      if (i > 0 && t[i - 1] == '*')
        continue; /* "**Director:** ..." is read at its colon only */
      if (!role_before(t, i, &x.rs, &x.re) || !name_after(t, len, j, &e))
        continue;
      x.ns = j;
      x.ne = e;
      if (push(&b, n, &cap, x))
        goto nomem;
    } else if (t[i] == ',' && i + 2 < len && t[i + 1] == ' ') {
      /* "Jane Roe, prosecuting" */
      size_t s = i, w = 0, ws = i + 2, we = ws;
      while (we < len && is_alpha((unsigned char)t[we]))
        we++;
      if (!court_role(t + ws, we - ws))
        continue;
      while (s > 0 && (is_alpha((unsigned char)t[s - 1]) || t[s - 1] == ' ' ||
                       t[s - 1] == '-' || t[s - 1] == '\'')) {
        if (t[s - 1] == ' ' && !is_upper((unsigned char)t[s]))
          break;
        s--;
      }
      while (s < i && !is_upper((unsigned char)t[s]))
        s++;
      if (s >= i || name_after(t, len, s, &e) == 0 || e != i)
        continue;
      (void)w;
      x.rs = ws;
      x.re = we;
      x.ns = s;
      x.ne = i;
      if (push(&b, n, &cap, x))
        goto nomem;
    }
  }
  *out = b;
  return BC_OK;
nomem:
  free(b);
  *n = 0;
  return BC_ERR_NOMEM;
}

static int same_words(const char *a, size_t an, const char *b, size_t bn)
{
  return an == bn && strncasecmp(a, b, an) == 0;
}

/* Are the names a[0..an) and b[0..bn) one person's: the same words, or
 * one a single word that is the other's last ("Murphy", "Alan Murphy")? */
static int same_person(const char *a, size_t an, const char *b, size_t bn)
{
  const char *sa, *sb;
  if (same_words(a, an, b, bn))
    return 1;
  sa = memchr(a, ' ', an);
  sb = memchr(b, ' ', bn);
  if (!sa && sb) {
    const char *l = b + bn;
    while (l > b && l[-1] != ' ')
      l--;
    return same_words(a, an, l, (size_t)(b + bn - l));
  }
  if (sa && !sb)
    return same_person(b, bn, a, an);
  return 0;
}

void bc__check_name_roles(struct bc__vstate *v, const struct bc__claim *c)
{
  const char *t = v->doc->text;
  struct bc__role_bind *cb = NULL;
  size_t ncb = 0, i, k;
  char msg[256];
  if (!v->roles_made) {
    v->roles_made = 1;
    if ((v->rc = read_binds(t, v->doc->text_len, &v->roles, &v->n_roles)))
      return;
  }
  if (v->n_roles == 0)
    return;
  if ((v->rc = read_binds(c->text, c->len, &cb, &ncb)))
    return;
  for (i = 0; i < ncb; i++) {
    const struct bc__role_bind *x = &cb[i];
    const struct bc__role_bind *other = NULL, *mine = NULL;
    int bound = 0;
    for (k = 0; k < v->n_roles; k++) {
      const struct bc__role_bind *s = &v->roles[k];
      int role =
          same_words(c->text + x->rs, x->re - x->rs, t + s->rs, s->re - s->rs);
      int person =
          same_person(c->text + x->ns, x->ne - x->ns, t + s->ns, s->ne - s->ns);
      if (role && person)
        bound = 1;
      else if (role && !other)
        other = s;
      else if (person && !role && !mine)
        mine = s;
    }
    if (bound || !other || !mine)
      continue;
    {
      struct bc_span at = {x->rs < x->ns ? x->rs : x->ns,
                           x->re > x->ne ? x->re : x->ne};
      struct bc_span src = {other->rs < other->ns ? other->rs : other->ns,
                            other->re > other->ne ? other->re : other->ne};
      char *says = bc__strndup(t + other->ns, other->ne - other->ns);
      if (!says) {
        v->rc = BC_ERR_NOMEM;
        break;
      }
      snprintf(msg, sizeof msg,
               "the source gives this role to %s; it names %.*s as %.*s", says,
               (int)(x->ne - x->ns), c->text + x->ns,
               (int)(mine->re - mine->rs), t + mine->rs);
      bc__check_add(v, c, BC_FINDING_NAME, BC_SEV_ERROR, at, says, src, says,
                    msg);
      free(says);
    }
  }
  free(cb);
}
