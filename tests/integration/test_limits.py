"""test_limits.py - each cap of include/briefcast/limits.h that a user can
reach from the command line gives a clear error one past it, naming the
limit, and the value at the cap itself is taken.  The caps are read from
the header, so a build with other values is tested against its own."""
import os
import re

from bclib import BIN, SRC, check, run, tmpdir

with open(os.path.join(SRC, "include", "briefcast", "limits.h")) as f:
    HEADER = f.read()


def cap(name):
    m = re.search(r"#define %s ([^\n]*)" % name, HEADER)
    check(m is not None, "%s not in limits.h" % name)
    expr = re.sub(r"/\*.*?\*/", "", m.group(1)).replace("(size_t)", "")
    check(re.fullmatch(r"[0-9 *()]+", expr) is not None, "%s = %r" % (name, expr))
    return int(eval(expr))  # digits, spaces, '*' and parentheses only


USAGE, TOO_BIG = 2, 8
work = tmpdir()
doc = os.path.join(SRC, "samples", "short-note.md")
fast = ["--no-audio", "--no-pdf", "--no-slides", "--no-video"]


def refused(args, code, words, what):
    r = run(args)
    err = r.stderr.decode()
    check(r.returncode == code and all(w in err for w in words),
          "%s: exit %d, expected %d naming %r (%s)" % (what, r.returncode, code,
                                                       words, err))


# --minutes: above the cap refused, at the cap taken
minutes = cap("BC_MAX_MINUTES")
refused(["run", doc, "-o", os.path.join(work, "m1"), "--minutes",
         str(minutes + 1)] + fast, USAGE, [str(minutes), "--minutes"], "--minutes")
r = run(["run", doc, "-o", os.path.join(work, "m2"), "--minutes", str(minutes)] + fast)
check(r.returncode == 0, "--minutes %d: exit %d (%s)" % (minutes, r.returncode,
                                                        r.stderr.decode()))

# --speech-jobs
workers = cap("BC_MAX_SPEECH_WORKERS")
refused(["say", "--dry-run", "--speech-jobs", str(workers + 1), "hello"], USAGE,
        [str(workers), "--speech-jobs"], "--speech-jobs")
r = run(["say", "--dry-run", "--speech-jobs", str(workers), "hello"])
check(r.returncode == 0, "--speech-jobs %d: exit %d" % (workers, r.returncode))

# batch: --jobs, --doc-timeout, --shard
out = os.path.join(work, "batch")
jobs = cap("BC_MAX_BATCH_JOBS")
refused(["batch", doc, "-o", out, "-j", str(jobs + 1)] + fast, USAGE,
        [str(jobs), "--jobs"], "batch --jobs")
timeout = cap("BC_MAX_DOC_TIMEOUT")
refused(["batch", doc, "-o", out, "--doc-timeout", str(timeout + 1)] + fast, USAGE,
        [str(timeout), "--doc-timeout"], "batch --doc-timeout")
shards = cap("BC_MAX_SHARDS")
refused(["batch", doc, "-o", out, "--shard", "1/%d" % (shards + 1)] + fast, USAGE,
        [str(shards), "--shard"], "batch --shard")
check(not os.path.exists(out), "a refused batch made its output folder")
r = run(["batch", doc, "-o", out, "-j", str(jobs), "--doc-timeout", str(timeout),
         "--shard", "%d/%d" % (shards, shards)] + fast)
check(r.returncode == 0, "batch at the caps: exit %d (%s)" % (r.returncode,
                                                            r.stderr.decode()))

# --lexicon: a file one byte over the cap is refused with the file named,
# one at the cap is read
lexicon = cap("BC_MAX_LEXICON_BYTES")
big = os.path.join(work, "big.lex")
line = "# padding of a pronunciation lexicon\n"
with open(big, "w") as f:
    f.write(line * (lexicon // len(line)))
    f.write("#" + "x" * (lexicon % len(line) - 2) + "\n")
check(os.path.getsize(big) == lexicon, "lexicon size %d" % os.path.getsize(big))
r = run(["say", "--dry-run", "--lexicon", big, "hello"])
check(r.returncode == 0, "a lexicon of exactly the cap: exit %d (%s)"
      % (r.returncode, r.stderr.decode()))
with open(big, "a") as f:
    f.write("\n")
refused(["say", "--dry-run", "--lexicon", big, "hello"], TOO_BIG,
        ["big.lex", "limit"], "--lexicon over the cap")

print("ok: every cap reachable from the command line is refused one past it "
      "and taken at it")
