#!/usr/bin/env python3
"""test_check.py - `briefcast check SOURCE SUMMARY` as a user runs it: a
summary.json with evidence spans and a plain Markdown summary, faithful and
with planted errors; --json validated against prompts/report.schema.json;
--strict exit code; readable output without colour off a terminal; bad
input.  Needs BRIEFCAST and BC_SOURCE_DIR in the environment (ctest sets
them)."""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

BIN = os.environ["BRIEFCAST"]
SRC = os.environ["BC_SOURCE_DIR"]
EXIT_USAGE, EXIT_IO, EXIT_MALFORMED, EXIT_VALIDATE = 2, 3, 9, 12

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(*args, env=None):
    e = dict(os.environ)
    e.pop("NO_COLOR", None)
    if env:
        e.update(env)
    p = subprocess.run([BIN, *args], capture_output=True, text=True, env=e,
                       timeout=60)
    return p.returncode, p.stdout, p.stderr


def span(text, quote):
    raw = text.encode("utf-8")
    q = quote.encode("utf-8")
    start = raw.find(q)
    assert start >= 0, quote
    return {"start": start, "end": start + len(q)}


def summary(text, *, planted):
    def kp(t, quote):
        s = span(text, quote)
        return {"text": t, "evidence": [dict(s, quote=quote)]}

    no_span = {"start": 0, "end": 0}
    waves = "520,000" if planted else "250,000"
    built = "2012" if planted else "2014"
    mttr = "Mean Time To Repair" if planted else "Mean Time To Recovery"
    s = {
        "schema": "briefcast.summary/1",
        "title": "Moving 4.5 million users to a new billing system",
        "source": {"title": "", "author": "Priya Raman", "date": "",
                   "url": "source.txt", "sha256": ""},
        "provider": "test",
        "tldr": f"A billing system built in {built} was replaced between "
                "February 2023 and June 2024.",
        "key_points": [
            kp(f"Users moved in waves of {waves}.",
               "We moved users in waves of 250,000"),
            kp("The project cost $2.1 million, 15% under budget.",
               "The total cost of the project was $2.1 million"),
        ],
        "sections": [{"heading": "Results",
                      "summary": "Payment failures dropped by 72%.",
                      "span": no_span}],
        "timeline": [{"date": "15 July 2024", "iso": "2024-07-15",
                      "event": "The old system was retired.",
                      "span": span(text, "15 July 2024")}],
        "glossary": [{"term": "MTTR", "definition": mttr,
                      "span": span(text, "Mean Time To Recovery")}],
        "quotes": [],
        "slides": [{"title": "Outcome",
                    "bullets": ["MTTR fell from 4 hours to 35 minutes"],
                    "notes": ""}],
        "narration": [{"speaker": "narrator",
                       "text": "Support tickets fell from about 1,800 to 400 "
                               "a month."}],
    }
    if planted:
        s["key_points"][1]["evidence"][0]["quote"] = "The project cost less"
    return s


