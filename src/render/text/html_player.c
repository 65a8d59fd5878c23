/* html_player.c - the player of the reader page: the narration (or the
 * video) with its chapters and its transcript as lists of cues read from
 * WebVTT text, each a button that seeks; the page's script highlights the
 * cue being spoken.  It parses only what briefcast's WebVTT writer emits
 * (timings and plain text) and skips anything else. */
#include <string.h>

#include "render/text/html_int.h"

static int has(const char *s)
{
  return s && *s;
}

/* "m:ss" or "h:mm:ss" */
static void clock(struct bc_buf *b, double t)
{
  long s = t > 0 ? (long)(t + 0.5) : 0;
  if (s >= 3600)
    bc_buf_addf(b, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    bc_buf_addf(b, "%ld:%02ld", s / 60, s % 60);
}

/* A WebVTT timestamp ("hh:mm:ss.ttt" or "mm:ss.ttt") at *p; -1 if none. */
static double vtt_time(const char **p)
{
  double parts[3] = {0, 0, 0}, frac = 0, scale = 0.1;
  int n = 0;
  const char *s = *p;
  while (n < 3) {
    double v = 0;
    int digits = 0;
    while (*s >= '0' && *s <= '9' && digits < 9) {
      v = v * 10 + (*s++ - '0');
      digits++;
    }
    if (!digits)
      return -1;
    parts[n++] = v;
    if (*s != ':')
      break;
    s++;
  }
  if (*s != '.' || n < 2)
    return -1;
  for (s++; *s >= '0' && *s <= '9'; s++, scale /= 10)
    frac += (*s - '0') * scale;
  *p = s;
  return n == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] + frac
                : parts[0] * 60 + parts[1] + frac;
}

/* The cues of a WebVTT text as a list of buttons that seek the player. */
static void cue_list(struct bc_buf *b, const char *vtt, const char *cls,
                     const char *id)
{
  const char *p = vtt;
  bc_buf_addf(b, "<ol class=\"%s\"", cls);
  if (id)
    bc_buf_addf(b, " id=\"%s\"", id);
  bc_buf_adds(b, ">\n");
  while (p && *p) {
    const char *eol = strchr(p, '\n'), *arrow;
    size_t len = eol ? (size_t)(eol - p) : strlen(p);
    arrow = strstr(p, "-->");
    if (arrow && arrow < p + len) {
      const char *q = p, *text, *end;
      double t0 = vtt_time(&q), t1;
      q = arrow + 3;
      while (*q == ' ')
        q++;
      t1 = vtt_time(&q);
      text = eol ? eol + 1 : p + len;
      end = strstr(text, "\n\n");
      if (!end)
        end = text + strlen(text);
      if (t0 >= 0 && t1 >= t0) {
        size_t n = (size_t)(end - text);
        while (n && (text[n - 1] == '\n' || text[n - 1] == '\r'))
          n--;
        bc_buf_addf(b, "<li><button type=\"button\" data-t=\"%.3f\"", t0);
        bc_buf_addf(b, " data-e=\"%.3f\"><span class=\"t\">", t1);
        clock(b, t0);
        bc_buf_adds(b, "</span>");
        bc__html_esc_n(b, text, n);
        bc_buf_adds(b, "</button></li>\n");
      }
      p = *end ? end + 2 : end;
      continue;
    }
    p = eol ? eol + 1 : p + len;
  }
  bc_buf_adds(b, "</ol>\n");
}

void bc__html_player(struct bc_buf *b, const struct bc_html_opts *o)
{
  int video = has(o->video_href);
  const char *href = video ? o->video_href : o->audio_href;
  bc_buf_adds(b, "<section class=\"player\" aria-labelledby=\"listen-h\">\n"
                 "<h2 id=\"listen-h\">");
  bc_buf_adds(b, video ? "Watch" : "Listen");
  bc_buf_adds(b, "</h2>\n");
  bc_buf_adds(b, video ? "<video" : "<audio");
  bc_buf_adds(b, " id=\"player\" controls preload=\"metadata\" src=\"");
  bc__html_esc(b, href);
  bc_buf_adds(b, "\">");
  if (has(o->vtt_href)) {
    bc_buf_adds(b, "<track kind=\"captions\" srclang=\"en\" "
                   "label=\"Transcript\" src=\"");
    bc__html_esc(b, o->vtt_href);
    bc_buf_adds(b, "\">");
  }
  bc_buf_adds(b, "Your browser cannot play the <a href=\"");
  bc__html_esc(b, href);
  bc_buf_adds(b, video ? "\">video</a>.</video>\n"
                       : "\">narration</a>.</audio>\n");
  if (video && has(o->audio_href)) {
    bc_buf_adds(b, "<p><a href=\"");
    bc__html_esc(b, o->audio_href);
    bc_buf_adds(b, "\">The narration alone</a></p>\n");
  }
  if (has(o->chapters_vtt)) {
    bc_buf_adds(b, "<h3 id=\"chapters-h\">Chapters</h3>\n"
                   "<nav aria-labelledby=\"chapters-h\">");
    cue_list(b, o->chapters_vtt, "chapters", NULL);
    bc_buf_adds(b, "</nav>\n");
  }
  if (has(o->transcript_vtt)) {
    bc_buf_adds(b, "<h3 id=\"transcript-h\">Transcript</h3>\n"
                   "<div role=\"region\" aria-labelledby=\"transcript-h\">");
    cue_list(b, o->transcript_vtt, "cues", "cues");
    bc_buf_adds(b, "</div>\n");
  }
  bc_buf_adds(b, "</section>\n");
}
