#!/usr/bin/env python3
"""bench_eval_run.py - the whole pipeline (`briefcast run --no-audio`, local
provider) over the real inputs of the shared evaluation data, and what a
reader of the briefs would notice first, counted without reading them:

  errors     error-level findings in report.json.  The local summary copies
             every fact from its source, so each one is a false alarm of the
             checker or a summary text that is not the source's.
  cut        slide bullets of summary.json holding the cut mark U+2026, and
             cut marks the PDFs add (pdftotext of brief.pdf and slides.pdf:
             every "\u2026" beyond those the summary's own texts hold).
  cont1      "(continued)" slides with a single bullet.
  chk_clean  decks holding a "What was checked" slide although the check
             found nothing for a reader (verdict pass, no error or warning).
  tldr_gap   a tl;dr that is not one run of the source (its sentences are
             not adjacent).
  late       a text that goes on past 60 % while its last key point lies
             before that (single-document inputs, 5+ sentences of body).
  dangling   key points that open leaning on what came before ("Nor", "It
             is", "This", "But" ...), or are questions.
  aside      key points drawn from blocks the ingest stage marked `aside`.
  dup_head   a section heading used three times or more in one summary.
  tl_quote   timeline entries whose date lies inside a double-quoted
             passage of the source (a speaker's words, not an event).
  tl_boiler  timeline entries telling a copyright line or a page stamp.
  tl_order   timelines not in order of their values (partial values such as
             "XXXX-05" left out).
  tl_one     timelines where one source sentence gives most entries, three
             or more.

Inputs (sets, by default all): essays (the Paul Graham essays), scrapinghub
and trafilatura (HTML pages), cnndm and xsum (articles), timebank (TimeML
news; its markup is stripped as HTML).  An input is named as in
tests/fixtures/*/TUNED-ON.txt: a path under the eval folder, or
"FILE.jsonl#ID" for a record.  --every K takes every K-th input of each set
(--offset picks which), --ids FILE only the named ones; --details FILE
writes every counted defect with its input's name (names and figures only:
reading the briefs themselves is looking at the input).  --fail makes the
exit status 1 when any errors or cuts remain (for a test over a subset).

usage: BRIEFCAST=build/briefcast python3 tests/bench/bench_eval_run.py
       [--eval-dir DIR] [--sets a,b] [--every K] [--offset I] [--ids FILE]
       [--jobs N] [--details FILE] [--fail]
"""
import argparse
import concurrent.futures
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
BIN = os.environ.get("BRIEFCAST", "build/briefcast")
DEFAULT_EVAL = os.environ.get("BC_EVAL_DIR") or os.path.join(
    HERE, "..", "..", "..", "shared", "eval")
ELL = "\u2026"
SETS = ("essays", "scrapinghub", "trafilatura", "cnndm", "xsum", "timebank")

DANGLING = re.compile(
    r"^(Nor|But|And|So|Or|Yet|Also|Then|Thus|Still|However|Otherwise|"
    r"This|That|These|Those|It|They|He|She|Which|Because|Such|Both|"
    r"Ideas? \d+|Here)\b")


def inputs(eval_dir, sets):
  out = []
  for s in sets:
    if s == "essays":
      d = os.path.join(eval_dir, "essays-paulgraham", "html")
      out += [(s, "essays-paulgraham/html/" + f) for f in sorted(os.listdir(d))]
    elif s in ("scrapinghub", "trafilatura"):
      base = ("html-extraction-scrapinghub" if s == "scrapinghub" else
              "html-extraction-trafilatura-en")
      d = os.path.join(eval_dir, base, "html")
      out += [(s, base + "/html/" + f) for f in sorted(os.listdir(d))]
    elif s in ("cnndm", "xsum"):
      rel = ("summarization-cnndm-frank/cnndm.jsonl" if s == "cnndm" else
             "summarization-cnndm-frank/xsum.jsonl.gz")
      path = os.path.join(eval_dir, rel)
      opener = gzip.open if path.endswith(".gz") else open
      with opener(path, "rt", encoding="utf-8") as fh:
        ids = [json.loads(line)["id"] for line in fh if line.strip()]
      out += [(s, rel + "#" + i) for i in sorted(ids)]
    elif s == "timebank":
      d = os.path.join(eval_dir, "timex-tempeval3", "TimeBank")
      out += [(s, "timex-tempeval3/TimeBank/" + f)
              for f in sorted(os.listdir(d)) if f.endswith(".tml")]
  return out


