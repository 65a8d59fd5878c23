/* text.c - the plain-text reader: recovers paragraphs, headings and list
 * items from the conventions people type (blank lines, underlined or
 * ALL-CAPS titles, "- " bullets) and joins soft-wrapped lines.  It never
 * rewrites words; only whitespace is normalized. */

#include <stdlib.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/alloc.h"

struct line {
  const char *s; /* without the newline; trailing whitespace trimmed */
  size_t len;
  size_t indent; /* leading spaces (a tab counts as 4) */
};

static int is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

/* Next line of data starting at *pos (handles LF, CRLF and lone CR). */
static int next_line(const char *data, size_t len, size_t *pos, struct line *ln)
{
  size_t i = *pos, e;
  if (i >= len)
    return 0;
  while (i < len && data[i] != '\n' && data[i] != '\r')
    i++;
  e = i;
  if (i < len && data[i] == '\r')
    i++;
  if (i < len && data[i] == '\n' && (i == e || data[i - 1] == '\r'))
    i++;
  ln->s = data + *pos;
  ln->len = e - *pos;
  *pos = i;
  while (ln->len > 0 && is_space(ln->s[ln->len - 1]))
    ln->len--;
  ln->indent = 0;
  for (size_t k = 0; k < ln->len && is_space(ln->s[k]); k++)
    ln->indent += ln->s[k] == '\t' ? 4 : 1;
  return 1;
}

static size_t lead(const struct line *ln)
{
  size_t k = 0;
  while (k < ln->len && is_space(ln->s[k]))
    k++;
  return k;
}

/* "===" or "---" (3+ of one character, nothing else): a setext underline
 * for the line above; returns 1 or 2 for the heading level, else 0. */
static int underline(const struct line *ln)
{
  size_t k = lead(ln), n = 0;
  char c;
  if (k >= ln->len)
    return 0;
  c = ln->s[k];
  if (c != '=' && c != '-')
    return 0;
  for (; k < ln->len; k++) {
    if (ln->s[k] != c)
      return 0;
    n++;
  }
  return n >= 3 ? (c == '=' ? 1 : 2) : 0;
}

/* Length of a list marker ("- ", "* ", "+ ", "• ", "12. ", "3) ") at the
 * line's start, including the space after it; 0 if none.  *num gets the
 * number of a numbered item, -1 for a bullet.  Four digits are a year
 * ("2019. That year..."), not an item number. */
static size_t marker(const struct line *ln, int *num)
{
  size_t k = lead(ln), d = 0;
  const char *s = ln->s;
  *num = -1;
  if (k + 1 < ln->len && (s[k] == '-' || s[k] == '*' || s[k] == '+') &&
      (s[k + 1] == ' ' || s[k + 1] == '\t'))
    return k + 2;
  if (k + 3 < ln->len && memcmp(s + k, "\xE2\x80\xA2", 3) == 0 &&
      s[k + 3] == ' ')
    return k + 4;
  while (k + d < ln->len && d < 4 && s[k + d] >= '0' && s[k + d] <= '9')
    d++;
  if (d > 0 && d < 4 && k + d + 1 < ln->len &&
      (s[k + d] == '.' || s[k + d] == ')') &&
      (s[k + d + 1] == ' ' || s[k + d + 1] == '\t')) {
    *num = 0;
    for (size_t j = 0; j < d; j++)
      *num = *num * 10 + (s[k + j] - '0');
    return k + d + 2;
  }
  return 0;
}

/* A short line with letters and no lower-case letter: "INTRODUCTION". */
static int all_caps(const struct line *ln)
{
  size_t letters = 0;
  if (ln->len - lead(ln) > 80)
    return 0;
  for (size_t k = 0; k < ln->len; k++) {
    char c = ln->s[k];
    if (c >= 'a' && c <= 'z')
      return 0;
    if (c >= 'A' && c <= 'Z')
      letters++;
  }
  return letters >= 2;
}

/* A line that can stand alone as a heading: short, few words, and not
 * ending like a sentence. */
static int short_title(const struct line *ln)
{
  size_t k = lead(ln), words = 0;
  char last;
  if (ln->len - k == 0 || ln->len - k > 100)
    return 0;
  last = ln->s[ln->len - 1];
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' ||
      last == '"' || last == ')')
    return 0;
  for (int in = 0; k < ln->len; k++) {
    if (is_space(ln->s[k]))
      in = 0;
    else if (!in) {
      in = 1;
      words++;
    }
  }
  return words <= 12;
}

static int blank(const struct line *ln)
{
  return lead(ln) == ln->len;
}

