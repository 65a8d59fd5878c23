/* http.c - the libcurl client behind http.h: one easy handle per attempt,
 * bounded body and redirects, retries with backoff that honour Retry-After,
 * and messages scrubbed of secrets.  It does not interpret statuses beyond
 * deciding whether to retry: the caller reads the answer. */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <curl/curl.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "util/alloc.h"
#include "util/http.h"
#include "util/secret.h"

#ifndef BC_VERSION
#define BC_VERSION "0"
#endif

#define MIB ((size_t)1024 * 1024)
#define DEFAULT_CONNECT_MS 10000L
#define DEFAULT_TIMEOUT_MS 60000L
#define DEFAULT_BACKOFF_MS 500L
#define DEFAULT_MAX_WAIT_MS 60000L
#define MAX_HEADER_VALUE 1024

struct bc__http_client {
  CURLSH *share;
  pthread_mutex_t mu[CURL_LOCK_DATA_LAST];
  int n_mu;
};

static void share_lock(CURL *h, curl_lock_data data, curl_lock_access access,
                       void *ctx)
{
  struct bc__http_client *c = ctx;
  (void)h;
  (void)access;
  if ((int)data >= 0 && (int)data < c->n_mu)
    pthread_mutex_lock(&c->mu[data]);
}

static void share_unlock(CURL *h, curl_lock_data data, void *ctx)
{
  struct bc__http_client *c = ctx;
  (void)h;
  if ((int)data >= 0 && (int)data < c->n_mu)
    pthread_mutex_unlock(&c->mu[data]);
}

