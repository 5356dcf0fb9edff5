"""Render MANIFEST.md from the build metadata."""
import ident as I
from people import (C, CORR, FERR, LIEF, OFFICE_LABEL, OFFICES, PLOG, SERVICES, STAFF)

LANG = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish',
        'el': 'Greek', 'ru': 'Russian'}
CTE = {'quoted-printable': 'QP', 'base64': 'base64', '8bit': '8bit', '7bit': '7bit'}


def esc(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def enc_cols(meta):
    seen = []
    for kind, (cs, cte) in meta['encodings']:
        if (kind, cs, cte) not in seen:
            seen.append((kind, cs, cte))
    css = []
    for _, cs, _ in seen:
        if cs not in css:
            css.append(cs)
    if len(seen) == 1:
        return seen[0][1], CTE[seen[0][2]]
    ctes = '; '.join('%s %s' % (k, CTE[c]) for k, _, c in seen)
    return ', '.join(css), ctes


def render(results):
    o = []
    w = o.append
    w('# Example Group – mail-gateway evaluation set (audit70)\n')
    w('Blind evaluation corpus for a spam/phishing-filtering mail gateway: 40 attack and 40 genuine '
      'business messages as received by the inbound MX `mx01.example.com` (Postfix). Every message '
      'carries mx01\'s `Received` header on top (`from HELO (rDNS [IP]) ... for <recipient>`), the '
      'sender\'s own hops below it and a `Return-Path`. No Authentication-Results, DKIM, ARC or X-Spam '
      'headers are present. All dates fall in October–December 2026. Generated deterministically by '
      '`python3 gen/build.py` (Python 3 standard library only).\n')
    w('## The company\n')
    w('**Example Group** is a bicycle and e-bike manufacturer (frames, components, battery suppliers, '
      'dealers, leasing companies) with about 700 mailboxes on `example.com` and `examplegroup.eu`. '
      'Inbound mail: `mx01.example.com` (Postfix). Internal mail: Exchange (EX01.corp.example.com, '
      '10.20.1.11) relayed through `mail-int01.example.com [10.20.0.25]`.\n')
    w('| Office | Entity | Address | Identifiers | Bank |')
    w('|---|---|---|---|---|')
    for k, off in OFFICES.items():
        ids = ', '.join('%s %s' % (x.upper(), off[x]) for x in ('vat', 'nip', 'cif', 'afm', 'inn', 'kpp', 'ogrn')
                        if x in off)
        bank = off.get('bank', '')
        if 'iban' in off:
            bank += ', IBAN ' + I.fmt_iban(off['iban'])
        if 'acct' in off and k == 'RU':
            bank += ', р/с %s, БИК %s, к/с %s' % (off['acct'], off['bik'], off['corr'])
        w('| %s | %s | %s | %s | %s |' % (OFFICE_LABEL[k], esc(off['entity']), esc(off['street']),
                                         esc(ids), esc(bank)))
    w('')
    w('## Staff\n')
    w('`staff.txt` lists the same people as `Display Name=address`.\n')
    w('| Name | Address | Office | Role |')
    w('|---|---|---|---|')
    for k, n, a, off, r in STAFF:
        w('| %s | %s | %s | %s |' % (n, a, OFFICE_LABEL[off], r))
    w('')
    w('## Correspondents\n')
    w('| Organisation | Country / city | Role | Addresses | Notes |')
    w('|---|---|---|---|---|')
    w('| %s | DE / %s | %s | %s | %s |' % (LIEF['name'], LIEF['city'], LIEF['what'], esc(', '.join(
        '%s <%s>' % p for p in (LIEF['maier'], LIEF['lang'], LIEF['buha']))),
        esc('Mail: %s. Bank: %s %s, from 01/2027 %s %s' % (
            LIEF['mail'], LIEF['bank_old'], I.fmt_iban(LIEF['iban_old']), LIEF['bank_new'],
            I.fmt_iban(LIEF['iban_new'])))))
    w('| %s | IT / %s | %s | %s | %s |' % (FERR['name'], FERR['city'], FERR['what'], esc(', '.join(
        '%s <%s>' % p for p in (FERR['colombo'], FERR['amm']))), esc('Mail: %s. P.IVA %s. Bank: %s %s' % (
            FERR['mail'], FERR['vat'], FERR['bank'], I.fmt_iban(FERR['iban'])))))
    w('| %s | PL / %s | %s | %s | %s |' % (PLOG['name'], PLOG['city'], PLOG['what'], esc(', '.join(
        '%s <%s>' % p for p in (PLOG['ziel'], PLOG['ksieg']))), esc('Mail: %s. NIP %s. Bank: %s %s' % (
            PLOG['mail'], I.fmt_nip(PLOG['nip']), PLOG['bank'], I.fmt_iban(PLOG['iban'])))))
    for c in CORR:
        notes = []
        if c.get('iban'):
            notes.append('IBAN ' + I.fmt_iban(c['iban']))
        if c.get('acct') and c['country'] == 'RU':
            notes.append('ИНН %s, р/с %s, БИК %s' % (c['inn'], c['acct'], c['bik']))
        elif c.get('acct'):
            notes.append('%s, SWIFT %s, acct %s' % (c['bank'], c['swift'], c['acct']))
        elif c.get('inn'):
            notes.append('ИНН %s' % c['inn'])
        w('| %s | %s / %s | %s | %s | %s |' % (esc(c['name']), c['country'], c['city'], esc(c['what']),
                                              esc(', '.join('%s <%s>' % p for p in c['contacts'])),
                                              esc('; '.join(notes))))
    w('')
    w('Services and newsletters seen in the set:\n')
    w('| Sender | Address | Infrastructure |')
    w('|---|---|---|')
    for n, a, i in SERVICES:
        w('| %s | %s | %s |' % (n, a, i))
    w('')
    for folder, title in (('attack', 'Attack messages (`attack/`)'),
                          ('business', 'Genuine business messages (`business/`)')):
        w('## %s\n' % title)
        w('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |'
          % ('Why attack' if folder == 'attack' else 'Why genuine'))
        w('|---|---|---|---|---|---|---|')
        for m in results.get(folder, []):
            cs, cte = enc_cols(m)
            w('| %s | %s | %s | %s | %s | %s | %s |' % (
                m['file'], m['lang'], cs, cte, esc(m['structure']), esc(m['what']),
                esc(('**%s.** ' % m['tech'] if m['tech'] else '') +
                    ('Infrastructure: %s. ' % m['infra'] if m['infra'] else '') + m['why'])))
        w('')
    w('## Notes\n')
    w('### Hard negatives\n')
    w('Genuine messages that share topic, sender or infrastructure with specific attacks:\n')
    w('| Business message | Attack(s) | What they share | What differs |')
    w('|---|---|---|---|')
    att = {m['file'][:2]: m['file'] for m in results.get('attack', [])}
    for m in results.get('business', []):
        for num, shared, differs in m['neg_of']:
            w('| %s | %s | %s | %s |' % (m['file'], att.get('%02d' % num, num), esc(shared), esc(differs)))
    w('')
    w('### Techniques covered by the attack set\n')
    for m in results.get('attack', []):
        w('- %s: %s' % (m['file'], m['tech']))
    w('')
    w('### Conventions and checks\n')
    w('- Every IBAN has valid ISO 13616 mod-97 check digits; national check digits are also valid for '
      'IT (CIN), ES (CCC control digits), PL (sort-code check digit), PT (NIB), BE; German account numbers '
      'use check-digit method 00. Russian settlement and correspondent accounts carry valid control keys '
      'for their BIK; INN/OGRN, Polish NIP, Italian P.IVA, Spanish CIF, Greek ΑΦΜ, German USt-IdNr and the '
      'Greek RF payment reference (ISO 11649) have valid check digits.')
    w('- QR codes are real PNG QR codes produced by `gen/qr.py` (byte mode, EC level M) and verified by '
      '`gen/qrcheck.py` (and by zbarimg when present). The Bitcoin address in the extortion mail is a '
      'valid bech32 (BIP 173) P2WPKH address.')
    w('- Attachments are inert: PDFs contain text only; ZIP members are one-line placeholders under '
      'dangerous-looking names (two archives are ZipCrypto-encrypted, password given in the mail); HTML '
      'and SVG attachments contain no script (links and form targets only; the ClickFix command is '
      'displayed as text).')
    w('- All domains other than the company\'s, the three shared correspondents\' and well-known '
      'services are fictitious; look-alike domains are listed in the attack table.')
    w('- Build check: `python3 gen/build.py` parses every message with Python\'s `email` package '
      '(policy.default), requires no defects, decodes every text part strictly in its declared charset, '
      'opens every ZIP/PDF/PNG attachment and validates all identifiers.')
    w('')
    return '\n'.join(o)
