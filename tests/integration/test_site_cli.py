"""The reader page and the archive index without a browser: what must hold
in the bytes whatever renders them.  brief.html carries a CSP whose hashes
are those of its one inline style sheet and script and allows nothing
remote; every evidence link points at a span marked in the source, and the
marked text is exactly the source's bytes at the span summary.json gives;
the transcript lists every cue of transcript.vtt.  index.html's episode
data is valid JSON that cannot end its <script> element early, lists every
manifest entry (a failed document too), and `briefcast site` writes it
again the same way, with its documented exit codes."""
import base64
import hashlib
import html
import json
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import run, check, SRC, vtt_cues  # noqa: E402


def csp_of(page):
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"',
                  page)
    check(m, "no Content-Security-Policy meta")
    return dict((d.split()[0], d.split()[1:]) for d in
                html.unescape(m.group(1)).split("; "))


def sha(text):
    return "'sha256-%s'" % base64.b64encode(
        hashlib.sha256(text.encode()).digest()).decode()


def check_csp(page, name):
    csp = csp_of(page)
    check(csp.get("default-src") == ["'none'"], "%s: default-src is not 'none'" % name)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    check(len(styles) == 1 and len(scripts) == 1,
          "%s: expected one inline style and one script" % name)
    check(csp["style-src"] == [sha(styles[0])],
          "%s: style-src %s is not the style sheet's hash" % (name, csp["style-src"]))
    check(csp["script-src"] == [sha(scripts[0])],
          "%s: script-src %s is not the script's hash" % (name, csp["script-src"]))
    for d, v in csp.items():
        check(not any(x.startswith(("http", "*", "'unsafe")) for x in v),
              "%s: %s allows %s" % (name, d, v))
    check(not re.search(r'(src|href)="(https?:)?//', page.split("<body>")[1]
                        .split('<p class="meta">')[0]),
          "%s: a remote resource in the page" % name)


