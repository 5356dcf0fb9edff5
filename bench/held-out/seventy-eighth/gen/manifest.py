"""MANIFEST.md writer."""
import company as C


TECHNIQUES = [
    ('BEC - CEO fraud / fake M&A secrecy', ['ceo-fraud-vertrauliche-akquisition']),
    ('BEC - fake lawyer acting "for the CEO"', ['abogado-falso-operacion-confidencial']),
    ('BEC - supplier/carrier bank-detail change from look-alike domains', ['lieferant-bankverbindung-lookalike', 'ferretti-coordinate-bancarie-lookalike',
                                                                       'partner-logistik-rachunek-lookalike', 'transportes-levante-cambio-cuenta-lookalike',
                                                                       'perevozchik-novye-rekvizity-lookalike']),
    ('BEC - refund/overpayment fraud from a look-alike customer', ['vafes-aigaiou-epistrofi-diplis-pliromis']),
    ('Payroll diversion', ['gehaltskonto-aenderung-freemail']),
    ('Gift-card scam', ['gift-card-scam-ceo-freemail']),
    ('Thread hijack from genuinely compromised partner mailboxes', ['thread-hijack-compromised-customer-sharepoint', 'libero-compromesso-zip-protetto',
                                                                   'thread-hijack-partner-logistik-onedrive']),
    ('Abuse of genuine services (SharePoint/OneNote, Microsoft device login, compromised M365 tenants)', ['thread-hijack-compromised-customer-sharepoint',
                                                                   'sharepoint-onenote-compromised-accountant', 'device-code-phishing-price-schedule']),
    ('Device-code phishing', ['device-code-phishing-price-schedule']),
    ('Credential phishing - national tax offices', ['hmrc-vat-penalty-phishing', 'aeat-verifactu-requerimiento-phishing', 'aade-mydata-prostimo-phishing']),
    ('Credential phishing - e-invoicing / EDI systems', ['e-rechnung-zustellportal-phishing', 'sdi-fattura-scartata-phishing', 'ksef-faktura-odrzucona-phishing',
                                                        'diadok-dokument-na-podpis-phishing']),
    ('Credential phishing - regulator / trade-specific (REACH SDS, BDO packaging register)', ['sdb-reach-html-anhang-phishing', 'bdo-oplata-produktowa-phishing']),
    ('Credential/card phishing - customs, couriers, banks', ['aduana-liquidacion-031-phishing', 'inpost-doplata-paczka-phishing', 'acs-courier-qr-code-png',
                                                            'trapeza-kyc-epikairopoiisi-phishing']),
    ('Brand impersonation - Microsoft 365 / DocuSign / payroll portal', ['mfa-neuregistrierung-qr-code', 'docusign-phishing-sendgrid', 'cedolino-qr-code-pdf-quishing']),
    ('Quishing (QR in inline PNG, PNG attachment, PDF)', ['mfa-neuregistrierung-qr-code', 'acs-courier-qr-code-png', 'cedolino-qr-code-pdf-quishing']),
    ('Callback phishing (TOAD)', ['callback-phishing-fake-renewal-invoice']),
    ('Teams / Quick Assist remote-access vishing pretext', ['teams-vishing-quick-assist-helpdesk']),
    ('ClickFix', ['clickfix-remittance-html-attachment']),
    ('HTML attachment credential forms', ['sdb-reach-html-anhang-phishing', 'akt-sverki-html-vlozhenie-mailru']),
    ('SVG attachment', ['svg-voicemail-attachment']),
    ('Archives with disguised executables (ZipCrypto-encrypted and plain)', ['abmahnung-urheberrecht-zip-passwort', 'fns-trebovanie-arhiv-s-parolem',
                                                                            'libero-compromesso-zip-protetto']),
    ('Extortion (sextortion, spoofed own address, BTC bech32 + USDT-TRC20)', ['sextortion-spoofed-own-address-bitcoin']),
    ('Fake register / directory invoice', ['markenregister-rechnung-registerfalle']),
]

