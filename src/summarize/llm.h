/* llm.h - the machinery the LLM providers share: prompt templates, request
 * budgets and chunking, the map-reduce driver, the schema-retry and repair
 * rounds, evidence matching, the answer cache and the usage ledger.  A
 * provider file (openai.c, anthropic.c, gemini.c) only knows its wire
 * format: how to build one request, read one answer and its stop reason,
 * and how much the model may think.  The driver is llm.c (life cycle,
 * ledger, timeouts), llm_ask.c (one request), llm_mapreduce.c (chunks,
 * merges, the plan) and llm_repair.c. */
#ifndef BC_SUMMARIZE_LLM_H
#define BC_SUMMARIZE_LLM_H

#include <pthread.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "briefcast/buf.h"
#include "briefcast/provider.h"
#include "briefcast/report.h"
#include "summarize/provider_ops.h"

struct bc__llm;
struct bc__http_client;

/* One HTTP request as a wire builds it.  All owned. */
struct bc__llm_call {
  char *url;
  char *headers[8]; /* NULL-terminated "Name: value" lines */
  char *body;
  size_t body_len;
};

/* How a model's turn ended, as a wire reads the API's stop reason.  Each
 * API documents its own list (OpenAI finish_reason, Anthropic stop_reason,
 * Gemini finishReason and blockReason); every documented value maps to one
 * of these, and only an answer the model finished is read as a summary. */
enum bc__llm_stop {
  BC__LLM_ANSWERED = 0, /* the model finished; text holds its answer */
  BC__LLM_CUT,          /* stopped at the output token limit */
  BC__LLM_DECLINED,     /* the model refused; refusal holds its words */
  BC__LLM_BLOCKED,      /* a safety or policy filter withheld the answer */
  BC__LLM_NO_ANSWER     /* stopped for another reason, with no answer */
};

/* What a wire reads from a 200 answer. */
struct bc__llm_answer {
  char *text; /* the summary JSON as the model wrote it; owned; NULL if none */
  size_t input_tokens;    /* every prompt token, cached ones included */
  size_t output_tokens;   /* every billed output token, thinking included */
  size_t thinking_tokens; /* of output_tokens, those spent thinking */
  enum bc__llm_stop stop;
  char reason[64]; /* the API's field and value: "finish_reason length" */
  const char *why; /* what that reason means, for messages; static */
  char *refusal;   /* the model's words when it declined; owned */
};

/* A provider's wire format. */
struct bc__llm_wire {
  const char *name; /* "openai" */
  const char *default_model;
  const char *default_base; /* without a trailing slash */
  const char *key_env;      /* "OPENAI_API_KEY", for messages */
  int key_required;         /* 1 always; 2 only for the default base URL
                               (local servers may need no key) */
  size_t default_context;   /* tokens */
  /* Turn the summary schema (a parsed copy the wire may rewrite in place)
   * into what the API accepts. */
  bc_status (*schema)(cJSON *schema, struct bc_error *err);
  /* Output tokens model may spend thinking before it answers, on top of
   * the answer's budget (0 when the wire turns thinking off).  The
   * request, the context budget and the timeout all make room for them. */
  size_t (*thinking)(const char *model);
  /* Build one request whose answer may take max_tokens (thinking not
   * included). */
  bc_status (*build)(const struct bc__llm *llm, const char *system,
                     const char *user, size_t max_tokens,
                     struct bc__llm_call *call, struct bc_error *err);
  /* Read a 200 answer.  BC_ERR_PROVIDER when it is not the API's shape. */
  bc_status (*parse)(const char *body, size_t len, struct bc__llm_answer *out,
                     struct bc_error *err);
};

extern const struct bc__llm_wire bc__wire_openai;
extern const struct bc__llm_wire bc__wire_anthropic;
extern const struct bc__llm_wire bc__wire_gemini;

/* The provider tables (provider_ops.h) are defined in llm.c, one per wire:
 * every LLM provider is llm.c's machinery driven by its own wire format. */

/* Prompt templates (llm_prompt.c). */
enum bc__llm_tpl {
  BC_TPL_SYSTEM,
  BC_TPL_SUMMARIZE,
  BC_TPL_REDUCE,
  BC_TPL_REPAIR,
  BC_TPL_RETRY,
  BC_TPL_COUNT
};

struct bc__llm_templates {
  char *text[BC_TPL_COUNT];
  char version[17]; /* first 16 hex of the sha256 of all templates */
};

/* Load every template from dir (when it has the file) or the embedded
 * copy.  Errors: BC_ERR_IO for an unreadable override. */
bc_status bc__llm_templates_load(const char *dir, struct bc__llm_templates *t,
                                 struct bc_error *err);
void bc__llm_templates_release(struct bc__llm_templates *t);
const char *bc__llm_template_name(enum bc__llm_tpl which);

