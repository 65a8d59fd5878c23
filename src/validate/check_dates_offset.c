/* check_dates_offset.c - a claim's time counted from an event ("had
 * announced the exchange two weeks earlier", "died three days later"),
 * checked against the offset the source gives the same event: a length of
 * time with its direction ("a week earlier", "days after"), or a step of
 * one unit ("last week", "the previous month", "the next day").  It reads
 * no date itself (the analyzer does) and judges only offsets; other
 * durations are check_dates.c's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

/* Which way a word that makes the length of time before it an offset
 * counts ("two weeks earlier"): -1 back, +1 forward, 0 it is none. */
static int dir_of(const char *w, size_t n)
{
  static const struct {
    const char *w;
    int dir;
  } words[] = {{"earlier", -1}, {"before", -1},     {"ago", -1},
               {"prior", -1},   {"previously", -1}, {"beforehand", -1},
               {"later", 1},    {"after", 1},       {"afterwards", 1},
               {"afterward", 1}};
  size_t k;
  for (k = 0; k < sizeof words / sizeof words[0]; k++)
    if (n == strlen(words[k].w) && strncasecmp(w, words[k].w, n) == 0)
      return words[k].dir;
  return 0;
}

/* The offset word right after t[e] (at e + 1, its end in *end) and its
 * direction; 0 when there is none. */
static int offset_word(const char *t, size_t len, size_t e, size_t *end)
{
  size_t pos = e, st, wl;
  int dir;
  if ((wl = bc__validate_next_word(t, len, &pos, &st)) == 0 || st != e + 1 ||
      (dir = dir_of(t + st, wl)) == 0)
    return 0;
  *end = st + wl;
  return dir;
}

/* Does the offset ending at t[e] end in "ago", which counts from the
 * text's present ("five years ago"), not from an event? */
static int ends_ago(const char *t, size_t e)
{
  return e >= 3 && strncasecmp(t + e - 3, "ago", 3) == 0 &&
         (e == 3 || !bc__check_is_alnum((unsigned char)t[e - 4]));
}

/* Is the offset word ending at t[e] a preposition with its event after it
 * ("seven years before the launch")?  Then which way it counts depends on
 * which event the sentence is about ("the map was made seven years before
 * the launch", "the launch comes seven years after the map"). */
static int names_event_after(const char *t, size_t len, size_t e)
{
  return e + 1 < len && t[e] == ' ' &&
         ((t[e + 1] >= 'a' && t[e + 1] <= 'z') ||
          (t[e + 1] >= 'A' && t[e + 1] <= 'Z')) &&
         ((e >= 6 && strncasecmp(t + e - 6, "before", 6) == 0) ||
          (e >= 5 && strncasecmp(t + e - 5, "after", 5) == 0));
}

/* The length of one unit a step names ("week" of "last week"), in days;
 * 0 for none. */
static double unit_days(const char *t, size_t n)
{
  static const struct {
    const char *w;
    double days;
  } units[] = {{"day", 1},       {"night", 1},   {"morning", 1},
               {"afternoon", 1}, {"evening", 1}, {"week", 7},
               {"month", 30},    {"year", 365},  {"decade", 3652}};
  size_t k;
  if (n > 1 && (t[n - 1] == 's' || t[n - 1] == 'S'))
    n--; /* "weeks" */
  for (k = 0; k < sizeof units / sizeof units[0]; k++)
    if (n == strlen(units[k].w) && strncasecmp(t, units[k].w, n) == 0)
      return units[k].days;
  return 0;
}

/* A source date written as a step of one unit from now or from its story
 * ("last week", "the previous month", "the year before", "yesterday"):
 * its direction, with the unit's length in *days; 0 when it is none. */
