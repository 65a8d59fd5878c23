/* pdf_text.c - measured paragraphs and line breaking for the PDF renderer.
 * Words are measured once in thousandths of an em, so a paragraph can be
 * wrapped at every candidate size cheaply while the brief searches for a
 * size that fits.  Breaking is greedy (first fit), which is what a reader
 * expects of ragged-right text; it does not justify. */
#include <string.h>

#include <hyphen.h>

#include "render/pdf/pdf_doc.h"
#include "util/alloc.h"
#include "util/utf8.h"

/* Words longer than this are not offered to libhyphen (URLs, hashes). */
#define HYPH_MAX_LETTERS 48

static bc_status push_word(struct bc__pdf_word **arr, size_t *n, size_t *cap,
                           struct bc__pdf_word w)
{
  if (*n == *cap) {
    size_t c = *cap ? *cap * 2 : 32;
    struct bc__pdf_word *p = bc__realloc(*arr, c * sizeof *p);
    if (!p)
      return BC_ERR_NOMEM;
    *arr = p;
    *cap = c;
  }
  (*arr)[(*n)++] = w;
  return BC_OK;
}

bc_status bc__pdf_para_add(struct bc__pdf *pdf, struct bc__pdf_para *para,
                           const char *text, unsigned char style)
{
  char *c = bc__pdf_clean(pdf, text), **strs;
  size_t i = 0;
  if (!c)
    return BC_ERR_NOMEM;
  strs = bc__realloc(para->strs, (para->n_strs + 1) * sizeof *strs);
  if (!strs) {
    free(c);
    return BC_ERR_NOMEM;
  }
  para->strs = strs;
  para->strs[para->n_strs++] = c;
  /* bc__pdf_clean left single spaces and no space at either end. */
  while (c[i]) {
    size_t j = i;
    struct bc__pdf_word w = {0};
    while (c[j] && c[j] != ' ')
      j++;
    w.p = c + i;
    w.len = j - i;
    if (pdf->alt) {
      /* Cut the word into runs by the font that draws them; the runs are
       * glued, so they read as one word. */
      size_t k = i;
      while (k < j) {
        size_t e = k;
        int alt = -1;
        while (e < j) {
          uint32_t cp;
          size_t n = bc__utf8_decode(c + e, j - e, &cp);
          int a = !HPDF_TTFontDef_GetGlyphid(pdf->fontdef, (HPDF_UINT16)cp);
          if (alt >= 0 && a != alt)
            break;
          alt = a;
          e += n ? n : 1;
        }
        w.p = c + k;
        w.len = e - k;
        w.glue = k > i;
        w.style = (unsigned char)(style | (alt > 0 ? BC__PDF_ALT : 0));
        w.w = bc__pdf_width(pdf, w.p, w.len, w.style);
        if (push_word(&para->words, &para->n, &para->cap, w))
          return BC_ERR_NOMEM;
        k = e;
      }
      i = c[j] ? j + 1 : j;
      continue;
    }
    w.style = style;
    w.w = bc__pdf_width(pdf, w.p, w.len, style);
    if (push_word(&para->words, &para->n, &para->cap, w))
      return BC_ERR_NOMEM;
    i = c[j] ? j + 1 : j;
  }
  return BC_OK;
}

void bc__pdf_para_release(struct bc__pdf_para *para)
{
  for (size_t i = 0; i < para->n_strs; i++)
    free(para->strs[i]);
  free(para->strs);
  free(para->words);
  memset(para, 0, sizeof *para);
}

void bc__pdf_lines_release(struct bc__pdf_lines *l)
{
  free(l->words);
  free(l->lines);
  memset(l, 0, sizeof *l);
}

