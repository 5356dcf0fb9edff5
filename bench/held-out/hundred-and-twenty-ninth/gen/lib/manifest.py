"""MANIFEST.md and staff.txt generation."""
from . import company, ids, util
from .company import S


def _esc(s):
    return s.replace('|', '\\|').replace('\n', ' ')


def structure(part):
    m = part.meta
    if m.get('kind') == 'multipart':
        return '%s[%s]' % (m['subtype'], ', '.join(structure(ch) for ch in part.children))
    if m.get('kind') == 'text':
        return m['subtype']
    if m.get('kind') == 'rfc822':
        return 'message/rfc822' + (' `%s`' % m['filename'] if m.get('filename') else '')
    if m.get('kind') == 'attachment':
        disp = m.get('disposition') or ''
        tag = ' (inline)' if disp == 'inline' else ''
        return '%s `%s`%s' % (m['ctype'], m['filename'] or 'unnamed', tag)
    return '?'


def body_charsets(part):
    cs = []
    ctes = []
    for p in part.walk():
        if p.meta.get('kind') == 'text':
            if p.meta['charset'] not in cs:
                cs.append(p.meta['charset'])
            if p.meta['cte'] not in ctes:
                ctes.append(p.meta['cte'])
    return ', '.join(cs) or '—', ', '.join(ctes) or '—'


def staff_txt():
    return ''.join('%s=%s\n' % (n, e) for _, n, e, _, _ in company.STAFF)


def _transport_summary(c, data):
    import email
    import email.policy
    import re
    msg = email.message_from_bytes(data, policy=email.policy.default)
    top = ' '.join(str(msg.get_all('Received')[0]).split())
    m = re.match(r'from (\S+) \((\S+) \[(?:IPv6:)?([0-9a-fA-F.:]+)\]\)', top)
    ar = ' '.join(' '.join(str(a).split()) for a in msg.get_all('Authentication-Results', []))
    spf = str(msg.get('Received-SPF', '')).split(' ')[0] or 'n/a (internal)'
    dk = re.findall(r'dkim=(\w+) \(\d+-bit key; unprotected\) header\.d=(\S+)', ar)
    dm = re.search(r'dmarc=(\w+) \(p=(\w+)', ar)
    return {
        'helo': m.group(1), 'rdns': m.group(2), 'ip': m.group(3), 'spf': spf,
        'dkim': ', '.join('%s (%s)' % (r, d) for r, d in dk) or '—',
        'dmarc': ('%s (p=%s)' % (dm.group(1), dm.group(2))) if dm else '—',
        'n_received': len(msg.get_all('Received')),
    }


