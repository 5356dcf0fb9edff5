#!/usr/bin/env python3
"""Entry point: generate attack/ and business/ .eml sets, staff.txt and MANIFEST.md, then verify."""
import importlib
import sys as _s
_s.dont_write_bytecode = True
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import people  # noqa: E402
import manifest  # noqa: E402
import check  # noqa: E402

LANGS = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']
COUNTS = {'de': 8, 'en': 8, 'it': 5, 'pl': 5, 'es': 5, 'el': 5, 'ru': 4}


def load(folder, prefix):
    msgs = []
    for lang in LANGS:
        mod = importlib.import_module('%s_%s' % (prefix, lang))
        ms = mod.messages()
        assert len(ms) == COUNTS[lang], '%s_%s: %d messages' % (prefix, lang, len(ms))
        for m in ms:
            m.lang = lang
            m.folder = folder
        msgs += ms
    for i, m in enumerate(msgs, 1):
        m.num = i
        m.filename = '%02d-%s-%s.eml' % (i, m.lang, m.slug)
    return msgs


def write(folder, msgs):
    d = os.path.join(ROOT, folder)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith('.eml'):
            os.remove(os.path.join(d, f))
    for m in msgs:
        data = m.render()
        with open(os.path.join(d, m.filename), 'wb') as fh:
            fh.write(data)


def main():
    attacks = load('attack', 'att')
    business = load('business', 'biz')
    write('attack', attacks)
    write('business', business)
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for name, addr, _, _ in people.STAFF.values():
            fh.write('%s=%s\n' % (name, addr))
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write(manifest.render(attacks, business))
    ok = check.run(ROOT, attacks + business)
    print('attack: %d, business: %d, checks %s' % (len(attacks), len(business), 'OK' if ok else 'FAILED'))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
