#!/usr/bin/env python3
"""bench_slides.py - what a reader of the slide decks would notice first,
counted over the real inputs of the shared evaluation data (`briefcast run
--no-audio`, local provider), read back through pdftotext:

  slides     slides per deck (the title slide counted), mean, and decks of
             two slides or fewer (a title slide and one page).
  bullets    bullets per bullet slide, mean, and the share of bullet slides
             holding 3 to 5 bullets.
  one        bullet slides holding a single bullet.
  gloss      glossary rows ("TERM — meaning") shown as bullets outside a
             Glossary slide.
  tldr_rep   slides after the title slide with a bullet that says a
             sentence of the tl;dr again word for word, and title slides
             showing the title twice (title and tl;dr the same text).
  tl_glued   timeline entries running into the next sentence with no space
             after the stop ("the Scottish SPCA.Mrs Nisbett said"); an
             entry that says the sentence before it on purpose ("That
             exceeds ...") is not counted.

Inputs are chosen as in bench_eval_run.py (--sets, --every K, --offset I,
--ids FILE); --details FILE writes each counted defect with its input's
name (names and counts only).

usage: BRIEFCAST=build/briefcast python3 tests/bench/bench_slides.py
       [--sets a,b] [--every K] [--offset I] [--ids FILE] [--jobs N]
       [--details FILE]
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_eval_run as ev  # noqa: E402

BIN = os.environ.get("BRIEFCAST", "build/briefcast")
DASH = "\u2014"
# a stop ending a word of two characters or more, then the next sentence
# with no space between
GLUED = re.compile(r"[A-Za-z0-9\)\"\u201d]{2}[.!?][\"\u201d]?[A-Z][a-z ]")


def squash(t):
  return re.sub(r"\s+", " ", t).strip()


def sentences(t):
  return [x for x in re.split(r"(?<=[a-z\)][.!?])\s+(?=[A-Z])", squash(t))
          if x]


def pages(pdf):
  p = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"],
                     capture_output=True)
  text = p.stdout.decode("utf-8", "replace")
  return [x for x in text.split("\f") if x.strip()]


def bullets_of(page):
  """The bullets of a page, each joined back from its wrapped lines."""
  out, cur = [], None
  for line in page.splitlines():
    s = line.strip()
    if s.startswith("\u2022"):
      if cur is not None:
        out.append(cur)
      cur = s[1:].strip()
    elif cur is not None and s and not re.fullmatch(r"\d+\s*/\s*\d+", s):
      cur += " " + s
    elif cur is not None and not s:
      out.append(cur)
      cur = None
  if cur is not None:
    out.append(cur)
  return out


def judge(s, pdf):
  d = {"slides": 0, "short": 0, "bslides": 0, "bullets": 0, "in35": 0,
       "one": 0, "gloss": 0, "tldr_rep": 0, "tl_glued": 0, "tl": 0}
  ps = pages(pdf)
  d["slides"] = len(ps)
  d["short"] = int(len(ps) <= 2)
  terms = [g["term"] for g in s.get("glossary", []) if g.get("term")]
  tl_sent = {squash(x).rstrip(".") for x in sentences(s.get("tldr", ""))}
  title = squash(s.get("title", ""))
  if ps and title and squash(s.get("tldr", "")).rstrip(".") == title.rstrip(
      ".") and squash(ps[0]).count(title[:40]) >= 2:
    d["tldr_rep"] += 1
  for pg in ps[1:]:
    head = pg.strip().splitlines()[0] if pg.strip() else ""
    bs = bullets_of(pg)
    if not bs:
      continue
    d["bslides"] += 1
    d["bullets"] += len(bs)
    d["in35"] += int(3 <= len(bs) <= 5)
    d["one"] += int(len(bs) == 1)
    if not head.startswith("Glossary"):
      d["gloss"] += sum(1 for b in bs for t in terms
                        if b.startswith(t + " " + DASH))
    if any(squash(b).rstrip(".") in tl_sent for b in bs):
      d["tldr_rep"] += 1
  for t in s.get("timeline", []):
    d["tl"] += 1
    if GLUED.search(t.get("event", "")):
      d["tl_glued"] += 1
  return d


def run_one(eval_dir, name):
  tmp = tempfile.mkdtemp(prefix="bc-slides-")
  try:
    path, fmt = ev.materialize(eval_dir, name, tmp)
    extra = ["--format", fmt] if fmt else []
    out = os.path.join(tmp, "out")
    p = subprocess.run([BIN, "run", "--no-audio", "--quiet", path, "-o", out]
                       + extra, capture_output=True)
    if p.returncode not in (0, 12):
      return name, None
    res = []
    for r, _, files in sorted(os.walk(out)):
      if "summary.json" in files and "slides.pdf" in files:
        with open(os.path.join(r, "summary.json"), encoding="utf-8") as fh:
          s = json.load(fh)
        res.append(judge(s, os.path.join(r, "slides.pdf")))
    return name, res
  finally:
    shutil.rmtree(tmp, ignore_errors=True)


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--eval-dir", default=ev.DEFAULT_EVAL)
  ap.add_argument("--sets", default=",".join(ev.SETS))
  ap.add_argument("--every", type=int, default=1)
  ap.add_argument("--offset", type=int, default=0)
  ap.add_argument("--ids")
  ap.add_argument("--jobs", type=int, default=2)
  ap.add_argument("--details")
  a = ap.parse_args()
  if not os.path.isdir(a.eval_dir):
    print("bench_slides: %s not found" % a.eval_dir)
    return 0
  todo = ev.inputs(a.eval_dir, a.sets.split(","))
  if a.ids:
    want = [l.strip() for l in open(a.ids) if l.strip() and
            not l.startswith("#")]
    names = {n for _, n in todo}
    todo = [n for n in want if n in names]
  else:
    by = {}
    for s, n in todo:
      by.setdefault(s, []).append(n)
    todo = [n for s in by for i, n in enumerate(by[s])
            if i % a.every == a.offset % a.every]
  keys = ("slides", "short", "bslides", "bullets", "in35", "one", "gloss",
          "tldr_rep", "tl_glued", "tl")
  tot = {k: 0 for k in keys}
  decks = failed = 0
  details = []
  with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as ex:
    for name, res in ex.map(lambda n: run_one(a.eval_dir, n), todo):
      if res is None:
        failed += 1
        continue
      for d in res:
        decks += 1
        for k in keys:
          tot[k] += d[k]
        for k in ("short", "one", "gloss", "tldr_rep", "tl_glued"):
          if d[k]:
            details.append("%s\t%s\t%d" % (name, k, d[k]))
  bs = max(tot["bslides"], 1)
  print("inputs %d, decks %d, failed runs %d" % (len(todo), decks, failed))
  print("slides/deck %.2f  decks<=2 slides %d  bullets/slide %.2f  "
        "3-5 bullets %.0f%%  one-bullet slides %d  glossary bullets %d  "
        "tldr repeats %d  timeline glued %d/%d" % (
            tot["slides"] / max(decks, 1), tot["short"],
            tot["bullets"] / bs, 100.0 * tot["in35"] / bs, tot["one"],
            tot["gloss"], tot["tldr_rep"], tot["tl_glued"], tot["tl"]))
  if a.details:
    with open(a.details, "w", encoding="utf-8") as fh:
      fh.write("\n".join(details) + ("\n" if details else ""))
  return 0


if __name__ == "__main__":
  sys.exit(main())
