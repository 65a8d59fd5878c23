"""test_audio_cli.py - the audio commands through the real binary, checked
with tools independent of briefcast's code: Python's wave module for the
header, a Python BS.1770 meter for loudness, sox (4x upsampled) for the true
peak, a Python ID3v2.4 reader for tags and chapters, and xml.etree for the
podcast feed."""
import json
import math
import os
import struct
import subprocess
import sys
import tempfile
import wave
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from bclib import BIN, run, check, fail  # noqa: E402

SPAN = {"start": 0, "end": 10}


def summary():
    return {
        "schema": "briefcast.summary/1",
        "title": "Cache Wars",
        "source": {"title": "Cache Wars", "author": "Ada Lovelace",
                   "date": "2019-07-20", "url": "https://example.com/cache",
                   "sha256": "ab" * 32},
        "provider": "local",
        "tldr": "Caching cut page load times by half between 2017 and 2019.",
        "key_points": [
            {"text": "The team moved to a CDN in Q1 2018 and latency fell "
                     "by 48%.", "evidence": []},
            {"text": "Cache misses now cost less than 120 ms at the 99th "
                     "percentile.", "evidence": []},
            {"text": "The AWS bill grew 12.5% while traffic doubled.",
             "evidence": []}],
        "sections": [
            {"heading": "Before the cache", "summary": "In 2016 every page "
             "was rendered on request. Pages took three seconds to load. The "
             "database was the bottleneck.", "span": SPAN},
            {"heading": "The migration", "summary": "The migration ran from "
             "06/14 to 09/30. Two engineers did the work. Nothing broke for "
             "users.", "span": SPAN},
            {"heading": "What it cost", "summary": "The CDN costs about "
             "$1.5M a year. The savings in servers were larger. The team "
             "calls it the best money they spent.", "span": SPAN}],
        "timeline": [{"date": "2018", "iso": "2018", "event": "The CDN went "
                      "live.", "span": SPAN}],
        "glossary": [{"term": "CDN", "definition": "Content Delivery Network",
                      "span": SPAN}],
        "quotes": [],
        "slides": [],
        "narration": [
            {"speaker": "narrator", "text": "This is a briefcast of Cache "
             "Wars, by Ada Lovelace. Caching cut page load times by half."},
            {"speaker": "guest", "text": "The team moved to a CDN in Q1 "
             "2018. Latency fell by 48%."},
            {"speaker": "narrator", "text": "Thanks for listening."}],
    }


def read_wav(path):
    with wave.open(path, "rb") as w:
        check(w.getnchannels() == 1, "%s: not mono" % path)
        check(w.getsampwidth() == 2, "%s: not 16-bit" % path)
        rate = w.getframerate()
        n = w.getnframes()
        data = w.readframes(n)
    return rate, list(struct.unpack("<%dh" % n, data))


def biquad(x, b, a):
    y = [0.0] * len(x)
    x1 = x2 = y1 = y2 = 0.0
    b0, b1, b2 = b
    a1, a2 = a
    for i, v in enumerate(x):
        o = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
        x2, x1, y2, y1 = x1, v, y1, o
        y[i] = o
    return y


