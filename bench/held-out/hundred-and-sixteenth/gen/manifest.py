# -*- coding: utf-8 -*-
"""MANIFEST.md writer."""
import company as C
import ids
import mime

LANG_NAMES = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def tree(node):
    if isinstance(node, mime.Multi):
        return 'multipart/%s(%s)' % (node.subtype, ', '.join(tree(p) for p in node.parts))
    if isinstance(node, mime.Rfc822):
        return 'message/rfc822 `%s`' % (node.filename or 'forwarded')
    if node.filename:
        return '%s `%s`' % (node.ctype, node.filename)
    return node.ctype


def body_enc(node):
    cs, ctes = [], []
    for lf in node.leaves():
        if isinstance(lf, mime.Rfc822):
            continue
        if lf.ctype.startswith('text/') and not lf.filename:
            c = (lf.charset or 'us-ascii').lower()
            if c not in cs:
                cs.append(c)
            if lf.cte not in ctes:
                ctes.append(lf.cte)
    return ', '.join(cs) or '-', ', '.join(ctes) or '-'


TOPICS = {
    '01': 'Urgent payment request from the CEO to the CFO',
    '02': 'Supplier announces new bank details',
    '03': 'Payment request with QR payment code (GiroCode/EPC)',
    '04': 'Customer supplier-portal notification with tracked links',
    '05': 'House-bank notice about business online banking',
    '07': 'IT service desk / remote support',
    '08': 'Job application to HR with attachment',
    '09': 'DocuSign envelope from the UK customer\'s name',
    '10': 'Remittance advice',
    '11': 'HMRC e-mail about VAT',
    '12': 'Purchase order for dry dog food, UK',
    '13': 'Teams meeting with the customer\'s buyer',
    '14': 'Microsoft 365 application consent',
    '15': 'Password-protected archive',
    '16': 'Mail from a private Gmail address using a colleague\'s/contact\'s name',
    '17': 'Ferretti accounts mailbox: invoices and bank details',
    '18': 'Reply in an existing Ferretti thread',
    '19': 'Purchase order / order confirmation (Italy)',
    '20': 'Urgent confidential request to the Parma office',
    '21': 'SharePoint file-share notification',
    '22': 'Partner Logistik invoice and bank account',
    '23': 'Reply in the Partner Logistik delivery-notice thread',
    '24': 'Parcel notification (DPD/InPost) – suspicious mail reported',
    '25': 'DPD Polska parcel notification',
    '26': 'KSeF e-invoicing access (tokens/certificates)',
    '27': 'Envases invoice / bank account',
    '28': 'Spanish tax authority (AEAT) notification',
    '29': 'Lleida office manager writing from a private Gmail (payroll account)',
    '31': 'Gift purchases for customers at Christmas',
    '32': 'Payment receipt from the Greek distributor',
    '33': 'AADE / myDATA VAT matters',
    '34': 'Google Forms invitation',
    '36': 'Google account security / sign-in',
    '37': 'Kontur.Diadoc document notification',
    '39': 'Tax-authority (ФНС) requirement',
    '40': 'ZooTrade bank details',
}


