"""test_limits.py - each cap of include/briefcast/limits.h that a user can
reach from the command line gives a clear error one past it, naming the
limit, and the value at the cap itself is taken.  The caps are read from
the header, so a build with other values is tested against its own."""
import os
import re

from bclib import BIN, SRC, check, run, tmpdir

with open(os.path.join(SRC, "include", "briefcast", "limits.h")) as f:
    HEADER = f.read()


TESTED = set()


def cap(name):
    TESTED.add(name)
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

# LLM settings of run and summarize: --jobs, --timeout, --retries,
# --repair-rounds, --context-tokens (read even by the local provider)
llm = [("--jobs", cap("BC_MAX_LLM_JOBS")), ("--timeout", cap("BC_MAX_LLM_TIMEOUT")),
       ("--retries", cap("BC_MAX_LLM_RETRIES")),
       ("--repair-rounds", cap("BC_MAX_REPAIR_ROUNDS")),
       ("--context-tokens", cap("BC_MAX_CONTEXT_TOKENS"))]
for opt, top in llm:
    refused(["run", doc, "-o", os.path.join(work, "l1"), opt, str(top + 1)] + fast,
            USAGE, [str(top), opt], "run " + opt)
least = cap("BC_MIN_CONTEXT_TOKENS")
refused(["summarize", doc, "-o", os.path.join(work, "s.json"), "--context-tokens",
         str(least - 1)], USAGE, [str(least), "--context-tokens"],
        "--context-tokens under the minimum")
args = [a for opt, top in llm for a in (opt, str(top))]
r = run(["run", doc, "-o", os.path.join(work, "l2")] + args + fast)
check(r.returncode == 0, "run at the LLM caps: exit %d (%s)" % (r.returncode,
                                                              r.stderr.decode()))
r = run(["summarize", doc, "-o", os.path.join(work, "s.json"), "--context-tokens",
         str(least)])
check(r.returncode == 0, "--context-tokens %d: exit %d (%s)"
      % (least, r.returncode, r.stderr.decode()))

# --timeout of a fetch (extract, facts): seconds, fractions allowed
fetch = cap("BC_MAX_FETCH_TIMEOUT")
refused(["extract", doc, "--timeout", "%d.5" % fetch], USAGE,
        [str(fetch), "--timeout"], "extract --timeout")
r = run(["extract", doc, "--timeout", str(fetch)])
check(r.returncode == 0, "extract --timeout %d: exit %d" % (fetch, r.returncode))

# --rate, for say and for run (the same cap)
lo, hi = cap("BC_MIN_SAMPLE_RATE"), cap("BC_MAX_SAMPLE_RATE")
for rate in (lo - 1, hi + 1):
    refused(["say", "--dry-run", "--rate", str(rate), "hello"], USAGE,
            [str(lo), str(hi), "--rate"], "say --rate %d" % rate)
    refused(["run", doc, "-o", os.path.join(work, "r1"), "--rate", str(rate)] + fast,
            USAGE, [str(lo), str(hi), "--rate"], "run --rate %d" % rate)
for rate in (lo, hi):
    r = run(["say", "--dry-run", "--rate", str(rate), "hello"])
    check(r.returncode == 0, "say --rate %d: exit %d" % (rate, r.returncode))
# a rate in range that video.mp4's AAC track cannot take: refused before
# any work when run makes the video, taken with --no-video
out = os.path.join(work, "r2")
refused(["run", doc, "-o", out, "--rate", "30000"], USAGE,
        ["30000", "video.mp4", "48000"], "run --rate 30000 with the video")
left = os.listdir(out) if os.path.exists(out) else []
check(not left, "run --rate 30000 with the video left %r" % left)
r = run(["run", doc, "-o", out, "--rate", "30000", "--no-video", "--no-pdf",
         "--no-mp3"])
check(r.returncode == 0, "run --rate 30000 --no-video: exit %d (%s)" %
      (r.returncode, r.stderr.decode()))

# --video-size: parsed before any rendering, so --no-video still checks it
lo, hi = cap("BC_MIN_VIDEO_SIDE"), cap("BC_MAX_VIDEO_SIDE")
for size in ("%dx%d" % (hi + 2, lo), "%dx%d" % (lo, lo - 2)):
    refused(["run", doc, "-o", os.path.join(work, "v1"), "--video-size", size] + fast,
            USAGE, [str(lo), str(hi), "--video-size"], "--video-size " + size)
r = run(["run", doc, "-o", os.path.join(work, "v2"), "--video-size",
         "%dx%d" % (hi, lo)] + fast)
check(r.returncode == 0, "--video-size %dx%d: exit %d (%s)"
      % (hi, lo, r.returncode, r.stderr.decode()))