SERVICES = [
    ('Lackforum Aktuell (newsletter, Brevo)', 'newsletter@lackforum-aktuell.de', 'Subscribed by procurement'),
    ('Coatings Insight Weekly (newsletter, SendGrid)', 'news@coatingsinsight.com', 'Subscribed by export sales'),
    ('Rynek Farb (newsletter, Mailgun)', 'newsletter@rynekfarb.pl', 'Subscribed by the Polish office'),
    ('Πανελλήνια Ένωση Χρωματοπωλών (newsletter, Mailchimp)', 'info@pe-chromatopolon.gr', 'Membership newsletter, Greek office'),
    ('Xero on behalf of Harwood', 'messaging-service@post.xero.com', 'Customer remittance advices (Reply-To accounts@harwooddm.co.uk)'),
    ('DocuSign EU', 'dse@eumail.docusign.net', 'Envelopes from tax advisers and customers'),
    ('Microsoft, Google, GitHub, Yandex ID, HMRC', 'microsoft-noreply@microsoft.com, account-security-noreply@accountprotection.microsoft.com, no-reply@accounts.google.com, noreply@github.com, noreply@id.yandex.ru, noreply@tax.service.gov.uk', 'Service notifications'),
    ('3CX phone system (UK)', 'pbx-mcr@example.com', 'Internal voicemail notifications via Exchange / mail-int01'),
]