static int one_step(const char *t, size_t a, size_t b, double *days)
{
  static const struct {
    const char *w;
    int dir;
  } before[] = {{"last", -1},      {"previous", -1}, {"prior", -1},
                {"preceding", -1}, {"next", 1},      {"following", 1}};
  size_t pos = a, st, wl, w1 = 0, n1 = 0, w2 = 0, n2 = 0, w3 = 0, n3 = 0, k;
  int words = 0;
  while ((wl = bc__validate_next_word(t, b, &pos, &st)) > 0) {
    if (++words > 3)
      return 0;
    if (words == 1)
      w1 = st, n1 = wl;
    else if (words == 2)
      w2 = st, n2 = wl;
    else
      w3 = st, n3 = wl;
  }
  if (words == 1 && n1 == 9 && strncasecmp(t + w1, "yesterday", 9) == 0)
    return *days = 1, -1;
  if (words == 1 && n1 == 8 && strncasecmp(t + w1, "tomorrow", 8) == 0)
    return *days = 1, 1;
  if (words >= 2 && n1 == 3 && strncasecmp(t + w1, "the", 3) == 0) {
    /* "the previous month", "the week before" */
    if (words == 3 && (*days = unit_days(t + w2, n2)) > 0) {
      if (n3 == 6 && strncasecmp(t + w3, "before", 6) == 0)
        return -1;
      if (n3 == 5 && strncasecmp(t + w3, "after", 5) == 0)
        return 1;
    }
    w1 = w2, n1 = n2, w2 = w3, n2 = n3, words--;
  }
  if (words != 2 || (*days = unit_days(t + w2, n2)) <= 0)
    return 0;
  for (k = 0; k < sizeof before / sizeof before[0]; k++)
    if (n1 == strlen(before[k].w) && strncasecmp(t + w1, before[k].w, n1) == 0)
      return before[k].dir;
  return 0;
}

/* A date on the very day of the one it is dated from ("the same day",
 * "that night", "later that day")? */
static int same_day(const char *t, size_t a, size_t b)
{
  size_t pos = a, st, wl, n = 0, u, un;
  int that = 0;
  while ((wl = bc__validate_next_word(t, b, &pos, &st)) > 0) {
    n++;
    if (n == 1 && ((wl == 5 && strncasecmp(t + st, "later", 5) == 0) ||
                   (wl == 7 && strncasecmp(t + st, "earlier", 7) == 0)))
      continue;
    if (!that && wl == 4 && strncasecmp(t + st, "that", 4) == 0)
      that = 2;
    else if (!that && wl == 3 && strncasecmp(t + st, "the", 3) == 0)
      that = 1;
    else if (that == 1 && wl == 4 && strncasecmp(t + st, "same", 4) == 0)
      that = 2;
    else {
      /* the last word: one day's unit, not "that week", "those days" */
      u = st;
      un = wl;
      return that == 2 && bc__validate_next_word(t, b, &pos, &st) == 0 &&
             unit_days(t + u, un) == 1 &&
             !(t[u + un - 1] == 's' || t[u + un - 1] == 'S');
    }
  }
  return 0;
}

/* The length of a unit shorter than a day ("minutes" of "20 minutes
 * ago"), in days; 0 for none.  Only an amount counts in these: "the next
 * hour" and "last minute" are no steps of check_dates_offset's. */
static double short_unit_days(const char *t, size_t n)
{
  if (n > 1 && (t[n - 1] == 's' || t[n - 1] == 'S'))
    n--;
  if (n == 6 && strncasecmp(t, "second", 6) == 0)
    return 1.0 / 86400;
  if (n == 6 && strncasecmp(t, "minute", 6) == 0)
    return 1.0 / 1440;
  if (n == 4 && strncasecmp(t, "hour", 4) == 0)
    return 1.0 / 24;
  return 0;
}

/* Is t[0..n) a word that makes the amount after it approximate ("about
 * 15 minutes ago")? */
static int approx_word(const char *t, size_t n)
{
  static const char *const words[] = {"about",  "almost",  "around",
                                      "nearly", "roughly", "some"}; /* sorted */
  return BC__LEX_IN(words, t, n);
}

/* A source date written as an amount of units and an offset word ("a
 * week earlier", "two days later", "10 years ago", "about 15 minutes
 * ago"), which the analyzer dates from the day before it: its direction,
 * with the amount in *days; 0 when it is none. */
