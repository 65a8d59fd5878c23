"""bench_site.py - figures for the archive as a site (not a timed test):

  * the reader page's size for each sample: the whole brief.html, the
    source text it carries, and the page without the source (target:
    under 300 KB plus the source);
  * an archive of 5,000 episodes (real episode folders from the samples,
    copied with new titles and dates, and a manifest recording them):
    the time `briefcast site` takes to write index.html, its size, and in
    headless chromium the time until the page is interactive (target:
    under 1 s), a search, the longest task, rendering every row.

usage: python3 tests/bench/bench_site.py BUILD_DIR [N]
(needs BUILD_DIR/browser from tests/browser/install.sh and /usr/bin/chromium)"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    bc = os.path.join(build, "briefcast")
    tmp = tempfile.mkdtemp(prefix="bc-bench-site-")
    try:
        samples = sorted(f for f in os.listdir(os.path.join(SRC, "samples"))
                         if f.endswith((".md", ".txt")))
        inputs = os.path.join(tmp, "in")
        os.makedirs(inputs)
        for f in samples:
            shutil.copy(os.path.join(SRC, "samples", f), inputs)
        real = os.path.join(tmp, "real")
        subprocess.run([bc, "-q", "batch", inputs, "-o", real], check=True,
                       env=dict(os.environ, XDG_CACHE_HOME=os.path.join(tmp, "c")))
        print("reader page (brief.html) per sample:")
        folders = sorted(d for d in os.listdir(real)
                         if os.path.isdir(os.path.join(real, d)))
        for d in folders:
            page = os.path.getsize(os.path.join(real, d, "brief.html"))
            src = None
            for e in json.load(open(os.path.join(real, "manifest.json")))["documents"]:
                if e["folder"] == d:
                    src = subprocess.run([bc, "extract", e["input"]],
                                         capture_output=True).stdout
            srclen = len(src) if src else 0
            print("  %-52s %7.1f KB page, %6.1f KB source, %6.1f KB without it"
                  % (d[:52], page / 1024, srclen / 1024,
                     (page - srclen) / 1024))

        # n episodes: the real folders, copied round-robin with new titles
        # and dates; the big files are hard links (the index only checks
        # that they are there).
        site = os.path.join(tmp, "site")
        os.makedirs(site)
        docs = []
        words = ["reliability", "harbor", "platform", "tuesday", "incident",
                 "release", "pager", "budget", "migration", "latency"]
        for i in range(n):
            srcdir = os.path.join(real, folders[i % len(folders)])
            year = 2010 + i % 16
            date = "%d-%02d-%02d" % (year, 1 + i % 12, 1 + i % 28)
            folder = "%s-episode-%05d" % (date, i)
            dst = os.path.join(site, folder)
            os.makedirs(dst)
            for f in os.listdir(srcdir):
                if f in ("summary.json", "report.json"):
                    continue
                os.link(os.path.join(srcdir, f), os.path.join(dst, f))
            s = json.load(open(os.path.join(srcdir, "summary.json")))
            s["title"] = "Episode %d: on %s and %s" % (
                i, words[i % 10], words[(i * 7) % 10])
            s["source"]["date"] = date
            json.dump(s, open(os.path.join(dst, "summary.json"), "w"))
            shutil.copy(os.path.join(srcdir, "report.json"), dst)
            docs.append({"key": "in/%05d.md" % i, "input": "in/%05d.md" % i,
                         "folder": folder, "sha256": "0" * 64,
                         "status": "ok", "exit_code": 0, "error": None,
                         "verdict": "pass", "errors": 0, "warnings": 0,
                         "audio_seconds": 60 + i % 300,
                         "finished": "2026-01-01T00:00:00Z",
                         "seconds": {"total": 1}})
        json.dump({"schema": "briefcast.manifest/1", "complete": True,
                   "documents": docs},
                  open(os.path.join(site, "manifest.json"), "w"))
        t = time.time()
        subprocess.run([bc, "-q", "site", site], check=True)
        dt = time.time() - t
        size = os.path.getsize(os.path.join(site, "index.html"))
        print("index of %d episodes: `briefcast site` %.2f s, index.html "
              "%.0f KB" % (n, dt, size / 1024))
        r = subprocess.run(["node", os.path.join(SRC, "tests", "browser",
                                                 "bench_index.mjs"),
                            "--modules", os.path.join(build, "browser"),
                            "--page", os.path.join(site, "index.html")],
                           capture_output=True, text=True)
        sys.stdout.write(r.stdout)
        sys.stderr.write(r.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
