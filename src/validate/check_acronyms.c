/* check_acronyms.c - the acronym checker: every expansion a claim gives
 * for an acronym (in parentheses either way, "stands for", an apposition,
 * a glossary entry) must be the source's own definition.  The source's
 * definition comes from the fact sheet or, where the analyzer did not
 * record it, from the source's text read here; when two expansions are the
 * same words is decided in equivalence.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "validate/validate_internal.h"

static size_t letters_of(const char *acr)
{
  size_t n = 0;
  for (; *acr; acr++)
    if (bc__check_is_alnum((unsigned char)*acr))
      n++;
  return n;
}

static int stop_byte(char ch)
{
  return ch == '.' || ch == ';' || ch == ':' || ch == '(' || ch == ')' ||
         ch == '\n' || ch == '[' || ch == ']' || ch == '"';
}

/* Words of t[s..e) as start offsets (at most 24). */
struct wlist {
  size_t s[24], e[24];
  size_t n;
};

static void words_in(const char *t, size_t s, size_t e, struct wlist *w)
{
  size_t pos = s, st, n;
  w->n = 0;
  while (w->n < 24 && (n = bc__validate_next_word(t, e, &pos, &st)) > 0) {
    w->s[w->n] = st;
    w->e[w->n] = st + n;
    w->n++;
  }
}

/* Title Case words, function words allowed between: does t[s..e) read as
 * an expansion of nl words? */
static int title_case(const char *t, const struct wlist *w, size_t a, size_t b,
                      size_t nl)
{
  size_t k, content = 0;
  for (k = a; k < b; k++) {
    unsigned char ch = (unsigned char)t[w->s[k]];
    if (bc__validate_is_stopword(t + w->s[k], w->e[k] - w->s[k]))
      continue;
    if (!(ch >= 'A' && ch <= 'Z'))
      return 0;
    content++;
  }
  return content == nl;
}

/* An expansion given right after the acronym, in the words of t[s..e):
 * the shortest run of leading words that spells it, else nl Title Case
 * words. */
static int lead_expansion_strict(const char *acr, const char *t, size_t s,
                                 size_t e, int strict, size_t *es, size_t *ee)
{
  struct wlist w;
  size_t k, nl = letters_of(acr);
  words_in(t, s, e, &w);
  /* A function word may start the expansion itself ("over-the-air"). */
  {
    size_t j;
    for (j = 0; j < w.n; j++) {
      int stop = bc__validate_is_stopword(t + w.s[j], w.e[j] - w.s[j]);
      if (!stop || (t[w.s[j]] | 32) == (acr[0] | 32))
        for (k = j + 1; k <= w.n; k++)
          if (bc__validate_fits_acronym(acr, t + w.s[j], w.e[k - 1] - w.s[j])) {
            *es = w.s[j];
            *ee = w.e[k - 1];
            return 1;
          }
      if (!stop)
        break;
    }
  }
  /* "(for Reality, ...)": the claim starts at the first content word. */
  while (w.n > 1 && bc__validate_is_stopword(t + w.s[0], w.e[0] - w.s[0])) {
    s = w.e[0];
    words_in(t, s, e, &w);
  }
  for (k = 1; k <= w.n; k++)
    if (bc__validate_fits_acronym(acr, t + w.s[0], w.e[k - 1] - w.s[0])) {
      *es = w.s[0];
      *ee = w.e[k - 1];
      return 1;
    }
  if (strict)
    return 0;
  for (k = 1; k <= w.n; k++)
    if (title_case(t, &w, 0, k, nl) &&
        (k == w.n || !title_case(t, &w, 0, k + 1, nl))) {
      *es = w.s[0];
      *ee = w.e[k - 1];
      return 1;
    }
  return 0;
}

static int lead_expansion(const char *acr, const char *t, size_t s, size_t e,
                          size_t *es, size_t *ee)
{
  return lead_expansion_strict(acr, t, s, e, 0, es, ee);
}

/* An expansion just before "(ACR)": the shortest run of trailing words of
 * t[s..e) that spells it, else nl Title Case words. */
