"""Writes MANIFEST.md from org data and the message registry."""
import os

import checks as ck
import coin
import org

LANG_ORDER = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']

# (business no, attack nos, note)
HARD_NEGATIVES = [
    (1, [1], 'CEO\'s genuine urgent same-day payment request via the internal relay vs. CEO fraud from a look-alike domain.'),
    (2, [2], 'Supplier bank change announced properly (own domain, month ahead, letter by post, call-back via known '
             'number) vs. look-alike domain bank change inside a copied thread.'),
    (3, [3], 'Employee writing to HR from his known private GMX address (sick leave) vs. payroll diversion from an '
             'unknown outlook.de address.'),
    (4, [8], 'Same Lieferant order thread, same sender and tenant: plain SAP PDF vs. encrypted ZIP with a .pdf.js.'),
    (5, [2], 'Genuine dunning letter with supply-stop threat from the real Lieferant domain (pressure is not a signal '
             'by itself).'),
    (7, [6, 26], 'Genuine IT MFA announcement vs. QR-code MFA phishing and the Teams help-desk pretext.'),
    (9, [9], 'Genuine DocuSign envelope (eumail.docusign.net, eu.docusign.net link) vs. DocuSign look-alike via SendGrid.'),
    (10, [6, 11, 30], 'Genuine Microsoft account alert vs. Microsoft-branded lures.'),
    (13, [12, 15], 'Genuine Channel Haulage invoice from its tenant vs. SVG remittance from a look-alike and the '
                   'SharePoint/OneNote share from the compromised account.'),
    (14, [9, 21, 29], 'Genuine newsletter over SendGrid - same ESP as three attacks.'),
    (15, [3, 13], 'Employee on private Gmail (broken laptop) vs. free-mail senders with bad intent.'),
    (16, [10], 'Genuine Companies House reminder via GOV.UK Notify vs. fake penalty notice.'),
    (17, [17, 18], 'Genuine Ferretti invoice (SdI courtesy copy, IBAN on file) vs. Ferretti look-alike IBAN change and '
                   'the fake SdI rejection.'),
    (18, [17], 'Genuine Ferretti reminder threatening service suspension vs. the look-alike.'),
    (20, [20], 'Genuine welfare voucher notice vs. CEO gift-card scam.'),
    (22, [22], 'Same Partner Logistik thread: genuine reminder from the partner\'s office vs. hijacked reply from a '
               'Nigerian IP with a Reply-To look-alike and a new account.'),
    (23, [23], 'Genuine invoice quoting its KSeF number vs. fake KSeF token-expiry notice.'),
    (26, [26], 'Office notice warning about fake Teams IT calls vs. the Teams/Quick Assist pretext itself.'),
    (28, [28], 'The company\'s real Spanish counsel (settlement, CEO in copy, no payment to unknown account) vs. fake M&A '
               'lawyer demanding an escrow deposit.'),
    (29, [29], 'Genuine PCS maintenance notice vs. PCS look-alike "account blocked".'),
    (31, [31], 'Genuine internal password-expiry reminder without link vs. look-alike "keep your password" link, same '
               'recipient and day.'),
    (32, [33, 32], 'Genuine Aegean invoice with myDATA MARK and known IBAN vs. Gmail impostor with a new IBAN and the '
                   'fake myDATA discrepancy notice.'),
    (35, [4, 32], 'Genuine newsletter over Brevo - same ESP as two attacks.'),
    (36, [36], 'Genuine port-agent ERP invoice PDF vs. invoice lure delivering a ScreenConnect installer.'),
    (37, [38], 'Genuine stevedore invoice with the known Sberbank account vs. look-alike domain with a new account.'),
    (38, [39], 'Genuine Yandex ID sign-in notice vs. fake Yandex ID alert.'),
    (39, [40], 'Genuine Kontur.Diadok notification vs. Diadok look-alike via Amazon SES.'),
    (40, [37], 'Colleague on private yandex.ru (sick leave) vs. fake tax office on yandex.ru.'),
]

TECHNIQUES = [
    ('CEO fraud / BEC first contact (look-alike domains, secrecy, lawyer hand-off, WhatsApp move)', [1, 28, 35]),
    ('Supplier / carrier bank-detail change from look-alike domains or free mail', [2, 17, 33, 38]),
    ('Payroll diversion', [3]),
    ('Thread hijack from genuinely compromised partner mailboxes', [8, 22]),
    ('Abuse of genuine services from a compromised account (SharePoint/OneNote share)', [12]),
    ('National tax offices and e-invoicing systems (ELSTER, SdI, KSeF, AEAT/DEHú, AADE myDATA, FNS, Diadok)',
     [4, 18, 23, 27, 32, 37, 40]),
    ('Customs, regulators, registers (Zoll/ATLAS, Capitaneria/pagoPA, Companies House)', [5, 10, 19]),
    ('Fake register / directory invoice', [7]),
    ('Banks (iPKO biznes, Greek bank KYC)', [24, 34]),
    ('Microsoft 365 / DocuSign / Teams brand lures', [6, 9, 30, 31]),
    ('Trade-specific portals (port community system, OTA partner hub)', [14, 29]),
    ('Quishing (QR in inline PNG and inside PDF)', [6, 21]),
    ('Callback phishing (TOAD)', [13]),
    ('HTML attachments (local fake login pages)', [5, 30]),
    ('SVG attachment with embedded link', [15]),
    ('Password-protected archives (ZipCrypto, password in body)', [8, 37]),
    ('ZIP with double-extension shortcut (.pdf.lnk)', [25]),
    ('ClickFix (paste-and-run instructions)', [14]),
    ('Device-code phishing', [11]),
    ('Teams / remote-access vishing pretext (Quick Assist)', [26]),
    ('RMM abuse (ScreenConnect "document viewer")', [36]),
    ('Extortion with Bitcoin (spoofed own address)', [16]),
    ('Gift-card scam', [20]),
    ('Account-alert credential phishing (Yandex ID)', [39]),
]


