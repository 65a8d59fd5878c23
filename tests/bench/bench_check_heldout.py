#!/usr/bin/env python3
"""Held-out bench for `briefcast check`: hand-written posts with faithful and
error-planted summaries (tests/fixtures/heldout/manifest.json). Prints recall
of planted errors per kind, false alarms on faithful paraphrases, and every
miss and false alarm with its text. A bench: always exits 0.

Matching rule. A planted error is caught when some finding of severity
"error" (a) has a claim that overlaps the planted claim -- after lower-casing
and collapsing whitespace, one is a substring of the other -- or whose message
contains the planted claim, and (b) sits on the planted claim's line when the
finding's field names a line ("line N"). For kind "name" the checker may
legitimately use a warning, so name recall is also shown counting warnings.
A second figure counts, besides, a finding on the planted claim's line whose
claim covers part of the planted claim where it stands in that line ("the
second quarter" inside the planted "second quarter ended Sept. 29"): the
checker found the error but named a shorter or longer piece of it.

Sources. A manifest's "source" is a path relative to the fixtures folder,
or an object naming a real text in the shared evaluation data (which is
never copied into the repository): {"path": P} for a file under the eval
folder (.html.gz is decompressed), {"path": P, "id": I} for the record
with that id in a JSON Lines file (its "article" is the text).  An item's
"source_date" is passed to the checker as --date.  With --forms, recall is
also shown by each planted error's "form".

Usage: BRIEFCAST=./build/briefcast python3 tests/bench/bench_check_heldout.py
       [--fixtures DIR] [--eval-dir DIR] [--forms] [--verbose]
"""

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FIX = os.path.join(HERE, "..", "fixtures", "heldout")
DEFAULT_EVAL = os.environ.get("BC_EVAL_DIR") or os.path.join(
    HERE, "..", "..", "..", "shared", "eval")
KINDS = ("date", "number", "acronym", "name")


def norm(s):
  return re.sub(r"\s+", " ", (s or "").strip().lower())


def line_of(text, needle):
  i = text.find(needle)
  if i < 0:
    return None, ""
  n = text.count("\n", 0, i) + 1
  start = text.rfind("\n", 0, i) + 1
  end = text.find("\n", i)
  return n, text[start:end if end >= 0 else len(text)].strip()


def line_text(text, n):
  lines = text.split("\n")
  return lines[n - 1].strip() if n and 0 < n <= len(lines) else "?"


def finding_line(f):
  m = re.match(r"\s*line (\d+)", f.get("field") or "")
  return int(m.group(1)) if m else None


def overlaps(f, claim):
  c = norm(claim)
  fc = norm(f.get("claim"))
  if fc and (fc in c or c in fc):
    return True
  return c in norm(f.get("message"))


def matches(f, claim, line):
  fl = finding_line(f)
  if fl is not None and line is not None and fl != line:
    return False
  return overlaps(f, claim)


def covers(f, claim, line, text):
  """The finding's claim and the planted claim share characters where
  they stand on the planted claim's line."""
  if finding_line(f) != line or line is None:
    return False
  row = text.split("\n")[line - 1]
  fc = f.get("claim") or ""
  at = row.find(claim)
  if not fc or at < 0:
    return False
  pos = row.find(fc)
  while pos >= 0:
    if pos < at + len(claim) and at < pos + len(fc):
      return True
    pos = row.find(fc, pos + 1)
  return False


def source_file(item, fixtures, eval_dir, tmp):
  """The path of an item's source text, written out when it lives inside
  a compressed file or a JSON Lines record."""
  src = item["source"]
  if isinstance(src, str):
    return os.path.join(fixtures, src)
  path = os.path.join(eval_dir, src["path"])
  base = os.path.basename(src["path"])
  if "id" in src:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
      for line in fh:
        rec = json.loads(line)
        if rec.get("id") == src["id"]:
          out = os.path.join(tmp, "%s.txt" % re.sub(r"\W", "_", src["id"]))
          with open(out, "w", encoding="utf-8") as o:
            o.write(rec["article"])
          return out
    raise ValueError("no record %r in %s" % (src["id"], path))
  if path.endswith(".gz"):
    out = os.path.join(tmp, base[:-3])
    with gzip.open(path, "rb") as fh, open(out, "wb") as o:
      o.write(fh.read())
    return out
  return path


