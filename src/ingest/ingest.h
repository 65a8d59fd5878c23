/* ingest.h - internals shared by the ingest parsers: a document builder that
 * keeps blocks and their byte spans consistent with the normalized text, the
 * date normalizer, and the per-format readers ingest.c dispatches to.
 * Nothing outside src/ingest/ includes it. */
#ifndef BC_INGEST_INGEST_H
#define BC_INGEST_INGEST_H

#include <stddef.h>
#include <stdint.h>

#include "briefcast/buf.h"
#include "briefcast/doc.h"
#include "briefcast/error.h"

/* Builds doc->text and doc->blocks together.  A block is opened with
 * bc__docb_begin, fed text, and closed with bc__docb_end; blocks that end up
 * empty leave no trace.  Blocks are separated by "\n\n" in the text.  A
 * failed append is remembered and reported by bc__docb_finish. */
struct bc__docb {
  struct bc_buf text;
  struct bc_block *blocks;
  size_t n_blocks;
  size_t cap_blocks;
  enum bc_block_kind kind; /* of the open block */
  int level;
  int open;          /* a block is open */
  int started;       /* the open block has content */
  int pending_space; /* whitespace seen since the last visible byte */
  size_t start;      /* byte offset of the open block's content */
  bc_status rc;      /* first failure, BC_OK so far */
};

void bc__docb_init(struct bc__docb *b, size_t max_bytes);
void bc__docb_release(struct bc__docb *b);

/* Open a block (closing any open one). */
void bc__docb_begin(struct bc__docb *b, enum bc_block_kind kind, int level);
/* Append inline text to the open block, folding every run of whitespace
 * (ASCII spaces, tabs, newlines, U+00A0) into one space and dropping it at
 * the block's edges.  Opens a paragraph if no block is open. */
void bc__docb_text(struct bc__docb *b, const char *s, size_t len);
/* Append preformatted text (code): newlines kept, CRs dropped, runs of
 * blank lines folded to one newline so "\n\n" stays a block separator. */
void bc__docb_raw(struct bc__docb *b, const char *s, size_t len);
/* Close the open block, trimming trailing whitespace. */
void bc__docb_end(struct bc__docb *b);
/* Shorthand: begin, text, end. */
void bc__docb_add(struct bc__docb *b, enum bc_block_kind kind, int level,
                  const char *s, size_t len);
/* Byte length of the open block's content so far (0 if none). */
size_t bc__docb_open_len(const struct bc__docb *b);

/* Hand text and blocks over to a new document (metadata left NULL) and
 * reset the builder.  Errors: the first append failure (BC_ERR_NOMEM or
 * BC_ERR_LIMIT, named after name). */
bc_status bc__docb_finish(struct bc__docb *b, const char *name,
                          struct bc_doc **out, struct bc_error *err);

/* Append doc to list (taking ownership; doc is freed on failure).  Errors:
 * BC_ERR_NOMEM, BC_ERR_LIMIT above BC_MAX_FEED_ENTRIES. */
bc_status bc__doclist_push(struct bc_doclist *list, struct bc_doc *doc,
                           const char *name, struct bc_error *err);
/* Move every document of src to the end of dst, all or nothing; src ends
 * empty either way (its documents are freed on failure). */
bc_status bc__doclist_move(struct bc_doclist *dst, struct bc_doclist *src,
                           const char *name, struct bc_error *err);

/* Normalize a date as written in feeds, front matter and bylines ("2019-07-20",
 * "2019-07-20T10:00:00Z", "Sat, 20 Jul 2019 10:00:00 +0000", "July 20, 2019",
 * "20 July 2019", "2019/07/20", "2019-07") to ISO "YYYY-MM-DD" or "YYYY-MM".
 * The calendar date is the one written (no time-zone shift).  Returns a new
 * string, or NULL when s is not a valid date or on out-of-memory. */
char *bc__date_iso(const char *s, size_t len);
/* The same into a caller's buffer, for callers that must tell a bad date
 * from out-of-memory: returns 1 and fills out, or 0 for a bad date. */
#define BC_DATE_ISO_SIZE 16
int bc__date_iso_buf(const char *s, size_t len, char out[BC_DATE_ISO_SIZE]);

/* A date as a page writes it, in s[0..len), as ISO "YYYY-MM-DD" (or
 * "YYYY-MM" when the day is not given) into iso[11]; returns 1 on success.
 * With whole set, s must hold nothing but the date (a weekday, punctuation
 * and a time of day allowed); else the first date found anywhere in s
 * counts.  Years 1000-2999 only; ambiguous numeric forms (03/04/2019) are
 * refused rather than guessed. */
int bc__date_parse(const char *s, size_t len, int whole, char iso[11]);
/* The first date anywhere in s[0..len): 1 with its bytes [*start, *end). */
int bc__date_find(const char *s, size_t len, size_t *start, size_t *end,
                  char iso[11]);