static int counted(const char *t, size_t a, size_t b, double *days)
{
  size_t pos = a, st[3], wl[3], n = 0, w;
  int amount = -1;
  while (n < 3 && (wl[n] = bc__validate_next_word(t, b, &pos, &st[n])) > 0) {
    if (n == 0 && approx_word(t + st[0], wl[0]))
      continue; /* the amount is what the writer gives, "about" or not */
    n++;
  }
  if (n != 3 || bc__validate_next_word(t, b, &pos, &w) > 0)
    return 0;
  if ((wl[0] == 1 && (t[st[0]] == 'a' || t[st[0]] == 'A')) ||
      (wl[0] == 2 && strncasecmp(t + st[0], "an", 2) == 0))
    amount = 1;
  else if (wl[0] <= 3 && bc__check_has_digit(t + st[0], wl[0])) {
    amount = 0;
    for (w = 0; w < wl[0]; w++) {
      if (t[st[0] + w] < '0' || t[st[0] + w] > '9')
        return 0;
      amount = amount * 10 + (t[st[0] + w] - '0');
    }
  } else
    amount = bc__lex_cardinal(t + st[0], wl[0]);
  if (amount <= 0 || ((*days = unit_days(t + st[1], wl[1])) <= 0 &&
                      (*days = short_unit_days(t + st[1], wl[1])) <= 0))
    return 0;
  *days *= amount;
  return dir_of(t + st[2], wl[2]);
}

/* An offset of the source: where, how far (days) and which way, and
 * whether its amount is a step of one unit, which a writer may count more
 * loosely ("last week" is some days before, under two weeks). */
struct offset {
  struct bc_span span;
  double days;
  int dir, step, same; /* same: on the very day ("the same day") */
  int now;             /* counted from the text's present ("next week") */
  int either;          /* "before"/"after" an event: either way */
  const struct bc__context *ctx;
};

/* Does the source's offset o bear out the claim's offset k?  The same
 * direction, and the same amount within a tenth; a step of one unit
 * ("last week", "the previous month") stands for any amount short of two
 * such units, and is borne out by an amount from half a unit on. */
static int agrees(const struct offset *o, const struct offset *k)
{
  double lo = o->days < k->days ? o->days : k->days;
  double hi = o->days < k->days ? k->days : o->days;
  /* "the same day" is borne out by "hours later", "that night", and no
   * more than a few days away contradicts it: "last week" may be counted
   * from another day than the claim's */
  if (o->same || k->same)
    return (o->same || (!o->step && o->days < 1) || o->days > 3) &&
           (k->same || (!k->step && k->days < 1) || k->days > 3);
  if (o->dir != k->dir && !o->either && !k->either)
    return 0;
  if (o->step && k->step)
    return o->days == k->days;
  if (o->step) /* "last year" bears out no "20 minutes ago" */
    return k->days < 2 * o->days && (k->days >= 1 || o->days <= 1);
  if (k->step)
    return o->days >= k->days / 2 && o->days < 2 * k->days;
  return hi - lo <= 0.1 * hi;
}

static int phrase_offset(const char *t, size_t len, struct bc_span s,
                         struct offset *o);

/* Is the length of time at t[s] one that something lasts ("jailed for
 * eight years after ...", "over two days before"), by the word before it?
 * Then the word after it does not count it from an event. */
static int lasting(const char *t, size_t s)
{
  static const char *const lengths[] = {"during", "for", "of", "over",
                                        "within"};
  size_t e = s, b;
  while (e > 0 && t[e - 1] == ' ')
    e--;
  b = e;
  while (b > 0 && bc__check_is_alnum((unsigned char)t[b - 1]))
    b--;
  return e > b && BC__LEX_IN(lengths, t + b, e - b);
}

/* Does the length of time at t[s] count ahead from the present: "in" before
 * it, in a sentence that looks ahead ("is expected to reach the beta in two
 * weeks", "will ship in three months")?  Not a time something took ("built
 * it in two weeks"). */
