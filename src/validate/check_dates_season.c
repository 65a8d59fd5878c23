/* check_dates_season.c - a season a claim counts from its present ("last
 * autumn", "next summer") where no reference date gave it a year, checked
 * against the seasons the source counts the same way for the same event
 * ("last spring").  A season with a year is check_dates.c's: its value
 * says all.  It reads no date itself (the analyzer does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
#include "validate/validate_internal.h"

/* Context words a claim's season must share with the source's place of
 * another season to be said of the same event. */
#define SAME_EVENT 3

/* The season of the last word of t[s) (1 spring .. 4 winter, "fall" and
 * "autumn" one), and the direction of its first word in *dir (-1 "last",
 * "past", "previous"; 1 "next", "coming"; 0 "this"); 0 when t[s) is no
 * season counted from the present. */
static int season_of(const char *t, struct bc_span s, int *dir)
{
  static const struct {
    const char *w;
    int season;
  } seasons[] = {
      {"spring", 1}, {"summer", 2}, {"autumn", 3}, {"fall", 3}, {"winter", 4}};
  static const struct {
    const char *w;
    int dir;
  } placers[] = {{"last", -1}, {"past", -1},  {"previous", -1},
                 {"next", 1},  {"coming", 1}, {"this", 0}};
  size_t pos = s.start, st, wl, fs = 0, fl = 0, ls = 0, ll = 0, k;
  int found = 0;
  while ((wl = bc__validate_next_word(t, s.end, &pos, &st)) > 0) {
    if (fl == 0 && !(wl == 3 && strncasecmp(t + st, "the", 3) == 0))
      fs = st, fl = wl;
    ls = st, ll = wl;
  }
  if (fl == 0 || ls == fs)
    return 0;
  for (k = 0; k < sizeof placers / sizeof placers[0]; k++)
    if (fl == strlen(placers[k].w) &&
        strncasecmp(t + fs, placers[k].w, fl) == 0) {
      *dir = placers[k].dir;
      found = 1;
    }
  if (!found)
    return 0;
  for (k = 0; k < sizeof seasons / sizeof seasons[0]; k++)
    if (ll == strlen(seasons[k].w) &&
        strncasecmp(t + ls, seasons[k].w, ll) == 0)
      return seasons[k].season;
  return 0;
}

int bc__check_claim_season(struct bc__vstate *v, const struct bc__claim *c,
                           const struct bc_date_fact *df)
{
  const struct bc_facts *sf = v->facts;
  const char *t = v->doc->text;
  struct bc__context ctx, sctx;
  struct bc_span best = {0, 0};
  size_t i, ov, best_ov = 0;
  int cs, cdir, ss, sdir;
  char *says, *claim, msg[256];
  if (df->grain != BC_DATE_SEASON || !df->relative || df->iso[0] != '\0' ||
      (cs = season_of(c->text, df->span, &cdir)) == 0)
    return 0;
  bc__validate_context(c->text, c->len, df->span, &ctx);
  for (i = 0; i < sf->n_dates; i++) {
    const struct bc_date_fact *f = &sf->dates[i];
    if (f->grain != BC_DATE_SEASON || (ss = season_of(t, f->span, &sdir)) == 0)
      continue;
    /* The source counts the claim's season the same way somewhere: the
     * claim may speak of that. */
    if (ss == cs && sdir == cdir)
      return 0;
    if (sdir != cdir)
      continue;
    bc__validate_context(t, v->doc->text_len, f->span, &sctx);
    ov = bc__validate_overlap(&ctx, &sctx);
    if (ov > best_ov) {
      best_ov = ov;
      best = f->span;
    }
  }
  if (best_ov < SAME_EVENT)
    return 0;
  says = bc__check_source_text(v, best);
  claim = bc__strndup(c->text + df->span.start, df->span.end - df->span.start);
  if (!says || !claim) {
    free(says);
    free(claim);
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  v->r->checked.dates++;
  snprintf(msg, sizeof msg, "the source says %s, not %s", says, claim);
  bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says, best, NULL,
                msg);
  free(says);
  free(claim);
  return 1;
}
