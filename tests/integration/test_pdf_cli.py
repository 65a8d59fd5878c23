#!/usr/bin/env python3
"""briefcast pdf / slides driven through the real binary, and the PDFs read
back the way a reader would: pdfinfo (pages, metadata), pdftotext (every key
point the page claims to show is there in full), pdftotext -bbox (no word
outside the margins, no two words overlapping) and pdftoppm (the regions the
brief should fill are not blank).  Summaries are built here, from a 100-word
note's to a 20,000-word essay's, plus one made by `briefcast summarize`."""
import json
import os
import re
import subprocess
import sys
import tempfile

BIN = os.path.abspath(os.environ["BRIEFCAST"])
SRC = os.environ.get("BC_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
FAILURES = []
VOCAB = ("reliability the team measured a recovery budget incident in 2024 objective "
         "services engineers of deployment latency on-call customers weekly error").split()


def check(cond, msg):
    if not cond:
        FAILURES.append(msg)
        print("FAIL:", msg)


def prose(n, seed):
    w = [VOCAB[(i * 7 + seed * 3 + i // 20) % len(VOCAB)] for i in range(n)]
    w[0] = w[0].capitalize()
    return " ".join(w) + "."


def span():
    return {"start": 0, "end": 1}


def summary(n_kp, kp_words, n_tl, n_gl, n_q, tldr_words, title="Error budgets in practice"):
    return {
        "schema": "briefcast.summary/1",
        "title": title,
        "source": {"title": title, "author": "Jane Müller", "date": "2025-09-10",
                   "url": "https://example.com/blog/error-budgets", "sha256": "ab" * 32},
        "provider": "local",
        "tldr": prose(tldr_words, 1),
        "key_points": [{"text": "KP%d: %s" % (i + 1, prose(kp_words + i % 5, i)),
                        "evidence": [{"start": 0, "end": 1, "quote": "E"}]} for i in range(n_kp)],
        "sections": [{"heading": "Section %d" % (i + 1), "summary": prose(30, i), "span": span()}
                     for i in range(3)],
        "timeline": [{"date": "30 May 2025", "iso": "2025-05-30", "event": "TL%d %s" % (i + 1, prose(12, i + 7)),
                      "span": span()} for i in range(n_tl)],
        "glossary": [{"term": "SLO%d" % (i + 1), "definition": "Service Level Objective", "span": span()}
                     for i in range(n_gl)],
        "quotes": [{"text": prose(18, i + 11), "speaker": "Jane Müller", "span": span()} for i in range(n_q)],
        "slides": [],
        "narration": [{"speaker": "narrator", "text": "Hello."}],
    }


REPORT = {
    "schema": "briefcast.validation/1", "verdict": "warn",
    "checked": {"evidence": 12, "dates": 5, "acronyms": 3, "numbers": 7, "names": 4},
    "counts": {"errors": 0, "warnings": 1, "info": 0, "repaired": 0},
    "findings": [{"kind": "number", "severity": "warning", "field": "tldr", "claim": "3",
                  "source_says": "4", "span": {"start": 0, "end": 1},
                  "message": "the source says 4"}],
}


def run(args, env=None, **kw):
    e = dict(os.environ)
    e.pop("SOURCE_DATE_EPOCH", None)
    if env:
        e.update(env)
    return subprocess.run([BIN] + args, capture_output=True, text=True, env=e, **kw)


def tool(args):
    out = subprocess.run(args, capture_output=True)
    # libharu 2.3.0 writes a ToUnicode CMap poppler warns about; harmless.
    return out.stdout


def text(pdf, *opts):
    return tool(["pdftotext"] + list(opts) + [pdf, "-"]).decode("utf-8")


def info(pdf):
    return tool(["pdfinfo", pdf]).decode("utf-8")


def pages(pdf):
    m = re.search(r"^Pages:\s+(\d+)", info(pdf), re.M)
    return int(m.group(1)) if m else -1


def squash(s):
    return re.sub(r"[\s\-]", "", s)


def boxes(pdf, first=None):
    opts = ["-bbox"] + (["-f", str(first), "-l", str(first)] if first else [])
    html = text(pdf, *opts)
    pages_ = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    out = []
    for w, h, body in pages_:
        words = [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', body)]
        out.append((float(w), float(h), words))
    return out


def check_geometry(pdf, name, mx, top, bottom, first=None):
    for w, h, words in boxes(pdf, first):
        check(words, "%s: no words on a page" % name)
        for x0, y0, x1, y1, t in words:
            if x0 < mx - 0.5 or x1 > w - mx + 0.5 or y0 < top - 0.5 or y1 > h - bottom + 0.5:
                check(False, "%s: word %r at (%.1f,%.1f)-(%.1f,%.1f) outside the margins" % (name, t, x0, y0, x1, y1))
                return
        ws = sorted(words, key=lambda b: b[1])
        for i, a in enumerate(ws):
            for b in ws[i + 1:]:
                if b[1] >= a[3] - 0.5:
                    break
                if min(a[2], b[2]) - max(a[0], b[0]) > 0.5 and min(a[3], b[3]) - max(a[1], b[1]) > 0.5:
                    check(False, "%s: words %r and %r overlap" % (name, a[4], b[4]))
                    return


def pgm(pdf, page=1):
    data = tool(["pdftoppm", "-gray", "-r", "30", "-f", str(page), "-l", str(page), "-singlefile", pdf])
    m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    w, h = int(m.group(1)), int(m.group(2))
    return w, h, data[m.end():]


def inked(img, top, bottom):
    w, h, px = img
    return sum(1 for v in px[int(top * h) * w:int(bottom * h) * w] if v < 200)


def left_out(sq, what):
    m = re.search(r"Tofitonepage,thesewereleftout:([^.]*)\.", sq)
    if not m:
        return 0
    m2 = re.search(r"(\d+)" + what, m.group(1))
    return int(m2.group(1)) if m2 else 0


def write(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False)


def test_brief_lengths(d):
    rep = os.path.join(d, "report.json")
    write(rep, REPORT)
    cases = [("100-word note", summary(1, 40, 0, 0, 0, 25)),
             ("typical", summary(6, 25, 5, 4, 2, 60)),
             ("long essay", summary(30, 35, 25, 20, 12, 150)),
             ("20,000-word essay", summary(400, 45, 300, 250, 150, 400))]
    for name, s in cases:
        src = os.path.join(d, "s.json")
        out = os.path.join(d, "brief.pdf")
        write(src, s)
        r = run(["pdf", src, "-o", out, "--report", rep])
        check(r.returncode == 0, "%s: exit %d: %s" % (name, r.returncode, r.stderr))
        if r.returncode:
            continue
        check(pages(out) == 1, "%s: %d pages" % (name, pages(out)))
        sq = squash(text(out))
        check(squash(s["title"]) in sq, "%s: title missing" % name)
        check("WARN" in sq and "1finding" in sq, "%s: checked panel missing" % name)
        shown = len(s["key_points"]) - left_out(sq, "keypoint")
        check(shown >= 1, "%s: no key point shown" % name)
        for i, kp in enumerate(s["key_points"]):
            present = squash(kp["text"]) in sq
            if i < shown:
                check(present, "%s: key point %d not shown in full" % (name, i + 1))
            else:
                check(not present, "%s: key point %d shown but counted as left out" % (name, i + 1))
        shown_tl = len(s["timeline"]) - left_out(sq, "timelineentr")
        for i, e in enumerate(s["timeline"]):
            check((squash(e["event"]) in sq) == (i < shown_tl),
                  "%s: timeline entry %d and the left-out count disagree" % (name, i + 1))
        check_geometry(out, name, 54, 40, 40)
    return out


def test_regions(d):
    src, out = os.path.join(d, "s.json"), os.path.join(d, "regions.pdf")
    write(src, summary(6, 25, 5, 4, 2, 60))
    check(run(["pdf", src, "-o", out]).returncode == 0, "regions: pdf failed")
    img = pgm(out)
    for top, bottom, what, least in [(0.05, 0.13, "title", 300), (0.14, 0.25, "tl;dr", 600),
                                     (0.25, 0.50, "key points", 1000), (0.55, 0.75, "timeline/glossary", 500),
                                     (0.88, 0.95, "checked panel", 200)]:
        n = inked(img, top, bottom)
        check(n >= least, "regions: %s band has %d inked pixels, expected >= %d" % (what, n, least))
    check(inked(img, 0.0, 0.03) == 0, "regions: top margin not blank")


def test_non_ascii(d):
    s = summary(2, 10, 1, 1, 1, 20)
    s["title"] = "Café — “naïve” ±3 € résumé"
    s["key_points"][0]["text"] = "Über-naïve déjà vu — “quoted” ±0.5% for €1.5M… ‘ok’"
    s["key_points"][1]["text"] = "Emoji 🙂 and \U0001D11E become visible"
    src, out = os.path.join(d, "u.json"), os.path.join(d, "utf8.pdf")
    write(src, s)
    r = run(["pdf", src, "-o", out])
    check(r.returncode == 0, "non-ascii: exit %d %s" % (r.returncode, r.stderr))
    t = text(out)
    for needle in (s["title"], s["key_points"][0]["text"], "Emoji \ufffd and \ufffd become visible"):
        check(needle in t, "non-ascii: %r not read back" % needle)
    check("Title:           Café — “naïve” ±3 € résumé" in info(out), "non-ascii: metadata title garbled")
    # A font lacking a character: DejaVuSans draws it, unless told not to.
    mono = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    s["key_points"][1]["text"] = "Ǻngström Ȣ kept"
    write(src, s)
    r = run(["pdf", src, "-o", out, "--font", mono])
    check(r.returncode == 0 and "Ǻngström Ȣ kept" in text(out), "fallback font: characters lost")
    r = run(["pdf", src, "-o", out, "--font", mono, "--fallback-font", ""])
    check(r.returncode == 0 and "\ufffdngström \ufffd kept" in text(out), "no fallback font: no visible replacement")


def test_japanese_run(d):
    # A Japanese note through `run`: DejaVu has no kana or kanji, so the
    # PDFs embed the CJK fallback face and the text reads back, not U+FFFD.
    src = os.path.join(d, "nikki.txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write("図書館の新しい閲覧室\n\n"
                "市立図書館は三月に新しい閲覧室を開きました。閲覧室には二百の席があり、"
                "毎日朝九時から夜八時まで使えます。利用者は事前の予約なしで席を選べます。\n\n"
                "館長によると、昨年の利用者は前年より二割増えました。"
                "新しい閲覧室は静かな環境を求める学生に人気があります。\n")
    out = os.path.join(d, "out")
    r = run(["run", src, "-o", out, "--no-audio", "--no-video"])
    check(r.returncode == 0, "japanese run: exit %d %s" % (r.returncode, r.stderr))
    for name in ("brief.pdf", "slides.pdf"):
        pdf = os.path.join(out, name)
        t = text(pdf) if os.path.exists(pdf) else ""
        check("図書館" in t and "\ufffd" not in t, "japanese %s: kanji not read back: %r" % (name, t[:200]))
        f = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout if t else ""
        check("DroidSansFallback" in f, "japanese %s: CJK fallback font not embedded: %s" % (name, f))


def test_reproducible_and_letter(d):
    src = os.path.join(d, "s.json")
    write(src, summary(5, 20, 3, 3, 1, 40))
    a, b = os.path.join(d, "a.pdf"), os.path.join(d, "b.pdf")
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    for p in (a, b):
        r = run(["pdf", src, "-o", p, "--paper", "letter"], env=env)
        check(r.returncode == 0, "reproducible: exit %d %s" % (r.returncode, r.stderr))
    with open(a, "rb") as fa, open(b, "rb") as fb:
        check(fa.read() == fb.read(), "reproducible: two renders differ with SOURCE_DATE_EPOCH set")
    i = info(a)
    check("Nov 14 22:13:20 2023 UTC" in i, "reproducible: creation date is not SOURCE_DATE_EPOCH")
    check("612 x 792 pts (letter)" in i, "letter: wrong page size")
    check("Creator:         briefcast" in i and "Author:          Jane Müller" in i, "metadata missing")
    check(pages(a) == 1, "letter: not one page")
    check_geometry(a, "letter", 54, 40, 40)
    with open(a, "rb") as f:
        check(b"/URI (https:\\057\\057example.com" in f.read(), "no link annotation to the source URL")


def test_slides(d):
    s = summary(14, 30, 9, 8, 0, 60)
    src, out = os.path.join(d, "s.json"), os.path.join(d, "slides.pdf")
    write(src, s)
    rep = os.path.join(d, "report.json")
    write(rep, REPORT)
    r = run(["slides", src, "-o", out, "--report", rep])
    check(r.returncode == 0, "slides: exit %d %s" % (r.returncode, r.stderr))
    n = pages(out)
    # title + >= 3 key point slides + 3 sections + 2 timeline + 2 glossary + checked
    check(n >= 12, "slides: only %d slides" % n)
    check("960 x 540 pts" in info(out), "slides: not 16:9")
    sq = squash(text(out))
    for kp in s["key_points"]:
        check(squash(kp["text"]) in sq, "slides: key point missing: %s" % kp["text"][:20])
    for p in range(1, n + 1):
        t = text(out, "-f", str(p), "-l", str(p))
        check("%d / %d" % (p, n) in t, "slides: slide %d has no number" % p)
        check(t.count("•") <= 6, "slides: slide %d has more than six bullets" % p)
    check("Whatwaschecked" in squash(text(out, "-f", str(n), "-l", str(n))), "slides: no closing slide")
    check_geometry(out, "slides", 64, 20, 10)
    with open(out, "rb") as f:
        check(f.read().count(b"/Dest ") == n, "slides: not one bookmark per slide")
    light = inked(pgm(out, 2), 0.3, 0.7)
    r = run(["slides", src, "-o", out, "--theme", "dark"])
    check(r.returncode == 0, "slides dark: exit %d" % r.returncode)
    dark = inked(pgm(out, 2), 0.3, 0.7)
    check(dark > 3 * light, "slides: dark theme is not dark (%d vs %d inked)" % (dark, light))


def test_from_real_summary(d):
    """A summary made by the real summarizer from the long sample."""
    sample = os.path.join(SRC, "samples", "long-essay.md")
    js, out = os.path.join(d, "real.json"), os.path.join(d, "real.pdf")
    r = run(["summarize", sample, "-o", js])
    check(r.returncode == 0, "summarize %s: exit %d %s" % (sample, r.returncode, r.stderr))
    if r.returncode:
        return
    r = run(["pdf", js, "-o", out])
    check(r.returncode == 0 and pages(out) == 1, "real summary: not one page (%s)" % r.stderr)
    with open(js, encoding="utf-8") as f:
        s = json.load(f)
    sq = squash(text(out))
    shown = len(s["key_points"]) - left_out(sq, "keypoint")
    for kp in s["key_points"][:shown]:
        check(squash(kp["text"]) in sq, "real summary: key point not in full: %s" % kp["text"][:30])
    check_geometry(out, "real summary", 54, 40, 40)
    r = run(["slides", js, "-o", os.path.join(d, "real-slides.pdf")])
    check(r.returncode == 0, "real summary slides: exit %d %s" % (r.returncode, r.stderr))


def test_errors(d):
    good = os.path.join(d, "good.json")
    write(good, summary(2, 10, 0, 0, 0, 10))
    bad_json = os.path.join(d, "bad.json")
    with open(bad_json, "w") as f:
        f.write("{not json")
    bad_schema = os.path.join(d, "schema.json")
    write(bad_schema, {"schema": "briefcast.summary/1", "title": 3})
    out = os.path.join(d, "err.pdf")
    cases = [
        (["pdf", os.path.join(d, "missing.json"), "-o", out], 3, "missing.json"),
        (["pdf", d, "-o", out], 4, d),
        (["pdf", bad_json, "-o", out], 9, "bad.json"),
        (["pdf", bad_schema, "-o", out], 9, "schema.json"),
        (["pdf", good, "-o", out, "--report", bad_json], 9, "bad.json"),
        (["pdf", good, "-o", "/nonexistent-dir/x.pdf"], 13, "/nonexistent-dir/x.pdf"),
        (["pdf", good, "-o", out, "--paper", "a3"], 2, "a3"),
        (["slides", good, "-o", out, "--theme", "pink"], 2, "pink"),
        (["pdf", good, "-o", out, "--font", "/nonexistent/F.ttf"], 3, "/nonexistent/F.ttf"),
        (["pdf", good], 2, None),  # SOURCE_DATE_EPOCH malformed, below
    ]
    for args, code, needle in cases:
        env = {"SOURCE_DATE_EPOCH": "yesterday"} if needle is None else None
        r = run(args, env=env, cwd=d)
        name = " ".join(args[:1] + args[2:])
        check(r.returncode == code, "%s: exit %d, expected %d (%s)" % (name, r.returncode, code, r.stderr.strip()))
        lines = r.stderr.strip().splitlines()
        check(len(lines) == 1, "%s: expected one line on stderr, got %r" % (name, r.stderr))
        if needle:
            check(needle in r.stderr, "%s: message does not name %r: %s" % (name, needle, r.stderr))
        check(not os.path.exists(out), "%s: left an output behind" % name)
    leftovers = [f for f in os.listdir(d) if ".tmp" in f]
    check(not leftovers, "temporary files left: %r" % leftovers)
    r = run(["pdf", "--help"])
    check(r.returncode == 0 and "--paper" in r.stdout, "pdf --help")
    r = run(["slides", "--help"])
    check(r.returncode == 0 and "--theme" in r.stdout, "slides --help")


def main():
    with tempfile.TemporaryDirectory(prefix="bc-pdf-") as d:
        for t in (test_brief_lengths, test_regions, test_non_ascii, test_japanese_run,
                  test_reproducible_and_letter,
                  test_slides, test_from_real_summary, test_errors):
            sub = os.path.join(d, t.__name__)
            os.mkdir(sub)
            t(sub)
    if FAILURES:
        print("%d failure(s)" % len(FAILURES))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
