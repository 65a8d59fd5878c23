"""test_hostile_remote.py - what comes from outside stays outside: a list
fetched over HTTP cannot name local files; a URL's user:password and secret
query values reach no output (summary, briefs, slides, ID3 tags, feed,
manifest, --json, stderr); feed.xml escapes a source's markup for the HTML
podcast apps decode and stays well-formed whatever a title holds; an API key
a server echoes back (in a 401 body longer than any message) reaches no
sink in any piece; escape sequences in a server's message or a file name
reach the terminal as visible text on one line; and the answer cache tells
two servers apart.  Everything is served on 127.0.0.1."""
import json
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from bclib import SRC, Standin, check, run, tmpdir  # noqa: E402
from httpserver import serve  # noqa: E402

work = tmpdir()
site = os.path.join(work, "site")
os.mkdir(site)
sample = os.path.join(SRC, "samples", "short-note.md")
shutil.copy(sample, os.path.join(site, "post.md"))
srv = serve(site)
base = "http://127.0.0.1:%d" % srv.port


def everything_in(d):
    """Every byte of every file below d (binary files too: ID3 tags)."""
    out = b""
    for dp, _, ns in os.walk(d):
        for n in ns:
            with open(os.path.join(dp, n), "rb") as f:
                out += f.read()
    return out


def one_line(label, err):
    lines = err.strip().splitlines()
    check(len(lines) == 1, "%s: expected one line, got %r" % (label, err))


# --- a remote list names only URLs ------------------------------------------
with open(os.path.join(site, "list.txt"), "w") as f:
    f.write("# posts\n/etc/passwd\n%s/files/post.md\n" % base)
with open(os.path.join(site, "rel.txt"), "w") as f:
    f.write("%s/files/post.md\n../../etc/passwd\n" % base)
for name in ("list.txt", "rel.txt"):
    out = os.path.join(work, "list-" + name)
    r = run(["run", base + "/files/" + name, "--format", "list", "-o", out,
             "--no-audio"])
    err = r.stderr.decode()
    check(r.returncode == 5 and "may name only http(s) URLs" in err and "line" in err,
          "remote %s: exit %d (%s)" % (name, r.returncode, err))
    one_line("remote " + name, err)
    check(not os.path.exists(out) or b"root:" not in everything_in(out),
          "remote %s: a local file was read" % name)
# the same list read locally may name files: that is the user's own list
local_list = os.path.join(work, "local.list")
with open(local_list, "w") as f:
    f.write("%s\n%s/files/post.md\n" % (sample, base))
r = run(["run", local_list, "--format", "list", "-o", os.path.join(work, "ll"),
         "--no-audio"])
check(r.returncode == 0, "a local list: exit %d (%s)" % (r.returncode, r.stderr.decode()))

# --- credentials in a URL -----------------------------------------------------
PW, TOKEN = "s3cr3t-pa55word", "tok-9f8e7d6c5b4a"
url = "http://reader:%s@127.0.0.1:%d/files/post.md?token=%s" % (PW, srv.port, TOKEN)
out = os.path.join(work, "creds")
r = run(["--json", "run", url, "-o", out])
check(r.returncode == 0, "run with credentials: %s" % r.stderr.decode())
r2 = run(["feed", out])
check(r2.returncode == 0, "feed: %s" % r2.stderr.decode())
posts = os.path.join(work, "cred-batch")
r3 = run(["--json", "batch", url, "-o", posts, "--no-pdf", "--no-slides"])
check(r3.returncode == 0, "batch with credentials: %s" % r3.stderr.decode())
r4 = run(["run", url.replace("post.md", "nope.md"), "-o", os.path.join(work, "c404")])
blob = (everything_in(out) + everything_in(posts) + r.stdout + r.stderr +
        r2.stderr + r3.stdout + r3.stderr + r4.stderr)
for secret in (PW, TOKEN, "reader:"):
    check(secret.encode() not in blob, "%r reached an output or a message" % secret)
check(os.path.exists(os.path.join(out, "narration.mp3")) and
      b"127.0.0.1" in everything_in(out), "the outputs lost the URL altogether")
check(r4.returncode == 10 and "***" in r4.stderr.decode(), "404 with credentials: %r" % r4.stderr)

# --- feed.xml: markup in a source, characters XML forbids ----------------------
ep = os.path.join(work, "episodes")
r = run(["summarize", sample, "-o", os.path.join(work, "s.json")])
with open(os.path.join(work, "s.json")) as f:
    s = json.load(f)
s["title"] = "Tricky \ufffe title \uffff <b>bold</b>"
s["tldr"] = "A post about <script>alert('x')</script> & friends."
s["narration"] = [{"speaker": "narrator", "text": "Hello there."}]
os.makedirs(os.path.join(ep, "one"))
with open(os.path.join(ep, "one", "summary.json"), "w") as f:
    json.dump(s, f)
r = run(["audio", os.path.join(ep, "one", "summary.json"), "-o", os.path.join(ep, "one")])
check(r.returncode == 0, "audio for the feed: %s" % r.stderr.decode())
r = run(["feed", ep])
check(r.returncode == 0, "feed: %s" % r.stderr.decode())
rss = ET.parse(os.path.join(ep, "feed.xml")).getroot()  # well-formed, or this raises
item = rss.find("./channel/item")
desc = item.findtext("description")
check("<script>" not in desc and "&lt;script&gt;" in desc,
      "feed description is markup to a podcast app: %r" % desc)
