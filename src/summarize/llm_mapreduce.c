/* llm_mapreduce.c - a document to one summary: the prompt placeholders,
 * the token budget of a request, chunking a long document and mapping the
 * chunks concurrently, then merging the partial summaries level by level,
 * and the plan of all that for --dry-run.  The plan and the run share
 * every decision (budget, chunks, the shape of the merge), so the plan
 * counts exactly the requests the run sends. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefcast/limits.h"
#include "summarize/llm.h"
#include "util/alloc.h"
#include "util/json.h"
#include "util/utf8.h"

#define FACTS_MAX_BYTES ((size_t)24 * 1024)

/* A part's line in a merge prompt: at most PART_MAX_BYTES (a part's
 * summary without slides and narration is about that), and the merge is
 * planned so each part gets at least PART_MIN_BYTES (its title, tl;dr and
 * a couple of key points with their quotes). */
#define PART_MAX_BYTES ((size_t)6144)
#define PART_MIN_BYTES ((size_t)1536)
/* Strings longer than this are cut when a part must shrink to its share. */
#define PART_STRING_BYTES ((size_t)320)

/* ---- prompts ------------------------------------------------------------ */

void bc__llm_vars_init(struct bc__llm_var v[BC__V_COUNT],
                       const struct bc_doc *doc,
                       const struct bc_summarize_opts *o, const char *facts,
                       char *length_buf)
{
  static const char *const names[BC__V_COUNT] = {
      "title",       "author",  "date",     "source",   "length",
      "audience",    "facts",   "text",     "part",     "parts",
      "parts_total", "summary", "findings", "excerpts", "error"};
  for (int i = 0; i < BC__V_COUNT; i++) {
    v[i].name = names[i];
    v[i].value = "";
  }
  v[BC__V_TITLE].value = doc->title && *doc->title ? doc->title : "(untitled)";
  v[BC__V_AUTHOR].value =
      doc->author && *doc->author ? doc->author : "(unknown)";
  v[BC__V_DATE].value = doc->date && *doc->date ? doc->date : "(unknown)";
  v[BC__V_SOURCE].value = doc->url ? doc->url : doc->source ? doc->source : "";
  v[BC__V_LENGTH].value = bc__llm_length_budget(
      o ? o->length : BC_LENGTH_MEDIUM, o ? o->minutes : 0, length_buf,
      length_buf ? BC__LLM_LENGTH_BYTES : 0);
  v[BC__V_AUDIENCE].value = o && o->audience && *o->audience
                                ? o->audience
                                : "a general reader who has not read the "
                                  "source";
  v[BC__V_FACTS].value = facts;
}

bc_status bc__llm_render_tpl(const struct bc__llm *llm, enum bc__llm_tpl which,
                             const struct bc__llm_var v[BC__V_COUNT],
                             char **out, size_t *len, struct bc_error *err)
{
  struct bc_buf b = BC_BUF_INIT(BC_MAX_PROMPT_BYTES);
  bc_status rc =
      bc__llm_render(llm->tpl.text[which], bc__llm_template_name(which), v,
                     BC__V_COUNT, &b, err);
  if (rc)
    return rc;
  *out = bc_buf_take(&b, len);
  if (!*out)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  return BC_OK;
}

char *bc__llm_facts_for(const struct bc_doc *doc, const struct bc_facts *facts,
                        size_t start, size_t end)
{
  struct bc_buf b = BC_BUF_INIT(FACTS_MAX_BYTES + 256);
  if (bc__llm_facts_text(doc, facts, start, end, FACTS_MAX_BYTES, &b)) {
    bc_buf_release(&b);
    return NULL;
  }
  return bc_buf_take(&b, NULL);
}

/* ---- a part as one line of the merge prompt ------------------------- */

