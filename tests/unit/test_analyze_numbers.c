/* test_analyze_numbers.c - quantities as writers and scientists write them:
 * digits, separators, decimals, words, scales, currencies, approximations,
 * bounds, tolerances, ranges, percentages, ratios, multipliers; signs
 * ("−4 °C", "minus 4", "4 degrees below zero"); units as written ("7200 K",
 * "mmol/L", "m s−1", "‰"); the noun a count counts; and what must not be a
 * quantity: labels, references, identifiers, ordinals (kept apart). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <cjson/cJSON.h>

#include "analyze/units.h"
#include "briefcast/doc.h"
#include "test_analyze_common.h"

struct num_case {
  const char *text;
  const char *span;
  double value, value_hi;
  const char *unit;
  int approx, ordinal;
};

static const struct num_case cases[] = {
    {"It took 4.5 years to finish.", "4.5 years", 4.5, 4.5, "years", 0, 0},
    {"We have 290000+ employees now.", "290000+ employees", 290000, 290000,
     "employees", 1, 0},
    {"We have 120,000+ employees now.", "120,000+ employees", 120000, 120000,
     "employees", 1, 0},
    {"There are 1,234,567 users.", "1,234,567 users", 1234567, 1234567, "users",
     0, 0},
    {"Some 2.3 million people came.", "2.3 million people", 2.3e6, 2.3e6,
     "people", 1, 0},
    {"We store 1.5M rows.", "1.5M rows", 1.5e6, 1.5e6, "rows", 0, 0},
    {"We hired 20k engineers.", "20k engineers", 20e3, 20e3, "engineers", 0, 0},
    {"A ticket costs $20 today.", "$20", 20, 20, "USD", 0, 0},
    {"They raised €3.5 billion last round.", "€3.5 billion", 3.5e9, 3.5e9,
     "EUR", 0, 0},
    {"It sold for £12 in London.", "£12", 12, 12, "GBP", 0, 0},
    {"Teams of 40-60 people work here.", "40-60 people", 40, 60, "people", 0,
     0},
    {"Teams of 40–60 people work here.", "40–60 people", 40, 60, "people", 0,
     0},
    {"It takes 3 to 5 days.", "3 to 5 days", 3, 5, "days", 0, 0},
    /* "X to Y" after a change: an amount and the value it reached, unless
     * the ends are of one size. */
    {"Shares fell 1.62 to 113.40 today.", "1.62", 1.62, 1.62, "", 0, 0},
    {"Sales rose 3 to 5 percent.", "3 to 5 percent", 3, 5, "percent", 0, 0},
    {"Expect ±3-5 points of drift.", "±3-5 points", 3, 5, "points", 1, 0},
    {"Growth was 12.5% this year.", "12.5%", 12.5, 12.5, "%", 0, 0},
    {"Growth was 12 percent this year.", "12 percent", 12, 12, "percent", 0, 0},
    {"Margins of 40-60% are normal.", "40-60%", 40, 60, "%", 0, 0},
    {"Use a 60/30/10 split.", "60/30/10", 60, 60, "ratio", 0, 0},
    {"It is 5X faster.", "5X", 5, 5, "X", 0, 0},
    {"It is 5x faster.", "5x", 5, 5, "x", 0, 0},
    {"It is four times faster.", "four times", 4, 4, "times", 0, 0},
    {"It is twice as fast.", "twice", 2, 2, "x", 0, 0},
    {"Prices are double the MSRP.", "double", 2, 2, "x", 0, 0},
    {"It took two and a half years.", "two and a half years", 2.5, 2.5, "years",
     0, 0},
    {"Buy a dozen eggs.", "a dozen eggs", 12, 12, "eggs", 0, 0},
    {"About two dozen owners came.", "two dozen owners", 24, 24, "owners", 1,
     0},
    {"It closed at four hundred and twelve thousand dollars.",
     "four hundred and twelve thousand dollars", 412000, 412000, "USD", 0, 0},
    {"The plan costs one point two billion euros.",
     "one point two billion euros", 1.2e9, 1.2e9, "EUR", 0, 0},
    {"Work from two hundred eighty-seven contributors.",
     "two hundred eighty-seven contributors", 287, 287, "contributors", 0, 0},
    {"They hired six hundred and fifty specialists.",
     "six hundred and fifty specialists", 650, 650, "specialists", 0, 0},
    {"It fell to eighteen hundred and forty dollars.",
     "eighteen hundred and forty dollars", 1840, 1840, "USD", 0, 0},
    {"It cost fourteen point six million pounds.",
     "fourteen point six million pounds", 14.6e6, 14.6e6, "GBP", 0, 0},
    {"The rye is three pounds twenty a loaf.", "three pounds twenty", 3.2, 3.2,
     "GBP", 0, 0},
    {"It went from nine minutes fifty-two down.", "nine minutes", 9, 9,
     "minutes", 0, 0},
    {"From eighty to a hundred and forty loaves.",
     "eighty to a hundred and forty loaves", 80, 140, "loaves", 0, 0},
    {"We hired twenty-five engineers.", "twenty-five engineers", 25, 25,
     "engineers", 0, 0},
    {"We hired three engineers.", "three engineers", 3, 3, "engineers", 0, 0},
    {"About 40 people came.", "40 people", 40, 40, "people", 1, 0},
    {"More than 100 cases were seen.", "100 cases", 100, 100, "cases", 1, 0},
    {"Latency is 100ms at p50.", "100ms", 100, 100, "ms", 0, 0},
    {"We had 2019 employees at the peak.", "2019 employees", 2019, 2019,
     "employees", 0, 0},
    {"The bill was $2019 in total.", "$2019", 2019, 2019, "USD", 0, 0},
    {"Half, or 1/2, agreed.", "1/2", 0.5, 0.5, "", 0, 0},
    {"It cost $1.2 billion.", "$1.2 billion", 1.2e9, 1.2e9, "USD", 0, 0},
    {"Over 300 GPUs were used.", "300 GPUs", 300, 300, "GPUs", 1, 0},
    {"It took two years and six months.", "two years and six months", 2.5, 2.5,
     "years", 0, 0},
    {"It took one year.", "one year", 1, 1, "year", 0, 0},
    {"He played for 8½ hours.", "8½ hours", 8.5, 8.5, "hours", 0, 0},
    {"A 31-hour outage followed.", "31-hour", 31, 31, "hour", 0, 0},
    {"The move cost 3.4 million euros.", "3.4 million euros", 3.4e6, 3.4e6,
     "EUR", 0, 0},
    {"The move cost €3.4m in total.", "€3.4m", 3.4e6, 3.4e6, "EUR", 0, 0},
    /* An "m" before a currency word is a million, glued or not; one
     * before another word stays a metre. */
    {"The fee was 57m euros at the time.", "57m euros", 57e6, 57e6, "EUR", 0,
     0},
    {"The fee was 13.5 m euros at the time.", "13.5 m euros", 13.5e6, 13.5e6,
     "EUR", 0, 0},
    {"The wall is 3 m high.", "3 m", 3, 3, "m", 0, 0},
    {"They paid 20 dollars each.", "20 dollars", 20, 20, "USD", 0, 0},
    {"About two thirds of users stayed.", "two thirds", 2.0 / 3, 2.0 / 3, "", 1,
     0},
    {"A quarter of the staff left.", "A quarter", 0.25, 0.25, "", 0, 0},
    {"Roughly one half agreed.", "one half", 0.5, 0.5, "", 1, 0},
    {"Platters hold 1.3Tb of data.", "1.3Tb", 1.3, 1.3, "Tb", 0, 0},
    {"Fees rose a quarter of a percent.", "a quarter of a percent", 0.25, 0.25,
     "percent", 0, 0},
    {"Yields fell three quarters of one percent.",
     "three quarters of one percent", 0.75, 0.75, "percent", 0, 0},
    {"It took 1 year and 3 months.", "1 year and 3 months", 1.25, 1.25, "year",
     0, 0},
};

