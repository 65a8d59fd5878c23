#!/usr/bin/env python3
"""check_identical.py - whether a change of the checker or the analyzer left
every decision as it was: runs `briefcast check --json` over the FRANK pairs
that bench_frank.py checks (every annotated system summary and every
reference summary) and over the realistic, realistic2, realistic3 and
heldout fixture sets (as bench_check_heldout.py runs them, with --date),
and `briefcast facts --json` on the samples and on every fixture source,
then either stores the outputs (record) or compares them byte for byte with
stored ones (compare).  A tool for performance work, not a test: it prints
the pairs that differ and exits 1 if any does.

usage: check_identical.py record DIR   [--briefcast BIN] [--jobs N]
       check_identical.py compare DIR  [--briefcast BIN] [--jobs N]
       [--data FRANK_DIR] [--eval-dir EVAL_DIR] [--no-frank]
DIR lives outside the repository (e.g. /tmp/ref); each output is one file
in it, named by its case (stdout, then the exit code and stderr)."""
import argparse
import concurrent.futures
import gzip
import hashlib
import json
import glob
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from bench_check_heldout import source_file  # noqa: E402
from bench_frank import load_jsonl  # noqa: E402

# Named one by one: a blind set may be added beside these and must not be
# read by tools.
FIXTURE_SETS = ("realistic", "realistic2", "realistic3", "heldout")


def frank_cases(data, tmp):
    """(name, argv-builder) for every pair bench_frank.py checks; the texts
    are written to tmp once each."""
    arts = {}
    for rec in load_jsonl(os.path.join(data, "cnndm.jsonl")):
        arts[("cnndm", rec["hash"])] = rec
    for rec in load_jsonl(os.path.join(data, "xsum.jsonl.gz")):
        arts[("bbc", str(rec["hash"]))] = rec
    with gzip.open(os.path.join(data, "human_annotations.json.gz"), "rt") as f:
        human = json.load(f)
    pairs = []
    for h in human:
        art = arts.get((h["dataset"], str(h["hash"])))
        if art and h["model_name"] in art["system_summaries"]:
            pairs.append(("frank-sys-%s-%s-%s" % (h["dataset"], h["hash"],
                                                  h["model_name"]),
                          art["article"], art["system_summaries"][h["model_name"]]))
    for (ds, hh), art in sorted(arts.items()):
        pairs.append(("frank-ref-%s-%s" % (ds, hh), art["article"],
                      art["reference"]))
    cases, seen = [], set()
    for name, article, summary in pairs:
        if name in seen:  # an annotation given twice checks the same pair
            continue
        seen.add(name)
        src = os.path.join(tmp, "a-" + hashlib.sha1(article.encode()).hexdigest())
        sm = os.path.join(tmp, "s-" + hashlib.sha1(name.encode()).hexdigest())
        if not os.path.exists(src):
            with open(src, "w", encoding="utf-8") as f:
                f.write(article)
        with open(sm, "w", encoding="utf-8") as f:
            # As bench_frank.py does for an empty summary.
            f.write(summary if summary.strip() else ".")
        cases.append((name, ["check", src, sm, "--json"]))
    return cases


def fixture_cases(eval_dir, tmp):
    cases, sources = [], {}
    for s in FIXTURE_SETS:
        fx = os.path.join(ROOT, "tests", "fixtures", s)
        with open(os.path.join(fx, "manifest.json"), encoding="utf-8") as f:
            manifest = json.load(f)
        for item in manifest["summaries"]:
            src = source_file(item, fx, eval_dir, tmp)
            argv = ["check", src, os.path.join(fx, item["summary"]), "--json"]
            if item.get("source_date"):
                argv += ["--date", item["source_date"]]
            cases.append(("%s-%s" % (s, item["summary"].replace("/", "_")), argv))
            sources[src] = "%s-src-%s" % (s, os.path.basename(src))
    for src, name in sorted(sources.items()):
        cases.append(("facts-" + name, ["facts", src, "--json"]))
    for f in sorted(os.listdir(os.path.join(ROOT, "samples"))):
        p = os.path.join(ROOT, "samples", f)
        if os.path.isfile(p):
            cases.append(("facts-sample-" + f, ["facts", p, "--json"]))
    return cases


def snapshot(binary, into):
    """A copy of the binary and the library beside it, run with
    LD_LIBRARY_PATH (the build's RUNPATH comes after it), so that a rebuild
    during the run changes nothing."""
    os.makedirs(into)
    for f in [binary] + glob.glob(os.path.join(os.path.dirname(binary),
                                               "libbriefcast.so*")):
        shutil.copy(f, into)
    env = dict(os.environ, LD_LIBRARY_PATH=into)
    return os.path.join(into, os.path.basename(binary)), env


def run(binary, env, argv):
    p = subprocess.run([binary] + argv, capture_output=True, timeout=300,
                       env=env)
    return p.stdout + b"\n--- exit %d\n" % p.returncode + p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("record", "compare"))
    ap.add_argument("dir")
    ap.add_argument("--briefcast", default=os.environ.get(
        "BRIEFCAST", os.path.join(ROOT, "build", "briefcast")))
    ap.add_argument("--data", default=os.path.join(
        ROOT, "..", "shared", "eval", "summarization-cnndm-frank"))
    ap.add_argument("--eval-dir", default=os.environ.get("BC_EVAL_DIR") or
                    os.path.join(ROOT, "..", "shared", "eval"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-frank", action="store_true",
                    help="only the fixture sets and the samples")
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="check-identical-") as tmp:
        binary, env = snapshot(os.path.abspath(a.briefcast),
                               os.path.join(tmp, "bin"))
        cases = fixture_cases(a.eval_dir, tmp)
        if not a.no_frank:
            cases += frank_cases(a.data, tmp)
        # The texts' temporary paths appear in no output that matters, but
        # an error message may name them: name them alike in every run.
        with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
            outs = list(pool.map(lambda c: run(binary, env, c[1]), cases))
        outs = [o.replace(tmp.encode(), b"$TMP") for o in outs]
    differ, missing = [], 0
    for (name, _), out in zip(cases, outs):
        fn = os.path.join(a.dir, hashlib.sha1(name.encode()).hexdigest()[:16]
                          + ".out")
        if a.mode == "record":
            with open(fn, "wb") as f:
                f.write(out)
            continue
        if not os.path.exists(fn):
            missing += 1
            continue
        with open(fn, "rb") as f:
            if f.read() != out:
                differ.append(name)
    if a.mode == "record":
        print("recorded %d outputs in %s" % (len(cases), a.dir))
        return 0
    for name in differ:
        print("differs: %s" % name)
    print("%d cases: %d identical, %d differ, %d not recorded"
          % (len(cases), len(cases) - len(differ) - missing, len(differ),
             missing))
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
