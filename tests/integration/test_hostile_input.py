"""test_hostile_input.py - malformed and oversized input gets a correct
result or one clear line with its documented exit code: pages nested past
libxml2's depth limit read whole; escaped HTML in a broken feed keeps its
tags out of the text; UTF-32 is named UTF-32 and reads with --charset;
libharu's limits (a 65,536-byte word, a 200,000-character title, 40,000
slides) never stop a render; a summary.json with too many entries or too
much narration is refused at once, never synthesized for an hour; a field
over the line limit is a size error, not "out of memory"; an empty
transcript is not a pass; stray bytes in summary.json are an encoding
error; a missing --prompts folder is an error; out of memory in synthesis
is exit 1."""
import json
import os
import re
import resource
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from bclib import BIN, SRC, check, pdf_pages, pdf_text, run, sanitized, tmpdir  # noqa: E402

work = tmpdir()
sample = os.path.join(SRC, "samples", "short-note.md")


def path(name, data):
    p = os.path.join(work, name)
    with open(p, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)
    return p


def one_error(label, r, code, *words):
    err = r.stderr.decode("utf-8", "replace").strip()
    check(r.returncode == code, "%s: exit %d, expected %d (%s)" % (label, r.returncode, code, err))
    check(len(err.splitlines()) == 1, "%s: expected one line, got %r" % (label, err))
    for w in words:
        check(w in err, "%s: %r does not say %r" % (label, err, w))


PARA = "Paragraph %d tells of the council meeting and the new benches in the park."

# --- pages nested past libxml2's 256 levels -----------------------------------
for tag, n in (("div", 400), ("font", 3000)):
    page = "<html><body><article><h1>Deep</h1>%s</article></body></html>" % "".join(
        "<%s><p>%s</p>\n" % (tag, PARA % i) for i in range(n))
    r = run(["extract", path("deep-%s.html" % tag, page)])
    got = r.stdout.decode().count("Paragraph ")
    check(r.returncode == 0 and got == n and ("Paragraph %d " % (n - 1)) in r.stdout.decode(),
          "%d unclosed <%s>: %d paragraphs read (exit %d)" % (n, tag, got, r.returncode))

# --- escaped HTML in a feed that needs recovery -----------------------------------
body = "&lt;p&gt;Hello world and all the things here.&lt;/p&gt;&lt;p&gt;Second para.&lt;/p&gt;"
for label, broken in (("a control character", "<description>%s\x0c</description>" % body),
                      ("a broken tag before it", "<bad x=y><description>%s</description>"
                       % body)):
    feed = ('<rss version="2.0"><channel><item><title>A</title>%s</item></channel></rss>'
            % broken)
    r = run(["extract", path("feed.xml", feed)])
    out = r.stdout.decode()
    check(r.returncode == 0 and "Hello world" in out and "pHello" not in out
          and "/p" not in out, "feed with %s: %r" % (label, out))

# --- UTF-32 ----------------------------------------------------------------------
text = "\ufeffThe council met on 3 March 2024 and approved twelve new benches.\n"
for enc in ("utf-32-le", "utf-32-be"):
    p = path("u32-%s.txt" % enc, text.encode(enc))
    one_error("UTF-32 (%s)" % enc, run(["extract", p]), 7, "UTF-32", "--charset UTF-32")
    r = run(["extract", p, "--charset", "UTF-32"])
    check(r.returncode == 0 and "twelve new benches" in r.stdout.decode(),
          "--charset UTF-32: %r" % r.stdout)
    # the wrong wide charset is refused, never read into U+0000s
    r = run(["run", p, "--charset", "UTF-16", "-o", os.path.join(work, "u16")])
    check(r.returncode == 7, "UTF-32 read as UTF-16: exit %d (%s)" % (r.returncode, r.stderr))
r = run(["extract", path("u32.html", ("\ufeff<html><body><article><h1>T</h1><p>%s</p></article>"
                                      "</body></html>" % (PARA % 1)).encode("utf-32-le")),
         "--charset", "UTF-32"])
check(r.returncode == 0 and "Paragraph 1" in r.stdout.decode(), "UTF-32 HTML: %r" % r.stdout)

# --- libharu's limits --------------------------------------------------------------
r = run(["summarize", sample, "-o", os.path.join(work, "s.json")])
with open(os.path.join(work, "s.json")) as f:
    base = json.load(f)


def summary(name, **change):
    s = json.loads(json.dumps(base))
    s.update(change)
    return path(name, json.dumps(s))


word = "W" * 70000
cases = [
    ("a 70,000-byte word", summary("word.json", key_points=[dict(base["key_points"][0],
                                                                  text="A word: " + word)],
                                   slides=[{"title": "Words", "bullets": ["A word: " + word],
                                            "notes": ""}]),
     "WWWWWWWW"),
    ("a 200,000-character title", summary("title.json", title="Title " * 34000), "Title"),
]
for label, p, needle in cases:
    for cmd in ("pdf", "slides"):
        out = os.path.join(work, "%s-%s.pdf" % (cmd, label.split()[1]))
        r = run([cmd, p, "-o", out])
        check(r.returncode == 0 and needle in pdf_text(out),
              "%s, %s: exit %d (%s)" % (label, cmd, r.returncode, r.stderr.decode()))
