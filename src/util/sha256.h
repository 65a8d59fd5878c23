/* sha256.h - SHA-256 for content digests and cache keys (FIPS 180-4). */
#ifndef BC_UTIL_SHA256_H
#define BC_UTIL_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct bc__sha256 {
  uint32_t h[8];
  uint64_t total;
  unsigned char block[64];
  size_t used;
};

void bc__sha256_init(struct bc__sha256 *s);
void bc__sha256_update(struct bc__sha256 *s, const void *data, size_t len);
void bc__sha256_final(struct bc__sha256 *s, unsigned char digest[32]);
/* Hex digest of data into hex (65 bytes including the NUL). */
void bc__sha256_hex(const void *data, size_t len, char hex[65]);

#endif
