/* video_slides.c - the slide deck as pictures for the video: each page of
 * slides.pdf drawn by poppler with cairo into one reusable BGRA picture,
 * the page bookmarks read as titles, and a plain title card for a chapter
 * no page names.  It draws; it does not decide what is shown when. */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-ft.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <poppler.h>

#include "briefcast/limits.h"
#include "render/video/video_int.h"
#include "util/alloc.h"
#include "util/fs.h"

/* The title card's face: the deck's own (fonts-dejavu-core), loaded with
 * FreeType, not looked up through fontconfig (cairo's "toy" font API),
 * whose process-wide caches are never freed. */
#define CARD_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

/* One FreeType library for the process, made once: cairo keeps faces made
 * from it in its own font cache beyond any one deck, so it must outlive
 * them all (as flite's voices do, audio_tts.c). */
static FT_Library ft_lib;
static FT_Error ft_status;
static pthread_once_t ft_once = PTHREAD_ONCE_INIT;

static void ft_init(void)
{
  ft_status = FT_Init_FreeType(&ft_lib);
}

static const cairo_user_data_key_t ft_face_key;

static void ft_face_done(void *face)
{
  FT_Done_Face(face);
}

struct bc__deck {
  char *data; /* the PDF's bytes, alive as long as doc */
  GBytes *bytes;
  PopplerDocument *doc;
  int w, h;
  size_t pages;
  char **titles; /* per page, "" when no bookmark points at it */
  cairo_surface_t *pic;
  double bg[3], accent[3];
  cairo_font_face_t *card_face; /* made on the first card */
  unsigned char *base;          /* the page or card alone, under any caption */
  size_t base_len;
};

size_t bc__deck_pages(const struct bc__deck *d)
{
  return d->pages;
}

const char *bc__deck_title(const struct bc__deck *d, size_t page)
{
  return page < d->pages && d->titles[page] ? d->titles[page] : "";
}

const unsigned char *bc__deck_pixels(const struct bc__deck *d, int *stride)
{
  *stride = cairo_image_surface_get_stride(d->pic);
  return cairo_image_surface_get_data(d->pic);
}

void bc__deck_close(struct bc__deck *d)
{
  if (!d)
    return;
  for (size_t i = 0; d->titles && i < d->pages; i++)
    free(d->titles[i]);
  free(d->titles);
  if (d->pic)
    cairo_surface_destroy(d->pic);
  if (d->card_face)
    cairo_font_face_destroy(d->card_face);
  free(d->base);
  if (d->doc)
    g_object_unref(d->doc);
  if (d->bytes)
    g_bytes_unref(d->bytes);
  free(d->data);
  free(d);
}

/* The top-level bookmarks: each names the page it points at (the deck has
 * one per slide; the first for a page wins). */
static bc_status read_outline(struct bc__deck *d)
{
  PopplerIndexIter *it = poppler_index_iter_new(d->doc);
  bc_status rc = BC_OK;
  if (!it)
    return BC_OK; /* no outline: every chapter gets a card */
  do {
    PopplerAction *a = poppler_index_iter_get_action(it);
    PopplerDest *dest = NULL, *found = NULL;
    if (a && a->type == POPPLER_ACTION_GOTO_DEST && a->goto_dest.dest) {
      dest = a->goto_dest.dest;
      if (dest->type == POPPLER_DEST_NAMED)
        dest = found = poppler_document_find_dest(d->doc, dest->named_dest);
    }
    if (dest && dest->page_num >= 1 && (size_t)dest->page_num <= d->pages &&
        a->any.title && !d->titles[dest->page_num - 1]) {
      d->titles[dest->page_num - 1] = bc__strdup(a->any.title);
      if (!d->titles[dest->page_num - 1])
        rc = BC_ERR_NOMEM;
    }
    if (found)
      poppler_dest_free(found);
    if (a)
      poppler_action_free(a);
  } while (!rc && poppler_index_iter_next(it));
  poppler_index_iter_free(it);
  return rc;
}