static int lower_ascii(int c)
{
  return c >= 'a' && c <= 'z';
}

static int upper_ascii(int c)
{
  return c >= 'A' && c <= 'Z';
}

/* Where two sentences were glued when paragraphs were joined without a
 * break ("from Saturday's elections.It is the biggest"): the index of the
 * next sentence's first byte after the end mark at s[i], or 0.  The mark
 * follows a lower-case letter or a digit of a word that is no address
 * ("example.Com", "www.x.org" stay), and a capital and another letter
 * follow (a quote may close the sentence first). */
static size_t glued_at(const char *s, size_t n, size_t i)
{
  size_t j = i + 1, w = i;
  if (!(s[i] == '.' || s[i] == '?' || s[i] == '!') || i == 0)
    return 0;
  if (!lower_ascii((unsigned char)s[i - 1]) &&
      !(s[i - 1] >= '0' && s[i - 1] <= '9') && s[i - 1] != ')' &&
      s[i - 1] != '%')
    return 0;
  if (j < n && (s[j] == '"' || s[j] == '\''))
    j++;
  else if (j + 2 < n && (unsigned char)s[j] == 0xE2 &&
           (unsigned char)s[j + 1] == 0x80 &&
           ((unsigned char)s[j + 2] == 0x9D || (unsigned char)s[j + 2] == 0x99))
    j += 3;
  if (j + 1 >= n || !upper_ascii((unsigned char)s[j]) ||
      !(lower_ascii((unsigned char)s[j + 1]) ||
        upper_ascii((unsigned char)s[j + 1])))
    return 0;
  while (w > 0 && s[w - 1] != ' ')
    w--;
  for (size_t k = w; k < i; k++)
    if (s[k] == '/' || s[k] == '@' || (s[k] == '.' && k > w))
      return 0; /* a URL, an address, "U.S.A." */
  if (i - w >= 3 && !memcmp(s + w, "www", 3))
    return 0;
  return j;
}

/* Where a colon that opened a list the scrape dropped meets the next
 * paragraph ("the plan calls for:On the question of"): a colon after a
 * lower-case letter and before a capitalised word, in a word that is no
 * address.  Returns the index after the colon, or 0. */
static size_t dropped_list_at(const char *s, size_t n, size_t i)
{
  size_t w = i;
  if (s[i] != ':' || i == 0 || i + 2 >= n ||
      !lower_ascii((unsigned char)s[i - 1]) ||
      !upper_ascii((unsigned char)s[i + 1]) ||
      !lower_ascii((unsigned char)s[i + 2]))
    return 0;
  while (w > 0 && s[w - 1] != ' ')
    w--;
  for (size_t k = w; k < i; k++)
    if (s[k] == '/' || s[k] == '@' || s[k] == ':')
      return 0;
  return i + 1;
}

/* Append a line's text, with a space where sentences were glued and a new
 * paragraph after a colon whose list was dropped. */
static void line_text(struct bc__docb *b, const char *s, size_t n)
{
  size_t from = 0, at;
  for (size_t i = 1; i + 2 < n; i++) {
    if ((at = dropped_list_at(s, n, i)) != 0) {
      bc__docb_text(b, s + from, at - from);
      bc__docb_begin(b, BC_BLOCK_PARAGRAPH, 0);
      from = at;
      i = at;
      continue;
    }
    if ((at = glued_at(s, n, i)) != 0) {
      bc__docb_text(b, s + from, at - from);
      bc__docb_text(b, " ", 1);
      from = at;
      i = at;
    }
  }
  bc__docb_text(b, s + from, n - from);
}

/* The share box a scrape of a news page can open with ("Share this
 * withEmailFacebook...Copy this link"): its length, or 0. */
static size_t share_box(const char *s, size_t n)
{
  static const char end[] = "Copy this link";
  static const char more[] = "These are external links and will open in a "
                             "new window";
  size_t k;
  if (n < 15 || memcmp(s, "Share this with", 15))
    return 0;
  for (k = 15; k + sizeof end - 1 <= n && k < 200; k++)
    if (!memcmp(s + k, end, sizeof end - 1)) {
      k += sizeof end - 1;
      if (k + sizeof more - 1 <= n && !memcmp(s + k, more, sizeof more - 1))
        k += sizeof more - 1;
      while (k < n && s[k] == ' ')
        k++;
      return k;
    }
  return 0;
}

