/* podcast.c - writes feed.xml, a podcast RSS 2.0 feed with iTunes tags,
 * for a folder of rendered episodes.  It reads what the audio stage wrote
 * (summary.json, narration.mp3/.wav) and never re-renders anything. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "briefcast/buf.h"
#include "briefcast/limits.h"
#include "briefcast/podcast.h"
#include "briefcast/summary.h"
#include "util/alloc.h"
#include "util/calendar.h"
#include "util/fs.h"
#include "util/utf8.h"

#define MP3_KBPS 64 /* what audio_mp3.c writes: constant bit rate */

/* s as XML character data.  XML 1.0 forbids some characters even escaped
 * (most C0 controls, the surrogates, U+FFFE and U+FFFF): one of them in a
 * title would make the whole feed unreadable to every podcast app, so they
 * become a space, and a byte that is not UTF-8 becomes U+FFFD. */
static void xml(struct bc_buf *b, const char *s)
{
  const unsigned char *p = (const unsigned char *)(s ? s : "");
  size_t left = strlen((const char *)p);
  while (*p) {
    uint32_t cp = 0;
    size_t k = 1;
    switch (*p) {
    case '&': bc_buf_adds(b, "&amp;"); break;
    case '<': bc_buf_adds(b, "&lt;"); break;
    case '>': bc_buf_adds(b, "&gt;"); break;
    case '"': bc_buf_adds(b, "&quot;"); break;
    case '\'': bc_buf_adds(b, "&apos;"); break;
    default:
      if (*p < 0x20)
        bc_buf_addc(b, *p == '\n' || *p == '\t' ? (char)*p : ' ');
      else if (*p < 0x80)
        bc_buf_addc(b, (char)*p);
      else if ((k = bc__utf8_decode_surrogates((const char *)p, left, &cp)) ==
               0) {
        bc_buf_adds(b, "\xef\xbf\xbd");
        k = 1;
      } else if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
        bc_buf_addc(b, ' ');
      else
        bc_buf_add(b, (const char *)p, k);
    }
    p += k;
    left -= k;
  }
}

/* s as the text of an element podcast apps read as HTML (<description>):
 * escaped for HTML first and then for XML, so "<script>" in a source
 * arrives as text, never as markup, after the app decodes the XML. */
static void xml_html(struct bc_buf *b, const char *s)
{
  /* up to six bytes for one (&quot;) of a summary's at most 16 MiB */
  struct bc_buf h = BC_BUF_INIT(BC_MAX_JSON_BYTES * 6);
  for (const char *p = s ? s : ""; *p; p++)
    switch (*p) {
    case '&': bc_buf_adds(&h, "&amp;"); break;
    case '<': bc_buf_adds(&h, "&lt;"); break;
    case '>': bc_buf_adds(&h, "&gt;"); break;
    case '"': bc_buf_adds(&h, "&quot;"); break;
    case '\'': bc_buf_adds(&h, "&#39;"); break;
    default: bc_buf_addc(&h, *p);
    }
  if (bc_buf_status(&h) == BC_OK)
    xml(b, bc_buf_str(&h));
  else
    bc_buf_adds(b, "(out of memory)");
  bc_buf_release(&h);
}

/* Percent-encode a path for a URL, keeping '/' and unreserved bytes (and,
 * for a base URL the user gave, the reserved ones too). */
static void url_enc(struct bc_buf *b, const char *s, int keep_reserved)
{
  static const char hex[] = "0123456789ABCDEF";
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
        c == '~' || c == '/' ||
        (keep_reserved && c && strchr(":?#[]@!$&'()*+,;=%", c)))
      bc_buf_addc(b, (char)c);
    else
      bc_buf_addf(b, "%%%c%c", hex[c >> 4], hex[c & 15]);
  }
}

int bc_podcast_rfc822(const char *iso, char *out, size_t size)
{
  int y = 0, m = 0, d = 0, k;
  if (!iso || strlen(iso) < 10 || !bc__cal_parse_iso(iso, &y, &m, &d) || !d ||
      y < 1)
    return -1;
  k = snprintf(out, size, "%s, %02d %s %04d 00:00:00 +0000",
               bc__cal_weekday_abbr(bc__cal_weekday(y, m, d)), d,
               bc__cal_month_abbr(m), y);
  return k < 0 || (size_t)k >= size ? -1 : 0;
}

static int is_file(const char *path, off_t *size, time_t *mtime)
{
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
    return 0;
  if (size)
    *size = st.st_size;
  if (mtime)
    *mtime = st.st_mtime;
  return 1;
}

/* Duration from the WAV header (byte rate and data size), else from the
 * MP3's size at its constant bit rate, less the ID3 tag. */
