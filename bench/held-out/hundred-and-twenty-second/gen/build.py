#!/usr/bin/env python3
"""Rebuild attack/, business/, staff.txt and MANIFEST.md into the directory above gen/, then verify.

Usage: python3 gen/build.py     (Python 3 standard library only; output is deterministic)"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import company  # noqa: E402
import manifest  # noqa: E402
import verify  # noqa: E402
from spec import REGISTRY, Spec, assemble  # noqa: E402

MODULES = ['attack_de', 'attack_en', 'attack_it', 'attack_pl', 'attack_es', 'attack_el', 'attack_ru',
           'business_de', 'business_en', 'business_it', 'business_pl', 'business_es', 'business_el', 'business_ru']
LANG_PLAN = ['de'] * 8 + ['en'] * 8 + ['it'] * 5 + ['pl'] * 5 + ['es'] * 5 + ['el'] * 5 + ['ru'] * 4


def main():
    for m in MODULES:
        __import__(m)
    specs = []
    for folder, num, lang, slug, fn in sorted(REGISTRY, key=lambda x: (x[0], x[1])):
        s = Spec(folder, num, lang, slug)
        fn(s)
        s.data = assemble(s)
        specs.append(s)
    errors = []
    # plan: 40 per folder, languages in order
    for folder in ('attack', 'business'):
        got = [s for s in specs if s.folder == folder]
        if [s.num for s in got] != list(range(1, 41)):
            errors.append('%s: numbering is %s' % (folder, [s.num for s in got]))
        if [s.lang for s in got] != LANG_PLAN:
            errors.append('%s: language plan mismatch' % folder)
        for s in got:
            if not re.fullmatch(r'\d\d-(de|en|it|pl|es|el|ru)-[a-z0-9-]+\.eml', s.file):
                errors.append('bad file name %s' % s.file)
    # write
    for folder in ('attack', 'business'):
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    for s in specs:
        with open(os.path.join(OUT, s.folder, s.file), 'wb') as fh:
            fh.write(s.data)
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as fh:
        for n, a, _, _ in company.STAFF:
            fh.write('%s=%s\n' % (n, a))
    # verify from disk
    results = {}
    for s in specs:
        with open(os.path.join(OUT, s.folder, s.file), 'rb') as fh:
            data = fh.read()
        errs, facts, msg = verify.verify(s, data)
        errors += errs
        cs, cte = verify.body_charsets(msg)
        results[s.file] = dict(facts=facts, structure=verify.structure(msg), charset=cs, cte=cte)
        if not s.what or not s.why:
            errors.append('%s: manifest description missing' % s.file)
        if s.folder == 'business' and s.pair:
            files = {x.file for x in specs if x.folder == 'attack'}
            for p in s.pair:
                if p not in files:
                    errors.append('%s: pair %s unknown' % (s.file, p))
    errors += verify.check_identifiers(specs, {k: v['facts'] for k, v in results.items()})
    manifest.write(os.path.join(OUT, 'MANIFEST.md'), specs, results)
    total = sum(len(s.data) for s in specs)
    if errors:
        print('VERIFICATION FAILED (%d problems):' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('built %d messages (%d attack, %d business), %.1f MB; all verified: parse, every part decodes, '
          '%d QR codes decode to their payloads, IBAN mod-97 + national check digits, tax-ID check digits, '
          'DKIM body hashes, Received chains'
          % (len(specs), sum(s.folder == 'attack' for s in specs), sum(s.folder == 'business' for s in specs),
             total / 1e6, sum(len(s.qr) for s in specs)))


if __name__ == '__main__':
    main()
