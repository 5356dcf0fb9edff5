"""MANIFEST.md writer."""
from people import COMPANY, OFFICES, STAFF, FUNCTIONAL, CORRESPONDENTS


def cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def render(attacks, business):
    L = []
    L.append('# Blind evaluation set – Example Group mail gateway\n')
    L.append('## The company\n')
    L.append(f"**{COMPANY['name']}** ({COMPANY['legal']}, VAT {COMPANY['vat']}) is a {COMPANY['trade']}. "
             f"Headquarters: {COMPANY['hq']}. Mail domains: `example.com` and `examplegroup.eu`, "
             f"{COMPANY['mailboxes']} mailboxes.\n")
    L.append('Offices: ' + '; '.join(f'{k} – {v}' for k, v in OFFICES.items()) + '.\n')
    L.append('Mail flow: inbound MX is `mx01.example.com` (Postfix). Every message\'s top `Received` header is mx01\'s '
             '(`from HELO (rDNS [IP]) … by mx01.example.com (Postfix) … for <recipient>`), followed by the sender\'s own '
             'hops. Internal mail reaches mx01 from the internal relay `mail-int01.example.com [10.20.0.25]`, with the '
             'Exchange 2019 hops (EXCH02 → EXCH01, corp.example.com) below it. No Authentication-Results, DKIM, ARC or '
             'X-Spam headers are present: the gateway is expected to evaluate those itself (offline). Dates: '
             'October–December 2026 (CEST until 25 Oct, CET afterwards).\n')
    L.append('## Staff (staff.txt)\n')
    L.append('| Name | Address | Office | Role |\n|---|---|---|---|')
    for name, addr, office, role in STAFF.values():
        L.append(f'| {cell(name)} | {addr} | {cell(OFFICES[office])} | {cell(role)} |')
    L.append('\nFunctional mailboxes (not in staff.txt): ' +
             ', '.join(f'`{a}` ({d})' for a, d in FUNCTIONAL) + '.\n')
    L.append('## Correspondents\n')
    L.append('| Company | Country | Relationship | Addresses | Mail system |\n|---|---|---|---|---|')
    for comp, country, role, contacts, system in CORRESPONDENTS:
        L.append(f'| {cell(comp)} | {cell(country)} | {cell(role)} | {cell(", ".join(contacts))} | {cell(system)} |')
    L.append('\nPrivate addresses of staff used in the set: Dennis Braun `dennis.braun84@gmx.de` (genuine), '
             'Davide Galli `davide.galli77@libero.it` (genuine). Any other private-looking address of a staff '
             'member is an impostor.\n')
    for title, folder, msgs, key in (('Attack messages (attack/)', 'attack', attacks, 'Why attack'),
                                      ('Genuine business messages (business/)', 'business', business, 'Why genuine')):
        L.append(f'## {title}\n')
        L.append(f'| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | {key} |')
        L.append('|---|---|---|---|---|---|---|')
        for m in msgs:
            L.append(f'| {m.filename} | {m.lang} | {cell(m.charset_desc())} | {cell(m.cte_desc())} | '
                     f'{cell(m.structure())} | {cell(m.what)} | {cell(m.why)} |')
        L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives (genuine message ↔ attack on the same topic)\n')
    L.append('| Business message | Attack(s) it mirrors | What differs |\n|---|---|---|')
    by_num = {m.num: m for m in attacks}
    for m in business:
        if m.hn:
            nums, diff = m.hn
            names = ', '.join(by_num[n].filename if n in by_num else f'{n:02d}' for n in nums)
            L.append(f'| {m.filename} | {names} | {cell(diff)} |')
    L.append('')
    L.append('### Other notes\n')
    L.append('- Attack chains: attack 01 (CEO on look-alike domain) and attack 13 ("lawyer") belong to the same '
             'CEO-fraud case; attack 03 and attack 25 reuse real threads whose genuine messages are business 03 and 23.')
    L.append('- Compromised genuine mailboxes (sender authentic, content malicious): attack 03 (Lieferant GmbH, webmail '
             'from a VPN address), attack 20 (small customer on libero.it), attack 25 (Partner Logistik M365 '
             'mailbox), attack 36 (small customer on otenet.gr). Abused genuine service: attack 11 (PayPal invoice '
             'with callback number), attack 15 links to the real microsoft.com/devicelogin.')
    L.append('- All IBANs carry valid ISO 13616 check digits; where national check digits exist they are valid too '
             '(IT CIN, ES DC, PL sort-code digit, BE mod 97). Russian settlement/correspondent accounts carry '
             'valid control keys for the stated BIK; INN/NIP/P.IVA/CIF/AFM/USt-IdNr use valid check digits. '
             'The Bitcoin address is a valid bech32 P2WPKH address.')
    L.append('- Not modelled: bank-specific German account check-digit methods and UK sort-code modulus checks (DE/GB '
             'IBANs are valid only at IBAN level); Lithuanian and Greek IBANs have no national check digit.')
    L.append('- QR codes (attacks 05, 06, 35) are real QR Code Model 2 symbols written by gen/qr.py (byte mode, '
             'ECC level M); attack 06 carries an EPC "GiroCode" payment payload.')
    L.append('- Attachments are inert: PDFs contain only text, ZIP archives contain a one-line placeholder under a '
             'dangerous-looking name (.pdf.js, .pdf.lnk, .pdf.vbs, .pdf.exe); encrypted ones use ZipCrypto with the '
             'password given in the mail body. HTML/SVG attachments contain no script (forms, links and text only).')
    L.append('- Attack URLs and domains are meant to be fictitious look-alikes (not checked against live DNS); '
             'phone numbers in attacks use reserved/drama ranges where one exists (UK 020 7946 0xxx). Genuine-service '
             'URLs follow the services\' real formats; DocuSign, Mailgun, SendGrid, Brevo, SES and Mailchimp host names '
             'and IPs are plausible approximations written offline.')
    L.append('\nRegenerate with `python3 gen/build.py` (deterministic, stdlib only).\n')
    return '\n'.join(L)
