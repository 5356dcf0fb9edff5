#!/usr/bin/env python3
"""Entry point: builds bench/held-out/hundred-and-fourth/{attack,business}/*.eml, staff.txt and MANIFEST.md, then validates."""
import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from lib.compose import REGISTRY, build  # noqa: E402
from lib.ids import iban_valid, bech32_verify, ru_account_valid  # noqa: E402
import people  # noqa: E402

LANGS = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']
SPLIT = {'de': 8, 'en': 8, 'it': 5, 'pl': 5, 'es': 5, 'el': 5, 'ru': 4}
LANG_NAME = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def load_modules():
    import m_de, m_en, m_it, m_pl, m_es, m_el, m_ru  # noqa: F401


def short_type(ct):
    return {'text/plain': 'plain', 'text/html': 'html', 'multipart/alternative': 'alt', 'multipart/mixed': 'mixed',
            'multipart/related': 'related'}.get(ct, ct)


def structure(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return '%s(%s)' % (short_type(ct), ', '.join(structure(p) for p in part.iter_parts()))
    fn = part.get_filename()
    if fn:
        disp = part.get_content_disposition() or ''
        return '%s `%s`%s' % (ct, fn, ' inline' if disp == 'inline' else '')
    if part.get('Content-ID') and not ct.startswith('text/'):
        return '%s inline cid' % ct
    return short_type(ct)


def first_text(m):
    for p in m.walk():
        if p.get_content_maintype() == 'text' and not p.get_filename():
            return p
    return None


def check_message(path, raw, spec, problems, texts):
    m = email.message_from_bytes(raw, policy=email.policy.default)
    if m.defects:
        problems.append('%s: message defects %r' % (path, m.defects))
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'Return-Path'):
        if m[h] is None:
            problems.append('%s: missing %s' % (path, h))
        else:
            str(m[h])
    rec = m.get_all('Received')
    if not rec or 'by mx01.example.com (Postfix)' not in rec[0]:
        problems.append('%s: top Received is not mx01' % path)
    for bad in ('Authentication-Results', 'DKIM-Signature', 'ARC-Seal', 'ARC-Message-Signature', 'ARC-Authentication-Results'):
        if m[bad] is not None:
            problems.append('%s: forbidden header %s' % (path, bad))
    for k in m.keys():
        if k.lower().startswith('x-spam'):
            problems.append('%s: forbidden header %s' % (path, k))
    alltext = [str(m['Subject'])]
    for p in m.walk():
        if p.defects:
            problems.append('%s: part defects %r' % (path, p.defects))
        if p.is_multipart():
            continue
        data = p.get_payload(decode=True)
        ct = p.get_content_type()
        if p.get_content_maintype() == 'text' or ct == 'image/svg+xml':
            cs = p.get_content_charset() or 'us-ascii'
            try:
                txt = data.decode(cs)
            except Exception as e:  # noqa
                problems.append('%s: text part %s does not decode as %s: %s' % (path, ct, cs, e))
                continue
            str(p.get_content()) if p.get_content_maintype() == 'text' else None
            alltext.append(txt)
        elif ct == 'application/pdf':
            try:
                r = subprocess.run(['pdftotext', '-', '-'], input=data, capture_output=True, timeout=30)
                alltext.append(r.stdout.decode('utf-8', 'replace'))
                if r.returncode != 0:
                    problems.append('%s: pdftotext failed on %s' % (path, p.get_filename()))
            except FileNotFoundError:
                if not data.startswith(b'%PDF-'):
                    problems.append('%s: bad pdf' % path)
        elif ct in ('application/zip', 'application/x-zip-compressed'):
            z = zipfile.ZipFile(io.BytesIO(data))
            pw = spec.get('zip_password')
            for info in z.infolist():
                try:
                    content = z.read(info, pwd=pw.encode() if pw and info.flag_bits & 1 else None)
                except Exception as e:  # noqa
                    problems.append('%s: zip member %s unreadable: %s' % (path, info.filename, e))
                    continue
                if info.filename.lower().endswith('.pdf'):
                    r = subprocess.run(['pdftotext', '-', '-'], input=content, capture_output=True)
                    alltext.append(r.stdout.decode('utf-8', 'replace'))
        elif ct == 'image/png':
            if not data.startswith(b'\x89PNG'):
                problems.append('%s: bad png' % path)
            if spec.get('qr') and shutil.which('zbarimg'):
                tmp = os.path.join(OUT, '.qrcheck.png')
                open(tmp, 'wb').write(data)
                r = subprocess.run(['zbarimg', '-q', '--raw', tmp], capture_output=True)
                os.unlink(tmp)
                got = r.stdout.decode().strip()
                if got:
                    texts.setdefault('_qr', []).append((path, got))
                    alltext.append(got)
    joined = '\n'.join(alltext)
    texts[path] = joined
    # IBAN check
    for mt in re.finditer(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b', joined):
        cand = mt.group(1).replace(' ', '')
        if cand[:2] in ('DE', 'IT', 'ES', 'PL', 'GR', 'GB', 'LT', 'SK', 'FR', 'NL', 'AT') and len(cand) >= 15:
            if not iban_valid(cand):
                problems.append('%s: invalid IBAN %s' % (path, cand))
    for mt in re.finditer(r'\b(bc1q[0-9a-z]{38,58})\b', joined):
        if not bech32_verify(mt.group(1)):
            problems.append('%s: bad bech32 %s' % (path, mt.group(1)))
    return m


def main():
    load_modules()
    for d in ('attack', 'business'):
        p = os.path.join(OUT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    problems = []
    texts = {}
    rows = {'attack': [], 'business': []}
    seen = set()
    for spec in REGISTRY:
        kind = spec['kind']
        fname = spec['file'] + '.eml'
        if (kind, fname) in seen:
            problems.append('duplicate %s' % fname)
        seen.add((kind, fname))
        try:
            raw = build(spec)
        except Exception as e:  # noqa
            import traceback
            problems.append('%s: build failed: %r' % (fname, e))
            traceback.print_exc(limit=-2)
            continue
        path = os.path.join(OUT, kind, fname)
        with open(path, 'wb') as f:
            f.write(raw)
        m = check_message(path, raw, spec, problems, texts)
        tp = first_text(m)
        cs = tp.get_content_charset() if tp else '-'
        cte = (tp.get('Content-Transfer-Encoding') or '7bit').lower() if tp else '-'
        rows[kind].append((fname, spec['lang'], cs, cte, structure(m), spec['what'], spec['why'], spec))
    # counts & ordering checks
    for kind in rows:
        rows[kind].sort(key=lambda r: r[0])
        nums = [int(r[0][:2]) for r in rows[kind]]
        if nums != list(range(1, len(nums) + 1)):
            problems.append('%s numbering: %s' % (kind, nums))
        order = []
        for r in rows[kind]:
            order.append(r[1])
        exp = [l for l in LANGS for _ in range(SPLIT[l])]
        if order != exp:
            problems.append('%s language order/split mismatch: %s' % (kind, order))
        for r in rows[kind]:
            if r[0][3:5] != r[1]:
                problems.append('%s: file name language tag %s != %s' % (r[0], r[0][3:5], r[1]))
    # RU accounts
    for k in ('textilprom_rs', 'textilprom_fake_rs', 'sporttrade_rs', 'example_rs'):
        bik = {'textilprom_rs': 'ivanovo_bik', 'textilprom_fake_rs': 'tinkoff_bik', 'sporttrade_rs': 'alfa_bik', 'example_rs': 'sber_bik'}[k]
        if not ru_account_valid(people.RU[bik], people.RU[k]):
            problems.append('RU account %s invalid' % k)
    write_staff()
    write_manifest(rows)
    for p in problems:
        print('PROBLEM:', p)
    print('attack: %d, business: %d' % (len(rows['attack']), len(rows['business'])))
    for path, got in texts.get('_qr', []):
        print('QR ok:', os.path.basename(path), '->', got[:90])
    qr_expected = [s for s in REGISTRY if s.get('qr')]
    if len(texts.get('_qr', [])) < len(qr_expected) and shutil.which('zbarimg'):
        print('PROBLEM: some QR codes did not decode')
    return 1 if problems else 0


def write_staff():
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for k, (n, a, o, r) in people.STAFF.items():
            f.write('%s=%s\n' % (n, a))


def md(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def write_manifest(rows):
    C = people.COMPANY
    L = []
    L.append('# Blind evaluation set – spam/phishing filtering mail gateway\n')
    L.append('Generated deterministically by `gen/build.py` (Python 3 standard library only). '
             'All names, domains, companies and numbers are fictitious evaluation data; attachments are inert '
             '(PDFs contain text only; dangerous-looking archive members contain a one-line placeholder; HTML/SVG contain no script).\n')
    L.append('## The company\n')
    L.append('**%s** (legal entity %s) – professional football club (%s) and stadium operator (%s, also used for concerts). '
             'Domains `example.com` and `examplegroup.eu`, %s mailboxes. HQ: %s. The foreign offices run merchandising, '
             'hospitality sales, scouting and local accounting.\n'
             % (C['name'], C['legal'], C['club'], C['stadium'], C['mailboxes'], C['hq']))
    L.append('| Office | City | Address |\n|---|---|---|')
    for k, (city, adr) in people.OFFICES.items():
        L.append('| %s | %s | %s |' % (k, city, adr))
    L.append('')
    L.append('Mail flow: inbound MX `mx01.example.com` (Postfix, this gateway); its `Received` header is always the top one and names the '
             'connecting client as `from HELO (rDNS [IP])` plus `for <recipient>`. Internal mail: Exchange 2019 `EXCH01.corp.example.com` '
             '[10.20.0.31] → internal relay `mail-int01.example.com` [10.20.0.25] → mx01. No Authentication-Results, DKIM-Signature, ARC '
             'or X-Spam headers are present (the gateway evaluates SPF/DKIM/DMARC itself). Company bank account: Stadtsparkasse Düsseldorf '
             '`%s`.\n' % people.BANK['example_hq'])
    L.append('## Staff\n')
    L.append('| Name | Address | Office | Role |\n|---|---|---|---|')
    for k, (n, a, o, r) in people.STAFF.items():
        L.append('| %s | %s | %s | %s |' % (md(n), a, o, md(r)))
    L.append('')
    L.append('## Correspondents\n')
    L.append('| Organisation | Country | Relationship | Genuine addresses | Mail platform |\n|---|---|---|---|---|')
    for k, (org, cc, rel, people_, plat) in people.CORR.items():
        L.append('| %s | %s | %s | %s | %s |' % (md(org), cc, md(rel), md(', '.join('%s <%s>' % (n, a) for n, a in people_)), md(plat)))
    L.append('')
    L.append('Genuine service senders used in business mail: Microsoft account (`account-security-noreply@accountprotection.microsoft.com`), '
             'Microsoft billing (`microsoft-noreply@microsoft.com`), Google (`no-reply@accounts.google.com`), GitHub (`noreply@github.com`), '
             'Yandex ID (`noreply@id.yandex.ru`), DocuSign EU (`dse@eumail.docusign.net`), GOV.UK Notify for Companies House, Mailchimp and '
             'SendGrid newsletters.\n')
    for kind, title in (('attack', 'Attack messages (`attack/`)'), ('business', 'Genuine business messages (`business/`)')):
        L.append('## %s\n' % title)
        L.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |'
                 % ('attack' if kind == 'attack' else 'genuine'))
        L.append('|---|---|---|---|---|---|---|')
        for fname, lang, cs, cte, st, what, why, spec in rows[kind]:
            L.append('| %s | %s | %s | %s | %s | %s | %s |' % (fname, lang, cs, cte, md(st), md(what), md(why)))
        L.append('')
    L.append('## Notes\n')
    L.append('### Hard negatives (genuine business messages paired with specific attacks)\n')
    L.append('| Business message | Hard negative of attack(s) | What makes it hard |\n|---|---|---|')
    amap = {int(r[0][:2]): r[0] for r in rows['attack']}
    for fname, lang, cs, cte, st, what, why, spec in rows['business']:
        if spec.get('pair'):
            L.append('| %s | %s | %s |' % (fname, ', '.join(amap.get(n, '?%d' % n) for n in spec['pair']), md(spec.get('pair_note', ''))))
    L.append('')
    for n in NOTES:
        L.append(n)
    with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L) + '\n')


