#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md
into the parent directory of gen/, then validates every message."""
import importlib
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import company as C  # noqa: E402
import coins  # noqa: E402
import ids  # noqa: E402
import manifest  # noqa: E402
import validate  # noqa: E402

LANGS = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def collect():
    out = {'attack': [], 'business': []}
    for lang, n in LANGS:
        mod = importlib.import_module('msgs_' + lang)
        for folder, fn in (('attack', mod.attacks), ('business', mod.business)):
            lst = fn()
            if len(lst) != n:
                raise SystemExit('%s/%s: expected %d messages, got %d' % (folder, lang, n, len(lst)))
            for m in lst:
                m.folder, m.lang = folder, lang
                out[folder].append(m)
    return out


def main():
    assert ids.selftest() and coins.selftest() and C.check_all()
    sets = collect()
    for folder, msgs in sets.items():
        d = os.path.join(ROOT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for i, m in enumerate(msgs, 1):
            m.num = '%02d' % i
            m.filename = '%s-%s-%s.eml' % (m.num, m.lang, m.slug)
            data = m.render()
            with open(os.path.join(d, m.filename), 'wb') as f:
                f.write(data)
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for key, s in C.STAFF.items():
            f.write('%s=%s\n' % (s[0], s[1]))
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write(manifest.render(sets))
    problems = validate.check_tree(ROOT)
    for p in problems:
        print('PROBLEM:', p)
    print('wrote %d attack and %d business messages; %d problems' % (
        len(sets['attack']), len(sets['business']), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
