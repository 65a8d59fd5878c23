/* strmap.h - a hash map from strings to indices, for the places where a
 * linear search per item would make a batch of n documents cost n^2 (the
 * manifest's keys, folder names).  Keys are borrowed: the caller keeps each
 * string alive while it is in the map (and passes the new pointer when it
 * replaces the string). */
#ifndef BC_UTIL_STRMAP_H
#define BC_UTIL_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct bc__strmap_slot {
  const char *key; /* NULL: empty */
  uint64_t hash;
  size_t value;
};

struct bc__strmap {
  struct bc__strmap_slot *slots;
  size_t cap, n;
};
#define BC__STRMAP_INIT                                                        \
  {                                                                            \
    .slots = NULL, .cap = 0, .n = 0                                            \
  }

/* Map key to value (replacing the value and the key pointer of an equal
 * key).  0, or -1 when out of memory (the map unchanged). */
int bc__strmap_put(struct bc__strmap *m, const char *key, size_t value);

/* The value for key, or NULL.  Valid until the map changes. */
const size_t *bc__strmap_get(const struct bc__strmap *m, const char *key);

void bc__strmap_release(struct bc__strmap *m);

#endif
