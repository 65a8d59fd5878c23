/* html_util.c - escaping and the Content-Security-Policy of the HTML pages.
 * The policy is strict: nothing loads from anywhere but the page's own
 * folder, and the only style sheet and script that run are the page's own,
 * named by their SHA-256 computed here, so no injected markup can run. */
#include <string.h>

#include "render/text/html_int.h"
#include "util/sha256.h"

void bc__html_esc_n(struct bc_buf *b, const char *s, size_t n)
{
  size_t i, start = 0;
  if (!s)
    return;
  for (i = 0; i < n; i++) {
    const char *rep;
    switch (s[i]) {
    case '&': rep = "&amp;"; break;
    case '<': rep = "&lt;"; break;
    case '>': rep = "&gt;"; break;
    case '"': rep = "&quot;"; break;
    case '\'': rep = "&#39;"; break;
    case '\0': rep = "\xEF\xBF\xBD"; break; /* U+FFFD, as a parser would */
    default: continue;
    }
    bc_buf_add(b, s + start, i - start);
    bc_buf_adds(b, rep);
    start = i + 1;
  }
  bc_buf_add(b, s + start, n - start);
}

void bc__html_esc(struct bc_buf *b, const char *s)
{
  if (s)
    bc__html_esc_n(b, s, strlen(s));
}

void bc__html_json_str(struct bc_buf *b, const char *s)
{
  const unsigned char *p = (const unsigned char *)(s ? s : "");
  bc_buf_addc(b, '"');
  for (; *p; p++) {
    if (*p == '"' || *p == '\\') {
      bc_buf_addc(b, '\\');
      bc_buf_addc(b, (char)*p);
    } else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&') {
      bc_buf_addf(b, "\\u%04x", *p);
    } else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
      bc_buf_addf(b, "\\u%04x", p[2] == 0xA8 ? 0x2028 : 0x2029);
      p += 2;
    } else {
      bc_buf_addc(b, (char)*p);
    }
  }
  bc_buf_addc(b, '"');
}

void bc__html_hash(struct bc_buf *b, const char *text)
{
  static const char b64[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  struct bc__sha256 h;
  unsigned char d[33];
  size_t i;
  bc__sha256_init(&h);
  bc__sha256_update(&h, text, strlen(text));
  bc__sha256_final(&h, d);
  d[32] = 0;
  bc_buf_adds(b, "'sha256-");
  /* 32 bytes: ten full groups of three, then two bytes and one '=' */
  for (i = 0; i < 30; i += 3) {
    unsigned v = (unsigned)d[i] << 16 | (unsigned)d[i + 1] << 8 | d[i + 2];
    bc_buf_addc(b, b64[v >> 18 & 63]);
    bc_buf_addc(b, b64[v >> 12 & 63]);
    bc_buf_addc(b, b64[v >> 6 & 63]);
    bc_buf_addc(b, b64[v & 63]);
  }
  {
    unsigned v = (unsigned)d[30] << 16 | (unsigned)d[31] << 8;
    bc_buf_addc(b, b64[v >> 18 & 63]);
    bc_buf_addc(b, b64[v >> 12 & 63]);
    bc_buf_addc(b, b64[v >> 6 & 63]);
    bc_buf_adds(b, "='");
  }
}

void bc__html_head(struct bc_buf *b, const char *title, const char *css,
                   const char *js)
{
  bc_buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                 "<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, "
                 "initial-scale=1\">\n"
                 "<meta http-equiv=\"Content-Security-Policy\" "
                 "content=\"default-src 'none'; style-src ");
  bc__html_hash(b, css);
  bc_buf_adds(b, "; script-src ");
  if (js)
    bc__html_hash(b, js);
  else
    bc_buf_adds(b, "'none'");
  /* Media only from the page's own folder: 'self' on a web server, and
   * file: when opened from disk (where 'self' matches nothing). */
  bc_buf_adds(b, "; media-src 'self' file:; "
                 "base-uri 'none'; form-action 'none'\">\n"
                 "<meta name=\"referrer\" content=\"no-referrer\">\n"
                 "<meta name=\"generator\" content=\"briefcast\">\n"
                 "<title>");
  bc__html_esc(b, title);
  bc_buf_adds(b, "</title>\n<style>");
  bc_buf_adds(b, css);
  bc_buf_adds(b, "</style>\n</head>\n");
}
