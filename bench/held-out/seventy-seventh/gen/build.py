#!/usr/bin/env python3
"""Entry point: builds attack/*.eml, business/*.eml, staff.txt and MANIFEST.md
under the parent directory of gen/, then verifies every message."""
import importlib
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import compose  # noqa: E402
import manifest  # noqa: E402
import qr  # noqa: E402
import verify  # noqa: E402
from company import STAFF  # noqa: E402

LANGS = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def collect(kind):
    specs = []
    for lang, _ in LANGS:
        mod = importlib.import_module('msg_' + lang)
        specs += getattr(mod, 'attacks' if kind == 'attack' else 'business')()
    specs.sort(key=lambda s: s['n'])
    # numbering and language order
    expect = []
    for lang, cnt in LANGS:
        expect += [lang] * cnt
    assert [s['n'] for s in specs] == list(range(1, len(expect) + 1)), kind
    for s in specs:
        assert expect[s['n'] - 1] == s['lang'], (kind, s['n'], s['lang'])
    return specs


def main():
    assert qr.selftest()
    problems = 0
    rows = {}
    for kind in ('attack', 'business'):
        outdir = os.path.join(ROOT, kind)
        os.makedirs(outdir, exist_ok=True)
        for f in os.listdir(outdir):
            if f.endswith('.eml'):
                os.remove(os.path.join(outdir, f))
        rows[kind] = []
        seen = set()
        for spec in collect(kind):
            assert spec['n'] not in seen, spec['n']
            seen.add(spec['n'])
            fname = '%02d-%s-%s.eml' % (spec['n'], spec['lang'], spec['slug'])
            data, meta = compose.build(spec, kind)
            with open(os.path.join(outdir, fname), 'wb') as fh:
                fh.write(data)
            errs, m = verify.check(fname, data, spec)
            for e in errs:
                print('%s/%s: %s' % (kind, fname, e))
            problems += len(errs)
            rows[kind].append((fname, spec, m))
        print('%s: %d messages' % (kind, len(rows[kind])))
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for n, a, _, _, _ in STAFF.values():
            fh.write('%s=%s\n' % (n, a))
    manifest.write(os.path.join(ROOT, 'MANIFEST.md'), rows['attack'], rows['business'])
    if problems:
        print('%d problem(s) found' % problems)
        return 1
    print('all messages parsed and decoded cleanly')
    return 0


if __name__ == '__main__':
    sys.exit(main())
