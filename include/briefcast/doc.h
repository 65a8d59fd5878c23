/* doc.h - the ingest stage: turn a file, URL, feed or stdin into documents.
 * A bc_doc holds normalized UTF-8 text and the blocks that structure it; every
 * later stage refers to the source only through byte spans into doc->text. */
#ifndef BRIEFCAST_DOC_H
#define BRIEFCAST_DOC_H

#include <stddef.h>

#include "briefcast/error.h"

/* A half-open byte range [start, end) into bc_doc.text. */
struct bc_span {
  size_t start;
  size_t end;
};

enum bc_block_kind {
  BC_BLOCK_HEADING,
  BC_BLOCK_PARAGRAPH,
  BC_BLOCK_LIST_ITEM,
  BC_BLOCK_QUOTE,
  BC_BLOCK_CODE
};

struct bc_block {
  enum bc_block_kind kind;
  int level;           /* heading level 1-6; list nesting depth; else 0 */
  struct bc_span span; /* the block's text, without markup */
  char *date;          /* ISO 8601 date of a dated post heading, or NULL */
  int aside; /* nonzero for text beside the piece rather than of it: the
                notes, thanks or references after it, a promo line; kept so
                every fact stays checkable, but no section or key point */
};

enum bc_format {
  BC_FORMAT_AUTO = 0, /* sniff from name, content type and content */
  BC_FORMAT_TEXT,
  BC_FORMAT_MARKDOWN,
  BC_FORMAT_HTML,
  BC_FORMAT_FEED, /* RSS, Atom, WordPress export */
  BC_FORMAT_LIST  /* one path or URL per line, '#' comments */
};

/* One source document.  All strings are owned by the document and freed by
 * bc_doc_free(); optional metadata is NULL when unknown. */
struct bc_doc {
  char *title;
  char *author;
  char *date;      /* publication date, ISO 8601 (YYYY-MM-DD or YYYY-MM) */
  char *source;    /* the path or URL it came from ("-" for stdin) */
  char *url;       /* canonical URL when known */
  char sha256[65]; /* hex digest of the raw input bytes */
  enum bc_format format;
  char *text; /* normalized UTF-8, NUL-terminated; blocks separated by \n\n */
  size_t text_len;
  struct bc_block *blocks;
  size_t n_blocks;
  /* One post of a page that holds several (a blog's front, archive or
   * label page, split on ingest): its number from 1 and the page's count
   * of posts.  Both 0 for anything else, feed entries included. */
  size_t post, n_posts;
};

/* A list of documents, e.g. the entries of a feed. */
struct bc_doclist {
  struct bc_doc **docs; /* owned */
  size_t n;
};
#define BC_DOCLIST_INIT                                                        \
  {                                                                            \
    .docs = NULL, .n = 0                                                       \
  }

struct bc_ingest_opts {
  enum bc_format format;  /* BC_FORMAT_AUTO unless the user forces one */
  int split_posts;        /* a page of several dated posts (HTML, text or
                             Markdown) -> one document per post */
  long timeout_ms;        /* URL fetch total timeout; 0 = default */
  size_t max_bytes;       /* 0 = BC_MAX_DOC_BYTES */
  const char *user_agent; /* NULL = default */
  const char *charset;    /* NULL = UTF-8 or as declared; else the input's
                             charset, converted to UTF-8 (e.g. windows-1252) */
};
#define BC_INGEST_OPTS_INIT                                                    \
  {                                                                            \
    .format = BC_FORMAT_AUTO, .user_agent = NULL, .charset = NULL              \
  }

/* Ingest INPUT (a path, an http(s) URL, or "-" for stdin) into out, which
 * gets one document per input, or one per entry for a feed or a list.
 * Errors: BC_ERR_IO (missing, unreadable), BC_ERR_NOTFILE (a directory),
 * BC_ERR_INPUT (empty, no usable content, unsupported content type),
 * BC_ERR_BINARY (binary data), BC_ERR_ENCODING (invalid UTF-8, naming the
 * byte offset), BC_ERR_LIMIT (too big), BC_ERR_PARSE (malformed feed),
 * BC_ERR_HTTP (network, timeout, non-2xx).  On failure out is left
 * untouched. */
bc_status bc_ingest(const char *input, const struct bc_ingest_opts *opts,
                    struct bc_doclist *out, struct bc_error *err);

/* Ingest bytes already in memory.  name is used in messages and as source;
 * content_type is the HTTP Content-Type or NULL. */
bc_status bc_ingest_memory(const char *data, size_t len, const char *name,
                           const char *content_type,
                           const struct bc_ingest_opts *opts,
                           struct bc_doclist *out, struct bc_error *err);

void bc_doc_free(struct bc_doc *doc);
void bc_doclist_release(struct bc_doclist *list);

/* Serialize the document model (metadata, text, blocks with spans) as JSON;
 * the returned string belongs to the caller. NULL on out-of-memory. */
char *bc_doc_to_json(const struct bc_doc *doc);

/* Build a document from already-normalized text (used by tests and by
 * callers that hold text, not a file): the text is copied unchanged, each
 * run of text between blank lines becomes a paragraph block, sha256 is the
 * text's digest, format is BC_FORMAT_TEXT and metadata is NULL (the caller
 * may set it; bc_doc_free frees it).  *out belongs to the caller.  Errors:
 * BC_ERR_NOMEM. */
bc_status bc_doc_new_text(const char *text, size_t len, struct bc_doc **out,
                          struct bc_error *err);

/* A safe folder name for the document: "YYYY-MM-DD-title-words" from its
 * date and title (or source), ASCII [a-z0-9-] only, at most 60 bytes, never
 * empty, never "." or "..".  New string, NULL on out-of-memory. */
char *bc_doc_slug(const struct bc_doc *doc);

/* Name of a format ("text", "markdown", "html", "feed", "list", "auto"). */
const char *bc_format_name(enum bc_format format);

#endif
