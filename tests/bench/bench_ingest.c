/* bench_ingest.c - prints how fast ingest reads the samples (text and
 * Markdown) and a generated feed of 1,000 entries: milliseconds per input
 * and MB/s, best of several runs.  Figures only; nothing is asserted.
 * usage: bench_ingest [FILE...]   (default: the files in samples/, run from the
 * repository root) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "briefcast/buf.h"
#include "briefcast/doc.h"

static double now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static char *slurp(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  struct bc_buf b = BC_BUF_INIT((size_t)64 << 20);
  char chunk[65536];
  size_t n;
  if (!f)
    return NULL;
  while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
    bc_buf_add(&b, chunk, n);
  fclose(f);
  return bc_buf_take(&b, len);
}

static void bench(const char *label, const char *data, size_t len,
                  const char *name)
{
  double best = 1e30;
  size_t docs = 0, blocks = 0;
  for (int run = 0; run < 7; run++) {
    struct bc_doclist l = BC_DOCLIST_INIT;
    struct bc_error err = BC_ERROR_INIT;
    double t0 = now_ms(), dt;
    if (bc_ingest_memory(data, len, name, NULL, NULL, &l, &err)) {
      printf("%-28s error: %s\n", label, err.msg);
      return;
    }
    dt = now_ms() - t0;
    if (dt < best)
      best = dt;
    docs = l.n;
    blocks = 0;
    for (size_t i = 0; i < l.n; i++)
      blocks += l.docs[i]->n_blocks;
    bc_doclist_release(&l);
  }
  printf("%-28s %9zu bytes %5zu docs %6zu blocks %8.3f ms %8.1f MB/s\n", label,
         len, docs, blocks, best, (double)len / 1e6 / (best / 1e3));
}

static char *make_feed(size_t entries, size_t *len)
{
  struct bc_buf b = BC_BUF_INIT((size_t)64 << 20);
  bc_buf_adds(&b, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" "
                  "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                  "<channel><title>Generated</title>\n");
  for (size_t i = 0; i < entries; i++)
    bc_buf_addf(&b,
                "<item><title>Entry %zu</title><link>https://h/%zu</link>"
                "<pubDate>Mon, 0%zu Jun 2020 10:00:00 +0000</pubDate>"
                "<content:encoded><![CDATA[<p>Paragraph one of entry %zu "
                "says the fleet grew by %zu servers.</p><h2>Details</h2>"
                "<p>Second paragraph with <a href=\"/x\">a link</a> and "
                "<em>emphasis</em>.</p><ul><li>one</li><li>two</li></ul>]]>"
                "</content:encoded></item>\n",
                i, i, i % 9 + 1, i, i * 3);
  bc_buf_adds(&b, "</channel></rss>\n");
  return bc_buf_take(&b, len);
}

int main(int argc, char **argv)
{
  static const char *defaults[] = {
      "samples/short-note.md", "samples/plain-note.txt",
      "samples/dense-facts.md", "samples/long-essay.md"};
  const char *const *files = defaults;
  size_t n = sizeof(defaults) / sizeof(defaults[0]), len;
  char *data;
  if (argc > 1) {
    files = (const char *const *)argv + 1;
    n = (size_t)argc - 1;
  }
  for (size_t i = 0; i < n; i++) {
    const char *base = strrchr(files[i], '/');
    data = slurp(files[i], &len);
    if (!data) {
      printf("%-28s cannot read\n", files[i]);
      continue;
    }
    bench(base ? base + 1 : files[i], data, len, files[i]);
    free(data);
  }
  data = make_feed(1000, &len);
  if (data)
    bench("generated RSS, 1000 entries", data, len, "gen.xml");
  free(data);
  return 0;
}
