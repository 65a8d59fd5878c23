/* change_words.c - the words of change and their direction (see
 * change_words.h).  One table, sorted by strcmp, lower case; test_lexicon.c
 * checks the order and looks words up. */
#include <string.h>

#include "util/change_words.h"

/* Each word with the direction it gives as a verb or adverb (verb) and as
 * a noun (noun): +1 a rise or gain, -1 a fall or loss, 0 not so used;
 * level: the word says a level moved ("rose", "declined"), not that
 * something was earned or won ("earned $812 million", "won 57 percent"). */
static const struct change_word {
  const char *w;
  signed char verb, noun, level;
} words[] = {
    {"accelerated", 1, 0, 1},  {"accelerates", 1, 0, 1},
    {"added", 1, 0, 1},        {"adding", 1, 0, 1},
    {"adds", 1, 0, 1},         {"advanced", 1, 0, 1},
    {"advances", 1, 0, 1},     {"ballooned", 1, 0, 1},
    {"boost", 1, 1, 1},        {"boosted", 1, 0, 1},
    {"boosts", 1, 0, 1},       {"climb", 1, 0, 1},
    {"climbed", 1, 0, 1},      {"climbing", 1, 0, 1},
    {"climbs", 1, 0, 1},       {"contracted", -1, 0, 1},
    {"contraction", 0, -1, 1}, {"crashed", -1, 0, 1},
    {"cut", -1, -1, 1},        {"cuts", -1, -1, 1},
    {"cutting", -1, 0, 1},     {"decline", -1, -1, 1},
    {"declined", -1, 0, 1},    {"declines", -1, -1, 1},
    {"declining", -1, 0, 1},   {"decrease", -1, -1, 1},
    {"decreased", -1, 0, 1},   {"decreases", -1, -1, 1},
    {"decreasing", -1, 0, 1},  {"deficit", 0, -1, 1},
    {"deficits", 0, -1, 1},    {"dip", -1, 0, 1},
    {"dipped", -1, 0, 1},      {"dips", -1, 0, 1},
    {"dived", -1, 0, 1},       {"doubled", 1, 0, 1},
    {"dove", -1, 0, 1},        {"down", -1, 0, 1},
    {"downturn", 0, -1, 1},    {"drop", -1, -1, 1},
    {"dropped", -1, 0, 1},     {"dropping", -1, 0, 1},
    {"drops", -1, -1, 1},      {"earn", 1, 0, 0},
    {"earned", 1, 0, 0},       {"earning", 1, 0, 0},
    {"earnings", 0, 1, 1},     {"earns", 1, 0, 0},
    {"eased", -1, 0, 1},       {"expanded", 1, 0, 1},
    {"expands", 1, 0, 1},      {"fall", -1, -1, 1},
    {"fallen", -1, 0, 1},      {"falling", -1, 0, 1},
    {"falls", -1, -1, 1},      {"fell", -1, 0, 1},
    {"gain", 1, 1, 1},         {"gained", 1, 0, 1},
    {"gaining", 1, 0, 1},      {"gains", 1, 1, 1},
    {"grew", 1, 0, 1},         {"grow", 1, 0, 1},
    {"growing", 1, 0, 1},      {"grown", 1, 0, 1},
    {"grows", 1, 0, 1},        {"growth", 0, 1, 1},
    {"higher", 1, 0, 1},       {"hike", 0, 1, 1},
    {"hikes", 0, 1, 1},        {"income", 0, 1, 1},
    {"increase", 1, 1, 1},     {"increased", 1, 0, 1},
    {"increases", 1, 1, 1},    {"increasing", 1, 0, 1},
    {"jump", 1, 1, 1},         {"jumped", 1, 0, 1},
    {"jumping", 1, 0, 1},      {"jumps", 1, 0, 1},
    {"leap", 1, 0, 1},         {"leaped", 1, 0, 1},
    {"leaps", 1, 0, 1},        {"leapt", 1, 0, 1},
    {"lose", -1, 0, 1},        {"loses", -1, 0, 1},
    {"losing", -1, 0, 1},      {"loss", 0, -1, 1},
    {"losses", 0, -1, 1},      {"lost", -1, 0, 1},
    {"lower", -1, 0, 1},       {"lowered", -1, 0, 1},
    {"narrow", -1, 0, 1},      {"narrowed", -1, 0, 1},
    {"narrowing", -1, 0, 1},   {"narrows", -1, 0, 1},
    {"plummeted", -1, 0, 1},   {"plummets", -1, 0, 1},
    {"plunge", -1, -1, 1},     {"plunged", -1, 0, 1},
    {"plunges", -1, 0, 1},     {"plunging", -1, 0, 1},
    {"profit", 0, 1, 1},       {"profits", 0, 1, 1},
    {"quickened", 1, 0, 1},    {"raise", 1, 0, 1},
    {"raised", 1, 0, 1},       {"raises", 1, 0, 1},
    {"raising", 1, 0, 1},      {"rallied", 1, 0, 1},
    {"rally", 0, 1, 1},        {"rebound", 1, 0, 1},
    {"rebounded", 1, 0, 1},    {"rebounds", 1, 0, 1},
    {"recovered", 1, 0, 1},    {"reduce", -1, 0, 1},
    {"reduced", -1, 0, 1},     {"reduces", -1, 0, 1},
    {"reduction", 0, -1, 1},   {"reductions", 0, -1, 1},
    {"retreated", -1, 0, 1},   {"rise", 1, 1, 1},
    {"risen", 1, 0, 1},        {"rises", 1, 1, 1},
    {"rising", 1, 0, 1},       {"rose", 1, 0, 1},
    {"sank", -1, 0, 1},        {"shed", -1, 0, 1},
    {"shedding", -1, 0, 1},    {"sheds", -1, 0, 1},
    {"shortfall", 0, -1, 1},   {"shrank", -1, 0, 1},
    {"shrink", -1, 0, 1},      {"shrinks", -1, 0, 1},
    {"shrunk", -1, 0, 1},      {"sink", -1, 0, 1},
    {"sinking", -1, 0, 1},     {"sinks", -1, 0, 1},
    {"slash", -1, 0, 1},       {"slashed", -1, 0, 1},
    {"slid", -1, 0, 1},        {"slide", -1, 0, 1},
    {"slides", -1, 0, 1},      {"sliding", -1, 0, 1},
    {"slip", -1, 0, 1},        {"slipped", -1, 0, 1},
    {"slipping", -1, 0, 1},    {"slips", -1, 0, 1},
    {"slowed", -1, 0, 1},      {"slowing", -1, 0, 1},
    {"slows", -1, 0, 1},       {"slump", -1, -1, 1},
    {"slumped", -1, 0, 1},     {"slumps", -1, 0, 1},
    {"soar", 1, 0, 1},         {"soared", 1, 0, 1},
    {"soaring", 1, 0, 1},      {"soars", 1, 0, 1},
    {"spiked", 1, 0, 1},       {"sunk", -1, 0, 1},
    {"surge", 1, 1, 1},        {"surged", 1, 0, 1},
    {"surges", 1, 0, 1},       {"surging", 1, 0, 1},
    {"surplus", 0, 1, 1},      {"swelled", 1, 0, 1},
    {"trimmed", -1, 0, 1},     {"tripled", 1, 0, 1},
    {"tumble", -1, 0, 1},      {"tumbled", -1, 0, 1},
    {"tumbles", -1, 0, 1},     {"tumbling", -1, 0, 1},
    {"up", 1, 0, 1},           {"upturn", 0, 1, 1},
    {"widen", 1, 0, 1},        {"widened", 1, 0, 1},
    {"widening", 1, 0, 1},     {"widens", 1, 0, 1},
    {"win", 1, 0, 0},          {"windfall", 0, 1, 1},
    {"winning", 1, 0, 0},      {"wins", 1, 0, 0},
    {"won", 1, 0, 0},          {"writedown", 0, -1, 1},
};

static const struct change_word *find(const char *w, size_t n)
{
  size_t lo = 0, hi = sizeof words / sizeof words[0], i;
  char buf[16];
  if (n == 0 || n >= sizeof buf)
    return NULL;
  for (i = 0; i < n; i++)
    buf[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
  buf[n] = '\0';
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int cmp = strcmp(buf, words[mid].w);
    if (cmp == 0)
      return &words[mid];
    if (cmp < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}

int bc__change_verb_dir(const char *w, size_t n)
{
  const struct change_word *e = find(w, n);
  return e ? e->verb : 0;
}

int bc__change_noun_dir(const char *w, size_t n)
{
  const struct change_word *e = find(w, n);
  return e ? e->noun : 0;
}

int bc__change_level_dir(const char *w, size_t n)
{
  const struct change_word *e = find(w, n);
  return e && e->level ? e->verb : 0;
}
