#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and
MANIFEST.md into the parent directory of gen/, then validates everything."""
import importlib
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import codes  # noqa: E402
import manifest  # noqa: E402
import check  # noqa: E402
from people import STAFF  # noqa: E402

ATTACK_MODULES = ['attacks_de', 'attacks_en', 'attacks_it_pl', 'attacks_es_el_ru']
BUSINESS_MODULES = ['business_de_en', 'business_it_pl', 'business_es_el_ru']
SPLIT = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def collect(mods):
    msgs = []
    for name in mods:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                print(f'  (module {name} not present yet)')
                continue
            raise
        msgs += mod.messages()
    return sorted(msgs, key=lambda m: m.num)


def expected_langs():
    out = []
    for lang, n in SPLIT:
        out += [lang] * n
    return out


def main():
    assert codes.selftest()
    attacks = collect(ATTACK_MODULES)
    business = collect(BUSINESS_MODULES)
    exp = expected_langs()
    for folder, msgs in (('attack', attacks), ('business', business)):
        d = os.path.join(ROOT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        nums = [m.num for m in msgs]
        assert len(nums) == len(set(nums)), f'duplicate numbers in {folder}'
        for m in msgs:
            assert m.folder == folder
            assert exp[m.num - 1] == m.lang, f'{folder} {m.num}: language {m.lang} != {exp[m.num - 1]}'
            with open(os.path.join(d, m.filename), 'wb') as f:
                f.write(m.render())
        print(f'{folder}: {len(msgs)} messages')
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for name, addr, office, role in STAFF.values():
            f.write(f'{name}={addr}\n')
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write(manifest.render(attacks, business))
    ok = check.run(ROOT, attacks, business)
    print('validation:', 'OK' if ok else 'FAILED')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
