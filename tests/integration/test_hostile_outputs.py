"""test_hostile_outputs.py - nothing briefcast writes ever lands outside its
output folder, whatever was planted there first.  A sweep over every
output file of every command (run, audio, pdf, slides, summarize, say,
feed, batch): at each name a symbolic link to a file elsewhere, a link to
/dev/null, a FIFO, a directory.  Each is refused with exit 13 and one line
naming the file; the file elsewhere is untouched, /dev/null is still the
device, nothing blocks on the FIFO, no temporary file is left.  Also:
-o /dev/null is refused, -o - writes to standard output, a batch's
document folder planted as a link is never followed, and a full disk (a
small tmpfs when this runs as root and may mount, else RLIMIT_FSIZE) is
reported with the file's name and errno's words."""
import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import BIN, SRC, check, run, tmpdir  # noqa: E402

work = tmpdir()
sample = os.path.join(SRC, "samples", "short-note.md")
victims = os.path.join(work, "elsewhere")
os.mkdir(victims)
VICTIM = os.path.join(victims, "precious.txt")
with open(VICTIM, "w") as f:
    f.write("precious\n")
null_before = os.stat("/dev/null")


def tiny_summary():
    """A real summary.json of the sample with a one-sentence narration, so
    the audio commands take a second, not a minute."""
    path = os.path.join(work, "s.json")
    r = run(["summarize", sample, "-o", path])
    check(r.returncode == 0, "summarize: %s" % r.stderr.decode())
    with open(path) as f:
        s = json.load(f)
    s["narration"] = [{"speaker": "narrator", "text": "Hello there."}]
    tiny = os.path.join(work, "tiny.json")
    with open(tiny, "w") as f:
        json.dump(s, f)
    return tiny


TINY = tiny_summary()


