#!/usr/bin/env python3
"""Build the Example Group mail-gateway evaluation set (deterministic, stdlib only).

    python3 gen/build.py            -> writes attack/, business/, staff.txt, MANIFEST.md
                                       and runs the self-checks
"""
import email
import email.policy
import glob
import importlib
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from eglib import kit, infra, mime, company, bank, coin, pdf as pdfmod, png, qr  # noqa: E402

MODULES = ['msgs.a_de', 'msgs.a_en', 'msgs.a_it', 'msgs.a_pl', 'msgs.a_es', 'msgs.a_el', 'msgs.a_ru',
           'msgs.b_de', 'msgs.b_en', 'msgs.b_it', 'msgs.b_pl', 'msgs.b_es', 'msgs.b_el', 'msgs.b_ru']

SPLIT = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]
LANGNAME = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def expected_lang(num):
    n = 0
    for lang, k in SPLIT:
        n += k
        if num <= n:
            return lang
    raise ValueError(num)


def body_charsets(root):
    seen = []
    for p in root.walk():
        if p.meta.get('kind') == 'text':
            v = (p.meta['subtype'], p.meta['charset'], p.meta['cte'])
            if v not in seen:
                seen.append(v)
    cs = []
    ct = []
    for sub, c, e in seen:
        if c not in cs:
            cs.append(c)
        if e not in ct:
            ct.append(e)
    if len(seen) > 1 and (len(cs) > 1 or len(ct) > 1):
        return (' / '.join('%s: %s' % (s, c) for s, c, e in seen), ' / '.join('%s: %s' % (s, e) for s, c, e in seen))
    return (', '.join(cs), ', '.join(ct))


def build():
    for mod in MODULES:
        importlib.import_module(mod)
    rows = {'attack': [], 'business': []}
    for folder in rows:
        os.makedirs(os.path.join(OUT, folder), exist_ok=True)
        for f in glob.glob(os.path.join(OUT, folder, '*.eml')):
            os.remove(f)
    built = []
    for e in sorted(kit.REGISTRY, key=lambda e: (e['folder'], e['num'])):
        assert e['lang'] == expected_lang(e['num']), (e['folder'], e['num'], e['lang'])
        m = infra.Msg(e['folder'], e['num'], e['lang'], e['slug'])
        e['fn'](m)
        data = m.to_bytes()
        fname = '%02d-%s-%s.eml' % (e['num'], e['lang'], e['slug'])
        with open(os.path.join(OUT, e['folder'], fname), 'wb') as fh:
            fh.write(data)
        cs, cte = body_charsets(m.root)
        rows[e['folder']].append(dict(file=fname, lang=e['lang'], cs=cs, cte=cte,
                                      struct=mime.describe(m.root), what=e['what'], why=e['why'],
                                      pair=e['pair'], num=e['num']))
        built.append((e, m, fname, data))
    for folder in rows:
        nums = [r['num'] for r in rows[folder]]
        assert nums == list(range(1, 41)), (folder, nums)
    write_staff()
    write_manifest(rows)
    return built, rows


def write_staff():
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for key, (n, a, off, role) in company.STAFF.items():
            fh.write('%s=%s\n' % (n, a))


