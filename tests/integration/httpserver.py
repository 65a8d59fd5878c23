#!/usr/bin/python3
"""httpserver.py - a scriptable HTTP server on 127.0.0.1 for integration
tests: it serves fixture files and misbehaves on request (redirects and
loops, slowness, oversized or compressed bodies, wrong content types and
charsets, error statuses).  Standard library only.

Run it:    python3 httpserver.py --root DIR [--until-eof]   (prints the port,
           then serves until killed, or with --until-eof until stdin closes)
Import it: from httpserver import serve; srv = serve(root); srv.port; srv.stop()

URLs:
  /files/NAME            a file under the root; the content type comes from
                         the extension.  Query parameters change the answer:
                           ct=TYPE       Content-Type to send ("none": omit)
                           charset=CS    appended to the Content-Type
                           status=N      HTTP status to answer with
                           delay=SECS    wait before answering
                           gzip=1        gzip the body, Content-Encoding: gzip
                           deflate=1     zlib-deflate the body
  /redirect?n=N&to=PATH  N redirects (302) in a row, then to PATH
  /loop                  redirects to itself forever
  /big?mb=N[&chunked=1]  N MiB of text (with Content-Length unless chunked)
  /drip?secs=N           a valid page sent one byte a second for N seconds
  /status/N              an empty answer with status N
  /echo-headers          the request headers as text/plain
"""

import argparse
import gzip
import http.server
import mimetypes
import os
import sys
import threading
import time
import urllib.parse
import zlib

TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".md": "text/markdown",
    ".txt": "text/plain",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".rdf": "application/rdf+xml",
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".json": "application/json",
}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "briefcast-test/1"

    def log_message(self, fmt, *args):  # keep test output clean
        pass

    def send_body(self, status, body, ctype, extra=None):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        q = dict(urllib.parse.parse_qsl(url.query))
        path = url.path
        try:
            if path.startswith("/files/"):
                return self.files(path[len("/files/"):], q)
            if path == "/redirect":
                n = int(q.get("n", "1"))
                to = q.get("to", "/files/index.html")
                loc = to if n <= 1 else "/redirect?" + urllib.parse.urlencode(
                    {"n": n - 1, "to": to})
                return self.send_body(302, b"", "text/plain", {"Location": loc})
            if path == "/loop":
                return self.send_body(302, b"", "text/plain", {"Location": "/loop"})
            if path == "/big":
                return self.big(float(q.get("mb", "40")), q.get("chunked") == "1")
            if path == "/drip":
                return self.drip(int(q.get("secs", "10")))
            if path.startswith("/status/"):
                return self.send_body(int(path[len("/status/"):]), b"", "text/plain")
            if path == "/echo-headers":
                body = "".join("%s: %s\n" % kv for kv in self.headers.items())
                return self.send_body(200, body.encode(), "text/plain")
            self.send_body(404, b"not found\n", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeouts, size caps): expected

    def files(self, name, q):
        root = self.server.root
        full = os.path.realpath(os.path.join(root, urllib.parse.unquote(name)))
        if not full.startswith(os.path.realpath(root) + os.sep) or not os.path.isfile(full):
            return self.send_body(404, b"not found\n", "text/plain")
        with open(full, "rb") as f:
            body = f.read()
        ext = os.path.splitext(full)[1].lower()
        ctype = q.get("ct", TYPES.get(ext) or mimetypes.guess_type(full)[0]
                      or "application/octet-stream")
        if ctype == "none":
            ctype = None
        if ctype and "charset" in q:
            ctype += "; charset=" + q["charset"]
        extra = {}
        if q.get("gzip") == "1":
            body = gzip.compress(body)
            extra["Content-Encoding"] = "gzip"
        elif q.get("deflate") == "1":
            body = zlib.compress(body)
            extra["Content-Encoding"] = "deflate"
        if "delay" in q:
            time.sleep(float(q["delay"]))
        self.send_body(int(q.get("status", "200")), body, ctype, extra)

    def big(self, mb, chunked):
        total = int(mb * 1024 * 1024)
        line = b"All work and no play makes a very long page indeed.\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(total))
        self.end_headers()
        sent = 0
        block = line * 2048
        while sent < total:
            piece = block[: total - sent]
            if chunked:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            else:
                self.wfile.write(piece)
            sent += len(piece)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    def drip(self, secs):
        body = b"<html><body><p>" + b"x" * secs + b"</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for i in range(len(body)):
            self.wfile.write(body[i:i + 1])
            self.wfile.flush()
            time.sleep(1 if i < secs else 0)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, root):
        super().__init__(("127.0.0.1", 0), Handler)
        self.root = root
        self.port = self.server_address[1]
        self.thread = None

    def handle_error(self, request, client_address):
        # Clients that give up (timeouts, size caps) are part of the tests.
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)

    def base(self):
        return "http://127.0.0.1:%d" % self.port

    def stop(self):
        self.shutdown()
        self.server_close()


def serve(root):
    """Start a server for root in a background thread and return it."""
    srv = Server(root)
    srv.thread = threading.Thread(target=srv.serve_forever, daemon=True)
    srv.thread.start()
    return srv


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=".", help="directory served under /files/")
    ap.add_argument("--until-eof", action="store_true",
                    help="stop when stdin closes (the parent went away)")
    args = ap.parse_args()
    srv = serve(os.path.abspath(args.root))
    try:
        # One write, so a parent that reads the port and closes the pipe
        # never makes the second half of a print fail.
        sys.stdout.write("%d\n" % srv.port)
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    try:
        if args.until_eof:
            while sys.stdin.read(4096):
                pass
        else:
            srv.thread.join()
    except KeyboardInterrupt:
        pass
    srv.stop()


if __name__ == "__main__":
    main()
