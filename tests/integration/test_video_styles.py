"""test_video_styles.py - video.mp4 in each --style, read back as
test_video.py reads the summary's own narration: streams, duration,
chapter marks and captions by ffprobe/ffmpeg, and the frame at each
chapter's midpoint against that chapter's slide drawn alone (PSNR >= 30
dB), with chapter N the deck's part N by pdftotext.  A file of its own so
that each style's run and frames fit a test's time limit."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import chapters_follow_deck, check, run, tmpdir  # noqa: E402
from test_video import SAMPLE, check_video  # noqa: E402


def main():
    base = tmpdir()
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