def run_check(exe, src, summ, date=None):
  t0 = time.perf_counter()
  p = subprocess.run([exe, "check", src, summ, "--json"] +
                     (["--date", date] if date else []),
                     capture_output=True, text=True)
  dt = time.perf_counter() - t0
  try:
    return json.loads(p.stdout), dt, None
  except ValueError:
    return None, dt, "exit %d, no JSON: %s" % (p.returncode,
                                               (p.stderr or p.stdout)[:200])


def fmt_finding(f):
  return "[%s/%s] %s: claim %r; source says %r; %s" % (
      f.get("severity"), f.get("kind"), f.get("field"), f.get("claim"),
      f.get("source_says"), f.get("message"))


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--fixtures", default=DEFAULT_FIX)
  ap.add_argument("--eval-dir", default=DEFAULT_EVAL,
                  help="the shared evaluation data (sources named by path)")
  ap.add_argument("--forms", action="store_true",
                  help="also show recall by each planted error's form")
  ap.add_argument("--verbose", action="store_true",
                  help="also list warnings on planted summaries")
  a = ap.parse_args()
  exe = os.environ.get("BRIEFCAST", "./build/briefcast")
  if not os.access(exe, os.X_OK):
    print("bench_check_heldout: no executable at %s (set BRIEFCAST)" % exe)
    return 0
  with open(os.path.join(a.fixtures, "manifest.json"), encoding="utf-8") as fh:
    manifest = json.load(fh)
  tmp = tempfile.mkdtemp(prefix="bench-check-")
  try:
    return report(a, exe, manifest, tmp)
  finally:
    shutil.rmtree(tmp, ignore_errors=True)


