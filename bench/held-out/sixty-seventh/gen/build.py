#!/usr/bin/env python3
"""Entry point: python3 gen/build.py  -> writes attack/, business/,
staff.txt and MANIFEST.md next to gen/. Deterministic (fixed seeds, no
clock), standard library only."""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import qr                      # noqa: E402
from message import LANGS, SPLIT   # noqa: E402
import people                  # noqa: E402
import manifest                # noqa: E402
import verify                  # noqa: E402


def collect(mod_names):
    msgs = []
    for name in mod_names:
        mod = __import__(name)
        msgs += mod.MSGS
    return msgs


def number(msgs, folder):
    # language order and split are part of the brief
    counts = {}
    for m in msgs:
        counts[m.lang] = counts.get(m.lang, 0) + 1
    assert counts == SPLIT, (folder, counts)
    order = sorted(msgs, key=lambda m: LANGS.index(m.lang))
    assert [m.lang for m in order] == [m.lang for m in msgs], 'modules must list messages in language order'
    for i, m in enumerate(msgs, 1):
        m.folder = folder
        m.num = i
    return msgs


def write(folder, msgs):
    out = os.path.join(ROOT, folder)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for m in msgs:
        data = m.render()
        with open(os.path.join(out, m.filename), 'wb') as f:
            f.write(data)


def main():
    assert qr.selftest()
    attacks = number(collect(['attacks_de_en', 'attacks_it_pl_es', 'attacks_el_ru']), 'attack')
    business = number(collect(['business_de_en', 'business_it_pl_es', 'business_el_ru']), 'business')
    write('attack', attacks)
    write('business', business)
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for k, (name, addr, office, role) in people.STAFF.items():
            f.write('%s=%s\n' % (name, addr))
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write(manifest.render(attacks, business))
    problems = verify.run(ROOT)
    if problems:
        print('\n'.join(problems))
        sys.exit(1)
    print('ok: %d attack, %d business messages written and verified' % (len(attacks), len(business)))


if __name__ == '__main__':
    main()
