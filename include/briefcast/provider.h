/* provider.h - the summarize stage: one interface, many providers.  The
 * embedded "local" provider is extractive and offline; "openai",
 * "anthropic" and "gemini" speak those APIs.  Adding a provider is adding
 * one file with a struct bc_provider_ops table. */
#ifndef BRIEFCAST_PROVIDER_H
#define BRIEFCAST_PROVIDER_H

#include <stddef.h>

#include "briefcast/doc.h"
#include "briefcast/error.h"
#include "briefcast/facts.h"
#include "briefcast/progress.h"
#include "briefcast/summary.h"

struct bc_report; /* report.h */

enum bc_length { BC_LENGTH_SHORT, BC_LENGTH_MEDIUM, BC_LENGTH_LONG };

/* Configuration of a provider.  Strings are borrowed for the duration of
 * bc_provider_new; the provider copies what it keeps. */
struct bc_provider_config {
  const char *name;        /* "local" (default), "openai", "anthropic", ... */
  const char *model;       /* NULL = the provider's default */
  const char *base_url;    /* NULL = the provider's default endpoint */
  const char *api_key;     /* NULL = none (the CLI reads the environment) */
  const char *prompts_dir; /* NULL = installed prompts */
  const char *cache_dir;   /* NULL = no cache */
  int refresh;             /* ignore cached answers but store new ones */
  long timeout_ms;         /* per request; 0 = scaled with the answer's
                              token budget, at least 10 minutes */
  int max_attempts;        /* HTTP attempts after 429, 5xx or a failed
                              connection; 0 = default */
  size_t context_tokens;   /* model context; 0 = default */
  int jobs;                /* concurrent requests; 0 = default */
  int dry_run;             /* plan only, call nothing */
  int retries;             /* times a request that was sent but got no
                              answer (timed out, connection lost) is sent
                              again; each is a new, billed generation.
                              0 = never */
};
#define BC_PROVIDER_CONFIG_INIT                                                \
  {                                                                            \
    .name = "local"                                                            \
  }

struct bc_summarize_opts {
  enum bc_length length;
  const char *audience; /* NULL = general reader */
  bc_progress_fn progress;
  void *progress_ctx;
  double minutes; /* the narration's target length (--minutes), so the
                     summary holds enough to say; 0 = none.  The local
                     provider takes more sentences per section, key
                     points, timeline entries and quotes; the source
                     still bounds it. */
};
#define BC_SUMMARIZE_OPTS_INIT                                                 \
  {                                                                            \
    .length = BC_LENGTH_MEDIUM, .audience = NULL, .minutes = 0                 \
  }

/* Usage of a run, for the ledger. */
struct bc_usage {
  size_t requests;
  size_t input_tokens;    /* prompt tokens, cached ones included */
  size_t output_tokens;   /* billed output tokens, thinking included */
  size_t thinking_tokens; /* of output_tokens, spent thinking */
  size_t cache_hits;
  size_t chunks;         /* chunks the document was split into */
  size_t chunks_covered; /* chunks that made it into the summary */
  double seconds;
  double cost_usd;         /* estimated; 0 when unknown */
  size_t evidence_dropped; /* model quotes not found in the source */
};

/* What a run would do, for --dry-run: nothing is called. */
struct bc_plan {
  size_t chunks;        /* chunks the document splits into */
  size_t requests;      /* map + reduce requests */
  size_t cached;        /* of those, answers already in the cache */
  size_t input_tokens;  /* estimated */
  size_t output_tokens; /* estimated (a third of the answer budget) */
  double cost_usd;      /* estimated; 0 when the price is unknown */
  int price_known;
};

/* A provider keeps usage counters, so one provider serves one thread at a
 * time; concurrent workers create one each (they are cheap). */
struct bc_provider;

/* The table a provider implements.  self is the provider's own state. */
struct bc_provider_ops {
  const char *name;
  bc_status (*create)(const struct bc_provider_config *cfg, void **self,
                      struct bc_error *err);
  bc_status (*summarize)(void *self, const struct bc_doc *doc,
                         const struct bc_facts *facts,
                         const struct bc_summarize_opts *opts,
                         struct bc_summary **out, struct bc_error *err);
  /* Optional: fix the findings of report in summary (in place). */
  bc_status (*repair)(void *self, const struct bc_doc *doc,
                      const struct bc_facts *facts,
                      const struct bc_report *report,
                      struct bc_summary *summary, struct bc_error *err);
  void (*usage)(void *self, struct bc_usage *out); /* optional */
  void (*destroy)(void *self);
  /* Optional: the plan of summarize without calling anything. */
  bc_status (*plan)(void *self, const struct bc_doc *doc,
                    const struct bc_facts *facts,
                    const struct bc_summarize_opts *opts, struct bc_plan *out,
                    struct bc_error *err);
};

/* Create the provider named cfg->name.  Errors: BC_ERR_USAGE for an unknown
 * name or a missing key. */
bc_status bc_provider_new(const struct bc_provider_config *cfg,
                          struct bc_provider **out, struct bc_error *err);
/* Free p; NULL is a no-op. */
void bc_provider_free(struct bc_provider *p);
/* The provider's name ("local", "openai", ...); static.  NULL for NULL. */
const char *bc_provider_name(const struct bc_provider *p);

/* Summarize doc using its fact sheet.  out gets a summary whose evidence
 * spans all point into doc->text. */
bc_status bc_provider_summarize(struct bc_provider *p, const struct bc_doc *doc,
                                const struct bc_facts *facts,
                                const struct bc_summarize_opts *opts,
                                struct bc_summary **out, struct bc_error *err);

/* Ask the provider to repair the summary's findings.  BC_OK with nothing
 * changed when the provider cannot repair. */
bc_status bc_provider_repair(struct bc_provider *p, const struct bc_doc *doc,
                             const struct bc_facts *facts,
                             const struct bc_report *report,
                             struct bc_summary *summary, struct bc_error *err);

/* Nonzero when the provider can repair findings (an LLM can; the extractive
 * local provider cannot, so a repair round would only repeat the check). */
int bc_provider_can_repair(const struct bc_provider *p);

/* What p has used so far (requests, tokens, cache hits, chunks, and the
 * seconds spent) into *out; the counts stay zero for a provider that calls
 * nothing, and everything for NULL. */
void bc_provider_usage(const struct bc_provider *p, struct bc_usage *out);

/* The plan of bc_provider_summarize for doc (chunks, requests, estimated
 * tokens and cost) without calling anything; what --dry-run prints.  A
 * provider that calls nothing (local) plans zero requests. */
bc_status bc_provider_plan(struct bc_provider *p, const struct bc_doc *doc,
                           const struct bc_facts *facts,
                           const struct bc_summarize_opts *opts,
                           struct bc_plan *out, struct bc_error *err);

/* Names of the built-in providers, NULL-terminated. */
const char *const *bc_provider_names(void);

#endif
