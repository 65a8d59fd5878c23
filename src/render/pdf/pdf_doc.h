/* pdf_doc.h - what the PDF renderer's files share: the per-call context that
 * owns the libharu document and the error jump, text cleaning, measured word
 * wrapping with hyphenation, and drawing of wrapped paragraphs.  libharu
 * types appear here and nowhere outside src/render/pdf*.c. */
#ifndef BC_RENDER_PDF_DOC_H
#define BC_RENDER_PDF_DOC_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <hpdf.h>

#include "briefcast/pdf.h"

/* Text styles; a word carries one set of these bits. */
enum {
  BC__PDF_BOLD = 1,    /* faked with fill-then-stroke unless a bold face is
                          embedded */
  BC__PDF_ITALIC = 2,  /* faked with a sheared text matrix */
  BC__PDF_LINK = 4,    /* drawn in the accent colour, gets a link annotation */
  BC__PDF_MUTED = 8,   /* secondary colour */
  BC__PDF_ACCENT = 16, /* accent colour, no link */
  BC__PDF_ALT = 32     /* drawn with the fallback font */
};

struct bc__pdf_rgb {
  double r, g, b;
};

/* A measured word (or piece of a word) of a paragraph.  w is its advance in
 * thousandths of an em, so wrapping at any size is arithmetic. */
struct bc__pdf_word {
  const char *p;
  size_t len;
  unsigned w;
  unsigned char style;
  unsigned char glue; /* 1 = no space before it (piece of a split word) */
  unsigned char hyph; /* 1 = draw a hyphen after it (end of a line) */
};

/* A paragraph: words pointing into strings the paragraph owns. */
struct bc__pdf_para {
  struct bc__pdf_word *words;
  size_t n, cap;
  char **strs; /* cleaned copies of the added text */
  size_t n_strs;
};

/* One wrapped line: words [first, first + n) of a bc__pdf_lines. */
struct bc__pdf_line {
  size_t first, n;
  double width; /* points */
};

/* The result of wrapping: its own word array, since breaking a long word or
 * hyphenating splits words into pieces. */
struct bc__pdf_lines {
  struct bc__pdf_word *words;
  size_t n_words, cap_words;
  struct bc__pdf_line *lines;
  size_t n, cap;
  int shortened; /* 1 = cut at max_lines and ended with an ellipsis */
};

/* The per-call context.  It lives on the heap so that its fields keep their
 * values across the longjmp of the libharu error handler. */
struct bc__pdf {
  jmp_buf jump;
  HPDF_Doc doc;
  HPDF_Font font;
  HPDF_Font bold; /* NULL = fake bold */
  HPDF_FontDef fontdef;
  HPDF_Font alt; /* fallback font, loaded on the first character needing it */
  HPDF_FontDef altdef;
  const char *alt_path; /* NULL = no fallback */
  int alt_tried;
  HPDF_Encoder utf8;
  HPDF_Page page; /* page being drawn */
  unsigned long hpdf_error, hpdf_detail;
  const char *phase;     /* what was being done, for error messages */
  const char *font_path; /* the font being loaded */
  void *hyph;            /* HyphenDict, loaded on first use */
  int hyph_tried;
  const char *hyph_path;
  unsigned space_w, hyphen_w, ellipsis_w; /* thousandths of an em */
  int have_fffd; /* the font draws U+FFFD; else '?' replaces */
  char *tmp;     /* temporary output file while saving */
  FILE *out;     /* and its stream */
  char *scratch; /* NUL-terminated copies for HPDF_Page_ShowText */
  size_t scratch_cap;
  struct bc__pdf_rgb ink, muted, accent;
  struct bc__pdf_used *used; /* code points drawn, per font (pdf_cmap.c) */
};

/* Arm the error jump, open the document, call draw(pdf, ctx) to add the
 * pages, set the metadata and save to path.  The caller then releases pdf
 * with bc__pdf_close whatever the outcome. */
bc_status bc__pdf_run(struct bc__pdf *pdf, const struct bc_pdf_opts *opts,
                      const struct bc_summary *s, const char *subject,
                      bc_status (*draw)(struct bc__pdf *, void *), void *ctx,
                      const char *path, struct bc_error *err);

/* Note the code points of the UTF-8 text s drawn with font (pdf_cmap.c).
 * Out of memory only leaves the font with libharu's map. */