static int tail_expansion(const char *acr, const char *t, size_t s, size_t e,
                          size_t *es, size_t *ee)
{
  struct wlist w;
  size_t k, nl = letters_of(acr), first;
  /* words_in keeps the first 24 words; start late enough to keep the
   * last ones. */
  if (e - s > 400)
    s = e - 400;
  words_in(t, s, e, &w);
  while (w.n == 24) {
    s = w.s[1];
    words_in(t, s, e, &w);
  }
  if (w.n == 0)
    return 0;
  for (k = 1; k <= w.n; k++) {
    first = w.n - k;
    if (bc__validate_fits_acronym(acr, t + w.s[first],
                                  w.e[w.n - 1] - w.s[first])) {
      *es = w.s[first];
      *ee = w.e[w.n - 1];
      return 1;
    }
  }
  for (k = 1; k <= w.n; k++) {
    first = w.n - k;
    if (title_case(t, &w, first, w.n, nl) &&
        !bc__validate_is_stopword(t + w.s[first], w.e[first] - w.s[first])) {
      *es = w.s[first];
      *ee = w.e[w.n - 1];
      return 1;
    }
  }
  return 0;
}

static const char *const intro[] = {", which stands for ",
                                    " which stands for ",
                                    " stands for ",
                                    ", which means ",
                                    " which means ",
                                    ", i.e. ",
                                    ", short for ",
                                    " is short for ",
                                    " short for ",
                                    ", meaning ",
                                    " means ",
                                    " refers to ",
                                    ", or ",
                                    ": ",
                                    " - ",
                                    " \xe2\x80\x94 ",
                                    "\xe2\x80\x94",
                                    " \xe2\x80\x93 ",
                                    " = ",
                                    " (i.e. "};

static int has_stop(const char *t, size_t a, size_t b)
{
  for (; a < b; a++)
    if (stop_byte(t[a]) || t[a] == ',')
      return 1;
  return 0;
}

/* Past quotes and emphasis marks at t[i]: * _ " ' and curly quotes. */
static size_t skip_marks(const char *t, size_t len, size_t i)
{
  for (;;) {
    if (i < len && (t[i] == '*' || t[i] == '_' || t[i] == '"' || t[i] == '\''))
      i++;
    else if (i + 2 < len && (unsigned char)t[i] == 0xE2 &&
             (unsigned char)t[i + 1] == 0x80 &&
             ((unsigned char)t[i + 2] >= 0x98 &&
              (unsigned char)t[i + 2] <= 0x9D))
      i += 3;
    else
      return i;
  }
}

