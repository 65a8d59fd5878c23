#!/usr/bin/env python3
"""test_check_in_place.py - `briefcast check` on three slips a summary makes
with a thing the source names in place, each beside its faithful twin:

- an acronym the source never writes, put where the source writes another
  thing ("open an FTP session from the menu" for "start an SSH session from
  the menu", "a T20 between" for "a one-day international between"), and
  not an acronym of the source's own words ("the CEO" for "the chief
  executive", "the US" for "the U.S.");
- a year against a source sentence that gives both a relative date and the
  year ("by the middle of this century ... by 2051"): "by 2061" is wrong;
- "three years ago" in a summary of an undated source that counts "five
  years ago" of the same event.

Needs BRIEFCAST in the environment (ctest sets it)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import check_errors, flagged  # noqa: E402

failures = []

SOURCE = """\
Harbour Tools ships a new release of its desktop suite.

The Pro edition adds a network throttle for testing, and from the menu you
can debug an app, dump a VM, or start an SSH session from the menu without
opening a terminal.

The team's chief executive, Dana Whitlock, said the U.S. launch comes first.

The city's planners expect the harbour district to double in size by the
middle of this century, meaning one in three residents will live by the
water by 2051, the planning office says.

The estimate is far above the one the same office published just five years
ago, when it expected a quarter of residents to live there by 2051.

Old footage shows the mayor running onto the pitch during a one-day
international between Harbour and Riverside in the rain.
"""


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def errors(source, summary, date=None):
    return check_errors(source, summary, date)


def main():
    # An acronym in the place of another the source writes.
    errs = errors(SOURCE, "With the Pro edition you can debug an app, dump a "
                  "VM or open an FTP session from the menu.\n")
    check(flagged(errs, "acronym", "FTP", "SSH"),
          f"FTP where the source writes SSH is an error naming SSH: {errs}")
    errs = errors(SOURCE, "With the Pro edition you can debug an app, dump a "
                  "VM or open an SSH session from the menu.\n")
    check(not errs, f"the source's own SSH is no error: {errs}")

    # An acronym in the place of common words naming another thing.
    errs = errors(SOURCE, "Old footage shows the mayor running onto the pitch "
                  "during a T20 between Harbour and Riverside.\n")
    check(flagged(errs, "acronym", "T20", "one-day international"),
          f"T20 for a one-day international is an error: {errs}")
    errs = errors(SOURCE, "Old footage shows the mayor running onto the pitch "
                  "during an ODI between Harbour and Riverside.\n")
    check(not errs, f"ODI, the initials of one-day international, is "
          f"no error: {errs}")

    # An acronym of the source's own words, or its dotted form.
    errs = errors(SOURCE, "The team's CEO, Dana Whitlock, said the US launch "
                  "comes first.\n")
    check(not errs, f"CEO and US for the source's words are no error: {errs}")

    # A quarter the date checker reads, and a body the source describes
    # ("the world body" for the UN), are no acronym in another's place.
    other = ("In the third quarter revenue rose at the firm, the chief said "
             "on Monday.\n\nThe talks at the world body in Geneva ended "
             "without a deal on Friday, diplomats said.\n")
    errs = errors(other, "In Q3 revenue rose at the firm, the chief said.\n\n"
                  "The talks at the UN in Geneva ended without a deal, "
                  "diplomats said.\n")
    check(not errs, f"Q3 and the UN for the source's words are no error: "
          f"{errs}")

    # A year beside a relative date in the source's sentence.
    errs = errors(SOURCE, "By 2061, one in three residents will live by the "
                  "water, the planning office says.\n")
    check(flagged(errs, "date", "2061", "2051"),
          f"2061 where the sentence says 2051 is an error: {errs}")
    errs = errors(SOURCE, "By 2051, one in three residents will live by the "
                  "water, the planning office says.\n")
    check(not errs, f"the source's 2051 is no error: {errs}")

    # A count back from the present in an undated source.
    errs = errors(SOURCE, "The same office published a far lower estimate "
                  "just three years ago.\n")
    check(flagged(errs, "date", "three years ago", "five years ago"),
          f"three years ago for five years ago is an error: {errs}")
    errs = errors(SOURCE, "The same office published a far lower estimate "
                  "just five years ago.\n")
    check(not errs, f"the source's five years ago is no error: {errs}")
    # ... but "next year's" race is no count of the source's "next month's"
    # other race: only a count back ("ago") is weighed so.
    races = ("The rider crashed in practice and said he will not compete in "
             "next month's Ulster Grand Prix.\n")
    errs = errors(races, "The rider will not race at next year's TT.\n")
    check(not errs, f"next year's TT for next month's Grand Prix is no "
          f"error: {errs}")

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
