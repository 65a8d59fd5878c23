"""The archive as a site, in a real browser: a batch folder (three samples,
a document with a hostile title, and an LLM summary with findings from the
loopback stand-in) is opened from file:// (and from a static web server on
127.0.0.1) in Debian's headless chromium,
driven by playwright-core (tests/browser/check_site.mjs): evidence links
highlight their spans, cues seek the player and follow it, the index
searches and filters, no console errors, nothing leaves file://, axe-core
finds nothing serious, a hostile title stays text.  Screenshots of both
themes at 1280 and 390 px are kept in BUILD/browser-artifacts.  Skips
(exit 77) only when there is no chromium."""
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(__file__))
from bclib import run, check, SRC, Standin  # noqa: E402

CHROMIUM = os.environ.get("BC_CHROMIUM", "/usr/bin/chromium")
BUILD = os.environ.get("BC_BUILD_DIR", os.getcwd())
MODULES = os.path.join(BUILD, "browser")
ARTIFACTS = os.path.join(BUILD, "browser-artifacts")
KEY = "sk-site-browser-1"
FAITHFUL = os.path.join(SRC, "tests", "fixtures", "faithful")

HOSTILE = ('<script>window.__pwned=1</script> "><img src=x '
           'onerror="window.__pwned=2"> & co\n\nPosted on 3 March 2024.\n\n'
           'The harbor team cut recovery time from 40 minutes to 9 minutes '
           'in 2023. Mean time to recovery (MTTR) is what they measured.\n\n'
           'They shipped 12 releases that year.\n')


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt, *args):  # keep test output clean
        pass


def folder_of(site, needle):
    for name in sorted(os.listdir(site)):
        if needle in name and os.path.isdir(os.path.join(site, name)):
            return name
    check(False, "no episode folder like %r in %s" % (needle, os.listdir(site)))


def main():
    if not os.access(CHROMIUM, os.X_OK):
        print("SKIP: no chromium at %s; the browser tests need it "
              "(apt-get install chromium, or set BC_CHROMIUM)" % CHROMIUM)
        sys.exit(77)
    check(os.path.isdir(os.path.join(MODULES, "node_modules", "playwright-core")),
          "playwright-core is not installed in %s (tests/browser/install.sh)"
          % MODULES)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = os.path.join(tmp, "in")
        site = os.path.join(tmp, "site")
        os.makedirs(inputs)
        for name in ("long-essay.md", "short-note.md", "dense-facts.md"):
            shutil.copy(os.path.join(SRC, "samples", name), inputs)
        with open(os.path.join(inputs, "hostile.txt"), "w") as f:
            f.write(HOSTILE)
        r = run(["-q", "batch", inputs, "-o", site],
                env={"XDG_CACHE_HOME": os.path.join(tmp, "cache")})
        check(r.returncode == 0, "batch failed (%d): %s" %
              (r.returncode, r.stderr.decode()))
        check(os.path.exists(os.path.join(site, "index.html")),
              "batch wrote no index.html")

        # One episode whose summary came from a careless LLM: findings,
        # repairs and withheld statements, added to the same archive.
        st = Standin(tmp, KEY)
        try:
            st.script(["file:" + os.path.join(
                FAITHFUL, "rage-two-years-on.answer.json")] * 8)
            r = run(["--provider", "openai", "--base-url", st.base + "/v1",
                     "-q", "batch", os.path.join(FAITHFUL,
                                                 "rage-two-years-on.md"),
                     "-o", site],
                    env={"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": "",
                         "no_proxy": "127.0.0.1,localhost",
                         "XDG_CACHE_HOME": os.path.join(tmp, "cache"),
                         "XDG_CONFIG_HOME": os.path.join(tmp, "config")})
            check(r.returncode == 0, "LLM batch failed (%d): %s" %
                  (r.returncode, r.stderr.decode()))
        finally:
            st.stop()

        # `site` rebuilds the index from the manifest and the folders.
        r = run(["--json", "site", site, "--title", "Harbor <notes>"])
        check(r.returncode == 0, "site failed (%d): %s" %
              (r.returncode, r.stderr.decode()))
        check(r.stdout.decode().strip() == '{"episodes":5}',
              "site did not list 5 episodes: %r" % r.stdout)
        with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
            index = f.read()
        check("<h1>Harbor &lt;notes&gt;</h1>" in index,
              "the --title is not the escaped heading")
        r = run(["site", inputs])
        check(r.returncode == 3 and b"no manifest.json" in r.stderr,
              "site on a folder without a manifest: %d %r" %
              (r.returncode, r.stderr))
        r = run(["site"])
        check(r.returncode == 2, "site without DIR: exit %d" % r.returncode)

        # The same folder from a static web server on the loopback.
        srv = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(Quiet, directory=site))
        threading.Thread(target=srv.serve_forever, daemon=True).start()

        shutil.rmtree(ARTIFACTS, ignore_errors=True)
        cmd = ["node", os.path.join(SRC, "tests", "browser", "check_site.mjs"),
               "--modules", MODULES, "--site", site,
               "--reader", folder_of(site, "slow-work-of-reliability"),
               "--hostile", folder_of(site, "pwned"),
               "--findings", folder_of(site, "rage"),
               "--http", "http://127.0.0.1:%d/" % srv.server_port,
               "--artifacts", ARTIFACTS, "--chromium", CHROMIUM]
        try:
            p = subprocess.run(cmd, capture_output=True, text=True,
                               timeout=300)
        finally:
            srv.shutdown()
            srv.server_close()
        sys.stdout.write(p.stdout)
        sys.stderr.write(p.stderr)
        check(p.returncode == 0, "browser checks failed (exit %d)" %
              p.returncode)
        shots = sorted(f for f in os.listdir(ARTIFACTS) if f.endswith(".png"))
        check(len(shots) == 9, "expected 9 screenshots, got %s" % shots)
    print("PASS: site in chromium; screenshots in %s" % ARTIFACTS)


if __name__ == "__main__":
    main()
