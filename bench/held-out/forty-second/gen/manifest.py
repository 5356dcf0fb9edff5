"""MANIFEST.md renderer."""
import company

LANG = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def esc(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def render(built):
    c = company.COMPANY
    out = ['# Example Group – blind evaluation set for the mail gateway', '',
           'Generated deterministically by `gen/build.py` (Python 3 standard library only). '
           'All messages arrive at the inbound MX `mx01.example.com` (Postfix); the top `Received` header is mx01\'s. '
           'No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present. Dates: October–December 2026.', '',
           '## The company', '',
           '**%s** (domains `%s`, %s mailboxes). %s' % (c['name'], '`, `'.join(c['domains']), c['mailboxes'], c['trade']), '',
           '| Office | Legal entity | Address |', '|---|---|---|']
    for k, (ent, adr, cc) in company.OFFICES.items():
        out.append('| %s | %s | %s |' % (k, esc(ent), esc(adr)))
    out += ['', 'Internal mail: Exchange 2019 (EXCH01/EXCH02.corp.example.com) → internal relay `mail-int01.example.com [10.20.0.25]` → mx01.', '',
            '## Staff (`staff.txt`)', '', '| Name | Address | Office | Role |', '|---|---|---|---|']
    for key, (name, adr, office, role) in company.STAFF.items():
        out.append('| %s | %s | %s | %s |' % (esc(name), adr, office, esc(role)))
    out += ['', '## Correspondents', '', '| Organisation | Country | Relationship | Contacts | Domain / infrastructure |',
            '|---|---|---|---|---|']
    for org, cc, role, contacts, infra in company.CORRESPONDENTS:
        out.append('| %s | %s | %s | %s | %s |' % (esc(org), esc(cc), esc(role), esc(contacts), esc(infra)))
    for folder, title in (('attack', 'Attack messages (`attack/`)'), ('business', 'Genuine business messages (`business/`)')):
        msgs = built.get(folder, [])
        out += ['', '## ' + title, '',
                '| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |' %
                ('attack' if folder == 'attack' else 'genuine'),
                '|---|---|---|---|---|---|---|']
        for m in msgs:
            r = m.manifest_row()
            out.append('| %s | %s | %s | %s | %s | %s | %s |' % (
                r['file'], r['lang'], esc(r['charset']), esc(r['cte']), esc(r['structure']), esc(r['what']), esc(r['why'])))
        counts = {}
        for m in msgs:
            counts[m.lang] = counts.get(m.lang, 0) + 1
        out += ['', 'Counts: ' + ', '.join('%s %d' % (LANG[k], v) for k, v in counts.items()) + ' (total %d).' % len(msgs)]
    # hard negatives
    out += ['', '## Notes', '', '### Hard negatives (genuine message ↔ attack on the same topic)', '',
            '| Business message | Hard negative of attack(s) | Shared topic / what differs |', '|---|---|---|']
    att = {m.num: m for m in built.get('attack', [])}
    bus = {m.num: m for m in built.get('business', [])}
    pairs = {}
    for m in att.values():
        if m.hn:
            pairs.setdefault(m.hn, []).append(m.num)
    for bnum in sorted(pairs):
        b = bus.get(bnum)
        if not b:
            continue
        anames = ', '.join(att[a].filename for a in sorted(pairs[bnum]))
        out.append('| %s | %s | %s |' % (b.filename, anames, esc(getattr(b, 'hn_note', ''))))
    out += ['', '### Attack technique index', '', '| Technique | Attack files |', '|---|---|']
    for tech, nums in TECHNIQUES:
        out.append('| %s | %s |' % (tech, ', '.join('%02d' % n for n in nums)))
    out += ['', '### Other notes', '']
    out += NOTES
    return '\n'.join(out) + '\n'


TECHNIQUES = [
    ('CEO fraud / fake lawyer (look-alike domains)', [1, 12]),
    ('Supplier / carrier / forwarder bank-detail change (BEC, look-alike domains)', [2, 19, 23, 36, 39]),
    ('Payroll diversion', [5, 31]),
    ('Thread hijack from genuinely compromised partner mailboxes', [10, 17]),
    ('Compromised small-business mailboxes / websites as senders', [4, 8, 14, 24, 35]),
    ('Tax office / e-invoicing phishing (ELSTER, SdI, KSeF, VERI*FACTU, myDATA, FNS, Diadok)', [3, 18, 22, 28, 32, 37, 38]),
    ('Customs / courier phishing (DHL, ADM/pagoPA, ACS)', [6, 20, 35]),
    ('Fake register / directory invoice', [7]),
    ('Quishing (QR code in PNG)', [8, 33]),
    ('Microsoft 365 / DocuSign / Excel-Online / mail-admin credential phishing', [9, 10, 26, 40]),
    ('Trade-specific portals (chip-maker partner portal, RFQ/BOM portal)', [16, 26, 14]),
    ('Callback phishing (TOAD)', [11, 29]),
    ('Device-code phishing (microsoft.com/devicelogin)', [13]),
    ('ClickFix fake CAPTCHA (HTML attachment)', [14]),
    ('HTML attachment credential forms', [4, 10]),
    ('SVG attachment', [15]),
    ('Password-protected archives (ZipCrypto) with script/LNK/SCR', [17, 24, 37]),
    ('Email-bombing + Teams/Quick Assist vishing pretext', [21]),
    ('Remote-access tool lure (ScreenConnect)', [25]),
    ('Gift-card scam', [27]),
    ('Purchase-order fraud (goods on credit to forwarder)', [30]),
    ('Abuse of genuine services (Adobe Acrobat Sign, Canva, GitHub Pages, Firebase, Cloudflare Workers/Pages, R2, SendGrid/Brevo redirects)', [31, 26, 20, 15, 40, 9, 8, 10, 3, 6]),
    ('Sextortion with Bitcoin (spoofed own address)', [34]),
    ('Bank impersonation (KYC quishing, card-hold callback)', [33, 29]),
    ('Bulk ESPs abused: SendGrid / Mailgun / Amazon SES / Brevo', [3, 16, 22, 7, 15, 38, 40, 9, 20, 25, 28, 6, 18, 32]),
    ('Free mailers: Gmail / GMX / Outlook.com / mail.ru; attacker M365 tenants; Zoho; Yandex 360', [11, 27, 5, 29, 37, 2, 13, 21, 12, 39]),
]

NOTES = [
    '- Every IBAN passes the ISO 13616 mod-97 check; Italian IBANs carry a correct CIN, Spanish ones correct CCC control digits, Polish ones a correct sort-code check digit, the Slovak account passes the mod-11 test. '
    'Russian settlement and correspondent accounts pass the BIK control-key check (weights 7-1-3); INN/OGRN and EU VAT numbers carry valid check digits.',
    '- The Bitcoin address in the extortion mail is a valid bech32 (BIP-173) P2WPKH address (derived from a hash, no known owner).',
    '- QR codes are real QR Code Model 2 PNGs (byte mode, EC level M) produced by `gen/lib/qr.py`; they decode to the URL given in the Structure column (verified with zbarimg during development).',
    '- Attachments are inert: PDFs contain only text; ZIP members are one-line placeholders under dangerous-looking names; HTML/SVG attachments contain no script '
    '(forms/links only; the ClickFix page has its clipboard script removed). Password-protected ZIPs use traditional PKWARE (ZipCrypto) encryption with the password given in the mail body.',
    '- Phone numbers for UK scenarios use Ofcom drama ranges; attacker domains and people are fictitious. Genuine service notifications (Microsoft, Google, GitHub, DocuSign, Yandex, DHL, ELSTER, Aruba, AEAT, CaixaBank, Eurobank, ACS, Kontur) imitate the real sending infrastructure (hostnames, IP ranges, Message-ID style).',
]
