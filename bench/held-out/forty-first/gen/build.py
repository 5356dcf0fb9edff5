#!/usr/bin/env python3
"""Entry point: writes ../attack/*.eml, ../business/*.eml, ../MANIFEST.md, ../staff.txt (deterministic, stdlib only)."""
import os, sys, re, collections, email, email.policy
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
from msg import build
from people import STAFF, CORRESPONDENTS
import lib
import attack, business

LANGS = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def structure(raw):
    m = email.message_from_bytes(raw, policy=email.policy.default)
    types = [p.get_content_type() for p in m.walk() if not p.is_multipart()]
    ctes = sorted(set(str(p.get('Content-Transfer-Encoding', '7bit')).lower() for p in m.walk() if p.get_content_maintype() == 'text' and not p.get_filename()))
    atts = [p.get_filename() for p in m.walk() if p.get_filename()]
    # sanity: decode every text part
    for p in m.walk():
        if p.get_content_maintype() == 'text':
            p.get_content()
    return m, types, ctes, atts


def main():
    rows = {}
    for d, mod in (('attack', attack), ('business', business)):
        out = os.path.join(ROOT, d)
        os.makedirs(out, exist_ok=True)
        for f in os.listdir(out):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, f))
        rows[d] = []
        for s in mod.MSGS:
            raw = build(s)
            with open(os.path.join(out, s['file']), 'wb') as fh:
                fh.write(raw)
            m, types, ctes, atts = structure(raw)
            cs = sorted(set(p.get_content_charset() for p in m.walk() if p.get_content_maintype() == 'text' and not p.get_filename()))
            rows[d].append((s, cs, types, ctes, atts, str(m['Subject'])))
    # IBAN self-check over all output
    for d in rows:
        for s, *_ in rows[d]:
            txt = open(os.path.join(ROOT, d, s['file']), 'rb').read()
            m = email.message_from_bytes(txt, policy=email.policy.default)
            for p in m.walk():
                if p.get_content_maintype() == 'text':
                    for ib in re.findall(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b', p.get_content()):
                        if not lib.iban_ok(ib):
                            print('BAD IBAN', s['file'], ib)
    # staff.txt
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for k, (n, a, o, r) in STAFF.items():
            fh.write('%s=%s\n' % (n, a))
    # manifest
    L = ['# Example Group - blind mail-gateway evaluation set', '',
         'Generated deterministically by `gen/build.py` (Python 3 stdlib only). All messages are fictitious; attachments are inert placeholders.', '',
         '## The company', '',
         '**Example Group** (domains `example.com` and `examplegroup.eu`, ~700 mailboxes) is a pharmaceutical wholesaler distributing medicines and '
         'medical consumables to pharmacies and hospitals. HQ in Frankfurt am Main (DE); offices in Milano (IT), Poznań (PL), Madrid (ES), '
         'Athens (GR), Birmingham (UK) and Moscow (RU). Inbound MX: `mx01.example.com`; internal relay: `mail-int01.example.com [10.20.0.25]`.', '',
         '## Staff', '', '| Name | Address | Office | Role |', '|---|---|---|---|']
    for k, (n, a, o, r) in STAFF.items():
        L.append('| %s | %s | %s | %s |' % (n, a, o, r))
    L += ['', '## Correspondents', '', '| Organisation | Addresses | Relation |', '|---|---|---|']
    for o, a, r in CORRESPONDENTS:
        L.append('| %s | %s | %s |' % (o, a.replace('<', '&lt;').replace('>', '&gt;'), r))
    L += ['', 'Look-alike domains used only by attackers: lieferant-gmbh.com, ferrettitrasporti.it, partner-logistlk.pl, laboratorios-almeda.es, '
          'hellascoId.gr, examplegroup-eu.com (and authority/brand look-alikes listed per message).', '']
    for d in ('attack', 'business'):
        cnt = collections.Counter(s['lang'] for s, *_ in rows[d])
        L += ['## %s/ (%d messages)' % (d, len(rows[d])), '',
              'Per language: ' + ', '.join('%s %d' % (LANGS[k], cnt[k]) for k in LANGS), '',
              '| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |' % ('attack' if d == 'attack' else 'genuine'),
              '|---|---|---|---|---|---|---|']
        for s, cs, types, ctes, atts, subj in rows[d]:
            st = ' + '.join(types) + (('; att: ' + ', '.join(atts)) if atts else '')
            L.append('| %s | %s | %s | %s | %s | %s | %s |' % (s['file'], s['lang'], ', '.join(cs), ', '.join(ctes),
                                                               st.replace('|', '/'), s['desc'].replace('|', '/'), s['why'].replace('|', '/')))
        L.append('')
    L += ['## Notes', '',
          '- Top `Received` header is always mx01.example.com (Postfix); internal mail arrives from `mail-int01.example.com [10.20.0.25]` with an Exchange hop below it. No Authentication-Results, DKIM-Signature or X-Spam headers are present by design.',
          '- All IBANs carry valid ISO 13616 mod-97 check digits; national checks are also valid where implemented: IT (CIN), ES (two DC digits), PL (bank/branch check digit of the NRB), DE (account check digit computed with Bundesbank method 00). The Russian settlement account carries a valid BIK control key.',
          '- QR codes (attack 03, 31) are real PNG QR codes (byte mode, level M, Reed-Solomon, mask selected by penalty score) generated by `gen/lib.py`.',
          '- The Bitcoin address in attack 13 is a bech32 (BIP-173) P2WPKH address with a valid checksum derived from a fixed seed (no known owner).',
          '- Attachments are inert: PDFs contain only text, ZIPs contain a one-line text placeholder under a dangerous-looking name (.js, .vbs, .lnk, .exe); attack 24 (password GIF2026) and 25 (password 5521) use ZipCrypto encryption. HTML/SVG attachments contain no functional script; form targets are look-alike placeholders.',
          '- Hard negatives pair with attacks: business 02/attack 01 (Lieferant bank change), business 18/attack 17 (Ferretti), business 22-23/attack 22 (Partner Logistik), business 28/attack 28 (Almeda), business 33/attack 34 (Hellas Cold), business 03/attack 02 (CEO urgent payment), business 05, 25/attack 07, 30 (private addresses), business 14/attack 11 (DocuSign), business 15/attack 31 (MFA), business 24/attack 25 (same pharmacy mailbox before/after compromise).',
          '']
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L))
    for d in rows:
        c = collections.Counter(s['lang'] for s, *_ in rows[d])
        print(d, len(rows[d]), dict(c))


if __name__ == '__main__':
    main()