def report(a, exe, manifest, tmp):
  planted = {k: 0 for k in KINDS}
  caught = {k: 0 for k in KINDS}
  caught_any = {k: 0 for k in KINDS}
  caught_cover = {k: 0 for k in KINDS}
  misses, false_alarms, faithful_warnings, extra_errors, failures = \
      [], [], [], [], []
  n_faithful = n_faithful_clean = n_faithful_nowarn = 0
  verdict_ok = 0
  times = []
  forms = {}

  for item in manifest["summaries"]:
    src = source_file(item, a.fixtures, a.eval_dir, tmp)
    summ = os.path.join(a.fixtures, item["summary"])
    with open(summ, encoding="utf-8") as fh:
      text = fh.read()
    rep, dt, fail = run_check(exe, src, summ, item.get("source_date"))
    times.append(dt)
    name = item["summary"]
    if rep is None:
      failures.append("%s: %s" % (name, fail))
      for e in item["planted"]:
        planted[e["kind"]] += 1
        misses.append((name, e, line_of(text, e["claim"])[1], "checker failed"))
      if item["faithful"]:
        n_faithful += 1
      continue
    findings = rep.get("findings") or []
    errs = [f for f in findings if f.get("severity") == "error"]
    warns = [f for f in findings if f.get("severity") == "warning"]
    if item["faithful"]:
      n_faithful += 1
      if not errs:
        n_faithful_clean += 1
        if rep.get("verdict") in ("pass", "warn"):
          verdict_ok += 1
      if not warns:
        n_faithful_nowarn += 1
      for f in errs:
        false_alarms.append((name, f, line_text(text, finding_line(f))))
      for f in warns:
        faithful_warnings.append((name, f))
      continue
    if rep.get("verdict") == "fail":
      verdict_ok += 1
    used = set()
    for e in item["planted"]:
      k = e["kind"]
      planted[k] += 1
      ln, sentence = line_of(text, e["claim"])
      hit = [i for i, f in enumerate(errs) if matches(f, e["claim"], ln)]
      if hit or any(covers(f, e["claim"], ln, text) for f in errs):
        caught_cover[k] += 1
      hit_any = [i for i, f in enumerate(findings)
                 if f.get("severity") in ("error", "warning") and
                 matches(f, e["claim"], ln)]
      used.update(hit)
      fc = forms.setdefault(e.get("form") or "-", [0, 0])
      fc[1] += 1
      if hit:
        caught[k] += 1
        fc[0] += 1
      if hit_any:
        caught_any[k] += 1
      if not hit:
        said = "; ".join(fmt_finding(findings[i]) for i in hit_any) or \
            "nothing on this claim"
        misses.append((name, e, sentence, said))
    for i, f in enumerate(errs):
      if i not in used:
        extra_errors.append((name, f, line_text(text, finding_line(f))))

  total_p = sum(planted.values())
  total_c = sum(caught.values())
  print("briefcast check, held-out set: %d summaries (%d faithful, %d planted)"
        % (len(manifest["summaries"]), n_faithful,
           len(manifest["summaries"]) - n_faithful))
  print("binary: %s" % exe)
  print()
  print("recall of planted errors (error-severity finding on the claim):")
  for k in KINDS:
    if planted[k]:
      extra = ""
      if k == "name":
        extra = "   (counting warnings too: %d/%d)" % (caught_any[k], planted[k])
      print("  %-8s %3d/%-3d = %.2f%s" % (k, caught[k], planted[k],
                                         caught[k] / planted[k], extra))
  print("  %-8s %3d/%-3d = %.2f" % ("all", total_c, total_p,
                                   total_c / total_p if total_p else 0))
  dnak = sum(caught[k] for k in ("date", "number", "acronym"))
  dnap = sum(planted[k] for k in ("date", "number", "acronym"))
  print("  date+number+acronym: %d/%d = %.2f (goal >= 0.95)" %
        (dnak, dnap, dnak / dnap if dnap else 0))
  dnac = sum(caught_cover[k] for k in ("date", "number", "acronym"))
  print("  date+number+acronym, counting a finding on part of the claim: "
        "%d/%d = %.2f" % (dnac, dnap, dnac / dnap if dnap else 0))
  if a.forms:
    print("by form:")
    for form in sorted(forms):
      c, n = forms[form]
      print("  %-20s %3d/%-3d = %.2f" % (form, c, n, c / n))
  print()
  print("faithful summaries with no error finding: %d/%d" %
        (n_faithful_clean, n_faithful))
  print("error-level false alarms on faithful summaries: %d (goal 0)" %
        len(false_alarms))
  print("warnings on faithful summaries: %d (in %d of %d summaries)" %
        (len(faithful_warnings), n_faithful - n_faithful_nowarn, n_faithful))
  print("unplanted error findings on planted summaries: %d" % len(extra_errors))
  print("verdict right (fail on planted, pass/warn on faithful): %d/%d" %
        (verdict_ok, len(manifest["summaries"])))
  if times:
    print("time per check: median %.1f ms, max %.1f ms (process included)" %
          (sorted(times)[len(times) // 2] * 1e3, max(times) * 1e3))
  if failures:
    print()
    print("checker failures:")
    for s in failures:
      print("  " + s)

  print()
  print("MISSES (%d):" % len(misses))
  for name, e, sentence, said in misses:
    print("- %s [%s] %r" % (name, e["kind"], e["claim"]))
    print("    summary: %s" % sentence)
    print("    checker: %s" % said)
  print()
  print("ERROR-LEVEL FALSE ALARMS ON FAITHFUL SUMMARIES (%d):" %
        len(false_alarms))
  for name, f, sentence in false_alarms:
    print("- %s %s" % (name, fmt_finding(f)))
    print("    summary: %s" % sentence)
  print()
  print("UNPLANTED ERRORS ON PLANTED SUMMARIES (%d):" % len(extra_errors))
  for name, f, sentence in extra_errors:
    print("- %s %s" % (name, fmt_finding(f)))
    print("    summary: %s" % sentence)
  print()
  print("WARNINGS ON FAITHFUL SUMMARIES (%d):" % len(faithful_warnings))
  for name, f in faithful_warnings:
    print("- %s %s" % (name, fmt_finding(f)))
  return 0


if __name__ == "__main__":
  try:
    main()
  except Exception as ex:  # a bench reports, it does not fail the build
    print("bench_check_heldout: %s" % ex, file=sys.stderr)
  sys.exit(0)
