#!/usr/bin/env python3
"""bench_hostile_times.py - the superlinear cases of issue 16 timed through
the real binary: `briefcast check` on a date clause repeated, on clauses of one sentence
each with its own date, on numbers
with units in one sentence (each checked against itself), on a single line
of random words as the source of a 300-byte summary cut from it (the
issue's 2.2 MB and 8.5 MB), on such a line checked against itself, on n
acronyms a source of n sentences never writes, each where it writes
another, and `briefcast audio` on a summary.json with a 200,000-character turn or
50,000 turns.  Every shape runs at 1x, 4x and 16x of its base size (where
the issue's size is the base or within), each size three times; a row
prints the median wall time and CPU time (user + system of the child) and
the last column the growth of the CPU time over 1x (4 is linear, 16
quadratic).  A second table grows each `check` shape, and a summary of
offsets ("3 weeks earlier") against a source of offsets, from a base the
size of a short article to 10x, 100x and 1,000x of it, and prints the
growth of the CPU time over the size before (10 is linear, 100 quadratic)
and the exponent it makes (1 linear, 2 quadratic).  Inputs are generated in
a temporary folder, never stored.  It prints figures; it asserts nothing.

usage: bench_hostile_times.py [--briefcast BIN] [--runs N] [--timeout S]
                              [--only WORD] [--no-scaling]"""
import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

WORDS = ("the team met on 3 March 2024 and shipped 40 builds in Q3 2024 while "
         "costs rose 12 percent").split()


def date_clauses(n):
    return "We met on 3 March 2024 and " * n + "\n"


MONTHS = ("January February March April May June July August September "
          "October November December").split()


