"""test_batch.py - `briefcast batch` on a folder of small documents the test
writes, one of them binary: every good one done and the broken one failed
with its own exit code (exit 15 for the batch); a re-run skips what is
unchanged and retries only the failure; an edited source is redone alone;
Ctrl-C keeps finished documents and the next run finishes the rest; a
document whose process hangs (--doc-timeout) or is killed by a signal
stops only itself; --shard 1/2 and 2/2 cover every document once and
merge into one manifest and an RSS 2.0 feed."""
import json
import os
import signal
import subprocess
import sys
import urllib.request
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from bclib import (BIN, check, children, run, tmpdir,  # noqa: E402
                   validate_json, wait_for)

PARTIAL = 15

TOPICS = [
    ("Orchard planting", "Riverside Garden Club (RGC)", "12 March 2024", "40 apple trees"),
    ("Library hours", "Northfield Public Library (NPL)", "3 May 2023", "six extra hours"),
    ("Bridge repair", "County Roads Office (CRO)", "18 July 2022", "1.2 million dollars"),
    ("Choir season", "Harbour Town Choir (HTC)", "9 September 2024", "14 concerts"),
    ("Bike lanes", "City Transport Board (CTB)", "21 January 2025", "8 kilometres"),
]


def essay(i, title, org, date, amount, extra=""):
    return ("# %s\n\nOn %s the %s announced a plan worth %s. The plan was "
            "discussed at a public meeting that evening, and %d residents "
            "spoke in favour of it.\n\nThe %s said the work should be done "
            "within two years. A report on the first year will be published "
            "online.%s\n" % (title, date, org, amount, 20 + i, org.split(" (")[0],
                             extra))


def write_folder(d):
    os.makedirs(os.path.join(d, "2024"), exist_ok=True)
    paths = []
    for i, (title, org, date, amount) in enumerate(TOPICS):
        name = ["orchard.md", "2024/library.md", "bridge.txt", "choir.markdown",
                "bikes.html"][i]
        text = essay(i, title, org, date, amount)
        if name.endswith(".html"):
            body = "".join("<p>%s</p>" % p for p in text.split("\n\n")[1:])
            text = ("<!doctype html><html><head><title>%s</title></head><body>"
                    "<article><h1>%s</h1>%s</article></body></html>\n"
                    % (title, title, body))
        elif name.endswith(".txt"):
            text = text.replace("# ", "", 1)
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
        paths.append(os.path.join(d, name))
    broken = os.path.join(d, "2024", "scan.md")
    with open(broken, "wb") as f:
        f.write(bytes(range(256)) * 8)  # binary: NUL bytes and all
    with open(os.path.join(d, "notes.csv"), "w") as f:
        f.write("not,a,document\n")  # not an extension batch reads
    return paths, broken


def lines(out):
    rows = [json.loads(l) for l in out.decode().splitlines() if l.strip()]
    check(rows and rows[-1].get("summary") is True, "no summary line in %r" % rows)
    return rows[:-1], rows[-1]


def manifest(path):
    with open(path) as f:
        m = json.load(f)
    check(m.get("schema") == "briefcast.manifest/2", "manifest schema %r" % m.get("schema"))
    return {d["key"]: d for d in m["documents"]}, m


def batch(args, **kw):
    return run(["batch"] + args, **kw)


work = tmpdir()
src = os.path.join(work, "posts")
out = os.path.join(work, "out")
env = {"SOURCE_DATE_EPOCH": "1700000000", "XDG_CACHE_HOME": os.path.join(work, "cache")}
good, broken = write_folder(src)

# --- first run: all good ones done, the binary one failed with code 6 ---------
r = batch(["--json", src, "-o", out, "--no-audio", "-j", "2"], env=env)
check(r.returncode == PARTIAL, "first run: exit %d, expected %d (%s)"
      % (r.returncode, PARTIAL, r.stderr.decode()))
docs, summ = lines(r.stdout)
check(summ["documents"] == 6 and summ["done"] == 5 and summ["failed"] == 1,
      "first run summary %r" % summ)
