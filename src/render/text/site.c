/* site.c - the archive index (index.html) of a batch folder.  The episodes
 * travel as one JSON data block inside the page and a small script renders
 * them a hundred at a time, filtering in memory, so 5,000 episodes stay
 * responsive without a server.  It reads what the batch wrote and never
 * re-renders an episode. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "briefcast/manifest.h"
#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "briefcast/site.h"
#include "briefcast/summary.h"
#include "render/text/html_int.h"
#include "util/alloc.h"
#include "util/fs.h"
#include "util/json.h"

/* Rows in the page's markup before its script runs (the script renders
 * as many at first). */
#define SITE_STATIC_ROWS 100

struct episode {
  const struct bc_batch_entry *e;
  char *title, *date, *author; /* owned */
  const char *verdict;         /* static or the manifest's */
  size_t errors, warnings, repaired;
  const char *audio; /* "narration.mp3", "narration.wav" or NULL */
  int page;          /* brief.html exists */
};

static int exists(const char *dir, const char *name)
{
  struct stat st;
  char *p = bc__fs_join(dir, name);
  int ok = p && stat(p, &st) == 0 && S_ISREG(st.st_mode);
  free(p);
  return ok;
}

static char *dup_or_empty(const char *s)
{
  size_t n = s ? strlen(s) : 0;
  char *d = bc__malloc(n + 1);
  if (d) {
    memcpy(d, s ? s : "", n);
    d[n] = 0;
  }
  return d;
}

/* What report.json says: its verdict and its counts; the manifest's
 * values stay when it cannot be read. */
static void read_report(const char *folder, struct episode *ep)
{
  char *path = bc__fs_join(folder, "report.json"), *text = NULL;
  size_t len;
  cJSON *root = NULL, *counts;
  struct bc_error ignored;
  if (!path || bc__fs_read(path, BC_MAX_JSON_BYTES, &text, &len, &ignored) ||
      bc__json_parse(text, len, path, &root, &ignored))
    goto out;
  counts = cJSON_GetObjectItemCaseSensitive(root, "counts");
  if (cJSON_IsObject(counts)) {
    cJSON *v;
    if (cJSON_IsNumber(v = cJSON_GetObjectItemCaseSensitive(counts, "errors")))
      ep->errors = (size_t)v->valuedouble;
    if (cJSON_IsNumber(
            v = cJSON_GetObjectItemCaseSensitive(counts, "warnings")))
      ep->warnings = (size_t)v->valuedouble;
    if (cJSON_IsNumber(
            v = cJSON_GetObjectItemCaseSensitive(counts, "repaired")))
      ep->repaired = (size_t)v->valuedouble;
  }
  {
    const char *v = bc__json_get_str(root, "verdict");
    if (v && strcmp(v, "pass") == 0)
      ep->verdict = "pass";
    else if (v && strcmp(v, "warn") == 0)
      ep->verdict = "warn";
    else if (v && strcmp(v, "fail") == 0)
      ep->verdict = "fail";
  }
out:
  cJSON_Delete(root);
  free(text);
  free(path);
}

static bc_status load(const char *dir, const struct bc_batch_entry *e,
                      struct episode *ep)
{
  char *folder = NULL, *sj = NULL, *text = NULL;
  struct bc_summary *s = NULL;
  struct bc_error ignored;
  size_t len;
  memset(ep, 0, sizeof *ep);
  ep->e = e;
  ep->verdict = e->state == BC_BATCH_OK && e->verdict ? e->verdict : NULL;
  ep->errors = e->errors;
  ep->warnings = e->warnings;
  if (e->folder && (folder = bc__fs_join(dir, e->folder)) &&
      (sj = bc__fs_join(folder, "summary.json")) &&
      !bc__fs_read(sj, BC_MAX_JSON_BYTES, &text, &len, &ignored) &&
      !bc_summary_from_json(text, len, sj, &s, &ignored)) {
    ep->title = dup_or_empty(*s->title ? s->title : s->source.title);
    ep->date = dup_or_empty(s->source.date);
    ep->author = dup_or_empty(s->source.author);
    read_report(folder, ep);
    ep->audio = exists(folder, "narration.mp3")   ? "narration.mp3"
                : exists(folder, "narration.wav") ? "narration.wav"
                                                  : NULL;
    ep->page = exists(folder, "brief.html");
  } else {
    ep->verdict = NULL; /* nothing to show but the input */
    ep->title = dup_or_empty(e->input);
    ep->date = dup_or_empty("");
    ep->author = dup_or_empty("");
  }
  bc_summary_free(s);
  free(text);
  free(sj);
  free(folder);
  return ep->title && ep->date && ep->author ? BC_OK : BC_ERR_NOMEM;
}