def plant(kind, path):
    if kind == "link-out":
        os.symlink(os.path.join(victims, os.path.basename(path) + ".new"), path)
    elif kind == "link-victim":
        os.symlink(VICTIM, path)
    elif kind == "link-null":
        os.symlink("/dev/null", path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "dir":
        os.mkdir(path)
        with open(os.path.join(path, "keep"), "w") as f:
            f.write("x")


KINDS = ["link-out", "link-victim", "link-null", "fifo", "dir"]


def intact(label):
    st = os.stat("/dev/null")
    check(stat.S_ISCHR(st.st_mode) and st.st_rdev == null_before.st_rdev,
          "%s: /dev/null is no longer the device" % label)
    check(sorted(os.listdir(victims)) == ["precious.txt"],
          "%s: something was written outside the output folder: %r"
          % (label, os.listdir(victims)))
    with open(VICTIM) as f:
        check(f.read() == "precious\n", "%s: the file a link points to changed" % label)


def temps(d):
    return [os.path.join(dp, n) for dp, _, ns in os.walk(d) for n in ns if ".tmp-" in n]


def refused(label, r, name, d):
    err = r.stderr.decode("utf-8", "replace").strip()
    check(r.returncode == 13, "%s: exit %d, expected 13 (%s)" % (label, r.returncode, err))
    lines = [l for l in err.splitlines() if l.startswith("briefcast:")]
    check(len(lines) == 1 and name in lines[0],
          "%s: expected one line naming %s, got %r" % (label, name, err))
    intact(label)
    check(not temps(d), "%s: temporary files left: %r" % (label, temps(d)))


# What each command writes into a folder, and how to run it there.
def folder_cases():
    yield ("run", ["summary.json", "report.json", "brief.md", "brief.html",
                   "brief.pdf", "slides.pdf"],
           lambda d: ["run", sample, "-o", d, "--no-audio"])
    yield ("run audio", ["narration.wav"],
           lambda d: ["run", sample, "-o", d, "--no-pdf", "--no-slides"])
    yield ("audio", ["narration.wav", "narration.mp3", "narration.opus",
                     "transcript.vtt", "transcript.srt", "chapters.json",
                     "chapters.vtt"],
           lambda d: ["audio", TINY, "-o", d, "--opus"])


n = 0
for label, names, argv in folder_cases():
    for name in names:
        for kind in KINDS:
            n += 1
            d = os.path.join(work, "out%d" % n)
            os.mkdir(d)
            plant(kind, os.path.join(d, name))
            r = run(argv(d), timeout=120)
            refused("%s %s as %s" % (label, name, kind), r, name, d)

# Commands that write one file named by -o.
single = [
    ("pdf", "brief.pdf", lambda p: ["pdf", TINY, "-o", p]),
    ("slides", "slides.pdf", lambda p: ["slides", TINY, "-o", p]),
    ("summarize", "s.json", lambda p: ["summarize", sample, "-o", p]),
    ("say", "say.wav", lambda p: ["say", "Hello there.", "-o", p]),
]
for label, name, argv in single:
    for kind in KINDS:
        n += 1
        d = os.path.join(work, "out%d" % n)
        os.mkdir(d)
        p = os.path.join(d, name)
        plant(kind, p)
        refused("%s %s as %s" % (label, name, kind), run(argv(p), timeout=120), name, d)
    # -o /dev/null: refused, and /dev/null stays the device (as root a
    # rename would have replaced it with a regular file).
    r = run(argv("/dev/null"))
    refused("%s -o /dev/null" % label, r, "/dev/null", work + "/none")
    # -o -: what the user asked for, on standard output.
    r = run(argv("-"))
    magic = {"pdf": b"%PDF-", "slides": b"%PDF-", "summarize": b"{", "say": b"RIFF"}[label]
    check(r.returncode == 0 and r.stdout.startswith(magic),
          "%s -o -: exit %d, %r (%s)" % (label, r.returncode, r.stdout[:16], r.stderr.decode()))

# feed DIR writes DIR/feed.xml; an episode is an audio output folder.
for kind in KINDS:
    n += 1
    d = os.path.join(work, "out%d" % n)
    r = run(["audio", TINY, "-o", d, "--no-mp3"])
    shutil.copy(TINY, os.path.join(d, "summary.json"))
    check(r.returncode == 0, "audio for feed: %s" % r.stderr.decode())
    plant(kind, os.path.join(d, "feed.xml"))
    refused("feed feed.xml as %s" % kind, run(["feed", d]), "feed.xml", d)

# batch writes DIR/manifest.json (and its journal) and DIR/feed.xml.
posts = os.path.join(work, "posts")
os.mkdir(posts)
shutil.copy(sample, os.path.join(posts, "note.md"))
for name in ["manifest.json", "manifest.json.journal"]:
    for kind in KINDS:
        n += 1
        d = os.path.join(work, "out%d" % n)
        os.mkdir(d)
        plant(kind, os.path.join(d, name))
        r = run(["batch", posts, "-o", d, "--no-audio", "--no-pdf", "--no-slides"],
                timeout=120)
        err = r.stderr.decode()
        check(r.returncode in (13, 15) and name in err,
              "batch %s as %s: exit %d (%s)" % (name, kind, r.returncode, err))
        intact("batch %s as %s" % (name, kind))
        check(not temps(d), "batch %s as %s: temporaries %r" % (name, kind, temps(d)))

# A document's folder planted as a link to a folder elsewhere: the batch
# never writes through it (the document gets a folder of its own).
n += 1
d = os.path.join(work, "out%d" % n)
os.mkdir(d)
slug = "2025-09-10-why-we-ship-on-tuesdays"
os.symlink(victims, os.path.join(d, slug))
r = run(["--json", "batch", posts, "-o", d, "--no-audio", "--no-pdf", "--no-slides"])
rows = [json.loads(l) for l in r.stdout.decode().splitlines() if l.strip()]
check(r.returncode == 0 and rows[0]["folder"] != slug,
      "batch with a planted folder link: exit %d, %r (%s)" % (r.returncode, rows, r.stderr.decode()))
intact("batch folder link")

# run with a feed writes one folder per document: a planted link there is
# refused, never followed.
feed = os.path.join(work, "two.md")
with open(sample) as f:
    text = f.read()
n += 1
d = os.path.join(work, "out%d" % n)
os.mkdir(d)
os.symlink(victims, os.path.join(d, slug))
r = run(["run", sample, sample, "-o", d, "--no-audio"])
check(r.returncode == 13 and slug in r.stderr.decode(),
      "run into a planted folder link: exit %d (%s)" % (r.returncode, r.stderr.decode()))
intact("run folder link")


# --- a full disk ------------------------------------------------------------
def small_disk():
    """A 400 KiB tmpfs, or None where mounting is not allowed."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        return None
    m = os.path.join(work, "small")
    os.mkdir(m)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", m],
                       capture_output=True)
    return m if r.returncode == 0 else None


def fill(m):
    """Leave about 40 KiB free."""
    with open(os.path.join(m, "filler"), "wb") as f:
        try:
            while True:
                f.write(b"\0" * 4096)
                f.flush()
                os.fsync(f.fileno())
                if os.statvfs(m).f_bavail * os.statvfs(m).f_frsize < 40 * 1024:
                    break
        except OSError:
            pass


mnt = small_disk()
if mnt:
    fill(mnt)
    words, limit = "No space left on device", None
else:
    # RLIMIT_FSIZE: a write past 64 KiB fails with EFBIG ("File too large")
    # through the same code as a full disk.
    mnt = os.path.join(work, "fsize")
    os.mkdir(mnt)
    words, limit = "File too large", 64 * 1024


def limited():
    if limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def run_full(args):
    return subprocess.run([BIN] + args, capture_output=True, timeout=120,
                          preexec_fn=limited)


try:
    full = [
        ("run", ["run", os.path.join(SRC, "samples", "long-essay.md"), "-o",
                 os.path.join(mnt, "run")]),
        ("pdf", ["pdf", TINY, "-o", os.path.join(mnt, "b.pdf")]),
        ("slides", ["slides", TINY, "-o", os.path.join(mnt, "s.pdf")]),
        ("audio", ["audio", os.path.join(work, "s.json"), "-o", os.path.join(mnt, "a")]),
        ("say", ["say", "Hello there. " * 40, "-o", os.path.join(mnt, "say.wav")]),
    ]
    for label, args in full:
        r = run_full(args)
        err = r.stderr.decode().strip()
        check(r.returncode == 13, "full disk, %s: exit %d (%s)" % (label, r.returncode, err))
        check(len(err.splitlines()) == 1 and words in err and mnt in err,
              "full disk, %s: expected one line naming the file and %r: %r"
              % (label, words, err))
        check("libharu" not in err and ".tmp-" not in err,
              "full disk, %s: the message names a library error or a temporary: %r"
              % (label, err))
        check(not temps(mnt), "full disk, %s: temporaries left %r" % (label, temps(mnt)))
finally:
    if not limit:
        subprocess.run(["umount", mnt])

print("ok: %d planted outputs refused, nothing written outside the output "
      "folder, -o - and a full disk (%s) reported" % (n, words))