void bc__pdf_cmap_note(struct bc__pdf *pdf, HPDF_Font font, const char *s);

/* Give each font drawn with a ToUnicode map of the code points it drew, in
 * place of libharu's CID map.  Call once, just before saving.  Errors:
 * BC_ERR_NOMEM. */
bc_status bc__pdf_cmap_write(struct bc__pdf *pdf);

/* Create the document, embed the font(s), switch to UTF-8.  Must be called
 * after setjmp(pdf->jump) is armed; libharu failures longjmp there. */
bc_status bc__pdf_open(struct bc__pdf *pdf, const struct bc_pdf_opts *opts,
                       struct bc_error *err);

/* The status and message for a libharu failure caught by the jump. */
bc_status bc__pdf_fail(struct bc__pdf *pdf, struct bc_error *err);

/* Release everything (the document, the dictionary, scratch). */
void bc__pdf_close(struct bc__pdf *pdf);

/* Metadata, creation date, compression; then save to path atomically. */
void bc__pdf_info(struct bc__pdf *pdf, const struct bc_summary *s,
                  const struct bc_pdf_opts *opts, const char *subject);
bc_status bc__pdf_save(struct bc__pdf *pdf, const char *path,
                       struct bc_error *err);

/* A copy of text that the font can draw: invalid UTF-8, characters outside
 * the font (and all of them above U+FFFF, such as emoji) become U+FFFD,
 * control characters become spaces, invisible format characters go, runs of
 * white space collapse.  NULL on out-of-memory. */
char *bc__pdf_clean(struct bc__pdf *pdf, const char *text);

/* What a source line shows of where the source came from: a web address
 * whole (*web set); a local file or stdin not at all (a file's name or the
 * folder it sat in on the machine that made the PDF tells a reader
 * nothing of where the text comes from).  NULL when there is nothing to
 * show. */
const char *bc__pdf_shown_source(const char *url, int *web);

/* Nonzero when the fallback font (loaded on first call) draws cp. */
int bc__pdf_alt_has(struct bc__pdf *pdf, uint32_t cp);

/* The font a style draws with. */
HPDF_Font bc__pdf_font_of(const struct bc__pdf *pdf, unsigned char style);

/* Width of UTF-8 text in a style, in thousandths of an em. */
unsigned bc__pdf_width(struct bc__pdf *pdf, const char *s, size_t len,
                       unsigned char style);

/* Append text (cleaned and split into words) to a paragraph in a style. */
bc_status bc__pdf_para_add(struct bc__pdf *pdf, struct bc__pdf_para *para,
                           const char *text, unsigned char style);
void bc__pdf_para_release(struct bc__pdf_para *para);

/* Wrap para at size into lines of width points.  hyphenate = 1 allows
 * libhyphen breaks; max_lines > 0 cuts the text there and ends it with an
 * ellipsis (out->shortened).  Words wider than the line are broken, URLs
 * after '/', '.', '-', '?', '&' where possible.  A line does not end in a
 * one-letter word when that word can move down. */
bc_status bc__pdf_wrap(struct bc__pdf *pdf, const struct bc__pdf_para *para,
                       double size, double width, int hyphenate,
                       size_t max_lines, struct bc__pdf_lines *out);
void bc__pdf_lines_release(struct bc__pdf_lines *l);

/* Draw line i of l with its left end at x and baseline y, in colour ink for
 * plain text (links use pdf->accent, muted pdf->muted).  Link words get a
 * URI annotation to uri when uri is not NULL. */
bc_status bc__pdf_draw_line(struct bc__pdf *pdf, const struct bc__pdf_lines *l,
                            size_t i, double x, double y, double size,
                            struct bc__pdf_rgb ink, const char *uri);

/* Draw one string (already clean) at x, y. */
bc_status bc__pdf_text(struct bc__pdf *pdf, const char *s, double x, double y,
                       double size, unsigned char style,
                       struct bc__pdf_rgb ink);

void bc__pdf_fill_rect(struct bc__pdf *pdf, double x, double y, double w,
                       double h, struct bc__pdf_rgb c);

/* Cut NUL-terminated c (in place) to at most max bytes at a character
 * boundary, ending in an ellipsis, if it is longer: for strings libharu
 * limits (metadata, bookmarks). */
void bc__pdf_cap(char *c, size_t max);

#endif