/* Every field of a quantity: span (number and unit), whole (with its word
 * modifiers), values, unit, noun, count, approx, bound, tolerance. */
struct q_case {
  const char *text, *span, *whole;
  double value, value_hi;
  const char *unit, *noun;
  int count, approx, bound;
  double tol;
};

static const struct q_case quantities[] = {
    /* Signs: a minus sign, a hyphen, "minus", "below zero", a dash typed
     * for a minus after "∼", ranges of negatives (value <= value_hi). */
    {"It was \xE2\x88\x92"
     "4\xC2\xB0"
     "C at night.",
     "\xE2\x88\x92"
     "4\xC2\xB0"
     "C",
     "\xE2\x88\x92"
     "4\xC2\xB0"
     "C",
     -4, -4,
     "\xC2\xB0"
     "C",
     "", 0, 0, 0, 0},
    {"It was -4 \xC2\xB0"
     "C at night.",
     "-4 \xC2\xB0"
     "C",
     "-4 \xC2\xB0"
     "C",
     -4, -4,
     "\xC2\xB0"
     "C",
     "", 0, 0, 0, 0},
    {"It fell to minus 4 degrees.", "4 degrees", "minus 4 degrees", -4, -4,
     "degrees", "", 0, 0, 0, 0},
    {"It was 4 degrees below zero.", "4 degrees below zero",
     "4 degrees below zero", -4, -4, "degrees", "", 0, 0, 0, 0},
    {"Values lay between \xE2\x88\x92"
     "2 and \xE2\x88\x92"
     "7\xE2\x80\xB0 here.",
     "\xE2\x88\x92"
     "2 and \xE2\x88\x92"
     "7\xE2\x80\xB0",
     "between \xE2\x88\x92"
     "2 and \xE2\x88\x92"
     "7\xE2\x80\xB0",
     -7, -2, "\xE2\x80\xB0", "", 0, 0, 0, 0},
    {"It ranged from \xE2\x88\x92"
     "27.2 to \xE2\x88\x92"
     "23.1\xE2\x80\xB0 in the core.",
     "\xE2\x88\x92"
     "27.2 to \xE2\x88\x92"
     "23.1\xE2\x80\xB0",
     "from \xE2\x88\x92"
     "27.2 to \xE2\x88\x92"
     "23.1\xE2\x80\xB0",
     -27.2, -23.1, "\xE2\x80\xB0", "", 0, 0, 0, 0},
    {"A shift of \xE2\x88\xBC\xE2\x80\x93"
     "1\xE2\x80\xB0 followed.",
     "\xE2\x88\xBC\xE2\x80\x93"
     "1\xE2\x80\xB0",
     "\xE2\x88\xBC\xE2\x80\x93"
     "1\xE2\x80\xB0",
     -1, -1, "\xE2\x80\xB0", "", 0, 1, 0, 0},
    {"At x=\xE2\x88\x92"
     "0.5 m the flow turned.",
     "\xE2\x88\x92"
     "0.5 m",
     "\xE2\x88\x92"
     "0.5 m",
     -0.5, -0.5, "m", "", 0, 0, 0, 0},
    {"Prices fell -3% in May.", "-3%", "-3%", -3, -3, "%", "", 0, 0, 0, 0},
    {"From -5 to 10 \xC2\xB0"
     "C it held.",
     "-5 to 10 \xC2\xB0"
     "C",
     "From -5 to 10 \xC2\xB0"
     "C",
     -5, 10,
     "\xC2\xB0"
     "C",
     "", 0, 0, 0, 0},

    /* Units as written: temperatures after a space, per mille, per cent,
     * concentrations, compounds with exponents, ages, SI prefixes. */
    {"A star of 7200 K shone.", "7200 K", "7200 K", 7200, 7200, "K", "", 0, 0,
     0, 0},
    {"The site lies at 54 \xC2\xB0"
     "N today.",
     "54 \xC2\xB0"
     "N",
     "54 \xC2\xB0"
     "N",
     54, 54,
     "\xC2\xB0"
     "N",
     "", 0, 0, 0, 0},
    {"The site lies at 54 oN today.", "54 oN", "54 oN", 54, 54, "oN", "", 0, 0,
     0, 0},
    {"It reached 37\xC2\xB0"
     "C.",
     "37\xC2\xB0"
     "C",
     "37\xC2\xB0"
     "C",
     37, 37,
     "\xC2\xB0"
     "C",
     "", 0, 0, 0, 0},
    {"A rise of 1.5\xE2\x80\xB0 was seen.", "1.5\xE2\x80\xB0",
     "1.5\xE2\x80\xB0", 1.5, 1.5, "\xE2\x80\xB0", "", 0, 0, 0, 0},
    {"Sales grew 5 per cent.", "5 per cent", "5 per cent", 5, 5, "per cent", "",
     0, 0, 0, 0},
    {"Glucose of 7.0 mmol/L or more.", "7.0 mmol/L or more",
     "7.0 mmol/L or more", 7, 7, "mmol/L", "", 0, 1, 1, 0},
    {"We added 110 \xC2\xB5g/mL of it.", "110 \xC2\xB5g/mL", "110 \xC2\xB5g/mL",
     110, 110, "\xC2\xB5g/mL", "", 0, 0, 0, 0},
    {"A dose of 10 mg kg\xE2\x88\x92"
     "1 was given.",
     "10 mg kg\xE2\x88\x92"
     "1",
     "10 mg kg\xE2\x88\x92"
     "1",
     10, 10,
     "mg kg\xE2\x88\x92"
     "1",
     "", 0, 0, 0, 0},
    {"Mass loss of 2 kg s\xE2\x88\x92"
     "1.",
     "2 kg s\xE2\x88\x92"
     "1",
     "2 kg s\xE2\x88\x92"
     "1",
     2, 2,
     "kg s\xE2\x88\x92"
     "1",
     "", 0, 0, 0, 0},
    {"Winds of 7.83 m s-1, then calm.", "7.83 m s-1", "7.83 m s-1", 7.83, 7.83,
     "m s-1", "", 0, 0, 0, 0},
    {"Yields up to 11.25 Mg ha\xE2\x88\x92"
     "1 year\xE2\x88\x92"
     "1.",
     "11.25 Mg ha\xE2\x88\x92"
     "1 year\xE2\x88\x92"
     "1",
     "up to 11.25 Mg ha\xE2\x88\x92"
     "1 year\xE2\x88\x92"
     "1",
     11.25, 11.25,
     "Mg ha\xE2\x88\x92"
     "1 year\xE2\x88\x92"
     "1",
     "", 0, 1, -1, 0},
    {"Ice grew at 33.7 Ma in the south.", "33.7 Ma", "33.7 Ma", 33.7, 33.7,
     "Ma", "", 0, 0, 0, 0},
    {"The pores were 0.4 mm2 wide.", "0.4 mm2", "0.4 mm2", 0.4, 0.4, "mm2", "",
     0, 0, 0, 0},
    {"Grains of 27 \xCE\xBCm and 450 nm.", "27 \xCE\xBCm", "27 \xCE\xBCm", 27,
     27, "\xCE\xBCm", "", 0, 0, 0, 0},
    {"Sampled at 10 kHz and 5 MPa.", "5 MPa", "5 MPa", 5, 5, "MPa", "", 0, 0, 0,
     0},
    {"A 42 kDa protein.", "42 kDa", "42 kDa", 42, 42, "kDa", "", 0, 0, 0, 0},
    {"Bands at 1550 cm\xE2\x88\x92"
     "1.",
     "1550 cm\xE2\x88\x92"
     "1",
     "1550 cm\xE2\x88\x92"
     "1",
     1550, 1550,
     "cm\xE2\x88\x92"
     "1",
     "", 0, 0, 0, 0},
    {"About 20 ppm was left.", "20 ppm", "About 20 ppm", 20, 20, "ppm", "", 0,
     1, 0, 0},
    {"A 10-fold rise.", "10-fold", "10-fold", 10, 10, "fold", "", 0, 0, 0, 0},
    {"It is 14 times larger.", "14 times", "14 times", 14, 14, "times", "", 0,
     0, 0, 0},
    {"Pressure of \xE2\x88\xBC"
     "1\xC3\x97"
     "10\xE2\x88\x92"
     "5 Torr held.",
     "\xE2\x88\xBC"
     "1\xC3\x97"
     "10\xE2\x88\x92"
     "5 Torr",
     "\xE2\x88\xBC"
     "1\xC3\x97"
     "10\xE2\x88\x92"
     "5 Torr",
     1e-5, 1e-5, "Torr", "", 0, 1, 0, 0},
    {"About 1.2 \xC3\x97 10^6 cells grew.", "1.2 \xC3\x97 10^6 cells",
     "About 1.2 \xC3\x97 10^6 cells", 1.2e6, 1.2e6, "cells", "cells", 1, 1, 0,
     0},
    {"Densities \xE2\x89\xA4"
     "1.5\xC3\x97"
     "1012 cm\xE2\x88\x92"
     "3 were seen.",
     "\xE2\x89\xA4"
     "1.5\xC3\x97"
     "1012 cm\xE2\x88\x92"
     "3",
     "\xE2\x89\xA4"
     "1.5\xC3\x97"
     "1012 cm\xE2\x88\x92"
     "3",
     1.5e12, 1.5e12,
     "cm\xE2\x88\x92"
     "3",
     "", 0, 1, -1, 0},
    {"A limit of 2.5e-3 mol.", "2.5e-3 mol", "2.5e-3 mol", 2.5e-3, 2.5e-3,
     "mol", "", 0, 0, 0, 0},
    {"It sold for US$5 each.", "US$5", "US$5", 5, 5, "USD", "", 0, 0, 0, 0},
    {"It cost USD 20 in all.", "USD 20", "USD 20", 20, 20, "USD", "", 0, 0, 0,
     0},
    {"It cost \xE2\x82\xB9"
     "500 there.",
     "\xE2\x82\xB9"
     "500",
     "\xE2\x82\xB9"
     "500",
     500, 500, "INR", "", 0, 0, 0, 0},

    /* Counts: the head noun, not the next word; rates of a count. */
    {"It spanned 20 civil service departments in all.",
     "20 civil service departments", "20 civil service departments", 20, 20,
     "departments", "departments", 1, 0, 0, 0},
    {"We use three screening cycles here.", "three screening cycles",
     "three screening cycles", 3, 3, "cycles", "cycles", 1, 0, 0, 0},
    {"We hired 250-300 engineers.", "250-300 engineers", "250-300 engineers",
     250, 300, "engineers", "engineers", 1, 0, 0, 0},
    {"Over 300+ people came.", "300+ people", "Over 300+ people", 300, 300,
     "people", "people", 1, 1, 1, 0},
    {"There were approximately 13 pairs per mm.", "13 pairs per mm",
     "approximately 13 pairs per mm", 13, 13, "pairs per mm", "pairs", 0, 1, 0,
     0},
    {"A density of 1000 stems/ha was kept.", "1000 stems/ha", "1000 stems/ha",
     1000, 1000, "stems/ha", "stems", 0, 0, 0, 0},
    {"It ranged from 1 to 25 per mm.", "1 to 25 per mm", "from 1 to 25 per mm",
     1, 25, "per mm", "", 0, 0, 0, 0},
    {"We saw at least one ear infected.", "one ear", "at least one ear", 1, 1,
     "ear", "ear", 1, 1, 1, 0},
    {"During one solar rotation was noted.", "one solar rotation",
     "one solar rotation", 1, 1, "rotation", "rotation", 1, 0, 0, 0},
    {"Two lower soil depths were used.", "Two lower soil depths",
     "Two lower soil depths", 2, 2, "depths", "depths", 1, 0, 0, 0},
    {"A 31-hour outage hit 9 regions.", "31-hour", "31-hour", 31, 31, "hour",
     "outage", 0, 0, 0, 0},
    {"A 30-item questionnaire was used.", "30-item", "30-item", 30, 30, "item",
     "item", 1, 0, 0, 0},
    {"After an eight-year study, it ended.", "eight-year", "eight-year", 8, 8,
     "year", "study", 0, 0, 0, 0},
    {"It had 4.5 years of experience.", "4.5 years", "4.5 years", 4.5, 4.5,
     "years", "experience", 0, 0, 0, 0},
    {"About 20% of users left.", "20%", "About 20%", 20, 20, "%", "users", 0, 1,
     0, 0},

    /* Time words label a number that counts nothing ("on day 14"), not a
     * count; a heading in title case counts too. */
    {"In the first week 300 users signed up.", "300 users", "300 users", 300,
     300, "users", "users", 1, 0, 0, 0},
    {"In any case 20 engineers stayed.", "20 engineers", "20 engineers", 20, 20,
     "engineers", "engineers", 1, 0, 0, 0},
    {"We Hired 40 Engineers In 2 Weeks", "40 Engineers", "40 Engineers", 40, 40,
     "Engineers", "Engineers", 1, 0, 0, 0},

    /* Ranges, bounds, approximations, tolerances. */
    {"It rose from 1.4%\xE2\x80\x93"
     "3.1% then.",
     "1.4%\xE2\x80\x93"
     "3.1%",
     "from 1.4%\xE2\x80\x93"
     "3.1%",
     1.4, 3.1, "%", "", 0, 0, 0, 0},
    {"Keep it at 5\xE2\x80\x93"
     "8 \xC2\xB0"
     "C.",
     "5\xE2\x80\x93"
     "8 \xC2\xB0"
     "C",
     "5\xE2\x80\x93"
     "8 \xC2\xB0"
     "C",
     5, 8,
     "\xC2\xB0"
     "C",
     "", 0, 0, 0, 0},
    {"Keep it at 5 \xC2\xB0"
     "C to 8 \xC2\xB0"
     "C.",
     "5 \xC2\xB0"
     "C to 8 \xC2\xB0"
     "C",
     "5 \xC2\xB0"
     "C to 8 \xC2\xB0"
     "C",
     5, 8,
     "\xC2\xB0"
     "C",
     "", 0, 0, 0, 0},
    {"Scores lay between 0 and 60 overall.", "0 and 60", "between 0 and 60", 0,
     60, "", "", 0, 0, 0, 0},
    {"Ages of \xE2\x89\xA5"
     "16 were kept.",
     "\xE2\x89\xA5"
     "16",
     "\xE2\x89\xA5"
     "16",
     16, 16, "", "", 0, 1, 1, 0},
    {"It was <2 ppm.", "<2 ppm", "<2 ppm", 2, 2, "ppm", "", 0, 1, -1, 0},
    {"Sleep at least 5 hours.", "5 hours", "at least 5 hours", 5, 5, "hours",
     "", 0, 1, 1, 0},
    {"It took nearly 40% of the time.", "40%", "nearly 40%", 40, 40, "%",
     "time", 0, 1, 0, 0},
    {"They waited 5 or more hours.", "5 or more hours", "5 or more hours", 5, 5,
     "hours", "", 0, 1, 1, 0},
    {"A contact angle of 69 \xC2\xB1 3\xC2\xB0 was seen.",
     "69 \xC2\xB1 3\xC2\xB0", "69 \xC2\xB1 3\xC2\xB0", 69, 69, "\xC2\xB0", "",
     0, 1, 0, 3},
    {"A mean of 1.26\xC2\xB1"
     "0.2\xE2\x80\xB0 was found.",
     "1.26\xC2\xB1"
     "0.2\xE2\x80\xB0",
     "1.26\xC2\xB1"
     "0.2\xE2\x80\xB0",
     1.26, 1.26, "\xE2\x80\xB0", "", 0, 1, 0, 0.2},
    {"Recall rose, plus or minus 3 to 5 points.", "3 to 5 points",
     "plus or minus 3 to 5 points", 3, 5, "points", "points", 1, 1, 0, 0},
    {"A gain of 3 to 5 percentage points.", "3 to 5 percentage points",
     "3 to 5 percentage points", 3, 5, "points", "", 0, 0, 0, 0},
    {"It was \xE2\x88\xBC"
     "50 and ~60 there.",
     "\xE2\x88\xBC"
     "50",
     "\xE2\x88\xBC"
     "50",
     50, 50, "", "", 0, 1, 0, 0},
    {"We went from \xE2\x88\xBC"
     "50 ppm to \xE2\x88\xBC"
     "150 ppm.",
     "\xE2\x88\xBC"
     "50 ppm to \xE2\x88\xBC"
     "150 ppm",
     "from \xE2\x88\xBC"
     "50 ppm to \xE2\x88\xBC"
     "150 ppm",
     50, 150, "ppm", "", 0, 1, 0, 0},
    {"A slope of 1:10 was built.", "1:10", "1:10", 1, 1, "ratio", "", 0, 0, 0,
     0},
    {"A 1:3 mix.", "1:3", "1:3", 1, 1, "ratio", "", 0, 0, 0, 0},
    /* A lap time: minutes and seconds to a fraction, in seconds. */
    {"Massa 1:36.954 in Q3.", "1:36.954", "1:36.954", 96.954, 96.954, "seconds",
     "", 0, 0, 0, 0},
    {"Tests gave p < .001 overall.", "< .001", "< .001", 0.001, 0.001, "", "",
     0, 1, -1, 0},
    {"Lists: 34 and 38 \xC2\xB0"
     "C were used.",
     "34", "34", 34, 34,
     "\xC2\xB0"
     "C",
     "", 0, 0, 0, 0},
    {"Depths of 10, 20 and 30 m.", "10", "10", 10, 10, "m", "", 0, 0, 0, 0},
    {"At pH 7\xE2\x80\x93"
     "8 it held.",
     "pH 7\xE2\x80\x93"
     "8",
     "pH 7\xE2\x80\x93"
     "8",
     7, 8, "pH", "", 0, 0, 0, 0},
    {"The site 20 km north of Table Bay.", "20 km", "20 km", 20, 20, "km", "",
     0, 0, 0, 0},
    /* A clause opened by an adverb after a colon is no name before its
     * number. */
    /* Engine power before the noun it describes. */
    {"It has a 275 hp motor at the rear.", "275 hp", "275 hp", 275, 275, "hp",
     "", 0, 0, 0, 0},
    {"HOST B: Roughly 6,000 black rats.", "6,000 black rats",
     "Roughly 6,000 black rats", 6000, 6000, "rats", "rats", 1, 1, 0, 0},
    /* A part of a group named by its owner counts the group's noun. */
    {"The fund runs two of our largest animal shelters.",
     "two of our largest animal shelters", "two of our largest animal shelters",
     2, 2, "shelters", "shelters", 1, 0, 0, 0},
    {"It runs three of Oxfam's top clinics.", "three of Oxfam's top clinics",
     "three of Oxfam's top clinics", 3, 3, "clinics", "clinics", 1, 0, 0, 0},
    /* A possessive before the noun, with a curly apostrophe as with a
     * straight one, is no plural noun of its own. */
    {"Trucks cause 40 to 80 percent of the city\xE2\x80\x99s total pollution.",
     "40 to 80 percent", "40 to 80 percent", 40, 80, "percent", "pollution", 0,
     0, 0, 0},
};

