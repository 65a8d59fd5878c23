#!/usr/bin/env python3
"""How often briefcast reports an acronym with an expansion that is the gold
one with a word dropped, added or changed: the rate of "altered" expansions.

usage: acronym_truncations.py ERRORS.jsonl [--gold DIR] [-v]

ERRORS.jsonl is the --errors file of ../shared/tools/score_acronyms.py run on
the MED1250 split (acronyms-ab3p-med1250) and/or the SciAD split.

MED1250: an altered pair is a false positive (exact) whose short form (a
plural "s" dropped) has a gold pair in the same abstract with another long
form: a word dropped, added or changed.  Pairs that the scorer's lenient
match still accepts ("the tumor necrosis factor", "Relative risks") count
too; they are listed apart.  The rate divides by the pairs briefcast
reported: true positives (gold pairs minus exact misses) plus false
positives; the gold is read from the file under --gold (default:
../shared/eval/acronyms-ab3p-med1250, from the project root).

SciAD: an altered long form is a false positive long-form span that overlaps
a gold long form of the same sentence (the boundary moved); the rate divides
by the long forms briefcast reported (gold long forms minus misses plus false
positives; the gold is read from dev.json under --gold-sciad).

Python 3 standard library only.
"""
import argparse
import json
import os
import re
import sys


def sf_norm(sf):
    sf = sf.strip()
    return sf[:-1] if len(sf) > 2 and sf.endswith('s') and sf[-2].isupper() else sf


def words(lf):
    """The long form's words, lower case, without marks or a plural "s":
    "Relative risks" and "relative risk" are the same words."""
    return [w[:-1] if len(w) > 3 and w.endswith('s') else w
            for w in re.sub(r'[^0-9a-z]+', ' ', lf.lower()).split()]


def med_gold_pairs(path):
    """Distinct gold pairs per abstract (SF, lower-cased LF), as the scorer
    counts them."""
    lines = open(path, 'rb').read().decode('cp1252').replace('\r', '').split('\n')
    pairs, cur = {}, None
    for i, l in enumerate(lines):
        if re.fullmatch(r'\d+', l.strip()) and (i == 0 or lines[i - 1].strip() == ''):
            cur = l.strip()
            pairs.setdefault(cur, set())
            continue
        if cur and l.startswith('  ') and '|' in l and not l.startswith('//'):
            p = l[2:].split('|')
            pairs[cur].add((p[0].strip(), ' '.join(p[1].split()).lower()))
    return pairs


def sciad_gold_longs(path):
    data = json.load(open(path, encoding='utf-8'))
    n = 0
    for d in data:
        prev = 'O'
        for lab in d['labels']:
            if lab == 'B-long' or (lab == 'I-long' and 'long' not in prev):
                n += 1
            prev = lab
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('errors')
    ap.add_argument('--gold', default='../shared/eval/acronyms-ab3p-med1250')
    ap.add_argument('--gold-sciad', default='../shared/eval/acronyms-sciad')
    ap.add_argument('-v', action='store_true', help='print each altered pair')
    a = ap.parse_args()
    med = {'miss': 0, 'fp': 0, 'alt': [], 'fps': []}
    sci = {'miss': 0, 'fp': 0, 'alt': []}
    for line in open(a.errors, encoding='utf-8'):
        d = json.loads(line)
        if d['set'].startswith('MED1250'):
            if d['error'] == 'MISS':
                med['miss'] += 1
            elif d['error'] == 'FP':
                med['fp'] += 1
                med['fps'].append(d)
        elif d['error'] == 'MISS-long':
            sci['miss'] += 1
        elif d['error'] == 'FP-long':
            sci['fp'] += 1
            golds = d.get('gold_long', [])
            span = d['briefcast_span']
            hit = [g for g in golds if set(g.lower().split()) & set(span.lower().split())
                   and (g in span or span in g or g.split()[-1] == span.split()[-1]
                        or g.split()[0] == span.split()[0])]
            if hit:
                sci['alt'].append((d['doc'], span, hit))
    out = []
    if med['miss'] or med['fp']:
        gold_file = [os.path.join(a.gold, f) for f in sorted(os.listdir(a.gold))
                     if f.startswith('MED1250_labeled')]
        if not gold_file:
            sys.exit('no MED1250_labeled* under %s (--gold)' % a.gold)
        gold = med_gold_pairs(gold_file[0])
        ngold = sum(len(v) for v in gold.values())
        for d in med['fps']:
            sf, lf = d['briefcast'].split('|', 1)
            same_sf = [g for g in gold.get(d['doc'], set()) if sf_norm(g[0]) == sf_norm(sf)]
            others = ['%s|%s' % g for g in same_sf if words(g[1]) != words(lf)]
            # right for one of the gold pairs of that short form: not altered
            if others and len(others) == len(same_sf):
                med['alt'].append((d['doc'], d['briefcast'], others, d['lenient_ok']))
        reported = ngold - med['miss'] + med['fp']
        rate = 100.0 * len(med['alt']) / reported if reported else 0.0
        beyond = [x for x in med['alt'] if not x[3]]
        if a.v:
            for x in med['alt']:
                print('MED1250 %s: %s   gold: %s%s' % (x[0], x[1], '; '.join(x[2]),
                                                     '   (lenient match)' if x[3] else ''))
        out.append('MED1250 altered expansions: %d of %d reported pairs = %.2f%% '
                   '(%d that even the lenient match rejects = %.2f%%)'
                   % (len(med['alt']), reported, rate, len(beyond),
                      100.0 * len(beyond) / reported if reported else 0.0))
    if sci['miss'] or sci['fp']:
        path = os.path.join(a.gold_sciad, 'dev.json')
        ngold = sciad_gold_longs(path) if os.path.exists(path) else 0
        reported = ngold - sci['miss'] + sci['fp']
        rate = 100.0 * len(sci['alt']) / reported if reported else 0.0
        if a.v:
            for x in sci['alt']:
                print('SciAD %s: %s   gold: %s' % (x[0], x[1], '; '.join(x[2])))
        out.append('SciAD altered long forms: %d of %d reported = %.2f%%'
                   % (len(sci['alt']), reported, rate))
    for o in out:
        print(o)


if __name__ == '__main__':
    main()
