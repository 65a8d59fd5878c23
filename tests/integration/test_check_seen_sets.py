"""test_check_seen_sets.py - `briefcast check` over every measured summary
set (tests/fixtures/heldout and realistic*): a faithful summary draws no
error finding and a pass or warn verdict, and the checker writes nothing
on stderr for any summary, faithful or not (a stray debug line reaches
every user's terminal).

Sources named in the shared evaluation data are used when that data is
there (BC_EVAL_DIR or ../shared/eval beside the source tree) and skipped
otherwise; sources kept in the repository are always checked.  Recall is
tests/bench/bench_check_heldout.py's job, not this test's: it asserts only
what must hold on every input.
"""

import concurrent.futures
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

SRC = os.environ.get("BC_SOURCE_DIR") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..")
sys.path.insert(0, os.path.join(SRC, "tests", "bench"))
import bench_check_heldout as H  # noqa: E402

EXE = os.environ.get("BRIEFCAST", "./build/briefcast")


def check_one(fixtures, item, tmp):
  """Problems with one summary's check, or None when its source is in
  evaluation data that is not here."""
  if not isinstance(item["source"], str) and not os.path.isdir(H.DEFAULT_EVAL):
    return None
  tmp = tempfile.mkdtemp(dir=tmp)  # two summaries may share a source
  src = H.source_file(item, fixtures, H.DEFAULT_EVAL, tmp)
  summ = os.path.join(fixtures, item["summary"])
  date = item.get("source_date")
  p = subprocess.run([EXE, "check", src, summ, "--json"] +
                     (["--date", date] if date else []),
                     capture_output=True, text=True, timeout=120)
  name = "%s/%s" % (os.path.basename(fixtures), item["summary"])
  problems = []
  if p.stderr:
    problems.append("%s: stderr %r" % (name, p.stderr[:200]))
  try:
    rep = json.loads(p.stdout)
  except ValueError:
    return problems + ["%s: exit %d, no JSON report" % (name, p.returncode)]
  if item["faithful"]:
    for f in rep.get("findings") or []:
      if f.get("severity") == "error":
        problems.append("%s: false alarm %s" % (name, H.fmt_finding(f)))
    if rep.get("verdict") not in ("pass", "warn"):
      problems.append("%s: faithful summary's verdict is %r" %
                      (name, rep.get("verdict")))
  return problems


def main():
  sets = sorted(glob.glob(os.path.join(SRC, "tests", "fixtures", "realistic*")))
  sets.append(os.path.join(SRC, "tests", "fixtures", "heldout"))
  sets = [s for s in sets if os.path.isfile(os.path.join(s, "manifest.json"))]
  if not sets:
    print("FAIL: no summary sets found under tests/fixtures")
    return 1
  jobs = []
  for fixtures in sets:
    with open(os.path.join(fixtures, "manifest.json"), encoding="utf-8") as fh:
      jobs += [(fixtures, item) for item in json.load(fh)["summaries"]]
  tmp = tempfile.mkdtemp(prefix="check-seen-")
  try:
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
      results = list(pool.map(lambda j: check_one(j[0], j[1], tmp), jobs))
  finally:
    shutil.rmtree(tmp, ignore_errors=True)
  ran = sum(1 for r in results if r is not None)
  problems = [p for r in results if r for p in r]
  print("checked %d summaries in %d sets" % (ran, len(sets)))
  if ran == 0:
    print("FAIL: no summary could be checked")
    return 1
  for p in problems:
    print("FAIL: " + p)
  return 1 if problems else 0


if __name__ == "__main__":
  sys.exit(main())
