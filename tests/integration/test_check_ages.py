#!/usr/bin/env python3
"""test_check_ages.py - `briefcast check` on ages: an age band ("aged 45
and over" where the source says "aged 40 and over", which the number checker
finds too, once) and the decades of a person's age ("in his 40s or 50s"
for "in his 50s or 60s", which main's binary missed) are errors.  A
faithful summary draws none: the source's own band, one decade of the two
the source gives ("in his 50s"), a band in the other direction that the
source does not give ("under the age of 40"), a woman's decade where the
source gives only a man's."""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import check, check_findings  # noqa: E402

SOURCE = (
    "Harbour fever is most common in adults aged 40 and over, the town's "
    "clinic said on Monday. The clinic treated 120 people last winter. "
    "One patient, a fisherman in his 50s or 60s, was flown to the city "
    "hospital.\n")

FAITHFUL = (
    "Harbour fever is most common in adults aged 40 and over; it is rare "
    "in people under the age of 40. The clinic treated 120 people last "
    "winter, and a fisherman in his 50s was flown to the city hospital. "
    "A nurse in her 30s said the clinic was busy.\n")

SLIPS = (
    "Harbour fever is most common in adults aged 45 and over.\n"
    "A fisherman in his 40s or 50s was flown to the city hospital.\n")


def findings(tmp, summary):
    return check_findings(SOURCE, summary)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        errors = [f for f in findings(tmp, FAITHFUL)
                  if f["severity"] == "error"]
        check(not errors, "faithful ages draw no error: %s" %
              [(f["claim"], f["source_says"], f["message"]) for f in errors])
        errors = [f for f in findings(tmp, SLIPS) if f["severity"] == "error"]
        shown = [(f["claim"], f["source_says"]) for f in errors]
        for claim, truth in (("45 and over", "40 and over"),
                             ("in his 40s or 50s", "in his 50s or 60s")):
            check(any(f["kind"] == "number" and claim in f["claim"] and
                      f["source_says"] == truth for f in errors),
                  "the age in %r is an error, the source says %r: %s" %
                  (claim, truth, shown))
        check(len([f for f in errors if "45" in f["claim"]]) == 1,
              "one error for the band, not two: %s" % shown)
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
