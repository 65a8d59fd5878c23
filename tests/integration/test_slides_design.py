"""test_slides_design.py - the slide deck as a reader sees it, through the
real binary and poppler's tools: a title slide with the source (its file
name, never a path of this machine) and the date; a timeline drawn along
one axis (pdftotext -bbox: the dates side by side on one line, left to
right in date order, each event under its date); key figures as big numbers
found in the summary's key points; a quote slide; the check's counts equal
to report.json's (a slide only when the check found something); no "..." cut anywhere and no continuation slide holding a
single bullet, for every sample; nothing said twice (the title and the
tl;dr, a bullet and the tl;dr) and no glossary row among the key points.  And in every style (the summary's own
narration included), chapter N of the audio is part N of the deck
(chapters.json against the deck's pages)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bclib import SRC, chapters_follow_deck, check, pages_text, \
    pages_words, run, tmpdir  # noqa: E402

ELLIPSIS = "\u2026"
SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12, "Q1": 1, "Q2": 4, "Q3": 7,
           "Q4": 10, "H1": 1, "H2": 7}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def find_seq(words, text, start=0):
    """Index of the words that spell text (split at spaces) in order."""
    toks = text.split()
    for i in range(start, len(words) - len(toks) + 1):
        if all(words[i + k][0] == t for k, t in enumerate(toks)):
            return list(range(i, i + len(toks)))
    return None


def date_key(iso):
    m = re.match(r"(\d{4})(?:-(\d\d|[A-Z]\d|[A-Z]{2}))?(?:-(\d\d))?", iso or "")
    if not m:
        return (9999, 99, 99)
    month = m.group(2)
    month = int(month) if month and month.isdigit() else SEASONS.get(month, 0)
    return (int(m.group(1)), month, int(m.group(3) or 0))


def deck_checks(out, label):
    """What every deck must be: no cut text, no lone continuation bullet,
    a title slide with source and date, the check's counts."""
    pdf = os.path.join(out, "slides.pdf")
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    texts = pages_text(pdf)
    for i, t in enumerate(texts):
        check(ELLIPSIS not in t, "%s: page %d is cut short: %r" %
              (label, i + 1, t[:300]))
        m = re.search(r"\((\d+)/(\d+)\)", t[:400])
        if m and int(m.group(1)) > 1:
            check(t.count("\u2022") != 1, "%s: page %d continues its part "
                  "with a single bullet: %r" % (label, i + 1, t[:300]))
    src = summary["source"]
    title = texts[0]
    name = os.path.basename(src["url"])
    # a local file's name says where the text sat, not where it comes from
    check(("Source: " + name) not in title,
          "%s: the title slide shows the file name %r as its source: %r" %
          (label, name, title))
    check(os.path.dirname(src["url"]) not in title,
          "%s: the title slide shows a local path: %r" % (label, title))
    if src.get("date"):
        check(src["date"] in title, "%s: no date %r on the title slide: %r" %
              (label, src["date"], title))
    if src.get("author"):
        check(src["author"] in title, "%s: no author on the title slide" %
              label)

    # The check's slide: verdict, then four big numbers over their labels.
    with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
        report = json.load(f)
    words = pages_words(pdf)
    first = next((i for i, t in enumerate(texts)
                  if t.startswith("What was checked")), None)
    # the check's slide is there when it has something for a reader: a
    # verdict other than pass or an error or warning left standing
    worth = report["verdict"] != "pass" or \
        report["counts"]["errors"] or report["counts"]["warnings"]
    check((first is not None) == bool(worth),
          "%s: verdict %s, %d errors, %d warnings, but the deck %s a check "
          "slide" % (label, report["verdict"], report["counts"]["errors"],
                     report["counts"]["warnings"],
                     "has" if first is not None else "has no"))
    if first is None:
        return summary, texts, words
    check(report["verdict"].upper() in texts[first].split(),
          "%s: no verdict %s on the check slide: %r" %
          (label, report["verdict"], texts[first]))
    big = sorted((w for w in words[first] if w[4] - w[2] > 40),
                 key=lambda w: w[1])
    got = [int(w[0]) for w in big]
    c = report["checked"]
    want = [c["dates"] + c["acronyms"] + c["numbers"] + c["names"],
            report["counts"]["errors"], report["counts"]["warnings"],
            report["counts"]["repaired"]]
    check(got == want, "%s: the check slide shows %r, report.json %r" %
          (label, got, want))
    # the breakdown under the counts adds up to the big "facts checked"
    m = re.search(r"The facts: (\d+) dates, (\d+) acronyms, (\d+) numbers, "
                  r"(\d+) names", " ".join(texts[first].split()))
    check(m and sum(int(x) for x in m.groups()) == want[0],
          "%s: the check slide's breakdown does not add up to %d: %r" %
          (label, want[0], texts[first]))
    for w, lab in zip(big, ("facts checked", "errors", "warnings",
                            "repaired")):
        under = [x for x in words[first] if x[2] > w[4] and
                 x[1] < (w[1] + w[3]) / 2 < x[3] + 60 and x[0] in lab.split()]
        check(under, "%s: %s has no label %r underneath" % (label, w[0], lab))
    return summary, texts, words


