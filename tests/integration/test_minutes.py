"""test_minutes.py - `run --minutes N` through the real binary: the
narration lands within 15% of N minutes in every style (the summary's own
narration included, which then speaks the brief style) when the source has
enough to say, measured on narration.wav itself; and when the source cannot
fill N minutes, run says how long it got and why, and speaks no sentence
twice."""
import os
import re
import sys
import wave

sys.path.insert(0, os.path.dirname(__file__))
from bclib import SRC, check, run, tmpdir  # noqa: E402

SKIP = ["--no-pdf", "--no-slides", "--no-video", "--no-mp3"]


def minutes_of(out):
    with wave.open(os.path.join(out, "narration.wav"), "rb") as w:
        return w.getnframes() / w.getframerate() / 60


def cue_texts(out):
    with open(os.path.join(out, "transcript.vtt"), encoding="utf-8") as f:
        blocks = f.read().split("\n\n")[1:]
    return [" ".join(b.strip().split("\n")[2:]) for b in blocks if b.strip()]


def main():
    base = tmpdir()
    essay = os.path.join(SRC, "samples", "long-essay.md")
    cases = [(essay, style, m) for m in (2, 5, 10)
             for style in (None, "brief", "deep-dive")]
    for i, (src, style, m) in enumerate(cases):
        out = os.path.join(base, "m%d" % i)
        args = ["run", src, "-o", out, "--minutes", str(m)] + SKIP
        if style:
            args += ["--style", style]
        r = run(args)
        label = "%s --minutes %d --style %s" % (os.path.basename(src), m, style)
        check(r.returncode == 0, "%s: %s" % (label, r.stderr.decode()))
        got = minutes_of(out)
        check(abs(got / m - 1) <= 0.15, "%s: %.2f min" % (label, got))
        check("asked" not in r.stderr.decode(), "%s: a note: %s" %
              (label, r.stderr.decode()))
        print("%s: %.2f min (%+.0f%%)" % (label, got, 100 * (got / m - 1)))
        texts = [t for t in cue_texts(out)]
        check(len(texts) == len(set(texts)), "%s: a sentence said twice" %
              label)

    # A short note cannot fill five minutes: run says so, and why.
    note = os.path.join(SRC, "samples", "short-note.md")
    out = os.path.join(base, "short")
    r = run(["run", note, "-o", out, "--minutes", "5"] + SKIP)
    err = r.stderr.decode()
    check(r.returncode == 0, "short note: %s" % err)
    got = minutes_of(out)
    m = re.search(r"asked 5\.0 min, got (\d+\.\d) min \(-\d+%\): the summary "
                  r"of its (\d+) words holds (\d+) to speak and all of them are "
                  r"spoken", err)
    check(m, "short note: no note of the shortfall: %r" % err)
    check(abs(float(m.group(1)) - got) <= 0.05, "short note: said %s min, "
          "the audio is %.2f min" % (m.group(1), got))
    texts = cue_texts(out)
    check(len(texts) == len(set(texts)), "short note: a sentence said twice")
    print("short note: %s" % err.strip().splitlines()[-1])
    print("ok")


if __name__ == "__main__":
    main()
