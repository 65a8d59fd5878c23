/* check_dates_weekday.c - a weekday a claim names alone ("on Sunday",
 * "Monday night", "Tuesday's roundtable"), checked against the weekday
 * the source gives the same event: the weekdays it writes in words and
 * the weekdays of the days it dates ("Monday, November 18", "yesterday").
 * The analyzer's day for a weekday alone rests on a guess about its week,
 * so only the weekday is compared, never the day; a weekday written with
 * its day is check_dates.c's.  A weekday the source never gives is also
 * weighed against the words of each weekday's paragraph, for an event the
 * source dates in the sentence before the one the claim retells. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/calendar.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

/* How near a claim's day written in full must be to its weekday for the
 * two to be one date ("Tuesday night, November 19"), in bytes. */
#define BESIDE 24

/* How many claim weekdays a check weighs against every paragraph of the
 * source's weekdays: enough for any summary, and a bound on the work a
 * text of thousands of weekdays asks. */
#define WEIGHED 64

/* Context words a claim's weekday must share with the source's place of
 * another weekday to be that event's. */
#define STRONG 4

/* The weekday the claim's fact df names alone: a full weekday name as its
 * first word, at most one word after it ("night"), and no day of the
 * claim written beside it (that pair is check_dates.c's); 0 otherwise. */
static int claim_weekday_alone(const struct bc__claim *c,
                               const struct bc_date_fact *df)
{
  size_t i;
  int wd = bc__check_weekday_alone(c->text, df->span);
  for (i = 0; wd && i < c->f->n_dates; i++) {
    const struct bc_span o = c->f->dates[i].span;
    if (o.start == df->span.start ||
        !bc__check_has_digit(c->text + o.start, o.end - o.start))
      continue;
    if ((o.start >= df->span.end && o.start - df->span.end <= BESIDE) ||
        (o.end <= df->span.start && df->span.start - o.end <= BESIDE) ||
        (o.start < df->span.end && df->span.start < o.end))
      return 0;
  }
  return wd;
}

/* Is the claim's weekday at t[at] counted from another event, an offset
 * word among the three words before it in its clause ("three days later,
 * on Friday", "the next day, Sunday")?  Then it is another event's day,
 * which the source may give only as that offset ("in three days"). */
static int offset_word(const char *w, size_t n)
{
  static const char *const offsets[] = {"afterward", "afterwards", "earlier",
                                        "following", "later",      "next",
                                        "previous",  "subsequent"}; /* sorted */
  return BC__LEX_IN(offsets, w, n);
}

static int counted_from_event(const struct bc__claim *c, size_t at)
{
  return bc__check_word_before(c, at, 3, ".;:()!?", offset_word);
}

/* The weekdays the claim's sentence names besides its fact df, one bit
 * each (1 << wd): by name, or as the weekday of a day written out.  Where
 * the claim names the source's other weekday itself ("said on Monday night
 * that ... landing on a Sunday night"), the words they share are that
 * weekday's. */
static unsigned claim_others(const struct bc__claim *c,
                             const struct bc_date_fact *df)
{
  size_t i, n = c->f->n_dates + c->f->n_times, pos, st, wl;
  unsigned bits = 0;
  for (i = 0; i < n; i++) {
    const struct bc_date_fact *o =
        i < c->f->n_dates ? &c->f->dates[i] : &c->f->times[i - c->f->n_dates];
    int y, m, d, wd;
    if (o->span.start == df->span.start ||
        !bc__check_same_sentence_m(&c->sents, o->span.start, df->span.start))
      continue;
    pos = o->span.start;
    if ((wl = bc__validate_next_word(c->text, o->span.end, &pos, &st)) > 0 &&
        (wd = bc__cal_weekday_of(c->text + st, wl)) != 0 &&
        strlen(bc__cal_weekday_name(wd)) == wl)
      bits |= 1u << wd;
    else if (bc__cal_parse_iso(o->iso, &y, &m, &d) && d &&
             bc__check_has_digit(c->text + o->span.start,
                                 o->span.end - o->span.start))
      bits |= 1u << bc__cal_weekday(y, m, d);
  }
  return bits;
}

/* The best place of the source for weekday wd and for any other weekday:
 * the most context words each shares with the claim, the other's span in
 * *other. */
