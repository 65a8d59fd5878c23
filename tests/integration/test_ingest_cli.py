#!/usr/bin/python3
"""test_ingest_cli.py - `briefcast extract` on local inputs: each kind of bad
input (missing, directory, empty, binary, invalid UTF-8, too large) gets
its own exit code and one line naming the file; good inputs from files,
stdin and lists give text and a document model whose spans are exact."""

import json
import os
import subprocess
import sys
import tempfile

BRIEFCAST = os.environ.get("BRIEFCAST", "briefcast")
SRC = os.environ.get("BC_SOURCE_DIR",
                     os.path.join(os.path.dirname(__file__), "..", ".."))
FIX = os.path.join(SRC, "tests", "fixtures", "ingest")

failures = []


def run(args, stdin=None):
    p = subprocess.run([BRIEFCAST, "extract", *args], input=stdin,
                       capture_output=True, timeout=120)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def check(name, cond, detail=""):
    print(("ok   " if cond else "FAIL ") + name + ("" if cond else " " + detail))
    if not cond:
        failures.append(name)


def spans_ok(doc):
    raw = doc["text"].encode("utf-8")
    prev_end = None
    for b in doc["blocks"]:
        if raw[b["start"]:b["end"]].decode("utf-8") != b["text"]:
            return False
        if prev_end is not None and raw[prev_end:b["start"]] != b"\n\n":
            return False
        prev_end = b["end"]
    return True


def main():
    tmp = tempfile.mkdtemp(prefix="bc-ingest-cli-")

    def put(name, data):
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    bad = [
        ("missing", os.path.join(tmp, "nope.txt"), 3, "nope.txt"),
        ("directory", tmp, 4, "is a directory"),
        ("empty", put("empty.txt", b""), 5, "empty.txt' is empty"),
        ("whitespace", put("blank.md", b"\n  \t\r\n\n"), 5, "is empty"),
        ("binary", put("data.txt", bytes(range(256)) * 8), 6, "binary"),
        ("png", put("pic.md", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), 6,
         "a PNG image"),
        ("invalid utf-8", put("latin1.txt", b"Caf\xe9 society\n"), 7,
         "not valid UTF-8 (byte 3)"),
    ]
    big = os.path.join(tmp, "big.txt")
    with open(big, "wb") as f:
        line = b"A line of prose that repeats until the file is too large.\n"
        f.write(line * (50 * 1024 * 1024 // len(line) + 1))
    bad.append(("50 MB", big, 8, "limit"))
    for name, path, want, msg in bad:
        code, out, err = run([path])
        check("%s: exit %d" % (name, want), code == want, "got %d: %s" % (code, err))
        check("%s: one line naming the problem" % name,
              err.count("\n") == 1 and msg in err and out == b"", err)
    os.unlink(big)

    # --charset converts what would otherwise be an encoding error.
    code, out, err = run([os.path.join(tmp, "latin1.txt"), "--charset",
                          "windows-1252"])
    check("--charset", code == 0 and out == "Caf\u00e9 society\n".encode(),
          "%d %r %s" % (code, out, err))

    # Plain text from stdin: structure and exact spans.
    text = (b"Why We Moved\n\nIn 2019 we moved.\nIt took\ttwo years.\n\n"
            b"- one\n- two\n")
    code, out, err = run(["-", "--json"], stdin=text)
    check("stdin: exit 0", code == 0, err)
    if code == 0:
        d = json.loads(out)
        check("stdin: source", d["source"] == "-")
        check("stdin: text", d["text"] ==
              "Why We Moved\n\nIn 2019 we moved. It took two years.\n\none\n\ntwo")
        check("stdin: kinds", [b["kind"] for b in d["blocks"]] ==
              ["heading", "paragraph", "list_item", "list_item"])
        check("stdin: spans", spans_ok(d))
        check("stdin: title", d["title"] == "Why We Moved")
        check("stdin: sha256 of the raw bytes", len(d["sha256"]) == 64)
    code, out, err = run(["-"], stdin=b"")
    check("empty stdin: exit 5", code == 5 and "<stdin>" in err, err)

    # Markdown file in text mode prints the clean text only.
    code, out, err = run([os.path.join(FIX, "essay.md")])
    check("markdown text", code == 0 and out.startswith(
        b"Notes on Error Budgets\n\nAn error budget is") and b"---" not in out
        and b"- It" not in out, out[:120])

    # A feed prints every entry; --json gives an array; --format forces.
    code, out, err = run([os.path.join(FIX, "wordpress-export.xml"), "--json"])
    ok = code == 0
    arr = json.loads(out) if ok else []
    check("wxr: one published post", ok and isinstance(arr, list) and
          len(arr) == 1 and arr[0]["title"] == "The Bridge Opened", err)
    check("wxr: spans", ok and all(spans_ok(d) for d in arr))
    code, out, err = run([os.path.join(FIX, "essay.md"), "--format", "text"])
    check("--format text keeps the markup",
          code == 0 and b"# Notes on Error Budgets" in out and
          b"title: \"Notes" in out, out[:200])
    code, out, err = run([os.path.join(FIX, "essay.md"), "--format", "pdf"])
    check("--format pdf: usage error", code == 2 and "pdf" in err, err)

    # A list of files resolves relative paths from the list's folder.
    put("a.md", b"# Alpha\n\nFirst essay.\n")
    put("b.txt", b"Beta words.\n")
    lst = put("reading.list", b"# reading\na.md\nb.txt\n")
    code, out, err = run([lst, "--json"])
    arr = json.loads(out) if code == 0 else []
    check("list: two documents", len(arr) == 2 and arr[0]["title"] == "Alpha"
          and arr[1]["text"] == "Beta words.", err)

    for n in os.listdir(tmp):
        os.unlink(os.path.join(tmp, n))
    os.rmdir(tmp)
    if failures:
        print("%d failure(s): %s" % (len(failures), ", ".join(failures)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
