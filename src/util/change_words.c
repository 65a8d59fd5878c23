/* change_words.c - the words of change and their direction (see
 * change_words.h).  One table, sorted by strcmp, lower case; test_lexicon.c
 * checks the order and looks words up. */
#include <string.h>

#include "util/change_words.h"

/* Each word with the direction it gives as a verb or adverb (verb) and as
 * a noun (noun): +1 a rise or gain, -1 a fall or loss, 0 not so used. */
static const struct change_word {
  const char *w;
  signed char verb, noun;
} words[] = {
    {"accelerated", 1, 0}, {"accelerates", 1, 0},  {"added", 1, 0},
    {"adding", 1, 0},      {"adds", 1, 0},         {"advanced", 1, 0},
    {"advances", 1, 0},    {"ballooned", 1, 0},    {"boost", 1, 1},
    {"boosted", 1, 0},     {"boosts", 1, 0},       {"climb", 1, 0},
    {"climbed", 1, 0},     {"climbing", 1, 0},     {"climbs", 1, 0},
    {"contracted", -1, 0}, {"contraction", 0, -1}, {"crashed", -1, 0},
    {"cut", -1, -1},       {"cuts", -1, -1},       {"cutting", -1, 0},
    {"decline", -1, -1},   {"declined", -1, 0},    {"declines", -1, -1},
    {"declining", -1, 0},  {"decrease", -1, -1},   {"decreased", -1, 0},
    {"decreases", -1, -1}, {"decreasing", -1, 0},  {"deficit", 0, -1},
    {"deficits", 0, -1},   {"dip", -1, 0},         {"dipped", -1, 0},
    {"dips", -1, 0},       {"dived", -1, 0},       {"doubled", 1, 0},
    {"dove", -1, 0},       {"down", -1, 0},        {"downturn", 0, -1},
    {"drop", -1, -1},      {"dropped", -1, 0},     {"dropping", -1, 0},
    {"drops", -1, -1},     {"earn", 1, 0},         {"earned", 1, 0},
    {"earning", 1, 0},     {"earnings", 0, 1},     {"earns", 1, 0},
    {"eased", -1, 0},      {"expanded", 1, 0},     {"expands", 1, 0},
    {"fall", -1, -1},      {"fallen", -1, 0},      {"falling", -1, 0},
    {"falls", -1, -1},     {"fell", -1, 0},        {"gain", 1, 1},
    {"gained", 1, 0},      {"gaining", 1, 0},      {"gains", 1, 1},
    {"grew", 1, 0},        {"grow", 1, 0},         {"growing", 1, 0},
    {"grown", 1, 0},       {"grows", 1, 0},        {"growth", 0, 1},
    {"higher", 1, 0},      {"hike", 0, 1},         {"hikes", 0, 1},
    {"income", 0, 1},      {"increase", 1, 1},     {"increased", 1, 0},
    {"increases", 1, 1},   {"increasing", 1, 0},   {"jump", 1, 1},
    {"jumped", 1, 0},      {"jumping", 1, 0},      {"jumps", 1, 0},
    {"leap", 1, 0},        {"leaped", 1, 0},       {"leaps", 1, 0},
    {"leapt", 1, 0},       {"lose", -1, 0},        {"loses", -1, 0},
    {"losing", -1, 0},     {"loss", 0, -1},        {"losses", 0, -1},
    {"lost", -1, 0},       {"lower", -1, 0},       {"lowered", -1, 0},
    {"narrow", -1, 0},     {"narrowed", -1, 0},    {"narrowing", -1, 0},
    {"narrows", -1, 0},    {"plummeted", -1, 0},   {"plummets", -1, 0},
    {"plunge", -1, -1},    {"plunged", -1, 0},     {"plunges", -1, 0},
    {"plunging", -1, 0},   {"profit", 0, 1},       {"profits", 0, 1},
    {"quickened", 1, 0},   {"raise", 1, 0},        {"raised", 1, 0},
    {"raises", 1, 0},      {"raising", 1, 0},      {"rallied", 1, 0},
    {"rally", 0, 1},       {"rebound", 1, 0},      {"rebounded", 1, 0},
    {"rebounds", 1, 0},    {"recovered", 1, 0},    {"reduce", -1, 0},
    {"reduced", -1, 0},    {"reduces", -1, 0},     {"reduction", 0, -1},
    {"reductions", 0, -1}, {"retreated", -1, 0},   {"rise", 1, 1},
    {"risen", 1, 0},       {"rises", 1, 1},        {"rising", 1, 0},
    {"rose", 1, 0},        {"sank", -1, 0},        {"shed", -1, 0},
    {"shedding", -1, 0},   {"sheds", -1, 0},       {"shortfall", 0, -1},
    {"shrank", -1, 0},     {"shrink", -1, 0},      {"shrinks", -1, 0},
    {"shrunk", -1, 0},     {"sink", -1, 0},        {"sinking", -1, 0},
    {"sinks", -1, 0},      {"slash", -1, 0},       {"slashed", -1, 0},
    {"slid", -1, 0},       {"slide", -1, 0},       {"slides", -1, 0},
    {"sliding", -1, 0},    {"slip", -1, 0},        {"slipped", -1, 0},
    {"slipping", -1, 0},   {"slips", -1, 0},       {"slowed", -1, 0},
    {"slowing", -1, 0},    {"slows", -1, 0},       {"slump", -1, -1},
    {"slumped", -1, 0},    {"slumps", -1, 0},      {"soar", 1, 0},
    {"soared", 1, 0},      {"soaring", 1, 0},      {"soars", 1, 0},
    {"spiked", 1, 0},      {"sunk", -1, 0},        {"surge", 1, 1},
    {"surged", 1, 0},      {"surges", 1, 0},       {"surging", 1, 0},
    {"surplus", 0, 1},     {"swelled", 1, 0},      {"trimmed", -1, 0},
    {"tripled", 1, 0},     {"tumble", -1, 0},      {"tumbled", -1, 0},
    {"tumbles", -1, 0},    {"tumbling", -1, 0},    {"up", 1, 0},
    {"upturn", 0, 1},      {"widen", 1, 0},        {"widened", 1, 0},
    {"widening", 1, 0},    {"widens", 1, 0},       {"win", 1, 0},
    {"windfall", 0, 1},    {"winning", 1, 0},      {"wins", 1, 0},
    {"won", 1, 0},         {"writedown", 0, -1},
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
