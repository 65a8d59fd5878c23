/* secret.h - keeping API keys out of everything briefcast writes: error
 * messages, --json output, manifests, the answer cache.  A server may echo
 * the key it was sent (in a 401 body, in an answer), and a message may be
 * cut to fit a fixed-size error, so a key is masked before any truncation,
 * and any long piece of it that survives a cut is masked too. */
#ifndef BC_UTIL_SECRET_H
#define BC_UTIL_SECRET_H

#include <stddef.h>

/* Replace every occurrence of secret in s[0..len) by '*' (s need not be
 * NUL-terminated; it may be a whole HTTP body).  NULL or empty secret: a
 * no-op. */
void bc__secret_mask(char *s, size_t len, const char *secret);

/* For a message (NUL-terminated, short): mask every occurrence of secret,
 * every run of 12 or more characters that also occurs in secret (what is
 * left of a key a cut went through), and anything shaped like a bearer
 * token or a provider's key ("Bearer X", "sk-...", "AIza...") whoever's it
 * is. */
void bc__secret_scrub(char *s, const char *secret);

#endif
