#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md
into the parent directory of gen/, then validates every message."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import company  # noqa: E402
import core  # noqa: E402
import ids  # noqa: E402
import manifest  # noqa: E402
import validate  # noqa: E402

LANGS = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]
MODULES = {
    'attack': ['attack_de', 'attack_en', 'attack_it', 'attack_pl', 'attack_es', 'attack_el', 'attack_ru'],
    'business': ['business_de', 'business_en', 'business_it', 'business_pl', 'business_es', 'business_el', 'business_ru'],
}


def collect(folder):
    recs = []
    for modname in MODULES[folder]:
        mod = __import__(modname)
        for fn in mod.MESSAGES:
            ctx = core.Ctx(folder, fn.lang, fn.slug)
            rec = fn(ctx)
            recs.append(rec)
    order = [l for l, _ in LANGS]
    recs.sort(key=lambda r: order.index(r.lang))  # stable: keeps module order within a language
    for lang, n in LANGS:
        got = sum(1 for r in recs if r.lang == lang)
        assert got == n, '%s/%s: %d messages, expected %d' % (folder, lang, got, n)
    for i, r in enumerate(recs, 1):
        r.num = i
    return recs


def main():
    ids.selftest()
    all_recs = {}
    for folder in ('attack', 'business'):
        recs = collect(folder)
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            if old.endswith('.eml'):
                os.remove(os.path.join(d, old))
        for r in recs:
            with open(os.path.join(d, r.filename), 'wb') as f:
                f.write(r.data)
        all_recs[folder] = recs
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for name, email, _, _ in company.STAFF:
            f.write('%s=%s\n' % (name, email))
    problems = validate.run(OUT, all_recs)
    with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write(manifest.render(all_recs))
    for folder in ('attack', 'business'):
        print('%-8s %d files' % (folder, len(all_recs[folder])))
    if problems:
        print('VALIDATION PROBLEMS:')
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    print('all messages parsed and decoded OK')


if __name__ == '__main__':
    main()
