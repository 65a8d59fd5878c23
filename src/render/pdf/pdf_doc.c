/* pdf_doc.c - the libharu wrapper of the PDF renderer: document set-up with
 * an embedded UTF-8 TrueType font, the error handler that jumps back to the
 * caller's context, metadata, text cleaning, drawing of styled runs, and the
 * atomic save.  Layout lives in pdf_text.c, pdf_brief.c and pdf_slides.c. */
#include "render/pdf/pdf_doc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <hyphen.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/utf8.h"

/* The runtime data the PDFs need when the caller names none: the
 * environment's BRIEFCAST_FONT / BRIEFCAST_HYPHEN, else the paths the build
 * was configured with (Debian's fonts-dejavu-core and hyphen-en-us unless
 * -DBC_FONT_PATH / -DBC_HYPHEN_PATH said otherwise). */
#ifndef BC_FONT_PATH
#define BC_FONT_PATH "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#endif
/* The fallback for the default font: fonts-droid-fallback's TrueType face
 * covers CJK, which DejaVu lacks (noto-cjk is CFF, which libharu cannot
 * embed). */
#ifndef BC_FALLBACK_FONT_PATH
#define BC_FALLBACK_FONT_PATH                                                  \
  "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
#endif
#ifndef BC_HYPHEN_PATH
#define BC_HYPHEN_PATH "/usr/share/hyphen/hyph_en_US.dic"
#endif

static const char *data_path(const char *env, const char *built_in)
{
  const char *v = getenv(env);
  return v && *v ? v : built_in;
}

/* Fake bold: the outline is stroked with this fraction of the size, fake
 * italic shears the text matrix by this slope. */
#define BOLD_STROKE 0.028
#define ITALIC_SHEAR 0.2
/* Longest metadata string (title, author), in bytes. */
#define INFO_MAX 1024

/* libharu reports every failure here.  The only way to abort a drawing
 * sequence half-way is to jump back to the entry point that armed
 * pdf->jump; the context travels as user_data, so there is no global. */
static void on_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *user)
{
  struct bc__pdf *pdf = user;
  pdf->hpdf_error = (unsigned long)error_no;
  pdf->hpdf_detail = (unsigned long)detail_no;
  longjmp(pdf->jump, 1);
}

static HPDF_Font load_font(struct bc__pdf *pdf, const char *path,
                           HPDF_FontDef *def)
{
  const char *name;
  pdf->phase = "loading font";
  pdf->font_path = path;
  name = HPDF_LoadTTFontFromFile(pdf->doc, path, HPDF_TRUE);
  if (def)
    *def = HPDF_GetFontDef(pdf->doc, name);
  return HPDF_GetFont(pdf->doc, name, "UTF-8");
}