static double duration(const char *wav, const char *mp3, off_t mp3_size)
{
  unsigned char h[44];
  FILE *f;
  if (wav && (f = fopen(wav, "rb")) != NULL) {
    size_t n = fread(h, 1, sizeof h, f);
    fclose(f);
    if (n == 44 && memcmp(h, "RIFF", 4) == 0 &&
        memcmp(h + 36, "data", 4) == 0) {
      unsigned long rate = h[28] | h[29] << 8 | (unsigned long)h[30] << 16 |
                           (unsigned long)h[31] << 24;
      unsigned long data = h[40] | h[41] << 8 | (unsigned long)h[42] << 16 |
                           (unsigned long)h[43] << 24;
      if (rate)
        return (double)data / (double)rate;
    }
  }
  if (mp3 && (f = fopen(mp3, "rb")) != NULL) {
    size_t n = fread(h, 1, 10, f);
    long tag = 0;
    fclose(f);
    if (n == 10 && memcmp(h, "ID3", 3) == 0)
      tag = 10 + ((long)(h[6] & 0x7f) << 21 | (long)(h[7] & 0x7f) << 14 |
                  (long)(h[8] & 0x7f) << 7 | (long)(h[9] & 0x7f));
    if (mp3_size > tag)
      return (double)(mp3_size - tag) * 8 / (MP3_KBPS * 1000.0);
  }
  return 0;
}

struct ep {
  char *rel; /* "" for dir itself, else the subdirectory name */
};

static int by_name(const void *a, const void *b)
{
  return strcmp(((const struct ep *)a)->rel, ((const struct ep *)b)->rel);
}

static bc_status item(struct bc_buf *b, const char *dir, const char *rel,
                      const struct bc_podcast_opts *o, int *added,
                      struct bc_error *err)
{
  char *epdir = NULL, *sj = NULL, *mp3 = NULL, *wav = NULL, *json = NULL;
  struct bc_summary *s = NULL;
  const char *name;
  off_t size = 0, mp3_size = 0;
  time_t mtime = 0;
  size_t len;
  double secs;
  char date[64];
  bc_status rc = BC_OK;
  int has_mp3, has_wav;

  *added = 0;
  epdir = *rel ? bc__fs_join(dir, rel) : bc__strdup(dir);
  if (!epdir)
    goto nomem;
  sj = bc__fs_join(epdir, "summary.json");
  mp3 = bc__fs_join(epdir, "narration.mp3");
  wav = bc__fs_join(epdir, "narration.wav");
  if (!sj || !mp3 || !wav)
    goto nomem;
  has_mp3 = is_file(mp3, &mp3_size, &mtime);
  has_wav = is_file(wav, has_mp3 ? NULL : &size, has_mp3 ? NULL : &mtime);
  if (!is_file(sj, NULL, NULL) || (!has_mp3 && !has_wav))
    goto out; /* not an episode */
  if (has_mp3)
    size = mp3_size;
  rc = bc__fs_read(sj, BC_MAX_JSON_BYTES, &json, &len, err);
  if (rc)
    goto out;
  rc = bc_summary_from_json(json, len, sj, &s, err);
  if (rc)
    goto out;
  name = has_mp3 ? "narration.mp3" : "narration.wav";
  secs = duration(has_wav ? wav : NULL, has_mp3 ? mp3 : NULL, mp3_size);

  bc_buf_adds(b, "    <item>\n      <title>");
  xml(b, *s->title ? s->title : (*rel ? rel : "Episode"));
  bc_buf_adds(b, "</title>\n      <description>");
  xml_html(b, s->tldr);
  if (*s->source.url) {
    bc_buf_adds(b, " Source: ");
    xml_html(b, s->source.url);
  }
  bc_buf_adds(b, "</description>\n");
  if (*s->source.author) {
    bc_buf_adds(b, "      <itunes:author>");
    xml(b, s->source.author);
    bc_buf_adds(b, "</itunes:author>\n");
  }
  bc_buf_adds(b, "      <enclosure url=\"");
  {
    struct bc_buf u = BC_BUF_INIT(BC_MAX_LINE_BYTES);
    if (o->base_url && *o->base_url) {
      url_enc(&u, o->base_url, 1);
      if (o->base_url[strlen(o->base_url) - 1] != '/')
        bc_buf_addc(&u, '/');
    }
    if (*rel) {
      url_enc(&u, rel, 0);
      bc_buf_addc(&u, '/');
    }
    bc_buf_adds(&u, name);
    xml(b, bc_buf_str(&u));
    bc_buf_addf(b, "\" length=\"%lld\" type=\"%s\"/>\n", (long long)size,
                has_mp3 ? "audio/mpeg" : "audio/wav");
    bc_buf_adds(b, "      <guid isPermaLink=\"false\">");
    if (*s->source.sha256)
      xml(b, s->source.sha256);
    else
      xml(b, bc_buf_str(&u));
    bc_buf_adds(b, "</guid>\n");
    bc_buf_release(&u);
  }
  if (bc_podcast_rfc822(s->source.date, date, sizeof date) != 0) {
    struct tm tm;
    gmtime_r(&mtime, &tm);
    strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  }
  bc_buf_addf(b, "      <pubDate>%s</pubDate>\n", date);
  {
    long t = (long)(secs + 0.5);
    bc_buf_addf(b,
                "      <itunes:duration>%02ld:%02ld:%02ld</itunes:duration>\n",
                t / 3600, (t / 60) % 60, t % 60);
  }
  bc_buf_adds(b, "      <itunes:explicit>false</itunes:explicit>\n"
                 "    </item>\n");
  *added = 1;
  goto out;
nomem:
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  bc_summary_free(s);
  free(json);
  free(epdir);
  free(sj);
  free(mp3);
  free(wav);
  return rc;
}

