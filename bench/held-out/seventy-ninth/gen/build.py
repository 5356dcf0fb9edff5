#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt, MANIFEST.md
under the directory above gen/.  Deterministic; standard library only."""
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import manifest  # noqa: E402
import msgs_de, msgs_en, msgs_it, msgs_pl, msgs_es, msgs_el, msgs_ru  # noqa: E402,E401

ROOT = os.path.dirname(HERE)
MODULES = [('de', msgs_de, 8), ('en', msgs_en, 8), ('it', msgs_it, 5), ('pl', msgs_pl, 5),
           ('es', msgs_es, 5), ('el', msgs_el, 5), ('ru', msgs_ru, 4)]


def collect(kind):
    out, n = [], 1
    for lang, mod, expect in MODULES:
        funcs = getattr(mod, kind)
        assert len(funcs) == expect, (lang, kind, len(funcs))
        for f in funcs:
            m = f(n)
            assert m.num == n and m.lang == lang, (m.filename, n, lang)
            out.append(m)
            n += 1
    return out


def main():
    attacks = collect('ATTACKS')
    business = collect('BUSINESS')
    for folder, msgs in (('attack', attacks), ('business', business)):
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for old in glob.glob(os.path.join(d, '*.eml')):
            os.remove(old)
        for m in msgs:
            data = m.render()
            with open(os.path.join(d, m.filename), 'wb') as f:
                f.write(data)
    manifest.write_staff(os.path.join(ROOT, 'staff.txt'))
    manifest.write(os.path.join(ROOT, 'MANIFEST.md'), attacks, business)
    print('wrote %d attack and %d business messages' % (len(attacks), len(business)))


if __name__ == '__main__':
    main()