static void pixel_rgb(struct bc__deck *d, int x, int y, double rgb[3])
{
  const unsigned char *p = cairo_image_surface_get_data(d->pic) +
                           (size_t)y * cairo_image_surface_get_stride(d->pic) +
                           (size_t)x * 4;
  uint32_t v;
  memcpy(&v, p, 4); /* native-endian ARGB */
  rgb[0] = ((v >> 16) & 255) / 255.0;
  rgb[1] = ((v >> 8) & 255) / 255.0;
  rgb[2] = (v & 255) / 255.0;
}

bc_status bc__deck_open(const char *path, int w, int h, struct bc__deck **out,
                        struct bc_error *err)
{
  struct bc__deck *d = bc__calloc(1, sizeof *d);
  GError *ge = NULL;
  size_t len = 0;
  bc_status rc;
  int n;

  if (!d)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  d->w = w;
  d->h = h;
  rc = bc__fs_read(path, BC_MAX_DECK_BYTES, &d->data, &len, err);
  if (rc)
    goto fail;
  d->bytes = g_bytes_new_static(d->data, len);
  d->doc = poppler_document_new_from_bytes(d->bytes, NULL, &ge);
  if (!d->doc) {
    rc = bc_error_set(err, BC_ERR_PARSE, "cannot read '%s': %s", path,
                      ge && ge->message ? ge->message : "not a PDF");
    g_clear_error(&ge);
    goto fail;
  }
  n = poppler_document_get_n_pages(d->doc);
  if (n <= 0) {
    rc = bc_error_set(err, BC_ERR_PARSE, "cannot read '%s': no pages", path);
    goto fail;
  }
  d->pages = (size_t)n;
  d->titles = bc__calloc(d->pages, sizeof *d->titles);
  if (!d->titles || read_outline(d)) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto fail;
  }
  d->pic = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
  if (cairo_surface_status(d->pic) != CAIRO_STATUS_SUCCESS) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory for a %dx%d picture", w,
                      h);
    goto fail;
  }
  /* The title slide shows the deck's background (right edge) and accent
   * (the bar at the left edge); a card uses the same. */
  rc = bc__deck_draw_page(d, 0, err);
  if (rc)
    goto fail;
  pixel_rgb(d, w - 2, h / 2, d->bg);
  pixel_rgb(d, (int)(w * 6.0 / 960), h / 2, d->accent);
  *out = d;
  return BC_OK;
fail:
  bc__deck_close(d);
  return rc;
}

/* Keep the picture as it is now, for captions to be drawn over. */
static bc_status save_base(struct bc__deck *d, struct bc_error *err)
{
  size_t len = (size_t)cairo_image_surface_get_stride(d->pic) * (size_t)d->h;
  if (!d->base) {
    d->base = bc__malloc(len);
    if (!d->base)
      return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    d->base_len = len;
  }
  memcpy(d->base, cairo_image_surface_get_data(d->pic), len);
  return BC_OK;
}

bc_status bc__deck_draw_page(struct bc__deck *d, size_t page,
                             struct bc_error *err)
{
  PopplerPage *p = poppler_document_get_page(d->doc, (int)page);
  cairo_t *cr;
  double pw = 0, ph = 0, sc;
  cairo_status_t st;
  if (!p)
    return bc_error_set(err, BC_ERR_RENDER, "cannot draw slide %zu", page + 1);
  poppler_page_get_size(p, &pw, &ph);
  if (pw <= 0 || ph <= 0) {
    g_object_unref(p);
    return bc_error_set(err, BC_ERR_RENDER, "cannot draw slide %zu: no size",
                        page + 1);
  }
  cr = cairo_create(d->pic);
  /* Letterboxed in black when the frame is not 16:9. */
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_paint(cr);
  sc = fmin(d->w / pw, d->h / ph);
  cairo_translate(cr, (d->w - pw * sc) / 2, (d->h - ph * sc) / 2);
  cairo_scale(cr, sc, sc);
  cairo_rectangle(cr, 0, 0, pw, ph);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_fill(cr);
  poppler_page_render(p, cr);
  st = cairo_status(cr);
  cairo_destroy(cr);
  g_object_unref(p);
  cairo_surface_flush(d->pic);
  if (st != CAIRO_STATUS_SUCCESS)
    return bc_error_set(err, BC_ERR_RENDER, "cannot draw slide %zu: %s",
                        page + 1, cairo_status_to_string(st));
  return save_base(d, err);
}

