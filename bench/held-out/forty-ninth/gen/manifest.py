"""Writes staff.txt and MANIFEST.md."""
import mime
from people import COMPANY, OFFICES, STAFF, SHARED, CORR, BANK, RU, IDS
import checksums as C

# business file number -> attack file numbers it is a hard negative of
# (same topic / same counterpart, genuine sender)
HARD_NEG = {
    1: [1], 2: [2], 3: [3], 4: [5, 8], 6: [7], 7: [4], 8: [6], 9: [9], 10: [10, 28], 12: [12], 13: [13],
    14: [14], 17: [17], 18: [18], 19: [19], 21: [20], 22: [22], 23: [23], 24: [26], 27: [27], 28: [30],
    29: [29], 31: [7], 32: [32], 34: [34], 35: [35], 36: [36], 37: [37], 40: [40],
}
# weaker relations (shared style, channel or pressure pattern)
RELATED = {
    5: [24, 26], 11: [3, 36], 14: [24], 15: [9], 16: [15], 24: [22], 25: [7, 34], 30: [31, 28], 33: [34, 36],
    38: [38, 40], 39: [38], 26: [5],
}
LANG = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def staff_txt():
    return ''.join('%s=%s\n' % (n, a) for n, a, _, _ in STAFF)


def cell(s):
    return s.replace('|', '\\|').replace('\n', ' ')


def body_info(part):
    cs, ct = [], []
    for p in mime.body_parts(part):
        if p.kind == 'body' and p.ctype in ('text/plain', 'text/html') and not p.filename:
            if p.charset not in cs:
                cs.append(p.charset)
            c = {'quoted-printable': 'quoted-printable'}.get(p.cte, p.cte)
            if c not in ct:
                ct.append(c)
    return ' + '.join(cs), ' + '.join(ct)


def folder_table(msgs):
    out = ['| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |',
           '|---|---|---|---|---|---|---|']
    for m in msgs:
        cs, ct = body_info(m['body'])
        p = m['_profile']
        sender = '%s <%s>' % (m['frm'][0], m['frm'][1])
        what = m['what'] + ' (From: %s; connecting client at mx01: %s [%s])' % (sender, p['mx'][1], p['mx'][2])
        out.append('| %s | %s | %s | %s | %s | %s | %s |' % (
            m['file'], m['lang'], cell(cs), cell(ct), cell(mime.structure(m['body'])), cell(what), cell(m['why'])))
    return '\n'.join(out)


