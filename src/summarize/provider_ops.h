/* provider_ops.h - the built-in provider tables.  Each provider lives in its
 * own file (local.c, openai.c, ...) and exports one struct bc_provider_ops;
 * provider.c lists them in its registry.  Adding a provider: declare its
 * table here, define it in its file, add it to the table in provider.c. */
#ifndef BC_SUMMARIZE_PROVIDER_OPS_H
#define BC_SUMMARIZE_PROVIDER_OPS_H

#include "briefcast/provider.h"

/* The embedded extractive summarizer: offline, deterministic (local.c). */
extern const struct bc_provider_ops bc__provider_local;

/* LLM providers (openai.c, anthropic.c, gemini.c over llm.c). */
extern const struct bc_provider_ops bc__provider_openai;
extern const struct bc_provider_ops bc__provider_anthropic;
extern const struct bc_provider_ops bc__provider_gemini;

#endif