struct bc__http_client *bc__http_client_new(void)
{
  struct bc__http_client *c = bc__calloc(1, sizeof(*c));
  if (!c)
    return NULL;
  for (; c->n_mu < CURL_LOCK_DATA_LAST; c->n_mu++)
    if (pthread_mutex_init(&c->mu[c->n_mu], NULL) != 0)
      goto fail;
  c->share = curl_share_init();
  if (!c->share)
    goto fail;
  curl_share_setopt(c->share, CURLSHOPT_LOCKFUNC, share_lock);
  curl_share_setopt(c->share, CURLSHOPT_UNLOCKFUNC, share_unlock);
  curl_share_setopt(c->share, CURLSHOPT_USERDATA, c);
  curl_share_setopt(c->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
  curl_share_setopt(c->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
  curl_share_setopt(c->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
  return c;
fail:
  bc__http_client_free(c);
  return NULL;
}

void bc__http_client_free(struct bc__http_client *c)
{
  if (!c)
    return;
  if (c->share)
    curl_share_cleanup(c->share);
  while (c->n_mu > 0)
    pthread_mutex_destroy(&c->mu[--c->n_mu]);
  free(c);
}

/* What one attempt collects through the callbacks. */
struct attempt {
  struct bc_buf body;
  size_t max_body;
  int over_limit;
  char *content_type;
  double retry_after_s;
};

static size_t on_body(char *data, size_t size, size_t n, void *ctx)
{
  struct attempt *a = ctx;
  size_t len = size * n;
  if (a->body.len + len > a->max_body) {
    a->over_limit = 1;
    return 0; /* curl aborts with CURLE_WRITE_ERROR */
  }
  if (bc_buf_add(&a->body, data, len) != BC_OK)
    return 0;
  return len;
}

/* A header value without surrounding blanks, as a new string. */
static char *header_value(const char *p, size_t len)
{
  while (len && (*p == ' ' || *p == '\t')) {
    p++;
    len--;
  }
  while (len && (p[len - 1] == '\r' || p[len - 1] == '\n' ||
                 p[len - 1] == ' ' || p[len - 1] == '\t'))
    len--;
  if (len > MAX_HEADER_VALUE)
    len = MAX_HEADER_VALUE;
  return bc__strndup(p, len);
}

double bc__http_parse_retry_after(const char *value, long long now_s)
{
  const char *p = value;
  double secs = 0;
  int digits = 0;
  time_t t;
  if (!value)
    return -1;
  while (*p == ' ' || *p == '\t')
    p++;
  while (isdigit((unsigned char)*p)) {
    if (secs < 1e9)
      secs = secs * 10 + (*p - '0');
    p++;
    digits++;
  }
  while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
    p++;
  if (digits && !*p)
    return secs;
  t = curl_getdate(value, NULL);
  if (t == (time_t)-1)
    return -1;
  return (long long)t > now_s ? (double)((long long)t - now_s) : 0;
}

/* Headers of every answer in a redirect chain pass through here; a status
 * line starts a new answer, so only the final answer's values remain. */
static size_t on_header(char *data, size_t size, size_t n, void *ctx)
{
  struct attempt *a = ctx;
  size_t len = size * n;
  if (len >= 5 && strncmp(data, "HTTP/", 5) == 0) {
    free(a->content_type);
    a->content_type = NULL;
    a->retry_after_s = -1;
  } else if (len > 13 && strncasecmp(data, "content-type:", 13) == 0) {
    free(a->content_type);
    a->content_type = header_value(data + 13, len - 13);
    if (!a->content_type)
      return 0;
  } else if (len > 12 && strncasecmp(data, "retry-after:", 12) == 0) {
    char *v = header_value(data + 12, len - 12);
    if (!v)
      return 0;
    a->retry_after_s = bc__http_parse_retry_after(v, (long long)time(NULL));
    free(v);
  }
  return len;
}

static int is_secret_param(const char *name, size_t len)
{
  static const char *const names[] = {"key",
                                      "api_key",
                                      "apikey",
                                      "token",
                                      "access_token",
                                      "secret",
                                      "password",
                                      "passwd",
                                      "sig",
                                      "signature",
                                      "auth",
                                      "client_secret",
                                      "x-amz-signature",
                                      "x-goog-signature",
                                      "code",
                                      NULL};
  size_t i;
  for (i = 0; names[i]; i++)
    if (strlen(names[i]) == len && strncasecmp(names[i], name, len) == 0)
      return 1;
  return 0;
}

static char *shown_url(const char *url, int keep_mark)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_LINE_BYTES);
  const char *p = url ? url : "";
  const char *scheme_end = strstr(p, "://");
  const char *q;
  if (scheme_end) {
    const char *host = scheme_end + 3;
    const char *slash = host + strcspn(host, "/?#");
    const char *at = NULL, *c;
    for (c = host; c < slash; c++)
      if (*c == '@')
        at = c;
    bc_buf_add(&b, p, (size_t)(host - p));
    if (at) {
      if (keep_mark)
        bc_buf_adds(&b, "***@");
      p = at + 1;
    } else {
      p = host;
    }
  }
  q = strchr(p, '?');
  if (!q) {
    bc_buf_adds(&b, p);
    return bc_buf_take(&b, NULL);
  }
  bc_buf_add(&b, p, (size_t)(q + 1 - p));
  p = q + 1;
  /* Each parameter up to '&' or '#'; a secret one keeps its name only. */
  while (*p && *p != '#') {
    size_t plen = strcspn(p, "&#");
    const char *eq = memchr(p, '=', plen);
    if (eq && is_secret_param(p, (size_t)(eq - p))) {
      bc_buf_add(&b, p, (size_t)(eq + 1 - p));
      bc_buf_adds(&b, "***");
    } else {
      bc_buf_add(&b, p, plen);
    }
    p += plen;
    if (*p == '&') {
      bc_buf_addc(&b, '&');
      p++;
    }
  }
  bc_buf_adds(&b, p);
  return bc_buf_take(&b, NULL);
}

char *bc__http_display_url(const char *url)
{
  return shown_url(url, 1);
}

char *bc__http_public_url(const char *url)
{
  return shown_url(url, 0);
}

/* Set err to "BEFORE'URL'AFTER", with the URL shown in display form and
 * the request's secret scrubbed out. */
static bc_status fail(struct bc_error *err, bc_status code,
                      const struct bc__http_request *req, const char *before,
                      const char *after)
{
  char *shown = bc__http_display_url(req->url);
  char msg[4096];
  if (!shown)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  /* Scrubbed whole, before bc_error_set cuts it to fit. */
  snprintf(msg, sizeof(msg), "%s'%s'%s", before, shown, after);
  free(shown);
  bc__secret_scrub(msg, req->redact);
  return bc_error_set(err, code, "%s", msg);
}

static long long now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(long ms)
{
  struct timespec ts;
  if (ms <= 0)
    return;
  ts.tv_sec = ms / 1000;
  ts.tv_nsec = (ms % 1000) * 1000000L;
  while (nanosleep(&ts, &ts) != 0)
    ;
}

/* xorshift64: jitter needs spread between concurrent clients, not quality,
 * and must not share state between threads. */
static uint64_t next_random(uint64_t *s)
{
  uint64_t x = *s;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  *s = x;
  return x;
}

static int retryable_status(long status)
{
  return status == 429 || status == 408 || (status >= 500 && status <= 599);
}

static int retryable_curl(CURLcode cc)
{
  switch (cc) {
  case CURLE_COULDNT_RESOLVE_HOST:
  case CURLE_COULDNT_CONNECT:
  case CURLE_OPERATION_TIMEDOUT:
  case CURLE_PARTIAL_FILE:
  case CURLE_GOT_NOTHING:
  case CURLE_SEND_ERROR:
  case CURLE_RECV_ERROR:
  case CURLE_HTTP2:
  case CURLE_HTTP2_STREAM:
  case CURLE_SSL_CONNECT_ERROR:
  case CURLE_BAD_CONTENT_ENCODING: return 1;
  default: return 0;
  }
}

static void attempt_release(struct attempt *a)
{
  bc_buf_release(&a->body);
  free(a->content_type);
  a->content_type = NULL;
}

/* A failure after which the server may have received the whole request
 * and be working on it (as opposed to one before anything was sent). */
static int unanswered(CURLcode cc)
{
  return cc == CURLE_OPERATION_TIMEDOUT || cc == CURLE_RECV_ERROR ||
         cc == CURLE_GOT_NOTHING || cc == CURLE_PARTIAL_FILE;
}

/* One transfer.  Fills a and *status, *eff (owned) on CURLE_OK; *sent is
 * nonzero when request bytes went out. */
static CURLcode transfer(const struct bc__http_request *req,
                         struct curl_slist *hdrs, struct attempt *a,
                         long *status, char **eff, int *sent, char *errbuf)
{
  long req_size = 0;
  CURL *h = curl_easy_init();
  CURLcode cc;
  const char *u = NULL;
  long connect_ms = req->connect_timeout_ms > 0 ? req->connect_timeout_ms
                                                : DEFAULT_CONNECT_MS;
  long total_ms = req->timeout_ms > 0 ? req->timeout_ms : DEFAULT_TIMEOUT_MS;
  int redirs = req->max_redirects == 0 ? BC_MAX_REDIRECTS : req->max_redirects;
  *sent = 0;
  if (!h)
    return CURLE_OUT_OF_MEMORY;
  errbuf[0] = '\0';
  curl_easy_setopt(h, CURLOPT_URL, req->url);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, connect_ms);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, total_ms);
  if (redirs < 0) {
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  } else {
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_MAXREDIRS, (long)redirs);
  }
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(h, CURLOPT_USERAGENT,
                   req->user_agent ? req->user_agent : "briefcast/" BC_VERSION);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
  if (req->client)
    curl_easy_setopt(h, CURLOPT_SHARE, req->client->share);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, a);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, a);
  if (req->method && strcmp(req->method, "POST") == 0) {
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, req->body ? req->body : "");
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE,
                     (curl_off_t)(req->body ? req->body_len : 0));
  } else if (req->method && strcmp(req->method, "GET") != 0) {
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, req->method);
  }
  cc = curl_easy_perform(h);
  *sent = curl_easy_getinfo(h, CURLINFO_REQUEST_SIZE, &req_size) == CURLE_OK &&
          req_size > 0;
  if (cc == CURLE_OK) {
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, status);
    curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &u);
    *eff = bc__strdup(u ? u : req->url);
    if (!*eff)
      cc = CURLE_OUT_OF_MEMORY;
  }
  curl_easy_cleanup(h);
  return cc;
}