def materialize(eval_dir, name, tmp):
  """A file the binary can read for input name (and --format, if any)."""
  if "#" in name:
    rel, rid = name.split("#", 1)
    path = os.path.join(eval_dir, rel)
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
      for line in fh:
        rec = json.loads(line)
        if rec.get("id") == rid:
          out = os.path.join(tmp, re.sub(r"\W", "_", rid) + ".txt")
          with open(out, "w", encoding="utf-8") as o:
            o.write(rec["article"])
          return out, None
    raise ValueError("no record " + rid)
  path = os.path.join(eval_dir, name)
  base = os.path.basename(name)
  if path.endswith(".gz"):
    out = os.path.join(tmp, base[:-3])
    with gzip.open(path, "rb") as fh, open(out, "wb") as o:
      o.write(fh.read())
    return out, None
  if path.endswith(".tml"):
    return path, "html"
  return path, None


def pdftext(path):
  if not os.path.exists(path):
    return ""
  p = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"],
                     capture_output=True)
  return p.stdout.decode("utf-8", "replace")


def summary_strings(s):
  yield s.get("title", "")
  yield s.get("tldr", "")
  for k in s.get("key_points", []):
    yield k["text"]
  for x in s.get("sections", []):
    yield x["heading"]
    yield x["summary"]
  for t in s.get("timeline", []):
    yield t["date"]
    yield t["event"]
  for g in s.get("glossary", []):
    yield g["term"]
    yield g["definition"]
  for q in s.get("quotes", []):
    yield q["text"]
  for sl in s.get("slides", []):
    yield sl["title"]
    for b in sl["bullets"]:
      yield b


def squash(t):
  return re.sub(r"\s+", " ", t).strip()


def own_ellipses(b, src):
  """Whether every U+2026 of bullet b is the source's own: the words on
  both sides of it stand so in src (a bullet shortened elsewhere, by a
  clause left out, still quotes the source's ellipsis)."""
  b = squash(b)
  if b in src:
    return True
  at = [m.start() for m in re.finditer(ELL, b)]
  return all(b[max(0, i - 16):i + 17] in src for i in at)


def adjacent_run(tl, src):
  """tl is one run of src, or sentences of src with at most an opening
  connective ("And", "But") of each left out between them."""
  if tl in src:
    return True
  parts = re.split(r"(?<=[.!?]) (?=[A-Z])", tl)
  at = src.find(parts[0])
  if at < 0:
    return False
  end = at + len(parts[0])
  for p in parts[1:]:
    nxt = src.find(p, end)
    if nxt < 0 or len(src[end:nxt].split()) > 1:
      return False
    end = nxt + len(p)
  return True


QUOTES = re.compile("[\"\u201c\u201d]")
BOILER = re.compile(r"copyright|\u00a9|all rights reserved|^(posted|updated|"
                    r"published)\b", re.I)
# a sentence ends at a stop before a capital, with or without the space
# the scraped news of xsum drops ("in December.A judge")
SENT_END = re.compile(rb"[.!?][\"\xe2\x80\x9d')]*(?:\s+(?=[A-Z\"\xe2])|"
                      rb"(?=[A-Z][a-z]))|\n")


SEASON = {"SP": 3, "SU": 6, "FA": 9, "WI": 12, "Q1": 1, "Q2": 4, "Q3": 7,
          "Q4": 10, "H1": 1, "H2": 7}


def tl_key(e):
  """Where an entry belongs in time: its value's first day, a period said
  to end ("late 2015", "the end of 2017") at its end, "mid-1996" in its
  middle; None for a value without a year."""
  m = re.match(r"(\d{4})(?:-(\d\d|[A-Z][A-Z1-4]))?(?:-(\d\d))?",
               e.get("iso") or "")
  if not m:
    return None
  mo = m.group(2)
  mo = int(mo) if mo and mo.isdigit() else SEASON.get(mo, 0)
  day = int(m.group(3) or 0)
  said = e.get("date", "").lower()
  if re.search(r"\b(late|end)\b", said) and "/" not in e["iso"]:
    mo, day = (mo or 12), 31
  elif re.search(r"\bmid", said) and not day:
    mo, day = (mo or 6), 15
  return (int(m.group(1)), mo, day)


