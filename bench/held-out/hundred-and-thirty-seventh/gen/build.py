#!/usr/bin/env python3
"""Rebuild the Example Group evaluation set (attack/, business/, staff.txt,
MANIFEST.md) into the directory above this script, then verify every message.

Usage: python3 gen/build.py [--no-verify]
Deterministic: every random value comes from a generator seeded with the
message's file name; running the build twice gives byte-identical files.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from egb import registry, manifest, verify, notes  # noqa: E402
from egb.core import Msg  # noqa: E402
from egb import (attack_de, attack_en, attack_it, attack_pl, attack_es, attack_el, attack_ru,  # noqa: E402,F401
                 business_de, business_en, business_it, business_pl, business_es, business_el, business_ru)


def main():
    errs = registry.check_complete()
    if errs:
        print('\n'.join(errs))
        return 1
    results = []
    written = {'attack': set(), 'business': set()}
    for spec in sorted(registry.MESSAGES, key=lambda s: (s['folder'], s['nn'])):
        m = Msg(spec['folder'], spec['fname'], spec['lang'])
        spec['func'](m)
        data = m.render()
        d = os.path.join(OUT, spec['folder'])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, spec['fname']), 'wb') as f:
            f.write(data)
        written[spec['folder']].add(spec['fname'])
        results.append(dict(m=m, data=data))
    for folder, names in written.items():
        for fn in os.listdir(os.path.join(OUT, folder)):
            if fn.endswith('.eml') and fn not in names:
                os.remove(os.path.join(OUT, folder, fn))
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(manifest.staff_txt())
    failures = 0
    for r in results:
        try:
            r['v'] = verify.verify_message(r['data'], r['m'])
        except Exception as e:  # report every failure, keep going
            failures += 1
            print('VERIFY FAIL %s/%s: %s: %s' % (r['m'].folder, r['m'].fname, type(e).__name__, e))
            r['v'] = dict(info=dict(rcpt='?'), urls=[], phones=[], ibans=[], wallets=[], qr=[], attachments=[], inner=[], other=[])
    notes.fill(manifest)
    with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(manifest.write(OUT, results))
    n_att = len(written['attack'])
    n_bus = len(written['business'])
    nqr = sum(len(r['m'].qr_expect) for r in results)
    print('built %d attack + %d business messages into %s' % (n_att, n_bus, OUT))
    if failures:
        print('verification FAILED for %d message(s)' % failures)
        return 1
    print('verification passed: %d messages parsed and decoded, %d QR codes decoded and matched' % (len(results), nqr))
    return 0


if __name__ == '__main__':
    sys.exit(main())
