"""MANIFEST.md writer."""
import mime
from people import COMPANY, OFFICES, STAFF, CORRESPONDENTS, BANK, RU_BANK
import ids


def cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def _texts(body):
    return [p for p in mime.walk_texts(body) if isinstance(p, mime.Text)]


def charset_cte(body):
    ts = [p for p in _texts(body) if not (p.disp and 'attachment' in p.disp)]
    cs = []
    ct = []
    for p in ts:
        if p.charset.lower() not in cs:
            cs.append(p.charset.lower())
        if p.cte not in ct:
            ct.append(p.cte)
    return ' / '.join(cs) or '-', ' / '.join(ct) or '-'


def table(msgs, kind):
    out = ['| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |' % kind,
           '|---|---|---|---|---|---|---|']
    for m in msgs:
        cs, ct = charset_cte(m['body'])
        out.append('| %s | %s | %s | %s | %s | %s | %s |' % (
            '`%s`' % m['file'], m['lang'], cs, ct, cell(mime.describe(m['body'])), cell(m['what']), cell(m['why'])))
    return '\n'.join(out)


def render(att, biz):
    L = []
    L.append('# Evaluation set: Example Group mail gateway\n')
    L.append('Generated deterministically by `gen/build.py` (Python 3 standard library only). '
             'All messages arrive at `mx01.example.com`; the top `Received` header is always mx01\'s. '
             'No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present. '
             'Dates: October-December 2026. All attachments are inert (text-only PDFs, one-line placeholders in archives, '
             'static HTML/SVG without script).\n')
    L.append('## The company\n')
    L.append('**%s** - %s. Domains: %s; %s mailboxes. HQ in Duisburg (DE). VAT ID %s.\n'
             % (COMPANY['name'], COMPANY['trade'], ', '.join('`%s`' % d for d in COMPANY['domains']),
                COMPANY['mailboxes'], COMPANY['vat_de']))
    L.append('Mail infrastructure: %s.\n' % COMPANY['mx'])
    L.append('| Office | Entity / address |\n|---|---|')
    for k, (city, addr) in OFFICES.items():
        L.append('| %s (%s) | %s |' % (city, k, cell(addr)))
    L.append('\n## Staff (staff.txt)\n')
    L.append('| Name | Address | Office | Role |\n|---|---|---|---|')
    for k, v in STAFF.items():
        name = v[0] + (' (%s)' % v[4] if v[4] and v[4] != v[0] else '')
        L.append('| %s | `%s` | %s | %s |' % (cell(name), v[1], OFFICES[v[2]][0], cell(v[3])))
    L.append('\n## Correspondents\n')
    L.append('| Organisation | Country | Role | Contacts | Notes |\n|---|---|---|---|---|')
    for org, c, role, contacts, note in CORRESPONDENTS:
        L.append('| %s | %s | %s | %s | %s |' % (cell(org), c, cell(role),
                                                 cell('; '.join('%s `%s`' % (n, a) for n, a in contacts)), cell(note)))
    L.append('\n### Bank details used\n')
    L.append('All IBANs pass the ISO 13616 mod-97 check. National check digits are also valid where an algorithm is '
             'public and bank-independent: Italian CIN, Spanish DC (both digits), Polish sort-code check digit, Dutch '
             '11-test. German, British, Greek and Lithuanian BBANs carry only the IBAN check (German account check '
             'methods are bank-specific). Russian settlement and correspondent accounts pass the Bank of Russia control '
             'key against their BIK; INN numbers carry valid check digits; the tax IDs of the group companies (DE VAT, IT '
             'P.IVA, PL NIP, ES CIF, GR AFM) are valid by their checksum rules.\n')
    L.append('| Key | IBAN / account |\n|---|---|')
    for k, v in BANK.items():
        L.append('| %s | `%s` |' % (k, ids.fmt_iban(v)))
    for k, v in RU_BANK.items():
        L.append('| ru_%s | %s, BIK `%s`, k/s `%s`, r/s `%s` (control key valid) |' % (k, v['bank'], v['bik'], v['ks'], v['rs']))
    L.append('\n## attack/ (40 messages, all malicious)\n')
    L.append(table(att, 'attack'))
    L.append('\n## business/ (40 messages, all genuine)\n')
    L.append(table(biz, 'genuine'))
    L.append('\n## Notes\n')
    L.append('### Hard negatives (genuine business mail on the same topic as an attack)\n')
    L.append('| Business message | Attack(s) it mirrors | What differs |\n|---|---|---|')
    bys = {m['slug']: m for m in att}
    for m in biz:
        for slug, why in m.get('hard_negative_of', []):
            a = bys[slug]
            L.append('| `%s` | `%s` | %s |' % (m['file'], a['file'], cell(why)))
    L.append('\n### Techniques covered by the attacks\n')
    for m in att:
        L.append('- `%s`: %s' % (m['file'], m.get('technique', m['what'])))
    L.append('\n### General notes\n')
    L.append('- Look-alike and attacker domains are fictitious; VPS, ESP and free-mailer hops mimic the real systems\' header styles.\n'
             '- Thread hijacks (attack) come from the genuine partner domains over the partners\' genuine infrastructure; '
             'they are malicious because of their content (foreign-domain credential links, encrypted archives with '
             'script payload names, credential-harvesting HTML) and because they continue genuine threads out of context.\n'
             '- Password-protected ZIPs use ZipCrypto; the password is in the body. Inner files are a one-line placeholder.\n'
             '- QR codes are real PNG QR codes (byte mode, EC level M) produced by `gen/qr.py`.\n'
             '- The Bitcoin address in the extortion mail is a valid bech32 (P2WPKH) address with correct checksum, '
             'derived from a hash (no known owner).\n')
    return '\n'.join(L) + '\n'
