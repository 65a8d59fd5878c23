"""test_run_interrupt.py - Ctrl-C (SIGINT), a kill (SIGTERM) or a closed
terminal (SIGHUP) while `run` renders the narration: the process dies of
that signal (what makes a shell report 130, 143 or 129), leaves no
temporary file in the output folder, and the complete outputs of an
earlier run in that folder are all still there, whole (the narration.wav
being replaced is the old one, not half a new one)."""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from bclib import BIN, SRC, check, fail, run, tmpdir, wav_info

sample = os.path.join(SRC, "samples", "long-essay.md")
work = tmpdir()
out = os.path.join(work, "episode")
# Fixed dates make every output byte-identical from run to run, so "the
# same bytes as before" is what a complete, untouched output means.
env = {"SOURCE_DATE_EPOCH": "1700000000"}


def temps(d):
    return sorted(n for n in os.listdir(d) if ".tmp-" in n)


def snapshot(d):
    snap = {}
    for n in os.listdir(d):
        with open(os.path.join(d, n), "rb") as f:
            snap[n] = hashlib.sha256(f.read()).hexdigest()
    return snap


r = run(["-q", "run", sample, "-o", out], env=env)
check(r.returncode == 0, "first run: exit %d (%s)" % (r.returncode, r.stderr.decode()))
before = snapshot(out)
check(len(before) >= 12 and "narration.wav" in before and not temps(out),
      "first run wrote %r" % sorted(before))


def interrupted_run(sig):
    """Start a run over the complete outputs, wait for the narration's
    temporary file, send sig.  Returns the exit status, or None when the
    run ended before the temporary file was seen (then the caller tries
    again; polling every few milliseconds makes that rare)."""
    e = dict(os.environ)
    e.update(env)
    p = subprocess.Popen([BIN, "-q", "run", sample, "-o", out], env=e,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    seen = None
    try:
        while p.poll() is None and time.monotonic() < deadline:
            seen = [n for n in temps(out) if n.startswith("narration.wav.tmp-")]
            if seen:
                p.send_signal(sig)
                break
            time.sleep(0.002)
        if not seen:
            if p.poll() is None:
                fail("%s: no narration temporary file within 300 s" % sig.name)
            p.wait()
            return None
        p.wait(timeout=120)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    err = p.stderr.read().decode("utf-8", "replace").strip()
    p.stderr.close()
    if p.returncode == 0:
        return None  # it finished between the look and the signal
    check(err == "", "%s: printed %r" % (sig.name, err))
    return p.returncode


for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    for attempt in range(5):
        rc = interrupted_run(sig)
        if rc is not None:
            break
    else:
        fail("%s: the narration temporary file never showed in 5 runs" % sig.name)
    check(rc == -sig.value,
          "%s: exit status %d, expected death by the signal (%d; a shell "
          "shows %d)" % (sig.name, rc, -sig.value, 128 + sig.value))
    left = temps(out)
    check(not left, "%s: temporary files left behind: %r" % (sig.name, left))
    after = snapshot(out)
    check(sorted(after) == sorted(before),
          "%s: outputs %r, before %r" % (sig.name, sorted(after), sorted(before)))
    for name in before:
        check(after[name] == before[name],
              "%s: %s is not the complete earlier file any more" % (sig.name, name))
    rate, channels, width, frames = wav_info(os.path.join(out, "narration.wav"))
    check(rate == 22050 and channels == 1 and frames > rate * 60,
          "%s: narration.wav is %d Hz, %d ch, %d frames" % (sig.name, rate, channels, frames))

shutil.rmtree(work)
print("ok: SIGINT, SIGTERM and SIGHUP during the narration leave no temporaries and "
      "keep the earlier outputs")
