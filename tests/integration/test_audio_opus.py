"""test_audio_opus.py - narration.opus (--opus) through the real binary,
checked with tools independent of briefcast's code: a Python Ogg reader
(page CRCs, OpusHead, OpusTags, the end granule), opusinfo, and opusdec
decoding back to PCM, which is compared with narration.wav for length and
loudness envelope.  Also: no .opus without --opus, and an output that
cannot be written gives exit 13 and leaves no temporary file."""
import json
import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import wave

sys.path.insert(0, os.path.dirname(__file__))
from bclib import SRC, check, run  # noqa: E402

SPAN = {"start": 0, "end": 10}


def summary():
    return {
        "schema": "briefcast.summary/1",
        "title": "Caf\u00e9 Caches = Faster Pages",
        "source": {"title": "Caf\u00e9 Caches", "author": "Ada Lovelace",
                   "date": "2019-07-20", "url": "https://example.com/cache",
                   "sha256": "ab" * 32},
        "provider": "local",
        "tldr": "Caching cut page load times by half between 2017 and 2019.",
        "key_points": [
            {"text": "The team moved to a CDN in 2018 and latency fell by "
                     "half.", "evidence": []},
            {"text": "Cache misses now cost less than a tenth of a second.",
             "evidence": []}],
        "sections": [
            {"heading": "Before the cache", "summary": "Every page was "
             "rendered on request. Pages took three seconds to load.",
             "span": SPAN},
            {"heading": "The migration", "summary": "The migration took one "
             "summer. Two engineers did the work.", "span": SPAN}],
        "timeline": [], "glossary": [], "quotes": [], "slides": [],
        "narration": [
            {"speaker": "narrator", "text": "This is a briefcast of Cafe "
             "Caches. Caching cut page load times by half."},
            {"speaker": "guest", "text": "Thanks for listening."}],
    }


# --- an Ogg reader (RFC 3533) -------------------------------------------------
def _crc_table():
    t = []
    for i in range(256):
        r = i << 24
        for _ in range(8):
            r = ((r << 1) ^ 0x04C11DB7) if r & 0x80000000 else r << 1
        t.append(r & 0xFFFFFFFF)
    return t


CRC = _crc_table()


def ogg_crc(data):
    c = 0
    for b in data:
        c = ((c << 8) ^ CRC[((c >> 24) ^ b) & 0xFF]) & 0xFFFFFFFF
    return c


def ogg_read(path):
    """Pages (flags, granule, serial) and the packets of the one stream;
    every page's CRC is checked."""
    with open(path, "rb") as f:
        data = f.read()
    pages, packets, cur, p = [], [], b"", 0
    while p < len(data):
        check(data[p:p + 4] == b"OggS", "no Ogg page at byte %d" % p)
        ver, flags, granule, serial, seq, crc, nseg = struct.unpack(
            "<BBqIIIB", data[p + 4:p + 27])
        check(ver == 0, "Ogg version %d" % ver)
        lace = data[p + 27:p + 27 + nseg]
        size = 27 + nseg + sum(lace)
        page = bytearray(data[p:p + size])
        page[22:26] = b"\0\0\0\0"
        check(ogg_crc(page) == crc, "bad CRC on Ogg page %d" % seq)
        body, q = data[p + 27 + nseg:p + size], 0
        for n in lace:
            cur += body[q:q + n]
            q += n
            if n < 255:
                packets.append(cur)
                cur = b""
        pages.append((flags, granule, serial))
        p += size
    check(len({s for _, _, s in pages}) == 1, "more than one logical stream")
    check(pages[0][0] & 2 and pages[-1][0] & 4, "no BOS/EOS page")
    return pages, packets


def opus_info(path):
    """(pre-skip, input rate, seconds, comments) of an Ogg Opus file."""
    pages, packets = ogg_read(path)
    head, tags = packets[0], packets[1]
    check(head[:8] == b"OpusHead" and head[8] == 1, "no OpusHead")
    check(head[9] == 1, "%d channels, expected mono" % head[9])
    preskip, rate = struct.unpack("<HI", head[10:16])
    check(tags[:8] == b"OpusTags", "no OpusTags")
    vlen = struct.unpack("<I", tags[8:12])[0]
    q = 12 + vlen
    n = struct.unpack("<I", tags[q:q + 4])[0]
    q += 4
    comments = []
    for _ in range(n):
        k = struct.unpack("<I", tags[q:q + 4])[0]
        key, _, val = tags[q + 4:q + 4 + k].decode("utf-8").partition("=")
        comments.append((key.upper(), val))
        q += 4 + k
    seconds = (pages[-1][1] - preskip) / 48000
    return preskip, rate, seconds, comments