def build(results):
    L = []
    a = L.append
    a('# Evaluation set audit130 — Example Group (hydraulic pumps & valves)')
    a('')
    a('Blind evaluation set for the inbound spam/phishing filter of `mx01.example.com`: 40 attack messages '
      '(`attack/`) and 40 genuine messages (`business/`), each stored exactly as mx01 received it (RFC 5322, CRLF). '
      'Everything is rebuilt deterministically by `python3 gen/build.py` (Python 3 standard library only), which '
      'also verifies every message. All names, companies, accounts, domains of correspondents and attackers are '
      'invented unless they are well-known public services (Microsoft, Google, DocuSign, PayPal, Amazon SES, '
      'SendGrid, Mailgun, Brevo, Mailchimp, tax authorities, KSeF, pagoPA …). Attachments are inert: dangerous '
      'payloads (LNK, EXE, MSI, JS) are represented only by file names and a short placeholder text.')
    a('')
    a('## The company')
    a('')
    a('Example Group designs and manufactures %s. About 700 mailboxes; mail domains `example.com` and '
      '`examplegroup.eu`. Inbound MX `mx01.example.com` (Postfix with OpenDKIM, OpenDMARC and policyd-spf, which write '
      'the `Authentication-Results` / `Received-SPF` headers seen in the set); internal mail from the Exchange 2019 '
      'servers `EXCH01/EXCH02.corp.example.com` is relayed by `mail-int01.example.com [10.20.0.25]` and also passes '
      'mx01. DMARC for both company domains: `p=reject`.' % company.TRADE)
    a('')
    a('| Office | Entity | Address | Role | Phone | Tax / register identifiers |')
    a('|---|---|---|---|---|---|')
    for o in company.OFFICES:
        a('| %s (%s) | %s | %s | %s | %s | %s |' % (o['code'], company.OFFICE_CITY[o['code']], _esc(o['entity']),
                                                _esc(o['address']), _esc(o['role']), o['phone'],
                                                '; '.join('%s %s' % (l, v) for l, v in o['ids'])))
    a('')
    a('All tax identifiers carry valid check digits (DE USt-IdNr ISO 7064 MOD 11,10; IT partita IVA Luhn variant; '
      'PL NIP weights 6-5-7-2-3-4-5-6-7 and REGON; ES CIF control digit; GR ΑΦΜ; GB VAT 97-55 check; RU ИНН / ОГРН).')
    a('')
    a('## Staff (`staff.txt`)')
    a('')
    a('| Name | Address | Office | Role |')
    a('|---|---|---|---|')
    for k, n, e, o, r in company.STAFF:
        nat = company.NATIVE.get(k)
        a('| %s | %s | %s | %s |' % (n + (' (%s)' % nat if nat else ''), e, o, r))
    a('')
    a('## Correspondents')
    a('')
    a('| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |')
    a('|---|---|---|---|---|')
    for co in company.CORRESPONDENTS:
        a('| %s | %s | %s | %s | %s |' % (_esc(co['org']), co['country'], _esc('; '.join(co['people'])),
                                       _esc(co['rel']), _esc(co['mail'])))
    for co in company.PLATFORMS:
        a('| %s | %s | %s | %s | %s |' % (_esc(co['org']), co['country'], _esc(co['addr']), _esc(co['rel']),
                                       _esc(co['mail'])))
    a('')
    a('IP addresses: large providers are placed in their real public ranges (Microsoft 365 40.107.0.0/16, Google '
      '209.85.128.0/17, Amazon SES 54.240.0.0/18 and regional blocks, SendGrid 149.72.0.0/16, Mailgun 159.135.228.0/22, '
      'Mailchimp 198.2.128.0/18, GMX/WEB.DE/IONOS 212.227.0.0/16, Yandex 178.154.239.0/24, Mail.ru 95.163.0.0/16, '
      'WP 212.77.101.0/24, home.pl 79.96.0.0/16, Aruba 62.149.128.0/17, Namecheap Private Email 198.54.112.0/20, '
      'Hornetsecurity 83.246.64.0/18, PayPal 173.0.80.0/20, Zoho EU 136.143.160.0/19); invented organisations '
      'use the documentation ranges 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24; attacker VPS/botnet hosts use '
      'addresses from commercial hosting / ISP ranges.')
    a('')
    for kind, title in (('attack', 'attack/'), ('business', 'business/')):
        a('## %s' % title)
        a('')
        a('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |' % (
            'Why attack' if kind == 'attack' else 'Why genuine'))
        a('|---|---|---|---|---|---|---|')
        for c, data in results[kind]:
            cs, cte = body_charsets(c.env.body)
            st = structure(c.env.body)
            if getattr(c, 'zip_members', None):
                st += ' — archive/image contents: ' + ', '.join('`%s`' % m for _, m in c.zip_members)
            a('| `%s` | %s | %s | %s | %s | %s | %s |' % (c.fname, c.lang, cs, cte, _esc(st), _esc(c.what), _esc(c.why)))
        a('')
    a('## Notes')
    a('')
    a('### Hard negatives (genuine message of the same topic as an attack)')
    a('')
    a('| Topic | Genuine (business/) | Attack (attack/) | What tells them apart |')
    a('|---|---|---|---|')
    for c, data in results['business']:
        if c.pair:
            a('| %s | `%s` | `%s` | %s |' % (_esc(c.topic), c.fname, c.pair, _esc(c.diff)))
    a('')
    a('### Account numbers, identifiers, QR codes')
    a('')
    a('Bank accounts (all IBANs pass the ISO 13616 mod-97 check; Italian CIN, Spanish DC and Polish sort-code '
      'check digits are also valid):')
    a('')
    used = {}
    for kind in ('attack', 'business'):
        for c, data in results[kind]:
            for typ, val, note in c.facts:
                used.setdefault(val.replace(' ', ''), []).append('%s/%s' % (kind, c.fname[:2]))
    a('| Key | Holder | Bank | IBAN | BIC | Genuine? | Used in |')
    a('|---|---|---|---|---|---|---|')
    for k, b in company.BANK.items():
        a('| %s | %s | %s | %s | %s | %s | %s |' % (k, _esc(b['holder']), _esc(b['bank']), ids.iban_fmt(b['iban']), b['bic'],
                                                  'fraud (attacker-controlled)' if 'fraud' in k else 'genuine',
                                                  ', '.join(used.get(b['iban'], [])) or 'master data only'))
    a('')
    others = []
    for kind in ('attack', 'business'):
        for c, data in results[kind]:
            for typ, val, note in c.facts:
                if typ == 'IBAN' and not any(val.replace(' ', '') == b['iban'] for b in company.BANK.values()):
                    others.append('`%s` (%s/%s%s)' % (val, kind, c.fname[:2], (', ' + note) if note else ''))
    if others:
        a('Further IBANs defined inside message modules: ' + '; '.join(others) + '.')
    a('')
    a('Russian accounts (control key checked against the БИК; used in business/39 and attack/40): Example Group Rus р/с %s and '
      'ООО «Невский насосный сервис» р/с %s at %s, БИК %s, к/с %s; fraud account р/с %s at %s, БИК %s, к/с %s.' % (
          company.RU_ACC_EG, company.RU_ACC_NEVA, company.RU_BANK['bank'], company.RU_BANK['bik'], company.RU_BANK['ks'],
          company.RU_ACC_FRAUD, company.RU_FRAUD['bank'], company.RU_FRAUD['bik'], company.RU_FRAUD['ks']))
    a('')
    a('QR codes are encoded by `gen/lib/qr.py` (ISO/IEC 18004, byte mode) and decoded again from the rendered PNG '
      'or PDF image by the build\'s verification step; payload formats used: EPC069-12 GiroCode (SEPA credit transfer), '
      'pagoPA (`PAGOPA|002|avviso|CF ente|importo`), KSeF verification link (`https://qr.ksef.mf.gov.pl/invoice/NIP/date/SHA-256`), '
      'VERI*FACTU (`https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?...`), myDATA provider link, and '
      'plain URLs (quishing).')
    a('')
    a('| File | QR payload |')
    a('|---|---|')
    for kind in ('attack', 'business'):
        for c, data in results[kind]:
            for p in c.qr_payloads:
                a('| `%s/%s` | `%s` |' % (kind, c.fname, p.replace('\n', '⏎').replace('|', '\\|')))
    a('')
    a('Bitcoin addresses are valid bech32 (BIP-173) strings; other identifiers (VAT numbers, NIP, ΑΦΜ, ИНН, pagoPA '
      'codice avviso mod-93, ISO 11649 RF references, Spanish DNI letters) carry valid check digits.')
    a('')
    a('### Facts per message')
    a('')
    for kind in ('attack', 'business'):
        for c, data in results[kind]:
            a('**%s/%s**' % (kind, c.fname))
            a('')
            if not c.facts:
                a('- (no IBAN, URL, phone number, wallet or QR code)')
            listed = set()
            for typ, val, note in c.facts:
                v = val.replace('\n', '⏎')
                listed.add((typ, val))
                a('- %s: `%s`%s' % (typ, v, (' — ' + note) if note else ''))
            for typ, val in getattr(c, 'auto_facts', []):
                if (typ, val) in listed or any(val == v or (typ == 'URL' and v.startswith(val)) for t2, v, _ in c.facts):
                    continue
                if typ == 'URL' and any(v.endswith(val) or val in v for t2, v, _ in c.facts if t2 in ('URL', 'QR payload')):
                    continue
                a('- %s: `%s` — (found in message text / signature)' % (typ, val))
            if getattr(c, 'zip_passwords', None):
                for f, p in c.zip_passwords.items():
                    a('- Archive password for `%s`: `%s`%s' % (f, p, getattr(c, 'pw_note', '')))
            a('')
    a('### Transport per message')
    a('')
    a('| File | Sending system (model) | Connecting host (HELO / rDNS / IP) | SPF | DKIM | DMARC | Received hops |')
    a('|---|---|---|---|---|---|---|')
    for kind in ('attack', 'business'):
        for c, data in results[kind]:
            t = _transport_summary(c, data)
            a('| `%s/%s` | %s | %s / %s / %s | %s | %s | %s | %d |' % (
                kind, c.fname, c.system, t['helo'], t['rdns'], t['ip'], t['spf'], t['dkim'], t['dmarc'], t['n_received']))
    a('')
    return '\n'.join(L) + '\n'
