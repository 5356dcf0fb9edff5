"""MANIFEST.md writer."""
from . import company as C, ids
from .mime import Multi, Leaf

LANGN = {'de': 'de', 'en': 'en', 'it': 'it', 'pl': 'pl', 'es': 'es', 'el': 'el', 'ru': 'ru'}


def describe(node):
    if isinstance(node, Multi):
        return 'multipart/%s(%s)' % (node.subtype, ', '.join(describe(p) for p in node.parts))
    if node.kind == 'text':
        return node.ctype
    if node.kind == 'message':
        return 'message/rfc822 “%s”' % (node.filename or 'forwarded message')
    label = node.ctype
    if node.kind == 'inline':
        return 'inline %s “%s”' % (label, node.filename)
    return '%s “%s”' % (label, node.filename)


def body_cs(node):
    cs, cte = [], []
    for leaf in (node.walk() if isinstance(node, Multi) else [node]):
        if isinstance(leaf, Leaf) and leaf.kind == 'text':
            c = leaf.charset.lower()
            if c not in cs:
                cs.append(c)
            if leaf.cte not in cte:
                cte.append(leaf.cte)
    return ' + '.join(cs), ' + '.join(cte)


def cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def write(msgs, results):
    out = []
    w = out.append
    w('# Blind evaluation set 124 – Example Group (container port terminal operator)\n')
    w('80 RFC 5322 messages as received by `mx01.example.com` between October and December 2026: '
      '40 attacks in `attack/`, 40 genuine messages in `business/`. Rebuild with `python3 gen/build.py` '
      '(deterministic, verifies every message).\n')
    w('## The company\n')
    w('Example Group operates container terminals (ship-to-shore cranes, straddle carriers, RTGs, reefer yards, '
      'rail sidings) in seven countries; about 700 mailboxes. Mail domains `example.com` and `examplegroup.eu`. '
      'Inbound MX `mx01.example.com` (Postfix, with OpenDKIM/OpenDMARC/policyd-spf). Internal mail from the '
      'Exchange 2019 servers `EXCH01/EXCH02.corp.example.com` is relayed by `mail-int01.example.com [10.20.0.25]`.\n')
    w('| Office | Entity | Address | Identifiers | Phone |')
    w('|---|---|---|---|---|')
    for code, country, ent, adr, idents, ph in C.OFFICES:
        w('| %s | %s | %s | %s | %s |' % (cell(country), cell(ent), cell(adr), cell(idents), cell(ph)))
    w('\nTax identifiers (all with valid check digits): DE USt-IdNr. `%s` (ISO 7064 MOD 11,10), IT P.IVA `%s` '
      '(Luhn-type), PL NIP `%s` (weights 6-5-7-2-3-4-5-6-7) and REGON `%s`, ES NIF `%s` (CIF control digit), '
      'GR ΑΦΜ `%s` (powers of two mod 11), UK VAT `%s` (mod 97, 9755 scheme), RU ИНН `%s` and ОГРН `%s`.\n'
      % (C.VAT_DE, C.PIVA_IT, C.NIP_PL, C.REGON_PL, C.CIF_ES, C.AFM_GR, C.VAT_GB, C.INN_RU, C.OGRN_RU))
    w('## Staff (`staff.txt`)\n')
    w('| Name | Address | Office | Role |')
    w('|---|---|---|---|')
    for k, n, e, o, r in C.STAFF:
        w('| %s | %s | %s | %s |' % (n, e, o, cell(r)))
    w('\n## Correspondents\n')
    w('| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |')
    w('|---|---|---|---|---|')
    for org, ctry, adrs, rel, system in C.CORRESPONDENTS:
        w('| %s | %s | %s | %s | %s |' % (cell(org), ctry, cell(adrs), cell(rel), cell(system)))
    w('\nPlatforms and authorities whose genuine mail appears: Microsoft (365 / SharePoint Online / account '
      'notifications), DocuSign (EU), Adobe Acrobat Sign, Xero, GOV.UK Notify (Companies House), Dirección Electrónica '
      'Habilitada única (DEHú), Plataforma de Contratación del Sector Público, ΑΑΔΕ (myAADE), Piraeus Bank (winbank '
      'business), DPD Polska, СКБ Контур (Контур.Экстерн), a Russian trade newsletter via Unisender.\n')
    for folder, title, whycol in (('attack', '## attack/', 'Why attack'), ('business', '## business/', 'Why genuine')):
        w(title + '\n')
        w('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |' % whycol)
        w('|---|---|---|---|---|---|---|')
        for m in msgs:
            if m.folder != folder:
                continue
            cs, cte = body_cs(m.body)
            w('| `%s` | %s | %s | %s | %s | %s | %s |' % (m.filename, m.lang, cs, cte, cell(describe(m.body)),
                                                        cell(m.what), cell(m.why)))
        w('')
    w('## Notes\n')
    w('### Hard negatives (genuine message of the same topic as an attack)\n')
    w('| Topic | Attack | Genuine | What tells them apart |')
    w('|---|---|---|---|')
    byname = {(m.folder, m.nn): m for m in msgs}
    for m in msgs:
        if m.folder == 'business' and m.pair:
            for (ann, topic, diff) in m.pair:
                a = byname[('attack', ann)]
                w('| %s | `%s` | `%s` | %s |' % (cell(topic), a.filename, m.filename, cell(diff)))
    w('\n### Account numbers, identifiers, QR codes\n')
    w(ACCOUNTS_NOTE % dict(lf_old=ids.fmt_iban(C.LF_OLD), lf_new=ids.fmt_iban(C.LF_NEW), ft=ids.fmt_iban(C.FT_IBAN),
                           pl=ids.fmt_iban(C.PL_IBAN), am=ids.fmt_iban(C.AM_IBAN), gl=ids.fmt_iban(C.GL_IBAN),
                           ae=ids.fmt_iban(C.AE_IBAN), hp=ids.fmt_iban(C.HP_IBAN), bf=C.BF_ACC, bik=C.BF_BIK,
                           corr=C.BF_CORR))
    w('\n### Facts per message\n')
    w('Extracted from the decoded messages by the build (URLs and IBANs are found by scanning every decoded text '
      'part, PDF text/link annotations, OOXML, calendar and nested messages; QR payloads are decoded from the images; '
      'phone numbers, wallets and other account numbers are declared per message and checked to be present).\n')
    for m in msgs:
        r = results[m.filename]
        w('#### %s/%s\n' % (m.folder, m.filename))
        if r['ibans']:
            w('- IBAN: ' + ', '.join('`%s`' % i for i in r['ibans']))
        for kind, val, _ in m.ids:
            w('- %s: `%s`' % (kind, val))
        if m.phones:
            w('- Phone: ' + ', '.join('`%s`' % p for p in m.phones))
        if m.wallets:
            w('- Wallet: ' + ', '.join('`%s`' % p for p in m.wallets))
        for n in m.notes:
            w('- Note: %s' % n)
        for q in r['qr']:
            w('- QR payload: `%s`' % q.replace('\n', '⏎').replace('`', "'"))
        if r['urls']:
            w('- URLs:')
            for u in r['urls']:
                w('  - `%s`' % u)
        if not (r['ibans'] or m.ids or m.phones or m.wallets or r['qr'] or r['urls'] or m.notes):
            w('- (no account numbers, URLs, phone numbers or QR codes)')
        w('')
    return '\n'.join(out) + '\n'


