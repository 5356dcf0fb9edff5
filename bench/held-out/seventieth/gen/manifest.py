"""Writes staff.txt and MANIFEST.md."""
import os

from common import COMPANY, OFFICES, STAFF, CORRESPONDENTS

LANGNAME = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish',
            'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def _cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def write(root, out):
    with open(os.path.join(root, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for name, nat, a, off, role in STAFF:
            fh.write('%s=%s\n' % (name, a))
    L = []
    L.append('# Blind evaluation set - Example Group mail gateway\n')
    L.append('Generated deterministically by `gen/build.py` (Python 3 standard library only). '
             'Every `.eml` file is a complete message as delivered by the inbound MX `mx01.example.com` '
             '(Postfix): `Return-Path`, the top `Received` header written by mx01 (`from HELO (rDNS [IP])`, '
             '`for <recipient>`), then the sender side hops. No Authentication-Results, DKIM-Signature, ARC '
             'or X-Spam headers are present; all dates are October-December 2026. IP addresses, hostnames and '
             'third-party organisations other than the big public services are fictitious or illustrative.\n')
    L.append('## The company\n')
    L.append('**%s** (%s; domains `example.com` and `examplegroup.eu`, %s mailboxes) is a %s.\n'
             % (COMPANY['name'], COMPANY['legal'], COMPANY['mailboxes'], COMPANY['trade']))
    L.append('Offices:\n')
    for k, v in OFFICES.items():
        L.append('- **%s**: %s' % (k, v))
    L.append('\nMail flow: inbound MX `mx01.example.com` (Postfix). Internal mail: Outlook -> Exchange 2019 '
             '(`EXCH01.corp.example.com`, 10.20.1.11) -> internal relay `mail-int01.example.com` [10.20.0.25] -> mx01. '
             'Role mailboxes seen in the set: `rechnungen@example.com` (AP invoice intake), `info@example.com`.\n')
    L.append('## Staff (staff.txt)\n')
    L.append('| Name | Address | Office | Role |')
    L.append('|---|---|---|---|')
    for name, nat, a, off, role in STAFF:
        n = name if not nat or nat == name or nat.endswith(name) else '%s (%s)' % (name, nat)
        if nat.startswith('Dr.'):
            n = nat
        L.append('| %s | %s | %s | %s |' % (_cell(n), a, off, _cell(role)))
    L.append('\n## Correspondents\n')
    L.append('| Organisation | Country | Contact | Address | Relationship |')
    L.append('|---|---|---|---|---|')
    for org, c, contact, a, kind in CORRESPONDENTS:
        L.append('| %s | %s | %s | %s | %s |' % (_cell(org), c, _cell(contact), a, _cell(kind)))
    L.append('\nPublic services appearing with genuine mail: Microsoft (Entra ID / Microsoft 365), Google, GitHub, '
             'Yandex ID, Docusign, PayPal (abused in one attack), Mailchimp, Brevo, SendGrid, Amazon SES, Mailgun.\n')
    for folder in ('attack', 'business'):
        msgs = out[folder]
        L.append('## %s/\n' % folder)
        L.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |'
                 % ('attack' if folder == 'attack' else 'genuine'))
        L.append('|---|---|---|---|---|---|---|')
        for m in msgs:
            L.append('| %s | %s | %s | %s | %s | %s | %s |' % (
                m['file'], m['lang'], m['charset'], m['cte'], _cell(m['structure']),
                _cell(m['what']), _cell(m['why'])))
        L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives (business message -> attack it mirrors)\n')
    atk = {m['slug']: m['file'] for m in out['attack']}
    L.append('| Business message | Mirrors attack | What differs |')
    L.append('|---|---|---|')
    n = 0
    for m in out['business']:
        if m['pair']:
            slugs, note = m['pair']
            for s in slugs.split(','):
                L.append('| %s | %s | %s |' % (m['file'], atk[s.strip()], _cell(note)))
                n += 1
    L.append('\n%d pairings.\n' % n)
    L.append('### Technique index (attacks)\n')
    for m in out['attack']:
        L.append('- `%s`: %s' % (m['file'], m['check'].get('technique', '')))
    L.append('\n### Conventions\n')
    L.append('- All IBANs carry valid ISO 13616 mod-97 check digits; Italian IBANs a valid CIN, Spanish a valid DC '
             'pair, Polish a valid bank sort-code check digit, Belgian the national mod-97 pair. Russian settlement '
             'and correspondent accounts carry a valid control key against their BIK; INN/OGRN, German USt-IdNr, '
             'Italian P.IVA, Polish NIP, Spanish CIF and Greek AFM values have valid check digits.')
    L.append('- Bitcoin addresses are bech32 (BIP-173) with valid checksums. QR codes are real PNG QR codes produced '
             'by `gen/qr.py` (byte mode, ECC M/Q) and decode to the URL given in the attack description.')
    L.append('- Attachments are inert: PDFs contain text only; ZIP members are one-line placeholders under '
             'dangerous-looking names (some ZipCrypto-encrypted, password given in the mail body); HTML and SVG '
             'attachments contain no script. ')
    L.append('- Phone numbers, URLs, account numbers and companies other than the large public services are fictitious.')
    with open(os.path.join(root, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')
