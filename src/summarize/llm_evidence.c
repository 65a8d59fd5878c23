/* llm_evidence.c - ground a model's summary in its source: every evidence
 * quote is looked up in the document text and its span computed here,
 * never taken from the model; quotes the source does not contain are
 * dropped and counted.  It does not judge the claims themselves (the
 * validator does). */
#include <stdlib.h>
#include <string.h>

#include "summarize/llm.h"
#include "util/alloc.h"
#include "util/utf8.h"

/* Shorter quotes match too much to be evidence of anything. */
#define MIN_QUOTE_BYTES 10

static size_t find_exact(const char *text, size_t lo, size_t hi, const char *q,
                         size_t qlen)
{
  size_t i;
  if (qlen == 0 || hi < lo || hi - lo < qlen)
    return (size_t)-1;
  for (i = lo; i + qlen <= hi; i++) {
    const char *p = memchr(text + i, q[0], hi - qlen + 1 - i);
    if (!p)
      break;
    i = (size_t)(p - text);
    if (memcmp(p, q, qlen) == 0)
      return i;
  }
  return (size_t)-1;
}

static int is_space_cp(uint32_t c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
         c == 0x2009 || c == 0x202F || c == 0x200B;
}

/* The next character of s[*i..len) for loose comparison: runs of blanks
 * are one space, curly quotes straight, dashes '-', ASCII lower case. */
static uint32_t next_loose(const char *s, size_t len, size_t *i)
{
  uint32_t c;
  size_t n = bc__utf8_decode(s + *i, len - *i, &c);
  if (n == 0) {
    c = (unsigned char)s[*i];
    n = 1;
  }
  *i += n;
  if (is_space_cp(c)) {
    while (*i < len) {
      uint32_t d;
      size_t m = bc__utf8_decode(s + *i, len - *i, &d);
      if (m == 0 || !is_space_cp(d))
        break;
      *i += m;
    }
    return ' ';
  }
  switch (c) {
  case 0x2018:
  case 0x2019:
  case 0x201A:
  case 0x201B:
  case 0x2032: return '\'';
  case 0x201C:
  case 0x201D:
  case 0x201E:
  case 0x2033: return '"';
  case 0x2010:
  case 0x2011:
  case 0x2012:
  case 0x2013:
  case 0x2014:
  case 0x2212: return '-';
  default: break;
  }
  if (c >= 'A' && c <= 'Z')
    c += 'a' - 'A';
  return c;
}

/* Loose match of q at text[i..hi); returns the end or (size_t)-1. */
static size_t match_loose(const char *text, size_t i, size_t hi, const char *q,
                          size_t qlen)
{
  size_t qi = 0;
  while (qi < qlen) {
    if (i >= hi)
      return (size_t)-1;
    if (next_loose(q, qlen, &qi) != next_loose(text, hi, &i))
      return (size_t)-1;
  }
  return i;
}

static int find_loose(const char *text, size_t lo, size_t hi, const char *q,
                      size_t qlen, struct bc_span *span)
{
  size_t i, end;
  for (i = lo; i < hi; i++) {
    unsigned char c = (unsigned char)text[i];
    if ((c & 0xC0) == 0x80 || c == ' ' || c == '\n' || c == '\t')
      continue; /* not the start of a character or of a word */
    end = match_loose(text, i, hi, q, qlen);
    if (end != (size_t)-1) {
      while (end > i && (text[end - 1] == ' ' || text[end - 1] == '\n'))
        end--;
      span->start = i;
      span->end = end;
      return 1;
    }
  }
  return 0;
}

/* Trim what models wrap quotes in: blanks, quote marks, ellipses. */
static void trim_quote(const char **q, size_t *len)
{
  static const char *const junk[] = {"\xE2\x80\x9C",
                                     "\xE2\x80\x9D",
                                     "\xE2\x80\x98",
                                     "\xE2\x80\x99",
                                     "\xE2\x80\xA6",
                                     "...",
                                     "\"",
                                     "'",
                                     " ",
                                     "\n",
                                     "\t",
                                     NULL};
  int again = 1;
  while (again && *len) {
    again = 0;
    for (int k = 0; junk[k]; k++) {
      size_t n = strlen(junk[k]);
      if (*len >= n && memcmp(*q, junk[k], n) == 0) {
        *q += n;
        *len -= n;
        again = 1;
      }
      if (*len >= n && memcmp(*q + *len - n, junk[k], n) == 0) {
        *len -= n;
        again = 1;
      }
    }
  }
}

int bc__llm_locate(const char *text, size_t len, const char *quote, size_t lo,
                   size_t hi, struct bc_span *span)
{
  const char *q = quote;
  size_t qlen = quote ? strlen(quote) : 0, at;
  if (!text || !q)
    return 0;
  trim_quote(&q, &qlen);
  if (qlen < MIN_QUOTE_BYTES)
    return 0;
  if (hi > len || lo >= hi) {
    lo = 0;
    hi = len;
  }
  at = find_exact(text, lo, hi, q, qlen);
  if (at == (size_t)-1 && (lo > 0 || hi < len))
    at = find_exact(text, 0, len, q, qlen);
  if (at != (size_t)-1) {
    span->start = at;
    span->end = at + qlen;
    return 1;
  }
  if (find_loose(text, lo, hi, q, qlen, span))
    return 1;
  return (lo > 0 || hi < len) && find_loose(text, 0, len, q, qlen, span);
}

