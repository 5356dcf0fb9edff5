#!/usr/bin/env python3
"""Entry point: python3 gen/build.py  (writes attack/, business/, staff.txt, MANIFEST.md)."""
import importlib
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import manifest  # noqa: E402
import msg  # noqa: E402
import validate  # noqa: E402

MODULES = ['att_de', 'att_en', 'att_it_pl', 'att_es_el_ru', 'biz_de', 'biz_en', 'biz_it_pl', 'biz_es_el_ru']
SPLIT = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]
EXPECTED_LANG = [lang for lang, n in SPLIT for _ in range(n)]

NOTES = [
    '### Generation',
    '',
    '- Deterministic: every random choice (queue IDs, Message-IDs, boundaries, ZipCrypto headers) is drawn from '
    '`random.Random(<folder-number-slug>)`; no current time is used. Re-running `python3 gen/build.py` '
    'reproduces the files byte for byte.',
    '- Every IBAN has valid ISO 13616 mod-97 check digits; Italian IBANs also carry a valid CIN, Spanish ones valid '
    'DC digits, Polish ones a valid bank sorting-code check digit.'
    ' Russian settlement and correspondent accounts carry a valid control key for their BIK; '
    'INN/OGRN, Polish NIP, Italian partita IVA, Greek AFM, Spanish CIF and German USt-IdNr have valid check digits.',
    '- QR codes are real QR Code PNGs (byte mode, EC level M) produced by `gen/qr.py`; the encoded URLs are listed '
    'in the tables. The Bitcoin address is a bech32 (BIP173) P2WPKH address with a valid checksum.',
    '- Attachments are inert: PDFs contain text only (no JavaScript, forms or embedded files); ZIPs contain a '
    'one-line text placeholder under a dangerous-looking name (the genuine proof ZIP in business 25 holds two text-only PDFs); HTML/SVG attachments contain no script (credential '
    'forms post to fictitious hosts). Encrypted ZIPs use traditional PKWARE encryption (ZipCrypto); the password '
    'is stated in the mail body, as attackers do.',
    '- Attack infrastructure is fictitious but typical: look-alike domains on VPS hosts (Contabo, OVH, Hostinger, '
    'VDSina), free mailers (web.de, outlook.com, gmail.com, t-online.de, mail.ru, otenet.gr), compromised small '
    'businesses (shared hosting with Exim/PHPMailer, Aruba, home.pl), bulk ESPs (Brevo, SendGrid, Mailgun, Amazon '
    'SES, Mailjet, SMTP2GO, Unisender) and abused genuine services (PayPal invoicing, Microsoft device-code login).',
]


def main():
    out = {'attack': os.path.join(ROOT, 'attack'), 'business': os.path.join(ROOT, 'business')}
    for d in out.values():
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    rows, problems = [], []
    for mod in MODULES:
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError as e:
            raise SystemExit(f'missing generator module {e.name}')
        for fn in m.MSGS:
            spec = fn()
            try:
                data, row = msg.build(spec)
            except Exception as e:
                raise RuntimeError(f"{spec['folder']} {spec['num']} {spec['slug']}: {e}") from e
            if EXPECTED_LANG[row['num'] - 1] != row['lang']:
                problems.append(f"{row['folder']}/{row['file']}: language/number order")
            path = os.path.join(out[row['folder']], row['file'])
            with open(path, 'wb') as fh:
                fh.write(data)
            errs, _ = validate.check(data, row)
            problems += [f"{row['folder']}/{row['file']}: {e}" for e in errs]
            rows.append(row)
    for folder in out:
        nums = sorted(r['num'] for r in rows if r['folder'] == folder)
        if nums != list(range(1, 41)):
            problems.append(f'{folder}: numbers {nums}')
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        fh.write(manifest.staff_txt())
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write(manifest.manifest(rows, NOTES))
    for folder in out:
        c = Counter(r['lang'] for r in rows if r['folder'] == folder)
        print(folder, sum(c.values()), dict(c))
    if problems:
        print('\n'.join(problems))
        sys.exit(1)
    print('all messages parsed and decoded OK')


if __name__ == '__main__':
    main()
