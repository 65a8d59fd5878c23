/* fuzz_summary_consumers.c - libFuzzer target for everything that reads a
 * summary.json from elsewhere: the one-page PDF, the slide deck, the audio
 * script and its speech normalization, and the checker.  The input is
 * either a summary.json itself (first byte even) or a recipe (first byte
 * odd) that builds one with sizes near every cap: lists of 0, 1, 1999,
 * 2000 or 2001 entries, strings of 65,534 to 65,537 bytes (libharu's
 * string limit) or 100,000 characters (the narration cap), runs without a
 * space, titles of 200,000 characters, every byte the recipe names.  The
 * summary goes through bc_summary_from_json, as the commands do.  Any
 * input either fails with a documented status (never a rendering failure:
 * every limit has its own error) or renders a PDF that is one.  The
 * checker runs only on summaries of a few kilobytes, so that its own
 * speed is not what this target measures. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include "briefcast/audio.h"
#include "briefcast/buf.h"
#include "briefcast/facts.h"
#include "briefcast/limits.h"
#include "briefcast/pdf.h"
#include "briefcast/render.h"
#include "briefcast/summary.h"
#include "briefcast/validate.h"
#include "render/audio/audio_int.h"
#include "util/alloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char SOURCE[] =
    "# Why We Ship on Tuesdays\n\n"
    "In March 2024 we switched to a fixed weekly release train that leaves "
    "every Tuesday at 10:00. The Change Failure Rate (CFR) fell from 18% to "
    "7% in six months, and 40 engineers now ship without a meeting.\n";

static struct bc_doc *doc;
static struct bc_facts *facts;

/* The recipe: bytes taken one at a time, zero when used up. */
struct recipe {
  const uint8_t *p;
  size_t n;
};

static unsigned byte(struct recipe *r)
{
  if (!r->n)
    return 0;
  r->n--;
  return *r->p++;
}

/* A count: mostly small, sometimes at the list cap or just past it. */
static size_t count(struct recipe *r)
{
  static const size_t at[] = {0,
                              1,
                              2,
                              3,
                              7,
                              BC_MAX_SUMMARY_ITEMS - 1,
                              BC_MAX_SUMMARY_ITEMS,
                              BC_MAX_SUMMARY_ITEMS + 1};
  unsigned b = byte(r);
  return b < 224 ? b % 6 : at[b % (sizeof at / sizeof at[0])];
}

/* A string: short text from the recipe, or one of the sizes that meet a
 * limit, of one character the recipe picks (a run without a space) or of
 * words. */
static char *text(struct recipe *r)
{
  static const size_t at[] = {65534,
                              65535,
                              65536,
                              65537,
                              BC_MAX_NARRATION_CHARS,
                              BC_MAX_NARRATION_CHARS + 1,
                              200000};
  struct bc_buf b = BC_BUF_INIT((size_t)1 << 22);
  unsigned kind = byte(r);
  if (kind < 200) {
    size_t n = byte(r) % 48;
    for (size_t i = 0; i < n; i++) {
      unsigned c = byte(r);
      bc_buf_addc(&b, c ? (char)c : ' ');
    }
  } else {
    size_t n = at[kind % (sizeof at / sizeof at[0])];
    unsigned c = byte(r);
    int words = kind & 1;
    if (c < 0x20 || c > 0x7e)
      c = 'W'; /* a single byte that is valid UTF-8 on its own */
    for (size_t i = 0; i < n; i++)
      bc_buf_addc(&b, words && i % 7 == 6 ? ' ' : (char)c);
  }
  return bc_buf_take(&b, NULL);
}

static struct bc_summary *build(struct recipe *r)
{
  struct bc_summary *s = bc_summary_new();
  size_t n;
  if (!s)
    return NULL;
  s->title = text(r);
  s->source.title = bc__strdup("Why We Ship on Tuesdays");
  s->source.author = text(r);
  s->source.date = bc__strdup("2025-09-10");
  s->source.url = text(r);
  s->source.sha256 = bc__strdup("0");
  s->provider = bc__strdup("local");
  s->tldr = text(r);
#define LIST(field, nfield)                                                    \
  n = count(r);                                                                \
  s->field = bc__calloc(n + 1, sizeof *s->field);                              \
  if (!s->field)                                                               \
    goto fail;                                                                 \
  s->nfield = n
  LIST(key_points, n_key_points);
  for (size_t i = 0; i < n; i++)
    s->key_points[i].text = text(r);
  LIST(sections, n_sections);
  for (size_t i = 0; i < n; i++) {
    s->sections[i].heading = text(r);
    s->sections[i].summary = text(r);
  }
  LIST(timeline, n_timeline);
  for (size_t i = 0; i < n; i++) {
    s->timeline[i].date = text(r);
    s->timeline[i].iso = bc__strdup("2024-03");
    s->timeline[i].event = text(r);
  }
  LIST(glossary, n_glossary);
  for (size_t i = 0; i < n; i++) {
    s->glossary[i].term = text(r);
    s->glossary[i].definition = text(r);
  }
  LIST(quotes, n_quotes);
  for (size_t i = 0; i < n; i++) {
    s->quotes[i].text = text(r);
    s->quotes[i].speaker = text(r);
  }
  LIST(slides, n_slides);
  for (size_t i = 0; i < n; i++) {
    size_t k = count(r) % 12;
    s->slides[i].title = text(r);
    s->slides[i].notes = text(r);
    s->slides[i].bullets = bc__calloc(k + 1, sizeof(char *));
    if (!s->slides[i].bullets)
      goto fail;
    s->slides[i].n_bullets = k;
    for (size_t j = 0; j < k; j++)
      s->slides[i].bullets[j] = text(r);
  }
  LIST(narration, n_narration);
  for (size_t i = 0; i < n; i++) {
    s->narration[i].speaker = bc__strdup(i % 2 ? "host" : "guest");
    s->narration[i].text = text(r);
  }
#undef LIST
  return s;
fail:
  bc_summary_free(s);
  return NULL;
}