ACCOUNTS_NOTE = '''All IBANs in the set pass the ISO 13616 mod-97 check (the build rejects any IBAN-shaped string of a
known country length that does not). Bank codes are real institutions' codes, account numbers are invented.

Genuine accounts of the correspondents:

- Lieferant GmbH: `%(lf_old)s` (Sparkasse Bremen, SBREDE22XXX) – changed to `%(lf_new)s` (Commerzbank, COBADEFFXXX) from 1 Dec 2026 in the properly announced change (business/02); any other Lieferant account is fraudulent.
- Ferretti Trasporti: `%(ft)s` (Crédit Agricole Italia; the CIN letter is computed).
- Partner Logistik: `%(pl)s` (mBank; on the Polish VAT white list in the genuine messages).
- Anglia Marine Engineering: `%(am)s` (Barclays, sort code 20-30-41, account 73926418).
- Grúas y Mantenimiento Levante: `%(gl)s` (CaixaBank; Spanish control digits computed).
- Aegean Ship Agency: `%(ae)s` (Piraeus Bank); Hellenic Port Supplies: `%(hp)s` (National Bank of Greece).
- Балтийская экспедиторская компания: р/с `%(bf)s`, БИК `%(bik)s`, к/с `%(corr)s` (control key of the Russian settlement and correspondent account verified).

Fraudulent accounts (attack set) are at banks the payee never used: a Deutsche Bank Berlin IBAN in the hijacked
Lieferant thread, an N26 IBAN for the payroll diversion, a Slovak IBAN in the register scam, an HSBC UK account for
the Anglia Marine look-alike, a Santander Bank Polska NRB for the Partner Logistik look-alike, an Openbank IBAN for
the Grúas Levante look-alike and an АО «ТБанк» settlement account (valid Russian control key) for the hijacked
forwarder mailbox – listed per message below.

QR codes are real, encoded by `gen/eg/qr.py` (byte mode, ECC level M) and decoded back by the build:
EPC069-12 “GiroCode” SEPA transfer payloads (German invoices and the register scam), the Polish ZBP payment
format (`NIP|PL|account|amount in grosze|name|title|||`) in the Partner Logistik look-alike, the Polish KSeF
verification link ("KOD I"), a Spanish VERI*FACTU verification URL, a Russian ГОСТ Р 56042-2014 `ST00012`
payment payload (fraudulent account), a Greek myDATA provider verification link, and plain URLs in the two
quishing attacks (MFA re-enrolment PDF, payroll-portal inline image). Crypto addresses are valid
(bech32 checksum for BTC, base58check for the TRON/USDT address) but derived from random bytes.
'''