static cJSON *part_object(const struct bc_summary *s)
{
  cJSON *o = cJSON_CreateObject(), *arr, *it, *ev, *q;
  size_t i, j;
  if (!o)
    return NULL;
  if (!bc__json_add_str(o, "title", s->title) ||
      !bc__json_add_str(o, "tldr", s->tldr))
    goto fail;
  if (!(arr = cJSON_AddArrayToObject(o, "key_points")))
    goto fail;
  for (i = 0; i < s->n_key_points; i++) {
    if (!(it = cJSON_CreateObject()))
      goto fail;
    cJSON_AddItemToArray(arr, it);
    if (!bc__json_add_str(it, "text", s->key_points[i].text) ||
        !(ev = cJSON_AddArrayToObject(it, "evidence")))
      goto fail;
    for (j = 0; j < s->key_points[i].n_evidence; j++) {
      if (!(q = cJSON_CreateObject()))
        goto fail;
      cJSON_AddItemToArray(ev, q);
      if (!bc__json_add_size(q, "start", 0) ||
          !bc__json_add_size(q, "end", 0) ||
          !bc__json_add_str(q, "quote", s->key_points[i].evidence[j].quote))
        goto fail;
    }
  }
  if (!(arr = cJSON_AddArrayToObject(o, "sections")))
    goto fail;
  for (i = 0; i < s->n_sections; i++) {
    if (!(it = cJSON_CreateObject()))
      goto fail;
    cJSON_AddItemToArray(arr, it);
    if (!bc__json_add_str(it, "heading", s->sections[i].heading) ||
        !bc__json_add_str(it, "summary", s->sections[i].summary))
      goto fail;
  }
  if (!(arr = cJSON_AddArrayToObject(o, "timeline")))
    goto fail;
  for (i = 0; i < s->n_timeline; i++) {
    if (!(it = cJSON_CreateObject()))
      goto fail;
    cJSON_AddItemToArray(arr, it);
    if (!bc__json_add_str(it, "date", s->timeline[i].date) ||
        !bc__json_add_str(it, "iso", s->timeline[i].iso) ||
        !bc__json_add_str(it, "event", s->timeline[i].event))
      goto fail;
  }
  if (!(arr = cJSON_AddArrayToObject(o, "glossary")))
    goto fail;
  for (i = 0; i < s->n_glossary; i++) {
    if (!(it = cJSON_CreateObject()))
      goto fail;
    cJSON_AddItemToArray(arr, it);
    if (!bc__json_add_str(it, "term", s->glossary[i].term) ||
        !bc__json_add_str(it, "definition", s->glossary[i].definition))
      goto fail;
  }
  if (!(arr = cJSON_AddArrayToObject(o, "quotes")))
    goto fail;
  for (i = 0; i < s->n_quotes; i++) {
    if (!(it = cJSON_CreateObject()))
      goto fail;
    cJSON_AddItemToArray(arr, it);
    if (!bc__json_add_str(it, "text", s->quotes[i].text) ||
        !bc__json_add_str(it, "speaker", s->quotes[i].speaker))
      goto fail;
  }
  return o;
fail:
  cJSON_Delete(o);
  return NULL;
}

/* Cut every string under node longer than PART_STRING_BYTES (at a
 * character boundary).  0, or -1 when out of memory. */
static int cut_strings(cJSON *node)
{
  cJSON *c;
  for (c = node ? node->child : NULL; c; c = c->next) {
    if (cJSON_IsString(c) && strlen(c->valuestring) > PART_STRING_BYTES) {
      size_t n = bc__utf8_floor(c->valuestring, PART_STRING_BYTES);
      c->valuestring[n] = '\0';
    } else if ((cJSON_IsObject(c) || cJSON_IsArray(c)) && cut_strings(c))
      return -1;
  }
  return 0;
}

/* Drop one item to make a part smaller: the least needed first (quotes,
 * glossary, timeline, sections, key points after the first, the evidence
 * of the first), last the long strings.  0 when something went, 1 when
 * nothing is left to drop. */
static int shrink(cJSON *o, int *strings_cut)
{
  static const char *const lists[] = {"quotes", "glossary", "timeline",
                                      "sections"};
  cJSON *arr, *kp;
  for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
    arr = cJSON_GetObjectItemCaseSensitive(o, lists[i]);
    if (cJSON_GetArraySize(arr) > 0) {
      cJSON_DeleteItemFromArray(arr, cJSON_GetArraySize(arr) - 1);
      return 0;
    }
  }
  arr = cJSON_GetObjectItemCaseSensitive(o, "key_points");
  if (cJSON_GetArraySize(arr) > 1) {
    cJSON_DeleteItemFromArray(arr, cJSON_GetArraySize(arr) - 1);
    return 0;
  }
  kp = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(arr, 0), "evidence");
  if (cJSON_GetArraySize(kp) > 0) {
    cJSON_DeleteItemFromArray(kp, cJSON_GetArraySize(kp) - 1);
    return 0;
  }
  if (!*strings_cut) {
    *strings_cut = 1;
    cut_strings(o);
    return 0;
  }
  return 1;
}