/* Texts in which no quantity may be found: labels, references, list
 * markers, identifiers, formulas, codes, versions, times, dates. */
static const char *const not_quantities[] = {
    "See Fig. 2 and Table 1 in Section 4.2, and Eq. (3).",
    "Figures 3I and 3J show it, as do Figs. 10 and 11.",
    "We used data from phase 3 and phases 5, 7, and 9.",
    "It was shown before (22), later [14\xE2\x80\x93"
    "17] and in (4,35\xE2\x80\x93"
    "38,44).",
    "Results differ (Smith et al., 1981).",
    "1. Gather data\n2. Clean it",
    "The probe Voyager 1 flew by, and the OMRON HEM 907 was used.",
    "We ran 3D models with 14C dating and 40Ar ages.",
    "The hSOX2-23 line and TRA-1\xE2\x80\x93"
    "60+ cells grew.",
    "Salts such as Ca(ClO4)2 and Mg(ClO4)2 formed.",
    "It is known that 3f+1 nodes suffice.",
    "Codes 040301\xE2\x80\x93"
    "040304 were used, and code 3-1 too.",
    "Scale: 0 = never, 1 = sometimes.",
    "On day 14 of animal No. 10 we looked at lines 16 and 17.",
    "Miller indices {111} and the 2,5-diyl group.",
    "As one thinks of one another, no one is the one.",
    "It was filed as ISO 1183 under Windows 10.",
    /* "Always", not a ratio of hours to days. */
    "Support runs 24/7/365, and the desk is staffed 24/7.",
};