static int ahead(const char *t, size_t len, size_t s, size_t *from)
{
  static const char *const cues[] = {
      "due",   "expect",    "expected", "expects", "going", "plan", "planned",
      "plans", "scheduled", "shall",    "should",  "will"}; /* sorted */
  size_t b = s, a, pos, st, wl;
  while (b > 0 && t[b - 1] == ' ')
    b--;
  if (b < 2 || strncasecmp(t + b - 2, "in", 2) != 0 ||
      (b > 2 && bc__check_is_alnum((unsigned char)t[b - 3])))
    return 0;
  for (a = b - 2; a > 0 && !bc__validate_sentence_end(t, a - 1, len); a--)
    ;
  pos = a;
  *from = b - 2;
  while ((wl = bc__validate_next_word(t, b - 2, &pos, &st)) > 0)
    if (BC__LEX_IN(cues, t + st, wl) ||
        (wl > 3 && strncasecmp(t + st + wl - 3, "'ll", 3) == 0) ||
        (wl > 5 && memcmp(t + st + wl - 5, "\xe2\x80\x99ll", 5) == 0))
      return 1;
  return 0;
}

/* The offset a date fact of text t states, into *o (its context left
 * unset): a length of time the analyzer read as a duration, followed by
 * an offset word ("two weeks earlier"), or a date written as a step or as
 * an amount with its offset word ("the previous month", "a week
 * earlier"), which is dated from another date.  0 when it states none. */
static int written_offset(const char *t, size_t len,
                          const struct bc_date_fact *f, struct offset *o)
{
  size_t end, from;
  memset(o, 0, sizeof *o);
  if (f->type == BC_TIMEX_DURATION) {
    if (!bc__validate_duration_days(f->iso, &o->days) || o->days <= 0 ||
        lasting(t, f->span.start))
      return 0;
    if ((o->dir = offset_word(t, len, f->span.end, &end)) == 0) {
      /* "in two weeks": from the present, ahead */
      if (!ahead(t, len, f->span.start, &from))
        return 0;
      o->dir = o->now = 1;
      o->span = (struct bc_span){from, f->span.end};
      return 1;
    }
    o->span = (struct bc_span){f->span.start, end};
    o->either = names_event_after(t, len, end);
    o->now = ends_ago(t, end);
    return 1;
  }
  if (f->type != BC_TIMEX_DATE && f->type != BC_TIMEX_TIME)
    return 0;
  return phrase_offset(t, len, f->span, o);
}

/* Does the step t[s) count from the text's present ("next week", "last
 * month", "tomorrow"), not from an event ("the next day", "the following
 * week")? */
static int from_present(const char *t, struct bc_span s)
{
  static const char *const now[] = {"last", "next", "tomorrow",
                                    "yesterday"}; /* sorted */
  size_t pos = s.start, st, wl = bc__validate_next_word(t, s.end, &pos, &st);
  return wl > 0 && BC__LEX_IN(now, t + st, wl);
}

/* The offset a phrase t[s) states (a step, an amount with its offset
 * word, or the same day), into *o; 0 when none. */
static int phrase_offset(const char *t, size_t len, struct bc_span s,
                         struct offset *o)
{
  memset(o, 0, sizeof *o);
  o->dir = one_step(t, s.start, s.end, &o->days);
  o->step = o->dir != 0;
  o->now = o->step && from_present(t, s);
  if (!o->dir && !lasting(t, s.start)) {
    o->dir = counted(t, s.start, s.end, &o->days);
    o->now = o->dir && ends_ago(t, s.end);
  }
  o->same = !o->dir && same_day(t, s.start, s.end);
  o->either = names_event_after(t, len, s.end);
  o->span = s;
  return o->dir != 0 || o->same;
}

/* How many places source_offset reads. */
static size_t n_places(const struct bc__vstate *v)
{
  return v->n_durs + v->n_dates + v->n_steps + v->n_unres;
}

/* The source offset at place i, into *o: durs[i], then the dates, the
 * days one away from a date ("the next day") and the relative dates no
 * date resolves ("the day before the fitting"); 0 when it is none. */
