"""test_opus_chapter_cap.py - an episode of more chapters than Opus chapter
comments can number (CHAPTER001 to CHAPTER999): `briefcast audio --opus`
succeeds, chapters.json keeps every chapter, narration.opus names the first
999 as ffprobe reads them back, and stderr says so in one warning line
naming both counts, rather than dropping the rest silently; narration.mp3
names all of them (a top table of contents listing tables of 255).  A deck of
1,000 one-bullet slides gives 1,002 chapters (introduction and outro
around them); every chapter is short, yet the episode runs about 40
minutes, so this test has a file of its own."""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import check, run, tmpdir  # noqa: E402

SLIDES = 1000


def summary():
    return {
        "schema": "briefcast.summary/1",
        "title": "Counting",
        "source": {"title": "Counting", "author": "", "date": "2024-01-02",
                   "url": "", "sha256": "cd" * 32},
        "provider": "local",
        "tldr": "",
        "key_points": [], "sections": [], "timeline": [], "glossary": [],
        "quotes": [],
        "slides": [{"title": "Go", "bullets": ["Yes."], "notes": ""}
                   for _ in range(SLIDES)],
        "narration": [{"speaker": "narrator", "text": "Counting."}],
    }


def main():
    base = tmpdir()
    sj = os.path.join(base, "summary.json")
    with open(sj, "w", encoding="utf-8") as f:
        json.dump(summary(), f)
    out = os.path.join(base, "ep")
    r = run(["audio", sj, "-o", out, "--opus", "--voices", "kal16"],
            timeout=590)
    err = r.stderr.decode()
    check(r.returncode == 0, "audio --opus: %s" % err)
    with open(os.path.join(out, "chapters.json"), encoding="utf-8") as f:
        n = len(json.load(f)["chapters"])
    check(n == SLIDES + 2, "chapters.json holds %d chapters" % n)
    p = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of",
                        "json", os.path.join(out, "narration.opus")],
                       capture_output=True, text=True)
    check(p.returncode == 0, "ffprobe: %s" % p.stderr)
    got = json.loads(p.stdout)["chapters"]
    check(len(got) == 999, "narration.opus names %d chapters" % len(got))
    # narration.mp3 names them all: an ID3 table of contents counts its
    # entries in one byte, so past 255 the top table lists tables
    p = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of",
                        "json", os.path.join(out, "narration.mp3")],
                       capture_output=True, text=True)
    check(p.returncode == 0, "ffprobe: %s" % p.stderr)
    got = json.loads(p.stdout)["chapters"]
    check(len(got) == n and got[-1]["tags"]["title"] == "Outro" and
          got[256]["tags"]["title"] == "Go", "narration.mp3 names %d "
          "chapters, the last %r" % (len(got), got[-1]["tags"] if got else
                                     None))
    with open(os.path.join(out, "narration.mp3"), "rb") as f:
        tag = f.read(1 << 20)
    check(tag.count(b"CTOC") == 1 + (n + 254) // 255,
          "narration.mp3 holds %d tables of contents" % tag.count(b"CTOC"))
    warn = [line for line in err.splitlines() if "warning" in line]
    check(len(warn) == 1 and
          re.search(r"narration\.opus names the first 999 of %d chapters" %
                    n, warn[0]), "no warning of the chapters left out: %r" %
          err)
    print(warn[0])
    print("ok")


if __name__ == "__main__":
    main()