/* A partial summary as one line of compact JSON for the merge prompt: only
 * what the merge needs, and at most max bytes, so that the merge the plan
 * counted is the merge the run sends.  NULL when out of memory. */
static char *part_line(const struct bc_summary *s, size_t max)
{
  cJSON *o = part_object(s);
  char *line = NULL;
  int strings_cut = 0;
  if (!o)
    return NULL;
  for (;;) {
    line = cJSON_PrintUnformatted(o);
    if (!line || strlen(line) <= max)
      break;
    free(line);
    line = NULL;
    if (shrink(o, &strings_cut)) {
      /* Nothing left to drop (max is below PART_MIN_BYTES): as it is. */
      line = cJSON_PrintUnformatted(o);
      break;
    }
  }
  cJSON_Delete(o);
  return line;
}

/* ---- bounded concurrency -------------------------------------------- */

struct pool {
  size_t n, next, done;
  bc_status (*run)(struct pool *p, size_t i, struct bc_error *err);
  void *ctx;
  const struct bc_summarize_opts *opts;
  pthread_mutex_t mu;
  bc_status rc;
  struct bc_error err;
};

static void *worker(void *arg)
{
  struct pool *p = arg;
  for (;;) {
    struct bc_error e = BC_ERROR_INIT;
    size_t i;
    bc_status rc;
    pthread_mutex_lock(&p->mu);
    if (p->rc || p->next >= p->n) {
      pthread_mutex_unlock(&p->mu);
      return NULL;
    }
    i = p->next++;
    pthread_mutex_unlock(&p->mu);
    rc = p->run(p, i, &e);
    pthread_mutex_lock(&p->mu);
    p->done++;
    if (rc && !p->rc) {
      p->rc = rc;
      p->err = e;
    }
    if (p->opts && p->opts->progress)
      p->opts->progress(p->opts->progress_ctx, "summarize", p->done, p->n);
    pthread_mutex_unlock(&p->mu);
  }
}

/* Run p->run for 0..n-1 on at most jobs threads (the caller's included);
 * the first failure stops new work and is returned. */
static bc_status pool_run(struct pool *p, int jobs, struct bc_error *err)
{
  pthread_t th[64];
  size_t started = 0, want, i;
  p->next = p->done = 0;
  p->rc = BC_OK;
  memset(&p->err, 0, sizeof(p->err));
  if (pthread_mutex_init(&p->mu, NULL) != 0)
    return bc_error_set(err, BC_ERR_INTERNAL, "cannot create a mutex");
  want = jobs > 0 ? (size_t)jobs : 1;
  if (want > p->n)
    want = p->n;
  if (want > 64)
    want = 64;
  /* Fewer threads than asked is only slower, never wrong. */
  for (i = 1; i < want; i++)
    if (pthread_create(&th[started], NULL, worker, p) == 0)
      started++;
  worker(p);
  for (i = 0; i < started; i++)
    pthread_join(th[i], NULL);
  pthread_mutex_destroy(&p->mu);
  if (p->rc && err)
    *err = p->err;
  return p->rc;
}

/* ---- the budget of a request ------------------------------------------ */

struct budget {
  size_t answer;   /* tokens for the answer */
  size_t overhead; /* tokens of the prompt around the text */
  size_t text;     /* tokens left for text */
};

static bc_status make_budget(const struct bc__llm *llm,
                             const struct bc_summarize_opts *o,
                             enum bc__llm_tpl which, size_t facts_len,
                             struct budget *b, struct bc_error *err)
{
  size_t over = strlen(llm->tpl.text[BC_TPL_SYSTEM]) +
                strlen(llm->tpl.text[which]) + facts_len + strlen(llm->schema) +
                1024;
  size_t need;
  b->answer = bc__llm_answer_tokens(o ? o->length : BC_LENGTH_MEDIUM);
  b->overhead = bc__llm_tokens(over);
  /* Thinking tokens share the context with the prompt and the answer. */
  need = b->answer + llm->thinking + b->overhead;
  /* Keep a tenth of the context spare: four bytes a token is an estimate. */
  if (llm->context_tokens < need + need / 10 + 256)
    return bc_error_set(err, BC_ERR_USAGE,
                        "--context-tokens %zu leaves no room for the document "
                        "(prompt and answer need about %zu tokens)",
                        llm->context_tokens, need + need / 10 + 256);
  b->text = llm->context_tokens - need - llm->context_tokens / 10;
  return BC_OK;
}

