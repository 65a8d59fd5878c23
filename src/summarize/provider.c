/* provider.c - the provider registry and the one interface every summarizer
 * is reached through.  It picks a table by name, owns the provider's state,
 * and times the calls; what a provider does is entirely in its own file. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "briefcast/provider.h"
#include "summarize/provider_ops.h"
#include "util/alloc.h"

/* ---- the registry -------------------------------------------------------
 * One row per built-in provider; names[] lists the same providers in the
 * same order (it backs bc_provider_names).  A new provider adds its table
 * here and its declaration to provider_ops.h. */
static const struct bc_provider_ops *const table[] = {
    &bc__provider_local,
    &bc__provider_openai,
    &bc__provider_anthropic,
    &bc__provider_gemini,
};
static const char *const names[] = {
    "local", "openai", "anthropic", "gemini", NULL,
};
/* ---- end of the registry ------------------------------------------------ */

_Static_assert(sizeof table / sizeof table[0] + 1 ==
                   sizeof names / sizeof names[0],
               "provider table and names[] must list the same providers");

struct bc_provider {
  const struct bc_provider_ops *ops;
  void *self;
  double seconds; /* spent in summarize and repair */
};

const char *const *bc_provider_names(void)
{
  return names;
}

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static bc_status unknown(const char *name, size_t len, struct bc_error *err)
{
  char known[128];
  size_t i, at = 0;
  known[0] = '\0';
  for (i = 0; names[i] && at + 1 < sizeof known; i++) {
    size_t n = strlen(names[i]);
    if (at + n + 3 >= sizeof known)
      break;
    if (i) {
      memcpy(known + at, ", ", 2);
      at += 2;
    }
    memcpy(known + at, names[i], n);
    at += n;
    known[at] = '\0';
  }
  return bc_error_set(err, BC_ERR_USAGE, "unknown provider '%.*s' (known: %s)",
                      (int)(len > 64 ? 64 : len), name, known);
}

bc_status bc_provider_new(const struct bc_provider_config *cfg,
                          struct bc_provider **out, struct bc_error *err)
{
  struct bc_provider_config def = BC_PROVIDER_CONFIG_INIT, c;
  const struct bc_provider_ops *ops = NULL;
  struct bc_provider *p = NULL;
  const char *name, *colon;
  char *model = NULL;
  size_t len, i;
  bc_status rc;

  c = cfg ? *cfg : def;
  name = c.name && *c.name ? c.name : "local";
  /* "openai:gpt-4o-mini" names the provider and its model in one go, the
   * way summaries record it; an explicit model wins. */
  colon = strchr(name, ':');
  len = colon ? (size_t)(colon - name) : strlen(name);
  for (i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strlen(table[i]->name) == len &&
        strncmp(table[i]->name, name, len) == 0)
      ops = table[i];
  if (!ops)
    return unknown(name, len, err);
  if (colon && colon[1] && !c.model) {
    model = bc__strdup(colon + 1);
    if (!model)
      return bc_error_set(err, BC_ERR_NOMEM,
                          "cannot create provider '%s': "
                          "out of memory",
                          name);
    c.model = model;
  }
  c.name = ops->name;
  p = bc__calloc(1, sizeof *p);
  if (!p) {
    rc = bc_error_set(err, BC_ERR_NOMEM,
                      "cannot create provider '%s': out of memory", ops->name);
    goto out;
  }
  p->ops = ops;
  rc = ops->create(&c, &p->self, err);
  if (rc)
    goto out;
  *out = p;
  p = NULL;
out:
  free(p);
  free(model);
  return rc;
}

void bc_provider_free(struct bc_provider *p)
{
  if (!p)
    return;
  if (p->ops->destroy)
    p->ops->destroy(p->self);
  free(p);
}

const char *bc_provider_name(const struct bc_provider *p)
{
  return p ? p->ops->name : NULL;
}

bc_status bc_provider_summarize(struct bc_provider *p, const struct bc_doc *doc,
                                const struct bc_facts *facts,
                                const struct bc_summarize_opts *opts,
                                struct bc_summary **out, struct bc_error *err)
{
  struct bc_summarize_opts def = BC_SUMMARIZE_OPTS_INIT;
  struct bc_summary *s = NULL;
  double t0;
  bc_status rc;
  if (!p || !doc || !facts || !out)
    return bc_error_set(err, BC_ERR_USAGE, "summarize: missing argument");
  t0 = now();
  rc = p->ops->summarize(p->self, doc, facts, opts ? opts : &def, &s, err);
  p->seconds += now() - t0;
  if (rc)
    return rc;
  if (!s)
    return bc_error_set(err, BC_ERR_INTERNAL,
                        "provider '%s' returned no summary", p->ops->name);
  *out = s;
  return BC_OK;
}

bc_status bc_provider_repair(struct bc_provider *p, const struct bc_doc *doc,
                             const struct bc_facts *facts,
                             const struct bc_report *report,
                             struct bc_summary *summary, struct bc_error *err)
{
  double t0;
  bc_status rc;
  if (!p || !summary)
    return bc_error_set(err, BC_ERR_USAGE, "repair: missing argument");
  if (!p->ops->repair || !report)
    return BC_OK;
  t0 = now();
  rc = p->ops->repair(p->self, doc, facts, report, summary, err);
  p->seconds += now() - t0;
  return rc;
}

int bc_provider_can_repair(const struct bc_provider *p)
{
  return p && p->ops->repair != NULL;
}

bc_status bc_provider_plan(struct bc_provider *p, const struct bc_doc *doc,
                           const struct bc_facts *facts,
                           const struct bc_summarize_opts *opts,
                           struct bc_plan *out, struct bc_error *err)
{
  struct bc_summarize_opts def = BC_SUMMARIZE_OPTS_INIT;
  if (!p || !doc || !facts || !out)
    return bc_error_set(err, BC_ERR_USAGE, "plan: missing argument");
  memset(out, 0, sizeof *out);
  if (!p->ops->plan)
    return BC_OK;
  return p->ops->plan(p->self, doc, facts, opts ? opts : &def, out, err);
}

void bc_provider_usage(const struct bc_provider *p, struct bc_usage *out)
{
  if (!out)
    return;
  memset(out, 0, sizeof *out);
  if (!p)
    return;
  if (p->ops->usage)
    p->ops->usage(p->self, out);
  /* Providers that do not time themselves get the registry's clock. */
  if (out->seconds == 0)
    out->seconds = p->seconds;
}
