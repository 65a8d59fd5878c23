"""test_video_interrupt.py - Ctrl-C during `briefcast video` without --from,
through the real binary: SIGINT while the narration is being spoken, and
again while the MP4 is being encoded, ends the process by that signal (as
the help says: status 130 in a shell) and leaves nothing behind, neither
the scratch folder of slides and narration nor a half-written video."""
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from bclib import BIN, SRC, check, run, tmpdir  # noqa: E402


def scratch_of(d):
    return [f for f in os.listdir(d) if f.startswith(".briefcast-video-")]


def interrupt_when(summary, d, ready, label):
    """Start the video command into d, send SIGINT once ready(d) holds."""
    out = os.path.join(d, "v.mp4")
    p = subprocess.Popen([BIN, "video", summary, "-o", out, "--style",
                          "deep-dive"], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and p.poll() is None and not ready(d):
        time.sleep(0.005)
    check(p.poll() is None, "%s: finished before the moment came (exit %s)" %
          (label, p.returncode))
    p.send_signal(signal.SIGINT)
    p.wait(timeout=60)
    check(p.returncode == -signal.SIGINT, "%s: ended with %s, not by SIGINT" %
          (label, p.returncode))
    left = os.listdir(d)
    check(left == [], "%s: left behind %r" % (label, left))
    print("%s: ended by SIGINT, nothing left" % label)


def main():
    base = tmpdir()
    summary = os.path.join(base, "summary.json")
    r = run(["summarize", os.path.join(SRC, "samples", "long-essay.md"), "-o",
             summary])
    check(r.returncode == 0, "summarize: %s" % r.stderr.decode())

    def speaking(d):
        s = scratch_of(d)
        return s and os.path.exists(os.path.join(d, s[0], "slides.pdf"))

    def encoding(d):
        return any(".tmp-" in f for f in os.listdir(d))

    for label, ready in (("while speaking", speaking),
                         ("while encoding", encoding)):
        d = os.path.join(base, label.replace(" ", "-"))
        os.mkdir(d)
        interrupt_when(summary, d, ready, label)
    print("ok")


if __name__ == "__main__":
    main()