def main():
    schema = json.load(open(os.path.join(SRC, "prompts",
                                         "report.schema.json")))
    text = open(os.path.join(SRC, "tests", "fixtures", "check",
                             "migration.md"), encoding="utf-8").read()
    text = text.rstrip("\n")
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "source.txt")
        with open(source, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        good = os.path.join(tmp, "good.json")
        bad = os.path.join(tmp, "bad.json")
        json.dump(summary(text, planted=False), open(good, "w"))
        json.dump(summary(text, planted=True), open(bad, "w"))

        # A faithful summary.json: no error, report fits the schema.
        rc, out, err = run("check", source, good, "--json", "--strict")
        check(rc == 0, f"faithful summary --strict exits 0 (got {rc}: {err})")
        rep = json.loads(out) if rc == 0 else {}
        if rep:
            jsonschema.validate(rep, schema)
            check(rep["counts"]["errors"] == 0,
                  f"faithful summary has no error: {rep['findings']}")
            check(rep["verdict"] in ("pass", "warn"), "verdict pass or warn")
            check(rep["checked"]["evidence"] >= 3, "evidence spans counted")
            check(rep["checked"]["dates"] >= 2, "dates counted")
            check(rep["checked"]["numbers"] >= 5, "numbers counted")

        # Planted errors: each reported in its field, with the truth.
        rc, out, err = run("check", source, bad, "--json")
        check(rc == 0, f"without --strict a failing check exits 0 ({rc})")
        rep = json.loads(out)
        jsonschema.validate(rep, schema)
        check(rep["verdict"] == "fail", "planted summary fails")
        got = {(f["field"], f["kind"]) for f in rep["findings"]
               if f["severity"] == "error"}
        for want in [("key_points[0].text", "number"),
                     ("tldr", "date"),
                     ("glossary[0].definition", "acronym"),
                     ("key_points[1].evidence[0]", "evidence")]:
            check(want in got, f"error {want} reported (got {sorted(got)})")
        for f in rep["findings"]:
            if f["field"] == "glossary[0].definition":
                check(f["source_says"] == "Mean Time To Recovery",
                      "acronym finding says the source's expansion")
                s = f["span"]
                check(text.encode()[s["start"]:s["end"]] ==
                      b"Mean Time To Recovery", "span shows the truth")
        rc, out, err = run("check", source, bad, "--strict")
        check(rc == EXIT_VALIDATE, f"--strict on fail exits 12 (got {rc})")

        # A Markdown summary from another tool, read as text.
        md = os.path.join(tmp, "other-tool.md")
        with open(md, "w", encoding="utf-8") as f:
            f.write("# Summary\n\n"
                    "- The old system was built in 2014.\n"
                    "- The migration ended on 30 June 2023.\n"
                    "- MTTR (Mean Time To Repair) fell to 35 minutes.\n")
        rc, out, err = run("check", source, md, env={"NO_COLOR": ""})
        check(rc == 0, f"text summary exits 0 without --strict ({rc}: {err})")
        check("\x1b[" not in out, "no colour when stdout is not a terminal")
        check("line 4" in out and "30 June 2023" in out,
              f"date finding names its line:\n{out}")
        check("line 5" in out and "Mean Time To Recovery" in out,
              f"acronym finding shows the source's expansion:\n{out}")
        check("verdict: fail" in out, "verdict printed")
        rc, out, err = run("check", source, md, "--strict", "--json")
        check(rc == EXIT_VALIDATE, f"text summary --strict exits 12 ({rc})")
        jsonschema.validate(json.loads(out), schema)

        # --date stands in for an undated source: "06/14" in the source is
        # June 14 of the year before a July date, not of the next year.
        undated = os.path.join(tmp, "undated.txt")
        with open(undated, "w", encoding="utf-8") as f:
            f.write("We shipped the new importer on 06/14 after a long "
                    "spring.\n")
        claim = os.path.join(tmp, "claim.md")
        with open(claim, "w", encoding="utf-8") as f:
            f.write("The importer shipped on June 14, 2019.\n")
        rc, out, err = run("check", undated, claim, "--json", "--date",
                           "2019-07-20")
        rep = json.loads(out) if rc == 0 else {"findings": [err]}
        check(not [f for f in rep["findings"] if f["severity"] == "error"],
              f"--date 2019-07-20 supports June 14, 2019: {rep['findings']}")
        rc, out, err = run("check", undated, claim, "--json", "--date",
                           "2021-07-20")
        rep = json.loads(out) if rc == 0 else {"findings": []}
        check([f for f in rep["findings"] if f["severity"] == "error" and
               f["kind"] == "date"],
              "--date 2021-07-20 contradicts June 14, 2019")
        rc, out, err = run("check", undated, claim, "--date", "2019-13-01")
        check(rc == EXIT_USAGE and "--date" in err,
              f"a month 13 is a usage error ({rc}: {err!r})")

        # Bad input: one line on stderr, a distinct exit code.
        rc, out, err = run("check", source, os.path.join(tmp, "missing.md"))
        check(rc == EXIT_IO and err.count("\n") == 1 and "missing.md" in err,
              f"missing summary: exit 3 and one line ({rc}: {err!r})")
        broken = os.path.join(tmp, "broken.json")
        with open(broken, "w") as f:
            f.write('{"schema": "briefcast.summary/1", "title": ')
        rc, out, err = run("check", source, broken)
        check(rc == EXIT_MALFORMED, f"malformed summary.json exits 9 ({rc})")
        rc, out, err = run("check", source)
        check(rc == EXIT_USAGE, f"one argument is a usage error ({rc})")
        rc, out, err = run("check", "--help")
        check(rc == 0 and "SOURCE SUMMARY" in out, "--help")

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