bc_status bc__pdf_open(struct bc__pdf *pdf, const struct bc_pdf_opts *opts,
                       struct bc_error *err)
{
  pdf->ink = (struct bc__pdf_rgb){0.10, 0.11, 0.13};
  pdf->muted = (struct bc__pdf_rgb){0.36, 0.38, 0.42};
  pdf->accent = (struct bc__pdf_rgb){0.12, 0.37, 0.66};
  const char *default_font = data_path("BRIEFCAST_FONT", BC_FONT_PATH);
  pdf->hyph_path = opts->hyphen_path
                       ? opts->hyphen_path
                       : data_path("BRIEFCAST_HYPHEN", BC_HYPHEN_PATH);
  pdf->phase = "creating the document";
  pdf->doc = HPDF_New(on_error, pdf);
  if (!pdf->doc)
    return bc_error_set(err, BC_ERR_NOMEM, "cannot create PDF: out of memory");
  HPDF_SetCompressionMode(pdf->doc, HPDF_COMP_ALL);
  /* Both are needed: the first registers the UTF-8 encoder for fonts, the
   * second makes metadata strings UTF-8 too (else pdfinfo shows mojibake). */
  HPDF_UseUTFEncodings(pdf->doc);
  HPDF_SetCurrentEncoder(pdf->doc, "UTF-8");
  pdf->utf8 = HPDF_GetEncoder(pdf->doc, "UTF-8");
  pdf->font = load_font(pdf, opts->font_path ? opts->font_path : default_font,
                        &pdf->fontdef);
  if (opts->fallback_font_path)
    pdf->alt_path = *opts->fallback_font_path ? opts->fallback_font_path : NULL;
  else if (opts->font_path && strcmp(opts->font_path, default_font) &&
           access(default_font, R_OK) == 0)
    pdf->alt_path = default_font;
  else if (!opts->font_path || !strcmp(opts->font_path, default_font)) {
    const char *cjk =
        data_path("BRIEFCAST_FALLBACK_FONT", BC_FALLBACK_FONT_PATH);
    if (access(cjk, R_OK) == 0)
      pdf->alt_path = cjk;
  }
  if (opts->bold_font_path)
    pdf->bold = load_font(pdf, opts->bold_font_path, NULL);
  pdf->phase = "drawing";
  pdf->have_fffd = HPDF_TTFontDef_GetGlyphid(pdf->fontdef, 0xFFFD) != 0;
  pdf->space_w = bc__pdf_width(pdf, " ", 1, 0);
  pdf->hyphen_w = bc__pdf_width(pdf, "-", 1, 0);
  pdf->ellipsis_w = bc__pdf_width(pdf, "\xe2\x80\xa6", 3, 0);
  return BC_OK;
}

bc_status bc__pdf_fail(struct bc__pdf *pdf, struct bc_error *err)
{
  unsigned long e = pdf->hpdf_error, d = pdf->hpdf_detail;
  if (e == HPDF_FAILD_TO_ALLOC_MEM)
    return bc_error_set(err, BC_ERR_NOMEM,
                        "cannot render PDF: out of memory while %s",
                        pdf->phase);
  if (pdf->phase && !strcmp(pdf->phase, "loading font")) {
    if (e == HPDF_FILE_OPEN_ERROR)
      return bc_error_set(err, BC_ERR_IO, "cannot load font '%s': %s",
                          pdf->font_path, strerror((int)d));
    return bc_error_set(err, BC_ERR_IO,
                        "cannot load font '%s': not a usable TrueType font "
                        "(libharu error 0x%04lX)",
                        pdf->font_path, e);
  }
  if (pdf->phase && !strcmp(pdf->phase, "saving"))
    return bc_error_set(err, BC_ERR_OUTPUT,
                        "cannot write PDF: libharu error 0x%04lX (detail %lu)",
                        e, d);
  return bc_error_set(err, BC_ERR_RENDER,
                      "cannot render PDF: libharu error 0x%04lX (detail %lu) "
                      "while %s",
                      e, d, pdf->phase ? pdf->phase : "drawing");
}

void bc__pdf_close(struct bc__pdf *pdf)
{
  if (!pdf)
    return;
  if (pdf->doc)
    HPDF_Free(pdf->doc);
  if (pdf->hyph)
    hnj_hyphen_free(pdf->hyph);
  if (pdf->out || pdf->tmp) {
    bc__fs_abort(pdf->out, pdf->tmp); /* a save that failed half-way */
    free(pdf->tmp);
  }
  free(pdf->scratch);
  free(pdf->used);
  free(pdf);
}

void bc__pdf_cap(char *c, size_t max)
{
  size_t n;
  if (max < 4 || strlen(c) <= max)
    return;
  n = max - 3;
  while (n && ((unsigned char)c[n] & 0xC0) == 0x80)
    n--;
  memcpy(c + n, "\xe2\x80\xa6", 4);
}