by_input = {d["input"]: d for d in docs}
check(sorted(by_input) == sorted(good + [broken]), "documents seen: %r" % sorted(by_input))
check(by_input[broken]["status"] == "failed" and by_input[broken]["exit_code"] == 6
      and "binary" in by_input[broken]["error"], "broken file: %r" % by_input[broken])
ents, m = manifest(os.path.join(out, "manifest.json"))
check(m["complete"] is True and len(ents) == 6, "manifest: %r" % m)
titles = set()
for p in good:
    e = ents[p]
    check(e["status"] == "ok" and e["code"] == "BC_OK" and e["signal"] == 0
          and "exit_code" not in e and e["verdict"] in ("pass", "warn"),
          "%s: %r" % (p, e))
    s = validate_json(os.path.join(out, e["folder"], "summary.json"), "summary.schema.json")
    titles.add(s["title"])
    check(len(e["sha256"]) == 64 and e["seconds"]["total"] > 0, "%s: %r" % (p, e))
check(titles == {t[0] for t in TOPICS}, "titles %r" % titles)
# the manifest keeps the library's outcome; the CLI's 6 is its mapping
check(ents[broken]["status"] == "failed" and ents[broken]["code"] == "BC_ERR_BINARY"
      and ents[broken]["signal"] == 0 and "exit_code" not in ents[broken],
      "manifest broken entry %r" % ents[broken])
mtimes = {p: os.stat(os.path.join(out, ents[p]["folder"], "summary.json")).st_mtime_ns
          for p in good}

# --- second run: skips every unchanged document, retries the failed one --------
r = batch([src, "-o", out, "--no-audio", "-j", "2"], env=env)
err = r.stderr.decode()
check(r.returncode == PARTIAL, "second run: exit %d (%s)" % (r.returncode, err))
check("skipped 5 unchanged" in err, "second run did not say it skipped 5: %r" % err)
check(broken in err and "binary" in err, "second run did not retry the broken file: %r" % err)
for p in good:
    check(os.stat(os.path.join(out, ents[p]["folder"], "summary.json")).st_mtime_ns == mtimes[p],
          "second run rewrote %s" % p)

# --- an edited source is redone, alone -------------------------------------------
edited = good[2]
with open(edited, "a") as f:
    f.write("\nA second meeting is planned for the spring.\n")
r = batch(["--json", src, "-o", out, "--no-audio"], env=env)
docs, summ = lines(r.stdout)
check(r.returncode == PARTIAL and summ["skipped"] == 4 and summ["done"] == 1,
      "after an edit: exit %d, %r" % (r.returncode, summ))
check(sorted(d["input"] for d in docs) == sorted([edited, broken]),
      "after an edit, ran %r" % [d["input"] for d in docs])
ents2, _ = manifest(os.path.join(out, "manifest.json"))
check(ents2[edited]["sha256"] != ents[edited]["sha256"], "the edit did not change the hash")

# --- the broken file fixed: everything ok, exit 0 ---------------------------------
with open(broken, "w") as f:
    f.write(essay(9, "Scanned minutes", "Harbour Town Council (HTC)", "2 June 2021", "300 dollars"))
r = batch(["--json", src, "-o", out, "--no-audio"], env=env)
docs, summ = lines(r.stdout)
check(r.returncode == 0 and summ["failed"] == 0 and [d["input"] for d in docs] == [broken],
      "after the fix: exit %d, ran %r, %r" % (r.returncode, [d["input"] for d in docs], summ))
r = batch(["--json", "--force", src, "-o", out, "--no-audio"], env=env)
docs, summ = lines(r.stdout)
check(r.returncode == 0 and summ["done"] == 6 and summ["skipped"] == 0, "--force: %r" % summ)

# --- a manifest cut short (a full disk, a bad edit): a clear error, --force starts over
with open(os.path.join(out, "manifest.json"), "r+") as f:
    f.truncate(200)
r = batch([src, "-o", out, "--no-audio"], env=env)
err = r.stderr.decode().strip()
check(r.returncode == 9 and "manifest.json" in err and "--force" in err and len(err.splitlines()) == 1,
      "truncated manifest: exit %d, %r" % (r.returncode, err))
