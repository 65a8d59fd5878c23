/* facts_json.c - the fact sheet as JSON ("briefcast.facts/1"): every fact
 * with its byte span and the text of that span, so a reader or a script can
 * check each one against the source without re-reading offsets.  Also the
 * names of date kinds, TIMEX3 types and mods that the JSON writes. */
#include <stdlib.h>
#include <string.h>

#include "analyze/analyze.h"
#include "util/alloc.h"
#include "util/json.h"

const char *bc_date_kind_name(enum bc_date_kind k)
{
  static const char *const names[] = {
      "day",     "month",   "year",     "quarter", "decade",
      "range",   "partial", "relative", "season",  "half",
      "century", "time",    "duration", "set",     "week"};
  return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "?";
}

const char *bc_timex_type_name(enum bc_timex_type t)
{
  static const char *const names[] = {"date", "time", "duration", "set"};
  return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "?";
}

const char *bc_timex_mod_name(enum bc_timex_mod m)
{
  static const char *const names[] = {
      "",          "BEFORE",    "AFTER",         "ON_OR_BEFORE",  "ON_OR_AFTER",
      "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START",
      "MID",       "END",       "APPROX"};
  return (unsigned)m < sizeof names / sizeof names[0] ? names[m] : "?";
}

static const char *name_kind(enum bc_name_kind k)
{
  switch (k) {
  case BC_NAME_PERSON: return "person";
  case BC_NAME_ORG: return "org";
  case BC_NAME_PLACE: return "place";
  case BC_NAME_OTHER: return "other";
  }
  return "other";
}

/* Add start, end and the span's text; 0 on out-of-memory. */
static int add_span(cJSON *o, const char *key_text, struct bc_span sp,
                    const char *text, size_t len, const char *ks,
                    const char *ke)
{
  char *s;
  cJSON *item;
  if (sp.end > len)
    sp.end = len;
  if (sp.start > sp.end)
    sp.start = sp.end;
  if (!bc__json_add_size(o, ks, sp.start) || !bc__json_add_size(o, ke, sp.end))
    return 0;
  if (!key_text)
    return 1;
  s = bc__strndup(text ? text + sp.start : "", text ? sp.end - sp.start : 0);
  if (!s)
    return 0;
  item = bc__json_add_str(o, key_text, s);
  free(s);
  return item != NULL;
}

static cJSON *array(cJSON *root, const char *key)
{
  cJSON *a = cJSON_CreateArray();
  if (a && !cJSON_AddItemToObject(root, key, a)) {
    cJSON_Delete(a);
    return NULL;
  }
  return a;
}

