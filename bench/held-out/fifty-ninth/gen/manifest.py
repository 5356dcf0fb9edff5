"""Writes MANIFEST.md and staff.txt."""

import checks as C
from company import STAFF, OFFICES, CORRESPONDENTS, EG, EG_IT, EG_PL, EG_ES, EG_GR, EG_UK, EG_RU, FRAUD
from msg import describe, charset_summary

LANG = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def staff_txt():
    return ''.join('%s=%s\n' % (n, a) for n, a, _, _ in STAFF.values())


def _table(msgs):
    out = ['| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |',
           '|---|---|---|---|---|---|---|']
    for m in msgs:
        cs, cte = charset_summary(m)
        out.append('| %s | %s | %s | %s | %s | %s | %s |' % (
            cell(m.fname), m.lang, cell(cs), cell(cte), cell(describe(m.body)), cell(m.what), cell(m.why)))
    return '\n'.join(out)


def manifest(attacks, business):
    L = []
    L.append('# Example Group - blind evaluation set for the mail gateway (audit60)\n')
    L.append('Generated deterministically by `python3 gen/build.py` (Python 3 standard library only, fixed seeds, no '
             'current time). 40 attack messages in `attack/`, 40 genuine business messages in `business/`. Every message '
             'starts with `Return-Path` and the inbound MX `mx01.example.com` (Postfix) `Received` header naming the '
             'connecting client as `from HELO (rDNS [IP])` and `for <recipient>`; below it the sender\'s own hops. '
             'No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present. All dates are between '
             '1 October and 7 December 2026; time zones follow the EU/UK DST change on 25 October 2026.\n')
    L.append('## The company\n')
    L.append('**Example Group** - textile and fashion manufacturer: woven and knitted fabrics, garments made in own plants '
             '(Łódź, Sindos) and at contract factories, wholesale to retailers and department stores, own online shop. '
             'About 700 mailboxes on `example.com` and `examplegroup.eu`.\n')
    L.append('| Office | Entity | Address |\n|---|---|---|')
    for k, o in OFFICES.items():
        L.append('| %s | %s | %s, %s %s |' % (k, cell(o['entity']), cell(o['street']), o['zip'], cell(o['city'])))
    L.append('')
    L.append('- Inbound MX: `mx01.example.com` (Postfix). Internal mail: Outlook -> Exchange Server SE (`EXCH01/EXCH02.example.local`, '
             '10.20.1.11/.12) -> internal relay `mail-int01.example.com [10.20.0.25]` -> mx01.')
    L.append('- Shared mailboxes (not in staff.txt): `alle-de@example.com` (all staff Germany, distribution list).')
    L.append('- Own reference data: Example Group GmbH USt-IdNr %s, %s, IBAN %s; Italia P.IVA %s; Polska NIP %s; Iberia NIF %s; '
             'Hellas ΑΦΜ %s; UK Ltd company no. %s, VAT %s; Rus ИНН %s / КПП %s, р/с %s, БИК %s.\n'
             % (EG['ustid'], EG['hrb'], C.fmt_iban(EG['iban']), EG_IT['piva'], C.fmt_nip(EG_PL['nip']), EG_ES['cif'],
                EG_GR['afm'], EG_UK['crn'], EG_UK['vat'], EG_RU['inn'], EG_RU['kpp'], EG_RU['acct'], EG_RU['bik']))
    L.append('## Staff (staff.txt)\n')
    L.append('| Name | Address | Office | Role |\n|---|---|---|---|')
    for n, a, o, r in STAFF.values():
        L.append('| %s | %s | %s - %s | %s |' % (cell(n), a, o, cell(OFFICES[o]['city']), cell(r)))
    L.append('')
    L.append('## Correspondents\n')
    L.append('| Organisation / role | Addresses used for genuine mail | Set |\n|---|---|---|')
    for org, ad, kind in CORRESPONDENTS:
        L.append('| %s | %s | %s |' % (cell(org), cell(ad), kind))
    L.append('')
    L.append('## attack/\n')
    L.append(_table(attacks))
    L.append('')
    L.append('## business/\n')
    L.append(_table(business))
    L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives (genuine messages on the same topic as specific attacks)\n')
    L.append('| Genuine (business/) | Paired attack(s) (attack/) | Shared topic |\n|---|---|---|')
    byn = {m.n: m for m in attacks}
    for m in business:
        if m.hardneg:
            L.append('| %s | %s | %s |' % (m.fname, ', '.join(byn[k].fname for k in m.hardneg),
                                         cell(m.what.split(':')[0][:110])))
    L.append('')
    L.append('### Attack techniques covered\n')
    tech = [
        ('CEO fraud / BEC', '01, 16, 20, 40'), ('Fake lawyer / secret acquisition', '01, 20'),
        ('Supplier / carrier bank-detail change from look-alike domains', '02, 23, 28, 33, 38'),
        ('Thread hijack from a genuinely compromised partner mailbox', '17'),
        ('Payroll diversion', '06'), ('Gift-card scam', '16'),
        ('Tax-office / regulator credential phishing', '03 (ELSTER), 12 (Companies House), 19 (SdI), 22 (KSeF), 25 (ZUS), 29 (VERI*FACTU), 32 (AADE myDATA)'),
        ('E-invoicing / EDI lures', '19, 22, 32, 39'), ('Malware via tax-authority lures with archives', '18, 27, 37'),
        ('Courier / customs fee phishing', '21, 24, 34'), ('Bank portal phishing', '26'),
        ('Microsoft 365 / DocuSign / SharePoint / voicemail brand abuse', '04, 05, 09, 10, 30, 36'),
        ('Quishing (real QR codes)', '04, 26'), ('Callback phishing (TOAD)', '11'),
        ('HTML attachments (local login forms)', '05, 25, 36'), ('SVG attachment', '10'),
        ('Password-protected ZIP (ZipCrypto) / plain ZIP with double-extension placeholder', '18, 35, 37 / 27'),
        ('ClickFix (paste-and-run instructions)', '13'), ('Device-code phishing', '14'),
        ('Teams / Quick Assist remote-access vishing pretext after e-mail bombing', '08'),
        ('Russian "fake boss + FSB curator" social engineering', '40'), ('Sextortion with Bitcoin', '15'),
        ('Fake register / directory / trademark invoices', '07, 31'),
        ('Fake request for quotation (trade malspam)', '35'),
        ('Abused genuine services (PayPal invoicing, SharePoint sharing, microsoft.com/devicelogin)', '11, 30, 14'),
        ('Infrastructure', 'free mailers (GMX, Gmail, Outlook.com, libero, Interia, mail.ru), compromised small businesses '
         '(Roundcube/all-inkl, cPanel/Exim PHPMailer, SiteGround, Dinahosting, Microsoft 365 tenants, Aruba webmail), '
         'look-alike domains on VPS (Hetzner, OVH, Contabo, DigitalOcean, Hostinger, Zoho, Yandex 360), bulk ESPs '
         '(SendGrid, Mailgun, Amazon SES, Brevo, Mandrill, SMTP2GO, Unisender)'),
    ]
    L.append('| Technique | Attack numbers |\n|---|---|')
    for t, n in tech:
        L.append('| %s | %s |' % (cell(t), cell(n)))
    L.append('')
    L.append('### Data validity and inertness\n')
    L.append('- All IBANs carry valid ISO 13616 mod-97 check digits; national check digits are also valid where defined '
             '(Italian CIN, Spanish CCC control digits, Polish sort-code check digit). Attacker accounts: %s.'
             % ', '.join('%s (%s)' % (C.fmt_iban(v), k) for k, v in FRAUD.items() if k.startswith('a') and k[1:].isdigit()))
    L.append('- Russian settlement and correspondent accounts pass the BIK control-key check (genuine supplier: БИК 042406608 '
             'Sberbank Ivanovo; attacker: БИК 044525974 T-Bank). ИНН/ОГРН, Polish NIP, Italian P.IVA, Spanish CIF, Greek ΑΦΜ, '
             'German USt-IdNr and UK VAT numbers have valid check digits.')
    L.append('- Bitcoin address in attack 15 (`%s`) is a valid bech32 P2WPKH address (random program, no known key).' % FRAUD['btc'])
    L.append('- QR codes (attacks 04 and 26) are real, decodable PNG QR codes produced by `gen/qr.py` (byte mode, ECC M).')
    L.append('- ZIP archives: attack 18 password `AdE4311`, attack 35 `RFQ2026`, attack 37 `2026` (passwords are in the '
             'message bodies), attack 27 unencrypted; each holds one line of text (`REM inert placeholder ...`) under a '
             'dangerous-looking name (.pdf.js, .pdf.exe, .pdf.scr, .pdf.vbs). Business 07 is a genuine ZipCrypto archive '
             '(password `Mg#Weiler-41873!`, not in the mail) containing two text-only PDFs.')
    L.append('- PDFs are text-only (Helvetica/Courier, custom encoding with ToUnicode), HTML/SVG attachments contain no '
             'script; the ClickFix page only displays a non-working command for a fictitious host.')
    L.append('- Company/brand names of real services are used only where the brief asks for impersonation or for genuine '
             'service mail; all malicious domains are fictitious.')
    return '\n'.join(L) + '\n'
