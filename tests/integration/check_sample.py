"""check_sample.py SAMPLE - run the whole pipeline on one sample and check
what a user would check: the JSON fits its schema and its evidence quotes
are the source's own bytes, the PDF is one page holding the title and every
key point, the WAV is valid and as long as its script, the captions are
ordered and end with the audio, and a second run gives identical JSON."""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import (check, fail, fold, pdf_pages, pdf_text, run, tmpdir,
                   unhyphen, validate_json, vtt_cues, wav_info)

sample = sys.argv[1]
out = tmpdir()
try:
    r = run(["run", sample, "-o", out, "--no-mp3"])
    check(r.returncode == 0, "run exited %d: %s" % (r.returncode, r.stderr.decode()))
    summary = validate_json(os.path.join(out, "summary.json"), "summary.schema.json")
    report = validate_json(os.path.join(out, "report.json"), "report.schema.json")

    # Evidence spans point at the normalized source text, byte for byte.
    ex = run(["extract", "--json", sample])
    check(ex.returncode == 0, "extract failed: %s" % ex.stderr.decode())
    doc = json.loads(ex.stdout)
    text = doc["text"].encode("utf-8")
    check(summary["key_points"], "no key points")
    for i, kp in enumerate(summary["key_points"]):
        check(kp["evidence"], "key point %d has no evidence" % i)
        for ev in kp["evidence"]:
            got = text[ev["start"]:ev["end"]].decode("utf-8")
            check(got == ev["quote"], "key point %d evidence [%d,%d) is %r, quote says %r"
                  % (i, ev["start"], ev["end"], got, ev["quote"]))
    check(summary["title"], "empty title")
    check(summary["narration"], "no narration")
    check(report["verdict"] in ("pass", "warn"),
          "the local summary of our own sample should not fail validation: %s"
          % json.dumps(report["findings"][:3]))

    # The PDF: exactly one page with the title and every key point in full.
    pdf = os.path.join(out, "brief.pdf")
    check(pdf_pages(pdf) == 1, "brief.pdf has %d pages" % pdf_pages(pdf))
    ptext = unhyphen(pdf_text(pdf))
    check(unhyphen(summary["title"]) in ptext, "title missing from brief.pdf")
    shown = 0
    for kp in summary["key_points"]:
        if unhyphen(kp["text"]) in ptext:
            shown += 1
    check(shown == len(summary["key_points"]) or "left out" in ptext,
          "brief.pdf shows %d of %d key points and does not say any were left out"
          % (shown, len(summary["key_points"])))
    check(shown >= 1, "brief.pdf shows no key point in full")

    # Markdown brief holds the same title and key points.
    with open(os.path.join(out, "brief.md"), encoding="utf-8") as f:
        md = fold(f.read())
    check(fold(summary["title"]) in md, "title missing from brief.md")
    for kp in summary["key_points"]:
        check(fold(kp["text"]) in md, "key point missing from brief.md: %r" % kp["text"][:60])

    # Audio: a valid WAV whose length fits the script at a speaking rate.
    rate, ch, width, frames = wav_info(os.path.join(out, "narration.wav"))
    check(ch == 1 and width == 2 and rate >= 8000, "unexpected WAV format %d Hz %d ch %d bytes" % (rate, ch, width))
    secs = frames / rate
    # The words spoken: the summary's narration and what the script adds
    # for the deck's parts it does not announce (transcript.vtt's cues).
    with open(os.path.join(out, "transcript.vtt"), encoding="utf-8") as f:
        said = [b.strip().split("\n", 2)[-1]
                for b in f.read().split("\n\n")[1:] if b.strip()]
    words = sum(len(t.split()) for t in said)
    check(words >= sum(len(t["text"].split()) for t in summary["narration"]),
          "%d words spoken, fewer than the narration's" % words)
    wpm = words / (secs / 60.0)
    check(90 <= wpm <= 260, "%d words in %.1f s is %.0f words/min" % (words, secs, wpm))
    cues = vtt_cues(os.path.join(out, "transcript.vtt"))
    check(cues, "no cues in transcript.vtt")
    for a, b in zip(cues, cues[1:]):
        check(a[0] < a[1] <= b[0] + 1e-3, "cues out of order: %r then %r" % (a, b))
    check(abs(cues[-1][1] - secs) <= 0.05,
          "last cue ends at %.3f s, audio ends at %.3f s" % (cues[-1][1], secs))

    # Deterministic: a second run gives byte-identical JSON.
    out2 = tmpdir()
    r = run(["run", sample, "-o", out2, "--no-audio", "--no-pdf", "--no-slides"])
    check(r.returncode == 0, "second run failed")
    for name in ("summary.json", "report.json"):
        with open(os.path.join(out, name), "rb") as a, open(os.path.join(out2, name), "rb") as b:
            check(a.read() == b.read(), "%s differs between runs" % name)
    shutil.rmtree(out2)
    print("ok: %s: %d key points, %.1f s audio, %s" % (os.path.basename(sample),
          len(summary["key_points"]), secs, report["verdict"]))
finally:
    shutil.rmtree(out, ignore_errors=True)