static bc_status curl_failure(const struct bc__http_request *req, CURLcode cc,
                              const char *errbuf, int attempts, int redirs,
                              long total_ms, struct bc_error *err)
{
  char detail[CURL_ERROR_SIZE + 64];
  const char *what = errbuf[0] ? errbuf : curl_easy_strerror(cc);
  switch (cc) {
  case CURLE_OUT_OF_MEMORY:
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  case CURLE_TOO_MANY_REDIRECTS:
    snprintf(detail, sizeof(detail), ": too many redirects (more than %d)",
             redirs);
    return fail(err, BC_ERR_HTTP, req, "cannot fetch ", detail);
  case CURLE_OPERATION_TIMEDOUT:
    snprintf(detail, sizeof(detail), ": timed out (%ld ms, %d attempt%s)",
             total_ms, attempts, attempts == 1 ? "" : "s");
    return fail(err, BC_ERR_HTTP, req, "cannot fetch ", detail);
  default:
    if (attempts > 1)
      snprintf(detail, sizeof(detail), ": %s (after %d attempts)", what,
               attempts);
    else
      snprintf(detail, sizeof(detail), ": %s", what);
    return fail(err, BC_ERR_HTTP, req, "cannot fetch ", detail);
  }
}

bc_status bc__http_perform(const struct bc__http_request *req,
                           struct bc__http_response *resp, struct bc_error *err)
{
  struct curl_slist *hdrs = NULL, *t;
  struct attempt a;
  char errbuf[CURL_ERROR_SIZE];
  char *eff = NULL;
  long status = 0;
  int max_attempts = req->max_attempts > 0 ? req->max_attempts : 1;
  long backoff = req->backoff_ms > 0 ? req->backoff_ms : DEFAULT_BACKOFF_MS;
  long max_wait = req->max_wait_ms > 0 ? req->max_wait_ms : DEFAULT_MAX_WAIT_MS;
  int redirs = req->max_redirects == 0 ? BC_MAX_REDIRECTS : req->max_redirects;
  uint64_t seed = (uint64_t)now_ms() * 2654435761u ^ (uint64_t)(uintptr_t)&a;
  bc_status rc = BC_OK;
  CURLcode cc = CURLE_OK;
  int n, sent = 0, n_unanswered = 0;