check("\ufffe" not in item.findtext("title") and "<b>" in item.findtext("title"),
      "feed title: %r" % item.findtext("title"))

# --- an API key a server echoes back --------------------------------------------
def standin(name, key):
    d = os.path.join(work, name)
    os.mkdir(d)
    return Standin(d, key)


def cache_of(env):
    d = env["XDG_CACHE_HOME"]
    return everything_in(d) if os.path.exists(d) else b""


st = standin("st1", "sk-the-right-key-0000")
KEY = "sk-proj-" + "".join("abcdefghijklmnopqrstuvwxyz0123456789"[(i * 7) % 36]
                           for i in range(156))  # 164 characters
env = {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": "", "no_proxy": "127.0.0.1",
       "XDG_CACHE_HOME": os.path.join(work, "cache")}
llm = ["--provider", "openai", "--base-url", st.base + "/v1"]


def leaks(blob):
    """Any 12-character piece of the key in blob."""
    for i in range(len(KEY) - 11):
        if KEY[i:i + 12].encode() in blob:
            return KEY[i:i + 12]
    return None


st.script(["401"] * 3)
r = run(["--json"] + llm + ["summarize", sample], env=env)
check(r.returncode == 11, "401: exit %d (%s)" % (r.returncode, r.stderr.decode()))
one_line("401", r.stderr.decode())
bout = os.path.join(work, "key-batch")
r2 = run(["--json"] + llm + ["batch", sample, "-o", bout, "--no-audio"], env=env)
check(r2.returncode == 15, "401 batch: exit %d (%s)" % (r2.returncode, r2.stderr.decode()))
piece = leaks(r.stdout + r.stderr + r2.stdout + r2.stderr + everything_in(bout) +
              cache_of(env))
check(piece is None, "a piece of the key reached a sink: %r" % piece)
# the stand-in really did echo it (else this test proves nothing)
check(any(KEY[:40] in (e.get("response") or "") for e in st.log()),
      "the stand-in did not echo the key")

# A server whose answer quotes the key: not in the summary, nor the cache.
quote = os.path.join(work, "quote.json")
r = run(["summarize", sample, "-o", os.path.join(work, "q0.json")])
with open(os.path.join(work, "q0.json")) as f:
    q = json.load(f)
q["tldr"] = "The key was %s, said the server." % KEY
with open(quote, "w") as f:
    json.dump({"id": "x", "object": "chat.completion", "created": 0, "model": "m",
               "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                            "message": {"role": "assistant", "refusal": None,
                                        "content": json.dumps(q)}}],
               "usage": {"prompt_tokens": 10, "completion_tokens": 10,
                         "total_tokens": 20}}, f)
st2 = standin("st2", KEY)
st2.script(["raw:200:" + quote])
qout = os.path.join(work, "q.json")
r = run(["--provider", "openai", "--base-url", st2.base + "/v1", "summarize", sample,
         "-o", qout], env=env)
check(r.returncode == 0, "an answer quoting the key: exit %d (%s)"
      % (r.returncode, r.stderr.decode()))
with open(qout, "rb") as f:
    blob = r.stderr + f.read() + cache_of(env)
check(leaks(blob) is None, "a key quoted in an answer reached the summary or cache")

# --- escape sequences from a server, and in a file name -------------------------
evil = os.path.join(work, "evil.json")
with open(evil, "w") as f:
    json.dump({"error": {"message": "\u001b]0;pwned\u0007\u001b[2J\u009b31m"
                         "boom\nsecond line", "type": "invalid_request_error"}}, f)
st.script(["raw:400:" + evil] * 3)
r = run(llm + ["summarize", sample], env=dict(env, OPENAI_API_KEY="sk-the-right-key-0000"))
err = r.stderr.decode("utf-8", "replace")
check(r.returncode == 11, "server message: exit %d (%s)" % (r.returncode, err))
check(not re.search("[\x00-\x09\x0b-\x1f\x7f\x80-\x9f]", err),
      "control characters reached the terminal: %r" % err)
one_line("server message", err)
name = os.path.join(work, "bad\x1b]0;pwned\x07\nname.md")
r = run(["run", name, "-o", os.path.join(work, "nope")])
err = r.stderr.decode("utf-8", "replace")
check(r.returncode == 3 and "\\x1b" in err and "\\n" in err,
      "file name: exit %d, %r" % (r.returncode, err))
check(not re.search("[\x00-\x09\x0b-\x1f\x7f]", err), "raw control characters: %r" % err)
one_line("file name", err)

# --- the answer cache tells servers apart ---------------------------------------
good = dict(env, OPENAI_API_KEY="sk-the-right-key-0000",
            XDG_CACHE_HOME=os.path.join(work, "cache2"))
st3 = standin("st3", "sk-the-right-key-0000")
st.script([])
st3.script([])
for s_ in (st, st3):
    r = run(["--provider", "openai", "--base-url", s_.base + "/v1", "--model", "same-model",
             "summarize", sample], env=good)
    check(r.returncode == 0, "cache run: %s" % r.stderr.decode())
check(len(st3.log()) == 1,
      "the second server got %d requests: the first server's cached answer was used"
      % len(st3.log()))

for s_ in (st, st2, st3):
    s_.stop()
srv.stop()
print("ok: remote lists, credentials, feed escaping, echoed keys, escape "
      "sequences and the cache key all hold")
