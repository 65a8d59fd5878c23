#!/usr/bin/env python3
"""bench_audio_wer.py - intelligibility of the narration: speaks sentences
full of acronyms, dates and numbers twice per voice -- raw text through the
flite CLI, and the same text through `briefcast say` (speech normalization)
-- transcribes both with pocketsphinx (16 kHz) and prints the word error
rate of each against the words a listener should hear (the normalized
text).  Prints figures; asserts nothing.

usage: BRIEFCAST=build/briefcast bench_audio_wer.py [TEXT_FILE]
(default samples/dense-facts.md; sentences with a digit, an acronym or a
symbol are used, at most 12)"""
import os
import re
import subprocess
import sys
import tempfile

BIN = os.environ.get("BRIEFCAST", "briefcast")
VOICES = ["rms", "slt", "awb", "kal16"]


def words(s):
    s = s.lower().replace("-", " ")
    return re.findall(r"[a-z0-9']+", s)


def wer(ref, hyp):
    r, h = words(ref), words(hyp)
    d = list(range(len(h) + 1))
    for i in range(1, len(r) + 1):
        prev, d[0] = d[0], i
        for j in range(1, len(h) + 1):
            cur = min(d[j] + 1, d[j - 1] + 1, prev + (r[i - 1] != h[j - 1]))
            prev, d[j] = d[j], cur
    return d[len(h)], len(r)


def transcribe(wav):
    out = subprocess.run(["pocketsphinx_continuous", "-infile", wav],
                         capture_output=True, text=True, timeout=300)
    return " ".join(out.stdout.split())


def sentences(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"^---.*?---", "", text, flags=re.S)
    text = re.sub(r"^#.*$", "", text, flags=re.M)
    out = []
    for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())):
        if re.search(r"[0-9]|[A-Z]{2,}|[%$\u20ac&/+]", s) and len(s) < 220:
            out.append(s)
    return out[:12]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "samples/dense-facts.md"
    sents = sentences(path)
    tmp = tempfile.mkdtemp(prefix="bc-wer-")
    refs = []
    for s in sents:
        r = subprocess.run([BIN, "say", "--dry-run", s], capture_output=True,
                           text=True)
        refs.append(r.stdout.strip())
    print("%d sentences of %s; reference = the normalized words" %
          (len(sents), path))
    print("%-6s %10s %10s %8s" % ("voice", "raw WER", "norm WER", "gain"))
    for v in VOICES:
        err = {"raw": 0, "norm": 0}
        total = 0
        for i, (s, ref) in enumerate(zip(sents, refs)):
            raw = os.path.join(tmp, "%s-%d-raw.wav" % (v, i))
            norm = os.path.join(tmp, "%s-%d-norm.wav" % (v, i))
            subprocess.run(["flite", "-voice", v, "-t", s, "-o", raw],
                           check=True, capture_output=True)
            subprocess.run(["sox", raw, "-r", "16000", raw + ".16k.wav"],
                           check=True)
            subprocess.run([BIN, "-q", "say", "--voice", v, "--rate", "16000",
                            "-o", norm, s], check=True)
            e, n = wer(ref, transcribe(raw + ".16k.wav"))
            err["raw"] += e
            total += n
            e, _ = wer(ref, transcribe(norm))
            err["norm"] += e
        raw_w = 100.0 * err["raw"] / total
        norm_w = 100.0 * err["norm"] / total
        print("%-6s %9.1f%% %9.1f%% %+7.1f" % (v, raw_w, norm_w,
                                             raw_w - norm_w))
    subprocess.run(["rm", "-rf", tmp])


main()
