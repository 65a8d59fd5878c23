"""test_run_cli.py - the run command as a script or a person uses it:
--json output, settings precedence (command line > environment > config
file), --dry-run plans without calling anything, several inputs give one
folder each and one bad input does not stop the others."""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import SRC, check, run, tmpdir

work = tmpdir()
short = os.path.join(SRC, "samples", "short-note.md")
dense = os.path.join(SRC, "samples", "dense-facts.md")
fast = ["--no-audio", "--no-pdf", "--no-slides"]

# --json: one JSON object per document on stdout, nothing else there.
out = os.path.join(work, "json")
r = run(["--json", "run", short, "-o", out] + fast)
check(r.returncode == 0, "json run: exit %d %s" % (r.returncode, r.stderr.decode()))
lines = r.stdout.decode().strip().splitlines()
check(len(lines) == 1, "expected one JSON line, got %r" % lines)
res = json.loads(lines[0])
check(res["verdict"] in ("pass", "warn") and res["title"] == "Why We Ship on Tuesdays",
      "unexpected --json result %r" % res)
check(res["outdir"] == out, "outdir %r" % res["outdir"])

# Settings: the config file names a provider, the environment overrides it,
# the command line overrides both.
cfg = os.path.join(work, "config")
with open(cfg, "w") as f:
    f.write("# briefcast settings\nprovider = nosuch\n")
r = run(["--config", cfg, "run", short, "-o", os.path.join(work, "c1")] + fast)
check(r.returncode == 2 and b"nosuch" in r.stderr,
      "config provider: exit %d %s" % (r.returncode, r.stderr.decode()))
r = run(["--config", cfg, "run", short, "-o", os.path.join(work, "c2")] + fast,
        env={"BRIEFCAST_PROVIDER": "local"})
check(r.returncode == 0, "env over config: exit %d %s" % (r.returncode, r.stderr.decode()))
r = run(["--config", cfg, "run", short, "-o", os.path.join(work, "c3"), "--provider", "local"] + fast,
        env={"BRIEFCAST_PROVIDER": "nosuch2"})
check(r.returncode == 0, "command line over env: exit %d %s" % (r.returncode, r.stderr.decode()))
r = run(["--config", os.path.join(work, "missing.conf"), "run", short, "-o", work])
check(r.returncode == 2 and b"missing.conf" in r.stderr, "missing --config file: exit %d" % r.returncode)

# --dry-run: a plan for an LLM provider, no request (the port is closed),
# no output written.
out = os.path.join(work, "dry")
r = run(["run", dense, "-o", out, "--provider", "openai", "--base-url",
         "http://127.0.0.1:9/v1", "--dry-run", "--json"], env={"OPENAI_API_KEY": "sk-test"})
check(r.returncode == 0, "dry run: exit %d %s" % (r.returncode, r.stderr.decode()))
plan = json.loads(r.stdout.decode().strip().splitlines()[0])
check(plan["chunks"] >= 1 and plan["requests"] >= 1 and plan["input_tokens"] > 500,
      "implausible plan %r" % plan)
check(not os.path.exists(out) or not os.listdir(out), "dry run wrote outputs")
check(b"sk-test" not in r.stdout + r.stderr, "the API key was printed")

# Several inputs: one folder per document, named from date and title; a
# missing input is reported and the others still run.
out = os.path.join(work, "many")
r = run(["run", short, os.path.join(work, "nope.md"), dense, "-o", out] + fast)
check(r.returncode == 3, "mixed inputs: exit %d, expected 3 for the missing one" % r.returncode)
check(b"nope.md" in r.stderr, "missing input not named: %s" % r.stderr.decode())
dirs = sorted(os.listdir(out))
check(len(dirs) == 2, "expected two document folders, got %r" % dirs)
check(any(d.startswith("2025-09-10") and "tuesday" in d for d in dirs), "slug for short note: %r" % dirs)
for d in dirs:
    check(os.path.exists(os.path.join(out, d, "summary.json")), "no summary.json in %s" % d)

# A feed: one folder per entry; two entries with the same date and title get
# distinct folders.
para = ("<p>The library reopened on 4 May 2021 after a renovation that took "
        "eighteen months and cost 2.1 million euros. Visitors can borrow tools, "
        "seeds and board games as well as books.</p><p>Opening hours grew from "
        "30 to 45 hours a week, and the reading room now seats 80 people.</p>")
feed = os.path.join(work, "feed.xml")
with open(feed, "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            '<title>Town news</title><link>http://127.0.0.1/</link><description>d</description>')
    for _ in range(2):
        f.write('<item><title>Library reopens</title><pubDate>Tue, 04 May 2021 09:00:00 +0000</pubDate>'
                '<link>http://127.0.0.1/lib</link><description><![CDATA[%s]]></description></item>' % para)
    f.write('</channel></rss>')
out = os.path.join(work, "feed-out")
r = run(["run", feed, "-o", out] + fast)
check(r.returncode == 0, "feed run: exit %d %s" % (r.returncode, r.stderr.decode()))
dirs = sorted(os.listdir(out))
check(dirs == ["2021-05-04-library-reopens", "2021-05-04-library-reopens-2"],
      "feed folders: %r" % dirs)

# A repair is kept only when checking the repaired summary confirms it: the
# shipped glossary holds the source's own expansion, never a mangled one
# (a repair once turned it into "... Administration Administration").
src = os.path.join(work, "noaa.txt")
with open(src, "w") as f:
    f.write("The National Oceanic and Atmospheric Administration (NOAA) recently "
            "stated to expect record hot years soon.\n\nNOAA said so again.\n")
out = os.path.join(work, "noaa")
r = run(["run", src, "-o", out, "--no-audio", "--no-slides"])
check(r.returncode == 0, "noaa run: exit %d %s" % (r.returncode, r.stderr.decode()))
with open(os.path.join(out, "summary.json")) as f:
    gl = json.load(f)["glossary"]
for g in gl:
    check(g["definition"] == "National Oceanic and Atmospheric Administration",
          "glossary definition changed to %r" % g["definition"])
for name in ("summary.json", "brief.md", "brief.html"):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        check("Administration Administration" not in f.read(), "mangled repair in %s" % name)

# SOURCE_DATE_EPOCH makes the PDFs byte-reproducible; a malformed value is
# a usage error rather than a silent "now".
outs = []
for n in ("r1", "r2"):
    out = os.path.join(work, n)
    r = run(["run", short, "-o", out, "--no-audio"], env={"SOURCE_DATE_EPOCH": "1700000000"})
    check(r.returncode == 0, "reproducible run: exit %d" % r.returncode)
    outs.append(out)
for name in ("brief.pdf", "slides.pdf"):
    with open(os.path.join(outs[0], name), "rb") as a, open(os.path.join(outs[1], name), "rb") as b:
        check(a.read() == b.read(), "%s differs under SOURCE_DATE_EPOCH" % name)
r = run(["run", short, "-o", os.path.join(work, "r3"), "--no-audio"], env={"SOURCE_DATE_EPOCH": "yesterday"})
check(r.returncode == 2 and b"SOURCE_DATE_EPOCH" in r.stderr, "malformed SOURCE_DATE_EPOCH: exit %d" % r.returncode)

shutil.rmtree(work)
print("ok: --json, settings precedence, --dry-run, several inputs, reproducible PDFs")
