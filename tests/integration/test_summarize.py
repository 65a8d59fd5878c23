"""test_summarize.py - `briefcast summarize` on every sample with the local
provider: the JSON fits prompts/summary.schema.json, every span holds the
text the summary claims (checked against `briefcast extract --json`),
output is byte-identical from run to run, -o writes the same bytes, and
usage and output errors get their documented exit codes."""
import glob
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import SRC, check, fail, run, schema  # noqa: E402


def load_schema_validator():
    import jsonschema
    return jsonschema.Draft202012Validator(schema("summary.schema.json"))


def at(text, span):
    return text[span["start"]:span["end"]].decode("utf-8")


def check_spans(name, s, text):
    for i, k in enumerate(s["key_points"]):
        check(k["evidence"], "%s: key_points[%d] has no evidence" % (name, i))
        for j, e in enumerate(k["evidence"]):
            check(at(text, e) == e["quote"],
                  "%s: key_points[%d].evidence[%d] quote is not the source "
                  "text at its span" % (name, i, j))
        # local is extractive: the point is its evidence, verbatim
        check(k["text"] == k["evidence"][0]["quote"],
              "%s: key_points[%d] is not verbatim" % (name, i))
    for i, t in enumerate(s["timeline"]):
        check(at(text, t["span"]) == t["date"],
              "%s: timeline[%d].date %r is not at its span" % (name, i, t["date"]))
        check(t["date"] in t["event"],
              "%s: timeline[%d].event does not contain its date" % (name, i))
    isos = [t["iso"] for t in s["timeline"]]
    check(len(set(isos)) == len(isos), "%s: duplicate timeline dates" % name)
    for i, g in enumerate(s["glossary"]):
        check(at(text, g["span"]) == g["term"],
              "%s: glossary[%d].term is not at its span" % (name, i))
        check(g["definition"].encode() in text,
              "%s: glossary[%d].definition is not in the source" % (name, i))
    for i, q in enumerate(s["quotes"]):
        check(at(text, q["span"]) == q["text"],
              "%s: quotes[%d] is not at its span" % (name, i))
    for i, sec in enumerate(s["sections"]):
        body = at(text, sec["span"])
        check(body.startswith(sec["heading"]),
              "%s: sections[%d] span does not start at its heading" % (name, i))
        check(sec["summary"] in body,
              "%s: sections[%d].summary is not inside the section" % (name, i))
    for i, sl in enumerate(s["slides"]):
        check(len(sl["bullets"]) <= 6, "%s: slides[%d] has over 6 bullets" % (name, i))
    check(s["narration"] and all(t["speaker"] == "narrator" for t in s["narration"]),
          "%s: narration turns missing or not narrated" % name)


def main():
    validator = load_schema_validator()
    samples = sorted(glob.glob(os.path.join(SRC, "samples", "*.md")) +
                     glob.glob(os.path.join(SRC, "samples", "*.txt")))
    check(samples, "no samples found")
    tmp = tempfile.mkdtemp(prefix="bc-summarize-")
    try:
        for path in samples:
            name = os.path.basename(path)
            r = run(["summarize", path])
            check(r.returncode == 0, "%s: exit %d: %s" % (name, r.returncode,
                                                        r.stderr.decode()))
            s = json.loads(r.stdout)
            errors = sorted(validator.iter_errors(s), key=lambda e: list(e.path))
            if errors:
                fail("%s: summary does not fit the schema: %s at %s" %
                     (name, errors[0].message, "/".join(map(str, errors[0].path))))
            check(s["provider"] == "local", "%s: provider is %r" % (name, s["provider"]))
            x = run(["extract", "--json", path])
            if x.returncode == 0:
                text = json.loads(x.stdout)["text"].encode("utf-8")
                check_spans(name, s, text)
            again = run(["summarize", path])
            check(again.stdout == r.stdout, "%s: output differs between runs" % name)
            out = os.path.join(tmp, name + ".json")
            w = run(["summarize", path, "-o", out])
            check(w.returncode == 0, "%s: -o failed: %s" % (name, w.stderr.decode()))
            with open(out, "rb") as f:
                check(f.read() == r.stdout, "%s: -o wrote other bytes than stdout" % name)
            counts = []
            for length in ("short", "medium", "long"):
                lr = run(["summarize", "--length", length, path])
                check(lr.returncode == 0, "%s: --length %s failed" % (name, length))
                counts.append(len(json.loads(lr.stdout)["key_points"]))
            check(counts == sorted(counts) and counts[0] <= 3,
                  "%s: key points by length are %r" % (name, counts))

        sample = samples[0]
        h = run(["summarize", "--help"])
        check(h.returncode == 0 and b"usage: briefcast summarize" in h.stdout,
              "--help does not print usage")
        for args, code, what in [
                (["summarize"], 2, "no input"),
                (["summarize", sample, sample], 2, "two inputs"),
                (["summarize", "--length", "huge", sample], 2, "bad --length"),
                (["summarize", "--bogus", sample], 2, "unknown option"),
                (["summarize", os.path.join(tmp, "missing.md")], 3, "missing input"),
                (["summarize", tmp], 4, "directory input"),
                (["summarize", sample, "-o",
                  os.path.join(tmp, "no", "such", "dir", "s.json")], 13,
                 "unwritable output")]:
            r = run(args)
            check(r.returncode == code, "%s: exit %d, want %d (%s)" %
                  (what, r.returncode, code, r.stderr.decode().strip()))
            lines = r.stderr.decode().strip().splitlines()
            check(len(lines) == 1 and lines[0].startswith("briefcast: "),
                  "%s: stderr is not one 'briefcast: ...' line: %r" % (what, lines))
            check(r.stdout == b"", "%s: printed to stdout on error" % what)
        check(not os.path.exists(os.path.join(tmp, "no")),
              "a failed write left something behind")
        leftovers = [f for f in os.listdir(tmp) if ".tmp" in f]
        check(not leftovers, "temporary files left: %r" % leftovers)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("ok")


if __name__ == "__main__":
    main()
