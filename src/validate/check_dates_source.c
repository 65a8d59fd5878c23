/* check_dates_source.c - the source's dates as the date checker reads
 * them, once per check: the analyzer's dates, every bare year and ISO date
 * it did not take as a date, and yearless dates ("On 02/26", "in April")
 * anchored to their post's dated heading, as a reader anchors them.  It
 * judges no claim; check_dates.c does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
#include "util/calendar.h"
#include "util/lexicon.h"
#include "validate/validate_internal.h"

/* Is the date at span s a post's dated heading: a "#" line, or alone on
 * its line ("## 3 March 2019", "**14 August 2020**")? */
int bc__check_heading_date(const char *t, size_t len, struct bc_span s)
{
  size_t a = s.start, e = s.end;
  while (a > 0 && t[a - 1] != '\n')
    a--;
  if (t[a] == '#')
    return 1;
  for (; a < s.start; a++)
    if (!strchr(" \t*_", t[a]))
      return 0;
  for (; e < len && t[e] != '\n'; e++)
    if (!strchr(" \t*_:.", t[e]))
      return 0;
  return 1;
}

/* The year a yearless date at t[at] belongs to: its post's dated heading,
 * else the document's own date; 0 when neither is known.  *hm, *hd: the
 * reference month and day. */
static int reference_year(const struct bc__vstate *v, size_t at, int *hm,
                          int *hd, int *from_heading)
{
  size_t i, best = (size_t)-1;
  struct bc__dval lo, hi;
  for (i = 0; i < v->n_dates; i++)
    if ((v->dates[i].kind == BC_DATE_DAY ||
         v->dates[i].kind == BC_DATE_MONTH) &&
        v->dates[i].span.end <= at &&
        (best == (size_t)-1 ||
         v->dates[i].span.start > v->dates[best].span.start) &&
        bc__check_heading_date(v->doc->text, v->doc->text_len,
                               v->dates[i].span))
      best = i;
  if (best != (size_t)-1 &&
      bc__validate_date_parse(v->dates[best].kind, v->dates[best].iso, &lo,
                              &hi)) {
    *hm = lo.m;
    *hd = lo.d ? lo.d : 31;
    *from_heading = 1;
    return lo.y;
  }
  *from_heading = 0;
  if (v->doc->date && strlen(v->doc->date) >= 4 &&
      sscanf(v->doc->date, "%4d-%2d-%2d", &lo.y, hm, hd) >= 1) {
    if (strlen(v->doc->date) < 10)
      *hm = 12, *hd = 31;
    return lo.y;
  }
  return 0;
}

/* "three years ago" / "2 years ago" right after t[at]: the years, else 0. */
static int years_ago(const char *t, size_t len, size_t at)
{
  size_t pos = at, st, n;
  int y = 0, c;
  n = bc__validate_next_word(t, len, &pos, &st);
  if (!n || st > at + 2)
    return 0;
  if (t[st] >= '1' && t[st] <= '9' && n <= 2)
    y = (int)strtol(t + st, NULL, 10);
  if (!y && (c = bc__lex_cardinal(t + st, n)) >= 1 && c <= 10)
    y = c; /* "one" to "ten" */
  if (!y)
    return 0;
  n = bc__validate_next_word(t, len, &pos, &st);
  if (!(n == 5 && strncasecmp(t + st, "years", 5) == 0) &&
      !(n == 4 && strncasecmp(t + st, "year", 4) == 0))
    return 0;
  n = bc__validate_next_word(t, len, &pos, &st);
  return n == 3 && strncasecmp(t + st, "ago", 3) == 0 ? y : 0;
}

/* Yearless source dates ("On 02/26", "in April") read against their post's
 * heading or the document date, as a reader does: "02/26" under "## 3 March
 * 2019" is 2019-02-26; "11/02 three years ago" under a 2021 heading is
 * 2018-11-02; a capitalised month after "in" under "## 14 August 2020" is
 * that month of 2020. */
