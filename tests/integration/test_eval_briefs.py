"""test_eval_briefs.py - `briefcast run` over real texts gives briefs with
no error finding and no cut mark: the local summary copies every fact from
its source, so an error is a false alarm or a summary text that is not the
source's, and a "\u2026" in the slides or the brief is a cut sentence.

Two parts: texts written for this test (tests/fixtures/summarize/*.md,
*.txt), always; and a fixed subset of the shared evaluation data
(tests/fixtures/summarize/eval-subset.txt), when that data is there
(BC_EVAL_DIR or ../shared/eval beside the source tree).  The whole
evaluation set is tests/bench/bench_eval_run.py's job.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

SRC = os.environ.get("BC_SOURCE_DIR", os.path.join(os.path.dirname(__file__),
                                                   "..", ".."))
sys.path.insert(0, os.path.join(SRC, "tests", "bench"))
import bench_eval_run as B  # noqa: E402

BIN = os.environ.get("BRIEFCAST", "build/briefcast")


def own_fixtures():
  bad = []
  fx = sorted(glob.glob(os.path.join(SRC, "tests/fixtures/summarize/*.md")) +
              glob.glob(os.path.join(SRC, "tests/fixtures/summarize/*.txt")))
  # the panels' reports (PANEL-N.md) and the lists are records, not inputs
  fx = [f for f in fx if not f.endswith(("TUNED-ON.txt", "eval-subset.txt"))
        and not os.path.basename(f).startswith("PANEL-")]
  assert fx, "no fixtures"
  for path in fx:
    with tempfile.TemporaryDirectory() as tmp:
      out = os.path.join(tmp, "o")
      p = subprocess.run([BIN, "run", "--no-audio", "--quiet", path, "-o",
                          out], capture_output=True)
      if p.returncode:
        bad.append("%s: exit %d %s" % (path, p.returncode, p.stderr[:200]))
        continue
      e = subprocess.run([BIN, "extract", "--json", path], capture_output=True)
      doc = json.loads(e.stdout)
      with open(os.path.join(out, "summary.json"), encoding="utf-8") as fh:
        s = json.load(fh)
      with open(os.path.join(out, "report.json"), encoding="utf-8") as fh:
        r = json.load(fh)
      d = B.judge(s, r, B.pdftext(os.path.join(out, "brief.pdf")),
                  B.pdftext(os.path.join(out, "slides.pdf")), doc)
      for k in ("errors", "cut", "cont1", "tldr_gap", "late", "aside",
                "dup_head"):
        if d[k]:
          bad.append("%s: %s %s" % (os.path.basename(path), k, d[k]))
      # a list-shaped piece names its items
      if "Habits" in s["title"]:
        if "Written runbooks" not in s["key_points"][0]["text"]:
          bad.append("list piece: items not named")
      # the author's own "In short" is the tl;dr
      if "Libraries" in s["title"]:
        if not s["tldr"].startswith("In short, a library that lends tools"):
          bad.append("tl;dr: %r" % s["tldr"])
        for k in s["key_points"]:
          if k["text"].startswith("Nor "):
            bad.append("dangling point: %r" % k["text"])
  return bad


def main():
  bad = own_fixtures()
  for b in bad:
    print("FAIL", b)
  eval_dir = B.DEFAULT_EVAL
  if not os.path.isdir(eval_dir):
    print("shared eval data not found: own fixtures only")
    return 1 if bad else 0
  p = subprocess.run([sys.executable,
                      os.path.join(SRC, "tests/bench/bench_eval_run.py"),
                      "--ids", os.path.join(
                          SRC, "tests/fixtures/summarize/eval-subset.txt"),
                      "--fail"], env=dict(os.environ, BRIEFCAST=BIN))
  return 1 if bad or p.returncode else 0


if __name__ == "__main__":
  sys.exit(main())