def md(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def write_manifest(rows):
    C = company.COMPANY
    L = []
    L.append('# Example Group - mail-gateway evaluation set\n')
    L.append('Blind evaluation set for the spam/phishing filter on `mx01.example.com`: 40 attack messages '
             '(`attack/`) and 40 genuine business messages (`business/`), generated deterministically by '
             '`python3 gen/build.py` (Python 3 standard library only). All names, companies, accounts and '
             'URLs are fictitious test data; every attachment is inert (PDFs contain text only, ZIP members are a '
             'one-line placeholder, HTML/SVG files contain no script).\n')
    L.append('## The company\n')
    L.append('* **%s** - %s.' % (C['name'], C['trade']))
    L.append('* Domains: `example.com` (primary) and `examplegroup.eu` (%s mailboxes in total).' % C['mailboxes'])
    L.append('* Inbound MX: %s. Its `Received` header is the top one in every message and names the connecting '
             'client as `from HELO (rDNS [IP])` and the envelope recipient as `for <...>`.' % C['mx'])
    L.append('* Internal mail: %s.' % C['relay'])
    L.append('* No `Authentication-Results`, `DKIM-Signature`, `ARC-*` or `X-Spam*` headers are included: the gateway '
             'computes those itself (offline in this evaluation). Dates: October-December 2026.\n')
    L.append('Offices:\n')
    L.append('| Code | City | Address |')
    L.append('|---|---|---|')
    for c, city, adr in company.OFFICES:
        L.append('| %s | %s | %s |' % (c, city, md(adr)))
    L.append('\n## Staff (`staff.txt`)\n')
    L.append('| Name | Address | Office | Role |')
    L.append('|---|---|---|---|')
    for key, (n, a, off, role) in company.STAFF.items():
        L.append('| %s | %s | %s | %s |' % (md(n), a, off, md(role)))
    L.append('\nPrivate addresses of staff that occur in genuine mail: ' + '; '.join(
        '%s `%s` (%s)' % (n, a, why) for n, a, why in company.STAFF_PRIVATE) + '.\n')
    L.append('## Correspondents\n')
    L.append('| Organisation / person | Country | Relationship | Genuine address(es) |')
    L.append('|---|---|---|---|')
    for org, cc, role, people in company.CORRESPONDENTS:
        L.append('| %s | %s | %s | %s |' % (md(org), cc, md(role), ', '.join('%s `%s`' % (md(n), a) for n, a in people)))
    L.append('\nGenuine service senders used in business mail: Microsoft Entra ID (`azure-noreply@microsoft.com`), '
             'Google (`no-reply@accounts.google.com`), GitHub (`noreply@github.com`), Yandex ID (`noreply@id.yandex.ru`), '
             'DocuSign (`dse@eumail.docusign.net`), Mailchimp and Mailjet newsletters.\n')
    for folder, title in (('attack', 'Attack messages (`attack/`)'), ('business', 'Genuine business messages (`business/`)')):
        L.append('## %s\n' % title)
        L.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |')
        L.append('|---|---|---|---|---|---|---|')
        for r in rows[folder]:
            L.append('| `%s` | %s | %s | %s | %s | %s | %s |' % (r['file'], r['lang'], md(r['cs']), md(r['cte']), md(r['struct']),
                                                              md(r['what']), md(r['why'])))
        L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives (genuine messages paired with the attacks they resemble)\n')
    L.append('| Business message | Resembles attack(s) | What differs |')
    L.append('|---|---|---|')
    afiles = {r['num']: r['file'] for r in rows['attack']}
    for r in rows['business']:
        if r['pair']:
            nums, note = r['pair']
            L.append('| `%s` | %s | %s |' % (r['file'], ', '.join('`%s`' % afiles[n] for n in nums), md(note)))
    L.append('')
    L.extend(NOTES)
    with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')


NOTES = [
    '### Data validity\n',
    '* IBANs carry valid ISO 7064 mod-97 check digits. National check digits are also valid where the scheme is '
    'public: Italy (CIN), Spain (CCC control digits), Poland (check digit of the 8-digit bank sort code), Portugal '
    '(NIB check digits), Germany (account numbers at Sparkassen use Pruefziffermethode 00). Russian settlement and '
    'correspondent accounts carry a valid BIK control key; Russian INNs a valid check digit.',
    '* The Bitcoin address in the extortion mail is a bech32 (BIP-173) P2WPKH address with a valid checksum.',
    '* QR codes are real PNG QR codes (byte mode, EC level M) produced by `gen/eglib/qr.py`; the build decodes each '
    'one again (and with `zbarimg` if it is installed) and compares it with the intended URL.',
    '* Password-protected ZIPs use traditional PKWARE encryption (ZipCrypto); the password is given in the mail body. '
    'ZIP members hold the single line `inert placeholder for mail-filter evaluation - contains no code`.',
    '* The ClickFix page shows an encoded PowerShell command whose payload only decodes to `Write-Output` of a harmless string.',
    '* Received chains and header styles imitate the respective systems (Exchange on-prem and Online, Gmail, GMX/WEB.DE, '
    'IONOS, Strato, Aruba, home.pl, Yandex, WP, Libero, SendGrid, Mailgun, Brevo, Amazon SES, Mailchimp, Mailjet, '
    'PayPal, DocuSign, GitHub, Google, Microsoft, Namecheap Private Email/Open-Xchange, Zoho, Roundcube, PHPMailer, Exim). '
    'IP addresses follow the providers\' published ranges where known; attacker and consumer addresses are illustrative.',
    '',
    '### Reproduce and check\n',
    '```\npython3 gen/build.py\n```\n',
    'The build rewrites both folders, `staff.txt` and this file, then parses every message with Python\'s `email` package '
    '(`policy.default`), requires zero parser defects, decodes every text part and compares it with the source text, '
    'opens every PDF/ZIP/PNG/SVG/HTML attachment, re-validates all IBANs, BIK keys and crypto addresses found in the '
    'text, and verifies the header rules above.',
]


# ------------------------------------------------------------------------------------
class _NoScript(HTMLParser):
    def __init__(self):
        super().__init__()
        self.bad = []

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'iframe', 'object', 'embed'):
            self.bad.append(tag)
        for k, v in attrs:
            if k.startswith('on') or (v and v.strip().lower().startswith('javascript:')):
                self.bad.append(k)


IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')


def check_ibans(text, where, errors):
    found = 0
    for mt in IBAN_RE.finditer(text):
        cand = mt.group(1).replace(' ', '')
        cc = cand[:2]
        lens = {'DE': 22, 'IT': 27, 'ES': 24, 'PL': 28, 'GR': 27, 'GB': 22, 'LT': 20, 'PT': 25, 'SK': 24, 'FR': 27, 'NL': 18}
        if cc not in lens:
            continue
        cand = cand[:lens[cc]]
        if len(cand) != lens[cc]:
            continue
        found += 1
        if not bank.iban_valid(cand):
            errors.append('%s: invalid IBAN %s' % (where, cand))
    # Polish NRB written without country code: 26 digits
    for mt in re.finditer(r'\b(\d{2}(?: ?\d{4}){6})\b', text):
        nrb = mt.group(1).replace(' ', '')
        if len(nrb) == 26:
            found += 1
            if not bank.iban_valid('PL' + nrb):
                errors.append('%s: invalid NRB %s' % (where, nrb))
            if bank.pl_sort(nrb[2:9]) != nrb[2:10]:
                errors.append('%s: bad PL sort-code check %s' % (where, nrb))
    return found


def check_ru(text, where, errors):
    n = 0
    biks = re.findall(r'\b(04\d{7})\b', text)
    accs = re.findall(r'\b(40702\d{15}|30101\d{15})\b', text)
    if biks and accs:
        bik = biks[0]
        for a in accs:
            n += 1
            corr = a.startswith('30101')
            if not bank.ru_account_valid(bik, a, corr):
                errors.append('%s: BIK key invalid for %s / %s' % (where, bik, a))
    for inn in re.findall(r'\b(?:\u0418\u041d\u041d|INN)\s*:?\s*(\d{10})\b', text):
        n += 1
        if not bank.ru_inn10_valid(inn):
            errors.append('%s: INN check invalid %s' % (where, inn))
    return n