def read_wav(path):
    with wave.open(path, "rb") as w:
        rate, n = w.getframerate(), w.getnframes()
        check(w.getnchannels() == 1 and w.getsampwidth() == 2, path)
        return rate, struct.unpack("<%dh" % n, w.readframes(n))


def envelope(pcm, rate):
    """RMS of each 50 ms block."""
    b = rate // 20
    return [math.sqrt(sum(v * v for v in pcm[i:i + b]) / b)
            for i in range(0, len(pcm) - b + 1, b)]


def check_opus(out, chapters_expected=None):
    """Everything a listener's tools see in out/narration.opus; returns its
    comments as a dict (chapters removed) and the chapter list."""
    opus = os.path.join(out, "narration.opus")
    rate, pcm = read_wav(os.path.join(out, "narration.wav"))
    wav_secs = len(pcm) / rate
    preskip, in_rate, secs, comments = opus_info(opus)
    check(in_rate == rate, "OpusHead input rate %d, WAV %d" % (in_rate, rate))
    check(preskip > 0, "no pre-skip")
    check(abs(secs - wav_secs) <= 0.05, "Opus granule says %.3f s, WAV is "
          "%.3f s" % (secs, wav_secs))
    # opusinfo reads the whole stream and complains about anything odd
    r = subprocess.run(["opusinfo", opus], capture_output=True, text=True)
    check(r.returncode == 0 and "WARNING" not in r.stdout + r.stderr and
          "ERROR" not in r.stdout + r.stderr, "opusinfo: %s" % r.stdout)
    check("Channels: 1" in r.stdout, "opusinfo: not mono")
    # decoded (pre-skip removed by opusdec) at the WAV's rate: the same
    # length within 50 ms and the same speech, block by block
    dec = os.path.join(out, "decoded.wav")
    r = subprocess.run(["opusdec", "--quiet", "--rate", str(rate), opus, dec],
                       capture_output=True, text=True)
    check(r.returncode == 0, "opusdec failed: %s" % r.stderr)
    drate, dpcm = read_wav(dec)
    os.remove(dec)
    check(drate == rate, "opusdec rate %d" % drate)
    check(abs(len(dpcm) / rate - wav_secs) <= 0.05, "decoded %.3f s, WAV "
          "%.3f s" % (len(dpcm) / rate, wav_secs))
    a, b = envelope(pcm, rate), envelope(dpcm, rate)
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    corr = cov / math.sqrt(sum((x - ma) ** 2 for x in a) *
                           sum((y - mb) ** 2 for y in b))
    check(corr > 0.95, "decoded speech envelope differs (r=%.3f)" % corr)
    lev = 20 * math.log10(math.sqrt(sum(v * v for v in b) / n) /
                          math.sqrt(sum(v * v for v in a) / n))
    check(abs(lev) < 1.0, "decoded level differs by %.2f dB" % lev)
    # chapters: CHAPTERxxx=HH:MM:SS.mmm and CHAPTERxxxNAME, numbered from 001
    tags, chap = {}, {}
    for k, v in comments:
        if k.startswith("CHAPTER"):
            chap[k] = v
        else:
            check(k not in tags, "comment %s twice" % k)
            tags[k] = v
    got = []
    for i in range(1, len(chap) // 2 + 1):
        t = chap.get("CHAPTER%03d" % i)
        name = chap.get("CHAPTER%03dNAME" % i)
        check(t is not None and name is not None, "chapter %d incomplete" % i)
        h, m, s = t.split(":")
        check(len(s) == 6 and s[2] == ".", "chapter time %r" % t)
        got.append((int(h) * 3600 + int(m) * 60 + float(s), name))
    check(len(got) * 2 == len(chap), "stray chapter comments: %r" % chap)
    with open(os.path.join(out, "chapters.json")) as f:
        want = json.load(f)["chapters"]
    check(len(got) == len(want), "%d chapters in Opus, %d in chapters.json"
          % (len(got), len(want)))
    for (t, name), c in zip(got, want):
        check(abs(t - c["startTime"]) < 0.0015, "chapter %r at %.3f, JSON "
              "%.3f" % (name, t, c["startTime"]))
        check(name == c["title"], "chapter name %r, JSON %r" % (name,
                                                                 c["title"]))
    if chapters_expected is not None:
        check(len(got) >= chapters_expected, "%d chapters" % len(got))
    return tags, got


def main():
    tmp = tempfile.mkdtemp(prefix="bc-opus-it-")
    sj = os.path.join(tmp, "summary.json")
    with open(sj, "w", encoding="utf-8") as f:
        json.dump(summary(), f)

    # --- audio --opus: a deep-dive with one chapter per section ----------
    out = os.path.join(tmp, "ep1")
    r = run(["audio", sj, "-o", out, "--opus", "--style", "deep-dive",
             "--minutes", "0.75"])
    check(r.returncode == 0, "audio --opus failed: %s" % r.stderr.decode())
    tags, chapters = check_opus(out, chapters_expected=4)
    check(tags.get("TITLE") == "Caf\u00e9 Caches = Faster Pages",
          "TITLE %r" % tags.get("TITLE"))
    check(tags.get("ARTIST") == "Ada Lovelace", "ARTIST")
    check(tags.get("DATE") == "2019-07-20", "DATE")
    check(tags.get("ALBUM") == "briefcast", "ALBUM")
    check(tags.get("COMMENT") == "Source: https://example.com/cache",
          "COMMENT %r" % tags.get("COMMENT"))
    check(tags.get("URL") == "https://example.com/cache", "URL")
    check("The migration" in [n for _, n in chapters], "no section chapter")
    check(os.path.exists(os.path.join(out, "narration.mp3")),
          "--opus dropped the MP3")
    check(not [f for f in os.listdir(out) if ".tmp-" in f],
          "temporary files left behind")

    # --- without --opus: no .opus ---------------------------------------
    out2 = os.path.join(tmp, "ep2")
    r = run(["audio", sj, "-o", out2])
    check(r.returncode == 0, "audio failed: %s" % r.stderr.decode())
    check(os.path.exists(os.path.join(out2, "narration.mp3")), "no MP3")
    check(not os.path.exists(os.path.join(out2, "narration.opus")),
          "narration.opus written without --opus")

    # --- run --opus -------------------------------------------------------
    sample = os.path.join(SRC, "samples", "short-note.md")
    out3 = os.path.join(tmp, "run")
    r = run(["run", sample, "-o", out3, "--opus", "--no-pdf", "--no-slides"])
    check(r.returncode == 0, "run --opus failed: %s" % r.stderr.decode())
    tags, _ = check_opus(out3)
    with open(os.path.join(out3, "summary.json"), encoding="utf-8") as f:
        s = json.load(f)
    check(tags.get("TITLE") == s["title"], "run: TITLE %r" % tags.get("TITLE"))
    check(tags.get("ARTIST") == s["source"]["author"], "run: ARTIST")

    # --- narration.opus cannot be replaced (a folder in its place) ------
    out4 = os.path.join(tmp, "blocked")
    os.makedirs(os.path.join(out4, "narration.opus"))
    r = run(["audio", sj, "-o", out4, "--opus"])
    err = r.stderr.decode().strip()
    check(r.returncode == 13, "blocked narration.opus: exit %d (%s)" %
          (r.returncode, err))
    check(len(err.splitlines()) == 1 and "narration.opus" in err,
          "blocked narration.opus message: %r" % err)
    left = [f for f in os.listdir(out4) if ".tmp-" in f]
    check(not left, "temporary files left behind: %r" % left)
    check(not os.path.exists(os.path.join(out4, "narration.wav")),
          "narration.wav committed although the episode failed")

    # --- an output folder that cannot be created --------------------------
    blocker = os.path.join(tmp, "blocker")
    with open(blocker, "w") as f:
        f.write("a file where a folder is needed\n")
    r = run(["audio", sj, "-o", os.path.join(blocker, "out"), "--opus"])
    check(r.returncode == 13, "unwritable output: exit %d" % r.returncode)
    check(len(r.stderr.decode().strip().splitlines()) == 1,
          "unwritable output: more than one line")

    shutil.rmtree(tmp)
    print("ok")


main()
