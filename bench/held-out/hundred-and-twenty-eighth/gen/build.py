#!/usr/bin/env python3
"""Rebuild the Example Group evaluation set (attack/, business/, staff.txt,
MANIFEST.md) into the directory above this script, then verify every message.

Usage:  python3 gen/build.py            (build + verify)
        python3 gen/build.py --verify   (verify existing files only)
Plain Python 3 standard library; deterministic (every random value comes from
a generator seeded with the message's file name)."""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import company  # noqa: E402
from msgs import REGISTRY, load_all  # noqa: E402
import verify  # noqa: E402
import manifest  # noqa: E402

LANG_PLAN = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def expected_langs():
    out = []
    for lang, n in LANG_PLAN:
        out += [lang] * n
    return out


def build():
    load_all()
    msgs = []
    for folder in ('attack', 'business'):
        items = sorted((k for k in REGISTRY if k[0] == folder), key=lambda k: k[1])
        assert [k[1] for k in items] == list(range(1, 41)), '%s: numbering %r' % (folder, [k[1] for k in items])
        assert [k[2] for k in items] == expected_langs(), '%s: language order' % folder
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        keep = set()
        for key in items:
            fn = REGISTRY[key]
            m = fn()
            assert m.raw, m.name
            path = os.path.join(ROOT, folder, m.name)
            with open(path, 'wb') as f:
                f.write(m.raw)
            keep.add(m.name)
            msgs.append(m)
        for old in os.listdir(os.path.join(ROOT, folder)):
            if old.endswith('.eml') and old not in keep:
                os.remove(os.path.join(ROOT, folder, old))
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as f:
        for key, disp, native, addr, office, role, phone in company.STAFF:
            f.write('%s=%s\n' % (disp, addr))
    return msgs


def main():
    if '--verify' not in sys.argv:
        msgs = build()
        results = verify.verify_all(ROOT, msgs)
        with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(manifest.render(msgs, results))
    else:
        load_all()
        msgs = [REGISTRY[k]() for k in sorted(REGISTRY)]
        results = verify.verify_all(ROOT, msgs, from_disk=True)
    bad = [r for r in results.values() if r['errors']]
    for r in bad:
        for e in r['errors']:
            print('FAIL %s: %s' % (r['name'], e))
    print('verified %d messages, %d with errors' % (len(results), len(bad)))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