static void release(struct episode *ep)
{
  free(ep->title);
  free(ep->date);
  free(ep->author);
}

/* Newest first; undated last; then by title and key, so the order is
 * stable. */
static int by_date(const void *a, const void *b)
{
  const struct episode *x = a, *y = b;
  int c = strcmp(y->date, x->date);
  if (c)
    return c;
  c = strcmp(x->title, y->title);
  return c ? c : strcmp(x->e->key, y->e->key);
}

static void row(struct bc_buf *b, const struct episode *ep)
{
  bc_buf_addc(b, '[');
  bc__html_json_str(b, *ep->title ? ep->title : "Untitled");
  bc_buf_addc(b, ',');
  bc__html_json_str(b, ep->e->folder);
  bc_buf_addc(b, ',');
  bc__html_json_str(b, ep->date);
  bc_buf_addc(b, ',');
  bc__html_json_str(b, ep->author);
  bc_buf_addf(b, ",%.1f,", ep->e->audio_seconds);
  if (ep->verdict)
    bc__html_json_str(b, ep->verdict);
  else
    bc_buf_adds(b, "null");
  bc_buf_addf(b, ",%zu,%zu,%zu,", ep->errors, ep->warnings, ep->repaired);
  if (ep->audio)
    bc__html_json_str(b, ep->audio);
  else
    bc_buf_adds(b, "null");
  bc_buf_adds(b, ep->page ? ",1]" : ",0]");
}

/* encodeURIComponent of one path segment, as the page's script does. */
static void uri_seg(struct bc_buf *b, const char *s)
{
  static const char keep[] = "-_.!~*'()";
  for (; s && *s; s++) {
    unsigned char c = (unsigned char)*s;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') || strchr(keep, c))
      bc_buf_addc(b, (char)c);
    else
      bc_buf_addf(b, "%%%02X", c);
  }
}

static void link(struct bc_buf *b, const char *folder, const char *file)
{
  struct bc_buf u = BC_BUF_INIT(BC_MAX_LINE_BYTES * 4);
  uri_seg(&u, folder);
  bc_buf_addc(&u, '/');
  uri_seg(&u, file);
  bc_buf_adds(b, "<a href=\"");
  bc__html_esc(b, bc_buf_str(&u));
  bc_buf_adds(b, "\"");
  bc_buf_release(&u);
}

/* The first rows as static markup, the same the script renders (it
 * replaces them), so the page shows the newest episodes before the script
 * runs and without it. */
static void li(struct bc_buf *b, const struct episode *ep)
{
  const char *title = *ep->title ? ep->title : "Untitled";
  const char *v = ep->verdict ? ep->verdict : "failed";
  const char *sep = "";
  char tenths[32];
  long t;
  /* the script rounds the "%.1f" it is given (71.46 s is 71.5, so 1:12),
   * and so does this */
  snprintf(tenths, sizeof tenths, "%.1f", ep->e->audio_seconds);
  t = (long)(strtod(tenths, NULL) + 0.5);
  bc_buf_adds(b, "<li><h2>");
  if (ep->e->folder && ep->page) {
    link(b, ep->e->folder, "brief.html");
    bc_buf_adds(b, ">");
    bc__html_esc(b, title);
    bc_buf_adds(b, "</a>");
  } else {
    bc__html_esc(b, title);
  }
  bc_buf_adds(b, "</h2><p class=\"d\">");
  if (*ep->date) {
    bc__html_esc(b, ep->date);
    sep = " \xC2\xB7 ";
  }
  if (*ep->author) {
    bc_buf_adds(b, sep);
    bc__html_esc(b, ep->author);
    sep = " \xC2\xB7 ";
  }
  if (ep->e->audio_seconds >= 0.05) /* the script's test of "%.1f" */
    bc_buf_addf(b, "%s%ld:%02ld", sep, t / 60, t % 60);
  bc_buf_addf(b,
              "</p><p class=\"r\"><span class=\"badge %s\" "
              "title=\"verdict\">%s</span> %zu error%s, %zu warning%s",
              v, v, ep->errors, ep->errors == 1 ? "" : "s", ep->warnings,
              ep->warnings == 1 ? "" : "s");
  if (ep->repaired)
    bc_buf_addf(b, ", %zu repaired", ep->repaired);
  if (ep->audio) {
    bc_buf_adds(b, " \xC2\xB7 ");
    link(b, ep->e->folder, ep->audio);
    bc_buf_adds(b, " aria-label=\"MP3: narration of ");
    bc__html_esc(b, title);
    bc_buf_adds(b, "\">MP3</a>");
  }
  bc_buf_adds(b, "</p></li>\n");
}

