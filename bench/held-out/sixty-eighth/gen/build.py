#!/usr/bin/env python3
"""Entry point: build ../{attack,business}/*.eml, staff.txt and
MANIFEST.md deterministically, then verify every message."""
import importlib
import sys as _s
_s.dont_write_bytecode = True
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import compose  # noqa: E402
import ident  # noqa: E402
import manifest  # noqa: E402
import people  # noqa: E402
import qrcheck  # noqa: E402
import verify  # noqa: E402

MODULES = {'attack': ['attack_de_en', 'attack_it_pl_es', 'attack_el_ru'],
           'business': ['business_de_en', 'business_it_pl_es', 'business_el_ru']}
SPLIT = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def expected_lang(num):
    n = 0
    for lang, k in SPLIT:
        n += k
        if num <= n:
            return lang


def main():
    assert ident._selftest() and qrcheck.selftest()
    staff_addrs = {a for _, _, a, _, _ in people.STAFF}
    results = {}
    failures = 0
    for folder, mods in MODULES.items():
        out = os.path.join(ROOT, folder)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(out)
        specs = []
        for m in mods:
            if not os.path.exists(os.path.join(HERE, m + '.py')):
                continue
            specs += importlib.import_module(m).SPECS
        specs.sort(key=lambda s: s['num'])
        metas = []
        for spec in specs:
            spec['folder'] = folder
            assert spec['lang'] == expected_lang(spec['num']), (folder, spec['num'])
            fname, data, meta = compose.build(spec)
            with open(os.path.join(out, fname), 'wb') as f:
                f.write(data)
            errs, _ = verify.check_message(fname, data, meta, staff_addrs)
            if errs:
                failures += 1
                print('FAIL %s/%s' % (folder, fname))
                for e in errs:
                    print('   -', e)
            metas.append(meta)
        nums = [m['file'][:2] for m in metas]
        assert len(set(nums)) == len(nums), 'duplicate numbers in ' + folder
        results[folder] = metas
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for k, n, a, o, r in people.STAFF:
            f.write('%s=%s\n' % (n, a))
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write(manifest.render(results))
    for folder, metas in results.items():
        counts = {}
        for m in metas:
            counts[m['lang']] = counts.get(m['lang'], 0) + 1
        print('%s: %d messages %s' % (folder, len(metas), counts))
    print('verification failures: %d' % failures)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