/* A placeholder value for rendering. */
struct bc__llm_var {
  const char *name; /* without braces */
  const char *value;
};

/* Render tpl, replacing {{name}} by its value.  An unknown placeholder is
 * BC_ERR_USAGE naming the template, so an edited prompt fails loudly. */
bc_status bc__llm_render(const char *tpl, const char *tpl_name,
                         const struct bc__llm_var *vars, size_t n_vars,
                         struct bc_buf *out, struct bc_error *err);

/* The fact sheet as prompt text: dates with their ISO values, acronym
 * definitions, numbers and names; facts outside [start, end) are left out
 * except acronym definitions, which hold for the whole document.  At most
 * max_bytes. */
bc_status bc__llm_facts_text(const struct bc_doc *doc,
                             const struct bc_facts *facts, size_t start,
                             size_t end, size_t max_bytes, struct bc_buf *out);

/* Guidance text for a length. */
const char *bc__llm_length_text(enum bc_length length);
/* The length's guidance, with the narration's word budget when minutes
 * (--minutes) is above 0, written into buf (cap bytes, at least
 * BC__LLM_LENGTH_BYTES); returns buf, or the length's text alone. */
#define BC__LLM_LENGTH_BYTES 1024
const char *bc__llm_length_budget(enum bc_length length, double minutes,
                                  char *buf, size_t cap);
/* Answer budget in tokens for a length. */
size_t bc__llm_answer_tokens(enum bc_length length);

/* Token estimate of text: about four bytes per token. */
size_t bc__llm_tokens(size_t bytes);

/* Chunking (llm_chunk.c): split doc into spans of at most max_bytes at
 * block boundaries (sections first, then paragraphs, then sentences, then
 * spaces).  The spans cover all text of all blocks in order. */
bc_status bc__llm_chunk(const struct bc_doc *doc, const struct bc_facts *facts,
                        size_t max_bytes, struct bc_span **out, size_t *n,
                        struct bc_error *err);

/* Evidence (llm_evidence.c): find quote in text, preferring [lo, hi);
 * exact first, then ignoring case, whitespace runs, curly quotes and
 * dashes.  Returns 1 and sets *span when found. */
int bc__llm_locate(const char *text, size_t len, const char *quote, size_t lo,
                   size_t hi, struct bc_span *span);

/* Recompute every span of s from doc->text: evidence and quotes that are
 * not in the source are dropped (counted in *dropped); timeline dates and
 * glossary terms are located; sections get their heading's block or
 * def_span.  Also sets source metadata and provider from doc and label. */
bc_status bc__llm_ground(struct bc_summary *s, const struct bc_doc *doc,
                         const struct bc_facts *facts, struct bc_span def_span,
                         const char *label, size_t *dropped,
                         struct bc_error *err);

/* Cache (llm_cache.c): answers on disk under dir, by hex key. */
/* The key covers the request's URL (the server: the same model name on
 * two servers is two models) as well as what is sent. */
void bc__llm_cache_key(const char *provider, const char *url, const char *model,
                       const char *tpl_version, const char *body, size_t len,
                       char hex[65]);
/* 1 and *ans filled on a hit; 0 on a miss or an unreadable entry. */
int bc__llm_cache_get(const char *dir, const char *key,
                      struct bc__llm_answer *ans);
bc_status bc__llm_cache_put(const char *dir, const char *key,
                            const struct bc__llm_answer *ans,
                            struct bc_error *err);

/* Prices (llm_cache.c): USD per million tokens for provider/model from the
 * tsv text; 0 when found, -1 when the table has no row. */
int bc__llm_price(const char *tsv, const char *provider, const char *model,
                  double *in_per_m, double *out_per_m);

/* Schema rewriting (llm_schema.c), on a parsed copy of the summary schema:
 * inline every "#/$defs/x" reference and drop $defs, $schema and $id,
 * turn "const" into a one-value "enum", and drop the keywords listed in
 * drop (NULL-terminated, may be NULL).  upper_types writes Gemini's
 * "STRING"/"OBJECT" type names and adds propertyOrdering. */
bc_status bc__llm_schema_rewrite(cJSON *schema, const char *const *drop,
                                 int upper_types, struct bc_error *err);

void bc__llm_call_release(struct bc__llm_call *c);
void bc__llm_answer_release(struct bc__llm_answer *a);

/* Add the number under key in obj (absent or odd: nothing) to *n. */
void bc__llm_add_count(const cJSON *obj, const char *key, size_t *n);

/* Set a's stop reason: field and value (value NULL: "none") and what it
 * means. */
void bc__llm_set_stop(struct bc__llm_answer *a, enum bc__llm_stop stop,
                      const char *field, const char *value, const char *why);

/* Finish a call a wire has built: root printed as the body, url taken
 * over, then "Content-Type: application/json" and the NULL-terminated
 * name/value pairs as headers.  0, or -1 when out of memory (call then
 * holds what it got; the wire releases it). */