/* ---- the shape of the merge -------------------------------------------- */

/* How n partial summaries become one: each merge request takes up to
 * fan_in parts' lines of at most part_bytes each; when the parts do not
 * fit one merge, runs of fan_in are merged first, level by level (a run of
 * one waits for the next level).  It depends only on n and the budget, so
 * --dry-run and the run agree. */
struct tree {
  size_t fan_in;
  size_t part_bytes;
  size_t merges; /* requests, all levels */
};

static bc_status merge_tree(const struct bc__llm *llm, const struct budget *rb,
                            size_t n, struct tree *t, struct bc_error *err)
{
  size_t cap = rb->text * 4, m; /* bytes of parts one merge prompt holds */
  memset(t, 0, sizeof(*t));
  if (n <= 1)
    return BC_OK;
  if (n * (PART_MIN_BYTES + 1) <= cap)
    t->fan_in = n;
  else
    t->fan_in = cap / (PART_MIN_BYTES + 1);
  if (t->fan_in < 2) {
    /* The context that holds two parts besides the prompt and answer. */
    size_t need = rb->answer + llm->thinking + rb->overhead +
                  bc__llm_tokens(2 * (PART_MIN_BYTES + 1));
    return bc_error_set(err, BC_ERR_USAGE,
                        "--context-tokens %zu is too small to merge the "
                        "summaries of %zu parts (a merge of two needs about "
                        "%zu tokens)",
                        llm->context_tokens, n, need + need / 9 + 1);
  }
  t->part_bytes = cap / t->fan_in - 1;
  if (t->part_bytes > PART_MAX_BYTES)
    t->part_bytes = PART_MAX_BYTES;
  for (m = n; m > t->fan_in; m = (m + t->fan_in - 1) / t->fan_in)
    t->merges += (m + t->fan_in - 1) / t->fan_in - (m % t->fan_in == 1);
  t->merges++;
  return BC_OK;
}

/* ---- summarize: map, then reduce ------------------------------------ */

struct job {
  struct bc__llm *llm;
  const struct bc_doc *doc;
  const struct bc_facts *facts;
  const struct bc_summarize_opts *opts;
  const struct bc_span *chunks;
  size_t n_chunks;
  size_t max_tokens;
  struct bc_summary **parts;
  size_t skipped;
  struct bc_error skip_err;
};

/* The user prompt of chunk i of n: the summarize template over its text
 * and its facts.  The plan renders exactly this too. */
static bc_status map_prompt(const struct bc__llm *llm, const struct bc_doc *doc,
                            const struct bc_facts *facts,
                            const struct bc_summarize_opts *o,
                            struct bc_span sp, size_t i, size_t n, char **user,
                            struct bc_error *err)
{
  struct bc__llm_var v[BC__V_COUNT];
  char *f = bc__llm_facts_for(doc, facts, sp.start, sp.end), part[160];
  char length[BC__LLM_LENGTH_BYTES];
  char *text = bc__strndup(doc->text + sp.start, sp.end - sp.start);
  size_t len;
  bc_status rc;
  if (!f || !text) {
    free(f);
    free(text);
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  }
  bc__llm_vars_init(v, doc, o, f, length);
  v[BC__V_TEXT].value = text;
  if (n > 1) {
    snprintf(part, sizeof(part),
             " (part %zu of %zu of a longer document: summarize this part "
             "only)",
             i + 1, n);
    v[BC__V_PART].value = part;
  }
  rc = bc__llm_render_tpl(llm, BC_TPL_SUMMARIZE, v, user, &len, err);
  free(f);
  free(text);
  return rc;
}

