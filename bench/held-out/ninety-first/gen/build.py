#!/usr/bin/env python3
"""Entry point: python3 gen/build.py  -> writes attack/, business/, staff.txt, MANIFEST.md
Deterministic: all randomness is seeded from file/slug names; no clock is read."""
import importlib
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

LANGS = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']
COUNTS = {'de': 8, 'en': 8, 'it': 5, 'pl': 5, 'es': 5, 'el': 5, 'ru': 4}
FOLDERS = ['attack', 'business']


def load():
    sets = {}
    for folder in FOLDERS:
        mails = []
        n = 0
        for lang in LANGS:
            mod = importlib.import_module('%s_%s' % (folder, lang))
            lst = mod.MAILS
            if len(lst) != COUNTS[lang]:
                raise SystemExit('%s_%s: %d messages, expected %d' % (folder, lang, len(lst), COUNTS[lang]))
            for m in lst:
                n += 1
                m.lang = lang
                m.folder = folder
                m.num = n
                m.filename = '%02d-%s-%s.eml' % (n, lang, m.slug)
                mails.append(m)
        slugs = [m.slug for m in mails]
        assert len(set(slugs)) == len(slugs), 'duplicate slug in %s' % folder
        sets[folder] = mails
    return sets


def main():
    sets = load()
    for folder, mails in sets.items():
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        for m in mails:
            data = m.render()
            with open(os.path.join(d, m.filename), 'wb') as fh:
                fh.write(data)
    import manifest
    manifest.write_staff(os.path.join(ROOT, 'staff.txt'))
    manifest.write_manifest(os.path.join(ROOT, 'MANIFEST.md'), sets)
    import validate
    ok = validate.check_all(ROOT, sets)
    print('attack: %d, business: %d messages written; validation %s' % (
        len(sets['attack']), len(sets['business']), 'OK' if ok else 'FAILED'))
    if not ok:
        sys.exit(1)


if __name__ == '__main__':
    main()
