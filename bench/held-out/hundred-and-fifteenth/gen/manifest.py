"""Writes MANIFEST.md from company data, message metadata and the verifier's
decoded facts."""
import os

import company
from lib import ids

GENUINE_ACCOUNTS = {
    company.LIEFERANT_IBAN: 'Lieferant GmbH, on file (Sparkasse Hannover)',
    company.FERRETTI_IBAN: 'Ferretti Trasporti, on file (Intesa Sanpaolo)',
    company.PARTNER_IBAN: 'Partner Logistik, on file (mBank)',
    company.NORTHBANK_IBAN: 'Northbank Artists client account, on file (Barclays)',
    company.CENTINELA_IBAN: 'Seguridad Centinela, on file (BBVA)',
    company.AEGEAN_IBAN: 'Aegean Stage Services, on file (NBG)',
    company.HANSE_IBAN: 'Hansehalle Hamburg, on file (Haspa)',
    company.BIRRA_IBAN: 'Birrificio Adriatico (Banco BPM)',
}
from lib import ids as _ids
GENUINE_ACCOUNTS[_ids.make_iban('DE', '25040066' + '0418227300')] = 'Lieferant GmbH, NEW account from 01.01.2027 (announced by letter, to verify by phone)'
GENUINE_ACCOUNTS[_ids.pl_iban('1240106', '1111000001234579')] = 'ZAiKS (collecting society), in licence contract'
for e in company.ENTITIES:
    if e['bank'][2][:2].isalpha():
        GENUINE_ACCOUNTS[e['bank'][2]] = '%s, own account (%s)' % (e['name'], e['bank'][0])


def cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def write(root, built, results, structure):
    L = []
    a = L.append
    a('# Evaluation set 116: Example Group (concert & live-event promoter)')
    a('')
    a('Blind evaluation set for the inbound spam/phishing filter at `mx01.example.com`. '
      '40 attack and 40 genuine messages, each stored exactly as mx01 received it. '
      'Rebuild and verify with `python3 gen/build.py` (Python 3 standard library only, deterministic).')
    a('')
    a('## The company')
    a('')
    a('Example Group is a European concert and live-event promoter (arena and club tours, open-air festivals, '
      'corporate events) with its own ticketing platform **Example Tickets** (tickets.example.com). About 700 mailboxes; '
      'mail domains `example.com` and `examplegroup.eu`. Inbound MX `mx01.example.com` (Postfix); internal mail is relayed by '
      '`mail-int01.example.com [10.20.0.25]` from Exchange 2019 servers `EXCH01/EXCH02.corp.example.com` (10.20.1.11/12). '
      'mx01 writes one `Authentication-Results` header (SPF, DKIM, DMARC, ARC) below its own Received line; for the trusted '
      'internal relay it writes `none (internal relay ...)`.')
    a('')
    a('| Office | Legal entity | Address | Tax / register identifiers | Bank account |')
    a('|---|---|---|---|---|')
    for e in company.ENTITIES:
        idtxt = '; '.join('%s %s' % (k, v) for k, v in e['ids'])
        bank = e['bank']
        acct = ids.fmt_iban(bank[2]) if bank[2][:2].isalpha() else 'р/с %s' % bank[2]
        a('| %s (%s) | %s | %s | %s | %s, %s %s |' % (cell(e['country']), cell(e['city']), cell(e['name']), cell(e['address']),
                                                    cell(idtxt), cell(bank[0]), cell(bank[1]), acct))
    a('')
    a('All tax identifiers carry valid check digits (DE USt-IdNr. ISO 7064 MOD 11,10; IT Partita IVA Luhn variant; PL NIP/REGON weights; '
      'ES CIF control digit; GR ΑΦΜ mod 11; GB VAT mod 97; RU ИНН/ОГРН control digits). Bank accounts: IBAN mod 97 plus the national checks '
      '(IT CIN, ES DC, PL sort-code digit, RU account key against the БИК).')
    a('')
    a('Shared mailboxes: ' + '; '.join('`%s` (%s)' % s for s in company.SHARED) + '.')
    a('')
    a('## Staff (`staff.txt`)')
    a('')
    a('| Name | Address | Office | Role |')
    a('|---|---|---|---|')
    for n, e, o, r in company.STAFF:
        a('| %s | %s | %s | %s |' % (n, e, o, r))
    a('')
    a('## Correspondents')
    a('')
    a('| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |')
    a('|---|---|---|---|---|')
    for c in company.CORRESPONDENTS:
        a('| %s | %s | %s | %s | %s |' % (cell(c['org']), c['country'], cell(c['people']), cell(c['rel']), cell(c['system'])))
    a('')
    for folder, why in (('attack', 'Why attack'), ('business', 'Why genuine')):
        a('## %s/' % folder)
        a('')
        a('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |' % why)
        a('|---|---|---|---|---|---|---|')
        for m, raw in built:
            if m.folder != folder:
                continue
            dec, facts = results[m.fname]
            body = facts['body']
            cs = body[2] if body else '-'
            cte = body[3] if body else '-'
            a('| `%s` | %s | %s | %s | %s | %s | %s |' % (m.fname, m.lang, cs, cte, cell(structure(raw)),
                                                         cell(m.meta['what']), cell(m.meta['why'])))
        a('')
    a('## Notes')
    a('')
    a('### Hard negatives (genuine message of the same topic as an attack)')
    a('')
    a('| Genuine (business/) | Attack(s) it mirrors | Shared topic | What differs |')
    a('|---|---|---|---|')
    for m, raw in built:
        if m.folder == 'business' and m.meta.get('hard_neg'):
            hn = m.meta['hard_neg']
            a('| `%s` | %s | %s | %s |' % (m.fname, ', '.join('`%s`' % x for x in hn['attacks']), cell(hn['topic']), cell(hn['diff'])))
    a('')
    a('### Account numbers, identifiers, QR codes')
    a('')
    a('- Every IBAN in the set passes mod 97 and its national check (IT CIN, ES DC, PL sort-code digit); Polish accounts written in the '
      'domestic 26-digit NRB form are checked as PL IBANs. Russian accounts (р/с, к/с) pass the control-key check against the БИК. '
      'Attackers use real-looking, checksum-valid accounts because mule accounts are real.')
    a('- QR codes are real symbols encoded by `gen/lib/qr.py` (byte/alphanumeric mode, EC level M) and decoded again by the verifier: '
      'PNG images (inline or attached), images inside PDFs, and one QR drawn as an HTML table. Payload types: EPC/GiroCode SEPA transfers '
      '(BCD 002), GOST R 56042 (ST00012) Russian payment QR, VERI*FACTU invoice-verification URL (ES), KSeF invoice-verification URL (PL), '
      'and attacker URLs (quishing).')
    a('- Password-protected archives use PKWARE ZipCrypto (as 7-Zip/WinRAR write by default); the verifier opens them with the password '
      'stated in the message or in the manifest. Dangerous files (`.lnk`, `.exe`, `.js`, ISO contents) are inert text placeholders that only carry the name.')
    a('')
    a('| Account | Valid | Whose (as far as the company knows) | Files |')
    a('|---|---|---|---|')
    where = {}
    for m, raw in built:
        for ib in results[m.fname][1]['ibans']:
            where.setdefault(ib, []).append(m.fname[:2] + ('a' if m.folder == 'attack' else 'b'))
    for ib in sorted(where):
        owner = GENUINE_ACCOUNTS.get(ib, 'NOT on file (account named only in attack mail)' if all(w.endswith('a') for w in where[ib]) else 'other party (see message)')
        a('| %s | %s | %s | %s |' % (ids.fmt_iban(ib), 'yes' if ids.iban_valid(ib) else 'NO', owner, ', '.join(
            ('attack/' if w.endswith('a') else 'business/') + w[:2] for w in where[ib])))
    a('')
    a('Accounts without IBAN (declared by the generator and checked to be present in the message):')
    a('')
    a('| File | Account | Note |')
    a('|---|---|---|')
    for m, raw in built:
        for acc in m.facts.get('account', []):
            a('| `%s/%s` | %s | %s |' % (m.folder, m.fname, cell(acc), 'attack account' if m.folder == 'attack' else 'genuine, on file'))
    a('')
    a('Russian accounts: the 20-digit р/с passes the control key computed with the last three digits of the БИК (weights 7-1-3); '
      'the к/с passes the key computed with "0" + digits 5-6 of the БИК. Sberbank (БИК 044525225) is the account on file for ООО «Светотехника-Про»; '
      'the T-Bank account (БИК 044525974) appears only in attack 39-ru.')
    a('')
    a('QR payloads decoded by the verifier:')
    a('')
    a('| File | Where | Payload type |')
    a('|---|---|---|')
    for m, raw in built:
        for q in results[m.fname][1]['qrs']:
            kind = ('EPC GiroCode (SEPA transfer)' if q.startswith('BCD') else 'GOST R 56042 payment (ST00012)' if q.startswith('ST0001')
                    else 'KSeF verification URL' if 'ksef.mf.gov.pl' in q else 'VERI*FACTU verification URL' if 'agenciatributaria' in q
                    else 'URL')
            w = [w for w, p in results[m.fname][0].qr if p == q][0]
            src = w.split('#')[0].split('/', 1)[-1]
            if w.endswith('#table-qr'):
                where = 'HTML body, QR drawn with table cells'
            elif src.lower().endswith('.pdf'):
                where = 'image inside PDF "%s"' % src
            else:
                where = 'inline PNG "%s"' % src
            a('| `%s/%s` | %s | %s |' % (m.folder, m.fname, where, kind))
    a('')
    a('### Facts per message')
    a('')
    a('Extracted by the verifier from the decoded message (bodies, HTML, PDF text and link annotations, archives, calendar items, QR payloads), '
      'plus phone numbers and non-IBAN accounts declared by the generator and checked to be present.')
    a('')
    for m, raw in built:
        dec, f = results[m.fname]
        a('**%s/%s**' % (m.folder, m.fname))
        a('')
        items = []
        if f['ibans']:
            items.append('IBAN: ' + '; '.join(ids.fmt_iban(i) for i in f['ibans']))
        if m.facts.get('account'):
            items.append('Other accounts: ' + '; '.join(m.facts['account']))
        if f['urls']:
            items.append('URL: ' + '; '.join('`%s`' % u for u in f['urls']))
        if m.facts.get('phone'):
            items.append('Phone: ' + '; '.join(m.facts['phone']))
        if f['wallets']:
            items.append('Wallet: ' + '; '.join('`%s`' % w for w in f['wallets']))
        if f['qrs']:
            items.append('QR payload: ' + '; '.join('`%s`' % q.replace('\n', '⏎').replace('|', '\\|') for q in f['qrs']))
        if m.meta.get('passwords'):
            items.append('Archive password: ' + ', '.join('`%s`' % p for p in m.meta['passwords']))
        if not items:
            items.append('no URL, account, phone number, wallet or QR code')
        for it in items:
            a('- ' + it)
        a('')
    with open(os.path.join(root, 'MANIFEST.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))