/* The lines of one paragraph group (between blank lines). */
static void group(struct bc__docb *b, const struct line *lines, size_t n,
                  size_t index, int last_group)
{
  size_t i = 0;
  int open = 0; /* 1 = paragraph or list item open */
  int num;
  if (n == 1 && !last_group && !marker(&lines[0], &num) &&
      (short_title(&lines[0]) || all_caps(&lines[0]))) {
    bc__docb_add(b, BC_BLOCK_HEADING, index == 0 ? 1 : 2, lines[0].s,
                 lines[0].len);
    return;
  }
  if (index == 0 && n > 1 && !marker(&lines[0], &num) &&
      !underline(&lines[1]) && short_title(&lines[0]) && lines[0].len <= 60 &&
      lines[1].len >= lines[0].len + 30 && !marker(&lines[1], &num)) {
    /* A title line over a paragraph with no blank line between ("Shelf
     * Life\nNotes on retail, ..."): a wrapped line is never that short. */
    bc__docb_add(b, BC_BLOCK_HEADING, 1, lines[0].s, lines[0].len);
    lines++;
    n--;
    index = 1;
  }
  if (index < 3 && !last_group && n > 1 && n <= 4) {
    /* A header of short lines ("Title / By Jane Roe / 20 July 2019"):
     * one block per line, not one run-on paragraph.  Only the very first
     * line of the text is a heading. */
    int header = 1;
    for (i = 0; i < n && header; i++)
      header = short_title(&lines[i]) && !marker(&lines[i], &num) &&
               !underline(&lines[i]);
    if (header) {
      for (i = 0; i < n; i++)
        bc__docb_add(
            b, i == 0 && index == 0 ? BC_BLOCK_HEADING : BC_BLOCK_PARAGRAPH,
            i == 0 && index == 0 ? 1 : 0, lines[i].s, lines[i].len);
      return;
    }
  }
  if (n > 1 && n <= 8) {
    /* A run of short lines no wrapping made: a post's title over its date
     * line ("Beans at last / August 30, 2023 by Tomasz"), a menu, a list
     * of links.  One block per line, not one run-on paragraph. */
    int ok = 1, dated = 0;
    size_t longest = 0;
    char iso[11];
    for (i = 0; i < n && ok; i++) {
      size_t k = lead(&lines[i]);
      ok = short_title(&lines[i]) && !marker(&lines[i], &num) &&
           !underline(&lines[i]);
      if (lines[i].len - k > longest)
        longest = lines[i].len - k;
      dated |= bc__line_date(lines[i].s + k, lines[i].len - k, iso);
    }
    if (ok && (dated || longest <= 40)) {
      for (i = 0; i < n; i++)
        bc__docb_add(b, BC_BLOCK_PARAGRAPH, 0, lines[i].s, lines[i].len);
      return;
    }
  }
  for (i = 0; i < n; i++) {
    const struct line *ln = &lines[i];
    size_t mk = marker(ln, &num);
    int ul = i + 1 < n ? underline(&lines[i + 1]) : 0;
    if (ul && !mk) {
      bc__docb_add(b, BC_BLOCK_HEADING, ul, ln->s, ln->len);
      i++;
      open = 0;
      continue;
    }
    if (underline(ln) == 2 && !open)
      continue; /* a horizontal rule */
    /* As in Markdown, only "1." may start a list inside a paragraph: a
     * wrapped line can begin with "3. " by accident. */
    if (mk && num > 1 && open && b->kind == BC_BLOCK_PARAGRAPH)
      mk = 0;
    if (mk) {
      bc__docb_begin(b, BC_BLOCK_LIST_ITEM, 1 + (int)(ln->indent / 2));
      line_text(b, ln->s + mk, ln->len - mk);
      open = 1;
      continue;
    }
    if (i == 0 && n > 1 && all_caps(ln)) {
      bc__docb_add(b, BC_BLOCK_HEADING, 2, ln->s, ln->len);
      continue;
    }
    if (!open) {
      bc__docb_begin(b, BC_BLOCK_PARAGRAPH, 0);
      open = 1;
    } else {
      /* A soft-wrapped line continues the open paragraph or item. */
      bc__docb_text(b, " ", 1);
    }
    line_text(b, ln->s, ln->len);
  }
  bc__docb_end(b);
}

static int ci_starts(const char *s, size_t n, const char *p)
{
  size_t k = strlen(p);
  if (n < k)
    return 0;
  for (size_t i = 0; i < k; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (c != p[i])
      return 0;
  }
  return 1;
}

/* A name after "By ": one to five words, each capitalized, and nothing
 * that ends a sentence ("By the end of 2019, ..." is prose). */
