#!/usr/bin/env python3
"""test_brief_whose_fact.py - a brief never gives one event's fact to
another: the tl;dr does not set a sentence that says "the storm" (the
piece's storm, named before) right after one that tells of another storm,
and the timeline dates no sentence by a year that belongs to a clause
about something else, nor makes "today's" (the present in general) an
event of the page's date."""
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import check, run  # noqa: E402

NEWS = (
    "The force-10 storm struck at a speed of 120km (75 miles) an hour 30km "
    "north of the port of Hull, officials said. The winds were felt as far "
    "away as the capital and the eastern hills, local radio says. There were "
    "no early reports of injuries or damage. The coast is often hit by "
    "storms. In 1998 more than 200 people died in a storm in the southern "
    "delta region. The national weather office said the storm made landfall "
    "at 09:10 (08:10 GMT), with its centre near the harbour town of Selby. "
    "Several smaller squalls were felt across a wide area. Power lines were "
    "down in the harbour area, the regional news service reports. Schools "
    "were closed as a precaution and were to be checked for damage. In the "
    "capital, the tops of tall towers swayed and the storm was also felt in "
    "two other cities. Last spring, two storms in the same area left more "
    "than ten people dead. The strongest of them brought winds of 150km an "
    "hour.\n")

STORY = (
    "---\ntitle: The keeper of the lighthouse\ndate: 2021-03-04\n---\n"
    "Anna Berg kept the lighthouse on the northern cape for most of her life "
    "and wrote about every ship she saw.\n\n"
    "She was hired by the harbour board along with two other keepers, one "
    "of whom retired to the mainland in 1987.\n\n"
    "The lighthouse was rebuilt in March 1991 after a winter storm broke its "
    "lamp and flooded the lower rooms.\n\n"
    "She retired in June 2004 and moved to a small house near the harbour "
    "where she still lives with her cat.\n\n"
    "Looking at today's automated lights, she says the work has changed far "
    "more than the sea has.\n")


def summary(tmp, name, text):
    path = os.path.join(tmp, name)
    with open(path, "w") as f:
        f.write(text)
    r = run(["summarize", path])
    check(r.returncode == 0, "%s: summarize exits 0: %s" % (name, r.stderr))
    return json.loads(r.stdout)


def main():
    tmp = tempfile.mkdtemp(prefix="bc-whose-")
    try:
        s = summary(tmp, "news.txt", NEWS)
        t = s["tldr"]
        check(not ("died in a storm" in t and "the storm made landfall" in t),
              "tl;dr gives the news storm's landfall to the 1998 storm: %r" % t)
        s = summary(tmp, "story.md", STORY)
        for e in s.get("timeline", []):
            text = e.get("event", "")
            check("She was hired" not in text,
                  "timeline dates the hiring by another keeper's year: %r" % e)
            check("today" not in e.get("date", "").lower() and
                  "automated lights" not in text,
                  "timeline makes 'today's' an event: %r" % e)
        check(any("rebuilt" in e.get("event", "")
                  for e in s.get("timeline", [])),
              "timeline keeps a dated event: %r" % s.get("timeline"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("ok")


if __name__ == "__main__":
    main()
