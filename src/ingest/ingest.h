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
int bc__date_at(const char *s, size_t len, size_t i, size_t *end,
                char iso[11]);
/* Past a leading weekday name ("Friday, ") at s[i]; i when there is none. */
size_t bc__date_skip_weekday(const char *s, size_t len, size_t i);

/* Title from the first heading, else the first block (at most 200 bytes,
 * cut at a character boundary).  New string or NULL. */
char *bc__doc_guess_title(const struct bc_doc *doc);

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