def lufs(samples, rate):
    """ITU-R BS.1770-4 integrated loudness of a mono signal: K-weighting
    (shelf + high-pass designed for this rate), 400 ms blocks with 75%
    overlap, absolute gate -70 LUFS and relative gate -10 LU."""
    x = [s / 32768.0 for s in samples]
    # high shelf
    f0, G, Q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    K = math.tan(math.pi * f0 / rate)
    Vh, Vb = 10 ** (G / 20), (10 ** (G / 20)) ** 0.499666774155
    a0 = 1 + K / Q + K * K
    b = ((Vh + Vb * K / Q + K * K) / a0, 2 * (K * K - Vh) / a0,
         (Vh - Vb * K / Q + K * K) / a0)
    a = (2 * (K * K - 1) / a0, (1 - K / Q + K * K) / a0)
    x = biquad(x, b, a)
    # high pass
    f0, Q = 38.13547087602444, 0.5003270373238773
    K = math.tan(math.pi * f0 / rate)
    a0 = 1 + K / Q + K * K
    x = biquad(x, (1, -2, 1), (2 * (K * K - 1) / a0, (1 - K / Q + K * K) / a0))
    block, step = int(0.4 * rate), int(0.1 * rate)
    sq = [0.0]
    for v in x:
        sq.append(sq[-1] + v * v)
    z = [(sq[i + block] - sq[i]) / block
         for i in range(0, len(x) - block + 1, step)]
    z = [v for v in z if v > 0 and -0.691 + 10 * math.log10(v) > -70]
    if not z:
        return -math.inf
    rel = -0.691 + 10 * math.log10(sum(z) / len(z)) - 10
    z = [v for v in z if -0.691 + 10 * math.log10(v) > rel]
    return -0.691 + 10 * math.log10(sum(z) / len(z))


def true_peak_db(path):
    out = subprocess.run(["sox", path, "-r", str(4 * 22050), "-n", "stats"],
                         capture_output=True, text=True).stderr
    for line in out.splitlines():
        if line.startswith("Pk lev dB"):
            return float(line.split()[-1])
    fail("sox stats gave no peak for " + path)


def vtt_cues(path):
    def ts(t):
        h, m, s = t.split(":")
        return int(h) * 3600 + int(m) * 60 + float(s.replace(",", "."))
    cues = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if " --> " in line:
                a, b = line.strip().split(" --> ")
                cues.append((ts(a), ts(b)))
    return cues


def id3_frames(path):
    """Frames of an ID3v2.4 tag: list of (id, body); CHAP bodies decoded."""
    with open(path, "rb") as f:
        data = f.read()
    check(data[:3] == b"ID3" and data[3] == 4, "MP3 has no ID3v2.4 tag")
    size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9]
    p, end, frames = 10, 10 + size, []
    while p + 10 <= end and data[p:p + 4] != b"\0\0\0\0":
        fid = data[p:p + 4].decode()
        fs = (data[p + 4] << 21) | (data[p + 5] << 14) | (data[p + 6] << 7) \
            | data[p + 7]
        frames.append((fid, data[p + 10:p + 10 + fs]))
        p += 10 + fs
    # the audio starts right after the tag with an MPEG frame sync
    check(data[end] == 0xFF and (data[end + 1] & 0xE0) == 0xE0,
          "no MPEG frame after the ID3 tag")
    return frames


def text_of(body):
    check(body[0] == 3, "text frame not UTF-8")
    return body[1:].decode("utf-8")