bc_status bc_podcast_feed(const char *dir, const struct bc_podcast_opts *opts,
                          size_t *n_items, struct bc_error *err)
{
  struct bc_podcast_opts o = BC_PODCAST_OPTS_INIT;
  struct bc_buf b = BC_BUF_INIT(BC_MAX_JSON_BYTES * 4);
  struct ep *eps = NULL;
  size_t n = 0, cap = 0, items = 0;
  DIR *d;
  struct dirent *de;
  char *path = NULL;
  const char *base;
  bc_status rc = BC_OK;

  if (opts)
    o = *opts;
  if (!dir)
    return bc_error_set(err, BC_ERR_USAGE, "no episode folder");
  d = opendir(dir);
  if (!d)
    return bc_error_set(err, BC_ERR_IO, "cannot read folder '%s'", dir);
  /* the folder itself may be one episode ("" sorts first) */
  eps = bc__calloc(16, sizeof *eps);
  cap = 16;
  if (!eps || !(eps[n++].rel = bc__strdup("")))
    goto nomem;
  while ((de = readdir(d)) != NULL) {
    char *sub;
    struct stat st;
    if (de->d_name[0] == '.')
      continue;
    sub = bc__fs_join(dir, de->d_name);
    if (!sub)
      goto nomem;
    if (stat(sub, &st) != 0 || !S_ISDIR(st.st_mode)) {
      free(sub);
      continue;
    }
    free(sub);
    if (n == cap) {
      struct ep *ne = bc__realloc(eps, cap * 2 * sizeof *ne);
      if (!ne)
        goto nomem;
      eps = ne;
      cap *= 2;
    }
    if (n >= BC_MAX_FEED_ENTRIES) {
      rc = bc_error_set(err, BC_ERR_LIMIT, "more than %d episodes in '%s'",
                        BC_MAX_FEED_ENTRIES, dir);
      goto out;
    }
    if (!(eps[n].rel = bc__strdup(de->d_name)))
      goto nomem;
    n++;
  }
  qsort(eps, n, sizeof *eps, by_name);

  base = strrchr(dir, '/');
  base = base && base[1] ? base + 1 : dir;
  bc_buf_adds(&b,
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<rss version=\"2.0\" "
              "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">\n"
              "  <channel>\n    <title>");
  xml(&b, o.title ? o.title : base);
  bc_buf_adds(&b, "</title>\n    <link>");
  xml(&b, o.base_url && *o.base_url ? o.base_url : "https://localhost/");
  bc_buf_adds(&b, "</link>\n    <description>");
  xml_html(&b, o.description
                   ? o.description
                   : "Briefs of essays and posts, narrated by briefcast.");
  bc_buf_adds(&b, "</description>\n    <language>");
  xml(&b, o.language ? o.language : "en");
  bc_buf_adds(&b, "</language>\n    <generator>briefcast</generator>\n"
                  "    <itunes:author>");
  xml(&b, o.author ? o.author : "briefcast");
  bc_buf_adds(&b, "</itunes:author>\n");
  if (o.image_url) {
    bc_buf_adds(&b, "    <itunes:image href=\"");
    xml(&b, o.image_url);
    bc_buf_adds(&b, "\"/>\n");
  }
  bc_buf_adds(&b, "    <itunes:explicit>false</itunes:explicit>\n"
                  "    <itunes:category text=\"Education\"/>\n");
  for (size_t i = 0; i < n; i++) {
    int added = 0;
    rc = item(&b, dir, eps[i].rel, &o, &added, err);
    if (rc)
      goto out;
    items += (size_t)added;
  }
  bc_buf_adds(&b, "  </channel>\n</rss>\n");
  if (items == 0) {
    rc = bc_error_set(err, BC_ERR_INPUT,
                      "no episode in '%s' (summary.json with narration.mp3 "
                      "or narration.wav)",
                      dir);
    goto out;
  }
  if (bc_buf_status(&b)) {
    rc = bc_error_set(err, bc_buf_status(&b), "cannot build the feed for '%s'",
                      dir);
    goto out;
  }
  path = bc__fs_join(dir, "feed.xml");
  if (!path)
    goto nomem;
  rc = bc__fs_write_atomic(path, b.ptr, b.len, err);
  if (!rc && n_items)
    *n_items = items;
  goto out;
nomem:
  rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
out:
  closedir(d);
  for (size_t i = 0; i < n; i++)
    free(eps[i].rel);
  free(eps);
  free(path);
  bc_buf_release(&b);
  return rc;
}
