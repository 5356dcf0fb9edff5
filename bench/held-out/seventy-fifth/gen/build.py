#!/usr/bin/env python3
"""Entry point: builds attack/ and business/ .eml sets, staff.txt and MANIFEST.md
under the parent directory of gen/. Deterministic: no clock, no unseeded RNG."""
import importlib
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import ids          # noqa: E402
import qr           # noqa: E402
from lib import assemble   # noqa: E402
import manifest     # noqa: E402
import validate     # noqa: E402
from company import STAFF  # noqa: E402

LANGS = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def collect():
    sets = {'attack': [], 'business': []}
    for lang, n in LANGS:
        mod = importlib.import_module('msg_' + lang)
        a = mod.attacks()
        b = mod.business()
        assert len(a) == n and len(b) == n, (lang, len(a), len(b))
        for m in a:
            assert m.folder == 'attack' and m.lang == lang
        for m in b:
            assert m.folder == 'business' and m.lang == lang
        sets['attack'] += a
        sets['business'] += b
    return sets


def main():
    ids.selftest()
    qr.selftest()
    sets = collect()
    written = {}
    for folder, msgs in sets.items():
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            if old.endswith('.eml'):
                os.remove(os.path.join(d, old))
        for i, m in enumerate(msgs, 1):
            m.num = i
            m.fname = '%02d-%s-%s.eml' % (i, m.lang, m.slug)
            data = assemble(m)
            with open(os.path.join(d, m.fname), 'wb') as f:
                f.write(data)
            written[(folder, m.fname)] = data
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for name, a, _o, _r, _n in STAFF:
            f.write('%s=%s\n' % (name, a))
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write(manifest.render(sets))
    problems = validate.run(ROOT, sets)
    counts = {}
    for folder, msgs in sets.items():
        for m in msgs:
            counts.setdefault(folder, {}).setdefault(m.lang, 0)
            counts[folder][m.lang] += 1
    for folder in ('attack', 'business'):
        print(folder, sum(counts[folder].values()), counts[folder])
    if problems:
        print('VALIDATION PROBLEMS:')
        for p in problems:
            print('  -', p)
        sys.exit(1)
    print('all messages parsed and validated')


if __name__ == '__main__':
    main()
