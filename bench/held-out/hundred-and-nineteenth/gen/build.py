#!/usr/bin/env python3
"""Rebuild the evaluation set next to this directory and verify it.

Usage:  python3 gen/build.py
Writes ../attack/*.eml, ../business/*.eml, ../staff.txt, ../MANIFEST.md (relative to this file)."""
import importlib
import os
import pkgutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from lib import manifest, verify, world  # noqa: E402
from lib.msg import Msg  # noqa: E402
from lib.registry import REG  # noqa: E402
import msgs  # noqa: E402

EXPECTED = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def load_messages():
    for mod in sorted(m.name for m in pkgutil.iter_modules(msgs.__path__)):
        importlib.import_module('msgs.' + mod)


def check_names(folder, names):
    exp = []
    n = 1
    for lang, cnt in EXPECTED:
        for _ in range(cnt):
            exp.append(('%02d' % n, lang))
            n += 1
    got = [(x.split('-')[0], x.split('-')[1]) for x in names]
    if got != exp:
        raise SystemExit('%s: file numbering/languages wrong:\n%s' % (folder, [g for g in got if g not in exp]))


def check_ids():
    """Re-validate the check digits of every tax / register identifier of the world."""
    from lib import ids
    W = world
    checks = [
        ids.de_ustid_valid(W.DE_VAT), ids.de_ustid_valid(W.LIEF_VAT),
        ids.it_piva(W.IT_PIVA[:10]) == W.IT_PIVA, ids.it_piva(W.FER_PIVA[:10]) == W.FER_PIVA,
        ids.pl_nip(W.PL_NIP[:9]) == W.PL_NIP, ids.pl_nip(W.PL_PARTNER_NIP[:9]) == W.PL_PARTNER_NIP,
        ids.pl_regon9(W.PL_REGON[:8]) == W.PL_REGON,
        ids.es_cif(W.ES_CIF[0], W.ES_CIF[1:8]) == W.ES_CIF, ids.es_cif(W.LFE_CIF[0], W.LFE_CIF[1:8]) == W.LFE_CIF,
        ids.gr_afm(W.GR_AFM[:8]) == W.GR_AFM, ids.gr_afm(W.THL_AFM[:8]) == W.THL_AFM,
        ids.gb_vat_valid(W.GB_VAT),
        ids.ru_inn10(W.RU_INN[:9]) == W.RU_INN, ids.ru_inn10(W.STS_INN[:9]) == W.STS_INN,
        ids.ru_ogrn(W.RU_OGRN[:12]) == W.RU_OGRN, ids.ru_ogrn(W.STS_OGRN[:12]) == W.STS_OGRN,
        ids.ru_account_valid(W.EX_RU_BIK, W.EX_RU_ACC),
    ] + [ids.iban_valid(i) for i in (W.EX_DE_IBAN, W.EX_IT_IBAN, W.EX_PL_IBAN, W.EX_ES_IBAN, W.EX_GR_IBAN,
                                     W.LIEF_IBAN_OLD, W.LIEF_IBAN_NEW, W.FER_IBAN, W.PL_PARTNER_NRB)]
    if not all(checks):
        raise SystemExit('identifier check digits failed: %r' % checks)
    return len(checks)


def main():
    nid = check_ids()
    load_messages()
    results = {}
    failures = 0
    for folder in ('attack', 'business'):
        items = sorted(REG[folder])
        if '--partial' not in sys.argv:
            check_names(folder, [f for f, _ in items])
        outdir = os.path.join(ROOT, folder)
        os.makedirs(outdir, exist_ok=True)
        for old in os.listdir(outdir):
            if old.endswith('.eml'):
                os.remove(os.path.join(outdir, old))
        results[folder] = []
        for fname, fn in items:
            m = Msg(folder, fname)
            data = fn(m)
            with open(os.path.join(outdir, fname + '.eml'), 'wb') as fh:
                fh.write(data)
            m.meta['lang'] = m.lang
            rep = verify.verify(fname, data, m.meta)
            if rep.errors:
                failures += 1
                print('FAIL %s/%s' % (folder, fname))
                for e in rep.errors:
                    print('     - ' + e)
            results[folder].append(dict(fname=fname, data=data, meta=m.meta, report=rep))
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as fh:
        for k, d, a, o, r in world.STAFF:
            fh.write('%s=%s\n' % (d, a))
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(manifest.build(results))
    total = sum(len(v) for v in results.values())
    nparts = sum(r['report'].parts for v in results.values() for r in v)
    nqr = sum(len(r['report'].qr) for v in results.values() for r in v)
    print('built %d messages (%d attack, %d business), %d leaf parts decoded, %d QR codes decoded'
          % (total, len(results['attack']), len(results['business']), nparts, nqr))
    if failures:
        print('VERIFICATION FAILED for %d message(s)' % failures)
        sys.exit(1)
    print('verification passed (%d identifiers re-checked)' % nid)


if __name__ == '__main__':
    main()
