#!/usr/bin/env python3
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md) into
the directory above this script, then verify every message.

Usage: python3 gen/build.py [--no-verify]
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib.mail import Mail  # noqa: E402
from lib import world  # noqa: E402
import msgs  # noqa: E402
from msgs import REG, fname  # noqa: E402
import msgs.a_de, msgs.b_de, msgs.a_en, msgs.b_en, msgs.a_it, msgs.b_it, msgs.a_pl, msgs.b_pl  # noqa: E402,F401
import msgs.a_es, msgs.b_es, msgs.a_el, msgs.b_el, msgs.a_ru, msgs.b_ru  # noqa: E402,F401
import manifest  # noqa: E402
import verify  # noqa: E402

LANG_PLAN = [('de', 1, 8), ('en', 9, 16), ('it', 17, 21), ('pl', 22, 26), ('es', 27, 31), ('el', 32, 36), ('ru', 37, 40)]


def build():
    built = []
    for kind in ('attack', 'business'):
        d = os.path.join(OUT, kind)
        os.makedirs(d, exist_ok=True)
        want = set()
        for e in sorted([r for r in REG if r['kind'] == kind], key=lambda r: r['num']):
            fn = fname(e)
            want.add(fn)
            m = Mail(fn, kind, e['lang'])
            e['fn'](m)
            raw = m.render()
            with open(os.path.join(d, fn), 'wb') as fh:
                fh.write(raw)
            built.append((e, m, raw))
        for old in os.listdir(d):
            if old.endswith('.eml') and old not in want:
                os.remove(os.path.join(d, old))
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as fh:
        for n, a, o, r in world.STAFF:
            fh.write('%s=%s\n' % (n, a))
    with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(manifest.render(built))
    return built


def main():
    built = build()
    print('built %d messages into %s' % (len(built), OUT))
    if '--no-verify' in sys.argv:
        return 0
    errors = verify.run(OUT, built, LANG_PLAN)
    if errors:
        for e in errors:
            print('VERIFY ERROR:', e)
        print('%d verification error(s)' % len(errors))
        return 1
    print('verification passed: %d messages' % len(built))
    return 0


if __name__ == '__main__':
    sys.exit(main())
