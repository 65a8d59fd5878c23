/* html_charset.c - decide a page's character set and convert it to UTF-8
 * before libxml2 sees it.  Precedence: the HTTP header's charset, a byte
 * order mark, a <meta> declaration in the first bytes, else UTF-8 with
 * windows-1252 for the bytes that are not valid UTF-8.  It does not parse
 * HTML: the <meta> prescan only reads attribute text inside <meta ...>. */
#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "briefcast/buf.h"
#include "ingest/html.h"
#include "util/alloc.h"
#include "util/utf8.h"

/* windows-1252 bytes 0x80-0x9F as code points (0 = undefined, kept as
 * U+FFFD); 0xA0-0xFF equal their Latin-1 code points. */
static const unsigned short cp1252_hi[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

static void put_cp(struct bc_buf *b, uint32_t cp)
{
  char u[4];
  size_t n;
  if (cp < 0x80) {
    u[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    u[0] = (char)(0xC0 | (cp >> 6));
    u[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12));
    u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    u[0] = (char)(0xF0 | (cp >> 18));
    u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  bc_buf_add(b, u, n);
}

static uint32_t cp1252(unsigned char c)
{
  if (c >= 0x80 && c < 0xA0)
    return cp1252_hi[c - 0x80] ? cp1252_hi[c - 0x80] : 0xFFFD;
  return c;
}

/* Copy UTF-8, decoding each byte that does not start a valid sequence as
 * windows-1252: a page in 1252 comes out right, and a UTF-8 page with a few
 * stray bytes keeps its valid characters. */
static void repair_utf8(struct bc_buf *b, const char *s, size_t len)
{
  size_t i = 0;
  while (i < len) {
    size_t ok = bc__utf8_invalid_at(s + i, len - i);
    bc_buf_add(b, s + i, ok);
    i += ok;
    if (i < len) {
      put_cp(b, cp1252((unsigned char)s[i]));
      i++;
    }
  }
}

static void from_cp1252(struct bc_buf *b, const char *s, size_t len)
{
  for (size_t i = 0; i < len; i++)
    put_cp(b, cp1252((unsigned char)s[i]));
}

static int lower(int c)
{
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int eq_ci(const char *a, size_t alen, const char *b)
{
  size_t i = 0;
  for (; i < alen && b[i]; i++)
    if (lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
      return 0;
  return i == alen && b[i] == '\0';
}

/* Canonical name for the charsets browsers treat as windows-1252 or UTF-8
 * (the WHATWG encoding labels), else NULL to use the label as given. */
static const char *alias(const char *name, size_t n)
{
  static const char *const w1252[] = {
      "iso-8859-1", "iso8859-1", "latin1",    "l1",         "us-ascii",
      "ascii",      "cp1252",    "x-cp1252",  "iso_8859-1", "windows-1252",
      "cp819",      "ibm819",    "iso-ir-100"};
  static const char *const utf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8"};
  for (size_t i = 0; i < sizeof w1252 / sizeof w1252[0]; i++)
    if (eq_ci(name, n, w1252[i]))
      return "WINDOWS-1252";
  for (size_t i = 0; i < sizeof utf8 / sizeof utf8[0]; i++)
    if (eq_ci(name, n, utf8[i]))
      return "UTF-8";
  return NULL;
}

static int is_space(int c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Find "charset" followed by '=' inside [p, end) and return the value. */
static int charset_in(const char *p, const char *end, const char **val,
                      size_t *vlen)
{
  while (p + 7 <= end) {
    if (eq_ci(p, 7, "charset")) {
      const char *q = p + 7;
      while (q < end && is_space((unsigned char)*q))
        q++;
      if (q < end && *q == '=') {
        q++;
        while (q < end &&
               (is_space((unsigned char)*q) || *q == '"' || *q == '\''))
          q++;
        const char *v = q;
        while (q < end && !is_space((unsigned char)*q) && *q != '"' &&
               *q != '\'' && *q != ';' && *q != '>' && *q != '/')
          q++;
        if (q > v && q - v < 40) {
          *val = v;
          *vlen = (size_t)(q - v);
          return 1;
        }
      }
    }
    p++;
  }
  return 0;
}

/* The HTML5 prescan, simplified: the first <meta ...> tag in the first
 * 4 KiB that names a charset, in either form (charset= or http-equiv
 * content=).  Comments are skipped so a commented-out tag does not count. */
static int meta_charset(const char *s, size_t len, const char **val,
                        size_t *vlen)
{
  const char *p = s, *end = s + (len < 4096 ? len : 4096);
  while (p < end) {
    const char *lt = memchr(p, '<', (size_t)(end - p));
    if (!lt)
      return 0;
    if (end - lt >= 4 && memcmp(lt, "<!--", 4) == 0) {
      const char *q = lt + 4;
      while (q + 3 <= end && memcmp(q, "-->", 3) != 0)
        q++;
      p = q + 3;
      continue;
    }
    if (end - lt >= 6 && eq_ci(lt + 1, 4, "meta") &&
        (is_space((unsigned char)lt[5]) || lt[5] == '/')) {
      const char *gt = memchr(lt, '>', (size_t)(end - lt));
      if (!gt)
        return 0;
      if (charset_in(lt + 5, gt, val, vlen))
        return 1;
      p = gt + 1;
      continue;
    }
    p = lt + 1;
  }
  return 0;
}

/* Convert with iconv; a byte sequence it rejects becomes U+FFFD and the
 * conversion goes on one byte later.  Returns nonzero when iconv does not
 * know the charset. */
static int via_iconv(struct bc_buf *b, const char *from, const char *s,
                     size_t len)
{
  iconv_t cd = iconv_open("UTF-8", from);
  char chunk[4096];
  char *in = (char *)s;
  size_t inleft = len;
  if (cd == (iconv_t)-1)
    return -1;
  while (inleft > 0 && !b->failed) {
    char *out = chunk;
    size_t outleft = sizeof chunk;
    size_t r = iconv(cd, &in, &inleft, &out, &outleft);
    bc_buf_add(b, chunk, sizeof chunk - outleft);
    if (r == (size_t)-1 && errno != E2BIG) {
      put_cp(b, 0xFFFD);
      in++;
      inleft--;
      iconv(cd, NULL, NULL, NULL, NULL);
    }
  }
  iconv_close(cd);
  return 0;
}

bc_status bc__html_to_utf8(const char *data, size_t len, const char *charset,
                           char **out, size_t *outlen)
{
  struct bc_buf b = BC_BUF_INIT((size_t)-1 / 2);
  const char *label = NULL, *use = NULL;
  size_t llen = 0;
  char name[48];
  bc_status rc;

  const char *all = data;
  size_t all_len = len;
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
    data += 3;
    len -= 3;
    use = "UTF-8";
  } else if (len >= 4 && (memcmp(data, "\xFF\xFE\0\0", 4) == 0 ||
                          memcmp(data, "\0\0\xFE\xFF", 4) == 0)) {
    /* UTF-32's marks first: UTF-16LE's (FF FE) begins the LE one. */
    use = data[0] == '\xFF' ? "UTF-32LE" : "UTF-32BE";
    data += 4;
    len -= 4;
  } else if (len >= 2 && (memcmp(data, "\xFF\xFE", 2) == 0 ||
                          memcmp(data, "\xFE\xFF", 2) == 0)) {
    use = data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    data += 2;
    len -= 2;
  }
  if (charset && *charset) {
    label = charset;
    llen = strlen(charset);
    /* The header wins over a BOM; a wide one (UTF-16, UTF-32) stays for
     * the decoder to read, so the text keeps its alignment. */
    if (use && strcmp(use, "UTF-8") != 0) {
      data = all;
      len = all_len;
    }
    use = NULL;
  } else if (!use && meta_charset(data, len, &label, &llen)) {
    /* A page that says UTF-16 in <meta> is readable as ASCII, so it is not
     * UTF-16 (the HTML5 rule); take it as UTF-8. */
    if (llen >= 6 && eq_ci(label, 6, "utf-16"))
      label = NULL;
  }
  if (!use && label) {
    use = alias(label, llen);
    if (!use && llen < sizeof name) {
      memcpy(name, label, llen);
      name[llen] = '\0';
      use = name;
    }
  }
  if (!use || strcmp(use, "UTF-8") == 0)
    repair_utf8(&b, data, len);
  else if (strcmp(use, "WINDOWS-1252") == 0)
    from_cp1252(&b, data, len);
  else if (via_iconv(&b, use, data, len) != 0)
    repair_utf8(&b, data, len); /* unknown label: as if none was given */
  rc = bc_buf_status(&b);
  if (rc)
    return rc == BC_ERR_LIMIT ? BC_ERR_LIMIT : BC_ERR_NOMEM;
  *out = bc_buf_take(&b, outlen);
  return *out ? BC_OK : BC_ERR_NOMEM;
}
