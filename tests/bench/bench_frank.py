#!/usr/bin/env python3
"""bench_frank.py - the fact checker against human judgements of factual
errors in real model summaries (FRANK: CNN/DailyMail and XSum articles,
../shared/eval/summarization-cnndm-frank, see its SOURCE.md).

For every annotated (article, system summary) pair it runs
`briefcast check ARTICLE SUMMARY --json` and prints:
  - precision / recall of our findings against the human error labels for
    the categories a deterministic checker can see: circumstance (CircE:
    time, duration, place; our date findings), entity (EntE: wrong entity or
    attribute, numbers included; our number findings, and name warnings),
    and any of the two (our error-level findings);
  - the partial correlation with the human Factuality score controlling
    for the system (FRANK's evaluate.py procedure), beside FactCC's on the
    same records;
  - the same with FRANK's out-of-article category (OutE) added, since a
    number or date the article never gives is what the checker reports;
  - the false-alarm rate (summaries with an error finding) on the human
    reference summaries.
Results are for FRANK's test split (tuning belongs on `valid`) and for all.

usage: bench_frank.py [--briefcast BIN] [--data DIR] [--jobs N]
"""
import argparse
import concurrent.futures
import gzip
import json
import math
import os
import subprocess
import sys
import tempfile
import time


def load_jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def check(binary, tmp, key, article, summary):
    src = os.path.join(tmp, key + ".src.txt")
    sm = os.path.join(tmp, key + ".sum.txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(article)
    with open(sm, "w", encoding="utf-8") as f:
        f.write(summary if summary.strip() else ".")
    p = subprocess.run([binary, "check", src, sm, "--json"],
                       capture_output=True, text=True, timeout=60)
    os.unlink(src)
    os.unlink(sm)
    if p.returncode != 0:
        return None
    return json.loads(p.stdout)


def kinds(rep, severity):
    out = {}
    for f in rep["findings"]:
        if f["severity"] == severity:
            out[f["kind"]] = out.get(f["kind"], 0) + 1
    return out


def pearson(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else float("nan")


def ranks(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [0.0] * len(v)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2.0
        i = j + 1
    return r


def residual(values, groups):
    """Residuals of an OLS fit on one-hot groups: minus the group mean."""
    sums, counts = {}, {}
    for v, g in zip(values, groups):
        sums[g] = sums.get(g, 0.0) + v
        counts[g] = counts.get(g, 0) + 1
    return [v - sums[g] / counts[g] for v, g in zip(values, groups)]


def partial(metric, human, groups):
    rm, rh = residual(metric, groups), residual(human, groups)
    return pearson(rm, rh), pearson(ranks(rm), ranks(rh))


def prf(pred, gold):
    tp = sum(1 for p, g in zip(pred, gold) if p and g)
    fp = sum(1 for p, g in zip(pred, gold) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold) if g and not p)
    prec = tp / (tp + fp) if tp + fp else float("nan")
    rec = tp / (tp + fn) if tp + fn else float("nan")
    return prec, rec, tp + fp, tp + fn


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser()
    ap.add_argument("--briefcast", default=os.environ.get(
        "BRIEFCAST", os.path.join(root, "build", "briefcast")))
    ap.add_argument("--data", default=os.path.join(
        root, "..", "shared", "eval", "summarization-cnndm-frank"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()

    arts = {}
    for rec in load_jsonl(os.path.join(a.data, "cnndm.jsonl")):
        arts[("cnndm", rec["hash"])] = rec
    for rec in load_jsonl(os.path.join(a.data, "xsum.jsonl.gz")):
        arts[("bbc", str(rec["hash"]))] = rec
    with gzip.open(os.path.join(a.data, "human_annotations.json.gz"),
                   "rt") as f:
        human = json.load(f)
    with gzip.open(os.path.join(
            a.data, "baseline_factuality_metrics_outputs.json.gz"), "rt") as f:
        base = {(r["hash"], r["model_name"]): r for r in json.load(f)}

    jobs = []
    for i, h in enumerate(human):
        art = arts.get((h["dataset"], str(h["hash"])))
        if not art or h["model_name"] not in art["system_summaries"]:
            continue
        jobs.append(("sys", i, art["article"],
                     art["system_summaries"][h["model_name"]], h))
    for (ds, hh), art in sorted(arts.items()):
        jobs.append(("ref", ds + hh, art["article"], art["reference"],
                     {"dataset": ds, "split": art.get("split")}))

    t0 = time.time()
    results = {}
    with tempfile.TemporaryDirectory() as tmp, \
            concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        futs = {pool.submit(check, a.briefcast, tmp, f"{j[0]}{k}", j[2],
                            j[3]): k for k, j in enumerate(jobs)}
        for fu in concurrent.futures.as_completed(futs):
            results[futs[fu]] = fu.result()
    elapsed = time.time() - t0
    failed = sum(1 for r in results.values() if r is None)
    print(f"checked {len(jobs)} summaries in {elapsed:.1f} s "
          f"({failed} could not be checked)")

    for label, keep in (("test split", lambda h: h.get("split") == "test"),
                        ("all data", lambda h: True)):
        rows = []
        for k, j in enumerate(jobs):
            if j[0] != "sys" or results.get(k) is None or not keep(j[4]):
                continue
            rows.append((j[4], results[k]))
        if not rows:
            continue
        print(f"\n== {label}: {len(rows)} system summaries ==")
        g_circ = [float(h["CircE"]) < 1 for h, _ in rows]
        g_ent = [float(h["EntE"]) < 1 for h, _ in rows]
        g_any = [c or e for c, e in zip(g_circ, g_ent)]
        g_out = [a or float(h["OutE"]) < 1 for a, (h, _) in zip(g_any, rows)]
        errs = [kinds(r, "error") for _, r in rows]
        warns = [kinds(r, "warning") for _, r in rows]
        tables = [
            ("date errors vs CircE", [bool(e.get("date")) for e in errs],
             g_circ),
            ("number errors vs EntE|CircE",
             [bool(e.get("number")) for e in errs], g_any),
            ("name warnings vs EntE",
             [bool(w.get("name")) for w in warns], g_ent),
            ("any error finding vs EntE|CircE", [bool(e) for e in errs],
             g_any),
            ("any error finding vs EntE|CircE|OutE", [bool(e) for e in errs],
             g_out),
            ("any error or warning vs EntE|CircE",
             [bool(e) or bool(w) for e, w in zip(errs, warns)], g_any),
        ]
        print(f"{'finding':38} {'precision':>9} {'recall':>7} "
              f"{'flagged':>8} {'human':>6}")
        for name, pred, gold in tables:
            p, r, n_pred, n_gold = prf(pred, gold)
            print(f"{name:38} {p:9.3f} {r:7.3f} {n_pred:8d} {n_gold:6d}")

        human_f = [float(h["Factuality"]) for h, _ in rows]
        groups = [h["model_name"] for h, _ in rows]

        def unsupported_share(r, sev):
            c = r["checked"]
            n = c["dates"] + c["numbers"] + c["acronyms"] + c["names"]
            bad = sum(1 for f in r["findings"] if f["severity"] in sev)
            return 1.0 - bad / n if n else 1.0

        ours_e = [unsupported_share(r, ("error",)) for _, r in rows]
        ours_ew = [unsupported_share(r, ("error", "warning")) for _, r in rows]
        fcc = [float(base[(h["hash"], h["model_name"])]["FactCC"])
               for h, _ in rows]
        print("partial correlation with human Factuality (controlling for "
              "the system):")
        for name, m in (("briefcast, 1 - errors/claims", ours_e),
                        ("briefcast, 1 - (errors+warnings)/claims", ours_ew),
                        ("FactCC (FRANK baseline)", fcc)):
            r, rho = partial(m, human_f, groups)
            print(f"  {name:42} Pearson {r:6.3f}  Spearman {rho:6.3f}")

    print("\n== false alarms on the human reference summaries ==")
    for ds in ("cnndm", "bbc"):
        refs = [results[k] for k, j in enumerate(jobs)
                if j[0] == "ref" and j[4]["dataset"] == ds and
                results.get(k) is not None]
        fa = sum(1 for r in refs if kinds(r, "error"))
        fw = sum(1 for r in refs if kinds(r, "warning"))
        by = {}
        for r in refs:
            for k2 in kinds(r, "error"):
                by[k2] = by.get(k2, 0) + 1
        print(f"{ds:6} {len(refs)} references: {fa} with an error finding "
              f"({fa / max(len(refs), 1):.1%}; by kind {by}), {fw} with a "
              f"warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
