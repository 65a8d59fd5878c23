/* check_dates_modifier.c - a length of time written as a modifier of a
 * noun ("a 16-hour day", "a three-month trial") against the lengths the
 * source gives: stated when one agrees (as a duration, a number of time
 * units, or two of its dates that far apart), wrong when it does not and
 * a length in the same unit stands in the claim's words ("the 12-hour
 * shoot").  Its number is the number checker's too, which compares it
 * with numbers of the same noun only; a length that modifies another noun
 * in the source is this rule's.  No date is read here. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "briefcast/buf.h"
#include "validate/validate_internal.h"

/* The unit of a duration of one unit ("PT16H" 'h', "P3M" 'M'); 0 for
 * several ("P1Y6M") or none. */
static char one_unit_of(const char *iso)
{
  size_t n = strlen(iso), k, units = 0;
  int in_time = 0;
  char u = 0;
  for (k = 1; k < n; k++) {
    if (iso[k] == 'T')
      in_time = 1;
    else if (iso[k] >= 'A' && iso[k] <= 'Z') {
      units++;
      u = in_time ? (char)(iso[k] - 'A' + 'a') : iso[k];
    }
  }
  return units == 1 ? u : 0;
}

static int bound(enum bc_timex_mod m)
{
  return m == BC_MOD_LESS_THAN || m == BC_MOD_MORE_THAN ||
         m == BC_MOD_EQUAL_OR_LESS || m == BC_MOD_EQUAL_OR_MORE;
}

/* Is the claim's length at s written as a modifier, joined to its unit by
 * a hyphen and followed by a noun ("16-hour day"), and no age
 * ("54-year-old")? */
static int modifier(const char *t, size_t len, struct bc_span s)
{
  size_t k, e = s.end;
  if (!memchr(t + s.start, '-', s.end - s.start))
    return 0;
  if ((e < len && t[e] == '-') ||
      (e + 4 <= len && strncasecmp(t + e, " old", 4) == 0))
    return 0;
  if (e + 1 >= len || t[e] != ' ')
    return 0;
  for (k = e + 1; k < len && bc__check_is_alnum((unsigned char)t[k]); k++)
    ;
  return k > e + 1 && !(t[e + 1] >= '0' && t[e + 1] <= '9');
}

void bc__check_duration_modifier(struct bc__vstate *v,
                                 const struct bc__claim *c,
                                 const struct bc_date_fact *df)
{
  struct bc__context ctx;
  double days, sd;
  size_t i, best = (size_t)-1, best_ov = 0;
  char u = one_unit_of(df->iso), *says, *msg;
  struct bc_buf mb = BC_BUF_INIT(512);
  if (!u || c->about || !modifier(c->text, c->len, df->span) ||
      !bc__validate_duration_days(df->iso, &days))
    return;
  if (bc__check_time_number_agrees(v, days, df->mod))
    return;
  if (days >= 1 && bc__check_dates_span(v, days, days * 0.05 + 1))
    return;
  bc__validate_context(c->text, c->len, df->span, &ctx);
  for (i = 0; i < v->n_durs; i++) {
    size_t ov;
    if (!bc__check_dur_days(v, i, &sd))
      continue;
    /* A bound in another unit ("almost a decade") bounds another
     * thing's length, not an hour's. */
    if ((one_unit_of(v->durs[i].iso) == u || !bound(v->durs[i].mod)) &&
        bc__check_durations_agree(days, df->mod, sd, v->durs[i].mod))
      return;
    if (one_unit_of(v->durs[i].iso) != u)
      continue;
    ov = bc__validate_overlap(&ctx, &v->dur_ctx[i]);
    if (ov > best_ov) {
      best_ov = ov;
      best = i;
    }
  }
  if (best == (size_t)-1 || best_ov < 3 ||
      !bc__check_mixed_up(0, best_ov, ctx.n))
    return;
  says = bc__check_source_text(v, v->durs[best].span);
  if (says)
    bc_buf_addf(&mb, "the source says %s of this", says);
  msg = bc_buf_take(&mb, NULL);
  if (says && msg)
    bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says,
                  v->durs[best].span, NULL, msg);
  else
    v->rc = BC_ERR_NOMEM;
  free(says);
  free(msg);
}
