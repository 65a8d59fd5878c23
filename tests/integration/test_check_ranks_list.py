#!/usr/bin/env python3
"""test_check_ranks_list.py - `briefcast check` on a ranked list: the source
numbers a list of names ("06. Tomas Reyl") and ties one rank to a name in
its prose ("Ines Varo at #3").  A summary that gives a name another rank
than the list ("Tomas Reyl at 9", "landing at number five", "Odile
Brant's entry, at No. 11", "Piet Lamm is seventh") is caught, with the
list's entry as what the source says.  A faithful summary draws no error:
ranks written as words or with "No." and "#", "in the tenth spot", a name
the list does not rank, a rank counted from the other end, and an age
written after a name ("died at 41")."""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import check, check_findings  # noqa: E402

# A blog post's list as such pages print it: numbered lines in one
# paragraph (the ingester keeps their numbers; those of a Markdown or HTML
# ordered list it drops).
SOURCE = (
    "<html><body><p>The harbour guild asked its members to rank the best "
    "harbour painters of the century. Some picks surprised me: Ines Varo at "
    "#3? Hugo Senn, who died at 41, made the list at all.</p>\n"
    "<p>Here is the guild's list.</p>\n<p>"
    + "<br>\n".join("%02d. %s" % (i + 1, name) for i, name in enumerate((
        "Marta Kell", "Anselm Brody", "Ines Varo", "Lise Ormond",
        "Jonas Pelt", "Tomas Reyl", "Hugo Senn", "Piet Lamm", "Clara Voss",
        "Ruth Adler", "Emil Strand", "Odile Brant")))
    + "</p></body></html>\n")

FAITHFUL = (
    "# The guild's harbour painters\n\n"
    "The guild's list opens with Marta Kell at number one, followed by "
    "Anselm Brody and Ines Varo at No. 3. Lise Ormond is fourth, Jonas Pelt "
    "fifth and Tomas Reyl sits at 6. Hugo Senn, who died at 41, lands at "
    "number seven, Piet Lamm eighth, and Ruth Adler is in the tenth spot. "
    "Odile Brant closes the list at #12, third from the bottom is Ruth "
    "Adler, and the writer's favourite, Nils Hart, is not ranked at all; "
    "Otto Berg at 30 was too young for it.\n")

SLIPS = (
    "# The guild's harbour painters\n\n"
    "The writer is surprised to find Ines Varo landing at number five.\n"
    "Further down, Tomas Reyl at 9, and Clara Voss at 9 too.\n"
    "Odile Brant's entry, at No. 11, closes the list.\n"
    "Piet Lamm is seventh.\n")


def findings(tmp, summary):
    return check_findings(SOURCE, summary, source_name="source.html")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        errors = [f for f in findings(tmp, FAITHFUL)
                  if f["severity"] == "error"]
        check(not errors, "a faithful account of the list draws no error: %s"
              % [(f["claim"], f["source_says"], f["message"])
                 for f in errors])
        errors = [f for f in findings(tmp, SLIPS) if f["severity"] == "error"]
        shown = [(f["claim"], f["source_says"]) for f in errors]
        for claim, truth in (("Ines Varo landing at number five", "03. Ines Varo"),
                             ("Tomas Reyl at 9", "06. Tomas Reyl"),
                             ("Odile Brant's entry, at No. 11",
                              "12. Odile Brant"),
                             ("Piet Lamm is seventh", "08. Piet Lamm")):
            check(any(f["kind"] == "number" and claim in f["claim"] and
                      f["source_says"] == truth for f in errors),
                  "the rank in %r is an error, the source says %r: %s" %
                  (claim, truth, shown))
        check(not any("Clara Voss" in f["claim"] for f in errors),
              "Clara Voss is ninth, as the list says: %s" % shown)
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