static void set_info(struct bc__pdf *pdf, HPDF_InfoType type, const char *s)
{
  char *c;
  if (!s || !*s)
    return;
  c = bc__pdf_clean(pdf, s);
  if (!c)
    return; /* metadata is optional; out of memory here only loses it */
  /* A PDF string holds at most 65535 bytes (libharu fails the document
   * past that, and the title is stored as UTF-16): a long title is cut at
   * a character boundary, which is all a viewer's title bar shows anyway. */
  bc__pdf_cap(c, INFO_MAX);
  if (*c)
    HPDF_SetInfoAttr(pdf->doc, type, c);
  free(c);
}

void bc__pdf_info(struct bc__pdf *pdf, const struct bc_summary *s,
                  const struct bc_pdf_opts *opts, const char *subject)
{
  struct bc_buf kw = BC_BUF_INIT(4096);
  time_t t = opts->created >= 0 ? (time_t)opts->created : time(NULL);
  struct tm tm;
  HPDF_Date date = {0};
  const char *title = s->title && *s->title ? s->title : s->source.title;

  pdf->phase = "writing metadata";
  set_info(pdf, HPDF_INFO_TITLE, title);
  set_info(pdf, HPDF_INFO_AUTHOR, s->source.author);
  set_info(pdf, HPDF_INFO_SUBJECT, subject);
  set_info(pdf, HPDF_INFO_CREATOR, "briefcast");
  /* Keywords: the glossary terms, which are what the source defines. */
  bc_buf_adds(&kw, "briefcast");
  for (size_t i = 0; i < s->n_glossary && i < 24; i++) {
    size_t k = 0;
    if (!s->glossary[i].term || !*s->glossary[i].term)
      continue;
    while (k < i && (!s->glossary[k].term ||
                     strcmp(s->glossary[k].term, s->glossary[i].term)))
      k++;
    if (k < i)
      continue; /* listed already */
    bc_buf_adds(&kw, ", ");
    bc_buf_adds(&kw, s->glossary[i].term);
  }
  if (bc_buf_status(&kw) == BC_OK)
    set_info(pdf, HPDF_INFO_KEYWORDS, bc_buf_str(&kw));
  bc_buf_release(&kw);

  if (gmtime_r(&t, &tm)) {
    date.year = tm.tm_year + 1900;
    date.month = tm.tm_mon + 1;
    date.day = tm.tm_mday;
    date.hour = tm.tm_hour;
    date.minutes = tm.tm_min;
    date.seconds = tm.tm_sec > 59 ? 59 : tm.tm_sec;
    date.ind = 'Z';
    HPDF_SetInfoDateAttr(pdf->doc, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(pdf->doc, HPDF_INFO_MOD_DATE, date);
  }
  pdf->phase = "drawing";
}

bc_status bc__pdf_save(struct bc__pdf *pdf, const char *path,
                       struct bc_error *err)
{
  HPDF_BYTE buf[65536];
  char *tmp = NULL;
  FILE *f;
  bc_status rc;
  /* libharu would open the file by name itself (following a symbolic link
   * placed at that name, and reporting a full disk as an error number):
   * it renders into its memory stream instead, and the bytes go through
   * the one safe way outputs are written. */
  pdf->phase = "saving";
  pdf->font_path = NULL;
  if (bc__pdf_cmap_write(pdf))
    return bc_error_set(err, BC_ERR_NOMEM,
                        "cannot write PDF: out of memory while saving");
  f = bc__fs_temp_open(path, &tmp, err);
  if (!f)
    return err ? err->code : BC_ERR_OUTPUT;
  pdf->out = f;   /* closed by bc__pdf_close if saving jumps out */
  pdf->tmp = tmp; /* and removed */
  HPDF_SaveToStream(pdf->doc);
  HPDF_ResetStream(pdf->doc);
  for (;;) {
    HPDF_UINT32 n = sizeof(buf);
    HPDF_STATUS st = HPDF_ReadFromStream(pdf->doc, buf, &n);
    if (n && fwrite(buf, 1, n, f) != n) {
      int e = errno ? errno : EIO; /* ENOSPC, EDQUOT, EFBIG, ... */
      bc__fs_abort(f, tmp);
      pdf->out = NULL;
      pdf->tmp = NULL;
      free(tmp);
      return bc_error_set(err, BC_ERR_OUTPUT, "cannot write '%s': %s", path,
                          strerror(e));
    }
    if (st == HPDF_STREAM_EOF || (st != HPDF_OK && n == 0))
      break;
  }
  pdf->out = NULL;
  pdf->tmp = NULL;
  rc = bc__fs_commit(f, tmp, path, err);
  free(tmp);
  return rc;
}

/* Characters that are invisible by design; they are dropped, not replaced. */
const char *bc__pdf_shown_source(const char *url, int *web)
{
  *web = 0;
  if (!url || !*url || !strcmp(url, "-"))
    return NULL;
  if (!strncmp(url, "http://", 7) || !strncmp(url, "https://", 8)) {
    *web = 1;
    return url;
  }
  /* a file's name ("source.txt", "draft-3.md") says where the text sat,
   * not where it comes from: nothing is shown */
  return NULL;
}

static int invisible(uint32_t cp)
{
  return cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 ||
         cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F);
}

