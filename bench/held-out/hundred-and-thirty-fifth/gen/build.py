#!/usr/bin/env python3
"""Rebuild the Example Group evaluation set (attack/, business/, staff.txt,
MANIFEST.md) into the directory above this script, then verify it.

Usage: python3 gen/build.py
Deterministic: every random value comes from random.Random(<file name>)."""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from mailgen import org, verify, manifest  # noqa: E402
from mailgen import m_de, m_en, m_it, m_pl, m_es, m_el, m_ru  # noqa: E402

MODULES = [m_de, m_en, m_it, m_pl, m_es, m_el, m_ru]
LANG_PLAN = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def expected_langs():
    out = []
    for lang, n in LANG_PLAN:
        out += [lang] * n
    return out


def main():
    msgs = {'attack': [], 'business': []}
    for mod in MODULES:
        for fn in mod.ATTACK:
            msgs['attack'].append(fn())
        for fn in mod.BUSINESS:
            msgs['business'].append(fn())
    langs = expected_langs()
    for folder in ('attack', 'business'):
        lst = msgs[folder]
        if len(lst) != 40:
            raise SystemExit('%s: %d messages, expected 40' % (folder, len(lst)))
        for i, m in enumerate(lst, 1):
            if not m.name.startswith('%02d-%s-' % (i, langs[i - 1])):
                raise SystemExit('%s: bad name/order %s (expected %02d-%s-...)' % (folder, m.name, i, langs[i - 1]))
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        for m in lst:
            with open(os.path.join(d, m.file), 'wb') as fh:
                fh.write(m.raw)
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as fh:
        for name, a, _, _ in org.STAFF:
            fh.write('%s=%s\n' % (name, a))
    infos = {}
    errors = []
    for folder in ('attack', 'business'):
        for m in msgs[folder]:
            with open(os.path.join(OUT, folder, m.file), 'rb') as fh:
                data = fh.read()
            try:
                infos[(folder, m.name)] = verify.check_message(m, data)
            except verify.Fail as e:
                errors.append('%s/%s' % (folder, e))
            except Exception as e:  # noqa
                errors.append('%s/%s: %s: %s' % (folder, m.file, type(e).__name__, e))
    if errors:
        print('VERIFICATION FAILED:')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    manifest.write(os.path.join(OUT, 'MANIFEST.md'), msgs, infos)
    print('built %d attack + %d business messages into %s; verification passed'
          % (len(msgs['attack']), len(msgs['business']), OUT))


if __name__ == '__main__':
    main()