# say reading standard input: one byte over the cap is too large
say_bytes = cap("BC_MAX_SAY_BYTES")
r = run(["say", "--dry-run", "-"], stdin=b"a " * (say_bytes // 2) + b"b")
check(r.returncode == TOO_BIG, "say with %d bytes on stdin: exit %d (%s)"
      % (say_bytes + 1, r.returncode, r.stderr.decode()[:200]))
r = run(["say", "--dry-run", "-"], stdin=b"word " * 1000)
check(r.returncode == 0, "say with a short stdin: exit %d" % r.returncode)

# a line of the settings file: the cap (newline included) is read, one more
# byte is refused with the line named
line_cap = cap("BC_MAX_CONFIG_LINE")
conf = os.path.join(work, "config")
for size, code in ((line_cap, 0), (line_cap + 1, USAGE)):
    with open(conf, "w") as f:
        f.write("provider = local\n#" + "x" * (size - 2) + "\n")
    r = run(["--config", conf, "extract", doc])
    check(r.returncode == code and (code == 0 or b"line 2" in r.stderr),
          "a config line of %d bytes: exit %d, expected %d (%s)"
          % (size, r.returncode, code, r.stderr.decode()))

# Every cap of the header is either tested above or named here with where
# it is tested or why no command line reaches it, so a new cap cannot be
# forgotten.
ELSEWHERE = {
    "BC_MAX_HTML_TAGS": "tests/unit/test_html.c",
    "BC_MAX_CHECK_PAIRS": "tests/integration/test_hostile_check.py",
    "BC_MAX_CHECK_SCAN": "tests/integration/test_hostile_check.py",
    "BC_MAX_NARRATION_CHARS": "tests/fuzz/fuzz_summary_consumers.c",
    "BC_MAX_SUMMARY_ITEMS": "tests/fuzz/fuzz_summary_consumers.c",
    "BC_MAX_SENTENCES": "tests/unit/test_analyze_sentences.c",
    "BC_MAX_TOKEN_CHARS": "tests/unit/test_speech.c",
}
NOT_HERE = {
    "BC_MAX_DOC_BYTES": "32 MiB documents: test_hostile_input.py reads the "
                        "too-large error without the figure",
    "BC_MAX_HTTP_BODY": "needs a 32 MiB answer from a server",
    "BC_MAX_JSON_BYTES": "a summary or report of 16 MiB",
    "BC_MAX_PROMPT_BYTES": "bounded by the document and the context size",
    "BC_MAX_LINE_BYTES": "a line of text of 1 MiB",
    "BC_MAX_FEED_ENTRIES": "a feed of 100000 entries",
    "BC_MAX_REDIRECTS": "needs a redirecting server",
    "BC_MAX_BATCH_DOCS": "a batch of 200000 documents",
    "BC_MAX_MANIFEST_BYTES": "a manifest of 512 MiB",
    "BC_MAX_HTML_BYTES": "a page of 1 GiB",
    "BC_MAX_HTML_DEPTH": "HTML nested 256 deep: test_hostile_input.py",
    "BC_MAX_SCHEMA_DEPTH": "the schemas are the tool's own",
    "BC_MAX_SLIDE_BULLETS": "a layout bound, not an error",
    "BC_MAX_RANK_POOL_BYTES": "bounded by the document cap",
    "BC_MAX_AUDIO_SECONDS": "twelve hours of speech",
    "BC_MAX_SENTENCE_SECONDS": "an hour-long sentence",
    "BC_MAX_AUDIO_TAG_BYTES": "bounded by the summary cap",
    "BC_MAX_OPUS_CHAPTERS": "a format bound: later chapters are left out",
    "BC_MAX_MARKDOWN_BYTES": "bounded by the summary cap",
    "BC_MAX_HTML_PAGE_BYTES": "bounded by the summary and document caps",
    "BC_MAX_CHILD_REPORT_BYTES": "written by the tool's own child process",
    "BC_MAX_SLIDES": "bounded by BC_MAX_SUMMARY_ITEMS",
    "BC_MAX_DECK_BYTES": "the deck is the tool's own slides.pdf",
}
for name, path in ELSEWHERE.items():
    with open(os.path.join(SRC, path)) as f:
        check(name in f.read(), "%s is not tested in %s" % (name, path))
defined = set(re.findall(r"#define (BC_M(?:AX|IN)_[A-Z0-9_]+)", HEADER))
listed = TESTED | set(ELSEWHERE) | set(NOT_HERE)
check(defined <= listed, "caps with no test named: %s" % sorted(defined - listed))
check(listed <= defined, "caps no longer in limits.h: %s" % sorted(listed - defined))

print("ok: every cap reachable from the command line is refused one past it "
      "and taken at it")