/* Texts in which no number may be found. */
static const char *const no_numbers[] = {
    "We run K8s on COVID-19 era hardware.",
    "Version 3.11.2 shipped at 10:30 sharp.",
    "Released on 2021-02-17 and on 3 March 2019.",
    "In 2019 we moved; the 1990s were different.",
    "One of them left.",
    "Two of us agreed.",
    "It is a one-off.",
    "They help one another, as one thinks they should.",
    /* what things are merged into is no count */
    "The app folds your loans into one payment.",
    "Attitudes change slowly. [1] Economies follow.",
};

static void numbers_table(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const struct num_case *c = &cases[i];
    struct bc_facts *f = analyze(c->text, NULL);
    const struct bc_number_fact *n = NULL;
    assert_non_null(f);
    for (k = 0; k < f->n_numbers; k++)
      if (span_is(c->text, f->numbers[k].span, c->span))
        n = &f->numbers[k];
    if (!n || !bc__analyze_number_equal(n->value, c->value) ||
        !bc__analyze_number_equal(n->value_hi, c->value_hi) ||
        strcmp(n->unit, c->unit) != 0 || n->approx != c->approx ||
        n->ordinal != c->ordinal) {
      fprintf(stderr, "case %zu: '%s' want '%s'\n", i, c->text, c->span);
      for (k = 0; k < f->n_numbers; k++) {
        fprintf(stderr, "  got %g..%g unit '%s' approx %d ord %d",
                f->numbers[k].value, f->numbers[k].value_hi, f->numbers[k].unit,
                f->numbers[k].approx, f->numbers[k].ordinal);
        print_span("span", c->text, f->numbers[k].span);
      }
    }
    assert_non_null(n);
    assert_true(bc__analyze_number_equal(n->value, c->value));
    assert_true(bc__analyze_number_equal(n->value_hi, c->value_hi));
    assert_string_equal(n->unit, c->unit);
    assert_int_equal(n->approx, c->approx);
    assert_int_equal(n->ordinal, c->ordinal);
    bc_facts_free(f);
  }
}

