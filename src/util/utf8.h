/* utf8.h - small UTF-8 helpers shared by the parsers and renderers. */
#ifndef BC_UTIL_UTF8_H
#define BC_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Offset of the first invalid byte, or len when s is valid UTF-8
 * (overlongs, surrogates and code points above U+10FFFF are invalid). */
size_t bc__utf8_invalid_at(const char *s, size_t len);

/* Decode one code point at s (len bytes left); sets *cp and returns its
 * length, or returns 0 at invalid input. */
size_t bc__utf8_decode(const char *s, size_t len, uint32_t *cp);
/* The same, but a surrogate code point (U+D800..U+DFFF: not UTF-8, yet
 * what a careless UTF-16 conversion leaves) decodes too, for a writer
 * that mends it rather than calling the text broken. */
size_t bc__utf8_decode_surrogates(const char *s, size_t len, uint32_t *cp);

/* Length of the character starting at byte i, backing off to the start of
 * a character: the largest j <= i that begins a character. */
size_t bc__utf8_floor(const char *s, size_t i);

/* Nonzero when data looks binary (NUL bytes or many control characters). */
int bc__utf8_looks_binary(const char *s, size_t len);

#endif
