/* provider_ops.h - the built-in provider tables.  Each provider lives in its
 * own file (local.c, openai.c, ...); provider.c lists the tables in its
 * registry.  Adding an LLM provider: write its wire (see llm.h), add one
 * BC__LLM_OPS line at the end of llm.c, declare the table here and list it
 * in provider.c. */
#ifndef BC_SUMMARIZE_PROVIDER_OPS_H
#define BC_SUMMARIZE_PROVIDER_OPS_H

#include "briefcast/provider.h"

/* The embedded extractive summarizer: offline, deterministic (local.c). */
extern const struct bc_provider_ops bc__provider_local;

/* LLM providers: llm.c driven by the wire formats of openai.c,
 * anthropic.c and gemini.c. */
extern const struct bc_provider_ops bc__provider_openai;
extern const struct bc_provider_ops bc__provider_anthropic;
extern const struct bc_provider_ops bc__provider_gemini;

#endif