static void numbers_negatives(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof no_numbers / sizeof no_numbers[0]; i++) {
    struct bc_facts *f = analyze(no_numbers[i], NULL);
    assert_non_null(f);
    if (f->n_numbers) {
      fprintf(stderr, "case '%s':\n", no_numbers[i]);
      for (k = 0; k < f->n_numbers; k++)
        print_span("number", no_numbers[i], f->numbers[k].span);
    }
    assert_int_equal(f->n_numbers, 0);
    bc_facts_free(f);
  }
}

static void dump(const char *text, const struct bc_facts *f)
{
  size_t k;
  for (k = 0; k < f->n_numbers; k++) {
    const struct bc_number_fact *x = &f->numbers[k];
    fprintf(stderr,
            "  got %g..%g unit '%s' noun '%s' count %d approx %d bound %d "
            "tol %g",
            x->value, x->value_hi, x->unit, x->noun, x->count, x->approx,
            x->bound, x->tol);
    print_span("span", text, x->span);
    print_span("  whole", text, x->whole);
  }
}

static void quantities_table(void **state)
{
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof quantities / sizeof quantities[0]; i++) {
    const struct q_case *c = &quantities[i];
    struct bc_facts *f = analyze(c->text, NULL);
    const struct bc_number_fact *n = NULL;
    assert_non_null(f);
    for (k = 0; k < f->n_numbers; k++)
      if (span_is(c->text, f->numbers[k].span, c->span))
        n = &f->numbers[k];
    if (!n || !span_is(c->text, n->whole, c->whole) ||
        !bc__analyze_number_equal(n->value, c->value) ||
        !bc__analyze_number_equal(n->value_hi, c->value_hi) ||
        strcmp(n->unit, c->unit) != 0 || strcmp(n->noun, c->noun) != 0 ||
        n->count != c->count || n->approx != c->approx ||
        n->bound != c->bound || !bc__analyze_number_equal(n->tol, c->tol) ||
        n->ordinal) {
      fprintf(stderr, "case %zu: '%s' want '%s'\n", i, c->text, c->span);
      dump(c->text, f);
      fail();
    }
    bc_facts_free(f);
  }
}

