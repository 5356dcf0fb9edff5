#!/usr/bin/env python3
"""Entry point: python3 gen/build.py
Writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md next to gen/,
then re-parses every message with the email package and checks it."""
import email
import email.policy
import io
import os
import re
import shutil
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

sys.dont_write_bytecode = True
import checks  # noqa: E402
import common  # noqa: E402
import manifest  # noqa: E402
import qr  # noqa: E402

ORDER = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']
SPLIT = {'de': 8, 'en': 8, 'it': 5, 'pl': 5, 'es': 5, 'el': 5, 'ru': 4}
MODULES = ['attacks_de_en', 'attacks_it_pl_es', 'attacks_el_ru',
           'business_de_en', 'business_it_pl_es', 'business_el_ru']


def collect():
    specs = []
    for m in MODULES:
        try:
            mod = __import__(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                print('  (module %s not present yet)' % m)
                continue
            raise
        specs.extend(mod.messages())
    return specs


def check_order(specs):
    for folder in ('attack', 'business'):
        items = [s for s in specs if s['folder'] == folder]
        langs = [s['lang'] for s in items]
        expect = [l for l in ORDER for _ in range(SPLIT[l])]
        if len(items) == 40:
            assert langs == expect, (folder, langs)
        for i, s in enumerate(items, 1):
            assert s['name'].startswith('%02d-%s-' % (i, s['lang'])), (folder, i, s['name'])


IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')


def verify(path, spec):
    raw = open(path, 'rb').read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    if msg.defects:
        problems.append('message defects: %r' % msg.defects)
    rcv = msg.get_all('Received')
    if not rcv or 'by mx01.example.com (Postfix)' not in rcv[0] or 'for <%s>' % spec['rcpt'] not in rcv[0]:
        problems.append('top Received is not mx01 for the recipient')
    if not msg['Return-Path'] or not msg['Message-ID'] or not msg['Date'] or not msg['From']:
        problems.append('missing Return-Path/Message-ID/Date/From')
    for k in msg.keys():
        if k.lower().startswith(('authentication-results', 'dkim-signature', 'arc-', 'x-spam')):
            problems.append('forbidden header ' + k)
    str(msg['Subject'])
    str(msg['From'])
    texts = []
    nparts = 0
    for part in msg.walk():
        nparts += 1
        if part.defects:
            problems.append('part defects %s: %r' % (part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct.startswith('text/'):
            cs = part.get_content_charset() or 'us-ascii'
            try:
                t = payload.decode(cs)  # strict
            except (UnicodeDecodeError, LookupError) as e:
                problems.append('text part does not decode (%s): %s' % (cs, e))
                continue
            texts.append(t)
            if part.get_content() != t:
                problems.append('get_content differs for %s' % ct)
        if fn and fn.lower().endswith('.zip'):
            zf = zipfile.ZipFile(io.BytesIO(payload))
            for info in zf.infolist():
                if info.flag_bits & 1:
                    # the password must be given somewhere in the message text
                    data = None
                    for cand in dict.fromkeys(re.findall(r'[A-Za-z0-9]{4,}', '\n'.join(texts))):
                        try:
                            data = zf.read(info, pwd=cand.encode())
                            break
                        except (RuntimeError, zipfile.BadZipFile, zlib.error):
                            continue
                    assert data is not None, 'password of encrypted zip not found in text: ' + path
                else:
                    data = zf.read(info)
                assert data, 'empty zip member'
        if fn and fn.lower().endswith('.pdf'):
            assert payload.startswith(b'%PDF-1.4') and payload.rstrip().endswith(b'%%EOF'), 'bad PDF ' + fn
            pdftxt = payload.decode('latin-1')
            texts.append(pdftxt)
            assert '/JavaScript' not in pdftxt and '/Launch' not in pdftxt and '/OpenAction' not in pdftxt
        if ct == 'image/png':
            assert payload.startswith(b'\x89PNG')
            if 'qr' in (fn or '').lower():
                qr.read_png(payload)
        if ct in ('text/html', 'image/svg+xml') or (fn or '').lower().endswith(('.html', '.htm', '.svg', '.shtml')):
            low = payload.lower()
            if b'<script' in low or b'javascript:' in low or b' onload=' in low or b' onclick=' in low:
                problems.append('active content in ' + (fn or ct))
    # every IBAN-looking string must validate
    blob = '\n'.join(texts)
    for m in IBAN_RE.finditer(blob):
        cand = m.group(1).replace(' ', '')
        if cand[:2] in ('DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'BE', 'LT', 'FR', 'NL', 'AT', 'CY', 'PT', 'RO') and 15 <= len(cand) <= 34:
            if not checks.iban_ok(cand):
                problems.append('invalid IBAN %s' % cand)
    # Russian bank accounts: settlement (Р/с) and correspondent (К/с) accounts against the BIK
    for bik in re.findall(r'БИК\s+(\d{9})', blob):
        for rs in re.findall(r'Р/с\s+(\d{20})', blob):
            if not checks.ru_account_ok(bik, rs) and not any(checks.ru_account_ok(b, rs) for b in re.findall(r'БИК\s+(\d{9})', blob)):
                problems.append('bad r/s key %s' % rs)
        for ks in re.findall(r'К/с\s+(\d{20})', blob):
            if not any(checks.ru_account_ok(b, ks, corr=True) for b in re.findall(r'БИК\s+(\d{9})', blob)):
                problems.append('bad k/s key %s' % ks)
    for m in re.finditer(r'\bbc1[0-9a-z]{20,80}\b', blob):
        if not checks.bech32_ok(m.group(0)):
            problems.append('bad bech32 ' + m.group(0))
    return problems, nparts


def main():
    checks.selftest()
    specs = collect()
    check_order(specs)
    for d in ('attack', 'business'):
        p = os.path.join(ROOT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    all_problems = 0
    for s in specs:
        try:
            data = common.build(s)
        except Exception:
            print('!! while building %s/%s' % (s['folder'], s['name']))
            raise
        path = os.path.join(ROOT, s['folder'], s['name'] + '.eml')
        with open(path, 'wb') as f:
            f.write(data)
        problems, n = verify(path, s)
        if problems:
            all_problems += len(problems)
            print('!! %s/%s' % (s['folder'], s['name']))
            for pr in problems:
                print('     ' + pr)
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        f.write(manifest.staff_txt())
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write(manifest.manifest(specs))
    per = {}
    for s in specs:
        per.setdefault(s['folder'], {}).setdefault(s['lang'], 0)
        per[s['folder']][s['lang']] += 1
    for folder in ('attack', 'business'):
        print('%-8s %3d  %s' % (folder, sum(per.get(folder, {}).values()),
                                ' '.join('%s:%d' % (k, v) for k, v in per.get(folder, {}).items())))
    if all_problems:
        print('%d problem(s)' % all_problems)
        sys.exit(1)
    print('all messages parse, all text parts decode, checks passed')


if __name__ == '__main__':
    main()
