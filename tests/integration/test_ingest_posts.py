"""test_ingest_posts.py - a page that holds several dated posts, as a user
runs it: `run` writes one brief per post by default, each in a folder
named DATE-title, and says so on stderr; --whole-page writes one brief of
the page; --split-posts is still accepted; `extract` shows the posts, as it
does a feed's entries.  Pages: a Blogger label page without <article>
elements and a plain-text scrape of one (fixtures written for the tests)."""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import SRC, check, run, tmpdir

work = tmpdir()
html = os.path.join(SRC, "tests", "fixtures", "html", "archive_blogger_label.html")
text = os.path.join(SRC, "tests", "fixtures", "ingest", "posts_blogger.txt")
fast = ["--no-audio", "--no-pdf", "--no-slides"]

pages = {
    html: [("2023-08-30-what-the-night-shift-taught-me", "What the night shift taught me"),
           ("2023-07-17-prime-day-seen-from-the-loading-dock", "Prime Day, seen from the loading dock"),
           ("2023-06-02-the-robots-in-hall-b", "The robots in hall B"),
           ("2023-04-11-where-the-returns-go", "Where the returns go")],
    text: [("2023-08-30-what-the-night-shift-taught-me", "What the night shift taught me"),
           ("2023-07-17-prime-day-seen-from-the-loading-dock", "Prime Day, seen from the loading dock"),
           ("2023-06-02-the-robots-in-hall-b", "The robots in hall B")],
}

for page, posts in pages.items():
    name = os.path.basename(page)
    # One brief per post by default, one folder each, and a note saying so.
    out = os.path.join(work, name + ".posts")
    r = run(["run", page, "-o", out] + fast)
    err = r.stderr.decode()
    check(r.returncode == 0, "%s: exit %d %s" % (name, r.returncode, err))
    check("holds %d dated posts" % len(posts) in err and "--whole-page" in err,
          "%s: no note about the posts on stderr: %r" % (name, err))
    folders = sorted(os.listdir(out))
    check(folders == sorted(f for f, _ in posts),
          "%s: folders %r" % (name, folders))
    for folder, title in posts:
        with open(os.path.join(out, folder, "summary.json"), encoding="utf-8") as f:
            s = json.load(f)
        check(s["source"]["title"] == title,
              "%s/%s: source title %r" % (name, folder, s["source"]["title"]))
        check(s["source"]["date"] == folder[:10],
              "%s/%s: source date %r" % (name, folder, s["source"]["date"]))
        brief = open(os.path.join(out, folder, "brief.md"), encoding="utf-8").read()
        for other, _ in posts:
            if other != folder:
                check(other not in brief, "%s/%s names %s" % (name, folder, other))
        for junk in ("Showing posts", "Posted by", "Labels:", "Older Posts"):
            check(junk not in brief, "%s/%s: brief holds %r" % (name, folder, junk))

    # --split-posts is the default, and still accepted.
    out2 = os.path.join(work, name + ".split")
    r = run(["run", page, "-o", out2, "--split-posts", "-q"] + fast)
    check(r.returncode == 0 and sorted(os.listdir(out2)) == folders,
          "%s: --split-posts: exit %d, %r" % (name, r.returncode,
                                               os.listdir(out2) if os.path.isdir(out2) else None))
    check(r.stderr == b"", "%s: -q still printed %r" % (name, r.stderr))

    # --whole-page: one brief of the page, straight into the folder.
    out3 = os.path.join(work, name + ".whole")
    r = run(["run", page, "-o", out3, "--whole-page"] + fast)
    err = r.stderr.decode()
    check(r.returncode == 0, "%s --whole-page: exit %d %s" % (name, r.returncode, err))
    check("dated posts" not in err, "%s --whole-page: note printed" % name)
    check(os.path.isfile(os.path.join(out3, "summary.json")),
          "%s --whole-page: no summary.json in %r" % (name, os.listdir(out3)))
    check(not any(os.path.isdir(os.path.join(out3, x)) for x in os.listdir(out3)),
          "%s --whole-page: sub-folders %r" % (name, os.listdir(out3)))

    # extract shows the posts, as an array with their place on the page.
    r = run(["extract", "--json", page])
    check(r.returncode == 0, "%s: extract exit %d" % (name, r.returncode))
    docs = json.loads(r.stdout.decode())
    check(isinstance(docs, list) and [d["title"] for d in docs] == [t for _, t in posts],
          "%s: extract titles %r" % (name, [d.get("title") for d in docs]
                                      if isinstance(docs, list) else docs))
    check(all(d["post"] == i + 1 and d["posts"] == len(posts) for i, d in enumerate(docs)),
          "%s: post numbers %r" % (name, [(d["post"], d["posts"]) for d in docs]))
    r = run(["extract", "--json", "--whole-page", page])
    doc = json.loads(r.stdout.decode())
    check(isinstance(doc, dict) and doc["post"] is None and doc["posts"] is None,
          "%s: extract --whole-page gave %s" % (name, type(doc).__name__))
    r = run(["extract", page])
    check(r.stdout.decode().count("\n---\n") == len(posts) - 1,
          "%s: extract text shows %d separators" % (name, r.stdout.decode().count("\n---\n")))

# A single article stays one brief written straight into the folder.
out = os.path.join(work, "single")
r = run(["run", os.path.join(SRC, "tests", "fixtures", "html", "blog_post.html"),
         "-o", out] + fast)
check(r.returncode == 0 and os.path.isfile(os.path.join(out, "summary.json")),
      "single article: exit %d %r" % (r.returncode, os.listdir(out) if os.path.isdir(out) else None))
check(b"dated posts" not in r.stderr, "single article: note printed")

shutil.rmtree(work)
print("ok: one brief per post by default, the note, --whole-page, --split-posts, extract")