static void not_quantities_table(void **state)
{
  size_t i;
  (void)state;
  for (i = 0; i < sizeof not_quantities / sizeof not_quantities[0]; i++) {
    struct bc_facts *f = analyze(not_quantities[i], NULL);
    assert_non_null(f);
    if (f->n_numbers) {
      fprintf(stderr, "case '%s':\n", not_quantities[i]);
      dump(not_quantities[i], f);
    }
    assert_int_equal(f->n_numbers, 0);
    bc_facts_free(f);
  }
}

/* Ordinals are positions: in their own array, never among quantities. */
static void ordinals_apart(void **state)
{
  static const struct {
    const char *text, *span;
    double value;
  } ords[] = {
      {"This was our 3rd attempt.", "3rd", 3},
      {"The first release was slow.", "first", 1},
      {"The 21st run and the twelfth.", "21st", 21},
      {"The 21st run and the twelfth.", "twelfth", 12},
  };
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof ords / sizeof ords[0]; i++) {
    struct bc_facts *f = analyze(ords[i].text, NULL);
    const struct bc_number_fact *o = NULL;
    assert_non_null(f);
    assert_int_equal(f->n_numbers, 0);
    for (k = 0; k < f->n_ordinals; k++)
      if (span_is(ords[i].text, f->ordinals[k].span, ords[i].span))
        o = &f->ordinals[k];
    assert_non_null(o);
    assert_true(o->ordinal);
    assert_true(bc__analyze_number_equal(o->value, ords[i].value));
    assert_string_equal(o->unit, "");
    bc_facts_free(f);
  }
}

