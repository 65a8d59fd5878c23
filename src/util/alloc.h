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
/* free(p), as a function for the hooks of libraries (cJSON, libxml2) that
 * allocate through this seam. */
void bc__free(void *p);
char *bc__strndup(const char *s, size_t n);
/* A copy of s, NULL staying NULL; sets *failed when the copy cannot be
 * made, so a long run of copies is checked once at its end. */
char *bc__strdup_checked(const char *s, int *failed);

/* Test hook: fail the n-th allocation from now (1 = the next one); 0 turns
 * failure injection off.  Not thread-safe; for single-threaded tests. */
void bc__alloc_fail_after(long n);
/* Test hook: fail only the n-th allocation from now, the ones after it
 * succeed (a transient shortage; libxml2 2.9 loops forever when every
 * allocation fails from some point on); 0 turns it off. */
void bc__alloc_fail_nth(long n);
/* Allocations made since the hook was last set (for torture loops). */
long bc__alloc_count(void);
/* The allocator of a library that is not safe against a failed
 * allocation (libxml2 2.9): malloc, realloc and strdup, through the seam
 * (counted, and failing when a test injects) only after
 * bc__alloc_library_faults(1). */
void *bc__lib_malloc(size_t n);
void *bc__lib_realloc(void *p, size_t n);
char *bc__lib_strdup(const char *s);
void bc__alloc_library_faults(int on);
/* Allocations the hook has made fail, ever.  A caller of a library that
 * cannot tell out-of-memory from bad input (cJSON, libxml2 in recovery
 * mode) compares it before and after the call; it moves only in tests. */
long bc__alloc_failures(void);

#endif