slides = [{"title": "Slide %d" % i, "bullets": ["Point %d" % i], "notes": ""}
          for i in range(40000)]
one_error("40,000 slides", run(["slides", summary("many.json", slides=slides), "-o",
                                os.path.join(work, "many.pdf")]), 8, "slides", "2000")
ok = summary("ok.json", slides=slides[:1500])
r = run(["slides", ok, "-o", os.path.join(work, "ok.pdf")])
check(r.returncode == 0 and pdf_pages(os.path.join(work, "ok.pdf")) > 1500,
      "1,500 slides: exit %d (%s)" % (r.returncode, r.stderr.decode()))
# run on a document with such a word still gives every output
doc = path("word.md", "# A long word\n\nOn 3 March 2024 the council wrote %s and left. "
           "Everyone was pleased with the benches.\n" % word)
out = os.path.join(work, "word-run")
r = run(["run", doc, "-o", out], timeout=300)
check(r.returncode == 0 and all(os.path.exists(os.path.join(out, n)) for n in
                                ("brief.pdf", "slides.pdf", "narration.wav")),
      "run with a long word: exit %d (%s)" % (r.returncode, r.stderr.decode()))

# --- caps on what a summary.json may ask to be spoken --------------------------------
sent = "The council met in March and agreed on new benches for the park. "
for label, narration, words in (
        ("a 200,000-character turn", [{"speaker": "n", "text": (sent * 4000)[:200000]}],
         "over the limit of 100000"),
        ("50,000 turns", [{"speaker": "n", "text": "Hello %d." % i} for i in range(50000)],
         "over the limit of 2000")):
    t0 = time.monotonic()
    r = run(["audio", summary("n.json", narration=narration), "-o", os.path.join(work, "n")])
    one_error(label, r, 8, words)
    check(time.monotonic() - t0 < 20, "%s took %.1f s to refuse" % (label, time.monotonic() - t0))

# --- a field over the line limit is a size error ---------------------------------------
big = " ".join("alpha beta gamma river stone".split() * 44000)  # about 1.2 MB, one line
p = summary("gloss.json", glossary=[dict(base["glossary"][0], definition=big)]
            if base["glossary"] else [{"term": "X", "definition": big,
                                       "span": {"start": 0, "end": 1}}])
one_error("a 1.2 MB glossary line", run(["audio", p, "--style", "deep-dive", "-o",
                                         os.path.join(work, "g")]), 8, "too long")
r = run(["run", path("line.txt", big + "\n"), "-o", os.path.join(work, "line"), "--no-audio"])
check(r.returncode == 0, "a 1.2 MB single line: exit %d (%s)" % (r.returncode, r.stderr))

# --- check: nothing to check; stray bytes in summary.json ------------------------------
one_error("an empty transcript", run(["check", sample, path("empty.txt", "  \n")]), 5, "empty")
raw = open(os.path.join(work, "s.json"), "rb").read().replace(b"Tuesdays", b"Tues\xffdays", 1)
bad = path("bad.json", raw)
for args in (["pdf", bad, "-o", os.path.join(work, "x.pdf")],
             ["slides", bad, "-o", os.path.join(work, "x.pdf")],
             ["audio", bad, "-o", os.path.join(work, "xa")], ["check", sample, bad]):
    one_error("invalid UTF-8 (%s)" % args[0], run(args), 7, "UTF-8", "bad.json")

# --- a named folder that is not there ---------------------------------------------------
one_error("--prompts /nonexistent", run(["run", sample, "-o", os.path.join(work, "p"),
                                         "--prompts", os.path.join(work, "nope")]), 3,
          "prompts", "No such file")

# --- out of memory during synthesis is exit 1, never "rendering failed" --------------------
def limit(mb):
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (mb << 20, mb << 20))


asan = sanitized()
codes = set()
if not asan:
    for mb in (70, 80, 90, 100, 120, 160, 200):
        r = subprocess.run([BIN, "say", "The quick brown fox jumps over the lazy dog. " * 20,
                            "--speech-jobs", "1", "-o", os.path.join(work, "oom.wav")],
                           capture_output=True, timeout=300, preexec_fn=limit(mb))
        if r.returncode == 127:  # too little even to load the libraries
            continue
        codes.add(r.returncode)
        err = r.stderr.decode("utf-8", "replace")
        check(r.returncode in (0, 1), "%d MB: exit %d (%s)" % (mb, r.returncode, err))
        if r.returncode == 1:
            check(re.search("out of memory", err), "%d MB: %r" % (mb, err))
print("ok: nesting, feeds, UTF-32, libharu limits, caps, encodings and exit codes "
      "(out of memory exits seen: %r)" % sorted(codes))
