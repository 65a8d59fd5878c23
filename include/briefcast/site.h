/* site.h - the archive as a site: index.html lists every episode of a batch
 * folder (title, date, duration, verdict, findings) with search and filters
 * that run in the page, linking each reader page, the feed and the MP3s. */
#ifndef BRIEFCAST_SITE_H
#define BRIEFCAST_SITE_H

#include <stddef.h>

#include "briefcast/error.h"

struct bc_site_opts {
  const char *title; /* the page's heading; NULL = the folder's name */
};
#define BC_SITE_OPTS_INIT                                                      \
  {                                                                            \
    .title = NULL                                                              \
  }

/* Read dir/manifest.json and each recorded document's folder (summary.json,
 * report.json, narration, brief.html) and write dir/index.html (temporary
 * file, then rename).  A document whose folder lacks a readable
 * summary.json is listed by its input, as failed.  *n_episodes (may be
 * NULL) receives the number listed.  Errors: BC_ERR_IO (no manifest in
 * dir), those of bc_manifest_load, BC_ERR_NOMEM, BC_ERR_OUTPUT. */
bc_status bc_site_index(const char *dir, const struct bc_site_opts *opts,
                        size_t *n_episodes, struct bc_error *err);

#endif