def validate(built):
    errors = []
    stats = {'ibans': 0, 'ru': 0, 'qr': 0, 'zip': 0, 'pdf': 0, 'btc': 0}
    forbidden = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
                 'arc-authentication-results')
    zbar = shutil.which('zbarimg')
    for e, m, fname, data in built:
        where = '%s/%s' % (e['folder'], fname)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if msg.defects:
            errors.append('%s: message defects %r' % (where, msg.defects))
        for k in msg.keys():
            kl = k.lower()
            if kl in forbidden or kl.startswith('x-spam'):
                errors.append('%s: forbidden header %s' % (where, k))
        rec = msg.get_all('Received')
        if not rec or 'by mx01.example.com (Postfix)' not in str(rec[0]) or 'for <' not in str(rec[0]):
            errors.append('%s: top Received is not mx01' % where)
        if not re.match(r'from \S+ \((?:\S+|unknown) \[[0-9a-fA-F.:]+\]\)', str(rec[0])):
            errors.append('%s: top Received lacks from HELO (rDNS [IP])' % where)
        if not msg['Return-Path']:
            errors.append('%s: no Return-Path' % where)
        if str(msg['Subject']) != m.subject:
            errors.append('%s: subject round-trip %r != %r' % (where, str(msg['Subject']), m.subject))
        try:
            fr = msg['From'].addresses[0]
            if fr.addr_spec != m.frm[1] or (m.frm[0] or '') != fr.display_name:
                errors.append('%s: From round-trip %r' % (where, fr))
        except Exception as ex:
            errors.append('%s: From unparsable %s' % (where, ex))
        for h in ('To', 'Cc', 'Reply-To'):
            if msg[h] is not None:
                try:
                    msg[h].addresses
                except Exception as ex:
                    errors.append('%s: %s unparsable %s' % (where, h, ex))
        d = msg['Date'].datetime
        if not (d.year == 2026 and d.month in (10, 11, 12)):
            errors.append('%s: date out of range %s' % (where, d))
        src_texts = [p.meta for p in m.root.walk() if p.meta.get('kind') == 'text']
        parts = [p for p in msg.walk() if not p.is_multipart()]
        ti = 0
        alltext = []
        for p in msg.walk():
            if p.defects:
                errors.append('%s: part defects %r' % (where, p.defects))
        for p in parts:
            ctype = p.get_content_type()
            fn = p.get_filename()
            if ctype.startswith('text/') and fn is None:
                try:
                    txt = p.get_content()
                except Exception as ex:
                    errors.append('%s: text part not decodable: %s' % (where, ex))
                    continue
                ref = src_texts[ti]['text']
                ti += 1
                if txt.replace('\r\n', '\n').rstrip('\n') != ref.rstrip('\n'):
                    errors.append('%s: decoded text differs from source (%s)' % (where, ctype))
                alltext.append(txt)
                if ctype == 'text/html':
                    ns = _NoScript()
                    ns.feed(txt)
                    if ns.bad:
                        errors.append('%s: active content in HTML body %r' % (where, ns.bad))
                continue
            payload = p.get_payload(decode=True)
            if fn is None:
                errors.append('%s: attachment without filename (%s)' % (where, ctype))
                continue
            meta = None
            for q in m.root.walk():
                if q.meta.get('kind') == 'attachment' and q.meta['filename'] == fn:
                    meta = q.meta
            if meta is None:
                errors.append('%s: filename round-trip failed %r' % (where, fn))
            elif meta['data'] != payload:
                errors.append('%s: attachment payload differs %s' % (where, fn))
            if ctype == 'application/pdf':
                stats['pdf'] += 1
                if not payload.startswith(b'%PDF-') or b'%%EOF' not in payload[-10:]:
                    errors.append('%s: bad PDF %s' % (where, fn))
                for bad in (b'/JavaScript', b'/JS', b'/OpenAction', b'/Launch', b'/URI', b'/EmbeddedFile'):
                    if bad in payload:
                        errors.append('%s: active PDF content %s in %s' % (where, bad, fn))
                alltext.append(pdfmod.extract_text(payload))
            elif ctype in ('application/zip', 'application/x-zip-compressed'):
                stats['zip'] += 1
                zf = zipfile.ZipFile(io.BytesIO(payload))
                pw = e.get('zip_pw') or getattr(m, 'zip_pw', None)
                for zi in zf.infolist():
                    enc = zi.flag_bits & 1
                    if enc and not pw:
                        errors.append('%s: encrypted zip without known password' % where)
                        continue
                    content = zf.read(zi, pwd=pw.encode() if enc else None)
                    if zi.filename.lower().endswith('.pdf'):
                        if not content.startswith(b'%PDF-'):
                            errors.append('%s: zip member pdf invalid' % where)
                        alltext.append(pdfmod.extract_text(content))
                    elif content != kit.PLACEHOLDER:
                        errors.append('%s: zip member not the inert placeholder %s' % (where, zi.filename))
                if pw and pw not in '\n'.join(alltext):
                    errors.append('%s: zip password not stated in body' % where)
            elif ctype == 'image/png':
                rows = png.read_gray(payload) if payload[25] == 0 else None
                want = getattr(m, 'qr_urls', {}).get(fn)
                if want:
                    stats['qr'] += 1
                    got = qr.decode_matrix(png.sample_qr(rows)).decode()
                    if got != want:
                        errors.append('%s: QR decodes to %r, expected %r' % (where, got, want))
                    if zbar:
                        tmp = os.path.join(OUT, '.qrcheck.png')
                        with open(tmp, 'wb') as fh:
                            fh.write(payload)
                        zr = subprocess.run([zbar, '-q', '--raw', tmp], capture_output=True).stdout.decode().strip()
                        os.remove(tmp)
                        if zr != want:
                            errors.append('%s: zbarimg read %r, expected %r' % (where, zr, want))
            elif ctype == 'image/svg+xml':
                root = ET.fromstring(payload)
                if any(el.tag.endswith('script') or el.tag.endswith('foreignObject') for el in root.iter()):
                    errors.append('%s: script in SVG' % where)
                if any(k.startswith('on') for el in root.iter() for k in el.attrib):
                    errors.append('%s: event handler in SVG' % where)
                alltext.append(payload.decode('utf-8'))
            elif ctype == 'text/html':
                ns = _NoScript()
                ns.feed(payload.decode('utf-8'))
                if ns.bad:
                    errors.append('%s: active content in HTML attachment %r' % (where, ns.bad))
                alltext.append(payload.decode('utf-8'))
            elif ctype in ('application/xml', 'text/xml'):
                ET.fromstring(payload)
                alltext.append(payload.decode('utf-8'))
        if ti != len(src_texts):
            errors.append('%s: %d text parts expected, %d found' % (where, len(src_texts), ti))
        blob = '\n'.join(alltext)
        stats['ibans'] += check_ibans(blob, where, errors)
        stats['ru'] += check_ru(blob, where, errors)
        for a in re.findall(r'\bbc1q[02-9ac-hj-np-z]{38}\b', blob):
            stats['btc'] += 1
            if not coin.bech32_valid(a):
                errors.append('%s: bad bech32 %s' % (where, a))
        for want_fn in getattr(m, 'qr_urls', {}):
            if want_fn not in [p.get_filename() for p in parts]:
                errors.append('%s: QR image %s missing' % (where, want_fn))
    return errors, stats


def main():
    built, rows = build()
    errors, stats = validate(built)
    total = sum(len(d) for _, _, _, d in built)
    for folder in ('attack', 'business'):
        counts = {}
        for r in rows[folder]:
            counts[r['lang']] = counts.get(r['lang'], 0) + 1
        print('%-8s %d messages  %s' % (folder, len(rows[folder]), ' '.join('%s=%d' % (l, counts.get(l, 0)) for l, _ in SPLIT)))
    print('checked: %(pdf)d PDFs, %(zip)d ZIPs, %(qr)d QR codes, %(ibans)d IBAN/NRB, %(ru)d RU account/INN, %(btc)d BTC' % stats)
    print('total size %.1f KiB' % (total / 1024.0))
    if errors:
        print('ERRORS (%d):' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