static int is_alpha(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int one_letter(const struct bc__pdf_word *w)
{
  return w->len == 1 && is_alpha((unsigned char)w->p[0]);
}

static int url_like(const struct bc__pdf_word *w)
{
  return memchr(w->p, '/', w->len) || memchr(w->p, '@', w->len) ||
         (w->len > 4 && !memcmp(w->p, "www.", 4));
}

/* Mark in at[k] (k = byte offset in w) where libhyphen allows a break with
 * a hyphen: inside the first run of at least five ASCII letters, keeping two
 * letters before and three after, as hyph_en_US.dic asks. */
static void hyphen_points(struct bc__pdf *pdf, const struct bc__pdf_word *w,
                          unsigned char *at)
{
  char low[HYPH_MAX_LETTERS + 1], hy[HYPH_MAX_LETTERS + 5];
  char **rep = NULL;
  int *pos = NULL, *cut = NULL;
  size_t s = 0, n = 0;
  if (!pdf->hyph_tried) {
    pdf->hyph_tried = 1;
    pdf->hyph = hnj_hyphen_load(pdf->hyph_path);
  }
  if (!pdf->hyph)
    return;
  while (s < w->len && !is_alpha((unsigned char)w->p[s]))
    s++;
  while (s + n < w->len && is_alpha((unsigned char)w->p[s + n])) {
    if (n == HYPH_MAX_LETTERS)
      return;
    low[n] = (char)(w->p[s + n] | 0x20);
    n++;
  }
  if (n < 5)
    return;
  low[n] = '\0';
  if (hnj_hyphen_hyphenate2(pdf->hyph, low, (int)n, hy, NULL, &rep, &pos,
                            &cut) == 0 &&
      !rep) {
    for (size_t j = 1; j + 3 < n; j++)
      if (hy[j] & 1)
        at[s + j + 1] = 1;
  }
  if (rep) {
    for (size_t j = 0; j < n; j++)
      free(rep[j]);
    free(rep);
  }
  free(pos);
  free(cut);
}

/* Split w so the head fits in avail (thousandths of an em): at a natural
 * break (after '-', or inside a URL after '/', '.', '?', '&', '=', '#'), at
 * a hyphenation point (head then ends in a hyphen), or, when forced, at the
 * last character that fits.  Returns 1 and sets head and tail on success. */
static int split(struct bc__pdf *pdf, const struct bc__pdf_word *w,
                 double avail, int hyphenate, int forced,
                 struct bc__pdf_word *head, struct bc__pdf_word *tail)
{
  unsigned char at[HYPH_MAX_LETTERS * 2 + 8];
  int url = url_like(w), use_hy = 0;
  size_t i = 0, best = 0, fit = 0;
  double cum = 0, best_w = 0, fit_w = 0;
  int best_hy = 0;
  if (hyphenate && w->len < sizeof at) {
    memset(at, 0, sizeof at);
    hyphen_points(pdf, w, at);
    use_hy = 1;
  }
  while (i < w->len) {
    size_t n = 1;
    unsigned char c = (unsigned char)w->p[i];
    int dash;
    while (i + n < w->len && ((unsigned char)w->p[i + n] & 0xC0) == 0x80)
      n++;
    cum += bc__pdf_width(pdf, w->p + i, n, w->style);
    i += n;
    if (cum > avail)
      break;
    if (i >= w->len)
      break;
    fit = i;
    fit_w = cum;
    /* An en or em dash joining two words ("cafe\u2014done") breaks after. */
    dash = n == 3 && c == 0xE2 && (unsigned char)w->p[i - 2] == 0x80 &&
           ((unsigned char)w->p[i - 1] == 0x93 ||
            (unsigned char)w->p[i - 1] == 0x94);
    if (w->len - i >= 2 && w->p[i] != '/' &&
        (c == '-' || dash ||
         (url && (c == '/' || c == '.' || c == '?' || c == '&' || c == '=' ||
                  c == '#' || c == '_')))) {
      best = i;
      best_w = cum;
      best_hy = 0;
    } else if (use_hy && at[i] && cum + pdf->hyphen_w <= avail) {
      best = i;
      best_w = cum;
      best_hy = 1;
    }
  }
  if (!best && forced) {
    best = fit;
    best_w = fit_w;
    best_hy = 0;
    if (!best) { /* not even one character fits: take one anyway */
      best = 1;
      while (best < w->len && ((unsigned char)w->p[best] & 0xC0) == 0x80)
        best++;
      best_w = bc__pdf_width(pdf, w->p, best, w->style);
    }
  }
  if (!best || best >= w->len)
    return 0;
  *head = *w;
  head->len = best;
  head->w = (unsigned)(best_w + 0.5);
  head->hyph = (unsigned char)best_hy;
  *tail = *w;
  tail->p = w->p + best;
  tail->len = w->len - best;
  tail->w = w->w > head->w ? w->w - head->w : 0;
  tail->glue = 0;
  tail->hyph = 0;
  return 1;
}

static double line_units(const struct bc__pdf *pdf,
                         const struct bc__pdf_lines *l, size_t first, size_t n)
{
  double u = 0;
  for (size_t k = 0; k < n; k++) {
    const struct bc__pdf_word *w = &l->words[first + k];
    if (k && !w->glue)
      u += pdf->space_w;
    u += w->w + (w->hyph ? pdf->hyphen_w : 0);
  }
  return u;
}

static bc_status emit(const struct bc__pdf *pdf, struct bc__pdf_lines *l,
                      size_t first, size_t n, double em)
{
  if (l->n == l->cap) {
    size_t c = l->cap ? l->cap * 2 : 8;
    struct bc__pdf_line *p = bc__realloc(l->lines, c * sizeof *p);
    if (!p)
      return BC_ERR_NOMEM;
    l->lines = p;
    l->cap = c;
  }
  l->lines[l->n].first = first;
  l->lines[l->n].n = n;
  l->lines[l->n].width = line_units(pdf, l, first, n) * em;
  l->n++;
  return BC_OK;
}

/* Cut the last line so that an ellipsis fits after it. */
static bc_status ellipsize(struct bc__pdf *pdf, struct bc__pdf_lines *l,
                           double lim, double em)
{
  struct bc__pdf_line *ln = &l->lines[l->n - 1];
  struct bc__pdf_word dots = {"\xe2\x80\xa6", 3, 0, 0, 1, 0};
  l->n_words = ln->first + ln->n;
  if (ln->n)
    l->words[ln->first + ln->n - 1].hyph = 0;
  while (ln->n &&
         line_units(pdf, l, ln->first, ln->n) + pdf->ellipsis_w > lim) {
    ln->n--;
    l->n_words--;
  }
  dots.w = pdf->ellipsis_w;
  if (ln->n) /* measured in the main font, so never drawn in the other */
    dots.style = l->words[ln->first + ln->n - 1].style & ~BC__PDF_ALT;
  if (push_word(&l->words, &l->n_words, &l->cap_words, dots))
    return BC_ERR_NOMEM;
  ln->n++;
  ln->width = line_units(pdf, l, ln->first, ln->n) * em;
  l->shortened = 1;
  return BC_OK;
}

bc_status bc__pdf_wrap(struct bc__pdf *pdf, const struct bc__pdf_para *para,
                       double size, double width, int hyphenate,
                       size_t max_lines, struct bc__pdf_lines *out)
{
  double em = size / 1000.0, lim = width / em, cur = 0;
  size_t first = 0, cnt = 0;
  int cut = 0;
  bc_status rc = BC_OK;
  out->n_words = 0;
  out->n = 0;
  out->shortened = 0;
  for (size_t i = 0; i < para->n && !cut; i++) {
    struct bc__pdf_word w = para->words[i], head, tail;
    for (;;) {
      double sp = cnt && !w.glue ? pdf->space_w : 0;
      size_t moved = 0;
      if (cur + sp + w.w <= lim + 1e-6) {
        rc = push_word(&out->words, &out->n_words, &out->cap_words, w);
        if (rc)
          return rc;
        cur += sp + w.w;
        cnt++;
        break;
      }
      if (!cnt) {
        /* Alone on its line and still too wide: it must break. */
        if (!split(pdf, &w, lim, hyphenate, 1, &head, &tail)) {
          /* One character wider than the line: nothing to break. */
          rc = push_word(&out->words, &out->n_words, &out->cap_words, w);
          if (rc)
            return rc;
          cur += w.w;
          cnt++;
          break;
        }
        rc = push_word(&out->words, &out->n_words, &out->cap_words, head);
        if (rc)
          return rc;
        cnt++;
        w = tail;
      } else if (split(pdf, &w, lim - cur - sp, hyphenate, 0, &head, &tail)) {
        rc = push_word(&out->words, &out->n_words, &out->cap_words, head);
        if (rc)
          return rc;
        cnt++;
        w = tail;
      } else if (cnt >= 2 && one_letter(&out->words[out->n_words - 1]) &&
                 out->words[out->n_words - 1].w + pdf->space_w + w.w <= lim) {
        moved = 1; /* "... in a" + long word: take the "a" down too */
      }
      rc = emit(pdf, out, first, cnt - moved, em);
      if (rc)
        return rc;
      first = out->n_words - moved;
      cnt = moved;
      cur = moved ? out->words[first].w : 0;
      if (max_lines && out->n >= max_lines) {
        cut = 1;
        break;
      }
    }
  }
  if (cut)
    return ellipsize(pdf, out, lim, em);
  if (cnt)
    rc = emit(pdf, out, first, cnt, em);
  return rc;
}
