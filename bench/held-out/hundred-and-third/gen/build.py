#!/usr/bin/env python3
"""Entry point: deterministically writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md
into the parent directory of gen/.  Python 3 standard library only."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib.engine import build, describe, body_charset_cte  # noqa: E402
from msgs import de, en, it, pl, es, el, ru  # noqa: E402
import company  # noqa: E402
import manifest  # noqa: E402

OUT = os.path.dirname(HERE)
ORDER = [('de', 8, de), ('en', 8, en), ('it', 5, it), ('pl', 5, pl), ('es', 5, es), ('el', 5, el), ('ru', 4, ru)]


def collect(kind):
    specs = []
    for lang, count, mod in ORDER:
        lst = getattr(mod, 'ATTACKS' if kind == 'attack' else 'BUSINESS')
        assert len(lst) == count, (kind, lang, len(lst))
        for s in lst:
            assert s['lang'] == lang and s['folder'] == kind, (kind, lang, s['n'])
        specs += lst
    for i, s in enumerate(specs, 1):
        assert s['n'] == i, (kind, i, s['n'])
    return specs


def main():
    rows = {}
    for kind in ('attack', 'business'):
        d = os.path.join(OUT, kind)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        rows[kind] = []
        for s in collect(kind):
            data, body, u = build(s)
            fname = '%02d-%s-%s.eml' % (s['n'], s['lang'], s['slug'])
            with open(os.path.join(d, fname), 'wb') as fh:
                fh.write(data)
            cs, cte = body_charset_cte(body)
            rows[kind].append(dict(file=fname, lang=s['lang'], cs=cs, cte=cte, struct=describe(body), what=s['what'],
                                   why=s['why'], hardneg=s.get('hardneg'), technique=s.get('technique', '-'), n=s['n'],
                                   sender='%s' % s['frm'][1], date=u))
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for name, address, office, role, native in company.STAFF:
            fh.write('%s=%s\n' % (name, address))
    with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write(manifest.render(rows))
    print('attack: %d, business: %d messages written to %s' % (len(rows['attack']), len(rows['business']), OUT))


if __name__ == '__main__':
    main()
