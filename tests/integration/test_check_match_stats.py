#!/usr/bin/env python3
"""test_check_match_stats.py - `briefcast check` on a match preview written
the way sports pages print their facts: betting odds after the teams' names
("Hollin Town 21/20"), a head-to-head record with each count after its noun
("Hollin Town wins 38, draws 17"), and a run of results against the other
side ("each of their last three competitive encounters with Carrow
United"), scores beside their results ("the 3-3 draw", "beaten 2-1") and
ranks ("moved Hollin Town up to 9th"), the headings run into the text
without a full stop.  A faithful summary
draws no error: the odds are no number of a name, the three encounters are
the home side's, not Carrow United's, and a score may be written the other
way round.  A summary with slips is caught, a wrong score too, and a rank
("finished 12th") the source gives as another ("to 11th place").
Bowling figures the source prints in brackets after a name ("Tom Reed
(5-61)") are its own, not a slip for another bowler's "5-48"."""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import check, check_findings  # noqa: E402

SOURCE = (
    "Preview of the weekend's match between Hollin Town and Carrow United.\n\n"
    "Kick-off: Saturday, 3pm Odds: Hollin Town 21/20 Draw 23/10 Carrow "
    "United 13/5 Referee: Sam Dale Head-to-head league record: Hollin Town "
    "wins 38, draws 17, Carrow United wins 26 Key match stats Hollin Town "
    "have won each of their last three competitive encounters with Carrow "
    "United. Carrow United have scored six goals in their last two league "
    "games. Their striker made his first start in the 3-3 draw with "
    "Lune Rovers on Tuesday night. Hollin Town were beaten 2-1 in the 2010 "
    "county cup final, and have scored more than twice in only one "
    "match this season (4-0 vs Ashby). The victory moved Hollin Town up to "
    "9th. Their keeper Sam Dale rode Blue Sky to 11th place in the "
    "county's point-to-point race. In the club's cricket match, Ian Moss "
    "took 5-48 before fast bowler Tom Reed (5-61) turned the game.\n")

FAITHFUL = (
    "# Match preview\n\n"
    "Hollin Town have won the last three meetings.\n\n"
    "| Item | Detail |\n"
    "|---|---|\n"
    "| Odds | Hollin Town 21/20, draw 23/10, Carrow United 13/5 |\n"
    "| Head-to-head (league) | Hollin Town 38 wins, 17 draws, Carrow United "
    "26 wins |\n\n"
    "Carrow United have scored six goals in their last two league games. "
    "Their striker's first start came in a 3-3 draw with Lune Rovers, "
    "and Hollin Town, beaten 1-2 in the 2010 county cup final, won one game "
    "4-0 this season. The victory took them up to ninth. Sam Dale, their "
    "keeper, finished 11th on Blue Sky in the point-to-point race. In the "
    "cricket match Tom Reed took 5-61.\n")

SLIPS = (
    "# Match preview\n\n"
    "Hollin Town have won the last three meetings.\n\n"
    "Carrow United have scored six goals in their last three league games.\n"
    "Their striker's first start was the 2-2 draw with Lune Rovers.\n"
    "Hollin Town were beaten 3-1 in the 2010 county cup final.\n"
    "The victory moved Hollin Town up to 8th.\n"
    "Sam Dale rode Blue Sky and finished 12th.\n")


def findings(tmp, summary):
    return check_findings(SOURCE, summary)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        errors = [f for f in findings(tmp, FAITHFUL)
                  if f["severity"] == "error"]
        check(not errors, "a faithful match preview draws no error: %s" %
              [(f["claim"], f["source_says"], f["message"]) for f in errors])
        errors = [f for f in findings(tmp, SLIPS) if f["severity"] == "error"]
        check(any(f["kind"] == "number" and "three league games" in f["claim"]
                  for f in errors),
              "'their last three league games' for two is an error: %s" %
              [(f["claim"], f["message"]) for f in errors])
        for score, truth in (("2-2 draw", "3-3 draw"),
                             ("beaten 3-1", "beaten 2-1"),
                             ("8th", "9th"), ("12th", "11th")):
            check(any(f["claim"] == score and f["source_says"] == truth
                      for f in errors),
                  "the score %r is an error, the source says %r: %s" %
                  (score, truth, [(f["claim"], f["message"]) for f in errors]))
        check(not any("meetings" in f["claim"] for f in errors),
              "the three meetings are still the home side's: %s" %
              [(f["claim"], f["message"]) for f in errors])
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
