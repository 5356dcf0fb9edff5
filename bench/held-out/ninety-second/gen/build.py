#!/usr/bin/env python3
"""Entry point: python3 gen/build.py  -> writes attack/, business/, staff.txt, MANIFEST.md"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import mail      # noqa: E402
import org       # noqa: E402
import manifest  # noqa: E402
import verify    # noqa: E402

MODULES = ['att_de', 'att_en', 'att_it', 'att_pl', 'att_es', 'att_el', 'att_ru',
           'biz_de', 'biz_en', 'biz_it', 'biz_pl', 'biz_es', 'biz_el', 'biz_ru']


def main():
    org.selfcheck()
    only = sys.argv[1:]
    for name in MODULES:
        if only and name not in only:
            continue
        if not os.path.exists(os.path.join(HERE, name + '.py')):
            print('skipping missing module', name)
            continue
        __import__(name).build()
    for folder in ('attack', 'business'):
        d = os.path.join(ROOT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    seen = set()
    for m in mail.REGISTRY:
        key = (m.folder, m.n)
        assert key not in seen, key
        seen.add(key)
        with open(os.path.join(ROOT, m.folder, m.name), 'wb') as fh:
            fh.write(m.render())
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for key, (disp, addr, office, role) in org.STAFF.items():
            fh.write('%s=%s\n' % (disp, addr))
    manifest.write(ROOT, mail.REGISTRY)
    ok = verify.run(ROOT)
    print('wrote %d messages' % len(mail.REGISTRY))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
