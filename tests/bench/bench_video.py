"""bench_video.py - prints the video stage's speed, size and memory against
the issue's targets: for narrations of about 1, 5 and 10 minutes (run
--minutes N on the long essay), the wall time of `briefcast video --from`
(the deck drawn, H.264 + AAC + captions encoded, faststart), its ratio to
real time, MB per minute of video, and the peak RSS of that process alone;
then `run` on the 5,000-word sample with the video against without it.

usage: python3 tests/bench/bench_video.py [BRIEFCAST] (default
build/briefcast); needs nothing but the binary.  Figures, not a test."""
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, "..", ".."))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(SRC, "build",
                                                         "briefcast")
ESSAY = os.path.join(SRC, "samples", "long-essay.md")


def timed(args):
    """Run the binary; wall seconds, peak RSS in MB of that process, its
    stdout, and its CPU seconds (user + system; on a shared machine wall
    time also counts the other jobs)."""
    t0 = time.monotonic()
    p = subprocess.Popen([BIN] + args, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    out = p.stdout.read()
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("bench_video: %s failed: %s" % (" ".join(args),
                                                  err.decode()))
    timed.cpu = ru.ru_utime + ru.ru_stime
    return wall, ru.ru_maxrss / 1024.0, out


def main():
    base = tempfile.mkdtemp(prefix="bc-bench-video-")
    print("video: 1280x720, H.264 (libx264 veryfast, crf 20, a frame every "
          "2 s) + AAC 48 kbit/s (fast coder) + mov_text")
    print("%8s %8s %9s %8s %8s %9s %9s %8s" % (
        "minutes", "video_s", "encode_s", "cpu_s", "x_real", "MB", "MB/min",
        "peak_MB"))
    for m in (1, 5, 10):
        d = os.path.join(base, "m%d" % m)
        timed(["-q", "run", ESSAY, "-o", d, "--minutes", str(m), "--no-video",
               "--no-pdf", "--no-mp3"])
        best = None
        for _ in range(3):
            wall, rss, out = timed(["--json", "video",
                                    os.path.join(d, "summary.json"),
                                    "--from", d, "-o",
                                    os.path.join(d, "video.mp4")])
            st = json.loads(out)
            if best is None or wall < best[0]:
                best = (wall, rss, st, timed.cpu)
        wall, rss, st, cpu = best
        secs = st["seconds"]
        print("%8d %8.1f %9.2f %8.2f %8.0f %9.2f %9.2f %8.0f" %
              (m, secs, wall, cpu, secs / wall, st["bytes"] / 1e6,
               st["bytes"] / 1e6 / (secs / 60), rss))
    print("targets: a 5-minute video in at most 10 s (>= 30x real time), "
          "peak under 200 MB, under 1 MB per minute at 720p")

    runs = {}
    for label, extra in (("without video", ["--no-video"]), ("with video", [])):
        best = None
        for i in range(2):
            d = os.path.join(base, "run-%s-%d" % (label.split()[0], i))
            wall, rss, _ = timed(["-q", "run", ESSAY, "-o", d] + extra)
            best = wall if best is None else min(best, wall)
        runs[label] = best
    print("run on the 5,000-word sample: %.2f s without video, %.2f s with "
          "(target: under 15 s)" % (runs["without video"],
                                    runs["with video"]))
    print("load average while measuring: %.1f (2 shared cores)" %
          os.getloadavg()[0])


if __name__ == "__main__":
    main()
