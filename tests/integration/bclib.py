"""bclib.py - helpers shared by the integration tests: run the real binary,
read the outputs the way a user's tools would (jsonschema, pdfinfo,
pdftotext, the wave module), and fail with a readable message."""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import wave

BIN = os.environ.get("BRIEFCAST", "briefcast")
SRC = os.environ.get("BC_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def run(args, stdin=None, timeout=300, env=None):
    e = dict(os.environ)
    if env:
        e.update(env)
    return subprocess.run([BIN] + list(args), input=stdin, capture_output=True,
                          timeout=timeout, env=e)


def sanitized(binary=None):
    """Whether the binary (the tool by default) runs under AddressSanitizer,
    linked into it or into the libbriefcast.so it loads: such a build cannot
    take an address-space limit, and programs linked against its library
    must be built with -fsanitize=address too."""
    binary = binary or BIN
    path = binary if os.path.sep in binary else shutil.which(binary)
    if not path:
        return False
    ldd = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
    if "libasan" in ldd:
        return True
    with open(path, "rb") as f:
        return b"__asan_init" in f.read()


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def check_findings(source, summary, date=None, source_name="source.txt"):
    """`briefcast check --json` of the summary text against the source text
    (each written to a scratch folder, the source as source_name: its
    extension says its format), with --date when given: the report's
    findings.  The check must exit 0 and print nothing on stderr."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, source_name)
        summ = os.path.join(tmp, "summary.md")
        with open(src, "w", encoding="utf-8") as f:
            f.write(source)
        with open(summ, "w", encoding="utf-8") as f:
            f.write(summary)
        p = run(["check", src, summ, "--json"] +
                (["--date", date] if date else []), timeout=120)
    check(p.returncode == 0, "check exits 0: %r" % p.stderr)
    check(p.stderr == b"", "nothing on stderr: %r" % p.stderr)
    return json.loads(p.stdout)["findings"]


def check_errors(source, summary, date=None, source_name="source.txt"):
    """The error-level findings of check_findings."""
    return [f for f in check_findings(source, summary, date, source_name)
            if f["severity"] == "error"]


def flagged(errs, kind, claim, says=None):
    """Whether a finding of the kind covers the claim (and quotes says)."""
    return any(f["kind"] == kind and claim in (f.get("claim") or "") and
               (says is None or says in (f.get("source_says") or ""))
               for f in errs)


def wait_for(cond, what, secs=60):
    """Poll cond() until it holds; fail naming what after secs seconds."""
    end = time.monotonic() + secs
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.02)
    fail("timed out waiting for " + what)


def children(pid):
    """The process ids whose parent is pid (read from /proc)."""
    kids = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open("/proc/%s/stat" % d) as f:
                    st = f.read()
            except OSError:
                continue
            if int(st.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(d))
    return kids


def schema(name):
    with open(os.path.join(SRC, "prompts", name)) as f:
        return json.load(f)


def validate_json(path, schema_name):
    import jsonschema
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    try:
        jsonschema.validate(data, schema(schema_name))
    except jsonschema.ValidationError as e:
        fail("%s does not fit %s: %s at %s" % (path, schema_name, e.message,
                                             "/".join(map(str, e.path))))
    return data


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else 0


def pdf_text(path):
    """Text of a PDF with line-end hyphenation undone and white space
    folded, so that a sentence wrapped over lines compares equal."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"],
                         capture_output=True).stdout.decode("utf-8", "replace")
    out = out.replace("\u00ad", "")
    out = re.sub(r"-\s*\n\s*", "", out)
    return fold(out)


def fold(s):
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip()


def unhyphen(s):
    return fold(s).replace("-", "")


def wav_info(path):
    with wave.open(path, "rb") as w:
        return w.getframerate(), w.getnchannels(), w.getsampwidth(), w.getnframes()


def vtt_cues(path):
    def secs(t):
        parts = t.split(":")
        s = float(parts[-1])
        m = int(parts[-2]) if len(parts) > 1 else 0
        h = int(parts[-3]) if len(parts) > 2 else 0
        return h * 3600 + m * 60 + s
    with open(path, encoding="utf-8") as f:
        text = f.read()
    check(text.startswith("WEBVTT"), "%s does not start with WEBVTT" % path)
    cues = []
    for m in re.finditer(r"^(\S+) --> (\S+)", text, re.M):
        cues.append((secs(m.group(1)), secs(m.group(2))))
    return cues


