#!/usr/bin/env python3
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md) in the
directory above this script, then verify every message.

    python3 gen/build.py            build + verify

Deterministic: every random value comes from random.Random(<file name>).
Python 3 standard library only.
"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import company, ids, manifest, registry, verify  # noqa: E402
from lib.msg import Mail  # noqa: E402
import msgs  # noqa: E402,F401
from msgs import (attack_de, attack_en, attack_it, attack_pl, attack_es, attack_el, attack_ru,  # noqa: E402,F401
                  business_de, business_en, business_it, business_pl, business_es, business_el, business_ru, pairs)

LANG_ORDER = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def expected_langs():
    out = []
    for lang, n in LANG_ORDER:
        out += [lang] * n
    return out


def build():
    mails = []
    for folder, name, fn in registry.REG:
        lang = name.split('-')[1]
        m = Mail(name, folder, lang)
        fn(m)
        if m.data is None:
            raise SystemExit('%s: builder produced no data' % name)
        mails.append(m)
    order = {'attack': 0, 'business': 1}
    mails.sort(key=lambda m: (order[m.folder], m.name))
    langs = expected_langs()
    for folder in ('attack', 'business'):
        ms = [m for m in mails if m.folder == folder]
        if len(ms) != 40:
            raise SystemExit('%s: %d messages, expected 40' % (folder, len(ms)))
        for i, m in enumerate(ms):
            if not re.fullmatch(r'%02d-%s-[a-z0-9]+(-[a-z0-9]+)*' % (i + 1, langs[i]), m.name):
                raise SystemExit('bad name/order: %s (expected %02d-%s-...)' % (m.name, i + 1, langs[i]))
    for folder in ('attack', 'business'):
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        keep = set(m.name + '.eml' for m in mails if m.folder == folder)
        for f in os.listdir(d):
            if f.endswith('.eml') and f not in keep:
                os.remove(os.path.join(d, f))
    for m in mails:
        with open(os.path.join(OUT, m.folder, m.name + '.eml'), 'wb') as f:
            f.write(m.data)
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(manifest.staff_txt())
    return mails


def write_manifest(mails):
    names = {}
    for m in mails:
        names['%s/%s' % (m.folder, m.name[:2])] = '%s/%s.eml' % (m.folder, m.name)
    prs = [(t, [names[a] for a in at], [names[b] for b in bu], d) for t, at, bu, d in pairs.PAIRS]
    with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(manifest.render(mails, prs, pairs.ID_NOTES))


def check_world():
    problems = []
    checks = [
        (ids.de_ust_ok, company.EG_DE_VAT), (ids.it_piva_ok, company.EG_IT_PIVA), (ids.pl_nip_ok, company.EG_PL_NIP),
        (ids.es_cif_ok, company.EG_ES_CIF), (ids.gr_afm_ok, company.EG_GR_AFM), (ids.gb_vat_ok, company.EG_GB_VAT),
        (ids.ru_inn_ok, company.EG_RU_INN), (ids.de_ust_ok, company.LIEF['vat']), (ids.it_piva_ok, company.FERR['piva']),
        (ids.pl_nip_ok, company.PLOG['nip']), (ids.it_piva_ok, company.DAUNA['piva']), (ids.es_cif_ok, company.MONC['cif']),
        (ids.es_cif_ok, company.GRUAS['cif']), (ids.gr_afm_ok, company.AIOL['afm']), (ids.pl_nip_ok, company.PCB['nip']),
        (ids.ru_inn_ok, company.AZOV['inn']), (ids.ru_ogrn_ok, company.AZOV['ogrn']),
    ]
    for fn, v in checks:
        if not fn(v):
            problems.append('identifier %s fails %s' % (v, fn.__name__))
    for k in ('EG_IBAN_DE', 'EG_IBAN_GR', 'EG_IBAN_IT'):
        if not ids.iban_ok(getattr(company, k)):
            problems.append('%s invalid' % k)
    for c in (company.LIEF, company.FERR, company.PLOG, company.GRUAS, company.PCB):
        for key in ('iban', 'iban_old', 'iban_new'):
            if key in c and not ids.iban_ok(c[key]):
                problems.append('%s %s invalid' % (c['org'], key))
    seen = set()
    for n, a, _, _, _ in company.STAFF:
        if a in seen or not re.fullmatch(r'[a-z]+(-[a-z]+)?\.[a-z]+@(example\.com|examplegroup\.eu)', a):
            problems.append('bad staff address %s' % a)
        seen.add(a)
    return problems


def verify_all(mails):
    rcpts = set(a for _, a, _, _, _ in company.STAFF)
    total = 0
    bad = 0
    for m in mails:
        path = os.path.join(OUT, m.folder, m.name + '.eml')
        with open(path, 'rb') as f:
            data = f.read()
        expect = {'facts': m.facts, 'qr': m.qr_expected, 'passwords': getattr(m, 'passwords', []), 'rcpts': rcpts}
        problems, corpus = verify.check_message(path, data, expect)
        problems += verify.complete_facts(m, corpus)
        total += 1
        if problems:
            bad += 1
            print('FAIL %s/%s.eml' % (m.folder, m.name))
            for p in problems:
                print('     - %s' % p)
    return total, bad


def main():
    mails = build()
    wp = check_world()
    for p in wp:
        print('FAIL world: %s' % p)
    total, bad = verify_all(mails)
    write_manifest(mails)
    nqr = sum(len(m.qr_expected) for m in mails)
    niban = sum(len(m.facts['IBAN']) for m in mails)
    print('built %d messages (attack %d, business %d) into %s' % (
        total, sum(m.folder == 'attack' for m in mails), sum(m.folder == 'business' for m in mails), OUT))
    print('verified: %d ok, %d with problems; %d QR codes decoded, %d IBANs mod-97 checked; identifiers: %s'
          % (total - bad, bad, nqr, niban, 'ok' if not wp else '%d problems' % len(wp)))
    sys.exit(1 if (bad or wp) else 0)


if __name__ == '__main__':
    main()
