"""test_video_browser.py - video.mp4 plays in a real browser: Debian's
chromium, headless, loads a page with a <video> of the file (served by a
loopback HTTP server), reads its size and duration, seeks near the end,
plays, and reports 'ended' (or the media error) back to the server.  Skips
(77) where chromium is not installed."""
import http.server
import os
import shutil
import subprocess
import sys
import threading
import urllib.parse

sys.path.insert(0, os.path.dirname(__file__))
from bclib import SRC, check, run, tmpdir  # noqa: E402

PAGE = """<!doctype html><html><body>
<video id="v" muted playsinline preload="auto" src="video.mp4"></video>
<script>
const v = document.getElementById('v');
function say(what) { fetch('/result?' + encodeURIComponent(what)); }
v.addEventListener('error', () => say('error ' + (v.error && v.error.code)));
v.addEventListener('loadedmetadata', () => {
  say('meta ' + v.videoWidth + 'x' + v.videoHeight + ' ' + v.duration);
  v.currentTime = Math.max(0, v.duration - 1.5);
});
// play once the seek has landed: a play() begun during the seek may be
// aborted by it on a loaded machine, which is no media error
v.addEventListener('seeked', () => {
  if (v.paused && !v.ended) v.play().catch(e => say('error play ' + e));
}, { once: true });
v.addEventListener('ended', () => say('ended ' + v.currentTime));
['seeked', 'waiting', 'stalled', 'playing', 'pause'].forEach(e =>
  v.addEventListener(e, () => say('meta-' + e + ' ' + v.currentTime)));
setTimeout(() => say('timeout ' + v.currentTime + ' ' + v.readyState), 40000);
</script></body></html>
"""


def main():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("skip: no chromium")
        sys.exit(77)
    base = tmpdir()
    out = os.path.join(base, "run")
    r = run(["run", os.path.join(SRC, "samples", "short-note.md"), "-o", out,
             "--no-pdf", "--no-mp3"])
    check(r.returncode == 0, "run: %s" % r.stderr.decode())
    with open(os.path.join(out, "index.html"), "w") as f:
        f.write(PAGE)

    results = []
    done = threading.Event()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=out, **k)

        def do_GET(self):
            if self.path.startswith("/result?"):
                msg = urllib.parse.unquote(self.path[len("/result?"):])
                results.append(msg)
                if not msg.startswith("meta"):
                    done.set()
                self.send_response(204)
                self.end_headers()
                return
            rng = self.headers.get("Range", "")
            path = os.path.join(out, os.path.basename(self.path))
            if not rng.startswith("bytes=") or not os.path.isfile(path):
                super().do_GET()
                return
            # Byte ranges, so the browser can seek (as any web server lets it)
            size = os.path.getsize(path)
            a, _, b = rng[len("bytes="):].partition("-")
            a = int(a) if a else 0
            b = min(int(b), size - 1) if b else size - 1
            with open(path, "rb") as f:
                f.seek(a)
                body = f.read(b - a + 1)
            self.send_response(206)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Range", "bytes %d-%d/%d" % (a, b, size))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = "http://127.0.0.1:%d/index.html" % srv.server_address[1]
    prof = os.path.join(base, "profile")
    proc = subprocess.Popen(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu",
         "--no-first-run", "--user-data-dir=" + prof,
         "--autoplay-policy=no-user-gesture-required", url],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        done.wait(60)
    finally:
        proc.kill()
        proc.wait()
        srv.shutdown()
    meta = [m for m in results if m.startswith("meta")]
    check(meta and meta[0].split()[1] == "1280x720",
          "the browser read no 1280x720 video: %r" % results)
    check(any(m.startswith("ended") for m in results),
          "the video did not play to its end: %r" % results)
    check(not any(m.startswith("error") for m in results),
          "media error: %r" % results)
    print("chromium: %s" % "; ".join(results))
    print("ok")


if __name__ == "__main__":
    main()