/* Show words [*pos, ...) of title that fit width on one line at y. */
static void card_line(cairo_t *cr, const char *title, size_t *pos, double x,
                      double y, double width)
{
  size_t len = strlen(title), s = *pos, best = 0;
  char *line = bc__malloc(len + 1);
  if (!line) {
    *pos = len;
    return;
  }
  while (s < len && title[s] == ' ')
    s++;
  for (size_t e = s; e <= len; e++) {
    cairo_text_extents_t ext;
    if (e < len && title[e] != ' ')
      continue;
    memcpy(line, title + s, e - s);
    line[e - s] = '\0';
    cairo_text_extents(cr, line, &ext);
    if (best && ext.x_advance > width)
      break;
    best = e;
  }
  memcpy(line, title + s, best - s);
  line[best - s] = '\0';
  cairo_move_to(cr, x, y);
  cairo_show_text(cr, line);
  free(line);
  *pos = best;
}

static bc_status card_face(struct bc__deck *d, struct bc_error *err)
{
  FT_Face face = NULL;
  cairo_font_face_t *ff;
  if (d->card_face)
    return BC_OK;
  pthread_once(&ft_once, ft_init);
  if (ft_status)
    return bc_error_set(err, BC_ERR_RENDER,
                        "cannot draw a title card: FreeType error %d",
                        (int)ft_status);
  if (FT_New_Face(ft_lib, CARD_FONT, 0, &face))
    return bc_error_set(err, BC_ERR_IO,
                        "cannot draw a title card: cannot read font '%s'",
                        CARD_FONT);
  ff = cairo_ft_font_face_create_for_ft_face(face, 0);
  if (cairo_font_face_status(ff) != CAIRO_STATUS_SUCCESS ||
      cairo_font_face_set_user_data(ff, &ft_face_key, face, ft_face_done) !=
          CAIRO_STATUS_SUCCESS) {
    cairo_font_face_destroy(ff);
    FT_Done_Face(face);
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  }
  d->card_face = ff;
  return BC_OK;
}

bc_status bc__deck_draw_card(struct bc__deck *d, const char *title,
                             struct bc_error *err)
{
  cairo_t *cr;
  bc_status rc = card_face(d, err);
  if (rc)
    return rc;
  cr = cairo_create(d->pic);
  double u = d->h / 540.0, size = 40 * u, x = 64 * u, y;
  double lum = 0.2126 * d->bg[0] + 0.7152 * d->bg[1] + 0.0722 * d->bg[2];
  cairo_status_t st;
  size_t pos = 0, len = strlen(title);

  cairo_set_source_rgb(cr, d->bg[0], d->bg[1], d->bg[2]);
  cairo_paint(cr);
  cairo_set_source_rgb(cr, d->accent[0], d->accent[1], d->accent[2]);
  cairo_rectangle(cr, 0, d->h - 10 * u, d->w, 10 * u);
  cairo_rectangle(cr, x, d->h / 2.0 + 24 * u, 56 * u, 3 * u);
  cairo_fill(cr);
  if (lum > 0.5)
    cairo_set_source_rgb(cr, 0.10, 0.11, 0.13);
  else
    cairo_set_source_rgb(cr, 0.93, 0.94, 0.96);
  cairo_set_font_face(cr, d->card_face);
  cairo_set_font_size(cr, size);
  /* At most three lines, ending just above the accent rule. */
  y = d->h / 2.0 - 2 * size * 1.25;
  for (int line = 0; line < 3 && pos < len; line++) {
    y += size * 1.25;
    card_line(cr, title, &pos, x, y, d->w - 2 * x);
  }
  st = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_flush(d->pic);
  if (st != CAIRO_STATUS_SUCCESS)
    return bc_error_set(err, BC_ERR_RENDER, "cannot draw a title card: %s",
                        cairo_status_to_string(st));
  return save_base(d, err);
}

