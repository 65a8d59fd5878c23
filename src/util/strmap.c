/* strmap.c - open addressing with linear probing over FNV-1a hashes; the
 * table doubles at half load, so a put and a get cost O(1) on average.  No
 * deletion: the users only ever add or replace. */
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/strmap.h"

static uint64_t hash_of(const char *s)
{
  uint64_t h = 1469598103934665603ULL;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    h ^= *p;
    h *= 1099511628211ULL;
  }
  return h;
}

static struct bc__strmap_slot *find(const struct bc__strmap *m, const char *key,
                                    uint64_t h)
{
  size_t mask = m->cap - 1, i = (size_t)h & mask;
  for (;;) {
    struct bc__strmap_slot *s = &m->slots[i];
    if (!s->key || (s->hash == h && strcmp(s->key, key) == 0))
      return s;
    i = (i + 1) & mask;
  }
}

static int grow(struct bc__strmap *m)
{
  size_t cap = m->cap ? m->cap * 2 : 64;
  struct bc__strmap old = *m;
  if (cap < m->cap)
    return -1;
  m->slots = bc__calloc(cap, sizeof(*m->slots));
  if (!m->slots) {
    *m = old;
    return -1;
  }
  m->cap = cap;
  for (size_t i = 0; i < old.cap; i++)
    if (old.slots[i].key)
      *find(m, old.slots[i].key, old.slots[i].hash) = old.slots[i];
  free(old.slots);
  return 0;
}

int bc__strmap_put(struct bc__strmap *m, const char *key, size_t value)
{
  uint64_t h = hash_of(key);
  struct bc__strmap_slot *s;
  if ((m->n + 1) * 2 > m->cap && grow(m))
    return -1;
  s = find(m, key, h);
  if (!s->key)
    m->n++;
  s->key = key;
  s->hash = h;
  s->value = value;
  return 0;
}

const size_t *bc__strmap_get(const struct bc__strmap *m, const char *key)
{
  const struct bc__strmap_slot *s;
  if (!m->cap)
    return NULL;
  s = find(m, key, hash_of(key));
  return s->key ? &s->value : NULL;
}

void bc__strmap_release(struct bc__strmap *m)
{
  free(m->slots);
  m->slots = NULL;
  m->cap = m->n = 0;
}
