#!/usr/bin/env python3
"""bench_audio_wer.py - intelligibility of the narration: each sentence of
the samples that holds a date, number, acronym or symbol is synthesized by
flite per 16 kHz voice twice -- from the raw written text, and from the
text `briefcast say --dry-run` normalizes it to -- both transcribed with
pocketsphinx, and both scored against the SAME hand-written reference: the
words a careful human reader says aloud.  Only the text differs between
the two runs (same flite, same voice, same rate), so the difference is the
normalizer's.  Prints a table per voice; asserts nothing.

usage: BRIEFCAST=build/briefcast python3 tests/bench/bench_audio_wer.py [-v]
(-v prints every sentence's reference, normalized text and transcripts)"""
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

BIN = os.environ.get("BRIEFCAST", "briefcast")
VOICES = ["rms", "slt", "awb", "kal16"]

# (written sentence as it is in samples/*, what a careful reader says)
CASES = [
    ("The Harbor Data Platform (HDP) started on 3 March 2014 as a single "
     "PostgreSQL server under a desk in our Rotterdam office.",
     "the harbor data platform h d p started on the third of march twenty "
     "fourteen as a single postgres q l server under a desk in our rotterdam "
     "office"),
    ("This post is a retrospective of what happened between then and June "
     "2024, written for the 40 engineers who joined after the early years.",
     "this post is a retrospective of what happened between then and june "
     "twenty twenty four written for the forty engineers who joined after "
     "the early years"),
    ("Between 2014 and June 2016 the platform grew from one server to a "
     "cluster of 14 machines.",
     "between twenty fourteen and june twenty sixteen the platform grew from "
     "one server to a cluster of fourteen machines"),
    ("Our first Service Level Objective (SLO) promised 99.5% of queries "
     "answered within 2 seconds.",
     "our first service level objective s l o promised ninety nine point "
     "five percent of queries answered within two seconds"),
    ("By Q4 2015 the warehouse held 1.2 billion rows and served 300 analysts "
     "in 6 countries.",
     "by the fourth quarter of twenty fifteen the warehouse held one point "
     "two billion rows and served three hundred analysts in six countries"),
    ("On 06/14 of that year, 2015, the main disk array failed during a "
     "schema migration.",
     "on june fourteenth of that year twenty fifteen the main disk array "
     "failed during a schema migration"),
    ("Recovery took 31 hours.", "recovery took thirty one hours"),
    ("That outage is why we started measuring MTTR (mean time to recovery) "
     "and why every migration since then has had a written rollback plan.",
     "that outage is why we started measuring m t t r mean time to recovery "
     "and why every migration since then has had a written rollback plan"),
    ("From June 2016 to March 2019 we moved the platform into the cloud in "
     "three waves.",
     "from june twenty sixteen to march twenty nineteen we moved the "
     "platform into the cloud in three waves"),
    ("The first wave, in Q1 2017, moved the ingestion jobs; the second, "
     "finished on 11 September 2018, moved the warehouse itself; the third "
     "retired the last rack on 28 February 2019.",
     "the first wave in the first quarter of twenty seventeen moved the "
     "ingestion jobs the second finished on the eleventh of september "
     "twenty eighteen moved the warehouse itself the third retired the last "
     "rack on the twenty eighth of february twenty nineteen"),
    ("The total cost of the move was \u20ac3.4 million, about 15% under "
     "budget.",
     "the total cost of the move was three point four million euros about "
     "fifteen percent under budget"),
    ("During those years the team used what we called the RAPID checklist.",
     "during those years the team used what we called the rapid checklist"),
    ("I have carried a pager, in one form or another, since the autumn of "
     "2013.",
     "i have carried a pager in one form or another since the autumn of "
     "twenty thirteen"),
    ("After that incident we added what we called a dead man's switch: the "
     "reconciliation job wrote a timestamp to a shared table when it "
     "finished, and a separate monitor paged us if that timestamp was more "
     "than 26 hours old.",
     "after that incident we added what we called a dead man's switch the "
     "reconciliation job wrote a timestamp to a shared table when it "
     "finished and a separate monitor paged us if that timestamp was more "
     "than twenty six hours old"),
    ("The team had defined a Service Level Objective (SLO) for message "
     "delivery: 99.9% of messages delivered within five seconds, measured "
     "over a rolling 28-day window.",
     "the team had defined a service level objective s l o for message "
     "delivery ninety nine point nine percent of messages delivered within "
     "five seconds measured over a rolling twenty eight day window"),
    ("Why 99.9% and not 99.95%?",
     "why ninety nine point nine percent and not ninety nine point nine five "
     "percent"),
    ("Before, the team had alerts on everything that could be measured: CPU "
     "above 80%, disk above 90%, queue depth above ten thousand, error rate "
     "above 1%.",
     "before the team had alerts on everything that could be measured c p u "
     "above eighty percent disk above ninety percent queue depth above ten "
     "thousand error rate above one percent"),
    ("We fixed the measurement by timing from the moment the user pressed "
     "send, as reported by the client, and our apparent reliability dropped "
     "overnight from 99.93% to 99.4%.",
     "we fixed the measurement by timing from the moment the user pressed "
     "send as reported by the client and our apparent reliability dropped "
     "overnight from ninety nine point nine three percent to ninety nine "
     "point four percent"),
    ("In March 2024 we switched to a fixed weekly release train that leaves "
     "every Tuesday at 10:00.",
     "in march twenty twenty four we switched to a fixed weekly release "
     "train that leaves every tuesday at ten o'clock"),
    ("Our change failure rate (CFR) fell from 18% to 7% within two "
     "quarters, and the median time from merge to production dropped to "
     "4.5 days.",
     "our change failure rate c f r fell from eighteen percent to seven "
     "percent within two quarters and the median time from merge to "
     "production dropped to four point five days"),
    ("Weekend pages went from about 12 a month to 2.",
     "weekend pages went from about twelve a month to two"),
    ("In 2022 I finished 31 books; in 2023 I finished 24, but I remember "
     "far more of them.",
     "in twenty twenty two i finished thirty one books in twenty twenty "
     "three i finished twenty four but i remember far more of them"),
    ("About 70% of my favourite books came from personal recommendations, "
     "compared with perhaps 20% of the books I abandoned.",
     "about seventy percent of my favourite books came from personal "
     "recommendations compared with perhaps twenty percent of the books i "
     "abandoned"),
    # Every other sentence of dense-facts.md and plain-note.txt with a
    # date, number, acronym or symbol, so those two samples are whole here.
    ("RAPID stands for Reproduce, Assess, Patch, Inform, Document, and every "
     "incident report still follows those five steps.",
     "rapid stands for reproduce assess patch inform document and every "
     "incident report still follows those five steps"),
    ("Mean time to recovery fell from 31 hours in 2015 to 2.5 hours in 2019, "
     "a reduction of more than 90%.",
     "mean time to recovery fell from thirty one hours in twenty fifteen to "
     "two point five hours in twenty nineteen a reduction of more than "
     "ninety percent"),
    ("By the end of 2021 the platform ingested 120000+ events per second at "
     "peak, stored 4.8 petabytes, and answered about 2.3 million queries a "
     "day.",
     "by the end of twenty twenty one the platform ingested one hundred "
     "twenty thousand plus events per second at peak stored four point "
     "eight petabytes and answered about two point three million queries a "
     "day"),
    ("The SLO was tightened twice: to 99.9% in January 2020 and to 99.95% in "
     "Q3 2022.",
     "the s l o was tightened twice to ninety nine point nine percent in "
     "january twenty twenty and to ninety nine point nine five percent in "
     "the third quarter of twenty twenty two"),
    ("Query latency at the 95th percentile dropped from 1.8 seconds to 450 "
     "milliseconds.",
     "query latency at the ninety fifth percentile dropped from one point "
     "eight seconds to four hundred fifty milliseconds"),
    ("The team itself grew from 3 people in 2014 to 52 in 2023.",
     "the team itself grew from three people in twenty fourteen to fifty two "
     "in twenty twenty three"),
    ("Roughly 60/30/10 of our work went to features, reliability and "
     "research respectively, a ratio we revisit every quarter.",
     "roughly sixty thirty ten of our work went to features reliability and "
     "research respectively a ratio we revisit every quarter"),
    ("Dr. Ana Ferreira, who led the migration, put it this way: \"Every "
     "shortcut we took in 2014 came back as an outage in 2016.\"",
     "doctor ana ferreira who led the migration put it this way every "
     "shortcut we took in twenty fourteen came back as an outage in twenty "
     "sixteen"),
    ("The lesson we took is that reliability work compounds: an hour spent "
     "on a rollback plan in 2015 saved days in 2018.",
     "the lesson we took is that reliability work compounds an hour spent on "
     "a rollback plan in twenty fifteen saved days in twenty eighteen"),
    ("A Data Contract (DC) is a written agreement between a producing team "
     "and the platform about schema, freshness and ownership.",
     "a data contract d c is a written agreement between a producing team "
     "and the platform about schema freshness and ownership"),
    ("Since we introduced data contracts in November 2020, broken downstream "
     "dashboards fell from 35 a month to 4.",
     "since we introduced data contracts in november twenty twenty broken "
     "downstream dashboards fell from thirty five a month to four"),
    ("We expect the next decade to look different, with streaming replacing "
     "most nightly batches by 2026, but the habits from the first ten years "
     "will stay.",
     "we expect the next decade to look different with streaming replacing "
     "most nightly batches by twenty twenty six but the habits from the "
     "first ten years will stay"),
    ("I started keeping a reading log in January 2022, after realising that "
     "I could not remember the plots of half the novels I had read the year "
     "before.",
     "i started keeping a reading log in january twenty twenty two after "
     "realising that i could not remember the plots of half the novels i had "
     "read the year before"),
]