/* A term or date as written, found as a whole word. */
static int locate_word(const char *text, size_t len, const char *w,
                       struct bc_span pref, struct bc_span *span)
{
  size_t wl = w ? strlen(w) : 0;
  for (int pass = 0; pass < 2 && wl; pass++) {
    size_t lo = pass ? 0 : pref.start, hi = pass ? len : pref.end, at = lo;
    if (hi > len || lo >= hi)
      continue;
    while ((at = find_exact(text, at, hi, w, wl)) != (size_t)-1) {
      int left = at == 0 || !(((unsigned char)text[at - 1] | 0x20) >= 'a' &&
                              ((unsigned char)text[at - 1] | 0x20) <= 'z');
      int right =
          at + wl >= len || !(((unsigned char)text[at + wl] | 0x20) >= 'a' &&
                              ((unsigned char)text[at + wl] | 0x20) <= 'z');
      if (left && right) {
        span->start = at;
        span->end = at + wl;
        return 1;
      }
      at++;
    }
  }
  return 0;
}

static int set_str(char **dst, const char *src, size_t len)
{
  char *s = bc__strndup(src ? src : "", src ? len : 0);
  if (!s)
    return -1;
  free(*dst);
  *dst = s;
  return 0;
}

static int same_heading(const char *text, struct bc_span sp, const char *h)
{
  size_t i = 0, hl = strlen(h), j = sp.start;
  uint32_t a, b;
  while (i < hl && j < sp.end) {
    a = next_loose(h, hl, &i);
    b = next_loose(text, sp.end, &j);
    if (a != b)
      return 0;
  }
  return i == hl && j == sp.end;
}

static struct bc_span section_span(const struct bc_doc *doc, const char *h,
                                   struct bc_span def)
{
  size_t i, k;
  if (!h || !*h)
    return def;
  for (i = 0; i < doc->n_blocks; i++) {
    const struct bc_block *b = &doc->blocks[i];
    struct bc_span sp = {b->span.start, doc->text_len};
    if (b->kind != BC_BLOCK_HEADING || !same_heading(doc->text, b->span, h))
      continue;
    for (k = i + 1; k < doc->n_blocks; k++)
      if (doc->blocks[k].kind == BC_BLOCK_HEADING &&
          doc->blocks[k].level <= b->level) {
        sp.end = doc->blocks[k - 1].span.end;
        break;
      }
    return sp;
  }
  return def;
}

bc_status bc__llm_ground(struct bc_summary *s, const struct bc_doc *doc,
                         const struct bc_facts *facts, struct bc_span def_span,
                         const char *label, size_t *dropped,
                         struct bc_error *err)
{
  const char *t = doc->text;
  size_t len = doc->text_len, i, j, k;
  struct bc_span sp;
  int bad = 0;

  bad |= set_str(&s->source.title, doc->title,
                 doc->title ? strlen(doc->title) : 0);
  bad |= set_str(&s->source.author, doc->author,
                 doc->author ? strlen(doc->author) : 0);
  bad |= set_str(&s->source.date, doc->date, doc->date ? strlen(doc->date) : 0);
  {
    const char *u = doc->url ? doc->url : doc->source;
    bad |= set_str(&s->source.url, u, u ? strlen(u) : 0);
  }
  bad |= set_str(&s->source.sha256, doc->sha256, strlen(doc->sha256));
  bad |= set_str(&s->provider, label, strlen(label));
  if (bad)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");

  for (i = 0; i < s->n_key_points; i++) {
    struct bc_key_point *kp = &s->key_points[i];
    for (j = 0, k = 0; j < kp->n_evidence; j++) {
      struct bc_evidence *e = &kp->evidence[j];
      if (bc__llm_locate(t, len, e->quote, def_span.start, def_span.end, &sp)) {
        if (set_str(&e->quote, t + sp.start, sp.end - sp.start))
          return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
        e->span = sp;
        kp->evidence[k++] = *e;
      } else {
        free(e->quote);
        (*dropped)++;
      }
    }
    kp->n_evidence = k;
  }
  for (i = 0, k = 0; i < s->n_quotes; i++) {
    struct bc_quote *q = &s->quotes[i];
    if (bc__llm_locate(t, len, q->text, def_span.start, def_span.end, &sp)) {
      if (set_str(&q->text, t + sp.start, sp.end - sp.start))
        return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
      q->span = sp;
      s->quotes[k++] = *q;
    } else {
      free(q->text);
      free(q->speaker);
      (*dropped)++;
    }
  }
  s->n_quotes = k;
  for (i = 0; i < s->n_timeline; i++) {
    struct bc_timeline_entry *e = &s->timeline[i];
    struct bc_span none = {0, 0};
    e->span = locate_word(t, len, e->date, def_span, &sp) ? sp : none;
  }
  for (i = 0; i < s->n_glossary; i++) {
    struct bc_glossary_entry *g = &s->glossary[i];
    const struct bc_acronym_fact *a =
        facts ? bc_facts_find_acronym(facts, g->term) : NULL;
    struct bc_span none = {0, 0};
    if (a)
      g->span = a->span;
    else
      g->span = locate_word(t, len, g->term, def_span, &sp) ? sp : none;
  }
  for (i = 0; i < s->n_sections; i++)
    s->sections[i].span = section_span(doc, s->sections[i].heading, def_span);
  return BC_OK;
}