/* The statuses a consumer may end with; anything else is a bug here. */
static void allowed(bc_status rc, const char *what)
{
  if (rc == BC_OK || rc == BC_ERR_NOMEM || rc == BC_ERR_LIMIT ||
      rc == BC_ERR_INPUT || rc == BC_ERR_USAGE)
    return;
  fprintf(stderr, "%s ended with %s\n", what, bc_strerror(rc));
  abort();
}

static void init(void)
{
  struct bc_doclist l = BC_DOCLIST_INIT;
  struct bc_error err = BC_ERROR_INIT;
  int null;
  if (doc)
    return;
  /* The PDFs go to "-", standard output, here /dev/null: no disk, no
   * fsync, and the same code as a file up to the last write. */
  null = open("/dev/null", O_WRONLY);
  if (null < 0 || dup2(null, 1) < 0)
    abort();
  close(null);
  if (bc_ingest_memory(SOURCE, sizeof SOURCE - 1, "source.md", NULL, NULL, &l,
                       &err) ||
      l.n < 1)
    abort();
  doc = l.docs[0];
  l.docs[0] = NULL;
  bc_doclist_release(&l);
  if (bc_facts_analyze(doc, &facts, &err))
    abort();
}

static void consume(const struct bc_summary *s, size_t json_len)
{
  struct bc_pdf_opts po = BC_PDF_OPTS_INIT;
  struct bc_error err = BC_ERROR_INIT;
  struct bc__script sc = {NULL, 0, 0, 0};
  bc_status rc;
  po.created = 0;
  allowed(bc_pdf_brief(s, NULL, &po, "-", &err), "the brief");
  allowed(bc_pdf_slides(s, NULL, &po, "-", &err), "the deck");
  /* Audio up to synthesis: the script (both ways it is made) and each
   * turn as flite would get it, unless the narration is over its cap. */
  for (int style = 0; style < 2; style++) {
    size_t chars = 0;
    rc = bc__script_build(s, style ? "deep-dive" : NULL, 0, &sc, &err);
    allowed(rc, "the script");
    for (size_t i = 0; !rc && i < sc.n; i++)
      chars += strlen(sc.seg[i].text);
    for (size_t i = 0; !rc && chars <= BC_MAX_NARRATION_CHARS && i < sc.n;
         i++) {
      char *said = NULL;
      rc = bc_speech_normalize(sc.seg[i].text, NULL, &said, &err);
      allowed(rc, "speech normalization");
      free(said);
    }
    bc__script_release(&sc);
  }
  if (json_len < 8192) {
    struct bc_report *rep = NULL;
    struct bc_html_opts ho = BC_HTML_OPTS_INIT;
    char *page;
    allowed(bc_validate_summary(doc, facts, s, NULL, &rep, &err), "the check");
    /* The reader page: the summary's spans (any values) marked in the
     * source, the findings in place, the tl;dr read as a WebVTT text. */
    ho.doc = doc;
    ho.audio_href = "narration.mp3";
    ho.transcript_vtt = s->tldr;
    ho.chapters_vtt = "WEBVTT\n\n1\n00:00.000 --> 00:01.500\nOne\n";
    page = bc_render_reader(s, rep, &ho);
    if (!page)
      abort(); /* NULL only on out-of-memory */
    free(page);
    bc_report_free(rep);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct bc_summary *s = NULL, *parsed = NULL;
  struct bc_error err = BC_ERROR_INIT;
  char *json = NULL;
  size_t len;
  bc_status rc;
  init();
  if (size && (data[0] & 1)) {
    struct recipe r = {data + 1, size - 1};
    s = build(&r);
    json = s ? bc_summary_to_json(s) : NULL;
    bc_summary_free(s);
    if (!json)
      return 0;
    len = strlen(json);
  } else {
    json = malloc(size ? size : 1);
    if (!json)
      return 0;
    memcpy(json, data + (size ? 1 : 0), size ? size - 1 : 0);
    len = size ? size - 1 : 0;
  }
  rc = bc_summary_from_json(json, len, "fuzz.json", &parsed, &err);
  if (rc) {
    if (parsed ||
        (rc != BC_ERR_PARSE && rc != BC_ERR_SCHEMA && rc != BC_ERR_LIMIT &&
         rc != BC_ERR_ENCODING && rc != BC_ERR_NOMEM))
      abort();
  } else {
    consume(parsed, len);
  }
  bc_summary_free(parsed);
  free(json);
  return 0;
}
