"""test_video.py - video.mp4 through the real binary, read back the way a
user's tools would: ffprobe for streams, duration, chapters and metadata;
ffmpeg for the captions (as WebVTT) and for the frame at each chapter's
midpoint, which must be the slide of that chapter as poppler draws it alone
(pdftocairo, PSNR >= 30 dB, and closer to it than to any other page).
pdftoppm's rendering of the same page is measured and printed too: its
rasterizer (Splash) places glyphs on whole pixels, cairo does not, which
alone costs about 28 dB on a text slide, whatever the video does."""
import json
import os
import re
import subprocess
import sys
import wave

sys.path.insert(0, os.path.dirname(__file__))
from bclib import SRC, chapters_follow_deck, check, pages_text, run, \
    tmpdir  # noqa: E402

SAMPLE = os.path.join(SRC, "samples", "long-essay.md")
TOL = 0.05


def probe(path):
    r = subprocess.run(["ffprobe", "-v", "error", "-of", "json", "-show_format",
                        "-show_streams", "-show_chapters", path],
                       capture_output=True, text=True)
    check(r.returncode == 0, "ffprobe %s: %s" % (path, r.stderr))
    return json.loads(r.stdout)


def wav_seconds(path):
    with wave.open(path, "rb") as w:
        return w.getnframes() / w.getframerate()


def frame_times(video):
    """The presentation times of the video's frames, in order."""
    r = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v:0",
                        "-show_entries", "frame=pts_time", "-of",
                        "default=nw=1:nk=1", video], capture_output=True,
                       text=True)
    check(r.returncode == 0, "ffprobe frames of %s: %s" % (video, r.stderr))
    return [float(x) for x in r.stdout.split()]


def frame_at(video, t, png, times=None):
    """The picture on screen at t: the last frame shown at or before t (a
    still slide is one frame held for its duration; ffmpeg's own -ss would
    skip to the first frame that starts after t)."""
    times = times if times is not None else frame_times(video)
    n = max(i for i, x in enumerate(times) if x <= t + 1e-6)
    r = subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", video, "-vf",
                        "select=eq(n\\,%d)" % n, "-frames:v", "1", "-vsync",
                        "0", png], capture_output=True)
    check(r.returncode == 0 and os.path.exists(png),
          "cannot extract the frame at %.3f s: %s" % (t, r.stderr))


def psnr(a, b):
    r = subprocess.run(["ffmpeg", "-v", "info", "-i", a, "-i", b, "-lavfi",
                        "psnr", "-f", "null", "-"], capture_output=True,
                       text=True)
    m = re.search(r"average:(inf|[0-9.]+)", r.stderr)
    check(m, "no PSNR for %s vs %s: %s" % (a, b, r.stderr[-300:]))
    return 99.0 if m.group(1) == "inf" else float(m.group(1))


def psnr_band(a, b, top, bottom):
    """PSNR of the rows between top and bottom (fractions of the height)."""
    crop = "crop=iw:ih*%.3f:0:ih*%.3f" % (bottom - top, top)
    r = subprocess.run(["ffmpeg", "-v", "info", "-i", a, "-i", b, "-lavfi",
                        "[0]%s[x];[1]%s[y];[x][y]psnr" % (crop, crop), "-f",
                        "null", "-"], capture_output=True, text=True)
    m = re.search(r"average:(inf|[0-9.]+)", r.stderr)
    check(m, "no PSNR for %s vs %s: %s" % (a, b, r.stderr[-300:]))
    return 99.0 if m.group(1) == "inf" else float(m.group(1))


def check_burnt(out, video, label):
    """At a cue's midpoint the frame is its slide with the cue's caption
    drawn in: the same as the slide alone above the bottom band, unlike it
    in the band."""
    cues = vtt_cues(os.path.join(out, "transcript.vtt"))
    with open(os.path.join(out, "chapters.json")) as f:
        chapters = json.load(f)["chapters"]
    pdf = os.path.join(out, "slides.pdf")
    texts = pages_text(pdf)
    d = os.path.join(out, "burnt")
    os.mkdir(d)
    cairo, _ = render_pages(pdf, 1280, 720, d)
    times = frame_times(video)
    tried = 0
    for start, end, text in cues:
        t = (start + end) / 2
        # the chapter it falls in, and that chapter's single page
        i = max(k for k, c in enumerate(chapters) if c["startTime"] <= t)
        page = expected_page(i, chapters[i]["title"], texts)
        if page is None or pages_of(page, texts, chapters[i]["title"]) != 1 \
                or end - start < 1.0:
            continue
        png = os.path.join(d, "cue-%d.png" % tried)
        frame_at(video, t, png, times)
        above = psnr_band(png, cairo[page], 0.0, 0.70)
        band = psnr_band(png, cairo[page], 0.80, 1.0)
        check(above >= 30, "%s: caption %r at %.2f s: the slide above the "
              "captions differs (%.1f dB)" % (label, text[:40], t, above))
        check(band < 20, "%s: caption %r at %.2f s: no caption drawn in the "
              "bottom band (%.1f dB against the slide alone)" %
              (label, text[:40], t, band))
        tried += 1
        if tried == 3:
            break
    check(tried, "%s: no cue to check" % label)
    print("%s: %d captions burnt in, the slide intact above them" %
          (label, tried))


