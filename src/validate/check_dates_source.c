/* check_dates_source.c - the source's dates as the date checker reads
 * them, once per check: the analyzer's dates and the times that name a
 * period of the calendar, each parsed once and marked with how far a claim
 * may lean on it (a value written out, one worked out from the reference
 * date, one that rests on a guess), plus every bare year the analyzer did
 * not take as a date, and the source's durations.  It reads no date
 * itself (the analyzer does) and judges no claim (check_dates.c does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
#include "util/calendar.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

int bc__check_dating_word(const char *t, size_t n)
{
  static const char *const dating[] = {"dated",   "published", "posted",
                                       "updated", "written",   NULL};
  size_t j;
  for (j = 0; dating[j]; j++)
    if (n == strlen(dating[j]) && strncasecmp(t, dating[j], n) == 0)
      return 1;
  return 0;
}

/* Does t[a..b) hold one word that dates the text, and no other ("Published
 * November 20th, 2019 - 07:50 GMT", "Updated: 3 May")? */
static int dateline(const char *t, size_t a, size_t b)
{
  size_t pos = a, st, wl, n = 0;
  int dating = 0;
  while ((wl = bc__validate_next_word(t, b, &pos, &st)) > 0) {
    n++;
    dating = bc__check_dating_word(t + st, wl) ||
             (dating && wl == 2 && strncasecmp(t + st, "on", 2) == 0);
  }
  return dating && n <= 2;
}

/* Is the date at span s a post's dated heading: a "#" line, alone on its
 * line ("## 3 March 2019", "**14 August 2020**"), or a dateline ("Published
 * November 20th, 2019 - 07:50 GMT")?  Its line starts after the last of
 * the source's line breaks before it (lines), found by a binary search: a
 * scan back would read a long line once per date. */
static int heading_date(const char *t, size_t len,
                        const struct bc__marks *lines, struct bc_span s)
{
  size_t k = bc__marks_before(lines, s.start), e = s.end;
  size_t a = k ? lines->at[k - 1] + 1 : 0;
  if (t[a] == '#' || (s.start - a <= 40 && dateline(t, a, s.start)))
    return 1;
  for (; a < s.start; a++)
    if (!strchr(" \t*_", t[a]))
      return 0;
  for (; e < len && t[e] != '\n'; e++)
    if (!strchr(" \t*_:.", t[e]))
      return 0;
  return 1;
}

/* How a claim may lean on the source date f, parsed into *sd; 0 when not
 * at all.  The analyzer's value is taken as it stands: a day, month or
 * quarter written without its year ("05/30", "in April", "the third
 * quarter") has the year its tense, its post's dated heading, a year
 * opening its sentence or its story (the analyzer's bc__tx_story_year: the
 * last day written in full before it) gives it, as a reader takes it.
 *  - A value written out, or given a year so, states its value, may be
 *    named as what the source says, may be mixed up, and may repair.
 *  - A date worked out from the reference date ("last year" in a post of
 *    2024 is 2023, "last spring", "this week") and a season or half year
 *    whose year is a guess state their value and may be named, but count
 *    as a mix-up only on strong evidence and repair nothing.
 *  - A weekday named alone ("said Friday") and a value taken from an
 *    earlier date ("a year earlier", "that year") only support a claim of
 *    their value. */
static unsigned date_use(const struct bc__vstate *v,
                         const struct bc_date_fact *f, int in_times,
                         struct bc__sdate *sd)
{
  struct bc__dval lo, hi;
  unsigned use = BC__SD_STATES | BC__SD_SAYS;
  memset(sd, 0, sizeof *sd);
  if (f->type == BC_TIMEX_DURATION || f->type == BC_TIMEX_SET ||
      f->kind == BC_DATE_TIME || f->kind == BC_DATE_DURATION ||
      f->kind == BC_DATE_SET || !bc__validate_date_value(f->iso, &lo, &hi))
    return 0;
  if (f->kind == BC_DATE_RELATIVE && f->guessed && !f->relative)
    use = BC__SD_STATES; /* "a year earlier", "that year" */
  else if (in_times && lo.kind == BC_DATE_DAY)
    use = BC__SD_STATES; /* "said Friday" */
  else if (f->kind == BC_DATE_RELATIVE || (f->relative && !f->guessed) ||
           (f->guessed && lo.kind != BC_DATE_DAY && lo.kind != BC_DATE_MONTH &&
            lo.kind != BC_DATE_QUARTER))
    use |= BC__SD_WEAK; /* "last year", "last spring", "late spring" */
  sd->lo = lo;
  sd->hi = hi;
  sd->range = memcmp(&lo, &hi, sizeof lo) != 0;
  if (heading_date(v->doc->text, v->doc->text_len, &v->lines, f->span))
    use |= BC__SD_HEADING;
  sd->use = use;
  return use;
}

