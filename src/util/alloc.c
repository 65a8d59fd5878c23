/* alloc.c - the allocation seam with fault injection for tests.  The
 * counters are process globals on purpose: they exist only for tests, which
 * drive one thread; production code never sets them. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

static long fail_at;          /* 0 = never fail */
static int fail_once;         /* only the fail_at-th, not all after it */
static _Atomic long failures; /* allocations made to fail so far */
/* Atomic because the LLM map stage allocates from several threads; a
 * relaxed increment costs next to nothing. */
static _Atomic long counter;

static int should_fail(void)
{
  long n = atomic_fetch_add_explicit(&counter, 1, memory_order_relaxed) + 1;
  if (fail_at > 0 && (fail_once ? n == fail_at : n >= fail_at)) {
    atomic_fetch_add_explicit(&failures, 1, memory_order_relaxed);
    return 1;
  }
  return 0;
}

/* libxml2's allocations take part in fault injection only when a test
 * asks: libxml2 2.9 can crash or loop forever when an allocation fails
 * (in its error reporting above all), so only a test that runs each trial
 * in a process of its own turns this on. */
static _Atomic int library_faults;

void bc__alloc_library_faults(int on)
{
  atomic_store_explicit(&library_faults, on, memory_order_relaxed);
}

static int library_faulty(void)
{
  return atomic_load_explicit(&library_faults, memory_order_relaxed);
}

void *bc__lib_malloc(size_t n)
{
  return library_faulty() ? bc__malloc(n) : malloc(n ? n : 1);
}

void *bc__lib_realloc(void *p, size_t n)
{
  return library_faulty() ? bc__realloc(p, n) : realloc(p, n ? n : 1);
}

char *bc__lib_strdup(const char *s)
{
  return library_faulty() ? bc__strdup(s) : s ? strdup(s) : NULL;
}

long bc__alloc_failures(void)
{
  return atomic_load_explicit(&failures, memory_order_relaxed);
}

void bc__free(void *p)
{
  free(p);
}

void bc__alloc_fail_after(long n)
{
  fail_at = n;
  fail_once = 0;
  atomic_store_explicit(&counter, 0, memory_order_relaxed);
}

void bc__alloc_fail_nth(long n)
{
  fail_at = n;
  fail_once = 1;
  atomic_store_explicit(&counter, 0, memory_order_relaxed);
}

long bc__alloc_count(void)
{
  return atomic_load_explicit(&counter, memory_order_relaxed);
}

void *bc__malloc(size_t n)
{
  return should_fail() ? NULL : malloc(n ? n : 1);
}

void *bc__calloc(size_t count, size_t size)
{
  return should_fail() ? NULL : calloc(count ? count : 1, size ? size : 1);
}

void *bc__realloc(void *p, size_t n)
{
  return should_fail() ? NULL : realloc(p, n ? n : 1);
}

char *bc__strndup(const char *s, size_t n)
{
  char *p = bc__malloc(n + 1);
  if (!p)
    return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *bc__strdup(const char *s)
{
  return s ? bc__strndup(s, strlen(s)) : NULL;
}

char *bc__strdup_checked(const char *s, int *failed)
{
  char *d = bc__strdup(s);
  if (s && !d)
    *failed = 1;
  return d;
}