def pages_words(pdf):
    """Per page, its words as (text, xMin, yMin, xMax, yMax) in pdftotext's
    reading order; y grows downwards."""
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox", pdf, "-"],
                       capture_output=True)
    doc = r.stdout.decode("utf-8", "replace")
    pages = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", doc, re.S):
        words = []
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" '
                             r'xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                             page):
            words.append((html.unescape(m.group(5)), float(m.group(1)),
                          float(m.group(2)), float(m.group(3)),
                          float(m.group(4))))
        pages.append(words)
    return pages


def heading_first(words):
    """A page's words with its heading first, as a reader sees it: the
    lines set in the topmost word's size, line by line, then a part label
    ("(2/4)") standing in the heading's first line, then the rest in
    pdftotext's order.  pdftotext alone may read a word drawn beside the
    heading (a timeline's first date) before the label."""
    if not words:
        return []
    top = min(words, key=lambda w: w[2])
    size = top[4] - top[2]
    lines, rest = [], sorted(words, key=lambda w: (w[2], w[1]))
    bottom = top[2]
    for w in rest:
        same = abs((w[4] - w[2]) - size) < 1.0
        if same and w[2] < bottom + size * 0.5:
            lines.append(w)
            bottom = max(bottom, w[4])
    lines.sort(key=lambda w: (round(w[2]), w[1]))
    label = [w for w in words if w not in lines and
             re.fullmatch(r"\(\d+/\d+\)", w[0]) and
             top[2] <= (w[2] + w[4]) / 2 <= top[4]]
    head = lines + label
    return head + [w for w in words if w not in head]


def pages_text(pdf):
    """The text of each page of pdf (pdftotext), heading first (see
    heading_first), white space collapsed."""
    return [re.sub(r"\s+", " ", " ".join(w[0] for w in heading_first(ws)))
            .strip() for ws in pages_words(pdf)]


def chapters_follow_deck(out, label):
    """The chapters of a run's audio are the slides of its deck, in order
    and by title: chapter 1 the title slide, chapter N the Nth part of the
    deck (its pages open with the chapter's title, a part of several pages
    numbered "(2/3)"), the outro the closing part, and no page left over.
    Returns the chapter titles."""
    with open(os.path.join(out, "chapters.json"), encoding="utf-8") as f:
        ch = [c["title"] for c in json.load(f)["chapters"]]
    texts = pages_text(os.path.join(out, "slides.pdf"))
    check(ch[0] == "Introduction" and ch[-1] == "Outro",
          "%s: chapters %r" % (label, ch))
    p = 1
    for i, title in enumerate(ch[1:-1], 2):
        want = re.sub(r"\s+", " ", title).strip()
        check(p < len(texts) and texts[p].startswith(want),
              "%s: chapter %d is %r, but the deck's part %d opens %r" %
              (label, i, title, i, texts[p][:60] if p < len(texts) else None))
        p += 1
        while p < len(texts) and \
                re.match(re.escape(want) + r" \(\d+/\d+\)", texts[p]):
            p += 1
    rest = texts[p:]
    # the closing check slides, when the check found something to tell
    check(all(t.startswith("What was checked") for t in rest),
          "%s: after the last chapter's part the deck holds %r" %
          (label, [t[:40] for t in rest]))
    print("%s: %d chapters, %d pages, chapter N is part N of the deck" %
          (label, len(ch), len(texts)))
    return ch


def tmpdir():
    return tempfile.mkdtemp(prefix="bc-it-")


class Standin:
    """The loopback LLM stand-in (llm_standin.py) in a child process, with
    its control endpoints: script(steps), log(), stop()."""

    def __init__(self, tmp, key):
        port_file = os.path.join(tmp, "port")
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(os.path.dirname(__file__),
                                          "llm_standin.py"),
             "--port-file", port_file, "--key", key, "--lifetime", "600"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(500):
            if os.path.exists(port_file):
                break
            time.sleep(0.02)
        with open(port_file) as f:
            self.port = int(f.read())
        self.base = "http://127.0.0.1:%d" % self.port

    def control(self, what, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + "/_control/" + what, data=data)
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read())

    def script(self, steps):
        self.control("reset", {})
        self.control("script", {"script": steps})

    def log(self):
        return self.control("log")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
