/* alloc.h - the allocation seam.  Library code allocates through these so
 * tests can make the n-th allocation fail (curl's torture tests) and prove
 * every out-of-memory path is handled. */
#ifndef BC_UTIL_ALLOC_H
#define BC_UTIL_ALLOC_H

#include <stddef.h>

void *bc__malloc(size_t n);
void *bc__calloc(size_t count, size_t size);
void *bc__realloc(void *p, size_t n);
char *bc__strdup(const char *s);
char *bc__strndup(const char *s, size_t n);
/* A copy of s, NULL staying NULL; sets *failed when the copy cannot be
 * made, so a long run of copies is checked once at its end. */
char *bc__strdup_checked(const char *s, int *failed);

/* Test hook: fail the n-th allocation from now (1 = the next one); 0 turns
 * failure injection off.  Not thread-safe; for single-threaded tests. */
void bc__alloc_fail_after(long n);
/* Allocations made since the hook was last set (for torture loops). */
long bc__alloc_count(void);

#endif
