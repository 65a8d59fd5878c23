#!/usr/bin/env python3
"""test_check_slips_date20.py - `briefcast check` on four slips a summary
makes with a date, a role or an acronym the source gives, each beside its
faithful twin, against an undated source:

- a count back in minutes ("about 20 minutes ago") where the source counts
  "about 15 minutes ago" for the same event;
- a season counted from the present ("last autumn") where the source has
  "last spring" for the same event;
- a person given another's role ("Director: Mira Castell" where the
  source's credits give the director as Tomas Reyne and Mira Castell as the
  composer; "Ana Brook, prosecuting" where Ana Brook defended);
- an acronym's expansion padded past its letters ("RF, which stands for
  Rebel Front of Aldmoor") where the source writes RF and "Rebel Front".

Needs BRIEFCAST in the environment (ctest sets it)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import check_errors, flagged  # noqa: E402

failures = []

SOURCE = """\
The mayor left the town hall about 15 minutes ago on an unplanned trip to the
harbour, a reporter for the Coast Ledger wrote.

The old record belongs to a 900m paper boat folded by students in Weston, on
the northern coast, last spring.

The play opens at the Lantern Theatre. Credits: Writer_Jo Pellam, \
Director_Tomas Reyne, Composer_Mira Castell, Set Design_Ivo Marsh.

At the hearing Carl Dent, prosecuting, said the defendant had lied. Ana Brook,
defending, said her client was sorry.

Volunteers have joined groups such as the Rebel Front and the Hill Guard. The
RF took the valley last year.

The judge placed him on a ten-year sexual harm prevention order.
"""


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def errors(source, summary, date=None):
    return check_errors(source, summary, date)


def main():
    # A count back in minutes.
    errs = errors(SOURCE, "A reporter wrote that the mayor had left the town "
                  "hall about 20 minutes ago on an unplanned trip.\n")
    check(flagged(errs, "date", "20 minutes ago", "15 minutes ago"),
          f"about 20 minutes ago for about 15 is an error: {errs}")
    errs = errors(SOURCE, "A reporter wrote that the mayor had left the town "
                  "hall 15 minutes ago on an unplanned trip.\n")
    check(not errs, f"the source's 15 minutes ago is no error: {errs}")

    # A season counted from the present.
    errs = errors(SOURCE, "The record belongs to a 900m paper boat folded by "
                  "students in Weston last autumn.\n")
    check(flagged(errs, "date", "last autumn", "last spring"),
          f"last autumn for last spring is an error: {errs}")
    errs = errors(SOURCE, "The record belongs to a 900m paper boat folded by "
                  "students in Weston last spring.\n")
    check(not errs, f"the source's last spring is no error: {errs}")

    # A person given another's role.
    errs = errors(SOURCE, "- Director: Mira Castell\n- Writer: Jo Pellam\n")
    check(flagged(errs, "name", "Mira Castell", "Tomas Reyne"),
          f"the composer named as director is an error: {errs}")
    errs = errors(SOURCE, "- Director: Tomas Reyne\n- Composer: Mira "
                  "Castell\n")
    check(not errs, f"the source's credits are no error: {errs}")
    errs = errors(SOURCE, "According to Ana Brook, prosecuting, the defendant "
                  "had lied.\n")
    check(flagged(errs, "name", "Ana Brook", "Carl Dent"),
          f"the defence lawyer named as prosecutor is an error: {errs}")
    errs = errors(SOURCE, "According to Carl Dent, prosecuting, the "
                  "defendant had lied; Ana Brook, defending, said he was "
                  "sorry.\n")
    check(not errs, f"the source's court roles are no error: {errs}")

    # An acronym's expansion padded past its letters.
    errs = errors(SOURCE, "Volunteers joined the RF, which stands for Rebel "
                  "Front of Aldmoor, and the Hill Guard.\n")
    check(flagged(errs, "acronym", "Rebel Front of Aldmoor", "Rebel Front"),
          f"RF padded to Rebel Front of Aldmoor is an error: {errs}")
    errs = errors(SOURCE, "Volunteers joined the RF, which stands for Rebel "
                  "Front, and the Hill Guard.\n")
    check(not errs, f"RF for the source's Rebel Front is no error: {errs}")

    # An acronym the source never writes, given a changed name.
    errs = errors(SOURCE, "He got a ten-year SHPO, that's a sexual harm "
                  "protection order.\n")
    check(flagged(errs, "acronym", "sexual harm protection order",
                  "sexual harm prevention order"),
          f"SHPO as sexual harm protection order is an error: {errs}")
    errs = errors(SOURCE, "He got a ten-year SHPO, that's a sexual harm "
                  "prevention order.\n")
    check(not errs, f"SHPO as the source's own words is no error: {errs}")

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
