/* number_labels.c - numbers that label or refer rather than count or
 * measure: "Fig. 2", "Figures 3I and 3J", "phases 3, 5, and 7", "Eq. (3)",
 * "No. 10", "Voyager 1", "ISO 1183", and references in brackets ("[14–17]",
 * "(22)", "(4,35–38,44)").  numbers.c asks before it records a quantity;
 * this file decides nothing else. */
#include <string.h>

#include "analyze/number_labels.h"

static int adj(const struct an *a, size_t i)
{
  return i < a->ntok && !a->tok[i].sp;
}

static int is_num(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].type == AN_NUM && !a->tok[i].used;
}

static int is_word(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].type == AN_WORD && !a->tok[i].used;
}

static int punct(const struct an *a, size_t i, uint32_t cp)
{
  return bc__an_is_punct(a, i, cp);
}

static int integer_tok(const struct an *a, size_t i)
{
  return i < a->ntok && a->tok[i].type == AN_NUM &&
         !memchr(a->t + a->tok[i].s, '.', bc__an_toklen(a, i));
}

/* A dash between two items: "10–11", "[14–17]". */
static int range_dash(const struct an *a, size_t i)
{
  return bc__an_is_dash(a, i) || punct(a, i, 0x2010) || punct(a, i, 0x2012);
}

/* Labels and references before a number: "Fig. 2", "Figures 1G and 1H",
 * "phases 3, 5, and 7", "Table 1", "Eq. (3)", "No. 10", "day 14". */
static const char *const label_words[] = {
    "algorithm",  "appendix",  "art",        "article",     "axis",
    "bed",        "block",     "box",        "case",        "ch",
    "chap",       "chapter",   "chapters",   "claim",       "clone",
    "col",        "column",    "columns",    "complex",     "compound",
    "corollary",  "day",       "definition", "entry",       "ep",
    "episode",    "eq",        "eqn",        "eqns",        "eqs",
    "equation",   "equations", "example",    "exercise",    "exp",
    "experiment", "fig",       "figs",       "figure",      "figures",
    "footnote",   "fraction",  "fractions",  "generation",  "group",
    "issue",      "item",      "items",      "label",       "labels",
    "lane",       "lemma",     "lesson",     "level",       "line",
    "lines",      "listing",   "model",      "month",       "months",
    "no",         "nos",       "note",       "number",      "numbered",
    "p",          "panel",     "panels",     "para",        "paragraph",
    "part",       "parts",     "passage",    "patient",     "phase",
    "phases",     "plot",      "pp",         "proposition", "question",
    "rank",       "ref",       "refs",       "round",       "row",
    "rows",       "rule",      "sample",     "samples",     "scheme",
    "season",     "sec",       "sect",       "section",     "sections",
    "session",    "site",      "sites",      "stage",       "stages",
    "station",    "step",      "steps",      "study",       "subject",
    "tab",        "table",     "tables",     "task",        "theorem",
    "tier",       "trial",     "type",       "version",     "visit",
    "vol",        "volume",    "wave",       "week",        "zone",
    NULL};
/* Abbreviations that label only with their full stop ("No. 5", "p. 12"):
 * "no" and "p" are words too. */
static const char *const label_need_dot[] = {"no",   "nos", "p",  "pp", "art",
                                             "para", "ch",  "ep", NULL};

/* Label words that are ordinary nouns too: they label only a number that
 * counts nothing ("on day 14", "in case 3"), not "in the first week 300
 * users", "in any case 20 engineers". */
static const char *const weak_labels[] = {
    "case",    "day",  "group", "month", "months", "sample",
    "samples", "site", "sites", "week",  NULL};

int bc__an_label_before(const struct an *a, size_t i)
{
  size_t p;
  int dot = 0;
  if (i == 0)
    return 0;
  p = i - 1;
  if (punct(a, p, '#') && adj(a, i))
    return 1;
  if (punct(a, p, '(') && adj(a, i) && p > 1 &&
      (punct(a, p - 1, '.') || bc__an_tok_is(a, p - 1, "equation") ||
       bc__an_tok_is(a, p - 1, "equations"))) {
    i = p; /* "Eq. (3)", "Eqs. (9.2) and (9.10)", "equation (4)" */
    p--;
  }
  if (punct(a, p, '.') && adj(a, p) && p > 0) {
    dot = 1;
    p--;
  } else if (!a->tok[i].sp) {
    return 0;
  }
  if (!is_word(a, p) || !bc__an_tok_in(a, p, label_words))
    return 0;
  if (bc__an_tok_in(a, p, label_need_dot) && !dot &&
      !(bc__an_is_cap(a, p) && bc__an_toklen(a, p) > 1))
    return 0;
  return bc__an_tok_in(a, p, weak_labels) ? 2 : 1;
}

