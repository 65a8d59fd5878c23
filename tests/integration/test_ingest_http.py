#!/usr/bin/python3
"""test_ingest_http.py - `briefcast extract URL` against a local HTTP server
that serves pages, feeds and Markdown and misbehaves on purpose: redirects
and loops, slow and oversized answers, error statuses, binary bodies, wrong
content types, charsets and gzip.  Each case checks the extracted text and
metadata, or the exit code and the one-line message."""

import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import httpserver  # noqa: E402

BRIEFCAST = os.environ.get("BRIEFCAST", "briefcast")
SRC = os.environ.get("BC_SOURCE_DIR",
                     os.path.join(os.path.dirname(__file__), "..", ".."))
FIX = os.path.join(SRC, "tests", "fixtures", "ingest")

EXIT_EMPTY, EXIT_BINARY, EXIT_TOO_BIG, EXIT_MALFORMED, EXIT_NETWORK = 5, 6, 8, 9, 10

failures = []


def run(*args, timeout=60):
    t0 = time.monotonic()
    p = subprocess.run([BRIEFCAST, "extract", *args], capture_output=True,
                       timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8"), \
        time.monotonic() - t0


def check(name, cond, detail=""):
    if not cond:
        failures.append(name)
        print("FAIL %s %s" % (name, detail))
    else:
        print("ok   %s" % name)


def spans_ok(doc):
    raw = doc["text"].encode("utf-8")
    for b in doc["blocks"]:
        if raw[b["start"]:b["end"]].decode("utf-8") != b["text"]:
            return False
    return True


def extract_json(name, url, *extra):
    code, out, err, _ = run(url, "--json", *extra)
    check(name + ": exit 0", code == 0, "%d %s" % (code, err.strip()))
    if code != 0:
        return None
    return json.loads(out)


def main():
    srv = httpserver.serve(FIX)
    base = srv.base()
    try:
        # An article page: the article's text and metadata, none of the nav.
        d = extract_json("html page", base + "/files/page.html")
        if d:
            check("html page: title", "Lighthouse Keepers" in (d["title"] or ""),
                  d["title"])
            check("html page: article text",
                  "The first entry is dated 3 March 1884" in d["text"])
            check("html page: boilerplate dropped",
                  "Subscribe to our newsletter" not in d["text"])
            check("html page: format", d["format"] == "html")
            check("html page: spans", spans_ok(d))
            check("html page: source is the URL",
                  d["source"] == base + "/files/page.html")

        # Markdown served as text/markdown keeps front matter and structure.
        d = extract_json("markdown", base + "/files/essay.md")
        if d:
            check("markdown: format", d["format"] == "markdown")
            check("markdown: front matter",
                  d["title"] == "Notes on Error Budgets" and
                  d["date"] == "2019-07-20" and d["author"] == "Jane Roe")
            kinds = [b["kind"] for b in d["blocks"]]
            check("markdown: blocks",
                  kinds == ["heading", "paragraph", "heading", "list_item",
                            "list_item"], str(kinds))

        # The server's charset converts a Latin-1 page.
        d = extract_json("latin-1 page", base +
                         "/files/page-latin1.html?charset=iso-8859-1")
        if d:
            check("latin-1 page: converted",
                  "caf\u00e9 opened in 1921" in d["text"] and
                  "cr\u00e8me br\u00fbl\u00e9e" in d["text"], d["text"][:200])

        # gzip and deflate bodies are decoded.
        for enc in ("gzip", "deflate"):
            d = extract_json(enc, base + "/files/essay.md?%s=1" % enc)
            if d:
                check(enc + ": decoded", "error budget" in d["text"])

        # A feed URL gives an array of entries, also under a wrong type.
        for label, q in (("rss", ""), ("rss as text/plain", "?ct=text/plain"),
                         ("rss without type", "?ct=none")):
            d = extract_json(label, base + "/files/rss2.xml" + q)
            if d:
                check(label + ": array of 3", isinstance(d, list) and len(d) == 3)
                check(label + ": entry metadata",
                      d[0]["title"] == "Why We Moved to SRE" and
                      d[0]["date"] == "2019-07-20" and
                      d[0]["url"].endswith("why-we-moved-to-sre"))

        # Redirects are followed (up to the limit) and the final URL kept.
        d = extract_json("3 redirects", base +
                         "/redirect?n=3&to=/files/essay.md")
        if d:
            check("3 redirects: final url",
                  d["url"] == base + "/files/essay.md", d["url"])
        code, _, err, _ = run(base + "/redirect?n=12&to=/files/essay.md")
        check("12 redirects: network error", code == EXIT_NETWORK,
              "%d %s" % (code, err))
        check("12 redirects: message", "redirect" in err.lower(), err)
        code, _, err, secs = run(base + "/loop")
        check("redirect loop: network error", code == EXIT_NETWORK,
              "%d %s" % (code, err))

        # Slowness meets the timeout, not a hang.
        code, _, err, secs = run(base + "/files/essay.md?delay=20",
                                 "--timeout", "1")
        check("slow: network error", code == EXIT_NETWORK, "%d %s" % (code, err))
        check("slow: gave up early", secs < 15, "%.1fs" % secs)
        check("slow: message says timed out", "timed out" in err, err)

        # Oversized bodies meet the size cap, with or without a length.
        for q in ("mb=40", "mb=40&chunked=1"):
            code, _, err, _ = run(base + "/big?" + q)
            check("oversized %s: too big" % q, code == EXIT_TOO_BIG,
                  "%d %s" % (code, err))

        # Error statuses, binary bodies and unsupported types.
        code, _, err, _ = run(base + "/files/nope.html")
        check("404: network error", code == EXIT_NETWORK, "%d %s" % (code, err))
        check("404: message names the status", "404" in err, err)
        code, _, err, _ = run(base + "/status/500")
        check("500: network error", code == EXIT_NETWORK, "%d %s" % (code, err))
        code, _, err, _ = run(base + "/files/essay.md?ct=application/pdf")
        check("pdf type: unsupported", code == EXIT_EMPTY and
              "unsupported content type 'application/pdf'" in err,
              "%d %s" % (code, err))
        code, _, err, _ = run(base + "/files/essay.md?ct=image/png")
        check("image type: unsupported", code == EXIT_EMPTY, "%d %s" % (code, err))
        code, _, err, _ = run(base + "/files/bomb.xml?ct=application/octet-stream")
        check("bomb feed: malformed", code == EXIT_MALFORMED, "%d %s" % (code, err))
        code, _, err, secs = run(base + "/files/bomb.xml")
        check("bomb feed by type: malformed, quickly",
              code == EXIT_MALFORMED and secs < 10, "%d %.1fs %s" % (code, secs, err))
        code, _, err, _ = run(base + "/files/essay.md?ct=text/plain"
                              "&charset=no-such-charset")
        check("unknown charset: encoding error", code == 7, "%d %s" % (code, err))
    finally:
        srv.stop()

    # Binary content served as octet-stream (written at test time).
    tmp = tempfile.mkdtemp(prefix="bc-ingest-http-")
    with open(os.path.join(tmp, "blob.bin"), "wb") as f:
        f.write(bytes(range(256)) * 64)
    with open(os.path.join(tmp, "empty.txt"), "wb") as f:
        pass
    srv = httpserver.serve(tmp)
    try:
        code, _, err, _ = run(srv.base() + "/files/blob.bin")
        check("binary body: binary", code == EXIT_BINARY, "%d %s" % (code, err))
        code, _, err, _ = run(srv.base() + "/files/empty.txt")
        check("empty body: empty", code == EXIT_EMPTY and "is empty" in err,
              "%d %s" % (code, err))
    finally:
        srv.stop()
        for n in ("blob.bin", "empty.txt"):
            os.unlink(os.path.join(tmp, n))
        os.rmdir(tmp)

    if failures:
        print("%d failure(s): %s" % (len(failures), ", ".join(failures)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