def words(s):
    s = s.lower().replace("-", " ")
    return re.findall(r"[a-z0-9']+", s)


def wer(ref, hyp):
    r, h = words(ref), words(hyp)
    d = list(range(len(h) + 1))
    for i in range(1, len(r) + 1):
        prev, d[0] = d[0], i
        for j in range(1, len(h) + 1):
            cur = min(d[j] + 1, d[j - 1] + 1, prev + (r[i - 1] != h[j - 1]))
            prev, d[j] = d[j], cur
    return d[len(h)], len(r)


def recognize(job):
    voice, text, wav = job
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", wav],
                   check=True, capture_output=True)
    out = subprocess.run(["pocketsphinx_continuous", "-infile", wav],
                         capture_output=True, text=True, timeout=300)
    return " ".join(out.stdout.split())


def main():
    verbose = "-v" in sys.argv[1:]
    norms = []
    for s, _ in CASES:
        r = subprocess.run([BIN, "say", "--dry-run", s], capture_output=True,
                           text=True, check=True)
        norms.append(r.stdout.strip())
    tmp = tempfile.mkdtemp(prefix="bc-wer-")
    jobs = []
    for v in VOICES:
        for i, (s, _) in enumerate(CASES):
            jobs.append((v, s, os.path.join(tmp, "%s-%d-raw.wav" % (v, i))))
            jobs.append((v, norms[i],
                         os.path.join(tmp, "%s-%d-norm.wav" % (v, i))))
    # At most two recognizers at once: the machine is shared.  Each job
    # synthesizes and decodes afresh; nothing is cached between runs.
    workers = min(2, os.cpu_count() or 1)
    with concurrent.futures.ThreadPoolExecutor(workers) as ex:
        hyps = list(ex.map(recognize, jobs))
    subprocess.run(["rm", "-rf", tmp])
    total = sum(len(words(ref)) for _, ref in CASES)
    print("%d sentences of samples/*, %d reference words; reference = "
          "hand-written spoken form" % (len(CASES), total))
    print("%-6s %9s %9s %8s" % ("voice", "raw WER", "norm WER", "gain"))
    k = 0
    for v in VOICES:
        err = {"raw": 0, "norm": 0}
        for i, (_, ref) in enumerate(CASES):
            er, _ = wer(ref, hyps[k])
            en, _ = wer(ref, hyps[k + 1])
            err["raw"] += er
            err["norm"] += en
            if verbose:
                print("[%s %d] ref:  %s\n  norm: %s\n  raw>  %s (%d)\n"
                      "  norm> %s (%d)" % (v, i, ref, norms[i], hyps[k], er,
                                           hyps[k + 1], en))
            k += 2
        raw_w = 100.0 * err["raw"] / total
        norm_w = 100.0 * err["norm"] / total
        print("%-6s %8.1f%% %8.1f%% %+7.1f" % (v, raw_w, norm_w,
                                              raw_w - norm_w))


main()
