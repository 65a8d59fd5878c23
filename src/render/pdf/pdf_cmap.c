/* pdf_cmap.c - the ToUnicode maps of the embedded fonts, so that a reader's
 * copy, search and pdftotext get the text back without a complaint.
 * libharu's UTF-8 encoder draws every character with its code point as the
 * character id (Identity-H), but hands the font its encoder's own CID map
 * as /ToUnicode, which holds "begincidrange" where a ToUnicode map may only
 * hold bfchar and bfrange (poppler: "Syntax Warning: Invalid
 * 'begincidrange' operator in ToUnicode CMap", on every PDF).  This module
 * notes the code points drawn with each font and, before the document is
 * saved, puts into that same stream a ToUnicode map of exactly those code
 * points, each to itself.  It does not touch glyphs, widths or the file. */
#include "render/pdf/pdf_doc.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <string.h>

#include "briefcast/buf.h"
#include "util/alloc.h"
#include "util/utf8.h"

/* The fonts a document may draw with: the body face, a bold face, the
 * fallback. */
#define N_FONTS 3
/* A ToUnicode map's bfrange block holds at most 100 entries. */
#define PER_BLOCK 100

struct bc__pdf_used {
  HPDF_Font font;
  unsigned char bits[0x10000 / 8]; /* code points U+0000..U+FFFF drawn */
};

void bc__pdf_cmap_note(struct bc__pdf *pdf, HPDF_Font font, const char *s)
{
  struct bc__pdf_used *u;
  size_t i, len = strlen(s), k;
  if (!pdf->used) {
    pdf->used = bc__calloc(N_FONTS, sizeof *pdf->used);
    if (!pdf->used)
      return; /* out of memory: the font keeps libharu's map */
  }
  for (i = 0; i < N_FONTS && pdf->used[i].font && pdf->used[i].font != font;
       i++)
    ;
  if (i == N_FONTS)
    return;
  u = &pdf->used[i];
  u->font = font;
  for (k = 0; k < len;) {
    uint32_t cp;
    size_t n = bc__utf8_decode(s + k, len - k, &cp);
    if (!n) {
      k++;
      continue;
    }
    if (cp < 0x10000) /* the text was cleaned: nothing above is drawn */
      u->bits[cp >> 3] |= (unsigned char)(1u << (cp & 7));
    k += n;
  }
}

static int drawn(const struct bc__pdf_used *u, unsigned cp)
{
  return (u->bits[cp >> 3] >> (cp & 7)) & 1;
}

/* The run of code points u drew that starts at or after *cp: [*lo, *hi],
 * never crossing a multiple of 256 (only the last byte of a bfrange's codes
 * may vary).  0 when there is none left. */
static int next_run(const struct bc__pdf_used *u, unsigned *cp, unsigned *lo,
                    unsigned *hi)
{
  while (*cp < 0x10000 && !drawn(u, *cp))
    (*cp)++;
  if (*cp >= 0x10000)
    return 0;
  *lo = *hi = *cp;
  while ((*hi + 1) % 256 && drawn(u, *hi + 1))
    (*hi)++;
  *cp = *hi + 1;
  return 1;
}

/* The ToUnicode map of the code points u drew into b: each run as a
 * bfrange entry mapping it to itself, in blocks of at most 100. */
static void write_map(const struct bc__pdf_used *u, struct bc_buf *b)
{
  unsigned cp = 0, lo, hi, left = 0, in_block = 0;
  while (next_run(u, &cp, &lo, &hi))
    left++;
  cp = 0;
  while (next_run(u, &cp, &lo, &hi)) {
    if (!in_block)
      bc_buf_addf(b, "%u beginbfrange\n", left < PER_BLOCK ? left : PER_BLOCK);
    bc_buf_addf(b, "<%04X> <%04X> <%04X>\n", lo, hi, lo);
    left--;
    if (++in_block == PER_BLOCK || !left) {
      bc_buf_adds(b, "endbfrange\n");
      in_block = 0;
    }
  }
}

bc_status bc__pdf_cmap_write(struct bc__pdf *pdf)
{
  size_t i;
  bc_status rc = BC_OK;
  for (i = 0; pdf->used && i < N_FONTS && pdf->used[i].font && !rc; i++) {
    struct bc_buf b = BC_BUF_INIT(1u << 22);
    HPDF_Dict map =
        HPDF_Dict_GetItem(pdf->used[i].font, "ToUnicode", HPDF_OCLASS_DICT);
    if (!map || !map->stream || map->stream->type != HPDF_STREAM_MEMORY)
      continue; /* no map to mend: nothing readers complain about */
    bc_buf_adds(&b,
                "/CIDInit /ProcSet findresource begin\n"
                "12 dict begin\n"
                "begincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) "
                "/Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n"
                "/CMapType 2 def\n"
                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    write_map(&pdf->used[i], &b);
    bc_buf_adds(&b, "endcmap\n"
                    "CMapName currentdict /CMap defineresource pop\n"
                    "end\n"
                    "end\n");
    rc = bc_buf_status(&b);
    if (!rc) {
      HPDF_MemStream_FreeData(map->stream);
      if (HPDF_Stream_Write(map->stream, (const HPDF_BYTE *)bc_buf_str(&b),
                            (HPDF_UINT)b.len) != HPDF_OK)
        rc = BC_ERR_NOMEM;
    }
    bc_buf_release(&b);
  }
  return rc;
}