def manifest(attacks, business):
    L = []
    L.append('# Evaluation set "audit49" - Example Group mail gateway\n')
    L.append('Generated deterministically by `python3 gen/build.py` (Python 3 standard library only, fixed seeds, no clock). '
             '80 RFC 5322 messages: 40 attacks in `attack/`, 40 genuine messages in `business/`, language split de 8, en 8, it 5, pl 5, es 5, el 5, ru 4 '
             '(files numbered 01-40 in that order).\n')
    L.append('## The company\n')
    L.append('- **%s** (%s), domains `example.com` and `examplegroup.eu`, %s mailboxes.' % (COMPANY['name'], COMPANY['legal'], COMPANY['mailboxes']))
    L.append('- Trade: %s' % COMPANY['trade'])
    L.append('- Inbound MX: `mx01.example.com` (Postfix). Every message\'s top `Received:` header is mx01\'s, '
             '`from HELO (rDNS [IP]) ... by mx01.example.com (Postfix) with ESMTP(S) id ... for <recipient>`; below it the sender\'s own hops.')
    L.append('- Internal mail: Exchange 2019 on premises (EXMBX01/EXMBX02.corp.example.com) -> internal relay `mail-int01.example.com [10.20.0.25]` -> mx01; '
             'the hop below mx01\'s header is the Exchange hop. Internal ERP (SAP) mail takes the same path.')
    L.append('- No Authentication-Results, DKIM-Signature, ARC-* or X-Spam-* headers are present anywhere (the gateway computes these itself). '
             'All dates fall between 12 October and 10 December 2026; time zones follow the sending system (CET/CEST switch on 25 Oct, EET/EEST, GMT/BST, MSK, US Pacific for Google/GitHub hops).')
    L.append('- Offices:')
    for k, (city, addr) in OFFICES.items():
        L.append('  - %s - %s: %s' % (k, city, addr))
    L.append('- Registry ids used in the mails (all with valid check digits): DE USt-IdNr %s; IT P.IVA %s; PL NIP %s, REGON %s; ES CIF %s; GR AFM %s; '
             'UK VAT %s, company no. %s; RU INN %s / KPP %s / OGRN %s; Commerzbank account %s.'
             % (IDS['ex_de_vat'], IDS['ex_it_piva'], IDS['ex_pl_nip'], IDS['ex_pl_regon'], IDS['ex_es_cif'], IDS['ex_gr_afm'],
                IDS['ex_uk_vat'], IDS['ex_uk_crn'], RU['ex_ru_inn'], RU['ex_ru_kpp'], RU['ex_ru_ogrn'], C.fmt_iban(BANK['ex_de'])))
    L.append('\n## Staff (`staff.txt`)\n')
    L.append('| Name | Address | Office | Role |')
    L.append('|---|---|---|---|')
    for n, a, o, r in STAFF:
        L.append('| %s | %s | %s | %s |' % (n, a, OFFICES[o][0], r))
    L.append('\nShared / functional mailboxes referenced in mails (not persons, not in staff.txt): ' +
             '; '.join('`%s` (%s)' % (a, d) for _, a, d in SHARED) + '; `alle-mitarbeitenden@example.com` (all-staff list), `sap-noreply@example.com` (SAP PRD system sender).\n')
    L.append('## Correspondents\n')
    L.append('| Name | Address | Organisation | Country | Relationship |')
    L.append('|---|---|---|---|---|')
    for n, a, org, c, r in CORR:
        L.append('| %s | %s | %s | %s | %s |' % (cell(n), a, cell(org), c, cell(r)))
    L.append('\nGenuine service senders used in `business/`: Microsoft (microsoft-noreply@microsoft.com, no-reply@sharepointonline.com), '
             'Google (no-reply@accounts.google.com, drive-shares-dm-noreply@google.com), GitHub (noreply@github.com), Yandex ID (noreply@id.yandex.ru), '
             'DocuSign EU (dse@eumail.docusign.net), GOV.UK Notify for Companies House, Aruba Fatturazione Elettronica, Factorial HR (via SendGrid), '
             'Kontur.Diadok (noreply@diadoc.kontur.ru), CleverReach and Brevo newsletters.\n')
    for title, msgs in (('attack', attacks), ('business', business)):
        L.append('## Folder `%s/`\n' % title)
        L.append(folder_table(msgs))
        L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives (business message -> attack(s) with the same topic)\n')
    for b, alist in sorted(HARD_NEG.items()):
        bm = business[b - 1]
        L.append('- `business/%s` -> %s' % (bm['file'], ', '.join('`attack/%s`' % attacks[a - 1]['file'] for a in alist)))
    L.append('\n%d business messages are same-topic hard negatives of specific attacks. Weaker relations (same channel, '
             'style or pressure pattern, useful as secondary negatives):\n' % len(HARD_NEG))
    for b, alist in sorted(RELATED.items()):
        bm = business[b - 1]
        L.append('- `business/%s` ~ %s' % (bm['file'], ', '.join('`attack/%s`' % attacks[a - 1]['file'] for a in alist)))
    L.append('')
    L.append('### Attack techniques covered\n')
    L.append('BEC/CEO fraud (01, 34), fake lawyer (13, announced in 01), supplier/carrier bank-detail change from look-alikes and free mail (02, 17, 35), '
             'payroll diversion (07), thread hijack from genuinely compromised partner mailboxes (03 Microsoft 365, 22 Google Workspace), '
             'tax-office phishing (14 HMRC, 19 AdE/SdI, 27 AEAT/DEHú, 32 AADE/myDATA, 37 FNS), e-invoicing/EDI (19 SdI, 23 KSeF, 32 myDATA, 40 Diadok), '
             'trade regulators (04 LUCID/VerpackG/PPWR, 20 CONAI, 31 Spanish producer register), courier/customs (25 DHL), banks (21 Intesa Inbiz, 33 Piraeus winbank, 38 SberBusiness), '
             'trade portal (15 EcoVadis), quishing with real PNG QR codes (05, 29), callback/TOAD (10 via genuine PayPal invoice, 28), HTML attachments with login forms (19, 30), '
             'SVG attachment (11), password-protected ZipCrypto archives (06 .pdf.lnk, 22 .pdf.js, 37 padded .pdf .exe), plain ZIP with .pdf.vbs (26), ClickFix (12), '
             'device-code phishing (09), Teams/Quick Assist vishing pretext after mail bombing (08), extortion (16 sextortion, 39 data-leak), gift cards (18), '
             'fake register/directory invoice (24), fake RFQ (30), abuse of genuine services (10 PayPal, 36 Google Drawings share, 08 onmicrosoft.com tenant).\n')
    L.append('Infrastructure variety: free mailers (GMX, Gmail, libero.it, op.pl), compromised small businesses (cPanel/Exim and PHPMailer hosts, Aruba, Beget, '
             'a mail server with The Bat!), look-alike domains on VPS hosts (OVH, Hetzner, Contabo, seohost, firstbyte, ITLDC), Zoho, bulk ESPs (SendGrid, Mailgun, Brevo, Amazon SES), '
             'genuine platforms abused (PayPal, Google Drive, Microsoft 365).\n')
    L.append('### Data validity\n')
    L.append('- Every IBAN passes ISO 13616 mod-97; Italian IBANs carry a correct CIN, Spanish ones correct DC digits, Polish ones a correct sort-code check digit '
             '(e.g. mBank 1140 2004). German account-number check methods are bank-specific and are not modelled. Greek customs payment reference uses ISO 11649 (RF) check digits.')
    L.append('- Russian settlement and correspondent accounts carry a valid control key for their BIK (Sberbank North-West BIK %s, corr. %s); INN (10 and 12 digits), OGRN/OGRNIP, '
             'Italian P.IVA, Spanish CIF, Polish NIP/REGON, Greek AFM, German USt-IdNr and UK VAT numbers have valid check digits.' % (RU['sber_nw_bik'], RU['sber_nw_corr']))
    L.append('- Bitcoin addresses: attack/16 bech32 (P2WPKH, BIP-173 checksum), attack/39 base58check (P2PKH).')
    L.append('- QR codes (attack/05, attack/29) are real QR codes (byte mode, ECC M) produced by `gen/qr.py`; the build decodes them back with an independent reader in the same file '
             '(format BCH, Reed-Solomon syndromes) and, if `zbarimg` is installed, with zbar as well.')
    L.append('- Attachments are inert: PDFs contain text only; archives contain a one-line placeholder under a dangerous-looking name; HTML attachments contain a '
             'plain form (no script); the SVG contains only shapes and a hyperlink; PNGs are QR codes or synthetic photos; XLSX files are data-only workbooks.')
    L.append('- Phone numbers in attacks use reserved drama ranges where they exist (UK 020 7946 0xxx, 0121 496 0xxx, 07700 900xxx; NANP 555-01xx).')
    L.append('- Python\'s `email` package renders a display name that is split over two RFC 2047 encoded-words with an extra space (parser quirk); the raw headers are RFC-conformant.')
    return '\n'.join(L) + '\n'