r = batch(["--json", "--force", src, "-o", out, "--no-audio"], env=env)
docs, summ = lines(r.stdout)
check(r.returncode == 0 and summ["done"] == 6, "--force over a truncated manifest: %r" % summ)
with open(os.path.join(out, "manifest.json")) as f:
    check(len(json.load(f)["documents"]) == 6, "the manifest was not rewritten whole")

# --- usage errors ---------------------------------------------------------------
for args in (["--shard", "3/2", src, "-o", out], ["--shard", "x", src, "-o", out],
             [src], ["--jobs", "0", src, "-o", out]):
    r = batch(args)
    check(r.returncode == 2 and len(r.stderr.decode().strip().splitlines()) == 1,
          "%r: exit %d, %r" % (args, r.returncode, r.stderr))


# --- an LLM stand-in that can hang: timeouts, a killed child, Ctrl-C -------------
def standin():
    """Start llm_standin.py; returns (process, base URL).  It prints its
    port on stdout once it listens."""
    proc = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__),
                                                          "llm_standin.py"),
                             "--lifetime", "300"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return proc, "http://127.0.0.1:%d" % int(proc.stdout.readline())


def control(base, what, body=None):
    data = None if body is None else json.dumps(body).encode()
    with urllib.request.urlopen(urllib.request.Request(base + "/_control/" + what, data),
                                timeout=10) as resp:
        return json.loads(resp.read())


def script(base, steps):
    """The stand-in's answers from now on: one step per request."""
    control(base, "reset", {})
    control(base, "script", {"script": steps})


def requests_seen(base):
    return len(control(base, "log"))


llm_proc, llm = standin()
llm_src = os.path.join(work, "llm-posts")
os.makedirs(llm_src)
for i, (title, org, date, amount) in enumerate(TOPICS[:4]):
    with open(os.path.join(llm_src, "%d.md" % i), "w") as f:
        f.write(essay(i, title, org, date, amount))
llm_args = ["--provider", "openai", "--base-url", llm + "/v1", "--model", "m",
            "--no-cache", "--no-audio", "--no-pdf", "--no-slides", "--repair-rounds", "0"]
llm_env = dict(env, OPENAI_API_KEY="")
e = dict(os.environ)
e.update(llm_env)