static int byline_name(const char *s, size_t n)
{
  size_t words = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '.' && i + 1 == n)
      return 0;
    if (s[i] == ',' || s[i] == ';' || s[i] == ':' || s[i] == '!' || s[i] == '?')
      return 0;
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) {
      words++;
      if (!((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0x80))
        return 0;
    }
  }
  return words >= 1 && words <= 5;
}

/* Byline and date from the first few short blocks, as people type them:
 * "By Jane Roe", "Author: Jane Roe", "Date: 2019-07-20", "Posted on July
 * 20, 2019", or a line that is only a date.  The lines stay in the text.
 * Returns -1 on out-of-memory. */
static int header_meta(struct bc_doc *doc)
{
  static const char *const date_keys[] = {
      "date:",         "published:", "posted on ",
      "published on ", "posted:",    "updated:"};
  for (size_t i = 0; i < doc->n_blocks && i < 6; i++) {
    const char *s = doc->text + doc->blocks[i].span.start;
    size_t n = doc->blocks[i].span.end - doc->blocks[i].span.start, k;
    char iso[BC_DATE_ISO_SIZE];
    if (n > 80 || doc->blocks[i].kind == BC_BLOCK_LIST_ITEM)
      continue;
    k = ci_starts(s, n, "by ") ? 3 : ci_starts(s, n, "author: ") ? 8 : 0;
    if (!doc->author && k && n > k && byline_name(s + k, n - k)) {
      if (!(doc->author = bc__strndup(s + k, n - k)))
        return -1;
      continue;
    }
    if (doc->date)
      continue;
    for (size_t d = 0; d < sizeof(date_keys) / sizeof(date_keys[0]); d++) {
      k = strlen(date_keys[d]);
      if (ci_starts(s, n, date_keys[d]) &&
          bc__date_iso_buf(s + k, n - k, iso) && !(doc->date = bc__strdup(iso)))
        return -1;
    }
    /* A block that is nothing but a date ("Saturday, July 20, 2019"). */
    if (!doc->date && n <= 40 && bc__date_iso_buf(s, n, iso)) {
      size_t words = 1;
      for (k = 0; k < n; k++)
        words += s[k] == ' ';
      if (words <= 4 && !(doc->date = bc__strdup(iso)))
        return -1;
    }
  }
  return 0;
}

bc_status bc__text_parse(const char *data, size_t len, const char *name,
                         const struct bc_ingest_opts *opts,
                         struct bc_doclist *out, struct bc_error *err)
{
  struct bc__docb b;
  struct line *lines = NULL;
  size_t n = 0, cap = 0, pos = 0;
  struct line ln;
  struct bc_doc *doc = NULL;
  bc_status rc;
  size_t index = 0;
  bc__docb_init(&b, opts && opts->max_bytes ? opts->max_bytes : 0);
  /* Group consecutive non-blank lines; lines are views into data. */
  for (;;) {
    int more = next_line(data, len, &pos, &ln);
    if (more && !blank(&ln)) {
      if (n == cap) {
        size_t ncap = cap ? cap * 2 : 64;
        struct line *nl = bc__realloc(lines, ncap * sizeof(*nl));
        if (!nl) {
          rc = bc_error_set(err, BC_ERR_NOMEM,
                            "cannot read '%s': out of memory", name);
          goto out;
        }
        lines = nl;
        cap = ncap;
      }
      if (index == 0 && n == 0) {
        size_t box = share_box(ln.s + lead(&ln), ln.len - lead(&ln));
        if (box) {
          ln.s += lead(&ln) + box;
          ln.len -= lead(&ln) + box;
          ln.indent = 0;
          if (ln.len == 0)
            continue;
        }
      }
      lines[n++] = ln;
      continue;
    }
    if (n) {
      /* Is another group coming?  Look past the blank lines. */
      size_t peek = pos;
      struct line tmp;
      int last = 1;
      if (more) {
        while (next_line(data, len, &peek, &tmp)) {
          if (!blank(&tmp)) {
            last = 0;
            break;
          }
        }
      }
      group(&b, lines, n, index++, last);
      n = 0;
    }
    if (!more)
      break;
  }
  rc = bc__docb_finish(&b, name, &doc, err);
  if (rc)
    goto out;
  doc->format = BC_FORMAT_TEXT;
  if (header_meta(doc)) {
    bc_doc_free(doc);
    rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                      name);
    goto out;
  }
  rc = bc__doclist_push(out, doc, name, err);
out:
  free(lines);
  bc__docb_release(&b);
  return rc;
}
