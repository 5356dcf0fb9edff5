"""MANIFEST.md writer."""
import people as P


TECH = [
    ('BEC: CEO fraud followed by fake lawyer', ['ceo-fraud-projekt-weichsel', 'fake-lawyer-escrow']),
    ('BEC: supplier/carrier bank-detail change from look-alike domains',
     ['lieferant-lookalike-bankwechsel', 'partner-logistik-lookalike-konto', 'aigaio-lookalike-iban-change']),
    ('Thread hijack from genuinely compromised partner mailboxes', ['thread-hijack-compromised-customer', 'thread-hijack-ferretti-iban']),
    ('Payroll diversion', ['payroll-diversion-webde']),
    ('Gift-card scam', ['gift-card-manager-gmail']),
    ('"Fake boss" announcing a fake regulator (vishing precursor)', ['fake-director-cb-kurator']),
    ('Tax office / e-invoicing credential phishing',
     ['elster-pruefungsanordnung', 'hmrc-vat-penalty-phish', 'sdi-fattura-scartata-spid', 'ksef-token-wygasl-phish', 'aade-mydata-prostimo-phish']),
    ('Authority notice with malware archive or download', ['bussgeld-anhoerung-zip-lnk', 'aeat-notificacion-descarga-zip', 'fns-trebovanie-zip-parol']),
    ('Trade-specific fines and tolls', ['bussgeld-anhoerung-zip-lnk', 'tfl-ulez-pcn-payment-phish', 'dgt-multa-html-redirect',
                                       'telepass-business-addebito', 'etoll-saldo-ujemne-phish']),
    ('Bank credential/OTP phishing', ['bbva-netcash-verificacion', 'eurobank-kyc-otp-phish']),
    ('Courier small-fee phishing', ['inpost-doplata-card-phish', 'acs-courier-telos-phish']),
    ('Sign-in alert phishing', ['yandex-id-vhod-phish']),
    ('Quishing (QR code in PDF / inline PNG)', ['quishing-mfa-pdf-qr', 'quishing-nomina-adenda-qr']),
    ('Callback phishing (TOAD) through an abused genuine service (PayPal invoice)', ['toad-paypal-invoice-callback']),
    ('OAuth device-code phishing', ['device-code-phishing-teams']),
    ('Help-desk impersonation: Teams call + Quick Assist', ['teams-helpdesk-quick-assist']),
    ('ClickFix (Win+R / paste)', ['clickfix-rentalcars-complaint']),
    ('HTML attachment (credential form, meta-refresh redirect)', ['docusign-html-anhang', 'dgt-multa-html-redirect']),
    ('SVG attachment redirector', ['svg-voicemail-redirect']),
    ('Password-protected ZIP (ZipCrypto, password in body)', ['zip-password-js-avviso', 'fns-trebovanie-zip-parol']),
    ('ZIP with script/shortcut under double extension', ['bussgeld-anhoerung-zip-lnk', 'factura-zip-vbs', 'akt-sverki-zip-lnk']),
    ('Sextortion with Bitcoin (bech32 + base58check)', ['sextortion-bitcoin']),
    ('Fake directory/register "invoice"', ['register-offertenrechnung']),
]
INFRA = [
    ('Look-alike domain on rented VPS (OVH, Contabo, Hetzner, Aeza …)',
     ['ceo-fraud-projekt-weichsel', 'bussgeld-anhoerung-zip-lnk', 'register-offertenrechnung', 'partner-logistik-lookalike-konto',
      'aigaio-lookalike-iban-change', 'fns-trebovanie-zip-parol', 'yandex-id-vhod-phish']),
    ('Look-alike domain on Microsoft 365 / Zoho / onmicrosoft tenant',
     ['lieferant-lookalike-bankwechsel', 'fake-lawyer-escrow', 'teams-helpdesk-quick-assist']),
    ('Genuinely compromised partner or third-party mailbox (M365, Aruba, cPanel webmail/SMTP)',
     ['thread-hijack-compromised-customer', 'device-code-phishing-teams', 'thread-hijack-ferretti-iban', 'zip-password-js-avviso',
      'aeat-notificacion-descarga-zip', 'factura-zip-vbs', 'clickfix-rentalcars-complaint', 'akt-sverki-zip-lnk']),
    ('Compromised website sending with PHPMailer', ['svg-voicemail-redirect', 'inpost-doplata-card-phish', 'acs-courier-telos-phish']),
    ('Free mailers (web.de, Gmail, Yandex)', ['payroll-diversion-webde', 'gift-card-manager-gmail', 'fake-director-cb-kurator']),
    ('Bulk ESPs (SendGrid, Mailgun, Brevo, Amazon SES)',
     ['elster-pruefungsanordnung', 'quishing-mfa-pdf-qr', 'docusign-html-anhang', 'hmrc-vat-penalty-phish', 'tfl-ulez-pcn-payment-phish',
      'sdi-fattura-scartata-spid', 'telepass-business-addebito', 'ksef-token-wygasl-phish', 'etoll-saldo-ujemne-phish',
      'dgt-multa-html-redirect', 'bbva-netcash-verificacion', 'quishing-nomina-adenda-qr', 'aade-mydata-prostimo-phish', 'eurobank-kyc-otp-phish']),
    ('Abused genuine service (PayPal invoicing; genuine microsoft.com/devicelogin as lure)', ['toad-paypal-invoice-callback', 'device-code-phishing-teams']),
    ('Direct-to-MX bot without rDNS/TLS', ['sextortion-bitcoin']),
]


def cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def render(attacks, business):
    L = []
    c = P.COMPANY
    L.append('# Evaluation set audit84 – Example Group\n')
    L.append('Blind evaluation set for a spam/phishing-filtering mail gateway: %d attack and %d genuine business '
             'messages as delivered by the inbound MX. Generated deterministically by `gen/build.py` '
             '(Python 3 standard library only).\n' % (len(attacks), len(business)))
    L.append('## Company\n')
    L.append('- **%s** – %s.' % (c['name'], c['trade']))
    L.append('- Domains: `%s` (about 700 mailboxes; a few staff on `examplegroup.eu`).' % '`, `'.join(c['domains']))
    L.append('- Inbound MX: %s. Every message\'s top `Received` is mx01\'s (`from HELO (rDNS [IP]) … for <recipient>`), '
             'below it the sender\'s own hops.' % c['mx'])
    L.append('- Internal mail: %s.' % c['relay'])
    L.append('- No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present (the gateway computes these itself).')
    L.append('- Offices:')
    for k, (city, addr) in P.OFFICES.items():
        L.append('  - %s – %s: %s' % (k, city, addr))
    L.append('')
    L.append('## Staff (staff.txt)\n')
    L.append('| Name | Address | Office | Role |')
    L.append('|---|---|---|---|')
    for name, addr, off, role in P.STAFF.values():
        L.append('| %s | %s | %s | %s |' % (cell(name), addr, P.OFFICES[off][0], cell(role)))
    L.append('')
    L.append('Display names are the Latin-script Active Directory names. Attackers may use native-script forms '
             '(e.g. "Волков Сергей" = Sergey Volkov).\n')
    L.append('## Correspondents\n')
    L.append('| Organisation | Country | Relation | Addresses | Mail infrastructure |')
    L.append('|---|---|---|---|---|')
    for org, cc, rel, contacts, infra in P.CORRESPONDENTS:
        L.append('| %s | %s | %s | %s | %s |' % (cell(org), cc, cell(rel), cell('; '.join(contacts)), cell(infra)))
    L.append('')
    L.append('Genuine automated senders used: ' + '; '.join(cell(s) for s in P.SERVICES) + '.\n')
    L.append('Key bank details (all IBANs valid mod-97, with national check digits for IT/PL/ES):\n')
    for k, v in P.BANK.items():
        L.append('- `%s`: %s' % (k, v))
    for k, v in P.RU.items():
        L.append('- RU `%s`: %s' % (k, v))
    L.append('')
    for title, msgs in (('attack/', attacks), ('business/', business)):
        L.append('## %s\n' % title)
        L.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |'
                 % ('attack' if title == 'attack/' else 'genuine'))
        L.append('|---|---|---|---|---|---|---|')
        for m in msgs:
            cs, cte = m.charset_summary()
            L.append('| %s | %s | %s | %s | %s | %s | %s |' % (m.filename, m.lang, cs, cte, cell(m.body.structure()),
                                                               cell(m.what), cell(m.why)))
        L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives (genuine business message ↔ attack on the same topic)\n')
    by_slug = {'%s-%s' % (m.lang, m.slug): m for m in attacks}
    by_slug.update({m.slug: m for m in attacks})
    L.append('| Business message | Hard negative of | Shared topic |')
    L.append('|---|---|---|')
    n = 0
    for b in business:
        for ref, topic in b.hard_neg:
            a = by_slug[ref]
            L.append('| %s | %s | %s |' % (b.filename, a.filename, cell(topic)))
            n += 1
    L.append('\n%d pairs.\n' % n)
    L.append('### Attack techniques\n')
    for tech, slugs in TECH:
        L.append('- %s: %s' % (tech, ', '.join(by_slug[s].filename[:2] for s in slugs)))
    L.append('')
    L.append('### Sending infrastructure of the attacks\n')
    for infra, slugs in INFRA:
        L.append('- %s: %s' % (infra, ', '.join(by_slug[s].filename[:2] for s in slugs)))
    L.append('')
    L.append('### Other notes\n')
    L.append('- Dates: October–December 2026; CEST/EEST/BST until 25 Oct 2026, standard time afterwards; MSK +0300 all year.')
    L.append('- All IBANs carry valid mod-97 check digits; Italian IBANs a valid CIN, Polish a valid sort-code check digit, '
             'Spanish valid DC digits, Belgian/French national keys where used. Russian settlement accounts pass the BIK control-key '
             'test (Sberbank corr. account 30101810400000000225 / BIK 044525225 is the real one). INN, NIP, P.IVA, USt-IdNr, CIF, '
             'ΑΦΜ and UK VAT numbers carry valid check digits.')
    L.append('- Bitcoin addresses are valid bech32 (P2WPKH) and base58check (P2PKH) strings derived from a hash; they belong to nobody.')
    L.append('- QR codes are real byte-mode QR codes (encoder in `gen/qr.py`), verified with zbarimg where available.')
    L.append('- Attachments are inert: PDFs contain text (and at most an image or a URI link annotation), ZIPs contain a one-line '
             'text placeholder under a dangerous-looking name (some ZipCrypto-encrypted, password in the mail body), HTML/SVG '
             'attachments contain no working script.')
    L.append('- Attacker infrastructure is fictitious but modelled on real patterns (look-alike domains on VPS hosts, compromised '
             'cPanel/WordPress sites, free mailers, bulk ESPs, abused genuine services such as PayPal invoicing).')
    L.append('')
    return '\n'.join(L)