NOTES = [
    '### Other notes\n',
    '- Counts: 40 attack + 40 business; per folder German 8, English 8, Italian 5, Polish 5, Spanish 5, Greek 5, Russian 4 (numbered 01–40 in that order).',
    '- All IBANs carry valid ISO 13616 mod-97 check digits; national check digits are also valid where a national scheme exists and is '
    'implemented: Italian CIN, Spanish DC (both digits), Polish settlement-number check digit, German account check method 00 '
    '(Sparkassen), Greek/Lithuanian/Slovak/British BBANs have mod-97 only. Russian settlement and correspondent accounts carry a valid '
    'control key against their BIK; Russian INN/OGRN, Polish NIP, German USt-IdNr., Italian P.IVA, Spanish CIF and Greek ΑΦΜ have valid check digits.',
    '- Bitcoin address in the extortion mail is a bech32 (BIP-173) P2WPKH address with valid checksum (derived from a hash, no known key).',
    '- QR codes are real PNG QR codes produced by `gen/lib/qr.py` (byte mode, EC level M) and decode to the URLs given in the table.',
    '- Password-protected archives use traditional PKWARE encryption (ZipCrypto) written by `gen/lib/ziparc.py`; the password is stated '
    'in the mail body as attackers do. Members are one-line text placeholders.',
    '- Attacker domains are invented look-alikes. IP addresses were taken from ranges known for the named provider where known '
    '(Google 209.85.x, Microsoft 40.107.x, GitHub 192.30.252.x, SendGrid 149.72.x, Amazon SES, Yandex 178.154.239.x, GMX/WEB.DE, '
    'Contabo, OVH, Hetzner, Hostinger, Tor exit 185.220.101.x); elsewhere they are plausible guesses.',
    '- Header formats were written from knowledge of real samples without network access. Well-known formats (Postfix, Exchange/EXO, '
    'Gmail, GMX, Yandex, Mailchimp, SendGrid, SES, cPanel/Exim) are close to reality; a few provider-specific details (Brevo relay '
    'host names, OTEnet and Libero internals, DocuSign EU host/IP, Aruba hop wording) are approximations.',
    '- `gen/build.py` validates while building (email parsing, strict charset decoding of every text part, IBAN/bech32 checks, pdftotext/zbarimg/zipfile where available); `gen/verify.py` is an independent post-check (both email policies, qpdf, unzip).',
    '- Dates: October–December 2026; mx01 stamps CEST until 25 Oct 2026 and CET afterwards; senders\' Date headers use their own time zone (Exchange Online and several notification systems use +0000).',
]

if __name__ == '__main__':
    sys.exit(main())
