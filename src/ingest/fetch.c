/* fetch.c - getting a page or feed over HTTP for ingest.  The HTTP client
 * does the transport (TLS verification, redirects, timeouts, size cap,
 * gzip); this file only turns the answer into bytes plus content type, and
 * a non-success status into a clear error. */

#include <stdlib.h>

#include "briefcast/limits.h"
#include "ingest/ingest.h"
#include "util/http.h"

bc_status bc__fetch_url(const char *url, const struct bc_ingest_opts *opts,
                        char **body, size_t *len, char **content_type,
                        char **final_url, struct bc_error *err)
{
  static const char *const headers[] = {
      "Accept: text/html,application/xhtml+xml,application/rss+xml,"
      "application/atom+xml,application/xml;q=0.9,text/markdown,"
      "text/plain;q=0.8,*/*;q=0.5",
      NULL};
  struct bc__http_request req = {0};
  struct bc__http_response resp = {0};
  bc_status rc;
  char *shown;
  req.method = "GET";
  req.url = url;
  req.headers = headers;
  req.timeout_ms = opts->timeout_ms;
  req.max_body = opts->max_bytes ? opts->max_bytes : BC_MAX_DOC_BYTES;
  req.max_attempts = 1;
  req.user_agent = opts->user_agent;
  rc = bc__http_perform(&req, &resp, err);
  if (rc)
    goto out;
  if (resp.status < 200 || resp.status > 299) {
    shown = bc__http_display_url(url);
    rc = bc_error_set(err, BC_ERR_HTTP, "cannot fetch '%s': HTTP status %ld",
                      shown ? shown : "URL", resp.status);
    free(shown);
    goto out;
  }
  *body = resp.body;
  *len = resp.body_len;
  *content_type = resp.content_type;
  *final_url = resp.effective_url;
  resp.body = resp.content_type = resp.effective_url = NULL;
out:
  bc__http_response_release(&resp);
  return rc;
}
