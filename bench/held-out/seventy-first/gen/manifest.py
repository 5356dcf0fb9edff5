"""MANIFEST.md and staff.txt writers."""
from people import COMPANY, OFFICES, STAFF, CORR

LANGS = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]

TECHNIQUES = [
    'CEO fraud from a look-alike Microsoft 365 tenant (de 01)',
    'supplier / carrier bank-detail change from look-alike domains (de 02, it 17, ru 39)',
    'thread hijack from genuinely compromised partner mailboxes (de 03 password ZIP, en 09 portal link, pl 22 bank change)',
    'payroll diversion from freemail (de 06)',
    'fake lawyer / escrow BEC with forged letter of authority (en 13)',
    'executive impersonation with a fake supplier invoice (es 30)',
    'tax-authority credential phishing: BZSt/ELSTER (de 04), AEAT download (es 27), AADE/myDATA (el 32), FNS archive (ru 38)',
    'e-invoicing lures: SdI rejection (it 18), KSeF notification (pl 23)',
    'trade regulator lure: GIIS DMDK / Assay Chamber (ru 37)',
    'courier / customs fee lures (pl 24, es 29), courier lure with a plain ZIP holding a script (el 36) and ClickFix shipment lure (en 16)',
    'bank credential phishing (pl 26) and QR-in-PDF quishing (el 33); inline-QR quishing for MFA (de 05)',
    'DocuSign look-alikes: HTML-attachment redirector (en 10), lease e-signature (el 35)',
    'SVG attachments with embedded links (en 11, it 20)',
    'password-protected archives with disguised script/shortcut/executable (de 03, it 21, ru 38); unencrypted ZIP with script (el 36)',
    'device-code phishing via microsoft.com/devicelogin (en 12)',
    'Teams / Quick Assist remote-access vishing pretext from an external onmicrosoft tenant (pl 25)',
    'callback phishing (TOAD): abused genuine PayPal invoice (de 08), PDF "renewal invoice" (es 28)',
    'abuse of genuine SharePoint sharing from a compromised tenant (es 31)',
    'gift-card scam (en 14); sextortion with Bitcoin bech32 address (en 15)',
    'fake register / directory invoice (de 07); trade-fair housing scam (it 19)',
    'overpayment fraud with forged SWIFT MT103 (el 34); "fake boss" → Telegram / fake Central Bank officer (ru 40)',
]


