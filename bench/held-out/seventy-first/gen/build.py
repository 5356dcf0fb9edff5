#!/usr/bin/env python3
"""Entry point: build the evaluation set next to gen/ and verify it.

Usage: python3 gen/build.py
Deterministic: all identifiers derive from fixed seeds; no randomness, no current time.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import kit                                       # noqa: E402
import biz_de, biz_en, biz_it_pl, biz_es_el_ru   # noqa: E402
import att_de, att_en, att_it_pl, att_es_el_ru   # noqa: E402
import manifest                                  # noqa: E402
import verify                                    # noqa: E402


def main():
    # genuine mail first: attacks that hijack threads reference their Message-IDs
    for mod in (biz_de, biz_en, biz_it_pl, biz_es_el_ru, att_de, att_en, att_it_pl, att_es_el_ru):
        mod.build()
    for folder in ('attack', 'business'):
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    metas = []
    for meta, raw in kit.MESSAGES:
        with open(os.path.join(ROOT, meta['folder'], meta['file']), 'wb') as fh:
            fh.write(raw)
        metas.append(meta)
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        fh.write(manifest.staff_txt())
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write(manifest.write(metas))
    problems = verify.check(ROOT, metas)
    counts = {}
    for m in metas:
        counts.setdefault(m['folder'], {}).setdefault(m['lang'], 0)
        counts[m['folder']][m['lang']] += 1
    for folder in ('attack', 'business'):
        print('%-9s %3d  %s' % (folder, sum(counts[folder].values()),
                                ' '.join('%s=%d' % (l, counts[folder].get(l, 0)) for l, _ in manifest.LANGS)))
    if problems:
        print('\n'.join(problems))
        sys.exit(1)
    print('verification: all %d messages parse, every text part decodes and round-trips; checks passed' % len(metas))
    for line in verify.external_qr_check(ROOT):
        print(line)


if __name__ == '__main__':
    main()
