/* http.h - the HTTP client: the only module that uses libcurl.  It fetches
 * pages and feeds for ingest and posts JSON for the LLM providers, with
 * timeouts, bounded redirects and size, TLS verification, proxy variables,
 * and retries with exponential backoff that honour Retry-After. */
#ifndef BC_UTIL_HTTP_H
#define BC_UTIL_HTTP_H

#include <stddef.h>

#include "briefcast/error.h"

/* A client shares connections, TLS sessions and DNS answers between the
 * requests that name it, from any thread, so that many requests to one API
 * reuse a few connections instead of a handshake each.  Optional. */
struct bc__http_client;

/* NULL on out-of-memory. */
struct bc__http_client *bc__http_client_new(void);
void bc__http_client_free(struct bc__http_client *c);

struct bc__http_request {
  const char *method; /* "GET" or "POST" */
  const char *url;
  const char *const *headers; /* NULL-terminated "Name: value" lines */
  const char *body;           /* POST body or NULL; borrowed */
  size_t body_len;
  long connect_timeout_ms; /* 0 = 10 s */
  long timeout_ms;         /* total per attempt; 0 = 60 s */
  size_t max_body;         /* 0 = BC_MAX_HTTP_BODY */
  int max_attempts;        /* 1 = no retry; 0 = 1 for GET pages, caller's */
  int unanswered_attempts; /* of those, attempts whose request was sent but
                              got no answer (timed out, or the connection
                              dropped): the server may have done the work,
                              and an LLM bills each generation; 0 = no
                              separate limit */
  int max_redirects;       /* 0 = BC_MAX_REDIRECTS; -1 = none */
  const char *redact;      /* secret to scrub from any message, or NULL */
  long backoff_ms;         /* first retry wait before jitter; 0 = 500 ms */
  long max_wait_ms;        /* cap on one wait; 0 = 60 s.  A Retry-After
                              beyond it ends the retries at once. */
  const char *user_agent;  /* NULL = "briefcast/VERSION" */
  struct bc__http_client *client; /* NULL = a connection of its own */
};

struct bc__http_response {
  long status; /* final HTTP status */
  char *body;  /* owned, NUL-terminated */
  size_t body_len;
  char *content_type;   /* owned; NULL if absent */
  char *effective_url;  /* owned; URL after redirects */
  int attempts;         /* attempts made */
  double retry_after_s; /* last Retry-After seen, or -1 */
};

/* Perform the request.  Retries network errors, 429 and 5xx up to
 * max_attempts with exponential backoff plus jitter, waiting at least
 * Retry-After when given.  Returns BC_OK whenever an HTTP answer arrived
 * (whatever its status, which the caller interprets); BC_ERR_HTTP for
 * network/TLS/timeout failures after the last attempt; BC_ERR_LIMIT when
 * the body exceeds max_body.  Messages never contain req->redact. */
bc_status bc__http_perform(const struct bc__http_request *req,
                           struct bc__http_response *resp,
                           struct bc_error *err);

void bc__http_response_release(struct bc__http_response *resp);

/* Call once at program start before threads (curl_global_init). */
bc_status bc__http_global_init(void);

/* url fit for messages: user:password removed and the values of secret
 * query parameters (key, token, api_key, signature, ...) replaced by "***".
 * Caller frees; NULL on out-of-memory. */
char *bc__http_display_url(const char *url);

/* url fit to publish (a summary's source, a feed, ID3 tags, a manifest):
 * as bc__http_display_url, but user:password dropped without a mark, so
 * the link still works where it needed no credentials.  Caller frees;
 * NULL on out-of-memory. */
char *bc__http_public_url(const char *url);

/* Seconds to wait from a Retry-After value ("120" or an HTTP-date relative
 * to now_s); -1 when unparseable. */
double bc__http_parse_retry_after(const char *value, long long now_s);

#endif
