#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md
into the parent directory of gen/.  Deterministic, standard library only."""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from lib import qr, ids  # noqa: E402
import company  # noqa: E402
import manifest  # noqa: E402

MODULES = {
    'attack': ['attacks_de_en', 'attacks_rest'],
    'business': ['business_de_en', 'business_rest'],
}
SPLIT = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def expected_langs():
    out = []
    for lang, n in SPLIT:
        out += [lang] * n
    return out


def main():
    assert qr.selftest() and ids.selftest()
    built = {}
    for folder, mods in MODULES.items():
        msgs = []
        for name in mods:
            try:
                mod = importlib.import_module(name)
            except ModuleNotFoundError as e:
                if e.name == name:
                    print('skip missing module', name)
                    continue
                raise
            for fn in mod.ALL:
                msgs.append(fn())
        outdir = os.path.join(ROOT, folder)
        os.makedirs(outdir, exist_ok=True)
        for f in os.listdir(outdir):
            if f.endswith('.eml'):
                os.remove(os.path.join(outdir, f))
        langs = expected_langs()
        for i, m in enumerate(sorted(msgs, key=lambda x: x.num)):
            assert m.num == i + 1, (folder, m.num, i + 1)
            if len(msgs) == 40:
                assert m.lang == langs[i], (folder, m.num, m.lang)
            try:
                data = m.render()
            except Exception:
                print('FAILED:', folder, m.filename)
                raise
            with open(os.path.join(outdir, m.filename), 'wb') as fh:
                fh.write(data)
        built[folder] = sorted(msgs, key=lambda x: x.num)
        print('%s: %d messages' % (folder, len(msgs)))
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for key, (name, addr, office, role) in company.STAFF.items():
            fh.write('%s=%s\n' % (name, addr))
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write(manifest.render(built))
    print('wrote staff.txt and MANIFEST.md')


if __name__ == '__main__':
    main()
