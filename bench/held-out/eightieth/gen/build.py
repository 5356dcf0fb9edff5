#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md into the set's own folder (the parent of gen/)."""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import company as C  # noqa: E402
import mailkit as K  # noqa: E402
import msg as M  # noqa: E402
import qr  # noqa: E402
import ids  # noqa: E402
import validate  # noqa: E402
from pairs import PAIR_NOTES  # noqa: E402

OUT = os.path.dirname(HERE)
LANGS = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]
LANG_NAMES = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek',
              'ru': 'Russian'}


def collect():
    sets = {'attack': [], 'business': []}
    for lang, n in LANGS:
        mod = importlib.import_module('msgs_' + lang)
        for kind, lst in (('attack', mod.ATTACKS), ('business', mod.BUSINESS)):
            assert len(lst) == n, '%s %s: %d messages, expected %d' % (lang, kind, len(lst), n)
            for m in lst:
                m.lang, m.kind = lang, kind
                sets[kind].append(m)
    return sets


def cte_of(p):
    tps = K.text_parts(p)
    cs = sorted(set(t.charset for t in tps), key=[t.charset for t in tps].index)
    ct = sorted(set(t.cte for t in tps), key=[t.cte for t in tps].index)
    return ', '.join(cs), ', '.join(ct)


def md_escape(s):
    return s.replace('|', '\\|').replace('\n', ' ')


def main():
    ids._selftest()
    qr._selftest()
    sets = collect()
    files = {}
    for kind in ('attack', 'business'):
        d = os.path.join(OUT, kind)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        for i, m in enumerate(sets[kind], 1):
            m.num = i
            m.fname = '%02d-%s-%s.eml' % (i, m.lang, m.slug)
            try:
                data = M.assemble(m)
            except Exception as e:
                raise SystemExit('error assembling %s/%s-%s: %r' % (kind, m.lang, m.slug, e))
            with open(os.path.join(d, m.fname), 'wb') as fh:
                fh.write(data)
            files[(kind, m.slug)] = m
    # staff.txt
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for name, addr, office, role in C.STAFF:
            fh.write('%s=%s\n' % (name, addr))
    write_manifest(sets, files)
    errs = validate.run(OUT, sets)
    if errs:
        print('VALIDATION ERRORS:')
        for e in errs:
            print('  ' + e)
        sys.exit(1)
    for kind in ('attack', 'business'):
        counts = {}
        for m in sets[kind]:
            counts[m.lang] = counts.get(m.lang, 0) + 1
        print('%s: %d  (%s)' % (kind, len(sets[kind]), ', '.join('%s %d' % (l, counts.get(l, 0)) for l, _ in LANGS)))
    print('all messages parsed and decoded OK')