def render_pages(pdf, w, h, d):
    """Each page drawn alone, by poppler's cairo and by its Splash backend."""
    subprocess.run(["pdftocairo", "-png", "-scale-to-x", str(w), "-scale-to-y",
                    str(h), pdf, os.path.join(d, "cairo")], check=True,
                   capture_output=True)
    subprocess.run(["pdftoppm", "-png", "-scale-to-x", str(w), "-scale-to-y",
                    str(h), pdf, os.path.join(d, "splash")], check=True,
                   capture_output=True)
    cairo = sorted(f for f in os.listdir(d) if f.startswith("cairo-"))
    splash = sorted(f for f in os.listdir(d) if f.startswith("splash-"))
    return ([os.path.join(d, f) for f in cairo],
            [os.path.join(d, f) for f in splash])


CHECKED = "what was checked"


def expected_page(i, title, texts, after=1):
    """The page chapter i shows first: the title slide for the first, the
    closing part ("What was checked", its counts then its findings) for an
    outro (the title slide again when a clean check has none), else the first page from `after` on (the page after the previous
    chapter's part: two parts may share a title) whose text opens with the
    chapter's title (None: a title card)."""
    if i == 0:
        return 0
    if title == "Outro" and not texts[-1].lower().startswith(CHECKED):
        return 0  # a clean check has no slide: the title slide again
    want = CHECKED if title == "Outro" else \
        re.sub(r"\s+", " ", title).strip().lower()
    for p in range(after, len(texts)):
        if texts[p].lower().startswith(want):
            return p
    return None


def pages_of(first, texts, title):
    """How many pages the part opening at `first` holds: the closing part's
    pages, or a part's pages numbered "(k/n)"."""
    if first == 0:
        return 1
    if title == "Outro":
        n = 1
        while first + n < len(texts) and \
                texts[first + n].lower().startswith(CHECKED):
            n += 1
        return n
    numbered = re.escape(re.sub(r"\s+", " ", title).strip().lower()) + \
        r" \(\d+/\d+\)"
    if not re.match(numbered, texts[first].lower()):
        return 1
    n = 1
    while first + n < len(texts) and re.match(numbered,
                                              texts[first + n].lower()):
        n += 1
    return n


