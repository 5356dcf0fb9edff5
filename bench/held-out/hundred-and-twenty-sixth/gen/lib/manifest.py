"""MANIFEST.md and staff.txt writers."""
from . import company, ids


def describe(part, top=True):
    if part.is_multipart:
        inner = ', '.join(describe(p, False) for p in part.parts)
        return '%s[%s]' % (part.ctype, inner)
    if part.filename:
        return '%s "%s"' % (part.ctype, part.filename)
    if part.ctype == 'message/rfc822':
        return 'message/rfc822'
    return part.ctype


def text_parts(part):
    if part.is_multipart:
        out = []
        for p in part.parts:
            out += text_parts(p)
        return out
    if part.ctype.startswith('text/') and not part.filename and part.ctype != 'text/calendar':
        return [part]
    return []


def charset_cte(part):
    ts = text_parts(part)
    cs, ctes = [], []
    for t in ts:
        c = dict(part_param(t)).get('charset', '').strip('"').lower()
        if c and c not in cs:
            cs.append(c)
        e = (t.cte or '7bit').lower()
        if e not in ctes:
            ctes.append(e)
    return ', '.join(cs) or '-', ', '.join(ctes) or '-'


def part_param(p):
    return [(k, v) for k, v in p.params]


def esc(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def staff_txt():
    return ''.join('%s=%s\n' % (n, a) for n, a, _, _, _ in company.STAFF)


def render(mails, pairs, idnotes):
    L = []
    a = L.append
    a('# Evaluation set 127 — Example Group (wind-turbine maintenance and service)\n')
    a('Blind evaluation set for the spam/phishing-filtering mail gateway `mx01.example.com`. '
      '40 attack messages (`attack/`) and 40 genuine messages (`business/`), each stored exactly as mx01 '
      'received it (RFC 5322, CRLF). Rebuild with `python3 gen/build.py` (deterministic; verifies every message).\n')
    a('## The company\n')
    a('"Example Group" services and maintains onshore and offshore wind turbines (scheduled maintenance, '
      'main-component exchanges with cranes, blade inspection and repair by rope access, spare-parts logistics). '
      'About 700 mailboxes. Mail domains `example.com` and `examplegroup.eu`. Inbound MX `mx01.example.com` (Postfix with '
      'policyd-spf, OpenDKIM and OpenDMARC, which write the `Received-SPF` and `Authentication-Results` headers seen in the set). '
      'Internal mail: Exchange 2019 `EXCH01/EXCH02.corp.example.com` (10.20.0.21/22) → `mail-int01.example.com [10.20.0.25]` → mx01; '
      'mx01 does not run SPF/DKIM/DMARC on that trusted relay, so internal messages carry no Authentication-Results. '
      'example.com publishes SPF `-all` and DMARC `p=quarantine`.\n')
    a('| Country | Office | Legal entity | Address | Phone | Tax ID | Register |')
    a('|---|---|---|---|---|---|---|')
    for o in company.OFFICES:
        a('| %s | %s | %s | %s | %s | %s | %s |' % tuple(esc(o[k]) for k in ('cc', 'city', 'entity', 'address', 'phone', 'tax', 'reg')))
    a('')
    a('Check digits: USt-IdNr. ISO 7064 MOD 11,10; Partita IVA Luhn-type; NIP weights 6-5-7-2-3-4-5-6-7 mod 11; REGON mod 11; '
      'NIF/CIF control digit; ΑΦΜ powers-of-two mod 11; UK VAT mod 97 (9755 scheme); ИНН weights 2-4-10-3-5-9-4-6-8; ОГРН mod 11. '
      'All are checked by the build.\n')
    a('## Staff (`staff.txt`)\n')
    a('| Name | Address | Office | Role |')
    a('|---|---|---|---|')
    for n, ad, off, role, native in company.STAFF:
        nm = n if not native else '%s (%s)' % (n, native)
        a('| %s | %s | %s | %s |' % (esc(nm), ad, esc(off), esc(role)))
    a('')
    a('## Correspondents\n')
    a('| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |')
    a('|---|---|---|---|---|')
    for row in company.CORRESPONDENTS:
        a('| %s |' % ' | '.join(esc(x) for x in row))
    a('')
    a('Platforms and authorities that send genuine system mail in `business/` (and are impersonated or abused in `attack/`):\n')
    a('| Sender | Address(es) | Mail system as modelled |')
    a('|---|---|---|')
    for row in company.SYSTEM_SENDERS:
        a('| %s |' % ' | '.join(esc(x) for x in row))
    a('')
    for folder, title, why in (('attack', '## attack/', 'Why attack'), ('business', '## business/', 'Why genuine')):
        a(title + '\n')
        a('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |' % why)
        a('|---|---|---|---|---|---|---|')
        for m in mails:
            if m.folder != folder:
                continue
            cs, cte = charset_cte(m.root)
            a('| `%s.eml` | %s | %s | %s | %s | %s | %s |' % (m.name, m.lang, cs, cte, esc(describe(m.root)), esc(m.what), esc(m.why)))
        a('')
    a('## Notes\n')
    cs_count = {}
    cte_count = {}
    for m in mails:
        for t in text_parts(m.root):
            c = dict(part_param(t)).get('charset', '').strip('"').lower()
            cs_count[c] = cs_count.get(c, 0) + 1
            e = (t.cte or '7bit').lower()
            cte_count[e] = cte_count.get(e, 0) + 1
    a('- Every message is stored as mx01 received it: `Return-Path`, then mx01\'s own `Received` line (client HELO, reverse DNS, IP, TLS, '
      'queue id, envelope recipient), then the `Authentication-Results` written by OpenDMARC, OpenDKIM and the SPF check and the '
      '`Received-SPF` of policyd-spf, then the sender side\'s own trace and headers. Received chains are chronological; `Date` is a few '
      'seconds before arrival and written in the sender\'s time zone or in UTC where the sending system does so (Exchange, Microsoft 365).')
    a('- Internal mail (%d messages) takes the route Outlook → EXCH01/EXCH02 → mail-int01.example.com [10.20.0.25] → mx01; Exchange\'s '
      'X-MS-Exchange-Organization-* headers are removed by the send connector as in reality.' % sum(1 for m in mails if 'mail-int01' in m.data[:400].decode('ascii', 'replace')))
    a('- Dates: 1 October to 31 December 2026 (EU summer time ends 25 October 2026). Recipients are always a staff address (envelope `for <...>`).')
    a('- Body charsets used (text parts): ' + ', '.join('%s ×%d' % (k, v) for k, v in sorted(cs_count.items())) +
      '; transfer encodings: ' + ', '.join('%s ×%d' % (k, v) for k, v in sorted(cte_count.items())) + '.')
    a('- Attachments are built by the generator itself: text PDFs (Type 1 fonts, Polish via a custom encoding), PDFs with QR images, '
      'XLSX/DOCX (Office Open XML), ZIP (plain and ZipCrypto), an ISO 9660/Joliet image, SVG, HTML, iCalendar, XML e-invoices, '
      'S/MIME-signed PEC envelope with postacert.eml and daticert.xml.')
    a('')
    a('### Hard negatives (genuine message of the same topic as an attack)\n')
    a('| Topic | Attack | Genuine (hard negative) | What actually differs |')
    a('|---|---|---|---|')
    for topic, at, bu, diff in pairs:
        a('| %s | %s | %s | %s |' % (esc(topic), ', '.join('`%s`' % x for x in at), ', '.join('`%s`' % x for x in bu), esc(diff)))
    a('')
    a('### Account numbers, identifiers, QR codes\n')
    for line in idnotes:
        a(line)
    a('')
    a('### Facts per message\n')
    a('Every IBAN, URL, phone number, wallet and QR payload that occurs in a message (bodies, attachments, QR codes). '
      'The build checks that each one is really present in the decoded content, that IBANs pass mod-97, wallets their '
      'bech32 checksum, and that every embedded QR code decodes to exactly the payload listed.\n')
    for m in mails:
        a('#### `%s/%s.eml`\n' % (m.folder, m.name))
        any_ = False
        for kind in ('IBAN', 'Account', 'ID', 'URL', 'Phone', 'Wallet', 'QR'):
            for value, note in m.facts[kind]:
                any_ = True
                if kind == 'QR':
                    v = value.replace('\n', '⏎')
                    a('- QR: `%s`%s' % (v, (' — ' + note) if note else ''))
                elif kind == 'IBAN':
                    a('- IBAN: `%s`%s' % (ids.iban_fmt(value), (' — ' + note) if note else ''))
                else:
                    a('- %s: `%s`%s' % (kind, value, (' — ' + note) if note else ''))
        if not any_:
            a('- (no account numbers, links, phone numbers or codes)')
        a('')
    return '\n'.join(L) + '\n'
