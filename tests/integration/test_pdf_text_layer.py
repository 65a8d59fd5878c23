#!/usr/bin/env python3
"""The text layer of the PDFs `briefcast run` writes, read back the way a
reader's tools read it: pdftotext on the brief and the slide deck of an
English piece and of a Japanese one (drawn with the CJK fallback font)
prints no warning at all (libharu's own ToUnicode map made poppler print
"Syntax Warning: Invalid 'begincidrange' operator in ToUnicode CMap" on
every PDF), and gives back the pieces' words, every CJK character
included."""
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import check, fold, run  # noqa: E402

ENGLISH = """# How the harbour bridge was rebuilt

The old harbour bridge closed on 3 March 2014 after inspectors found cracks in
two of its piers. The city council voted to rebuild it rather than repair it,
and the new bridge opened in June 2016.

## The build

Engineers drove forty new piles into the harbour bed. The steel deck was
made in Rotterdam and floated into place in one night. Traffic returned
within a week of the opening, and the ferry service was cut back.

## What it cost

The rebuild cost 210 million euros, 30 million more than planned. The
council blames the price of steel, which rose by a third while the deck was
being made.
"""

# Many distinct kana and kanji: the map holds more than 100 runs, so more
# than one block.
JAPANESE = """# 古い港の橋を架け替えた話

古い港の橋は二〇一四年三月三日に閉鎖された。検査員が橋脚の二本にひびを見つけたからだ。市議会は修理ではなく架け替えを決め、新しい橋は二〇一六年六月に開通した。

技術者は港の底に四十本の新しい杭を打ち込んだ。鋼の床版はロッテルダムで造られ、一晩で所定の位置まで浮かべて運ばれた。開通から一週間で交通は戻り、渡し船の便は減らされた。

架け替えの費用は二億一千万ユーロで、計画より三千万ユーロ多かった。議会は床版の製造中に鋼材の価格が三分の一上がったことを理由に挙げている。

工事の間、東京駅から来た見学者が毎週末に列を作り、春夏秋冬の天気に関係なく現場を眺めた。雨や雪や強風の日には作業が止まり、完成は予定より遅れたが、事故は一度も起きなかった。
"""


def pdftotext(path):
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"],
                       capture_output=True, timeout=60)
    return r.returncode, r.stdout.decode("utf-8", "replace"), \
        r.stderr.decode("utf-8", "replace")


def cjk(s):
    return set(ch for ch in s if "\u3040" <= ch <= "\u9fff")


def main():
    with tempfile.TemporaryDirectory() as d:
        for name, text, must in (
                ("bridge-en", ENGLISH, ["How the harbour bridge was rebuilt",
                                        "harbour bridge closed on 3 March 2014"]),
                ("bridge-ja", JAPANESE, ["古い港の橋を架け替えた話"])):
            src = os.path.join(d, name + ".md")
            out = os.path.join(d, name)
            with open(src, "w", encoding="utf-8") as f:
                f.write(text)
            r = run(["run", src, "-o", out, "--no-audio", "-q"])
            check(r.returncode in (0, 12),
                  "%s: run exited %d: %s" % (name, r.returncode, r.stderr[-400:]))
            for pdf in ("brief.pdf", "slides.pdf"):
                rc, got, err = pdftotext(os.path.join(out, pdf))
                check(rc == 0, "%s/%s: pdftotext exited %d" % (name, pdf, rc))
                check(err.strip() == "",
                      "%s/%s: pdftotext printed %r" % (name, pdf, err[:300]))
                flat = fold(re.sub(r"-\s*\n\s*", "", got))
                for m in must:
                    check(m in flat or m in got.replace("\n", ""),
                          "%s/%s: %r not in its text" % (name, pdf, m))
                check("\ufffd" not in got,
                      "%s/%s: U+FFFD in its text" % (name, pdf))
                if name.endswith("ja"):
                    # every CJK character the text layer holds is one of
                    # the source's: none mapped to a wrong character
                    extra = cjk(got) - cjk(text)
                    check(not extra, "%s/%s: characters not in the source: %s"
                          % (name, pdf, "".join(sorted(extra))[:40]))
                    check(len(cjk(got)) >= 40,
                          "%s/%s: only %d CJK characters extracted"
                          % (name, pdf, len(cjk(got))))
        # 300 characters none next to another in Unicode: 300 entries, in
        # blocks of at most 100 as a ToUnicode map must hold them
        path = os.path.join(d, "bridge-ja", "summary.json")
        with open(path, encoding="utf-8") as f:
            s = json.load(f)
        spaced = "".join(chr(0x4E00 + 2 * i) for i in range(300))
        s["tldr"] = spaced + "\u3002"
        with open(path, "w", encoding="utf-8") as f:
            json.dump(s, f, ensure_ascii=False)
        pdf = os.path.join(d, "spaced.pdf")
        r = run(["pdf", path, "-o", pdf, "-q"])
        check(r.returncode == 0, "pdf exited %d: %s" % (r.returncode, r.stderr[-300:]))
        rc, got, err = pdftotext(pdf)
        check(err.strip() == "", "spaced.pdf: pdftotext printed %r" % err[:300])
        missing = set(spaced) - set(got)
        check(not missing, "spaced.pdf: %d of 300 characters not extracted"
              % len(missing))
    print("ok")


if __name__ == "__main__":
    main()