def check_reader(folder, source):
    with open(os.path.join(folder, "brief.html"), encoding="utf-8") as f:
        page = f.read()
    check_csp(page, "brief.html")
    with open(os.path.join(folder, "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    text = source.encode()
    # The marked runs of each span id, joined, are the span's bytes.
    marked = {}
    for ids, inner in re.findall(r'<span class="ev" data-s="([0-9 ]+)">(.*?)</span>',
                                 page, re.S):
        for k in ids.split():
            marked.setdefault(k, []).append(html.unescape(inner))
    links = re.findall(r'<a href="#s-(\d+)" data-span="(\d+)">', page)
    check(links, "brief.html: no evidence link")
    for a, b in links:
        check(a == b and 'id="s-%s"' % a in page,
              "brief.html: link to span %s has no target" % a)
        check(a in marked, "brief.html: span %s is not marked" % a)
    quotes = [e["quote"] for k in summary["key_points"] for e in k["evidence"]]
    spans = [(e["start"], e["end"]) for k in summary["key_points"]
             for e in k["evidence"]]
    shown = {"".join(v) for v in marked.values()}
    for (s0, s1), q in zip(spans, quotes):
        want = text[s0:s1].decode()
        check(want == q, "summary.json: quote %r is not its span" % q[:60])
        # Spans that overlap are split into runs at each other's ends; a
        # span's runs, joined, are still its text.
        check(want in shown or any(want in m for m in shown),
              "brief.html: evidence %r is not marked in the source" % q[:60])
    cues = vtt_cues(os.path.join(folder, "transcript.vtt"))
    buttons = re.findall(r'<ol class="cues" id="cues">(.*?)</ol>', page, re.S)
    check(buttons and buttons[0].count("<button") == len(cues),
          "brief.html: the transcript has %d cues, transcript.vtt %d" %
          (buttons[0].count("<button") if buttons else 0, len(cues)))
    check('<audio id="player" controls preload="metadata" src="narration.mp3">'
          in page, "brief.html: no player for narration.mp3")


def main():
    tmp = tempfile.mkdtemp(prefix="bc-it-site-")
    try:
        inputs = os.path.join(tmp, "in")
        site = os.path.join(tmp, "site")
        os.makedirs(inputs)
        shutil.copy(os.path.join(SRC, "samples", "long-essay.md"), inputs)
        shutil.copy(os.path.join(SRC, "samples", "short-note.md"), inputs)
        with open(os.path.join(inputs, "hostile.txt"), "w") as f:
            f.write('</script><script>alert(1)</script> \u2028 "quoted" & co\n\n'
                    'Posted on 3 March 2024.\n\nThe team shipped 12 releases '
                    'in 2023.\n')
        with open(os.path.join(inputs, "empty.md"), "w") as f:
            f.write("")
        env = {"XDG_CACHE_HOME": os.path.join(tmp, "cache")}
        r = run(["-q", "batch", inputs, "-o", site, "--no-pdf", "--no-slides"],
                env=env)
        check(r.returncode == 15, "batch with an empty input: exit %d, %s" %
              (r.returncode, r.stderr.decode()))
        with open(os.path.join(site, "manifest.json")) as f:
            manifest = json.load(f)
        folder = next(d["folder"] for d in manifest["documents"]
                      if d["input"].endswith("long-essay.md"))
        r = run(["--json", "extract", os.path.join(inputs, "long-essay.md")])
        check(r.returncode == 0, "extract failed")
        check_reader(os.path.join(site, folder), json.loads(r.stdout)["text"])

        with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
            index = f.read()
        check_csp(index, "index.html")
        m = re.search(r'<script type="application/json" id="episodes">(.*?)</script>',
                      index, re.S)
        check(m, "index.html: no episode data")
        data = json.loads(m.group(1))
        check("<" not in m.group(1) and "\u2028" not in m.group(1),
              "index.html: raw '<' or U+2028 in the data block")
        eps = [dict(zip(data["fields"], e)) for e in data["episodes"]]
        check(len(eps) == len(manifest["documents"]) == 4,
              "index.html lists %d episodes, the manifest %d" %
              (len(eps), len(manifest["documents"])))
        failed = [e for e in eps if e["verdict"] is None]
        check(len(failed) == 1 and failed[0]["title"].endswith("empty.md"),
              "the failed document is not listed as failed: %r" % failed)
        hostile = [e for e in eps if "alert(1)" in e["title"]]
        check(len(hostile) == 1 and hostile[0]["title"].startswith("</script>"),
              "the hostile title is not kept verbatim: %r" % hostile)
        ok = [e for e in eps if e["verdict"]]
        check(all(e["audio"] == "narration.mp3" and e["page"] == 1 and
                  e["seconds"] > 0 and re.match(r"\d{4}-\d\d-\d\d$", e["date"])
                  for e in ok), "index.html: an episode lacks its data: %r" % ok)
        dates = [e["date"] for e in ok]
        check(dates == sorted(dates, reverse=True), "not newest first: %r" % dates)
        check('<a href="feed.xml">' in index, "index.html does not link the feed")

        # `site` rebuilds the same page.
        os.remove(os.path.join(site, "index.html"))
        r = run(["site", site])
        check(r.returncode == 0 and b"4 episodes" in r.stderr,
              "site: exit %d, %r" % (r.returncode, r.stderr))
        with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
            check(f.read() == index, "site wrote another page than batch")
        r = run(["site", "--help"])
        check(r.returncode == 0 and b"exit codes" in r.stdout, "site --help")
        r = run(["--help"])
        check(b"site " in r.stdout, "--help does not list site")
        r = run(["site", os.path.join(tmp, "nowhere")])
        check(r.returncode == 3, "site on a missing folder: exit %d" % r.returncode)
        with open(os.path.join(inputs, "manifest.json"), "w") as f:
            f.write("{not json")
        r = run(["site", inputs])
        check(r.returncode == 9, "site on a malformed manifest: exit %d, %r" %
              (r.returncode, r.stderr))
        r = run(["site", site, "--bogus"])
        check(r.returncode == 2, "site --bogus: exit %d" % r.returncode)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("PASS: reader page and archive index hold their contracts")


if __name__ == "__main__":
    main()
