#!/usr/bin/env python3
"""Entry point: builds ../{attack,business}/*.eml, staff.txt and
MANIFEST.md, then verifies every message (stdlib only)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import builder                      # noqa: E402
from builder import MESSAGES, LANG_ORDER, build   # noqa: E402
import manifest                     # noqa: E402
import verify                       # noqa: E402
import msgs_de, msgs_en, msgs_it, msgs_pl, msgs_es, msgs_el, msgs_ru   # noqa: E402,E401

EXPECTED = {'de': 8, 'en': 8, 'it': 5, 'pl': 5, 'es': 5, 'el': 5, 'ru': 4}


def main():
    for mod in (msgs_de, msgs_en, msgs_it, msgs_pl, msgs_es, msgs_el, msgs_ru):
        mod.define()
    out = {}
    for folder in ('attack', 'business'):
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        msgs = [m for m in MESSAGES if m['folder'] == folder]
        msgs.sort(key=lambda m: LANG_ORDER.index(m['lang']))   # stable: keeps definition order
        counts = {}
        for m in msgs:
            counts[m['lang']] = counts.get(m['lang'], 0) + 1
        assert counts == EXPECTED, (folder, counts)
        for i, m in enumerate(msgs, 1):
            m['num'] = i
            m['file'] = '%02d-%s-%s.eml' % (i, m['lang'], m['slug'])
            data = build(m)
            with open(os.path.join(d, m['file']), 'wb') as fh:
                fh.write(data)
            m['bytes'] = data
        out[folder] = msgs
    manifest.write(ROOT, out)
    errors = verify.run(ROOT, out)
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    for folder, msgs in out.items():
        print('%s: %d messages' % (folder, len(msgs)))
    print('all messages parsed and verified')


if __name__ == '__main__':
    main()
