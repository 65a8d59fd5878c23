"""test_hostile_batch.py - careless use of `batch` loses no record: a
second batch into a folder another one is writing is refused (and run
afterwards, both runs' documents are recorded); the shards of one split
may run there together, one shard twice may not; two documents of two runs
whose titles make one folder name get two folders, and a re-run finds each
in its own; a batch's earlier output inside its input folder is not read as
sources; the batch's documents die with it when it is killed outright; a
batch needs no more file descriptors than one run; a manifest of 40,000
documents (past the old 16 MiB limit) is read back; and a batch killed
after a document finished keeps that document (the journal)."""
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from bclib import (BIN, SRC, Standin, check, children, run,  # noqa: E402
                   tmpdir, wait_for)

work = tmpdir()
FAST = ["--no-audio", "--no-pdf", "--no-slides"]


def essay(i, tag):
    return ("# Note %d of the %s series\n\nOn %d March 2024 the %s council met and agreed "
            "on %d new benches for the park. Everyone who came was pleased with it.\n"
            % (i, tag, 1 + i % 28, tag, 10 + i))


def folder(name, n, tag):
    d = os.path.join(work, name)
    os.makedirs(d)
    for i in range(n):
        with open(os.path.join(d, "%s-%02d.md" % (tag, i)), "w") as f:
            f.write(essay(i, tag))
    return d


def manifest(d, name="manifest.json"):
    with open(os.path.join(d, name)) as f:
        m = json.load(f)
    return {e["key"]: e for e in m["documents"]}, m