def timeline_checks(summary, texts, words, label):
    tl = summary["timeline"]
    pages = [i for i, t in enumerate(texts) if t.startswith("Timeline")]
    check(pages, "%s: no timeline slide" % label)
    seen = []
    for p in pages:
        ws = words[p]
        marks = []
        for e in tl:
            date = e["date"] or e["iso"]
            at = find_seq(ws, date)
            if at is None:
                continue
            last = ws[at[-1]]
            first = ws[at[0]]
            marks.append(((first[1] + last[3]) / 2, last[4], e))
        check(len(marks) >= 2 or len(tl) < 2,
              "%s: page %d shows %d timeline dates" % (label, p + 1,
                                                      len(marks)))
        # One axis: the dates' last lines share a baseline, left to right.
        ys = [m[1] for m in marks]
        check(max(ys) - min(ys) < 1.0, "%s: page %d: the dates are not "
              "along one line (y %r): a list, not a timeline" %
              (label, p + 1, ys))
        marks.sort(key=lambda m: m[0])
        xs = [m[0] for m in marks]
        check(all(b - a > 60 for a, b in zip(xs, xs[1:])),
              "%s: page %d: dates not spread along the axis: %r" %
              (label, p + 1, xs))
        # Each event starts under its date.
        for x, y, e in marks:
            ev = find_seq(ws, " ".join(e["event"].split()[:1]))
            cands = [w for w in ws if w[0] == e["event"].split()[0] and
                     w[2] > y and abs((w[1] + w[3]) / 2 - x) < 120]
            check(ev is not None and cands, "%s: page %d: no event under %r" %
                  (label, p + 1, e["date"]))
        seen += [m[2] for m in marks]
    # an entry without a year keeps the place the summary gave it
    keys = [date_key(e["iso"]) for e in seen if re.match(r"\d{4}", e["iso"])]
    check(keys == sorted(keys), "%s: the timeline is not in date order: %r" %
          (label, [e["date"] for e in seen]))
    check(len(seen) == len(tl), "%s: %d of %d timeline entries drawn" %
          (label, len(seen), len(tl)))


def callout_checks(summary, texts, words, label):
    points = " ".join(k["text"] for k in summary["key_points"])
    pages = [i for i, t in enumerate(texts) if t.startswith("Key points") and
             "\u2022" not in t]
    check(pages, "%s: no key figures slide" % label)
    ws = words[pages[0]]
    title_bottom = max(w[4] for w in ws if w[0] == "Key")
    big = [w for w in ws if w[4] - w[2] > 30 and w[2] > title_bottom]
    check(big, "%s: no big number on the key figures slide" % label)
    figures = []
    for w in sorted(big, key=lambda w: (w[1], w[2])):
        if figures and abs(figures[-1][-1][2] - w[2]) < 1 and \
                w[1] - figures[-1][-1][3] < 30:
            figures[-1].append(w)
        else:
            figures.append([w])
    for f in figures:
        text = " ".join(w[0] for w in f)
        check(re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"hundred|thousand|million", text),
              "%s: key figure %r holds no number" % (label, text))
        check(text in points, "%s: key figure %r is not in the summary's key "
              "points" % (label, text))
        below = [w for w in ws if w[2] > f[0][4] and w[4] - w[2] < 30 and
                 f[0][1] - 60 < w[1] < f[-1][3] + 60]
        check(below, "%s: key figure %r has no label underneath" %
              (label, text))
    print("%s: key figures %r" % (label, [" ".join(w[0] for w in f)
                                          for f in figures]))


