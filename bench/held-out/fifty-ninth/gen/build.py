#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md
into the parent directory of gen/, then verifies every message.
Deterministic: all randomness comes from random.Random seeded per file name."""

import collections
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import attacks_a, attacks_b, attacks_c          # noqa: E402
import business_a, business_b, business_c       # noqa: E402
import manifest                                  # noqa: E402
import verify                                    # noqa: E402

ORDER = ['de'] * 8 + ['en'] * 8 + ['it'] * 5 + ['pl'] * 5 + ['es'] * 5 + ['el'] * 5 + ['ru'] * 4


def collect(mods):
    msgs = []
    for mod in mods:
        msgs.extend(mod.messages())
    msgs.sort(key=lambda m: m.n)
    assert [m.n for m in msgs] == list(range(1, 41)), [m.n for m in msgs]
    assert [m.lang for m in msgs] == ORDER, 'language order'
    return msgs


def write(folder, msgs):
    d = os.path.join(ROOT, folder)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for m in msgs:
        assert m.folder == folder
        with open(os.path.join(d, m.fname), 'wb') as f:
            f.write(m.render())


def main():
    attacks = collect([attacks_a, attacks_b, attacks_c])
    business = collect([business_a, business_b, business_c])
    write('attack', attacks)
    write('business', business)
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        f.write(manifest.staff_txt())
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write(manifest.manifest(attacks, business))
    for name, msgs in (('attack', attacks), ('business', business)):
        c = collections.Counter(m.lang for m in msgs)
        print('%s: %d messages %s' % (name, len(msgs), dict(c)))
    ok = verify.run(ROOT)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