static int source_offset(const struct bc__vstate *v, size_t i, struct offset *o)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len;
  if (i < v->n_durs) {
    if (!written_offset(t, len, &v->durs[i], o))
      return 0;
    o->ctx = &v->dur_ctx[i];
    return 1;
  }
  if ((i -= v->n_durs) < v->n_dates) {
    if (!written_offset(t, len, &v->dates[i], o))
      return 0;
    o->ctx = &v->date_ctx[i];
    return 1;
  }
  if ((i -= v->n_dates) < v->n_steps) {
    if (!phrase_offset(t, len, v->steps[i].span, o))
      return 0;
    o->ctx = &v->steps[i].ctx;
    return 1;
  }
  i -= v->n_steps;
  if (!phrase_offset(t, len, v->unres[i], o))
    return 0;
  o->ctx = &v->unres_ctx[i];
  return 1;
}

/* The source's offsets, in the order of their places, as vstate keeps
 * them: read once per check, not once per claim offset. */
struct bc__date_offset {
  struct offset o;
};

/* Reads the source's offsets into v->offs; 1 with v->rc set on
 * out-of-memory. */
static int read_offsets(struct bc__vstate *v)
{
  size_t i, n = n_places(v);
  v->offs_made = 1;
  if (n == 0)
    return 0;
  v->offs = bc__calloc(n, sizeof *v->offs);
  if (!v->offs) {
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  for (i = 0; i < n; i++)
    if (source_offset(v, i, &v->offs[v->n_offs].o))
      v->n_offs++;
  return 0;
}

/* Words of the claim's context a source offset must share to be said of
 * the same event. */
#define SAME_EVENT 3

int bc__check_date_offset(struct bc__vstate *v, const struct bc__claim *c,
                          const struct bc_date_fact *df)
{
  struct offset o, best, k;
  struct bc__context ctx;
  size_t i, ov, best_ov = 0, ahead_n = 0;
  char *says, *claim, msg[256];
  /* A claim's date dated from another: only one the summary counts from
   * its own event ("a week earlier"), not "last week" from its date.  But
   * where no reference date gave the claim's "three years ago" a value (an
   * undated source), no date checks it: it is weighed here against the
   * source's own counts from its present ("just five years ago"). */
  int valueless =
      df->type != BC_TIMEX_DURATION && df->relative && df->iso[0] == '\0';
  if ((df->type != BC_TIMEX_DURATION && (!df->guessed || df->relative) &&
       !valueless) ||
      !written_offset(c->text, c->len, df, &k) ||
      (valueless && !(k.now && ends_ago(c->text, k.span.end))))
    return 0; /* "next year's TT" is no count of the source's "next month" */
  if (!valueless && k.dir < 0)
    k.now = 0; /* "two weeks ago" of a dated claim: weighed as before */
  /* the source's own words ("demand that we saw that day") */
  if (bc__check_in_source(v, c->text + k.span.start, k.span.end - k.span.start))
    return 0;
  bc__validate_context(c->text, c->len, k.span, &ctx);
  memset(&best, 0, sizeof best);
  if (!v->offs_made && read_offsets(v))
    return 1;
  for (i = 0; i < v->n_offs; i++) {
    o = v->offs[i].o;
    if (k.now && !o.now)
      continue; /* one from the present against one from an event */
    if (agrees(&o, &k))
      return 0; /* the source counts this far somewhere */
    ahead_n += k.now && k.dir > 0 && o.dir == k.dir;
    ov = bc__validate_overlap(&ctx, o.ctx);
    if (ov > best_ov) {
      best_ov = ov;
      best = o;
    }
  }
  /* The one time the source counts ahead from its present ("next week")
   * is the one a claim counting ahead ("in two weeks") speaks of, in any
   * word they share. */
  if (best_ov < (ahead_n == 1 && best.dir == k.dir ? 1 : SAME_EVENT))
    return 0;
  says = bc__check_source_text(v, best.span);
  claim = bc__strndup(c->text + k.span.start, k.span.end - k.span.start);
  if (!says || !claim) {
    free(says);
    free(claim);
    v->rc = BC_ERR_NOMEM;
    return 1;
  }
  v->r->checked.dates++;
  snprintf(msg, sizeof msg, "the source counts this from its %s as %s, not %s",
           k.now ? "present" : "event", says, claim);
  bc__check_add(v, c, BC_FINDING_DATE, BC_SEV_ERROR, k.span, says, best.span,
                NULL, msg);
  free(says);
  free(claim);
  return 1;
}
