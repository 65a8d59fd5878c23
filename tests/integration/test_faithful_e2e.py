"""test_faithful_e2e.py - the failure briefcast exists to prevent, end to
end: an OpenAI-compatible server (the loopback stand-in) answers a post with
a plausible summary that repeats a careless model's mistakes -- a wrong
expansion written in prose ("which stands for ..."), a wrong expansion of an
acronym the post defines only by a capitalised phrase, a quarter and a year
shifted by one, a count of people taken from the wrong number, a lost minus
sign, a count changed where the source gives two candidates -- and gives the
same answer again in the repair round.  Nothing wrong may reach the
narration (transcript.vtt), the PDF brief, the slides, brief.md or
brief.html; where the source makes the right value unambiguous it is
repaired in; faithful facts survive."""
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import run, check, validate_json, pdf_text, fold, SRC, Standin  # noqa: E402

KEY = "sk-faithful-e2e-7731"
FIX = os.path.join(SRC, "tests", "fixtures", "faithful")
SOURCE = os.path.join(FIX, "rage-two-years-on.md")
ANSWER = os.path.join(FIX, "rage-two-years-on.answer.json")

# What the careless model wrote, as it may survive in any output; each must
# be gone from every output.
WRONG = [
    "Results, Ambition",         # RAGE's expansion, in prose and glossary
    "Customer Success",          # CSA, defined by "Cloud Solution Architect"
    "Q3 2023",                   # the pilot was in Q3 2024
    "30 May 2024",               # the workshop was on 30 May 2025
    "300+ people",               # "more than 200 people" came to the talks
    "five sessions",             # four per report; three before it sticks
]
# A lost minus sign: "4 °C" where the source says −4 °C.
LOST_SIGN = re.compile(r"(?<![−\-\d])4\s?°C")
# Right values the repair must bring in from the source (somewhere in the
# rendered text), and faithful facts that must survive untouched.
REPAIRED = ["Reality, Aspirations, Goals", "Q3 2024", "Cloud Solution Architect"]
FAITHFUL = ["30 May 2025", "4.5 years", "31 of the 40 managers", "45 minutes"]


def outputs(out):
    """Every rendered text a reader or listener meets, by file name."""
    texts = {}
    for name in ("brief.md", "brief.html", "transcript.vtt"):
        with open(os.path.join(out, name), encoding="utf-8") as f:
            texts[name] = f.read()
    # HTML escapes and VTT line breaks must not hide a value.
    texts["brief.html"] = fold(re.sub(r"<[^>]+>", " ", texts["brief.html"])
                               .replace("&amp;", "&"))
    texts["transcript.vtt"] = fold(texts["transcript.vtt"])
    texts["brief.md"] = fold(texts["brief.md"])
    for name in ("brief.pdf", "slides.pdf"):
        texts[name] = pdf_text(os.path.join(out, name))
    return texts


def main():
    with tempfile.TemporaryDirectory() as tmp:
        st = Standin(tmp, KEY)
        try:
            out = os.path.join(tmp, "out")
            # The answer for the summary and, unchanged, for every repair
            # round and any retry.
            st.script(["file:" + ANSWER] * 8)
            env = {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": "",
                   "no_proxy": "127.0.0.1,localhost",
                   "XDG_CACHE_HOME": os.path.join(tmp, "cache"),
                   "XDG_CONFIG_HOME": os.path.join(tmp, "config")}
            r = run(["--provider", "openai", "--base-url", st.base + "/v1",
                     "run", SOURCE, "-o", out, "--no-cache", "--no-mp3"],
                    env=env)
            check(r.returncode == 0, "run failed (%d): %s" %
                  (r.returncode, r.stderr.decode()))
            log = st.log()
            check(any("<<<FINDINGS" in e["body"] for e in log),
                  "no repair round was asked for")
        finally:
            st.stop()

        report = validate_json(os.path.join(out, "report.json"),
                               "report.schema.json")
        validate_json(os.path.join(out, "summary.json"), "summary.schema.json")
        texts = outputs(out)
        # Every problem is collected, so one run shows the whole picture.
        problems = []
        for name, text in texts.items():
            for w in WRONG:
                if w in text:
                    problems.append("%s still says %r" % (name, w))
            m = LOST_SIGN.search(text)
            if m:
                problems.append("%s lost the minus sign: %r" % (
                    name, text[max(0, m.start() - 40):m.end() + 10]))
        rendered = " ".join(texts.values())
        for w in REPAIRED:
            if w not in rendered:
                problems.append("the source's %r was not repaired in" % w)
        narration = texts["transcript.vtt"]
        if "Reality, Aspirations, Goals" not in narration:
            problems.append("the narration does not give RAGE's real "
                            "expansion")
        for w in FAITHFUL:
            if w not in rendered:
                problems.append("the faithful fact %r was lost" % w)

        # Each planted error is a finding whose source_says is a fact of
        # the claim's own kind, pointing at the source text that shows it.
        wanted = {
            "Q3 2023": ("date", "Q3 2024"),
            "30 May 2024": ("date", "30 May 2025"),
            "300+ people": ("number", "200 people"),
            "Results, Ambition": ("acronym", "Reality, Aspirations, Goals"),
            "Customer Success": ("acronym", "Cloud Solution Architect"),
        }
        for claim, (kind, says) in wanted.items():
            fs = [f for f in report["findings"]
                  if claim in (f.get("claim") or "")]
            if not fs:
                problems.append("no finding on %r" % claim)
                continue
            f = fs[0]
            if f["kind"] != kind or f["severity"] != "error":
                problems.append("%r: a %s %s finding, want an error of kind "
                                "%s" % (claim, f["severity"], f["kind"], kind))
            if says not in (f.get("source_says") or ""):
                problems.append("%r: source_says %r, want %r" %
                                (claim, f.get("source_says"), says))
        if problems:
            check(False, "%d problems:\n  " % len(problems) +
                  "\n  ".join(problems))
        # What was repaired is said so: the finding stays in the report
        # with the value put in its place.
        for claim in ("Q3 2023", "Results, Ambition", "300+ people"):
            fs = [f for f in report["findings"]
                  if claim in (f.get("claim") or "") and f.get("repaired_to")]
            check(fs, "the report does not say %r was repaired" % claim)
    print("ok")


if __name__ == "__main__":
    main()