def main():
    tmp = tempfile.mkdtemp(prefix="bc-audio-it-")
    sj = os.path.join(tmp, "summary.json")
    with open(sj, "w", encoding="utf-8") as f:
        json.dump(summary(), f)

    # --- the summary's own narration --------------------------------------
    out = os.path.join(tmp, "ep1")
    r = run(["--json", "audio", sj, "-o", out, "--voices", "rms,slt"])
    check(r.returncode == 0, "audio failed: %s" % r.stderr.decode())
    stats = json.loads(r.stdout)
    rate, pcm = read_wav(os.path.join(out, "narration.wav"))
    check(rate == 22050, "sample rate %d" % rate)
    secs = len(pcm) / rate
    check(abs(secs - stats["seconds"]) < 0.01, "stats seconds differ")
    wpm = stats["words"] / (secs / 60)
    check(100 <= wpm <= 220, "%.0f words per minute" % wpm)
    lu = lufs(pcm, rate)
    check(abs(lu + 16) <= 1.0, "integrated loudness %.2f LUFS" % lu)
    tp = true_peak_db(os.path.join(out, "narration.wav"))
    check(tp <= -1.0 + 0.1, "true peak %.2f dBTP" % tp)
    cues = vtt_cues(os.path.join(out, "transcript.vtt"))
    check(len(cues) == stats["cues"], "%d cues, stats %d" %
          (len(cues), stats["cues"]))
    # The turns as written, the first two the introduction and the sign-off
    # the outro, and between them a chapter for each part of the deck, in
    # the deck's order, each with a sentence of the summary's own.
    with open(os.path.join(out, "transcript.vtt"), encoding="utf-8") as f:
        said = [b.strip().split("\n", 2)[-1] for b in
                f.read().split("\n\n")[1:] if b.strip()]
    check(said[:4] == ["This is a briefcast of Cache Wars, by Ada Lovelace.",
                       "Caching cut page load times by half.",
                       "The team moved to a CDN in Q1 2018.",
                       "Latency fell by 48%."] and
          said[-1] == "Thanks for listening.", "transcript %r" % said)
    with open(os.path.join(out, "chapters.json")) as f:
        titles = [c["title"] for c in json.load(f)["chapters"]]
    heads = [x["heading"] for x in summary()["sections"]]
    # a glossary of one term is no chapter of its own: it goes with the key
    # points, as the deck shows it on their slide
    check(titles[0] == "Introduction" and titles[-1] == "Outro" and
          [t for t in titles if t in heads] == heads and
          "Timeline" in titles and "Glossary" not in titles,
          "chapters %r" % titles)
    for h in heads:
        k = said.index("Next: %s." % h)
        check(said[k + 1] in summary()["sections"][heads.index(h)]["summary"],
              "%s: %r" % (h, said[k + 1]))
    for i, (a, b) in enumerate(cues):
        check(b > a, "cue %d is empty" % i)
        check(i == 0 or a >= cues[i - 1][1], "cue %d overlaps" % i)
    check(abs(cues[-1][1] - secs) <= 0.05, "last cue ends at %.3f, audio at "
          "%.3f" % (cues[-1][1], secs))
    # silence between cues, sound within
    for i in range(1, len(cues)):
        a = int((cues[i - 1][1] + 0.03) * rate)
        b = int((cues[i][0] - 0.03) * rate)
        gap = pcm[a:b]
        check(len(gap) > 0.15 * rate, "gap %d too short" % i)
        rms = math.sqrt(sum(v * v for v in gap) / len(gap)) / 32768
        check(rms < 0.003, "gap %d is not silent (rms %.4f)" % (i, rms))
    check(len(vtt_cues(os.path.join(out, "transcript.srt"))) == len(cues),
          "SRT and VTT differ")
    with open(os.path.join(out, "chapters.json")) as f:
        chapters = json.load(f)
    check(chapters["version"] == "1.2.0" and
          chapters["chapters"][0]["startTime"] == 0, "chapters.json")

    frames = dict(id3_frames(os.path.join(out, "narration.mp3")))
    check(text_of(frames["TIT2"]) == "Cache Wars", "TIT2")
    check(text_of(frames["TPE1"]) == "Ada Lovelace", "TPE1")
    check(text_of(frames["TDRC"]) == "2019-07-20", "TDRC")
    check("TALB" in frames, "TALB")
    check(b"https://example.com/cache" in frames["COMM"], "COMM")

    # --- a deep-dive of 1.5 minutes: length, chapters in ID3 --------------
    out2 = os.path.join(tmp, "ep2")
    r = run(["--json", "audio", sj, "-o", out2, "--style", "deep-dive",
             "--minutes", "1.5"])
    check(r.returncode == 0, "deep-dive failed: %s" % r.stderr.decode())
    stats = json.loads(r.stdout)
    rate, pcm = read_wav(os.path.join(out2, "narration.wav"))
    secs = len(pcm) / rate
    check(abs(secs / 90 - 1) <= 0.15, "deep-dive is %.1f s, asked 90" % secs)
    check(stats["requested_seconds"] == 90, "requested not reported")
    with open(os.path.join(out2, "chapters.json")) as f:
        chapters = json.load(f)["chapters"]
    titles = [c["title"] for c in chapters]
    check(titles[0] == "Introduction" and titles[-1] == "Outro", str(titles))
    check("The migration" in titles, "no chapter per section: %s" % titles)
    vc = vtt_cues(os.path.join(out2, "chapters.vtt"))
    check(len(vc) == len(chapters), "chapters.vtt has %d cues" % len(vc))
    check(abs(vc[-1][1] - secs) <= 0.05, "chapters.vtt ends before the audio")
    check(all(abs(a - c["startTime"]) < 0.002 for (a, _), c in
              zip(vc, chapters)), "chapters.vtt times differ from JSON")
    starts = [c["startTime"] for c in chapters]
    check(starts == sorted(starts) and starts[-1] < secs, "chapter times")
    frames = id3_frames(os.path.join(out2, "narration.mp3"))
    chaps = [b for fid, b in frames if fid == "CHAP"]
    check(len(chaps) == len(chapters), "%d CHAP frames for %d chapters" %
          (len(chaps), len(chapters)))
    ctoc = [b for fid, b in frames if fid == "CTOC"]
    check(len(ctoc) == 1 and ctoc[0][:5] == b"toc\0\x03" and
          ctoc[0][5] == len(chapters), "CTOC")
    for body, c in zip(chaps, chapters):
        eid_end = body.index(b"\0")
        start_ms, end_ms = struct.unpack(">II", body[eid_end + 1:eid_end + 9])
        check(abs(start_ms / 1000 - c["startTime"]) < 0.002, "CHAP start")
        check(end_ms > start_ms, "CHAP end")
        check(c["title"].encode() in body, "CHAP title")

    # --- say --dry-run ------------------------------------------------------
    r = run(["say", "--dry-run", "--date", "2019-07-20",
             "AWS grew 120000+ on 06/14 in Q1 2018."])
    check(r.returncode == 0, "say --dry-run failed")
    got = r.stdout.decode().strip()
    check(got == "A W S grew more than one hundred twenty thousand on June "
          "fourteenth in the first quarter of twenty eighteen.",
          "dry-run said: " + got)
    wav = os.path.join(tmp, "say.wav")
    r = run(["say", "-o", wav, "--voice", "slt", "Hello from briefcast."])
    check(r.returncode == 0 and read_wav(wav)[1], "say wrote no audio")
    r = run(["say", "--voice", "nobody", "-o", wav, "x"])
    check(r.returncode == 2, "unknown voice: exit %d" % r.returncode)

    # --- speech in worker processes gives the very same episode -----------
    # kal16 adds no random noise, so one process and three must agree to
    # the byte on the audio and the captions.
    made = []
    for jobs in ("1", "3"):
        o = os.path.join(tmp, "jobs" + jobs)
        r = run(["--json", "audio", sj, "-o", o, "--voices", "kal16,kal16",
                 "--speech-jobs", jobs, "--no-mp3"])
        check(r.returncode == 0, "--speech-jobs %s failed: %s" %
              (jobs, r.stderr.decode()))
        workers = json.loads(r.stdout)["speech_workers"]
        check(workers == (0 if jobs == "1" else int(jobs)),
              "--speech-jobs %s used %d worker processes" % (jobs, workers))
        made.append([open(os.path.join(o, n), "rb").read()
                     for n in ("narration.wav", "transcript.vtt")])
    check(made[0][0] == made[1][0], "audio differs with 3 speech workers")
    check(made[0][1] == made[1][1], "captions differ with 3 speech workers")
    r = run(["audio", sj, "-o", out, "--speech-jobs", "0"])
    check(r.returncode == 2 and b"--speech-jobs" in r.stderr,
          "--speech-jobs 0: exit %d" % r.returncode)

    # --- progress on a terminal: sentences spoken, then the line erased ----
    import pty
    import re
    master, slave = pty.openpty()
    proc = subprocess.Popen([BIN, "audio", sj, "-o", os.path.join(tmp, "tty"),
                             "--no-mp3"], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO once the child has closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    check(proc.wait(timeout=300) == 0, "audio on a terminal failed")
    counts = [(int(a), int(b)) for a, b in
              re.findall(rb"speaking \((\d+)/(\d+)\)", shown)]
    check(len(counts) >= 2, "no progress shown: %r" % shown[:300])
    check([a for a, _ in counts] == sorted(a for a, _ in counts) and
          len({b for _, b in counts}) == 1 and counts[-1][0] <= counts[-1][1],
          "progress counts: %r" % counts)
    erased = shown.rfind(b"\r\033[K")
    check(shown.rfind(b"speaking (") < erased < shown.find(b"narration.wav"),
          "the progress line is not erased before the result")
    check(b"\033[" not in run(["audio", sj, "-o", os.path.join(tmp, "tty"),
                               "--no-mp3"]).stderr,
          "progress escapes written to a non-terminal")

    # --- errors -------------------------------------------------------------
    r = run(["audio", os.path.join(tmp, "missing.json"), "-o", out])
    check(r.returncode == 3, "missing summary: exit %d" % r.returncode)
    r = run(["audio", sj, "-o", out, "--style", "sonnet"])
    check(r.returncode == 2 and b"'sonnet'" in r.stderr, "bad style")
    bad = os.path.join(tmp, "bad.json")
    with open(bad, "w") as f:
        f.write('{"schema": "briefcast.summary/1"}')
    r = run(["audio", bad, "-o", out])
    check(r.returncode == 9, "bad summary: exit %d" % r.returncode)

    # --- podcast feed: each episode folder as `briefcast run` leaves it ---
    import shutil
    for ep in ("ep1", "ep2"):
        shutil.copy(sj, os.path.join(tmp, ep, "summary.json"))
    os.remove(sj)
    r = run(["feed", tmp, "--base-url", "https://pods.example.org/x y"])
    check(r.returncode == 0, "feed failed: %s" % r.stderr.decode())
    root = ET.parse(os.path.join(tmp, "feed.xml")).getroot()
    it = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
    check(root.tag == "rss" and root.get("version") == "2.0", "not RSS 2.0")
    ch = root.find("channel")
    for tag in ("title", "link", "description", "language"):
        check(ch.find(tag) is not None and ch.find(tag).text, "channel " + tag)
    for tag in ("author", "explicit"):
        check(ch.find(it + tag) is not None, "channel itunes:" + tag)
    check(ch.find(it + "category") is not None, "itunes:category")
    items = ch.findall("item")
    check(len(items) == 2, "%d items" % len(items))
    guids = set()
    for item in items:
        check(item.find("title").text == "Cache Wars", "item title")
        enc = item.find("enclosure")
        url = enc.get("url")
        check(url.startswith("https://pods.example.org/x%20y/ep"), url)
        local = os.path.join(tmp, url.split("/")[-2], "narration.mp3")
        check(int(enc.get("length")) == os.path.getsize(local),
              "enclosure length")
        check(enc.get("type") == "audio/mpeg", "enclosure type")
        check(item.find("pubDate").text == "Sat, 20 Jul 2019 00:00:00 +0000",
              "pubDate " + item.find("pubDate").text)
        d = item.find(it + "duration").text
        h, m, s = map(int, d.split(":"))
        wav_secs = len(read_wav(local[:-4] + ".wav")[1]) / 22050
        check(abs(h * 3600 + m * 60 + s - wav_secs) <= 1, "duration " + d)
        guids.add(item.find("guid").text)
    check(len(guids) == 1, "guid is the source digest")  # same source twice
    empty = tempfile.mkdtemp(prefix="bc-feed-empty-")
    r = run(["feed", empty])
    check(r.returncode == 5, "empty feed: exit %d" % r.returncode)
    subprocess.run(["rm", "-rf", tmp, empty])
    print("ok")


main()
