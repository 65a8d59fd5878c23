/* pdf.h - the PDF renderer: a one-page brief and a 16:9 slide deck, drawn
 * with libharu from a summary and its validation report. */
#ifndef BRIEFCAST_PDF_H
#define BRIEFCAST_PDF_H

#include "briefcast/error.h"
#include "briefcast/summary.h"
#include "briefcast/validate.h"

enum bc_paper { BC_PAPER_A4, BC_PAPER_LETTER };
enum bc_theme { BC_THEME_LIGHT, BC_THEME_DARK };

struct bc_pdf_opts {
  enum bc_paper paper;
  enum bc_theme theme;
  const char *font_path;      /* NULL = DejaVuSans from fonts-dejavu-core */
  const char *bold_font_path; /* NULL = DejaVuSans-Bold */
};
#define BC_PDF_OPTS_INIT {BC_PAPER_A4, BC_THEME_LIGHT, NULL, NULL}

/* Write the one-page brief to path (temporary file, then rename).  report
 * may be NULL (no "checked" panel). */
bc_status bc_pdf_brief(const struct bc_summary *summary,
                       const struct bc_report *report,
                       const struct bc_pdf_opts *opts, const char *path,
                       struct bc_error *err);

/* Write the slide deck to path. */
bc_status bc_pdf_slides(const struct bc_summary *summary,
                        const struct bc_report *report,
                        const struct bc_pdf_opts *opts, const char *path,
                        struct bc_error *err);

#endif
