#!/usr/bin/env python3
"""Entry point: builds {attack,business}/*.eml, staff.txt, MANIFEST.md
and validates every message with the email package."""
import email
import email.policy
import io
import os
import shutil
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org
import codes
import msg
import mime
import qr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG_ORDER = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']
QUOTA = {'de': 8, 'en': 8, 'it': 5, 'pl': 5, 'es': 5, 'el': 5, 'ru': 4}
LANG_NAME = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def validate(path, raw, entry):
    m = email.message_from_bytes(raw, policy=email.policy.default)
    probs = []
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'Return-Path'):
        if m[h] is None:
            probs.append('missing ' + h)
    str(m['Subject'])
    str(m['From'])
    rec = m.get_all('Received')
    if not rec[0].startswith('from ') or 'by mx01.example.com' not in rec[0]:
        probs.append('top Received not mx01')
    for bad in ('Authentication-Results', 'DKIM-Signature', 'ARC-Seal', 'X-Spam-Status'):
        if m[bad] is not None:
            probs.append('forbidden ' + bad)
    ntext = 0
    for part in m.walk():
        if part.defects:
            probs.append('defects %s' % part.defects)
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset() or 'us-ascii'
            data.decode(cs)  # strict
            part.get_content()
            ntext += part.get_filename() is None
        fn = part.get_filename() or ''
        if fn.endswith('.zip'):
            import files
            zf = zipfile.ZipFile(io.BytesIO(data))
            for info in zf.infolist():
                if info.flag_bits & 1:
                    pw = [p for p in files.PASSWORDS if p in raw.decode('latin-1') or p.encode('koi8-r') in raw]
                    assert pw, 'zip password not stated in message'
                    content = zf.read(info, pwd=pw[0].encode())
                else:
                    content = zf.read(info)
                assert content == files.PLACEHOLDER
        if part.get_content_type() == 'image/png' and entry.get('qr'):
            qr.read_png(data)
        if part.get_content_type() == 'application/pdf':
            assert data.startswith(b'%PDF-') and data.rstrip().endswith(b'%%EOF')
    if ntext == 0:
        probs.append('no text part')
    if m.defects:
        probs.append('msg defects %s' % m.defects)
    if probs:
        raise SystemExit('%s: %s' % (path, probs))


def structure(body):
    return body.describe()


def charsets(body):
    ls = mime.text_leaves(body)
    return ', '.join(dict.fromkeys(t.charset for t in ls)), ', '.join(dict.fromkeys(t.cte for t in ls))


def main():
    codes.selftest()
    org.check_all()
    import attacks_a, attacks_b, business_a, business_b
    for mod in (attacks_a, attacks_b, business_a, business_b):
        mod.build()
    manifest = []
    for folder in ('attack', 'business'):
        d = os.path.join(ROOT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        entries = msg.REGISTRY[folder]
        ordered = sorted(entries, key=lambda e: LANG_ORDER.index(e['lang']))  # stable
        counts = {l: sum(1 for e in ordered if e['lang'] == l) for l in LANG_ORDER}
        assert counts == QUOTA, (folder, counts)
        for n, e in enumerate(ordered, 1):
            e['file'] = '%02d-%s-%s.eml' % (n, e['lang'], e['slug'])
            e['num'] = n
            p = os.path.join(d, e['file'])
            with open(p, 'wb') as f:
                f.write(e['raw'])
            validate(p, e['raw'], e)
    write_staff()
    write_manifest()
    print('attack: %d, business: %d messages written and validated' % (len(msg.REGISTRY['attack']), len(msg.REGISTRY['business'])))


def write_staff():
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for name, a, office, role in org.STAFF.values():
            f.write('%s=%s\n' % (name, a))


def _cell(s):
    return s.replace('|', '\\|').replace('\n', ' ')


def write_manifest():
    c = org.COMPANY
    o = ['# MANIFEST - audit65 blind evaluation set', '',
         '## Company', '',
         '**%s** - %s. Domains: %s (%s mailboxes). HQ: %s; offices: Milano Malpensa (IT), Warszawa (PL), '
         'Madrid-Barajas (ES), Athens (GR), Manchester (UK), Moskva (RU). Mail: %s. All dates October-December 2026.'
         % (c['name'], c['trade'], ', '.join(c['domains']), c['mailboxes'], c['hq'], c['mx']), '',
         'All IBANs carry valid mod-97 check digits (and IT CIN / ES CCC / PL sort-code check digits); Russian '
         'settlement and correspondent accounts validate against their BIK; INNs carry their control digit; the Bitcoin '
         'address is valid bech32; QR codes are real PNG QR codes (encoder in gen/qr.py, self-checked by decoding). '
         'Attachments are inert: ZIP members are a one-line placeholder, SVG/HTML contain no script, PDFs are text only.', '',
         '## Staff', '', '| Name | Address | Office | Role |', '|---|---|---|---|']
    for name, a, office, role in org.STAFF.values():
        o.append('| %s | %s | %s | %s |' % (name, a, office, role))
    o += ['', '## Correspondents', '', '| Organisation | Country | Relationship | Addresses |', '|---|---|---|---|']
    for org_, cc, rel, adr in org.CORRESPONDENTS:
        o.append('| %s | %s | %s | %s |' % (_cell(org_), cc, _cell(rel), _cell(adr)))
    for folder, title in (('attack', 'Attack messages (`attack/`)'), ('business', 'Genuine business messages (`business/`)')):
        o += ['', '## ' + title, '', '| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |' % ('attack' if folder == 'attack' else 'genuine'),
              '|---|---|---|---|---|---|---|']
        for e in sorted(msg.REGISTRY[folder], key=lambda e: e['num']):
            cs, cte = charsets(e['body'])
            o.append('| %s | %s | %s | %s | %s | %s | %s |' % (e['file'], e['lang'], cs, cte, _cell(structure(e['body'])), _cell(e['what']), _cell(e['why'])))
    o += ['', '## Notes', '', '### Hard negatives (genuine business message -> attack it resembles)', '']
    att = {e['num']: e for e in msg.REGISTRY['attack']}
    for e in sorted(msg.REGISTRY['business'], key=lambda e: e['num']):
        if e['hardneg']:
            refs = ', '.join('attack/' + att[n]['file'] for n in e['hardneg'])
            o.append('- business/%s is the hard negative of %s' % (e['file'], refs))
    o += ['', '### Other notes', '',
          '- Every message\'s top Received header is mx01.example.com\'s, naming the connecting client as `from HELO (rDNS [IP])` and `for <recipient>`; the sender\'s own hops follow below.',
          '- No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present; the gateway is expected to evaluate authentication itself (offline).',
          '- Genuine internal mail arrives from mail-int01.example.com [10.20.0.25] with Exchange hops below it.',
          '- Four attacks come from genuinely compromised partner mailboxes (attack 04 GSE Technik Weber, 21 Aviocarburanti Nord, 23 Partner Logistik with a look-alike Reply-To, 36 a small supplier\'s otenet.gr account); attack 35 is sent by PayPal\'s genuine infrastructure (abused invoice feature) - their headers are indistinguishable from the partner\'s real mail; the content is what gives them away.',
          '- Password of ZipCrypto archives is given in the message body (as attackers do).',
          '- Generated by `python3 gen/build.py` (deterministic, standard library only).', '']
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(o))


if __name__ == '__main__':
    main()
