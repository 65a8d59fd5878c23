"""test_run_errors.py - bad input and bad output places: each gets one clear
line on stderr naming the file and the problem, its own documented exit
code, and leaves no output behind (not even a temporary file)."""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import SRC, check, run, tmpdir, validate_json

work = tmpdir()
sample = os.path.join(SRC, "samples", "short-note.md")


def path(name, data=None):
    p = os.path.join(work, name)
    if data is not None:
        with open(p, "wb") as f:
            f.write(data)
    return p


big = path("big.txt")
with open(big, "wb") as f:
    line = b"This sentence is one of very many in a fifty megabyte text file.\n"
    for _ in range(50 * 1024 * 1024 // len(line) + 1):
        f.write(line)
os.mkdir(path("adir"))
blocker = path("blocker", b"a regular file where a folder is needed\n")

# (name, args, expected exit code, words the one-line message must contain)
cases = [
    ("missing file", [path("nope.txt")], 3, ["nope.txt"]),
    ("directory", [path("adir")], 4, ["adir", "directory"]),
    ("empty file", [path("empty.txt", b"")], 5, ["empty.txt", "empty"]),
    ("blank file", [path("blank.txt", b"  \n\n\t \n")], 5, ["blank.txt"]),
    ("heading only", [path("heading.md", b"# Just a heading\n")], 5, ["heading.md", "no text"]),
    ("binary file", [path("bin.txt", bytes(range(256)) * 64)], 6, ["bin.txt"]),
    ("invalid UTF-8", [path("latin1.txt", "Caf\u00e9 cr\u00e8me is good.\n".encode("latin-1"))], 7,
     ["latin1.txt"]),
    ("50 MB text", [big], 8, ["big.txt"]),
]

for name, inputs, want, words in cases:
    out = os.path.join(work, "out-" + name.replace(" ", "-"))
    r = run(["run"] + inputs + ["-o", out])
    err = r.stderr.decode("utf-8", "replace").strip()
    check(r.returncode == want, "%s: exit %d, expected %d (%s)" % (name, r.returncode, want, err))
    check(len(err.splitlines()) == 1, "%s: expected one line on stderr, got %r" % (name, err))
    for w in words:
        check(w in err, "%s: message %r does not mention %r" % (name, err, w))
    check(not os.path.exists(out) or os.listdir(out) == [],
          "%s: left outputs behind: %r" % (name, os.listdir(out) if os.path.exists(out) else None))

# An output folder that cannot be created: below a regular file.
r = run(["run", sample, "-o", os.path.join(blocker, "out")])
err = r.stderr.decode().strip()
check(r.returncode == 13, "unwritable output: exit %d (%s)" % (r.returncode, err))
check("blocker" in err and len(err.splitlines()) == 1, "unwritable output message: %r" % err)

# An output file that cannot be replaced (a directory in its place): the
# run fails with the output exit code and leaves no temporary files.
out = os.path.join(work, "out-blocked")
os.makedirs(os.path.join(out, "brief.pdf"))
r = run(["run", sample, "-o", out, "--no-audio"])
check(r.returncode == 13, "blocked brief.pdf: exit %d (%s)" % (r.returncode, r.stderr.decode()))
left = [f for f in os.listdir(out) if ".tmp-" in f]
check(not left, "temporary files left behind: %r" % left)

# Usage errors.
for args in (["run"], ["run", sample], ["run", sample, "-o"], ["nosuchcmd"],
             ["run", sample, "-o", work, "--length", "huge"]):
    r = run(args)
    check(r.returncode == 2, "%r: exit %d, expected 2" % (args, r.returncode))

# stdin works as an input.
out = os.path.join(work, "out-stdin")
with open(sample, "rb") as f:
    r = run(["run", "-", "-o", out, "--no-audio", "--no-pdf", "--no-slides"], stdin=f.read())
check(r.returncode == 0, "stdin: exit %d (%s)" % (r.returncode, r.stderr.decode()))
check(os.path.exists(os.path.join(out, "summary.json")), "stdin: no summary.json")
# The summary is of what came in on stdin, not of an empty document.
s = validate_json(os.path.join(out, "summary.json"), "summary.schema.json")
check(s["title"] == "Why We Ship on Tuesdays" and s["key_points"],
      "stdin: summary is not of the input: title %r, %d key points"
      % (s["title"], len(s["key_points"])))

# --help on every command exits 0 and prints a usage line.
for cmd in ("run", "extract", "facts", "summarize", "check", "audio", "pdf",
            "slides", "say", "feed"):
    r = run([cmd, "--help"])
    check(r.returncode == 0 and b"usage" in r.stdout.lower(),
          "%s --help: exit %d, output %r" % (cmd, r.returncode, r.stdout[:80]))

shutil.rmtree(work)
print("ok: %d bad-input cases, output errors, usage errors, stdin, --help" % len(cases))
