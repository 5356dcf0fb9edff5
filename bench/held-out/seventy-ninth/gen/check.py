#!/usr/bin/env python3
"""Verifies the generated set: every .eml parses with the email package,
every text part decodes strictly in its declared charset, trace/header rules
hold, IBANs/BTC addresses validate, QR PNGs decode to the expected payload,
ZIP archives open (with the stated password where encrypted)."""
import email
import email.policy
import glob
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import codes  # noqa: E402
import qrdecode  # noqa: E402
import build  # noqa: E402

ROOT = os.path.dirname(HERE)
FORBIDDEN = re.compile(r'^(authentication-results|dkim-signature|arc-[a-z-]+|x-spam[a-z-]*)$', re.I)
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')


def main():
    expected = {}
    for kind in ('ATTACKS', 'BUSINESS'):
        for m in build.collect(kind):
            expected[(m.folder, m.filename)] = m.extra_files
    errors, stats = [], {}
    cnt = {'iban': 0, 'btc': 0, 'qr': 0, 'zip': 0, 'zip_encrypted': 0, 'text_parts': 0}
    files = sorted(glob.glob(os.path.join(ROOT, 'attack', '*.eml')) + glob.glob(os.path.join(ROOT, 'business', '*.eml')))
    for path in files:
        folder = os.path.basename(os.path.dirname(path))
        fn = os.path.basename(path)
        raw = open(path, 'rb').read()

        def err(s):
            errors.append('%s/%s: %s' % (folder, fn, s))
        for i, ln in enumerate(raw.split(b'\n')):
            if len(ln) > 998:
                err('line %d longer than 998 octets' % (i + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lang = fn.split('-')[1]
        stats.setdefault((folder, lang), 0)
        stats[(folder, lang)] += 1
        if msg.defects:
            err('defects %r' % msg.defects)
        keys = [k for k, v in msg.raw_items()]
        if keys[0] != 'Return-Path':
            err('first header is not Return-Path')
        rec = msg.get_all('Received') or []
        if not rec or 'by mx01.example.com (Postfix)' not in rec[0]:
            err('top Received is not mx01')
        if len(rec) < 2 and 'exhh01' not in rec[0].lower():
            pass
        for k in keys:
            if FORBIDDEN.match(k):
                err('forbidden header %s' % k)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if msg[h] is None:
                err('missing %s' % h)
        d = msg['Date'].datetime
        if not (d.year == 2026 and d.month in (10, 11, 12)):
            err('date outside Oct-Dec 2026: %s' % msg['Date'])
        str(msg['Subject'])
        str(msg['From'])
        exp = expected.get((folder, fn), {})
        alltext = ''
        for part in msg.walk():
            for dfct in part.defects:
                err('part defect %r' % dfct)
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            payload = part.get_payload(decode=True)
            fname = part.get_filename()
            if ct.startswith('text/'):
                cs = part.get_content_charset() or 'us-ascii'
                try:
                    txt = payload.decode(cs, errors='strict')
                except (UnicodeDecodeError, LookupError) as e:
                    err('text part %s (%s) does not decode: %s' % (ct, cs, e))
                    continue
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    err('get_content failed: %s' % e)
                alltext += '\n' + txt
                cnt['text_parts'] += 1
            if ct == 'application/pdf':
                if not payload.startswith(b'%PDF-') or b'%%EOF' not in payload[-10:]:
                    err('bad pdf %s' % fname)
                sx = int(payload.rsplit(b'startxref', 1)[1].split()[0])
                if not payload[sx:].startswith(b'xref'):
                    err('bad startxref in %s' % fname)
                xr = payload[sx:].split(b'trailer')[0].split(b'\n')
                for num, line in enumerate(xr[3:], 1):
                    if line.endswith(b' n '):
                        off = int(line[:10])
                        if not payload[off:].startswith(b'%d 0 obj' % num):
                            err('bad xref entry %d in %s' % (num, fname))
                cnt['pdf'] = cnt.get('pdf', 0) + 1
                alltext += '\n' + payload.decode('latin-1')
            if ct == 'image/png':
                if not payload.startswith(b'\x89PNG'):
                    err('bad png')
                key = 'qr:' + (fname or part['Content-ID'] or '').strip('<>')
                if key in exp:
                    try:
                        got = qrdecode.decode_png(payload)[0]
                        cnt['qr'] += 1
                        if got != exp[key]:
                            err('QR mismatch %r != %r' % (got, exp[key]))
                        exp = dict(exp)
                        exp.pop(key)
                    except AssertionError as e:
                        err('QR does not decode: %s' % e)
            if fname and fname.lower().endswith('.zip'):
                try:
                    z = zipfile.ZipFile(io.BytesIO(payload))
                    pw = exp.get('zippw:' + fname)
                    for zi in z.infolist():
                        enc = zi.flag_bits & 1
                        if enc and not pw:
                            err('encrypted zip without expected password')
                        z.read(zi.filename, pwd=pw.encode() if pw else None)
                        cnt['zip'] += 1
                        cnt['zip_encrypted'] += enc
                    if pw:
                        exp = dict(exp)
                        exp.pop('zippw:' + fname)
                except Exception as e:  # noqa
                    err('zip error %s' % e)
            if fname and fname.lower().endswith(('.svg', '.html', '.htm', '.xml')):
                t = payload.decode('utf-8')
                if '<script' in t.lower() or 'javascript:' in t.lower():
                    err('script in attachment %s' % fname)
                alltext += '\n' + t
        for k in exp:
            if k.startswith(('qr:', 'zippw:')):
                err('expected item not verified: %s' % k)
        for mt in IBAN_RE.finditer(alltext):
            cand = mt.group(1).replace(' ', '')
            if cand[:2] in ('DE', 'IT', 'ES', 'PL', 'GR', 'GB', 'LT', 'CY', 'PT', 'BE') and len(cand) >= 15:
                cnt['iban'] += 1
                if not codes.iban_ok(cand):
                    err('invalid IBAN %s' % cand)
        for mt in re.finditer(r'\b(bc1[02-9ac-hj-np-z]{20,80})\b', alltext):
            cnt['btc'] += 1
            if not codes.bech32_ok(mt.group(1)):
                err('bad bech32 %s' % mt.group(1))
        for mt in re.finditer(r'\b([13][1-9A-HJ-NP-Za-km-z]{25,34})\b', alltext):
            cnt['btc'] += 1
            if not codes.b58check_ok(mt.group(1)):
                err('bad base58check %s' % mt.group(1))
        bik = re.search(r'БИК (\d{9})', alltext)
        if bik:
            for kind, mt in re.findall(r'(Р/с|К/с) (\d{20})', alltext):
                cnt['ru_account'] = cnt.get('ru_account', 0) + 1
                if not codes.ru_key_ok(bik.group(1), mt, corr=(kind == 'К/с')):
                    err('invalid Russian account %s for BIK %s' % (mt, bik.group(1)))
    for (folder, lang), n in sorted(stats.items()):
        print('%-8s %s %2d' % (folder, lang, n))
    print('%d files checked; verified: %s' % (len(files), ', '.join('%s=%d' % kv for kv in cnt.items())))
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