/* A date starting exactly at s[i]: 1 with *end just past it. */
int bc__date_at(const char *s, size_t len, size_t i, size_t *end, char iso[11]);
/* Past a leading weekday name ("Friday, ") at s[i]; i when there is none. */
size_t bc__date_skip_weekday(const char *s, size_t len, size_t i);

/* A new document holding blocks [b0, b1) of src: the text between them
 * (spans rebased), block dates and aside marks, format and source; no other
 * metadata.  Errors: BC_ERR_NOMEM, BC_ERR_INPUT for an empty range. */
bc_status bc__doc_slice(const struct bc_doc *src, size_t b0, size_t b1,
                        struct bc_doc **out);
/* Keep only blocks [b0, b1) of doc and the text they span, in place
 * (spans rebased, metadata kept); nothing happens for an empty range. */
void bc__doc_trim(struct bc_doc *doc, size_t b0, size_t b1);
/* Mark what sits beside the piece rather than in it (block.aside): a late
 * "Notes", "References", "Thanks" or "About the author" section (its
 * heading then reads as a paragraph, so it is no section of the piece), a
 * closing "Thanks to ..." line, footnotes, promo lines.  (posts.c) */
void bc__doc_asides(struct bc_doc *doc);

/* --- pages of several posts (posts.c) --- */

/* One post of a page: its blocks start at b0 and run up to the next
 * post's b0 (or the page's end); title is its title's bytes in the page's
 * text (empty when it has none: then its first heading that is not a date
 * is, or a guess); date is ISO or "". */
struct bc__post {
  size_t b0;
  struct bc_span title;
  char date[11];
};

/* Find the posts of doc when it holds two or more dated ones, as blogs
 * lay them out: a date line above or below each post's title (or a date
 * line alone over its text), after at most a short preamble (the blog's
 * name, "Showing posts with label X").  *n = 0 when doc is one piece; else
 * *posts (owned by the caller) in page order.  Errors: BC_ERR_NOMEM. */
bc_status bc__posts_find(const struct bc_doc *doc, struct bc__post **posts,
                         size_t *n);
/* Where the post in blocks [b0, b1) of doc ends once its footer ("Posted
 * by ...", "Labels: ...", share links) and its comments or an appended
 * Q&A are left out: the new b1, never below b0 + 1.  With whole set, b0..b1
 * is a whole document: comments are cut only where they start past 40%
 * of its text, since a "Comments" heading early on is the text's own. */
size_t bc__post_end(const struct bc_doc *doc, size_t b0, size_t b1, int whole);
/* Append one new document per post to out: the post's blocks up to
 * bc__post_end, its title (the title block's text, else the first heading
 * that is not a date, else a guess), its date (the post's, else the first
 * dated block's), post and n_posts; format and source as doc's.  name is
 * for messages.  Errors: BC_ERR_NOMEM, BC_ERR_LIMIT (too many). */
bc_status bc__posts_split(const struct bc_doc *doc,
                          const struct bc__post *posts, size_t n,
                          const char *name, struct bc_doclist *out,
                          struct bc_error *err);

/* Append doc (taken over) to out as it should be read: with split set,
 * one document per post when it holds several (the known posts when two
 * or more are given, as the HTML reader marks them, else those
 * bc__posts_find sees); otherwise doc itself without an appended comment
 * section or Q&A (bc__post_end, whole).  Errors: BC_ERR_NOMEM,
 * BC_ERR_LIMIT; doc is freed on failure. */
bc_status bc__posts_take(struct bc_doc *doc, int split,
                         const struct bc__post *known, size_t n_known,
                         const char *name, struct bc_doclist *out,
                         struct bc_error *err);

/* Drop the footnote reference marks from a block's text s[0..n) in place
 * ("fails. [ 2 ] So" -> "fails. So", "points[9]," -> "points,", and the
 * empty "[]" a dropped link leaves), keeping a note's own label at the
 * block's start ("[ 1 ] The" -> "[1] The"), after reading back characters
 * encoded twice ("Â£" -> "£"); returns the new length.  Not for code.
 * (tidy.c) */
size_t bc__tidy_refs(char *s, size_t n);
/* Repairs UTF-8 text that was read as Windows-1252 and encoded again
 * ("Â£" -> "£", "â€™" -> "’") in place; returns the new length
 * (mojibake.c). */
size_t bc__mojibake_repair(char *text, size_t n);

/* Set apart a month glued to the lower-case word before it where list
 * lines were joined without a break ("energy mixMar 2013 - Construction"
 * -> "energy mix Mar 2013 - Construction"): a month name or abbreviation
 * after two lower-case letters, followed by a day or a year; likewise a
 * day glued to a month with another month after it ("12 June10 June" ->
 * "12 June 10 June").  Works on
 * b's text from start on, growing it by one byte per seam.  Not for code.
 * Errors: BC_ERR_NOMEM, BC_ERR_LIMIT (b is then released).  (tidy.c) */