def check_video(out, label, size=(1280, 720), frames=True):
    video = os.path.join(out, "video.mp4")
    check(os.path.exists(video), "%s: no video.mp4" % label)
    info = probe(video)
    streams = {s["codec_type"] + ":" + s["codec_name"]: s
               for s in info["streams"]}
    for want in ("video:h264", "audio:aac", "subtitle:mov_text"):
        check(want in streams, "%s: no %s stream: %s" % (label, want,
                                                        list(streams)))
    v = streams["video:h264"]
    check((v["width"], v["height"]) == size, "%s: size %sx%s" %
          (label, v["width"], v["height"]))
    check(v.get("pix_fmt") == "yuv420p", "%s: pix_fmt %s" % (label,
                                                            v.get("pix_fmt")))
    # faststart: the index (moov) comes before the media (mdat)
    with open(video, "rb") as f:
        head = f.read(1 << 16)
    check(0 <= head.find(b"moov") < head.find(b"mdat") or
          (head.find(b"moov") >= 0 and head.find(b"mdat") < 0),
          "%s: moov is not before mdat (no faststart)" % label)

    secs = wav_seconds(os.path.join(out, "narration.wav"))
    dur = float(info["format"]["duration"])
    check(abs(dur - secs) <= TOL, "%s: video %.3f s, narration %.3f s" %
          (label, dur, secs))
    for key in ("video:h264", "audio:aac"):
        d = float(streams[key]["duration"])
        check(abs(d - secs) <= TOL, "%s: %s lasts %.3f s, narration %.3f s" %
              (label, key, d, secs))

    with open(os.path.join(out, "chapters.json")) as f:
        chapters = json.load(f)["chapters"]
    got = info["chapters"]
    check(len(got) == len(chapters), "%s: %d chapters in the MP4, %d in "
          "chapters.json" % (label, len(got), len(chapters)))
    for i, (a, b) in enumerate(zip(got, chapters)):
        check(abs(float(a["start_time"]) - b["startTime"]) <= TOL,
              "%s: chapter %d starts at %s, chapters.json %s" %
              (label, i + 1, a["start_time"], b["startTime"]))
        check(a["tags"].get("title") == b["title"], "%s: chapter %d is %r, "
              "chapters.json %r" % (label, i + 1, a["tags"].get("title"),
                                    b["title"]))
    check(abs(float(got[-1]["end_time"]) - secs) <= TOL,
          "%s: the last chapter ends at %s" % (label, got[-1]["end_time"]))

    with open(os.path.join(out, "summary.json")) as f:
        summary = json.load(f)
    tags = info["format"].get("tags", {})
    src = summary["source"]
    for key, want in (("title", summary["title"] or src["title"]),
                      ("artist", src["author"]), ("date", src["date"]),
                      ("comment", src["url"])):
        if want:
            check(tags.get(key) == want, "%s: metadata %s is %r, not %r" %
                  (label, key, tags.get(key), want))

    # The captions, as a player shows them, are the transcript's cues.
    r = subprocess.run(["ffmpeg", "-v", "error", "-i", video, "-map", "0:s:0",
                        "-f", "webvtt", "-"], capture_output=True)
    check(r.returncode == 0, "%s: cannot read the captions: %s" %
          (label, r.stderr))
    vtt = os.path.join(out, "captions-readback.vtt")
    with open(vtt, "wb") as f:
        f.write(r.stdout)
    mine = vtt_cues(vtt)
    os.unlink(vtt)
    want = vtt_cues(os.path.join(out, "transcript.vtt"))
    check(len(mine) == len(want), "%s: %d captions, transcript %d" %
          (label, len(mine), len(want)))
    for a, b in zip(mine, want):
        check(a[2] == b[2], "%s: caption %r, transcript %r" % (label, a[2],
                                                               b[2]))
        check(abs(a[0] - b[0]) <= TOL and abs(a[1] - b[1]) <= TOL,
              "%s: caption %r at %s, transcript %s" % (label, a[2], a[:2],
                                                       b[:2]))
    if not frames:
        return chapters

    # The frame at each chapter's midpoint is that chapter's slide.
    d = os.path.join(out, "frames")
    os.mkdir(d)
    pdf = os.path.join(out, "slides.pdf")
    texts = pages_text(pdf)
    cairo, splash = render_pages(pdf, size[0], size[1], d)
    check(len(cairo) == len(texts), "%s: %d pages drawn, %d in the deck" %
          (label, len(cairo), len(texts)))
    worst, worst_splash = 99.0, 99.0
    times = frame_times(video)
    after = 1
    for i, c in enumerate(chapters):
        start = c["startTime"]
        end = chapters[i + 1]["startTime"] if i + 1 < len(chapters) else secs
        page = expected_page(i, c["title"], texts, after)
        check(page is not None, "%s: chapter %d (%r) has no slide of its "
              "own" % (label, i + 1, c["title"]))
        k = pages_of(page, texts, c["title"])
        after = page + k
        t = start + (end - start) / (2 * k)
        png = os.path.join(d, "frame-%02d.png" % i)
        frame_at(video, t, png, times)
        # against its page and the pages beside it
        near = {page - 1, page, page + 1}
        scores = {j: psnr(png, cairo[j]) for j in near if 0 <= j < len(cairo)}
        best = max(scores, key=lambda j: scores[j])
        check(scores[page] >= 30, "%s: chapter %d (%r) at %.2f s: PSNR %.1f dB "
              "against page %d" % (label, i + 1, c["title"], t, scores[page],
                                   page + 1))
        check(best == page or scores[best] - scores[page] < 0.5,
              "%s: chapter %d (%r) shows page %d, not page %d" %
              (label, i + 1, c["title"], best + 1, page + 1))
        worst = min(worst, scores[page])
        worst_splash = min(worst_splash, psnr(png, splash[page]))
    print("%s: %d chapters, each on its slide; PSNR at least %.1f dB against "
          "pdftocairo, %.1f dB against pdftoppm" % (label, len(chapters),
                                                     worst, worst_splash))
    return chapters


def vtt_cues(path):
    """(start, end, text) of each cue; a cue's lines joined by spaces."""
    def secs(t):
        parts = t.split(":")
        return sum(float(x) * 60 ** i for i, x in enumerate(reversed(parts)))
    with open(path, encoding="utf-8") as f:
        blocks = f.read().replace("\r\n", "\n").split("\n\n")
    cues = []
    for b in blocks:
        lines = b.strip("\n").split("\n")
        for i, line in enumerate(lines):
            m = re.match(r"(\S+) --> (\S+)", line)
            if m:
                cues.append((secs(m.group(1)), secs(m.group(2)),
                             " ".join(lines[i + 1:])))
                break
    return cues