/* Find an expansion the text gives for the acronym at t[a..b). */
static int expansion_near(const char *acr, const char *t, size_t len, size_t a,
                          size_t b, size_t *es, size_t *ee)
{
  size_t i, j, k;
  /* Markup and quotes around the acronym: "**RAGE** (...)", "“RAGE” (...)". */
  b = skip_marks(t, len, b);
  while (a > 0 && (t[a - 1] == '*' || t[a - 1] == '"' || t[a - 1] == '_'))
    a--;
  if (a >= 3 && (unsigned char)t[a - 3] == 0xE2 &&
      (unsigned char)t[a - 2] == 0x80 && (unsigned char)t[a - 1] == 0x9C)
    a -= 3;
  i = b;
  while (i < len && t[i] == ' ')
    i++;
  if (i < len && t[i] == '(') {
    for (j = i + 1; j < len && j < i + 300 && t[j] != ')' && t[j] != '\n'; j++)
      ;
    if (j < len && t[j] == ')' && lead_expansion(acr, t, i + 1, j, es, ee)) {
      /* The words of the parenthesis that spell the acronym. */
      return 1;
    }
  }
  /* "the RAGE model (Reality, ...)": a word or two between, and then
   * only a parenthesis that spells the acronym counts. */
  {
    size_t pos = b, st, wl, words = 0;
    while (words < 2 && (wl = bc__validate_next_word(t, len, &pos, &st)) &&
           !has_stop(t, b, st)) {
      size_t q = pos;
      words++;
      while (q < len && t[q] == ' ')
        q++;
      if (q < len && t[q] == '(') {
        for (j = q + 1; j < len && j < q + 300 && t[j] != ')' && t[j] != '\n';
             j++)
          ;
        if (j < len && t[j] == ')' &&
            bc__validate_fits_acronym(acr, t + q + 1, j - q - 1) &&
            lead_expansion(acr, t, q + 1, j, es, ee))
          return 1;
        break;
      }
    }
  }
  if (a > 0 && t[a - 1] == '(' && b < len && t[b] == ')') {
    size_t s = a - 1;
    while (s > 0 && !stop_byte(t[s - 1]) && a - s < 400)
      s--;
    if (tail_expansion(acr, t, s, a - 1, es, ee))
      return 1;
  }
  for (k = 0; k < sizeof intro / sizeof intro[0]; k++) {
    size_t n = strlen(intro[k]), e;
    size_t from;
    if (b + n > len || strncmp(t + b, intro[k], n) != 0)
      continue;
    from = skip_marks(t, len, b + n); /* stands for "Reality, ..." */
    for (e = from; e < len && e < from + 300 && !stop_byte(t[e]); e++)
      ;
    if (lead_expansion(acr, t, from, e, es, ee))
      return 1;
  }
  /* "MTTR, Mean Time To Repair, fell": an apposition counts only when its
   * words spell the acronym, since "SLOs, Error Budgets and Alerts" is a
   * list. */
  if (b + 2 < len && t[b] == ',' && t[b + 1] == ' ') {
    size_t e;
    for (e = b + 2; e < len && e < b + 302 && !stop_byte(t[e]); e++)
      ;
    if (lead_expansion_strict(acr, t, b + 2, e, 1, es, ee))
      return 1;
  }
  return 0;
}

/* A definition the source gives after the acronym at t[b] in looser words:
 * a few words between ("PTO, which in our house stands for ...", "the ILL
 * was the Irregular Lending Ledger"), or a later "it means ..." that refers
 * back to it.  The words must spell the acronym. */
static int defined_after(const char *acr, const char *t, size_t len, size_t b,
                         size_t *es, size_t *ee)
{
  static const char *const verbs[] = {
      "stands for ", "means ",  "refers to ", "is short for ",
      "short for ",  "is the ", "was the ",   "is an ",
      "was an ",     "is a ",   "was a "};
  static const char *const back[] = {"it means ",        "It means ",
                                     "it stands for ",   "It stands for ",
                                     "it is short for ", "It is short for ",
                                     "it refers to ",    "It refers to "};
  size_t i, k, words = 0, lim = b + 240 < len ? b + 240 : len;
  /* Up to five words between the acronym and the verb, same clause. */
  for (i = b; i < lim && words <= 5; i++) {
    if (t[i] == '.' || t[i] == ';' || t[i] == '\n' || t[i] == '(')
      break;
    if (t[i] != ' ')
      continue;
    words++;
    for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
      size_t n = strlen(verbs[k]), from, e;
      if (i + 1 + n > len || strncmp(t + i + 1, verbs[k], n) != 0)
        continue;
      from = skip_marks(t, len, i + 1 + n);
      for (e = from; e < len && e < from + 300 && !stop_byte(t[e]); e++)
        ;
      if (lead_expansion_strict(acr, t, from, e, 1, es, ee))
        return 1;
    }
  }
  /* "... our SWR. ... In this house it means Spending We Regret". */
  for (i = b; i < lim; i++)
    for (k = 0; k < sizeof back / sizeof back[0]; k++) {
      size_t n = strlen(back[k]), from, e;
      if (i + n > len || strncmp(t + i, back[k], n) != 0 ||
          (i > 0 && bc__check_is_alnum((unsigned char)t[i - 1])))
        continue;
      from = skip_marks(t, len, i + n);
      for (e = from; e < len && e < from + 300 && !stop_byte(t[e]); e++)
        ;
      if (lead_expansion_strict(acr, t, from, e, 1, es, ee))
        return 1;
    }
  return 0;
}