/* The index of the sentence of the fact sheet holding offset at; the
 * number of sentences when none does. */
static size_t sentence_of(const struct bc_facts *F, size_t at)
{
  size_t lo = 0, hi = F->n_sentences;
  while (lo < hi) { /* the first sentence ending after at */
    size_t mid = lo + (hi - lo) / 2;
    if (F->sentences[mid].end <= at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < F->n_sentences && F->sentences[lo].start <= at ? lo
                                                             : F->n_sentences;
}

/* Append f to v->dates when a claim may lean on it. */
static int add_date(struct bc__vstate *v, const struct bc_date_fact *f,
                    int in_times, size_t *cap)
{
  struct bc__sdate sd;
  if (!date_use(v, f, in_times, &sd))
    return 0;
  if (v->n_dates == *cap) {
    size_t nc = *cap ? 2 * *cap : 16;
    struct bc_date_fact *g = bc__realloc(v->dates, nc * sizeof *g);
    struct bc__sdate *h;
    if (!g)
      return 1;
    v->dates = g;
    h = bc__realloc(v->date_val, nc * sizeof *h);
    if (!h)
      return 1;
    v->date_val = h;
    *cap = nc;
  }
  sd.sent = sentence_of(v->facts, f->span.start);
  v->dates[v->n_dates] = *f;
  v->date_val[v->n_dates] = sd;
  v->n_dates++;
  return 0;
}

/* The source's dates and periods, then every bare year the analyzer did not
 * take as a date ("Version 2019", "the 2019 figure" read as a number), so
 * that a year mixed up in the summary is caught even where the source's
 * wording kept it from the tagger. */
static int collect_dates(struct bc__vstate *v)
{
  const struct bc_facts *F = v->facts;
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, cap = 0;
  struct bc__span_index in_facts;
  for (i = 0; i < F->n_dates; i++)
    if (add_date(v, &F->dates[i], 0, &cap))
      return 1;
  for (i = 0; i < F->n_times; i++)
    if (add_date(v, &F->times[i], 1, &cap))
      return 1;
  if (bc__span_index_init(&in_facts, F->dates, F->n_dates, F->times,
                          F->n_times))
    return 1;
  for (i = 0; t && i + 4 <= len; i++) {
    int y = bc__check_bare_year(t, len, i);
    struct bc_date_fact f;
    if (!y)
      continue;
    if (bc__span_index_overlaps(&in_facts, i, i + 4)) {
      i += 3;
      continue;
    }
    memset(&f, 0, sizeof f);
    f.span.start = i;
    f.span.end = i + 4;
    f.kind = BC_DATE_YEAR;
    snprintf(f.iso, sizeof f.iso, "%04d", y);
    if (add_date(v, &f, 0, &cap)) {
      bc__span_index_release(&in_facts);
      return 1;
    }
    i += 3;
  }
  bc__span_index_release(&in_facts);
  return 0;
}

/* The source's durations with a known amount ("three months", "a
 * decade"), for a claim's durations that are no number facts. */
static int collect_durations(struct bc__vstate *v)
{
  const struct bc_facts *F = v->facts;
  size_t i, k = 0;
  double days;
  for (i = 0; i < F->n_times; i++)
    k += F->times[i].type == BC_TIMEX_DURATION;
  if (!k)
    return 0;
  v->durs = bc__calloc(k, sizeof *v->durs);
  v->dur_ctx = bc__calloc(k, sizeof *v->dur_ctx);
  if (!v->durs || !v->dur_ctx)
    return 1;
  for (i = 0; i < F->n_times; i++) {
    const struct bc_date_fact *f = &F->times[i];
    if (f->type != BC_TIMEX_DURATION ||
        !bc__validate_duration_days(f->iso, &days))
      continue;
    v->durs[v->n_durs] = *f;
    bc__wordtab_context(&v->words, f->span, &v->dur_ctx[v->n_durs]);
    v->n_durs++;
  }
  return 0;
}

/* The relative dates no reference date resolves ("this year", "two years
 * ago" in an undated source). */
static int collect_unresolved(struct bc__vstate *v)
{
  const struct bc_facts *F = v->facts;
  size_t i, k = 0;
  for (i = 0; i < F->n_dates; i++)
    k += F->dates[i].kind == BC_DATE_RELATIVE && !F->dates[i].iso[0];
  if (!k)
    return 0;
  v->unres = bc__calloc(k, sizeof *v->unres);
  v->unres_ctx = bc__calloc(k, sizeof *v->unres_ctx);
  if (!v->unres || !v->unres_ctx)
    return 1;
  for (i = 0; i < F->n_dates; i++)
    if (F->dates[i].kind == BC_DATE_RELATIVE && !F->dates[i].iso[0]) {
      v->unres[v->n_unres] = F->dates[i].span;
      bc__wordtab_context(&v->words, F->dates[i].span,
                          &v->unres_ctx[v->n_unres]);
      v->n_unres++;
    }
  return 0;
}

/* The weekday a source fact names alone, as its first word with nothing
 * after it but a part of the day ("Saturday", "Tuesday night", "Friday's");
 * 0 for a date written out ("Friday, December 6th"), a shifted weekday
 * ("last Friday": the analyzer's value is arithmetic) or anything else. */
int bc__check_weekday_alone(const char *t, struct bc_span s)
{
  size_t pos = s.start, st, wl, n = 0;
  int wd = 0;
  while ((wl = bc__validate_next_word(t, s.end, &pos, &st)) > 0) {
    if (bc__check_has_digit(t + st, wl) || bc__cal_month_of(t + st, wl))
      return 0;
    if (n++ == 0) {
      wd = bc__cal_weekday_of(t + st, wl);
      if (!wd || strlen(bc__cal_weekday_name(wd)) != wl)
        return 0;
    } else if (n > 2) {
      return 0;
    }
  }
  return wd;
}

/* The source's weekdays named alone, each with the day the analyzer read
 * it as.  One it left without a day for want of a day to count from (a
 * dated heading of a month only above it) is kept without one, for the
 * checker to count from the document's date; one the present tense makes
 * a weekly habit ("XXXX-WXX-3") is no day at all. */
static int collect_weekdays(struct bc__vstate *v)
{
  const struct bc_facts *F = v->facts;
  const char *t = v->doc->text;
  size_t i, n = F->n_dates + F->n_times;
  if (!t || !n)
    return 0;
  v->wdays = bc__calloc(n, sizeof *v->wdays);
  if (!v->wdays)
    return 1;
  for (i = 0; i < n; i++) {
    const struct bc_date_fact *f =
        i < F->n_dates ? &F->dates[i] : &F->times[i - F->n_dates];
    struct bc__sweekday *w = &v->wdays[v->n_wdays];
    int y, m, d;
    if (f->type == BC_TIMEX_SET || f->span.end > v->doc->text_len ||
        !(w->wd = bc__check_weekday_alone(t, f->span)))
      continue;
    w->day = BC__NO_DAY;
    if (bc__cal_parse_iso(f->iso, &y, &m, &d) && d) {
      if (!f->relative || !f->guessed || bc__cal_weekday(y, m, d) != w->wd)
        continue; /* a day the analyzer read from more than the weekday */
      w->day = bc__cal_day_number(y, m, d);
    } else if (f->iso[0] && strcmp(f->iso, "XXXX-XX-XX") != 0 &&
               strncmp(f->iso, "XXXX-XX-XXT", 11) != 0) {
      continue; /* "XXXX-WXX-3": every Wednesday */
    }
    w->span = f->span;
    w->sent = sentence_of(F, f->span.start);
    bc__wordtab_context(&v->words, f->span, &w->ctx);
    v->n_wdays++;
  }
  return 0;
}

/* A day of the source's dates (no range), for collect_day_steps. */
struct day_at {
  size_t end, start, i;
};

static int by_end(const void *a, const void *b)
{
  const struct day_at *x = a, *y = b;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* The phrase of a day one away from another at t[i..) ("the day before"),
 * with its step; 0 when none starts there. */
static int day_step_at(const char *t, size_t len, size_t i, size_t *n)
{
  static const struct {
    const char *w;
    int step;
  } steps[] = {{"the day before", -1}, {"the previous day", -1},
               {"a day earlier", -1},  {"the day after", 1},
               {"the next day", 1},    {"the following day", 1},
               {"a day later", 1}};
  size_t k;
  if ((i > 0 && bc__check_is_alnum((unsigned char)t[i - 1])) ||
      (t[i] != 't' && t[i] != 'T' && t[i] != 'a' && t[i] != 'A'))
    return 0;
  for (k = 0; k < sizeof steps / sizeof steps[0]; k++) {
    *n = strlen(steps[k].w);
    if (i + *n <= len && strncasecmp(t + i, steps[k].w, *n) == 0 &&
        (i + *n == len || !bc__check_is_alnum((unsigned char)t[i + *n])))
      return steps[k].step;
  }
  return 0;
}

/* Does an event the step counts from follow t[at] ("the day before the
 * fitting", "the day after his arrest")? */
static int event_after(const char *t, size_t len, size_t at)
{
  static const char *const det[] = {"the ", "his ", "her ", "their ",
                                    "its ", "a ",   "an "};
  size_t k, n;
  if (at >= len || t[at] != ' ')
    return 0;
  for (k = 0; k < sizeof det / sizeof det[0]; k++) {
    n = strlen(det[k]);
    if (at + 1 + n <= len && strncasecmp(t + at + 1, det[k], n) == 0)
      return 1;
  }
  return 0;
}

/* Append span to the source's relative dates that no date resolves. */
static int add_unresolved(struct bc__vstate *v, struct bc_span span)
{
  struct bc_span *u = bc__realloc(v->unres, (v->n_unres + 1) * sizeof *u);
  struct bc__context *c;
  if (!u)
    return 1;
  v->unres = u;
  c = bc__realloc(v->unres_ctx, (v->n_unres + 1) * sizeof *c);
  if (!c)
    return 1;
  v->unres_ctx = c;
  v->unres[v->n_unres] = span;
  bc__wordtab_context(&v->words, span, &v->unres_ctx[v->n_unres]);
  v->n_unres++;
  return 0;
}

/* The days a day away from a date before them ("On Monday, Switzerland
 * and Denmark clinched.  The day before, Portugal made it"), which the
 * analyzer reads no value for yet: each counts from the last day the
 * source's dates give before it, in its sentence or the one before, and
 * is kept apart from the dates, to state its day only to a claim in its
 * own words.  One pass over the text with the days sorted by their end. */
static int collect_day_steps(struct bc__vstate *v)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, j, n, nd = 0, next = 0, cap = 0;
  size_t last = (size_t)-1;
  struct day_at *days;
  if (!t || !v->n_dates)
    return 0;
  days = bc__calloc(v->n_dates, sizeof *days);
  if (!days)
    return 1;
  for (j = 0; j < v->n_dates; j++)
    if (v->date_val[j].lo.kind == BC_DATE_DAY && !v->date_val[j].range) {
      days[nd].end = v->dates[j].span.end;
      days[nd].start = v->dates[j].span.start;
      days[nd++].i = j;
    }
  qsort(days, nd, sizeof *days, by_end);
  for (i = 0; i < len; i++) {
    int step = day_step_at(t, len, i, &n), y, m, d;
    const struct bc__dval *a;
    struct bc__sweekday *w;
    size_t sent;
    if (!step)
      continue;
    for (; next < nd && days[next].end <= i; next++)
      if (last == (size_t)-1 || days[next].start >= days[last].start)
        last = next;
    sent = sentence_of(v->facts, i);
    if (last == (size_t)-1 || event_after(t, len, i + n) ||
        (v->date_val[days[last].i].sent != sent &&
         v->date_val[days[last].i].sent + 1 != sent)) {
      /* "on the day before the fitting": a day counted from an event, not
       * from a date near it, is a date the source does not give. */
      if (add_unresolved(v, (struct bc_span){i, i + n})) {
        free(days);
        return 1;
      }
      i += n - 1;
      continue;
    }
    if (v->n_steps == cap) {
      size_t nc = cap ? 2 * cap : 8;
      struct bc__sweekday *g = bc__realloc(v->steps, nc * sizeof *g);
      if (!g) {
        free(days);
        return 1;
      }
      v->steps = g;
      cap = nc;
    }
    a = &v->date_val[days[last].i].lo;
    w = &v->steps[v->n_steps++];
    memset(w, 0, sizeof *w);
    w->day = bc__cal_day_number(a->y, a->m, a->d) + step;
    bc__cal_from_day_number(w->day, &y, &m, &d);
    w->wd = bc__cal_weekday(y, m, d);
    w->span.start = i;
    w->span.end = i + n;
    w->sent = sent;
    w->anchor = days[last].i;
    /* In the anchor's own sentence ("returned on December 27 and made
     * plans to meet a friend at 8pm the next day"), the words after the
     * anchor are the step's, those up to it the anchor's. */
    if (v->date_val[w->anchor].sent == sent) {
      size_t ae = v->dates[w->anchor].span.end;
      bc__wordtab_context_within(&v->words, w->span, ae, (size_t)-1, &w->ctx);
      bc__wordtab_context_within(&v->words, v->dates[w->anchor].span, 0, ae,
                                 &w->actx);
    } else {
      bc__wordtab_context(&v->words, w->span, &w->ctx);
      w->actx = v->date_ctx[w->anchor];
    }
    i += n - 1;
  }
  free(days);
  return 0;
}

/* Does t[a..b) hold a run of four digits (a year written out)? */
int bc__check_has_year_digits(const char *t, size_t a, size_t b)
{
  size_t run = 0;
  for (; a < b; a++) {
    run = t[a] >= '0' && t[a] <= '9' ? run + 1 : 0;
    if (run == 4)
      return 1;
  }
  return 0;
}

/* The source's dates grouped by context and by value (what
 * bc__validate_dval_supports and bc__validate_dval_nearness read of
 * them), so that a claim's date reads a context or compares a value once
 * per group (check_dates.c's weigh): a long source repeats a few of each;
 * and by both and their use at once (v->date_grp).  Nonzero on
 * out-of-memory. */
static int group_dates(struct bc__vstate *v)
{
  struct date_key {
    struct bc__dval lo, hi;
    int range;
  } *keys = bc__calloc(v->n_dates ? v->n_dates : 1, sizeof *keys);
  size_t i;
  int bad;
  if (!keys)
    return 1;
  for (i = 0; i < v->n_dates; i++) {
    keys[i].lo = v->date_val[i].lo;
    keys[i].hi = v->date_val[i].hi;
    keys[i].range = v->date_val[i].range;
  }
  bad = bc__groups_by_key(&v->date_val_grp, keys, v->n_dates, sizeof *keys) ||
        bc__groups_by_context(&v->date_ctx_grp, v->date_ctx, v->n_dates) ||
        bc__answers_init(&v->date_ov, v->n_dates) ||
        bc__answers_init(&v->date_sup, v->n_dates);
  free(keys);
  if (!bad) {
    unsigned *use = bc__calloc(v->n_dates ? v->n_dates : 1, sizeof *use);
    for (i = 0; use && i < v->n_dates; i++)
      use[i] = v->date_val[i].use;
    bad = !use || bc__groups_joint(&v->date_grp, &v->date_val_grp,
                                   &v->date_ctx_grp, use, v->n_dates);
    free(use);
  }
  return bad;
}

/* The content words of t[lo..hi) around the fact s, nearest first, as
 * bc__validate_context reads them but across the sentence ends between. */
static void context_between(const struct bc__vstate *v, size_t lo, size_t hi,
                            struct bc_span s, struct bc__context *out)
{
  const char *t = v->doc->text;
  size_t pos = lo, st, n, left = 0, right = 0;
  uint32_t lh[BC__CTX_WORDS], rh[BC__CTX_WORDS];
  while ((n = bc__validate_next_word(t, s.start, &pos, &st)) > 0)
    if (!bc__lex_is_skippable(t + st, n) && !(t[st] >= '0' && t[st] <= '9'))
      lh[left++ % BC__CTX_WORDS] = bc__validate_stem_hash(t + st, n);
  pos = s.end;
  while (right < BC__CTX_WORDS &&
         (n = bc__validate_next_word(t, hi, &pos, &st)) > 0)
    if (!bc__lex_is_skippable(t + st, n) && !(t[st] >= '0' && t[st] <= '9'))
      rh[right++] = bc__validate_stem_hash(t + st, n);
  bc__validate_context_fill(lh, left, rh, right, out);
}

/* Is the sentence end at t[at] the full stop of a title before a name
 * ("In October, Rep. David McKinley visited", "said Gov. Noem")?  The
 * sentence goes on past it. */
static int title_stop(const char *t, size_t len, size_t at)
{
  static const char *const titles[] = {
      "adm",  "capt", "cmdr", "col", "dr",  "gen", "gov",
      "hon",  "lt",   "maj",  "mr",  "mrs", "ms",  "pres",
      "prof", "rep",  "rev",  "sen", "sgt", "st",  "supt"}; /* sorted */
  size_t b = at;
  if (t[at] != '.' || at + 2 >= len || t[at + 1] != ' ' ||
      !(t[at + 2] >= 'A' && t[at + 2] <= 'Z'))
    return 0;
  while (b > 0 && bc__check_is_alnum((unsigned char)t[b - 1]))
    b--;
  return at > b && t[b] >= 'A' && t[b] <= 'Z' &&
         BC__LEX_IN(titles, t + b, at - b);
}

/* Most sentence ends a source date's words reach across: a title's stop
 * on each side, a few at most. */
#define TITLE_HOPS 2

/* The words of the source date at s where its sentence, as the checker
 * splits it, is a part cut off at a title ("In October, Rep." of "In October,
 * Rep. David McKinley visited the border") or holds no word at all:
 * those of the whole sentence, across the title's stop; or, for a year
 * standing alone after a reference's journal ("Drug Saf.
 * 2013;36(10):953-80.", "In Seminars in cutaneous medicine and surgery.
 * 1996."), those of its line before it, the work its line names.  Else
 * *out is left as it is. */
static void widen_context(const struct bc__vstate *v, struct bc_span s,
                          struct bc__context *out)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, k, lo, hi, hops, line;
  int wide = 0;
  k = bc__marks_before(&v->sents, s.start);
  lo = k ? v->sents.at[k - 1] + 1 : 0;
  for (hops = 0; hops < TITLE_HOPS && k > 0 && title_stop(t, len, lo - 1);
       hops++) {
    k--;
    lo = k ? v->sents.at[k - 1] + 1 : 0;
    wide = 1;
  }
  k = bc__marks_before(&v->sents, s.end);
  hi = k < v->sents.n ? v->sents.at[k] : len;
  for (hops = 0; hops < TITLE_HOPS && k < v->sents.n && title_stop(t, len, hi);
       hops++) {
    k++;
    hi = k < v->sents.n ? v->sents.at[k] : len;
    wide = 1;
  }
  if (wide) {
    context_between(v, lo, hi, s, out);
  } else if (!out->n) {
    k = bc__marks_before(&v->lines, s.start);
    line = k ? v->lines.at[k - 1] + 1 : 0;
    if (s.start - line > 600)
      line = s.start - 600;
    context_between(v, line, s.end, s, out);
  }
}

struct pos_key {
  size_t start, idx;
};

static int pos_key_cmp(const void *a, const void *b)
{
  const struct pos_key *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* v->date_by_pos and v->date_pos_rank: the dates sorted by where they
 * start. */
static int order_dates(struct bc__vstate *v)
{
  struct pos_key *k = bc__calloc(v->n_dates, sizeof *k);
  size_t i;
  v->date_by_pos = bc__calloc(v->n_dates, sizeof *v->date_by_pos);
  v->date_pos_rank = bc__calloc(v->n_dates, sizeof *v->date_pos_rank);
  if (!k || !v->date_by_pos || !v->date_pos_rank) {
    free(k);
    return 1;
  }
  for (i = 0; i < v->n_dates; i++)
    k[i] = (struct pos_key){v->dates[i].span.start, i};
  qsort(k, v->n_dates, sizeof *k, pos_key_cmp);
  for (i = 0; i < v->n_dates; i++) {
    v->date_by_pos[i] = k[i].idx;
    v->date_pos_rank[k[i].idx] = i;
  }
  free(k);
  return 0;
}

bc_status bc__check_dates_prepare(struct bc__vstate *v)
{
  size_t i;
  if (collect_dates(v) || collect_durations(v) || collect_unresolved(v) ||
      collect_weekdays(v))
    return BC_ERR_NOMEM;
  if (v->n_dates) {
    v->date_ctx = bc__calloc(v->n_dates, sizeof *v->date_ctx);
    v->date_cell = bc__calloc(v->n_dates, sizeof *v->date_cell);
    v->cell_made = bc__calloc(v->n_dates, sizeof *v->cell_made);
    if (!v->date_ctx || !v->date_cell || !v->cell_made || order_dates(v))
      return BC_ERR_NOMEM;
    for (i = 0; i < v->n_dates; i++) {
      bc__wordtab_context(&v->words, v->dates[i].span, &v->date_ctx[i]);
      widen_context(v, v->dates[i].span, &v->date_ctx[i]);
    }
  }
  if (group_dates(v))
    return BC_ERR_NOMEM;
  return collect_day_steps(v) ? BC_ERR_NOMEM : BC_OK;
}
