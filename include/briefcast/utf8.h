/* utf8.h - reading UTF-8 text one code point at a time, as the library
 * does, for programs (the CLI among them) that see only the public API. */
#ifndef BRIEFCAST_UTF8_H
#define BRIEFCAST_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode the code point at s (len bytes left) into *cp and return its
 * length in bytes, or return 0 when s does not start valid UTF-8
 * (overlongs, surrogates and values above U+10FFFF are invalid), len is
 * 0, or s or cp is NULL. */
size_t bc_utf8_decode(const char *s, size_t len, uint32_t *cp);

#endif
