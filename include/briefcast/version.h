/* version.h - which briefcast a program runs against.  A util-layer
 * header of its own, so the library's version.c needs no umbrella header
 * (briefcast.h includes this one). */
#ifndef BRIEFCAST_VERSION_H
#define BRIEFCAST_VERSION_H

/* The library's version, "MAJOR.MINOR.PATCH", as it was built (which may
 * differ from the headers a program was compiled with).  Static string. */
const char *bc_version(void);

#endif