def write_manifest(sets, files):
    L = []
    L.append('# Blind evaluation set – Example Group mail gateway\n')
    L.append('Generated deterministically by `gen/build.py` (Python 3 standard library only). Every `.eml` file is the '
             'message as received by the inbound MX: the top `Received` header is written by `mx01.example.com` and '
             'names the connecting client as `from HELO (rDNS [IP])` and the envelope recipient as `for <…>`; below are '
             'the sender\'s own hops. No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present. '
             'All attachments are inert (text-only PDFs, one-line placeholders inside archives, no scripts or executables).\n')
    L.append('## The company\n')
    L.append('**%s** – %s. Domains: %s (%s mailboxes). Inbound MX: %s. Internal mail: %s.\n' % (
        C.COMPANY['name'], C.COMPANY['trade'], ', '.join('`%s`' % d for d in C.COMPANY['domains']),
        C.COMPANY['mailboxes'], C.COMPANY['mx'], C.COMPANY['relay']))
    L.append('| Office | Legal entity / address |')
    L.append('|---|---|')
    for k, (city, ent) in C.OFFICES.items():
        L.append('| %s | %s |' % (city, ent))
    L.append('')
    L.append('Identifiers used in the messages (all with valid check digits): USt-IdNr. %s, P.IVA %s, NIP %s, CIF %s, '
             'ΑΦΜ %s, ИНН %s, main account %s.\n' % (C.EG['de_ust'], C.EG['it_piva'], ids.fmt_nip(C.EG['pl_nip']),
                                                     C.EG['es_cif'], C.EG['gr_afm'], C.EG['ru_inn'],
                                                     ids.fmt_iban(C.EG['de_iban'])))
    L.append('## Staff\n')
    L.append('| Name | Address | Office | Role |')
    L.append('|---|---|---|---|')
    for name, addr, office, role in C.STAFF:
        L.append('| %s | `%s` | %s | %s |' % (name, addr, office, role))
    L.append('')
    L.append('## Correspondents\n')
    L.append('| Organisation | Country | Relationship | Contacts | Mail infrastructure | Genuine mail in this set |')
    L.append('|---|---|---|---|---|---|')
    import re as _re
    for org, country, kind, contacts, infra in C.CORR:
        addrs = set(_re.findall(r'<([^>]+)>', ' '.join(contacts)))
        own = ['`%s`' % m.fname for m in sets['business'] if m.frm[1] in addrs]
        cts = '; '.join(_re.sub(r'<([^>]+)>', r'`\1`', c) for c in contacts)
        L.append('| %s | %s | %s | %s | %s | %s |' % (org, country, kind, md_escape(cts), infra,
                                                     ', '.join(own) or '– (mentioned only)'))
    L.append('')
    for kind, title in (('attack', 'Attack messages (`attack/`)'), ('business', 'Genuine business messages (`business/`)')):
        L.append('## %s\n' % title)
        L.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |'
                 % ('attack' if kind == 'attack' else 'genuine'))
        L.append('|---|---|---|---|---|---|---|')
        for m in sets[kind]:
            cs, ct = cte_of(m.part)
            L.append('| `%s` | %s | %s | %s | %s | %s | %s |' % (m.fname, m.lang, cs, ct, md_escape(K.structure(m.part)),
                                                               md_escape(m.what), md_escape(m.why)))
        L.append('')
    L.append('## Notes\n')
    L.append('### Attack techniques\n')
    for m in sets['attack']:
        L.append('- `%s`: %s' % (m.fname, m.tech))
    L.append('')
    L.append('### Hard negatives (genuine message ↔ attack on the same topic)\n')
    L.append('| Genuine (business/) | Attack (attack/) | Shared topic | What separates them |')
    L.append('|---|---|---|---|')
    pairs = []
    for m in sets['business']:
        for p in ([m.pair] if isinstance(m.pair, str) else (m.pair or [])):
            pairs.append((m.slug, p))
    for m in sets['attack']:
        for p in ([m.pair] if isinstance(m.pair, str) else (m.pair or [])):
            if (p, m.slug) not in pairs:
                pairs.append((p, m.slug))
    for b, a in pairs:
        bm, am = files.get(('business', b)), files.get(('attack', a))
        assert bm is not None and am is not None, (b, a)
        topic, diff = PAIR_NOTES[(b, a)]
        L.append('| `%s` | `%s` | %s | %s |' % (bm.fname, am.fname, md_escape(topic), md_escape(diff)))
    L.append('')
    L.append('%d pairs in total.\n' % len(pairs))
    L.append('### Other notes\n')
    L.append('- Arrival times are October–December 2026; `Date` headers and sender-side hops use the sender\'s own time '
             'zone (EU summer time ends 25 Oct 2026).')
    L.append('- IBANs carry valid ISO 13616 mod-97 check digits and, where applicable, valid national check digits '
             '(IT CIN, ES DC, PL sort-code check digit, PT NIB key); Russian accounts satisfy the BIK control-key algorithm; '
             'INN/OGRN, NIP, P.IVA, CIF, ΑΦΜ and USt-IdNr. are valid; the Bitcoin address is valid bech32 (BIP-173).')
    L.append('- QR codes are real, decodable PNG QR codes produced by `gen/qr.py` (byte mode, EC level M).')
    L.append('- Password-protected archives use traditional PKWARE encryption (ZipCrypto); the password is given in the message body.')
    L.append('- Domains of attackers are fictitious look-alikes; genuine third-party services (Microsoft, Google, GitHub, '
             'Yandex, DocuSign, Mailchimp, SendGrid) are shown with their usual sending infrastructure.')
    with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')


if __name__ == '__main__':
    main()