static bc_status map_one(struct pool *p, size_t i, struct bc_error *err)
{
  struct job *j = p->ctx;
  struct bc_span sp = j->chunks[i];
  char *user = NULL, what[48];
  struct bc__llm_ask a;
  bc_status rc;

  rc = map_prompt(j->llm, j->doc, j->facts, j->opts, sp, i, j->n_chunks, &user,
                  err);
  if (rc)
    return rc;
  snprintf(what, sizeof(what), "chunk %zu/%zu", i + 1, j->n_chunks);
  a.user = user;
  a.what = j->n_chunks > 1 ? what : "";
  a.max_tokens = j->max_tokens;
  a.doc = j->doc;
  a.facts = j->facts;
  a.def_span = sp;
  rc = bc__llm_ask(j->llm, &a, &j->parts[i], err);
  if (rc == BC_ERR_SCHEMA && j->n_chunks > 1) {
    /* One unusable chunk does not sink a long document; the ledger says
     * how many chunks made it into the summary. */
    pthread_mutex_lock(&p->mu);
    if (j->skipped++ == 0)
      j->skip_err = *err;
    pthread_mutex_unlock(&p->mu);
    rc = BC_OK;
  }
  free(user);
  return rc;
}

/* One merge: lines[from..to) into one summary. */
static bc_status merge(struct bc__llm *llm, const struct bc_doc *doc,
                       const struct bc_facts *facts,
                       const struct bc_summarize_opts *o, const char *facts_s,
                       char *const *lines, size_t from, size_t to,
                       size_t max_tokens, struct bc_summary **out,
                       struct bc_error *err)
{
  struct bc_buf parts = BC_BUF_INIT(BC_MAX_PROMPT_BYTES);
  struct bc__llm_var v[BC__V_COUNT];
  struct bc_span all = {0, doc->text_len};
  char *user = NULL, cnt[32], length[BC__LLM_LENGTH_BYTES];
  size_t ulen;
  struct bc__llm_ask a;
  bc_status rc;
  for (size_t t = from; t < to; t++) {
    bc_buf_adds(&parts, lines[t]);
    if (t + 1 < to)
      bc_buf_addc(&parts, '\n');
  }
  if (bc_buf_status(&parts))
    return bc_error_set(err, BC_ERR_LIMIT,
                        "the partial summaries of '%s' are too large to merge",
                        doc->source ? doc->source : "document");
  bc__llm_vars_init(v, doc, o, facts_s, length);
  snprintf(cnt, sizeof(cnt), "%zu", to - from);
  v[BC__V_PARTS].value = bc_buf_str(&parts);
  v[BC__V_PARTS_TOTAL].value = cnt;
  rc = bc__llm_render_tpl(llm, BC_TPL_REDUCE, v, &user, &ulen, err);
  bc_buf_release(&parts);
  if (rc)
    return rc;
  a.user = user;
  a.what = "merge";
  a.max_tokens = max_tokens;
  a.doc = doc;
  a.facts = facts;
  a.def_span = all;
  rc = bc__llm_ask(llm, &a, out, err);
  free(user);
  return rc;
}

struct level {
  struct bc__llm *llm;
  const struct bc_doc *doc;
  const struct bc_facts *facts;
  const struct bc_summarize_opts *opts;
  const char *facts_s;
  char **lines;
  size_t n, fan_in, part_bytes;
  char **merged; /* one line per group */
  size_t max_tokens;
};

static bc_status merge_one(struct pool *p, size_t g, struct bc_error *err)
{
  struct level *l = p->ctx;
  struct bc_summary *s = NULL;
  size_t from = g * l->fan_in, to = from + l->fan_in;
  bc_status rc;
  if (to > l->n)
    to = l->n;
  if (to - from == 1) {
    /* A part alone waits for the next level as it is. */
    l->merged[g] = l->lines[from];
    l->lines[from] = NULL;
    return BC_OK;
  }
  rc = merge(l->llm, l->doc, l->facts, l->opts, l->facts_s, l->lines, from, to,
             l->max_tokens, &s, err);
  if (rc)
    return rc;
  l->merged[g] = part_line(s, l->part_bytes);
  bc_summary_free(s);
  if (!l->merged[g])
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  return BC_OK;
}

/* Merge the parts' lines (owned by the caller, freed and replaced here)
 * into one summary, in the shape merge_tree gives for n. */