static int anchor_dates(struct bc__vstate *v, size_t *cap)
{
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, n0 = v->n_dates;
  int y, hm, hd, m, d, head;
  if (!t)
    return 0;
  for (i = 0; i < n0; i++) {
    struct bc_date_fact *f = &v->dates[i];
    if (f->kind != BC_DATE_PARTIAL || sscanf(f->iso, "--%2d-%2d", &m, &d) != 2)
      continue;
    /* Only a post's heading dates it surely; the document's date may be
     * years after the story ("on 06/14 of that year"). */
    if (!(y = reference_year(v, f->span.start, &hm, &hd, &head)) || !head)
      continue;
    /* The year that puts the date nearest its reference: "12/30" in a
     * January post is last December, "1 December" in a November post is
     * next month. */
    if ((m - hm) * 31 + (d - hd) > 183)
      y--;
    else if ((m - hm) * 31 + (d - hd) < -183)
      y++;
    y -= years_ago(t, len, f->span.end);
    f->kind = BC_DATE_DAY;
    snprintf(f->iso, sizeof f->iso, "%04d-%02d-%02d", y, m, d);
  }
  for (i = 0; i + 3 < len; i++) {
    size_t pos = i, st, n, k, j;
    static const char *const before[] = {"in",     "and",   "since", "until",
                                         "by",     "from",  "to",    "through",
                                         "during", "early", "late",  "mid"};
    if (i > 0 && bc__check_is_alnum((unsigned char)t[i - 1]))
      continue;
    if (!(t[i] >= 'A' && t[i] <= 'Z'))
      continue;
    n = bc__validate_next_word(t, len, &pos, &st);
    /* A month's full name as written, capitalised ("April", not "april"
     * or "Apr"). */
    m = bc__cal_month_of(t + i, n) - 1;
    if (m < 0 || n != strlen(bc__cal_month_name(m + 1)) ||
        strncmp(t + i, bc__cal_month_name(m + 1), n) != 0)
      m = 12;
    if (m == 12 || st != i) {
      i += n ? n - 1 : 0;
      continue;
    }
    /* The word before must introduce a time: "in April", "and May". */
    j = i;
    while (j > 0 && t[j - 1] == ' ')
      j--;
    k = j;
    while (k > 0 && bc__check_is_alnum((unsigned char)t[k - 1]))
      k--;
    {
      size_t q;
      for (q = 0; q < sizeof before / sizeof before[0]; q++)
        if (j - k == strlen(before[q]) &&
            strncasecmp(t + k, before[q], j - k) == 0)
          break;
      if (q == sizeof before / sizeof before[0])
        continue;
    }
    for (k = 0; k < n0; k++)
      if (v->dates[k].span.start <= i && i < v->dates[k].span.end)
        break;
    if (k < n0 || !(y = reference_year(v, i, &hm, &hd, &head)))
      continue;
    if (m + 1 - hm > 6)
      y--;
    else if (m + 1 - hm < -6)
      y++;
    if (v->n_dates == *cap) {
      struct bc_date_fact *g = bc_realloc(v->dates, 2 * *cap * sizeof *g);
      if (!g)
        return 1;
      v->dates = g;
      *cap *= 2;
    }
    memset(&v->dates[v->n_dates], 0, sizeof v->dates[0]);
    v->dates[v->n_dates].span = (struct bc_span){i, i + n};
    v->dates[v->n_dates].kind = BC_DATE_MONTH;
    snprintf(v->dates[v->n_dates].iso, sizeof v->dates[0].iso, "%04d-%02d", y,
             m + 1);
    v->n_dates++;
    i += n - 1;
  }
  return 0;
}

/* The source's dates, and every bare year the analyzer did not take as a
 * date, so that a year mixed up in the summary is caught even where the
 * source's wording kept it from the date extractor. */
static int collect_dates(struct bc__vstate *v)
{
  const struct bc_facts *F = v->facts;
  const char *t = v->doc->text;
  size_t len = v->doc->text_len, i, k = 0, cap = F->n_dates + 16;
  v->dates = bc_calloc(cap, sizeof *v->dates);
  if (!v->dates)
    return 1;
  for (i = 0; i < F->n_dates; i++)
    v->dates[k++] = F->dates[i];
  for (i = 0; t && i + 4 <= len; i++) {
    int y = bc__check_bare_year(t, len, i), mm, dd, iso = 0;
    size_t j;
    if (!y)
      continue;
    iso = bc__check_iso_at(t, len, i, &y, &mm, &dd);
    for (j = 0; j < F->n_dates; j++)
      if (i < F->dates[j].span.end && F->dates[j].span.start < i + 4)
        break;
    if (j < F->n_dates) {
      i += 3;
      continue;
    }
    if (k == cap) {
      struct bc_date_fact *g = bc_realloc(v->dates, 2 * cap * sizeof *g);
      if (!g)
        return 1;
      v->dates = g;
      cap *= 2;
    }
    memset(&v->dates[k], 0, sizeof v->dates[k]);
    v->dates[k].span.start = i;
    if (iso) {
      v->dates[k].kind = BC_DATE_DAY;
      v->dates[k].span.end = i + 10;
      snprintf(v->dates[k].iso, sizeof v->dates[k].iso, "%04d-%02d-%02d", y, mm,
               dd);
    } else {
      v->dates[k].kind = BC_DATE_YEAR;
      v->dates[k].span.end = i + 4;
      snprintf(v->dates[k].iso, sizeof v->dates[k].iso, "%04d", y);
    }
    k++;
    i = v->dates[k - 1].span.end - 1;
  }
  v->n_dates = k;
  return anchor_dates(v, &cap);
}

bc_status bc__check_dates_prepare(struct bc__vstate *v)
{
  size_t i;
  if (collect_dates(v))
    return BC_ERR_NOMEM;
  if (v->n_dates) {
    v->date_ctx = bc_calloc(v->n_dates, sizeof *v->date_ctx);
    if (!v->date_ctx)
      return BC_ERR_NOMEM;
    for (i = 0; i < v->n_dates; i++)
      bc__validate_context(v->doc->text, v->doc->text_len, v->dates[i].span,
                           &v->date_ctx[i]);
  }
  return BC_OK;
}
