/* podcast.h - the podcast feed: an RSS 2.0 document with iTunes tags that
 * indexes a folder of rendered episodes (each a summary.json beside
 * narration.mp3 or narration.wav). */
#ifndef BRIEFCAST_PODCAST_H
#define BRIEFCAST_PODCAST_H

#include <stddef.h>

#include "briefcast/error.h"

struct bc_podcast_opts {
  const char *base_url;    /* prefix of enclosure URLs; NULL = relative */
  const char *title;       /* channel title; NULL = the folder's name */
  const char *description; /* NULL = a generic line */
  const char *author;      /* itunes:author; NULL = "briefcast" */
  const char *language;    /* NULL = "en" */
  const char *image_url;   /* itunes:image; NULL = none */
};
#define BC_PODCAST_OPTS_INIT                                                   \
  {                                                                            \
    .base_url = NULL, .title = NULL, .image_url = NULL                         \
  }

/* Scan dir and its immediate subdirectories (in name order) for episodes
 * and write dir/feed.xml (temporary file, then rename).  *n_items (may be
 * NULL) receives the number of items.  Errors: BC_ERR_IO (dir unreadable),
 * BC_ERR_INPUT (no episode found), BC_ERR_PARSE/BC_ERR_SCHEMA (a broken
 * summary.json, named in the message), BC_ERR_OUTPUT. */
bc_status bc_podcast_feed(const char *dir, const struct bc_podcast_opts *opts,
                          size_t *n_items, struct bc_error *err);

/* RFC 822 date ("Sat, 20 Jul 2019 00:00:00 +0000") for an ISO date
 * "YYYY-MM-DD[...]"; writes at most size bytes; 0 on success, -1 when iso
 * is not such a date. */
int bc_podcast_rfc822(const char *iso, char *out, size_t size);

#endif