  if (!req->url || !*req->url)
    return bc_error_set(err, BC_ERR_USAGE, "no URL to fetch");
  memset(&a, 0, sizeof(a));
  a.max_body = req->max_body ? req->max_body : BC_MAX_HTTP_BODY;
  bc_buf_init(&a.body, a.max_body + 1);
  if (seed == 0)
    seed = 88172645463325252ull;

  if (req->headers) {
    const char *const *h;
    for (h = req->headers; *h; h++) {
      t = curl_slist_append(hdrs, *h);
      if (!t) {
        rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
        goto out;
      }
      hdrs = t;
    }
  }
  /* libcurl sends "Expect: 100-continue" for bodies over 1 MiB and some
   * servers stall on it; an empty value removes the header. */
  t = curl_slist_append(hdrs, "Expect:");
  if (!t) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  hdrs = t;

  for (n = 1;; n++) {
    int again;
    double wait_ms;
    bc_buf_reset(&a.body);
    free(a.content_type);
    a.content_type = NULL;
    a.over_limit = 0;
    a.retry_after_s = -1;
    free(eff);
    eff = NULL;
    status = 0;
    cc = transfer(req, hdrs, &a, &status, &eff, &sent, errbuf);
    if (a.over_limit) {
      char lim[64];
      if (a.max_body % MIB == 0)
        snprintf(lim, sizeof(lim), " is larger than %zu MiB", a.max_body / MIB);
      else
        snprintf(lim, sizeof(lim), " is larger than %zu bytes", a.max_body);
      rc = fail(err, BC_ERR_LIMIT, req, "answer from ", lim);
      goto out;
    }
    if (cc == CURLE_WRITE_ERROR || cc == CURLE_OUT_OF_MEMORY) {
      rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
      goto out;
    }
    again = n < max_attempts &&
            (cc != CURLE_OK ? retryable_curl(cc) : retryable_status(status));
    /* A request the server got but did not answer may have been carried
     * out: sending it again is the caller's call. */
    if (again && cc != CURLE_OK && sent && unanswered(cc) &&
        req->unanswered_attempts > 0 &&
        ++n_unanswered >= req->unanswered_attempts)
      again = 0;
    if (!again)
      break;
    /* Exponential backoff with "equal jitter": half fixed, half random,
     * so that many clients hit by the same outage spread their retries. */
    wait_ms = (double)backoff;
    for (int i = 1; i < n && wait_ms < (double)max_wait; i++)
      wait_ms *= 2;
    wait_ms = wait_ms / 2 +
              (wait_ms / 2) * (double)(next_random(&seed) % 1000) / 1000.0;
    if (cc == CURLE_OK && a.retry_after_s >= 0) {
      /* A server that asks for longer than we are willing to wait gets
       * its answer returned now rather than a pointless sleep. */
      if (a.retry_after_s * 1000 > (double)max_wait)
        break;
      if (a.retry_after_s * 1000 > wait_ms)
        wait_ms = a.retry_after_s * 1000;
    }
    if (wait_ms > (double)max_wait)
      wait_ms = (double)max_wait;
    sleep_ms((long)wait_ms);
  }

  if (cc != CURLE_OK) {
    rc = curl_failure(
        req, cc, errbuf, n, redirs,
        req->timeout_ms > 0 ? req->timeout_ms : DEFAULT_TIMEOUT_MS, err);
    goto out;
  }
  memset(resp, 0, sizeof(*resp));
  resp->status = status;
  resp->body = bc_buf_take(&a.body, &resp->body_len);
  if (!resp->body) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  resp->content_type = a.content_type;
  a.content_type = NULL;
  resp->effective_url = eff;
  eff = NULL;
  resp->attempts = n;
  resp->retry_after_s = a.retry_after_s;
out:
  attempt_release(&a);
  free(eff);
  curl_slist_free_all(hdrs);
  return rc;
}

void bc__http_response_release(struct bc__http_response *resp)
{
  if (!resp)
    return;
  free(resp->body);
  free(resp->content_type);
  free(resp->effective_url);
  memset(resp, 0, sizeof(*resp));
  resp->retry_after_s = -1;
}

bc_status bc__http_global_init(void)
{
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
    return BC_ERR_HTTP;
  return BC_OK;
}