def judge_timeline(summary, doc, d):
  tl = summary.get("timeline", [])
  d["tl_boiler"] = sum(1 for e in tl if BOILER.search(e.get("event", "")))
  keys = [k for k in (tl_key(e) for e in tl) if k]
  d["tl_order"] = int(keys != sorted(keys))
  d["tl_quote"] = d["tl_one"] = 0
  if doc is None:
    return
  raw = doc["text"].encode("utf-8")
  starts = [0] + [m.end() for m in SENT_END.finditer(raw)]
  sents = {}
  for e in tl:
    at = e.get("span", {}).get("start")
    if at is None or at > len(raw):
      continue
    k = max(i for i, st in enumerate(starts) if st <= at)
    sents[k] = sents.get(k, 0) + 1
    before = raw[starts[k]:at].decode("utf-8", "replace")
    if len(QUOTES.findall(before)) % 2 == 1:
      d["tl_quote"] += 1
  if sents and max(sents.values()) >= 3 and max(sents.values()) * 2 > len(tl):
    d["tl_one"] = 1


def judge(summary, report, brief_txt, slides_txt, doc):
  """Counts of defects in one brief; doc is the extracted document or None."""
  d = {}
  d["errors"] = [f.get("message") or f.get("claim") or "?"
                 for f in report.get("findings", [])
                 if f.get("severity") == "error"]
  own = sum(x.count(ELL) for x in summary_strings(summary))
  src = squash(doc["text"]) if doc is not None else ""
  # a bullet that quotes the source's own ellipsis is not cut
  bullets = sum(1 for sl in summary.get("slides", []) for b in sl["bullets"]
                if ELL in b and not own_ellipses(b, src))
  d["cut"] = bullets + max(0, brief_txt.count(ELL) - own) + max(
      0, slides_txt.count(ELL) - own)
  counts = report.get("counts", {})
  d["chk_clean"] = int("What was checked" in slides_txt and
                       report.get("verdict") == "pass" and
                       not counts.get("errors") and not counts.get("warnings"))
  d["cont1"] = sum(1 for sl in summary.get("slides", [])
                   if "(continued)" in sl["title"] and len(sl["bullets"]) == 1)
  dl = [(DANGLING.match(k["text"]).group(1) if DANGLING.match(k["text"])
         else "?") for k in summary.get("key_points", [])
        if DANGLING.match(k["text"]) or k["text"].rstrip().endswith("?")]
  d["dangling"] = len(dl)
  d["dangling_words"] = dl
  heads = {}
  for x in summary.get("sections", []):
    heads[x["heading"]] = heads.get(x["heading"], 0) + 1
  d["dup_head"] = sum(1 for v in heads.values() if v >= 3)
  d["tldr_gap"] = d["late"] = d["aside"] = 0
  if doc is not None:
    text = doc["text"]
    tl = summary.get("tldr", "")
    if tl and not adjacent_run(squash(tl), squash(text)):
      d["tldr_gap"] = 1
    aside_spans = [(b["start"], b["end"])
                   for b in doc.get("blocks", []) if b.get("aside")]
    kps = [e for k in summary.get("key_points", [])
           for e in k.get("evidence", [])[:1]]
    body = [b for b in doc.get("blocks", [])
            if b.get("kind") == "paragraph" and not b.get("aside")]
    if kps and body and len(text) > 2000:
      end = max(b["end"] for b in body)
      last = max(sp["start"] for sp in kps)
      if last < 0.6 * end and len(summary.get("key_points", [])) >= 3:
        d["late"] = 1
    for sp in kps:
      if any(a <= sp["start"] < b for a, b in aside_spans):
        d["aside"] += 1
  judge_timeline(summary, doc, d)
  return d


