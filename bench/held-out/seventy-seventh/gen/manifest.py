"""Writes MANIFEST.md."""
from company import COMPANY, OFFICES, STAFF, CORRESPONDENTS, PRIVATE
from verify import body_parts

LANG_NAME = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish',
             'el': 'Greek', 'ru': 'Russian'}


def _cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def structure(p):
    ct = p.get_content_type()
    if p.is_multipart():
        return '%s [%s]' % (ct, ', '.join(structure(s) for s in p.iter_parts()))
    fn = p.get_filename()
    if fn:
        return '%s "%s"' % (ct, fn)
    return ct


def charset_cte(m):
    parts = body_parts(m)
    cs, ct = [], []
    for p in parts:
        c = p.get_content_charset() or '-'
        e = (p.get('Content-Transfer-Encoding') or '7bit').lower()
        if c not in cs:
            cs.append(c)
        if e not in ct:
            ct.append(e)
    return ' / '.join(cs), ' / '.join(ct)


def att_notes(spec):
    notes = []
    for a in spec.get('attachments', []):
        if a.get('kind') == 'zipenc':
            notes.append('ZipCrypto, password "%s", contains %s' % (a['password'], ', '.join(a['inner'])))
        elif a.get('kind') == 'zip':
            notes.append('ZIP contains %s' % ', '.join(a['inner']))
        if a.get('qr'):
            notes.append('QR -> %s' % a['qr'])
    return '; '.join(notes)


def write(path, rows_att, rows_bus):
    L = []
    L.append('# Blind evaluation set – Example Group mail gateway\n')
    L.append('Generated deterministically by `gen/build.py` (Python 3 standard library only). '
             'All names, companies, domains, accounts and URLs are fictitious except well-known service '
             'providers whose infrastructure is imitated. Attachments are inert: archives contain a one-line '
             'text placeholder under a dangerous-looking name, HTML/SVG attachments contain no script, PDFs '
             'contain only text, QR codes are PNG images.\n')
    L.append('## The company\n')
    L.append('**%s** – %s. Domains `%s`, %s mailboxes. Inbound MX `mx01.example.com` (Postfix); internal '
             'mail leaves Exchange (EXCH01/EXCH02.example.local) through the relay `mail-int01.example.com '
             '[10.20.0.25]`. Every message\'s top `Received` header is mx01\'s; the headers below it are the '
             'sender\'s own hops. No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present.\n'
             % (COMPANY['name'], COMPANY['trade'], '`, `'.join(COMPANY['domains']), COMPANY['mailboxes']))
    L.append('| Office | Country | Entity / address |\n|---|---|---|')
    for k, (c, a) in OFFICES.items():
        L.append('| %s | %s | %s |' % (k, c, _cell(a)))
    L.append('\n## Staff (staff.txt)\n')
    L.append('| Name | Address | Office | Role |\n|---|---|---|---|')
    for k, (n, a, o, r, nat) in STAFF.items():
        name = n + (' (%s)' % nat if nat else '')
        extra = ' – private: %s' % PRIVATE[k] if k in PRIVATE else ''
        L.append('| %s | %s | %s | %s%s |' % (_cell(name), a, o, _cell(r), extra))
    L.append('\n## Correspondents\n')
    L.append('| Organisation | Country | Contact | Address | Relationship |\n|---|---|---|---|---|')
    for org, c, who, addr, rel in CORRESPONDENTS:
        L.append('| %s | %s | %s | %s | %s |' % (_cell(org), c, _cell(who), addr, _cell(rel)))
    for title, rows, col in (('attack', rows_att, 'Why attack'), ('business', rows_bus, 'Why genuine')):
        L.append('\n## Folder `%s/`\n' % title)
        L.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |' % col)
        L.append('|---|---|---|---|---|---|---|')
        for fname, spec, m in rows:
            cs, cte = charset_cte(m)
            st = structure(m)
            an = att_notes(spec)
            if an:
                st += ' – ' + an
            what = spec['what']
            if spec.get('tech'):
                what = '**%s.** %s' % (spec['tech'], what)
            L.append('| %s | %s | %s | %s | %s | %s | %s |' % (fname, spec['lang'], cs, cte, _cell(st),
                                                                _cell(what), _cell(spec['why'])))
    L.append('\n## Notes\n')
    L.append('### Hard negatives (genuine messages on the same topic as specific attacks)\n')
    L.append('| Business message | Hard negative of | Shared topic |\n|---|---|---|')
    att_by_n = {spec['n']: fname for fname, spec, _ in rows_att}
    for fname, spec, _ in rows_bus:
        if spec.get('pair'):
            L.append('| %s | %s | %s |' % (fname, ', '.join(att_by_n[n] for n in spec['pair']),
                                          _cell(spec.get('topic', spec['what']))))
    L.append('\n### Techniques used in `attack/`\n')
    for fname, spec, _ in rows_att:
        L.append('- `%s`: %s' % (fname, spec['tech']))
    L.append('\n### Other notes\n')
    L.append('- All IBANs carry valid ISO 13616 mod-97 check digits; Italian IBANs also a valid CIN, Spanish '
             'ones valid DC digits, Polish ones a valid bank-routing check digit, the Slovak one a valid '
             'mod-11 account number. Russian settlement accounts pass the BIK control-key check '
             '(correspondent accounts too); INN/OGRN, USt-IdNr, Partita IVA, NIP, CIF, AFM and UK VAT numbers '
             'carry valid check digits. German account numbers do not follow a specific bank\'s national '
             'check-digit method.')
    L.append('- QR codes are real QR Code model 2 symbols (byte mode, ECC level M) produced by `gen/qr.py`; '
             'build.py decodes every QR PNG again with an independent read path (format bits, unmasking, '
             'Reed-Solomon check) and compares it with the intended URL.')
    L.append('- The Bitcoin address in the extortion mail is a valid bech32 (BIP 173) P2WPKH address for a '
             'random 20-byte program; `gen/banking.py` also implements base58check.')
    L.append('- Password-protected archives use traditional PKWARE encryption (ZipCrypto), written by '
             '`gen/zipc.py` and checked by decrypting with Python\'s zipfile.')
    L.append('- Time zones: Europe switches from summer to winter time on 25 Oct 2026; Date and Received '
             'headers follow this (CEST/CET, EEST/EET, BST/GMT, MSK, PDT/PST for Google/GitHub/PayPal hops).')
    L.append('- Look-alike and attacker domains used: see the "Why attack" column; genuine correspondents '
             'always use the exact addresses listed above. Third parties whose mailboxes or web hosts are '
             '"compromised" in the attack scenarios (e.g. harcourtlyle.co.uk, physio-am-wall.de, '
             'tischlerei-brunsmann.de, ferramentabrambilla.it, villa-asteria-naxos.gr) are fictitious as well.')
    L.append('- Threads: business/03 -> attack/03 (Ventilbeutel order, hijacked), business/19 -> attack/21 '
             '(spare-parts offer, hijacked), business/22 -> attack/23 (invoice thread, hijacked) share '
             'Message-ID/In-Reply-To/References chains.')
    L.append('- Senders\' time zones are kept in the Date headers (e.g. Contabo/OVH/Hetzner VPS hops in UTC, '
             'Exchange Online hops in +0000, Google/GitHub/PayPal hops in Pacific time, mx01 in Europe/Berlin).')
    open(path, 'w', encoding='utf-8').write('\n'.join(L) + '\n')