bc_status bc__tidy_months(struct bc_buf *b, size_t start);

/* --- short lines that are not prose (lines.c) --- */

/* Whether s[0..n) is a post's date line: a date with at most a label
 * ("Posted on", "Published"), a weekday, a time of day, "by NAME", a
 * reading time or a comment count around it ("Wednesday, August 30,
 * 2023", "Posted by Jo Park on 3 May 2021 | 2 comments").  A change
 * date ("Updated ...") is not one.  The date goes to iso. */
int bc__line_date(const char *s, size_t n, char iso[11]);
/* Whether s[0..n) is a byline: "By Jane Roe", "Posted by Jane Roe". */
int bc__line_byline(const char *s, size_t n);
/* The length of a byline's label at the start of s[0..n) ("By ", "Posted
 * by ", "Article by ", "Story by: "): "by" alone or after one or two
 * words, the first capitalized; 0 when there is none. */
size_t bc__line_by_label(const char *s, size_t n);

enum bc__line_kind {
  BC__LINE_NONE = 0,
  BC__LINE_STATUS,  /* where the reader is, what a page lists: "Showing
                       posts with label X", "Home", "Archive for May" */
  BC__LINE_FOOTER,  /* a post's footer: "Posted by ...", "Labels: ...",
                       sharing links, "Older Post" */
  BC__LINE_COMMENTS /* the head of the comments or of an appended Q&A:
                       "4 comments:", "Leave a Reply", "Q&A" */
};
/* What kind of boilerplate the line s[0..n) is, if any. */
enum bc__line_kind bc__line_boiler(const char *s, size_t n);

/* Whether s[0..n) is a promo line a site puts above or below the piece
 * ("Want to start a startup? Get funded by ...", "Sign up for our
 * newsletter", "Japanese Translation, Spanish Translation"). */
int bc__line_promo(const char *s, size_t n);
/* Whether s[0..n) heads what sits beside a piece rather than in it:
 * "Notes", "Footnotes", "References", "Thanks", "About the author". */
int bc__line_aside_head(const char *s, size_t n);

/* A news wire's dateline at the start of s ("London (CNN)", "(AP) --",
 * "WASHINGTON (Reuters) -"): its length, with *rest set to where the
 * story starts (past the spaces, if any), or to n when nothing follows;
 * 0 when there is none or what follows does not start a sentence. */
size_t bc__line_dateline(const char *s, size_t n, size_t *rest);

/* A title for doc when its format gives none (title.c): the first heading
 * or title line at the top of the text, past status lines, dates,
 * bylines and datelines; else the first sentence of the text, cut at a
 * clause when long.  At most 200 bytes.  New string; NULL when doc has no
 * blocks or on out-of-memory. */
char *bc__doc_guess_title(const struct bc_doc *doc);
/* Whether s[0..n) can be no title: a status or navigation line, a post
 * footer, a byline, a bare date or date line, a news dateline, or fewer
 * than two letters. */
int bc__title_bad(const char *s, size_t n);

/* The per-format readers.  data is UTF-8 without a BOM for text and
 * Markdown; each appends documents to out with text, blocks and whatever
 * metadata the format gives. */
bc_status bc__text_parse(const char *data, size_t len, const char *name,
                         const struct bc_ingest_opts *opts,
                         struct bc_doclist *out, struct bc_error *err);
bc_status bc__markdown_parse(const char *data, size_t len, const char *name,
                             const struct bc_ingest_opts *opts,
                             struct bc_doclist *out, struct bc_error *err);
/* RSS, Atom (Blogger export included) and WordPress WXR.  Each entry's HTML
 * goes through the HTML reader. */
bc_status bc__feed_parse(const char *data, size_t len, const char *name,
                         const struct bc_ingest_opts *opts,
                         struct bc_doclist *out, struct bc_error *err);

/* HTML that is already the article (feed entry content, an HTML block in
 * Markdown), UTF-8, appended to b in full: headings, paragraphs, list
 * items, quotes and <pre> code; only scripts, styles and image alt text are
 * left out.  Errors: BC_ERR_PARSE (unparseable), or b's append failure. */
bc_status bc__html_fragment(const char *html, size_t len, struct bc__docb *b);

/* Fetch an http(s) URL.  *body (owned, NUL-terminated), *content_type and
 * *final_url (owned, may be NULL) on success.  Errors: BC_ERR_HTTP (network,
 * timeout, non-2xx status), BC_ERR_LIMIT (body too big). */
bc_status bc__fetch_url(const char *url, const struct bc_ingest_opts *opts,
                        char **body, size_t *len, char **content_type,
                        char **final_url, struct bc_error *err);

/* Code point of a named HTML entity prose uses ("nbsp", "mdash", "amp"),
 * name without '&' and ';'; 0 when unknown. */
uint32_t bc__html_entity(const char *name, size_t len);

/* Nonzero if s starts with http:// or https:// (case-insensitive). */
int bc__ingest_is_url(const char *s);

#endif