def slide_worthy(q):
    """A quote of six words or more (two CJK characters a word): a phrase
    alone on a slide is filler."""
    wide = sum(1 for ch in q["text"] if "\u3000" <= ch <= "\u9fff")
    return bool(q["text"]) and len(re.findall(r"[\x21-\x7e]+", q["text"])) \
        + wide // 2 >= 6


def quote_checks(summary, texts, words, label):
    quotes = [q for q in summary["quotes"] if slide_worthy(q)]
    if not quotes:
        return
    pages = [i for i, t in enumerate(texts) if t.startswith("Quotes")]
    # one slide a quote, the summary's first two: more read as filler
    check(len(pages) == min(len(quotes), 2), "%s: %d quote slides, %d quotes"
          % (label, len(pages), len(quotes)))
    for p, q in zip(pages, quotes):
        check(norm(q["text"]) in texts[p], "%s: quote %r not on page %d" %
              (label, q["text"], p + 1))
        ws = words[p]
        head = q["text"].split()[0]
        at = [w for w in ws if w[0].strip("\u201c\u201d\"") == head]
        who = (q["speaker"] or "quoted").split()[0]
        by = [w for w in ws if w[0] == who]
        check(at and by and by[-1][2] > at[0][4],
              "%s: page %d: the speaker is not beneath the quote" %
              (label, p + 1))
        big = at[0][4] - at[0][2]
        check(big > 20, "%s: page %d: the quote is not large (%.0f pt)" %
              (label, p + 1, big))