def esc(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def table(head, rows):
    out = ['| ' + ' | '.join(head) + ' |', '|' + '|'.join('---' for _ in head) + '|']
    for r in rows:
        out.append('| ' + ' | '.join(esc(c) for c in r) + ' |')
    return '\n'.join(out)


def write(root, reg):
    L = []
    c = org.COMPANY
    L.append('# Evaluation set: Example Group mail gateway (spam / phishing / BEC)\n')
    L.append('Generated deterministically by `python3 gen/build.py` (Python 3 standard library only). '
             '40 attack and 40 genuine messages, identical language split: German 8, English 8, Italian 5, '
             'Polish 5, Spanish 5, Greek 5, Russian 4. All dates October-December 2026.\n')
    L.append('## The company\n')
    L.append('- **%s** (%s), domains `%s` and `%s`, %s mailboxes.' % (c['name'], c['legal'], c['domains'][0],
                                                                     c['domains'][1], c['mailboxes']))
    L.append('- Trade: %s Vessels named in the set: MS Ostseewind, MS Nordlicht, MS Baltic Star (Baltic), '
             'M/N Genova Link, MV Levante Express (Western Med), MV Aegean Bridge (Aegean).' % c['trade'])
    L.append('- HQ: %s; USt-IdNr. %s.' % (c['hq'], c['vat']))
    L.append('- Inbound MX: `%s` - every message\'s top `Received` header is mx01\'s, naming the connecting client as '
             '`from HELO (rDNS [IP])` and `for <recipient>`; the sender\'s own hops follow below. A `Return-Path` is '
             'present; no Authentication-Results, DKIM-Signature, ARC or X-Spam headers.' % c['mx'])
    L.append('- Internal mail: Outlook -> Exchange (`EXKI-MBX01/02.corp.example.com`, mapi hop) -> `%s` -> mx01.' %
             c['relay'].split(',')[0])
    L.append('')
    L.append(table(['Office', 'Country', 'Entity / address'], org.OFFICES))
    L.append('\n## Staff (`staff.txt`)\n')
    L.append(table(['Name', 'Address', 'Office', 'Role'], [(d, a, o, r) for d, a, o, r in org.STAFF.values()]))
    L.append('\nFunctional addresses used in the set: `alle-kiel@`, `genova-tutti@`, `gdynia-biuro@`, '
             '`piraeus-office@` (distribution lists), `noreply-it@` (AD password script), `phishing@` (reporting).\n')
    L.append('## Correspondents\n')
    L.append(table(['Organisation', 'Country', 'Role', 'Contacts', 'Mail infrastructure'], org.CORRESPONDENTS))
    for folder, title in (('attack', 'Attack messages (`attack/`)'), ('business', 'Genuine business messages (`business/`)')):
        L.append('\n## %s\n' % title)
        rows = []
        for m in sorted((m for m in reg if m.folder == folder), key=lambda m: m.n):
            r = m.manifest_row()
            rows.append((r['file'], r['lang'], r['charset'], r['cte'], r['structure'], r['what'], r['why']))
        L.append(table(['File', 'Lang', 'Charset (body)', 'CTE (body)', 'Structure / attachments', 'What it is',
                        'Why attack' if folder == 'attack' else 'Why genuine'], rows))
    L.append('\n## Notes\n')
    L.append('### Hard negatives (business message -> attack(s) it mirrors)\n')
    byn = {(m.folder, m.n): m.name for m in reg}
    rows = []
    for b, atts, note in HARD_NEGATIVES:
        rows.append(('business/' + byn.get(('business', b), '?'),
                     ', '.join('attack/' + byn.get(('attack', a), '?') for a in atts), note))
    L.append(table(['Genuine', 'Mirrors', 'Why it is hard'], rows))
    L.append('\n### Attack techniques covered\n')
    L.append(table(['Technique', 'Attack files'],
                   [(t, ', '.join('%02d' % n for n in ns)) for t, ns in TECHNIQUES]))
    L.append('\n### Infrastructure variety (attacks)\n')
    L.append('- Look-alike domains on VPS hosts (OVH, Contabo, Hetzner, DigitalOcean, FirstByte, Timeweb): 01, 14, 17, '
             '31, 34, 38, 39.')
    L.append('- Look-alike / attacker-owned Microsoft 365 tenants: 02, 11, 26, 35. Consumer outlook.de: 03. '
             'Google Workspace / Gmail: 13, 20, 28, 33. yandex.ru: 37.')
    L.append('- Bulk ESPs: Brevo 04, 32; Mailgun 06, 15, 23; SendGrid 09, 21, 29; Amazon SES 07, 19, 40.')
    L.append('- Compromised small businesses / hosting: All-Inkl 05, cPanel web hosting 10, 24, 27, Aruba mailbox 18, '
             'Polish hosting 25, Greek office server 36, compromised Microsoft 365 tenant 30.')
    L.append('- Genuinely compromised partner mailboxes on their real infrastructure: 08 (Lieferant, Microsoft 365), '
             '12 (Channel Haulage via SharePoint Online), 22 (Partner Logistik, own Postfix).')
    L.append('- Spam bot direct-to-MX with spoofed own address: 16.')
    L.append('\n### Numbers with check digits\n')
    L.append('All IBANs carry valid ISO 13616 mod-97 check digits; national check digits are also valid for DE '
             '(account check method 00 on Sparkasse BLZs), IT (CIN), ES (CCC DC), PL (sort-code check digit). '
             'Russian settlement and correspondent accounts carry valid BIK control keys; INN, Partita IVA, NIP, AFM, '
             'CIF, USt-IdNr. and GB VAT numbers carry valid check digits.\n')
    rows = []
    for k, (bank, bic, iban) in org.BANK.items():
        rows.append((k, bank, bic, ck.pretty(iban), 'ok' if ck.iban_ok(iban) else 'BAD'))
    L.append(table(['Key', 'Bank', 'BIC', 'IBAN', 'mod-97'], rows))
    ru = org.RU
    L.append('\nRussian accounts: БСК genuine р/с %s at BIK %s (к/с %s); attacker р/с %s at BIK %s (к/с %s); keys %s.\n' % (
        ru['bsk_acc'], ru['bsk_bik'], ru['bsk_corr'], ru['fake_acc'], ru['fake_bik'], ru['fake_corr'],
        'valid' if all([ck.ru_account_ok(ru['bsk_bik'], ru['bsk_acc']), ck.ru_account_ok(ru['fake_bik'], ru['fake_acc']),
                        ck.ru_account_ok(ru['bsk_bik'], ru['bsk_corr'], True),
                        ck.ru_account_ok(ru['fake_bik'], ru['fake_corr'], True)]) else 'INVALID'))
    btc = coin.btc_bech32('a16')
    L.append('Bitcoin address in attack/16: `%s` (bech32 P2WPKH, checksum %s; derived from a hash, no key exists).\n' % (
        btc, 'valid' if coin.bech32_ok(btc) else 'INVALID'))
    L.append('### QR codes\n')
    L.append('Written by the QR encoder in `gen/qr.py` (byte mode, ECC M, Reed-Solomon, mask selection) into real PNG '
             'files (`gen/qr.py` PNG writer) and into a PDF image XObject (`gen/pdf.py`). attack/06 encodes '
             '`https://aka-ms-mfa.examp1e-secure.com/r/?e=<base64 recipient>`; attack/21 encodes '
             '`https://hr-portal.examplegroup-hr.com/cedolino/firma?...`. `gen/verify.py` decodes them with zbarimg '
             '(and pdftoppm) when these tools are installed.\n')
    L.append('### Attachments are inert\n')
    L.append('- ZIP members under dangerous names (`.pdf.js`, `.pdf.lnk`, `.pdf.exe`) contain one placeholder line of '
             'text. attack/08 (password `LG2611`) and attack/37 (password `2026`) use traditional PKWARE ZipCrypto '
             'written by `gen/zipc.py`; Python\'s zipfile opens them with the password.')
    L.append('- HTML/SVG attachments contain no script: fake login forms post to fictitious hosts, the SVG only has a '
             'link, the ClickFix page only shows text and its command points to a TEST-NET address (198.51.100.23).')
    L.append('- PDFs are text-only (plus one QR image), without JavaScript, actions or embedded files.')
    L.append('- Link and sender domains of attacks are fictitious look-alikes, except where the technique itself abuses a '
             'genuine service (microsoft.com/devicelogin in 11, a SharePoint Online link in 12, a *.screenconnect.com '
             'trial sub-domain in 36); genuine service mail uses the services\' real domains.\n')
    L.append('### Validation\n')
    L.append('`gen/verify.py` (run at the end of `build.py`) parses every message with `email` (compat32 and default '
             'policies), decodes every text part with its declared charset, opens every ZIP, checks that the top '
             '`Received` is mx01\'s, that `Return-Path` exists and no forbidden header is present, and re-checks IBANs '
             'and bech32 addresses found in the text.\n')
    with open(os.path.join(root, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')