def write(path, mails, results):
    L = []
    w = L.append
    w('# Blind evaluation set 117 – Example Group (pet food manufacturer)\n')
    w('80 RFC 5322 messages as received by `mx01.example.com`: 40 attacks (`attack/`) and 40 genuine messages (`business/`), '
      'in German, English, Italian, Polish, Spanish, Greek and Russian. Dates October–December 2026. Rebuild and verify with '
      '`python3 gen/build.py` (Python 3 standard library only; output is byte-identical on every run).\n')
    w('## The company\n')
    w('Example Group is a European %s with about 700 mailboxes. Mail domains `example.com` and `examplegroup.eu`. '
      'Inbound MX `mx01.example.com` (Postfix with policyd-spf, OpenDKIM and OpenDMARC writing `Received-SPF` and '
      '`Authentication-Results`); internal mail from the Exchange 2019 servers `EXCH01/EXCH02.corp.example.com` '
      '(10.20.0.31/.32) is relayed by `mail-int01.example.com [10.20.0.25]`. DMARC for example.com: p=quarantine.\n' % C.TRADE)
    w('| Code | Office | Legal entity | Address | Tax / register identifiers | Phone |')
    w('|---|---|---|---|---|---|')
    for code, role, ent, adr, tx, ph in C.OFFICES:
        w('| %s | %s | %s | %s | %s | %s |' % (code, cell(role), cell(ent), cell(adr), cell('; '.join('%s %s' % t for t in tx)), ph))
    w('\nAll tax identifiers carry valid check digits: German USt-IdNr. (ISO 7064 MOD 11,10), Italian Partita IVA (Luhn '
      'variant; office code 034 = Parma), Polish NIP (weights 6-5-7-2-3-4-5-6-7) and REGON, Spanish CIF (B + province 25 = Lleida), '
      'Greek ΑΦΜ (powers of two mod 11), UK VAT (mod 97), Russian ИНН (10-digit weights) and ОГРН (mod 11). '
      'House bank (DE): Weser-Ems Bank eG, IBAN %s, BIC %s.\n' % (ids.fmt_iban(C.EG_IBAN_DE), C.EG_BIC_DE))
    w('## Staff (`staff.txt`)\n')
    w('| Name | Address | Office | Role |')
    w('|---|---|---|---|')
    for n, a, off, role, ph in C.STAFF:
        loc = C.LOCAL_NAMES.get(a)
        w('| %s | %s | %s | %s |' % (n + (' (%s)' % loc if loc else ''), a, off, cell(role)))
    w('')
    w('## Correspondents\n')
    w('| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |')
    w('|---|---|---|---|---|')
    for c in C.CORRESPONDENTS:
        w('| %s | %s | %s | %s | %s |' % (cell(c['org']), c['country'], cell('; '.join(c['people'])), cell(c['rel']), cell(c['mail'])))
    w('\nService platforms appearing in genuine mail: DocuSign (EU), Microsoft 365 / Entra ID notifications, Google Forms, '
      'SharePoint Online sharing, DPD Polska notifications, AEAT/DEHú notices (Spain). %s\n' % C.ATTACKER_NOTE)
    for folder, title, whyhead in (('attack', '## attack/', 'Why attack'), ('business', '## business/', 'Why genuine')):
        w(title + '\n')
        w('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |' % whyhead)
        w('|---|---|---|---|---|---|---|')
        for mm in mails:
            if mm.folder != folder:
                continue
            cs, cte = body_enc(mm.root)
            st = tree(mm.root)
            inner = [s.strip() for s in results[mm.file]['structure'] if s.startswith('  ') and '/' in s and '(' in s and 'bytes' in s and s.strip().split()[0].count('/') >= 1 and not s.strip().startswith(('text/', 'application/', 'image/', 'multipart/', 'message/'))]
            if inner:
                st += '; archive contents: ' + '; '.join('`%s`' % i for i in inner)
            w('| `%s` | %s | %s | %s | %s | %s | %s |' % (mm.file, mm.lang, cs, cte, cell(st), cell(mm.meta['what']), cell(mm.meta['why'])))
        w('')
    w('## Notes\n')
    w('### Hard negatives (genuine message of the same topic as an attack)\n')
    w('| Genuine (business/) | Attack counterpart (attack/) | Shared topic |')
    w('|---|---|---|')
    for mm in mails:
        if mm.folder == 'business' and mm.meta.get('hardneg'):
            w('| `%s` | `%s` | %s |' % (mm.file, mm.meta['hardneg'], cell(TOPICS.get(mm.file[:2], mm.meta['what'].split(':')[0]))))
    w('')
    w('### Account numbers, identifiers, QR codes\n')
    w('- Every IBAN in the set (bodies, PDFs, XML, QR payloads) passes the ISO 13616 mod-97 check; Italian IBANs also carry a '
      'valid CIN, Spanish IBANs valid CCC control digits; Polish bank routing numbers have a valid 8th digit. Attack IBANs are '
      'just as valid as genuine ones – criminals use real accounts. Russian settlement accounts (р/с) carry the control key '
      'computed with the BIK; bitcoin addresses are valid bech32 (BIP-173) P2WPKH strings.')
    w('- QR codes are real QR Code Model 2 symbols (byte mode, EC level M) produced by `gen/qr.py`. They are embedded either as '
      'PNG (`image/png`, inline or attached) or as greyscale image XObjects inside PDFs. The build decodes every one of them '
      'again with its own decoder (format-information, unmasking, de-interleaving, Reed–Solomon check) and compares with '
      'the intended payload; `zbarimg` was used once by hand as an independent cross-check.')
    w('- EPC/GiroCode payloads follow EPC069-12 version 002 (BCD / 002 / 1 / SCT / BIC / name / IBAN / EURamount / purpose / '
      'reference / text). Spanish invoice QR codes follow the AEAT VERI*FACTU validation URL format.')
    w('- PDFs are built by `gen/pdf.py` with embedded DejaVu Sans subsets (Identity-H + ToUnicode, so text is extractable in '
      'every script) and contain no JavaScript, launch actions or forms; phishing PDFs carry only URI links or QR codes.')
    w('- Dangerous content is represented inertly: `.lnk` files inside archives/ISO images are short text files starting '
      'with `[inert placeholder …]` that describe what the real shortcut would have launched (URLs defanged as `hxxps`/`[.]`); '
      'HTML and SVG lures contain no script – the credential form or link is present, the JavaScript of real kits is not. '
      'Password-protected ZIPs use traditional PKWARE encryption with the password stated in the message (recorded in the '
      'build for verification).')
    w('- DKIM signatures carry the real relaxed body hash (`bh=`) of the message as stored; the `b=` values are invented. '
      '`Authentication-Results` show what mx01 would have concluded for the modelled DNS.\n')
    w('### Facts per message\n')
    for mm in mails:
        res = results[mm.file]
        w('#### `%s/%s`\n' % (mm.folder, mm.file))
        any_ = False
        if res['ibans']:
            w('- IBAN: ' + ', '.join('`%s`' % ids.fmt_iban(i) for i in res['ibans']))
            any_ = True
        for o in mm.meta.get('other', []):
            pass
        if mm.meta.get('other'):
            w('- Other account / identifiers: ' + ', '.join('`%s`' % o for o in mm.meta['other']))
            any_ = True
        if res['urls']:
            w('- URLs: ' + ', '.join('`%s`' % u for u in res['urls']))
            any_ = True
        if mm.meta['phones']:
            w('- Phone numbers: ' + ', '.join('`%s`' % p for p in mm.meta['phones']))
            any_ = True
        if mm.meta['wallets']:
            w('- Wallets: ' + ', '.join('`%s`' % p for p in mm.meta['wallets']))
            any_ = True
        if res['qr']:
            w('- QR payloads: ' + ', '.join('`%s`' % q.replace('\n', '⏎') for q in res['qr']))
            any_ = True
        if mm.meta.get('zip_passwords'):
            w('- Archive password given in the message: ' + ', '.join('`%s`' % p for p in mm.meta['zip_passwords']))
        w('- Connecting client at mx01: HELO `%s`, rDNS `%s`, IP `%s`' % res['helo'])
        if not any_:
            w('- (no IBAN, URL, phone number, wallet or QR code)')
        w('')
    open(path, 'w', encoding='utf-8', newline='\n').write('\n'.join(L))