def short_quotes_get_no_slide(out, summary):
    """A phrase quoted ("one or two", "It's a great feeling.") gets no
    slide of its own; a quote that says something does."""
    long_q = "The budget is a promise we make to customers, not a target."
    for quotes, shown in ((["one or two", "It's a great feeling.", long_q],
                           [long_q]),
                          (["cosy and pretty"], [])):
        summary["quotes"] = [{"text": t, "speaker": "Ann Lee",
                              "span": {"start": 0, "end": 1}} for t in quotes]
        path = os.path.join(out, "quotes.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(summary, f)
        pdf = os.path.join(out, "quotes.pdf")
        r = run(["slides", path, "-o", pdf])
        check(r.returncode == 0, "slides: %s" % r.stderr.decode())
        texts = [norm(t) for t in pages_text(pdf)]
        pages = [t for t in texts if t.startswith("Quotes")]
        check(len(pages) == len(shown), "%d quote slides for %r" %
              (len(pages), quotes))
        for t in shown:
            check(any(t in p for p in pages), "quote %r has no slide" % t)
        for t in quotes:
            if t not in shown:
                check(not any(t in p for p in texts),
                      "phrase %r is on a slide" % t)


def bullets_of(page):
    """The bullets of a page of pdftotext's text, each joined whole."""
    out = []
    for chunk in page.split("\u2022")[1:]:
        out.append(norm(re.split(r"\n\s*\n", chunk)[0]))
    return out


def deck_says_nothing_twice(out, summary):
    """A deck says each thing once: the title slide shows an untitled
    story's title (its tl;dr's first sentence) once, with only the rest of
    the tl;dr under it; no bullet says the tl;dr again; a glossary row is
    never a key point's bullet, a glossary of one term makes no slide of
    one bullet, and one of two terms gets its slide."""
    lead = ("The city council has approved a new tram line that will link "
            "the airport to the old town by 2029.")
    rest = "Work on the first stretch starts next spring."
    points = ["The line will run for twelve kilometres with nine stops "
              "between the two ends.",
              "The council expects some forty thousand riders a day once "
              "the whole line is open.",
              "Shops along the route will get help with their rent while "
              "the street is dug up.",
              lead]
    s = dict(summary)
    s["title"] = lead[:-1]
    s["tldr"] = lead + " " + rest
    s["key_points"] = [{"text": t, "evidence": []} for t in points]
    s["slides"] = []
    s["sections"] = []
    s["timeline"] = []
    s["quotes"] = []
    for gloss, shown in (([("SLO", "service level objective")], False),
                         ([("SLO", "service level objective"),
                           ("TfL", "Transport for London")], True)):
        s["glossary"] = [{"term": t, "definition": d,
                          "span": {"start": 0, "end": 1}} for t, d in gloss]
        path = os.path.join(out, "once.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(s, f)
        pdf = os.path.join(out, "once.pdf")
        r = run(["slides", path, "-o", pdf])
        check(r.returncode == 0, "slides: %s" % r.stderr.decode())
        texts = pages_text(pdf)
        first = norm(texts[0])
        check(first.count("airport to the old town") == 1,
              "the title slide says its title twice: %r" % first)
        check(rest in first, "the title slide lost the tl;dr's second "
              "sentence: %r" % first)
        bullets = [b for t in texts[1:] for b in bullets_of(t)]
        check(not any("airport to the old town" in b for b in bullets),
              "a bullet says the tl;dr again: %r" % bullets)
        for t, d in gloss:
            rows = [b for b in bullets if b.startswith(t + " \u2014")]
            gpages = [x for x in texts if norm(x).startswith("Glossary")]
            if shown:
                check(len(gpages) == 1 and t in gpages[0],
                      "no glossary slide for %r: %r" % (t, texts))
            else:
                check(not rows and not gpages,
                      "the lone term %r is a bullet: %r" % (t, bullets))
        for i, t in enumerate(texts[1:], 2):
            if not norm(t).startswith("Glossary"):
                check(not any(b.startswith(("SLO \u2014", "TfL \u2014"))
                              for b in bullets_of(t)),
                      "page %d shows a glossary row among its bullets: %r" %
                      (i, t))
            n = len(bullets_of(t))
            check(n != 1 or norm(t).startswith("What was checked"),
                  "page %d is a slide of one bullet: %r" % (i, t))


def main():
    base = tmpdir()
    samples = sorted(f for f in os.listdir(os.path.join(SRC, "samples"))
                     if os.path.isfile(os.path.join(SRC, "samples", f)))
    for name in samples:
        out = os.path.join(base, name)
        r = run(["run", os.path.join(SRC, "samples", name), "-o", out,
                 "--no-audio", "--no-video"])
        check(r.returncode == 0, "%s: %s" % (name, r.stderr.decode()))
        summary, texts, words = deck_checks(out, name)
        if name == "long-essay.md":
            timeline_checks(summary, texts, words, name)
            callout_checks(summary, texts, words, name)
            quote_checks(summary, texts, words, name)
            short_quotes_get_no_slide(out, summary)
            deck_says_nothing_twice(out, summary)
        print("%s: %d slides" % (name, len(texts)))

    # In every style, the summary's own narration (no --style) included,
    # chapter N of the audio is part N of the deck, on every sample.
    for name in samples:
        for style in (None, "brief", "deep-dive"):
            out = os.path.join(base, "%s-style-%s" % (name, style))
            args = ["run", os.path.join(SRC, "samples", name), "-o", out,
                    "--no-video", "--no-mp3", "--no-pdf"]
            r = run(args + (["--style", style] if style else []))
            check(r.returncode == 0, "%s --style %s: %s" %
                  (name, style, r.stderr.decode()))
            chapters_follow_deck(out, "%s --style %s" % (name, style))
    print("ok")


if __name__ == "__main__":
    main()
