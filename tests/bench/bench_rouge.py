"""bench_rouge.py - quality of the local summarizer as ROUGE against human
reference summaries (CNN/DailyMail highlights from the FRANK sample in
summarization-cnndm-frank of the shared evaluation data: --eval-dir, else
BC_EVAL_DIR, else ../shared/eval beside the source tree), next to the
Lead-3 baseline on
the same articles.  Each article runs through the real binary as plain text
(`briefcast summarize --length short`); its three key points, in source
order, are the candidate.  ROUGE follows the recipe in the data set's
SOURCE.md (lowercase, tokens [a-z0-9]+, no stemming, mean per-document F1;
ROUGE-Lsum with the reference split at " . "), so the figures compare with
the table there.  Prints figures; asserts nothing.

usage: BRIEFCAST=build/briefcast python3 tests/bench/bench_rouge.py
       [--split test|valid|all] [--eval-dir DIR]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_EVAL = os.environ.get("BC_EVAL_DIR") or os.path.join(
    HERE, "..", "..", "..", "shared", "eval")
DATA = os.path.join("summarization-cnndm-frank", "cnndm.jsonl")
BIN = os.environ.get("BRIEFCAST", "build/briefcast")


def toks(s):
    return re.findall(r"[a-z0-9]+", s.lower())


def ngrams(t, n):
    out = {}
    for i in range(len(t) - n + 1):
        g = tuple(t[i:i + n])
        out[g] = out.get(g, 0) + 1
    return out


def f1(hit, c, r):
    if not hit or not c or not r:
        return 0.0
    p, q = hit / c, hit / r
    return 2 * p * q / (p + q)


def rouge_n(cand, ref, n):
    a, b = ngrams(toks(cand), n), ngrams(toks(ref), n)
    hit = sum(min(v, b.get(g, 0)) for g, v in a.items())
    return f1(hit, sum(a.values()), sum(b.values()))


def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            t[i + 1][j + 1] = t[i][j] + 1 if a[i] == b[j] else max(t[i][j + 1], t[i + 1][j])
    return t


def lcs_hits(a, b):
    """Indices of a in one LCS of a and b."""
    t = lcs_table(a, b)
    i, j, hits = len(a), len(b), set()
    while i and j:
        if a[i - 1] == b[j - 1]:
            hits.add(i - 1)
            i, j = i - 1, j - 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return hits


def rouge_lsum(cand_sents, ref_sents):
    cs = [toks(s) for s in cand_sents]
    rs = [toks(s) for s in ref_sents]
    hit = 0
    for r in rs:
        union = set()
        for c in cs:
            union |= lcs_hits(r, c)
        hit += len(union)
    return f1(hit, sum(map(len, cs)), sum(map(len, rs)))


def score(cand_sents, reference):
    ref_sents = [s for s in reference.split(" . ") if s.strip()]
    cand = " ".join(cand_sents)
    return (rouge_n(cand, reference, 1), rouge_n(cand, reference, 2),
            rouge_lsum(cand_sents, ref_sents))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test", choices=("test", "valid", "all"))
    ap.add_argument("--eval-dir", default=DEFAULT_EVAL,
                    help="the shared evaluation data (default: BC_EVAL_DIR, "
                    "else ../shared/eval beside the source tree)")
    a = ap.parse_args()
    split = a.split
    data = os.path.normpath(os.path.join(a.eval_dir, DATA))
    if not os.path.exists(data):
        print("bench_rouge: %s not found (--eval-dir or BC_EVAL_DIR)" % data)
        return 0
    rows = [json.loads(line) for line in open(data, encoding="utf-8")]
    rows = [r for r in rows if split == "all" or r["split"] == split]
    sums = {"local": [0.0, 0.0, 0.0], "lead3": [0.0, 0.0, 0.0]}
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "article.txt")
        for r in rows:
            with open(path, "w", encoding="utf-8") as f:
                f.write(r["article"])
            p = subprocess.run([BIN, "summarize", "--length", "short", path],
                               capture_output=True)
            if p.returncode:
                failed += 1
                continue
            s = json.loads(p.stdout)
            cand = [k["text"] for k in s["key_points"]]
            for name, c in (("local", cand), ("lead3", r["article_sentences"][:3])):
                for i, v in enumerate(score(c, r["reference"])):
                    sums[name][i] += v
    n = len(rows) - failed
    print("CNN/DM FRANK sample, split=%s, %d articles (%d failed)" % (split, n, failed))
    print("%-8s %6s %6s %7s" % ("system", "R-1", "R-2", "R-Lsum"))
    for name in ("local", "lead3"):
        print("%-8s %6.2f %6.2f %7.2f" % ((name,) + tuple(100 * v / max(n, 1) for v in sums[name])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
