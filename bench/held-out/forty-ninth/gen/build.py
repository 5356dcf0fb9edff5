#!/usr/bin/env python3
"""Entry point: builds the set directory (gen/..): {attack,business}/*.eml, staff.txt and
MANIFEST.md, then verifies everything.  Deterministic (seeded RNG, no clock)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import checksums  # noqa: E402
import common  # noqa: E402
import manifest  # noqa: E402
import verify  # noqa: E402
import attacks_de, attacks_en, attacks_it_pl, attacks_es_el_ru  # noqa: E402,E401
import business_de, business_en, business_it_pl, business_es_el_ru  # noqa: E402,E401

ORDER = ['de'] * 8 + ['en'] * 8 + ['it'] * 5 + ['pl'] * 5 + ['es'] * 5 + ['el'] * 5 + ['ru'] * 4


def collect(mods):
    msgs = [f() for mod in mods for f in mod.MESSAGES]
    assert len(msgs) == 40, len(msgs)
    for i, m in enumerate(msgs):
        assert m['num'] == i + 1, (m['num'], i + 1)
        assert m['lang'] == ORDER[i], (m['num'], m['lang'])
    return msgs


def write_folder(name, msgs):
    d = os.path.join(ROOT, name)
    os.makedirs(d, exist_ok=True)
    for fn in os.listdir(d):
        if fn.endswith('.eml'):
            os.remove(os.path.join(d, fn))
    for m in msgs:
        data = common.build(m)
        with open(os.path.join(d, m['file']), 'wb') as fh:
            fh.write(data)


def main():
    checksums.selftest()
    attacks = collect([attacks_de, attacks_en, attacks_it_pl, attacks_es_el_ru])
    business = collect([business_de, business_en, business_it_pl, business_es_el_ru])
    write_folder('attack', attacks)
    write_folder('business', business)
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        fh.write(manifest.staff_txt())
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write(manifest.manifest(attacks, business))
    errors, stats = verify.run(ROOT)
    qrs = stats.pop('qr')
    print('built %d messages; checks: %s' % (stats['files'], ', '.join('%s=%s' % kv for kv in sorted(stats.items()))))
    for name, url in qrs:
        print('  QR %s -> %s' % (name, url))
    if errors:
        print('%d PROBLEMS:' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
