"""test_batch_slurm.py - `briefcast batch --shard` as a Slurm job array
(`sbatch --array=1-2`) on a throw-away single-node cluster (munged,
slurmctld and slurmd under a temporary folder, no systemd): the two array
tasks split the documents between them, the last one merges the shard
manifests, and the feed indexes every episode.  Exits 77 (ctest: skipped)
when Slurm cannot start: not root, or the packages slurmctld slurmd
slurm-client munge are not installed."""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from bclib import BIN, check, fail, tmpdir  # noqa: E402

SKIP = 77
TOOLS = ["munged", "mungekey", "munge", "slurmctld", "slurmd", "sbatch", "sinfo",
         "squeue", "scancel"]


def skip(why):
    print("SKIP: " + why)
    sys.exit(SKIP)


if os.geteuid() != 0:
    skip("the cluster's daemons need root")
missing = [t for t in TOOLS if not shutil.which(t)]
if missing:
    skip("not installed: %s (apt-get install slurmctld slurmd slurm-client munge)"
         % " ".join(missing))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


base = tmpdir()
os.chmod(base, 0o755)  # the munge socket must be reachable
node = socket.gethostname().split(".")[0]
for d in ("etc", "state", "spool/" + node, "log", "munge"):
    os.makedirs(os.path.join(base, d), exist_ok=True)
sock = os.path.join(base, "munge", "munge.sock")
key = os.path.join(base, "munge", "munge.key")
conf = os.path.join(base, "etc", "slurm.conf")
env = dict(os.environ, SLURM_CONF=conf)
daemons = []


def daemon(name, args):
    log = open(os.path.join(base, "log", name + ".out"), "wb")
    p = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                         start_new_session=True, env=env)
    daemons.append(p)
    return p


def stop_all():
    subprocess.run(["scancel", "--user=root"], env=env, capture_output=True)
    for p in reversed(daemons):
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def start():
    subprocess.run(["mungekey", "-c", "-k", key], check=True, capture_output=True)
    os.chmod(key, 0o600)
    daemon("munged", ["munged", "-F", "--key-file=" + key, "--socket=" + sock,
                      "--pid-file=" + os.path.join(base, "munged.pid"),
                      "--seed-file=" + os.path.join(base, "munge", "seed"),
                      "--log-file=" + os.path.join(base, "log", "munged.log")])
    for _ in range(100):
        if subprocess.run(["munge", "-S", sock, "-n"], capture_output=True).returncode == 0:
            break
        time.sleep(0.05)
    else:
        return "munged did not start"
    # Ports of our own, so a cluster someone else runs here is no clash.
    with open(conf, "w") as f:
        f.write("""ClusterName=bctest
SlurmctldHost={node}(127.0.0.1)
SlurmctldPort={ctld}
SlurmdPort={slurmd}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket={sock}
StateSaveLocation={base}/state
SlurmdSpoolDir={base}/spool/%n
SlurmctldPidFile={base}/slurmctld.pid
SlurmdPidFile={base}/slurmd.pid
SlurmctldLogFile={base}/log/slurmctld.log
SlurmdLogFile={base}/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerParameters=batch_sched_delay=0
MpiDefault=none
MailProg=/bin/true
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
ReturnToService=2
NodeName={node} NodeAddr=127.0.0.1 CPUs={cpus} State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
""".format(node=node, ctld=free_port(), slurmd=free_port(), sock=sock, base=base,
           cpus=os.cpu_count() or 1))
    daemon("slurmctld", ["slurmctld", "-D", "-f", conf])
    daemon("slurmd", ["slurmd", "-D", "-f", conf])
    for _ in range(150):
        st = subprocess.run(["sinfo", "-h", "-n", node, "-o", "%T"], env=env,
                            capture_output=True, text=True).stdout.strip()
        if st == "idle":
            return None
        time.sleep(0.1)
    return "the node is not idle (state %r)" % st


try:
    why = start()
    if why:
        stop_all()
        skip("Slurm cannot start here: " + why)

    src = os.path.join(base, "posts")
    out = os.path.join(base, "out")
    os.makedirs(src)
    names = []
    for i, (what, when, n) in enumerate([("a new reading room", "4 March 2024", 30),
                                          ("a tool library", "19 June 2023", 120),
                                          ("a winter market", "2 December 2022", 45),
                                          ("a river clean-up", "8 May 2025", 60)]):
        name = os.path.join(src, "post-%d.md" % i)
        with open(name, "w") as f:
            f.write("# Plans for %s\n\nOn %s the neighbourhood council approved %s. "
                    "About %d people came to the meeting.\n\nThe council said work "
                    "starts next month and a progress note follows in autumn.\n"
                    % (what, when, what, n))
        names.append(name)
    job = ("%s -q batch %s -o %s --shard $SLURM_ARRAY_TASK_ID/2 --no-pdf --no-slides"
           % (BIN, src, out))
    r = subprocess.run(["sbatch", "--parsable", "--array=1-2", "-o",
                        os.path.join(base, "log", "task-%a.out"), "--wrap", job],
                       env=env, capture_output=True, text=True)
    check(r.returncode == 0, "sbatch: %s" % r.stderr)
    jobid = r.stdout.strip().split(";")[0]
    end = time.monotonic() + 120
    while time.monotonic() < end:
        q = subprocess.run(["squeue", "-h", "-j", jobid], env=env, capture_output=True,
                           text=True)
        if q.returncode == 0 and not q.stdout.strip():
            break
        time.sleep(0.2)
    else:
        fail("the job array did not finish within 120 s")
    logs = ""
    for k in (1, 2):
        with open(os.path.join(base, "log", "task-%d.out" % k)) as f:
            logs += f.read()
    check(logs.strip() == "", "the tasks printed %r" % logs)
    keys = {}
    for k in (1, 2):
        path = os.path.join(out, "manifest-%d-of-2.json" % k)
        check(os.path.exists(path), "task %d wrote no manifest (%s)" % (k, logs))
        with open(path) as f:
            m = json.load(f)
        check(m["complete"] is True and all(d["status"] == "ok" for d in m["documents"]),
              "shard %d: %r" % (k, m))
        keys[k] = {d["key"] for d in m["documents"]}
    check(keys[1] | keys[2] == set(names) and not keys[1] & keys[2],
          "the shards %r and %r do not split %r" % (keys[1], keys[2], names))
    with open(os.path.join(out, "manifest.json")) as f:
        merged = json.load(f)
    check({d["key"] for d in merged["documents"]} == set(names) and merged["complete"],
          "the merged manifest: %r" % merged)
    rss = ET.parse(os.path.join(out, "feed.xml")).getroot()
    items = rss.findall("./channel/item")
    check(rss.get("version") == "2.0" and len(items) == len(names),
          "feed.xml: version %r, %d items" % (rss.get("version"), len(items)))
finally:
    stop_all()
shutil.rmtree(base, ignore_errors=True)
print("ok: a Slurm job array of two shards splits the documents and merges "
      "one manifest and feed")