struct places {
  size_t same_ov, other_ov;
  struct bc_span other;
  unsigned skip; /* weekdays the claim names itself (claim_others) */
};

static void weigh_place(struct places *pl, int wd, int place_wd,
                        const struct bc__context *ctx,
                        const struct bc__context *pctx, struct bc_span span)
{
  size_t ov = bc__validate_overlap(ctx, pctx);
  if (place_wd == wd) {
    if (ov > pl->same_ov)
      pl->same_ov = ov;
  } else if (!(pl->skip & (1u << place_wd)) && ov > pl->other_ov) {
    pl->other_ov = ov;
    pl->other = span;
  }
}

/* A day of the week the source names in words or dates by a time of a
 * day, with its context: read once per check (v->wd_places). */
struct bc__weekday_place {
  struct bc_span span;
  int wd;
  int by_time; /* dated by a time of a day, not named in words */
  struct bc__context ctx;
};

static int add_weekday_place(struct bc__vstate *v, size_t *cap,
                             struct bc_span span, int wd, int by_time)
{
  struct bc__weekday_place *p;
  if (v->n_wd_places == *cap) {
    size_t n = *cap ? *cap * 2 : 16;
    p = bc__realloc(v->wd_places, n * sizeof *p);
    if (!p) {
      v->rc = BC_ERR_NOMEM;
      return 1;
    }
    v->wd_places = p;
    *cap = n;
  }
  p = &v->wd_places[v->n_wd_places++];
  p->span = span;
  p->wd = wd;
  p->by_time = by_time;
  bc__wordtab_context(&v->words, span, &p->ctx);
  return 0;
}

/* Reads every weekday the source writes in words, capitalised and whole
 * ("Monday", "Wednesday's"), whether or not the analyzer read it, and
 * every day a time of a day dates ("last night" in a text of Tuesday is
 * Monday's); 1 with v->rc set on out-of-memory. */
static int read_weekday_places(struct bc__vstate *v)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, cap = 0;
  int k;
  v->wd_places_made = 1;
  for (k = 1; t && k <= 7; k++) {
    const char *name = bc__cal_weekday_name(k), *p;
    size_t n = strlen(name);
    for (p = strstr(t, name); p; p = strstr(p + n, name)) {
      struct bc_span s = {(size_t)(p - t), (size_t)(p - t) + n};
      if ((s.start > 0 && bc__check_is_alnum((unsigned char)t[s.start - 1])) ||
          (s.end < len && bc__check_is_alnum((unsigned char)t[s.end])))
        continue;
      if (add_weekday_place(v, &cap, s, k, 0))
        return 1;
    }
  }
  for (i = 0; i < v->facts->n_times; i++) {
    const struct bc_date_fact *f = &v->facts->times[i];
    int y, m, d;
    if (f->type != BC_TIMEX_TIME || f->span.end > len ||
        !bc__cal_parse_iso(f->iso, &y, &m, &d) || !d || !bc__cal_valid(y, m, d))
      continue;
    if (add_weekday_place(v, &cap, f->span, bc__cal_weekday(y, m, d), 1))
      return 1;
  }
  return 0;
}

/* The places named in words (by_time 0) or dated by a time (1), in the
 * order they were read. */
static void weigh_read(const struct bc__vstate *v, int wd, int by_time,
                       const struct bc__context *ctx, struct places *pl)
{
  size_t i;
  for (i = 0; i < v->n_wd_places; i++)
    if (v->wd_places[i].by_time == by_time)
      weigh_place(pl, wd, v->wd_places[i].wd, ctx, &v->wd_places[i].ctx,
                  v->wd_places[i].span);
}

/* Weighs every day of the week the source gives against the claim's:
 * the weekdays it names, every day it dates (its weekday from the
 * calendar), then the days its times of a day date. */
static void source_places(const struct bc__vstate *v, int wd,
                          const struct bc__context *ctx, struct places *pl)
{
  size_t i;
  weigh_read(v, wd, 0, ctx, pl);
  for (i = 0; i < v->n_dates; i++) {
    const struct bc__sdate *sd = &v->date_val[i];
    if (sd->range || sd->lo.kind != BC_DATE_DAY || !(sd->use & BC__SD_SAYS) ||
        !bc__cal_valid(sd->lo.y, sd->lo.m, sd->lo.d))
      continue;
    weigh_place(pl, wd, bc__cal_weekday(sd->lo.y, sd->lo.m, sd->lo.d), ctx,
                &v->date_ctx[i], v->dates[i].span);
  }
  weigh_read(v, wd, 1, ctx, pl);
}