LANGNAME = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def _cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def render(sets):
    o = []
    o.append('# Blind evaluation set: spam / phishing gateway for Example Group\n')
    o.append('Generated deterministically by `gen/build.py` (Python 3 standard library only). '
             'All messages are synthetic; attachments are inert (text-only PDFs, one-line placeholders inside archives, '
             'HTML/SVG without working script). No Authentication-Results, DKIM, ARC or spam-verdict headers are present: '
             'the gateway is expected to evaluate authentication itself (offline here).\n')
    o.append('## The company\n')
    o.append('**%s** (%s) manufactures %s. Mail domains: %s (%s mailboxes). '
             'Inbound MX is `mx01.example.com` (Postfix); internal mail leaves Exchange 2019 (`EXCH01/EXCH02.corp.example.com`) '
             'via the internal relay `mail-int01.example.com [10.20.0.25]` and also passes mx01.\n'
             % (C.COMPANY['name'], C.COMPANY['legal'], C.COMPANY['trade'], ', '.join('`%s`' % d for d in C.COMPANY['domains']), C.COMPANY['mailboxes']))
    o.append('| Office | Location | Entity / address |\n|---|---|---|')
    for k, (loc, ent) in C.OFFICES.items():
        o.append('| %s | %s | %s |' % (k, loc, _cell(ent)))
    o.append('\n## Staff (also in `staff.txt`)\n')
    o.append('| Name | Address | Office | Role |\n|---|---|---|---|')
    for k, s in C.STAFF.items():
        name = s[0] + ((' (%s)' % s[4]) if s[4] else '')
        o.append('| %s | %s | %s | %s |' % (_cell(name), s[1], C.OFFICES[s[2]][0], _cell(s[3])))
    o.append('\n## Correspondents\n')
    o.append('| Organisation | Country | Contact | Address | Relationship |\n|---|---|---|---|---|')
    for org, cc, who, addr, rel in C.CORR:
        o.append('| %s | %s | %s | %s | %s |' % (_cell(org), cc, _cell(who), addr, _cell(rel)))
    o.append('\nSubscribed services and notification senders:\n')
    o.append('| Service | Sender | Use |\n|---|---|---|')
    for a, b, c in SERVICES:
        o.append('| %s | %s | %s |' % (_cell(a), b, _cell(c)))
    o.append('\nBank details used by genuine correspondents (all IBANs carry valid mod-97 and, where defined, national check digits):\n')
    o.append('- Lieferant GmbH: %s (Sparkasse Krefeld, until 31.12.2026), %s (Deutsche Bank, from 01.11.2026, announced in business 02)' % (C.LIEF_OLD, C.LIEF_NEW))
    o.append('- Ferretti Trasporti: %s; Partner Logistik: %s; Transportes Levante: %s; Βαφές Αιγαίου: %s; Harwood: %s' % (C.FERR, C.PLOG, C.LEV, C.VAFES, C.HARWOOD))
    o.append('- ООО «Строймаркет-Нева»: р/с %s, БИК %s, к/с %s (%s)\n' % (C.STROY_ACC, C.SBER_NW[0], C.SBER_NW[1], C.SBER_NW[2]))

    slug2file = {}
    for folder in ('attack', 'business'):
        for m in sets[folder]:
            slug2file[m.slug] = '%s/%s' % (folder, m.filename)
    for folder, title in (('attack', 'Attack messages (`attack/`)'), ('business', 'Genuine business messages (`business/`)')):
        o.append('## %s\n' % title)
        o.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |' % ('attack' if folder == 'attack' else 'genuine'))
        o.append('|---|---|---|---|---|---|---|')
        for m in sets[folder]:
            tp = m.body_text_part()
            cs, cte = (tp.charset.lower(), tp.cte) if tp else ('-', '-')
            o.append('| %s | %s | %s | %s | %s | %s | %s |' % (
                m.filename, m.lang, cs, cte, _cell(m.structure()), _cell(m.what), _cell(m.why)))
        o.append('')
    o.append('## Notes\n')
    o.append('### Hard negatives (genuine messages on the same topic as specific attacks)\n')
    o.append('| Genuine message | Mirrors attack(s) | What differs |\n|---|---|---|')
    for m in sets['business']:
        if m.pair:
            slugs, diff = m.pair
            o.append('| business/%s | %s | %s |' % (m.filename, ', '.join(slug2file[s] for s in slugs), _cell(diff)))
    o.append('')
    o.append('### Attack techniques covered\n')
    o.append('| Technique | Files |\n|---|---|')
    for tname, slugs in TECHNIQUES:
        o.append('| %s | %s |' % (_cell(tname), ', '.join('attack/' + slug2file[s].split('/')[1] for s in slugs)))
    o.append('')
    o.append('### Sending infrastructure used by the attacks\n')
    o.append('- Look-alike domains on rented VPS / own mail servers: Hetzner (01), Contabo (07), OVH (17), generic VPS (22, 34), DigitalOcean without rDNS (28), Hostinger (30, 35), cheap RU VPS (39).')
    o.append('- Attacker-run Microsoft 365 tenants on look-alike domains: 02, 31. Compromised third-party Microsoft 365 tenants: 09, 11, 36.')
    o.append('- Compromised small-business web hosting (cPanel/Exim, PHPMailer): 05, 12 (stolen SMTP credentials), 18, 26, 33; compromised company mail servers: 25 (home.pl), 37 (Exim).')
    o.append('- Free mailers: web.de (03), Gmail (08, 10), outlook.com (16, 20), libero.it (19), yandex.ru (38), mail.ru (40).')
    o.append('- Bulk ESPs: SendGrid (04, 29, 32), Mailgun (06, 14, 23), Brevo (21, 24), Amazon SES (13, 27). Direct-to-MX bot: 15.')
    o.append('')
    o.append('### Conventions\n')
    o.append('- Every message starts with `Return-Path`, then the `Received` header written by mx01 '
             '(`from HELO (rDNS [IP]) ... by mx01.example.com (Postfix) ... for <recipient>`), then the sending side\'s own hops.')
    o.append('- Genuine mail from the shared correspondents uses exactly the addresses listed above; attacks that come from '
             'those same addresses are marked as account compromise (thread hijack) in the table.')
    o.append('- Times: October–December 2026; the EU switch from summer time on 25 October 2026 and the US switch on '
             '1 November 2026 are reflected in the trace headers.')
    o.append('- QR codes are real, decodable PNG (or vector-in-PDF) QR codes produced by `gen/qr.py`; cryptocurrency addresses '
             'carry valid bech32 / base58check checksums; Russian accounts carry valid BIK control keys; INN/NIP/P.IVA/AFM/CIF/USt-IdNr '
             'numbers carry valid check digits.')
    o.append('- Password-protected archives use PKWARE ZipCrypto; the password is given in the message body. Archive members '
             'are one-line text placeholders under dangerous-looking names.')
    return '\n'.join(o) + '\n'
