#!/usr/bin/env python3
"""Lost signs: gold quantities written with a minus whose briefcast number is not negative.

usage: number_signs.py BRIEFCAST DATADIR [--verbose]

DATADIR holds paragraph texts (*/text/*.txt or */txt/*.txt) with MeasEval-style gold
annotations (*/tsv/<same name>.tsv, rows of annotType "Quantity"), as in
../shared/eval/quantities-measeval.  A gold quantity is signed when its text has a
minus sign (U+2212, hyphen-minus, or a dash typed for one) that stands before digits
and is not a joiner: it does not follow a letter, a digit or a closing bracket
("−4 °C", "(−2", "∼–1‰", "between −2 and −7‰"; not "5-8", "cm−1", "10−4"), or the
word "minus" before digits, or "below zero".  For each sign, the briefcast number
whose span holds the sign (or, failing that, the first digits after it) must have a
negative value or value_hi.  Prints the counts and, with --verbose, every case;
the last line is a summary, and the exit status is 1 when a sign was lost.
Python 3 standard library only.
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

MINUS = '\u2212\u002d\u2013\u2012\u2010\ufe63\uff0d'
JOINED = re.compile(r'[0-9A-Za-z\u00b5\u03bc)\]%\u00b0]')
SIGN = re.compile('[' + re.escape(MINUS) + r'](?=\.?[0-9])|\bminus\s+(?=[0-9])|[0-9.]+\s*\S*\s*below zero',
                  re.IGNORECASE)


def byte_to_char(text):
    m = []
    for i, ch in enumerate(text):
        m.extend([i] * len(ch.encode('utf-8')))
    m.append(len(text))
    return m


def numbers(exe, text):
    with tempfile.NamedTemporaryFile('w', suffix='.txt', encoding='utf-8', delete=False) as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([exe, 'facts', path, '--json', '--format', 'text'],
                             stdout=subprocess.PIPE, check=True).stdout
    finally:
        os.unlink(path)
    bm = byte_to_char(text)
    res = []
    for x in json.loads(out).get('numbers', []):
        s = bm[min(x['start'], len(bm) - 1)]
        e = bm[min(x['end'], len(bm) - 1)]
        res.append((s, e, x.get('value'), x.get('value_hi'), x.get('text', '')))
    return res


def signs(text, s, e):
    """Absolute offsets of the signs written in text[s:e]."""
    out = []
    for m in SIGN.finditer(text, s, e):
        p = m.start()
        if text[p] in MINUS and p > 0 and JOINED.match(text[p - 1]):
            continue
        out.append(p)
    return out


def gold(tsv):
    if not os.path.exists(tsv):
        return []
    return [(int(r['startOffset']), int(r['endOffset']), r['text'])
            for r in csv.DictReader(open(tsv, encoding='utf-8'), delimiter='\t')
            if r['annotType'] == 'Quantity']


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('briefcast')
    ap.add_argument('datadir')
    ap.add_argument('--verbose', action='store_true')
    a = ap.parse_args()
    signed = kept = lost = unmatched = 0
    for dp, _, fs in sorted(os.walk(a.datadir)):
        if os.path.basename(dp) not in ('text', 'txt'):
            continue
        for f in sorted(fs):
            if not f.endswith('.txt'):
                continue
            text = open(os.path.join(dp, f), encoding='utf-8').read()
            g = gold(os.path.join(os.path.dirname(dp), 'tsv', f[:-4] + '.tsv'))
            todo = [(s, e, t, signs(text, s, e)) for s, e, t in g]
            todo = [x for x in todo if x[3]]
            if not todo:
                continue
            nums = numbers(a.briefcast, text)
            for s, e, t, ps in todo:
                signed += 1
                bad = None
                found = False
                for p in ps:
                    hit = [n for n in nums if n[0] <= p < n[1]]
                    if not hit:
                        digits = re.compile(r'[0-9]').search(text, p)
                        q = digits.start() if digits else p
                        hit = [n for n in nums if n[0] <= q < n[1] and n[0] < e]
                    if not hit:
                        continue
                    found = True
                    n = hit[0]
                    if not ((n[2] is not None and n[2] < 0) or (n[3] is not None and n[3] < 0)):
                        bad = n
                if not found:
                    unmatched += 1
                    if a.verbose:
                        print('UNMATCHED %s: %r' % (f, t))
                elif bad:
                    lost += 1
                    print('LOST %s: gold %r, briefcast %r value %s..%s' % (f, t, bad[4], bad[2], bad[3]))
                else:
                    kept += 1
                    if a.verbose:
                        print('KEPT %s: %r' % (f, t))
    print('SUMMARY signs signed=%d kept=%d lost=%d unmatched=%d' % (signed, kept, lost, unmatched))
    return 1 if lost else 0


if __name__ == '__main__':
    sys.exit(main())