/* The weekdays the source gives anywhere, one bit each (1 << wd): named
 * in words, the weekday of a day it dates, or of a day a time of a day
 * written without a clock dates ("last night"; "around 20:00" takes the
 * document's day only for want of another). */
static unsigned weekdays_given(const struct bc__vstate *v)
{
  size_t i;
  unsigned bits = 0;
  for (i = 0; i < v->n_wd_places; i++) {
    const struct bc__weekday_place *p = &v->wd_places[i];
    if (!p->by_time || !bc__check_has_digit(v->doc->text + p->span.start,
                                            p->span.end - p->span.start))
      bits |= 1u << p->wd;
  }
  for (i = 0; i < v->n_dates; i++) {
    const struct bc__sdate *sd = &v->date_val[i];
    if (!sd->range && sd->lo.kind == BC_DATE_DAY && (sd->use & BC__SD_SAYS) &&
        bc__cal_valid(sd->lo.y, sd->lo.m, sd->lo.d))
      bits |= 1u << bc__cal_weekday(sd->lo.y, sd->lo.m, sd->lo.d);
  }
  return bits;
}

/* A weekday the source never gives, for an event whose sentence in the
 * source has no weekday while a sentence beside it in its paragraph does
 * ("decided to weigh in on Thursday's fight on Monday" before the quote
 * the claim dates "on Sunday"): the words of the weekday's paragraph
 * around it, as many as a context holds, must share three of the claim's
 * (or most).  The weekday the source gives there is put in pl->other;
 * nonzero when so. */
static int unnamed_in_paragraph(struct bc__vstate *v, int wd,
                                const struct bc__context *ctx,
                                struct places *pl)
{
  struct bc__wordtab para = v->words;
  size_t i, best_ov = 0;
  if (!v->wd_given_made) {
    v->wd_given = weekdays_given(v);
    v->wd_given_made = 1;
  }
  if ((v->wd_given & (1u << wd)) || v->wd_para_weighed >= WEIGHED)
    return 0;
  v->wd_para_weighed++;
  para.ends = &v->lines;
  for (i = 0; i < v->n_wd_places; i++) {
    const struct bc__weekday_place *p = &v->wd_places[i];
    struct bc__context pc;
    size_t ov;
    if (p->by_time || (pl->skip & (1u << p->wd)))
      continue;
    bc__wordtab_context(&para, p->span, &pc);
    ov = bc__validate_overlap(ctx, &pc);
    if (ov > best_ov) {
      best_ov = ov;
      pl->other = p->span;
    }
  }
  return best_ov >= 3 && bc__check_mixed_up(0, best_ov, ctx->n);
}

int bc__check_claim_weekday(struct bc__vstate *v, const struct bc__claim *c,
                            const struct bc_date_fact *df)
{
  struct bc__context ctx;
  struct places pl = {0, 0, {0, 0}, 0};
  char *says, msg[192];
  int wd = claim_weekday_alone(c, df);
  if (!wd || c->about || counted_from_event(c, df->span.start))
    return 0;
  pl.skip = claim_others(c, df);
  if (!v->wd_places_made && read_weekday_places(v))
    return 1;
  bc__validate_context(c->text, c->len, df->span, &ctx);
  source_places(v, wd, &ctx, &pl);
  /* The source names the claim's weekday in its words: stated.  Another
   * weekday in clearly more of them (a weekday alone is a small claim:
   * STRONG words at least): the event's day was moved. */
  if (pl.other_ov < STRONG ||
      !bc__check_mixed_up(pl.same_ov, pl.other_ov, ctx.n)) {
    if (!unnamed_in_paragraph(v, wd, &ctx, &pl))
      return 0;
  }
  says = bc__check_source_text(v, pl.other);
  if (!says) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  v->r->checked.dates++;
  snprintf(msg, sizeof msg, "the source gives %s for this, not %s", says,
           bc__cal_weekday_name(wd));
  bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, df->span, says, pl.other,
                NULL, msg);
  free(says);
  return 1;
}