/* A name with a number, mid-sentence: "Voyager 1", "ISO 1183", "OMRON HEM
 * 907", "Windows 10".  Not at a sentence start ("Over 300 GPUs"), not a
 * possessive ("the UK's 300 firms"). */
int bc__an_name_before(const struct an *a, size_t i)
{
  size_t p = i - 1, n, k;
  const char *t;
  int up = 0;
  if (i == 0 || !a->tok[i].sp || !is_word(a, p) || a->tok[p].sent ||
      bc__an_is_function_word(a, p) || bc__an_month(a, p) ||
      bc__an_weekday(a, p))
    return 0;
  t = a->t + a->tok[p].s;
  n = bc__an_toklen(a, p);
  for (k = 0; k < n; k++)
    if (t[k] >= 'A' && t[k] <= 'Z')
      up++;
  if (!up || (n == 2 && t[0] == 'p' && t[1] == 'H'))
    return 0;
  /* A clause opened after a colon with an adverb: "HOST B: Roughly 6,000
   * rats", "She said: Nearly 40 people". */
  if (p > 0 && punct(a, p - 1, ':') && n > 3 && t[n - 2] == 'l' &&
      t[n - 1] == 'y' && up == 1)
    return 0;
  if (n >= 2 && t[n - 1] == 's' &&
      (t[n - 2] == '\'' || (n >= 4 && (unsigned char)t[n - 2] == 0x99 &&
                            (unsigned char)t[n - 3] == 0x80)))
    return 0;
  /* A heading in title case: "We Hired 40 Engineers". */
  if (i + 1 < a->ntok && bc__an_is_cap(a, i + 1) && a->tok[i + 1].sp &&
      bc__an_toklen(a, i + 1) > 1 && a->t[a->tok[i + 1].s + 1] >= 'a' &&
      a->t[a->tok[i + 1].s + 1] <= 'z')
    return 0;
  return 1;
}

/* The token after a list of labels that starts at number i: "2 and 3",
 * "3, 5, and 7", "1G and 1H", "10–11". */
size_t bc__an_label_list_end(const struct an *a, size_t i)
{
  size_t j = i + 1, k;
  while (adj(a, j) && (a->tok[j].type == AN_WORD || a->tok[j].type == AN_NUM))
    j++;
  for (;;) {
    int comma = 0, paren = punct(a, j, ')');
    k = paren ? j + 1 : j;
    if (punct(a, k, ',') || punct(a, k, ';') || punct(a, k, '&') ||
        range_dash(a, k)) {
      comma = !range_dash(a, k);
      k++;
    }
    if (bc__an_tok_is(a, k, "and") || bc__an_tok_is(a, k, "or") ||
        bc__an_tok_is(a, k, "to")) {
      comma = 0;
      k++;
    }
    /* "(9.2) and (9.10)": a closed item goes on only with an open one. */
    if (paren && !punct(a, k, '('))
      return j;
    if (punct(a, k, '('))
      k++;
    if (k == j || !is_num(a, k))
      return j;
    /* After a comma, an item is one of the list only if the list goes on
     * after it: "Fig. 10, 350 electrons" is a label and a count. */
    if (comma && !(punct(a, k + 1, ',') || punct(a, k + 1, ')') ||
                   punct(a, k + 1, ';') || punct(a, k + 1, '.') ||
                   bc__an_tok_is(a, k + 1, "and") ||
                   bc__an_tok_is(a, k + 1, "or") || k + 1 >= a->ntok))
      return j;
    j = k + 1;
    while (adj(a, j) && (a->tok[j].type == AN_WORD || a->tok[j].type == AN_NUM))
      j++;
  }
}

/* References and equation numbers in brackets: "[14–17]", "[25,14]",
 * "(22)", "(4,35–38,44)", "(2)": integers and separators only.  Returns
 * the token after the closing bracket, or 0. */
size_t bc__an_citation(const struct an *a, size_t i)
{
  uint32_t close;
  size_t j, nums = 0;
  if (punct(a, i, '('))
    close = ')';
  else if (punct(a, i, '['))
    close = ']';
  else if (punct(a, i, '{'))
    close = '}'; /* Miller indices: "{111}" */
  else
    return 0;
  for (j = i + 1; j < a->ntok && j < i + 24; j++) {
    if (punct(a, j, close))
      return nums ? j + 1 : 0;
    if (a->tok[j].type == AN_NUM) {
      if (a->tok[j].used || !integer_tok(a, j))
        return 0;
      nums++;
    } else if (!(punct(a, j, ',') || punct(a, j, ';') || range_dash(a, j) ||
                 bc__an_tok_is(a, j, "and"))) {
      return 0;
    }
  }
  return 0;
}