def leftovers(d):
    return [f for f in os.listdir(d) if ".tmp-" in f or
            f.startswith(".briefcast-video-")]


def main():
    base = tmpdir()

    # --- run, the summary's own narration: chapter N is slide N of the
    # deck and of the video (each --style: test_video_styles.py) ----------
    out = os.path.join(base, "run")
    r = run(["run", SAMPLE, "-o", out])
    check(r.returncode == 0, "run: %s" % r.stderr.decode())
    chapters = check_video(out, "run")
    chapters_follow_deck(out, "run")
    check(not leftovers(out), "left behind: %s" % leftovers(out))

    # --- the video command, from a run's folder and rendered afresh ------
    sj = os.path.join(out, "summary.json")
    v = os.path.join(base, "small.mp4")
    r = run(["--json", "video", sj, "--from", out, "-o", v,
             "--video-size", "640x360"])
    check(r.returncode == 0, "video --from: %s" % r.stderr.decode())
    st = json.loads(r.stdout)
    check(st["output"] == v and st["chapters"] == len(chapters) and
          st["frames"] > 0 and st["bytes"] == os.path.getsize(v),
          "video --json: %r" % st)
    s = [x for x in probe(v)["streams"] if x["codec_type"] == "video"][0]
    check((s["width"], s["height"]) == (640, 360), "--video-size: %r" % s)

    # --burn-captions: the captions drawn into the picture as well
    vb = os.path.join(out, "burnt.mp4")
    r = run(["video", sj, "--from", out, "-o", vb, "--burn-captions"])
    check(r.returncode == 0, "video --burn-captions: %s" % r.stderr.decode())
    check_burnt(out, vb, "burn")
    check(len([x for x in probe(vb)["streams"]
               if x["codec_type"] == "subtitle"]) == 1,
          "--burn-captions: the soft captions are gone")
    for cmd in ("run", "video"):
        h = run([cmd, "--help"]).stdout.decode()
        check("--burn-captions" in h, "%s --help: no --burn-captions" % cmd)

    v2 = os.path.join(base, "fresh", "episode.mp4")
    os.mkdir(os.path.dirname(v2))
    r = run(["video", sj, "-o", v2, "--report", os.path.join(out, "report.json"),
             "--theme", "dark"])
    check(r.returncode == 0 and os.path.getsize(v2) > 0,
          "video: %s" % r.stderr.decode())
    check(os.listdir(os.path.dirname(v2)) == ["episode.mp4"],
          "video left behind: %s" % os.listdir(os.path.dirname(v2)))
    dur = float(probe(v2)["format"]["duration"])
    check(abs(dur - wav_seconds(os.path.join(out, "narration.wav"))) < 2.0,
          "video afresh lasts %.2f s" % dur)

    # --- errors: one line, documented exit codes, nothing half-written ---
    for args, code, what in (
            (["video", sj, "-o", v, "--video-size", "641x360"], 2, "odd size"),
            (["video", sj, "-o", v, "--video-size", "big"], 2, "bad size"),
            (["video", sj, "-o", "-"], 2, "standard output"),
            (["video", sj, "--from", os.path.join(base, "nowhere"), "-o", v],
             3, "missing --from"),
            (["video", os.path.join(base, "none.json"), "-o", v], 3,
             "missing summary"),
            (["video", sj, "-o", os.path.join(base, "no", "dir", "v.mp4")],
             13, "unwritable output")):
        r = run(args)
        err = r.stderr.decode()
        check(r.returncode == code, "%s: exit %d, not %d (%s)" %
              (what, r.returncode, code, err))
        check(err.count("\n") == 1 and err.startswith("briefcast: "),
              "%s: not one line: %r" % (what, err))
    link = os.path.join(base, "link.mp4")
    os.symlink(os.path.join(base, "target"), link)
    r = run(["video", sj, "--from", out, "-o", link])
    check(r.returncode == 13 and not os.path.exists(os.path.join(base,
                                                                 "target")),
          "symlink target: exit %d %s" % (r.returncode, r.stderr.decode()))
    check(not leftovers(base), "left behind: %s" % leftovers(base))

    # --- --no-video --------------------------------------------------------
    out3 = os.path.join(base, "novideo")
    r = run(["run", SAMPLE, "-o", out3, "--no-video", "--no-mp3"])
    check(r.returncode == 0 and not os.path.exists(os.path.join(out3,
                                                                "video.mp4")),
          "--no-video: %s" % r.stderr.decode())
    print("ok")


if __name__ == "__main__":
    main()