/* The source's own expansion of acr read from its text, for definitions
 * the analyzer did not record (or recorded cut short): the first occurrence
 * with an expansion beside it, else "Some Words (ACR)" in Title Case. */
static int source_expansion(const struct bc__vstate *v, const char *acr,
                            struct bc_span *out)
{
  const char *t = v->doc->text, *p = t;
  size_t n = strlen(acr), len = v->doc->text_len, es, ee;
  if (!t)
    return 0;
  while ((p = strstr(p, acr)) != NULL) {
    size_t a = (size_t)(p - t), b = a + n;
    p += n;
    if ((a > 0 && bc__check_is_alnum((unsigned char)t[a - 1])) ||
        (b < len && bc__check_is_alnum((unsigned char)t[b])))
      continue;
    if (expansion_near(acr, t, len, a, b, &es, &ee) ||
        defined_after(acr, t, len, b, &es, &ee)) {
      out->start = es;
      out->end = ee;
      return 1;
    }
    if (a >= 2 && t[a - 1] == '(' && b < len && t[b] == ')' &&
        t[a - 2] == ' ') {
      /* Title Case words right before: "OpenTelemetry (OTel)". */
      size_t s = a - 2, k = 0;
      while (s > 0 && k < 6) {
        size_t w = s;
        while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '\n' &&
               !stop_byte(t[w - 1]))
          w--;
        if (w == s || !(t[w] >= 'A' && t[w] <= 'Z'))
          break;
        s = w;
        k++;
        if (s == 0 || t[s - 1] != ' ')
          break;
        s--;
      }
      if (k > 0) {
        while (t[s] == ' ')
          s++;
        out->start = s;
        out->end = a - 2;
        return 1;
      }
    }
  }
  return 0;
}

struct def {
  const char *s;
  size_t n;
  struct bc_span span;
};

/* Check the expansion t[es..ee) given for acr against the source. */
static void check_expansion(struct bc__vstate *v, struct bc__claim *c,
                            const char *acr, size_t es, size_t ee)
{
  const struct bc_facts *F = v->facts;
  struct def defs[8];
  size_t nd = 0, i, j, n_distinct = 0, pick = 0;
  struct bc_span sp;
  struct bc_buf mb = BC_BUF_INIT(2048);
  char *msg, *says, *fix = NULL;
  int fits_any = 0;
  struct bc_span *grown;
  v->r->checked.acronyms++;
  grown = bc_realloc(c->exp, (c->n_exp + 1) * sizeof *grown);
  if (!grown) {
    v->rc = BC_ERR_NOMEM;
    return;
  }
  c->exp = grown;
  grown[c->n_exp++] = (struct bc_span){es, ee};
  for (i = 0; i < F->n_acronyms && nd < 7; i++)
    if (strcmp(F->acronyms[i].acronym, acr) == 0) {
      defs[nd].s = F->acronyms[i].expansion;
      defs[nd].n = strlen(F->acronyms[i].expansion);
      defs[nd].span = F->acronyms[i].expansion_span;
      nd++;
    }
  if (nd == 0) {
    const struct bc_acronym_fact *d = bc_facts_find_acronym(F, acr);
    if (d) {
      defs[0].s = d->expansion;
      defs[0].n = strlen(d->expansion);
      defs[0].span = d->expansion_span;
      nd = 1;
    }
  }
  if (source_expansion(v, acr, &sp)) {
    defs[nd].s = v->doc->text + sp.start;
    defs[nd].n = sp.end - sp.start;
    defs[nd].span = sp;
    nd++;
  }
  for (i = 0; i < nd; i++)
    if (bc__validate_expansions_match(c->text + es, ee - es, defs[i].s,
                                      defs[i].n))
      return;
  /* An expansion the source writes counts, unless the source sets it aside
   * for its own definition ("AST stands for ...; it is not an abstract
   * syntax tree"). */
  for (i = 0; i < nd; i++)
    if (bc__validate_fits_acronym(acr, defs[i].s, defs[i].n))
      break;
  if (bc__check_plainly_in_source(v, c->text + es, ee - es,
                                  i < nd ? acr : NULL))
    return;
  /* Say what the source says with a definition that spells the acronym;
   * a repair needs exactly one such definition. */
  for (i = 0; i < nd; i++) {
    if (!bc__validate_fits_acronym(acr, defs[i].s, defs[i].n))
      continue;
    for (j = 0; j < i; j++)
      if (bc__validate_fits_acronym(acr, defs[j].s, defs[j].n) &&
          bc__validate_expansions_match(defs[j].s, defs[j].n, defs[i].s,
                                        defs[i].n))
        break;
    if (j == i) {
      if (!fits_any)
        pick = i;
      fits_any = 1;
      n_distinct++;
    }
  }
  if (nd == 0) {
    bc_buf_addf(&mb,
                "the source never expands %s; this expansion is not "
                "from the source",
                acr);
    says = NULL;
  } else {
    says = bc_strndup(defs[pick].s, defs[pick].n);
    if (!says) {
      v->rc = BC_ERR_NOMEM;
      return;
    }
    bc_buf_addf(&mb, "the source defines %s as \"%s\"", acr, says);
    if (fits_any && n_distinct == 1)
      fix = says;
  }
  msg = bc_buf_take(&mb, NULL);
  if (!msg)
    v->rc = BC_ERR_NOMEM;
  else
    bc__check_add(v, c, BC_FINDING_ACRONYM, nd ? BC_SEV_ERROR : BC_SEV_WARNING,
                  (struct bc_span){es, ee}, says ? says : "",
                  nd ? defs[pick].span : (struct bc_span){0, 0}, fix, msg);
  free(says);
  free(msg);
}