# Document 1 hangs past --doc-timeout, document 2's process is killed
# while it waits (SIGKILL, as the kernel's out-of-memory killer does; a
# SIGSEGV would be caught by AddressSanitizer in a sanitizer build): both
# recorded, documents 0 and 3 done.
script(llm, ["valid", "slow:120", "slow:120"])
out3 = os.path.join(work, "out-llm")
p = subprocess.Popen([BIN, "--json", "batch", llm_src, "-o", out3, "--doc-timeout", "5"]
                     + llm_args, env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wait_for(lambda: requests_seen(llm) >= 3, "the third document's request")
kids = children(p.pid)
check(len(kids) == 1, "expected one document process, found %r" % kids)
os.kill(kids[0], signal.SIGKILL)
so, se = p.communicate(timeout=120)
check(p.returncode == PARTIAL, "hang+crash run: exit %d (%s)" % (p.returncode, se.decode()))
docs, summ = lines(so)
st = {os.path.basename(d["input"]): d for d in docs}
check(st["0.md"]["status"] == "ok" and st["3.md"]["status"] == "ok", "good ones: %r" % st)
check(st["1.md"]["status"] == "timeout", "the hanging one: %r" % st["1.md"])
check(st["2.md"]["status"] == "failed" and st["2.md"]["exit_code"] == 128 + signal.SIGKILL
      and "signal 9" in st["2.md"]["error"], "the killed one: %r" % st["2.md"])
ents, _ = manifest(os.path.join(out3, "manifest.json"))
check(ents[os.path.join(llm_src, "1.md")]["status"] == "timeout", "manifest: %r" % ents)
check(ents[os.path.join(llm_src, "2.md")]["signal"] == signal.SIGKILL,
      "manifest, the killed one: %r" % ents[os.path.join(llm_src, "2.md")])

# Ctrl-C while document 2 waits on the model: the process dies of SIGINT,
# the finished documents stay recorded, no temporary file is left, and the
# next run finishes only the rest.
out4 = os.path.join(work, "out-int")
script(llm, ["valid", "valid", "slow:120"])
p = subprocess.Popen([BIN, "--json", "batch", llm_src, "-o", out4] + llm_args, env=e,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wait_for(lambda: requests_seen(llm) >= 3, "the third document's request")
p.send_signal(signal.SIGINT)
so, se = p.communicate(timeout=60)
check(p.returncode == -signal.SIGINT, "Ctrl-C: exit %d (%s)" % (p.returncode, se.decode()))
ents, m = manifest(os.path.join(out4, "manifest.json"))
check(m["complete"] is False and sorted(os.path.basename(k) for k in ents) == ["0.md", "1.md"]
      and all(v["status"] == "ok" for v in ents.values()), "after Ctrl-C: %r" % ents)
left = [os.path.join(dp, n) for dp, _, ns in os.walk(out4) for n in ns if ".tmp-" in n]
check(not left, "temporary files left: %r" % left)
script(llm, [])
r = run(["--json", "batch", llm_src, "-o", out4] + llm_args, env=llm_env)
docs, summ = lines(r.stdout)
check(r.returncode == 0 and summ["skipped"] == 2 and summ["done"] == 2
      and sorted(os.path.basename(d["input"]) for d in docs) == ["2.md", "3.md"],
      "after Ctrl-C, the re-run: exit %d, %r" % (r.returncode, summ))
llm_proc.kill()
llm_proc.wait()

# --- shards: disjoint, complete, merged into one manifest and a feed -------------
out5 = os.path.join(work, "out-shards")
audio = ["--no-pdf", "--no-slides", "-j", "2"]
keys = {}
for k in (1, 2):
    r = batch(["--json", src, "-o", out5, "--shard", "%d/2" % k] + audio, env=env)
    check(r.returncode == 0, "shard %d: exit %d (%s)" % (k, r.returncode, r.stderr.decode()))
    ents, m = manifest(os.path.join(out5, "manifest-%d-of-2.json" % k))
    check(m["shard"] == "%d/2" % k and m["complete"] is True, "shard %d manifest %r" % (k, m))
    keys[k] = set(ents)
every = set(good + [broken])
check(keys[1] | keys[2] == every and not keys[1] & keys[2] and keys[1] and keys[2],
      "shards %r and %r, expected a split of %r" % (keys[1], keys[2], every))
ents, m = manifest(os.path.join(out5, "manifest.json"))
check(set(ents) == every and m["complete"] is True and "shard" not in m,
      "merged manifest %r" % m)
os.unlink(os.path.join(out5, "feed.xml"))
r = batch(["--merge", out5])
check(r.returncode == 0, "--merge: exit %d (%s)" % (r.returncode, r.stderr.decode()))
rss = ET.parse(os.path.join(out5, "feed.xml")).getroot()
check(rss.tag == "rss" and rss.get("version") == "2.0", "feed root %r" % rss.attrib)
items = rss.findall("./channel/item")
check(len(items) == 6, "feed has %d items, expected 6" % len(items))
for it in items:
    enc = it.find("enclosure")
    check(it.findtext("title") and it.findtext("guid") and enc is not None
          and enc.get("type") in ("audio/mpeg", "audio/wav", "audio/x-wav")
          and int(enc.get("length")) > 0, "feed item %r" % ET.tostring(it)[:300])
    path = os.path.join(out5, enc.get("url"))
    check(os.path.getsize(path) == int(enc.get("length")), "enclosure %s" % path)

# A new post moves no other document between shards: both shards skip all
# the old ones.
with open(os.path.join(src, "extra.md"), "w") as f:
    f.write(essay(7, "Market day", "Old Town Traders (OTT)", "5 April 2025", "60 stalls"))
skipped = 0
for k in (1, 2):
    r = batch(["--json", src, "-o", out5, "--shard", "%d/2" % k] + audio, env=env)
    docs, summ = lines(r.stdout)
    check(r.returncode == 0 and [os.path.basename(d["input"]) for d in docs] in ([], ["extra.md"]),
          "shard %d after a new post: %r" % (k, docs))
    skipped += summ["skipped"]
check(skipped == 6, "old documents redone after a new post: %d skipped" % skipped)

print("ok: batch runs a folder, resumes, isolates hangs and crashes, survives "
      "Ctrl-C, and splits into shards that merge into one manifest and feed")