def dated_clauses(n):
    """Clauses of one sentence, each with its own day and a build number
    (as bench_check_scaling.c makes them)."""
    return " and ".join("on %d %s %d the team shipped build %d"
                        % (i % 28 + 1, MONTHS[(i // 28) % 12], 1950 + i % 70, i)
                        for i in range(n)) + ".\n"


def numbers(n):
    return ("The parts weigh " + ", ".join("%d kg" % (i + 3) for i in range(n))
            + ".\n")


def line(size):
    """Random words of WORDS, one line without a full stop, size bytes."""
    rng = random.Random(16)
    out, got = [], 0
    while got < size:
        w = rng.choice(WORDS)
        out.append(w)
        got += len(w) + 1
    return " ".join(out) + "\n"


def cut_summary(text):
    """The first 300 bytes of text, cut at a word, as one sentence."""
    return text[:text.rindex(" ", 0, 300)] + ".\n"


def timed(argv, runs):
    """Median wall and CPU seconds of argv over runs, and its last exit."""
    walls, cpus, code = [], [], None
    for _ in range(runs):
        t0 = time.monotonic()
        p = subprocess.Popen(argv, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > ARGS.timeout:
                p.kill()
                os.wait4(p.pid, 0)
                return None, None, None
            time.sleep(0.01)
        walls.append(time.monotonic() - t0)
        cpus.append(ru.ru_utime + ru.ru_stime)
        code = os.waitstatus_to_exitcode(status)
    return statistics.median(walls), statistics.median(cpus), code


def write(work, name, data):
    p = os.path.join(work, name)
    with open(p, "w") as f:
        f.write(data)
    return p


def summary_json(work, name, narration):
    """A summary.json made by `briefcast summarize` of the sample, with its
    narration replaced."""
    base = os.path.join(work, "base.json")
    if not os.path.exists(base):
        subprocess.run([ARGS.briefcast, "summarize",
                        os.path.join(ROOT, "samples", "long-essay.md"), "-o",
                        base], check=True, capture_output=True)
    with open(base) as f:
        s = json.load(f)
    s["narration"] = narration
    return write(work, name, json.dumps(s))


def check_self(work, make):
    def argv(n):
        p = write(work, "self-%d.txt" % n, make(n))
        return [ARGS.briefcast, "check", p, p]
    return argv


def check_cut(work, make):
    def argv(n):
        text = make(n)
        p = write(work, "src-%d.txt" % n, text)
        return [ARGS.briefcast, "check", p,
                write(work, "sum-%d.txt" % n, cut_summary(text))]
    return argv


def audio(work, make):
    def argv(n):
        return [ARGS.briefcast, "audio", summary_json(work, "n-%d.json" % n,
                                                      make(n)),
                "-o", os.path.join(work, "audio-%d" % n), "--no-mp3"]
    return argv


def offsets_source(n):
    """Clauses of one sentence, each an event counted from another by days
    ("the board met 4 days later"), as the source of offsets_summary."""
    return " and ".join("the board %d met %d days later" % (i, i % 90 + 1)
                        for i in range(n)) + ".\n"


def offsets_summary(n):
    """The same events counted in weeks the other way: no claim offset is
    the source's own words, so each is weighed against every source one."""
    return " and ".join("the board %d met %d weeks earlier" % (i, i % 9 + 1)
                        for i in range(n)) + ".\n"


def check_pair(work, make_src, make_sum):
    def argv(n):
        return [ARGS.briefcast, "check",
                write(work, "psrc-%d.txt" % n, make_src(n)),
                write(work, "psum-%d.txt" % n, make_sum(n))]
    return argv


ACR_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ACR_MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
              "OCT", "NOV", "DEC"}
ACRS = [a + b + c for a in ACR_LETTERS for b in ACR_LETTERS
        for c in ACR_LETTERS if a + b + c not in ACR_MONTHS]


def acronyms_in_place(n):
    """A source of n sentences that write SSH, and a summary of n acronyms
    the source never writes, each where the source writes SSH (as
    test_hostile_check.py makes them): (source, summary)."""
    return ("The team opened an SSH session to the build server and shipped "
            "the release after review. " * n,
            " ".join("The team opened an %s session to the build server."
                     % ACRS[i % len(ACRS)] for i in range(n)) + "\n")


def check_two(work, make):
    def argv(n):
        src, summ = make(n)
        return [ARGS.briefcast, "check", write(work, "tsrc-%d.txt" % n, src),
                write(work, "tsum-%d.txt" % n, summ)]
    return argv


SENT = "The council met in March and agreed on new benches for the park. "
# (label, unit, argv maker, sizes); the size is marked in the label.
SHAPES = (
    ("date clause repeated (issue: 1,000)", "clauses", check_self, date_clauses,
     (1000, 4000, 16000)),
    ("dated clauses, one sentence", "clauses", check_self, dated_clauses,
     (375, 1500, 6000)),
    ("numbers with units, one sentence (issue: 500, 1,000)", "numbers",
     check_self, numbers, (500, 2000, 8000)),
    ("line as source of a 300-byte summary (issue: 2.2, 8.5 MB)", "bytes",
     check_cut, line, (550 * 1024, 2200 * 1024, 8800 * 1024)),
    ("line checked against itself", "bytes", check_self, line,
     (20 * 1024, 80 * 1024, 320 * 1024)),
    ("acronyms in another's place, source grown with the summary", "acronyms",
     check_two, acronyms_in_place, (250, 1000, 4000)),
    ("audio, one long turn (issue: 200,000 chars)", "chars", audio,
     lambda n: [{"speaker": "n", "text": (SENT * (n // len(SENT) + 1))[:n]}],
     (200000, 800000)),
    ("audio, many turns (issue: 50,000)", "turns", audio,
     lambda n: [{"speaker": "n", "text": "Hello %d." % i} for i in range(n)],
     (50000, 200000)),
)


# `check` grown from a base the size of a short article to 1,000x of it:
# (label, unit, argv maker, base size).
SCALING = (
    ("check: date clause repeated", "clauses",
     lambda w: check_self(w, date_clauses), 16),
    ("check: dated clauses, one sentence", "clauses",
     lambda w: check_self(w, dated_clauses), 6),
    ("check: numbers with units, one sentence", "numbers",
     lambda w: check_self(w, numbers), 8),
    ("check: line as source of a 300-byte summary", "bytes",
     lambda w: check_cut(w, line), 8800),
    ("check: line against itself", "bytes",
     lambda w: check_self(w, line), 320),
    ("check: offsets of a summary against the source's", "clauses",
     lambda w: check_pair(w, offsets_source, offsets_summary), 6),
)


def scaling(work):
    """Each SCALING shape at 1x, 10x, 100x and 1,000x of its base.  The
    CPU time of the process start (a check of one short sentence) is taken
    off before the growth is worked out: it outweighs the work at the small
    sizes."""
    _, start, _ = timed(check_self(work, lambda n: "We met in May.\n")(0),
                        max(ARGS.runs, 3))
    print("== check at 1x, 10x, 100x, 1,000x (work: CPU time less the %.2f s "
          "of the process start; growth of the work over the size before: "
          "10 linear, 100 quadratic; exponent: 1 linear, 2 quadratic) =="
          % start)
    for label, unit, kind, base in SCALING:
        if ARGS.only not in label:
            continue
        print("== %s ==" % label)
        prev = None
        for k in (1, 10, 100, 1000):
            n = base * k
            wall, cpu, code = timed(kind(work)(n), ARGS.runs)
            if wall is None:
                print("  %5dx %10d %-8s over %.0f s, stopped"
                      % (k, n, unit, ARGS.timeout))
                break
            work_s, grow = cpu - start, ""
            # Work under 20 ms is within the noise of the start: no ratio.
            if prev is not None and prev >= 0.02 and work_s > 0:
                grow = "growth %6.1f  exponent %4.2f" % (
                    work_s / prev, math.log10(work_s / prev))
            print("  %5dx %10d %-8s wall %7.2f s  cpu %7.2f s  work %7.2f s  "
                  "exit %d  %s" % (k, n, unit, wall, cpu, work_s, code, grow))
            sys.stdout.flush()
            prev = work_s


def main():
    global ARGS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--briefcast", default=os.path.join(ROOT, "build",
                                                         "briefcast"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=60,
                    help="seconds after which a run is stopped, and the "
                    "shape's larger sizes skipped")
    ap.add_argument("--only", default="", help="shapes whose label holds it")
    ap.add_argument("--no-scaling", action="store_true",
                    help="leave out the 1x to 1,000x table of check")
    ARGS = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bc-hostile-") as work:
        for label, unit, kind, make, sizes in SHAPES:
            if ARGS.only not in label:
                continue
            print("== %s ==" % label)
            first = None
            for n in sizes:
                wall, cpu, code = timed(kind(work, make)(n), ARGS.runs)
                if wall is None:
                    print("  %10d %-8s over %.0f s, stopped" % (n, unit,
                                                              ARGS.timeout))
                    break
                first = first or cpu
                print("  %10d %-8s wall %7.2f s  cpu %7.2f s  exit %d  "
                      "growth %5.1f" % (n, unit, wall, cpu, code,
                                        cpu / first if first else 0))
                sys.stdout.flush()
        if not ARGS.no_scaling:
            scaling(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
