"""test_video_styles.py - video.mp4 in each --style, read back as
test_video.py reads the summary's own narration: streams, duration,
chapter marks and captions by ffprobe/ffmpeg, and the frame at each
chapter's midpoint against that chapter's slide drawn alone (PSNR >= 30
dB), with chapter N the deck's part N by pdftotext; and a text of two
sections under one heading, whose two parts of one title must each show
their own slide.  A file of its own so that each style's run and frames
fit a test's time limit."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import chapters_follow_deck, check, run, tmpdir  # noqa: E402
from test_video import SAMPLE, check_video  # noqa: E402


# Two sections share a heading: the deck has two parts of one title.
TWIN_HEADINGS = """# Two libraries, one street

## Background

The town council opened the first library on Mill Street in 1998 after a
long campaign by local parents. Its collection grew to 40,000 books within
ten years, and the reading room was full every weekend. A mobile library
van began to visit the outlying villages every Tuesday morning.

## Funding

In 2012 the council cut the library's budget by a third, and two branch
libraries closed that spring. Volunteers took over the evening shifts, and a
charity paid for new computers in 2014.

## Background

The old station on Mill Street became a second reading room in 2016, with
a children's corner and a cafe. A bus route from the estates to the station
opened a year later and doubled its visitors. The cafe now hosts a
reading group for retired teachers on the first Monday of each month.
"""


def twin_headings(base):
    src = os.path.join(base, "twins.md")
    with open(src, "w", encoding="utf-8") as f:
        f.write(TWIN_HEADINGS)
    out = os.path.join(base, "twins")
    r = run(["run", src, "-o", out, "--no-mp3"])
    check(r.returncode == 0, "run twins.md: %s" % r.stderr.decode())
    titles = [c["title"] for c in check_video(out, "twin headings")]
    check(titles.count("Background") >= 2, "twin headings: chapters %r" %
          titles)
    chapters_follow_deck(out, "twin headings")


def main():
    base = tmpdir()
    twin_headings(base)
    for style in ("brief", "deep-dive"):
        out = os.path.join(base, style)
        r = run(["run", SAMPLE, "-o", out, "--style", style, "--no-mp3",
                 "--minutes", "2"])
        check(r.returncode == 0, "run --style %s: %s" %
              (style, r.stderr.decode()))
        chapters = check_video(out, style)
        check(chapters[-1]["title"] == "Outro", "%s: chapters %r" %
              (style, chapters))
        chapters_follow_deck(out, style)
    print("ok")


if __name__ == "__main__":
    main()