static bc_status reduce(struct bc__llm *llm, const struct bc_doc *doc,
                        const struct bc_facts *facts,
                        const struct bc_summarize_opts *o, const char *facts_s,
                        const struct budget *rb, const struct tree *t,
                        char **lines, size_t n, struct bc_summary **out,
                        struct bc_error *err)
{
  char **merged = NULL;
  size_t i, groups;
  bc_status rc = BC_OK;
  while (n > t->fan_in) {
    struct level l;
    struct pool pool;
    groups = (n + t->fan_in - 1) / t->fan_in;
    merged = bc__calloc(groups, sizeof(*merged));
    if (!merged)
      return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    memset(&l, 0, sizeof(l));
    l.llm = llm;
    l.doc = doc;
    l.facts = facts;
    l.opts = o;
    l.facts_s = facts_s;
    l.lines = lines;
    l.n = n;
    l.fan_in = t->fan_in;
    l.part_bytes = t->part_bytes;
    l.merged = merged;
    l.max_tokens = rb->answer;
    memset(&pool, 0, sizeof(pool));
    pool.n = groups;
    pool.run = merge_one;
    pool.ctx = &l;
    rc = pool_run(&pool, llm->jobs, err);
    for (i = 0; i < n; i++) {
      free(lines[i]);
      lines[i] = NULL;
    }
    for (i = 0; i < groups; i++)
      lines[i] = merged[i];
    free(merged);
    n = groups;
    if (rc)
      return rc;
  }
  return merge(llm, doc, facts, o, facts_s, lines, 0, n, rb->answer, out, err);
}

/* The chunks of doc for budget b: one span for a document that fits. */
static bc_status chunks_of(const struct bc_doc *doc,
                           const struct bc_facts *facts, const struct budget *b,
                           struct bc_span **chunks, size_t *n,
                           struct bc_error *err)
{
  if (doc->text_len <= b->text * 4) {
    *chunks = bc__malloc(sizeof(**chunks));
    if (!*chunks)
      return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    (*chunks)[0].start = 0;
    (*chunks)[0].end = doc->text_len;
    *n = 1;
    return BC_OK;
  }
  return bc__llm_chunk(doc, facts, b->text * 4, chunks, n, err);
}

bc_status bc__llm_summarize(void *self, const struct bc_doc *doc,
                            const struct bc_facts *facts,
                            const struct bc_summarize_opts *opts,
                            struct bc_summary **out, struct bc_error *err)
{
  struct bc__llm *llm = self;
  struct bc_span *chunks = NULL;
  struct bc_summary **parts = NULL;
  char **lines = NULL, *facts_s = NULL;
  size_t n = 0, i, nl = 0;
  struct budget b, rb;
  struct tree t;
  struct pool pool;
  struct job job;
  bc_status rc;

  if (llm->dry_run)
    return bc_error_set(err, BC_ERR_USAGE,
                        "dry run: nothing is sent to %s (see the plan)",
                        llm->wire->name);
  facts_s = bc__llm_facts_for(doc, facts, 0, doc->text_len);
  if (!facts_s)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  rc = make_budget(llm, opts, BC_TPL_SUMMARIZE, strlen(facts_s), &b, err);
  if (!rc)
    rc = chunks_of(doc, facts, &b, &chunks, &n, err);
  /* A merge that cannot fit fails now, before the chunks are paid for. */
  if (!rc && n > 1)
    rc = make_budget(llm, opts, BC_TPL_REDUCE, strlen(facts_s), &rb, err);
  if (!rc && n > 1)
    rc = merge_tree(llm, &rb, n, &t, err);
  if (rc)
    goto out;
  parts = bc__calloc(n, sizeof(*parts));
  if (!parts) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  memset(&job, 0, sizeof(job));
  job.llm = llm;
  job.doc = doc;
  job.facts = facts;
  job.opts = opts;
  job.chunks = chunks;
  job.n_chunks = n;
  job.max_tokens = b.answer;
  job.parts = parts;
  memset(&pool, 0, sizeof(pool));
  pool.n = n;
  pool.run = map_one;
  pool.ctx = &job;
  pool.opts = opts;
  rc = pool_run(&pool, llm->jobs, err);
  if (rc)
    goto out;
  pthread_mutex_lock(&llm->lock);
  llm->usage.chunks += n;
  llm->usage.chunks_covered += n - job.skipped;
  pthread_mutex_unlock(&llm->lock);
  if (job.skipped == n) {
    if (err)
      *err = job.skip_err;
    rc = job.skip_err.code ? job.skip_err.code : BC_ERR_SCHEMA;
    goto out;
  }
  if (n - job.skipped == 1) {
    /* One part (of a short document, or the one a bad chunk left): it is
     * the summary as it came, with nothing to merge. */
    for (i = 0; !parts[i]; i++)
      ;
    *out = parts[i];
    parts[i] = NULL;
    goto out;
  }
  lines = bc__calloc(n, sizeof(*lines));
  if (!lines) {
    rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
    goto out;
  }
  /* Parts lost to a bad chunk make a smaller tree of the same fan-in. */
  if (job.skipped)
    merge_tree(llm, &rb, n - job.skipped, &t, NULL);
  for (i = 0; i < n; i++) {
    if (!parts[i])
      continue;
    lines[nl] = part_line(parts[i], t.part_bytes);
    bc_summary_free(parts[i]);
    parts[i] = NULL;
    if (!lines[nl++]) {
      rc = bc_error_set(err, BC_ERR_NOMEM, "out of memory");
      goto out;
    }
  }
  rc = reduce(llm, doc, facts, opts, facts_s, &rb, &t, lines, nl, out, err);
out:
  for (i = 0; parts && i < n; i++)
    bc_summary_free(parts[i]);
  free(parts);
  for (i = 0; lines && i < n; i++)
    free(lines[i]);
  free(lines);
  free(chunks);
  free(facts_s);
  return rc;
}