int bc__llm_call_finish(struct bc__llm_call *call, const cJSON *root,
                        struct bc_buf *url, const char *const *pairs);

/* The shared provider state. */
struct bc__llm {
  const struct bc__llm_wire *wire;
  char *model;
  char *base;
  char *key;
  char *cache_dir;
  char *label; /* "openai:gpt-6-luna" */
  int refresh;
  int dry_run;
  int jobs;
  int max_attempts;
  int retries;     /* resends of an unanswered request (--retries) */
  long timeout_ms; /* the user's fixed timeout, or 0 to scale */
  long backoff_ms;
  size_t context_tokens;
  size_t thinking; /* the wire's thinking allowance for this model */
  char *schema;    /* the wire's schema, printed once */
  struct bc__llm_templates tpl;
  double price_in, price_out;   /* per million tokens; < 0 unknown */
  struct bc__http_client *http; /* connections shared by all requests */
  pthread_mutex_t lock;         /* guards usage */
  struct bc_usage usage;
};

/* Helpers for wires: "Name: value" header, the API's own error message
 * from an error body ("" when none; caller frees). */
char *bc__llm_header(const char *name, const char *value);
char *bc__llm_api_message(const char *body, size_t len);

/* ---- the driver's parts, shared by llm*.c ------------------------------ */

/* Replace every copy of secret in s by asterisks. */
void bc__llm_scrub(char *s, const char *secret);

/* Add to the usage ledger (thread-safe). */
void bc__llm_add_usage(struct bc__llm *llm, size_t requests, size_t hits,
                       const struct bc__llm_answer *ans, size_t dropped);

/* The timeout of a request whose answer may take max_tokens (thinking
 * comes on top): the user's --timeout, else long enough for the whole
 * generation at the slowest rate the SDKs plan for, and never less than
 * their ten-minute default. */
long bc__llm_timeout_ms(const struct bc__llm *llm, size_t max_tokens);

/* One summary request (llm_ask.c). */
struct bc__llm_ask {
  const char *user; /* the rendered user prompt */
  const char *what; /* "chunk 3/40" for messages, or "" */
  size_t max_tokens;
  const struct bc_doc *doc;
  const struct bc_facts *facts;
  struct bc_span def_span; /* where the evidence should be */
};

/* Ask for a summary and ground it in the source.  An answer that is not
 * JSON or breaks the schema gets one retry whose prompt says what was
 * wrong; a model that stopped without an answer (cut, declined, blocked,
 * any other documented reason) is BC_ERR_PROVIDER naming the reason, with
 * no second request. */
bc_status bc__llm_ask(struct bc__llm *llm, const struct bc__llm_ask *a,
                      struct bc_summary **out, struct bc_error *err);

/* Prompt placeholders (llm_mapreduce.c): every template may use every
 * one; those a template has no use for render empty. */
enum {
  BC__V_TITLE,
  BC__V_AUTHOR,
  BC__V_DATE,
  BC__V_SOURCE,
  BC__V_LENGTH,
  BC__V_AUDIENCE,
  BC__V_FACTS,
  BC__V_TEXT,
  BC__V_PART,
  BC__V_PARTS,
  BC__V_PARTS_TOTAL,
  BC__V_SUMMARY,
  BC__V_FINDINGS,
  BC__V_EXCERPTS,
  BC__V_ERROR,
  BC__V_COUNT
};
/* length_buf (BC__LLM_LENGTH_BYTES, may be NULL) holds the length's
 * guidance with the word budget of o->minutes. */
void bc__llm_vars_init(struct bc__llm_var v[BC__V_COUNT],
                       const struct bc_doc *doc,
                       const struct bc_summarize_opts *o, const char *facts,
                       char *length_buf);
/* Render template which with v into *out (owned). */
bc_status bc__llm_render_tpl(const struct bc__llm *llm, enum bc__llm_tpl which,
                             const struct bc__llm_var v[BC__V_COUNT],
                             char **out, size_t *len, struct bc_error *err);
/* The fact sheet of [start, end) as prompt text; NULL on out-of-memory. */
char *bc__llm_facts_for(const struct bc_doc *doc, const struct bc_facts *facts,
                        size_t start, size_t end);

/* The provider operations, one file each. */
bc_status bc__llm_summarize(void *self, const struct bc_doc *doc,
                            const struct bc_facts *facts,
                            const struct bc_summarize_opts *opts,
                            struct bc_summary **out, struct bc_error *err);
bc_status bc__llm_plan(void *self, const struct bc_doc *doc,
                       const struct bc_facts *facts,
                       const struct bc_summarize_opts *opts,
                       struct bc_plan *out, struct bc_error *err);
bc_status bc__llm_repair(void *self, const struct bc_doc *doc,
                         const struct bc_facts *facts,
                         const struct bc_report *report,
                         struct bc_summary *summary, struct bc_error *err);

#endif
