#!/usr/bin/env python3
"""test_facts_cli.py - `briefcast facts`: the fact sheet of a real sample,
as JSON (every span's text is the source's bytes at those offsets) and as a
readable listing; usage errors and missing inputs give their exit codes."""
import json
import os
import subprocess
import sys
import tempfile

BIN = os.environ["BRIEFCAST"]
SRC = os.environ["BC_SOURCE_DIR"]
SAMPLE = os.path.join(SRC, "samples", "dense-facts.md")


def run(*args, stdin=None):
    return subprocess.run([BIN, *args], input=stdin, capture_output=True,
                          timeout=60)


def check(cond, what):
    if not cond:
        print("FAIL:", what)
        sys.exit(1)


def main():
    r = run("facts", SAMPLE, "--json")
    check(r.returncode == 0, "facts --json exits 0: %s" % r.stderr)
    facts = json.loads(r.stdout)
    check(facts["schema"] == "briefcast.facts/1", "schema id")
    doc = json.loads(run("extract", SAMPLE, "--json").stdout)
    text = doc["text"].encode("utf-8")

    def at(start, end):
        return text[start:end].decode("utf-8")

    for kind in ("sentences", "dates", "numbers", "quotes"):
        check(len(facts[kind]) > 0, "some %s" % kind)
        for f in facts[kind]:
            check(at(f["start"], f["end"]) == f["text"],
                  "%s span matches its text: %r" % (kind, f))
    acr = {a["acronym"]: a for a in facts["acronyms"]}
    check(acr["SLO"]["expansion"] == "Service Level Objective", "SLO")
    check(acr["MTTR"]["expansion"] == "mean time to recovery", "MTTR")
    check(acr["RAPID"]["expansion"] ==
          "Reproduce, Assess, Patch, Inform, Document", "RAPID")
    for a in facts["acronyms"]:
        check(at(a["expansion_start"], a["expansion_end"]) == a["expansion"],
              "expansion span of %s" % a["acronym"])
        check(at(a["start"], a["end"]).startswith(a["acronym"]),
              "acronym span of %s" % a["acronym"])
    dates = {(d["text"], d["iso"], d["kind"]) for d in facts["dates"]}
    # "On 06/14 of that year, 2015" in a post dated 2024-07-20
    check(("06/14", "2015-06-14", "day") in dates, "06/14 of that year")
    check(("June 2016 to March 2019", "2016-06/2019-03", "range") in dates,
          "month range")
    check(("Q4 2015", "2015-Q4", "quarter") in dates, "quarter")
    nums = {(n["text"], n["unit"]) for n in facts["numbers"]}
    check(("120000+ events per second", "events per second") in nums,
          "120000+ events per second")
    check(("€3.4 million", "EUR") in nums, "euro amount")
    check(not any(n["text"] == "2015" for n in facts["numbers"]),
          "years are not numbers")
    names = {n["name"]: n["kind"] for n in facts["names"]}
    check(names.get("Dr. Ana Ferreira") == "person", "a person")
    check(facts["quotes"][0]["speaker"] == "Dr. Ana Ferreira", "speaker")

    r = run("facts", SAMPLE)
    out = r.stdout.decode("utf-8")
    check(r.returncode == 0 and "Acronyms (5)" in out and
          "Service Level Objective" in out and "2015-06-14" in out,
          "readable listing")

    # A reference date for a text without one.
    r = run("facts", "-", "--json", "--date", "2019-07-20",
            stdin=b"We shipped on 06/14 as planned.\n")
    check(r.returncode == 0, "stdin with --date: %s" % r.stderr)
    d = json.loads(r.stdout)["dates"]
    check(len(d) == 1 and d[0]["iso"] == "2019-06-14", "06/14 with --date")

    check(run("facts", "--date", "june", SAMPLE).returncode == 2, "bad --date")
    check(run("facts").returncode == 2, "no input")
    check(run("facts", SAMPLE, "--bogus").returncode == 2, "unknown option")
    check(run("facts", "--help").returncode == 0, "help")
    with tempfile.TemporaryDirectory() as tmp:
        check(run("facts", os.path.join(tmp, "missing.md")).returncode == 3,
              "missing input exits 3")
    print("ok")


if __name__ == "__main__":
    main()