/* A word that reads as an acronym: two or more capitals, at most ten
 * characters, letters and digits ("SLO", "OTel", "P2P"); a plural "s" is
 * not part of it. */
static size_t acronym_len(const char *w, size_t n)
{
  size_t i, caps = 0;
  if (n < 2 || n > 10 || !(w[0] >= 'A' && w[0] <= 'Z'))
    return 0;
  for (i = 0; i < n; i++) {
    if (!bc__check_is_alnum((unsigned char)w[i]))
      return 0;
    if (w[i] >= 'A' && w[i] <= 'Z')
      caps++;
  }
  if (caps < 2 || caps * 2 < n)
    return 0;
  if (n > 2 && w[n - 1] == 's' && w[n - 2] >= 'A' && w[n - 2] <= 'Z')
    n--;
  return n;
}

/* An expansion written in a looser form, tried only for an acronym the
 * source defines: "ILL (interlibrary loan)" and "polysomnography (PSG)"
 * whose words do not spell the letters but start with the first one, and
 * "the CRT first, the Critical Rowing Threshold test". */
static int loose_expansion(const char *acr, const char *t, size_t len, size_t a,
                           size_t b, size_t *es, size_t *ee)
{
  struct wlist w;
  size_t i, j, k;
  char c0 = (char)(acr[0] | 32);
  if (b < len && t[b] == ' ' && b + 1 < len && t[b + 1] == '(')
    b++;
  if (b < len && t[b] == '(') {
    for (j = b + 1; j < len && j < b + 80 && t[j] != ')' && !stop_byte(t[j]);
         j++)
      ;
    if (j < len && t[j] == ')' && !bc__check_has_digit(t + b + 1, j - b - 1)) {
      words_in(t, b + 1, j, &w);
      if (w.n >= 1 && w.n <= 6 && (t[w.s[0]] | 32) == c0) {
        *es = w.s[0];
        *ee = w.e[w.n - 1];
        return 1;
      }
    }
  }
  if (a >= 2 && t[a - 1] == '(' && b < len && t[b] == ')') {
    size_t s = a - 1, nl = letters_of(acr);
    while (s > 0 && !stop_byte(t[s - 1]) && t[s - 1] != ',' && a - s < 200)
      s--;
    words_in(t, s, a - 1, &w);
    if (w.n == 24 || w.n == 0)
      return 0;
    for (k = w.n; k > 0 && w.n - k < nl; k--)
      if (bc__validate_is_stopword(t + w.s[k - 1], w.e[k - 1] - w.s[k - 1]))
        break;
    for (i = k; i < w.n; i++)
      if ((t[w.s[i]] | 32) == c0) {
        *es = w.s[i];
        *ee = w.e[w.n - 1];
        return 1;
      }
    return 0;
  }
  /* One word between the acronym and an apposition that spells it. */
  {
    size_t pos = b, st, wl = bc__validate_next_word(t, len, &pos, &st);
    if (wl && !has_stop(t, b, st) && pos + 2 < len && t[pos] == ',' &&
        t[pos + 1] == ' ') {
      size_t e;
      for (e = pos + 2; e < len && e < pos + 302 && !stop_byte(t[e]); e++)
        ;
      if (lead_expansion_strict(acr, t, pos + 2, e, 1, es, ee))
        return 1;
    }
  }
  return 0;
}