bc_status bc_site_index(const char *dir, const struct bc_site_opts *opts,
                        size_t *n_episodes, struct bc_error *err)
{
  struct bc_manifest m = BC_MANIFEST_INIT;
  struct bc_buf b = BC_BUF_INIT(BC_MAX_MANIFEST_BYTES * 4);
  struct episode *eps = NULL;
  char *path = NULL;
  const char *title, *base;
  size_t i, n = 0;
  bc_status rc;

  if (!dir)
    return bc_error_set(err, BC_ERR_USAGE, "no archive folder");
  path = bc__fs_join(dir, "manifest.json");
  if (!path)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  if (!exists(dir, "manifest.json")) {
    rc = bc_error_set(err, BC_ERR_IO,
                      "no manifest.json in '%s': not a batch folder", dir);
    goto out;
  }
  rc = bc_manifest_load(path, &m, err);
  if (rc)
    goto out;
  if (m.n && !(eps = bc__calloc(m.n, sizeof *eps)))
    goto nomem;
  for (i = 0; i < m.n; i++, n++)
    if (load(dir, &m.entries[i], &eps[i])) {
      n++;
      goto nomem;
    }
  qsort(eps, n, sizeof *eps, by_date);

  base = strrchr(dir, '/');
  base = base && base[1] ? base + 1 : dir;
  title = opts && opts->title ? opts->title : base;
  bc__html_head(&b, title, bc__embedded_index_css, bc__embedded_index_js);
  bc_buf_adds(&b, "<body>\n<main>\n<h1>");
  bc__html_esc(&b, title);
  bc_buf_addf(&b, "</h1>\n<p class=\"meta\">%zu episode%s", n,
              n == 1 ? "" : "s");
  if (exists(dir, "feed.xml"))
    bc_buf_adds(&b, " &middot; <a href=\"feed.xml\">Podcast feed (RSS)</a>");
  bc_buf_adds(
      &b,
      "</p>\n<form id=\"filters\" role=\"search\" aria-label=\"Filter "
      "episodes\">\n"
      "<label>Search<input type=\"search\" id=\"q\" autocomplete=\"off\" "
      "placeholder=\"title, author, date\"></label>\n"
      "<label>Year<select id=\"year\"><option value=\"\">All "
      "years</option></select></label>\n"
      "<label>Verdict<select id=\"verdict\"><option value=\"\">Any "
      "verdict</option><option value=\"pass\">pass</option><option "
      "value=\"warn\">warn</option><option value=\"fail\">fail</option>"
      "<option value=\"failed\">failed to process</option></select></label>\n"
      "</form>\n<p id=\"count\" role=\"status\" aria-live=\"polite\"></p>\n"
      "<ul id=\"list\" aria-label=\"Episodes\">\n");
  for (i = 0; i < n && i < SITE_STATIC_ROWS; i++)
    li(&b, &eps[i]);
  bc_buf_adds(
      &b,
      "</ul>\n<button type=\"button\" id=\"more\" hidden>Show more</button>\n"
      "<noscript><p>Search, filters and the rest of the list need "
      "JavaScript; each episode's folder holds its brief.html.</p>"
      "</noscript>\n</main>\n"
      "<script type=\"application/json\" id=\"episodes\">"
      "{\"fields\":[\"title\",\"folder\",\"date\",\"author\",\"seconds\","
      "\"verdict\",\"errors\",\"warnings\",\"repaired\",\"audio\",\"page\"],"
      "\n\"episodes\":[");
  for (i = 0; i < n; i++) {
    if (i)
      bc_buf_adds(&b, ",\n");
    row(&b, &eps[i]);
  }
  bc_buf_adds(&b, "]}</script>\n<script>");
  bc_buf_adds(&b, bc__embedded_index_js);
  bc_buf_adds(&b, "</script>\n</body>\n</html>\n");
  if (bc_buf_status(&b)) {
    rc = bc_error_set(err, bc_buf_status(&b), "cannot build the index of '%s'",
                      dir);
    goto out;
  }
  free(path);
  if (!(path = bc__fs_join(dir, "index.html")))
    goto nomem;
  rc = bc__fs_write_atomic(path, b.ptr, b.len, err);
  if (!rc && n_episodes)
    *n_episodes = n;
  goto out;
nomem:
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  for (i = 0; i < n; i++)
    release(&eps[i]);
  free(eps);
  free(path);
  bc_manifest_release(&m);
  bc_buf_release(&b);
  return rc;
}