/* The JSON fact sheet carries the new fields and the ordinals. */
static void json_fields(void **state)
{
  const char *t =
      "We saw at least 20 civil service departments and \xE2\x88\x92"
      "4 \xC2\xB0"
      "C on the first day, 69 \xC2\xB1 3\xC2\xB0.";
  struct bc_doc *doc = NULL;
  struct bc_facts *f = NULL;
  struct bc_error err = BC_ERROR_INIT;
  cJSON *root, *nums, *ords, *x;
  char *js;
  (void)state;
  assert_int_equal(bc_doc_new_text(t, strlen(t), &doc, &err), BC_OK);
  assert_int_equal(bc_facts_analyze(doc, &f, &err), BC_OK);
  js = bc_facts_to_json(f, doc);
  assert_non_null(js);
  root = cJSON_Parse(js);
  assert_non_null(root);
  nums = cJSON_GetObjectItem(root, "numbers");
  ords = cJSON_GetObjectItem(root, "ordinals");
  assert_int_equal(cJSON_GetArraySize(nums), 3);
  assert_int_equal(cJSON_GetArraySize(ords), 1);
  x = cJSON_GetArrayItem(nums, 0);
  assert_string_equal(cJSON_GetObjectItem(x, "noun")->valuestring,
                      "departments");
  assert_true(cJSON_IsTrue(cJSON_GetObjectItem(x, "count")));
  assert_string_equal(cJSON_GetObjectItem(x, "bound")->valuestring, "at least");
  assert_string_equal(cJSON_GetObjectItem(x, "whole")->valuestring,
                      "at least 20 civil service departments");
  x = cJSON_GetArrayItem(nums, 1);
  assert_true(cJSON_GetObjectItem(x, "value")->valuedouble < 0);
  x = cJSON_GetArrayItem(nums, 2);
  assert_true(bc__analyze_number_equal(
      cJSON_GetObjectItem(x, "tolerance")->valuedouble, 3));
  assert_string_equal(
      cJSON_GetObjectItem(cJSON_GetArrayItem(ords, 0), "text")->valuestring,
      "first");
  cJSON_Delete(root);
  free(js);
  bc_facts_free(f);
  bc_doc_free(doc);
}