void bc__check_acronyms(struct bc__vstate *v, struct bc__claim *c)
{
  const struct bc_facts *f = c->f;
  size_t i, es, ee, pos = 0, st, wl;
  size_t *seen = NULL, n_seen = 0;
  struct bc_span sp;
  char acr[16];
  /* Every word that reads as an acronym, wherever the text expands it. */
  while (!v->rc && (wl = bc__validate_next_word(c->text, c->len, &pos, &st))) {
    size_t al = acronym_len(c->text + st, wl), ae;
    if (!al)
      continue;
    ae = st + wl;
    memcpy(acr, c->text + st, al);
    acr[al] = '\0';
    if (expansion_near(acr, c->text, c->len, st, ae, &es, &ee) ||
        ((bc_facts_find_acronym(v->facts, acr) ||
          source_expansion(v, acr, &sp)) &&
         loose_expansion(acr, c->text, c->len, st, ae, &es, &ee))) {
      size_t *g = bc_realloc(seen, (n_seen + 1) * sizeof *g);
      if (!g) {
        v->rc = BC_ERR_NOMEM;
        break;
      }
      seen = g;
      seen[n_seen++] = st;
      check_expansion(v, c, acr, es, ee);
    }
  }
  /* Definitions in forms the scan above does not know. */
  for (i = 0; i < f->n_acronyms && !v->rc; i++) {
    const struct bc_acronym_fact *a = &f->acronyms[i];
    size_t j;
    for (j = 0; j < n_seen; j++)
      if (seen[j] == a->span.start)
        break;
    if (j < n_seen || a->expansion_span.end > c->len ||
        a->expansion_span.start >= a->expansion_span.end)
      continue;
    check_expansion(v, c, a->acronym, a->expansion_span.start,
                    a->expansion_span.end);
  }
  free(seen);
}

/* A glossary entry "SLO" -> "Service Level Objective, the target ...": the
 * definition's leading words are the expansion. */
void bc__check_glossary(struct bc__vstate *v, const struct bc_summary *s)
{
  size_t i, es, ee;
  char fb[64];
  for (i = 0; i < s->n_glossary && !v->rc; i++) {
    const struct bc_glossary_entry *g = &s->glossary[i];
    struct bc__claim c;
    size_t k, upper = 0;
    if (!g->term || !g->definition || !*g->definition)
      continue;
    for (k = 0; g->term[k]; k++) {
      if (g->term[k] == ' ')
        break;
      if (g->term[k] >= 'A' && g->term[k] <= 'Z')
        upper++;
    }
    if (g->term[k] || upper < 2)
      continue;
    snprintf(fb, sizeof fb, "glossary[%zu].definition", i);
    memset(&c, 0, sizeof c);
    c.field = fb;
    c.text = g->definition;
    c.len = strlen(g->definition);
    if (lead_expansion(g->term, c.text, 0, c.len, &es, &ee))
      check_expansion(v, &c, g->term, es, ee);
    free(c.exp);
  }
}