def run_one(eval_dir, name):
  tmp = tempfile.mkdtemp(prefix="bc-evalrun-")
  try:
    path, fmt = materialize(eval_dir, name, tmp)
    extra = ["--format", fmt] if fmt else []
    out = os.path.join(tmp, "out")
    t0 = time.perf_counter()
    p = subprocess.run([BIN, "run", "--no-audio", "--quiet", path, "-o", out]
                       + extra, capture_output=True)
    dt = time.perf_counter() - t0
    if p.returncode not in (0, 12):
      return name, dt, None, "exit %d: %s" % (
          p.returncode, p.stderr.decode("utf-8", "replace")[:200])
    e = subprocess.run([BIN, "extract", "--json", path] + extra,
                       capture_output=True)
    docs = []
    if e.returncode == 0:
      j = json.loads(e.stdout)
      docs = j if isinstance(j, list) else [j]
    results = []
    dirs = sorted(r for r, _, files in os.walk(out) if "summary.json" in files)
    for i, d in enumerate(dirs):
      with open(os.path.join(d, "summary.json"), encoding="utf-8") as fh:
        s = json.load(fh)
      with open(os.path.join(d, "report.json"), encoding="utf-8") as fh:
        r = json.load(fh)
      doc = None
      cands = [x for x in docs if (x.get("sha256") == s["source"]["sha256"] and
                                   (x.get("title") or "") ==
                                   s["source"]["title"])]
      if len(cands) == 1:
        doc = cands[0]
      elif len(docs) == 1:
        doc = docs[0]
      results.append((os.path.relpath(d, out),
                      judge(s, r, pdftext(os.path.join(d, "brief.pdf")),
                            pdftext(os.path.join(d, "slides.pdf")), doc)))
    return name, dt, results, None
  except Exception as ex:  # a bench reports, it does not stop
    return name, 0.0, None, "bench: %r" % (ex,)
  finally:
    shutil.rmtree(tmp, ignore_errors=True)


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument("--eval-dir", default=DEFAULT_EVAL)
  ap.add_argument("--sets", default=",".join(SETS))
  ap.add_argument("--every", type=int, default=1)
  ap.add_argument("--offset", type=int, default=0)
  ap.add_argument("--ids")
  ap.add_argument("--jobs", type=int, default=2)
  ap.add_argument("--details")
  ap.add_argument("--fail", action="store_true")
  a = ap.parse_args()
  if not os.path.isdir(a.eval_dir):
    print("bench_eval_run: %s not found" % a.eval_dir)
    return 77 if a.fail else 0
  todo = inputs(a.eval_dir, a.sets.split(","))
  if a.ids:
    want = [l.strip() for l in open(a.ids) if l.strip() and
            not l.startswith("#")]
    names = {n for _, n in todo}
    todo = [(None, n) for n in want if n in names]
  else:
    by = {}
    for s, n in todo:
      by.setdefault(s, []).append(n)
    todo = [(s, n) for s in by for i, n in enumerate(by[s])
            if i % a.every == a.offset % a.every]
  keys = ("errors", "cut", "cont1", "chk_clean", "tldr_gap", "late", "dangling", "aside",
          "dup_head", "tl_quote", "tl_boiler", "tl_order", "tl_one")
  tot = {k: 0 for k in keys}
  briefs = failed = 0
  details = []
  t0 = time.perf_counter()
  with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as ex:
    for name, dt, results, why in ex.map(lambda x: run_one(a.eval_dir, x[1]),
                                         todo):
      if results is None:
        failed += 1
        details.append("%s\tfailed\t%s" % (name, why))
        continue
      for sub, d in results:
        briefs += 1
        for k in keys:
          v = len(d[k]) if k == "errors" else d[k]
          tot[k] += v
          if v:
            details.append("%s%s\t%s\t%s" % (
                name, "" if sub == "." else "/" + sub, k,
                "; ".join(d[k]) if k == "errors" else
                " ".join(d["dangling_words"]) if k == "dangling" else v))
  wall = time.perf_counter() - t0
  print("inputs %d, briefs %d, failed runs %d, %.0f s" %
        (len(todo), briefs, failed, wall))
  print("  ".join("%s %d" % (k, tot[k]) for k in keys))
  if a.details:
    with open(a.details, "w", encoding="utf-8") as fh:
      fh.write("\n".join(details) + ("\n" if details else ""))
  if a.fail and (tot["errors"] or tot["cut"] or failed):
    for line in details:
      if "\terrors\t" in line or "\tcut\t" in line or "\tfailed\t" in line:
        print(line)
    return 1
  return 0


if __name__ == "__main__":
  sys.exit(main())