/* Hostile input stays linear: long runs of digits, signs, brackets and
 * units analyse in time proportional to their length. */
static void hostile_input(void **state)
{
  static const char *const unit[] = {"1-",
                                     "(1,",
                                     "[2\xE2\x80\x93",
                                     "\xE2\x88\x92"
                                     "3 m s\xE2\x88\x92"
                                     "1 ",
                                     "4 or more ",
                                     "Fig. 5, ",
                                     "between 6 and ",
                                     "7/8/",
                                     "\xC3\x97"
                                     "10\xE2\x88\x92"};
  size_t u, n = 20000;
  (void)state;
  for (u = 0; u < sizeof unit / sizeof unit[0]; u++) {
    size_t len = strlen(unit[u]), k;
    char *t = malloc(len * n + 1);
    struct bc_facts *f;
    assert_non_null(t);
    for (k = 0; k < n; k++)
      memcpy(t + k * len, unit[u], len);
    t[len * n] = '\0';
    f = analyze(t, NULL);
    assert_non_null(f);
    bc_facts_free(f);
    free(t);
  }
}

static void number_equality(void **state)
{
  (void)state;
  assert_true(bc__an_units_sorted());
  assert_true(bc__analyze_number_equal(2.3e6, 2300000));
  assert_true(bc__analyze_number_equal(0.1 + 0.2, 0.3));
  assert_false(bc__analyze_number_equal(4.5, 4.6));
  assert_false(bc__analyze_number_equal(2019, 2020));
  assert_true(bc__analyze_number_equal(0, 0));
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(numbers_table),
      cmocka_unit_test(numbers_negatives),
      cmocka_unit_test(quantities_table),
      cmocka_unit_test(not_quantities_table),
      cmocka_unit_test(ordinals_apart),
      cmocka_unit_test(json_fields),
      cmocka_unit_test(hostile_input),
      cmocka_unit_test(number_equality),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
