/* pdf.h - the PDF renderer: a one-page brief and a 16:9 slide deck, drawn
 * with libharu from a summary and its validation report. */
#ifndef BRIEFCAST_PDF_H
#define BRIEFCAST_PDF_H

#include "briefcast/error.h"
#include "briefcast/summary.h"
#include "briefcast/report.h"

enum bc_paper { BC_PAPER_A4, BC_PAPER_LETTER };
enum bc_theme { BC_THEME_LIGHT, BC_THEME_DARK };

struct bc_pdf_opts {
  enum bc_paper paper;
  enum bc_theme theme;
  /* NULL = $BRIEFCAST_FONT, else the font the build was configured with
   * (DejaVuSans from fonts-dejavu-core on Debian) */
  const char *font_path;
  /* NULL = one embedded font with bold drawn by stroking the outline, which
   * keeps the brief near 90 KB; a path embeds that face too (+~86 KB). */
  const char *bold_font_path;
  /* Hyphenation patterns for narrow columns; NULL = $BRIEFCAST_HYPHEN,
   * else the configured file (hyphen-en-us's hyph_en_US.dic on Debian).
   * A missing file only turns hyphenation off. */
  const char *hyphen_path;
  /* Creation date in seconds since the epoch (the CLI passes
   * SOURCE_DATE_EPOCH so the bytes are reproducible); BC_PDF_NOW = now. */
  long long created;
  /* A second font for characters font_path lacks (embedded only when one
   * is needed).  NULL = the default font when font_path names another,
   * else $BRIEFCAST_FALLBACK_FONT or the configured CJK face (Debian's
   * fonts-droid-fallback); "" = none.  What neither font has becomes a visible
   * U+FFFD. */
  const char *fallback_font_path;
};
#define BC_PDF_NOW (-1LL)
#define BC_PDF_OPTS_INIT                                                       \
  {                                                                            \
    .paper = BC_PAPER_A4, .theme = BC_THEME_LIGHT, .font_path = NULL,          \
    .created = BC_PDF_NOW                                                      \
  }

/* Write the one-page brief to path (temporary file, then rename).  report
 * may be NULL (the panel then says the summary was not checked).  The brief
 * is always exactly one page: text shrinks down to 8 pt, then the lowest
 * priority items are left out and the page says how many.  opts may be NULL
 * (defaults).  Errors: BC_ERR_IO (font missing), BC_ERR_RENDER (libharu),
 * BC_ERR_OUTPUT (cannot write path), BC_ERR_NOMEM, BC_ERR_USAGE. */
bc_status bc_pdf_brief(const struct bc_summary *summary,
                       const struct bc_report *report,
                       const struct bc_pdf_opts *opts, const char *path,
                       struct bc_error *err);

/* Write the 16:9 (960x540 pt) slide deck to path: a title slide, key points
 * and sections (at most six bullets a slide), timeline, glossary, quotes
 * and, when report is NULL or the check left an error or a warning or a
 * verdict other than pass, a "what was checked" slide; numbered, with one
 * bookmark per slide.  Same errors as bc_pdf_brief. */
bc_status bc_pdf_slides(const struct bc_summary *summary,
                        const struct bc_report *report,
                        const struct bc_pdf_opts *opts, const char *path,
                        struct bc_error *err);

/* Read a report.json (schema "briefcast.validation/1") into a report for
 * the renderers: counts checked, verdict and findings (without spans).
 * name is used in messages.  Errors: BC_ERR_PARSE, BC_ERR_SCHEMA,
 * BC_ERR_NOMEM.  *out is set only on success; free with bc_report_free. */
bc_status bc_pdf_report_read(const char *json, size_t len, const char *name,
                             struct bc_report **out, struct bc_error *err);

#endif
