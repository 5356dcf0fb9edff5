# -*- coding: utf-8 -*-
"""MANIFEST.md writer."""
import email
import email.policy
import re

from .company import ENTITIES, STAFF_LIST, CORRESPONDENTS
from .util import fmt_iban

LANGNAME = {'de': 'de', 'en': 'en', 'it': 'it', 'pl': 'pl', 'es': 'es', 'el': 'el', 'ru': 'ru'}


def md(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def structure(part):
    ct = part.get_content_type()
    short = ct.split('/')[1] if ct.startswith('multipart/') else ct
    if part.is_multipart() and ct != 'message/rfc822':
        return '%s(%s)' % (short, ', '.join(structure(p) for p in part.get_payload()))
    fn = part.get_filename()
    if ct == 'message/rfc822':
        return 'message/rfc822%s{%s}' % ((' "%s"' % fn) if fn else '', structure(part.get_payload(0)))
    if fn:
        return '%s "%s"' % (ct, fn)
    if part.get('Content-ID'):
        return '%s (inline cid)' % ct
    return ct


def body_charsets(msg):
    cs, ctes = [], []
    for p in msg.walk():
        if p.get_content_maintype() == 'text' and p.get_content_disposition() != 'attachment' and not p.get_filename():
            c = (p.get_content_charset() or 'us-ascii').lower()
            e = (p.get('Content-Transfer-Encoding') or '7bit').lower()
            if c not in cs:
                cs.append(c)
            if e not in ctes:
                ctes.append(e)
    return ' / '.join(cs), ' / '.join(ctes)


def write_manifest(path, records):
    L = []
    L.append('# Evaluation set: Example Group mail gateway (blind)\n')
    L.append('Trade: **clinical diagnostics laboratory network** (specimen logistics, reagents and analysers, '
             'EQA ring trials, hospital/practice customers). 40 attack and 40 genuine messages as '
             '`mx01.example.com` received them, dates October–December 2026. Rebuild and verify with '
             '`python3 gen/build.py` (Python 3 standard library only, deterministic, byte-identical on re-run).\n')
    L.append('All organisations, people, domains of correspondents, accounts and identifiers are invented unless they are '
             'well-known platforms or authorities (Microsoft, Google, DocuSign, Dropbox, Adobe, Canva, Amazon SES, SendGrid, '
             'Mailgun, Brevo, Mailchimp, Zoho, Yandex, Mail.ru, WP, Proton, home.pl, OVHcloud, Aruba, Hornetsecurity, Mimecast, '
             'tax authorities, couriers and banks used as lure brands). Their header layouts are modelled, not copied. '
             'Phishing URLs and attacker domains are invented; attachments are inert (dangerous files are represented by '
             'their names and a short text).\n')
    L.append('## The company\n')
    L.append('"Example Group" – a European clinical diagnostics laboratory network, about 700 mailboxes. Mail domains '
             '`example.com` and `examplegroup.eu`. Inbound MX `mx01.example.com` (Postfix with policyd-spf, OpenDKIM, '
             'OpenDMARC); internal mail is relayed by `mail-int01.example.com [10.20.0.25]` (signs DKIM s=int2026) from '
             'Exchange 2019 servers `EXCH01.corp.example.com [10.20.1.11]` / `EXCH02.corp.example.com [10.20.1.12]`.\n')
    L.append('| Office | City | Legal entity | Address | Tax / register identifiers (valid check digits) |')
    L.append('|---|---|---|---|---|')
    for e in ENTITIES:
        L.append('| %s | %s | %s | %s | %s |' % (md(e['country']), md(e['city']), md(e['name']), md(e['address']),
                                               md('; '.join('%s %s' % x for x in e['ids']))))
    L.append('')
    L.append('## Staff (`staff.txt`)\n')
    L.append('| Name | Address | Office | Role |')
    L.append('|---|---|---|---|')
    for n, a, o, r in STAFF_LIST:
        L.append('| %s | %s | %s | %s |' % (md(n), a, o, md(r)))
    L.append('')
    L.append('## Correspondents\n')
    L.append('| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |')
    L.append('|---|---|---|---|---|')
    for c in CORRESPONDENTS:
        L.append('| %s | %s | %s | %s | %s |' % (md(c['org']), c['country'], md('; '.join(c['addrs'])),
                                               md(c['rel'] + ('. ' + c['ids'] if c['ids'] != '—' else '')), md(c['mail'])))
    L.append('')
    L.append('Platforms and authorities appearing as genuine senders: DocuSign (eumail.docusign.net), Microsoft Entra ID / '
             'SharePoint Online, Google accounts & Forms, Adobe Acrobat, Mailchimp (LabMed Europe newsletter), GOV.UK Notify '
             '(HMRC), DEHú (AEAT, Spain), ΑΑΔΕ/myAADE (Greece), Aruba Fatturazione Elettronica (Italy), Kontur.Diadoc (Russia), '
             'SEUR (Spain).\n')
    for folder, title, whycol in (('attack', '## attack/', 'Why attack'), ('business', '## business/', 'Why genuine')):
        L.append(title + '\n')
        L.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |' % whycol)
        L.append('|---|---|---|---|---|---|---|')
        for m in records:
            if m.folder != folder:
                continue
            cs, ctes = body_charsets(m.ex.msg)
            L.append('| `%s.eml` | %s | %s | %s | %s | %s | %s |' % (m.name, m.lang, cs, ctes, md(structure(m.ex.msg)),
                                                                   md(m.what), md(m.why)))
        L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives (genuine message of the same topic as an attack)\n')
    L.append('| Genuine (business/) | Attack(s) it mirrors | What makes the genuine one genuine |')
    L.append('|---|---|---|')
    for m in records:
        if m.folder == 'business' and m.hard_negative_of:
            L.append('| `%s` | %s | %s |' % (m.name, ', '.join('`%s`' % a for a in m.hard_negative_of[0]), md(m.hard_negative_of[1])))
    L.append('')
    L.append('### Account numbers, identifiers, QR codes\n')
    L.append('- Every IBAN in the set passes ISO 13616 mod-97; Italian IBANs also carry a correct CIN, Spanish ones correct '
             'D.C. digits, Polish ones a valid bank sort-code check digit. Russian settlement and correspondent accounts pass '
             'the BIK key check. Tax identifiers (USt-IdNr., Partita IVA, NIP, REGON, NIF/CIF, ΑΦΜ, UK VAT, ИНН, ОГРН) carry '
             'valid check digits. Bitcoin addresses are valid bech32 (P2WPKH) strings made from random bytes.')
    L.append('- QR codes are encoded by `gen/eglib/qr.py` (byte mode, Reed-Solomon) as PNG parts or PDF image XObjects and '
             'decoded again by the verifier. Payment QR formats used: EPC/GiroCode (BCD 002), Polish ZBP two-dimensional '
             'code, Russian ST00012 (ГОСТ Р 56042-2014); quishing QRs carry URLs.')
    from . import company as C
    L.append('- Genuine accounts of correspondents: Lieferant GmbH old `%s` (until 30 Nov 2026) and new `%s` (from '
             '1 Dec 2026, announced properly in business/02); Ferretti Trasporti `%s`; Partner Logistik `%s`; '
             'BioReagenti `%s`; Medisupply Hellas `%s`; ЛабСнаб р/с `%s` (БИК %s, к/с %s). Every other account in attack/ '
             'is the criminals\' (mule or neobank accounts).' % (
                 fmt_iban(C.LIEF_OLD), fmt_iban(C.LIEF_NEW), fmt_iban(C.FERRETTI_IBAN), fmt_iban(C.PARTNER_IBAN),
                 fmt_iban(C.BIOREAG_IBAN), fmt_iban(C.MEDISUP_IBAN), C.LABSNAB['acct'], C.LABSNAB['bik'], C.LABSNAB['corr']))
    L.append('')
    L.append('### Facts per message\n')
    L.append('Extracted by the verifier from the decoded bodies and attachments (including PDF text and link annotations, '
             'HTML/SVG sources, XLSX/DOCX text and hyperlinks, calendar bodies and embedded .eml messages): every IBAN (and '
             'Polish NRB), every phone number, every http(s) URL (link targets, printed URLs, image sources and form actions) '
             'and every QR payload; declared items (wallets, passwords, codes, identifiers) are checked to be present.\n')
    for m in records:
        L.append('#### %s/%s.eml\n' % (m.folder, m.name))
        items = []
        for i in m.ex.ibans:
            items.append('IBAN: `%s`' % fmt_iban(i))
        pnotes = {re.sub(r'\D', '', v): note for k, v, note in m.facts if k == 'phone'}
        for p in m.ex.phones:
            note = pnotes.get(re.sub(r'\D', '', p), '')
            items.append('phone: `%s`%s' % (p, (' – ' + note) if note else ''))
        for k, v, note in m.facts:
            if k in ('iban', 'phone'):
                continue
            items.append('%s: `%s`%s' % (k, v, (' – ' + note) if note else ''))
        for payload, where in m.qr:
            items.append('QR payload (%s): `%s`' % (where, payload.replace('\n', '\\n')))
        for u in m.ex.all_urls:
            items.append('URL: `%s`' % u)
        if not items:
            items.append('no URLs, accounts, phone numbers or codes')
        L += ['- ' + md(i) for i in items]
        L.append('')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L))
