#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md) in the directory above
this script, then verify every message. Deterministic: every random value comes from a generator
seeded with the message's file name. Standard library only."""
import os
import sys
import traceback

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import company  # noqa: E402
import manifest  # noqa: E402
import verify  # noqa: E402
from mailsys import Mail  # noqa: E402
from reg import REG  # noqa: E402
import m_de, m_en, m_it, m_pl, m_es, m_el, m_ru  # noqa: E402,F401

LANG_ORDER = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def expected_prefixes():
    out, n = [], 1
    for lang, k in LANG_ORDER:
        for _ in range(k):
            out.append('%02d-%s-' % (n, lang))
            n += 1
    return out


def main():
    mails = []
    for folder, file, fn in sorted(REG, key=lambda x: (x[0] != 'attack', x[1])):
        lang = file.split('-')[1]
        m = Mail(file, folder, lang)
        fn(m)
        mails.append(m)
    errors = []
    for folder in ('attack', 'business'):
        files = sorted(m.file for m in mails if m.folder == folder)
        exp = expected_prefixes()
        if len(files) != 40 or any(not f.startswith(p) for f, p in zip(files, exp)):
            errors.append('%s/: file names/languages do not follow the required order (%d files)' % (folder, len(files)))
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            if old.endswith('.eml'):
                os.remove(os.path.join(d, old))
    for m in mails:
        with open(os.path.join(OUT, m.folder, m.file), 'wb') as f:
            f.write(m.raw())
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as f:
        for n, a, *_ in company.STAFF:
            f.write('%s=%s\n' % (n, a))
    results = {}
    for m in mails:
        meta = dict(m.meta)
        meta['qr_expected'] = m.qr_expected
        try:
            results[m.file] = verify.verify_file(os.path.join(OUT, m.folder, m.file), meta)
        except Exception as e:  # noqa: BLE001
            errors.append('%s/%s: %s' % (m.folder, m.file, e))
            if os.environ.get('DEBUG'):
                traceback.print_exc()
            results[m.file] = dict(urls=[], qr=[], ibans=[], structure=[], helo=('?', '?', '?'))
    manifest.write(os.path.join(OUT, 'MANIFEST.md'), mails, results)
    n_att = sum(1 for m in mails if m.folder == 'attack')
    n_bus = sum(1 for m in mails if m.folder == 'business')
    nqr = sum(len(r['qr']) for r in results.values())
    print('built %d attack + %d business messages into %s' % (n_att, n_bus, OUT))
    if errors:
        print('VERIFICATION FAILED:')
        for e in errors:
            print('  - ' + e)
        return 1
    print('verification passed: every message parsed, every part decoded, %d QR codes decoded to their payloads, '
          'all IBANs mod-97 valid' % nqr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
