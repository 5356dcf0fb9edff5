#!/usr/bin/env python3
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md) in the
directory above this script, then verify every message.

    python3 gen/build.py            # build + verify
    python3 gen/build.py --verify   # verify only
"""
import sys
sys.dont_write_bytecode = True
import email
import email.policy
import importlib
import os
import pkgutil
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import company  # noqa: E402
import msgs  # noqa: E402
from lib import ids, inspect_eml  # noqa: E402
from lib.msg import Msg  # noqa: E402

LANG_PLAN = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def load_messages():
    for mod in sorted(pkgutil.iter_modules(msgs.__path__), key=lambda x: x.name):
        importlib.import_module('msgs.' + mod.name)
    return sorted(msgs.REG, key=lambda r: (r[0], r[1]))


def build_all():
    built = []
    for folder, nn, lang, slug, fn in load_messages():
        m = Msg(folder, nn, lang, slug)
        fn(m)
        raw = m.render()
        built.append((m, raw))
    return built


def write_outputs(built):
    for folder in ('attack', 'business'):
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    for m, raw in built:
        with open(os.path.join(ROOT, m.folder, m.fname), 'wb') as fh:
            fh.write(raw)
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as fh:
        for n, e, _, _ in company.STAFF:
            fh.write('%s=%s\n' % (n, e))


# ------------------------------------------------------------- analysis
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)\b')
NRB_RE = re.compile(r'(?<![\dA-Z])(\d{2}(?: \d{4}){6})(?!\d)|(?<![\dA-Z])(\d{26})(?!\d)')
IBAN_CC = {'DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT', 'NL', 'BE', 'FR', 'IE', 'PT', 'AT', 'CY', 'BG', 'RO', 'LV', 'EE', 'HR', 'SK', 'CZ', 'HU', 'MT'}
BTC_RE = re.compile(r'\b(bc1[02-9ac-hj-np-z]{20,80})\b')


def analyse(m, raw):
    dec = inspect_eml.inspect_bytes(raw, passwords=m.meta.get('passwords', ()))
    alltext = '\n'.join(t for _, t in dec.texts) + '\n' + '\n'.join(p for _, p in dec.qr)
    ibans = []
    for mt in IBAN_RE.finditer(alltext):
        cand = mt.group(1).replace(' ', '')
        if cand[:2] in IBAN_CC and len(cand) >= 15:
            if not ids.iban_valid(cand):
                dec.errors.append('invalid IBAN candidate %s' % cand)
            elif cand not in ibans:
                ibans.append(cand)
    for mt in NRB_RE.finditer(alltext):
        cand = 'PL' + (mt.group(1) or mt.group(2)).replace(' ', '')
        if ids.iban_valid(cand):
            if cand not in ibans:
                ibans.append(cand)
        else:
            dec.errors.append('invalid Polish NRB %s' % cand)
    for ib in ibans:
        if ib.startswith('IT') and not ids.it_bban_valid(ib):
            dec.errors.append('bad Italian CIN in %s' % ib)
        if ib.startswith('ES') and not ids.es_bban_valid(ib):
            dec.errors.append('bad Spanish DC in %s' % ib)
        if ib.startswith('PL') and not ids.pl_bban_valid(ib):
            dec.errors.append('bad Polish sort-code check digit in %s' % ib)
    urls = []
    for mt in inspect_eml.URL_RE.finditer(alltext):
        u = mt.group(0).rstrip('.,;:!?»«”"\'')
        u = u.replace('&amp;', '&')
        if u not in urls and not u.startswith(('http://www.w3.org', 'http://schemas.', 'https://schemas.', 'http://purl.org')):
            urls.append(u)
    wallets = []
    for mt in BTC_RE.finditer(alltext):
        if not ids.bech32_valid(mt.group(1)):
            dec.errors.append('invalid bech32 address %s' % mt.group(1))
        elif mt.group(1) not in wallets:
            wallets.append(mt.group(1))
    for w in m.facts.get('wallet', []):
        if w not in alltext:
            dec.errors.append('declared wallet %s not found' % w)
    qrs = []
    for _, p in dec.qr:
        if p not in qrs:
            qrs.append(p)
    for p in m.qr_expect:
        if p not in qrs:
            dec.errors.append('expected QR payload not decoded: %r' % p[:60])
    for p in qrs:
        if p not in m.qr_expect:
            dec.errors.append('unexpected QR payload %r' % p[:60])
    digits_text = re.sub(r'\D', '', alltext)
    for ph in m.facts.get('phone', []):
        core = ph.split('(')[0].strip()
        cands = [re.sub(r'\D', '', core)]
        if core.startswith('+'):
            cc, _, rest = core[1:].partition(' ')
            cands += ['0' + re.sub(r'\D', '', rest), re.sub(r'\D', '', rest)]
        if not any(c in digits_text for c in cands):
            dec.errors.append('declared phone %s not found' % ph)
    for s in m.expect_text:
        if s not in alltext:
            dec.errors.append('expected text %r not found' % s)
    for s in m.facts.get('account', []):
        for tok in re.findall(r'\d[\d-]{4,}\d', s):
            if tok not in alltext:
                dec.errors.append('declared account token %r not found' % tok)
    for ib in m.facts.get('iban', []):
        if ib.replace(' ', '') not in ibans:
            dec.errors.append('declared IBAN %s not found' % ib)
    # body charset / CTE of the first text part
    body = next((p for p in dec.parts if p[0] == 'text/plain' and p[4] == 0 and not p[1]), None) or \
        next((p for p in dec.parts if p[0].startswith('text/') and p[4] == 0 and not p[1]), None)
    return dec, dict(ibans=ibans, urls=urls, wallets=wallets, qrs=qrs, body=body)


def structure(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)

    def rec(p):
        ct = p.get_content_type()
        if p.is_multipart():
            return '%s(%s)' % (ct.split('/')[1], ', '.join(rec(c) for c in p.iter_parts()))
        if ct == 'message/rfc822':
            return 'message/rfc822%s' % (' "%s"' % p.get_filename() if p.get_filename() else '')
        fn = p.get_filename()
        if fn:
            return '%s "%s"' % (ct, fn)
        return ct
    return rec(msg)


def verify(built):
    problems = []
    seen = {}
    for folder, plan_total in (('attack', 40), ('business', 40)):
        files = sorted(f for f in os.listdir(os.path.join(ROOT, folder)) if f.endswith('.eml'))
        if len(files) != plan_total:
            problems.append('%s: %d files, expected %d' % (folder, len(files), plan_total))
        n = 1
        for lang, cnt in LANG_PLAN:
            for _ in range(cnt):
                pref = '%02d-%s-' % (n, lang)
                if not any(f.startswith(pref) for f in files):
                    problems.append('%s: missing %s*' % (folder, pref))
                n += 1
    checks = {'USt-IdNr.': ids.de_ustid_valid, 'Partita IVA': ids.it_piva_valid, 'NIP': ids.pl_nip_valid,
              'REGON': ids.pl_regon_valid, 'NIF (CIF)': ids.es_cif_valid, 'ΑΦΜ': ids.gr_afm_valid, 'VAT': ids.gb_vat_valid,
              'ИНН': ids.ru_inn_valid, 'ОГРН': ids.ru_ogrn_valid}
    for e in company.ENTITIES:
        for k, v in e['ids']:
            if k in checks and not checks[k](v):
                problems.append('entity %s: %s %s has a bad check digit' % (e['name'], k, v))
        acct = e['bank'][2]
        if acct[:2].isalpha():
            if not ids.iban_valid(acct):
                problems.append('entity %s: IBAN %s invalid' % (e['name'], acct))
        elif not ids.ru_account_valid(e['bank'][1].split()[-1], acct):
            problems.append('entity %s: account key invalid' % e['name'])
    for bik, acc in (('044525225', company.SVET_ACC), ('044525974', '40702810410001843276')):
        if not ids.ru_account_valid(bik, acc):
            problems.append('Russian account %s fails the key check for BIK %s' % (acc, bik))
    for bik, corr in (('044525225', '30101810400000000225'), ('044525974', '30101810145250000974')):
        if not ids.ru_corr_valid(bik, corr):
            problems.append('correspondent account %s fails the key check' % corr)
    results = {}
    for m, raw in built:
        path = os.path.join(ROOT, m.folder, m.fname)
        with open(path, 'rb') as fh:
            if fh.read() != raw:
                problems.append('%s: file differs from build' % m.fname)
        dec, facts = analyse(m, raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('Return-Path', 'Received', 'Message-ID', 'Date', 'From', 'To', 'Subject', 'MIME-Version', 'Content-Type'):
            if msg[h] is None:
                problems.append('%s: missing %s' % (m.fname, h))
        if not raw.startswith(b'Return-Path: <') or b'\nReceived: from ' not in raw[:400]:
            problems.append('%s: trace block malformed' % m.fname)
        first_rcv = msg.get_all('Received')[0]
        if 'by mx01.example.com (Postfix)' not in first_rcv:
            problems.append('%s: top Received is not mx01' % m.fname)
        d = msg['Date'].datetime
        if not (d.year == 2026 and d.month in (10, 11, 12)):
            problems.append('%s: date outside Oct-Dec 2026' % m.fname)
        mid = msg['Message-ID']
        if mid in seen:
            problems.append('%s: duplicate Message-ID with %s' % (m.fname, seen[mid]))
        seen[mid] = m.fname
        for line in raw.split(b'\n'):
            if len(line) > 998:
                problems.append('%s: line longer than 998 octets' % m.fname)
                break
        for e in dec.errors:
            problems.append('%s: %s' % (m.fname, e))
        for k in ('what', 'why'):
            if not m.meta.get(k):
                problems.append('%s: meta %s missing' % (m.fname, k))
        results[m.fname] = (dec, facts)
    return problems, results


def main():
    built = build_all()
    if '--verify' not in sys.argv:
        write_outputs(built)
        import manifest
        problems, results = verify(built)
        manifest.write(ROOT, built, results, structure)
    else:
        problems, results = verify(built)
    if problems:
        print('VERIFICATION FAILED (%d problems)' % len(problems))
        for p in problems:
            print('  - ' + p)
        sys.exit(1)
    n_att = sum(1 for m, _ in built if m.folder == 'attack')
    n_bus = sum(1 for m, _ in built if m.folder == 'business')
    nqr = sum(len(r[1]['qrs']) for r in results.values())
    nib = len({i for r in results.values() for i in r[1]['ibans']})
    print('OK: %d attack + %d business messages built and verified (%d QR payloads decoded, %d distinct IBANs checked)' % (
        n_att, n_bus, nqr, nib))


if __name__ == '__main__':
    main()
