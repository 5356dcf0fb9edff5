"""MANIFEST.md writer."""
import company as C
from idcheck import group4

TRADE = ('cable and wire manufacturer (LV/MV power cable, installation wire, solar and flexible cable; '
         'plants in Köln-Mülheim and Bydgoszcz)')


def cell(x):
    return str(x).replace('|', '\\|').replace('\n', ' ')


def table(head, rows):
    out = ['| ' + ' | '.join(head) + ' |', '|' + '|'.join('---' for _ in head) + '|']
    for r in rows:
        out.append('| ' + ' | '.join(cell(c) for c in r) + ' |')
    return '\n'.join(out)


LANGN = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek',
         'ru': 'Russian'}


def write(path, specs, results):
    L = []
    L.append('# Example Group – blind evaluation set (mail gateway, spam/phishing filtering)\n')
    L.append('Trade: %s. 40 attack messages (`attack/`) and 40 genuine messages (`business/`), all as received by '
             '`mx01.example.com` (Postfix) in October–December 2026. Rebuild and verify with '
             '`python3 gen/build.py` (Python 3 standard library only, deterministic).\n' % TRADE)
    L.append('## The company\n')
    L.append('"Example Group", a European cable and wire manufacturer with about 700 mailboxes. Mail domains '
             '`example.com` and `examplegroup.eu`. Inbound MX `mx01.example.com` (Postfix + rspamd milter writing '
             '`Authentication-Results`); internal mail from Exchange 2019 `EXCH01/EXCH02.corp.example.com` '
             '(10.20.0.31/.32) is relayed by `mail-int01.example.com [10.20.0.25]`, which DKIM-signs '
             '(`s=int2025`). DMARC for example.com / examplegroup.eu: p=quarantine.\n')
    rows = []
    for k, o in C.OFFICES.items():
        rows.append([k, o['entity'], o['city'], o['address'], o['phone'],
                     '; '.join('%s %s' % (a, b) for a, b in o['ids'])])
    L.append(table(['Office', 'Entity', 'City', 'Address', 'Phone', 'Tax / register identifiers (check digits valid)'], rows))
    L.append('\nCompany bank accounts (all IBANs pass mod-97; Italian CIN, Spanish DC and Polish sort-code check digits are also valid):\n')
    rows = [[v['bank'], v['bic'], group4(v['iban']) + (' (sort code %s, acct %s)' % (v['sort'], v['acct']) if 'sort' in v else '')] for v in C.ACC.values()]
    rows.append([C.RU_BANK['bank'], 'БИК ' + C.RU_BANK['bik'], 'р/с %s, к/с %s (key digits valid)' % (C.RU_BANK['rs'], C.RU_BANK['ks'])])
    L.append(table(['Bank', 'BIC', 'Account'], rows))
    L.append('\nShared mailboxes (not in `staff.txt`): ' + ', '.join('`%s` (%s)' % x for x in C.SHARED) + '.\n')
    L.append('## Staff (`staff.txt`)\n')
    off = {k: v['city'] for k, v in C.OFFICES.items()}
    L.append(table(['Name', 'Address', 'Office', 'Role'], [[n, a, '%s – %s' % (o, off[o]), r] for n, a, o, r in C.STAFF]))
    L.append('\n## Correspondents\n')
    L.append('The three mandatory correspondents plus nine further trade correspondents (customers, suppliers, '
             'advisers) in five countries:\n')
    rows = []
    for c in C.CORRESPONDENTS:
        addrs = '; '.join('%s <%s>' % (p[0], p[1]) for p in c['people'].values())
        rows.append([c['name'] + ' (' + c['address'] + ')', c['country'], addrs, c['relationship'], c['system']])
    L.append(table(['Organisation / person', 'Country', 'Addresses', 'Relationship', 'Mail system as modelled'], rows))
    L.append('\nBanks\' business portals, authorities and service platforms that also write to the company (genuine '
             'notifications in `business/`, and/or abused or impersonated in `attack/`):\n')
    rows = [[name, country, addrs, rel, sysd] for name, country, addrs, rel, sysd in C.PLATFORMS]
    L.append(table(['Organisation / person', 'Country', 'Addresses', 'Relationship', 'Mail system as modelled'], rows))
    L.append('\nMandatory correspondents: Lieferant GmbH relay `mail.lieferant-gmbh.de [203.0.113.25]`; Ferretti '
             'Trasporti on Microsoft 365; Partner Logistik on home.pl. Organisations running their own servers use '
             'documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24); big providers (Microsoft, Google, '
             'Amazon SES, SendGrid, Mailgun, Brevo, Mailchimp, Mimecast, Hornetsecurity, IONOS, Aruba, home.pl, OVH, '
             'Yandex, Zoho, PayPal, DocuSign) use addresses from their real ranges.\n')
    for folder, why in (('attack', 'Why attack'), ('business', 'Why genuine')):
        L.append('## %s/\n' % folder)
        rows = []
        for s in specs:
            if s.folder != folder:
                continue
            res = results[s.file]
            rows.append(['`%s`' % s.file, s.lang, res['charset'], res['cte'], res['structure'], s.what, s.why])
        L.append(table(['File', 'Lang', 'Charset (body)', 'CTE (body)', 'Structure / attachments', 'What it is', why], rows))
        L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives (genuine message of the same topic as an attack)\n')
    rows = []
    for s in specs:
        if s.folder == 'business' and s.pair:
            rows.append(['`business/%s`' % s.file, ', '.join('`attack/%s`' % p for p in s.pair), s.pair_topic])
    L.append(table(['Genuine', 'Attack(s) on the same topic', 'Topic / what differs'], rows))
    L.append('\n### Account numbers, identifiers, QR codes\n')
    L.append('- Every IBAN in the set passes ISO 13616 mod-97 (checked by the build); German IBANs use real bank codes '
             '(BLZ) of the named bank, Italian IBANs carry a valid CIN, Spanish ones valid DC digits, Polish ones a '
             'valid sort-code check digit. Russian settlement accounts (р/с) pass the key check against the BIK.\n'
             '- Tax identifiers (USt-IdNr., Partita IVA, NIP, REGON, NIF/CIF, ΑΦΜ, UK VAT, ИНН, ОГРН) carry valid '
             'check digits; the UK ones use the mod-97 VAT rule.\n'
             '- Fraudulent accounts (mule accounts in attacks) are listed per message below and are never one of the '
             'legitimate accounts of the same organisation.\n'
             '- QR codes are real QR Code model 2 symbols (byte mode, EC level M) encoded by `gen/qr.py`; the build '
             'decodes every QR image (PNG parts and images inside PDFs) back to its payload. Payload types: EPC069-12 '
             '"GiroCode" SEPA credit transfers (`BCD/002/1/SCT/...`), the Polish ZBP 2D transfer code '
             '(`NIP|PL|NRB|amount|name|title|||`), the KSeF invoice verification link, a courier pickup code (no URL) and '
             'phishing URLs (quishing).\n'
             '- Phone numbers: the Leeds numbers use Ofcom\'s drama range 0113 496 0xxx; all other numbers are invented '
             '(company and correspondent numbers are used consistently across messages).\n'
             '- Attachments are inert: the executables inside archives and the disk image (.exe, .scr) are 512-byte '
             'stubs consisting of the "MZ" signature and zeros (no PE header, no code); the .lnk is a bare Shell Link '
             'header with no target, arguments or LinkInfo. They carry the file-type signature a scanner would see, '
             'nothing that runs. HTML/SVG lures contain no script (forms and links only); the DOCX in attack/39 only '
             'references a remote template URL on an invented domain.\n')
    L.append('### Facts per message\n')
    for s in specs:
        f = results[s.file]['facts']
        L.append('**%s/%s**' % (s.folder, s.file))
        items = []
        for u in f['urls']:
            items.append('URL: `%s`' % u)
        for i in f['ibans']:
            items.append('IBAN: `%s`' % group4(i))
        for a in f['accounts']:
            items.append('Account: %s' % (a[0] + ' `' + a[1] + '`' if isinstance(a, tuple) else '`%s`' % a))
        for p in f['phones']:
            items.append('Phone: `%s`' % p)
        for w in f['wallets']:
            items.append('Wallet: `%s`' % w)
        for q in f['qr']:
            items.append('QR payload: `%s`' % q.replace('\n', '\\n'))
        if s.zip_pw:
            notes = getattr(s, 'zip_note', {})
            for k, v in s.zip_pw.items():
                items.append('Archive password (%s): `%s`%s' % (k, v, (' – ' + notes[k]) if k in notes else ' – stated in the mail body'))
        for n in getattr(s, 'notes', []):
            items.append('Final target behind the redirect/tracking link: `%s`' % n)
        if not items:
            items.append('(no URLs, IBANs, phone numbers, wallets or QR codes)')
        L.append('\n'.join('- ' + i for i in items) + '\n')
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L).rstrip('\n') + '\n')
