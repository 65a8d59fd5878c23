/* ingest.c - the front door of the ingest stage: reads a path, stdin or URL,
 * rejects what cannot be text (empty, binary, wrong encoding, unsupported
 * content types) with a distinct status each, sniffs the format and hands
 * the bytes to the text, Markdown, HTML or feed reader.  It fills in what
 * every document needs whatever its format: source, sha256, title. */

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "ingest/html.h"
#include "ingest/ingest.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/http.h"
#include "util/sha256.h"
#include "util/utf8.h"

static int lower(int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int ci_prefix(const char *s, size_t len, const char *p)
{
  size_t n = strlen(p);
  if (len < n)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (lower((unsigned char)s[i]) != lower((unsigned char)p[i]))
      return 0;
  return 1;
}

/* Case-insensitive search for needle in the first len bytes of s. */
static const char *ci_find(const char *s, size_t len, const char *needle)
{
  size_t n = strlen(needle);
  for (size_t i = 0; i + n <= len; i++)
    if (ci_prefix(s + i, len - i, needle))
      return s + i;
  return NULL;
}

int bc__ingest_is_url(const char *s)
{
  size_t n = strlen(s);
  return ci_prefix(s, n, "http://") || ci_prefix(s, n, "https://");
}

/* The name used in messages: stdin has no file name. */
static const char *display(const char *name)
{
  return strcmp(name, "-") == 0 ? "<stdin>" : name;
}

/* Format from a file name or URL path extension; AUTO when unknown. */
static enum bc_format by_extension(const char *name)
{
  static const struct {
    const char *ext;
    enum bc_format fmt;
  } exts[] = {{".md", BC_FORMAT_MARKDOWN},    {".markdown", BC_FORMAT_MARKDOWN},
              {".mdown", BC_FORMAT_MARKDOWN}, {".txt", BC_FORMAT_TEXT},
              {".text", BC_FORMAT_TEXT},      {".html", BC_FORMAT_HTML},
              {".htm", BC_FORMAT_HTML},       {".xhtml", BC_FORMAT_HTML},
              {".xml", BC_FORMAT_FEED},       {".rss", BC_FORMAT_FEED},
              {".atom", BC_FORMAT_FEED},      {".rdf", BC_FORMAT_FEED},
              {".list", BC_FORMAT_LIST}};
  size_t end = strcspn(name, bc__ingest_is_url(name) ? "?#" : "");
  size_t dot = end;
  while (dot > 0 && name[dot - 1] != '.' && name[dot - 1] != '/')
    dot--;
  if (dot == 0 || name[dot - 1] != '.')
    return BC_FORMAT_AUTO;
  dot--;
  for (size_t i = 0; i < sizeof(exts) / sizeof(exts[0]); i++) {
    size_t n = strlen(exts[i].ext);
    if (end - dot == n && ci_prefix(name + dot, n, exts[i].ext))
      return exts[i].fmt;
  }
  return BC_FORMAT_AUTO;
}

/* Split "text/html; charset=ISO-8859-1" into a lower-case media type and
 * the charset value (both new strings; charset NULL if absent). */
static int parse_content_type(const char *ct, char **mime, char **charset)
{
  size_t n = strcspn(ct, ";"), i;
  const char *cs;
  *mime = NULL;
  *charset = NULL;
  while (n > 0 && (ct[n - 1] == ' ' || ct[n - 1] == '\t'))
    n--;
  while (n > 0 && (*ct == ' ' || *ct == '\t')) {
    ct++;
    n--;
  }
  *mime = bc__strndup(ct, n);
  if (!*mime)
    return -1;
  for (i = 0; i < n; i++)
    (*mime)[i] = (char)lower((unsigned char)(*mime)[i]);
  cs = ci_find(ct, strlen(ct), "charset=");
  if (cs) {
    cs += 8;
    while (*cs == '"' || *cs == '\'' || *cs == ' ')
      cs++;
    n = strcspn(cs, "\"'; \t");
    if (n > 0 && !(*charset = bc__strndup(cs, n)))
      return -1;
  }
  return 0;
}

/* Format a media type stands for; AUTO for generic types (text/plain,
 * octet-stream), -1 for types that are certainly not prose. */
static int by_mime(const char *mime)
{
  size_t n = strlen(mime);
  if (!strcmp(mime, "text/html") || !strcmp(mime, "application/xhtml+xml"))
    return BC_FORMAT_HTML;
  if (!strcmp(mime, "application/rss+xml") ||
      !strcmp(mime, "application/atom+xml") ||
      !strcmp(mime, "application/rdf+xml") ||
      !strcmp(mime, "application/xml") || !strcmp(mime, "text/xml"))
    return BC_FORMAT_FEED;
  if (!strcmp(mime, "text/markdown") || !strcmp(mime, "text/x-markdown"))
    return BC_FORMAT_MARKDOWN;
  if (!strcmp(mime, "text/plain") ||
      !strcmp(mime, "application/octet-stream") || n == 0 ||
      ci_prefix(mime, n, "text/"))
    return BC_FORMAT_AUTO;
  return -1;
}

/* Nonzero when every non-comment line is an http(s) URL: a list of links. */
static int looks_like_url_list(const char *s, size_t len)
{
  size_t i = 0, urls = 0;
  while (i < len) {
    size_t e = i, a, b;
    while (e < len && s[e] != '\n')
      e++;
    a = i;
    b = e;
    while (a < b && (s[a] == ' ' || s[a] == '\t'))
      a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
      b--;
    if (a < b && s[a] != '#') {
      if (!ci_prefix(s + a, b - a, "http://") &&
          !ci_prefix(s + a, b - a, "https://"))
        return 0;
      for (size_t k = a; k < b; k++)
        if (s[k] == ' ' || s[k] == '\t')
          return 0;
      urls++;
    }
    i = e + 1;
  }
  return urls > 0;
}

/* Markdown has tell-tale lines plain text rarely has. */
static int looks_like_markdown(const char *s, size_t len)
{
  size_t i = 0;
  if (len >= 4 && memcmp(s, "---", 3) == 0 && (s[3] == '\n' || s[3] == '\r'))
    return 1;
  while (i < len && i < 65536) {
    size_t h = 0;
    while (i + h < len && s[i + h] == '#' && h < 7)
      h++;
    if (h >= 1 && h <= 6 && i + h < len && s[i + h] == ' ')
      return 1;
    if (i + 3 <= len && memcmp(s + i, "```", 3) == 0)
      return 1;
    while (i < len && s[i] != '\n') {
      if (s[i] == ']' && i + 2 < len && s[i + 1] == '(' &&
          (ci_prefix(s + i + 2, len - i - 2, "http") || s[i + 2] == '/'))
        return 1;
      i++;
    }
    i++;
  }
  return 0;
}

static enum bc_format by_content(const char *s, size_t len)
{
  size_t i = 0, scan;
  while (i < len &&
         (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
    i++;
  scan = len - i < 4096 ? len - i : 4096;
  if (i < len && s[i] == '<') {
    if (ci_find(s + i, scan, "<rss") || ci_find(s + i, scan, "<feed") ||
        ci_find(s + i, scan, "<rdf:rdf"))
      return BC_FORMAT_FEED;
    /* A page, or a fragment of one saved without <html>. */
    static const char *const tags[] = {"<html", "<body",  "<head",    "<p>",
                                       "<p ",   "<div",   "<article", "<h1",
                                       "<h2",   "<title", "<meta",    "<table"};
    if (ci_prefix(s + i, len - i, "<!doctype html"))
      return BC_FORMAT_HTML;
    for (size_t t = 0; t < sizeof(tags) / sizeof(tags[0]); t++)
      if (ci_find(s + i, scan, tags[t]))
        return BC_FORMAT_HTML;
  }
  if (looks_like_url_list(s + i, len - i))
    return BC_FORMAT_LIST;
  if (looks_like_markdown(s + i, len - i))
    return BC_FORMAT_MARKDOWN;
  return BC_FORMAT_TEXT;
}

/* Known binary signatures get a precise message. */
static const char *binary_kind(const char *s, size_t len)
{
  if (len >= 5 && memcmp(s, "%PDF-", 5) == 0)
    return "a PDF file";
  if (len >= 8 && memcmp(s, "\x89PNG\r\n\x1a\n", 8) == 0)
    return "a PNG image";
  if (len >= 3 && memcmp(s, "\xFF\xD8\xFF", 3) == 0)
    return "a JPEG image";
  if (len >= 6 && (memcmp(s, "GIF87a", 6) == 0 || memcmp(s, "GIF89a", 6) == 0))
    return "a GIF image";
  if (len >= 4 && memcmp(s, "PK\x03\x04", 4) == 0)
    return "a ZIP archive";
  if (len >= 2 && memcmp(s, "\x1f\x8b", 2) == 0)
    return "gzip-compressed data";
  return NULL;
}

static int only_space(const char *s, size_t len)
{
  size_t i = 0;
  if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  for (; i < len; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' &&
        s[i] != '\f' && s[i] != '\v')
      return 0;
  return 1;
}

static int is_utf8_name(const char *cs)
{
  return !cs || ci_prefix(cs, strlen(cs), "utf-8") ||
         ci_prefix(cs, strlen(cs), "utf8") ||
         ci_prefix(cs, strlen(cs), "us-ascii");
}

/* Convert data from charset to UTF-8 with iconv.  *out is new. */
static bc_status to_utf8(const char *data, size_t len, const char *charset,
                         const char *name, size_t max, char **out,
                         size_t *out_len, struct bc_error *err)
{
  iconv_t cd = iconv_open("UTF-8", charset);
  struct bc_buf b = BC_BUF_INIT(max);
  char chunk[8192];
  char *in = (char *)data;
  size_t left = len;
  bc_status rc = BC_OK;
  if (cd == (iconv_t)-1)
    return bc_error_set(err, BC_ERR_ENCODING,
                        "cannot read '%s': unknown charset '%s'", name,
                        charset);
  while (left > 0) {
    char *o = chunk;
    size_t room = sizeof(chunk);
    size_t r = iconv(cd, &in, &left, &o, &room);
    if (bc_buf_add(&b, chunk, sizeof(chunk) - room)) {
      rc = bc_buf_status(&b);
      break;
    }
    if (r == (size_t)-1 && errno != E2BIG) {
      rc = bc_error_set(err, BC_ERR_ENCODING,
                        "cannot read '%s': not valid %s at byte %zu", name,
                        charset, len - left);
      goto out;
    }
  }
  if (rc == BC_ERR_LIMIT) {
    rc = bc_error_set(err, rc, "cannot read '%s': over the %zu MiB limit", name,
                      max / (1024 * 1024));
    goto out;
  }
  if (rc) {
    rc = bc_error_set(err, rc, "cannot read '%s': out of memory", name);
    goto out;
  }
  *out = bc_buf_take(&b, out_len);
  if (!*out)
    rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory",
                      name);
out:
  bc_buf_release(&b);
  iconv_close(cd);
  return rc;
}

static bc_status ingest_input(const char *input,
                              const struct bc_ingest_opts *opts, int depth,
                              struct bc_doclist *out, struct bc_error *err);

/* A list file: one path or URL per line; relative paths are taken from the
 * list's directory.  The policy for what an input may reference: a local
 * list may name paths and URLs; a list fetched over HTTP only URLs; a
 * feed or page references nothing briefcast reads (its links are text). */
static bc_status ingest_list(const char *data, size_t len, const char *name,
                             const struct bc_ingest_opts *opts, int depth,
                             struct bc_doclist *out, struct bc_error *err)
{
  size_t i = 0, line = 0, dirlen = 0;
  bc_status rc = BC_OK;
  char *entry = NULL, *path = NULL;
  const char *slash = strrchr(name, '/');
  struct bc_ingest_opts sub = *opts;
  sub.format = BC_FORMAT_AUTO;
  if (slash && !bc__ingest_is_url(name))
    dirlen = (size_t)(slash - name);
  while (i < len) {
    size_t e = i, a, b;
    while (e < len && data[e] != '\n')
      e++;
    line++;
    a = i;
    b = e;
    i = e + 1;
    while (a < b && (data[a] == ' ' || data[a] == '\t'))
      a++;
    while (b > a &&
           (data[b - 1] == ' ' || data[b - 1] == '\t' || data[b - 1] == '\r'))
      b--;
    if (a == b || data[a] == '#')
      continue;
    entry = bc__strndup(data + a, b - a);
    if (!entry)
      goto nomem;
    /* Remote inputs never name local files: a list fetched over HTTP
     * may name only http(s) URLs, or whoever serves it could have
     * /etc/passwd read into a summary, a brief, a prompt and a feed. */
    if (!bc__ingest_is_url(entry) && bc__ingest_is_url(name)) {
      rc = bc_error_set(err, BC_ERR_INPUT,
                        "cannot read '%s' line %zu: a list fetched over HTTP "
                        "may name only http(s) URLs, not '%s'",
                        name, line, entry);
      goto out;
    }
    if (!bc__ingest_is_url(entry) && entry[0] != '/' && dirlen > 0) {
      char *dir = bc__strndup(name, dirlen);
      if (!dir)
        goto nomem;
      path = bc__fs_join(dir, entry);
      free(dir);
      if (!path)
        goto nomem;
    }
    rc = ingest_input(path ? path : entry, &sub, depth + 1, out, err);
    if (rc) {
      if (err) {
        char inner[BC_ERROR_MSG_MAX];
        memcpy(inner, err->msg, sizeof(inner));
        bc_error_set(err, rc, "%s (line %zu of '%s')", inner, line, name);
      }
      goto out;
    }
    free(entry);
    free(path);
    entry = path = NULL;
  }
  goto out;
nomem:
  rc = bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory", name);
out:
  free(entry);
  free(path);
  return rc;
}

/* Everything after the bytes are in memory; depth counts list nesting. */
static bc_status ingest_bytes(const char *data, size_t len, const char *name,
                              const char *content_type, const char *url,
                              const struct bc_ingest_opts *opts, int depth,
                              struct bc_doclist *out, struct bc_error *err)
{
  struct bc_doclist tmp = BC_DOCLIST_INIT;
  char *mime = NULL, *ct_charset = NULL, *conv = NULL;
  const char *shown = display(name), *kind, *charset, *body = data;
  size_t body_len = len, bad, max;
  enum bc_format fmt = opts->format;
  char digest[65];
  int wide;
  bc_status rc = BC_OK;

  max = opts->max_bytes ? opts->max_bytes : BC_MAX_DOC_BYTES;
  if (len > max)
    return bc_error_set(err, BC_ERR_LIMIT,
                        "cannot read '%s': %zu bytes is over the %zu MiB limit",
                        shown, len, max / (1024 * 1024));
  if (content_type && parse_content_type(content_type, &mime, &ct_charset))
    goto nomem;
  charset = opts->charset ? opts->charset : ct_charset;
  if (fmt == BC_FORMAT_AUTO && mime) {
    int f = by_mime(mime);
    if (f < 0) {
      rc = bc_error_set(err, BC_ERR_INPUT,
                        "cannot summarize '%s': unsupported content type '%s'",
                        shown, mime);
      goto out;
    }
    fmt = (enum bc_format)f;
  }
  if (only_space(data, len)) {
    rc = bc_error_set(err, BC_ERR_INPUT, "'%s' is empty", shown);
    goto out;
  }
  /* A byte-order mark says which wide encoding the text is in; UTF-32's
   * (FF FE 00 00, 00 00 FE FF) is looked for first, since UTF-16LE's
   * (FF FE) begins it. */
  {
    const char *wide_bom = len >= 4 && (memcmp(data, "\xFF\xFE\0\0", 4) == 0 ||
                                        memcmp(data, "\0\0\xFE\xFF", 4) == 0)
                               ? "UTF-32"
                           : len >= 2 && (memcmp(data, "\xFF\xFE", 2) == 0 ||
                                          memcmp(data, "\xFE\xFF", 2) == 0)
                               ? "UTF-16"
                               : NULL;
    if (wide_bom &&
        !(charset && ci_prefix(charset, strlen(charset),
                               wide_bom[4] == '3' ? "utf-32" : "utf-16"))) {
      rc = bc_error_set(err, BC_ERR_ENCODING,
                        "cannot read '%s': it is %s text; convert it to "
                        "UTF-8 or pass --charset %s",
                        shown, wide_bom, wide_bom);
      goto out;
    }
  }
  kind = binary_kind(data, len);
  /* UTF-16 and UTF-32 text is full of NUL bytes by nature. */
  wide = charset && (ci_prefix(charset, strlen(charset), "utf-16") ||
                     ci_prefix(charset, strlen(charset), "utf-32"));
  if (kind || (!wide && bc__utf8_looks_binary(data, len))) {
    rc = bc_error_set(err, BC_ERR_BINARY, "'%s' is %s, not text", shown,
                      kind ? kind : "binary data");
    goto out;
  }
  if (fmt == BC_FORMAT_AUTO)
    fmt = by_extension(name);
  if (fmt == BC_FORMAT_AUTO && url && url != name)
    fmt = by_extension(url);
  if (fmt == BC_FORMAT_AUTO)
    fmt = by_content(data, len);

  if (fmt == BC_FORMAT_HTML) {
    rc = bc__html_parse(data, len, name, charset, opts, &tmp, err);
  } else if (fmt == BC_FORMAT_FEED) {
    rc = bc__feed_parse(data, len, shown, opts, &tmp, err);
  } else {
    /* Text, Markdown and lists must be UTF-8, or convertible from a
     * charset the user (or the server) declared. */
    if (charset && !is_utf8_name(charset)) {
      rc = to_utf8(data, len, charset, shown, max, &conv, &body_len, err);
      if (rc)
        goto out;
      body = conv;
      /* Text read in the wrong wide encoding (UTF-32 as UTF-16) converts
       * without error into a string of U+0000: not text. */
      if (memchr(body, '\0', body_len)) {
        rc = bc_error_set(err, BC_ERR_ENCODING,
                          "cannot read '%s': read as %s it holds NUL "
                          "characters; is --charset right?",
                          shown, charset);
        goto out;
      }
    }
    bad = bc__utf8_invalid_at(body, body_len);
    if (bad < body_len) {
      rc = bc_error_set(err, BC_ERR_ENCODING,
                        "'%s' is not valid UTF-8 (byte %zu); pass --charset "
                        "to convert it",
                        shown, bad);
      goto out;
    }
    if (body_len >= 3 && memcmp(body, "\xEF\xBB\xBF", 3) == 0) {
      body += 3;
      body_len -= 3;
    }
    if (fmt == BC_FORMAT_LIST) {
      if (depth > 0) {
        rc = bc_error_set(err, BC_ERR_INPUT,
                          "cannot read '%s': a list cannot hold another list",
                          shown);
        goto out;
      }
      rc = ingest_list(body, body_len, name, opts, depth, &tmp, err);
    } else if (fmt == BC_FORMAT_MARKDOWN) {
      rc = bc__markdown_parse(body, body_len, shown, opts, &tmp, err);
    } else {
      rc = bc__text_parse(body, body_len, shown, opts, &tmp, err);
    }
  }
  if (rc)
    goto out;
  if (fmt == BC_FORMAT_TEXT || fmt == BC_FORMAT_MARKDOWN) {
    /* A scrape of a blog page: one document per post, each without its
     * comments (the HTML reader does the same on its own). */
    struct bc_doclist docs = tmp;
    tmp.docs = NULL;
    tmp.n = 0;
    for (size_t i = 0; i < docs.n && !rc; i++) {
      rc = bc__posts_take(docs.docs[i], opts->split_posts, NULL, 0, shown, &tmp,
                          err);
      docs.docs[i] = NULL;
    }
    bc_doclist_release(&docs);
    if (rc)
      goto out;
  }
  if (tmp.n == 0) {
    rc = bc_error_set(err, BC_ERR_INPUT, "'%s' holds no documents", shown);
    goto out;
  }
  bc__sha256_hex(data, len, digest);
  for (size_t i = 0; i < tmp.n; i++) {
    struct bc_doc *d = tmp.docs[i];
    char iso[11];
    if (d->text_len == 0) {
      rc = bc_error_set(err, BC_ERR_INPUT, "'%s' has no text", shown);
      goto out;
    }
    if (fmt == BC_FORMAT_LIST)
      continue; /* entries keep what their own ingest gave them */
    if (!d->sha256[0])
      memcpy(d->sha256, digest, sizeof(digest));
    if (!d->format)
      d->format = fmt;
    if (!d->source && !(d->source = bc__strdup(name)))
      goto nomem;
    if (!d->url && url && !(d->url = bc__strdup(url)))
      goto nomem;
    if (!d->title && d->n_blocks > 0 && !(d->title = bc__doc_guess_title(d)))
      goto nomem;
    if (d->title && d->n_blocks > 0 &&
        (bc__date_parse(d->title, strlen(d->title), 1, iso) ||
         bc__line_boiler(d->title, strlen(d->title)) == BC__LINE_STATUS)) {
      /* a feed entry or front matter titled "2023-08-30": the text's own
       * title, when it has a better one */
      char *g = bc__doc_guess_title(d);
      if (!g)
        goto nomem;
      if (bc__title_bad(g, strlen(g))) {
        free(g);
      } else {
        free(d->title);
        d->title = g;
      }
    }
    if (fmt == BC_FORMAT_FEED)
      bc__doc_asides(d); /* the other readers mark them themselves */
  }
  rc = bc__doclist_move(out, &tmp, shown, err);
  goto out;
nomem:
  rc =
      bc_error_set(err, BC_ERR_NOMEM, "cannot read '%s': out of memory", shown);
out:
  bc_doclist_release(&tmp);
  free(mime);
  free(ct_charset);
  free(conv);
  return rc;
}

static bc_status ingest_input(const char *input,
                              const struct bc_ingest_opts *opts, int depth,
                              struct bc_doclist *out, struct bc_error *err)
{
  char *data = NULL, *ct = NULL, *final_url = NULL;
  size_t len = 0, max = opts->max_bytes ? opts->max_bytes : BC_MAX_DOC_BYTES;
  bc_status rc;
  if (bc__ingest_is_url(input)) {
    /* The URL as it may be published: user:password (and secret query
     * values) never reach a summary, brief, feed, tag or message; only
     * the request itself carries them. */
    char *pub = bc__http_public_url(input), *pub_final = NULL;
    if (!pub) {
      rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
      goto out;
    }
    rc = bc__fetch_url(input, opts, &data, &len, &ct, &final_url, err);
    if (!rc && final_url && !(pub_final = bc__http_public_url(final_url)))
      rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    if (!rc)
      rc = ingest_bytes(data, len, pub, ct, pub_final ? pub_final : pub, opts,
                        depth, out, err);
    free(pub);
    free(pub_final);
  } else {
    rc = bc__fs_read(input, max, &data, &len, err);
    if (rc)
      goto out;
    rc = ingest_bytes(data, len, input, NULL, NULL, opts, depth, out, err);
  }
out:
  free(data);
  free(ct);
  free(final_url);
  return rc;
}

bc_status bc_ingest(const char *input, const struct bc_ingest_opts *opts,
                    struct bc_doclist *out, struct bc_error *err)
{
  struct bc_ingest_opts defaults = BC_INGEST_OPTS_INIT;
  struct bc_doclist tmp = BC_DOCLIST_INIT;
  bc_status rc;
  if (!input || !*input)
    return bc_error_set(err, BC_ERR_USAGE, "no input given");
  rc = ingest_input(input, opts ? opts : &defaults, 0, &tmp, err);
  if (!rc)
    rc = bc__doclist_move(out, &tmp, display(input), err);
  bc_doclist_release(&tmp);
  return rc;
}

bc_status bc_ingest_memory(const char *data, size_t len, const char *name,
                           const char *content_type,
                           const struct bc_ingest_opts *opts,
                           struct bc_doclist *out, struct bc_error *err)
{
  struct bc_ingest_opts defaults = BC_INGEST_OPTS_INIT;
  struct bc_doclist tmp = BC_DOCLIST_INIT;
  bc_status rc;
  if (!name)
    name = "<memory>";
  rc = ingest_bytes(data, len, name, content_type, NULL,
                    opts ? opts : &defaults, 0, &tmp, err);
  if (!rc)
    rc = bc__doclist_move(out, &tmp, display(name), err);
  bc_doclist_release(&tmp);
  return rc;
}
