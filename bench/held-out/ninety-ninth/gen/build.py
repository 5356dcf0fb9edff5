#!/usr/bin/env python3
"""Entry point: builds bench/held-out/ninety-ninth/{attack,business}/*.eml, staff.txt and MANIFEST.md,
then re-parses every message with the stdlib email package and checks it.

Deterministic: every random choice comes from a PRNG seeded with the message's file
name; no wall-clock time is used."""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from eg import msgs_de, msgs_en, msgs_it, msgs_pl, msgs_es, msgs_el, msgs_ru  # noqa: F401,E402
from eg.compose import REGISTRY  # noqa: E402
from eg.infra import Ctx  # noqa: E402
from eg import manifest, verify  # noqa: E402

LANGS = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']
SPLIT = {'de': 8, 'en': 8, 'it': 5, 'pl': 5, 'es': 5, 'el': 5, 'ru': 4}


def main():
    built = {'attack': [], 'business': []}
    for folder in ('attack', 'business'):
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        items = [m for m in REGISTRY if m['folder'] == folder]
        for lang in LANGS:
            n = sum(1 for m in items if m['lang'] == lang)
            if n != SPLIT[lang]:
                print('WARNING: %s/%s has %d messages, expected %d' % (folder, lang, n, SPLIT[lang]))
        items.sort(key=lambda m: LANGS.index(m['lang']))  # stable: keeps definition order
        for i, m in enumerate(items, 1):
            fname = '%02d-%s-%s.eml' % (i, m['lang'], m['slug'])
            ctx = Ctx('%s/%s' % (folder, fname), m['when'], m['rcpt'], m['rcpt_name'])
            data = m['fn'](ctx)
            with open(os.path.join(d, fname), 'wb') as fh:
                fh.write(data)
            m['file'] = fname
            m['num'] = i
            built[folder].append(m)
    errors = verify.check_all(OUT, built)
    manifest.write(OUT, built)
    total = sum(len(v) for v in built.values())
    print('built %d messages (%d attack, %d business)' % (total, len(built['attack']), len(built['business'])))
    if errors:
        print('\n'.join(errors))
        print('%d problem(s) found' % len(errors))
        return 1
    print('all messages parse and every text part decodes')
    return 0


if __name__ == '__main__':
    sys.exit(main())
