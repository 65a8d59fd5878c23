"""test_llm_minutes.py - `run --minutes N` with an LLM provider, against the
loopback stand-in: each provider's request carries a word budget of about
140 words a minute (the pace of the finished audio) for the narration, a
different N a different budget, and without --minutes no budget at all."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import check, Standin, tmpdir  # noqa: E402
from test_llm_cli import ESSAY, KEY, llm  # noqa: E402

SKIP = ["--no-audio", "--no-pdf", "--no-slides", "--no-video", "--no-cache"]


def budget_of(st, label):
    log = st.log()
    check(log, "%s: no request" % label)
    body = json.dumps(json.loads(log[0]["body"]))
    m = re.search(r"Word budget: the narration must run about (\d+) words "
                  r"\(([\d.]+) minutes", body)
    return (int(m.group(1)), float(m.group(2))) if m else None


def check_provider(st, tmp, essay, p):
    for minutes in (3, 8):
        st.script([])
        out = os.path.join(tmp, "%s-%d" % (p, minutes))
        r = llm(st, tmp, p, ["run", essay, "-o", out, "--minutes",
                             str(minutes)] + SKIP)
        label = "%s --minutes %d" % (p, minutes)
        check(r.returncode == 0, "%s: %s" % (label, r.stderr.decode()))
        got = budget_of(st, label)
        check(got is not None, "%s: no word budget in the request" % label)
        words, said = got
        check(said == minutes and abs(words - 140 * minutes) <= 1,
              "%s: budget %r" % (label, got))
        print("%s: budget of %d words" % (label, words))
    st.script([])
    r = llm(st, tmp, p, ["run", essay, "-o", os.path.join(tmp, p + "-none")] +
            SKIP)
    check(r.returncode == 0, "%s: %s" % (p, r.stderr.decode()))
    check(budget_of(st, p) is None, "%s: a word budget without --minutes" % p)


def main():
    tmp = tmpdir()
    st = Standin(tmp, KEY)
    essay = os.path.join(tmp, "essay.md")
    try:
        with open(essay, "w") as f:
            f.write(ESSAY)
        for p in ("openai", "anthropic", "gemini"):
            check_provider(st, tmp, essay, p)
    finally:
        st.stop()
    print("ok")


if __name__ == "__main__":
    main()
