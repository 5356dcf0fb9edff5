#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild the Example Group evaluation set (attack/, business/, staff.txt, MANIFEST.md) into the
directory above this script, then verify every message. Python 3 standard library only.

    python3 gen/build.py            # build + verify
    python3 gen/build.py --verify   # verify the existing files only
"""
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from eglib.compose import REGISTRY          # noqa: E402
from eglib.message import Message           # noqa: E402
from eglib.company import STAFF_LIST        # noqa: E402
from eglib.verify import verify_file, Fail  # noqa: E402
from eglib.manifest import write_manifest   # noqa: E402
import msgs                                 # noqa: E402,F401  (registers all messages)

LANG_PLAN = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]
NAME_RE = re.compile(r'^(\d\d)-(de|en|it|pl|es|el|ru)-[a-z0-9]+(?:-[a-z0-9]+)*$')


def check_plan(records):
    for folder in ('attack', 'business'):
        names = sorted(m.name for m in records if m.folder == folder)
        if len(names) != 40:
            raise Fail('%s: %d messages, expected 40' % (folder, len(names)))
        expected = []
        for lang, n in LANG_PLAN:
            expected += [lang] * n
        for i, name in enumerate(names):
            mm = NAME_RE.match(name)
            if not mm:
                raise Fail('bad file name %s' % name)
            if int(mm.group(1)) != i + 1 or mm.group(2) != expected[i]:
                raise Fail('%s/%s: number/language out of plan' % (folder, name))


def check_identifiers():
    """Independent validation of the invented tax/register identifiers and bank accounts."""
    from eglib import util as U
    from eglib import company as C
    ids = {e['key']: dict(e['ids']) for e in C.ENTITIES}
    checks = [U.de_ustid_valid(ids['DE']['USt-IdNr.']), U.it_piva_valid(ids['IT']['Partita IVA']),
              U.pl_nip_valid(ids['PL']['NIP']), U.gr_afm_valid(ids['GR']['ΑΦΜ']),
              U.gb_vat_valid(ids['UK']['VAT']), U.ru_inn10_valid(ids['RU']['ИНН']), U.ru_ogrn_valid(ids['RU']['ОГРН']),
              U.es_cif(ids['ES']['NIF/CIF'][0], ids['ES']['NIF/CIF'][1:8]) == ids['ES']['NIF/CIF'],
              U.pl_regon9(ids['PL']['REGON'][:8]) == ids['PL']['REGON'],
              U.ru_account_valid(C.LABSNAB['bik'], C.LABSNAB['acct']),
              U.ru_corr_account_valid(C.LABSNAB['bik'], C.LABSNAB['corr'])]
    checks += [U.iban_valid(x) for x in (C.LIEF_OLD, C.LIEF_NEW, C.FERRETTI_IBAN, C.PARTNER_IBAN, C.BIOREAG_IBAN,
                                         C.MEDISUP_IBAN, C.OWN['DE']['iban'], C.OWN['IT']['iban'], C.OWN['PL']['iban'])]
    if not all(checks):
        raise Fail('identifier check failed: %r' % checks)


def build_messages():
    records = []
    for folder, name, fn in REGISTRY:
        m = Message(folder, name)
        fn(m)
        m.data = m.finalize()
        records.append(m)
    records.sort(key=lambda m: (m.folder, m.name))
    return records


def main():
    verify_only = '--verify' in sys.argv
    records = build_messages()
    check_plan(records)
    check_identifiers()
    for folder in ('attack', 'business'):
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        keep = {m.name + '.eml' for m in records if m.folder == folder}
        for f in os.listdir(d):
            if f.endswith('.eml') and f not in keep and not verify_only:
                os.remove(os.path.join(d, f))
    if not verify_only:
        for m in records:
            with open(os.path.join(OUT, m.folder, m.name + '.eml'), 'wb') as f:
                f.write(m.data)
        with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as f:
            for n, a, _, _ in STAFF_LIST:
                f.write('%s=%s\n' % (n, a))
    errors = 0
    for m in records:
        path = os.path.join(OUT, m.folder, m.name + '.eml')
        with open(path, 'rb') as f:
            raw = f.read()
        if raw != m.data:
            print('DIFFERS from a fresh build: %s/%s' % (m.folder, m.name))
            errors += 1
        try:
            m.ex = verify_file(raw, '%s/%s' % (m.folder, m.name), m)
        except Fail as e:
            print('FAIL', e)
            errors += 1
        except Exception as e:  # a crash in a check is a failure too
            print('FAIL %s/%s: %s: %s' % (m.folder, m.name, type(e).__name__, e))
            errors += 1
    if errors:
        print('%d problem(s)' % errors)
        return 1
    if not verify_only:
        write_manifest(os.path.join(OUT, 'MANIFEST.md'), records)
    n_att = sum(1 for m in records if m.folder == 'attack')
    n_biz = sum(1 for m in records if m.folder == 'business')
    n_qr = sum(len(m.qr) for m in records)
    print('OK: %d attack + %d business messages verified (%d QR codes decoded); output in %s' % (n_att, n_biz, n_qr, OUT))
    return 0


if __name__ == '__main__':
    sys.exit(main())
