/* version.c - the version the library was built as. */
#include "briefcast/version.h"

#ifndef BC_VERSION
#define BC_VERSION "0"
#endif

const char *bc_version(void)
{
  return BC_VERSION;
}