static cJSON *object_in(cJSON *arr)
{
  cJSON *o = cJSON_CreateObject();
  if (o && !cJSON_AddItemToArray(arr, o)) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

/* Quantities (and ordinals, which share the struct): "text", "start" and
 * "end" are the number with its unit (bc_number_fact.span), "whole" with
 * "whole_start" and "whole_end" the quantity with its word modifiers. */
static int numbers(cJSON *arr, const struct bc_number_fact *v, size_t n,
                   const char *text, size_t len)
{
  static const char *const bounds[] = {"at most", "", "at least"};
  size_t k;
  for (k = 0; k < n; k++) {
    const struct bc_number_fact *x = &v[k];
    cJSON *o = object_in(arr);
    if (!o || !add_span(o, "text", x->span, text, len, "start", "end") ||
        !cJSON_AddNumberToObject(o, "value", x->value) ||
        !cJSON_AddNumberToObject(o, "value_hi", x->value_hi) ||
        !bc__json_add_str(o, "unit", x->unit ? x->unit : "") ||
        !bc__json_add_str(o, "noun", x->noun ? x->noun : "") ||
        !cJSON_AddBoolToObject(o, "count", x->count) ||
        !cJSON_AddBoolToObject(o, "approx", x->approx) ||
        !bc__json_add_str(o, "bound",
                          bounds[x->bound < 0   ? 0
                                 : x->bound > 0 ? 2
                                                : 1]) ||
        !cJSON_AddNumberToObject(o, "tolerance", x->tol) ||
        !cJSON_AddBoolToObject(o, "ordinal", x->ordinal) ||
        !add_span(o, "whole", x->whole, text, len, "whole_start", "whole_end"))
      return 0;
  }
  return 1;
}

static int build(cJSON *root, const struct bc_facts *f, const char *text,
                 size_t len)
{
  cJSON *arr, *o;
  size_t k, j;

  if (!bc__json_add_str(root, "schema", "briefcast.facts/1"))
    return 0;
  if (!(arr = array(root, "sentences")))
    return 0;
  for (k = 0; k < f->n_sentences; k++)
    if (!(o = object_in(arr)) ||
        !add_span(o, "text", f->sentences[k], text, len, "start", "end"))
      return 0;

  /* dates and times together, in span order: every TIMEX3 of the text */
  if (!(arr = array(root, "dates")))
    return 0;
  for (k = 0, j = 0; k < f->n_dates || j < f->n_times;) {
    const struct bc_date_fact *d;
    if (j >= f->n_times ||
        (k < f->n_dates && f->dates[k].span.start <= f->times[j].span.start))
      d = &f->dates[k++];
    else
      d = &f->times[j++];
    if (!(o = object_in(arr)) ||
        !add_span(o, "text", d->span, text, len, "start", "end") ||
        !bc__json_add_str(o, "kind", bc_date_kind_name(d->kind)) ||
        !bc__json_add_str(o, "type", bc_timex_type_name(d->type)) ||
        !bc__json_add_str(o, "iso", d->iso) ||
        !bc__json_add_str(o, "grain", bc_date_kind_name(d->grain)) ||
        (d->mod != BC_MOD_NONE &&
         !bc__json_add_str(o, "mod", bc_timex_mod_name(d->mod))) ||
        !cJSON_AddBoolToObject(o, "relative", d->relative) ||
        !cJSON_AddBoolToObject(o, "guessed", d->guessed))
      return 0;
  }

  if (!(arr = array(root, "acronyms")))
    return 0;
  for (k = 0; k < f->n_acronyms; k++) {
    const struct bc_acronym_fact *x = &f->acronyms[k];
    if (!(o = object_in(arr)) || !bc__json_add_str(o, "acronym", x->acronym) ||
        !bc__json_add_str(o, "expansion", x->expansion) ||
        !add_span(o, NULL, x->span, text, len, "start", "end") ||
        !add_span(o, NULL, x->expansion_span, text, len, "expansion_start",
                  "expansion_end") ||
        !cJSON_AddBoolToObject(o, "loose", x->loose))
      return 0;
  }

  if (!(arr = array(root, "numbers")) ||
      !numbers(arr, f->numbers, f->n_numbers, text, len) ||
      !(arr = array(root, "ordinals")) ||
      !numbers(arr, f->ordinals, f->n_ordinals, text, len))
    return 0;

  if (!(arr = array(root, "names")))
    return 0;
  for (k = 0; k < f->n_names; k++) {
    const struct bc_name_fact *n = &f->names[k];
    if (!(o = object_in(arr)) || !bc__json_add_str(o, "name", n->name) ||
        !bc__json_add_str(o, "kind", name_kind(n->kind)) ||
        !add_span(o, NULL, n->span, text, len, "start", "end"))
      return 0;
  }

  if (!(arr = array(root, "quotes")))
    return 0;
  for (k = 0; k < f->n_quotes; k++) {
    const struct bc_quote_fact *q = &f->quotes[k];
    if (!(o = object_in(arr)) ||
        !add_span(o, "text", q->span, text, len, "start", "end"))
      return 0;
    if (q->speaker ? !bc__json_add_str(o, "speaker", q->speaker)
                   : !cJSON_AddNullToObject(o, "speaker"))
      return 0;
  }
  return 1;
}

char *bc_facts_to_json(const struct bc_facts *facts, const struct bc_doc *doc)
{
  cJSON *root;
  char *out = NULL;
  if (!facts)
    return NULL;
  root = cJSON_CreateObject();
  if (!root)
    return NULL;
  if (build(root, facts, doc ? doc->text : NULL, doc ? doc->text_len : 0))
    out = bc__json_print(root);
  cJSON_Delete(root);
  return out;
}