static size_t put_cp(char *o, uint32_t cp)
{
  if (cp < 0x80) {
    o[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (char)(0xC0 | (cp >> 6));
    o[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  o[0] = (char)(0xE0 | (cp >> 12));
  o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
  o[2] = (char)(0x80 | (cp & 0x3F));
  return 3;
}

int bc__pdf_alt_has(struct bc__pdf *pdf, uint32_t cp)
{
  if (!pdf->alt_tried) {
    const char *phase = pdf->phase;
    pdf->alt_tried = 1;
    if (pdf->alt_path)
      pdf->alt = load_font(pdf, pdf->alt_path, &pdf->altdef);
    pdf->phase = phase;
  }
  return pdf->alt && cp <= 0xFFFF &&
         HPDF_TTFontDef_GetGlyphid(pdf->altdef, (HPDF_UINT16)cp) != 0;
}

char *bc__pdf_clean(struct bc__pdf *pdf, const char *text)
{
  size_t len, i = 0, o = 0;
  char *out;
  if (!text)
    text = "";
  len = strlen(text);
  /* Each input byte yields at most three output bytes (U+FFFD). */
  if (len > ((size_t)-1 - 1) / 3)
    return NULL;
  out = bc__malloc(len * 3 + 1);
  if (!out)
    return NULL;
  while (i < len) {
    uint32_t cp;
    size_t n = bc__utf8_decode(text + i, len - i, &cp);
    if (!n) {
      cp = 0xFFFD;
      n = 1;
    }
    i += n;
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
      cp = ' ';
    if (invisible(cp))
      continue;
    if (cp == ' ') {
      if (o == 0 || out[o - 1] == ' ')
        continue;
      out[o++] = ' ';
      continue;
    }
    /* libharu's UTF-8 path covers the BMP only and draws nothing for the
     * rest (emoji vanish); a glyph the font lacks would draw an empty box.
     * Both become a visible replacement character. */
    if (cp > 0xFFFF ||
        (!HPDF_TTFontDef_GetGlyphid(pdf->fontdef, (HPDF_UINT16)cp) &&
         !bc__pdf_alt_has(pdf, cp)))
      cp = pdf->have_fffd ? 0xFFFD : '?';
    o += put_cp(out + o, cp);
  }
  while (o && out[o - 1] == ' ')
    o--;
  out[o] = '\0';
  return out;
}

HPDF_Font bc__pdf_font_of(const struct bc__pdf *pdf, unsigned char style)
{
  if (style & BC__PDF_ALT)
    return pdf->alt;
  return (style & BC__PDF_BOLD) && pdf->bold ? pdf->bold : pdf->font;
}

unsigned bc__pdf_width(struct bc__pdf *pdf, const char *s, size_t len,
                       unsigned char style)
{
  HPDF_Font f = bc__pdf_font_of(pdf, style);
  double total = 0;
  /* libharu takes strings of at most HPDF_LIMIT_MAX_STRING_LEN bytes (a
   * longer one is an error, 0x105B): a longer word is measured piece by
   * piece, each cut at a character boundary. */
  while (len) {
    size_t n = len;
    HPDF_TextWidth tw;
    if (n > HPDF_LIMIT_MAX_STRING_LEN) {
      n = HPDF_LIMIT_MAX_STRING_LEN;
      while (n > 1 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    }
    tw = HPDF_Font_TextWidth(f, (const HPDF_BYTE *)s, (HPDF_UINT)n);
    total += tw.width;
    s += n;
    len -= n;
  }
  return total > 4e9 ? 4000000000u : (unsigned)total;
}

static bc_status scratch(struct bc__pdf *pdf, size_t need)
{
  if (need <= pdf->scratch_cap)
    return BC_OK;
  {
    size_t cap = need < 256 ? 256 : need * 2;
    char *p = bc__realloc(pdf->scratch, cap);
    if (!p)
      return BC_ERR_NOMEM;
    pdf->scratch = p;
    pdf->scratch_cap = cap;
  }
  return BC_OK;
}

/* Show NUL-terminated s at x, y in a style.  Must be inside a text object. */
static void show(struct bc__pdf *pdf, const char *s, double x, double y,
                 double size, unsigned char style, struct bc__pdf_rgb c)
{
  HPDF_Page p = pdf->page;
  HPDF_Font f = bc__pdf_font_of(pdf, style);
  int fake_bold = (style & BC__PDF_BOLD) && f != pdf->bold;
  HPDF_Page_SetFontAndSize(p, f, (HPDF_REAL)size);
  bc__pdf_cmap_note(pdf, f, s);
  HPDF_Page_SetRGBFill(p, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
  if (fake_bold) {
    HPDF_Page_SetRGBStroke(p, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
    HPDF_Page_SetLineWidth(p, (HPDF_REAL)(size * BOLD_STROKE));
    HPDF_Page_SetTextRenderingMode(p, HPDF_FILL_THEN_STROKE);
  }
  HPDF_Page_SetTextMatrix(
      p, 1, 0, (HPDF_REAL)(style & BC__PDF_ITALIC ? ITALIC_SHEAR : 0), 1,
      (HPDF_REAL)x, (HPDF_REAL)y);
  /* In pieces libharu accepts (at most 65535 bytes each); each piece goes
   * on where the last one ended. */
  for (size_t len = strlen(s); len;) {
    size_t n = len;
    if (n > HPDF_LIMIT_MAX_STRING_LEN) {
      char *piece;
      n = HPDF_LIMIT_MAX_STRING_LEN;
      while (n > 1 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
      if (!(piece = bc__strndup(s, n)))
        break; /* out of memory: the rest is left out */
      HPDF_Page_ShowText(p, piece);
      free(piece);
    } else {
      HPDF_Page_ShowText(p, s);
    }
    s += n;
    len -= n;
  }
  if (fake_bold)
    HPDF_Page_SetTextRenderingMode(p, HPDF_FILL);
}

bc_status bc__pdf_text(struct bc__pdf *pdf, const char *s, double x, double y,
                       double size, unsigned char style, struct bc__pdf_rgb ink)
{
  HPDF_Page_BeginText(pdf->page);
  show(pdf, s, x, y, size, style, ink);
  HPDF_Page_EndText(pdf->page);
  return BC_OK;
}

static struct bc__pdf_rgb style_ink(struct bc__pdf *pdf, unsigned char style,
                                    struct bc__pdf_rgb ink)
{
  if (style & (BC__PDF_LINK | BC__PDF_ACCENT))
    return pdf->accent;
  if (style & BC__PDF_MUTED)
    return pdf->muted;
  return ink;
}

bc_status bc__pdf_draw_line(struct bc__pdf *pdf, const struct bc__pdf_lines *l,
                            size_t i, double x, double y, double size,
                            struct bc__pdf_rgb ink, const char *uri)
{
  const struct bc__pdf_line *ln = &l->lines[i];
  size_t k = 0;
  double em = size / 1000.0;
  HPDF_Page_BeginText(pdf->page);
  /* Consecutive words of one style are shown as one run, so extracted text
   * keeps its spaces and the content stream stays small. */
  while (k < ln->n) {
    const struct bc__pdf_word *w = &l->words[ln->first + k];
    unsigned char style = w->style;
    size_t end = k, need = 1, o = 0;
    double run_w = 0;
    while (end < ln->n && l->words[ln->first + end].style == style) {
      const struct bc__pdf_word *v = &l->words[ln->first + end];
      need += v->len + 2;
      end++;
    }
    if (scratch(pdf, need)) {
      HPDF_Page_EndText(pdf->page);
      return BC_ERR_NOMEM;
    }
    for (size_t j = k; j < end; j++) {
      const struct bc__pdf_word *v = &l->words[ln->first + j];
      if (j > k && !v->glue) {
        pdf->scratch[o++] = ' ';
        run_w += pdf->space_w;
      }
      memcpy(pdf->scratch + o, v->p, v->len);
      o += v->len;
      run_w += v->w;
      if (v->hyph) {
        pdf->scratch[o++] = '-';
        run_w += pdf->hyphen_w;
      }
    }
    pdf->scratch[o] = '\0';
    if (k > 0 && !w->glue)
      x += pdf->space_w * em;
    show(pdf, pdf->scratch, x, y, size, style, style_ink(pdf, style, ink));
    if ((style & BC__PDF_LINK) && uri && *uri) {
      HPDF_Rect r;
      HPDF_Annotation a;
      r.left = (HPDF_REAL)x;
      r.bottom = (HPDF_REAL)(y - 0.25 * size);
      r.right = (HPDF_REAL)(x + run_w * em);
      r.top = (HPDF_REAL)(y + 0.95 * size);
      HPDF_Page_EndText(pdf->page);
      a = HPDF_Page_CreateURILinkAnnot(pdf->page, r, uri);
      HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
      HPDF_Page_BeginText(pdf->page);
    }
    x += run_w * em;
    k = end;
  }
  HPDF_Page_EndText(pdf->page);
  return BC_OK;
}

void bc__pdf_fill_rect(struct bc__pdf *pdf, double x, double y, double w,
                       double h, struct bc__pdf_rgb c)
{
  HPDF_Page_SetRGBFill(pdf->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g,
                       (HPDF_REAL)c.b);
  HPDF_Page_Rectangle(pdf->page, (HPDF_REAL)x, (HPDF_REAL)y, (HPDF_REAL)w,
                      (HPDF_REAL)h);
  HPDF_Page_Fill(pdf->page);
}

bc_status bc__pdf_run(struct bc__pdf *pdf, const struct bc_pdf_opts *opts,
                      const struct bc_summary *s, const char *subject,
                      bc_status (*draw)(struct bc__pdf *, void *), void *ctx,
                      const char *path, struct bc_error *err)
{
  bc_status rc;
  /* Every libharu failure lands here.  pdf is a heap object, so what it
   * holds is intact after the jump and bc__pdf_close can release it. */
  if (setjmp(pdf->jump))
    return bc__pdf_fail(pdf, err);
  rc = bc__pdf_open(pdf, opts, err);
  if (rc)
    return rc;
  rc = draw(pdf, ctx);
  if (rc == BC_ERR_LIMIT)
    return bc_error_set(err, rc,
                        "cannot render '%s': the summary makes more pages "
                        "than a deck may have (5000)",
                        path);
  if (rc)
    return bc_error_set(err, rc, "cannot render '%s': %s", path,
                        bc_strerror(rc));
  bc__pdf_info(pdf, s, opts, subject);
  return bc__pdf_save(pdf, path, err);
}