/* ---- the plan ----------------------------------------------------------- */

bc_status bc__llm_plan(void *self, const struct bc_doc *doc,
                       const struct bc_facts *facts,
                       const struct bc_summarize_opts *opts,
                       struct bc_plan *out, struct bc_error *err)
{
  struct bc__llm *llm = self;
  struct bc_span *chunks = NULL;
  struct budget b, rb;
  struct tree t;
  char *facts_s = NULL;
  size_t n = 0, i;
  struct bc_plan plan;
  bc_status rc;

  memset(&plan, 0, sizeof(plan));
  facts_s = bc__llm_facts_for(doc, facts, 0, doc->text_len);
  if (!facts_s)
    return bc_error_set(err, BC_ERR_NOMEM, "out of memory");
  rc = make_budget(llm, opts, BC_TPL_SUMMARIZE, strlen(facts_s), &b, err);
  if (!rc)
    rc = chunks_of(doc, facts, &b, &chunks, &n, err);
  if (!rc && n > 1)
    rc = make_budget(llm, opts, BC_TPL_REDUCE, strlen(facts_s), &rb, err);
  if (!rc && n > 1)
    rc = merge_tree(llm, &rb, n, &t, err);
  if (rc)
    goto out;
  /* Each map request is built exactly as it would be sent, so its size
   * and its cache entry are the real ones. */
  for (i = 0; i < n; i++) {
    struct bc__llm_call call;
    struct bc__llm_answer ans;
    char *user = NULL, key[65];
    rc = map_prompt(llm, doc, facts, opts, chunks[i], i, n, &user, err);
    if (rc)
      goto out;
    memset(&call, 0, sizeof(call));
    rc = llm->wire->build(llm, llm->tpl.text[BC_TPL_SYSTEM], user, b.answer,
                          &call, err);
    free(user);
    if (rc)
      goto out;
    plan.requests++;
    plan.input_tokens += bc__llm_tokens(call.body_len);
    plan.output_tokens += b.answer / 3 + llm->thinking / 2;
    bc__llm_cache_key(llm->wire->name, call.url, llm->model, llm->tpl.version,
                      call.body, call.body_len, key);
    if (llm->cache_dir && !llm->refresh &&
        bc__llm_cache_get(llm->cache_dir, key, &ans)) {
      plan.cached++;
      plan.input_tokens -= bc__llm_tokens(call.body_len);
      plan.output_tokens -= b.answer / 3 + llm->thinking / 2;
      bc__llm_answer_release(&ans);
    }
    bc__llm_call_release(&call);
  }
  if (n > 1) {
    /* Each merge reads at most fan_in parts of part_bytes. */
    plan.requests += t.merges;
    plan.input_tokens +=
        t.merges * (rb.overhead + bc__llm_tokens(t.fan_in * t.part_bytes));
    plan.output_tokens += t.merges * (b.answer / 3 + llm->thinking / 2);
  }
  plan.chunks = n;
  if (llm->price_in >= 0) {
    plan.price_known = 1;
    plan.cost_usd = (double)plan.input_tokens * llm->price_in / 1e6 +
                    (double)plan.output_tokens * llm->price_out / 1e6;
  }
  *out = plan;
out:
  free(chunks);
  free(facts_s);
  return rc;
}
