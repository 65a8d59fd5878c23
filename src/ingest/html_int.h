/* html_int.h - what the files of the HTML reader share among themselves
 * (charset conversion, metadata, the tree walk).  libxml2 types appear only
 * here and in html*.c; ingest.c includes html.h, never this file. */
#ifndef BC_INGEST_HTML_INT_H
#define BC_INGEST_HTML_INT_H

#include <stddef.h>

#include <libxml/HTMLparser.h>

#include "briefcast/error.h"
#include "ingest/html.h"
#include "ingest/ingest.h"

/* Convert a page to UTF-8 (see html_charset.c for the precedence).  *out is
 * NUL-terminated and belongs to the caller.  Errors: BC_ERR_NOMEM. */
bc_status bc__html_to_utf8(const char *data, size_t len, const char *charset,
                           char **out, size_t *outlen);

/* Metadata of a page; every field is NULL when unknown and owned by the
 * struct. */
struct bc__html_meta {
  char *title;
  char *author;
  char *date;
  char *url;
};

/* Read title, author, date and canonical URL from <head>, JSON-LD and
 * visible markup.  content is the extracted article element (or NULL), used
 * to prefer an <h1> and bylines near the article.  Errors: BC_ERR_NOMEM. */
bc_status bc__html_meta_read(xmlDoc *doc, xmlNode *content,
                             struct bc__html_meta *meta);
void bc__html_meta_release(struct bc__html_meta *meta);

/* Collapse whitespace runs to one space and trim; a new string or NULL. */
char *bc__html_squash(const char *s);

/* The next node of a pre-order walk below root, entering n's children
 * unless skip_children; NULL at the end (html.c). */
xmlNode *bc__html_next_node(xmlNode *n, const xmlNode *root, int skip_children);

/* htmlCtxtReadMemory of UTF-8 text with options, the tree kept shallow:
 * libxml2 silently drops everything past 256 levels of nesting, so
 * elements past a depth are left out and their text goes to the deepest
 * one kept (html.c).  NULL when there is no document; *nomem set when
 * that is for want of memory. */
xmlDoc *bc__html_read_flat(const char *u8, size_t len, int options, int *nomem);

#endif
