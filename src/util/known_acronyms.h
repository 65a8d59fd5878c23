/* known_acronyms.h - the one home of well-known acronyms and what they
 * usually stand for: government bodies and courts, international
 * organisations, finance and business, technology, science and medicine,
 * units, media, sport, the military and education, with every common
 * meaning of an ambiguous one ("ER": emergency room, endoplasmic
 * reticulum).  The checker asks it what an acronym the source never
 * expands stands for, so that a summary's wrong expansion of it ("the
 * SDNY, which stands for the Southern Division of New York") is caught.
 * Pure data and a binary search; it knows nothing of texts or facts. */
#ifndef BC_UTIL_KNOWN_ACRONYMS_H
#define BC_UTIL_KNOWN_ACRONYMS_H

#include <stddef.h>

struct bc__known_acronym {
  const char *acronym;    /* as usually written ("NASA", "PhD", "kWh") */
  const char *expansions; /* its meanings, separated by '|', commonest
                             first */
};

/* The entry of acr[0..n), compared case-blind; a plural ("IPOs") finds
 * its singular when the plural is no entry of its own, and a plural
 * written with a small s ("IPs", "CDs") finds its singular first, though
 * "IPS" or "CDS" is an entry.  NULL when the acronym is not a well-known
 * one. */
const struct bc__known_acronym *bc__known_acronym_find(const char *acr,
                                                       size_t n);

/* The next meaning of k at or after *pos (0 for the first): its start in
 * *s, its length returned, *pos moved past it; 0 when none is left. */
size_t bc__known_acronym_next(const struct bc__known_acronym *k, size_t *pos,
                              const char **s);

/* The whole table, sorted case-blind by acronym (for the tests). */
const struct bc__known_acronym *bc__known_acronyms(size_t *n);

#endif