def esc(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def staff_txt():
    return ''.join('%s=%s\n' % (n, a) for n, a, _, _ in STAFF.values())


def write(metas):
    L = []
    L.append('# Blind evaluation set – Example Group mail gateway\n')
    L.append('Generated deterministically by `gen/build.py` (Python 3 standard library only). 40 attack and 40 genuine '
             'messages, all dated October–December 2026. Every message starts with `Return-Path` and the `Received` '
             'header of the inbound MX `mx01.example.com` (Postfix), naming the connecting client as '
             '`from HELO (rDNS [IP])` and `for <recipient>`; the sender\'s own hops follow below. Internal mail arrives '
             'from the internal relay `mail-int01.example.com [10.20.0.25]` with the Exchange hops below it. No '
             'Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present.\n')
    L.append('## The company\n')
    L.append('**%s** (%s) – %s. Domains: %s (%s mailboxes). HQ: %s. VAT ID %s; company account %s.\n' % (
        COMPANY['name'], COMPANY['legal'], COMPANY['trade'], ', '.join('`%s`' % d for d in COMPANY['domains']),
        COMPANY['mailboxes'], COMPANY['hq'], COMPANY['ustid'], COMPANY['iban']))
    L.append('Offices:\n')
    for k, v in OFFICES.items():
        L.append('- %s: %s' % (k, v))
    L.append('\nMail path: inbound MX `mx01.example.com` (Postfix); internal relay `mail-int01.example.com` '
             '(10.20.0.25); on-premises Exchange 2019 `EXCH01/EXCH02.corp.example.com`; Microsoft 365 used for '
             'Teams/SharePoint/OneDrive (hybrid).\n')
    L.append('## Staff (staff.txt)\n')
    L.append('| Name | Address | Office | Role |')
    L.append('|---|---|---|---|')
    for n, a, o, r in STAFF.values():
        L.append('| %s | %s | %s | %s |' % (esc(n), a, esc(o), esc(r)))
    L.append('\nOther internal addresses used as list recipients: `alle-de@example.com` (all German staff), '
             '`zespol-waw@example.com` (Warsaw team); the delivered copy goes to the named envelope recipient.\n')
    L.append('## Correspondents (genuine)\n')
    L.append('| Organisation | Contact | Address | Country | Role |')
    L.append('|---|---|---|---|---|')
    for n, a, org, c, r in CORR.values():
        L.append('| %s | %s | %s | %s | %s |' % (esc(org), esc(n), a, c, esc(r)))
    L.append('\nGenuine services appearing as senders: PayPal (`service@paypal.de`), DocuSign EU '
             '(`dse@eumail.docusign.net`), Microsoft 365 Message center (`o365mc@microsoft.com`), GitHub '
             '(`noreply@github.com`), Google (`no-reply@accounts.google.com`, `drive-shares-dm-noreply@google.com`), '
             'Yandex ID (`noreply@id.yandex.ru`), SharePoint Online (`no-reply@sharepointonline.com`), newsletters via '
             'FreshMail and Mailchimp.\n')
    for folder, title in (('attack', 'Attack messages (attack/)'), ('business', 'Genuine business messages (business/)')):
        L.append('## %s\n' % title)
        L.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |' % (
            'attack' if folder == 'attack' else 'genuine'))
        L.append('|---|---|---|---|---|---|---|')
        for m in sorted((m for m in metas if m['folder'] == folder), key=lambda m: m['n']):
            L.append('| %s | %s | %s | %s | %s | %s | %s |' % (m['file'], m['lang'], esc(m['charset']), esc(m['cte']),
                                                              esc(m['structure']), esc(m['what']), esc(m['why'])))
        L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives (genuine messages on the same topic as specific attacks)\n')
    L.append('| Business message | Hard negative of attack(s) |')
    L.append('|---|---|')
    atk = {m['n']: m['file'] for m in metas if m['folder'] == 'attack'}
    cnt = 0
    for m in sorted((m for m in metas if m['folder'] == 'business' and m['hn']), key=lambda m: m['n']):
        refs = []
        for part in m['hn'].split(','):
            n = int(part.strip()[1:])
            refs.append(atk[n])
        cnt += 1
        L.append('| business/%s | %s |' % (m['file'], ', '.join('attack/' + r for r in refs)))
    L.append('\n%d business messages are hard negatives of at least one attack.\n' % cnt)
    L.append('### Attack techniques used\n')
    for tq in TECHNIQUES:
        L.append('- ' + tq)
    L.append('')
    L.append('### Sending infrastructure\n')
    L.append('- Free mailers: Gmail (en 14, de 06, es 28, el 34), libero.it (it 21), mail.ru (ru 40); look-alike domain on '
             'Yandex 360 (ru 39).')
    L.append('- Compromised small businesses on shared cPanel/Exim hosting (X-AntiAbuse headers, webmail sessions from '
             'foreign IPs): de 05, en 11, it 20, pl 26, el 33.')
    L.append('- Genuinely compromised partner mailboxes on the partners\' own servers / Google Workspace: de 03, en 09, pl 22.')
    L.append('- Look-alike domains on VPS hosts (Hetzner, OVH, Contabo, Russian VPS): de 02, en 13, it 17, pl 23, es 27, '
             'es 30, el 32, ru 37, ru 38; attacker Microsoft 365 tenants: de 01, en 12, pl 25.')
    L.append('- Bulk ESPs: SendGrid (de 04, es 29), Mailgun (de 07, it 19, el 35), Amazon SES (en 10, it 18, el 36), '
             'Brevo (en 16, pl 24).')
    L.append('- Abused genuine services: PayPal invoicing (de 08), SharePoint Online sharing (es 31), Microsoft\'s own '
             'device-login page (en 12).')
    L.append('- Direct-to-MX spam from a residential IP with forged own-domain sender (en 15).\n')
    L.append('### Data validity\n')
    L.append('- All IBANs carry valid ISO 13616 mod-97 check digits; national check digits are also valid for IT (CIN), '
             'ES (DC), PL (sort-code check digit), BE, and the German Sparkasse accounts (check method 00). Russian '
             'settlement and correspondent accounts satisfy the BIK control key (real BIKs of Alfa-Bank and T-Bank, '
             'whose real correspondent accounts the algorithm reproduces); Russian INNs, Polish NIPs, Italian '
             'partite IVA, Greek AFMs, the Spanish CIF and the German USt-IdNr. carry valid check digits.')
    L.append('- The Bitcoin address in en 15 is a valid bech32 (BIP-173) P2WPKH address; `gen/money.py` also implements '
             'base58check.')
    L.append('- QR codes (de 05 inline PNG, el 33 inside the PDF) are real QR codes written by `gen/qr.py` '
             '(byte mode, level M) and decode to the phishing URLs.')
    L.append('- Phone numbers used for callback phishing are from Ofcom\'s drama range (020 7946 0xxx) and the '
             'US 555-01xx fictional range.')
    L.append('- All attachments are inert: PDFs contain only text (plus one QR image); HTML and SVG attachments '
             'contain no script; every file inside the attack ZIPs is a one-line text placeholder under a '
             'dangerous-looking name (.pdf.wsf, .pdf.lnk, .pdf.exe, .pdf.js); de 03, it 21 and ru 38 are encrypted with ZipCrypto, el 36 is not.')
    L.append('- ZIP passwords: attack de 03 `LG-1187`, it 21 `2026`, ru 38 `4818` (all stated in the message bodies); '
             'genuine it 21 (payroll) `Sp-EGI#2026` (not stated in the mail: agreed by phone).')
    L.append('')
    return '\n'.join(L) + '\n'
