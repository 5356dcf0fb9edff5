"""MANIFEST.md writer."""
import email

from lib import ids, world
from msgs import fname

HEAD = '''# Example Group - blind evaluation set for the mail gateway (set 137)

Trade: **%s**. 40 attack and 40 business messages as `mx01.example.com` received
them (October-December 2026), with the staff list and this manifest. Everything is
rebuilt by `python3 gen/build.py` (plain Python 3, deterministic: every random value
comes from a generator seeded with the message's file name), which then verifies
every message (MIME parse and decode of every part, PDF/ZIP/OOXML/PNG/SVG/ICS read-back,
QR decode, IBAN/tax-ID/account check digits, Received chain order, DKIM/DMARC verdicts
consistent with the signatures and alignment, facts listed here = facts present).

All names, domains (except well-known platforms and authorities that real mail
comes from or is impersonated), addresses, tax identifiers and accounts are
invented. Attachments are inert: "malware" is represented by file names and
explanatory text only; HTML/SVG attachments contain no script.
'''


def md(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def structure(part, top=True):
    ct = part.get_content_type()
    if part.is_multipart():
        inner = ', '.join(structure(p, False) for p in part.get_payload())
        return '%s[%s]' % (ct.split('/')[1], inner)
    fn = part.get_filename()
    if ct == 'message/rfc822':
        return 'message/rfc822'
    short = {'text/plain': 'plain', 'text/html': 'html'}.get(ct, ct)
    if fn:
        disp = (part.get('Content-Disposition') or '').split(';')[0].strip()
        return '%s "%s"%s' % (short, fn, ' (inline)' if disp == 'inline' else '')
    return short


def body_charsets(msg):
    cs, ctes = [], []
    for part in msg.walk():
        if part.is_multipart() or part.get_filename():
            continue
        ct = part.get_content_type()
        if ct in ('text/plain', 'text/html'):
            c = part.get_content_charset() or 'us-ascii'
            t = (part.get('Content-Transfer-Encoding') or '7bit').lower()
            if c not in cs:
                cs.append(c)
            if t not in ctes:
                ctes.append(t)
        if ct == 'message/rfc822':
            break
    return ', '.join(cs), ', '.join(ctes)


def render(built):
    out = [HEAD % world.TRADE]
    out.append('## The company\n')
    out.append('"Example Group" is a European importer and blender of tea and spices, about 700 mailboxes. '
               'Mail domains `example.com` and `examplegroup.eu`. Inbound MX `mx01.example.com` (Postfix with policyd-spf, '
               'OpenDKIM, OpenDMARC); internal mail from the Exchange 2019 servers `EXCH01/EXCH02.corp.example.com` '
               '(10.20.0.31/.32) is relayed by `mail-int01.example.com [10.20.0.25]` (DKIM s=int2026 for example.com and examplegroup.eu).\n')
    out.append('| Country | City | Legal entity | Address | Tax ID | Register | Role of the office |')
    out.append('|---|---|---|---|---|---|---|')
    for o in world.OFFICES:
        out.append('| %s | %s | %s | %s | %s %s | %s | %s |' % (o['country'], o['city'], md(o['entity']), md(o['address']),
                                                              o['taxid'][0], o['taxid'][1], md(o['reg']), md(o['role'])))
    out.append('')
    out.append('Tax identifiers (all with valid check digits): ' + '; '.join('%s %s %s' % (o['cc'], o['taxid'][0], o['taxid'][1]) for o in world.OFFICES) + '.\n')
    out.append('Own bank accounts (used in genuine mail):\n')
    out.append('| Entity | Bank | BIC | IBAN |')
    out.append('|---|---|---|---|')
    for k, (bank, bic, iban) in world.OWN_ACCOUNTS.items():
        out.append('| %s | %s | %s | %s |' % (k, md(bank), bic, ids.fmt_iban(iban)))
    rb = world.RU_BANK
    out.append('| RU | %s | БИК %s | р/с %s, к/с %s |' % (rb['bank'], rb['bik'], rb['acc'], rb['corr']))
    out.append('')
    out.append('## Staff (`staff.txt`)\n')
    out.append('| Name | Address | Office | Role |')
    out.append('|---|---|---|---|')
    for n, a, o, r in world.STAFF:
        nat = world.NATIVE.get(a)
        out.append('| %s%s | %s | %s | %s |' % (n, (' (%s)' % nat) if nat else '', a, o, md(r)))
    out.append('')
    out.append('## Correspondents\n')
    out.append('| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |')
    out.append('|---|---|---|---|---|')
    for c in world.CORRESPONDENTS:
        ppl = '; '.join('%s <%s> (%s)' % (n, a, r) for n, a, r in c['people'])
        out.append('| %s | %s | %s | %s | %s |' % (md(c['org']), c['country'], md(ppl), md(c['rel'] + '. ' + c['address'] + ', tax ID ' + c['taxid']), md(c['mail'])))
    for n, a, r, ms in world.PLATFORMS:
        out.append('| %s (platform) | - | %s | %s | %s |' % (md(n), md(a), md(r), md(ms)))
    out.append('')
    for kind, why in (('attack', 'Why attack'), ('business', 'Why genuine')):
        out.append('## %s/\n' % kind)
        out.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |' % why)
        out.append('|---|---|---|---|---|---|---|')
        for e, m, raw in built:
            if e['kind'] != kind:
                continue
            msg = email.message_from_bytes(raw)
            cs, cte = body_charsets(msg)
            out.append('| `%s` | %s | %s | %s | %s | %s | %s |' % (m.fname, e['lang'], cs, cte, md(structure(msg)), md(e['what']), md(e['why'])))
        out.append('')
    out.append('## Notes\n')
    out.append('### Hard negatives (genuine message of the same topic as an attack)\n')
    out.append('| Genuine (business/) | Attack (attack/) | Shared topic | What tells them apart |')
    out.append('|---|---|---|---|')
    byname = {(e['kind'], e['num']): (e, m) for e, m, raw in built}
    for e, m, raw in built:
        if e['kind'] == 'attack' and e.get('hn'):
            for ref in e['hn'].split(','):
                k, n = ref.strip().split('/')
                if (k, int(n)) not in byname:
                    continue
                be, bm = byname[(k, int(n))]
                tell = HN_TELL.get((e['num'], int(n))) or m.meta.get('tell', '')
                out.append('| `%s` | `%s` | %s | %s |' % (bm.fname, m.fname, md(HN_TOPIC.get(e['num'], '')), md(tell)))
    out.append('')
    out.append('### Account numbers, identifiers, QR codes\n')
    out.append(NOTES_ACCOUNTS)
    allib = []
    for e, m, raw in built:
        for v, note in m.facts['iban']:
            allib.append((v, note, m.fname, e['kind']))
    out.append('| IBAN | Valid (mod-97 + national check) | Where | Role |')
    out.append('|---|---|---|---|')
    for v, note, f, k in sorted(allib, key=lambda x: (x[3], x[2])):
        out.append('| %s | %s | %s/%s | %s |' % (ids.fmt_iban(v), 'yes' if ids.iban_valid(v) else 'NO', k, f, md(note)))
    out.append('')
    out.append('### Transport and header conventions\n')
    out.append(TRANSPORT_NOTES)
    out.append('### Coverage of attack techniques\n')
    out.append('| Technique | Files |')
    out.append('|---|---|')
    for tech, nums in COVERAGE:
        files = ', '.join('`%s`' % m.fname for e, m, raw in built if e['kind'] == 'attack' and e['num'] in nums)
        out.append('| %s | %s |' % (tech, files))
    out.append('')
    out.append('### Facts per message\n')
    out.append('Every IBAN, URL, phone number, wallet, Russian account and QR payload that occurs anywhere in a message '
               '(bodies, attachments, nested messages). The build verifies that these lists are exactly what the messages contain '
               '(URLs, IBANs, wallets automatically; phones and accounts by presence).\n')
    for e, m, raw in built:
        out.append('#### %s/%s\n' % (e['kind'], m.fname))
        any_ = False
        for kind, label in (('iban', 'IBAN'), ('account', 'Account (RU)'), ('bank', 'Other bank detail'), ('url', 'URL'), ('phone', 'Phone'), ('wallet', 'Wallet'), ('qr', 'QR payload')):
            for v, note in m.facts[kind]:
                any_ = True
                if kind == 'qr':
                    v = v.replace('\n', '\\n')
                out.append('- %s: `%s`%s' % (label, v, (' - ' + note) if note else ''))
        for label, v, note in m.meta.get('extra_facts', []):
            any_ = True
            out.append('- %s: `%s` - %s' % (label, v, note))
        if not any_:
            out.append('- (no IBAN, URL, phone number, wallet or QR code)')
        out.append('')
    return '\n'.join(out) + '\n'


NOTES_ACCOUNTS = '''IBANs are built from invented national account numbers with the ISO 13616
mod-97 check digits and, where the country has one, the national check (Italian CIN,
Spanish DC, Polish bank-branch check digit). Russian settlement accounts carry the
control key computed with the bank's BIK (CBR algorithm). Tax identifiers use the
official check-digit algorithms (DE USt-IdNr. ISO 7064 MOD 11,10; IT partita IVA Luhn;
PL NIP weighted mod 11; ES CIF; GR ΑΦΜ; GB VAT mod 97; BE enterprise number mod 97; RU ИНН/ОГРН). Bitcoin addresses
are bech32 (BIP-173) with a valid checksum. Phone numbers are invented; UK numbers use
the Ofcom drama range 020 7946 0xxx.

QR codes are encoded by this build (`gen/lib/qr.py`, byte mode, EC level M) and decoded
back in the verification step. Payload types: EPC069-12 "GiroCode" SEPA credit transfer
(`BCD/002/1/SCT/...`) on genuine and fraudulent invoices, URLs (quishing), a Polish KSeF
invoice verification link, a Greek e-invoice (myDATA provider) verification link, and an
internal MFA enrolment link.
'''


HN_TOPIC = {
    1: 'Supplier announces new bank account', 2: 'Order thread with the spice mill (delivery / invoice documents)',
    3: 'Urgent payment request from the CEO to the CFO', 4: 'Customs duty assessment for an import',
    5: 'Mail asking staff to scan a QR code and sign in', 6: 'Password-protected ZIP attachment',
    7: 'DocuSign envelope in the name of the house bank', 9: 'Mail from the customer buyer about a meeting / tender',
    10: 'Account security / consent prompt from Microsoft or Google', 12: 'Customer tender (RFQ)',
    13: 'Employee writing from a private mail account', 14: 'Trade-fair (SIAL Paris) follow-up',
    15: 'Remittance advice for the UK accountant', 16: 'IT operations notice (Exchange / mailbox)',
    18: 'Carrier\'s invoices and bank details', 19: 'PEC / hosting renewal notice', 20: 'Boss asks the office to buy gifts for customers',
    21: 'Large order enquiry from a customer', 22: 'KSeF e-invoice notification', 23: 'Logistics partner\'s bank account',
    24: 'Parcel delivery notification', 25: 'Request for quotation from a Polish wholesaler', 26: 'Payment demand / court procedure',
    27: 'AEAT / VAT return', 28: 'Saffron supplier invoice with VeriFactu QR', 29: 'Bank operation pending second signature',
    30: 'Google Forms questionnaire', 31: 'Dropbox share notification', 32: 'AADE / myDATA', 33: 'QR code in a Greek mail',
    34: 'Herb supplier sharing documents', 35: 'ΓΕΜΗ business-register mail', 36: 'Mailbox quota warning', 37: 'Tax-office requirement (ФНС)',
    38: 'Reconciliation statement (акт сверки)', 39: 'Electronic-signature certificate expiry', 40: 'Diadoc EDI notification',
}

HN_TELL = {
    (1, 1): 'Genuine: real domain lieferant-gmbh.de via the supplier\'s Exchange/Postfix relay, both managing directors sign, long transition with forwarding, asks to verify by phone. Attack: lieferantgmbh.de via Zoho from a VPN, new account at another bank, confirm by mail only.',
    (7, 8): 'The bank\'s own newsletter warns that it never asks for credentials and explains payee verification; the attack uses the bank\'s name inside a DocuSign envelope with an outlook.de reply address.',
    (9, 11): 'Same customer tenant; the genuine buyer mail is a PO with a PDF; the compromised-account mail asks to enter a device code at microsoft.com/devicelogin.',
    (9, 12): 'The genuine tender invitation comes from SAP Ariba; the attack is a "Teams" device-code request from the buyer\'s hijacked mailbox.',
    (10, 9): 'Microsoft\'s real notice comes from accountprotection.microsoft.com and links to account.live.com; the attack is SES mail from acrobat-securedocs.com linking to an OAuth consent for a foreign app.',
    (10, 10): 'Google\'s real alert from accounts.google.com vs. an OAuth consent lure for mailbox read access.',
    (12, 12): 'Real RFQ through SAP Ariba (ansmtp.ariba.com) for the customer\'s realm; the fake comes from harrowgatefinefoods.co with a portal login link inside a PDF.',
    (14, 14): 'The association newsletter itself warns that nobody sells attendee lists; the scam is an unsolicited Gmail offer of 74,312 "verified contacts".',
    (18, 17): 'Genuine Ferretti invoice from amministrazione@ with XML and the usual Italian IBAN; the attack is a traffic clerk\'s reply asking to pay to a Lithuanian factoring account.',
    (18, 18): 'Same mailbox (c.colombo@): the genuine mail is operational (slots, plates), the compromised one is about money and a new account.',
    (19, 19): 'Aruba\'s real notice from staff.aruba.it with two months lead time and customer code; the fake via Mailchimp from arubapec-servizi.it with 2-day deadline and card payment.',
    (20, 20): 'Internal request with approved budget, known supplier and an invoice; the fraud asks for gift cards and codes by photo from a Gmail address.',
    (21, 21): 'Real customer order from a known shop with an XLSX; the fake buyer asks for a registration fee to a third-party IBAN.',
    (22, 22): 'Genuine invoice from Partner Logistik with KSeF number and KOD I QR to qr.ksef.mf.gov.pl; the fake asks to log in via ksef-powiadomienia.pl.',
    (23, 22): 'The genuine invoice shows the white-listed PKO BP account; the look-alike mail asks to pay to a new Millennium account.',
    (23, 23): 'The genuine partner warns about partner-logistyk.pl and confirms the old account - the exact counterpart of the attack.',
    (24, 24): 'DPD\'s real notice from dpd.com.pl, tracking link, no payment; the fake "InPost" demands 2.99 PLN via a .click domain.',
    (25, 25): 'Known customer sends an XLSX from its Workspace; the compromised wholesaler sends only a Canva link.',
    (26, 26): 'The genuine message is an internal report forwarding a similar scam to IT; the attack is the .img "lawsuit" from wp.pl.',
    (27, 27): 'Adviser\'s draft 303 with PDF and warning about fake AEAT mails vs. SES mail from agenciatributaria-sede.es with a download link.',
    (28, 28): 'Same layout and VeriFactu QR; genuine via IONOS from azafranes-lamancha.es with the usual IBAN, fake via Google Workspace from azafranesdelamancha.es with a new IBAN.',
    (29, 29): 'Internal colleague asks for the second signature in the bank app "as usual"; the phish asks to log in through a link because a "certificate expired".',
    (30, 30): 'Both are genuine Google Forms mails; the adviser\'s form asks closing facts, the abusive "supplier registration" form asks bank data and passwords.',
    (31, 31): 'Both are genuine Dropbox mails; announced folder of photos vs. unannounced PDF with template text from a hijacked adviser account at night.',
    (32, 32): 'Internal note says AADE acts arrive only in the myAADE inbox; the phish asks for TAXISnet credentials on myaade-gov.com.',
    (33, 33): 'QR inside a supplier\'s invoice PDF to the e-invoicing provider\'s verification page vs. QR in the mail body to a fake bank login.',
    (34, 33): 'Olympos Herbs\' accounting sends invoices as PDFs; the hijacked owner mailbox sends a Google Slides link to many undisclosed recipients.',
    (34, 34): 'Genuine Drive folder share via Google with a personal note vs. direct mail with a published-Slides link.',
    (35, 35): 'The register portal announces a filed change and links to the public record; the scam demands 1,290 EUR to a Cyprus IBAN for a private directory.',
    (36, 36): 'Exchange\'s own quota warning (internal system mailbox, no link) vs. otenet.gr mail with an OWA look-alike link.',
    (37, 37): 'Internal: requirements arrive via Контур.Экстерн; attack: ZIP with .pdf.scr from nalog-uvedomlenie.ru.',
    (38, 38): 'Accounting mailbox sends XLSX and signs via Diadoc; the purchaser\'s hijacked mailbox sends a Yandex Disk link requiring login.',
    (39, 39): 'Kontur CA names the holder and serial and requires identity check in person/Gosuslugi; the fake renews "online in 15 minutes with SMS code".',
    (40, 40): 'Real Diadoc mail from diadoc.ru linking to diadoc.kontur.ru; fake "Diadoc" from a hacked Bitrix shop with a RAR download on diadok-kontur.ru.',
}


TRANSPORT_NOTES = """Every message starts with what mx01 adds: `Return-Path`, then the milter/policy
headers (OpenDMARC `Authentication-Results`, OpenDKIM `Authentication-Results`,
policyd-spf `Received-SPF`, inserted above Postfix's own line), then mx01's `Received`
line naming the connecting client's HELO, reverse DNS and IP, TLS parameters, queue ID and
envelope recipient. Below it follows the sender side exactly as the sending system writes
it (Exchange Online with ARC and X-MS-Exchange-*, Gmail/Workspace with X-Google-*/X-Gm-*,
Amazon SES with two DKIM signatures and Feedback-ID, SendGrid, Mailchimp, Mailgun, Brevo,
Postmark, HubSpot, CleverReach, SendPulse, Zoho, Yandex 360, wp.pl, home.pl, OVH, IONOS,
Aruba, all-inkl, cPanel/Exim with X-AntiAbuse and PHPMailer, Hornetsecurity, DocuSign,
PayPal, SAP Ariba, Dropbox, on-premise Exchange 2016/2019). Internal mail goes
EXCH01/EXCH02 (10.20.0.31/.32) -> mail-int01.example.com [10.20.0.25] (DKIM d=example.com)
-> mx01; SPF is not evaluated for the internal relay.

Addresses: ranges of the real providers where the provider is real (as publicly known; Google 209.85.128.0/17, EOP
40.107.0.0/16, SES 54.240.0.0/18 and 69.169.224.0/20, SendGrid 149.72.0.0/16, Mailchimp
198.2.128.0/18, Mailgun 159.135.0.0/16, Postmark 50.31.156.0/24, Brevo 185.41.28.0/22,
HubSpot 143.244.80.0/20, Zoho EU 136.143.169.0/24, Yandex 178.154.239.0/24, PayPal
173.0.80.0/20, Dropbox 162.125.0.0/16, IONOS 212.227.0.0/16, home.pl 79.96.0.0/16, wp.pl
212.77.101.0/24, Aruba 62.149.0.0/16); documentation ranges for invented organisations
(198.51.100.0/24 Example Group's egress, 203.0.113.0/24 Lieferant GmbH, 192.0.2.0/24
Nordhanse Bank and the customs broker). DKIM/ARC signature values are invented; the
`Authentication-Results` written by mx01 state the verdicts as modelled (pass for
look-alike and compromised senders that sign correctly, softfail/fail for spoofing).
Dates are October-December 2026 with correct weekday and time-zone offsets (EU summer time
ends 25 Oct 2026, US 1 Nov 2026).
"""

COVERAGE = [
    ('BEC / CEO fraud, gift cards', (3, 20)),
    ('Supplier bank-detail change from look-alike domain', (1, 23)),
    ('Compromised real mailbox / thread hijacking', (2, 6, 9, 18, 25, 34, 38)),
    ('Invoice fraud with forged invoice', (28, 18)),
    ('Credential phishing (Microsoft/OWA, bank, tax portals, KSeF)', (2, 4, 22, 27, 29, 32, 36, 39)),
    ('Quishing (QR in PDF / inline image)', (5, 33)),
    ('HTML / SVG / PDF attachment lures', (2, 15, 5, 12, 17)),
    ('Abuse of real platforms (DocuSign, PayPal, Google Forms, Dropbox, Canva, Google Slides, Yandex Disk, Microsoft device login/OAuth)', (7, 11, 30, 31, 25, 34, 38, 9, 10)),
    ('Callback phishing (TOAD)', (11,)),
    ('Help-desk pretext / remote-access tool (ScreenConnect), calendar invite', (16,)),
    ('Device-code and OAuth consent phishing', (9, 10)),
    ('Fake tender / fake buyer / advance fee', (12, 21, 25)),
    ('Directory, register and attendee-list scams', (14, 35)),
    ('Sextortion with Bitcoin wallet', (8,)),
    ('Payroll diversion', (13,)),
    ('Malware loaders: password ZIP + LNK, ZIP + SCR, IMG, RAR link, ZIP link', (6, 37, 26, 40, 17, 27)),
    ('Fake legal / authority notices (tax, customs, court, CA)', (4, 17, 22, 26, 27, 32, 37, 39)),
    ('Bulk-service delivery (SES, SendGrid, Mailgun, Brevo, Mailchimp, Postmark, SendPulse)', (10, 27, 4, 33, 22, 29, 19, 16, 39)),
    ('Parcel / small-payment scam', (24,)),
]