def alive(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


# --- two batches at once into one folder --------------------------------------
a = folder("a", 15, "alpha")
b = folder("b", 15, "beta")
out = os.path.join(work, "out")
# A stand-in that answers slowly keeps the first batch busy.
st = Standin(os.path.join(work), "sk-batch-test-key")
slow_env = {"OPENAI_API_KEY": "sk-batch-test-key", "OPENAI_BASE_URL": "",
            "no_proxy": "127.0.0.1"}
llm = ["--provider", "openai", "--base-url", st.base + "/v1", "--model", "m"]
FAST = FAST + ["--no-cache", "--repair-rounds", "0"]
st.script(["slow:0.2"] * 15)
env = dict(os.environ, **slow_env)
first = subprocess.Popen([BIN] + llm + ["batch", a, "-o", out] + FAST, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wait_for(lambda: os.path.exists(os.path.join(out, "manifest.json")), "the first batch")
r = run(["batch", b, "-o", out] + FAST)
err = r.stderr.decode()
check(r.returncode == 13 and "another briefcast batch" in err and str(first.pid) in err,
      "a second batch while one runs: exit %d (%s)" % (r.returncode, err))
so, se = first.communicate(timeout=120)
check(first.returncode == 0, "the first batch: exit %d (%s)" % (first.returncode, se.decode()))
r = run(["batch", b, "-o", out] + FAST)
check(r.returncode == 0, "the second batch after the first: %s" % r.stderr.decode())
ents, m = manifest(out)
check(len(ents) == 30 and m["complete"] and all(e["status"] == "ok" for e in ents.values()),
      "both runs' documents recorded: %d entries, complete %r" % (len(ents), m["complete"]))

# Shards of one split run together; the same shard twice does not.
sh = os.path.join(work, "shards")
st.script(["slow:0.3"] * 30)
procs = [subprocess.Popen([BIN] + llm + ["batch", a, b, "-o", sh, "--shard", "%d/2" % k] + FAST,
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
         for k in (1, 2)]
wait_for(lambda: os.path.exists(os.path.join(sh, "manifest-1-of-2.json")), "shard 1")
r = run(["batch", a, b, "-o", sh, "--shard", "1/2"] + FAST)
check(r.returncode == 13 and "shard 1/2" in r.stderr.decode(),
      "shard 1/2 twice: exit %d (%s)" % (r.returncode, r.stderr.decode()))
r = run(["batch", a, b, "-o", sh] + FAST)
check(r.returncode == 13, "a whole batch beside running shards: exit %d" % r.returncode)
for p in procs:
    so, se = p.communicate(timeout=180)
    check(p.returncode == 0, "a shard: exit %d (%s)" % (p.returncode, se.decode()))
ents, m = manifest(sh)
check(len(ents) == 30 and m["complete"], "shards merged: %d entries" % len(ents))

# --- one folder name, two runs -------------------------------------------------
same1, same2 = os.path.join(work, "same1"), os.path.join(work, "same2")
os.makedirs(same1)
os.makedirs(same2)
with open(os.path.join(same1, "x.md"), "w") as f:
    f.write("# Same Title\n\nOn 3 March 2024 the council met and agreed on 5 new benches. "
            "Everyone was pleased.\n")
with open(os.path.join(same2, "y.md"), "w") as f:
    f.write("# Same Title\n\nOn 4 April 2023 the board met and approved 7 new lamps for "
            "the street. It was quick.\n")
so = os.path.join(work, "same-out")
for d in (same1, same2):
    r = run(["batch", d, "-o", so] + FAST)
    check(r.returncode == 0, "batch %s: %s" % (d, r.stderr.decode()))
ents, _ = manifest(so)
folders = sorted(e["folder"] for e in ents.values())
check(len(ents) == 2 and len(set(folders)) == 2, "two documents, folders %r" % folders)
for e in ents.values():
    with open(os.path.join(so, e["folder"], "summary.json")) as f:
        url = json.load(f)["source"]["url"]
    check(url == e["input"], "folder %s holds %r, not %r" % (e["folder"], url, e["input"]))
r = run(["--json", "batch", same1, "-o", so] + FAST)
summ = json.loads(r.stdout.decode().splitlines()[-1])
check(r.returncode == 0 and summ["skipped"] == 1 and summ["done"] == 0,
      "the first run again: %r" % summ)

# --- an earlier output inside the input folder -----------------------------------
src = folder("src", 2, "gamma")
r = run(["batch", src, "-o", os.path.join(src, "out")] + ["--no-audio"])
check(r.returncode == 0, "batch in -o in/out: %s" % r.stderr.decode())
r = run(["--json", "batch", src, "-o", os.path.join(src, "out2")] + FAST)
rows = [json.loads(l) for l in r.stdout.decode().splitlines()[:-1]]
check(r.returncode == 0 and sorted(os.path.basename(x["input"]) for x in rows) ==
      ["gamma-00.md", "gamma-01.md"],
      "batch in -o in/out2 read: %r" % [x["input"] for x in rows])

# --- the batch killed outright: its documents die with it ------------------------
st.script(["slow:120"] * 4)
k = os.path.join(work, "killed")
p = subprocess.Popen([BIN] + llm + ["batch", a, "-o", k, "-j", "2", "--doc-timeout", "600"]
                     + FAST, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wait_for(lambda: len(st.log()) >= 2, "two documents waiting on the model")
kids = children(p.pid)
check(len(kids) == 2, "expected two document processes, found %r" % kids)
p.send_signal(signal.SIGKILL)
p.wait(timeout=10)
wait_for(lambda: not any(alive(c) for c in kids), "the documents to die with the batch", 10)
left = [os.path.join(dp, n) for dp, _, ns in os.walk(k) for n in ns if ".tmp-" in n]
check(not left, "temporary files left by the killed batch: %r" % left)

# --- a batch needs no more descriptors than one run --------------------------------
def nofile(n):
    def set_():
        resource.setrlimit(resource.RLIMIT_NOFILE, (n, n))
    return set_


def run_limited(args, n):
    return subprocess.run([BIN] + args, capture_output=True, timeout=300,
                          preexec_fn=nofile(n))


one = os.path.join(work, "one.md")
shutil.copy(os.path.join(a, "alpha-00.md"), one)
least = None
for n in range(6, 40):
    if run_limited(["run", one, "-o", os.path.join(work, "fd-run-%d" % n)] + FAST,
                   n).returncode == 0:
        least = n
        break
check(least is not None, "no descriptor limit under 40 lets `run` work")
r = run_limited(["batch", a, "-o", os.path.join(work, "fd-batch"), "-j", "4"] + FAST, least)
check(r.returncode == 0, "batch -j 4 with `ulimit -n %d` (where run works): exit %d (%s)"
      % (least, r.returncode, r.stderr.decode()))

# --- a manifest past the old 16 MiB limit ------------------------------------------
big = os.path.join(work, "big")
os.makedirs(big)
docs = [{"key": "/archive/post-%05d.md" % i, "input": "/archive/post-%05d.md" % i,
         "folder": "2024-01-01-post-%05d" % i, "sha256": "%064x" % i, "status": "ok",
         "exit_code": 0, "error": None, "verdict": "pass", "errors": 0, "warnings": 0,
         "audio_seconds": 0, "finished": "2024-01-01T00:00:00Z",
         "seconds": {"total": 1, "analyze": 0, "summarize": 0, "validate": 0, "text": 0,
                     "pdf": 0, "audio": 0}} for i in range(40000)]
with open(os.path.join(big, "manifest.json"), "w") as f:
    json.dump({"schema": "briefcast.manifest/1", "complete": True, "documents": docs}, f,
              indent="\t")
check(os.path.getsize(os.path.join(big, "manifest.json")) > 16 << 20, "the manifest is small")
t0 = time.monotonic()
r = run(["batch", one, "-o", big] + FAST)
secs = time.monotonic() - t0
check(r.returncode == 0, "a 40,000-document manifest: exit %d (%s)" % (r.returncode,
                                                                     r.stderr.decode()))
ents, _ = manifest(big)
check(len(ents) == 40001, "%d entries after the run" % len(ents))
check(secs < 60, "a 40,000-document manifest took %.1f s" % secs)

# --- killed after a document finished: the journal keeps it --------------------------
st.script(["valid", "slow:120"])
j = os.path.join(work, "journal")
two = folder("two", 2, "delta")
p = subprocess.Popen([BIN] + llm + ["--json", "batch", two, "-o", j] + FAST, env=env,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wait_for(lambda: os.path.exists(os.path.join(j, "manifest.json.journal")) and
         os.path.getsize(os.path.join(j, "manifest.json.journal")) > 0, "the first record")
p.send_signal(signal.SIGKILL)
p.wait(timeout=10)
st.script([])
r = run(llm + ["--json", "batch", two, "-o", j] + FAST, env=slow_env)
summ = json.loads(r.stdout.decode().splitlines()[-1])
check(r.returncode == 0 and summ["skipped"] == 1 and summ["done"] == 1,
      "after a kill, the finished document is kept: %r" % summ)
check(not os.path.exists(os.path.join(j, "manifest.json.journal")),
      "the journal outlived a complete run")

st.stop()
print("ok: one writer per folder, folders unique across runs, outputs never read "
      "as sources, children die with the batch, descriptors, a 40,000-document "
      "manifest, and the journal")