/* ---- burnt-in captions ---------------------------------------------------
 */

#define CAPTION_LINES 3

/* Where each line of text starts when wrapped into width at the current
 * font: starts[i] (at most cap of them); returns how many lines. */
static size_t caption_lines(cairo_t *cr, const char *text, double width,
                            size_t *starts, size_t cap)
{
  size_t pos = 0, n = 0, len = strlen(text);
  char *line = bc__malloc(len + 1);
  if (!line)
    return 0;
  while (pos < len && n < cap) {
    size_t s = pos, best = 0;
    while (s < len && text[s] == ' ')
      s++;
    if (s >= len)
      break;
    for (size_t e = s; e <= len; e++) {
      cairo_text_extents_t ext;
      if (e < len && text[e] != ' ')
        continue;
      memcpy(line, text + s, e - s);
      line[e - s] = '\0';
      cairo_text_extents(cr, line, &ext);
      if (best && ext.x_advance > width)
        break;
      best = e;
    }
    starts[n++] = s;
    pos = best;
  }
  free(line);
  return n;
}

bc_status bc__deck_draw_caption(struct bc__deck *d, const char *text,
                                size_t part, size_t *parts,
                                struct bc_error *err)
{
  double u = d->h / 720.0, size = 30 * u, lead = size * 1.3;
  double width = d->w * 0.86, top;
  size_t *starts = NULL, n, len, first, shown;
  cairo_status_t st;
  cairo_t *cr;
  bc_status rc;

  if (d->base)
    memcpy(cairo_image_surface_get_data(d->pic), d->base, d->base_len);
  cairo_surface_mark_dirty(d->pic);
  if (parts)
    *parts = 1;
  if (!text || !*text)
    return BC_OK;
  rc = card_face(d, err);
  if (rc)
    return rc;
  len = strlen(text);
  starts = bc__calloc(len + 2, sizeof *starts);
  if (!starts)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  cr = cairo_create(d->pic);
  cairo_set_font_face(cr, d->card_face);
  cairo_set_font_size(cr, size);
  n = caption_lines(cr, text, width, starts, len + 1);
  if (parts)
    *parts = n ? (n + CAPTION_LINES - 1) / CAPTION_LINES : 1;
  first = part * CAPTION_LINES;
  shown =
      first < n ? (n - first < CAPTION_LINES ? n - first : CAPTION_LINES) : 0;
  /* A dark band under the lines, the lines in white, centred, the last
   * one a little above the bottom edge. */
  top = d->h - 24 * u - (double)shown * lead - 16 * u;
  if (shown) {
    cairo_set_source_rgba(cr, 0, 0, 0, 0.72);
    cairo_rectangle(cr, d->w * 0.05, top, d->w * 0.9,
                    (double)shown * lead + 24 * u);
    cairo_fill(cr);
  }
  cairo_set_source_rgb(cr, 1, 1, 1);
  for (size_t i = 0; i < shown; i++) {
    size_t s = starts[first + i];
    size_t e = first + i + 1 < n ? starts[first + i + 1] : len;
    char *line;
    cairo_text_extents_t ext;
    while (e > s && text[e - 1] == ' ')
      e--;
    line = bc__strndup(text + s, e - s);
    if (!line)
      break;
    cairo_text_extents(cr, line, &ext);
    cairo_move_to(cr, (d->w - ext.x_advance) / 2,
                  top + 12 * u + (double)i * lead + size);
    cairo_show_text(cr, line);
    free(line);
  }
  st = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_flush(d->pic);
  free(starts);
  if (st != CAIRO_STATUS_SUCCESS)
    return bc_error_set(err, BC_ERR_RENDER, "cannot draw a caption: %s",
                        cairo_status_to_string(st));
  return BC_OK;
}
